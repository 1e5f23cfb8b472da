"""The ``[projects]`` and ``[solve]`` tables of a scenario document, checked with the value
checks of `model.scenario.checks`: a shipped project's settings (on, delay in years, scale of its
value added) or a whole new project's definition (value added at capacity in billion VND at
constant 2010 prices, capital spent by year, its sources as fractions summing to 1); the solve
request's targets, free sectors, form, bounds (fractions a year) and priorities.

Glossary: dự án = project; giải mục tiêu = solve; cận = bound; trọng số = priority.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from typing import Any

from .. import params as P
from ..sectors import SECTOR_IDS
from .checks import _YEAR_RE, _check_keys, _id_list, _Issues, _number, _rate_number, _text, _year, shown
from .types import _NAME_RE, MAX_PROJECTS, MAX_YEAR, PRIORITY, ScenarioError, SolveSettings


_PROJECT_SETTING_KEYS = ["on", "delay", "scale"]
_PROJECT_DEF_KEYS = ["name_vi", "name_en", "sector", "first_year", "ramp", "va", "capex", "sources",
                     "probability", "source"]

def _projects(table: Any, issues: _Issues) -> dict:
    """The [projects.<id>] tables: settings for shipped projects, or whole definitions."""
    from ..projects import SOURCES, ProjectSetting, shipped_ids

    capital_columns = (*SOURCES, "total")   # `model.projects.capital_spending`'s own columns

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
        if custom and pid in capital_columns:
            # `model.projects.capital_spending` puts each project's column beside these: a plant
            # called "state" was the state column, and its capital counted twice
            issues.add(path, "reserved_project_id", value=shown(pid), columns=", ".join(capital_columns),
                       hint=f"{pid}_plant")
            continue
        if custom and not any(k in t for k in ("name_vi", "sector", "first_year", "va")):
            # only switches (on, delay, scale) for an id no shipped project has: a misspelt id
            # ("lng_vung_ang3"), said as one, not as four fields a project of one's own lacks
            hint = difflib.get_close_matches(str(pid)[:64], shipped, n=1)
            if hint:
                issues.add(path, "unknown_project_hint", value=shown(pid), hint=hint[0])
            else:
                issues.add(path, "unknown_project", value=shown(pid), shipped=", ".join(shipped))
            continue
        _check_keys(t, _PROJECT_SETTING_KEYS + (_PROJECT_DEF_KEYS if custom else []), path, issues)
        on = t.get("on", True)
        if not isinstance(on, bool):
            issues.add(f"{path}.on", "not_bool", value=shown(on))
        delay = t.get("delay", 0)
        if isinstance(delay, bool) or not isinstance(delay, int) or not 0 <= delay <= P.MAX_DELAY:
            issues.add(f"{path}.delay", "bad_delay", value=shown(delay), max=P.MAX_DELAY)
            delay = None
        scale = _number(t.get("scale", 1.0), f"{path}.scale", 0.0, P.MAX_PROJECT_SCALE, issues)
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
