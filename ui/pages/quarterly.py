"""Theo quý / Quarterly: a year of the scenario by quarter and sector, in the layout the ministry
asks for (each quarter's growth on the same quarter a year before, and the cumulative growth),
its chart and file, and what the rest of the year must deliver after the quarters already
published or typed in (Government Resolution 01/NQ-CP, 2026)."""

from functools import partial

import streamlit as st

from model import params as P, quarterly as Q
from model.report import charts, export, fmt, views
from model.report.glossary import explain
from model.report.strings import sector_label, t
from ui import quarter, settings_link, state
from ui.common import ctx, section, show, static_table
from ui.numbox import number_box


c = ctx()
lang, p = c.lang, c.projection
ss = state.ss()
q = Q.quarterly(p)   # kept per projection (the Export page's files split the same one)
years = [int(y) for y in p.years[1:]]
# the year chosen is kept in the link (qy), so that it survives a page switch and the Export
# page's deck shows the same year's quarterly slide (in December the planner reports the next)
default_year = state.quarter_year(p) or min(max(p.last_actual_year + 1, years[0]), years[-1])

year = st.selectbox(t("qt_year", lang), years, key=state.seed("qt.year", default_year),
                    on_change=state.keeper("qy", "qt.year"))
if ss.get("view", {}).get("qy") and state.quarter_year(p) is None:   # a link's year this scenario lacks
    st.caption(t("qt_link_year", lang, value=state.md(ss["view"]["qy"][:12]), a=years[0], b=years[-1], year=year))
st.caption(t("qt_head", lang, name=state.md(c.title()), year=year, h=fmt.num(100 * q.share_h1, lang, 1)))
static_table(views.quarterly_view(q, year, lang), hide_index=False)
st.caption(state.md(t("qt_note", lang, rows=views.source_rows_text(q.sources, lang))))
# how far a projected quarter may stand from what will be published: the split tested on the record
bt = Q.backtest(state.history())
# the two words explained beside the sentence using them, the section shut or open
st.caption(f"{views.quarterly_backtest_text(bt, lang)} {explain('backtest', lang)} {explain('rmse', lang)}")
with section(t("qt_bt_table", lang), "qt_bt") as open_:
    if open_:
        static_table(views.quarterly_backtest_view(bt, lang))

# each quarter's growth by sector, year on year (the table's first four columns)
f = q.year(year)
show(charts.quarterly(f, year, lang), lang)
# the two files side by side: the CSV now, the workbook once the page's last sentence is known;
# both named as the scenario is everywhere ("(đã chỉnh)" once changed)
shown = state.shown()
files = st.container(horizontal=True)
files.download_button(t("qt_download", lang), data=export.csv_bytes(f[list(q.frame.columns)], index=False),
                      file_name=f"{shown.name}_quarterly_{year}.csv", mime="text/csv", key="dl_quarterly",
                      on_click="ignore")

# ---- what the rest of the year must deliver --------------------------------------------------
st.subheader(t("qt_rest", lang))
# GRDP or one sector: Resolution 01/NQ-CP asks for the quarterly scenario by sector, and the
# statistics office publishes the sectors' cumulative growth beside GRDP's
# The indicator chosen is a view kept in the link (qs=services), as the year is: Streamlit drops
# a widget's value on a page switch, and a planner back from the Export page found GRDP again.
whos = list(settings_link.QUARTER_WHO)   # GRDP and the sectors, as the link reads them
asked, bad = state.view_choice("qs", whos, Q.TOTAL)
if bad:
    st.caption(t("qt_link_sector", lang, value=state.md(bad[:40]), allowed=", ".join(whos)))
pick, a, b, c3 = st.columns(4, vertical_alignment="bottom")   # boxes in line when a label wraps
who = pick.selectbox(t("qt_sector", lang), whos, key=state.seed("qt.sector", asked),
                     format_func=lambda s: t("qt_grdp", lang) if s == Q.TOTAL else sector_label(s, lang, short=True),
                     help=t("qt_sector_help", lang), on_change=state.keeper("qs", "qt.sector", Q.TOTAL))
