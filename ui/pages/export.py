"""Xuất / Export: each chart as PNG and SVG, all tables as one XLSX workbook and as CSV, the
briefing deck, the scenario as TOML, and all of them in one ZIP archive.

Every download's bytes are made while the page runs, inside the user's session, and cached per
setting: a download whose data is a callable runs on the click in Streamlit's media endpoint,
where ``st.session_state`` does not exist, and silently never arrives (issue 13). The chart
callables below, and the archive's, are the exception that works there: they close over plain
values only (the projection, the language, bytes already made) and never touch the session."""

import streamlit as st

import pandas as pd

import model
from model import industry
from model.consistency import report_frame
from model.report import charts, export, vega, views, workbook
from model.report.deck import file_name as deck_file_name, quarterly_slide_year
from model.report.strings import t
from ui import quarter, risk, state
from ui.common import ctx


CSV_WORDS = {"projection": "tbl_projection", "targets": "tbl_targets", "contributions": "tbl_contributions",
             "provenance": "tbl_history", "consistency": "tbl_consistency", "quarterly": "tbl_quarterly"}


@st.cache_data(max_entries=32, show_spinner=False)
def table_files(working_toml: str, base_toml: str, lang: str, trends: tuple[tuple[str, float], ...],
                risk_args: tuple, _risk) -> tuple[bytes, dict[str, bytes]]:
    """The workbook and one CSV per table, for a (working, loaded) pair and a language, with the
    Scorecard's trends of tracked targets and its draws (``_risk``, the result of ``risk_args``:
    the key, since a leading underscore keeps an argument out of the cache's hash), so that the
    files say what the Scorecard shows."""
    hist = state.history()
    working, base = model.parse_scenario(working_toml), model.parse_scenario(base_toml)
    p = state.project(working_toml)
    targets = views.targets_table(p, lang)
    if _risk is not None:   # the fraction of draws meeting each modelled target, as probabilities.csv
        targets["probability"] = targets["id"].map(_risk.probabilities)
    # each file named by code, as the other pages' and `run`'s are ("…_projection.csv"): a name
    # with spaces and Vietnamese letters ("…_Dự báo.csv") is awkward in the scripts the plain
    # files are for; the buttons say them in words (CSV_WORDS)
    frames = {
        "projection": p.table(),
        "targets": targets,
        # plain like the others (the workbook's sheet has the worded headers): its columns were
        # "Năm, Nông-lâm-thủy sản, …" in Vietnamese and English words in English
        "contributions": views.contributions_frame(p),
        # the method's numbers stand in its words already (method_args is for the workbook's Vietnamese)
        "provenance": pd.concat([hist.provenance, industry.split_provenance(hist)],
                                ignore_index=True).drop(columns="method_args"),
        "consistency": report_frame(model.consistency_report(hist, working)),
        # every year by quarter and sector (issue 16): the ministry's quarterly scenario
        "quarterly": model.quarterly.quarterly(p).frame,
    }
    # a frame's index is a column only where it means something (the year): a row counter came
    # out as a first column with no name, which a spreadsheet shows as 0, 1, 2 …
    csv = {name: export.csv_bytes(frame, index=frame.index.name is not None) for name, frame in frames.items()}
    # What the edits changed, in numbers: the working scenario against the loaded one.
    extra = []
    if (model.attribution.changed_factors(base, working) and base.horizon >= 2030
            and working.horizon >= 2030):
        extra.append(workbook.Sheet(t("tbl_attribution", lang), views.attribution_numbers(
            model.attribution.attribute(hist, base, working, set_id=working.targets_set), lang), {}, True))
    # the workbook a planner opens: worded headers with units, formats, the assumptions, the
    # investment need, the projects, the sources, the quarters and what the file is
    return workbook.build(working, base, p, hist, lang, extra, trends=dict(trends), risk=_risk), csv


# each chart file's name begins with the scenario's ("baseline_growth.png"): the buttons' and the
# archive's alike
CHART_STEM = "%s_"

c = ctx()
lang, p = c.lang, c.projection
out = state.shown()
out_toml = out.to_toml()   # the cache key of the draws, the tables and the deck
# every file of the page in one archive, at its top (filled at the end, once the files are made):
# an officer wanting all of them for a briefing clicks once, not nineteen times
everything = st.container()
made: dict[str, bytes] = {}   # each ready-made file offered below, by its file name: the archive's too


