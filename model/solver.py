"""Solve for sector growth paths that reach a bundle of 2030 targets.

Problem. The unknowns are the real growth paths g_s(t) of the *free* sectors for the projected
years to the target year, t = L+1 … 2030, parametrised as g_s = B θ_s with a basis B (years × k);
after 2030 (a horizon to 2050) every sector keeps the scenario's own rates, growth and deflator
(the targets cannot see those years, and a constant path to the horizon carried 2030's push on):

    constant   B = 1                    (k = 1: one rate per sector)
    ramp       B = [1 − λ_t, λ_t]       (k = 2: first and last year's rate; λ from 0 to 1)
    free       B = I                    (k = years: every year's rate)

Other sectors keep the scenario's paths; deflators and population are the scenario's. The
objective keeps the paths close to the scenario's own (the prior p) and smooth, in pp²:

    J(θ) = Σ_s Σ_t (100 (g_s(t) − p_s(t)))² + μ Σ_s Σ_{t>L+1} (100 (g_s(t) − g_s(t−1)))²

subject to each chosen target as a bound or an equality on its value in 2030, and bounds on
each sector's growth (which bound θ itself, since a ramp lies between its end points).

Targets depend on the paths only through each sector's growth factor to 2030,
F_s = Π_{t ≤ 2030} (1 + g_s(t)):  N = Σ_s (a_s F_s + c_s) and R = Σ_s (b_s F_s + e_s) with
a_s = R_s(L) P_s(2030), b_s = R_s(L), and the scenario's projects adding e_s (their real value
added in 2030 over L) and c_s = e_s P_s(2030). Hence, in the targets' own units,

    multiple = N / N(2020)                 average growth = 100 ((R / R(2020))^(1/10) − 1)
    share_s  = 100 (a_s F_s + c_s) / N     per capita     = N / population(2030)
    manufacturing = 100 (a_m F_IC + c_m) / N  with a_m = M(L) P_IC(2030), c_m its projects'
                                              value added times P_IC(2030) (`model.industry`)

with exact derivatives through ∂F_s/∂g_s(t) = F_s / (1 + g_s(t)). scipy's SLSQP solves it.

When the targets cannot all hold, a first stage minimises the weighted squared misses
Σ_k (miss_k / scale_k)² (scale: 1 pp for rates and shares, 0.1× for the multiple, 10 million VND
for per capita); the second stage then minimises J with every target loosened by exactly its
unavoidable miss. Which targets conflict is found by solving the same first stage for each
target alone and each pair.

Multipliers come from the Karush–Kuhn–Tucker conditions at the solution,
∇J = Σ_k λ_k ∇c_k over the active rows: λ_k is dJ*/d(target), what tightening the target by one
of its units costs in the objective (pp²).

Glossary: giải mục tiêu = solve for targets; ràng buộc = constraint; lộ trình tăng trưởng =
growth path.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import combinations
from typing import Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
from threadpoolctl import ThreadpoolController

from .growth import Projection, base_inputs, growth_rates, simulate
from . import kernel, registry
from .params import JUMP_PP, MAX_TITLE, RATES
from .history import History
from .scenario import RatePath, Scenario, ScenarioError, SolveSettings, scenario_from_dict
from .sectors import SECTOR_IDS
from .record import TAX_BASE, growth_bounds, tax_elasticity
from .targets import (BASE_YEAR, DEFAULT_TARGETS, DIGITS, MEASURES, SOLVABLE, TARGET_YEAR, UNIT,  # noqa: F401
                      default_tolerance, judge, load_targets)   # DEFAULT_TARGETS, SOLVABLE: the default set's, re-exported

METHODS = ("constant", "ramp", "free")
INVESTMENT = "investment_share"   # the constraint of constraints.csv: total social investment, % of GRDP
INVESTMENT_MARGIN_PP = 5.0        # assumption: the default cap is the record's highest share plus this
# The sectors the solver moves by default; product taxes follow their tax base (model.record).
DEFAULT_FREE = ("agriculture", "industry_construction", "services")
# Size of "one unit of miss" when misses are traded off against each other.
# (investment: at an ICOR of about 7, a point of growth costs about seven points of GRDP invested)
MISS_SCALE = {"average_growth": 1.0, "sector_growth": 1.0, "multiple": 0.1, "per_capita": 10.0,
              "investment_share": 7.0}  # by kind
STRICT_EPS = UNIT             # "> 9" is solved as "≥ 9.01": shown with two decimals, 9.00 is not > 9
FEASIBLE_TOL = 1e-7           # a target holds if it is violated by less than this (its unit)
# A miss smaller than half the shown precision is not bought with a path change: it is not
# even visible (model.targets.DIGITS).
DEAD_ZONE = UNIT / 2
PRICE_BAND = 0.02             # assumption: a relative price may move ±2 pp a year against the scenario's
_SCALE = 1e4                  # fractions² → pp²
FIRST_TRY = 50                # SLSQP steps before the least-misses search takes over
STALL = 1e-4                  # growth at or below this (fraction a year) every projected year: the sector stalls
KKT_TOL = 1e-5                # relative KKT residual below which a point counts as optimal


_CONTROLLER: ThreadpoolController | None = None


def one_thread():
    """A context with BLAS on one thread. The controller (which scans the loaded libraries, a
    few milliseconds) is made once, after numpy and scipy are loaded."""
    global _CONTROLLER
    if _CONTROLLER is None:
        _CONTROLLER = ThreadpoolController()
    return _CONTROLLER.limit(limits=1)


class SolverError(ValueError):
    """A solve request that cannot be posed (unknown target, sector, method, bounds). ``code``
    names its message in the catalogue (`model.report.issues.SOLVER`, both languages) and
    ``params`` fill it: ``text(lang)`` words it, ``str()`` is the English."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        # The words live in the catalogue, which imports nothing of the model (as Issue's).
        from .report.issues import solver_text

        return solver_text(self.code, self.params, lang)


