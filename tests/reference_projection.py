"""Today's projection, kept as the oracle the kernel is tested against (issue 14): the
year-by-year loop of `model.capital.resolve_growth` and the frame-based projection as they were
before `model.kernel`, copied unchanged apart from imports."""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from model.capital import ICOR_BAND, LAGS, _actual_real_investment, sector_icor
from model.projects import capital_spending, increments
from model.scenario import Scenario
from model.accounts import compound
from model.history import History
from model.sectors import SECTOR_IDS


def resolve_growth(years_h: np.ndarray, real_h: np.ndarray, defl_h: np.ndarray, previous_real: np.ndarray,
                   last: int, future: np.ndarray, g: np.ndarray, sigma: Mapping[int, np.ndarray],
                   settings: Mapping, icor: float = ICOR_BAND["central"],
                   lags: Sequence[float] = LAGS) -> np.ndarray:
    """Growth of the sectors driven by their own investment (``[sectors.<id>] investment``).

    ``sigma`` maps a sector's column to its organic investment (besides the named projects,
    whose capital is their own) as a fraction of GRDP at current prices, one value a year of
    ``future``; ``g`` (future × sectors) holds every other sector's growth and is returned
    with the driven columns filled. With investment valued at the GRDP deflator, real
    investment is σ_s(t)·R(t), so for each year t and driven sector s (K_s = ICOR·relativity):

        R_s(t) = c_s + a_s T,   c_s = R_s(t−1) + [ω_1 i_s(t−1) + ω_2 i_s(t−2)] / K_s,
                                a_s = ω_0 σ_s(t) / K_s
        T = R(t) = (Σ_D c_s + Σ_{u∉D} R_u(t) + E(t)) / (1 − Σ_D a_s)

    (R organic levels at 2010 prices, E the projects' value added): exact, with no iteration.
    Investment of the actual years is the published total less the projects' capital,
    deflated, and split over sectors by K_s·max(ΔR_s, 0); without a published total, the
    steady state K_s·max(ΔR_s, 0)."""
    w = np.asarray(lags, float)
    n_act = int(np.searchsorted(years_h, last, side="right"))
    act_years = years_h[:n_act]
    proj_act = increments(settings, act_years, last) if settings else np.zeros((n_act, len(SECTOR_IDS)))
    organic_act = real_h[:n_act] - proj_act
    prev = previous_real - (increments(settings, [act_years[0] - 1], last)[0] if settings else 0)
    d_act = np.diff(np.vstack([prev, organic_act]), axis=0)
    K = np.array([sector_icor(s, icor) for s in SECTOR_IDS])
    cap_act = capital_spending(settings, act_years, last)["total"].to_numpy() if settings else np.zeros(n_act)
    deflator = (real_h[:n_act] * defl_h[:n_act]).sum(axis=1) / real_h[:n_act].sum(axis=1)
    weights = K * np.clip(d_act, 0, None)
    i_hist = np.zeros((n_act, len(SECTOR_IDS)))
    for j, y in enumerate(act_years):
        tot = weights[j].sum()
        split = weights[j] / tot if tot > 0 else np.where(K > 0, 1.0, 0.0) / (K > 0).sum()
        i_hist[j] = split * _actual_real_investment(y, cap_act[j], deflator[j], tot)
    driven = sorted(sigma)
    proj_f = increments(settings, future, last) if settings else np.zeros((len(future), len(SECTOR_IDS)))
    level = organic_act[-1].copy()
    past = [i_hist[-m] if m <= n_act else i_hist[0] for m in range(1, len(w))]  # i(t−1), i(t−2), …
    g = np.array(g, dtype=float, copy=True)
    for j in range(len(future)):
        others = [u for u in range(len(SECTOR_IDS)) if u not in sigma]
        new = level.copy()
        new[others] = level[others] * (1 + g[j, others])
        a = np.array([w[0] * sigma[s][j] / K[s] for s in driven])
        c = np.array([level[s] + sum(w[m] * past[m - 1][s] for m in range(1, len(w))) / K[s] for s in driven])
        T = (c.sum() + new[others].sum() + proj_f[j].sum()) / (1 - a.sum())
        new[driven] = c + a * T
        i_now = np.zeros(len(SECTOR_IDS))
        i_now[driven] = [sigma[s][j] * T for s in driven]
        g[j, driven] = new[driven] / level[driven] - 1
        past = [i_now] + past[:-1]
        level = new
    return g



def growth_rates(history: History, scenario: Scenario, future: np.ndarray, last: int) -> np.ndarray:
    """Organic real growth (future years × sectors, fractions per year): each sector's own
    ``growth``, or for a sector driven by ``investment`` the growth that investment buys
    (`model.capital.resolve_growth`)."""
    secs = scenario.sectors
    g = np.column_stack([secs[s].growth.values(future) if secs[s].growth is not None
                         else np.zeros(len(future)) for s in SECTOR_IDS])
    sigma = {k: secs[s].investment.values(future) for k, s in enumerate(SECTOR_IDS)
             if secs[s].investment is not None}
    if sigma and len(future):
        years_h, real_h, defl_h, _, _ = history.arrays
        g = resolve_growth(years_h, real_h, defl_h, history.previous_real.to_numpy(), last, future, g,
                           sigma, scenario.projects)
    return g


def project_arrays(history: History, scenario: Scenario):
    """The projection as numpy arrays: (years, real, deflator, population, last actual year).

    real and deflator are years × sectors; this is what `simulate` wraps in frames, kept apart
    so that the solver can run it without pandas.
    """
    years_h, real_h, defl_h, pop_years, pop_h = history.arrays
    last = scenario.last_actual_year if scenario.last_actual_year is not None else int(years_h[-1])
    if not years_h[0] <= last <= years_h[-1]:
        raise ValueError(f"last actual year {last} is outside the history "
                         f"({years_h[0]}–{years_h[-1]})")
    n_act = last - int(years_h[0]) + 1
    future = np.arange(last + 1, scenario.horizon + 1)
    g = growth_rates(history, scenario, future, last)
    pi = np.column_stack([scenario.sectors[s].inflation.values(future) for s in SECTOR_IDS])
    organic = compound(real_h[n_act - 1], g)
    if scenario.projects and len(future):
        organic = organic + increments(scenario.projects, future, last)
    real = np.vstack([real_h[:n_act], organic])
    defl = np.vstack([defl_h[:n_act], compound(defl_h[n_act - 1], pi)])
    # Population: data up to the last actual year it covers, then the scenario's growth.
    n_pop = int(np.searchsorted(pop_years, last, side="right"))
    pop_last = int(pop_years[n_pop - 1])
    pop_future = np.arange(pop_last + 1, scenario.horizon + 1)
    pop = np.concatenate([pop_h[:n_pop],
                          compound(pop_h[n_pop - 1], scenario.population_growth.values(pop_future))])
    years = np.arange(int(years_h[0]), scenario.horizon + 1)
    return years, real, defl, pop, last


