"""The numeric problem: a solve request as arrays, θ → target values, their Jacobian, J.

The free sectors' growth to 2030 is g_s = B θ_s (B: the path form's basis, `_basis`); every
target is a closed form of the growth factors F_s = Π (1 + g_s(t)) (see `model.solver`), so
values and exact derivatives cost a few array operations. `_Problem` precomputes what does not
depend on θ once per request; `_phase1` is the least-misses search used when the targets cannot
all hold. Bounds on each sector's growth come from the record, widened to the scenario's own path
(`effective_bounds`).

Glossary: lộ trình = path; cận = bound; hàm mục tiêu J = objective.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .. import kernel, params as P, registry
from ..growth import base_inputs, simulate_variant
from ..history import History
from ..params import RATES
from ..process import no_warnings
from ..record import TAX_BASE, growth_bounds, tax_elasticity
from ..scenario import Scenario, SolveSettings
from ..sectors import SECTOR_IDS
from ..targets import BASE_YEAR, TARGET_YEAR
from .spec import INVESTMENT, SolverError, TargetSpec

METHODS = ("constant", "ramp", "free")
# The sectors the solver moves by default; product taxes follow their tax base (model.record).
DEFAULT_FREE = ("agriculture", "industry_construction", "services")
# Size of "one unit of miss" when misses are traded off against each other.
# (investment: at an ICOR of about 7, a point of growth costs about seven points of GRDP invested)
MISS_SCALE = {"average_growth": 1.0, "sector_growth": 1.0, "multiple": 0.1, "per_capita": 10.0,
              "investment_share": 7.0}  # by kind
FEASIBLE_TOL = 1e-7           # a target holds if it is violated by less than this (its unit)
PRICE_BAND = 0.02             # assumption: a relative price may move ±2 pp a year against the scenario's
_SCALE = 1e4                  # fractions² → pp²


ON_BOUND = 1e-12             # θ this close to a bound (fraction a year) is on it


def onto_bounds(x: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """θ (fractions a year) within its bounds, and within ``ON_BOUND`` of one set onto it: an
    optimiser stops a rounding error short of a bound it presses on, and the solved file then
    read `2026 = 7.994021040195351e-16` for a sector held at 0 % (one BLAS thread or two
    decide which side of 0 the last bit falls). The targets move by less than 1e-10 of their
    unit, far inside `FEASIBLE_TOL`."""
    x = np.clip(x, lo, hi)
    x = np.where(x - lo <= ON_BOUND, lo, x)
    return np.where(hi - x <= ON_BOUND, hi, x)


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
            from ..industry import manufacturing_actual, manufacturing_increments

            k_ic = SECTOR_IDS.index("industry_construction")
            hist_ic = pd.Series(real[: i_last + 1, k_ic], index=years[: i_last + 1])
            m_last = float(manufacturing_actual(hist_ic, scenario.manufacturing_share).iloc[-1])
            e_m = float(manufacturing_increments(scenario.projects, [TARGET_YEAR], last)[0])
            self.a_m, self.c_m = m_last * defl[i_target, k_ic], e_m * defl[i_target, k_ic]
        self._inv = None
        if any(sp.id == INVESTMENT for sp in specs):
            from ..investment import need_inputs

            self._inv = need_inputs(simulate_variant(history, scenario))   # checked by solve
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

    def after_target(self) -> tuple[np.ndarray, np.ndarray]:
        """The free sectors' growth after the target year as `solve` writes it (years after it ×
        free sectors, fractions per year): the prior's, within what a scenario may hold
        (`RATES` growth); and where the prior was past that (a sector driven by an investment
        share near all of GRDP buys more than 100 % a year)."""
        g = self.prior_g[self.n_target:, self.free_idx]
        kept = np.clip(g, RATES["growth"].lo, RATES["growth"].hi)
        return kept, kept != g

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
        from ..investment import need_shares

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

    def minimise(self, start: np.ndarray, slack, method: str, options: dict, f=None):
        """Minimise J subject to the targets (loosened by ``slack``) from ``start`` (θ) by scipy's
        ``method``. Scaled so that the optimiser sees values of order one at any horizon:
        variables in percent a year, J in pp² per projected year (its curvature then does not
        grow with the horizon), rows per unit of miss. ``f``: another objective in the same
        scaling, of x in percent a year, giving its value and gradient (the frontier's growth,
        `model.solver.diagnose.frontier`). Returns scipy's result with ``x`` back in θ, within
        the bounds."""
        if f is None:
            n = len(self.years)

            def f(x):
                J, grad = self.objective(x / 100)
                return J / n, grad / (100 * n)

        from scipy.optimize import minimize  # lazily: `import model` stays light
        lo, hi = np.array([b[0] for b in self.bounds]), np.array([b[1] for b in self.bounds])
        res = minimize(f, 100 * np.clip(start, lo, hi), jac=True, method=method, bounds=list(zip(100 * lo, 100 * hi)),
                       constraints=self.constraints(slack, unit=100.0), options=options)
        res.x = onto_bounds(res.x / 100, lo, hi)
        # Every variable pinned by its bounds (min = max): SLSQP returns at once, without an
        # iteration count or a message.
        res.nit = int(getattr(res, "nit", 0))
        res.message = getattr(res, "message", "all variables fixed by their bounds")
        res.success = bool(getattr(res, "success", True))
        return res

    def slsqp(self, start: np.ndarray, slack=None, maxiter: int = 300):
        """Minimise J subject to the targets (loosened by ``slack``) from ``start`` (θ) by SLSQP
        (`minimise`'s scaling)."""
        return self.minimise(start, slack, "SLSQP", {"ftol": 1e-12, "maxiter": maxiter})

    def interior(self, start: np.ndarray, slack=None, maxiter: int = 500):
        """The same problem as `slsqp`, in the same scaling, by scipy's trust-region interior
        point method (``trust-constr``), from a ``start`` where the targets hold. The last
        resort when SLSQP stops without converging: far from the prior a target can be nearly
        flat along one sector (services shrinking 30 % a year leave it little weight in GRDP),
        and SLSQP's linearised step then finds the targets "incompatible" with the bounds and
        gives up; an interior point method does not linearise onto the bounds. It costs about
        twice a fifty-step SLSQP run (0.06–0.12 s against 0.03–0.08 s on the case that found
        it), so it is never the first try."""
        # Its notes on a singular step are not the planner's. Silenced here only, not in
        # `minimise`: the warning filters are the process's, shared by the app's sessions
        # (threads), so every other session is silenced while this runs. This method runs
        # rarely (where SLSQP stopped short); SLSQP runs on every solve.
        with no_warnings():
            return self.minimise(start, slack, "trust-constr",
                                 {"maxiter": maxiter, "gtol": 1e-10, "xtol": 1e-12, "barrier_tol": 1e-12})

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


def idle_settings(q: SolveSettings, set_id: str | None = None) -> tuple[tuple[str, dict], ...]:
    """The settings of a solve request ``q`` (judged by target set ``set_id``) that change nothing, each
    as (what, fields), in this order (words: `model.report.outcome.idle_text`). A file keeps them,
    as the Solve page does (a box unticked keeps its settings for when it is ticked again); the
    command line and the page say that they bound nothing, since a planner who wrote one expects
    it to count:

    ``cap``     an investment cap (% of GRDP) with targets that leave out ``investment_share``
                (`model.registry.cap_unused`); fields: cap
    ``bounds``  bounds on sectors the solver does not move (only the free sectors' are read:
                `effective_bounds`); fields: sectors (ids, in `SECTOR_IDS` order), free
    ``smooth``  a smoothness other than 1 with constant paths, which change nothing from year to
                year (the objective weighs μ·Σ(Δg)², zero for them); fields: mu
    ``taxes``   taxes "held" while product taxes are free: the solver finds their path itself
    ``approx``  "≈" targets posed exactly (``approx="equal"``) when none of the targets is one
    """
    free = tuple(registry.as_ids(q.free) or DEFAULT_FREE)
    out: list[tuple[str, dict]] = []
    if registry.cap_unused(q.targets, q.investment_cap, set_id):
        out.append(("cap", {"cap": q.investment_cap}))
    idle = tuple(s for s in SECTOR_IDS if s in (q.bounds or {}) and s not in free)
    if idle:
        out.append(("bounds", {"sectors": idle, "free": free}))
    if q.method == "constant" and q.smoothness != 1.0:
        out.append(("smooth", {"mu": q.smoothness}))
    if q.taxes == "held" and "product_taxes" in free:
        out.append(("taxes", {}))
    if q.approx == "equal" and not any_approx(q.targets, set_id):
        out.append(("approx", {}))
    return tuple(out)


def any_approx(targets, set_id: str | None = None) -> bool:
    """Whether any of the targets a request poses (`model.registry.posed`) is written "≈", the one
    kind `approx` poses (as a band or exactly); an unknown id is none."""
    return any(registry.known(i) and registry.get(i).comparator == "approx" for i in registry.posed(targets, set_id))


def _validate_request(free, bounds, smoothness):
    for s in free:
        if s not in SECTOR_IDS:
            raise SolverError("unknown_free", value=repr(s), allowed=", ".join(SECTOR_IDS))
    if not free:
        raise SolverError("no_free")
    for s, pair in bounds.items():
        if s not in SECTOR_IDS:
            raise SolverError("bounds_unknown", value=repr(s), allowed=", ".join(SECTOR_IDS))
        # {"services": 0.1} got "cannot unpack non-iterable float object"; text compared as a number
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2
                and all(v is None or P.is_number(v) for v in pair)):
            raise SolverError("bounds_pair", sector=s, value=repr(pair)[:40])
        lo, hi = pair
        g = RATES["growth"]
        lo_, hi_ = (g.lo if lo is None else lo), (g.hi if hi is None else hi)
        if not (g.lo <= lo_ <= hi_ <= g.hi):
            raise SolverError("bounds_range", sector=s, lo=lo, hi=hi, min=g.lo, max=g.hi)
    if not P.is_number(smoothness) or not (0.0 <= smoothness <= 1e6):   # "1" got "'<=' not supported"
        raise SolverError("bad_smoothness", value=str(smoothness) if P.is_number(smoothness) else repr(smoothness)[:40])
