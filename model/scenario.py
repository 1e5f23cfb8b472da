"""Scenarios: the assumptions of a projection, read from and written to TOML, validated.

A scenario file (every rate a fraction per year, e.g. 0.09 for 9 %)::

    [meta]
    name = "baseline"                 # letters without accents, digits, '_' or '-'
    title_vi = "Kịch bản cơ sở"
    title_en = "Baseline"             # optional
    description = "..."               # optional, Vietnamese
    description_en = "..."            # optional, English
    horizon = 2030                    # last projected year, up to 2050
    last_actual_year = 2025           # optional; default the last year of the shipped history

    [population]
    growth = 0.006                    # average population growth

    [sectors.agriculture]             # likewise industry_construction, services, product_taxes
    growth = 0.03                     # real growth (constant 2010 prices)
    inflation = 0.025                 # change of the sector deflator

    [solve]                           # optional: what `python -m model solve` solves for
    targets = ["grdp_growth_avg", "grdp_multiple"]   # default: the seven economic targets and investment_share
    free = ["industry_construction", "services"]     # default: agriculture, industry-construction, services
    method = "constant"               # constant | ramp | free
    approx = "band"                   # "≈" targets as target ± tolerance (band) or exact (equal)
    smoothness = 1.0                  # weight of year-to-year changes (free and ramp paths)
    taxes = "follow"                  # product taxes follow their tax base, or "held"
    prices = ["services"]             # sectors whose relative price may move too (default none)
    investment_cap = 60.0             # cap on total social investment, % of GRDP (default: the record's
                                      # highest share plus 5 pp: model.solver.investment_cap)
    [solve.priorities]
    grdp_growth_avg = 10              # weight of a target's miss when targets conflict (default 1)
    [solve.bounds.industry_construction]
    min = 0.0                         # bounds on the solved growth, fractions per year; a side
    max = 0.25                        # left out is the sector's record (model.record)

A rate is either a number (the same every year) or a table of year = value pairs, e.g.
``growth = { 2026 = 0.12, 2030 = 0.09 }``: the rate moves linearly between the listed years and
stays at the first (last) value before (after) them. Two years make a linear ramp; every year
listed makes a year-by-year path.

Validation collects every problem (up to `params.MAX_ISSUES`), each an `Issue` with the TOML
path, a message code and its parameters; `model.report.strings` words it in Vietnamese or
English. Rates are fractions: a value like 9 is rejected with "did you mean 0.09?". Input is
bounded (file size, nesting depth, number of keys, text lengths). No code from a file is ever
executed.

Glossary: kịch bản = scenario; năm cuối dự báo = horizon; năm thực tế cuối cùng = last actual year.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import stat
import tempfile
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from . import params as P
from .data import actual_years
from .sectors import INVESTABLE, SECTOR_IDS

MIN_YEAR, MAX_YEAR = P.MIN_YEAR, P.MAX_YEAR
RATE_BOUNDS = {k: (p.lo, p.hi) for k, p in P.RATES.items()}
_NAME_RE = re.compile(r"[A-Za-z0-9_\-]{1,64}")   # a scenario's name names its files


def valid_name(name: str) -> bool:
    return isinstance(name, str) and bool(_NAME_RE.fullmatch(name))


def suggest_name(text: str) -> str:
    """A valid name close to ``text``, for the message that refuses it: a planner types
    "kịch bản LNG trễ", the name may only hold ASCII letters, digits, '_' and '-'. Marks are
    dropped (NFKD; đ → d, which has no decomposition), every other run of characters becomes
    one '-', and '-' is taken off the ends: "kịch bản LNG trễ" → "kich-ban-LNG-tre"; nothing
    left → "kich-ban". A valid name comes back as it is, less the '-' at its ends."""
    plain = unicodedata.normalize("NFKD", str(text)[:1000].replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    slug = re.sub(r"[^A-Za-z0-9_\-]+", "-", plain).strip("-")[:64].rstrip("-")
    return slug or "kich-ban"


_YEAR_RE = re.compile(r"[0-9]{4}")  # ASCII only: '２０２６' must not read as 2026
# Line breaks and controls of every kind: C0, DEL, C1 (U+0085 NEL among them), and Unicode's
# line and paragraph separators U+2028/U+2029, which a browser or a terminal also breaks at.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _blank(v: str) -> bool:
    """Nothing a reader would see: spaces of any kind, format characters (zero-width space,
    joiners, U+FEFF) and controls only."""
    return all(unicodedata.category(ch)[0] in "ZC" for ch in v)


@dataclass(frozen=True)
class RatePath:
    """A rate through time (fraction per year): constant, or piecewise linear between years."""

    points: tuple[tuple[int, float], ...] = ()
    constant: float | None = None

    @classmethod
    def const(cls, value: float) -> "RatePath":
        return cls(constant=float(value))

    @classmethod
    def by_year(cls, values: Mapping[int, float]) -> "RatePath":
        return cls(points=tuple(sorted((int(y), float(v)) for y, v in values.items())))

    @classmethod
    def of_years(cls, years, values) -> "RatePath":
        """The rate ``values[j]`` in each of ``years`` (consecutive), written short: of a run of
        equal values only its first and last year (a path is linear between listed years and
        keeps its last value after them, so every year reads back exactly). A constant solved
        to 2030 and a scenario's own 6 % after it: {2026: g, 2030: g, 2031: 0.06}."""
        v = [float(x) for x in values]
        keep = [j for j in range(len(v))
                if j == 0 or v[j] != v[j - 1] or (j + 1 < len(v) and v[j + 1] != v[j])]
        return cls.by_year({int(years[j]): v[j] for j in keep})

    def values(self, years) -> np.ndarray:
        """The rate in each of ``years`` (linear between listed years, flat outside them)."""
        years = np.asarray(years, dtype=float)
        if self.constant is not None:
            return np.full(years.shape, self.constant)
        ys, vs = zip(*self.points)
        return np.interp(years, np.asarray(ys, float), np.asarray(vs, float))

    def to_toml(self) -> float | dict[str, float]:
        if self.constant is not None:
            return self.constant
        return {str(y): v for y, v in self.points}


