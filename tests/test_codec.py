"""The app's state codec (ui/codec.py), pure: scenario ↔ controls ↔ link, exactly."""

import pytest
from hypothesis import given, settings

import model
from model import params as P
from model.scenario import RatePath, frac_to_pct, pct_to_frac
from ui import codec

from .conftest import SCENARIOS
from .strategies import scenario_toml

LAST = 2025
HISTORY_YEARS = (2020, 2025)


def test_percent_and_fraction_meet_by_decimal_shift():
    assert pct_to_frac(2.8) == 0.028 and 2.8 / 100 != 0.028  # what float division would give
    assert frac_to_pct(0.028) == 2.8 and frac_to_pct(0.175) == 17.5
    # a value nobody typed is never converted: the control keeps the file's fraction
    assert codec.typed_frac(2.8, 2.8, 0.027999999999999997) == 0.027999999999999997
    assert codec.typed_frac(2.8, 2.9, 0.027999999999999997) == 0.029


@pytest.mark.parametrize("name", ["baseline", "provincial_plan", "congress_2025"])
def test_shipped_scenarios_survive_controls(name):
    sc = model.load_scenario(SCENARIOS / f"{name}.toml")
    for fp, rc in codec.controls(sc, LAST).items():
        assert rc.to_rate() == sc.rate(fp)


def test_modes_and_conversions(baseline):
    f, h = 2026, 2030
    ramp = codec.rate_control(RatePath.by_year({2026: 0.12, 2030: 0.08}), f, h)
    assert ramp == codec.RateControl("ramp", ((2026, 0.12), (2030, 0.08)))
    pts = codec.rate_control(RatePath.by_year({2026: 0.175, 2027: 0.175, 2028: 0.11, 2029: 0.185, 2030: 0.21}), f, h)
    assert pts.mode == "points" and pts.points[2] == (2028, 0.11)
    assert [round(v, 12) for _, v in codec.convert(ramp, "points", f, h).points] == [0.12, 0.11, 0.10, 0.09, 0.08]
    assert codec.convert(pts, "constant", f, h) == codec.RateControl("constant", ((0, 0.175),))
    # typed 2.8 % is saved as 0.028, not 0.027999999999999997 (item 3)
    edited = codec.RateControl("constant", ((0, codec.typed_frac(2.5, 2.8, 0.025)),)).to_rate()
    assert "inflation = 0.028\n" in baseline.with_sector("services", inflation=edited).to_toml()


def test_points_from_a_ramp_show_what_a_box_shows():
    """Years between a ramp's ends are interpolations nobody typed: to points they are rounded
    to a hundredth of a point (the box's precision) so a year-by-year box shows 7,28, not
    7,283333; the ends and a constant keep the file's exact values."""
    ramp = codec.RateControl("ramp", ((2026, 0.067), (2030, 0.09)))
    pts = codec.convert(ramp, "points", 2026, 2030).points
    assert pts == ((2026, 0.067), (2027, 0.0728), (2028, 0.0785), (2029, 0.0842), (2030, 0.09))
    exact = ramp.to_rate().values(range(2026, 2031))
    assert max(abs(v - x) for (_, v), x in zip(pts, exact)) <= 0.00005 + 1e-12   # 8.425 → 8.42
    long = codec.convert(codec.RateControl("ramp", ((2026, 0.07), (2050, 0.05))), "points", 2026, 2050).points
    assert dict(long)[2027] == 0.0692 and dict(long)[2050] == 0.05   # 7 − 2/24 = 6.916… %
    assert all(len(str(frac_to_pct(v)).partition(".")[2]) <= 2 for _, v in long)
    odd = codec.convert(codec.RateControl("constant", ((0, 0.0728333),)), "points", 2026, 2028).points
    assert {v for _, v in odd} == {0.0728333}


def test_year_boxes_go_two_to_a_row_when_a_value_would_be_cut():
    """Three boxes to a row show six characters whole in the sidebar; a longer value (a file's
    9,512345 %, shown with every decimal it has) puts the boxes two to a row."""
    assert codec.year_columns(["7,00", "10,50", "-12,50"]) == 3
    assert codec.year_columns(["7,00", "7,84", "9,512345"]) == 2
    assert codec.year_columns(["-10,125"]) == 2
    assert codec.year_columns([]) == 3