def offer(where, label: str, data: bytes, file_name: str, **kw) -> None:
    """A download button for ``data``, its file kept for the archive under the same name."""
    made[file_name] = data
    where.download_button(label, data, file_name=file_name, on_click="ignore", **kw)


st.subheader(t("ex_charts", lang))
for name in charts.FILES:
    cols = st.columns([2, 1, 1])
    # "… and the target" only where the chart draws one (the Ministry's draft has no multiple, no share)
    cols[0].markdown(f"**{t(f'chart_{name}' if charts.targets_drawn(p, name) else f'chart_{name}_plain', lang)}**")
    for col, kind in zip(cols[1:], export.CHART_KINDS):
        col.download_button(
            kind.upper(), data=lambda name=name, kind=kind, p=p, lang=lang: vega.chart_bytes(
                charts.of_projection(p, name, lang), lang, kind),
            file_name=export.chart_file_name(name, kind, stem=CHART_STEM % out.name), mime="image/png" if kind == "png" else "image/svg+xml",
            key=f"dl_{name}_{kind}", on_click="ignore")

st.subheader(t("ex_tables", lang))
# the Scorecard's draws (kept: the same scenario text and settings), for the targets' probabilities
drawn = risk.result(out_toml, fans=False)
# the scenario as it is named everywhere ("… (đã chỉnh)" once changed, its name the files'): the
# workbook's About sheet gave a changed baseline as "baseline", "Kịch bản cơ sở (xu hướng 2022–2025)"
book, csv = table_files(out_toml, state.base().to_toml(), lang, tuple(sorted(state.ss().get("tk_trends", {}).items())),
                        risk.run_args(), drawn)
offer(st, t("ex_xlsx", lang), book, f"{out.name}.xlsx", key="dl_xlsx",
      mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
# one row that wraps: six columns cut the buttons' words to "Dự báo…" on a 1024-pixel screen
row = st.container(horizontal=True, wrap=True, gap="small")
for code, data in csv.items():
    offer(row, f"{t(CSV_WORDS[code], lang)} (CSV)", data, f"{out.name}_{code}.csv", mime="text/csv",
          key=f"dl_csv_{code}")
# machine files: a planner who opens one in Excel meets numbers in one column, with no word why
st.caption(t("ex_csv_note", lang))
st.subheader(t("dk_download", lang))
qy = state.quarter_year(p)   # the Quarterly page's year, else the first projected one
slide_year = quarterly_slide_year(p, qy)   # the deck's own rule
# the quarterly slide says what the rest of its year needs, as the Quarterly page does (ui.quarter)
rest = quarter.deck_rest(model.quarterly.quarterly(p), slide_year)
offer(st, t("dk_download", lang), state.deck((out_toml,), lang, None, qy, risk.run_args(), rest),
      deck_file_name([out]), key="dl_pptx",
      mime="application/vnd.openxmlformats-officedocument.presentationml.presentation")
if slide_year is not None:   # a scenario ending with its last actual year has no quarterly slide
    st.caption(t("dk_quarter_year", lang, year=slide_year)
               + (" " + t("dk_quarter_rest", lang, done=t(f"qt_done{rest[0]}", lang)) if rest else ""))
st.subheader(t("ex_toml", lang))
offer(st, t("save", lang), model.file_toml(state.stamped(out)), f"{out.name}.toml", mime="application/toml",
      key="dl_toml")

everything.download_button(
    t("ex_all", lang), type="primary", key="dl_zip", on_click="ignore", mime="application/zip",
    file_name=f"{out.name}.zip",
    # drawn on the click (the charts take about a second), from plain values only, as the charts'
    # buttons above: the projection, the language, the name and the bytes already made
    data=lambda p=p, lang=lang, stem=CHART_STEM % out.name, made=made: export.zip_bytes(
        {**export.chart_files_named(p, lang, stem=stem), **made}))
everything.caption(t("ex_all_note", lang, n=len(export.CHART_KINDS) * len(charts.FILES) + len(made)))
