"""The Uncertainty page and the probabilities on other pages (issue 14), under AppTest: what
the planner sets (draws, seed, sources, scales) changes the numbers, bad input is named in the
user's language and changes nothing, and the app gives the numbers the API gives."""

from __future__ import annotations

import pytest

import model
from model import uncertainty
from model.report import fmt

from .tables import tables
from .conftest import SCENARIOS
from .test_app import fresh, goto, plain, wkey

BASE = model.load_scenario(SCENARIOS / "baseline.toml")


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("HATINH_WORKSPACE", str(tmp_path / "ws"))


def _text(at) -> str:
    return plain(" ".join([*(m.value for m in at.markdown), *(c.value for c in at.caption)])).replace("\u00a0", " ")


def _cells(at) -> str:
    return plain(" ".join(str(v) for tb in tables(at) for v in tb.value.to_numpy().ravel()))


@pytest.fixture(scope="module")
def api():
    return uncertainty.run(model.assemble_history(), BASE, draws=10_000, seed=0)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_page_gives_the_api_numbers(lang, api):
    at = goto(fresh(lang=lang), "risk")
    text = _text(at)
    p = 100 * api.probabilities["grdp_growth_avg"]
    shown = fmt.pct(p, lang, 1)
    assert shown in text     # the sentence on growth
    assert ("10.000 lượt, hạt giống 0" if lang == "vi" else "10,000 draws, seed 0") in text
    cells = _cells(at)
    assert ("Cả 8 chỉ tiêu kinh tế cùng đạt" if lang == "vi" else "All 8 economic targets together") in cells
    assert shown in cells
    # each probability beside the figure it is of, with its unit (the table had the value alone)
    table = tables(at)[0].value
    row = table[table.iloc[:, 0].astype(str).str.startswith("Tỷ trọng công nghiệp - xây dựng" if lang == "vi"
                                                           else "Industry and construction share")]
    assert row[("Mục tiêu" if lang == "vi" else "Target")].tolist() == [("≈ 60,3 %" if lang == "vi" else "≈ 60.3 %")]
    per_capita = "≈ 170 triệu đồng/người" if lang == "vi" else "≈ 170 million VND/person"
    assert per_capita in cells
    # the tornado's first row is industry-construction's growth
    assert ("Tăng trưởng Công nghiệp-xây dựng" if lang == "vi" else "Growth: Industry-construction") in cells


def test_draws_seed_and_sources_change_the_run():
    at = goto(fresh(lang="vi"), "risk")
    at.selectbox(key=wkey(at, "rk.draws")).set_value(1_000).run()
    assert "1.000 lượt, hạt giống 0" in _text(at)
    at.text_input(key=wkey(at, "rk.seed")).set_value("7").run()
    assert "1.000 lượt, hạt giống 7" in _text(at)
    want = uncertainty.run(model.assemble_history(), BASE, draws=1_000, seed=7)
    p = fmt.pct(100 * want.probabilities['grdp_multiple'], "vi", 1)
    assert p in _cells(at)
    for src in uncertainty.SOURCES:
        at.checkbox(key=wkey(at, f"rk.src.{src}")).uncheck().run()
    text = _text(at)
    assert "không có (mọi lượt trùng kịch bản)" in text
    assert "0 %" in _cells(at) and "100 %" in _cells(at)     # every draw is the scenario: certain


@pytest.mark.parametrize("lang,bad,word", [
    ("vi", "abc", "«Hạt giống ngẫu nhiên»: «abc» không phải là số; nhập chữ số với dấu thập phân là dấu phẩy "
                  "hoặc dấu chấm, ví dụ 42."),
    ("en", "-3", "Random seed"), ("en", "1e99", "Random seed"),
    # a seed is a whole number: 7,5 was rounded to 8 without a word
    ("vi", "7,5", "«Hạt giống ngẫu nhiên»: 7,5 không phải số nguyên; nhập một số nguyên, ví dụ 42."),
    ("en", "7.5", "“Random seed”: 7.5 is not a whole number; type a whole number, e.g. 42."),
])
def test_a_bad_seed_is_named_and_changes_nothing(lang, bad, word):
    at = goto(fresh(lang=lang), "risk")
    at.text_input(key=wkey(at, "rk.seed")).set_value(bad).run()
    err = plain(" ".join(e.value for e in at.error))
    assert word in err
    assert at.session_state["risk"]["seed"] == 0
    assert ("10.000 lượt, hạt giống 0" if lang == "vi" else "10,000 draws, seed 0") in _text(at)


