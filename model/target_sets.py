"""Several target sets side by side: one scenario judged against two, and where they contradict.

A target is an interval on one measure (`model.registry`): ``gt``/``ge`` [low, ∞), ``le``
(−∞, low], ``range`` [low, high], ``approx`` [low − tol, low + tol] (tolerances as the
Scorecard's). Two targets of two sets *contradict* when they bound the same quantity and their
intervals do not meet: no scenario can meet both. The same quantity is

- the same measure at the same year and base year (industry-construction's share of 2030 GRDP:
  60.3 % in the Resolution 26 programme, 51 % in the 2026–2030 plan);
- services with product taxes folded in against the sum of the two apart (the plan's 40 % against
  the programme's 26.6 + 5.14 %);
- average growth over two periods that end in the same year: with the actual years given, a bound
  on 2021–2030 growth is a bound on 2026–2030 growth (> 9 % over 2021–2030 needs 11.72 % a year
  over 2026–2030 after the 6.35 % of 2021–2025), compared with the other set's.

Pairs that can both hold but where one implies more than the other say so too (kind ``stricter``).

Glossary: bộ mục tiêu = target set; mâu thuẫn = contradiction; chặt hơn = stricter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import registry
from .growth import Projection
from .history import History, need_history
from .targets import BASE_YEAR, TARGET_YEAR, evaluate


@dataclass(frozen=True)
class Clash:
    """Two targets of two sets on one quantity. ``kind`` 'contradiction' (their intervals do
    not meet) or 'stricter' (both can hold; ``a``'s interval, carried to ``b``'s terms, lies
    inside ``b``'s). ``interval_a`` is ``a``'s in ``b``'s terms; ``quantity`` the measure."""

    kind: str
    set_a: str
    a: str
    set_b: str
    b: str
    quantity: str
    interval_a: tuple[float, float]
    interval_b: tuple[float, float]


def interval(tg: registry.Target) -> tuple[float, float]:
    """The values that meet ``tg`` (its unit), as a closed interval (a strict bound is closed:
    the difference is below what is shown)."""
    if tg.comparator in ("gt", "ge"):
        return tg.low, np.inf
    if tg.comparator == "le":
        return -np.inf, tg.low
    if tg.comparator == "range":
        return tg.low, tg.high
    return tg.low - tg.tolerance, tg.low + tg.tolerance


def growth_in(history: History, lo_hi: tuple[float, float], frm: int, to: int, year: int) -> tuple[float, float]:
    """A bound on average growth over frm+1…year (percent a year) as one over to+1…year, the
    actual years between given: (1+g)^(year−frm) = R(to)/R(frm) · (1+g')^(year−to)."""
    real = history.real.sum(axis=1)
    done = float(real[to] / real[frm])

    def conv(g):
        if not np.isfinite(g):
            return g
        return 100 * (((1 + g / 100) ** (year - frm) / done) ** (1 / (year - to)) - 1)
    return conv(lo_hi[0]), conv(lo_hi[1])


@dataclass(frozen=True)
class GrowthTarget:
    """A set's average-growth target to ``target.year`` and its lower bound carried to average
    growth over ``base``+1…year through the actual years (`growth_in`), % a year."""

    set_id: str
    target: registry.Target
    base: int
    equal: float


def growth_target(history: History, set_id: str | None, base: int = BASE_YEAR) -> GrowthTarget | None:
    """``set_id``'s (or the programme's) average-growth target ending in 2030, on the measure of
    growth since ``base`` (the frontier's: 2021–2030); None if the set has none, or its period
    starts after the last actual year."""
    sid = registry.check_set(set_id)
    own = [x for x in registry.targets(sid).values() if x.kind == "average_growth" and x.year == TARGET_YEAR
           and x.base_year <= need_history(history).last_year]
    if not own:
        return None
    x = own[0]
    return GrowthTarget(sid, x, base, growth_in(history, (x.low, x.low), x.base_year, base, x.year)[0])


def _quantity(tg: registry.Target) -> str:
    return f"{tg.measure}@{tg.base_year or ''}-{tg.year}"


def clashes(set_a: str, set_b: str, history: History) -> list[Clash]:
    """Where two sets' targets bound one quantity: contradictions first, then what is stricter."""
    ta, tb = registry.targets(set_a), registry.targets(set_b)
    out: list[Clash] = []
    last = int(history.last_year)
    for ida, x in ta.items():
        for idb, y in tb.items():
            if ida == idb:
                continue   # the same target in both sets: no clash
            ia, ib = interval(x), interval(y)
            if x.measure == y.measure and x.year == y.year and x.base_year == y.base_year:
                q = _quantity(y)
            elif x.year == y.year and x.kind == "average_growth" == y.kind and x.base_year != y.base_year \
                    and max(x.base_year, y.base_year) <= last:
                ia, q = growth_in(history, ia, x.base_year, y.base_year, y.year), _quantity(y)
            else:
                continue
            lo, hi = max(ia[0], ib[0]), min(ia[1], ib[1])
            if lo > hi + 1e-9:
                out.append(Clash("contradiction", set_a, ida, set_b, idb, q, ia, ib))
            elif ib[0] - 1e-9 <= ia[0] and ia[1] <= ib[1] + 1e-9 and ia != ib:
                out.append(Clash("stricter", set_a, ida, set_b, idb, q, ia, ib))
    out += _services_with_taxes(set_a, set_b, ta, tb)
    return sorted(out, key=lambda c: c.kind != "contradiction")


def _services_with_taxes(set_a, set_b, ta, tb) -> list[Clash]:
    """Services with product taxes (one set) against services + product taxes apart (the other)."""
    out = []
    for (sa, xa), (sb, xb), flip in (((set_a, ta), (set_b, tb), False), ((set_b, tb), (set_a, ta), True)):
        folded = [t for t in xb.values() if t.measure == "share_with_taxes:services"]
        # the other set's services and product-tax shares, found by their measures
        apart = [next((t for t in xa.values() if t.measure == f"share:{part}" and t.year == folded[0].year), None)
                 if folded else None for part in ("services", "product_taxes")]
        if not folded or any(t is None for t in apart):
            continue
        (s_lo, s_hi), (p_lo, p_hi) = interval(apart[0]), interval(apart[1])
        ia, y = (s_lo + p_lo, s_hi + p_hi), folded[0]
        ib = interval(y)
        kind = "contradiction" if max(ia[0], ib[0]) > min(ia[1], ib[1]) + 1e-9 else ""
        if kind:
            a_id = f"{apart[0].id}+{apart[1].id}"
            c = Clash(kind, sa, a_id, sb, y.id, "share_with_taxes:services@-2030", ia, ib)
            if flip:
                c = Clash(kind, sb, y.id, sa, a_id, c.quantity, ib, ia)
            out.append(c)
    return out


def side_by_side(projection: Projection, sets: list[str]) -> pd.DataFrame:
    """One scenario judged against several sets: a row per quantity (measure, year, base year),
    the projection's value, and per set its target id, comparator, bounds, status and gap
    (columns ``<set>:<field>``); a set without that quantity leaves its cells empty."""
    rows: dict[str, dict] = {}
    order: list[str] = []
    for sid in registry.as_ids(sets) or ():   # one set written alone, not read as its letters
        ev = evaluate(projection, set_id=sid).set_index("id")
        for tid, tg in registry.targets(sid).items():
            q = _quantity(tg)
            if q not in rows:
                rows[q] = {"quantity": q, "value": ev.at[tid, "value"], "indicator_vi": ev.at[tid, "indicator_vi"],
                           "indicator_en": ev.at[tid, "indicator_en"], "unit": ev.at[tid, "unit"]}
                order.append(q)
            r = rows[q]
            r.update({f"{sid}:id": tid, f"{sid}:comparator": tg.comparator, f"{sid}:low": tg.low,
                      f"{sid}:high": tg.high, f"{sid}:status": ev.at[tid, "status"], f"{sid}:gap": ev.at[tid, "gap"]})
    return pd.DataFrame([rows[q] for q in order])


__all__ = ["Clash", "clashes", "interval", "side_by_side"]
