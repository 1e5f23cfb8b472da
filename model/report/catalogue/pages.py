"""The catalogue's entries for every page's frame and the link's notes, the sidebar's
controls, the Scorecard, and the target sets and pages' views kept in the link.
Part of the one catalogue `model.report.strings` holds (see `model.report.catalogue`)."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- frame ------------------------------------------------------------------------------
    "app_title": ("Mô phỏng kịch bản tăng trưởng Hà Tĩnh 2030", "Hà Tĩnh 2030 growth scenario simulator"),
    # the set the scenario shown is judged by, with its number of targets (every page's top line)
    "app_subtitle": ("đánh giá theo {set}, {n} chỉ tiêu", "judged against {set}, {n} {targets}"),
    "language": ("Ngôn ngữ / Language", "Ngôn ngữ / Language"),
    "page_scorecard": ("Tổng quan", "Scorecard"),
    "page_growth": ("Tăng trưởng", "Growth"),
    "page_structure": ("Cơ cấu", "Structure"),
    "page_contributions": ("Đóng góp", "Contributions"),
    "page_solve": ("Giải mục tiêu", "Solve"),
    "page_compare": ("So sánh", "Compare"),
    "page_workspace": ("Kho kịch bản", "Workspace"),
    "page_export": ("Xuất", "Export"),
    "scenario": ("Kịch bản", "Scenario"),
    "loaded_from": ("Đang dùng: {title}", "In use: {title}"),
    "shipped_tag": ("có sẵn", "shipped"), "workspace_tag": ("kho", "workspace"),
    "deleted_tag": ("đã xóa khỏi kho: lưu lại để giữ", "deleted from the workspace: save it again to keep it"),
    "upload": ("Tải kịch bản lên (tệp TOML)", "Upload a scenario (TOML file)"),
    "upload_button": ("Chọn tệp", "Choose file"),
    # under a file the browser refused before it reached the app (another type, or over the
    # server's 1 MB): Streamlit says why only in English, on hover (ui.sidebar.APP_CSS)
    "upload_refused": ("Tải kịch bản lên: tệp này không được nhận. Chỉ nhận tệp .toml, tối đa {kb} KB; bấm ✕ rồi "
                       "chọn tệp khác.",
                       "Upload: this file is not taken. Only a .toml file of at most {kb} KB; press ✕ and choose "
                       "another."),
    # the hint under a box being typed in (Streamlit's own words replaced; ui.sidebar.APP_CSS)
    "input_enter": ("Nhấn Enter để áp dụng", "Press Enter to apply"),
    "input_enter_form": ("Nhấn Enter để lưu", "Press Enter to save"),
    "input_enter_area": ("Nhấn Ctrl+Enter (máy Mac: ⌘+Enter) để lưu", "Press Ctrl+Enter (on a Mac ⌘+Enter) to save"),
    # a select box's list when nothing matches what is typed (Streamlit's own "No results"
    # replaced; ui.sidebar.APP_CSS)
    "no_match": ("Không có mục nào khớp với chữ đã gõ", "Nothing matches what is typed"),
    "upload_hint": ("Tệp .toml, tối đa {kb} KB. Tệp hợp lệ được lưu vào kho kịch bản.",
                    "A .toml file of at most {kb} KB. A valid file is saved to the workspace."),
    "upload_bad": ("Tệp kịch bản không hợp lệ; giữ nguyên các thiết lập hiện tại:",
                   "The scenario file is not valid; your current settings are kept:"),
    "upload_ok": ("Đã tải kịch bản «{title}» và lưu vào kho với tên {name}.",
                  "Loaded “{title}” and saved it to the workspace as {name}."),
    "upload_not_toml": ("{name}: chỉ nhận tệp .toml", "{name}: only .toml files are accepted"),
    "url_bad": ("Một số tham số trên đường dẫn không hợp lệ và đã được bỏ qua:",
                "Some link parameters are not valid and were ignored:"),
    # above the page: the sidebar's list of the link's problems sits below the fold on a laptop
    "url_bad_main": ("Đường dẫn có {n} thiết lập không đọc được và đã được bỏ qua; thanh bên ghi rõ từng thiết lập.",
                     "Settings in the link that could not be read were left out ({n}); the sidebar lists each."),
    "url_page": ("page={value}: không có trang này; mở trang Tổng quan. Các trang: {allowed}",
                 "page={value}: no such page; opening the Scorecard. Pages: {allowed}"),
    "url_path": ("/{value}: không có trang này; mở trang Tổng quan với các thiết lập của đường dẫn. Các trang: {allowed}",
                 "/{value}: no such page; opening the Scorecard with the link's settings. Pages: {allowed}"),
    "url_lang": ("lang={value}: chỉ có vi hoặc en; dùng tiếng Việt",
                 "lang={value}: use vi or en; using Vietnamese"),
    "url_scn": ("scn={value}: không có kịch bản này (có sẵn hoặc trong kho); dùng kịch bản cơ sở",
                "scn={value}: no such scenario (shipped or in the workspace); using the baseline"),
    "url_scn_ws": ("scn={value}: kho kịch bản này không có kịch bản đó (có thể được lưu ở máy khác); đang dùng kịch bản "
                   "cơ sở, cùng các thay đổi trong đường dẫn. Xin người gửi tệp .toml rồi tải lên ở thanh bên.",
                   "scn={value}: this workspace does not hold that scenario (saved on another machine, perhaps); "
                   "using the baseline, with the link's changes. Ask the sender for the .toml file and upload it "
                   "in the sidebar."),
    "url_year": ("{key}={value}: không phải năm; dùng số nguyên từ {lo} đến {hi}",
                 "{key}={value}: not a year; use a whole number from {lo} to {hi}"),
    "url_year_range": ("{key}={value}: dùng năm từ {lo} đến {hi}", "{key}={value}: use a year from {lo} to {hi}"),
    "url_horizon": ("h={value}: năm cuối dự báo phải sau năm thực tế cuối cùng {last}",
                    "h={value}: the horizon must come after the last actual year {last}"),
    "url_rate": ("{key}={value}: không đọc được tỷ lệ; viết phần trăm mỗi năm, ví dụ 7.5, 12~8 (tuyến tính) "
                 "hoặc 2026:12,2027:10 (từng năm)",
                 "{key}={value}: not a rate; write percent a year, e.g. 7.5, 12~8 (ramp) or 2026:12,2027:10 (by year)"),
    "url_rate_range": ("{key}={value}: ngoài khoảng {lo} đến {hi} (%/năm)",
                       "{key}={value}: outside {lo} to {hi} (percent a year)"),
    "url_sector": ("{key}: không có ngành «{sector}»; dùng {allowed}", "{key}: unknown sector '{sector}'; use {allowed}"),
    "url_project": ("{key}: không có dự án này; xem trang Dự án", "{key}: no such project; see the Projects page"),
    "url_project_value": ("{key}={value}: viết 1:năm lùi:hệ số (ví dụ 1:2:1) hoặc 0 để tắt",
                          "{key}={value}: write on:delay:scale (e.g. 1:2:1), or 0 for off"),
    "url_ts": ("ts={value}: không có bộ mục tiêu này; dùng một trong {allowed}",
               "ts={value}: no such target set; use one of {allowed}"),
    "url_mfg": ("mfg={value}: tỷ trọng chế biến, chế tạo trong CN-XD là phần trăm từ {lo} đến {hi}",
                "mfg={value}: manufacturing's share of industry-construction is a percent from {lo} to {hi}"),
    "url_solve": ("sv={value}: yêu cầu giải mục tiêu không đọc được ({why}); dùng cài đặt của kịch bản",
                  "sv={value}: the solve request cannot be read ({why_en}); the scenario's own settings are used"),
    "url_project_full": ("{key}: kịch bản đã có {max} dự án, mức tối đa; bỏ qua dự án này",
                         "{key}: the scenario already has {max} projects, the most it may; this one is ignored"),
    "url_rk_draws": ("{key}={value}: số lượt mô phỏng là một trong {allowed}; dùng {default}",
                     "{key}={value}: the number of draws is one of {allowed}; {default} is used"),
    "url_rk_seed": ("{key}={value}: hạt giống ngẫu nhiên là số nguyên từ 0 đến {hi}; dùng 0",
                    "{key}={value}: the random seed is a whole number from 0 to {hi}; 0 is used"),
    "url_rk_source": ("{key}: không có nguồn bất định «{value}»; dùng {allowed}",
                      "{key}: no source of uncertainty '{value}'; use {allowed}"),
    "url_rk_scale": ("{key}={value}: hệ số độ lớn là số từ 0 đến {hi}, ví dụ 1.5; dùng 1",
                     "{key}={value}: a source's scale is a number from 0 to {hi}, e.g. 1.5; 1 is used"),
    "url_q_key": ("{key}: số liệu quý viết q.NĂM.NGÀNH.QUÝ với năm {lo}–{hi}, ngành một trong {allowed}, "
                  "quý 1, 2, 3, y (mục tiêu năm) hoặc n (số quý đã qua); bỏ qua",
                  "{key}: a quarterly figure is written q.YEAR.SECTOR.QUARTER with a year {lo}–{hi}, a sector one of "
                  "{allowed}, and 1, 2, 3, y (the year's target) or n (the quarters done); ignored"),
    "url_q_done": ("{key}={value}: số quý đã qua là 1, 2 hoặc 3; dùng quý mới nhất đã công bố",
                   "{key}={value}: the quarters done are 1, 2 or 3; the latest published is used"),
    "url_q_pct": ("{key}={value}: tăng trưởng quý là phần trăm từ {lo} đến {hi}, ví dụ 8.05; dùng số đã công bố, nếu không thì của kịch bản",
                  "{key}={value}: a quarterly growth is a percent from {lo} to {hi}, e.g. 8.05; the published figure, else the scenario's, is used"),
    "url_tk_key": ("{key}: chỉ đặt được xu hướng của chỉ tiêu theo dõi có số liệu công bố ({allowed}); bỏ qua",
                   "{key}: a trend can be set only for a tracked target with a published figure ({allowed}); ignored"),
    "url_tk_value": ("{key}={value}: xu hướng một năm là số từ {lo} đến {hi} theo đơn vị của chỉ tiêu, ví dụ 0.5; "
                     "dùng xu hướng theo số liệu",
                     "{key}={value}: a trend a year is a number from {lo} to {hi} in the target's unit, e.g. 0.5; "
                     "the record's trend is used"),
    "url_unknown": ("{key}: tham số không xác định; bỏ qua", "{key}: unknown parameter; ignored"),
    "url_written_long": ("Đường dẫn của trang này dài {n} ký tự, quá {max} ký tự ứng dụng đọc lại: tải lại trang hay "
                         "gửi đường dẫn này sẽ không giữ các thay đổi. Hãy lưu kịch bản vào Kho kịch bản (hoặc tải tệp "
                         "TOML) để giữ và chia sẻ.",
                         "This page's link is {n} characters long, more than the {max} the app reads back: a reload or "
                         "this link sent on would not keep the changes. Save the scenario to the Workspace (or download "
                         "its TOML file) to keep and share it."),
    "url_too_long": ("Đường dẫn quá dài ({n} ký tự, tối đa {max}); bỏ qua các tham số",
                     "The link is too long ({n} characters, at most {max}); its parameters were ignored"),
    # ---- sidebar controls ---------------------------------------------------------------------
    "assumptions": ("Giả định", "Assumptions"),
    "horizon": ("Năm cuối dự báo", "Horizon (last projected year)"),
    "last_actual": ("Năm thực tế cuối cùng", "Last actual year"),
    "population": ("Tăng dân số (%/năm)", "Population growth (%/yr)"),
    "growth": ("Tăng trưởng thực (%/năm)", "Real growth (%/yr)"),
    "inflation": ("Chỉ số giảm phát (%/năm)", "Deflator change (%/yr)"),
    "investment_rate": ("Vốn đầu tư của ngành (% GRDP)", "Sector investment (% of GRDP)"),
    "driver": ("Tăng trưởng theo", "Growth set by"),
    "driver_growth": ("tốc độ tăng trưởng", "a growth rate"),
    "driver_investment": ("vốn đầu tư", "investment"),
    "driver_help": ("Vốn đầu tư: vốn của ngành ngoài các dự án có tên, tính bằng % GRDP giá hiện hành; "
                    "tăng trưởng là phần vốn đó mua được với ICOR {k} (× hệ số ngành {rel}) và độ trễ {lags} %.",
                    "Investment: the sector's own investment besides the named projects, as % of GRDP at "
                    "current prices; its growth is what that buys at an ICOR of {k} (× the sector's relativity, {rel}) "
                    "with a {lags} % lag."),
    "mode": ("Dạng", "Form"),
    "mode_constant": ("Không đổi", "Constant"), "mode_ramp": ("Tuyến tính", "Linear ramp"),
    "mode_points": ("Từng năm", "Year by year"),
    "ramp_start": ("Năm {year} (%/năm)", "{year} (%/yr)"),
    "ramp_end": ("Năm {year} (%/năm)", "{year} (%/yr)"),
    "points_note": ("Tỷ lệ mỗi năm (%/năm); giữa các năm có trong tệp tỷ lệ thay đổi tuyến tính.",
                    "The rate in each year (%/yr); between the years a file lists, it moves linearly."),
    "range_note": ("Khoảng chấp nhận: {lo} đến {hi} %/năm. Dấu thập phân: dấu phẩy (8,5) hoặc dấu chấm (8.5).",
                   "Accepted range: {lo} to {hi} %/yr. Decimal point or comma: 8.5 or 8,5."),
    "num_long": ("«{field}»: quá dài; nhập một số, ví dụ {example}.", "“{field}”: too long; type a number, e.g. {example}."),
    "num_empty": ("«{field}»: chưa có số; nhập một số, ví dụ {example}.", "“{field}”: empty; type a number, e.g. {example}."),
    "num_chars": ("«{field}»: «{text}» không phải là số; nhập chữ số với dấu thập phân là dấu phẩy hoặc dấu chấm, "
                  "ví dụ {example}.",
                  "“{field}”: “{text}” is not a number; type digits with a decimal point or comma, e.g. {example}."),
    "num_grouping": ("«{field}»: «{text}» có dấu phân cách hàng nghìn sai chỗ; viết 234.901 hoặc 234901.",
                     "“{field}”: “{text}” has a thousands separator in the wrong place; write 234,901 or 234901."),
    "num_range": ("«{field}»: {value} nằm ngoài khoảng chấp nhận {lo} đến {hi}; nhập một giá trị trong khoảng đó. "
                  "Giá trị cũ được giữ nguyên.",
                  "“{field}”: {value} is outside the accepted range {lo} to {hi}; type a value within it. "
                  "The previous value is kept."),
    "num_implausible": ("«{field}» = {value} {unit}: ngoài mức hợp lý theo số liệu lịch sử ({lo} đến {hi} {unit}). "
                        "Giá trị vẫn được dùng; hãy kiểm tra lại đây có phải là giả định bạn muốn không.",
                        "“{field}” = {value} {unit}: outside what the record makes plausible ({lo} to {hi} {unit}). "
                        "It is used; check that this is the assumption you mean."),
    "num_whole": ("«{field}»: {value} không phải số nguyên; nhập một số nguyên, ví dụ 42. Giá trị cũ được giữ nguyên.",
                  "“{field}”: {value} is not a whole number; type a whole number, e.g. 42. The previous value is kept."),
    "num_implausible_years": ("«{field}» ngoài mức hợp lý theo số liệu lịch sử ({lo} đến {hi} {unit}) năm {years}. "
                              "Giá trị vẫn được dùng; hãy kiểm tra lại đây có phải là giả định bạn muốn không.",
                              "“{field}” is outside what the record makes plausible ({lo} to {hi} {unit}) in {years}. "
                              "It is used; check that this is the assumption you mean."),
    "inv_out_of_range": ("Vốn đầu tư {s} % GRDP với ICOR {k} đòi hỏi tốc độ tăng trưởng ngoài khoảng một kịch bản "
                         "có thể có; thử tỷ lệ hoặc ICOR khác.",
                         "Investment of {s} % of GRDP at an ICOR of {k} would need growth outside what a scenario may "
                         "hold; try another share or ICOR."),
    "undo": ("Hoàn tác: {what}", "Undo: {what}"),
    "undo_none": ("Hoàn tác (chưa có thay đổi)", "Undo (nothing to undo)"),
    "undo_edit": ("sửa giả định", "edit of an assumption"),
    "undo_apply": ("áp dụng lộ trình", "applied paths"),
    "undo_load": ("mở kịch bản", "scenario opened"),
    "undo_upload": ("tải tệp lên", "file uploaded"),
    "undo_reset": ("đặt lại", "reset"),
    "undo_save": ("lưu vào kho", "saved to the workspace"),
    "undo_solve": ("đổi yêu cầu giải mục tiêu", "change of the solve request"),
    "undo_link": ("quay lại trang trước", "browser back"),
    "mfg_section": ("Công nghiệp chế biến, chế tạo", "Manufacturing"),
    "mfg_label": ("Tỷ trọng trong CN-XD năm 2022 (%, giá 2010)", "Share of industry-construction in 2022 (%, 2010 prices)"),
    "mfg_help": ("Số liệu 6 tháng 2023 cho {c} % (khoảng {lo}–{hi} % do làm tròn). Chỉ ảnh hưởng chỉ tiêu chế biến, chế tạo.",
                 "The H1-2023 release gives {c} % (band {lo}–{hi} % from its rounding). It moves only the manufacturing target."),
    "mfg_data": ("theo số liệu ({c} %)", "from the data ({c} %)"),
    "field_targets.set": ("Bộ mục tiêu", "Target set"),
    "field_industry.manufacturing_share": ("Tỷ trọng chế biến, chế tạo trong CN-XD", "Manufacturing share of industry-construction"),
    "changes": ("Khác với kịch bản gốc", "Differs from the loaded scenario"),
    "no_changes": ("Chưa thay đổi giả định nào.", "No assumption changed."),
    "save": ("Tải tệp kịch bản (TOML)", "Download the scenario (TOML)"),
    "reset": ("Khôi phục kịch bản gốc", "Reset to the loaded scenario"),
    "horizon_fix": ("Năm cuối dự báo phải sau năm thực tế cuối cùng; dùng {h}.",
                    "The horizon must come after the last actual year; using {h}."),
    "unset": ("chưa đặt", "not set"),
    "by_investment": ("theo vốn đầu tư của ngành", "driven by its investment"),
    "by_growth": ("theo tốc độ tăng trưởng", "driven by its growth rate"),
    "last_default": ("{y} (mặc định: năm mới nhất của số liệu)", "{y} (default: the record's latest year)"),
    "source": ("Nguồn: Cục Thống kê Hà Tĩnh và báo cáo tỉnh (thực tế đến {last}); dự báo: kịch bản «{title}».",
               "Source: Hà Tĩnh Statistics Office and provincial reports (actual to {last}); projection: scenario “{title}”."),
    # ---- scorecard ----------------------------------------------------------------------------
    "met": ("Đạt", "Met"), "missed": ("Chưa đạt", "Missed"), "not_modelled": ("Chưa mô hình hóa", "Not modelled"),
    "on_track": ("Đúng hướng", "On track"), "off_track": ("Chệch hướng", "Off track"),
    "no_figure": ("Chưa có số liệu", "No published figure"),
    "tk_note": ("mới nhất {v} ({y}, {src}); xu hướng {trend}/năm ({basis})",
                "latest {v} ({y}, {src}); trend {trend} a year ({basis})"),
    "tk_latest": ("giữ mức mới nhất", "the latest rate held"), "tk_held": ("giữ nguyên: chưa có chuỗi số liệu", "held: no series in the record"),
    "tk_user": ("người dùng đặt", "set by you"), "tk_record": ("theo số liệu {span}", "the record {span}"),
    "tk_none": ("chưa tìm thấy số liệu công bố (đã tìm: {searched}){note}", "no published figure found (searched: {searched}){note}"),
    "col_note": ("Ghi chú", "Note"),
    "tk_reset": ("Dùng lại xu hướng theo số liệu", "Use the record's trends again"),
    "tk_title": ("Xu hướng các chỉ tiêu theo dõi (một năm, theo đơn vị của chỉ tiêu)", "Trends of the tracked targets (a year, in each target's unit)"),
    "col_indicator": ("Chỉ tiêu", "Indicator"), "col_group": ("Nhóm", "Group"),
    "col_value": ("Kịch bản 2030", "Scenario 2030"),
    # the solver's answer: its paths' values, not the scenario's (a deck gave "Scenario 2030" 8.41
    # on its targets' slide and 8.80 on the solver's, for one indicator)
    "col_solved": ("Lời giải 2030", "Solution 2030"), "col_target": ("Mục tiêu", "Target"),
    "col_gap": ("Chênh lệch", "Gap"), "col_unit": ("Đơn vị", "Unit"), "col_status": ("Trạng thái", "Status"),
    "sc_reasons": ("Chưa mô hình hóa: {items}.", "Not modelled: {items}."),
    "sc_reason_item": ("{n} chỉ tiêu — {why}", "{n} {targets} — {why}"),
    "sc_counts": ("{met} đạt · {missed} chưa đạt · {nm} chưa mô hình hóa (trên {n} chỉ tiêu)",
                  "{met} met · {missed} missed · {nm} not modelled (of {n} targets)"),
    "sc_counts_tracked": ("Theo dõi theo số liệu: {on} đúng hướng · {off} chệch hướng · {none} chưa có số liệu công bố.",
                          "Tracked from the record: {on} on track · {off} off track · {none} without a published figure."),
    "sc_note": ("Chênh lệch = giá trị trừ mục tiêu (cận gần nhất của khoảng). Mục tiêu «≈» được coi là đạt trong "
                "±0,5 điểm % (tỷ trọng) hoặc ±5 % (GRDP/người): giả định. Bốn chỉ tiêu cơ cấu công bố cộng lại 99,94 % "
                "(làm tròn); so sánh không điều chỉnh.",
                "Gap = value minus the target (the nearest bound of a range). “≈” targets count as met within "
                "±0.5 pp (shares) or ±5 % (per capita): an assumption. The four published structure targets sum to "
                "99.94 % (rounding); compared unscaled."),
    "sc_short_horizon": ("Năm cuối dự báo là {h}, trước năm 2030: các chỉ tiêu năm 2030 chưa thể đánh giá. "
                         "Đặt «{control}» ở thanh bên từ 2030 trở đi để xem kết quả.",
                         "The horizon is {h}, before 2030: the 2030 targets cannot be evaluated. "
                         "Set \"{control}\" in the sidebar to 2030 or later to see them."),
    "unit_pp": ("điểm %", "pp"), "unit_times": ("lần", "×"), "unit_mvnd": ("tr.đ", "mn VND"),
    "hl_lead_changed": ("Các chỉ tiêu chính của bộ mục tiêu với các giả định đang chỉnh, so với kịch bản đã mở",
                        "The target set's headline targets with the assumptions as edited, against the scenario "
                        "loaded"),
    "hl_lead_projects": ("Các chỉ tiêu chính của bộ mục tiêu với các dự án như đang chọn, so với kịch bản đã mở",
                         "The target set's headline targets with the projects as set, against the scenario loaded"),
    "hl_lead_solve": ("Nếu áp dụng lộ trình này: các chỉ tiêu chính của bộ mục tiêu, so với kịch bản đang chỉnh",
                      "If these paths are applied: the target set's headline targets, against the scenario being "
                      "edited"),
    # full capacity reached in the last actual year at the latest (VinES-Gotion: in 2025 itself)
    "pj_running": ("Đã đạt hết công suất chậm nhất vào năm {y}, nằm trong số liệu thực tế (không phải lựa chọn): "
                   "{names}.",
                   "At full capacity by {y}, already in the actual data (not a choice): {names}."),
    "pj_left_out": ("Kịch bản này cố ý tắt các nhà máy đã cam kết còn đang tăng công suất sau năm {y}: {names}. Phần "
                    "tăng thêm của chúng không được tính; nếu bật, nó được cộng thêm vào tốc độ các ngành — nếu tốc độ "
                    "đó đã gồm cả nhà máy (tốc độ tổng của một kế hoạch), nhà máy bị tính hai lần.",
                    "This scenario switches off, on purpose, committed plants still ramping up after {y}: {names}. "
                    "What they add is not counted; ticked, it is added on top of the sector rates — if those rates "
                    "already include the plant (a plan's total rates), it is counted twice."),
    "page_glossary": ("Hướng dẫn và thuật ngữ", "Guide and glossary"),
    "gl_intro": ("Những từ có thể chưa quen trong công cụ này, giải thích ngắn; di chuột lên biểu tượng ? cạnh một "
                 "con số hoặc cột để xem tại chỗ.",
                 "Words of this tool that may be new, explained briefly; hover the ? beside a figure or a column to "
                 "see them where they are used."),
    # how current the data are: the question asked first of a figure in a meeting
    "gl_data": ("Số liệu: thực tế đến năm {last}; số công bố mới nhất được dùng: ngày {released} (bản số liệu "
                "{vintage}). Nguồn của từng số: bảng «Nguồn số liệu» ở trang Xuất.",
                "Data: actual years to {last}; the latest published figure used: {released} (data vintage "
                "{vintage}). The source of each figure: the \"Data provenance\" table on the Export page."),
    "gl_term": ("Thuật ngữ", "Term"), "gl_meaning": ("Nghĩa", "Meaning"),
    # the planners' guide (docs/huong_dan.md, docs/guide_en.md), shown on the Glossary page
    "gl_guide": ("Hướng dẫn sử dụng: một buổi làm việc từng bước", "A guide for planners: a working session step by step"),
    "gl_guide_missing": ("Không tìm thấy tệp hướng dẫn {path} trong thư mục của ứng dụng.",
                         "The guide's file {path} is not in the app's folder."),
    "gap_strict": ("{gap} (phải lớn hơn {bound})", "{gap} (must be above {bound})"),
    "cli_run_files": ("{name}: {n} tệp trong {out}", "{name}: {n} files in {out}"),
    "cli_run_charts": ("biểu đồ: thêm --charts png,svg để ghi năm biểu đồ (PNG, SVG; thêm khoảng 1,5 giây)",
                       "charts: add --charts png,svg to write the five charts (PNG, SVG; about 1.5 s more)"),
    "cli_run_headline": ("  {label}: {value} (mục tiêu {target}): {status}",
                         "  {label}: {value} (target {target}): {status}"),
    "cli_run_short": ("lưu ý: dự báo kết thúc năm {h}, trước 2030: các chỉ tiêu năm 2030 chưa thể đánh giá (tính là "
                      "chưa mô hình hóa); đặt horizon từ 2030 trở đi trong [meta] để xem",
                      "note: the projection ends in {h}, before 2030: the 2030 targets cannot be evaluated (counted "
                      "as not modelled); set horizon to 2030 or later in [meta] to see them"),
    "cli_run_targets": ("mục tiêu: đạt {met}, chưa đạt {missed}, chưa mô hình hóa {nm}",
                        "targets: met {met}, missed {missed}, not modelled {nm}"),
    "cli_run_note": ("lưu ý: bốn chỉ tiêu cơ cấu 2030 công bố cộng lại {s} % (làm tròn, thiếu {d} điểm % so với 100); "
                     "tỷ trọng được so sánh không điều chỉnh",
                     "note: the four published 2030 share targets sum to {s} % (rounding, {d} pp short of 100); "
                     "shares are compared unscaled"),
    "cli_pv_head": ("{name}: dự án {project} bật (tiến độ, quy mô như đã đặt), {late}, và tắt "
                    "(giá trị năm {years})",
                    "{name}: project {project} on (timing and scale as set), {late}, and off "
                    "({years} values)"),
    "pv_variant": ("Phương án", "Variant"), "pv_on": ("Bật, như đã đặt", "On, as set"),
    "pv_delay": ("Trễ thêm {d} năm", "{d} more {years} late"), "pv_off": ("Tắt", "Off"),
    "pv_title": ("Nếu một dự án trễ hoặc bị bỏ: bật, trễ thêm và tắt, cạnh nhau (năm 2030 và năm cuối dự báo)",
                 "If one project slips or is dropped: on, later and off, side by side (2030 and the horizon)"),
    "pv_project": ("Dự án", "Project"),
    "pv_delay_label": ("Trễ thêm (năm)", "More years late"),
    "pv_short": ("Kịch bản dừng ở năm {h}, trước 2030: đặt «Năm cuối dự báo» (thanh bên) từ 2030 trở đi để so sánh.",
                 "The scenario ends in {h}, before 2030: set «Horizon (last projected year)» (sidebar) to 2030 or "
                 "later to compare."),
    "pv_none": ("Cả ba phương án đều chạy đủ công suất trong năm 2030 hoặc tắt: các số năm 2030 so sánh trực tiếp.",
                "Every variant runs at full capacity in 2030 or is off: the 2030 figures compare directly."),
    "pv_years_h": ("2030 và {h}", "2030 and {h}"),
    "pv_h_nominal": ("GRDP giá hiện hành {h} (tỷ đồng)", "GRDP {h}, current prices (billion VND)"),
    "pv_h_real": ("GRDP giá so sánh 2010, năm {h} (tỷ đồng)", "GRDP {h}, constant 2010 prices (billion VND)"),
    "pv_cum": ("GRDP cộng dồn {a}–{b}, giá so sánh 2010 (tỷ đồng)",
               "GRDP summed over {a}–{b}, constant 2010 prices (billion VND)"),
    "pv_first_year": ("Năm đầu có sản lượng", "First year of output"),
    "pv_full_year": ("Năm đạt công suất", "Year at full capacity"),
    "pv_after": ("{variants}: vận hành từ sau năm {y}, nên mọi số năm {y} như khi tắt; tác động hiện ở các năm sau, "
                 "đến {h}: các dòng cuối bảng (từng năm: run, brief với kịch bản này).",
                 "{variants}: output starts after {y}, so every {y} figure is as with the project off; its effect "
                 "shows in the later years, to {h}: the table's last rows (year by year: run or brief this scenario)."),
    "pv_after_beyond_app": ("{variants}: vận hành từ sau năm {y}, nên mọi số năm {y} như khi tắt, và kịch bản dừng ở "
                            "năm {h}: đặt «Năm cuối dự báo» (thanh bên) thành {need} hoặc xa hơn để thấy tác động trên "
                            "các trang.",
                            "{variants}: output starts after {y}, so every {y} figure is as with the project off, "
                            "and the scenario ends in {h}: set «Horizon (last projected year)» (sidebar) to {need} or "
                            "later to see its effect on the pages."),
    "pv_after_app": ("{variants}: vận hành từ sau năm {y}, nên mọi số năm {y} như khi tắt; tác động hiện ở các năm "
                     "sau, đến {h}: các dòng cuối bảng (từng năm: trang Tăng trưởng, Cơ cấu).",
                     "{variants}: output starts after {y}, so every {y} figure is as with the project off; its "
                     "effect shows in the later years, to {h}: the table's last rows (year by year: the Growth and "
                     "Structure pages)."),
    "pv_after_beyond": ("{variants}: vận hành từ sau năm {y}, nên mọi số năm {y} như khi tắt, và kịch bản dừng ở năm "
                        "{h}: đặt horizon = {need} (hoặc xa hơn) trong [meta] để thấy tác động.",
                        "{variants}: output starts after {y}, so every {y} figure is as with the project off, and "
                        "the scenario ends in {h}: set horizon = {need} (or later) in [meta] to see its effect."),
    "pv_started": ("Dự án đã có sản lượng từ {y}, nằm trong số liệu thực tế đến {last}: năm bắt đầu là số liệu; trễ ở "
                   "đây là phần công suất còn lại đến muộn hơn (nhà máy giữ mức của năm {last} trong những năm trễ).",
                   "The project has produced since {y}, in the recorded data to {last}: its start is data; a delay "
                   "here brings the rest of its capacity later (the plant stays at its {last} level in the years of "
                   "delay)."),
    "pv_at_capacity": ("Dự án có sản lượng từ {y} và đã chạy hết công suất từ {full}, nằm trong số liệu thực tế đến "
                       "{last}: trễ hay tắt đều không làm thay đổi sản lượng của nó sau {last}, nên các phương án như "
                       "nhau; mô hình chưa có thiết lập cho việc một nhà máy đang chạy giảm sản lượng.",
                       "The project has produced since {y} and run at full capacity since {full}, in the recorded "
                       "data to {last}: neither a delay nor switching it off changes its output after {last}, so the "
                       "variants are the same; the model has no setting for a running plant's output falling."),
    "pv_same": ("{variants}: đạt công suất trước hoặc trong năm {y}, như khi đúng hạn: các số năm {y} như nhau; "
                "tác động của việc trễ nằm ở các năm {a}–{b} (dòng GRDP cộng dồn).",
                "{variants}: at full capacity by {y}, as on time: the {y} figures are the same; the delay's effect "
                "is in {a}–{b} (the summed GRDP row)."),
    "pv_same_diff": ("{variants}: đạt công suất trước hoặc trong năm {y}, như khi đúng hạn, nhưng GRDP năm {y} vẫn {dir} "
                     "{d} tỷ đồng (giá so sánh 2010) so với khi đúng hạn{why}; toàn bộ cái giá của việc trễ nằm ở dòng "
                     "GRDP cộng dồn.",
                     "{variants}: at full capacity by {y}, as on time, yet GRDP in {y} is still {d} billion VND (2010 "
                     "prices) {dir} than on time's{why}; the whole cost of the delay is in the summed GRDP row."),
    "pv_lower": ("thấp hơn", "lower"), "pv_higher": ("cao hơn", "higher"),
    "pv_why_driven": (": các ngành theo vốn đầu tư ({sectors}) đầu tư một tỷ lệ của GRDP, vốn nhỏ hơn trong những năm "
                      "nhà máy trễ, nên khoảng chênh còn lại",
                      ": the sectors driven by their investment ({sectors}) invest a share of GRDP, which was smaller "
                      "while the plant was late, so the gap carries on"),
    "pv_same_h": ("{variants}: đạt công suất trước hoặc trong năm {h}, như khi đúng hạn: GRDP năm {h} như nhau; cái "
                  "giá của việc trễ là GRDP các năm {a}–{b}, ở dòng GRDP cộng dồn.",
                  "{variants}: at full capacity by {h}, as on time: GRDP in {h} is the same; what the delay costs "
                  "is GRDP in {a}–{b}, in the summed GRDP row."),
    "pv_partial": ("{variants}: chưa đạt công suất năm {y} (đạt năm {full}): số năm {y} chỉ tính phần đã chạy.",
                   "{variants}: not at full capacity in {y} (reached in {full}): the {y} figures count only the "
                   "part running."),
    "cli_projects_units": ("GTGT khi đạt công suất: tỷ đồng mỗi năm, giá so sánh 2010; vốn: tỷ đồng, giá hiện hành. "
                           "Đã cam kết: đang chạy hoặc đã xây; một kịch bản chỉ tính dự án nó liệt kê với on = true "
                           "(dự án không liệt kê là tắt).",
                           "value added at capacity: bn VND a year at constant 2010 prices; capital: bn VND at current "
                           "prices. Committed: running or built; a scenario counts only the projects it lists with "
                           "on = true (a project not listed is off)."),
    "cli_invest_record": ("Số liệu (vốn đầu tư toàn xã hội, tỷ đồng, giá hiện hành):",
                          "The record (total social investment, bn VND at current prices):"),
    "cli_invest_buys": ("Vốn đầu tư {s} % GRDP với ICOR {k} mua được tăng trưởng GRDP thực {g} %/năm {over}",
                        "Investment of {s} % of GRDP at ICOR {k} buys real GRDP growth of {g} % a year {over}"),
    # the period the file's target set judges, where it is not the projected years
    "cli_invest_period": (" ({g} %/năm giai đoạn {a}–{b})", " ({g} % a year over {a}–{b})"),
    "cli_invest_need": ("{name}: vốn đầu tư cần, tỷ đồng giá hiện hành (ICOR {icor}; % GRDP giá hiện hành):",
                        "{name}: investment needed, bn VND at current prices (ICOR {icor}; % of GRDP at current prices):"),
    "cli_invest_need_bought": ("{name} với tăng trưởng mà vốn {s} % GRDP mua được (ICOR {k}): vốn đầu tư cần, tỷ đồng giá "
                               "hiện hành (ICOR {icor}; % GRDP giá hiện hành):",
                               "{name} with the growth {s} % of GRDP buys (ICOR {k}): investment needed, bn VND at current "
                               "prices (ICOR {icor}; % of GRDP at current prices):"),
    "jump": ("Năm {year} tăng {g} %, trong đó {pp} điểm % do các dự án tăng sản lượng khi đạt công suất ({who}); "
             "phần còn lại là tăng trưởng hữu cơ.",
             "{year} grows {g} %, {pp} points of it from projects raising output as they reach capacity ({who}); "
             "the rest is organic growth."),
    "scenario_help": ("Kịch bản có sẵn hoặc trong kho; tên đầy đủ hiện bên dưới, có «(đã chỉnh)» khi bạn đã thay đổi giả định.",
                      "A shipped or saved scenario; its full title shows below, with “(adjusted)” once you change an assumption."),
    "hl_title": ("So với «{ref}»", "Against “{ref}”"),
    # the strip where the scenario reaches 2030 and the one it is compared with does not
    "hl_ref_short": ("«{ref}» dừng ở năm {h}, trước năm 2030: không có số năm 2030 để so sánh các chỉ tiêu chính.",
                     "“{ref}” ends in {h}, before 2030: it has no 2030 figures to set the headline targets against."),
    "hl_same": ("Không khác «{ref}» ở các chỉ tiêu chính; {met} trong {n} chỉ tiêu chính đạt.",
                "No different from “{ref}” in the headline targets; headline targets met: {met} of {n}."),
    # by the direction: a fall read "từ 12,20 % lên 9,11 %" (from … up to …)
    "hl_growth_up": ("tăng trưởng bình quân {y0}–{y1} từ {a} % lên {b} % ({d})",
                     "average growth {y0}–{y1} rises from {a} % to {b} % ({d})"),
    "hl_growth_down": ("tăng trưởng bình quân {y0}–{y1} từ {a} % xuống {b} % ({d})",
                       "average growth {y0}–{y1} falls from {a} % to {b} % ({d})"),
    # a headline card's change: its arrow the direction, its colour this (`views.toward`)
    "hl_toward_closer": ("Màu xanh lá: thay đổi này đưa chỉ tiêu đến gần mục tiêu hơn.",
                         "Green: this change brings the figure closer to its target."),
    "hl_toward_further": ("Màu đỏ: thay đổi này đưa chỉ tiêu xa mục tiêu hơn.",
                          "Red: this change takes the figure further from its target."),
    # grey is a share's alone: within its band before and after, or as far from it on the other side
    "hl_toward_within": ("Màu xám: chỉ tiêu nằm trong khoảng mục tiêu cả trước và sau thay đổi này (hoặc cách khoảng "
                         "đó như trước, ở phía bên kia).",
                         "Grey: the figure is within its target's band both before and after this change (or as far "
                         "from it as before, on the other side)."),
    "hl_growth_same": ("tăng trưởng bình quân {y0}–{y1} giữ ở {b} %", "average growth {y0}–{y1} stays at {b} %"),
    "hl_changed": ("So với «{ref}»: {growth}; {met} trong {n} chỉ tiêu chính đạt (trước: {before}){moved}.",
                   "Against “{ref}”: {growth}; headline targets met: {met} of {n} (before: {before}){moved}."),
    "hl_changed_only": ("So với «{ref}»: {met} trong {n} chỉ tiêu chính đạt (trước: {before}){moved}.",
                        "Against “{ref}”: headline targets met: {met} of {n} (before: {before}){moved}."),
    # after a sentence of no change (`views.unmoved_text`): why the headline targets did not move
    "hl_after_2030": (" Thay đổi này chỉ làm đổi GRDP từ năm {y}, sau năm 2030: xem các trang đến năm {h}.",
                      " The change moves GRDP only from {y}, after 2030: see the pages to {h}."),
    "hl_idle_projects": (" {names}: chưa có sản lượng đến năm {h}, nên GRDP không đổi; đặt «{control}» (thanh bên) "
                         "thành {y} hoặc xa hơn để thấy tác động.",
                         " {names}: no output by {h}, so GRDP does not change; set \"{control}\" in the sidebar "
                         "to {y} or later to see the effect."),
    # the change moves nothing up to the farthest horizon a scenario may have
    "hl_idle_never": (" {names}: GRDP không đổi đến năm {last}, năm xa nhất mô hình dự báo.",
                      " {names}: GRDP does not change up to {last}, the farthest year the model projects."),
    # which headline targets the change made met or missed ({moved} above), by the cards' labels
    "hl_now_met": ("; đạt thêm: {names}", "; now met: {names}"),
    "hl_no_longer_met": ("; không còn đạt: {names}", "; no longer met: {names}"),
    # a headline card's label and help, by the target's kind (model.registry), for any set
    "card_average_growth": ("Tăng trưởng BQ {y0}–{y1}", "Average growth {y0}–{y1}"),
    "card_average_growth_help": ("Bình quân năm của GRDP giá so sánh 2010, {y0}–{y1}.",
                                 "Yearly average of GRDP at constant 2010 prices, {y0}–{y1}."),
    "card_multiple": ("GRDP {y} gấp {b}", "GRDP {y} ÷ {b}"),
    "card_multiple_help": ("GRDP giá hiện hành năm {y} so với năm {b}.", "GRDP at current prices in {y} over {b}."),
    "card_per_capita": ("GRDP/người {y} (tr.đ)", "Per capita {y} (mn VND)"),
    "card_per_capita_help": ("Triệu đồng mỗi người, giá hiện hành.", "Million VND a person, current prices."),
    "card_share": ("Tỷ trọng {sector} {y}", "{sector} share {y}"),
    "card_share_help": ("{name}, % GRDP giá hiện hành.", "{name}, % of GRDP at current prices."),
    # a sector as short as a card's label allows
    "card_sector_agriculture": ("NLTS", "Agriculture"), "card_sector_industry_construction": ("CN-XD", "Industry"),
    "card_sector_services": ("DV", "Services"), "card_sector_product_taxes": ("thuế SP", "Product taxes"),
    "card_sector_manufacturing": ("CB-CT", "Manufacturing"),
    "target_word": ("mục tiêu", "target"),
    "times": ("lần", "×"),
    "reason_above": ("trên khoảng mục tiêu ({lo}–{hi}): nhiều hơn con số kế hoạch, không phải thiếu; kế hoạch đặt con "
                     "số này cùng mục tiêu tăng trưởng, nên vượt xa nghĩa là giá hoặc tăng trưởng khác với phép tính "
                     "của kế hoạch",
                     "above the target's band ({lo}–{hi}): more than the plan's figure, not short of it; the plan sets "
                     "this figure beside its growth target, so well above it means prices or growth other than the "
                     "plan's own arithmetic"),
    "reason_above_growth": ("trên khoảng mục tiêu ({lo}–{hi}): tăng nhanh hơn con số, không phải chậm hơn; con số là "
                            "mức dự kiến (≈), xét cả hai phía, nên vượt xa nghĩa là một lộ trình khác với lộ trình "
                            "được dự kiến",
                            "above the target's band ({lo}–{hi}): faster than the figure, not slower; the figure is a "
                            "forecast (≈), judged both ways, so well above it means another path than the one "
                            "foreseen"),
    "reason_horizon": ("dự báo kết thúc năm {h}, trước 2030", "the projection ends in {h}, before 2030"),
    "reason_digital": ("kinh tế số không phải một ngành của mô hình", "the digital economy is not a sector of the model"),
    "reason_budget": ("chưa mô hình hóa thu ngân sách", "budget revenue is not modelled yet"),
    "reason_income": ("thu nhập bình quân (khảo sát mức sống hộ gia đình) không phải GRDP: chưa mô hình hóa",
                      "income per capita (the household living-standards survey) is not GRDP: not modelled"),
    "reason_trade": ("chưa mô hình hóa xuất nhập khẩu", "exports and imports are not modelled"),
    "reason_rank": ("chưa mô hình hóa các tỉnh khác", "other provinces are not modelled"),
    "reason_social": ("chỉ tiêu xã hội, môi trường: chưa mô hình hóa",
                      "social or environmental indicator: not modelled yet"),
    "reason_rounding": ("bốn chỉ tiêu cơ cấu công bố cộng lại {sum} % (làm tròn); tỷ trọng mô hình cộng lại 100 %; "
                        "so sánh không điều chỉnh",
                        "published structure targets sum to {sum} % (rounding); model shares sum to 100 %; "
                        "compared unscaled"),
    "tbl_quarterly": ("Theo quý", "Quarterly"),
    "cli_run_set": ("bộ mục tiêu: {title}", "target set: {title}"),
    "ts_label": ("Bộ mục tiêu", "Target set"),
    "ts_help": ("Kịch bản được đánh giá theo bộ mục tiêu này (lưu trong kịch bản và đường dẫn; tệp: [targets] set).",
                "The set the scenario is judged against (kept in the scenario and the link; in a file: [targets] set)."),
    "ts_compare": ("So sánh với bộ mục tiêu", "Compare with the target set"),
    "ts_none": ("(không)", "(none)"),
    "url_view_num": ("{key}={value}: cần một số từ {lo} đến {hi}; dùng {default}",
                     "{key}={value}: a number from {lo} to {hi} is needed; {default} is used"),
    "url_view_project": ("{key}={value}: kịch bản này không có dự án đó để hỏi; dùng {default}",
                         "{key}={value}: this scenario has no such project to ask about; {default} is used"),
    "url_view_outcome": ("{key}={value}: bộ mục tiêu của kịch bản không có chỉ tiêu này; dùng một trong {allowed}. "
                         "Đang hiện: {default}",
                         "{key}={value}: the scenario's target set has no such target; use one of {allowed}. "
                         "Showing: {default}"),
    "url_view_set": ("{key}={value}: không có bộ mục tiêu này để so sánh; chọn một trong {allowed}",
                     "{key}={value}: no such target set to compare with; pick one of {allowed}"),
    "ts_side": ("Một kịch bản, hai bộ mục tiêu", "One scenario, two target sets"),
    "ts_source": ("Nguồn: {document} ({issued}; {status}) — {url}. Kỳ: {periods}. Định nghĩa: {definitions}.",
                  "Source: {document} ({issued}; {status}) — {url}. Periods: {periods}. Definitions: {definitions}."),
    "ts_contradiction": ("Mâu thuẫn: «{sa}» đặt {a} ở {ia}, «{sb}» đặt {b} ở {ib} ({what}): không kịch bản nào đạt được "
                         "cả hai.",
                         "Contradiction: \"{sa}\" puts {a} at {ia}, \"{sb}\" puts {b} at {ib} ({what}): no scenario can "
                         "meet both."),
    "ts_what_level": ("cùng một GRDP năm {y1}", "of the same {y1} GRDP"),
    "ts_what_growth": ("cùng tốc độ {y0}–{y1}, với các năm trước đó theo số liệu", "the same growth over {y0}–{y1}, the "
                       "years before as recorded"),
    "ts_stricter": ("Chặt hơn: {a} của «{sa}» nghĩa là {ia} theo cách tính của «{sb}» ({b}: {ib}), với các năm đã có số "
                    "liệu.",
                    "Stricter: \"{sa}\"'s {a} means {ia} in \"{sb}\"'s terms ({b}: {ib}), given the actual years."),
}
