"""Scenarios: the assumptions of a projection, read from and written to TOML, validated.

A scenario file (every rate a fraction per year, e.g. 0.09 for 9 %)::

    [meta]
    name = "baseline"                 # letters, digits, '_' or '-'
    title_vi = "Kịch bản cơ sở"
    title_en = "Baseline"             # optional
    description = "..."               # optional
    horizon = 2030                    # last projected year, up to 2050
    last_actual_year = 2025           # optional; default the last year of the shipped history

    [population]
    growth = 0.006                    # average population growth

    [sectors.agriculture]             # likewise industry_construction, services, product_taxes
    growth = 0.03                     # real growth (constant 2010 prices)
    inflation = 0.025                 # change of the sector deflator

    [solve]                           # optional: what `python -m model solve` solves for
    targets = ["grdp_growth_avg", "grdp_multiple"]   # default: the seven economic targets
    free = ["industry_construction", "services"]     # default: all four sectors
    method = "constant"               # constant | ramp | free
    approx = "band"                   # "≈" targets as target ± tolerance (band) or exact (equal)
    smoothness = 1.0                  # weight of year-to-year changes (free and ramp paths)
    [solve.bounds.industry_construction]
    min = 0.0                         # bounds on the solved growth, fractions per year
    max = 0.25

A rate is either a number (the same every year) or a table of year = value pairs, e.g.
``growth = { 2026 = 0.12, 2030 = 0.09 }``: the rate moves linearly between the listed years and
stays at the first (last) value before (after) them. Two years make a linear ramp; every year
listed makes a year-by-year path.

Validation collects every problem, each naming its TOML path and the fix. Rates are fractions:
a value like 9 is rejected with "did you mean 0.09?". No code from a file is ever executed.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from .data import actual_years
from .sectors import SECTOR_IDS

MIN_YEAR, MAX_YEAR = 2020, 2050
# Bounds that catch typing mistakes, not economic judgements: a sector can halve or double in
# a year (Hà Tĩnh's industry grew 74 % in 2018 when Formosa started), no faster.
RATE_BOUNDS = {"growth": (-0.5, 1.0), "inflation": (-0.5, 1.0), "population": (-0.1, 0.1)}
_NAME_RE = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


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

    def describe(self) -> str:
        """Short human form, in percent: '3.0 %' or '2026: 12.0 % → 2030: 9.0 %'."""
        if self.constant is not None:
            return f"{100 * self.constant:.1f} %"
        return " → ".join(f"{y}: {100 * v:.1f} %" for y, v in self.points)


@dataclass(frozen=True)
class SectorAssumption:
    growth: RatePath
    inflation: RatePath


@dataclass(frozen=True)
class SolveSettings:
    """The ``[solve]`` table: targets, free sectors, parametrisation and bounds for the solver."""

    targets: tuple[str, ...] | None = None
    free: tuple[str, ...] | None = None
    method: str = "constant"
    approx: str = "band"
    smoothness: float = 1.0
    bounds: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d: dict[str, Any] = {}
        if self.targets is not None:
            d["targets"] = list(self.targets)
        if self.free is not None:
            d["free"] = list(self.free)
        d.update(method=self.method, approx=self.approx, smoothness=self.smoothness)
        if self.bounds:
            d["bounds"] = {s: {"min": lo, "max": hi} for s, (lo, hi) in self.bounds.items()}
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
    description: str = ""
    last_actual_year: int | None = None
    solve: SolveSettings | None = None

    def with_sector(self, sector: str, **rates: RatePath) -> "Scenario":
        """A copy with some of one sector's rates replaced (``growth=``, ``inflation=``)."""
        sectors = dict(self.sectors)
        sectors[sector] = replace(sectors[sector], **rates)
        return replace(self, sectors=sectors)

    def to_dict(self) -> dict:
        meta: dict[str, Any] = {"name": self.name, "title_vi": self.title_vi}
        if self.title_en:
            meta["title_en"] = self.title_en
        if self.description:
            meta["description"] = self.description
        meta["horizon"] = self.horizon
        if self.last_actual_year is not None:
            meta["last_actual_year"] = self.last_actual_year
        out = {
            "meta": meta,
            "population": {"growth": self.population_growth.to_toml()},
            "sectors": {s: {"growth": a.growth.to_toml(), "inflation": a.inflation.to_toml()}
                        for s, a in self.sectors.items()},
        }
        if self.solve is not None:
            out["solve"] = self.solve.to_dict()
        return out

    def to_toml(self) -> str:
        import tomli_w

        return tomli_w.dumps(self.to_dict())


