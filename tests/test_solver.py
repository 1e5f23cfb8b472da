"""The target solver: recovery of known paths, bounds, infeasibility, multipliers, round trips."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import model
from model.scenario import RatePath, SolveSettings
from model.sectors import SECTOR_IDS
from model.solver import DEAD_ZONE, SolverError, TargetSpec, solve, target_specs
from model.solver.problem import _Problem
from model.targets import MEASURES

FOUR = ["grdp_growth_avg", "share_agriculture", "share_industry_construction", "share_services"]


def with_growth(scenario, rates):
    for s, g in rates.items():
        scenario = scenario.with_sector(s, growth=g if isinstance(g, RatePath) else RatePath.const(g))
    return scenario


def outcome_specs(history, scenario, ids):
    """Exact targets: what ``scenario`` itself achieves."""
    p = model.simulate(history, scenario)
    return [TargetSpec(i, MEASURES[i](p), MEASURES[i](p)) for i in ids]


TRUE = {"agriculture": 0.03, "industry_construction": 0.14, "services": 0.09, "product_taxes": 0.08}
ALL = list(SECTOR_IDS)
# The mechanics tests free every sector within wide bounds; the defaults (record bounds, taxes
# following their base) have tests of their own below.
WIDE = {s: (-0.1, 0.4) for s in SECTOR_IDS}


def test_recovers_constant_rates(history, baseline):
    specs = outcome_specs(history, with_growth(baseline, TRUE), FOUR)
    r = solve(history, baseline, specs, free=ALL, bounds=WIDE)  # the baseline's rates are the (different) start
    assert r.success and r.status == 0
    assert r.paths.iloc[0].to_numpy() == pytest.approx([TRUE[s] for s in SECTOR_IDS], abs=1e-6)
    assert r.targets["met"].all() and r.targets["binding"].all()


def objective_by_hand(paths, prior, smoothness=1.0):
    """J in pp²: squared deviations from the prior plus μ × squared year-to-year changes."""
    dev = 100 * (paths - prior)
    step = 100 * np.diff(paths, axis=0)
    return float((dev**2).sum() + smoothness * (step**2).sum())


@pytest.mark.parametrize("method", ["ramp", "free"])
def test_ramp_and_free_paths_are_the_closest_that_meet_the_targets(history, baseline, method):
    # Targets are 2030 values, so they fix each sector's product of (1 + g) and not the shape of
    # its path: many ramps reach them. The solver must meet them and be at least as close to the
    # scenario as the ramps that generated them.
    free = ["industry_construction", "services"]
    truth = {"industry_construction": RatePath.by_year({2026: 0.16, 2030: 0.10}),
             "services": RatePath.by_year({2026: 0.06, 2030: 0.10})}
    ids = ["grdp_growth_avg", "share_industry_construction", "share_services", "grdp_multiple"]
    specs = outcome_specs(history, with_growth(baseline, truth), ids)
    r = solve(history, baseline, specs, free=free, method=method, bounds=WIDE, taxes="held")
    assert r.success, r.message
    vals = r.targets.set_index("id")["value"]
    for sp in specs:
        assert vals[sp.id] == pytest.approx(sp.low, abs=1e-6)
    years = np.arange(2026, 2031)
    prior = np.column_stack([baseline.sectors[s].growth.values(years) for s in free])
    true_paths = np.column_stack([truth[s].values(years) for s in free])
    solved = r.paths[free].to_numpy()
    assert r.objective == pytest.approx(objective_by_hand(solved, prior), rel=1e-9)
    assert r.objective <= objective_by_hand(true_paths, prior) + 1e-9


# Found by the long hostile runs (`python -m tests.fuzz solve`, 2026-12-05): a valid file whose
# rates lie far outside the record. SLSQP stopped ("Inequality constraints incompatible") with every
# free sector on its upper bound and growth at 11.23 % against a target of > 9 %: the targets
# held, the paths were not the closest, status 2, and `success` said False beside "met".
FAR_PRIOR = """
[meta]
name = "u"
title_vi = "u"
horizon = 2045
[population]
growth = -0.008
[sectors.agriculture]
investment = 0.0
inflation = -0.37
[sectors.industry_construction]
growth = -0.5
inflation = -0.5
[sectors.services]
growth = -0.316
inflation = -0.5
[sectors.product_taxes]
growth = 1.0
inflation = 0.0
"""


def test_a_prior_far_outside_the_record_still_gets_the_closest_paths(history):
    from model.scenario import parse_scenario

    sc = parse_scenario(FAR_PRIOR)
    free = ["industry_construction", "agriculture", "services"]
    r = solve(history, sc, ["grdp_growth_avg"], free=free, method="constant", diagnose=False)
    assert r.success and r.status == 0, r.message
    # The closest paths stop at the target rather than 2.2 points past it: growth is the one
    # thing that pulls the sectors up from their far lower priors.
    assert r.targets.set_index("id").loc["grdp_growth_avg", "value"] == pytest.approx(9.01, abs=1e-4)
    solved = r.paths.iloc[0]
    # industry-construction and agriculture, priced far below the record, both stay at their
    # upper bounds; services, whose prior is nearer, stops inside its own
    for s in ("industry_construction", "agriculture"):
        assert solved[s] == pytest.approx(r.bounds[s][1], abs=1e-6)
    assert r.bounds["services"][0] + 0.01 < solved["services"] < r.bounds["services"][1] - 0.01
    # No closer constant paths: the free year-by-year paths, a larger set, are barely closer.
    year_by_year = solve(history, sc, ["grdp_growth_avg"], free=free, method="free", diagnose=False)
    assert year_by_year.success
    assert year_by_year.objective * (1 - 1e-9) <= r.objective <= year_by_year.objective * (1 + 1e-4)


def interior_stalls(self, start, slack=None, maxiter=500):
    """`_Problem.interior` stalled where it starts: status 2 comes back, as before it existed."""
    class Stalled:
        success, nit, x, message = False, 0, start, "stalled"
    return Stalled()


_SLSQP = _Problem.slsqp


def slsqp_stops_short(self, start, slack=None, maxiter=300):
    """`_Problem.slsqp` stopped after three steps ("Iteration limit reached"), as SLSQP stopped
    on `FAR_PRIOR` on the machine that found it. Where SLSQP stops is the floating point's: on
    an AMD EPYC it converged there, never reached the interior point method, and the tests of
    what follows when it stops found status 0. Made to stop, they test the same path on any
    machine."""
    return _SLSQP(self, start, slack, maxiter=min(maxiter, 3))


def test_paths_not_shown_closest_say_the_targets_hold_and_what_to_try(history, monkeypatch):
    # Status 2, as the far prior above gave before the interior point method (switched off
    # here): the targets hold, so the words say so, and say what to try, in both languages.
    from model.scenario import parse_scenario

    monkeypatch.setattr(_Problem, "interior", interior_stalls)
    monkeypatch.setattr(_Problem, "slsqp", slsqp_stops_short)
    r = solve(history, parse_scenario(FAR_PRIOR), ["grdp_growth_avg"],
              free=["industry_construction", "agriculture", "services"], method="constant", diagnose=False)
    assert r.status == 2 and not r.success and r.targets["met"].all()
    # scipy's own words end the sentence ("Inequality constraints incompatible" here, "Iteration
    # limit reached" after other tests in one process: where SLSQP gives up is not this test's)
    assert r.text("en") == ("The targets hold on these paths, but the optimiser stopped without converging, so "
                            "closer paths may exist. Try another path form or wider growth bounds (the optimiser's "
                            f"message: {r.optimiser}).")
    assert r.optimiser and r.optimiser != "stalled"
    assert r.text("vi").startswith("Các mục tiêu đều đạt với lộ trình này, nhưng bộ giải dừng khi chưa hội tụ")
    assert "Hãy thử dạng lộ trình khác hoặc nới cận tăng trưởng" in r.text("vi")


def test_free_paths_meet_targets_and_stay_smooth(history, baseline):
    specs = outcome_specs(history, with_growth(baseline, TRUE), FOUR)
    r = solve(history, baseline, specs, method="free", free=ALL, bounds=WIDE)
    assert r.success
    vals = r.targets.set_index("id")["value"]
    for sp in specs:
        assert vals[sp.id] == pytest.approx(sp.low, abs=1e-6)
    # the prior is constant, so the closest free paths are (nearly) constant too
    assert np.ptp(r.paths.to_numpy(), axis=0).max() < 1e-4


def test_held_sectors_keep_the_scenario_rates(history, baseline):
    r = solve(history, baseline, ["grdp_growth_avg"], free=["industry_construction"], taxes="held")
    assert r.success
    for s in ("agriculture", "services", "product_taxes"):
        assert (r.paths[s] == baseline.sectors[s].growth.constant).all()
    assert r.free == ("industry_construction",)


def test_bounds_are_respected(history, baseline):
    r = solve(history, baseline, ["grdp_growth_avg"], bounds={s: (0.0, 0.12) for s in SECTOR_IDS})
    free = r.paths[list(r.free)].to_numpy()
    assert (free <= 0.12 + 1e-12).all() and (free >= -1e-12).all()


def test_unreachable_target_named_alone(history, baseline):
    r = solve(history, baseline, ["grdp_growth_avg", "share_services"],
              bounds={s: (0.0, 0.08) for s in SECTOR_IDS})
    assert not r.success and r.status == 1
    assert "grdp_growth_avg" in r.missed
    assert ("grdp_growth_avg",) in r.conflicts
    assert "cannot all hold" in r.message
    # the miss said with its direction and unit, and the target out of reach on its own said so,
    # not as a "set that cannot hold together" of one
    gap = -r.targets.set_index("id").at["grdp_growth_avg", "gap"]
    assert gap > 0.5
    assert f"Average real GRDP growth 2021-2030 — {gap:.2f} pp a year below the target;" in r.message
    assert "Out of reach even alone: Average real GRDP growth 2021-2030." in r.message
    assert "Cannot hold together" not in r.message and " by -" not in r.message
    vi = r.text("vi")
    assert f"Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2030 — thấp hơn mục tiêu {gap:.2f}".replace(".", ",") in vi
    assert "Không thể đạt ngay cả khi đứng riêng: Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2030." in vi
    assert np.isnan(r.targets.set_index("id").at["grdp_growth_avg", "multiplier"])


def test_conflicting_pair_named(history, baseline):
    # Per capita exactly 170 fixes nominal GRDP; >9 % real growth then needs a 2030 GRDP
    # deflator below every sector's under the baseline's inflation: the pair cannot hold.
    r = solve(history, baseline, ["grdp_growth_avg", "grdp_per_capita"], approx="equal")
    assert not r.success
    assert r.conflicts == (("grdp_growth_avg", "grdp_per_capita"),)
    # a set is joined with " + " (the names hold commas), each miss with its direction: growth
    # falls short while per capita (its price level) overshoots
    assert r.message.endswith(" Cannot hold together: Average real GRDP growth 2021-2030 + GRDP per capita at "
                              "current prices.")
    assert "pp a year below the target" in r.message and "million VND/person above the target" in r.message
    assert solve(history, baseline, ["grdp_growth_avg"]).success
    assert solve(history, baseline, ["grdp_per_capita"], approx="equal").success


def test_exact_structure_targets_contradict(history, baseline):
    # The four shares sum to 99.94 %: as exact equalities they cannot all hold.
    ids = [f"share_{s}" for s in SECTOR_IDS]
    r = solve(history, baseline, ids, approx="equal", free=ALL, bounds=WIDE)
    assert not r.success
    assert set(map(len, r.conflicts)) == {4} or "only all 4 together" in r.message


def test_reported_conflicts_are_minimal(history, baseline):
    r = solve(history, baseline)  # the seven economic targets under baseline inflation
    assert r.status == 1 and r.conflicts
    for c in r.conflicts:
        assert not solve(history, baseline, list(c), diagnose=False).success
        for drop in c:
            rest = [x for x in c if x != drop]
            if rest:
                assert solve(history, baseline, rest, diagnose=False).success


def test_multiplier_is_the_cost_of_tightening(history, baseline):
    base = [TargetSpec("grdp_growth_avg", 10.0, None)]
    r = solve(history, baseline, base)
    lam = r.targets.at[0, "multiplier"]
    assert r.targets.at[0, "binding"] and lam > 0
    d = 1e-3
    r2 = solve(history, baseline, [TargetSpec("grdp_growth_avg", 10.0 + d, None)])
    assert (r2.objective - r.objective) / d == pytest.approx(lam, rel=1e-2)


def test_upper_bound_multiplier_is_positive(history, baseline):
    r = solve(history, baseline, [TargetSpec("grdp_multiple", None, 2.4)])
    assert r.success and r.targets.at[0, "binding"] and r.targets.at[0, "multiplier"] > 0


def test_slack_target_costs_nothing(history, baseline):
    r = solve(history, baseline, [TargetSpec("grdp_growth_avg", 5.0, None)])
    assert r.success and not r.targets.at[0, "binding"] and r.targets.at[0, "multiplier"] == 0
    assert r.objective == pytest.approx(0.0, abs=1e-12)  # the scenario already meets it


def test_solved_scenario_round_trips_and_reproduces(history, baseline, tmp_path):
    for method in ("constant", "ramp", "free"):
        r = solve(history, baseline, ["grdp_growth_avg", "share_industry_construction"], method=method)
        path = model.save_scenario(r.scenario, tmp_path / f"{method}.toml")
        again = model.load_scenario(path)
        assert again == r.scenario
        pd.testing.assert_frame_equal(model.simulate(history, again).table(), r.projection.table())
        assert again.solve.method == method and again.name == "baseline_solved"


@pytest.mark.parametrize("method", ["constant", "ramp", "free"])
def test_a_horizon_past_2030_is_solved_to_2030_and_keeps_its_own_rates_after(history, baseline, method, tmp_path):
    """The targets are 2030's: the paths move to 2030 and a scenario to 2050 keeps its own
    rates after (a constant path carried 2030's push to 2050: industry-construction at 15 % a
    year for twenty more years). To 2030 the answer is the 2030 horizon's, exactly; after it
    every sector's growth and deflator are the scenario's; the file reloads to the same."""
    from dataclasses import replace

    long = replace(baseline, horizon=2050)
    ask = dict(targets=["grdp_growth_avg", "share_industry_construction"], method=method, prices=["services"])
    short_r, long_r = solve(history, baseline, **ask), solve(history, long, **ask)
    assert long_r.success and short_r.success
    to2030 = long_r.paths.loc[2026:2030]
    pd.testing.assert_frame_equal(to2030, short_r.paths, rtol=1e-7, atol=1e-9)
    after = np.arange(2031, 2051)
    for s in SECTOR_IDS:
        own = long.sectors[s]
        assert long_r.scenario.sectors[s].growth.values(after) == pytest.approx(own.growth.values(after), abs=1e-15)
        assert long_r.scenario.sectors[s].inflation.values(after) == pytest.approx(own.inflation.values(after),
                                                                                  abs=1e-15)
    assert long_r.targets.set_index("id")["value"].to_numpy() == pytest.approx(
        short_r.targets.set_index("id")["value"].to_numpy(), abs=1e-6)
    assert [n.code for n in long_r.notes].count("after_target") == 1
    # where the solved rate gives way to the scenario's own, a jump of more than 5 points is said
    ic = long_r.projection.real["industry_construction"]
    step = 100 * (ic[2031] / ic[2030] - ic[2030] / ic[2029])
    said = [n for n in long_r.notes if n.code == "jump_total" and n.numbers["year"] == 2031]
    assert (abs(step) > 5) == bool(said) and (not said or said[0].numbers["pp"] == pytest.approx(step))
    assert "after_target" not in [n.code for n in short_r.notes]
    assert "from 2031 to 2050 every sector keeps the scenario's own growth" in " ".join(n.text("en") for n in long_r.notes)
    again = model.load_scenario(model.save_scenario(long_r.scenario, tmp_path / "long.toml"))
    pd.testing.assert_frame_equal(model.simulate(history, again).table(), long_r.projection.table())


def test_a_solved_path_is_written_short_and_read_back_exactly():
    years = np.arange(2026, 2051)
    g = np.r_[np.full(5, 0.1527), np.full(20, 0.073)]
    path = RatePath.of_years(years, g)
    assert dict(path.points) == {2026: 0.1527, 2030: 0.1527, 2031: 0.073}
    assert (path.values(years) == g).all()
    ramp = np.r_[np.linspace(0.16, 0.10, 5), np.full(20, 0.073)]
    assert (RatePath.of_years(years, ramp).values(years) == ramp).all()


def test_paths_long(history, baseline):
    r = solve(history, baseline, ["grdp_growth_avg"], free=["services"])
    long = r.paths_long()
    assert list(long.columns) == ["year", "sector", "growth", "free"]
    assert len(long) == 5 * 4 and long.loc[long.sector == "services", "free"].all()


def test_deterministic(history, baseline):
    a = solve(history, baseline, method="free")
    b = solve(history, baseline, method="free")
    assert a.paths.equals(b.paths) and a.message == b.message


@pytest.mark.parametrize("kwargs, match", [
    ({"targets": ["nope"]}, "unknown target 'nope'"),
    ({"targets": ["share_digital_economy"]}, "not modelled"),
    ({"free": ["mining"]}, "free sector 'mining' is unknown"),
    ({"free": []}, "no free sector"),
    ({"method": "spline"}, "method = 'spline'"),
    ({"bounds": {"services": (0.3, 0.1)}}, "need -0.5 ≤ min ≤ max ≤ 1 "),
    ({"bounds": {"mining": (0.0, 0.1)}}, "bounds for unknown sector"),
    ({"smoothness": -1.0}, "smoothness = -1.0"),
    ({"approx": "roughly"}, "approx = 'roughly'"),
    # a weight on a target not posed: which targets are, and the fix (it read "give a weight in
    # (0, 100] for a chosen target" for a weight of 5)
    ({"targets": ["grdp_growth_avg"], "priorities": {"grdp_multiple": 5.0}},
     r"priority grdp_multiple: this target is not among those solved for \(grdp_growth_avg\); add it"),
    # the file's range (0.01-100): 0.001 was taken, then the solved scenario failed validation
    ({"targets": ["grdp_growth_avg"], "priorities": {"grdp_growth_avg": 0.001}},
     r"priority grdp_growth_avg = 0.001: give a weight from 0.01 to 100$"),
    # each found only after the whole solve, as "the solved scenario does not validate", or a
    # Python error: a cap as a fraction or as text, a target chosen twice, a bound alone, text
    ({"investment_cap": 0.4}, r"^investment_cap = 0.4: the investment cap is a percent of GRDP, from 10 to 100 "
                              r"\(did you mean 40\?\)$"),
    ({"investment_cap": "40"}, r"^investment_cap = '40': the investment cap is a percent of GRDP, from 10 to 100$"),
    ({"investment_cap": 0}, r"^investment_cap = 0: the investment cap is a percent of GRDP, from 10 to 100$"),
    ({"targets": ["grdp_growth_avg", "grdp_multiple", "grdp_growth_avg"]},
     r"^target grdp_growth_avg is chosen twice; choose each once$"),
    ({"bounds": {"services": 0.1}}, r"^bounds for services = 0.1: need a pair \(min, max\), fractions per year; None "
                                    r"for a side that takes its default$"),
    ({"bounds": {"services": ("0", "0.1")}}, r"^bounds for services = \('0', '0.1'\): need a pair"),
    ({"smoothness": "1"}, r"^smoothness = '1': use a number ≥ 0$"),
])
def test_bad_requests(history, baseline, kwargs, match):
    targets = kwargs.pop("targets", None)
    with pytest.raises(SolverError, match=match):
        solve(history, baseline, targets, **kwargs)


def test_one_id_written_alone_is_a_list_of_one(history, baseline):
    """`free="services"` was read letter by letter ("free sector 's' is unknown") and
    `targets="grdp_growth_avg"` as "unknown target 'g'": one id alone is that id."""
    alone = solve(history, baseline, "grdp_growth_avg", free="services", prices="services", diagnose=False)
    listed = solve(history, baseline, ["grdp_growth_avg"], free=["services"], prices=["services"], diagnose=False)
    assert alone.free == listed.free == ("services",) and list(alone.targets["id"]) == ["grdp_growth_avg"]
    assert alone.paths.equals(listed.paths) and alone.objective == listed.objective
    with pytest.raises(SolverError, match="free sector 'servics' is unknown"):
        solve(history, baseline, "grdp_growth_avg", free="servics")


def test_horizon_before_2030(history, baseline):
    from dataclasses import replace
    with pytest.raises(SolverError, match="ends before 2030"):
        solve(history, replace(baseline, horizon=2028))


def test_target_specs_pose_each_comparator():
    specs = {s.id: s for s in target_specs()}
    # "> 9" posed as "≥ 9.01": shown with two decimals, 9.00 is not above 9
    assert specs["grdp_growth_avg"].low == pytest.approx(9.01) and specs["grdp_growth_avg"].high is None
    assert (specs["grdp_multiple"].low, specs["grdp_multiple"].high) == (2.5, 3.0)
    assert (specs["share_agriculture"].low, specs["share_agriculture"].high) == pytest.approx((7.4, 8.4))
    assert specs["grdp_per_capita"].low == pytest.approx(161.5)
    eq = {s.id: s for s in target_specs(approx="equal")}
    assert eq["share_services"].is_equality and eq["share_services"].low == 26.6


@st.composite
def feasible_problem(draw):
    rates = {s: draw(st.floats(0.0, 0.25)) for s in SECTOR_IDS}
    ids = draw(st.lists(st.sampled_from(FOUR + ["grdp_multiple", "grdp_per_capita"]),
                        min_size=1, max_size=3, unique=True))
    # At most three shares are independent; growth, multiple and per capita move together in
    # ways constant rates of four sectors can always match when three or fewer are chosen.
    return rates, ids


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(feasible_problem())
# Found with eight times the examples: every sector at 25 % a year, three exact targets. The coarse
# search stopped 0.005 million VND short of per capita 324, which an absolute threshold took for
# out of reach; the solver then reported a miss of a set that holds.
@example(({s: 0.25 for s in SECTOR_IDS}, ["grdp_per_capita", "grdp_growth_avg", "share_agriculture"]))
def test_any_feasible_target_set_is_met(history, baseline, problem):
    rates, ids = problem
    specs = outcome_specs(history, with_growth(baseline, rates), ids)
    r = solve(history, baseline, specs, free=ALL, bounds=WIDE)
    assert r.success, r.message
    vals = r.targets.set_index("id")["value"]
    # Met as shown, the solver's promise: within half the shown precision (DEAD_ZONE). The multiple
    # and per capita are one constraint twice (both 2030 GRDP at current prices), so when both are
    # chosen the optimiser may stop a thousandth short of the tighter (a case hypothesis found).
    for sp in specs:
        assert vals[sp.id] == pytest.approx(sp.low, abs=max(1e-5 * max(1, abs(sp.low)), DEAD_ZONE))


def test_every_bad_request_is_worded_in_both_languages(history, baseline):
    """A SolverError names the value and the fix in the reader's language (the Solve page and
    `solve --lang vi` show text(lang)); str() stays the English. Every catalogue entry has both
    languages and the same fields in each."""
    import string

    from model.report.issues import SOLVER

    for code, (vi, en) in SOLVER.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(x) if f} for x in (vi, en)]
        assert vi and en and fields[0] == fields[1], code
    with pytest.raises(SolverError) as e:
        solve(history, baseline, None, bounds={"services": (0.3, 0.1)})
    assert e.value.text("vi") == "giới hạn của services = (0.3, 0.1): cần -0.5 ≤ min ≤ max ≤ 1 (phân số mỗi năm)"
    assert str(e.value) == e.value.text("en") == ("bounds for services = (0.3, 0.1): need -0.5 ≤ min ≤ max ≤ 1 "
                                                  "(fractions per year)")
    with pytest.raises(SolverError) as e:
        solve(history, baseline, None, investment_cap=0.55)
    assert e.value.text("vi") == ("investment_cap = 0.55: trần vốn đầu tư tính bằng % GRDP, từ 10 đến 100 "
                                  "(có phải ý bạn là 55?)")


@pytest.mark.parametrize("targets", [[], ()])
def test_no_target_is_refused_in_words(history, baseline, targets):
    """`solve(..., targets=[])` reached the optimiser: "ValueError: cannot reshape array of size
    0 into shape (0,newaxis)"."""
    with pytest.raises(SolverError) as e:
        solve(history, baseline, targets)
    assert str(e.value).startswith("no target chosen: choose at least one (the target set's defaults: grdp_growth_avg, ")
    assert e.value.text("vi").startswith("chưa chọn mục tiêu nào: chọn ít nhất một (mặc định của bộ mục tiêu: ")


