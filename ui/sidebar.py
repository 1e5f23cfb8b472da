"""The sidebar: language, the loaded scenario (shipped, workspace or upload), and every
assumption, each control a view of the working scenario (see `ui.state`)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import streamlit as st

import model
from model import params as P
from model.report import fmt
from model.report.strings import field_label, os_error_text, sector_label, t, workspace_error_text
from model.report.views import change_side
from model.projects import defined_names
from model.scenario import RATE_FIELDS
from model.sectors import INVESTABLE, SECTOR_IDS

from . import codec, state
from .common import section, warm_charts
from .numbox import box_notes, number_box
from .state import lang, md, seed, ss, working

# The app's one style sheet, sent with the sidebar on every run. Streamlit's own English: the
# upload box's texts, its reason for a file the browser refused (said on hover only) and the
# hint a box shows while typed in ("Press Enter to apply", in a form "… to submit form") are
# replaced or said in the language's words; the main menu (Rerun, Print, About…), the status
# widget's "Stop" (a run here takes under a second; the running icon stays) and the files the
# chart and table toolbars offer are hidden: nothing there is needed to plan. Then the static
# tables' look, and what a printed page leaves out.
APP_CSS = """
<style>
[data-testid="stFileUploaderDropzoneInstructions"] {display: none;}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {display: none;}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"]::after {content: "%(upload)s";}
[data-testid="stFileUploader"]:has([data-testid="stFileChip"][aria-invalid="true"])::after {
  content: "%(refused)s"; display: block; margin-top: 0.25rem; font-size: 0.875rem; color: #d32f2f;}
/* a hint over the box's right end: a click there goes to the box (the Vietnamese words are a
   little longer than Streamlit's, and in a narrow box took the click) */
[data-testid="InputInstructions"] {pointer-events: none;}
/* the words only while a value is typed and not yet sent: Streamlit then shows them beside the
   count of characters ("3/40"), which alone it shows otherwise (every box here has a limit) */
[data-testid="InputInstructions"] > span:first-child:not(:last-child) {display: none;}
[data-testid="InputInstructions"]:has(span + span)::before {content: "%(enter)s";}
[data-testid="stForm"] [data-testid="InputInstructions"]:has(span + span)::before {content: "%(enter_form)s";}
[data-testid="stForm"] [data-testid="stTextArea"] [data-testid="InputInstructions"]:has(span + span)::before {content: "%(enter_area)s";}
[data-testid="stMainMenu"] {display: none;}
/* a picked item's whole words, on as many lines as they take: Streamlit cuts a long one with
   "…" (on a phone most scenario titles: "Mục tiêu Đại hội XX (≥10 %%/năm, gấp đôi…"), and its
   hover title is no help on a touch screen */
[data-testid="stMultiSelectTagsContainer"] [data-tag] {height: auto; max-width: 100%%;}
[data-testid="stMultiSelectTagsContainer"] [data-tag] span[title] {white-space: normal; overflow: visible;
  text-overflow: clip; overflow-wrap: anywhere;}
/* a select box's list when nothing matches what is typed: Streamlit says "No results" in
   English alone; its list says it is empty (react-aria's data-empty), its one row holds the words */
[role="listbox"][data-empty="true"] [role="option"] span {font-size: 0;}
[role="listbox"][data-empty="true"] [role="option"] span::after {content: "%(no_match)s"; font-size: 0.875rem;}
/* the toolbar over a chart or a table offers files of its own: a chart's PNG without its title
   (the title is page text), its Vega-Lite code, a table's CSV named by the hour
   ("2026-12-03T16-31_export.csv"), each labelled in English. The files a planner takes to a
   briefing are the Export page's, titled, named after the scenario and marked when changed;
   fullscreen and search stay. (No angle bracket in this sheet: the HTML sanitiser takes a
   style element holding one for an attack and drops the whole sheet.) */
[data-testid="stElementToolbarButton"]:has(button:is([aria-label="Download as PNG"],
  [aria-label="Copy Vega-Lite spec"], [aria-label="Download as CSV"])) {display: none;}
[data-testid="stStatusWidget"] button {display: none;}
.st-key-warm_charts {visibility: hidden; position: absolute;}  /* ui.common.warm_charts */
[data-testid="stElementContainer"]:has(.ht-click-order) {display: none;}  /* CLICK_ORDER_JS */
/* ui.common.static_table: one HTML table, drawn as Streamlit draws st.table */
.ht-table {overflow-x: auto; margin-bottom: 0.5rem;}
.ht-table table {width: 100%%; border-collapse: collapse; font-size: 0.875rem; line-height: 1.45;}
.ht-table th, .ht-table td {border: 1px solid rgba(128, 128, 128, 0.2); padding: 0.25rem 0.375rem;
  vertical-align: middle; text-align: left; overflow-wrap: break-word;}
.ht-table th {color: inherit; opacity: 0.65; font-weight: 400;}  /* light and dark themes alike */
.ht-table td.nw {white-space: nowrap;}
.ht-table a {color: #3b82f6; overflow-wrap: anywhere;}  /* readable on the light and the dark theme; a
   web address (90 characters) breaks anywhere rather than set its column's width */
.ht-table td:first-child:not(.nw), .ht-table tbody th {min-width: 13em;}
/* words whole on a laptop's screen: a column is at least its longest word wide ("No publishe|d
   figure", "VND/pers|on" were cut at 1366 px); a note keeps a readable width */
.ht-table td.long {min-width: 10em;}
/* a narrower laptop (1280 px) and a projector (1024 px): the table fits the page (the status
   column was past its edge), its words still whole at 1280 */
@media (max-width: 1359px) {
  .ht-table td.nw:not(.num) {white-space: normal;}
  .ht-table td:first-child:not(.nw), .ht-table tbody th {min-width: 9em;}
  .ht-table th, .ht-table td {padding: 0.2rem 0.25rem;}
  .ht-table td.long {min-width: 5em;}
}
/* below, nine columns of whole words are wider than the page beside the sidebar: a word may
   break rather than the table scroll sideways */
@media (max-width: 1279px) {
  .ht-table td:not(.nw), .ht-table thead th {overflow-wrap: anywhere;}
}
/* a phone (the sidebar folded away, the page about 360 px), a tablet upright (768 px, the
   page beside an open sidebar about 450) or a 1366-px laptop zoomed to 150 %% (911 px, the page
   450): no table fits, so each scrolls sideways in its box with
   its words whole, and a note keeps a readable width (squeezed to its longest syllable, the
   Scorecard's 33 rows were each a column of single words, a screen tall; "Met" broke a letter a
   line). A projector (1024 px) keeps the rule above: its tables fit the page; so does paper
   (A4 is about 720 px wide, and a printed box does not scroll). */
@media screen and (max-width: 960px) {
  .ht-table td:not(.nw), .ht-table thead th {overflow-wrap: break-word;}
  .ht-table td:first-child:not(.nw), .ht-table tbody th {min-width: 10em;}
  .ht-table td.long {min-width: 14em;}
}
@media print {
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stDecoration"] {display: none !important;}
  [data-testid="stMain"] {margin-left: 0 !important; width: 100%% !important;}
  [data-testid="stMainBlockContainer"] {max-width: 100%% !important; padding: 0.4cm !important;}
  [data-testid="stVegaLiteChart"], .ht-table tr, [data-testid="stMetric"] {break-inside: avoid;}
}
</style>
"""


# A number typed and a page clicked before Enter: the box sends its value as it loses the focus,
# but Streamlit's front end sends that value 20 ms after the page's request, with the page it is
# on, and the server, merging the two, stays there: the click was lost, and every planner had to
# click twice (a two-page toy app of one text box does the same). This listener holds back such a
# click on a page link for 150 ms and then makes it again, so that the value goes first and the
# page second; the merged run opens the page with the value taken. A click that leaves no box
# with a value unsent (Enter pressed, or nothing typed) is not touched. (The element holding it
# is hidden by APP_CSS; the flag keeps one listener for the page's life, however often the
# element is drawn.)
CLICK_ORDER_JS = """<div class="ht-click-order"></div><script>
(function () {
  if (window.htClickOrder) { return; }
  window.htClickOrder = {held: 0};   // the clicks held back, for the browser test
  var left = 0, replaying = false;
  document.addEventListener("focusout", function (e) {
    // a box left with a value not yet sent: Streamlit's hint under it then says "Press Enter"
    // beside the count of characters ("3/40"), which alone it shows otherwise
    var box = e.target && e.target.closest && e.target.closest('[data-testid="stTextInput"]');
    var parts = box ? box.querySelectorAll('[data-testid="InputInstructions"] span') : [];
    var unsent = false;
    for (var i = 0; i !== parts.length; i++) {
      if (parts[i].textContent.trim() && !/^[0-9]+[/][0-9]+$/.test(parts[i].textContent.trim())) { unsent = true; }
    }
    left = unsent ? Date.now() : 0;
  }, true);
  document.addEventListener("click", function (e) {
    var since = Date.now() - left;
    left = 0;
    // (a click with Ctrl, Shift or Cmd opens a tab or window: the browser's own, left alone)
    if (replaying || since > 2000 || !e.target.closest || e.ctrlKey || e.shiftKey || e.metaKey) { return; }
    var link = e.target.closest('[data-testid="stSidebarNav"] a');
    if (!link) { return; }
    e.preventDefault();
    e.stopImmediatePropagation();
    window.htClickOrder.held += 1;
    setTimeout(function () {
      replaying = true;
      try { link.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, view: window})); }
      finally { replaying = false; }
    }, 150);
  }, true);
})();
</script>"""


# ---- callbacks: widgets → the working scenario ------------------------------------------------
# Each callback reads its widget by the key the widget was drawn with (its ``args``): see
# `ui.state.key`.
def _on_lang(k: str) -> None:
    ss()["lang"] = ss()[k]
    # Every label changes: draw every control afresh, so that no widget outlives its words
    # (the browser otherwise hands a radio's stale index back on the next page switch).
    state.bump()


def _on_scenario(k: str) -> None:
    ref = ss()[k]
    sc = state.resolve_ref(ref)
    if sc is not None and ref != ss()["base_ref"]:
        state.load(ref, sc)


def _on_frame(gen: int) -> None:
    """Either year's slider moved (both drawn in generation ``gen``)."""
    last = ss()[state.key("lay", gen)]
    horizon = ss()[state.key("h", gen)]
    if horizon <= last:
        horizon = last + 1
        ss()["frame_note"] = horizon
    state.set_working(codec.with_frame(working(), horizon, last, state.last_history_year(), state.base()))


