"""Assemble the consistent starting panel from the published record.

The published record is patchy: real growth for every year, sector growth for most, a sector
split of current prices only for 2020, current-price totals for 2022, 2023 and 2025. This module
builds, for 2020 up to the last actual year, sector real levels R_s(t) (billion VND, constant
2010 prices) and deflators P_s(t) (2010 = 1) that reproduce every published figure they can,
and records for every cell whether it is ``published``, ``adjusted`` or ``estimated``, and how.

The method (DESIGN.md, "Assembling the history"):

1. Real total. R(2019) is the official 47,740.21; R(2020) = R(2019) · (1 + 0.53 %). The printed
   2020 level (47,740.93) contradicts the published growth and is flagged, not used.
2. Sector split of 2019. Contribution = weight × growth, so the 2019 weight of sector s is
   c_s / g_s (2020 release). The rounded weights sum to 0.9935; they are adjusted by the
   smallest relative change, min Σ (w_s - w0_s)² / w0_s with Σ w_s = 1 and Σ w_s g_s = g(2020),
   so that the sectors add up to the published total growth exactly. The recomputed
   contributions are checked against the published ones (``History.checks``).
3. Sector growth 2021 onward. Where all four rates are published, they are shifted so that
   Σ_s w_s(t-1) g_s = g(t) (the published total wins, being the figure that was revised):
   - when the sector rates add up to an earlier, superseded total of the same year (within
     0.1 pp) — they were published with it — the revision falls on industry-construction
     alone: 2022's 3.98 % → 2.54 % came from the Vũng Áng 1 outage and the steel slump, both
     industry. This is what reproduces the published 2023 shares of growth (agriculture 4.6,
     industry-construction 59.2, services 27.8, product taxes 8.4 %) within 0.5 pp, which a
     common shift does not (industry 60.2);
   - otherwise a common shift δ (pp) is added to each rate (the rounding of the rates).
   A single missing sector is the residual that closes the identity. Shifted cells are
   ``adjusted`` (or ``published`` when the shift is under 0.005 pp, the rounding of a
   two-decimal figure); residual cells are ``estimated``.
4. Deflators. P_s(2020) = N_s(2020) / R_s(2020) from the published 2020 current-price split.
   After 2020, x_s(t) = ln P_s(t) - ln P_s(t-1) is fitted by
       min Σ_t Σ_s (x_s(t) - ln(1 + cpi(t)))² + Σ_t Σ_s (x_s(t) - x_s(t-1))²
   (close to national CPI — no sector price is published for the province — and smooth; 2023's
   CPI, not shipped, is the mean of 2022 and 2024), subject to reproducing exactly
   every preferred published current-price total N(t), the four-sector shares of 2021, and,
   in a year with no published total but a published per capita (2021), the total implied by
   that per capita times the population of step 5.
   These cells are ``estimated``. The CPI anchor replaced a free common deflator c(t) because it
   predicts a left-out published total better (mean absolute error 7.5 % against 11.2 % over
   2022, 2023, 2025: `deflator_fit_comparison`).
5. Population (thousand persons, computed before the deflators). Published averages; between
   two published years the geometric interpolation; after the last published year (2022) up to
   the last actual year, the average growth of the last two published years carried forward
   (both ``estimated``). Every scenario shares these: only years after the last actual year
   follow the scenario's population growth, an assumption.

Glossary: giá so sánh 2010 = constant 2010 prices; chỉ số giảm phát = deflator;
đóng góp = contribution; dân số trung bình = average population.
"""

from __future__ import annotations

import functools
import weakref
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
import pandas as pd

from . import accounts, deflators, kernel
from .data import preferred_value, select_preferred
from .params import wrong_kind
from .sectors import SECTOR_IDS

