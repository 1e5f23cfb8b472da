"""The catalogue's entries for the command line: its words, and its refusals of a flag's value.
Part of the one catalogue `model.report.strings` holds (see `model.report.catalogue`)."""

TEXT: dict[str, tuple[str, str]] = {
    "cli_error": ("lỗi", "error"),
    # Ctrl-C: every file is written whole or not at all (model.scenario.write_atomic)
    "cli_stopped": ("đã dừng theo yêu cầu (Ctrl-C); các tệp đã ghi là tệp hoàn chỉnh, tệp chưa ghi thì không có",
                    "stopped as asked (Ctrl-C); the files already written are whole, the rest were not written"),
    # the command line's refusals of a flag's value (argparse reads them before the command runs)
    "arg_out": ("tên thư mục trống; ghi một thư mục, ví dụ --out out/run", "empty folder name; give a folder, e.g. --out out/run"),
    "arg_done": ("{text}: viết Q=PCT, ví dụ 3=8,05 (chín tháng tăng 8,05 %)",
                 "{text}: write Q=PCT, e.g. 3=8,05 (nine months at 8.05 %)"),
    "arg_twice": ("ghi hai lần; chỉ ghi một lần", "given twice; give it once"),
    "arg_done_once": ("ghi hai lần; chỉ ghi một lần, với số lũy kế của mọi quý đã công bố, ví dụ 3=8,05 "
                      "(chín tháng tăng 8,05 %: số lũy kế đã gồm các quý trước)",
                      "given twice; give it once, with the cumulative growth of all the quarters published, "
                      "e.g. 3=8,05 (nine months at 8.05 %: the cumulative figure holds the earlier quarters)"),
    "arg_done_q": ("{text}: số quý đã có là 1, 2 hoặc 3", "{text}: quarters done are 1, 2 or 3"),
    "arg_growth": ("{text}: tăng trưởng tính bằng phần trăm, ví dụ 10 hoặc 8,78", "{text}: a growth in percent, e.g. 10 or 8,78"),
    "arg_growth_range": ("{text}: tăng trưởng từ -50 đến 100 %/năm", "{text}: a growth between -50 and 100 % a year"),
    "arg_priority": ("{text}: viết MÃ=TRỌNG_SỐ, ví dụ grdp_growth_avg=10", "{text}: write ID=WEIGHT, e.g. grdp_growth_avg=10"),
    "arg_whole_draws": ("{text}: số lượt mô phỏng là số nguyên, ví dụ {example}",
                        "{text}: a whole number of draws, e.g. {example}"),
    "arg_range_draws": ("{text}: số lượt mô phỏng từ {lo} đến {hi}", "{text}: draws between {lo} and {hi}"),
    "arg_whole_seed": ("{text}: hạt giống ngẫu nhiên là số nguyên, ví dụ {example}",
                       "{text}: a seed is a whole number, e.g. {example}"),
    "arg_range_seed": ("{text}: hạt giống ngẫu nhiên từ {lo} đến {hi}", "{text}: a seed between {lo} and {hi}"),
    "arg_whole_delay": ("{text}: số năm chậm là số nguyên từ 0 đến 10, ví dụ {example}",
                        "{text}: years late are a whole number from 0 to 10, e.g. {example}"),
    "arg_range_delay": ("{text}: số năm chậm từ {lo} đến {hi}", "{text}: years late between {lo} and {hi}"),
    "arg_whole_year": ("{text}: năm viết bằng bốn chữ số, ví dụ {example}",
                       "{text}: a year in four digits, e.g. {example}"),
    "arg_range_year": ("{text}: năm viết bằng bốn chữ số, từ {lo} đến {hi}",
                       "{text}: a year in four digits, from {lo} to {hi}"),
    "arg_cap": ("{text}: mức trần từ {lo} đến {hi} % GRDP, ví dụ 55", "{text}: a cap between {lo} and {hi} % of GRDP, e.g. 55"),
    "arg_sources": ("{text}: nguồn bất định không xác định; chọn trong {allowed} (hoặc \"\" để tắt hết)",
                    "{text}: unknown source; choose from {allowed} (or \"\" for none)"),
    "arg_pptx": ("{text}: tên tệp kết thúc bằng .pptx, ví dụ deck.pptx", "{text}: a file name ending in .pptx, e.g. deck.pptx"),
    "arg_xlsx": ("{text}: tên tệp kết thúc bằng .xlsx, ví dụ so_sanh.xlsx", "{text}: a file name ending in .xlsx, e.g. compare.xlsx"),
    "arg_charts": ("{text}: loại tệp biểu đồ là png, svg hoặc png,svg", "{text}: chart file kinds are png, svg or png,svg"),
    "arg_set": ("{text}: không có bộ mục tiêu này; dùng một trong {allowed}",
                "{text}: no such target set; use one of {allowed}"),
    "arg_number": ("{text}: cần một số, ví dụ {example}", "{text}: a number, e.g. {example}"),
    "arg_band": ("{text}: từ {a} đến {b} (khoảng của giả định: {lo}–{hi})",
                 "{text}: between {a} and {b} (the assumption's band: {lo}–{hi})"),
    "arg_share": ("{text}: tỷ lệ so với GRDP trong khoảng 0 đến 1, ví dụ 0,4 (hoặc 0.4) cho 40 %",
                  "{text}: a fraction of GRDP between 0 and 1, e.g. 0.4 (or 0,4) for 40 %"),
    "arg_icor": ("{text}: ICOR từ 1 đến 30, ví dụ 7 hoặc 6,5", "{text}: an ICOR between 1 and 30, e.g. 7 or 6.5"),
    "cli_brief_xlsx_one": ("--xlsx: bảng so sánh cần ít nhất hai tệp kịch bản; thêm tệp để so sánh hoặc bỏ --xlsx",
                           "--xlsx: the comparison table needs two scenario files or more; add one to compare or "
                           "leave --xlsx out"),
    "cli_brief_many": ("FILE: nhiều nhất {n} kịch bản (kịch bản trình bày và {m} kịch bản để so sánh, mỗi kịch bản một "
                       "màu trên biểu đồ), có {k}; bỏ bớt tệp",
                       "FILE: at most {n} scenarios (the briefed one and {m} to compare, one colour each on the charts), "
                       "{k} given; leave some out"),
    "cli_q_year": ("{flag} {y}: chọn một năm từ {a} đến {b} (các năm của kịch bản, trừ năm đầu)",
                   "{flag} {y}: a year from {a} to {b} (the scenario's years after the first)"),
    "dk_quarter_year": ("Trang theo quý của bản trình bày: năm {year} (chọn năm ở trang Theo quý).",
                        "The deck's quarterly slide: {year} (choose the year on the Quarterly page)."),
    "dk_quarter_rest": ("Trang đó cũng nói các quý còn lại cần tăng bao nhiêu sau {done}, theo số ở trang Theo quý.",
                        "It also says what the remaining quarters need after {done}, from the Quarterly page's figures."),
    "cli_q_sector": ("--sector cần --done và --target (số đã có của ngành đó và mục tiêu năm của nó)",
                     "--sector needs --done and --target (that sector's figure so far and its target for the year)"),
    "cli_q_done": ("--done cần --target (tăng trưởng cả năm, %/năm)", "--done needs --target (the year's growth, % a year)"),
    "cli_q_target": ("--target cần --done (số quý đã có số liệu và tăng trưởng lũy kế, ví dụ 3=8,05)",
                     "--target needs --done (the quarters published and their cumulative growth, e.g. 3=8,05)"),
    "would_overwrite": ("{path} đã có và khác kịch bản đã giải; chọn thư mục --out khác hoặc thêm --overwrite",
                        "{path} exists and differs from the solved scenario; choose another --out folder or pass "
                        "--overwrite"),
    "wb_m_note": ("Lưu ý", "Note"),
    "wb_m_draws": ("Cột «Xác suất đạt» của trang tính Chỉ tiêu là của trang Tổng quan. {line}",
                   "The Targets sheet's column 'Probability met', as on the Scorecard. {line}"),
    "cli_note": ("lưu ý: {line}", "note: {line}"),
    "cli_valid_ok": ("{path}: hợp lệ ({name}, dự báo đến {h})", "{path}: ok ({name}, horizon {h})"),
    "cli_valid_vintage": ("lưu ý: {path} được lập với số liệu cập nhật {v}; số liệu hiện nay: {now} "
                          "(python -m model run cho biết điều gì đã thay đổi)",
                          "note: {path} was made with the data of {v}; the data now: {now} "
                          "(python -m model run says what changed)"),
    "cli_ws_head": ("kho kịch bản: {folder} ({n} kịch bản)", "workspace: {folder} ({n} {scenarios})"),
    "cli_ws_unlisted": ("không liệt kê được kho kịch bản (biến môi trường HATINH_WORKSPACE): {why}",
                        "the workspace (the HATINH_WORKSPACE environment variable) cannot be listed: {why}"),
    "cli_ws_more": ("còn {n} tệp kịch bản nữa không liệt kê (tối đa {max}, theo tên); mỗi tệp vẫn dùng được với ws:TÊN",
                    "{n} more scenario files not listed (at most {max}, by name); each still opens as ws:NAME"),
    "cli_ws_invalid": ("KHÔNG HỢP LỆ", "INVALID"),
    "cli_ws_changes": ("{n} thay đổi so với kịch bản cơ sở", "{n} {changes} vs baseline"),
    "cli_bt_a": ("(a) 2021–2025 dự báo từ những gì đã biết năm 2020 (tăng trưởng GRDP thực, %/năm):",
                 "(a) 2021–2025 as forecast from what was known in 2020 (real GRDP growth, % a year):"),
    "cli_bt_b": ("(b) từng năm, trước một năm, mọi dự án đúng thời điểm thực tế (%/năm; quy tắc ngây thơ: bình quân "
                 "ba năm trước):",
                 "(b) each year one year ahead, every project at its real dates (% a year; naive rule: the three "
                 "years before):"),
    "cli_bt_organic": ("Tăng trưởng hữu cơ dùng: (a) bình quân 2016–2020 {a} %/năm; (b) 2016–2025 {b} %/năm. Không mô "
                       "hình hóa: sự cố môi trường biển năm 2016 và việc Formosa hết giai đoạn xây dựng; biến động của "
                       "ngành thép.",
                       "Organic growth used: (a) the 2016–2020 average, {a} % a year; (b) 2016–2025, {b} % a year. Not "
                       "modelled: the 2016 marine incident and the end of Formosa's construction; steel's swings."),
    "cli_bt_panel": ("Bảng bốn ngành, tăng trưởng thực (%/năm; trước 2019 là ước tính: xem cột phương pháp của "
                     "sector_panel.csv):",
                     "The four-sector panel, real growth (% a year; before 2019 estimated: see sector_panel.csv's "
                     "methods):"),
    "bt_score": ("Kiểm định ngược: sai số dự báo (RMSE, điểm %)", "Backtest: forecast error (RMSE, pp)"),
    "bt_test": ("Phép thử", "Test"), "bt_years": ("Các năm", "Years"), "bt_model": ("Mô hình", "Model"),
    "bt_naive": ("Quy tắc ngây thơ", "Naive rule"),
    "bt_icor": ("Kế hoạch vốn × ICOR", "Investment plan × ICOR"),
    "bt_naive_projects": ("Quy tắc ngây thơ + dự án", "Naive rule + projects"),
    "bt_average": ("Bình quân 2016–2020", "2016–2020 average"), "bt_constant": ("Cố định 7 %/năm", "Constant 7 % a year"),
    "bt_model_before": ("Mô hình, ước lượng trước năm dự báo", "Model, fitted before each year"),
    "bt_b_before": ("(b) như trên, tốc độ chỉ ước lượng từ các năm trước năm dự báo",
                    "(b) the same, the rate fitted only on the years before each forecast"),
    "bt_a": ("(a) 2021–2025 dự báo từ năm 2020", "(a) 2021–2025 forecast in 2020"),
    "bt_b": ("(b) từng năm, trước một năm, dự án đúng thời điểm", "(b) each year, one year ahead, projects at their dates"),
    "bt_sector_score": ("Theo ngành: sai số dự báo trước một năm (RMSE, điểm %)",
                        "By sector: one-year-ahead forecast error (RMSE, pp)"),
    "bt_sector_note": ("Bảng bốn ngành 2015–2025: từ 2019 là số liệu lịch sử; 2016–2017 là tốc độ ngành đã công bố dịch "
                       "chung cho khớp tổng chính thức; 2018–2019 ước tính (một tốc độ chung cho phần hữu cơ, cộng dự án). "
                       "Chỉ chấm điểm các năm 2020–2025 để quy tắc ước tính không tự chấm cho mình. Với nông nghiệp, dịch vụ "
                       "và thuế, mô hình chỉ là một tốc độ không đổi; khi ước lượng từ các năm trước và quy tắc ngây thơ cũng "
                       "biết dự án, công nghiệp-xây dựng: {icm} so với {icn} — quy tắc ngây thơ thắng.",
                       "The four-sector panel 2015–2025: from 2019 the history; 2016–2017 the published sector rates "
                       "shifted together to the official total; 2018–2019 estimated (one common organic rate, plus the "
                       "projects). Only 2020–2025 are scored, so that the estimation rule does not mark its own work. For "
                       "agriculture, services and taxes the model is a constant rate; fitted on earlier years only, with "
                       "the naive rule given the projects too, industry-construction scores {icm} against {icn}: the naive "
                       "rule wins."),
    "bt_note": ("Quy tắc ngây thơ: tăng trưởng bình quân ba năm trước tiếp diễn («+ dự án»: của phần hữu cơ, cộng dự án như mô "
                "hình). «Kế hoạch vốn × ICOR»: vốn đầu tư 2021–2025 theo Nghị quyết Đại hội XIX (khoảng 220.000 tỷ đồng) với ICOR "
                "2016–2020. Dự báo từ 2020, thắng là mức cố định 7 %/năm ({c7}), rồi bình quân 2016–2020 ({avg}) và kế hoạch vốn × "
                "ICOR ({icor}), trên chỉ năm quan sát: không cách nào hơn hẳn; giá trị tăng thêm của Vũng Áng 2 lấy từ số liệu 2024 "
                "(khoảng 0,4 điểm của sai số). Trước một năm, khi tốc độ chỉ ước lượng từ các năm trước và quy tắc ngây thơ cũng biết "
                "dự án, mô hình thắng {bm} so với {bnp}; con số {bfit} (ước lượng trên chính các năm chấm) là quá đẹp.",
                "Naive rule: the previous three years' average growth continued (\"+ projects\": of organic growth, with the "
                "projects added as the model does). \"Investment plan × ICOR\": the 19th Party Congress's 2021–2025 plan "
                "(about 220,000 billion VND) at the 2016–2020 ICOR. From 2020 the winner is a constant 7 % a year ({c7}), then "
                "the 2016–2020 average ({avg}) and the plan × ICOR ({icor}), on five observations: no rule clearly wins; Vũng "
                "Áng 2's value added comes from a 2024 release (about 0.4 pp of the error). One year ahead, with the rate "
                "fitted only on earlier years and the naive rule given the projects too, the model wins {bm} to {bnp}; the "
                "{bfit} fitted on the years it scores flatters it."),
}
