"""model.allocator: glibc keeps the draws' memory between runs; no number changes."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import model
from model import allocator
from model import uncertainty as U

BASELINE = Path(__file__).resolve().parents[1] / "scenarios" / "baseline.toml"
CHILD = textwrap.dedent("""
    import json, sys, model
    from model import allocator, uncertainty as U
    if sys.argv[1] == "tuned":
        assert allocator.tune() or sys.argv[2] != "glibc"
    r = U.run(model.assemble_history(), model.load_scenario(sys.argv[3]), 10_000, seed=4)
    print(json.dumps({"p": r.probabilities.to_dict(), "fan": r.fan.iloc[:, 2:].to_numpy().ravel().tolist()}))
""")


def test_tune_is_accepted_on_glibc_and_answers_the_same_when_called_again():
    first = allocator.tune()
    if platform.libc_ver()[0] == "glibc":
        assert first is True
    assert allocator.tune() is first


def test_the_draws_give_the_same_numbers_with_and_without_the_tuning():
    """Where memory comes from changes no number: 10,000 draws in a fresh process with glibc's
    defaults, in one tuned, and in this one give the same probabilities and fans, bit for bit
    (floats written by json are exact)."""
    libc = platform.libc_ver()[0] or "other"
    out = [json.loads(subprocess.run([sys.executable, "-c", CHILD, kind, libc, str(BASELINE)], capture_output=True,
                                     text=True, check=True).stdout) for kind in ("default", "tuned")]
    assert out[0] == out[1]
    r = U.run(model.assemble_history(), model.load_scenario(BASELINE), 10_000, seed=4)
    assert out[0]["p"] == r.probabilities.to_dict()
    assert out[0]["fan"] == r.fan.iloc[:, 2:].to_numpy().ravel().tolist()
