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

from typing import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

from . import registry
from .data import load_targets
from .growth import Projection, need_projection
from .params import did_you_mean
from .sectors import SECTOR_IDS

TARGET_YEAR = 2030
BASE_YEAR = 2020
SHARE_TOLERANCE_PP = registry.SHARE_TOLERANCE_PP
PER_CAPITA_TOLERANCE = registry.PER_CAPITA_TOLERANCE
default_tolerance = registry.default_tolerance   # one rule for the Scorecard, the solver and the draws
STATUSES = ("met", "missed", "not_modelled")
# Every modelled target is shown with two decimals, and judged as shown: a value is rounded to
# DIGITS before it is compared, so that a miss is a miss at the precision on the screen (never
# "missed by −0,00") and the Scorecard, the Solve page and the files agree. The registry's
# ``digits`` column says so per target.
DIGITS = 2
UNIT = 10.0 ** -DIGITS


def _measure(target_id: str) -> Callable[[Projection], float]:
    tg = registry.get(target_id)
    return lambda p: float(tg.value(registry.ProjectionArrays(p))[0])


# Target id → how the projection measures it, in the target's own unit (`model.registry`):
# every set's modelled targets.
MEASURES: dict[str, Callable[[Projection], float]] = {i: _measure(i) for i in registry.all_ids()}

# The targets the solver can pose, and the seven it poses by default: the registry's columns.
SOLVABLE, DEFAULT_TARGETS = registry.solvable(), registry.solver_defaults()

# Why a target is not evaluated: a reason code, worded by `model.report.strings` (reason_*).
_NOT_MODELLED_WHY = {
    "share_digital_economy": "digital",
    "budget_revenue_growth": "budget",
    "grdp_rank": "rank",
    "income_per_capita_2030_plan": "income",
    "exports_2030": "trade",
}


_SHARE_IDS = {f"share_{s}" for s in SECTOR_IDS}  # the four the rounding note is about


def structure_rounding(targets: pd.DataFrame | None = None) -> dict[str, float]:
    """Sum of the four published share targets, and its shortfall from 100 (percent)."""
    t = load_targets() if targets is None else targets
    total = float(t.loc[t["id"].isin([f"share_{s}" for s in SECTOR_IDS]), "target_low"].sum())
    return {"published_sum_pct": round(total, 6), "residual_pp": round(100.0 - total, 6)}


def judge(value: float, comparator: str, low: float, high: float, tolerance: float) -> tuple[str, float]:
    """Status ('met' or 'missed') and gap of a value against one target, both of the value as
    shown (rounded to ``DIGITS``): `model.registry.judge` on one value."""
    met, gap = registry.judge(value, comparator, low, high, tolerance, DIGITS)
    return ("met" if bool(met) else "missed"), float(gap)


def evaluate(projection: Projection, targets: pd.DataFrame | None = None,
             approx_tolerance: Mapping[str, float] | None = None, set_id: str | None = None,
             ids: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per target: id, group, indicator_vi, indicator_en, unit, value, target_low,
    target_high, comparator, tolerance, status, gap, reason.

    ``reason`` says why a value is missing or how to read it, as a code: ``horizon`` (the
    projection ends before 2030), ``manufacturing``, ``digital``, ``budget``, ``rank``,
    ``social`` (not modelled), ``rounding`` (a share target; the published four sum to
    99.94 %) or ``above`` (a level target, per capita or the multiple, or a growth written "≈",
    missed above its band: more than the figure, not short of it; `registry.ABOVE_KINDS`). `model.report.views.targets_table` words it.

    ``set_id`` judges against a target set (`model.registry.set_ids`); by default the set the
    projected scenario is judged by (its file's ``[targets] set``; the Resolution 26 programme
    when it names none), as the app, the CLI, the solver and the uncertainty do; ``targets``, a
    table in the targets' columns, overrides both; ``ids`` keeps only those targets (in the
    table's order)."""
    return pd.DataFrame(judged(projection, targets, approx_tolerance, set_id, ids))


def judged(projection: Projection, targets: pd.DataFrame | None = None,
           approx_tolerance: Mapping[str, float] | None = None, set_id: str | None = None,
           ids: Iterable[str] | None = None) -> list[dict]:
    """`evaluate`'s rows as a list of dicts, for a reader of a few cells (the headline strip
    reads four rows on every run: a frame built and read back cost it 2 ms)."""
    need_projection(projection)   # a scenario or a file's path passed: say which
    # a file that declares its plan's set is judged by it (the Congress file by the Programme's
    # 33 targets met 0 of 8 where its own three are 2 of 3)
    if targets is not None and not isinstance(targets, pd.DataFrame):
        # evaluate(p, "plan_2026_2030") reads as "judge by that set" but got "'str' object
        # has no attribute 'to_dict'": the second argument is a table, the set is a keyword
        hint = f"; to judge by a set, write set_id={targets!r}" if isinstance(targets, str) else ""
        raise TypeError(f"targets: a table in the targets' columns (a pandas DataFrame) is needed, "
                        f"not {type(targets).__name__}{hint}")
    set_id = registry.judged_set(projection.scenario, set_id)
    records = registry.set_records(set_id) if targets is None else targets.to_dict("records")
    if ids is not None:
        keep = set(registry.as_ids(ids))
        # an id no set has is a typo, named; one of another set is left out (the headline
        # strip asks for four where a set may have fewer)
        unknown = sorted(i for i in keep if not registry.known(i) and all(r["id"] != i for r in records))
        if unknown:
            raise KeyError(f"unknown target {unknown[0]!r}{did_you_mean(unknown[0], [r['id'] for r in records])}"
                           f"; the targets here: {', '.join(r['id'] for r in records)}")
        records = [r for r in records if r["id"] in keep]
    tol_over = dict(approx_tolerance or {})
    rows = []
    arrays = registry.ProjectionArrays(projection)   # one view of the path for every measure
    memo: dict = {}                                   # and its years' nominal values, computed once
    default_set = targets is None and set_id == registry.DEFAULT_SET
    for r in records:
        tid, low, high, comparator = r["id"], r["target_low"], r["target_high"], r["comparator"]
        tol = tol_over.get(tid, default_tolerance(tid, low)) if comparator == "approx" else np.nan
        value, status, gap, reason = np.nan, "not_modelled", np.nan, ""
        if tid in MEASURES and projection.horizon >= TARGET_YEAR:
            value = float(registry.get(tid).value(arrays, memo)[0])
            status, gap = judge(value, comparator, low, high, tol)
            if tid in _SHARE_IDS and default_set:
                reason = "rounding"
            elif status == "missed" and gap > 0 and registry.can_be_above(registry.get(tid)):
                # above the band of a level ("≈ 168", "2.5–3×"): more than the plan's figure, not
                # short of it; missed because the set's targets are one arithmetic (growth,
                # level, prices), which a level far above no longer keeps. A growth "≈ 10"
                # (a forecast) alike: faster than the figure
                reason = "above"
        elif tid in MEASURES:
            reason = "horizon"
        else:
            reason = _NOT_MODELLED_WHY.get(tid, "social")
        rows.append({"id": tid, "group": r["group"], "indicator_vi": r["indicator_vi"],
                     "indicator_en": r["indicator_en"], "unit": r["unit"], "value": value,
                     "target_low": low, "target_high": high, "comparator": comparator,
                     "tolerance": tol, "status": status, "gap": gap, "reason": reason})
    return rows
