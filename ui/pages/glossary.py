"""Hướng dẫn và thuật ngữ / Guide and glossary (the page's path: /glossary): every word of the
simulator a planner may not know, in plain words (`model.report.glossary`); the same explanations
appear on hover where the words are shown. Above them, shut until asked, the planners' guide of
the reader's language (docs/): a planner finds how a session goes where the work is done, without
looking in the project's folder; the page's name says the guide is here."""

import pandas as pd
import streamlit as st

from model.data import latest_release, vintage
from model.report import fmt
from model.report.glossary import TERMS
from model.report.strings import t
from ui import state
from ui.common import GUIDES, ctx, guide_body, section, static_table

c = ctx()
lang = c.lang
st.caption(t("gl_data", lang, last=state.history().last_actual(), released=fmt.day(latest_release(), lang),
             vintage=vintage()))
with section(t("gl_guide", lang), "gl_guide") as open_:
    if open_:
        body = guide_body(lang)
        if body:   # the project's own document, not a user's text: its tables, code and emphasis are meant
            st.markdown(body)
        else:
            st.caption(t("gl_guide_missing", lang, path=f"docs/{GUIDES[lang]}"))
st.caption(t("gl_intro", lang))
static_table(pd.DataFrame({t("gl_term", lang): [x.term(lang) for x in TERMS],
                           t("gl_meaning", lang): [x.meaning(lang) for x in TERMS]}))
