"""Dự án / Projects: the named projects (calibration, band, capital), each switched on or off,
delayed or scaled in the scenario; the investment the scenario needs, by year and source,
against the record; what its growth path needs from capital, labour and TFP (the supply side,
with the growth accounting of the record); and the growth a level of investment buys."""

from functools import partial

import pandas as pd
import streamlit as st

import model
from model import params as P
from model import backtest
from model import investment as inv
from model import supply
from model.projects import ProjectSetting
from model.report import charts, fmt
from model.report.glossary import explain
from model.report import views
from model.report.outcome import investment_step_text, need_record_text, supply_text
from model.report.strings import over_years, project_status, t
from ui import codec, state
from ui.numbox import box_notes, number_box
from ui.common import ctx, headline_strip, section, show, static_table


# What the record alone gives, worked out once: the history does not change while the server
# runs (the attribution and the ICOR cost each control change 21 ms)
@st.cache_resource(show_spinner=False)
def sector_scores():
    """The sector backtest."""
    return backtest.sector_backtest(state.history())


@st.cache_resource(show_spinner=False)
def attribution():
    """What each project added to growth, 2016 to the last actual year (pp)."""
    return backtest.attribution(state.history())


@st.cache_resource(show_spinner=False)
def icor_record():
    """The ICOR of the years with published investment."""
    return inv.icor_record(state.history())


c = ctx()
lang = c.lang
ss = state.ss()
view = ss.setdefault("view", {})
PV_DEFAULT, PV_DELAY = "lng_vung_ang_3", 2    # the slip asked first: the LNG plant, two years
BUY_SHARE, BUY_SHARE_DEFAULT = (5.0, 95.0), 50.0   # investment, % of GRDP: the box's bounds
BUY_ICOR = (3.0, 15.0)


def asked_number(view_key: str, lo: float, hi: float, default: float, whole: bool = False) -> float:
    """The number the link's ``view_key`` asks for (`ui.codec.number_in`), else ``default``; a
    value the page's box would not take is said, in the reader's language."""
    if view_key not in view:
        return default
    x = codec.number_in(view[view_key], lo, hi, whole)
    if x is None:
        st.warning(t("url_view_num", lang, key=view_key, value=state.md(view[view_key][:40]), lo=fmt.plain(lo, lang),
                     hi=fmt.plain(hi, lang), default=fmt.plain(default, lang)))
        return default
    return x


@st.cache_resource(max_entries=64, show_spinner=False)
def supply_needs(toml_text: str):
    """What the scenario's path needs from capital, labour and TFP (`model.supply.needs`), and
    the notes on what lies beyond the record; None without a projected year."""
    from model.solver import supply_notes

    p = state.project(toml_text)
    try:
        return supply.needs(p), supply_notes(p)
    except ValueError:
        return None


@st.cache_resource(max_entries=32, show_spinner=False)
def variants(toml_text: str, pid: str, delay: int) -> pd.DataFrame:
    """The project on as set, ``delay`` more years late, and off (`project_variants`, as the
    command line's ``projects FILE --project ID --delay N``)."""
    return model.analysis.project_variants(state.history(), model.parse_scenario(toml_text), pid, delays=(delay,))


@st.cache_resource(max_entries=64, show_spinner=False)
def bought(toml_text: str, share: float, icor: float) -> model.Scenario:
    return inv.growth_from_investment(state.history(), model.parse_scenario(toml_text), share, icor=icor)


@st.cache_resource(max_entries=64, show_spinner=False)
def effects(toml_text: str, year: int | None = None) -> dict[str, float]:
    """Each project's effect on 2021–2030 average growth (pp), or with ``year`` on real GRDP in
    that year (%): as set, against off."""
    return model.analysis.project_effects(state.history(), model.parse_scenario(toml_text), year)


def definition(pid: str):
    return model.projects.definition(state.working().projects, pid)


def on_project(pid: str, tick: str, scale: float | None = None, delay: float | None = None) -> None:
    """A project's tick, delay or scale changed (``tick``: the key its tick box was drawn with,
    `ui.state.key`; ``scale``, ``delay``: the number typed in its box, years for the delay)."""
    w = state.working()
    old = w.projects.get(pid) or ProjectSetting(on=False)
    new = ProjectSetting(on=bool(ss[tick]), delay=int(old.delay if delay is None else delay),
                         scale=float(old.scale if scale is None else scale), definition=old.definition)
    full = w.project_room(pid) if new.on or new.delay or new.scale != 1.0 else None
    if full is not None:  # a 41st project: said, and the tick taken back
        ss["pj_error"] = "; ".join(full.lines(state.lang()))
        state.bump()
        return
    state.set_working(w.with_project(pid, new), redraw=False)


