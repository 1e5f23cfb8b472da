"""Attribution of the difference between two scenarios (issue 9): exact additivity for any pair,
a hand-checked one-factor case, symmetry, the order-free Shapley split, and the outcomes equal to
the projection's own."""

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import model
from model.attribution import OUTCOMES, attribute, changed_factors, outcomes
from model.projects import ProjectSetting
from model.scenario import RatePath
from model.targets import MEASURES


def test_outcomes_are_the_projections(history, baseline):
    p = model.simulate(history, baseline)
    o = dict(zip(OUTCOMES, outcomes(history, baseline)))
    assert o["grdp_nominal_bn"] == pytest.approx(p.grdp_nominal[2030], rel=1e-14)
    for tid in ("grdp_growth_avg", "grdp_multiple", "grdp_per_capita", "share_services", "share_manufacturing"):
        assert o[tid] == pytest.approx(MEASURES[tid](p), rel=1e-12)


def test_one_factor_takes_the_whole_difference(history, baseline):
    b = baseline.with_rate("sectors.services.growth", RatePath.const(0.09))
    r = attribute(history, baseline, b)
    assert list(r.index) == ["growth.services", "total"]
    np.testing.assert_array_equal(r.loc["growth.services"].to_numpy(), r.loc["total"].to_numpy())
    pa, pb = model.simulate(history, baseline), model.simulate(history, b)
    assert r.at["total", "grdp_nominal_bn"] == pytest.approx(pb.grdp_nominal[2030] - pa.grdp_nominal[2030])


def test_two_factors_by_hand(history, baseline):
    """Shapley with two factors: each gets the average of its effect first and second."""
    b = baseline.with_rate("sectors.services.growth", RatePath.const(0.09)).with_rate(
        "sectors.services.inflation", RatePath.const(0.05))
    r = attribute(history, baseline, b)
    k = OUTCOMES.index("grdp_nominal_bn")
    v = lambda sc: outcomes(history, sc)[k]  # noqa: E731
    g_only = baseline.with_rate("sectors.services.growth", RatePath.const(0.09))
    p_only = baseline.with_rate("sectors.services.inflation", RatePath.const(0.05))
    expect = 0.5 * ((v(g_only) - v(baseline)) + (v(b) - v(p_only)))
    assert r.at["growth.services", "grdp_nominal_bn"] == pytest.approx(expect, rel=1e-12)
    # constant-price GRDP does not depend on prices: the deflator's term is zero there
    assert r.at["inflation.services", "grdp_real_bn"] == pytest.approx(0.0, abs=1e-9)


def test_reverse_pair_reverses_every_term(history, baseline):
    b = model.load_scenario(model.__path__[0] + "/../scenarios/congress_2025.toml")
    # one set for both directions (by default each is judged by its B's set, and these differ)
    ab, ba = (attribute(history, x, y, set_id="congress_20") for x, y in ((baseline, b), (b, baseline)))
    np.testing.assert_allclose(ab.to_numpy(), -ba.loc[ab.index].to_numpy(), rtol=1e-9, atol=1e-9)
    assert ab.attrs["method"] == "shapley"


@st.composite
def pair(draw):
    """The baseline and a random variant of it: any of growth, inflation, population, projects,
    the manufacturing weight and the horizon changed."""
    base = model.load_scenario(model.__path__[0] + "/../scenarios/baseline.toml")
    sc = base
    sectors = model.SECTOR_IDS
    for s in draw(st.lists(st.sampled_from(sectors), max_size=2, unique=True)):
        sc = sc.with_rate(f"sectors.{s}.growth", RatePath.const(draw(st.floats(-0.05, 0.25))))
    for s in draw(st.lists(st.sampled_from(sectors), max_size=2, unique=True)):
        sc = sc.with_rate(f"sectors.{s}.inflation", RatePath.by_year(
            {2026: draw(st.floats(-0.02, 0.08)), 2030: draw(st.floats(-0.02, 0.08))}))
    if draw(st.booleans()):
        sc = sc.with_rate("sectors.services.investment", RatePath.const(draw(st.floats(0.0, 0.4))))
    if draw(st.booleans()):
        sc = replace(sc, population_growth=RatePath.const(draw(st.floats(-0.01, 0.02))))
    for pid in draw(st.lists(st.sampled_from(["lng_vung_ang_3", "vung_ang_2", "vinfast_ev"]), max_size=2, unique=True)):
        sc = sc.with_project(pid, ProjectSetting(on=draw(st.booleans()), delay=draw(st.integers(0, 4)),
                                                 scale=draw(st.floats(0.0, 2.0))))
    if draw(st.booleans()):
        sc = replace(sc, manufacturing_share=draw(st.floats(0.54, 0.63)))
    if draw(st.booleans()):
        sc = replace(sc, horizon=draw(st.integers(2030, 2040)))
    return (base, sc) if draw(st.booleans()) else (sc, base)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair())
