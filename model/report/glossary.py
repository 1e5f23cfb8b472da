"""Words a planner meets in the simulator and may not know, explained once, in both languages:
the Glossary page lists them all, and pages put each one's explanation where the word is shown
(help on hover, or a line under a table).

Each entry: the term as the app writes it (Vietnamese, English) and what it means, in plain
words, with the unit where it has one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    id: str
    term_vi: str
    term_en: str
    meaning_vi: str
    meaning_en: str

    def term(self, lang: str) -> str:
        return self.term_en if lang == "en" else self.term_vi

    def meaning(self, lang: str) -> str:
        return self.meaning_en if lang == "en" else self.meaning_vi


TERMS: tuple[Term, ...] = (
    Term("grdp", "GRDP", "GRDP",
         "Tổng sản phẩm trên địa bàn tỉnh: giá trị gia tăng của mọi ngành cộng thuế sản phẩm trừ trợ cấp sản phẩm.",
         "Gross regional domestic product: the value added of every sector plus product taxes less subsidies."),
    Term("constant_prices", "Giá so sánh 2010", "Constant 2010 prices",
         "Giá trị tính theo giá năm 2010, để so sánh khối lượng qua các năm; tốc độ tăng trưởng tính trên giá này.",
         "Values at 2010 prices, to compare volumes across years; growth rates are measured at these prices."),
    Term("current_prices", "Giá hiện hành", "Current prices",
         "Giá trị tính theo giá của chính năm đó (có lạm phát); cơ cấu ngành, bội số GRDP và GRDP/người tính trên giá này.",
         "Values at each year's own prices (with inflation); shares, the GRDP multiple and per capita use them."),
    Term("deflator", "Chỉ số giảm phát", "Deflator",
         "Tỷ số giá hiện hành trên giá so sánh của một ngành; thay đổi của nó là «lạm phát» của ngành (%/năm).",
         "A sector's current-price value over its constant-price value; its change is the sector's inflation (%/yr)."),
    Term("pp", "Điểm phần trăm (điểm %)", "Percentage point (pp)",
         "Hiệu của hai tỷ lệ phần trăm: từ 7 % lên 9 % là tăng 2 điểm %, không phải 2 %.",
         "The difference of two percentages: from 7 % to 9 % is 2 pp, not 2 %."),
    Term("compound", "Tăng trưởng kép (ví dụ 1,09^10)", "Compound growth (e.g. 1.09^10)",
         "9 %/năm trong 10 năm nhân quy mô lên 1,09 mũ 10 ≈ 2,37 lần, không phải 1,9 lần: mỗi năm tăng trên nền đã tăng.",
         "9 % a year for 10 years multiplies the size by 1.09 to the power 10 ≈ 2.37, not 1.9: each year grows on the last."),
    Term("multiple", "Bội số GRDP", "GRDP multiple",
         "GRDP giá hiện hành năm 2030 chia cho năm 2020 (lần); mục tiêu 2,5–3 lần.",
         "GRDP at current prices in 2030 divided by 2020 (times); the target is 2.5–3."),
    Term("organic", "Tăng trưởng hữu cơ", "Organic growth",
         "Phần tăng trưởng của một ngành ngoài các dự án lớn có tên (nhà máy, cảng…): các dự án được cộng riêng theo tiến độ.",
         "A sector's growth besides the named large projects (plants, ports…), which are added on their own schedule."),
    Term("delay", "Lùi tiến độ (trễ)", "Delay (years late)",
         "Số năm một dự án chạy muộn hơn kế hoạch. Dự án chưa có sản lượng trong số liệu thực tế: năm bắt đầu dời đi. "
         "Nhà máy đã có sản lượng (Vũng Áng 2, VinFast năm 2025): năm bắt đầu là số liệu, nhà máy giữ mức năm thực tế "
         "cuối cùng và phần công suất còn lại đến muộn hơn. Nhà máy đã chạy hết công suất: không đổi gì.",
         "How many years later than planned a project runs. Not yet producing in the recorded data: its start moves. "
         "Already producing (Vũng Áng 2, VinFast in 2025): its start is data; it stays at its last actual year's level "
         "and the rest of its capacity comes later. Already at full capacity: nothing changes."),
    Term("summed_grdp", "GRDP cộng dồn", "Summed GRDP",
         "GRDP giá so sánh 2010 của các năm dự báo cộng lại (tỷ đồng): một dự án trễ làm mất phần sản lượng của những "
         "năm trễ, kể cả khi đến năm cuối nó đã đạt công suất như đúng hạn.",
         "Real GRDP at 2010 prices added up over the projected years (billion VND): a late project loses the output "
         "of its years of delay, even when it is at full capacity by the last year, as on time."),
    Term("icor", "ICOR", "ICOR",
         "Hệ số vốn đầu tư trên sản lượng tăng thêm: cần bao nhiêu đồng vốn để GRDP tăng thêm một đồng. ICOR 7: "
         "tăng 1 tỷ GRDP cần 7 tỷ vốn. Dải 6–8 là giả định dựa trên số liệu của tỉnh.",
         "Incremental capital-output ratio: how much investment buys one more unit of GRDP. An ICOR of 7: one billion "
         "more GRDP needs seven billion invested. The 6–8 band is an assumption from the province's record."),
    Term("elasticity", "Độ co giãn", "Elasticity",
         "Thuế sản phẩm tăng bao nhiêu % khi cơ sở thuế tăng 1 %: 0,93 nghĩa là tăng 0,93 %. Ước lượng từ số liệu 2015–2025.",
         "How many % product taxes grow when their tax base grows 1 %: 0.93 means 0.93 %. Estimated on 2015–2025."),
    Term("bound", "Giới hạn tăng trưởng", "Growth bound",
         "Tốc độ thấp nhất và cao nhất bộ giải được chọn cho một ngành; mặc định theo số liệu lịch sử của ngành.",
         "The lowest and highest growth the solver may choose for a sector; by default from the sector's record."),
    Term("binding", "Ràng buộc", "Binding",
         "Mục tiêu vừa đúng đạt ở ranh giới: siết thêm sẽ buộc phải đổi lộ trình.",
         "A target met exactly at its edge: tightening it would force the paths to change."),
    Term("cost_j", "Chi phí J (điểm %²)", "Cost J (pp²)",
         "Mức lộ trình giải ra khác lộ trình của kịch bản: tổng bình phương chênh lệch tốc độ tăng trưởng (điểm %) mỗi năm. "
         "Càng nhỏ, lộ trình càng gần với giả định ban đầu. Với lộ trình thỏa hiệp (mục tiêu trượt), J không đo "
         "mức trượt: J thấp hơn có thể trượt nhiều hơn.",
         "How far the solved paths are from the scenario's own: the sum of squared growth differences (pp) a year. "
         "The smaller, the closer to the starting assumptions. For compromise paths (targets missed), J does not "
         "measure the misses: a lower J may miss more."),
    Term("marginal_cost", "Chi phí biên (điểm %²)", "Multiplier (pp²)",
         "Chi phí J tăng thêm bao nhiêu khi siết mục tiêu thêm một đơn vị: cho biết mục tiêu nào «đắt» nhất.",
         "How much the cost J rises when a target is tightened by one unit: which target is the most expensive."),
    Term("compromise", "Lộ trình thỏa hiệp", "Compromise paths",
         "Khi các mục tiêu không thể cùng đạt, bộ giải chọn lộ trình trượt ít nhất (theo trọng số ưu tiên); không phải lời giải đạt mọi mục tiêu.",
         "When the targets cannot all hold, the solver picks the paths that miss least (by priority); not a solution meeting all."),
    Term("frontier", "Đánh đổi (đường biên)", "Trade-off (frontier)",
         "Tăng trưởng cao nhất có thể đạt với mỗi trần bội số GRDP: hai mục tiêu kéo ngược nhau.",
         "The highest growth reachable under each cap on the GRDP multiple: the two targets pull against each other."),
    Term("shapley", "Giá trị Shapley", "Shapley value",
         "Cách chia chênh lệch giữa hai kịch bản cho từng giả định: ảnh hưởng của giả định đó lấy trung bình theo mọi "
         "thứ tự thay đổi; các phần cộng lại đúng bằng tổng chênh lệch.",
         "A way to split the difference between two scenarios among the assumptions: each one's effect averaged over "
         "every order of change; the parts add up to the total."),
    Term("tolerance", "Dải dung sai (≈)", "Tolerance band (≈)",
         "Mục tiêu «khoảng» được coi là đạt trong ±0,5 điểm % (tỷ trọng) hoặc ±5 % (GRDP/người): giả định, không phải số công bố.",
         "An “about” target counts as met within ±0.5 pp (shares) or ±5 % (per capita): an assumption, not published."),
    Term("probability", "Xác suất đạt", "Probability met",
         "Tỷ lệ số lượt mô phỏng ngẫu nhiên trong đó chỉ tiêu đạt: mỗi lượt là kịch bản cộng những sai lệch như số liệu "
         "2017–2025 đã thấy (tăng trưởng, giá), dự án triển khai hay không, chậm hay không.",
         "The share of simulated draws in which the target is met: each draw is the scenario plus departures like those "
         "of the 2017–2025 record (growth, prices), projects going ahead or not, late or not."),
    Term("fan", "Dải quạt", "Fan",
         "Khoảng chứa 50 % (vùng đậm) và 90 % (vùng nhạt) các lượt mô phỏng mỗi năm; càng xa càng rộng vì sai lệch cộng dồn.",
         "The range holding 50 % (dark) and 90 % (light) of the draws each year; wider further out, as departures add up."),
    Term("tornado", "Biểu đồ lốc xoáy", "Tornado",
         "Mỗi giả định được đưa tới mức thấp và cao hợp lý của nó, các giả định khác giữ nguyên; giả định có thanh dài "
         "nhất là giả định quan trọng nhất.",
         "Each assumption moved to its plausible low and high, the others held; the longest bar is the assumption that "
         "matters most."),
    Term("shrinkage", "Thu hẹp tương quan", "Correlation shrinkage",
         "Chín năm số liệu không đủ để ước lượng chắc tương quan giữa các ngành: tương quan được kéo về 0 theo mức dữ "
         "liệu cho phép (Ledoit–Wolf).",
         "Nine years of data cannot pin down how sectors move together: the correlations are pulled towards zero as "
         "far as the data call for (Ledoit–Wolf)."),
    Term("tfp", "Năng suất các nhân tố tổng hợp (TFP)", "Total factor productivity (TFP)",
         "Phần tăng trưởng không do thêm vốn hay thêm lao động: công nghệ, quản lý, chuyển lao động sang ngành năng suất "
         "cao hơn. Tính là phần còn lại (%/năm); 2021–2025 của tỉnh: khoảng 1,3 %/năm.",
         "The growth that does not come from more capital or more workers: technology, management, workers moving to "
         "more productive sectors. Measured as the remainder (% a year); the province's 2021–2025: about 1.3 % a year."),
    Term("denton", "Phương pháp Denton (tách quý)", "Denton method (quarters from years)",
         "Cách tách số năm thành bốn quý theo một chỉ báo mùa vụ sao cho bốn quý cộng lại đúng bằng năm và đường quý "
         "trơn nhất có thể (Sổ tay Tài khoản quốc gia quý của IMF). Ở đây dùng cho các năm thực tế, với chỉ báo là tỷ trọng 6 "
         "tháng đầu năm đã công bố; năm dự báo thì mỗi quý tăng bằng tốc độ cả năm của ngành.",
         "A way to split a year into four quarters along a seasonal indicator so that they add up to the year exactly "
         "and the quarterly path is as smooth as it can be (the IMF's Quarterly National Accounts Manual). Here it splits "
         "the actual years, the indicator the published first-half share; a projected year's quarters grow at their "
         "sector's rate for the year."),
    Term("backtest", "Kiểm định ngược", "Backtest",
         "Chạy lại một phương pháp trên các năm đã có số liệu như thể chưa biết kết quả, rồi so với số đã công bố: cho "
         "biết phương pháp có thể sai bao nhiêu ở những năm chưa có số liệu (trang Dự án, trang Theo quý).",
         "Running a method over years already recorded as if their outcome were unknown, then setting it against the "
         "published figures: how far the method may be off in years not yet recorded (the Projects and Quarterly "
         "pages)."),
    Term("rmse", "RMSE (sai số căn quân phương)", "RMSE (root-mean-square error)",
         "Độ lệch điển hình giữa số tính ra và số thực tế: căn bậc hai của trung bình bình phương các độ lệch, cùng đơn "
         "vị với số liệu (ở đây là điểm %); độ lệch lớn bị tính nặng hơn.",
         "The typical miss between a figure worked out and the outcome: the square root of the mean squared miss, in "
         "the data's unit (here percentage points); large misses weigh more."),
    Term("product_taxes", "Thuế sản phẩm trừ trợ cấp", "Product taxes less subsidies",
         "Phần của GRDP không thuộc ngành nào: thuế đánh trên hàng hóa bán ra trừ trợ cấp sản phẩm.",
         "The part of GRDP in no sector: taxes on goods sold, less product subsidies."),
)
BY_ID = {x.id: x for x in TERMS}


def explain(term_id: str, lang: str = "vi") -> str:
    """'Term: meaning' for hover help and captions."""
    x = BY_ID[term_id]
    return f"{x.term(lang)}: {x.meaning(lang)}"