@dataclass(frozen=True)
class TargetSpec:
    """One target as the solver sees it: low ≤ value ≤ high (either may be None; equal bounds
    make an equality), in the target's own unit."""

    id: str
    low: float | None
    high: float | None
    published: str = ""  # the target as printed, for reports

    @property
    def is_equality(self) -> bool:
        return self.low is not None and self.low == self.high


@lru_cache(maxsize=1)
def investment_cap() -> float:
    """The default cap on total social investment, % of GRDP: the highest share in the record
    (50.5 % in 2024) plus ``INVESTMENT_MARGIN_PP`` (an assumption: what a province could stretch
    to with a push, not a published limit)."""
    from .history import assemble_history
    from .investment import investment_record

    return round(float(investment_record(assemble_history())["share_pct"].max()) + INVESTMENT_MARGIN_PP, 1)


def target_specs(ids: Iterable[str] | None = None, approx: str = "band",
                 tolerance: Mapping[str, float] | None = None, investment_cap_pct: float | None = None,
                 set_id: str | None = None) -> list[TargetSpec]:
    """Solver targets from the shipped 2030 targets and the constraints (`investment_share`:
    at most ``investment_cap_pct``, default `investment_cap`).

    ``approx`` decides how a "≈" target is posed: ``band`` (target ± its tolerance, see
    `model.targets`) or ``equal`` (exactly the printed figure).
    """
    if approx not in ("band", "equal"):
        raise SolverError("bad_approx", value=repr(approx))
    table = _target_rows()
    try:
        ids = list(registry.solver_defaults(set_id) if ids is None else ids)
    except KeyError:
        raise SolverError("unknown_set", value=repr(set_id), allowed=", ".join(registry.set_ids())) from None
    solvable = registry.all_solvable()
    tol = dict(tolerance or {})
    specs = []
    for tid in ids:
        if tid == INVESTMENT:
            cap = investment_cap() if investment_cap_pct is None else float(investment_cap_pct)
            specs.append(TargetSpec(tid, None, cap, f"≤ {cap:g}"))
            continue
        if tid not in table:
            raise SolverError("unknown_target", value=repr(tid), allowed=", ".join(solvable))
        if tid not in solvable:
            raise SolverError("target_not_modelled", value=repr(tid), allowed=", ".join(solvable))
        comp, low, high = table[tid]
        printed = {"gt": f"> {low:g}", "ge": f"≥ {low:g}", "le": f"≤ {low:g}",
                   "range": f"{low:g}–{high:g}", "approx": f"≈ {low:g}"}[comp]
        if comp == "gt":
            spec = TargetSpec(tid, low + STRICT_EPS, None, printed)
        elif comp == "ge":
            spec = TargetSpec(tid, low, None, printed)
        elif comp == "le":
            spec = TargetSpec(tid, None, low, printed)
        elif comp == "range":
            spec = TargetSpec(tid, low, float(high), printed)
        elif approx == "equal":
            spec = TargetSpec(tid, low, low, printed)
        else:
            t = tol.get(tid, default_tolerance(tid, low))
            spec = TargetSpec(tid, low - t, low + t, printed)
        specs.append(spec)
    return specs


@lru_cache(maxsize=64)
def _basis_algebra(method: str, n: int, smoothness: float) -> tuple[np.ndarray, np.ndarray]:
    """The objective's Hessian per free sector, 2·SCALE·(BᵀB + μ (DB)ᵀ DB), and B's
    pseudo-inverse: fixed by the path form, the number of years and μ (made once; read only)."""
    B = _basis(method, n)
    DB = np.diff(np.eye(n), axis=0) @ B
    H1 = 2 * _SCALE * (B.T @ B + smoothness * DB.T @ DB)
    pinv = np.linalg.pinv(B)
    H1.setflags(write=False)
    pinv.setflags(write=False)
    return H1, pinv


def _basis(method: str, n: int) -> np.ndarray:
    if method == "constant":
        return np.ones((n, 1))
    if method == "ramp":
        lam = np.linspace(0.0, 1.0, n) if n > 1 else np.zeros(1)
        return np.column_stack([1.0 - lam, lam])
    if method == "free":
        return np.eye(n)
    raise SolverError("bad_method", value=repr(method), allowed=", ".join(METHODS))


def effective_bounds(prior_g: np.ndarray, free: Sequence[str],
                     bounds: Mapping[str, tuple[float | None, float | None]]
                     ) -> dict[str, tuple[float, float, str, str]]:
    """Each free sector's growth bounds (fractions per year) and where each side comes from:
    (low, high, source_low, source_high). A side is the user's where given ('user'); else the
    sector's record (`model.record.growth_bounds`, 'record'), widened to include the scenario's
    own path over the projected years (``prior_g``, years × sectors; 'scenario'): a rate the
    user wrote is allowed."""
    out = {}
    rec = growth_bounds()
    for s in free:
        k = SECTOR_IDS.index(s)
        lo_u, hi_u = bounds.get(s, (None, None))
        path = prior_g[:, k] if len(prior_g) else np.array([rec[s].low, rec[s].high])
        sides = []
        for user, record, own, pick in ((lo_u, rec[s].low, float(path.min()), min),
                                        (hi_u, rec[s].high, float(path.max()), max)):
            if user is not None:
                sides.append((float(user), "user"))
            else:
                value = pick(record, own)
                sides.append((float(value), "record" if value == record else "scenario"))
        (lo, src_lo), (hi, src_hi) = sides
        # Never past what a scenario may hold (a path driven by a large investment share can
        # run beyond it): what the solver writes must validate.
        g = RATES["growth"]
        lo, hi = min(max(lo, g.lo), g.hi), min(max(hi, g.lo), g.hi)
        # A side the user set past the record's other side is honoured: the record's side
        # yields to it (the sector is then held at the user's side). Only two user sides can
        # contradict each other, and validation refuses those in a file.
        if lo > hi and src_lo == "user" and src_hi != "user":
            hi, src_hi = lo, "user"
        elif lo > hi and src_hi == "user" and src_lo != "user":
            lo, src_lo = hi, "user"
        if lo > hi:
            raise SolverError("bounds_swapped", sector=s, lo=float(lo), hi=float(hi))
        out[s] = (lo, hi, src_lo, src_hi)
    return out