def test_terms_add_up_to_the_total_for_any_pair(history, ab):
    """Issue 9, 'done when' 4: additive, for every outcome, whatever changed."""
    a, b = ab
    r = attribute(history, a, b)
    total = outcomes(history, b) - outcomes(history, a)
    np.testing.assert_allclose(r.loc["total"].to_numpy(), total, rtol=0, atol=1e-12 * np.abs(total).max() + 1e-12)
    terms = r.drop("total").to_numpy().sum(axis=0)
    np.testing.assert_allclose(terms, total, rtol=1e-9, atol=1e-8)
    assert len(r) - 1 == len(changed_factors(a, b))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair(), st.sampled_from(["vi", "en"]))
def test_the_split_as_shown_adds_up_to_the_total_as_shown(history, ab, lang):
    """What the Compare page and `attribute` print: in every outcome, the parts as shown add up to
    the total as shown, and the total is B − A as the two figures show (the Compare table's Δ).
    Rounded alone, the plan against the baseline summed to 25,110 under a total of 25,109."""
    from model.report import fmt, views

    a, b = ab
    r = attribute(history, a, b)
    view = views.attribution_view(r, lang)
    for c, col in zip(r.columns, view.columns):
        digits = views.ATTRIBUTION_DIGITS.get(c, 2)
        read = [fmt.parse_number(x, lang, grouping=True) if x != "—" else np.nan for x in view[col]]
        if np.isnan(read).any():
            continue
        total = fmt.num(fmt.shown_diff(r.attrs["b"][c], r.attrs["a"][c], digits), lang, digits, sign=True)
        assert view[col].iloc[-1] == total, (c, view[col].iloc[-1], total)
        assert fmt.num(sum(read[:-1]), lang, digits, sign=True) == total, c


def test_the_plan_against_the_baseline_adds_up_as_printed(history, baseline, capsys):
    """The README's pair: GRDP 2030 at 2010 prices, whose parts rounded alone summed to 25,110
    under a printed total of 25,109; the Compare table's Δ for the same two is +25,110."""
    from model.cli import main
    from model.report import views

    plan = model.load_scenario(model.__path__[0] + "/../scenarios/provincial_plan.toml")
    ps = {"A": model.simulate(history, baseline), "B": model.simulate(history, plan)}
    delta = views.compare_table(ps, "en").at["GRDP 2030, constant 2010 prices (billion VND)", "Δ B−A"]
    assert delta == "+25,110"
    scen = model.__path__[0] + "/../scenarios/"
    assert main(["attribute", scen + "baseline.toml", scen + "provincial_plan.toml", "--lang", "en"]) == 0
    block = capsys.readouterr().out.split("GRDP 2030, constant 2010 prices (billion VND)\n")[1].split("\n\n")[0]
    values = [int(line.split()[-1].replace(",", "")) for line in block.splitlines()]
    assert values[-1] == 25110 and sum(values[:-1]) == 25110


def test_sequential_beyond_the_shapley_limit(history, baseline, monkeypatch):
    import model.attribution as A

    b = model.load_scenario(model.__path__[0] + "/../scenarios/congress_2025.toml")
    monkeypatch.setattr(A, "MAX_SHAPLEY", 3)
    r = A.attribute(history, baseline, b)
    assert r.attrs["method"] == "sequential"
    np.testing.assert_allclose(r.drop("total").sum().to_numpy(), r.loc["total"].to_numpy(), rtol=1e-9)


def test_workbook_sheet_and_waterfall(history, baseline):
    """The attribution as the XLSX sheet (labels in Vietnamese, A and B rows) and as a waterfall
    chart whose steps end on B's value."""
    import io

    import pandas as pd

    from model.report import charts, vega, views, workbook

    b = baseline.with_rate("sectors.services.growth", RatePath.const(0.09)).with_project(
        "lng_vung_ang_3", ProjectSetting(on=True, delay=2))
    r = attribute(history, baseline, b)
    sheet = views.attribution_numbers(r, "vi")
    assert "Dự án: Nhà máy điện khí LNG Vũng Áng III" in " ".join(sheet.index) or any(
        i.startswith("Dự án:") for i in sheet.index)
    book = pd.read_excel(io.BytesIO(workbook.write([workbook.Sheet("Phân rã chênh lệch", sheet, index=True)])),
                         sheet_name=None, index_col=0)
    got = book["Phân rã chênh lệch"]
    col = "GRDP giá hiện hành 2030 (tỷ đồng)"
    assert got.loc["Tổng chênh lệch", col] == pytest.approx(got.loc["B", col] - got.loc["A", col], rel=1e-9)
    w = views.waterfall_frame(r, "grdp_growth_avg", "en", "A", "B")
    assert w["end"].iloc[-2] == pytest.approx(w["end"].iloc[-1], abs=1e-9)  # the last step lands on B
    chart = charts.waterfall(r, "grdp_growth_avg", "vi")
    assert b"<svg" in vega.chart_bytes(chart, "vi", "svg")[:300]


