"""Every user-visible string, Vietnamese first, English second: one catalogue for the app, the
charts, the validation messages, the consistency report and the exports.

``t(key, lang, **fields)`` returns the string with ``fields`` filled in; numbers passed as
fields should already be formatted with `model.report.fmt` (so that they follow the language).
A missing key raises ``KeyError``, so a typo fails in the tests, not in a meeting. Every key
has both languages (tested).

Glossary: chỉ tiêu = indicator/target; kịch bản = scenario; giá hiện hành = current prices;
giá so sánh 2010 = constant 2010 prices; điểm phần trăm = percentage point.
"""

from __future__ import annotations

import errno
import re
from functools import lru_cache
from typing import Any, Mapping

from ..data import solver_target_unit
from . import fmt
from .issues import ISSUES, issue_text  # noqa: F401  (the validation messages, kept apart)

LANGS = ("vi", "en")

SECTOR_TEXT: dict[str, tuple[str, str, str]] = {
    # id: (Vietnamese, Vietnamese short, English)
    "agriculture": ("Nông, lâm nghiệp và thủy sản", "Nông-lâm-thủy sản", "Agriculture, forestry and fishery"),
    "industry_construction": ("Công nghiệp và xây dựng", "Công nghiệp-xây dựng", "Industry and construction"),
    "services": ("Dịch vụ", "Dịch vụ", "Services"),
    "product_taxes": ("Thuế sản phẩm trừ trợ cấp sản phẩm", "Thuế SP trừ trợ cấp", "Product taxes less subsidies"),
}
SECTOR_SHORT_EN = {"agriculture": "Agriculture", "industry_construction": "Industry-construction",
                   "services": "Services", "product_taxes": "Product taxes"}


