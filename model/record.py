"""What the published record says a sector can plausibly do: the solver's default growth bounds
and the elasticity of product taxes to their tax base. Both come from the four-sector panel
2015–2025 (`model.backtest.sector_panel`), by rules stated here.

Default growth bounds (fractions per year). For each sector, its compound average real growth
over every five-year window of the panel (2015–2020 … 2020–2025), then

    low  = max(0, min over windows − WIDEN),   high = max over windows + WIDEN,   WIDEN = 2 pp

The lower bound is never below zero: a path that shrinks a sector in real terms is one the user
must allow by widening it. Five-year windows rather than single years because single years
swing with one plant (industry −28 % in 2016, +55 % in 2018); the margin is an assumption.

Product taxes follow their tax base. Taxes on products are levied on what the other sectors
sell, so in the long run they move with them:

    ln T(t) = α + ε ln B(t),   B = agriculture + industry-construction + services, organic
    (the named projects' value added taken out: the large FDI plants export and enjoy tax
    incentives, and bear little product tax)

estimated by least squares on 2015–2025 (11 points), ε ≈ 0.92 with a standard error of 0.07;
the band is ±2 standard errors. The panel's years before 2019 are built back from 2019 (2017–2018
at one rate common to every sector, `model.backtest.sector_panel`): on the history alone,
2019–2025, ε = 0.99 (s.e. 0.10), inside the band (`tax_elasticity_on`). The solver applies it to cumulative growth,
T(2030)/T(L) = (B(2030)/B(L))^ε, and year by year in the paths it writes.

Glossary: biên tăng trưởng = growth bound; độ co giãn = elasticity; cơ sở thuế = tax base.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .params import whole_year
from .sectors import SECTOR_IDS

WINDOW = 5
WIDEN = 0.02
TAX_BASE = ("agriculture", "industry_construction", "services")


@dataclass(frozen=True)
class Bound:
    """A sector's default growth bounds (fractions per year) and the record behind them."""

    sector: str
    low: float
    high: float
    window_min: float   # lowest five-year average growth in the panel
    window_max: float   # highest


@dataclass(frozen=True)
class Elasticity:
    """Product taxes against their tax base: central ε, its band (±2 s.e.), the standard error,
    the years and the correlation of the logs."""

    central: float
    low: float
    high: float
    se: float
    years: tuple[int, int]
    r: float


@lru_cache(maxsize=1)
def panel_and_provenance():
    """`model.backtest.sector_panel` on the assembled history, once a process: the panel and
    each cell's provenance (`model.uncertainty` reads which years are built at one rate)."""
    from .backtest import sector_panel

    return sector_panel()


@lru_cache(maxsize=1)
def _panel():
    from .backtest import project_value_added_by_sector

    panel, _ = panel_and_provenance()
    return panel, project_value_added_by_sector(int(panel.index[-1])).loc[panel.index]


@lru_cache(maxsize=1)
def growth_bounds() -> dict[str, Bound]:
    """Each sector's default growth bounds from its own record (see the module docstring)."""
    panel, _ = _panel()
    out = {}
    for s in SECTOR_IDS:
        x = panel[s].to_numpy()
        w = (x[WINDOW:] / x[:-WINDOW]) ** (1 / WINDOW) - 1
        lo, hi = float(w.min()), float(w.max())
        out[s] = Bound(s, round(max(0.0, lo - WIDEN), 4), round(hi + WIDEN, 4), lo, hi)
    return out


@lru_cache(maxsize=1)
def tax_elasticity() -> Elasticity:
    """ε of product taxes to their organic tax base (see the module docstring), on every year of
    the panel."""
    return tax_elasticity_on()


def tax_elasticity_on(years=None) -> Elasticity:
    """`tax_elasticity` fitted on ``years`` of the panel only (default: all of them): how much the
    estimate leans on the years the panel builds rather than reads (before 2019; 2017–2018 at one
    rate common to every sector). On the history alone, 2019–2025, ε = 0.99 (s.e. 0.10); without
    2017–2018, 1.00 (s.e. 0.08); both inside the band of the estimate on every year."""
    panel, projects = _panel()
    if years is not None:
        if isinstance(years, str) or not hasattr(years, "__iter__"):   # "2019" was read as [2, 0, 1, 9]
            raise TypeError(f"years: a list of years (range(2019, 2026)), not {years!r:.40}")
        keep = sorted({whole_year(y, "years") for y in years})   # a year twice would count twice
        missing = [y for y in keep if y not in panel.index]
        if missing or len(keep) < 3:
            raise ValueError(f"years: {missing or keep}: need three or more of the panel's "
                             f"{int(panel.index[0])}–{int(panel.index[-1])}")
        panel, projects = panel.loc[keep], projects.loc[keep]
    base = np.log((panel[list(TAX_BASE)] - projects[list(TAX_BASE)]).sum(axis=1).to_numpy())
    tax = np.log(panel["product_taxes"].to_numpy())
    X = np.column_stack([np.ones(len(base)), base])
    beta, *_ = np.linalg.lstsq(X, tax, rcond=None)
    resid = tax - X @ beta
    se = float(np.sqrt(resid @ resid / (len(tax) - 2) * np.linalg.inv(X.T @ X)[1, 1]))
    eps = float(beta[1])
    return Elasticity(eps, eps - 2 * se, eps + 2 * se, se, (int(panel.index[0]), int(panel.index[-1])),
                      float(np.corrcoef(base, tax)[0, 1]))


__all__ = ["Bound", "Elasticity", "TAX_BASE", "WIDEN", "WINDOW", "growth_bounds", "tax_elasticity", "tax_elasticity_on"]
