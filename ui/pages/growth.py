"""Tăng trưởng / Growth: GRDP at current prices with the 2.5–3× band, at constant 2010 prices
with the 9 %-a-year path, and real growth by year."""

import altair as alt
import streamlit as st

import model
from model.report import fmt, views
from model.report.strings import t
from model.report import risk as rv
from ui import risk, state
from ui.common import chart_title, ctx, kind_colour, show, what_changed, year_axis

c = ctx()
what_changed(c)
lang, p = c.lang, c.projection
g = views.grdp_view(p)
x = year_axis(lang)
left, right = st.columns(2)
band = views.band_view(p)
nominal = alt.Chart(g[g.measure == "nominal"]).mark_line(point=True).encode(
    x, alt.Y("value_trn:Q", title=t("g_nominal", lang)), kind_colour(lang),
    tooltip=[alt.Tooltip("year:O", title=t("year", lang)), alt.Tooltip("value_trn:Q", format=",.1f", title="GRDP")])
layers = [nominal]
if len(band):
    layers.insert(0, alt.Chart(band).mark_area(opacity=0.2, color="#e76f51").encode(
        x, alt.Y("low_trn:Q"), alt.Y2("high_trn:Q")))
chart_title(t("g_band", lang), left)
show(alt.layer(*layers).properties(height=340), lang, left)
# The one artefact of mixed vintages is said where GRDP at current prices is shown (issue 15):
# the GRDP deflator of the actual years, from the history itself, so the words follow the data.
h = state.history()
defl = (h.nominal.sum(axis=1) / h.real.sum(axis=1)).pct_change() * 100
if {2022, 2023} <= set(defl.index):
    left.caption(t("g_vintage", lang, d22=fmt.num(defl[2022], lang, 1, sign=True),
                   d23=fmt.num(defl[2023], lang, 1, sign=True)))
real = alt.Chart(g[g.measure == "real"]).mark_line(point=True).encode(
    x, alt.Y("value_trn:Q", title=t("g_real", lang)), kind_colour(lang),
    tooltip=[alt.Tooltip("year:O", title=t("year", lang)), alt.Tooltip("value_trn:Q", format=",.1f", title="GRDP")])
path9 = alt.Chart(views.path9_view(p)).mark_line(strokeDash=[4, 3], color="#e76f51").encode(x, alt.Y("value_trn:Q"))
chart_title(t("g_path9", lang), right)
show(alt.layer(real, path9).properties(height=340), lang, right)
gr = views.growth_view(p)
chart_title(t("g_growth", lang))
show(alt.Chart(gr).mark_bar().encode(
    x, alt.Y("growth_pct:Q", title=t("g_growth", lang)), kind_colour(lang),
    tooltip=[alt.Tooltip("year:O", title=t("year", lang)),
             alt.Tooltip("growth_pct:Q", format=".2f", title=t("g_growth", lang))]).properties(height=280), lang)
for line in views.jumps_text(c.projection, model.analysis.project_jumps(c.projection), c.lang):
    st.caption(state.md(line))
if risk.toggle("growth"):
    r = risk.result(state.shown().to_toml())
    if r is not None:
        st.subheader(t("rk_fans", lang))
        line = rv.growth_sentence(r, lang)
        if line:
            st.markdown(risk.keep_units(state.md(line)))
        risk.draw_fans(r, ("grdp_nominal_bn", "grdp_real_bn", "growth_real_pct", "per_capita_mvnd"), lang)
c.source()