def test_a_scale_typed_with_a_decimal_comma():
    at = goto(fresh(lang="vi"), "risk")
    at.session_state["open.rk_scale"] = True
    at.run()
    at.text_input(key=wkey(at, "rk.scale.growth")).set_value("1,5").run()
    assert at.session_state["risk"]["scale"]["growth"] == 1.5
    assert "Tăng trưởng ngành ×1,50" in _text(at)
    at.text_input(key=wkey(at, "rk.scale.growth")).set_value("9").run()   # above the bound
    assert "Tăng trưởng" in plain(" ".join(e.value for e in at.error))
    # said under the row of five boxes, not in a fifth of the page a word to a line
    assert at.main.columns and all(not list(c.error) for c in at.main.columns)
    assert at.session_state["risk"]["scale"]["growth"] == 1.5


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_scorecard_has_a_probability_column(lang, api):
    at = fresh(lang=lang)
    head = "Xác suất đạt" if lang == "vi" else "Probability met"
    tb = tables(at)[0].value
    assert any(head in str(c) for c in tb.columns)
    col = [c for c in tb.columns if head in str(c)][0]
    # as the app rounds (`fmt`): 1,805 draws of 10,000 are "18,0 %", where Python's own
    # formatting of 100 × 0.1805 gives 18.1
    assert fmt.pct(100 * api.probabilities['grdp_per_capita'], lang, 1) in set(tb[col])
    assert (tb[col] == "—").sum() == 33 - 8     # not modelled: no probability


@pytest.mark.parametrize("page,word", [("growth", "Dải quạt"), ("structure", "Dải quạt")])
def test_fans_on_growth_and_structure_are_a_switch_away(page, word):
    at = goto(fresh(lang="vi"), page)
    assert word not in [s.value for s in at.subheader]
    at.toggle(key=wkey(at, f"rk.show.{page}")).set_value(True).run()
    assert word in [s.value for s in at.subheader]
    goto(at, "scorecard")
    assert word in [s.value for s in goto(at, page).subheader]     # kept for the session
    at.toggle(key=wkey(at, f"rk.show.{page}")).set_value(False).run()
    assert word not in [s.value for s in at.subheader]


def test_compare_shows_probabilities_side_by_side():
    at = goto(fresh(lang="en", cmp="baseline,congress_2025"), "compare")
    assert "Probability of meeting the targets (stochastic simulation)" in [s.value for s in at.subheader]
    cells = _cells(at)
    assert "All 8 economic targets together" in cells
    prob = next(tb.value for tb in tables(at) if "Target" in tb.value.columns and "B" in tb.value.columns
                and tb.value["Indicator"].str.contains("All 8").any())
    assert list(prob.columns[:2]) == ["Indicator", "Target"]
    assert prob.set_index("Indicator").at["Average real GRDP growth 2021-2030", "Target"] == "> 9 %/yr"


@pytest.mark.parametrize("lang, said", [
    ("en", "The horizon is 2028, before 2030: the probabilities are of the 2030 targets. Set \"Horizon (last "
           "projected year)\" in the sidebar to 2030 or later."),
    ("vi", "Năm cuối dự báo là 2028, trước năm 2030: xác suất là của các chỉ tiêu năm 2030. Đặt «Năm cuối dự báo» "
           "ở thanh bên từ 2030 trở đi.")])
def test_short_horizon_says_so(lang, said):
    """The value, why, and the sidebar's control by its label (it said "Probabilities need a
    horizon of 2030 or later"; the Solve page, "The solver needs a horizon of 2030 or later")."""
    at = goto(fresh(lang=lang, h="2028"), "risk")
    assert said in [plain(i.value) for i in at.info], [plain(i.value) for i in at.info]
    solve = goto(fresh(lang=lang, h="2028"), "solve")
    fix = said.split(". ", 1)[1]
    assert any(plain(w.value).startswith(said.split(":")[0] + ":") and plain(w.value).endswith(fix)
               for w in solve.warning), [plain(w.value) for w in solve.warning]


def test_the_risk_page_and_the_scorecard_say_how_often_a_level_is_above_its_band():
    """Per capita "≈ 170" met in under a fifth of the draws read as a shortfall; the page says how
    often the draws are above the band instead (the API's figures), and the Scorecard's note too."""
    at = goto(fresh(lang="en"), "risk")
    assert not at.exception
    r = model.uncertainty.run(model.assemble_history(), at.session_state["working"], draws=10_000, seed=0, fans=False)
    line = model.report.risk.above_sentence(r, "en")
    assert line and line in [plain(m.value).replace("\u00a0", " ") for m in at.markdown]   # units kept on one line
    assert "Above the target's band — more than the plan's figure, not short of it" in _text(fresh(lang="en"))


