"""Hà Tĩnh 2030 scenario simulator: the Streamlit front end.

    streamlit run app.py        (or: make run)

Only drawing lives here: every number comes from the public API of ``model`` (projections,
targets, solver, view frames, controls ↔ scenario ↔ URL). Compute is cached on the scenario's
TOML text, so a slider change costs one projection (well under a millisecond) plus Streamlit's
rerun. Settings live in the URL: a link reproduces the view.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

import model
from model import controls as ctl
from model import views
from model.i18n import field_label, t
from model.sectors import SECTOR_IDS, label

ROOT = Path(__file__).resolve().parent
PAGES = ["scorecard", "growth", "structure", "contributions", "solve", "compare", "export"]
LANGS = {"vi": "Tiếng Việt", "en": "English"}
RATE_KINDS = {"g": ("growth", ctl.GROWTH_RANGE), "pi": ("inflation", ctl.INFLATION_RANGE)}


# ---- cached compute (model calls only) -----------------------------------------------------
@st.cache_resource
def history() -> model.History:
    return model.assemble_history()


@st.cache_resource
def shipped() -> dict[str, model.Scenario]:
    return {p.stem: model.load_scenario(p) for p in sorted((ROOT / "scenarios").glob("*.toml"))}


@st.cache_resource(max_entries=256)
def project(toml_text: str) -> model.Projection:
    return model.simulate(history(), model.parse_scenario(toml_text))


@st.cache_resource(max_entries=256)
def scorecard(toml_text: str, lang: str) -> pd.DataFrame:
    return views.scorecard(project(toml_text), lang)


@st.cache_resource(max_entries=64)
def solve(toml_text: str, targets: tuple, free: tuple, method: str, approx: str,
          bounds: tuple, smoothness: float) -> model.SolveResult:
    return model.solve(history(), model.parse_scenario(toml_text), list(targets), free=list(free),
                       method=method, approx=approx, bounds=dict(bounds), smoothness=smoothness)


@st.cache_resource(max_entries=64)
def consistency(toml_text: str) -> list:
    return model.consistency_report(history(), model.parse_scenario(toml_text))


@st.cache_resource(max_entries=64)
def required(toml_text: str, targets: tuple, free: tuple, method: str) -> pd.DataFrame:
    return model.required_growth(history(), model.parse_scenario(toml_text), list(targets),
                                 free=list(free), method=method)


# ---- state: controls ↔ widget keys ----------------------------------------------------------
def last_history_year() -> int:
    return history().last_year


def seed(c: ctl.Controls) -> None:
    """Put the controls into the widgets' session-state keys (before the widgets are drawn)."""
    ss = st.session_state
    ss["h"], ss["lay"], ss["pop"] = c.horizon, c.last_actual_year, float(c.population_pct)
    for prefix, (kind, _) in RATE_KINDS.items():
        for s in SECTOR_IDS:
            rc: ctl.RateControl = getattr(c, kind)[s]
            ss[f"{prefix}_{s}"] = float(rc.start_pct)
            ss[f"{prefix}_ramp_{s}"] = rc.end_pct is not None
            ss[f"{prefix}_end_{s}"] = float(rc.end_pct if rc.end_pct is not None else rc.start_pct)
            ss[f"{prefix}_path_{s}"] = rc.path


def read_controls() -> ctl.Controls:
    ss = st.session_state
    rates = {}
    for prefix, (kind, _) in RATE_KINDS.items():
        rates[kind] = {s: ctl.RateControl(ss[f"{prefix}_{s}"],
                                          ss[f"{prefix}_end_{s}"] if ss[f"{prefix}_ramp_{s}"] else None,
                                          ss[f"{prefix}_path_{s}"])
                       for s in SECTOR_IDS}
    return ctl.Controls(horizon=ss["h"], last_actual_year=ss["lay"], population_pct=ss["pop"], **rates)


def base_scenario() -> model.Scenario:
    ss = st.session_state
    if ss.get("scn") == "uploaded" and "uploaded" in ss:
        return ss["uploaded"]
    return shipped().get(ss.get("scn"), shipped()["baseline"])