# How each figure of the history was made: a key, its English words (the provenance's `method`,
# read in the notebooks) and the numbers in them (`method_args`), so that the report words the
# same method in Vietnamese from the key and the numbers (`model.report.workbook.method_text`),
# never by reading the English back.
METHODS = {
    "published_nominal": "published current-price value added",
    "fitted_deflator": "real level × fitted deflator (smooth, near national CPI, reproducing published "
                       "current-price totals and four-sector shares)",
    "per_capita_fitted": "published per capita × population, fitted exactly",
    "total_fitted": "published total, fitted exactly",
    "published_population": "published average population",
    "interpolated": "geometric interpolation between {a} and {b}",
    "extrapolated": "extrapolated from {b} at the {a}–{b} average growth of {rate:.2f} % a year",
    "weights_2019": "{year} official total × weight (contribution/growth, adjusted to sum to 1 and reproduce "
                    "{growth:.2f} %) × (1 + growth)",
    "previous_level": "previous level × (1 + growth)",
    "published_sector_growth": "published sector growth",
    "published_total_growth": "published total growth",
    "shifted": "published {pub:.2f} % shifted by {shift:+.3f} pp (common to all sectors) to add up to the "
               "published total {total:.2f} %",
    "shifted_revision": "published {pub:.2f} % shifted by {shift:+.3f} pp: the sector rates went with the earlier "
                        "total {earlier:.2f} %, revised to {total:.2f} %; the revision falls on "
                        "industry-construction (Vũng Áng 1 outage, steel slump)",
    "residual": "residual: the rate that makes the sectors add up to the published total",
    "branch_weight": "industry-construction × {year} branch weight from the H1-{release} release (manufacturing "
                     "{share:.1f} %, band {low:.1f}-{high:.1f} %), projects to their branch since {year}",
}


def described(templates: dict[str, str], key: str, **args) -> dict:
    """A provenance cell's method from one table of English templates: its words, key and
    numbers (the report words the key in the reader's language, `model.report.fmt.worded`)."""
    return {"method": templates[key].format(**args), "method_key": key, "method_args": args}


def method(key: str, **args) -> dict:
    """A provenance cell's method of the history (see `METHODS`)."""
    return described(METHODS, key, **args)

BASE_YEAR = 2020
# Half a unit of the last printed digit of a two-decimal growth rate, in percentage points.
ROUNDING_PP = 0.005

_NOMINAL_2020_INDICATORS = {
    "agriculture": "va_agriculture_current",
    "industry_construction": "va_industry_construction_current",
    "services": "va_services_current",
    "product_taxes": "product_taxes_less_subsidies_current",
}


def per_history(maxsize: int = 64, objects: int = 1):
    """Keep a function's result per history (or any object holding frames: a projection, a
    scenario) and further (hashable) arguments: such an object cannot be hashed, so it is keyed
    by its identity, checked through a weak reference (a new one at a reused address is never
    given an old answer). ``objects``: how many leading arguments are such objects (two for a
    count of the differences between two scenarios)."""
    def wrap(fn):
        memo: dict = {}

        @functools.wraps(fn)
        def cached(*args):
            held, rest = args[:objects], args[objects:]
            key = (*map(id, held), *rest)
            hit = memo.get(key)
            if hit is not None and all(ref() is x for ref, x in zip(hit[0], held)):
                return hit[1]
            out = fn(*args)
            if len(memo) >= maxsize:
                memo.clear()
            memo[key] = (tuple(weakref.ref(x) for x in held), out)
            return out
        return cached
    return wrap


def need_history(value, what: str = "history") -> "History":
    """``value`` if it is a `History`, else a TypeError naming ``what`` and how to get one (a
    scenario passed to `model.supply.record` got "'Scenario' object has no attribute
    'last_year'")."""
    if not isinstance(value, History):
        raise wrong_kind(what, "History", value)
    return value


def history_or_shipped(value) -> "History":
    """``value`` checked as `need_history` does, or the shipped history for None (the record's
    functions whose ``history`` is optional)."""
    return assemble_history() if value is None else need_history(value)


class HistoryError(ValueError):
    """The published record cannot be assembled into a consistent panel."""


