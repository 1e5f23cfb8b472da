"""A chart definition (`model.report.charts.Chart`) as a native PowerPoint chart: its series
(areas closed into bands, stacked bars, lines, points), combined into one chart of several
plots, styled with explicit colours, its value axis reaching every value and its numbers in the
reader's format (`axis_format`). `model.report.deck.Deck.draw` places it on a slide."""

from __future__ import annotations

import unicodedata

import numpy as np

FONT = "Arial"               # Liberation Sans stands in for it under LibreOffice: both have Vietnamese
INK, MUTED = "1D3557", "6C757D"


def nfc(text: str) -> str:
    """Vietnamese in composed form (NFC): one code point per letter with its marks."""
    return unicodedata.normalize("NFC", str(text))


def number_format(digits: int) -> str:
    return "#,##0" + ("." + "0" * digits if digits > 0 else "")


def _extent(chart) -> tuple[float, float]:
    """How far the value axis must reach: every value and low end, stacked bars by their sums
    (the positive and the negative parts apart), and 0 where the axis starts at zero."""
    n = len(chart.categories)
    ups, downs, seen = np.zeros(n), np.zeros(n), [0.0] if chart.zero else []
    for layer in chart.layers:
        v = np.asarray(layer.values, float)
        if layer.mark == "bar" and layer.stack:
            v = np.nan_to_num(v)
            ups, downs = ups + np.clip(v, 0, None), downs + np.clip(v, None, 0)
        else:
            seen += list(v[np.isfinite(v)])
            if layer.low is not None:
                low = np.asarray(layer.low, float)
                seen += list(low[np.isfinite(low)])
    if any(layer.mark == "bar" and layer.stack for layer in chart.layers):
        seen += list(ups) + list(downs)
    return (min(seen), max(seen)) if seen else (0.0, 0.0)


# The format code's own separators are placeholders: PowerPoint shows them in the viewer's
# convention, whatever the deck's language (a Vietnamese deck on a computer set to English read
# "160,000" tỷ đồng and "14.00" % beside its labels' "15,8"). Written as literal text, they are
# the deck's: whole numbers below 10^9 ("160.000" in Vietnamese, "160,000" in English); the
# rare step below 1 takes the format's locale (LibreOffice follows it; PowerPoint the viewer).
_LCID = {"vi": "[$-42A]", "en": "[$-409]"}


def axis_format(chart, lang: str) -> tuple[float | None, str]:
    """The value axis's step and number format for ``chart`` in ``lang``: a round step (1, 2 or
    5 × 10^k) giving about six intervals over the values' reach, and whole numbers unless the
    step is below 1, grouped by thousands with the language's separator, written literally.
    None for the step: nothing to scale (no finite value)."""
    lo, hi = map(float, chart.domain) if chart.domain else _extent(chart)
    if not (np.isfinite(lo) and np.isfinite(hi)) or hi <= lo:
        return None, "0"
    raw = (hi - lo) / 6
    power = 10.0 ** np.floor(np.log10(raw))
    # d3's rule, as Vega draws the same chart on screen ("0 2 4 … 14"): the factor nearest
    # (geometrically) to the raw step
    error = raw / power
    step = power * (10 if error >= 50 ** 0.5 else 5 if error >= 10 ** 0.5 else 2 if error >= 2 ** 0.5 else 1)
    if step < 1:
        decimals = int(-np.floor(np.log10(step) + 1e-9))
        return step, _LCID.get(lang, "") + "#,##0." + "0" * decimals
    sep = "." if lang == "vi" else ","
    if lo >= 0:
        return step, (f'[>=1000000]#"{sep}"###"{sep}"##0;[>=1000]#"{sep}"##0;0')
    if max(abs(lo), abs(hi)) < 1000:
        return step, "0"
    return step, _LCID.get(lang, "") + "#,##0"   # negative thousands: no deck chart has them


