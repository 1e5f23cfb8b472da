"""The workbook (issue 17, its workbook part): read back with openpyxl, every sheet there, headers
in the reader's language with units, numbers formatted, the header frozen, the assumptions and
the metadata."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import model
from model.report import workbook, xlsx


# the day each module-wide workbook was built on (the day before and after: a run across midnight
# built them on the 6th and read "today" as the 7th when it checked their footers)
BUILT_ON: set = set()


@pytest.fixture(scope="module")
def book(history, baseline):
    edited = baseline.with_rate("sectors.services.growth", model.RatePath.const(0.085))
    p = model.simulate(history, edited)
    BUILT_ON.add(datetime.date.today())
    books = {lang: openpyxl.load_workbook(io.BytesIO(workbook.build(edited, baseline, p, history, lang)))
             for lang in ("vi", "en")}
    BUILT_ON.add(datetime.date.today())
    return books, p


def test_every_sheet_in_both_languages(book):
    books, _ = book
    assert books["vi"].sheetnames == ["Thông tin", "Dự báo", "Chỉ tiêu", "Đóng góp", "Giả định", "Nhu cầu vốn", "Dự án",
                                      "Nguồn số liệu", "Theo quý", "Nhất quán"]
    assert books["en"].sheetnames[:5] == ["About", "Projection", "Targets", "Contributions", "Assumptions"]
    for wb in books.values():
        for ws in wb:
            assert ws.max_row > 1 and ws.freeze_panes in ("A2", "B2"), ws.title
            assert all(ws.cell(row=1, column=j).font.bold for j in range(1, ws.max_column + 1))


def test_headers_carry_units_and_numbers_their_formats(book):
    (books, p) = book
    ws = books["vi"]["Dự báo"]
    heads = [c.value for c in ws[1]]
    assert heads[:3] == ["Năm", "Số liệu thực tế", "GRDP giá hiện hành (tỷ đồng)"]
    row_2026 = next(r for r in ws.iter_rows(min_row=2) if r[0].value == 2026)
    cell = row_2026[heads.index("GRDP giá hiện hành (tỷ đồng)")]
    assert cell.value == pytest.approx(p.grdp_nominal[2026]) and cell.number_format == "#,##0"
    growth = row_2026[heads.index("Tăng trưởng GRDP (%/năm)")]
    assert growth.number_format == "#,##0.00" and growth.value == pytest.approx(100 * p.growth_real[2026])
    assert row_2026[1].value == "dự báo"
    en = [c.value for c in books["en"]["Projection"][1]]
    assert "Services: 2010 prices (bn VND)" in en
    st = books["en"]["Targets"]
    assert {c.value for c in st["G"][1:]} >= {"Met", "Missed", "On track", "No published figure"}


def test_years_are_numbers_a_lookup_finds(book):
    """Every year column holds numbers: the years were written as text ("2026"), on which Excel
    marks each cell "number stored as text" and =VLOOKUP(2030; …) finds nothing."""
    books, _ = book
    for lang, wb in books.items():
        year = "Năm" if lang == "vi" else "Year"
        first = "Năm vận hành" if lang == "vi" else "First year"
        seen = 0
        for ws in wb:
            heads = [c.value for c in ws[1]]
            for j, head in enumerate(heads):
                if head in (year, first):
                    values = [r[j].value for r in ws.iter_rows(min_row=2)]
                    assert values and all(type(v) is int and 2010 <= v <= 2050 for v in values), (ws.title, head)
                    assert all(r[j].number_format == "General" for r in ws.iter_rows(min_row=2))   # 2030, never 2.030
                    seen += 1
        assert seen == 6, (lang, seen)   # projection, contributions, investment need, projects, sources, quarters


def test_the_assumptions_say_where_each_setting_comes_from(book):
    books, _ = book
    rows = {r[0].value: r for r in books["en"]["Assumptions"].iter_rows(min_row=2)}
    assert rows["sectors.services.growth"][1].value == "Services — growth"
    assert rows["sectors.services.growth"][2].value == 0.085
    # what it was in the words of the app's list of changes: it read "changed (was:
    # RatePath(points=(), constant=0.075))", Python's own text for the rate
    assert rows["sectors.services.growth"][3].value == "changed (was: 7.5 %)"
    vi_rows = {r[0].value: r for r in books["vi"]["Giả định"].iter_rows(min_row=2)}
    assert vi_rows["sectors.services.growth"][3].value == "đã chỉnh (trước: 7,5 %)"
    assert rows["sectors.agriculture.growth"][3].value == 'as in the scenario "baseline"'
    # each setting in words beside its path, in the reader's language (the path alone was all a
    # Vietnamese reader had: "sectors.agriculture.growth")
    vi = {r[0].value: r[1].value for r in books["vi"]["Giả định"].iter_rows(min_row=2)}
    assert vi["sectors.agriculture.growth"] == "Nông-lâm-thủy sản — tăng trưởng"
    assert vi["meta.description"] == "Mô tả (tiếng Việt)" and vi["population.growth"] == "Tăng dân số"
    assert vi["projects.vung_ang_2.delay"] == "Dự án: Nhiệt điện Vũng Áng 2 (1.200 MW) — số năm chậm"


def test_the_metadata(book):
    books, _ = book
    meta = {r[0].value: r[1].value for r in books["en"]["About"].iter_rows(min_row=2)}
    assert meta["Scenario"] == "baseline" and meta["Data vintage"] == "2026-12"
    # how current the data are: the vintage "2026-12" alone read as data to December 2026, where
    # its latest published figure is of 2 March 2026 (vintages.csv)
    assert meta["Data as published to"] == "2026-03-02"
    vi = {r[0].value: r[1].value for r in books["vi"]["Thông tin"].iter_rows(min_row=2)}
    assert vi["Số liệu công bố đến ngày"] == "02/03/2026" and vi["Số liệu cập nhật"] == "2026-12"
    assert meta["Target set"].startswith("Action programme for Resolution 26")
    assert meta["Package version"] in ("0.1.0", "source")


def test_the_date_made_is_written_the_readers_way(baseline):
    """02/12/2026 in Vietnamese; the sheet gave 2026-12-02 to both readers."""
    import datetime as dt

    from model.report.workbook import metadata_sheet

    for lang, want in (("vi", "02/12/2026"), ("en", "2026-12-02")):
        rows = metadata_sheet(baseline, lang, "0.1.0", "2026-03", today=dt.date(2026, 12, 2)).frame
        assert rows.iloc[:, 1].tolist()[4] == want, lang


def test_the_projects_ramp_is_written_the_readers_way(book):
    """A ramp-up is a list of shares: '0,3; 0,6; 1' in Vietnamese (its decimal comma cannot also
    separate the years), '0.3, 0.6, 1' in English, never the file's '0.3, 0.6, 1' in both."""
    books, _ = book
    for lang, sheet, head, want in (("vi", "Dự án", "Lộ trình công suất", "0,015; 0,7; 1"),
                                    ("en", "Projects", "Ramp-up", "0.015, 0.7, 1")):
        ws = books[lang][sheet]
        col = [c.value for c in ws[1]].index(head)
        row = next(r for r in ws.iter_rows(min_row=2) if "Vũng Áng 2" in str(r[0].value))
        assert row[col].value == want


