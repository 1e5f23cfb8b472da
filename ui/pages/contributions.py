"""Đóng góp / Contributions: each sector's contribution to real growth (pp) and total growth."""

import altair as alt
import streamlit as st

import model
from model.report import views
from model.report.strings import t
from ui import state
from ui.common import chart_title, ctx, sector_colour, show, table, what_changed, year_axis

c = ctx()
what_changed(c)
lang, p = c.lang, c.projection
cv = views.contributions_view(p, lang)
bars = alt.Chart(cv).mark_bar().encode(
    year_axis(lang), alt.Y("contrib_pp:Q", title=t("c_contrib", lang)), sector_colour(lang),
    opacity=alt.condition(alt.datum.kind == "actual", alt.value(1.0), alt.value(0.6)),
    tooltip=[alt.Tooltip("sector", title=t("sector", lang)), alt.Tooltip("year", title=t("year", lang)),
             alt.Tooltip("contrib_pp:Q", format=".2f", title="pp")])
dots = alt.Chart(views.growth_view(p)).mark_point(color="black", filled=True, size=50).encode(
    alt.X("year:O"), alt.Y("growth_pct:Q"), tooltip=[alt.Tooltip("growth_pct:Q", format=".2f", title="GRDP %")])
chart_title(f"{t('c_contrib', lang)} · ● GRDP (%)")
show(alt.layer(bars, dots).properties(height=380), lang)
st.subheader(t("c_table", lang))
table(views.text_frame(views.contributions_table(p, lang), lang), "contrib_table")
for line in views.jumps_text(c.projection, model.analysis.project_jumps(c.projection), c.lang):
    st.caption(state.md(line))
c.source()