def base_controls() -> ctl.Controls:
    return ctl.controls_from_scenario(base_scenario(), last_history_year())


def init_state() -> None:
    """First run of a session: read the URL, fall back to defaults, report what was ignored."""
    ss = st.session_state
    if ss.get("initialised"):
        return
    qp = st.query_params.to_dict()
    notes = []
    ss["lang"] = qp.get("lang") if qp.get("lang") in LANGS else "vi"
    ss["page"] = qp.get("page") if qp.get("page") in PAGES else "scorecard"
    scn = qp.get("scn", "baseline")
    if scn == "uploaded":
        notes.append(t("url_uploaded", ss["lang"]))
    ss["scn"] = scn if scn in shipped() else "baseline"
    c, errors = ctl.controls_from_params(qp, base_controls(), model.actual_years())
    seed(c)
    ss["url_errors"] = notes + errors
    ss["initialised"] = True


def on_scenario_change() -> None:
    seed(base_controls())


def on_upload() -> None:
    ss = st.session_state
    f = ss.get("upload")
    if f is None:
        return
    try:
        sc = model.parse_scenario(f.getvalue().decode("utf-8"), source=f.name)
    except UnicodeDecodeError:
        ss["upload_errors"] = [f"{f.name}: not UTF-8 text; save the file as UTF-8"]
        return
    except model.ScenarioError as e:
        ss["upload_errors"] = e.lines()  # nothing else changes
        return
    ss["upload_errors"] = []
    ss["uploaded"] = sc
    ss["scn"] = "uploaded"
    seed(ctl.controls_from_scenario(sc, last_history_year()))


def on_last_actual_change() -> None:
    ss = st.session_state
    if ss["h"] <= ss["lay"]:
        ss["h"] = ss["lay"] + 1


def clear_path(prefix: str, s: str) -> None:
    st.session_state[f"{prefix}_path_{s}"] = None


def apply_solution(solved: model.Scenario, free: tuple) -> None:
    """Put the solver's paths for the free sectors into the controls (a callback)."""
    c = read_controls()
    solved_c = ctl.controls_from_scenario(solved, last_history_year())
    growth = dict(c.growth)
    for s in free:
        growth[s] = solved_c.growth[s]
    seed(ctl.Controls(c.horizon, c.last_actual_year, c.population_pct, growth, c.inflation))
    st.session_state["applied"] = True


# ---- sidebar --------------------------------------------------------------------------------
def rate_ui(prefix: str, s: str, lang: str) -> None:
    kind, (lo, hi) = RATE_KINDS[prefix]
    ss = st.session_state
    path = ss.get(f"{prefix}_path_{s}")
    if path:
        st.caption(f"{t(kind, lang)} · {t('path_note', lang)} "
                   + ctl.RateControl(0, None, path).describe())
        st.button(t("path_clear", lang), key=f"{prefix}_clear_{s}", on_click=clear_path, args=(prefix, s))
        return
    st.slider(t(kind, lang), lo, hi, step=0.1, format="%.1f", key=f"{prefix}_{s}")
    st.toggle(t("ramp", lang), key=f"{prefix}_ramp_{s}")
    if ss[f"{prefix}_ramp_{s}"]:
        st.slider(t("ramp_end", lang), lo, hi, step=0.1, format="%.1f", key=f"{prefix}_end_{s}")


