"""How well would the model have done? Real GRDP growth 2016–2025, projects at their real dates.

The record is complete at the level of total real GRDP (published growth every year, official
levels for 2017–2019, the assembled history from 2020), so the test is run there:

    R(t) = R^org(t) + E(t),      E(t) = Σ_p VA_p · u_p(t)

with E the value added of the named projects (2010 prices), u_p(t) the share of capacity
each produced that year, and R^org organic value added growing at a constant rate g. The
projects' values come from `model.projects` (each calibrated on a figure other than the GRDP
totals scored here); their paths from what was published about them:

- Formosa phase 1: a third of capacity in 2017, five sixths in 2018, all from 2019;
- Vũng Áng 1: 70 % of full output in 2015 (unit 2 from May), a normal year at its load factor
  (0.85 of full output, projects table: Q1-2024, "both units at maximum", is the 100 %; the
  projection uses the same normal year for every power plant), 2022 down by the published fall
  in electricity output (Jan–Aug, −39.76 %), 2023 and 2024 up by the published electricity
  index (Jan–Sep +11.51 %, Jan–Oct +16.96 %), 2025 flat (no annual figure);
- VinES packs half a year in 2023, cells half a year in 2024; Vũng Áng 2 1.5 % of a year in 2025 (its ramp in the projects table).

Not modelled, and said so: the 2016 marine incident and the end of Formosa's construction
(2016: −15.3 %), and steel's swings (2022, 2024).

Two tests (issue 8):
(a) out of sample: from what was known in 2020 — organic growth over 2016–2020, Formosa and
    Vũng Áng 1 as running then, Vũng Áng 2 as planned for 2025 (the 2022 outage and VinES
    unknown) — project 2021–2025 two ways: the trend ("model"), and the investment the 19th
    Party Congress planned for 2021–2025 (about 220,000 billion VND, spread evenly) turned into
    organic growth at the 2016–2020 ICOR with the model's lag, priced at 2020's GRDP deflator
    rising with national CPI ("icor"); the naive rule continues the last three years' average
    (10.0 % a year from 2020);
(b) in sample: organic growth over 2016–2025 and every project at its real dates; each year
    forecast one year ahead from the actual year before; the naive rule the average of the
    three years before.
Errors in percentage points of growth; RMSE = √(mean error²).

`attribution` answers "what did the projects add to growth in 2016–2025?": each project's
contribution 100 · (E_p(t) − E_p(t−1)) / R(t−1) in pp, the organic rest, and the published total.

Glossary: kiểm định ngược = backtest; sai số = error; đóng góp = contribution.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .data import load_published, select_preferred
from .history import History, assemble_history, described, history_or_shipped
# what the projects produced in the actual years lives in model.projects (the projection and the
# validation's messages need it); `utilisation` and the sums by sector stay reachable here, beside
# the backtest that introduced them
from .projects import FIRST, _row, project_value_added, project_value_added_by_sector, utilisation  # noqa: F401

KNOWN_IN_2020 = ("formosa_1", "vung_ang_1", "vung_ang_2")


def real_grdp(history: History | None = None) -> pd.Series:
    """Real GRDP, billion VND at constant 2010 prices, 2015 to the last actual year: official
    levels 2017–2019, 2015–2016 back from 2017 with the published growth, the history from 2020."""
    h = history_or_shipped(history)
    g = select_preferred()
    g = g[g["indicator"] == "grdp_real_growth"].set_index("year")["value"]
    lv = {y: _row("grdp_constant2010", str(y)) for y in (2017, 2018, 2019)}
    lv[2016] = lv[2017] / (1 + g[2017] / 100)
    lv[2015] = lv[2016] / (1 + g[2016] / 100)
    for y, v in h.real.sum(axis=1).items():
        lv[int(y)] = float(v)
    return pd.Series(lv, name="grdp_real_bn").sort_index()


def attribution(history: History | None = None) -> pd.DataFrame:
    """Contributions to real GRDP growth, percentage points, 2016 to the last actual year: one
    column per project that moved, ``organic`` (the rest) and ``growth_pct`` (published)."""
    r = real_grdp(history)
    e = project_value_added(int(r.index[-1]))
    contrib = e.diff().div(r.shift(), axis=0) * 100
    contrib = contrib.loc[:, (contrib.abs() > 1e-12).any()].iloc[1:]
    growth = (r.pct_change() * 100).iloc[1:]
    out = contrib.copy()
    out["organic"] = growth - contrib.sum(axis=1)
    out["growth_pct"] = growth
    return out


# How each cell of the sector panel was made (`sector_panel`'s method_key and method_args; the
# English is the template with its numbers, the report words it in Vietnamese)
PANEL_METHODS = {
    "history": "assembled history (model.history)",
    "shifted": "published {year} sector growth (rows {rows}) shifted by {shift:+.2f} pp so that the total is the "
               "official {total:.2f} %",
    "common_rate": "organic value added at one common rate ({rate:.2f} %) and the projects' increments "
                   "(model.projects) to their sectors; total the official level of {year}",
}
PANEL_METHODS["shifted_taxes"] = PANEL_METHODS["shifted"] + "; product taxes at the total's rate"


def _panel_method(key: str, **args) -> dict:
    return described(PANEL_METHODS, key, **args)


def sector_panel(history: History | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Real value added by sector, billion VND at 2010 prices, 2015 to the last actual year, and
    each cell's provenance (year, sector, status, method; method_key and method_args, its key
    in `PANEL_METHODS` and numbers).

    From 2020 the assembled history (its own provenance); 2019 its ``previous_real``. Before,
    the sector rates are partly published, so each year is built back from the next with one
    rule, whose totals are always the official levels (2017–2019) or the official growth:

    - 2018 and 2019 (no published sector growth; industry's official 2017–2018 levels cover
      industry without construction): every sector's organic value added grows at one common
      rate x, the projects' increments (Formosa's ramp) go to their sectors, and x is the rate
      that reproduces the official total, R_s(t−1) = (R_s(t) − ΔE_s(t)) / (1 + x);
    - 2017 (government estimates for all four sectors, total 10.51 % against the official
      13.15 %) and 2016 (press estimates for three sectors, total −17.06 % against the official
      −15.31 %; product taxes taken at the total's rate): the published rates shifted by one
      common amount d so that the total is the official one.

    Status "estimated" for every cell before 2019; the method names the rule and rows."""
    from scipy.optimize import brentq

    from .sectors import SECTOR_IDS

    h = history_or_shipped(history)
    total = real_grdp(h)
    e = project_value_added_by_sector(int(total.index[-1]))
    levels = {int(y): h.real.loc[y].to_numpy() for y in h.real.index}
    first = int(h.real.index[0])
    levels[first - 1] = h.previous_real.to_numpy()
    prov = [{"year": int(y), "sector": s, "status": "history", **_panel_method("history")}
            for y in levels for s in SECTOR_IDS]
    df = load_published()
    sel = select_preferred()
    g_tot = sel[sel["indicator"] == "grdp_real_growth"].set_index("year")["value"]

    def published_rates(year: int) -> tuple[np.ndarray, str]:
        rows, rates = [], np.full(len(SECTOR_IDS), np.nan)
        for k, sid in enumerate(SECTOR_IDS):
            r = df[(df["indicator"] == f"growth_{sid}") & (df["period"] == str(year))]
            if not r.empty:
                rates[k] = float(r.iloc[0]["value"]) / 100
                rows.append(str(r.iloc[0]["row"]))
        return rates, ", ".join(rows)

    for y in range(first - 1, FIRST, -1):  # build year y − 1 from year y
        nxt = levels[y]
        target = float(total[y - 1])
        rates, rows = published_rates(y)
        if np.isnan(rates).sum() <= 1 and y <= 2017:
            rates = np.where(np.isnan(rates), g_tot[y] / 100, rates)
            d = brentq(lambda d: (nxt / (1 + rates + d)).sum() - target, -0.5, 0.5)
            levels[y - 1] = nxt / (1 + rates + d)
            method = _panel_method("shifted_taxes" if y == 2016 else "shifted", year=y, rows=rows,
                                   shift=100 * d, total=float(g_tot[y]))
        else:
            de = (e.loc[y] - e.loc[y - 1]).to_numpy()
            x = (nxt - de).sum() / target - 1
            levels[y - 1] = (nxt - de) / (1 + x)
            method = _panel_method("common_rate", rate=100 * x, year=y - 1)
        prov += [{"year": y - 1, "sector": sid, "status": "estimated", **method} for sid in SECTOR_IDS]
    years = sorted(levels)
    panel = pd.DataFrame([levels[y] for y in years], index=pd.Index(years, name="year"), columns=list(SECTOR_IDS))
    return panel, pd.DataFrame(prov).sort_values(["year", "sector"]).reset_index(drop=True)


