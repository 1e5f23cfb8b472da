"""The app's state codec, pure (no Streamlit): Scenario ↔ rate controls ↔ link parameters.

The scenario is the one truth; a control is a view of one of its rates, in percent a year:

    constant   one value                                    growth = 0.075
    ramp       two values, first projected year → horizon   growth = { 2026 = 0.12, 2030 = 0.08 }
    points     any listed years (year by year)              growth = { 2026 = 0.175, 2027 = 0.11 }

A control holds the file's fractions exactly; the widgets show them in percent. A value a
person types goes through a decimal shift (`pct_to_frac`), so a typed 2.8 is saved as 0.028,
never 0.027999999999999997, and a value nobody touched is never converted at all
(`typed_frac`). The link holds what differs from the loaded scenario:

    h=2035  lay=2023  pop=0.8  g.services=9  pi.agriculture=2026:3,2030:2.5  g.services=12~8
    pj.lng_vung_ang_3=1:2:0.8   a project on (1) or off (0), years late, scale
    i.services=15               services driven by its investment, 15 % of GRDP (g.<s> drives it
                                by growth again)

(rates in percent a year; ``a~b`` is a ramp from the first projected year to the horizon;
``y:v,…`` lists years; the rare fraction that no percent reproduces exactly, such as
0.027999999999999997, is written as a fraction with an ``f`` prefix). Any value validation accepts, the link accepts; anything else is
reported as a `LinkIssue` (a catalogue key and its fields) and the rest still applies.

The session's settings beside the scenario (the uncertainty settings, the Quarterly page's
figures, the Scorecard's trends) ride in the link too: `ui.settings_link`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Mapping

import numpy as np

from model.params import MAX_DELAY, MAX_PROJECT_SCALE, MAX_TITLE, MAX_YEAR, MIN_YEAR, RATES
from model.scenario import (INVESTMENT_FIELDS, diff_scenarios, RATE_FIELDS, RatePath, Scenario, ScenarioError, SolveSettings,
                            frac_to_pct, pct_to_frac, rate_kind, solve_settings_from_dict)
from model.sectors import INVESTABLE, SECTOR_IDS

MODES = ("constant", "ramp", "points")
LINK_KEYS = {"population.growth": "pop",
             **{f"sectors.{s}.{k}": f"{p}.{s}" for s in SECTOR_IDS
                for k, p in (("growth", "g"), ("inflation", "pi"))},
             **{f"sectors.{s}.investment": f"i.{s}" for s in INVESTABLE}}
FIELD_OF_KEY = {v: k for k, v in LINK_KEYS.items()}
# What a page shows rather than what the scenario assumes, kept in the link too and read by the
# page (`ui.state.view_choice`, `number_in` for a number): the Compare page's selection, reference,
# judging set and waterfalls' outcome; the Quarterly page's year (the decks' quarterly slide too)
# and indicator; the Scorecard's second target set; the Projects page's slipped project and its
# delay, and the investment share and ICOR whose growth it works out; the Solve page's project
# whose timing is asked; the target the Uncertainty page's tornado ranks by.
VIEW_KEYS = ("cmp", "cmpref", "cmpts", "cmpo", "qy", "qs", "ts2", "pv", "pvd", "ib", "ik", "tm", "rkt")
# the session's settings (`ui.settings_link`): not the scenario's, so `from_link` leaves them
RISK_PREFIX = "rk."             # the uncertainty settings
QUARTER_PREFIX = "q."           # the Quarterly page's figures
TREND_PREFIX = "tk."            # the Scorecard's trends of tracked targets
FRAME_KEYS = ("page", "lang", "scn", "h", "lay", "mfg", "ts", SOLVE_KEY := "sv", *VIEW_KEYS)
PROJECT_PREFIX = "pj."
# characters of query string read at most: above the longest the controls write for one file
# (every rate year by year to 2050 and every project set: about 3,700), within what a browser
# and the server take in a request line; a longer link is said when it is written (`app.py`)
MAX_LINK = 16_000


def link_number(x: float) -> str:
    """A number for the link (a percent, a scale, a share): the shortest digits that read back as
    the same float (7.5, 12, 1e-300), no trailing '.0'; `number_in` reads it back exactly."""
    s = repr(float(x))
    return s[:-2] if s.endswith(".0") else s


# a number as `link_number` writes it (the decimal comma read too), ASCII digits only
_ASCII_DEC = re.compile(r"-?[0-9]{1,3}([.,][0-9]{1,20})?([eE][-+]?[0-9]{1,3})?")


def number_in(raw: str, lo: float, hi: float, whole: bool = False) -> float | None:
    """The number a link value gives, if it lies within [lo, hi] (and is whole, with ``whole``);
    None otherwise. ASCII digits with the decimal point or comma only: int() and float() read
    Arabic-Indic digits too, which a link should not carry silently."""
    value = raw.strip()
    x = float(value.replace(",", ".")) if _ASCII_DEC.fullmatch(value) else math.nan
    if not lo <= x <= hi or (whole and x != int(x)):
        return None
    return x


def link_length(params: Mapping[str, str]) -> int:
    """A link's length as MAX_LINK bounds it: its parameters' names and values, in characters."""
    return sum(len(k) + len(v) for k, v in params.items())


MAX_SOLVE_DEPTH = 3  # {"bounds": {"services": {...}}}


def pct_bounds(field_path: str) -> tuple[float, float]:
    """The accepted range of a rate field in percent a year: validation's own bounds."""
    p = RATES[rate_kind(field_path)]
    return frac_to_pct(p.lo), frac_to_pct(p.hi)