def _mix(colour: str, opacity: float) -> str:
    """``colour`` at ``opacity`` over white, as an opaque hex colour."""
    c = colour.lstrip("#")
    rgb = [int(c[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 - opacity * (255 - v)):02X}" for v in rgb)


def _closed(edges: list[np.ndarray]) -> list[np.ndarray]:
    """A band's stacked edges (its low first) where it has no value — the 2.5–3× target after
    2030 on a longer horizon — made one line at its nearest low edge. An area chart cannot leave
    a gap (PowerPoint and LibreOffice draw a missing value as zero, whatever the chart says), so
    the band fell to the axis after its last year; closed at its own low edge, it narrows to
    nothing over the next year instead."""
    stack = np.vstack(edges)
    missing = ~np.isfinite(stack).all(axis=0)
    if not missing.any() or missing.all():
        return edges
    years = np.arange(stack.shape[1])
    have = years[~missing]
    # the nearest year with the whole band: before its first year, its first; after, its last
    nearest = have[np.abs(have[None, :] - years[:, None]).argmin(axis=1)]
    low = stack[0, nearest]
    return [np.where(missing, low, e) for e in edges]


def chart_series(chart):
    """The chart's layers as PowerPoint series: name, values, plot (bar, stacked, area, line),
    colour, and how to draw it (hidden base, marks only, dash, per-point colours, labels)."""
    out = []
    stacked = any(l.mark == "bar" and l.stack for l in chart.layers) or any(
        l.mark == "span" and not l.fill for l in chart.layers)
    bar_plot = "stacked" if stacked else "bar"
    bands = [l for l in chart.layers if l.mark == "span" and l.fill]
    if bands:
        # nested bands, widest first: the lows rising, then the highs falling, stacked
        bands.sort(key=lambda l: -np.nanmean(np.subtract(l.values, l.low)))
        edges = _closed([np.asarray(l.low, float) for l in bands] + [np.asarray(l.values, float) for l in bands[::-1]])
        fills = bands[:-1] + [bands[-1]] + bands[:-1][::-1]
        out.append({"name": bands[0].label + " (base)", "values": edges[0], "plot": "area", "hidden": True,
                    "legend": False, "colour": INK})
        for k, band in enumerate(fills):
            out.append({"name": band.label, "values": edges[k + 1] - edges[k], "plot": "area",
                        "colour": _mix(band.colour, band.opacity), "legend": k == fills.index(band) and bool(band.label)})
    for layer in chart.layers:
        colour = layer.colour.lstrip("#").upper()
        if layer.mark == "bar":
            out.append({"name": layer.label or " ", "values": np.asarray(layer.values, float), "plot": bar_plot,
                        "colour": _mix(colour, layer.opacity), "legend": bool(layer.label), "text": layer.text,
                        "fade": chart.last_actual})
        elif layer.mark == "span" and not layer.fill:
            low = np.asarray(layer.low, float)
            out.append({"name": (layer.label or chart.y_title) + " (base)", "values": low, "plot": "stacked", "hidden": True,
                        "legend": False, "colour": colour})
            out.append({"name": layer.label or chart.y_title, "values": np.asarray(layer.values, float) - low,
                        "plot": "stacked", "colour": _mix(colour, layer.opacity), "legend": bool(layer.label),
                        "colours": layer.colours, "text": layer.text})
        elif layer.mark in ("line", "point"):
            out.append({"name": layer.label or " ", "values": np.asarray(layer.values, float), "plot": "line",
                        "colour": colour, "legend": bool(layer.label), "dash": layer.dash,
                        "marks_only": layer.mark == "point", "shape": layer.shape})
    order = {"bar": 0, "stacked": 0, "area": 1, "line": 2}
    out.sort(key=lambda sr: order[sr["plot"]])   # stable: bars under bands under lines
    plots = list(dict.fromkeys(sr["plot"] for sr in out))
    return out, plots


_NOT_IN = {"line": ("invertIfNegative", "shape", "pictureOptions"),
           "area": ("invertIfNegative", "shape", "marker", "smooth"),
           "bar": ("marker", "smooth"), "stacked": ("marker", "smooth")}


def combine(ch, series, plots) -> None:
    """Move each series whose plot differs from the first into its own plot element on the
    same axes (OOXML combination chart)."""
    from lxml import etree
    from pptx.oxml.ns import qn

    if len(plots) == 1:
        return
    area = ch._chartSpace.chart.plotArea
    first = area.xpath("c:barChart|c:lineChart|c:areaChart")[0]
    axes = [a.get("val") for a in first.findall(qn("c:axId"))]
    sers = first.findall(qn("c:ser"))
    anchor = first
    for plot in plots[1:]:
        if plot == "line":
            el = etree.SubElement(area, qn("c:lineChart"))
            etree.SubElement(el, qn("c:grouping")).set("val", "standard")
        elif plot == "area":
            el = etree.SubElement(area, qn("c:areaChart"))
            etree.SubElement(el, qn("c:grouping")).set("val", "stacked")
        else:
            el = etree.SubElement(area, qn("c:barChart"))
            etree.SubElement(el, qn("c:barDir")).set("val", "col")
            etree.SubElement(el, qn("c:grouping")).set("val", "stacked" if plot == "stacked" else "clustered")
        etree.SubElement(el, qn("c:varyColors")).set("val", "0")
        for k, sr in enumerate(series):
            if sr["plot"] == plot:
                ser = sers[k]
                for tag in _NOT_IN[plot]:
                    for child in ser.findall(qn(f"c:{tag}")):
                        ser.remove(child)
                el.append(ser)
        if plot == "line":
            etree.SubElement(el, qn("c:marker")).set("val", "1")
        if plot == "stacked":
            etree.SubElement(el, qn("c:overlap")).set("val", "100")
        for a in axes:
            etree.SubElement(el, qn("c:axId")).set("val", a)
        area.remove(el)
        anchor.addnext(el)   # plots before the axes, in drawing order
        anchor = el


def hide_legend_entries(ch, indices) -> None:
    from lxml import etree
    from pptx.oxml.ns import qn

    legend = ch._chartSpace.chart.find(qn("c:legend"))
    pos = legend.find(qn("c:legendPos"))
    for i in sorted(indices, reverse=True):
        entry = etree.Element(qn("c:legendEntry"))
        etree.SubElement(entry, qn("c:idx")).set("val", str(i))
        etree.SubElement(entry, qn("c:delete")).set("val", "1")
        pos.addnext(entry)


def style_series(s, sr, chart) -> None:
    """One series' look: hidden, a line (dashed or not), marks only, or a filled bar or band,
    with its per-point colours (a waterfall), faded projected years and labels."""
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_MARKER_STYLE
    from pptx.enum.dml import MSO_LINE_DASH_STYLE
    from pptx.util import Pt

    colour = RGBColor.from_string(sr["colour"])
    if sr.get("hidden"):
        s.format.fill.background()
        s.format.line.fill.background()
        return
    if sr["plot"] == "line":
        s.smooth = False
        s.marker.style = XL_MARKER_STYLE.DIAMOND if sr.get("shape") == "diamond" else XL_MARKER_STYLE.CIRCLE
        s.marker.size = 9 if sr.get("marks_only") else 5
        s.marker.format.fill.solid()
        s.marker.format.fill.fore_color.rgb = colour
        s.marker.format.line.color.rgb = colour
        if sr.get("marks_only"):
            s.format.line.fill.background()
        else:
            s.format.line.color.rgb = colour
            s.format.line.width = Pt(2.25)
            if sr.get("dash"):
                s.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        return
    s.format.fill.solid()
    s.format.fill.fore_color.rgb = colour
    s.format.line.fill.background()
    cats = list(chart.categories)
    for i, c in enumerate(cats):
        own = None
        if sr.get("colours") is not None:
            own = sr["colours"][i].lstrip("#").upper()
        elif sr.get("fade") is not None and isinstance(c, int) and c > sr["fade"]:
            own = _mix(sr["colour"], 0.55)
        if own is not None:
            pt = s.points[i]
            pt.format.fill.solid()
            pt.format.fill.fore_color.rgb = RGBColor.from_string(own)
    if sr.get("text") is not None:
        for i, text in enumerate(sr["text"]):
            if text:
                tf = s.points[i].data_label.text_frame
                tf.text = nfc(text)
                for para in tf.paragraphs:
                    for run in para.runs:
                        run.font.size, run.font.name = Pt(10), FONT