def sector_backtest(history: History | None = None) -> pd.DataFrame:
    """Test (b) sector by sector on the panel (`sector_panel`): each year's growth of each sector
    forecast one year ahead from the actual year before, by the model (the sector's organic
    2016–last average rate plus its projects at their real dates) and by the naive rule (the
    sector's average growth over the three years before). Scored on the years whose sector
    growth is the history's (from 2020): 2018–2019 are built by the model's own rule (common
    organic rate plus projects), so scoring them would flatter the model. One row a sector:
    rmse_model_pp, rmse_naive_pp, years; and, honestly (issue 15: the model's rate above is
    fitted on the years it scores, and only the model knows the projects),
    rmse_model_before_pp (the rate fitted on the years before each scored year) and
    rmse_naive_projects_pp (the naive rule on organic growth, given the same projects)."""
    panel, _ = sector_panel(history)
    last = int(panel.index[-1])
    e = project_value_added_by_sector(last).loc[panel.index]
    growth = panel.pct_change() * 100
    org = panel - e
    rows = []
    for s in panel.columns:
        g = (org[s][last] / org[s][2016]) ** (1 / (last - 2016)) - 1 if org[s][2016] > 0 else np.nan
        model = ((org[s].shift() * (1 + g) + e[s]) / panel[s].shift() - 1) * 100
        naive = growth[s].rolling(3).mean().shift()
        common = naive.dropna().index
        common = common[common >= 2020]
        before = pd.Series({y: one_year_ahead(panel[s], e[s], int(y), "model") for y in common})
        naive_p = pd.Series({y: one_year_ahead(panel[s], e[s], int(y), "naive") for y in common})
        rows.append({"sector": s, "years": f"{common[0]}-{last}",
                     "rmse_model_pp": _rmse((model - growth[s]).loc[common]),
                     "rmse_naive_pp": _rmse((naive - growth[s]).loc[common]),
                     "rmse_model_before_pp": _rmse(before - growth[s].loc[common]),
                     "rmse_naive_projects_pp": _rmse(naive_p - growth[s].loc[common])})
    return pd.DataFrame(rows).set_index("sector")


