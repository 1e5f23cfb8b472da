"""Data vintages: which release a build of the history goes up to, and what a scenario file made
with an older one should be told when it is opened again.

`vintages.csv` lists every vintage the package has shipped (id, the latest release it uses, what
changed, in both languages); the last is the current one (`current`). A scenario written by the
package records the vintage it was made with and its 2030 answers then (`stamp`:
``[meta] vintage`` and ``[meta.answers]``, the headline figures). Opened under a newer vintage,
`reopened` says what changed between the two and how each recorded answer moved — the check the
quintel Energy Transition Model's users asked for after a data update silently changed their old
scenarios, and the one Climate Interactive runs on stored scenarios at every release.

Glossary: lần cập nhật số liệu = data vintage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd

from . import registry
from .data import _read_csv, vintage
from .growth import Projection, need_projection
from .scenario import Scenario, need_scenario


@lru_cache(maxsize=1)
def _table() -> pd.DataFrame:
    return _read_csv("vintages.csv")


def vintages() -> pd.DataFrame:
    """Every shipped vintage, oldest first: vintage, latest_release, what_vi, what_en (a copy)."""
    return _table().copy()


def current() -> str:
    """The vintage of the data this package ships (the last row of `vintages.csv`)."""
    return vintage()


def answers(projection: Projection, set_id: str | None = None, ids=None) -> dict[str, float]:
    """The 2030 answers of a projection, as recorded (4 decimals): the headline targets of the
    set ``set_id`` (`model.registry.headline`; the programme's by default), or the targets
    ``ids`` of any set (ids the registry does not know, or whose year the horizon does not
    reach, are left out)."""
    arrays = registry.ProjectionArrays(need_projection(projection))
    known = registry.all_ids()
    ids = registry.headline(set_id) if ids is None else [i for i in ids if i in known]
    return {tid: round(float(registry.get(tid).value(arrays)[0]), 4) for tid in ids
            if registry.get(tid).year <= projection.horizon}


def stamp(scenario: Scenario, projection: Projection) -> Scenario:
    """The scenario with the current vintage and its headline 2030 answers recorded (what a
    file written by the package carries): the headline of the set it is judged by, so that a
    file of the 2026–2030 plan records its growth over 2026–2030, not the programme's."""
    return replace(need_scenario(scenario), vintage=current(), answers=answers(projection, scenario.targets_set))


@dataclass(frozen=True)
class Reopened:
    """A file from vintage ``then`` opened under ``now``: what changed in between (``changes``:
    (vintage, text in both languages) for each later vintage) and each recorded answer then and
    now (``moved``: id → (then, now))."""

    then: str
    now: str
    changes: tuple[tuple[str, str, str], ...]
    moved: dict


def reopened(scenario: Scenario, projection: Projection) -> Reopened | None:
    """What to tell the user opening ``scenario`` (None: made with the current vintage, or
    recording none)."""
    then, now = need_scenario(scenario).vintage, current()
    need_projection(projection)
    if not then or then == now:
        return None
    t = _table()
    known = list(t["vintage"])
    later = t.iloc[known.index(then) + 1:] if then in known else t
    # what the file recorded, whatever set it was judged by then (its set may have changed since)
    mine = answers(projection, ids=list(scenario.answers or {}))
    moved = {k: (float(v), mine.get(k)) for k, v in (scenario.answers or {}).items()}
    return Reopened(then=then, now=now, changes=tuple((r.vintage, r.what_vi, r.what_en) for r in later.itertuples()),
                    moved=moved)


__all__ = ["Reopened", "answers", "current", "reopened", "stamp", "vintages"]