def test_the_sources_sheet_speaks_the_readers_language(book, history):
    """The Vietnamese workbook's sources named variables and sectors by their ids ("real_growth",
    "total", "other_industry") and said how each figure was made in English. Every method the
    history writes now has its Vietnamese, numbers written the Vietnamese way."""
    import re

    import pandas as pd

    from model.industry import split_provenance

    books, _ = book
    rows = list(books["vi"]["Nguồn số liệu"].iter_rows(values_only=True))
    head, body = rows[0], rows[1:]
    col = {h: i for i, h in enumerate(head)}
    variables = {r[col["Biến"]] for r in body}
    assert variables == {"Giá trị giá hiện hành (tỷ đồng)", "Giá trị giá so sánh 2010 (tỷ đồng)",
                         "Tăng trưởng thực (tỷ lệ/năm, 0,05 = 5 %)", "Dân số trung bình (nghìn người)"}
    assert {"Toàn tỉnh", "Chế biến, chế tạo", "Khai khoáng, điện, nước", "Xây dựng"} <= {r[col["Ngành"]] for r in body}
    english = re.compile(r"\b(published|the|of|from|at|by|and|growth|level|total)\b")
    assert not [r[col["Phương pháp"]] for r in body if english.search(r[col["Phương pháp"]])]
    assert any(r[col["Phương pháp"]] == "ngoại suy từ 2022 theo tốc độ tăng bình quân 2020–2022 là 0,71 %/năm"
               for r in body)
    # every method the history writes is translated (a new one must be added to the list)
    provenance = pd.concat([history.provenance, split_provenance(history)], ignore_index=True)
    rows = provenance.to_dict("records")
    assert all(workbook.method_text(r, "vi") != r["method"] for r in rows)
    assert all(workbook.method_text(r, "en") == r["method"] for r in rows)
    new = {"method": "something new", "method_key": "new", "method_args": {}}
    assert workbook.method_text(new, "vi") == "something new"
    # the numbers in a method, written the Vietnamese way from the history's own numbers
    shifted = next(r for r in rows if r["method_key"] == "shifted_revision")
    assert workbook.method_text(shifted, "vi").startswith("số công bố -3,23 % dịch -3,011 điểm %")
    # English keeps the history's words and names the variables with their units too
    en = list(books["en"]["Data provenance"].iter_rows(values_only=True))
    assert "At constant 2010 prices (billion VND)" in {r[1] for r in en[1:]}
    assert "extrapolated from 2022 at the 2020–2022 average growth of 0.71 % a year" in {r[5] for r in en[1:]}


