"""How likely is each target? Fans and probabilities from stochastic simulation on the kernel.

The method follows the UK Office for Budget Responsibility: judge a target by the probability
that it is met, from fans built on past errors and stochastic simulation, and say that the
chance of meeting all targets together is lower than each one's. Every draw is the scenario's
projection (`model.kernel.run`) with the departures below; the central path is draw-free.

Sources (each on or off, and scaled by a factor, 1 by default), estimated from the shipped
record by `estimate`:

growth
    Each sector's growth net of the named projects' increments,
    x_s(t) = (R_s(t) − ΔE_s(t)) / R_s(t−1) − 1 on the four-sector panel (`model.backtest`),
    2017 to the last actual year. Left out: 2016 (the marine incident and the end of Formosa's
    construction, −15 %, a one-off the projects do not explain), and the years whose sector rates
    the panel builds with one rate common to every sector (`common_rate_years`: 2018 and 2019,
    with no published sector growth), which show every sector moving alike and would make the
    sectors' spread look smaller than the record's. Deviations from each sector's mean give the
    standard deviations σ_s (2017 and 2020–2025: agriculture 2.3 pp, industry-construction 7.7,
    services 4.5, product taxes 6.5). Seven annual observations cannot
    pin down six correlations, so the correlation matrix is shrunk towards the identity with the
    analytic Ledoit–Wolf intensity of Schäfer and Strimmer (2005, target "D": variances kept,
    correlations pulled towards zero by λ = Σ Var(r_ij) / Σ r_ij², clipped to [0, 1]); a common
    factor was the alternative, but the record shows no common sign (agriculture moves against
    services). A draw's shock is

        ε_s(t) = μ_s + e_s(t),   μ ~ N(0, Σ / n)          (the mean rate is an estimate)
        e(t) = ρ e(t−1) + √(1 − ρ²) u(t),   u ~ N(0, Σ)    (persistence)

    with ρ the pooled first-order autocorrelation of the standardised deviations over pairs of
    consecutive years, clipped to [0, 0.9] (the record gives −0.05: no persistence). A sector driven by its own investment
    takes its uncertainty from the ICOR instead.
prices
    Each sector's deflator growth, deviations 2021 to the last actual year (the assembled
    history), the same shrinkage and persistence.
projects
    A project the scenario switches on that is not yet running in the last actual year goes
    ahead with its probability (the projects table), and then slips 0, 1 or 2 years with
    probabilities 0.5, 0.3, 0.2 (an assumption: Vũng Áng 2 and the LNG plants each slipped
    years). Every project's value added at capacity is drawn from a triangular distribution on
    its band (low, central, high: the load factor of a power plant, e.g. Vũng Áng 2 ran ten days
    in 2025 before a storm stopped it).
population
    Growth plus a normal shock of 0.2 pp a year, independent across years (an assumption: the
    record is an interpolated series with no variation to estimate from).
icor
    Where a sector is driven by investment, the ICOR is triangular on the band 6–7–8.

Draws are generated per source from ``SeedSequence([seed, chunk, source])``, draw by draw, in
chunks of ``CHUNK`` draws: the same seed gives the same numbers in the app, the CLI and the API,
whatever the thread count; the first N draws of a larger run are the N draws of a smaller one;
switching one source off leaves the others' draws unchanged. Probabilities count every draw;
fans use the first ``FAN_DRAWS`` (quantiles need the values kept), so a million draws to 2050
run in bounded memory.

Glossary: xác suất = probability; dải quạt = fan; nguồn bất định = source of uncertainty;
hệ số thu hẹp = shrinkage; mô phỏng ngẫu nhiên = stochastic simulation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from . import kernel, registry
from .growth import base_inputs
from .history import History
from .params import did_you_mean, is_number, is_whole
from .projects import defined_names
from .scenario import Scenario, checked
from .sectors import SECTOR_IDS
# the sources' estimation and draws (`model.shocks`), reachable here as they always were (`__all__`)
from .shocks import (POPULATION_SD, PRICE_FIRST_YEAR, RHO_RANGE, SHOCK_FIRST_YEAR, SHOCK_MIN_YEARS,
                     SLIP, SOURCES, Estimate, ShockModel, common_rate_years, draw_shocks, estimate, fit_shocks,
                     net_growth, shock_sample, shrink_correlation)

QUANTILES = (5, 25, 50, 75, 95)
CHUNK = 20_000
FAN_DRAWS = 100_000
MAX_DRAWS = 1_000_000
MAX_SEED = 2 ** 32 - 1        # the app's and the CLI's seed box
MAX_SCALE = 5.0               # a source's scale: 0 to 5, 1 as estimated (the app's box and link)
ALL_ID = "all_economic"       # the row of probabilities.csv for all modelled targets together


# ---- results -------------------------------------------------------------------------------------------

FAN_MEASURES = ("grdp_nominal_bn", "grdp_real_bn", "growth_real_pct", *(f"share_pct_{s}" for s in SECTOR_IDS),
                "share_pct_manufacturing", "per_capita_mvnd")


def fan_measures(paths: kernel.Paths, previous_total: float) -> dict[str, np.ndarray]:
    """The fan's measures for every draw and year (D, Y), in their units."""
    nom = paths.nominal
    n_tot = kernel.calc_total(nom)
    r_tot = kernel.calc_total(paths.real)
    out = {"grdp_nominal_bn": n_tot, "grdp_real_bn": r_tot,
           "growth_real_pct": 100 * kernel.calc_growth(r_tot, previous_total)}
    shares = kernel.calc_shares(nom)
    for k, s in enumerate(SECTOR_IDS):
        out[f"share_pct_{s}"] = 100 * shares[..., k]
    if paths.manufacturing is not None:
        ic = SECTOR_IDS.index("industry_construction")
        out["share_pct_manufacturing"] = 100 * paths.manufacturing * paths.deflator[..., ic] / n_tot
    out["per_capita_mvnd"] = kernel.calc_per_capita(n_tot, paths.population)
    return out