@dataclass(frozen=True)
class RateControl:
    """A rate as the controls show it: ``mode`` and its values, fractions per year exactly as
    the scenario holds them (``points``: (year, fraction) pairs; a constant is one pair with
    year 0). Widgets show ``100 ×`` these (`frac_to_pct`)."""

    mode: str
    points: tuple[tuple[int, float], ...]

    def to_rate(self) -> RatePath:
        if self.mode == "constant":
            return RatePath.const(self.points[0][1])
        return RatePath.by_year(dict(self.points))

    @property
    def value(self) -> float:
        return self.points[0][1]


def typed_frac(shown_pct: float, widget_pct: float, original: float) -> float:
    """The fraction a widget now holds: the original, exactly, if the widget still shows what
    it was given; else what the person typed, shifted by two decimals."""
    # Rounded to 6 decimals of a percent: a step button's 2.8 + 0.1 is 2.9000000000000004.
    return original if widget_pct == shown_pct else pct_to_frac(round(float(widget_pct), 6))


def rate_control(rate: RatePath, first_year: int, horizon: int) -> RateControl:
    """The control showing ``rate`` exactly: constant, a ramp over first_year → horizon, or
    its listed years."""
    if rate.constant is not None:
        return RateControl("constant", ((0, rate.constant),))
    pts = tuple(rate.points)
    if len(pts) == 2 and (pts[0][0], pts[1][0]) == (first_year, horizon) and first_year < horizon:
        return RateControl("ramp", pts)
    return RateControl("points", pts)


def convert(rc: RateControl, mode: str, first_year: int, horizon: int) -> RateControl:
    """The same rate shown in another form: the value in the first projected year (constant),
    its values in the first year and the horizon (ramp), or every projected year (points), as
    the year-by-year boxes show them (`year_values`: a ramp's ends exactly, the years between
    at the boxes' precision)."""
    if mode == rc.mode:
        return rc
    rate = rc.to_rate()
    years = list(range(first_year, horizon + 1))
    vals = rate.values(years).tolist()
    if mode == "constant":
        return RateControl("constant", ((0, vals[0]),))
    if mode == "ramp":
        if first_year >= horizon:
            return RateControl("constant", ((0, vals[0]),))
        return RateControl("ramp", ((first_year, vals[0]), (horizon, vals[-1])))
    return RateControl("points", tuple(year_values(rate, years)))


# Decimals a rate box shows (ui.numbox's default): the precision of a value nobody typed.
BOX_DIGITS = 2