def sidebar(lang: str) -> tuple[model.Scenario, model.Scenario]:
    """Draw the controls; return (loaded scenario, working scenario)."""
    sb = st.sidebar
    with sb:
        st.radio(t("language", lang), list(LANGS), format_func=LANGS.get, key="lang", horizontal=True)
        lang = st.session_state["lang"]
        st.radio(t("page", lang), PAGES, format_func=lambda p: t(f"page_{p}", lang), key="page")
        options = list(shipped()) + (["uploaded"] if "uploaded" in st.session_state else [])

        def title(name):
            sc = st.session_state["uploaded"] if name == "uploaded" else shipped()[name]
            return sc.title_en if lang == "en" and sc.title_en else sc.title_vi

        st.selectbox(t("scenario", lang), options, format_func=title, key="scn", on_change=on_scenario_change)
        st.file_uploader(t("upload", lang), type=["toml"], key="upload", on_change=on_upload)
        if st.session_state.get("upload_errors"):
            st.error(t("upload_bad", lang) + "\n\n" + "\n".join(f"- {m}" for m in st.session_state["upload_errors"]))
        if st.session_state.get("url_errors"):
            st.warning(t("url_bad", lang) + "\n\n" + "\n".join(f"- {m}" for m in st.session_state["url_errors"]))

        st.subheader(t("assumptions", lang))
        first, last = model.actual_years()
        st.slider(t("last_actual", lang), first, last, key="lay", on_change=on_last_actual_change)
        st.slider(t("horizon", lang), first + 1, 2050, key="h")
        st.slider(t("population", lang), *ctl.POPULATION_RANGE, step=0.05, format="%.2f", key="pop")
        for s in SECTOR_IDS:
            with st.expander(label(s, lang, short=True)):
                rate_ui("g", s, lang)
                rate_ui("pi", s, lang)

    c = read_controls()
    if c.horizon <= c.last_actual_year:
        sb.error(t("horizon_fix", lang, h=c.last_actual_year + 1))
        c = ctl.Controls(c.last_actual_year + 1, c.last_actual_year, c.population_pct, c.growth, c.inflation)
    base = base_scenario()
    working = ctl.working_scenario(base, c, last_history_year())
    with sb:
        changes = ctl.diff_scenarios(base, working)
        with st.expander(f"{t('changes', lang)} ({len(changes)})", expanded=bool(changes)):
            if not changes:
                st.caption(t("no_changes", lang))
            for ch in changes:
                st.markdown(f"- **{field_label(ch.field, lang)}**: {ch.before} → {ch.after}")
            st.button(t("reset", lang), on_click=on_scenario_change, key="reset")
        st.download_button(t("save", lang), working.to_toml(), file_name=f"{working.name}.toml",
                           mime="application/toml", key="save_toml")
    # The URL holds the view: page, language, scenario, and every control that differs.
    params = {"page": st.session_state["page"], "lang": lang, "scn": st.session_state["scn"],
              **ctl.controls_to_params(c, base_controls())}
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)
    return base, working


# ---- pages ----------------------------------------------------------------------------------
@dataclass
class Ctx:
    lang: str
    base: model.Scenario
    working: model.Scenario
    toml: str
    projection: model.Projection

    def title(self, sc: model.Scenario | None = None) -> str:
        sc = sc or self.working
        return sc.title_en if self.lang == "en" and sc.title_en else sc.title_vi

    def source(self) -> None:
        st.caption(t("source", self.lang, last=self.projection.last_actual_year, title=self.title()))


def year_axis(lang: str) -> alt.X:
    return alt.X("year:O", title=t("year", lang), axis=alt.Axis(labelAngle=0))


def sector_colour(lang: str) -> alt.Color:
    """Sectors in their registry colours, legend on top."""
    scale = alt.Scale(domain=[label(s, lang, short=True) for s in SECTOR_IDS],
                      range=[model.sectors.BY_ID[s].colour for s in SECTOR_IDS])
    return alt.Color("sector:N", title=t("sector", lang), scale=scale,
                     legend=alt.Legend(orient="top", labelLimit=300))


def kind_label(lang):
    return alt.Color("kind:N", title=None, scale=alt.Scale(domain=["actual", "projection"],
                                                          range=["#1d3557", "#e76f51"]),
                     legend=alt.Legend(labelExpr=f"datum.label == 'actual' ? '{t('actual', lang)}' : "
                                                 f"'{t('projection', lang)}'", orient="top"))