@dataclass(frozen=True)
class SectorAssumption:
    """One sector's rates (fractions per year). Its real growth is either given (``growth``) or
    bought by its own organic investment (``investment``, a fraction of GRDP at current prices,
    resolved year by year in `model.investment.resolve_growth`): exactly one of the two is set."""

    growth: RatePath | None
    inflation: RatePath
    investment: RatePath | None = None


@dataclass(frozen=True)
class SolveSettings:
    """The ``[solve]`` table: targets, free sectors, parametrisation and bounds for the solver."""

    targets: tuple[str, ...] | None = None
    free: tuple[str, ...] | None = None
    method: str = "constant"
    approx: str = "band"
    smoothness: float = 1.0
    # {sector: (min, max)}, fractions per year; None: that side's default from the record
    bounds: Mapping[str, tuple[float | None, float | None]] = field(default_factory=dict)
    taxes: str = "follow"   # product taxes follow their tax base, or are "held" at the scenario's path
    priorities: Mapping[str, float] = field(default_factory=dict)  # target id → weight of its miss
    prices: tuple[str, ...] = ()  # sectors whose relative price the solver may move
    investment_cap: float | None = None  # % of GRDP; None: the record's highest share plus a margin

    def to_dict(self) -> dict:
        d: dict[str, Any] = {}
        if self.targets is not None:
            d["targets"] = list(self.targets)
        if self.free is not None:
            d["free"] = list(self.free)
        d.update(method=self.method, approx=self.approx, smoothness=self.smoothness, taxes=self.taxes)
        if self.bounds:
            d["bounds"] = {s: {k: v for k, v in (("min", lo), ("max", hi)) if v is not None}
                           for s, (lo, hi) in self.bounds.items()}
        if self.priorities:
            d["priorities"] = dict(self.priorities)
        if self.prices:
            d["prices"] = list(self.prices)
        if self.investment_cap is not None:
            d["investment_cap"] = self.investment_cap
        return d