def _on_mode(fp: str, k: str) -> None:
    w = working()
    f = codec.first_year(w, state.last_history_year())
    rc = codec.rate_control(w.rate(fp), f, w.horizon)
    mode = ss()[k]
    if mode == rc.mode:
        return
    new = codec.convert(rc, mode, f, w.horizon)
    state.set_working(w.with_rate(fp, new.to_rate()), redraw=False)


def _set_rate(fp: str, part: str, pct: float) -> None:
    """One box of a rate's control typed: ``part`` is c (constant), r0/r1 (ramp ends) or p<year>;
    ``pct`` the number typed, in percent a year (a decimal shift: 2.8 is saved as 0.028)."""
    w = working()
    f = codec.first_year(w, state.last_history_year())
    rc = codec.rate_control(w.rate(fp), f, w.horizon)
    v = codec.pct_to_frac(round(float(pct), 6))
    if rc.mode == "constant":
        new = codec.RateControl("constant", ((0, v),))
    elif rc.mode == "ramp":
        (y0, v0), (y1, v1) = rc.points
        new = codec.RateControl("ramp", ((y0, v if part == "r0" else v0), (y1, v if part == "r1" else v1)))
    else:
        new = codec.edit_points(rc, {int(part[1:]): v})
    state.set_working(w.with_rate(fp, new.to_rate()), redraw=False)


