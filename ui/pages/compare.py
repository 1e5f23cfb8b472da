"""So sánh / Compare: any two or more scenarios (the one being edited, the shipped ones, the
workspace's) side by side: what differs and how much each difference moves the 2030 outcomes
(`model.attribution`, a table and a waterfall), GRDP and growth charts, a 2030 table."""

import hashlib

import streamlit as st

import model
from model.report import charts, vega, views
from model.report.deck import file_name as deck_file_name, quarterly_slide_year
from model.report.strings import t
from model.report.workbook import compare_extras
from model.report import risk as rv
from ui import quarter, risk, state
from ui.common import ctx, section, show, static_table, table
from ui.sidebar import changes_list_md


def key_outcomes(set_id: str) -> tuple[str, ...]:
    """The outcomes the split's table shows: the two GRDP levels, the set's headline targets
    and manufacturing's share where the set has it (the programme's four and manufacturing;
    the 2026–2030 plan's growth 2026–2030, industry's share and per capita 168)."""
    ids = model.registry.outcomes(set_id)
    return (*model.registry.LEVELS, *model.registry.headline(set_id),
            *(("share_manufacturing",) if "share_manufacturing" in ids else ()))


@st.cache_resource(max_entries=32, show_spinner=False)
def attribution(a_toml: str, b_toml: str, set_id: str):
    return model.attribution.attribute(state.history(), model.parse_scenario(a_toml), model.parse_scenario(b_toml),
                                       set_id=set_id)


def table_set() -> str:
    """The target set the 2030 table judges by, and the split of what changed with it: the one
    chosen in the table's box (a view, kept in the link as cmpts=, since Streamlit drops a
    widget's own key on a page switch), else the edited scenario's."""
    return state.view_choice("cmpts", model.registry.set_ids(), model.registry.judged_set(c.working))[0]


def pick_outcome(k: str, first: str) -> None:
    """The waterfalls' outcome chosen in box ``k`` (its key): kept in the view (nothing for the
    first), and every box drawn afresh from it, so that each waterfall explains the same outcome."""
    state.keep_view("cmpo", state.ss()[k], first)
    state.bump()


def attribution_section(a: model.Scenario, b: model.Scenario, ka: str, kb: str, ref: str,
                        names: tuple[str, str]) -> None:
    """What changed, in numbers: each changed assumption's share of the 2030 difference B − A,
    a table and a waterfall for the outcome the user picks (``names``: A's and B's, as listed)."""
    short = [(n, sc.horizon) for n, sc in zip(names, (a, b)) if sc.horizon < 2030]
    if short:
        st.caption(t("at_short", lang, name=state.md(short[0][0]), value=short[0][1], control=t("horizon", lang)))
        return
    # the set the 2030 table below judges by (its box's value, the edited scenario's set at first)
    set_id = table_set()
    table_ = attribution(a.to_toml(), b.to_toml(), set_id)
    if len(table_) == 1:
        return
    st.markdown(f"**{t('at_title', lang)}**")
    note = t("at_note", lang, a=ka, b=kb)
    if table_.attrs["method"] == "sequential":
        note += " " + t("at_note_sequential", lang, n=model.attribution.MAX_SHAPLEY)
    st.caption(note)
    static_table(views.attribution_view(table_, lang, key_outcomes(set_id)), hide_index=False)
    # one outcome for every waterfall, kept in the link (cmpo=): a page switch dropped the box's
    # own key and gave the first outcome back
    outcomes = list(table_.columns)
    asked, bad = state.view_choice("cmpo", outcomes, outcomes[0], known=(*model.registry.LEVELS, *model.registry.all_ids()))
    if bad:
        st.warning(t("url_view_outcome", lang, key="cmpo", value=state.md(bad[:60]), allowed=", ".join(outcomes),
                     default=views.compare_row_label(outcomes[0], lang)))
    name = f"at.pick.{ref}.{set_id}"
    outcome = st.selectbox(t("at_outcome", lang), outcomes, key=state.seed(name, asked),
                           format_func=lambda o: views.compare_row_label(o, lang), on_change=pick_outcome,
                           args=(state.key(name), outcomes[0]))
    # plain values for the file's builder (it runs on the click, outside the session)
    name_a, name_b = a.title_in(lang), b.title_in(lang)
    source_line = t("source", lang, last=state.project(b.to_toml()).last_actual_year, title=name_b)
    chart = charts.waterfall(table_, outcome, lang, ka, kb, name_a, name_b, source_line)
    show(chart, lang)
    cols = st.columns(4)
    for col, kind in zip(cols, ("png", "svg")):
        col.download_button(kind.upper(), key=f"at_dl_{ref}_{kind}", on_click="ignore",
                            data=lambda kind=kind, chart=chart, lang=lang: vega.chart_bytes(chart, lang, kind),
                            file_name=f"attribution_{outcome}_{a.name}_vs_{b.name}.{kind}",
                            mime="image/png" if kind == "png" else "image/svg+xml")