def test_a_project_the_scenario_defines_is_named_from_its_definition(history, baseline):
    from model.projects import Project
    from model.report import views

    own = Project(id="own_plant", name_vi="Nhà máy riêng", name_en="Own plant", sector="industry_construction",
                  first_year=2027, ramp=(0.5, 1.0), va=3000.0, va_low=0, va_high=0, capex=((2026, 1000.0),))
    b = baseline.with_project("own_plant", ProjectSetting(definition=own))
    r = attribute(history, baseline, b)
    assert list(views.attribution_view(r, "vi").index) == ["Dự án: Nhà máy riêng", "Tổng chênh lệch"]
    assert views.attribution_view(r, "en").index[0] == "Project: Own plant"


def test_one_kernel_call_equals_a_projection_per_subset(history, baseline):
    """The 2ⁿ subsets as draws of one kernel call (issue 14) give the split that projecting
    each subset on its own gives, to 1e-12, manufacturing and a late project included."""
    from dataclasses import replace

    import numpy as np

    from model import attribution as A
    from model.projects import ProjectSetting

    b = baseline
    for s in model.SECTOR_IDS:
        b = b.with_sector(s, growth=model.RatePath.const(baseline.sectors[s].growth.constant + 0.01),
                          inflation=model.RatePath.const(0.04))
    b = replace(b, manufacturing_share=0.5, projects={**baseline.projects, "lng_vung_ang_3": ProjectSetting(delay=2)})
    factors = A.changed_factors(baseline, b)
    assert len(factors) == 10
    every = A._one_call(history, baseline, b, factors)
    assert every is not None
    for row in (0, 1, 37, 2 ** 10 - 1):
        sub = [i for i in range(10) if row >> i & 1]
        want = A.outcomes(history, A._mix(baseline, b, factors, sub))
        np.testing.assert_allclose(every[row], want, rtol=1e-12)
    # a sector driven by investment is not a rate: the split falls back to one projection a subset
    driven = b.with_rate("sectors.services.investment", model.RatePath.const(0.2))
    assert A._one_call(history, baseline, driven, A.changed_factors(baseline, driven)) is None


@pytest.mark.parametrize("set_id", ["plan_2026_2030", "congress_20", "provincial_plan_2021_2030"])
def test_a_target_sets_outcomes_are_split_and_add_up_to_the_projections(history, baseline, set_id):
    """Judged against another set, the split is of that set's outcomes (the 2026–2030 plan's
    growth 2026–2030 reads 2025 as its base year): the one-call Shapley split over two factors
    equals the projections' own values, term by term by hand, and adds up to B − A."""
    from model.registry import get, outcomes as set_outcomes

    b = baseline.with_rate("sectors.services.growth", RatePath.const(0.09)).with_project(
        "lng_vung_ang_3", ProjectSetting(on=True))
    r = attribute(history, baseline, b, set_id=set_id)
    ids = set_outcomes(set_id)
    assert list(r.columns) == list(ids) and r.attrs["set_id"] == set_id and r.attrs["method"] == "shapley"
    if set_id != "provincial_plan_2021_2030":
        assert "grdp_growth_avg_2026_2030" in ids and "grdp_growth_avg" not in ids

    def value(sc, tid):   # the projection's own, through the registry's measure of one path
        return float(get(tid).value(model.registry.ProjectionArrays(model.simulate(history, sc)))[0])

    g_only = baseline.with_rate("sectors.services.growth", RatePath.const(0.09))
    p_only = baseline.with_project("lng_vung_ang_3", ProjectSetting(on=True))
    for tid in ids[2:]:
        assert r.attrs["a"][tid] == pytest.approx(value(baseline, tid), rel=1e-10, abs=1e-12)
        assert r.attrs["b"][tid] == pytest.approx(value(b, tid), rel=1e-10, abs=1e-12)
        expect = 0.5 * ((value(g_only, tid) - value(baseline, tid)) + (value(b, tid) - value(p_only, tid)))
        assert r.at["growth.services", tid] == pytest.approx(expect, rel=1e-9, abs=1e-10)
    np.testing.assert_allclose(r.drop("total").sum().to_numpy(), r.loc["total"].to_numpy(), rtol=1e-12, atol=1e-9)


def test_the_default_set_is_bs_own(history, baseline):
    """Without ``set_id`` the split is of the outcomes of the set B is judged by (the Congress
    file's own, as `python -m model attribute` and `model.evaluate` do), and with none declared
    the programme's."""
    from .conftest import SCENARIOS

    congress = model.load_scenario(SCENARIOS / "congress_2025.toml")
    r = attribute(history, baseline, congress)
    assert r.attrs["set_id"] == "congress_20"
    assert list(r.columns) == list(model.registry.outcomes("congress_20"))
    assert r.equals(attribute(history, baseline, congress, set_id="congress_20"))
    back = attribute(history, congress, baseline)   # B names no set: the programme's
    assert back.attrs["set_id"] == "nq26_programme" and list(back.columns) == list(OUTCOMES)