@dataclass(frozen=True)
class Scenario:
    """Assumptions for one projection. Rates are fractions per year; years are calendar years."""

    name: str
    title_vi: str
    horizon: int
    population_growth: RatePath
    sectors: Mapping[str, SectorAssumption]
    title_en: str = ""
    description: str = ""      # Vietnamese (the file's first language)
    description_en: str = ""
    last_actual_year: int | None = None
    solve: SolveSettings | None = None
    projects: Mapping[str, Any] = field(default_factory=dict)  # id → projects.ProjectSetting
    manufacturing_share: float | None = None  # of industry-construction (model.industry); None: the data's
    targets_set: str | None = None   # the target set it is judged against (model.registry); None: the default
    vintage: str | None = None       # the data vintage it was written with (model.vintage); None: not recorded
    answers: Mapping[str, float] = field(default_factory=dict)   # its headline 2030 answers then

    def with_sector(self, sector: str, **rates: RatePath) -> "Scenario":
        """A copy with some of one sector's rates replaced (``growth=``, ``inflation=``)."""
        sectors = dict(self.sectors)
        sectors[sector] = replace(sectors[sector], **rates)
        return replace(self, sectors=sectors)

    def rate(self, field_path: str) -> RatePath | None:
        """The rate at a field path: 'population.growth' or
        'sectors.<id>.<growth|inflation|investment>' (None: that driver is not the sector's)."""
        if field_path == "population.growth":
            return self.population_growth
        _, sector, kind = field_path.split(".")
        return getattr(self.sectors[sector], kind)

    def with_rate(self, field_path: str, rate: RatePath) -> "Scenario":
        """A copy with the rate at ``field_path`` replaced (see `rate`). Setting a sector's
        growth drops its investment driver, and setting its investment drops its growth."""
        if field_path == "population.growth":
            return replace(self, population_growth=rate)
        _, sector, kind = field_path.split(".")
        if kind == "investment":
            return self.with_sector(sector, investment=rate, growth=None)
        if kind == "growth":
            return self.with_sector(sector, growth=rate, investment=None)
        return self.with_sector(sector, **{kind: rate})

    def driver(self, sector: str) -> str:
        """'growth' or 'investment': what sets the sector's real growth."""
        return "investment" if self.sectors[sector].investment is not None else "growth"

    def to_dict(self) -> dict:
        meta: dict[str, Any] = {"name": self.name, "title_vi": self.title_vi}
        if self.title_en:
            meta["title_en"] = self.title_en
        if self.description:
            meta["description"] = self.description
        if self.description_en:
            meta["description_en"] = self.description_en
        meta["horizon"] = self.horizon
        if self.last_actual_year is not None:
            meta["last_actual_year"] = self.last_actual_year
        if self.vintage:
            meta["vintage"] = self.vintage
        if self.answers:
            meta["answers"] = dict(self.answers)
        out = {
            "meta": meta,
            "population": {"growth": self.population_growth.to_toml()},
            "sectors": {s: _sector_to_dict(a) for s, a in self.sectors.items()},
        }
        if self.manufacturing_share is not None:
            out["industry"] = {"manufacturing_share": self.manufacturing_share}
        if self.targets_set is not None:
            out["targets"] = {"set": self.targets_set}
        if self.projects:
            out["projects"] = {pid: _project_to_dict(st) for pid, st in self.projects.items()}
        if self.solve is not None:
            out["solve"] = self.solve.to_dict()
        return out

    def title_in(self, lang: str) -> str:
        """The title in ``lang``: the English one when English is asked and there is one, else
        the Vietnamese (always there)."""
        return self.title_en if lang == "en" and self.title_en else self.title_vi

    def to_toml(self) -> str:
        import tomli_w

        return tomli_w.dumps(self.to_dict())

    def with_project(self, pid: str, setting) -> "Scenario":
        """A copy with one project's setting replaced (`model.projects.ProjectSetting`); a
        shipped project switched off with nothing else set is dropped from the table (absent
        and off compute the same), so that a saved file lists only what it means, except a
        committed one (running or built): switched off, it is left out on purpose, which the
        file says (`model.projects.unlisted_ramping` warns of the absent ones)."""
        from .projects import committed_ids

        projects = dict(self.projects)
        # a committed plant's "off" is kept where the file has room for it (at most
        # MAX_PROJECTS tables); else it is dropped, which computes the same
        stated = pid in committed_ids() and (pid in projects or len(projects) < MAX_PROJECTS)
        if setting is None or (not setting.on and setting.definition is None and not stated
                               and setting.delay == 0 and setting.scale == 1.0):
            projects.pop(pid, None)
        else:
            projects[pid] = setting
        return replace(self, projects=projects)

    def project_room(self, pid: str) -> ScenarioError | None:
        """Why ``pid`` cannot be added (a file holds at most MAX_PROJECTS), or None: asked
        before an edit, so that a 41st project is refused in words, not written."""
        if pid in self.projects or len(self.projects) < MAX_PROJECTS:
            return None
        return ScenarioError([Issue("projects", "too_many_projects", {"n": len(self.projects) + 1, "max": MAX_PROJECTS})])


