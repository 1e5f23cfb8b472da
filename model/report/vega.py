"""A `model.report.charts.Chart` as a Vega-Lite specification (a plain dict: no Altair, whose
import alone takes a second and a half): the app draws it with ``st.vega_lite_chart`` and
`chart_bytes` writes it to PNG or SVG with `vl-convert` (SVG with real text elements), so that a
file is the chart the planner saw, with its title, note and source line added.

The renderer decides nothing about the chart: marks, colours, dashes, target marks, units and
digits are the `Chart`'s. Numbers follow the reader (7,5 and 234.901 in Vietnamese) through
Vega's locale. Text (titles, a user's scenario name) is drawn as text, never as markup.
"""

from __future__ import annotations

import json
import math
import textwrap

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
FILE_WIDTH = 720
# The characters of legend text a chart's row holds (11-point labels, about 4.8 px a character;
# a 4-character symbol and gap each entry). A legend starts at the plot's left edge, after the
# value axis (about 75–85 px, 18 characters). A full-width chart: 110 (720 px in the files; about
# 560 px on a 1024 px screen beside the sidebar). Charts side by side share the screen's 116
# characters, each less its axis.
LEGEND_ROOM = 110
SCREEN_CHARS, AXIS_CHARS = 116, 18
# On screen (px, measured in Chromium): a legend row is 13 px a line and 7 between rows; the
# charts' heights were set for a legend of up to three one-line rows (USUAL_LEGEND), and a
# longer one is added to the chart's height. A horizontal chart's row is as high as in the file
# and at least MIN_ROW (its name, 11 px, with room); its value axis and title take VALUE_AXIS.
LEGEND_LINE, LEGEND_GAP, USUAL_LEGEND, MIN_ROW, VALUE_AXIS = 13, 7, 60, 24, 78
LEGEND_OFFSET = 18   # Vega's own gap between a legend and the plot (Streamlit's theme keeps it)
# A phone (360–412 px wide): Streamlit stacks a page's columns, and a chart's plot is about
# 200–300 px, which the server does not know. On screen, then, a legend takes as many of its
# columns as the plot's width (PLOT) holds, never more than chosen, and a label breaks into
# lines of NARROW_ROOMS characters (a 320-px phone's plot; a chart beside another on a tablet
# with the sidebar open, 210 px) below the width its longest line needs. Widths in the
# browser's font (Streamlit's Source Sans, 11 px; measured in Chromium: four sector names took
# 443 px): CHAR_PX a character, SYMBOL_PX an entry's symbol and gap, COLUMN_GAP between columns.
# Value labels over bars are hidden where a bar's slot (the plot's width over the bars, BAR_FILL
# of it the bars') is narrower than the label (LABEL_PX a character, 10-px digits).
CHAR_PX, SYMBOL_PX, COLUMN_GAP, NARROW_ROOMS, BAR_FILL, LABEL_PX = 5.2, 22, 10, (34, 18), 0.75, 6
# The chart's and the plot's widths for the legend and the axes, in Vega's expressions: the
# chart's container, less its value axis for the plot (AXIS_PX: 64 px, measured with
# three-digit labels; at 75 the projector's side-by-side Compare charts broke a scenario name
# that fits). Not the `width` signal: under Streamlit's "fit" Vega lays the legend out first at
# the container's width and keeps that layout when `width` then shrinks to the plot's, so a
# legend chosen by `width` kept its wide box around narrow labels. Without a container
# (vl-convert) the plot's width stands in.
AXIS_PX = 64
CHART = f"(containerSize()[0] || width + {AXIS_PX})"
PLOT = f"({CHART} - {AXIS_PX})"
# Files: a font with every Vietnamese glyph, named (Debian has two Liberation Sans, the older
# without them; a missing glyph sends the whole line to a serif fallback). The screen keeps
# Streamlit's theme font.
FONT = "DejaVu Sans"


