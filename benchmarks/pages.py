"""The server's side of a control change on each page: the script run after a value is typed
into the sidebar, page by page, against the toy app's run after its own box changes, measured
in the same run (the toy of `browser.py`: four inputs, a metric, a table and a chart).

    make bench-pages    (or: .venv/bin/python benchmarks/pages.py [--repeat 7])

Each page is opened in a session of its own (Streamlit's AppTest, which runs the script as the
server does, without a browser), then the services growth rate is typed ``--repeat`` times,
each time a new value (nothing comes from a cache of the last one), and each run is timed:
median and minimum per page, and the median's ratio to the toy's. This is where a page's own
work shows (the model's calculations, the files the Export page builds, the solves of the Solve
page); `browser.py` measures the whole of a change in Chromium, drawing included, on the
Scorecard. AppTest compiles the page again on every run (the server keeps it compiled), a few
milliseconds that the toy pays too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser import TOY_MAIN  # noqa: E402
from table import print_ratios  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("scorecard", "growth", "structure", "contributions", "quarterly", "projects", "solve", "risk",
         "compare", "workspace", "export", "glossary")


def timed_changes(at, box_key: str, repeat: int, first: float) -> list[float]:
    """``repeat`` runs after typing a new value into the text box whose key ends with
    ``box_key``, each timed (seconds)."""
    out = []
    for k in range(repeat):
        box = next(b for b in at.text_input if b.key and b.key.endswith(box_key))
        box.set_value(f"{first + 0.1 * (k + 1):.1f}")
        t0 = time.perf_counter()
        at.run()
        out.append(time.perf_counter() - t0)
        if at.exception:
            raise SystemExit(f"{box_key}: {at.exception[0].message}")
    return out


def page_runs(page: str, repeat: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.session_state["open.services"] = True   # the sidebar section holding the box
    at.run()
    if page != "scorecard":
        at.switch_page(f"ui/pages/{page}.py")
        at.run()
    # 8.1, 8.2, …: never the loaded scenario's 7.5, whose results are kept
    timed_changes(at, "sectors.services.growth.c", 1, 6.0)   # untimed: the page's first change
    return timed_changes(at, "sectors.services.growth.c", repeat, 8.0)


def toy_runs(repeat: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as d:
        script = Path(d) / "toy.py"
        script.write_text(TOY_MAIN)
        at = AppTest.from_file(str(script), default_timeout=60)
        at.run()
        timed_changes(at, "x0", 1, 6.0)
        return timed_changes(at, "x0", repeat, 7.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--pages", nargs="*", default=list(PAGES), choices=PAGES)
    args = ap.parse_args()
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)   # AppTest's "no ScriptRunContext" lines
    toy = toy_runs(args.repeat)
    rows = [("toy app: a box typed", statistics.median(toy), min(toy))]
    for page in args.pages:
        runs = page_runs(page, args.repeat)
        rows.append((f"{page}: services growth typed", statistics.median(runs), min(runs)))
    print(f"The server's script run after a control change, {args.repeat} each (AppTest)")
    print_ratios(rows, rows[0][1], "s", "÷ toy")


if __name__ == "__main__":
    main()