@dataclass(frozen=True)
class RiskResult:
    """What `run` found: probabilities (target id → fraction of draws meeting it, with
    ``all_economic`` for all together), the fan (year, measure, p5 … p95), the central values,
    the draws of the set's average growth target (% a year, up to FAN_DRAWS: 2021–2030 for the
    programme, 2026–2030 for the plan; ``growth_id`` names it, empty when the set has none), and
    the settings."""

    probabilities: pd.Series
    fan: pd.DataFrame
    central: pd.Series
    average_growth: np.ndarray
    draws: int
    seed: int
    sources: tuple[str, ...]
    scale: Mapping[str, float] = field(default_factory=dict)
    last_actual_year: int = 0
    paths: pd.DataFrame | None = None      # the scenario's own path of every fan measure (year × measure); None without fans
    growth_id: str = ""                    # the target whose draws ``average_growth`` holds
    # level targets (per capita, the multiple) and a growth written "≈" (`registry.can_be_above`):
    # the fraction of draws above their band, missed by being more than the figure, not less
    # (`model.targets`' reason "above")
    above: pd.Series = field(default_factory=lambda: pd.Series(dtype=float))

    def __repr__(self) -> str:
        # A notebook prints this: the generated repr gave every row of the fan (about 250 lines).
        # rounded as the app and the CLI show it (`model.report.fmt`): 1,805 draws of 10,000 are
        # 18.0 %, where Python's own formatting of 100 × 0.1805 gives 18.1
        probs = ", ".join(f"{k} {np.round(100 * v, 1):.1f} %" for k, v in self.probabilities.items())
        return (f"<RiskResult {self.draws:,} draws, seed {self.seed}, sources {', '.join(self.sources) or 'none'}: "
                f"probability met {probs or 'none (the horizon ends before 2030)'}; .fan "
                f"(year, measure, {', '.join(f'p{q}' for q in QUANTILES)}), .band(measure), .central>")

    def band(self, measure: str) -> pd.DataFrame:
        """The fan of one measure: years × p5 … p95, and the scenario's own path (``central``)."""
        f = self.fan[self.fan["measure"] == measure].set_index("year")[[f"p{q}" for q in QUANTILES]]
        if self.paths is not None and measure in self.paths:
            f = f.assign(central=self.paths[measure].reindex(f.index))
        return f


def _sources(sources) -> tuple[str, ...]:
    out = tuple(dict.fromkeys(s for s in registry.as_ids(sources) if s))   # "growth" alone: not 'g', 'r', …
    bad = [s for s in out if s not in SOURCES]
    if bad:
        raise ValueError(f"unknown source {bad[0]!r}; choose from {', '.join(SOURCES)}")
    return out