@dataclass(frozen=True)
class Issue:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ScenarioError(ValueError):
    """A scenario that cannot be used; ``issues`` lists every problem found."""

    def __init__(self, issues: list[Issue], source: str = ""):
        self.issues = issues
        self.source = source
        head = f"{source}: " if source else ""
        super().__init__(head + "; ".join(str(i) for i in issues))

    def lines(self) -> list[str]:
        prefix = f"{self.source}: " if self.source else ""
        return [prefix + str(i) for i in self.issues]


def _fmt(v: Any) -> str:
    if isinstance(v, str):
        return repr(v)
    if isinstance(v, dict):
        return "{...}"
    return str(v)


def _unknown(key: str, allowed: list[str]) -> str:
    hint = difflib.get_close_matches(key, allowed, n=1)
    tail = f"did you mean '{hint[0]}'?" if hint else "allowed: " + ", ".join(allowed)
    return f"unknown key; {tail}"


def _check_keys(table: Mapping, allowed: list[str], path: str, issues: list[Issue]) -> None:
    for k in table:
        if k not in allowed:
            issues.append(Issue(f"{path}.{k}" if path else k, _unknown(k, allowed)))


def _rate_number(v: Any, path: str, kind: str, issues: list[Issue]) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        issues.append(Issue(path, f"{_fmt(v)} is not a number; write a fraction per year, "
                                  "e.g. 0.05 for 5 %"))
        return None
    v = float(v)
    if not math.isfinite(v):
        issues.append(Issue(path, f"{v} is not a finite number; write a fraction per year"))
        return None
    lo, hi = RATE_BOUNDS[kind]
    if lo <= v <= hi:
        return v
    if 1.0 < abs(v) <= 100.0:
        issues.append(Issue(f"{path} = {_fmt(v)}",
                            f"a rate is a fraction per year (did you mean {v / 100:g}?)"))
    else:
        issues.append(Issue(f"{path} = {_fmt(v)}",
                            f"outside the accepted range {lo:g} to {hi:g} (fraction per year)"))
    return None


def _rate(v: Any, path: str, kind: str, issues: list[Issue]) -> RatePath | None:
    if isinstance(v, Mapping):
        if not v:
            issues.append(Issue(path, "empty table; give a number or year = rate pairs, "
                                      "e.g. { 2026 = 0.10, 2030 = 0.08 }"))
            return None
        points, ok = {}, True
        for key, val in v.items():
            p = f"{path}.{key}"
            if not re.fullmatch(r"\d{4}", str(key)) or not MIN_YEAR < int(key) <= MAX_YEAR:
                issues.append(Issue(p, f"'{key}' is not a year from {MIN_YEAR + 1} to "
                                       f"{MAX_YEAR}; keys of a rate table are years"))
                ok = False
                continue
            num = _rate_number(val, p, kind, issues)
            ok = ok and num is not None
            if num is not None:
                points[int(key)] = num
        return RatePath.by_year(points) if ok else None
    num = _rate_number(v, path, kind, issues)
    return None if num is None else RatePath.const(num)


def _year(v: Any, path: str, issues: list[Issue], lo: int, hi: int) -> int | None:
    if isinstance(v, bool) or not isinstance(v, int):
        issues.append(Issue(path, f"{_fmt(v)} is not a year; write a whole number, e.g. 2030"))
        return None
    if not lo <= v <= hi:
        issues.append(Issue(f"{path} = {v}", f"must be a year from {lo} to {hi}"))
        return None
    return v


def _text(table: Mapping, key: str, path: str, issues: list[Issue], required: bool) -> str:
    if key not in table:
        if required:
            issues.append(Issue(f"{path}.{key}", f"missing; add {key} = \"...\""))
        return ""
    v = table[key]
    if not isinstance(v, str):
        issues.append(Issue(f"{path}.{key}", f"{_fmt(v)} is not text; put it in quotes"))
        return ""
    return v


