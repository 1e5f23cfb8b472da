"""Where the browser's time goes: Chromium's main thread during a page switch and a control
change, this app against the toy of `browser.py`, measured turn about in one browser.

    make bench-browser-cpu    (or: .venv/bin/python benchmarks/browser_cpu.py [--steps 12])

`browser.py` times a step from the click to the page drawn; on this machine the server's part
of a page switch is shorter than the toy's (its table), so what is left of the difference is
the browser's. This benchmark says what in the browser, for one step, as a median over the
steps (``--steps`` each of: a switch to Growth, a switch back to the Scorecard, a value typed
into the services box):
- the renderer's main thread from Chromium's own counters (``Performance.getMetrics``): busy
  time (every task), of which JavaScript, style and layout, and the rest (painting,
  compositing, the server's messages and the like);
- the JavaScript by the code that ran, from V8's sampling profiler (``Profiler``, one sample
  every 0.2 ms, self time): Vega (the charts), React, Emotion (Streamlit's styles),
  Streamlit's Markdown, DOMPurify (the sanitiser of `st.html`: the style sheet and the
  Scorecard's table), the rest of Streamlit's own code, the browser's functions JavaScript
  calls (a forced layout through ``getBoundingClientRect``, the history's ``pushState``, the
  web-address pattern), garbage collection, and the measuring itself (Playwright's script,
  which checks the page every frame until the step ends, with what it calls: on the app's
  bigger page its checks cost more). Those are sums over the steps divided by their count:
  means, where the first rows are medians.
The counters are read in one pass, the profile taken in a second (its sampling costs the main
thread time of its own, the same on both sides).
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # to import tests.support
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser import TOY_MAIN, change, side, switch  # noqa: E402
from table import print_pair  # noqa: E402

from tests.support import chromium_page, streamlit_server, wait_ready  # noqa: E402

# Chromium's counters (seconds since the page opened) read before and after each step
COUNTERS = (("main thread busy, median", "TaskDuration"), ("… of which JavaScript", "ScriptDuration"),
            ("… of which style", "RecalcStyleDuration"), ("… of which layout", "LayoutDuration"))

# the profiler's self time by where the code came from: the first family whose pattern is in
# the script's file name (Streamlit's bundles carry a hash: embed.CX5AQgxi.js) or in the
# function's name for the browser's own functions, which V8 shows as "(name)"
FAMILIES = (("Vega (charts)", ("embed.", "vega")), ("React", ("react-dom", "react.")),
            ("Emotion (styles)", ("emotion", "styled-components")), ("Markdown", ("StreamlitMarkdown",)),
            ("DOMPurify (st.html)", ("purify",)), ("garbage collection", ("(garbage collector)",)),
            ("forced layout (getBoundingClientRect)", ("(getBoundingClientRect)",)),
            ("history.pushState", ("(pushState)",)), ("web-address pattern (URLPattern)", ("(URLPattern)",)))
OTHER = "the rest (Streamlit's own code, browser calls)"
# the measuring itself: Playwright's script in the page, which waits for the step's end (the
# run state, the heading, the headline) by checking the page every frame, and whatever it
# calls (a visibility check forces a layout): a sample with that script anywhere on its stack
HARNESS = "the measuring (Playwright's checks)"
IDLE = {"(idle)", "(program)", "(root)"}


def _family(url: str, function: str) -> str | None:
    """A profile node's family (`FAMILIES`), OTHER, or None for time that is not JavaScript."""
    if function in IDLE:
        return None
    name = url.rsplit("/", 1)[-1] or f"({function})"
    return next((fam for fam, pats in FAMILIES if any(p in name for p in pats)), OTHER)


def _injected(frame: dict) -> bool:
    """A frame of a script Playwright put into the page: no address, but a line of its own (the
    browser's own functions have none)."""
    return frame["url"] == "" and frame["lineNumber"] >= 0 and frame["functionName"] not in IDLE


def js_by_family(profile: dict) -> dict[str, float]:
    """Self time in ms by family over a V8 CPU profile (``Profiler.stop``'s ``profile``):
    HARNESS where Playwright's script is on the sample's stack, else the family of the code
    that ran (`_family`)."""
    nodes = {n["id"]: n["callFrame"] for n in profile["nodes"]}
    parent = {c: n["id"] for n in profile["nodes"] for c in n.get("children", ())}
    harness: dict[int, bool] = {}

    def measuring(node: int) -> bool:
        if node not in harness:
            up = parent.get(node)
            harness[node] = _injected(nodes[node]) or (up is not None and measuring(up))
        return harness[node]

    out: dict[str, float] = collections.defaultdict(float)
    for node, dt in zip(profile["samples"], profile["timeDeltas"]):
        fam = _family(nodes[node]["url"], nodes[node]["functionName"])
        if fam is not None:
            out[HARNESS if measuring(node) else fam] += dt / 1000
    return out