def _sector_to_dict(a: SectorAssumption) -> dict:
    d = {"growth": a.growth.to_toml()} if a.investment is None else {"investment": a.investment.to_toml()}
    d["inflation"] = a.inflation.to_toml()
    return d


def _project_to_dict(st) -> dict:
    d: dict[str, Any] = {"on": st.on, "delay": st.delay, "scale": st.scale}
    p = st.definition
    if p is not None:
        d.update(name_vi=p.name_vi, sector=p.sector, first_year=p.first_year, ramp=list(p.ramp),
                 va=p.va, probability=p.probability)
        if p.name_en:
            d["name_en"] = p.name_en
        if p.capex:
            d["capex"] = {str(y): v for y, v in p.capex}
        d["sources"] = dict(zip(("state", "nonstate", "fdi"), p.sources))
        if p.source_url:
            d["source"] = p.source_url
    return d


RATE_FIELDS: tuple[str, ...] = ("population.growth",) + tuple(
    f"sectors.{s}.{k}" for s in SECTOR_IDS for k in ("growth", "inflation"))
# A sector's investment driver, where it may have one (`model.sectors.INVESTABLE`).
INVESTMENT_FIELDS: tuple[str, ...] = tuple(f"sectors.{s}.investment" for s in INVESTABLE)


def rate_kind(field_path: str) -> str:
    """'growth', 'inflation', 'investment' or 'population': which bounds of `params.RATES` a
    field obeys."""
    return "population" if field_path == "population.growth" else field_path.rsplit(".", 1)[1]


@dataclass(frozen=True)
class Change:
    """One assumption that differs between two scenarios: the field and both values (a year,
    a `RatePath`, or None when unset)."""

    field: str
    before: Any
    after: Any


def diff_scenarios(a: Scenario, b: Scenario) -> list[Change]:
    """Every assumption of ``b`` that differs from ``a``. Rates compare by value: two paths
    that give the same rate in every year are the same assumption."""
    out: list[Change] = []
    if a.horizon != b.horizon:
        out.append(Change("meta.horizon", a.horizon, b.horizon))
    if a.last_actual_year != b.last_actual_year:
        out.append(Change("meta.last_actual_year", a.last_actual_year, b.last_actual_year))
    years = np.arange(MIN_YEAR + 1, MAX_YEAR + 1)
    for f in RATE_FIELDS + INVESTMENT_FIELDS:
        ra, rb = a.rate(f), b.rate(f)
        if ra != rb and (ra is None or rb is None or not np.array_equal(ra.values(years), rb.values(years))):
            out.append(Change(f, ra, rb))
    if a.manufacturing_share != b.manufacturing_share:
        out.append(Change("industry.manufacturing_share", a.manufacturing_share, b.manufacturing_share))
    if (a.targets_set or None) != (b.targets_set or None):
        out.append(Change("targets.set", a.targets_set, b.targets_set))
    for pid in sorted(set(a.projects) | set(b.projects)):
        pa, pb = _effective(a.projects.get(pid)), _effective(b.projects.get(pid))
        if pa != pb:
            out.append(Change(f"projects.{pid}", pa, pb))
    return out


def _effective(setting):
    """A project setting as it acts: off (None) whatever its delay and scale, else itself."""
    return setting if setting is not None and setting.on else None


# ---- decimal-exact percent ↔ fraction ---------------------------------------------------------
def pct_to_frac(pct: float) -> float:
    """2.8 (percent) → 0.028 exactly as typed: a decimal shift, not a float division
    (2.8 / 100 is 0.027999999999999997)."""
    return float(Decimal(repr(float(pct))).scaleb(-2))


