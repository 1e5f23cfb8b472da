"""The briefing deck (issue 17): reopened with python-pptx, the expected slides, native charts
whose series hold the projection's numbers, Vietnamese in NFC, a source line on every slide; and,
where LibreOffice is installed (CI installs it), rendered to PDF and pictures with no text
outside its box."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from dataclasses import replace

import pytest

import model
from model.cli import main
from model.report import deck, pptx_chart
from model.report.strings import t

from .conftest import SCENARIOS

BASELINE, CONGRESS = str(SCENARIOS / "baseline.toml"), str(SCENARIOS / "congress_2025.toml")


@pytest.fixture(scope="module")
def decks(history):
    from pptx import Presentation

    sc = [model.load_scenario(BASELINE), model.load_scenario(CONGRESS)]
    raw = {lang: deck.build(history, sc, lang=lang, draws=500) for lang in ("vi", "en")}
    return raw, {lang: Presentation(io.BytesIO(b)) for lang, b in raw.items()}


def _texts(slide) -> list[str]:
    out = []
    for sh in slide.shapes:
        if sh.has_text_frame:
            out.append(sh.text_frame.text)
        if sh.has_table:
            out += [c.text for r in sh.table.rows for c in r.cells]
    return out


def test_the_slides(decks):
    _, prs = decks
    titles = [s.shapes[0].text_frame.text for s in prs["en"].slides]
    assert titles[0] == "Baseline (2022–2025 trend)"
    assert titles[1].startswith("The 2030 targets") and titles[-2] == "The scenarios compared (2030)"
    assert titles[-1] == "Real GRDP growth by scenario"
    assert any(x.startswith("Real GRDP growth against the target") for x in titles)
    assert len(titles) == 12   # no [solve] table in the baseline file; two slides compare
    assert titles[4] == "Growth by quarter, 2026 (% on the same quarter a year before)"
    # the targets' table gives each value's unit (a briefing read "6,63" beside "> 9" with none)
    table = next(sh.table for sh in prs["vi"].slides[1].shapes if sh.has_table)
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["Chỉ tiêu", "Kịch bản 2030", "Mục tiêu", "Trạng thái", "Xác suất đạt"]
    assert rows[1][:3] == ["Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2030", "7,17", "> 9 %/năm"]
    assert rows[-1][2] == "≈ 170 triệu đồng/người"


def test_the_quarterly_slide_holds_the_quarterly_pages_numbers(decks, baseline_projection):
    """The first projected year by quarter in the ministry's layout (Government Resolution
    01/NQ-CP asks each province for a quarterly growth scenario): the Quarterly page's table, and
    its chart, whose four quarters add up to the year."""
    from model import quarterly as Q

    _, prs = decks
    slide = prs["vi"].slides[4]
    assert slide.shapes[0].text_frame.text == "Tăng trưởng theo quý năm 2026 (% so với cùng kỳ)"
    tbl = next(sh.table for sh in slide.shapes if sh.has_table)
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in tbl.rows}
    tab = Q.quarterly(baseline_projection).table(2026)
    assert rows["Ngành"][1] == "Quý I" and rows["Ngành"][-1] == "Cả năm"
    assert rows["GRDP"][-1] == f"{tab.at[Q.TOTAL, 'cum4_pct']:.2f}".replace(".", ",")
    assert rows["GRDP"][-1] == f"{100 * baseline_projection.growth_real[2026]:.2f}".replace(".", ",")
    chart = next(sh.chart for sh in slide.shapes if sh.has_chart)
    assert list(chart.plots[0].categories) == ["Quý I", "Quý II", "Quý III", "Quý IV"]
    # and how far such quarters stood from the published ones on the record (the split's backtest)
    b = Q.backtest(model.assemble_history())
    rmse = f"{b.scores.at[('split', 'grdp'), 'rmse_pp']:.2f}".replace(".", ",")
    assert any(f"Kiểm định ngược 2021–2025: năm dự báo đầu tiên, lũy kế theo cách tách này lệch số công bố {rmse} "
               f"điểm % với GRDP." in x
               for x in _texts(slide))
    assert prs["en"].slide_width / prs["en"].slide_height == pytest.approx(16 / 9, rel=1e-3)


def test_the_quarterly_slide_of_another_year(history, baseline, capsys, tmp_path):
    """In December 2026 the planner reports 2027's quarters (Resolution 01/NQ-CP), where the
    slide always showed the first projected year: ``quarter_year`` (``brief --quarter-year``,
    the Quarterly page's year on the Export page); a year the scenario does not have is refused."""
    from pptx import Presentation

    from model import quarterly as Q
    from model.cli import main

    prs = Presentation(io.BytesIO(deck.build(history, [baseline], lang="en", draws=0, quarter_year=2027)))
    slide = next(s for s in prs.slides if s.shapes[0].text_frame.text.startswith("Growth by quarter"))
    assert slide.shapes[0].text_frame.text == "Growth by quarter, 2027 (% on the same quarter a year before)"
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in next(sh.table for sh in slide.shapes if sh.has_table).rows}
    tab = Q.quarterly(model.simulate(history, baseline)).table(2027)
    assert rows["GRDP"][1:5] == [f"{tab.at[Q.TOTAL, f'q{k}_pct']:.2f}" for k in range(1, 5)]
    with pytest.raises(ValueError, match="2031"):
        deck.build(history, [baseline], draws=0, quarter_year=2031)
    for wrong in ("2027", 2027.5):   # int() read the text and cut the half
        with pytest.raises(TypeError, match=r"quarter_year: a year is a whole number \(2025\)"):
            deck.build(history, [baseline], draws=0, quarter_year=wrong)
    assert main(["brief", BASELINE, "-o", str(tmp_path / "d.pptx"), "--quarter-year", "2031", "--lang", "en"]) == 2
    assert "--quarter-year 2031: a year from 2021 to 2030" in capsys.readouterr().err
    assert main(["brief", BASELINE, "-o", str(tmp_path / "d.pptx"), "--quarter-year", "2031"]) == 2
    assert "--quarter-year 2031: chọn một năm từ 2021 đến 2030" in capsys.readouterr().err
    assert not (tmp_path / "d.pptx").exists()


def _quarterly_slide(prs):
    return next(s for s in prs.slides if s.shapes[0].text_frame.text.startswith(("Growth by quarter",
                                                                               "Tăng trưởng theo quý")))


def test_the_quarterly_slide_says_what_the_rest_of_the_year_needs(history, baseline, capsys, tmp_path):
    """A quarterly report says what the remaining quarters need after those published: given
    them (``quarter_rest``; ``brief --done 3=8,05 --target 9``; in the app the Quarterly page's
    figures), the slide says it as the Quarterly page and `quarterly` do; --done and --target
    go together; a figure `quarterly` refuses is refused."""
    from pptx import Presentation

    from model import quarterly as Q
    from model.cli import main
    from model.report.views import remaining_text

    q = Q.quarterly(model.simulate(history, baseline))
    want = {lang: remaining_text(Q.remaining(q, 2026, 3, 8.05, 9.0), lang) for lang in ("vi", "en")}
    assert want["vi"].startswith("Sau 9 tháng tăng 8,05 %, để cả năm 2026 tăng 9,00 %, quý IV phải tăng ")
    for lang in ("vi", "en"):
        prs = Presentation(io.BytesIO(deck.build(history, [baseline], lang=lang, draws=0, quarter_rest=(3, 8.05, 9.0))))
        assert want[lang] in _texts(_quarterly_slide(prs))
    plain = Presentation(io.BytesIO(deck.build(history, [baseline], lang="vi", draws=0)))
    assert not any(x.startswith("Sau ") for x in _texts(_quarterly_slide(plain)))   # nothing known: nothing said
    with pytest.raises(ValueError, match="quarters done"):
        deck.build(history, [baseline], draws=0, quarter_rest=(4, 8.05, 9.0))
    # the command line, as `quarterly --done 3=8,05 --target 9` says it
    out = tmp_path / "d.pptx"
    assert main(["brief", BASELINE, "-o", str(out), "--done", "3=8,05", "--target", "9", "--draws", "100"]) == 0
    assert want["vi"] in _texts(_quarterly_slide(Presentation(out)))
    assert main(["quarterly", BASELINE, "--year", "2026", "--done", "3=8,05", "--target", "9"]) == 0
    assert want["vi"] in capsys.readouterr().out
    out.unlink()
    for cmd in (["brief", BASELINE, "-o", str(out), "--target", "9"], ["quarterly", BASELINE, "--year", "2026", "--target", "9"]):
        assert main([*cmd, "--lang", "en"]) == 2
        assert "--target needs --done (the quarters published and their cumulative growth, e.g. 3=8,05)" in \
            capsys.readouterr().err
    assert main(["brief", BASELINE, "-o", str(out), "--done", "3=8,05"]) == 2
    assert "--done cần --target" in capsys.readouterr().err
    assert not out.exists()
    if shutil.which("soffice") and shutil.which("pdftotext"):
        # the sentence fits between table and chart, at its longest: a need above the record's
        # every recent year says so in the sentence
        for lang in ("vi", "en"):
            f = tmp_path / f"rest_{lang}.pptx"
            f.write_bytes(deck.build(history, [baseline], lang=lang, draws=100, quarter_rest=(2, -1.5, 9.0)))
            said = remaining_text(Q.remaining(q, 2026, 2, -1.5, 9.0), lang)
            assert ("2021–2025 (cao nhất: tăng" if lang == "vi" else "2021–2025 (the most:") in said
            assert said in _texts(_quarterly_slide(Presentation(f)))
            assert _text_problems(_render(f, tmp_path)) == []


