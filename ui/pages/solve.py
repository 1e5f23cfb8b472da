"""Giải mục tiêu / Solve: choose targets, free sectors, path form and bounds (each sector's
default from its record, shown beside it); see what the solver proposes and, before applying it,
what an economist should know (bounds that bind, shrinking, jumps, taxes following their base);
the trade-off between growth and the multiple; the consistency report and what the remaining
years must deliver. Heavy results are computed once per setting (cached)."""

from dataclasses import replace
from functools import partial

import streamlit as st

import model
from model import params as P
from model.record import growth_bounds, tax_elasticity
from model.report import charts, fmt, views
from model.report.glossary import explain
from model.report.findings import finding_text
from model.report.outcome import investment_text, next_step, supply_text
from model.report.strings import sector_label, t
from model.scenario import PRIORITY, frac_to_pct, pct_to_frac
from model.sectors import SECTOR_IDS
from model.solver import DEFAULT_FREE, frontier
from ui import state
from ui.common import ctx, headline_strip, section, show, slow_cache, static_table, table
from ui.numbox import box_notes, number_box

PAGE_CONFLICTS = 6   # the conflicts listed under the verdict; the rest in a section that opens


@slow_cache("spin_solve", max_entries=64)
def solve(toml_text, targets, free, method, approx, bounds, smoothness, taxes, priorities, prices, cap=None):
    return model.solve(state.history(), model.parse_scenario(toml_text), list(targets), free=list(free),
                       method=method, approx=approx, bounds=dict(bounds), smoothness=smoothness,
                       taxes=taxes, priorities=dict(priorities), prices=prices, investment_cap=cap)


@st.cache_resource(max_entries=64, show_spinner=False)
def consistency(toml_text):
    return model.consistency_report(state.history(), model.parse_scenario(toml_text))


@slow_cache("spin_required", max_entries=64)
def required(toml_text, targets, free, method, approx, bounds, smoothness, taxes, priorities, prices, cap=None):
    res = solve(toml_text, targets, free, method, approx, bounds, smoothness, taxes, priorities, prices, cap)
    return model.required_growth(state.history(), model.parse_scenario(toml_text), list(targets),
                                 free=list(free), method=method, approx=approx, bounds=dict(bounds),
                                 taxes=taxes, prices=prices, result=res, investment_cap=cap)


@slow_cache("spin_frontier", max_entries=32)
def frontier_table(toml_text, free, bounds, taxes, against="grdp_multiple"):
    return frontier(state.history(), model.parse_scenario(toml_text), free=list(free), bounds=dict(bounds), against=against,
                    taxes=taxes)


@slow_cache("spin_timing", max_entries=32)
def timing(toml_text, project, targets, free, method, approx, bounds, smoothness, taxes, priorities, prices, cap=None):
    return model.analysis.project_timing(
        state.history(), model.parse_scenario(toml_text), project, list(targets), free=list(free), method=method,
        approx=approx, bounds=dict(bounds), smoothness=smoothness, taxes=taxes, priorities=dict(priorities),
        prices=prices, investment_cap=cap)


@st.cache_resource(max_entries=64, show_spinner=False)
def default_bounds(toml_text, free):
    """Each free sector's default bounds: its record, widened to the scenario's own path."""
    bounds = model.solver.default_bounds(state.history(), model.parse_scenario(toml_text), free)
    return {s: b[:2] for s, b in bounds.items()}


# ---- the request lives in the scenario (its [solve] table): page switches and links keep it ----
def set_solve(**changes) -> None:
    """Change the working scenario's solve request (a callback; the projection is untouched)."""
    w = state.working()
    sv = w.solve or model.SolveSettings()
    state.set_working(replace(w, solve=as_loaded(replace(sv, **changes), w, state.base())), redraw=False, why="solve")


def as_loaded(sv: model.SolveSettings, w: model.Scenario, loaded: model.Scenario) -> model.SolveSettings | None:
    """``sv`` written as the ``loaded`` scenario writes its request where the two ask the same
    of ``w``'s target set: a target ticked off and on again made an explicit list equal to the
    set's defaults, so the scenario read "(đã chỉnh)" and the link carried sv=… for a request
    nobody changed. A file's own lists are kept as the file has them."""
    ls = loaded.solve or model.SolveSettings()
    targets = lambda x: frozenset(x if x is not None else model.registry.solver_defaults(model.registry.judged_set(w)))  # noqa: E731
    free = lambda x: frozenset(x if x is not None else DEFAULT_FREE)  # noqa: E731
    if targets(sv.targets) == targets(ls.targets):
        sv = replace(sv, targets=ls.targets)
    if free(sv.free) == free(ls.free):
        sv = replace(sv, free=ls.free)
    return loaded.solve if sv == ls else sv


