"""What a scenario is: its rates (`RatePath`), each sector's assumption, the ``[solve]``
request, the `Scenario` itself, what differs between two of them (`diff_scenarios`), and the
problems a file can have (`Issue`, `ScenarioError`), which the reading side raises.

A rate is a fraction per year: constant, or piecewise linear between listed years and flat
outside them (``RatePath.values``). Percent ↔ fraction conversions are decimal-exact
(`pct_to_frac`: 2.8 → 0.028, not 0.027999999999999997).

Glossary: kịch bản = scenario; tốc độ = rate; năm cuối dự báo = horizon.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Mapping

import numpy as np

from .. import params as P
from ..sectors import INVESTABLE, SECTOR_IDS

MIN_YEAR, MAX_YEAR = P.MIN_YEAR, P.MAX_YEAR
MAX_PROJECTS = 40   # a file's [projects] tables at most
PRIORITY = (0.01, 100.0)   # a target's weight in a conflict: the file, the flag and the solver alike
_NAME_RE = re.compile(r"[A-Za-z0-9_\-]{1,64}")   # a scenario's name names its files


def valid_name(name: str) -> bool:
    return isinstance(name, str) and bool(_NAME_RE.fullmatch(name))


RATE_KINDS = ("growth", "inflation", "investment")


def rate_parts(field_path: str) -> tuple[str, str]:
    """(sector, kind) of 'sectors.<id>.<growth|inflation|investment>'. Any other path is a
    ValueError naming the paths there are and the nearest one: an economist's typo in a notebook
    ('sectors.servics.growth') was a bare KeyError: 'servics'."""
    parts = str(field_path).split(".")
    if len(parts) == 3 and parts[0] == "sectors" and parts[1] in SECTOR_IDS and parts[2] in RATE_KINDS:
        return parts[1], parts[2]
    paths = ["population.growth"] + [f"sectors.{s}.{k}" for s in SECTOR_IDS for k in RATE_KINDS]
    raise ValueError(f"no rate at {str(field_path)[:64]!r}: the paths are 'population.growth' and "
                     f"'sectors.<{'|'.join(SECTOR_IDS)}>.<{'|'.join(RATE_KINDS)}>'"
                     + P.did_you_mean(field_path, paths))


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


def as_rate(value, where: str) -> RatePath:
    """``value`` as a `RatePath`: a path as it is, a number (a fraction a year) as a constant,
    a mapping {year: fraction} as a path through those years. Anything else is refused with the
    field it was for: a notebook's ``with_rate("sectors.services.growth", 0.08)`` made a scenario
    that failed later with "'float' object has no attribute 'to_toml'"."""
    if isinstance(value, RatePath):
        return value
    if P.is_number(value):
        return RatePath.const(value)
    if isinstance(value, Mapping) and value and all(P.is_whole(y) and P.is_number(v) for y, v in value.items()):
        return RatePath.by_year(value)
    raise TypeError(f"{where}: a rate is a number (a fraction a year: 0.08 for 8 %), a mapping "
                    f"{{year: fraction}} or a RatePath, not {value!r:.80}")


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

    def arguments(self) -> dict[str, Any]:
        """The request as `model.solve`'s arguments after the scenario, every one of them: the
        deck solved a file without its priorities and smoothness, and showed another answer than
        the Solve page and `solve` gave for the same file."""
        return dict(targets=list(self.targets) if self.targets is not None else None,
                    free=list(self.free) if self.free is not None else None, method=self.method,
                    approx=self.approx, bounds=dict(self.bounds), smoothness=self.smoothness, taxes=self.taxes,
                    priorities=dict(self.priorities), prices=tuple(self.prices),
                    investment_cap=self.investment_cap)

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
    # The text of the file it was read from (`parse_scenario`), kept through copies: a file
    # written of it keeps the planner's comments and layout while its values are the file's
    # (`model.scenario.file_toml`). Not part of what the scenario is: equal scenarios compare
    # equal whatever their text.
    source_text: str | None = field(default=None, compare=False, repr=False)

    def __repr__(self) -> str:
        # A notebook prints this: the generated repr dumped every RatePath, sector and project
        # setting (about 1,000 characters for the baseline). What an economist checks first, in
        # percent a year, on one line.
        def pct(r: RatePath) -> str:
            if r.constant is not None:
                return f"{100 * r.constant:.1f}"
            (y0, v0), (y1, v1) = r.points[0], r.points[-1]
            return f"{100 * v0:.1f} ({y0}) to {100 * v1:.1f} ({y1})" if len(r.points) > 1 else f"{100 * v0:.1f}"

        def driven(a: SectorAssumption) -> str:
            return pct(a.growth) if a.growth is not None else f"investment {pct(a.investment)} % of GRDP"

        on = [pid for pid, st in self.projects.items() if getattr(st, "on", True)]
        parts = [f"growth {', '.join(f'{s} {driven(a)}' for s, a in self.sectors.items())}",
                 f"inflation {', '.join(pct(a.inflation) for a in self.sectors.values())}",
                 f"population {pct(self.population_growth)}",
                 f"projects on: {', '.join(on) if on else 'none'}"]
        if self.targets_set:
            parts.append(f"judged by {self.targets_set}")
        start = "" if self.last_actual_year is None else f"{self.last_actual_year + 1}–"
        title = self.title_vi if len(self.title_vi) <= 80 else self.title_vi[:79] + "…"
        return f"<Scenario {self.name!r} {title!r} to {start}{self.horizon} (% a year): {'; '.join(parts)}>"

    def with_sector(self, sector: str, **rates) -> "Scenario":
        """A copy with some of one sector's rates replaced (``growth=``, ``inflation=``,
        ``investment=``): each a `RatePath`, a number (a fraction a year) or {year: fraction}
        (`as_rate`); None takes a driver away (growth or investment)."""
        for kind in rates:   # a typo is named with the nearest path, not a KeyError or TypeError
            rate_parts(f"sectors.{sector}.{kind}")
        rates = {k: (None if v is None and k in ("growth", "investment") else as_rate(v, f"sectors.{sector}.{k}"))
                 for k, v in rates.items()}
        sectors = dict(self.sectors)
        sectors[sector] = replace(sectors[sector], **rates)
        return replace(self, sectors=sectors)

    def rate(self, field_path: str) -> RatePath | None:
        """The rate at a field path: 'population.growth' or
        'sectors.<id>.<growth|inflation|investment>' (None: that driver is not the sector's)."""
        if field_path == "population.growth":
            return self.population_growth
        sector, kind = rate_parts(field_path)
        return getattr(self.sectors[sector], kind)

    def with_rate(self, field_path: str, rate) -> "Scenario":
        """A copy with the rate at ``field_path`` replaced (see `rate`): a `RatePath`, a number
        (a fraction a year, constant) or {year: fraction} (`as_rate`). Setting a sector's growth
        drops its investment driver, and setting its investment drops its growth."""
        if field_path == "population.growth":
            return replace(self, population_growth=as_rate(rate, field_path))
        sector, kind = rate_parts(field_path)
        rate = as_rate(rate, field_path)   # None too: a sector needs its growth or its investment
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

    def with_set(self, set_id: str | None) -> "Scenario":
        """Judged by target set ``set_id`` (None: the programme's). A solve request that lists
        no targets then poses the new set's defaults, so a weight on a target not among them
        is dropped: it would weigh nothing, and the file would not read back (a priority may
        weigh only a target posed, `model.scenario.validate`)."""
        from .. import registry

        sv = self.solve
        if sv is not None and sv.targets is None and sv.priorities:
            posed = set(registry.solver_defaults(set_id))
            sv = replace(sv, priorities={k: v for k, v in sv.priorities.items() if k in posed})
        return replace(self, targets_set=set_id, solve=sv)

    def with_project(self, pid: str, setting) -> "Scenario":
        """A copy with one project's setting replaced (`model.projects.ProjectSetting`); a
        shipped project switched off with nothing else set is dropped from the table (absent
        and off compute the same), so that a saved file lists only what it means, except a
        committed one (running or built): switched off, it is left out on purpose, which the
        file says (`model.projects.unlisted_ramping` warns of the absent ones)."""
        from ..projects import committed_ids

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


def need_scenario(value, what: str = "scenario") -> Scenario:
    """``value`` if it is a `Scenario`, else a TypeError naming ``what`` and how to get one: the
    path of a file passed for it got "'str' object has no attribute …" wherever it was read
    (`checked`, `diff_scenarios`, `model.Workspace.save`)."""
    if not isinstance(value, Scenario):
        raise P.wrong_kind(what, "Scenario", value)
    return value


def diff_scenarios(a: Scenario, b: Scenario) -> list[Change]:
    """Every assumption of ``b`` that differs from ``a``. Rates compare by value: two paths
    that give the same rate in every year are the same assumption."""
    need_scenario(a, "diff_scenarios: a"), need_scenario(b, "diff_scenarios: b")
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
        from ..report.issues import issue_text

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
        from ..report.issues import one_line   # (as `Issue.text`)

        prefix = f"{one_line(self.source)}: " if self.source else ""
        out = [prefix + i.text(lang) for i in self.issues]
        if self.more:
            out.append(prefix + Issue("", "more_issues", {"n": self.more}).text(lang))
        return out

    def __str__(self) -> str:
        return "; ".join(self.lines())