def year_values(rate: RatePath, years: list[int]) -> list[tuple[int, float]]:
    """Each year's rate (a fraction per year) as a year-by-year box shows it: a year the rate
    lists (or a constant) exactly, with every decimal the file holds; a year between listed
    years, an interpolation nobody typed (6.7 → 9 % over 2026–2030 gives 7.275, 7.85, 8.425;
    over 2026–2050, 1/24ths), rounded to a hundredth of a point, so the box shows ``7,28``, not
    ``7,283333``. Left as shown, a box changes nothing (`ui.numbox`); a conversion to year by
    year writes these values, which moves the projection by at most 0.005 point in those years."""
    listed = set(years) if rate.constant is not None else {y for y, _ in rate.points}
    return [(y, v if y in listed else pct_to_frac(round(frac_to_pct(v), BOX_DIGITS)))
            for y, v in zip(years, rate.values(years).tolist())]


# How many characters a year-by-year box shows whole three to a row in the sidebar (at its
# default width, 1366 px): "-12,50" fits, "9,5123|45" was cut. Wider values take two to a row.
BOX_CHARS_THREE = 6


def year_columns(texts: list[str]) -> int:
    """Boxes to a row for a year-by-year editor whose boxes show ``texts``: three, or two where
    a value is longer than three to a row show whole (a file's 9,512345 %)."""
    return 3 if all(len(x) <= BOX_CHARS_THREE for x in texts) else 2


def shown_years(rc: RateControl, first_year: int, horizon: int) -> list[int]:
    """The years a year-by-year editor shows: every projected year."""
    return list(range(first_year, horizon + 1))


def edit_points(rc: RateControl, year_values: Mapping[int, float]) -> RateControl:
    """A year-by-year control after the editor: the projected years as edited, and every listed
    year outside the projected range kept as it was (it still shapes the interpolation)."""
    keep = {y: v for y, v in rc.points if y not in year_values} if rc.mode == "points" else {}
    merged = {**keep, **{int(y): float(v) for y, v in year_values.items()}}
    return RateControl("points", tuple(sorted(merged.items())))


# ---- the scenario frame ------------------------------------------------------------------
def first_year(sc: Scenario, last_history_year: int) -> int:
    return (sc.last_actual_year if sc.last_actual_year is not None else last_history_year) + 1


def controls(sc: Scenario, last_history_year: int) -> dict[str, RateControl]:
    """Every rate of ``sc`` as a control, by field path."""
    f = first_year(sc, last_history_year)
    # A sector shows the driver it has: its growth or its investment (the other is None).
    return {fp: rate_control(r, f, sc.horizon) for fp in RATE_FIELDS + INVESTMENT_FIELDS
            if (r := sc.rate(fp)) is not None}


def with_frame(sc: Scenario, horizon: int, last_actual: int, last_history_year: int,
               loaded: Scenario | None = None) -> Scenario:
    """``sc`` with a new horizon and last actual year (rates untouched: a rate table keeps its
    years; after its last year it stays flat). The last actual year is unset when it is the
    history's own and the ``loaded`` scenario (``sc`` itself when not given) names none, so that
    a file keeps following the shipped history, and a year moved away and back is the loaded
    scenario again (not "changed", and no ``lay`` in the link)."""
    named = (sc if loaded is None else loaded).last_actual_year is not None
    last = None if last_actual == last_history_year and not named else last_actual
    return replace(sc, horizon=horizon, last_actual_year=last)


# ---- link ---------------------------------------------------------------------------------



def _rate_num(frac: float) -> str:
    """A fraction for the link, exactly: in percent when a decimal shift brings it back, else
    as the fraction itself behind an 'f'."""
    p = frac_to_pct(frac)
    return link_number(p) if pct_to_frac(p) == frac else "f" + repr(float(frac))


def rate_param(rc: RateControl) -> str:
    if rc.mode == "constant":
        return _rate_num(rc.value)
    if rc.mode == "ramp":
        return f"{_rate_num(rc.points[0][1])}~{_rate_num(rc.points[1][1])}"
    return ",".join(f"{y}:{_rate_num(v)}" for y, v in rc.points)


