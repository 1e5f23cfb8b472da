"""Kho kịch bản / Workspace: save the scenario being edited under a name, list the saved ones
(title, date, what differs from the baseline), open, rename, duplicate, delete (confirmed).
Nothing is overwritten without asking: a name in use offers "overwrite" or "keep both"."""

from dataclasses import replace

import pandas as pd
import streamlit as st

import model
from model.params import MAX_DESCRIPTION
from model.report import fmt, views
from model.report.strings import os_error_text, t, workspace_error_text
from model.workspace import MAX_ENTRIES, WouldOverwrite
from ui import codec, state
from ui.common import ctx, section, table
from ui.sidebar import changes_list_md

c = ctx()
lang = c.lang
ws = state.workspace()
ss = state.ss()
LIST_ROWS = 12   # the saved scenarios' list shows this many rows; the rest scroll inside it


def flash(key: str, **fields) -> None:
    ss["ws_flash"] = ("success", key, fields)


def fail(e: Exception) -> None:
    if isinstance(e, model.WorkspaceError):
        msg = workspace_error_text(e, lang)
    elif isinstance(e, OSError):
        msg = os_error_text(e, lang)
    elif isinstance(e, model.ScenarioError):
        msg = "; ".join(e.lines(lang))
    else:
        msg = str(e)
    ss["ws_flash"] = ("error", "ws_error", {"msg": msg})


def do_save(overwrite: bool = False, name: str | None = None) -> None:
    sc = ss.get("ws_pending")
    if sc is None:
        return
    try:
        written = ws.save(state.stamped(sc), name=name, overwrite=overwrite)
    except WouldOverwrite as e:
        ss["ws_conflict"] = (e.name, e.alt)
        return
    except (model.WorkspaceError, OSError) as e:
        fail(e)
        return
    ss.pop("ws_pending", None)
    ss.pop("ws_conflict", None)
    ss["ws_pick"] = written   # the list's choice is the file just saved, to send or rename
    state.load(f"ws:{written}", ws.load(written), why="save")
    flash("ws_saved", name=written)


def auto_description(lg: str) -> str:
    """A changed scenario's description when the planner writes none: the scenario it was made
    from and each change (`views.changes_description`); shown greyed in the empty box."""
    base = state.base()
    return views.changes_description(base, state.working(), base.title_in(lg), lg, state.last_history_year(),
                                     limit=MAX_DESCRIPTION)


def on_save(keys: dict[str, str]) -> None:
    """The form's name, titles and descriptions (``keys``: field → widget key) on the working
    scenario, checked as a file is, then written. A description left empty on a changed scenario
    is the list of its changes, so that a saved variant says what it is."""
    got = {f: ss[k].strip() for f, k in keys.items()}
    for f, lg in (("description", "vi"), ("description_en", "en")):
        if not got[f]:
            got[f] = auto_description(lg)
    try:
        model.workspace.check_name(got["name"])
    except model.WorkspaceError as e:
        fail(e)
        return
    if not got["title_vi"]:
        ss["ws_flash"] = ("error", "ws_error", {"msg": t("ws_err_title", lang)})
        return
    sc = replace(state.working(), **got)
    try:  # the same checks as a file (lengths, control characters), on the scenario itself: it
        # keeps the text of its file, and with its values unchanged its comments (model.file_toml)
        ss["ws_pending"] = model.scenario.check(sc)
    except model.ScenarioError as e:
        ss["ws_flash"] = ("error", "ws_error", {"msg": "; ".join(e.lines(lang))})
        return
    do_save()


def on_cancel() -> None:
    ss.pop("ws_pending", None)
    ss.pop("ws_conflict", None)


