import os
from pathlib import Path

import pytest

import model

ROOT = Path(__file__).resolve().parents[1]
# Every chart the app draws under test is checked against the Vega-Lite schema (the app itself
# skips the check for speed: ui.common.show); the browser test's server inherits it.
os.environ["HATINH_VALIDATE_CHARTS"] = "1"
SCENARIOS = ROOT / "scenarios"


@pytest.fixture(scope="session")
def history():
    return model.assemble_history()


@pytest.fixture(scope="session")
def baseline():
    return model.load_scenario(SCENARIOS / "baseline.toml")


@pytest.fixture(scope="session")
def baseline_projection(history, baseline):
    return model.simulate(history, baseline)


MINIMAL = """
[meta]
name = "t"
title_vi = "Thử"
horizon = 2030

[population]
growth = 0.006

[sectors.agriculture]
growth = 0.03
inflation = 0.02

[sectors.industry_construction]
growth = 0.10
inflation = 0.02

[sectors.services]
growth = 0.08
inflation = 0.02

[sectors.product_taxes]
growth = 0.08
inflation = 0.02
"""


@pytest.fixture
def minimal_text():
    return MINIMAL
