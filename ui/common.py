"""What every page shares: the context (language, scenario, projection), the one way a chart
is drawn (`show`), and tables drawn whole (every row visible, no inner scrolling)."""

from __future__ import annotations

import contextlib
import functools
import html
import os
import re
from dataclasses import dataclass

import pandas as pd
import streamlit as st

import model
from model.report import charts, fmt, vega, views
from model.report.strings import t

from . import state

ROW_PX = 35


@contextlib.contextmanager
def section(label: str, name: str, expanded: bool = False, asked: tuple[str, ...] = ()):
    """An expander (a sidebar section or a page's section) that says whether it is open; what it
    holds is drawn only then. A shut section costs a run one element; its controls lose nothing,
    since each is seeded from the scenario or the view when drawn (see `ui.state`). Opening or
    shutting one reruns the script: 20–70 ms on the server, the Solve and Projects pages the
    longest, since their results are kept (AppTest, 2026-12-01). The open state is kept under
    ``open.{name}`` across scenario changes and page switches (`ui.state.keep_widgets`).
    ``expanded`` is the state the first time it is drawn in a session, open too when the link
    asks the section's question (any of the view keys ``asked``: a shared link showed the
    answer shut away)."""
    key = f"open.{name}"
    if key not in state.ss() and any(k in state.ss().get("view", {}) for k in asked):
        state.ss()[key] = True
    exp = st.expander(label, expanded=expanded, key=key, on_change="rerun")
    with exp:
        yield bool(exp.open)


@dataclass
class Ctx:
    """What a page draws from: the language, the working scenario (``toml``: its text, the
    cache key of every computation) and its projection, made from the scenario as it is named
    (`ui.state.shown`: a changed scenario's charts and files say so)."""

    lang: str
    working: model.Scenario
    toml: str
    projection: model.Projection

    def title(self, sc: model.Scenario | None = None) -> str:
        return (sc or self.projection.scenario).title_in(self.lang)

    def source_text(self) -> str:
        return t("source", self.lang, last=self.projection.last_actual_year, title=state.md(self.title()))

    def source(self) -> None:
        st.caption(self.source_text())


def slow_cache(key: str, **kw):
    """`st.cache_resource` (``kw``: its settings) for work that may take half a second, whose
    spinner says what it does in the reader's language (``key``: the catalogue's words, "Đang
    giải lộ trình đạt mục tiêu…" or "Solving for the targets…").

    A decorator's words are fixed before the reader's language is known (they said both, "… ·
    …"), so there is a cached function for each language and the call goes to the reader's.
    Both keep their answers in one cache: Streamlit keys a cache by the function it wraps (its
    module, name and source), so a language switch finds the solve kept (tests/test_app.py). A
    cache hit shows no spinner and costs nothing more; a wrapper costs 30 µs to make, on the
    pages that define one."""
    def wrap(f):
        by_lang = {lg: st.cache_resource(show_spinner=t(key, lg), **kw)(f) for lg in state.LANGS}

        @functools.wraps(f)
        def call(*args, **kwargs):
            return by_lang.get(state.lang(), by_lang["vi"])(*args, **kwargs)

        call.spinners = {lg: t(key, lg) for lg in by_lang}
        return call
    return wrap


def ctx() -> Ctx:
    w = state.working()
    return Ctx(state.lang(), w, w.to_toml(), state.project(state.shown().to_toml()))


def table(frame: pd.DataFrame, key: str, hide_index: bool = False, rows: int | None = None, **kw) -> None:
    """A display table with every row shown (height fits the rows): the last projected year is
    never hidden behind an inner scroll bar. ``rows``: at most that many shown, the rest
    scrolled to inside the table (a list that grows with use, where what follows the table
    must stay within reach)."""
    shown = len(frame) if rows is None else min(len(frame), rows)
    st.dataframe(frame, key=key, hide_index=hide_index, width="stretch",
                 height=ROW_PX * (shown + 1) + 3, **kw)


_URL = re.compile(r"https?://[^\s<>\"']+")
TABLE_CLASS = "ht-table"   # styled in ui.sidebar.APP_CSS like Streamlit's own st.table
SHORT = 12                 # characters: a cell this short does not wrap (on a narrow screen, a
                           # number's only: "≈ 7,9" and "2,3 %" whole, "Chưa đạt" on two lines)
_DIGIT = re.compile(r"\d")
LONG = 40                  # characters: a cell this long keeps a readable width (5em) however
                           # narrow the screen (its web addresses break anywhere)


def _cell_html(value) -> str:
    """One cell's text as HTML: every character escaped (a user's ``<b>`` or ``**x**`` is shown
    as typed), the web addresses in it made links (trailing punctuation left outside)."""
    text, out, at = str(value), [], 0
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(").,;:")
        out.append(html.escape(text[at:m.start()]))
        out.append(f'<a href="{html.escape(url, quote=True)}" target="_blank">{html.escape(url)}</a>')
        at = m.start() + len(url)
    out.append(html.escape(text[at:]))
    return "".join(out)


