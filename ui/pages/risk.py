"""Rủi ro / Uncertainty: how likely each 2030 target is, from stochastic simulation
(`model.uncertainty`): the settings (draws, seed, sources and their scales), the probabilities,
the distribution of 2021–2030 growth, the fans, the tornado, the sizes of the sources and the
backtest of the fans."""

import streamlit as st

from model import coverage, registry, uncertainty
from model.report import charts, export, fmt
from model.report import risk as rv
from model.report.strings import t, target_name, target_unit
from model.report.charts import titled
from model.report.vega import chart_bytes
from ui import risk, settings_link, state
from ui.common import ctx, section, show, slow_cache, static_table
from ui.numbox import box_notes, number_box


@st.cache_resource(max_entries=16, show_spinner=False)
def tornado(toml: str):
    import model

    return uncertainty.tornado(state.history(), model.parse_scenario(toml))


@slow_cache("spin_backtest")
def fans_backtest():
    """The fans' backtest as estimated, the widening rule's scale, and each backtest's summary
    by the scale of its shocks (1, and the rule's when it widens) (`model.coverage`): the record
    alone, once a process."""
    raw = coverage.coverage()
    w = coverage.widening()
    tables = {1.0: raw, **({w: coverage.coverage(widen=w)} if w > 1 else {})}
    return raw, w, {factor: coverage.coverage_summary(tb) for factor, tb in tables.items()}


c = ctx()
lang = c.lang
s = risk.settings()
st.caption(t("rk_intro", lang))

# ---- settings ------------------------------------------------------------------------------------
left, mid = st.columns(2)


def _set(field, value):
    s[field] = value


# the key is seeded with the choice (an index as well made Streamlit warn of two defaults)
left.selectbox(t("rk_draws", lang), settings_link.RISK_DRAWS,
               key=state.seed("rk.draws", s["draws"] if s["draws"] in settings_link.RISK_DRAWS else settings_link.RISK_DRAWS[1]),
               format_func=lambda n: fmt.num(n, lang, 0), help=t("rk_draws_help", lang),
               on_change=lambda k=state.key("rk.draws"): _set("draws", state.ss()[k]))
with mid:
    number_box(t("rk_seed", lang), "rk.seed", float(s["seed"]), 0, settings_link.MAX_SEED,
               lambda v: _set("seed", int(v)), digits=0, whole=True, help=t("rk_seed_help", lang), unit="")
st.markdown(f"**{t('rk_sources', lang)}**")
cols = st.columns(len(uncertainty.SOURCES))
for col, src in zip(cols, uncertainty.SOURCES):
    def flip(src=src, k=state.key(f"rk.src.{src}")):   # the box's own key (`ui.state.key`)
        s["sources"][src] = bool(state.ss()[k])
    col.checkbox(t(f"rk_short_{src}", lang), key=state.seed(f"rk.src.{src}", s["sources"][src]), on_change=flip,
                 help=t(f"rk_src_{src}", lang), wrap=True)
with section(t("rk_scale", lang, src=t("rk_sources", lang).lower()), "rk_scale") as open_:
    if open_:
        cols = st.columns(len(uncertainty.SOURCES))
        notes = []   # said under the row, at the page's width: a column is a fifth of it
        for col, src in zip(cols, uncertainty.SOURCES):
            notes.append(number_box(t(f"rk_short_{src}", lang), f"rk.scale.{src}", s["scale"][src], 0.0,
                                    settings_link.MAX_RISK_SCALE, lambda v, src=src: s["scale"].__setitem__(src, v),
                                    digits=2, help=t("rk_scale_help", lang), unit="", where=col, draw_notes=False))
        box_notes(notes)
        _, w, _ = fans_backtest()
        st.caption(t("rk_widen_hint", lang, w=fmt.num(w, lang, 2)))

r = risk.result(state.shown().to_toml())
if r is None:
    st.info(t("rk_short_horizon", lang, h=state.shown().horizon, fix=t("rk_fix_app", lang, control=t("horizon", lang))))
    st.stop()

# ---- probabilities -------------------------------------------------------------------------------
st.subheader(t("rk_probabilities", lang))
for line in rv.sentences(r, lang):
    st.markdown(risk.keep_units(state.md(line)))
pt = rv.probabilities(r, lang)
static_table(pt[["indicator", "central", "target", "probability"]].rename(columns={
    "indicator": t("col_indicator", lang), "central": t("rk_central_col", lang),
    "target": t("col_target", lang), "probability": t("rk_prob_col", lang)}))
st.caption(state.md(rv.source_line(r, lang)))
if len(r.average_growth):   # the set's growth target: 2021–2030 above 9 %, or the plan's 2026–2030 at least 10 %
    g = registry.get(r.growth_id)
    show(charts.histogram(r.average_growth, g.low, lang, period=(g.first_year, g.year)), lang)

