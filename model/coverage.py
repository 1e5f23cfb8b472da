"""Were the model's fans right? A backtest of `model.uncertainty`'s fans of real GRDP growth.

From each origin year y0 (`first_origin`, 2021: the first with three years to estimate the shocks
on, 2017, 2020 and 2021, since 2018–2019 are left out of them; to the year before the last actual
one) the fan the model would have drawn with what was known then: the panel up to y0, the growth
shocks estimated on `model.uncertainty.shock_sample` to y0 and the mean rates on 2017…y0, the projects at most
``KNOWN_AHEAD`` years from running, with their probabilities, slips and bands. Each fan is set
against the realised growth (percent a year, constant 2010 prices) of every later actual year.
`coverage_summary` counts how often the 50 % and 90 % bands held it, and `widening` applies the
stated rule: the smallest scale of the growth shocks at which both bands hold their share.

Glossary: kiểm định ngược = backtest; dải quạt = fan; độ phủ = coverage.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import numpy as np
import pandas as pd

from . import kernel
from .capital import ICOR_BAND
from .sectors import SECTOR_IDS
from .params import is_number
from .shocks import SHOCK_FIRST_YEAR, SHOCK_MIN_YEARS, draw_shocks, estimate, net_growth, shock_sample
from .uncertainty import MAX_SCALE, QUANTILES, check_draws

KNOWN_AHEAD = 2                 # assumption: a project is known once it is two years from running


@lru_cache(maxsize=64)
def _coverage(draws: int, seed: int, widen: float) -> pd.DataFrame:
    return _coverage_table(draws, seed, widen)


def coverage(draws: int = 4_000, seed: int = 0, widen: float = 1.0) -> pd.DataFrame:
    """See `_coverage_table` (kept per setting: the same seed gives the same table). ``widen``
    a number from 0 to `model.uncertainty.MAX_SCALE`, as a source's scale is: draws=0 gave
    numpy's "operands could not be broadcast", and widen=−1 turned the bands over."""
    check_draws(draws, seed)
    if not is_number(widen) or not 0 <= widen <= MAX_SCALE:
        raise ValueError(f"widen = {widen!r:.40}: a scale of the growth shocks from 0 to {MAX_SCALE:g}, 1 as estimated")
    return _coverage(int(draws), int(seed), float(widen)).copy()


def _coverage_table(draws: int = 4_000, seed: int = 0, widen: float = 1.0) -> pd.DataFrame:
    """From each origin year y0 (`first_origin` to the year before the last actual), the
    fan of real GRDP growth the model would have drawn with what was known then — the panel up
    to y0, growth shocks estimated on `shock_sample(y0)` and mean rates on 2017…y0 (the years
    built at one common rate too: their totals are official), the projects that were at most
    KNOWN_AHEAD years from running at their planned ramps with their probabilities, slips and
    bands — against the realised growth of every later year to the last actual one.
    ``widen`` scales the shocks. Rows: origin, year, horizon, realised, p5 … p95 (%), in50, in90."""
    from .projects import as_arrays, default_settings, load_projects
    from .record import _panel

    panel, _ = _panel()
    last = int(panel.index[-1])
    total = panel.sum(axis=1)
    rows = []
    for y0 in range(first_origin(), last):
        est = estimate(y0)
        # the centre: the mean rate over every year since SHOCK_FIRST_YEAR, the common-rate years
        # too (their totals are the official growth); only the shocks' spread leaves them out
        mean = net_growth(y0).loc[SHOCK_FIRST_YEAR:].mean().to_numpy()
        known = {pid: s for pid, s in default_settings().items()
                 if load_projects()[pid].first_year <= y0 + KNOWN_AHEAD}
        known = {pid: replace(s, on=True) for pid, s in known.items()}
        years = np.arange(int(panel.index[0]), last + 1)
        n_act = int(np.searchsorted(years, y0, side="right"))
        F = len(years) - n_act
        S = len(SECTOR_IDS)
        base = kernel.Base(
            years=years, n_act=n_act, real_act=panel.to_numpy()[:n_act], defl_act=np.ones((n_act, S)),
            previous_real=panel.to_numpy()[0], growth=np.tile(mean, (F, 1)), inflation=np.zeros((F, S)),
            pop_act=np.ones(n_act), pop_growth=np.zeros(F), projects=as_arrays(known), driven=None,
            icor=ICOR_BAND["central"])
        sh = draw_shocks(base, est, draws, seed, 0, ("growth", "projects"), {"growth": widen})
        paths = kernel.run(base, sh, draws=draws)
        r = kernel.calc_total(paths.real)
        g = 100 * (r[:, n_act:] / r[:, n_act - 1:-1] - 1)
        q = np.percentile(g, QUANTILES, axis=0)
        for j, y in enumerate(years[n_act:]):
            real_g = 100 * (total[y] / total[y - 1] - 1)
            rows.append({"origin": y0, "year": int(y), "horizon": int(y - y0), "realised": real_g,
                         **{f"p{p}": float(q[k, j]) for k, p in enumerate(QUANTILES)},
                         "in50": bool(q[1, j] <= real_g <= q[3, j]), "in90": bool(q[0, j] <= real_g <= q[4, j])})
    return pd.DataFrame(rows)


def first_origin() -> int:
    """The first origin year with SHOCK_MIN_YEARS years to estimate the shocks on
    (`model.uncertainty.shock_sample`: 2017 and 2020 onward, so 2021)."""
    years = shock_sample().index
    return int(years[SHOCK_MIN_YEARS - 1])


WIDEN_STEP, WIDEN_MAX = 0.05, 3.0


@lru_cache(maxsize=4)
def widening(draws: int = 4_000, seed: int = 0) -> float:
    """The stated rule: the smallest scale w of the growth shocks (1, 1.05, 1.10, … up to
    WIDEN_MAX) for which, over every (origin, year) pair of `coverage`, the 50 % bands hold at
    least half of the realised growth rates and the 90 % bands at least nine tenths. 1 when the
    bands were wide enough as estimated."""
    w = 1.0
    while w <= WIDEN_MAX + 1e-9:
        s = coverage_summary(coverage(draws, seed, round(w, 2))).loc["all_horizons"]
        if s["in50"] >= 0.5 and s["in90"] >= 0.9:
            return round(w, 2)
        w += WIDEN_STEP
    return WIDEN_MAX


def coverage_summary(table: pd.DataFrame) -> pd.DataFrame:
    """How often the realised growth fell inside the 50 % and 90 % bands: one-year-ahead and
    all horizons (rows), count, in50, in90 (fractions), above (how many realised rates were
    above the median: one-sided misses are a biased centre, which widening does not mend)."""
    rows = []
    for name, t in (("one_year_ahead", table[table["horizon"] == 1]), ("all_horizons", table)):
        rows.append({"fans": name, "count": len(t), "in50": float(t["in50"].mean()), "in90": float(t["in90"].mean()),
                     "above": int((t["realised"] > t["p50"]).sum())})
    return pd.DataFrame(rows).set_index("fans")


__all__ = ["coverage", "coverage_summary", "first_origin", "widening"]
