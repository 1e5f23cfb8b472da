"""Tổng quan / Scorecard: the chosen target set's headline targets as cards, then its
targets (the Resolution 26 programme's 33 by default), and beside it a second set, with where
the two contradict each other."""

from functools import partial

import streamlit as st

from model import consistency, parse_scenario, registry, tracking
from model.report import fmt, views
from model.report.findings import finding_text
from model.investment import need_against_record
from model.report.outcome import need_record_text
from model.report.strings import noun, t
from model.report import risk as rv
from ui import risk, settings_link, state
from ui.common import card_row, ctx, section, static_table, what_changed
from ui.numbox import number_box

@st.cache_resource(max_entries=32, show_spinner=False)
def own_findings(toml_text: str):
    """`model.consistency.set_findings` of the scenario's own set (none for the programme's)."""
    return consistency.set_findings(state.history(), parse_scenario(toml_text))


c = ctx()
lang = c.lang
if c.projection.horizon < 2030:
    st.info(t("sc_short_horizon", lang, h=c.projection.horizon, control=t("horizon", lang)))
SETS = registry.set_ids()


def _pick_set(k: str) -> None:
    v = state.ss()[k]   # the box's own key (`ui.state.key`)
    if state.ss().get("view", {}).get("ts2") == v:   # a set is not set beside itself
        state.ss()["view"].pop("ts2")
    state.set_working(state.working().with_set(None if v == registry.DEFAULT_SET else v))


chosen = registry.judged_set(c.working)
pickers = st.container(horizontal=True, gap="small")   # one row: three elements where columns made five
pickers.selectbox(t("ts_label", lang), SETS, format_func=lambda s_: views.set_title(s_, lang),
                  key=state.seed("ts.pick", chosen), on_change=_pick_set, args=(state.key("ts.pick"),),
                  help=t("ts_help", lang))
# The second set is a view, not an assumption: kept in the link (?ts2=plan_2026_2030), as the
# Compare page's selection is, so that a page switch, a reload and a shared link keep it (a
# widget key of its own was dropped by Streamlit on the first page switch).
others = ["", *[s_ for s_ in SETS if s_ != chosen]]
asked, bad = state.view_choice("ts2", others, "", known=SETS)   # the set itself: none beside it
if bad:   # a link written by hand, or naming a set since withdrawn
    st.warning(t("url_view_set", lang, key="ts2", value=state.md(bad[:40]), allowed=", ".join(SETS)))
other = pickers.selectbox(t("ts_compare", lang), others,
                          format_func=lambda s_: views.set_title(s_, lang) if s_ else t("ts_none", lang),
                          key=state.seed("ts.other", asked),
                          on_change=state.keeper("ts2", "ts.other", ""))
st.caption(state.md(views.set_source(chosen, lang)))
sc = views.scorecard(c.projection, lang, set_id=chosen, trends=state.ss().get("tk_trends"))
# the cards are the chosen set's headline figures (the programme's four; the 2026–2030 plan's
# three): a card judged by another set than the table under it contradicted it (industry's
# share 50.9 % red against the programme's 60.3, "met" against the plan's 51 below)
head = sc.set_index("id")
cards = card_row()
for tid in registry.headline(chosen):
    r = head.loc[tid]
    value = fmt.DASH if r["value"] == fmt.DASH else views.card_value(tid, r["value_num"], lang)
    delta = None if r["gap"] == fmt.DASH else f"{r['gap']} ({t('target_word', lang)} {r['target']})"
    cards.metric(views.card_label(tid, lang), value, delta=delta, border=True, help=views.card_help(tid, lang),
                 delta_color={"met": "green", "missed": "red"}.get(r["status_code"], "gray"),
                 delta_arrow="off" if r["status_code"] == "not_modelled" else "auto")
what_changed(c, cards=False)
counts = sc["status_code"].value_counts()
tracked = counts.get("on_track", 0) + counts.get("off_track", 0) + counts.get("no_figure", 0)
# Lines that belong together are one element each: an element costs a rerun about 2 ms,
# server and browser together (benchmarks/browser.py).
count_lines = ["**" + t("sc_counts", lang, met=counts.get("met", 0), missed=counts.get("missed", 0),
                        nm=counts.get("not_modelled", 0) + tracked, n=len(sc)) + "**"]
