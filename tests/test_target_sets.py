"""Target sets (issue 16): every set's targets judged for a hand-made scenario, two sets side by
side, where they contradict each other, a 2026–2030 period target solved like the 2021–2030 one,
the scenario file's [targets] set, the CLI and the app."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

import model
from model import registry, target_sets
from model.cli import main
from model.solver import target_specs
from model.solver.problem import _Problem

from .conftest import SCENARIOS

BASELINE = str(SCENARIOS / "baseline.toml")


@pytest.fixture(scope="module")
def flat(history, baseline):
    """Every sector at 10 % a year real, 3 % prices, no projects: GRDP grows 10 % a year exactly."""
    sc = replace(baseline, projects={})
    for s in model.SECTOR_IDS:
        sc = sc.with_rate(f"sectors.{s}.growth", model.RatePath.const(0.10))
        sc = sc.with_rate(f"sectors.{s}.inflation", model.RatePath.const(0.03))
    return model.simulate(history, sc)


def test_every_set_is_listed_with_its_source():
    sets = registry.set_ids()
    assert sets[0] == registry.DEFAULT_SET == "nq26_programme"
    assert {"plan_2026_2030", "congress_20", "provincial_plan_2021_2030", "mof_draft_2026_2030"} <= set(sets)
    for sid in sets:
        info = registry.set_info(sid)
        assert info["source_url"].startswith("http") and info["periods"] and info["definitions"]
        assert len(registry.set_rows(sid)) >= 1


def test_an_id_in_two_sets_is_one_definition():
    seen: dict[str, tuple] = {}
    for sid in registry.set_ids():
        for tid, tg in registry.targets(sid).items():
            key = (tg.measure, tg.comparator, tg.low, np.nan_to_num(tg.high, nan=-1), tg.year, tg.base_year)
            assert seen.setdefault(tid, key) == key, tid


def test_every_sets_targets_judged_by_hand(flat):
    p = flat
    R, N = p.grdp_real, p.grdp_nominal
    by_hand = {
        "grdp_growth_avg_2026_2030": 100 * ((R[2030] / R[2025]) ** (1 / 5) - 1),   # 10.00 exactly
        "grdp_growth_2026_2030_mof": 100 * ((R[2030] / R[2025]) ** (1 / 5) - 1),
        "grdp_multiple_2025": N[2030] / N[2025],
        "grdp_per_capita_168": N[2030] / p.population[2030],
        "share_services_with_taxes_2030_plan": 100 * (p.nominal.loc[2030, "services"]
                                                      + p.nominal.loc[2030, "product_taxes"]) / N[2030],
        "growth_industry_construction_2021_2030":
            100 * ((p.real.loc[2030, "industry_construction"] / p.real.loc[2020, "industry_construction"]) ** 0.1 - 1),
    }
    assert by_hand["grdp_growth_avg_2026_2030"] == pytest.approx(10.0, abs=1e-9)
    seen = set()
    for sid in registry.set_ids():
        ev = model.evaluate(p, set_id=sid).set_index("id")
        assert set(ev.index) == set(registry.set_rows(sid)["id"])
        for tid, v in by_hand.items():
            if tid in ev.index:
                assert ev.at[tid, "value"] == pytest.approx(v, rel=1e-12)
                seen.add(tid)
        # every modelled target has a value and a status; the rest say why not
        for tid, row in ev.iterrows():
            assert (row.status in ("met", "missed")) == (tid in registry.targets(sid)), tid
            assert row.status != "not_modelled" or row.reason
    assert seen == set(by_hand)
    plan = model.evaluate(p, set_id="plan_2026_2030").set_index("id")
    assert plan.at["grdp_growth_avg_2026_2030", "status"] == "met"     # 10.00 ≥ 10
    assert model.evaluate(p, set_id="mof_draft_2026_2030").set_index("id").at["grdp_growth_2026_2030_mof", "status"] == "met"


def test_two_sets_side_by_side(baseline_projection):
    sb = target_sets.side_by_side(baseline_projection, ["nq26_programme", "plan_2026_2030"])
    q = sb.set_index("quantity")
    row = q.loc["share:industry_construction@-2030"]
    assert row["nq26_programme:low"] == 60.3 and row["plan_2026_2030:low"] == 51
    assert row["nq26_programme:status"] == "missed"
    # growth over two periods: two rows, each with its own set
    assert pd.isna(q.loc["average_growth@2025-2030", "nq26_programme:id"])
    assert q.loc["average_growth@2025-2030", "plan_2026_2030:id"] == "grdp_growth_avg_2026_2030"
    assert q.loc["average_growth@2020-2030", "value"] == pytest.approx(
        model.evaluate(baseline_projection).set_index("id").at["grdp_growth_avg", "value"])


def test_the_contradictions_are_named(history):
    cl = {(c.a, c.b): c for c in target_sets.clashes("nq26_programme", "plan_2026_2030", history)}
    ic = cl[("share_industry_construction", "share_industry_construction_2030_plan")]
    assert ic.kind == "contradiction" and ic.interval_a == (59.8, 60.8) and ic.interval_b == (50.5, 51.5)
    sv = cl[("share_services+share_product_taxes", "share_services_with_taxes_2030_plan")]
    assert sv.kind == "contradiction" and sv.interval_a == pytest.approx((26.6 + 5.14 - 1.0, 26.6 + 5.14 + 1.0))
    growth = cl[("grdp_growth_avg", "grdp_growth_avg_2026_2030")]
    # > 9 % over 2021-2030 after 2021-2025 as recorded is 11.72 % a year over 2026-2030: stricter than 10 %
    real = history.real.sum(axis=1)
    need = 100 * ((1.09 ** 10 / (real[2025] / real[2020])) ** (1 / 5) - 1)
    assert growth.kind == "stricter" and growth.interval_a[0] == pytest.approx(need) and round(need, 2) == 11.72
    mof = target_sets.clashes("nq26_programme", "mof_draft_2026_2030", history)
    assert [c.kind for c in mof] == ["contradiction"]
    from model.report.views import clash_lines

    vi = clash_lines("nq26_programme", "plan_2026_2030", history, "vi")
    assert any(line.startswith("Mâu thuẫn") and "60,30" not in line and "59,80–60,80 %" in line for line in vi)
    en = clash_lines("nq26_programme", "plan_2026_2030", history, "en")
    assert any("no scenario can meet both" in line and "50.50–51.50 %" in line for line in en)


def test_a_2026_2030_period_target_is_solved(history, baseline):
    res = model.solve(history, baseline, targets=["grdp_growth_avg_2026_2030"])
    assert res.success
    v = res.targets.set_index("id").at["grdp_growth_avg_2026_2030", "value"]
    assert v == pytest.approx(10.0, abs=0.006)
    r = res.projection.grdp_real
    assert 100 * ((r[2030] / r[2025]) ** 0.2 - 1) == pytest.approx(v)
    # the set's own defaults when the scenario names its set
    sc = replace(baseline, targets_set="plan_2026_2030")
    res = model.solve(history, sc)
    assert [x for x in res.targets["id"]] == list(registry.solver_defaults("plan_2026_2030"))


@pytest.mark.parametrize("ids, prices", [
    (["grdp_growth_avg_2026_2030", "share_services_with_taxes_2030_plan", "grdp_multiple_2025"], ()),
    (["share_services_with_taxes_2030_plan", "growth_industry_construction_2021_2030", "grdp_per_capita_168"],
     ("services", "product_taxes")),
])
def test_the_solvers_closed_forms_for_the_new_measures(history, baseline, ids, prices):
    """Values equal the registry's measure on the projection of the same paths, and the
    Jacobian equals central differences (growth from another base year, one sector's growth, a
    share of two sectors, with and without price instruments)."""
    specs = target_specs(ids)
    prob = _Problem(history, baseline, specs, ("agriculture", "industry_construction", "services"), "ramp", {}, 1.0,
                    prices=prices)
    rng = np.random.default_rng(3)
    theta = prob.theta0 + rng.normal(0, 0.01, len(prob.theta0))
    vals, jac = prob.values(theta)
    h = 1e-6
    num = np.column_stack([(prob.values(theta + h * e)[0] - prob.values(theta - h * e)[0]) / (2 * h)
                           for e in np.eye(len(theta))])
    np.testing.assert_allclose(jac, num, rtol=1e-5, atol=1e-6)
    if not prices:
        from model.solver.api import _with_paths

        p = model.simulate(history, _with_paths(baseline, prob, theta, "ramp"))
        arrays = registry.ProjectionArrays(p)
        for v, sp in zip(vals, specs):
            assert v == pytest.approx(float(registry.get(sp.id).value(arrays)[0]), rel=1e-9)


def test_the_scenario_file_names_its_set(baseline):
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + '\n[targets]\nset = "plan_2026_2030"\n'
    sc = model.parse_scenario(text)
    assert sc.targets_set == "plan_2026_2030"
    assert model.parse_scenario(sc.to_toml()).targets_set == "plan_2026_2030"
    assert [c.field for c in model.diff_scenarios(baseline, sc)] == ["targets.set"]
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text.replace('"plan_2026_2030"', '"plan_2031"'))
    assert "targets.set" in e.value.lines("en")[0] and "plan_2026_2030" in e.value.lines("en")[0]
    assert "dùng một trong" in e.value.lines("vi")[0]
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario('targets = 3\n' + text.replace('[targets]\nset = "plan_2026_2030"', ''))
    assert "[targets]" in e.value.lines("en")[0]


def test_cli_lists_the_sets_and_judges_against_one(tmp_path, capsys):
    assert main(["targets", "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "nq26_programme: Action programme for Resolution 26-NQ/TW (2030 targets)"
    assert any(line.startswith("plan_2026_2030: ") for line in out)
    assert main(["targets", "--set", "plan_2026_2030", "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "grdp_growth_avg_2026_2030" in said and "≥ 10" in said and "Contradiction" in said
    # each target with its unit (a bare "≈ 168" beside per capita; "≥ 80" of income a year)
    assert "  grdp_per_capita_168: GRDP per capita in 2030 (168 million VND) ≈ 168 million VND/person\n" in said
    assert ("  income_per_capita_2030_plan: Income per capita in 2030 ≥ 80 million VND/person/yr  (not modelled)"
            in said)
    assert main(["run", BASELINE, "--out", str(tmp_path / "r"), "--targets-set", "plan_2026_2030", "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "target set: Five-year socio-economic plan 2026–2030" in said
    # its growth and per capita fit the baseline's prices; said as the Scorecard says it, with where
    # the baseline's own growth stands (it said nothing: the finding was "only" information)
    assert ("note: 2026–2030 plan (NQ 291): real growth of at least 10.00 % a year" in said
            and "the scenario grows 8.00 % a year, slower: short of the growth target." in said)
    # the Congress's own targets cannot all hold at the baseline's prices and population: said, as on the Scorecard
    assert main(["run", BASELINE, "--out", str(tmp_path / "c"), "--targets-set", "congress_20", "--lang", "en"]) == 0
    notes = [x for x in capsys.readouterr().out.splitlines() if x.startswith("note: 20th Congress: ")]
    assert len(notes) == 3 and "needs real growth of 12.05 % a year" in notes[0]
    assert "inside that room" in notes[1] and "they need 1,428.6 thousand people in 2030" in notes[2]
    t = pd.read_csv(tmp_path / "r" / "targets.csv", encoding="utf-8-sig")
    assert list(t["id"]) == list(registry.set_rows("plan_2026_2030")["id"])
    with pytest.raises(SystemExit) as e:
        main(["run", BASELINE, "--out", str(tmp_path / "x"), "--targets-set", "nope", "--lang", "en"])
    assert e.value.code == 2 and "no such target set" in capsys.readouterr().err


def test_the_ministrys_definition_states_the_band_the_model_judges():
    """"±5 %" beside "10.0 % a year" read as ±5 points; the definition now gives the band, and
    it is the one the Scorecard judges (`target_sets.interval`)."""
    from model.data import load_target_sets
    from model.target_sets import interval

    lo, hi = interval(model.registry.get("grdp_growth_2026_2030_mof"))
    row = load_target_sets().set_index("set_id").loc["mof_draft_2026_2030"]
    assert (lo, hi) == pytest.approx((9.5, 10.5))
    assert "9.5–10.5 % a year" in row["definitions"] and "9,5–10,5 %/năm" in row["definitions_vi"]


def test_one_set_written_alone_is_a_list_of_one(history, baseline):
    """`side_by_side(p, "plan_2026_2030")` read the id as its letters: "unknown target set 'p'"."""
    p = model.simulate(history, baseline)
    pd.testing.assert_frame_equal(target_sets.side_by_side(p, "plan_2026_2030"),
                                  target_sets.side_by_side(p, ["plan_2026_2030"]))
