"""The record for reading: the published figures a quarter rests on, a year by quarter in the
ministry's layout and its backtest, the model's backtest and sector scores, and the supply
record's and the sector panel's files with their bases in the reader's language.

Units: growth in percent, misses in percentage points.

Glossary: dòng = row (of hatinh_published.csv); lũy kế = cumulative; giả định = assumption.
"""

from __future__ import annotations

import pandas as pd

from ...sectors import SECTOR_IDS
from .. import fmt
from ..strings import PERIOD_RE, TEXT, period_text, sector_label, t
from .tables import residual_to_total, text_frame
from .projects import project_names


def source_rows_text(refs, lang: str = "vi") -> str:
    """Published figures used (`model.quarterly.SourceRow`s) as the reader says them, period by
    period, each with its rows of hatinh_published.csv: "6 tháng đầu năm 2021: GRDP giá so sánh
    2010 (dòng 207), tăng trưởng ba khu vực và thuế sản phẩm (dòng 208, 210, 213, 215); …; 9
    tháng đầu năm 2025: tăng trưởng GRDP (dòng 469)" ("H1 2021: …; January–September 2025:
    GRDP growth (row 469)"). The data's own ids (2021H1, growth_services) are for the file,
    not the page."""
    def when(period: str) -> tuple[int, int, str]:
        m = PERIOD_RE.fullmatch(period)
        if m is None:   # a period this catalogue has no words for: as the file writes it
            return (9999, 9, period)
        return (int(m[1]), ("Q1", "H1", "M1-9").index(m[2]), period_text(period, lang))

    by_period: dict[str, list] = {}
    for r in refs:
        by_period.setdefault(r.period, []).append(r)
    parts = []
    for period in sorted(by_period, key=when):
        rows = sorted(by_period[period], key=lambda r: r.row)
        growth = [r for r in rows if r.indicator.removeprefix("growth_") in SECTOR_IDS]
        what = []
        for r in rows:
            if r not in growth:
                key = f"src_{r.indicator}"
                what.append((t(key, lang) if key in TEXT else r.indicator, [r.row]))
        if growth:
            sectors = [r.indicator.removeprefix("growth_") for r in growth]
            label = (t("src_growth_all", lang) if set(sectors) == set(SECTOR_IDS) else
                     t("src_growth_some", lang, sectors=", ".join(sector_label(x, lang, short=True) for x in sectors)))
            what.append((label, [r.row for r in growth]))
        words = ", ".join(t("src_row" if len(ns) > 1 else "src_row1", lang, what=w,
                            rows=", ".join(str(n) for n in ns)) for w, ns in what)
        parts.append(t("src_period", lang, period=when(period)[2], what=words))
    return "; ".join(parts)


def quarterly_numbers(q, year: int, lang: str = "vi") -> pd.DataFrame:
    """The ministry's layout for one year (`model.quarterly.Quarterly.table`) worded in ``lang``,
    its numbers as numbers: a row per sector (GRDP first), each quarter's growth year on year,
    then the cumulative growth (first quarter, six months, nine months, year), percent. The
    page's table (`quarterly_view`) and the workbook's (`model.report.workbook.quarterly_book`)."""
    tab = q.table(year)
    cols = [f"q{k}_pct" for k in range(1, 5)] + [f"cum{k}_pct" for k in range(1, 5)]
    heads = [t(f"qt_q{k}", lang) for k in range(1, 5)] + [t(f"qt_cum{k}", lang) for k in range(1, 5)]
    rows = [t("qt_grdp", lang) if s == "grdp" else sector_label(s, lang, short=True) for s in tab.index]
    out = pd.DataFrame(tab[cols].to_numpy(), columns=heads, index=rows)
    out.index.name = t("sector", lang)
    return out


def quarterly_view(q, year: int, lang: str = "vi") -> pd.DataFrame:
    """`quarterly_numbers` for reading: numbers written for ``lang``, two decimals."""
    nums = quarterly_numbers(q, year, lang)
    return pd.DataFrame({c: [fmt.num(v, lang, 2) for v in nums[c]] for c in nums.columns}, index=nums.index)


