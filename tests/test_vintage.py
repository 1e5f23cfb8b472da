"""Data vintages (issue 16): the history carries its vintage, a file written by the package
records it with its 2030 answers, and a file from an older vintage opens with a note of what
changed and how its answers moved."""

from __future__ import annotations

import pytest

import model
from model import vintage
from model.cli import main

from .conftest import SCENARIOS

OLD = """
[meta]
vintage = "2025-12"
[meta.answers]
grdp_growth_avg = 7.05
grdp_multiple = 2.53
"""


def test_the_history_carries_its_vintage(history):
    assert history.vintage == vintage.current() == "2026-12"
    assert list(vintage.vintages()["vintage"]) == ["2025-12", "2026-03", "2026-12"]


def test_a_written_file_records_its_vintage_and_answers(baseline, baseline_projection):
    sc = vintage.stamp(baseline, baseline_projection)
    again = model.parse_scenario(sc.to_toml())
    assert again.vintage == "2026-12"
    ev = model.evaluate(baseline_projection).set_index("id")["value"]
    assert again.answers["grdp_growth_avg"] == pytest.approx(ev["grdp_growth_avg"], abs=1e-4)
    assert set(again.answers) == set(model.registry.headline())
    assert model.diff_scenarios(baseline, again) == []          # not an assumption
    assert vintage.reopened(again, baseline_projection) is None  # made with the data of now


def _older(baseline) -> model.Scenario:
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8")
    text = text.replace("[meta]\n", "[meta]\nvintage = \"2025-12\"\n", 1)
    text += "\n[meta.answers]\ngrdp_growth_avg = 7.05\ngrdp_multiple = 2.53\n"
    return model.parse_scenario(text)


def test_an_older_file_reopens_with_its_note(baseline, baseline_projection):
    old = _older(baseline)
    assert old.vintage == "2025-12" and old.answers == {"grdp_growth_avg": 7.05, "grdp_multiple": 2.53}
    r = vintage.reopened(old, baseline_projection)
    assert r.then == "2025-12" and r.now == "2026-12"
    assert [c[0] for c in r.changes] == ["2026-03", "2026-12"] and "Vũng Áng 2" in r.changes[0][2]
    assert "Formosa phase 2" in r.changes[1][2] and "Formosa giai đoạn 2" in r.changes[1][1]
    was, now = r.moved["grdp_growth_avg"]
    assert was == 7.05 and now == pytest.approx(model.evaluate(baseline_projection).set_index("id").at[
        "grdp_growth_avg", "value"], abs=1e-4)
    from model.report.views import vintage_lines

    en = vintage_lines(r, "en")
    assert en[0] == "This scenario was made with the data of 2025-12; the data now: 2026-12."
    assert any(line.startswith("Average real GRDP growth 2021-2030: 7.05 when made, 7.17 now (+0.12)") for line in en)
    assert vintage_lines(r, "vi")[0].startswith("Kịch bản này được lập với số liệu cập nhật 2025-12")


def test_the_cli_says_it(tmp_path, capsys, baseline):
    f = tmp_path / "old.toml"
    f.write_text(_older(baseline).to_toml(), encoding="utf-8")
    assert main(["validate", str(f), "--lang", "en"]) == 0
    assert "was made with the data of 2025-12" in capsys.readouterr().out
    assert main(["validate", str(f)]) == 0   # Vietnamese by default
    said = capsys.readouterr().out
    assert ": hợp lệ (" in said and "được lập với số liệu cập nhật 2025-12; số liệu hiện nay: 2026-12" in said
    assert main(["run", str(f), "--out", str(tmp_path / "o"), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "note: This scenario was made with the data of 2025-12" in said and "7.05 when made" in said


@pytest.mark.parametrize("extra, words", [
    ('vintage = "last year"', "2026-03"),
    ('vintage = 2025', "2026-03"),
])
def test_a_bad_vintage_is_refused_plainly(extra, words):
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8").replace("[meta]\n", f"[meta]\n{extra}\n", 1)
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text)
    assert "meta.vintage" in e.value.lines("en")[0] and words in e.value.lines("en")[0]


def test_answers_are_bounded():
    many = "\n".join(f"t{i} = {i}" for i in range(25))
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + f"\n[meta.answers]\n{many}\n"
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text)
    assert "meta.answers" in e.value.lines("en")[0]


def test_a_file_records_the_answers_of_the_set_it_is_judged_by(history):
    """The congress file is judged by the Congress's targets: its recorded answers were the
    programme's four (growth 2021–2030, 2030 over 2020…), so a data update would have said how
    figures moved that the file's own Scorecard does not show. It records its own set's headline;
    a file recorded under another set is still compared on what it recorded."""
    congress = model.load_scenario(SCENARIOS / "congress_2025.toml")
    p = model.simulate(history, congress)
    sc = vintage.stamp(congress, p)
    assert tuple(sc.answers) == model.registry.headline("congress_20") == (
        "grdp_growth_avg_2026_2030", "grdp_multiple_2025", "grdp_per_capita_168")
    ev = model.evaluate(p, set_id="congress_20").set_index("id")["value"]
    assert sc.answers["grdp_growth_avg_2026_2030"] == pytest.approx(ev["grdp_growth_avg_2026_2030"], abs=1e-4)
    old = model.parse_scenario(sc.to_toml().replace('vintage = "2026-12"', 'vintage = "2025-12"').replace(
        "[meta.answers]\n", "[meta.answers]\ngrdp_growth_avg = 8.0\nnot_a_target = 1.0\n"))
    r = vintage.reopened(old, p)
    assert r.moved["grdp_growth_avg"] == (8.0, pytest.approx(model.evaluate(p, set_id="nq26_programme").set_index("id").at["grdp_growth_avg", "value"], abs=1e-4))
    assert r.moved["grdp_multiple_2025"][0] == r.moved["grdp_multiple_2025"][1] == sc.answers["grdp_multiple_2025"]
    assert r.moved["not_a_target"] == (1.0, None)   # not shown (views.vintage_lines skips it)