# ---- fans ----------------------------------------------------------------------------------------
st.subheader(t("rk_fans", lang))
risk.draw_fans(r, ("grdp_nominal_bn", "growth_real_pct", "share_pct_industry_construction", "per_capita_mvnd"), lang)
# The files `python -m model risk --out` writes, for the same settings. The tables' bytes are made
# now, in the session; a chart is drawn on the click from plain values only (the result and the
# language), which works where the session does not exist (see ui/pages/export.py).
out = state.shown()
title = out.title_in(lang)
with section(t("rk_downloads", lang), "rk_downloads") as open_:
    if open_:
        cols = st.columns(2)
        cols[0].download_button(t("rk_dl_prob", lang), data=export.csv_bytes(
            rv.probability_file(r), index=False), file_name=f"{out.name}_probabilities.csv",
            mime="text/csv", key="dl_rk_prob", on_click="ignore")
        cols[1].download_button(t("rk_dl_fan", lang), data=export.csv_bytes(r.fan, index=False),
                                file_name=f"{out.name}_fan.csv", mime="text/csv", key="dl_rk_fan", on_click="ignore")
        for m in rv.FILE_FANS:
            cols = st.columns([2, 1, 1])
            cols[0].markdown(t(rv.FAN_LABEL[m], lang))
            for col, kind in zip(cols[1:], ("png", "svg")):
                col.download_button(
                    kind.upper(), file_name=f"{out.name}_fan_{m}.{kind}", key=f"dl_rk_{m}_{kind}", on_click="ignore",
                    mime="image/png" if kind == "png" else "image/svg+xml",
                    data=lambda m=m, kind=kind, r=r, lang=lang, title=title: chart_bytes(
                        titled(charts.fan_of(r, m, lang, source=rv.source_line(r, lang)), title), lang, kind))

# ---- tornado -------------------------------------------------------------------------------------
st.subheader(t("rk_tornado", lang))
st.caption(t("rk_tornado_help", lang))
tt = tornado(state.shown().to_toml())
# the outcomes are the scenario's set's targets (the plan's 2026–2030 growth, …); one box per
# set, so that a choice from another set is never the value of a box without it
sid = registry.judged_set(state.shown())
names = {tid: target_name(tid, lang) for tid in registry.ids(sid)}
tk = f"rk.tornado.{sid}"
# kept in the link (rkt=), as the pages' other choices; the set's first target says nothing
first = next(iter(names))
# (a target of another set than the one the scenario now has quietly gives the first)
asked, bad = state.view_choice("rkt", names, first, known=registry.all_ids())
if bad:   # a link written by hand: said
    st.warning(t("url_view_outcome", lang, key="rkt", value=state.md(bad[:60]), allowed=", ".join(names),
                 default=names[first]))
outcome = st.selectbox(t("rk_tornado_outcome", lang), list(names), format_func=names.get,
                       key=state.seed(tk, asked), on_change=state.keeper("rkt", tk, first))
view = rv.tornado_view(tt, outcome, lang)
show(charts.tornado(view, names[outcome], lang, unit=target_unit(outcome, lang),
                    digits=registry.get(outcome).digits), lang, title=False)
static_table(rv.tornado_table(tt, outcome, lang))

# ---- the sources, and the backtest of the fans -----------------------------------------------------
st.subheader(t("rk_sizes", lang))
static_table(rv.sources_table(uncertainty.estimate(), lang))
st.caption(t("rk_sizes_note", lang, years=rv.year_runs(uncertainty.estimate().growth.years),
             left_out=rv.year_runs(uncertainty.common_rate_years())))
raw, w, summaries = fans_backtest()
st.subheader(t("rk_coverage", lang, first=int(raw["origin"].min()), last=int(raw["origin"].max())))
st.caption(t("rk_coverage_help", lang))
for factor, sm in summaries.items():
    st.markdown(t("rk_coverage_summary", lang, a50=fmt.pct(100 * sm.at["one_year_ahead", "in50"], lang, 0),
                  a90=fmt.pct(100 * sm.at["one_year_ahead", "in90"], lang, 0),
                  n=int(sm.at["one_year_ahead", "count"]), b50=fmt.pct(100 * sm.at["all_horizons", "in50"], lang, 0),
                  b90=fmt.pct(100 * sm.at["all_horizons", "in90"], lang, 0), m=int(sm.at["all_horizons", "count"]),
                  w=fmt.num(factor, lang, 2)))
sm = summaries[1.0]
st.caption(t("rk_coverage_bias", lang, k=int(sm.at["all_horizons", "above"]), m=int(sm.at["all_horizons", "count"])))
static_table(rv.coverage_table(raw[raw["horizon"] == 1], lang))
c.source()
