"""Tidy frames of results, ready to draw or show: the app, the charts and the exports take
these, so that no front end does arithmetic of its own.

Two kinds of frame:
- frames of numbers for the files and the charts' builders (`model.report.charts` draws from
  the projection itself);
- display tables (``*_table``, `scorecard`): numbers already written in the reader's language
  by `model.report.fmt` (7,37 in Vietnamese, 7.37 in English), booleans as marks, missing
  values as "—", years as text. `text_frame` does it for any numeric frame.

Units: trillion VND (``_trn``) for GRDP levels on charts, percent for shares and growth,
percentage points for contributions.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .. import registry
from ..growth import Projection
from ..sectors import SECTOR_IDS
from ..data import load_solver_targets
from ..targets import DIGITS, TARGET_YEAR, evaluate, judged
from . import fmt
from .strings import (TEXT, factor_label, group_label, printed_target, project_status, sector_label, status_label, t,
                      target_name, unit_label)


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
    out = 100 * p.shares
    out.columns = [sector_label(s, lang, short=True) for s in SECTOR_IDS]
    out.index.name = t("year", lang)
    return out


def contributions_table(p: Projection, lang: str = "vi") -> pd.DataFrame:
    """Year × sector contributions (pp) and total growth (%), as the statistics office shows them."""
    out = p.contributions_pp.copy()
    out.columns = [sector_label(s, lang, short=True) for s in SECTOR_IDS]
    out[t("c_total", lang)] = 100 * p.growth_real
    out.index.name = t("year", lang)
    return out


def reason_text(reason: str, horizon: int, lang: str = "vi") -> str:
    """The words for `model.evaluate`'s reason code."""
    if not reason:
        return ""
    if reason == "horizon":
        return t("reason_horizon", lang, h=horizon)
    if reason == "rounding":
        from ..targets import structure_rounding

        return t("reason_rounding", lang, sum=fmt.num(structure_rounding()["published_sum_pct"], lang))
    return t(f"reason_{reason}", lang)


def targets_table(p: Projection, lang: str = "vi", set_id: str | None = None) -> pd.DataFrame:
    """`model.evaluate` against ``set_id`` (default: the scenario's own set, else the Resolution
    26 programme) with its reason worded in ``lang`` (column ``note``): for files."""
    ev = evaluate(p, set_id=set_id or p.scenario.targets_set)
    ev["note"] = [reason_text(r, p.horizon, lang) for r in ev["reason"]]
    return ev


def gap_text(gap: float, status: str, comparator: str, low: float, lang: str = "vi") -> str:
    """A gap as shown; a value exactly at a strict bound ("9,00" against "> 9") is missed with
    a gap of 0,00, so the text says what decides it: the value must be above the bound."""
    text = fmt.num(gap, lang, 2, sign=True)
    if status == "missed" and comparator == "gt" and text.lstrip("+-") == fmt.num(0, lang, 2):
        return t("gap_strict", lang, gap=text, bound=fmt.plain(low, lang))
    return text


def scorecard(p: Projection, lang: str = "vi", set_id: str | None = None,
              trends: Mapping[str, float] | None = None) -> pd.DataFrame:
    """A set's targets for display (default: the scenario's own set, else the programme's 33):
    indicator, group, value, target, gap, unit, status, note (text in ``lang``), with id and
    status_code for lookups. A programme target the projection does not measure is tracked
    (`model.tracking`): its 2030 value from the latest published figure and a trend (the
    record's, or ``trends``), on or off track, or no published figure with what was searched."""
    # the rows as plain lists, read once (a frame read cell by cell cost the page 5 ms a run)
    rows = judged(p, set_id=set_id or p.scenario.targets_set)
    col = {k: [r[k] for r in rows] for k in ("id", "group", "indicator_vi", "indicator_en", "unit", "value",
                                               "target_low", "target_high", "comparator", "status", "gap", "reason")}
    status, value, gap = col["status"], col["value"], col["gap"]
    notes = [reason_text(r, p.horizon, lang) if r != "rounding" else "" for r in col["reason"]]
    if (set_id or p.scenario.targets_set or registry.DEFAULT_SET) == registry.DEFAULT_SET:
        from ..tracking import track

        tr = track(trends)
        for i, tid in enumerate(col["id"]):
            if tid in tr.index and status[i] == "not_modelled":
                x = tr.loc[tid]
                status[i], value[i], gap[i] = x["status"], x["value_2030"], x["gap"]
                notes[i] = tracking_note(x, lang)
    value, gap = np.array(value, float), np.array(gap, float)
    return pd.DataFrame({
        "id": col["id"],
        "indicator": col["indicator_vi"] if lang == "vi" else col["indicator_en"],
        "group": [group_label(g, lang) for g in col["group"]],
        "value": [fmt.num(v, lang, 2) for v in value],
        "target": [printed_target(c, lo, hi, lang) for c, lo, hi in
                   zip(col["comparator"], col["target_low"], col["target_high"])],
        "gap": [gap_text(g, st, c, lo, lang) for g, st, c, lo in
                zip(gap, status, col["comparator"], col["target_low"])],
        "unit": [unit_label(u, lang) for u in col["unit"]],
        "status": [status_label(s_, lang) for s_ in status],
        "note": notes,
        "status_code": status,
        "value_num": value,
        "gap_num": gap,
    })


def tracking_note(x, lang: str = "vi") -> str:
    """A tracked target's row (`model.tracking.track`) in words: the latest figure, its year and
    source, and the trend; or what was searched."""
    if x["status"] == "no_figure":
        note = x["note_vi" if lang == "vi" else "note"]
        return t("tk_none", lang, searched=x["searched"] or "—", note=f"; {note}" if note else "")
    basis = {"latest": t("tk_latest", lang), "held": t("tk_held", lang), "user": t("tk_user", lang)}.get(
        x["trend_basis"], t("tk_record", lang, span=x["trend_basis"]))
    return t("tk_note", lang, v=fmt.num(x["latest_value"], lang, 2), y=int(x["latest_year"]), src=x["source_url"],
             trend=fmt.num(x["trend"], lang, 2, sign=True), basis=basis)