done = a.selectbox(t("qt_done_label", lang), settings_link.QUARTER_DONE, format_func=lambda m: t(f"qt_done{m}", lang),
                   key=state.seed(quarter.done_name(year, who), quarter.default_done(year, who)),
                   on_change=quarter.choose_done, args=(year, who, state.key(quarter.done_name(year, who))))
# A quarter's growth and the year's target are the planner's facts, not the scenario's: typed,
# they are kept through edits and loads; untyped, they follow the scenario shown (the published
# figure, else the scenario's own quarters and year), so the sentence never speaks of another
# scenario's numbers. Each sector keeps its own, and the link keeps them all (ui.quarter; the
# decks carry GRDP's).
known = quarter.facts(q, year, who, done)
done_key, target_key, pub = known.done_key, known.target_key, known.published
done_d, target_d, done_v, target_v = known.done_default, known.target_default, known.done_pct, known.target_pct
# what the record makes plausible (model.params): a sector's band is wider than GRDP's
plausible = tuple(100 * x for x in (P.PLAUSIBLE["growth"] if who == Q.TOTAL else P.PLAUSIBLE_SECTOR_YEAR))


def box_name(base: str, default: float, typed: bool) -> str:
    """The box's name: a new one whenever its default changes (the box is drawn afresh with it)
    or it is typed or untyped, and never one used before: a box drawn again under a name it had
    shows, in the browser, nothing (typing 10,5 and then 11,92, the first value, left it empty)."""
    now = ("typed",) if typed else ("default", default)
    if ss.get(f"{base}.was") != now:
        ss[f"{base}.was"], ss[f"{base}.n"] = now, ss.get(f"{base}.n", 0) + 1
    return f"{base}.{ss[f'{base}.n']}"


lo, hi = settings_link.QUARTER_PCT   # the bounds the link reads too
# untyped, a box shows its default to two decimals; the sentence computes with it unrounded
done_typed, target_typed = done_key in known.typed, target_key in known.typed
number_box(t("qt_done_pct", lang, done=t(f"qt_done{done}", lang)),
           box_name(f"qt_done_box.{year}.{who}.{done}", done_d, done_typed), done_v if done_typed else done_d, lo, hi,
           partial(quarter.type_in, done_key), where=b,
           help=t("qt_done_help", lang, src=views.source_rows_text([pub[1]], lang) if pub else t("qt_none", lang)),
           plausible=plausible)
number_box(t("qt_target", lang, year=year), box_name(f"qt_target_box.{year}.{who}", target_d, target_typed),
           target_v if target_typed else target_d, lo, hi, partial(quarter.type_in, target_key), where=c3,
           plausible=plausible)
if known.typed:   # a typed figure is kept through loads: this is the way back to the scenario's
    st.button(t("qt_untype", lang), key="qt_untype", help=t("qt_untype_help", lang), on_click=quarter.untype,
              args=(known.typed,))
r = Q.remaining(q, year, done, done_v, target_v, who)
# judged as the sentence prints them: a need shown above the path's, or above the record's, is a
# warning, however small
(st.warning if views.remaining_warns(r) else st.success)(state.md(views.remaining_text(r, lang)))
st.caption(views.remaining_note(r, lang))
# the table as a workbook, in the ministry's layout with its numbers as numbers, and the page's
# sentences: what the table is, where the actual years' quarters come from, what the rest of the
# year must deliver
rest = (done, done_v, target_v, who)
files.download_button(t("qt_download_xlsx", lang), data=state.quarterly_book(shown.to_toml(), year, lang, rest),
                      file_name=f"{shown.name}_quarterly_{year}.xlsx", key="dl_quarterly_xlsx", on_click="ignore",
                      mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
c.source()
