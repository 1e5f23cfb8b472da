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


def test_the_public_entries_name_an_argument_of_the_wrong_kind(history, baseline):
    """An economist's first cell, `model.simulate(history, "scenarios/baseline.toml")`, met
    "'str' object has no attribute 'to_dict'"; `model.evaluate(scenario)` "no attribute 'years'".
    Each entry now names the argument, what it needs and how to get it."""
    import pytest

    import model
    from model import attribution, uncertainty

    path = "scenarios/baseline.toml"
    for call in (lambda: model.simulate(history, path), lambda: model.solve(history, path),
                 lambda: uncertainty.run(history, {}), lambda: uncertainty.tornado(history, path),
                 lambda: attribution.attribute(history, baseline, path),
                 lambda: model.analysis.project_variants(history, path, "lng_vung_ang_3")):
        with pytest.raises(TypeError, match=r"^scenario: a model.Scenario is needed \(model.load_scenario\(path\)"):
            call()
    with pytest.raises(TypeError, match=r"^history: a model.History is needed \(model.assemble_history\(\)\), not NoneType"):
        model.simulate(None, baseline)
    with pytest.raises(TypeError, match=r"^projection: a model.Projection is needed .*, not Scenario$"):
        model.evaluate(baseline)
    assert model.evaluate(model.simulate(history, baseline)).shape[0] == 33