def sector_label(sector_id: str, lang: str = "vi", short: bool = False) -> str:
    """A sector's name in ``lang``; ``short`` for table headers and legends."""
    vi, vi_short, en = SECTOR_TEXT[sector_id]
    if lang == "en":
        return SECTOR_SHORT_EN[sector_id] if short else en
    return vi_short if short else vi


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
    "upload_hint": ("Tệp .toml, tối đa {kb} KB. Tệp hợp lệ được lưu vào kho kịch bản.",
                    "A .toml file of at most {kb} KB. A valid file is saved to the workspace."),
    "upload_bad": ("Tệp kịch bản không hợp lệ; giữ nguyên các thiết lập hiện tại:",
                   "The scenario file is not valid; your current settings are kept:"),
    "upload_ok": ("Đã tải kịch bản «{title}» và lưu vào kho với tên {name}.",
                  "Loaded “{title}” and saved it to the workspace as {name}."),
    "upload_not_toml": ("{name}: chỉ nhận tệp .toml", "{name}: only .toml files are accepted"),
    "url_bad": ("Một số tham số trên đường dẫn không hợp lệ và đã được bỏ qua:",
                "Some link parameters are not valid and were ignored:"),
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
    "col_value": ("Kịch bản 2030", "Scenario 2030"), "col_target": ("Mục tiêu", "Target"),
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
                         "Đặt «Năm cuối dự báo» từ 2030 trở đi để xem kết quả.",
                         "The horizon is {h}, before 2030: the 2030 targets cannot be evaluated. "
                         "Set the horizon to 2030 or later to see them."),
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
    "page_glossary": ("Thuật ngữ", "Glossary"),
    "gl_intro": ("Những từ có thể chưa quen trong công cụ này, giải thích ngắn; di chuột lên biểu tượng ? cạnh một "
                 "con số hoặc cột để xem tại chỗ.",
                 "Words of this tool that may be new, explained briefly; hover the ? beside a figure or a column to "
                 "see them where they are used."),
    "gl_term": ("Thuật ngữ", "Term"), "gl_meaning": ("Nghĩa", "Meaning"),
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
                          "the record (total social investment, bn VND at current prices):"),
    "cli_invest_buys": ("Vốn đầu tư {s} % GRDP với ICOR {k} mua được tăng trưởng GRDP thực {g} %/năm giai đoạn {y0}–{y1}",
                        "investment of {s} % of GRDP at ICOR {k} buys real GRDP growth of {g} % a year over {y0}-{y1}"),
    # the period the file's target set judges, where it is not the projected years
    "cli_invest_period": (" ({g} %/năm giai đoạn {a}–{b})", " ({g} % a year over {a}-{b})"),
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
    "hl_same": ("Không khác «{ref}» ở các chỉ tiêu chính; {met} trong {n} chỉ tiêu chính đạt.",
                "No different from “{ref}” in the headline targets; headline targets met: {met} of {n}."),
    # by the direction: a fall read "từ 12,20 % lên 9,11 %" (from … up to …)
    "hl_growth_up": ("tăng trưởng bình quân {y0}–{y1} từ {a} % lên {b} % ({d})",
                     "average growth {y0}–{y1} rises from {a} % to {b} % ({d})"),
    "hl_growth_down": ("tăng trưởng bình quân {y0}–{y1} từ {a} % xuống {b} % ({d})",
                       "average growth {y0}–{y1} falls from {a} % to {b} % ({d})"),
    "hl_growth_same": ("tăng trưởng bình quân {y0}–{y1} giữ ở {b} %", "average growth {y0}–{y1} stays at {b} %"),
    "hl_changed": ("So với «{ref}»: {growth}; {met} trong {n} chỉ tiêu chính đạt (trước: {before}).",
                   "Against “{ref}”: {growth}; headline targets met: {met} of {n} (before: {before})."),
    "hl_changed_only": ("So với «{ref}»: {met} trong {n} chỉ tiêu chính đạt (trước: {before}).",
                        "Against “{ref}”: headline targets met: {met} of {n} (before: {before})."),
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
    # ---- charts -------------------------------------------------------------------------------
    "g_nominal": ("GRDP giá hiện hành (nghìn tỷ đồng)", "GRDP at current prices (trillion VND)"),
    "g_real": ("GRDP giá so sánh 2010 (nghìn tỷ đồng)", "GRDP at constant 2010 prices (trillion VND)"),
    "g_growth": ("Tăng trưởng GRDP thực (%/năm)", "Real GRDP growth (%/yr)"),
    "actual": ("Thực tế / ước tính", "Actual / estimate"), "projection": ("Dự báo", "Projection"),
    "year": ("Năm", "Year"),
    "s_share": ("Tỷ trọng trong GRDP giá hiện hành (%)", "Share of GRDP at current prices (%)"),
    "s_structure": ("Cơ cấu GRDP giá hiện hành (%)", "GRDP structure at current prices (%)"),
    "s_target": ("Mục tiêu 2030", "2030 target"), "sector": ("Ngành", "Sector"),
    "s_branches": ("Công nghiệp-xây dựng chia theo nhánh (% GRDP giá hiện hành)",
                   "Industry-construction by branch (% of GRDP at current prices)"),
    "s_branches_note": ("Ước tính: tỷ trọng nhánh năm 2022 theo số liệu 6 tháng 2023 (chế biến, chế tạo 53–63 % của CN-XD "
                        "do làm tròn), dự án về đúng nhánh, cùng chỉ số giá với CN-XD. Mục tiêu chế biến, chế tạo 2030: 32,6 %.",
                        "Estimated: the branches' 2022 weights from the H1-2023 release (manufacturing 53–63 % of "
                        "industry-construction, from its rounding), projects to their branch, priced as industry-construction. "
                        "The 2030 manufacturing target: 32.6 %."),
    "branch_manufacturing": ("Chế biến, chế tạo", "Manufacturing"),
    "branch_other_industry": ("Khai khoáng, điện, nước", "Mining, power, water"),
    "branch_construction": ("Xây dựng", "Construction"),
    "s_table": ("Tỷ trọng theo năm (%)", "Shares by year (%)"),
    "c_contrib": ("Đóng góp vào tăng trưởng GRDP (điểm phần trăm)", "Contribution to GRDP growth (percentage points)"),
    "c_table": ("Đóng góp (điểm %) và tăng trưởng GRDP (%)", "Contributions (pp) and GRDP growth (%)"),
    "c_total": ("GRDP (%)", "GRDP (%)"),
    "chart_grdp_nominal": ("GRDP giá hiện hành và mục tiêu", "GRDP at current prices and the target"),
    "chart_grdp_real": ("GRDP giá so sánh và lộ trình mục tiêu", "GRDP at constant prices and the target path"),
    "chart_growth": ("Tăng trưởng GRDP theo năm", "GRDP growth by year"),
    "chart_structure": ("Cơ cấu kinh tế so với mục tiêu", "Economic structure against the targets"),
    "chart_grdp_nominal_plain": ("GRDP giá hiện hành", "GRDP at current prices"),
    "chart_structure_plain": ("Cơ cấu kinh tế", "Economic structure"),
    "chart_contributions": ("Đóng góp vào tăng trưởng", "Contributions to growth"),
    # ---- the charts' own words (model.report.charts) -------------------------------------------
    "ch_band": ("Mục tiêu: gấp {lo}–{hi} lần {base} vào {year}", "Target: {lo}–{hi} × {base} by {year}"),
    "ch_floor": ("Mục tiêu: gấp ít nhất {lo} lần {base} vào {year}", "Target: at least {lo} × {base} by {year}"),
    "ch_path": ("Lộ trình mục tiêu: {g} %/năm từ {base} đến {year}", "Target path: {g} % a year from {base} to {year}"),
    "ch_growth_target": ("Mục tiêu: {g} %/năm bình quân {b}–{year}", "Target: {g} % a year on average {b}–{year}"),
    "ch_trn_current": ("nghìn tỷ đồng, giá hiện hành", "trillion VND, current prices"),
    "ch_trn_constant": ("nghìn tỷ đồng, giá so sánh 2010", "trillion VND, constant 2010 prices"),
    "ch_pct_year": ("%/năm, giá so sánh 2010", "% a year, constant 2010 prices"),
    "ch_pct_grdp": ("% GRDP, giá hiện hành", "% of GRDP, current prices"),
    "ch_pp": ("điểm phần trăm", "percentage points"),
    "ch_faded": ("Cột nhạt: năm dự báo (sau {last}).", "Lighter bars: projected years (after {last})."),
    "ch_structure_note": ("Nét liền: thực tế; nét đứt: dự báo; ◆ mục tiêu 2030.", "Solid: actual; dashed: projected; ◆ the 2030 targets."),
    "ch_structure_note_plain": ("Nét liền: thực tế; nét đứt: dự báo.", "Solid: actual; dashed: projected."),
    "ch_manufacturing": ("CN chế biến, chế tạo", "Manufacturing"),
    "ch_manufacturing_note": ("Công nghiệp chế biến, chế tạo là một phần của công nghiệp-xây dựng.",
                              "Manufacturing is part of industry-construction."),
    "ch_with_taxes": ("{sector} (gồm thuế SP)", "{sector} (with product taxes)"),
    "ch_investment": ("Vốn đầu tư toàn xã hội cần và đã đạt", "Total social investment: needed and achieved"),
    "ch_band_90": ("Dải 5–95 %", "5–95 % band"), "ch_band_50": ("Dải 25–75 %", "25–75 % band"),
    "ch_central": ("Vạch đen: giá trị của kịch bản ({v}).", "Black rule: the scenario's value ({v})."),
    "ch_target_level": ("Mục tiêu {g} %/năm", "Target {g} % a year"),
    "ch_target_bin": ("Mục tiêu {g} %/năm", "Target {g} % a year"),
    "g_growth_short": ("Tăng trưởng thực", "Real growth"),
    "c_total_dot": ("Tăng trưởng GRDP (%)", "GRDP growth (%)"),
    # ---- solve --------------------------------------------------------------------------------
    "sv_of_set": ("thuộc bộ mục tiêu khác: {set}", "of another target set: {set}"),
    "sv_targets": ("Mục tiêu cần đạt", "Targets to reach"),
    "sv_free": ("Ngành được điều chỉnh", "Sectors the solver may move"),
    "sv_method": ("Dạng lộ trình", "Path form"),
    "sv_constant": ("Không đổi", "Constant"), "sv_ramp": ("Tuyến tính", "Linear ramp"),
    "sv_free_path": ("Từng năm", "Year by year"),
    "sv_approx": ("Mục tiêu «≈»", "“≈” targets"),
    "sv_band": ("Trong khoảng sai số", "Within a tolerance band"), "sv_equal": ("Đúng bằng", "Exactly"),
    "sv_smooth": ("Độ trơn (trọng số thay đổi giữa các năm)", "Smoothness (weight of year-to-year change)"),
    "sv_bounds": ("Giới hạn tăng trưởng (%/năm)", "Growth bounds (%/yr)"),
    "sv_bound_min": ("{sector}: thấp nhất", "{sector}: min"), "sv_bound_max": ("{sector}: cao nhất", "{sector}: max"),
    "sv_bounds_bad": ("{sector}: giới hạn dưới {lo} cao hơn giới hạn trên {hi}; đổi chỗ hai giá trị.",
                      "{sector}: the minimum {lo} is above the maximum {hi}; swap them."),
    "sv_ok": ("Tất cả mục tiêu đã chọn đều đạt được.", "Every chosen target can be met."),
    "sv_bad": ("Không thể đạt đồng thời tất cả mục tiêu; phương án gần nhất:", "The targets cannot all hold; the best compromise:"),
    "sv_missed_line": ("{indicator}: {value} (mục tiêu {target}, chênh lệch {gap})",
                       "{indicator}: {value} (target {target}, gap {gap})"),
    "unit_pp_year": ("điểm %/năm", "pp a year"),
    "sv_next": ("Bước tiếp theo: bỏ chọn một mục tiêu trong nhóm không thể cùng đạt, hoặc tăng trọng số (mục «Ưu tiên») "
                "của mục tiêu quan trọng hơn; nới giới hạn tăng trưởng hoặc cho phép giá tương đối thay đổi nếu có cơ sở.",
                "Next step: untick one target of a set that cannot hold together, or raise the weight (“Priorities”) of "
                "the one that matters more; widen the growth bounds or let relative prices move where that is justified."),
    "sv_next_alone": ("Bước tiếp theo: {items} không đạt được ngay cả khi đứng riêng trong các giới hạn này; nới giới "
                      "hạn tăng trưởng của các ngành, cho phép giá tương đối thay đổi, hoặc bỏ chọn mục tiêu đó.",
                      "Next step: {items} cannot be reached even alone within these bounds; widen the sectors' growth "
                      "bounds, let relative prices move, or untick that target."),
    "sv_conflict": ("Không thể cùng đạt: {items}", "Cannot hold together: {items}"),
    "sv_conflict_alone": ("Không thể đạt ngay cả khi đứng riêng: {items}", "Out of reach even alone: {items}"),
    "sv_stopped": ("Bộ giải dừng khi chưa hội tụ; kết quả chỉ để tham khảo.",
                   "The optimiser stopped before converging; treat the result as indicative."),
    "sv_paths": ("Lộ trình tăng trưởng thực đã giải (%/năm)", "Solved real growth paths (%/yr)"),
    "sv_apply": ("Áp dụng lộ trình này vào kịch bản", "Apply these paths to the scenario"),
    "sv_apply_partial": ("Áp dụng lộ trình thỏa hiệp ({k}/{n} mục tiêu đạt) vào kịch bản",
                         "Apply the compromise paths ({k} of {n} targets met) to the scenario"),
    "sv_invest_cap": ("Trần vốn đầu tư toàn xã hội (% GRDP mỗi năm)", "Cap on total social investment (% of GRDP a year)"),
    "sv_invest_cap_help": ("Mặc định {cap} %: mức cao nhất trong các năm đã công bố cộng {margin} điểm % (giả định). Gõ 60 hoặc 60,5.",
                           "Default {cap} %: the highest share of the published years plus {margin} pp (an assumption). Type 60 or 60.5."),
    "sv_next_invest": ("Bước tiếp: hạ mục tiêu tăng trưởng (hoặc nới mục tiêu khác), hoặc chấp nhận vốn đầu tư "
                       "{c} % GRDP mỗi năm — cao hơn mọi năm đã công bố (cao nhất {rec} %, năm {y}).",
                       "Next step: lower the growth target (or relax another), or accept investment of {c} % of GRDP "
                       "a year — above every published year (the highest {rec} %, {y})."),
    "sv_invest_projects": ("Trong đó, vốn của chính các dự án có tên: {p} % GRDP mỗi năm ({name} nhiều nhất: {q} %).",
                           "Of this, the named projects' own capital: {p} % of GRDP a year ({name} the most: {q} %)."),
    "sv_next_projects": ("Riêng vốn của các dự án có tên đã là {p} % GRDP mỗi năm giai đoạn {y0}–{y1}, so với trần {cap} % "
                         "({name} nhiều nhất: {q} %), và không lộ trình tăng trưởng nào thay đổi được phần này (quy mô "
                         "cũng không: vốn là phần đã xây): lùi hoặc tắt dự án, hoặc nâng trần.",
                         "The named projects' own capital alone is {p} % of GRDP a year in {y0}–{y1}, against the cap "
                         "of {cap} % ({name} the most: {q} %), and no growth path changes it (nor its scale: capital is "
                         "what is built): move a project later or switch it off, or raise the cap."),
    "sv_invest_over": ("Cao hơn mọi năm đã công bố (tối đa {rec} % GRDP):",
                       "More than in any published year (at most {rec} % of GRDP):"),
    "sv_applied": ("Đã áp dụng lộ trình đã giải.", "Solved paths applied."),
    "sv_table": ("Mục tiêu: giá trị, ràng buộc và chi phí biên", "Targets: value, binding and marginal cost"),
    "sv_mult_note": ("Chi phí biên: mức tăng hàm mục tiêu (điểm %²) khi siết mục tiêu thêm một đơn vị; "
                     "«—» khi mục tiêu không ràng buộc hoặc không đạt được.",
                     "Multiplier: how much the objective (pp²) rises when the target is tightened by one unit; "
                     "“—” when the target does not bind or cannot be met."),
    "sv_consistency": ("Tính nhất quán của các mục tiêu", "Consistency of the targets"),
    "sv_required": ("Giai đoạn còn lại phải đạt (tăng trưởng thực bình quân, %/năm)",
                    "What the remaining years must deliver (average real growth, %/yr)"),
    "sv_required_note": ("Mỗi dòng: mục tiêu đó đứng riêng, đặt đúng ở cận gần nhất. Dòng «tất cả» chính là lời giải ở trên. "
                         "Các con số là tăng trưởng bình quân của giá trị tăng thêm kể cả các dự án, nên khác tốc độ "
                         "hữu cơ trong bảng lộ trình đúng bằng phần dự án đóng góp.",
                         "Each row: that target alone, posed exactly at its nearest bound. The “all” row is the solution "
                         "above. Figures average value added including the projects, so they differ from the organic "
                         "rates in the paths table by exactly what the projects add."),
    "sv_taxes_follow": ("Thuế sản phẩm theo cơ sở thuế (độ co giãn {eps})", "Product taxes follow their tax base (elasticity {eps})"),
    "sv_taxes_help": ("Thuế sản phẩm đánh trên hàng hóa các ngành khác bán ra: ln thuế = α + ε ln(nông nghiệp + công nghiệp-xây dựng "
                      "+ dịch vụ, không kể các dự án lớn), ước lượng trên {y0}–{y1}: ε = {eps} (khoảng {lo}–{hi}). "
                      "Bỏ chọn để giữ lộ trình của kịch bản; chọn «Thuế sản phẩm» ở trên để bộ giải tự do điều chỉnh.",
                      "Product taxes are levied on what the other sectors sell: ln taxes = α + ε ln(agriculture + "
                      "industry-construction + services, without the large projects), estimated on {y0}–{y1}: ε = {eps} "
                      "(band {lo}–{hi}). Untick to keep the scenario's path; tick “Product taxes” above to let the solver move them."),
    "sv_bounds_note": ("Mặc định: bình quân 5 năm thấp nhất và cao nhất của ngành trong số liệu 2015–2025, nới thêm 2 điểm % "
                       "mỗi phía, không thấp hơn 0 (ngành không giảm trừ khi bạn cho phép), và mở rộng để chứa lộ trình của "
                       "chính kịch bản. Chỉ bạn mới nới rộng hơn.",
                       "Default: the sector's lowest and highest five-year average in the 2015–2025 record, widened by 2 pp "
                       "each side, never below 0 (no sector shrinks unless you allow it), and widened to hold the scenario's "
                       "own path. Only you widen them further."),
    "sv_bound_record": ("Số liệu: bình quân 5 năm {wlo}–{whi} %; mặc định {lo}–{hi} %",
                        "Record: five-year averages {wlo}–{whi} %; default {lo}–{hi} %"),
    "sv_bound_widened": ("Số liệu: bình quân 5 năm {wlo}–{whi} %; mặc định {lo}–{hi} %, mở rộng đến {elo}–{ehi} % "
                         "để chứa lộ trình của chính kịch bản đến 2030",
                         "Record: five-year averages {wlo}–{whi} %; default {lo}–{hi} %, widened to {elo}–{ehi} % "
                         "to hold the scenario's own path to 2030"),
    "sv_prices": ("Giá tương đối cũng là công cụ", "Relative prices as instruments too"),
    "sv_prices_note": ("Chọn ngành mà bộ giải được phép thay đổi giá tương đối (chỉ số giảm phát) tối đa ±{band} điểm %/năm so "
                       "với kịch bản; mỗi thay đổi tính vào hàm mục tiêu như một thay đổi tăng trưởng cùng cỡ. Tỷ trọng theo "
                       "giá hiện hành phụ thuộc vào giá cũng như vào sản lượng.",
                       "Choose the sectors whose relative price (deflator) the solver may move, by at most ±{band} pp a year "
                       "against the scenario; each move costs in the objective like a growth change of the same size. Shares "
                       "at current prices depend on prices as much as on volumes."),
    "sv_priorities": ("Ưu tiên khi các mục tiêu mâu thuẫn", "Priorities when targets conflict"),
    "sv_priorities_note": ("Trọng số của phần trượt mỗi mục tiêu (mặc định 1). Mục tiêu có trọng số lớn hơn được giữ sát hơn.",
                           "Weight of each target's miss (default 1). A target with a larger weight is kept closer."),
    "sv_invest": ("Các lộ trình này cần vốn đầu tư toàn xã hội bình quân {c} % GRDP mỗi năm giai đoạn {y0}–{y1} "
                  "(ICOR {k_lo}–{k_hi}: {lo}–{hi} %); các năm đã công bố: {rec}.",
                  "These paths need total social investment of {c} % of GRDP a year on average in {y0}–{y1} "
                  "(ICOR {k_lo}–{k_hi}: {lo}–{hi} %); the published years: {rec}."),
    "tm_title": ("Thời điểm dự án: dự án lùi bao lâu thì mục tiêu còn đạt?", "Project timing: how late can a project be?"),
    "tm_note": ("Cùng yêu cầu giải ở trên, với dự án đã chọn vận hành đúng hạn, lùi 1–5 năm, hoặc bỏ: mục tiêu còn đạt "
                "không, và các ngành khác phải tăng bao nhiêu để bù (chi phí J, điểm %²).",
                "The same request as above, with the chosen project on time, 1–5 years late, or dropped: do the targets "
                "still hold, and how much must the other sectors grow to make up for it (the cost J, pp²)."),
    "tm_project": ("Dự án", "Project"),
    "tm_variant": ("Phương án", "Variant"), "tm_on_time": ("Đúng hạn", "On time"),
    "tm_delay": ("Lùi {n} năm", "{n} years late"), "tm_delay_1": ("Lùi 1 năm", "1 year late"),
    "tm_off": ("Bỏ dự án", "Dropped"),
    "tm_missed_differ": ("Các phương án trượt những mục tiêu khác nhau: {parts}. Chi phí J chỉ so sánh được giữa các "
                         "phương án trượt cùng những mục tiêu.",
                         "The variants miss different targets: {parts}. Cost J compares only variants that miss the "
                         "same targets."),
    "tm_also_misses": ("trượt thêm {names}", "also misses {names}"), "tm_meets": ("đạt {names}", "meets {names}"),
    "tm_and": (", và ", ", and "),
    "tm_holds": ("Đạt cả", "All hold"), "tm_missed": ("Số mục tiêu trượt", "Targets missed"),
    "tm_cost": ("Chi phí J (điểm %²)", "Cost J (pp²)"),
    "tm_growth": ("Tăng trưởng {a}–{b} (%/năm)", "Growth {a}–{b} (%/yr)"),
    "tm_rate": ("{sector}: tốc độ cần (%/năm)", "{sector}: rate needed (%/yr)"),
    "tm_capital_costs": ("Đúng hạn, dự án làm chi phí J cao hơn khi bỏ dự án ({on} so với {off} điểm %²): vốn xây dựng "
                         "dự án tính vào vốn đầu tư toàn xã hội, bị chặn ở trần {cap} % GRDP mỗi năm, nên dự án càng "
                         "sớm thì lộ trình các ngành càng phải lệch xa giả định để giữ trần. Bỏ chọn mục tiêu vốn đầu "
                         "tư (hoặc nâng trần) để thấy dự án chỉ qua tăng trưởng.",
                         "On time, the project costs more J than dropped ({on} against {off} pp²): its construction "
                         "capital counts in total social investment, held under the cap of {cap} % of GRDP a year, "
                         "so the earlier the plant, the further the sectors' paths must move from the assumptions to "
                         "keep within the cap. Untick the investment target (or raise the cap) to see the project "
                         "through growth alone."),
    "fr_title": ("Đánh đổi: tăng trưởng và bội số GRDP", "Trade-off: growth against the GRDP multiple"),
    "fr_note": ("Với mỗi mức trần của bội số GRDP 2030 (giá hiện hành, so với 2020), tăng trưởng thực bình quân 2021–2030 cao "
                "nhất mà các ngành được điều chỉnh có thể đạt trong giới hạn của chúng, theo giá của kịch bản. Tăng trưởng "
                "«rẻ» nhất đến từ ngành có chỉ số giá thấp nhất.",
                "For each cap on the 2030 GRDP multiple (current prices, against 2020), the highest average real growth "
                "2021–2030 the free sectors can reach within their bounds, at the scenario's prices. The cheapest growth "
                "comes from the sector with the lowest price level."),
    "fr_chart": ("Tăng trưởng cao nhất theo trần bội số (đường đứt: mục tiêu tăng trưởng)",
                 "Highest growth under each multiple cap (dashed: the growth target)"),
    "fr_cap": ("Trần bội số GRDP 2030 (lần)", "Cap on the 2030 GRDP multiple (×)"),
    "fr_growth": ("Tăng trưởng bình quân 2021–2030 (%/năm)", "Average growth 2021–2030 (%/yr)"),
    "fr_binds": ("Trần ràng buộc", "Cap binds"),
    "fr_growth_rem": ("Tức bình quân {y0}–{y1} (%/năm)", "That is, average {y0}–{y1} (%/yr)"),
    "fr_cap_rem": ("Tức GRDP 2030 so với {y} (lần)", "That is, GRDP 2030 against {y} (×)"),
    "ch_target_set_level": ("Mục tiêu {set}: {g} %/năm {y0}–{y1} (= {e} %/năm 2021–2030)",
                            "Target {set}: {g} % a year {y0}–{y1} (= {e} % a year 2021–2030)"),
    "fr_out_of_reach": ("không đạt được (bội số thấp nhất có thể: {m})", "out of reach (lowest multiple possible: {m})"),
    "fr_rate": ("{sector} (%/năm)", "{sector} (%/yr)"),
    "fri_title": ("Đánh đổi: tăng trưởng và vốn đầu tư", "Trade-off: growth against investment"),
    "fri_note": ("Với mỗi mức trần của vốn đầu tư toàn xã hội (% GRDP mỗi năm đến 2030, ICOR 7), tăng trưởng bình quân "
                 "2021–2030 cao nhất mà các ngành được giải đạt được trong giới hạn của chúng. Số liệu: tối đa {rec} % GRDP.",
                 "For each cap on total social investment (% of GRDP a year to 2030, ICOR 7), the highest average growth "
                 "2021–2030 the free sectors reach within their bounds. The record: at most {rec} % of GRDP."),
    "fri_chart": ("Tăng trưởng cao nhất theo trần vốn đầu tư (đường đứt: mục tiêu tăng trưởng)",
                  "Highest growth under each investment cap (dashed: the growth target)"),
    "fri_cap": ("Trần vốn đầu tư (% GRDP/năm)", "Cap on investment (% of GRDP a year)"),
    "fri_out_of_reach": ("không đạt được (vốn thấp nhất có thể: {m} %)", "out of reach (least investment possible: {m} %)"),
    # ---- the solver's outcome and notes (model.solver.SolveResult.text / SolveNote.text) -------
    "sr_ok": ("Cả {n} mục tiêu đều đạt (lộ trình {method} cho {free}).",
              "All {n} targets hold ({method} paths for {free})."),
    "sr_ok_one": ("Mục tiêu đạt (lộ trình {method} cho {free}).", "The target holds ({method} paths for {free})."),
    "sr_bad": ("Không thể đạt đồng thời các mục tiêu; phương án gần nhất trượt {parts}.",
               "The targets cannot all hold: the best compromise misses {parts}."),
    "sr_part": ("{target} {gap}", "{target} by {gap}"),
    "sr_conflicts": ("Không thể cùng đạt: {sets}.", "Cannot hold together: {sets}."),
    "sr_no_small_conflict": ("Không có nhóm ba mục tiêu trở xuống nào mâu thuẫn; chỉ cả {n} mục tiêu cùng lúc.",
                             "No set of three or fewer conflicts: only all {n} together do."),
    "sr_stopped": ("Bộ giải dừng khi chưa hội tụ ({why}).", "The optimiser stopped without converging ({why})."),
    "sr_met": ("đạt", "met"), "sr_missed": ("TRƯỢT", "MISSED"), "sr_binding": ("ràng buộc", "binding"),
    "sr_row": ("{id} ({name}): {value} {unit} (mục tiêu {target}; chênh lệch {gap} {gap_unit}) {flag}",
               "{id} ({name}): {value} {unit} (target {target}; gap {gap} {gap_unit}) {flag}"),
    "sr_mult": ("chi phí biên {m} điểm %²", "marginal cost {m} pp²"),
    "src_record": ("theo số liệu lịch sử", "from the record"), "src_user": ("do bạn đặt", "yours"),
    "src_scenario": ("theo chính kịch bản", "the scenario's own"),
    "sn_bound_low": ("{sector} nằm ở giới hạn dưới {bound} %/năm ({source}) trong {years}: mục tiêu muốn thấp hơn nữa.",
                     "{sector} sits on its lower bound, {bound} %/yr ({source}), in {years}: the targets want it lower."),
    "sn_bound_high": ("{sector} nằm ở giới hạn trên {bound} %/năm ({source}) trong {years}: mục tiêu muốn cao hơn nữa.",
                      "{sector} sits on its upper bound, {bound} %/yr ({source}), in {years}: the targets want it higher."),
    "sn_shrinks": ("{sector} giảm về giá trị thực trong {years} (thấp nhất {min} %/năm).",
                   "{sector} shrinks in real terms in {years} (lowest {min} %/yr)."),
    # the solved rate is organic (the named projects come on top) and the last actual year's is
    # the whole sector's: said as such, the sign carrying the direction (a fall of 12.73 → 7.64 %
    # read "nhảy … lên", jumps up, beside a total that rose to 19.23 %)
    "sn_jump": ("{sector}: tăng trưởng hữu cơ (không kể dự án có tên) {first} % năm {year}, so với {last} % của cả ngành "
                "năm thực tế cuối: {pp} điểm %, quá {limit} điểm %.",
                "{sector}: organic growth (named projects aside) {first} % in {year}, against the whole sector's {last} % "
                "in the last actual year: {pp} pp, more than {limit} pp."),
    "sn_jump_total": ("{sector} (kể cả dự án) tăng {to} % năm {year} sau {frm} % năm trước: {pp} điểm %, quá {limit} "
                      "điểm %.",
                      "{sector} (projects included) grows {to} % in {year} after {frm} % the year before: {pp} pp, "
                      "more than {limit} pp."),
    "sn_jump_grdp": ("GRDP tăng {to} % năm {year} sau {frm} % năm trước: {pp} điểm %, quá {limit} điểm %.",
                     "GRDP grows {to} % in {year} after {frm} % the year before: {pp} pp, more than {limit} pp."),
    "sn_stalls": ("{sector} không tăng trưởng (tối đa {max} %/năm) suốt {years}: {n} năm liền.",
                  "{sector} does not grow (at most {max} % a year) throughout {years}: {n} {n_years} in a row."),
    "sn_supply_tfp": ("Giữ tỷ lệ vốn đầu tư {share} % GRDP, các lộ trình này cần TFP tăng {need} %/năm giai đoạn {years}: "
                      "cao hơn 5 năm tốt nhất trong số liệu ({best} %, {window}; 5 năm gần nhất: {recent} %).",
                      "At the investment share held at {share} % of GRDP, these paths need TFP growth of {need} % a year in "
                      "{years}: more than the record's best five years ({best} %, {window}; the latest five: {recent} %)."),
    "sn_supply_investment": ("Với TFP tăng như 5 năm gần nhất ({recent} %/năm), các lộ trình này cần vốn đầu tư {need} % GRDP "
                             "mỗi năm giai đoạn {years} (vốn tích lũy theo phương pháp kiểm kê liên tục): cao hơn mọi năm đã "
                             "công bố (cao nhất {max} %, {year}).",
                             "With TFP growing as in the latest five years ({recent} % a year), these paths need investment of "
                             "{need} % of GRDP a year in {years} (capital by perpetual inventory): above every published year "
                             "(the highest {max} %, {year})."),
    "sn_supply_employment": ("Với TFP và tỷ lệ vốn đầu tư như số liệu, các lộ trình này cần lao động có việc làm tăng {need} "
                             "%/năm giai đoạn {years}; số liệu {span}: {avg} %/năm, cao nhất {max} %; dân số với tỷ lệ có "
                             "việc làm hiện nay cho {projected} %/năm.",
                             "With TFP and the investment share at their record, these paths need employment growth of {need} "
                             "% a year in {years}; the record {span}: {avg} % a year, at most {max} %; the population at "
                             "today's employment ratio gives {projected} %."),
    "sv_supply": ("Phía cung (vốn, lao động, TFP; hệ số vốn α = {alpha}): tăng trưởng {growth} %/năm giai đoạn {years} cần TFP "
                  "tăng {tfp} %/năm nếu giữ tỷ lệ vốn đầu tư {share} % GRDP (5 năm gần nhất: {recent} %; tốt nhất: {best} "
                  "%), hoặc vốn đầu tư {inv} % GRDP nếu TFP như 5 năm gần nhất (cao nhất đã công bố: {max} %).",
                  "Supply side (capital, labour, TFP; capital share α = {alpha}): growth of {growth} % a year in {years} "
                  "needs TFP growth of {tfp} % a year at the investment share held at {share} % of GRDP (the latest five "
                  "years: {recent} %; the best: {best} %), or investment of {inv} % of GRDP with TFP as in the latest five "
                  "years (the highest published: {max} %)."),
    "cli_supply_record": ("Số liệu phía cung (giả định: hệ số vốn α = {a}, khấu hao {d} %/năm, vốn/GRDP cuối 2015 = {k}; "
                          "căn cứ từng năm trong supply_record.csv, các dòng là của hatinh_published.csv):",
                          "The supply record (assumptions: capital share α = {a}, depreciation {d} % a year, capital/GRDP "
                          "at the end of 2015 = {k}; each year's basis in supply_record.csv, its rows those of "
                          "hatinh_published.csv):"),
    "cli_supply_accounting": ("Hạch toán tăng trưởng (điểm %; vốn + lao động + TFP = tăng trưởng đã công bố):",
                              "Growth accounting (percentage points; capital + labour + TFP = the published growth):"),
    "cli_supply_needs": ("{name}: lộ trình tăng trưởng cần gì từ phía cung (TFP khi giữ tỷ lệ vốn đầu tư năm cuối; vốn "
                         "khi TFP như 5 năm gần nhất; lao động khi cả hai như số liệu):",
                         "{name}: what its growth path needs from the supply side (TFP at the last year's investment "
                         "share; investment at the latest five years' TFP; employment with both at their record):"),
    "sn_taxes_follow": ("Thuế sản phẩm theo cơ sở thuế (độ co giãn {eps}): bình quân {avg} %/năm đến 2030.",
                        "Product taxes follow their tax base (elasticity {eps}): {avg} %/yr on average to 2030."),
    "sn_price": ("Giá tương đối của {sector} thay đổi {delta} điểm %/năm so với kịch bản (công cụ giá).",
                 "The relative price of {sector} moves {delta} pp a year against the scenario (a price instrument)."),
    "sn_price_bound": ("Giá tương đối của {sector} thay đổi {delta} điểm %/năm: chạm giới hạn ±{band} điểm %/năm.",
                       "The relative price of {sector} moves {delta} pp a year: at its limit of ±{band} pp a year."),
    "sn_after_target": ("Các lộ trình được giải đến {year}, năm của mục tiêu; từ {next} đến {horizon}, mọi ngành giữ "
                        "tốc độ và chỉ số giảm phát của kịch bản.",
                        "The paths are solved to {year}, the targets' year; from {next} to {horizon} every sector "
                        "keeps the scenario's own growth and deflator."),
    "sn_tiny_miss": ("{target} lệch {miss}, nhỏ hơn độ chính xác hiển thị: không đổi lộ trình để bù.",
                     "{target} is off by {miss}, less than the precision shown: no path was changed to buy it."),
    "fr_cli": ("{name}: tăng trưởng bình quân 2021–2030 cao nhất (%/năm) theo từng mức trần của bội số GRDP 2030 "
               "(giá hiện hành, so với 2020); tốc độ ngành năm đầu, %/năm",
               "{name}: the highest average growth 2021–2030 (%/yr) under each cap on the 2030 GRDP multiple "
               "(current prices, against 2020); sectors' first-year rates, %/yr"),
    "fri_cli": ("{name}: tăng trưởng bình quân 2021–2030 cao nhất (%/năm) theo từng mức trần vốn đầu tư toàn xã hội (% GRDP "
                "mỗi năm đến 2030, ICOR 7); tốc độ ngành năm đầu, %/năm",
                "{name}: the highest average growth 2021–2030 (%/yr) under each cap on total social investment (% of "
                "GRDP a year to 2030, ICOR 7); sectors' first-year rates, %/yr"),
    "sv_notes": ("Cần biết trước khi áp dụng", "Before you apply"),
    "sv_none": ("Chọn ít nhất một mục tiêu và một ngành.", "Choose at least one target and one sector."),
    "sv_error": ("Không giải được:", "Cannot solve:"),
    "solve_horizon": ("Bộ giải cần năm cuối dự báo từ 2030 trở đi (hiện là {h}).",
                      "The solver needs a horizon of 2030 or later (now {h})."),
    "solve_actual": ("Năm 2030 đã là năm thực tế: không còn gì để giải.", "2030 is an actual year: nothing to solve."),
    "sev_info": ("Thông tin", "Info"), "sev_warning": ("Lưu ý", "Warning"), "sev_conflict": ("Mâu thuẫn", "Conflict"),
    "col_binding": ("Ràng buộc", "Binding"), "col_mult": ("Chi phí biên", "Multiplier"), "col_met": ("Đạt", "Met"),
    "req_scenario": ("Kịch bản hiện tại", "Current scenario"), "req_all": ("Tất cả mục tiêu cùng lúc", "All targets together"),
    "req_holds": ("Đạt được", "Reachable"),
    # ---- compare ------------------------------------------------------------------------------
    "cmp_pick": ("Các kịch bản so sánh", "Scenarios to compare"),
    # the scenario on screen by its title, "(đã chỉnh)" only once it was changed: "Current
    # (edited) scenario" named a file opened and left as it was
    "cmp_current": ("Đang mở: {title}", "Open now: {title}"),
    "cmp_changed": ("{other}: những gì khác với «{first}»", "{other}: what differs from “{first}”"),
    "cmp_same": ("Giống hệt «{first}».", "Identical to “{first}”."),
    "cmp_table": ("Chỉ tiêu chính năm 2030", "Key indicators in 2030"),
    "cmp_legend": ("Ký hiệu cột: {items}. «Δ B−A» là B trừ A.", "Column keys: {items}. “Δ B−A” is B minus A."),
    "cmp_too_many": ("So sánh nhiều nhất {n} kịch bản cùng lúc (mỗi kịch bản một màu trên biểu đồ): bỏ chọn một kịch bản "
                     "để chọn kịch bản khác.",
                     "At most {n} scenarios compared at once (one colour each on the charts): untick one to pick another."),
    "cmp_link_many": ("Đường dẫn chọn {k} kịch bản; chỉ so sánh {n} kịch bản đầu (mỗi kịch bản một màu trên biểu đồ).",
                      "The link picks {k} scenarios; only the first {n} are compared (one colour each on the charts)."),
    "cmp_keys": ("Ký hiệu cột: {items}.", "Column keys: {items}."),
    "cmp_missing": ("Đường dẫn có kịch bản không có trong kho kịch bản này: {names} (có thể được lưu ở máy khác); "
                    "xin người gửi tệp .toml rồi tải lên ở thanh bên.",
                    "The link names scenarios this workspace does not hold: {names} (saved on another machine, "
                    "perhaps); ask the sender for the .toml file and upload it in the sidebar."),
    "cmp_need_two": ("Chọn ít nhất hai kịch bản.", "Choose at least two scenarios."),
    "cmp_short": ("Kịch bản {name} kết thúc năm {h}, trước 2030: cột của nó để trống («—»).",
                  "Scenario {name} ends in {h}, before 2030: its column is left empty (“—”)."),
    "cmp_row_grdp_nominal_bn": ("GRDP giá hiện hành 2030 (tỷ đồng)", "GRDP 2030, current prices (billion VND)"),
    "cmp_row_grdp_real_bn": ("GRDP giá so sánh 2010, năm 2030 (tỷ đồng)", "GRDP 2030, constant 2010 prices (billion VND)"),
    "cmp_row_grdp_growth_avg": ("Tăng trưởng bình quân 2021–2030 (%/năm)", "Average growth 2021–2030 (%/yr)"),
    "cmp_row_grdp_multiple": ("GRDP 2030 gấp lần 2020 (giá hiện hành)", "GRDP 2030 ÷ 2020 (current prices)"),
    "cmp_row_grdp_per_capita": ("GRDP bình quân đầu người 2030 (triệu đồng)", "GRDP per capita 2030 (million VND)"),
    "cmp_row_share": ("Tỷ trọng {sector} 2030 (%)", "{sector} share 2030 (%)"),
    "cmp_reference": ("So với kịch bản (tham chiếu)", "Against (the reference)"),
    "cmp_reference_help": ("Cột A của bảng 2030 và gốc của mọi chênh lệch Δ và mọi phân tích «vì sao khác nhau».",
                           "Column A of the 2030 table, and the base of every Δ and every “why they differ”."),
    "cmp_row_share_manufacturing": ("Tỷ trọng chế biến, chế tạo 2030 (%)", "Manufacturing share 2030 (%)"),
    # ---- attribution of a difference (model.attribution) -----------------------------------------
    "at_title": ("Vì sao khác nhau: phân rã chênh lệch năm 2030", "Why they differ: the 2030 difference, split"),
    "at_note": ("Chênh lệch {b} − {a} của mỗi chỉ tiêu năm 2030 được chia chính xác cho từng giả định đã thay đổi "
                "(giá trị Shapley: trung bình ảnh hưởng của giả định đó theo mọi thứ tự thay đổi; cộng lại đúng bằng "
                "tổng chênh lệch).",
                "The difference {b} − {a} in each 2030 outcome, split exactly among the assumptions that changed "
                "(Shapley values: each assumption's effect averaged over every order of change; they add up to the "
                "total difference)."),
    "at_note_sequential": ("Có hơn {n} giả định thay đổi: phân rã theo thứ tự cố định (khung thời gian, dân số, tăng "
                           "trưởng, giảm phát, tỷ trọng chế biến, dự án), mỗi giả định tính khi các giả định trước đã đổi.",
                           "More than {n} assumptions changed: split in a fixed order (frame, population, growth, "
                           "deflators, manufacturing weight, projects), each with those before it already changed."),
    "at_outcome": ("Chỉ tiêu", "Outcome"), "at_factor": ("Giả định thay đổi", "Changed assumption"),
    "at_total": ("Tổng chênh lệch", "Total difference"), "at_start": ("{a}", "{a}"), "at_end": ("{b}", "{b}"),
    "at_chart": ("{outcome}: từ {a} đến {b}", "{outcome}: from {a} to {b}"),
    "at_none": ("Hai kịch bản có cùng giả định: không có chênh lệch để phân rã.",
                "The two scenarios make the same assumptions: no difference to split."),
    "at_short": ("Một kịch bản kết thúc trước 2030: không phân rã được.",
                 "One of the two scenarios ends before 2030: nothing to split."),
    "af_frame": ("Khung thời gian (năm cuối, năm thực tế)", "Frame (horizon, last actual year)"),
    "af_population": ("Tăng dân số", "Population growth"),
    "af_growth": ("{sector} — tăng trưởng", "{sector} — growth"),
    "af_inflation": ("{sector} — giảm phát", "{sector} — deflator"),
    "af_manufacturing": ("Tỷ trọng chế biến, chế tạo trong CN-XD", "Manufacturing share of industry-construction"),
    "tbl_attribution": ("Phân rã chênh lệch", "Attribution"),
    # ---- workspace ----------------------------------------------------------------------------
    "ws_intro": ("Kho kịch bản: các kịch bản đã đặt tên, lưu thành tệp TOML trong thư mục {folder}.",
                 "The workspace: named scenarios, saved as TOML files in the folder {folder}."),
    "ws_save_title": ("Lưu kịch bản đang chỉnh", "Save the current scenario"),
    "ws_name": ("Tên tệp (không dấu)", "File name (letters, digits, _ or -)"),
    "ws_title_vi": ("Tên kịch bản (tiếng Việt)", "Title (Vietnamese)"),
    "ws_desc_vi": ("Mô tả (tiếng Việt)", "Description (Vietnamese)"),
    "ws_desc_en": ("Mô tả (tiếng Anh)", "Description (English)"),
    "ws_desc_help": ("Để trống thì tệp ghi danh sách thay đổi so với kịch bản đã mở (dòng chữ mờ trong ô).",
                     "Left empty, the file records the changes from the scenario opened (the grey text in the box)."),
    "ws_desc_from": ("Từ «{title}»:", "From “{title}”:"),
    "os_exists": ("{path}: đã có một tệp mang tên này ở chỗ cần một thư mục; chọn tên khác",
                  "{path}: a file of this name is where a folder is needed; choose another name"),
    "os_notdir": ("{path}: ở chỗ cần một thư mục lại là một tệp (tại đây hoặc ở một cấp trên); chọn đường dẫn khác",
                  "{path}: a file stands where a folder is needed (here or further up); choose another path"),
    "os_isdir": ("{path}: là một thư mục ở chỗ cần ghi một tệp; đổi tên thư mục đó hoặc ghi vào chỗ khác",
                 "{path}: a folder is where a file is to be written; rename that folder or write elsewhere"),
    "os_access": ("{path}: không có quyền ghi vào đây; chọn thư mục khác hoặc xin quyền ghi",
                  "{path}: no permission to write here; choose another folder or ask for write access"),
    "os_readonly": ("{path}: ổ đĩa chỉ cho đọc; chọn thư mục trên ổ khác",
                    "{path}: the disk is read-only; choose a folder on another disk"),
    "os_space": ("{path}: ổ đĩa đã đầy; giải phóng chỗ trống hoặc chọn ổ khác",
                 "{path}: the disk is full; free some space or choose another disk"),
    "os_missing": ("{path}: không tìm thấy; kiểm tra lại đường dẫn", "{path}: not found; check the path"),
    "os_long": ("{path}: tên quá dài; chọn tên ngắn hơn", "{path}: the name is too long; choose a shorter one"),
    "os_other": ("{path}: không ghi hoặc đọc được ({reason})", "{path}: cannot be written or read ({reason})"),
    "ws_desc_more": ("… và {n} thay đổi khác", "… and {n} more"),
    "ws_err_title": ("Cần có tên kịch bản (tiếng Việt); nhập tên vào ô «Tên kịch bản (tiếng Việt)».",
                     "The Vietnamese title is needed; type one in “Title (Vietnamese)”."),
    "ws_title_en": ("Tên kịch bản (tiếng Anh, không bắt buộc)", "Title (English, optional)"),
    "ws_save": ("Lưu vào kho", "Save to the workspace"),
    "ws_saved": ("Đã lưu {name}.", "Saved {name}."),
    "ws_exists": ("Trong kho đã có {name} với nội dung khác. Ghi đè, hay giữ cả hai (lưu thành {alt})?",
                  "The workspace already holds a different {name}. Overwrite it, or keep both (save as {alt})?"),
    "ws_overwrite": ("Ghi đè {name}", "Overwrite {name}"), "ws_keep_both": ("Giữ cả hai", "Keep both"),
    "ws_cancel": ("Hủy", "Cancel"),
    "ws_list": ("Các kịch bản trong kho", "Scenarios in the workspace"),
    "ws_empty": ("Kho chưa có kịch bản nào. Lưu kịch bản đang chỉnh ở trên, hoặc tải một tệp lên.",
                 "The workspace is empty. Save the current scenario above, or upload a file."),
    "ws_col_name": ("Tên tệp", "File"), "ws_col_title": ("Tên kịch bản", "Title"),
    "ws_col_date": ("Lưu lúc", "Saved"), "ws_col_changes": ("Khác kịch bản cơ sở", "Differs from the baseline"),
    "ws_n_changes": ("{n} giả định", "changed: {n}"),
    "ws_pick": ("Chọn kịch bản", "Choose a scenario"),
    "ws_load": ("Mở để chỉnh", "Open for editing"), "ws_loaded": ("Đã mở {name}.", "Opened {name}."),
    "ws_rename_to": ("Tên mới", "New name"), "ws_rename": ("Đổi tên", "Rename"),
    "ws_renamed": ("Đã đổi tên {old} thành {new}.", "Renamed {old} to {new}."),
    "ws_download": ("Tải tệp {name}.toml (để gửi người khác)", "Download {name}.toml (to send to a colleague)"),
    "ws_duplicate": ("Nhân bản", "Duplicate"), "ws_duplicated": ("Đã nhân bản thành {new}.", "Duplicated as {new}."),
    "ws_delete": ("Xóa", "Delete"), "ws_delete_confirm": ("Tôi chắc chắn muốn xóa {name}", "Yes, delete {name}"),
    "ws_deleted": ("Đã xóa {name}.", "Deleted {name}."),
    "ws_delete_need": ("Đánh dấu ô xác nhận trước khi xóa.", "Tick the confirmation box before deleting."),
    "ws_error": ("Không thực hiện được: {msg}", "Could not do it: {msg}"),
    "ws_bad_files": ("Một số tệp trong kho không đọc được và bị bỏ qua:", "Some files in the workspace cannot be read and were skipped:"),
    "ws_err_exists": ("đã có «{name}» trong kho với nội dung khác", "a different '{name}' is already in the workspace"),
    "ws_err_exists_plain": ("đã có «{name}» trong kho; chọn tên khác", "'{name}' already exists; choose another name"),
    "ws_err_missing": ("không có kịch bản «{name}» trong kho", "there is no scenario '{name}' in the workspace"),
    "ws_err_name": ("tên «{name}» không hợp lệ: tên tệp dùng 1–64 chữ cái không dấu, chữ số, '_' hoặc '-', "
                    "không có dấu cách (ví dụ «{hint}»); tiêu đề có dấu ghi ở ô tiêu đề",
                    "the name '{name}' is not valid: a file name holds 1–64 letters without accents, digits, "
                    "'_' or '-', no spaces (e.g. '{hint}'); the title with accents goes in the title box"),
    "ws_err_full": ("kho đã có {max} kịch bản; xóa bớt trước khi lưu thêm",
                    "the workspace holds {max} scenarios already; delete some first"),
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
    "cli_error": ("lỗi", "error"),
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
    "arg_charts": ("{text}: loại tệp biểu đồ là png, svg hoặc png,svg", "{text}: chart file kinds are png, svg or png,svg"),
    "arg_set": ("{text}: không có bộ mục tiêu này; dùng một trong {allowed}",
                "{text}: no such target set; use one of {allowed}"),
    "arg_number": ("{text}: cần một số, ví dụ {example}", "{text}: a number, e.g. {example}"),
    "arg_band": ("{text}: từ {a} đến {b} (khoảng của giả định: {lo}-{hi})",
                 "{text}: between {a} and {b} (the assumption's band: {lo}-{hi})"),
    "arg_share": ("{text}: tỷ lệ so với GRDP trong khoảng 0 đến 1, ví dụ 0,4 (hoặc 0.4) cho 40 %",
                  "{text}: a fraction of GRDP between 0 and 1, e.g. 0.4 (or 0,4) for 40 %"),
    "arg_icor": ("{text}: ICOR từ 1 đến 30, ví dụ 7 hoặc 6,5", "{text}: an ICOR between 1 and 30, e.g. 7 or 6.5"),
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
    "g_vintage": ("Chỉ số giảm phát GRDP {d22} % năm 2022 và {d23} % năm 2023: tổng năm 2022 là số đã điều chỉnh, năm 2023 là "
                  "số ước tính đầu tiên, hai lần công bố không cùng gốc giá (cùng một lần công bố: khoảng +3,4 % và −0,75 %). "
                  "Số thực và tỷ trọng vẫn là số đã công bố.",
                  "The GRDP deflator moves {d22} % in 2022 and {d23} % in 2023: the 2022 total is the revised figure, the "
                  "2023 one the first estimate, and the two releases do not share a price basis (one release would give "
                  "about +3.4 % and −0.75 %). The real figures and shares are the published ones."),
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
    "page_quarterly": ("Theo quý", "Quarterly"),
    "qt_head": ("{name}: tăng trưởng theo quý năm {year} (% so với cùng kỳ; tách quý bằng phương pháp Denton theo tỷ "
                "trọng 6 tháng đầu năm đã công bố, {h} % của cả năm)",
                "{name}: growth by quarter in {year} (% on the same quarter a year before; split by Denton on the "
                "published first-half share, {h} % of the year)"),
    "qt_grdp": ("GRDP", "GRDP"),
    "qt_q1": ("Quý I", "Q1"), "qt_q2": ("Quý II", "Q2"), "qt_q3": ("Quý III", "Q3"), "qt_q4": ("Quý IV", "Q4"),
    "qt_cum1": ("Lũy kế quý I", "Cumulative Q1"), "qt_cum2": ("Lũy kế 6 tháng", "Cumulative 6 months"),
    "qt_cum3": ("Lũy kế 9 tháng", "Cumulative 9 months"), "qt_cum4": ("Cả năm", "Year"),
    "qt_done1": ("quý I", "the first quarter"), "qt_done2": ("6 tháng", "the first half"),
    "qt_done3": ("9 tháng", "nine months"),
    "qt_left1": ("quý II–IV", "Q2–Q4"), "qt_left2": ("quý III–IV", "Q3–Q4"), "qt_left3": ("quý IV", "Q4"),
    # a sentence the way the statistics office writes one: a fall is "giảm 2,00 %", not "tăng -2,00 %",
    # and a year already secured says how far the rest may fall ("phải tăng -7,26 %" read as nonsense)
    "qt_done_up": ("Sau {done} tăng {c} %", "After {c} % in {done}"),
    "qt_done_down": ("Sau {done} giảm {c} %", "After a fall of {c} % in {done}"),
    "qt_done_up_sector": ("{who} sau {done} tăng {c} %", "{who}: after {c} % in {done}"),
    "qt_done_down_sector": ("{who} sau {done} giảm {c} %", "{who}: after a fall of {c} % in {done}"),
    # {g}: the year's target in words ("tăng 8,00 %", "giảm 2,00 %"), {gn} the same signed (English)
    "qt_remaining": ("{after}, để cả năm {year} {g}, {left} phải tăng {need} % so với cùng kỳ "
                     "(lộ trình của kịch bản: {path}).",
                     "{after}, for {gn} % in {year} as a whole, {left} must grow by {need} % on the same "
                     "period a year before (the scenario's path: {path})."),
    "qt_remaining_slack": ("{after}, cả năm {year} vẫn {g} nếu {left} giảm không quá {need} % so với cùng kỳ "
                           "(lộ trình của kịch bản: {path}).",
                           "{after}, {year} as a whole still comes to {gn} % if {left} falls by no more than {need} % on "
                           "the same period a year before (the scenario's path: {path})."),
    # a growth said as the statistics office says it: a fall is "giảm 3,48 %", not "tăng -3,48 %"
    "qt_up": ("tăng {x} %", "{x} %"), "qt_down": ("giảm {x} %", "a fall of {x} %"),
    "qt_link_year": ("Năm trong đường dẫn (qy={value}) không thuộc kịch bản này ({a}–{b}): đang hiện năm {year}.",
                     "The link's year (qy={value}) is not one of this scenario's ({a}–{b}): showing {year}."),
    "qt_link_sector": ("Chỉ tiêu trong đường dẫn (qs={value}) không có; dùng một trong {allowed}: đang hiện GRDP.",
                       "The link's indicator (qs={value}) does not exist; use one of {allowed}: showing GRDP."),
    "qt_year": ("Năm", "Year"),
    "qt_note": ("Tách quý bằng phương pháp Denton (tỷ lệ sai phân bậc nhất, như Sổ tay Tài khoản quốc gia quý của IMF): "
                "bốn quý cộng lại đúng bằng năm; chỉ báo mùa vụ là tỷ trọng 6 tháng đầu năm đã công bố, hai quý trong "
                "mỗi nửa năm bằng nhau và như nhau cho mọi ngành (giả định); ở các năm đã có số liệu, các mức tăng lũy kế "
                "đã công bố được giữ đúng. Nguồn (số dòng trong hatinh_published.csv): {rows}.",
                "Split by Denton (proportional first differences, as in the IMF Quarterly National Accounts Manual): the "
                "four quarters add up to the year exactly; the seasonal indicator is the published first-half share, the "
                "two quarters of a half equal and the same for every sector (assumptions); in the actual years the "
                "published cumulative growth holds exactly. Sources (rows of hatinh_published.csv): {rows}."),
    "src_row": ("{what} (dòng {rows})", "{what} (rows {rows})"),
    "src_row1": ("{what} (dòng {rows})", "{what} (row {rows})"),
    "src_period": ("{period}: {what}", "{period}: {what}"),
    "src_Q1": ("quý I/{y}", "Q1 {y}"), "src_year": ("năm {y}", "{y}"),
    "src_H1": ("6 tháng đầu năm {y}", "H1 {y}"),
    "src_M1-9": ("9 tháng đầu năm {y}", "January–September {y}"),
    "src_grdp_constant2010": ("GRDP giá so sánh 2010", "GRDP at constant 2010 prices"),
    "src_grdp_real_growth": ("tăng trưởng GRDP", "GRDP growth"),
    "src_growth_all": ("tăng trưởng ba khu vực và thuế sản phẩm", "growth of the three sectors and product taxes"),
    "src_growth_some": ("tăng trưởng {sectors}", "growth of {sectors}"),
    "qt_chart": ("Tăng trưởng từng quý năm {year} so với cùng kỳ (%)", "Growth by quarter in {year}, on the same quarter a year before (%)"),
    "qt_axis": ("% so với cùng kỳ", "% on a year before"),
    "qt_bt": ("Kiểm định ngược trên số liệu {years}, chỉ từ số cả năm (không dùng số lũy kế đã công bố): tăng trưởng lũy kế quý I, "
              "6 tháng, 9 tháng theo cách tách này lệch số công bố {g} điểm % với GRDP ({n} số liệu) và {s} điểm % với "
              "từng khu vực ({m} số liệu) (RMSE); quy tắc ngây thơ, lấy luôn tăng trưởng cả năm cho mọi kỳ, "
              "lệch {g0} và {s0}. Các quý dự báo nên đọc với sai số cỡ đó.",
              "Backtest on {years}, from the annual figures alone (no published cumulative figure used): the split's "
              "cumulative growth for the first quarter, half and nine months misses the published figures by {g} points "
              "for GRDP ({n} figures) and {s} points for a sector ({m}) (RMSE); the naive answer, the "
              "year's own growth for every period, misses by {g0} and {s0}. Read a projected quarter with an error of "
              "that size."),
    "qt_bt_none": ("Chưa kiểm định ngược được cách tách quý: số liệu chưa có số tăng trưởng lũy kế nào đã công bố của "
                   "GRDP và của các khu vực.",
                   "The quarterly split cannot be backtested: the record holds no published cumulative growth of "
                   "GRDP and of the sectors."),
    "qt_bt_table": ("Kiểm định ngược: từng số lũy kế đã công bố", "Backtest: each published cumulative figure"),
    "qt_bt_published": ("Đã công bố (%)", "Published (%)"),
    "qt_bt_split": ("Tách quý (%)", "Split (%)"),
    "qt_bt_annual": ("Tăng trưởng cả năm (%)", "The year's growth (%)"),
    "qt_bt_row": ("Dòng", "Row"),
    "qt_bt_period": ("Kỳ", "Period"),
    "dk_quarterly_bt": ("Kiểm định ngược {years}: lũy kế theo cách tách này lệch số công bố {g} điểm % với GRDP.",
                        "Backtest {years}: the split's cumulative growth misses the published figures by {g} points "
                        "for GRDP."),
    "qt_download": ("Tải bảng theo quý (CSV)", "Download the quarterly table (CSV)"),
    "qt_rest": ("Các quý còn lại cần tăng bao nhiêu?", "What must the remaining quarters deliver?"),
    "qt_done_label": ("Đã có số liệu", "Published so far"),
    "qt_done_pct": ("Tăng trưởng lũy kế {done} (%)", "Cumulative growth, {done} (%)"),
    "qt_done_help": ("Số đã công bố nếu có ({src}); gõ số khác để thử.", "The published figure where there is one ({src}); type another to try."),
    "qt_none": ("chưa có", "none yet"),
    "qt_untype": ("Dùng lại số của kịch bản", "Use the scenario's figures again"),
    "qt_untype_help": ("Bỏ số đã gõ cho quý đã qua và mục tiêu năm: hai ô lại theo kịch bản đang xem (số đã công bố nếu có).",
                       "Drop the figures typed for the quarters done and the year's target: the two boxes follow "
                       "the scenario shown again (the published figure where there is one)."),
    "qt_target": ("Mục tiêu cả năm {year} (%)", "Target for {year} (%)"),
    "qt_rest_note": ("{who}, cùng kỳ năm {y} (giá 2010): các quý đã qua {s_m} tỷ đồng, cả năm {s_4} tỷ đồng.",
                     "{who}, the same period of {y} (2010 prices): the quarters done {s_m} billion VND, the year "
                     "{s_4} billion VND."),
    "qt_sector": ("Chỉ tiêu", "For"),
    "qt_sector_help": ("GRDP hoặc một ngành: Nghị quyết 01/NQ-CP yêu cầu kịch bản tăng trưởng theo quý của từng ngành. "
                       "Số lũy kế đã công bố của ngành (nếu có) là giá trị ban đầu của ô.",
                       "GRDP or a sector: Resolution 01/NQ-CP asks for a quarterly growth scenario by sector. The "
                       "sector's published cumulative figure (where there is one) is the box's starting value."),
    "cli_written": ("đã ghi: {files}", "written: {files}"),
    "cli_brief": ("đã ghi {path} (số kịch bản: {n})", "written: {path} (scenarios: {n})"),
    "dk_download": ("Bản trình bày (PPTX)", "Briefing deck (PPTX)"),
    "dk_sub": ("Bản trình bày từ mô phỏng kịch bản Hà Tĩnh 2030 — lập ngày {date}; số liệu cập nhật {vintage}; bộ mục tiêu: {set}.",
               "Briefing from the Hà Tĩnh 2030 scenario simulator — made {date}; data of {vintage}; target set: {set}."),
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
    "dk_quarterly_note": ("Bốn quý cộng lại đúng bằng năm của kịch bản (phương pháp Denton; mùa vụ theo tỷ trọng 6 tháng "
                          "đầu năm đã công bố, {h} % của cả năm; hai quý trong mỗi nửa năm bằng nhau: giả định).",
                          "The four quarters add up to the scenario's year exactly (Denton; the season from the published "
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
    "wb_m_vintage": ("Số liệu cập nhật", "Data vintage"), "wb_m_date": ("Ngày lập", "Date made"),
    "wb_m_version": ("Phiên bản chương trình", "Package version"), "wb_m_units": ("Đơn vị", "Units"),
    "wb_m_units_text": ("tỷ đồng; giá hiện hành hoặc giá so sánh 2010 như ghi ở từng cột; %/năm; điểm %",
                        "billion VND; current or constant 2010 prices as each column says; % a year; percentage points"),
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
    "inv_table_unit": ("Tỷ đồng, giá hiện hành; dòng cuối: tổng cả giai đoạn (tỷ lệ % GRDP: bình quân).",
                       "Billion VND at current prices; last row: the period's total (share of GRDP: the average)."),
    "inv_projects_small": ("Vốn của các dự án có tên: {v} tỷ đồng cả giai đoạn {y0}–{y1}, quá nhỏ để thấy trên biểu đồ.",
                           "The named projects' capital: {v} billion VND over {y0}–{y1}, too small to see on the chart."),
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
    "inv_bought": ("Đầu tư {s} % GRDP mỗi năm với ICOR {k} cho tăng trưởng thực {g} %/năm giai đoạn {y0}–{y1}.",
                   "Investing {s} % of GRDP a year at an ICOR of {k} buys real growth of {g} % a year over {y0}–{y1}."),
    "inv_crowded": ("Vốn của các dự án đã bật vượt {s} % GRDP trong {n} năm ({years}; cao nhất {m} % GRDP năm {y}): "
                    "phần vốn còn lại cho các ngành khác âm, nên tăng trưởng các năm đó giảm. Tăng tỷ lệ vốn đầu tư, "
                    "hoặc lùi hay tắt dự án lớn.",
                    "The switched-on projects' capital exceeds {s} % of GRDP in {n} {n_years} ({years}; at most {m} % of "
                    "GRDP in {y}): what is left for the rest of the economy is negative, so growth falls in those "
                    "years. Raise the share invested, or delay or drop a large project."),
    "inv_apply": ("Dùng lộ trình tăng trưởng này cho kịch bản", "Use this growth path in the scenario"),
    "inv_applied": ("Đã áp dụng lộ trình theo vốn đầu tư.", "Investment-driven path applied."),
    "inv_negative": ("Năm {years}: vốn của các năm trước đã đủ cho tăng trưởng (nhu cầu âm theo độ trễ).",
                     "{years}: earlier years' investment already covers the growth (the lag makes the need negative)."),
    # ---- export -------------------------------------------------------------------------------
    "ex_charts": ("Biểu đồ", "Charts"), "ex_tables": ("Bảng số liệu", "Tables"),
    "ex_xlsx": ("Tất cả bảng (XLSX)", "All tables (XLSX)"),
    "ex_toml": ("Kịch bản (TOML)", "Scenario (TOML)"),
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

STATUS_KEYS = {"met": "met", "missed": "missed", "not_modelled": "not_modelled", "on_track": "on_track",
               "off_track": "off_track", "no_figure": "no_figure"}
GROUP_LABEL = {
    "economy": ("Kinh tế", "Economy"), "structure": ("Cơ cấu", "Structure"),
    "fiscal": ("Ngân sách", "Budget"), "society": ("Xã hội", "Society"),
    "rural": ("Nông thôn mới", "New rural"), "health": ("Y tế", "Health"),
    "environment": ("Môi trường", "Environment"),
}
UNIT_LABEL = {
    "percent_per_year": ("%/năm", "%/yr"), "times": ("lần", "times"), "percent": ("%", "%"),
    "million_vnd_per_person": ("triệu đồng/người", "million VND/person"),
    "percent_of_communes": ("% số xã", "% of communes"), "percent_of_districts": ("% số huyện", "% of districts"),
    "percentage_points_per_year": ("điểm %/năm", "pp/yr"), "per_10000_people": ("/vạn dân", "per 10,000 people"),
    "percent_of_population": ("% dân số", "% of population"), "percent_of_land": ("% diện tích", "% of land"),
    "percent_of_households": ("% số hộ", "% of households"), "rank": ("thứ hạng", "rank"),
    "million_vnd_per_person_year": ("triệu đồng/người/năm", "million VND/person/yr"),
    "billion_usd": ("tỷ USD", "billion USD"),
}


# ---- uncertainty (model.uncertainty, the Uncertainty page, `python -m model risk`) ----------------
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
    "rk_col_low_setting": ("Mức thấp", "Low setting"), "rk_col_low": ("Kết quả (thấp)", "Outcome (low)"),
    "rk_col_high_setting": ("Mức cao", "High setting"), "rk_col_high": ("Kết quả (cao)", "Outcome (high)"),
    "rk_col_range": ("Chênh lệch", "Range"),
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
                      "2017–2025, tương quan thu hẹp về 0 theo Ledoit–Wolf (Schäfer–Strimmer); sai số của "
                      "chính tốc độ trung bình (σ/√n) cũng được mô phỏng. Dự án chưa chạy: triển khai theo xác "
                      "suất trong bảng dự án, chậm 0/1/2 năm với xác suất 50/30/20 % (giả định); giá trị tăng "
                      "thêm theo phân bố tam giác trên biên của dự án. Dân số ±0,2 điểm %/năm (giả định).",
                      "Growth: each sector's growth net of the projects, departures from its 2017–2025 mean, "
                      "correlations shrunk towards zero (Ledoit–Wolf, Schäfer–Strimmer); the error of the mean "
                      "rate itself (σ/√n) is drawn too. Projects not yet running go ahead with the projects "
                      "table's probability and slip 0/1/2 years with probabilities 50/30/20 % (an assumption); "
                      "value added is triangular on each project's band. Population ±0.2 pp a year (an "
                      "assumption)."),
    "rk_coverage": ("Dải quạt có đúng không? Kiểm định ngược 2019–2024", "Were the fans right? A backtest from 2019–2024"),
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
    "rk_short_horizon": ("Xác suất cần kịch bản đến ít nhất năm 2030.", "Probabilities need a horizon of 2030 or later."),
    "rk_compare": ("Xác suất đạt chỉ tiêu (mô phỏng ngẫu nhiên)", "Probability of meeting the targets (stochastic simulation)"),
    "rk_scorecard_note": ("Cột «Xác suất đạt»: {line} Chi tiết ở trang Rủi ro.",
                          "Column \u201cProbability met\u201d: {line} Details on the Uncertainty page."),
    "rk_bad_number": ("{field}: {why}", "{field}: {why}"),
    "cli_risk_head": ("{name}: xác suất đạt chỉ tiêu 2030 ({line})", "{name}: probability of each 2030 target ({line})"),
    "cli_risk_files": ("Đã ghi {n} tệp vào {out}.", "Wrote {n} files to {out}."),
}
TEXT.update(RISK_TEXT)


