"""Speed of the uncertainty kernel (issue 14), as tables of medians against bare baselines
measured in the same run.

    make bench-risk        (or: .venv/bin/python benchmarks/risk.py [--repeat N])

Baselines: a bare numpy broadcast of the same accounting (normal growth, price and population
shocks, projects on or off and scaled, compounding, current prices, the eight targets' measures,
met or not, all together) for the draws; the same Shapley split written out by hand on arrays
for the attribution; bare ``scipy.optimize.root`` on the same four equations for the solver.
Aims: 10,000 draws ≤ 50 ms; 100,000 ≤ 0.5 s and ≤ 3× bare; a million draws to 2050 in bounded
memory; the attribution over ten changes ≤ 3× by hand; the constant solve ≤ 5× bare root.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import tracemalloc
from dataclasses import replace
from math import factorial
from pathlib import Path

import numpy as np

import model
from model import kernel, registry
from model.allocator import tune
from model import shocks
from model import uncertainty as U
from model.growth import base_inputs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import bare_root, four_target_problem, median_ms  # noqa: E402
from table import print_ratios  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def bare_draws(base: kernel.Base, est: U.Estimate, D: int):
    """The same accounting as a bare broadcast: no chunks, no AR terms, no slips, no fans."""
    rng = np.random.default_rng(0)
    F, S = base.growth.shape
    pa = base.projects
    years = base.future
    prof = np.stack([pa.profile[j, np.clip(years - pa.first_year[j] + 1, 0, pa.length[j])]
                     - pa.profile[j, np.clip(base.last - pa.first_year[j] + 1, 0, pa.length[j])]
                     for j in range(pa.n)]) if pa.n else np.zeros((0, F))
    onehot = np.zeros((pa.n, S))
    onehot[np.arange(pa.n), pa.sector] = 1
    Lg, Lp = np.linalg.cholesky(est.growth.cov), np.linalg.cholesky(est.prices.cov + 1e-14 * np.eye(S))
    targets = list(registry.targets().values())
    i30, i20 = int(np.searchsorted(base.years, 2030)), int(np.searchsorted(base.years, 2020))
    j30 = i30 - base.n_act

    def run():
        g = base.growth + rng.standard_normal((D, F, S)) @ Lg.T
        pi = base.inflation + rng.standard_normal((D, F, S)) @ Lp.T
        on = rng.random((D, pa.n)) < pa.probability
        k = pa.va * (1 + 0.2 * (rng.random((D, pa.n)) - 0.5))
        inc = np.einsum("dp,pf,ps->dfs", on * k, prof, onehot)
        real = base.real_act[-1] * np.cumprod(1 + g, axis=1) + inc
        defl = base.defl_act[-1] * np.cumprod(1 + pi, axis=1)
        pop = base.pop_act[-1] * np.cumprod(1 + base.pop_growth + 0.002 * rng.standard_normal((D, len(base.pop_growth))), axis=1)
        nom30 = real[:, j30] * defl[:, j30]
        n30 = nom30.sum(axis=1)
        r30 = real[:, j30].sum(axis=1)
        vals = {"average_growth": 100 * ((r30 / base.real_act[i20].sum()) ** 0.1 - 1),
                "multiple": n30 / (base.real_act[i20] * base.defl_act[i20]).sum(),
                "per_capita": n30 / pop[:, -1 - (len(base.years) - 1 - i30)]}
        met = np.ones(D, bool)
        for tg in targets:
            kind, _, part = tg.measure.partition(":")
            if kind == "share":
                kk = model.SECTOR_IDS.index(part) if part in model.SECTOR_IDS else 1
                v = 100 * nom30[:, kk] / n30
            else:
                v = vals[kind]
            m = tg.judge(v)[0]
            met &= m
        return met.mean()

    return run


def api_per_draw(history, baseline, est, draws: int):
    """What 'draws through today's public API' costs: each draw a Scenario with shocked rates,
    simulated and evaluated (issue 14's 98 s for 100,000)."""
    rng = np.random.default_rng(0)
    L = np.linalg.cholesky(est.growth.cov)

    def run():
        for _ in range(draws):
            shock = L @ rng.standard_normal(4)
            sc = baseline
            for k, s in enumerate(model.SECTOR_IDS):
                sc = sc.with_sector(s, growth=model.RatePath.const(baseline.sectors[s].growth.constant + shock[k]))
            model.evaluate(model.simulate(history, sc))

    return run


def ten_changes(baseline):
    b = baseline
    for s in model.SECTOR_IDS:
        b = b.with_sector(s, growth=model.RatePath.const(baseline.sectors[s].growth.constant + 0.01),
                          inflation=model.RatePath.const(baseline.sectors[s].inflation.constant + 0.005))
    from model.projects import ProjectSetting

    return replace(b, population_growth=model.RatePath.const(0.009),
                   projects={**baseline.projects, "lng_vung_ang_3": ProjectSetting(delay=1)})


def shapley_by_hand(history, a, b):
    """The same split of ten changes written out on arrays: all 2¹⁰ mixes of A's and B's rates
    (the project as a precomputed increment), compounded at once, the Shapley weights applied."""
    ba = base_inputs(history, a)
    bb = base_inputs(history, b)
    n = 10
    rows = np.arange(2 ** n)
    on = ((rows[:, None] >> np.arange(n)) & 1).astype(bool)
    inc_b = kernel.run(replace(bb, growth=ba.growth, inflation=ba.inflation, pop_growth=ba.pop_growth)).real[0, ba.n_act:] \
        - kernel.run(replace(ba, projects=model.projects.as_arrays({}))).real[0, ba.n_act:]
    inc_a = kernel.run(ba).real[0, ba.n_act:] - kernel.run(replace(ba, projects=model.projects.as_arrays({}))).real[0, ba.n_act:]
    size = on.sum(axis=1)
    w = np.array([factorial(k) * factorial(n - k - 1) / factorial(n) for k in range(n)])

    def run():
        g = np.where(on[:, None, :4], bb.growth, ba.growth)
        pi = np.where(on[:, None, 4:8], bb.inflation, ba.inflation)
        pop = np.where(on[:, 8:9], bb.pop_growth, ba.pop_growth)
        inc = np.where(on[:, 9, None, None], inc_b, inc_a)
        real = ba.real_act[-1] * np.cumprod(1 + g, axis=1) + inc
        nom = (real * (ba.defl_act[-1] * np.cumprod(1 + pi, axis=1)))[:, -1]
        n30 = nom.sum(axis=1)
        v = np.column_stack([n30, real[:, -1].sum(axis=1), n30 / (ba.pop_act[-1] * np.prod(1 + pop, axis=1)),
                             100 * nom / n30[:, None]])
        terms = np.zeros((n, v.shape[1]))
        for i in range(n):
            without = rows[(rows >> i) & 1 == 0]
            terms[i] = (w[size[without]][:, None] * (v[without | (1 << i)] - v[without])).sum(axis=0)
        return terms

    return run


def million_to_2050(history, baseline):
    """A million draws to 2050, fans and probabilities: time and the peak memory numpy asked for."""
    b2050 = replace(baseline, horizon=2050)
    tracemalloc.start()
    t0 = time.perf_counter()
    r = U.run(history, b2050, draws=1_000_000, seed=0)
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
    tracemalloc.stop()
    return seconds, peak, r


def allocator_child(allocator: str, rep: int) -> None:
    """In a process of its own: 10,000 draws (AR shocks kept, as a changed control in the app
    runs them) under glibc's default allocator settings or `model.allocator.tune`'s; prints
    the median and minimum, ms."""
    if allocator == "tuned":
        tune()
    history = model.assemble_history()
    baseline = model.load_scenario(ROOT / "scenarios" / "baseline.toml")
    print(*median_ms(lambda: U.run(history, baseline, 10_000, fans=False), rep))


def allocator_rows(rep: int) -> list[tuple[str, float, float]]:
    """The same 10,000 draws in two fresh processes: glibc's defaults, then tuned."""
    out = []
    for kind, label in (("default", "10,000 draws, glibc's default malloc settings (a process of its own)"),
                        ("tuned", "10,000 draws, model.allocator.tune (a process of its own)")):
        text = subprocess.run([sys.executable, __file__, "--allocator-child", kind, "--repeat", str(rep)],
                              capture_output=True, text=True, check=True).stdout.split()
        out.append((label, float(text[-2]), float(text[-1])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--no-million", action="store_true", help="skip the million draws to 2050")
    ap.add_argument("--allocator-child", choices=["default", "tuned"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.allocator_child:
        return allocator_child(args.allocator_child, args.repeat)
    tune()   # as the app and the CLI run (model/allocator.py); measured both ways below
    history = model.assemble_history()
    baseline = model.load_scenario(ROOT / "scenarios" / "baseline.toml")
    est = U.estimate()
    base = base_inputs(history, baseline, manufacturing=True)
    rep = args.repeat

    def cold(**kw):
        """One run drawing every shock afresh: the AR shocks a run keeps for the next one with
        the same seed (what a changed control in the app reuses) are forgotten first."""
        def run():
            shocks._AR_CACHE.clear()
            U.run(history, baseline, **kw)
        return run

    rows = [
        ("bare numpy broadcast, 10,000 draws", *median_ms(bare_draws(base, est, 10_000), rep)),
        ("bare numpy broadcast, 100,000 draws", *median_ms(bare_draws(base, est, 100_000), rep)),
        ("kernel, 10,000 draws, every source, every probability",
         *median_ms(cold(draws=10_000, fans=False), rep)),
        ("… the same, its AR shocks kept from the last run (a control changed in the app)",
         *median_ms(lambda: U.run(history, baseline, 10_000, fans=False), rep)),
        ("kernel, 10,000 draws, and the fans", *median_ms(cold(draws=10_000), rep)),
        ("kernel, 100,000 draws, every source, every probability",
         *median_ms(cold(draws=100_000, fans=False), max(3, rep // 3))),
        ("kernel, 100,000 draws, and the fans", *median_ms(cold(draws=100_000), max(3, rep // 3))),
        ("tornado (one kernel call)", *median_ms(lambda: U.tornado(history, baseline), rep)),
    ]
    bare100 = rows[1][1]
    per_draw = api_per_draw(history, baseline, est, 200)
    api_ms = median_ms(per_draw, 3)
    rows.append(("public API, one Scenario per draw: 200 draws × 500 (100,000 extrapolated)",
                 api_ms[0] * 500, api_ms[1] * 500))
    print("Draws (ratio: median ÷ the bare broadcast of 100,000 draws)\n")
    print_ratios(rows, bare100, "ms", "× bare 100k", digits=1)

    rows = allocator_rows(rep)
    print("\nWhere the draws' memory comes from (model/allocator.py; ratio: ÷ glibc's defaults)\n")
    print_ratios(rows, rows[0][1], "ms", "× default", digits=1)

    a, b = baseline, ten_changes(baseline)
    assert len(model.attribution.changed_factors(a, b)) == 10
    rows = [("Shapley split of 10 changes by hand (2¹⁰ mixes on arrays)", *median_ms(shapley_by_hand(history, a, b), rep)),
            ("model.attribution.attribute, 10 changes (one kernel call)",
             *median_ms(lambda: model.attribution.attribute(history, a, b), rep))]
    print("\nAttribution\n")
    print_ratios(rows, rows[0][1], "ms", "× by hand", digits=2)

    specs = four_target_problem(history, baseline)
    all_free = dict(free=list(model.SECTOR_IDS), bounds={s: (-0.1, 0.4) for s in model.SECTOR_IDS})
    rows = [("bare scipy.optimize.root, same 4 equations", *median_ms(bare_root(history, baseline, specs), rep)),
            ("solve 4 targets, constant, 2030 (public API)",
             *median_ms(lambda: model.solve(history, baseline, specs, method="constant", **all_free), rep))]
    print("\nConstant solve\n")
    print_ratios(rows, rows[0][1], "ms", "× bare root", digits=2)

    if not args.no_million:
        seconds, peak, r = million_to_2050(history, baseline)
        print(f"\nA million draws to 2050 with fans: {seconds:.1f} s, peak numpy memory {peak:.0f} MB "
              f"(chunks of {U.CHUNK:,}; fans from the first {U.FAN_DRAWS:,}); P(growth > 9 %) = "
              f"{r.probabilities['grdp_growth_avg']:.4f}")
    # same seed, same numbers, whatever the thread count
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        one = U.run(history, baseline, 20_000, seed=5, fans=False).probabilities
    two = U.run(history, baseline, 20_000, seed=5, fans=False).probabilities
    print(f"\nSame seed with one BLAS thread and with the default: identical = {bool(one.equals(two))}")
    print(f"{rep} repeats (fewer for 100,000 draws and the per-draw API); median and minimum wall time.")


if __name__ == "__main__":
    main()
