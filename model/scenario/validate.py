"""Reading a parsed scenario document: every key checked, every problem collected.

`scenario_from_dict` turns a parsed TOML document into a `Scenario` or raises `ScenarioError`
listing every problem found (up to `params.MAX_ISSUES`; past that only a count), each an `Issue`
with its TOML path, a message code and its parameters (`model.report.issues` words them in
Vietnamese or English). Rates are fractions: a value like 9 is refused with "did you mean
0.09?". Input is bounded: nesting depth, number of keys, text lengths, the number of projects.

Glossary: kiểm tra = validation; đường dẫn TOML = TOML path.
"""

from __future__ import annotations

import difflib
import math
import re
import threading
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import params as P
from ..data import actual_years
from ..sectors import INVESTABLE, SECTOR_IDS
from .types import (_NAME_RE, MAX_PROJECTS, MAX_YEAR, MIN_YEAR, PRIORITY, Issue, RatePath, Scenario, ScenarioError,
                    SectorAssumption, SolveSettings, pct_to_frac, suggest_name)

RATE_BOUNDS = {k: (p.lo, p.hi) for k, p in P.RATES.items()}
_YEAR_RE = re.compile(r"[0-9]{4}")  # ASCII only: '２０２６' must not read as 2026
# Line breaks and controls of every kind: C0, DEL, C1 (U+0085 NEL among them), and Unicode's
# line and paragraph separators U+2028/U+2029, which a browser or a terminal also breaks at.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _blank(v: str) -> bool:
    """Nothing a reader would see: spaces of any kind, format characters (zero-width space,
    joiners, U+FEFF) and controls only."""
    return all(unicodedata.category(ch)[0] in "ZC" for ch in v)


class _Issues(list):
    """The issues of one validation, capped: past `MAX_ISSUES` only a count is kept, so that a
    file with a million unknown keys costs a count, not a million messages."""

    more = 0

    def add(self, path: str, code: str, **params) -> None:
        if len(self) >= P.MAX_ISSUES:
            self.more += 1
            return
        self.append(Issue(path, code, params))

    @property
    def full(self) -> bool:
        return len(self) >= P.MAX_ISSUES


def shown(v: Any) -> str:
    """A value as quoted back in a message: strings in quotes, tables as {...}, long values cut."""
    if isinstance(v, str):
        s = repr(v)
    elif isinstance(v, Mapping):
        s = "{...}"
    elif isinstance(v, list):
        s = "[...]"
    elif isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 10 ** P.MAX_SHOWN_VALUE:
        s = f"a {len(str(abs(v)))}-digit number"
    else:
        s = str(v)
    return s if len(s) <= P.MAX_SHOWN_VALUE else s[: P.MAX_SHOWN_VALUE - 1] + "…"


def _check_keys(table: Mapping, allowed: list[str], path: str, issues: _Issues) -> None:
    for k in table:
        if k not in allowed:
            where = f"{path}.{shown(k)[1:-1]}" if path else shown(k)[1:-1]
            if issues.full:
                issues.more += 1
                continue
            hint = difflib.get_close_matches(k, allowed, n=1) if len(k) <= P.MAX_NAME else []
            if hint:
                issues.add(where, "unknown_key_hint", hint=hint[0])
            else:
                issues.add(where, "unknown_key", allowed=", ".join(allowed))


# a number written as text, the way a person types a rate: "8,5%", "0,085", " 8.5 % "
_RATE_TEXT = re.compile(r"\s*(?P<num>[-+]?\d{1,6}(?:[.,]\d{1,12})?)\s*(?P<pct>%?)\s*")


def typed_fraction(number: str, percent: bool) -> Decimal:
    """The fraction a rate typed by a person means: ``number`` with either decimal mark, a
    percent when marked so or above 1 (as `_rate_number` reads 9 as 9 %): "8,5" % → 0.085."""
    x = Decimal(number.replace(",", "."))
    return x / 100 if percent or abs(x) > 1 else x


def _rate_from_text(text: str, kind: str) -> str | None:
    """The fraction a rate written as text means, as the file should hold it ("8,5%" → 0.085;
    "0,085" → 0.085); None when the text is no number or the fraction is outside the field's
    range."""
    m = _RATE_TEXT.fullmatch(text)
    if not m:
        return None
    x = typed_fraction(m["num"], bool(m["pct"]))
    lo, hi = RATE_BOUNDS[kind]
    return format(x.normalize(), "f") if lo <= x <= hi else None