def _on_driver(sector: str, k: str) -> None:
    from model.investment import switch_driver

    driver = ss()[k]
    # A new generation: the rate editor below now edits another field.
    state.set_working(switch_driver(state.history(), working(), sector, driver, state.base()))


def _set_mfg(pct: float) -> None:
    """The manufacturing share of industry-construction typed, in percent."""
    state.set_working(replace(working(), manufacturing_share=codec.pct_to_frac(round(float(pct), 6))), redraw=False)


def _on_reset() -> None:
    state.load(ss()["base_ref"], state.base(), why="reset")


def _on_upload(k: str) -> None:
    f = ss().get(k)
    ss()["upload_error"], ss()["upload_ok"] = None, None
    if f is None:
        return
    if not f.name.lower().endswith(".toml"):
        ss()["upload_error"] = ("upload_not_toml", {"name": f.name[:80]})
        return
    try:
        raw = f.getvalue()
        if len(raw) > P.MAX_FILE_BYTES:  # refused whole, as the CLI does: never cut and saved
            raise model.ScenarioError([model.Issue("", "too_large", {"n": len(raw), "max": P.MAX_FILE_BYTES})],
                                      f.name[:80])
        sc = model.parse_scenario(raw.decode("utf-8"), source=f.name[:80])
    except UnicodeDecodeError:
        ss()["upload_error"] = model.ScenarioError([model.Issue("", "not_utf8")], f.name[:80])
        return
    except model.ScenarioError as e:
        ss()["upload_error"] = e  # nothing else changes
        return
    ws = state.workspace()
    try:
        try:
            name = ws.save(sc)
        except (model.workspace.WouldOverwrite, model.workspace.NameClash) as e:
            # keep both: the user's earlier file stays as it is; a name Windows cannot hold, or
            # one in other letter case, is saved under the free name the refusal offers
            name = ws.save(sc, name=e.alt)
    except (model.WorkspaceError, OSError) as e:
        ss()["upload_error"] = ("ws_error", {"msg": workspace_error_text(e, lang())
                                             if isinstance(e, model.WorkspaceError) else os_error_text(e, lang())})
        return
    saved = ws.load(name)
    state.load(f"ws:{name}", saved, why="upload")
    ss()["upload_ok"] = {"title": saved.title_in("vi"), "title_en": saved.title_in("en"), "name": name}


