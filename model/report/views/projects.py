"""The projects for reading: names, first years and value added as a scenario runs them, the
plants a scenario leaves out or sets to no effect, what a slip costs (`project_variants_view`,
`project_slip_view` and their notes), and the years the projects lift growth.

Units: value added in billion VND a year at 2010 prices; GRDP summed in billion VND at 2010 prices.

Glossary: trễ = late; đủ công suất = at full capacity; GRDP cộng dồn = summed GRDP.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np
import pandas as pd

from ... import registry
from ...growth import Projection
from ...params import MAX_YEAR
from ...projects import increments
from ...targets import TARGET_YEAR
from .. import fmt
from ..strings import TEXT, noun, period_text, sector_label, t, target_name
from .targets import COMPARE_DIGITS, compare_row_label, headline_sentence


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
    return p.name_in(lang)


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
    return {"d": d, "years": noun(d, "year")}


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
    from ...projects import defined_names, load_projects

    names = {pid: project_name(pr, lang) for pid, pr in load_projects().items()}
    names.update({pid: en if lang == "en" and en else vi for pid, (vi, en) in defined_names(*scenarios).items()})
    return names


def first_moved(p: Projection, ref: Projection) -> int | None:
    """The first year both projections reach in which ``p``'s real value added, deflators or
    population differ from ``ref``'s (relatively, by more than 1e-9); None where none does."""
    years = p.real.index.intersection(ref.real.index)
    moved = pd.Series(False, index=years)
    for a, b in ((p.real, ref.real), (p.deflator, ref.deflator)):
        moved |= ~pd.DataFrame(np.isclose(a.loc[years], b.loc[years], rtol=1e-9, atol=0), index=years).all(axis=1)
    moved |= ~pd.Series(np.isclose(p.population.loc[years], ref.population.loc[years], rtol=1e-9, atol=0),
                        index=years)
    return int(years[moved.to_numpy()][0]) if moved.any() else None


def unmoved_text(p: Projection, ref: Projection, lang: str = "vi") -> str:
    """Why a change leaves every headline target as it was (`headline`'s ``unchanged``), to
    follow its sentence: the change moves GRDP only after 2030 (from the year it first does);
    or not at all to the horizon, naming the projects it switches or moves (the railway, first
    producing in 2031, ticked on a horizon of 2030 read "no different", and nothing said why);
    empty where it moves GRDP by 2030 by less than the cards show, changes the horizon, changes
    no project (a target set; or no change at all: the Projects page draws the strip as loaded,
    and it read "the change leaves GRDP as it was")."""
    first = first_moved(p, ref)
    if first is not None:
        return "" if first <= TARGET_YEAR else t("hl_after_2030", lang, y=first, h=p.horizon)
    if p.horizon != ref.horizon:   # the years one reaches and the other does not: said on every page
        return ""
    a, b = p.scenario.projects, ref.scenario.projects
    changed = sorted(pid for pid in set(a) | set(b) if a.get(pid) != b.get(pid))
    if not changed:   # nothing changed (the Projects page as loaded), or no figure's setting (a target set)
        return ""
    names = ", ".join(project_names(lang, p.scenario, ref.scenario).get(i, i) for i in changed)
    later = _first_output_after(a, b, p.last_actual_year, p.horizon)
    if later is None:   # nothing before the farthest horizon (a delay past it; a scale on a plant already running)
        return t("hl_idle_never", lang, names=names, last=MAX_YEAR)
    return t("hl_idle_projects", lang, names=names, h=p.horizon, y=later, control=t("horizon", lang))


def _first_output_after(a, b, last_actual: int, horizon: int) -> int | None:
    """The first year after ``horizon`` in which two scenarios' projects (``a``, ``b``: their
    settings) add different value added (`model.projects.increments`), up to the farthest
    horizon a scenario may have (`model.params.MAX_YEAR`); None where they add the same to it.
    The horizon that would show a change of projects that moves nothing to ``horizon``."""
    years = np.arange(horizon + 1, MAX_YEAR + 1)
    if not len(years):
        return None
    differ = np.abs(increments(a, years, last_actual) - increments(b, years, last_actual)).sum(axis=1) > 0
    return int(years[differ.argmax()]) if differ.any() else None


def headline_said(h: pd.DataFrame, p: Projection, ref: Projection, ref_title: str, lang: str = "vi") -> str:
    """The sentence under the headline cards (``h``: `headline` of ``p`` against ``ref``):
    `headline_sentence`, and where no card moves, why (`unmoved_text`). One place for it, not
    the page's."""
    said = headline_sentence(h, ref_title, lang)
    return said + unmoved_text(p, ref, lang) if h["unchanged"].all() else said