@dataclass(frozen=True)
class BacktestResult:
    """out_of_sample  2021–2025: actual, model, naive (growth %, the forecasts made in 2020)
    in_sample       2016 onward: actual, model, naive (one year ahead; naive from 2019)
    rmse            by test and rule, pp
    organic         the organic growth rates used (fractions per year)"""

    out_of_sample: pd.DataFrame
    in_sample: pd.DataFrame
    rmse: pd.DataFrame
    organic: dict


def _rmse(err: pd.Series) -> float:
    err = err.dropna()
    return float(np.sqrt((err**2).mean())) if len(err) else float("nan")


@lru_cache(maxsize=1)
def _backtest() -> BacktestResult:
    h = assemble_history()
    r = real_grdp(h)
    last = int(r.index[-1])
    e = project_value_added(last)
    growth = r.pct_change() * 100
    # (a) what 2020 knew
    e_known = e[list(KNOWN_IN_2020)].copy()
    e_known.loc[2021:, "vung_ang_1"] = e_known.at[2020, "vung_ang_1"]  # the 2022 outage: unknown
    org = r - e_known.sum(axis=1)
    g_a = (org[2020] / org[2016]) ** (1 / 4) - 1
    years = np.arange(2021, last + 1)
    level = {2020: r[2020]}
    for y in years:
        level[y] = org[2020] * (1 + g_a) ** (y - 2020) + e_known.sum(axis=1)[y]
    level = pd.Series(level)
    naive_a = ((r[2020] / r[2017]) ** (1 / 3) - 1) * 100
    icor_level = _icor_forecast(h, r, e_known, years)
    # Two more yardsticks a planner had in 2020 (issue 15): the five-year average continued, and
    # a round 7 % a year.
    avg_2016_2020 = ((r[2020] / r[2015]) ** (1 / 5) - 1) * 100
    oos = pd.DataFrame({"actual": growth.loc[years], "model": (level.pct_change() * 100).loc[years],
                        "icor": (icor_level.pct_change() * 100).loc[years], "naive": naive_a,
                        "average_2016_2020": avg_2016_2020, "constant_7": 7.0})
    oos.index.name = "year"
    # (b) every project at its real dates, one year ahead
    e_all = e.sum(axis=1)
    org_b = r - e_all
    g_b = (org_b[last] / org_b[2016]) ** (1 / (last - 2016)) - 1
    model_b = ((org_b.shift() * (1 + g_b) + e_all) / r.shift() - 1) * 100
    ins = pd.DataFrame({"actual": growth, "model": model_b,
                        "naive": growth.rolling(3).mean().shift()}).loc[2016:]
    # The same, honestly (issue 15): each year forecast only from the years before it, and the
    # naive rule given the same project information as the model.
    ins["model_before"] = [one_year_ahead(r, e_all, int(y), "model") for y in ins.index]
    ins["naive_projects"] = [one_year_ahead(r, e_all, int(y), "naive") for y in ins.index]
    ins.index.name = "year"
    common = ins.dropna().index
    rows = [
        {"test": "a: 2021-2025 from 2020", "rule": "model", "years": f"2021-{last}",
         "rmse_pp": _rmse(oos["model"] - oos["actual"])},
        {"test": "a: 2021-2025 from 2020", "rule": "icor", "years": f"2021-{last}",
         "rmse_pp": _rmse(oos["icor"] - oos["actual"])},
        {"test": "a: 2021-2025 from 2020", "rule": "naive", "years": f"2021-{last}",
         "rmse_pp": _rmse(oos["naive"] - oos["actual"])},
        {"test": "a: 2021-2025 from 2020", "rule": "average 2016-2020", "years": f"2021-{last}",
         "rmse_pp": _rmse(oos["average_2016_2020"] - oos["actual"])},
        {"test": "a: 2021-2025 from 2020", "rule": "constant 7 %", "years": f"2021-{last}",
         "rmse_pp": _rmse(oos["constant_7"] - oos["actual"])},
        {"test": "b: one year ahead", "rule": "model", "years": f"{common[0]}-{last}",
         "rmse_pp": _rmse((ins["model"] - ins["actual"]).loc[common])},
        {"test": "b: one year ahead", "rule": "naive", "years": f"{common[0]}-{last}",
         "rmse_pp": _rmse((ins["naive"] - ins["actual"]).loc[common])},
        {"test": "b: one year ahead", "rule": "model", "years": f"2017-{last}",
         "rmse_pp": _rmse((ins["model"] - ins["actual"]).loc[2017:])},
        {"test": "b: one year ahead, fitted before", "rule": "model", "years": f"{common[0]}-{last}",
         "rmse_pp": _rmse((ins["model_before"] - ins["actual"]).loc[common])},
        {"test": "b: one year ahead, fitted before", "rule": "naive with projects", "years": f"{common[0]}-{last}",
         "rmse_pp": _rmse((ins["naive_projects"] - ins["actual"]).loc[common])},
        {"test": "b: one year ahead, fitted before", "rule": "naive", "years": f"{common[0]}-{last}",
         "rmse_pp": _rmse((ins["naive"] - ins["actual"]).loc[common])},
    ]
    return BacktestResult(oos, ins, pd.DataFrame(rows), {"a_2016_2020": g_a, f"b_2016_{last}": g_b})