def frac_to_pct(frac: float) -> float:
    """0.028 → 2.8, the inverse of `pct_to_frac` (round-trips every float)."""
    return float(Decimal(repr(float(frac))).scaleb(2))


# ---- issues -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Issue:
    """One problem found in a scenario: where (TOML path), what (a message code), with what
    (parameters). ``str(issue)`` is the English text; `model.report.strings.issue_text` words it
    in either language."""

    path: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        # The words live in the validation catalogue (model.report.issues, which imports nothing
        # of the model): an exception must print them wherever it is raised.
        from .report.issues import issue_text

        return issue_text(self, lang)

    @property
    def message(self) -> str:
        return self.text("en")

    def __str__(self) -> str:
        return self.text("en")


class ScenarioError(ValueError):
    """A scenario that cannot be used; ``issues`` lists every problem found (up to
    `params.MAX_ISSUES`; ``more`` counts those left unlisted)."""

    def __init__(self, issues: list[Issue], source: str = "", more: int = 0):
        self.issues = issues
        self.source = source
        self.more = more
        super().__init__(source)

    def lines(self, lang: str = "en") -> list[str]:
        prefix = f"{self.source}: " if self.source else ""
        out = [prefix + i.text(lang) for i in self.issues]
        if self.more:
            out.append(prefix + Issue("", "more_issues", {"n": self.more}).text(lang))
        return out

    def __str__(self) -> str:
        return "; ".join(self.lines())


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


def _rate_number(v: Any, path: str, kind: str, issues: _Issues) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
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


def _count_keys(data: Any, depth: int = 1) -> tuple[int, int]:
    """(number of keys, deepest table nesting) of a parsed document."""
    if isinstance(data, (str, int, float)):   # most of a document: a leaf, told apart cheaply
        return 0, depth - 1
    if isinstance(data, Mapping):
        n, d = len(data), depth
        for v in data.values():
            kn, kd = _count_keys(v, depth + 1)
            n, d = n + kn, max(d, kd)
        return n, d
    if isinstance(data, list):
        n, d = 0, depth
        for v in data:
            kn, kd = _count_keys(v, depth + 1)
            n, d = n + kn, max(d, kd)
        return n, d
    return 0, depth - 1


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
    if not isinstance(pop, Mapping):
        issues.add("population", "missing_population")
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
        sectors_in = {}
    _check_keys(sectors_in, list(SECTOR_IDS), "sectors", issues)
    for sid in SECTOR_IDS:
        path = f"sectors.{sid}"
        table = sectors_in.get(sid)
        if table is None:
            if sectors_in:
                issues.add(path, "missing_sector")
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

    solve = _solve_settings(data["solve"], issues) if "solve" in data else None
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

    targets_set = _targets_set(data["targets"], issues) if "targets" in data else None

    if issues or issues.more:
        raise ScenarioError(list(issues), source, more=issues.more)
    return Scenario(name=name, title_vi=title_vi, title_en=title_en, description=description,
                    description_en=description_en, horizon=horizon, last_actual_year=last_actual,
                    population_growth=pop_growth, sectors=sectors, solve=solve, projects=projects,
                    manufacturing_share=manufacturing, targets_set=targets_set, vintage=vintage,
                    answers=answers)


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
    from . import registry

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
MAX_PROJECTS = 40


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
    from .projects import ProjectSetting, shipped_ids

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
    from .projects import Project

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


def _solve_settings(table: Any, issues: _Issues) -> SolveSettings | None:
    # The solvable targets are those the model measures (model.targets checks the list).
    from . import registry

    DEFAULT_TARGETS, MEASURES = registry.solver_defaults(), registry.all_solvable()

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
            v = _number(w, f"solve.priorities.{tid}", 0.01, 100.0, issues)
            if v is not None:
                priorities[tid] = v
    if len(issues) + issues.more > n_before:
        return None
    return SolveSettings(targets=targets, free=free, method=picked["method"], approx=picked["approx"],
                         smoothness=float(smooth), bounds=bounds, taxes=picked["taxes"], priorities=priorities,
                         prices=prices or (), investment_cap=cap)


