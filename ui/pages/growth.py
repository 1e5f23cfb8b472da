"""Tăng trưởng / Growth: GRDP at current prices with the multiple target's band, at constant
2010 prices with the growth target's path, and real growth by year against the target (the
scenario's target set; the charts are `model.report.charts`', as in the files and the deck)."""

import streamlit as st

import model
from model.report import charts, fmt, vega, views
from model.report.strings import t
from model.report import risk as rv
from ui import risk, state
from ui.common import ctx, show, what_changed

c = ctx()
what_changed(c)
lang, p = c.lang, c.projection
# the two charts' feet level (a title on two lines in a projector's narrow column set its
# chart 25 px lower), their plots level too (`vega.row_of`)
left, right = st.columns(2, vertical_alignment="bottom")
nominal, real = charts.grdp_nominal(p, lang), charts.grdp_real(p, lang)
row = vega.row_of(nominal, real)
show(nominal, lang, left, share=2, row=row)
show(real, lang, right, share=2, row=row)
# The one artefact of mixed vintages is said under GRDP at current prices (issue 15): the GRDP
# deflator of the actual years, from the history itself, so the words follow the data.
h = state.history()
defl = (h.nominal.sum(axis=1) / h.real.sum(axis=1)).pct_change() * 100
if {2022, 2023} <= set(defl.index):
    st.caption(t("g_vintage", lang, d22=fmt.num(defl[2022], lang, 1, sign=True),
                 d23=fmt.num(defl[2023], lang, 1, sign=True)))
show(charts.growth(p, lang), lang)
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
