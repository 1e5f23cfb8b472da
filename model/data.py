"""Historical figures shipped with the package, with their provenance, and the rule that picks
among conflicting figures.

The tables under ``model/data/`` are copies of the project's reference data (see
``model/data/README.md``); every row carries ``status`` (official, preliminary, estimate),
``publisher`` and ``source_url``. Nothing here reads a path outside the package.

The preference rule (`select_preferred`), applied to rows of one year, indicator, price basis
and share basis:

1. only whole years count: a half-year, quarter or period figure never stands for a year;
2. the two share bases are never mixed: shares whose services fold product taxes in
   (``share_basis = taxes_in_services``, the planning department's habit) form a series of their
   own, apart from the statistics office's four-sector shares (``taxes_separate``);
3. a later, more final figure beats an earlier one: official > preliminary > estimate;
4. at equal status, the producer of the statistic wins: statistics office > provincial
   government > planning department > Party reports > press > secondary sources (theses);
5. any tie left is reported by ``conflicts`` rather than settled silently.

Glossary: ước tính / sơ bộ / chính thức = estimate / preliminary / official.
"""

from __future__ import annotations

import datetime
import weakref

from functools import lru_cache
from importlib import resources

import pandas as pd

from .params import whole_year

STATUS_RANK = {"official": 3, "preliminary": 2, "estimate": 1}
PUBLISHER_RANK = {
    "statistics": 6, "government": 5, "planning_department": 4, "party": 3,
    "press": 2, "secondary": 1, "national": 0,
}


def _read_csv(name: str) -> pd.DataFrame:
    """A shipped table as text columns (a fresh copy: the caller may change it)."""
    return _shipped(name).copy()


