"""Are the targets consistent with each other and with the actuals? Plain arithmetic first.

`consistency_report` states what a set of targets implies before any solving:

- real against nominal: real growth g over n years and a nominal multiple m leave the GRDP
  deflator a yearly change of (m / (1+g)^n)^(1/n) − 1. With g = 9 % over 2021–2030,
  1.09^10 = 2.37, so a multiple of 2.5–3.0 leaves only 0.55–2.40 % a year of deflator
  inflation, less the faster real growth is;
- the actuals so far: what real growth, nominal growth and deflator change the remaining years
  must deliver, given 2021 to the last actual year;
- the scenario's own deflators against that room;
- per capita against the multiple: 170 million VND × population(2030) is a nominal GRDP, so a
  multiple, which must fall in the 2.5–3.0 range;
- the structure targets' rounding (99.94 %);
- the Provincial Plan's sector growth rates (mid-points of its ranges) run from 2020, against
  the Plan's own 2030 structure and growth targets.

`set_findings` does the same arithmetic for the scenario's own target set when it is another
(the 2026–2030 plan, the Congress resolution): its real growth target and each nominal level
target of the same year (per capita, a multiple) leave the GRDP deflator a range over the
remaining years; against the record and the scenario's own deflator. Where a set has both a
per capita and a multiple target, whether the two can meet at the projected population.

`required_growth` answers "what must the remaining years deliver": for each target alone, the
average real growth of each sector and of GRDP over the remaining years on the paths closest to
the scenario that reach it exactly (at its nearest bound).

Glossary: tính nhất quán = consistency; chỉ số giảm phát GRDP = GRDP deflator;
những năm còn lại = the remaining years.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import registry
from .data import load_plan_targets, load_targets
from .growth import simulate
from .history import History, need_history
from .scenario import RatePath, Scenario, SectorAssumption, checked
from .sectors import SECTOR_IDS
from .solver import INVESTMENT, TargetSpec, posed, solve
from .target_sets import growth_in, interval
from .targets import BASE_YEAR, MEASURES, TARGET_YEAR, structure_rounding


@dataclass(frozen=True)
class Finding:
    """One statement of the consistency report: an id, a severity (info, warning, conflict) and
    its numbers. `model.report.findings.finding_text` words it; ``en`` and ``vi`` are shortcuts."""

    id: str
    severity: str
    numbers: dict = field(default_factory=dict)

    def text(self, lang: str = "vi") -> str:
        from .report.findings import finding_text

        return finding_text(self, lang)

    @property
    def en(self) -> str:
        return self.text("en")

    @property
    def vi(self) -> str:
        return self.text("vi")


def implied_deflator_range(growth_pct: float, multiple_low: float, multiple_high: float,
                           years: int) -> tuple[float, float]:
    """Yearly GRDP-deflator change (fraction) left by real growth ``growth_pct`` %/yr and a
    nominal multiple between ``multiple_low`` and ``multiple_high`` over ``years`` years."""
    real = (1 + growth_pct / 100) ** years
    return (multiple_low / real) ** (1 / years) - 1, (multiple_high / real) ** (1 / years) - 1


def _range(text: str) -> tuple[float, float]:
    lo, _, hi = text.partition("-")
    return float(lo), float(hi or lo)


def plan_rates() -> dict[str, tuple[float, float]]:
    """The Provincial Plan 2021–2030 sector growth ranges (fractions per year), as published."""
    t = load_plan_targets()
    plan = t[t["document"].str.startswith("Provincial Plan")]
    out = {}
    for s in ("agriculture", "industry_construction", "services"):
        row = plan[plan["indicator"] == f"growth_{s}_avg"].iloc[0]
        lo, hi = _range(row["target_value"])
        out[s] = (lo / 100, hi / 100)
    return out


def plan_run(history: History, deflator_change: float = 0.025,
             product_taxes_growth: float = 0.10, population_growth: float = 0.006):
    """The Plan's sector rates (mid-points) run from 2020 to 2030, every deflator rising
    ``deflator_change`` a year and product taxes growing ``product_taxes_growth`` (both
    assumptions: the Plan gives neither)."""
    rates = {s: (lo + hi) / 2 for s, (lo, hi) in plan_rates().items()}
    rates["product_taxes"] = product_taxes_growth
    sc = Scenario(name="provincial_plan_from_2020", title_vi="Quy hoạch tỉnh từ 2020",
                  horizon=TARGET_YEAR, last_actual_year=BASE_YEAR,
                  population_growth=RatePath.const(population_growth),
                  sectors={s: SectorAssumption(RatePath.const(rates[s]), RatePath.const(deflator_change))
                           for s in SECTOR_IDS})
    return simulate(history, sc), rates


def _level_interval(tg: registry.Target, population: float, nominal: pd.Series) -> tuple[float, float]:
    """A nominal level target as GRDP at current prices in its year (billion VND): per capita
    (million VND a person) × the population (thousand people), or a multiple × its base year."""
    lo, hi = interval(tg)
    scale = population if tg.kind == "per_capita" else float(nominal[tg.base_year])
    return lo * scale, hi * scale


def _other_rate(level: float, start: float, years: int, rate: float) -> float:
    """(level / start)^(1/years) / (1 + rate) − 1: the yearly change of the GRDP deflator that,
    with real growth ``rate``, takes GRDP at current prices from ``start`` to ``level`` in
    ``years`` — or the real growth that does so at deflator change ``rate`` (they enter alike)."""
    return (level / start) ** (1 / years) / (1 + rate) - 1


def set_findings(history: History, scenario: Scenario, set_id: str | None = None,
                 projection=None) -> list[Finding]:
    """What the growth and nominal level targets of one set imply together (``set_id``, else the
    scenario's own set); none for the programme's set (`consistency_report` gives its arithmetic)
    or a scenario that ends before the targets' year. ``projection``: the scenario's, when the
    caller has it (else it is projected here).

    ``set_level_room``, for a real growth target over B+1…T (B ≤ L, the last actual year) and a
    level target in T: the real growth the remaining years must deliver, g (at least; a bound
    over an earlier start is carried to L+1…T through the actuals, `growth_in`), and the level's
    range [N_lo, N_hi] of GRDP at current prices leave the deflator, at exactly g,

        d = (N / N(L))^(1/(T−L)) / (1 + g) − 1     for N = N_lo, N_hi.

    Against the scenario's deflator d_sc over L…T: above d_hi the level is passed before the
    growth target is reached (conflict; ``g_max`` the growth at which it is passed), below d_lo
    the level needs more than the least growth (warning; ``g_need``); inside, both hold at its
    prices for real growth from g to ``g_high`` (the growth at which the level's upper end is
    reached, infinite when it has none), against the scenario's own, ``g_scenario``
    = 100 ((R(T)/R(L))^(1/(T−L)) − 1): a scenario inside the room may still miss the level by
    growing faster than the window (the Provincial Plan's rates: per capita past 178.5).

    ``set_per_capita_vs_multiple``: per capita × the projected population against the multiple's
    range; apart, the population that would join them."""
    checked(history, scenario)   # a file's path got "'str' object has no attribute 'targets_set'"
    sid = registry.check_set(set_id if set_id is not None else scenario.targets_set)
    if sid == registry.DEFAULT_SET:
        return []
    last = history.last_actual(scenario)
    targets = registry.targets(sid)
    levels = [x for x in targets.values()
              if x.year > last and (x.kind == "per_capita" or (x.kind == "multiple" and x.base_year <= last))]
    if not levels or scenario.horizon < max(x.year for x in levels):
        return []
    p = projection if projection is not None else simulate(history, scenario)
    nominal, real = history.nominal.sum(axis=1), history.real.sum(axis=1)
    deflator = nominal / real
    # the record's deflator change since 2020; none when the file's last actual year is 2020
    # itself, the first year the history holds prices for (a link's `lay=2020` divided by zero)
    d_rec = ((deflator[last] / deflator[BASE_YEAR]) ** (1 / (last - BASE_YEAR)) - 1 if last > BASE_YEAR
             else float("nan"))
    info = registry.set_info(sid)
    title = (info["short_vi"], info["short_en"])
    out: list[Finding] = []
    for g_tg in (x for x in targets.values() if x.kind == "average_growth" and x.base_year <= last < x.year):
        g_lo, _ = (interval(g_tg) if g_tg.base_year == last
                   else growth_in(history, interval(g_tg), g_tg.base_year, last, g_tg.year))
        for lv in (x for x in levels if x.year == g_tg.year):
            T, k = lv.year, lv.year - last
            n_lo, n_hi = _level_interval(lv, float(p.population[T]), nominal)
            g = g_lo / 100

            d_lo, d_hi = (_other_rate(n, nominal[last], k, g) if np.isfinite(n) else np.inf for n in (n_lo, n_hi))
            d_sc = (p.grdp_deflator[T] / p.grdp_deflator[last]) ** (1 / k) - 1
            nums = {"set": sid, "set_title": title, "growth": g_tg.id, "level": lv.id, "last": last, "target_year": T,
                    "g_low": g_lo, "level_low": n_lo, "level_high": n_hi, "deflator_low": d_lo,
                    "deflator_high": d_hi, "deflator_record": d_rec, "record_from": BASE_YEAR,
                    "scenario_deflator": d_sc, "population": float(p.population[T]),
                    "bounds": interval(lv), "kind": lv.kind, "base": lv.base_year,
                    "target": (lv.comparator, lv.low, lv.high)}
            if d_sc > d_hi + 1e-12:
                nums["g_max"] = 100 * _other_rate(n_hi, nominal[last], k, d_sc)
                severity = "conflict"
            elif d_sc < d_lo - 1e-12:
                nums["g_need"] = 100 * _other_rate(n_lo, nominal[last], k, d_sc)
                severity = "warning"
            else:
                severity = "info"
                nums["g_high"] = 100 * _other_rate(n_hi, nominal[last], k, d_sc) if np.isfinite(n_hi) else np.inf
            nums["g_scenario"] = 100 * ((p.grdp_real[T] / p.grdp_real[last]) ** (1 / k) - 1)
            out.append(Finding("set_level_room", severity, nums))
    pcs = [x for x in levels if x.kind == "per_capita"]
    for pc in pcs:
        for m in (x for x in levels if x.kind == "multiple" and x.year == pc.year):
            pop = float(p.population[pc.year])
            a, b = _level_interval(pc, pop, nominal), _level_interval(m, pop, nominal)
            nums = {"set": sid, "set_title": title, "per_capita": pc.id, "multiple": m.id, "last": last, "target_year": pc.year,
                    "population": pop, "pc_bounds": interval(pc), "multiple_target": (m.comparator, m.low, m.high),
                    "base": m.base_year,
                    "from_per_capita": a, "from_multiple": b,
                    "population_growth": (pop / float(p.population[last])) ** (1 / (pc.year - last)) - 1}
            apart = a[1] < b[0] or b[1] < a[0]
            if apart:
                # the population at which per capita's nearest end meets the multiple's
                need = b[0] / interval(pc)[1] if a[1] < b[0] else b[1] / interval(pc)[0]
                nums.update(population_needed=need, population_growth_needed=(need / float(p.population[last]))
                            ** (1 / (pc.year - last)) - 1)
            out.append(Finding("set_per_capita_vs_multiple", "conflict" if apart else "info", nums))
    return out


def consistency_report(history: History, scenario: Scenario | None = None) -> list[Finding]:
    """The arithmetic of the 2030 economic targets, against the actuals and ``scenario``; when
    the scenario is judged against another target set, that set's own (`set_findings`) first."""
    if scenario is not None:
        checked(history, scenario)   # a file's path got "'str' object has no attribute 'horizon'"
    else:
        need_history(history)   # a scenario passed for it got "no attribute 'real'"
    t = load_targets().set_index("id")
    g_low = float(t.at["grdp_growth_avg", "target_low"])
    m_low, m_high = float(t.at["grdp_multiple", "target_low"]), float(t.at["grdp_multiple", "target_high"])
    n = TARGET_YEAR - BASE_YEAR
    common = {"g_low": g_low, "m_low": m_low, "m_high": m_high, "base": BASE_YEAR,
              "target_year": TARGET_YEAR, "years": n}
    out: list[Finding] = []

    lo, hi = implied_deflator_range(g_low, m_low, m_high, n)
    out.append(Finding("real_vs_nominal", "info",
                       {**common, "real_multiple": (1 + g_low / 100) ** n, "deflator_low": lo,
                        "deflator_high": hi}))

    real, defl = history.real.sum(axis=1), history.nominal.sum(axis=1)
    last = history.last_actual(scenario)
    if last < TARGET_YEAR:
        left = TARGET_YEAR - last
        r_done = real[last] / real[BASE_YEAR]
        n_done = defl[last] / defl[BASE_YEAR]
        r_req = ((1 + g_low / 100) ** n / r_done) ** (1 / left) - 1
        n_lo, n_hi = (m_low / n_done) ** (1 / left) - 1, (m_high / n_done) ** (1 / left) - 1
        d_hi = (1 + n_hi) / (1 + r_req) - 1
        d_lo = (1 + n_lo) / (1 + r_req) - 1
        done_g = r_done ** (1 / max(1, last - BASE_YEAR)) - 1
        out.append(Finding("remaining_years", "warning" if d_hi < 0.01 else "info",
                           {**common, "last": last, "real_required": r_req, "nominal_low": n_lo,
                            "nominal_high": n_hi, "deflator_low": d_lo, "deflator_high": d_hi,
                            "real_done": done_g, "nominal_done": n_done}))
        projected = (simulate(history, scenario)
                     if scenario is not None and scenario.horizon >= TARGET_YEAR else None)
        if projected is not None:
            dfl = projected.grdp_deflator
            d_sc = (dfl[TARGET_YEAR] / dfl[last]) ** (1 / left) - 1
            out.append(Finding("scenario_deflator", "conflict" if d_sc > d_hi else "info",
                               {**common, "last": last, "scenario_deflator": d_sc, "deflator_high": d_hi}))
            pc = float(t.at["grdp_per_capita", "target_low"])
            pop = float(projected.population[TARGET_YEAR])
            m_pc = pc * pop / defl[BASE_YEAR]
            out.append(Finding("per_capita_vs_multiple", "info" if m_low <= m_pc <= m_high else "conflict",
                               {**common, "per_capita_target": pc, "population": pop,
                                "multiple_from_per_capita": m_pc}))

        out[:0] = set_findings(history, scenario, projection=projected) if projected is not None else []

    r = structure_rounding()
    out.append(Finding("structure_rounding", "info", dict(r)))

    p, rates = plan_run(history)
    g_plan = 100 * p.average_growth(BASE_YEAR, TARGET_YEAR)
    shares = 100 * p.shares.loc[TARGET_YEAR]
    tgt = [float(t.at[f"share_{s}", "target_low"]) for s in SECTOR_IDS]
    worst = float(np.max(np.abs(shares.to_numpy() - tgt)))
    out.append(Finding("provincial_plan_rates", "warning" if worst > 1.0 else "info",
                       {**common, "growth_pct": g_plan, "shares": [float(v) for v in shares],
                        "targets": tgt, **{f"rate_{s}": v for s, v in rates.items()},
                        **{f"share_{s}": float(v) for s, v in shares.items()}}))
    return out


def report_frame(findings: list[Finding]) -> pd.DataFrame:
    """Findings as a table: id, severity, message_en, message_vi (worded by the report layer)."""
    return pd.DataFrame([{"id": f.id, "severity": f.severity, "message_en": f.en, "message_vi": f.vi}
                         for f in findings])


def _nearest_bound(spec: TargetSpec, value: float) -> float:
    """The bound a value must reach: the upper one when above it, else the lower (the least
    that reaches a target the value already meets)."""
    if spec.high is not None and (value > spec.high or spec.low is None):
        return spec.high
    return spec.low


def _prior_investment(p) -> float:
    """The central investment share a projection needs, % of GRDP a year to the target year."""
    from .investment import required_investment

    need = required_investment(p)
    return float(need.loc[need.index <= TARGET_YEAR, "share_central_pct"].mean())


def required_growth(history: History, scenario: Scenario, targets=None, *, free=None,
                    method: str = "constant", approx: str = "band", bounds=None, taxes: str = "follow",
                    prices=(), result=None, investment_cap: float | None = None) -> pd.DataFrame:
    """Average real growth (% a year) over the remaining years, by sector and for GRDP, that
    each target needs on its own, on the paths closest to the scenario's; a first row gives
    the scenario's own rates and a last row ("all") all the targets together. ``targets``: ids
    (default: those `solve` poses for the scenario, its target set's solver defaults).

    A target alone is posed exactly at its nearest bound: the least that reaches it (the lower
    bound of a range the scenario already meets). The "all" row is the solver's own answer
    with the same settings (``result``, when given, is used as it is), so it reconciles with
    the Solve page to the last digit. Every row averages value added *including* the named
    projects, so a sector's figure differs from its solved organic rate in the paths table by
    what its projects add (said in ``attrs["note"]``)."""
    # the targets `solve` poses for this scenario, its own set's by default (the rows were the
    # programme's eight above a last row solved for the 2026–2030 plan's six)
    checked(history, scenario)   # before `posed` reads it
    specs = posed(scenario, targets, approx, investment_cap)
    prior = simulate(history, scenario)
    last = prior.last_actual_year
    left = TARGET_YEAR - last

    def row(label, proj, holds):
        r = proj.real
        avg = ((r.loc[TARGET_YEAR] / r.loc[last]) ** (1 / left) - 1) * 100
        tot = proj.average_growth(last, TARGET_YEAR) * 100
        return {"target": label, **{s: float(avg[s]) for s in SECTOR_IDS}, "grdp": tot, "holds": holds}

    kw = dict(free=free, method=method, bounds=bounds, taxes=taxes, prices=prices, diagnose=False)
    rows = [row("scenario", prior, None)]
    for sp in specs:
        # The investment cap alone at its bound: the growth that investing that much buys.
        value = _prior_investment(prior) if sp.id == INVESTMENT else MEASURES[sp.id](prior)
        bound = _nearest_bound(sp, value)
        # posed at the bound and judged on it (no printed target: `solver.spec._judged`'s "by
        # hand" rule): judged against the printed "≈ 7.9" with no band, a share reached exactly
        # at its band's edge read "not reachable" (✗), every "≈" target so
        res = solve(history, scenario, [TargetSpec(sp.id, bound, bound, "")], **kw)
        rows.append(row(sp.id, res.projection, res.success))
    res = result if result is not None else solve(history, scenario, specs, **kw)
    rows.append(row("all", res.projection, res.success))
    out = pd.DataFrame(rows).set_index("target")
    out.attrs["years"] = (last + 1, TARGET_YEAR)
    out.attrs["note"] = "projects_included"
    return out


__all__ = ["Finding", "consistency_report", "set_findings", "implied_deflator_range", "plan_rates", "plan_run",
           "report_frame", "required_growth"]
