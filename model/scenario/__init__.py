"""Scenarios: the assumptions of a projection, read from and written to TOML, validated.

A scenario file (every rate a fraction per year, e.g. 0.09 for 9 %)::

    [meta]
    name = "baseline"                 # letters without accents, digits, '_' or '-'
    title_vi = "Kịch bản cơ sở"
    title_en = "Baseline"             # optional
    description = "..."               # optional, Vietnamese
    description_en = "..."            # optional, English
    horizon = 2030                    # last projected year, up to 2050
    last_actual_year = 2025           # optional; default the last year of the shipped history

    [population]
    growth = 0.006                    # average population growth

    [sectors.agriculture]             # likewise industry_construction, services, product_taxes
    growth = 0.03                     # real growth (constant 2010 prices)
    inflation = 0.025                 # change of the sector deflator

    [solve]                           # optional: what `python -m model solve` solves for
    targets = ["grdp_growth_avg", "grdp_multiple"]   # default: the seven economic targets and investment_share
    free = ["industry_construction", "services"]     # default: agriculture, industry-construction, services
    method = "constant"               # constant | ramp | free
    approx = "band"                   # "≈" targets as target ± tolerance (band) or exact (equal)
    smoothness = 1.0                  # weight of year-to-year changes (free and ramp paths)
    taxes = "follow"                  # product taxes follow their tax base, or "held"
    prices = ["services"]             # sectors whose relative price may move too (default none)
    investment_cap = 60.0             # cap on total social investment, % of GRDP (default: the record's
                                      # highest share plus 5 pp: model.solver.investment_cap)
    [solve.priorities]
    grdp_growth_avg = 10              # weight of a target's miss when targets conflict (default 1)
    [solve.bounds.industry_construction]
    min = 0.0                         # bounds on the solved growth, fractions per year; a side
    max = 0.25                        # left out is the sector's record (model.record)

A rate is either a number (the same every year) or a table of year = value pairs, e.g.
``growth = { 2026 = 0.12, 2030 = 0.09 }``: the rate moves linearly between the listed years and
stays at the first (last) value before (after) them. Two years make a linear ramp; every year
listed makes a year-by-year path.

Validation collects every problem (up to `params.MAX_ISSUES`), each an `Issue` with the TOML
path, a message code and its parameters; `model.report.strings` words it in Vietnamese or
English. Rates are fractions: a value like 9 is rejected with "did you mean 0.09?". Input is
bounded (file size, nesting depth, number of keys, text lengths). No code from a file is ever
executed.

The package: `types` (what a scenario is, and the problems a file can have), `validate` (a
parsed document checked and built into a `Scenario`), `files` (TOML read and written, atomically).

Glossary: kịch bản = scenario; năm cuối dự báo = horizon; năm thực tế cuối cùng = last actual year.
"""

from .checks import RATE_BOUNDS, shown
from .files import (TMP_SUFFIX, file_text, file_toml, load_scenario, parse_scenario, read_text_file, save_scenario,
                    write_atomic, write_new)
from .tables import solve_settings_from_dict
from .types import (INVESTMENT_FIELDS, MAX_PROJECTS, MAX_YEAR, MIN_YEAR, PRIORITY, RATE_FIELDS, Change,
                    Issue, RatePath, Scenario, ScenarioError, SectorAssumption, SolveSettings,
                    diff_scenarios, frac_to_pct, need_scenario, pct_to_frac, rate_kind, suggest_name, valid_name)
from .validate import check, checked, scenario_from_dict

__all__ = ["INVESTMENT_FIELDS", "MAX_PROJECTS", "MAX_YEAR", "MIN_YEAR", "PRIORITY", "RATE_BOUNDS", "RATE_FIELDS",
           "TMP_SUFFIX", "Change", "check", "checked", "file_text", "file_toml", "Issue", "RatePath", "Scenario", "ScenarioError", "SectorAssumption",
           "SolveSettings", "diff_scenarios", "frac_to_pct", "need_scenario", "load_scenario", "parse_scenario", "pct_to_frac",
           "rate_kind", "read_text_file", "save_scenario", "scenario_from_dict", "shown",
           "solve_settings_from_dict", "suggest_name", "valid_name", "write_atomic", "write_new"]
