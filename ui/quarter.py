"""What a planner knows of a year's quarters: the cumulative growth already published or typed on
the Quarterly page, and the year's target. They are the planner's facts, not the scenario's:
kept for the session through edits and loads, each sector's apart, and followed by the
scenario shown while untyped (the published figure, else the scenario's own quarters and year).

They live in ``ss["quarter"]``, keyed "YEAR.WHO.D" (cumulative growth of the first D quarters,
percent), "YEAR.WHO.y" (the year's target, percent) and "YEAR.WHO.n" (the quarters done chosen),
and ride in the link as ``q.YEAR.WHO.…`` (`ui.settings_link.quarter_to_link`): a reload or a shared link
gives the same sentence. The Quarterly page edits them (`facts`, `type_in`, `choose_done`,
`untype`); the decks of the Export and Compare pages carry GRDP's (`deck_rest`), so that the
quarterly slide says what the page says."""

from __future__ import annotations

from dataclasses import dataclass

from model import quarterly as Q

from . import state


@dataclass(frozen=True)
class Facts:
    """One year's figures for GRDP or a sector (``who``), percent on the same period a year
    before: ``done`` quarters with cumulative growth ``done_pct`` and the year's ``target_pct``,
    each typed or, untyped, the published figure or the path's own, unrounded (``done_default``,
    ``target_default``: the same to two decimals, as the boxes show them); ``typed``: the keys
    (in ``ss["quarter"]``) of those typed; ``published``: the published figure of those
    quarters, if any (percent, `model.quarterly.SourceRow`)."""

    year: int
    who: str
    done: int
    done_pct: float
    target_pct: float
    done_default: float
    target_default: float
    done_key: str
    target_key: str
    typed: tuple[str, ...]
    published: tuple | None


def typed() -> dict:
    """The session's figures (``ss["quarter"]``), created empty."""
    return state.ss().setdefault("quarter", {})


def type_in(k: str, v: float) -> None:
    """Keep the figure ``v`` (percent) typed for ``k`` ("YEAR.WHO.D" or "YEAR.WHO.y")."""
    typed()[k] = v


def untype(keys: tuple[str, ...]) -> None:
    """Give the figures ``keys`` back to the scenario shown (a callback)."""
    for k in keys:
        typed().pop(k, None)


def default_done(year: int, who: str = Q.TOTAL) -> int:
    """The quarters the page starts at: the one chosen (kept in the link), else the latest
    published, else the first."""
    chosen = typed().get(f"{year}.{who}.n")
    if chosen is not None:
        return int(chosen)
    published = Q.published_cumulative(year, who)
    return max(published) if published else 1


def choose_done(year: int, who: str, k: str) -> None:
    """Keep the quarters done chosen in the page's box ``k`` (a callback; the key the box was
    drawn with, `ui.state.key`)."""
    typed()[f"{year}.{who}.n"] = int(state.ss()[k])


def done_name(year: int, who: str = Q.TOTAL) -> str:
    """The name of the page's "quarters done" choice for ``year`` and ``who`` (`state.seed`)."""
    return f"qt.done.{year}.{who}"


def facts(q: Q.Quarterly, year: int, who: str = Q.TOTAL, done: int | None = None) -> Facts:
    """The figures the page shows for ``year`` and ``who`` after ``done`` quarters (default:
    `default_done`, the page's choice once made), from the session and the quarters ``q`` of
    the scenario shown."""
    kept = typed()
    done = int(done if done is not None else default_done(year, who))
    tab = q.table(year)   # the year's cumulative growth by quarters done (the path's own)
    pub = Q.published_cumulative(year, who).get(done)
    done_key, target_key = f"{year}.{who}.{done}", f"{year}.{who}.y"
    # untyped, the arithmetic takes the path's own figures unrounded (the boxes show them to two
    # decimals): the rest of the year then needs exactly the path's own rest, where the rounded
    # 12,51 and 12,64 gave "must grow by 12,68 % (the scenario's path: 12,67 %)" in green
    done_x = pub[0] if pub else float(tab.at[who, f"cum{done}_pct"])
    target_x = float(tab.at[who, "cum4_pct"])
    done_d, target_d = round(done_x, 2), round(target_x, 2)
    return Facts(year=year, who=who, done=done, done_pct=kept.get(done_key, done_x),
                 target_pct=kept.get(target_key, target_x), done_default=done_d, target_default=target_d,
                 done_key=done_key, target_key=target_key, typed=tuple(k for k in (done_key, target_key) if k in kept),
                 published=pub)


def deck_rest(q: Q.Quarterly, year: int | None) -> tuple[int, float, float] | None:
    """GRDP's (quarters done, their cumulative growth, the year's target) for the deck's
    quarterly slide of ``year`` (`model.report.deck.build`'s ``quarter_rest``), as the
    Quarterly page shows them; None where nothing is known yet (nothing typed, nothing
    published: the sentence would only repeat the scenario's own path)."""
    if year is None:
        return None
    f = facts(q, year)
    return (f.done, float(f.done_pct), float(f.target_pct)) if f.typed or f.published else None
