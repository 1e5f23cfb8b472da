"""The catalogue's entries for the Quarterly page, `python -m model quarterly` and the
quarterly split's backtest.
Part of the one catalogue `model.report.strings` holds (see `model.report.catalogue`)."""

TEXT: dict[str, tuple[str, str]] = {
    "page_quarterly": ("Theo quý", "Quarterly"),
    "qt_head": ("{name}: tăng trưởng theo quý năm {year} (% so với cùng kỳ; mỗi quý của năm dự báo tăng bằng tốc độ cả "
                "năm của ngành; các năm thực tế tách bằng phương pháp Denton theo tỷ trọng 6 tháng đầu năm đã công bố, "
                "{h} % của cả năm)",
                "{name}: growth by quarter in {year} (% on the same quarter a year before; each quarter of a projected "
                "year grows at its sector's rate for the year; the actual years split by Denton on the published "
                "first-half share, {h} % of the year)"),
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
    # {g}: the year's target in words ("tăng 8,00 %", "giảm 2,00 %"; "8.00 %", "a fall of 2.00 %": "for -5.00 %"
    # read as a sign slipped in)
    "qt_remaining": ("{after}, để cả năm {year} {g}, {left} phải tăng {need} % so với cùng kỳ "
                     "(lộ trình của kịch bản: {path}){beyond}.",
                     "{after}, for {g} in {year} as a whole, {left} must grow by {need} % on the same "
                     "period a year before (the scenario's path: {path}){beyond}."),
    # a need above what the same quarters delivered in any recent actual year, said in the sentence
    "qt_beyond": ("; cao hơn mức {left} đạt được ở mọi năm {y0}–{y1} (cao nhất: {x} năm {y})",
                  "; more than {left} delivered in any year of {y0}–{y1} (the most: {x} in {y})"),
    "qt_rest_record": ("Cùng kỳ ({left}) các năm {y0}–{y1}, theo các quý của năm thực tế: {values}.",
                       "The same period ({left}) in {y0}–{y1}, from the actual years' quarters: {values}."),
    "qt_rest_year": ("năm {y} {g}", "{y}: {g}"),
    "qt_remaining_slack": ("{after}, cả năm {year} vẫn {g} nếu {left} giảm không quá {need} % so với cùng kỳ "
                           "(lộ trình của kịch bản: {path}).",
                           "{after}, {year} as a whole still comes to {g} if {left} falls by no more than {need} % on "
                           "the same period a year before (the scenario's path: {path})."),
    # the quarters done alone at or past the year's target: "Q4 may fall by no more than 170.28 %"
    # was said, and no level falls by more than all of itself
    "qt_remaining_reached": ("{after}, riêng các quý đã qua đã đạt mục tiêu cả năm {year} ({g}): mục tiêu vẫn đạt "
                             "dù {left} không tạo thêm giá trị nào (lộ trình của kịch bản: {path}).",
                             "{after}, the quarters done alone already reach the target for {year} as a whole "
                             "({g}): it holds even if {left} adds nothing (the scenario's path: {path})."),
    # a growth said as the statistics office says it: a fall is "giảm 3,48 %", not "tăng -3,48 %"
    "qt_up": ("tăng {x} %", "{x} %"), "qt_down": ("giảm {x} %", "a fall of {x} %"),
    "qt_link_year": ("Năm trong đường dẫn (qy={value}) không thuộc kịch bản này ({a}–{b}): đang hiện năm {year}.",
                     "The link's year (qy={value}) is not one of this scenario's ({a}–{b}): showing {year}."),
    "qt_link_sector": ("Chỉ tiêu trong đường dẫn (qs={value}) không có; dùng một trong {allowed}: đang hiện GRDP.",
                       "The link's indicator (qs={value}) does not exist; use one of {allowed}: showing GRDP."),
    "qt_year": ("Năm", "Year"),
    "qt_note": ("Các năm thực tế tách quý bằng phương pháp Denton (tỷ lệ sai phân bậc nhất, như Sổ tay Tài khoản quốc gia "
                "quý của IMF), chỉ trên số liệu thực tế nên như nhau ở mọi kịch bản: bốn quý cộng lại đúng bằng năm; chỉ "
                "báo mùa vụ là tỷ trọng 6 tháng đầu năm đã công bố, hai quý trong mỗi nửa năm bằng nhau và như nhau cho "
                "mọi ngành (giả định); các mức tăng lũy kế đã công bố được giữ đúng. Mỗi quý của năm dự báo bằng cùng quý "
                "năm trước nhân với tốc độ tăng cả năm của ngành: mùa vụ của năm thực tế cuối được giữ, bốn quý cộng lại "
                "đúng bằng năm. Nguồn (số dòng trong hatinh_published.csv): {rows}.",
                "The actual years are split by Denton (proportional first differences, as in the IMF Quarterly National "
                "Accounts Manual), on the actual years alone, so the same under every scenario: the four quarters add up "
                "to the year exactly; the seasonal indicator is the published first-half share, the two quarters of a "
                "half equal and the same for every sector (assumptions); the published cumulative growth holds exactly. "
                "A projected year's quarter is the same quarter a year before grown at its sector's rate for the year: "
                "the last actual year's seasons carry forward, and the quarters add up to the year. Sources (rows of "
                "hatinh_published.csv): {rows}."),
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
    "qt_bt": ("Kiểm định ngược trên số liệu {years}: coi từng năm là năm thực tế cuối cùng, các quý của năm sau (với "
              "tăng trưởng cả năm đúng số công bố) cho tăng trưởng lũy kế quý I, 6 tháng, 9 tháng lệch số công bố {g} điểm "
              "% với GRDP ({n} số liệu) và {s} điểm % với từng khu vực ({m} số liệu) (RMSE; {ga} và {sa} trên mọi năm "
              "sau); quy tắc ngây thơ, lấy luôn tăng trưởng cả năm cho mọi kỳ, lệch {g0} và {s0}, còn cách làm trơn "
              "Denton kéo qua năm thực tế cuối lệch {gd} và {sd}. Các quý dự báo nên đọc với sai số cỡ đó.",
              "Backtest on {years}: taking each year of the record as the last actual one, the next year's quarters (at "
              "its published growth for the year) give cumulative growth for the first quarter, half and nine months "
              "that misses the published figures by {g} points for GRDP ({n} figures) and {s} points for a sector ({m}) "
              "(RMSE; {ga} and {sa} over every later year); the naive answer, the year's own growth for every period, "
              "misses by {g0} and {s0}, and Denton's smoothing carried across the last actual year by {gd} and {sd}. "
              "Read a projected quarter with an error of that size."),
    "qt_bt_none": ("Chưa kiểm định ngược được cách tách quý: số liệu chưa có số tăng trưởng lũy kế nào đã công bố của "
                   "GRDP và của các khu vực.",
                   "The quarterly split cannot be backtested: the record holds no published cumulative growth of "
                   "GRDP and of the sectors."),
    "qt_bt_table": ("Kiểm định ngược: từng số lũy kế đã công bố", "Backtest: each published cumulative figure"),
    "qt_bt_published": ("Đã công bố (%)", "Published (%)"),
    "qt_bt_split": ("Tách quý (%)", "Split (%)"),
    "qt_bt_annual": ("Tăng trưởng cả năm (%)", "The year's growth (%)"),
    "qt_bt_denton": ("Làm trơn Denton (%)", "Denton smoothed (%)"),
    "qt_bt_origin": ("Năm thực tế cuối", "Last actual year"),
    "qt_bt_horizon": ("Số năm sau", "Years ahead"),
    "qt_bt_row": ("Dòng", "Row"),
    "qt_bt_period": ("Kỳ", "Period"),
    "dk_quarterly_bt": ("Kiểm định ngược {years}: năm dự báo đầu tiên, lũy kế theo cách tách này lệch số công bố {g} "
                        "điểm % với GRDP.",
                        "Backtest {years}: in the first projected year, the split's cumulative growth misses the "
                        "published figures by {g} points for GRDP."),
    "qt_download": ("Tải bảng theo quý (CSV)", "Download the quarterly table (CSV)"),
    "qt_download_xlsx": ("Tải bảng theo quý (XLSX)", "Download the quarterly table (XLSX)"),
    "wb_qt_year": ("Năm {year} theo quý", "{year} by quarter"),
    "wb_qt_unit": ("% so với cùng kỳ năm trước (giá so sánh 2010)",
                   "% on the same period a year before (constant 2010 prices)"),
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
}