def locale_config(lang: str) -> dict:
    """Vega's number locale for the reader: 7,5 and 120.000 in Vietnamese, 7.5 and 120,000 in
    English. Below zero with the hyphen-minus in both, as the tables, the cards, the files and
    the deck's native charts write it (d3's default, U+2212, drew "−2" on an axis above a table
    reading "-2,0"; and a planner's spreadsheet reads "-2" as a number, not "−2")."""
    if lang == "vi":
        return {"number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " ₫"], "minus": "-"}}
    return {"number": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["$", ""], "minus": "-"}}


def _num(v) -> float | None:
    return None if v is None or not math.isfinite(v) else float(v)


def _rows(chart, k: int, layer) -> list[dict]:
    """A layer's rows: category, series, value (and low end), label, colour, projected."""
    last = chart.last_actual
    rows = []
    for i, c in enumerate(chart.categories):
        v = _num(layer.values[i])
        lo = _num(layer.low[i]) if layer.low is not None else None
        if v is None or (layer.low is not None and lo is None):
            continue
        r = {"c": c, "s": layer.label, "v": v, "k": k,
             "p": bool(last is not None and isinstance(c, int) and c > last)}
        if lo is not None:
            r["lo"] = lo
        if layer.text is not None:
            r["t"] = layer.text[i]
        if layer.colours is not None:
            r["col"] = layer.colours[i]
        rows.append(r)
    return rows


def legend_height(lines: list[int], columns: int) -> int:
    """The height of a legend on screen (px): its entries laid out ``columns`` a row, in order,
    each row as high as its entry of most lines (``lines``: each entry's)."""
    rows = [lines[k:k + columns] for k in range(0, len(lines), max(1, columns))]
    return sum(LEGEND_LINE * max(r) + LEGEND_GAP for r in rows)


def _wrap(labels: list[str], room: int) -> list[list[str]]:
    """Each label in lines of at most about ``room`` characters, evenly; a number keeps its
    unit ("9 %" is never parted)."""
    return [[line.replace("\xa0", " ") for line in textwrap.wrap(
        x.replace(" %", "\xa0%"), math.ceil(len(x) / math.ceil((len(x) + 4) / room)) + 3)] or [x]
        for x in labels]


def _label_by_place(labels: list[str], lines: str) -> str:
    """A legend's ``labelExpr``: the label's lines from ``lines`` (a Vega expression giving one
    list of lines a label), found by the label's place in ``labels`` (an object keyed by label
    would lose a scenario named "__proto__")."""
    return f"({lines})[indexof({json.dumps(labels, ensure_ascii=False)}, datum.label)]"


def legend_width(lines: list[list[str]], columns: int) -> int:
    """The width of a legend on screen (px) laid out ``columns`` a row, as Vega lays out its
    grid: entry i in column i mod ``columns``, each column as wide as its widest entry
    (``lines``: each entry's label, in lines)."""
    entry = [SYMBOL_PX + CHAR_PX * max(len(x) for x in ls) for ls in lines]
    return round(sum(max(entry[j::columns]) for j in range(columns)) + COLUMN_GAP * (columns - 1))


def _narrow(show: dict, labels: list[str], wide: list[list[str]]) -> None:
    """``show`` (a legend laid out for the desktop, ``wide`` its labels' lines) made to fit a
    narrower plot too: the most columns, up to those chosen, whose `legend_width` the plot's
    width holds; below the width one column of ``wide`` needs, each label in lines of
    `NARROW_ROOMS` characters, the first whose column the width holds. On a desktop's width
    both give what was chosen."""
    chosen = show["columns"]
    columns = "1"
    for c in range(2, chosen + 1):
        columns = f"{PLOT} >= {legend_width(wide, c)} ? {c} : {columns}"
    show["columns"] = {"expr": columns}
    levels = [wide]
    for room in NARROW_ROOMS:
        if max(len(x) for ls in levels[-1] for x in ls) > room:
            levels.append(_wrap(labels, room))
    if len(levels) > 1:
        pick = json.dumps(levels[-1], ensure_ascii=False)
        for level in reversed(levels[:-1]):
            pick = f"{PLOT} >= {legend_width(level, 1)} ? {json.dumps(level, ensure_ascii=False)} : {pick}"
        show["labelExpr"] = _label_by_place(labels, pick)