if tracked:
    count_lines.append(t("sc_counts_tracked", lang, on=counts.get("on_track", 0), off=counts.get("off_track", 0),
                         none=counts.get("no_figure", 0)))
st.markdown("  \n".join(count_lines))
# targets met by paths that need more investment than the province has ever raised: said here,
# where the verdicts are read (the Projects page gives the need year by year)
# (`need_against_record` keeps it per projection: the Projects and Compare pages ask alike)
need = need_against_record(c.projection) if c.projection.horizon >= 2030 else None
if need is not None and need["beyond"]:
    st.warning(state.md(need_record_text(need, c.projection.scenario, lang)))
# How likely each modelled target is (model.uncertainty, the session's settings): a column
# beside the status, the joint probability as a last row.
r = risk.result(state.shown().to_toml(), fans=False)
cols = ["indicator", "group", "value", "target", "gap", "unit", "status", "note"]
if r is not None:
    probs = rv.probabilities(r, lang).set_index("id")
    sc["probability"] = [probs.at[i, "probability"] if i in probs.index else fmt.DASH for i in sc["id"]]
    cols.append("probability")
shown = sc[cols].rename(columns={
    "indicator": t("col_indicator", lang), "group": t("col_group", lang), "value": t("col_value", lang),
    "target": t("col_target", lang), "gap": t("col_gap", lang), "unit": t("col_unit", lang),
    "status": t("col_status", lang), "probability": t("rk_prob_col", lang), "note": t("col_note", lang)})
# A static table: long indicator names wrap instead of being cut, and all 33 rows show.
static_table(shown)
# the tracked targets' trends: the record's by default, each one the user's to change, kept in
# the link (tk.ID=…) and in the files the Export page offers
tr = tracking.track(state.ss().get("tk_trends"))
with_figure = tracking.trendable()
if with_figure and chosen == registry.DEFAULT_SET:
    # its boxes are drawn only while it is open (as the sidebar's sections): shut, it costs a
    # rerun one element instead of one per tracked target
    with section(t("tk_title", lang), "tk") as open_:
        names = sc.set_index("id")["indicator"]
        for tid in with_figure if open_ else ():
            number_box(names[tid], f"tk.{tid}", float(tr.at[tid, "trend"]), *settings_link.TREND_RANGE,
                       partial(state.set_trend, tid), digits=2, unit="")
        if open_ and state.ss().get("tk_trends"):
            st.button(t("tk_reset", lang), key=state.key("tk.reset"), on_click=state.set_trend)
# another set's own arithmetic (its growth and level targets against prices; model.consistency):
# what cannot hold together, or needs more than its least growth, said under its table
if chosen != registry.DEFAULT_SET:
    for f in own_findings(c.toml):
        (st.caption if f.severity == "info" else st.warning)(state.md(finding_text(f, lang)))
# the notes under the table, one caption: why some are not modelled, how to read the table,
# the probabilities' source, and (with no second set below) the page's source
notes = []
reasons = sc.loc[sc["status_code"] == "not_modelled", "note"].value_counts()
if len(reasons):
    notes.append(t("sc_reasons", lang, items="; ".join(t("sc_reason_item", lang, n=n, why=why,
                                                         targets=noun(n, "target"))
                                                       for why, n in reasons.items())))
if chosen == registry.DEFAULT_SET:
    notes.append(t("sc_note", lang))
if r is not None:
    notes.append(t("rk_scorecard_note", lang, line=" ".join(state.md(x) for x in rv.table_notes(r, lang))))
side = bool(other) and c.projection.horizon >= 2030
if not side:
    notes.append(c.source_text())
st.caption("\n\n".join(notes))
if side:
    st.subheader(t("ts_side", lang))
    static_table(views.sets_side_by_side(c.projection, [chosen, other], lang))
    for line in views.clash_lines(chosen, other, state.history(), lang):
        (st.warning if line.startswith(("Mâu thuẫn", "Contradiction")) else st.info)(state.md(line))
    c.source()