def act(kind: str, name: str) -> None:
    try:
        if kind == "load":
            state.load(f"ws:{name}", ws.load(name))
            flash("ws_loaded", name=name)
        elif kind == "rename":
            new = ss["ws_rename_to"].strip()
            ws.rename(name, new)   # a name no file can have is refused there, with one that would do
            if ss.get("base_ref") == f"ws:{name}":
                ss["base_ref"] = f"ws:{new}"
            ss["ws_pick"] = new   # the pick follows the file
            flash("ws_renamed", old=name, new=new)
        elif kind == "duplicate":
            ss["ws_pick"] = copy = ws.duplicate(name)   # the copy, to rename or change next
            flash("ws_duplicated", new=copy)
        elif kind == "delete":
            if not ss.get("ws_confirm"):
                ss["ws_flash"] = ("error", "ws_delete_need", {})
                return
            ws.delete(name)
            ss["ws_confirm"] = False
            ss.pop("ws_pick", None)   # the first file left, named by the delete tick
            # the open scenario stays open, but a link naming it opens the baseline elsewhere
            if ss.get("base_ref") == f"ws:{name}":
                ss["ws_flash"] = ("warning", "ws_deleted_open", {"name": name})
            else:
                flash("ws_deleted", name=name)
    except (model.WorkspaceError, model.ScenarioError, OSError) as e:
        fail(e)
    state.bump()


st.caption(t("ws_intro", lang, folder=state.md(str(ws.folder.resolve()))))
flashed = ss.pop("ws_flash", None)
if flashed:
    kind, key, fields = flashed
    {"success": st.success, "warning": st.warning}.get(kind, st.error)(
        t(key, lang, **{k: state.md(v) for k, v in fields.items()}))

st.subheader(t("ws_save_title", lang))
# Pre-filled once per state of the scenario: the loaded titles while nothing changed, the
# titles marked "(đã chỉnh)" once (never twice) and empty descriptions, for the planner's own
# words, once it has. What the planner types stays until the scenario changes from outside.
out = state.shown()
is_changed = codec.changed(c.working, state.base())
prefill = {"name": out.name, "title_vi": out.title_vi, "title_en": out.title_en,
           "description": "" if is_changed else out.description,
           "description_en": "" if is_changed else out.description_en}
keys = {f: state.seed(f"ws.{f}.{int(is_changed)}", v) for f, v in prefill.items()}
with st.form("ws_save_form", border=True):
    a, b, d = st.columns([1, 2, 2])
    a.text_input(t("ws_name", lang), max_chars=64, key=keys["name"])
    b.text_input(t("ws_title_vi", lang), max_chars=200, key=keys["title_vi"])
    d.text_input(t("ws_title_en", lang), max_chars=200, key=keys["title_en"])
    e, f = st.columns(2)
    # Empty on a changed scenario, for the planner's own words; the changes stand greyed in the box
    # and are what an empty box saves (`on_save`): both boxes tall enough to show them whole, or
    # the loaded scenario's own descriptions they are filled with.
    grey = {lg: auto_description(lg) for lg in ("vi", "en")}
    tall = state.box_height(*grey.values(), prefill["description"], prefill["description_en"])
    e.text_area(t("ws_desc_vi", lang), max_chars=MAX_DESCRIPTION, key=keys["description"], height=tall,
                placeholder=grey["vi"] or None, help=t("ws_desc_help", lang) if is_changed else None)
    f.text_area(t("ws_desc_en", lang), max_chars=MAX_DESCRIPTION, key=keys["description_en"], height=tall,
                placeholder=grey["en"] or None, help=t("ws_desc_help", lang) if is_changed else None)
    st.form_submit_button(t("ws_save", lang), on_click=on_save, args=(keys,), type="primary")
conflict = ss.get("ws_conflict")
if conflict:
    name, alt = conflict
    st.warning(t("ws_exists", lang, name=state.md(name), alt=state.md(alt)))
    x, y, z = st.columns(3)
    x.button(t("ws_overwrite", lang, name=name), key="ws_overwrite", on_click=do_save, kwargs={"overwrite": True})
    y.button(t("ws_keep_both", lang), key="ws_keep_both", on_click=do_save, kwargs={"name": alt})
    z.button(t("ws_cancel", lang), key="ws_cancel", on_click=on_cancel)

