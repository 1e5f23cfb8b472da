"""The workbook a planner opens: every table of a scenario with headers in the reader's language
and their units, statuses in words, number formats as the app shows them (thousands separators,
one or two decimals), column widths, a frozen header row; and sheets for the assumptions (each
setting and where it comes from), the investment need, the projects, the sources, the quarters
and a metadata sheet (scenario, data vintage, date, version); the comparison's workbook and the
quarterly one. What each holds is said here; how a sheet is written, formatted and laid out for
print is `model.report.xlsx`'s. The CSV files stay plain for machines
(`model.report.export.csv_bytes`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Mapping

import numpy as np
import pandas as pd

from .. import registry
from ..capital import ICOR_BAND
from ..growth import Projection
from ..investment import investment_record, need_against_record
from ..projects import defined_names
from ..scenario import Scenario, diff_scenarios
from ..sectors import SECTOR_IDS
from ..targets import TARGET_YEAR
from . import fmt
from .strings import field_label, sector_label, setting_label, status_label, t
from .views import COMPARE_DIGITS, change_side, compare_table, set_title
from .views.targets import INVESTMENT_ROW
from .xlsx import Sheet, cut, write

if TYPE_CHECKING:   # the draws are the caller's: numpy's generator is not imported for a workbook without them
    from ..uncertainty import RiskResult


def _sector_words(lang: str) -> dict[str, str]:
    return {s: sector_label(s, lang, short=True) for s in SECTOR_IDS}


def projection_sheet(p: Projection, lang: str) -> Sheet:
    """The projection by year: GRDP, growth, population, per capita, then each sector's value
    added at current and 2010 prices, share, growth and contribution, each header with its unit."""
    tab = p.table()
    words = _sector_words(lang)
    heads = {
        "is_actual": t("wb_actual", lang), "grdp_nominal_bn": t("wb_grdp_nominal", lang),
        "grdp_real_bn": t("wb_grdp_real", lang), "growth_real_pct": t("wb_growth", lang),
        "population_thousand": t("wb_population", lang), "per_capita_mvnd": t("wb_per_capita", lang),
    }
    digits = {"grdp_nominal_bn": 0, "grdp_real_bn": 0, "growth_real_pct": 2, "population_thousand": 1,
              "per_capita_mvnd": 2}
    for s, w in words.items():
        for key, word, d in (("nominal_bn", "wb_s_nominal", 0), ("real_bn", "wb_s_real", 0), ("share_pct", "wb_s_share", 2),
                             ("growth_real_pct", "wb_s_growth", 2), ("contrib_pp", "wb_s_contrib", 2)):
            heads[f"{key}_{s}"] = t(word, lang, sector=w)
            digits[f"{key}_{s}"] = d
    out = tab.copy()
    out["is_actual"] = [t("wb_yes" if a else "wb_no", lang) for a in out["is_actual"]]
    out.index.name = t("year", lang)   # years stay numbers: =VLOOKUP(2030; …) finds them (as text it did not)
    return Sheet(t("tbl_projection", lang), out.rename(columns=heads), {heads[k]: v for k, v in digits.items()}, True)


def targets_sheet(scorecard: pd.DataFrame, lang: str, probabilities: Mapping[str, str] | None = None) -> Sheet:
    """The Scorecard (`model.report.views.scorecard`): values as numbers, statuses in words, and
    with ``probabilities`` (target id → the probability as the pages word it, "2,3 %" or
    "< 0,01 %"; `model.report.risk.probabilities`) the Scorecard's last column, a dash for a
    target the draws do not judge."""
    out = pd.DataFrame({
        t("col_indicator", lang): scorecard["indicator"], t("col_group", lang): scorecard["group"],
        t("col_value", lang): scorecard["value_num"], t("col_target", lang): scorecard["target"],
        t("col_gap", lang): scorecard["gap_num"], t("col_unit", lang): scorecard["unit"],
        t("col_status", lang): scorecard["status"], t("col_note", lang): scorecard["note"]})
    if probabilities:
        out[t("rk_prob_col", lang)] = [probabilities.get(i, fmt.DASH) for i in scorecard["id"]]
    return Sheet(t("tbl_targets", lang), out, {t("col_value", lang): 2, t("col_gap", lang): 2})


def assumptions_sheet(working: Scenario, base: Scenario, lang: str, last_year: int) -> Sheet:
    """Every setting of the scenario (the file's table, flattened: meta, population, sectors,
    industry, targets, projects, solve) with where it comes from: the loaded scenario, or changed
    from it (and what it was, in words: ``last_year`` is the record's, what an unset last
    actual year means)."""
    changed = {c.field: c for c in diff_scenarios(base, working)}
    rows = []

    def walk(prefix: str, v):
        if isinstance(v, dict):
            for k, x in v.items():
                walk(f"{prefix}.{k}" if prefix else str(k), x)
        else:
            rows.append((prefix, v))

    walk("", working.to_dict())
    # the file's names and words, which are not assumptions (`diff_scenarios` leaves them out),
    # compared as they are
    was = {f"meta.{k}": v for k, v in base.to_dict()["meta"].items() if isinstance(v, str)}
    names = defined_names(working, base)
    out, shown = [], set()
    for path, v in rows:
        hit = next((c for f, c in changed.items() if path == f or path.startswith(f + ".")), None)
        if hit:   # what it was, in the words of the app's list of changes ("7,5 %", not a RatePath)
            shown.add(hit.field)
            origin = t("wb_changed", lang, before=change_side(hit.field, hit.before, lang, last_year))
        elif path in was and was[path] != v:
            origin = t("wb_changed", lang, before=was[path])
        else:
            origin = t("wb_loaded", lang, name=base.name)
        out.append({t("wb_setting", lang): path, t("wb_setting_words", lang): setting_label(path, lang, names),
                    t("wb_value", lang): v if isinstance(v, (int, float, str)) else _listed(v, lang),
                    t("wb_origin", lang): origin})
    # a change that took a setting out of the file (a project switched off, the target set or a
    # sector's growth rate unset) has no row of its own above: one, its value in words
    for f, c in changed.items():
        if f not in shown:
            out.append({t("wb_setting", lang): f, t("wb_setting_words", lang): field_label(f, lang, names),
                        t("wb_value", lang): change_side(f, c.after, lang, last_year),
                        t("wb_origin", lang): t("wb_changed", lang, before=change_side(f, c.before, lang, last_year))})
    return Sheet(t("wb_assumptions", lang), pd.DataFrame(out))


def _listed(v, lang: str) -> str:
    """A list in the file as the reader writes one, not Python's "['a', 'b']": ids 'a, b' (the
    solve request's targets), numbers the reader's way (a ramp: '0,3; 0,6; 1' in Vietnamese,
    whose decimal comma cannot also separate them)."""
    if not isinstance(v, (list, tuple)):
        return str(v)
    if v and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
        from .views import ramp_text

        return ramp_text(v, lang)
    return ", ".join(map(str, v))


def investment_sheet(need: pd.DataFrame, lang: str) -> Sheet:
    """The investment a scenario needs (`model.investment.required_investment`), by year."""
    words = _sector_words(lang)
    heads = {"need_low": t("wb_need_low", lang), "need_central": t("wb_need_central", lang),
             "need_high": t("wb_need_high", lang), "share_low_pct": t("wb_share_low", lang),
             "share_central_pct": t("wb_share_central", lang), "share_high_pct": t("wb_share_high", lang),
             "catch_up": t("wb_catch_up", lang), "projects": t("wb_projects_capital", lang), "state": t("wb_state", lang),
             "nonstate": t("wb_nonstate", lang), "fdi": t("wb_fdi", lang)}
    heads.update({f"sector_{s}": t("wb_sector_need", lang, sector=w) for s, w in words.items()})
    cols = [c for c in heads if c in need.columns]
    out = need[cols].rename(columns=heads)
    out.index.name = t("year", lang)
    digits = {heads[c]: (1 if c.startswith("share_") else 0) for c in cols}
    return Sheet(t("wb_investment", lang), out, digits, True)


def projects_sheet(table: pd.DataFrame, lang: str) -> Sheet:
    """The projects (`model.projects.projects_table`) with their calibrated value added."""
    from .strings import project_status
    from .views import ramp_text

    words = _sector_words(lang)
    out = pd.DataFrame({
        t("wb_project", lang): table["name_en" if lang == "en" else "name_vi"],
        t("sector", lang): [words.get(s, s) for s in table["sector"]],
        t("col_status", lang): [project_status(s, lang) for s in table["status"]],
        t("wb_first_year", lang): table["first_year"], t("wb_ramp", lang): [ramp_text(r, lang) for r in table["ramp"]],
        t("wb_va", lang): table["va_bn2010"], t("wb_va_low", lang): table["va_low"], t("wb_va_high", lang): table["va_high"],
        t("wb_load_factor", lang): table["load_factor"], t("wb_capex", lang): table["capex_bn"],
        t("wb_probability", lang): table["probability"], t("wb_source", lang): table["source_url"]})
    return Sheet(t("wb_projects", lang), out, {t("wb_va", lang): 0, t("wb_va_low", lang): 0, t("wb_va_high", lang): 0,
                                                t("wb_capex", lang): 0, t("wb_load_factor", lang): 2,
                                                t("wb_probability", lang): 2})


def sources_sheet(provenance: pd.DataFrame, lang: str) -> Sheet:
    """Where every figure of the actual years comes from (the history's provenance): the
    variable with its unit, the sector or branch, and the method in the reader's words."""
    words = {**_sector_words(lang), "total": t("wb_total", lang),
             **{b: t(f"branch_{b}", lang) for b in ("manufacturing", "other_industry", "construction")}}
    out = pd.DataFrame({
        t("year", lang): provenance["year"],
        t("wb_variable", lang): [t(f"wb_var_{v}", lang) if f"wb_var_{v}" in _VARS else v for v in provenance["variable"]],
        t("sector", lang): [words.get(s, s) for s in provenance["sector"]], t("wb_value", lang): provenance["value"],
        t("col_status", lang): provenance["status"].map(lambda s: t(f"wb_prov_{s}", lang) if f"wb_prov_{s}" in _PROV else s),
        t("wb_method", lang): [method_text(r, lang) for r in provenance.to_dict("records")],
        t("wb_source", lang): provenance["source_url"]})
    return Sheet(t("tbl_history", lang), out, {t("wb_value", lang): 2})


_VARS = {"wb_var_nominal", "wb_var_real", "wb_var_real_growth", "wb_var_population"}

# How each figure was made, in Vietnamese, by the key the history gives it (`model.history.METHODS`,
# whose English it says again), its numbers written the Vietnamese way (a format spec as
# "+.3f" gives the digits and the sign). A key without Vietnamese here keeps its English (a
# test holds every key the history writes).
_METHODS_VI = {
    "published_nominal": "giá trị tăng thêm giá hiện hành đã công bố",
    "fitted_deflator": "mức giá so sánh × chỉ số giảm phát ước lượng (trơn, gần CPI cả nước, tái tạo đúng tổng giá "
                       "hiện hành và tỷ trọng bốn khu vực đã công bố)",
    "per_capita_fitted": "bình quân đầu người đã công bố × dân số, khớp đúng",
    "total_fitted": "tổng đã công bố, khớp đúng",
    "published_population": "dân số trung bình đã công bố",
    "interpolated": "nội suy hình học giữa {a} và {b}",
    "extrapolated": "ngoại suy từ {b} theo tốc độ tăng bình quân {a}–{b} là {rate:.2f} %/năm",
    "weights_2019": "tổng chính thức năm {year} × trọng số (đóng góp/tăng trưởng, điều chỉnh để cộng lại bằng 1 và "
                    "tái tạo {growth:.2f} %) × (1 + tăng trưởng)",
    "previous_level": "mức năm trước × (1 + tăng trưởng)",
    "published_sector_growth": "tốc độ tăng của ngành đã công bố",
    "published_total_growth": "tốc độ tăng chung đã công bố",
    "shifted": "số công bố {pub:.2f} % dịch {shift:+.3f} điểm % (như nhau cho mọi ngành) để cộng lại đúng tổng đã "
               "công bố {total:.2f} %",
    "shifted_revision": "số công bố {pub:.2f} % dịch {shift:+.3f} điểm %: tốc độ các ngành đi với tổng công bố trước "
                        "đó {earlier:.2f} %, sau điều chỉnh còn {total:.2f} %; phần điều chỉnh rơi vào công "
                        "nghiệp-xây dựng (Vũng Áng 1 dừng máy, thép sụt giảm)",
    "residual": "phần dư: tốc độ làm các ngành cộng lại đúng tổng đã công bố",
    "branch_weight": "công nghiệp-xây dựng × trọng số các nhánh năm {year} theo bản tin 6 tháng đầu năm {release} "
                     "(chế biến, chế tạo {share:.1f} %, khoảng {low:.1f}–{high:.1f} %), các dự án tính vào nhánh của "
                     "mình từ {year}",
}


def method_text(row, lang: str) -> str:
    """How a figure of the history was made (a provenance row: method, method_key,
    method_args), in ``lang``: the history's English, or the same in Vietnamese."""
    return fmt.worded(row["method"], row.get("method_key"), row["method_args"], lang, _METHODS_VI)


_PROV = {"wb_prov_published", "wb_prov_adjusted", "wb_prov_estimated"}


def quarterly_sheet(frame: pd.DataFrame, lang: str) -> Sheet:
    """Every year by quarter and sector (`model.quarterly.Quarterly.frame`)."""
    words = {**_sector_words(lang), "grdp": "GRDP"}
    out = pd.DataFrame({
        t("year", lang): frame["year"], t("wb_quarter", lang): frame["quarter"],
        t("sector", lang): [words.get(s, s) for s in frame["sector"]], t("wb_q_real", lang): frame["real_bn"],
        t("wb_q_growth", lang): frame["growth_pct"], t("wb_q_cum", lang): frame["cumulative_growth_pct"]})
    return Sheet(t("tbl_quarterly", lang), out, {t("wb_q_real", lang): 0, t("wb_q_growth", lang): 2, t("wb_q_cum", lang): 2})


def quarterly_book(q, year: int, scenario: Scenario, lang: str, rest=None, today: dt.date | None = None) -> bytes:
    """The Quarterly page's workbook for ``year`` of ``q`` (`model.quarterly.Quarterly`): the
    ministry's layout as the page shows it, with its numbers as numbers (a row per sector, GRDP
    first; each quarter's growth on the same quarter a year before, then the cumulative growth
    of the first quarter, six months, nine months and the year, percent at constant 2010
    prices), the year's quarters by sector (value in billion VND at 2010 prices, growth,
    cumulative growth: the CSV's rows, worded), and what the workbook is: the scenario, the
    year, the unit and the page's sentences (what the table is, where the actual years'
    quarters come from, and with ``rest``, `model.quarterly.remaining`'s answer, what the rest of
    the year must deliver)."""
    from ..data import latest_release, vintage
    from .views import quarterly_numbers, remaining_note, remaining_text, source_rows_text

    layout = quarterly_numbers(q, year, lang)
    notes = (t("qt_head", lang, name=scenario.title_in(lang), year=year, h=fmt.num(100 * q.share_h1, lang, 1)),
             t("qt_note", lang, rows=source_rows_text(q.sources, lang)),
             *((remaining_text(rest, lang), remaining_note(rest, lang)) if rest is not None else ()))
    about = metadata_sheet(scenario, lang, version(), vintage(), today, notes, latest_release(),
                           more=((t("qt_year", lang), str(year)), (t("wb_qt_year", lang, year=year), t("wb_qt_unit", lang))))
    return write([Sheet(t("wb_qt_year", lang, year=year), layout, {h: 2 for h in layout.columns}, True),
                  quarterly_sheet(q.year(year), lang), about],
                 scenario.title_in(lang), fmt.day(today or dt.date.today(), lang))


def metadata_sheet(working: Scenario | None, lang: str, version: str, vintage: str, today: dt.date | None = None,
                   notes: tuple[str, ...] = (), released: dt.date | None = None, *, set_id: str | None = None,
                   more: tuple[tuple[str, str], ...] = ()) -> Sheet:
    """What the workbook is: the scenario (name, title; none for a comparison, whose scenarios
    have a sheet of their own), the target set (``set_id``, default the scenario's), ``more``
    (item, value) rows, the data vintage and the date of the latest figure it uses
    (``released``, `model.data.latest_release`), the date, the package's version, and what its
    reader must know of its numbers (``notes``)."""
    rows = [*([(t("wb_m_scenario", lang), working.name), (t("wb_m_title", lang), working.title_in(lang))]
              if working is not None else []),
            (t("wb_m_set", lang), set_title(set_id or working.targets_set, lang)),
            *more,
            (t("wb_m_vintage", lang), vintage),
            *([(t("wb_m_released", lang), fmt.day(released, lang))] if released else []),
            (t("wb_m_date", lang), fmt.day(today or dt.date.today(), lang)),
            (t("wb_m_version", lang), version), (t("wb_m_units", lang), t("wb_m_units_text", lang))]
    rows += [(t("wb_m_note", lang), n) for n in notes]
    return Sheet(t("wb_meta", lang), pd.DataFrame(rows, columns=[t("wb_m_item", lang), t("wb_value", lang)]))


def compare_sheet(projections: Mapping[str, Projection], lang: str, set_id: str | None = None) -> Sheet:
    """The Compare page's 2030 table (`model.report.views.compare_table`) with its numbers as
    numbers: the indicator with its unit, the target as printed (for the investment need, the
    record it is read against), each scenario's value under its column key (A, B, …; empty where
    a scenario ends before 2030), each one's status in words (met or missed as the Scorecard
    judges; for the investment need, above the record or not), then each scenario minus the
    first, the reference (Δ B−A, …). The investment need, % of GRDP at current prices a year on
    average over the projected years to 2030, comes at the ICOR band's central value and then
    at its low and high ends (`model.investment.need_against_record`), as two rows of numbers
    where the page writes "lo–hi" in one."""
    tbl = compare_table(projections, lang, set_id)
    keys, ids = list(tbl.attrs["keys"]), tbl.attrs["ids"]
    nums = pd.DataFrame(tbl.attrs["values"], index=ids)   # the table's own numbers, not worked out again
    labels, target = list(tbl.index[:len(ids)]), list(tbl[t("col_target", lang)][:len(ids)])
    # the central need judged against the record either way (the page marks only "above")
    status = {k: [tbl.attrs["status"][k].get(r, "") or ("within" if r == INVESTMENT_ROW and not np.isnan(nums.at[r, k])
                                                         else "") for r in ids] for k in keys}
    # the band's ends, as numbers, under the central need (the page's "Như trên, ICOR 6–8")
    years = fmt.span(next(iter(projections.values())).last_actual_year + 1, TARGET_YEAR)
    record = target[-1]   # «kỷ lục 50,5», the central need's
    for end in ("low", "high"):
        ids = [*ids, f"investment_need_{end}"]
        labels.append(t("cmp_row_investment", lang, years=years, k=fmt.plain(ICOR_BAND[end], lang)))
        target.append(record)
        nums.loc[ids[-1]] = [need_against_record(p)[end] if p.horizon >= TARGET_YEAR else np.nan
                             for p in projections.values()]
        for k in keys:
            status[k].append("")
    words = {"": "", "beyond": t("wb_cmp_beyond", lang), "within": t("wb_cmp_within", lang)}
    out = pd.DataFrame({t("col_indicator", lang): labels, t("col_target", lang): target})
    for k in keys:
        out[k] = nums[k].to_numpy(dtype=float)
    for k in keys:
        out[t("wb_cmp_status", lang, key=k)] = [words[s] if s in words else status_label(s, lang) for s in status[k]]
    for k in keys[1:]:
        out[f"Δ {k}−{keys[0]}"] = (nums[k] - nums[keys[0]]).to_numpy(dtype=float)
    digits = {i: COMPARE_DIGITS.get(r, 2) for i, r in enumerate(ids)}
    digits.update({i: 1 for i, r in enumerate(ids) if r.startswith("investment_need_")})
    return Sheet(t("wb_cmp", lang), out, row_digits=digits)


def compare_years_sheet(projections: Mapping[str, Projection], keys: list[str], lang: str) -> Sheet:
    """The series the Compare page's charts draw, by year, a column per scenario (its key):
    GRDP at current prices and at 2010 prices (billion VND), then real GRDP growth (% a year);
    empty past a scenario's horizon. The years are numbers (a lookup finds 2030); the actual
    years are every scenario's data, the same in each column of one vintage."""
    years = sorted({int(y) for p in projections.values() for y in p.years})
    out = pd.DataFrame(index=pd.Index(years, name=t("year", lang)))
    digits = {}
    for word, series, d in (("wb_grdp_nominal", lambda p: p.grdp_nominal, 0), ("wb_grdp_real", lambda p: p.grdp_real, 0),
                            ("wb_growth", lambda p: 100 * p.growth_real, 2)):
        for k, p in zip(keys, projections.values()):
            head = f"{t(word, lang)} — {k}"
            out[head] = series(p).reindex(years).to_numpy(dtype=float)
            digits[head] = d
    return Sheet(t("wb_cmp_years", lang), out, digits, True)


def compare_extras(projections: Mapping[str, Projection], tbl: pd.DataFrame, results: Mapping[str, RiskResult | None],
                   lang: str) -> tuple[pd.DataFrame | None, tuple[str, ...]]:
    """What the Compare page says around its 2030 table ``tbl`` (`views.compare_table` of
    ``projections``), for `compare_book`: the probabilities side by side
    (`model.report.risk.compare_probabilities` of ``results``, the draws of each scenario by
    column key, None where it ends before 2030; None when none has draws) and the notes: the
    sentence naming the columns whose investment need is above the record, each scenario that
    ends before 2030, and how the draws were made. The app and `brief --xlsx` both ask here."""
    from .risk import compare_probabilities, source_line
    from .views import compare_beyond_text

    drawn = [r for r in results.values() if r is not None]
    probs = compare_probabilities(results, lang) if drawn else None
    short = [t("cmp_short", lang, name=name, h=p.horizon) for name, p in projections.items() if p.horizon < TARGET_YEAR]
    notes = (compare_beyond_text(tbl, lang), *short, source_line(drawn[0], lang) if drawn else "")
    return probs, tuple(x for x in notes if x)


def compare_book(projections: Mapping[str, Projection], lang: str, set_id: str | None = None, *,
                 probabilities: pd.DataFrame | None = None, notes: tuple[str, ...] = (),
                 today: dt.date | None = None) -> bytes:
    """The Compare page's workbook: its 2030 table (`compare_sheet`), its charts' series by year
    (`compare_years_sheet`), which scenario each column
    key names (the name the page shows, the file, its title, horizon and last actual year), the
    probabilities side by side when given (`model.report.risk.compare_probabilities`, worded as
    on the page) and what the workbook is: the target set the table judges by, the investment
    record, the data vintage, the date, the version and ``notes`` (the page's sentences under
    the table: who needs more investment than ever raised, who ends before 2030, the draws)."""
    from ..data import latest_release, vintage

    table = compare_sheet(projections, lang, set_id)
    keys = list(table.frame.columns[2:2 + len(projections)])
    scs = [p.scenario for p in projections.values()]
    who = pd.DataFrame({t("wb_cmp_key", lang): keys, t("wb_m_scenario", lang): list(projections),
                        t("wb_cmp_file", lang): [sc.name for sc in scs],
                        t("wb_m_title", lang): [sc.title_in(lang) for sc in scs],
                        t("wb_m_set", lang): [set_title(sc.targets_set, lang) for sc in scs],
                        t("field_meta.horizon", lang): [p.horizon for p in projections.values()],
                        t("field_meta.last_actual_year", lang): [p.last_actual_year for p in projections.values()]})
    rec = investment_record(next(iter(projections.values())).history)["share_pct"]
    more = ((t("wb_cmp_record", lang), t("wb_cmp_record_text", lang, rec=fmt.num(float(rec.max()), lang, 1),
                                         y=int(rec.idxmax()))),)
    sheets = [table, compare_years_sheet(projections, keys, lang), Sheet(t("wb_cmp_scenarios", lang), who)]
    if probabilities is not None and len(probabilities):
        sheets.append(Sheet(t("wb_cmp_probs", lang), probabilities))
    sheets.append(metadata_sheet(None, lang, version(), vintage(), today, notes, latest_release(),
                                 set_id=registry.check_set(set_id), more=more))
    # printed, each page says what is compared: "A Kịch bản cơ sở (xu hướng 2022–2025) · B Quy hoạch…"
    heading = " · ".join(f"{k} {cut(sc.title_in(lang), 40)}" for k, sc in zip(keys, scs))
    return write(sheets, heading, fmt.day(today or dt.date.today(), lang))


def version() -> str:
    """The package's version (its metadata; the source tree's when not installed)."""
    try:
        from importlib.metadata import version as v

        return v("hatinh-model")
    except Exception:   # noqa: BLE001 (not installed: a source checkout)
        return "source"


def build(working: Scenario, base: Scenario, projection: Projection, history, lang: str,
          extra: list[Sheet] | None = None, *, trends: Mapping[str, float] | None = None,
          risk: RiskResult | None = None) -> bytes:
    """The whole workbook for a scenario being edited (``working``) against the loaded one.
    ``trends``: the planner's trends of tracked targets (`model.tracking.track`), as on the
    Scorecard; ``risk``: the draws (`model.uncertainty.run`) whose probabilities the targets'
    sheet carries, with their settings among the notes, so that the file says what the
    Scorecard shows."""
    from ..consistency import consistency_report, report_frame
    from ..data import latest_release, vintage
    from ..industry import split_provenance
    from ..investment import required_investment
    from ..projects import inert_settings, projects_table, unlisted_ramping
    from ..quarterly import quarterly
    from .views import contributions_table, inert_text, scorecard, unlisted_text

    cons = report_frame(consistency_report(history, working))
    # the severity in words (the Solve page's badges): the code read "warning" in the Vietnamese book
    cons = pd.DataFrame({t("col_status", lang): [t(f"sev_{x}", lang) for x in cons["severity"]],
                         t("col_note", lang): cons["message_en" if lang == "en" else "message_vi"]})
    # committed plants the scenario leaves out by not listing them: its numbers omit their ramp-up
    last = projection.last_actual_year
    unlisted = unlisted_text(unlisted_ramping(working.projects, last, projection.horizon), last, lang,
                             where="document")
    # and the settings it gives plants at capacity by then, which move nothing
    inert = inert_text(inert_settings(working.projects, last), last, lang)
    probs = drawn = None
    if risk is not None:   # each worded as on the pages, and what the Scorecard says under its table
        from .risk import shown_probability, table_notes

        probs = {tid: shown_probability(risk, p, lang) for tid, p in risk.probabilities.items()}
        drawn = t("wb_m_draws", lang, line=" ".join(table_notes(risk, lang)))
    sheets = [metadata_sheet(working, lang, version(), vintage(), released=latest_release(),
                              notes=tuple(x for x in (unlisted, inert, drawn) if x)),
              projection_sheet(projection, lang), targets_sheet(scorecard(projection, lang, trends=trends), lang, probs),
              Sheet(t("tbl_contributions", lang), contributions_table(projection, lang), {}, True),
              assumptions_sheet(working, base, lang, history.last_year), investment_sheet(required_investment(projection), lang),
              projects_sheet(projects_table(), lang),
              sources_sheet(pd.concat([history.provenance, split_provenance(history)], ignore_index=True), lang),
              quarterly_sheet(quarterly(projection).frame, lang),
              Sheet(t("tbl_consistency", lang), cons)]
    return write(sheets + list(extra or ()), working.title_in(lang), fmt.day(dt.date.today(), lang))


# Sheet and write are the writer's (`model.report.xlsx`), named here for a caller that adds a sheet
# of its own to a workbook (the Export page's attribution)
__all__ = ["Sheet", "build", "compare_book", "compare_extras", "compare_sheet", "compare_years_sheet", "quarterly_book",
           "write"]
