"""The target registry: every modelled target's measure, comparator, band and digits, once.

Read from ``model/data/targets_2030.csv``, whose columns say what code needs (OG-Core's
``model_variables.json`` is the model: one entry per output that every table looks up; here
the entry also knows how to compute itself):

    measure          average_growth, multiple, per_capita, share:<sector>, share:manufacturing
                     (empty: not modelled)
    base_year, year  the period: 2021–2030 growth is base_year 2020 → year 2030
    comparator       gt, ge, le, range, approx; target_low, target_high the band
    digits           the digits shown, which are the digits judged
    solver_rank      the order the solver lists it in (empty: not solvable)
    solver_default   in the solver's default bundle
    headline_rank    one of the four headline cards, in this order

Target sets (`target_sets.csv`): the Resolution 26 programme (``targets_2030.csv``, the
default), the 2026–2030 plan, the 20th Congress, the Provincial Plan as approved, the Ministry of
Finance's draft; the others' targets in ``target_set_targets.csv`` (same columns plus
``set_id``). An id names one definition: an id in two sets means the same measure and band there
(a test holds this), so `get` needs no set.

Measures work on arrays with a leading draws axis (`model.kernel.Paths`, or a Projection
seen as one draw through `ProjectionArrays`), in the target's unit:

    average_growth   100 · ((R(T)/R(B))^(1/(T−B)) − 1)        percent a year, constant 2010 prices
    multiple         N(T) / N(B)                              times, current prices
    per_capita       N(T) / pop(T)                            million VND per person
    share:s          100 · N_s(T) / N(T)                      percent, current prices
    share:manufacturing  100 · M(T) · P_IC(T) / N(T)          percent (priced at industry-construction's deflator)
    share_with_taxes:s   100 · (N_s(T) + N_taxes(T)) / N(T)   percent: a share with product taxes folded in
    sector_growth:s  100 · ((R_s(T)/R_s(B))^(1/(T−B)) − 1)    percent a year, one sector, constant 2010 prices
    investment_share     total social investment the path needs, % of GRDP a year averaged over the
                         projected years to T (`model.investment`): a constraint of
                         ``constraints.csv``, measured by the solver and `SolveResult.investment`,
                         not on draws

and `judge` decides met or missed on arrays, on values rounded to ``digits``: the Scorecard,
the solver's lists, Compare, the exports and the probabilities of `model.uncertainty` read it.

Tolerances for "≈" are assumptions (`model.targets`): ±0.5 pp for a share, ±5 % for per capita.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Mapping

import numpy as np

from . import kernel
from .data import load_constraints, load_set_targets, load_target_sets, load_targets
from .params import did_you_mean
from .sectors import SECTOR_IDS

SHARE_TOLERANCE_PP = 0.5      # assumption: how far from a "≈" share still counts as met
PER_CAPITA_TOLERANCE = 0.05   # assumption: relative tolerance for "≈ 170 million VND"
KINDS = ("average_growth", "multiple", "per_capita", "share", "share_with_taxes", "sector_growth")
# Targets on a level of GRDP: missed above their band is more than the plan's figure, not less
# (`model.targets`' reason "above", the draws' share above the band in `model.uncertainty`)
LEVEL_KINDS = ("per_capita", "multiple")
# ... and every kind where more is more: a growth target written "≈" (the Ministry of Finance's
# "≈ 10.0 % a year", a forecast) missed above its band is faster than the figure, not slower.
# Shares are not among them: a share above its target is another share below its own.
ABOVE_KINDS = (*LEVEL_KINDS, "average_growth")


def can_be_above(tg: "Target") -> bool:
    """Whether ``tg`` can be missed by being more than its figure, and that reads as more, not
    worse: a target of `ABOVE_KINDS` with a band on both sides ("≈", a range)."""
    return tg.kind in ABOVE_KINDS and tg.comparator in ("approx", "range")


DEFAULT_SET = "nq26_programme"
# The outcome levels reported beside the targets (Compare, attribution): not targets themselves.
LEVELS = ("grdp_nominal_bn", "grdp_real_bn")


def default_tolerance(target_id: str, target: float) -> float:
    """The assumed half-width of a "≈" target: ``SHARE_TOLERANCE_PP`` for a share, otherwise
    ``PER_CAPITA_TOLERANCE`` of the target (assumptions, see the module docstring)."""
    if target_id.startswith("share_"):
        return SHARE_TOLERANCE_PP
    return PER_CAPITA_TOLERANCE * abs(target)


@dataclass(frozen=True)
class Target:
    """One modelled target (units: the target's own, e.g. percent a year)."""

    id: str
    measure: str
    comparator: str
    low: float
    high: float
    year: int
    base_year: int | None
    digits: int
    solver_rank: int | None
    solver_default: bool
    headline_rank: int | None
    programme: bool = True   # one of a target set's; False: a constraint (constraints.csv)

    @property
    def kind(self) -> str:
        return self.measure.partition(":")[0]

    @property
    def first_year(self) -> int | None:
        """The first year of a period target's period (base_year + 1: 2021 for 2021–2030, 2026
        for the plan's 2026–2030), None for a target of one year (a level or a share)."""
        return None if self.base_year is None else self.base_year + 1

    @property
    def tolerance(self) -> float:
        """The assumed half-width of a "≈" target (NaN for the others)."""
        return default_tolerance(self.id, self.low) if self.comparator == "approx" else float("nan")

    def value(self, paths, memo: dict | None = None) -> np.ndarray:
        """The measure for every draw of ``paths`` (anything with years, real, deflator,
        population and manufacturing arrays with a leading draws axis); ``memo``, a dict kept
        for one ``paths``, shares the year's nominal values between targets (see `measure`)."""
        return measure(paths, self.measure, self.year, self.base_year, memo)

    def judge(self, values, tolerance: float | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(met, gap) for each value as shown (rounded to ``digits``); gap = value − the bound
        it is measured against (0 inside a range), positive above."""
        tol = self.tolerance if tolerance is None else tolerance
        return judge(values, self.comparator, self.low, self.high, tol, self.digits)


def _at(paths, i: int, memo: dict | None, what: str) -> np.ndarray:
    """Year ``i``'s nominal value added (D, S), its total (D,) or shares (D, S), computed once
    per ``memo`` (one dict per paths: eight targets read the same year)."""
    key = (what, i)
    if memo is not None and key in memo:
        return memo[key]
    if what == "nominal":
        out = kernel.calc_nominal(paths.real[:, i], paths.deflator[:, i])
    elif what == "total":
        out = kernel.calc_total(_at(paths, i, memo, "nominal"))
    else:
        out = _at(paths, i, memo, "nominal") / _at(paths, i, memo, "total")[..., None]   # kernel.calc_shares
    if memo is not None:
        memo[key] = out
    return out


def measure(paths, what: str, year: int, base_year: int | None = None, memo: dict | None = None) -> np.ndarray:
    """One measure (see the module docstring) for every draw, in its unit: the kernel's
    accounting identities (`model.kernel.calc_*`) at the year (and base year) it reads.
    ``memo`` (a dict used with these ``paths`` only) keeps each year's nominal values, total
    and shares for the next measure: the same numbers, computed once."""
    years = np.asarray(paths.years)
    i = int(np.searchsorted(years, year))
    kind, _, part = what.partition(":")
    if kind == "average_growth":
        b = int(np.searchsorted(years, base_year))
        return 100.0 * kernel.calc_average_growth(kernel.calc_total(paths.real[:, [b, i]]), 0, 1, year - base_year)
    nominal_t = _at(paths, i, memo, "total")
    if kind == "multiple":
        b = int(np.searchsorted(years, base_year))
        return nominal_t / _at(paths, b, memo, "total")
    if kind == "per_capita":
        return kernel.calc_per_capita(nominal_t, paths.population[:, i])
    if kind == "share" and part == "manufacturing":
        ic = SECTOR_IDS.index("industry_construction")
        return 100.0 * paths.manufacturing[:, i] * paths.deflator[:, i, ic] / nominal_t
    if kind == "share":
        return 100.0 * _at(paths, i, memo, "shares")[:, SECTOR_IDS.index(part)]
    if kind == "share_with_taxes":
        sh = _at(paths, i, memo, "shares")
        return 100.0 * (sh[:, SECTOR_IDS.index(part)] + sh[:, SECTOR_IDS.index("product_taxes")])
    if kind == "sector_growth":
        b, k = int(np.searchsorted(years, base_year)), SECTOR_IDS.index(part)
        return 100.0 * kernel.calc_average_growth(paths.real[:, [b, i], k], 0, 1, year - base_year)
    raise ValueError(f"{what!r} is not measured on a path's arrays (see the module docstring)")


def judge(values, comparator: str, low: float, high: float, tolerance: float, digits: int = 2):
    """(met, gap) of values against one target, both of the values as shown (rounded to
    ``digits``): a miss is a miss at the precision on the screen, never "missed by −0,00"."""
    v = np.round(np.asarray(values, dtype=float), digits)
    if comparator == "gt":
        met, gap = v > low, v - low
    elif comparator == "ge":
        met, gap = v >= low, v - low
    elif comparator == "le":
        met, gap = v <= low, v - low
    elif comparator == "range":
        gap = np.where(v < low - 1e-9, v - low, np.where(v > high + 1e-9, v - high, 0.0))
        met = gap == 0.0
    elif comparator == "approx":
        gap = v - low
        met = np.abs(gap) <= tolerance + 1e-9
    else:
        raise ValueError(f"unknown comparator {comparator!r}")
    return met, np.round(gap, digits) + 0.0   # + 0.0: no "−0.00"


@lru_cache(maxsize=1)
def _registry() -> tuple[Target, ...]:
    """Every modelled entry once: the programme's, the constraints, then the other sets' (an id
    already defined is the same definition: `_members` keeps which sets hold it)."""
    out = _entries(load_targets(), True) + _entries(load_constraints(), False)
    seen = {x.id for x in out}
    for x in _entries(load_set_targets(), True):
        if x.id not in seen:
            out.append(x)
            seen.add(x.id)
    return tuple(out)


def _entries(t, programme: bool) -> list[Target]:
    out = []
    for r in t.itertuples(index=False):
        if not r.measure:
            continue
        out.append(Target(
            id=r.id, measure=r.measure, comparator=r.comparator, low=float(r.target_low),
            high=float(r.target_high) if np.isfinite(r.target_high) else float("nan"), year=int(r.year),
            base_year=int(r.base_year) if r.base_year else None, digits=int(r.digits),
            solver_rank=int(r.solver_rank) if r.solver_rank else None, solver_default=r.solver_default == "true",
            headline_rank=int(r.headline_rank) if r.headline_rank else None, programme=programme))
    return out


@lru_cache(maxsize=1)
def _members() -> dict[str, tuple[str, ...]]:
    """set id → the ids of its rows (modelled or not), in the table's order."""
    out = {DEFAULT_SET: tuple(load_targets()["id"])}
    other = load_set_targets()
    for sid in load_target_sets()["set_id"]:
        if sid != DEFAULT_SET:
            out[sid] = tuple(other.loc[other["set_id"] == sid, "id"])
    return out


@lru_cache(maxsize=1)
def _set_entries() -> dict[str, dict[str, Target]]:
    """set id → its modelled targets by id, with the set's own solver and headline ranks."""
    every = {x.id: x for x in _registry()}
    ranked = {DEFAULT_SET: {}}
    other = load_set_targets()
    for sid, rows in other.groupby("set_id", sort=False):
        ranked[sid] = {r.id: r for r in _entries(rows, True)}
    out = {}
    for sid, members in _members().items():
        own = ranked.get(sid, {})
        out[sid] = {i: own.get(i, every[i]) for i in members if i in every and every[i].programme}
    return out


def set_ids() -> tuple[str, ...]:
    """The target sets, the default first."""
    return tuple(_members())


def set_of(target_id: str) -> str | None:
    """The first set (in `set_ids`' order) that holds ``target_id``; None for one no set holds
    (the solver's constraints, such as the investment cap)."""
    return next((s for s in set_ids() if target_id in _members()[s]), None)


def check_set(set_id: str | None) -> str:
    """``set_id`` or the default; an unknown id raises KeyError naming the known ones."""
    sid = set_id or DEFAULT_SET
    if sid not in _members():
        raise KeyError(f"unknown target set {sid!r}; known: {', '.join(set_ids())}")
    return sid


def judged_set(scenario, set_id: str | None = None) -> str:
    """The set a scenario is judged by: ``set_id`` when asked, else its file's ``[targets] set``,
    else the programme (`check_set`: an unknown id raises KeyError). One rule for
    `model.evaluate`, the attribution, the headline strip, the charts, the deck and the pages."""
    return check_set(set_id or getattr(scenario, "targets_set", None))


def set_info(set_id: str | None = None) -> dict:
    """One set's row of `target_sets.csv` (titles, document, issued, status, periods,
    definitions, source_url)."""
    return dict(_set_info(check_set(set_id)))


@lru_cache(maxsize=None)
def _set_info(sid: str) -> dict:
    t = load_target_sets().set_index("set_id")
    return {"set_id": sid, **t.loc[sid].to_dict()}


def set_rows(set_id: str | None = None):
    """Every row of a set, modelled or not, in the targets' columns (what `model.targets.evaluate`
    judges): the programme's `targets_2030.csv`, or the set's rows of `target_set_targets.csv`."""
    sid = check_set(set_id)
    if sid == DEFAULT_SET:
        return load_targets()
    other = load_set_targets()
    return other[other["set_id"] == sid].drop(columns=["set_id"]).reset_index(drop=True)


def set_records(set_id: str | None = None) -> tuple[Mapping, ...]:
    """`set_rows` as plain records (one dict a row), made once per set: what `model.targets.
    evaluate` walks on every app run (iterating a frame of text columns cost it 2 ms)."""
    return _set_records(check_set(set_id))


@lru_cache(maxsize=None)
def _set_records(sid: str) -> tuple[Mapping, ...]:
    # read-only views: a kept record cannot be changed by the code that reads it
    return tuple(MappingProxyType(r) for r in set_rows(sid).to_dict("records"))


def targets(set_id: str | None = None) -> dict[str, Target]:
    """The modelled targets of a set (default: the Resolution 26 programme) by id, in the table's
    order (what the Scorecard, Compare and the probabilities judge; a copy)."""
    return dict(_set_entries()[check_set(set_id)])


def get(target_id: str) -> Target:
    """Any entry: a target of any set or a constraint. Another id raises KeyError naming the
    nearest (it was a bare KeyError('grdp_growth') in a notebook)."""
    try:
        return _every()[target_id]
    except KeyError:
        raise KeyError(f"{str(target_id)[:64]!r} is not a modelled target or a constraint"
                       f"{did_you_mean(target_id, _every())}; "
                       "registry.all_ids() lists the modelled targets") from None


@lru_cache(maxsize=1)
def _every() -> dict[str, Target]:
    return {x.id: x for x in _registry()}


def ids(set_id: str | None = None) -> tuple[str, ...]:
    """Every modelled target of a set, in the table's order."""
    return tuple(targets(set_id))


def as_ids(x) -> tuple | None:
    """A list of ids given to the API as a tuple; one id written alone is a list of one. A string
    is iterable, so ``ids="grdp_growth_avg"`` was read as its letters: `evaluate` returned an
    empty table, `solve` said "unknown target 'g'". None stays None (the defaults)."""
    if x is None:
        return None
    return (x,) if isinstance(x, str) else tuple(x)


def known(target_id: str) -> bool:
    """Whether an id is a target of some set or a constraint, modelled or not."""
    return target_id in _known()


@lru_cache(maxsize=1)
def _known() -> frozenset:
    return frozenset(_every()) | {r["id"] for sid in set_ids() for r in set_records(sid)}


def all_ids() -> tuple[str, ...]:
    """Every modelled target of every set (each id once)."""
    return tuple(x.id for x in _registry() if x.programme)


def all_solvable() -> tuple[str, ...]:
    """Every id the solver can pose, whatever the set: the default set's first, in its order."""
    first = solvable()
    return first + tuple(x.id for x in _registry() if x.solver_rank and x.id not in first)


def _ranked(set_id: str | None, attr: str):
    sid = check_set(set_id)
    own = [x for x in _set_entries()[sid].values() if getattr(x, attr)]
    if attr == "solver_rank":   # the constraints are solvable in every set
        own += [x for x in _registry() if not x.programme and x.solver_rank]
    return [x for x in sorted(own, key=lambda x: getattr(x, attr))]


def solvable(set_id: str | None = None) -> tuple[str, ...]:
    """The targets the solver can pose for a set, in its order: the set's and the constraints."""
    return tuple(x.id for x in _ranked(set_id, "solver_rank"))


def solver_defaults(set_id: str | None = None) -> tuple[str, ...]:
    """The targets the solver poses by default for a set, in its order."""
    return tuple(x.id for x in _ranked(set_id, "solver_rank") if x.solver_default)


def posed(targets, set_id: str | None = None) -> tuple[str, ...]:
    """The targets a solve request poses, for the notes on its settings: ``targets`` as ids, or
    (None or empty) the set's `solver_defaults`. (`model.solver` itself refuses an empty list.)"""
    return as_ids(targets) or solver_defaults(set_id)


def cap_unused(targets, investment_cap, set_id: str | None = None) -> bool:
    """True when a cap on total social investment (% of GRDP a year) is given but the targets a
    solve poses (`posed`) leave out ``investment_share``, the one target the cap bounds: the cap
    then changes nothing, and is said to (a file keeps it, for when the target is asked again)."""
    return investment_cap is not None and "investment_share" not in posed(targets, set_id)


def headline(set_id: str | None = None) -> tuple[str, ...]:
    """A set's headline targets (up to four), in their cards' order."""
    return tuple(x.id for x in _ranked(set_id, "headline_rank"))


def outcomes(set_id: str | None = None) -> tuple[str, ...]:
    """The 2030 outcomes reported side by side (Compare, attribution): the two GRDP levels,
    then a set's solvable targets with per capita after the growth and the multiple."""
    mine = [i for i in solvable(set_id) if i in targets(set_id)]
    first = [i for i in mine if get(i).kind in ("average_growth", "multiple", "per_capita")]
    return (*LEVELS, *first, *(i for i in mine if i not in first))


def growth_period(set_id: str | None = None) -> tuple[int, int]:
    """The period of a set's average-growth target, (base year, last year): (2020, 2030) for
    the programme's 2021–2030, (2025, 2030) for the 2026–2030 plan. What a project or a change
    is worth in growth is read over the period the set judges (a plant starting in 2029 adds
    half as much to a ten-year average as to a five-year one)."""
    for i in headline(set_id) + solvable(set_id):
        x = get(i)
        if x.kind == "average_growth" and x.base_year is not None:
            return x.base_year, x.year
    return 2020, 2030   # a set without one: the programme's period


class ProjectionArrays:
    """A `model.growth.Projection` seen as one draw (arrays with a leading axis of 1), so that
    the same measures judge one path and a million."""

    def __init__(self, projection):
        self._p = projection
        self.years = projection.years.to_numpy()
        self.real = projection.real.to_numpy()[None]
        self.deflator = projection.deflator.to_numpy()[None]
        self.population = projection.population.to_numpy()[None]

    @cached_property
    def manufacturing(self) -> np.ndarray:
        return self._p.manufacturing_real.to_numpy()[None]
