"""The app's session: one home for its state.

    ss["working"]   the Scenario being edited: the one truth every page reads
    ss["base"]      the Scenario it was loaded from; ss["base_ref"] names it
                    ("baseline" for a shipped file, "ws:NAME" for the workspace)
    ss["lang"]      "vi" or "en"
    ss["gen"]       widget generation: widget keys carry it, so that when the scenario changes
                    from outside (load, reset, apply, upload) every control is drawn afresh
                    from the scenario instead of keeping a stale value
    ss["notes"]     messages about the link (bad parameters), shown until the next change
    ss["risk"]      the uncertainty settings (`ui.risk`); ss["quarter"] the Quarterly page's
                    figures (`ui.quarter`); ss["tk_trends"] the Scorecard's trends of tracked
                    targets; ss["view"] the pages' views: all in the link

Widgets never hold state of their own: each is seeded from the scenario before it is drawn
and writes back through a callback. A widget that is not drawn on some page loses nothing,
because nothing is read from it unless it was just changed. The exceptions are what is not
the scenario's: the sections a planner opened (``ss["open.…"]``) and the Workspace's chosen
file (``ss["ws_pick"]``), which `keep_widgets` writes back at the start of every run so that a
page switch keeps them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import streamlit as st

import model
from model import tracking
from model.history import per_history
from model.report import fmt
from model.report.strings import t
from model.scenario.checks import BIDI_RE
from model.workspace import Workspace

from . import codec, settings_link

ROOT = Path(__file__).resolve().parents[1]
LANGS = {"vi": "Tiếng Việt", "en": "English"}
PAGE_IDS = ("scorecard", "growth", "structure", "contributions", "quarterly", "projects", "solve", "risk", "compare",
            "workspace", "export", "glossary")


# ---- cached compute: model calls only ---------------------------------------------------------
@st.cache_resource(show_spinner=False)
def history() -> model.History:
    return model.assemble_history()


@st.cache_resource(show_spinner=False)
def shipped() -> dict[str, model.Scenario]:
    return {p.stem: model.load_scenario(p) for p in sorted((ROOT / "scenarios").glob("*.toml"))}


# Streamlit's cache shows a spinner on a miss: each miss starts a timer thread (to show it after
# half a second) and, at its end, sends the browser a message clearing it, shown or not. A
# control change missed four caches on the Scorecard; these take milliseconds, so none shows
# one (the Solve page's solves, which can take a second, keep theirs).
@st.cache_resource(max_entries=256, show_spinner=False)
def project(toml_text: str) -> model.Projection:
    return model.simulate(history(), model.parse_scenario(toml_text))


_CLEANED: set[str] = set()


@st.cache_data(max_entries=16, show_spinner=False)
def deck(tomls: tuple[str, ...], lang: str, set_id: str | None, quarter_year: int | None,
         risk: tuple, quarter_rest: tuple[int, float, float] | None = None) -> bytes:
    """The briefing deck of these scenarios (`model.report.deck.build`; ``quarter_year``: the
    year of its quarterly slide), made while the page runs (a download built on the click runs
    where the session does not exist). ``risk``: the session's uncertainty settings
    (`ui.risk.run_args`: draws, seed, sources, scales), so that the deck's probabilities and
    fan are the pages' (a deck of 2,000 draws gave 1,8 % where the Scorecard said 2,3 %).
    ``quarter_rest``: what the Quarterly page knows of the slide's year (`ui.quarter.deck_rest`)."""
    from model.report.deck import build

    draws, seed, sources, scale = risk
    return build(history(), [model.parse_scenario(x) for x in tomls], lang=lang, set_id=set_id,
                 quarter_year=quarter_year, draws=draws, seed=seed, sources=sources, scale=dict(scale),
                 quarter_rest=quarter_rest)


@st.cache_data(max_entries=16, show_spinner=False)
def compare_book(named: tuple[tuple[str, str], ...], lang: str, set_id: str,
                 probabilities: tuple[tuple[str, ...], ...] | None, notes: tuple[str, ...]) -> bytes:
    """The Compare page's workbook (`model.report.workbook.compare_book`) of the scenarios
    ``named`` ((the name the page shows, the file's text), the reference first), judged by
    ``set_id``; ``probabilities``: the page's table of them as rows of text, its header first
    (None without). Made while the page runs, as `deck` is, and kept: a page run that changes
    nothing in the comparison builds no workbook."""
    from model.report.workbook import compare_book as build

    probs = None if probabilities is None else pd.DataFrame(list(probabilities[1:]), columns=list(probabilities[0]))
    return build({name: project(toml) for name, toml in named}, lang, set_id, probabilities=probs, notes=notes)


