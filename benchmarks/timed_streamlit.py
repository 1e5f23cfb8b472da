"""`python -m streamlit` with each script run's duration on the server appended to the file
named by $HATINH_RUN_LOG (seconds, one line a run): how much of a control change or a page
switch is the server's Python, and how much the browser's drawing and the transport
(`benchmarks/browser.py`). Benchmarks only: it wraps a private method of Streamlit's script
runner, and without it (another Streamlit version) the server runs untimed."""

from __future__ import annotations

import os
import sys
import time

from streamlit.runtime.scriptrunner import script_runner
from streamlit.web.cli import main

LOG = os.environ.get("HATINH_RUN_LOG")
_run = getattr(script_runner.ScriptRunner, "_run_script", None)

if LOG and _run is not None:
    def _timed(self, rerun_data):
        t0 = time.perf_counter()
        try:
            return _run(self, rerun_data)
        finally:
            with open(LOG, "a", encoding="utf-8") as f:
                f.write(f"{time.perf_counter() - t0:.5f}\n")

    script_runner.ScriptRunner._run_script = _timed

if __name__ == "__main__":
    sys.argv[0] = "streamlit"
    sys.exit(main())