def _rate_number(v: Any, path: str, kind: str, issues: _Issues) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        fix = _rate_from_text(v, kind) if isinstance(v, str) else None
        if fix is not None:   # "8,5%" in quotes: the number it means, without quotes
            # the key as the line under its table header writes it ("growth = 0.085", "2026 = 0.12")
            issues.add(path, "rate_text", value=shown(v), hint=fix, key=path.rsplit(".", 1)[-1])
        else:
            issues.add(path, "not_number", value=shown(v))
        return None
    lo, hi = RATE_BOUNDS[kind]
    if isinstance(v, int) and not lo <= v <= hi and abs(v) > 100:
        issues.add(path, "rate_range", value=shown(v), lo=lo, hi=hi)  # never float() a huge int
        return None
    v = float(v)
    if not math.isfinite(v):
        issues.add(path, "not_finite", value=shown(v))
        return None
    if lo <= v <= hi:
        return v
    # "9" for 9 % is a common slip; "1.0000001" is not a percent anyone typed.
    if 1.0 < abs(v) <= 100.0 and abs(v * 100 - round(v * 100)) < 1e-6 and lo <= v / 100 <= hi:
        issues.add(path, "rate_percent", value=shown(v), hint=f"{pct_to_frac(v):g}")
    else:
        issues.add(path, "rate_range", value=shown(v), lo=lo, hi=hi)
    return None


def _rate(v: Any, path: str, kind: str, issues: _Issues) -> RatePath | None:
    if isinstance(v, Mapping):
        if not v:
            issues.add(path, "empty_rate_table")
            return None
        points, ok = {}, True
        for key, val in v.items():
            p = f"{path}.{shown(key)[1:-1]}"
            if not _YEAR_RE.fullmatch(str(key)) or not MIN_YEAR < int(key) <= MAX_YEAR:
                issues.add(p, "rate_year_key", key=shown(key), lo=MIN_YEAR + 1, hi=MAX_YEAR)
                ok = False
                continue
            num = _rate_number(val, p, kind, issues)
            ok = ok and num is not None
            if num is not None:
                points[int(key)] = num
        return RatePath.by_year(points) if ok else None
    num = _rate_number(v, path, kind, issues)
    return None if num is None else RatePath.const(num)


def _year(v: Any, path: str, issues: _Issues, lo: int, hi: int) -> int | None:
    if isinstance(v, bool) or not isinstance(v, int):
        issues.add(path, "not_year", value=shown(v))
        return None
    if not lo <= v <= hi:
        issues.add(path, "year_range", value=shown(v), lo=lo, hi=hi)
        return None
    return v


def _text(table: Mapping, key: str, path: str, issues: _Issues, required: bool,
          max_len: int, one_line: bool = True) -> str:
    where = f"{path}.{key}"
    if key not in table:
        if required:
            issues.add(where, "missing_text", key=key)
        return ""
    v = table[key]
    if not isinstance(v, str):
        issues.add(where, "not_text", value=shown(v))
        return ""
    if required and _blank(v):
        issues.add(where, "empty_text", key=key)
        return ""
    if len(v) > max_len:
        issues.add(where, "text_too_long", n=len(v), max=max_len)
        return ""
    if one_line and _CONTROL_RE.search(v):
        issues.add(where, "text_control", value=shown(v))
        return ""
    return v


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
        issues.add("meta", "missing_meta")
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
        issues.add("population", "missing_population")
        absent += 1
    else:
        _check_keys(pop, ["growth"], "population", issues)
        if "growth" not in pop:
            issues.add("population.growth", "missing_population_growth")
        else:
            pop_growth = _rate(pop["growth"], "population.growth", "population", issues)

    sectors_in = data.get("sectors")
    sectors: dict[str, SectorAssumption] = {}
    if not isinstance(sectors_in, Mapping):
        issues.add("sectors", "missing_sectors", ids=", ".join(SECTOR_IDS))
        absent += len(SECTOR_IDS)
        sectors_in = {}
    _check_keys(sectors_in, list(SECTOR_IDS), "sectors", issues)
    for sid in SECTOR_IDS:
        path = f"sectors.{sid}"
        table = sectors_in.get(sid)
        if table is None:
            if sectors_in:
                issues.add(path, "missing_sector")
                absent += 1
            continue
        if not isinstance(table, Mapping):
            issues.add(path, "sector_not_table")
            continue
        _check_keys(table, ["growth", "inflation", "investment"], path, issues)
        if "investment" in table and sid not in INVESTABLE:
            issues.add(f"{path}.investment", "investment_not_here", allowed=", ".join(INVESTABLE))
        driver = "investment" if "investment" in table and sid in INVESTABLE else "growth"
        if driver == "investment" and "growth" in table:
            issues.add(path, "growth_and_investment")
        rates = {}
        for kind in (driver, "inflation"):
            if kind not in table:
                issues.add(f"{path}.{kind}", "missing_driver" if kind == "growth" and sid in INVESTABLE
                           else "missing_rate", kind=kind)
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
    if not isinstance(scenario, Scenario):
        raise TypeError(f"scenario: a model.Scenario is needed (model.load_scenario(path) reads a file), "
                        f"not {type(scenario).__name__}")
    span = getattr(history, "span", None)
    if not (isinstance(span, tuple) and len(span) == 2):
        raise TypeError(f"history: a model.History is needed (model.assemble_history()), not {type(history).__name__}")
    return check(scenario, history_years=span)


