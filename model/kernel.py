"""The projection on arrays with a leading draws axis: one kernel for a path, a fan and a split.

Kept apart from `model.growth` (which builds its inputs from a History and a Scenario and wraps
draw 0 in a `Projection`) for the reason QuantEcon keeps `_lss.py`'s simulation apart: the same
arithmetic must serve one path (the app, the solver), 2ⁿ paths (the attribution) and a million
draws (`model.uncertainty`), so it may not know about frames, files or scenarios. Only numpy
(and the sector order) is imported; every array is (draws, years, sectors) or broadcasts to it, with D = 1 for one path.

From the last actual year L, for future years t = L+1 … H, sector s and draw d:

    R_s(t)  = R_s(L) · Π_{τ≤t} (1 + g_s(τ) + ε_s(τ))  +  Σ_p q_p k_p VA_p (max(ramp_p(t−d_p), r_p) − r_p)
    P_s(t)  = P_s(L) · Π_{τ≤t} (1 + π_s(τ) + η_s(τ))
    pop(t)  = pop(L_pop) · Π (1 + n(τ) + ν(τ))
    M(t)    = M(L) · (R_IC(t) − E_IC(t)) / R_IC(L) + E_M(t)          manufacturing

with g, π, n the scenario's rates (fractions per year), ε, η, ν a draw's shocks (0 for the
central path), q_p ∈ {0, 1} a project on or off, k_p its scale, d_p its delay (years), r_p
the share of its capacity the record holds at L (its planned ramp there: a delay cannot move it),
E_IC and E_M the projects' increments in industry-construction and in manufacturing.
A sector driven by investment replaces the compound term by the exact one-year solution of
`resolve_driven` (ICOR K_s per draw). Years up to L are the history, untouched.

Units: real value added billion VND at constant 2010 prices; deflators 2010 = 1; population
thousand persons; rates fractions per year.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .params import wrong_kind
from .sectors import SECTOR_IDS

# ---- accounting identities on arrays (the last axis is sectors) ----------------------------------


def calc_nominal(real: np.ndarray, deflator: np.ndarray) -> np.ndarray:
    """N_s = R_s · P_s (billion VND at current prices)."""
    return real * deflator


def calc_total(x: np.ndarray) -> np.ndarray:
    """GRDP: the sum over the last (sector) axis. A short axis (under 8, the four sectors) is
    added one column after another: the numbers np.sum gives there, bit for bit (numpy adds
    fewer than eight terms in order), without its reduction machinery, which on 10,000 draws
    cost seven times as much (tests/test_kernel.py checks the equality)."""
    x = np.asarray(x)
    n = x.shape[-1] if x.ndim else 0
    if not 0 < n < 8 or x.dtype.kind != "f":
        return x.sum(axis=-1)
    out = np.array(x[..., 0])
    for k in range(1, n):
        out += x[..., k]
    return out


def calc_shares(nominal: np.ndarray) -> np.ndarray:
    """N_s / N (fractions; they add up to 1 over the last axis)."""
    return nominal / calc_total(nominal)[..., None]


def calc_average_growth(total_real: np.ndarray, i_start: int, i_end: int, years: int) -> np.ndarray:
    """(R(T)/R(t0))^(1/years) − 1 along the year axis (the last axis of ``total_real``)."""
    return (total_real[..., i_end] / total_real[..., i_start]) ** (1.0 / years) - 1.0


def calc_growth(total: np.ndarray, previous: np.ndarray | float) -> np.ndarray:
    """x(t)/x(t−1) − 1 along the last axis, the first year against ``previous``."""
    prev = np.concatenate([np.broadcast_to(previous, total.shape[:-1] + (1,)), total[..., :-1]], axis=-1)
    return total / prev - 1.0


def calc_per_capita(nominal_total: np.ndarray, population: np.ndarray) -> np.ndarray:
    """Billion VND / thousand persons = million VND per person."""
    return nominal_total / population


# ---- inputs ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectArrays:
    """The scenario's projects as arrays (P projects): value added at capacity ``va`` (billion
    VND a year, 2010 prices), sector column, manufacturing flag, first year, ramp ``profile``
    (P × (Lmax+1): 0, then the ramp, padded with its last value), ``length`` of each ramp, and
    the scenario's own on/off, delay and scale."""

    va: np.ndarray
    sector: np.ndarray
    manufacturing: np.ndarray
    first_year: np.ndarray
    profile: np.ndarray
    length: np.ndarray
    on: np.ndarray
    delay: np.ndarray
    scale: np.ndarray
    ids: tuple[str, ...] = ()
    va_low: np.ndarray | None = None       # the band of ``va`` (`model.uncertainty` draws in it)
    va_high: np.ndarray | None = None
    probability: np.ndarray | None = None  # that it goes ahead at all (the projects table)

    @property
    def n(self) -> int:
        return len(self.va)

    def pending(self, last: int) -> np.ndarray:
        """Not started by year ``last`` as planned (P,): whether they go ahead, and when, is
        still open; a start the record holds is data, whatever a scenario's delay."""
        return self.first_year > last


