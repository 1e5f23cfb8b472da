"""The planner's controls as plain data: scenario ↔ controls ↔ URL query parameters.

The app shows rates in percent a year; the model takes fractions. This module is the one place
where the two meet, so that the app does no arithmetic and the mapping is tested on its own.

A rate control is a constant (``start_pct``), a linear ramp from the first projected year to the
horizon (``start_pct`` → ``end_pct``), or a year-by-year path (``path``, fractions per year, e.g.
applied from the solver). Query parameters hold only what differs from the loaded scenario:

    h=2035            horizon                      lay=2023      last actual year
    pop=0.8           population growth, %/yr      g.services=9  growth, %/yr (constant)
    g.services=12~8   growth ramp, %/yr            pi.services=3 inflation, %/yr
    g.services=p:2026:0.12,2027:0.1   year-by-year path (fractions)

Glossary: điều chỉnh = control; tham số URL = query parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from .scenario import MAX_YEAR, RatePath, Scenario, SectorAssumption
from .sectors import SECTOR_IDS

# Ranges of the sliders, percent a year: wide enough for Hà Tĩnh's record, narrow enough to slide.
GROWTH_RANGE = (-10.0, 40.0)
INFLATION_RANGE = (-5.0, 15.0)
POPULATION_RANGE = (-1.0, 3.0)


def bounds_from_pct(bounds_pct: Mapping[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Solver bounds from percent a year (as the sliders show them) to fractions."""
    return {s: (lo / 100, hi / 100) for s, (lo, hi) in bounds_pct.items()}


def default_bounds_pct() -> tuple[float, float]:
    """The solver's default growth bounds in percent a year."""
    from .solver import DEFAULT_BOUNDS

    return 100 * DEFAULT_BOUNDS[0], 100 * DEFAULT_BOUNDS[1]


@dataclass(frozen=True)
class RateControl:
    """A rate as the app shows it: percent a year, constant or ramp; or a fixed path."""

    start_pct: float
    end_pct: float | None = None
    path: tuple[tuple[int, float], ...] | None = None

    @property
    def mode(self) -> str:
        return "path" if self.path else ("ramp" if self.end_pct is not None else "constant")

    def to_rate(self, first_year: int, horizon: int) -> RatePath:
        if self.path:
            return RatePath.by_year(dict(self.path))
        if self.end_pct is None or first_year >= horizon:
            return RatePath.const(self.start_pct / 100)
        return RatePath.by_year({first_year: self.start_pct / 100, horizon: self.end_pct / 100})

    def to_param(self) -> str:
        if self.path:
            return "p:" + ",".join(f"{y}:{v!r}" for y, v in self.path)
        if self.end_pct is not None:
            return f"{self.start_pct:g}~{self.end_pct:g}"
        return f"{self.start_pct:g}"

    def describe(self) -> str:
        if self.path:
            return " → ".join(f"{y}: {100 * v:.1f} %" for y, v in self.path)
        if self.end_pct is not None:
            return f"{self.start_pct:.1f} % → {self.end_pct:.1f} %"
        return f"{self.start_pct:.1f} %"


def rate_control(rate: RatePath, first_year: int, horizon: int) -> RateControl:
    """The control showing ``rate``: constant, a ramp over the projected years, or a path."""
    if rate.constant is not None:
        return RateControl(round(100 * rate.constant, 6))
    pts = dict(rate.points)
    if len(pts) == 2 and set(pts) == {first_year, horizon}:
        return RateControl(round(100 * pts[first_year], 6), round(100 * pts[horizon], 6))
    return RateControl(round(100 * float(rate.values([first_year])[0]), 6), None, tuple(rate.points))


@dataclass(frozen=True)
class Controls:
    """Everything the sidebar sets. Rates in percent a year; years as calendar years."""

    horizon: int
    last_actual_year: int
    population_pct: float
    growth: Mapping[str, RateControl]
    inflation: Mapping[str, RateControl]

    @property
    def first_year(self) -> int:
        return self.last_actual_year + 1


def controls_from_scenario(scenario: Scenario, last_history_year: int) -> Controls:
    last = scenario.last_actual_year if scenario.last_actual_year is not None else last_history_year
    first, h = last + 1, scenario.horizon
    return Controls(
        horizon=h, last_actual_year=last,
        population_pct=rate_control(scenario.population_growth, first, h).start_pct,
        growth={s: rate_control(scenario.sectors[s].growth, first, h) for s in SECTOR_IDS},
        inflation={s: rate_control(scenario.sectors[s].inflation, first, h) for s in SECTOR_IDS},
    )


def apply_controls(base: Scenario, c: Controls, last_history_year: int) -> Scenario:
    """``base`` with the controls' assumptions; unchanged rates keep their exact form."""
    ref = controls_from_scenario(base, last_history_year)

    def rate(ctrl: RateControl, ref_ctrl: RateControl, original: RatePath) -> RatePath:
        same_frame = (ref.first_year, ref.horizon) == (c.first_year, c.horizon)
        if ctrl == ref_ctrl and same_frame:
            return original  # keep a hand-written table exactly as the file had it
        return ctrl.to_rate(c.first_year, c.horizon)

    sectors = {s: SectorAssumption(rate(c.growth[s], ref.growth[s], base.sectors[s].growth),
                                   rate(c.inflation[s], ref.inflation[s], base.sectors[s].inflation))
               for s in SECTOR_IDS}
    pop = (base.population_growth if c.population_pct == ref.population_pct
           else RatePath.const(c.population_pct / 100))
    last = None if c.last_actual_year == last_history_year and base.last_actual_year is None \
        else c.last_actual_year
    return replace(base, horizon=c.horizon, last_actual_year=last, population_growth=pop,
                   sectors=sectors)


