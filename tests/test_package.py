"""Package hygiene: a light, UI-free import."""

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path


def test_import_model_does_not_import_streamlit_or_matplotlib():
    code = ("import sys, model; "
            "print('streamlit' in sys.modules, 'matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_data_ships_inside_the_package():
    from importlib import resources
    names = {p.name for p in resources.files("model").joinpath("data").iterdir()}
    assert {"hatinh_published.csv", "targets_2030.csv", "hatinh_plan_targets.csv"} <= names


def test_every_subpackage_is_listed_for_the_wheel():
    """pyproject.toml names the packages a wheel carries; one left out installs without it (the
    editable install the tests use would not notice)."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    listed = set(tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "model").rglob("__init__.py")}
    assert listed == found


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
                 lambda: model.consistency_report(history, path), lambda: model.required_growth(history, path),
                 lambda: model.analysis.project_variants(history, path, "lng_vung_ang_3"),
                 lambda: model.file_toml(path), lambda: model.save_scenario(path, "out.toml")):
        with pytest.raises(TypeError, match=r"^scenario: a model.Scenario is needed \(model.load_scenario\(path\)"):
            call()
    with pytest.raises(TypeError, match=r"^history: a model.History is needed \(model.assemble_history\(\)\), not NoneType"):
        model.simulate(None, baseline)
    with pytest.raises(TypeError, match=r"^projection: a model.Projection is needed .*, not Scenario$"):
        model.evaluate(baseline)
    assert model.evaluate(model.simulate(history, baseline)).shape[0] == 33
    # the set passed where the table goes got "'str' object has no attribute 'to_dict'"
    p = model.simulate(history, baseline)
    with pytest.raises(TypeError, match=r"^targets: a table in the targets' columns \(a pandas DataFrame\) is "
                                        r"needed, not str; to judge by a set, write set_id='plan_2026_2030'$"):
        model.evaluate(p, "plan_2026_2030")
    assert model.evaluate(p, set_id="plan_2026_2030").shape[0] == len(model.registry.set_records("plan_2026_2030"))
    # a file's path compared got "'str' object has no attribute 'horizon'"
    with pytest.raises(TypeError, match=r"^diff_scenarios: b: a model.Scenario is needed \(model.load_scenario"):
        model.diff_scenarios(baseline, path)
    with pytest.raises(TypeError, match=r"^threshold_pp: a number of percentage points \(1.0\), not '1'$"):
        model.analysis.project_jumps(p, "1")
    # the modules an economist calls from a notebook: a scenario passed where a projection or the
    # history is read got "'Scenario' object has no attribute 'years'" (or 'real', 'last_year')
    from model import (analysis, backtest, growth, industry, investment, projects, quarterly, supply, target_sets,
                       vintage)
    from model.params import HOW_TO_GET

    # each called with the baseline scenario (or a file's path) in the argument named
    readers = {"Projection": [(investment.required_investment, "p"), (investment.need_inputs, "p"),
                              (investment.project_capital_share, "p"), (supply.needs, "projection"),
                              (industry.branch_shares, "projection"), (industry.split_checks, "projection"),
                              (vintage.answers, "projection"), (lambda x: vintage.reopened(baseline, x), "projection"),
                              (analysis.project_jumps, "projection")],
               "History": [(f, "history") for f in (investment.icor_record, investment.investment_record, supply.record,
                                                    supply.accounting, backtest.sector_backtest, backtest.real_grdp,
                                                    industry.split_provenance, quarterly.backtest,
                                                    model.consistency_report)] + [
                       (lambda x: growth.base_inputs(x, baseline), "history"),
                       (lambda x: model.solver.frontier(x, baseline), "history"),
                       (lambda x: target_sets.growth_target(x, None), "history")],
               "Scenario": [(analysis.project_ids, "scenario"), (analysis.effect_measures, "scenario"),
                            (lambda x: vintage.stamp(x, p), "scenario"),
                            (lambda x: analysis.project_effects(history, x), "scenario"),
                            (lambda x: model.attribution.changed_factors(baseline, x), "b"),
                            (lambda x: model.consistency.set_findings(history, x), "scenario"),
                            # the kernel's inputs, the frontier, the attribution's outcomes, the
                            # targets a solve poses, a scenario's own check: "no attribute 'horizon'"
                            (lambda x: growth.base_inputs(history, x), "scenario"),
                            (lambda x: model.solver.frontier(history, x), "scenario"),
                            (lambda x: model.attribution.outcomes(history, x), "scenario"),
                            (model.solver.posed, "scenario"), (model.scenario.check, "scenario"),
                            (lambda x: model.solver.api.solve_variant(history, x), "scenario")]}
    for kind, calls in readers.items():
        for call, what in calls:
            with pytest.raises(TypeError, match=rf"^{what}: a model.{kind} is needed \({re.escape(HOW_TO_GET[kind])}\), not "):
                call(path if kind == "Scenario" else baseline)
    with pytest.raises(TypeError, match=r"^a: a model.supply.Assumptions is needed \(supply.Assumptions\(alpha=0.5, "):
        supply.accounting(history, 0.5)
    for call, name in ((lambda: projects.utilisation("2024"), "utilisation: last"),
                       (lambda: projects.project_value_added("2024"), "project_value_added: last"),
                       (lambda: backtest.project_value_added_by_sector("2024"), "project_value_added_by_sector: last")):
        with pytest.raises(TypeError, match=rf"^{name}: a year is a whole number \(2025\), not '2024'$"):
            call()
    # a scenario's text as bytes ("'bytes' object has no attribute 'encode'"), a list for its tables
    # ("object of type 'int' has no len()"), a scenario for the history's base year (('x', 2025) back)
    text = (Path(__file__).parents[1] / path).read_bytes()
    assert model.parse_scenario(text) == model.parse_scenario(text.decode("utf-8"))
    with pytest.raises(model.ScenarioError, match="UTF-8"):
        model.parse_scenario("tên = 1".encode("cp1258"))
    with pytest.raises(TypeError, match=r"^text: the TOML text of a scenario is needed \(str or bytes; .*not PosixPath$"):
        model.parse_scenario(Path(path))
    with pytest.raises(TypeError, match=r"^data: a scenario is a mapping of its TOML tables .*, not list$"):
        model.scenario_from_dict([1])
    with pytest.raises(TypeError, match=r"^actual_years: base_year: a year is a whole number \(2025\), not 'x'$"):
        model.actual_years("x")
    # the deck's scenarios: one alone got "object of type 'Scenario' has no len()"
    from model.report import deck
    with pytest.raises(TypeError, match=r"^scenarios: a list of model.Scenario is needed \(\[scenario\] for one\), "
                                        r"not Scenario$"):
        deck.build(history, baseline, draws=0)
    with pytest.raises(TypeError, match=r"^scenarios\[1\]: a model.Scenario is needed \(model.load_scenario"):
        deck.build(history, [baseline, path], draws=0)
    # the charts of a projection, and the files of a run: a scenario got "no attribute 'years'"
    from model.report import charts, export, views
    for call in [lambda n=n: charts.of_projection(baseline, n) for n in charts.PROJECTION] + [
            lambda: charts.targets_drawn(baseline, "structure"), lambda: views.shares_table(baseline),
            lambda: views.contributions_table(baseline)]:
        with pytest.raises(TypeError, match=r"^p: a model.Projection is needed \(model.simulate\(history, scenario\)\), "
                                            r"not Scenario$"):
            call()
    with pytest.raises(TypeError, match=r"^projections\['B'\]: a model.Projection is needed .*, not Scenario$"):
        charts.compare({"A": p, "B": baseline}, "growth")
    with pytest.raises(ValueError, match=r"^name: one of grdp_nominal, .*, not 'gdp'$"):
        charts.of_projection(p, "gdp")
    with pytest.raises(TypeError, match=r"^projection: a model.Projection is needed .*, not Scenario$"):
        export.write_run(baseline, None, "unused")
    # a yes/no written as text is true to Python: overwrite="no" replaced the files it guards
    # (`Workspace.save` and `quarterly` alike: their own tests)
    with pytest.raises(TypeError, match=r"^overwrite: True or False, not 'no'$"):
        export.write_solve(None, None, None, "unused", overwrite="no")
    with pytest.raises(TypeError, match=r"^base: a model.kernel.Base is needed \(model.growth.base_inputs\(history, "
                                        r"scenario\)\), not Scenario$"):
        model.kernel.run(baseline)


def test_a_notebook_prints_the_main_objects_in_a_few_lines(history, baseline):
    """`projection` as a notebook cell's last line printed the scenario and the whole history
    (about 300 lines, the provenance cut by pandas); `history`, an uncertainty run (its fan, 250
    lines) and a solve's result alike. Each now says in one line what it is, with its headline
    numbers and their units."""
    import model

    p = model.simulate(history, baseline)
    text = repr(p)
    assert "\n" not in text and len(text) < 400
    g = 100 * (p.grdp_real[2030] / p.grdp_real[2025]) ** (1 / 5) - 100
    assert text == (f"<Projection 'baseline' 2020–2030, actual years to 2025: GRDP 2030 "
                    f"{p.grdp_nominal[2030]:,.0f} bn VND at current prices, {p.grdp_real[2030]:,.0f} bn VND "
                    f"at constant 2010 prices, {p.per_capita_mvnd[2030]:.1f} million VND a person; "
                    f"real GRDP growth 2026–2030 {g:.2f} % a year>")
    assert "209,590 bn VND at current prices" in text  # the baseline's 2030, as projection.csv has it

    # the scenario: its rates in percent a year, the projects on and the set it is judged by
    assert repr(baseline) == (
        "<Scenario 'baseline' 'Kịch bản cơ sở (xu hướng 2022–2025)' to 2030 (% a year): growth agriculture 1.7, "
        "industry_construction 7.3, services 7.5, product_taxes 6.7; inflation 2.0, 2.8, 2.5, 2.9; population 0.6; "
        "projects on: vung_ang_2, vinfast_ev>")
    mine = baseline.with_rate("sectors.industry_construction.growth",
                              model.RatePath.by_year({2026: 0.1, 2030: 0.12})).with_rate(
        "sectors.services.investment", model.RatePath.const(0.15))
    mine = replace(mine, title_vi="T" * 200, targets_set="plan_2026_2030", last_actual_year=2024, projects={})
    text = repr(mine)
    assert ("industry_construction 10.0 (2026) to 12.0 (2030), services investment 15.0 % of GRDP" in text
            and "projects on: none; judged by plan_2026_2030>" in text and " to 2025–2030 " in text)
    assert "\n" not in text and len(text) < 400 and "T" * 79 + "…'" in text

    h = repr(history)
    assert h.startswith("<History 2020–2025 of agriculture, industry_construction, services, product_taxes: ")
    assert f"{len(history.provenance)} cells with their source in .provenance" in h and "\n" not in h

    from model.report import fmt

    u = model.uncertainty.run(history, baseline, draws=1000)
    text = repr(u)
    assert "\n" not in text and text.startswith("<RiskResult 1,000 draws, seed 0, sources growth, prices, ")
    assert f"grdp_growth_avg {fmt.num(100 * u.probabilities['grdp_growth_avg'], 'en', 1)} %" in text

    r = model.solve(history, baseline)
    s = repr(r)
    assert s.startswith(f"<SolveResult success={r.success} status={r.status}: {r.message} free=")
    assert f"missed={r.missed}" in s and "Scenario(" not in s and "\n" not in s