@dataclass(frozen=True)
class Driven:
    """Sectors driven by their own investment (`resolve_driven`): organic investment σ_s(t)
    (future × sectors, fraction of GRDP, 0 where not driven), which columns, relative ICORs,
    lag weights ω, the organic level at L and the past years' real investment (lags−1 rows,
    newest first), split into a part paid from the published total (independent of the ICOR)
    and a steady-state part (proportional to the ICOR)."""

    sigma: np.ndarray
    mask: np.ndarray
    relative: np.ndarray
    lags: np.ndarray
    level: np.ndarray
    past_fixed: np.ndarray
    past_per_icor: np.ndarray


@dataclass(frozen=True)
class Base:
    """What one scenario fixes: the actual years, its central rates and its projects.

    years (Y,), n_act actual rows of real_act/defl_act (n_act × S), growth and inflation
    (F × S, F = Y − n_act), population data ``pop_act`` and growth ``pop_growth`` for the years
    after it, manufacturing in the actual years ``m_act`` (or None), projects, investment
    drivers (or None) and the central ICOR."""

    years: np.ndarray
    n_act: int
    real_act: np.ndarray
    defl_act: np.ndarray
    previous_real: np.ndarray
    growth: np.ndarray
    inflation: np.ndarray
    pop_act: np.ndarray
    pop_growth: np.ndarray
    projects: ProjectArrays
    driven: Driven | None
    icor: float
    m_act: np.ndarray | None = None

    @property
    def last(self) -> int:
        return int(self.years[self.n_act - 1])

    @property
    def future(self) -> np.ndarray:
        return self.years[self.n_act:]


@dataclass(frozen=True)
class Shocks:
    """One draw's departures from the central path; None is none. Shapes broadcast against
    the leading draws axis D: growth and inflation (D, F, S) added to the rates; population
    (D, Fp) added to its growth; on (D, P) bool, delay (D, P) int, scale (D, P) replacing the
    scenario's project settings; icor (D,) replacing the central ICOR."""

    growth: np.ndarray | None = None
    inflation: np.ndarray | None = None
    population: np.ndarray | None = None
    on: np.ndarray | None = None
    delay: np.ndarray | None = None
    scale: np.ndarray | None = None
    icor: np.ndarray | None = None


@dataclass(frozen=True)
class Paths:
    """Kernel output: real and deflator (D, Y, S), population (D, Y), manufacturing (D, Y) or
    None, resolved organic growth (D, F, S), with the years."""

    years: np.ndarray
    n_act: int
    real: np.ndarray
    deflator: np.ndarray
    population: np.ndarray
    manufacturing: np.ndarray | None
    growth: np.ndarray

    @property
    def nominal(self) -> np.ndarray:
        return calc_nominal(self.real, self.deflator)

    def at(self, year: int) -> int:
        return int(np.searchsorted(self.years, year))


