"""How fast the real page answers, in headless Chromium on this machine, against a toy
Streamlit app measured in the same run (issue 13: four inputs, a table and a chart, two pages).

    make bench-browser    (or: .venv/bin/python benchmarks/browser.py [--changes 16] [--gc both])

The toy and the app run on servers of their own at the same time and are measured turn about
(`run_pair`): this machine's speed drifts by a quarter from one minute to the next, and two
apps measured one after the other gave ratios 0.3 apart from one run to the next.
Measures, each as a median of repeated runs:
(1) the first render: from navigation to the first metric with the run finished (cold server,
    then a new session on the warm server);
(2) a control change: a value typed into the services growth box (the toy's first box) and
    Enter, to the updated headline;
(3) a page switch: a click in the sidebar navigation to the new page's heading with its run
    finished (Growth ↔ Scorecard; the toy's two pages), and each direction apart;
    For (2) and (3), the median of the server's script runs in the same turns (each server is
    `timed_streamlit.py`, which logs every run's duration): the rest of the time is the
    browser's drawing and the transport.
(4) the Uncertainty page (this app only; issue 14's aim is under a second): a new seed typed,
    to 10,000 draws' probabilities, fans and tornado drawn again.
(5) with ``--floor``: Streamlit's own floor for the switch to Growth. A third app, beside the toy
    and measured turn about with it, whose second page draws the app's three Growth charts (the
    same Vega-Lite specs, from `model.report`, baseline scenario) and nothing else: what any
    Streamlit app showing these charts pays on that switch, before any model code runs.
"The run finished" is the app root's own script state (``data-test-script-state`` =
notRunning, as Streamlit's end-to-end tests wait for it; `tests.support.wait_ready`), not the
status widget, which shows only for a run slower than about a second. The toy draws its inputs,
table and chart outside its two page functions: its page switch redraws a heading, where this
app's draws a page of new elements (three Vega charts on Growth).
The aim (issue 13): a control change and a page switch within 1.3× the toy's time. With
``--gc both`` the pair is measured again with the app's Streamlit garbage collection after
every run switched on (``runner.postScriptGC``, on by default in Streamlit, off in this
project's .streamlit/config.toml), with the server's resident memory after the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # to import tests.support
sys.path.insert(0, str(Path(__file__).resolve().parent))

from table import print_pair  # noqa: E402

TIMED = Path(__file__).resolve().parent / "timed_streamlit.py"   # the server, each run timed
from tests.support import (ROOT, chromium_page, goto_page, metric_text, sidebar_input,  # noqa: E402
                           streamlit_server, wait_ready)

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

# The floor: the toy's two pages, its second drawing the app's three Growth charts from their
# specs (written to charts.json beside the script) and nothing else.
FLOOR_MAIN = '''
import json, pathlib
import streamlit as st
specs = json.loads((pathlib.Path(__file__).parent / "charts.json").read_text())
def growth():
    st.header("Growth: charts only")
    left, right = st.columns(2)
    left.vega_lite_chart(spec=specs[0], width="stretch")
    right.vega_lite_chart(spec=specs[1], width="stretch")
    st.vega_lite_chart(spec=specs[2], width="stretch")
pages = [st.Page(lambda: st.header("Scorecard: empty"), title="Scorecard", url_path="scorecard", default=True),
         st.Page(growth, title="Growth", url_path="growth")]
st.navigation(pages, position="sidebar").run()
'''


def write_floor(folder: Path) -> Path:
    """The floor app and the three specs the app's Growth page draws for the baseline (Vietnamese)."""
    import json

    import model
    from model.report import charts, vega

    p = model.simulate(model.assemble_history(), model.load_scenario(ROOT / "scenarios" / "baseline.toml"))
    specs = [vega.vegalite(f(p, "vi"), "vi", share=k)
             for f, k in ((charts.grdp_nominal, 2), (charts.grdp_real, 2), (charts.growth, 1))]
    (folder / "charts.json").write_text(json.dumps(specs, ensure_ascii=False))
    script = folder / "floor.py"
    script.write_text(FLOOR_MAIN)
    return script


