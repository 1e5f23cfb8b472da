"""Capital: the investment side of the model that the projection itself needs.

A sector driven by its own investment (``[sectors.<id>] investment``) grows by what that
investment buys through its ICOR and the distributed lag, resolved year by year while the
scenario is projected (`model.kernel.resolve_driven`, fed by `driven_inputs`). The constants and the
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
from .kernel import Driven, resolve_driven
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


def driven_inputs(years_h: np.ndarray, real_h: np.ndarray, defl_h: np.ndarray, previous_real: np.ndarray,
                  last: int, sigma: np.ndarray, mask: np.ndarray, settings: Mapping,
                  lags: Sequence[float] = LAGS) -> Driven:
    """What `model.kernel.resolve_driven` needs for the sectors driven by their own investment
    (``mask``; ``sigma`` future × sectors, fractions of GRDP at current prices, besides the named
    projects, whose capital is their own).

    Investment of the actual years is the published total less the projects' capital, deflated
    by the GRDP deflator, and split over sectors by K_s·max(ΔR_s, 0) (organic levels: the
    projects taken out); without a published total, the steady state K_s·max(ΔR_s, 0), which
    is proportional to the ICOR (hence the two parts of each past year)."""
    w = np.asarray(lags, float)
    n_act = int(np.searchsorted(years_h, last, side="right"))
    act_years = years_h[:n_act]
    proj_act = increments(settings, act_years, last) if settings else np.zeros((n_act, len(SECTOR_IDS)))
    organic_act = real_h[:n_act] - proj_act
    prev = previous_real - (increments(settings, [act_years[0] - 1], last)[0] if settings else 0)
    d_act = np.diff(np.vstack([prev, organic_act]), axis=0)
    rel = np.array([SECTOR_RELATIVE[s] for s in SECTOR_IDS])
    cap_act = capital_spending(settings, act_years, last)["total"].to_numpy() if settings else np.zeros(n_act)
    deflator = (real_h[:n_act] * defl_h[:n_act]).sum(axis=1) / real_h[:n_act].sum(axis=1)
    weights = rel * np.clip(d_act, 0, None)       # K_s·ΔR_s at an ICOR of 1
    fixed = np.zeros((n_act, len(SECTOR_IDS)))
    per_icor = np.zeros((n_act, len(SECTOR_IDS)))
    for j, y in enumerate(act_years):
        tot = weights[j].sum()
        split = weights[j] / tot if tot > 0 else np.where(rel > 0, 1.0, 0.0) / (rel > 0).sum()
        pub = _published_investment().get(int(y))
        if pub:
            fixed[j] = split * _actual_real_investment(y, cap_act[j], deflator[j], 0.0)
        else:
            per_icor[j] = split * tot
    pick = [n_act - m if m <= n_act else 0 for m in range(1, len(w))]   # i(t−1), i(t−2), …
    return Driven(sigma=np.asarray(sigma, float), mask=np.asarray(mask, bool), relative=rel, lags=w,
                  level=organic_act[-1].copy(), past_fixed=fixed[pick], past_per_icor=per_icor[pick])


def resolve_growth(years_h: np.ndarray, real_h: np.ndarray, defl_h: np.ndarray, previous_real: np.ndarray,
                   last: int, future: np.ndarray, g: np.ndarray, sigma: Mapping[int, np.ndarray],
                   settings: Mapping, icor: float = ICOR_BAND["central"],
                   lags: Sequence[float] = LAGS) -> np.ndarray:
    """Growth (future × sectors) with the columns in ``sigma`` (column → organic investment, a
    fraction of GRDP each year of ``future``) driven by their investment: `driven_inputs` and
    `model.kernel.resolve_driven` for one path, every other column of ``g`` returned as given."""
    sig = np.zeros((len(future), len(SECTOR_IDS)))
    mask = np.zeros(len(SECTOR_IDS), bool)
    for k, v in sigma.items():
        sig[:, k], mask[k] = v, True
    dv = driven_inputs(years_h, real_h, defl_h, previous_real, last, sig, mask, settings, lags)
    proj = increments(settings, future, last).sum(axis=1) if settings else np.zeros(len(future))
    return resolve_driven(np.asarray(g, float)[None], dv, proj[None], np.array([float(icor)]))[0]


@lru_cache(maxsize=1)
def _published_investment() -> dict[int, tuple[float, int]]:
    """{year: (billion VND at current prices, its row in hatinh_published.csv)}: read once (the
    record does not change at run time; callers only read it)."""
    sel = select_preferred()
    rows = sel[(sel["indicator"] == "total_social_investment") & sel["year"].notna()]
    return {int(r.year): (float(r.value), int(r.row)) for r in rows.itertuples()}


def _actual_real_investment(year: int, capex: float, deflator: float, steady: float) -> float:
    """Organic real investment of an actual year: the published total less the projects' capital,
    at 2010 prices; without a published figure, the steady state ``steady`` (ICOR · ΔR)."""
    pub = _published_investment().get(int(year))
    # Never below zero: a user's project whose capital exceeds the province's published total
    # leaves no organic investment, it does not make it negative (which would shrink value
    # added below zero a few years on; issue 13, item 15).
    return max(pub[0] - capex, 0.0) / deflator if pub else steady
