"""Project GRDP and its composition: ``simulate(history, scenario) -> Projection``.

From the last actual year L to the horizon H, for each sector s:

    R_s(t) = R_s(t-1) · (1 + g_s(t))      real value added, billion VND at constant 2010 prices
    P_s(t) = P_s(t-1) · (1 + π_s(t))      deflator, 2010 = 1
    N_s(t) = R_s(t) · P_s(t)              value added at current prices, billion VND
    pop(t) = pop(t-1) · (1 + n(t))        population, thousand persons, after its last datum

with g, π, n the scenario's rates (fractions per year). The scenario's projects add their value
added on top of this organic path (`model.projects.increments`):

    R_s(t) = R_s(L) · Π (1 + g_s) + Σ_p k_p VA_p (ramp_p(t − d_p) − ramp_p(L − d_p)) Years up to L are copied from the
history untouched, so every actual figure is reproduced exactly. Derived quantities (totals,
shares, growth, contributions in pp, per capita) come from `model.accounts`.

Glossary: dự báo = projection; kịch bản = scenario; năm thực tế = actual year.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from . import accounts
from .history import History
from .scenario import Scenario
from .sectors import SECTOR_IDS


def project_levels(start: np.ndarray, rates: np.ndarray) -> np.ndarray:
    """Levels after each year of ``rates`` (years × sectors), from ``start`` (sectors).

    The pure numeric kernel shared by simulation and solver: start · cumprod(1 + rates).
    """
    return accounts.compound(start, rates)


@dataclass(frozen=True, eq=False)
class Projection:
    """A scenario's path, actual years then projected years.

    real, deflator   year × sector frames (billion VND at constant 2010 prices; 2010 = 1)
    population       thousand persons, every year
    last_actual_year the last year copied from the history
    """

    scenario: Scenario
    history: History
    last_actual_year: int
    real: pd.DataFrame
    deflator: pd.DataFrame
    population: pd.Series

    @property
    def years(self) -> pd.Index:
        return self.real.index

    @property
    def horizon(self) -> int:
        return int(self.real.index[-1])

    @cached_property
    def is_actual(self) -> pd.Series:
        return pd.Series(self.years <= self.last_actual_year, index=self.years, name="is_actual")

    @cached_property
    def nominal(self) -> pd.DataFrame:
        """Value added at current prices, billion VND."""
        return accounts.calc_nominal(self.real, self.deflator)

    @cached_property
    def grdp_real(self) -> pd.Series:
        """GRDP at constant 2010 prices, billion VND."""
        return accounts.calc_total(self.real).rename("grdp_real_bn")

    @cached_property
    def grdp_nominal(self) -> pd.Series:
        """GRDP at current prices, billion VND."""
        return accounts.calc_total(self.nominal).rename("grdp_nominal_bn")

    @cached_property
    def grdp_deflator(self) -> pd.Series:
        """Implicit GRDP deflator N / R (2010 = 1)."""
        return (self.grdp_nominal / self.grdp_real).rename("grdp_deflator")

    @cached_property
    def shares(self) -> pd.DataFrame:
        """Shares of GRDP at current prices (fractions)."""
        return accounts.calc_shares(self.nominal)

    @cached_property
    def _real_ext(self) -> pd.DataFrame:
        # The year before the first, so the first year's growth comes from the same identity.
        prev = self.history.previous_real.to_frame().T
        return pd.concat([prev, self.real])

    @cached_property
    def growth_real(self) -> pd.Series:
        """Real GRDP growth (fraction per year)."""
        return accounts.calc_growth(accounts.calc_total(self._real_ext)).iloc[1:].rename("growth_real")

    @cached_property
    def sector_growth(self) -> pd.DataFrame:
        """Real growth by sector (fraction per year)."""
        return accounts.calc_growth(self._real_ext).iloc[1:]

    @cached_property
    def contributions_pp(self) -> pd.DataFrame:
        """Contributions to real GRDP growth, percentage points (rows add up to 100·growth)."""
        return accounts.calc_contributions_pp(self._real_ext).iloc[1:]

    @cached_property
    def per_capita_mvnd(self) -> pd.Series:
        """GRDP per capita at current prices, million VND per person."""
        return accounts.calc_per_capita(self.grdp_nominal, self.population).rename("per_capita_mvnd")

    @cached_property
    def manufacturing_real(self) -> pd.Series:
        """Manufacturing value added, billion VND at constant 2010 prices (`model.industry`):
        split from industry-construction in the actual years, then its organic path plus the
        scenario's manufacturing projects."""
        from .industry import manufacturing_actual, manufacturing_increments
        from .projects import increments

        ic = self.real["industry_construction"]
        last = self.last_actual_year
        m = manufacturing_actual(ic.loc[:last], self.scenario.manufacturing_share)
        future = self.years[self.years > last].to_numpy()
        if len(future):
            k = SECTOR_IDS.index("industry_construction")
            inc = increments(self.scenario.projects, future, last)[:, k] if self.scenario.projects else 0.0
            factor = (ic.loc[future].to_numpy() - inc) / ic[last]
            ahead = m[last] * factor + manufacturing_increments(self.scenario.projects, future, last)
            m = pd.concat([m, pd.Series(ahead, index=pd.Index(future, name="year"))])
        return m.rename("manufacturing_real_bn")

    @cached_property
    def manufacturing_share(self) -> pd.Series:
        """Manufacturing's share of GRDP at current prices (fraction), priced at
        industry-construction's deflator."""
        return (self.manufacturing_real * self.deflator["industry_construction"] / self.grdp_nominal).rename(
            "share_manufacturing")

    def average_growth(self, start: int, end: int) -> float:
        """Compound average real GRDP growth from ``start`` to ``end`` (fraction per year)."""
        return accounts.calc_average_growth(self.grdp_real, start, end)

    def table(self) -> pd.DataFrame:
        """One row a year, the columns of ``projection.csv``: totals, then per sector
        nominal_bn_, real_bn_, share_pct_, growth_real_pct_, contrib_pp_."""
        out = pd.DataFrame({
            "is_actual": self.is_actual,
            "grdp_nominal_bn": self.grdp_nominal,
            "grdp_real_bn": self.grdp_real,
            "growth_real_pct": 100 * self.growth_real,
            "population_thousand": self.population,
            "per_capita_mvnd": self.per_capita_mvnd,
        })
        for s in SECTOR_IDS:
            out[f"nominal_bn_{s}"] = self.nominal[s]
            out[f"real_bn_{s}"] = self.real[s]
            out[f"share_pct_{s}"] = 100 * self.shares[s]
            out[f"growth_real_pct_{s}"] = 100 * self.sector_growth[s]
            out[f"contrib_pp_{s}"] = self.contributions_pp[s]
        out.index.name = "year"
        return out


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
        from .capital import resolve_growth

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
    organic = project_levels(real_h[n_act - 1], g)
    if scenario.projects and len(future):
        from .projects import increments

        organic = organic + increments(scenario.projects, future, last)
    real = np.vstack([real_h[:n_act], organic])
    defl = np.vstack([defl_h[:n_act], project_levels(defl_h[n_act - 1], pi)])
    # Population: data up to the last actual year it covers, then the scenario's growth.
    n_pop = int(np.searchsorted(pop_years, last, side="right"))
    pop_last = int(pop_years[n_pop - 1])
    pop_future = np.arange(pop_last + 1, scenario.horizon + 1)
    pop = np.concatenate([pop_h[:n_pop],
                          project_levels(pop_h[n_pop - 1], scenario.population_growth.values(pop_future))])
    years = np.arange(int(years_h[0]), scenario.horizon + 1)
    return years, real, defl, pop, last


def simulate(history: History, scenario: Scenario) -> Projection:
    """Project ``scenario`` from ``history``: actual years copied, later years compounded."""
    years, real, defl, pop, last = project_arrays(history, scenario)
    index = pd.Index(years, name="year")
    cols = list(SECTOR_IDS)
    return Projection(scenario, history, last, pd.DataFrame(real, index=index, columns=cols),
                      pd.DataFrame(defl, index=index, columns=cols),
                      pd.Series(pop, index=index, name="population_thousand"))
