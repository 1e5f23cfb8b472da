"""How long the command line takes, process start to exit, against bare imports measured in the
same run (issue 13: `run` within 2× importing what the model is built on).

    make bench-cli    (or: .venv/bin/python benchmarks/cli.py [--repeat 7])

Each case is a fresh process (as a planner runs it), median and minimum of ``--repeat`` runs:
    bare imports      python -c "import numpy, pandas, scipy"
    bare + optimize   python -c "import numpy, pandas, scipy.optimize" (what assembling the
                      history needed until its deflator fit became Newton's method in numpy)
    import model      python -c "import model"
    validate          python -m model validate scenarios/baseline.toml
    run               python -m model run scenarios/baseline.toml --out TMP (the two tables: the
                      aim, within 2× the bare imports)
    run --charts      the same and ten chart files (five charts as PNG and SVG), asked for

Python caches compiled bytecode, so a planner's second run does not compile the package again;
the installed libraries are compiled already. This machine sets PYTHONDONTWRITEBYTECODE=1,
under which every process would compile the model's modules (about 0.1 s). Each case therefore
runs with the cache on, kept in a scratch folder (PYTHONPYCACHEPREFIX: the work tree stays
clean), after one untimed warm-up run; one more row shows `run` without the cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from table import print_ratios  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], repeat: int, env: dict) -> tuple[float, float]:
    times = []
    for k in range(repeat + 1):   # the first run fills the bytecode cache, untimed
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        if k:
            times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached = {**env, "PYTHONPYCACHEPREFIX": cache}
        uncached = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
        run = [py, "-m", "model", "run", "scenarios/baseline.toml", "--out", out]
        cases = [
            ("bare imports (numpy, pandas, scipy)", [py, "-c", "import numpy, pandas, scipy"]),
            ("bare + scipy.optimize", [py, "-c", "import numpy, pandas, scipy.optimize"]),
            ("import model", [py, "-c", "import model"]),
            ("validate baseline", [py, "-m", "model", "validate", "scenarios/baseline.toml"]),
            ("run baseline (the tables)", run),
            ("run baseline --charts png,svg (and 10 chart files)", run + ["--charts", "png,svg"]),
            # what run computes before it writes: the rest of run is its files (ten of them charts)
            ("… run's arithmetic alone (import, history, projection, targets)",
             [py, "-c", "import model; h = model.assemble_history(); p = model.simulate(h, "
                        "model.load_scenario('scenarios/baseline.toml')); model.evaluate(p)"]),
        ]
        rows = [(name, *timed(cmd, args.repeat, cached)) for name, cmd in cases]
        rows.append(("run baseline (the tables), no bytecode cache", *timed(run, args.repeat, uncached)))
    print_ratios(rows, rows[0][1], "s", "× bare")
    print(f"\n{args.repeat} runs each, a fresh process every time, the bytecode cache on (but the last row).")


if __name__ == "__main__":
    main()
