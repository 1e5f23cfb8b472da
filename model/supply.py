"""The supply side: capital, labour and productivity, on the province's own record.

The anchor is the World Bank's Long-Term Growth Model (LTGM): output from capital, labour and
total factor productivity (TFP),

    Y_t = A_t · K_t^α · L_t^(1−α)

so that, in growth rates (fractions per year),

    g_Y = α·g_K + (1 − α)·g_L + g_A        (growth accounting; g_A the residual)

Capital is built by perpetual inventory from total social investment at 2010 prices,

    K_t = (1 − δ)·K_{t−1} + I_t,     K_2015 = κ·Y_2015

an end-of-year stock with the year's own investment in it (the same timing as the model's ICOR
lag, whose first weight, 0.5, is the year's own). Y is real GRDP (billion VND, 2010 prices), I
total social investment deflated by the GRDP deflator (so I/Y is its share of GRDP at current
prices), L the employed population aged 15 and over (thousand persons).

The record (`record`), year by year 2015 to the last actual year, each value with its basis:

- investment: published totals (2020, 2024, 2025); 2023 from the 2024 release's "+6 % on 2023";
  2016–2019 the published 2016–2020 cumulative (172,000 billion VND) less 2020, spread evenly
  (an assumption); 2021–2022 the share of GRDP interpolated between 2020 and 2023 (an
  assumption). Before 2020 the GRDP deflator is carried back with national CPI (an assumption,
  `model.deflators.national_cpi`);
- employment: the statistics office's half-year averages (2022 and 2025 published; 2021 and 2024
  from their published year-on-year changes), as a ratio to the average population, interpolated
  between them and held at 2021's before (no figure found for 2015–2020: an assumption);
- population: the history from 2020, the published 2015 and 2017 averages, and the years between
  interpolated geometrically.

The three parameters are assumptions with their bands (`BANDS`): the capital share α 0.4–0.5–0.6
(no provincial labour-share figure is published; national estimates lie in that range), the
depreciation rate δ 4–5–6 % a year (the LTGM default is 5 %), the starting capital–output ratio
κ 2.0–2.5–3.0.

For a scenario (`needs`), over its projected years: employment from its population at the last
observed employment ratio; then what its growth path needs, three ways, against the record:

1. TFP growth with investment held at the last actual year's share of GRDP;
2. the investment share of GRDP with TFP growing as in the record's latest five years (2021–2025:
   the whole record's average carries 2016's marine incident, −26 pp of TFP in one year);
3. employment growth with both held at their record.

The ICOR need (`model.investment.required_investment`) is reported beside them: ICOR is the
derived ratio ΔY / I, not a fourth assumption.

Glossary: vốn (tài sản cố định) = capital stock; khấu hao = depreciation; năng suất các nhân tố
tổng hợp (TFP) = total factor productivity; lao động có việc làm = employed population;
hạch toán tăng trưởng = growth accounting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .params import whole_year, wrong_kind
from .backtest import real_grdp
from .capital import _published_investment
from .data import load_published
from .deflators import national_cpi
from .growth import Projection, need_projection
from .history import History, history_or_shipped, per_history
from .investment import required_investment

FIRST = 2015
BANDS = {"alpha": (0.4, 0.5, 0.6), "delta": (0.04, 0.05, 0.06), "ky0": (2.0, 2.5, 3.0)}
DERIVED_2023 = 1.06   # the 2024 release: investment "+6 % on 2023" (its row's note)
WINDOW = 5            # the record's windows, as `model.record` uses for growth bounds


# How each estimated value of the record was made: a key, its English words and its numbers
# (`record_bases`), so that a report can word them in its reader's language.
BASES = {
    "history": "history",
    "row": "row {row}",
    "interpolated": "interpolated {lo}–{hi} (assumption)",
    "derived_2023": "row {row}: 2024 ÷ {k:.2f} (its '+6 % on 2023')",
    "spread_evenly": "row {row}: 2016–2020 total less 2020, spread evenly (assumption)",
    "share_interpolated": "share of GRDP interpolated {lo}–{hi} (assumption)",
    "employed_2021": "row {row}: H1-2022 ÷ 1.0391 (its +3.91 % y/y)",
    "employed_2022": "row {row}: H1-2022 (period inferred, see its note)",
    "employed_2024": "row {row}: H1-2025 labour force ÷ 1.034 × 97.87 % employed",
    "employed_2025": "row {row}: H1-2025 average",
    "ratio_held": "population × {year}'s employment ratio (assumption)",
    "ratio_interpolated": "employment ratio interpolated {lo}–{hi} (assumption)",
}


def _need_assumptions(a) -> "Assumptions":
    """``a`` if it is an `Assumptions`, else a TypeError saying how to make one (α alone, 0.5,
    got "'float' object has no attribute 'ky0'")."""
    if not isinstance(a, Assumptions):
        raise wrong_kind("a", "supply.Assumptions", a, how="supply.Assumptions(alpha=0.5, delta=0.05, ky0=2.5)")
    return a


def _basis(key: str, **args) -> tuple[str, dict]:
    """A basis of the record: its key and numbers (the English is `BASES[key]` with them)."""
    return key, args


@dataclass(frozen=True)
class Assumptions:
    """α (capital share), δ (depreciation, fraction a year), κ (K/Y at the end of 2015)."""

    alpha: float = BANDS["alpha"][1]
    delta: float = BANDS["delta"][1]
    ky0: float = BANDS["ky0"][1]

    def __post_init__(self):
        for name, (lo, _, hi) in BANDS.items():
            v = getattr(self, name)
            if not (np.isfinite(v) and 0.5 * lo <= v <= 1.5 * hi):
                raise ValueError(f"{name} = {v} is outside {0.5 * lo:g}–{1.5 * hi:g}")


def perpetual_inventory(investment: np.ndarray, k0: float, delta: float) -> np.ndarray:
    """K_t = (1 − δ)·K_{t−1} + I_t for t = 1 … n, from K_0 = ``k0``: the n stocks (same units as
    ``investment``, e.g. billion VND at 2010 prices)."""
    k = np.empty(len(investment))
    prev = float(k0)
    for t, i in enumerate(np.asarray(investment, float)):
        prev = (1 - delta) * prev + i
        k[t] = prev
    return k


def _row(indicator: str, period: str) -> pd.Series:
    """A published row (value and its line number, for the basis columns)."""
    df = load_published()
    sel = df[(df["indicator"] == indicator) & (df["period"] == period)]
    if sel.empty:
        raise LookupError(f"no published {indicator} for {period}")
    return sel.iloc[0]


def _population(history: History, years: np.ndarray) -> tuple[pd.Series, dict[int, tuple[str, dict]]]:
    """Average population (thousand) for ``years``: the history's, the published 2015 and 2017,
    the years between geometric."""
    known = {int(y): float(v) for y, v in history.population.items()}
    basis = {y: _basis("history") for y in known}
    for y in (2015, 2017):
        r = _row("population_avg", str(y))
        known.setdefault(y, float(r.value))
        basis.setdefault(y, _basis("row", row=int(r.row)))
    ks = sorted(known)
    out = {}
    for y in years:
        y = int(y)
        if y in known:
            out[y] = known[y]
            continue
        lo = max(k for k in ks if k < y)
        hi = min(k for k in ks if k > y)
        w = (y - lo) / (hi - lo)
        out[y] = known[lo] ** (1 - w) * known[hi] ** w
        basis[y] = _basis("interpolated", lo=lo, hi=hi)
    return pd.Series(out, dtype=float), basis


def _employment_points() -> dict[int, tuple[float, tuple[str, dict]]]:
    """Half-year average employment (thousand persons) where published or derived from a
    published change: {year: (value, basis)}."""
    h22 = _row("employed_15plus", "2022H1")
    h25 = _row("employed_15plus", "2025H1")
    lf25 = _row("labour_force_15plus", "2025H1")
    # 2021: the 2022 release's +3.91 % y/y; 2024: the 2025 release's labour force +3.40 % y/y
    # and employed share 97.80 % (−0.07 pp y/y), both printed in the rows' notes
    return {
        2021: (h22.value / 1.0391 / 1000, _basis("employed_2021", row=int(h22.row))),
        2022: (h22.value / 1000, _basis("employed_2022", row=int(h22.row))),
        2024: (lf25.value / 1.034 * 0.9787 / 1000, _basis("employed_2024", row=int(lf25.row))),
        2025: (h25.value / 1000, _basis("employed_2025", row=int(h25.row))),
    }


@per_history(maxsize=16)
def _record_and_bases(history: History) -> tuple[pd.DataFrame, dict[str, dict[int, tuple[str, dict]]]]:
    """`record` and `record_bases`, kept per history (callers copy them before handing them out)."""
    years = np.arange(FIRST, history.last_year + 1)
    real = real_grdp(history).loc[years]
    hist_defl = history.nominal.sum(axis=1) / history.real.sum(axis=1)
    first_hist = int(hist_defl.index[0])
    cpi = national_cpi(range(FIRST + 1, first_hist + 1))
    defl = {int(y): float(v) for y, v in hist_defl.items()}
    for y in range(first_hist - 1, FIRST - 1, -1):     # carried back with national CPI
        defl[y] = defl[y + 1] / (1 + float(cpi[y + 1]))
    deflator = pd.Series({int(y): defl[int(y)] for y in years})
    nominal = real * deflator

    pub = _published_investment()
    inv, basis = {}, {}
    for y, (v, row) in pub.items():
        if FIRST < y <= history.last_year:
            inv[y], basis[y] = v, _basis("row", row=row)
    if 2024 in pub and 2023 not in inv:
        inv[2023] = pub[2024][0] / DERIVED_2023
        basis[2023] = _basis("derived_2023", row=pub[2024][1], k=DERIVED_2023)
    cum = _row("total_social_investment_cum", "2015-2020")
    if 2020 in inv:
        each = (float(cum.value) - inv[2020]) / 4
        for y in range(2016, 2020):
            inv[y], basis[y] = each, _basis("spread_evenly", row=int(cum.row))
    known = sorted(y for y in inv if y >= 2020)
    for y in years[1:]:
        y = int(y)
        if y in inv:
            continue
        lo = max(k for k in known if k < y)
        hi = min(k for k in known if k > y)
        w = (y - lo) / (hi - lo)
        share = (1 - w) * inv[lo] / nominal[lo] + w * inv[hi] / nominal[hi]
        inv[y], basis[y] = share * nominal[y], _basis("share_interpolated", lo=lo, hi=hi)
    investment = pd.Series({int(y): inv.get(int(y), np.nan) for y in years})

    pop, pop_basis = _population(history, years)
    points = _employment_points()
    ratio = {y: v / pop[y] for y, (v, _) in points.items() if y in pop.index}
    pts = sorted(ratio)
    emp, emp_basis = {}, {}
    for y in years:
        y = int(y)
        if y in points:
            r, b = ratio[y], points[y][1]
        elif y < pts[0]:
            r, b = ratio[pts[0]], _basis("ratio_held", year=pts[0])
        elif y > pts[-1]:
            r, b = ratio[pts[-1]], _basis("ratio_held", year=pts[-1])
        else:
            lo = max(k for k in pts if k < y)
            hi = min(k for k in pts if k > y)
            w = (y - lo) / (hi - lo)
            r, b = (1 - w) * ratio[lo] + w * ratio[hi], _basis("ratio_interpolated", lo=lo, hi=hi)
        emp[y], emp_basis[y] = r * pop[y], b
    out = pd.DataFrame({
        "grdp_real_bn": real.to_numpy(), "deflator": deflator.to_numpy(), "grdp_nominal_bn": nominal.to_numpy(),
        "investment_bn": investment.to_numpy(), "investment_real_bn": (investment / deflator).to_numpy(),
        "investment_share_pct": (100 * investment / nominal).to_numpy(),
        "population_thousand": pop.loc[years].to_numpy(),
        "employment_thousand": [emp[int(y)] for y in years],
        "employment_ratio_pct": [100 * emp[int(y)] / pop[int(y)] for y in years],
    }, index=pd.Index(years, name="year"))
    bases = {"investment_basis": basis, "employment_basis": emp_basis, "population_basis": pop_basis}
    for col, by_year in bases.items():
        out[col] = [BASES[by_year[int(y)][0]].format(**by_year[int(y)][1]) if int(y) in by_year else ""
                    for y in years]
    return out, bases


def _record(history: History) -> pd.DataFrame:
    return _record_and_bases(history)[0]


def record(history: History | None = None) -> pd.DataFrame:
    """The supply record, 2015 to the last actual year: real GRDP (billion VND, 2010 prices),
    the GRDP deflator (2010 = 1), GRDP at current prices, total social investment (billion VND,
    current and 2010 prices, % of GRDP), population and employment (thousand persons), the
    employment ratio (% of population), and the basis of each estimated column."""
    return _record(history_or_shipped(history)).copy()


def record_bases(history: History | None = None) -> pd.DataFrame:
    """How each estimated value of `record` was made, one row a value: year, column (the
    record's ``*_basis`` column), key (of `BASES`), args (its numbers) and text (the English,
    as in the record)."""
    _, bases = _record_and_bases(history_or_shipped(history))
    return pd.DataFrame([{"year": y, "column": col, "key": k, "args": dict(a), "text": BASES[k].format(**a)}
                         for col, by_year in bases.items() for y, (k, a) in sorted(by_year.items())])


def accounting(history: History | None = None, a: Assumptions = Assumptions()) -> pd.DataFrame:
    """Growth accounting 2016 to the last actual year (percent and percentage points):
    growth_pct (published real GRDP growth), capital_growth_pct, employment_growth_pct,
    capital_pp = α·g_K, labour_pp = (1 − α)·g_L, tfp_pp = growth − capital − labour (so the three
    add up to the published growth exactly), and capital_bn (end-of-year stock, 2010 prices)."""
    rec = _record(history_or_shipped(history))
    k0 = _need_assumptions(a).ky0 * float(rec["grdp_real_bn"].iloc[0])
    k = perpetual_inventory(rec["investment_real_bn"].to_numpy()[1:], k0, a.delta)
    k_all = np.concatenate([[k0], k])
    g = 100 * np.diff(rec["grdp_real_bn"].to_numpy()) / rec["grdp_real_bn"].to_numpy()[:-1]
    gk = 100 * np.diff(k_all) / k_all[:-1]
    e = rec["employment_thousand"].to_numpy()
    gl = 100 * np.diff(e) / e[:-1]
    cap, lab = a.alpha * gk, (1 - a.alpha) * gl
    return pd.DataFrame({"growth_pct": g, "capital_growth_pct": gk, "employment_growth_pct": gl,
                         "capital_pp": cap, "labour_pp": lab, "tfp_pp": g - cap - lab,
                         "capital_bn": k}, index=rec.index[1:])


@dataclass(frozen=True)
class RecordSummary:
    """What the record says, for comparison: TFP growth (pp a year) on average over the whole
    record, over its latest five years (``tfp_recent``, what `needs` assumes) and its highest
    five-year average (``tfp_window_max``, where "beyond the record" starts); employment growth (% a year) over the observed
    years and the highest single year; the investment share (% of GRDP) of the last actual
    year and the highest published."""

    tfp_avg: float
    tfp_recent: float
    tfp_recent_window: str
    tfp_window_max: float
    tfp_window: str
    employment_avg: float
    employment_max: float
    employment_years: str
    share_last: float
    share_max: float
    share_max_year: int


def summary(history: History | None = None, a: Assumptions = Assumptions(),
            acc: pd.DataFrame | None = None) -> RecordSummary:
    """The record's summary (``acc``: the `accounting` already made with ``a``, not made again)."""
    h = history_or_shipped(history)
    acc = accounting(h, _need_assumptions(a)) if acc is None else acc
    rec = _record(h)
    tfp = acc["tfp_pp"]
    windows = {f"{y - WINDOW + 1}–{y}": tfp.loc[y - WINDOW + 1:y].mean()
               for y in tfp.index if y - WINDOW + 1 >= tfp.index[0]}
    best = max(windows, key=windows.get)
    last_w = list(windows)[-1]
    obs = [y for y in _employment_points() if y in rec.index]
    e = rec["employment_thousand"]
    gl = 100 * e.pct_change().loc[obs[0] + 1:obs[-1]]
    published = {y: 100 * v / float(rec.at[y, "grdp_nominal_bn"])
                 for y, (v, _) in _published_investment().items() if y in rec.index}
    top = max(published, key=published.get)
    return RecordSummary(
        tfp_avg=float(tfp.mean()), tfp_recent=float(windows[last_w]), tfp_recent_window=last_w,
        tfp_window_max=float(windows[best]), tfp_window=best,
        employment_avg=float(((e[obs[-1]] / e[obs[0]]) ** (1 / (obs[-1] - obs[0])) - 1) * 100),
        employment_max=float(gl.max()), employment_years=f"{obs[0]}–{obs[-1]}",
        share_last=float(rec["investment_share_pct"].iloc[-1]), share_max=published[top], share_max_year=top)


