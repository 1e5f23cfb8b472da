"""Speed of the model's own work, as a table of medians over repeated runs.

    make bench            (or: .venv/bin/python benchmarks/run.py [--repeat N])

Timing lives here, never in a test: tests assert values, this file reports how long things take
on the machine at hand. Aims (issue 9): the constant solve through the public API within 5× a
bare ``scipy.optimize.root`` on the same four equations, and the seven-target solve with its
diagnosis under 50 ms, at horizons 2030 and 2050; simulate with 20 projects under 1 ms (issue 8).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

import model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from table import print_ratios  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def median_ms(fn, repeat: int) -> tuple[float, float]:
    fn()  # warm caches and imports
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


SEVEN = [i for i in model.solver.DEFAULT_TARGETS if i != "investment_share"]   # the economic targets
FOUR = ["grdp_growth_avg", "share_agriculture", "share_industry_construction", "share_services"]
TRUE = {"agriculture": 0.03, "industry_construction": 0.14, "services": 0.09, "product_taxes": 0.08}


def four_target_problem(history, baseline):
    """Four exact targets (growth and three shares) that constant rates TRUE generate: four
    equations in four unknowns, the problem a bare root finder can also solve."""
    from model.solver import TargetSpec
    from model.targets import MEASURES

    sc = baseline
    for s, g in TRUE.items():
        sc = sc.with_sector(s, growth=model.RatePath.const(g))
    p = model.simulate(history, sc)
    return [TargetSpec(i, MEASURES[i](p), MEASURES[i](p)) for i in FOUR]


def bare_root(history, baseline, specs):
    """The same four equations handed to scipy.optimize.root with an exact Jacobian: the
    floor that any solver doing more (bounds, objective, result frames) is compared with."""
    from scipy.optimize import root

    from model.solver.problem import _Problem

    prob = _Problem(history, baseline, specs, model.SECTOR_IDS, "constant", {}, 1.0)
    target = np.array([sp.low for sp in specs])

    def f(theta):
        v, jac = prob.values(theta)
        return v - target, jac

    def run():
        prob._memo = None
        return root(f, prob.theta0, jac=True, method="hybr")

    return run


def cases():
    history = model.assemble_history()
    baseline = model.load_scenario(ROOT / "scenarios" / "baseline.toml")
    specs = four_target_problem(history, baseline)
    text = (ROOT / "scenarios" / "baseline.toml").read_text(encoding="utf-8")
    projection = model.simulate(history, baseline)

    def assemble_uncached():
        model.assemble_history.cache_clear()
        model.assemble_history()

    def simulate_and_table():
        model.simulate(history, baseline).table()

    # 20 projects: the shipped ten, and ten of the user's own (issue 8: still under 1 ms)
    from dataclasses import replace

    from model.projects import Project, ProjectSetting

    own = {f"own_{k}": ProjectSetting(definition=Project(
        id=f"own_{k}", name_vi=f"Dự án {k}", name_en="", sector=model.SECTOR_IDS[k % 4], first_year=2026 + k % 5,
        ramp=(0.5, 1.0), va=100.0 * (k + 1), va_low=0, va_high=0, capex=((2026, 1000.0),)))
        for k in range(10)}
    twenty = replace(baseline, projects={**{pid: ProjectSetting() for pid in model.projects.load_projects()}, **own})
    bare_sc = replace(baseline, projects={})

    all_free = dict(free=list(model.SECTOR_IDS), bounds={s: (-0.1, 0.4) for s in model.SECTOR_IDS})
    b2050 = replace(baseline, horizon=2050)
    return [
        ("assemble history (uncached, incl. deflator fit)", assemble_uncached),
        ("parse + validate scenario TOML", lambda: model.parse_scenario(text)),
        ("simulate, no projects (projection object)", lambda: model.simulate(history, bare_sc)),
        ("simulate, baseline (2 projects)", lambda: model.simulate(history, baseline)),
        ("simulate, 20 projects", lambda: model.simulate(history, twenty)),
        ("investment need, baseline (3 ICORs)",
         lambda: model.investment.required_investment(model.simulate(history, baseline))),
        ("simulate + full table", simulate_and_table),
        ("evaluate 33 targets", lambda: model.evaluate(projection)),
        ("bare scipy.optimize.root, same 4 equations", bare_root(history, baseline, specs)),
        ("solve 4 targets, constant, horizon 2030 (public API, result object)",
         lambda: model.solve(history, baseline, specs, method="constant", **all_free)),
        ("solve 4 targets, constant, horizon 2050",
         lambda: model.solve(history, b2050, specs, method="constant", **all_free)),
        ("solve 4 targets, ramp", lambda: model.solve(history, baseline, specs, method="ramp", **all_free)),
        ("solve 4 targets, free path", lambda: model.solve(history, baseline, specs, method="free", **all_free)),
        ("solve 4 targets, free path, horizon 2050",
         lambda: model.solve(history, b2050, specs, method="free", **all_free)),
        ("solve 7 targets with diagnosis, horizon 2030", lambda: model.solve(history, baseline, SEVEN)),
        ("solve 7 targets with diagnosis, horizon 2050", lambda: model.solve(history, b2050, SEVEN)),
        ("solve 7 targets, free path, with diagnosis", lambda: model.solve(history, baseline, SEVEN, method="free")),
        ("solve the 8 defaults (7 + the investment cap) with diagnosis", lambda: model.solve(history, baseline)),
        ("growth-multiple frontier (6 caps)", lambda: model.solver.frontier(history, baseline)),
        ("required growth (7 targets + all)", lambda: model.required_growth(history, baseline)),
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    rows = [(name, *median_ms(fn, args.repeat if "uncached" not in name else max(5, args.repeat // 10)))
            for name, fn in cases()]
    root_ms = next(med for name, med, _ in rows if name.startswith("bare scipy"))
    print_ratios(rows, root_ms, "ms", "× bare root")
    print(f"\n{args.repeat} repeats (5 for uncached history); median and minimum wall time.")


if __name__ == "__main__":
    main()
