"""Thuật ngữ / Glossary: every word of the simulator a planner may not know, in plain words
(`model.report.glossary`); the same explanations appear on hover where the words are shown."""

import pandas as pd
import streamlit as st

from model.report.glossary import TERMS
from model.report.strings import t
from ui.common import ctx, static_table

c = ctx()
lang = c.lang
st.caption(t("gl_intro", lang))
static_table(pd.DataFrame({t("gl_term", lang): [x.term(lang) for x in TERMS],
                           t("gl_meaning", lang): [x.meaning(lang) for x in TERMS]}))