def check(scenario: Scenario, *, history_years: tuple[int, int] | None = None) -> Scenario:
    """``scenario`` itself if a file could hold it (`scenario_from_dict` on its `Scenario.to_dict`),
    else `ScenarioError` naming each field, as for a file. A scenario read from a file always
    passes; this is for one built or edited in code (`dataclasses.replace`, `Scenario.with_rate`),
    where ``RatePath.const(15)`` meant for 15 % would otherwise project 1,500 % a year. A content
    already found valid is not checked again (`_VALID`)."""
    data = scenario.to_dict()
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


_PROJECT_SETTING_KEYS = ["on", "delay", "scale"]
_PROJECT_DEF_KEYS = ["name_vi", "name_en", "sector", "first_year", "ramp", "va", "capex", "sources",
                     "probability", "source"]

def _number(v: Any, path: str, lo: float, hi: float, issues: _Issues) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        issues.add(path, "not_number_plain", value=shown(v))
        return None
    if isinstance(v, int) and abs(v) > 10**15 or not (math.isfinite(float(v)) and lo <= float(v) <= hi):
        issues.add(path, "number_range", value=shown(v), lo=lo, hi=hi)
        return None
    return float(v)


def _projects(table: Any, issues: _Issues) -> dict:
    """The [projects.<id>] tables: settings for shipped projects, or whole definitions."""
    from ..projects import ProjectSetting, shipped_ids

    if not isinstance(table, Mapping):
        issues.add("projects", "projects_not_table")
        return {}
    if len(table) > MAX_PROJECTS:
        issues.add("projects", "too_many_projects", n=len(table), max=MAX_PROJECTS)
        return {}
    shipped = shipped_ids()
    out = {}
    for pid, t in table.items():
        path = f"projects.{shown(pid)[1:-1]}"
        if not _NAME_RE.fullmatch(str(pid)):
            issues.add(path, "bad_project_id")
            continue
        if not isinstance(t, Mapping):
            issues.add(path, "project_not_table")
            continue
        custom = pid not in shipped
        _check_keys(t, _PROJECT_SETTING_KEYS + (_PROJECT_DEF_KEYS if custom else []), path, issues)
        on = t.get("on", True)
        if not isinstance(on, bool):
            issues.add(f"{path}.on", "not_bool", value=shown(on))
        delay = t.get("delay", 0)
        if isinstance(delay, bool) or not isinstance(delay, int) or not 0 <= delay <= 10:
            issues.add(f"{path}.delay", "bad_delay", value=shown(delay), max=10)
            delay = None
        scale = _number(t.get("scale", 1.0), f"{path}.scale", 0.0, 5.0, issues)
        definition = _project_definition(str(pid), t, path, issues) if custom else None
        if (custom and definition is None) or delay is None or scale is None or not isinstance(on, bool):
            continue
        out[str(pid)] = ProjectSetting(on=on, delay=delay, scale=scale, definition=definition)
    return out


