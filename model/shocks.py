"""The sources of uncertainty: their sizes estimated on the shipped record, and draws from them.

`model.uncertainty` says what each source is and why (its docstring is the method), runs the
draws through the kernel and judges the targets; this module holds the two steps before: the
estimation (`estimate`: each source's standard deviations, shrunk correlations and persistence,
from the four-sector panel's growth net of the projects, 2017 to the last actual year but for
the years the panel builds at one common rate, and the deflators from 2021) and the draws (`draw_shocks`: per source from ``SeedSequence([seed, chunk,
source])``, draw by draw: the same seed gives the same numbers in the app, the CLI and the API,
the first N draws of a larger run are a smaller run's, and a source switched off leaves the
others' draws as they were).
Rates are fractions per year.

Glossary: nguồn bất định = source of uncertainty; hệ số thu hẹp = shrinkage; cú sốc = shock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from . import kernel
from .capital import ICOR_BAND
from .params import whole_year
from .sectors import SECTOR_IDS

SOURCES = ("growth", "prices", "projects", "population", "icor")
SHOCK_FIRST_YEAR = 2017       # 2016 left out: a one-off (`model.uncertainty`'s docstring)
SHOCK_MIN_YEARS = 3           # fewer observations give no spread and correlations of ±1
PRICE_FIRST_YEAR = 2021       # deflators of the assembled history
SLIP = (0.5, 0.3, 0.2)        # assumption: P(slip of 0, 1, 2 years) for a project not yet running
POPULATION_SD = 0.002         # assumption: 0.2 pp a year
RHO_RANGE = (0.0, 0.9)
_SOURCE_STREAM = {s: k for k, s in enumerate(SOURCES)}


# ---- estimation --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShockModel:
    """One source's shocks: standard deviations (fractions per year, per sector), the sample
    and shrunk correlations, the shrinkage intensity λ, persistence ρ (raw and used) and the
    years behind them (every one, in order: the sample may have gaps) and their number."""

    sd: np.ndarray
    corr_sample: np.ndarray
    corr: np.ndarray
    shrinkage: float
    rho_raw: float
    rho: float
    years: tuple[int, ...]
    n: int

    @property
    def cov(self) -> np.ndarray:
        return self.corr * np.outer(self.sd, self.sd)

    def table(self) -> pd.DataFrame:
        """sd_pp by sector, with the shrunk correlations."""
        out = pd.DataFrame(self.corr, index=list(SECTOR_IDS), columns=list(SECTOR_IDS))
        out.insert(0, "sd_pp", 100 * self.sd)
        return out


@dataclass(frozen=True)
class Estimate:
    """The sources' sizes, estimated from the record (`model.uncertainty`'s docstring)."""

    growth: ShockModel
    prices: ShockModel
    population_sd: float = POPULATION_SD
    slip: tuple[float, ...] = SLIP
    icor: tuple[float, float, float] = (ICOR_BAND["low"], ICOR_BAND["central"], ICOR_BAND["high"])


def shrink_correlation(dev: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(sample correlation, shrunk correlation, λ) of deviations ``dev`` (years × series):
    Schäfer–Strimmer's analytic intensity towards the identity,
    λ = Σ_{i≠j} Var(r_ij) / Σ_{i≠j} r_ij², Var(r_ij) = n/(n−1)³ Σ_k (w_kij − w̄_ij)²,
    w_kij = z_ki z_kj on standardised data; r*_ij = (1 − λ) r_ij."""
    n = dev.shape[0]
    z = (dev - dev.mean(axis=0)) / dev.std(axis=0, ddof=1)
    r = np.corrcoef(dev, rowvar=False)
    w = z[:, :, None] * z[:, None, :]
    var_r = n / (n - 1) ** 3 * ((w - w.mean(axis=0)) ** 2).sum(axis=0)
    off = ~np.eye(dev.shape[1], dtype=bool)
    denom = (r[off] ** 2).sum()
    lam = float(np.clip(var_r[off].sum() / denom, 0.0, 1.0)) if denom > 0 else 1.0
    shrunk = np.where(off, (1 - lam) * r, 1.0)
    return r, shrunk, lam


def _pooled_rho(dev: np.ndarray, years: np.ndarray) -> float:
    """ρ = (n − 1)/m · Σ_pairs z_t z_{t−1} / Σ_t z_t², over the m pairs of consecutive years
    (a gap in the sample is not a lag of one year); without gaps m = n − 1 and this is the
    usual pooled estimate. 0 when no two years are consecutive."""
    z = dev / dev.std(axis=0, ddof=1)
    lag = np.diff(years) == 1
    m = int(lag.sum())
    if m == 0:
        return 0.0
    return float((z[1:][lag] * z[:-1][lag]).sum() / (z ** 2).sum() * (len(z) - 1) / m)