def set_source(set_id: str | None, lang: str = "vi") -> str:
    """A target set's source line in ``lang``: document, date, status, address, periods and
    definitions (`target_sets.csv`)."""
    info = registry.set_info(set_id)
    vi = lang != "en"
    return t("ts_source", lang, document=info["document_vi" if vi else "document"], issued=info["issued"],
             status=info["status_vi" if vi else "status"], url=info["source_url"],
             periods=info["periods_vi" if vi else "periods"], definitions=info["definitions_vi" if vi else "definitions"])


def set_title(set_id: str | None, lang: str = "vi", short: bool = False) -> str:
    """A target set's title in ``lang`` (``short``: the few words a column header has room for)."""
    info = registry.set_info(set_id)
    return info[("short_" if short else "title_") + ("en" if lang == "en" else "vi")]


def judged_by(set_id: str | None, lang: str = "vi") -> str:
    """The target set a page judges by, and how many targets it has: "đánh giá theo Kế hoạch …
    (Nghị quyết 291/NQ-HĐND), 6 chỉ tiêu" (every page's top line)."""
    n = len(registry.set_records(set_id))
    return t("app_subtitle", lang, set=set_title(set_id, lang), n=n, targets="target" if n == 1 else "targets")


def sets_side_by_side(p: Projection, sets: Sequence[str], lang: str = "vi") -> pd.DataFrame:
    """One scenario against several sets (`model.target_sets.side_by_side`), for display: the
    indicator, the scenario's value, and per set its target and status (text in ``lang``; a set
    without the quantity shows a dash)."""
    from ..target_sets import side_by_side

    sb = side_by_side(p, list(sets))
    out = pd.DataFrame({t("col_indicator", lang): sb["indicator_en" if lang == "en" else "indicator_vi"],
                        t("col_value", lang): [fmt.num(v, lang, 2) for v in sb["value"]],
                        t("col_unit", lang): [unit_label(u, lang) for u in sb["unit"]]})
    for sid in sets:
        short = set_title(sid, lang, short=True)
        has = sb.get(f"{sid}:id", pd.Series([np.nan] * len(sb))).notna()
        out[f"{short}: {t('col_target', lang)}"] = [
            printed_target(c, lo, hi, lang) if h else fmt.DASH
            for h, c, lo, hi in zip(has, sb.get(f"{sid}:comparator"), sb.get(f"{sid}:low"), sb.get(f"{sid}:high"))]
        out[f"{short}: {t('col_status', lang)}"] = [status_label(s, lang) if h else fmt.DASH
                                                    for h, s in zip(has, sb.get(f"{sid}:status"))]
    return out


def vintage_lines(r, lang: str = "vi") -> list[str]:
    """A file from an older data vintage (`model.vintage.Reopened`), in words: the vintages,
    what changed since, and how each recorded 2030 answer moved."""
    out = [t("vt_head", lang, then=r.then, now=r.now)]
    out += [t("vt_change", lang, v=v, what=en if lang == "en" else vi) for v, vi, en in r.changes]
    for tid, (was, now) in r.moved.items():
        if now is None:
            continue
        digits = registry.get(tid).digits if tid in registry.all_ids() else 2
        out.append(t("vt_moved", lang, name=target_name(tid, lang), was=fmt.num(was, lang, digits),
                     now=fmt.num(now, lang, digits), d=fmt.num(now - was, lang, digits, sign=True)))
    return out


def unlisted_text(projects, last_actual: int, lang: str = "vi", where: str = "app") -> str:
    """The committed plants a scenario leaves out by not listing them
    (`model.projects.unlisted_ramping`), in words, with how to count them: on the Projects page
    (``where="app"``), in the file (``"file"``: the command line, TOML in Markdown's code
    marks), or in the file on a slide or a sheet (``"document"``: the same words, no code
    marks). Empty when there are none."""
    if not projects:
        return ""
    names = "; ".join(t("ul_item", lang, name=project_name(p, lang), full=p.full_year())
                      for p in projects)
    fix = (t("ul_fix_app", lang) if where == "app" else
           t("ul_fix_file", lang, tables=", ".join(f"`[projects.{p.id}]`" for p in projects)))
    text = t("ul_head", lang, names=names, y=last_actual) + " " + fix
    return text.replace("`", "") if where == "document" else text


def inert_text(items, last_actual: int, lang: str = "vi") -> str:
    """`model.projects.inert_settings` in words: each plant at capacity by ``last_actual`` with
    what the scenario sets for it ("Formosa … (quy mô × 0,80)"), and why it changes nothing.
    Empty when there are none."""
    if not items:
        return ""

    def what(st) -> str:
        parts = [t("in_delay", lang, **_late(st.delay))] if st.delay else []
        if st.scale != 1.0:
            parts.append(t("in_scale", lang, k=fmt.num(st.scale, lang, 2)))
        return ", ".join(parts)

    names = "; ".join(f"{project_name(p, lang)} ({what(st)})" for p, st in items)
    return t("in_head" if len(items) > 1 else "in_head_one", lang, names=names, y=last_actual)


def project_name(p, lang: str = "vi") -> str:
    """A project's name in ``lang`` (`model.projects.Project`; the Vietnamese where it has no
    English one)."""
    return p.name_en if lang == "en" and p.name_en else p.name_vi


def first_year_text(p, setting, lang: str = "vi", last_actual: int | None = None) -> str:
    """A project's first year as a scenario runs it: the planned year, and where the scenario
    delays a project it runs, where it moves ("2029 → 2031 (trễ 2 năm)"); for one producing by
    ``last_actual`` (its start is data) the year it reaches full capacity moves instead ("2025;
    đủ công suất 2027 → 2029 (trễ 2 năm)"), and for one at capacity by then nothing does
    (`model.projects.Project.added`). ``setting`` is the scenario's `ProjectSetting` or None
    (the Projects page's table and the deck's)."""
    if setting is None or not setting.on or not setting.delay:
        return str(p.first_year)
    if last_actual is not None and p.recorded_start(last_actual) is not None:
        if p.at_capacity(last_actual):
            return str(p.first_year)
        return t("pj_full_delayed", lang, y=p.first_year, f=p.full_year(), g=p.full_year(setting.delay, last_actual),
                 **_late(setting.delay))
    return t("pj_first_delayed", lang, y=p.first_year, z=p.first_year + setting.delay, **_late(setting.delay))


