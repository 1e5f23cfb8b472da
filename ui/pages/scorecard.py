"""Tổng quan / Scorecard: the four headline targets as cards, then all 33 targets."""

import streamlit as st

from model.report import fmt, views
from model.report.strings import t
from model.report import risk as rv
from ui import risk, state
from ui.common import HEADLINE_CARDS, ctx, static_table, what_changed

c = ctx()
lang = c.lang
if c.projection.horizon < 2030:
    st.info(t("sc_short_horizon", lang, h=c.projection.horizon))
sc = views.scorecard(c.projection, lang)
head = sc.set_index("id")
for col, (tid, key, show) in zip(st.columns(4), HEADLINE_CARDS):
    r = head.loc[tid]
    value = fmt.DASH if r["value"] == fmt.DASH else show(r["value_num"], lang)
    delta = None if r["gap"] == fmt.DASH else f"{r['gap']} ({t('target_word', lang)} {r['target']})"
    col.metric(t(key, lang), value, delta=delta, border=True, help=t(key + "_help", lang),
               delta_color={"met": "green", "missed": "red"}.get(r["status_code"], "gray"),
               delta_arrow="off" if r["status_code"] == "not_modelled" else "auto")
what_changed(c, cards=False)
counts = sc["status_code"].value_counts()
st.markdown("**" + t("sc_counts", lang, met=counts.get("met", 0), missed=counts.get("missed", 0),
                     nm=counts.get("not_modelled", 0)) + "**")
# How likely each modelled target is (model.uncertainty, the session's settings): a column
# beside the status, the joint probability as a last row.
r = risk.result(state.shown().to_toml(), fans=False)
cols = ["indicator", "group", "value", "target", "gap", "unit", "status"]
if r is not None:
    probs = rv.probabilities(r, lang).set_index("id")
    sc["probability"] = [probs.at[i, "probability"] if i in probs.index else fmt.DASH for i in sc["id"]]
    cols.append("probability")
shown = sc[cols].rename(columns={
    "indicator": t("col_indicator", lang), "group": t("col_group", lang), "value": t("col_value", lang),
    "target": t("col_target", lang), "gap": t("col_gap", lang), "unit": t("col_unit", lang),
    "status": t("col_status", lang), "probability": t("rk_prob_col", lang)})
# A static table: long indicator names wrap instead of being cut, and all 33 rows show.
static_table(shown)
reasons = sc.loc[sc["status_code"] == "not_modelled", "note"].value_counts()
if len(reasons):
    st.caption(t("sc_reasons", lang, items="; ".join(t("sc_reason_item", lang, n=n, why=why)
                                                      for why, n in reasons.items())))
st.caption(t("sc_note", lang))
if r is not None:
    st.caption(t("rk_scorecard_note", lang, line=" ".join(
        state.md(x) for x in (rv.all_sentence(r, lang), rv.source_line(r, lang)) if x)))
c.source()
