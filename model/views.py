"""Tidy frames of a projection, ready to draw or show: the app and the charts take these, so no
front end does arithmetic of its own.

Units: trillion VND (``_trn``) for GRDP levels on charts, percent for shares and growth,
percentage points for contributions. Labels follow ``lang`` ('vi' or 'en').
"""

from __future__ import annotations

from typing import Mapping

import numpy as np
import pandas as pd

from .growth import Projection
from .sectors import SECTOR_IDS, label
from .targets import BASE_YEAR, TARGET_YEAR, evaluate, load_targets

MULTIPLE_BAND = (2.5, 3.0)
YEAR_LABEL = {"vi": "Năm", "en": "Year"}
GROWTH_PATH = 0.09

# Plain words: status must read the same on a projector without emoji fonts.
STATUS_LABEL = {
    "vi": {"met": "Đạt", "missed": "Chưa đạt", "not_modelled": "Chưa mô hình hóa"},
    "en": {"met": "Met", "missed": "Missed", "not_modelled": "Not modelled"},
}
GROUP_LABEL = {
    "economy": ("Kinh tế", "Economy"), "structure": ("Cơ cấu", "Structure"),
    "fiscal": ("Ngân sách", "Budget"), "society": ("Xã hội", "Society"),
    "rural": ("Nông thôn mới", "New rural"), "health": ("Y tế", "Health"),
    "environment": ("Môi trường", "Environment"),
}
UNIT_LABEL = {
    "percent_per_year": ("%/năm", "%/yr"), "times": ("lần", "times"), "percent": ("%", "%"),
    "million_vnd_per_person": ("triệu đồng/người", "million VND/person"),
    "percent_of_communes": ("% số xã", "% of communes"), "percent_of_districts": ("% số huyện", "% of districts"),
    "percentage_points_per_year": ("điểm %/năm", "pp/yr"), "per_10000_people": ("/vạn dân", "per 10,000 people"),
    "percent_of_population": ("% dân số", "% of population"), "percent_of_land": ("% diện tích", "% of land"),
    "percent_of_households": ("% số hộ", "% of households"), "rank": ("thứ hạng", "rank"),
}


def _kind(p: Projection) -> pd.Series:
    return pd.Series(np.where(p.is_actual, "actual", "projection"), index=p.years)


def _bridge(frame: pd.DataFrame, last_actual: int, by: list[str]) -> pd.DataFrame:
    """Repeat the last actual year as a 'projection' row, so a line drawn per kind joins up."""
    link = frame[(frame["year"] == last_actual) & (frame["kind"] == "actual")].assign(kind="projection")
    if not (frame["kind"] == "projection").any():
        return frame
    return pd.concat([frame, link], ignore_index=True).sort_values(by + ["kind", "year"], ignore_index=True)


def grdp_view(p: Projection) -> pd.DataFrame:
    """year, measure ('nominal' current prices | 'real' constant 2010 prices), value_trn, kind.
    The last actual year appears twice (actual and projection) so the two lines join."""
    kind = _kind(p)
    frames = []
    for measure, s in (("nominal", p.grdp_nominal), ("real", p.grdp_real)):
        frames.append(pd.DataFrame({"year": p.years, "measure": measure,
                                    "value_trn": s.to_numpy() / 1000, "kind": kind.to_numpy()}))
    return _bridge(pd.concat(frames, ignore_index=True), p.last_actual_year, ["measure"])


def band_view(p: Projection) -> pd.DataFrame:
    """The 2030 multiple target as paths from 2020: N(2020)·m^((t−2020)/10) for m = 2.5 and 3.0,
    trillion VND at current prices (year, low_trn, high_trn). Empty if 2020 or 2030 is missing."""
    if p.years[0] > BASE_YEAR or p.horizon < TARGET_YEAR:
        return pd.DataFrame(columns=["year", "low_trn", "high_trn"])
    years = np.arange(BASE_YEAR, TARGET_YEAR + 1)
    frac = (years - BASE_YEAR) / (TARGET_YEAR - BASE_YEAR)
    n0 = float(p.grdp_nominal.at[BASE_YEAR]) / 1000
    lo, hi = MULTIPLE_BAND
    return pd.DataFrame({"year": years, "low_trn": n0 * lo**frac, "high_trn": n0 * hi**frac})