def test_the_cover_dates_the_deck_the_readers_way(decks):
    """"lập ngày 02/12/2026" on a Vietnamese cover, "made 2026-12-02" on an English one (the
    Vietnamese cover gave the ISO date)."""
    import re

    _, prs = decks
    vi, en = ("\n".join(_texts(prs[lang].slides[0])) for lang in ("vi", "en"))
    assert re.search(r"lập ngày \d{2}/\d{2}/\d{4};", vi) and not re.search(r"\d{4}-\d{2}-\d{2}", vi)
    assert re.search(r"made \d{4}-\d{2}-\d{2};", en)
    # how current the data are, as the reader writes a date: "data of 2026-12" alone read as data
    # to December 2026, where the latest published figure used is of 2 March 2026
    assert "số liệu công bố đến ngày 02/03/2026 (bản số liệu 2026-12); bộ mục tiêu:" in vi
    assert "data as published to 2026-03-02 (data vintage 2026-12); target set:" in en


def test_every_slide_has_its_source_line(decks):
    _, prs = decks
    for lang, word in (("vi", "Nguồn: Cục Thống kê Hà Tĩnh"), ("en", "Source: ")):
        for s in prs[lang].slides:
            assert any(x.startswith(word) for x in _texts(s)), lang


def _series(chart) -> dict:
    return {s.name: s for plot in chart.plots for s in plot.series}


def test_the_charts_are_native_and_hold_the_projections_numbers(decks, baseline_projection):
    _, prs = decks
    growth = next(s for s in prs["en"].slides if s.shapes[0].text_frame.text.startswith("Real GRDP growth"))
    chart = next(sh.chart for sh in growth.shapes if sh.has_chart)
    cats = list(chart.plots[0].categories)
    # the Growth page's chart (model.report.charts.growth): bars, and the set's target as a line
    assert [type(pl).__name__ for pl in chart.plots] == ["BarPlot", "LinePlot"]
    values = list(_series(chart)["Real growth"].values)
    # 2026, by hand: the projection's growth in percent
    assert values[cats.index("2026")] == pytest.approx(100 * baseline_projection.growth_real[2026])
    target = list(_series(chart)["Target: 9 % a year on average 2021–2030"].values)
    assert target[cats.index("2020")] is None and target[cats.index("2030")] == 9.0
    grdp = next(s for s in prs["en"].slides if s.shapes[0].text_frame.text.startswith("GRDP at current prices"))
    ch = next(sh.chart for sh in grdp.shapes if sh.has_chart)
    assert ch.value_axis.axis_title.text_frame.text == "trillion VND, current prices"
    v = list(_series(ch)["Projection"].values)
    assert v[list(ch.plots[0].categories).index("2030")] == pytest.approx(baseline_projection.grdp_nominal[2030] / 1000)
    band = _series(ch)["Target: 2.5–3 × 2020 by 2030"]   # the band's width over its invisible base
    base = _series(ch)["Target: 2.5–3 × 2020 by 2030 (base)"]
    n = baseline_projection.grdp_nominal[2020] / 1000
    assert list(base.values)[-1] + list(band.values)[-1] == pytest.approx(3 * n)
    n_charts = sum(sh.has_chart for s in prs["vi"].slides for sh in s.shapes)
    assert n_charts >= 7


def test_a_band_that_ends_before_the_horizon_does_not_fall_to_zero(history):
    """To 2050, the 2.5–3× target band ends in 2030. An area chart draws a missing value as
    zero in PowerPoint and LibreOffice alike, so the band fell to the axis after 2030 (seen in a
    2050 deck rendered by LibreOffice): it is closed at its own low edge instead, every value
    finite, its width nothing after 2030 and its base no lower than its 2030 low."""
    from pptx import Presentation
    from pptx.oxml.ns import qn

    from model.report import charts

    sc = model.load_scenario(BASELINE)
    long = model.parse_scenario(sc.to_toml().replace("horizon = 2030", "horizon = 2050"))
    p = model.simulate(history, long)
    prs = Presentation(io.BytesIO(deck.build(history, [long], lang="en", draws=200)))
    grdp = next(s for s in prs.slides if s.shapes[0].text_frame.text.startswith("GRDP at current prices"))
    ch = next(sh.chart for sh in grdp.shapes if sh.has_chart)
    cats = list(ch.plots[0].categories)
    assert cats[-1] == "2050"
    name = next(n for n in _series(ch) if n.startswith("Target") and not n.endswith("(base)"))
    band, base = list(_series(ch)[name].values), list(_series(ch)[name + " (base)"].values)
    assert None not in band and None not in base
    i = cats.index("2030")
    low, high = (v / 1000 for v in (2.5 * p.grdp_nominal[2020], 3 * p.grdp_nominal[2020]))
    assert base[i] == pytest.approx(low) and base[i] + band[i] == pytest.approx(high)
    assert band[i + 1:] == [0.0] * (len(cats) - i - 1)
    assert base[i + 1:] == [pytest.approx(low)] * (len(cats) - i - 1)
    # the edges as the chart definition has them: unchanged where the band has values
    layer = next(l for l in charts.grdp_nominal(p, "en").layers if l.mark == "span")
    assert base[:i + 1] == pytest.approx(list(layer.low[:i + 1]))
    # 31 years on the axis: every fifth labelled from 2020 (2030 and 2050 among them), as on
    # screen (`Chart.labelled_years`); the 2030 decks label every year
    skips = [ax.find(qn("c:tickLblSkip")) for s in prs.slides for sh in s.shapes if sh.has_chart
             for ax in sh.chart._chartSpace.xpath(".//c:catAx") if sh.chart.plots[0].categories[0] == "2020"]
    assert skips and all(x is not None and x.get("val") == "5" for x in skips)


def test_a_2030_deck_labels_every_year(decks):
    from pptx.oxml.ns import qn

    axes = [ax for s in decks[1]["vi"].slides for sh in s.shapes if sh.has_chart
            for ax in sh.chart._chartSpace.xpath(".//c:catAx")]
    assert axes and all(ax.find(qn("c:tickLblSkip")) is None for ax in axes)


def test_the_slip_slide_answers_what_if_a_project_is_late(history, tmp_path):
    """The province's third question on a slide: each project the scenario counts that has not
    started by 2025 (LNG Vũng Áng III, VinMetal), the largest effect first, as set, two years
    late and off, with the 2030 headline figures `model.analysis.project_variants` gives; the
    plants already in the record (Vũng Áng 2, VinFast) are not there (they cannot start later),
    and a scenario without a pending project has no such slide (the baseline's deck above)."""
    from pptx import Presentation

    from model.analysis import project_effects, project_variants
    from model.projects import ProjectSetting

    sc = (model.load_scenario(BASELINE).with_project("lng_vung_ang_3", ProjectSetting())
          .with_project("vinmetal_steel", ProjectSetting()))
    prs = Presentation(io.BytesIO(deck.build(history, [sc], lang="en", draws=100)))
    slide = next(s for s in prs.slides if s.shapes[0].text_frame.text.startswith("If a project slips"))
    tbl = next(sh.table for sh in slide.shapes if sh.has_table)
    rows = [[c.text for c in r.cells] for r in tbl.rows]
    assert rows[0][:3] == ["Project", "Variant", "First year of output"]
    names = [r[0] for r in rows[1:]]
    eff = project_effects(history, sc)
    first = max(("lng_vung_ang_3", "vinmetal_steel"), key=lambda pid: abs(eff[pid]))
    assert names[0].startswith({"lng_vung_ang_3": "LNG", "vinmetal_steel": "VinMetal"}[first])
    assert len(rows) == 1 + 6 and not any("Vũng Áng 2" in n or "VinFast EV" in n for n in names)
    lng = project_variants(history, sc, "lng_vung_ang_3", delays=(2,))
    got = {r[1]: r for r in rows[1:] if r[0].startswith("LNG")}
    assert list(got) == ["On, as set", "2 more years late", "Off"]
    assert got["2 more years late"][2] == "2032" and got["Off"][2] == "—"
    assert got["Off"][3] == f"{lng.at['off', 'grdp_growth_avg']:.2f}"
    assert got["On, as set"][4] == f"{lng.at['on', 'grdp_multiple']:.2f}"
    assert any("whose output starts after 2030 leaves the 2030 figures as with it off" in x
               for x in _texts(slide))   # LNG two years late: said why
    # in Vietnamese, as LibreOffice lays it out: every word on its slide, none over another
    if shutil.which("soffice") and shutil.which("pdftotext"):
        f = tmp_path / "slip_vi.pptx"
        f.write_bytes(deck.build(history, [sc], lang="vi", draws=100))
        assert _text_problems(_render(f, tmp_path)) == []