def _counters(cdp) -> dict[str, float]:
    got = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return {k: got[k] for _, k in COUNTERS}


def measure(sides: dict, steps: int) -> dict[str, dict[str, dict[str, float]]]:
    """For each side (name → page, CDP session, services box, page titles) and each kind of step
    (switch, change): the counters' medians and the profile's means, in ms a step. The sides
    take turns step by step, the order swapped every other time (`browser.run_pair`); the
    counters are read in a pass of their own, without the profiler, whose sampling would count
    as the page's work."""
    per = {name: {kind: collections.defaultdict(list) for kind in ("switch", "change")} for name in sides}
    prof = {name: {kind: collections.defaultdict(float) for kind in ("switch", "change")} for name in sides}
    counts = {"switch": 2 * steps, "change": steps}
    for profiled in (False, True):
        for kind, n in counts.items():
            for k in range(n):
                for name in (list(sides) if k % 2 == 0 else list(sides)[::-1]):
                    page, cdp, box, titles = sides[name]
                    page.bring_to_front()
                    before = None if profiled else _counters(cdp)
                    if profiled:
                        cdp.send("Profiler.start")
                    switch(page, titles, k) if kind == "switch" else change(page, box, k + n * profiled)
                    if profiled:
                        for fam, ms in js_by_family(cdp.send("Profiler.stop")["profile"]).items():
                            prof[name][kind][fam] += ms
                    else:
                        after = _counters(cdp)
                        for _, key in COUNTERS:
                            per[name][kind][key].append(1000 * (after[key] - before[key]))
    out = {}
    for name in sides:
        out[name] = {}
        for kind, n in counts.items():
            row = {key: statistics.median(v) for key, v in per[name][kind].items()}
            # the busy time no counter names, step by step: painting, compositing, the messages
            steps_ = zip(*(per[name][kind][key] for _, key in COUNTERS))
            row["rest"] = statistics.median(t - j - st - ly for t, j, st, ly in steps_)
            families = (*(f for f, _ in FAMILIES), OTHER, HARNESS)
            row.update({fam: prof[name][kind].get(fam, 0.0) / n for fam in families})
            out[name][kind] = row
    return out


ROWS = (*COUNTERS, ("… of which the rest (painting, messages), median", "rest"),
        *((f"JavaScript: {fam}, mean", fam) for fam, _ in FAMILIES), (f"JavaScript: {OTHER}, mean", OTHER),
        (f"JavaScript: {HARNESS}, mean", HARNESS))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=12, help="switch pairs (to Growth and back) and control changes, each")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        toy = Path(tmp) / "toy.py"
        toy.write_text(TOY_MAIN)
        with streamlit_server(script=toy) as turl, streamlit_server(env={"HATINH_WORKSPACE": tmp}) as aurl, \
                chromium_page(viewport=(1366, 900)) as tpage:
            apage = tpage.context.browser.new_page(viewport={"width": 1366, "height": 900})
            sides = {}
            for name, page, url in (("toy", tpage, turl), ("app", apage, aurl)):
                page.bring_to_front()
                page.goto(url)
                wait_ready(page)
                cdp = page.context.new_cdp_session(page)
                cdp.send("Performance.enable")
                cdp.send("Profiler.enable")
                cdp.send("Profiler.setSamplingInterval", {"interval": 200})   # µs
                box, titles = side(name, page)
                # one switch there and back first: the chart code is loaded and compiled once
                for k in range(2):
                    switch(page, titles, k)
                sides[name] = (page, cdp, box, titles)
            got = measure(sides, args.steps)
    for kind, what in (("switch", "a page switch (to Growth and back to the Scorecard)"),
                       ("change", "a control change (a value typed into the services box)")):
        print_pair(ROWS, f"Chromium's main thread in {what}, ms a step, {args.steps * (2 if kind == 'switch' else 1)} "
                   "steps each, turn about", got["toy"][kind], got["app"][kind], digits=1)
        print()


if __name__ == "__main__":
    main()
