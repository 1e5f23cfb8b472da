"""Cơ cấu / Structure: sector shares at current prices year by year, against the 2030 targets."""

import altair as alt
import streamlit as st

from model import industry
from model.report import views
from model.report.strings import t
from model.sectors import SECTOR_IDS
from ui import risk, state
from ui.common import chart_title, ctx, sector_colour, show, table, what_changed, year_axis

c = ctx()
what_changed(c)
lang, p = c.lang, c.projection
sh = views.shares_view(p, lang)
lines = alt.Chart(sh).mark_line(point=True).encode(
    year_axis(lang), alt.Y("share_pct:Q", title=t("s_share", lang)), sector_colour(lang),
    strokeDash=alt.StrokeDash("kind:N", legend=None, scale=alt.Scale(domain=["actual", "projection"],
                                                                       range=[[1, 0], [5, 3]])),
    tooltip=[alt.Tooltip("sector", title=t("sector", lang)), alt.Tooltip("year", title=t("year", lang)),
             alt.Tooltip("share_pct:Q", format=".2f", title="%")])
chart = lines
if p.horizon >= 2030:
    tg = views.share_targets_view(lang).assign(year=2030)
    chart = alt.layer(lines, alt.Chart(tg).mark_point(shape="diamond", size=160, filled=True).encode(
        alt.X("year:O"), alt.Y("target_pct:Q"), sector_colour(lang),
        tooltip=[alt.Tooltip("sector", title=t("sector", lang)),
                 alt.Tooltip("target_pct:Q", title=t("s_target", lang))]))
else:
    st.info(t("sc_short_horizon", lang, h=p.horizon))
chart_title(f"{t('s_share', lang)} · ◆ {t('s_target', lang)}")
show(chart.properties(height=380), lang)
st.subheader(t("s_table", lang))
table(views.text_frame(views.shares_table(p, lang), lang), "structure_table")
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
