"""Giải mục tiêu / Solve: choose targets, free sectors, path form and bounds; see the solved
paths, which targets bind or are missed, the consistency report and what the remaining years
must deliver; apply the paths to the scenario in one click."""

import streamlit as st

import model
from model import params as P
from model.report import views
from model.report.strings import finding_text, sector_label, t
from model.scenario import frac_to_pct, pct_to_frac
from model.sectors import SECTOR_IDS
from ui import state
from ui.common import ctx, table

SOLVABLE = list(model.solver.SOLVABLE)


@st.cache_resource(max_entries=64)
def solve(toml_text, targets, free, method, approx, bounds, smoothness):
    return model.solve(state.history(), model.parse_scenario(toml_text), list(targets), free=list(free),
                       method=method, approx=approx, bounds=dict(bounds), smoothness=smoothness)


@st.cache_resource(max_entries=64)
def consistency(toml_text):
    return model.consistency_report(state.history(), model.parse_scenario(toml_text))


@st.cache_resource(max_entries=64)
def required(toml_text, targets, free, method):
    return model.required_growth(state.history(), model.parse_scenario(toml_text), list(targets),
                                 free=list(free), method=method)


def apply_solution(toml_text: str, free: tuple) -> None:
    """Put the solved paths of the free sectors into the working scenario (a callback)."""
    solved = model.parse_scenario(toml_text)
    w = state.working()
    for s in free:
        w = w.with_rate(f"sectors.{s}.growth", solved.sectors[s].growth)
    state.set_working(w)
    state.ss()["applied"] = True


c = ctx()
lang = c.lang
if state.ss().pop("applied", False):
    st.toast(t("sv_applied", lang))
if c.working.horizon < 2030:
    st.warning(t("solve_horizon", lang, h=c.working.horizon))
    st.stop()
if c.projection.last_actual_year >= 2030:
    st.warning(t("solve_actual", lang))
    st.stop()
tg = model.load_targets().set_index("id")
name = "indicator_vi" if lang == "vi" else "indicator_en"
a, b = st.columns([3, 2])
with a:
    st.markdown(f"**{t('sv_targets', lang)}**")
    targets = [i for i in SOLVABLE if st.checkbox(tg.at[i, name], value=i in model.solver.DEFAULT_TARGETS,
                                                   key=f"sv_t_{i}")]
with b:
    st.markdown(f"**{t('sv_free', lang)}**")
    free = [s for s in SECTOR_IDS if st.checkbox(sector_label(s, lang, short=True), value=True, key=f"sv_f_{s}")]
c1, c2, c3 = st.columns(3)
method = c1.radio(t("sv_method", lang), ["constant", "ramp", "free"], key="sv_method", horizontal=True,
                  format_func=lambda m: t({"constant": "sv_constant", "ramp": "sv_ramp", "free": "sv_free_path"}[m], lang))
approx = c2.radio(t("sv_approx", lang), ["band", "equal"], key="sv_approx", horizontal=True,
                  format_func=lambda m: t(f"sv_{m}", lang))
smooth = c3.number_input(t("sv_smooth", lang), *P.SMOOTHNESS_RANGE, 1.0, 0.5, key="sv_smooth")
g = P.RATES["growth"]
lo_pct, hi_pct = frac_to_pct(g.lo), frac_to_pct(g.hi)
bounds, bad = {}, []
if free:
    st.markdown(f"**{t('sv_bounds', lang)}**")
    for col, s in zip(st.columns(len(free)), free):
        sl = sector_label(s, lang, short=True)
        lo = col.number_input(t("sv_bound_min", lang, sector=sl), lo_pct, hi_pct, frac_to_pct(P.SOLVER_BOUNDS[0]),
                              0.5, format="%.1f", key=f"sv_lo_{s}")
        hi = col.number_input(t("sv_bound_max", lang, sector=sl), lo_pct, hi_pct, frac_to_pct(P.SOLVER_BOUNDS[1]),
                              0.5, format="%.1f", key=f"sv_hi_{s}")
        if lo > hi:
            bad.append(t("sv_bounds_bad", lang, sector=sl, lo=lo, hi=hi))
        bounds[s] = (pct_to_frac(lo), pct_to_frac(hi))
if bad:
    st.error("\n\n".join(bad))
    st.stop()
if not targets or not free:
    st.info(t("sv_none", lang))
    st.stop()
try:
    res = solve(c.toml, tuple(targets), tuple(free), method, approx, tuple(sorted(bounds.items())), float(smooth))
except model.SolverError as e:
    st.error(f"{t('sv_error', lang)} {state.md(str(e))}")
    st.stop()
if res.success:
    st.success(t("sv_ok", lang))
else:
    missed = views.solved_targets_table(res, lang)
    lines = [t("sv_missed_line", lang, indicator=r[0], value=r[2], target=r[1], gap=r[3])
             for r in missed.itertuples(index=False) if r[4] != "✓"]
    st.error(t("sv_bad", lang) + "\n\n" + "\n".join(f"- {state.md(x)}" for x in lines))
    for cset in res.conflicts:
        key = "sv_conflict_alone" if len(cset) == 1 else "sv_conflict"
        st.markdown("- " + t(key, lang, items=" + ".join(state.md(tg.at[i, name]) for i in cset)))
    if res.status == 2:
        st.warning(t("sv_stopped", lang))
st.button(t("sv_apply", lang), type="primary", key="sv_apply", on_click=apply_solution,
          args=(res.scenario.to_toml(), tuple(free)))
st.subheader(t("sv_table", lang))
table(views.solved_targets_table(res, lang), "sv_result", hide_index=True)
st.caption(t("sv_mult_note", lang))
st.subheader(t("sv_paths", lang))
table(views.text_frame(views.solved_paths_view(res, lang), lang), "sv_paths")
st.subheader(t("sv_consistency", lang))
for f in consistency(c.toml):
    colour = {"info": "blue", "warning": "orange", "conflict": "red"}[f.severity]
    st.markdown(f":{colour}-badge[{t('sev_' + f.severity, lang)}] {finding_text(f, lang)}")
st.subheader(t("sv_required", lang))
st.caption(t("sv_required_note", lang))
table(views.required_view(required(c.toml, tuple(targets), tuple(free), method), lang), "sv_required")
