"""The industry split: manufacturing within industry-construction.

The 2030 programme targets manufacturing (công nghiệp chế biến, chế tạo) at 32.6 % of GRDP, but
the statistics office publishes no annual split of industry-construction. What it published:
the H1-2023 growth of each branch and its contribution in percentage points, so that each
branch's weight in H1-2022 GRDP at constant prices is contribution ÷ growth (as for the four
sectors in `model.history`):

    manufacturing −0.03 / −0.13 = 23.1 %   electricity 0.64 / 8.11 = 7.9 %   mining 0.6 %
    water and waste 0.2 %                  construction 1.19 / 15.64 = 7.6 %

so manufacturing is w_m = 58.6 % of industry-construction (B = 2022). Those figures are printed
to two decimals: manufacturing's −0.03 / −0.13 could be anything from 0.025 / 0.135 to
0.035 / 0.125, so w_m lies between 53.2 % and 63.2 %. The scenario may set it
(``[industry] manufacturing_share``); the default is the central value, and the band is shown.

From B on, organic value added grows alike in every branch, and the named projects go to their
own branch (steel, batteries, cars: manufacturing; power: other industry):

    M(t) = w_m · (R_IC(t) − ΔE_power(t) − ΔE_manuf(t)) + ΔE_manuf(t),   ΔE_x(t) = E_x(t) − E_x(B)

with E the projects' value added of `model.backtest` (2010 prices). After the last actual year
L, M follows industry-construction's organic path and adds its own projects:
M(t) = M(L) · F_IC(t) + Σ_{p ∈ manufacturing} increment_p(t). Manufacturing is priced at
industry-construction's deflator (an assumption: no separate price is published), so its share
of GRDP at current prices is P_IC(t) · M(t) / N(t). The four-sector figures are untouched.

Glossary: công nghiệp chế biến, chế tạo = manufacturing; khai khoáng = mining; sản xuất và
phân phối điện = electricity; cung cấp nước, xử lý rác thải = water and waste; xây dựng =
construction.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from .data import load_published
from .params import MANUFACTURING_SHARE_RANGE, is_number, percent_slip, wrong_kind

BASE_PERIOD = "2023H1"   # the release; its weights are those of H1-2022
BASE_YEAR = 2022
BRANCHES = ("manufacturing", "electricity", "mining", "water_waste", "construction")
MANUFACTURING_BRANCH = "manufacturing"
POWER_BRANCHES = ("electricity", "other industry")
SHARE_RANGE = MANUFACTURING_SHARE_RANGE  # what a scenario may set (model.params)


@lru_cache(maxsize=1)
def branch_weights() -> pd.DataFrame:
    """Each branch's weight in H1-2022 GRDP at constant prices (fraction): central (contribution
    ÷ growth as printed), low and high (the printed two decimals rounded either way), rows."""
    df = load_published()
    rows = []
    for b in BRANCHES:
        pick = df[df["period"] == BASE_PERIOD].set_index("indicator")
        c, g = float(pick.at[f"contrib_pp_{b}", "value"]), float(pick.at[f"growth_{b}", "value"])
        rc, rg = int(pick.at[f"contrib_pp_{b}", "row"]), int(pick.at[f"growth_{b}", "row"])
        lo = (abs(c) - 0.005) / (abs(g) + 0.005)
        hi = (abs(c) + 0.005) / (abs(g) - 0.005)
        rows.append({"branch": b, "central": c / g, "low": lo, "high": hi,
                     "derivation": f"{c:g} pp / {g:g} % (rows {rc}, {rg})"})
    return pd.DataFrame(rows).set_index("branch")


def manufacturing_share_of_ic() -> tuple[float, float, float]:
    """w_m: manufacturing's share of industry-construction at constant prices in 2022
    (central, low, high), the other branches at their central weights."""
    w = branch_weights()
    others = float(w["central"].sum() - w.at["manufacturing", "central"])
    m = w.loc["manufacturing"]
    return (float(m["central"]) / (float(m["central"]) + others),
            float(m["low"]) / (float(m["low"]) + others),
            float(m["high"]) / (float(m["high"]) + others))


@lru_cache(maxsize=16)
def _project_branch_paths(last: int) -> tuple[pd.Series, pd.Series]:
    """E_manuf(t), E_power(t): the projects' value added by branch, 2015 to ``last`` (shipped
    data only: computed once per year, not on every projection's manufacturing share)."""
    from .projects import project_value_added
    from .projects import load_projects

    e = project_value_added(last)
    branch = {pid: p.branch for pid, p in load_projects().items()}
    manuf = [c for c in e.columns if branch.get(c) == MANUFACTURING_BRANCH]
    power = [c for c in e.columns if branch.get(c) in POWER_BRANCHES]
    return e[manuf].sum(axis=1), e[power].sum(axis=1)


def manufacturing_actual(real_ic: pd.Series, share: float | None = None) -> pd.Series:
    """M(t) for the actual years (billion VND at 2010 prices) from industry-construction's real
    value added ``real_ic`` (see the module docstring); ``share`` a fraction within
    `SHARE_RANGE`, as a scenario's `industry.manufacturing_share` (32.6 for 32.6 % gave
    manufacturing 33 times industry-construction, −1 a negative one)."""
    if share is not None:
        lo, hi = SHARE_RANGE
        if not is_number(share) or not lo <= share <= hi:
            raise ValueError(f"share = {share!r:.40}: manufacturing's share of industry-construction is a fraction "
                             f"from {lo:g} to {hi:g}{percent_slip(share, lo, hi)}")
    w = manufacturing_share_of_ic()[0] if share is None else float(share)
    last = int(real_ic.index[-1])
    e_m, e_p = _project_branch_paths(max(last, BASE_YEAR))
    years = real_ic.index
    d_m = (e_m - e_m[BASE_YEAR]).reindex(years).fillna(0.0)
    d_p = (e_p - e_p[BASE_YEAR]).reindex(years).fillna(0.0)
    return (w * (real_ic - d_m - d_p) + d_m).rename("manufacturing_real_bn")