def test_edit_points_keeps_years_outside_the_projection():
    rc = codec.RateControl("points", ((2021, 0.05), (2027, 0.10), (2040, 0.03)))
    out = codec.edit_points(rc, {2026: 0.09, 2027: 0.11, 2028: 0.12})
    assert dict(out.points) == {2021: 0.05, 2026: 0.09, 2027: 0.11, 2028: 0.12, 2040: 0.03}


def test_link_holds_only_what_differs(baseline):
    assert codec.to_link(baseline, baseline, LAST) == {}
    w = baseline.with_sector("services", growth=RatePath.const(0.12)).with_sector(
        "agriculture", inflation=RatePath.by_year({2026: 0.03, 2030: 0.02}))
    link = codec.to_link(w, baseline, LAST)
    assert link == {"g.services": "12", "pi.agriculture": "3~2"}
    back, issues = codec.from_link(link, baseline, HISTORY_YEARS)
    assert issues == [] and back == w


def test_link_year_by_year_and_old_forms(baseline):
    back, issues = codec.from_link({"g.services": "2026:17.5,2027:17.5,2028:11", "h": "2035", "pop": "0.8"},
                                   baseline, HISTORY_YEARS)
    assert issues == []
    assert back.sectors["services"].growth == RatePath.by_year({2026: 0.175, 2027: 0.175, 2028: 0.11})
    assert back.horizon == 2035 and back.population_growth == RatePath.const(0.008)


@pytest.mark.parametrize("params, key", [
    ({"g.services": "abc"}, "url_rate"),                       # item 4: no "could not convert..."
    ({"g.services": "900"}, "url_rate_range"),
    ({"g.mining": "3"}, "url_sector"),
    ({"zzz": "1"}, "url_unknown"),
    ({"h": "20x5"}, "url_year"),
    ({"h": "2060"}, "url_year_range"),
    ({"lay": "2019"}, "url_year_range"),
    ({"h": "2024", "lay": "2025"}, "url_horizon"),
    ({"g.services": "2026:nan"}, "url_rate"),
    ({"g.services": "1e999"}, "url_rate_range"),
    ({"g.services": "２０２６:5"}, "url_rate"),
])
def test_bad_link_parameters_are_reported_and_the_rest_applies(baseline, params, key):
    back, issues = codec.from_link({**params, "pi.services": "3"}, baseline, HISTORY_YEARS)
    assert [i.key for i in issues] == [key]
    assert back.sectors["services"].inflation == RatePath.const(0.03)
    from model.report.strings import t

    assert t(key, "vi", **issues[0].fields) and t(key, "en", **issues[0].fields)


def test_link_accepts_every_value_validation_accepts(baseline):
    """Item 10: growth 0.5, −0.3, population 0.05, inflation 0.2 are valid: the link takes them."""
    w = (baseline.with_sector("services", growth=RatePath.const(0.5))
         .with_sector("agriculture", growth=RatePath.const(-0.3), inflation=RatePath.const(0.2)))
    w = w.with_rate("population.growth", RatePath.const(0.05))
    back, issues = codec.from_link(codec.to_link(w, baseline, LAST), baseline, HISTORY_YEARS)
    assert issues == [] and back == w


@settings(max_examples=300, deadline=None)
@given(scenario_toml())
def test_any_valid_scenario_survives_file_controls_link_controls_file(text):
    """The property of issue 7: file → controls → link → controls → file gives the same values."""
    baseline = model.load_scenario(SCENARIOS / "baseline.toml")
    sc = model.parse_scenario(text)
    f = codec.first_year(sc, LAST)
    # controls show the file's values exactly
    for fp, rc in codec.controls(sc, LAST).items():
        assert rc.to_rate() == sc.rate(fp)
    # the link relative to another loaded scenario reproduces every assumption
    base = model.parse_scenario(text.replace(f"horizon = {sc.horizon}", "horizon = 2050"))
    for b in (baseline, base):
        back, issues = codec.from_link(codec.to_link(sc, b, LAST), b, HISTORY_YEARS)
        assert issues == []
        assert (back.horizon, codec.first_year(back, LAST)) == (sc.horizon, f)
        fields = model.scenario.RATE_FIELDS + model.scenario.INVESTMENT_FIELDS
        for fp in fields:
            assert back.rate(fp) == sc.rate(fp), fp
        # and the file written from it reads back to the same
        again = model.parse_scenario(back.to_toml())
        assert all(again.rate(fp) == sc.rate(fp) for fp in fields)