def page_scorecard(ctx: Ctx) -> None:
    lang = ctx.lang
    table = scorecard(ctx.toml, lang)
    head = table.set_index("id")
    cards = [("grdp_growth_avg", "m_growth", "{:.2f} %"), ("grdp_multiple", "m_multiple", "{:.2f}×"),
             ("grdp_per_capita", "m_per_capita", "{:.1f}"), ("share_industry_construction", "m_industry", "{:.1f} %")]
    for col, (tid, key, fmt) in zip(st.columns(4), cards):
        r = head.loc[tid]
        value = "—" if pd.isna(r["value"]) else fmt.format(r["value"])
        delta = None if pd.isna(r["gap"]) else f"{r['gap']:+.2f} ({t('target_word', lang)} {r['target']})"
        # Colour says met or missed; the arrow says above or below the target.
        col.metric(t(key, lang), value, delta=delta, border=True,
                   delta_color={"met": "green", "missed": "red"}.get(r["status_code"], "gray"),
                   delta_arrow="off" if r["status_code"] == "not_modelled" else "auto")
    counts = table["status_code"].value_counts()
    st.markdown("**" + t("sc_counts", lang, met=counts.get("met", 0), missed=counts.get("missed", 0),
                         nm=counts.get("not_modelled", 0)) + "**")
    st.dataframe(table.drop(columns=["id", "status_code"]), hide_index=True, width="stretch",
                 height=35 * (len(table) + 1) + 3, placeholder="—",  # all 33 rows, no inner scrolling
                 column_config={"indicator": t("col_indicator", lang), "group": t("col_group", lang),
                                "value": st.column_config.NumberColumn(t("col_value", lang), format="%.2f"),
                                "target": t("col_target", lang),
                                "gap": st.column_config.NumberColumn(t("col_gap", lang), format="%+.2f"),
                                "unit": t("col_unit", lang), "status": t("col_status", lang)},
                 key="scorecard_table")
    st.caption(t("sc_note", lang))
    ctx.source()


def page_growth(ctx: Ctx) -> None:
    lang, p = ctx.lang, ctx.projection
    g = views.grdp_view(p)
    x = year_axis(lang)
    left, right = st.columns(2)
    band = views.band_view(p)
    nominal = alt.Chart(g[g.measure == "nominal"]).mark_line(point=True).encode(
        x, alt.Y("value_trn:Q", title=t("g_nominal", lang)), kind_label(lang),
        tooltip=[alt.Tooltip("year:O"), alt.Tooltip("value_trn:Q", format=".1f")])
    layers = [nominal]
    if len(band):
        layers.insert(0, alt.Chart(band).mark_area(opacity=0.2, color="#e76f51").encode(
            x, alt.Y("low_trn:Q"), alt.Y2("high_trn:Q"), tooltip=[alt.Tooltip("low_trn:Q", format=".1f"),
                                                                  alt.Tooltip("high_trn:Q", format=".1f")]))
    left.altair_chart(alt.layer(*layers).properties(title=t("g_band", lang), height=340), width="stretch")
    real = alt.Chart(g[g.measure == "real"]).mark_line(point=True).encode(
        x, alt.Y("value_trn:Q", title=t("g_real", lang)), kind_label(lang),
        tooltip=[alt.Tooltip("year:O"), alt.Tooltip("value_trn:Q", format=".1f")])
    path9 = alt.Chart(views.path9_view(p)).mark_line(strokeDash=[4, 3], color="#e76f51").encode(
        x, alt.Y("value_trn:Q"))
    right.altair_chart(alt.layer(real, path9).properties(title=t("g_path9", lang), height=340), width="stretch")
    gr = views.growth_view(p)
    st.altair_chart(alt.Chart(gr).mark_bar().encode(
        x, alt.Y("growth_pct:Q", title=t("g_growth", lang)), kind_label(lang),
        tooltip=[alt.Tooltip("year:O"), alt.Tooltip("growth_pct:Q", format=".2f")]).properties(height=260),
        width="stretch")
    ctx.source()


