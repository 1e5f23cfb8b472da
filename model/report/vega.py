"""Charts of uncertainty as Vega-Lite (Altair): one definition drawn on screen by the app and
written to PNG and SVG (real text elements) by `vl-convert`, so that the file is the chart
the planner saw. Altair loads only when a chart is made.

- `fan_chart`: the 5–95 % and 25–75 % bands, the median and the scenario's own path, actual
  years solid;
- `tornado_chart`: each assumption's low and high ends as a bar around the central value.
"""

from __future__ import annotations

import pandas as pd

from .strings import t

FAN_COLOUR = "#386fa4"


def locale_config(lang: str) -> dict | None:
    """Vega's number locale for the reader (7,5 in Vietnamese), or None for English."""
    if lang == "vi":
        return {"number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " ₫"]}}
    return None


def localised(chart, lang: str):
    loc = locale_config(lang)
    return chart.configure(locale=loc) if loc else chart


def fan_chart(view: pd.DataFrame, y_title: str, lang: str, height: int = 300, fmt_y: str = ",.1f"):
    """The fan of one measure (`model.report.risk.fan_view`)."""
    import altair as alt

    # every year on the axis, upright to 2035, turned beyond (a 2050 horizon has 31 of them)
    x = alt.X("year:O", title=t("year", lang), axis=alt.Axis(labelAngle=0 if len(view) <= 16 else -45))
    base = alt.Chart(view)
    tip = [alt.Tooltip("year:O", title=t("year", lang)),
           *(alt.Tooltip(f"{q}:Q", format=fmt_y, title=t(f"rk_{q}", lang)) for q in ("p5", "p25", "p50", "p75", "p95"))]
    outer = base.mark_area(opacity=0.18, color=FAN_COLOUR).encode(
        x, alt.Y("p5:Q", title=y_title, scale=alt.Scale(zero=False)), alt.Y2("p95:Q"), tooltip=tip)
    inner = base.mark_area(opacity=0.35, color=FAN_COLOUR).encode(x, alt.Y("p25:Q"), alt.Y2("p75:Q"), tooltip=tip)
    median = base.mark_line(color=FAN_COLOUR, strokeDash=[5, 3]).encode(x, alt.Y("p50:Q"))
    layers = [outer, inner, median]
    if "central" in view:
        layers.append(base.mark_line(color="#222222", point=alt.OverlayMarkDef(size=18)).encode(
            x, alt.Y("central:Q"), tooltip=[alt.Tooltip("year:O"), alt.Tooltip("central:Q", format=fmt_y,
                                                                               title=t("rk_central", lang))]))
    return alt.layer(*layers).properties(height=height)


def tornado_chart(view: pd.DataFrame, x_title: str, lang: str, height: int | None = None, fmt_x: str = ",.2f"):
    """Bars from the low to the high end of each assumption, ranked; the central value as a rule."""
    import altair as alt

    order = list(view["label"])
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelOverlap=False))
    base = alt.Chart(view)
    bars = base.mark_bar(color=FAN_COLOUR, opacity=0.75).encode(
        alt.X("low:Q", title=x_title, scale=alt.Scale(zero=False)), alt.X2("high:Q"), y,
        tooltip=[alt.Tooltip("label:N", title=t("rk_col_assumption", lang)),
                 alt.Tooltip("low_setting:N", title=t("rk_col_low_setting", lang)),
                 alt.Tooltip("low:Q", format=fmt_x, title=t("rk_col_low", lang)),
                 alt.Tooltip("high_setting:N", title=t("rk_col_high_setting", lang)),
                 alt.Tooltip("high:Q", format=fmt_x, title=t("rk_col_high", lang))])
    central = alt.Chart(pd.DataFrame({"c": [float(view["central"].iloc[0])] if len(view) else []})).mark_rule(
        color="#222222").encode(x="c:Q")
    return alt.layer(bars, central).properties(height=height or max(120, 34 * len(view)))


def chart_bytes(chart, lang: str, kind: str = "png", source: str | None = None, title: str | None = None) -> bytes:
    """A chart as PNG (2× scale) or SVG bytes, with its title and source line, in the reader's
    number convention."""
    import vl_convert as vlc

    if title or source:
        chart = chart.properties(title={"text": title or "", "subtitle": source or "", "anchor": "start",
                                        "subtitleFontSize": 10, "subtitleColor": "#555555"})
    spec = localised(chart.properties(width=640), lang).to_json()
    if kind == "svg":
        return vlc.vegalite_to_svg(spec).encode("utf-8")
    return vlc.vegalite_to_png(spec, scale=2)
