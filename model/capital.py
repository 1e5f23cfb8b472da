"""Capital: the investment side of the model that the projection itself needs.

A sector driven by its own investment (``[sectors.<id>] investment``) grows by what that
investment buys through its ICOR and the distributed lag, resolved year by year while the
scenario is projected (`resolve_growth`, called by `model.growth`). The constants and the
record it reads are here too; `model.investment` builds the rest (the need of a projection,
the growth a share buys, the ICOR record) on top of `model.growth`, and re-exports these names.

    ΔR^org_s(t) = Σ_k ω_k · i_s(t − k) / K_s,   K_s = ICOR · relativity_s

Glossary: hệ số ICOR = ICOR; vốn đầu tư = investment; độ trễ = lag.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Sequence

import numpy as np

from .data import select_preferred
from .projects import capital_spending, increments
from .sectors import SECTOR_IDS

ICOR_BAND = {"low": 6.0, "central": 7.0, "high": 8.0}  # assumption, from `icor_record`
LAGS = (0.5, 0.35, 0.15)  # ω_0, ω_1, ω_2: assumption (DESIGN.md)
# Organic investment by source: the mean of the published splits (Q1-2022 24/59/17, Q1-2025
# 21/51/28 %): an assumption; 2025 as a whole had 56 % non-state.
ORGANIC_SOURCES = {"state": 0.225, "nonstate": 0.55, "fdi": 0.225}
# Sector ICORs relative to the aggregate (national relativities, scaled to the province's
# aggregate: an assumption). Product taxes need no capital of their own.
SECTOR_RELATIVE = {"agriculture": 1.0, "industry_construction": 1.2, "services": 0.9, "product_taxes": 0.0}


def sector_icor(sector: str, icor: float = ICOR_BAND["central"]) -> float:
    """A sector's ICOR: the aggregate's times its relativity (``SECTOR_RELATIVE``)."""
    return icor * SECTOR_RELATIVE[sector]


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
    cap_act = capital_spending(settings, act_years)["total"].to_numpy() if settings else np.zeros(n_act)
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


@lru_cache(maxsize=1)
def _published_investment() -> dict[int, tuple[float, str]]:
    """{year: (billion VND at current prices, source row)}: read once (the record does not change
    at run time; callers only read it)."""
    sel = select_preferred()
    rows = sel[(sel["indicator"] == "total_social_investment") & sel["year"].notna()]
    return {int(r.year): (float(r.value), f"row {r.row}") for r in rows.itertuples()}


def _actual_real_investment(year: int, capex: float, deflator: float, steady: float) -> float:
    """Organic real investment of an actual year: the published total less the projects' capital,
    at 2010 prices; without a published figure, the steady state ``steady`` (ICOR · ΔR)."""
    pub = _published_investment().get(int(year))
    # Never below zero: a user's project whose capital exceeds the province's published total
    # leaves no organic investment, it does not make it negative (which would shrink value
    # added below zero a few years on; issue 13, item 15).
    return max(pub[0] - capex, 0.0) / deflator if pub else steady