# ---- drawing ---------------------------------------------------------------------------------
def scenario_options() -> dict[str, str]:
    """Loadable scenarios, ref → label: shipped files, then valid workspace files (the open one
    is missing when it was deleted from the workspace meanwhile)."""
    lg = lang()
    opts = {ref: f"{sc.title_in(lg)} · {t('shipped_tag', lg)}" for ref, sc in state.shipped().items()}
    for e in state.workspace().entries():
        if e.scenario is not None:
            opts[f"ws:{e.name}"] = f"{e.scenario.title_in(lg)} · {t('workspace_tag', lg)}: {e.name}"
    return opts


def rate_editor(fp: str, label: str) -> None:
    """Mode, then the inputs of that mode, for the rate at field path ``fp``."""
    lg, w = lang(), working()
    f = codec.first_year(w, state.last_history_year())
    rc = codec.rate_control(w.rate(fp), f, w.horizon)
    lo, hi = codec.pct_bounds(fp)
    modes = codec.MODES if f < w.horizon else ("constant", "points")
    k = seed(fp + ".mode", rc.mode)
    st.radio(f"{label} · {t('mode', lg)}", modes, key=k, horizontal=True,
             format_func=lambda m: t(f"mode_{m}", lg), on_change=_on_mode, args=(fp, k))
    plausible = tuple(100 * x for x in P.PLAUSIBLE[model.scenario.rate_kind(fp)])
    common = dict(lo=lo, hi=hi, plausible=plausible, help=t("range_note", lg, lo=fmt.plain(lo, lg), hi=fmt.plain(hi, lg)))
    pct = codec.frac_to_pct

    # Messages name the sector too: the box's own label ("Growth") does not say whose.
    name = label if fp == "population.growth" else f"{sector_label(fp.split('.')[1], lg, short=True)} — {label}"

    notes, years = [], []  # a year box's message, said under the row of boxes rather than in its column

    def box(where, text: str, part: str, value: float, year: int | None = None) -> None:
        note = number_box(text, f"{fp}.{part}", pct(value), on_value=partial(_set_rate, fp, part), where=where,
                          field=name if year is None else f"{name} {year}", draw_notes=year is None, **common)
        if year is not None:
            notes.append(note)
            years.append(year)

    if rc.mode == "constant":
        box(st, label, "c", rc.value)
    elif rc.mode == "ramp":
        (y0, v0), (y1, v1) = rc.points
        a, b = st.columns(2)
        box(a, t("ramp_start", lg, year=y0), "r0", v0, y0)
        box(b, t("ramp_end", lg, year=y1), "r1", v1, y1)
    else:
        st.caption(t("points_note", lg))
        # a listed year with every decimal the file holds, an interpolation at the box's precision
        values = codec.year_values(w.rate(fp), codec.shown_years(rc, f, w.horizon))
        n = codec.year_columns([fmt.box_text(pct(v), lg, codec.BOX_DIGITS) for _, v in values])
        cols = st.columns(n)
        for i, (y, v) in enumerate(values):
            box(cols[i % n], str(y), f"p{y}", v, y)
    box_notes(notes, years, name, plausible)