c = ctx()
lang = c.lang
# the scenario on screen as it is named everywhere (`state.shown`: its title, marked "(đã chỉnh)"
# once changed), so that the charts, the table's legend and the deck say what they show
on_screen = state.shown()
pool: dict[str, tuple[str, model.Scenario]] = {"current": (t("cmp_current", lang, title=c.title(on_screen)), on_screen)}
for ref, sc in state.shipped().items():
    pool[ref] = (c.title(sc), sc)
for e in state.workspace().entries():
    if e.scenario is not None:  # the file name first: it tells saved variants apart
        pool[f"ws:{e.name}"] = (f"{e.name} · {c.title(e.scenario)}", e.scenario)
# The selection and the reference live in the link (?cmp=current,baseline&cmpref=baseline), so
# that a shared link shows the same comparison.
view = state.ss().setdefault("view", {})
default = ["current", "baseline"] if c.working != state.shipped()["baseline"] else ["baseline", "provincial_plan"]
# each once: a link written by hand may name one twice
asked = list(dict.fromkeys(r for r in view["cmp"].split(",") if r)) if "cmp" in view else default
chosen = [r for r in asked if r in pool]
if len(chosen) > charts.MAX_COMPARED:   # a link, written by hand or by another tool
    st.warning(t("cmp_link_many", lang, k=len(chosen), n=charts.MAX_COMPARED))
    chosen = chosen[:charts.MAX_COMPARED]
    view["cmp"] = ",".join(chosen)   # the link from here on says what is compared
    state.sync_link()
# A link names its scenarios; one saved in another planner's workspace is not in this one: say
# so, rather than compare the rest as if the link had asked for them alone.
missing = [r for r in asked if r not in pool]
if missing:
    st.warning(t("cmp_missing", lang, names=", ".join(state.md(r[:60]) for r in missing[:10])))


def on_pick(k: str) -> None:
    """Scenarios added to or removed from the picker of key ``k`` (`ui.state.key`): kept in the
    view, and so the link, in the order picked. At `charts.MAX_COMPARED` one more is not taken
    (the box is trimmed to it before it is drawn, below), and the page says why (a ninth line
    would take the first's colour). Streamlit's own limit on the box would say so in English
    only."""
    view["cmp"] = ",".join(state.ss()[k][:charts.MAX_COMPARED])


# One box to pick from, however many scenarios the workspace holds (up to 500): a tick box for
# each made the page as long as the workspace (500 boxes, 7,000 elements: a switch to this page
# took about a second, `benchmarks/workspace.py`) and put the comparison below them. The box
# lists every scenario, and typing a part of a file name or title narrows the list to those
# that contain it ("45": plan_045, plan_145…; Streamlit's default matched any label holding a 4
# and later a 5).
k = state.seed("cmp.pick", chosen)
if (kept := [r for r in state.ss()[k] if r in pool][:charts.MAX_COMPARED]) != state.ss()[k]:
    state.ss()[k] = kept   # a ninth picked, or one deleted from the workspace meanwhile
picked = st.multiselect(t("cmp_pick", lang), list(pool), key=k, format_func=lambda r: pool[r][0], on_change=on_pick,
                        args=(k,), placeholder=t("cmp_pick_placeholder", lang), filter_mode="contains",
                        select_all=False,   # its "Select all" / "Select 23 matches" is English only
                        help=t("cmp_pick_help", lang, n=charts.MAX_COMPARED))
if len(picked) >= charts.MAX_COMPARED:   # a ninth refused leaves eight: this says why
    st.caption(t("cmp_too_many", lang, n=charts.MAX_COMPARED))
if len(picked) < 2:
    st.info(t("cmp_need_two", lang))
    st.stop()
reference = view.get("cmpref") if view.get("cmpref") in picked else picked[0]
st.selectbox(t("cmp_reference", lang), picked, index=picked.index(reference), key=state.key("cmp.ref"),
             format_func=lambda r: pool[r][0], on_change=state.keeper("cmpref", "cmp.ref"),
             help=t("cmp_reference_help", lang))