def side(name: str, page) -> tuple:
    """What a step uses on the toy's page or the app's (``name``: toy or app): the box a value is
    typed into (the toy's first, the app's services growth) and the two pages switched between."""
    if name == "toy":
        return page.locator('[data-testid="stSidebar"]').get_by_label("x0", exact=True), ("Growth", "Scorecard")
    return sidebar_input(page, "Dịch vụ", "Tăng trưởng thực (%/năm)"), ("Tăng trưởng", "Tổng quan")


def type_value(page, box, text: str) -> None:
    box.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def change(page, box, k: int) -> float:
    """The k-th control change: a value typed, to the new headline with the run finished."""
    before = metric_text(page, 0)
    t0 = time.perf_counter()
    type_value(page, box, f"{8 + k % 5},{k:02d}")  # a new value every time: nothing comes from a cache
    page.wait_for_function(
        "b => document.querySelector('[data-testid=\"stMetricValue\"]').innerText !== b",
        arg=before, timeout=30_000)
    wait_ready(page)
    return time.perf_counter() - t0


def switch(page, titles: tuple[str, str], k: int) -> float:
    """The k-th page switch: to titles[k % 2], to its page drawn with the run finished."""
    t0 = time.perf_counter()
    goto_page(page, titles[k % 2])
    return time.perf_counter() - t0


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


def run_pair(toy_script: Path, n: int, app_gc: bool | None) -> tuple[dict, dict]:
    """The toy and this app, each on a server of its own, measured turn about in one browser:
    change k of the toy, then change k of the app (the order swapped every other time), and the
    same for the page switches. Both see the same state of the machine, so a slow minute (this
    machine's speed drifts by a quarter from one minute to the next) slows both alike, and the
    ratio stays. ``app_gc`` None: the project's settings; True/False: postScriptGC forced."""
    extra = [] if app_gc is None else [f"--runner.postScriptGC={str(app_gc).lower()}"]
    logs = {name: toy_script.parent / f"runs_{name}.log" for name in ("toy", "app")}
    for f in logs.values():
        f.write_text("")
    timed = dict(launcher=TIMED)
    with streamlit_server(script=toy_script, env={"HATINH_RUN_LOG": str(logs["toy"])}, **timed) as turl, \
            streamlit_server(args=extra, env={"HATINH_RUN_LOG": str(logs["app"])}, **timed) as aurl, \
            chromium_page(viewport=(1366, 900)) as tpage:
        browser = tpage.context.browser
        apage = browser.new_page(viewport={"width": 1366, "height": 900})
        out = {"toy": {}, "app": {}}
        for name, page, url in (("toy", tpage, turl), ("app", apage, aurl)):
            page.bring_to_front()
            out[name]["first"] = first_render(page, url)
            other = browser.new_page(viewport={"width": 1366, "height": 900})
            out[name]["warm"] = first_render(other, url)
            other.close()
        sides = {}
        for name, page in (("toy", tpage), ("app", apage)):
            page.bring_to_front()
            sides[name] = (page, *side(name, page))
        ch = {"toy": [], "app": []}
        sw = {"toy": [], "app": []}
        server = {}   # each phase's script runs on each server, in seconds
        for what, times in (("change", ch), ("switch", sw)):
            seen = {name: len(_runs(f)) for name, f in logs.items()}
            for k in range(n):
                for name in (("toy", "app") if k % 2 == 0 else ("app", "toy")):
                    page, box, titles = sides[name]
                    page.bring_to_front()
                    times[name].append(change(page, box, k) if what == "change" else switch(page, titles, k))
            for name, f in logs.items():
                server[name, what] = _runs(f)[seen[name]:]
        apage.bring_to_front()
        rk = risk_changes(apage, n)
        for name in ("toy", "app"):
            c, w = ch[name], sw[name]
            out[name].update({"change": statistics.median(c), "change_max": max(c),
                              "switch": statistics.median(w), "switch_max": max(w),
                              "to_growth": statistics.median(w[0::2]), "to_scorecard": statistics.median(w[1::2]),
                              "change_server": _median(server[name, "change"]),
                              "switch_server": _median(server[name, "switch"]),
                              "risk": statistics.median(rk) if name == "app" else float("nan"),
                              "risk_max": max(rk) if name == "app" else float("nan"),
                              "rss": rss_mb((aurl if name == "app" else turl).pid)})
        return out["toy"], out["app"]