def _legend(chart, share: int = 1) -> tuple[dict[str, str], int, list[list[str]]]:
    """``chart``'s legend as laid out for a desktop's width: its labels (each with its colour),
    the entries a row, and each label in lines. ``share``: how many charts stand side by side."""
    legend: dict[str, str] = {}
    for layer in chart.layers:
        if layer.label and layer.colours is None:
            legend.setdefault(layer.label, layer.colour)
    if not legend:
        return legend, 1, []
    room = LEGEND_ROOM if share <= 1 else SCREEN_CHARS // share - AXIS_CHARS
    # as many entries a row as fit: long scenario names one a row
    columns = max(1, min(len(legend), 5, room // max(len(x) + 4 for x in legend)))
    wrapped = [[x] for x in legend]
    if any(len(x) + 4 > room for x in legend):
        wrapped = _wrap(list(legend), room)
    return legend, columns, wrapped


def screen_legend(chart, share: int = 1) -> tuple[int, int]:
    """``chart``'s legend on a desktop's screen: its height (px, 0 without one) and the plot's
    width (px) it needs to be laid out so. Charts drawn side by side pass the tallest height as
    each one's `vegalite` ``legend_px``, and the widest width as ``align_at``."""
    legend, columns, wrapped = _legend(chart, share)
    if not (chart.legend and legend):
        return 0, 0
    return legend_height([len(x) for x in wrapped], columns), legend_width(wrapped, columns)


def row_of(*row, share: int | None = None) -> dict:
    """The `vegalite` arguments that line up the plots of ``row``, charts drawn side by side: the
    tallest legend's height and the widest legend's plot width on a desktop (`screen_legend`;
    ``share``: the charts a row, when ``row`` is a last row not filled). A legend a line taller
    beside another set the one plot and its year axis 13 px below the other (Growth in English:
    "Target path: 9 % a year / from 2020 to 2030")."""
    got = [screen_legend(c, share or len(row)) for c in row]
    return {"legend_px": max(h for h, _ in got), "align_at": max(w for _, w in got)}


def vegalite(chart, lang: str = "vi", file: bool = False, share: int = 1, legend_px: int | None = None,
             align_at: int | None = None) -> dict:
    """The Vega-Lite spec of ``chart``; ``file`` adds its title, note and source line and a fixed
    width (what the PNG and SVG files hold). ``share``: how many charts stand side by side in
    the page's row; the legend puts fewer entries a row to fit its part of the width (Vega does
    not wrap a legend: what passes the chart's edge is cut off). On screen, ``legend_px`` is the
    legend height (px) of the tallest legend in the row (`screen_legend`): a shorter one's plot
    is set down to start where that one's does, while the plot is at least ``align_at`` px wide
    (below it the legends take narrower layouts of their own)."""
    fmt = f",.{chart.digits}f"
    cats = list(chart.categories)
    # the domain is every category, in order: a year with no figure in any layer stays on the
    # axis as a gap (Vega's own domain holds only the categories the data has)
    cat = {"field": "c", "type": "ordinal", "sort": cats, "scale": {"domain": cats}, "title": chart.x_title or None,
           "axis": {"labelLimit": 320, "labelAngle": 0 if chart.horizontal or len(cats) <= 16 else -45}}
    if chart.horizontal:
        # every row's name shown: Vega drops every other one of a band axis whose names it
        # finds too close (the rows are a step apart, `MIN_ROW` at least on screen)
        cat["axis"]["labelOverlap"] = False
    ticks = chart.labelled_years()
    if ticks:
        cat["axis"].update(values=ticks, labelAngle=0)
    val = {"field": "v", "type": "quantitative", "title": chart.y_title,
           # a few round ticks, apart (234.000 tỷ đồng never runs into its neighbour), with the
           # decimals their step needs ("0 2 4", "7,0 7,5"; the chart's own digits gave "14,00"
           # and "250,0" on the axis), in the reader's convention through the locale
           "axis": {"tickCount": 6, "labelOverlap": True},
           "scale": {"zero": chart.zero, **({"domain": list(chart.domain), "nice": False} if chart.domain else {})}}
    if not file:
        # on a phone the title of the axis across the foot, longer than the plot is wide, ran
        # past the chart's edges: it ends in "…" at the plot's width; in a chart narrower than
        # 500 px a horizontal chart's row names take at most 45 % of it (at their 320 px they
        # left the bars a sliver)
        (val if chart.horizontal else cat)["axis"]["titleLimit"] = {"expr": "width"}
        if not chart.horizontal and cat["axis"]["labelAngle"] == 0:
            # in a chart about 215 px wide (two side by side at 150 % zoom, or on a tablet) the
            # last year, centred on its bar, ran 5 px past the chart's edge and was cut: 2030,
            # the targets' year. There (a plot under 180 px) it ends at its tick; a projector's
            # 274-px charts keep it centred.
            cat["axis"]["labelAlign"] = {"condition": {"test": f"datum.index == 1 && {PLOT} < 180", "value": "right"},
                                         "value": "center"}
        if chart.horizontal:
            cat["axis"]["labelLimit"] = {"expr": f"{CHART} < 500 ? max(80, {CHART} * 0.45) : 320"}
    pos, pos2, off = ("y", "x", "yOffset") if chart.horizontal else ("x", "y", "xOffset")
    legend, columns, wrapped = _legend(chart, share)
    colour_scale = {"domain": list(legend), "range": list(legend.values())}
    # a legend of lines draws strokes (dashed where the line is); one without lines, squares
    lines_only = any(x.mark == "line" and x.label for x in chart.layers)
    show_legend = ({"orient": "top", "direction": "horizontal", "title": None, "labelLimit": 0,
                    "symbolType": "stroke" if lines_only else "square", "columns": columns}
                   if chart.legend and legend else None)
    lines = [len(x) for x in wrapped]   # the lines of each legend entry, for its height on screen
    if show_legend and any(n > 1 for n in lines):
        # one entry a row is still too wide: its label on two or more lines (Vega draws a
        # label given as a list of lines); a number keeps its unit
        show_legend["labelExpr"] = _label_by_place(list(legend), json.dumps(wrapped, ensure_ascii=False))
    own = legend_height(lines, columns) if show_legend else 0
    reserve = max(own, legend_px or 0)
    if show_legend and not file:
        if reserve > own:
            # beside a chart whose legend is taller (`legend_px`, on a desktop's width): the plot
            # set down as far as that one's, so that the two plots and their year axes line up.
            # Where the page is narrower, the legends take other layouts: Vega's own offset.
            fits = max(align_at or 0, legend_width(wrapped, columns))
            show_legend["offset"] = {"expr": f"{PLOT} >= {fits} ? {LEGEND_OFFSET + reserve - own} : {LEGEND_OFFSET}"}
        _narrow(show_legend, list(legend), wrapped)
    # a dashed series shows dashed in the legend too: the dash is encoded on the same field
    dashes = {label: [1, 0] for label in legend}
    for x in chart.layers:
        if x.label in dashes and x.mark == "line" and x.dash:
            dashes[x.label] = [5, 3]
    dash_scale = {"domain": list(dashes), "range": list(dashes.values())}
    # A legend's symbols take the first layer's opacity unless the opacity is encoded on the
    # same field: a pale band first drew every entry pale (the scenario's black line grey,
    # a fan's two bands alike). Where a layer is see-through, each entry gets its own.
    see = {}
    for x in chart.layers:
        if x.label in legend:
            see.setdefault(x.label, x.opacity)
    see_scale = ({"type": "ordinal", "domain": list(see), "range": list(see.values())}
                 if show_legend and any(v != 1 for v in see.values()) else None)
    # Likewise the symbol's shape: a legend of bars and marks drew every entry a square (the
    # published record's diamonds, the growth's dots). Where a labelled mark is among bars,
    # each entry gets its layer's shape (a bar or band a square).
    shapes = {}
    for x in chart.layers:
        if x.label in legend:
            shapes.setdefault(x.label, x.shape if x.mark == "point" else "square")
    shape_scale = ({"type": "ordinal", "domain": list(shapes), "range": list(shapes.values())}
                   if show_legend and not lines_only and any(v != "square" for v in shapes.values()) else None)

    def colour(layer):
        if layer.colours is not None:
            return {"field": "col", "type": "nominal", "scale": None, "legend": None}
        if layer.label:
            return {"field": "s", "type": "nominal", "scale": colour_scale, "legend": show_legend}
        return {"value": layer.colour}

    def tooltip(span: bool):
        tip = [{"field": "c", "type": "ordinal", "title": chart.x_title or " "},
               {"field": "s", "type": "nominal", "title": " "},
               {"field": "v", "type": "quantitative", "title": chart.y_title, "format": fmt}]
        if span:
            tip.insert(2, {"field": "lo", "type": "quantitative", "title": "↔", "format": fmt})
        return tip

    def opacity(layer):
        if chart.last_actual is None or layer.mark != "bar":
            return {"value": layer.opacity}
        # projected years faded (the note under the title says so)
        return {"condition": {"test": "datum.p", "value": 0.55 * layer.opacity}, "value": layer.opacity}

    layers: list[dict] = []
    bars = [(k, x) for k, x in enumerate(chart.layers) if x.mark == "bar"]
    stacked = [(k, x) for k, x in bars if x.stack]
    side = [(k, x) for k, x in bars if not x.stack]
    for group, stack in ((stacked, True), (side, False)):
        if not group:
            continue
        rows = [r for k, x in group for r in _rows(chart, k, x)]
        enc = {pos: cat, pos2: {**val, "stack": "zero" if stack else None}, "color": colour(group[0][1]),
               "opacity": opacity(group[0][1]), "tooltip": tooltip(False)}
        if stack:
            enc["order"] = {"field": "k", "type": "quantitative"}
        elif len(group) > 1:
            enc[off] = {"field": "s", "type": "nominal", "sort": [x.label for _, x in group]}
        layers.append({"data": {"values": rows}, "mark": {"type": "bar"}, "encoding": enc})
        if any(x.text is not None for _, x in group):
            text_enc = {pos: cat, pos2: {**val, "stack": "zero" if stack else None}, "text": {"field": "t"}}
            if off in enc:
                text_enc[off] = enc[off]
            labelled = [r for r in rows if r.get("t")]
            mark = {"type": "text", "fontSize": 10, "color": "#333333",
                    **({"align": "left", "dx": 3} if chart.horizontal else {"baseline": "bottom", "dy": -2})}
            if not file and not chart.horizontal and labelled:
                # on a narrow screen a value wider than its bar ran into its neighbours' ("33,134,1")
                slots = len(cats) * (len(group) if off in enc else 1) / BAR_FILL
                wide = LABEL_PX * max(len(str(r["t"])) for r in labelled)
                mark["opacity"] = {"expr": f"width / {slots:.2f} < {wide} ? 0 : 1"}
            layers.append({"data": {"values": labelled}, "mark": mark, "encoding": text_enc})
    for k, x in enumerate(chart.layers):
        if x.mark == "bar":
            continue
        rows = _rows(chart, k, x)
        enc = {pos: cat, pos2: val, "color": colour(x), "tooltip": tooltip(x.mark == "span")}
        if see_scale and x.label in see:
            enc["opacity"] = {"field": "s", "type": "nominal", "scale": see_scale, "legend": show_legend}
        if x.mark == "line":
            mark = {"type": "line", "point": {"filled": True, "size": 30}, "opacity": x.opacity}
            if x.label and x.colours is None:
                enc["strokeDash"] = {"field": "s", "type": "nominal", "scale": dash_scale, "legend": show_legend}
            elif x.dash:
                mark["strokeDash"] = [5, 3]
        elif x.mark == "point":
            mark = {"type": "point", "filled": True, "shape": x.shape, "size": 110 if x.shape == "diamond" else 45,
                    "opacity": 1}
            if shape_scale and x.label in shapes:
                enc["shape"] = {"field": "s", "type": "nominal", "scale": shape_scale, "legend": show_legend}
        else:  # span: a band between two paths, or a floating bar
            mark = {"type": "area" if x.fill else "bar", "opacity": x.opacity}
            enc[pos2] = {**val, "field": "lo"}
            enc[pos2 + "2"] = {"field": "v"}
        layers.append({"data": {"values": rows}, "mark": mark, "encoding": enc})
        if x.text is not None:
            layers.append({"data": {"values": [dict(r, e=max(r["v"], r.get("lo", r["v"]))) for r in rows]},
                           "mark": {"type": "text", "fontSize": 10, "color": "#333333",
                                    **({"align": "left", "dx": 3} if chart.horizontal else {"baseline": "bottom", "dy": -3})},
                           "encoding": {pos: cat, pos2: {**val, "field": "e"}, "text": {"field": "t"}}})
    if chart.rule is not None and _num(chart.rule) is not None:
        layers.append({"data": {"values": [{}]}, "mark": {"type": "rule", "color": "#222222", "size": 2},
                       "encoding": {pos2: {"datum": float(chart.rule), "type": "quantitative"}}})
    # no "$schema" on screen: Streamlit draws with its own Vega-Lite (v6), which the spec suits
    spec = {"layer": layers, "height": chart.height}
    if not file:
        # Streamlit's theme fits the whole chart, legend, axes and titles, into the height given
        # (autosize "fit"; a fullscreen chart into the screen), where a file's height is its
        # plot's: a legend of eight long scenario names left the Compare page's charts no plot
        # at all, and a waterfall of three to five rows had 16 px a row, Vega hiding every
        # other row's name. So the height on screen adds what a longer legend than usual takes,
        # and a horizontal chart's is its rows, as high as in the file, and its value axis.
        if chart.horizontal:
            spec["height"] = len(cats) * max(MIN_ROW, chart.height // max(1, len(cats))) + VALUE_AXIS
        elif show_legend:
            spec["height"] = chart.height + max(0, reserve - USUAL_LEGEND)
    # strokes as thick as Streamlit's theme draws them on screen: a see-through band stays visible
    config = {"legend": {"labelFontSize": 11, "symbolStrokeWidth": 4}}
    config["locale"] = locale_config(lang)
    spec["config"] = config
    if file:
        spec["$schema"] = SCHEMA
        spec["width"] = FILE_WIDTH
        config["font"] = FONT
        sub = [line for text in (chart.note, chart.source) if text for line in textwrap.wrap(text, 115)]
        spec["title"] = {"text": chart.title, "subtitle": sub, "anchor": "start", "fontSize": 15,
                         "subtitleFontSize": 10, "subtitleColor": "#555555"}
    return spec


def chart_bytes(chart, lang: str = "vi", kind: str = "png") -> bytes:
    """``chart`` as PNG (2× scale) or SVG (text as text elements) bytes, with its title, note and
    source line, in the reader's number convention."""
    if kind not in ("png", "svg"):
        raise ValueError(f"unknown chart file kind {kind!r} (png or svg)")
    return chart_files(chart, lang, (kind,))[kind]


def chart_files(chart, lang: str = "vi", kinds=("png", "svg")) -> dict[str, bytes]:
    """``chart`` as several files at once: Vega lays it out once, as SVG, and the PNG is that
    SVG rasterised at 2× (half the time of laying it out twice; the two files are one picture)."""
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(vegalite(chart, lang, file=True))
    out = {}
    if "svg" in kinds:
        out["svg"] = svg.encode("utf-8")
    if "png" in kinds:
        out["png"] = vlc.svg_to_png(svg, scale=2)
    return out


__all__ = ["vegalite", "screen_legend", "row_of", "chart_bytes", "chart_files", "locale_config"]
