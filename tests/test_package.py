"""Package hygiene: a light, UI-free import."""

import subprocess
import sys


def test_import_model_does_not_import_streamlit_or_matplotlib():
    code = ("import sys, model; "
            "print('streamlit' in sys.modules, 'matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_data_ships_inside_the_package():
    from importlib import resources
    names = {p.name for p in resources.files("model").joinpath("data").iterdir()}
    assert {"hatinh_published.csv", "targets_2030.csv", "hatinh_plan_targets.csv"} <= names