def page_structure(ctx: Ctx) -> None:
    lang, p = ctx.lang, ctx.projection
    sh = views.shares_view(p, lang)
    lines = alt.Chart(sh).mark_line(point=True).encode(
        year_axis(lang), alt.Y("share_pct:Q", title=t("s_share", lang)), sector_colour(lang),
        strokeDash=alt.StrokeDash("kind:N", legend=None, scale=alt.Scale(domain=["actual", "projection"],
                                                                           range=[[1, 0], [5, 3]])),
        tooltip=["sector", "year", alt.Tooltip("share_pct:Q", format=".2f")])
    if p.horizon >= 2030:
        tg = views.share_targets_view(lang).assign(year=2030)
        targets = alt.Chart(tg).mark_point(shape="diamond", size=160, filled=True).encode(
            alt.X("year:O"), alt.Y("target_pct:Q"), sector_colour(lang),
            tooltip=["sector", alt.Tooltip("target_pct:Q", title=t("s_target", lang))])
        chart = alt.layer(lines, targets)
    else:
        chart = lines
    st.altair_chart(chart.properties(height=420, title=f"{t('s_share', lang)} · ◆ {t('s_target', lang)}"),
                    width="stretch")
    wide = views.shares_table(p, lang)
    st.dataframe(wide, width="stretch", key="structure_table",
                 column_config={c: st.column_config.NumberColumn(format="%.2f") for c in wide.columns})
    ctx.source()


def page_contributions(ctx: Ctx) -> None:
    lang, p = ctx.lang, ctx.projection
    c = views.contributions_view(p, lang)
    bars = alt.Chart(c).mark_bar().encode(
        year_axis(lang), alt.Y("contrib_pp:Q", title=t("c_contrib", lang)), sector_colour(lang),
        opacity=alt.condition(alt.datum.kind == "actual", alt.value(1.0), alt.value(0.6)),
        tooltip=["sector", "year", alt.Tooltip("contrib_pp:Q", format=".2f")])
    dots = alt.Chart(views.growth_view(p)).mark_point(color="black", filled=True, size=50).encode(
        alt.X("year:O"), alt.Y("growth_pct:Q"), tooltip=[alt.Tooltip("growth_pct:Q", format=".2f")])
    st.altair_chart(alt.layer(bars, dots).properties(height=420), width="stretch")
    st.subheader(t("c_table", lang))
    tbl = views.contributions_table(p, lang)
    st.dataframe(tbl, width="stretch", key="contrib_table",
                 column_config={c: st.column_config.NumberColumn(format="%.2f") for c in tbl.columns})
    ctx.source()