def on_apply_investment(toml_text: str) -> None:
    got = model.parse_scenario(toml_text)
    w = state.working()
    for s in model.SECTOR_IDS:
        w = w.with_rate(f"sectors.{s}.growth", got.sectors[s].growth)
    state.set_working(w, why="apply")
    ss["inv_applied"] = True


if ss.pop("inv_applied", False):
    st.toast(t("inv_applied", lang))
st.caption(t("pj_intro", lang))
headline_strip(c.projection, state.project(state.base().to_toml()), c.title(state.base()), lang,
               lead=t("hl_lead_projects", lang))
if ss.get("pj_error"):
    st.error(state.md(ss.pop("pj_error")))

# ---- the projects ------------------------------------------------------------------------
ids = model.analysis.project_ids(c.working)
# on growth over the period the scenario's target set judges (2026–2030 for the plan: a plant
# starting in 2029 read half its weight against 2021–2030)
g0, g1 = model.registry.growth_period(c.working.targets_set)
# to a horizon past 2030, what each adds to GRDP there: a plant starting after 2030 (the railway
# in 2031) adds nothing to growth to 2030, which read as "no effect"; to one before 2030, that
# alone (growth to 2030 cannot be measured)
grows, h = model.analysis.effect_measures(c.working)
eff = effects(c.toml) if grows else None
eff_h = effects(c.toml, h) if h else None
main_rows, detail_rows = [], []
for pid in ids:
    p = definition(pid)
    name = views.project_name(p, lang)
    main_rows.append({t("pj_col_name", lang): name, t("pj_col_status", lang): project_status(p.status, lang),
                      # a delay set below moves the first year here too (the planned one stays in view)
                      t("pj_col_first", lang): views.first_year_text(p, c.working.projects.get(pid), lang,
                                                                        c.projection.last_actual_year),
                      t("pj_col_va", lang): views.va_text(p, c.working.projects.get(pid), lang, band=True),
                      **({t("pj_col_effect", lang, a=g0 + 1, b=g1): fmt.num(eff.get(pid), lang, 2, sign=True)}
                         if eff is not None else {}),
                      **({t("pj_col_effect_h", lang, h=h): fmt.num(eff_h.get(pid), lang, 2, sign=True)}
                         if eff_h is not None else {})})
    detail_rows.append({t("pj_col_name", lang): name,
                        t("pj_col_capex", lang): fmt.num(sum(v for _, v in p.capex), lang, 0),
                        t("pj_col_prob", lang): fmt.num(p.probability, lang, 2),
                        t("pj_col_method", lang): t(f"pj_method_{p.va_method}", lang)})
st.subheader(t("pj_table", lang))
# Static tables: long names and headers wrap, every column stays on a laptop screen.
static_table(pd.DataFrame(main_rows))
with section(t("pj_details", lang), "pj_details") as open_:
    if open_:
        static_table(pd.DataFrame(detail_rows))

st.subheader(t("pj_settings", lang))
running, switchable = [], []
for pid in ids:
    p = definition(pid)
    s_ = c.working.projects.get(pid) or ProjectSetting(on=False)
    name = views.project_name(p, lang)
    # A plant at full capacity by the last actual year is in the data already: running, not a
    # choice (an unticked box would read as "excluded"). One the file lists keeps its boxes
    # (off is a choice: its capital joins the organic record); a delay or scale that cannot
    # move its output is said below the list.
    if (p.status.startswith("operating") and pid not in c.working.projects
            and p.at_capacity(c.projection.last_actual_year)):
        running.append(name)
        continue
    switchable.append(pid)
    a, b, d = st.columns([5, 1.2, 1.2])
    tick = state.seed(f"pj.{pid}.on", s_.on)
    a.checkbox(state.md(name), key=tick, on_change=on_project, args=(pid, tick), wrap=True)
    # what a delay moves: the start, or for a plant already producing the rest of its ramp-up
    # (model.projects.Project.added)
    delay_help = (t("pj_delay_help_started", lang, y=p.first_year, full=p.full_year())
                  if p.recorded_start(c.projection.last_actual_year) is not None
                  else t("pj_delay_help", lang, y=p.first_year))
    # text boxes as every number box here (a browser's number field read "1,5" as 15 and refused
    # it in Streamlit's English, naming no field); their messages under the row, at the page's
    # width: the boxes' columns are a sixth of it
    notes = [number_box(t("pj_delay_label", lang), f"pj.{pid}.delay", float(s_.delay), 0, P.MAX_DELAY,
                        lambda v, pid=pid, tick=tick: on_project(pid, tick, delay=v), where=b, digits=0, whole=True, unit="",
                        help=delay_help, field=f"{name}: {t('pj_delay_label', lang)}", draw_notes=False),
             number_box(t("pj_scale_label", lang), f"pj.{pid}.scale", float(s_.scale), 0.0, P.MAX_PROJECT_SCALE,
                        partial(on_project, pid, tick), where=d, field=f"{name}: {t('pj_scale_label', lang)}",
                        draw_notes=False)]
    box_notes(notes)