def _late(d: int) -> dict:
    """A delay's words' fields: the years, and the English noun's number ("1 year", "2 years")."""
    return {"d": d, "years": "year" if d == 1 else "years"}


def va_text(p, setting, lang: str = "vi", band: bool = False) -> str:
    """A project's value added at capacity as a scenario runs it (billion VND a year at 2010
    prices): its calibrated value, with its band if ``band``; where the scenario runs it at
    another scale, the scaled value (and band) and the scale of what ("3.917 (× 0,50 của 7.834)";
    with the band "3.917 (3.134–8.909), × 0,50 của 7.834")."""
    k = 1.0 if setting is None or not setting.on else float(setting.scale)
    text = fmt.num(p.va * k, lang, 0)
    if band:
        text += f" ({fmt.num(p.va_low * k, lang, 0)}–{fmt.num(p.va_high * k, lang, 0)})"
    if k == 1.0:
        return text
    scaled = t("pj_va_scaled", lang, k=fmt.num(k, lang, 2), full=fmt.num(p.va, lang, 0))
    return f"{text}, {scaled}" if band else f"{text} ({scaled})"


def project_names(lang: str = "vi", *scenarios) -> dict[str, str]:
    """Every shipped project's name, and each one ``scenarios`` define themselves, by id, in
    ``lang`` (the Vietnamese where a project has no English name)."""
    from ..projects import defined_names, load_projects

    names = {pid: project_name(pr, lang) for pid, pr in load_projects().items()}
    names.update({pid: en if lang == "en" and en else vi for pid, (vi, en) in defined_names(*scenarios).items()})
    return names


def source_rows_text(refs, lang: str = "vi") -> str:
    """Published figures used (`model.quarterly.SourceRow`s) as the reader says them, period by
    period, each with its rows of hatinh_published.csv: "6 tháng đầu năm 2021: GRDP giá so sánh
    2010 (dòng 207), tăng trưởng ba khu vực và thuế sản phẩm (dòng 208, 210, 213, 215); …; 9
    tháng đầu năm 2025: tăng trưởng GRDP (dòng 469)" ("H1 2021: …; January–September 2025:
    GRDP growth (row 469)"). The data's own ids (2021H1, growth_services) are for the file,
    not the page."""
    import re

    def when(period: str) -> tuple[int, int, str]:
        m = re.fullmatch(r"(\d{4})(Q1|H1|M1-9)", period)
        if m is None:   # a period this catalogue has no words for: as the file writes it
            return (9999, 9, period)
        return (int(m[1]), ("Q1", "H1", "M1-9").index(m[2]), t(f"src_{m[2]}", lang, y=m[1]))

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


def quarterly_view(q, year: int, lang: str = "vi") -> pd.DataFrame:
    """The ministry's layout for one year (`model.quarterly.Quarterly.table`) in ``lang``: a row
    per sector (GRDP first), each quarter's growth year on year, then the cumulative growth
    (first quarter, six months, nine months, year), percent, numbers written for ``lang``."""
    tab = q.table(year)
    out = pd.DataFrame(index=[t("qt_grdp", lang) if s == "grdp" else sector_label(s, lang, short=True)
                              for s in tab.index])
    out.index.name = t("sector", lang)
    for k in range(1, 5):
        out[t(f"qt_q{k}", lang)] = [fmt.num(v, lang, 2) for v in tab[f"q{k}_pct"]]
    for k in range(1, 5):
        out[t(f"qt_cum{k}", lang)] = [fmt.num(v, lang, 2) for v in tab[f"cum{k}_pct"]]
    return out


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
    return t("qt_bt", lang, years=span,
             g=fmt.num(sc.at[("split", "grdp"), "rmse_pp"], lang, 2), n=int(sc.at[("split", "grdp"), "n"]),
             s=fmt.num(sc.at[("split", "sectors"), "rmse_pp"], lang, 2), m=int(sc.at[("split", "sectors"), "n"]),
             g0=fmt.num(sc.at[("annual", "grdp"), "rmse_pp"], lang, 2),
             s0=fmt.num(sc.at[("annual", "sectors"), "rmse_pp"], lang, 2))


def quarterly_backtest_view(bt, lang: str = "vi") -> pd.DataFrame:
    """`model.quarterly.backtest`'s figures for reading: year, period in words, sector, the
    published, the split's and the year's growth (percent), and the row of the published table."""
    f = bt.frame
    return pd.DataFrame({
        t("year", lang): f["year"].astype(str),
        t("qt_bt_period", lang): [t(f"qt_cum{m}", lang) for m in f["quarters"]],
        t("sector", lang): [t("qt_grdp", lang) if s_ == "grdp" else sector_label(s_, lang, short=True)
                            for s_ in f["sector"]],
        **{t(f"qt_bt_{c}", lang): [fmt.num(v, lang, 2) for v in f[f"{c}_pct"]] for c in ("published", "split", "annual")},
        t("qt_bt_row", lang): f["row"].astype(str)})


def remaining_text(r, lang: str = "vi") -> str:
    """What the remaining quarters need (`model.quarterly.Remaining`), in one sentence."""
    left = t(f"qt_left{r.done}", lang)
    return t("qt_remaining", lang, done=t(f"qt_done{r.done}", lang), c=fmt.num(r.done_pct, lang, 2), year=r.year,
             g=fmt.num(r.target_pct, lang, 2), left=left, need=fmt.num(r.needed_pct, lang, 2),
             path=fmt.num(r.path_pct, lang, 2))


