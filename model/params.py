"""Parameters as data: every bound a scenario value must respect, defined once.

Validation (`model.scenario`), the app's controls (`ui/`), the solver's defaults and the README
all read this table, so that any value validation accepts, every control accepts, and no
control offers a value validation would refuse.

Units: rates are fractions per year (0.09 is 9 %); lengths are characters; sizes are bytes.
"""

from __future__ import annotations

import difflib
import numbers
from dataclasses import dataclass

import numpy as np

MIN_YEAR, MAX_YEAR = 2020, 2050


@dataclass(frozen=True)
class RateParam:
    """One kind of rate: its accepted range (fractions per year) and why."""

    id: str
    lo: float
    hi: float
    note: str


# Bounds that catch typing mistakes, not economic judgements: a sector can halve or double in a
# year (Hà Tĩnh's industry grew 74 % in 2018 when Formosa started), no faster; a population
# cannot change by more than a tenth in a year.
RATES: dict[str, RateParam] = {
    "growth": RateParam("growth", -0.5, 1.0, "real growth at constant 2010 prices"),
    "inflation": RateParam("inflation", -0.5, 1.0, "change of a sector's deflator"),
    "population": RateParam("population", -0.1, 0.1, "average population growth"),
    # A sector's own investment as a share of GRDP: the province's total has run at 35–50 %.
    "investment": RateParam("investment", 0.0, 1.0, "a sector's organic investment, share of GRDP"),
}

# What the record makes plausible, as opposed to possible: a value outside is accepted but
# marked, in words, wherever it is typed (an assumption, not a rule of the data). Hà Tĩnh's
# sectors grew between −28 % (industry, 2016) and +74 % (industry, 2018) in single years, but
# no sector's five-year average left −2…+25 %; 30 % a year for five years has no precedent in
# any Vietnamese province. Deflators moved within −5…+15 % a year in 2015–2025.
PLAUSIBLE: dict[str, tuple[float, float]] = {
    "growth": (-0.10, 0.30),
    "inflation": (-0.05, 0.15),
    "population": (-0.02, 0.03),
    "investment": (0.0, 0.60),
}
# A single sector's growth in one year moves further than GRDP's (2022: industry-construction
# −6.2 %, product taxes +18.0 %; a plant's first full year adds more): the Quarterly page marks
# a sector's typed figure outside this wider band.
PLAUSIBLE_SECTOR_YEAR = (-0.20, 0.50)

# Manufacturing's share of industry-construction a scenario may set (`model.industry`): wide,
# the data's band is far inside it.
MANUFACTURING_SHARE_RANGE = (0.3, 0.9)

# What the investment calculations accept as arguments (`model.investment`, `invest --share
# --icor`): a share of GRDP strictly between 0 and 1 (a fraction: 0.4 is 40 %), an ICOR from 1
# to 30 (the record's run 4–12; the bounds catch typing, not judgement).
INVESTMENT_SHARE_RANGE = (0.0, 1.0)
ICOR_RANGE = (1.0, 30.0)

# A project's delay in years, whole (`[projects.ID] delay`, `projects --delay`, the Projects
# page's boxes): a decade catches typing; a plant a decade late is a plant not built.
MAX_DELAY = 10

# A project's scale on its value added (`[projects.ID] scale`, the Projects page's box, the link):
# 1 as the catalogue gives it, 0 nothing; five times a plant's output is a typing error, not a plan.
MAX_PROJECT_SCALE = 5.0

# The cap a [solve] table may set on total social investment, % of GRDP (the published years: 32–51 %).
INVESTMENT_CAP_RANGE = (10.0, 100.0)

# A solved path that starts this many percentage points from the last actual year's growth is
# said to jump (an assumption; the solver's notes and their words read it).
JUMP_PP = 5.0

# The solver's default growth bounds come from each sector's own record (`model.record`);
# the user may widen them within RATES["growth"].
SMOOTHNESS_RANGE = (0.0, 1e6)

