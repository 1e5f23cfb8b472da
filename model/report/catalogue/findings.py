"""The catalogue's entries for the consistency report's findings (`model.consistency`),
worded by `model.report.findings`.
Part of the one catalogue `model.report.strings` holds (see `model.report.catalogue`)."""

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
        "trưởng tối thiểu{record}). Kịch bản: {d_sc} %/năm, {verdict}",
        "{set}: real growth of at least {g} % a year in {next}–{y1} and {level} {room} (at exactly the least "
        "growth{record}). The scenario: {d_sc} % a year, {verdict}"),
    "slr_record": ("; thực tế {years}: bình quân {d_rec} %/năm", "; actuals {years}: {d_rec} % a year on average"),
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