@dataclass(frozen=True)
class Needs:
    """What a projection's growth path needs from the supply side, by projected year
    (``table``) and on average over ``period`` (``avg``), beside the record (``record``);
    ``beyond`` names what lies outside it (keys 'tfp', 'investment', 'employment')."""

    table: pd.DataFrame
    avg: dict
    record: RecordSummary
    period: tuple[int, int]
    assumptions: Assumptions
    beyond: tuple[str, ...] = field(default=())


def needs(projection: Projection, a: Assumptions = Assumptions(), until: int = 2030) -> Needs:
    """The supply the projection's real GRDP path needs, year by year after the last actual
    year (to ``until`` or the horizon), three ways (module docstring):

    - tfp_needed_pct: g_A = g_Y − α·g_K − (1 − α)·g_L with I_t = s·Y_t, s the last actual year's
      investment share;
    - investment_needed_pct: I_t/Y_t with K_t = K_{t−1}·(1 + g_K), g_K = (g_Y − ḡ_A − (1−α)·g_L)/α,
      ḡ_A the TFP growth of the record's latest five years (never below zero: a path slower than the record's
      TFP and labour needs no investment beyond depreciation, shown as 0);
    - employment_needed_pct: g_L = (g_Y − ḡ_A − α·g_K)/(1 − α) at the held share s;

    with employment_growth_pct (population at the last observed employment ratio) and the ICOR
    need at 7 (icor_share_pct, `model.investment.required_investment`) beside them."""
    h = need_projection(projection).history
    rec, acc = _record(h), accounting(h, a)
    summ = summary(h, a, acc)
    last = projection.last_actual_year
    until = whole_year(until, "needs: until")
    years = [int(y) for y in projection.years if last < y <= until]
    if not years:
        raise ValueError("the projection has no projected year to judge")
    y_all = projection.grdp_real
    gy = np.array([y_all[y] / y_all[y - 1] - 1 for y in years])
    ratio = float(rec["employment_ratio_pct"].iloc[-1]) / 100
    pop = projection.population
    emp = np.array([ratio * pop[y] for y in [last] + years])
    emp[0] = float(rec["employment_thousand"].iloc[-1])
    gl = np.diff(emp) / emp[:-1]
    s = summ.share_last / 100
    k_last = float(acc["capital_bn"].iloc[-1])
    # 1. TFP at the held investment share
    k_held = perpetual_inventory(s * np.array([y_all[y] for y in years]), k_last, a.delta)
    gk_held = np.diff(np.concatenate([[k_last], k_held])) / np.concatenate([[k_last], k_held[:-1]])
    tfp_need = gy - a.alpha * gk_held - (1 - a.alpha) * gl
    # 2. investment at the record's TFP
    ga = summ.tfp_recent / 100
    gk_need = (gy - ga - (1 - a.alpha) * gl) / a.alpha
    inv, k = [], k_last
    for t, y in enumerate(years):
        k_new = max(k * (1 + gk_need[t]), (1 - a.delta) * k)   # investment is never negative
        inv.append((k_new - (1 - a.delta) * k) / y_all[y])
        k = k_new
    # 3. employment at both held
    gl_need = (gy - ga - a.alpha * gk_held) / (1 - a.alpha)
    icor = required_investment(projection)["share_central_pct"].reindex(years)
    table = pd.DataFrame({"growth_pct": 100 * gy, "employment_growth_pct": 100 * gl,
                          "tfp_needed_pct": 100 * tfp_need, "investment_needed_pct": 100 * np.array(inv),
                          "employment_needed_pct": 100 * gl_need, "icor_share_pct": icor.to_numpy()},
                         index=pd.Index(years, name="year"))
    avg = {c: float(table[c].mean()) for c in table.columns}
    beyond = tuple(k for k, hit in (("tfp", avg["tfp_needed_pct"] > summ.tfp_window_max),
                                    ("investment", avg["investment_needed_pct"] > summ.share_max),
                                    ("employment", avg["employment_needed_pct"] > summ.employment_max))
                   if hit)
    return Needs(table=table, avg=avg, record=summ, period=(years[0], years[-1]), assumptions=a, beyond=beyond)


__all__ = ["Assumptions", "BANDS", "Needs", "RecordSummary", "accounting", "needs", "perpetual_inventory",
           "record", "record_bases", "summary", "BASES"]
