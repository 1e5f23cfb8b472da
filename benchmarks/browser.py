"""How fast the real page answers, in headless Chromium on this machine, against a toy
Streamlit app measured in the same run (issue 13: four inputs, a table and a chart, two pages).

    make bench-browser    (or: .venv/bin/python benchmarks/browser.py [--changes 10] [--gc both])

Measures, each as a median of repeated runs:
(1) the first render: from navigation to the first metric with the run finished (cold server,
    then a new session on the warm server);
(2) a control change: a value typed into the services growth box (the toy's first box) and
    Enter, to the updated headline;
(3) a page switch: a click in the sidebar navigation to the new page's heading with its run
    finished (Growth ↔ Scorecard; the toy's two pages), and each direction apart;
(4) the Uncertainty page (this app only; issue 14's aim is under a second): a new seed typed,
    to 10,000 draws' probabilities, fans and tornado drawn again.
"The run finished" is the app root's own script state (``data-test-script-state`` =
notRunning, as Streamlit's end-to-end tests wait for it; `tests.support.wait_ready`), not the
status widget, which shows only for a run slower than about a second. The toy draws its inputs,
table and chart outside its two page functions: its page switch redraws a heading, where this
app's draws a page of new elements (three Vega charts on Growth).
The aim (issue 13): a control change and a page switch within 1.3× the toy's time. With
``--gc both`` the app is also measured with Streamlit's garbage collection after every run
switched on (``runner.postScriptGC``, on by default in Streamlit, off in this project's
.streamlit/config.toml), with the server's resident memory after the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # to import tests.support

from tests.support import (chromium_page, goto_page, metric_text, sidebar_input, streamlit_server,  # noqa: E402
                           wait_ready)

# The toy: four inputs, a metric, a table and a chart on one page, a second page, navigation.
TOY_MAIN = '''
import streamlit as st
pages = [st.Page(lambda: None, title="Scorecard", url_path="scorecard", default=True),
         st.Page(lambda: None, title="Growth", url_path="growth")]
nav = st.navigation(pages, position="sidebar")
import pandas as pd
xs = [st.sidebar.text_input(f"x{i}", "7.5", key=f"x{i}") for i in range(4)]
v = [float(x.replace(",", ".")) for x in xs]
st.header(f"{nav.title}: toy")
st.metric("value", f"{sum(v) * 1.01:.2f}")
df = pd.DataFrame({"year": range(2015, 2031), "y": [sum(v) * 1.05 ** k for k in range(16)]})
st.dataframe(df)
st.line_chart(df, x="year", y="y")
'''


def type_value(page, box, text: str) -> None:
    box.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def changes(page, box, n: int) -> list[float]:
    times = []
    for k in range(n):
        before = metric_text(page, 0)
        t0 = time.perf_counter()
        type_value(page, box, f"{8 + k % 5},{k % 10}")
        page.wait_for_function(
            "b => document.querySelector('[data-testid=\"stMetricValue\"]').innerText !== b",
            arg=before, timeout=30_000)
        wait_ready(page)
        times.append(time.perf_counter() - t0)
    return times


def switches(page, titles: tuple[str, str], n: int) -> list[float]:
    times = []
    for k in range(n):
        t0 = time.perf_counter()
        goto_page(page, titles[k % 2])
        times.append(time.perf_counter() - t0)
    return times


def risk_changes(page, n: int) -> list[float]:
    """The Uncertainty page with 10,000 draws: a new seed typed, to the probabilities drawn
    again (issue 14's aim: under a second)."""
    goto_page(page, "Rủi ro")
    box = page.locator('[data-testid="stMain"]').get_by_label("Hạt giống ngẫu nhiên", exact=True)
    times = []
    for k in range(n):
        t0 = time.perf_counter()
        type_value(page, box, str(k + 1))
        page.wait_for_function(
            "t => document.querySelector('[data-testid=\"stMain\"]').innerText.includes(t)",
            arg=f"10.000 lượt, hạt giống {k + 1};", timeout=30_000)
        wait_ready(page)
        times.append(time.perf_counter() - t0)
    return times


def first_render(page, url: str) -> float:
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_selector('[data-testid="stMetricValue"]', timeout=60_000)
    wait_ready(page)
    return time.perf_counter() - t0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(script: Path | None, n: int, gc: bool) -> dict:
    extra = [] if gc is None else [f"--runner.postScriptGC={str(gc).lower()}"]
    with streamlit_server(script=script, args=extra) as url, chromium_page(viewport=(1366, 900)) as page:
        page.bring_to_front()
        first = first_render(page, url)
        other = page.context.browser.new_page(viewport={"width": 1366, "height": 900})
        warm = first_render(other, url)
        other.close()
        page.bring_to_front()
        if script is None:
            box = sidebar_input(page, "Dịch vụ", "Tăng trưởng thực (%/năm)")
            titles = ("Tăng trưởng", "Tổng quan")
        else:
            box = page.locator('[data-testid="stSidebar"]').get_by_label("x0", exact=True)
            titles = ("Growth", "Scorecard")
        ch = changes(page, box, n)
        sw = switches(page, titles, n)
        rk = risk_changes(page, n) if script is None else [float("nan")]
        return {"first": first, "warm": warm, "change": statistics.median(ch), "change_max": max(ch),
                "switch": statistics.median(sw), "switch_max": max(sw),
                "to_growth": statistics.median(sw[0::2]), "to_scorecard": statistics.median(sw[1::2]),
                "risk": statistics.median(rk),
                "risk_max": max(rk), "rss": rss_mb(url.pid)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=10)
    ap.add_argument("--gc", choices=["off", "both"], default="both")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        toy_script = Path(tmp) / "toy.py"
        toy_script.write_text(TOY_MAIN)
        toy = run(toy_script, args.changes, None)
    app = run(None, args.changes, None)  # the project's settings (.streamlit/config.toml)
    cols = [("toy app", toy), ("this app", app)]
    if args.gc == "both":
        cols.append(("app, GC on", run(None, args.changes, True)))
    rows = [("first render, cold server, s", "first"), ("first render, next session, s", "warm"),
            (f"control change → new headline, median of {args.changes}, s", "change"),
            ("control change, slowest, s", "change_max"),
            (f"page switch → page drawn, median of {args.changes}, s", "switch"),
            ("page switch, slowest, s", "switch_max"),
            ("… to Growth (three charts; the toy's page 2), median, s", "to_growth"),
            ("… to the Scorecard (the toy's page 1), median, s", "to_scorecard"),
            (f"Uncertainty page, new seed → redrawn, median of {args.changes}, s", "risk"),
            ("Uncertainty page, new seed, slowest, s", "risk_max"), ("server memory after the runs, MB", "rss")]
    head = f"{'case':<52}" + "".join(f"  {name:>11}" for name, _ in cols) + "  " + "".join(
        f"  {'÷ toy':>6}" for _ in cols[1:])
    print(head)
    print("-" * len(head))
    for label, k in rows:
        vals = [c[k] for _, c in cols]
        print(f"{label:<52}" + "".join(f"  {v:>11.3f}" for v in vals) + "  " + "".join(
            f"  {v / vals[0]:>6.2f}" for v in vals[1:]))


if __name__ == "__main__":
    main()