def test_scorecard_says_how_likely_all_targets_are_together():
    at = fresh(lang="en")
    said = _text(at)
    assert "The probability that all 8 targets hold together is" in said and "10,000 draws, seed 0" in said


@pytest.mark.parametrize("lang,want", [
    ("vi", ("Phân bố tăng trưởng bình quân 2026–2030", "Xác suất đạt ít nhất 10 %/năm: ")),
    ("en", ("Distribution of average growth 2026–2030", "Probability of at least 10 % a year: ")),
])
def test_the_growth_draws_follow_the_scenarios_target_set(lang, want):
    """Against the 2026–2030 plan (ts=plan_2026_2030) the plan's growth target is the one drawn:
    the sentence and the histogram are of 2026–2030 growth against "at least 10 %" (the page
    had neither, the set having no 2021–2030 target), the probability the API's."""
    from dataclasses import replace

    at = goto(fresh(lang=lang, ts="plan_2026_2030"), "risk")
    r = uncertainty.run(model.assemble_history(), replace(BASE, targets_set="plan_2026_2030"), draws=10_000, seed=0)
    assert r.growth_id == "grdp_growth_avg_2026_2030" and len(r.average_growth)
    text = _text(at)
    assert want[1] + fmt.pct(100 * r.probabilities['grdp_growth_avg_2026_2030'], lang, 1) in text
    titles = [m.value for m in at.markdown]
    assert any(want[0] in x for x in titles)
    # the tornado's outcomes are the plan's targets, its growth first
    from model.report.strings import target_name

    box = next(sb for sb in at.selectbox if sb.options and target_name("grdp_growth_avg_2026_2030", lang) in sb.options)
    assert box.value == "grdp_growth_avg_2026_2030" and target_name("grdp_growth_avg", lang) not in box.options



def test_the_tornados_target_is_kept_in_the_link():
    """The target the tornado ranks by is in the link (rkt=): a reload draws the same tornado;
    the set's first target says nothing; a target of no set is said, one of another set (the
    scenario's set changed since) quietly gives the first."""
    box = lambda a: next(sb for sb in a.selectbox if sb.label in ("Effect on", "Ảnh hưởng tới"))  # noqa: E731
    at = goto(fresh(lang="en"), "risk")
    assert box(at).value == "grdp_growth_avg" and "rkt" not in at.query_params
    box(at).set_value("share_industry_construction").run()
    assert at.query_params["rkt"] == "share_industry_construction"
    goto(at, "growth")
    assert box(goto(at, "risk")).value == "share_industry_construction"
    again = goto(fresh(**dict(at.query_params)), "risk")
    assert box(again).value == "share_industry_construction"
    for lang, word in (("vi", "rkt=gdp: bộ mục tiêu của kịch bản không có chỉ tiêu này"),
                       ("en", "rkt=gdp: the scenario's target set has no such target")):
        bad = goto(fresh(lang=lang, rkt="gdp"), "risk")
        assert word in plain(" ".join(w.value for w in bad.warning))
        assert box(bad).value == "grdp_growth_avg"
    other = goto(fresh(lang="en", ts="plan_2026_2030", rkt="share_manufacturing"), "risk")
    assert not [w for w in other.warning if "rkt=" in w.value]


def test_the_compare_pages_probabilities_judge_every_scenario_by_one_set():
    """The edited scenario judged by the Ministry's draft beside the baseline (the programme's):
    the probability table held the first one's targets and a column of NaN for the other. Every
    scenario is judged by the set the 2030 table above judges by, and a target a run did not
    judge would show a dash."""
    from dataclasses import replace

    from model.report import risk as rv

    at = fresh(page="compare", lang="en", ts="mof_draft_2026_2030", **{"g.services": "9"})
    prob = next(tb.value for tb in tables(at) if "Indicator" in tb.value.columns and "B" in tb.value.columns
                and tb.value["Indicator"].str.contains("Ministry of Finance").any())
    assert list(prob["Indicator"]) == ["Average real GRDP growth 2026-2030 (Ministry of Finance draft)"]
    assert all(str(v).endswith("%") for v in prob[["A", "B"]].to_numpy().ravel()), prob
    # the API: two runs of different sets side by side leave a dash, not NaN
    h = model.assemble_history()
    mof = uncertainty.run(h, replace(BASE, targets_set="mof_draft_2026_2030"), draws=200)
    out = rv.compare_probabilities({"A": mof, "B": uncertainty.run(h, BASE, draws=200)}, "en")
    assert out.at[0, "B"] == "—" and out.at[0, "A"].endswith("%")


