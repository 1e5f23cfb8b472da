"""Display helpers every view uses: a numeric frame written for the reader (`text_frame`), the
projection's shares and contributions, and the command line's tables (`cli_table`, its column
names with their units, `CLI_COLUMNS`).

Units: percent for shares and growth, percentage points for contributions; billion VND.

Glossary: đóng góp (điểm %) = contribution (pp); tỷ trọng = share.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ...growth import Projection, need_projection
from ...sectors import SECTOR_IDS
from .. import fmt
from ..strings import TEXT, over_years, project_status, sector_label, t


def text_frame(frame: pd.DataFrame, lang: str = "vi", digits: int | Mapping[str, int] = 2,
               sign: bool = False) -> pd.DataFrame:
    """A numeric frame with every number written for ``lang`` (strings), booleans as marks,
    missing values as '—', and an integer (year) index as text."""
    out = pd.DataFrame(index=frame.index)
    for c in frame.columns:
        d = digits.get(c, 2) if isinstance(digits, Mapping) else digits
        col = frame[c]
        if pd.api.types.is_bool_dtype(col) or col.map(lambda v: isinstance(v, (bool, np.bool_))).all():
            out[c] = [fmt.mark(v, lang) for v in col]
        elif pd.api.types.is_numeric_dtype(col):
            out[c] = [fmt.num(v, lang, d, sign=sign) for v in col]
        else:
            out[c] = col.map(lambda v: fmt.DASH if v is None or (isinstance(v, float) and np.isnan(v)) else v)
    if pd.api.types.is_integer_dtype(out.index):
        out.index = out.index.astype(str)
    out.index.name = frame.index.name
    return out


def shares_table(p: Projection, lang: str = "vi") -> pd.DataFrame:
    """Year × sector shares of GRDP at current prices (%, numbers), sectors in registry order."""
    out = 100 * need_projection(p, "p").shares
    out.columns = [sector_label(s, lang, short=True) for s in SECTOR_IDS]
    out.index.name = t("year", lang)
    return out


def contributions_frame(p: Projection) -> pd.DataFrame:
    """Contributions to real GRDP growth for a machine (the Export page's CSV): index ``year``,
    ``contrib_pp_<sector>`` in percentage points and ``growth_real_pct``, their sum, in % a year,
    named as in projection.csv (`contributions_table` words them)."""
    out = need_projection(p, "p").contributions_pp.add_prefix("contrib_pp_")
    out["growth_real_pct"] = 100 * p.growth_real
    out.index.name = "year"
    return out


def contributions_table(p: Projection, lang: str = "vi") -> pd.DataFrame:
    """Year × sector contributions (pp) and total growth (%), as the statistics office shows them:
    `contributions_frame` (the CSV's) with its columns worded."""
    out = contributions_frame(p)
    # each column with its unit: in the workbook the sheet stands without the page's heading
    out.columns = [f"{sector_label(s, lang, short=True)} ({t('unit_pp', lang)})" for s in SECTOR_IDS] + [t("c_total", lang)]
    out.index.name = t("year", lang)
    return out


def contributions_shown(p: Projection, lang: str = "vi", digits: int = 2) -> pd.DataFrame:
    """`contributions_table` as a page shows it: each year's four contributions rounded to
    ``digits`` together, so that they add up to the year's growth as shown (`fmt.shown_parts`:
    rounded alone, 2021 and 2022 of the baseline summed a hundredth off the growth beside them).
    The CSV and the workbook keep the exact numbers."""
    out = contributions_table(p, lang)
    return parts_to_total(out, list(out.columns[:-1]), out.columns[-1], digits)


def parts_to_total(frame: pd.DataFrame, parts: list[str], total: str, digits: int) -> pd.DataFrame:
    """``frame`` rounded to ``digits``, each row's ``parts`` together so that they add up to its
    ``total`` as shown (`fmt.shown_parts`)."""
    out = frame.astype(float).round(digits)
    for i in frame.index:
        out.loc[i, parts] = fmt.shown_parts(frame.loc[i, parts], float(frame.at[i, total]), digits)
    return out


def residual_to_total(frame: pd.DataFrame, parts: list[str], residual: str, total: str, digits: int) -> pd.DataFrame:
    """``frame`` rounded to ``digits``, with ``residual`` the ``total`` less the ``parts`` as
    shown: a remainder (TFP, organic growth) is the residual of the figures printed, as it is of
    the exact ones, so each row adds up as read."""
    out = frame.astype(float).round(digits)
    out[residual] = (out[total] - out[parts].sum(axis=1)).round(digits)
    return out


def accounting_shown(acc: pd.DataFrame, digits: int = 2) -> pd.DataFrame:
    """`model.supply.accounting` as printed, ``digits`` decimals: TFP's points are the residual of
    the figures shown, growth less capital's and labour's points as shown, as TFP is the residual
    of the exact ones (rounded alone, 2018, 2022 and 2025 added up a hundredth off the growth
    beside them); capital's and labour's stay α and 1 − α times their growth as shown. The files
    keep the exact numbers."""
    return residual_to_total(acc, ["capital_pp", "labour_pp"], "tfp_pp", "growth_pct", digits)


_NEED_COLUMNS = ("need_low", "need_central", "need_high")   # `model.investment.required_investment`'s
_SOURCES = ("state", "nonstate", "fdi")
_NEED_LABEL = {"need_low": "inv_col_low", "need_central": "inv_col_central", "need_high": "inv_col_high",
               "state": "inv_col_state", "nonstate": "inv_col_nonstate", "fdi": "inv_col_fdi"}


def investment_shown(r: pd.DataFrame, lang: str = "vi", digits: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`model.investment.required_investment` as the Projects page shows it (billion VND at
    current prices, ``digits`` decimals): the need at the three ICORs (or the one asked) with its sources (state,
    non-state, FDI), and the central need by sector (the organic part of each, product taxes
    needing no capital of their own, and the named projects' own capital), each with a last row
    for the period ("2026–2030") where there is more than one year. A row's parts are rounded together to add up to its central
    need as shown, and the period's row is the sum of the rows shown, so that both tables add up
    across and down as read (the Congress's file showed sources a billion off their need, and
    a period's sources two off the years above them). Numbers; `text_frame` writes them."""
    years = [str(int(y)) for y in r.index]
    period = fmt.span(int(r.index[0]), int(r.index[-1]))
    # the three ICORs' needs, or the one asked (`required_investment(p, icor=k)`: `invest --icor`)
    need = pd.DataFrame({t(_NEED_LABEL[c], lang): r[c] for c in (*_NEED_COLUMNS, *_SOURCES) if c in r.columns})
    sectors = [s for s in SECTOR_IDS if s != "product_taxes"]
    by_sector = pd.DataFrame({**{sector_label(s, lang, short=True): r[f"sector_{s}"] for s in sectors},
                              t("inv_projects", lang): r["projects"], t("inv_col_central", lang): r["need_central"]})
    central = t("inv_col_central", lang)
    out = []
    sources = [t(_NEED_LABEL[c], lang) for c in _SOURCES]
    for frame, parts in ((need, sources), (by_sector, list(by_sector.columns[:-1]))):
        shown = parts_to_total(frame, parts, central, digits)
        shown.index = years
        if len(years) > 1:   # one projected year is its own period: no second row of it
            shown.loc[period] = shown.sum().round(digits)
        shown.index.name = t("inv_col_year", lang)
        out.append(shown)
    return out[0], out[1]


def _with_period(share: pd.Series, rows: int) -> list[float]:
    """A share of GRDP's years (percent) and, where its table has a period's row (``rows`` more
    than the years), their average for it: a share's period is its mean, where a need's is a sum."""
    return [float(v) for v in share] + [float(share.mean())] * (rows - len(share))


def investment_view(r: pd.DataFrame, lang: str = "vi") -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """The Projects page's two investment tables as text (`investment_shown`, billion VND, no
    decimals): the need, with its share of GRDP at the low and high ICOR beside it (the period's
    row, where there is one, their average), and the need by sector; and the caption of their
    unit, which speaks of the period's row only where there is one (none for a horizon of one
    projected year: the page appended an average to that one row, and stopped)."""
    shown, by_sector = investment_shown(r, lang, 0)
    lo, hi = (_with_period(r[c], len(shown)) for c in ("share_low_pct", "share_high_pct"))
    period = len(shown) > len(r)
    need = text_frame(shown, lang, 0)
    need.insert(3, t("inv_col_share", lang), [f"{fmt.num(a, lang, 1)}–{fmt.num(b, lang, 1)}" for a, b in zip(lo, hi)])
    sectors = text_frame(by_sector, lang, 0)
    need.index.name = sectors.index.name = t("inv_col_year", lang)
    return need, sectors, t("inv_table_unit" if period else "inv_table_unit_one", lang)


# `model.investment.required_investment`'s "central" band is its one ICOR; worked out at a chosen
# ICOR K (`invest --icor K`) that name says ICOR 7 to a reader, so the need at K goes under plain
# names beside K itself
_AT_ICOR = {"need_central": "need", "share_central_pct": "share_pct", "organic_central": "organic"}


def at_icor(r: pd.DataFrame, icor: float) -> pd.DataFrame:
    """``r`` (`required_investment` worked out at the one ICOR ``icor``) with its central band's
    columns under plain names (``need``, ``share_pct``, ``organic``: billion VND at current
    prices, % of GRDP) and a first column ``icor``: what `invest --icor K --out` writes."""
    out = r.rename(columns=_AT_ICOR)
    out.insert(0, "icor", float(icor))
    return out


_INVEST_PRINTED = ("need_low", "share_low_pct", "need_central", "share_central_pct", "need_high", "share_high_pct",
                   *_SOURCES)


def investment_printed(r: pd.DataFrame, lang: str = "vi",
                       icor: float | None = None) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """`invest`'s tables, with the Projects page's numbers (`investment_shown`: whole billion VND
    at current prices, each year's sources adding up to its central need, the period's row the
    sum of the years shown): the need at the three ICORs with its share of GRDP at each (percent,
    one decimal; the period's row their average) and its sources, columns by code
    (`_INVEST_PRINTED`, named by `cli_table`); the need by sector as the page shows it; the
    caption of their unit. The command line printed billions to a tenth, rounded on their own,
    and no period's row: the two read different numbers of one need.

    ``icor``: the one ICOR ``r`` was worked out at (`invest --icor K`): its need and share are
    the codes ``need`` and ``share_pct``, and the by-sector total is headed "ICOR K", not
    "central ICOR" (the columns said "central ICOR" over the need at K, the title above them K)."""
    need, by_sector = investment_shown(r, lang, 0)
    out = pd.DataFrame(index=need.index)
    asked = _AT_ICOR if icor is not None else {}
    for col in (c for c in _INVEST_PRINTED if c in r.columns):
        if col.startswith("share_"):
            out[asked.get(col, col)] = [fmt.as_shown(v, 1) for v in _with_period(r[col], len(need))]
        else:
            out[asked.get(col, col)] = need[t(_NEED_LABEL[col], lang)]
    out.index.name = "year"
    if icor is not None:
        at = t("inv_col_at", lang, k=fmt.num(icor, lang, 1))
        by_sector = by_sector.rename(columns={t("inv_col_central", lang): at})
    return out, by_sector, t("inv_table_unit" if len(need) > len(r) else "inv_table_unit_one", lang)


def projects_drawn(need: pd.DataFrame) -> bool:
    """Whether the investment chart draws the named projects' capital as a bar of its own
    (`model.report.charts.investment`): at 1 % of the organic need or more; below, too small to
    see, and said in words (`projects_small_text`)."""
    return bool(need["projects"].sum() >= 0.01 * need["organic_central"].sum())


def projects_small_text(need: pd.DataFrame, lang: str = "vi") -> str | None:
    """The named projects' capital in words where the chart cannot show it (`projects_drawn`),
    over the table's years; None where it draws it, or where there is none to speak of (0 as
    shown: it said "0 billion VND … too small to see")."""
    total = float(need["projects"].sum())
    if projects_drawn(need) or fmt.as_shown(total, 0) == 0:
        return None
    return t("inv_projects_small", lang, v=fmt.num(total, lang, 0),
             over=over_years(int(need.index[0]), int(need.index[-1]), lang))


# Column names of the command line's tables, by language (the files keep the ids).
CLI_COLUMNS = {
    "name_vi": ("Tên", "Name"), "name_en": ("Tên", "Name"), "sector": ("Ngành", "Sector"),
    "status": ("Tình trạng", "Status"), "default_on": ("Đã cam kết", "Committed"),
    "first_year": ("Năm vận hành", "First year"), "ramp": ("Lộ trình công suất", "Ramp-up"),
    "va_bn2010": ("GTGT (tỷ đ, giá 2010)", "VA (bn VND, 2010 prices)"), "va_low": ("GTGT thấp", "VA low"),
    "va_high": ("GTGT cao", "VA high"), "va_method": ("Cách ước tính", "Method"),
    "capex_bn": ("Vốn (tỷ đ)", "Capital (bn VND)"), "investment_bn": ("Vốn đầu tư (tỷ đ)", "Investment (bn VND)"),
    "grdp_nominal_bn": ("GRDP giá hiện hành (tỷ đ)", "GRDP current prices (bn VND)"),
    "share_pct": ("% GRDP", "% of GRDP"), "real_increment_bn": ("GRDP tăng thêm (tỷ đ, giá 2010)",
                                                               "GRDP increment (bn VND, 2010 prices)"),
    "deflator_prev": ("Chỉ số giảm phát năm trước", "Previous year's deflator"), "icor": ("ICOR", "ICOR"),
    "need_low": ("Vốn cần, ICOR thấp", "Need, low ICOR"), "share_low_pct": ("% GRDP, ICOR thấp", "% GRDP, low ICOR"),
    "need_central": ("Vốn cần, ICOR trung tâm", "Need, central ICOR"),
    "share_central_pct": ("% GRDP, ICOR trung tâm", "% GRDP, central ICOR"),
    "need_high": ("Vốn cần, ICOR cao", "Need, high ICOR"), "share_high_pct": ("% GRDP, ICOR cao", "% GRDP, high ICOR"),
    "need": ("Vốn cần (tỷ đ)", "Need (bn VND)"),
    "projects": ("Dự án", "Projects"), "state": ("Nhà nước", "State"), "nonstate": ("Ngoài nhà nước", "Non-state"),
    "fdi": ("FDI", "FDI"), "growth_pct": ("Tăng trưởng (%)", "Growth (%)"), "year": ("Năm", "Year"),
    "period": ("Giai đoạn", "Period"), "id": ("Mã", "Id"),
    # the supply side (model.supply)
    "grdp_real_bn": ("GRDP giá 2010 (tỷ đ)", "GRDP 2010 prices (bn VND)"), "deflator": ("Chỉ số giảm phát", "Deflator"),
    "investment_real_bn": ("Vốn đầu tư giá 2010 (tỷ đ)", "Investment 2010 prices (bn VND)"),
    "investment_share_pct": ("Vốn đầu tư (% GRDP)", "Investment (% of GRDP)"),
    "population_thousand": ("Dân số (nghìn người)", "Population (thousand)"),
    "employment_thousand": ("Lao động có việc làm (nghìn người)", "Employed (thousand)"),
    "employment_ratio_pct": ("Có việc làm (% dân số)", "Employed (% of population)"),
    "capital_growth_pct": ("Vốn tăng (%)", "Capital growth (%)"),
    "employment_growth_pct": ("Lao động tăng (%)", "Employment growth (%)"),
    "capital_pp": ("Đóng góp vốn (điểm %)", "Capital (pp)"), "labour_pp": ("Đóng góp lao động (điểm %)", "Labour (pp)"),
    "tfp_pp": ("Đóng góp TFP (điểm %)", "TFP (pp)"), "capital_bn": ("Vốn cuối năm, giá 2010 (tỷ đ)",
                                                                   "Capital, end of year, 2010 prices (bn VND)"),
    "tfp_needed_pct": ("TFP cần (%/năm)", "TFP needed (%/yr)"),
    "investment_needed_pct": ("Vốn đầu tư cần (% GRDP)", "Investment needed (% of GRDP)"),
    "employment_needed_pct": ("Lao động cần tăng (%/năm)", "Employment needed (%/yr)"),
    "icor_share_pct": ("Vốn cần theo ICOR 7 (% GRDP)", "Need at ICOR 7 (% of GRDP)"),
}


def supply_frame(frame: pd.DataFrame, lang: str = "vi", digits: int = 2) -> pd.DataFrame:
    """A `model.supply` table (needs, growth accounting or the record) for a page: columns named
    in ``lang`` (with their units), numbers written its way, years as text; the basis columns
    (each year's source, which `supply --out` writes) left out."""
    keep = [c for c in frame.columns if not str(c).endswith("_basis")]
    # billions of VND whole (a tenth of a billion is not known, and the record's ten columns then
    # fit a 1024-pixel screen), people and shares of GRDP to one decimal, growth rates to ``digits``
    one = ("_thousand", "share_pct", "ratio_pct", "investment_needed_pct")
    out = text_frame(frame[keep], lang, {c: (0 if c.endswith("_bn") else 1 if c.endswith(one) else digits)
                                         for c in keep})
    out.columns = [CLI_COLUMNS[c][lang == "en"] if c in CLI_COLUMNS else c for c in keep]
    out.index.name = CLI_COLUMNS["year"][lang == "en"]
    return out


def ramp_text(ramp: Sequence[float], lang: str = "vi") -> str:
    """A project's ramp-up (shares of capacity, year by year) in the reader's numbers:
    '0,3; 0,6; 1' in Vietnamese, whose decimal comma cannot also separate the years, and
    '0.3, 0.6, 1' in English."""
    return ("; " if lang == "vi" else ", ").join(fmt.plain(x, lang) for x in ramp)


def cli_table(frame: pd.DataFrame, lang: str = "vi", digits: int | Mapping[str, int] = 1,
              line_width: int | None = None) -> str:
    """A frame as the command line prints it: columns named in ``lang``, numbers in its
    convention (8,5 and 234.901 in Vietnamese), with ``digits`` decimals (a mapping: by column,
    1 for a column it does not name; an ICOR at 2 beside billions of VND at 1); wider than
    ``line_width`` characters, in blocks of columns, the index repeated (None: whole rows)."""
    out = frame.copy()

    def name(c):
        return CLI_COLUMNS[c][lang == "en"] if c in CLI_COLUMNS else c

    for c in out.columns:
        if pd.api.types.is_bool_dtype(out[c]):
            out[c] = out[c].map(lambda v: fmt.mark(v))
        elif "year" in str(c):  # a year is a label, never grouped
            out[c] = out[c].map(str)
        elif c == "sector":
            out[c] = out[c].map(lambda v: sector_label(v, lang, short=True) if v in SECTOR_IDS else v)
        elif c == "status":
            out[c] = out[c].map(lambda v: project_status(v, lang))
        elif c == "ramp":
            out[c] = out[c].map(lambda v: ramp_text(v, lang))
        elif c == "va_method":
            out[c] = out[c].map(lambda v: t(f"pj_method_{v}", lang) if f"pj_method_{v}" in TEXT else v)
        elif pd.api.types.is_numeric_dtype(out[c]):
            d = digits.get(c, 1) if isinstance(digits, Mapping) else digits
            out[c] = out[c].map(lambda v, d=d: fmt.num(v, lang, d))
    out.columns = [name(c) for c in out.columns]
    out.index.name = name(out.index.name) if out.index.name else out.index.name
    return out.to_string(line_width=line_width)