def controls_to_params(c: Controls, ref: Controls) -> dict[str, str]:
    """Query parameters for the controls that differ from ``ref`` (the loaded scenario)."""
    out: dict[str, str] = {}
    if c.horizon != ref.horizon:
        out["h"] = str(c.horizon)
    if c.last_actual_year != ref.last_actual_year:
        out["lay"] = str(c.last_actual_year)
    if c.population_pct != ref.population_pct:
        out["pop"] = f"{c.population_pct:g}"
    for s in SECTOR_IDS:
        if c.growth[s] != ref.growth[s]:
            out[f"g.{s}"] = c.growth[s].to_param()
        if c.inflation[s] != ref.inflation[s]:
            out[f"pi.{s}"] = c.inflation[s].to_param()
    return out


def _parse_rate(text: str, rng: tuple[float, float]) -> RateControl:
    if text.startswith("p:"):
        pts = []
        for item in text[2:].split(","):
            y, _, v = item.partition(":")
            year, val = int(y), float(v)
            if not 2020 < year <= MAX_YEAR or not -0.5 <= val <= 1.0:
                raise ValueError(f"{item!r} is not year:fraction")
            pts.append((year, val))
        if not pts:
            raise ValueError("empty path")
        return RateControl(100 * pts[0][1], None, tuple(pts))
    start, sep, end = text.partition("~")
    vals = [float(start)] + ([float(end)] if sep else [])
    for v in vals:
        if not rng[0] <= v <= rng[1]:
            raise ValueError(f"{v:g} is outside {rng[0]:g} to {rng[1]:g} (percent a year)")
    return RateControl(vals[0], vals[1] if sep else None)


def controls_from_params(params: Mapping[str, str], ref: Controls,
                         history_years: tuple[int, int]) -> tuple[Controls, list[str]]:
    """Controls from query parameters over ``ref``; a bad parameter is skipped and reported
    (naming it and the fix) while the others still apply."""
    errors: list[str] = []
    c = ref
    growth, inflation = dict(ref.growth), dict(ref.inflation)

    def year(key, lo, hi):
        try:
            v = int(params[key])
        except ValueError:
            errors.append(f"{key}={params[key]}: not a year; use a whole number from {lo} to {hi}")
            return None
        if not lo <= v <= hi:
            errors.append(f"{key}={v}: use a year from {lo} to {hi}")
            return None
        return v

    last = ref.last_actual_year
    if "lay" in params:
        v = year("lay", *history_years)
        last = v if v is not None else last
    horizon = ref.horizon
    if "h" in params:
        v = year("h", last + 1, MAX_YEAR)
        horizon = v if v is not None else horizon
    if horizon <= last:
        errors.append(f"h={horizon}: the horizon must come after the last actual year {last}")
        horizon = max(ref.horizon, last + 1)
    pop = ref.population_pct
    if "pop" in params:
        try:
            pop = _parse_rate(params["pop"], POPULATION_RANGE).start_pct
        except ValueError as e:
            errors.append(f"pop={params['pop']}: {e}")
    for key, value in params.items():
        kind, _, sector = key.partition(".")
        if kind not in ("g", "pi") or not sector:
            continue
        if sector not in SECTOR_IDS:
            errors.append(f"{key}: unknown sector '{sector}'; use {', '.join(SECTOR_IDS)}")
            continue
        try:
            rc = _parse_rate(value, GROWTH_RANGE if kind == "g" else INFLATION_RANGE)
        except ValueError as e:
            errors.append(f"{key}={value}: {e}")
            continue
        (growth if kind == "g" else inflation)[sector] = rc
    c = Controls(horizon=horizon, last_actual_year=last, population_pct=pop, growth=growth,
                 inflation=inflation)
    return c, errors


@dataclass(frozen=True)
class Change:
    """One assumption that differs between two scenarios."""

    field: str
    before: str
    after: str


def diff_scenarios(a: Scenario, b: Scenario) -> list[Change]:
    """Every assumption of ``b`` that differs from ``a``, with both values in human form."""
    out: list[Change] = []

    def yr(v):
        return "—" if v is None else str(v)

    if a.horizon != b.horizon:
        out.append(Change("meta.horizon", str(a.horizon), str(b.horizon)))
    if a.last_actual_year != b.last_actual_year:
        out.append(Change("meta.last_actual_year", yr(a.last_actual_year), yr(b.last_actual_year)))
    if a.population_growth != b.population_growth:
        out.append(Change("population.growth", a.population_growth.describe(), b.population_growth.describe()))
    for s in SECTOR_IDS:
        for kind in ("growth", "inflation"):
            ra, rb = getattr(a.sectors[s], kind), getattr(b.sectors[s], kind)
            if ra != rb:
                out.append(Change(f"sectors.{s}.{kind}", ra.describe(), rb.describe()))
    return out


def working_scenario(base: Scenario, c: Controls, last_history_year: int) -> Scenario:
    """The scenario the controls describe. When it differs from ``base`` it is renamed
    (``<name>_custom``, title marked as adjusted), so a saved file says what it is."""
    sc = apply_controls(base, c, last_history_year)
    if sc == base:
        return base
    if base.name.endswith("_custom"):
        return sc  # already marked as adjusted: saving and reloading must not stack suffixes
    return replace(sc, name=f"{base.name[:57]}_custom",
                   title_vi=f"{base.title_vi} (điều chỉnh)",
                   title_en=f"{base.title_en or base.name} (adjusted)")
