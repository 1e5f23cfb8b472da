"""What-if answers built from projections: a project on, late or dropped.

`project_effects` gives each project's effect on average growth over the period the scenario's
target set judges (2021–2030 for the programme, 2026–2030 for the plan: `model.registry.growth_period`),
as set against off (the Projects page's column, the deck's projects slide).

`project_variants` answers "if project p slips d years, or is dropped, what happens to
2021–2030 growth, the 2030 multiple, the structure and per capita?": the scenario with p as it
stands, on time, each delay, and off; each row the 2030 measures of `model.targets.MEASURES`
and GRDP in 2030 at both price bases (billion VND).

Glossary: lùi tiến độ = delay; bỏ dự án = drop the project.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np
import pandas as pd

from . import params as P, registry
from .params import whole_year
from .growth import need_projection, simulate, simulate_variant
from .history import History
from .projects import ProjectSetting, definition, load_projects, unknown_project
from .scenario import Scenario, checked, need_scenario
from .targets import MEASURES, TARGET_YEAR


def _setting(scenario: Scenario, project: str) -> ProjectSetting:
    """The project's setting in ``scenario`` (a shipped project it does not list: on, by default
    values); KeyError for a project neither ships nor the scenario defines."""
    shipped = load_projects()
    current = scenario.projects.get(project)
    if current is None and project not in shipped:
        raise unknown_project(project)
    return current or ProjectSetting()


def started(history: History, scenario: Scenario, plant) -> int | None:
    """The first year of output of ``plant`` when it is in the record — not after the last
    actual year a projection of ``scenario`` copies — else None. Such a start is data, not a
    choice: a delay holds the plant at its recorded share and moves the rest of its ramp-up
    (`model.projects.Project.added`); the uncertainty draws whether a project goes ahead, and
    its slips, only for the others, and the deck's slip slide lists only those."""
    return plant.recorded_start(history.last_actual(scenario))


def _asked(history: History, scenario: Scenario, delays: Sequence[int]) -> None:
    """What a question about a project's timing is asked of: the scenario given, checked as a
    file is (its variants are questions, not files: a 41st project, a delay past a file's 10),
    and delays of whole years, none negative."""
    checked(history, scenario)
    for d in delays:
        if not P.is_whole(d) or d < 0:   # numpy's ints too
            raise ValueError(f"delays: {d!r} is not a whole number of years from 0")


def project_variants(history: History, scenario: Scenario, project: str,
                     delays: Sequence[int] = (2,)) -> pd.DataFrame:
    """One row per variant (``on`` at the scenario's own delay and scale, ``delay_<d>``,
    ``off``), columns the 2030 target measures and ``grdp_nominal_bn``, ``grdp_real_bn``, and
    when the variant runs: ``first_year`` (its first year of output, the planned first year plus
    the delay) and ``full_year`` (at full capacity: the last step of its ramp), NaN when off;
    ``attrs['project']`` names the project, ``attrs['horizon']`` the scenario's last year and
    ``attrs['set_id']`` its target set (the rows a reader shows: `model.registry.outcomes`).
    ``cum_real_bn`` is real GRDP summed over the projected years to 2030 (billion VND at 2010
    prices, Σ_{t=a}^{2030} R_t, a the first projected year, ``attrs['last_actual']`` + 1): what a
    slip costs while the plant is late, which the 2030 level misses once it has caught up. With
    a horizon h after 2030, where a plant starting after 2030 shows: GRDP in h
    (``horizon_nominal_bn``, ``horizon_real_bn``, billion VND at current and constant 2010
    prices) and ``horizon_cum_real_bn`` (Σ_{t=a}^{h} R_t).
    A project whose output is already in the record (`started`) keeps its first year (data):
    its delays move the rest of its ramp-up, and ``attrs['started']`` is that year (None
    otherwise). ``attrs['driven']`` lists the sectors driven by their investment (a share of
    GRDP), through which a late plant's gap in GRDP carries on after it is at capacity."""
    _asked(history, scenario, delays)
    base = _setting(scenario, project)
    plant = definition(scenario.projects, project)
    began = started(history, scenario, plant)
    last = history.last_actual(scenario)
    variants = {"on": replace(base, on=True)}
    variants.update({f"delay_{d}": replace(base, on=True, delay=base.delay + d) for d in delays})
    variants["off"] = replace(base, on=False)
    rows = {}
    for name, st in variants.items():
        p = simulate_variant(history, scenario.with_project(project, st))
        if p.horizon < TARGET_YEAR:
            raise ValueError(f"the horizon {p.horizon} ends before {TARGET_YEAR}")
        row = {tid: f(p) for tid, f in MEASURES.items()}
        row.update(grdp_nominal_bn=float(p.grdp_nominal[TARGET_YEAR]), grdp_real_bn=float(p.grdp_real[TARGET_YEAR]))
        row["cum_real_bn"] = float(p.grdp_real.loc[last + 1:TARGET_YEAR].sum())
        if p.horizon > TARGET_YEAR:   # a slip past 2030 shows only here
            row.update(horizon_nominal_bn=float(p.grdp_nominal[p.horizon]),
                       horizon_real_bn=float(p.grdp_real[p.horizon]),
                       horizon_cum_real_bn=float(p.grdp_real.loc[last + 1:].sum()))
        first = plant.first_year if began is not None else plant.first_year + st.delay
        row.update(first_year=float(first) if st.on else float("nan"),
                   full_year=float(plant.full_year(st.delay, last)) if st.on else float("nan"))
        rows[name] = row
    out = pd.DataFrame(rows).T
    out.index.name = "variant"
    out.attrs["project"] = project
    out.attrs["horizon"] = scenario.horizon
    out.attrs["started"] = began
    out.attrs["full_year"] = plant.full_year()   # planned: at or before last_actual, a delay moves nothing
    out.attrs["at_capacity"] = plant.at_capacity(last)
    out.attrs["last_actual"] = last
    out.attrs["set_id"] = scenario.targets_set   # whose outcomes a reader shows (None: the programme's)
    # sectors driven by their investment: a late plant's gap in GRDP carries on through them
    out.attrs["driven"] = tuple(s for s in scenario.sectors if scenario.driver(s) == "investment")
    return out


