"""The targets as the solver poses and judges them.

A target is posed as low ≤ value ≤ high in its own unit (`TargetSpec`): "> 9" as ≥ 9.01 (the
value is shown with two decimals, so 9.00 is not above 9), "≈ x" as x ± its tolerance (or exactly
x), and the investment constraint as a cap on total social investment, % of GRDP a year
(`investment_cap`: the record's highest share plus a stated margin). A solved value is judged as
the Scorecard judges it (`model.targets.judge`), on the value as shown.

Glossary: chỉ tiêu = target; trần vốn đầu tư = investment cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import numpy as np

from .. import registry
from ..targets import DIGITS, UNIT, default_tolerance, judge, load_targets

INVESTMENT = "investment_share"   # the constraint of constraints.csv: total social investment, % of GRDP
INVESTMENT_MARGIN_PP = 5.0        # assumption: the default cap is the record's highest share plus this
STRICT_EPS = UNIT             # "> 9" is solved as "≥ 9.01": shown with two decimals, 9.00 is not > 9
# A miss smaller than half the shown precision is not bought with a path change: it is not
# even visible (model.targets.DIGITS).
DEAD_ZONE = UNIT / 2


class SolverError(ValueError):
    """A solve request that cannot be posed (unknown target, sector, method, bounds). ``code``
    names its message in the catalogue (`model.report.issues.SOLVER`, both languages) and
    ``params`` fill it: ``text(lang)`` words it, ``str()`` is the English."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        # The words live in the catalogue, which imports nothing of the model (as Issue's).
        from ..report.issues import solver_text

        return solver_text(self.code, self.params, lang)


@dataclass(frozen=True)
class TargetSpec:
    """One target as the solver sees it: low ≤ value ≤ high (either may be None; equal bounds
    make an equality), in the target's own unit."""

    id: str
    low: float | None
    high: float | None
    published: str = ""  # the target as printed, for reports

    @property
    def is_equality(self) -> bool:
        return self.low is not None and self.low == self.high


@lru_cache(maxsize=1)
def investment_cap() -> float:
    """The default cap on total social investment, % of GRDP: the highest share in the record
    (50.5 % in 2024) plus ``INVESTMENT_MARGIN_PP`` (an assumption: what a province could stretch
    to with a push, not a published limit)."""
    from ..history import assemble_history
    from ..investment import investment_record

    return round(float(investment_record(assemble_history())["share_pct"].max()) + INVESTMENT_MARGIN_PP, 1)


def target_specs(ids: Iterable[str] | None = None, approx: str = "band",
                 tolerance: Mapping[str, float] | None = None, investment_cap_pct: float | None = None,
                 set_id: str | None = None) -> list[TargetSpec]:
    """Solver targets from the shipped 2030 targets and the constraints (`investment_share`:
    at most ``investment_cap_pct``, default `investment_cap`).

    ``approx`` decides how a "≈" target is posed: ``band`` (target ± its tolerance, see
    `model.targets`) or ``equal`` (exactly the printed figure).
    """
    if approx not in ("band", "equal"):
        raise SolverError("bad_approx", value=repr(approx))
    table = _target_rows()
    try:
        ids = list(registry.solver_defaults(set_id) if ids is None else registry.as_ids(ids))
    except KeyError:
        raise SolverError("unknown_set", value=repr(set_id), allowed=", ".join(registry.set_ids())) from None
    solvable = registry.all_solvable()
    if not ids:   # an empty list reached the optimiser: "cannot reshape array of size 0"
        raise SolverError("no_targets", allowed=", ".join(registry.solver_defaults(set_id)))
    tol = dict(tolerance or {})
    specs = []
    for tid in ids:
        if tid == INVESTMENT:
            cap = investment_cap() if investment_cap_pct is None else float(investment_cap_pct)
            specs.append(TargetSpec(tid, None, cap, f"≤ {cap:g}"))
            continue
        if tid not in table:
            raise SolverError("unknown_target", value=repr(tid), allowed=", ".join(solvable))
        if tid not in solvable:
            raise SolverError("target_not_modelled", value=repr(tid), allowed=", ".join(solvable))
        comp, low, high = table[tid]
        printed = {"gt": f"> {low:g}", "ge": f"≥ {low:g}", "le": f"≤ {low:g}",
                   "range": f"{low:g}–{high:g}", "approx": f"≈ {low:g}"}[comp]
        if comp == "gt":
            spec = TargetSpec(tid, low + STRICT_EPS, None, printed)
        elif comp == "ge":
            spec = TargetSpec(tid, low, None, printed)
        elif comp == "le":
            spec = TargetSpec(tid, None, low, printed)
        elif comp == "range":
            spec = TargetSpec(tid, low, float(high), printed)
        elif approx == "equal":
            spec = TargetSpec(tid, low, low, printed)
        else:
            t = tol.get(tid, default_tolerance(tid, low))
            spec = TargetSpec(tid, low - t, low + t, printed)
        specs.append(spec)
    return specs


@lru_cache(maxsize=1)
def _target_rows() -> dict[str, tuple[str, float, float]]:
    """id → (comparator, low, high) of the shipped targets of every set, read once. Not the
    constraints (`load_solver_targets` has them): the investment cap's bound is set at run time
    and judged on its band, as a target posed by hand."""
    from ..data import load_set_targets

    out = {}
    for t in (load_targets(), load_set_targets()):
        for r in t.itertuples():
            out.setdefault(r.id, (r.comparator, float(r.target_low), float(r.target_high)))
    return out


def _judged(specs: Sequence[TargetSpec], values: np.ndarray, approx: str) -> tuple[np.ndarray, np.ndarray]:
    """Met and gap of each target as `model.targets.judge` says for the value as shown: the
    Scorecard's definition (gap from the target itself for "≈", from the bound otherwise). A
    target posed by hand (`TargetSpec` unknown to the table) is judged on its band."""
    table = _target_rows()
    met, gap = np.zeros(len(specs), bool), np.zeros(len(specs))
    for k, (sp, v) in enumerate(zip(specs, values)):
        if sp.id in table and sp.published:
            comparator, low, high = table[sp.id]
            tol = (sp.high - sp.low) / 2 if comparator == "approx" and sp.low is not None and sp.high is not None else 0.0
            status, gap[k] = judge(v, comparator, low, high, tol)
            met[k] = status == "met"
        else:
            # A target posed by hand may sit between two shown values: it holds when it is
            # missed by less than half the shown precision.
            below = sp.low - v if sp.low is not None and v < sp.low else 0.0
            above = v - sp.high if sp.high is not None and v > sp.high else 0.0
            met[k] = max(below, above) <= DEAD_ZONE
            gap[k] = round(-below if below else above, DIGITS)
    return met, gap + 0.0
