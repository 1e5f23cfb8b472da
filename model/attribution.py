"""Why do two scenarios differ? The difference in each 2030 outcome split exactly among the
assumptions that changed.

An assumption ("factor") is one of: a sector's growth driver (its growth path, or its
investment), a sector's deflator path, population growth, one project's setting, the
manufacturing weight, and the frame (horizon and last actual year). For a set S of factors,
v(S) is an outcome of scenario A with the factors in S taken from B. The Shapley value

    φ_i = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! / n! · [v(S ∪ {i}) − v(S)]

splits v(N) − v(∅) = outcome(B) − outcome(A) among the n changed factors so that the terms
add up to the total (exactly, up to floating-point rounding of ~1e-12), every factor is treated
alike whatever its order, and a factor that changes nothing gets zero. It needs 2^n
projections; beyond ``MAX_SHAPLEY`` factors (2^10 = 1,024 projections) the split is sequential
in the documented order of ``FACTOR_ORDER`` (each factor's effect with those before it already
switched to B), also exactly additive, and the result says which method it used.

Outcomes, all for 2030: GRDP at current and constant 2010 prices (billion VND), average real
growth 2021–2030 (% a year), the multiple of 2020, per capita (million VND), each sector's
share and manufacturing's (% of GRDP at current prices).

Glossary: phân rã chênh lệch = attribution of a difference; giá trị Shapley = Shapley value.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations
from math import factorial

import numpy as np
import pandas as pd

from . import kernel, registry
from .growth import base_inputs
from .history import History
from .projects import defined_names
from .scenario import Scenario, checked, need_scenario
from .sectors import SECTOR_IDS
from .targets import BASE_YEAR, TARGET_YEAR

MAX_SHAPLEY = 10
# the programme's outcomes: the two GRDP levels, then its solvable targets; a set's own are
# `registry.outcomes(set_id)` (the 2026–2030 plan's growth 2026–2030, per capita 168, its shares)
OUTCOMES = registry.outcomes()
FACTOR_ORDER = ("frame", "population", *(f"growth.{s}" for s in SECTOR_IDS),
                *(f"inflation.{s}" for s in SECTOR_IDS), "manufacturing", "projects")


class AttributionError(ValueError):
    """Two scenarios that cannot be compared in 2030 (a horizon before it)."""


@dataclass(frozen=True)
class Factor:
    """One changed assumption: ``id`` ('growth.services', 'project.vung_ang_3', …) and how to
    put B's value of it into a scenario."""

    id: str

    @property
    def kind(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def subject(self) -> str:
        return self.id.split(".", 1)[1] if "." in self.id else ""

    def apply(self, target: Scenario, source: Scenario) -> Scenario:
        """``target`` with this factor as ``source`` has it."""
        k, s = self.kind, self.subject
        if k == "frame":
            return replace(target, horizon=source.horizon, last_actual_year=source.last_actual_year)
        if k == "population":
            return replace(target, population_growth=source.population_growth)
        if k == "growth":
            a = source.sectors[s]
            sectors = dict(target.sectors)
            sectors[s] = replace(target.sectors[s], growth=a.growth, investment=a.investment)
            return replace(target, sectors=sectors)
        if k == "inflation":
            return target.with_sector(s, inflation=source.sectors[s].inflation)
        if k == "manufacturing":
            return replace(target, manufacturing_share=source.manufacturing_share)
        if k == "project":
            projects = dict(target.projects)
            if s in source.projects:
                projects[s] = source.projects[s]
            else:
                projects.pop(s, None)
            return replace(target, projects=projects)
        raise KeyError(self.id)


def changed_factors(a: Scenario, b: Scenario) -> list[Factor]:
    """The assumptions that differ between ``a`` and ``b``, in ``FACTOR_ORDER`` (projects by id)."""
    need_scenario(a, "a"), need_scenario(b, "b")
    out = []
    if (a.horizon, a.last_actual_year) != (b.horizon, b.last_actual_year):
        out.append(Factor("frame"))
    if a.population_growth != b.population_growth:
        out.append(Factor("population"))
    for s in SECTOR_IDS:
        x, y = a.sectors[s], b.sectors[s]
        if (x.growth, x.investment) != (y.growth, y.investment):
            out.append(Factor(f"growth.{s}"))
    for s in SECTOR_IDS:
        if a.sectors[s].inflation != b.sectors[s].inflation:
            out.append(Factor(f"inflation.{s}"))
    if a.manufacturing_share != b.manufacturing_share:
        out.append(Factor("manufacturing"))
    for pid in sorted(set(a.projects) | set(b.projects)):
        pa, pb = a.projects.get(pid), b.projects.get(pid)
        on_a, on_b = (pa is not None and pa.on), (pb is not None and pb.on)
        if (on_a or on_b) and pa != pb:
            out.append(Factor(f"project.{pid}"))
    return out


def outcomes(history: History, scenario: Scenario, ids: tuple[str, ...] = OUTCOMES) -> np.ndarray:
    """The 2030 outcomes ``ids`` (`registry.outcomes`) for one scenario: one kernel call (no frames:
    the Shapley split runs it up to 2^MAX_SHAPLEY times), the targets measured by the registry
    (manufacturing of the actual years is kept per history and weight by `model.growth`)."""
    if need_scenario(scenario).horizon < TARGET_YEAR:
        raise AttributionError(f"horizon {scenario.horizon} ends before {TARGET_YEAR}")
    paths = kernel.run(base_inputs(history, scenario, manufacturing=True))
    i = paths.at(TARGET_YEAR)
    n = float(paths.nominal[0, i].sum())
    r = float(paths.real[0, i].sum())
    return np.array([n, r, *(float(registry.get(tid).value(paths)[0]) for tid in ids[2:])])


def _one_call(history: History, a: Scenario, b: Scenario, factors: list[Factor],
              ids: tuple[str, ...] = OUTCOMES) -> np.ndarray | None:
    """The outcomes ``ids`` of every subset of ``factors`` (2ⁿ × ids, bit i of a row's index is
    factor i) in one kernel call: each subset is a draw whose rates are A's plus B − A where
    its factors are on, and whose projects take B's settings where theirs are. None when a
    factor cannot be put that way (the frame; a sector driven by investment; a project both
    define differently), and the split then projects each subset on its own."""
    from .projects import ProjectSetting

    if any(f.kind == "frame" for f in factors) or a.horizon < TARGET_YEAR:
        return None
    if any(sc.sectors[s].investment is not None for sc in (a, b) for s in SECTOR_IDS):
        return None
    pids = sorted(set(a.projects) | set(b.projects))
    defs = {}
    for pid in pids:
        da, db = (sc.projects[pid].definition if pid in sc.projects else None for sc in (a, b))
        if da is not None and db is not None and da != db:
            return None
        defs[pid] = da or db
    off = {pid: ProjectSetting(on=False, definition=defs[pid]) for pid in pids}
    pa_set = {pid: a.projects.get(pid, off[pid]) for pid in pids}
    pb_set = {pid: b.projects.get(pid, off[pid]) for pid in pids}
    base_a = base_inputs(history, replace(a, projects=pa_set), manufacturing=True)
    base_b = base_inputs(history, replace(b, projects=pb_set), manufacturing=True)
    n = len(factors)
    rows = np.arange(2 ** n)
    on = ((rows[:, None] >> np.arange(n)) & 1).astype(bool)             # (2ⁿ, n)
    F, S = base_a.growth.shape
    dg = np.zeros((2 ** n, F, S))
    dpi = np.zeros((2 ** n, F, S))
    dpop = np.zeros((2 ** n, len(base_a.pop_growth)))
    pa, pb = base_a.projects, base_b.projects
    p_on = np.broadcast_to(pa.on, (2 ** n, pa.n)).copy()
    p_delay = np.broadcast_to(pa.delay, (2 ** n, pa.n)).copy()
    p_scale = np.broadcast_to(pa.scale, (2 ** n, pa.n)).copy()
    mfg = np.zeros(2 ** n, bool)
    for i, f in enumerate(factors):
        sel = on[:, i]
        if f.kind == "growth":
            k = SECTOR_IDS.index(f.subject)
            dg[sel, :, k] += base_b.growth[:, k] - base_a.growth[:, k]
        elif f.kind == "inflation":
            k = SECTOR_IDS.index(f.subject)
            dpi[sel, :, k] += base_b.inflation[:, k] - base_a.inflation[:, k]
        elif f.kind == "population":
            dpop[sel] += base_b.pop_growth - base_a.pop_growth
        elif f.kind == "project":
            j = pa.ids.index(f.subject)
            p_on[sel, j], p_delay[sel, j], p_scale[sel, j] = pb.on[j], pb.delay[j], pb.scale[j]
        elif f.kind == "manufacturing":
            mfg = sel
        else:
            return None
    out = np.zeros((2 ** n, len(ids)))
    # the years the measures read: 2020 and 2030, and a period target's own base year (2025)
    years = sorted({BASE_YEAR, TARGET_YEAR, *(registry.get(t).base_year or BASE_YEAR for t in ids[2:])})
    for use_b, part in ((False, ~mfg), (True, mfg)):
        if not part.any():
            continue
        base = replace(base_a, m_act=base_b.m_act) if use_b else base_a
        paths = kernel.run(base, kernel.Shocks(growth=dg[part], inflation=dpi[part], population=dpop[part],
                                               on=p_on[part], delay=p_delay[part], scale=p_scale[part]))
        few = _cut(paths, years)   # the measures read their base years and 2030 only
        out[part, 0] = few.nominal[:, -1].sum(axis=-1)
        out[part, 1] = few.real[:, -1].sum(axis=-1)
        for c, tid in enumerate(ids[2:], start=2):
            out[part, c] = registry.get(tid).value(few)
    return out


def _cut(paths: kernel.Paths, years: list[int]) -> kernel.Paths:
    """``paths`` cut to ``years`` (the base years and the target year, last: what every 2030
    outcome reads)."""
    idx = [paths.at(y) for y in years]
    m = None if paths.manufacturing is None else paths.manufacturing[:, idx]
    return kernel.Paths(paths.years[idx], 1, paths.real[:, idx], paths.deflator[:, idx], paths.population[:, idx], m,
                        paths.growth)


@lru_cache(maxsize=MAX_SHAPLEY + 1)
def _shapley_weights(n: int) -> np.ndarray:
    """W (n × 2ⁿ) with φ = W v: W[i, S] = w(|S| − 1) if i ∈ S, −w(|S|) if i ∉ S (S ≠ all),
    w(k) = k!(n−k−1)!/n!."""
    rows = np.arange(2 ** n)
    member = ((rows[None, :] >> np.arange(n)[:, None]) & 1).astype(bool)      # (n, 2ⁿ)
    size = member.sum(axis=0)
    w = np.array([factorial(k) * factorial(n - k - 1) / factorial(n) for k in range(n)] + [0.0])
    return np.where(member, w[np.maximum(size - 1, 0)], -w[size])


def _shapley(v: np.ndarray, n: int) -> np.ndarray:
    """Shapley terms (n × outcomes) from the outcomes of every subset ``v`` (2ⁿ rows, bit i
    of the index is factor i): φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ i) − v(S)), as one
    product with `_shapley_weights`."""
    return _shapley_weights(n) @ v


def _mix(a: Scenario, b: Scenario, factors: list[Factor], subset) -> Scenario:
    sc = a
    for i in subset:
        sc = factors[i].apply(sc, b)
    return sc


def attribute(history: History, a: Scenario, b: Scenario, set_id: str | None = None) -> pd.DataFrame:
    """Each changed factor's share of B − A in every 2030 outcome of the target set ``set_id``
    (rows: factor ids, then ``total``; columns: `registry.outcomes(set_id)`; by default the set
    B is judged by, its file's ``[targets] set``, the programme's ``OUTCOMES`` when it names
    none, as ``python -m model attribute`` does). ``attrs``: method ('shapley' or
    'sequential'), a, b (the two outcome vectors as dicts), names (vi, en) of projects the
    scenarios define, set_id. Rows add up to ``total`` = outcome(B) − outcome(A)."""
    for sc in (a, b):   # as `model.simulate` does; the mixes are made of their checked parts
        checked(history, sc)
    set_id = registry.judged_set(b, set_id)
    ids = registry.outcomes(set_id)
    factors = changed_factors(a, b)
    n = len(factors)
    method = "shapley" if n <= MAX_SHAPLEY else "sequential"
    terms = np.zeros((n, len(ids)))
    every = _one_call(history, a, b, factors, ids) if method == "shapley" and n else None
    if every is not None:   # A and B are its first and last rows
        base, end = every[0], every[-1]
        terms = _shapley(every, n)
    else:
        base, end = outcomes(history, a, ids), outcomes(history, b, ids)
    if every is None and method == "shapley":
        cache: dict[frozenset, np.ndarray] = {frozenset(): base, frozenset(range(n)): end}

        def v(subset: frozenset) -> np.ndarray:
            if subset not in cache:
                cache[subset] = outcomes(history, _mix(a, b, factors, sorted(subset)), ids)
            return cache[subset]

        weight = [factorial(k) * factorial(n - k - 1) / factorial(n) for k in range(n)]
        for i in range(n):
            others = [j for j in range(n) if j != i]
            for k in range(n):
                for s in combinations(others, k):
                    s_ = frozenset(s)
                    terms[i] += weight[k] * (v(s_ | {i}) - v(s_))
    elif method == "sequential":
        prev, sc = base, a
        for i, f in enumerate(factors):
            sc = f.apply(sc, b)
            now = end if i == n - 1 else outcomes(history, sc, ids)
            terms[i] = now - prev
            prev = now
    total = end - base
    out = pd.DataFrame(np.vstack([terms, total]), index=pd.Index([*(f.id for f in factors), "total"], name="factor"),
                       columns=list(ids))
    # Projects a scenario defines itself are named from their definitions.
    out.attrs.update(method=method, a=dict(zip(ids, base)), b=dict(zip(ids, end)),
                     names=defined_names(a, b), set_id=set_id)
    return out


__all__ = ["AttributionError", "FACTOR_ORDER", "Factor", "MAX_SHAPLEY", "OUTCOMES", "attribute",
           "changed_factors", "outcomes"]
