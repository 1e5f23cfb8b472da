"""Investment and growth: the investment a growth path needs, and the growth investment buys.

Organic real value added (all but the named projects) grows with organic investment through an
incremental capital-output ratio (ICOR) and a distributed lag ω (fractions summing to 1):

    ΔR^org(t) = Σ_k ω_k · i(t − k) / ICOR,     i(t) = I^org(t) / P^I(t)

with I^org investment at current prices (billion VND), P^I its deflator (2010 = 1; taken equal
to the GRDP deflator: an assumption) and i real investment at 2010 prices. Total social
investment (vốn đầu tư phát triển toàn xã hội) is organic investment plus the projects' capital
spending, I(t) = I^org(t) + Σ_p C_p(t), by source: organic investment split by
``ORGANIC_SOURCES`` (assumption), projects by their own.

Both directions:
- `required_investment`: given a projection, i(t) = (ICOR ΔR^org(t) − ω_1 i(t−1) − ω_2 i(t−2)) / ω_0,
  started from the published investment of the actual years (or, without it, from the
  steady state i = ICOR ΔR^org); where that exact inverse is negative or not the cheapest path
  (back-loaded lags make it swing), the least non-negative investment covering every year
  (`_need_path`, a linear programme);
- `growth_from_investment`: given investment as a share of GRDP s(t), R(t) solves
  R(t) (1 − ω_0 s(t) / ICOR) = R(t−1) + [ω_1 i(t−1) + ω_2 i(t−2) − ω_0 C(t)/P(t)] / ICOR + ΔE(t),
  E the projects' value added; the organic increment is spread over sectors in proportion to
  the scenario's own organic increments.

What the record supports (`icor_record`): investment at current prices over the real
increment valued at the previous year's GRDP deflator, 7.5 (2024) and 6.0 (2025), and about 9.8
over 2016–2020 (cumulative); 2020 alone (0.53 % growth) means nothing. Point ICORs are
unstable (Easterly 1999): the model uses a band, ``ICOR_BAND`` = 6 / 7 / 8 (an assumption read
off that record), and reports every need at all three.

Glossary: vốn đầu tư phát triển toàn xã hội = total social investment; hệ số ICOR = ICOR;
nhà nước / ngoài nhà nước / FDI = state / non-state domestic / foreign direct investment;
nhu cầu vốn = investment need.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

# The constants and the resolution of investment-driven sectors live in `model.capital`, below
# `model.growth` (which resolves such sectors as it projects); this module is their public home.
from . import params as P
from .capital import (ICOR_BAND, LAGS, ORGANIC_SOURCES, SECTOR_RELATIVE, _actual_real_investment,  # noqa: F401
                      _published_investment, resolve_growth, sector_icor)
from .data import select_preferred
from .growth import Projection, need_projection, simulate, simulate_variant
from .history import History, need_history, per_history
from .projects import SOURCES, capital_spending, increments
from .scenario import RatePath, Scenario
from .sectors import SECTOR_IDS
from .targets import TARGET_YEAR

def switch_driver(history: History, scenario: Scenario, sector: str, driver: str,
                  loaded: Scenario | None = None) -> Scenario:
    """``scenario`` with ``sector`` driven by ``driver`` ('growth' or 'investment'), starting
    from a value close to what it has now, rounded to 0.1 pp so that it reads as typed:

    - to investment: the share of GRDP that at a steady pace buys the sector's present organic
      path, mean over the projected years of K_s ΔR_s(t) / R(t);
    - to growth: the compound average of the growth its investment buys now.

    A round trip loses to both roundings and to the shape of the path (the baseline's services:
    7.5 % a year → 14.4 % of GRDP → 7.0 % a year). So, back to the driver of the ``loaded``
    scenario (the file the user opened), while the present value is still what switching away
    from the loaded one's gives (nothing typed since), the loaded rate itself comes back."""
    from .scenario import pct_to_frac

    # an unknown driver returned the scenario unchanged, as if it were already so driven
    if driver not in ("growth", "investment"):
        raise ValueError(f"driver = {driver!r:.40}: 'growth' or 'investment'" + P.did_you_mean(driver, ("growth", "investment")))
    if sector not in SECTOR_IDS:
        raise KeyError(f"unknown sector {sector!r:.40}; sectors: {', '.join(SECTOR_IDS)}" + P.did_you_mean(sector, SECTOR_IDS))
    if scenario.driver(sector) == driver:
        return scenario
    if loaded is not None and loaded.driver(sector) == driver:
        fp = f"sectors.{sector}.{driver}"
        back = scenario.with_rate(fp, loaded.rate(fp))
        if switch_driver(history, back, sector, scenario.driver(sector)) == scenario:
            return back
    p = simulate(history, scenario)
    years = p.years.to_numpy()
    last = p.last_actual_year
    future = years[years > last]
    k = SECTOR_IDS.index(sector)
    if driver == "investment":
        d = _organic_increment(p).to_numpy()[years > last, k]
        share = float(np.mean(sector_icor(sector) * d / p.grdp_real.to_numpy()[years > last])) if len(d) else 0.0
        share = min(max(round(100 * share, 1), 0.0), 100.0)
        return scenario.with_rate(f"sectors.{sector}.investment", RatePath.const(pct_to_frac(share)))
    from .growth import growth_rates

    g = growth_rates(history, scenario, future, last)[:, k]
    avg = float(np.prod(1 + g) ** (1 / len(g)) - 1) if len(g) else 0.0
    return scenario.with_rate(f"sectors.{sector}.growth", RatePath.const(pct_to_frac(round(100 * avg, 1))))