@dataclass(frozen=True)
class History:
    """The consistent panel the model starts from.

    real        R_s(t), billion VND at constant 2010 prices (index year, columns sector ids)
    deflator    P_s(t), implicit deflator, 2010 = 1
    population  average population, thousand persons, for the years that data covers
    provenance  one row per cell: year, variable, sector, value, status, method (in English),
                method_key and method_args (`METHODS`: the same in other words), source_url
    checks      model values against published figures they were not fitted to exactly
    previous_real  R_s of the year before the first (2019), so that the first year's growth and
                contributions follow from the same identities as every other year's
    """

    real: pd.DataFrame
    deflator: pd.DataFrame
    population: pd.Series
    provenance: pd.DataFrame
    checks: pd.DataFrame
    previous_real: pd.Series

    def __repr__(self) -> str:
        # The generated repr printed every frame (the provenance alone is 88 rows); say what the
        # panel holds and where to look.
        years = self.real.index
        pop = self.population.index
        return (f"<History {int(years[0])}–{int(years[-1])} of {', '.join(self.real.columns)}: "
                f"real value added (bn VND at constant 2010 prices) and deflators (2010 = 1); "
                f"population {int(pop[0])}–{int(pop[-1])} (thousand); {len(self.provenance)} cells "
                f"with their source in .provenance, {len(self.checks)} checks against published "
                f"figures in .checks>")

    @property
    def vintage(self) -> str:
        """The data vintage this history is built from (`model.vintage`: the latest release
        the shipped figures use)."""
        from .data import vintage

        return vintage()

    @cached_property
    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(years, real, deflator, population years, population) as numpy arrays: the fast path
        for simulation and the solver, which would otherwise pay for pandas on every call."""
        return (self.real.index.to_numpy(), self.real.to_numpy(), self.deflator.to_numpy(),
                self.population.index.to_numpy(), self.population.to_numpy())

    @property
    def first_year(self) -> int:
        return int(self.real.index[0])

    @property
    def last_year(self) -> int:
        return int(self.real.index[-1])

    @property
    def span(self) -> tuple[int, int]:
        """(first, last) actual year: what a scenario's ``last_actual_year`` may be
        (`model.scenario.check`'s ``history_years``)."""
        return self.first_year, self.last_year

    def last_actual(self, scenario=None) -> int:
        """The last actual year a projection of ``scenario`` copies from this history: the
        scenario's own ``last_actual_year`` (a backtest's cut) when it sets one, else the
        history's last year."""
        own = getattr(scenario, "last_actual_year", None)
        return self.last_year if own is None else int(own)

    @property
    def nominal(self) -> pd.DataFrame:
        """N_s(t), billion VND at current prices."""
        return accounts.calc_nominal(self.real, self.deflator)

    def truncate(self, last_year: int) -> "History":
        """The same panel with actual data only up to ``last_year``."""
        if not self.first_year <= last_year <= self.last_year:
            raise HistoryError(
                f"last actual year {last_year} is outside the history "
                f"({self.first_year}–{self.last_year})")
        prov = self.provenance[self.provenance["year"] <= last_year]
        return History(self.real.loc[:last_year], self.deflator.loc[:last_year],
                       self.population.loc[:last_year], prov.reset_index(drop=True), self.checks,
                       self.previous_real)

    def status_table(self, variable: str) -> pd.DataFrame:
        """Cell statuses of one variable as a year × sector grid (published/adjusted/estimated)."""
        p = self.provenance[self.provenance["variable"] == variable]
        return p.pivot(index="year", columns="sector", values="status")


def _pub(sel: pd.DataFrame, indicator: str, year: int) -> pd.Series | None:
    return preferred_value(indicator, year, sel)


def _superseded_total(year: int, total: float, implied: float) -> float | None:
    """An earlier published total of ``year`` that the sector rates add up to (``implied``,
    within 0.1 pp) and that the preferred ``total`` revised (by more than 0.1 pp); else None."""
    from .data import load_published

    df = load_published()
    rows = df[(df["indicator"] == "grdp_real_growth") & (df["year"] == year)]
    for v in rows["value"]:
        if abs(v - implied) < 0.1 and abs(v - total) > 0.1:
            return float(v)
    return None


def _weights_2019(contrib_pp: np.ndarray, growth_pct: np.ndarray, total_pct: float) -> np.ndarray:
    """2019 constant-price weights: w0 = c/g, then the least relative change that makes them
    sum to 1 and reproduce the total growth (a 2×2 linear system for the multipliers)."""
    w0 = contrib_pp / growth_pct
    # w = w0 + w0 ∘ (a + b g); the constraints give A [a, b] = rhs.
    A = np.array([[w0.sum(), w0 @ growth_pct], [w0 @ growth_pct, w0 @ growth_pct**2]])
    rhs = np.array([1.0 - w0.sum(), total_pct - w0 @ growth_pct])
    a, b = np.linalg.solve(A, rhs)
    return w0 * (1.0 + a + b * growth_pct)


def deflator_fit_comparison() -> pd.DataFrame:
    """The stated test between two ways of fitting the deflators: leave one published
    current-price total out, refit, and predict it. One row per left-out year: published,
    predicted by the common-deflator fit and by the national-CPI anchor, errors in percent;
    and a last row with the mean absolute errors. The method with the smaller mean is the one
    `assemble_history` uses (``attrs['winner']``)."""
    h = assemble_history()
    real = h.real
    p2020 = h.deflator.loc[BASE_YEAR].to_numpy()
    all_totals, shares, implied_rows = _fit_targets(select_preferred(), [int(t) for t in real.index[1:]],
                                                    h.population)
    totals = {t: v for t, v in all_totals.items() if t not in implied_rows}  # the published ones
    implied = {t: v for t, v in all_totals.items() if t in implied_rows}    # always kept in the fit
    anchor = np.log1p(deflators.national_cpi(list(real.index[1:])).to_numpy())
    rows = []
    for y in sorted(totals):
        keep = {**implied, **{t: v for t, v in totals.items() if t != y}}
        pred = {}
        for name, a in (("common", None), ("cpi", anchor)):
            x = deflators.fit(real, p2020, keep, shares, anchor=a)
            lev = np.vstack([p2020, p2020 * np.exp(np.cumsum(x, axis=0))])
            pred[name] = float((real.to_numpy() * lev)[list(real.index).index(y)].sum())
        rows.append({"left_out": y, "published": totals[y], "common": pred["common"], "cpi": pred["cpi"],
                     "error_common_pct": 100 * (pred["common"] / totals[y] - 1),
                     "error_cpi_pct": 100 * (pred["cpi"] / totals[y] - 1)})
    out = pd.DataFrame(rows).set_index("left_out")
    mae = out[["error_common_pct", "error_cpi_pct"]].abs().mean()
    out.attrs["mean_abs_error_pct"] = mae.to_dict()
    out.attrs["winner"] = "cpi" if mae["error_cpi_pct"] < mae["error_common_pct"] else "common"
    return out


def _fit_targets(sel: pd.DataFrame, years, population: pd.Series):
    """What the deflator fit must meet after the base year: current-price totals (published, or
    where none is, the published per capita × population), four-sector shares, and the per
    capita rows that stood in for a total (``implied``)."""
    totals, shares, implied = {}, {}, {}
    for t in years:
        r = _pub(sel, "grdp_current", t)
        pc = _pub(sel, "grdp_per_capita", t)
        if r is not None:
            totals[t] = r["value"]
        elif pc is not None and t in population.index:
            # No published total: the published per capita times the population (published or
            # interpolated between published years) stands in for it.
            totals[t] = pc["value"] * population[t]
            implied[t] = pc
        sh = [preferred_value(f"share_{s}", t, sel, share_basis="taxes_separate") for s in SECTOR_IDS]
        if all(x is not None for x in sh):
            vals = np.array([x["value"] for x in sh])
            shares[t] = vals / vals.sum()
    return totals, shares, implied


def _to_the_total(real: np.ndarray, deflator: np.ndarray, total: float, steps: int = 16) -> np.ndarray:
    """One year's sector deflators P_s moved by the least amount that makes the sum of
    R_s · P_s, added in sector order as every part of the package adds it
    (`model.kernel.calc_total`, pandas' sum over four columns), the published current-price
    total exactly, as a float. The fit (`model.deflators.fit`) meets each total to about 1e-13
    of itself: the sum came out 99,686 on one machine and 99,685.99999999999 on another (its
    linear algebra differs in the last bits), and a file then showed the published 2023 total
    one unit in the last place off. The largest product is moved by the remainder, then by one
    unit in the last place at a time; the next sector is tried where the sum steps over the
    total. A change of about 1e-15 of a deflator; where no step lands on the total (none seen),
    the fitted deflators are returned as they were."""
    def added(d):
        return float(kernel.calc_total(kernel.calc_nominal(real, d)))

    for j in np.argsort(-(real * deflator)):   # the largest product first: the finest steps in the sum
        d = deflator.copy()
        d[j] += (total - added(d)) / real[j]
        for _ in range(steps):
            gap = total - added(d)
            if gap == 0:
                return d
            d[j] = np.nextafter(d[j], np.inf if gap > 0 else -np.inf)
    return deflator


@lru_cache(maxsize=1)
def assemble_history() -> History:
    """Build the panel from the shipped data (cached: the data never change at run time)."""
    sel = select_preferred()
    prov: list[dict] = []
    checks: list[dict] = []

    def cell(year, variable, sector, value, status, how: dict, row=None):
        prov.append({"year": year, "variable": variable, "sector": sector, "value": value,
                     "status": status, **how, "source_url": "" if row is None else row["source_url"]})

    # 1. Real total of 2019 and growth of 2020.
    r2019 = _pub(sel, "grdp_constant2010", 2019)
    g2020 = _pub(sel, "grdp_real_growth", BASE_YEAR)
    printed_2020 = _pub(sel, "grdp_constant2010", BASE_YEAR)
    total_2020 = r2019["value"] * (1 + g2020["value"] / 100)
    if printed_2020 is not None:
        checks.append({"check": "grdp_constant2010 printed", "year": BASE_YEAR,
                       "published": printed_2020["value"], "model": total_2020,
                       "note": "printed level contradicts the published 0.53 % growth; "
                               "the model uses 2019 × 1.0053"})

    # 2. 2019 weights from the 2020 contributions.
    g20 = np.array([_pub(sel, f"growth_{s}", BASE_YEAR)["value"] for s in SECTOR_IDS])
    c20 = np.array([_pub(sel, f"contrib_pp_{s}", BASE_YEAR)["value"] for s in SECTOR_IDS])
    w = _weights_2019(c20, g20, g2020["value"])
    r2019_s = w * r2019["value"]
    r2020_s = r2019_s * (1 + g20 / 100)
    for s, c_pub, c_model in zip(SECTOR_IDS, c20, w * g20):
        checks.append({"check": f"contrib_pp_{s}", "year": BASE_YEAR, "published": c_pub,
                       "model": c_model, "note": "2019 weights = contribution/growth, adjusted"})
    for s, v, gs in zip(SECTOR_IDS, r2020_s, g20):
        row = _pub(sel, f"growth_{s}", BASE_YEAR)
        cell(BASE_YEAR, "real_growth", s, gs / 100, "published", method("published_sector_growth"), row)
        cell(BASE_YEAR, "real", s, v, "estimated",
             method("weights_2019", year=BASE_YEAR - 1, growth=float(g2020["value"])), row)
    cell(BASE_YEAR, "real_growth", "total", g2020["value"] / 100, "published", method("published_total_growth"),
         g2020)

    # 3. Sector growth after 2020, reconciled to the published totals.
    years = [BASE_YEAR]
    levels = [r2020_s]
    y = BASE_YEAR + 1
    while (tot := _pub(sel, "grdp_real_growth", y)) is not None:
        prev = levels[-1]
        wts = prev / prev.sum()
        rows = [_pub(sel, f"growth_{s}", y) for s in SECTOR_IDS]
        g = np.array([np.nan if r is None else r["value"] for r in rows])
        missing = np.isnan(g)
        if missing.sum() > 1:
            names = ", ".join(s for s, m in zip(SECTOR_IDS, missing) if m)
            raise HistoryError(f"{y}: no published growth for {names}; at most one sector "
                               "may be missing in a year")
        if missing.any():
            k = int(np.flatnonzero(missing)[0])
            g[k] = (tot["value"] - np.nansum(wts * g)) / wts[k]
            revised, shift = None, np.zeros(len(g))
        else:
            delta = tot["value"] - wts @ g
            revised = _superseded_total(y, tot["value"], wts @ g)
            if revised is not None:
                k = SECTOR_IDS.index("industry_construction")
                shift = np.zeros(len(g))
                shift[k] = delta / wts[k]
            else:
                shift = np.full(len(g), delta)
            g = g + shift
        for s, gs, r, m, sh in zip(SECTOR_IDS, g, rows, missing, shift):
            if m:
                cell(y, "real_growth", s, gs / 100, "estimated", method("residual"), tot)
            elif abs(sh) < ROUNDING_PP:
                cell(y, "real_growth", s, gs / 100, "published", method("published_sector_growth"), r)
            elif revised is not None:
                cell(y, "real_growth", s, gs / 100, "adjusted",
                     method("shifted_revision", pub=float(r["value"]), shift=float(sh), earlier=float(revised),
                            total=float(tot["value"])), r)
            else:
                cell(y, "real_growth", s, gs / 100, "adjusted",
                     method("shifted", pub=float(r["value"]), shift=float(sh), total=float(tot["value"])), r)
        cell(y, "real_growth", "total", tot["value"] / 100, "published", method("published_total_growth"), tot)
        levels.append(prev * (1 + g / 100))
        years.append(y)
        y += 1
    real = pd.DataFrame(np.array(levels), index=pd.Index(years, name="year"),
                        columns=list(SECTOR_IDS))
    for t in years[1:]:
        for s in SECTOR_IDS:
            cell(t, "real", s, real.at[t, s], "estimated", method("previous_level"))

    # 4. Population.
    pop_rows = {int(r["year"]): r for _, r in sel[sel["indicator"] == "population_avg"].iterrows()
                if r["year"] >= BASE_YEAR}
    pop_years = sorted(pop_rows)
    pop = {}
    for a, b in zip(pop_years, pop_years[1:]):
        va, vb = pop_rows[a]["value"], pop_rows[b]["value"]
        for t in range(a + 1, b):
            pop[t] = va * (vb / va) ** ((t - a) / (b - a))
            cell(t, "population", "total", pop[t], "estimated", method("interpolated", a=a, b=b))
    for t in pop_years:
        pop[t] = pop_rows[t]["value"]
        cell(t, "population", "total", pop[t], "published", method("published_population"), pop_rows[t])
    # Actual years after the last published population: estimated here, once, so that every
    # scenario shows the same population and per capita for them (an actual year is data).
    a, b = pop_years[-2], pop_years[-1]
    rate = (pop[b] / pop[a]) ** (1 / (b - a)) - 1
    for t in range(b + 1, years[-1] + 1):
        pop[t] = pop[b] * (1 + rate) ** (t - b)
        cell(t, "population", "total", pop[t], "estimated", method("extrapolated", a=a, b=b, rate=100 * rate))
    population = pd.Series(pop, name="population_thousand").sort_index()
    population.index.name = "year"
    # 5. Deflators.
    n2020_rows = [_pub(sel, _NOMINAL_2020_INDICATORS[s], BASE_YEAR) for s in SECTOR_IDS]
    n2020 = np.array([r["value"] for r in n2020_rows])
    p2020 = n2020 / r2020_s
    for s, v, r in zip(SECTOR_IDS, n2020, n2020_rows):
        cell(BASE_YEAR, "nominal", s, v, "published", method("published_nominal"), r)
    totals, shares, implied = _fit_targets(sel, years[1:], population)
    # Anchored to national CPI: it predicts a left-out published total better than a free common
    # deflator does (`deflator_fit_comparison`, the stated test; tests/test_history.py keeps it so).
    try:
        x = deflators.fit(real, p2020, totals, shares, anchor=np.log1p(deflators.national_cpi(years[1:]).to_numpy()))
    except deflators.DeflatorFitError as e:
        raise HistoryError(str(e)) from e
    logp = np.vstack([np.log(p2020), np.log(p2020) + np.cumsum(x, axis=0)])
    deflator = pd.DataFrame(np.exp(logp), index=real.index, columns=list(SECTOR_IDS))
    for t, n in totals.items():
        if t not in implied:   # a published total, which every scenario reproduces to the last digit
            deflator.loc[t] = _to_the_total(real.loc[t].to_numpy(), deflator.loc[t].to_numpy(), n)
    nominal = accounts.calc_nominal(real, deflator)
    for t in years[1:]:
        for s in SECTOR_IDS:
            cell(t, "nominal", s, nominal.at[t, s], "estimated", method("fitted_deflator"))
    total_nominal = nominal.sum(axis=1)
    for t, n in totals.items():
        if t in implied:
            cell(t, "nominal", "total", total_nominal[t], "estimated", method("per_capita_fitted"), implied[t])
            continue
        r = _pub(sel, "grdp_current", t)
        cell(t, "nominal", "total", total_nominal[t], "published", method("total_fitted"), r)
        checks.append({"check": "grdp_current", "year": t, "published": n,
                       "model": total_nominal[t], "note": "fitted exactly"})
    checks.append({"check": "grdp_current", "year": BASE_YEAR,
                   "published": _pub(sel, "grdp_current", BASE_YEAR)["value"],
                   "model": total_nominal[BASE_YEAR],
                   "note": "model total = sum of published sector values (rounding in source)"})
    share_frame = accounts.calc_shares(nominal) * 100
    for t in years:
        for s in SECTOR_IDS:
            r = preferred_value(f"share_{s}", t, sel, share_basis="taxes_separate")
            if r is not None:
                checks.append({"check": f"share_{s}", "year": t, "published": r["value"],
                               "model": share_frame.at[t, s], "note": "percent of GRDP"})

    for t in years:
        r = _pub(sel, "grdp_per_capita", t)
        if r is not None and t in population.index:
            checks.append({"check": "grdp_per_capita", "year": t, "published": r["value"],
                           "model": total_nominal[t] / population[t],
                           "note": "million VND per person; " + (
                               "fitted (no published total)" if t in implied else "not fitted")})

    provenance = pd.DataFrame(prov).sort_values(["variable", "year", "sector"]).reset_index(drop=True)
    check_frame = pd.DataFrame(checks)
    check_frame["diff"] = check_frame["model"] - check_frame["published"]
    previous = pd.Series(r2019_s, index=list(SECTOR_IDS), name=BASE_YEAR - 1)
    return History(real, deflator, population, provenance, check_frame, previous)
