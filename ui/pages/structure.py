"""Cơ cấu / Structure: sector shares at current prices year by year, and 2020 / the last actual
year / 2030 side by side, against the target set's 2030 shares."""

import streamlit as st

from model import industry
from model.report import charts, views
from model.report.strings import t
from model.sectors import SECTOR_IDS
from ui import risk, state
from ui.common import ctx, show, table, what_changed

c = ctx()
what_changed(c)
lang, p = c.lang, c.projection
if p.horizon < 2030:
    st.info(t("sc_short_horizon", lang, h=p.horizon, control=t("horizon", lang)))
show(charts.structure_path(p, lang), lang)
show(charts.structure(p, lang), lang)
st.subheader(t("s_table", lang))
table(views.text_frame(views.shares_table(p, lang), lang), "structure_table")
st.caption(t("s_table_rounding", lang))
st.subheader(t("s_branches", lang))
st.caption(t("s_branches_note", lang))
br = 100 * industry.branch_shares(p)
br.columns = [t(f"branch_{b}", lang) for b in br.columns]
br.index.name = t("year", lang)
table(views.text_frame(br, lang), "branch_table")
if risk.toggle("structure"):
    r = risk.result(state.shown().to_toml())
    if r is not None:
        st.subheader(t("rk_fans", lang))
        risk.draw_fans(r, (*(f"share_pct_{s}" for s in SECTOR_IDS), "share_pct_manufacturing"), lang)
c.source()