def _scales(scale: Mapping[str, float] | None) -> dict[str, float]:
    """``scale`` checked: each key a source, each value a number from 0 to MAX_SCALE. A misspelt
    source ({"grwth": 2}) was dropped without a word, and a negative scale turned the projects'
    bands over."""
    out = {}
    for k, v in dict(scale or {}).items():
        if k not in SOURCES:
            raise ValueError(f"scale: unknown source {str(k)[:40]!r}{did_you_mean(k, SOURCES)}; choose from {', '.join(SOURCES)}")
        if not is_number(v) or not 0 <= v <= MAX_SCALE:
            raise ValueError(f"scale[{k!r}] = {v!r:.40}: a source's scale is a number from 0 to "
                             f"{MAX_SCALE:g}, 1 as estimated")
        out[k] = float(v)
    return out


def check_draws(draws, seed) -> None:
    """``draws`` a whole number from 1 to MAX_DRAWS and ``seed`` one from 0 to MAX_SEED, else a
    ValueError naming the argument: `run` and `model.coverage` take both."""
    if not is_whole(draws) or not 1 <= draws <= MAX_DRAWS:
        # a whole number: 100.5 ran 100 draws and said nothing, True ran one
        raise ValueError(f"draws must be a whole number between 1 and {MAX_DRAWS:,}, not {draws!r:.40}")
    if not is_whole(seed) or not 0 <= seed <= MAX_SEED:
        # seed=1.5 ran seed 1 without a word, and −5 gave numpy's "expected non-negative integer"
        raise ValueError(f"seed must be a whole number from 0 to {MAX_SEED:,} (as in the app and the CLI), "
                         f"not {seed!r:.40}")