def on_pick(kind: str, ids: tuple[str, ...], gen: int) -> None:
    """A target, free sector or price box ticked: the chosen ids, in their catalogue order (the
    boxes of generation ``gen``, the one they were drawn in: `ui.state.key`)."""
    picked = tuple(i for i in ids if state.ss()[state.key(f"sv.{kind}.{i}", gen)])
    if not picked and kind in ("t", "f"):
        # a request names at least one target and one sector (a file's empty list is refused
        # too, so a scenario holding one could not be projected, saved or linked): the last
        # tick stays, and the page says why and what to do
        state.ss()["sv_pick_err"] = kind
        state.bump()   # the box shows its tick again
        return
    if kind == "t":
        sv = state.working().solve or model.SolveSettings()
        # a weight for a target no longer chosen would make the file invalid (issue 13)
        set_solve(targets=picked, priorities={k: v for k, v in sv.priorities.items() if k in picked})
    else:
        set_solve(**{{"f": "free", "p": "prices"}[kind]: picked})


def on_set(k: str) -> None:
    """Another target set (box ``k``): the scenario is judged against it, and the request starts
    from its solver defaults (a target of the old set is no longer offered)."""
    v = state.ss()[k]
    w = state.working()
    if v == model.registry.judged_set(w):
        # not a change: Streamlit may call a box's callback again in the run after an interrupted
        # one (a number typed, then a page clicked), and the request chosen must stay
        return
    sv = w.solve or model.SolveSettings()
    state.set_working(replace(w, targets_set=None if v == model.registry.DEFAULT_SET else v,
                              solve=replace(sv, targets=None, priorities={})))


def on_choice(field_: str, k: str) -> None:
    set_solve(**{field_: state.ss()[k]})


def on_taxes(k: str) -> None:
    set_solve(taxes="follow" if state.ss()[k] else "held")


def on_bound(sector: str, side: int, default: tuple[float, float], pct: float) -> None:
    """One side of a sector's bounds typed (percent a year); refused, in words, when it would
    cross the other side."""
    sv = state.working().solve or model.SolveSettings()
    sides = list(sv.bounds.get(sector, (None, None)))
    sides[side] = pct_to_frac(round(float(pct), 6))
    lo = sides[0] if sides[0] is not None else default[0]
    hi = sides[1] if sides[1] is not None else default[1]
    if lo > hi:
        state.ss()["sv_bound_err"] = t("sv_bounds_bad", state.lang(), sector=sector_label(sector, state.lang(), short=True),
                                       lo=fmt.num(100 * lo, state.lang(), 2), hi=fmt.num(100 * hi, state.lang(), 2))
        state.bump()  # the box shows the kept value again
        return
    set_solve(bounds={**sv.bounds, sector: tuple(sides)})


def on_priority(target: str, w: float) -> None:
    sv = state.working().solve or model.SolveSettings()
    pr = {k: v for k, v in sv.priorities.items() if k != target}
    if w != 1.0:
        pr[target] = float(w)
    set_solve(priorities=pr)


def apply_solution(toml_text: str, sectors: tuple, prices: tuple = ()) -> None:
    """Put the solved paths (free sectors, product taxes when they follow, and the deflators
    the solver moved) into the working scenario (a callback)."""
    solved = model.parse_scenario(toml_text)
    w = state.working()
    for s in sectors:
        w = w.with_rate(f"sectors.{s}.growth", solved.sectors[s].growth)
    for s in prices:
        w = w.with_rate(f"sectors.{s}.inflation", solved.sectors[s].inflation)
    state.set_working(w, why="apply")
    state.ss()["applied"] = True


c = ctx()
lang = c.lang
if state.ss().pop("applied", False):
    st.toast(t("sv_applied", lang))
if c.working.horizon < 2030:
    st.warning(t("solve_horizon", lang, h=c.working.horizon, control=t("horizon", lang)))
    st.stop()