def default_bounds(history: History, scenario: Scenario, free: Sequence[str] = DEFAULT_FREE
                   ) -> dict[str, tuple[float, float, str, str]]:
    """The bounds `solve` gives each free sector when the user sets none (`effective_bounds`
    on the scenario's own projected growth to the target year, the years the solver moves)."""
    base = base_inputs(history, scenario)
    g = kernel.run(base).growth[0]
    return effective_bounds(g[:max(0, TARGET_YEAR - base.last)], free, {})


class _Problem:
    """The numeric problem: everything precomputed as arrays, θ → values, gradients, J."""

    def __init__(self, history: History, scenario: Scenario, specs: Sequence[TargetSpec],
                 free: Sequence[str], method: str, bounds: Mapping[str, tuple[float, float]],
                 smoothness: float, held: Mapping[int, np.ndarray] | None = None,
                 taxes: str = "follow", priorities: Mapping[str, float] | None = None,
                 prices: Sequence[str] = ()):
        base = base_inputs(history, scenario)
        central = kernel.run(base)
        years, real, defl, pop, last = (base.years, central.real[0], central.deflator[0], central.population[0],
                                        base.last)
        horizon = int(years[-1])
        if horizon < TARGET_YEAR:
            raise SolverError("short_horizon", value=horizon, year=TARGET_YEAR)
        if last >= TARGET_YEAR:
            raise SolverError("nothing_to_solve", year=TARGET_YEAR)
        self.years = np.arange(last + 1, horizon + 1)
        self.to_target = (self.years <= TARGET_YEAR).astype(float)[:, None]
        # The paths move up to the target year only: the targets are 2030's, and a scenario to
        # 2050 keeps its own rates after it (a constant path to 2050 carried 2030's push on for
        # twenty years: industry-construction at 15 % a year to 2050)
        n = self.n_target = int((self.years <= TARGET_YEAR).sum())
        # The prior paths are the scenario's own rates for the projected years (for a sector
        # driven by investment, the growth its investment buys); ``held`` replaces the paths of
        # held investment-driven sectors once the free sectors have moved (see `solve`).
        self.prior_g = central.growth[0].copy()   # = growth_rates(history, scenario, self.years, last)
        for k, path in (held or {}).items():
            self.prior_g[:, k] = path
        self.free_idx = [SECTOR_IDS.index(s) for s in free]
        self.B = _basis(method, n)
        self.k = self.B.shape[1]
        self.smoothness = smoothness
        i_last, i_target, i_base = (int(np.searchsorted(years, y)) for y in (last, TARGET_YEAR, BASE_YEAR))
        R_last = real[i_last]
        self.a = R_last * defl[i_target]
        self.b = R_last
        # What the projects add in the target year, real and nominal (constants for the solver).
        # The projects' increments in the target year: the central path less its compounded part
        # (R = R(L)·Π(1 + g) + E in the kernel), so no second pass over the projects.
        self.e = real[i_target] - R_last * np.prod(1 + central.growth[0, :i_target - i_last], axis=0) \
            if base.projects.n else np.zeros(len(SECTOR_IDS))
        self.c = self.e * defl[i_target]
        if any(sp.id == "share_manufacturing" for sp in specs):
            from .industry import manufacturing_actual, manufacturing_increments

            k_ic = SECTOR_IDS.index("industry_construction")
            hist_ic = pd.Series(real[: i_last + 1, k_ic], index=years[: i_last + 1])
            m_last = float(manufacturing_actual(hist_ic, scenario.manufacturing_share).iloc[-1])
            e_m = float(manufacturing_increments(scenario.projects, [TARGET_YEAR], last)[0])
            self.a_m, self.c_m = m_last * defl[i_target, k_ic], e_m * defl[i_target, k_ic]
        self._inv = None
        if any(sp.id == INVESTMENT for sp in specs):
            from .investment import need_inputs

            self._inv = need_inputs(simulate(history, scenario))
        self.N0 = float(real[i_base] @ defl[i_base])
        self.R0 = float(real[i_base].sum())
        # each target's own base year (2020 for 2021–2030, 2025 for 2026–2030): levels there
        self._base_real = {int(y): real[int(np.searchsorted(years, y))] for y in years[: i_last + 1]}
        self._base_nominal = {y: float(r @ defl[int(np.searchsorted(years, y))]) for y, r in self._base_real.items()}
        self.pop = float(pop[i_target])
        self.n_avg = TARGET_YEAR - BASE_YEAR
        self.specs = list(specs)
        # Quadratic objective J = θᵀ H θ / 2 − cᵀ θ + const, per free sector (same B for all).
        self.H1, self.pinv_B = _basis_algebra(method, n, smoothness)
        effective = effective_bounds(self.prior_g[:n], free, bounds)
        self.sector_bounds = {s: b[:2] for s, b in effective.items()}
        self.bound_source = {s: b[2:] for s, b in effective.items()}
        lo = np.array([self.sector_bounds[s][0] for s in free])
        hi = np.array([self.sector_bounds[s][1] for s in free])
        self.bounds = [(l, h) for l, h in zip(lo, hi) for _ in range(self.k)]
        # Product taxes follow their tax base (model.record) unless freed or held.
        self.tax = SECTOR_IDS.index("product_taxes")
        self.follow = taxes == "follow" and self.tax not in self.free_idx
        self.base_idx = [SECTOR_IDS.index(s) for s in TAX_BASE]
        self.eps = tax_elasticity().central
        self.weights = np.array([(priorities or {}).get(sp.id, 1.0) for sp in specs])
        self.last_growth = (real[i_last] / (real[i_last - 1] if i_last > 0 else history.previous_real.to_numpy())) - 1
        # Relative prices as instruments: a constant shift δ_s of the deflator change of each
        # sector in ``prices`` (fractions per year, within ±PRICE_BAND), priced in J like a
        # growth deviation. The 2030 deflator becomes P_s(2030)·G_s, G_s = Π (1+π_s+δ_s)/(1+π_s).
        self.price_idx = np.array([SECTOR_IDS.index(s) for s in prices], int)
        self.prior_pi = np.column_stack([scenario.sectors[s].inflation.values(self.years) for s in SECTOR_IDS])
        self.n_growth = self.k * len(self.free_idx)
        # Within ±PRICE_BAND, and never past the deflator change a scenario may hold
        # (params.RATES["inflation"]): a solved scenario is always a valid one.
        pi_range = RATES["inflation"]
        self.bounds += [(max(-PRICE_BAND, pi_range.lo - self.prior_pi[:n, k].min()),
                         min(PRICE_BAND, pi_range.hi - self.prior_pi[:n, k].max())) for k in self.price_idx]
        theta0 = np.concatenate([self.pinv_B @ self.prior_g[:n, i] for i in self.free_idx] + [np.zeros(len(self.price_idx))])
        self.theta0 = np.clip(theta0, [b[0] for b in self.bounds], [b[1] for b in self.bounds])
        self._memo: tuple[bytes, tuple] | None = None
        self._vmemo: tuple[bytes, tuple] | None = None
        self._prepare()

    # ---- paths and target values -------------------------------------------------------
    def _prepare(self) -> None:
        """Each target's value as one of three forms of (F, N, R), set up once so that `values`
        is a few array operations (it is called thousands of times in a diagnosis):

            share-like  100 (A_k·F + C_k) / N    (sector shares, manufacturing)
            nominal     N / D_k                   (multiple: D = N(2020); per capita: population)
            growth      100 ((R / R0)^(1/n) − 1)
        """
        n_sp = len(self.specs)
        self._A = np.zeros((n_sp, 4))
        self._C = np.zeros((n_sp, 4))      # a share's constant part, by sector (priced like it)
        self._D = np.ones(n_sp)
        self._W = np.zeros((n_sp, 4))      # a growth target's sectors (all four: GRDP)
        self._R0 = np.ones(n_sp)           # … their level in the base year
        self._n = np.ones(n_sp)            # … and the years it averages over
        self._kind = np.zeros(n_sp, int)  # 0 share-like, 1 nominal, 2 growth, 3 investment
        ic = SECTOR_IDS.index("industry_construction")
        for k, sp in enumerate(self.specs):
            if sp.id == INVESTMENT:
                self._kind[k] = 3
                continue
            tg = registry.get(sp.id)
            kind, _, part = tg.measure.partition(":")
            base = tg.base_year
            if base is not None and kind in ("multiple", "average_growth", "sector_growth") \
                    and base not in self._base_real:
                raise SolverError("base_not_actual", value=repr(sp.id), year=base)
            if kind == "multiple":
                self._kind[k], self._D[k] = 1, self._base_nominal[base]
            elif kind == "per_capita":
                self._kind[k], self._D[k] = 1, self.pop
            elif kind in ("average_growth", "sector_growth"):
                w = np.ones(4) if kind == "average_growth" else np.eye(4)[SECTOR_IDS.index(part)]
                self._kind[k], self._W[k] = 2, w
                self._R0[k], self._n[k] = float(w @ self._base_real[base]), TARGET_YEAR - base
            elif tg.measure == "share:manufacturing":
                self._A[k, ic], self._C[k, ic] = self.a_m, self.c_m
            else:   # share:s, share_with_taxes:s
                cols = [SECTOR_IDS.index(part)] + ([self.tax] if kind == "share_with_taxes" else [])
                self._A[k, cols], self._C[k, cols] = self.a[cols], self.c[cols]
        self._sh_mask = self._kind == 0
        self._sh_i, self._nm_i, self._gr_i, self._iv_i = (np.flatnonzero(self._kind == k) for k in (0, 1, 2, 3))
        self._A_sh, self._C_sh = self._A[self._sh_i], self._C[self._sh_i]
        self._Csum_sh = self._C_sh.sum(axis=1)
        self._Wb_gr = self._W[self._gr_i] * self.b            # growth: the sectors' last actual levels
        self._We_gr = self._W[self._gr_i] @ self.e             # … and what the projects add by 2030
        self._R0_gr, self._n_gr = self._R0[self._gr_i], self._n[self._gr_i]
        self._D_nm = self._D[self._nm_i]
        self._prior_free = self.prior_g[:self.n_target, self.free_idx].T   # free sectors × years to 2030
        self._Bt_prior = 2 * _SCALE * self._prior_free @ self.B          # free sectors × k
        self._low = np.array([-np.inf if sp.low is None else sp.low for sp in self.specs])
        self._high = np.array([np.inf if sp.high is None else sp.high for sp in self.specs])
        self._free = np.array(self.free_idx, int)
        self._csum, self._esum = float(self.c.sum()), float(self.e.sum())

    def paths(self, theta: np.ndarray) -> np.ndarray:
        g = self.prior_g.copy()
        if len(self._free):   # to the target year; after it, the scenario's own rates
            g[:self.n_target, self._free] = self.B @ theta[:self.n_growth].reshape(len(self._free), self.k).T
        if self.follow:
            # B(t) = Σ_base R_s(L) Π (1 + g_s); taxes grow by (B(t)/B(t−1))^ε − 1, to the
            # target year (after it, the scenario's own rate, as every sector's)
            n = self.n_target
            levels = self.b[self.base_idx] * np.cumprod(1 + g[:n, self.base_idx], axis=0)
            B = np.concatenate([[self.b[self.base_idx].sum()], levels.sum(axis=1)])
            g[:n, self.tax] = (B[1:] / B[:-1]) ** self.eps - 1
        return g

    def paths_batch(self, thetas: np.ndarray) -> np.ndarray:
        """`paths` for many θ at once (m × n_θ → m × years × sectors): the investment target's
        differences in one pass."""
        m = len(thetas)
        g = np.repeat(self.prior_g[None], m, axis=0)
        if len(self._free):
            th = thetas[:, :self.n_growth].reshape(m, len(self._free), self.k)
            g[:, :self.n_target, self._free] = np.einsum("tk,mfk->mtf", self.B, th)
        if self.follow:
            n = self.n_target
            levels = self.b[self.base_idx] * np.cumprod(1 + g[:, :n, self.base_idx], axis=1)
            tot = np.concatenate([np.full((m, 1), self.b[self.base_idx].sum()), levels.sum(axis=2)], axis=1)
            g[:, :n, self.tax] = (tot[:, 1:] / tot[:, :-1]) ** self.eps - 1
        return g

    def _investment_share(self, g: np.ndarray) -> float:
        """Total social investment the paths ``g`` need, % of GRDP a year averaged over the
        projected years to the target year (`model.investment.need_shares`, central ICOR, the
        exact inverse; deflators at the scenario's own paths: a relative price the solver moves
        is left out here, and counted in the value `solve` reports)."""
        return float(self._investment_shares(g[None])[0])

    def _investment_shares(self, gs: np.ndarray) -> np.ndarray:
        """`_investment_share` for a batch of paths (m × years × sectors)."""
        from .investment import need_shares

        n = self.n_target
        return need_shares(self.b * np.cumprod(1 + gs[:, :n], axis=1), self.b, self._inv)

    def values(self, theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Target values (in spec order) and their Jacobian with respect to θ. (Called
        thousands of times in a diagnosis: index arrays are set up once in `_prepare`, and the
        price terms are skipped when no price moves.)"""
        return self._evaluate(theta, True)

    def value_only(self, theta: np.ndarray) -> np.ndarray:
        """Target values without the Jacobian: what SLSQP's line search and the miss checks need."""
        return self._evaluate(theta, False)[0]

    def _evaluate(self, theta: np.ndarray, with_jac: bool):
        key = theta.tobytes()
        if self._memo is not None and self._memo[0] == key:
            return self._memo[1]
        if not with_jac and self._vmemo is not None and self._vmemo[0] == key:
            return self._vmemo[1]
        g = self.paths(theta)
        F = np.exp(np.log1p(g[: self.n_target]).sum(axis=0))
        priced = len(self.price_idx) > 0
        if priced:
            G = np.ones(4)
            pi = self.prior_pi[: self.n_target, self.price_idx]
            delta = theta[self.n_growth:]
            G[self.price_idx] = np.exp((np.log1p(pi + delta) - np.log1p(pi)).sum(axis=0))
            a = self.a * G
            N = a @ F + self.c @ G
        else:
            a = self.a
            N = a @ F + self._csum
        b = self.b
        n_sp = len(self.specs)
        vals = np.empty(n_sp)
        dF = np.empty((n_sp, 4))
        sh, nm, gr = self._sh_i, self._nm_i, self._gr_i
        N2 = N * N
        if len(sh):
            # m_k = Σ_s (A_ks F_s + C_ks) G_s: a share of one sector, or of two (services with taxes)
            if priced:
                T = self._A_sh * F + self._C_sh
                m = T @ G
                dF[sh] = 100 * (self._A_sh * G * N - np.outer(m, a)) / N2
            else:
                m = self._A_sh @ F + self._Csum_sh
                dF[sh] = 100 * (self._A_sh * N - np.outer(m, a)) / N2
            vals[sh] = 100 * m / N
        if len(nm):
            vals[nm] = N / self._D_nm
            dF[nm] = np.outer(1 / self._D_nm, a)
        if len(gr):
            # 100 ((Σ_w b_s F_s + e_s) / R0)^(1/n) − 1), per target: its sectors, base and years
            ratio = (self._Wb_gr @ F + self._We_gr) / self._R0_gr
            vals[gr] = 100 * (ratio ** (1 / self._n_gr) - 1)
            dF[gr] = (100 / self._n_gr * ratio ** (1 / self._n_gr - 1) / self._R0_gr)[:, None] * self._Wb_gr
        iv = self._iv_i
        if len(iv):
            vals[iv] = self._investment_share(g)
            dF[iv] = 0.0
        if not with_jac:
            self._vmemo = (key, (vals, None))
            return vals, None
        if self.follow:
            # F_tax = (B(2030)/B(L))^ε with B = Σ_base b_s F_s: ∂F_tax/∂F_s = ε F_tax b_s / B(2030)
            bb = b[self.base_idx]
            dF[:, self.base_idx] += np.outer(dF[:, self.tax], self.eps * F[self.tax] * bb / (bb @ F[self.base_idx]))
        # ∂F_s/∂θ_s = Σ_t F_s / (1 + g_s(t)) · B[t, :] over years up to the target year
        fr = self._free
        W = (F[fr] / (1 + g[: self.n_target, fr])).T @ self.B  # free sectors × k
        jac = (dF[:, fr][:, :, None] * W[None, :, :]).reshape(n_sp, -1)
        if priced:
            nomj = self.a * F + self.c  # ∂N/∂G_j
            dG = np.zeros((n_sp, 4))
            if len(sh):
                dG[sh] = 100 * (T * N - np.outer(m, nomj)) / N2
            if len(nm):
                dG[nm] = np.outer(1 / self._D_nm, nomj)
            dG_dd = G[self.price_idx] * (1 / (1 + pi + delta)).sum(axis=0)
            jac = np.hstack([jac, dG[:, self.price_idx] * dG_dd])
        if len(iv):
            # The need runs year by year through the lags: its derivative by central differences
            # (a few dozen array operations per variable; the closed forms above stay exact).
            h = 1e-6
            steps = h * np.eye(len(theta))
            shares = self._investment_shares(self.paths_batch(np.vstack([theta + steps, theta - steps])))
            jac[iv] = (shares[:len(theta)] - shares[len(theta):]) / (2 * h)
        out = (vals, jac)
        self._memo = (key, out)
        return out

    # ---- objective ---------------------------------------------------------------------
    def objective(self, theta: np.ndarray) -> tuple[float, np.ndarray]:
        n = self.n_target
        grad = np.empty_like(theta)
        J = 0.0
        if len(self._free):
            th = theta[:self.n_growth].reshape(len(self._free), self.k)  # a row per free sector
            g = th @ self.B.T                                          # free sectors × years to 2030
            dev = g - self._prior_free
            sm = np.diff(g, axis=1)
            J = _SCALE * float((dev * dev).sum() + self.smoothness * (sm * sm).sum())
            grad[:self.n_growth] = (th @ self.H1 - self._Bt_prior).ravel()
        if len(self.price_idx):
            # a price shift costs like a growth deviation of the same size, every projected
            # year to the target year (after it, the scenario's own deflators)
            d = theta[self.n_growth:]
            J += _SCALE * n * float(d @ d)
            grad[self.n_growth:] = 2 * _SCALE * n * d
        return J, grad

    # ---- constraint rows: c(θ) ≥ 0 or = 0 ---------------------------------------------
    def rows(self, slack: np.ndarray | None = None):
        """Constraint rows as (spec index, sign, bound, kind); slack loosens each target."""
        out = []
        for k, sp in enumerate(self.specs):
            s = 0.0 if slack is None else slack[k]
            if sp.is_equality and s == 0.0:
                out.append((k, 1.0, sp.low, "eq"))
                continue
            if sp.low is not None:
                out.append((k, 1.0, sp.low - s, "ineq"))
            if sp.high is not None:
                out.append((k, -1.0, sp.high + s, "ineq"))
        return out

    def misses(self, theta: np.ndarray) -> np.ndarray:
        """How far each target is from holding, in its own unit (0 when it holds)."""
        v = self.value_only(theta)
        return np.maximum(np.maximum(self._low - v, v - self._high), 0.0)

    def constraints(self, slack=None, unit: float = 1.0) -> list[dict]:
        """SLSQP's constraint dicts. Each row is divided by its target's miss scale (1 pp,
        0.1 of the multiple, 10 million VND), so that every row is of order one per unit of
        miss; ``unit`` is the variables' unit (100: SLSQP works in percent a year)."""
        rows = self.rows(slack)
        scale = self.scales()
        cons = []
        for kind in ("eq", "ineq"):
            sel = [(k, sgn, bnd) for k, sgn, bnd, kd in rows if kd == kind]
            if not sel:
                continue
            idx = np.array([k for k, _, _ in sel])
            sgn = np.array([s / scale[k] for k, s, _ in sel])
            bnd = np.array([b for _, _, b in sel])
            cons.append({"type": kind,
                         "fun": lambda x, idx=idx, sgn=sgn, bnd=bnd: sgn * (self.value_only(x / unit)[idx] - bnd),
                         "jac": lambda x, idx=idx, sgn=sgn: sgn[:, None] * self.values(x / unit)[1][idx] / unit})
        return cons

    def slsqp(self, start: np.ndarray, slack=None, maxiter: int = 300):
        """Minimise J subject to the targets (loosened by ``slack``) from ``start`` (θ). Scaled
        so that SLSQP sees values of order one at any horizon: variables in percent a year,
        J in pp² per projected year (its curvature then does not grow with the horizon), rows
        per unit of miss. Returns scipy's result with ``x`` back in θ."""
        n = len(self.years)

        def f(x):
            J, grad = self.objective(x / 100)
            return J / n, grad / (100 * n)

        from scipy.optimize import minimize  # lazily: `import model` stays light
        res = minimize(f, 100 * np.asarray(start), jac=True, method="SLSQP",
                       bounds=[(100 * lo, 100 * hi) for lo, hi in self.bounds],
                       constraints=self.constraints(slack, unit=100.0),
                       options={"ftol": 1e-12, "maxiter": maxiter})
        res.x = np.clip(res.x / 100, [b[0] for b in self.bounds], [b[1] for b in self.bounds])
        # Every variable pinned by its bounds (min = max): scipy returns at once, without an
        # iteration count or a message.
        res.nit = int(getattr(res, "nit", 0))
        res.message = getattr(res, "message", "all variables fixed by their bounds")
        res.success = bool(getattr(res, "success", True))
        return res

    def scales(self) -> np.ndarray:
        return np.array([MISS_SCALE.get(registry.get(sp.id).kind, 1.0) for sp in self.specs])


def _phase1(prob: _Problem, subset: Sequence[int], dead_zone: float = 0.0,
            start: np.ndarray | None = None, quick: bool = False) -> tuple[float, np.ndarray]:
    """Least weighted squared misses of the targets in ``subset`` (bounds respected); a miss
    counts only beyond ``dead_zone`` (its own unit), and each weighs its priority."""
    idx = np.array(subset, int)
    scale = (prob.scales() / np.sqrt(prob.weights))[idx]
    low = np.array([-np.inf if prob.specs[k].low is None else prob.specs[k].low for k in idx]) - dead_zone
    high = np.array([np.inf if prob.specs[k].high is None else prob.specs[k].high for k in idx]) + dead_zone

    def f(theta):
        v, jac = prob.values(theta)
        v, jac = v[idx], jac[idx]
        # r = (low − v)/s below the band, (v − high)/s above it, 0 inside
        below, above = v < low, v > high
        r = np.where(below, low - v, np.where(above, v - high, 0.0)) / scale
        sign = np.where(below, -1.0, np.where(above, 1.0, 0.0)) / scale
        return float(r @ r), 2 * (jac * sign[:, None]).T @ r

    start = prob.theta0 if start is None else start
    if f(start)[0] == 0.0:
        return 0.0, start  # already inside every target of the subset
    from scipy.optimize import minimize  # lazily: `import model` stays light
    res = minimize(f, start, jac=True, method="L-BFGS-B", bounds=prob.bounds,
                   options={"ftol": 1e-9 if quick else 1e-15, "gtol": 1e-6 if quick else 1e-12, "maxiter": 2000})
    return float(res.fun), res.x


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


@dataclass(frozen=True, eq=False)
class SolveResult:
    """What `solve` returns, in the manner of scipy's OptimizeResult.

    success    True when every chosen target holds (judged as shown: `model.targets.judge`)
    status     0 all hold; 1 the targets cannot all hold (best compromise returned);
               2 the optimiser stopped without converging
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
        """What the solved paths cost (issue 15: an answer that ignores it is not one): total
        social investment they need, as % of GRDP a year averaged over the projected years to
        2030, at the ICOR band (``low``, ``central``, ``high``; `model.investment`), against the
        record (``record_max`` and its ``record_year``; ``beyond`` when the central need is
        above the most the province ever invested). Computed when asked: a few milliseconds."""
        from .investment import investment_record, required_investment

        need = required_investment(self.projection)
        need = need[need.index <= TARGET_YEAR] if (need.index <= TARGET_YEAR).any() else need
        rec = investment_record(self.projection.history)["share_pct"]
        c = float(need["share_central_pct"].mean())
        return {"central": c, "low": float(need["share_low_pct"].mean()), "high": float(need["share_high_pct"].mean()),
                "y0": int(need.index[0]), "y1": int(need.index[-1]), "record_max": float(rec.max()),
                "record_year": int(rec.idxmax()), "record": {int(y): float(v) for y, v in rec.items()},
                "beyond": c > float(rec.max())}

    @cached_property
    def supply(self):
        """What the solved paths need from capital, labour and productivity (`model.supply.needs`:
        TFP at the held investment share, investment at the latest TFP, employment at both),
        against the record; None when the projection has no projected year to 2030."""
        from .supply import needs

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
        """The outcome in one sentence (`model.report.strings.solve_text`)."""
        from .report.strings import solve_text

        return solve_text(self, lang, conflicts)

    @property
    def message(self) -> str:
        return self.text("en")

    def summary(self, lang: str = "en") -> str:
        """The outcome, each target, the conflicts and the notes, in plain text."""
        from .report.strings import solve_summary

        return solve_summary(self, lang)


def _validate_request(free, bounds, smoothness):
    for s in free:
        if s not in SECTOR_IDS:
            raise SolverError("unknown_free", value=repr(s), allowed=", ".join(SECTOR_IDS))
    if not free:
        raise SolverError("no_free")
    for s, (lo, hi) in bounds.items():
        if s not in SECTOR_IDS:
            raise SolverError("bounds_unknown", value=repr(s), allowed=", ".join(SECTOR_IDS))
        g = RATES["growth"]
        lo_, hi_ = (g.lo if lo is None else lo), (g.hi if hi is None else hi)
        if not (g.lo <= lo_ <= hi_ <= g.hi):
            raise SolverError("bounds_range", sector=s, lo=lo, hi=hi, min=g.lo, max=g.hi)
    if not (0.0 <= smoothness <= 1e6):
        raise SolverError("bad_smoothness", value=str(smoothness))


def _with_paths(scenario: Scenario, prob: _Problem, theta: np.ndarray, method: str) -> Scenario:
    """``scenario`` with the free sectors' paths at θ (a free sector driven by investment is
    then driven by the solved growth)."""
    g = prob.paths(theta)
    out = scenario
    beyond = prob.n_target < len(prob.years)   # a horizon past 2030: its own rates after 2030
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
        # A coarse search tells a set far out of reach (misses above 1e-4 of a unit) from one
        # that may hold; only the latter needs the exact one.
        _, theta1 = _phase1(prob, range(len(specs)), quick=True)
        if not (prob.misses(theta1) > 1e-4).any():
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
        status = 2  # targets hold, but neither SLSQP nor the KKT check says this is optimal
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

    BLAS runs on one thread (threadpoolctl): the problems are tiny, threads only cost time, and
    the answer must not depend on the machine (identical to 1e-9 whatever OPENBLAS_NUM_THREADS).
    """
    with one_thread():
        return _solve(history, scenario, targets, free=free, method=method, bounds=bounds,
                      smoothness=smoothness, approx=approx, diagnose=diagnose, taxes=taxes,
                      priorities=priorities, prices=tuple(prices or ()), investment_cap=investment_cap)


