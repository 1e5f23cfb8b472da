"""Xuất / Export: each chart as PNG and SVG, all tables as one XLSX workbook and as CSV, the
scenario as TOML. Files are built only when their button is pressed."""

import streamlit as st

import pandas as pd

import model
from model import industry
from model.consistency import report_frame
from model.report import charts, export, views
from model.report.strings import t
from ui import codec, state
from ui.common import ctx

c = ctx()
lang, p = c.lang, c.projection
out = codec.custom(c.working, state.base())
st.subheader(t("ex_charts", lang))
for name in charts.CHARTS:
    cols = st.columns([2, 1, 1])
    cols[0].markdown(f"**{t(f'chart_{name}', lang)}**")
    for col, kind in zip(cols[1:], ("png", "svg")):
        col.download_button(
            kind.upper(), data=lambda name=name, kind=kind: export.figure_bytes(charts.CHARTS[name](p, lang=lang), kind),
            file_name=f"{out.name}_{name}.{kind}", mime="image/png" if kind == "png" else "image/svg+xml",
            key=f"dl_{name}_{kind}", on_click="ignore")


def tables() -> dict:
    out = {
        t("tbl_projection", lang): p.table(),
        t("tbl_targets", lang): views.targets_table(p, lang),
        t("tbl_contributions", lang): views.contributions_table(p, lang),
        t("tbl_history", lang): pd.concat([state.history().provenance, industry.split_provenance(state.history())],
                                          ignore_index=True),
        t("tbl_consistency", lang): report_frame(model.consistency_report(state.history(), c.working)),
    }
    # What the edits changed, in numbers: the working scenario against the loaded one.
    base = state.base()
    if out_changed(base) and base.horizon >= 2030 and c.working.horizon >= 2030:
        out[t("tbl_attribution", lang)] = views.attribution_numbers(
            model.attribution.attribute(state.history(), base, c.working), lang)
    return out


def out_changed(base) -> bool:
    return bool(model.attribution.changed_factors(base, c.working))


st.subheader(t("ex_tables", lang))
st.download_button(t("ex_xlsx", lang), data=lambda: export.xlsx_bytes(tables()), key="dl_xlsx",
                   file_name=f"{out.name}.xlsx", on_click="ignore",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
names = [t(k, lang) for k in ("tbl_projection", "tbl_targets", "tbl_contributions", "tbl_history", "tbl_consistency")]
for col, sheet in zip(st.columns(len(names)), names):
    col.download_button(f"{sheet} (CSV)", data=lambda sheet=sheet: export.csv_bytes(tables()[sheet]),
                        file_name=f"{out.name}_{sheet}.csv", mime="text/csv", key=f"dl_csv_{sheet}", on_click="ignore")
st.subheader(t("ex_toml", lang))
st.download_button(t("save", lang), out.to_toml(), file_name=f"{out.name}.toml",
                   mime="application/toml", key="dl_toml", on_click="ignore")