def project_timing(history: History, scenario: Scenario, project: str, targets=None,
                   delays: Sequence[int] = (0, 1, 2, 3, 4, 5), **solve_kw) -> pd.DataFrame:
    """Project timing as an instrument: for each delay of ``project`` (years after its planned
    first year; and ``off``), what the solver can still reach — the same request
    (`model.solver.solve` keywords in ``solve_kw``) posed with the project at that date. One row
    a variant: success, the number of targets missed, the objective J (pp²: how far the paths
    must move from the scenario's), the solved average growth (%/yr) over the period the
    scenario's target set judges (``attrs['period']`` = (base year, last year): 2021–2030 for
    the programme, 2026–2030 for the plan), each free sector's average organic rate to 2030
    (``<sector>_pct``, %/yr) and the ids of the targets missed. The delay at which targets start to fail, and what the others then
    cost, is the answer to "how late can it be?". Where the request caps investment
    (``attrs['investment_cap']``, % of GRDP a year; None without), the plant's capital counts
    within the cap: on time it may cost more than dropped (`model.report.views.timing_note`). For a project whose start is in the record
    (`started`, ``attrs['started']`` its first year of output) a delay moves the rest of its
    ramp-up. ``attrs['first_output']`` gives each variant's first year of output (None
    dropped) and ``attrs['target_year']`` the year the targets judge (2030): a variant first
    producing after it differs from the plant dropped by its capital alone, under a cap."""
    from .solver.api import solve_variant

    _asked(history, scenario, delays)
    base = _setting(scenario, project)
    plant = definition(scenario.projects, project)
    began = started(history, scenario, plant)
    variants = {f"delay_{d}": replace(base, on=True, delay=d) for d in delays}
    variants["off"] = replace(base, on=False)
    solve_kw.setdefault("diagnose", False)
    b0, b1 = registry.growth_period(scenario.targets_set)
    rows = {}
    for name, st in variants.items():
        r = solve_variant(history, scenario.with_project(project, st), targets, **solve_kw)
        paths = r.paths.loc[:TARGET_YEAR]
        rows[name] = {"success": r.success, "n_missed": len(r.missed), "objective": r.objective,
                      "growth_pct": 100 * r.projection.average_growth(b0, b1),
                      **{f"{s}_pct": 100 * float(((1 + paths[s]).prod()) ** (1 / len(paths)) - 1) for s in r.free},
                      "missed": ", ".join(r.missed)}
    out = pd.DataFrame(rows).T
    out.index.name = "variant"
    out.attrs["project"] = project
    out.attrs["started"] = began
    out.attrs["full_year"] = plant.full_year()
    out.attrs["at_capacity"] = plant.at_capacity(history.last_actual(scenario))
    out.attrs["period"] = (b0, b1)
    out.attrs["last_actual"] = history.last_actual(scenario)
    # each variant's first year of output (None dropped; a start in the record is data, which
    # no delay moves) against the year the targets judge: a plant first producing after it
    # weighs in the solve through its capital alone (`model.report.views.timing_after_note`)
    out.attrs["first_output"] = {
        v: None if not st.on else began if began is not None else plant.first_year + st.delay
        for v, st in variants.items()}
    out.attrs["target_year"] = TARGET_YEAR
    # % of GRDP a year, where the request caps investment: the same request each variant, the last's
    posed = r.targets.set_index("id")
    out.attrs["investment_cap"] = (float(posed.at["investment_share", "high"]) if "investment_share" in posed.index
                                   else None)
    return out