if c.projection.last_actual_year >= 2030:
    st.warning(t("solve_actual", lang))
    st.stop()
tg = model.data.load_solver_targets().set_index("id")
name = "indicator_vi" if lang == "vi" else "indicator_en"
# The request is the scenario's [solve] table (a loaded file's, or what was chosen here): every
# control is a view of it, seeded from it, so it survives page switches and travels in the link.
sv = c.working.solve or model.SolveSettings()
chosen_set = model.registry.judged_set(c.working)
SOLVABLE = list(model.registry.solvable(chosen_set))
targets = list(sv.targets if sv.targets is not None else model.registry.solver_defaults(chosen_set))
# targets of another set that the file's [solve] table names stay offered (a file may mix them),
# each named with its set: the plan's "growth 2026–2030 ≥ 10" beside the Ministry's "≈ 10" read
# as one target twice
others = {i: model.registry.set_of(i) for i in targets if i not in SOLVABLE}
SOLVABLE += list(others)
free = [s for s in SECTOR_IDS if s in (sv.free if sv.free is not None else DEFAULT_FREE)]
seed = state.seed
a, b = st.columns([3, 2])
with a:
    sets = list(model.registry.set_ids())
    st.selectbox(t("ts_label", lang), sets, format_func=lambda s_: views.set_title(s_, lang),
                 key=seed("sv.set", chosen_set), on_change=on_set, args=(state.key("sv.set"),), help=t("ts_help", lang))
    st.markdown(f"**{t('sv_targets', lang)}**")
    for i in SOLVABLE:
        label = tg.at[i, name] + (f" — {t('sv_of_set', lang, set=views.set_title(others[i], lang, short=True))}"
                                  if others.get(i) else "")
        st.checkbox(label, key=seed(f"sv.t.{i}", i in targets), on_change=on_pick,
                    args=("t", tuple(SOLVABLE), state.gen()), wrap=True)
    if state.ss().get("sv_pick_err") == "t":
        st.error(t("sv_last_target", lang))
with b:
    st.markdown(f"**{t('sv_free', lang)}**")
    for s in SECTOR_IDS:
        st.checkbox(sector_label(s, lang, short=True), key=seed(f"sv.f.{s}", s in free), on_change=on_pick,
                    args=("f", tuple(SECTOR_IDS), state.gen()), wrap=True)
    if state.ss().get("sv_pick_err") == "f":
        st.error(t("sv_last_free", lang))
    eps = tax_elasticity()
    st.checkbox(t("sv_taxes_follow", lang, eps=fmt.num(eps.central, lang, 2)), key=seed("sv.taxes", sv.taxes == "follow"),
                disabled="product_taxes" in free, on_change=on_taxes, args=(state.key("sv.taxes"),), wrap=True,
                help=t("sv_taxes_help", lang, eps=fmt.num(eps.central, lang, 2), lo=fmt.num(eps.low, lang, 2),
                       hi=fmt.num(eps.high, lang, 2), y0=eps.years[0], y1=eps.years[1])
                + "\n\n" + explain("elasticity", lang))
state.ss().pop("sv_pick_err", None)   # said once, beside its boxes
taxes = sv.taxes
c1, c2, c3 = st.columns(3)
c1.radio(t("sv_method", lang), ["constant", "ramp", "free"], key=seed("sv.method", sv.method), horizontal=True,
         on_change=on_choice, args=("method", state.key("sv.method")),
         format_func=lambda m: t({"constant": "sv_constant", "ramp": "sv_ramp", "free": "sv_free_path"}[m], lang))
# with no "≈" target ticked, how they are posed does nothing: greyed with why, the choice kept
no_approx = not model.solver.any_approx(targets, chosen_set)
c2.radio(t("sv_approx", lang), ["band", "equal"], key=seed("sv.approx", sv.approx), horizontal=True,
         on_change=on_choice, args=("approx", state.key("sv.approx")), format_func=lambda m: t(f"sv_{m}", lang),
         disabled=no_approx, help=t("sv_approx_idle", lang) if no_approx else None)