def page_solve(ctx: Ctx) -> None:
    lang = ctx.lang
    if ctx.working.horizon < 2030:
        st.warning(t("solve_horizon", lang))
        return
    targets_table = model.load_targets().set_index("id")
    name = "indicator_vi" if lang == "vi" else "indicator_en"
    a, b = st.columns(2)
    targets = a.multiselect(t("sv_targets", lang), list(model.solver.SOLVABLE),
                            default=list(model.solver.SOLVABLE), key="sv_targets",
                            format_func=lambda i: targets_table.at[i, name])
    free = b.multiselect(t("sv_free", lang), list(SECTOR_IDS), default=list(SECTOR_IDS), key="sv_free",
                         format_func=lambda s: label(s, lang, short=True))
    c1, c2, c3 = st.columns(3)
    method = c1.radio(t("sv_method", lang), ["constant", "ramp", "free"], key="sv_method", horizontal=True,
                      format_func=lambda m: t({"constant": "sv_constant", "ramp": "sv_ramp",
                                               "free": "sv_free_path"}[m], lang))
    approx = c2.radio(t("sv_approx", lang), ["band", "equal"], key="sv_approx", horizontal=True,
                      format_func=lambda m: t(f"sv_{m}", lang))
    smooth = c3.number_input(t("sv_smooth", lang), 0.0, 100.0, 1.0, 0.5, key="sv_smooth")
    bounds_pct = {}
    if free:
        for col, s in zip(st.columns(len(free)), free):
            bounds_pct[s] = col.slider(f"{label(s, lang, short=True)}: {t('sv_bounds', lang)}",
                                       *ctl.GROWTH_RANGE, ctl.default_bounds_pct(), 0.5, key=f"sv_b_{s}")
    bounds = ctl.bounds_from_pct(bounds_pct)
    if not targets or not free:
        st.info(t("sv_none", lang))
        return
    try:
        res = solve(ctx.toml, tuple(targets), tuple(free), method, approx,
                    tuple(sorted(bounds.items())), float(smooth))
    except model.SolverError as e:
        st.error(f"{t('sv_error', lang)} {e}")
        return
    if res.success:
        st.success(t("sv_ok", lang))
    else:
        missed = res.targets[~res.targets["met"]]
        st.error(t("sv_bad", lang) + "\n\n" + "\n".join(
            f"- {targets_table.at[r.id, name]}: {r.value:.3f} ({t('col_target', lang).lower()} {r.target}, "
            f"{t('col_gap', lang).lower()} {r.gap:+.3f})" for r in missed.itertuples()))
        for cset in res.conflicts:
            st.markdown("- " + t("sv_conflict", lang, items=" + ".join(targets_table.at[i, name] for i in cset)))
    st.button(t("sv_apply", lang), type="primary", key="sv_apply", on_click=apply_solution,
              args=(res.scenario, tuple(free)))
    if st.session_state.pop("applied", False):
        st.toast(t("sv_applied", lang))
    tbl = res.targets.assign(indicator=lambda d: d["id"].map(targets_table[name]))
    left = right = st.container()
    left.subheader(t("sv_table", lang))
    left.dataframe(tbl[["indicator", "target", "value", "gap", "met", "binding", "multiplier"]],
                   hide_index=True, width="stretch", key="sv_result",
                   column_config={"indicator": t("col_indicator", lang), "target": t("col_target", lang),
                                  "value": st.column_config.NumberColumn(t("col_value", lang), format="%.3f"),
                                  "gap": st.column_config.NumberColumn(t("col_gap", lang), format="%+.3f"),
                                  "met": t("col_met", lang), "binding": t("col_binding", lang),
                                  "multiplier": st.column_config.NumberColumn(t("col_mult", lang), format="%.3g")})
    left.caption(t("sv_mult_note", lang))
    right.subheader(t("sv_paths", lang))
    paths = views.solved_paths_view(res, lang)
    right.dataframe(paths, width="stretch", key="sv_paths",
                    column_config={c: st.column_config.NumberColumn(format="%.2f") for c in paths.columns})
    st.subheader(t("sv_consistency", lang))
    for f in consistency(ctx.toml):
        st.markdown(f"{t('sev_' + f.severity, lang)} {f.en if lang == 'en' else f.vi}")
    st.subheader(t("sv_required", lang))
    req = views.required_view(required(ctx.toml, tuple(targets), tuple(free), method), lang)
    st.dataframe(req, width="stretch", key="sv_required",
                 column_config={c: st.column_config.NumberColumn(format="%.2f") for c in req.columns if c != "holds"})


def page_compare(ctx: Ctx) -> None:
    lang = ctx.lang
    current = t("cmp_current", lang)
    pool = {current: ctx.working, **{ctx.title(sc): sc for sc in shipped().values()}}
    if "uploaded" in st.session_state:
        pool.setdefault(ctx.title(st.session_state["uploaded"]), st.session_state["uploaded"])
    default = [current] + [k for k in pool if k != current and pool[k].name == "baseline"]
    if default == [current] or pool[current] == shipped()["baseline"]:
        default = [ctx.title(shipped()["baseline"]), ctx.title(shipped()["provincial_plan"])]
    picked = st.multiselect(t("cmp_pick", lang), list(pool), default=default, key="cmp_pick")
    if len(picked) < 2:
        st.info(t("cmp_need_two", lang))
        return
    chosen = {k: pool[k] for k in picked}
    projections = {k: project(sc.to_toml()) for k, sc in chosen.items()}
    first = picked[0]
    for other in picked[1:]:
        changes = ctl.diff_scenarios(chosen[first], chosen[other])
        with st.expander(f"{other} — " + t("cmp_changed", lang, first=first), expanded=len(picked) == 2):
            if not changes:
                st.caption(t("cmp_same", lang, first=first))
            for ch in changes:
                st.markdown(f"- **{field_label(ch.field, lang)}**: {ch.before} → {ch.after}")
    series = views.compare_series(projections)
    x = year_axis(lang)
    colour = alt.Color("scenario:N", title=t("scenario", lang), scale=alt.Scale(scheme="tableau10"),
                       legend=alt.Legend(orient="top", labelLimit=400))
    a, b = st.columns(2)
    a.altair_chart(alt.Chart(series).mark_line(point=True).encode(
        x, alt.Y("grdp_nominal_trn:Q", title=t("g_nominal", lang)), colour,
        tooltip=["scenario", "year", alt.Tooltip("grdp_nominal_trn:Q", format=".1f")]).properties(height=320),
        width="stretch")
    b.altair_chart(alt.Chart(series).mark_line(point=True).encode(
        x, alt.Y("grdp_real_trn:Q", title=t("g_real", lang)), colour,
        tooltip=["scenario", "year", alt.Tooltip("grdp_real_trn:Q", format=".1f")]).properties(height=320),
        width="stretch")
    st.altair_chart(alt.Chart(series).mark_line(point=True).encode(
        x, alt.Y("growth_pct:Q", title=t("g_growth", lang)), colour,
        tooltip=["scenario", "year", alt.Tooltip("growth_pct:Q", format=".2f")]).properties(height=260),
        width="stretch")
    st.subheader(t("cmp_table", lang))
    st.caption(t("cmp_delta", lang, first=first))
    table = views.compare_table(projections, lang)
    st.dataframe(table, width="stretch", key="cmp_table",
                 column_config={c: st.column_config.NumberColumn(format="%.2f") for c in table.columns})


