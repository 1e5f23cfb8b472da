import pytest

import model
from model import controls as ctl
from model.scenario import RatePath

from .conftest import SCENARIOS

LAST = 2025


@pytest.mark.parametrize("name", ["baseline", "provincial_plan", "congress_2025"])
def test_scenario_controls_scenario_is_identity(name):
    sc = model.load_scenario(SCENARIOS / f"{name}.toml")
    c = ctl.controls_from_scenario(sc, LAST)
    assert ctl.apply_controls(sc, c, LAST) == sc
    assert ctl.working_scenario(sc, c, LAST) is sc


def test_percent_to_fraction(baseline):
    c = ctl.controls_from_scenario(baseline, LAST)
    assert c.growth["services"] == ctl.RateControl(7.5)
    assert c.population_pct == 0.6 and c.first_year == 2026


def test_ramp_and_path_controls(baseline):
    ramp = baseline.with_sector("services", growth=RatePath.by_year({2026: 0.12, 2030: 0.08}))
    c = ctl.controls_from_scenario(ramp, LAST)
    assert c.growth["services"] == ctl.RateControl(12.0, 8.0)
    assert c.growth["services"].mode == "ramp"
    path = baseline.with_sector("services", growth=RatePath.by_year({2026: 0.1, 2027: 0.2, 2030: 0.1}))
    pc = ctl.controls_from_scenario(path, LAST).growth["services"]
    assert pc.mode == "path" and pc.path == ((2026, 0.1), (2027, 0.2), (2030, 0.1))
    assert ctl.apply_controls(path, ctl.controls_from_scenario(path, LAST), LAST) == path


def test_changed_control_makes_a_custom_scenario(baseline):
    c = ctl.controls_from_scenario(baseline, LAST)
    growth = dict(c.growth, services=ctl.RateControl(12.0, 8.0))
    changed = ctl.Controls(2035, LAST, 0.6, growth, c.inflation)
    sc = ctl.working_scenario(baseline, changed, LAST)
    assert sc.name == "baseline_custom" and sc.title_vi.endswith("(điều chỉnh)")
    assert sc.horizon == 2035
    assert sc.sectors["services"].growth == RatePath.by_year({2026: 0.12, 2035: 0.08})
    # saving and reloading the custom scenario gives the same scenario, without a second suffix
    again = model.parse_scenario(sc.to_toml())
    assert ctl.working_scenario(again, ctl.controls_from_scenario(again, LAST), LAST) == again


def test_params_round_trip(baseline):
    ref = ctl.controls_from_scenario(baseline, LAST)
    growth = dict(ref.growth, services=ctl.RateControl(12.0, 8.0),
                  agriculture=ctl.RateControl(2.0, None, ((2026, 0.02), (2030, 0.03))))
    c = ctl.Controls(2040, 2023, 1.0, growth, dict(ref.inflation, product_taxes=ctl.RateControl(4.0)))
    params = ctl.controls_to_params(c, ref)
    assert params == {"h": "2040", "lay": "2023", "pop": "1", "g.agriculture": "p:2026:0.02,2030:0.03",
                      "g.services": "12~8", "pi.product_taxes": "4"}
    back, errors = ctl.controls_from_params(params, ref, (2020, 2025))
    assert errors == [] and back == c


def test_no_params_for_an_unchanged_scenario(baseline):
    ref = ctl.controls_from_scenario(baseline, LAST)
    assert ctl.controls_to_params(ref, ref) == {}


@pytest.mark.parametrize("params, message", [
    ({"h": "abc"}, "h=abc: not a year"),
    ({"h": "2060"}, "h=2060: use a year from 2026 to 2050"),
    ({"lay": "2019"}, "lay=2019: use a year from 2020 to 2025"),
    ({"pop": "9"}, "pop=9: 9 is outside -1 to 3"),
    ({"g.services": "90"}, "g.services=90: 90 is outside -10 to 40"),
    ({"pi.services": "x"}, "pi.services=x:"),
    ({"g.mining": "3"}, "g.mining: unknown sector 'mining'"),
    ({"g.services": "p:2026:5"}, "g.services=p:2026:5: '2026:5' is not year:fraction"),
])
def test_bad_params_are_named_and_skipped(baseline, params, message):
    ref = ctl.controls_from_scenario(baseline, LAST)
    c, errors = ctl.controls_from_params({**params, "g.agriculture": "3"}, ref, (2020, 2025))
    assert len(errors) == 1 and errors[0].startswith(message), errors
    assert c.growth["agriculture"] == ctl.RateControl(3.0)  # the good one still applies


def test_diff_scenarios(baseline):
    other = baseline.with_sector("services", growth=RatePath.const(0.09))
    changes = ctl.diff_scenarios(baseline, other)
    assert changes == [ctl.Change("sectors.services.growth", "7.5 %", "9.0 %")]
    assert ctl.diff_scenarios(baseline, baseline) == []


def test_bounds_in_percent():
    assert ctl.bounds_from_pct({"services": (0.0, 25.0)}) == {"services": (0.0, 0.25)}
    assert ctl.default_bounds_pct() == (-10.0, 40.0)


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from model import views  # noqa: E402


def pct(rng):
    return st.floats(*rng).map(lambda v: round(v, 1))


@st.composite
def slider_settings(draw):
    lay = draw(st.integers(2020, 2025))
    rate = lambda rng: st.builds(ctl.RateControl, pct(rng), st.one_of(st.none(), pct(rng)))  # noqa: E731
    return ctl.Controls(
        horizon=draw(st.integers(lay + 1, 2050)), last_actual_year=lay,
        population_pct=draw(pct(ctl.POPULATION_RANGE)),
        growth={s: draw(rate(ctl.GROWTH_RANGE)) for s in model.SECTOR_IDS},
        inflation={s: draw(rate(ctl.INFLATION_RANGE)) for s in model.SECTOR_IDS})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(slider_settings())
def test_any_slider_setting_projects_and_draws(history, baseline, c):
    sc = ctl.working_scenario(baseline, c, LAST)
    again = model.parse_scenario(sc.to_toml())  # the saved file is valid and reloads the same
    assert again == sc
    p = model.simulate(history, sc)
    table = p.table()
    assert table.drop(columns="is_actual").notna().all().all()
    assert (p.real.to_numpy() > 0).all()
    for frame in (views.grdp_view(p), views.shares_view(p), views.contributions_view(p),
                  views.scorecard(p), views.growth_view(p)):
        assert len(frame) > 0
    back = ctl.controls_from_scenario(sc, LAST)
    assert ctl.controls_from_params(ctl.controls_to_params(back, ctl.controls_from_scenario(baseline, LAST)),
                                    ctl.controls_from_scenario(baseline, LAST), (2020, 2025))[1] == []
