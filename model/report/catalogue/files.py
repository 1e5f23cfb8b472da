"""The catalogue's entries for the files: the briefing deck, the workbook, the Export page, and
the scenario's fields by name.
Part of the one catalogue `model.report.strings` holds (see `model.report.catalogue`)."""

TEXT: dict[str, tuple[str, str]] = {
    "cli_written": ("đã ghi: {files}", "written: {files}"),
    "cli_brief": ("đã ghi {path} (số kịch bản: {n})", "written: {path} (scenarios: {n})"),
    "dk_download": ("Bản trình bày (PPTX)", "Briefing deck (PPTX)"),
    "cmp_xlsx": ("Bảng so sánh 2030 (XLSX)", "The 2030 comparison (XLSX)"),
    "dk_sub": ("Bản trình bày từ mô phỏng kịch bản Hà Tĩnh 2030 — lập ngày {date}; số liệu công bố đến ngày {released} "
               "(bản số liệu {vintage}); bộ mục tiêu: {set}.",
               "Briefing from the Hà Tĩnh 2030 scenario simulator — made {date}; data as published to {released} "
               "(data vintage {vintage}); target set: {set}."),
    "dk_scorecard": ("Các chỉ tiêu năm 2030 ({set}) và xác suất đạt", "The 2030 targets ({set}) and how likely each is"),
    # under it, a level target missed above its band (`model.targets`' reason "above")
    "dk_above": ("Trên khoảng mục tiêu — nhiều hơn con số kế hoạch, không phải thiếu (kế hoạch đặt các con số này cùng "
                 "mục tiêu tăng trưởng): {items}.",
                 "Above the target's band — more than the plan's figure, not short of it (the plan sets these figures "
                 "beside its growth target): {items}."),
    "dk_above_item": ("{name} {v} so với {band}", "{name} {v} against {band}"),
    "dk_above_any": ("Trên khoảng mục tiêu — nhiều hơn con số, không phải thiếu: {items}.",
                     "Above the target's band — more than the figure, not short of it: {items}."),
    "dk_above_draws": ("Các lượt mô phỏng trên khoảng mục tiêu: {items}.", "Draws above the target's band: {items}."),
    "dk_grdp": ("GRDP giá hiện hành: lộ trình, mục tiêu và dải bất định 5–95 %",
                "GRDP at current prices: the path, the target and its 5–95 % fan"),
    "dk_grdp_fan": ("GRDP giá hiện hành: lộ trình và dải bất định 5–95 %", "GRDP at current prices: the path and its 5–95 % fan"),
    "dk_grdp_target": ("GRDP giá hiện hành: lộ trình và mục tiêu", "GRDP at current prices: the path and the target"),
    "dk_grdp_path": ("GRDP giá hiện hành: lộ trình", "GRDP at current prices: the path"),
    "dk_growth": ("Tăng trưởng GRDP thực so với mục tiêu", "Real GRDP growth against the target"),
    "dk_growth_plain": ("Tăng trưởng GRDP thực", "Real GRDP growth"),
    "dk_quarterly": ("Tăng trưởng theo quý năm {year} (% so với cùng kỳ)",
                     "Growth by quarter, {year} (% on the same quarter a year before)"),
    "dk_quarterly_note": ("Bốn quý cộng lại đúng bằng năm của kịch bản; mỗi quý của năm dự báo tăng bằng tốc độ cả năm "
                          "của ngành so với cùng kỳ (các năm thực tế: phương pháp Denton, mùa vụ theo tỷ trọng 6 tháng "
                          "đầu năm đã công bố, {h} % của cả năm; hai quý trong mỗi nửa năm bằng nhau: giả định).",
                          "The four quarters add up to the scenario's year exactly; each quarter of a projected year grows "
                          "at its sector's rate for the year (the actual years: Denton, the season from the published "
                          "first-half share, {h} % of the year; the two quarters of each half alike: an assumption)."),
    "dk_structure": ("Cơ cấu kinh tế: 2020, năm thực tế cuối và 2030 so với mục tiêu", "Structure: 2020, the last actual year and 2030 against the targets"),
    "dk_structure_plain": ("Cơ cấu kinh tế: 2020, năm thực tế cuối và 2030", "Structure: 2020, the last actual year and 2030"),
    "dk_contributions": ("Đóng góp vào tăng trưởng theo ngành", "Contributions to growth by sector"),
    "dk_slip": ("Nếu dự án trễ 2 năm hoặc bị bỏ: các chỉ tiêu năm 2030", "If a project slips two years or is dropped: 2030"),
    "dk_slip_h": ("Nếu dự án trễ 2 năm hoặc bị bỏ: năm 2030 và {h}", "If a project slips two years or is dropped: 2030 and {h}"),
    "dk_slip_note": ("Dự án vận hành sau năm 2030 không đổi số năm 2030 (như khi tắt; tác động hiện ở các năm sau); dự "
                     "án chưa đạt công suất năm 2030 chỉ tính phần đã chạy; GRDP cộng dồn tính cả những năm trễ.",
                     "A project whose output starts after 2030 leaves the 2030 figures as with it off (its effect "
                     "shows later); one not at full capacity in 2030 counts only the part running; the summed GRDP "
                     "counts the years of delay."),
    "dk_slip_more": ("Còn {n} dự án khác đang tính trong kịch bản: xem trang Dự án.",
                     "{n} more {projects} the scenario counts: see the Projects page."),
    "dk_projects": ("Các dự án và phần đóng góp vào tăng trưởng {a}–{b}", "The projects and what each adds to {a}–{b} growth"),
    "dk_projects_h": ("Các dự án: phần đóng góp vào tăng trưởng {a}–{b} và vào GRDP năm {h}",
                      "The projects: what each adds to {a}–{b} growth and to GRDP in {h}"),
    "dk_short": ("Kịch bản kết thúc năm {h}, trước 2030: các chỉ tiêu năm 2030 chưa thể đánh giá («{status}»); các trang "
                 "sau cho thấy lộ trình đến năm {h}.",
                 "The scenario ends in {h}, before 2030: the 2030 targets cannot be judged (“{status}”); the slides that "
                 "follow show the path to {h}."),
    "dk_sector": ("Ngành", "Sector"), "dk_solved": ("được giải", "solved"),
    "dk_projects_none": ("Kịch bản không bật dự án có tên nào, và phần đóng góp của mỗi dự án khi bật vào {what} làm tròn "
                         "đều bằng 0,00: không có dòng nào để liệt kê.",
                         "The scenario switches no named project on, and what each would add to {what} when on rounds "
                         "to 0.00: there is no row to list."),
    "dk_what_growth": ("tăng trưởng {a}–{b}", "{a}–{b} growth"), "dk_what_h": ("GRDP năm {h}", "GRDP in {h}"),
    "dk_projects_only_h": ("Các dự án và phần đóng góp vào GRDP năm {h}", "The projects and what each adds to GRDP in {h}"),
    "dk_in_scenario": ("Trong kịch bản", "In the scenario"), "dk_on": ("có", "on"), "dk_off": ("chưa", "off"),
    "dk_va": ("GTGT năm bình thường (tỷ đồng, giá 2010)", "Value added, normal year (bn VND, 2010 prices)"),
    # "when on", as the Projects page says it: a project the scenario leaves off shows what it would add
    "dk_effect": ("Tác động khi bật đến tăng trưởng BQ {a}–{b} (điểm %)", "Effect when on, on {a}–{b} growth (pp)"),
    "dk_effect_h": ("Tác động khi bật đến GRDP năm {h}, giá 2010 (%)", "Effect when on, on GRDP in {h}, 2010 prices (%)"),
    "dk_investment": ("Vốn đầu tư cần so với mức đã đạt", "The investment needed against the record"),
    # the consistency report reasons about the programme's targets (9 %, 2.5–3×), and first about
    # the scenario's own set when it is another (model.consistency.set_findings)
    "dk_deliver": ("Giai đoạn 2026–2030 cần đạt gì (mục tiêu Nghị quyết 26)",
                   "What 2026–2030 must deliver (the Resolution 26 targets)"),
    "dk_deliver_set": ("Giai đoạn 2026–2030 cần đạt gì ({set}, rồi mục tiêu Nghị quyết 26)",
                       "What 2026–2030 must deliver ({set}, then the Resolution 26 targets)"),
    "dk_solve": ("Lời giải: các lộ trình đạt mục tiêu và các mâu thuẫn", "The solver's answer: paths to the targets, and the conflicts"),
    "dk_invest_note": ("Cần bình quân {need} % GRDP mỗi năm {y0}–{y1} (ICOR trung tâm); đã đạt bình quân {rec} % GRDP "
                       "trong các năm có số liệu công bố ({years}).",
                       "Needed: {need} % of GRDP a year on average {y0}–{y1} (central ICOR); achieved: {rec} % of GRDP on "
                       "average in the years published ({years})."),
    # one projected year (a horizon the year after the last actual one): no average over it
    "dk_invest_note_one": ("Cần {need} % GRDP năm {y0} (ICOR trung tâm); đã đạt bình quân {rec} % GRDP trong các năm "
                           "có số liệu công bố ({years}).",
                           "Needed: {need} % of GRDP in {y0} (central ICOR); achieved: {rec} % of GRDP on average in "
                           "the years published ({years})."),
    "dk_compare_growth": ("Tăng trưởng GRDP thực theo kịch bản", "Real GRDP growth by scenario"),
    "dk_compare": ("So sánh các kịch bản (năm 2030)", "The scenarios compared (2030)"),
    "wb_value": ("Giá trị", "Value"),
    "wb_actual": ("Số liệu thực tế", "Actual year"), "wb_yes": ("có", "yes"), "wb_no": ("dự báo", "projected"),
    "wb_grdp_nominal": ("GRDP giá hiện hành (tỷ đồng)", "GRDP at current prices (bn VND)"),
    "wb_grdp_real": ("GRDP giá so sánh 2010 (tỷ đồng)", "GRDP at 2010 prices (bn VND)"),
    "wb_growth": ("Tăng trưởng GRDP (%/năm)", "GRDP growth (%/yr)"),
    "wb_population": ("Dân số trung bình (nghìn người)", "Average population (thousand)"),
    "wb_per_capita": ("GRDP bình quân đầu người (triệu đồng)", "GRDP per capita (million VND)"),
    "wb_s_nominal": ("{sector}: giá hiện hành (tỷ đồng)", "{sector}: current prices (bn VND)"),
    "wb_s_real": ("{sector}: giá 2010 (tỷ đồng)", "{sector}: 2010 prices (bn VND)"),
    "wb_s_share": ("{sector}: tỷ trọng (% GRDP)", "{sector}: share (% of GRDP)"),
    "wb_s_growth": ("{sector}: tăng trưởng (%/năm)", "{sector}: growth (%/yr)"),
    "wb_s_contrib": ("{sector}: đóng góp (điểm %)", "{sector}: contribution (pp)"),
    "wb_assumptions": ("Giả định", "Assumptions"), "wb_setting": ("Thiết lập", "Setting"),
    "wb_origin": ("Nguồn gốc", "Where it comes from"), "wb_setting_words": ("Nội dung", "What it is"),
    "wb_loaded": ("như kịch bản «{name}»", "as in the scenario \"{name}\""),
    "wb_changed": ("đã chỉnh (trước: {before})", "changed (was: {before})"),
    "wb_investment": ("Nhu cầu vốn", "Investment need"),
    "wb_need_low": ("Vốn cần, ICOR 6 (tỷ đồng)", "Need, ICOR 6 (bn VND)"),
    "wb_need_central": ("Vốn cần, ICOR 7 (tỷ đồng)", "Need, ICOR 7 (bn VND)"),
    "wb_need_high": ("Vốn cần, ICOR 8 (tỷ đồng)", "Need, ICOR 8 (bn VND)"),
    "wb_share_low": ("% GRDP, ICOR 6", "% of GRDP, ICOR 6"), "wb_share_central": ("% GRDP, ICOR 7", "% of GRDP, ICOR 7"),
    "wb_share_high": ("% GRDP, ICOR 8", "% of GRDP, ICOR 8"),
    "wb_catch_up": ("Trong đó: bù phần vốn các năm trước chưa tạo đủ (tỷ đồng, ICOR trung tâm)",
                    "Of which: catch-up for what earlier investment falls short of delivering (bn VND, central ICOR)"),
    "wb_projects_capital": ("Vốn các dự án (tỷ đồng)", "Projects' capital (bn VND)"),
    "wb_state": ("Nhà nước (tỷ đồng)", "State (bn VND)"), "wb_nonstate": ("Ngoài nhà nước (tỷ đồng)", "Non-state (bn VND)"),
    "wb_fdi": ("FDI (tỷ đồng)", "FDI (bn VND)"),
    "wb_sector_need": ("{sector}: vốn cần, ICOR 7 (tỷ đồng)", "{sector}: need, ICOR 7 (bn VND)"),
    "wb_projects": ("Dự án", "Projects"), "wb_project": ("Dự án", "Project"),
    "wb_first_year": ("Năm vận hành", "First year"), "wb_ramp": ("Lộ trình công suất", "Ramp-up"),
    "wb_va": ("GTGT năm bình thường (tỷ đồng, giá 2010)", "Value added, normal year (bn VND, 2010 prices)"),
    "wb_va_low": ("GTGT thấp (tỷ đồng)", "VA low (bn VND)"), "wb_va_high": ("GTGT cao (tỷ đồng)", "VA high (bn VND)"),
    "wb_load_factor": ("Hệ số tải", "Load factor"), "wb_capex": ("Vốn đầu tư (tỷ đồng, giá hiện hành)", "Capital (bn VND, current prices)"),
    "wb_probability": ("Xác suất triển khai", "Probability"), "wb_source": ("Nguồn", "Source"),
    "wb_variable": ("Biến", "Variable"), "wb_method": ("Phương pháp", "Method"),
    "wb_total": ("Toàn tỉnh", "Whole province"),
    "wb_var_nominal": ("Giá trị giá hiện hành (tỷ đồng)", "At current prices (billion VND)"),
    "wb_var_real": ("Giá trị giá so sánh 2010 (tỷ đồng)", "At constant 2010 prices (billion VND)"),
    "wb_var_real_growth": ("Tăng trưởng thực (tỷ lệ/năm, 0,05 = 5 %)", "Real growth (fraction a year, 0.05 = 5 %)"),
    "wb_var_population": ("Dân số trung bình (nghìn người)", "Average population (thousand people)"),
    "wb_prov_published": ("công bố", "published"), "wb_prov_adjusted": ("điều chỉnh cho khớp tổng", "adjusted to the total"),
    "wb_prov_estimated": ("ước tính", "estimated"),
    "wb_quarter": ("Quý", "Quarter"), "wb_q_real": ("Giá 2010 (tỷ đồng)", "2010 prices (bn VND)"),
    "wb_q_growth": ("Tăng so với cùng kỳ (%)", "Growth on a year before (%)"),
    "wb_q_cum": ("Lũy kế so với cùng kỳ (%)", "Cumulative on a year before (%)"),
    "wb_meta": ("Thông tin", "About"), "wb_m_item": ("Mục", "Item"), "wb_m_scenario": ("Kịch bản", "Scenario"),
    "wb_m_title": ("Tên", "Title"), "wb_m_set": ("Bộ mục tiêu", "Target set"),
    "wb_m_vintage": ("Số liệu cập nhật", "Data vintage"),
    "wb_m_released": ("Số liệu công bố đến ngày", "Data as published to"), "wb_m_date": ("Ngày lập", "Date made"),
    "wb_m_version": ("Phiên bản chương trình", "Package version"), "wb_m_units": ("Đơn vị", "Units"),
    "wb_m_units_text": ("tỷ đồng; giá hiện hành hoặc giá so sánh 2010 như ghi ở từng cột; %/năm; điểm %",
                        "billion VND; current or constant 2010 prices as each column says; % a year; percentage points"),
    # the Compare page's workbook (`model.report.workbook.compare_book`)
    "wb_cmp": ("So sánh 2030", "Compared in 2030"), "wb_cmp_status": ("Trạng thái {key}", "Status {key}"),
    "wb_cmp_beyond": ("Cao hơn kỷ lục", "Above the record"), "wb_cmp_within": ("Không cao hơn kỷ lục", "Not above the record"),
    "wb_cmp_scenarios": ("Các kịch bản", "Scenarios"), "wb_cmp_key": ("Cột", "Column"),
    "wb_cmp_file": ("Tệp", "File"), "wb_cmp_probs": ("Xác suất", "Probabilities"),
    "wb_cmp_years": ("Theo năm", "By year"),
    "wb_cmp_record": ("Kỷ lục vốn đầu tư (% GRDP)", "Investment record (% of GRDP)"),
    "wb_cmp_record_text": ("{rec} (năm {y}), cao nhất trong các năm đã công bố",
                           "{rec} (in {y}), the highest of the published years"),
    # ---- export -------------------------------------------------------------------------------
    "ex_charts": ("Biểu đồ", "Charts"), "ex_tables": ("Bảng số liệu", "Tables"),
    "ex_xlsx": ("Tất cả bảng (XLSX)", "All tables (XLSX)"),
    "ex_toml": ("Kịch bản (TOML)", "Scenario (TOML)"),
    "ex_all": ("Tải tất cả (ZIP)", "Download all (ZIP)"),
    "ex_all_note": ("{n} tệp dưới đây trong một tệp nén: biểu đồ (PNG, SVG), bảng (XLSX, CSV), bài trình bày (PPTX) "
                    "và kịch bản (TOML)",
                    "The {n} files below in one archive: charts (PNG, SVG), tables (XLSX, CSV), the briefing deck "
                    "(PPTX) and the scenario (TOML)"),
    "ex_csv_note": ("Tệp CSV dành cho phần mềm khác: dấu chấm thập phân, dấu phẩy ngăn cột, tên cột bằng mã. Trên máy "
                    "có dấu ngăn danh sách (List separator, trong cài đặt vùng của Windows) không phải dấu phẩy, "
                    "Excel mở mỗi dòng thành một cột; để đọc bằng Excel, dùng tệp XLSX.",
                    "The CSV files are for other programs: a decimal point, commas between fields, columns named "
                    "by code. On a computer whose list separator (in Windows' region settings) is not a comma, "
                    "Excel opens each row in one column; to read them in Excel, use the XLSX."),
    "tbl_projection": ("Dự báo", "Projection"), "tbl_targets": ("Chỉ tiêu", "Targets"),
    "tbl_contributions": ("Đóng góp", "Contributions"), "tbl_history": ("Nguồn số liệu", "Data provenance"),
    "tbl_consistency": ("Nhất quán", "Consistency"),
    # ---- field names --------------------------------------------------------------------------
    "field_meta.horizon": ("Năm cuối dự báo", "Horizon"),
    "field_meta.last_actual_year": ("Năm thực tế cuối cùng", "Last actual year"),
    "field_population.growth": ("Tăng dân số", "Population growth"),
    "kind_growth": ("tăng trưởng", "growth"), "kind_inflation": ("giảm phát", "inflation"),
    "kind_investment": ("vốn đầu tư (% GRDP)", "investment (% of GRDP)"),
}