@st.cache_data(max_entries=16, show_spinner=False)
def quarterly_book(toml_text: str, year: int, lang: str, rest: tuple | None) -> bytes:
    """The Quarterly page's workbook (`model.report.workbook.quarterly_book`) of the scenario
    ``toml_text`` (as named on the page: "(đã chỉnh)" once changed) for ``year``, with what the
    rest of the year needs after ``rest`` (`model.quarterly.remaining`'s arguments after the
    year: quarters done, their growth, the year's target, GRDP or a sector). Made while the page
    runs, as every download must be, and kept: a run that changes none of them builds no
    workbook (25 ms)."""
    from model import quarterly as Q
    from model.report.workbook import quarterly_book as build

    p = project(toml_text)
    q = Q.quarterly(p)
    return build(q, year, p.scenario, lang, Q.remaining(q, year, *rest) if rest else None)


@per_history(maxsize=2_000, objects=2)   # four workspaces' worth of 500 files
def change_count(base: model.Scenario, sc: model.Scenario) -> int:
    """How many settings ``sc`` changes from ``base`` (`model.diff_scenarios`), the Workspace
    list's column. Kept by the two scenarios' identities (`model.history.per_history`): the
    workspace hands back the same scenario for a file not written since it was read
    (`model.workspace`), and `shipped` the same baseline, so a run of the page with 500 saved
    files compared all 500 on every run (9 ms for files a rate apart, 24 ms for files as far
    apart as the Congress aim) and now compares the files written since."""
    return len(model.diff_scenarios(base, sc))


def quarter_year(p: model.Projection) -> int | None:
    """The year the Quarterly page shows (``qy`` in the link), if it is one of ``p``'s years after
    its first; None otherwise (the page then shows the first projected year, as the deck does)."""
    qy = ss().get("view", {}).get("qy", "")
    # ASCII digits only: int() reads "٢٠٢٧" too, which a link should not carry silently
    ok = qy.isascii() and qy.isdecimal() and len(qy) == 4
    return int(qy) if ok and int(qy) in {int(y) for y in p.years[1:]} else None


def stamped(sc: model.Scenario) -> model.Scenario:
    """``sc`` as a file the app writes records it: the data vintage and its 2030 answers
    (`model.vintage.stamp`), so that it can say what moved when the data change."""
    return model.vintage.stamp(sc, project(sc.to_toml()))


def workspace() -> Workspace:
    ws = Workspace()  # reads $HATINH_WORKSPACE on every call: tests and users may set it
    if str(ws.folder) not in _CLEANED:  # once per folder and server: what killed writes left
        _CLEANED.add(str(ws.folder))
        ws.clean_stale()
    return ws


def last_history_year() -> int:
    return history().last_year


# ---- text safety ------------------------------------------------------------------------------
# Enough to make any text inert mid-line: links and images need "[" and "!", emphasis "*_~",
# code "`", math "$", Streamlit directives ":", HTML "<>&".
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#!|<>~$:^&])")


def md(text: str) -> str:
    """User text made inert inside Markdown: every punctuation mark escaped (so an image link
    in a title is shown, never fetched), HTML entities neutralised, and hidden text-direction
    controls dropped. Validation refuses those in titles; an uploaded file's name is the
    browser's, and "a<U+202E>lmot.toml" (or "a&#x202e;lmot.toml") turned the rest of its message line
    around: "a.toml: không phải TOML…" read backwards. A path's byte that is not UTF-8 (a lone
    surrogate, as `os.fsdecode` gives it) is shown as its escape ("w\\udcf2s"): the page's text
    is sent as UTF-8, and a workspace folder so named stopped the Workspace page."""
    text = str(text).encode("utf-8", "backslashreplace").decode("utf-8")
    return _MD_SPECIAL.sub(r"\\\1", BIDI_RE.sub("", html.unescape(text))).replace("\n", " ")


_BLOCK_START = re.compile(r"^(?:([-+=])|(\d+)([.)]))")


