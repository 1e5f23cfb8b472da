"""The catalogue's entries for the charts, the Solve page and the solver's outcome, Compare
and the attribution of a difference, and the Workspace.
Part of the one catalogue `model.report.strings` holds (see `model.report.catalogue`)."""

TEXT: dict[str, tuple[str, str]] = {
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
    # the shares are each rounded on its own, as the statistics office rounds the ones it
    # publishes (its 2030 targets sum to 99.94): said, where the contributions are made to add up
    "s_table_rounding": ("Mỗi tỷ trọng được làm tròn riêng, như số liệu công bố, nên tổng bốn tỷ trọng của một năm có "
                         "thể là 99,99 hoặc 100,01 %; số chính xác có trong tệp XLSX và CSV.",
                         "Each share is rounded on its own, as published figures are, so a year's four may add up to "
                         "99.99 or 100.01 %; the exact numbers are in the XLSX and CSV files."),
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
    "sv_conflicts_more": ("Và {n} nhóm khác không thể cùng đạt", "{n} more sets that cannot hold together"),
    "sv_conflict_alone": ("Không thể đạt ngay cả khi đứng riêng: {items}", "Out of reach even alone: {items}"),
    "sv_stopped": ("Bộ giải dừng khi chưa hội tụ; kết quả chỉ để tham khảo.",
                   "The optimiser stopped before converging; treat the result as indicative."),
    "sv_paths": ("Lộ trình tăng trưởng thực đã giải (%/năm)", "Solved real growth paths (%/yr)"),
    "sv_apply": ("Áp dụng lộ trình này vào kịch bản", "Apply these paths to the scenario"),
    "sv_apply_partial": ("Áp dụng lộ trình thỏa hiệp ({k}/{n} mục tiêu đạt) vào kịch bản",
                         "Apply the compromise paths ({k} of {n} targets met) to the scenario"),
    # what a slow cache says while it works (Streamlit's own words were "Running `solve(...)`."): in
    # both languages, since a cache's words are fixed before any page knows its reader's
    "spin_solve": ("Đang giải lộ trình đạt mục tiêu…", "Solving for the targets…"),
    "spin_required": ("Đang tính tăng trưởng từng ngành cần có…", "Working out the growth each sector needs…"),
    "spin_frontier": ("Đang tính đường đánh đổi giữa các mục tiêu…", "Tracing the trade-off between the targets…"),
    "spin_timing": ("Đang thử các thời điểm dự án…", "Trying the project's timing…"),
    "sv_invest_cap": ("Trần vốn đầu tư toàn xã hội (% GRDP mỗi năm)", "Cap on total social investment (% of GRDP a year)"),
    "sv_invest_cap_help": ("Mặc định {cap} %: mức cao nhất trong các năm đã công bố cộng {margin} điểm % (giả định). Gõ 60 hoặc 60,5.",
                           "Default {cap} %: the highest share of the published years plus {margin} pp (an assumption). Type 60 or 60.5."),
    # settings of a solve request that change nothing (`model.solver.idle_settings`; issue 13's
    # "nothing silently"): a file keeps them, and the command line and the Solve page say so
    "idle_cap": ("trần vốn đầu tư {cap} % GRDP ({where}) không giới hạn gì: các mục tiêu cần giải không có "
                 "investment_share ({name}), mục tiêu duy nhất trần này ràng buộc. Muốn dùng trần, thêm "
                 "investment_share vào targets trong [solve] (hoặc --targets).",
                 "the investment cap of {cap} % of GRDP ({where}) bounds nothing: the targets to solve for leave "
                 "out investment_share ({name}), the one target the cap bounds. To use the cap, add "
                 "investment_share to targets in [solve] (or --targets)."),
    "cap_where_flag": ("--investment-cap", "--investment-cap"),
    "cap_where_file": ("investment_cap trong [solve] của tệp", "investment_cap in the file's [solve]"),
    "idle_bounds": ("giới hạn trong [solve.bounds] của {sectors} không giới hạn gì: bộ giải chỉ điều chỉnh {free}. "
                    "Muốn dùng, thêm ngành đó vào free trong [solve] (hoặc --free).",
                    "the bounds in [solve.bounds] for {sectors} bound nothing: the solver moves only {free}. To use "
                    "them, add the sector to free in [solve] (or --free)."),
    "idle_smooth": ("smoothness = {mu} không thay đổi gì với lộ trình không đổi (method = \"constant\"), vốn không "
                    "thay đổi giữa các năm; độ trơn chỉ có tác dụng với method = \"ramp\" hoặc \"free\" (hoặc "
                    "--method).",
                    "smoothness = {mu} changes nothing with constant paths (method = \"constant\"), which do not "
                    "change from year to year; it weighs the year-to-year changes of method = \"ramp\" or \"free\" "
                    "(or --method)."),
    "idle_taxes": ("taxes = \"held\" không thay đổi gì khi product_taxes nằm trong free: bộ giải tự tìm lộ trình của "
                   "thuế sản phẩm.",
                   "taxes = \"held\" changes nothing while product_taxes is in free: the solver finds the product "
                   "taxes' path itself."),
    "idle_approx": ("approx = \"equal\" không thay đổi gì: không mục tiêu nào cần giải có dạng «≈» (approx chỉ quyết "
                    "định đặt chúng trong khoảng sai số hay đúng bằng con số).",
                    "approx = \"equal\" changes nothing: none of the targets to solve for is written “≈” (approx "
                    "only decides whether those are posed within their band or exactly)."),
    "sv_approx_idle": ("Chỉ có tác dụng khi có mục tiêu «≈» được chọn: các mục tiêu đang chọn không có mục tiêu nào như vậy.",
                       "Used only with a “≈” target ticked: none of the targets ticked is one."),
    "sv_cap_unused": ("Trần vốn đầu tư {cap} % GRDP của kịch bản chỉ được dùng khi chọn mục tiêu «{name}».",
                      "The scenario's investment cap, {cap} % of GRDP, is used only with the target “{name}” "
                      "ticked."),
    "sv_idle_bounds": ("Giới hạn đã đặt cho {sectors} được giữ lại và chỉ được dùng khi ngành đó được chọn để điều chỉnh.",
                       "The bounds set for {sectors} are kept, and used only with that sector ticked to move."),
    "sv_smooth_help": ("Càng lớn, lộ trình càng ít thay đổi giữa các năm (so với việc bám sát lộ trình của kịch bản). "
                       "Mặc định 1.",
                       "The larger, the less the paths change from year to year (against keeping close to the "
                       "scenario's own). Default 1."),
    "sv_smooth_idle": ("Chỉ có tác dụng với dạng lộ trình «Tuyến tính» hoặc «Từng năm»: lộ trình «Không đổi» không thay "
                       "đổi giữa các năm.",
                       "Used only with the path form “Linear ramp” or “Year by year”: a “Constant” path does not "
                       "change from year to year."),
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
    "sv_invest": ("Các lộ trình này cần vốn đầu tư toàn xã hội bình quân {c} % GRDP mỗi năm giai đoạn {years} "
                  "(ICOR {k_lo}–{k_hi}: {lo}–{hi} %); các năm đã công bố: {rec}.",
                  "These paths need total social investment of {c} % of GRDP a year on average in {years} "
                  "(ICOR {k_lo}–{k_hi}: {lo}–{hi} %); the published years: {rec}."),
    # one projected year (a horizon the year after the last actual one): no average, no "giai đoạn"
    "sv_invest_one": ("Các lộ trình này cần vốn đầu tư toàn xã hội {c} % GRDP năm {years} "
                      "(ICOR {k_lo}–{k_hi}: {lo}–{hi} %); các năm đã công bố: {rec}.",
                      "These paths need total social investment of {c} % of GRDP in {years} "
                      "(ICOR {k_lo}–{k_hi}: {lo}–{hi} %); the published years: {rec}."),
    # `invest --icor K`: the need at K, after the band's sentence above, over the same years
    "sv_invest_at": ("Ở ICOR {k} đã chọn (các bảng trên): bình quân {c} % GRDP mỗi năm giai đoạn {years}.",
                     "At the ICOR asked, {k} (the tables above): {c} % of GRDP a year on average in {years}."),
    "sv_invest_at_one": ("Ở ICOR {k} đã chọn (các bảng trên): {c} % GRDP năm {years}.",
                         "At the ICOR asked, {k} (the tables above): {c} % of GRDP in {years}."),
    "tm_title": ("Thời điểm dự án: dự án lùi bao lâu thì mục tiêu còn đạt?", "Project timing: how late can a project be?"),
    "tm_note": ("Cùng yêu cầu giải ở trên, với dự án đã chọn vận hành đúng hạn, lùi 1–5 năm, hoặc bỏ: mục tiêu còn đạt "
                "không, và các ngành khác phải tăng bao nhiêu để bù (chi phí J, điểm %²).",
                "The same request as above, with the chosen project on time, 1–5 years late, or dropped: do the targets "
                "still hold, and how much must the other sectors grow to make up for it (the cost J, pp²)."),
    "tm_project": ("Dự án", "Project"),
    "tm_variant": ("Phương án", "Variant"), "tm_on_time": ("Đúng hạn", "On time"),
    "tm_delay": ("Lùi {n} năm", "{n} years late"), "tm_delay_1": ("Lùi 1 năm", "1 year late"),
    "tm_off": ("Bỏ dự án", "Dropped"),
    "tm_missed_differ": ("Các phương án trượt những mục tiêu khác nhau: {parts}.",
                         "The variants miss different targets: {parts}."),
    "tm_also_misses": ("trượt thêm {names}", "also misses {names}"), "tm_meets": ("đạt {names}", "meets {names}"),
    "tm_and": (", và ", ", and "),
    "tm_holds": ("Đạt cả", "All hold"), "tm_missed": ("Số mục tiêu trượt", "Targets missed"),
    "tm_cost": ("Chi phí J (điểm %²)", "Cost J (pp²)"),
    "tm_growth": ("Tăng trưởng {a}–{b} (%/năm)", "Growth {a}–{b} (%/yr)"),
    "tm_rate": ("{sector}: tốc độ cần (%/năm)", "{sector}: rate needed (%/yr)"),
    # the delays from which a project produces nothing by the year the targets judge: from {d}
    # years late, or even on time (Formosa 2, the railway: 2031); under a cap, its capital counts
    "tm_after": ("{when}, dự án chưa có sản lượng nào đến {ty}, năm đánh giá mục tiêu (năm đầu có sản lượng: {y}): "
                 "{rows}.",
                 "{when}, the project has no output by {ty}, the year the targets are judged (its first output in "
                 "{y}): {rows}."),
    "tm_after_late": ("Lùi từ {d} năm trở lên", "At {d} {years} late or more"),
    "tm_after_even": ("Kể cả đúng hạn", "Even on time"),
    "tm_rows_late": ("các hàng đó", "those rows"), "tm_rows_even": ("mọi hàng", "all the rows"),
    "tm_rows_dropped": ("{rows} giống như bỏ dự án", "{rows} are the same as dropping it"),
    "tm_rows_capital": ("{rows} chỉ khác bỏ dự án ở vốn xây dựng đã chi đến {ty}, tính trong trần vốn đầu tư {cap} % "
                        "GRDP mỗi năm",
                        "{rows} differ from dropping it only by the construction capital it spends by {ty}, which "
                        "counts under the investment cap of {cap} % of GRDP a year"),
    # variants that miss targets: their J is the distance of the least-miss paths, not a miss
    "tm_fail_all": ("Không phương án nào đạt mọi mục tiêu", "No variant meets every target"),
    "tm_fail_some": ("{names} trượt mục tiêu", "{names} miss targets"),
    "tm_fail": ("{which}: khi mục tiêu trượt, bộ giải trước hết làm độ trượt nhỏ nhất có thể rồi mới giữ lộ trình "
                "gần giả định, nên chi phí J ở đó chỉ cho biết lộ trình phải lệch bao xa, không cho biết trượt bao "
                "nhiêu (J thấp hơn có thể trượt nhiều hơn: xem cột tăng trưởng). Để hỏi dự án lùi được bao lâu, bỏ "
                "chọn các mục tiêu ngoài tầm với (kết luận ở trên nêu tên).",
                "{which}: where targets are missed, the solver first makes the misses as small as it can and only "
                "then keeps the paths close to the assumptions, so J there says how far the paths move, not how "
                "much is missed (a lower J may miss more: see the growth column). To ask how late the project can "
                "be, untick the targets out of reach (the verdict above names them)."),
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
    # a miss said with its direction: a signed gap ("by -0.61 pp") left the planner to guess
    # whether a share is too high or too low (a dash, as names end in "(% of GRDP)")
    "sr_part_below": ("{target} — thấp hơn mục tiêu {gap}", "{target} — {gap} below the target"),
    "sr_part_above": ("{target} — cao hơn mục tiêu {gap}", "{target} — {gap} above the target"),
    "sr_bad_count": ("Không thể đạt đồng thời các mục tiêu: phương án gần nhất trượt {k} trong {n} mục tiêu (bảng dưới "
                     "cho giá trị, mục tiêu và trạng thái của từng mục tiêu).",
                     "The targets cannot all hold: the best compromise misses {k} of the {n} (the table below gives "
                     "each one's value, target and status)."),
    "sr_conflicts_more": ("Và {n} nhóm khác (trang Giải mục tiêu và lệnh solve liệt kê đủ).",
                          "And {n} more (the Solve page and the solve command list them all)."),
    "sr_no_small_conflict": ("Không có nhóm ba mục tiêu trở xuống nào mâu thuẫn; chỉ cả {n} mục tiêu cùng lúc.",
                             "No set of three or fewer conflicts: only all {n} together do."),
    # status 2: every target holds (a miss is status 1), but the paths may not be the closest
    "sr_stopped": ("Các mục tiêu đều đạt với lộ trình này, nhưng bộ giải dừng khi chưa hội tụ nên có thể còn lộ "
                   "trình gần kịch bản hơn. Hãy thử dạng lộ trình khác hoặc nới cận tăng trưởng (thông báo của bộ "
                   "giải: {why}).",
                   "The targets hold on these paths, but the optimiser stopped without converging, so closer "
                   "paths may exist. Try another path form or wider growth bounds (the optimiser's message: {why})."),
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
    "sn_after_target_limit": ("{sector}: sau {year}, vốn đầu tư của ngành mua được tốc độ vượt giới hạn một kịch bản được "
                              "ghi ({value} %/năm, {years}); tệp đã giải ghi {limit} %/năm cho những năm đó. Xem lại tỷ "
                              "lệ vốn đầu tư của ngành sau {year}.",
                              "{sector}: after {year}, the sector's investment buys growth past what a scenario may "
                              "hold ({value} %/yr, {years}); the solved file holds {limit} %/yr in those years. Check "
                              "the sector's investment share after {year}."),
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
    "sv_last_target": ("Bộ giải cần ít nhất một mục tiêu: mục tiêu cuối cùng vẫn được chọn. Hãy chọn mục tiêu khác "
                       "trước, rồi bỏ chọn mục tiêu này.",
                       "The solver needs at least one target: the last one stays ticked. Tick another first, then "
                       "untick this one."),
    "sv_last_free": ("Bộ giải cần ít nhất một ngành được điều chỉnh: ngành cuối cùng vẫn được chọn. Hãy chọn ngành "
                     "khác trước, rồi bỏ chọn ngành này.",
                     "The solver needs at least one sector it may move: the last one stays ticked. Tick another "
                     "first, then untick this one."),
    "sv_error": ("Không giải được:", "Cannot solve:"),
    # the value, why, and the control by its label, as the Scorecard says it
    "solve_horizon": ("Năm cuối dự báo là {h}, trước năm 2030: các mục tiêu bộ giải nhắm tới là của năm 2030. Đặt "
                      "«{control}» ở thanh bên từ 2030 trở đi.",
                      "The horizon is {h}, before 2030: the targets the solver aims at are 2030's. Set \"{control}\" "
                      "in the sidebar to 2030 or later."),
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
    "cmp_too_many": ("So sánh nhiều nhất {n} kịch bản cùng lúc (mỗi kịch bản một màu trên biểu đồ): bỏ một kịch bản khỏi ô "
                     "(dấu ×) để thêm kịch bản khác.",
                     "At most {n} scenarios compared at once (one colour each on the charts): remove one from the box "
                     "(its ×) to add another."),
    "cmp_pick_placeholder": ("Chọn hoặc gõ tên kịch bản", "Pick or type a scenario's name"),
    "cmp_pick_help": ("Kịch bản đang mở, các kịch bản có sẵn và các kịch bản trong kho; gõ một phần tên tệp hay tên "
                      "kịch bản để lọc danh sách. Nhiều nhất {n} kịch bản; kịch bản chọn đầu tiên là tham chiếu (cột A) "
                      "nếu không chọn kịch bản khác ở ô dưới.",
                      "The scenario open now, the shipped ones and the workspace's; type a part of a file name or "
                      "title to narrow the list. At most {n}; the first picked is the reference (column A) unless "
                      "another is chosen in the box below."),
    "cmp_link_many": ("Đường dẫn chọn {k} kịch bản; chỉ so sánh {n} kịch bản đầu (mỗi kịch bản một màu trên biểu đồ).",
                      "The link picks {k} scenarios; only the first {n} are compared (one colour each on the charts)."),
    "cmp_keys": ("Ký hiệu cột: {items}.", "Column keys: {items}."),
    # (as short as the table's other rows: a longer name was cut on a laptop's screen)
    "cmp_row_investment": ("Vốn đầu tư cần {years}, ICOR {k} (% GRDP/năm)",
                           "Investment need {years}, ICOR {k} (% of GRDP/yr)"),
    "cmp_row_investment_band": ("Như trên, ICOR {k_lo}–{k_hi} (% GRDP/năm)", "The same, ICOR {k_lo}–{k_hi} (% of GRDP/yr)"),
    # in the Target column, which a planner's screen keeps narrow (the year is in `cmp_beyond`)
    "cmp_record": ("kỷ lục {rec}", "record {rec}"),
    "cmp_beyond": ("Các lộ trình của {cols} cần vốn đầu tư cao hơn mọi năm đã công bố (cao nhất {rec} % GRDP, "
                   "năm {y}): dấu {mark} trong bảng.",
                   "The paths of {cols} need more investment than in any published year (at most {rec} % of "
                   "GRDP, in {y}): marked {mark} in the table."),
    # the same record said when no column is above it: «kỷ lục 50,5» alone was never explained
    "cmp_record_note": ("«Kỷ lục» ở cột Mục tiêu: vốn đầu tư toàn xã hội cao nhất trong các năm đã công bố, {rec} % "
                        "GRDP (năm {y}); không lộ trình nào ở đây cần nhiều hơn.",
                        "“Record” in the Target column: the highest total social investment of the published "
                        "years, {rec} % of GRDP (in {y}); no path here needs more."),
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
    # which one, and the fix: "one of the two ends before 2030" left the planner to find it
    "at_short": ("{name}: năm cuối dự báo {value} trước năm 2030, mà phân rã giải thích chênh lệch năm 2030; mở "
                 "kịch bản này, đặt «{control}» ở thanh bên từ 2030 trở đi rồi lưu lại.",
                 "{name}: the horizon {value} ends before 2030, and the split explains the 2030 difference; open "
                 "this scenario, set \"{control}\" in the sidebar to 2030 or later and save it."),
    "af_frame": ("Khung thời gian (năm cuối, năm thực tế)", "Frame (horizon, last actual year)"),
    "af_population": ("Tăng dân số", "Population growth"),
    "af_growth": ("{sector} — tăng trưởng", "{sector} — growth"),
    "af_inflation": ("{sector} — giảm phát", "{sector} — deflator"),
    "af_manufacturing": ("Tỷ trọng chế biến, chế tạo trong CN-XD", "Manufacturing share of industry-construction"),
    "tbl_attribution": ("Phân rã chênh lệch", "Attribution"),
    # ---- workspace ----------------------------------------------------------------------------
    "ws_intro": ("Kho kịch bản: các kịch bản đã đặt tên, lưu thành tệp TOML trong thư mục {folder}.",
                 "The workspace: named scenarios, saved as TOML files in the folder {folder}."),
    "ws_unlisted": ("Không liệt kê được kho kịch bản (biến môi trường HATINH_WORKSPACE): {why}. Vì thế không kịch bản "
                    "nào được liệt kê ở đây, không phải vì kịch bản đã mất.",
                    "The workspace (the HATINH_WORKSPACE environment variable) cannot be listed: {why}. That is why "
                    "none is listed here, not because scenarios were lost."),
    "ws_more": ("Danh sách hiện {shown} trong {total} tệp kịch bản của thư mục (tối đa {max}, theo tên): các tệp sau "
                "đó không hiện ở đây nhưng vẫn còn nguyên; mở một tệp bằng liên kết có scn=ws:TÊN, hoặc chuyển bớt tệp "
                "sang thư mục khác.",
                "The list shows {shown} of the folder's {total} scenario files (at most {max}, by name): the files "
                "after them are not shown here but are intact; open one with a link holding scn=ws:NAME, or move "
                "some files to another folder."),
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
    "os_noread": ("{path}: không có quyền đọc thư mục này; xin quyền đọc hoặc chọn thư mục khác",
                  "{path}: no permission to read this folder; ask for read access or choose another folder"),
    "os_readonly": ("{path}: ổ đĩa chỉ cho đọc; chọn thư mục trên ổ khác",
                    "{path}: the disk is read-only; choose a folder on another disk"),
    "os_space": ("{path}: ổ đĩa đã đầy; giải phóng chỗ trống hoặc chọn ổ khác",
                 "{path}: the disk is full; free some space or choose another disk"),
    "os_missing": ("{path}: không tìm thấy; kiểm tra lại đường dẫn", "{path}: not found; check the path"),
    "os_long": ("{path}: tên quá dài; chọn tên ngắn hơn", "{path}: the name is too long; choose a shorter one"),
    "os_in_use": ("{path}: không ghi đè hay xóa được tệp này: có thể tệp đang mở trong chương trình khác (như Excel hay "
                  "PowerPoint) hoặc chỉ cho đọc; đóng tệp rồi làm lại, hoặc ghi vào thư mục khác",
                  "{path}: this file cannot be replaced or removed: it may be open in another program (such as Excel or "
                  "PowerPoint) or be read-only; close it and try again, or write to another folder"),
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
    "ws_deleted_open": ("Đã xóa {name} khỏi kho. Kịch bản này vẫn đang mở ở đây, nhưng đường link của trang không "
                        "còn mở được nó: lưu lại vào kho (ở trên) nếu cần giữ hoặc gửi cho người khác.",
                        "Deleted {name} from the workspace. It stays open here, but the page's link no longer opens "
                        "it: save it again (above) to keep it or to send it to someone."),
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
    "ws_err_reserved": ("«{name}» là tên Windows dành cho thiết bị (như CON, PRN, AUX, NUL, COM1, LPT1): trên Windows "
                        "không tạo hay mở được tệp tên này, kể cả khi kho được chép sang đó; chọn tên khác, ví dụ «{hint}»",
                        "'{name}' is a name Windows keeps for a device (as CON, PRN, AUX, NUL, COM1, LPT1): Windows "
                        "can neither make nor open a file of that name, also when the workspace is copied there; "
                        "choose another name, e.g. '{hint}'"),
    "ws_err_case": ("đã có «{other}» trong kho, chỉ khác «{name}» ở chữ hoa, chữ thường: trên Windows và macOS hai tên "
                    "này là một tệp, nên tệp sau sẽ đè tệp trước; chọn tên khác, ví dụ «{hint}»",
                    "'{other}' is already in the workspace and differs from '{name}' only in capital letters: on "
                    "Windows and macOS the two are one file, and one would replace the other; choose another name, "
                    "e.g. '{hint}'"),
    "ws_err_full": ("kho đã có {max} kịch bản; xóa bớt trước khi lưu thêm",
                    "the workspace holds {max} scenarios already; delete some first"),
}