def clash_lines(set_a: str, set_b: str, history, lang: str = "vi") -> list[str]:
    """Where two sets contradict each other, or one is stricter, in words."""
    from ..target_sets import clashes

    def bound(iv):
        lo, hi = iv
        if not np.isfinite(hi):
            return "≥ " + fmt.num(lo, lang, 2)
        if not np.isfinite(lo):
            return "≤ " + fmt.num(hi, lang, 2)
        return f"{fmt.num(lo, lang, 2)}–{fmt.num(hi, lang, 2)}"

    def name(ids: str) -> str:
        return " + ".join(target_name(i, lang) for i in ids.split("+"))

    out = []
    for c in clashes(set_a, set_b, history):
        first = c.b.split("+")[0]     # a sum of two shares (services + taxes) is read by its first
        tb = registry.get(first)
        unit = " " + unit_label(load_solver_targets().set_index("id").at[first, "unit"], lang)
        what = t("ts_what_growth" if tb.kind == "average_growth" else "ts_what_level", lang,
                 y0=tb.first_year, y1=tb.year)
        out.append(t(f"ts_{c.kind}", lang, a=name(c.a), sa=set_title(c.set_a, lang, short=True),
                     ia=bound(c.interval_a) + unit, b=name(c.b), sb=set_title(c.set_b, lang, short=True),
                     ib=bound(c.interval_b) + unit, what=what))
    return out


# unit of a change of each headline figure, and its digits, by the registry's kind
_CHANGE_UNIT = {"average_growth": ("pp", 2), "multiple": ("times", 2), "per_capita": ("mvnd", 1), "share": ("pp", 1)}


def _change_unit(tid: str) -> tuple[str, int]:
    return _CHANGE_UNIT[registry.get(tid).kind]


def _card_fields(tid: str, lang: str) -> dict:
    x = registry.get(tid)
    kind, _, part = x.measure.partition(":")
    out = {"y": x.year, "b": x.base_year, "y0": x.first_year, "y1": x.year}
    if kind == "share":
        out.update(sector=t(f"card_sector_{part}", lang),
                   name=sector_label(part, lang) if part != "manufacturing" else t("cmp_row_share_manufacturing", lang))
    return out


def card_label(tid: str, lang: str = "vi") -> str:
    """A headline card's label, from its target's kind and years (`model.registry`): "Tăng
    trưởng BQ 2026–2030", "GRDP 2030 ÷ 2025", "Tỷ trọng CN-XD 2030" — any set's, in its words."""
    return t(f"card_{registry.get(tid).kind}", lang, **_card_fields(tid, lang))


def card_help(tid: str, lang: str = "vi") -> str:
    """What a headline card measures, in words, for its hover help."""
    return t(f"card_{registry.get(tid).kind}_help", lang, **_card_fields(tid, lang))


def headline(p: Projection, ref: Projection, lang: str = "vi", set_id: str | None = None) -> pd.DataFrame:
    """The headline targets of the set ``set_id`` (`registry.headline`: the programme's four by
    default, the 2026–2030 plan's three, …) for ``p`` against the same of ``ref`` (the loaded
    scenario, or the one a what-if starts from): id, value, change (numbers), unchanged (no
    change as shown), change_text (signed, in the change's unit), status_code and status (met
    or missed, in words), target (as printed)."""
    # the set's rows judged, as records (two frames built and read cell by cell cost a what-if
    # page 2 ms a run)
    sid = set_id or registry.DEFAULT_SET
    ids = registry.headline(sid)
    a, b = ({r["id"]: r for r in judged(x, set_id=sid, ids=ids)} for x in (p, ref))
    rows = []
    for tid in ids:
        unit, digits = _change_unit(tid)
        ra, rb = a[tid], b[tid]
        v, w = ra["value"], rb["value"]
        d = v - w if np.isfinite(v) and np.isfinite(w) else np.nan
        rows.append({"id": tid, "value": v, "ref_value": w, "change": d,
                     "unchanged": not (np.isfinite(d) and round(d, digits) != 0),
                     "change_text": f"{fmt.num(d, lang, digits, sign=True)} {t('unit_' + unit, lang)}",
                     "status_code": ra["status"], "ref_status_code": rb["status"],
                     "status": status_label(ra["status"], lang),
                     "target": printed_target(ra["comparator"], ra["target_low"], ra["target_high"], lang)})
    return pd.DataFrame(rows).set_index("id")


def headline_sentence(h: pd.DataFrame, ref_title: str, lang: str = "vi") -> str:
    """What the change means, in one sentence: the set's average growth in words (from the
    year after its base year to 2030), and how many of the headline targets hold now and before."""
    met, met_before = int((h["status_code"] == "met").sum()), int((h["ref_status_code"] == "met").sum())
    n = len(h)
    moved = [i for i in h.index if np.isfinite(h.at[i, "change"])
             and round(h.at[i, "change"], _change_unit(i)[1]) != 0]
    if not moved:
        return t("hl_same", lang, ref=ref_title, met=met, n=n)
    growth = next((i for i in h.index if registry.get(i).kind == "average_growth"), None)
    if growth is None:   # no set lacks one today; said without it rather than fail
        return t("hl_changed_only", lang, ref=ref_title, met=met, before=met_before, n=n)
    g, x = h.loc[growth], registry.get(growth)
    parts = t("hl_growth", lang, a=fmt.num(g["ref_value"], lang, 2), b=fmt.num(g["value"], lang, 2),
              d=g["change_text"], y0=x.first_year, y1=x.year)
    return t("hl_changed", lang, ref=ref_title, growth=parts, met=met, before=met_before, n=n)


# digits shown: GRDP levels whole billions; per capita one (Compare) or two (a split's terms),
# the multiple three in a split (its terms are small); everything else two.
_LEVEL_DIGITS = dict.fromkeys(registry.LEVELS, 0)
COMPARE_DIGITS = {**_LEVEL_DIGITS, **{i: 1 for i in registry.all_ids() if registry.get(i).kind == "per_capita"}}
ATTRIBUTION_DIGITS = {**_LEVEL_DIGITS, **{i: {"per_capita": 2, "multiple": 3}[registry.get(i).kind]
                                          for i in registry.all_ids()
                                          if registry.get(i).kind in ("per_capita", "multiple")}}


def compare_row_label(key: str, lang: str = "vi") -> str:
    if f"cmp_row_{key}" not in TEXT and key not in registry.LEVELS and key in registry.all_ids():
        # another set's target: its own indicator and unit
        unit = load_solver_targets().set_index("id").at[key, "unit"]
        return f"{target_name(key, lang)} ({unit_label(unit, lang)})"
    if key == "share_manufacturing":
        return t("cmp_row_share_manufacturing", lang)
    if key.startswith("share_"):
        return t("cmp_row_share", lang, sector=sector_label(key[len("share_"):], lang, short=True))
    return t(f"cmp_row_{key}", lang)


