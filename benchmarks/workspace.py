"""A full workspace against an empty one: what 500 saved scenarios (the most a workspace
lists, `model.workspace.MAX_ENTRIES`) cost a planner.

    make bench-workspace    (or: .venv/bin/python benchmarks/workspace.py [--switches 12])

Two servers of this app, one on an empty workspace and one on a folder of 500 scenario files,
measured turn about in one headless Chromium (as `browser.py` measures the app against its
toy): page switches between the Scorecard and Compare, to the page drawn with the run finished.
Then the listing itself on the server (`Workspace.entries`, which the sidebar's scenario box
runs on every run and the Compare page once more), against a bare `os.scandir` with a stat of
each file, in the same run: medians of repeated calls.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser import switch  # noqa: E402
from run import median_ms  # noqa: E402
from table import print_pair, print_ratios  # noqa: E402

import model  # noqa: E402
from model.workspace import MAX_ENTRIES  # noqa: E402
from tests.support import chromium_page, fill_workspace, streamlit_server, wait_ready  # noqa: E402


def run_pair(empty: Path, full: Path, n: int) -> tuple[dict, dict]:
    """Page switches to Compare and back, turn about between the two servers."""
    with streamlit_server(env={"HATINH_WORKSPACE": str(empty)}) as eurl, \
            streamlit_server(env={"HATINH_WORKSPACE": str(full)}) as furl, \
            chromium_page(viewport=(1366, 900)) as epage:
        fpage = epage.context.browser.new_page(viewport={"width": 1366, "height": 900})
        pages, times = {"empty": epage, "full": fpage}, {"empty": [], "full": []}
        for name, url in (("empty", eurl), ("full", furl)):
            pages[name].bring_to_front()
            pages[name].goto(f"{url}/?lang=vi")
            wait_ready(pages[name])
        for k in range(n):
            for name in (("empty", "full") if k % 2 == 0 else ("full", "empty")):
                pages[name].bring_to_front()
                times[name].append(switch(pages[name], ("So sánh", "Tổng quan"), k))
        out = []
        for name in ("empty", "full"):
            w = times[name]
            elements = pages[name].evaluate("() => document.querySelectorAll('*').length") / 1000
            out.append({"compare": statistics.median(w[0::2]), "compare_max": max(w[0::2]),
                        "scorecard": statistics.median(w[1::2]), "elements": elements})
        # the element count is of the Scorecard, where the last switch ended: count Compare's too
        for name, d in zip(("empty", "full"), out):
            switch(pages[name], ("So sánh", "Tổng quan"), 0)
            d["compare_elements"] = pages[name].evaluate("() => document.querySelectorAll('*').length") / 1000
        return out[0], out[1]


def listing(full: Path, repeat: int) -> list[tuple[str, float, float]]:
    """`Workspace.names` and `entries` on the full folder (every file read once before, as on a
    server that has listed it), against a bare scandir with a stat of each file."""
    def bare():
        with os.scandir(full) as it:
            return [os.stat(e.path) for e in it if e.name.endswith(".toml")]

    ws = model.Workspace(full)
    return [(name, *median_ms(f, repeat))   # each called once first: entries() reads every file then
            for name, f in (("bare os.scandir and a stat of each file", bare), ("Workspace.names()", ws.names),
                            ("Workspace.entries() (each file read before)", ws.entries))]


ROWS = (("page switch to Compare → drawn, median, s", "compare"), ("… slowest, s", "compare_max"),
        ("page switch to the Scorecard → drawn, median, s", "scorecard"),
        ("elements on the Scorecard's page, thousands", "elements"),
        ("elements on the Compare page, thousands", "compare_elements"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--switches", type=int, default=12, help="page switches each (half of them to Compare)")
    ap.add_argument("--repeat", type=int, default=50, help="calls of each listing")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp) / "empty", Path(tmp) / "full"
        empty.mkdir()
        full.mkdir()
        fill_workspace(full, MAX_ENTRIES)
        print_pair(ROWS, f"An empty workspace and one of {MAX_ENTRIES} scenarios, turn about: "
                         f"{args.switches} page switches each", *run_pair(empty, full, args.switches),
                   names=("empty workspace", f"{MAX_ENTRIES} saved"))
        print()
        rows = listing(full, args.repeat)
        print(f"Listing {MAX_ENTRIES} saved scenarios on the server ({args.repeat} calls each)")
        print_ratios(rows, rows[0][1], "ms", "÷ bare")


if __name__ == "__main__":
    main()