def icor_record(history: History) -> pd.DataFrame:
    """ICOR in the years with published investment: year, investment_bn (current prices),
    real_increment_bn (2010 prices), deflator_prev (GRDP deflator of the year before),
    icor, note. First the 2016–2020 cumulative figure (period "2016–2020", en dash), from the
    published 172,000 billion VND and the published real growth back to 2016."""
    real = need_history(history).real.sum(axis=1)
    defl = history.nominal.sum(axis=1) / real
    # the 2016–2020 period first, so the rows read in time; its label written with an en dash as
    # every span of years is shown ("2016-2020" after 2025 read as out of place)
    cum = _cumulative_2016_2020(real, defl)
    rows = [] if cum is None else [cum]
    for y, (inv, row) in sorted(_published_investment().items()):
        if y - 1 not in real.index or y not in real.index:
            continue
        inc = float(real[y] - real[y - 1])
        icor = inv / (inc * float(defl[y - 1]))
        note = f"row {row}" + ("; growth 0.53 %: the ratio means nothing" if y == 2020 else "")
        rows.append({"period": str(y), "investment_bn": inv, "real_increment_bn": inc,
                     "deflator_prev": float(defl[y - 1]), "icor": icor, "note": note})
    return pd.DataFrame(rows).set_index("period")


def _cumulative_2016_2020(real: pd.Series, defl: pd.Series) -> dict | None:
    from .data import load_published

    df = load_published()
    cum = df[(df["indicator"] == "total_social_investment_cum") & (df["period"] == "2015-2020")]
    lvl = df[(df["indicator"] == "grdp_constant2010") & (df["period"] == "2017") & (df["status"] == "official")]
    g = select_preferred()
    g = g[g["indicator"] == "grdp_real_growth"].set_index("year")["value"]
    if cum.empty or lvl.empty or 2016 not in g.index or 2017 not in g.index:
        return None
    r2017 = float(lvl.iloc[0]["value"])
    r2015 = r2017 / (1 + g[2017] / 100) / (1 + g[2016] / 100)
    inc = float(real[2020]) - r2015
    # No deflator before 2020 is published: valued at 2020's, which overstates the increment's
    # value, so the ratio is a lower bound for the period (said in the note).
    icor = float(cum.iloc[0]["value"]) / (inc * float(defl[2020]))
    return {"period": "2016–2020", "investment_bn": float(cum.iloc[0]["value"]), "real_increment_bn": inc,
            "deflator_prev": float(defl[2020]), "icor": icor,
            "note": f"cumulative 2015-2020 (row {cum.iloc[0]['row']}); R(2015) from 2017's level and the "
                    "published 2016-2017 growth; increment valued at 2020's deflator: a lower bound"}