# constant paths do not change from year to year, so the weight of those changes does nothing:
# the box greyed with why, its value kept for a ramp or year-by-year paths
number_box(t("sv_smooth", lang), "sv.smooth", float(sv.smoothness), *P.SMOOTHNESS_RANGE,
           lambda v: set_solve(smoothness=float(v)), where=c3, unit="", disabled=sv.method == "constant",
           help=t("sv_smooth_idle" if sv.method == "constant" else "sv_smooth_help", lang))
method, approx, smooth = sv.method, sv.approx, sv.smoothness
g = P.RATES["growth"]
lo_pct, hi_pct = frac_to_pct(g.lo), frac_to_pct(g.hi)
bounds = {}
if free:
    st.markdown(f"**{t('sv_bounds', lang)}**")
    st.caption(t("sv_bounds_note", lang))
    defaults = default_bounds(c.toml, tuple(free))
    rec = growth_bounds()
    err = state.ss().pop("sv_bound_err", None)
    if err:
        st.error(state.md(err))
    notes = []   # the boxes' messages, under the row at the page's width (a column is a quarter of it)
    for col, s in zip(st.columns(len(free)), free):
        sl = sector_label(s, lang, short=True)
        d_lo, d_hi = (round(100 * x, 2) for x in defaults[s])
        u_lo, u_hi = sv.bounds.get(s, (None, None))  # the request's own sides, where it gives them
        v_lo = d_lo if u_lo is None else frac_to_pct(u_lo)
        v_hi = d_hi if u_hi is None else frac_to_pct(u_hi)
        # The key holds the default: a changed scenario gives new defaults and new boxes.
        for side, (label, v, d) in enumerate(((t("sv_bound_min", lang, sector=sl), v_lo, d_lo),
                                               (t("sv_bound_max", lang, sector=sl), v_hi, d_hi))):
            notes.append(number_box(label, f"sv.b.{s}.{side}.{d}", v, lo_pct, hi_pct,
                                    partial(on_bound, s, side, defaults[s]), where=col, draw_notes=False))
        # the boxes' defaults are the record's, widened where the scenario's own path to 2030
        # leaves it (model.solver.effective_bounds): the caption says both when they differ
        widened = (d_lo, d_hi) != (round(100 * rec[s].low, 2), round(100 * rec[s].high, 2))
        col.caption(t("sv_bound_widened" if widened else "sv_bound_record", lang,
                      lo=fmt.num(100 * rec[s].low, lang, 2), hi=fmt.num(100 * rec[s].high, lang, 2),
                      wlo=fmt.num(100 * rec[s].window_min, lang, 2), whi=fmt.num(100 * rec[s].window_max, lang, 2),
                      elo=fmt.num(d_lo, lang, 2), ehi=fmt.num(d_hi, lang, 2)))
        if (u_lo, u_hi) != (None, None):
            bounds[s] = (u_lo, u_hi)
    box_notes(notes)
# The prices and priorities are kept in the request: their sections' boxes are drawn only while
# open, and the sections stay as the planner left them through page switches.
with section(t("sv_prices", lang), "sv_prices") as open_:
    if open_:
        st.caption(t("sv_prices_note", lang, band=fmt.num(100 * model.solver.PRICE_BAND, lang, 0)))
        for col, s in zip(st.columns(len(SECTOR_IDS)), SECTOR_IDS):
            col.checkbox(sector_label(s, lang, short=True), key=seed(f"sv.p.{s}", s in sv.prices), on_change=on_pick,
                         args=("p", tuple(SECTOR_IDS), state.gen()), wrap=True)
prices = tuple(sv.prices)
priorities = {i: w for i, w in sv.priorities.items() if i in targets}
if targets:
    with section(t("sv_priorities", lang), "sv_priorities") as open_:
        if open_:
            st.caption(t("sv_priorities_note", lang))
            cols = st.columns(3)
            for k, i in enumerate(targets):
                number_box(tg.at[i, name], f"sv.w.{i}", float(sv.priorities.get(i, 1.0)), *PRIORITY,
                           partial(on_priority, i), where=cols[k % 3], unit="")
if "investment_share" in targets:
    # The cap on investment (issue 15): the record's highest share plus a margin, or the planner's own.
    default_cap = model.solver.investment_cap()
    number_box(t("sv_invest_cap", lang), "sv.icap", float(sv.investment_cap or default_cap),
               *P.INVESTMENT_CAP_RANGE, lambda v: set_solve(investment_cap=None if abs(v - default_cap) < 1e-9 else v),
               digits=1, unit="%", help=t("sv_invest_cap_help", lang, cap=fmt.num(default_cap, lang, 1),
                                          margin=fmt.num(model.solver.INVESTMENT_MARGIN_PP, lang, 0)),
               where=st.columns(3)[0])