@lru_cache(maxsize=None)
def _shipped(name: str) -> pd.DataFrame:
    """A shipped table, read once per process: the package's data do not change while it runs,
    and an app page asks for the target tables a dozen times a run (2–3 ms a read)."""
    with resources.files("model").joinpath("data", name).open("r", encoding="utf-8") as f:
        return pd.read_csv(f, dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _published() -> pd.DataFrame:
    df = _read_csv("hatinh_published.csv")
    df = df.rename(columns={"year": "period"})
    df["value"] = pd.to_numeric(df["value"], errors="coerce")
    is_year = df["period"].str.fullmatch(r"\d{4}")
    df["year"] = pd.array(
        [int(p) if ok else None for p, ok in zip(df["period"], is_year)], dtype="Int64"
    )
    df["row"] = range(2, len(df) + 2)  # line number in the CSV, for citing a figure
    return df


def load_published() -> pd.DataFrame:
    """All published Hà Tĩnh figures, one row each, as shipped (a fresh copy).

    Columns: period (as printed: '2022', '2019H1', '2021-2025'), year (Int64, only for whole
    years), indicator, value (float, in ``unit``), unit, price_basis, status, publisher,
    share_basis, source_url, note, row (line in ``model/data/hatinh_published.csv``).
    """
    return _published().copy()


@lru_cache(maxsize=None)   # three tables; a smaller cache made them evict one another
def _target_table(name: str) -> pd.DataFrame:
    """A table in the targets' columns (targets_2030.csv, constraints.csv), bounds as numbers."""
    df = _read_csv(name)
    for col in ("target_low", "target_high"):
        df[col] = pd.to_numeric(df[col], errors="coerce")
    df["year"] = df["year"].astype(int)
    return df


def _targets() -> pd.DataFrame:
    return _target_table("targets_2030.csv")


def load_targets() -> pd.DataFrame:
    """The 33 quantified 2030 targets of the provincial action programme (a fresh copy)."""
    return _targets().copy()


def vintage() -> str:
    """The data vintage this package ships: the last row of `vintages.csv` (`model.vintage`)."""
    return str(_read_csv("vintages.csv")["vintage"].iloc[-1])


def latest_release() -> datetime.date:
    """The date of the latest published figure the shipped data use (the last row of
    `vintages.csv`): how current the data are. The vintage's id says when the package's copy last
    changed, which may be later: "2026-12" corrected a project's capital and added no figure
    published after 2 March 2026, so a cover saying "data of 2026-12" alone read as data to
    December."""
    return datetime.date.fromisoformat(str(_read_csv("vintages.csv")["latest_release"].iloc[-1]))


def load_target_sets() -> pd.DataFrame:
    """The target sets (`target_sets.csv`): set_id, titles, document, issued, status, periods,
    definitions, source_url, in the table's order (the first is the default; a fresh copy)."""
    return _read_csv("target_sets.csv").copy()


def load_set_targets() -> pd.DataFrame:
    """The targets of every set but the Resolution 26 programme's (`target_set_targets.csv`, in
    the targets' columns plus set_id, source_url, note; a fresh copy). The programme's own are
    `load_targets`."""
    return _target_table("target_set_targets.csv").copy()


def load_constraints() -> pd.DataFrame:
    """What the solver may also be asked to respect that no plan publishes (the targets' columns;
    a bound left empty is set from the record at run time): total social investment as a share
    of GRDP, capped (a fresh copy)."""
    return _target_table("constraints.csv").copy()


def load_solver_targets() -> pd.DataFrame:
    """Every target of every set and the constraints, each id once (the programme's first):
    every id the solver can name (a fresh copy)."""
    return _solver_targets().copy()


def solver_target_unit(target_id: str) -> str:
    """The unit code of any target the solver can name ("percent", "percent_per_year", "times",
    "million_vnd_per_person"…): a dict kept per process, where a frame indexed at each call took
    1 ms, eight times a run of the Scorecard. KeyError for an unknown id."""
    return _solver_target_units()[target_id]


@lru_cache(maxsize=1)
def _solver_target_units() -> dict[str, str]:
    t = _solver_targets()
    return dict(zip(t["id"], t["unit"]))


@lru_cache(maxsize=1)
def _solver_targets() -> pd.DataFrame:
    other = _target_table("target_set_targets.csv").drop(columns=["set_id", "source_url", "note"])
    both = pd.concat([_targets(), _target_table("constraints.csv"), other], ignore_index=True)
    return both.drop_duplicates("id").reset_index(drop=True)


@lru_cache(maxsize=4)
def actual_years(base_year: int = 2020) -> tuple[int, int]:
    """First and last year of the shipped history: the base year, and the last whole year with
    a published real GRDP growth rate (cheap: no panel is assembled)."""
    base_year = whole_year(base_year, "actual_years: base_year")   # 'x' came back as ('x', 2025)
    sel = _published()
    years = sel.loc[(sel["indicator"] == "grdp_real_growth") & sel["year"].notna(), "year"]
    return base_year, int(years.max())


def load_plan_targets() -> pd.DataFrame:
    """Targets of related plans (Provincial Plan 2021–2030, congress resolutions), as printed."""
    return _read_csv("hatinh_plan_targets.csv")


def _ranked(records: pd.DataFrame) -> pd.DataFrame:
    df = records[records["year"].notna()].copy()
    df["_status"] = df["status"].map(STATUS_RANK).fillna(0)
    df["_publisher"] = df["publisher"].map(PUBLISHER_RANK).fillna(0)
    return df.sort_values(["_status", "_publisher", "row"], ascending=[False, False, True])


_KEY = ["year", "indicator", "price_basis", "share_basis"]


def select_preferred(records: pd.DataFrame | None = None) -> pd.DataFrame:
    """One figure per (year, indicator, price basis, share basis), chosen by the rule above.

    Returns the chosen rows with a column ``alternatives`` counting the figures passed over.
    """
    df = _ranked(load_published() if records is None else records)
    counts = df.groupby(_KEY, dropna=False)["value"].transform("size")
    df["alternatives"] = counts - 1
    best = df.drop_duplicates(_KEY, keep="first")
    return best.drop(columns=["_status", "_publisher"]).sort_values(["indicator", "year"])


def conflicts(records: pd.DataFrame | None = None) -> pd.DataFrame:
    """Groups where two figures have the same status and publisher rank but different values:
    the rule cannot choose on merit, so the first listed wins and the tie is shown here."""
    df = _ranked(load_published() if records is None else records)
    top = df.groupby(_KEY, dropna=False).head(2)
    out = []
    for _, g in top.groupby(_KEY, dropna=False):
        if len(g) == 2:
            a, b = g.iloc[0], g.iloc[1]
            if (a["_status"], a["_publisher"]) == (b["_status"], b["_publisher"]) and a["value"] != b["value"]:
                out.append(g)
    cols = ["year", "indicator", "value", "status", "publisher", "source_url"]
    return pd.concat(out)[cols] if out else pd.DataFrame(columns=cols)


def preferred_value(indicator: str, year: int, selected: pd.DataFrame | None = None,
                    share_basis: str = "") -> pd.Series | None:
    """The preferred row for one indicator and year, or None when no figure is published."""
    sel = select_preferred() if selected is None else selected
    return _index(sel).get((indicator, int(year), share_basis))


# One lookup table per selected frame, made on its first use: assembling the history asks
# for ~100 figures, and filtering the frame for each cost 0.17 s of every process's start.
_INDEXES: dict[int, tuple] = {}


def _index(sel: pd.DataFrame) -> dict:
    hit = _INDEXES.get(id(sel))
    if hit is not None and hit[0]() is sel:
        return hit[1]
    index: dict = {}
    for k in range(len(sel)):
        row = sel.iloc[k]
        index.setdefault((row["indicator"], int(row["year"]), row["share_basis"]), row)
    if len(_INDEXES) > 16:
        _INDEXES.clear()
    _INDEXES[id(sel)] = (weakref.ref(sel), index)
    return index