def run(history: History, scenario: Scenario, draws: int = 10_000, seed: int = 0,
        sources: Iterable[str] = SOURCES, scale: Mapping[str, float] | None = None, fans: bool = True,
        est: Estimate | None = None, progress=None) -> RiskResult:
    """Monte Carlo on ``scenario``: ``draws`` draws in chunks of CHUNK, every modelled target's
    probability, and (``fans``) the fans of `FAN_MEASURES`. ``progress(done, total)`` is called
    after each chunk. With no source on, every draw is the central projection."""
    check_draws(draws, seed)
    sources = _sources(sources)
    scale = _scales(scale)
    checked(history, scenario)   # as `model.simulate` does
    base = base_inputs(history, scenario, manufacturing=True)
    est = est or estimate()
    # the scenario's own target set (model.registry; the programme's by default)
    tg = [x for x in registry.targets(scenario.targets_set).values() if x.year <= scenario.horizon]
    # the set's growth target, whose draws are kept for the histogram (the first of its kind)
    growth_id = next((x.id for x in tg if x.kind == "average_growth"), "")
    met_count = np.zeros(len(tg))
    above_ok = [i for i, x in enumerate(tg) if registry.can_be_above(x)]
    above_count = np.zeros(len(tg))
    all_count = 0
    keep: dict[str, list] = {m: [] for m in FAN_MEASURES}
    avg: list = []
    kept = 0
    prev_total = float(base.previous_real.sum())
    done = 0
    for c in range(-(-int(draws) // CHUNK)):
        n = min(CHUNK, int(draws) - done)
        paths = kernel.run(base, draw_shocks(base, est, n, seed, c, sources, scale), draws=n)
        met = np.zeros((len(tg), n), bool)
        values, memo = {}, {}
        for i, x in enumerate(tg):
            values[x.id] = x.value(paths, memo)
            met[i], gap = x.judge(values[x.id])
            if i in above_ok:
                above_count[i] += int((~met[i] & (gap > 0)).sum())
        met_count += met.sum(axis=1)
        all_count += int(met.all(axis=0).sum())
        if fans and kept < FAN_DRAWS:
            take = min(n, FAN_DRAWS - kept)
            for m, v in fan_measures(paths, prev_total).items():
                # projected years only: the actual years are data, the same in every draw
                keep[m].append(np.broadcast_to(v, (n, v.shape[-1]))[:take, base.n_act:])
            if growth_id:   # measured above, for its probability
                avg.append(values[growth_id][:take])
            kept += take
        done += n
        if progress is not None:
            progress(done, int(draws))
    # the joint probability as a last row, in the one construction (a label added to a
    # Series afterwards cost pandas 2 ms, a tenth of a 10,000-draw run)
    ids = [x.id for x in tg] + ([ALL_ID] if tg else [])
    probs = pd.Series(np.append(met_count / draws, [all_count / draws] if tg else []), index=ids, name="probability")
    central_paths = kernel.run(base)
    memo = {}
    central = pd.Series({x.id: float(x.value(central_paths, memo)[0]) for x in tg}, dtype=float)
    blocks, own = [], None
    if fans:   # the scenario's own path of each fan measure, beside its fan (a run without fans has neither)
        own = pd.DataFrame({k: v[0] for k, v in fan_measures(central_paths, prev_total).items()},
                           index=pd.Index(base.years, name="year"))
        for m, parts in keep.items():
            if not parts:
                continue
            q = np.percentile(np.concatenate(parts), QUANTILES, axis=0)          # quantiles × future years
            actual = np.repeat(own[m].to_numpy()[:base.n_act, None], len(QUANTILES), axis=1)
            blocks.append(pd.DataFrame(np.vstack([actual, q.T]), columns=[f"p{q}" for q in QUANTILES])
                          .assign(year=base.years, measure=m))
    cols = ["year", "measure", *(f"p{q}" for q in QUANTILES)]
    fan = pd.concat(blocks, ignore_index=True)[cols] if blocks else pd.DataFrame(columns=cols)
    above = pd.Series(above_count[above_ok] / draws, index=[tg[i].id for i in above_ok], dtype=float)
    return RiskResult(probs, fan, central, np.concatenate(avg) if avg else np.zeros(0), int(draws), int(seed),
                      sources, dict(scale or {}), base.last, own, growth_id, above)


# ---- the tornado --------------------------------------------------------------------------------------

Z90 = 1.6448536269514722   # the 5th and 95th percentiles of a normal, in standard deviations


def _average_sd(m: ShockModel, F: int) -> np.ndarray:
    """Standard deviation of the horizon's average shock per sector: mean uncertainty σ²/n plus
    the average of F AR(1) shocks."""
    rho = m.rho
    k = np.arange(1, F)
    var_avg_e = (1 + 2 * ((F - k) * rho ** k).sum() / F) / F if F else 0.0
    return m.sd * np.sqrt(1 / m.n + var_avg_e)


def tornado(history: History, scenario: Scenario, est: Estimate | None = None,
            outcomes: Iterable[str] | None = None) -> pd.DataFrame:
    """Each assumption moved to the 5th and the 95th percentile of its source, the others at
    the central path; one kernel call. Rows: assumption, kind, low and high setting (pp of
    growth for rates, a multiple of the project's value added, an ICOR), and for each outcome
    its value at the low and high setting, the central value and the range; sorted by the range
    of the first outcome (average growth by default), largest first. ``attrs['names']``: the
    (vi, en) names of the projects the scenario defines itself, by id."""
    checked(history, scenario)   # as `model.simulate` does
    outcomes = list(registry.as_ids(outcomes) or registry.ids(scenario.targets_set))   # the set's modelled targets by default
    modelled = registry.all_ids()
    for oid in outcomes:
        if oid not in modelled:
            raise ValueError(f"outcome {str(oid)[:64]!r}: not a modelled target; choose from {', '.join(modelled)}")
    est = est or estimate()
    base = base_inputs(history, scenario, manufacturing=True)
    F, S = base.growth.shape
    pa = base.projects
    rows: list[tuple[str, str, float, float]] = []      # (assumption, kind, low setting, high setting)
    shocks: list[dict] = []
    for kind, m in (("growth", est.growth), ("prices", est.prices)):
        sd = _average_sd(m, F)
        for k, s in enumerate(SECTOR_IDS):
            if kind == "growth" and scenario.sectors[s].growth is None:
                continue    # driven by investment: the ICOR row speaks for it
            for sign in (-1, 1):
                g = np.zeros((1, F, S))
                g[0, :, k] = sign * Z90 * sd[k]
                shocks.append({"growth" if kind == "growth" else "inflation": g})
            rows.append((f"{kind}.{s}", kind, -100 * Z90 * sd[k], 100 * Z90 * sd[k]))
    if len(base.pop_growth):
        sd = est.population_sd * np.sqrt(1 / len(base.pop_growth))
        for sign in (-1, 1):
            shocks.append({"population": np.full((1, len(base.pop_growth)), sign * Z90 * sd)})
        rows.append(("population", "population", -100 * Z90 * sd, 100 * Z90 * sd))
    for i, pid in enumerate(pa.ids):
        if not pa.on[i]:
            continue
        pending = bool(pa.pending(base.last)[i])      # as in the draws: not in the record
        lo_scale = pa.scale.copy()
        hi_scale = pa.scale.copy()
        if pa.va_low is not None:
            lo_scale[i] *= pa.va_low[i] / pa.va[i]
            hi_scale[i] *= pa.va_high[i] / pa.va[i]
        lo_on = pa.on.copy()
        if pending:
            lo_on[i] = False     # the low end of a project not yet running: it does not go ahead
        shocks.append({"on": lo_on[None], "scale": lo_scale[None]})
        shocks.append({"scale": hi_scale[None]})
        rows.append((f"project.{pid}", "projects", 0.0 if pending else float(lo_scale[i] / max(pa.scale[i], 1e-300)),
                     float(hi_scale[i] / max(pa.scale[i], 1e-300))))
    if base.driven is not None:
        shocks.append({"icor": np.array([est.icor[2]])})
        shocks.append({"icor": np.array([est.icor[0]])})
        rows.append(("icor", "icor", est.icor[2], est.icor[0]))
    D = len(shocks)
    if not D:
        return pd.DataFrame(columns=["assumption", "kind", "low_setting", "high_setting"])
    stacked = _stack(base, shocks)
    paths = kernel.run(base, stacked, draws=D)
    central = kernel.run(base)
    out = pd.DataFrame(rows, columns=["assumption", "kind", "low_setting", "high_setting"])
    for oid in outcomes:
        v = registry.get(oid).value(paths)
        out[f"{oid}_low"] = v[0::2]
        out[f"{oid}_high"] = v[1::2]
        out[f"{oid}_central"] = float(registry.get(oid).value(central)[0])
        out[f"{oid}_range"] = np.abs(v[1::2] - v[0::2])
    first = f"{outcomes[0]}_range"
    out = out.sort_values(first, ascending=False, kind="stable").reset_index(drop=True)
    # the names of the projects the file defines itself, for the words (`report.risk.assumption_label`):
    # a row "project.<id>" was labelled by its id where the planner had named it
    out.attrs["names"] = defined_names(scenario)
    return out


def _stack(base: kernel.Base, shocks: list[dict]) -> kernel.Shocks:
    """Rows of single-draw shocks as one Shocks with a draws axis (missing parts at the central
    values)."""
    F, S = base.growth.shape
    pa = base.projects
    D = len(shocks)
    g = np.zeros((D, F, S))
    pi = np.zeros((D, F, S))
    pop = np.zeros((D, len(base.pop_growth)))
    on = np.broadcast_to(pa.on, (D, pa.n)).copy()
    scale = np.broadcast_to(pa.scale, (D, pa.n)).copy()
    icor = np.full(D, float(base.icor))
    for d, s in enumerate(shocks):
        if "growth" in s:
            g[d] = s["growth"][0]
        if "inflation" in s:
            pi[d] = s["inflation"][0]
        if "population" in s:
            pop[d] = s["population"][0]
        if "on" in s:
            on[d] = s["on"][0]
        if "scale" in s:
            scale[d] = s["scale"][0]
        if "icor" in s:
            icor[d] = float(s["icor"][0])
    return kernel.Shocks(growth=g, inflation=pi, population=pop, on=on, scale=scale, icor=icor)


__all__ = ["ALL_ID", "CHUNK", "Estimate", "FAN_MEASURES", "POPULATION_SD", "PRICE_FIRST_YEAR", "QUANTILES", "RHO_RANGE",
           "RiskResult", "SHOCK_FIRST_YEAR", "SHOCK_MIN_YEARS", "SLIP", "SOURCES", "ShockModel",
           "common_rate_years", "draw_shocks", "estimate", "fit_shocks", "net_growth", "run", "shock_sample",
           "shrink_correlation", "tornado"]