if running:
    st.caption(t("pj_running", lang, y=c.projection.last_actual_year, names="; ".join(state.md(n) for n in running)))
# committed plants still ramping up that the scenario switches off on purpose: a plan's sector
# rates may already hold them, and a tick would then count them twice (said before it is ticked)
left = model.projects.left_out_ramping(c.working.projects, c.projection.last_actual_year, c.projection.horizon)
if left:
    st.caption(t("pj_left_out", lang, y=c.projection.last_actual_year,
                 names="; ".join(state.md(views.project_name(p_, lang)) for p_ in left)))
inert = views.inert_text(model.projects.inert_settings(c.working.projects, c.projection.last_actual_year),
                         c.projection.last_actual_year, lang)
if inert:
    st.warning(state.md(inert))   # a user-defined plant's name is user text

# ---- if one project slips or is dropped: the three side by side (the command line's
# `projects FILE --project ID --delay N`), without changing the scenario; worked out only while
# the section is open (a link that asks, pv= or pvd=, opens it)
with section(t("pv_title", lang), "pv", asked=("pv", "pvd")) as open_:
    if open_ and switchable:
        # kept in the link (pv=, pvd=; not the scenario): the choice outlives a page switch, a
        # reload and a shared link
        first = PV_DEFAULT if PV_DEFAULT in switchable else switchable[0]
        pv_id, bad = state.view_choice("pv", switchable, first)
        if bad:   # a link written by hand, or a project this file does not have
            st.warning(t("url_view_project", lang, key="pv", value=state.md(bad[:60]),
                         default=state.md(views.project_name(definition(first), lang))))
        pv_delay = int(asked_number("pvd", 1, P.MAX_DELAY, PV_DELAY, whole=True))
        left, right = st.columns([4, 1])
        pv_id = left.selectbox(t("pv_project", lang), switchable,
                               format_func={pid: views.project_name(definition(pid), lang)
                                            for pid in switchable}.__getitem__,
                               key=state.seed("pv.project", pv_id), on_change=state.keeper("pv", "pv.project", PV_DEFAULT))
        number_box(t("pv_delay_label", lang), "pv.delay", float(pv_delay), 1, P.MAX_DELAY,
                   partial(state.keep_view, "pvd", default=PV_DELAY, text=codec.link_number),
                   where=right, digits=0, whole=True, unit="")
        if c.projection.horizon < model.targets.TARGET_YEAR:
            st.caption(t("pv_short", lang, h=c.projection.horizon))
        else:
            table = variants(c.toml, pv_id, pv_delay)
            static_table(views.project_variants_view(table, lang), hide_index=False)
            st.caption(" ".join(views.project_variants_notes(table, lang, where="app")) or t("pv_none", lang))
            # what "late" means, for a plant producing or not, and what the summed rows add up
            st.caption(f"{explain('delay', lang)} {explain('summed_grdp', lang)}")

# ---- what the projects added, and the backtest -----------------------------------------------
st.subheader(t("bt_title", lang))
st.caption(t("bt_attr_note", lang))
static_table(views.backtest_attribution_view(attribution(), lang), hide_index=False)
result = backtest.backtest()
st.markdown(f"**{t('bt_score', lang)}**")
static_table(views.backtest_score_view(result.rmse, lang))
st.caption(f"{views.backtest_note(result.rmse, lang)} {explain('backtest', lang)} {explain('rmse', lang)}")
st.markdown(f"**{t('bt_sector_score', lang)}**")
sb = sector_scores()
static_table(views.sector_score_view(sb, lang))
st.caption(views.sector_score_note(sb, lang))

# ---- investment ----------------------------------------------------------------------------
st.subheader(t("inv_title", lang))
band = inv.ICOR_BAND
st.caption(t("inv_note", lang, lo=fmt.plain(band["low"], lang), hi=fmt.plain(band["high"], lang),
             c=fmt.plain(band["central"], lang)))