def path9_view(p: Projection) -> pd.DataFrame:
    """Real GRDP growing 9 % a year from the first year (year, value_trn, constant 2010 prices)."""
    years = p.years.to_numpy()
    r0 = float(p.grdp_real.iloc[0]) / 1000
    return pd.DataFrame({"year": years, "value_trn": r0 * (1 + GROWTH_PATH) ** (years - years[0])})


def growth_view(p: Projection) -> pd.DataFrame:
    """year, growth_pct (real GRDP growth), kind."""
    return pd.DataFrame({"year": p.years, "growth_pct": 100 * p.growth_real.to_numpy(),
                         "kind": _kind(p).to_numpy()})


def shares_view(p: Projection, lang: str = "vi") -> pd.DataFrame:
    """year, sector (label), share_pct at current prices, kind (last actual year in both kinds)."""
    kind = _kind(p)
    rows = []
    for s in SECTOR_IDS:
        rows.append(pd.DataFrame({"year": p.years, "sector": label(s, lang, short=True),
                                  "share_pct": 100 * p.shares[s].to_numpy(), "kind": kind.to_numpy()}))
    return _bridge(pd.concat(rows, ignore_index=True), p.last_actual_year, ["sector"])


def shares_table(p: Projection, lang: str = "vi") -> pd.DataFrame:
    """Year × sector shares of GRDP at current prices (%), sectors in registry order."""
    out = 100 * p.shares
    out.columns = [label(s, lang, short=True) for s in SECTOR_IDS]
    out.index.name = YEAR_LABEL.get(lang, "Năm")
    return out


def share_targets_view(lang: str = "vi") -> pd.DataFrame:
    """sector (label), target_pct: the 2030 structure targets as published."""
    t = load_targets().set_index("id")
    return pd.DataFrame({"sector": [label(s, lang, short=True) for s in SECTOR_IDS],
                         "target_pct": [float(t.at[f"share_{s}", "target_low"]) for s in SECTOR_IDS]})


def contributions_view(p: Projection, lang: str = "vi") -> pd.DataFrame:
    """year, sector (label), contrib_pp, kind: contributions to real growth."""
    kind = _kind(p)
    rows = [pd.DataFrame({"year": p.years, "sector": label(s, lang, short=True),
                          "contrib_pp": p.contributions_pp[s].to_numpy(), "kind": kind.to_numpy()})
            for s in SECTOR_IDS]
    return pd.concat(rows, ignore_index=True)


def contributions_table(p: Projection, lang: str = "vi") -> pd.DataFrame:
    """Year × sector contributions (pp) and total growth (%), as the statistics office shows them."""
    t = p.contributions_pp.copy()
    t.columns = [label(s, lang, short=True) for s in SECTOR_IDS]
    t["GRDP (%)"] = 100 * p.growth_real
    t.index.name = YEAR_LABEL.get(lang, "Năm")
    return t


def scorecard(p: Projection, lang: str = "vi") -> pd.DataFrame:
    """The 33 targets for display: indicator, group, value, target, gap, unit, status (labelled)."""
    t = evaluate(p)
    printed = {"gt": "> {lo:g}", "ge": "≥ {lo:g}", "le": "≤ {lo:g}", "range": "{lo:g}–{hi:g}",
               "approx": "≈ {lo:g}"}
    i = 1 if lang == "en" else 0
    target = [printed[c].format(lo=lo, hi=hi) for c, lo, hi in
              zip(t["comparator"], t["target_low"], t["target_high"])]
    return pd.DataFrame({
        "id": t["id"],
        "indicator": t["indicator_vi"] if lang == "vi" else t["indicator_en"],
        "group": [GROUP_LABEL.get(g, (g, g))[i] for g in t["group"]],
        "value": t["value"].round(3),
        "target": target,
        "gap": t["gap"].round(3),
        "unit": [UNIT_LABEL.get(u, (u, u))[i] for u in t["unit"]],
        "status": t["status"].map(STATUS_LABEL["en" if lang == "en" else "vi"]),
        "status_code": t["status"],
    })