# ---- the kernel ------------------------------------------------------------------------------------


def project_increments(pa: ProjectArrays, future: np.ndarray, last: int, on=None, delay=None, scale=None):
    """What each project adds over year ``last`` in the ``future`` years, all after it (D, P, F),
    billion VND at 2010 prices: q · k · VA · (max(ramp(t − d), ramp(L)) − ramp(L)), the share
    at L the record's (planned timing, whatever the delay: `model.projects.Project.added`)."""
    on = pa.on if on is None else on
    delay = pa.delay if delay is None else delay
    scale = pa.scale if scale is None else scale
    on, delay, scale = (np.atleast_2d(np.asarray(x)) for x in (on, delay, scale))
    start = pa.first_year[None, :] + delay                      # (D, P)
    length = pa.length[None, :, None]
    k = np.clip(future[None, None, :] - start[..., None] + 1, 0, length)
    rows = np.arange(pa.n)
    recorded = pa.profile[rows, np.clip(last - pa.first_year + 1, 0, pa.length)][None, :, None]   # (1, P, 1)
    ramp = np.maximum(pa.profile[rows[None, :, None], k], recorded) - recorded
    return (on * scale * pa.va[None, :])[..., None] * ramp


def resolve_driven(level_others_growth: np.ndarray, dv: Driven, proj_total: np.ndarray,
                   icor: np.ndarray) -> np.ndarray:
    """Organic growth (D, F, S) with the investment-driven columns solved year by year.

    With K_s = ICOR · relativity_s and investment at the GRDP deflator (real investment
    σ_s(t)·R(t)), for each year t and driven sector s:

        R_s(t) = c_s + a_s T,   c_s = R_s(t−1) + Σ_{m≥1} ω_m i_s(t−m) / K_s,   a_s = ω_0 σ_s(t) / K_s
        T = R(t) = (Σ_D c_s + Σ_{u∉D} R_u(t) + E(t)) / (1 − Σ_D a_s)

    exact, without iteration (E the projects' increments, ``proj_total`` (D, F))."""
    g = np.array(level_others_growth, dtype=float, copy=True)
    D = g.shape[0]
    mask = dv.mask
    K = icor[:, None] * dv.relative[None, :]                        # (D, S)
    Ksafe = np.where(mask[None, :], K, 1.0)
    w = dv.lags
    level = np.broadcast_to(dv.level, (D, len(mask))).copy()
    past = [dv.past_fixed[m][None, :] + icor[:, None] * dv.past_per_icor[m][None, :]
            for m in range(len(w) - 1)]                             # i(t−1), i(t−2), … (D, S)
    for j in range(g.shape[1]):
        new = level * (1 + g[:, j])
        a = np.where(mask, w[0] * dv.sigma[j][None, :] / Ksafe, 0.0)
        c = level + sum(w[m + 1] * past[m] for m in range(len(past))) / Ksafe
        T = ((np.where(mask, c, new)).sum(axis=1) + proj_total[:, j]) / (1 - a.sum(axis=1))
        new = np.where(mask, c + a * T[:, None], new)
        i_now = np.where(mask, dv.sigma[j][None, :] * T[:, None], 0.0)
        g[:, j] = np.where(mask, new / level - 1, g[:, j])
        past = [i_now] + past[:-1]
        level = new
    return g


def manufacturing_path(m_last, ic_last, ic_future, inc_ic, inc_m):
    """M(t) = M(L) · (R_IC(t) − E_IC(t)) / R_IC(L) + E_M(t): manufacturing follows
    industry-construction's organic path and adds its own projects (`model.industry`)."""
    return m_last * (ic_future - inc_ic) / ic_last + inc_m