def test_the_projects_slide_reads_growth_over_the_sets_period(history):
    """Against the 2026–2030 plan the projects slide gives each one's effect on 2026–2030
    growth, the period the plan judges (its title and column said 2021–2030 for every set),
    with the API's numbers."""
    from pptx import Presentation

    from model.analysis import project_effects
    from model.projects import ProjectSetting

    sc = replace(model.load_scenario(BASELINE), targets_set="plan_2026_2030").with_project(
        "vinmetal_steel", ProjectSetting())
    prs = Presentation(io.BytesIO(deck.build(history, [sc], lang="en", draws=100)))
    ps = next(s for s in prs.slides if s.shapes[0].text_frame.text == "The projects and what each adds to 2026–2030 growth")
    prow = [[c.text for c in r.cells] for r in next(sh.table for sh in ps.shapes if sh.has_table).rows]
    assert prow[0][-1] == "Effect when on, on 2026–2030 growth (pp)"
    vm = next(r for r in prow[1:] if r[0].startswith("VinMetal"))
    assert vm[-1] == f"{project_effects(history, sc)['vinmetal_steel']:+.2f}" != "+0.00"


def test_the_scorecard_slide_says_a_level_above_its_band_is_more_not_less(history, tmp_path):
    """Per capita 249.68 against "≈ 170" and a multiple of 4.23 against 2.5–3 read "Missed" on the
    slide: under the table each one against its band (by hand: 170 ± 5 % = 161.5–178.5), said
    once to be more than the plan's figure, and the draws' share above it (the API's); in
    Vietnamese every word clear of the others and of the source line."""
    from pptx import Presentation

    from model.report import risk as rv

    from .test_growth import make

    hot = make(0.20)
    prs = Presentation(io.BytesIO(deck.build(history, [hot], lang="en", draws=500)))
    said = [sh.text_frame.text for sh in prs.slides[1].shapes if sh.has_text_frame]
    note = next(x for x in said if x.startswith("Above the target's band"))
    first, second, together, third = note.split("\n")
    assert first == ("Above the target's band — more than the plan's figure, not short of it (the plan sets these "
                     "figures beside its growth target): GRDP 2030 at current prices relative to 2020 4.23 against "
                     "2.5–3; GRDP per capita at current prices 249.68 against 161.5–178.5.")
    r = model.uncertainty.run(history, hot, draws=500, seed=0)
    assert second == f"Draws above the target's band: {'; '.join(rv.above_items(r, 'en'))}."
    # all together, as under the Scorecard's table, and how the probabilities were drawn
    assert together == rv.all_sentence(r, "en") and together.startswith("The probability that all 8 targets hold together is ")
    assert third == rv.source_line(r, "en")
    # a growth forecast exceeded (the Ministry's "≈ 10.0"): the same note without the levels' reason
    mof = Presentation(io.BytesIO(deck.build(history, [replace(make(0.12), targets_set="mof_draft_2026_2030")],
                                             lang="en", draws=0)))
    note = [sh.text_frame.text for sh in mof.slides[1].shapes if sh.has_text_frame
            and sh.text_frame.text.startswith("Above the target's band")]
    assert len(note) == 1 and note[0].startswith(
        "Above the target's band — more than the figure, not short of it: Average real GRDP growth 2026-2030 "
        "(Ministry of Finance draft) ") and note[0].endswith(" against 9.5–10.5.")
    # nothing above its band, no note
    base = Presentation(io.BytesIO(deck.build(history, [make(0.05)], lang="en", draws=0)))
    assert not any(sh.text_frame.text.startswith("Above") for sh in base.slides[1].shapes if sh.has_text_frame)
    if shutil.which("soffice") and shutil.which("pdftotext"):
        f = tmp_path / "hot_vi.pptx"
        f.write_bytes(deck.build(history, [hot], lang="vi", draws=500))
        assert _text_problems(_render(f, tmp_path)) == []


def test_to_a_later_horizon_the_slip_slide_shows_it(history, tmp_path):
    """To 2040 a plant starting after 2030 (the railway in 2031, Formosa phase 2 in 2033) adds
    nothing to 2030 and to 2021–2030 growth: ranked by that, it was left off the slide, and
    shown, its rows were all alike. To a horizon past 2030 the slide ranks the projects by what
    each adds to real GRDP summed to the horizon, and gives GRDP in the horizon year and summed
    to it (the numbers `project_variants` gives); in Vietnamese every word stays clear."""
    from pptx import Presentation

    from model.analysis import project_variants
    from model.projects import ProjectSetting

    sc = replace(model.load_scenario(BASELINE), horizon=2040)
    for pid in ("railway_vientiane", "formosa_2", "lng_vung_ang_3", "vinmetal_steel"):
        sc = sc.with_project(pid, ProjectSetting())
    prs = Presentation(io.BytesIO(deck.build(history, [sc], lang="en", draws=100)))
    slide = next(s for s in prs.slides if s.shapes[0].text_frame.text.startswith("If a project slips"))
    assert slide.shapes[0].text_frame.text == "If a project slips two years or is dropped: 2030 and 2040"
    rows = [[c.text for c in r.cells] for r in next(sh.table for sh in slide.shapes if sh.has_table).rows]
    assert rows[0][-2:] == ["GRDP 2040, constant 2010 prices (billion VND)",
                            "GRDP summed over 2026–2040, constant 2010 prices (billion VND)"]
    tables = {pid: project_variants(history, sc, pid, delays=(2,))
              for pid in ("railway_vientiane", "formosa_2", "lng_vung_ang_3", "vinmetal_steel")}
    size = {pid: x.at["on", "horizon_cum_real_bn"] - x.at["off", "horizon_cum_real_bn"]
            for pid, x in tables.items()}
    top = sorted(size, key=lambda pid: -abs(size[pid]))[:3]
    names = {"railway_vientiane": "Vientiane", "formosa_2": "Formosa phase 2", "lng_vung_ang_3": "LNG",
             "vinmetal_steel": "VinMetal"}
    assert [r[0] for r in rows[1::3]] == [next(r[0] for r in rows[1:] if r[0].startswith(names[pid])) for pid in top]
    assert "formosa_2" in top   # the largest plant, from 2033: on the slide now
    f2 = {r[1]: r for r in rows[1:] if r[0].startswith("Formosa phase 2")}
    assert f2["2 more years late"][-2] == f"{tables['formosa_2'].at['delay_2', 'horizon_real_bn']:,.0f}"
    assert f2["Off"][-1] == f"{tables['formosa_2'].at['off', 'horizon_cum_real_bn']:,.0f}"
    assert f2["On, as set"][-1] != f2["Off"][-1]
    # the projects slide: each one's effect on GRDP in 2040 beside its 2021–2030 one
    from model.analysis import project_effects

    ps = [s for s in prs.slides
          if s.shapes[0].text_frame.text.startswith("The projects: what each adds to 2021–2030 growth and to GRDP in 2040")]
    # eleven projects to show: over two slides, six and five, numbered
    assert [s.shapes[0].text_frame.text[-5:] for s in ps] == ["(1/2)", "(2/2)"]
    tables_ = [list(next(sh.table for sh in s.shapes if sh.has_table).rows) for s in ps]
    assert [len(x) - 1 for x in tables_] == [6, 5]
    prow = [[c.text for c in r.cells] for r in tables_[0]] + [[c.text for c in r.cells] for r in tables_[1][1:]]
    assert prow[0][-2:] == ["Effect when on, on 2021–2030 growth (pp)", "Effect when on, on GRDP in 2040, 2010 prices (%)"]
    rail = next(r for r in prow[1:] if r[0].startswith("Vientiane"))
    assert rail[-2] == "0.00" and rail[-1] == f"{project_effects(history, sc, 2040)['railway_vientiane']:+.2f}"
    if shutil.which("soffice") and shutil.which("pdftotext"):
        f = tmp_path / "slip40_vi.pptx"
        f.write_bytes(deck.build(history, [sc], lang="vi", draws=100))
        assert _text_problems(_render(f, tmp_path)) == []


def test_vietnamese_round_trips_in_nfc(decks):
    _, prs = decks
    for s in prs["vi"].slides:
        for x in _texts(s):
            assert unicodedata.is_normalized("NFC", x)
    title = prs["vi"].slides[0].shapes[0].text_frame.text
    assert title == "Kịch bản cơ sở (xu hướng 2022–2025)"


def test_cli_brief(tmp_path, capsys):
    out = tmp_path / "deck.pptx"
    assert main(["brief", BASELINE, CONGRESS, "-o", str(out), "--lang", "en", "--draws", "200"]) == 0
    assert "scenarios: 2" in capsys.readouterr().out and out.read_bytes()[:2] == b"PK"