def solve_settings_from_dict(table: Any, source: str = "") -> SolveSettings:
    """A ``[solve]`` table on its own (the app's link carries one): the same checks as in a
    file; `ScenarioError` naming each bad key otherwise."""
    issues = _Issues()
    sv = _solve_settings(table, issues)
    if issues or issues.more or sv is None:
        raise ScenarioError(list(issues), source, issues.more)
    return sv


_TOML_POS = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")


def parse_scenario(text: str, *, source: str = "", **kw) -> Scenario:
    """Parse and validate TOML text (see `scenario_from_dict`). A leading byte-order mark, as
    Windows editors write, is accepted."""
    # The limit is in bytes, as for a file on disk: a text of multi-byte letters is counted so.
    n = len(text) if len(text) > P.MAX_FILE_BYTES else len(text.encode("utf-8", "surrogatepass"))
    if n > P.MAX_FILE_BYTES:
        raise ScenarioError([Issue("", "too_large", {"n": n, "max": P.MAX_FILE_BYTES})], source)
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = _TOML_POS.match(str(e))
        params = ({"detail": m["what"], "line": int(m["line"]), "col": int(m["col"])} if m
                  else {"detail": str(e), "line": 0, "col": 0})
        raise ScenarioError([Issue("", "not_toml", params)], source) from None
    except RecursionError:
        raise ScenarioError([Issue("", "too_deep", {"depth": "> 1000", "max": P.MAX_DEPTH})], source) from None
    return scenario_from_dict(data, source=source, **kw)


def read_text_file(path: str | os.PathLike, max_bytes: int = P.MAX_FILE_BYTES) -> str:
    """The UTF-8 text of a regular file of at most ``max_bytes``; `ScenarioError` otherwise
    (a folder, a FIFO, /dev/zero, a file too large, not UTF-8). Never blocks on a pipe."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as e:
        raise ScenarioError([Issue("", "cannot_read", {"reason": e.strerror or str(e)})], str(p)) from None
    if not stat.S_ISREG(st.st_mode):
        raise ScenarioError([Issue("", "not_regular")], str(p))
    if st.st_size > max_bytes:
        raise ScenarioError([Issue("", "too_large", {"n": st.st_size, "max": max_bytes})], str(p))
    try:
        with open(p, "rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as e:
        raise ScenarioError([Issue("", "cannot_read", {"reason": e.strerror or str(e)})], str(p)) from None
    if len(raw) > max_bytes:
        raise ScenarioError([Issue("", "too_large", {"n": len(raw), "max": max_bytes})], str(p))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError([Issue("", "not_utf8")], str(p)) from None


def load_scenario(path: str | os.PathLike, **kw) -> Scenario:
    """Read and validate a scenario file; errors name the file and the TOML path."""
    return parse_scenario(read_text_file(path), source=str(Path(path)), **kw)


@lru_cache(maxsize=1)
def _umask() -> int:
    # os.umask can only be read by setting it, which races with other threads (the app has
    # several); Linux reports it in /proc without changing it.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    return 0o022


TMP_SUFFIX = ".tmp"


def _temp_copy(p: Path, data: bytes | str) -> str:
    """``data`` in a flushed temporary file beside ``p`` (``.<name>.<random>.tmp``), with
    ordinary permissions (0666 less the umask, as `open` would give), not a temporary file's
    0600."""
    p.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=TMP_SUFFIX, dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fchmod(f.fileno(), 0o666 & ~_umask())
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write a file so that readers see the old or the new content, never a partial one:
    write a temporary file in the same folder, flush it to disk, then rename over the target."""
    p = Path(path)
    tmp = _temp_copy(p, data)
    try:
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


def write_new(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write a file that must not exist yet, atomically and exclusively: the complete
    temporary file is hard-linked to the name, which the file system refuses (FileExistsError)
    if anyone created it meanwhile. Of two writers racing for one name, exactly one wins."""
    p = Path(path)
    tmp = _temp_copy(p, data)
    try:
        os.link(tmp, p)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return p


def save_scenario(scenario: Scenario, path: str | os.PathLike) -> Path:
    """Write a scenario as TOML, atomically."""
    return write_atomic(path, scenario.to_toml())