def project_ids(scenario: Scenario) -> list[str]:
    """Every shipped project, then each one ``scenario`` defines itself (the Projects page's
    rows, `project_effects`' keys)."""
    need_scenario(scenario)
    shipped = load_projects()
    return list(shipped) + [pid for pid, st in scenario.projects.items()
                            if st.definition is not None and pid not in shipped]


def project_effects(history: History, scenario: Scenario, year: int | None = None) -> dict[str, float]:
    """Each project's effect on average real growth (percentage points) over the period the
    scenario's target set judges (`model.registry.growth_period`: 2021–2030 for the programme,
    2026–2030 for the plan, where a plant starting in 2029 weighs twice as much): the scenario
    with the project as it stands there (a shipped project it does not list: its defaults,
    on) against the project off. Every project of `project_ids`; NaN when the horizon is before
    2030. The scenario itself is one side of each comparison (a project it runs is on there, one
    it leaves off or does not list is off), so each project costs one projection: the other side.
    With ``year`` (up to the horizon), the effect on real GRDP in that year instead, percent of
    the level with the project off: 100 (R_on(y) / R_off(y) − 1) — where a plant starting after
    2030 (a railway in 2031) shows on a later horizon, its effect on growth to 2030 being nil."""
    b0, b1 = registry.growth_period(checked(history, scenario).targets_set)

    def measure(p) -> float:
        return p.average_growth(b0, b1) if year is None else float(p.grdp_real[year])

    as_set = simulate(history, scenario)
    if year is not None:   # a year before the record was a bare KeyError, a year as text a TypeError
        year = whole_year(year, "project_effects: year")
        first = int(as_set.years[0])
        if year < first:
            raise ValueError(f"project_effects: year {year} is before the projection, which starts in {first}")
    if as_set.horizon < (b1 if year is None else year):
        return {pid: float("nan") for pid in project_ids(scenario)}
    m = measure(as_set)
    out = {}
    for pid in project_ids(scenario):
        st = scenario.projects.get(pid) or ProjectSetting(on=False)
        flipped = ProjectSetting(False, definition=st.definition) if st.on else replace(st, on=True)
        other = measure(simulate_variant(history, scenario.with_project(pid, flipped)))
        on, off = (m, other) if st.on else (other, m)
        out[pid] = 100 * (on - off) if year is None else 100 * (on / off - 1)
    return out


def effect_measures(scenario: Scenario) -> tuple[bool, int | None]:
    """What the projects' effects (`project_effects`) are measured on for ``scenario``'s horizon:
    (on growth over its target set's period, on real GRDP in which year or None). Growth where
    the horizon reaches the period's end; GRDP in the horizon year past 2030 (a plant from 2031
    adds nothing to growth to 2030) and before the period's end (to 2028 growth to 2030 cannot
    be measured: a column of dashes was all a planner got)."""
    _, b1 = registry.growth_period(need_scenario(scenario).targets_set)
    growth = scenario.horizon >= b1
    return growth, (scenario.horizon if scenario.horizon > TARGET_YEAR or not growth else None)


def project_jumps(projection, threshold_pp: float = 1.0) -> list[tuple[int, float, list[tuple[str, float]]]]:
    """Projected years whose real GRDP growth the named projects lift by more than
    ``threshold_pp`` percentage points, and which projects do it: [(year, pp, [(id, pp), …])].

    A project adds Δ_p(t) = VA_p·scale·(a_p(t) − a_p(t−1)) of real value added in year t
    (billion VND at 2010 prices; a_p its share over the last actual year,
    `model.projects.Project.added`); its share of the year's growth is 100·Δ_p(t)/R(t−1), R the
    real GRDP. This is what explains a spike such as 2026, when Vũng Áng 2 reaches capacity."""
    from .projects import active

    if not P.is_number(threshold_pp) or not np.isfinite(threshold_pp):
        raise TypeError(f"threshold_pp: a number of percentage points (1.0), not {threshold_pp!r:.40}")
    p = need_projection(projection)
    years = p.years.to_numpy()
    real = p.grdp_real.to_numpy()
    out = []
    for k in range(1, len(years)):
        y = int(years[k])
        if y <= p.last_actual_year:
            continue
        parts = []
        for proj, st in active(p.scenario.projects):
            now, before = proj.added([y, y - 1], p.last_actual_year, st.delay)
            d = st.scale * proj.va * float(now - before)
            pp = 100 * d / real[k - 1]
            if abs(pp) >= 0.05:
                parts.append((proj.id, pp))
        total = sum(v for _, v in parts)
        if abs(total) > threshold_pp:
            out.append((y, total, sorted(parts, key=lambda x: -abs(x[1]))))
    return out