FINDINGS: dict[str, tuple[str, str]] = {
    "real_vs_nominal": (
        "Tăng trưởng thực {g} %/năm trong {n} năm nhân quy mô lên {g1n} lần ({g1}^{n} = {g1n}): tăng trưởng thực "
        "trên {g} %/năm cùng quy mô gấp {m_low}–{m_high} lần (giá hiện hành) chỉ cho phép chỉ số giảm phát GRDP "
        "tăng {d_low}–{d_high} %/năm giai đoạn {y0}–{y1}, tăng trưởng thực càng nhanh thì dư địa càng hẹp.",
        "Real growth of {g} % a year for {n} years multiplies GRDP by {g1n} ({g1}^{n} = {g1n}): real growth above "
        "{g} % a year and a {m_low}–{m_high}× nominal multiple leave room for only {d_low} % to {d_high} % a year "
        "of GRDP-deflator inflation over {y0}–{y1}, less the faster real growth is."),
    "remaining_years": (
        "Thực tế {y0}–{last}: tăng trưởng thực {done} %/năm, GRDP giá hiện hành gấp {n_done} lần {base}. Để đạt "
        "mục tiêu, giai đoạn {next}–{y1} phải tăng trưởng thực ít nhất {r_req} %/năm và danh nghĩa {n_lo}–{n_hi} "
        "%/năm, tức chỉ số giảm phát GRDP tăng tối đa {d_hi} %/năm (đúng ở mức tăng trưởng tối thiểu; khoảng "
        "{d_lo} đến {d_hi} %).",
        "Actuals {y0}–{last}: real growth {done} % a year, nominal GRDP {n_done}× {base}. To reach the targets, "
        "{next}–{y1} must deliver real growth of at least {r_req} % a year and nominal growth of {n_lo}–{n_hi} % "
        "a year, so a GRDP deflator rising at most {d_hi} % a year (at exactly the minimum real growth; the "
        "range is {d_lo} % to {d_hi} %)."),
    "scenario_deflator_bad": (
        "Chỉ số giảm phát GRDP của kịch bản tăng {d_sc} %/năm giai đoạn {next}–{y1}, vượt mức tối đa {d_hi} % mà "
        "tăng trưởng trên {g} % và quy mô không quá {m_high} lần cho phép: hai mục tiêu này không thể cùng đạt "
        "với giả định giá của kịch bản.",
        "The scenario's GRDP deflator rises {d_sc} % a year in {next}–{y1}: above the {d_hi} % that >{g} % real "
        "growth and a ≤{m_high}× multiple allow, so those two targets cannot both hold under its inflation "
        "assumptions."),
    "scenario_deflator_ok": (
        "Chỉ số giảm phát GRDP của kịch bản tăng {d_sc} %/năm giai đoạn {next}–{y1}, trong dư địa tối đa {d_hi} %.",
        "The scenario's GRDP deflator rises {d_sc} % a year in {next}–{y1}, within the room of at most {d_hi} %."),
    "per_capita_vs_multiple": (
        "{pc} triệu đồng/người × {pop} nghìn người năm {y1} là {total} tỷ đồng, gấp {m} lần {base}: {where} "
        "khoảng {m_low}–{m_high} lần.",
        "{pc} million VND a person × {pop} thousand people in {y1} is {total} billion VND, {m}× {base}: {where} "
        "the {m_low}–{m_high}× range."),
    "inside": ("trong", "inside"), "outside": ("ngoài", "outside"),
    # set_findings: another set's growth and level targets together
    "set_level_room": (
        "{set}: tăng trưởng thực ít nhất {g} %/năm giai đoạn {next}–{y1} cùng {level} {room} (đúng ở mức tăng "
        "trưởng tối thiểu; thực tế {r0}–{last}: bình quân {d_rec} %/năm). Kịch bản: {d_sc} %/năm, {verdict}",
        "{set}: real growth of at least {g} % a year in {next}–{y1} and {level} {room} (at exactly the least "
        "growth; actuals {r0}–{last}: {d_rec} % a year on average). The scenario: {d_sc} % a year, {verdict}"),
    "slr_level_per_capita": ("GRDP bình quân đầu người {t} triệu đồng năm {y1} (tức {span}; × {pop} nghìn người: "
                             "{n} tỷ đồng)",
                             "GRDP per capita of {t} million VND in {y1} (that is {span}; × {pop} thousand "
                             "people: {n} billion VND)"),
    "slr_level_multiple": ("GRDP giá hiện hành năm {y1} gấp {m} lần {base} ({n} tỷ đồng)",
                           "GRDP at current prices in {y1} {m}× {base} ({n} billion VND)"),
    "slr_room_both": ("cho phép chỉ số giảm phát GRDP tăng từ {lo} đến {hi} %/năm",
                      "leave the GRDP deflator room to rise {lo} to {hi} % a year"),
    "slr_room_low": ("đòi chỉ số giảm phát GRDP tăng ít nhất {lo} %/năm",
                     "need the GRDP deflator to rise at least {lo} % a year"),
    "slr_room_high": ("cho phép chỉ số giảm phát GRDP tăng tối đa {hi} %/năm",
                      "leave the GRDP deflator room to rise at most {hi} % a year"),
    "slr_ok_window": ("trong khoảng đó: với mức giá này, hai mục tiêu cùng đạt khi tăng trưởng thực {window} "
                      "giai đoạn {next}–{y1}; kịch bản tăng {g_sc} %/năm, {where}.",
                      "inside that room: at these prices both hold with real growth of {window} in "
                      "{next}–{y1}; the scenario grows {g_sc} % a year, {where}."),
    # the window with its unit: a level with no upper end read "từ 10,00 trở lên %/năm"
    "slr_window": ("{a}–{b} %/năm", "{a}–{b} % a year"),
    "slr_window_open": ("từ {g} %/năm trở lên", "{g} % a year or more"),
    "slr_in": ("trong khoảng đó", "inside that window"),
    "slr_above": ("nhanh hơn: mục tiêu về quy mô bị vượt quá khoảng của nó", "faster: the level target is passed, "
                  "above its band"),
    "slr_below": ("chậm hơn: chưa đạt mục tiêu tăng trưởng", "slower: short of the growth target"),
    "slr_high": ("cao hơn: với mức giá này, mục tiêu về quy mô bị vượt ngay khi tăng trưởng quá {g_max} %/năm, "
                 "dưới mức {g} % của mục tiêu tăng trưởng; hai mục tiêu không thể cùng đạt nếu giá không tăng "
                 "chậm lại.",
                 "above it: at these prices the level target is passed once growth exceeds {g_max} % a year, "
                 "below the growth target's {g} %; the two cannot both hold unless prices rise more slowly."),
    "slr_low": ("thấp hơn: với mức giá này, mục tiêu về quy mô cần tăng trưởng thực {g_need} %/năm, hơn mức tối "
                "thiểu {g} %.",
                "below it: at these prices the level target needs real growth of {g_need} % a year, more than "
                "the least {g} %."),
    "set_per_capita_vs_multiple": (
        "{set}: GRDP bình quân đầu người {pc} triệu đồng × {pop} nghìn người năm {y1} là {a} tỷ đồng; gấp {m} lần "
        "{base} là {b} tỷ đồng: {verdict}",
        "{set}: GRDP per capita of {pc} million VND × {pop} thousand people in {y1} is {a} billion VND; {m}× {base} "
        "is {b} billion VND: {verdict}"),
    "spm_meet": ("hai mục tiêu gặp nhau ở dân số dự báo.", "the two meet at the projected population."),
    "spm_apart": ("hai mục tiêu không gặp nhau ở dân số dự báo (tăng {g_pop} %/năm); cần {need} nghìn người năm "
                  "{y1} (tăng {g_need} %/năm từ {last}), hoặc đổi một trong hai mục tiêu.",
                  "the two do not meet at the projected population (growing {g_pop} % a year); they need {need} "
                  "thousand people in {y1} ({g_need} % a year from {last}), or one of the two targets changed."),
    "structure_rounding": (
        "Bốn chỉ tiêu cơ cấu cộng lại {sum} % (thiếu {res} điểm phần trăm so với 100 do làm tròn). Nếu đặt đúng "
        "bằng thì không thể cùng đạt; bộ giải mặc định đặt chúng thành khoảng.",
        "The four structure targets sum to {sum} % ({res} pp short of 100: each is rounded). Posed as exact "
        "equalities they cannot all hold; the solver's default poses them as bands."),
    "provincial_plan_rates": (
        "Tốc độ ngành của Quy hoạch tỉnh (giá trị giữa khoảng: nông nghiệp {agr} %, công nghiệp-xây dựng {ind} %, "
        "dịch vụ {srv} %; giả định thuế sản phẩm {tax} % và mọi chỉ số giảm phát 2,50 %/năm) tính từ {base} cho "
        "tăng trưởng GRDP {g_plan} %/năm (mục tiêu: trên {g} %) và cơ cấu {y1} là {shares} % so với mục tiêu "
        "{targets} %.",
        "The Provincial Plan's sector rates (mid-points: agriculture {agr} %, industry-construction {ind} %, "
        "services {srv} %; product taxes {tax} % and all deflators 2.50 % a year assumed) run from {base} give "
        "GRDP growth of {g_plan} % a year (its target: >{g} %) and a {y1} structure of {shares} % against its "
        "own {targets} %."),
}