def test_cli_brief_writes_the_comparison_workbook_the_compare_page_offers(history, tmp_path, capsys):
    """`brief A B --xlsx T.xlsx`: the Compare page's workbook of the same files beside the deck
    (`workbook.compare_book`, its probabilities drawn as the deck's and the page's), each column
    named "file · title" as the page names it; a file given twice keeps both columns. With one
    file there is nothing to compare, a name not ending in .xlsx is refused, and so is a folder
    where the workbook is to go: said in words, exit 2, nothing written (the deck neither)."""
    import openpyxl

    from model.report import risk as rv

    out, book = tmp_path / "deck.pptx", tmp_path / "so_sanh.xlsx"
    assert main(["brief", BASELINE, CONGRESS, BASELINE, "-o", str(out), "--xlsx", str(book), "--draws", "500"]) == 0
    said = capsys.readouterr().out
    assert f"đã ghi: {book}" in said and out.is_file()
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["So sánh 2030", "Theo năm", "Các kịch bản", "Xác suất", "Thông tin"]
    who = [r[:3] for r in wb["Các kịch bản"].iter_rows(min_row=2, values_only=True)]
    title = model.load_scenario(BASELINE).title_vi
    assert who[0] == ("A", f"baseline · {title}", "baseline") and who[2] == ("C", f"baseline · {title} (C)", "baseline")
    rows = {r[0]: r for r in wb["So sánh 2030"].iter_rows(min_row=2, values_only=True)}
    need = rows["Vốn đầu tư cần 2026–2030, ICOR 7 (% GRDP/năm)"]
    assert round(need[2], 1) == 44.7 and need[4] == need[2] and need[5] == "Không cao hơn kỷ lục"
    congress = model.uncertainty.run(history, model.load_scenario(CONGRESS).with_set("nq26_programme"), draws=500,
                                     fans=False)
    page = rv.compare_probabilities({"A": None, "B": congress}, "vi")
    assert [r[3] for r in wb["Xác suất"].iter_rows(min_row=2, values_only=True)] == list(page["B"])
    assert any(r[1].startswith("Mô phỏng ngẫu nhiên: 500 lượt") for r in wb["Thông tin"].iter_rows(values_only=True))
    book.unlink()
    assert main(["brief", BASELINE, "-o", str(out), "--xlsx", str(book), "--lang", "en"]) == 2
    assert "--xlsx: the comparison table needs two scenario files or more" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:   # argparse's own exit for a malformed flag
        main(["brief", BASELINE, CONGRESS, "-o", str(out), "--xlsx", str(tmp_path / "t.xls")])
    assert e.value.code == 2 and "t.xls: tên tệp kết thúc bằng .xlsx" in capsys.readouterr().err
    assert not book.exists() and not (tmp_path / "t.xls").exists()
    # a folder where the workbook is to go: refused before the deck is written, not after it
    out.unlink()
    (tmp_path / "folder.xlsx").mkdir()
    assert main(["brief", BASELINE, CONGRESS, "-o", str(out), "--xlsx", str(tmp_path / "folder.xlsx"), "--lang", "en"]) == 2
    assert "folder.xlsx: a folder is where a file is to be written" in capsys.readouterr().err and not out.exists()


def _probability_column(prs) -> dict[str, str]:
    """The scorecard slide's probabilities, by indicator."""
    table = next(sh.table for sh in prs.slides[1].shapes if sh.has_table)
    rows = [[c.text for c in r.cells] for r in table.rows]
    return {r[0]: r[-1] for r in rows[1:]}


def test_the_decks_probabilities_are_the_pages(history, tmp_path, capsys):
    """The deck draws as the app and `risk` do by default (10,000 draws, seed 0, every source),
    and says so under its table: a deck of 2,000 draws read 1,8 % for growth where the
    Scorecard beside it said 2,3 %. Other settings (the app passes the session's) give the
    same numbers as `model.uncertainty.run` with them, worded as on the pages."""
    from pptx import Presentation

    from model.report import risk as rv

    sc = model.load_scenario(BASELINE)
    for kw in ({}, {"draws": 1000, "seed": 3, "sources": ("growth", "prices")},
               {"draws": 500, "seed": 1, "sources": (), "scale": {}}):
        prs = Presentation(io.BytesIO(deck.build(history, [sc], lang="en", **kw)))
        r = model.uncertainty.run(history, sc, draws=kw.get("draws", 10_000), seed=kw.get("seed", 0),
                                  sources=kw.get("sources", model.uncertainty.SOURCES), fans=False)
        page = rv.probabilities(r, "en").set_index("indicator")["probability"].to_dict()
        shown = _probability_column(prs)
        assert shown and all(page[k] == v for k, v in shown.items()), (kw, shown, page)
        assert rv.source_line(r, "en") in "\n".join(_texts(prs.slides[1]))
    assert shown["Average real GRDP growth 2021-2030"] in ("0 %", "100 %")   # no source: the projection, certain
    assert "Stochastic simulation: 500 draws, seed 1; sources: none" in "\n".join(_texts(prs.slides[1]))
    # `brief` draws as `risk` does unless told otherwise
    out = tmp_path / "deck.pptx"
    assert main(["brief", BASELINE, "-o", str(out), "--lang", "en"]) == 0
    capsys.readouterr()
    r = model.uncertainty.run(history, sc, fans=False)
    page = rv.probabilities(r, "en").set_index("indicator")["probability"].to_dict()
    shown = _probability_column(Presentation(out))
    assert shown["Average real GRDP growth 2021-2030"] == page["Average real GRDP growth 2021-2030"]
    assert main(["brief", BASELINE, "-o", str(out), "--lang", "en", "--seed", "3", "--draws", "1000",
                 "--sources", "growth,prices"]) == 0
    prs = Presentation(out)
    assert "Stochastic simulation: 1,000 draws, seed 3" in "\n".join(_texts(prs.slides[1]))


def _text_problems(pdf) -> list[str]:
    """Words the PDF draws off its page, or over another word (more than a fifth of the smaller
    one covered): text outside its box, as LibreOffice lays it out (``pdftotext -bbox``)."""
    import html
    import re

    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, timeout=120).stdout
    problems = []
    for k, (w, h, body) in enumerate(re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>',
                                                out.decode("utf-8"), re.S), start=1):
        words = [(*map(float, xy), html.unescape(tx)) for *xy, tx in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body)]
        for x0, y0, x1, y1, tx in words:
            if x0 < 0 or y0 < 0 or x1 > float(w) + 0.5 or y1 > float(h) + 0.5:
                problems.append(f"slide {k}: {tx!r} off the slide")
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                ix, iy = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
                small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                if ix > 0 and iy > 0 and ix * iy > 0.2 * small:
                    problems.append(f"slide {k}: {a[4]!r} over {b[4]!r}")
    return problems


def _render(pptx_path, out_dir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(pptx_path)],
                   check=True, capture_output=True, timeout=240)
    return out_dir / (pptx_path.stem + ".pdf")


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice and poppler render the deck (.ci/run installs them)")
def test_the_text_check_finds_what_it_looks_for(tmp_path):
    """Two boxes of text drawn on one another, and one off the slide, are found."""
    d = deck.Deck("vi", "Nguồn: thử")
    s = d.slide("Tiêu đề")
    d._text(s, "Tăng trưởng GRDP", 2, 2, 4, 1)
    d._text(s, "Tăng trưởng GRDP", 2.05, 2.02, 4, 1)
    d._text(s, "Chữ tràn ra ngoài trang", deck.WIDE - 1.0, 4, 4, 1)
    bad = tmp_path / "bad.pptx"
    d.prs.save(bad)
    found = _text_problems(_render(bad, tmp_path))
    assert any("over" in x for x in found) and any("off the slide" in x for x in found), found