def _cell_class(text: str) -> str:
    """How a cell may wrap (ui.sidebar.APP_CSS): a short text on one line ("nw"; a number
    always, "num"), a long one at a readable least width ("long"), the rest as it fits."""
    if len(text) <= SHORT:
        return ' class="nw num"' if _DIGIT.search(text) else ' class="nw"'
    return ' class="long"' if len(text) > LONG else ""


def table_html(frame: pd.DataFrame, hide_index: bool = True) -> str:
    """``frame`` as one HTML table: a header row, a row per row, the index as row headers
    unless hidden. Texts wrap; nothing is interpreted (see `_cell_html`)."""
    # the index's name (Năm / Year) heads its column
    corner = "" if frame.index.name is None else _cell_html(frame.index.name)
    head = ([] if hide_index else [f"<th>{corner}</th>"]) + [f"<th>{_cell_html(c)}</th>" for c in frame.columns]
    rows = []
    for idx, row in zip(frame.index, frame.itertuples(index=False, name=None)):
        cells = [] if hide_index else [f'<th scope="row">{_cell_html(idx)}</th>']
        cells += [f"<td{_cell_class(str(v))}>{_cell_html(v)}</td>" for v in row]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<div class="{TABLE_CLASS}"><table><thead><tr>{"".join(head)}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def static_table(frame: pd.DataFrame, hide_index: bool = True) -> None:
    """A static table whose long texts wrap, every row shown. One HTML element: Streamlit's
    st.table renders each cell as its own Markdown component, and a 33-row table of nine
    columns cost the browser about 100 ms at every switch to its page (issue 13,
    benchmarks/browser.py). Every text is escaped: shown, never interpreted."""
    st.html(table_html(frame, hide_index))


def chart_title(text: str, where=st) -> None:
    """A chart's title as page text: never clipped, and in the reader's language."""
    where.markdown(f"**{state.md(text)}**")


def show(chart: charts.Chart, lang: str, where=st, title: bool = True, share: int = 1,
         row: dict | None = None) -> None:
    """Draw one of `model.report.charts`' charts (the only way a page draws a chart: the files
    and the deck draw the same definitions), its title above it as page text, its note under it,
    numbers in the reader's convention, as wide as ``where`` (``share``: how many charts stand in
    its row, so that the legend fits the chart's part of it; ``row``: `vega.row_of` those charts, so
    that their plots line up). Tests check each spec against the Vega-Lite
    schema (``HATINH_VALIDATE_CHARTS=1``, set by tests/conftest.py); the app skips the check."""
    if not isinstance(chart, charts.Chart):
        raise TypeError("pages draw model.report.charts.Chart definitions only")
    spec = vega.vegalite(chart, lang, share=share, **(row or {}))
    if os.environ.get("HATINH_VALIDATE_CHARTS") == "1":
        import altair as alt

        alt.LayerChart.from_dict(spec, validate=True)
    if title:
        chart_title(chart.title, where)
    where.vega_lite_chart(spec=spec, width="stretch")
    if chart.note:
        where.caption(state.md(chart.note))


# A chart too small to see, hidden (`.st-key-warm_charts` in `ui.sidebar.APP_CSS`), drawn on a
# session's first run only: the browser loads and compiles its chart code (Vega) while the first
# page loads, rather than on the first visit to a page of charts, which took 0.54–0.57 s where
# the next visits take 0.2 (the slowest page switch in benchmarks/browser.py; 0.32–0.34 since).
WARM_CHART = {"data": {"values": [{"x": 0}]}, "mark": "point",
              "encoding": {"x": {"field": "x", "type": "quantitative"}}, "width": 1, "height": 1}


def warm_charts() -> None:
    """The hidden chart, on the session's first run (drawn by the sidebar, on every page)."""
    if state.ss().get("charts_warm"):
        return
    state.ss()["charts_warm"] = True
    with st.container(key="warm_charts", height=1, border=False):
        st.vega_lite_chart(spec=WARM_CHART, width=1)


def card_row():
    """A row for the four headline cards: one horizontal container, the cards side by side, each
    as wide as its content (five elements where st.columns(4) made nine, of equal widths: an
    element costs a rerun about 2 ms, server and browser together; benchmarks/browser.py).
    Narrow screens wrap the row."""
    return st.container(horizontal=True, gap="small")


# `views.toward` → a card's colour and the catalogue's word for it (hl_toward_*)
TOWARD = {1: ("green", "closer"), -1: ("red", "further"), 0: ("gray", "within")}