def _organic_increment(p: Projection) -> pd.DataFrame:
    """Real increments of organic value added by year and sector (projects' value added out)."""
    years = p.years.to_numpy()
    proj = increments(p.scenario.projects, years, p.last_actual_year) if p.scenario.projects else 0
    organic = p.real - proj
    prev = pd.concat([p.history.previous_real.to_frame().T, organic]).diff().iloc[1:]
    prev.index = p.years
    return prev


def _number(v, name: str) -> float:
    if not P.is_number(v) or not np.isfinite(v):
        raise ValueError(f"{name} = {v!r}: not a finite number")
    return float(v)


def _share(v, name: str) -> float:
    """A share of GRDP as a fraction strictly inside `params.INVESTMENT_SHARE_RANGE`; 40 for
    40 % is named as the slip it is."""
    x = _number(v, name)
    lo, hi = P.INVESTMENT_SHARE_RANGE
    if not lo < x < hi:
        raise ValueError(f"{name} = {x:g}: a share of GRDP is a fraction between {lo:g} and {hi:g}{P.percent_slip(x, lo, hi)}")
    return x


def _icor(v, name: str) -> float:
    """An ICOR within `params.ICOR_RANGE` (an ICOR of 0 divides by zero, a negative one buys
    growth by destroying capital)."""
    x = _number(v, name)
    lo, hi = P.ICOR_RANGE
    if not lo <= x <= hi:
        raise ValueError(f"{name} = {x:g}: an ICOR is a number from {lo:g} to {hi:g} (the record's 4–12)")
    return x


def _lags(lags: Sequence[float]) -> np.ndarray:
    w = np.asarray(lags, float)
    if w.ndim != 1 or not len(w) or not np.isfinite(w).all() or (w < 0).any() or w[0] <= 0 \
            or abs(w.sum() - 1) > 1e-9:
        raise ValueError(f"lags = {tuple(lags)!r}: non-negative fractions summing to 1, with ω_0 > 0")
    return w


def required_investment(p: Projection, icor: Mapping[str, float] | float | None = None,
                        lags: Sequence[float] = LAGS) -> pd.DataFrame:
    """Total social investment the projected years need (billion VND at current prices):
    one row a projected year with ``need_<band>`` (organic + projects) for each ICOR of the
    band, ``share_<band>_pct`` (% of GRDP at current prices), ``organic_central``,
    ``projects``, the central need by source (``state``, ``nonstate``, ``fdi``) and by sector
    (``sector_<id>``), ``negative`` where the recursion asked for less than nothing
    (shown as it is: the lagged effect of earlier investment covers the year), and
    ``catch_up``: the part of the first projected year's central need that makes up for what
    the actual years' investment falls short of delivering (0 in the other years).

    The catch-up: with increment need n = K·ΔR of the first projected year and D what the
    actual years still deliver in it (Σ_{m≥1} ω_m i(t−m)), the exact first-year investment is
    i = (n − D)/ω_0 = n + ((1 − ω_0)·n − D)/ω_0. Had the actual years invested at that year's
    own pace, D would be (1 − ω_0)·n and the second term nil: the second term, at current
    prices, is the catch-up (the baseline's 2026 need stands above 2027's by it).

    At the shipped band and lags the table is kept per projection and a copy returned: the
    Scorecard, the Projects and Compare pages and `need_against_record` ask for it alike."""
    need_projection(p, "p")
    if icor is None and lags is LAGS:
        return _shipped_need(p).copy()
    return _required_investment(p, icor, lags)


@per_history(maxsize=64)   # keyed by the projection's identity, checked through a weak reference
def _shipped_need(p: Projection) -> pd.DataFrame:
    return _required_investment(p, None, LAGS)


