"""The command line's help in Vietnamese: each English help text of `model.cli.build_parser`
→ its Vietnamese (the words of the app's catalogue, `model.report.strings`), and argparse's own
headings. `build_parser("vi")` swaps them in; a test checks that every help text has its entry,
so that a new flag without one fails."""

from __future__ import annotations

HELP_VI: dict[str, str] = {
    # argparse's own and the top level
    "show this help message and exit": "in trợ giúp này rồi thoát",
    "show tracebacks of unexpected errors": "in chi tiết (traceback) của lỗi không lường trước",
    "Hà Tĩnh 2030 scenario simulator": "Mô phỏng kịch bản tăng trưởng Hà Tĩnh 2030",
    # the commands
    "check scenario files; exit 2 if any is invalid":
        "kiểm tra tệp kịch bản; thoát với mã 2 nếu có tệp không hợp lệ",
    "list the scenarios saved in the workspace": "liệt kê các kịch bản đã lưu trong kho kịch bản",
    "project a scenario and write its tables (and charts, with --charts)":
        "dự báo một kịch bản và ghi các bảng (và biểu đồ, với --charts)",
    "find sector growth paths that reach the targets; exit 3 if they cannot all hold":
        "tìm lộ trình tăng trưởng ngành đạt các mục tiêu; thoát với mã 3 nếu không thể đạt cùng lúc",
    "the highest average growth under each cap on the 2030 multiple (2.5-3.0)":
        "tăng trưởng bình quân cao nhất theo từng mức trần của bội số GRDP 2030 (2,5–3,0)",
    "split the 2030 difference B - A among the assumptions that changed":
        "chia chênh lệch năm 2030 B − A cho từng giả định đã thay đổi",
    "the project table; with FILE and --project, the project on, late or off":
        "bảng dự án; với FILE và --project: dự án bật, chậm tiến độ hoặc tắt",
    "2016-2025 with the projects at their real dates, against the naive rule; the quarterly split against the "
    "published quarters":
        "kiểm định 2016–2025 với các dự án theo tiến độ thực tế, so với quy tắc đơn giản; cách tách quý so với số "
        "lũy kế đã công bố",
    "the investment a scenario needs; --share: the growth it buys":
        "vốn đầu tư một kịch bản cần; --share: tăng trưởng mà mức vốn đó mua được",
    "a PowerPoint deck (16:9, native charts) of one scenario, compared with others":
        "bản trình bày PowerPoint (16:9, biểu đồ gốc) của một kịch bản, so với các kịch bản khác",
    "a year of the scenario by quarter and sector (each quarter at its sector's rate for the year); with "
    "--done and --target, what the rest of the year needs":
        "một năm của kịch bản theo quý và ngành (mỗi quý tăng bằng tốc độ cả năm của ngành); với "
        "--done và --target: các quý còn lại cần tăng bao nhiêu",
    "the target sets (id: title); with --set, one set's targets and where it contradicts another":
        "các bộ mục tiêu (mã: tên); với --set: mục tiêu của một bộ và chỗ mâu thuẫn với bộ khác",
    "capital, labour and TFP: growth accounting 2016-2025 and what a scenario needs":
        "vốn, lao động và TFP: hạch toán tăng trưởng 2016–2025 và những gì một kịch bản cần",
    "the probability of each 2030 target from stochastic simulation, and fans":
        "xác suất đạt từng mục tiêu 2030 theo mô phỏng ngẫu nhiên, và dải quạt",
    # the positional arguments
    "a scenario: a .toml file, ws:NAME or the name of one saved in the workspace":
        "kịch bản: tệp .toml, ws:TÊN hoặc tên một kịch bản đã lưu trong kho kịch bản",
    "with --project: a scenario: a .toml file, ws:NAME or the name of one saved in the workspace":
        "cùng --project: kịch bản (tệp .toml, ws:TÊN hoặc tên một kịch bản đã lưu trong kho kịch bản)",
    "scenarios to check: .toml files, ws:NAME or names saved in the workspace":
        "các kịch bản cần kiểm tra: tệp .toml, ws:TÊN hoặc tên đã lưu trong kho kịch bản",
    "the reference scenario (a .toml file, ws:NAME or a workspace name)":
        "kịch bản gốc để so (tệp .toml, ws:TÊN hoặc tên trong kho kịch bản)",
    "the scenario compared with it (the same forms)": "kịch bản so với kịch bản gốc (cùng các dạng trên)",
    "the scenario of the deck, then any to compare it with (each a .toml file, ws:NAME or a workspace name)":
        "kịch bản của bản trình bày, rồi các kịch bản để so sánh (mỗi cái là tệp .toml, ws:TÊN hoặc tên trong "
        "kho kịch bản)",
    # the flags
    "language of the messages": "ngôn ngữ của thông báo (vi hoặc en)",
    "language of every message (also accepted after the command)":
        "ngôn ngữ của mọi thông báo (vi hoặc en; cũng ghi được sau lệnh)",
    "language of the titles": "ngôn ngữ của tên kịch bản (vi hoặc en)",
    "folder for the outputs": "thư mục ghi kết quả",
    "language of the notes and charts": "ngôn ngữ của ghi chú và biểu đồ (vi hoặc en)",
    "also write the five charts as png, svg or png,svg (about 1.5 s more)":
        "ghi thêm năm biểu đồ dạng png, svg hoặc png,svg (thêm khoảng 1,5 giây)",
    "judge against this target set (python -m model targets lists them; default: the file's [targets] set, "
    "else the Resolution 26 programme)":
        "đánh giá theo bộ mục tiêu này (python -m model targets liệt kê; mặc định: bộ trong bảng [targets] "
        "của tệp, nếu không có thì Chương trình hành động Nghị quyết 26)",
    "target ids (default: the file's [solve] table, else the seven economic targets and the investment cap)":
        "mã các mục tiêu (mặc định: bảng [solve] của tệp, nếu không có thì bảy mục tiêu kinh tế và trần "
        "vốn đầu tư)",
    "sectors the solver may move (default agriculture, industry_construction, services)":
        "các ngành được điều chỉnh (mặc định agriculture, industry_construction, services)",
    "path parametrisation": "dạng lộ trình: constant (không đổi), ramp (tuyến tính), free (từng năm)",
    "how to pose '≈' targets": "cách đặt mục tiêu «≈»: band (trong khoảng sai số) hoặc equal (đúng bằng)",
    "product taxes follow their tax base (default) or keep the scenario's path":
        "thuế sản phẩm theo cơ sở thuế (mặc định) hoặc giữ lộ trình của kịch bản",
    "sectors whose relative price the solver may move too (±2 pp a year)":
        "các ngành mà bộ giải được thay đổi cả giá tương đối (±2 điểm %%/năm)",
    "also solve with the project on time, 1-5 years late and dropped: how late can it be?":
        "giải thêm với dự án đúng hạn, chậm 1–5 năm và bỏ: chậm đến đâu thì còn đạt?",
    "cap on total social investment, %% of GRDP a year (the investment_share target; default: the "
    "record's highest share plus 5)":
        "trần vốn đầu tư toàn xã hội, %% GRDP mỗi năm (mục tiêu investment_share; mặc định: mức cao nhất "
        "trong số liệu cộng 5)",
    "weight of a target's miss when targets conflict (repeatable; default 1)":
        "trọng số của phần hụt một mục tiêu khi các mục tiêu mâu thuẫn (dùng nhiều lần được; mặc định 1)",
    "language of the report and charts": "ngôn ngữ của báo cáo và biểu đồ (vi hoặc en)",
    "also write the solved projection's five charts as png, svg or png,svg":
        "ghi thêm năm biểu đồ của dự báo đã giải, dạng png, svg hoặc png,svg",
    "replace an existing, different <name>_solved.toml in DIR":
        "ghi đè tệp <tên>_solved.toml đã có và khác trong DIR",
    "sectors the solver may move": "các ngành được điều chỉnh",
    "product taxes follow their base (default) or are held":
        "thuế sản phẩm theo cơ sở thuế (mặc định) hoặc giữ nguyên",
    "the cap: on the 2030 GRDP multiple (default) or on investment, %% of GRDP":
        "trần: bội số GRDP 2030 (mặc định) hoặc vốn đầu tư, %% GRDP",
    "also write frontier.csv there": "ghi thêm frontier.csv vào đó",
    "language of the heading": "ngôn ngữ của tiêu đề (vi hoặc en)",
    "also write attribution.csv there": "ghi thêm attribution.csv vào đó",
    "split the 2030 outcomes of this target set (default: B's [targets] set, else the Resolution 26 programme)":
        "chia các kết quả năm 2030 của bộ mục tiêu này (mặc định: bộ trong bảng [targets] của B, nếu không có thì "
        "Chương trình hành động Nghị quyết 26)",
    "language of the labels": "ngôn ngữ của nhãn (vi hoặc en)",
    "a project id (python -m model projects lists them)": "mã dự án (python -m model projects liệt kê)",
    "years late (0-10)": "số năm chậm (0–10)",
    "language of names and messages": "ngôn ngữ của tên và thông báo (vi hoặc en)",
    "also write backtest.csv, backtest_rmse.csv, attribution.csv, sector_panel.csv, sector_backtest.csv, "
    "quarterly_backtest.csv":
        "ghi thêm backtest.csv, backtest_rmse.csv, attribution.csv, sector_panel.csv, sector_backtest.csv, "
        "quarterly_backtest.csv",
    "language of the tables and notes": "ngôn ngữ của bảng và ghi chú (vi hoặc en)",
    "investment as a fraction of GRDP, e.g. 0.5": "vốn đầu tư theo tỷ lệ GRDP, ví dụ 0,5 hoặc 0.5",
    "one ICOR instead of the band 6 / 7 / 8": "một hệ số ICOR thay cho dải 6 / 7 / 8",
    "also write investment.csv there": "ghi thêm investment.csv vào đó",
    "language of messages": "ngôn ngữ của thông báo (vi hoặc en)",
    "the deck to write": "tệp trình bày cần ghi",
    "also write the 2030 comparison as a workbook, as the Compare page offers (two files or more)":
        "ghi thêm bảng so sánh 2030 thành tệp Excel, như trang So sánh (từ hai tệp trở lên)",
    "judge against this target set": "đánh giá theo bộ mục tiêu này",
    "draws for the probabilities and the fan, as `risk` (default 10000)":
        "số lượt mô phỏng cho xác suất và dải quạt, như lệnh `risk` (mặc định 10000)",
    "the quarters of the slide's year already published and their cumulative GRDP growth, e.g. 3=8,05 (with "
    "--target): the slide says what the remaining quarters need":
        "số quý của năm trên trang theo quý đã có số liệu và tăng trưởng GRDP lũy kế, ví dụ 3=8,05 (cùng --target): "
        "trang nói các quý còn lại cần tăng bao nhiêu",
    "the year of the quarterly slide (default: the first projected year)":
        "năm của trang theo quý (mặc định: năm dự báo đầu tiên)",
    "language of the slides": "ngôn ngữ của trang trình bày (vi hoặc en)",
    "the year to split, e.g. 2026": "năm cần chia theo quý, ví dụ 2026",
    "quarters already published and their cumulative growth, e.g. 3=8,05":
        "số quý đã công bố và tăng trưởng lũy kế, ví dụ 3=8,05",
    "the year's growth target, %% a year (with --done)": "mục tiêu tăng trưởng cả năm, %%/năm (cùng --done)",
    "whose quarters --done and --target give: GRDP (the default) or a sector":
        "--done và --target là của ai: GRDP (mặc định) hay một ngành",
    "also write quarterly.csv and quarterly.xlsx there": "ghi thêm quarterly.csv và quarterly.xlsx vào đó",
    "language of the table": "ngôn ngữ của bảng (vi hoặc en)",
    "show this set's targets, source and definitions": "hiện mục tiêu, nguồn và định nghĩa của bộ này",
    "the set to compare with (default: the Resolution 26 programme)":
        "bộ mục tiêu để so sánh (mặc định: Chương trình hành động Nghị quyết 26)",
    "capital share (default 0.5)": "hệ số vốn α (mặc định 0,5)",
    "depreciation, fraction a year (default 0.05)": "khấu hao, tỷ lệ mỗi năm (mặc định 0,05)",
    "capital-output ratio at the end of 2015 (default 2.5)": "tỷ lệ vốn/GRDP cuối năm 2015 (mặc định 2,5)",
    "also write supply_record.csv, growth_accounting.csv, supply_needs.csv":
        "ghi thêm supply_record.csv, growth_accounting.csv, supply_needs.csv",
    "language of the tables": "ngôn ngữ của bảng (vi hoặc en)",
    "number of draws (default 10000)": "số lượt mô phỏng (mặc định 10000)",
    "random seed (default 0)": "hạt giống ngẫu nhiên (mặc định 0)",
    'sources of uncertainty, comma-separated (default all: growth,prices,projects,population,icor; "" '
    'for none: every fan is the projection)':
        'các nguồn bất định, cách nhau bằng dấu phẩy (mặc định tất cả: growth,prices,projects,population,'
        'icor; "" là không nguồn nào: mọi dải quạt trùng dự báo)',
    "write probabilities.csv, fan.csv and fan charts": "ghi probabilities.csv, fan.csv và biểu đồ dải quạt",
    "language of the table and charts": "ngôn ngữ của bảng và biểu đồ (vi hoặc en)",
}

# argparse's headings, as it prints them
HEADINGS_VI = (("usage: ", "cách dùng: "), ("positional arguments:", "tham số vị trí:"),
               ("options:", "tùy chọn:"))
