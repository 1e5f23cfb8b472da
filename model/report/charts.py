"""Every chart, defined once (issue 17): data, marks, titles, units, target marks, source line
and colours in one `Chart`, which the renderers draw without deciding anything of their own:

- `model.report.vega.vegalite`: the Vega-Lite spec the app shows and `vl-convert` writes to PNG
  and SVG (real text elements), so that a file is the chart the planner saw;
- `model.report.deck.Deck.draw`: a native PowerPoint chart with its data inside.

A test (``tests/test_charts.py``) fails if a chart is drawn by any other code path.

A `Chart` is categories (years, or sectors, or quarters, or the steps of a waterfall) and
layers over them, each a `Layer`:

    line    a line with its points; ``dash`` for projected or target paths
    point   marks only (a target's diamond, a total's dot)
    bar     a bar from 0; bars with ``stack`` pile up, the others stand side by side
    span    from ``low`` to ``values``: a filled band (``fill``, e.g. the 2.5–3× target) or a
            floating bar (a waterfall's step, a tornado's range)

Target marks come from the scenario's target set (`model.registry`): the multiple's band, the
growth target's path and level, the shares (with product taxes folded in where the set folds
them). Sector colours are `model.sectors`' and never change. Actual years are solid; projected
ones dashed (lines) or faded (bars, ``Chart.last_actual``).

Units: trillion VND for GRDP levels, billion VND for investment, percent for shares and
growth, percentage points for contributions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np
import pandas as pd

from .. import registry
from ..growth import need_projection   # each chart of a projection checks it first: a scenario
# passed met "'Scenario' object has no attribute 'years'" deep inside
from ..sectors import BY_ID, SECTOR_IDS
from . import fmt
from .strings import printed_target, sector_label, t

INK, ACCENT, MUTED, FAN = "#1d3557", "#e76f51", "#6c757d", "#386fa4"
UP, DOWN = "#2a9d8f", "#bc4749"
SCENARIO_COLOURS = ("#1d3557", "#e76f51", "#2a9d8f", "#f4a261", "#6a4c93", "#8d99ae", "#bc4749", "#457b9d")
# the scenarios compared at once (the Compare page, `brief`): one colour each, so that no two
# lines of a chart look alike (a ninth took the first one's colour)
MAX_COMPARED = len(SCENARIO_COLOURS)


@dataclass(frozen=True)
class Layer:
    """One series of a chart (see the module docstring). ``values`` (and ``low``) hold one
    number per category, NaN where there is none; ``label`` is its legend entry ("" for none);
    ``colours`` a colour per category (a waterfall's up and down steps); ``text`` a label per
    category already written in the reader's convention."""

    mark: str
    label: str
    values: tuple
    colour: str = INK
    low: tuple | None = None
    colours: tuple | None = None
    dash: bool = False
    stack: bool = False
    fill: bool = False
    opacity: float = 1.0
    shape: str = "circle"
    text: tuple | None = None

    def __post_init__(self):
        if self.mark not in ("line", "point", "bar", "span"):
            raise ValueError(f"unknown mark {self.mark!r}")
        if self.mark == "span" and self.low is None:
            raise ValueError("a span needs its low end")


@dataclass(frozen=True)
class Chart:
    """One chart: ``id`` names it (and its files), ``title`` and ``y_title`` (with the unit) are
    in the reader's language, ``digits`` the decimals of its numbers, ``horizontal`` puts the
    categories on the vertical axis, ``last_actual`` fades the bars of later (projected) years,
    ``domain`` fixes the value axis, ``note`` is said under the title in files and slides,
    ``rule`` marks one value across the chart (a tornado's central value)."""

    id: str
    title: str
    y_title: str
    categories: tuple
    layers: tuple[Layer, ...]
    x_title: str = ""
    source: str = ""
    digits: int = 1
    horizontal: bool = False
    last_actual: int | None = None
    height: int = 320
    zero: bool = True
    domain: tuple | None = None
    note: str = ""
    legend: bool = True
    rule: float | None = None

    def layer(self, label: str) -> Layer:
        return next(x for x in self.layers if x.label == label)

    def labelled_years(self) -> list | None:
        """The years labelled on the category axis (`labelled_years`), or None: every one."""
        return None if self.horizontal else labelled_years(self.categories)


def labelled_years(cats) -> list | None:
    """The years labelled on a long year axis (more than 16 years: a horizon past 2030), or None
    to label every year. Every fifth year (2020, 2025, 2030, …, 2050), and the first and last
    years when at least three years from the nearest of those. Vega's own thinning of
    overlapping labels keeps every other one, then every fourth, counted from the first year:
    2020, 2024, …, 2048 on a 2050 horizon, which labels neither 2030 nor 2050."""
    cats = list(cats)
    if len(cats) <= 16 or not all(isinstance(c, int) for c in cats):
        return None
    fives = [c for c in cats if c % 5 == 0]
    ends = [c for c in (cats[0], cats[-1]) if not fives or min(abs(c - f) for f in fives) >= 3]
    return sorted(set(fives) | set(ends))


def draws_target(chart: Chart) -> bool:
    """Whether a GRDP, growth or structure chart draws a target of its set: there a target is
    a layer in the accent colour, and a set without that kind of target draws none (the
    2026–2030 plan has no multiple of GRDP, the Congress's set no shares). Not for the
    investment chart, whose projects share the colour."""
    return any(x.colour == ACCENT for x in chart.layers)


def _t(values) -> tuple:
    return tuple(float(v) if v is not None and np.isfinite(v) else float("nan") for v in np.asarray(values, float))


def _years(p) -> tuple:
    return tuple(int(y) for y in p.years)


def _title(p, lang: str) -> str:
    return p.scenario.title_in(lang)


def _source(p, lang: str) -> str:
    return t("source", lang, last=p.last_actual_year, title=_title(p, lang))


def _split(p, values, colour: str, lang: str) -> list[Layer]:
    """A path drawn solid over the actual years and dashed over the projected ones (the last
    actual year in both, so that the two lines join)."""
    years = np.asarray(p.years)
    v = np.asarray(values, float)
    last = p.last_actual_year
    out = [Layer("line", t("actual", lang), _t(np.where(years <= last, v, np.nan)), colour)]
    if (years > last).any():
        out.append(Layer("line", t("projection", lang), _t(np.where(years >= last, v, np.nan)), colour, dash=True))
    return out


def _set(p, set_id: str | None) -> str:
    return registry.judged_set(p.scenario, set_id)


def _of_kind(set_id: str, kind: str, horizon: int):
    return [x for x in registry.targets(set_id).values() if x.kind == kind and x.year <= horizon]


# ---- GRDP, growth --------------------------------------------------------------------------------
def grdp_nominal(p, lang: str = "vi", set_id: str | None = None) -> Chart:
    """GRDP at current prices (trillion VND), actual and projected, with each multiple target of
    the set as the path N(B)·m^((t−B)/(T−B)) from its base year: a band for a range (2.5–3×),
    a dashed line for a floor (≥ 2×)."""
    need_projection(p, "p")
    years = np.asarray(p.years)
    nom = p.grdp_nominal.to_numpy() / 1000
    layers = _split(p, nom, INK, lang)
    for x in _of_kind(_set(p, set_id), "multiple", p.horizon):
        if x.base_year not in p.grdp_nominal.index:
            continue
        frac = (years - x.base_year) / (x.year - x.base_year)
        inside = (years >= x.base_year) & (years <= x.year)
        n0 = float(p.grdp_nominal.at[x.base_year]) / 1000
        hi = x.high if np.isfinite(x.high) else np.nan
        label = t("ch_band" if np.isfinite(hi) else "ch_floor", lang, lo=fmt.plain(x.low, lang),
                  hi=fmt.plain(hi, lang) if np.isfinite(hi) else "", base=x.base_year, year=x.year)
        low = np.where(inside, n0 * x.low ** frac, np.nan)
        if np.isfinite(hi):
            layers.insert(0, Layer("span", label, _t(np.where(inside, n0 * hi ** frac, np.nan)), ACCENT,
                                   low=_t(low), fill=True, opacity=0.2))
        else:
            layers.append(Layer("line", label, _t(low), ACCENT, dash=True))
    return Chart("grdp_nominal", t("g_nominal", lang), t("ch_trn_current", lang), _years(p), tuple(layers),
                 x_title=t("year", lang), source=_source(p, lang), digits=1, height=340)


def _growth_targets(p, set_id: str | None):
    return [x for x in _of_kind(_set(p, set_id), "average_growth", p.horizon) if x.base_year in p.grdp_real.index]


def grdp_real(p, lang: str = "vi", set_id: str | None = None) -> Chart:
    """GRDP at constant 2010 prices (trillion VND) with each average-growth target of the set as
    the path R(B)·(1 + g)^(t−B) from its base year B to its year."""
    need_projection(p, "p")
    years = np.asarray(p.years)
    layers = _split(p, p.grdp_real.to_numpy() / 1000, UP, lang)
    for x in _growth_targets(p, set_id):
        inside = (years >= x.base_year) & (years <= x.year)
        r0 = float(p.grdp_real.at[x.base_year]) / 1000
        path = np.where(inside, r0 * (1 + x.low / 100) ** (years - x.base_year), np.nan)
        layers.append(Layer("line", t("ch_path", lang, g=fmt.plain(x.low, lang), base=x.base_year, year=x.year),
                            _t(path), ACCENT, dash=True))
    return Chart("grdp_real", t("g_real", lang), t("ch_trn_constant", lang), _years(p), tuple(layers),
                 x_title=t("year", lang), source=_source(p, lang), digits=1, height=340)


def growth(p, lang: str = "vi", set_id: str | None = None) -> Chart:
    """Real GRDP growth by year (% a year, constant 2010 prices), projected years faded, with
    each average-growth target of the set as a dashed level over its years."""
    need_projection(p, "p")
    years = np.asarray(p.years)
    g = 100 * p.growth_real.to_numpy()
    layers = [Layer("bar", t("g_growth_short", lang), _t(g), INK)]
    for x in _growth_targets(p, set_id):
        inside = (years > x.base_year) & (years <= x.year)
        layers.append(Layer("line", t("ch_growth_target", lang, g=fmt.plain(x.low, lang), b=x.first_year, year=x.year),
                            _t(np.where(inside, x.low, np.nan)), ACCENT, dash=True))
    return Chart("growth", t("g_growth", lang), t("ch_pct_year", lang), _years(p), tuple(layers),
                 x_title=t("year", lang), source=_source(p, lang), digits=2, last_actual=p.last_actual_year,
                 height=280, note=t("ch_faded", lang, last=p.last_actual_year))


# ---- structure -----------------------------------------------------------------------------------
def _share_targets(set_id: str, horizon: int) -> tuple[dict[str, float], str | None]:
    """The set's share targets by sector (and manufacturing), and the sector product taxes are
    folded into when the set reads its shares that way (NQ 291: services with taxes)."""
    out, folded = {}, None
    for x in registry.targets(set_id).values():
        if x.year > horizon:
            continue
        if x.kind == "share":
            out[x.measure.partition(":")[2]] = x.low
        elif x.kind == "share_with_taxes":
            folded = x.measure.partition(":")[2]
            out[folded] = x.low
    return out, folded


def structure_path(p, lang: str = "vi", set_id: str | None = None) -> Chart:
    """Each sector's share of GRDP at current prices year by year (actual solid, projected
    dashed), the set's 2030 targets as diamonds."""
    need_projection(p, "p")
    sid = _set(p, set_id)
    tg, folded = _share_targets(sid, p.horizon)
    shares = 100 * p.shares
    if folded:
        shares = shares.assign(**{folded: shares[folded] + shares["product_taxes"]}).drop(columns="product_taxes")
    years = np.asarray(p.years)
    last = p.last_actual_year
    layers, diamonds = [], False
    for s in shares.columns:
        name = _sector_name(s, folded, lang)
        v = shares[s].to_numpy()
        layers.append(Layer("line", name, _t(np.where(years <= last, v, np.nan)), BY_ID[s].colour))
        if (years > last).any():
            layers.append(Layer("line", "", _t(np.where(years >= last, v, np.nan)), BY_ID[s].colour, dash=True))
        if s in tg and 2030 in set(years.tolist()):
            layers.append(Layer("point", "", _t(np.where(years == 2030, tg[s], np.nan)), BY_ID[s].colour,
                                shape="diamond"))
            diamonds = True
    # the diamonds said only where drawn: a set without share targets (the Ministry's draft) has none
    return Chart("structure_path", t("s_share", lang), t("ch_pct_grdp", lang), _years(p), tuple(layers),
                 x_title=t("year", lang), source=_source(p, lang), digits=2, height=380,
                 note=t("ch_structure_note" if diamonds else "ch_structure_note_plain", lang))


def _sector_name(s: str, folded: str | None, lang: str) -> str:
    if s == "manufacturing":
        return t("ch_manufacturing", lang)
    name = sector_label(s, lang, short=True)
    return t("ch_with_taxes", lang, sector=name) if s == folded else name


def structure(p, lang: str = "vi", set_id: str | None = None) -> Chart:
    """Shares of GRDP at current prices (%) in 2020, the last actual year and 2030 (or the
    horizon), and the set's 2030 targets; manufacturing (of industry-construction) beside the
    sectors, measured as the targets are judged (`model.registry.measure`)."""
    need_projection(p, "p")
    sid = _set(p, set_id)
    tg, folded = _share_targets(sid, p.horizon)
    arrays = registry.ProjectionArrays(p)
    cats = [s for s in SECTOR_IDS if not (folded and s == "product_taxes")] + ["manufacturing"]
    measure = {s: ("share_with_taxes:" if s == folded else "share:") + s for s in cats}
    first, last = int(p.years[0]), p.last_actual_year
    end = 2030 if p.horizon >= 2030 else p.horizon
    columns = [(first, "#a8dadc"), (last, "#457b9d")] + ([(end, INK)] if end > last else [])
    layers = []
    for year, colour in dict.fromkeys(columns):
        v = [float(registry.measure(arrays, measure[s], year)[0]) for s in cats]
        kind = t("actual", lang) if year <= last else t("projection", lang)
        layers.append(Layer("bar", f"{year} ({kind.lower()})", _t(v), colour,
                            text=tuple(fmt.num(x, lang, 1) for x in v)))
    if tg:
        v = [tg.get(s, np.nan) for s in cats]
        layers.append(Layer("bar", t("s_target", lang), _t(v), ACCENT,
                            text=tuple(fmt.plain(x, lang) if np.isfinite(x) else "" for x in v)))
    return Chart("structure", t("s_structure", lang), t("ch_pct_grdp", lang),
                 tuple(_sector_name(s, folded, lang) for s in cats), tuple(layers), source=_source(p, lang),
                 digits=1, height=340, note=t("ch_manufacturing_note", lang))


# ---- contributions -------------------------------------------------------------------------------
def contributions(p, lang: str = "vi") -> Chart:
    """Each sector's contribution to real GRDP growth (percentage points) stacked by year, real
    growth as a dot; projected years faded."""
    need_projection(p, "p")
    c = p.contributions_pp
    layers = [Layer("bar", sector_label(s, lang, short=True), _t(c[s].to_numpy()), BY_ID[s].colour, stack=True)
              for s in SECTOR_IDS]
    layers.append(Layer("point", t("c_total_dot", lang), _t(100 * p.growth_real.to_numpy()), "#000000"))
    return Chart("contributions", t("c_contrib", lang), t("ch_pp", lang), _years(p), tuple(layers),
                 x_title=t("year", lang), source=_source(p, lang), digits=2, last_actual=p.last_actual_year,
                 height=380, note=t("ch_faded", lang, last=p.last_actual_year))


# ---- investment ----------------------------------------------------------------------------------
def investment(need: pd.DataFrame, record: pd.DataFrame, lang: str = "vi", source: str = "") -> Chart:
    """Total social investment (billion VND, current prices): what the path needs at the central
    ICOR (the organic part and the named projects' own capital, stacked) against the published
    record (diamonds), every year from the first record to the horizon (a year with no figure
    is a gap, not skipped). ``need`` is `model.investment.required_investment`, ``record``
    `model.investment.investment_record`."""
    years = tuple(range(int(min(record.index.min(), need.index.min())), int(need.index.max()) + 1))
    org = need["organic_central"].reindex(years)
    proj = need["projects"].reindex(years)
    rec = record["investment_bn"].reindex(years)
    from .views import projects_drawn

    layers = [Layer("bar", t("inv_organic", lang), _t(org), "#457b9d", stack=True)]
    # projects too small to see as a bar are said in words instead (`views.projects_small_text`)
    if projects_drawn(need):
        layers.append(Layer("bar", t("inv_projects", lang), _t(proj), ACCENT, stack=True))
    layers.append(Layer("point", t("inv_record", lang), _t(rec), INK, shape="diamond"))
    return Chart("investment", t("ch_investment", lang), t("inv_chart_y", lang), years, tuple(layers),
                 x_title=t("year", lang), source=source, digits=0, height=300)


# ---- several scenarios ---------------------------------------------------------------------------
def compare(projections: Mapping[str, object], what: str, lang: str = "vi") -> Chart:
    """One measure (``grdp_nominal``, ``grdp_real``, ``growth``) for several scenarios, one
    colour each (in order), over the union of their years."""
    for name, p in projections.items():
        need_projection(p, f"projections[{name!r}]")
    years = sorted({int(y) for p in projections.values() for y in p.years})
    unit = {"grdp_nominal": ("g_nominal", "ch_trn_current", 1), "grdp_real": ("g_real", "ch_trn_constant", 1),
            "growth": ("g_growth", "ch_pct_year", 2)}[what]
    layers = []
    for k, (name, p) in enumerate(projections.items()):
        s = {"grdp_nominal": p.grdp_nominal / 1000, "grdp_real": p.grdp_real / 1000,
             "growth": 100 * p.growth_real}[what].reindex(years)
        layers.append(Layer("line", str(name), _t(s), SCENARIO_COLOURS[k % len(SCENARIO_COLOURS)]))
    return Chart(f"compare_{what}", t(unit[0], lang), t(unit[1], lang), tuple(years), tuple(layers),
                 x_title=t("year", lang), digits=unit[2], height=300)


def waterfall(table: pd.DataFrame, outcome: str, lang: str = "vi", a: str = "A", b: str = "B",
              name_a: str = "", name_b: str = "", source: str = "") -> Chart:
    """The difference between two scenarios in one 2030 outcome, step by step
    (`model.attribution.attribute`): A's value, each changed assumption's step (up green, down
    red), B's value; the value axis cut to the steps (`views.waterfall_span`), the key of A and B
    with the scenarios' names under the title."""
    from .views import compare_row_label, split_shown, waterfall_frame, waterfall_span

    w = waterfall_frame(table, outcome, lang, a, b)
    lo, hi = waterfall_span(w)
    kind = {"level": MUTED, "up": UP, "down": DOWN}
    digits = 0 if hi - lo > 50 else 2
    # the steps as labelled add up from A's label to B's, as the table beside (`views.split_shown`)
    steps, _ = split_shown(table, outcome, digits)
    text = [fmt.num(w["end"].iloc[0], lang, digits), *(fmt.num(x, lang, digits, sign=True) for x in steps),
            fmt.num(w["end"].iloc[-1], lang, digits)]
    key = "; ".join(f"{k} = {n}" for k, n in ((a, name_a), (b, name_b)) if n)
    start = np.maximum(w["start"].to_numpy(float), lo)   # a level's bar starts at the axis' left edge
    return Chart(f"waterfall_{outcome}", t("at_chart", lang, outcome=compare_row_label(outcome, lang), a=a, b=b),
                 compare_row_label(outcome, lang), tuple(str(x) for x in w["label"]),
                 (Layer("span", "", _t(w["end"]), MUTED, low=_t(start), colours=tuple(kind[k] for k in w["kind"]),
                        text=tuple(text)),),
                 source=source, digits=digits, horizontal=True, zero=False, domain=(lo, hi), legend=False,
                 height=28 * len(w) + 20, note=key)


# ---- quarters ------------------------------------------------------------------------------------
def quarterly(frame: pd.DataFrame, year: int, lang: str = "vi", source: str = "") -> Chart:
    """Growth of each quarter of ``year`` on the same quarter a year before (%), by sector in
    its colour and GRDP in black; ``frame`` is `model.quarterly.Quarterly.year(year)`."""
    from ..quarterly import QUARTERS, TOTAL

    layers = []
    for s in (TOTAL, *SECTOR_IDS):
        f = frame[frame["sector"] == s].set_index("quarter")["growth_pct"].reindex(QUARTERS)
        layers.append(Layer("line", t("qt_grdp", lang) if s == TOTAL else sector_label(s, lang, short=True),
                            _t(f), "#222222" if s == TOTAL else BY_ID[s].colour))
    return Chart("quarterly", t("qt_chart", lang, year=year), t("qt_axis", lang),
                 tuple(t(f"qt_q{k}", lang) for k in QUARTERS), tuple(layers), source=source, digits=2, height=300)


# ---- uncertainty ---------------------------------------------------------------------------------
def fan(view: pd.DataFrame, measure_title: str, unit: str, lang: str = "vi", source: str = "",
        digits: int = 1, chart_id: str = "fan") -> Chart:
    """A fan (`model.report.risk.fan_view`): the 5–95 % and 25–75 % bands, the median dashed, and
    the scenario's own path in black."""
    years = tuple(int(y) for y in view["year"])
    layers = [Layer("span", t("ch_band_90", lang), _t(view["p95"]), FAN, low=_t(view["p5"]), fill=True, opacity=0.18),
              Layer("span", t("ch_band_50", lang), _t(view["p75"]), FAN, low=_t(view["p25"]), fill=True, opacity=0.35),
              Layer("line", t("rk_p50", lang), _t(view["p50"]), FAN, dash=True)]
    if "central" in view:
        layers.append(Layer("line", t("rk_central", lang), _t(view["central"]), "#222222"))
    return Chart(chart_id, measure_title, unit, years, tuple(layers), x_title=t("year", lang), source=source,
                 digits=digits, zero=False, height=280)


def fan_of(result, measure: str, lang: str = "vi", source: str = "") -> Chart:
    """The fan of one measure of a `model.uncertainty.RiskResult` (`model.report.risk`'s
    names and units for it), digits as the measure is shown."""
    from .risk import FAN_LABEL, FAN_UNIT, fan_view

    view, unit = fan_view(result, measure), t(FAN_UNIT[measure], lang)
    digits = {"per_capita_mvnd": 1}.get(measure, 2)
    if measure in ("grdp_nominal_bn", "grdp_real_bn"):
        # GRDP in trillion VND, as on the Growth page and its slide
        cols = [c for c in ("p5", "p25", "p50", "p75", "p95", "central") if c in view]
        view = view.assign(**{c: view[c] / 1000 for c in cols})
        unit, digits = t("ch_trn_current" if measure == "grdp_nominal_bn" else "ch_trn_constant", lang), 1
    return fan(view, t(FAN_LABEL[measure], lang), unit, lang, source=source, digits=digits, chart_id=f"fan_{measure}")


def frontier(table: pd.DataFrame, title: str, cap_title: str, digits: int, lang: str = "vi",
             chart_id: str = "frontier", target=None) -> Chart:
    """The highest average growth 2021–2030 (% a year) under each cap (`model.solver.frontier`),
    the growth target on that same measure dashed at its level: ``target``
    (`model.target_sets.growth_target`: a set's own, its bound carried to 2021–2030 when it is
    over 2026–2030), else the programme's above 9 %."""
    if target is not None and target.target.base_year != target.base:
        x = target.target
        short = registry.set_info(target.set_id)["short_en" if lang == "en" else "short_vi"]
        label = t("ch_target_set_level", lang, set=short, g=printed_target(x.comparator, x.low, x.high, lang),
                  y0=x.first_year, y1=x.year, e=fmt.num(target.equal, lang, 2))
        target = target.equal
    else:
        target = registry.get("grdp_growth_avg").low if target is None else target.equal
        label = t("ch_target_level", lang, g=fmt.plain(target, lang))
    cats = tuple(fmt.num(c, lang, digits) for c in table.index)
    g = table["growth_pct"].to_numpy(float)
    return Chart(chart_id, title, t("fr_growth", lang), cats,
                 (Layer("line", t("fr_growth", lang), _t(g), INK),
                  Layer("line", label, _t(np.full(len(g), target)), DOWN, dash=True)),
                 x_title=cap_title, digits=2, zero=False, height=280)


def tornado(view: pd.DataFrame, title: str, lang: str = "vi", source: str = "", unit: str = "",
            digits: int = 2) -> Chart:
    """Each assumption from its low to its high end (`model.report.risk.tornado_view`), ranked,
    the central value said in the note; ``unit`` the outcome's (`model.report.strings.target_unit`:
    "%/năm", "lần"), on the value axis and beside the central value, ``digits`` its decimals."""
    c = float(view["central"].iloc[0]) if len(view) else float("nan")
    y_title = f"{title} ({unit})" if unit else title
    central = f"{fmt.num(c, lang, digits)} {unit}" if unit else fmt.num(c, lang, digits)
    return Chart("tornado", title, y_title, tuple(str(x) for x in view["label"]),
                 (Layer("span", "", _t(view["high"]), FAN, low=_t(view["low"]), opacity=0.75),),
                 source=source, digits=digits, horizontal=True, zero=False, legend=False,
                 height=max(120, 34 * len(view)), note=t("ch_central", lang, v=central),
                 rule=c)


# bin widths a reader counts in (% a year): 1-2-2.5-5 in each decade
_BIN_STEPS = tuple(m * 10.0 ** e for e in range(-2, 3) for m in (1, 2, 2.5, 5))


def histogram_bins(values: np.ndarray, target: float, most: int = 60) -> tuple[np.ndarray, np.ndarray, float]:
    """Counts, edges and width of bins of ``values`` (% a year) at a round width (the narrowest of
    `_BIN_STEPS` giving at most ``most`` bins), with ``target`` on an edge: the bar that begins
    at the target holds the draws from it up to the next edge, so the bars from it on are the
    draws that meet it (bins of the data's own range put 9 % inside a bar labelled "9,16", or
    nowhere when every draw was above it)."""
    x = np.asarray(values, float)
    x = x[np.isfinite(x)]
    # the range holds the target too: a distribution wholly above or below it still shows where
    # it stands (an empty bar, marked)
    lo, hi = (min(float(x.min()), target), max(float(x.max()), target)) if x.size else (target, target)
    # aligning on the target adds at most two bins to the range's
    step = next((s for s in _BIN_STEPS if (hi - lo) / s <= most - 2), _BIN_STEPS[-1])
    # (8.95 − 9) / 0.01 is −5.000000000000071: round off the division's error, then step out
    # where an edge so found would leave the lowest or highest value outside
    k0, k1 = int(np.floor((lo - target) / step + 1e-9)), int(np.ceil((hi - target) / step - 1e-9))
    k0 -= target + k0 * step > lo
    k1 += target + k1 * step <= hi   # the last edge closes its bin: a value on it needs one more
    edges = target + step * np.arange(k0, max(k1, k0 + 1) + 1)
    counts, _ = np.histogram(x, bins=edges)
    return counts, edges, step


def histogram(values: np.ndarray, target: float, lang: str = "vi", most: int = 60,
              period: tuple[int, int] = (2021, 2030)) -> Chart:
    """The distribution of average growth over ``period`` (first and last year: 2021–2030 for
    the programme's target, 2026–2030 for the plan's) over the draws, in bars of a round width
    (`histogram_bins`), each labelled by where it begins; the bar beginning at the target marked."""
    counts, edges, step = histogram_bins(values, target, most)
    digits = len(f"{step:g}".partition(".")[2])   # the decimals the width is written with: 0.25 → 2
    cats = tuple(fmt.num(e, lang, digits) for e in edges[:-1])
    at = np.where(np.isclose(edges[:-1], target), counts, np.nan)
    y0, y1 = period
    return Chart("histogram", t("rk_hist_title", lang, y0=y0, y1=y1), t("rk_hist_y", lang), cats,
                 (Layer("bar", t("rk_hist_y", lang), _t(counts), FAN, opacity=0.8),
                  Layer("point", t("ch_target_bin", lang, g=fmt.plain(target, lang)), _t(at), ACCENT, shape="diamond")),
                 x_title=t("rk_hist_x", lang, y0=y0, y1=y1), digits=0, height=240)


def titled(chart: Chart, scenario_title: str) -> Chart:
    """``chart`` with the scenario's name before its title (a file outside the app)."""
    from dataclasses import replace

    return replace(chart, title=f"{scenario_title}: {chart.title}")


# the charts of one projection that the Export page, `python -m model run` and the deck offer
FILES = ("grdp_nominal", "grdp_real", "growth", "structure", "contributions")
PROJECTION = {"grdp_nominal": grdp_nominal, "grdp_real": grdp_real, "growth": growth, "structure": structure,
              "structure_path": structure_path, "contributions": lambda p, lang="vi", set_id=None: contributions(p, lang)}


def of_projection(p, name: str, lang: str = "vi", set_id: str | None = None) -> Chart:
    """One of `PROJECTION`'s charts of a projection."""
    if name not in PROJECTION:
        raise ValueError(f"name: one of {', '.join(PROJECTION)}, not {name!r:.40}")
    return PROJECTION[name](p, lang, set_id)


def targets_drawn(p, name: str, set_id: str | None = None) -> bool:
    """Whether `of_projection(p, name)` draws a target of the set, as the chart itself decides:
    the multiple on GRDP at current prices, the shares on the structure (the Ministry of
    Finance's draft has neither); the other charts' words name no target they may lack."""
    sid = _set(need_projection(p, "p"), set_id)
    if name == "grdp_nominal":
        return bool(_of_kind(sid, "multiple", p.horizon))
    if name == "structure":
        return bool(_share_targets(sid, p.horizon)[0])
    return True


__all__ = ["Chart", "Layer", "FILES", "PROJECTION", "of_projection", "grdp_nominal", "grdp_real", "growth",
           "structure", "structure_path", "contributions", "investment", "compare", "waterfall", "quarterly",
           "fan", "fan_of", "frontier", "titled", "tornado", "histogram", "histogram_bins", "targets_drawn"]