def _runs(log: Path) -> list[float]:
    return [float(x) for x in log.read_text().split()]


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")   # untimed: another Streamlit version


def run_floor(toy_script: Path, floor_script: Path, n: int) -> tuple[dict, dict]:
    """The toy and the floor app (`FLOOR_MAIN`), page switches turn about, as `run_pair` does."""
    with streamlit_server(script=toy_script) as turl, streamlit_server(script=floor_script) as furl, \
            chromium_page(viewport=(1366, 900)) as tpage:
        fpage = tpage.context.browser.new_page(viewport={"width": 1366, "height": 900})
        pages = {"toy": tpage, "floor": fpage}
        times = {"toy": [], "floor": []}
        for name, url in (("toy", turl), ("floor", furl)):
            pages[name].bring_to_front()
            pages[name].goto(url)
            wait_ready(pages[name])
        for k in range(n):
            for name in (("toy", "floor") if k % 2 == 0 else ("floor", "toy")):
                pages[name].bring_to_front()
                times[name].append(switch(pages[name], ("Growth", "Scorecard"), k))
        return tuple({"switch": statistics.median(w), "to_growth": statistics.median(w[0::2]),
                      "to_scorecard": statistics.median(w[1::2])} for w in (times["toy"], times["floor"]))


FLOOR_ROWS = (("page switch → page drawn, median, s", "switch"),
              ("… to Growth (the three charts; the toy's page 2), median, s", "to_growth"),
              ("… to the other page (a heading), median, s", "to_scorecard"))

ROWS = (("first render, cold server, s", "first"), ("first render, next session, s", "warm"),
        ("control change → new headline, median, s", "change"), ("control change, slowest, s", "change_max"),
        ("… of which the server's script run, median, s", "change_server"),
        ("page switch → page drawn, median, s", "switch"), ("page switch, slowest, s", "switch_max"),
        ("… of which the server's script run, median, s", "switch_server"),
        ("… to Growth (three charts; the toy's page 2), median, s", "to_growth"),
        ("… to the Scorecard (the toy's page 1), median, s", "to_scorecard"),
        ("Uncertainty page, new seed → redrawn, median, s", "risk"),
        ("Uncertainty page, new seed, slowest, s", "risk_max"), ("server memory after the runs, MB", "rss"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=16, help="control changes and page switches, each")
    ap.add_argument("--gc", choices=["off", "both"], default="both")
    ap.add_argument("--floor", action="store_true",
                    help="also measure Streamlit's floor: a page of the Growth page's three charts alone")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        toy_script = Path(tmp) / "toy.py"
        toy_script.write_text(TOY_MAIN)
        # the project's settings (.streamlit/config.toml: Streamlit's collection after each run off)
        print_pair(ROWS, f"As shipped: {args.changes} changes and switches each, turn about with the toy",
                   *run_pair(toy_script, args.changes, None))
        if args.gc == "both":
            print()
            print_pair(ROWS, "With runner.postScriptGC on (Streamlit's default), against its own toy",
                       *run_pair(toy_script, args.changes, True))
        if args.floor:
            print()
            print_pair(FLOOR_ROWS, "Streamlit's floor: the three Growth charts alone, against the toy",
                       *run_floor(toy_script, write_floor(Path(tmp)), args.changes),
                       names=("toy app", "charts only"))


if __name__ == "__main__":
    main()
