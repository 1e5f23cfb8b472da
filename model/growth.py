"""Project GRDP and its composition: ``simulate(history, scenario) -> Projection``.

From the last actual year L to the horizon H, for each sector s:

    R_s(t) = R_s(t-1) · (1 + g_s(t))      real value added, billion VND at constant 2010 prices
    P_s(t) = P_s(t-1) · (1 + π_s(t))      deflator, 2010 = 1
    N_s(t) = R_s(t) · P_s(t)              value added at current prices, billion VND
    pop(t) = pop(t-1) · (1 + n(t))        population, thousand persons, after its last datum

with g, π, n the scenario's rates (fractions per year). The scenario's projects add their value
added on top of this organic path (`model.projects.increments`):

    R_s(t) = R_s(L) · Π (1 + g_s) + Σ_p k_p VA_p (max(ramp_p(t − d_p), ramp_p(L)) − ramp_p(L))

(a delay moves only what a project had not reached by L: `model.projects.Project.added`).
Years up to L are copied from the history untouched, so every actual figure is reproduced
exactly. Derived quantities (totals, shares, growth, contributions in pp, per capita) come from
`model.accounts`.

Glossary: dự báo = projection; kịch bản = scenario; năm thực tế = actual year.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

import numpy as np
import pandas as pd

from . import accounts, kernel
from .capital import ICOR_BAND
from .history import History, need_history, per_history
from .params import wrong_kind
from .scenario import Scenario, checked, need_scenario
from .projects import as_arrays
from .sectors import SECTOR_IDS

ICOR_CENTRAL = ICOR_BAND["central"]


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

    def __repr__(self) -> str:
        # A notebook prints this: the generated repr dumped the scenario and the whole history
        # (hundreds of lines). The few numbers an economist checks first, with their units.
        first, last, end = int(self.years[0]), self.last_actual_year, self.horizon
        ahead = (f"; real GRDP growth {last + 1}–{end} {100 * self.average_growth(last, end):.2f} % a year"
                 if end > last else "")
        return (f"<Projection {self.scenario.name!r} {first}–{end}, actual years to {last}: "
                f"GRDP {end} {self.grdp_nominal.iloc[-1]:,.0f} bn VND at current prices, "
                f"{self.grdp_real.iloc[-1]:,.0f} bn VND at constant 2010 prices, "
                f"{self.per_capita_mvnd.iloc[-1]:.1f} million VND a person{ahead}>")

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
            ahead = kernel.manufacturing_path(m[last], ic[last], ic.loc[future].to_numpy(), inc,
                                              manufacturing_increments(self.scenario.projects, future, last))
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


def need_projection(value, what: str = "projection") -> Projection:
    """``value`` if it is a `Projection`, else a TypeError naming ``what`` and how to get one (a
    scenario passed where a projection is read: `model.evaluate`, `model.quarterly.quarterly`)."""
    if not isinstance(value, Projection):
        raise wrong_kind(what, "Projection", value)
    return value


def base_inputs(history: History, scenario: Scenario, manufacturing: bool = False) -> kernel.Base:
    """What ``scenario`` fixes, as the kernel's arrays (`model.kernel.Base`): the actual years up
    to its last actual year, its rates for the years after, its projects and investment
    drivers; with ``manufacturing``, the industry split of the actual years too."""
    # the kinds first (isinstance, no validation: the solver sets up here at every step): the
    # variants' and the solver's bounds reach here, where a path got "no attribute 'horizon'"
    need_history(history), need_scenario(scenario)
    years_h, real_h, defl_h, pop_years, pop_h = history.arrays
    last = history.last_actual(scenario)
    if not years_h[0] <= last <= years_h[-1]:
        raise ValueError(f"last actual year {last} is outside the history "
                         f"({years_h[0]}–{years_h[-1]})")
    n_act = last - int(years_h[0]) + 1
    future = np.arange(last + 1, scenario.horizon + 1)
    secs = scenario.sectors
    # years × sectors (np.array(…).T: a third of column_stack's time, on every solver step's setup)
    g = np.array([secs[s].growth.values(future) if secs[s].growth is not None
                  else np.zeros(len(future)) for s in SECTOR_IDS], float).T.reshape(len(future), len(SECTOR_IDS))
    pi = np.array([secs[s].inflation.values(future) for s in SECTOR_IDS], float).T.reshape(len(future), len(SECTOR_IDS))
    # Population: data up to the last actual year it covers, then the scenario's growth.
    n_pop = int(np.searchsorted(pop_years, last, side="right"))
    pop_future = np.arange(int(pop_years[n_pop - 1]) + 1, scenario.horizon + 1)
    mask = np.array([secs[s].investment is not None for s in SECTOR_IDS])
    driven = None
    if mask.any() and len(future):
        from .capital import driven_inputs

        sigma = np.column_stack([secs[s].investment.values(future) if secs[s].investment is not None
                                 else np.zeros(len(future)) for s in SECTOR_IDS])
        driven = driven_inputs(years_h, real_h, defl_h, history.previous_real.to_numpy(), last, sigma, mask,
                               scenario.projects)
    m_act = _manufacturing_act(history, n_act, scenario.manufacturing_share) if manufacturing else None
    return kernel.Base(
        years=np.arange(int(years_h[0]), scenario.horizon + 1), n_act=n_act, real_act=real_h[:n_act],
        defl_act=defl_h[:n_act], previous_real=history.previous_real.to_numpy(), growth=g, inflation=pi,
        pop_act=pop_h[:n_pop], pop_growth=scenario.population_growth.values(pop_future),
        projects=as_arrays(scenario.projects), driven=driven, icor=ICOR_CENTRAL, m_act=m_act)


@per_history(maxsize=64)
def _manufacturing_act(history: History, n_act: int, share: float | None) -> np.ndarray:
    """Manufacturing in the actual years (`model.industry`), kept per history, year and weight
    (`model.history.per_history`): it depends on nothing else, and the attribution and the draws
    ask for it often."""
    from .industry import manufacturing_actual

    ic = history.real["industry_construction"].iloc[:n_act]
    m = manufacturing_actual(ic, share).to_numpy()
    m.setflags(write=False)
    return m


def growth_rates(history: History, scenario: Scenario, future: np.ndarray, last: int) -> np.ndarray:
    """Organic real growth (future years × sectors, fractions per year): each sector's own
    ``growth``, or for a sector driven by ``investment`` the growth that investment buys
    (`model.kernel.resolve_driven`). ``future`` are the years after ``last``, the scenario's
    last actual year."""
    base = base_inputs(history, replace(scenario, last_actual_year=last, horizon=int(future[-1]))
                       if len(future) else scenario)
    if not len(future):
        return np.zeros((0, len(SECTOR_IDS)))
    return kernel.run(base).growth[0]


def project_arrays(history: History, scenario: Scenario):
    """The projection as numpy arrays: (years, real, deflator, population, last actual year).

    real and deflator are years × sectors: draw 0 of `model.kernel.run`, kept without pandas
    for the solver and the attribution."""
    base = base_inputs(history, scenario)
    paths = kernel.run(base)
    return base.years, paths.real[0], paths.deflator[0], paths.population[0], base.last


def simulate(history: History, scenario: Scenario) -> Projection:
    """Project ``scenario`` from ``history``: actual years copied, later years compounded.

    The scenario is validated first as a file would be (`model.scenario.check`: 0.05–0.35 ms
    the first time, then a lookup by content of 0.01–0.09 ms; the projection itself costs
    0.12–0.2): one built or edited in code with a rate of 15 meant as 15 % raises
    `ScenarioError` naming the field instead of projecting 1,500 % a year."""
    checked(history, scenario)
    return simulate_variant(history, scenario)


def simulate_variant(history: History, scenario: Scenario) -> Projection:
    """`simulate` without the check: for a variant the package derives from a scenario already
    checked (a project flipped on or delayed, an investment path bought), a question asked
    of the model rather than a file. A file's limits are not the model's: flipping each
    project of a file holding the most a file may (`MAX_PROJECTS`) on in turn makes one more."""
    years, real, defl, pop, last = project_arrays(history, scenario)
    index, cols = _axes(int(years[0]), int(years[-1]))
    return Projection(scenario, history, last, pd.DataFrame(real, index=index, columns=cols, copy=False),
                      pd.DataFrame(defl, index=index, columns=cols, copy=False),
                      pd.Series(pop, index=index, name="population_thousand", copy=False))


@lru_cache(maxsize=64)
def _axes(first: int, last: int) -> tuple[pd.Index, pd.Index]:
    """The frames' year index and sector columns, made once per span (an Index is immutable, and
    building it is most of what a projection's frames cost)."""
    return pd.Index(np.arange(first, last + 1), name="year"), pd.Index(list(SECTOR_IDS))
