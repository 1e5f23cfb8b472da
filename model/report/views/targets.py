"""The targets for reading: a set's scorecard, its source and title, two sets side by side and
where they clash, the headline cards and their sentence, and the Compare page's 2030 table.

A status is judged as the Scorecard judges it (`model.targets.judged`, on the value as shown);
gaps in the target's unit, changes of a headline figure in its own (pp, times, million VND).

Glossary: chỉ tiêu = target; bộ chỉ tiêu = target set; đạt / chưa đạt = met / missed.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ... import registry
from ...growth import Projection
from ...data import solver_target_unit
from ...capital import ICOR_BAND
from ...investment import investment_record, need_against_record
from ...targets import TARGET_YEAR, evaluate, judged
from .. import fmt
from ..strings import (TEXT, group_label, noun, printed_target, sector_label, status_label, t, target_name,
                       unit_label)


def reason_text(reason: str, horizon: int, lang: str = "vi", row: Mapping | None = None) -> str:
    """The words for `model.evaluate`'s reason code (``row``, the evaluated row: the band an
    ``above`` names)."""
    if not reason:
        return ""
    if reason == "above" and row is not None:
        lo, hi = ((row["target_low"] - row["tolerance"], row["target_low"] + row["tolerance"])
                  if row["comparator"] == "approx" else (row["target_low"], row["target_high"]))
        growth = registry.get(row["id"]).kind == "average_growth"   # a forecast, not a level
        return t("reason_above_growth" if growth else "reason_above", lang, lo=fmt.plain(lo, lang),
                 hi=fmt.plain(hi, lang))
    if reason == "horizon":
        return t("reason_horizon", lang, h=horizon)
    if reason == "rounding":
        from ...targets import structure_rounding

        return t("reason_rounding", lang, sum=fmt.num(structure_rounding()["published_sum_pct"], lang))
    return t(f"reason_{reason}", lang)


def targets_table(p: Projection, lang: str = "vi", set_id: str | None = None) -> pd.DataFrame:
    """`model.evaluate` against ``set_id`` (default: the scenario's own set, else the Resolution
    26 programme) with its reason worded in ``lang`` (column ``note``): for files."""
    ev = evaluate(p, set_id=set_id)
    ev["note"] = [reason_text(r["reason"], p.horizon, lang, r) for r in ev.to_dict("records")]
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
    rows = judged(p, set_id=set_id)   # the file's own set unless asked
    col = {k: [r[k] for r in rows] for k in ("id", "group", "indicator_vi", "indicator_en", "unit", "value",
                                               "target_low", "target_high", "comparator", "status", "gap", "reason")}
    status, value, gap = col["status"], col["value"], col["gap"]
    notes = [reason_text(r["reason"], p.horizon, lang, r) if r["reason"] != "rounding" else "" for r in rows]
    if registry.judged_set(p.scenario, set_id) == registry.DEFAULT_SET:
        from ...tracking import track

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
        "reason": col["reason"],   # `model.evaluate`'s code ("above": a level missed above its band)
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
    return t("app_subtitle", lang, set=set_title(set_id, lang), n=n, targets=noun(n, "target"))


def sets_side_by_side(p: Projection, sets: Sequence[str], lang: str = "vi") -> pd.DataFrame:
    """One scenario against several sets (`model.target_sets.side_by_side`), for display: the
    indicator, the scenario's value, and per set its target and status (text in ``lang``; a set
    without the quantity shows a dash)."""
    from ...target_sets import side_by_side

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


def clash_lines(set_a: str, set_b: str, history, lang: str = "vi") -> list[str]:
    """Where two sets contradict each other, or one is stricter, in words."""
    from ...target_sets import clashes

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
        unit = " " + unit_label(solver_target_unit(first), lang)
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


# how a headline card shows its value, by the registry's kind of target (the Scorecard's cards,
# the headline strip and the command line's `run` alike)
_CARD_VALUE = {
    "average_growth": lambda v, lang: fmt.pct(v, lang),
    "multiple": lambda v, lang: f"{fmt.num(v, lang)} {t('times', lang)}",
    "per_capita": lambda v, lang: fmt.num(v, lang, 1),
    "share": lambda v, lang: fmt.pct(v, lang, 1),
}


def card_value(tid: str, value: float, lang: str = "vi") -> str:
    """A headline target's value as its card shows it: growth and shares in percent ("7,21 %",
    "45,7 %"), the multiple in times ("2,56 lần"), per capita in million VND ("151,2"; the
    card's label names the unit)."""
    return _CARD_VALUE[registry.get(tid).kind](value, lang)


def card_help(tid: str, lang: str = "vi") -> str:
    """What a headline card measures, in words, for its hover help."""
    return t(f"card_{registry.get(tid).kind}_help", lang, **_card_fields(tid, lang))


def headline(p: Projection, ref: Projection, lang: str = "vi", set_id: str | None = None) -> pd.DataFrame:
    """The headline targets of the set ``set_id`` (`registry.headline`: by default the set ``p``'s
    file is judged by, as `model.evaluate`; the programme's four, the 2026–2030 plan's three, …)
    for ``p`` against the same of ``ref`` (the loaded scenario, or the one a what-if starts
    from), indexed by target id: value, ref_value, change (numbers), unchanged (no change as
    shown), change_text (signed, in the change's unit), toward (`toward`: +1 the change brings
    the value closer to its target, −1 further, 0 neither), status_code and status (met or
    missed, in words), target (as printed)."""
    # the set's rows judged, as records (two frames built and read cell by cell cost a what-if
    # page 2 ms a run)
    sid = registry.judged_set(p.scenario, set_id)
    ids = registry.headline(sid)
    a, b = ({r["id"]: r for r in judged(x, set_id=sid, ids=ids)} for x in (p, ref))
    rows = []
    for tid in ids:
        unit, digits = _change_unit(tid)
        ra, rb = a[tid], b[tid]
        v, w = ra["value"], rb["value"]
        # the difference of the figures as the cards and the sentence show them ("from 8.02 % to
        # 7.85 % (−0.17 pp)", where the exact −0.164 read −0.16 beside them)
        d = fmt.shown_diff(v, w, digits) if np.isfinite(v) and np.isfinite(w) else np.nan
        rows.append({"id": tid, "value": v, "ref_value": w, "change": d,
                     "unchanged": not (np.isfinite(d) and round(d, digits) != 0),
                     "change_text": f"{fmt.num(d, lang, digits, sign=True)} {t('unit_' + unit, lang)}",
                     "toward": toward(tid, ra, rb, d),
                     "status_code": ra["status"], "ref_status_code": rb["status"],
                     "status": status_label(ra["status"], lang),
                     "target": printed_target(ra["comparator"], ra["target_low"], ra["target_high"], lang)})
    return pd.DataFrame(rows).set_index("id")


def _distance(r: dict) -> float:
    """How far a judged row (`model.targets.judged`) is from meeting a target with a band on both
    sides, in the target's unit: 0 within it."""
    gap = abs(r["gap"])
    return max(0.0, gap - r["tolerance"]) if r["comparator"] == "approx" else gap


def toward(tid: str, now: dict, before: dict, change: float) -> int:
    """+1 when a change of ``change`` (``now``'s value − ``before``'s, judged rows of target
    ``tid``) brings the value closer to its target, −1 when it takes it further, 0 when neither:
    the colour of a headline card's change. More is closer for "≥", ">" and the levels and
    growth written "≈" or as a range (`registry.can_be_above`: above the band is more than the
    figure, not worse); less for "≤". A share's "≈" is a band on both sides: closer is a shorter
    distance to the band (`_distance`), and a move within it is neither. The arrow showed green
    for industry's share rising from 51.0 % (within the plan's ≈ 51) to 52.5 % (out of it)."""
    if not (np.isfinite(change) and change):
        return 0
    x = registry.get(tid)
    if x.comparator in ("gt", "ge") or registry.can_be_above(x):
        return 1 if change > 0 else -1
    if x.comparator == "le":
        return 1 if change < 0 else -1
    a, b = _distance(now), _distance(before)
    if not (np.isfinite(a) and np.isfinite(b)) or a == b:
        return 0
    return 1 if a < b else -1


def headline_sentence(h: pd.DataFrame, ref_title: str, lang: str = "vi") -> str:
    """What the change means, in one sentence: the set's average growth in words (from the
    year after its base year to 2030), how many of the headline targets hold now and before,
    and which of them the change made met or missed, by their cards' labels ("2 of 3 (before:
    2)" alone read as nothing gained where growth came to be met and industry's share left its
    band)."""
    met, met_before = int((h["status_code"] == "met").sum()), int((h["ref_status_code"] == "met").sum())
    n = len(h)
    if h["unchanged"].all():
        return t("hl_same", lang, ref=ref_title, met=met, n=n)
    now, before = h["status_code"] == "met", h["ref_status_code"] == "met"
    moved = "".join(t(key, lang, names=", ".join(_in_sentence(card_label(i, lang)) for i in h.index[sel]))
                    for key, sel in (("hl_now_met", now & ~before), ("hl_no_longer_met", before & ~now)) if sel.any())
    growth = next((i for i in h.index if registry.get(i).kind == "average_growth"), None)
    if growth is None:   # no set lacks one today; said without it rather than fail
        return t("hl_changed_only", lang, ref=ref_title, met=met, before=met_before, n=n, moved=moved)
    g, x = h.loc[growth], registry.get(growth)
    way = "same" if g["unchanged"] else "up" if g["change"] > 0 else "down"   # as the card shows it
    parts = t(f"hl_growth_{way}", lang, a=fmt.num(g["ref_value"], lang, 2), b=fmt.num(g["value"], lang, 2),
              d=g["change_text"], y0=x.first_year, y1=x.year)
    return t("hl_changed", lang, ref=ref_title, growth=parts, met=met, before=met_before, n=n, moved=moved)


def _in_sentence(label: str) -> str:
    """A card's label inside a sentence: its first letter in lower case, unless the word is an
    abbreviation ("tăng trưởng BQ 2026–2030", "per capita 2030", but "GRDP 2030 ÷ 2020")."""
    return label if len(label) > 1 and label[1].isupper() else label[:1].lower() + label[1:]


# digits shown: GRDP levels whole billions; per capita one (Compare) or two (a split's terms),
# the multiple three in a split (its terms are small); everything else two.
_LEVEL_DIGITS = dict.fromkeys(registry.LEVELS, 0)
# the Compare table's last row: the investment the paths need (% of GRDP a year), and the mark
# of a need above any published year's
INVESTMENT_ROW = "investment_need_pct"
BEYOND_MARK = "⚠"
COMPARE_DIGITS = {INVESTMENT_ROW: 1, **_LEVEL_DIGITS,
                  **{i: 1 for i in registry.all_ids() if registry.get(i).kind == "per_capita"}}
ATTRIBUTION_DIGITS = {**_LEVEL_DIGITS, **{i: {"per_capita": 2, "multiple": 3}[registry.get(i).kind]
                                          for i in registry.all_ids()
                                          if registry.get(i).kind in ("per_capita", "multiple")}}


def compare_row_label(key: str, lang: str = "vi") -> str:
    if f"cmp_row_{key}" not in TEXT and key not in registry.LEVELS and key in registry.all_ids():
        # another set's target: its own indicator and unit
        return f"{target_name(key, lang)} ({unit_label(solver_target_unit(key), lang)})"
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
    `registry.outcomes`, the programme's by default, then ``investment_need_pct``: the total
    social investment the scenario's paths need, % of GRDP at current prices a year on average
    over the projected years to 2030 at the central ICOR, `model.investment.need_against_record`),
    a column per scenario (its key in ``projections``): numbers, NaN for a scenario that ends
    before 2030."""
    set_id = registry.check_set(set_id)   # one set for every column, whatever each file's own
    rows = [*registry.outcomes(set_id), INVESTMENT_ROW]
    cols = {}
    for name, p in projections.items():
        if p.horizon < TARGET_YEAR:
            cols[name] = pd.Series(np.nan, index=rows)
            continue
        ev = evaluate(p, set_id=set_id).set_index("id")["value"]
        vals = {"grdp_nominal_bn": float(p.grdp_nominal.at[TARGET_YEAR]),
                "grdp_real_bn": float(p.grdp_real.at[TARGET_YEAR])}
        vals.update({k: float(ev[k]) for k in rows if k in ev.index})
        vals[INVESTMENT_ROW] = need_against_record(p)["central"]
        cols[name] = pd.Series(vals)
    return pd.DataFrame(cols).loc[rows]


def compare_table(projections: Mapping[str, Projection], lang: str = "vi", set_id: str | None = None) -> pd.DataFrame:
    """Key 2030 indicators for display: the target as printed, then columns A, B, … (one per
    scenario, in order; a target's value carries ✓ met or ✗ missed, judged as the Scorecard
    judges it), then "Δ B−A", "Δ C−A", … (each scenario minus the first, the reference);
    numbers written for ``lang``. ``attrs['keys']`` maps each column key to the scenario's
    name."""
    set_id = registry.check_set(set_id)
    nums = compare_numbers(projections, set_id)
    keys = column_keys(len(projections))
    nums.columns = keys
    status = {k: (evaluate(p, set_id=set_id).set_index("id")["status"].to_dict() if p.horizon >= TARGET_YEAR
                  else {}) for k, p in zip(keys, projections.values())}
    # each difference that of the figures as the columns show them (rounded to the row's digits
    # first), so that A, B and "Δ B−A" add up as read
    digits = [COMPARE_DIGITS.get(r, 2) for r in nums.index]
    for k in keys[1:]:
        nums[f"Δ {k}−{keys[0]}"] = [fmt.shown_diff(a, b, n) for a, b, n in zip(nums[k], nums[keys[0]], digits)]
    tg = registry.set_rows(set_id).set_index("id")
    # the investment row: its years (the projected ones to 2030) and, in the target's column,
    # the record it is read against; a need above the record is marked ⚠ (`compare_beyond_text`)
    p0 = next(iter(projections.values()))
    rec = investment_record(p0.history)["share_pct"]
    y0 = p0.last_actual_year + 1
    label = {INVESTMENT_ROW: t("cmp_row_investment", lang, years=fmt.span(y0, TARGET_YEAR),
                                   k=fmt.plain(ICOR_BAND["central"], lang))}
    out = pd.DataFrame(index=[label.get(r) or compare_row_label(r, lang) for r in nums.index])
    printed = {INVESTMENT_ROW: t("cmp_record", lang, rec=fmt.num(float(rec.max()), lang, 1))}
    out[t("col_target", lang)] = [printed[r] if r in printed else
                                  printed_target(tg.at[r, "comparator"], tg.at[r, "target_low"], tg.at[r, "target_high"],
                                                 lang) if r in tg.index else "" for r in nums.index]
    mark = {"met": " ✓", "missed": " ✗"}
    for c in keys:
        status[c][INVESTMENT_ROW] = "beyond" if nums.at[INVESTMENT_ROW, c] > float(rec.max()) else ""
    mark["beyond"] = " " + BEYOND_MARK
    for c in nums.columns:
        out[c] = [fmt.num(v, lang, COMPARE_DIGITS.get(r, 2), sign=c.startswith("Δ"))
                  + ("" if c.startswith("Δ") else mark.get(status[c].get(r, ""), ""))
                  for r, v in zip(nums.index, nums[c])]
    # under it, the need across the ICOR band (a need is never given at one ICOR alone)
    band = [t("cmp_row_investment_band", lang, k_lo=fmt.plain(ICOR_BAND["low"], lang),
              k_hi=fmt.plain(ICOR_BAND["high"], lang)), ""]
    for c, p in zip(keys, projections.values()):
        v = need_against_record(p) if p.horizon >= TARGET_YEAR else None
        band.append(f"{fmt.num(v['low'], lang, 1)}–{fmt.num(v['high'], lang, 1)}" if v else fmt.num(np.nan, lang))
    band += [""] * (len(out.columns) - len(band) + 1)
    out.loc[band[0]] = band[1:]
    out.attrs["keys"] = dict(zip(keys, projections))
    # what a workbook of the table needs beside the words (`model.report.workbook.compare_book`):
    # the rows' ids in order (the band's row last, unnamed), each column's numbers and statuses
    out.attrs["ids"] = list(nums.index)
    out.attrs["values"] = {c: nums[c].tolist() for c in keys}
    out.attrs["status"] = {c: dict(status[c]) for c in keys}
    out.attrs["beyond"] = [c for c in keys if status[c][INVESTMENT_ROW] == "beyond"]
    out.attrs["record"] = (float(rec.max()), int(rec.idxmax()))
    return out


def compare_record_text(tbl: pd.DataFrame, lang: str = "vi") -> str:
    """The sentence under a `compare_table` that says what its investment row is read against:
    `compare_beyond_text` when a column's need is above the record, else what the record
    («kỷ lục 50,5» in the Target column) is."""
    if beyond := compare_beyond_text(tbl, lang):
        return beyond
    rec, y = tbl.attrs["record"]
    return t("cmp_record_note", lang, rec=fmt.num(rec, lang, 1), y=y)


def compare_beyond_text(tbl: pd.DataFrame, lang: str = "vi") -> str:
    """The sentence under a `compare_table` whose investment row marks a need above the record
    (``attrs['beyond']``, the columns marked): what the mark means; '' when none is."""
    if not tbl.attrs.get("beyond"):
        return ""
    rec, y = tbl.attrs["record"]
    return t("cmp_beyond", lang, mark=BEYOND_MARK, cols=", ".join(tbl.attrs["beyond"]), rec=fmt.num(rec, lang, 1), y=y)
