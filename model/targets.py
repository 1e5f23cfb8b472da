"""Evaluate a projection against the 2030 targets of the provincial action programme.

For each of the 33 targets (``model/data/targets_2030.csv``): the projected value, the target,
the gap and a status ``met``, ``missed`` or ``not_modelled``.

Comparators: ``gt`` value > low; ``ge`` value ≥ low; ``le`` value ≤ low; ``range``
low ≤ value ≤ high; ``approx`` |value − low| ≤ tolerance.

Gap = value minus the target it is measured against: the bound for gt/ge/le, the nearest bound
for a range (0 inside it), the target itself for ≈. Positive means above.

Tolerances for "≈" (khoảng) are assumptions, not published: ±0.5 percentage points for a share,
±5 % of the target for GRDP per capita. Pass ``approx_tolerance`` to use others.

The four published structure targets sum to 99.94 % (each is rounded); the model's shares sum
to 100 %. Each share is compared with its published figure unscaled, and every share row says so
in its ``note``; `structure_rounding` gives the numbers.

Glossary: mục tiêu / chỉ tiêu = target / indicator; đạt = met; chưa đạt = missed;
chưa mô hình hóa = not modelled.
"""

from __future__ import annotations

from typing import Callable, Mapping

import numpy as np
import pandas as pd

from . import params
from .data import load_targets
from .params import SOLVABLE_TARGETS
from .growth import Projection
from .sectors import SECTOR_IDS

TARGET_YEAR = 2030
BASE_YEAR = 2020
SHARE_TOLERANCE_PP = 0.5  # assumption: how far from a "≈" share still counts as met
PER_CAPITA_TOLERANCE = 0.05  # assumption: relative tolerance for "≈ 170 million VND"
STATUSES = ("met", "missed", "not_modelled")
# Every modelled target is shown with two decimals, and judged as shown: a value is rounded to
# DIGITS before it is compared, so that a miss is a miss at the precision on the screen (never
# "missed by −0,00") and the Scorecard, the Solve page and the files agree.
DIGITS = 2
UNIT = 10.0 ** -DIGITS


def _share(sector: str) -> Callable[[Projection], float]:
    return lambda p: 100.0 * float(p.shares.at[TARGET_YEAR, sector])


# Target id → how the projection measures it, in the target's own unit.
MEASURES: dict[str, Callable[[Projection], float]] = {
    "grdp_growth_avg": lambda p: 100.0 * p.average_growth(BASE_YEAR, TARGET_YEAR),
    "grdp_multiple": lambda p: float(p.grdp_nominal.at[TARGET_YEAR] / p.grdp_nominal.at[BASE_YEAR]),
    "grdp_per_capita": lambda p: float(p.per_capita_mvnd.at[TARGET_YEAR]),
    **{f"share_{s}": _share(s) for s in SECTOR_IDS},
    "share_manufacturing": lambda p: 100.0 * float(p.manufacturing_share.at[TARGET_YEAR]),
}

# The targets the solver can pose, and the seven it poses by default (`model.params`, which
# validation of a [solve] table reads too): every one is measured here.
SOLVABLE, DEFAULT_TARGETS = SOLVABLE_TARGETS, params.DEFAULT_TARGETS
assert set(SOLVABLE) == set(MEASURES)

# Why a target is not evaluated: a reason code, worded by `model.report.strings` (reason_*).
_NOT_MODELLED_WHY = {
    "share_digital_economy": "digital",
    "budget_revenue_growth": "budget",
    "grdp_rank": "rank",
}


_SHARE_IDS = {f"share_{s}" for s in SECTOR_IDS}


def default_tolerance(target_id: str, target: float) -> float:
    """The assumed half-width of a "≈" target (see the module docstring)."""
    if target_id.startswith("share_"):
        return SHARE_TOLERANCE_PP
    return PER_CAPITA_TOLERANCE * abs(target)


def structure_rounding(targets: pd.DataFrame | None = None) -> dict[str, float]:
    """Sum of the four published share targets, and its shortfall from 100 (percent)."""
    t = load_targets() if targets is None else targets
    total = float(t.loc[t["id"].isin([f"share_{s}" for s in SECTOR_IDS]), "target_low"].sum())
    return {"published_sum_pct": round(total, 6), "residual_pp": round(100.0 - total, 6)}


def judge(value: float, comparator: str, low: float, high: float, tolerance: float) -> tuple[str, float]:
    """Status ('met' or 'missed') and gap of a value against one target, both of the value as
    shown (rounded to ``DIGITS``)."""
    value = round(float(value), DIGITS)
    status, gap = _judge(value, comparator, low, high, tolerance)
    return status, round(gap, DIGITS) + 0.0  # + 0.0: no "−0.00"


def _judge(value: float, comparator: str, low: float, high: float, tolerance: float) -> tuple[str, float]:
    if comparator == "gt":
        return ("met" if value > low else "missed"), value - low
    if comparator == "ge":
        return ("met" if value >= low else "missed"), value - low
    if comparator == "le":
        return ("met" if value <= low else "missed"), value - low
    if comparator == "range":
        gap = value - low if value < low - 1e-9 else (value - high if value > high + 1e-9 else 0.0)
        return ("met" if gap == 0.0 else "missed"), gap
    if comparator == "approx":
        gap = value - low
        return ("met" if abs(gap) <= tolerance + 1e-9 else "missed"), gap
    raise ValueError(f"unknown comparator {comparator!r}")


def evaluate(projection: Projection, targets: pd.DataFrame | None = None,
             approx_tolerance: Mapping[str, float] | None = None) -> pd.DataFrame:
    """One row per target: id, group, indicator_vi, indicator_en, unit, value, target_low,
    target_high, comparator, tolerance, status, gap, reason.

    ``reason`` says why a value is missing or how to read it, as a code: ``horizon`` (the
    projection ends before 2030), ``manufacturing``, ``digital``, ``budget``, ``rank``,
    ``social`` (not modelled) or ``rounding`` (a share target; the published four sum to
    99.94 %). `model.report.views.targets_table` words it."""
    t = load_targets() if targets is None else targets
    tol_over = dict(approx_tolerance or {})
    rows = []
    for r in t.itertuples(index=False):
        low, high = r.target_low, r.target_high
        tol = tol_over.get(r.id, default_tolerance(r.id, low)) if r.comparator == "approx" else np.nan
        value, status, gap, reason = np.nan, "not_modelled", np.nan, ""
        if r.id in MEASURES and projection.horizon >= TARGET_YEAR:
            value = MEASURES[r.id](projection)
            status, gap = judge(value, r.comparator, low, high, tol)
            if r.id in _SHARE_IDS:
                reason = "rounding"
        elif r.id in MEASURES:
            reason = "horizon"
        else:
            reason = _NOT_MODELLED_WHY.get(r.id, "social")
        rows.append({"id": r.id, "group": r.group, "indicator_vi": r.indicator_vi,
                     "indicator_en": r.indicator_en, "unit": r.unit, "value": value,
                     "target_low": low, "target_high": high, "comparator": r.comparator,
                     "tolerance": tol, "status": status, "gap": gap, "reason": reason})
    return pd.DataFrame(rows)
