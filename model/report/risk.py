"""Uncertainty in words and frames (`model.uncertainty` results in, display tables out).

Probabilities are shown as percentages with one decimal; a probability of 0 or 1 after N draws
is shown as "< 100/N %" or "> 100 − 100/N %": N draws cannot tell a very small chance from none;
one that one decimal would show as 0,0 or 100,0 % is shown as "< 0,1 %" or "> 99,9 %".
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import registry
from ..sectors import SECTOR_IDS
from ..uncertainty import ALL_ID, QUANTILES, Estimate, RiskResult
from . import fmt
from .strings import gap_unit, printed_target, sector_label, t, target_name, target_unit

QCOLS = [f"p{q}" for q in QUANTILES]
# The fans drawn by default (on screen, in files): measure → catalogue key of its label with unit
FAN_LABEL = {"grdp_nominal_bn": "rk_m_nominal", "grdp_real_bn": "rk_m_real", "growth_real_pct": "rk_m_growth",
             **{f"share_pct_{s}": f"rk_m_share_{s}" for s in SECTOR_IDS},
             "share_pct_manufacturing": "rk_m_share_manufacturing", "per_capita_mvnd": "rk_m_per_capita"}
# …and its unit alone, for the axis (the title above the chart names the measure)
FAN_UNIT = {"grdp_nominal_bn": "rk_u_bn", "grdp_real_bn": "rk_u_bn2010", "growth_real_pct": "rk_u_pct_year",
            **{f"share_pct_{s}": "rk_u_pct_grdp" for s in (*SECTOR_IDS, "manufacturing")},
            "per_capita_mvnd": "rk_u_mvnd"}
FILE_FANS = ("grdp_real_bn", "growth_real_pct", "share_pct_industry_construction", "per_capita_mvnd")


def probability_text(p: float, draws: int, lang: str = "vi", exact: bool = False) -> str:
    """A probability (fraction) as a percentage for ``draws`` draws (see the module docstring);
    ``exact`` when no source is on (every draw is the projection: 0 and 1 are certain)."""
    if not np.isfinite(p):
        return fmt.DASH
    if exact:
        return fmt.pct(100 * p, lang, 0 if p in (0.0, 1.0) else 1)
    floor = 100.0 / draws
    digits = 1 if floor >= 0.1 else 2
    if p <= 0:
        return f"< {fmt.pct(max(floor, 10 ** -digits), lang, digits)}"
    if p >= 1:
        return f"> {fmt.pct(100 - max(floor, 10 ** -digits), lang, digits)}"
    # a few draws met or missed: "100,0 %" beside "> 99,99 %" read as certain where it is not
    if round(100 * p, 1) >= 100:
        return f"> {fmt.pct(99.9, lang, 1)}"
    if round(100 * p, 1) <= 0:
        return f"< {fmt.pct(0.1, lang, 1)}"
    return fmt.pct(100 * p, lang, 1)


def shown_probability(result: RiskResult, p: float, lang: str = "vi") -> str:
    """A probability of ``result`` worded as every page, file and slide words it (`probability_text`
    at its draws; exact when no source is on)."""
    return probability_text(float(p), result.draws, lang, exact=not result.sources)


def probabilities(result: RiskResult, lang: str = "vi") -> pd.DataFrame:
    """One row per modelled target, then all together (where there are two or more: a set of one
    target, the Ministry of Finance's draft, would repeat it as "All 1 economic targets"): id,
    indicator, central value as shown, target (as printed, with its unit: "> 9 %/năm"),
    probability (text) and probability_num (fraction)."""
    rows = []
    one = len(result.probabilities.drop(ALL_ID, errors="ignore")) < 2
    for tid, p in result.probabilities.items():
        if tid == ALL_ID and one:
            continue
        if tid == ALL_ID:
            name = t("rk_all", lang, n=len(result.probabilities) - 1)
            value = target = fmt.DASH
        else:
            name = target_name(tid, lang)   # every set's targets
            x = registry.get(tid)
            value = fmt.num(result.central.get(tid, np.nan), lang, x.digits)
            # the figure a probability is of, beside the value: "0,8 %" of what?
            target = f"{printed_target(x.comparator, x.low, x.high, lang)} {target_unit(tid, lang)}"
        rows.append({"id": tid, "indicator": name, "central": value, "target": target,
                     "probability": shown_probability(result, p, lang),
                     "probability_num": float(p)})
    return pd.DataFrame(rows)


def probability_file(result: RiskResult) -> pd.DataFrame:
    """probabilities.csv: id, probability (fraction of draws meeting it; ``all_economic`` all
    together) and above_band (the draws above its band of a target that can be more than its
    figure, `registry.can_be_above`: per capita, the multiple, a growth written "≈"; empty for
    the others)."""
    return pd.DataFrame({"id": result.probabilities.index, "probability": result.probabilities.to_numpy(),
                         "above_band": result.above.reindex(result.probabilities.index).to_numpy()})


def compare_probabilities(results, lang: str = "vi") -> pd.DataFrame:
    """Probabilities of several scenarios side by side: the indicator, its target (with its
    unit), then one column per scenario key (A, B, …; a dash where a scenario's horizon ends
    before 2030, or where its run did not judge that target: runs of different target sets —
    judge them by one)."""
    frames = {k: probabilities(r, lang).set_index("id") for k, r in results.items() if r is not None}
    first = next(iter(frames.values()))
    out = pd.DataFrame({t("col_indicator", lang): first["indicator"], t("col_target", lang): first["target"]})
    for k in results:
        out[k] = frames[k]["probability"].reindex(first.index).fillna(fmt.DASH) if k in frames else fmt.DASH
    return out.reset_index(drop=True)


def growth_sentence(result: RiskResult, lang: str = "vi") -> str | None:
    """The set's average growth band (2021–2030 for the programme, 2026–2030 for the plan) and
    the chance of its target, in words (None without the draws of average growth, i.e. a run
    without fans, or a set without a growth target)."""
    gid = result.growth_id
    if not len(result.average_growth) or gid not in result.probabilities:
        return None
    g = registry.get(gid)
    q5, q50, q95 = np.percentile(result.average_growth, [5, 50, 95])
    # the chance in the target's own terms: more than 9, at least 10, within 10 ± 0.5
    lo, hi = (g.low - g.tolerance, g.low + g.tolerance) if g.comparator == "approx" else (g.low, g.high)
    chance = t(f"rk_growth_p_{g.comparator}", lang, target=fmt.plain(g.low, lang), lo=fmt.plain(lo, lang),
               hi=fmt.plain(hi, lang), p=shown_probability(result, result.probabilities[gid], lang))
    return t("rk_growth_sentence", lang, p50=fmt.num(q50, lang), p5=fmt.num(q5, lang), p95=fmt.num(q95, lang),
             y0=g.first_year, y1=g.year, chance=chance)


def all_sentence(result: RiskResult, lang: str = "vi") -> str | None:
    """The chance of all targets together against the least and most likely one, in words (None
    for fewer than two: "all 1 targets … lower than each one's (13.9 % to 13.9 %)" said nothing)."""
    each = result.probabilities.drop(ALL_ID, errors="ignore")
    if len(each) < 2:
        return None
    return t("rk_all_sentence", lang, n=len(each), p=shown_probability(result, result.probabilities[ALL_ID], lang),
             pmax=shown_probability(result, each.max(), lang), pmin=shown_probability(result, each.min(), lang),
             least=target_name(each.idxmin(), lang))


def above_sentence(result: RiskResult, lang: str = "vi") -> str | None:
    """The targets that can be more than their figure (`registry.can_be_above`: per capita, the
    multiple, a growth written "≈") the draws miss by being above their band, with how often,
    beside how often they are met: a low probability of "≈ 168" can be mostly draws above it
    (None where no draw is above)."""
    items = above_items(result, lang)
    return t("rk_above_sentence", lang, items="; ".join(items)) if items else None


def table_notes(result: RiskResult, lang: str = "vi") -> list[str]:
    """What is said under a table of the probabilities (the Scorecard's, the workbook's
    targets): all together, the draws above a band, and how the draws were made."""
    return [x for x in (all_sentence(result, lang), above_sentence(result, lang), source_line(result, lang)) if x]


def above_items(result: RiskResult, lang: str = "vi") -> list[str]:
    """Each target above its band in some draws (`registry.can_be_above`): its name, how often
    above, how often met."""
    return [t("rk_above_item", lang, name=target_name(tid, lang), pa=shown_probability(result, pa, lang),
              p=shown_probability(result, result.probabilities[tid], lang))
            for tid, pa in result.above.items() if pa > 0 and tid in result.probabilities]


def sentences(result: RiskResult, lang: str = "vi") -> list[str]:
    """What the draws say: `growth_sentence`, `all_sentence` and `above_sentence`, those that
    apply."""
    return [x for x in (growth_sentence(result, lang), all_sentence(result, lang), above_sentence(result, lang)) if x]


def fan_view(result: RiskResult, measure: str, actual_last: int | None = None) -> pd.DataFrame:
    """year, p5 … p95 and the central path (``central``) of one measure, from the first actual
    year on; ``kind`` actual or projected."""
    f = result.band(measure).reset_index()
    last = result.last_actual_year if actual_last is None else actual_last
    f["kind"] = np.where(f["year"] <= last, "actual", "projected")
    return f


def assumption_label(aid: str, lang: str = "vi", names=None) -> str:
    """growth.<sector>, prices.<sector>, population, project.<id>, icor in words."""
    kind, _, rest = aid.partition(".")
    if kind in ("growth", "prices"):
        return t(f"rk_a_{kind}", lang, sector=sector_label(rest, lang, short=True))
    if kind == "project":
        from ..projects import load_projects, name_in

        p = load_projects().get(rest)
        if p is not None:
            return t("rk_a_project", lang, name=p.name_in(lang))
        if names and rest in names:   # a project the file defines: (vi, en), the English optional
            return t("rk_a_project", lang, name=name_in(*names[rest], lang))
        return t("rk_a_project", lang, name=rest)
    return t(f"rk_a_{kind}", lang)


def setting_text(kind: str, value: float, lang: str = "vi") -> str:
    """A tornado row's low or high setting: ±pp for rates, ×VA for a project (0: does not go
    ahead), an ICOR."""
    if kind in ("growth", "prices", "population"):
        return f"{fmt.num(value, lang, 2, sign=True)} {t('unit_pp', lang)}"
    if kind == "projects":
        return t("rk_project_off", lang) if value == 0 else f"× {fmt.num(value, lang, 2)}"
    return t("rk_icor_value", lang, k=fmt.num(value, lang, 0))


def tornado_view(table: pd.DataFrame, outcome: str, lang: str = "vi", top: int = 12, names=None) -> pd.DataFrame:
    """The tornado for one outcome, ranked by its range: label, low, high (outcome's unit),
    central, range, low_setting, high_setting (words). ``names``: the (vi, en) names of projects
    a file defines, by id; by default those `model.uncertainty.tornado` keeps with the table."""
    names = table.attrs.get("names") if names is None else names
    if not len(table):
        return pd.DataFrame(columns=["label", "low", "high", "central", "range", "low_setting", "high_setting"])
    d = table.sort_values(f"{outcome}_range", ascending=False, kind="stable")
    d = d[d[f"{outcome}_range"] > 1e-9].head(top)   # an assumption that moves nothing is not shown
    return pd.DataFrame({
        "label": [assumption_label(a, lang, names) for a in d["assumption"]],
        "low": d[f"{outcome}_low"].to_numpy(), "high": d[f"{outcome}_high"].to_numpy(),
        "central": d[f"{outcome}_central"].to_numpy(), "range": d[f"{outcome}_range"].to_numpy(),
        "low_setting": [setting_text(k, v, lang) for k, v in zip(d["kind"], d["low_setting"])],
        "high_setting": [setting_text(k, v, lang) for k, v in zip(d["kind"], d["high_setting"])]})


def tornado_table(table: pd.DataFrame, outcome: str, lang: str = "vi") -> pd.DataFrame:
    """`tornado_view` as text in the reader's convention."""
    v = tornado_view(table, outcome, lang)
    digits = registry.get(outcome).digits
    # the outcomes in the target's unit, the range in its gap's: points for a share or a rate
    unit, span = target_unit(outcome, lang), gap_unit(outcome, lang)
    return pd.DataFrame({
        t("rk_col_assumption", lang): v["label"],
        t("rk_col_low_setting", lang): v["low_setting"],
        t("rk_col_low", lang, unit=unit): [fmt.num(x, lang, digits) for x in v["low"]],
        t("rk_col_high_setting", lang): v["high_setting"],
        t("rk_col_high", lang, unit=unit): [fmt.num(x, lang, digits) for x in v["high"]],
        t("rk_col_range", lang, unit=span): [fmt.num(x, lang, digits) for x in v["range"]]})


def year_runs(years) -> str:
    """Years as runs of consecutive ones: (2017, 2020, 2021, 2022) → "2017, 2020–2022"; (2018, 2019)
    → "2018–2019"."""
    ys = sorted(int(y) for y in years)
    runs: list[list[int]] = []
    for y in ys:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def sources_table(est: Estimate, lang: str = "vi") -> pd.DataFrame:
    """The sizes of the sources, as estimated (or assumed): one row per sector and source."""
    rows = []
    for key, m in (("growth", est.growth), ("prices", est.prices)):
        for k, s in enumerate(SECTOR_IDS):
            rows.append({t("rk_col_source", lang): t(f"rk_src_{key}", lang),
                         t("rk_col_sector", lang): sector_label(s, lang, short=True),
                         t("rk_col_sd", lang): fmt.num(100 * m.sd[k], lang, 2),
                         t("rk_col_years", lang): f"{year_runs(m.years)} ({m.n})",
                         t("rk_col_shrinkage", lang): fmt.num(m.shrinkage, lang, 2),
                         t("rk_col_rho", lang): t("rk_rho", lang, raw=fmt.num(m.rho_raw, lang, 2),
                                                  used=fmt.num(m.rho, lang, 2))})
    rows.append({t("rk_col_source", lang): t("rk_src_population", lang), t("rk_col_sector", lang): fmt.DASH,
                 t("rk_col_sd", lang): fmt.num(100 * est.population_sd, lang, 2),
                 t("rk_col_years", lang): t("rk_assumed", lang), t("rk_col_shrinkage", lang): fmt.DASH,
                 t("rk_col_rho", lang): fmt.DASH})
    return pd.DataFrame(rows)


def coverage_table(table: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """The coverage check as text: origin, year, realised, the 50 % and 90 % bands, inside?"""
    yes, no = t("rk_yes", lang), t("rk_no", lang)
    return pd.DataFrame({
        t("rk_col_origin", lang): table["origin"].astype(str), t("year", lang): table["year"].astype(str),
        t("rk_col_realised", lang): [fmt.num(x, lang) for x in table["realised"]],
        t("rk_col_band50", lang): [f"{fmt.num(a, lang)} … {fmt.num(b, lang)}" for a, b in zip(table["p25"], table["p75"])],
        t("rk_col_band90", lang): [f"{fmt.num(a, lang)} … {fmt.num(b, lang)}" for a, b in zip(table["p5"], table["p95"])],
        t("rk_col_in50", lang): [yes if x else no for x in table["in50"]],
        t("rk_col_in90", lang): [yes if x else no for x in table["in90"]]})


def source_line(result: RiskResult, lang: str = "vi") -> str:
    """The line under every fan: draws, seed, sources on and their scales."""
    names = ", ".join(t(f"rk_src_{s}", lang) + (f" ×{fmt.num(result.scale[s], lang)}"
                                                 if result.scale.get(s, 1.0) != 1.0 else "")
                      for s in result.sources) or t("rk_none", lang)
    return t("rk_source_line", lang, n=fmt.num(result.draws, lang, 0), seed=result.seed, sources=names)