def driver_help(sector: str, lg: str) -> str:
    from model.investment import ICOR_BAND, LAGS, SECTOR_RELATIVE

    return t("driver_help", lg, k=fmt.num(ICOR_BAND["central"], lg, 0), rel=fmt.num(SECTOR_RELATIVE[sector], lg, 1),
             lags="/".join(fmt.num(100 * x, lg, 0) for x in LAGS))


def undo_button(lg: str) -> None:
    """Back to the state before the last change: an edit, an apply, a load (the browser's Back
    button does the same through the link)."""
    why = state.undo_label()
    st.button(t("undo", lg, what=t(f"undo_{why}", lg)) if why else t("undo_none", lg), key="undo",
              on_click=state.undo, disabled=why is None, icon=":material/undo:", width="stretch")


def changes_list(lg: str) -> None:
    undo_button(lg)
    changes = model.diff_scenarios(state.base(), working())
    with st.expander(f"{t('changes', lg)} ({len(changes)})", expanded=bool(changes)):
        changes_list_md(state.base(), working(), lg)
        st.button(t("reset", lg), on_click=_on_reset, key="reset")


def changes_list_md(a: model.Scenario, b: model.Scenario, lg: str, same_key: str = "no_changes", **fields) -> None:
    """What differs from ``a`` to ``b``, one line each: 'field: before → after' (or a note that
    nothing does)."""
    changes = model.diff_scenarios(a, b)
    if not changes:
        st.caption(t(same_key, lg, **fields))
    names = defined_names(a, b)  # projects a scenario defines itself, by their own names
    lines = []
    for ch in changes:
        before, after = (change_side(ch.field, v, lg, state.last_history_year()) for v in (ch.before, ch.after))
        lines.append(f"- **{md(field_label(ch.field, lg, names))}**: {md(before)} → {md(after)}")
    if lines:
        # one element for the list: each element costs a rerun about 2 ms, server and browser
        # (benchmarks/browser.py), and the list grows with every change
        st.markdown("\n".join(lines))