def to_link(working: Scenario, base: Scenario, last_history_year: int) -> dict[str, str]:
    """Link parameters for every assumption of ``working`` that differs from ``base``."""
    out: dict[str, str] = {}
    if working.horizon != base.horizon:
        out["h"] = str(working.horizon)
    if working.last_actual_year != base.last_actual_year:
        out["lay"] = str(first_year(working, last_history_year) - 1)
    f, h = first_year(working, last_history_year), working.horizon
    for fp, key in LINK_KEYS.items():
        # A driver the working scenario lacks needs no parameter: setting the other one
        # (g.<s> or i.<s>) replaces it.
        if working.rate(fp) != base.rate(fp) and working.rate(fp) is not None:
            out[key] = rate_param(rate_control(working.rate(fp), f, h))
    if working.manufacturing_share != base.manufacturing_share:
        out["mfg"] = "" if working.manufacturing_share is None else link_number(frac_to_pct(working.manufacturing_share))
    if (working.targets_set or None) != (base.targets_set or None):
        out["ts"] = working.targets_set or ""
    if working.solve != base.solve:
        out[SOLVE_KEY] = solve_param(working.solve)
    for pid in sorted(set(working.projects) | set(base.projects)):
        a, b = working.projects.get(pid), base.projects.get(pid)
        if a != b:
            # plain "off" is "0", whether the working scenario dropped the project or (a
            # committed plant) keeps it as switched off: `with_project` decides which on reading
            plain_off = a is None or (not a.on and a.delay == 0 and a.scale == 1.0)
            out[PROJECT_PREFIX + pid] = "0" if plain_off else f"{int(a.on)}:{a.delay}:{link_number(a.scale)}"
    return out


def solve_param(sv: SolveSettings | None) -> str:
    """The solve request for the link: its ``[solve]`` table as compact JSON ('' for none)."""
    return "" if sv is None else json.dumps(sv.to_dict(), separators=(",", ":"), ensure_ascii=True)


def parse_solve_param(text: str, set_id: str | None = None) -> SolveSettings | None:
    """The solve request a link carries, checked as a file's ``[solve]`` table is for target set
    ``set_id`` (`model.scenario.solve_settings_from_dict`); ValueError or ScenarioError otherwise."""
    if text == "":
        return None
    # Nesting is bounded before parsing: json recurses once per bracket.
    depth = 0
    for ch in text:
        depth += ch in "[{"
        if depth > MAX_SOLVE_DEPTH:
            raise ValueError("depth")
        depth -= ch in "]}"
    table = json.loads(text)
    return solve_settings_from_dict(table, "sv", set_id)


def _project_param(text: str, pid: str, base: Scenario):
    """'1:2:0.8' (on, delay, scale) or '0' (off) for a shipped project or one of ``base``'s."""
    from model.projects import ProjectSetting, shipped_ids

    known = base.projects.get(pid)
    if known is None and pid not in shipped_ids():
        raise KeyError(pid)
    parts = text.split(":")
    if parts[0] not in ("0", "1") or len(parts) > 3:
        raise ValueError
    # ASCII only: int() and Decimal() would also read other scripts' digits ("١" is 1)
    if not re.fullmatch(r"[0-9]{1,2}", parts[1] if len(parts) > 1 else "0") or \
            not re.fullmatch(r"[0-9]+(\.[0-9]+)?", parts[2] if len(parts) > 2 else "1"):
        raise ValueError
    delay = int(parts[1]) if len(parts) > 1 else 0
    scale = float(Decimal(parts[2])) if len(parts) > 2 else 1.0
    if not (0 <= delay <= MAX_DELAY and 0.0 <= scale <= MAX_PROJECT_SCALE):
        raise ValueError
    definition = known.definition if known is not None else None
    return ProjectSetting(on=parts[0] == "1", delay=delay, scale=scale, definition=definition)


@dataclass(frozen=True)
class LinkIssue:
    """A link parameter that could not be used: a catalogue key (url_*) and its fields (text as
    the link had it; a count as an int, or a tuple of them, shown in the reader's convention,
    `ui.state.note_lines`)."""

    key: str
    fields: Mapping[str, str | int | tuple[int, ...]] = field(default_factory=dict)


