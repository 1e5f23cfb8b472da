"""Hypothesis strategies: any scenario that validation accepts, as a TOML document."""

from __future__ import annotations

import tomli_w
from hypothesis import strategies as st

from model.params import MAX_YEAR, MIN_YEAR, RATES
from model.scenario.checks import BIDI_RE, _CONTROL_RE, _blank
from model.sectors import INVESTABLE, SECTOR_IDS


def rate_value(kind: str):
    p = RATES[kind]
    return st.one_of(
        st.floats(p.lo, p.hi, allow_nan=False, allow_infinity=False),
        # values people type: a few decimals
        st.integers(int(p.lo * 1000), int(p.hi * 1000)).map(lambda k: k / 1000),
        st.sampled_from([p.lo, p.hi, 0.0]))


def rate(kind: str):
    table = st.dictionaries(st.integers(MIN_YEAR + 1, MAX_YEAR).map(str), rate_value(kind),
                            min_size=1, max_size=8)
    return st.one_of(rate_value(kind), table)


@st.composite
def scenario_doc(draw) -> dict:
    last = draw(st.one_of(st.none(), st.integers(2020, 2025)))
    start = 2025 if last is None else last
    meta = {"name": draw(st.from_regex(r"[A-Za-z0-9_\-]{1,20}", fullmatch=True)),
            "title_vi": draw(st.text(min_size=1, max_size=40).filter(
                lambda s: not _blank(s) and not _CONTROL_RE.search(s) and not BIDI_RE.search(s))),
            "horizon": draw(st.integers(start + 1, MAX_YEAR))}
    if last is not None:
        meta["last_actual_year"] = last
    return {"meta": meta, "population": {"growth": draw(rate("population"))},
            "sectors": {s: sector_doc(draw, s) for s in SECTOR_IDS}}


def sector_doc(draw, sector: str) -> dict:
    kind = draw(driver(sector))
    return {kind: draw(rate(kind)), "inflation": draw(rate("inflation"))}


def driver(sector: str):
    """growth, or for a sector that has capital, sometimes investment."""
    return st.sampled_from(["growth", "growth", "investment"] if sector in INVESTABLE else ["growth"])


def scenario_toml():
    return scenario_doc().map(tomli_w.dumps)
