"""Investment and ICOR: a hand-checked case both ways, the record by hand, and identities that
must hold for any share of GRDP."""

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import model
from model import investment as inv
from model.projects import ProjectSetting, capital_spending


def test_hand_checked_need_without_lags(history, baseline):
    """ICOR 7, all of a year's investment working in that year: need = 7 · ΔR · P."""
    p = model.simulate(history, replace(baseline, projects={}))
    r = inv.required_investment(p, icor=7.0, lags=(1.0, 0.0, 0.0))
    d = p.grdp_real.diff()
    defl = p.grdp_nominal / p.grdp_real
    for y in (2026, 2030):
        assert r.at[y, "need_central"] == pytest.approx(7 * d[y] * defl[y])


def test_record_by_hand(history):
    rec = inv.icor_record(history)
    real = history.real.sum(axis=1)
    p2023 = history.nominal.sum(axis=1)[2023] / real[2023]
    assert rec.at["2024", "icor"] == pytest.approx(55524 / ((real[2024] - real[2023]) * p2023))
    assert 6 < rec.at["2025", "icor"] < 8 and 6 < rec.at["2024", "icor"] < 8
    assert rec.at["2016-2020", "icor"] > 8  # a lower bound, said in the note
    shares = inv.investment_record(history)["share_pct"]
    assert shares[2020] == pytest.approx(32.26, abs=0.01) and 48 < shares[2025] < 52


def test_band_and_breakdowns_add_up(history, baseline):
    sc = replace(baseline, projects={"vung_ang_2": ProjectSetting(), "lng_vung_ang_3": ProjectSetting()})
    r = inv.required_investment(model.simulate(history, sc))
    assert (r["need_low"] < r["need_central"]).all() and (r["need_central"] < r["need_high"]).all()
    np.testing.assert_allclose(r[["state", "nonstate", "fdi"]].sum(axis=1), r["need_central"])
    np.testing.assert_allclose(r[[f"sector_{s}" for s in model.SECTOR_IDS]].sum(axis=1), r["organic_central"])
    cap = capital_spending(sc.projects, r.index)
    np.testing.assert_allclose(r["projects"], cap["total"])
    assert r.at[2027, "projects"] == pytest.approx(20000)  # LNG: 60,000 over 2026-2028


@settings(max_examples=25, deadline=None)
@given(share=st.floats(0.2, 0.9), icor=st.floats(4.0, 10.0))
def test_investment_buys_growth_and_growth_needs_it_back(share, icor):
    """growth_from_investment and required_investment are inverse: for any share and ICOR the
    growth an investment share buys needs exactly that share."""
    history = model.assemble_history()
    baseline = model.load_scenario(model.__path__[0] + "/../scenarios/baseline.toml")
    sc = inv.growth_from_investment(history, baseline, share, icor=icor)
    r = inv.required_investment(model.simulate(history, sc), icor=icor)
    np.testing.assert_allclose(r["share_central_pct"], 100 * share, rtol=1e-9)


def test_more_investment_buys_more_growth(history, baseline):
    g = [model.simulate(history, inv.growth_from_investment(history, baseline, s)).average_growth(2025, 2030)
         for s in (0.3, 0.5, 0.7)]
    assert g[0] < g[1] < g[2]