def test_target_specs_take_one_id_alone():
    from model.solver import target_specs

    assert target_specs("grdp_growth_avg") == target_specs(["grdp_growth_avg"])


def test_a_sector_the_solve_holds_on_its_bound_is_written_on_it(history, baseline):
    """Seven targets at low inflation, every sector free on ramp paths: product taxes are held
    at their lower bound, 0 % a year. SLSQP stopped a rounding error short of it, and the solved
    file read `2026 = 7.994021040195351e-16` (with scipy's BLAS on one thread; exactly 0 with two):
    a value within 1e-12 of a bound is now set onto it (`problem.onto_bounds`)."""
    seven = ["grdp_growth_avg", "grdp_multiple", "share_agriculture", "share_industry_construction",
             "share_services", "share_product_taxes", "grdp_per_capita"]
    low = baseline
    for s in model.SECTOR_IDS:
        low = low.with_sector(s, inflation=model.RatePath.const(0.015))
    r = solve(history, low, seven, method="ramp", free=list(model.SECTOR_IDS), diagnose=False)
    assert r.success and r.bounds["product_taxes"][0] == 0.0
    assert (r.paths["product_taxes"] == 0.0).all()
    written = r.scenario.to_toml()
    taxes = written[written.index("[sectors.product_taxes.growth]"):].split("\n\n")[0]
    assert "e-" not in taxes and "= 0.0" in taxes, taxes