def draw() -> None:
    lg = lang()
    with st.sidebar:
        k = seed("lang", lg)
        st.radio(t("language", lg), list(state.LANGS), format_func=state.LANGS.get, horizontal=True,
                 key=k, on_change=_on_lang, args=(k,))
        lg = lang()
        opts = scenario_options()
        ref = ss()["base_ref"]
        # deleted from the workspace meanwhile: still the loaded one, and said so in the box and
        # under it (the box cuts a long title, and the mark with it)
        gone = f" · {t('deleted_tag', lg)}" if ref not in opts else ""
        if gone:
            opts[ref] = state.base().title_in(lg) + gone
        k = seed("scn", ref)
        st.selectbox(t("scenario", lg), list(opts), format_func=opts.get, key=k,
                     on_change=_on_scenario, args=(k,), help=t("scenario_help", lg))
        # the whole title under the box, whether it was changed, and whether it was deleted
        st.caption(md(state.shown().title_in(lg)) + gone)
        st.html(APP_CSS % {"upload": t("upload_button", lg), "enter": t("input_enter", lg),
                           "enter_form": t("input_enter_form", lg), "enter_area": t("input_enter_area", lg),
                           "refused": t("upload_refused", lg, kb=P.MAX_FILE_BYTES // 1024),
                           "no_match": t("no_match", lg)})
        st.html(CLICK_ORDER_JS, unsafe_allow_javascript=True)
        k = state.key("upload")
        st.file_uploader(t("upload", lg), type=["toml"], key=k, on_change=_on_upload, args=(k,),
                         help=t("upload_hint", lg, kb=P.MAX_FILE_BYTES // 1024))
        st.caption(t("upload_hint", lg, kb=P.MAX_FILE_BYTES // 1024))
        err = ss().get("upload_error")
        if isinstance(err, model.ScenarioError):
            st.error(t("upload_bad", lg) + "\n\n" + "\n".join(f"- {md(x)}" for x in err.lines(lg)))
        elif err:
            st.error(t(err[0], lg, **{k: md(v) for k, v in err[1].items()}))   # a path, a file name: shown as text
        ok = ss().get("upload_ok")
        if ok:
            st.success(t("upload_ok", lg, title=md(ok["title_en" if lg == "en" else "title"]), name=md(ok["name"])))
        notes = state.note_lines(lg)
        if notes:
            st.warning(t("url_bad", lg) + "\n\n" + "\n".join(f"- {md(n)}" for n in notes))

        st.subheader(t("assumptions", lg))
        w = working()
        first, last = model.actual_years()
        st.slider(t("last_actual", lg), first, last, key=seed("lay", codec.first_year(w, state.last_history_year()) - 1),
                  on_change=_on_frame, args=(state.gen(),))
        st.slider(t("horizon", lg), P.MIN_YEAR + 1, P.MAX_YEAR, key=seed("h", w.horizon), on_change=_on_frame,
                  args=(state.gen(),))
        if ss().get("frame_note"):
            st.warning(t("horizon_fix", lg, h=ss().pop("frame_note")))
        with section(t("population", lg), "population") as open_:
            if open_:
                rate_editor("population.growth", t("population", lg))
        for s in SECTOR_IDS:
            with section(sector_label(s, lg, short=True), s) as open_:
                if not open_:
                    continue
                driver = w.driver(s)
                if s in INVESTABLE:
                    k = seed(f"sectors.{s}.driver", driver)
                    st.radio(t("driver", lg), ("growth", "investment"), key=k,
                             horizontal=True, format_func=lambda d: t(f"driver_{d}", lg),
                             on_change=_on_driver, args=(s, k), help=driver_help(s, lg))
                rate_editor(f"sectors.{s}.{driver}", t("investment_rate" if driver == "investment" else "growth", lg))
                rate_editor(f"sectors.{s}.inflation", t("inflation", lg))
        with section(t("mfg_section", lg), "mfg") as open_:
            if open_:
                from model.industry import SHARE_RANGE, manufacturing_share_of_ic

                c, lo, hi = (100 * x for x in manufacturing_share_of_ic())
                # unset, the record's share as its release gives it (58,6): the 58,604218 that the
                # branch weights give is the model's, and six decimals in a box read as a precision
                # the release lacks
                value = w.manufacturing_share if w.manufacturing_share is not None else round(c, 1) / 100
                number_box(t("mfg_label", lg), "mfg", codec.frac_to_pct(value), 100 * SHARE_RANGE[0],
                           100 * SHARE_RANGE[1], _set_mfg, digits=1,
                           help=t("mfg_help", lg, c=fmt.num(c, lg, 1), lo=fmt.num(lo, lg, 1), hi=fmt.num(hi, lg, 1)))
        changes_list(lg)
        out = state.shown()
        st.download_button(t("save", lg), model.file_toml(state.stamped(out)), file_name=f"{out.name}.toml",
                           mime="application/toml", key="save_toml", on_click="ignore")
        warm_charts()


__all__ = ["draw", "RATE_FIELDS"]