def test_the_uncertainty_settings_ride_in_the_link():
    """Draws, seed, sources and scales that differ from the defaults are in the link, so that a
    reload, a shared link and Back give the same probabilities (a reloaded Export page built
    its deck of 10,000 draws where the Scorecard before the reload said 1,000)."""
    at = fresh(lang="vi", **{"rk.n": "1000", "rk.seed": "3", "rk.off": "icor", "rk.x.growth": "1,5"})
    assert not at.warning
    want = uncertainty.run(model.assemble_history(), BASE, draws=1_000, seed=3, scale={"growth": 1.5},
                           sources=[s for s in uncertainty.SOURCES if s != "icor"], fans=False)
    p = fmt.pct(100 * want.probabilities['grdp_multiple'], "vi", 1)
    assert p in _cells(at)    # the Scorecard's column, drawn as the link says
    at = goto(at, "risk")
    assert "1.000 lượt, hạt giống 3; nguồn: Tăng trưởng ngành ×1,50" in _text(at)
    assert at.selectbox(key=wkey(at, "rk.draws")).value == 1000
    assert not at.checkbox(key=wkey(at, "rk.src.icor")).value
    link = dict(at.query_params)
    assert {k: link[k] for k in link if k.startswith("rk.")} == {"rk.n": "1000", "rk.seed": "3", "rk.off": "icor",
                                                                   "rk.x.growth": "1.5"}
    # a change on the page is a change of the link; back to the defaults, the link says nothing
    at.text_input(key=wkey(at, "rk.seed")).set_value("5").run()
    assert dict(at.query_params)["rk.seed"] == "5"
    at.selectbox(key=wkey(at, "rk.draws")).set_value(10_000).run()
    at.text_input(key=wkey(at, "rk.seed")).set_value("0").run()
    at.checkbox(key=wkey(at, "rk.src.icor")).check().run()
    at.session_state["open.rk_scale"] = True
    at.run()
    at.text_input(key=wkey(at, "rk.scale.growth")).set_value("1").run()
    assert not [k for k in dict(at.query_params) if k.startswith("rk.")]
    assert "10.000 lượt, hạt giống 0" in _text(at)


@pytest.mark.parametrize("lang,word", [("vi", "số lượt mô phỏng là một trong 1.000, 10.000, 100.000; dùng 10.000"),
                                       ("en", "the number of draws is one of 1,000, 10,000, 100,000; 10,000 is used")])
def test_a_bad_uncertainty_setting_in_the_link_is_named_and_the_rest_kept(lang, word):
    at = fresh(lang=lang, **{"rk.n": "5000", "rk.seed": "9", "g.services": "9"})
    said = plain(" ".join(w.value for w in at.warning))
    assert "rk.n=5000" in said and word in said
    assert at.session_state["risk"]["draws"] == 10_000 and at.session_state["risk"]["seed"] == 9
    assert at.session_state["working"].sectors["services"].growth.constant == 0.09
    # a count in the message is written as the reader writes numbers
    at = fresh(lang=lang, **{"rk.seed": "-1"})
    hi = "4.294.967.295" if lang == "vi" else "4,294,967,295"
    assert "rk.seed=-1" in plain(" ".join(w.value for w in at.warning)) and hi in plain(" ".join(w.value for w in at.warning))


@pytest.mark.parametrize("lang,growth,per_capita", [
    ("vi", ("Kết quả (thấp, %/năm)", "Kết quả (cao, %/năm)", "Chênh lệch (điểm %/năm)"),
     ("Kết quả (thấp, triệu đồng/người)", "Chênh lệch (triệu đồng/người)")),
    ("en", ("Outcome (low, %/yr)", "Outcome (high, %/yr)", "Range (pp a year)"),
     ("Outcome (low, million VND/person)", "Range (million VND/person)"))])
def test_the_tornado_says_its_outcomes_unit(lang, growth, per_capita):
    """The tornado's table gave "Outcome (low)" 5,67 and its chart "the scenario's value (7,17)"
    with no unit: a growth in % a year, its range in points; per capita in million VND."""
    at = goto(fresh(lang=lang), "risk")
    columns = [c for tb in tables(at) for c in tb.value.columns]
    assert all(c in columns for c in growth), columns
    at = goto(fresh(lang=lang, rkt="grdp_per_capita"), "risk")
    columns = [c for tb in tables(at) for c in tb.value.columns]
    assert all(c in columns for c in per_capita), columns