def fit_shocks(dev: pd.DataFrame) -> ShockModel:
    """A `ShockModel` from deviations (years × sectors, fractions per year, mean taken out),
    at least SHOCK_MIN_YEARS years."""
    if len(dev) < SHOCK_MIN_YEARS:
        raise ValueError(f"shocks need at least {SHOCK_MIN_YEARS} years of deviations, got {len(dev)}")
    d = dev.to_numpy()
    years = dev.index.to_numpy(dtype=int)
    sd = d.std(axis=0, ddof=1)
    sample, shrunk, lam = shrink_correlation(d)
    rho_raw = _pooled_rho(d, years)
    return ShockModel(sd=sd, corr_sample=sample, corr=shrunk, shrinkage=lam, rho_raw=rho_raw,
                      rho=float(np.clip(rho_raw, *RHO_RANGE)), years=tuple(int(y) for y in years), n=len(d))


def net_growth(last: int | None = None) -> pd.DataFrame:
    """x_s(t) = (R_s(t) − ΔE_s(t)) / R_s(t−1) − 1: each sector's growth net of the projects'
    increments, on the four-sector panel (fractions per year), 2016 to ``last``."""
    from .record import _panel

    if last is not None:
        last = whole_year(last, "last")   # "2024" got pandas' "'>' not supported between int and str"
    panel, e = _panel()
    x = ((panel - e.diff()) / panel.shift() - 1).dropna()
    return x.loc[:last] if last is not None else x


@lru_cache(maxsize=1)
def common_rate_years() -> tuple[int, ...]:
    """The years t whose net growth x_s(t) is the same for every sector by construction: the
    panel (`model.backtest.sector_panel`) has no published sector growth there and builds level
    t − 1 back from t at one common organic rate (method ``common_rate``), so x_s(t) holds the
    total's growth and nothing of how the sectors differed. 2018 and 2019."""
    from .record import panel_and_provenance

    _, prov = panel_and_provenance()
    built = prov.loc[prov["method_key"] == "common_rate", "year"]
    return tuple(sorted({int(y) + 1 for y in built}))


def shock_sample(last: int | None = None) -> pd.DataFrame:
    """x_s(t) on the years the growth shocks are estimated from: SHOCK_FIRST_YEAR to ``last``
    without `common_rate_years` (fractions per year; years × sectors)."""
    x = net_growth(last).loc[SHOCK_FIRST_YEAR:]
    return x.drop(index=[y for y in common_rate_years() if y in x.index])


@lru_cache(maxsize=16)
def estimate(last: int | None = None) -> Estimate:
    """The sources' sizes from the shipped record up to ``last`` (default: every actual year);
    ``last`` must leave SHOCK_MIN_YEARS years in `shock_sample`."""
    from .history import assemble_history

    x = shock_sample(last)
    h = assemble_history()
    pi = h.deflator.pct_change().dropna().loc[PRICE_FIRST_YEAR:]
    if last is not None:
        pi = pi.loc[:max(last, PRICE_FIRST_YEAR + 2)]
    return Estimate(growth=fit_shocks(x - x.mean()), prices=fit_shocks(pi - pi.mean()))


# ---- draws ---------------------------------------------------------------------------------------------


def _rng(seed: int, chunk: int, source: str) -> np.random.Generator:
    return np.random.default_rng(np.random.SeedSequence([int(seed), int(chunk), _SOURCE_STREAM[source]]))


_AR_CACHE: dict[tuple, np.ndarray] = {}
_AR_CACHE_SIZE = 8   # a few (seed, size, source) combinations: an app session's, at 3 MB each
_AR_CACHE_MAX_BYTES = 10 * 2**20   # 10,000 draws to 2050 are 8 MB; a large run's 16 MB chunks are not kept
_AR_LOCK = threading.Lock()   # the app's sessions run in threads


