"""The industry split: manufacturing's weight from the H1-2023 branch release by hand, its band,
what projects add to it, and the manufacturing target evaluated and solved."""

from dataclasses import replace

import numpy as np
import pytest

import model
from model import industry
from model.projects import ProjectSetting
from model.solver import target_specs
from model.solver.problem import _Problem
from model.targets import MEASURES


def test_branch_weights_by_hand():
    w = industry.branch_weights()
    assert w.at["manufacturing", "central"] == pytest.approx(0.03 / 0.13)
    assert w.at["manufacturing", "low"] == pytest.approx(0.025 / 0.135)
    assert w.at["manufacturing", "high"] == pytest.approx(0.035 / 0.125)
    assert w.at["construction", "central"] == pytest.approx(1.19 / 15.64)
    c, lo, hi = industry.manufacturing_share_of_ic()
    assert lo < c < hi and c == pytest.approx(0.586, abs=0.001)


def test_manufacturing_in_the_base_year_is_its_weight(history, baseline):
    p = model.simulate(history, baseline)
    w = industry.manufacturing_share_of_ic()[0]
    assert p.manufacturing_real[2022] == pytest.approx(w * p.real.at[2022, "industry_construction"])
    assert (p.manufacturing_real < p.real["industry_construction"]).all()


def test_projects_go_to_their_branch(history, baseline):
    bare = replace(baseline, projects={})
    m0 = model.simulate(history, bare).manufacturing_real
    power = model.simulate(history, replace(bare, projects={"lng_vung_ang_3": ProjectSetting()})).manufacturing_real
    steel = model.simulate(history, replace(bare, projects={"vinfast_ev": ProjectSetting()}))
    assert (power - m0).abs().max() == pytest.approx(0, abs=1e-9)  # power: other industry
    va = model.projects.load_projects()["vinfast_ev"].va
    # fully ramped by 2028; a tenth ran in 2025 (opened 29 June), already in the record
    assert (steel.manufacturing_real - m0)[2030] == pytest.approx(0.9 * va)


def test_the_user_sets_the_split(history, baseline):
    lo = model.simulate(history, replace(baseline, manufacturing_share=0.532))
    hi = model.simulate(history, replace(baseline, manufacturing_share=0.632))
    assert 100 * lo.manufacturing_share[2030] < 100 * hi.manufacturing_share[2030]
    assert lo.grdp_real.equals(hi.grdp_real)  # the four sectors are untouched
    text = replace(baseline, manufacturing_share=0.6).to_toml()
    assert model.parse_scenario(text).manufacturing_share == 0.6
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text.replace("manufacturing_share = 0.6", "manufacturing_share = 1.5"))
    assert e.value.lines()[0] == "industry.manufacturing_share = 1.5: outside 0.3 to 0.9"


def test_manufacturing_target_is_evaluated_and_solvable(history, baseline):
    ev = model.evaluate(model.simulate(history, baseline)).set_index("id")
    assert ev.at["share_manufacturing", "status"] in ("met", "missed")
    res = model.solve(history, baseline, ["share_manufacturing", "grdp_growth_avg"],
                      free=["industry_construction", "services"])
    assert res.success
    for r in res.targets.itertuples():
        assert r.value == pytest.approx(MEASURES[r.id](res.projection), abs=1e-9)


def test_manufacturing_jacobian_matches_finite_differences(history, baseline):
    prob = _Problem(history, baseline, target_specs(["share_manufacturing", "share_industry_construction"]),
                    list(model.SECTOR_IDS), "constant", {}, 1.0)
    th = prob.theta0 + 0.01
    v, jac = prob.values(th)
    for j in range(len(th)):
        d = np.zeros_like(th)
        d[j] = 1e-7
        fd = (prob.values(th + d)[0] - prob.values(th - d)[0]) / 2e-7
        np.testing.assert_allclose(jac[:, j], fd, rtol=1e-5, atol=1e-6)


def test_the_three_branches_add_up_to_industry_construction(history, baseline):
    sc = replace(baseline, projects={**baseline.projects, "lng_vung_ang_3": ProjectSetting()})
    p = model.simulate(history, sc)
    b = industry.branch_real(p)
    np.testing.assert_allclose(b.sum(axis=1), p.real["industry_construction"], rtol=1e-12)
    assert (b > 0).all().all()
    # the LNG plant goes to other industry: construction and manufacturing do not see it
    bare = industry.branch_real(model.simulate(history, baseline))
    assert (b["construction"] - bare["construction"]).abs().max() == pytest.approx(0, abs=1e-9)
    assert b.at[2030, "other_industry"] > bare.at[2030, "other_industry"]


def test_split_checks_against_published_quarters(history, baseline):
    c = industry.split_checks(model.simulate(history, baseline)).set_index(["published_period", "what"])
    # annual model against published quarters: within the band the weights allow (a few pp)
    assert abs(c.loc[("2024Q1", "construction"), "model_pct"] - 8.0) < 1.5
    assert abs(c.loc[("2024Q1", "industry (manufacturing + other)"), "model_pct"] - 31.0) < 4.0


def test_the_split_has_provenance_cells(history):
    p = industry.split_provenance(history)
    assert set(p["sector"]) == {"manufacturing", "other_industry", "construction"}
    assert (p["status"] == "estimated").all() and p["source_url"].str.startswith("http").all()
    by_year = p.groupby("year")["value"].sum()
    np.testing.assert_allclose(by_year, history.real["industry_construction"].loc[by_year.index], rtol=1e-12)


def test_a_share_given_as_a_percent_is_named(history):
    """`manufacturing_actual(ic, 32.6)` made manufacturing 33 times industry-construction, and
    a negative share a negative manufacturing: the range is a scenario file's."""
    from model.industry import manufacturing_actual

    ic = history.real["industry_construction"]
    with pytest.raises(ValueError, match=r"^share = 32.6: manufacturing's share of industry-construction is a "
                                         r"fraction from 0.3 to 0.9 \(did you mean 0.326\?\)$"):
        manufacturing_actual(ic, 32.6)
    with pytest.raises(ValueError, match=r"^share = -1: .* from 0.3 to 0.9$"):
        manufacturing_actual(ic, -1)
    assert manufacturing_actual(ic, 0.5).iloc[-1] < ic.iloc[-1]
