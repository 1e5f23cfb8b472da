"""How fast the real page answers, in headless Chromium on this machine, against a bare
Streamlit app (one number input, one metric) measured in the same run.

    make bench-browser    (or: .venv/bin/python benchmarks/browser.py [--changes 10])

Measures (1) the first render: from navigation to the first metric with the run finished;
(2) a rate change: from a click on the services growth input's "+" to the updated headline,
repeated, median reported. Aim: first render under 6 s, a change under 0.5 s and within a few
times the bare app's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # to import tests.support

from tests.support import (chromium_page, metric_text, sidebar_input, streamlit_server,  # noqa: E402
                           wait_ready)

BARE = '''
import streamlit as st
x = st.sidebar.number_input("x", 0.0, 100.0, 7.5, 0.1)
st.header("bare")
st.metric("value", f"{x * 1.01:.2f}")
'''


def measure(page, step_button, changes: int) -> list[float]:
    times = []
    for _ in range(changes):
        before = metric_text(page, 0)
        t0 = time.perf_counter()
        step_button.click()
        page.wait_for_function(
            "b => document.querySelector('[data-testid=\"stMetricValue\"]').innerText !== b",
            arg=before, timeout=30_000)
        times.append(time.perf_counter() - t0)
        wait_ready(page)
    return times


def first_render(page, url: str) -> float:
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_selector('[data-testid="stMetricValue"]', timeout=60_000)
    wait_ready(page)
    return time.perf_counter() - t0


def run(script: Path | None, changes: int) -> tuple[float, float, list[float]]:
    with streamlit_server(script=script) as url, chromium_page(viewport=(1366, 900)) as page:
        first = first_render(page, url)  # a cold server: imports, history assembly
        other = page.context.browser.new_page(viewport={"width": 1366, "height": 900})
        warm = first_render(other, url)  # the next planner to open the link: a new session
        other.close()
        if script is None:
            box = sidebar_input(page, "Dịch vụ", "Tăng trưởng thực (%/năm)")
        else:
            box = page.locator('[data-testid="stSidebar"]').get_by_label("x", exact=True)
        up = box.locator("xpath=ancestor::*[@data-testid='stNumberInputContainer']").locator(
            '[data-testid="stNumberInputStepUp"]')
        return first, warm, measure(page, up, changes)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE)
        bare_first, bare_warm, bare = run(bare_script, args.changes)
    first, warm, app = run(None, args.changes)
    rows = [("first render, cold server, s", bare_first, first),
            ("first render, next session (server warm), s", bare_warm, warm),
            (f"rate change → new headline, median of {args.changes}, s", statistics.median(bare),
             statistics.median(app)),
            ("rate change, slowest, s", max(bare), max(app))]
    print(f"{'case':<48}  {'bare app':>9}  {'this app':>9}  {'ratio':>6}")
    print("-" * 78)
    for name, b, a in rows:
        print(f"{name:<48}  {b:>9.3f}  {a:>9.3f}  {a / b:>6.1f}")


if __name__ == "__main__":
    main()