def quarterly_backtest_text(bt, lang: str = "vi", short: bool = False) -> str:
    """`model.quarterly.backtest` in one sentence: the split's miss against the published
    cumulative growth (root-mean-square, points), GRDP and sectors, beside the naive answer's
    (``short``: GRDP's alone, for a slide's note); that there is nothing to test against when
    the record holds no published cumulative figure of GRDP and of the sectors."""
    sc = bt.scores
    years = bt.frame["year"]
    if not (sc["n"] > 0).all():
        return t("qt_bt_none", lang)
    a, b = int(years.min()), int(years.max())
    span = str(a) if a == b else f"{a}–{b}"
    if short:
        return t("dk_quarterly_bt", lang, years=span, g=fmt.num(sc.at[("split", "grdp"), "rmse_pp"], lang, 2))
    def pp(method: str, group: str, col: str = "rmse_pp") -> str:
        return fmt.num(sc.at[(method, group), col], lang, 2)

    return t("qt_bt", lang, years=span, g=pp("split", "grdp"), n=int(sc.at[("split", "grdp"), "n"]),
             s=pp("split", "sectors"), m=int(sc.at[("split", "sectors"), "n"]),
             ga=pp("split", "grdp", "rmse_all_pp"), sa=pp("split", "sectors", "rmse_all_pp"),
             g0=pp("annual", "grdp"), s0=pp("annual", "sectors"), gd=pp("denton", "grdp"), sd=pp("denton", "sectors"))


def quarterly_backtest_view(bt, lang: str = "vi") -> pd.DataFrame:
    """`model.quarterly.backtest`'s figures for reading, the first projected year first: the last
    actual year taken, the year, years ahead, period in words, sector, the published, the split's,
    the year's and Denton's smoothed growth (percent), and the row of the published table."""
    f = bt.frame.sort_values(["horizon", "year", "origin"], kind="stable").reset_index(drop=True)
    return pd.DataFrame({
        t("qt_bt_origin", lang): f["origin"].astype(str),
        t("year", lang): f["year"].astype(str),
        t("qt_bt_horizon", lang): f["horizon"].astype(str),
        t("qt_bt_period", lang): [t(f"qt_cum{m}", lang) for m in f["quarters"]],
        t("sector", lang): [t("qt_grdp", lang) if s_ == "grdp" else sector_label(s_, lang, short=True)
                            for s_ in f["sector"]],
        **{t(f"qt_bt_{c}", lang): [fmt.num(v, lang, 2) for v in f[f"{c}_pct"]] for c in ("published", "split", "annual", "denton")},
        t("qt_bt_row", lang): f["row"].astype(str)})


def remaining_text(r, lang: str = "vi") -> str:
    """What the remaining quarters need (`model.quarterly.Remaining`), in one sentence; a
    sector's named first ("Công nghiệp và xây dựng sau 9 tháng tăng …"). A year secured says how
    far the rest may fall, and one the quarters done already reach (`Remaining.reached`) says so."""
    left = t(f"qt_left{r.done}", lang)
    done = t(f"qt_done{r.done}", lang)
    # signs as the statistics office writes them: "giảm 2,00 %", not "tăng -2,00 %"
    down = round(r.done_pct, 2) < 0
    key = "qt_done_down" if down else "qt_done_up"
    c = fmt.num(-r.done_pct if down else r.done_pct, lang, 2)
    if r.sector in SECTOR_IDS:
        after = t(f"{key}_sector", lang, who=_whose(r, lang), done=done, c=c)
    else:
        after = t(key, lang, done=done, c=c)
    # a need above the record's every recent year is said in the sentence itself: "Q4 must grow
    # by 23.51 %" read as a plan where no fourth quarter of 2021–2025 passed 10.7 %
    top = r.need_beyond_record()
    beyond = "" if top is None else t("qt_beyond", lang, left=left, y0=r.record[0][0], y1=r.record[-1][0],
                                      x=_said(top[1], lang), y=top[0])
    says = "qt_remaining_reached" if r.reached else "qt_remaining_slack" if r.secured else "qt_remaining"
    return t(says, lang, after=after, year=r.year,
             g=_said(r.target_pct, lang), left=left,
             need=fmt.num(abs(r.needed_pct), lang, 2), path=_said(r.path_pct, lang), beyond=beyond)


def remaining_warns(r) -> bool:
    """Whether `remaining_text`'s sentence is a warning rather than good news: the need above
    the scenario's own path, or above every recent year's same quarters
    (`Remaining.need_beyond_record`, which the sentence then says), each judged on the figures as
    printed (two decimals). The baseline's own 2026, opened, needs a fourth quarter of 11.97 % where
    no fourth quarter of 2021–2025 passed 10.69 %: the sentence said so in green, the colour of a
    year secured."""
    return fmt.shown_diff(r.needed_pct, r.path_pct, 2) > 0 or r.need_beyond_record() is not None


