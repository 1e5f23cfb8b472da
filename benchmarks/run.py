"""Speed of the model's own work, as a table of medians over repeated runs.

    make bench            (or: .venv/bin/python benchmarks/run.py [--repeat N])

Timing lives here, never in a test: tests assert values, this file reports how long things take
on the machine at hand.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import model

ROOT = Path(__file__).resolve().parents[1]


def median_ms(fn, repeat: int) -> tuple[float, float]:
    fn()  # warm caches and imports
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


def cases():
    history = model.assemble_history()
    baseline = model.load_scenario(ROOT / "scenarios" / "baseline.toml")
    text = (ROOT / "scenarios" / "baseline.toml").read_text(encoding="utf-8")
    projection = model.simulate(history, baseline)

    def assemble_uncached():
        model.assemble_history.cache_clear()
        model.assemble_history()

    def simulate_and_table():
        model.simulate(history, baseline).table()

    return [
        ("assemble history (uncached, incl. deflator fit)", assemble_uncached),
        ("parse + validate scenario TOML", lambda: model.parse_scenario(text)),
        ("simulate (projection object)", lambda: model.simulate(history, baseline)),
        ("simulate + full table", simulate_and_table),
        ("evaluate 33 targets", lambda: model.evaluate(projection)),
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    rows = [(name, *median_ms(fn, args.repeat if "uncached" not in name else max(5, args.repeat // 10)))
            for name, fn in cases()]
    width = max(len(r[0]) for r in rows)
    print(f"{'case':<{width}}  {'median ms':>10}  {'min ms':>8}")
    print("-" * (width + 22))
    for name, med, mn in rows:
        print(f"{name:<{width}}  {med:>10.3f}  {mn:>8.3f}")


if __name__ == "__main__":
    main()