def _ar_shocks_cached(seed: int, chunk: int, source: str, m: ShockModel, D: int, F: int,
                      scale: float) -> np.ndarray:
    """`_ar_shocks` for one stream, kept (read-only) for the next call with the same seed,
    chunk, size and shock model: the shocks do not depend on the scenario's rates, so a changed
    control on a page showing probabilities reuses them (a third of the 10,000 draws' time)."""
    key = (seed, chunk, source, D, F, float(scale), m.rho, m.n, m.sd.tobytes(), m.corr.tobytes())
    with _AR_LOCK:
        hit = _AR_CACHE.get(key)
    if hit is None:
        hit = _ar_shocks(_rng(seed, chunk, source), m, D, F, scale)
        hit.setflags(write=False)
        if hit.nbytes > _AR_CACHE_MAX_BYTES:
            return hit
        with _AR_LOCK:
            while len(_AR_CACHE) >= _AR_CACHE_SIZE:
                _AR_CACHE.pop(next(iter(_AR_CACHE)))
            _AR_CACHE[key] = hit
    return hit


def _ar_shocks(rng, m: ShockModel, D: int, F: int, scale: float) -> np.ndarray:
    """μ + e(t) (D, F, S): a mean draw and AR(1) shocks of covariance Σ, times ``scale``."""
    S = len(m.sd)
    L = np.linalg.cholesky(m.cov + 1e-14 * np.eye(S))
    # draw by draw (a prefix is a smaller run); one 2-D product rather than D small ones
    u = (rng.standard_normal((D * (F + 1), S)) @ L.T).reshape(D, F + 1, S)
    mu = u[:, 0] / np.sqrt(m.n)
    e = u[:, 1:].copy()
    if m.rho > 0:
        c = np.sqrt(1 - m.rho ** 2)
        for j in range(1, F):
            e[:, j] = m.rho * e[:, j - 1] + c * e[:, j]
    return scale * (mu[:, None, :] + e)


def _triangular(u: np.ndarray, lo: np.ndarray, mode: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Triangular draws from uniforms ``u`` by the inverse CDF (degenerate bands give the mode)."""
    width = np.maximum(hi - lo, 1e-300)
    fc = np.clip((mode - lo) / width, 0, 1)
    left = lo + np.sqrt(u * width * (mode - lo))
    right = hi - np.sqrt((1 - u) * width * (hi - mode))
    return np.where(hi - lo <= 0, mode, np.where(u < fc, left, right))


def draw_shocks(base: kernel.Base, est: Estimate, n: int, seed: int, chunk: int = 0,
                sources: Iterable[str] = SOURCES, scale: Mapping[str, float] | None = None) -> kernel.Shocks:
    """``n`` draws (n ≤ CHUNK) of chunk ``chunk`` for the sources switched on."""
    on = set(sources)
    sc = {s: 1.0 for s in SOURCES} | dict(scale or {})
    F, S = base.growth.shape
    out: dict = {}
    if "growth" in on and F:
        out["growth"] = _ar_shocks_cached(seed, chunk, "growth", est.growth, n, F, sc["growth"])
    if "prices" in on and F:
        out["inflation"] = _ar_shocks_cached(seed, chunk, "prices", est.prices, n, F, sc["prices"])
    if "population" in on and len(base.pop_growth):
        rng = _rng(seed, chunk, "population")
        out["population"] = sc["population"] * est.population_sd * rng.standard_normal((n, len(base.pop_growth)))
    pa = base.projects
    if "projects" in on and pa.n:
        rng = _rng(seed, chunk, "projects")
        u = rng.random((n, pa.n, 3))         # go, slip, value added: draw by draw
        lo = pa.va_low / pa.va if pa.va_low is not None else np.ones(pa.n)
        hi = pa.va_high / pa.va if pa.va_high is not None else np.ones(pa.n)
        lo, hi = 1 + sc["projects"] * (lo - 1), 1 + sc["projects"] * (hi - 1)
        k = _triangular(u[..., 2], np.maximum(lo, 0.0), np.ones(pa.n), hi)
        # not yet running at L (`model.projects.Project.recorded_start`): a scenario's delay
        # cannot move a start the record holds, only the rest of its ramp-up
        pending = pa.on & pa.pending(base.last)
        prob = pa.probability if pa.probability is not None else np.ones(pa.n)
        go = np.where(pending, u[..., 0] < prob, pa.on)
        cum = np.cumsum(est.slip)
        slip = np.searchsorted(cum, u[..., 1] * cum[-1], side="right")
        out["on"] = go
        out["delay"] = pa.delay + np.where(pending, slip, 0)
        out["scale"] = pa.scale * k
    if "icor" in on and base.driven is not None:
        lo, mid, hi = est.icor
        out["icor"] = _triangular(_rng(seed, chunk, "icor").random(n), np.array(lo), np.array(mid), np.array(hi))
    return kernel.Shocks(**out)