def _required_investment(p: Projection, icor, lags) -> pd.DataFrame:
    """`required_investment`'s table, worked out (``p`` checked by the caller)."""
    band = ICOR_BAND if icor is None else ({"central": icor} if np.isscalar(icor) else dict(icor))
    band = {name: _icor(k, f"icor[{name!r}]" if not np.isscalar(icor) else "icor") for name, k in band.items()}
    w = _lags(lags)
    years = p.years.to_numpy()
    last = p.last_actual_year
    future = years[years > last]
    defl = (p.grdp_nominal / p.grdp_real).to_numpy()
    d_org = _organic_increment(p)
    d_total = d_org.sum(axis=1).to_numpy()
    cap = capital_spending(p.scenario.projects, years, last) if p.scenario.projects else None
    cap_total = cap["total"].to_numpy() if cap is not None else np.zeros(len(years))
    # the columns gathered and the frame made once: set one at a time, they took the table 2.8 ms
    # a call, 1.1 ms so (the Scorecard asks for it on every run after a change: benchmarks/pages.py)
    cols: dict[str, np.ndarray] = {}
    for name, k in band.items():
        i = np.zeros(len(years))
        mask = years > last
        for j, y in enumerate(years[~mask]):
            i[j] = _actual_real_investment(y, cap_total[j], defl[j], k * d_total[j])
        i[mask], exact = _need_path(k * d_total, i[~mask], w)
        need = i[mask] * defl[mask] + cap_total[mask]
        cols[f"need_{name}"] = need
        cols[f"share_{name}_pct"] = 100 * need / p.grdp_nominal.to_numpy()[mask]
        if name == "central" or len(band) == 1:
            organic = i[mask] * defl[mask]
            cols["organic_central"] = organic
            cols["projects"] = cap_total[mask]
            for src in SOURCES:
                cols[src] = organic * ORGANIC_SOURCES[src] + (cap[src].to_numpy()[mask] if cap is not None else 0)
            rel = np.array([SECTOR_RELATIVE[s] for s in SECTOR_IDS])
            weights = np.clip(d_org.to_numpy()[mask], 0, None) * rel
            tot = weights.sum(axis=1, keepdims=True)
            weights = np.divide(weights, tot, out=np.full_like(weights, 1 / len(SECTOR_IDS)), where=tot > 0)
            for k_s, s in enumerate(SECTOR_IDS):
                cols[f"sector_{s}"] = organic * weights[:, k_s]
            cols["negative"] = exact < 0
            catch_up = np.zeros(int(mask.sum()))
            if mask.any() and i[mask][0] == exact[0]:   # the exact inverse stands in the first year
                n0 = k * d_total[mask][0]
                d0 = _still_delivered(i[~mask], w, 1)[0]
                catch_up[0] = ((1 - w[0]) * n0 - d0) / w[0] * defl[mask][0]
            cols["catch_up"] = catch_up
    return pd.DataFrame(cols, index=pd.Index(future, name="year"))


def _lag_matrix(w: np.ndarray, n: int) -> np.ndarray:
    """A[t, τ] = ω_{t−τ} over n projected years: what investment of year τ delivers in year t."""
    return sum((wm * np.eye(n, k=-m) for m, wm in enumerate(w)), np.zeros((n, n)))


def _still_delivered(known: np.ndarray, w: np.ndarray, n: int) -> np.ndarray:
    """What the actual years' real investment ``known`` still delivers in each of the n
    projected years through the lags (Σ_m ω_m i(t − m) over the known years)."""
    k = len(known)
    return np.array([sum(w[m] * known[k + t - m] for m in range(1, len(w)) if 0 <= k + t - m < k)
                     for t in range(n)], float)