def md_lines(text: str) -> str:
    """Multi-line user text made inert, its line breaks kept (Markdown hard breaks): each line as
    `md` makes it, and a line's start that Markdown reads as a block (a list's "- " or "1.", a
    heading's "===" or "---" under a line) escaped, so that the text is shown as typed."""
    def inert(m: re.Match) -> str:
        return "\\" + m[1] if m[1] else m[2] + "\\" + m[3]

    # each line stripped: one indented by four spaces would start a code block
    return "  \n".join(_BLOCK_START.sub(inert, md(x.strip())) for x in str(text).splitlines() if x.strip())


def box_height(*texts: str, chars: int = 58, low: int = 110, high: int = 260) -> int:
    """A text box's height in px, tall enough for the longest of ``texts`` (about ``chars``
    characters a line in one of two boxes side by side at a laptop's width, 24 px a line, and
    the box's own padding), from ``low`` to ``high`` (the box scrolls beyond). The Workspace's
    description boxes show in grey what an empty box saves; at a fixed 110 px the list of
    changes was cut after its third line."""
    def lines(text: str) -> int:
        return sum(max(1, -(-len(x) // chars)) for x in str(text or "").splitlines())

    return int(min(high, max(low, 24 * max((lines(x) for x in texts), default=0) + 26)))


# ---- resolving scenarios ---------------------------------------------------------------------
def resolve_ref(ref: str) -> model.Scenario | None:
    """The scenario a reference names: a shipped file's stem, or ws:NAME in the workspace."""
    if ref.startswith("ws:"):
        try:
            return workspace().load(ref[3:])
        except (model.WorkspaceError, model.ScenarioError):
            return None
    return shipped().get(ref)


# ---- session ---------------------------------------------------------------------------------
def ss():
    return st.session_state


def lang() -> str:
    return ss().get("lang", "vi")


def working() -> model.Scenario:
    return ss()["working"]


def base() -> model.Scenario:
    return ss()["base"]


def shown() -> model.Scenario:
    """The working scenario as it is named everywhere: marked "(đã chỉnh)" once it differs from
    the loaded one (`ui.codec.custom`)."""
    return codec.custom(working(), base())


def key(name: str, gen: int | None = None) -> str:
    """A widget key of the current generation (or of ``gen``).

    A callback reads the widget that called it by the key it was drawn with, passed in its
    ``args`` (or by the generation it was drawn in), never by `key` at the time it runs: two
    changes can reach the server in one run (a box typed in, then a page link clicked before
    Enter; two quick changes), and when the first's callback draws every control afresh
    (`bump`), the second's widget is still of the generation before."""
    return f"w{ss()['gen'] if gen is None else gen}.{name}"


def gen() -> int:
    """The present generation of widget keys, for a callback that reads several widgets."""
    return ss()["gen"]


def seed(name: str, value) -> str:
    """The key of widget ``name``, holding ``value`` if the widget is new (not yet drawn)."""
    k = key(name)
    if k not in ss():
        ss()[k] = value
    return k


def keep_view(view_key: str, value, default=None, text=str) -> None:
    """``value`` kept in the pages' view, and so the link, as ``view_key`` written by ``text``
    (nothing when it is ``default``): Streamlit drops a widget's own value on a page switch, the
    view keeps it (`ui.codec.VIEW_KEYS`)."""
    view = ss().setdefault("view", {})
    if value == default:
        view.pop(view_key, None)
    else:
        view[view_key] = text(value)


def keeper(view_key: str, name: str, default=None):
    """A callback for widget ``name``, made as it is drawn, that keeps its value in the view
    (`keep_view`)."""
    k = key(name)   # the widget's own key, whatever generation the callback runs in

    def keep() -> None:
        keep_view(view_key, ss()[k], default)
    return keep


def view_choice(view_key: str, options, default, known=()) -> tuple[object, str | None]:
    """The choice a page's view holds for ``view_key`` (the link's, kept by `keeper`) if it is one
    of ``options``, else ``default``; and, for the page to say, the value asked when it names
    nothing the page knows (neither an option nor one of ``known``: a target of another set, a
    plant at capacity by now, which fall back to ``default`` quietly)."""
    asked = ss().setdefault("view", {}).get(view_key)
    if asked is None or asked in options:
        return (default if asked is None else asked), None
    return default, (None if asked in known else asked)


def bump() -> None:
    """The scenario changed from outside the controls: draw every control afresh."""
    ss()["gen"] = ss().get("gen", 0) + 1


# ---- undo: the states before the last changes ---------------------------------------------
UNDO_DEPTH = 20


def remember(why: str) -> None:
    """Keep the present state (loaded scenario and working one) to come back to; ``why`` names
    the change about to happen (edit, apply, load, reset, link), for the undo button."""
    stack = ss().setdefault("undo_stack", [])
    snap = (ss()["base_ref"], ss()["base"], ss()["working"])
    if stack and stack[-1][1:] == snap and stack[-1][0] == why:
        return
    stack.append((why, *snap))
    del stack[:-UNDO_DEPTH]


def undo_label() -> str | None:
    """What undo would take back (the kind of the last change), or None."""
    stack = ss().get("undo_stack") or []
    return stack[-1][0] if stack else None


def undo() -> None:
    """Back to the state before the last change (a callback)."""
    stack = ss().get("undo_stack") or []
    if not stack:
        return
    _, ss()["base_ref"], ss()["base"], ss()["working"] = stack.pop()
    ss()["notes"] = []
    bump()


def set_working(sc: model.Scenario, *, redraw: bool = True, why: str = "edit") -> None:
    if sc != ss().get("working"):
        remember(why)
    ss()["working"] = sc
    if redraw:
        bump()


def load(ref: str, sc: model.Scenario, why: str = "load") -> None:
    """Make ``sc`` (named ``ref``) the loaded scenario and the one being edited."""
    remember(why)
    ss()["base_ref"], ss()["base"] = ref, sc
    ss()["notes"] = []
    ss()["upload_ok"] = ss()["upload_error"] = None  # about an earlier load: no longer news
    ss()["working"] = sc
    bump()


def read_link(qp: dict[str, str]) -> dict:
    """What a link says: language, page, loaded scenario and the working one, and every
    parameter that could not be used (`ui.codec.LinkIssue`)."""
    issues: list[codec.LinkIssue] = []
    if (n := codec.link_length(qp)) > codec.MAX_LINK:
        issues.append(codec.LinkIssue("url_too_long", {"n": n, "max": codec.MAX_LINK}))
        qp = {}
    lang_in = qp.get("lang", "vi")
    if lang_in not in LANGS:
        issues.append(codec.LinkIssue("url_lang", {"value": lang_in[:20]}))
    page = qp.get("page")
    request = None
    if page is not None:
        if page in PAGE_IDS:
            request = page
        else:
            issues.append(codec.LinkIssue("url_page", {"value": page[:40], "allowed": ", ".join(PAGE_IDS)}))
    ref = qp.get("scn", "baseline")
    sc = resolve_ref(ref)
    if sc is None:
        issues.append(codec.LinkIssue("url_scn_ws" if ref.startswith("ws:") else "url_scn", {"value": ref[:80]}))
        ref, sc = "baseline", shipped()["baseline"]
    w, link_issues = codec.from_link(qp, sc, model.actual_years())
    view = {k: qp[k][:400] for k in codec.VIEW_KEYS if k in qp}
    risk, risk_issues = settings_link.risk_from_link(qp)
    quarter, quarter_issues = settings_link.quarter_from_link(qp)
    trends, trend_issues = settings_link.trends_from_link(qp, tracking.trendable())
    return {"lang": lang_in if lang_in in LANGS else "vi", "page_request": request, "base_ref": ref, "base": sc,
            "working": w, "notes": issues + link_issues + risk_issues + quarter_issues + trend_issues, "view": view,
            "risk": risk, "quarter": quarter, "tk_trends": trends}


def set_trend(tid: str | None = None, value: float | None = None) -> None:
    """The planner's trend a year of tracked target ``tid`` (its unit); one equal to the
    record's is the record's again (the link carries only what differs). No ``tid``: every
    trend back to the record's (a callback)."""
    trends = ss().setdefault("tk_trends", {})
    if tid is None:
        trends.clear()
        bump()   # the boxes drawn afresh from the record
    elif value == float(tracking.track().at[tid, "trend"]):
        trends.pop(tid, None)
    else:
        trends[tid] = value


def init() -> None:
    """First run of a session: read the link, fall back to defaults, keep what was wrong. Later
    runs read it again only when the browser went back or forward in its history: the link
    then holds an earlier state, which becomes the present one (undo can return)."""
    s = ss()
    if s.get("initialised"):
        keep_widgets()
        qp = st.query_params.to_dict()
        # A page switch clears the link (empty); a run the app itself caused finds what it wrote.
        if _history_navigation() and qp and qp != s.get("link_written"):
            remember("link")
            got = read_link(qp)
            got.pop("page_request")
            got["risk"] = {**s.get("risk", {}), **got["risk"]}   # the pages' fan switches stay
            s.update(got)
            bump()
        return
    s.update(read_link(st.query_params.to_dict()))
    s["gen"] = 0
    s["initialised"] = True


# Widgets whose value a page switch would drop (Streamlit forgets the value of a widget that a
# run does not draw): the sections a planner opened on a page (`open.…`, the sidebar's and the
# pages') and the Workspace's picked file. Written back at the start of each run as the
# session's own values, they are there when their page is drawn again.
KEPT_WIDGETS = ("ws_pick",)


def keep_widgets() -> None:
    """Each kept widget's value written back as the session's own (`KEPT_WIDGETS`, `open.…`)."""
    s = ss()
    for k in [k for k in s.keys() if k in KEPT_WIDGETS or str(k).startswith("open.")]:
        s[k] = s[k]


def _history_navigation() -> bool:
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx()
    return bool(ctx is not None and getattr(ctx, "is_history_navigation", False))


# A path a page may be served at: st.Page refuses a "/" (a longer one Streamlit answers itself)
_PATH = re.compile(r"[^/\s\x00-\x1f\x7f]{1,400}")


def stray_path(known: set[str]) -> str | None:
    """The page path this run's browser asked for (``/risks`` → "risks") when it is none of
    ``known``: a link cut short or mistyped. Streamlit answered it with an English "Page not
    found" box over the Scorecard; the app serves it as a hidden page of its own instead
    (app.py), which goes on with the link's settings and says so in the reader's language."""
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    name = getattr(getattr(get_script_run_ctx(), "pages_manager", None), "intended_page_name", None)
    return name if isinstance(name, str) and name not in known and _PATH.fullmatch(name) else None


def _slug(text: str) -> str:
    """A page's name as a planner types it in a path: "Tăng trưởng" → "tang-truong"."""
    import unicodedata

    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in bare if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")


def stray_to(path: str) -> str:
    """Where a stray path goes: the page whose path it is but for capitals (``/Growth``), or
    whose name it is in either language, with or without its accents (``/tăng-trưởng``,
    ``/tang-truong``, ``/uncertainty``); else the Scorecard, with a note naming the path and the
    pages (`note_lines`)."""
    # each page by its id and its names in both languages, and the Scorecard by "home" too (the
    # path a planner types for a home page; its own reserved path is one nobody types, app.py)
    names = {"home": "scorecard", **{pid: pid for pid in PAGE_IDS},
             **{_slug(t(f"page_{pid}", lg)): pid for pid in PAGE_IDS for lg in LANGS},
             # the Guide and glossary page by each half of its name: the page was "Thuật ngữ"
             # (links typed then), and a planner looking for the guide types "huong-dan"
             **{k: "glossary" for k in ("thuat-ngu", "huong-dan", "guide")}}
    if _slug(path) in names:
        return names[_slug(path)]
    ss().setdefault("notes", []).append(codec.LinkIssue("url_path", {"value": path[:60], "allowed": ", ".join(PAGE_IDS)}))
    return "scorecard"


def sync_link() -> int:
    """Write the view into the link: language, scenario, every assumption that differs and the
    pages' views (`ui.codec`), the uncertainty settings that differ from the defaults, the
    Quarterly page's figures and the Scorecard's trends (`ui.settings_link`); its length in
    characters, as `read_link` counts them. Done on every run, since a page switch clears the
    query string."""
    params = {"lang": lang(), "scn": ss()["base_ref"],
              **codec.to_link(working(), base(), last_history_year()), **ss().get("view", {}),
              **settings_link.risk_to_link(ss().get("risk")), **settings_link.quarter_to_link(ss().get("quarter")),
              **settings_link.trends_to_link(ss().get("tk_trends"))}
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)
    ss()["link_written"] = params
    return codec.link_length(params)


def note_lines(lang_: str) -> list[str]:
    """The link's issues in ``lang_``, each count written as the language writes it (16.000)."""
    def shown(v):
        if isinstance(v, tuple):
            return ", ".join(fmt.num(x, lang_, 0) for x in v)
        return fmt.num(v, lang_, 0) if isinstance(v, int) else v

    return [t(i.key, lang_, **{k: shown(v) for k, v in i.fields.items()}) for i in ss().get("notes", [])]
