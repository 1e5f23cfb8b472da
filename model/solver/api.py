"""`solve`: the paths closest to the scenario's own that meet the targets, and its result.

Posed (`spec`), made numeric (`problem`), solved by SLSQP (Newton's method first for a square
system of equalities), relaxed to the least weighted misses when the targets cannot all hold,
diagnosed (`diagnose`), then written as a scenario that validates and measured on that
scenario's own projection: what `solve` reports is what `run` on the solved file gives.

Glossary: giải mục tiêu = solve for targets; lộ trình đã giải = solved paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from .. import params as P, registry
from ..growth import Projection, growth_rates, simulate_variant
from ..history import History, need_history
from ..params import MAX_TITLE, RATES
from ..process import one_thread
from ..scenario import (PRIORITY, RatePath, Scenario, ScenarioError, SolveSettings, check, checked,
                        need_scenario)
from ..sectors import SECTOR_IDS
from ..targets import MEASURES, TARGET_YEAR
from .diagnose import _conflicting_sets, _kkt_multipliers, _notes, _projection_notes, supply_notes
from .problem import DEFAULT_FREE, FEASIBLE_TOL, METHODS, _Problem, _phase1, _validate_request
from .spec import DEAD_ZONE, INVESTMENT, SolverError, TargetSpec, _judged, target_specs

FIRST_TRY = 50                # SLSQP steps before the least-misses search takes over
KKT_TOL = 1e-5                # relative KKT residual below which a point counts as optimal
NEAR = 1e-2                   # coarse misses below this (per miss scale: 0.01 pp, 0.1 mn VND) may still hold


@dataclass(frozen=True, eq=False)
class SolveResult:
    """What `solve` returns, in the manner of scipy's OptimizeResult.

    success    True when every chosen target holds (judged as shown: `model.targets.judge`)
               at paths shown to be the closest (status 0)
    status     0 all hold; 1 the targets cannot all hold (best compromise returned);
               2 they hold, but neither SLSQP nor the interior point method after it
               converged to the closest paths
    message    one plain sentence (English; ``text(lang)`` in either language)
    scenario   the input scenario with the free sectors' solved growth paths (and product
               taxes' path when they follow their base)
    projection the projection of that scenario (what ``run`` on the solved TOML gives)
    targets    per target: id, target (as printed), low, high, value, gap (the Scorecard's),
               met, binding, multiplier (dJ*/d target: what tightening it by one unit costs,
               pp²; NaN where it does not bind or is missed, whose price is unbounded)
    missed     ids of targets that do not hold
    conflicts  the smallest sets of targets that cannot hold together within the bounds (a set
               of one: out of reach even alone); searched up to three targets
    notes      what an economist should know before using the paths (`SolveNote`): sectors on
               a bound, shrinking, jumping from the last actual year; taxes following their base
    bounds     the growth bounds each free sector was given (fractions per year)
    """

    success: bool
    status: int
    method: str
    free: tuple[str, ...]
    scenario: Scenario
    projection: Projection
    objective: float
    nit: int
    _table: dict = field(repr=False)
    missed: tuple[str, ...] = ()
    conflicts: tuple[tuple[str, ...], ...] = ()
    # () -> the solve's own notes: made when asked, like the supply notes (a tenth of a solve)
    _notes: Callable[[], tuple] = field(default=tuple, repr=False)
    bounds: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    optimiser: str = ""
    n_targets: int = 0
    diagnosed: bool = False  # the conflict search ran

    def __repr__(self) -> str:
        # The generated repr printed the solved scenario and its projection whole: the verdict in
        # words, what was free, what missed, and where the paths are.
        missed = f", missed={self.missed}" if self.missed else ""  # the message names them, these are the ids
        return (f"<SolveResult success={self.success} status={self.status}: {self.message} "
                f"free={self.free}, method={self.method!r}{missed}, "
                f"objective={self.objective:.4g} pp², nit={self.nit}; .paths (fraction per year), "
                f".targets, .scenario, .projection>")

    @cached_property
    def targets(self) -> pd.DataFrame:
        return pd.DataFrame(self._table)

    @cached_property
    def notes(self) -> tuple:
        """The solve's own notes, then what the paths need beyond the record from capital,
        labour and productivity (`supply_notes`): made when asked, the supply accounting costs
        ten times the solve itself (benchmarks/risk.py)."""
        return self._notes() + supply_notes(self.projection, self.supply)

    @cached_property
    def investment(self) -> dict:
        """What the solved paths cost (issue 15: an answer that ignores it is not one): the total
        social investment they need against the record (`model.investment.need_against_record`,
        to 2030). Where the named projects' own capital makes the cap fail, only a project's
        timing, switching it off, or the cap does: no growth path moves it."""
        from ..investment import need_against_record

        return need_against_record(self.projection, until=TARGET_YEAR)

    @cached_property
    def supply(self):
        """What the solved paths need from capital, labour and productivity (`model.supply.needs`:
        TFP at the held investment share, investment at the latest TFP, employment at both),
        against the record; None when the projection has no projected year to 2030."""
        from ..supply import needs

        try:
            return needs(self.projection, until=TARGET_YEAR)
        except ValueError:
            return None

    @cached_property
    def paths(self) -> pd.DataFrame:
        """Solved real growth by year (rows) and sector (columns), fractions per year."""
        # The rates the solved scenario applies, exactly (not growth recomputed from levels);
        # for a held sector driven by investment, the growth its investment buys.
        p = self.projection
        years = np.arange(p.last_actual_year + 1, p.horizon + 1)
        values = growth_rates(p.history, self.scenario, years, p.last_actual_year)
        return pd.DataFrame(values, index=pd.Index(years, name="year"), columns=list(SECTOR_IDS))

    def paths_long(self) -> pd.DataFrame:
        """``paths.csv``: year, sector, growth (fraction per year), free (solved or held)."""
        long = self.paths.stack().rename("growth").reset_index()
        long.columns = ["year", "sector", "growth"]
        long["free"] = long["sector"].isin(self.free)
        return long

    def text(self, lang: str = "en", conflicts: bool = True) -> str:
        """The outcome in one sentence (`model.report.outcome.solve_text`)."""
        from ..report.outcome import solve_text

        return solve_text(self, lang, conflicts)

    @property
    def message(self) -> str:
        return self.text("en")

    def summary(self, lang: str = "en") -> str:
        """The outcome, each target, the conflicts and the notes, in plain text."""
        from ..report.outcome import solve_summary

        return solve_summary(self, lang)


def _with_paths(scenario: Scenario, prob: _Problem, theta: np.ndarray, method: str) -> Scenario:
    """``scenario`` with the free sectors' paths at θ (a free sector driven by investment is
    then driven by the solved growth)."""
    g = prob.paths(theta)
    out = scenario
    beyond = prob.n_target < len(prob.years)   # a horizon past 2030: its own rates after 2030
    # After 2030 a free sector driven by its investment keeps the growth that investment buys,
    # now written as a growth rate: within what a scenario may hold (a share near all of GRDP
    # buys more than 100 % a year), as the years to 2030 are by their bounds (`after_target_limit`)
    g[prob.n_target:, prob.free_idx] = prob.after_target()[0]
    for i in prob.free_idx:
        path = (RatePath.const(float(g[0, i])) if method == "constant" and not beyond
                else RatePath.of_years(prob.years, g[:, i]))
        out = out.with_rate(f"sectors.{SECTOR_IDS[i]}.growth", path)
    if prob.follow:  # the tax base's growth changes year by year, so taxes' path does too
        # within what a scenario may hold (an extreme base can ask for more); the targets are
        # measured on the projection of what is written, so a clipped year shows in them
        g_lo, g_hi = RATES["growth"].lo, RATES["growth"].hi
        taxes = np.clip(g[:, prob.tax], g_lo, g_hi)
        out = out.with_rate("sectors.product_taxes.growth", RatePath.of_years(prob.years, taxes))
    for d, k in zip(theta[prob.n_growth:], prob.price_idx):
        s = SECTOR_IDS[k]
        old = scenario.sectors[s].inflation
        shifted = prob.prior_pi[:, k] + d * prob.to_target[:, 0]   # shifted to 2030 only
        path = (RatePath.const(old.constant + float(d)) if old.constant is not None and not beyond
                else RatePath.of_years(prob.years, shifted))
        out = out.with_rate(f"sectors.{s}.inflation", path)
    return out


def _square_root(prob: _Problem):
    """As many exact targets as unknowns: the paths that meet them are a point, so the
    objective has nothing to choose between, and Newton's method (scipy's ``hybr`` with the
    exact Jacobian) finds it directly, at a tenth of SLSQP's cost. None when it does not
    converge, leaves a bound or misses: SLSQP then decides as for any other problem."""
    if len(prob.specs) != len(prob.theta0) or not all(sp.is_equality for sp in prob.specs):
        return None
    from scipy.optimize import root  # lazily: `import model` stays light

    target = np.array([sp.low for sp in prob.specs])

    def f(theta):
        v, jac = prob.values(theta)
        return v - target, jac

    with np.errstate(all="ignore"):   # a trial step past −100 % is rejected, not worth a warning
        res = root(f, prob.theta0, jac=True, method="hybr")
    lo, hi = np.array([b[0] for b in prob.bounds]), np.array([b[1] for b in prob.bounds])
    if not res.success or not np.isfinite(res.x).all() or (res.x < lo).any() or (res.x > hi).any() or (prob.misses(res.x) > FEASIBLE_TOL).any():
        return None
    res.nit = int(res.nfev)
    return res


def _run(prob: _Problem, diagnose: bool):
    """Solve one posed problem: (θ, slack, status, conflicts, nit, SLSQP result, λ, binding)."""
    specs = prob.specs
    # SLSQP from the scenario's own paths (a square system of equalities by Newton's method
    # first). Scaled as it is (`_Problem.slsqp`), a set of targets that can hold converges in a
    # few dozen steps at any horizon; one that needs more is treated as one that may not, and
    # the least-misses search below decides.
    res = _square_root(prob) or prob.slsqp(prob.theta0, maxiter=FIRST_TRY)
    theta, slack = res.x, None
    status, conflicts, nit = 0, (), int(res.nit)
    missed = prob.misses(theta)
    converged = res.success or _kkt_multipliers(prob, theta, None)[2] <= KKT_TOL
    if not converged or (missed > FEASIBLE_TOL).any():
        # Relaxed problem: least weighted misses first, then the closest paths that achieve them.
        # A coarse search tells a set far out of reach from one that may hold; only the latter
        # needs the exact one. "Far" is measured against each target's miss scale: the coarse
        # search stops at misses of a few thousandths of a unit on a set that holds exactly
        # (per capita 0.005 million VND off at 324), which an absolute 1e-4 read as out of reach.
        _, theta1 = _phase1(prob, range(len(specs)), quick=True)
        if not (prob.misses(theta1) / prob.scales() > NEAR).any():
            _, theta1 = _phase1(prob, range(len(specs)), start=theta1)
        if (prob.misses(theta1) > FEASIBLE_TOL).any():
            # Truly out of reach: misses too small to show are not worth a path change, so
            # trade off only what lies beyond half the shown precision.
            _, theta1 = _phase1(prob, range(len(specs)), dead_zone=DEAD_ZONE, start=theta1)
        # Every target loosened by its unavoidable miss, and equalities by a hair, so that
        # redundant or conflicting equalities no longer make SLSQP's linearisation incompatible.
        slack = prob.misses(theta1)
        slack = np.where(slack > FEASIBLE_TOL, slack, 0.0) + FEASIBLE_TOL / 10
        res = prob.slsqp(theta1, slack)
        theta = res.x if (prob.misses(res.x) <= slack + FEASIBLE_TOL).all() else theta1
        nit += int(res.nit)
        missed = prob.misses(theta)
        status = 1 if (missed > FEASIBLE_TOL).any() else 0
        if status == 1 and diagnose:
            # Every chosen target may take part in a conflict, not only those that bind or are
            # missed: growth that holds at 9.03 % still conflicts with the multiple it pushes
            # past 3 (issue 15: searching the binding and missed ones named no conflict there).
            cand = list(range(len(specs)))
            conflicts = tuple(tuple(specs[k].id for k in c) for c in _conflicting_sets(prob, cand, start=theta))
    lam, binding, kkt = _kkt_multipliers(prob, theta, slack)
    if status == 0 and not res.success and kkt > KKT_TOL:
        # The targets hold at θ, but SLSQP did not reach the closest paths (from a prior far
        # outside the record it can stop with every sector on its upper bound, growth 2 points
        # past the target): an interior point method from θ, kept only if it converged to paths
        # where the targets hold that are no farther from the prior. (Only the loosened problem
        # gets here, so ``slack`` is set: a first SLSQP run that stopped is not "converged".)
        alt = prob.interior(theta, slack)
        nit += int(alt.nit)
        if (alt.success and (prob.misses(alt.x) <= slack + FEASIBLE_TOL).all()
                and prob.objective(alt.x)[0] <= prob.objective(theta)[0] * (1 + 1e-9)):
            theta, res = alt.x, alt
            lam, binding, kkt = _kkt_multipliers(prob, theta, slack)
        else:
            status = 2  # targets hold, but neither optimiser nor the KKT check says this is optimal
    return theta, slack, status, conflicts, nit, res, lam, binding


def solve(history: History, scenario: Scenario, targets: Sequence[str] | Sequence[TargetSpec] | None = None,
          *, free: Sequence[str] | None = None, method: str = "constant",
          bounds: Mapping[str, tuple[float | None, float | None]] | None = None, smoothness: float = 1.0,
          approx: str = "band", diagnose: bool = True, taxes: str = "follow",
          priorities: Mapping[str, float] | None = None, prices: Sequence[str] = (),
          investment_cap: float | None = None) -> SolveResult:
    """Find the free sectors' real growth paths closest to the scenario that meet ``targets``.

    targets     target ids (default: the seven economic targets and the investment cap) or
                `TargetSpec` objects
    free        sectors the solver may move (default agriculture, industry-construction and
                services); others keep the scenario's rates
    method      'constant', 'ramp' or 'free' (see the module docstring)
    bounds      {sector: (min, max)} growth, fractions per year; a side None (or left out)
                takes the default: the sector's record (`model.record.growth_bounds`) widened
                to the scenario's own path
    smoothness  μ, weight of year-to-year changes against closeness to the prior
    approx      how "≈" targets are posed: 'band' (± tolerance) or 'equal'
    diagnose    when targets cannot all hold, look for the targets and pairs that conflict
    taxes       'follow': product taxes, when not free, grow with their tax base
                (`model.record.tax_elasticity`); 'held': they keep the scenario's path
    priorities  {target id: weight} of a miss when targets conflict (default 1 each)
    prices      sectors whose relative price may move too: a constant shift of the deflator's
                change, within ±PRICE_BAND a year, costing in J like a growth deviation (a
                share target at current prices is as much about prices as about volumes)
    investment_cap  the ``investment_share`` target's cap, % of GRDP a year (default
                `investment_cap`: the record's highest share plus ``INVESTMENT_MARGIN_PP``)

    BLAS runs on one thread (`model.process.one_thread`): the problems are tiny, threads only cost
    time, and the answer must not depend on the machine (identical to 1e-9 whatever
    OPENBLAS_NUM_THREADS) nor on other sessions solving at once (identical to the last bit).
    """
    # the scenario the paths stay close to, validated as `model.simulate` does
    checked(history, scenario)
    with one_thread():
        return _solve(history, scenario, targets, free=free, method=method, bounds=bounds,
                      smoothness=smoothness, approx=approx, diagnose=diagnose, taxes=taxes,
                      priorities=priorities, prices=registry.as_ids(prices) or (), investment_cap=investment_cap)


def solve_variant(history: History, scenario: Scenario, targets=None, *, free=None, method="constant",
                  bounds=None, smoothness=1.0, approx="band", diagnose=True, taxes="follow",
                  priorities=None, prices=(), investment_cap=None) -> SolveResult:
    """`solve` without checking the scenario given or the solved one as files
    (`model.growth.simulate_variant`'s twin): for a variant the package derives from a checked
    scenario and reads numbers from (`model.analysis.project_timing`'s project delayed or
    switched on: in a file holding the most projects a file may, one more). What `solve`
    returns is checked as a file `run` reads."""
    need_history(history), need_scenario(scenario)
    with one_thread():
        return _solve(history, scenario, targets, free=free, method=method, bounds=bounds,
                      smoothness=smoothness, approx=approx, diagnose=diagnose, taxes=taxes,
                      priorities=priorities, prices=registry.as_ids(prices) or (), investment_cap=investment_cap,
                      as_file=False)


def posed(scenario: Scenario, targets=None, approx: str = "band", investment_cap=None) -> list[TargetSpec]:
    """The targets `solve` poses for ``scenario``: ``targets`` as given (`TargetSpec`s, or ids
    posed by `target_specs`), by default the solver defaults of the set the scenario is judged
    by (`model.registry.judged_set`). `model.consistency.required_growth` asks the same."""
    need_scenario(scenario)   # a file's path was read as a scenario of the programme's set
    if targets is not None and len(targets) and isinstance(targets[0], TargetSpec):
        return list(targets)
    return target_specs(targets, approx=approx, investment_cap_pct=investment_cap,
                        set_id=scenario.targets_set)


def _solve(history, scenario, targets, *, free, method, bounds, smoothness, approx, diagnose, taxes,
           priorities, prices, investment_cap=None, as_file: bool = True) -> SolveResult:
    targets, free = registry.as_ids(targets), registry.as_ids(free)
    free = tuple(DEFAULT_FREE if free is None else free)
    bounds = dict(bounds or {})
    _validate_request(free, bounds, smoothness)
    if method not in METHODS:
        raise SolverError("bad_method", value=repr(method), allowed=", ".join(METHODS))
    if taxes not in ("follow", "held"):
        raise SolverError("bad_taxes", value=repr(taxes))
    for s in prices:
        if s not in SECTOR_IDS or prices.count(s) > 1:
            raise SolverError("bad_prices", value=repr(s), allowed=", ".join(SECTOR_IDS))
    if investment_cap is not None:
        # 0.4 for 40 %, or text, was found only after the solve, as "the solved scenario does not validate"
        lo, hi = P.INVESTMENT_CAP_RANGE
        if not P.is_number(investment_cap) or not lo <= investment_cap <= hi:
            words = dict(value=repr(investment_cap)[:40], lo=f"{lo:g}", hi=f"{hi:g}")
            if P.is_number(investment_cap) and 0 < investment_cap < 1:
                raise SolverError("investment_cap_fraction", hint=f"{100 * investment_cap:g}", **words)
            raise SolverError("bad_investment_cap", **words)
    specs = posed(scenario, targets, approx, investment_cap)
    chosen = [sp.id for sp in specs]
    twice = sorted({c for c in chosen if chosen.count(c) > 1})
    if twice:   # found only after the solve, as "the solved scenario does not validate"
        raise SolverError("target_twice", value=twice[0])
    for tid, w in (priorities or {}).items():
        if tid not in chosen:   # a weight on a target not posed moves nothing: said, not ignored
            raise SolverError("priority_not_solved", value=tid, chosen=", ".join(chosen))
        if not PRIORITY[0] <= w <= PRIORITY[1]:   # the file's range: a solved scenario keeps its weights
            raise SolverError("bad_priority", value=tid, weight=w, lo=PRIORITY[0], hi=PRIORITY[1])
    # A held sector driven by its investment grows with the whole economy (its investment is a
    # share of GRDP), so its path depends on the free sectors': solve, re-resolve it under the
    # solved paths, and solve again until it stops moving (the coupling is weak, ~1 %).
    free_idx = [SECTOR_IDS.index(s) for s in free]
    held_driven = [k for k, s in enumerate(SECTOR_IDS)
                   if scenario.sectors[s].investment is not None and k not in free_idx]
    held = None
    for _ in range(8 if held_driven else 1):
        prob = _Problem(history, scenario, specs, free, method, bounds, smoothness, held=held,
                        taxes=taxes, priorities=priorities, prices=prices)
        theta, *_ = out = _run(prob, diagnose=diagnose and not held_driven)
        if not held_driven:
            break
        trial = _with_paths(scenario, prob, theta, method)
        g_new = growth_rates(history, trial, prob.years, int(prob.years[0]) - 1)
        held = {k: g_new[:, k] for k in held_driven}
        if max(np.abs(held[k] - prob.prior_g[:, k]).max() for k in held_driven) < 1e-13:
            if diagnose:
                out = _run(prob, diagnose=True)
            break
    theta, slack, status, conflicts, nit, res, lam, binding = out
    missed = prob.misses(theta)
    J, _ = prob.objective(theta)
    solved = _with_paths(scenario, prob, theta, method)
    settings = SolveSettings(targets=tuple(sp.id for sp in specs), free=free, method=method,
                             approx=approx, smoothness=smoothness, bounds=bounds, taxes=taxes,
                             priorities=dict(priorities or {}), prices=tuple(prices), investment_cap=investment_cap)
    solved = replace(solved, name=f"{scenario.name[:57]}_solved",
                     title_vi=_suffixed(scenario.title_vi, " — lộ trình giải mục tiêu"),
                     title_en=_suffixed(scenario.title_en or scenario.name, " — solved paths"),
                     solve=settings)
    if as_file:
        try:  # what solve writes, `run` reads: checked as a file is (the same rules on the same
            # values; the TOML text itself round-trips floats exactly, so it need not be written
            # here; `check` remembers it, so a repeated solve looks it up)
            check(solved, history_years=history.span)
        except ScenarioError as e:
            raise SolverError("invalid_solution", detail=e) from None
    projection = simulate_variant(history, solved)   # checked above when it is to be a file
    # What solve reports is what re-running the solved scenario gives: each target measured on
    # the solved projection itself (the closed forms the optimiser uses agree with it to
    # ~1e-9, but not where a path is written year by year or a driven sector re-resolves).
    values, _ = prob.values(theta)
    arrays = registry.ProjectionArrays(projection)
    values = np.array([registry.get(sp.id).value(arrays)[0] if sp.id in MEASURES and sp.published else v
                       for sp, v in zip(specs, values)], float)
    for k, sp in enumerate(specs):
        if sp.id == INVESTMENT:   # measured on the solved projection too (prices it moved included)
            from ..investment import required_investment

            need = required_investment(projection)
            values[k] = float(need.loc[need.index <= TARGET_YEAR, "share_central_pct"].mean())
    met, gap = _judged(specs, values, approx)
    # One definition of "met" (model.targets.judge: the value as shown): a miss too small to
    # see was not bought with a path change (DEAD_ZONE), and is not reported as a miss either.
    if status == 1 and met.all():
        status = 0
    elif status != 1 and not met.all():
        status = 1
    missed_ids = tuple(sp.id for sp, m in zip(specs, met) if not m)
    table = {
        "id": [sp.id for sp in specs],
        "target": [sp.published for sp in specs],
        "low": [np.nan if sp.low is None else sp.low for sp in specs],
        "high": [np.nan if sp.high is None else sp.high for sp in specs],
        "value": values,
        "gap": gap,
        "met": met,
        "binding": binding & met,
        # A missed target has no finite price: tightening it further cannot be bought.
        "multiplier": np.where(met, lam, np.nan),
    }

    def notes() -> tuple:
        own = _notes(prob, theta, specs, missed, met)
        return own + _projection_notes(projection, said=own)

    return SolveResult(success=status == 0, status=status, method=method,
                       free=free, scenario=solved, projection=projection, objective=float(J),
                       nit=nit, _table=table, missed=missed_ids, conflicts=conflicts, _notes=notes,
                       bounds={s: prob.sector_bounds[s] for s in free}, optimiser=str(res.message),
                       n_targets=len(specs), diagnosed=diagnose and status == 1)


def _suffixed(title: str, suffix: str) -> str:
    """``title`` and ``suffix`` within the title limit (the title is cut, never the suffix)."""
    return title[: MAX_TITLE - len(suffix)] + suffix