def manufacturing_increments(settings, years, last: int) -> np.ndarray:
    """What the scenario's manufacturing projects add over ``last`` in ``years`` (2010 prices)."""
    from .projects import active

    years = np.asarray(years)
    out = np.zeros(len(years))
    for p, st in active(settings):
        if p.branch == MANUFACTURING_BRANCH:
            out += st.scale * p.va * p.added(years, last, st.delay)
    return out


BRANCH_GROUPS = {"manufacturing": ("manufacturing",), "other_industry": ("electricity", "mining", "water_waste"),
                 "construction": ("construction",)}


def construction_share_of_ic() -> float:
    """Construction's share of industry-construction at constant prices in 2022 (central)."""
    w = branch_weights()["central"]
    return float(w["construction"] / w.sum())


def branch_real(projection) -> pd.DataFrame:
    """Industry-construction split into manufacturing, other industry (mining, electricity,
    water) and construction, billion VND at 2010 prices, every year of ``projection``.
    Construction takes its 2022 weight of the organic part (no project builds it here); other
    industry is the rest, power plants included. The three add up to industry-construction."""
    if not hasattr(projection, "manufacturing_real"):   # model.growth imports this module: no isinstance
        raise wrong_kind("projection", "Projection", projection)
    return _branches(projection.real["industry_construction"], projection.manufacturing_real,
                     projection.last_actual_year, projection.scenario.projects)


def _branches(ic: pd.Series, m: pd.Series, last: int, projects) -> pd.DataFrame:
    """`branch_real` on plain series: industry-construction, manufacturing (2010 prices), the
    last actual year and the scenario's project settings."""
    w_c = construction_share_of_ic()
    e_m, e_p = _project_branch_paths(max(int(ic.index[-1]), BASE_YEAR))
    act = ic.loc[:last]
    d = ((e_m - e_m[BASE_YEAR]) + (e_p - e_p[BASE_YEAR])).reindex(act.index).fillna(0.0)
    c = w_c * (act - d)
    future = ic.index[ic.index > last]
    if len(future):
        from .projects import increments
        from .sectors import SECTOR_IDS

        k = SECTOR_IDS.index("industry_construction")
        inc = increments(projects, future.to_numpy(), last)[:, k] if projects else 0.0
        factor = (ic.loc[future].to_numpy() - inc) / ic[last]
        c = pd.concat([c, pd.Series(c[last] * factor, index=future)])
    out = pd.DataFrame({"manufacturing": m, "construction": c})
    out.insert(1, "other_industry", ic - out["manufacturing"] - out["construction"])
    out.index.name = "year"
    return out


def branch_shares(projection) -> pd.DataFrame:
    """The three branches' shares of GRDP at current prices (fractions), priced at
    industry-construction's deflator."""
    b = branch_real(projection)
    return b.mul(projection.deflator["industry_construction"], axis=0).div(projection.grdp_nominal, axis=0)


def split_checks(projection) -> pd.DataFrame:
    """The split against what was published about it (Q1-2024: industry 31 %, construction
    8 % of GRDP; H1-2022: industry 29.61 % within industry-construction's 37.10 %)."""
    sh = 100 * branch_shares(projection)
    rows = []
    for period, year, name, value in (("2024Q1", 2024, "industry (manufacturing + other)", 31.0),
                                      ("2024Q1", 2024, "construction", 8.0),
                                      ("2022H1", 2022, "industry (manufacturing + other)", 29.61)):
        model_v = (sh.at[year, "manufacturing"] + sh.at[year, "other_industry"]) if name.startswith("industry") \
            else sh.at[year, "construction"]
        rows.append({"published_period": period, "model_year": year, "what": name, "published_pct": value,
                     "model_pct": float(model_v)})
    return pd.DataFrame(rows)


def split_provenance(history=None) -> pd.DataFrame:
    """The branch split of the actual years as provenance cells, like `History.provenance`:
    year, variable ('real'), sector (the branch), value (billion VND at 2010 prices), status
    ('estimated'), method, source_url (the H1-2023 release)."""
    from .history import history_or_shipped, method

    h = history_or_shipped(history)
    ic = h.real["industry_construction"]
    b = _branches(ic, manufacturing_actual(ic), int(ic.index[-1]), {})
    df = load_published()
    src = df[(df["period"] == BASE_PERIOD) & (df["indicator"] == "contrib_pp_manufacturing")]["source_url"].iloc[0]
    c, lo, hi = manufacturing_share_of_ic()
    rows = []
    for year, r in b.iterrows():
        for branch, v in r.items():
            rows.append({"year": int(year), "variable": "real", "sector": branch, "value": float(v),
                         "status": "estimated",
                         **method("branch_weight", year=int(BASE_PERIOD[:4]) - 1, release=int(BASE_PERIOD[:4]),
                                  share=100 * c, low=100 * lo, high=100 * hi),
                         "source_url": src})
    return pd.DataFrame(rows)
