import cProfile, pstats, io, os
import streamlit as st
pr = cProfile.Profile(); pr.enable()
try:
    exec(compile(open("/work/main/app.py").read(), "/work/main/app.py", "exec"))
finally:
    pr.disable()
    if os.environ.get("PROF_OUT") and st.session_state.get("_prof_go"):
        pr.dump_stats(os.environ["PROF_OUT"])
