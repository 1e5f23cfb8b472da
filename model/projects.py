"""Named investment projects: what they add to real value added, and what they cost.

A project p in sector s, at capacity, adds value added VA_p (billion VND a year at constant
2010 prices). From its first year of operation T_p, delayed by d_p years, it ramps up:

    R_s(t) = R_s^org(t) + Σ_p q_p · k_p · VA_p · a_p(t),   a_p(t) = u_p(t) − ramp_p(L)
    u_p(t) = ramp_p(t)                                t ≤ L   (the record: as it ran)
    u_p(t) = max(ramp_p(t − d_p), ramp_p(L))           t > L

with ramp_p(t) = 0 before T_p, then the listed fractions (e.g. 0.15, 1 for a plant that ran a
quarter of its first year), then 1; q_p is 1 (on) or 0 (off), k_p a scale the user sets, L the
last actual year. Only the increment over L is added: what a project produced up to L is already
in the published record, and a delay cannot move it. For a project not started by L
(ramp_p(L) = 0) a delay moves its start; for one producing by L (Vũng Áng 2 at 1.5 % of capacity
in 2025) it holds the plant at its recorded share for d_p years and moves the rest of its
ramp-up; for one at capacity by L it changes nothing (`Project.added`; a file that sets one
is told so: `inert_settings`). Capital spending C_p(y) (billion VND at current prices, by year,
split by source: state, non-state domestic, FDI) moves with the delay too, except what was spent
by L, which is data (`Project.capex_at`).

Value added at capacity is calibrated, never typed in: each project names a method, computed
here from published rows (`calibration`):

- ``power_attribution``: the statistics office attributed +3.83 pp of Q1-2024 GRDP growth to
  Vũng Áng 1 (1.2 GW), whose output rose 68 % (the same release). With the quarter's GRDP taken
  as a quarter of 2023's (an assumption), the plant's value added at full output is
  4 · 0.0383 · R(2023)/4 · 1.68 / 0.68 a year; per GW, times the project's GW and a technology
  factor (1 for coal; 0.75 for gas, whose fuel is a larger share of output: an assumption). The
  conflicting +36.13 % output figure gives the high end of the band.
- ``steel_industry_2018``: industry's official value added at 2010 prices rose from 7,894.92
  (2017) to 13,770.29 billion VND (2018), the year Formosa's second blast furnace came in; with
  a third of phase 1's 7.5 million tonnes running in 2017 and five sixths in 2018, phase 1 at
  capacity is 2 · (13,770.29 − 7,894.92) = 11,751, per million tonnes a year 11,751 / 7.5. The
  press figure "Formosa contributes 31 % of GRDP" (2025, basis unclear) would give 0.31 · R(2025)
  / 5.68 million tonnes of billets, 2.3 times as much per tonne: more than all of industry's
  official 2018 level, so it is only the high end of the band (low: 0.8 × the central value).
- ``pack_attribution``: VinES packs added +0.41 pp in Q1-2024 at 13 % of the year's plan:
  0.0041 · R(2023)/4 / 0.13 a year at plan.
- A power plant's calibrated value added is its output at the maximum (Q1-2024: "both units at
  maximum"); a normal year runs at its ``load_factor`` of that (projects table: 0.85 for the coal
  plants, 0.70 for LNG, assumptions with their bands in the row's note). ``va`` is the normal
  year, used alike by the projection and the backtest (`utilisation`); other methods are
  calibrated on a normal year already (load factor 1).
- ``capital_ratio`` (no attribution published): capital / GRDP deflator of the last capex year
  × an output-capital ratio (the project's ``va_factor``, an assumption); band ±50 %.

Glossary: dự án = project; công suất = capacity; giá trị tăng thêm = value added;
vốn đầu tư = capital spending; lùi tiến độ = delay; nhà nước / ngoài nhà nước / FDI = state /
non-state domestic / foreign direct investment.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .data import _read_csv, load_published
from .kernel import ProjectArrays
from .params import did_you_mean, whole_year
from .sectors import SECTOR_IDS

SOURCES = ("state", "nonstate", "fdi")
METHODS = ("power_attribution", "steel_industry_2018", "pack_attribution", "capital_ratio", "given")


@dataclass(frozen=True)
class Project:
    """One project. ``va`` is value added at capacity (billion VND a year, constant 2010
    prices) with its band (``va_low``, ``va_high``); ``capex`` (year, billion VND at current
    prices) pairs; ``sources`` the state / non-state / FDI fractions of its capital."""

    id: str
    name_vi: str
    name_en: str
    sector: str
    first_year: int
    ramp: tuple[float, ...]
    va: float
    va_low: float
    va_high: float
    capex: tuple[tuple[int, float], ...] = ()
    sources: tuple[float, float, float] = (0.0, 1.0, 0.0)
    probability: float = 1.0
    branch: str = ""
    status: str = ""
    default_on: bool = False
    va_method: str = "given"
    load_factor: float = 1.0
    source_url: str = ""
    note: str = ""

    @cached_property
    def _profile(self) -> np.ndarray:
        # 0 for "not yet", then the ramp: index k + 1 for k years after the first year
        return np.concatenate([[0.0], np.asarray(self.ramp, float)])

    @cached_property
    def sector_index(self) -> int:
        return SECTOR_IDS.index(self.sector)

    def name_in(self, lang: str) -> str:
        """The name in ``lang`` (`name_in`)."""
        return name_in(self.name_vi, self.name_en, lang)

    def ramp_at(self, years: np.ndarray, delay: int = 0) -> np.ndarray:
        """Fraction of capacity running in each year (0 before the first year, then the ramp)."""
        k = np.asarray(years) - (self.first_year + delay) + 1
        return self._profile[np.clip(k, 0, len(self.ramp))]

    def full_year(self, delay: int = 0, last_actual: int | None = None) -> int:
        """The first year at full capacity: the ramp's last step, moved by the delay. Given
        ``last_actual``, a plant at capacity by then keeps its year (a delay moves only what is
        not yet running: `added`)."""
        planned = self.first_year + len(self.ramp) - 1
        return planned if last_actual is not None and self.at_capacity(last_actual) else planned + delay

    def at_capacity(self, last_actual: int) -> bool:
        """At full capacity by ``last_actual`` as planned: its output is the record's, and no
        delay or scale moves it after then (`added`)."""
        return self.full_year() <= last_actual

    def recorded_start(self, last_actual: int) -> int | None:
        """The first year of output when the record holds it (not after ``last_actual``), else
        None: such a start is data, which a delay cannot move (`added`); the uncertainty draws
        whether a project goes ahead and its slips only for the others (`model.analysis.started`)."""
        return self.first_year if self.first_year <= last_actual else None

    def added(self, years, last_actual: int, delay: int = 0) -> np.ndarray:
        """Fraction of capacity running in each of ``years`` over the last actual year L
        (negative before L, where the record held less): a(t) = u(t) − ramp(L), with
        u(t) = ramp(t) up to L (the record is data: the plant ran as planned, whatever the
        delay) and u(t) = max(ramp(t − d), ramp(L)) after it (what was not running at L comes
        d years later). Vũng Áng 2 (0.015, 0.7, 1 from 2025) two years late: 0, 0, 0.685,
        0.985 in 2026–2029 where on time it is 0.685, 0.985, 0.985, 0.985."""
        years = np.asarray(years)
        base = self.ramp_in(last_actual)
        later = np.maximum(self.ramp_at(years, delay), base)
        return np.where(years <= last_actual, self.ramp_at(years), later) - base

    def ramp_in(self, year: int, delay: int = 0) -> float:
        """`ramp_at` for one year, without arrays."""
        k = year - (self.first_year + delay)
        return 0.0 if k < 0 else self.ramp[min(k, len(self.ramp) - 1)]

    def capex_at(self, years: np.ndarray, last_actual: int, delay: int = 0) -> np.ndarray:
        """Capital spending in each year, billion VND at current prices: what was spent by
        ``last_actual`` stays where it was (data, as the output in `added`); the rest moves by
        the delay (Vũng Áng 2 two years late adds no capital after 2025: it is built)."""
        by_year = {y if y <= last_actual else y + delay: v for y, v in self.capex}
        return np.array([by_year.get(int(y), 0.0) for y in years])


@dataclass(frozen=True)
class ProjectSetting:
    """A scenario's choice for one project: on or off, a delay in years, a scale on its
    value added, and (for a project of the user's own) its whole definition."""

    on: bool = True
    delay: int = 0
    scale: float = 1.0
    definition: Project | None = None


# ---- calibration ----------------------------------------------------------------------------
def _ref(indicator: str, period: str) -> tuple[str, str, float, int]:
    """A published figure as a reference: (period, indicator, value, row of the published table)."""
    df = load_published()
    rows = df[(df["indicator"] == indicator) & (df["period"] == period)]
    if rows.empty:
        raise KeyError(f"no published {indicator} for {period}")
    r = rows.iloc[0]
    return period, indicator, float(r["value"]), int(r["row"])


def _ref_text(ref: tuple[str, str, float, int]) -> str:
    period, indicator, v, row = ref
    return f"{period} {indicator} = {v} (row {row})"


@lru_cache(maxsize=1)
def calibration() -> pd.DataFrame:
    """The value-added yardsticks of each method, from published rows and the assembled
    history, with their bands and the rows they come from (method, central, low, high, unit,
    derivation: the arithmetic in words, in English; refs: the published figures it uses, as
    (period, indicator, value, row), for a reader's own wording)."""
    from .history import assemble_history

    h = assemble_history()
    real = h.real.sum(axis=1)
    quarter = float(real[2023]) / 4  # assumption: Q1-2023 GRDP is a quarter of 2023's
    refs = {"power_attribution": (_ref("contrib_pp_vung_ang1_power", "2024Q1"),
                                  _ref("electricity_output_vung_ang1_growth", "2024Q1")),
            "steel_industry_2018": (_ref("value_added_industry_constant", "2018"),
                                    _ref("value_added_industry_constant", "2017"),
                                    _ref("share_formosa_steel", "2025"), _ref("output_steel_billet_formosa", "2025")),
            "pack_attribution": (_ref("contrib_pp_vines_packs", "2024Q1"),)}
    (pp, g_hi), (ind18, ind17, share, billets), (vp,) = ([r[2] for r in refs[m]] for m in refs)
    src_pp, src_g = map(_ref_text, refs["power_attribution"])
    src18, src17, src_share, src_bil = map(_ref_text, refs["steel_industry_2018"])
    src_vp = _ref_text(refs["pack_attribution"][0])
    g_central = 0.68  # the growth quoted with the 3.83 pp in the same release (row's note)
    inc = pp / 100 * quarter
    per_gw = 4 * inc * (1 + g_central) / g_central / 1.2
    per_gw_hi = 4 * inc * (1 + g_hi / 100) / (g_hi / 100) / 1.2
    per_mt_share = share / 100 * float(real[2025]) / billets
    per_mt = (ind18 - ind17) / (5 / 6 - 1 / 3) / 7.5
    packs = vp / 100 * quarter / 0.13
    rows = [
        ("power_attribution", per_gw, per_gw, per_gw_hi, "bn VND (2010) per GW a year",
         f"{src_pp}; output +68 % (same release); Q1-2023 GRDP = R(2023)/4 = {quarter:,.0f}; "
         f"high end: {src_g}"),
        ("steel_industry_2018", per_mt, 0.8 * per_mt, per_mt_share, "bn VND (2010) per million t a year",
         f"({src18} − {src17}) / (5/6 − 1/3 of phase 1's 7.5 mt); high end: {src_share} × R(2025) = "
         f"{float(real[2025]):,.0f} / {src_bil}, basis unclear"),
        ("pack_attribution", packs, 0.7 * packs, 1.3 * packs, "bn VND (2010) a year at plan",
         f"{src_vp}; Q1 output 13 % of the year's plan (row's note); ±30 %"),
    ]
    out = pd.DataFrame(rows, columns=["method", "central", "low", "high", "unit", "derivation"]).set_index("method")
    out["refs"] = [refs[m] for m in out.index]
    return out


def _years(text: str, total: float) -> tuple[tuple[int, float], ...]:
    """'2026-2028' (spread evenly) or '2025:6505;2026:90' as (year, billion VND) pairs."""
    if ":" in text:
        return tuple((int(y), float(v)) for y, v in (p.split(":") for p in text.split(";")))
    a, _, b = text.partition("-")
    years = list(range(int(a), int(b or a) + 1))
    return tuple((y, total / len(years)) for y in years)


@lru_cache(maxsize=1)
def shipped_ids() -> tuple[str, ...]:
    """The shipped projects' ids in the table's order, read from the table alone: what validating
    a file needs, without calibrating value added on the assembled history (0.5 s of every
    `validate`). In order: a message lists them as the Projects page does."""
    return tuple(_read_csv("projects.csv")["id"])


@lru_cache(maxsize=1)
def committed_ids() -> frozenset[str]:
    """The shipped projects that are committed (``default_on``: running or built), read from
    the table alone. A scenario that switches one off says so (`Scenario.with_project` keeps
    the setting), where absent might be an oversight (`unlisted_ramping`)."""
    t = _read_csv("projects.csv")
    return frozenset(t.loc[t["default_on"].astype(str) == "true", "id"])


@lru_cache(maxsize=1)
def _shipped() -> tuple[Project, ...]:
    from .history import assemble_history

    cal = calibration()
    h = assemble_history()
    defl = (h.nominal.sum(axis=1) / h.real.sum(axis=1))
    out = []
    for r in _read_csv("projects.csv").itertuples(index=False):
        capex = _years(r.capex_years, float(r.capex_total_bn))
        method, factor, cap = r.va_method, float(r.va_factor), float(r.capacity)
        if method == "capital_ratio":
            last_capex = min(max(y for y, _ in capex), int(defl.index[-1]))
            central = float(r.capex_total_bn) / float(defl[last_capex]) * factor
            lo, hi = 0.5 * central, 1.5 * central
        else:
            c = cal.loc[method]
            # a normal year at the plant's load factor of the calibrated maximum (module docstring)
            mult = factor * (cap if method != "pack_attribution" else 1.0) * float(r.load_factor)
            central, lo, hi = c["central"] * mult, c["low"] * mult, c["high"] * mult
        out.append(Project(
            id=r.id, name_vi=r.name_vi, name_en=r.name_en, sector=r.sector, branch=r.branch,
            status=r.status, default_on=r.default_on == "true", probability=float(r.probability),
            first_year=int(r.first_year), ramp=tuple(float(x) for x in r.ramp.split(";")),
            va=central, va_low=lo, va_high=hi, va_method=method, load_factor=float(r.load_factor),
            capex=capex,
            sources=(float(r.source_state), float(r.source_nonstate), float(r.source_fdi)),
            source_url=r.source_url, note=r.note))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_id() -> dict[str, Project]:
    return {p.id: p for p in _shipped()}


def load_projects() -> dict[str, Project]:
    """The shipped projects by id, value added calibrated (see the module docstring)."""
    return dict(_by_id())


def projects_table(projects: Iterable[Project] | None = None) -> pd.DataFrame:
    """One row a project: id, names, sector, branch, status, default_on, first_year, ramp (a
    tuple: shares of capacity, year by year), va (central, low, high; bn VND 2010 prices in a
    normal year), method, load factor (a normal year's share of the calibrated maximum), capex
    total (bn VND current prices), source shares, probability, source."""
    ps = list(load_projects().values() if projects is None else projects)
    return pd.DataFrame([{
        "id": p.id, "name_vi": p.name_vi, "name_en": p.name_en, "sector": p.sector, "branch": p.branch,
        "status": p.status, "default_on": p.default_on, "first_year": p.first_year,
        "ramp": p.ramp, "va_bn2010": p.va, "va_low": p.va_low,
        "va_high": p.va_high, "va_method": p.va_method, "load_factor": p.load_factor, "capex_bn": sum(v for _, v in p.capex),
        "state": p.sources[0], "nonstate": p.sources[1], "fdi": p.sources[2],
        "probability": p.probability, "source_url": p.source_url} for p in ps]).set_index("id")


# ---- what a scenario's projects add -----------------------------------------------------------
def definition(settings: Mapping[str, ProjectSetting], pid: str) -> Project | None:
    """Project ``pid`` as a scenario has it: its own definition, else the shipped one (None
    for an id neither knows)."""
    st = settings.get(pid)
    return st.definition if st is not None and st.definition is not None else _by_id().get(pid)


def active(settings: Mapping[str, ProjectSetting]) -> list[tuple[Project, ProjectSetting]]:
    """The projects a scenario switches on, each with its setting (shipped ones resolved)."""
    shipped = _by_id()
    out = []
    for pid, st in settings.items():
        p = st.definition or shipped.get(pid)
        if p is not None and st.on:
            out.append((p, st))
    return out


def unlisted_ramping(settings: Mapping[str, ProjectSetting], last_actual: int, horizon: int) -> list[Project]:
    """The committed shipped projects (``default_on``: running or built) that a scenario does
    not list although they still gain capacity after ``last_actual`` (by ``horizon``).

    A project a scenario does not list is off, and an off project adds nothing over its output
    in the last actual year (`increments`): the plant stays at that year's level. For a plant
    still ramping up (Vũng Áng 2 ran at 1.5 % of capacity in 2025 and reaches it in 2027) that
    drops several points of growth, which a file written to add one new project does by
    accident. A file that means it says ``on = false``, and is not listed here."""
    return [p for p in _committed_ramping(last_actual, horizon) if p.id not in settings]


def _committed_ramping(last_actual: int, horizon: int) -> list[Project]:
    """The committed shipped projects (``default_on``) still gaining capacity after
    ``last_actual`` (by ``horizon``): listed or not, on or off."""
    return [p for p in _shipped() if p.default_on and p.ramp_in(horizon) > p.ramp_in(last_actual)]


def left_out_ramping(settings: Mapping[str, ProjectSetting], last_actual: int, horizon: int) -> list[Project]:
    """The committed shipped projects still gaining capacity after ``last_actual`` that a
    scenario lists switched off: left out on purpose (`unlisted_ramping` lists those left out by
    omission). A plan's sector rates are often totals that include them (the shipped congress
    and Provincial Plan files say so in their comments): ticking one then counts it twice."""
    return [p for p in _committed_ramping(last_actual, horizon) if p.id in settings and not settings[p.id].on]


def inert_settings(settings: Mapping[str, ProjectSetting], last_actual: int) -> list[tuple[Project, ProjectSetting]]:
    """The projects a scenario runs delayed or scaled although they were at full capacity by
    ``last_actual``: their output is in the record, and the projection adds only what comes
    after it (`Project.added`: nothing for them, whatever the delay or scale), so their output
    after ``last_actual`` does not move. A reader of "Formosa phase 1 at scale 0.8" expects
    less steel, which the model has no setting for: said (the app, every command, the deck,
    the workbook), not refused, as a file may hold them. (Switched off, such a plant is not
    counted as a project: its capital and recorded ramp-up join the organic record, which the
    investment figures read; that is a choice with an effect, not listed here.)"""
    out = []
    for pid, st in settings.items():
        p = definition(settings, pid)
        if p is not None and st.on and p.at_capacity(last_actual) and (st.delay or st.scale != 1.0):
            out.append((p, st))
    return out


def increments(settings: Mapping[str, ProjectSetting], years: Sequence[int], last_actual: int) -> np.ndarray:
    """Real value added the projects add in ``years`` over their output in the last actual
    year (years × sectors, billion VND at 2010 prices): k · VA · `Project.added`."""
    years = np.asarray(years)
    out = np.zeros((len(years), len(SECTOR_IDS)))
    for p, st in active(settings):
        out[:, p.sector_index] += st.scale * p.va * p.added(years, last_actual, st.delay)
    return out


def as_arrays(settings: Mapping[str, ProjectSetting]) -> ProjectArrays:
    """The projects a scenario lists (on or off) as the kernel's arrays (`model.kernel`);
    kept per setting (settings and projects are frozen: equal settings, equal arrays, which
    the kernel only reads)."""
    return _as_arrays(tuple(settings.items()))


@lru_cache(maxsize=256)
def _as_arrays(settings: tuple) -> ProjectArrays:
    items = [(st.definition or _by_id().get(pid), st) for pid, st in settings]
    items = [(p, st) for p, st in items if p is not None]  # an unknown id adds nothing, as in `active`
    width = max([len(p.ramp) for p, _ in items] + [1]) + 1
    profile = np.zeros((len(items), width))
    for i, (p, _) in enumerate(items):
        profile[i, 1:len(p.ramp) + 1] = p.ramp
        profile[i, len(p.ramp) + 1:] = p.ramp[-1]
    return ProjectArrays(
        va=np.array([p.va for p, _ in items], float),
        sector=np.array([p.sector_index for p, _ in items], int),
        manufacturing=np.array([p.branch == "manufacturing" for p, _ in items], bool),
        first_year=np.array([p.first_year for p, _ in items], int),
        profile=profile, length=np.array([len(p.ramp) for p, _ in items], int),
        on=np.array([st.on for _, st in items], bool),
        delay=np.array([st.delay for _, st in items], int),
        scale=np.array([st.scale for _, st in items], float), ids=tuple(p.id for p, _ in items),
        va_low=np.array([p.va_low for p, _ in items], float), va_high=np.array([p.va_high for p, _ in items], float),
        probability=np.array([p.probability for p, _ in items], float))


def capital_spending(settings: Mapping[str, ProjectSetting], years: Sequence[int], last_actual: int) -> pd.DataFrame:
    """Projects' capital spending by year and source (billion VND at current prices):
    columns state, nonstate, fdi, total; and one column per project. A delay moves only what
    comes after ``last_actual`` (`Project.capex_at`)."""
    years = np.asarray(years)
    by_source = {src: np.zeros(len(years)) for src in SOURCES}
    each = {}
    for p, st in active(settings):
        c = p.capex_at(years, last_actual, st.delay)  # capital is what is built: the scale moves output only
        each[p.id] = c
        for src, share in zip(SOURCES, p.sources):
            by_source[src] = by_source[src] + c * share
    # one frame built at once (a column inserted per project cost 4 ms a call, paid four times
    # a pass by `growth_from_investment`); a project's id never names a source or the total
    # (`model.scenario.tables` refuses it)
    total = sum(by_source.values())
    return pd.DataFrame({**by_source, **each, "total": total}, index=pd.Index(years, name="year"))


def name_in(vi: str, en: str, lang: str) -> str:
    """A project's name in ``lang``: the English one when English is asked and there is one,
    else the Vietnamese (always there), as `model.scenario.Scenario.title_in`."""
    return en if lang == "en" and en else vi


def defined_names(*scenarios) -> dict[str, tuple[str, str]]:
    """(vi, en) names of the projects the scenarios define themselves, by id."""
    return {pid: (st.definition.name_vi, st.definition.name_en) for sc in scenarios
            for pid, st in sc.projects.items() if st.definition is not None}


def unknown_project(pid) -> KeyError:
    """The KeyError for a project id no project ships: the shipped ids and the nearest
    (`default_settings`, `model.analysis`'s what-if variants)."""
    ps = load_projects()
    return KeyError(f"unknown project {str(pid)[:64]!r}; shipped: {', '.join(ps)}{did_you_mean(pid, ps)}")


def default_settings(ids: Iterable[str] | None = None) -> dict[str, ProjectSetting]:
    """Each shipped project (or those in ``ids``) at its default on/off; an id no project ships
    is a KeyError naming the shipped and the nearest (it was a bare KeyError of the id)."""
    ps = load_projects()
    ids = list(ps) if ids is None else ([ids] if isinstance(ids, str) else list(ids))
    for i in ids:
        if i not in ps:
            raise unknown_project(i)
    return {i: ProjectSetting(on=ps[i].default_on) for i in ids}


__all__ = ["Project", "ProjectSetting", "SOURCES", "active", "calibration", "capital_spending",
           "default_settings", "defined_names", "definition", "increments", "inert_settings", "left_out_ramping", "unlisted_ramping", "load_projects",
           "projects_table"]


# ---- what the projects produced in the actual years --------------------------------------------
# (here, below `model.growth`, because the industry split of every projection reads it)
FIRST = 2015
FULL_OUTPUT_2015 = 0.70  # Vũng Áng 1 in 2015, unit 2 from May: share of full output (backtest docstring)


def _row(indicator: str, period: str) -> float:
    """A published figure of ``period`` (the calibration's own lookup, without its note)."""
    return _ref(indicator, period)[2]


def utilisation(last: int) -> pd.DataFrame:
    """u_p(t): each project's output as a share of its normal year (``va``), 2015 to ``last``:
    the ramp, except Vũng Áng 1, whose output follows the published electricity figures from a
    normal year (its load factor of full output: the same convention as the projection;
    `model.backtest`'s docstring gives the sources)."""
    years = np.arange(FIRST, whole_year(last, "utilisation: last") + 1)
    u = pd.DataFrame(0.0, index=pd.Index(years, name="year"), columns=list(load_projects()))
    for pid, p in load_projects().items():
        if pid != "vung_ang_1":
            u[pid] = p.ramp_at(years)
    va1 = {y: 1.0 for y in years}
    va1[FIRST] = FULL_OUTPUT_2015 / load_projects()["vung_ang_1"].load_factor
    if 2022 in va1:
        va1[2022] = 1.0 + _row("electricity_output_growth", "2022M1-8") / 100
    for y, period, key in ((2023, "2023M1-9", "iip_electricity"), (2024, "2024M1-10", "iip_electricity")):
        if y in va1:
            va1[y] = va1[y - 1] * (1 + _row(key, period) / 100)
    for y in years:
        if y > 2024:
            va1[y] = va1[y - 1]
    u["vung_ang_1"] = [va1[y] for y in years]
    return u


def project_value_added(last: int) -> pd.DataFrame:
    """E_p(t): each project's real value added, billion VND at 2010 prices, 2015 to ``last``."""
    ps = load_projects()
    u = utilisation(whole_year(last, "project_value_added: last"))
    return u.mul(pd.Series({pid: p.va for pid, p in ps.items()}), axis=1)


def project_value_added_by_sector(last: int) -> pd.DataFrame:
    """Σ_p E_p(t) by sector (billion VND at 2010 prices), 2015 to ``last``."""
    e = project_value_added(whole_year(last, "project_value_added_by_sector: last"))
    out = pd.DataFrame(0.0, index=e.index, columns=list(SECTOR_IDS))
    for pid, p in load_projects().items():
        out.iloc[:, p.sector_index] += e[pid]
    return out