def column_keys(n: int) -> list[str]:
    """Short column keys for n scenarios: A, B, C, … (long names go in a legend line)."""
    return [chr(ord("A") + i) if i < 26 else f"S{i + 1}" for i in range(n)]


def compare_numbers(projections: Mapping[str, Projection], set_id: str | None = None) -> pd.DataFrame:
    """Key 2030 indicators (rows: the GRDP levels and a target set's solvable targets,
    `registry.outcomes`, the programme's by default), a column per scenario (its key in ``projections``):
    numbers, NaN for a scenario that ends before 2030."""
    rows = list(registry.outcomes(set_id))
    cols = {}
    for name, p in projections.items():
        if p.horizon < TARGET_YEAR:
            cols[name] = pd.Series(np.nan, index=rows)
            continue
        ev = evaluate(p, set_id=set_id).set_index("id")["value"]
        vals = {"grdp_nominal_bn": float(p.grdp_nominal.at[TARGET_YEAR]),
                "grdp_real_bn": float(p.grdp_real.at[TARGET_YEAR])}
        vals.update({k: float(ev[k]) for k in rows if k in ev.index})
        cols[name] = pd.Series(vals)
    return pd.DataFrame(cols).loc[rows]


def compare_table(projections: Mapping[str, Projection], lang: str = "vi", set_id: str | None = None) -> pd.DataFrame:
    """Key 2030 indicators for display: the target as printed, then columns A, B, … (one per
    scenario, in order; a target's value carries ✓ met or ✗ missed, judged as the Scorecard
    judges it), then "Δ B−A", "Δ C−A", … (each scenario minus the first, the reference);
    numbers written for ``lang``. ``attrs['keys']`` maps each column key to the scenario's
    name."""
    nums = compare_numbers(projections, set_id)
    keys = column_keys(len(projections))
    nums.columns = keys
    status = {k: (evaluate(p, set_id=set_id).set_index("id")["status"] if p.horizon >= TARGET_YEAR
                  else pd.Series(dtype=object)) for k, p in zip(keys, projections.values())}
    for k in keys[1:]:
        nums[f"Δ {k}−{keys[0]}"] = nums[k] - nums[keys[0]]
    tg = registry.set_rows(set_id).set_index("id")
    out = pd.DataFrame(index=[compare_row_label(r, lang) for r in nums.index])
    out[t("col_target", lang)] = [printed_target(tg.at[r, "comparator"], tg.at[r, "target_low"], tg.at[r, "target_high"],
                                                 lang) if r in tg.index else "" for r in nums.index]
    mark = {"met": " ✓", "missed": " ✗"}
    for c in nums.columns:
        out[c] = [fmt.num(v, lang, COMPARE_DIGITS.get(r, 2), sign=c.startswith("Δ"))
                  + ("" if c.startswith("Δ") else mark.get(status[c].get(r, ""), ""))
                  for r, v in zip(nums.index, nums[c])]
    out.attrs["keys"] = dict(zip(keys, projections))
    return out


def solved_paths_view(result, lang: str = "vi") -> pd.DataFrame:
    """The solver's growth paths in percent a year (numbers), sector labels as columns."""
    out = 100 * result.paths
    out.columns = [sector_label(s, lang, short=True) for s in out.columns]
    out.index.name = t("year", lang)
    return out


def solved_targets_table(result, lang: str = "vi") -> pd.DataFrame:
    """The solver's targets for display: indicator, target, value, gap, met (✓/—), binding
    (✓/—), multiplier ('—' where none)."""
    tg = load_solver_targets().set_index("id")
    name = "indicator_vi" if lang == "vi" else "indicator_en"
    r = result.targets
    return pd.DataFrame({
        t("col_indicator", lang): [tg.at[i, name] for i in r["id"]],
        # a cap set at run time (the investment constraint) is printed from the request
        t("col_target", lang): [printed_target(tg.at[i, "comparator"], hi, hi, lang) if np.isnan(tg.at[i, "target_low"])
                                else printed_target(tg.at[i, "comparator"], tg.at[i, "target_low"],
                                                    tg.at[i, "target_high"], lang) for i, hi in zip(r["id"], r["high"])],
        # The precision the targets are judged at (model.targets.DIGITS): one definition.
        t("col_value", lang): [fmt.num(v, lang, DIGITS) for v in r["value"]],
        t("col_gap", lang): [fmt.num(v, lang, DIGITS, sign=True) for v in r["gap"]],
        t("col_met", lang): [fmt.mark(v) for v in r["met"]],
        t("col_binding", lang): [fmt.mark(v) for v in r["binding"]],
        t("col_mult", lang): [fmt.num(v, lang, 3) if b else fmt.DASH
                              for v, b in zip(r["multiplier"], r["binding"])],
    })


