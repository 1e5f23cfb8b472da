"""Hà Tĩnh 2030 scenario simulator: the public API.

    import model
    history = model.assemble_history()                 # published record → consistent panel
    scenario = model.load_scenario("scenarios/baseline.toml")
    projection = model.simulate(history, scenario)      # actual years, then projected
    model.evaluate(projection)                          # its file's target set (the programme's 33): value, gap, status
    result = model.solve(history, scenario)             # growth paths that reach the targets
    model.consistency_report(history, scenario)         # what the targets imply, plainly
    model.uncertainty.run(history, scenario)            # how likely each target is: fans, probabilities
    model.supply.needs(projection)                      # capital, labour, TFP the path needs vs the record

Presentation (words, frames, charts, files) lives in `model.report`; chart libraries load only when used;
``import model`` never imports streamlit.
"""

from .accounts import (calc_average_growth, calc_contributions_pp, calc_deflator, calc_growth,
                       calc_nominal, calc_per_capita, calc_shares, calc_total, compound)
from .data import (actual_years, conflicts, load_plan_targets, load_published, load_targets,
                   select_preferred)
from .growth import Projection, project_levels, simulate
from .history import History, HistoryError, assemble_history
from .scenario import (Change, Issue, RatePath, Scenario, ScenarioError, SectorAssumption,
                       SolveSettings, diff_scenarios, file_toml, load_scenario, parse_scenario, save_scenario,
                       scenario_from_dict, write_atomic)
from .sectors import SECTOR_IDS, SECTORS
from .solver import SolveResult, SolverError, TargetSpec, solve, target_specs
from .consistency import consistency_report, required_growth
from .targets import evaluate, structure_rounding
from .workspace import Workspace, WorkspaceError
# submodules of the public API
from . import (analysis, attribution, backtest, investment, kernel, projects, record, registry,  # noqa: E402,F401
               quarterly, supply, target_sets, uncertainty, vintage)

__all__ = [
    "History", "HistoryError", "Issue", "Projection", "RatePath", "SECTORS", "SECTOR_IDS",
    "Scenario", "ScenarioError", "SectorAssumption", "actual_years", "assemble_history",
    "calc_average_growth", "calc_contributions_pp", "calc_deflator", "calc_growth",
    "calc_nominal", "calc_per_capita", "calc_shares", "calc_total", "compound", "conflicts",
    "evaluate", "file_toml", "load_plan_targets", "load_published", "load_scenario", "load_targets",
    "parse_scenario", "project_levels", "save_scenario", "scenario_from_dict",
    "select_preferred", "simulate", "structure_rounding", "write_atomic",
    "SolveResult", "SolverError", "TargetSpec", "solve", "target_specs",
    "consistency_report", "required_growth", "SolveSettings", "Change", "diff_scenarios",
    "Workspace", "WorkspaceError",
]
