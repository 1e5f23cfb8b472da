"""Hà Tĩnh 2030 scenario simulator: the Streamlit entry.

    streamlit run app.py        (or: make run; make run PORT=8502 for another port)

Page set-up, the sidebar and the router only. The pages are files under ``ui/pages/``, the
session state lives in ``ui/state.py`` (with its pure codec ``ui/codec.py``), and every number
comes from the public API of ``model`` and its presentation layer ``model.report``. Settings
live in the link (``?lang=en&scn=baseline&g.services=9``), rewritten on every run so that they
survive page switches.
"""

from __future__ import annotations

import streamlit as st

from model.allocator import tune
from model.report import fmt
from model.report.strings import t
from model.report.views import judged_by
from ui import codec, sidebar, state
from ui.common import link_note, unlisted_note, vintage_note
from ui.state import md

tune()   # keep the draws' memory between runs (model/allocator.py); once per process
st.set_page_config(page_title="Hà Tĩnh 2030", page_icon="📈", layout="wide")
state.init()
lang = state.lang()
# The Scorecard is served at the root. Streamlit reserves the default page's own path without
# serving it (typed, it answers with its English "Page not found" box), so that path is one
# nobody types; /scorecard and /home, which planners do type, are strays like any other. A path
# that is no page's (/scorecard after /growth; /Growth, /tang-truong, /risks, a link cut short)
# is served as a hidden page of its own, which goes to the page meant, or to the Scorecard
# saying why, with the link's settings.
paths = {pid: "_scorecard" if pid == "scorecard" else pid for pid in state.PAGE_IDS}
pages = {pid: st.Page(f"ui/pages/{pid}.py", title=t(f"page_{pid}", lang), url_path=path, default=pid == "scorecard")
         for pid, path in paths.items()}
stray = state.stray_path(set(paths.values()))
lost = [st.Page(lambda: None, title=t("page_scorecard", lang), url_path=stray, visibility="hidden")] if stray else []
nav = st.navigation([*pages.values(), *lost], position="sidebar")
if lost and nav is lost[0]:
    st.switch_page(pages[state.stray_to(stray)], query_params=st.query_params.to_dict())
request = state.ss().pop("page_request", None)
if request and request != "scorecard" and nav.url_path != request:
    st.switch_page(pages[request])
sidebar.draw()
lang = state.lang()
if (n := state.sync_link()) > codec.MAX_LINK:   # a reload or a shared link would lose the changes: say so
    st.warning(t("url_written_long", lang, n=fmt.num(n, lang, 0), max=fmt.num(codec.MAX_LINK, lang, 0)))
pid = nav.url_path or "scorecard"
# the top line names the target set the page judges by (a screenshot of the plan's Scorecard
# said "Resolution 26 programme, 33 targets" above the plan's six)
st.caption(f"{t('app_title', lang)} — {md(judged_by(state.shown().targets_set, lang))}")
st.header(f"{t(f'page_{pid}', lang)}: {md(state.shown().title_in(lang))}", divider="gray")
link_note(lang)      # a link that lost settings says so where it is seen
vintage_note(lang)   # a file made with older data says what changed since
unlisted_note(lang)  # a file that leaves out a plant still ramping up says so
nav.run()
