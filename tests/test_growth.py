from dataclasses import replace
"""simulate(): actual years reproduced exactly, projected years by the identities."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model
from model.scenario import RatePath, Scenario, SectorAssumption
from model.sectors import SECTOR_IDS


def make(growth, inflation=0.02, horizon=2030, last=None, pop=0.006):
    sectors = {s: SectorAssumption(RatePath.const(growth[i] if isinstance(growth, (list, tuple)) else growth),
                                   RatePath.const(inflation))
               for i, s in enumerate(SECTOR_IDS)}
    return Scenario(name="t", title_vi="t", horizon=horizon, population_growth=RatePath.const(pop),
                    sectors=sectors, last_actual_year=last)


def test_actual_years_identical_to_history(history, baseline_projection):
    p = baseline_projection
    pd.testing.assert_frame_equal(p.real.loc[:2025], history.real)
    pd.testing.assert_frame_equal(p.deflator.loc[:2025], history.deflator)
    assert p.is_actual.loc[:2025].all() and not p.is_actual.loc[2026:].any()


def test_published_growth_reproduced_in_projection(baseline_projection):
    g = 100 * baseline_projection.growth_real
    assert g.loc[2020:2025].round(10).tolist() == [0.53, 5.02, 2.54, 8.05, 7.48, 8.78]


def test_ten_percent_twice_is_121_percent(history):
    p = model.simulate(history, make(0.10, inflation=0.0))
    ratio = p.real.loc[2027] / history.real.loc[2025]
    assert ratio.to_numpy() == pytest.approx(np.full(4, 1.21), rel=1e-12)
    # With no inflation the deflators stay where the last actual year left them.
    assert p.deflator.loc[2030].to_numpy() == pytest.approx(history.deflator.loc[2025].to_numpy())


def test_ramp_rates_applied_year_by_year(history, baseline):
    sc = baseline.with_sector("services", growth=RatePath.by_year({2026: 0.10, 2030: 0.06}))
    p = model.simulate(history, sc)
    assert p.sector_growth["services"].loc[2026:].to_numpy() == pytest.approx([0.10, 0.09, 0.08, 0.07, 0.06])


def test_last_actual_year_2020_projects_from_the_base(history):
    p = model.simulate(history, make(0.05, last=2020))
    assert p.last_actual_year == 2020
    assert p.real.loc[2021].to_numpy() == pytest.approx(history.real.loc[2020].to_numpy() * 1.05)
    assert p.population.loc[2021] == pytest.approx(1298.638 * 1.006)


def test_population_data_then_scenario(history, baseline_projection):
    pop = baseline_projection.population
    assert pop.loc[2022] == 1317.2
    # 2023–2025 are actual years: the history's estimate (2020–2022 growth carried forward)
    rate = (1317.2 / 1298.638) ** 0.5 - 1
    assert pop.loc[2025] == pytest.approx(1317.2 * (1 + rate) ** 3)
    assert pop.loc[2025] == history.population.loc[2025]
    assert pop.loc[2030] == pytest.approx(history.population.loc[2025] * 1.006**5)


def test_actual_years_are_the_same_in_every_scenario(history, baseline):
    """Population and per capita of actual years do not follow the scenario's assumptions."""
    from model.scenario import RatePath

    fast = replace(baseline, population_growth=RatePath.const(0.1))
    a, b = model.simulate(history, baseline), model.simulate(history, fast)
    for y in range(2020, 2026):
        assert a.population[y] == b.population[y]
        assert a.per_capita_mvnd[y] == b.per_capita_mvnd[y]
    assert a.per_capita_mvnd[2025] == pytest.approx(a.grdp_nominal[2025] / history.population[2025])


def test_horizon_2050(history):
    p = model.simulate(history, make(0.05, horizon=2050))
    assert p.horizon == 2050 and len(p.table()) == 31


def test_table_columns(baseline_projection):
    t = baseline_projection.table()
    head = ["is_actual", "grdp_nominal_bn", "grdp_real_bn", "growth_real_pct",
            "population_thousand", "per_capita_mvnd"]
    assert list(t.columns[:6]) == head
    for s in SECTOR_IDS:
        for c in ("nominal_bn_", "real_bn_", "share_pct_", "growth_real_pct_", "contrib_pp_"):
            assert c + s in t.columns
    assert t.index.name == "year"
    assert not t.drop(columns="is_actual").isna().any().any()


rates = st.floats(-0.3, 0.5, allow_nan=False)
infl = st.floats(-0.1, 0.2, allow_nan=False)


@st.composite
def scenarios(draw):
    horizon = draw(st.integers(2026, 2050))
    last = draw(st.sampled_from([None, 2020, 2022, 2025]))
    sectors = {}
    for s in SECTOR_IDS:
        if draw(st.booleans()):
            g = RatePath.const(draw(rates))
        else:
            g = RatePath.by_year({draw(st.integers(2021, 2050)): draw(rates) for _ in range(draw(st.integers(1, 4)))})
        sectors[s] = SectorAssumption(g, RatePath.const(draw(infl)))
    return Scenario(name="h", title_vi="h", horizon=horizon, last_actual_year=last,
                    population_growth=RatePath.const(draw(st.floats(-0.02, 0.03))), sectors=sectors)


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_identities_for_any_scenario(history, sc):
    p = model.simulate(history, sc)
    last = p.last_actual_year
    # actual years are data
    np.testing.assert_array_equal(p.real.loc[:last].to_numpy(), history.real.loc[:last].to_numpy())
    # projected years follow the scenario's rates exactly
    fut = np.arange(last + 1, sc.horizon + 1)
    for s in SECTOR_IDS:
        np.testing.assert_allclose(p.sector_growth[s].loc[fut], sc.sectors[s].growth.values(fut), rtol=0, atol=1e-12)
    # contributions add up to growth; shares to one; nominal = real × deflator
    np.testing.assert_allclose(p.contributions_pp.sum(axis=1), 100 * p.growth_real, atol=1e-9)
    np.testing.assert_allclose(p.shares.sum(axis=1), 1.0, atol=1e-12)
    np.testing.assert_allclose(p.nominal.to_numpy(), (p.real * p.deflator).to_numpy(), rtol=1e-14)
    assert (p.real.to_numpy() > 0).all() and (p.population > 0).all()
    # the compound average matches the level ratio
    assert (1 + p.average_growth(2020, sc.horizon)) ** (sc.horizon - 2020) == pytest.approx(
        p.grdp_real.loc[sc.horizon] / p.grdp_real.loc[2020], rel=1e-10)