def _pct(text: str, fp: str) -> float:
    """The fraction a link value stands for (percent, or 'f' and a fraction), exactly as
    written; ValueError with the reason."""
    text = text.strip()
    is_frac = text.startswith("f")
    try:
        d = Decimal(text[1:] if is_frac else text)
    except InvalidOperation:
        raise ValueError("rate") from None
    if not d.is_finite() or len(text) > 40 or not re.fullmatch(r"f?[-+0-9.eE]+", text):
        raise ValueError("rate")
    v = float(d) if is_frac else pct_to_frac(float(d))
    p = RATES[rate_kind(fp)]
    if not (math.isfinite(v) and p.lo <= v <= p.hi):
        raise ValueError("range")
    return v


_YEAR = re.compile(r"[0-9]{4}")


def parse_rate_param(text: str, fp: str, first: int, horizon: int) -> RateControl:
    if ":" in text:
        pts = {}
        for item in text.split(","):
            y, _, v = item.partition(":")
            if not _YEAR.fullmatch(y.strip()) or not MIN_YEAR < int(y) <= MAX_YEAR:
                raise ValueError("rate")
            pts[int(y)] = _pct(v, fp)
        return RateControl("points", tuple(sorted(pts.items())))
    start, sep, end = text.partition("~")
    if sep:
        a, b = _pct(start, fp), _pct(end, fp)
        if first >= horizon:
            return RateControl("constant", ((0, a),))
        return RateControl("ramp", ((first, a), (horizon, b)))
    return RateControl("constant", ((0, _pct(text, fp)),))


def from_link(params: Mapping[str, str], base: Scenario, history_years: tuple[int, int]
              ) -> tuple[Scenario, list[LinkIssue]]:
    """``base`` with the link's assumptions; every bad parameter is skipped and reported."""
    issues: list[LinkIssue] = []
    first_hist, last_hist = history_years

    def year(key: str, lo: int, hi: int) -> int | None:
        raw = params[key]
        if not _YEAR.fullmatch(raw.strip()):
            issues.append(LinkIssue("url_year", {"key": key, "value": raw[:20], "lo": str(lo), "hi": str(hi)}))
            return None
        v = int(raw)
        if not lo <= v <= hi:
            issues.append(LinkIssue("url_year_range", {"key": key, "value": raw, "lo": str(lo), "hi": str(hi)}))
            return None
        return v

    last = first_year(base, last_hist) - 1
    if "lay" in params:
        v = year("lay", first_hist, last_hist)
        last = v if v is not None else last
    horizon = base.horizon
    if "h" in params:
        v = year("h", MIN_YEAR + 1, MAX_YEAR)
        horizon = v if v is not None else horizon
    if horizon <= last:
        issues.append(LinkIssue("url_horizon", {"value": str(horizon), "last": str(last)}))
        horizon = max(base.horizon, last + 1)
    sc = with_frame(base, horizon, last, last_hist)
    if "mfg" in params:
        from model.industry import SHARE_RANGE

        raw = params["mfg"]
        try:
            if raw and not re.fullmatch(r"[0-9]+(\.[0-9]+)?", raw):
                raise ValueError
            v = None if raw == "" else pct_to_frac(float(Decimal(raw)))
            if v is not None and not SHARE_RANGE[0] <= v <= SHARE_RANGE[1]:
                raise ValueError
            sc = replace(sc, manufacturing_share=v)
        except (ValueError, InvalidOperation):
            issues.append(LinkIssue("url_mfg", {"value": raw[:40], "lo": link_number(100 * SHARE_RANGE[0]),
                                                "hi": link_number(100 * SHARE_RANGE[1])}))
    if "ts" in params:
        from model import registry

        raw = params["ts"]
        if raw == "" or raw in registry.set_ids():
            sc = replace(sc, targets_set=raw or None)
        else:
            issues.append(LinkIssue("url_ts", {"value": raw[:40], "allowed": ", ".join(registry.set_ids())}))
    if SOLVE_KEY in params:
        try:
            sc = replace(sc, solve=parse_solve_param(params[SOLVE_KEY], sc.targets_set))
        except ScenarioError as e:
            issues.append(LinkIssue("url_solve", {"value": params[SOLVE_KEY][:80], "why": "; ".join(e.lines("vi"))[:300],
                                                  "why_en": "; ".join(e.lines("en"))[:300]}))
        except (ValueError, RecursionError):
            issues.append(LinkIssue("url_solve", {"value": params[SOLVE_KEY][:80], "why": "JSON", "why_en": "JSON"}))
    f = last + 1
    for key, raw in params.items():
        # the session's settings, read by `ui.settings_link`
        if key in FRAME_KEYS or key.startswith((RISK_PREFIX, QUARTER_PREFIX, TREND_PREFIX)):
            continue
        if key.startswith(PROJECT_PREFIX):
            pid = key[len(PROJECT_PREFIX):]
            try:
                setting = _project_param(raw, pid, base)
                if setting.on and sc.project_room(pid) is not None:
                    raise sc.project_room(pid)
                sc = sc.with_project(pid, setting)
            except KeyError:
                issues.append(LinkIssue("url_project", {"key": key[:60]}))
            except ScenarioError:
                issues.append(LinkIssue("url_project_full", {"key": key[:60], "max": "40"}))
            except (ValueError, InvalidOperation):
                issues.append(LinkIssue("url_project_value", {"key": key[:60], "value": raw[:40]}))
            continue
        fp = FIELD_OF_KEY.get(key)
        if fp is None:
            kind, _, sector = key.partition(".")
            if kind in ("g", "pi", "i") and sector:
                issues.append(LinkIssue("url_sector", {"key": key[:40], "sector": sector[:40],
                                                       "allowed": ", ".join(INVESTABLE if kind == "i" else SECTOR_IDS)}))
            else:
                issues.append(LinkIssue("url_unknown", {"key": key[:40]}))
            continue
        try:
            rc = parse_rate_param(raw, fp, f, horizon)
        except ValueError as e:
            lo, hi = pct_bounds(fp)
            if str(e) == "range":
                issues.append(LinkIssue("url_rate_range", {"key": key, "value": raw[:40],
                                                           "lo": link_number(lo), "hi": link_number(hi)}))
            else:
                issues.append(LinkIssue("url_rate", {"key": key, "value": raw[:40]}))
            continue
        sc = sc.with_rate(fp, rc.to_rate())
    return sc, issues