def scenario_from_dict(data: Mapping[str, Any], *, source: str = "",
                       history_years: tuple[int, int] | None = None) -> Scenario:
    """Validate a parsed TOML document and build a `Scenario`; raise `ScenarioError` listing
    every problem. ``history_years`` (first, last actual year) bounds ``last_actual_year``;
    by default the span of the shipped history."""
    if history_years is None:
        history_years = actual_years()
    issues: list[Issue] = []
    _check_keys(data, ["meta", "population", "sectors", "solve"], "", issues)

    meta = data.get("meta")
    if not isinstance(meta, Mapping):
        issues.append(Issue("meta", "missing table; add [meta] with name, title_vi and horizon"))
        meta = {}
    _check_keys(meta, ["name", "title_vi", "title_en", "description", "horizon",
                       "last_actual_year"], "meta", issues)
    name = _text(meta, "name", "meta", issues, required=True)
    if name and not _NAME_RE.match(name):
        issues.append(Issue(f"meta.name = {name!r}", "use 1–64 letters, digits, '_' or '-' "
                                                     "(it names output files)"))
    title_vi = _text(meta, "title_vi", "meta", issues, required=True)
    title_en = _text(meta, "title_en", "meta", issues, required=False)
    description = _text(meta, "description", "meta", issues, required=False)
    last_actual = None
    if "last_actual_year" in meta:
        last_actual = _year(meta["last_actual_year"], "meta.last_actual_year", issues,
                            history_years[0], history_years[1])
    horizon = None
    if "horizon" not in meta:
        issues.append(Issue("meta.horizon", "missing; add horizon = 2030 (last projected year, "
                                            f"up to {MAX_YEAR})"))
    else:
        horizon = _year(meta["horizon"], "meta.horizon", issues, MIN_YEAR + 1, MAX_YEAR)
    start = last_actual if last_actual is not None else history_years[1]
    if horizon is not None and horizon <= start:
        issues.append(Issue(f"meta.horizon = {horizon}",
                            f"must come after the last actual year {start}; "
                            f"set a horizon from {start + 1} to {MAX_YEAR}"))

    pop = data.get("population")
    pop_growth = None
    if not isinstance(pop, Mapping):
        issues.append(Issue("population", "missing table; add [population] with growth = 0.006"))
    else:
        _check_keys(pop, ["growth"], "population", issues)
        if "growth" not in pop:
            issues.append(Issue("population.growth", "missing; add growth = 0.006 "
                                                     "(fraction per year)"))
        else:
            pop_growth = _rate(pop["growth"], "population.growth", "population", issues)

    sectors_in = data.get("sectors")
    sectors: dict[str, SectorAssumption] = {}
    if not isinstance(sectors_in, Mapping):
        issues.append(Issue("sectors", "missing; add [sectors.<id>] tables for " +
                            ", ".join(SECTOR_IDS)))
        sectors_in = {}
    for sid in sectors_in:
        if sid not in SECTOR_IDS:
            issues.append(Issue(f"sectors.{sid}", _unknown(sid, list(SECTOR_IDS))))
    for sid in SECTOR_IDS:
        path = f"sectors.{sid}"
        table = sectors_in.get(sid)
        if table is None:
            if sectors_in:
                issues.append(Issue(path, f"missing; add [{path}] with growth and inflation"))
            continue
        if not isinstance(table, Mapping):
            issues.append(Issue(path, f"must be a table [{path}] with growth and inflation"))
            continue
        _check_keys(table, ["growth", "inflation"], path, issues)
        rates = {}
        for kind in ("growth", "inflation"):
            if kind not in table:
                issues.append(Issue(f"{path}.{kind}", f"missing; add {kind} = 0.05 "
                                                      "(fraction per year)"))
            else:
                rates[kind] = _rate(table[kind], f"{path}.{kind}", kind, issues)
        if all(rates.get(k) is not None for k in ("growth", "inflation")):
            sectors[sid] = SectorAssumption(**rates)

    solve = _solve_settings(data["solve"], issues) if "solve" in data else None

    if issues:
        raise ScenarioError(issues, source)
    return Scenario(name=name, title_vi=title_vi, title_en=title_en, description=description,
                    horizon=horizon, last_actual_year=last_actual,
                    population_growth=pop_growth, sectors=sectors, solve=solve)