def one_year_ahead(levels: pd.Series, e: pd.Series, year: int, rule: str, start: int = 2016) -> float:
    """Growth of ``year`` (percent) forecast from what was known at the end of the year before:
    ``levels`` (real value added by year, total or a sector) up to ``year`` − 1 only, and the
    projects' value added ``e`` at their real dates (the project information both rules get).
    The organic rate is, for ``rule`` 'model', the compound average of organic growth from
    ``start`` (2016: the level after the one-off marine incident, as the in-sample rule) to
    ``year`` − 1; for 'naive', the mean of the three years before. Both add the
    projects' increment of ``year``. NaN when the record before is too short."""
    past = levels.loc[:year - 1]
    org = past - e.reindex(past.index).fillna(0.0)
    if rule == "model":
        fit = org.loc[start:]
        if len(fit) < 2 or fit.iloc[0] <= 0 or fit.iloc[-1] <= 0:
            return float("nan")
        g = (fit.iloc[-1] / fit.iloc[0]) ** (1 / (len(fit) - 1)) - 1
    elif rule == "naive":
        if len(org) < 4:
            return float("nan")
        g = float(org.pct_change().iloc[-3:].mean())
    else:
        raise ValueError(f"unknown rule {rule!r}")
    step = float(e.get(year, 0.0)) - float(e.get(year - 1, 0.0))
    return float(100 * ((org.iloc[-1] * (1 + g) + float(e.get(year - 1, 0.0)) + step) / past.iloc[-1] - 1))


