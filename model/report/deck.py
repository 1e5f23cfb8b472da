"""The briefing deck: a 16:9 PowerPoint file with native charts (their data inside, so that an
officer can restyle them), built from one or more scenarios.

Slides: the title (scenario, date, data vintage, target set); the scorecard (each modelled
target with its probability); GRDP at current prices against the set's multiple target, and its
fan; real growth against the set's growth target; the structure in 2020, the last actual year
and 2030 against the set's targets; the contributions to growth; the projects and what each adds
(`model.analysis.project_effects`; ten a slide at most, over as many slides as they need); the
investment need against the record; what 2026–2030 must deliver for the Resolution 26 targets;
the solver's answer when the file has a ``[solve]`` table; a comparison when several scenarios
are given. Every chart is a `model.report.charts.Chart`, the app's own, drawn natively by
`Deck.draw`. Colours are explicit (LibreOffice drops theme colours), text is NFC in a font with
every Vietnamese glyph, every axis says its unit and every slide has a source line.

Glossary: bản trình bày = deck; trang = slide; nguồn = source.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .. import registry
from ..params import whole_year
from ..growth import simulate
from ..scenario import Scenario, need_scenario
from . import fmt
from .pptx_chart import (FONT, INK, MUTED, axis_format, chart_series, combine, hide_legend_entries, nfc, number_format,
                         style_series)
from .strings import noun, status_label, t

WIDE, HIGH = 13.333, 7.5     # inches: 16:9
COVER_TITLE = 1.9   # inches: the cover's title box, the line under it below


def title_size(text: str, width: float, height: float, sizes=(32, 28, 24, 20, 16)) -> int:
    """The largest of ``sizes`` (points) at which ``text`` in bold Arial fits ``width`` ×
    ``height`` inches: a character about 0.55 of the size wide, a line 1.2 of it high, each
    line broken at a word (a word longer than a line where the line ends, as the viewers do)."""
    for size in sizes:
        per_line = max(1, int(width * 72 / (0.55 * size)))
        lines, used = 1, 0
        for word in text.split():
            need = len(word) + (1 if used else 0)
            if used and used + need > per_line:
                lines, used = lines + 1, len(word)
            else:
                used += need
            while used > per_line:   # a word past the line's end goes on to the next
                lines, used = lines + 1, used - per_line
        if lines * size * 1.2 / 72 <= height:
            return size
    return sizes[-1]


# the comparison slide's difference columns (Δ B−A, …) while the scenarios are this many at
# most: 1 + 1 + 4 + 3 columns fit 12 inches at 11 points; beyond, the values alone
COMPARED_WITH_DELTAS = 4
SLIPS_SHOWN = 3   # projects on the slide "if a project slips": three rows each, nine in a table that fits
SOLVE_ROWS, SOLVE_MORE_ROWS = 8, 12   # the solver's targets beside its paths, and on a slide of their own
PROJECT_ROWS = 10  # rows of the projects table a slide holds (long names on two lines clear of the source line)



class Deck:
    """A presentation being built (python-pptx, imported when one is made)."""

    def __init__(self, lang: str, source: str):
        from pptx import Presentation
        from pptx.util import Inches

        self.lang, self.source = lang, source
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Inches(WIDE), Inches(HIGH)
        self.blank = self.prs.slide_layouts[6]

    # ---- text ------------------------------------------------------------------------------
    def _text(self, slide, text: str, x: float, y: float, w: float, h: float, size: int = 14, bold: bool = False,
              colour: str = INK):
        from pptx.dml.color import RGBColor
        from pptx.util import Inches, Pt

        box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = box.text_frame
        tf.word_wrap = True
        for k, line in enumerate(str(text).split("\n")):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            run = p.add_run()
            run.text = nfc(line)
            run.font.size, run.font.bold, run.font.name = Pt(size), bold, FONT
            run.font.color.rgb = RGBColor.from_string(colour)
        return box

    def slide(self, title: str, cover: bool = False):
        """A new slide with its title and the source line at the foot. The ``cover`` slide's
        title is the scenario's own (up to 200 characters: four lines at 26 points ran over the
        line under it), in a box of 1.9 inches at the largest size whose lines fit it."""
        s = self.prs.slides.add_slide(self.blank)
        if cover:
            self._text(s, title, 0.5, 0.3, WIDE - 1.0, COVER_TITLE, size=title_size(title, WIDE - 1.0, COVER_TITLE),
                       bold=True)
        else:
            self._text(s, title, 0.5, 0.3, WIDE - 1.0, 0.8, size=26, bold=True)
        self._text(s, self.source, 0.5, HIGH - 0.55, WIDE - 1.0, 0.4, size=10, colour=MUTED).name = "source"
        return s

    def table(self, slide, frame: pd.DataFrame, x: float = 0.5, y: float = 1.3, w: float = WIDE - 1.0,
              size: int = 12, first: float | None = None, h: float | None = None):
        """``frame`` as a table; ``first``: the first column's share of the width (the others
        share the rest alike), where its names are long beside short numbers; ``h``: the height
        (inches) it must keep within, each row given its share (0.36 inch at most) and thinner
        margins (a row whose text takes two lines still grows to hold it)."""
        from pptx.dml.color import RGBColor
        from pptx.util import Inches, Pt

        rows, cols = len(frame) + 1, len(frame.columns)
        row_h = 0.36 if h is None else min(0.36, h / rows)
        shape = slide.shapes.add_table(rows, cols, Inches(x), Inches(y), Inches(w), Inches(row_h * rows))
        tbl = shape.table   # (python-pptx shares the height among the rows alike)
        if first is not None and cols > 1:
            tbl.columns[0].width = Inches(w * first)
            for j in range(1, cols):
                tbl.columns[j].width = Inches(w * (1 - first) / (cols - 1))
        for j, c in enumerate(frame.columns):
            tbl.cell(0, j).text = nfc(c)
        for i, (_, r) in enumerate(frame.iterrows(), start=1):
            for j, v in enumerate(r):
                tbl.cell(i, j).text = nfc(v)
        for i in range(rows):
            for j in range(cols):
                for p in tbl.cell(i, j).text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size, run.font.name = Pt(size), FONT
                        run.font.bold = i == 0
                        run.font.color.rgb = RGBColor.from_string("FFFFFF" if i == 0 else INK)
                if h is not None:   # thinner margins, so that a row holds its text in its share
                    tbl.cell(i, j).margin_top = tbl.cell(i, j).margin_bottom = Inches(0.03)
                tbl.cell(i, j).fill.solid()
                tbl.cell(i, j).fill.fore_color.rgb = RGBColor.from_string(INK if i == 0 else ("F1F3F5" if i % 2 else "FFFFFF"))
        return shape

    # ---- charts ----------------------------------------------------------------------------
    def draw(self, slide, chart, x: float = 0.5, y: float = 1.2, w: float = WIDE - 1.0, h: float = HIGH - 2.0):
        """``chart`` (a `model.report.charts.Chart`) as one native chart with its data inside.

        python-pptx makes one chart type at a time, so every series is made in the first type
        and the others are moved into their own plot on the same axes (bars, then bands as
        stacked areas over an invisible base, then lines and marks on top): one chart, as on
        screen. A span is its low end (invisible) and its width stacked on it; nested bands
        (a fan) are cut into slices. Colours are explicit, a fill's opacity mixed with white
        (LibreOffice ignores theme colours and transparency varies by viewer)."""
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
        from pptx.oxml.xmlchemy import OxmlElement
        from pptx.oxml.ns import qn
        from pptx.util import Inches, Pt

        series, plots = chart_series(chart)
        data = CategoryChartData(number_format=number_format(chart.digits))
        data.categories = [nfc(c) for c in chart.categories]
        for sr in series:
            data.add_series(nfc(sr["name"]), [None if v is None or not np.isfinite(v) else float(v) for v in sr["values"]])
        kinds = {("bar", False): XL_CHART_TYPE.COLUMN_CLUSTERED, ("bar", True): XL_CHART_TYPE.BAR_CLUSTERED,
                 ("stacked", False): XL_CHART_TYPE.COLUMN_STACKED, ("stacked", True): XL_CHART_TYPE.BAR_STACKED,
                 ("area", False): XL_CHART_TYPE.AREA_STACKED, ("line", False): XL_CHART_TYPE.LINE_MARKERS}
        first = series[0]["plot"]
        gf = slide.shapes.add_chart(kinds[(first, chart.horizontal and first in ("bar", "stacked"))], Inches(x), Inches(y),
                                    Inches(w), Inches(h - (0.35 if chart.note else 0)), data)
        ch = gf.chart
        # the slide's title is the chart's: a chart of one series (growth with no target) was
        # given its series' name as a title of its own by PowerPoint and LibreOffice alike
        ch.has_title = False
        combine(ch, series, plots)
        # a year with no value is a gap (an area chart's template says "zero": a line to 0)
        blanks = ch._chartSpace.chart.find(qn("c:dispBlanksAs"))
        if blanks is not None:
            blanks.set("val", "gap")
        ch.font.name, ch.font.size = FONT, Pt(12)
        shown = [sr for sr in series if sr["legend"]]
        ch.has_legend = bool(chart.legend and shown)
        if ch.has_legend:
            ch.legend.position, ch.legend.include_in_layout = XL_LEGEND_POSITION.TOP, False
            hide_legend_entries(ch, [k for k, sr in enumerate(series) if not sr["legend"]])
        va = ch.value_axis
        va.has_title = True
        va.axis_title.text_frame.text = nfc(chart.y_title)
        step, code = axis_format(chart, self.lang)
        va.tick_labels.number_format, va.tick_labels.number_format_is_linked = code, False
        if step is not None:
            va.major_unit = step
        va.has_major_gridlines = True
        if chart.domain:
            va.minimum_scale, va.maximum_scale = map(float, chart.domain)
        if chart.horizontal:
            ch.category_axis.reverse_order = True   # the first step at the top, as on screen
        # the categories' labels at the plot's low edge: where a value is below zero, at the
        # crossing they sat on the bars (the contributions' 2022, a late project's negative
        # growth) and inside the plot
        ch.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
        years = chart.labelled_years()
        if years and chart.categories[0] % 5 == 0:
            # a long horizon: every fifth year labelled from 2020, as on screen (2030 and 2050
            # among them); PowerPoint can only skip at a fixed step from the first category
            for ax in ch._chartSpace.xpath(".//c:catAx"):
                skip = OxmlElement("c:tickLblSkip")
                skip.set("val", "5")
                ax.insert_element_before(skip, "c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst")
        by_name = {}
        for plot in ch.plots:
            for s_ in plot.series:
                by_name[s_.index] = s_
        for k, sr in enumerate(series):
            style_series(by_name[k], sr, chart)
        if chart.note:
            self._text(slide, chart.note, x, y + h - 0.35, w, 0.35, size=11, colour=MUTED)
        return gf


def _cut(text: str, n: int) -> str:
    """``text`` in at most ``n`` characters, an ellipsis where it is cut."""
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def quarterly_slide_year(p, quarter_year: int | None = None) -> int | None:
    """The year of the deck's quarterly slide for projection ``p``: ``quarter_year``, which must
    be one of its years after the first (ValueError; a year as text, "2027", or 2027.5 a
    TypeError, where int() read the one and cut the other), else the first projected year; None
    when the projection ends with its last actual year (no slide)."""
    first, last = int(p.years[1]), int(p.horizon)
    if quarter_year is not None:
        year = whole_year(quarter_year, "quarter_year")
        if not first <= year <= last:
            raise ValueError(f"quarter_year {year}: a year from {first} to {last}")
        return year
    return p.last_actual_year + 1 if p.last_actual_year < last else None


def file_name(scenarios: Sequence[Scenario], suffix: str = ".pptx") -> str:
    """The deck's file name from the scenarios it briefs: ``a.pptx`` for one, ``a_vs_b.pptx``
    for two (the briefed one first), ``a_vs_b_and_2_more.pptx`` beyond; at most 150 characters
    (two names of 64 and the words): a planner who takes two comparisons to a meeting gets two
    files that say which is which, where "compare.pptx" twice became "compare (1).pptx".
    ``suffix``: the same name for another file of the comparison (the Compare page's ".xlsx")."""
    names = [sc.name for sc in scenarios]
    if not names:
        raise ValueError("a deck briefs at least one scenario")
    stem = names[0] if len(names) == 1 else f"{names[0]}_vs_{names[1]}"
    if len(names) > 2:
        stem += f"_and_{len(names) - 2}_more"
    return f"{stem}{suffix}"


def build(history, scenarios: Sequence[Scenario], lang: str = "vi", set_id: str | None = None,
          draws: int = 10_000, today: dt.date | None = None, quarter_year: int | None = None, *,
          seed: int = 0, sources: Iterable[str] | None = None, scale: Mapping[str, float] | None = None,
          quarter_rest: tuple[int, float, float] | None = None) -> bytes:
    """The deck for ``scenarios`` (the first is the one briefed; the others are compared).
    ``quarter_year``: the year of the quarterly slide, one of the briefed projection's years after
    its first (default: the first projected year; in December the planner reports the next).
    ``draws``, ``seed``, ``sources`` (default all) and ``scale``: the stochastic simulation of
    the probabilities and the fan (`model.uncertainty.run`); the defaults are the app's and
    `risk`'s, so that the deck's probabilities are those on the screen (the same seed gives the
    same draws). ``draws=0``: no probabilities and no fan. ``quarter_rest``: (quarters done,
    their cumulative GRDP growth in percent, the year's target in percent) of the quarterly
    slide's year, as published or typed on the Quarterly page: the slide then says what the
    remaining quarters need (`model.quarterly.remaining`), the sentence of a quarterly report."""
    from ..consistency import consistency_report
    from ..data import latest_release, vintage
    from ..investment import investment_record, required_investment
    from ..projects import definition, inert_settings, unlisted_ramping
    from ..uncertainty import SOURCES, run
    from ..target_sets import interval
    from .risk import above_items, above_sentence, all_sentence, shown_probability, source_line
    from .findings import finding_text
    from .outcome import compromise_need_text, investment_step_text, solve_text
    from . import charts
    from ..analysis import effect_measures, project_effects, project_variants, started
    from .views import (column_keys, compare_record_text, compare_table, first_year_text, inert_text, project_name,
                        project_names,
                        project_slip_view, project_variants_notes, quarterly_backtest_text, quarterly_view,
                        remaining_text, scorecard,
                        set_title, solved_paths_view, solved_targets_table, text_frame, unlisted_text,
                        va_text)

    # one scenario passed alone got "object of type 'Scenario' has no len()", and a file's path
    # in the list was named "scenario" with no word of which
    if isinstance(scenarios, (str, bytes)) or not isinstance(scenarios, Sequence):
        raise TypeError("scenarios: a list of model.Scenario is needed ([scenario] for one), "
                        f"not {type(scenarios).__name__}")
    for i, one in enumerate(scenarios):
        need_scenario(one, f"scenarios[{i}]")
    if not 1 <= len(scenarios) <= charts.MAX_COMPARED:
        raise ValueError(f"a deck of 1 to {charts.MAX_COMPARED} scenarios (one colour each), not {len(scenarios)}")
    sc = scenarios[0] if not set_id else scenarios[0].with_set(set_id)
    # the set every slide judges by, the compared scenarios too (each file's own set differs:
    # a compared file judged by its own set had no row for the briefed one's headline targets)
    sid = registry.judged_set(sc)
    p = simulate(history, sc)
    title = sc.title_in(lang)
    # the title whole on the cover; on every slide's foot cut at 80 characters (a title of one
    # long word ran off the slide there: a text box breaks a word only where LibreOffice chooses)
    source = t("source", lang, last=p.last_actual_year, title=_cut(title, 80))
    d = Deck(lang, source)

    # 1. title
    s = d.slide(title, cover=True)
    d._text(s, t("dk_sub", lang, date=fmt.day(today or dt.date.today(), lang), vintage=vintage(),
                 released=fmt.day(latest_release(), lang),
                 set=set_title(sid, lang)), 0.5, 0.4 + COVER_TITLE, WIDE - 1.0, 1.4, size=18, colour=MUTED)
    # committed plants the file leaves out by not listing them: the numbers that follow omit
    # their ramp-up, which the reader of the slides must know
    # (and the settings it gives plants at capacity by then, which move nothing)
    last = p.last_actual_year
    said = [x for x in (unlisted_text(unlisted_ramping(sc.projects, last, p.horizon), last, lang, where="document"),
                        inert_text(inert_settings(sc.projects, last), last, lang)) if x]
    if said:
        d._text(s, "\n".join(said), 0.5, 1.9 + COVER_TITLE, WIDE - 1.0, 2.0, size=14)

    # 2. the scorecard with probabilities
    card = scorecard(p, lang, set_id=sid)
    modelled = [i for i in registry.ids(sid) if i in set(card["id"])]
    probs = {}
    if draws and p.horizon >= 2030:
        r = run(history, sc, draws=draws, seed=seed, sources=SOURCES if sources is None else sources, scale=scale)
        probs = {k: v for k, v in r.probabilities.items()}
    rows = card.set_index("id").loc[modelled]
    s = d.slide(t("dk_scorecard", lang, set=set_title(sid, lang, short=True)))
    d.table(s, pd.DataFrame({t("col_indicator", lang): rows["indicator"], t("col_value", lang): rows["value"],
                             # the target with its unit ("> 9 %/năm"): a column of its own made the
                             # table run into the note under it
                             t("col_target", lang): rows["target"] + " " + rows["unit"],
                             t("col_status", lang): rows["status"],
                             # worded as on the pages ("< 0,01 %" where no draw met it, not "0,0 %")
                             t("rk_prob_col", lang): [shown_probability(r, float(probs[i]), lang) if i in probs
                                                      else fmt.DASH for i in modelled]}), size=12,
            first=0.36)   # the indicators' long names on one or two lines, not three beside short cells
    # a level above its band reads "Missed" beside a figure larger than the target's: under the
    # table, what that means (once), each one against its band, and how often the draws are above
    above = [i for i in modelled if rows.at[i, "reason"] == "above"]
    items = [t("dk_above_item", lang, name=rows.at[i, "indicator"], v=rows.at[i, "value"],
               band="–".join(fmt.plain(b, lang) for b in interval(registry.get(i)))) for i in above]
    draws_above = above_items(r, lang) if probs else []
    # the plan's figures beside its growth target, said of levels; a growth "≈" above is plainer
    levels_only = all(registry.get(i).kind in registry.LEVEL_KINDS for i in above)
    lines = [t("dk_above" if levels_only else "dk_above_any", lang, items="; ".join(items))] if items else []
    if p.horizon < 2030:   # a column of dashes "not modelled": why, once
        lines.append(t("dk_short", lang, h=p.horizon, status=status_label("not_modelled", lang)))
    if draws_above:
        lines.append(t("dk_above_draws", lang, items="; ".join(draws_above)) if lines else above_sentence(r, lang))
    if probs:   # all together, and how the probabilities were drawn, as under the Scorecard's table
        lines += [x for x in (all_sentence(r, lang), source_line(r, lang)) if x]
    if lines:
        d._text(s, "\n".join(lines), 0.5, HIGH - 1.65, WIDE - 1.0, 0.8, size=10, colour=MUTED)

    # 3. GRDP at current prices against the set's multiple target, and its fan: the charts of
    # the Growth page and the Uncertainty page (model.report.charts), drawn natively
    # each title says what its chart draws: a set without a multiple of GRDP (the 2026–2030
    # plan) draws no target on it, nor one without shares (the Congress's) on the structure's
    fan_on = bool(draws and p.horizon >= 2030)
    nominal = charts.grdp_nominal(p, lang, sid)
    target = charts.draws_target(nominal)
    s = d.slide(t({(True, True): "dk_grdp", (False, True): "dk_grdp_fan", (True, False): "dk_grdp_target",
                   (False, False): "dk_grdp_path"}[target, fan_on], lang))
    d.draw(s, nominal, w=6.1 if fan_on else WIDE - 1.0)
    if fan_on:
        d.draw(s, charts.fan_of(r, "grdp_nominal_bn", lang), x=6.8, w=6.0)

    # 4. real growth against the set's growth target
    growth = charts.growth(p, lang, sid)
    s = d.slide(t("dk_growth" if charts.draws_target(growth) else "dk_growth_plain", lang))
    d.draw(s, growth)

    # 4b. the first projected year by quarter, in the ministry's layout (the Quarterly page's
    # table): the quarterly growth scenario Government Resolution 01/NQ-CP asks each province for
    year = quarterly_slide_year(p, quarter_year)
    if year is not None:
        from ..quarterly import backtest as quarterly_backtest, quarterly, remaining

        q = quarterly(p)
        # a figure `quarterly` refuses (quarters done 1–3, growth above −100 %) raises ValueError here
        rest = None if quarter_rest is None else remaining(q, year, *quarter_rest)
        s = d.slide(t("dk_quarterly", lang, year=year))
        d.table(s, quarterly_view(q, year, lang).reset_index(), size=12, first=0.2)
        if rest is not None:   # the report's sentence, between the table and the chart
            d._text(s, remaining_text(rest, lang), 0.5, 3.62, WIDE - 1.0, 0.45, size=13, bold=True)
        d.draw(s, charts.quarterly(q.year(year), year, lang), y=3.8 if rest is None else 4.2,
               h=HIGH - 5.25 - (0 if rest is None else 0.4))
        note = (t("dk_quarterly_note", lang, h=fmt.num(100 * q.share_h1, lang, 1)) + " "
                + quarterly_backtest_text(quarterly_backtest(history), lang, short=True))
        d._text(s, note, 0.5, HIGH - 1.4, WIDE - 1.0, 0.6, size=11, colour=MUTED)

    # 5. structure 2020 / last actual / 2030 against the set's targets
    structure = charts.structure(p, lang, sid)
    s = d.slide(t("dk_structure" if charts.draws_target(structure) else "dk_structure_plain", lang))
    d.draw(s, structure)

    # 6. contributions to growth by sector
    s = d.slide(t("dk_contributions", lang))
    d.draw(s, charts.contributions(p, lang))

    # 7. the projects and what each adds (the Projects page's effects: as set, against off)
    effects = project_effects(history, sc)   # on growth over the period the set judges
    g0, g1 = registry.growth_period(sc.targets_set)
    # to a horizon past 2030, each one's effect on GRDP there too (a plant from 2031 adds nothing
    # to growth to 2030); to one before the period's end, on GRDP there alone
    grows, year = effect_measures(sc)
    later = project_effects(history, sc, year) if year else {}
    title = (t("dk_projects_h", lang, h=year, a=g0 + 1, b=g1) if grows and later
             else t("dk_projects", lang, a=g0 + 1, b=g1) if grows else t("dk_projects_only_h", lang, h=year))
    rows = []
    for pid, effect in effects.items():
        setting = sc.projects.get(pid)
        on = setting is not None and setting.on
        if abs(effect if grows else 0.0) < 0.005 and abs(later.get(pid, 0.0)) < 0.005 and not on:
            continue
        pr = definition(sc.projects, pid)
        rows.append({t("wb_project", lang): project_name(pr, lang),
                     t("dk_in_scenario", lang): t("dk_on" if on else "dk_off", lang),
                     t("wb_first_year", lang): first_year_text(pr, setting, lang, p.last_actual_year),
                     t("dk_va", lang): va_text(pr, setting, lang),
                     **({t("dk_effect", lang, a=g0 + 1, b=g1): fmt.num(effect, lang, 2, sign=True)} if grows else {}),
                     **({t("dk_effect_h", lang, h=year): fmt.num(later[pid], lang, 2, sign=True)}
                        if later else {})})
    # a column more past 2030: a point smaller. A file may hold 40 projects and each counted or
    # worth a tenth of a point is a row: PROJECT_ROWS a slide, the slides numbered (1/3), so that
    # no row runs over the source line (fourteen at 2050 did)
    both = grows and bool(later)
    if not rows:   # a horizon a year after the last actual one, nothing on: a table of no column
        s = d.slide(title)
        what = t("dk_what_growth", lang, a=g0 + 1, b=g1) if grows else t("dk_what_h", lang, h=year)
        d._text(s, t("dk_projects_none", lang, what=what), 0.5, 1.3, WIDE - 1.0, 1.0, size=15)
    frame = pd.DataFrame(rows)
    slides = max(1, math.ceil(len(frame) / PROJECT_ROWS))
    per = max(1, math.ceil(len(frame) / slides))   # shared evenly: eleven rows are six and five
    parts = [frame.iloc[k:k + per] for k in range(0, len(frame), per)]
    for k, part in enumerate(parts, start=1):
        s = d.slide(title if len(parts) == 1 else f"{title} ({k}/{len(parts)})")
        d.table(s, part, size=10 if both else 11, first=0.3)

    # 7b. if a project slips (the province's third question; the Projects page's "late or
    # dropped"): the projects the scenario counts that have not started by the last actual year
    # (one that has is in the record: `model.analysis.started`), the largest effects first, each
    # as set, two years later and off, in 2030
    slipping = [pid for pid in effects if (st_ := sc.projects.get(pid)) is not None and st_.on
                and started(history, sc, definition(sc.projects, pid)) is None]
    if slipping and sc.horizon >= 2030:
        if sc.horizon > 2030:
            # to a later horizon, the largest effects on GRDP summed to it: a plant starting after
            # 2030 (the railway in 2031) adds nothing to 2021–2030 growth, and would be left out
            every = {pid: project_variants(history, sc, pid, delays=(2,)) for pid in slipping}
            size = {pid: x.at["on", "horizon_cum_real_bn"] - x.at["off", "horizon_cum_real_bn"] for pid, x in every.items()}
            shown = sorted(slipping, key=lambda pid: -abs(size[pid]))[:SLIPS_SHOWN]
            tables = {pid: every[pid] for pid in shown}
        else:
            shown = sorted(slipping, key=lambda pid: -abs(effects[pid]))[:SLIPS_SHOWN]
            tables = {pid: project_variants(history, sc, pid, delays=(2,)) for pid in shown}
        s = d.slide(t("dk_slip", lang) if sc.horizon <= 2030 else t("dk_slip_h", lang, h=sc.horizon))
        view = project_slip_view(tables, project_names(lang, sc), lang)
        # past 2030 a column more (GRDP in the horizon year): a point smaller, so the nine rows
        # and their wrapped headers stay clear of the note under them
        d.table(s, view, size=10 if sc.horizon > 2030 else 11, first=0.3)
        # the variants' caveats once for the slide (each project's would repeat them): a start
        # after 2030 shows nothing in 2030, a plant ramping up in 2030 counts only its part
        notes = [t("dk_slip_note", lang)] if any(project_variants_notes(x, lang) for x in tables.values()) else []
        if len(slipping) > len(shown):
            notes.append(t("dk_slip_more", lang, n=len(slipping) - len(shown),
                           projects=noun(len(slipping) - len(shown), "project")))
        if notes:
            d._text(s, " ".join(notes), 0.5, HIGH - 1.4, WIDE - 1.0, 0.6, size=11, colour=MUTED)

    # 8. the investment need against the record (the Projects page's chart), the shares said
    s = d.slide(t("dk_investment", lang))
    need = required_investment(p)
    record = investment_record(history)
    if len(need):
        d.draw(s, charts.investment(need, record, lang), h=HIGH - 2.4)
        # the latest five published years, named: the record has gaps (2020, then 2024 and 2025),
        # and "on average 2020–2025" read as six years
        recent = record["share_pct"].iloc[-5:]
        d._text(s, t("dk_invest_note" if len(need) > 1 else "dk_invest_note_one", lang,
                     need=fmt.num(need["share_central_pct"].mean(), lang, 1),
                     y0=int(need.index[0]), y1=int(need.index[-1]), rec=fmt.num(recent.mean(), lang, 1),
                     years=", ".join(str(int(y)) for y in recent.index)), 0.5, HIGH - 1.15, WIDE - 1.0, 0.5, size=13)
        # why the first projected year stands apart from the next: in the speaker's notes, where
        # the presenter finds it when asked (the slide has no room for three more lines)
        step = investment_step_text(need, p, lang)
        if step:
            s.notes_slide.notes_text_frame.text = step

    # 9. what 2026–2030 must deliver
    findings = consistency_report(history, sc)
    own = [f for f in findings if f.id.startswith("set_")]
    s = d.slide(t("dk_deliver_set", lang, set=set_title(sid, lang, short=True)) if own else t("dk_deliver", lang))
    # the set's own findings are longer sentences: four lines in all where they lead, five else
    lines = [finding_text(f, lang) for f in (own[:3] + [f for f in findings if f not in own])][:4 if own else 5]
    d._text(s, "\n".join("• " + x for x in lines), 0.6, 1.3, WIDE - 1.2, HIGH - 2.2, size=13 if own else 15)

    # 10. the solver's answer, when the file asks
    if sc.solve is not None:
        from ..solver import SolverError, solve
        from ..targets import TARGET_YEAR

        s = d.slide(t("dk_solve", lang))
        try:
            res = solve(history, sc, **sc.solve.arguments())
        except SolverError as e:
            # a request the scenario cannot pose (a valid file whose horizon ends before 2030):
            # said on the slide, as the Solve page says it (the Export and Compare pages stopped
            # with it)
            d._text(s, f"{t('sv_error', lang)} {e.text(lang)}", 0.6, 1.2, WIDE - 1.2, 1.8, size=13)
            res = None
        if res is not None:
            # a miss counted, not listed, and four conflicts at most: the table beside gives each
            # target (all nineteen solvable ones ran the sentence over both tables)
            # a compromise's paths cost what any paths cost: their investment need said, as a
            # success's sentence leads with it (the slide said nothing of 78.7 % of GRDP a year)
            verdict = " ".join(x for x in (solve_text(res, lang, brief=True), compromise_need_text(res, lang)) if x)
            d._text(s, verdict, 0.6, 1.2, WIDE - 1.2, 1.8, size=13)
            # the targets on the left as the Solve page shows them (`views.solved_targets_table`:
            # the investment cap "≤ 55,5" where the solver's own text read "≤ 55.5" in Vietnamese);
            # the paths on the right, which the slide is titled for and showed none of: each
            # sector's real growth a year to the targets' year, the ones solved marked
            shown = solved_targets_table(res, lang)
            cols = [t(k, lang) for k in ("col_indicator", "col_solved", "col_target")]
            shown = shown[cols].assign(**{t("col_status", lang): [status_label("met" if m else "missed", lang)
                                                                   for m in res.targets["met"]]})
            # SOLVE_ROWS targets beside the paths; the rest on slides of their own, numbered as
            # the projects' are (nineteen targets ran off the slide's foot)
            d.table(s, shown.iloc[:SOLVE_ROWS], w=6.9, y=3.2, size=10, first=0.46)
            rest = shown.iloc[SOLVE_ROWS:]
            parts = [rest.iloc[k:k + SOLVE_MORE_ROWS] for k in range(0, len(rest), SOLVE_MORE_ROWS)]
            if parts:   # the run's own text, so the title keeps its size
                s.shapes[0].text_frame.paragraphs[0].runs[0].text = nfc(f"{t('dk_solve', lang)} (1/{len(parts) + 1})")
            # the Solve page's table (`views.solved_paths_view`), a row a sector
            paths = text_frame(solved_paths_view(res, lang).loc[:TARGET_YEAR].T, lang)
            paths.index = [label + (f" ({t('dk_solved', lang)})" if x in res.free else "")
                           for x, label in zip(res.paths.columns, paths.index)]
            rows = paths.rename(columns=str).rename_axis(t("dk_sector", lang)).reset_index()
            d._text(s, t("sv_paths", lang), 7.6, 2.85, WIDE - 8.1, 0.35, size=11, bold=True)
            d.table(s, rows, x=7.6, y=3.2, w=WIDE - 8.1, size=10, first=0.36)
            if sc.horizon > TARGET_YEAR:
                d._text(s, t("sn_after_target", lang, year=TARGET_YEAR, next=TARGET_YEAR + 1, horizon=sc.horizon),
                        7.6, 3.3 + 0.4 * (len(rows) + 1), WIDE - 8.1, 0.8, size=10, colour=MUTED)
            for k, part in enumerate(parts, start=2):
                d.table(d.slide(f"{t('dk_solve', lang)} ({k}/{len(parts) + 1})"), part, size=10, first=0.46)

    # 11. the comparison: each scenario projected once, keyed A, B, … as on the Compare page
    if len(scenarios) > 1:
        # a column head and a legend entry each, cut at 40 characters with a mark that it is cut
        named = {_cut(f"{k}: {o.title_in(lang)}", 40): simulate(history, o)
                 for k, o in zip(column_keys(len(scenarios)), scenarios)}
        s = d.slide(t("dk_compare", lang))
        # the Compare page's 2030 table (`views.compare_table`), every scenario judged by the
        # deck's set: the GRDP levels, the set's targets as printed, each value marked met or
        # missed, and each scenario's difference from the first while the columns fit a slide
        tbl = compare_table(named, lang, set_id=sid)
        keys = column_keys(len(scenarios))
        deltas = len(scenarios) <= COMPARED_WITH_DELTAS
        if not deltas:
            tbl = tbl.drop(columns=[c for c in tbl.columns if c.startswith("Δ")])
        # kept above the keys' lines below it (a set of eleven targets and the investment row made
        # fifteen rows of 0.36 inch, and the table ran over the keys)
        d.table(s, tbl.rename_axis(t("col_indicator", lang)).reset_index(), size=11 if deltas else 10,
                first=0.34 if deltas else 0.3, h=HIGH - 2.1 - 1.3)
        # under it, the key of each column (the whole title), and why a column is dashes: that
        # scenario ends before 2030 (as the Compare page says)
        # (each title cut to its share of about four lines: whole for two or three scenarios, 50
        # characters each for eight)
        share = max(50, 400 // len(scenarios))
        items = "; ".join(f"{k} = {_cut(o.title_in(lang), share)}" for k, o in zip(keys, scenarios))
        said = [t("cmp_legend" if deltas else "cmp_keys", lang, items=items)]
        said += [t("cmp_short", lang, name=_cut(o.title_in(lang), 60), h=o.horizon)
                 for o in scenarios if o.horizon < 2030]
        said.append(compare_record_text(tbl, lang))   # the investment row's ⚠ or its record, in words
        d._text(s, " ".join(said), 0.5, HIGH - 1.65, WIDE - 1.0, 0.8, size=11, colour=MUTED)
        # their growth year by year: the Compare page's chart
        s = d.slide(t("dk_compare_growth", lang))
        d.draw(s, charts.compare(named, "growth", lang))
    buf = io.BytesIO()
    d.prs.save(buf)
    return buf.getvalue()


__all__ = ["build", "file_name", "nfc"]
