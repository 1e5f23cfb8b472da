"""Quarterly scenarios: any annual path split into quarters that add up to the year exactly.

Government Resolution 01/NQ-CP (20 Jan 2026) asks every province for quarterly growth scenarios
by sector. The province publishes no quarterly levels by sector; what its releases give is
cumulative growth (first quarter, first half, nine months, year: `pattern`) and, for a few
years, the level of the first half at 2010 prices (H1 = 46.2 % of the year in 2020, 46.5 % in
2021, 46.3 % in 2024: `h1_share`).

Method. The actual years: Denton (proportional first differences, as modified by Cholette; the
IMF Quarterly National Accounts Manual, ch. 6): quarterly real value added x of each sector
minimises

    Σ_t (x_t / i_t − x_{t−1} / i_{t−1})²    subject to   Σ_{q in year y} x_q = A_y  for every actual year

with i the quarterly indicator and A the annual path, the published cumulative growth holding
as well; on the actual years alone, so that they are the same under every scenario. The
indicator is the seasonal pattern the record supports: the first half at the published H1 share
of the year, the two quarters of a half equal (no split within a half is published: an
assumption), the same for every sector (no sector's H1 level is published: an assumption).
`denton` reproduces the IMF manual's worked example (tested). A projected year: each quarter is
the same quarter a year before grown at its sector's rate for the year (`_split`; `backtest`
says why). Quarterly growth is year on year, and cumulative growth is the first Q quarters of a
year against the same quarters of the year before, as the statistics office reports it; the
year's four quarters are the annual figure.

`remaining` answers the autumn question: given cumulative growth c over the first m quarters
(published, or typed in) and the year's target g, the remaining quarters must grow by

    (1 + g)·S_4 − (1 + c)·S_m
    ─────────────────────────  − 1      (S_m: the first m quarters of the year before, S_4 its total)
          S_4 − S_m

Glossary: quý = quarter; lũy kế = cumulative; cùng kỳ = the same period of the year before;
kịch bản tăng trưởng theo quý = quarterly growth scenario.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from .params import flag, is_number, is_whole, percent_slip, whole_year
from .data import load_published
from .growth import Projection, need_projection
from .history import need_history, per_history
from .sectors import SECTOR_IDS

QUARTERS = (1, 2, 3, 4)
TOTAL = "grdp"
# the releases' cumulative periods: quarter count → period suffix in hatinh_published.csv
CUMULATIVE = {1: "Q1", 2: "H1", 3: "M1-9"}


def denton(indicator, annual, k: int = 4) -> np.ndarray:
    """Modified Denton proportional-first-difference benchmarking: ``indicator`` (n high-frequency
    values, n ≥ k·len(annual)) scaled so that each block of ``k`` sums to its ``annual`` value,
    keeping the indicator's period-to-period movement as far as possible; values after the last
    benchmark continue at the last benchmark-to-indicator ratio.

    Solved as one linear system (the first-order conditions with multipliers λ):

        [ 2 DᵀD   Mᵀ ] [ r ]   [ 0 ]
        [  M      0  ] [ λ ] = [ A ],   x = i ∘ r,  D the first differences,  M = C·diag(i)
    """
    i = np.asarray(indicator, float)
    a = np.asarray(annual, float)
    n, m = len(i), len(a)
    if n < k * m:
        raise ValueError(f"{n} indicator values cannot cover {m} benchmarks of {k}")
    if np.any(i <= 0):
        raise ValueError("the indicator must be positive (a proportional method)")
    C = np.kron(np.eye(m), np.ones(k))
    C = np.hstack([C, np.zeros((m, n - k * m))])
    return i * _pfd(n, 1, C * i, a)


def _pfd(n: int, series: int, M: np.ndarray, rhs) -> np.ndarray:
    """The ratios r (``series`` blocks of ``n``) that minimise Σ (r_t − r_{t−1})² within each
    block subject to M r = rhs: the first-order conditions as one linear system (least squares,
    so that a constraint implied by others, up to rounding, does no harm)."""
    D = np.diff(np.eye(n), axis=0)
    H = np.kron(np.eye(series), 2 * D.T @ D)
    kkt = np.block([[H, M.T], [M, np.zeros((len(M), len(M)))]])
    sol = np.linalg.lstsq(kkt, np.concatenate([np.zeros(series * n), np.asarray(rhs, float)]), rcond=None)[0]
    return sol[: series * n]


class SourceRow(NamedTuple):
    """A published figure used: its period, indicator and row in hatinh_published.csv (the
    words around it are `model.report.views.source_rows_text`'s, in the reader's language)."""

    period: str
    indicator: str
    row: int


@lru_cache(maxsize=1)   # the shipped record only: the same answer for every split of a process
def h1_share() -> tuple[float, tuple[SourceRow, ...]]:
    """The first half's share of the year at 2010 prices: the mean over the years whose H1
    level and annual level are both published (and the rows it used)."""
    from .backtest import real_grdp

    pub = load_published()
    h1 = pub[(pub["indicator"] == "grdp_constant2010") & pub["period"].str.fullmatch(r"\d{4}H1")]
    annual = real_grdp()
    shares, rows = [], []
    for r in h1.itertuples():
        y = int(r.period[:4])
        # 2019: Formosa's second furnace ramped up through the year, which is not a season
        if y in annual.index and y >= 2020:
            shares.append(float(r.value) / float(annual[y]))
            rows.append(SourceRow(r.period, "grdp_constant2010", int(r.row)))
    return float(np.mean(shares)), tuple(rows)


def indicator(n_years: int, share_h1: float | None = None) -> np.ndarray:
    """The seasonal pattern for ``n_years`` (4 values a year, each year summing to 1): the first
    half at ``share_h1`` (default `h1_share`), split evenly between its two quarters."""
    h = h1_share()[0] if share_h1 is None else float(share_h1)
    return np.tile([h / 2, h / 2, (1 - h) / 2, (1 - h) / 2], n_years)


@dataclass(frozen=True)
class Quarterly:
    """Quarterly real value added (billion VND, 2010 prices) by year, quarter and sector (and
    GRDP), from the first actual year to the horizon, with growth year on year and cumulative
    (percent). ``frame`` columns: year, quarter, sector, real_bn, growth_pct,
    cumulative_growth_pct."""

    frame: pd.DataFrame
    share_h1: float
    sources: tuple[SourceRow, ...]
    last_actual: int | None = None   # the last year split from the record (None: not said)

    def year(self, year: int) -> pd.DataFrame:
        """``quarterly.csv`` for one year: year, quarter, sector, real_bn, growth_pct,
        cumulative_growth_pct (the four sectors and GRDP)."""
        f = self.frame[self.frame["year"] == year]
        if f.empty:
            raise ValueError(f"{year} is outside the projection ({self.frame['year'].min() + 1}–"
                             f"{self.frame['year'].max()})")
        return f.reset_index(drop=True)

    def table(self, year: int) -> pd.DataFrame:
        """The layout the ministry asks for: a row per sector (GRDP first), each quarter's
        growth (Q1…Q4, % year on year) and the cumulative growth (Q1, 6 months, 9 months, year)."""
        f = self.year(year).set_index(["sector", "quarter"])
        rows = [TOTAL, *SECTOR_IDS]
        out = pd.DataFrame(index=pd.Index(rows, name="sector"))
        for q in QUARTERS:
            out[f"q{q}_pct"] = [f.at[(s, q), "growth_pct"] for s in rows]
        for q in QUARTERS:
            out[f"cum{q}_pct"] = [f.at[(s, q), "cumulative_growth_pct"] for s in rows]
        return out


_GROWTH_INDICATORS = {TOTAL: "grdp_real_growth", **{s_: f"growth_{s_}" for s_ in SECTOR_IDS}}


@lru_cache(maxsize=1)   # the shipped record only; a filter of the table a period cost 90 ms a split
def _growth_rows() -> dict[tuple[str, str], tuple[float, SourceRow]]:
    """Every published growth figure of GRDP or a sector, by (indicator, period as printed) →
    (percent, source row); where a period is published twice, the later row (the revision)."""
    pub = load_published()
    pub = pub[pub["indicator"].isin(list(_GROWTH_INDICATORS.values()))]
    return {(r.indicator, r.period): (float(r.value), SourceRow(r.period, r.indicator, int(r.row)))
            for r in pub.itertuples()}   # in the file's order: a later row replaces an earlier one


def _cumulative_figures(years) -> dict[tuple[int, int, str], tuple[float, SourceRow]]:
    """Every published cumulative growth of ``years``: (year, quarters done, sector or GRDP) →
    (percent, source row); where a period is published twice, the later row (the revision)."""
    rows = _growth_rows()
    return {(int(y), m, key): rows[(name, f"{y}{suffix}")]
            for y in years for m, suffix in CUMULATIVE.items() for key, name in _GROWTH_INDICATORS.items()
            if (name, f"{y}{suffix}") in rows}


def _published_points(years) -> list[tuple[int, int, str, float, SourceRow]]:
    """Published cumulative growth in the actual ``years`` after the first: (year, quarters done,
    sector or GRDP, percent, source row). A period whose four sectors are all published is
    imposed by sector (its GRDP figure follows from them, up to rounding); otherwise by GRDP."""
    figures = _cumulative_figures(years[1:])
    out = []
    for y in years[1:]:
        for m in CUMULATIVE:
            if all((y, m, s_) in figures for s_ in SECTOR_IDS):
                out += [(int(y), m, s_, *figures[(y, m, s_)]) for s_ in SECTOR_IDS]
            elif (y, m, TOTAL) in figures:
                out.append((int(y), m, TOTAL, *figures[(y, m, TOTAL)]))
    return out


def quarterly(projection: Projection, share_h1: float | None = None, published: bool = True) -> Quarterly:
    """`_quarterly`, kept per projection (by its identity): the Export page's table, its
    workbook and the Quarterly page split one projection once, not each on its own. Callers
    read the result; none changes it.

    ``share_h1``: the first half's share of the year at 2010 prices, a fraction strictly
    between 0 and 1 (default `h1_share`, 0.464); 46.4 or 0 split the years into nonsense.
    ``published``: whether the actual years hold the published cumulative figures (True or
    False)."""
    need_projection(projection)   # a scenario passed got "no attribute 'real'"
    if share_h1 is not None:
        if not is_number(share_h1) or not np.isfinite(share_h1):
            raise TypeError(f"share_h1: a fraction of the year (0.464), not {share_h1!r:.40}")
        if not 0 < share_h1 < 1:
            raise ValueError(f"share_h1 = {share_h1:g}: the first half's share of the year is a fraction "
                             f"between 0 and 1{percent_slip(share_h1)}")
        share_h1 = float(share_h1)
    # "no" was read as True (a non-empty text), the published figures imposed
    return _quarterly(projection, share_h1, flag(published, "published"))


@per_history(maxsize=32)   # keyed by its first argument's identity, here a projection
def _quarterly(projection: Projection, share_h1: float | None, published: bool) -> Quarterly:
    return _split(projection.real, projection.last_actual_year, share_h1, published)


def _split(real: pd.DataFrame, last: int, share_h1: float | None, published: bool,
           points_to: int | None = None) -> Quarterly:
    """Every sector's annual path (``real``: billion VND at 2010 prices, a row a year, actual
    years to ``last`` and then the projection's) in quarters.

    The actual years are split by Denton on the seasonal `indicator`, the four sectors together
    so that the published cumulative growth (first quarter, half, nine months; by sector where
    all four are published, else of GRDP) holds too: each is a linear constraint

        Σ_{q≤m} x_{y,q} − (1 + c)·Σ_{q≤m} x_{y−1,q} = 0

    beside each year's sum. They are split on the actual years alone, so that they are the same
    under every scenario (smoothed together with the projection, 2025's quarters moved with the
    scenario's 2026).

    A projected year's quarter is the same quarter a year before grown at its sector's rate for
    the year, x_{y,q} = x_{y−1,q}·A_y / A_{y−1}: each quarter's growth on a year before is the
    year's, the last actual year's seasons carry forward, and the quarters add up to the year
    (pro-rata distribution on the last actual year's quarters: its step between a fourth quarter
    and the next first shows quarter on quarter, which the province does not report). Denton's
    smoothing carried across the last actual year missed the published cumulative
    growth of the first projected year by 2.67 points (GRDP) and 4.57 (a sector) where this
    misses by 2.01 and 2.92 (`backtest`): within a year the record shows no momentum to
    project. GRDP is the sum of the sectors' quarters.

    ``points_to``: impose published figures of the years up to it only (the backtest's origin)."""
    h, rows = h1_share()
    s = h if share_h1 is None else float(share_h1)
    years = real.index.to_numpy()
    act = real.loc[[y for y in years if y <= last]]
    ny, nsec = len(act), len(SECTOR_IDS)
    n = 4 * ny
    ind = indicator(ny, s)
    upto = last if points_to is None else min(last, points_to)
    points = _published_points([int(y) for y in act.index if y <= upto]) if published else []
    # variables: r (ratios to the indicator), sector by sector; x = i ∘ r
    cons, rhs = [], []
    for k, sec in enumerate(SECTOR_IDS):
        for j in range(ny):
            row = np.zeros(nsec * n)
            row[k * n + 4 * j: k * n + 4 * j + 4] = ind[4 * j: 4 * j + 4]
            cons.append(row)
            rhs.append(float(act[sec].iloc[j]))
    year_index = {int(y): j for j, y in enumerate(act.index)}
    used = []
    for y, m, who, pct, src in points:
        j = year_index[y]
        row = np.zeros(nsec * n)
        for k, sec in enumerate(SECTOR_IDS):
            if who not in (TOTAL, sec):
                continue
            cur = slice(k * n + 4 * j, k * n + 4 * j + m)
            prev = slice(k * n + 4 * (j - 1), k * n + 4 * (j - 1) + m)
            row[cur] += ind[4 * j: 4 * j + m]
            row[prev] -= (1 + pct / 100) * ind[4 * (j - 1): 4 * (j - 1) + m]
        cons.append(row)
        rhs.append(0.0)
        used.append(src)
    x = (_pfd(n, nsec, np.array(cons), rhs).reshape(nsec, n) * ind).reshape(nsec, ny, 4)
    # the projected years: the same quarter a year before at the year's rate
    annual = real[list(SECTOR_IDS)].to_numpy(float).T                      # sectors × years
    ratio = annual[:, ny:] / annual[:, ny - 1:-1] if len(years) > ny else np.zeros((nsec, 0))
    ahead = x[:, -1:, :] * np.cumprod(ratio, axis=1)[:, :, None]           # sectors × projected × 4
    q_all = np.concatenate([x, ahead], axis=1)
    levels = {sec: q_all[k] for k, sec in enumerate(SECTOR_IDS)}
    levels[TOTAL] = q_all.sum(axis=0)
    recs = []
    for sec, q in levels.items():
        cum = np.cumsum(q, axis=1)
        for j, y in enumerate(years):
            for k in range(4):
                g = 100 * (q[j, k] / q[j - 1, k] - 1) if j else np.nan
                c = 100 * (cum[j, k] / cum[j - 1, k] - 1) if j else np.nan
                recs.append({"year": int(y), "quarter": k + 1, "sector": sec, "real_bn": float(q[j, k]),
                             "growth_pct": g, "cumulative_growth_pct": c})
    return Quarterly(frame=pd.DataFrame(recs), share_h1=s, sources=tuple(rows) + tuple(used), last_actual=int(last))


@dataclass(frozen=True)
class Remaining:
    """What the rest of a year must deliver: ``done`` quarters at cumulative growth ``done_pct``,
    the year at ``target_pct``; the remaining quarters' growth year on year (``needed_pct``,
    all of them together), against the path's own (``path_pct``), and the levels used
    (billion VND, 2010 prices: the year before's first ``done`` quarters and whole year).

    ``record``: (year, percent) for each of the last `RECORD_YEARS` actual years before
    ``year``, the same quarters' growth on a year before in the actual years' split,
    (Σ_{q>m} x_{y,q}) / (Σ_{q>m} x_{y−1,q}) − 1: what the rest of a year has delivered, to set
    a need beside."""

    year: int
    sector: str
    done: int
    done_pct: float
    target_pct: float
    needed_pct: float
    path_pct: float
    before_done_bn: float
    before_year_bn: float
    record: tuple[tuple[int, float], ...] = ()

    def beyond_record(self) -> tuple[int, float] | None:
        """The record's highest (year, percent) when the need is above it (to the hundredth
        shown), else None."""
        if not self.record:
            return None
        top = max(self.record, key=lambda yv: yv[1])
        return top if round(self.needed_pct, 2) > round(top[1], 2) else None

    @property
    def secured(self) -> bool:
        """Whether the year is reached even if the rest falls: the need below zero to the
        hundredth shown (the rest may fall by up to −``needed_pct`` %)."""
        return round(self.needed_pct, 2) < 0

    @property
    def reached(self) -> bool:
        """Whether the quarters done alone already reach the year's target: the rest may fall by
        100 % (add nothing) or, by the formula, more, (1 + g)·S_4 ≤ (1 + c)·S_m, to the hundredth
        shown. "Q4 may fall by no more than 170.28 %" was said after 80.5 % in nine months: a
        level cannot fall by more than all of itself."""
        return round(self.needed_pct, 2) <= -100

    def need_beyond_record(self) -> tuple[int, float] | None:
        """`beyond_record` for a year not `secured` (a fall allowed is no need to set against
        what the rest of recent years delivered), else None."""
        return None if self.secured else self.beyond_record()


def _check_sector(sector: str) -> None:
    if sector not in (TOTAL, *SECTOR_IDS):
        raise ValueError(f"sector {sector!r} is unknown; use {', '.join((TOTAL, *SECTOR_IDS))}")


def remaining(q: Quarterly, year: int, done: int, done_pct: float, target_pct: float,
              sector: str = TOTAL) -> Remaining:
    """The growth the remaining quarters of ``year`` need (module docstring), with the year
    before's quarters from ``q`` (an actual year: the history's, split by `denton`)."""
    year = whole_year(year, "remaining: year")
    if not is_whole(done) or not 1 <= done <= 3:
        raise ValueError(f"quarters done: 1, 2 or 3, not {done!r:.40}")
    _check_sector(sector)
    for name, v in (("done_pct", done_pct), ("target_pct", target_pct)):
        # percent a year on the same period a year before; below -100 a level would be negative
        if isinstance(v, bool) or not isinstance(v, (int, float, np.number)) or not -100 < v < 1000:
            raise ValueError(f"{name} = {v!r}: a growth in percent, above -100 (e.g. 8.05)")
    prev = q.frame[(q.frame["year"] == year - 1) & (q.frame["sector"] == sector)].sort_values("quarter")
    cur = q.frame[(q.frame["year"] == year) & (q.frame["sector"] == sector)].sort_values("quarter")
    if len(prev) != 4 or len(cur) != 4:
        raise ValueError(f"{year} needs {year - 1} and {year} in the projection")
    L = prev["real_bn"].to_numpy()
    s_m, s_4 = float(L[:done].sum()), float(L.sum())
    need = ((1 + target_pct / 100) * s_4 - (1 + done_pct / 100) * s_m) / (s_4 - s_m) - 1
    own = float(cur["real_bn"].to_numpy()[done:].sum() / L[done:].sum() - 1)
    return Remaining(year=year, sector=sector, done=done, done_pct=float(done_pct), target_pct=float(target_pct),
                     needed_pct=100 * need, path_pct=100 * own, before_done_bn=s_m, before_year_bn=s_4,
                     record=_rest_record(q, year, done, sector))


# the actual years a need is set beside: the last five, a plan period (2021–2025); before 2020
# the split has no year (its first priced year), and 2016–2019 were Formosa's steel works
# starting up (−15 % to +21 % a year), no guide to a quarter now
RECORD_YEARS = 5


def _rest_record(q: Quarterly, year: int, done: int, sector: str) -> tuple[tuple[int, float], ...]:
    """(year, percent): the quarters after the first ``done`` against the same quarters a year
    before, in each of the last `RECORD_YEARS` actual years before ``year`` (an actual year's own
    quarters are the answer, not its record; none if ``q`` does not say which years are actual)."""
    if q.last_actual is None:
        return ()
    f = q.frame[q.frame["sector"] == sector]
    first = int(f["year"].min())
    level = f[f["quarter"] > done].groupby("year")["real_bn"].sum()
    end = min(q.last_actual, year - 1)
    years = range(max(first + 1, end - RECORD_YEARS + 1), end + 1)
    return tuple((y, float(100 * (level[y] / level[y - 1] - 1))) for y in years)


def published_cumulative(year: int, sector: str = TOTAL) -> dict[int, tuple[float, SourceRow]]:
    """The published cumulative growth of GRDP (or of ``sector``) in ``year`` by quarters done:
    {m: (percent, source)} (first quarter, first half, nine months; hatinh_published.csv and
    the 2026 updates). The statistics office publishes the sectors' too, not every period."""
    year = whole_year(year, "published_cumulative: year")
    _check_sector(sector)
    return {m: v for (_, m, who), v in _cumulative_figures([year]).items() if who == sector}


@dataclass(frozen=True)
class Backtest:
    """How far the quarters of a projected year stood from what the statistics office then
    published. From each origin y0 (the record's first year to the year before its last), the
    record is split as if y0 were the last actual year — the published figures of years to y0
    imposed, each later year at its actual annual level, in quarters as a projected year is —
    and each published cumulative figure of a later year is set against it.

    ``frame``: a row per (origin, published figure): origin, year, horizon (year − origin),
    period (Q1, H1 or M1-9), quarters (1–3), sector (a sector or grdp), published_pct,
    split_pct (this module's quarters), annual_pct (the year's own growth: the naive answer),
    denton_pct (Denton's smoothing carried across the origin, as the split did before: the
    alternative left), row (its line in hatinh_published.csv). ``scores``: per method (split,
    annual, denton) and group (grdp, sectors), the root-mean-square and mean absolute miss in
    percentage points and the count in the first projected year (``rmse_pp``, ``mae_pp``, ``n``:
    the year a quarterly report is about) and over every horizon (``rmse_all_pp``, ``n_all``)."""

    frame: pd.DataFrame
    scores: pd.DataFrame


METHODS = ("split", "annual", "denton")
BACKTEST_COLUMNS = ("origin", "year", "horizon", "period", "quarters", "sector", "published_pct", "split_pct",
                    "annual_pct", "denton_pct", "row")


@per_history(maxsize=4)
def backtest(history) -> Backtest:
    """The quarterly split tested on the record (``history``: `model.assemble_history()`): see
    `Backtest`. Each origin's split knows the published figures to the origin and the annual
    levels after it (a scenario that got the years right): the miss is the within-year path's
    alone, the error a projected quarter is read with."""
    real = need_history(history).real
    years = [int(y) for y in real.index]
    last = years[-1]
    total = real.sum(axis=1)
    recs = []
    for y0 in years[:-1]:
        ours = _split(real, y0, None, True).frame.set_index(["year", "quarter", "sector"])
        smooth = _split(real, last, None, True, points_to=y0).frame.set_index(["year", "quarter", "sector"])
        for (y, m, who), (pct, src) in _cumulative_figures([y for y in years if y > y0]).items():
            lv = total if who == TOTAL else real[who]
            recs.append({"origin": y0, "year": y, "horizon": y - y0, "period": CUMULATIVE[m], "quarters": m,
                         "sector": who, "published_pct": pct,
                         "split_pct": float(ours.at[(y, m, who), "cumulative_growth_pct"]),
                         "annual_pct": float(100 * (lv[y] / lv[y - 1] - 1)),
                         "denton_pct": float(smooth.at[(y, m, who), "cumulative_growth_pct"]), "row": src.row})
    frame = pd.DataFrame(recs, columns=BACKTEST_COLUMNS)

    def rmse(miss: np.ndarray) -> float:
        return float(np.sqrt(np.mean(miss ** 2))) if len(miss) else np.nan   # nothing to test: no score

    out = []
    for method in METHODS:
        for group, sel in (("grdp", frame["sector"] == TOTAL), ("sectors", frame["sector"] != TOTAL)):
            miss_all = (frame.loc[sel, f"{method}_pct"] - frame.loc[sel, "published_pct"]).to_numpy(float)
            first = (sel & (frame["horizon"] == 1)).to_numpy()
            miss = (frame.loc[first, f"{method}_pct"] - frame.loc[first, "published_pct"]).to_numpy(float)
            out.append({"method": method, "group": group, "rmse_pp": rmse(miss),
                        "mae_pp": float(np.mean(np.abs(miss))) if len(miss) else np.nan, "n": len(miss),
                        "rmse_all_pp": rmse(miss_all), "n_all": len(miss_all)})
    return Backtest(frame=frame, scores=pd.DataFrame(out).set_index(["method", "group"]))


__all__ = ["BACKTEST_COLUMNS", "Backtest", "METHODS", "Quarterly", "Remaining", "SourceRow", "backtest", "denton",
           "h1_share", "indicator", "published_cumulative", "quarterly", "remaining"]
