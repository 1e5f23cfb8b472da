"""`python -m model risk` (issue 14): the probabilities printed and written, the fans and their
charts, the same numbers as the API for the same seed, and bad arguments refused plainly."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest

import model
from model import registry, uncertainty
from model.cli import main

from .conftest import SCENARIOS

BASELINE = str(SCENARIOS / "baseline.toml")


def test_risk_writes_probabilities_fans_and_charts(tmp_path, capsys, history, baseline):
    out = tmp_path / "r"
    assert main(["risk", BASELINE, "--draws", "4000", "--seed", "3", "--out", str(out), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "4,000 draws, seed 3" in said and "All 8 economic targets together" in said
    probs = pd.read_csv(out / "probabilities.csv", encoding="utf-8-sig")
    assert probs.columns.tolist() == ["id", "probability", "above_band"]
    assert probs["id"].tolist() == [*registry.ids(), uncertainty.ALL_ID]
    api = uncertainty.run(history, baseline, draws=4000, seed=3)
    np.testing.assert_allclose(probs["probability"], api.probabilities.to_numpy(), atol=1e-6)
    # a level target's draws above its band; empty for the others
    above = probs.set_index("id")["above_band"]
    np.testing.assert_allclose(above[["grdp_multiple", "grdp_per_capita"]], api.above[["grdp_multiple", "grdp_per_capita"]],
                               atol=1e-6)
    assert above.drop(["grdp_multiple", "grdp_per_capita"]).isna().all()
    fan = pd.read_csv(out / "fan.csv", encoding="utf-8-sig")
    assert fan.columns.tolist() == ["year", "measure", "p5", "p25", "p50", "p75", "p95"]
    assert set(fan["measure"]) == set(uncertainty.FAN_MEASURES)
    assert (fan["p5"] <= fan["p95"] + 1e-9).all()
    for m in ("grdp_real_bn", "growth_real_pct", "share_pct_industry_construction", "per_capita_mvnd"):
        assert (out / f"fan_{m}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        svg = ET.fromstring((out / f"fan_{m}.svg").read_bytes())
        texts = ["".join(e.itertext()) for e in svg.iter() if e.tag.endswith("text")]
        assert "2030" in texts and any("4,000 draws" in x for x in texts)   # real text, editable


def test_without_sources_every_fan_is_the_projection(tmp_path, history, baseline):
    out = tmp_path / "r"
    assert main(["risk", BASELINE, "--draws", "50", "--sources", "", "--out", str(out)]) == 0
    fan = pd.read_csv(out / "fan.csv", encoding="utf-8-sig")
    p = model.simulate(history, baseline)
    real = fan[fan["measure"] == "grdp_real_bn"].set_index("year")
    for q in ("p5", "p50", "p95"):
        np.testing.assert_allclose(real[q], p.grdp_real.to_numpy(), rtol=1e-9)
    probs = pd.read_csv(out / "probabilities.csv", encoding="utf-8-sig").set_index("id")["probability"]
    ev = model.evaluate(p).set_index("id")
    for tid in registry.ids():
        assert probs[tid] == (1.0 if ev.at[tid, "status"] == "met" else 0.0)


def test_vietnamese_by_default(capsys):
    assert main(["risk", BASELINE, "--draws", "1000"]) == 0
    said = capsys.readouterr().out
    assert "1.000 lượt, hạt giống 0" in said and "Xác suất đạt" in said
    # each probability beside its figure and unit
    row = next(x for x in said.splitlines() if x.startswith("Tốc độ tăng trưởng GRDP bình quân"))
    assert row.split()[-6:-2] == ["7,17", ">", "9", "%/năm"]
    assert "≈ 170 triệu đồng/người" in said


@pytest.mark.parametrize("args,word", [
    (["--draws", "0"], "draws between 1 and 1000000"), (["--draws", "ten"], "a whole number of draws"),
    (["--draws", "2000000"], "draws between 1 and 1000000"), (["--seed", "-1"], "a seed between 0 and 4294967295"),
    (["--sources", "growth,weather"], "'weather': unknown source"), (["--out", " "], "empty folder name")])
def test_bad_arguments_exit_2_without_a_traceback(tmp_path, args, word):
    r = subprocess.run([sys.executable, "-m", "model", "risk", BASELINE, *args, "--lang", "en"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr and word in r.stderr


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["risk", str(tmp_path / "none.toml"), "--lang", "en"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_short_horizon_is_said(tmp_path, capsys, baseline):
    from dataclasses import replace

    f = tmp_path / "short.toml"
    model.save_scenario(replace(baseline, horizon=2028), f)
    assert main(["risk", str(f), "--draws", "100", "--lang", "en"]) == 0
    # the value, why, and the fix in the file (it said "Probabilities need a horizon of 2030 or later.")
    assert ("The horizon is 2028, before 2030: the probabilities are of the 2030 targets. Set meta.horizon in the file "
            "to 2030 or later.") in capsys.readouterr().out
    assert main(["risk", str(f), "--draws", "100"]) == 0
    assert ("Năm cuối dự báo là 2028, trước năm 2030: xác suất là của các chỉ tiêu năm 2030. Đặt meta.horizon trong "
            "tệp từ 2030 trở đi.") in capsys.readouterr().out


def test_the_parsers_default_sources_are_the_models():
    """`risk` and `brief` default to every source, written out in the parser (which imports no
    numpy): the same list as `model.uncertainty.SOURCES`, in its help too."""
    from model.cli import parser
    from model.uncertainty import SOURCES

    assert parser._ALL_SOURCES == ",".join(SOURCES)
    assert f"default all: {','.join(SOURCES)};" in parser.SOURCES_HELP