def _pose(targets, approx, investment_cap=None, set_id=None) -> list[TargetSpec]:
    if targets is not None and len(targets) and isinstance(targets[0], TargetSpec):
        return list(targets)
    return target_specs(targets, approx=approx, investment_cap_pct=investment_cap, set_id=set_id)


def _solve(history, scenario, targets, *, free, method, bounds, smoothness, approx, diagnose, taxes,
           priorities, prices, investment_cap=None) -> SolveResult:
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
    specs = _pose(targets, approx, investment_cap, getattr(scenario, "targets_set", None))
    for tid, w in (priorities or {}).items():
        if tid not in [sp.id for sp in specs] or not (0 < w <= 100):
            raise SolverError("bad_priority", value=tid, weight=w)
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
    try:  # what solve writes, `run` reads: checked as a file is (the same rules on the same
        # values; the TOML text itself round-trips floats exactly, so it need not be written here)
        scenario_from_dict(solved.to_dict())
    except ScenarioError as e:
        raise SolverError("invalid_solution", detail=e) from None
    projection = simulate(history, solved)
    # What solve reports is what re-running the solved scenario gives: each target measured on
    # the solved projection itself (the closed forms the optimiser uses agree with it to
    # ~1e-9, but not where a path is written year by year or a driven sector re-resolves).
    values, _ = prob.values(theta)
    arrays = registry.ProjectionArrays(projection)
    values = np.array([registry.get(sp.id).value(arrays)[0] if sp.id in MEASURES and sp.published else v
                       for sp, v in zip(specs, values)], float)
    for k, sp in enumerate(specs):
        if sp.id == INVESTMENT:   # measured on the solved projection too (prices it moved included)
            from .investment import required_investment

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


