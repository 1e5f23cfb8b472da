"""Every programme target tracked, the modelled ones by the projection and the rest by the record.

For each target the model does not project (social, environmental, budget, rank: the programme's
25), `model/data/target_tracking.csv` holds its latest published value (year, source) and, where
the record has two points or more, the points; or, with no figure, what was searched. A trend
(per year, in the target's unit) is the record's — the average yearly change between its first
and last points, or for a target that is itself a yearly rate (budget revenue growth, the fall in
poverty) the latest rate held — and the user may set another. The 2030 value is

    latest + trend · (2030 − latest year)       a level (urbanisation, forest cover…)
    trend                                      a rate (growth or fall a year)

and the status is ``on_track`` when that value meets the target (judged as the Scorecard
judges), ``off_track`` when it does not, ``no_figure`` with the searches when nothing was found.

Glossary: đúng hướng = on track; chệch hướng = off track; chưa có số liệu = no published figure.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

import numpy as np
import pandas as pd

from .data import _read_csv, load_targets
from .params import did_you_mean, is_number, nearest
from .targets import TARGET_YEAR, default_tolerance, judge

# targets whose unit is a rate a year: the trend is the rate itself, held to 2030
RATE_UNITS = ("percent_per_year", "percentage_points_per_year")
STATUSES = ("on_track", "off_track", "no_figure")


@lru_cache(maxsize=1)
def _table() -> pd.DataFrame:
    t = _read_csv("target_tracking.csv")
    for c in ("latest_value", "latest_year"):
        t[c] = pd.to_numeric(t[c], errors="coerce")
    return t.set_index("id")


def record_trend(tid: str) -> tuple[float, str]:
    """(trend a year, basis) from the record: the latest rate for a rate target, the average
    yearly change between the first and last points for a level; (NaN, '') for a tracked
    target without a published figure. An id the tracking table does not hold is a KeyError
    (it was (NaN, ''), as if the record were silent)."""
    t, tg = _table(), load_targets().set_index("id")
    if tid not in t.index:
        raise KeyError(f"{str(tid)[:64]!r} is not a tracked target; the tracked: {', '.join(t.index)}"
                       + did_you_mean(tid, t.index))
    if not np.isfinite(t.at[tid, "latest_value"]):
        return float("nan"), ""
    if tg.at[tid, "unit"] in RATE_UNITS:
        return float(t.at[tid, "latest_value"]), "latest"
    pts = [p.split(":") for p in t.at[tid, "record"].split(";") if p]
    if len(pts) >= 2:
        (y0, v0), (y1, v1) = (int(pts[0][0]), float(pts[0][1])), (int(pts[-1][0]), float(pts[-1][1]))
        return (v1 - v0) / (y1 - y0), f"{y0}-{y1}"
    return 0.0, "held"


def track(trends: Mapping[str, float] | None = None) -> pd.DataFrame:
    """`_track` (its docstring), the record's trends kept once: the Scorecard asks several times
    a run (a copy each time). ``trends``: {target id: trend a year, in the target's unit}, for
    targets with a published figure (`trendable`); another id or a value that is not a finite
    number is refused, where it was dropped without a word."""
    if not trends:
        return _track_record().copy()
    ok = trendable()
    for tid, v in dict(trends).items():
        if tid not in ok:
            near = nearest(tid, ok)
            hint = f"did you mean {near!r}? " if near else ""
            raise ValueError(f"trends: {str(tid)[:64]!r} is not a tracked target with a published figure; "
                             f"{hint}the targets: {', '.join(ok)}")
        if not is_number(v) or not np.isfinite(v):
            raise ValueError(f"trends[{tid!r}] = {v!r:.40}: a trend is a number a year, in the target's unit")
    return _track(trends).copy()


def trendable() -> tuple[str, ...]:
    """The targets whose trend a user may set: tracked (not projected) and with a published
    figure, in the programme's order."""
    t = _track_record()
    return tuple(t.index[np.isfinite(t["latest_value"].to_numpy(dtype=float))])


@lru_cache(maxsize=1)
def _track_record() -> pd.DataFrame:
    return _track(None)


def _track(trends: Mapping[str, float] | None) -> pd.DataFrame:
    """One row per target the projection does not measure: id, latest_value, latest_year,
    source_url, trend (a year, in the target's unit), trend_basis ('latest', 'YYYY-YYYY',
    'held', 'user'), value_2030, status, gap, searched, note (English) and note_vi. ``trends`` overrides the record's
    trend for some targets (the user's)."""
    from . import registry

    t, tg = _table(), load_targets().set_index("id")
    user = dict(trends or {})
    rows = []
    for tid, r in tg.iterrows():
        if tid in registry.all_ids():
            continue
        row = {"id": tid, "latest_value": np.nan, "latest_year": np.nan, "source_url": "", "trend": np.nan,
               "trend_basis": "", "value_2030": np.nan, "status": "no_figure", "gap": np.nan,
               "searched": "", "note": "", "note_vi": ""}
        if tid in t.index:
            x = t.loc[tid]
            row.update(searched=x["searched"], note=x["note"], note_vi=x["note_vi"], source_url=x["source_url"])
            if np.isfinite(x["latest_value"]):
                trend, basis = record_trend(tid)
                if tid in user:
                    trend, basis = float(user[tid]), "user"
                latest, year = float(x["latest_value"]), int(x["latest_year"])
                value = trend if r["unit"] in RATE_UNITS else latest + trend * (TARGET_YEAR - year)
                tol = default_tolerance(tid, r["target_low"]) if r["comparator"] == "approx" else np.nan
                status, gap = judge(value, r["comparator"], r["target_low"], r["target_high"], tol)
                row.update(latest_value=latest, latest_year=year, trend=trend, trend_basis=basis,
                           value_2030=value, status="on_track" if status == "met" else "off_track", gap=gap)
        rows.append(row)
    return pd.DataFrame(rows).set_index("id")


__all__ = ["RATE_UNITS", "STATUSES", "record_trend", "track", "trendable"]
