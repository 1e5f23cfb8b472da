"""The browser benchmark's sorting of V8 profile samples (benchmarks/browser_cpu.py): each
sample's self time goes to the family of the code that ran, idle time to none."""

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
cpu = importlib.import_module("browser_cpu")


def frame(url: str, fn: str, line: int = -1) -> dict:
    # a bundle's function or Playwright's has a line; the browser's own functions have none
    return {"url": url, "functionName": fn, "scriptId": "0", "lineNumber": 0 if url else line, "columnNumber": 0}


def test_js_by_family_by_hand():
    base = "http://127.0.0.1:8501/static/js/"
    nodes = [frame("", "(root)"), frame("", "(idle)"), frame(base + "embed.CX5AQgxi.js", "render"),
             frame("", "getBoundingClientRect"), frame(base + "index.DormvYxC.js", "handleNavigation"),
             frame(base + "react-dom.Dzbslgj4.js", "Ul"), frame(base + "purify.es.BXhPiKO5.js", "sanitize"),
             frame("", "(garbage collector)")]
    profile = {"nodes": [{"id": i + 1, "callFrame": f} for i, f in enumerate(nodes)],
               # node ids sampled and the µs before each sample
               "samples": [2, 3, 3, 4, 5, 6, 7, 8, 1, 3],
               "timeDeltas": [5000, 200, 300, 1000, 2500, 400, 700, 1200, 900, 500]}
    got = cpu.js_by_family(profile)
    assert got == pytest.approx({"Vega (charts)": 1.0, "forced layout (getBoundingClientRect)": 1.0, cpu.OTHER: 2.5,
                                 "React": 0.4, "DOMPurify (st.html)": 0.7, "garbage collection": 1.2})


def test_the_measuring_is_told_apart_by_its_stack():
    """Playwright's check (its script, no address but a line) and the layout it forces count as
    the measuring; the same browser function called by the page counts as the page's."""
    base = "http://127.0.0.1:8501/static/js/"
    nodes = [{"id": 1, "callFrame": frame("", "(root)"), "children": [2, 4]},
             {"id": 2, "callFrame": frame("", "computeBox", line=3218), "children": [3]},
             {"id": 3, "callFrame": frame("", "getBoundingClientRect")},
             {"id": 4, "callFrame": frame(base + "useResizeObserver.CWV4GVHX.js", "o"), "children": [5]},
             {"id": 5, "callFrame": frame("", "getBoundingClientRect")}]
    got = cpu.js_by_family({"nodes": nodes, "samples": [2, 3, 3, 5, 4], "timeDeltas": [100, 200, 300, 400, 500]})
    assert got == pytest.approx({cpu.HARNESS: 0.6, "forced layout (getBoundingClientRect)": 0.4, cpu.OTHER: 0.5})


def test_every_family_is_a_row():
    keys = [k for _, k in cpu.ROWS]
    assert all(fam in keys for fam, _ in cpu.FAMILIES) and {cpu.OTHER, cpu.HARNESS} <= set(keys)
    assert len(set(keys)) == len(keys)