@lru_cache(maxsize=1)
def _target_rows() -> dict[str, tuple[str, float, float]]:
    """id → (comparator, low, high) of the shipped targets of every set, read once. Not the
    constraints (`load_solver_targets` has them): the investment cap's bound is set at run time
    and judged on its band, as a target posed by hand."""
    from .data import load_set_targets

    out = {}
    for t in (load_targets(), load_set_targets()):
        for r in t.itertuples():
            out.setdefault(r.id, (r.comparator, float(r.target_low), float(r.target_high)))
    return out


def _judged(specs: Sequence[TargetSpec], values: np.ndarray, approx: str) -> tuple[np.ndarray, np.ndarray]:
    """Met and gap of each target as `model.targets.judge` says for the value as shown: the
    Scorecard's definition (gap from the target itself for "≈", from the bound otherwise). A
    target posed by hand (`TargetSpec` unknown to the table) is judged on its band."""
    table = _target_rows()
    met, gap = np.zeros(len(specs), bool), np.zeros(len(specs))
    for k, (sp, v) in enumerate(zip(specs, values)):
        if sp.id in table and sp.published:
            comparator, low, high = table[sp.id]
            tol = (sp.high - sp.low) / 2 if comparator == "approx" and sp.low is not None and sp.high is not None else 0.0
            status, gap[k] = judge(v, comparator, low, high, tol)
            met[k] = status == "met"
        else:
            # A target posed by hand may sit between two shown values: it holds when it is
            # missed by less than half the shown precision.
            below = sp.low - v if sp.low is not None and v < sp.low else 0.0
            above = v - sp.high if sp.high is not None and v > sp.high else 0.0
            met[k] = max(below, above) <= DEAD_ZONE
            gap[k] = round(-below if below else above, DIGITS)
    return met, gap + 0.0


