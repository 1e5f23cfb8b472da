"""Reading a parsed scenario document: every key checked, every problem collected.

`scenario_from_dict` turns a parsed TOML document into a `Scenario` or raises `ScenarioError`
listing every problem found (up to `params.MAX_ISSUES`; past that only a count), each an `Issue`
with its TOML path, a message code and its parameters (`model.report.issues` words them in
Vietnamese or English). Rates are fractions: a value like 9 is refused with "did you mean
0.09?". Input is bounded: nesting depth, number of keys, text lengths, the number of projects.
The checks of one value are `model.scenario.checks`; the ``[projects]`` and ``[solve]`` tables
are read by `model.scenario.tables`.

Glossary: kiểm tra = validation; đường dẫn TOML = TOML path.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .. import params as P
from ..data import actual_years
from ..history import need_history
from ..sectors import INVESTABLE, SECTOR_IDS
from .checks import _check_keys, _Issues, _number, _rate, _text, _year, shown
from .tables import _projects, _solve_settings
from .types import (_NAME_RE, MAX_YEAR, MIN_YEAR, Issue, Scenario, ScenarioError, SectorAssumption, need_scenario,
                    suggest_name)


# The years a missing growth is offered from: the baseline's trend window (scenarios/baseline.toml,
# 2022–2025 on the shipped record), after the 2021–2022 slump
TREND_YEARS = 3


@lru_cache(maxsize=8)   # 5 ms a sector (the projects' record), and the data never change at run time
def _sector_record(sid: str) -> tuple[tuple[str, object], ...]:
    """What a file missing a sector's rates is offered, from the shipped record, as a message's
    parameters (pairs: kept, so not a dict), each written as a file writes it ("0.073"):

    - ``growth``: the baseline's rule, organic real growth a year over the last ``TREND_YEARS``
      actual years (from ``g_since``), g = (R(T) / R(T−n))^(1/n) − 1 less the mean of the named
      projects' part, (E(t) − E(t−1)) / R(t−1) (R the sector's real value added, E its projects',
      `model.projects.project_value_added_by_sector`; billion VND at 2010 prices);
    - ``investment``: the organic investment that buys g at the central ICOR (``icor``) in the
      last year, a fraction of GRDP, K_s · g · R(T) / GRDP_real(T) (the organic path grows from
      the whole level, projects' value added included: `model.growth`; investment deflated as
      GRDP is);
    - ``inflation``: the deflator's change a year from ``p_since`` (2020, the first year priced)
      to the last actual year ``until``."""
    from ..accounts import calc_average_growth
    from ..projects import project_value_added_by_sector
    from ..capital import ICOR_BAND, sector_icor
    from ..history import BASE_YEAR, assemble_history

    h = assemble_history()
    last, first = h.last_year, h.last_year - TREND_YEARS
    r = h.real[sid]
    e = project_value_added_by_sector(last)[sid]
    part = sum((e[y] - e[y - 1]) / r[y - 1] for y in range(first + 1, last + 1)) / TREND_YEARS
    g = (r[last] / r[first]) ** (1 / TREND_YEARS) - 1 - part
    share = sector_icor(sid) * g * r[last] / h.real.loc[last].sum()
    inflation = calc_average_growth(h.deflator[sid], BASE_YEAR, last)
    return (("growth", f"{g:.3f}"), ("investment", f"{max(share, 0.0):.3f}"), ("g_since", first),
            ("inflation", f"{inflation:.3f}"), ("p_since", BASE_YEAR), ("until", last),
            ("icor", f"{ICOR_BAND['central']:g}"))


def _count_keys(data: Any) -> tuple[int, int]:
    """(number of keys, deepest table nesting) of a parsed document: a table or list is one
    level deeper than the one holding it, the document's top table level 1. Iterative: a
    document built in code may nest deeper than Python's recursion allows, and leaves (most of
    a document) are passed over without a call."""
    n, deepest, stack = 0, 0, [(data, 1)]
    while stack:
        x, depth = stack.pop()
        if isinstance(x, dict) or isinstance(x, Mapping):   # the first test is the fast one
            n += len(x)
            values = x.values()
        elif isinstance(x, list):
            values = x
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((v, depth + 1) for v in values if not isinstance(v, (str, int, float)))
    return n, deepest


def scenario_from_dict(data: Mapping[str, Any], *, source: str = "",
                       history_years: tuple[int, int] | None = None) -> Scenario:
    """Validate a parsed TOML document and build a `Scenario`; raise `ScenarioError` listing
    every problem. ``history_years`` (first, last actual year) bounds ``last_actual_year``;
    by default the span of the shipped history."""
    if not isinstance(data, Mapping):   # a list gave "object of type 'int' has no len()"
        raise TypeError(f"data: a scenario is a mapping of its TOML tables ([meta], [sectors], …; "
                        f"tomllib.loads(text) gives one), not {type(data).__name__}")
    if history_years is None:
        history_years = actual_years()
    issues = _Issues()
    n_keys, depth = _count_keys(data)
    if depth > P.MAX_DEPTH:
        raise ScenarioError([Issue("", "too_deep", {"depth": depth, "max": P.MAX_DEPTH})], source)
    if n_keys > P.MAX_KEYS:
        raise ScenarioError([Issue("", "too_many_keys", {"n": n_keys, "max": P.MAX_KEYS})], source)
    _check_keys(data, ["meta", "population", "sectors", "solve", "projects", "industry", "targets"], "", issues)

    meta = data.get("meta")
    if not isinstance(meta, Mapping):
        # `meta = 3` is there, not missing: "missing table" sent the planner looking for nothing
        issues.add("meta", "missing_meta" if meta is None else "meta_not_table")
        meta = {}
    _check_keys(meta, ["name", "title_vi", "title_en", "description", "description_en", "horizon",
                       "last_actual_year", "vintage", "answers"], "meta", issues)
    vintage, answers = _vintage(meta, issues)
    name = _text(meta, "name", "meta", issues, required=True, max_len=P.MAX_NAME)
    if name and not _NAME_RE.fullmatch(name):
        issues.add("meta.name", "bad_name", value=shown(name), max=P.MAX_NAME, hint=suggest_name(name))
    title_vi = _text(meta, "title_vi", "meta", issues, required=True, max_len=P.MAX_TITLE)
    title_en = _text(meta, "title_en", "meta", issues, required=False, max_len=P.MAX_TITLE)
    description = _text(meta, "description", "meta", issues, required=False,
                        max_len=P.MAX_DESCRIPTION, one_line=False)
    description_en = _text(meta, "description_en", "meta", issues, required=False,
                           max_len=P.MAX_DESCRIPTION, one_line=False)
    last_actual = None
    if "last_actual_year" in meta:
        last_actual = _year(meta["last_actual_year"], "meta.last_actual_year", issues,
                            history_years[0], history_years[1])
    horizon = None
    if "horizon" not in meta:
        issues.add("meta.horizon", "missing_horizon", max=MAX_YEAR)
    else:
        horizon = _year(meta["horizon"], "meta.horizon", issues, MIN_YEAR + 1, MAX_YEAR)
    start = last_actual if last_actual is not None else history_years[1]
    if horizon is not None and horizon <= start:
        issues.add("meta.horizon", "horizon_after", value=horizon, start=start, max=MAX_YEAR)

    pop = data.get("population")
    pop_growth = None
    absent = 0  # assumption tables left out (population, each sector): a file of changes only?
    if not isinstance(pop, Mapping):
        issues.add("population", "missing_population" if pop is None else "population_not_table")
        if pop is None:   # left out, as a file of changes leaves it (a value is a slip, said alone)
            absent += 1
    else:
        _check_keys(pop, ["growth"], "population", issues)
        if "growth" not in pop:
            issues.add("population.growth", "missing_population_growth")
        else:
            pop_growth = _rate(pop["growth"], "population.growth", "population", issues)

    sectors_in = data.get("sectors")
    sectors: dict[str, SectorAssumption] = {}
    if sectors_in is not None and not isinstance(sectors_in, Mapping):
        issues.add("sectors", "sectors_not_table")
    if not isinstance(sectors_in, Mapping):
        sectors_in = {}
    _check_keys(sectors_in, list(SECTOR_IDS), "sectors", issues)
    for sid in SECTOR_IDS:
        path = f"sectors.{sid}"
        table = sectors_in.get(sid)
        if table is None:
            # the sector's record, as a missing growth or inflation is offered it: with no
            # [sectors] at all, one line a sector ("add [sectors.<id>] tables" gave no number)
            issues.add(path, "missing_sector", **dict(_sector_record(sid)))
            absent += 1
            continue
        if not isinstance(table, Mapping):
            issues.add(path, "sector_not_table", **dict(_sector_record(sid)))
            continue
        _check_keys(table, ["growth", "inflation", "investment"], path, issues)
        if "investment" in table and sid not in INVESTABLE:
            issues.add(f"{path}.investment", "investment_not_here", allowed=", ".join(INVESTABLE))
        driver = "investment" if "investment" in table and sid in INVESTABLE else "growth"
        if driver == "investment" and "growth" in table:
            issues.add(path, "growth_and_investment")
        rates = {}
        for kind in (driver, "inflation"):
            if kind == "inflation" and kind not in table:
                # the record's own rate, not a number to copy blindly: "add inflation = 0.05"
                # was twice services' 2020–2025 deflator change, and a planner may take it
                issues.add(f"{path}.inflation", "missing_inflation", **dict(_sector_record(sid)))
            elif kind not in table:
                # the baseline's own rule on the record, as for inflation: "add growth = 0.05"
                # was three times agriculture's trend, and "investment = 0.15" eleven times its need
                issues.add(f"{path}.{kind}", "missing_driver" if sid in INVESTABLE else "missing_rate",
                           kind=kind, **dict(_sector_record(sid)))
            else:
                rates[kind] = _rate(table[kind], f"{path}.{kind}", kind, issues)
        if all(rates.get(k) is not None for k in (driver, "inflation")):
            sectors[sid] = SectorAssumption(growth=rates.get("growth"), inflation=rates["inflation"],
                                            investment=rates.get("investment"))
    if absent >= 2:
        # A planner writes only what differs from the baseline ("services 8.5 %, LNG late");
        # a file states every assumption instead, so say how to start one rather than leave
        # them to invent the rates the messages above ask for.
        issues.add("", "partial_file", example="scenarios/baseline.toml")

    # the set first: a [solve] table's default targets are the set's (its priorities weigh those)
    targets_set = _targets_set(data["targets"], issues) if "targets" in data else None
    solve = _solve_settings(data["solve"], issues, targets_set) if "solve" in data else None
    projects = _projects(data["projects"], issues) if "projects" in data else {}
    manufacturing = None
    if "industry" in data:
        SHARE_RANGE = P.MANUFACTURING_SHARE_RANGE

        ind = data["industry"]
        if not isinstance(ind, Mapping):
            issues.add("industry", "industry_not_table")
        else:
            _check_keys(ind, ["manufacturing_share"], "industry", issues)
            if "manufacturing_share" in ind:
                manufacturing = _number(ind["manufacturing_share"], "industry.manufacturing_share",
                                        SHARE_RANGE[0], SHARE_RANGE[1], issues)

    if issues or issues.more:
        raise ScenarioError(list(issues), source, more=issues.more)
    return Scenario(name=name, title_vi=title_vi, title_en=title_en, description=description,
                    description_en=description_en, horizon=horizon, last_actual_year=last_actual,
                    population_growth=pop_growth, sectors=sectors, solve=solve, projects=projects,
                    manufacturing_share=manufacturing, targets_set=targets_set, vintage=vintage,
                    answers=answers)


# Scenarios found valid, by their content (the repr of `Scenario.to_dict` and the history's
# span: floats and strings repr exactly, so equal keys are equal scenarios): `model.simulate`,
# the draws, the solver and the attribution check every scenario they are given, and the one
# the app or a loop passes again and again is checked once (a check of twenty projects costs
# 0.35 ms, the key 0.01). Invalid ones are never kept: each call says why again.
_VALID: dict[str, None] = {}
_VALID_MAX = 256
_VALID_LOCK = threading.Lock()   # the app's sessions are threads


def checked(history, scenario) -> Scenario:
    """What the model's public entries call first (`model.simulate`, `model.solve`, the draws,
    the attribution, the what-if variants): the two arguments of the kind they must be — the
    path of a file passed for the scenario got "'str' object has no attribute 'to_dict'" —
    then `check` against the history's span."""
    need_scenario(scenario)
    return check(scenario, history_years=need_history(history).span)


