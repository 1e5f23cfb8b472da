"""Uncertainty in the app: the settings (draws, seed, sources and their scales), the runner
with its progress bar and its cache, and the fans every page draws from one result.

    ss["risk"] = {"draws": 10000, "seed": 0, "sources": {...: bool}, "scale": {...: float}}

The settings are the session's, not the scenario's: the same scenario can be looked at with
more draws or fewer sources without becoming "(đã chỉnh)". Those that differ from the defaults
ride in the link (``rk.*``, `ui.settings_link.risk_to_link`), so that a reload, a shared link and Back
draw the same. Results are kept per scenario text and settings (the same seed gives the same
numbers, so a kept result is the result).
"""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock

import streamlit as st

import model
from model import uncertainty
from model.report import charts, fmt, vega
from model.report import risk as rv
from model.report.strings import t

from . import settings_link, state

PROGRESS_FROM = 50_000    # below this a run takes well under a second: no bar
KEEP = 24                 # results kept per server


def settings() -> dict:
    """The session's settings (the link's ``rk.*``, `ui.settings_link.risk_from_link`; else the
    defaults), kept in ``ss["risk"]`` with the pages' "show the fans" switches."""
    s = state.ss().setdefault("risk", {})
    for k, v in settings_link.default_risk().items():
        s.setdefault(k, v)
    return s


def sources_on(s: dict | None = None) -> tuple[str, ...]:
    s = s or settings()
    return tuple(k for k in uncertainty.SOURCES if s["sources"].get(k) and s["scale"].get(k, 1.0) > 0)


def run_args(s: dict | None = None) -> tuple[int, int, tuple[str, ...], tuple[tuple[str, float], ...]]:
    """The session's settings (default) or ``s`` as what a run takes, hashable: draws, seed,
    the sources on and their scales. The key of a kept result, and what the deck draws with
    (`ui.state.deck`), so that its probabilities are the page's."""
    s = s or settings()
    on = sources_on(s)
    return int(s["draws"]), int(s["seed"]), on, tuple(sorted((k, float(s["scale"][k])) for k in on))


@st.cache_resource(show_spinner=False)
def _store() -> tuple[OrderedDict, Lock]:
    return OrderedDict(), Lock()


def result(toml: str, s: dict | None = None, progress: bool = True,
           fans: bool = True) -> uncertainty.RiskResult | None:
    """The draws for the scenario ``toml`` under the settings ``s`` (default: the session's),
    with a progress bar for long runs; None when the horizon ends before 2030. ``fans=False``
    (the Scorecard's and Compare's probabilities) skips the quantiles, half the time; a kept
    result with fans serves it too (the probabilities are the same draws)."""
    draws, seed, on, scale_items = run_args(s)
    scale = dict(scale_items)
    k = (toml, draws, seed, on, scale_items)
    store, lock = _store()
    with lock:
        for key in ((k, True),) if fans else ((k, True), (k, False)):
            if key in store:
                store.move_to_end(key)
                return store[key]
        k = (k, fans)
    sc = model.parse_scenario(toml)
    if sc.horizon < 2030:
        return None
    bar = None
    if progress and draws >= PROGRESS_FROM:
        lg = state.lang()
        bar = st.progress(0.0, text=t("rk_progress", lg, done=0, total=fmt.num(draws, lg, 0)))

        def tick(done, total):
            bar.progress(done / total, text=t("rk_progress", lg, done=fmt.num(done, lg, 0), total=fmt.num(total, lg, 0)))
    else:
        tick = None
    r = uncertainty.run(state.history(), sc, draws=draws, seed=seed, sources=on, scale=scale,
                        progress=tick, fans=fans)
    if bar is not None:
        bar.empty()
    with lock:
        store[k] = r
        while len(store) > KEEP:
            store.popitem(last=False)
    return r


def keep_units(text: str) -> str:
    """A number and its "%" never split across lines (a no-break space before each)."""
    return text.replace(" %", "\u00a0%")


def toggle(page: str) -> bool:
    """The "show uncertainty fans" switch of a page, kept for the session (in ``ss["risk"]``:
    a widget's own state is dropped on a page where it is not drawn). Off until asked for:
    four more charts cost a page switch a quarter of a second in the browser (benchmarks/
    browser.py), and the Uncertainty page has them all."""
    lg = state.lang()
    shown = settings().setdefault("show", {})
    k = state.seed(f"rk.show.{page}", shown.get(page, False))

    def flip():
        shown[page] = bool(state.ss()[k])

    return st.toggle(t("rk_fan_toggle", lg), key=k, help=t("rk_fan_help", lg), on_change=flip, wrap=True)


def draw_fans(r: uncertainty.RiskResult, measures, lang: str, columns: int = 2) -> None:
    """Fans of ``measures`` side by side, with the source line under them."""
    from .common import show

    fans = [charts.fan_of(r, m, lang) for m in measures]
    for k in range(0, len(fans), columns):
        # a row of its own, its charts on one line: in one pair of columns for all, a title on
        # two lines (a projector's narrow column) set its column's every chart 25 px lower
        cols = st.columns(columns, vertical_alignment="bottom")
        row = vega.row_of(*fans[k:k + columns], share=columns) if columns > 1 else None
        for i, chart in enumerate(fans[k:k + columns]):
            show(chart, lang, cols[i], share=columns, row=row)
    st.caption(state.md(rv.source_line(r, lang)) + " " + t("rk_fan_help", lang))
