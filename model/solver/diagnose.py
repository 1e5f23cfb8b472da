"""What a solve says besides its paths: the price of each target, the targets that cannot hold
together, notes on the solved paths, and the growth-against-cap frontier.

Multipliers come from the Karush–Kuhn–Tucker conditions at the solution, ∇J = Σ_k λ_k ∇c_k
over the active rows: λ_k is dJ*/d(target), what tightening the target by one of its units
costs in the objective (pp²). A conflict is a smallest set of targets whose least weighted
misses stay above zero within the bounds (searched up to three targets). The frontier maximises
average real growth under each cap on the 2030 multiple (or on investment).

Glossary: nhân tử = multiplier; mâu thuẫn = conflict; đường biên = frontier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .. import registry
from ..growth import Projection
from ..history import History, need_history
from ..params import JUMP_PP
from ..process import one_thread
from ..scenario import Scenario, checked, need_scenario
from ..sectors import SECTOR_IDS
from ..targets import BASE_YEAR, TARGET_YEAR
from .problem import DEFAULT_FREE, FEASIBLE_TOL, PRICE_BAND, _Problem, _phase1, _validate_request
from .spec import DEAD_ZONE, SolverError, TargetSpec

STALL = 1e-4                  # growth at or below this (fraction a year) every projected year: the sector stalls


def _kkt_multipliers(prob: _Problem, theta: np.ndarray,
                     slack: np.ndarray | None) -> tuple[np.ndarray, np.ndarray, float]:
    """Per target: what tightening it by one unit costs (dJ*/d bound, ≥ 0 for a bound; for an
    equality, dJ*/d target, signed), and whether it binds (active with a non-zero multiplier).

    Solves ∇J = Σ μ_i ∇c_i over the active rows (c_i ≥ 0 or = 0, and active variable bounds)
    by least squares with μ_i ≥ 0 on inequality rows. With the Lagrangian J − Σ μ_i c_i and
    c = sgn·(value − bound), dJ*/d bound = sgn·μ: raising a lower bound or lowering an upper
    bound costs μ. The third value is the relative KKT residual ‖∇J − Σ μ_i ∇c_i‖ / (1 + ‖∇J‖):
    near zero at an optimum, which certifies a solution whatever the optimiser's exit message.
    """
    _, grad = prob.objective(theta)
    v, jac = prob.values(theta)
    cols, owners, lower = [], [], []
    for k, sgn, bnd, kind in prob.rows(slack):
        if kind == "eq" or abs(v[k] - bnd) <= 1e-6 * max(1.0, abs(bnd)):
            cols.append(sgn * jac[k])
            owners.append(k)
            lower.append(-np.inf if kind == "eq" else 0.0)
    for j, (lo, hi) in enumerate(prob.bounds):
        at_lo, at_hi = theta[j] <= lo + 1e-7, theta[j] >= hi - 1e-7
        if at_lo or at_hi:
            e = np.zeros_like(theta)
            e[j] = 1.0 if at_lo else -1.0
            cols.append(e)
            owners.append(None)
            lower.append(0.0)
    lam = np.zeros(len(prob.specs))
    binding = np.zeros(len(prob.specs), dtype=bool)
    residual = grad
    if cols:
        A = np.array(cols).T
        if np.isneginf(lower).all():   # equalities only: plain least squares, no sign to keep
            mu = np.linalg.lstsq(A, grad, rcond=None)[0]
        else:
            from scipy.optimize import lsq_linear  # lazily: `import model` stays light
            mu = lsq_linear(A, grad, bounds=(np.array(lower), np.full(len(lower), np.inf)),
                            method="bvls").x
        residual = grad - A @ mu
        for k, m in zip(owners, mu):
            if k is not None:
                lam[k] += m
                binding[k] |= abs(m) > 1e-6
    return lam, binding, float(np.linalg.norm(residual) / (1.0 + np.linalg.norm(grad)))


def _conflicting_sets(prob: _Problem, candidates: Sequence[int], max_size: int = 3,
                      start: np.ndarray | None = None) -> list[tuple[int, ...]]:
    """The smallest sets of targets (up to ``max_size``) that cannot hold together within the
    bounds, none containing a smaller such set. Each search starts from the answer of a
    feasible subset one smaller (or ``start``, the compromise), so that a set that already
    holds there costs one evaluation."""
    found: list[tuple[int, ...]] = []
    scale = prob.scales()

    def point(theta):  # a start and its scaled misses, computed once
        return theta, (prob.misses(theta) / scale) ** 2

    first = point(prob.theta0 if start is None else start)
    solved: dict[tuple[int, ...], tuple] = {(): first}
    for size in range(1, max_size + 1):
        for combo in combinations(candidates, size):
            if any(set(f) <= set(combo) for f in found):
                continue
            subs = [solved[c] for c in combinations(combo, size - 1) if c in solved]
            subs.append(first)
            idx = list(combo)
            best = min(subs, key=lambda pt: float(pt[1][idx].sum()))[0]
            # A set conflicts when it cannot hold as shown: misses within half the shown
            # precision (DEAD_ZONE) are the solver's own definition of met, and a set that
            # `solve` meets is never named a conflict (a nearly degenerate set, per capita with
            # the investment cap, was: issue 16's data).
            f, theta = _phase1(prob, combo, dead_zone=DEAD_ZONE, start=best)
            if f > 1e-12:
                found.append(combo)
            else:
                solved[combo] = point(theta)
    return found


def _at(years) -> str:
    """The years a note speaks of, each one ("2026,2027,2030"): the first and the last alone
    read as every year between them."""
    return ",".join(str(int(y)) for y in years)


@dataclass(frozen=True)
class SolveNote:
    """Something about a solved path said in words (`model.report.outcome.solve_note_text`):
    ``code`` one of bound_low, bound_high, shrinks, jump (organic), jump_total (a sector with its
    projects), jump_grdp, stalls, taxes_follow, tiny_miss, driven, price, price_bound,
    after_target, after_target_limit;
    ``subject`` a sector or target id; ``numbers`` its figures (fractions per year, pp, years;
    ``at``: the years it holds in, comma-separated, where ``y0``–``y1`` may have gaps)."""

    code: str
    subject: str
    numbers: Mapping[str, float | int | str] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        from ..report.outcome import solve_note_text

        return solve_note_text(self, lang)


def _notes(prob: _Problem, theta: np.ndarray, specs, missed: np.ndarray, met: np.ndarray) -> tuple[SolveNote, ...]:
    # what the solver moved: the years to 2030 (after them the scenario's own rates, said apart)
    g = prob.paths(theta)[:prob.n_target]
    years = prob.years[:prob.n_target]
    out: list[SolveNote] = []
    for j, i in enumerate(prob.free_idx):
        s = SECTOR_IDS[i]
        lo, hi = prob.sector_bounds[s]
        src = prob.bound_source[s]
        path = g[:, i]
        for code, edge, at in (("bound_low", lo, path <= lo + 1e-7), ("bound_high", hi, path >= hi - 1e-7)):
            if at.any():
                out.append(SolveNote(code, s, {"bound": edge, "y0": int(years[at][0]), "y1": int(years[at][-1]),
                                               "at": _at(years[at]), "source": src[0 if code == "bound_low" else 1]}))
    for i, s in enumerate(SECTOR_IDS):
        if i not in prob.free_idx and not (i == prob.tax and prob.follow):
            continue
        path = g[:, i]
        if (path < 0).any():
            neg = years[path < 0]
            out.append(SolveNote("shrinks", s, {"y0": int(neg[0]), "y1": int(neg[-1]), "at": _at(neg),
                                                "min": float(path.min())}))
        jump = 100 * (path[0] - prob.last_growth[i])
        if abs(jump) > JUMP_PP:
            out.append(SolveNote("jump", s, {"last": float(prob.last_growth[i]), "first": float(path[0]),
                                             "year": int(years[0]), "pp": float(jump)}))
    for d, k in zip(theta[prob.n_growth:], prob.price_idx):
        if abs(d) > 1e-6:
            code = "price_bound" if abs(abs(d) - PRICE_BAND) < 1e-7 else "price"
            out.append(SolveNote(code, SECTOR_IDS[k], {"delta": float(d), "band": PRICE_BAND}))
    if prob.follow:
        n = int((years <= TARGET_YEAR).sum())
        avg = float(np.prod(1 + g[:n, prob.tax]) ** (1 / n) - 1) if n else float("nan")
        out.append(SolveNote("taxes_follow", "product_taxes", {"eps": prob.eps, "avg": avg}))
    for sp, m, ok in zip(specs, missed, met):
        if ok and m > FEASIBLE_TOL:
            out.append(SolveNote("tiny_miss", sp.id, {"miss": float(m)}))
    if prob.n_target < len(prob.years):
        out.append(SolveNote("after_target", "", {"year": TARGET_YEAR, "horizon": int(prob.years[-1])}))
        # a free sector driven by its investment: the growth it buys after 2030, held within
        # what a scenario may hold (`_Problem.after_target`), said with the years and the figure
        kept, moved = prob.after_target()
        after = prob.years[prob.n_target:]
        for j, i in enumerate(prob.free_idx):
            at = moved[:, j]
            if at.any():
                raw = prob.prior_g[prob.n_target:, i][at]
                far = int(np.argmax(np.abs(raw - kept[at, j])))
                out.append(SolveNote("after_target_limit", SECTOR_IDS[i], {
                    "y0": int(after[at][0]), "y1": int(after[at][-1]), "at": _at(after[at]), "year": TARGET_YEAR,
                    "value": float(raw[far]), "limit": float(kept[at, j][far])}))
    return tuple(out)


def _projection_notes(p: Projection, said: Sequence[SolveNote] = ()) -> tuple[SolveNote, ...]:
    """What the solved projection itself does, whatever the organic rates: a sector's total
    growth (projects included) or GRDP growth that jumps by more than JUMP_PP from one year to
    the next (each such year), and a sector that does not grow at all through the
    projected years to 2030 (issue 15: 34.5 % for industry-construction in 2026 after 12.7 %, and
    agriculture held at 0 % for five years, went unsaid). A total jump the organic "jump" note in
    ``said`` already gives (a sector without projects that year) is not said twice."""
    organic = {(n.subject, n.numbers["year"]): n.numbers["pp"] for n in said if n.code == "jump"}
    last = p.last_actual_year
    yrs = p.years.to_numpy()
    # past 2030, the year after it too: where the solved paths give way to the scenario's own
    # (15.3 % to 2030, then 9.3 %, went unsaid); a stall is judged on the years to 2030
    beyond = int(yrs[-1]) > TARGET_YEAR
    pick = (yrs >= last) & (yrs <= TARGET_YEAR + beyond)
    years = [int(y) for y in yrs[pick]]
    # growth on arrays (the frames' properties cost a millisecond a solve): x(t)/x(t−1) − 1
    real = p.real.to_numpy()
    i0 = int(np.flatnonzero(pick)[0])
    prev = real[i0 - 1] if i0 > 0 else p.history.previous_real.to_numpy()
    window = np.vstack([prev, real[pick]])
    sector_g = window[1:] / window[:-1] - 1
    total = window.sum(axis=1)
    out: list[SolveNote] = []
    series = [(s, sector_g[:, k]) for k, s in enumerate(SECTOR_IDS)] + [("grdp", total[1:] / total[:-1] - 1)]
    for name, g in series:
        d = np.diff(g)
        for j in np.flatnonzero(np.abs(d) > JUMP_PP / 100):
            if abs(organic.get((name, int(years[j + 1])), np.inf) - 100 * d[j]) < 0.5:
                continue
            out.append(SolveNote("jump_grdp" if name == "grdp" else "jump_total", "" if name == "grdp" else name,
                                 {"from": float(g[j]), "to": float(g[j + 1]), "year": int(years[j + 1]),
                                  "pp": float(100 * d[j])}))
        ahead = g[1:len(g) - beyond]
        if name != "grdp" and len(ahead) and (ahead <= STALL).all():
            out.append(SolveNote("stalls", name, {"max": float(ahead.max()), "y0": int(years[1]),
                                                  "y1": int(years[len(ahead)]), "n": len(ahead)}))
    return tuple(out)


def supply_notes(p: Projection, n=None) -> tuple[SolveNote, ...]:
    """Each supply measure the paths need beyond the record, the other two held at theirs
    (`model.supply.needs`: TFP above the record's best five years, investment above every
    published year's share, employment growth above its fastest year), as a note (issue 15); ``n`` the
    needs when already made (`SolveResult.supply`)."""
    from ..supply import needs

    if n is None:
        try:
            n = needs(p, until=TARGET_YEAR)
        except ValueError:
            return ()
    r = n.record
    base = {"y0": n.period[0], "y1": n.period[1], "growth": n.avg["growth_pct"]}
    numbers = {
        "tfp": {"need": n.avg["tfp_needed_pct"], "share": r.share_last, "best": r.tfp_window_max,
                "window": r.tfp_window, "recent": r.tfp_recent},
        "investment": {"need": n.avg["investment_needed_pct"], "recent": r.tfp_recent, "max": r.share_max,
                       "year": r.share_max_year},
        "employment": {"need": n.avg["employment_needed_pct"], "avg": r.employment_avg, "max": r.employment_max,
                       "years": r.employment_years, "projected": n.avg["employment_growth_pct"]},
    }
    return tuple(SolveNote(f"supply_{k}", "", {**base, **numbers[k]}) for k in n.beyond)


MULTIPLE_CAPS = (2.5, 2.6, 2.7, 2.8, 2.9, 3.0)
INVESTMENT_CAPS = (40.0, 45.0, 50.0, 55.0, 60.0, 70.0)   # % of GRDP a year: the record is 32–51 %
GROWTH_AGAINST = {"grdp_multiple": MULTIPLE_CAPS, "investment_share": INVESTMENT_CAPS}


def frontier(history: History, scenario: Scenario, caps: Sequence[float] | None = None, *,
             free: Sequence[str] | None = None, method: str = "constant",
             bounds: Mapping[str, tuple[float | None, float | None]] | None = None,
             taxes: str = "follow", against: str = "grdp_multiple") -> pd.DataFrame:
    """The trade-off between real growth and the nominal multiple: for each cap m on the 2030
    multiple (N(2030)/N(2020) ≤ m), the highest average real growth 2021–2030 the free sectors
    can reach within their bounds, under the scenario's prices:

        max  100 ((R(2030)/R(2020))^(1/10) − 1)   s.t.  multiple ≤ m,  bounds on each g_s

    One row a cap: cap, growth_pct (the maximum), multiple (at it), cap_binds, feasible, and each
    sector's first-year rate (fraction per year). A cap the bounds cannot reach has no growth
    (NaN) and, as its multiple, the lowest the bounds allow. Growth buys nominal GRDP at each sector's 2030
    price, so the cheapest growth comes from the sectors with the lowest deflators: where the
    cap binds, the answer fills them first (the test checks this by hand).

    ``against="investment_share"`` gives the other trade-off (issue 15): for each cap on total
    social investment (% of GRDP a year to 2030, `INVESTMENT_CAPS`), the highest growth it
    buys; its column ``investment_pct`` stands where the multiple's does.

    With the last actual year L between 2020 and 2030 the actual years are fixed, so the same
    frontier reads in a 2026–2030 set's terms: ``growth_remaining_pct`` (growth over L+1…2030)
    and, against the multiple, ``cap_since_last`` = cap · N(2020)/N(L) (GRDP 2030 over L's).
    By default the caps are `MULTIPLE_CAPS`, and a multiple target of the scenario's set on
    another base (the 20th Congress's ≥ 2× 2025) carried to 2020's and rounded up to a tenth
    (3.1), where it is not one of them (`multiple_caps`)."""
    checked(history, scenario)   # a file's path got "'str' object has no attribute 'targets_set'"
    if against not in GROWTH_AGAINST:
        raise SolverError("bad_against", value=repr(against), allowed=", ".join(GROWTH_AGAINST))
    if caps is None:
        caps = multiple_caps(history, scenario) if against == "grdp_multiple" else GROWTH_AGAINST[against]
    column = "multiple" if against == "grdp_multiple" else "investment_pct"
    free = tuple(DEFAULT_FREE if free is None else free)
    bounds = dict(bounds or {})
    _validate_request(free, bounds, 1.0)
    rows = []
    with one_thread():
        for cap in caps:
            specs = [TargetSpec(against, None, float(cap)), TargetSpec("grdp_growth_avg", None, None)]
            prob = _Problem(history, scenario, specs, free, method, bounds, 1.0, taxes=taxes)

            def f(x):   # the growth, maximised: in `_Problem.minimise`'s scaling
                v, jac = prob.values(x / 100)
                return -v[1], -jac[1] / 100

            res = prob.minimise(prob.theta0, None, "SLSQP", {"ftol": 1e-12, "maxiter": 300}, f=f)
            if prob.misses(res.x)[0] <= FEASIBLE_TOL:
                v, g = prob.value_only(res.x), prob.paths(res.x)
                row = {"cap": float(cap), "growth_pct": float(v[1]), column: float(v[0]),
                       "cap_binds": bool(v[0] >= cap - 1e-6), "feasible": True}
                row.update({s: float(g[0, SECTOR_IDS.index(s)]) for s in SECTOR_IDS})
            else:
                # Out of reach within the bounds: no growth to report, but the lowest multiple
                # the bounds allow, which says how far the cap is.
                _, low = _phase1(prob, [0])
                row = {"cap": float(cap), "growth_pct": float("nan"), column: float(prob.value_only(low)[0]),
                       "cap_binds": False, "feasible": False}
                row.update({s: float("nan") for s in SECTOR_IDS})
            rows.append(row)
    out = pd.DataFrame(rows).set_index("cap")
    # The same growth over the remaining years (after the last actual year L), for a planner who
    # works to a 2026–2030 target: the actual years are fixed, so the frontier is the same one.
    last = history.last_actual(scenario)
    if BASE_YEAR < last < TARGET_YEAR:
        from ..target_sets import growth_in

        out["growth_remaining_pct"] = [growth_in(history, (g, g), BASE_YEAR, last, TARGET_YEAR)[0]
                                       for g in out["growth_pct"]]
        if against == "grdp_multiple":
            out["cap_since_last"] = out.index.to_numpy(float) / _nominal_since(history, last)
        out.attrs["last"] = last
    return out


def _nominal_since(history: History, last: int) -> float:
    """N(last)/N(2020), GRDP at current prices of two actual years: what carries a 2030 multiple
    between the two bases (N(2030)/N(2020) = N(2030)/N(last) · N(last)/N(2020))."""
    n = history.nominal.sum(axis=1)
    return float(n[last] / n[BASE_YEAR])


def multiple_caps(history: History, scenario: Scenario) -> tuple[float, ...]:
    """The frontier's caps on N(2030)/N(2020): `MULTIPLE_CAPS`, and the scenario's set's own
    multiple target on another base (its lowest bound, carried to 2020's and rounded up to a
    tenth) where it is not one of them, so the frontier reaches the level the set asks for."""
    need_history(history), need_scenario(scenario)
    caps = list(MULTIPLE_CAPS)
    last = history.last_actual(scenario)   # the base must be an actual year of this scenario
    for x in registry.targets(scenario.targets_set).values():
        if x.kind == "multiple" and x.year == TARGET_YEAR and x.base_year is not None \
                and BASE_YEAR < x.base_year <= last and x.low is not None:
            cap = float(np.ceil(round(10 * x.low * _nominal_since(history, x.base_year), 6)) / 10)
            if cap not in caps:
                caps.append(cap)
    return tuple(sorted(caps))
