"""The catalogue's entries for uncertainty: the Uncertainty page, the Scorecard's
probabilities and `python -m model risk`.
Part of the one catalogue `model.report.strings` holds (see `model.report.catalogue`)."""

RISK_TEXT: dict[str, tuple[str, str]] = {
    "page_risk": ("Rủi ro", "Uncertainty"),
    "rk_intro": ("Mỗi kịch bản là một đường dự báo; thực tế sẽ khác. Trang này mô phỏng hàng nghìn khả năng từ "
                 "những sai lệch đã thấy trong số liệu 2017–2025 (tăng trưởng ngành, giá), từ việc dự án có "
                 "triển khai, chậm tiến độ hay chạy dưới công suất, và cho biết xác suất đạt từng chỉ tiêu — "
                 "như Văn phòng Trách nhiệm Ngân sách Anh (OBR) đánh giá các mục tiêu tài khóa.",
                 "A scenario is one path; the outcome will differ. This page simulates thousands of outcomes from "
                 "the departures seen in the 2017–2025 record (sector growth, prices), from projects that go "
                 "ahead or not, slip or run below capacity, and gives the probability that each target is met — "
                 "as the UK Office for Budget Responsibility judges fiscal targets."),
    "rk_draws": ("Số lượt mô phỏng", "Draws"),
    "rk_draws_help": ("Nhiều lượt hơn thì xác suất chính xác hơn (sai số khoảng 0,5 điểm % với 10.000 lượt) "
                      "nhưng chậm hơn.",
                      "More draws make the probabilities more precise (about ±0.5 pp with 10,000) but slower."),
    "rk_seed": ("Hạt giống ngẫu nhiên", "Random seed"),
    "rk_seed_help": ("Cùng hạt giống cho cùng kết quả, trên ứng dụng, dòng lệnh và Python.",
                     "The same seed gives the same numbers in the app, the command line and Python."),
    "rk_sources": ("Nguồn bất định", "Sources of uncertainty"),
    "rk_src_growth": ("Tăng trưởng ngành", "Sector growth"),
    "rk_src_prices": ("Giá (chỉ số giảm phát)", "Prices (deflators)"),
    "rk_src_projects": ("Dự án (triển khai, chậm, công suất)", "Projects (go-ahead, slip, output)"),
    "rk_src_population": ("Dân số", "Population"),
    "rk_src_icor": ("Hệ số ICOR (ngành theo vốn đầu tư)", "ICOR (investment-driven sectors)"),
    "rk_short_growth": ("Tăng trưởng", "Growth"), "rk_short_prices": ("Giá", "Prices"),
    "rk_short_projects": ("Dự án", "Projects"), "rk_short_population": ("Dân số", "Population"),
    "rk_short_icor": ("ICOR", "ICOR"),
    "rk_scale": ("Hệ số nhân: {src}", "Scale: {src}"),
    "rk_scale_help": ("1 là mức ước lượng từ số liệu; 2 là gấp đôi độ lệch chuẩn (hoặc biên dự án); 0 là tắt.",
                      "1 is the size estimated from the record; 2 doubles the standard deviations (or the "
                      "project bands); 0 switches the source off."),
    "spin_backtest": ("Đang kiểm định ngược dải dự báo trên số liệu đã công bố…",
                      "Backtesting the fans on the published record…"),
    "rk_widen_hint": ("Kiểm định ngược đề xuất hệ số {w} cho tăng trưởng (xem bảng cuối trang).",
                      "The backtest suggests a scale of {w} for growth (see the last table)."),
    "rk_progress": ("Đang mô phỏng {done}/{total} lượt…", "Simulating {done} of {total} draws…"),
    "rk_prob_col": ("Xác suất đạt", "Probability met"),
    "rk_central_col": ("Kịch bản", "Scenario"),
    "rk_probabilities": ("Xác suất đạt các chỉ tiêu kinh tế năm 2030", "Probability of meeting each 2030 economic target"),
    "rk_all": ("Cả {n} chỉ tiêu kinh tế cùng đạt", "All {n} economic targets together"),
    "rk_growth_sentence": ("Tăng trưởng GRDP bình quân {y0}–{y1}: trung vị {p50} %/năm; 90 % khả năng nằm trong "
                           "{p5}–{p95} %/năm. {chance}.",
                           "Average GRDP growth {y0}–{y1}: median {p50} % a year; a 90 % chance of {p5}–{p95} % "
                           "a year. {chance}."),
    # the chance of the growth target, by its comparator (model.registry)
    "rk_growth_p_gt": ("Xác suất vượt {target} %/năm: {p}", "Probability of more than {target} % a year: {p}"),
    "rk_growth_p_ge": ("Xác suất đạt ít nhất {target} %/năm: {p}", "Probability of at least {target} % a year: {p}"),
    "rk_growth_p_approx": ("Xác suất trong khoảng {lo}–{hi} %/năm (mục tiêu khoảng {target}): {p}",
                           "Probability of {lo}–{hi} % a year (target about {target}): {p}"),
    "rk_growth_p_le": ("Xác suất không quá {target} %/năm: {p}", "Probability of at most {target} % a year: {p}"),
    "rk_growth_p_range": ("Xác suất trong khoảng {lo}–{hi} %/năm: {p}", "Probability of {lo}–{hi} % a year: {p}"),
    "rk_all_sentence": ("Xác suất đạt đồng thời cả {n} chỉ tiêu là {p}: thấp hơn xác suất của từng chỉ tiêu "
                        "(từ {pmin} đến {pmax}); khó nhất: {least}.",
                        "The probability that all {n} targets hold together is {p}: lower than each one's "
                        "({pmin} to {pmax}); the hardest: {least}."),
    # targets where more is more (registry.ABOVE_KINDS) missed in the draws by being above their band
    "rk_above_sentence": ("Trên khoảng mục tiêu — nhiều hơn con số kế hoạch, không phải thiếu: {items}.",
                          "Above the target's band — more than the plan's figure, not short of it: {items}."),
    "rk_above_item": ("{name} ở {pa} số lượt (đạt ở {p})", "{name} in {pa} of draws (met in {p})"),
    "rk_none": ("không có (mọi lượt trùng kịch bản)", "none (every draw is the scenario)"),
    "rk_source_line": ("Mô phỏng ngẫu nhiên: {n} lượt, hạt giống {seed}; nguồn: {sources}.",
                       "Stochastic simulation: {n} draws, seed {seed}; sources: {sources}."),
    "rk_fans": ("Dải quạt", "Fans"),
    "rk_fan_toggle": ("Hiện dải bất định", "Show uncertainty fans"),
    "rk_fan_help": ("Vùng đậm: 50 % khả năng; vùng nhạt: 90 %; nét đứt: trung vị; đường đen: kịch bản.",
                    "Dark band: a 50 % chance; light band: 90 %; dashed: the median; black line: the scenario."),
    "rk_fan_measure": ("Chỉ tiêu", "Measure"),
    "rk_p5": ("5 %", "5th percentile"), "rk_p25": ("25 %", "25th percentile"), "rk_p50": ("Trung vị", "Median"),
    "rk_p75": ("75 %", "75th percentile"), "rk_p95": ("95 %", "95th percentile"),
    "rk_central": ("Kịch bản", "Scenario"),
    "rk_m_nominal": ("GRDP giá hiện hành (nghìn tỷ đồng)", "GRDP at current prices (trillion VND)"),
    "rk_m_real": ("GRDP giá so sánh 2010 (nghìn tỷ đồng)", "GRDP at constant 2010 prices (trillion VND)"),
    "rk_m_growth": ("Tăng trưởng GRDP (%/năm, giá so sánh 2010)", "Real GRDP growth (% a year, 2010 prices)"),
    "rk_m_share_agriculture": ("Tỷ trọng nông-lâm-thủy sản (% GRDP)", "Agriculture share (% of GRDP)"),
    "rk_m_share_industry_construction": ("Tỷ trọng công nghiệp-xây dựng (% GRDP)",
                                         "Industry-construction share (% of GRDP)"),
    "rk_m_share_services": ("Tỷ trọng dịch vụ (% GRDP)", "Services share (% of GRDP)"),
    "rk_m_share_product_taxes": ("Tỷ trọng thuế sản phẩm (% GRDP)", "Product taxes share (% of GRDP)"),
    "rk_m_share_manufacturing": ("Tỷ trọng chế biến, chế tạo (% GRDP)", "Manufacturing share (% of GRDP)"),
    "rk_m_per_capita": ("GRDP bình quân đầu người (triệu đồng, giá hiện hành)",
                        "GRDP per capita (million VND, current prices)"),
    "rk_u_bn": ("tỷ đồng, giá hiện hành", "billion VND, current prices"),
    "rk_u_bn2010": ("tỷ đồng, giá so sánh 2010", "billion VND, 2010 prices"),
    "rk_u_pct_year": ("%/năm", "% a year"), "rk_u_pct_grdp": ("% GRDP", "% of GRDP"),
    "rk_u_mvnd": ("triệu đồng/người", "million VND a person"),
    "rk_downloads": ("Tải về: xác suất, dải quạt và biểu đồ", "Download: probabilities, fans and charts"),
    "rk_dl_prob": ("Xác suất (CSV)", "Probabilities (CSV)"), "rk_dl_fan": ("Dải quạt (CSV)", "Fans (CSV)"),
    "rk_hist_title": ("Phân bố tăng trưởng bình quân {y0}–{y1}", "Distribution of average growth {y0}–{y1}"),
    "rk_hist_x": ("Tăng trưởng bình quân {y0}–{y1} (%/năm; mỗi cột: từ mức ghi dưới cột đến cột sau)",
                  "Average growth {y0}–{y1} (% a year; each bar: from its label to the next)"),
    "rk_hist_y": ("Số lượt", "Draws"),
    "rk_tornado": ("Giả định nào quan trọng nhất?", "Which assumption matters most?"),
    "rk_tornado_help": ("Mỗi giả định được đưa tới mức 5 % và 95 % của nguồn bất định của nó, các giả định khác "
                        "giữ nguyên; xếp theo mức ảnh hưởng.",
                        "Each assumption moved to the 5th and 95th percentile of its source, the others held; "
                        "ranked by effect."),
    "rk_tornado_outcome": ("Ảnh hưởng tới", "Effect on"),
    "rk_col_assumption": ("Giả định", "Assumption"),
    "rk_col_low_setting": ("Mức thấp", "Low setting"),
    "rk_col_low": ("Kết quả (thấp, {unit})", "Outcome (low, {unit})"),
    "rk_col_high_setting": ("Mức cao", "High setting"),
    "rk_col_high": ("Kết quả (cao, {unit})", "Outcome (high, {unit})"),
    "rk_col_range": ("Chênh lệch ({unit})", "Range ({unit})"),
    "rk_a_growth": ("Tăng trưởng {sector}", "Growth: {sector}"),
    "rk_a_prices": ("Giá {sector}", "Prices: {sector}"),
    "rk_a_population": ("Tăng dân số", "Population growth"),
    "rk_a_project": ("Dự án {name}", "Project {name}"),
    "rk_a_icor": ("Hệ số ICOR", "ICOR"),
    "rk_project_off": ("không triển khai", "does not go ahead"),
    "rk_icor_value": ("ICOR {k}", "ICOR {k}"),
    "rk_sizes": ("Độ lớn các nguồn bất định (ước lượng từ số liệu)", "Sizes of the sources (estimated from the record)"),
    "rk_col_source": ("Nguồn", "Source"), "rk_col_sector": ("Ngành", "Sector"),
    "rk_col_sd": ("Độ lệch chuẩn (điểm %/năm)", "Standard deviation (pp a year)"),
    "rk_col_years": ("Số liệu (số năm)", "Record (years)"),
    "rk_col_shrinkage": ("Hệ số thu hẹp tương quan", "Correlation shrinkage"),
    "rk_col_rho": ("Tự tương quan", "Persistence"),
    "rk_rho": ("{raw} (dùng {used})", "{raw} (used {used})"),
    "rk_assumed": ("giả định", "assumed"),
    "rk_sizes_note": ("Tăng trưởng: độ lệch của tăng trưởng từng ngành (đã trừ phần dự án) so với trung bình "
                      "các năm {years}. Bỏ các năm {left_out}: không có số liệu tăng trưởng từng ngành, mọi ngành "
                      "được dựng theo cùng một tốc độ (chỉ tổng là số chính thức), giữ lại sẽ làm chênh lệch giữa "
                      "các ngành trông nhỏ hơn thực tế. Tương quan thu hẹp về 0 theo Ledoit–Wolf (Schäfer–Strimmer); sai số của "
                      "chính tốc độ trung bình (σ/√n) cũng được mô phỏng. Dự án chưa chạy: triển khai theo xác "
                      "suất trong bảng dự án, chậm 0/1/2 năm với xác suất 50/30/20 % (giả định); giá trị tăng "
                      "thêm theo phân bố tam giác trên biên của dự án. Dân số ±0,2 điểm %/năm (giả định).",
                      "Growth: each sector's growth net of the projects, departures from its mean over {years}. "
                      "Left out, {left_out}: the record has no sector growth there and builds every sector at one "
                      "common rate (only the total is official), which would make the sectors look more alike "
                      "than they are. Correlations shrunk towards zero (Ledoit–Wolf, Schäfer–Strimmer); the error of the mean "
                      "rate itself (σ/√n) is drawn too. Projects not yet running go ahead with the projects "
                      "table's probability and slip 0/1/2 years with probabilities 50/30/20 % (an assumption); "
                      "value added is triangular on each project's band. Population ±0.2 pp a year (an "
                      "assumption)."),
    "rk_coverage": ("Dải quạt có đúng không? Kiểm định ngược từ các năm gốc {first}–{last}",
                    "Were the fans right? A backtest from origins {first}–{last}"),
    "rk_coverage_help": ("Từ mỗi năm gốc, dải quạt mô hình sẽ vẽ với thông tin khi đó, so với tăng trưởng thực tế "
                         "các năm sau. Dải 50 % nên chứa khoảng một nửa, dải 90 % khoảng 9/10 kết quả.",
                         "From each origin year, the fan the model would have drawn with what was known then, "
                         "against the growth that followed. A 50 % band should hold about half, a 90 % band "
                         "about nine in ten outcomes."),
    "rk_coverage_summary": ("Một năm tới: dải 50 % chứa {a50}, dải 90 % chứa {a90} ({n} năm); mọi tầm dự báo: "
                            "{b50} và {b90} ({m} cặp). Hệ số nới rộng theo quy tắc: {w}.",
                            "One year ahead: the 50 % band held {a50}, the 90 % band {a90} ({n} years); all "
                            "horizons: {b50} and {b90} ({m} pairs). Widening by the rule: {w}."),
    "rk_coverage_bias": ("Tăng trưởng thực tế cao hơn trung vị ở {k}/{m} cặp: tâm của dải (xu hướng từ 2017, "
                         "có năm 2017 công nghiệp giảm) quá thấp; nới rộng dải không sửa được độ lệch đó, nên "
                         "ứng dụng mặc định dùng hệ số 1 và ghi hệ số đề xuất.",
                         "Realised growth was above the median in {k} of {m} pairs: the bands' centre (the trend "
                         "since 2017, with industry's 2017 fall) was too low; widening cannot mend that, so the app "
                         "uses a scale of 1 by default and states the suggested one."),
    "rk_col_origin": ("Năm gốc", "Origin"), "rk_col_realised": ("Thực tế (%)", "Realised (%)"),
    "rk_col_band50": ("Dải 50 %", "50 % band"), "rk_col_band90": ("Dải 90 %", "90 % band"),
    "rk_col_in50": ("Trong dải 50 %", "Inside 50 %"), "rk_col_in90": ("Trong dải 90 %", "Inside 90 %"),
    "rk_yes": ("có", "yes"), "rk_no": ("không", "no"),
    # the value, why, and the fix where the reader is: the sidebar's control, or the file's key
    "rk_short_horizon": ("Năm cuối dự báo là {h}, trước năm 2030: xác suất là của các chỉ tiêu năm 2030. {fix}",
                         "The horizon is {h}, before 2030: the probabilities are of the 2030 targets. {fix}"),
    "rk_fix_app": ("Đặt «{control}» ở thanh bên từ 2030 trở đi.", "Set \"{control}\" in the sidebar to 2030 or later."),
    "rk_fix_file": ("Đặt meta.horizon trong tệp từ 2030 trở đi.", "Set meta.horizon in the file to 2030 or later."),
    "rk_compare": ("Xác suất đạt chỉ tiêu (mô phỏng ngẫu nhiên)", "Probability of meeting the targets (stochastic simulation)"),
    "rk_scorecard_note": ("Cột «Xác suất đạt»: {line} Chi tiết ở trang Rủi ro.",
                          "Column \u201cProbability met\u201d: {line} Details on the Uncertainty page."),
    "rk_bad_number": ("{field}: {why}", "{field}: {why}"),
    "cli_risk_head": ("{name}: xác suất đạt chỉ tiêu 2030 ({line})", "{name}: probability of each 2030 target ({line})"),
    "cli_risk_files": ("Đã ghi {n} tệp vào {out}.", "Wrote {n} files to {out}."),
}
