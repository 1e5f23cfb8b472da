"""The briefing deck: a 16:9 PowerPoint file with native charts (their data inside, so that an
officer can restyle them), built from one or more scenarios.

Slides: the title (scenario, date, data vintage, target set); the scorecard (each modelled
target with its probability); GRDP at current prices against the 2.5–3× band and its fan (the fan
is a stacked area over an invisible base series: python-pptx has no combination charts); real
growth against the target; the structure in 2020, the last actual year and 2030 against the
targets; the contributions to growth; the projects and what each adds; the investment need against
the record; what 2026–2030 must deliver; the solver's answer when the file has a ``[solve]``
table; a comparison when several scenarios are given. Colours are explicit (LibreOffice drops
theme colours), text is NFC in a font with every Vietnamese glyph, every axis says its unit and
every slide has a source line.

Glossary: bản trình bày = deck; trang = slide; nguồn = source.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import replace
from typing import Sequence

import numpy as np
import pandas as pd

from .. import registry
from ..growth import simulate
from ..scenario import Scenario
from ..sectors import BY_ID, SECTOR_IDS
from . import fmt
from .strings import sector_label, status_label, t

FONT = "Arial"               # Liberation Sans stands in for it under LibreOffice: both have Vietnamese
INK, MUTED, ACCENT, FAN = "1D3557", "6C757D", "E76F51", "457B9D"
WIDE, HIGH = 13.333, 7.5     # inches: 16:9


def nfc(text: str) -> str:
    """Vietnamese in composed form (NFC): one code point per letter with its marks."""
    return unicodedata.normalize("NFC", str(text))


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

    def slide(self, title: str):
        """A new slide with its title and the source line at the foot."""
        s = self.prs.slides.add_slide(self.blank)
        self._text(s, title, 0.5, 0.3, WIDE - 1.0, 0.8, size=26, bold=True)
        self._text(s, self.source, 0.5, HIGH - 0.55, WIDE - 1.0, 0.4, size=10, colour=MUTED).name = "source"
        return s

    def table(self, slide, frame: pd.DataFrame, x: float = 0.5, y: float = 1.3, w: float = WIDE - 1.0,
              size: int = 12):
        from pptx.dml.color import RGBColor
        from pptx.util import Inches, Pt

        rows, cols = len(frame) + 1, len(frame.columns)
        shape = slide.shapes.add_table(rows, cols, Inches(x), Inches(y), Inches(w), Inches(0.36 * rows))
        tbl = shape.table
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
                tbl.cell(i, j).fill.solid()
                tbl.cell(i, j).fill.fore_color.rgb = RGBColor.from_string(INK if i == 0 else ("F1F3F5" if i % 2 else "FFFFFF"))
        return shape

    # ---- charts ----------------------------------------------------------------------------
    def chart(self, slide, kind: str, categories, series: dict, colours: dict, y_title: str,
              x: float = 0.5, y: float = 1.2, w: float = WIDE - 1.0, h: float = HIGH - 2.0, number_format: str = "#,##0",
              hidden: Sequence[str] = (), legend: bool = True):
        """A native chart (``kind``: line, column, stacked_column, bar, stacked_area) with its data
        inside, each series in its explicit colour; ``hidden`` series drawn with no fill (the
        fan's base)."""
        from pptx.chart.data import CategoryChartData
        from pptx.dml.color import RGBColor
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
        from pptx.util import Inches, Pt

        kinds = {"line": XL_CHART_TYPE.LINE_MARKERS, "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
                 "stacked_column": XL_CHART_TYPE.COLUMN_STACKED, "bar": XL_CHART_TYPE.BAR_CLUSTERED,
                 "stacked_area": XL_CHART_TYPE.AREA_STACKED}
        data = CategoryChartData(number_format=number_format)
        data.categories = [str(c) for c in categories]
        for name, values in series.items():
            data.add_series(nfc(name), [None if v is None or not np.isfinite(v) else float(v) for v in values])
        gf = slide.shapes.add_chart(kinds[kind], Inches(x), Inches(y), Inches(w), Inches(h), data)
        ch = gf.chart
        ch.font.name, ch.font.size = FONT, Pt(12)
        ch.has_legend = legend
        if legend:
            ch.legend.position, ch.legend.include_in_layout = XL_LEGEND_POSITION.TOP, False
        va = ch.value_axis
        va.has_title = True
        va.axis_title.text_frame.text = nfc(y_title)
        va.tick_labels.number_format, va.tick_labels.number_format_is_linked = number_format, False
        for s, name in zip(ch.plots[0].series, series):
            fill = s.format.fill if kind != "line" else None
            line = s.format.line
            if name in hidden:
                s.format.fill.background()
                line.fill.background()
                continue
            colour = RGBColor.from_string(colours.get(name, INK))
            if fill is not None:
                fill.solid()
                fill.fore_color.rgb = colour
            line.color.rgb = colour
        return gf


def _colour(sector: str) -> str:
    return BY_ID[sector].colour.lstrip("#").upper()


def build(history, scenarios: Sequence[Scenario], lang: str = "vi", set_id: str | None = None,
          draws: int = 2000, today: dt.date | None = None) -> bytes:
    """The deck for ``scenarios`` (the first is the one briefed; the others are compared)."""
    from ..consistency import consistency_report
    from ..data import vintage
    from ..investment import investment_record, required_investment
    from ..projects import load_projects
    from ..uncertainty import run
    from .strings import finding_text, solve_text, target_name
    from .views import contributions_table, scorecard, set_title

    sc = scenarios[0] if not set_id else replace(scenarios[0], targets_set=set_id)
    sid = sc.targets_set
    p = simulate(history, sc)
    title = sc.title_en if lang == "en" and sc.title_en else sc.title_vi
    source = t("source", lang, last=p.last_actual_year, title=title)
    d = Deck(lang, source)
    last = p.last_actual_year

    # 1. title
    s = d.slide(title)
    d._text(s, t("dk_sub", lang, date=(today or dt.date.today()).isoformat(), vintage=vintage(),
                 set=set_title(sid, lang)), 0.5, 1.4, WIDE - 1.0, 2.0, size=18, colour=MUTED)

    # 2. the scorecard with probabilities
    card = scorecard(p, lang, set_id=sid)
    modelled = [i for i in registry.ids(sid) if i in set(card["id"])]
    probs = {}
    if draws and p.horizon >= 2030:
        r = run(history, sc, draws=draws, seed=0)
        probs = {k: v for k, v in r.probabilities.items()}
    rows = card.set_index("id").loc[modelled]
    s = d.slide(t("dk_scorecard", lang, set=set_title(sid, lang, short=True)))
    d.table(s, pd.DataFrame({t("col_indicator", lang): rows["indicator"], t("col_value", lang): rows["value"],
                             t("col_target", lang): rows["target"], t("col_status", lang): rows["status"],
                             t("rk_prob_col", lang): [fmt.num(100 * probs[i], lang, 1) + " %" if i in probs else fmt.DASH
                                                      for i in modelled]}), size=12)

    years = [int(y) for y in p.years]
    # 3. GRDP at current prices against the band, and its fan
    s = d.slide(t("dk_grdp", lang))
    base = float(p.grdp_nominal[2020]) if 2020 in p.grdp_nominal.index else float(p.grdp_nominal.iloc[0])
    d.chart(s, "line", years, {t("dk_scenario", lang): p.grdp_nominal.to_numpy() / 1000,
                               t("dk_band_low", lang): [2.5 * base / 1000 if y == 2030 else None for y in years],
                               t("dk_band_high", lang): [3.0 * base / 1000 if y == 2030 else None for y in years]},
            {t("dk_scenario", lang): INK, t("dk_band_low", lang): ACCENT, t("dk_band_high", lang): ACCENT},
            t("dk_axis_trn_current", lang), w=6.1, number_format="#,##0")
    if draws and p.horizon >= 2030:
        band = r.band("grdp_nominal_bn")
        fy = [int(y) for y in band.index]
        # the fan: an invisible base (the 5th percentile) under the 5–95 % band, stacked; no
        # legend (the base would show in it), the slide's title names the band
        d.chart(s, "stacked_area", fy, {"p5": band["p5"] / 1000, t("dk_fan", lang): (band["p95"] - band["p5"]) / 1000},
                {t("dk_fan", lang): FAN}, t("dk_axis_trn_current", lang), x=6.8, w=6.0, hidden=("p5",), legend=False)

    # 4. real growth against the target
    s = d.slide(t("dk_growth", lang))
    g = 100 * p.growth_real
    d.chart(s, "line", years[1:], {t("dk_growth_series", lang): g.iloc[1:].to_numpy(),
                                   t("dk_growth_target", lang): [9.0] * (len(years) - 1)},
            {t("dk_growth_series", lang): INK, t("dk_growth_target", lang): ACCENT}, t("dk_axis_pct_year", lang),
            number_format="0.0")

    # 5. structure 2020 / last actual / 2030 against the targets
    s = d.slide(t("dk_structure", lang))
    share = 100 * p.nominal.div(p.nominal.sum(axis=1), axis=0)
    tg = registry.set_rows(None).set_index("id")
    cols = {str(2020): share.loc[2020].to_numpy(), str(last): share.loc[last].to_numpy()}
    if p.horizon >= 2030:
        cols["2030"] = share.loc[2030].to_numpy()
    cols[t("dk_target", lang)] = [float(tg.at[f"share_{x}", "target_low"]) for x in SECTOR_IDS]
    d.chart(s, "column", [sector_label(x, lang, short=True) for x in SECTOR_IDS], cols,
            dict(zip(cols, ["A8DADC", FAN, INK, ACCENT])), t("dk_axis_share", lang), number_format="0.0")

    # 6. contributions to growth by sector
    s = d.slide(t("dk_contributions", lang))
    contrib = contributions_table(p, lang)
    sec_cols = [sector_label(x, lang, short=True) for x in SECTOR_IDS]
    d.chart(s, "stacked_column", [str(y) for y in contrib.index], {c: contrib[c].to_numpy() for c in sec_cols},
            {sector_label(x, lang, short=True): _colour(x) for x in SECTOR_IDS}, t("dk_axis_pp", lang),
            number_format="0.0")

    # 7. the projects and what each adds
    s = d.slide(t("dk_projects", lang))
    rows = []
    g0 = p.average_growth(2020, 2030) if p.horizon >= 2030 else np.nan
    for pid, pr in load_projects().items():
        on = pid in sc.projects and sc.projects[pid].on
        alt_sc = sc.with_project(pid, None) if on else sc.with_project(pid, _on())
        ga = simulate(history, alt_sc).average_growth(2020, 2030) if p.horizon >= 2030 else np.nan
        effect = 100 * (g0 - ga) if on else 100 * (ga - g0)
        if abs(effect) < 0.005 and not on:
            continue
        rows.append({t("wb_project", lang): pr.name_en if lang == "en" else pr.name_vi,
                     t("dk_in_scenario", lang): t("dk_on" if on else "dk_off", lang),
                     t("wb_first_year", lang): str(pr.first_year),
                     t("dk_va", lang): fmt.num(pr.va, lang, 0),
                     t("dk_effect", lang): fmt.num(effect, lang, 2, sign=True)})
    d.table(s, pd.DataFrame(rows), size=11)

    # 8. the investment need against the record
    s = d.slide(t("dk_investment", lang))
    need = required_investment(p)
    rec = investment_record(history)["share_pct"]
    ys = sorted(set(int(y) for y in rec.index) | set(int(y) for y in need.index))
    d.chart(s, "column", ys, {t("dk_record", lang): [rec.get(y, np.nan) for y in ys],
                              t("dk_need", lang): [need["share_central_pct"].get(y, np.nan) for y in ys]},
            {t("dk_record", lang): INK, t("dk_need", lang): ACCENT}, t("dk_axis_invest", lang), number_format="0.0")

    # 9. what 2026–2030 must deliver
    s = d.slide(t("dk_deliver", lang))
    lines = [finding_text(f, lang) for f in consistency_report(history, sc)][:5]
    d._text(s, "\n".join("• " + x for x in lines), 0.6, 1.3, WIDE - 1.2, HIGH - 2.2, size=15)

    # 10. the solver's answer, when the file asks
    if sc.solve is not None:
        from ..solver import solve

        st = sc.solve
        res = solve(history, sc, list(st.targets) if st.targets is not None else None, free=st.free,
                    method=st.method, approx=st.approx, bounds=st.bounds, taxes=st.taxes, prices=st.prices,
                    investment_cap=st.investment_cap)
        s = d.slide(t("dk_solve", lang))
        d._text(s, solve_text(res, lang), 0.6, 1.2, WIDE - 1.2, 1.8, size=13)
        tab = res.targets
        d.table(s, pd.DataFrame({t("col_indicator", lang): [target_name(i, lang) for i in tab["id"]],
                                 t("col_value", lang): [fmt.num(v, lang, 2) for v in tab["value"]],
                                 t("col_target", lang): list(tab["target"]),
                                 t("col_status", lang): [status_label("met" if m else "missed", lang) for m in tab["met"]]}),
                y=3.2, size=11)

    # 11. the comparison
    if len(scenarios) > 1:
        s = d.slide(t("dk_compare", lang))
        heads = list(registry.headline(None))
        frame = {t("col_indicator", lang): [target_name(i, lang) for i in heads]}
        for k, other in enumerate(scenarios):
            po = simulate(history, other)
            ev = scorecard(po, lang, set_id=registry.DEFAULT_SET).set_index("id")
            name = other.title_en if lang == "en" and other.title_en else other.title_vi
            frame[f"{chr(65 + k)}: {name}"[:40]] = [ev.at[i, "value"] for i in heads]
        d.table(s, pd.DataFrame(frame), size=12)
    buf = io.BytesIO()
    d.prs.save(buf)
    return buf.getvalue()


def _on():
    from ..projects import ProjectSetting

    return ProjectSetting()


__all__ = ["build", "nfc"]