@pytest.fixture(scope="module")
def rendered(decks, tmp_path_factory):
    """The two decks as LibreOffice lays them out (PDF), once for the tests that read them."""
    if not (shutil.which("soffice") and shutil.which("pdftoppm") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice and poppler render the deck (.ci/run installs them)")
    raw, _ = decks
    folder = tmp_path_factory.mktemp("rendered")
    out = {}
    for lang in ("vi", "en"):
        f = folder / f"deck_{lang}.pptx"
        f.write_bytes(raw[lang])
        out[lang] = _render(f, folder)
    return out


def test_libreoffice_renders_the_deck_and_no_text_leaves_its_box(decks, rendered, tmp_path):
    raw, prs = decks
    for lang in ("vi", "en"):
        pdf = rendered[lang]
        # as LibreOffice lays it out: no word off its slide or drawn over another
        assert _text_problems(pdf) == [], lang
        subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / f"p_{lang}")], check=True, timeout=120)
        assert len(list(tmp_path.glob(f"p_{lang}-*.png"))) == len(prs[lang].slides)
    # no text outside its box: every shape within the slide, and each text box tall enough for
    # its lines at its size (a line of 14 pt is about 0.23 inch)
    from pptx.util import Emu

    for lang in ("vi", "en"):
        p = prs[lang]
        for s in p.slides:
            for sh in s.shapes:
                assert sh.left >= 0 and sh.top >= 0, sh.name
                assert sh.left + sh.width <= p.slide_width and sh.top + sh.height <= p.slide_height, sh.name
                if sh.has_text_frame and not sh.has_table:
                    chars = max((len(x) for x in sh.text_frame.text.split("\n")), default=0)
                    size = max((r.font.size.pt for para in sh.text_frame.paragraphs for r in para.runs if r.font.size),
                               default=14)
                    per_line = max(1, int(Emu(sh.width).inches * 72 / (0.5 * size)))
                    lines = sum(max(1, -(-len(x) // per_line)) for x in sh.text_frame.text.split("\n"))
                    assert lines * size * 1.25 / 72 <= Emu(sh.height).inches + 0.6 or chars == 0, (sh.name, lang)


def test_the_projects_slide_gives_a_delayed_projects_year_as_the_scenario_runs_it(history):
    """A project the scenario runs late shows where its first year moves (as the Projects page
    does), one on time its planned year, one producing since 2025 (VinFast, two years late) the
    year its full capacity moves to; one run at half scale, half its value added (VinMetal:
    7,834 bn VND at 2010 prices, by hand 3,917)."""
    from pptx import Presentation

    from model.projects import ProjectSetting

    sc = (model.load_scenario(BASELINE).with_project("lng_vung_ang_3", ProjectSetting(on=True, delay=1))
          .with_project("vinmetal_steel", ProjectSetting(on=True, scale=0.5))
          .with_project("vinfast_ev", ProjectSetting(on=True, delay=2)))
    for lang, want, name, half, ev in (
            ("en", "2030 → 2031 (1 year late)", "LNG-to-power Vũng Áng III", "3,917 (× 0.50 of 7,834)",
             "2025; full capacity 2028 → 2030 (2 years late)"),
            ("vi", "2030 → 2031 (trễ 1 năm)", "Điện khí LNG Vũng Áng III", "3.917 (× 0,50 của 7.834)",
             "2025; đủ công suất 2028 → 2030 (trễ 2 năm)")):
        prs = Presentation(io.BytesIO(deck.build(history, [sc], lang=lang, draws=100)))
        rows = [[c.text for c in r.cells] for s in prs.slides for sh in s.shapes if sh.has_table
                for r in sh.table.rows]
        lng = [r for r in rows if r[0].startswith(name)]
        vung_ang_2 = [r for r in rows if r[0].startswith(("Nhiệt điện Vũng Áng 2", "Vũng Áng 2"))]
        assert lng and lng[0][2] == want, rows
        assert vung_ang_2 and vung_ang_2[0][2] == "2025" and vung_ang_2[0][3] == ("4,491" if lang == "en" else "4.491")
        steel = [r for r in rows if "VinMetal" in r[0]]
        assert steel and steel[0][2] == "2029" and steel[0][3] == half
        vinfast = [r for r in rows if "VinFast" in r[0]]
        assert vinfast and vinfast[0][2] == ev, vinfast


def test_what_2026_2030_must_deliver_speaks_first_of_the_scenarios_own_set(history):
    """Judged against the 2026–2030 plan, the slide names the plan in its title and opens with the
    plan's own arithmetic (its growth and per capita targets against prices), then the programme's."""
    from pptx import Presentation

    prs = Presentation(io.BytesIO(deck.build(history, [model.load_scenario(BASELINE)], lang="en",
                                             set_id="plan_2026_2030", draws=100)))
    slide = next(s for s in prs.slides if s.shapes[0].text_frame.text.startswith("What 2026–2030 must deliver"))
    assert slide.shapes[0].text_frame.text == ("What 2026–2030 must deliver (2026–2030 plan (NQ 291), then the "
                                                "Resolution 26 targets)")
    bullets = [x for t in _texts(slide) for x in t.split("\n") if x.startswith("• ")]
    assert len(bullets) == 4 and bullets[0].startswith("• 2026–2030 plan (NQ 291): real growth of at least 10.00 %")
    # words first, the formula after them: a slide is read by people who do not write 1.09^10
    assert bullets[1].startswith("• Real growth of 9 % a year for 10 years multiplies GRDP by 2.37 (1.09^10 = 2.37)")


def _chart(layers, **kw):
    from model.report.charts import Chart, Layer

    cats = tuple(str(y) for y in range(2020, 2020 + len(layers[0][1])))
    return Chart(id="t", title="t", y_title="y", categories=cats,
                 layers=tuple(Layer(mark, "", tuple(v), stack=stack) for mark, v, stack in layers), **kw)


def test_an_axis_has_round_steps_and_the_decks_own_separators():
    """PowerPoint shows a format code's separators in the viewer's convention: a Vietnamese deck
    on a computer set to English read "160,000" tỷ đồng and "14.00" % on its axes, beside its
    labels' "15,8". Whole steps carry the language's separator as literal text; the step is the
    one Vega draws on screen ("0 2 4 … 14")."""
    growth = _chart([("bar", [0.5, 5.0, 2.5, 8.1, 13.3], False)])
    assert pptx_chart.axis_format(growth, "vi") == (2, '[>=1000000]#"."###"."##0;[>=1000]#"."##0;0')
    money = _chart([("bar", [26_393, 55_524, 61_019, 120_000], True), ("bar", [0, 0, 0, 30_000], True)])
    step, code = pptx_chart.axis_format(money, "vi")
    assert step == 20_000 and '#"."##0' in code and '","' not in code
    assert pptx_chart.axis_format(money, "en")[1] == '[>=1000000]#","###","##0;[>=1000]#","##0;0'
    # the stacked bars reach their sum (150,000), not their largest part
    assert pptx_chart._extent(money) == (0.0, 150_000.0)
    # below zero: whole numbers, the minus the viewer's own
    contributions = _chart([("bar", [1.0, -2.9, 5.2], True), ("bar", [4.0, 5.5, 8.0], True), ("point", [5, 2.5, 13.3], False)])
    assert pptx_chart._extent(contributions) == (-2.9, 13.3) and pptx_chart.axis_format(contributions, "vi") == (2, "0")
    # a narrow range: tenths, in the deck's locale (LibreOffice follows it; PowerPoint the viewer)
    narrow = _chart([("line", [7.05, 7.2, 7.4], False)], zero=False)
    step, code = pptx_chart.axis_format(narrow, "vi")
    assert step == pytest.approx(0.05) and code == "[$-42A]#,##0.00"
    assert pptx_chart.axis_format(_chart([("line", [float("nan")] * 3, False)], zero=False), "vi") == (None, "0")


def test_the_rendered_axes_read_in_the_decks_language(rendered):
    """As LibreOffice draws them: the investment axis "100.000" in Vietnamese and "100,000" in
    English, growth "0 2 4 … 14" without decimals (it read "14.00" in both)."""
    import re

    for lang, thousand in (("vi", "100.000"), ("en", "100,000")):
        text = subprocess.run(["pdftotext", "-layout", str(rendered[lang]), "-"], check=True, capture_output=True,
                              timeout=120).stdout.decode("utf-8")
        pages = text.split("\f")
        ticks = lambda title: re.findall(r"(?m)^\s*(-?[\d.,]+)\s*$", next(p for p in pages if t(title, lang) in p))  # noqa: E731
        assert thousand in ticks("dk_investment"), (lang, ticks("dk_investment"))
        growth = ticks("dk_growth")
        assert {"0", "2", "4", "12", "14"} <= set(growth) and not [x for x in growth if re.search(r"[.,]\d", x)], growth


def test_the_years_sit_under_the_plot_where_values_fall_below_zero(decks, rendered):
    """The contributions of 2022 go below zero (industry −2.9 points): the years were drawn at
    the zero line, on the bars and inside the plot, in both languages. They sit at the plot's
    low edge, under its lowest tick (−4), on every chart."""
    import re

    from pptx.enum.chart import XL_TICK_LABEL_POSITION

    for lang in ("vi", "en"):
        for s in decks[1][lang].slides:
            for sh in s.shapes:
                if sh.has_chart:
                    assert sh.chart.category_axis.tick_label_position == XL_TICK_LABEL_POSITION.LOW
        text = subprocess.run(["pdftotext", "-layout", str(rendered[lang]), "-"], check=True, capture_output=True,
                              timeout=120).stdout.decode("utf-8")
        page = next(p for p in text.split("\f") if t("dk_contributions", lang) in p).splitlines()
        lowest = max(i for i, x in enumerate(page) if re.fullmatch(r"\s*-4\s*", x))
        years = next(i for i, x in enumerate(page) if re.search(r"2020\s+2021\s+2022", x))
        assert years > lowest, (lang, lowest, years)


def test_each_charts_title_promises_only_the_targets_it_draws(history):
    """Judged against the 2026–2030 plan, the GRDP slide said "the path, the target and its fan"
    over a chart with no target (the plan sets no multiple of GRDP); against the Congress's set,
    the structure slide said "against the targets" over bars with none (it sets no shares)."""
    from pptx import Presentation

    from model.report import charts

    sc = model.load_scenario(BASELINE)
    p = model.simulate(history, sc)

    def titles(set_id, draws=50):
        prs = Presentation(io.BytesIO(deck.build(history, [sc], lang="en", set_id=set_id, draws=draws)))
        return [s.shapes[0].text_frame.text for s in prs.slides]

    plan, congress, programme = titles("plan_2026_2030"), titles("congress_20"), titles("nq26_programme")
    assert "GRDP at current prices: the path and its 5–95 % fan" in plan
    assert "Structure: 2020, the last actual year and 2030 against the targets" in plan
    assert "GRDP at current prices: the path, the target and its 5–95 % fan" in congress
    assert "Structure: 2020, the last actual year and 2030" in congress
    assert "GRDP at current prices: the path, the target and its 5–95 % fan" in programme
    assert all("Real GRDP growth against the target" in x for x in (plan, congress, programme))
    # with no draws asked, no fan: the title says so; the Ministry's draft sets growth alone
    mof = titles("mof_draft_2026_2030", draws=None)
    assert "GRDP at current prices: the path" in mof and "Structure: 2020, the last actual year and 2030" in mof
    assert "GRDP at current prices: the path and the target" in titles("nq26_programme", draws=None)
    # what the title reads: the chart's own layers in the accent colour
    assert charts.draws_target(charts.grdp_nominal(p, "en", "nq26_programme"))
    assert not charts.draws_target(charts.grdp_nominal(p, "en", "plan_2026_2030"))
    assert not charts.draws_target(charts.structure(p, "en", "congress_20"))


def test_the_comparison_slide_judges_by_the_decks_target_set(history):
    """Two scenarios briefed against the 2026–2030 plan (`--targets-set plan_2026_2030`): the
    comparison slide's rows are that set's targets, as the scorecard slide judges them, not the
    programme's (industry's share against 60.3 % beside a scorecard against 51 %). It is the
    Compare page's 2030 table (`views.compare_table`): the GRDP levels, each target as printed,
    each value marked met or missed, B − A; it showed three values and no target or status."""
    from pptx import Presentation

    from model.report import views
    from model.report.strings import target_name

    sc = [model.load_scenario(BASELINE), model.load_scenario(CONGRESS)]
    prs = Presentation(io.BytesIO(deck.build(history, sc, lang="en", set_id="plan_2026_2030", draws=0)))
    slide = next(s for s in prs.slides if s.shapes[0].text_frame.text == "The scenarios compared (2030)")
    rows = [[c.text for c in r.cells] for r in next(sh.table for sh in slide.shapes if sh.has_table).rows]
    assert rows[0] == ["Indicator", "Target", "A", "B", "Δ B−A"]
    ids = model.registry.outcomes("plan_2026_2030")
    # the targets, then the investment the paths need against the record, and across the ICOR
    # band (`views.compare_table`)
    assert len(rows) == 3 + len(ids) and rows[1][0] == "GRDP 2030, current prices (billion VND)"
    assert rows[-2][:2] == ["Investment need 2026–2030, ICOR 7 (% of GRDP/yr)", "record 50.5"]
    assert rows[-1][0] == "The same, ICOR 6–8 (% of GRDP/yr)"
    want = views.compare_table({k: model.simulate(history, x) for k, x in zip("ab", sc)}, "en", set_id="plan_2026_2030")
    assert rows[1:] == [[i, *r] for i, r in zip(want.index, want.values.tolist())]
    growth = next(r for r in rows if r[0].startswith(target_name("grdp_growth_avg_2026_2030", "en")[:30]))
    card = views.scorecard(model.simulate(history, sc[1]), "en", set_id="plan_2026_2030").set_index("id")
    assert growth[1] == "≥ 10" and growth[3] == card.at["grdp_growth_avg_2026_2030", "value"] + " ✓"
    assert growth[2].endswith(" ✗")   # the baseline's 8.00 % a year misses 10
    # under it, each key's whole title (cut only where eight long ones must share the lines)
    said = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
    # and what the investment row's ⚠ means: B's paths need more than the province has ever raised
    assert ("Column keys: A = Baseline (2022–2025 trend); B = 20th Congress aim (≥10 %/yr, doubled by 2030). "
            "“Δ B−A” is B minus A. The paths of B need more investment than in any published year (at most "
            "50.5 % of GRDP, in 2024): marked ⚠ in the table.") in said
    assert rows[-2][2][-1].isdigit() and rows[-2][3].endswith(" ⚠")


def test_scenarios_judged_by_other_sets_are_compared_by_the_briefed_ones(history):
    """`brief baseline.toml plan_file.toml` stopped at KeyError 'grdp_growth_avg': each compared
    file was judged by its own set, which has no row for the briefed one's headline targets.
    Every column is now the briefed set's (the programme's, the baseline's default)."""
    from pptx import Presentation

    from .test_growth import make

    base = model.load_scenario(SCENARIOS / "baseline.toml")
    plan = replace(make(0.10), name="plan", title_vi="Kế hoạch", targets_set="plan_2026_2030")
    mof = replace(make(0.12), name="mof", title_vi="Bộ Tài chính", targets_set="mof_draft_2026_2030")
    prs = Presentation(io.BytesIO(deck.build(history, [base, plan, mof], lang="en", draws=0)))
    slide = next(sl for sl in prs.slides if any(sh.has_text_frame and sh.text_frame.text == "The scenarios compared (2030)"
                                                 for sh in sl.shapes))
    table = next(sh.table for sh in slide.shapes if sh.has_table)
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["Indicator", "Target", "A", "B", "C", "Δ B−A", "Δ C−A"]
    assert [r[1] for r in rows[3:6]] == ["> 9", "2.5–3", "≈ 170"]   # the programme's growth, multiple, per capita
    want = model.evaluate(model.simulate(history, mof), set_id="nq26_programme").set_index("id").at["grdp_growth_avg", "value"]
    assert rows[3][0].startswith("Average growth 2021–2030") and rows[3][4] == f"{want:.2f} ✓"


def test_a_compared_scenario_ending_before_2030_is_said_under_its_dashes(history, tmp_path):
    """Its column on the comparison slide was dashes with no word why (the Compare page says it)."""
    from pptx import Presentation

    from .test_growth import make

    base = model.load_scenario(SCENARIOS / "baseline.toml")
    short = replace(make(0.08, horizon=2028), name="short", title_vi="Ngắn hạn", title_en="Short run")
    prs = Presentation(io.BytesIO(deck.build(history, [base, short], lang="en", draws=0)))
    slide = next(sl for sl in prs.slides if any(sh.has_text_frame and sh.text_frame.text == "The scenarios compared (2030)"
                                                 for sh in sl.shapes))
    rows = [[c.text for c in r.cells] for r in next(sh.table for sh in slide.shapes if sh.has_table).rows]
    assert all(r[3] == "—" for r in rows[1:])
    said = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
    # then what the investment row's record is, no column being above it
    assert any("Scenario Short run ends in 2028, before 2030: its column is left empty (“—”). “Record” in the Target "
               "column: the highest total social investment" in x for x in said)
    full = Presentation(io.BytesIO(deck.build(history, [base, base], lang="en", draws=0)))
    assert not any("column is left empty" in sh.text_frame.text for sl in full.slides for sh in sl.shapes if sh.has_text_frame)
    if shutil.which("soffice") and shutil.which("pdftotext"):
        f = tmp_path / "short_vi.pptx"
        f.write_bytes(deck.build(history, [base, short], lang="vi", draws=0))
        assert _text_problems(_render(f, tmp_path)) == []


def test_eight_scenarios_at_most_their_values_alone_and_every_word_on_the_slide(history, tmp_path, capsys):
    """Eight files of long titles (200 characters each) briefed together: the comparison slide
    drops the difference columns past four scenarios (seventeen columns would not fit) and says
    the keys without "Δ B−A"; as LibreOffice lays it out no word leaves its box. A ninth file
    is refused, by `brief` in the user's language and by the API, since the charts have eight
    colours (a ninth line took the first one's)."""
    from pptx import Presentation

    from model.report.charts import MAX_COMPARED

    base = model.load_scenario(BASELINE)
    long = [replace(base, name=f"v{i}", title_vi=(f"Phương án {i}: " + "đầu tư công nghiệp " * 20)[:200].strip(),
                    title_en=(f"Option {i}: " + "industrial investment " * 20)[:200].strip()) for i in range(MAX_COMPARED)]
    # the cover's title one word of 200 letters (a file name as a title): broken where the line ends
    long[0] = replace(long[0], title_vi="Phương_án_" + "x" * 190)
    raw = deck.build(history, long, lang="vi", draws=0)
    slide = next(s for s in Presentation(io.BytesIO(raw)).slides if s.shapes[0].text_frame.text == "So sánh các kịch bản (năm 2030)")
    rows = [[c.text for c in r.cells] for r in next(sh.table for sh in slide.shapes if sh.has_table).rows]
    assert rows[0] == ["Chỉ tiêu", "Mục tiêu", *"ABCDEFGH"]
    said = " ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    assert "Ký hiệu cột: A = Phương_án_xxx" in said and "B = Phương án 1: đầu tư công nghiệp" in said
    assert "B trừ A" not in said
    if shutil.which("soffice") and shutil.which("pdftotext"):
        f = tmp_path / "eight.pptx"
        f.write_bytes(raw)
        assert _text_problems(_render(f, tmp_path)) == []
    with pytest.raises(ValueError, match="1 to 8 scenarios"):
        deck.build(history, [base] * (MAX_COMPARED + 1), lang="en", draws=0)
    out = tmp_path / "nine.pptx"
    assert main(["brief", *[BASELINE] * 9, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "FILE: nhiều nhất 8 kịch bản (kịch bản trình bày và 7 kịch bản để so sánh" in err and "có 9" in err
    assert "Traceback" not in err and not out.exists()


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice and poppler render the deck (.ci/run installs them)")
def test_the_comparison_table_of_the_longest_set_stays_above_its_keys(history, tmp_path):
    """Eight files of the Provincial Plan (its own set: nine targets, the two GRDP levels and the
    investment's two rows, fourteen rows with the heading) with long titles, each needing more investment than
    ever raised: at 0.36 inch a row the table ran over the keys and the ⚠ sentence under it.
    Its rows now share the height above the keys, and no word is drawn over another."""
    from pptx import Presentation
    from pptx.util import Emu

    plan = model.load_scenario(SCENARIOS / "provincial_plan.toml")
    eight = [replace(plan, name=f"v{i}", title_vi=f"Phương án đầu tư số {i} với một cái tên rất dài để thử xem dòng "
                     "chú thích dưới bảng có tràn ra khỏi khung hay không") for i in range(8)]
    raw = deck.build(history, eight, lang="vi", draws=0)
    slide = next(s for s in Presentation(io.BytesIO(raw)).slides
                 if s.shapes[0].text_frame.text == "So sánh các kịch bản (năm 2030)")
    table = next(sh for sh in slide.shapes if sh.has_table)
    keys = next(sh for sh in slide.shapes if sh.has_text_frame and sh.text_frame.text.startswith("Ký hiệu cột"))
    assert len(table.table.rows) == 14 and "dấu ⚠ trong bảng" in keys.text_frame.text
    assert Emu(table.top + sum(r.height for r in table.table.rows)).inches <= Emu(keys.top).inches - 0.3
    f = tmp_path / "plan8.pptx"
    f.write_bytes(raw)
    assert _text_problems(_render(f, tmp_path)) == []


def test_a_deck_to_2028_gives_each_projects_effect_on_2028(history):
    """To a horizon before 2030 the projects slide's growth column was dashes in every row (growth
    to 2030 cannot be measured) and listed every project: it gives each one's effect on GRDP in
    2028 (the Projects page's rule, `model.analysis.effect_measures`), the projects with none left
    out. A chart of one series (growth with no target to draw) had its series' name as a title."""
    from pptx import Presentation

    sc = replace(model.load_scenario(BASELINE), horizon=2028)
    prs = Presentation(io.BytesIO(deck.build(history, [sc], lang="en", draws=0)))
    slide = next(s for s in prs.slides if s.shapes[0].text_frame.text.startswith("The projects"))
    assert slide.shapes[0].text_frame.text == "The projects and what each adds to GRDP in 2028"
    rows = [[c.text for c in r.cells] for r in next(sh.table for sh in slide.shapes if sh.has_table).rows]
    assert rows[0][-1] == "Effect when on, on GRDP in 2028, 2010 prices (%)" and not any("growth" in x for x in rows[0])
    want = model.analysis.project_effects(history, sc, 2028)
    vinfast = next(r for r in rows if r[0].startswith("VinFast"))
    assert vinfast[-1] == f"{want['vinfast_ev']:+.2f}" != "+0.00"
    assert all(r[-1] != "—" for r in rows[1:])
    assert len(rows) - 1 == sum(abs(v) >= 0.005 or (sc.projects.get(k) is not None and sc.projects[k].on)
                                for k, v in want.items())
    for s in prs.slides:
        for sh in s.shapes:
            if sh.has_chart:
                assert not sh.chart.has_title, s.shapes[0].text_frame.text
    # the scorecard's column of "Not modelled" says why, once, under the table
    card = next(s for s in prs.slides if s.shapes[0].text_frame.text.startswith("The 2030 targets"))
    assert ("The scenario ends in 2028, before 2030: the 2030 targets cannot be judged (“Not modelled”); the slides "
            "that follow show the path to 2028.") in [x for sh in card.shapes if sh.has_text_frame
                                                       for x in sh.text_frame.text.split("\n")]


def test_the_investment_slide_names_the_years_its_record_averages(decks):
    """The record of total social investment has 2020, then 2024 and 2025: "achieved 43.7 % of
    GRDP on average 2020–2025" read as six years. The years averaged are named; by hand (32.26 +
    50.49 + 48.43) / 3 = 43.7."""
    _, prs = decks
    for lang, want in (("en", "achieved: 43.7 % of GRDP on average in the years published (2020, 2024, 2025)."),
                       ("vi", "đã đạt bình quân 43,7 % GRDP trong các năm có số liệu công bố (2020, 2024, 2025).")):
        slide = next(s for s in prs[lang].slides if s.shapes[0].text_frame.text == t("dk_investment", lang))
        assert any(x.endswith(want) for x in _texts(slide)), (lang, _texts(slide))
        # why 2026 stands above 2027, in the speaker's notes (as the Projects page says it)
        notes = slide.notes_slide.notes_text_frame.text
        assert notes.startswith({"en": "2026 needs 75,245 billion VND, of which about 14,096 billion",
                                 "vi": "Năm 2026 cần 75.245 tỷ đồng, trong đó khoảng 14.096 tỷ đồng"}[lang]), notes


def test_a_deck_to_the_next_year_says_its_one_years_need(history):
    """A horizon of 2026, the year after the last actual one: the investment slide said "21.1 %
    of GRDP a year on average 2026–2026"; one year has no average and no span."""
    from pptx import Presentation

    from model import investment

    sc = replace(model.load_scenario(BASELINE), horizon=2026)
    share = investment.required_investment(model.simulate(history, sc))["share_central_pct"]
    for lang, want in (("en", f"Needed: {share.iloc[0]:.1f} % of GRDP in 2026 (central ICOR); achieved: 43.7 %"),
                       ("vi", f"Cần {share.iloc[0]:.1f} % GRDP năm 2026 (ICOR trung tâm); đã đạt bình quân 43,7 %"
                        .replace(".", ",", 1))):
        prs = Presentation(io.BytesIO(deck.build(history, [sc], lang=lang, draws=0)))
        slide = next(s for s in prs.slides if s.shapes[0].text_frame.text == t("dk_investment", lang))
        assert any(x.startswith(want) for x in _texts(slide)), (lang, _texts(slide))
        assert not any("2026–2026" in x for x in _texts(slide))


def test_the_solve_slide_shows_the_paths_and_the_cap_the_readers_way(history):
    """A file with a `[solve]` table: the slide was titled "the paths that reach the targets" and
    showed no path, only the targets, the investment cap printed "≤ 55.5" in Vietnamese. It gives
    the Solve page's paths (each sector's real growth a year to 2030, the ones solved marked) and
    targets (`views.solved_targets_table`), and past 2030 that the later years keep the file's rates."""
    from pptx import Presentation

    from model.scenario import SolveSettings

    sc = replace(model.load_scenario(BASELINE), horizon=2035, solve=SolveSettings(method="ramp"))
    st = sc.solve
    res = model.solve(history, sc, None, free=st.free, method=st.method)
    prs = Presentation(io.BytesIO(deck.build(history, [sc], lang="vi", draws=0)))
    slide = next(s for s in prs.slides if s.shapes[0].text_frame.text == t("dk_solve", "vi"))
    tables = [[[c.text for c in r.cells] for r in sh.table.rows] for sh in slide.shapes if sh.has_table]
    targets, paths = tables
    # the solved paths' values, headed as the solution's: the targets' slide heads the scenario's
    # own "Kịch bản 2030" (8.41 where this slide gave 8.80 for one indicator, under the same head)
    assert targets[0] == ["Chỉ tiêu", "Lời giải 2030", "Mục tiêu", "Trạng thái"]
    cap = next(r for r in targets if r[0].startswith("Vốn đầu tư toàn xã hội"))
    assert cap[2] == "≤ 55,5"
    assert paths[0] == ["Ngành", "2026", "2027", "2028", "2029", "2030"]
    rows = {r[0]: r[1:] for r in paths[1:]}
    assert rows["Công nghiệp-xây dựng (được giải)"] == [f"{100 * v:.2f}".replace(".", ",")
                                                         for v in res.paths["industry_construction"].loc[2026:2030]]
    assert "Thuế SP trừ trợ cấp" in rows   # not solved: it follows its tax base
    said = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
    assert "Lộ trình tăng trưởng thực đã giải (%/năm)" in said
    assert ("Các lộ trình được giải đến 2030, năm của mục tiêu; từ 2031 đến 2035, mọi ngành giữ tốc độ và chỉ số "
            "giảm phát của kịch bản.") in said


def test_the_solve_slide_answers_the_files_whole_request(history):
    """A `[solve]` table with priorities (growth weighs ten times) and a smoothness: the deck
    solved without them and showed another compromise (growth 8.26 % a year) than the Solve page
    and `solve` gave for the same file (8.71 %). It asks `model.solve` with every setting
    (`SolveSettings.arguments`)."""
    from pptx import Presentation

    from model.scenario import SolveSettings

    st = SolveSettings(priorities={"grdp_growth_avg": 10.0}, smoothness=5.0)
    sc = replace(model.load_scenario(BASELINE), solve=st)
    want = model.solve(history, sc, **st.arguments()).targets.set_index("id")["value"]
    plain = model.solve(history, sc, **SolveSettings().arguments()).targets.set_index("id")["value"]
    assert abs(want["grdp_growth_avg"] - plain["grdp_growth_avg"]) > 0.1   # the two answers differ
    prs = Presentation(io.BytesIO(deck.build(history, [sc], lang="en", draws=0)))
    slide = next(s for s in prs.slides if s.shapes[0].text_frame.text == t("dk_solve", "en"))
    targets = next([[c.text for c in r.cells] for r in sh.table.rows] for sh in slide.shapes if sh.has_table)
    growth = next(r for r in targets if r[0].startswith("Average real GRDP growth"))
    assert growth[1] == f"{want['grdp_growth_avg']:.2f}"


def test_the_solve_slide_says_what_a_compromises_paths_need_in_investment(history):
    """A compromise (growth and the multiple cannot hold together on the baseline): the slide gave the verdict and
    the conflict, and nothing of the 78.7 % of GRDP a year its paths need, which the Solve page
    says beside the same verdict; a success's sentence leads with it. Now said after the verdict."""
    from pptx import Presentation

    from model.report.outcome import need_record_text
    from model.scenario import SolveSettings

    sc = replace(model.load_scenario(BASELINE), solve=SolveSettings(targets=("grdp_growth_avg", "grdp_multiple")))
    res = model.solve(history, sc, **sc.solve.arguments())
    assert not res.success and res.investment["beyond"]
    for lang in ("vi", "en"):
        prs = Presentation(io.BytesIO(deck.build(history, [sc], lang=lang, draws=0)))
        slide = next(s for s in prs.slides if s.shapes[0].text_frame.text == t("dk_solve", lang))
        verdict = next(x for x in _texts(slide) if x.startswith(("Không thể", "The targets")))
        assert verdict.endswith(" " + need_record_text(res.investment, res.scenario, lang))
        assert ("Các lộ trình này cần vốn đầu tư" if lang == "vi" else "These paths need total social investment") in verdict


def test_a_solve_request_of_every_target_keeps_its_slides_text_clear_of_the_tables(history, tmp_path):
    """A `[solve]` table asking all nineteen solvable targets under an investment cap of 40 %:
    the slide's sentence listed fifteen misses and fifty conflicts, and ran over both tables; the
    targets' table ran off the slide's foot. The sentence counts the misses (the table gives each)
    and names four conflicts with how many more; the targets past eight go on a slide of their own,
    numbered, each target once. As LibreOffice lays it out, no word over another."""
    from pptx import Presentation

    from model import registry
    from model.scenario import SolveSettings

    every = tuple(registry.all_solvable())
    st = SolveSettings(targets=every, investment_cap=40.0)
    sc = replace(model.load_scenario(BASELINE), solve=st)
    res = model.solve(history, sc, **st.arguments())
    missed = int((~res.targets["met"]).sum())
    assert len(every) == 19 and missed > 8 and len(res.conflicts) > 4
    for lang, head, more in (("vi", f"phương án gần nhất trượt {missed} trong 19 mục tiêu (bảng dưới",
                              f"Và {len(res.conflicts) - 4} nhóm khác (trang Giải mục tiêu và lệnh solve liệt kê đủ)."),
                             ("en", f"the best compromise misses {missed} of the 19 (the table below",
                              f"And {len(res.conflicts) - 4} more (the Solve page and the solve command list them all).")):
        f = tmp_path / f"every_{lang}.pptx"
        f.write_bytes(deck.build(history, [sc], lang=lang, draws=0))
        prs = Presentation(f)
        titles = [s.shapes[0].text_frame.text for s in prs.slides]
        assert f"{t('dk_solve', lang)} (1/2)" in titles and f"{t('dk_solve', lang)} (2/2)" in titles
        first, second = (prs.slides[titles.index(f"{t('dk_solve', lang)} ({k}/2)")] for k in (1, 2))
        said = " ".join(_texts(first))
        assert head in said and more in said
        rows = [[c.text for c in r.cells] for s in (first, second) for sh in s.shapes if sh.has_table
                for r in list(sh.table.rows)[1:] if len(r.cells) == 4]
        assert len(rows) == 19 and len({r[0] for r in rows}) == 19
        # the title keeps its size when numbered
        assert first.shapes[0].text_frame.paragraphs[0].runs[0].font.size.pt == 26
        if shutil.which("soffice") and shutil.which("pdftotext"):
            assert _text_problems(_render(f, tmp_path)) == [], lang


def test_a_solve_request_the_horizon_cannot_pose_is_said_on_its_slide(history):
    """A valid file with a `[solve]` table and a horizon of 2028 (or one set to 2028 in the app):
    the deck raised the solver's error, and the Export and Compare pages, which build it while
    they run, stopped with a traceback; `brief` refused the file. The slide says why, in the
    reader's language, as the Solve page does, and the rest of the deck stands."""
    from pptx import Presentation

    from model.scenario import SolveSettings

    sc = replace(model.load_scenario(BASELINE), horizon=2028, solve=SolveSettings(method="ramp"))
    for lang, said in (("vi", "Không giải được: năm cuối 2028 trước năm 2030: mục tiêu là của năm 2030; đặt meta.horizon "
                              "từ 2030 trở đi"),
                       ("en", "Cannot solve: the horizon 2028 ends before 2030: targets are for 2030; set meta.horizon "
                              "to 2030 or later")):
        prs = Presentation(io.BytesIO(deck.build(history, [sc], lang=lang, draws=0)))
        slide = next(s for s in prs.slides if s.shapes[0].text_frame.text == t("dk_solve", lang))
        assert said in _texts(slide) and not any(sh.has_table for sh in slide.shapes)


def test_a_file_of_forty_projects_gets_every_one_on_numbered_slides_clear_of_the_source(history, baseline, tmp_path):
    """A file may hold 40 projects: the projects slide listed them all on one slide, and at 2050
    fourteen rows already ran over its source line. Ten rows a slide, the slides numbered, every
    project counted or worth something listed once, and (rendered) every word clear."""
    from pptx import Presentation

    own = "".join(f'\n[projects.own{k}]\nname_vi = "Dự án riêng số {k} của tỉnh"\nname_en = "Own project {k}"\n'
                  f'sector = "services"\nfirst_year = 2027\nva = {100 + 10 * k}.0\n'
                  for k in range(40 - len(baseline.projects)))
    sc = model.parse_scenario(((SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + own).replace(
        "horizon = 2030", "horizon = 2050"))
    assert len(sc.projects) == 40 and sc.horizon == 2050
    data = deck.build(history, [sc], lang="en", draws=0)
    slides = [s for s in Presentation(io.BytesIO(data)).slides
              if s.shapes[0].text_frame.text.startswith("The projects: what each adds")]
    n = len(slides)
    assert n >= 4
    assert [s.shapes[0].text_frame.text for s in slides] == [
        f"The projects: what each adds to 2021–2030 growth and to GRDP in 2050 ({k}/{n})" for k in range(1, n + 1)]
    rows = [[c.text for c in r.cells] for s in slides for r in list(next(sh.table for sh in s.shapes if sh.has_table).rows)[1:]]
    assert all(len(list(next(sh.table for sh in s.shapes if sh.has_table).rows)) <= deck.PROJECT_ROWS + 1 for s in slides)
    names = [r[0] for r in rows]
    assert len(names) == len(set(names)) and {f"Own project {k}" for k in range(40 - len(baseline.projects))} <= set(names)
    assert all(any(sh.name == "source" for sh in s.shapes) for s in slides)
    if shutil.which("soffice") and shutil.which("pdftotext"):
        f = tmp_path / "forty_vi.pptx"
        f.write_bytes(deck.build(history, [sc], lang="vi", draws=0))
        assert _text_problems(_render(f, tmp_path)) == []


def test_a_deck_with_no_project_to_list_says_so(history, tmp_path, capsys):
    """Found by random files through every command: a file to 2021 from the 2020 record with no
    project on (each one's effect on GRDP in 2021 rounds to 0.00) made a projects table of no
    column, and `brief` stopped with python-pptx's ZeroDivisionError (the Export page's deck too).
    The slide says in a sentence that there is nothing to list."""
    from pptx import Presentation

    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8")
    sc = model.parse_scenario(text.replace("horizon = 2030", "horizon = 2021\nlast_actual_year = 2020")
                              .replace("on = true", "on = false"))
    assert not any(abs(v) >= 0.005 for v in model.analysis.project_effects(history, sc, 2021).values())
    for lang, want in (("vi", "Kịch bản không bật dự án có tên nào, và phần đóng góp của mỗi dự án khi bật vào GRDP "
                              "năm 2021 làm tròn đều bằng 0,00: không có dòng nào để liệt kê."),
                       ("en", "The scenario switches no named project on, and what each would add to GRDP in 2021 "
                              "when on rounds to 0.00: there is no row to list.")):
        prs = Presentation(io.BytesIO(deck.build(history, [sc], lang=lang, draws=0)))
        slide = next(s for s in prs.slides if s.shapes[0].text_frame.text == t("dk_projects_only_h", lang, h=2021))
        assert want in _texts(slide) and not any(sh.has_table for sh in slide.shapes)
    path = tmp_path / "tiny.toml"
    path.write_text(sc.to_toml(), encoding="utf-8")
    assert main(["brief", str(path), "-o", str(tmp_path / "tiny.pptx"), "--draws", "200", "--lang", "en"]) == 0
    assert "written" in capsys.readouterr().out


def test_the_file_is_named_after_what_it_briefs(baseline):
    """One scenario: its name; two: the briefed one first, "vs" the other; more: how many more
    (the Compare page's deck was "compare.pptx" whatever it compared)."""
    a, b = replace(baseline, name="lng_late"), replace(baseline, name="x" * 64)
    assert deck.file_name([baseline]) == "baseline.pptx"
    assert deck.file_name([a, baseline]) == "lng_late_vs_baseline.pptx"
    assert deck.file_name([a, baseline, b, b]) == "lng_late_vs_baseline_and_2_more.pptx"
    longest = deck.file_name([b] * 8)
    assert longest == f"{'x' * 64}_vs_{'x' * 64}_and_6_more.pptx" and len(longest) <= 150
    with pytest.raises(ValueError, match="at least one"):
        deck.file_name([])
