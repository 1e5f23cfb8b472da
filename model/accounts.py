"""Accounting identities of the sectoral GRDP model, as small pure functions.

Every function takes labelled frames (index ``year`` as int, columns sector ids) or series and
returns a frame or series; nothing is stored, nothing is printed.

Equations (s a sector, t a year):

    real value added (constant 2010 prices, billion VND)
        R_s(t) = R_s(t-1) · (1 + g_s(t)),        R(t) = Σ_s R_s(t)
    deflator (index, 2010 = 1) and current prices (billion VND)
        P_s(t) = P_s(t-1) · (1 + π_s(t)),        N_s(t) = R_s(t) · P_s(t),   N(t) = Σ_s N_s(t)
    share at current prices (fraction)            N_s(t) / N(t)
    real growth (fraction per year)               g(t) = R(t) / R(t-1) - 1
    contribution to growth (percentage points)    100 · (R_s(t) - R_s(t-1)) / R(t-1)
        the contributions add up to 100 · g(t): this is how the statistics office reports growth
    compound average growth t0 → T (fraction)    (R(T) / R(t0))^(1 / (T - t0)) - 1
    per capita (million VND per person)           N(t) / population(t)
        billion VND / thousand persons = million VND per person

Glossary: giá so sánh 2010 = constant 2010 prices (real); giá hiện hành = current prices
(nominal); cơ cấu = structure (shares); đóng góp (điểm phần trăm) = contribution (pp);
chỉ số giảm phát = deflator; bình quân đầu người = per capita.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .params import whole_year


def calc_nominal(real: pd.DataFrame, deflator: pd.DataFrame) -> pd.DataFrame:
    """Current-price value added N_s = R_s · P_s (billion VND at current prices)."""
    return real * deflator


def calc_deflator(nominal: pd.DataFrame, real: pd.DataFrame) -> pd.DataFrame:
    """Implicit deflator P_s = N_s / R_s (index, constant-price year 2010 = 1)."""
    return nominal / real


def calc_total(frame: pd.DataFrame) -> pd.Series:
    """GRDP as the sum over sectors (billion VND, the frame's price basis)."""
    return frame.sum(axis=1)


def calc_shares(nominal: pd.DataFrame) -> pd.DataFrame:
    """Sector shares of GRDP at current prices, N_s / N (fractions; rows add up to 1)."""
    return nominal.div(nominal.sum(axis=1), axis=0)


def calc_growth(series: pd.Series | pd.DataFrame) -> pd.Series | pd.DataFrame:
    """Year-on-year growth x(t) / x(t-1) - 1 (fraction per year; NaN in the first year)."""
    return series / series.shift(1) - 1.0


def calc_contributions_pp(real: pd.DataFrame) -> pd.DataFrame:
    """Contribution of each sector to real GRDP growth, in percentage points.

    100 · (R_s(t) - R_s(t-1)) / R(t-1); the row sums equal 100 · g(t). NaN in the first year.
    """
    total_prev = real.sum(axis=1).shift(1)
    return real.diff().div(total_prev, axis=0) * 100.0


def calc_average_growth(series: pd.Series, start: int, end: int) -> float:
    """Compound average growth from ``start`` to ``end`` (fraction per year).

    (x(end) / x(start))^(1 / (end - start)) - 1; e.g. 2020 → 2030 is the 2021–2030 average.
    """
    start, end = whole_year(start, "average growth: start"), whole_year(end, "average growth: end")
    if end <= start:
        raise ValueError(f"average growth needs end > start, got {start}→{end}")
    missing = [y for y in (start, end) if y not in series.index]
    if missing:
        # a bare KeyError(2010) told an economist in a notebook nothing of the years there are
        raise ValueError(f"average growth {start}→{end}: no value for {', '.join(map(str, missing))}; "
                         f"the series covers {series.index.min()}–{series.index.max()}")
    return float((series.loc[end] / series.loc[start]) ** (1.0 / (end - start)) - 1.0)


def calc_per_capita(nominal_total: pd.Series, population_thousand: pd.Series) -> pd.Series:
    """GRDP per capita in million VND per person (billion VND / thousand persons)."""
    return nominal_total / population_thousand


def compound(start: float, rates: np.ndarray) -> np.ndarray:
    """Levels start·Π(1 + r) after each rate: the path of a level growing at ``rates``.

    ``compound(100, [0.1, 0.1])`` is ``[110, 121]``. Works along the first axis of ``rates``
    (years), so a 2-D array of rates (years × sectors) with a vector ``start`` compounds every
    sector at once.
    """
    return np.asarray(start) * np.cumprod(1.0 + np.asarray(rates, dtype=float), axis=0)