def noun(n: int, word: str) -> str:
    """An English noun for a count: "1 target", "2 targets" (Vietnamese nouns have no plural:
    its strings leave the field out)."""
    return word if n == 1 else word + "s"


def t(key: str, lang: str = "vi", /, **fields: Any) -> str:
    """The catalogue string ``key`` in ``lang`` ('vi' or 'en'), with ``fields`` filled in."""
    vi, en = TEXT[key]
    s = en if lang == "en" else vi
    return s.format(**fields) if fields else s


def project_status(status: str, lang: str = "vi") -> str:
    """A project's status in words ('đang xây dựng'); an unknown one (a user's own) as given."""
    key = "pjs_" + "_".join(status.replace("/", " ").replace("-", " ").split())
    return t(key, lang) if key in TEXT else (status or "—")


def workspace_error_text(err, lang: str = "vi") -> str:
    """A `model.workspace.WorkspaceError` in words."""
    return t(f"ws_err_{err.code}", lang, **{k: v for k, v in err.params.items()})


# The operating system's refusals a planner meets when a file is written (the workspace, --out,
# a deck), by errno: its own words are English ("File exists") and say no fix.
_OS_ERRORS = {errno.EEXIST: "os_exists", errno.ENOTDIR: "os_notdir", errno.EISDIR: "os_isdir",
              errno.EACCES: "os_access", errno.EPERM: "os_access", errno.EROFS: "os_readonly",
              errno.ENOSPC: "os_space", errno.EDQUOT: "os_space", errno.ENOENT: "os_missing",
              errno.ENAMETOOLONG: "os_long"}