def headline_strip(p: model.Projection, ref: model.Projection, ref_title: str, lang: str, *,
                   lead: str | None = None, cards: bool = True) -> None:
    """The headline targets of ``p``'s target set (the scenario's ``[targets] set``: the
    programme's four by default), each with its change against ``ref``, and one sentence saying
    what it means (issue 13: the answer where the what-if is asked). ``lead`` names the
    comparison above the strip; ``cards=False`` gives the sentence alone. A horizon before 2030
    has no 2030 targets to show or to compare with: said in their place, with what to do (a
    planner on a file ending in 2028 ticked a project and read nothing, and nothing said why)."""
    if p.horizon < 2030:
        if cards:   # the Scorecard (``cards=False``) says it in a box of its own
            st.caption(t("sc_short_horizon", lang, h=p.horizon, control=t("horizon", lang)))
        return
    if ref.horizon < 2030:
        st.caption(state.md(t("hl_ref_short", lang, ref=ref_title, h=ref.horizon)))
        return
    set_id = p.scenario.targets_set
    h = views.headline(p, ref, lang, set_id=set_id)
    if cards:
        if lead:
            st.markdown(f"**{lead}**")
        row = card_row()
        for tid in model.registry.headline(set_id):   # words: views.card_label, card_value
            r = h.loc[tid]
            # met ✓ or missed ✗ beside the value (the label is cut on a laptop screen)
            mark = "✓" if r["status_code"] == "met" else "✗"
            still = bool(r["unchanged"])
            # the arrow is the change's direction, its colour whether it brings the value closer to
            # the target (`views.toward`): industry's share rising out of the plan's "≈ 51" band
            # was green, as a rise always was
            colour, word = TOWARD[int(r["toward"])]
            row.metric(views.card_label(tid, lang), f"{views.card_value(tid, r['value'], lang)} {mark}",
                       delta=r["change_text"], border=True,
                       delta_color="off" if still else colour, delta_arrow="off" if still else "auto",
                       help=f"{t('target_word', lang).capitalize()} {r['target']}: {r['status']}"
                            + ("" if still else ". " + t(f"hl_toward_{word}", lang)))
    st.caption(state.md(views.headline_said(h, p, ref, ref_title, lang)))


def what_changed(c: Ctx, *, cards: bool = True) -> None:
    """On a page that shows the scenario being edited: once it differs from the loaded one
    (the sidebar's what-ifs are asked on every page), the headline strip against the loaded
    scenario; with ``cards=False`` (the Scorecard, which has its own cards) the sentence alone."""
    from . import codec

    base = state.base()
    if codec.changed(c.working, base):
        headline_strip(c.projection, state.project(base.to_toml()), c.title(base), c.lang,
                       lead=t("hl_lead_changed", c.lang), cards=cards)


def vintage_note(lang: str) -> None:
    """The loaded scenario was made with an older data vintage: say what changed since and how
    its recorded 2030 answers moved (`model.vintage.reopened`), above every page."""
    base = state.base()
    if not base.vintage:
        return
    from model.vintage import reopened

    r = reopened(base, state.project(base.to_toml()))
    if r is not None:
        st.info("\n\n".join(state.md(x) for x in views.vintage_lines(r, lang)))


def link_note(lang: str) -> None:
    """The link held settings that could not be read (a mistyped page, a bad rate): one line
    above the page, which a planner opening a shared link sees; the sidebar lists each
    (`ui.sidebar`), below the fold on a laptop, where the page read as if the link were whole."""
    n = len(state.ss().get("notes", []))   # counted, not worded: the sidebar words them
    if n:
        st.warning(t("url_bad_main", lang, n=fmt.num(n, lang, 0)), icon=":material/link_off:")


def unlisted_note(lang: str) -> None:
    """Committed plants still ramping up that the scenario being edited does not list, so that
    their growth is not counted (`model.projects.unlisted_ramping`): said above every page,
    as the numbers of every page are lowered by it, with the two answers a planner gives in
    one click each: count them (switched on) or leave them out on purpose (switched off, which
    the saved file and the link then say). Nothing is drawn when there are none."""
    from model.projects import unlisted_ramping

    sc = state.working()
    last = state.history().last_actual(sc)
    plants = unlisted_ramping(sc.projects, last, sc.horizon)
    if not plants:
        return
    # shipped names and the catalogue's words only, no user text: Markdown is safe here
    st.warning(views.unlisted_text(plants, last, lang))
    if state.ss().get("ul_error"):
        st.error(state.md(state.ss().pop("ul_error")))
    row = st.container(horizontal=True, gap="small")
    ids = tuple(p.id for p in plants)
    row.button(t("ul_count", lang), key="ul.count", on_click=_set_plants, args=(ids, True))
    row.button(t("ul_leave", lang), key="ul.leave", on_click=_set_plants, args=(ids, False))


def _set_plants(ids: tuple[str, ...], on: bool) -> None:
    from model.projects import ProjectSetting

    w = state.working()
    for pid in ids:
        full = w.project_room(pid) if on else None
        if full is not None:  # a file holds at most 40 projects: said, nothing changed
            state.ss()["ul_error"] = "; ".join(full.lines(state.lang()))
            return
        w = w.with_project(pid, ProjectSetting(on=on))
    state.set_working(w)


# The planners' guide of each language (docs/), shown on the Glossary page and held to the app by
# tests/test_guide.py
GUIDES = {"vi": "huong_dan.md", "en": "guide_en.md"}


def guide_body(lang: str) -> str | None:
    """The guide from its first section on: its preface points to files beside it and to the
    tests, which mean nothing on the page. Its sections are headed two levels down, under the
    page's own heading rather than as large as it. None where the file is not there."""
    path = state.ROOT / "docs" / GUIDES[lang]
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    return re.sub(r"^## ", "#### ", text[text.find("\n## ") + 1:], flags=re.M)