# What marks a changed scenario wherever it is named: page titles, chart titles, source lines,
# file names and titles (issue 13: a screenshot of a changed scenario labelled as the baseline).
CHANGED_MARK = {"vi": " (đã chỉnh)", "en": " (adjusted)"}
_OLD_MARKS = (" (điều chỉnh)",)  # what files saved by earlier versions carry


def changed(working: Scenario, base: Scenario) -> bool:
    """Whether ``working`` differs from ``base`` in anything the projection uses (a solve request
    alone is no change of the numbers)."""
    return bool(diff_scenarios(base, working))


def marked(title: str, lang: str) -> str:
    """``title`` with the changed mark, once: a mark already there is not repeated, and the
    whole stays within the title limit."""
    mark = CHANGED_MARK[lang]
    core = title
    for m in (mark, *_OLD_MARKS):
        core = core.removesuffix(m)
    return core[: MAX_TITLE - len(mark)] + mark


def custom(working: Scenario, base: Scenario) -> Scenario:
    """``working`` named as an adjusted copy of ``base`` when it differs from it (so that a
    page, a chart or a file says what it shows); ``working`` itself otherwise."""
    if not changed(working, base):
        return working
    name = base.name if base.name.endswith("_custom") else f"{base.name[:57]}_custom"
    return replace(working, name=name, title_vi=marked(working.title_vi, "vi"),
                   title_en=marked(working.title_en or working.name, "en"))


def rates_equal(a: RatePath, b: RatePath) -> bool:
    years = np.arange(MIN_YEAR + 1, MAX_YEAR + 1)
    return a == b or bool(np.array_equal(a.values(years), b.values(years)))