picked = [reference] + [r for r in picked if r != reference]
names = {ref: pool[ref][0] for ref in picked}
projections = {names[ref]: state.project(pool[ref][1].to_toml()) for ref in picked}
first = picked[0]
keys = dict(zip(picked, views.column_keys(len(picked))))
for other in picked[1:]:
    # one panel per scenario compared, kept open or shut through page switches under a key of
    # its own (a workspace name may hold any character a key should not); with two scenarios
    # the one panel opens by itself
    with section(t("cmp_changed", lang, other=state.md(names[other]), first=state.md(names[first])),
                 f"cmp.{hashlib.sha1(other.encode()).hexdigest()[:12]}", expanded=len(picked) == 2) as open_:
        if open_:
            changes_list_md(pool[first][1], pool[other][1], lang, "cmp_same", first=state.md(names[first]))
            attribution_section(pool[first][1], pool[other][1], keys[first], keys[other], other,
                                (names[first], names[other]))
left, right = st.columns(2, vertical_alignment="bottom")   # the charts' feet level, as on Growth
nominal, real = charts.compare(projections, "grdp_nominal", lang), charts.compare(projections, "grdp_real", lang)
row = vega.row_of(nominal, real)
show(nominal, lang, left, share=2, row=row)
show(real, lang, right, share=2, row=row)
show(charts.compare(projections, "growth", lang), lang)
st.subheader(t("cmp_table", lang))
# the targets the table judges, chosen here (`table_set`)
sets = list(model.registry.set_ids())
bad = state.view_choice("cmpts", sets, None)[1]
if bad:   # a link written by hand, or naming a set since withdrawn
    st.warning(t("url_view_set", lang, key="cmpts", value=state.md(bad[:40]), allowed=", ".join(sets)))
cmp_set = st.selectbox(t("ts_label", lang), sets, format_func=lambda s_: views.set_title(s_, lang),
                       on_change=state.keeper("cmpts", "cmp.set"),
                       key=state.seed("cmp.set", table_set()))
tbl = views.compare_table(projections, lang, set_id=cmp_set)
st.caption(t("cmp_legend", lang, items="; ".join(f"{k} = {state.md(v)}" for k, v in tbl.attrs["keys"].items())))
for ref in picked:
    if pool[ref][1].horizon < 2030:
        st.caption(t("cmp_short", lang, name=state.md(names[ref]), h=pool[ref][1].horizon))
table(tbl, "cmp_table", column_config={col: st.column_config.TextColumn(width="small") for col in tbl.columns})
if beyond := views.compare_beyond_text(tbl, lang):   # the investment row's ⚠, in words
    st.warning(beyond)   # our own words: column keys and figures, no user text
else:   # what «kỷ lục 50,5» in the Target column is
    st.caption(views.compare_record_text(tbl, lang))
# How likely each target is under each scenario, side by side (the session's risk settings),
# every scenario judged by the set the table above judges by: each by its own, a scenario of
# another set had no probability for the first one's targets (a column of NaN). Drawn below the
# files, worked out before them: the workbook carries them.
results = {keys[ref]: risk.result(pool[ref][1].with_set(cmp_set).to_toml(), fans=False) for ref in picked}
probs, notes = compare_extras(projections, tbl, results, lang)
# the same comparison as a briefing deck (the first scenario briefed, the others compared; its
# quarterly slide of the Quarterly page's year, where the briefed scenario has it), and its
# table as a workbook: numbers as numbers, statuses in words, the need across the ICOR band
in_deck = [pool[ref][1] for ref in picked]
tomls = tuple(sc.to_toml() for sc in in_deck)
briefed = state.project(tomls[0])
qy = state.quarter_year(briefed)
rest = quarter.deck_rest(model.quarterly.quarterly(briefed), quarterly_slide_year(briefed, qy))
files = st.container(horizontal=True)   # the two side by side, wrapping on a narrow screen
files.download_button(t("dk_download", lang), state.deck(tomls, lang, cmp_set, qy, risk.run_args(), rest),
                      file_name=deck_file_name(in_deck), key="dl_cmp_pptx", on_click="ignore",
                      mime="application/vnd.openxmlformats-officedocument.presentationml.presentation")
book = state.compare_book(tuple(zip((names[ref] for ref in picked), tomls)), lang, cmp_set,
                          None if probs is None else (tuple(probs.columns), *map(tuple, probs.astype(str).to_numpy())),
                          notes)
files.download_button(t("cmp_xlsx", lang), book, file_name=deck_file_name(in_deck, ".xlsx"), key="dl_cmp_xlsx",
                      on_click="ignore",   # no help: Streamlit draws a second, hidden button for it
                      mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
if probs is not None:
    st.subheader(t("rk_compare", lang))
    static_table(probs)
    st.caption(state.md(rv.source_line(next(r for r in results.values() if r is not None), lang)))