def _said(v: float, lang: str) -> str:
    """A growth as the statistics office says it: "tăng 2,50 %", "giảm 2,50 %"."""
    return t("qt_down" if round(v, 2) < 0 else "qt_up", lang, x=fmt.num(abs(v), lang, 2))


def remaining_note(r, lang: str = "vi") -> str:
    """The year before's levels the arithmetic of `remaining_text` stands on, named by whose,
    and what the same quarters delivered in the recent actual years (`Remaining.record`)."""
    note = t("qt_rest_note", lang, who=_whose(r, lang), y=r.year - 1, s_m=fmt.num(r.before_done_bn, lang, 0),
             s_4=fmt.num(r.before_year_bn, lang, 0))
    if not r.record:
        return note
    values = ", ".join(t("qt_rest_year", lang, y=y, g=_said(v, lang)) for y, v in r.record)
    return note + " " + t("qt_rest_record", lang, left=t(f"qt_left{r.done}", lang), y0=r.record[0][0],
                          y1=r.record[-1][0], values=values)


def _whose(r, lang: str) -> str:
    return sector_label(r.sector, lang) if r.sector in SECTOR_IDS else t("qt_grdp", lang)


# ---- the backtest (model.backtest) for reading: the Projects page and `backtest --lang` ---------
_BT_TESTS = {"a: 2021-2025 from 2020": "bt_a", "b: one year ahead": "bt_b",
             "b: one year ahead, fitted before": "bt_b_before"}
_BT_RULES = {"actual": "bt_actual", "model": "bt_model", "icor": "bt_icor", "naive": "bt_naive",
             "naive with projects": "bt_naive_projects", "naive_projects": "bt_naive_projects",
             "average 2016-2020": "bt_average", "average_2016_2020": "bt_average", "constant 7 %": "bt_constant",
             "constant_7": "bt_constant", "model_before": "bt_model_before", "organic": "bt_organic",
             "growth_pct": "bt_growth"}