def _icor_forecast(h: History, r: pd.Series, e_known: pd.DataFrame, years: np.ndarray) -> pd.Series:
    """Real GRDP 2021–2025 from the 2021–2025 investment plan at the 2016–2020 ICOR (both known in
    2020), with the model's lag; the lag's earlier years from the published 2020 investment."""
    from .data import load_plan_targets
    from .deflators import national_cpi
    from .capital import LAGS, _published_investment
    from .investment import icor_record

    plan = load_plan_targets()
    row = plan[(plan["indicator"] == "total_social_investment_cum") & (plan["horizon_year"] == "2021-2025")]
    total = float(str(row.iloc[0]["target_value"]).lstrip("~>"))
    icor = float(icor_record(h).at["2016–2020", "icor"])
    p2020 = float(h.nominal.sum(axis=1)[2020] / h.real.sum(axis=1)[2020])
    cpi = national_cpi(list(years))
    price = p2020 * np.cumprod(1 + cpi.to_numpy())
    i_real = {2020: _published_investment()[2020][0] / p2020}
    i_real[2019] = i_real[2018] = i_real[2020]  # before 2020: the 2020 level (no figure)
    for y, pr in zip(years, price):
        i_real[int(y)] = total / len(years) / pr
    w = np.asarray(LAGS)
    org = {2020: float(r[2020] - e_known.sum(axis=1)[2020])}
    for y in years:
        inc = sum(w[k] * i_real[int(y) - k] for k in range(len(w))) / icor
        org[int(y)] = org[int(y) - 1] + inc
    return pd.Series({y: org[y] + float(e_known.sum(axis=1)[y]) for y in org})


def backtest() -> BacktestResult:
    """Both tests (see the module docstring); cached: the record does not change at run time."""
    return _backtest()
