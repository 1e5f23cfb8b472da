"""The solver's and the attribution's results for reading: solved paths and targets, the growth
each target needs, the frontier, the split of a difference into its assumptions (table,
waterfall and the numbers for a workbook).

Units: growth in percent a year, multipliers in pp² per unit of target.

Glossary: đánh đổi (đường biên) = trade-off (frontier); giả định thay đổi = changed assumption.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ...sectors import SECTOR_IDS
from ...data import load_solver_targets
from ...targets import DIGITS, TARGET_YEAR
from .. import fmt
from ..strings import factor_label, printed_target, sector_label, t, unit_label
from .tables import text_frame
from .targets import ATTRIBUTION_DIGITS, compare_row_label


def solved_paths_view(result, lang: str = "vi") -> pd.DataFrame:
    """The solver's growth paths in percent a year (numbers), sector labels as columns."""
    out = 100 * result.paths
    out.columns = [sector_label(s, lang, short=True) for s in out.columns]
    out.index.name = t("year", lang)
    return out


def solved_targets_table(result, lang: str = "vi") -> pd.DataFrame:
    """The solver's targets for display: indicator, unit (of the value and target; the gap's is
    its points), target, the solved paths' value in 2030 (headed as the solution's, not the
    scenario's), gap, met (✓/✗), binding (✓/—), multiplier ('—' where none)."""
    tg = load_solver_targets().set_index("id")
    name = "indicator_vi" if lang == "vi" else "indicator_en"
    r = result.targets
    return pd.DataFrame({
        t("col_indicator", lang): [tg.at[i, name] for i in r["id"]],
        t("col_unit", lang): [unit_label(tg.at[i, "unit"], lang) for i in r["id"]],
        # a cap set at run time (the investment constraint) is printed from the request
        t("col_target", lang): [printed_target(tg.at[i, "comparator"], hi, hi, lang) if np.isnan(tg.at[i, "target_low"])
                                else printed_target(tg.at[i, "comparator"], tg.at[i, "target_low"],
                                                    tg.at[i, "target_high"], lang) for i, hi in zip(r["id"], r["high"])],
        # The precision the targets are judged at (model.targets.DIGITS): one definition.
        t("col_solved", lang): [fmt.num(v, lang, DIGITS) for v in r["value"]],
        t("col_gap", lang): [fmt.num(v, lang, DIGITS, sign=True) for v in r["gap"]],
        t("col_met", lang): [fmt.verdict(v) for v in r["met"]],
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
    out[cols["holds"]] = [fmt.verdict(v) for v in required["holds"]]
    out.index = [tg.at[i, name] if i in tg.index else extra_rows.get(i, i) for i in required.index]
    return out


def rate_text(rate, lang: str = "vi") -> str:
    """A rate in words and percent: '7,5 %' or '2026: 12,0 % … 2030: 8,0 %' (Vietnamese; the
    ellipsis for the years between, where the rate moves in a straight line). Not an arrow: a
    change is said 'before → after', and '2026: 3,0 % → 2030: 3,5 % → 1,7 %' read as one chain
    of three. Up to three decimals, so that a change of 0.01 pp is never shown as no change."""
    def one(v):
        return fmt.pct(100 * v, lang, _digits(100 * v))

    if rate.constant is not None:
        return one(rate.constant)
    return " … ".join(f"{y}: {one(v)}" for y, v in rate.points)


def _change_value(v, lang: str = "vi") -> str:
    """One side of a changed assumption (`model.diff_scenarios`) in words: a rate '8,5 %' (or
    its path), a project's setting, a year, a set id; None 'not set'."""
    from ...projects import ProjectSetting
    from ...scenario import RatePath
    from .projects import project_setting_text

    if isinstance(v, float):
        return fmt.pct(100 * v, lang, 1)
    if isinstance(v, ProjectSetting):
        return project_setting_text(v, lang)
    if v is None:
        return t("unset", lang)  # a rate or year left to its default
    if isinstance(v, RatePath):
        return rate_text(v, lang)
    return str(v)


def change_side(field: str, v, lang: str, last_year: int) -> str:
    """``v``, the value of ``field`` before or after a change, in words; None says what an unset
    field means for that field (a project absent is off, a sector without a growth rate is driven
    by its investment, the last actual year unset is the record's ``last_year``)."""
    if field == "targets.set":   # a set by its title; none named: the default set
        from .targets import set_title

        return set_title(v, lang, short=True)
    if v is not None:
        return _change_value(v, lang)
    if field.startswith("projects."):
        return t("pj_off", lang)
    if field == "industry.manufacturing_share":
        from ...industry import manufacturing_share_of_ic

        return t("mfg_data", lang, c=fmt.num(100 * manufacturing_share_of_ic()[0], lang, 1))
    if field == "meta.last_actual_year":
        return t("last_default", lang, y=last_year)
    if field.startswith("sectors.") and field.endswith((".growth", ".investment")):
        # a sector is driven by its growth or by its investment: the other one is unset
        return t("by_investment" if field.endswith(".growth") else "by_growth", lang)
    return t("unset", lang)


def changes_description(base, working, base_title: str, lang: str, last_year: int,
                        limit: int = 2_000) -> str:
    """What a variant is, as a planner would describe it when saving it: the scenario it was made
    from and each change from it, one line each ('- field: before → after', the sidebar's list
    in plain text), within ``limit`` characters (a description's limit, `params.MAX_DESCRIPTION`):
    the lines that do not fit are counted on the last line. Empty when nothing differs."""
    from ...projects import defined_names
    from ...scenario import diff_scenarios
    from ..strings import field_label

    changes = diff_scenarios(base, working)
    if not changes:
        return ""
    names = defined_names(base, working)
    lines = [t("ws_desc_from", lang, title=base_title)]
    size = len(lines[0])
    for k, ch in enumerate(changes):
        before, after = (change_side(ch.field, v, lang, last_year) for v in (ch.before, ch.after))
        line = "\n" + f"- {field_label(ch.field, lang, names)}: {before} → {after}"
        left = len(changes) - k - 1
        # this line, and the count of the rest after it if any are left, within the limit
        if size + len(line) + (len("\n" + t("ws_desc_more", lang, n=left)) if left else 0) > limit:
            lines.append("\n" + t("ws_desc_more", lang, n=left + 1))
            break
        lines.append(line)
        size += len(line)
    return "".join(lines)


def _digits(pct_value: float) -> int:
    for d in (1, 2, 3):
        if abs(round(pct_value, d) - pct_value) < 1e-9:
            return d
    return 3


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
    if "cap_since_last" in table:   # and the cap on the last actual year's base (the Congress's "2× 2025")
        out.insert(1, t("fr_cap_rem", lang, y=table.attrs["last"]), [fmt.num(v, lang, 2) for v in table["cap_since_last"]])
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
        digits = ATTRIBUTION_DIGITS.get(c, 2)
        # the total as B − A shown (the Compare table's Δ), and the parts rounded to add up to it
        # as shown: rounded alone, the constant-price split of the plan against the baseline
        # summed to 25,110 under a total of 25,109
        shown = table[c].astype(float).copy()
        if "a" in table.attrs and "b" in table.attrs and "total" in shown.index:
            parts, total = split_shown(table, c, digits)
            shown[shown.index.drop("total")] = parts
            shown["total"] = total
        out[compare_row_label(c, lang)] = [fmt.num(v, lang, digits, sign=True) for v in shown]
    out.index.name = t("at_factor", lang)
    return out


def split_shown(table: pd.DataFrame, outcome: str, digits: int) -> tuple[list[float], float]:
    """One outcome's split (`model.attribution.attribute`) as printed with ``digits`` decimals:
    the terms, in the table's order, rounded together (`fmt.shown_parts`) to add up to the total,
    which is B − A as the two figures show (`fmt.shown_diff`)."""
    total = fmt.shown_diff(table.attrs["b"][outcome], table.attrs["a"][outcome], digits)
    return fmt.shown_parts(table[outcome].drop("total"), total, digits), total


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


def waterfall_span(w: pd.DataFrame) -> tuple[float, float]:
    """The value axis of a waterfall (`waterfall_frame`): the steps and both ends with a
    quarter of their span each side, not from zero, so that a step of half a percent of GRDP
    is visible (levels are cut at the left edge)."""
    inner = w.iloc[1:-1][["start", "end"]].to_numpy().ravel()
    values = np.concatenate([inner, [w["end"].iloc[0], w["end"].iloc[-1]]])
    lo, hi = float(values.min()), float(values.max())
    pad = 0.25 * (hi - lo) or 1.0
    return lo - pad, hi + pad