def required_view(required: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.required_growth` for display: sector and target labels and numbers in ``lang``."""
    tg = load_solver_targets().set_index("id")
    name = "indicator_vi" if lang == "vi" else "indicator_en"
    extra_rows = {"scenario": t("req_scenario", lang), "all": t("req_all", lang)}
    cols = {s: sector_label(s, lang, short=True) for s in SECTOR_IDS}
    cols.update({"grdp": "GRDP", "holds": t("req_holds", lang)})
    out = text_frame(required, lang, 2).rename(columns=cols)
    out[cols["holds"]] = [fmt.mark(v) if v is not None and not (isinstance(v, float) and np.isnan(v))
                          else fmt.DASH for v in required["holds"]]
    out.index = [tg.at[i, name] if i in tg.index else extra_rows.get(i, i) for i in required.index]
    return out


def rate_text(rate, lang: str = "vi") -> str:
    """A rate in words and percent: '7,5 %' or '2026: 12,0 % → 2030: 8,0 %' (Vietnamese).
    Up to three decimals, so that a change of 0.01 pp is never shown as no change."""
    def one(v):
        return fmt.pct(100 * v, lang, _digits(100 * v))

    if rate.constant is not None:
        return one(rate.constant)
    return " → ".join(f"{y}: {one(v)}" for y, v in rate.points)


def _digits(pct_value: float) -> int:
    for d in (1, 2, 3):
        if abs(round(pct_value, d) - pct_value) < 1e-9:
            return d
    return 3


def project_setting_text(setting, lang: str = "vi") -> str:
    """A project setting in words: 'tắt' / 'bật, lùi 2 năm, × 0,8 giá trị tăng thêm'."""
    if setting is None or not setting.on:
        return t("pj_off", lang)
    parts = [t("pj_on", lang)]
    if setting.delay:
        parts.append(t("pj_delay", lang, n=setting.delay))
    if setting.scale != 1.0:
        parts.append(t("pj_scale", lang, k=fmt.plain(setting.scale, lang)))
    return ", ".join(parts)


def frontier_view(table: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.solver.frontier` for display: cap, highest growth, the multiple (or investment)
    reached, whether the cap binds, each sector's first-year rate (%/yr)."""
    inv = "investment_pct" in table
    reached = table["investment_pct" if inv else "multiple"]
    out = pd.DataFrame({
        t("fri_cap" if inv else "fr_cap", lang): [fmt.num(c, lang, 1) for c in table.index],
        t("fr_growth", lang): [fmt.num(v, lang, 2) if ok else t("fri_out_of_reach" if inv else "fr_out_of_reach", lang,
                                                                m=fmt.num(m, lang, 1 if inv else 2))
                               for v, ok, m in zip(table["growth_pct"], table["feasible"], reached)],
        t("fr_binds", lang): [fmt.mark(v) for v in table["cap_binds"]],
    })
    if "growth_remaining_pct" in table:   # the same growth over the remaining years (a 2026–2030 target's measure)
        out.insert(2, t("fr_growth_rem", lang, y0=table.attrs["last"] + 1, y1=TARGET_YEAR),
                   [fmt.num(v, lang, 2) if ok else fmt.DASH for v, ok in zip(table["growth_remaining_pct"], table["feasible"])])
    for s in SECTOR_IDS:
        out[t("fr_rate", lang, sector=sector_label(s, lang, short=True))] = [fmt.num(100 * v, lang, 2) for v in table[s]]
    return out


def attribution_view(table: pd.DataFrame, lang: str = "vi", outcomes=None) -> pd.DataFrame:
    """`model.attribution.attribute` for display: a row per changed assumption and the total,
    a column per outcome (``outcomes``: a subset of ids), numbers written for ``lang``."""
    cols = list(outcomes or table.columns)
    names = table.attrs.get("names")
    out = pd.DataFrame(index=[t("at_total", lang) if i == "total" else factor_label(i, lang, names) for i in table.index])
    for c in cols:
        out[compare_row_label(c, lang)] = [fmt.num(v, lang, ATTRIBUTION_DIGITS.get(c, 2), sign=True) for v in table[c]]
    out.index.name = t("at_factor", lang)
    return out


def waterfall_frame(table: pd.DataFrame, outcome: str, lang: str = "vi", a: str = "A", b: str = "B") -> pd.DataFrame:
    """Bars of a waterfall for one outcome: start (A's value), each factor's step, end (B's):
    label, start, end (bar from start to end), kind ('level', 'up', 'down'), order."""
    rows = [{"label": a, "start": 0.0, "end": table.attrs["a"][outcome], "kind": "level"}]
    level = table.attrs["a"][outcome]
    for fid in table.index.drop("total"):
        d = float(table.at[fid, outcome])
        rows.append({"label": factor_label(fid, lang, table.attrs.get("names")), "start": level, "end": level + d,
                     "kind": "up" if d >= 0 else "down"})
        level += d
    rows.append({"label": b, "start": 0.0, "end": table.attrs["b"][outcome], "kind": "level"})
    out = pd.DataFrame(rows)
    out["order"] = range(len(out))
    out["delta"] = out["end"] - out["start"]
    return out


def attribution_numbers(table: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.attribution.attribute` as numbers for a workbook: rows labelled in ``lang`` (with
    the factor id beside), columns the outcomes' labels, then A's and B's values as rows."""
    out = table.copy()
    out.loc["a"] = pd.Series(table.attrs["a"])
    out.loc["b"] = pd.Series(table.attrs["b"])
    names = table.attrs.get("names")
    labels = [t("at_total", lang) if i == "total" else ("A" if i == "a" else "B" if i == "b" else factor_label(i, lang, names))
              for i in out.index]
    out.insert(0, "factor_id", out.index)
    out.index = pd.Index(labels, name=t("at_factor", lang))
    out.columns = ["factor_id"] + [compare_row_label(c, lang) for c in table.columns]
    return out


def timing_view(table: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.analysis.project_timing` for display: a row per variant (on time, late, dropped)."""
    def variant(v: str) -> str:
        if v == "off":
            return t("tm_off", lang)
        n = int(v.split("_")[1])
        return t("tm_on_time", lang) if n == 0 else t("tm_delay_1", lang) if n == 1 else t("tm_delay", lang, n=n)

    out = pd.DataFrame(index=pd.Index([variant(v) for v in table.index], name=t("tm_variant", lang)))
    out[t("tm_holds", lang)] = [fmt.mark(bool(v)) for v in table["success"]]
    out[t("tm_missed", lang)] = [str(int(v)) for v in table["n_missed"]]
    out[t("tm_cost", lang)] = [fmt.num(v, lang, 1) for v in table["objective"]]
    out[t("tm_growth", lang)] = [fmt.num(v, lang, 2) for v in table["growth_pct"]]
    for col in table.columns:
        if col.endswith("_pct") and col != "growth_pct":
            out[t("tm_rate", lang, sector=sector_label(col[:-4], lang, short=True))] = [
                fmt.num(v, lang, 2) for v in table[col]]
    return out


def waterfall_span(w: pd.DataFrame) -> tuple[float, float]:
    """The value axis of a waterfall (`waterfall_frame`): the steps and both ends with a
    quarter of their span each side, not from zero, so that a step of half a percent of GRDP
    is visible (levels are cut at the left edge)."""
    inner = w.iloc[1:-1][["start", "end"]].to_numpy().ravel()
    values = np.concatenate([inner, [w["end"].iloc[0], w["end"].iloc[-1]]])
    lo, hi = float(values.min()), float(values.max())
    pad = 0.25 * (hi - lo) or 1.0
    return lo - pad, hi + pad


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
    out = attr.rename(columns={**project_names(lang), **{k: t(_BT_RULES[k], lang) for k in ("organic", "growth_pct")}})
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


def backtest_score_view(rmse: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`BacktestResult.rmse` for reading: a row per test and its years, a column per rule
    (RMSE, percentage points of growth)."""
    score = rmse.pivot_table(index=["test", "years"], columns="rule", values="rmse_pp").reset_index()
    cols = {t("bt_test", lang): [t(_BT_TESTS[x], lang) for x in score["test"]], t("bt_years", lang): score["years"]}
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
                         t("bt_years", lang): sb["years"],
                         **{t(key, lang): [fmt.num(v, lang, 2) for v in sb[col]] for col, key in (
                             ("rmse_model_pp", "bt_model"), ("rmse_naive_pp", "bt_naive"),
                             ("rmse_model_before_pp", "bt_model_before"),
                             ("rmse_naive_projects_pp", "bt_naive_projects"))}})


