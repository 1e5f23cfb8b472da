"""Đóng góp / Contributions: each sector's contribution to real growth (pp) and total growth."""

import streamlit as st

import model
from model.report import charts, views
from model.report.strings import t
from ui import state
from ui.common import ctx, show, table, what_changed

c = ctx()
what_changed(c)
lang, p = c.lang, c.projection
show(charts.contributions(p, lang), lang)
st.subheader(t("c_table", lang))
table(views.text_frame(views.contributions_shown(p, lang), lang), "contrib_table")
for line in views.jumps_text(c.projection, model.analysis.project_jumps(c.projection), c.lang):
    st.caption(state.md(line))
c.source()