@dataclass(frozen=True)
class SolveNote:
    """Something about a solved path said in words (`model.report.strings.solve_note_text`):
    ``code`` one of bound_low, bound_high, shrinks, jump (organic), jump_total (a sector with its
    projects), jump_grdp, stalls, taxes_follow, tiny_miss, driven, price, price_bound;
    ``subject`` a sector or target id; ``numbers`` its figures (fractions per year, pp, years)."""

    code: str
    subject: str
    numbers: Mapping[str, float | int | str] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        from .report.strings import solve_note_text

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
                                               "source": src[0 if code == "bound_low" else 1]}))
    for i, s in enumerate(SECTOR_IDS):
        if i not in prob.free_idx and not (i == prob.tax and prob.follow):
            continue
        path = g[:, i]
        if (path < 0).any():
            neg = years[path < 0]
            out.append(SolveNote("shrinks", s, {"y0": int(neg[0]), "y1": int(neg[-1]), "min": float(path.min())}))
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
    (`model.supply.needs`: TFP above the record's best five years, investment above the most
    ever invested, employment growth above its fastest year), as a note (issue 15); ``n`` the
    needs when already made (`SolveResult.supply`)."""
    from .supply import needs

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
    buys; its column ``investment_pct`` stands where the multiple's does."""
    if against not in GROWTH_AGAINST:
        raise SolverError("bad_against", value=repr(against), allowed=", ".join(GROWTH_AGAINST))
    caps = GROWTH_AGAINST[against] if caps is None else caps
    column = "multiple" if against == "grdp_multiple" else "investment_pct"
    free = tuple(DEFAULT_FREE if free is None else free)
    bounds = dict(bounds or {})
    _validate_request(free, bounds, 1.0)
    rows = []
    with one_thread():
        for cap in caps:
            specs = [TargetSpec(against, None, float(cap)), TargetSpec("grdp_growth_avg", None, None)]
            prob = _Problem(history, scenario, specs, free, method, bounds, 1.0, taxes=taxes)

            def f(x):   # in percent a year, rows per unit of miss: as `_Problem.slsqp` scales it
                v, jac = prob.values(x / 100)
                return -v[1], -jac[1] / 100

            from scipy.optimize import minimize  # lazily: `import model` stays light
            lo, hi = np.array([b[0] for b in prob.bounds]), np.array([b[1] for b in prob.bounds])
            res = minimize(f, 100 * prob.theta0, jac=True, method="SLSQP", bounds=list(zip(100 * lo, 100 * hi)),
                           constraints=prob.constraints(unit=100.0), options={"ftol": 1e-12, "maxiter": 300})
            res.x = np.clip(res.x / 100, lo, hi)
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
        from .target_sets import growth_in

        out["growth_remaining_pct"] = [growth_in(history, (g, g), BASE_YEAR, last, TARGET_YEAR)[0]
                                       for g in out["growth_pct"]]
        out.attrs["last"] = last
    return out