# Input limits: a scenario file is a few kilobytes; these stop hostile or broken input early.
MAX_FILE_BYTES = 256 * 1024
# A file's own text (comments, layout) is kept up to this size (model.scenario.file_toml): the
# style-keeping parser takes 0.4 s on 64 KB of blank lines and 3.7 s on 200 KB; a scenario with
# its notes is a few KB. Beyond it the file is written in the plain form.
MAX_KEPT_BYTES = 64 * 1024
MAX_DEPTH = 6             # nesting of tables: [solve.bounds.services] is depth 3
MAX_ISSUES = 50           # problems listed before "and N more"
MAX_KEYS = 2_000          # keys in a document, counted over every table
MAX_NAME = 64
MAX_TITLE = 200
MAX_DESCRIPTION = 2_000
MAX_SHOWN_VALUE = 40      # characters of a bad value quoted back in a message


# ---- the kinds of an API argument -------------------------------------------------------------------
# A notebook passes numpy's numbers as often as Python's, and True is an int to Python: every check
# of "a whole number" or "a number" the API makes is one of these two.


def is_whole(v) -> bool:
    """A whole number (Python's or numpy's int), not a bool."""
    return isinstance(v, numbers.Integral) and not isinstance(v, bool)


def is_number(v) -> bool:
    """A real number (Python's or numpy's int or float), not a bool; NaN and inf included."""
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


# How an economist gets each of the model's main objects: the message for an argument of the wrong
# kind says it (a scenario passed where a projection is read got "'Scenario' object has no
# attribute 'years'")
HOW_TO_GET = {"Scenario": "model.load_scenario(path) reads a file",
              "Projection": "model.simulate(history, scenario)",
              "History": "model.assemble_history()"}


def wrong_kind(what: str, kind: str, value, how: str | None = None) -> TypeError:
    """The TypeError for ``value`` passed as argument ``what`` where a model.``kind`` is needed,
    saying how to get one (``how``, by default `HOW_TO_GET`'s): `model.scenario.need_scenario`,
    `model.growth.need_projection`, `model.history.need_history` raise it, and
    `model.supply`'s check of its assumptions."""
    return TypeError(f"{what}: a model.{kind} is needed ({how or HOW_TO_GET[kind]}), not {type(value).__name__}")


def flag(value, what: str) -> bool:
    """``value`` if it is True or False, else a TypeError naming ``what``: a text such as "no"
    is true to Python, and `Workspace.save(…, overwrite="no")` replaced the file saved there."""
    if not isinstance(value, (bool, np.bool_)):   # numpy's bool (a mask's element) is not Python's
        raise TypeError(f"{what}: True or False, not {value!r:.40}")
    return bool(value)


def whole_year(value, what: str) -> int:
    """``value`` as a year, or a TypeError naming ``what``: "2025" read as text compared with
    2030 as text and was then "not in the series", which said nothing of its type."""
    if not is_whole(value):
        raise TypeError(f"{what}: a year is a whole number (2025), not {value!r:.40}")
    return int(value)


def percent_slip(value, lo: float = 0.0, hi: float = 1.0) -> str:
    """" (did you mean 0.4?)" when ``value`` reads as a percent written where a fraction from
    ``lo`` to ``hi`` is asked (40 for 0.4), else "": the API's share and fraction messages end
    with it."""
    if is_number(value) and value > 1 and lo <= value / 100 <= hi:
        return f" (did you mean {value / 100:g}?)"
    return ""


def nearest(text, choices) -> str | None:
    """The choice closest to ``text`` (difflib, its first 64 characters), or None."""
    near = difflib.get_close_matches(str(text)[:64], list(choices), n=1)
    return near[0] if near else None


def did_you_mean(text, choices) -> str:
    """" (did you mean 'x'?)" for the choice closest to ``text``, or "": the API's messages end
    an unknown id with it."""
    near = nearest(text, choices)
    return f" (did you mean {near!r}?)" if near else ""