def _project_definition(pid: str, t: Mapping, path: str, issues: _Issues):
    from ..projects import Project

    n0 = len(issues) + issues.more
    missing = [k for k in ("name_vi", "sector", "first_year", "va") if k not in t]
    for k in missing:
        issues.add(f"{path}.{k}", "missing_project_field", key=k)
    if missing:
        return None
    name_vi = _text(t, "name_vi", path, issues, required=True, max_len=P.MAX_TITLE)
    name_en = _text(t, "name_en", path, issues, required=False, max_len=P.MAX_TITLE)
    source = _text(t, "source", path, issues, required=False, max_len=P.MAX_DESCRIPTION)
    sector = t["sector"]
    if not isinstance(sector, str) or sector not in SECTOR_IDS:
        hint = difflib.get_close_matches(str(sector)[:64], list(SECTOR_IDS), n=1)
        issues.add(f"{path}.sector", "bad_sector", value=shown(sector), allowed=", ".join(SECTOR_IDS),
                   hint=hint[0] if hint else SECTOR_IDS[1])
    first = _year(t["first_year"], f"{path}.first_year", issues, 2000, MAX_YEAR)
    va = _number(t["va"], f"{path}.va", 0.0, 1e6, issues)
    prob = _number(t.get("probability", 1.0), f"{path}.probability", 0.0, 1.0, issues)
    ramp_in = t.get("ramp", [1.0])
    ramp = None
    if (not isinstance(ramp_in, list) or not 1 <= len(ramp_in) <= 10
            or any(isinstance(x, bool) or not isinstance(x, (int, float)) for x in ramp_in)):
        issues.add(f"{path}.ramp", "bad_ramp", value=shown(ramp_in))
    elif any(not 0 < x <= 1 for x in ramp_in) or any(b < a for a, b in zip(ramp_in, ramp_in[1:])):
        issues.add(f"{path}.ramp", "bad_ramp", value=shown(ramp_in))
    else:
        ramp = tuple(float(x) for x in ramp_in)
    capex: dict[int, float] = {}
    cap_in = t.get("capex", {})
    if not isinstance(cap_in, Mapping):
        issues.add(f"{path}.capex", "bad_capex_table")
    else:
        for y, v in cap_in.items():
            if not _YEAR_RE.fullmatch(str(y)) or not 2000 <= int(y) <= MAX_YEAR:
                issues.add(f"{path}.capex.{shown(y)[1:-1]}", "rate_year_key", key=shown(y), lo=2000, hi=MAX_YEAR)
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool) and v < 0:
                # said first, whatever its size: capital spent cannot be negative
                issues.add(f"{path}.capex.{y}", "negative_capex", value=shown(v))
                continue
            num = _number(v, f"{path}.capex.{y}", 0.0, 1e7, issues)
            if num is not None:
                capex[int(y)] = num
    src_in = t.get("sources", {"state": 0.0, "nonstate": 1.0, "fdi": 0.0})
    sources = None
    if not isinstance(src_in, Mapping):
        issues.add(f"{path}.sources", "bad_sources", value=shown(src_in))
    else:
        _check_keys(src_in, ["state", "nonstate", "fdi"], f"{path}.sources", issues)
        vals = [_number(src_in.get(k, 0.0), f"{path}.sources.{k}", 0.0, 1.0, issues) for k in ("state", "nonstate", "fdi")]
        if all(v is not None for v in vals):
            if abs(sum(vals) - 1.0) > 1e-6:
                issues.add(f"{path}.sources", "sources_sum", total=f"{sum(vals):g}")
            else:
                sources = tuple(vals)
    if first is not None and capex and first < min(capex):
        issues.add(f"{path}.first_year", "operation_before_construction", value=first, start=min(capex))
    if len(issues) + issues.more > n0 or None in (first, va, prob, ramp, sources):
        return None
    return Project(id=pid, name_vi=name_vi, name_en=name_en, sector=sector, first_year=first, ramp=ramp,
                   va=va, va_low=va, va_high=va, capex=tuple(sorted(capex.items())), sources=sources,
                   probability=prob, va_method="given", source_url=source)


def _id_list(v: Any, path: str, allowed: tuple[str, ...], issues: _Issues) -> tuple[str, ...] | None:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        issues.add(path, "not_list", value=shown(v), example=allowed[0])
        return None
    n_before = len(issues) + issues.more
    seen: set[str] = set()
    for x in v:
        if x not in allowed:
            hint = difflib.get_close_matches(x, list(allowed), n=1) if len(x) <= P.MAX_NAME else []
            if hint:
                issues.add(path, "unknown_name_hint", value=shown(x), hint=hint[0])
            else:
                issues.add(path, "unknown_name", value=shown(x), allowed=", ".join(allowed))
        elif x in seen:
            issues.add(path, "duplicate_name", value=shown(x))
        seen.add(x)
    if not v:
        issues.add(path, "empty_list")
    return None if len(issues) + issues.more > n_before or not v else tuple(v)


def _subtable(table: Mapping, key: str, allowed: list[str], issues: _Issues) -> Mapping:
    """``[solve.<key>]``, checked to be a table with only ``allowed`` keys (empty if absent or bad)."""
    sub = table.get(key, {})
    if not isinstance(sub, Mapping):
        issues.add(f"solve.{key}", f"{key}_not_table")
        return {}
    _check_keys(sub, allowed, f"solve.{key}", issues)
    return sub