def compare_series(projections: Mapping[str, Projection]) -> pd.DataFrame:
    """scenario, year, grdp_nominal_trn, grdp_real_trn, growth_pct, kind: one block each."""
    frames = []
    for name, p in projections.items():
        frames.append(pd.DataFrame({"scenario": name, "year": p.years,
                                    "grdp_nominal_trn": p.grdp_nominal.to_numpy() / 1000,
                                    "grdp_real_trn": p.grdp_real.to_numpy() / 1000,
                                    "growth_pct": 100 * p.growth_real.to_numpy(),
                                    "kind": _kind(p).to_numpy()}))
    return pd.concat(frames, ignore_index=True)


COMPARE_ROWS = {
    "grdp_nominal_bn": ("GRDP giá hiện hành 2030 (tỷ đồng)", "GRDP 2030, current prices (billion VND)"),
    "grdp_real_bn": ("GRDP giá so sánh 2010, năm 2030 (tỷ đồng)", "GRDP 2030, constant 2010 prices (billion VND)"),
    "grdp_growth_avg": ("Tăng trưởng bình quân 2021–2030 (%/năm)", "Average growth 2021–2030 (%/yr)"),
    "grdp_multiple": ("GRDP 2030 gấp lần 2020 (giá hiện hành)", "GRDP 2030 ÷ 2020 (current prices)"),
    "grdp_per_capita": ("GRDP bình quân đầu người 2030 (triệu đồng)", "GRDP per capita 2030 (million VND)"),
    **{f"share_{s}": (f"Tỷ trọng {label(s, 'vi', short=True)} 2030 (%)",
                      f"{label(s, 'en')} share 2030 (%)") for s in SECTOR_IDS},
}


def compare_table(projections: Mapping[str, Projection], lang: str = "vi") -> pd.DataFrame:
    """Key 2030 indicators, a column per scenario, then the difference of each from the first
    (columns "Δ k−1: <name>", scenario k minus scenario 1)."""
    cols = {}
    for name, p in projections.items():
        if p.horizon < TARGET_YEAR:
            cols[name] = pd.Series(np.nan, index=list(COMPARE_ROWS))
            continue
        ev = evaluate(p).set_index("id")["value"]
        vals = {"grdp_nominal_bn": float(p.grdp_nominal.at[TARGET_YEAR]),
                "grdp_real_bn": float(p.grdp_real.at[TARGET_YEAR])}
        vals.update({k: float(ev[k]) for k in COMPARE_ROWS if k in ev.index})
        cols[name] = pd.Series(vals)
    out = pd.DataFrame(cols).loc[list(COMPARE_ROWS)]
    names = list(projections)
    # Short headers: "Δ 2: …" is scenario 2 minus scenario 1 (the app's caption says so).
    for k, other in enumerate(names[1:], start=2):
        out[f"Δ {k}−1: {other}"] = out[other] - out[names[0]]
    out.index = [COMPARE_ROWS[k][0 if lang == "vi" else 1] for k in out.index]
    return out


def solved_paths_view(result, lang: str = "vi") -> pd.DataFrame:
    """The solver's growth paths in percent a year, sector labels as columns."""
    out = 100 * result.paths
    out.columns = [label(s, lang, short=True) for s in out.columns]
    out.index.name = YEAR_LABEL.get(lang, "Năm")
    return out


def required_view(required: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.required_growth` with sector and target labels in ``lang``."""
    t = load_targets().set_index("id")
    name = "indicator_vi" if lang == "vi" else "indicator_en"
    i18n = 1 if lang == "en" else 0
    extra_rows = {"scenario": ("Kịch bản hiện tại", "Current scenario"),
                  "all": ("Tất cả mục tiêu cùng lúc", "All targets together")}
    extra_cols = {"grdp": ("GRDP", "GRDP"), "holds": ("Đạt được", "Reachable")}
    out = required.rename(columns=lambda s: label(s, lang, short=True) if s in SECTOR_IDS
                          else extra_cols.get(s, (s, s))[i18n])
    out.index = [t.at[i, name] if i in t.index else extra_rows.get(i, (i, i))[i18n] for i in required.index]
    return out