def sector_score_note(sb: pd.DataFrame, lang: str = "vi") -> str:
    return t("bt_sector_note", lang, icm=fmt.num(sb.at["industry_construction", "rmse_model_before_pp"], lang, 2),
             icn=fmt.num(sb.at["industry_construction", "rmse_naive_projects_pp"], lang, 2))


def crowding_text(p: Projection, share: float, lang: str = "vi") -> str | None:
    """When the projects' capital alone exceeds the share of GRDP invested (a fraction) in
    some projected years of ``p`` (`model.investment.project_capital_share`), why what that
    share buys falls there, and what to change; None otherwise."""
    from ..investment import project_capital_share

    c = project_capital_share(p)
    over = c[c > share]
    if over.empty:
        return None
    years = ", ".join(str(int(y)) for y in over.index)
    return t("inv_crowded", lang, s=fmt.plain(100 * share, lang), n=len(over), years=years,
             m=fmt.num(100 * over.max(), lang, 0), y=int(over.idxmax()))


def ramp_text(ramp: Sequence[float], lang: str = "vi") -> str:
    """A project's ramp-up (shares of capacity, year by year) in the reader's numbers:
    '0,3; 0,6; 1' in Vietnamese, whose decimal comma cannot also separate the years, and
    '0.3, 0.6, 1' in English."""
    return ("; " if lang == "vi" else ", ").join(fmt.plain(x, lang) for x in ramp)


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


def calibration_lines(cal: pd.DataFrame, lang: str = "vi") -> list[str]:
    """`model.projects.calibration` for reading, a line per method: the method in words, its
    yardstick and band with their unit, and the published figures it rests on (period, figure,
    value, row of the published table); in English the arithmetic that quotes them
    (``derivation``), which is written in English."""
    lines = []
    for m, r in cal.iterrows():
        refs = r["derivation"] if lang == "en" else "; ".join(
            t("pj_cal_ref", lang, period=p, what=i, v=fmt.plain(v, lang), row=row) for p, i, v, row in r["refs"])
        lines.append(t("pj_cal_line", lang, method=t(f"pj_method_{m}", lang), c=fmt.num(r["central"], lang, 0),
                       unit=t(f"pj_cal_unit_{m}", lang), lo=fmt.num(r["low"], lang, 0),
                       hi=fmt.num(r["high"], lang, 0), refs=refs))
    return lines


def cli_table(frame: pd.DataFrame, lang: str = "vi", digits: int | Mapping[str, int] = 1) -> str:
    """A frame as the command line prints it: columns named in ``lang``, numbers in its
    convention (8,5 and 234.901 in Vietnamese), with ``digits`` decimals (a mapping: by column,
    1 for a column it does not name; an ICOR at 2 beside billions of VND at 1)."""
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
    return out.to_string()