r = inv.required_investment(c.projection)   # kept per projection by the model
if len(r):
    # billion VND, as the table below; every year from the first record to the horizon on the
    # axis, so that years without a published figure show as gaps rather than vanish
    show(charts.investment(r, inv.investment_record(state.history()), lang), lang)
    # billion VND: each row's parts add up to its central need and the period's row to the
    # years above it, as shown (`views.investment_shown`)
    tf, sector_frame, unit = views.investment_view(r, lang)
    st.caption(unit)
    static_table(tf, hide_index=False)
    # why the first projected year stands apart from the next (the lags' catch-up), where it does
    step = investment_step_text(r, c.projection, lang)
    if step:
        st.caption(step)
    # the need against the record, in words, marked where the province has never raised it (a
    # table of 115 % of GRDP a year said nothing of the record's highest, half of GRDP)
    v = inv.need_against_record(c.projection)
    (st.warning if v["beyond"] else st.caption)(state.md(need_record_text(v, c.projection.scenario, lang)))
    st.caption(t("inv_by_sector", lang))
    static_table(sector_frame, hide_index=False)
    small = views.projects_small_text(r, lang)   # the projects' capital the chart cannot show
    if small:
        st.caption(small)
    st.caption(f"{explain('organic', lang)} {explain('icor', lang)}")
    if r["negative"].any():
        st.caption(t("inv_negative", lang, years=", ".join(str(y) for y in r.index[r["negative"]])))
rec_icor = icor_record()
st.caption(t("inv_icor_record", lang) + ": " + "; ".join(
    f"{period}: {fmt.num(v, lang, 2)}" for period, v in rec_icor["icor"].items()))

# ---- the supply side: capital, labour, TFP ---------------------------------------------------
st.subheader(t("su_title", lang))
A = supply.Assumptions()
st.caption(t("su_note", lang, a=fmt.num(A.alpha, lang, 2), d=fmt.num(100 * A.delta, lang, 0),
             k=fmt.num(A.ky0, lang, 1), a_lo=fmt.num(supply.BANDS["alpha"][0], lang, 1),
             a_hi=fmt.num(supply.BANDS["alpha"][2], lang, 1)) + " " + explain("tfp", lang))
got_supply = supply_needs(c.toml)
if got_supply is not None:
    sn, sn_notes = got_supply
    st.markdown(state.md(supply_text(sn, lang)))
    for note in sn_notes:
        st.warning(state.md(note.text(lang)))
    static_table(views.supply_frame(sn.table, lang), hide_index=False)
with section(t("su_record", lang), "su_record") as open_:
    if open_:
        st.caption(t("su_accounting", lang))
        static_table(views.supply_frame(views.accounting_shown(supply.accounting(state.history())
                                                               .drop(columns="capital_bn")), lang),
                     hide_index=False)
        st.caption(t("su_record_note", lang))
        static_table(views.supply_frame(supply.record(state.history()), lang), hide_index=False)

# ---- what investment buys ------------------------------------------------------------------
st.subheader(t("inv_buy", lang))
a, b = st.columns(2)
# the share and the ICOR asked are kept in the link (ib=, ik=), as the page's other choices
share = asked_number("ib", *BUY_SHARE, BUY_SHARE_DEFAULT)
icor = asked_number("ik", *BUY_ICOR, float(band["central"]))
keep_share = partial(state.keep_view, "ib", default=BUY_SHARE_DEFAULT, text=codec.link_number)
keep_icor = partial(state.keep_view, "ik", default=float(band["central"]), text=codec.link_number)
number_box(t("inv_share", lang), "inv_share", share, *BUY_SHARE, keep_share, digits=1, where=a)
number_box(t("inv_icor", lang), "inv_icor", icor, *BUY_ICOR, keep_icor, help=explain("icor", lang), digits=1, where=b)
if c.projection.horizon > c.projection.last_actual_year:
    try:
        got = bought(c.toml, share / 100, icor)
        gp = state.project(got.to_toml())
    except model.ScenarioError as e:  # growth outside what a scenario may hold: said, not raised
        st.warning(t("inv_out_of_range", lang, s=fmt.plain(share, lang), k=fmt.plain(icor, lang)) + "\n\n"
                   + "\n".join(f"- {state.md(x)}" for x in e.lines(lang)[:5]))
        st.stop()
    last, h = gp.last_actual_year, gp.horizon
    st.info(t("inv_bought", lang, s=fmt.plain(share, lang), k=fmt.plain(icor, lang),
              g=fmt.num(100 * gp.average_growth(last, h), lang), over=over_years(last + 1, h, lang)))
    crowded = views.crowding_text(gp, share / 100, lang)
    if crowded:
        st.warning(crowded)
    # the same share across the ICOR band: how much the answer rests on the ICOR assumed
    band_growth = []
    for k in (band["low"], band["central"], band["high"]):
        try:
            bp = state.project(bought(c.toml, share / 100, float(k)).to_toml())
            band_growth.append(f"ICOR {fmt.plain(k, lang)}: {fmt.num(100 * bp.average_growth(last, h), lang)} %")
        except model.ScenarioError:
            band_growth.append(f"ICOR {fmt.plain(k, lang)}: —")
    st.caption(t("inv_bought_band", lang, s=fmt.plain(share, lang), items="; ".join(band_growth)))
    st.button(t("inv_apply", lang), key="inv_apply", on_click=on_apply_investment, args=(got.to_toml(),))