def _id_list(v: Any, path: str, allowed: tuple[str, ...], issues: list[Issue]) -> tuple[str, ...] | None:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        issues.append(Issue(path, f"{_fmt(v)} is not a list of names; write e.g. [\"{allowed[0]}\"]"))
        return None
    bad = [x for x in v if x not in allowed]
    for x in bad:
        issues.append(Issue(f"{path} = {x!r}", _unknown(x, list(allowed)).replace("unknown key", "unknown name")))
    if not v:
        issues.append(Issue(path, "empty list; name at least one, or leave the key out for the default"))
    return None if bad or not v else tuple(v)


def _solve_settings(table: Any, issues: list[Issue]) -> SolveSettings | None:
    # The solvable targets are those the model measures (model.targets.MEASURES).
    from .targets import MEASURES

    if not isinstance(table, Mapping):
        issues.append(Issue("solve", "must be a table [solve]"))
        return None
    n_before = len(issues)
    _check_keys(table, ["targets", "free", "method", "approx", "smoothness", "bounds"], "solve", issues)
    targets = _id_list(table["targets"], "solve.targets", tuple(MEASURES), issues) if "targets" in table else None
    free = _id_list(table["free"], "solve.free", SECTOR_IDS, issues) if "free" in table else None
    choices = {"method": ("constant", "ramp", "free"), "approx": ("band", "equal")}
    picked = {}
    for key, allowed in choices.items():
        v = table.get(key, allowed[0])
        if v not in allowed:
            issues.append(Issue(f"solve.{key} = {_fmt(v)}", "use one of " + ", ".join(f'"{a}"' for a in allowed)))
        picked[key] = v
    smooth = table.get("smoothness", 1.0)
    if isinstance(smooth, bool) or not isinstance(smooth, (int, float)) or not 0 <= smooth <= 1e6:
        issues.append(Issue(f"solve.smoothness = {_fmt(smooth)}", "use a number from 0 to 1e6"))
    bounds: dict[str, tuple[float, float]] = {}
    b_table = table.get("bounds", {})
    if not isinstance(b_table, Mapping):
        issues.append(Issue("solve.bounds", "must be a table of [solve.bounds.<sector>] with min and max"))
        b_table = {}
    for sid, b in b_table.items():
        path = f"solve.bounds.{sid}"
        if sid not in SECTOR_IDS:
            issues.append(Issue(path, _unknown(sid, list(SECTOR_IDS))))
            continue
        if not isinstance(b, Mapping):
            issues.append(Issue(path, f"must be a table [{path}] with min and max"))
            continue
        _check_keys(b, ["min", "max"], path, issues)
        lo = _rate_number(b.get("min", -0.2), f"{path}.min", "growth", issues)
        hi = _rate_number(b.get("max", 0.5), f"{path}.max", "growth", issues)
        if lo is not None and hi is not None:
            if lo > hi:
                issues.append(Issue(path, f"min {lo:g} is above max {hi:g}; swap them"))
            else:
                bounds[sid] = (lo, hi)
    if len(issues) > n_before:
        return None
    return SolveSettings(targets=targets, free=free, method=picked["method"], approx=picked["approx"],
                         smoothness=float(smooth), bounds=bounds)


def parse_scenario(text: str, *, source: str = "", **kw) -> Scenario:
    """Parse and validate TOML text (see `scenario_from_dict`)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ScenarioError([Issue("", f"not valid TOML: {e}")], source) from None
    return scenario_from_dict(data, source=source, **kw)


def load_scenario(path: str | os.PathLike, **kw) -> Scenario:
    """Read and validate a scenario file; errors name the file and the TOML path."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise ScenarioError([Issue("", f"cannot read the file ({e.strerror})")], str(p)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError([Issue("", "not UTF-8 text; save the file as UTF-8")], str(p)) from None
    return parse_scenario(text, source=str(p), **kw)


def write_atomic(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write a file so that readers see the old or the new content, never a partial one:
    write a temporary file in the same folder, flush it to disk, then rename over the target."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


def save_scenario(scenario: Scenario, path: str | os.PathLike) -> Path:
    """Write a scenario as TOML, atomically."""
    return write_atomic(path, scenario.to_toml())