def test_projects_in_the_link(baseline):
    from model.projects import ProjectSetting

    w = baseline.with_project("lng_vung_ang_3", ProjectSetting(on=True, delay=2, scale=0.8)).with_project(
        "vung_ang_2", ProjectSetting(on=False))
    link = codec.to_link(w, baseline, LAST)
    assert link == {"pj.lng_vung_ang_3": "1:2:0.8", "pj.vung_ang_2": "0"}
    back, issues = codec.from_link(link, baseline, HISTORY_YEARS)
    assert issues == [] and back == w
    _, issues = codec.from_link({"pj.nowhere": "1", "pj.vung_ang_2": "1:99"}, baseline, HISTORY_YEARS)
    assert [i.key for i in issues] == ["url_project", "url_project_value"]


@pytest.mark.parametrize("delay, scale, ok", [(P.MAX_DELAY, P.MAX_PROJECT_SCALE, True),
                                              (P.MAX_DELAY + 1, 1.0, False), (0, P.MAX_PROJECT_SCALE + 0.01, False)])
def test_a_project_s_bounds_are_the_file_s_in_the_link(baseline, delay, scale, ok):
    """A delay and a scale the file check takes, the link takes, and what it refuses the link
    refuses: one bound each (`params.MAX_DELAY`, `params.MAX_PROJECT_SCALE`), read by both."""
    from model.projects import ProjectSetting

    text = baseline.to_toml() + f"\n[projects.lng_vung_ang_3]\non = true\ndelay = {delay}\nscale = {scale}\n"
    if ok:
        w = model.parse_scenario(text)
        assert w.projects["lng_vung_ang_3"] == ProjectSetting(on=True, delay=delay, scale=scale)
    else:
        with pytest.raises(model.ScenarioError):
            model.parse_scenario(text)
    back, issues = codec.from_link({"pj.lng_vung_ang_3": f"1:{delay}:{scale}"}, baseline, HISTORY_YEARS)
    assert (issues == []) is ok
    if ok:
        assert back == w


def test_investment_driver_in_the_link(baseline):
    """i.<s> drives a sector by its investment; g.<s> drives it by growth again."""
    w = baseline.with_rate("sectors.services.investment", RatePath.const(0.15))
    link = codec.to_link(w, baseline, LAST)
    assert link == {"i.services": "15"}
    back, issues = codec.from_link(link, baseline, HISTORY_YEARS)
    assert issues == [] and back == w
    # from the investment-driven scenario back to growth
    link = codec.to_link(baseline, w, LAST)
    assert link == {"g.services": "7.5"}
    back, issues = codec.from_link(link, w, HISTORY_YEARS)
    assert issues == [] and back == baseline
    _, issues = codec.from_link({"i.product_taxes": "5"}, baseline, HISTORY_YEARS)
    assert [i.key for i in issues] == ["url_sector"]
    assert issues[0].fields["allowed"] == "agriculture, industry_construction, services"
    _, issues = codec.from_link({"i.services": "-3"}, baseline, HISTORY_YEARS)
    assert [i.key for i in issues] == ["url_rate_range"]


# ---- a number in the link (the Projects page's questions) ----------------------------------------
from hypothesis import strategies as hst  # noqa: E402

_BASE = model.load_scenario(SCENARIOS / "baseline.toml")


@settings(max_examples=300, deadline=None)
@given(hst.floats(5.0, 95.0), hst.floats(3.0, 15.0), hst.integers(1, 10))
def test_any_number_the_projects_page_takes_survives_the_link(share, icor, delay):
    """The Projects page's share, ICOR and delay come back from the link exactly, and are no
    scenario parameter."""
    link = {"ib": codec.link_number(share), "ik": codec.link_number(icor), "pvd": str(delay), "pv": "vinmetal_steel"}
    assert codec.number_in(link["ib"], 5.0, 95.0) == share and codec.number_in(link["ik"], 3.0, 15.0) == icor
    assert codec.number_in(link["pvd"], 1, 10, whole=True) == delay
    assert codec.from_link(link, _BASE, HISTORY_YEARS) == (_BASE, [])


@pytest.mark.parametrize("raw", ["96", "4.9", "nan", "inf", "", "٥٠", "50%", "1e400"])
def test_a_number_the_box_would_not_take_is_not_read(raw):
    assert codec.number_in(raw, 5.0, 95.0) is None
    assert codec.number_in("2.5", 1, 10, whole=True) is None and codec.number_in("40,5", 5, 95) == 40.5