def project_variants_view(table: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.analysis.project_variants` for reading: a row per variant in words (as set, each
    later start, off), a column per 2030 figure named with its unit (`compare_row_label`), real
    GRDP summed over the projected years to 2030 and, with a horizon h past 2030, GRDP in h and
    summed to h; numbers written for ``lang`` at the Compare page's digits."""
    def year(v) -> str:
        return fmt.DASH if pd.isna(v) else str(int(v))

    # the 2030 outcomes of the scenario's target set (the programme's by default)
    cols = [c for c in registry.outcomes(table.attrs.get("set_id")) if c in table.columns]
    rows = {t("pv_first_year", lang): [year(v) for v in table["first_year"]],
            t("pv_full_year", lang): [year(v) for v in table["full_year"]]}
    rows.update({compare_row_label(c, lang): [fmt.num(v, lang, COMPARE_DIGITS.get(c, 2)) for v in table[c]]
                 for c in cols})
    a = int(table.attrs["last_actual"]) + 1   # the first projected year
    rows[t("pv_cum", lang, a=a, b=2030)] = [fmt.num(v, lang, 0) for v in table["cum_real_bn"]]
    if "horizon_real_bn" in table.columns:   # a horizon past 2030: where a later plant shows
        h = int(table.attrs["horizon"])
        rows.update({t("pv_h_nominal", lang, h=h): [fmt.num(v, lang, 0) for v in table["horizon_nominal_bn"]],
                     t("pv_h_real", lang, h=h): [fmt.num(v, lang, 0) for v in table["horizon_real_bn"]],
                     t("pv_cum", lang, a=a, b=h): [fmt.num(v, lang, 0) for v in table["horizon_cum_real_bn"]]})
    out = pd.DataFrame(rows, index=pd.Index([variant_name(v, lang) for v in table.index], name=t("pv_variant", lang)))
    return out.T


def slip_measures(set_id: str | None = None) -> tuple[str, ...]:
    """The headline targets a slip moves most plainly: a set's growth, multiple and per capita
    (not its shares)."""
    return tuple(i for i in registry.headline(set_id) if registry.get(i).kind != "share")



def project_slip_view(tables: Mapping[str, pd.DataFrame], names: Mapping[str, str], lang: str = "vi") -> pd.DataFrame:
    """Several projects' `model.analysis.project_variants` in one table (the deck's slide "if a
    project slips"): a row per project and variant (as set, each delay, off), its first year of
    output, the headline 2030 figures the variants move (`slip_measures` of the scenario's set:
    the programme's growth, multiple and per capita), named with their units, and real GRDP
    summed over the projected years to 2030."""
    def year(v) -> str:
        return fmt.DASH if pd.isna(v) else str(int(v))

    rows = []
    for pid, table in tables.items():
        measures = slip_measures(table.attrs.get("set_id"))   # the scenario's set's
        for v in table.index:
            row = {t("wb_project", lang): names.get(pid, pid), t("pv_variant", lang): variant_name(v, lang),
                   t("pv_first_year", lang): year(table.at[v, "first_year"])}
            row.update({compare_row_label(c, lang): fmt.num(table.at[v, c], lang, COMPARE_DIGITS.get(c, 2))
                        for c in measures})
            # what the slip costs in the years it is late, which a plant caught up by 2030 hides
            row[t("pv_cum", lang, a=int(table.attrs["last_actual"]) + 1, b=2030)] = fmt.num(
                table.at[v, "cum_real_bn"], lang, 0)
            rows.append(row)
    return pd.DataFrame(rows)


def started_note(table: pd.DataFrame, lang: str = "vi") -> str | None:
    """What a delay means for a project in the record (`model.analysis.started`): its start
    is data, the rest of its ramp-up comes later, or, at capacity by the last actual year,
    nothing moves; for the tables of `project_variants` and `project_timing` (their
    ``attrs``); None for a pending one."""
    y = table.attrs.get("started")
    if y is None:
        return None
    last = int(table.attrs["last_actual"])
    if table.attrs.get("at_capacity"):   # at capacity in the record: nothing left to move
        return t("pv_at_capacity", lang, y=int(y), full=int(table.attrs["full_year"]), last=last)
    return t("pv_started", lang, y=int(y), last=last)


def variant_name(v: str, lang: str) -> str:
    """A `project_variants` row in words: "Bật, như đã đặt", "Trễ thêm 2 năm", "Tắt"."""
    if v.startswith("delay_"):
        return t("pv_delay", lang, **_late(int(v[len("delay_"):])))
    return t(f"pv_{v}", lang)


def project_variants_notes(table: pd.DataFrame, lang: str = "vi", year: int = 2030, where: str = "file") -> list[str]:
    """What the ``year`` columns of `model.analysis.project_variants` cannot show, in words:
    the variants whose output starts after ``year`` (their ``year`` figures are those of the
    project off; the effect comes later, and where to look or what to set: the file's
    ``horizon`` for the command line, ``where="app"`` the sidebar's horizon and the pages),
    those still ramping up in ``year``, and later ones at full capacity by ``year`` as on time
    (the same ``year`` figures; the years between are where the delay shows). With a horizon
    past ``year``: a variant starting after it is said apart (with the horizon that shows it),
    and one at full capacity by it as on time is said to differ only in the summed GRDP."""
    horizon = table.attrs.get("horizon", year)
    after = [v for v in table.index if table.at[v, "first_year"] > year]
    ramping = [v for v in table.index if table.at[v, "first_year"] <= year < table.at[v, "full_year"]]
    # a later variant at full capacity by ``year``, as on time: the same ``year`` figures, its
    # effect in the years between (from the first year it changes to its own full year)
    on_full = "on" in table.index and table.at["on", "full_year"] <= year
    same = [v for v in table.index if v.startswith("delay_") and on_full and table.at[v, "full_year"] <= year
            and table.at[v, "full_year"] > table.at["on", "full_year"]]
    out = [started_note(table, lang)] if table.attrs.get("started") is not None else []
    if after:
        # those producing by the horizon show there; the others not at all (a horizon of 2031
        # and a start in 2032): the horizon that shows them at full capacity is said
        seen = [v for v in after if table.at[v, "first_year"] <= horizon]
        unseen = [v for v in after if v not in seen]
        tail = "_app" if where == "app" else ""
        if seen:
            out.append(t("pv_after" + tail, lang, variants="; ".join(variant_name(v, lang) for v in seen), y=year,
                         h=horizon))
        if unseen:
            out.append(t("pv_after_beyond" + tail, lang, variants="; ".join(variant_name(v, lang) for v in unseen),
                         y=year, h=horizon, need=int(max(table.at[v, "full_year"] for v in unseen))))
    for v in ramping:
        out.append(t("pv_partial", lang, variants=variant_name(v, lang), y=year,
                     full=int(table.at[v, "full_year"])))
    last = table.attrs.get("last_actual")

    def effect_years(vs: list[str]) -> dict:
        """The years a delay moves: from the first the on-time plant produces (not before the
        first projected year) to the year before the latest variant's full capacity."""
        first = int(table.at["on", "first_year"])
        return {"a": max(first, int(last) + 1) if last is not None else first,
                "b": int(max(table.at[v, "full_year"] for v in vs)) - 1}

    if same:
        out.append(t("pv_same", lang, variants="; ".join(variant_name(v, lang) for v in same), y=year,
                     **effect_years(same)))
    # the same past 2030: a variant caught up by the horizon has the on-time GRDP there, and
    # only the summed row holds what it cost
    if "horizon_real_bn" in table.columns and "on" in table.index and table.at["on", "full_year"] <= horizon:
        caught = [v for v in table.index if v.startswith("delay_") and v not in same
                  and table.at["on", "full_year"] < table.at[v, "full_year"] <= horizon]
        if caught:
            out.append(t("pv_same_h", lang, variants="; ".join(variant_name(v, lang) for v in caught), h=horizon,
                         **effect_years(caught)))
    return out


def jumps_text(p: Projection, jumps, lang: str = "vi") -> list[str]:
    """Each projected year the named projects lift by more than a point, in words (why 2026
    spikes): the year's growth, the projects' points and who adds them. ``jumps`` is
    `model.analysis.project_jumps` of ``p``."""
    names = project_names(lang, p.scenario)
    out = []
    for year, total, parts in jumps:
        who = "; ".join(f"{names.get(pid) or pid}: {fmt.num(pp, lang, 2, sign=True)}"
                        for pid, pp in parts)
        out.append(t("jump", lang, year=year, g=fmt.num(100 * float(p.growth_real.loc[year]), lang, 2),
                     pp=fmt.num(total, lang, 2), who=who))
    return out