st.subheader(t("ws_list", lang))
entries = ws.entries()
good = [e for e in entries if e.scenario is not None]
bad = [e for e in entries if e.scenario is None]
baseline = state.shipped()["baseline"]
unlisted = ws.problem()
more = ws.unlisted()


def say_more() -> None:
    """Files copied in past the list's bound: not lost, not listed; said right under the list."""
    if more:
        st.caption(t("ws_more", lang, shown=len(entries), total=MAX_ENTRIES + more, max=MAX_ENTRIES))


if unlisted is not None:   # an empty list here is the path's fault, not scenarios lost
    st.warning(t("ws_unlisted", lang, why=state.md(os_error_text(unlisted, lang, reading=True))))
elif not good:
    st.info(t("ws_empty", lang))
    say_more()
else:
    # The times and the counts are values, shown in the reader's layout by the column: a click
    # on a column's head sorts the list by time or by number of changes, where text would sort
    # 02/12 before 30/11 and "12 giả định" before "2 giả định". A long list scrolls inside its
    # table (which has its own search), so the choice and the buttons below stay within reach.
    date_col, changes_col = t("ws_col_date", lang), t("ws_col_changes", lang)
    rows = pd.DataFrame({
        t("ws_col_name", lang): [e.name for e in good],
        t("ws_col_title", lang): [e.scenario.title_in(lang) for e in good],
        date_col: pd.to_datetime([e.modified for e in good]),
        changes_col: [state.change_count(baseline, e.scenario) for e in good],
    })
    table(rows, "ws_table", hide_index=True, rows=LIST_ROWS, column_config={
        date_col: st.column_config.DatetimeColumn(format=fmt.moment_pattern(lang)),
        changes_col: st.column_config.NumberColumn(format=t("ws_n_changes", lang, n="%d"))})
    say_more()
    names = [e.name for e in good]
    pick = st.selectbox(t("ws_pick", lang), names, key="ws_pick")
    chosen = next(e for e in good if e.name == pick)
    # what the chosen file says it is, in the reader's language where it has one (line by line,
    # as text: a description is the planner's own words, never markup)
    said = (chosen.scenario.description_en if lang == "en" else "") or chosen.scenario.description
    if said:
        st.caption(state.md_lines(said))
    a, b, d = st.columns(3)
    a.button(t("ws_load", lang), key="ws_load", on_click=act, args=("load", pick), type="primary")
    b.text_input(t("ws_rename_to", lang), key="ws_rename_to", max_chars=64)
    b.button(t("ws_rename", lang), key="ws_rename", on_click=act, args=("rename", pick))
    d.button(t("ws_duplicate", lang), key="ws_duplicate", on_click=act, args=("duplicate", pick))
    # deleting on its own row: the confirmation's words are never cut by a narrow column
    st.checkbox(t("ws_delete_confirm", lang, name=state.md(pick)), key="ws_confirm", wrap=True)
    st.button(t("ws_delete", lang), key="ws_delete", on_click=act, args=("delete", pick))
    # the file as saved, comments and all, to send to a colleague (a link naming ws:… opens only
    # where the workspace holds it); read while the page runs: a download built on the click
    # runs where the session does not exist
    try:
        saved = chosen.path.read_bytes()
    except OSError:   # removed by another planner since the list was read: said by the list's next run
        saved = None
    if saved is not None:
        st.download_button(t("ws_download", lang, name=state.md(pick)), saved, file_name=f"{pick}.toml",
                           mime="application/toml", key="ws_download", on_click="ignore")
    with section(t("ws_col_changes", lang) + f": {state.md(pick)}", "ws_changes") as open_:
        if open_:
            changes_list_md(baseline, chosen.scenario, lang)
if bad:
    st.warning(t("ws_bad_files", lang) + "\n\n" + "\n".join(
        f"- {state.md(e.name)}: {state.md(e.error.lines(lang)[0])}" for e in bad))