def _solve_settings(table: Any, issues: _Issues, set_id: str | None = None) -> SolveSettings | None:
    # The solvable targets are those the model measures (model.targets checks the list); with
    # none listed, the solver poses the defaults of the set the file is judged by (``set_id``,
    # the programme's when it names none), and a priority may weigh only those.
    from .. import registry

    DEFAULT_TARGETS, MEASURES = registry.solver_defaults(set_id), registry.all_solvable()

    if not isinstance(table, Mapping):
        issues.add("solve", "solve_not_table")
        return None
    n_before = len(issues) + issues.more
    _check_keys(table, ["targets", "free", "method", "approx", "smoothness", "bounds", "taxes", "priorities",
                        "prices", "investment_cap"], "solve", issues)
    # A cap on total social investment, % of GRDP (the solver's investment_share target).
    cap = _number(table["investment_cap"], "solve.investment_cap", *P.INVESTMENT_CAP_RANGE, issues) \
        if "investment_cap" in table else None
    solvable = tuple(MEASURES)
    targets = _id_list(table["targets"], "solve.targets", tuple(MEASURES), issues) if "targets" in table else None
    free = _id_list(table["free"], "solve.free", SECTOR_IDS, issues) if "free" in table else None
    prices = _id_list(table["prices"], "solve.prices", SECTOR_IDS, issues) if "prices" in table else None
    choices = {"method": ("constant", "ramp", "free"), "approx": ("band", "equal"), "taxes": ("follow", "held")}
    picked = {}
    for key, allowed in choices.items():
        v = table.get(key, allowed[0])
        if not isinstance(v, str) or v not in allowed:
            issues.add(f"solve.{key}", "bad_choice", value=shown(v),
                       allowed=", ".join(f'"{a}"' for a in allowed))
        picked[key] = v
    smooth = table.get("smoothness", 1.0)
    lo_s, hi_s = P.SMOOTHNESS_RANGE
    if (isinstance(smooth, bool) or not isinstance(smooth, (int, float))
            or not lo_s <= smooth <= hi_s or (isinstance(smooth, float) and math.isnan(smooth))):
        issues.add("solve.smoothness", "bad_smoothness", value=shown(smooth), lo="0", hi="1e6")
    bounds: dict[str, tuple[float, float]] = {}
    b_table = _subtable(table, "bounds", list(SECTOR_IDS), issues)
    for sid, b in b_table.items():
        path = f"solve.bounds.{sid}"
        if sid not in SECTOR_IDS:
            continue
        if not isinstance(b, Mapping):
            issues.add(path, "bound_not_table")
            continue
        _check_keys(b, ["min", "max"], path, issues)
        # A side left out keeps the solver's default: the sector's record (model.record).
        lo = _rate_number(b["min"], f"{path}.min", "growth", issues) if "min" in b else None
        hi = _rate_number(b["max"], f"{path}.max", "growth", issues) if "max" in b else None
        if ("min" in b and lo is None) or ("max" in b and hi is None):
            continue
        if lo is not None and hi is not None and lo > hi:
            issues.add(path, "bound_swap", lo=lo, hi=hi)
        elif lo is not None or hi is not None:
            bounds[sid] = (lo, hi)
    priorities: dict[str, float] = {}
    p_table = _subtable(table, "priorities", list(solvable), issues)
    chosen = targets if targets is not None else DEFAULT_TARGETS
    for tid, w in p_table.items():
        if tid in solvable and tid not in chosen:
            # a weight of a target not posed would be refused by the solver, far from the file
            issues.add(f"solve.priorities.{tid}", "priority_unchosen", chosen=", ".join(chosen))
        elif tid in solvable:
            v = _number(w, f"solve.priorities.{tid}", *PRIORITY, issues)
            if v is not None:
                priorities[tid] = v
    if len(issues) + issues.more > n_before:
        return None
    return SolveSettings(targets=targets, free=free, method=picked["method"], approx=picked["approx"],
                         smoothness=float(smooth), bounds=bounds, taxes=picked["taxes"], priorities=priorities,
                         prices=prices or (), investment_cap=cap)


def solve_settings_from_dict(table: Any, source: str = "", set_id: str | None = None) -> SolveSettings:
    """A ``[solve]`` table on its own (the app's link carries one): the same checks as in a
    file judged by target set ``set_id``; `ScenarioError` naming each bad key otherwise."""
    issues = _Issues()
    sv = _solve_settings(table, issues, set_id)
    if issues or issues.more or sv is None:
        raise ScenarioError(list(issues), source, issues.more)
    return sv
