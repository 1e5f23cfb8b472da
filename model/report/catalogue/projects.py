"""The catalogue's entries for the projects and their backtest, the plants a file leaves out,
data vintages, the supply side and the investment need.
Part of the one catalogue `model.report.strings` holds (see `model.report.catalogue`)."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- projects and investment --------------------------------------------------------------
    "page_projects": ("Dự án", "Projects"),
    "pj_field": ("Dự án: {name}", "Project: {name}"),
    # the workbook's assumptions, a setting a row (setting_label)
    "set_year": (", năm {year}", ", {year}"),
    "set_meta_name": ("Tên tệp", "File name"), "set_meta_title_en": ("Tên kịch bản (tiếng Anh)", "Title (English)"),
    "set_meta_vintage": ("Số liệu dùng khi lập tệp", "Data the file was made with"),
    "set_answer": ("Kết quả khi lập tệp: {name}", "Result when the file was made: {name}"),
    "set_project_on": ("bật", "on"), "set_project_delay": ("số năm chậm", "years late"),
    "set_project_scale": ("hệ số quy mô", "scale"), "set_project_first_year": ("năm vận hành", "first year"),
    "set_project_va": ("GTGT khi đủ công suất (tỷ đồng, giá 2010)", "value added at capacity (bn VND, 2010 prices)"),
    "set_project_ramp": ("lộ trình đạt công suất", "ramp-up"), "set_project_sector": ("ngành", "sector"),
    "set_project_probability": ("xác suất triển khai", "probability of going ahead"),
    "set_project_name_vi": ("tên (tiếng Việt)", "name (Vietnamese)"), "set_project_name_en": ("tên (tiếng Anh)", "name (English)"),
    "set_project_capex": ("vốn đầu tư (tỷ đồng)", "capital (bn VND)"),
    "set_project_sources": ("phần vốn {source}", "share of capital, {source}"),
    "set_source_state": ("nhà nước", "state"), "set_source_nonstate": ("ngoài nhà nước", "non-state"),
    "set_source_fdi": ("FDI", "FDI"),
    "set_solve": ("Yêu cầu giải mục tiêu: {what}", "Solve request: {what}"),
    # the [solve] table's keys in words (most are the Solve page's own labels)
    "set_sv_taxes": ("thuế sản phẩm: theo cơ sở thuế (follow) hay giữ lộ trình (held)",
                        "product taxes: follow their tax base (follow) or keep the path (held)"),
    "set_sv_bound": ("giới hạn tăng trưởng, {side} (tỷ lệ/năm)", "growth bound, {side} (fraction a year)"),
    "set_sv_prices": ("ngành được đổi giá tương đối", "sectors whose relative price may move"),
    "set_sv_min": ("thấp nhất", "lowest"), "set_sv_max": ("cao nhất", "highest"),
    "set_sv_priority": ("trọng số ưu tiên — {name}", "priority weight — {name}"),
    "pj_off": ("tắt", "off"), "pj_on": ("bật", "on"),
    "pj_delay": ("lùi {n} năm", "{n} {n_years} late"), "pj_scale": ("× {k} giá trị tăng thêm", "× {k} value added"),
    "pj_intro": ("Dự án lớn cộng giá trị tăng thêm của chúng vào ngành (phần tăng so với năm thực tế cuối cùng). "
                 "Bật, tắt, lùi tiến độ hoặc điều chỉnh quy mô; tác động hiện ngay trên mọi trang.",
                 "Large projects add their value added to their sector (the increase over the last actual year). "
                 "Switch them on or off, delay or scale them; every page shows the effect at once."),
    "pj_col_name": ("Dự án", "Project"), "pj_col_status": ("Tình trạng", "Status"),
    "pj_col_first": ("Năm vận hành", "First year"),
    "pj_va_scaled": ("× {k} của {full}", "× {k} of {full}"),
    "pj_first_delayed": ("{y} → {z} (trễ {d} năm)", "{y} → {z} ({d} {years} late)"),
    "pj_full_delayed": ("{y}; đủ công suất {f} → {g} (trễ {d} năm)", "{y}; full capacity {f} → {g} ({d} {years} late)"),
    "pj_col_va": ("GTTT khi đủ công suất, tỷ đồng/năm giá 2010 (khoảng)", "Value added at capacity, bn VND/yr at 2010 prices (band)"),
    "pj_details": ("Vốn, xác suất và cách hiệu chỉnh", "Capital, probability and calibration"), "pj_col_capex": ("Vốn (tỷ đồng)", "Capital (bn VND)"),
    "pj_col_prob": ("Xác suất", "Probability"), "pj_col_effect": ("Tác động khi bật lên tăng trưởng BQ {a}–{b} (điểm %)",
                                                                  "Effect when on, on {a}–{b} average growth (pp)"),
    "pj_col_effect_h": ("Tác động khi bật lên GRDP năm {h}, giá so sánh 2010 (%)",
                        "Effect when on, on GRDP in {h} at 2010 prices (%)"),
    "pj_col_method": ("Cách hiệu chỉnh", "Calibration"),
    "pjs_operating": ("đang vận hành", "operating"),
    "pjs_operating_commissioning": ("đang vận hành / chạy thử", "operating / commissioning"),
    "pjs_operating_ramp_up": ("đang vận hành, tăng công suất", "operating, ramping up"),
    "pjs_under_construction": ("đang xây dựng", "under construction"),
    "pjs_approved_in_principle": ("đã chấp thuận chủ trương", "approved in principle"),
    "pjs_investment_approved": ("đã chấp thuận đầu tư", "investment approved"),
    "pjs_investment_certificate": ("đã cấp giấy chứng nhận đầu tư", "investment certificate granted"),
    "pjs_announced": ("đã công bố", "announced"),
    "pjs_proposal": ("đề xuất", "proposal"), "pj_delay_label": ("Lùi (năm)", "Delay (years)"),
    "pj_delay_help": ("Số năm vận hành muộn hơn kế hoạch (năm đầu có sản lượng theo kế hoạch: {y}).",
                      "Years later than planned (planned first year of output: {y})."),
    "pj_delay_help_started": ("Đã có sản lượng từ {y}, nằm trong số liệu thực tế: số năm trễ dời phần công suất còn lại "
                              "(đúng hạn thì đạt đủ công suất năm {full}); năm bắt đầu không đổi.",
                              "Producing since {y}, in the recorded data: the delay moves the rest of its ramp-up "
                              "(on time it reaches full capacity in {full}); its start stays."), "pj_scale_label": ("Hệ số", "Scale"),
    "pj_method_power_attribution": ("theo đóng góp của Vũng Áng 1 (Q1/2024)", "from Vũng Áng 1's Q1-2024 attribution"),
    "pj_method_steel_industry_2018": ("theo mức tăng công nghiệp năm 2018 (lò cao 2 của Formosa)",
                                      "from industry's 2018 rise (Formosa's second blast furnace)"),
    "pj_method_pack_attribution": ("theo đóng góp của VinES (Q1/2024)", "from VinES's Q1-2024 attribution"),
    "pj_method_capital_ratio": ("vốn × hệ số sản lượng/vốn (giả định)", "capital × output-capital ratio (assumption)"),
    "pj_method_given": ("do người dùng nhập", "given by the user"),
    "pj_cal_line": ("  - {method}: {c} {unit} (khoảng {lo}–{hi}); số liệu: {refs}",
                    "  - {method}: {c} {unit} (band {lo}–{hi}); {refs}"),
    "pj_cal_ref": ("{what} {period} = {v} (dòng {row})", "{what} {period} = {v} (row {row})"),
    # the published figures the calibrations rest on, in words (the file's ids are for the file)
    "pj_ref_contrib_pp_vung_ang1_power": ("đóng góp của điện Vũng Áng 1 vào tăng trưởng GRDP (điểm %)",
                                          "Vũng Áng 1 power's contribution to GRDP growth (pp)"),
    "pj_ref_electricity_output_vung_ang1_growth": ("sản lượng điện Vũng Áng 1 tăng so với cùng kỳ (%)",
                                                   "Vũng Áng 1 electricity output, change on a year before (%)"),
    "pj_ref_value_added_industry_constant": ("giá trị tăng thêm công nghiệp, giá 2010 (tỷ đồng)",
                                             "industry value added, 2010 prices (bn VND)"),
    "pj_ref_share_formosa_steel": ("đóng góp của Formosa trong GRDP (%)", "Formosa's part of GRDP (%)"),
    "pj_ref_output_steel_billet_formosa": ("sản lượng phôi thép Formosa (triệu tấn)",
                                           "Formosa's steel billet output (million t)"),
    "pj_ref_contrib_pp_vines_packs": ("đóng góp của VinES vào tăng trưởng GRDP (điểm %)",
                                      "VinES's contribution to GRDP growth (pp)"),
    "pj_cal_unit_power_attribution": ("tỷ đồng (giá 2010) mỗi GW mỗi năm", "bn VND (2010 prices) per GW a year"),
    "pj_cal_unit_steel_industry_2018": ("tỷ đồng (giá 2010) mỗi triệu tấn mỗi năm",
                                        "bn VND (2010 prices) per million t a year"),
    "pj_cal_unit_pack_attribution": ("tỷ đồng (giá 2010) mỗi năm theo kế hoạch", "bn VND (2010 prices) a year at plan"),
    "pj_settings": ("Thiết lập dự án trong kịch bản", "Project settings in this scenario"),
    "pj_table": ("Danh mục dự án", "The projects"),
    "bt_title": ("Dự án đã đóng góp bao nhiêu, 2016–2025?", "What did the projects add, 2016–2025?"),
    "bt_attr_note": ("Đóng góp vào tăng trưởng GRDP thực (điểm %): giá trị tăng thêm của từng dự án theo thời điểm thực tế; "
                     "phần còn lại là tăng trưởng hữu cơ (kể cả cú sốc năm 2016: sự cố môi trường biển và Formosa hết giai đoạn xây dựng).",
                     "Contributions to real GRDP growth (pp): each project's value added at its real dates; the rest is organic "
                     "(2016's shock included: the marine incident and the end of Formosa's construction)."),
    "bt_organic": ("Hữu cơ", "Organic"), "bt_growth": ("Tăng trưởng GRDP (%)", "GRDP growth (%)"),
    "bt_actual": ("Thực tế", "Actual"),
    "g_vintage": ("Chỉ số giảm phát GRDP {d22} % năm 2022 và {d23} % năm 2023: tổng năm 2022 là số đã điều chỉnh, năm 2023 là "
                  "số ước tính đầu tiên, hai lần công bố không cùng gốc giá (cùng một lần công bố: khoảng +3,4 % và -0,75 %). "
                  "Số thực và tỷ trọng vẫn là số đã công bố.",
                  "The GRDP deflator moves {d22} % in 2022 and {d23} % in 2023: the 2022 total is the revised figure, the "
                  "2023 one the first estimate, and the two releases do not share a price basis (one release would give "
                  "about +3.4 % and -0.75 %). The real figures and shares are the published ones."),
    "ul_head": ("Kịch bản này không liệt kê {names}: nhà máy đã chạy hoặc đã xây nhưng năm {y} chưa đạt công suất, "
                "và dự án không liệt kê là tắt, nên phần công suất tăng thêm sau {y} không được tính "
                "(tăng trưởng thấp hơn).",
                "This scenario does not list {names}: plants running or built that were short of capacity "
                "in {y}; a project not listed is off, so what they add after {y} is not counted (growth is "
                "lower)."),
    "in_head": ("{names}: đã đạt hết công suất chậm nhất vào năm {y}, sản lượng đã nằm trong số liệu thực tế, nên các "
                "thiết lập này không thay đổi sản lượng của chúng sau {y} (mô hình chỉ cộng phần tăng thêm sau {y}); "
                "mô hình chưa có thiết lập cho việc một nhà máy đang chạy giảm sản lượng.",
                "{names}: at full capacity by {y}, their output is already in the recorded data, so these settings "
                "do not change their output after {y} (the model adds only what comes after {y}); it has no setting "
                "for a running plant's output falling."),
    "in_head_one": ("{names}: đã đạt hết công suất chậm nhất vào năm {y}, sản lượng đã nằm trong số liệu thực tế, nên "
                    "thiết lập này không thay đổi sản lượng của nhà máy sau {y} (mô hình chỉ cộng phần tăng thêm sau "
                    "{y}); mô hình chưa có thiết lập cho việc một nhà máy đang chạy giảm sản lượng.",
                    "{names}: at full capacity by {y}, its output is already in the recorded data, so this setting "
                    "does not change its output after {y} (the model adds only what comes after {y}); it has no "
                    "setting for a running plant's output falling."),
    "in_delay": ("trễ {d} năm", "{d} {years} late"),
    "in_scale": ("quy mô × {k}", "scale × {k}"),
    "ul_item": ("{name}, đủ công suất năm {full}", "{name}, at full capacity in {full}"),
    "ul_count": ("Tính các nhà máy này", "Count these plants"),
    "ul_leave": ("Để ngoài có chủ ý (tốc độ ngành đã gồm)", "Leave them out on purpose (the rates include them)"),
    "ul_fix_app": ("Bấm một trong hai nút dưới đây (hoặc bật từng nhà máy ở trang Dự án); để ngoài có chủ ý, "
                   "tệp lưu sẽ ghi `on = false`.",
                   "Press one of the two buttons below (or tick each plant on the Projects page); left out "
                   "on purpose, the saved file says `on = false`."),
    "ul_fix_file": ("Để tính: thêm `on = true` dưới {tables} trong tệp; nếu tốc độ ngành đã gồm các nhà máy "
                    "này, ghi `on = false`.",
                    "To count them, add `on = true` under {tables} in the file; if the sector rates already "
                    "include these plants, write `on = false`."),
    "vt_head": ("Kịch bản này được lập với số liệu cập nhật {then}; số liệu hiện nay: {now}.",
                "This scenario was made with the data of {then}; the data now: {now}."),
    "vt_change": ("Cập nhật {v}: {what}", "Vintage {v}: {what}"),
    "vt_moved": ("{name}: {was} khi lập, nay {now} ({d}).", "{name}: {was} when made, {now} now ({d})."),
    "su_title": ("Phía cung: vốn, lao động và năng suất (TFP)", "Supply side: capital, labour and productivity (TFP)"),
    "su_note": ("Theo Mô hình tăng trưởng dài hạn (LTGM) của Ngân hàng Thế giới, trên số liệu của tỉnh: GRDP = TFP × vốn^α × "
                "lao động^(1−α); vốn tích lũy từ vốn đầu tư toàn xã hội (kiểm kê liên tục). Giả định: α = {a} (khoảng "
                "{a_lo}–{a_hi}), khấu hao {d} %/năm, vốn bằng {k} lần GRDP cuối 2015. Mỗi cột «cần» giữ hai yếu tố kia như "
                "số liệu; «theo ICOR 7» là cách tính cũ, để so sánh.",
                "After the World Bank's Long-Term Growth Model (LTGM), on the province's own record: GRDP = TFP × "
                "capital^α × labour^(1−α); capital built from total social investment (perpetual inventory). Assumptions: "
                "α = {a} (band {a_lo}–{a_hi}), depreciation {d} % a year, capital {k} times GRDP at the end of 2015. Each "
                "\"needed\" column holds the other two at their record; \"at ICOR 7\" is the ICOR need, for comparison."),
    "su_record": ("Số liệu 2015–2025 và hạch toán tăng trưởng", "The record 2015–2025 and growth accounting"),
    "su_accounting": ("Hạch toán tăng trưởng (điểm %): vốn + lao động + TFP = tăng trưởng đã công bố mỗi năm. TFP là phần dư: "
                      "năm 2016 mang cú sốc môi trường biển, năm một nhà máy xây xong vào vận hành (Formosa 2017–2018) "
                      "hiện ra như TFP.",
                      "Growth accounting (percentage points): capital + labour + TFP = the published growth every year. TFP "
                      "is the residual: 2016 carries the marine incident, and a year a plant built earlier comes in "
                      "(Formosa 2017–2018) shows as TFP."),
    "su_record_note": ("Vốn đầu tư: số công bố 2020, 2024, 2025; 2023 suy từ «tăng 6 %» của 2024; 2016–2019 chia đều tổng "
                       "2016–2020; 2021–2022 nội suy tỷ lệ so với GRDP (giả định). Lao động: bình quân 6 tháng đã công bố "
                       "(2022, 2025; 2021 và 2024 suy từ mức tăng đã công bố), theo tỷ lệ so với dân số; trước 2021 giữ tỷ "
                       "lệ 2021 (giả định). Căn cứ từng năm: lệnh «python -m model supply FILE --out DIR».",
                       "Investment: published 2020, 2024, 2025; 2023 from 2024's \"+6 %\"; 2016–2019 the 2016–2020 total "
                       "spread evenly; 2021–2022 the share of GRDP interpolated (assumptions). Employment: the published "
                       "half-year averages (2022, 2025; 2021 and 2024 from their published changes), as a ratio to "
                       "population; before 2021 held at 2021's (an assumption). Each year's basis: \"python -m model supply "
                       "FILE --out DIR\"."),
    "inv_title": ("Nhu cầu vốn đầu tư phát triển toàn xã hội", "Total social investment needed"),
    "inv_note": ("Vốn cần để đạt lộ trình tăng trưởng của kịch bản: phần hữu cơ qua hệ số ICOR {lo}–{hi} (trung tâm {c}, "
                 "giả định từ số liệu 2016–2025) với độ trễ, cộng vốn của các dự án đang bật. Tỷ lệ so với GRDP giá hiện hành.",
                 "Investment the scenario's growth path needs: organic through an ICOR of {lo}–{hi} (central {c}, an "
                 "assumption read off 2016–2025) with a lag, plus the capital of the projects switched on. As % of GRDP at current prices."),
    "inv_chart_y": ("Vốn đầu tư (tỷ đồng, giá hiện hành)", "Investment (billion VND, current prices)"),
    "inv_by_sector": ("Theo ngành (tỷ đồng, ICOR trung tâm): phần hữu cơ của từng ngành, vốn riêng của các dự án có tên, "
                      "và tổng.",
                      "By sector (billion VND, central ICOR): each sector's organic part, the named projects' own "
                      "capital, and the total."),
    # `invest --icor K`: the by-sector table at the one ICOR asked, its total column so headed
    "inv_by_sector_at": ("Theo ngành (tỷ đồng, ICOR {k}): phần hữu cơ của từng ngành, vốn riêng của các dự án có tên, "
                         "và tổng.",
                         "By sector (billion VND, ICOR {k}): each sector's organic part, the named projects' own "
                         "capital, and the total."),
    "inv_col_at": ("ICOR {k}", "ICOR {k}"),
    "inv_table_unit": ("Tỷ đồng, giá hiện hành; dòng cuối: tổng cả giai đoạn (tỷ lệ % GRDP: bình quân).",
                       "Billion VND at current prices; last row: the period's total (share of GRDP: the average)."),
    "inv_table_unit_one": ("Tỷ đồng, giá hiện hành.", "Billion VND at current prices."),   # one projected year
    "inv_projects_small": ("Vốn của các dự án có tên: {v} tỷ đồng {over}, quá nhỏ để thấy trên biểu đồ.",
                           "The named projects' capital: {v} billion VND {over}, too small to see on the chart."),
    "inv_bought_band": ("Cùng mức {s} % GRDP, tăng trưởng bình quân theo dải ICOR: {items}.",
                        "The same {s} % of GRDP across the ICOR band, average growth: {items}."),
    "inv_organic": ("Hữu cơ (ICOR trung tâm)", "Organic (central ICOR)"), "inv_projects": ("Dự án", "Projects"),
    "inv_record": ("Thực tế đã công bố", "Published record"),
    "inv_col_year": ("Năm", "Year"), "inv_col_low": ("ICOR thấp", "Low ICOR"), "inv_col_central": ("ICOR trung tâm", "Central ICOR"),
    "inv_col_high": ("ICOR cao", "High ICOR"), "inv_col_share": ("% GRDP (thấp–cao)", "% of GRDP (low–high)"),
    "inv_col_state": ("Nhà nước", "State"), "inv_col_nonstate": ("Ngoài nhà nước", "Non-state"), "inv_col_fdi": ("FDI", "FDI"),
    "inv_icor_record": ("ICOR theo số liệu", "ICOR in the record"),
    "inv_buy": ("Vốn đầu tư mua được bao nhiêu tăng trưởng?", "What growth does investment buy?"),
    "inv_share": ("Vốn đầu tư (% GRDP mỗi năm)", "Investment (% of GRDP a year)"),
    "inv_icor": ("ICOR", "ICOR"),
    "inv_bought": ("Đầu tư {s} % GRDP mỗi năm với ICOR {k} cho tăng trưởng thực {g} %/năm {over}.",
                   "Investing {s} % of GRDP a year at an ICOR of {k} buys real growth of {g} % a year {over}."),
    # the projected years in words: a period, or one year (a horizon the year after the last actual)
    "yrs_over": ("giai đoạn {span}", "over {span}"), "yrs_in": ("trong năm {y}", "in {y}"),
    "inv_crowded": ("Vốn của các dự án đã bật vượt {s} % GRDP trong {n} năm ({years}; cao nhất {m} % GRDP năm {y}): "
                    "phần vốn còn lại cho các ngành khác âm, nên tăng trưởng các năm đó giảm. Tăng tỷ lệ vốn đầu tư, "
                    "hoặc lùi hay tắt dự án lớn.",
                    "The switched-on projects' capital exceeds {s} % of GRDP in {n} {n_years} ({years}; at most {m} % of "
                    "GRDP in {y}): what is left for the rest of the economy is negative, so growth falls in those "
                    "years. Raise the share invested, or delay or drop a large project."),
    "inv_apply": ("Dùng lộ trình tăng trưởng này cho kịch bản", "Use this growth path in the scenario"),
    "inv_applied": ("Đã áp dụng lộ trình theo vốn đầu tư.", "Investment-driven path applied."),
    "inv_catch_up": ("Năm {y0} cần {a} tỷ đồng, trong đó khoảng {c} tỷ đồng bù phần vốn {src} của {k}{less} chưa tạo đủ sản "
                     "lượng cho năm {y0} theo nhịp tăng trưởng của kịch bản (ICOR {icor}): vốn tạo sản lượng dần, {w0} % "
                     "ngay năm bỏ vốn, {w1} % năm sau, {w2} % năm thứ ba (giả định), nên phần thiếu phải bỏ gấp {x} lần.",
                     "{y0} needs {a} billion VND, of which about {c} billion makes up for what the {src} investment of "
                     "{k}{less} falls short of delivering in {y0} at the scenario's pace (ICOR {icor}): investment yields its "
                     "output over time, {w0} % in its own year, {w1} % the next, {w2} % the year after (an assumption), "
                     "so the shortfall is invested {x} times over."),
    "inv_catch_up_echo": ("Phần bù này còn tạo sản lượng cho năm {y1}, nên nhu cầu năm {y1} ({b} tỷ đồng) thấp hơn năm {y0}.",
                          "That catch-up still yields in {y1}, so {y1}'s need ({b} billion) is below {y0}'s."),
    "inv_catch_down": ("Năm {y0} cần ít hơn khoảng {c} tỷ đồng so với nhịp của kịch bản (ICOR {icor}): vốn {src} của {k}{less} "
                       "còn tạo cho năm {y0} nhiều sản lượng hơn nhịp đó cần ({w1} % và {w2} % của vốn một và hai năm "
                       "trước; giả định).",
                       "{y0} needs about {c} billion VND less than the scenario's pace asks (ICOR {icor}): the {src} "
                       "investment of {k}{less} still yields more in {y0} than that pace needs ({w1} % and {w2} % of the "
                       "investment of one and two years before; an assumption)."),
    "inv_less_projects": (" (trừ {cap} tỷ đồng vốn riêng của các dự án có tên năm {years}, không tạo tăng trưởng hữu cơ)",
                          " (less the named projects' own capital in {years}, {cap} billion, which buys no organic "
                          "growth)"),
    "inv_src_published": ("đã công bố", "published"),
    "inv_src_assumed": ("Năm {years} không có số vốn công bố: lấy theo nhịp tăng trưởng của chính năm đó (giả định).",
                        "{years}: no published investment, taken at that year's own pace (an assumption)."),
    "inv_negative": ("Năm {years}: vốn của các năm trước đã đủ cho tăng trưởng (nhu cầu âm theo độ trễ).",
                     "{years}: earlier years' investment already covers the growth (the lag makes the need negative)."),
}