IDLE_CASES = [   # (what, the request without it, the setting that should change nothing)
    ("cap", dict(targets=["grdp_growth_avg"]), dict(investment_cap=40.0)),
    ("bounds", dict(targets=["grdp_growth_avg"], free=["industry_construction", "services"]),
     dict(bounds={"agriculture": (0.05, 0.06)})),
    ("smooth", dict(targets=["grdp_growth_avg"]), dict(smoothness=25.0)),
    ("taxes", dict(targets=["grdp_growth_avg"], free=["industry_construction", "product_taxes"]), dict(taxes="held")),
    ("approx", dict(targets=["grdp_growth_avg", "grdp_multiple"]), dict(approx="equal")),
]


@pytest.mark.parametrize("what, request_, setting", IDLE_CASES, ids=[c[0] for c in IDLE_CASES])
def test_a_setting_said_to_change_nothing_changes_nothing(history, baseline, what, request_, setting):
    """`idle_settings` names a request's settings that change nothing, so that the command line
    and the Solve page can say so (a planner's investment cap with targets that leave out the
    investment share, 2026-12-07): each is named, and solving with it gives the same paths and
    values as without it, to the last digit."""
    from model.solver import idle_settings

    if what == "smooth":   # paths of its own that change from year to year, so that smoothness can matter
        baseline = baseline.with_rate("sectors.industry_construction.growth",
                                      RatePath.of_years([2026, 2030], [0.20, 0.05]))
    full = dict(dict(method="constant", bounds={}, smoothness=1.0, taxes="follow", investment_cap=None, free=None,
                     approx="band"), **request_, **setting)
    assert [w for w, _ in idle_settings(SolveSettings(**full))] == [what]
    bare = dict(dict(method="constant", free=None), **request_)
    assert idle_settings(SolveSettings(**bare)) == ()
    a = solve(history, baseline, **bare)
    b = solve(history, baseline, **dict(bare, **setting))
    pd.testing.assert_frame_equal(a.paths, b.paths)
    assert a.targets["value"].tolist() == b.targets["value"].tolist()
    # and set where it counts, it does change the answer: not idle there
    live = {"cap": dict(targets=["grdp_growth_avg", "investment_share"]),
            "bounds": dict(free=["agriculture", "industry_construction", "services"]),
            "smooth": dict(method="free"), "taxes": dict(free=["industry_construction"]),
            "approx": dict(targets=["grdp_growth_avg", "share_agriculture"])}[what]
    c = solve(history, baseline, **dict(bare, **live))
    d = solve(history, baseline, **dict(bare, **live, **setting))
    assert not np.allclose(c.paths.to_numpy(), d.paths.to_numpy(), atol=1e-6)


def test_idle_settings_names_each_unticked_sectors_bounds_in_order():
    from model.solver import idle_settings

    got = idle_settings(SolveSettings(free=("industry_construction",), method="ramp",
                                      bounds={"services": (0.0, 0.1), "agriculture": (0.01, None)}))
    assert got == (("bounds", {"sectors": ("agriculture", "services"), "free": ("industry_construction",)}),)
    # the default free sectors (agriculture, industry-construction, services) read theirs
    assert idle_settings(SolveSettings(method="free", bounds={"services": (0.0, 0.1)}, smoothness=3.0, taxes="held",
                                       investment_cap=70.0)) == ()
