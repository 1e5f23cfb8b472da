"""How fast the real page answers, in headless Chromium on this machine.

    make bench-browser    (or: .venv/bin/python benchmarks/browser.py [--changes 10])

Measures (1) the first render: from navigation to the first metric value with the run finished;
(2) a slider change: from the key press to the updated headline value, repeated, median reported.
Aim (issue 4): first render under 6 s, a slider change under 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # to import tests.support

from tests.support import chromium_page, metric_text, sector_slider, streamlit_server, wait_ready  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=10)
    args = ap.parse_args()
    with streamlit_server() as url, chromium_page(viewport=(1400, 1200)) as page:
        t0 = time.perf_counter()
        page.goto(url)
        wait_ready(page)
        first = time.perf_counter() - t0
        slider = sector_slider(page, "Dịch vụ", "Tăng trưởng thực (%/năm)")
        times = []
        for i in range(args.changes):
            before = metric_text(page, 0)
            slider.focus()
            t0 = time.perf_counter()
            page.keyboard.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
            page.keyboard.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
            page.wait_for_function(
                "b => document.querySelector('[data-testid=\"stMetricValue\"]').innerText !== b",
                arg=before, timeout=30_000)
            times.append(time.perf_counter() - t0)
            wait_ready(page)
    print(f"{'case':<42}  {'seconds':>8}")
    print("-" * 52)
    print(f"{'first render (navigation → metric)':<42}  {first:>8.3f}")
    print(f"{f'slider change → new value, median of {len(times)}':<42}  {statistics.median(times):>8.3f}")
    print(f"{'slider change, slowest':<42}  {max(times):>8.3f}")


if __name__ == "__main__":
    main()