def test_a_setting_in_words():
    """`setting_label` by hand: a year of a path, a project the file defines (its own name, text
    as it is), a share of its capital, an answer kept in the file, and a path with no words."""
    from model.report.strings import setting_label

    names = {"rail": ("Đường sắt <b>Mụ Giạ</b>", "Mu Gia railway")}
    assert setting_label("sectors.services.growth.2027", "vi") == "Dịch vụ — tăng trưởng, năm 2027"
    assert setting_label("sectors.services.investment.2030", "en") == "Services — investment (% of GRDP), 2030"
    assert setting_label("projects.rail.capex.2027", "vi", names) == "Dự án: Đường sắt <b>Mụ Giạ</b> — vốn đầu tư (tỷ đồng), năm 2027"
    assert setting_label("projects.rail.sources.fdi", "en", names) == "Project: Mu Gia railway — share of capital, FDI"
    assert setting_label("meta.answers.grdp_growth_avg", "en") == "Result when the file was made: Average real GRDP growth 2021-2030"
    assert setting_label("something.else", "vi") == "something.else"


def test_the_solve_request_in_words(history, baseline):
    """The `[solve]` table's rows read "Yêu cầu giải mục tiêu: bounds.services.min" in the
    Vietnamese workbook: each key is now in words (the Solve page's own where it has them), a
    bound names its sector, side and unit, a priority its target; a list is the reader's list, not
    Python's "['grdp_growth_avg', …]", and a ramp's numbers are the reader's."""
    from model.report.strings import setting_label

    assert setting_label("solve.bounds.services.min", "vi") == \
        "Yêu cầu giải mục tiêu: Dịch vụ — giới hạn tăng trưởng, thấp nhất (tỷ lệ/năm)"
    assert setting_label("solve.bounds.industry_construction.max", "en") == \
        "Solve request: Industry-construction — growth bound, highest (fraction a year)"
    assert setting_label("solve.priorities.grdp_growth_avg", "en") == \
        "Solve request: priority weight — Average real GRDP growth 2021-2030"
    assert setting_label("solve.targets", "vi") == "Yêu cầu giải mục tiêu: mục tiêu cần đạt"
    assert setting_label("solve.investment_cap", "en") == \
        "Solve request: cap on total social investment (% of GRDP a year)"
    assert setting_label("solve.priorities.no_such_target", "en") == "Solve request: priorities.no_such_target"

    from dataclasses import replace

    from model.scenario import solve_settings_from_dict

    from .conftest import SCENARIOS

    mine = model.parse_scenario((SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + """
[projects.my_plant]
name_vi = "Nhà máy của tôi"
sector = "industry_construction"
first_year = 2027
ramp = [0.25, 0.5, 1.0]
va = 1000
""")
    sc = replace(mine, solve=solve_settings_from_dict({
        "targets": ["grdp_growth_avg", "grdp_multiple"], "free": ["services", "industry_construction"],
        "method": "ramp", "smoothness": 2.0, "taxes": "held", "prices": ["services"], "investment_cap": 60.0,
        "priorities": {"grdp_growth_avg": 3.0}, "bounds": {"services": {"min": 0.02, "max": 0.15}}}))
    p = model.simulate(history, sc)
    for lang in ("vi", "en"):
        wb = openpyxl.load_workbook(io.BytesIO(workbook.build(sc, sc, p, history, lang)))
        rows = {r[0].value: (r[1].value, r[2].value) for r in wb.worksheets[4].iter_rows(min_row=2)}
        solve = {k: v for k, v in rows.items() if k.startswith("solve.")}
        assert len(solve) == 11, solve
        for path, (words, _) in solve.items():
            tail = path.split(".", 1)[1]
            assert "_" not in words and "." not in words and (lang == "en" or tail not in words), (lang, path, words)
        assert solve["solve.targets"][1] == "grdp_growth_avg, grdp_multiple"
        assert solve["solve.bounds.services.max"][1] == 0.15
        assert rows["projects.my_plant.ramp"][1] == ("0,25; 0,5; 1" if lang == "vi" else "0.25, 0.5, 1")


def test_a_title_that_begins_with_an_equals_sign_stays_text(history, baseline):
    """A planner's title or description is text in the workbook, whatever it begins with: one
    beginning with "=" was written as a live formula (=HYPERLINK(…) a link in the planner's
    workbook, =1+1 computed)."""
    import zipfile
    from dataclasses import replace

    bad = model.parse_scenario(replace(baseline, title_vi='=HYPERLINK("http://example.org","bấm")',
                                       description="=1+1").to_toml())
    raw = workbook.build(bad, baseline, model.simulate(history, bad), history, "vi")
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        assert not [n for n in z.namelist() if n.startswith("xl/worksheets/") and "<f>" in z.read(n).decode("utf-8")]
    wb = openpyxl.load_workbook(io.BytesIO(raw))
    cells = {c.value: c.data_type for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert cells['=HYPERLINK("http://example.org","bấm")'] == "s" and cells["=1+1"] == "s"


def test_the_consistency_sheet_speaks_the_readers_language(book):
    """Its status column held the finding's code ("warning", "conflict") in the Vietnamese book."""
    books, _ = book
    for lang, sheet, words in (("vi", "Nhất quán", {"Thông tin", "Lưu ý", "Mâu thuẫn"}),
                               ("en", "Consistency", {"Info", "Warning", "Conflict"})):
        status = {r[0].value for r in books[lang][sheet].iter_rows(min_row=2)}
        assert status and status <= words, status
    assert "Mâu thuẫn" in {r[0].value for r in books["vi"]["Nhất quán"].iter_rows(min_row=2)}


def test_a_change_that_takes_a_setting_out_of_the_file_has_its_row(history):
    """A planner switches LNG III off, leaves the target set to the default and renames the
    file's title: the sheet showed no row for the two that left the file (off projects and an
    unset set are not written), and the title "as in the scenario" it was not. Each now reads
    what it is and what it was, in words ("was: None" for an unset set before)."""
    from dataclasses import replace

    from model.projects import ProjectSetting

    loaded = replace(model.load_scenario("scenarios/baseline.toml"), targets_set="plan_2026_2030").with_project(
        "lng_vung_ang_3", ProjectSetting(on=True, delay=2))
    edited = replace(loaded.with_project("lng_vung_ang_3", ProjectSetting(on=False)), targets_set=None,
                     title_en="Without LNG")
    for lang, want in (("en", {"projects.lng_vung_ang_3": ("off", "changed (was: on, 2 years late)"),
                               "targets.set": ("NQ 26 programme", "changed (was: 2026–2030 plan (NQ 291))"),
                               "meta.title_en": ("Without LNG", "changed (was: Baseline (2022–2025 trend))")}),
                       ("vi", {"projects.lng_vung_ang_3": ("tắt", "đã chỉnh (trước: bật, lùi 2 năm)"),
                               "targets.set": ("CTHĐ NQ 26", "đã chỉnh (trước: KH 2026–2030 (NQ 291))")})):
        frame = workbook.assumptions_sheet(edited, loaded, lang, history.last_year).frame
        rows = {r[0]: (r[2], r[3]) for r in frame.itertuples(index=False)}
        for path, (value, origin) in want.items():
            assert rows[path] == (value, origin), (lang, path, rows.get(path))
    # and where nothing changed, nothing is said changed
    same = workbook.assumptions_sheet(loaded, loaded, "en", history.last_year).frame
    assert not same.iloc[:, 3].str.startswith("changed").any()


def test_the_targets_sheet_is_the_scorecards_with_its_probabilities_and_trends(history, baseline):
    """The workbook's targets are what the Scorecard shows: a trend typed for a tracked target
    (urbanisation at +2 points a year from 31 % in 2023 is 45 % in 2030, still short of > 45)
    and the column "Probability met" of the same draws, worded as on the page, with a dash
    for a target the draws do not judge; the draws' settings are among the notes. Without
    them, as before: no column (the command line's `run` draws nothing)."""
    from model import uncertainty
    from model.report import risk as rv

    p = model.simulate(history, baseline)
    r = uncertainty.run(history, baseline, draws=2000, seed=7, fans=False)
    for lang, sheet, col, note in (("vi", "Chỉ tiêu", "Xác suất đạt", "2.000 lượt, hạt giống 7"),
                                   ("en", "Targets", "Probability met", "2,000 draws, seed 7")):
        wb = openpyxl.load_workbook(io.BytesIO(workbook.build(baseline, baseline, p, history, lang,
                                                              trends={"urbanisation_rate": 2.0}, risk=r)))
        rows = list(wb[sheet].iter_rows(values_only=True))
        heads, body = rows[0], rows[1:]
        assert heads[-1] == col
        shown = dict(zip(rv.probabilities(r, lang)["indicator"], rv.probabilities(r, lang)["probability"]))
        by_name = {row[0]: row for row in body}
        judged = [name for name in by_name if name in shown]
        assert len(judged) == len(r.probabilities) - 1 >= 7   # every modelled target, "all together" is no row
        assert all(by_name[name][-1] == shown[name] for name in judged)
        assert all(row[-1] == "—" for name, row in by_name.items() if name not in shown)
        urban = next(row for row in body if row[0] in ("Tỷ lệ đô thị hóa", "Urbanisation rate"))
        assert urban[2] == pytest.approx(31 + 2 * 7)
        about = [row[1] for row in wb[wb.sheetnames[0]].iter_rows(values_only=True)]
        assert any(note in str(x) and rv.all_sentence(r, lang) in str(x) for x in about), about
        plain = openpyxl.load_workbook(io.BytesIO(workbook.build(baseline, baseline, p, history, lang)))
        assert col not in next(plain[sheet].iter_rows(values_only=True))


def test_the_investment_sheet_gives_the_first_years_catch_up(book):
    """The part of 2026's need that makes up for what the actual years' investment falls short
    of delivering: `required_investment`'s ``catch_up``, in its own column, nil after 2026."""
    from model import investment as inv

    books, p = book
    want = inv.required_investment(p)["catch_up"]
    for lang, head in (("vi", "Trong đó: bù phần vốn các năm trước chưa tạo đủ (tỷ đồng, ICOR trung tâm)"),
                       ("en", "Of which: catch-up for what earlier investment falls short of delivering (bn VND, "
                              "central ICOR)")):
        ws = books[lang]["Nhu cầu vốn" if lang == "vi" else "Investment need"]
        heads = [c.value for c in ws[1]]
        col = {r[0].value: r[heads.index(head)].value for r in ws.iter_rows(min_row=2)}
        assert col[2026] == pytest.approx(want[2026], abs=0.5) and col[2026] > 10000
        assert all(col[y] == 0 for y in range(2027, 2031))


def test_the_compare_workbook_is_the_compare_tables_numbers(history, baseline):
    """The Compare page's 2030 table as a workbook (`workbook.compare_book`): each scenario's
    value a number under its column key, the status in words, Δ against the first; the
    investment need at ICOR 7 judged against the record, then at ICOR 6 and 8 as numbers (the
    page writes "78.5–106.6" in one cell); which scenario each key names; the probabilities and
    the notes given; a scenario ending before 2030 leaves its cells empty; a name beginning with
    "=" stays text. By hand: the Provincial Plan's 92.5 % against the record 50.5 (2024)."""
    from dataclasses import replace

    from model.investment import need_against_record
    from model.report.views import compare_numbers

    plan = model.load_scenario(Path(__file__).resolve().parents[1] / "scenarios" / "provincial_plan.toml")
    short = replace(baseline, name="ngan", horizon=2028)
    ps = {"=Cơ sở": model.simulate(history, baseline), "Quy hoạch": model.simulate(history, plan),
          "Ngắn": model.simulate(history, short)}
    probs = pd.DataFrame({"Chỉ tiêu": ["Tăng trưởng"], "Mục tiêu": ["> 9"], "A": ["0,1 %"], "B": ["61,3 %"], "C": ["—"]})
    raw = workbook.compare_book(ps, "vi", "nq26_programme", probabilities=probs, notes=("Các lộ trình của B …",))
    wb = openpyxl.load_workbook(io.BytesIO(raw))
    assert wb.sheetnames == ["So sánh 2030", "Theo năm", "Các kịch bản", "Xác suất", "Thông tin"]
    ws = wb["So sánh 2030"]
    heads = [c.value for c in ws[1]]
    assert heads == ["Chỉ tiêu", "Mục tiêu", "A", "B", "C", "Trạng thái A", "Trạng thái B", "Trạng thái C", "Δ B−A", "Δ C−A"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    nums = compare_numbers({k: ps[k] for k in ("=Cơ sở", "Quy hoạch")}, "nq26_programme")
    growth = rows["Tăng trưởng bình quân 2021–2030 (%/năm)"]
    assert [c.value for c in growth[1:3]] == ["> 9", pytest.approx(nums.at["grdp_growth_avg", "=Cơ sở"])]
    assert growth[3].value == pytest.approx(nums.at["grdp_growth_avg", "Quy hoạch"])
    assert growth[4].value is None and growth[7].value is None and growth[9].value is None   # C ends in 2028
    assert [c.value for c in growth[5:7]] == ["Chưa đạt", "Đạt"]
    assert growth[8].value == pytest.approx(growth[3].value - growth[2].value) and growth[2].number_format == "#,##0.00"
    level = rows["GRDP giá hiện hành 2030 (tỷ đồng)"]
    assert level[2].number_format == "#,##0" and level[8].number_format == "#,##0"
    need = rows["Vốn đầu tư cần 2026–2030, ICOR 7 (% GRDP/năm)"]
    assert need[1].value == "kỷ lục 50,5" and round(need[3].value, 1) == 92.5 and need[3].number_format == "#,##0.0"
    assert [c.value for c in need[5:7]] == ["Không cao hơn kỷ lục", "Cao hơn kỷ lục"]
    for icor, end in ((6, "low"), (8, "high")):
        row = rows[f"Vốn đầu tư cần 2026–2030, ICOR {icor} (% GRDP/năm)"]
        assert [row[2].value, row[3].value] == pytest.approx(
            [need_against_record(ps[k])[end] for k in ("=Cơ sở", "Quy hoạch")])
    assert round(rows["Vốn đầu tư cần 2026–2030, ICOR 6 (% GRDP/năm)"][3].value, 1) == 78.5
    assert round(rows["Vốn đầu tư cần 2026–2030, ICOR 8 (% GRDP/năm)"][3].value, 1) == 106.6
    # the charts' series by year, a column a scenario: the actual years the data's, exactly
    years = {r[0]: r for r in wb["Theo năm"].iter_rows(min_row=2, values_only=True)}
    heads = [c.value for c in wb["Theo năm"][1]]
    assert heads[:4] == ["Năm", "GRDP giá hiện hành (tỷ đồng) — A", "GRDP giá hiện hành (tỷ đồng) — B",
                         "GRDP giá hiện hành (tỷ đồng) — C"] and heads[-1] == "Tăng trưởng GRDP (%/năm) — C"
    assert years[2023][1:4] == (99686, 99686, 99686)   # published, at current prices
    assert years[2030][2] == pytest.approx(ps["Quy hoạch"].grdp_nominal[2030]) and years[2030][3] is None   # C ends in 2028
    assert years[2027][8] == pytest.approx(100 * ps["Quy hoạch"].growth_real[2027])
    who = [[c.value for c in r] for r in wb["Các kịch bản"].iter_rows()]
    assert who[0] == ["Cột", "Kịch bản", "Tệp", "Tên", "Bộ mục tiêu", "Năm cuối dự báo", "Năm thực tế cuối cùng"]
    assert who[1][:3] == ["A", "=Cơ sở", "baseline"] and who[3][:3] == ["C", "Ngắn", "ngan"] and who[3][5] == 2028
    assert wb["Các kịch bản"]["B2"].data_type == "s"   # a name beginning with "=" is text, not a formula
    assert [c.value for c in wb["Xác suất"][2]] == ["Tăng trưởng", "> 9", "0,1 %", "61,3 %", "—"]
    about = {r[0].value: r[1].value for r in wb["Thông tin"].iter_rows(min_row=2)}
    assert about["Kỷ lục vốn đầu tư (% GRDP)"] == "50,5 (năm 2024), cao nhất trong các năm đã công bố"
    assert about["Lưu ý"] == "Các lộ trình của B …" and about["Bộ mục tiêu"].startswith("Chương trình hành động")
    en = openpyxl.load_workbook(io.BytesIO(workbook.compare_book(ps, "en", "nq26_programme")))
    assert en.sheetnames == ["Compared in 2030", "By year", "Scenarios", "About"]
    row = next(r for r in en["Compared in 2030"].iter_rows(values_only=True)
               if r[0] == "Investment need 2026–2030, ICOR 7 (% of GRDP/yr)")
    assert row[1] == "record 50.5" and row[5:7] == ("Not above the record", "Above the record")


def test_every_sheet_prints_landscape_with_its_header_on_every_page(book):
    """An officer prints the workbook for a meeting: A4 landscape, the header row on every page,
    each sheet as few pages wide as keep it at 56 % of its size or more (`xlsx.PAGE_UNITS`
    column-width units a page), the first column on every page of a sheet printed across pages,
    a note longer than its column wrapped within it in a row as tall as its lines, a number
    column's header over its numbers at the right, words beside numbers a space apart from them,
    and the footer naming the sheet and the page.
    Before, the workbook printed on 81 portrait pages, the Scorecard's notes cut at their column's
    edge and its columns on pages without their row names."""
    import math
    import textwrap

    books, _ = book
    for lang, wb in books.items():
        for ws in wb:
            total = sum(ws.column_dimensions[c].width for c in ws.column_dimensions)
            wide = max(1, math.ceil(total / xlsx.PAGE_UNITS))
            setup = ws.page_setup
            assert (setup.orientation, setup.paperSize, ws.print_title_rows) == ("landscape", 9, "$1:$1"), ws.title
            assert ws.sheet_properties.pageSetUpPr.fitToPage and (setup.fitToWidth, setup.fitToHeight) == (wide, 0)
            assert ws.print_title_cols == ("$A:$A" if wide > 1 else None), ws.title
            assert ws.oddFooter.center.text == "&A · &P / &N"
            assert ws.oddHeader.left.text == ("Kịch bản cơ sở (xu hướng 2022–2025)" if lang == "vi"
                                              else "Baseline (2022–2025 trend)")
            assert ws.oddFooter.right.text in {d.strftime("%d/%m/%Y") if lang == "vi" else d.isoformat()
                                               for d in BUILT_ON}
    vi = books["vi"]
    # by hand: the Scorecard's nine columns on one page, the projection's 27 on two
    assert vi["Chỉ tiêu"].page_setup.fitToWidth == 1 and vi["Dự báo"].page_setup.fitToWidth == 2
    ws = vi["Chỉ tiêu"]
    heads = [c.value for c in ws[1]]
    note = heads.index("Ghi chú") + 1
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(note)].width == 60
    long_ = [c for c in ws.iter_cols(min_col=note, max_col=note, min_row=2).__next__() if len(c.value or "") > xlsx.WRAP_CHARS]
    assert long_, "the Scorecard's notes hold sentences longer than their column"
    for c in long_:
        lines = len(textwrap.wrap(c.value, xlsx.WRAP_CHARS))
        assert c.alignment.wrap_text and ws.row_dimensions[c.row].height >= xlsx.ROW_POINTS * lines >= 30
        assert ws.cell(row=c.row, column=1).alignment.vertical == "top"   # its row read from the top
    # by hand: the digital economy's note, 136 characters, is two lines of at most 69 (Calc prints
    # 77–80 a line, `test_the_workbooks_print_as_laid_out`): 30 points, where 58 a line gave 45
    row = next(c.row for c in ws["A"] if c.value == "Tỷ trọng kinh tế số trong GRDP")
    assert len(ws.cell(row=row, column=note).value) == 136 and ws.row_dimensions[row].height == 30
    # the projection's headers wrap over columns as wide as their numbers ("126,000", not the header's 30 characters)
    ws = vi["Dự báo"]
    col = [c.value for c in ws[1]].index("GRDP giá hiện hành (tỷ đồng)") + 1
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width <= xlsx.NUMBER_HEAD + 2
    assert ws.cell(row=1, column=col).alignment.horizontal == "right" and ws.row_dimensions[1].height >= 30
    assert ws.cell(row=1, column=1).alignment.horizontal is None   # the year: a key, not a measure
    # words beside numbers keep a space from them ("7,34> 9" read as one): indented one character
    ws = vi["Chỉ tiêu"]
    target = [c.value for c in ws[1]].index("Mục tiêu") + 1
    assert ws.cell(row=1, column=target - 1).value == "Kịch bản 2030"
    assert all((c.alignment.horizontal, c.alignment.indent) == ("left", 1)
               for (c,) in ws.iter_rows(min_col=target, max_col=target))
    assert ws.cell(row=2, column=2).alignment.indent == 0   # the group, after the indicator's name: no number before it
    # and after a column of numbers without a format: the year ("2020 có"), the assumptions' values
    # among words ("0.085 changed (was: 7.5 %)")
    assert vi["Dự báo"]["B2"].alignment.indent == 1 and vi["Dự báo"]["B1"].value == "Số liệu thực tế"
    where = [c.value for c in vi["Giả định"][1]].index("Nguồn gốc") + 1
    assert all(c.alignment.indent == 1 for (c,) in vi["Giả định"].iter_rows(min_col=where, max_col=where))
    assert vi["Giả định"].cell(row=2, column=where - 2).alignment.indent == 0   # words after words


def _calc_pdf(xlsx: Path) -> Path:
    """``xlsx`` as LibreOffice Calc prints it (PDF); skipped outside CI where Calc is missing
    (`.ci/run` installs it), failed in CI."""
    import os
    import shutil
    import subprocess

    pdf = xlsx.with_suffix(".pdf")
    if shutil.which("soffice") and shutil.which("pdftotext"):
        # a profile of its own: an office already running under the user's (another test run, the
        # planner's own) would take the job and print nothing here
        profile = (xlsx.parent / "office_profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(xlsx.parent), str(xlsx)], capture_output=True, timeout=240)
    if not pdf.exists():
        if os.environ.get("CI"):
            raise AssertionError("LibreOffice Calc did not print the workbook: .ci/run installs libreoffice-calc")
        pytest.skip("LibreOffice Calc and poppler print the workbook (apt-get install libreoffice-calc poppler-utils)")
    return pdf


def _pages(pdf: Path) -> list[str]:
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def test_the_workbooks_print_as_laid_out(history, baseline, tmp_path):
    """As LibreOffice Calc prints them: the comparison of three scenarios (one to 2050) one page
    a sheet, each page headed by the scenarios compared, its foot naming its sheet, the page and
    the day; the Export page's workbook on fewer than 25 pages where it printed on 81 (the count
    follows the fonts), every page headed by the scenario's title, then its sheet's header row, and
    every wrapped note printed whole (its row as tall as its lines, none cut at its foot)."""
    from dataclasses import replace

    plan = model.load_scenario(Path(__file__).resolve().parents[1] / "scenarios" / "provincial_plan.toml")
    ps = {"Cơ sở": model.simulate(history, baseline), "Quy hoạch": model.simulate(history, plan),
          "Đến 2050": model.simulate(history, replace(baseline, name="den_2050", horizon=2050))}
    f = tmp_path / "so_sanh.xlsx"
    day = datetime.date.today()   # the day printed, given: a run across midnight read the next one
    f.write_bytes(workbook.compare_book(ps, "vi", "nq26_programme", today=day))
    pages = _pages(_calc_pdf(f))
    names = openpyxl.load_workbook(f).sheetnames
    assert len(pages) == len(names)
    today = day.strftime("%d/%m/%Y")
    for k, (page, name) in enumerate(zip(pages, names), start=1):
        lines = [x for x in page.strip().splitlines() if x.strip()]
        assert lines[-1].split() == [*name.split(), "·", str(k), "/", str(len(names)), today]
        # headed by what is compared: "A Kịch bản cơ sở (xu hướng 2022–2025) · B Quy hoạch tỉnh … · C …"
        assert lines[0].split()[:2] == ["A", "Kịch"] and " B Quy hoạch tỉnh" in lines[0] and " · C " in lines[0]
    edited = baseline.with_rate("sectors.services.growth", model.RatePath.const(0.085))
    f = tmp_path / "xuat.xlsx"
    days = {datetime.date.today().strftime("%d/%m/%Y")}
    f.write_bytes(workbook.build(edited, baseline, model.simulate(history, edited), history, "vi"))
    days.add(datetime.date.today().strftime("%d/%m/%Y"))
    wb = openpyxl.load_workbook(f)
    pdf = _calc_pdf(f)
    pages = _pages(pdf)
    assert len(pages) < 25
    # every wrapped text printed whole: a row too short for its lines cuts them at its foot (the
    # rows are made as tall as `xlsx.WRAP_CHARS` a line says; Calc draws a cell's text in one run)
    import subprocess

    drawn = "".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    wrapped = [c.value for ws in wb for row in ws.iter_rows(min_row=2) for c in row
               if c.alignment.wrap_text and isinstance(c.value, str)]
    assert len(wrapped) > 20 and [v for v in wrapped if "".join(v.split()) not in drawn] == []
    for page in pages:
        lines = [x for x in page.strip().splitlines() if x.strip()]
        name = " ".join(lines[-1].split()[:-5])   # the sheet's name, "·", the page, "/", the pages, the day
        assert lines[-1].split()[-1] in days
        assert lines[0].split() == edited.title_in("vi").split()   # the scenario printed
        first = lines[1].split()
        assert first[0] == wb[name].cell(row=1, column=1).value.split()[0], (name, first)


def test_the_quarterly_workbook_is_the_pages_table(history, baseline):
    """The Quarterly page's workbook (`workbook.quarterly_book`): the ministry's layout for the
    year with its numbers as numbers, GRDP first (by hand: 2025's nine months, 8.05 %, as
    published), the year's quarters by sector, and what it is: the scenario, the year, the unit,
    the page's sentences (what the fourth quarter needs for 9 % after nine months at 8.05 %, as
    `remaining` says); headed by the scenario's title when printed."""
    from model import quarterly as Q

    q = Q.quarterly(model.simulate(history, baseline))
    rest = Q.remaining(q, 2025, 3, 8.05, 9.0)
    raw = workbook.quarterly_book(q, 2025, baseline, "vi", rest)
    wb = openpyxl.load_workbook(io.BytesIO(raw))
    assert wb.sheetnames == ["Năm 2025 theo quý", "Theo quý", "Thông tin"]
    ws = wb["Năm 2025 theo quý"]
    assert [c.value for c in ws[1]] == ["Ngành", "Quý I", "Quý II", "Quý III", "Quý IV", "Lũy kế quý I",
                                        "Lũy kế 6 tháng", "Lũy kế 9 tháng", "Cả năm"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert list(rows) == ["GRDP", "Nông-lâm-thủy sản", "Công nghiệp-xây dựng", "Dịch vụ", "Thuế SP trừ trợ cấp"]
    assert rows["GRDP"][7].value == pytest.approx(8.05) and rows["GRDP"][7].number_format == "#,##0.00"
    tab = q.table(2025)
    assert [c.value for c in rows["Dịch vụ"][1:]] == pytest.approx(
        list(tab.loc["services", [f"q{k}_pct" for k in range(1, 5)] + [f"cum{k}_pct" for k in range(1, 5)]]))
    values = list(wb["Theo quý"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in values} == {2025} and len(values) == len(q.year(2025))
    about = {r[0].value: r[1].value for r in wb["Thông tin"].iter_rows(min_row=2)}
    assert about["Năm"] == "2025" and about["Năm 2025 theo quý"].startswith("% so với cùng kỳ năm trước")
    notes = [r[1].value for r in wb["Thông tin"].iter_rows(min_row=2) if r[0].value == "Lưu ý"]
    assert about["Tên"] == baseline.title_in("vi") and notes[0].startswith(
        "Kịch bản cơ sở (xu hướng 2022–2025): tăng trưởng theo quý năm 2025 (% so với cùng kỳ")
    assert f"quý IV phải tăng {rest.needed_pct:.2f} %".replace(".", ",") in notes[2] and len(notes) == 4
    assert wb["Năm 2025 theo quý"].oddHeader.left.text == baseline.title_in("vi")
    en = openpyxl.load_workbook(io.BytesIO(workbook.quarterly_book(q, 2026, baseline, "en")))
    assert en.sheetnames == ["2026 by quarter", "Quarterly", "About"]
    assert [c.value for c in en["2026 by quarter"][1]][:3] == ["Sector", "Q1", "Q2"]