def _compound(out: np.ndarray, rate: np.ndarray) -> np.ndarray:
    """``out`` (…, F, S) := Π_{k≤j} (1 + rate_k) along the year axis (−2), written in place:
    the products np.cumprod(1 + rate, axis=−2) makes, in its order, without its temporaries."""
    out[...] = rate
    out += 1.0
    for j in range(1, out.shape[-2]):
        out[..., j, :] *= out[..., j - 1, :]
    return out


def run(base: Base, shocks: Shocks | None = None, draws: int | None = None) -> Paths:
    """The projection for every draw: ``base`` with ``shocks`` (None: the central path, D = 1).

    ``draws`` fixes D when no shock has a draws axis (e.g. a tornado's rows are given through
    project settings only)."""
    if not isinstance(base, Base):   # a scenario or a path got "no attribute 'growth'"
        raise wrong_kind("base", "kernel.Base", base, how="model.growth.base_inputs(history, scenario)")
    sh = shocks or Shocks()
    shapes = [x.shape[0] for x in (sh.growth, sh.inflation, sh.population, sh.on, sh.delay, sh.scale, sh.icor)
              if x is not None and np.ndim(x) > 0]
    D = max(shapes + [draws or 1])
    F, S = base.growth.shape
    future, last = base.future, base.last
    pa = base.projects
    icor = np.broadcast_to(np.asarray(base.icor if sh.icor is None else sh.icor, float), (D,))
    g = np.broadcast_to(base.growth if sh.growth is None else base.growth + sh.growth, (D, F, S))
    if pa.n and F:
        contrib = project_increments(pa, future, last, sh.on, sh.delay, sh.scale)   # (D', P, F)
        onehot = np.zeros((pa.n, S))
        onehot[np.arange(pa.n), pa.sector] = 1.0
        inc = np.broadcast_to(contrib.transpose(0, 2, 1) @ onehot, (D, F, S))
        inc_m = np.broadcast_to(np.einsum("dpf,p->df", contrib, pa.manufacturing.astype(float)), (D, F))
    else:
        inc, inc_m = np.zeros((D, F, S)), np.zeros((D, F))
    if base.driven is not None and F:
        g = resolve_driven(g, base.driven, inc.sum(axis=2), icor)
    start = base.real_act[base.n_act - 1]
    n_act, Y = base.n_act, base.n_act + F
    # The projected years are compounded in a contiguous block of their own and written into
    # the (draws, years, sectors) arrays once: compounding in place in a strided slice, or
    # through np.cumprod and its temporaries, cost a 10,000-draw run twice the time. The
    # products are np.cumprod's, in its order: the numbers are the same to the last bit.
    real = np.empty((D, Y, S))
    real[:, :n_act] = base.real_act
    fut = _compound(np.empty((D, F, S)), g)
    fut *= start
    fut += inc
    real[:, n_act:] = fut
    pi = base.inflation if sh.inflation is None else base.inflation + sh.inflation
    defl = np.empty((D, Y, S))
    defl[:, :n_act] = base.defl_act
    defl_fut = _compound(np.empty(np.shape(pi)), pi)   # no draws axis: compounded once
    defl_fut *= base.defl_act[n_act - 1]
    defl[:, n_act:] = defl_fut
    n = base.pop_growth if sh.population is None else base.pop_growth + sh.population
    pop = np.empty((D, len(base.pop_act) + len(base.pop_growth)))
    pop[:, :len(base.pop_act)] = base.pop_act
    pop[:, len(base.pop_act):] = base.pop_act[-1] * np.cumprod(1.0 + n, axis=-1)
    m = None
    if base.m_act is not None:
        m = np.empty((D, Y))
        m[:, :n_act] = base.m_act
        m[:, n_act:] = manufacturing_path(base.m_act[-1], start[_IC], fut[:, :, _IC], inc[:, :, _IC], inc_m)
    return Paths(base.years, base.n_act, real, defl, pop, m, g)


_IC = SECTOR_IDS.index("industry_construction")