def backtest_attribution_view(attr: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.backtest.attribution` for reading: a row per project (by its name: names are long,
    years short, so a narrow screen takes ten years across and not seven names), then the
    organic rest and the published growth; a column per year; percentage points written for
    ``lang`` with their sign."""
    # the organic rest as the residual of the figures shown (as it is of the exact ones), so that
    # each year's column adds up to its growth as printed
    shown = residual_to_total(attr, [c for c in attr.columns if c not in ("organic", "growth_pct")], "organic",
                              "growth_pct", 2)
    out = shown.rename(columns={**project_names(lang), **{k: t(_BT_RULES[k], lang) for k in ("organic", "growth_pct")}})
    out = text_frame(out, lang, 2, sign=True).T
    out.columns = [str(y) for y in out.columns]
    out.index.name = t("pj_col_name", lang)
    return out


def backtest_paths_view(frame: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """The backtest's year-by-year growth, actual and by each rule (`BacktestResult`'s
    ``out_of_sample`` and ``in_sample``, % a year), rules named for ``lang``."""
    out = frame.rename(columns={c: t(_BT_RULES[c], lang) for c in frame.columns if c in _BT_RULES})
    out.index.name = t("year", lang)
    return text_frame(out, lang, 2)


def _span_text(years: str) -> str:
    """A span of years the backtest's frames label "2019-2025" (their keys), written as every
    other span is shown: "2019–2025"."""
    return str(years).replace("-", "–")


def backtest_score_view(rmse: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`BacktestResult.rmse` for reading: a row per test and its years, a column per rule
    (RMSE, percentage points of growth)."""
    score = rmse.pivot_table(index=["test", "years"], columns="rule", values="rmse_pp").reset_index()
    cols = {t("bt_test", lang): [t(_BT_TESTS[x], lang) for x in score["test"]],
            t("bt_years", lang): [_span_text(y) for y in score["years"]]}
    for rule in ("model", "icor", "naive", "naive with projects", "average 2016-2020", "constant 7 %"):
        cols[t(_BT_RULES[rule], lang)] = [fmt.num(v, lang, 2) for v in score[rule]]
    return pd.DataFrame(cols)


def backtest_note(rmse: pd.DataFrame, lang: str = "vi") -> str:
    """The note under the score: its numbers are the table's, so the words cannot disagree."""
    rm = rmse.set_index(["test", "rule", "years"])["rmse_pp"]
    a_, b_ = ("a: 2021-2025 from 2020", "2021-2025"), ("b: one year ahead, fitted before", "2019-2025")
    return t("bt_note", lang, **{k: fmt.num(rm[(test, rule, years)], lang, 2) for k, (test, years), rule in (
        ("c7", a_, "constant 7 %"), ("avg", a_, "average 2016-2020"), ("icor", a_, "icor"),
        ("bm", b_, "model"), ("bnp", b_, "naive with projects"),
        ("bfit", ("b: one year ahead", "2019-2025"), "model"))})


def sector_score_view(sb: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.backtest.sector_backtest` for reading: a row per sector, RMSE by rule (pp)."""
    return pd.DataFrame({t("sector", lang): [sector_label(s, lang, short=True) for s in sb.index],
                         t("bt_years", lang): [_span_text(y) for y in sb["years"]],
                         **{t(key, lang): [fmt.num(v, lang, 2) for v in sb[col]] for col, key in (
                             ("rmse_model_pp", "bt_model"), ("rmse_naive_pp", "bt_naive"),
                             ("rmse_model_before_pp", "bt_model_before"),
                             ("rmse_naive_projects_pp", "bt_naive_projects"))}})


def sector_score_note(sb: pd.DataFrame, lang: str = "vi") -> str:
    return t("bt_sector_note", lang, icm=fmt.num(sb.at["industry_construction", "rmse_model_before_pp"], lang, 2),
             icn=fmt.num(sb.at["industry_construction", "rmse_naive_projects_pp"], lang, 2))


# `model.supply.BASES` in Vietnamese (`fmt.worded`)
_BASES_VI = {
    "history": "chuỗi số liệu lịch sử của mô hình",
    "row": "dòng {row}",
    "interpolated": "nội suy {lo}–{hi} (giả định)",
    "derived_2023": "dòng {row}: năm 2024 ÷ {k:.2f} (theo «tăng 6 % so với năm 2023» của dòng đó)",
    "spread_evenly": "dòng {row}: tổng 2016–2020 trừ năm 2020, chia đều cho các năm (giả định)",
    "share_interpolated": "tỷ lệ so với GRDP nội suy {lo}–{hi} (giả định)",
    "employed_2021": "dòng {row}: 6 tháng đầu năm 2022 ÷ 1,0391 (tăng 3,91 % so với cùng kỳ, theo dòng đó)",
    "employed_2022": "dòng {row}: 6 tháng đầu năm 2022 (kỳ số liệu suy ra, xem ghi chú của dòng)",
    "employed_2024": "dòng {row}: lực lượng lao động 6 tháng đầu năm 2025 ÷ 1,034 × 97,87 % có việc làm",
    "employed_2025": "dòng {row}: bình quân 6 tháng đầu năm 2025",
    "ratio_held": "dân số × tỷ lệ có việc làm năm {year} (giả định)",
    "ratio_interpolated": "tỷ lệ có việc làm nội suy {lo}–{hi} (giả định)",
}


def supply_record_file(rec: pd.DataFrame, bases: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.supply.record` for its file (`supply --out`), each basis in ``lang``: the record's
    English, or the same in Vietnamese from its key and numbers (`model.supply.record_bases`);
    a key without Vietnamese keeps its English."""
    out = rec.copy()
    for b in bases.itertuples():
        if b.year in out.index:
            out.at[b.year, b.column] = fmt.worded(b.text, b.key, b.args, lang, _BASES_VI)
    return out


# `model.backtest.PANEL_METHODS` in Vietnamese
_PANEL_METHODS_VI = {
    "history": "chuỗi lịch sử đã lập (model.history)",
    "shifted": "tăng trưởng ngành năm {year} đã công bố (dòng {rows}) cộng thêm {shift:+.2f} điểm % để tổng bằng mức "
               "chính thức {total:.2f} %",
    "common_rate": "giá trị tăng thêm hữu cơ tăng cùng một tốc độ ({rate:.2f} %) cộng phần tăng của các dự án "
                   "(model.projects) vào ngành của chúng; tổng bằng mức chính thức năm {year}",
}
_PANEL_METHODS_VI["shifted_taxes"] = _PANEL_METHODS_VI["shifted"] + "; thuế sản phẩm theo tốc độ của tổng"


def panel_cells_file(cells: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """The sector panel's cells (`model.backtest.sector_panel`'s provenance with its values) for
    their file (`backtest --out`): the method in ``lang`` (its key kept beside it), without the
    numbers the words already hold."""
    out = cells.drop(columns="method_args")
    out["method"] = [fmt.worded(m, k, a, lang, _PANEL_METHODS_VI)
                     for m, k, a in zip(cells["method"], cells["method_key"], cells["method_args"])]
    return out