# a file's settings (or ones set here before their box was unticked) that bound nothing are kept
# for when the box is ticked again, and said meanwhile (`model.solver.idle_settings`): the cap's
# box and an unticked sector's bounds are not drawn (the smoothness box, the "≈" choice and the
# taxes' box are drawn greyed, with why)
for what, fields in model.solver.idle_settings(sv, chosen_set):
    if what == "cap":
        st.caption(t("sv_cap_unused", lang, cap=fmt.num(sv.investment_cap, lang, 1),
                     name=tg.at["investment_share", name]))
    elif what == "bounds":
        st.caption(t("sv_idle_bounds", lang, sectors=", ".join(sector_label(s, lang, short=True)
                                                                for s in fields["sectors"])))
cap = sv.investment_cap if "investment_share" in targets else None
if not targets or not free:
    st.info(t("sv_none", lang))
    st.stop()
key = (c.toml, tuple(targets), tuple(free), method, approx, tuple(sorted(bounds.items())), float(smooth), taxes,
       tuple(sorted(priorities.items())), prices, cap)
try:
    res = solve(*key)
except model.SolverError as e:
    st.error(f"{t('sv_error', lang)} {state.md(e.text(lang))}")
    st.stop()
if res.success and res.investment["beyond"]:
    # Every target holds, but at an investment above every published year's: not a green light.
    st.warning(state.md(res.text(lang)))
    st.info(state.md(next_step(res, lang)))
elif res.success:
    st.success(state.md(res.text(lang)))
elif res.status == 2:
    # Every target holds, but the paths were not shown to be the closest: a caution with what
    # to try (in the sentence), not a miss with conflicts to drop.
    st.warning(state.md(res.text(lang)))
    if step := next_step(res, lang):
        st.info(state.md(step))
else:
    st.error(state.md(res.text(lang, conflicts=False)))
    # one list, the first PAGE_CONFLICTS shown and the rest folded: the nineteen solvable targets
    # under a cap found fifty sets, fifty lines between the verdict and the next step
    said = ["- " + t("sv_conflict_alone" if len(cset) == 1 else "sv_conflict", lang,
                     items=" + ".join(state.md(tg.at[i, name]) for i in cset)) for cset in res.conflicts]
    if said:
        st.markdown("\n".join(said[:PAGE_CONFLICTS]))
    if len(said) > PAGE_CONFLICTS:
        with st.expander(t("sv_conflicts_more", lang, n=len(said) - PAGE_CONFLICTS)):
            st.markdown("\n".join(said[PAGE_CONFLICTS:]))
    st.info(next_step(res, lang))
headline_strip(res.projection, c.projection, c.title(), lang, lead=t("hl_lead_solve", lang))
if not res.success:
    # What the compromise (or paths not shown closest) would cost, beside the verdict (a
    # success's message leads with it).
    (st.warning if res.investment["beyond"] else st.caption)(state.md(investment_text(res, lang)))
if res.notes:
    # Said before the button: what an economist would want to know about these paths.
    st.warning(f"**{t('sv_notes', lang)}**\n\n" + "\n".join(f"- {state.md(n.text(lang))}" for n in res.notes))
moved = tuple(res.free) + (("product_taxes",) if taxes == "follow" and "product_taxes" not in free else ())
# The button says what it applies; a compromise that misses targets is never the primary action,
# nor are paths that meet them all but were not shown to be the closest (status 2).
n_met = int(res.targets["met"].sum())
st.button(t("sv_apply" if n_met == len(res.targets) else "sv_apply_partial", lang, k=n_met, n=len(res.targets)),
          type="primary" if res.success else "secondary", key="sv_apply", on_click=apply_solution,
          args=(res.scenario.to_toml(), moved, prices))
