"""Display strings of the app, Vietnamese first, English second. Pure data: no Streamlit here.

``t(key, lang)`` returns the string; a missing English string falls back to Vietnamese, and a
missing key raises (so a typo fails in the tests, not in a meeting).
"""

from __future__ import annotations

from .sectors import label

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("Mô phỏng kịch bản tăng trưởng Hà Tĩnh 2030", "Hà Tĩnh 2030 growth scenario simulator"),
    "app_subtitle": ("Chương trình hành động thực hiện Nghị quyết 26-NQ/TW: GRDP, cơ cấu và 33 chỉ tiêu đến 2030",
                     "Action programme for Resolution 26-NQ/TW: GRDP, structure and 33 targets to 2030"),
    "language": ("Ngôn ngữ / Language", "Ngôn ngữ / Language"),
    "page": ("Trang", "Page"),
    "page_scorecard": ("Tổng quan", "Scorecard"),
    "page_growth": ("Tăng trưởng", "Growth"),
    "page_structure": ("Cơ cấu", "Structure"),
    "page_contributions": ("Đóng góp", "Contributions"),
    "page_solve": ("Giải mục tiêu", "Solve"),
    "page_compare": ("So sánh", "Compare"),
    "page_export": ("Xuất", "Export"),
    "scenario": ("Kịch bản", "Scenario"),
    "uploaded": ("Tệp tải lên", "Uploaded file"),
    "upload": ("Tải kịch bản (TOML)", "Upload a scenario (TOML)"),
    "upload_bad": ("Tệp kịch bản không hợp lệ; giữ nguyên các thiết lập hiện tại:",
                   "The scenario file is not valid; your current settings are kept:"),
    "upload_ok": ("Đã tải kịch bản", "Loaded scenario"),
    "url_bad": ("Một số tham số trên đường dẫn không hợp lệ và đã được bỏ qua:",
                "Some link parameters are not valid and were ignored:"),
    "url_uploaded": ("Đường dẫn trỏ tới một tệp tải lên không còn trong phiên: dùng kịch bản cơ sở.",
                     "The link points to an uploaded file that is no longer in this session: using the baseline."),
    "assumptions": ("Giả định", "Assumptions"),
    "horizon": ("Năm cuối dự báo", "Horizon (last projected year)"),
    "last_actual": ("Năm thực tế cuối cùng", "Last actual year"),
    "population": ("Tăng dân số (%/năm)", "Population growth (%/yr)"),
    "growth": ("Tăng trưởng thực (%/năm)", "Real growth (%/yr)"),
    "inflation": ("Chỉ số giảm phát (%/năm)", "Deflator change (%/yr)"),
    "ramp": ("Thay đổi tuyến tính đến năm cuối", "Linear ramp to the horizon"),
    "ramp_end": ("Giá trị năm cuối (%/năm)", "Value in the horizon year (%/yr)"),
    "path_note": ("Lộ trình từng năm (từ bộ giải hoặc tệp):", "Year-by-year path (from the solver or the file):"),
    "path_clear": ("Bỏ lộ trình, dùng tốc độ cố định", "Drop the path, use a constant rate"),
    "changes": ("Khác với kịch bản gốc", "Differs from the loaded scenario"),
    "no_changes": ("Chưa thay đổi giả định nào.", "No assumption changed."),
    "save": ("Lưu kịch bản (TOML)", "Save scenario (TOML)"),
    "reset": ("Khôi phục kịch bản gốc", "Reset to the loaded scenario"),
    "source": ("Nguồn: Cục Thống kê Hà Tĩnh và báo cáo tỉnh (thực tế đến {last}); dự báo: kịch bản «{title}».",
               "Source: Hà Tĩnh Statistics Office and provincial reports (actual to {last}); projection: scenario “{title}”."),
    "met": ("Đạt", "Met"), "missed": ("Chưa đạt", "Missed"), "not_modelled": ("Chưa mô hình hóa", "Not modelled"),
    "col_indicator": ("Chỉ tiêu", "Indicator"), "col_group": ("Nhóm", "Group"),
    "col_value": ("Kịch bản 2030", "Scenario 2030"), "col_target": ("Mục tiêu", "Target"),
    "col_gap": ("Chênh lệch", "Gap"), "col_unit": ("Đơn vị", "Unit"), "col_status": ("Trạng thái", "Status"),
    "sc_counts": ("{met} đạt · {missed} chưa đạt · {nm} chưa mô hình hóa (trên 33 chỉ tiêu)",
                  "{met} met · {missed} missed · {nm} not modelled (of 33 targets)"),
    "sc_note": ("Chênh lệch = giá trị trừ mục tiêu (cận gần nhất của khoảng). Mục tiêu «≈» được coi là đạt trong "
                "±0,5 điểm % (tỷ trọng) hoặc ±5 % (GRDP/người): giả định. Bốn chỉ tiêu cơ cấu công bố cộng lại 99,94 % "
                "(làm tròn); so sánh không điều chỉnh.",
                "Gap = value minus the target (the nearest bound of a range). “≈” targets count as met within "
                "±0.5 pp (shares) or ±5 % (per capita): an assumption. The four published structure targets sum to "
                "99.94 % (rounding); compared unscaled."),
    "m_growth": ("Tăng trưởng BQ 2021–2030", "Average growth 2021–2030"),
    "m_multiple": ("GRDP 2030 / 2020 (giá hiện hành)", "GRDP 2030 / 2020 (current prices)"),
    "m_per_capita": ("GRDP/người 2030 (triệu đồng)", "GRDP per capita 2030 (million VND)"),
    "m_industry": ("Tỷ trọng CN-XD 2030", "Industry-construction share 2030"),
    "target_word": ("mục tiêu", "target"),
    "g_nominal": ("GRDP giá hiện hành (nghìn tỷ đồng)", "GRDP at current prices (trillion VND)"),
    "g_real": ("GRDP giá so sánh 2010 (nghìn tỷ đồng)", "GRDP at constant 2010 prices (trillion VND)"),
    "g_growth": ("Tăng trưởng GRDP thực (%/năm)", "Real GRDP growth (%/yr)"),
    "g_band": ("Mục tiêu 2030: gấp 2,5–3 lần 2020", "2030 target: 2.5–3 × 2020"),
    "g_path9": ("Tăng 9 %/năm từ 2020", "9 % a year from 2020"),
    "actual": ("Thực tế / ước tính", "Actual / estimate"), "projection": ("Dự báo", "Projection"),
    "year": ("Năm", "Year"), "series": ("Chuỗi", "Series"),
    "s_share": ("Tỷ trọng trong GRDP giá hiện hành (%)", "Share of GRDP at current prices (%)"),
    "s_target": ("Mục tiêu 2030", "2030 target"), "sector": ("Ngành", "Sector"),
    "c_contrib": ("Đóng góp vào tăng trưởng GRDP (điểm phần trăm)", "Contribution to GRDP growth (percentage points)"),
    "c_table": ("Đóng góp (điểm %) và tăng trưởng GRDP (%)", "Contributions (pp) and GRDP growth (%)"),
    "sv_targets": ("Mục tiêu cần đạt", "Targets to reach"),
    "sv_free": ("Ngành được điều chỉnh", "Sectors the solver may move"),
    "sv_method": ("Dạng lộ trình", "Path form"),
    "sv_constant": ("Không đổi", "Constant"), "sv_ramp": ("Tuyến tính", "Linear ramp"), "sv_free_path": ("Từng năm", "Year by year"),
    "sv_approx": ("Mục tiêu «≈»", "“≈” targets"),
    "sv_band": ("Trong khoảng sai số", "Within a tolerance band"), "sv_equal": ("Đúng bằng", "Exactly"),
    "sv_smooth": ("Độ trơn (trọng số thay đổi giữa các năm)", "Smoothness (weight of year-to-year change)"),
    "sv_bounds": ("Giới hạn tăng trưởng (%/năm)", "Growth bounds (%/yr)"),
    "sv_ok": ("Tất cả mục tiêu đã chọn đều đạt được.", "Every chosen target can be met."),
    "sv_bad": ("Không thể đạt đồng thời tất cả mục tiêu; phương án gần nhất:", "The targets cannot all hold; the best compromise:"),
    "sv_conflict": ("Không thể cùng đạt: {items}", "Cannot hold together: {items}"),
    "sv_paths": ("Lộ trình tăng trưởng thực đã giải (%/năm)", "Solved real growth paths (%/yr)"),
    "sv_apply": ("Áp dụng lộ trình này vào kịch bản", "Apply these paths to the scenario"),
    "sv_applied": ("Đã áp dụng lộ trình đã giải.", "Solved paths applied."),
    "sv_table": ("Mục tiêu: giá trị, ràng buộc và chi phí biên", "Targets: value, binding and marginal cost"),
    "sv_mult_note": ("Chi phí biên: mức tăng hàm mục tiêu (điểm %²) khi siết mục tiêu thêm một đơn vị.",
                     "Multiplier: how much the objective (pp²) rises when the target is tightened by one unit."),
    "sv_consistency": ("Tính nhất quán của các mục tiêu", "Consistency of the targets"),
    "sv_required": ("Giai đoạn còn lại phải đạt (tăng trưởng thực bình quân, %/năm)",
                    "What the remaining years must deliver (average real growth, %/yr)"),
    "sv_none": ("Chọn ít nhất một mục tiêu và một ngành.", "Choose at least one target and one sector."),
    "sv_error": ("Không giải được:", "Cannot solve:"),
    "sev_info": (":blue-badge[Thông tin]", ":blue-badge[Info]"),
    "sev_warning": (":orange-badge[Lưu ý]", ":orange-badge[Warning]"),
    "sev_conflict": (":red-badge[Mâu thuẫn]", ":red-badge[Conflict]"),
    "col_binding": ("Ràng buộc", "Binding"), "col_mult": ("Chi phí biên", "Multiplier"), "col_met": ("Đạt", "Met"),
    "cmp_pick": ("Các kịch bản so sánh", "Scenarios to compare"),
    "cmp_current": ("Kịch bản hiện tại", "Current scenario"),
    "cmp_changed": ("Những gì thay đổi so với «{first}»", "What changed against “{first}”"),
    "cmp_same": ("Giống hệt «{first}».", "Identical to “{first}”."),
    "cmp_table": ("Chỉ tiêu chính năm 2030", "Key indicators in 2030"),
    "cmp_delta": ("Δ k−1: chênh lệch của kịch bản thứ k so với kịch bản thứ nhất «{first}».",
                  "Δ k−1: scenario k minus the first scenario, “{first}”."),
    "cmp_need_two": ("Chọn ít nhất hai kịch bản.", "Choose at least two scenarios."),
    "ex_charts": ("Biểu đồ", "Charts"), "ex_tables": ("Bảng số liệu", "Tables"),
    "ex_xlsx": ("Tất cả bảng (XLSX)", "All tables (XLSX)"),
    "ex_toml": ("Kịch bản (TOML)", "Scenario (TOML)"),
    "chart_grdp": ("GRDP và mục tiêu", "GRDP and targets"),
    "chart_structure": ("Cơ cấu kinh tế", "Economic structure"),
    "chart_contributions": ("Đóng góp vào tăng trưởng", "Contributions to growth"),
    "tbl_projection": ("Dự báo", "Projection"), "tbl_targets": ("Chỉ tiêu", "Targets"),
    "tbl_contributions": ("Đóng góp", "Contributions"), "tbl_history": ("Nguồn số liệu", "Data provenance"),
    "tbl_consistency": ("Nhất quán", "Consistency"),
    "horizon_fix": ("Năm cuối dự báo phải sau năm thực tế cuối cùng; dùng {h}.",
                    "The horizon must come after the last actual year; using {h}."),
    "solve_horizon": ("Bộ giải cần năm cuối dự báo từ 2030 trở đi.", "The solver needs a horizon of 2030 or later."),
}

FIELD_KIND = {"growth": ("tăng trưởng", "growth"), "inflation": ("giảm phát", "inflation")}
FIELD_META = {"meta.horizon": ("Năm cuối dự báo", "Horizon"),
              "meta.last_actual_year": ("Năm thực tế cuối cùng", "Last actual year"),
              "population.growth": ("Tăng dân số", "Population growth")}


def t(key: str, lang: str = "vi", **fmt) -> str:
    vi, en = TEXT[key]
    s = en if lang == "en" and en else vi
    return s.format(**fmt) if fmt else s


def field_label(field: str, lang: str = "vi") -> str:
    """A scenario field path in words: 'sectors.services.growth' → 'Dịch vụ — tăng trưởng'."""
    i = 1 if lang == "en" else 0
    if field in FIELD_META:
        return FIELD_META[field][i]
    _, sector, kind = field.split(".")
    return f"{label(sector, lang, short=True)} — {FIELD_KIND[kind][i]}"