def check(scenario: Scenario, *, history_years: tuple[int, int] | None = None) -> Scenario:
    """``scenario`` itself if a file could hold it (`scenario_from_dict` on its `Scenario.to_dict`),
    else `ScenarioError` naming each field, as for a file. A scenario read from a file always
    passes; this is for one built or edited in code (`dataclasses.replace`, `Scenario.with_rate`),
    where ``RatePath.const(15)`` meant for 15 % would otherwise project 1,500 % a year. A content
    already found valid is not checked again (`_VALID`)."""
    data = need_scenario(scenario).to_dict()
    key = repr((history_years, data))
    if key in _VALID:
        return scenario
    scenario_from_dict(data, source=scenario.name if isinstance(scenario.name, str) else "",
                       history_years=history_years)
    with _VALID_LOCK:
        if len(_VALID) >= _VALID_MAX:
            del _VALID[next(iter(_VALID))]   # the oldest
        _VALID[key] = None
    return scenario


def _vintage(meta: Mapping, issues: _Issues) -> tuple[str | None, dict]:
    """``[meta] vintage = "2026-03"`` and ``[meta.answers]`` (target id = number, at most 20):
    what the file was written with, recorded by the package (`model.vintage.stamp`)."""
    vintage = meta.get("vintage")
    if vintage is not None and (not isinstance(vintage, str) or not re.fullmatch(r"\d{4}-\d{2}", vintage)):
        issues.add("meta.vintage", "bad_vintage", value=shown(vintage))
        vintage = None
    answers: dict[str, float] = {}
    table = meta.get("answers", {})
    if not isinstance(table, Mapping) or len(table) > 20:
        issues.add("meta.answers", "bad_answers")
        return vintage, {}
    for k, v in table.items():
        if not isinstance(k, str) or len(k) > 60 or isinstance(v, bool) or not isinstance(v, (int, float)) \
                or not math.isfinite(float(v)):
            issues.add(f"meta.answers.{str(k)[:60]}", "bad_answers")
            continue
        answers[k] = float(v)
    return vintage, answers


def _targets_set(table: Any, issues: _Issues) -> str | None:
    """``[targets] set = "<id>"``: the target set the scenario is judged against."""
    from .. import registry

    if not isinstance(table, Mapping):
        issues.add("targets", "targets_not_table")
        return None
    _check_keys(table, ["set"], "targets", issues)
    if "set" not in table:
        return None
    v = table["set"]
    if not isinstance(v, str) or v not in registry.set_ids():
        issues.add("targets.set", "bad_choice", value=shown(v),
                   allowed=", ".join(f'"{a}"' for a in registry.set_ids()))
        return None
    return v