def page_export(ctx: Ctx) -> None:
    lang, p = ctx.lang, ctx.projection
    from model import charts, export

    st.subheader(t("ex_charts", lang))
    for name in charts.CHARTS:
        cols = st.columns([2, 1, 1])
        cols[0].markdown(f"**{t(f'chart_{name}', lang)}**")
        for col, fmt in zip(cols[1:], ("png", "svg")):
            col.download_button(
                fmt.upper(), data=lambda name=name, fmt=fmt: export.figure_bytes(charts.CHARTS[name](p, lang=lang), fmt),
                file_name=f"{ctx.working.name}_{name}.{fmt}", mime="image/png" if fmt == "png" else "image/svg+xml",
                key=f"dl_{name}_{fmt}", on_click="ignore")
    st.subheader(t("ex_tables", lang))
    tables = export_tables(ctx)
    st.download_button(t("ex_xlsx", lang), data=lambda: export.xlsx_bytes(tables), key="dl_xlsx",
                       file_name=f"{ctx.working.name}.xlsx", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    cols = st.columns(len(tables))
    for col, (sheet, frame) in zip(cols, tables.items()):
        col.download_button(f"{sheet} (CSV)", data=lambda frame=frame: export.csv_bytes(frame),
                            file_name=f"{ctx.working.name}_{sheet}.csv", mime="text/csv",
                            key=f"dl_csv_{sheet}", on_click="ignore")
    st.subheader(t("ex_toml", lang))
    st.download_button(t("save", lang), ctx.working.to_toml(), file_name=f"{ctx.working.name}.toml",
                       mime="application/toml", key="dl_toml", on_click="ignore")


def export_tables(ctx: Ctx) -> dict[str, pd.DataFrame]:
    lang, p = ctx.lang, ctx.projection
    return {
        t("tbl_projection", lang): p.table(),
        t("tbl_targets", lang): model.evaluate(p),
        t("tbl_contributions", lang): views.contributions_table(p, lang),
        t("tbl_history", lang): history().provenance,
        t("tbl_consistency", lang): model.consistency.report_frame(consistency(ctx.toml)),
    }


PAGE_FUNCS = {"scorecard": page_scorecard, "growth": page_growth, "structure": page_structure,
              "contributions": page_contributions, "solve": page_solve, "compare": page_compare,
              "export": page_export}


def main() -> None:
    st.set_page_config(page_title="Hà Tĩnh 2030", page_icon="📈", layout="wide")
    init_state()
    base, working = sidebar(st.session_state["lang"])
    lang = st.session_state["lang"]
    toml = working.to_toml()
    ctx = Ctx(lang, base, working, toml, project(toml))
    page = st.session_state["page"]
    st.caption(f"{t('app_title', lang)} — {t('app_subtitle', lang)}")
    st.header(f"{t(f'page_{page}', lang)}: {ctx.title()}", divider="gray")
    PAGE_FUNCS[page](ctx)


main()