st.subheader(t("sv_table", lang))
# a static table: the grid cut the unit ("triệu đồn", "million VN") or, widened, its last column
# on a laptop; the two words its headers explained on hover are explained under it
static_table(views.solved_targets_table(res, lang))
st.caption(f"{t('sv_mult_note', lang)} {explain('binding', lang)}")
st.subheader(t("sv_paths", lang))
table(views.text_frame(views.solved_paths_view(res, lang), lang), "sv_paths")
if res.supply is not None:
    # What the paths need from capital, labour and TFP, year by year (the sentence is in the verdict)
    with section(t("su_title", lang), "su_solve") as open_:
        if open_:
            st.markdown(state.md(supply_text(res.supply, lang)))
            static_table(views.supply_frame(res.supply.table, lang), hide_index=False)


def timing_section() -> None:
    """The timing of one project: the request solved with the project on time, each delay up to
    five years and dropped (`model.analysis.project_timing`), as a table of J and the paths."""
    from model.projects import definition, load_projects

    # a plant at capacity by the last actual year has no timing left to ask about (its output
    # is the record's: `model.projects.Project.added`)
    last = c.projection.last_actual_year
    pids = [pid for pid in dict.fromkeys([*c.working.projects, *load_projects()])
            if (p := definition(c.working.projects, pid)) is not None and not p.at_capacity(last)]
    names = views.project_names(lang, c.working)   # the scenario's own projects by their names too
    # kept in the link (tm=), as the pages' other choices: a page switch dropped a key of its own
    # (a plant at capacity by now, which has no timing left to ask about, quietly gives the first)
    asked, bad = state.view_choice("tm", pids, pids[0], known=names)
    if bad:   # a link written by hand, or naming a plant this scenario does not have
        st.warning(t("url_view_project", lang, key="tm", value=state.md(bad[:60]),
                     default=state.md(names.get(pids[0], pids[0]))))
    pid = st.selectbox(t("tm_project", lang), pids, key=state.seed("tm.project", asked),
                       format_func=lambda x: names.get(x, x), on_change=state.keeper("tm", "tm.project", pids[0]))
    tm = timing(*(key[:1] + (pid,) + key[1:]))
    static_table(views.timing_view(tm, lang), hide_index=False)
    st.caption(" ".join(x for x in (views.started_note(tm, lang), explain("cost_j", lang)) if x))
    # a plant that costs more on time than dropped; variants that miss other targets
    for why in views.timing_notes(tm, lang):
        st.info(why)


# Worked out only while open: a timing solves the request once a delay (0.17 s, which every change
# of the request paid while the section was shut). A link that asks about a project (tm=) opens
# it; the planner's open or shut is kept through page switches (`ui.common.section`).
with section(t("tm_title", lang), "tm", asked=("tm",)) as open_:
    st.caption(t("tm_note", lang))
    if open_:
        timing_section()


def frontier_section(against: str, prefix: str, digits: int, note: str) -> None:
    """One trade-off: growth against the multiple (``fr_``) or against investment (``fri_``):
    the table, and the chart of the highest growth under each cap with the growth target of the
    scenario's set dashed (`model.target_sets.growth_target`; the programme's 9 % by default)."""
    st.subheader(t(f"{prefix}_title", lang))
    st.caption(note)
    fr = frontier_table(c.toml, tuple(free), tuple(sorted(bounds.items())), taxes, against)
    static_table(views.frontier_view(fr, lang))
    cap_title = t("fr_cap" if prefix == "fr" else "fri_cap", lang)
    show(charts.frontier(fr, t(f"{prefix}_chart", lang), cap_title, digits, lang, chart_id=f"frontier_{against}",
                         target=model.target_sets.growth_target(state.history(), c.working.targets_set)), lang)


frontier_section("grdp_multiple", "fr", 1, t("fr_note", lang))
# The other trade-off (issue 15): growth against what it costs in investment.
record = model.investment.investment_record(state.history())["share_pct"]
frontier_section("investment_share", "fri", 0, t("fri_note", lang, rec=fmt.num(float(record.max()), lang, 1)))

st.subheader(t("sv_consistency", lang))
for f in consistency(c.toml):
    colour = {"info": "blue", "warning": "orange", "conflict": "red"}[f.severity]
    st.markdown(f":{colour}-badge[{t('sev_' + f.severity, lang)}] {finding_text(f, lang)}")
st.caption(explain("compound", lang))
st.subheader(t("sv_required", lang))
st.caption(t("sv_required_note", lang))
# a static table: the long target names wrap and the last column is never cut (issue 13)
static_table(views.required_view(required(*key), lang), hide_index=False)