def os_error_text(err: OSError, lang: str = "vi") -> str:
    """An `OSError` in words: the path, what is wrong and what to do; one the catalogue does not
    know, with the system's own reason."""
    # a rename or link names its target second: the file the planner asked for, not the
    # temporary one it was written to first (`model.scenario.files.write_atomic`)
    path = next((f for f in (err.filename2, err.filename) if f is not None), "")
    key = _OS_ERRORS.get(err.errno)
    return t(key, lang, path=path) if key else t("os_other", lang, path=path, reason=err.strerror or str(err))


def field_label(field: str, lang: str = "vi", names: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A scenario field path in words: 'sectors.services.growth' → 'Dịch vụ — tăng trưởng';
    'projects.<id>' → 'Dự án: <its name>' (``names``: (vi, en) names of projects a scenario
    defines itself, `model.projects.defined_names`; else the shipped table's)."""
    key = f"field_{field}"
    if key in TEXT:
        return t(key, lang)
    if field.startswith("projects."):
        from ..projects import load_projects

        pid = field[len("projects."):]
        p = load_projects().get(pid)
        vi, en = (names or {}).get(pid) or ((p.name_vi, p.name_en) if p is not None else (pid, pid))
        return t("pj_field", lang, name=en if lang == "en" and en else vi)
    _, sector, kind = field.split(".")
    return f"{sector_label(sector, lang, short=True)} — {t('kind_' + kind, lang)}"


def setting_label(path: str, lang: str = "vi", names: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A flattened scenario setting (the workbook's assumptions, one row a value) in words:
    'sectors.services.growth.2027' → 'Dịch vụ — tăng trưởng, năm 2027'; 'projects.<id>.delay' →
    'Dự án: <its name> — số năm chậm' (``names``: as `field_label`'s); 'solve.…' → 'Yêu cầu giải
    mục tiêu: …'; the path itself where there are no words for it."""
    parts = path.split(".")
    year = parts[-1] if len(parts) > 1 and parts[-1].isdigit() and len(parts[-1]) == 4 else None
    base = ".".join(parts[:-1]) if year else path
    suffix = t("set_year", lang, year=year) if year else ""
    if f"field_{base}" in TEXT:
        return t(f"field_{base}", lang) + suffix
    if base.startswith("meta.answers."):
        from .. import registry

        tid = base[len("meta.answers."):]
        return t("set_answer", lang, name=target_name(tid, lang) if tid in registry.all_ids() else tid)
    # the Workspace form's words where they are the same
    key = {"meta.title_vi": "ws_title_vi", "meta.description": "ws_desc_vi",
           "meta.description_en": "ws_desc_en"}.get(base, f"set_{base.replace('.', '_')}")
    if key in TEXT:
        return t(key, lang) + suffix
    if len(parts) >= 3 and parts[0] == "sectors" and parts[1] in SECTOR_TEXT and f"kind_{parts[2]}" in TEXT:
        return field_label(".".join(parts[:3]), lang) + suffix
    if len(parts) >= 3 and parts[0] == "projects":
        key = f"set_project_{parts[2]}"
        if parts[2] == "sources" and len(parts) == 4 and parts[3] in ("state", "nonstate", "fdi"):
            what = t("set_project_sources", lang, source=t(f"set_source_{parts[3]}", lang))
        else:
            what = t(key, lang) + suffix if key in TEXT else ".".join(parts[2:])
        return f"{field_label('.'.join(parts[:2]), lang, names)} — {what}"
    if parts[0] == "solve":
        return t("set_solve", lang, what=_solve_words(parts[1:], lang))
    return path


# a [solve] key the Solve page labels: its label there, in lower case after the colon
_SOLVE_KEYS = {"targets": "sv_targets", "free": "sv_free", "method": "sv_method", "approx": "sv_approx",
               "smoothness": "sv_smooth", "prices": "set_sv_prices", "investment_cap": "sv_invest_cap",
               "taxes": "set_sv_taxes"}


def _solve_words(rest: list[str], lang: str) -> str:
    """The words for a ``solve.…`` path's tail ('bounds.services.min' → 'Dịch vụ: giới hạn tăng
    trưởng, thấp nhất (tỷ lệ/năm)'); the tail itself where there are none."""
    from .. import registry

    if len(rest) == 1 and rest[0] in _SOLVE_KEYS:
        words = t(_SOLVE_KEYS[rest[0]], lang)
        return words if words[1:2].isupper() else words[:1].lower() + words[1:]
    if len(rest) == 3 and rest[0] == "bounds" and rest[1] in SECTOR_TEXT and rest[2] in ("min", "max"):
        side = t(f"set_sv_{rest[2]}", lang)
        return f"{sector_label(rest[1], lang, short=True)} — {t('set_sv_bound', lang, side=side)}"
    if len(rest) == 2 and rest[0] == "priorities" and rest[1] in registry.all_ids():
        return t("set_sv_priority", lang, name=target_name(rest[1], lang))
    return ".".join(rest)


def status_label(code: str, lang: str = "vi") -> str:
    return t(STATUS_KEYS[code], lang)


def group_label(code: str, lang: str = "vi") -> str:
    return GROUP_LABEL.get(code, (code, code))[1 if lang == "en" else 0]


def unit_label(code: str, lang: str = "vi") -> str:
    return UNIT_LABEL.get(code, (code, code))[1 if lang == "en" else 0]


def all_entries() -> Mapping[str, tuple[str, str]]:
    """Every catalogue entry (for the tests that check both languages are there)."""
    out: dict[str, tuple[str, str]] = dict(TEXT)
    out.update({f"issue.{k}": v for k, v in ISSUES.items()})
    out.update({f"finding.{k}": v for k, v in FINDINGS.items()})
    out.update({f"group.{k}": v for k, v in GROUP_LABEL.items()})
    out.update({f"unit.{k}": v for k, v in UNIT_LABEL.items()})
    out.update({f"sector.{k}": (v[0], v[2]) for k, v in SECTOR_TEXT.items()})
    return out


PERIOD_RE = re.compile(r"(\d{4})(Q1|H1|M1-9)")   # the published table's periods within a year


def period_text(period: str, lang: str = "vi") -> str:
    """A period of the published table in words: "2024Q1" → "quý I/2024" ("Q1 2024"), "2025H1"
    → "6 tháng đầu năm 2025", "2018" → "năm 2018" ("2018"); another as the file writes it."""
    m = PERIOD_RE.fullmatch(period)
    if m is not None:
        return t(f"src_{m[2]}", lang, y=m[1])
    return t("src_year", lang, y=period) if re.fullmatch(r"\d{4}", period) else period


@lru_cache(maxsize=1)
def _target_names() -> dict[str, tuple[str, str]]:
    """id → (Vietnamese, English) indicator of every set's targets (the shipped table, read once:
    a frame indexed afresh for each name cost the Scorecard's probabilities 2 ms a run)."""
    from ..data import load_solver_targets

    tg = load_solver_targets()
    return {i: (str(vi), str(en)) for i, vi, en in zip(tg["id"], tg["indicator_vi"], tg["indicator_en"])}


def target_name(tid: str, lang: str) -> str:
    """A target's (or constraint's) indicator as the tables print it, in ``lang``; the id if unknown."""
    names = _target_names().get(tid)
    return tid if names is None else names[0 if lang == "vi" else 1]


_PRINTED = {"gt": "> {lo}", "ge": "≥ {lo}", "le": "≤ {lo}", "range": "{lo}–{hi}", "approx": "≈ {lo}"}


def printed_target(comparator: str, low: float, high: float, lang: str = "vi") -> str:
    """A target as printed: '> 9', '2,5–3' (Vietnamese) or '2.5–3' (English), '≈ 60,3'."""
    return _PRINTED[comparator].format(lo=fmt.plain(low, lang), hi=fmt.plain(high, lang))


def target_unit(target_id: str, lang: str = "vi") -> str:
    """The unit a target's value is in, in words: "%/năm", "lần", "triệu đồng/người"."""
    return unit_label(solver_target_unit(target_id), lang)


def factor_label(fid: str, lang: str = "vi", names: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A `model.attribution.Factor` id in words: 'growth.services' → 'Dịch vụ — tăng trưởng'.
    ``names``: (vi, en) names of projects a scenario defines itself."""
    kind, _, subject = fid.partition(".")
    if kind in ("growth", "inflation"):
        return t(f"af_{kind}", lang, sector=sector_label(subject, lang, short=True))
    if kind == "project":
        return field_label(f"projects.{subject}", lang, names)
    return t(f"af_{kind}", lang)