def project_setting_text(setting, lang: str = "vi") -> str:
    """A project setting in words: 'tắt' / 'bật, lùi 2 năm, × 0,8 giá trị tăng thêm'."""
    if setting is None or not setting.on:
        return t("pj_off", lang)
    parts = [t("pj_on", lang)]
    if setting.delay:
        parts.append(t("pj_delay", lang, n=setting.delay, n_years=noun(setting.delay, "year")))
    if setting.scale != 1.0:
        parts.append(t("pj_scale", lang, k=fmt.plain(setting.scale, lang)))
    return ", ".join(parts)


J_DIGITS = 1   # the cost J's decimals, in the timing table and its note


def _timing_variant(v: str, lang: str) -> str:
    """A `project_timing` row's name in words: "Đúng hạn", "Lùi 2 năm", "Bỏ dự án"."""
    if v == "off":
        return t("tm_off", lang)
    n = int(v.split("_")[1])
    return t("tm_on_time", lang) if n == 0 else t("tm_delay_1", lang) if n == 1 else t("tm_delay", lang, n=n)


def timing_view(table: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """`model.analysis.project_timing` for display: a row per variant (on time, late, dropped)."""
    out = pd.DataFrame(index=pd.Index([_timing_variant(v, lang) for v in table.index], name=t("tm_variant", lang)))
    out[t("tm_holds", lang)] = [fmt.verdict(bool(v)) for v in table["success"]]
    out[t("tm_missed", lang)] = [str(int(v)) for v in table["n_missed"]]
    out[t("tm_cost", lang)] = [fmt.num(v, lang, J_DIGITS) for v in table["objective"]]
    a, b = table.attrs.get("period", (2020, 2030))
    out[t("tm_growth", lang, a=a + 1, b=b)] = [fmt.num(v, lang, 2) for v in table["growth_pct"]]
    for col in table.columns:
        if col.endswith("_pct") and col != "growth_pct":
            out[t("tm_rate", lang, sector=sector_label(col[:-4], lang, short=True))] = [
                fmt.num(v, lang, 2) for v in table[col]]
    return out


def crowding_text(p: Projection, share: float, lang: str = "vi") -> str | None:
    """When the projects' capital alone exceeds the share of GRDP invested (a fraction) in
    some projected years of ``p`` (`model.investment.project_capital_share`), why what that
    share buys falls there, and what to change; None otherwise."""
    from ...investment import project_capital_share

    c = project_capital_share(p)
    over = c[c > share]
    if over.empty:
        return None
    years = ", ".join(str(int(y)) for y in over.index)
    return t("inv_crowded", lang, s=fmt.plain(100 * share, lang), n=len(over), n_years=noun(len(over), "year"),
             years=years,
             m=fmt.num(100 * over.max(), lang, 0), y=int(over.idxmax()))


def calibration_lines(cal: pd.DataFrame, lang: str = "vi") -> list[str]:
    """`model.projects.calibration` for reading, a line per method: the method in words, its
    yardstick and band with their unit, and the published figures it rests on (period, figure,
    value, row of the published table); in English the arithmetic that quotes them
    (``derivation``), which is written in English."""
    lines = []
    for m, r in cal.iterrows():
        refs = r["derivation"] if lang == "en" else "; ".join(
            t("pj_cal_ref", lang, period=period_text(p, lang), what=t(f"pj_ref_{i}", lang) if f"pj_ref_{i}" in TEXT else i,
              v=fmt.plain(v, lang, group=True), row=row) for p, i, v, row in r["refs"])
        lines.append(t("pj_cal_line", lang, method=t(f"pj_method_{m}", lang), c=fmt.num(r["central"], lang, 0),
                       unit=t(f"pj_cal_unit_{m}", lang), lo=fmt.num(r["low"], lang, 0),
                       hi=fmt.num(r["high"], lang, 0), refs=refs))
    return lines


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
    summed over the projected years to 2030. With a horizon h past 2030, where a plant starting
    after 2030 (a railway in 2031) shows at all: real GRDP in h and summed to h in place of the
    sum to 2030 (which the sum to h holds)."""
    def year(v) -> str:
        return fmt.DASH if pd.isna(v) else str(int(v))

    rows = []
    for pid, table in tables.items():
        measures = slip_measures(table.attrs.get("set_id"))   # the scenario's set's
        a = int(table.attrs["last_actual"]) + 1
        beyond = "horizon_real_bn" in table.columns
        h = int(table.attrs["horizon"])
        for v in table.index:
            row = {t("wb_project", lang): names.get(pid, pid), t("pv_variant", lang): variant_name(v, lang),
                   t("pv_first_year", lang): year(table.at[v, "first_year"])}
            row.update({compare_row_label(c, lang): fmt.num(table.at[v, c], lang, COMPARE_DIGITS.get(c, 2))
                        for c in measures})
            if beyond:
                row[t("pv_h_real", lang, h=h)] = fmt.num(table.at[v, "horizon_real_bn"], lang, 0)
                row[t("pv_cum", lang, a=a, b=h)] = fmt.num(table.at[v, "horizon_cum_real_bn"], lang, 0)
            else:
                # what the slip costs in the years it is late, which a plant caught up by 2030 hides
                row[t("pv_cum", lang, a=a, b=2030)] = fmt.num(table.at[v, "cum_real_bn"], lang, 0)
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


def timing_note(table: pd.DataFrame, lang: str = "vi") -> str | None:
    """Why a plant on time can cost the solve more than the plant dropped, in words: under a
    cap on investment (``attrs['investment_cap']``, % of GRDP a year), the plant's capital
    counts within the cap, so the sectors' paths must move further from the scenario's to keep
    to it. Said when the cost J on time, as shown (`J_DIGITS`), exceeds J dropped as shown; None
    otherwise, or without a cap (then a plant on time costs J no more)."""
    cap = table.attrs.get("investment_cap")
    if cap is None or "delay_0" not in table.index or "off" not in table.index:
        return None
    on, off = (round(float(table.at[v, "objective"]), J_DIGITS) for v in ("delay_0", "off"))
    if not on > off:
        return None
    return t("tm_capital_costs", lang, on=fmt.num(on, lang, J_DIGITS), off=fmt.num(off, lang, J_DIGITS),
             cap=fmt.num(cap, lang, 1))


def timing_after_note(table: pd.DataFrame, lang: str = "vi") -> str | None:
    """The delays from which the project produces nothing by the year the targets judge
    (``attrs['first_output']`` against ``attrs['target_year']``, `model.analysis.project_timing`),
    in words: their rows are the project dropped, or, under an investment cap, differ from it
    only by the construction capital spent by then. None when every delay produces by then (or
    the start is in the record)."""
    first, ty = table.attrs.get("first_output") or {}, table.attrs.get("target_year")
    late = sorted(int(v[len("delay_"):]) for v, y in first.items()
                  if v.startswith("delay_") and y is not None and ty is not None and y > ty)
    if not late:
        return None
    d = late[0]
    cap = table.attrs.get("investment_cap")
    kind = "even" if d == 0 else "late"   # on time already: "even on time", not "0 years late"
    rows = t(f"tm_rows_{kind}", lang)
    rows = (t("tm_rows_dropped", lang, rows=rows) if cap is None else
            t("tm_rows_capital", lang, rows=rows, ty=int(ty), cap=fmt.num(cap, lang, 1)))
    return t("tm_after", lang, when=t(f"tm_after_{kind}", lang, **_late(d)), ty=int(ty), y=int(first[f"delay_{d}"]),
             rows=rows)


def timing_fail_note(table: pd.DataFrame, lang: str = "vi") -> str | None:
    """Why J does not compare variants that miss targets, in words: where the targets cannot
    all hold the solver minimises the weighted misses first (`model.solver`), and J is then the
    distance of the paths that achieve them, so a variant whose misses are larger can cost less
    J (the railway on time under the investment cap: J 351.5 against 362.3 dropped, growth
    8.11 % against 8.26 %). Names the variants that miss (or says none meets every target) and
    the next step; None when every variant holds."""
    failing = [v for v in table.index if not bool(table.at[v, "success"])]
    if not failing:
        return None
    which = (t("tm_fail_all", lang) if len(failing) == len(table) else
             t("tm_fail_some", lang, names=", ".join(_timing_variant(v, lang) for v in failing)))
    return t("tm_fail", lang, which=which)


def timing_missed_note(table: pd.DataFrame, lang: str = "vi") -> str | None:
    """Which variants of `model.analysis.project_timing` miss other targets than the rest, in
    words ("1 year late also misses GRDP per capita"), which the table's count alone does not say
    (J compares no variant that misses: `timing_fail_note`). The rest are those of the set most
    variants miss; None when every variant misses the same."""
    missed = {v: frozenset(x for x in str(table.at[v, "missed"]).split(", ") if x) for v in table.index}
    sets = list(missed.values())
    usual = max(sets, key=sets.count)
    if all(m == usual for m in sets):
        return None

    def names(ids) -> str:
        return ", ".join(target_name(i, lang) for i in sorted(ids))

    parts = []
    for v, m in missed.items():
        words = [t(key, lang, names=names(ids)) for key, ids in (("tm_also_misses", m - usual), ("tm_meets", usual - m)) if ids]
        if words:
            parts.append(f"{_timing_variant(v, lang)} {t('tm_and', lang).join(words)}")
    return t("tm_missed_differ", lang, parts="; ".join(parts))


def timing_notes(table: pd.DataFrame, lang: str = "vi") -> list[str]:
    """What the timing table cannot show, in words: the delays that leave the project no output
    by the targets' year (`timing_after_note`), why a plant on time costs more than dropped
    (`timing_note`), which variants miss other targets (`timing_missed_note`), and last, with
    the next step, why J does not compare variants that miss targets (`timing_fail_note`)."""
    return [x for x in (timing_after_note(table, lang), timing_note(table, lang), timing_missed_note(table, lang),
                        timing_fail_note(table, lang)) if x]


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
    and one at full capacity by it as on time is said to differ only in the summed GRDP. Where
    a variant caught up still differs in GRDP as shown (a sector driven by its investment,
    ``attrs['driven']``), the note gives the difference instead."""
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

    def gap(v: str, column: str) -> int:
        """The variant's GRDP (2010 prices) less on time's, as the table shows them (whole billions)."""
        return round(float(table.at[v, column])) - round(float(table.at["on", column]))

    def caught_up(vs: list[str], column: str, y: int, key: str) -> None:
        """At capacity by ``y`` as on time: the same GRDP in ``y`` when every sector grows at
        its set rate; a sector driven by its investment (a share of GRDP) invested less in the
        years the plant was late, and the gap carries on: said with its size, not as "the same"
        (Formosa 2 two years late to 2040, services at 12 % of GRDP: 592 billion VND lower in 2040)."""
        equal = [v for v in vs if gap(v, column) == 0]
        if equal:
            out.append(t(key, lang, variants="; ".join(variant_name(v, lang) for v in equal), y=y, h=y,
                         **effect_years(equal)))
        driven = table.attrs.get("driven") or ()
        why = t("pv_why_driven", lang, sectors=", ".join(sector_label(s, lang, short=True) for s in driven)) \
            if driven else ""
        for v in vs:
            if v not in equal:
                d = gap(v, column)
                out.append(t("pv_same_diff", lang, variants=variant_name(v, lang), y=y, d=fmt.num(abs(d), lang, 0),
                             dir=t("pv_lower" if d < 0 else "pv_higher", lang), why=why))

    if same:
        caught_up(same, "grdp_real_bn", year, "pv_same")
    # the same past 2030: a variant caught up by the horizon has the on-time GRDP there, and
    # only the summed row holds what it cost
    if "horizon_real_bn" in table.columns and "on" in table.index and table.at["on", "full_year"] <= horizon:
        caught = [v for v in table.index if v.startswith("delay_") and v not in same
                  and table.at["on", "full_year"] < table.at[v, "full_year"] <= horizon]
        if caught:
            caught_up(caught, "horizon_real_bn", horizon, "pv_same_h")
    return out


def jumps_text(p: Projection, jumps, lang: str = "vi") -> list[str]:
    """Each projected year the named projects lift by more than a point, in words (why 2026
    spikes): the year's growth, the projects' points and who adds them. ``jumps`` is
    `model.analysis.project_jumps` of ``p``."""
    names = project_names(lang, p.scenario)
    out = []
    for year, total, parts in jumps:
        # each project's points rounded to add up to the year's as shown (`fmt.shown_parts`)
        shown = fmt.shown_parts([pp for _, pp in parts], total, 2)
        who = "; ".join(f"{names.get(pid) or pid}: {fmt.num(pp, lang, 2, sign=True)}"
                        for (pid, _), pp in zip(parts, shown))
        out.append(t("jump", lang, year=year, g=fmt.num(100 * float(p.growth_real.loc[year]), lang, 2),
                     pp=fmt.num(total, lang, 2), who=who))
    return out