def _need_path(need_real: np.ndarray, known: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Real organic investment of the projected years, i ≥ 0, that buys the increments.

    With A the lag matrix over the projected years (A[t, τ] = ω_{t−τ}) and b(t) = K·ΔR(t) less
    what the known years' investment still delivers, the exact inverse solves A i = b forward.
    With back-loaded lags (ω_0 small) each year corrects the last, and the path swings between
    large negative and positive needs (issue 15: −114 % to +406 % of GRDP for ω = 0.2 / 0.3 /
    0.5). The need is therefore the least investment whose lagged effect covers every year's
    increment:

        min Σ i(t)   subject to   A i ≥ b,  i ≥ 0          (a linear programme)

    finite and non-negative for any lags with ω_0 > 0, and never less for a faster-growing
    path (a larger b only shrinks the feasible set). Where the exact inverse is non-negative
    and optimal — its dual y, solving Aᵀ y = 1, is non-negative, as for the shipped lags — the
    two coincide, so the need ↔ growth inverse stays exact there. Returns (the path, the exact
    inverse: negative where the lagged effect of earlier investment already covers a year)."""
    n = len(need_real) - len(known)
    b = np.asarray(need_real[len(known):], float) - _still_delivered(known, w, n)
    A = _lag_matrix(w, n)
    if n == 0:
        return b, b
    exact = np.linalg.solve(A, b)
    dual = np.linalg.solve(A.T, np.ones(n))
    if (exact >= 0).all() and (dual >= -1e-12).all():
        return exact, exact
    from scipy.optimize import linprog  # lazily: `import model` stays light

    res = linprog(np.ones(n), A_ub=-A, b_ub=-b, bounds=[(0, None)] * n, method="highs")
    return (res.x if res.success else np.maximum(exact, 0.0)), exact


def need_inputs(p: Projection, icor: float = ICOR_BAND["central"], lags: Sequence[float] = LAGS) -> dict:
    """What the need of a path with ``p``'s actual years, projects and deflators takes, for a
    solver that moves the growth paths: the projects' capital and increments and the sector
    deflators of the projected years (``capex`` billion VND current prices, ``inc`` and ``defl``
    years × sectors), the ICOR, the lag matrix ``A`` and what the actual years' investment still
    delivers (``lagged``). `need_shares` turns organic levels into the average share of GRDP."""
    years = need_projection(p, "p").years.to_numpy()
    last = p.last_actual_year
    act = years <= last
    defl = (p.grdp_nominal / p.grdp_real).to_numpy()
    d_total = _organic_increment(p).sum(axis=1).to_numpy()
    cap = (capital_spending(p.scenario.projects, years, last)["total"].to_numpy() if p.scenario.projects
           else np.zeros(len(years)))
    known = np.array([_actual_real_investment(y, cap[j], defl[j], icor * d_total[j]) for j, y in enumerate(years[act])])
    inc = (increments(p.scenario.projects, years[~act], last) if p.scenario.projects
           else np.zeros((int((~act).sum()), len(SECTOR_IDS))))
    w = np.asarray(lags, float)
    n = int((~act).sum())
    # Fixed for every path the solver tries: the lag matrix and what the actual years'
    # investment still delivers in each projected year.
    return {"capex": cap[~act], "inc": inc, "defl": p.deflator.to_numpy()[~act], "icor": float(icor),
            "A": _lag_matrix(w, n), "lagged": _still_delivered(known, w, n)}


def need_shares(levels: np.ndarray, start: np.ndarray, inputs: dict) -> np.ndarray:
    """The share of GRDP a batch of level paths (m × years × sectors) needs, by the exact
    inverse A i = b for every path (one solve for all): a smooth function for the solver, which
    tries paths whose need would go negative (the lagged effect of earlier investment covering
    a year). `SolveResult` reports the need of the solved projection by `required_investment`,
    where such a year takes the least non-negative path instead."""
    m, n, _ = levels.shape
    prev = np.concatenate([np.broadcast_to(start, (m, 1, levels.shape[2])), levels[:, :-1]], axis=1)
    d = (levels - prev).sum(axis=2)                                        # m × n
    b = inputs["icor"] * d - inputs["lagged"][:n]
    i = np.linalg.solve(inputs["A"][:n, :n], b.T).T
    real = levels + inputs["inc"][:n]
    R, N = real.sum(axis=2), (real * inputs["defl"][:n]).sum(axis=2)
    return 100 * np.mean(i / R + inputs["capex"][:n] / N, axis=1)


def investment_record(history: History) -> pd.DataFrame:
    """Published total social investment against GRDP: year, investment_bn, grdp_nominal_bn,
    share_pct. Kept per history (the Scorecard's warning and the Compare table ask on every
    run; half a millisecond each) and a copy returned."""
    return _investment_record(need_history(history)).copy()


@per_history(maxsize=8)
def _investment_record(history: History) -> pd.DataFrame:
    nominal = history.nominal.sum(axis=1)
    rows = [{"year": y, "investment_bn": v, "grdp_nominal_bn": float(nominal[y]),
             "share_pct": 100 * v / float(nominal[y])}
            for y, (v, _) in sorted(_published_investment().items()) if y in nominal.index]
    return pd.DataFrame(rows).set_index("year")


def need_against_record(p: Projection, until: int = TARGET_YEAR) -> dict:
    """What a projection's growth paths need in total social investment, against the record.

    The need (`required_investment`) as % of GRDP at current prices, averaged over the projected
    years to ``until`` (the targets' year; every projected year when none is that early), at the
    ICOR band: ``central``, ``low``, ``high``, over ``y0``–``y1``. The record: every published
    year's share (``record``, {year: %}), the highest (``record_max``, in ``record_year``), and
    ``beyond`` when the central need is above it. Of the need, the named projects' own capital
    (``projects``, % of GRDP a year averaged alike: C(t)/N(t)), and the project spending most
    (``largest``, its id, and ``largest_pct``; None and 0 without projects): no growth path
    moves it (nor a project's scale: capital is what is built). A few milliseconds; to 2030 it
    is kept per projection (the Scorecard, the Projects and Compare pages, `run` and the solve
    ask for it) and a copy returned."""
    need_projection(p, "p")
    v = _need_to_target_year(p) if until == TARGET_YEAR else _need_against_record(p, until)
    return {**v, "record": dict(v["record"])}


@per_history(maxsize=64)
def _need_to_target_year(p: Projection) -> dict:
    return _need_against_record(p, TARGET_YEAR)


def _need_against_record(p: Projection, until: int) -> dict:
    need = required_investment(p)
    need = need[need.index <= until] if (need.index <= until).any() else need
    rec = investment_record(p.history)["share_pct"]
    c = float(need["share_central_pct"].mean())
    nominal = p.grdp_nominal.loc[need.index].to_numpy()
    spend = capital_spending(p.scenario.projects, need.index.to_numpy(), p.last_actual_year)
    each = {pid: float(100 * (spend[pid].to_numpy() / nominal).mean())
            for pid in spend.columns if pid not in (*SOURCES, "total")}
    largest = max(each, key=each.get) if each and max(each.values()) > 0 else None
    return {"central": c, "low": float(need["share_low_pct"].mean()), "high": float(need["share_high_pct"].mean()),
            "y0": int(need.index[0]), "y1": int(need.index[-1]), "record_max": float(rec.max()),
            "record_year": int(rec.idxmax()), "record": {int(y): float(v) for y, v in rec.items()},
            "beyond": c > float(rec.max()),
            "projects": float(100 * (need["projects"].to_numpy() / nominal).mean()),
            "largest": largest, "largest_pct": each.get(largest, 0.0)}


def growth_from_investment(history: History, scenario: Scenario, share_of_grdp: float | Mapping[int, float],
                           icor: float = ICOR_BAND["central"], lags: Sequence[float] = LAGS,
                           iterations: int = 4) -> Scenario:
    """The scenario whose organic growth is what investment of ``share_of_grdp`` (a fraction of
    GRDP at current prices, constant or by year) buys at ``icor``: each projected year's
    sector growth is the scenario's own organic increment scaled so that the sectors add up
    to the increment investment buys (year-by-year growth paths; deflators, population and
    projects as in ``scenario``).

    The GRDP deflator that values investment depends on the sector mix the answer produces, so
    the solve repeats with the answer's own deflator (``iterations`` times: the need of the
    result then equals ``share_of_grdp`` to about 1e-12)."""
    _icor(icor, "icor")
    _lags(lags)
    if not np.isscalar(share_of_grdp):
        if not isinstance(share_of_grdp, Mapping) or not share_of_grdp:
            # {} got "not enough values to unpack" from deep in the path's interpolation
            raise ValueError(f"share_of_grdp: a fraction of GRDP, or {{year: fraction}} with at least one year, "
                             f"not {share_of_grdp!r:.60}")
        for y in share_of_grdp:
            P.whole_year(y, f"share_of_grdp[{y!r:.20}]")
    for y, v in ({None: share_of_grdp} if np.isscalar(share_of_grdp) else dict(share_of_grdp)).items():
        _share(v, "share_of_grdp" if y is None else f"share_of_grdp[{y!r}]")
    base = simulate(history, scenario)
    years, last = base.years.to_numpy(), base.last_actual_year
    # the projects' capital (billion VND, current prices) and value added are the same in every pass
    cap = (capital_spending(scenario.projects, years, last)["total"].to_numpy() if scenario.projects
           else np.zeros(len(years)))
    proj = increments(scenario.projects, years, last) if scenario.projects else np.zeros((len(years), 4))
    sc, priced = scenario, base
    for _ in range(max(1, iterations)):
        sc = _buy(scenario, base, priced, share_of_grdp, icor, lags, cap, proj)
        priced = simulate_variant(history, sc)   # the scenario given was checked above
    return sc


def _buy(scenario: Scenario, base: Projection, priced: Projection, share_of_grdp, icor: float,
         lags: Sequence[float], cap: np.ndarray, proj: np.ndarray) -> Scenario:
    """One pass of `growth_from_investment` on ``base`` (the scenario's own projection), valuing
    investment at ``priced``'s deflator; ``cap`` the projects' capital spending by year (billion
    VND, current prices) and ``proj`` their value added's increments (years × sectors)."""
    years = base.years.to_numpy()
    last = base.last_actual_year
    future = years[years > last]
    if not len(future):
        return scenario
    s_path = (RatePath.const(share_of_grdp) if np.isscalar(share_of_grdp)
              else RatePath.by_year(dict(share_of_grdp))).values(years)
    w = np.asarray(lags, float)
    defl = (priced.grdp_nominal / priced.grdp_real).to_numpy()
    d_org = _organic_increment(base).to_numpy()
    r_org = base.real.sum(axis=1).to_numpy() - proj.sum(axis=1)
    i = np.zeros(len(years))
    for j, y in enumerate(years):
        if y <= last:
            i[j] = _actual_real_investment(y, cap[j], defl[j], icor * d_org[j].sum())
            continue
        lagged = sum(w[m] * i[j - m] for m in range(1, len(w)) if j - m >= 0)
        # R(t) = R_org(t) + E(t); investment s·N(t)/P(t) = s·R(t) in real terms
        e_t = proj[j].sum()
        r_new = (r_org[j - 1] + (lagged - w[0] * cap[j] / defl[j] + w[0] * s_path[j] * e_t) / icor) \
            / (1 - w[0] * s_path[j] / icor)
        i[j] = s_path[j] * (r_new + e_t) - cap[j] / defl[j]
        r_org[j] = r_new
    # Spread each year's organic increment over sectors as the scenario's own increments are.
    organic = base.real.to_numpy() - proj
    growth = {}
    levels = organic[years <= last][-1].copy()
    for j, y in enumerate(years):
        if y <= last:
            continue
        own = np.clip(d_org[j], 0, None)
        split = own / own.sum() if own.sum() > 0 else np.full(4, 0.25)
        new = levels + split * (r_org[j] - r_org[j - 1])
        growth[int(y)] = new / levels - 1
        levels = new
    sc = scenario
    for k, s in enumerate(SECTOR_IDS):
        sc = sc.with_rate(f"sectors.{s}.growth", RatePath.by_year({y: float(g[k]) for y, g in growth.items()}))
    return replace(sc, name=f"{scenario.name[:50]}_invest", title_vi=f"{scenario.title_vi[:170]} — theo vốn đầu tư",
                   title_en=f"{(scenario.title_en or scenario.name)[:170]} — investment-driven")


def project_capital_share(p: Projection) -> pd.Series:
    """The named projects' capital spending in each projected year as a fraction of the
    projection's GRDP at current prices: C(t) / N(t). Where it exceeds the share of GRDP
    invested, `growth_from_investment` leaves the rest of the economy negative investment
    (``i = s·R − C/P`` below zero), and so falling output."""
    years = need_projection(p, "p").years.to_numpy()
    future = years[years > p.last_actual_year]
    if not p.scenario.projects or not len(future):
        return pd.Series(0.0, index=pd.Index(future, name="year"))
    cap = capital_spending(p.scenario.projects, future, p.last_actual_year)["total"]
    return cap / p.grdp_nominal.loc[future].to_numpy()


__all__ = ["ICOR_BAND", "LAGS", "ORGANIC_SOURCES", "SECTOR_RELATIVE", "growth_from_investment",
           "icor_record", "investment_record", "project_capital_share", "required_investment", "resolve_growth",
           "sector_icor", "switch_driver"]
