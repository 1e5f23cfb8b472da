"""The session's settings in the link, beside the scenario (`ui.codec`), pure (no Streamlit):
what a page was given that is not an assumption of the scenario, kept so that a link, a reload
and Back give the same pages. Each ``*_to_link`` writes only what differs from the default; each
``*_from_link`` reads what it can and reports the rest as `ui.codec.LinkIssue` (a catalogue key
and its fields), the rest still applying.

The uncertainty settings, so that the probabilities (and the deck) are the same:

    rk.n=1000  rk.seed=3  rk.off=projects,icor  rk.x.growth=1.5
    draws (one of RISK_DRAWS), seed, the sources switched off, a source's scale (0 to 5)

The Quarterly page's figures, the planner's facts for a year of GRDP or a sector, so that the
quarterly report's sentence (and the deck's slide) survives a reload and a shared link:

    q.2026.grdp.3=8.05   cumulative growth of the first three quarters of 2026, percent
    q.2026.grdp.y=9      the year's target, percent
    q.2026.grdp.n=2      the quarters done chosen (1–3)

The Scorecard's trends of tracked targets, a year in each target's unit:

    tk.urbanisation_rate=2.5
"""

from __future__ import annotations

import re
from typing import Mapping

from model.params import MAX_YEAR, MIN_YEAR
from model.quarterly import TOTAL as QUARTERLY_TOTAL
from model.sectors import SECTOR_IDS
from model.uncertainty import MAX_SCALE as MAX_RISK_SCALE
from model.uncertainty import MAX_SEED
from model.uncertainty import SOURCES as RISK_SOURCES

from .codec import QUARTER_PREFIX, RISK_PREFIX, TREND_PREFIX, LinkIssue, link_number, number_in


# ---- the uncertainty settings in the link -----------------------------------------------------
# The Uncertainty page's choices: draws from a list (a run of 100,000 takes seconds; more would
# hold the server), a seed of 32 bits, each source on or off and scaled within 0–5.
RISK_DRAWS = (1_000, 10_000, 100_000)
RISK_DEFAULT = {"draws": 10_000, "seed": 0}
_ASCII_INT = re.compile(r"[0-9]{1,10}")


def default_risk() -> dict:
    """The uncertainty settings of a new session: 10,000 draws, seed 0, every source on at
    its own size."""
    return {**RISK_DEFAULT, "sources": {k: True for k in RISK_SOURCES},
            "scale": {k: 1.0 for k in RISK_SOURCES}}


def risk_to_link(s: Mapping | None) -> dict[str, str]:
    """The link parameters of the uncertainty settings ``s`` (``ss["risk"]``): only what
    differs from `default_risk`."""
    if not s:
        return {}
    out = {}
    if int(s.get("draws", RISK_DEFAULT["draws"])) != RISK_DEFAULT["draws"]:
        out[RISK_PREFIX + "n"] = str(int(s["draws"]))
    if int(s.get("seed", RISK_DEFAULT["seed"])) != RISK_DEFAULT["seed"]:
        out[RISK_PREFIX + "seed"] = str(int(s["seed"]))
    off = [k for k in RISK_SOURCES if not s.get("sources", {}).get(k, True)]
    if off:
        out[RISK_PREFIX + "off"] = ",".join(off)
    for k in RISK_SOURCES:
        x = float(s.get("scale", {}).get(k, 1.0))
        if x != 1.0:
            out[f"{RISK_PREFIX}x.{k}"] = link_number(x)
    return out


def risk_from_link(params: Mapping[str, str]) -> tuple[dict, list[LinkIssue]]:
    """The uncertainty settings the link's ``rk.*`` parameters give (the defaults for the
    rest), and a `LinkIssue` for each value that cannot be used. Digits are ASCII only (an
    Arabic-Indic digit is read by int() but should not ride in a link unseen); a scale takes
    the decimal point or comma."""
    s, issues = default_risk(), []
    for key, raw in params.items():
        if not key.startswith(RISK_PREFIX):
            continue
        what = key[len(RISK_PREFIX):]
        value = raw.strip()
        if what == "n":
            if _ASCII_INT.fullmatch(value) and int(value) in RISK_DRAWS:
                s["draws"] = int(value)
            else:
                issues.append(LinkIssue("url_rk_draws", {"key": key, "value": raw[:40], "allowed": RISK_DRAWS,
                                                         "default": RISK_DEFAULT["draws"]}))
        elif what == "seed":
            if _ASCII_INT.fullmatch(value) and int(value) <= MAX_SEED:
                s["seed"] = int(value)
            else:
                issues.append(LinkIssue("url_rk_seed", {"key": key, "value": raw[:40], "hi": MAX_SEED}))
        elif what == "off":
            names = [x.strip() for x in value.split(",") if x.strip()]
            bad = [x for x in names if x not in RISK_SOURCES]
            if bad:
                issues.append(LinkIssue("url_rk_source", {"key": key, "value": bad[0][:40],
                                                          "allowed": ", ".join(RISK_SOURCES)}))
            for x in names:
                if x in RISK_SOURCES:
                    s["sources"][x] = False
        elif what.startswith("x.") and what[2:] in RISK_SOURCES:
            x = number_in(value, 0.0, MAX_RISK_SCALE)
            if x is not None:
                s["scale"][what[2:]] = x
            else:
                issues.append(LinkIssue("url_rk_scale", {"key": key, "value": raw[:40], "hi": link_number(MAX_RISK_SCALE)}))
        else:
            issues.append(LinkIssue("url_unknown", {"key": key[:40]}))
    return s, issues


# ---- the Quarterly page's figures in the link ------------------------------------------------
# Keyed as in the session (``ss["quarter"]``, `ui.quarter`): "YEAR.WHO.D" the cumulative growth
# of the first D quarters (D = 1–3), "YEAR.WHO.y" the year's target, both percent on the same
# period a year before within the page's box bounds; "YEAR.WHO.n" the quarters done chosen.
QUARTER_WHO = (QUARTERLY_TOTAL, *SECTOR_IDS)   # GRDP and the sectors
QUARTER_PCT = (-50.0, 100.0)          # the boxes' bounds, percent
QUARTER_DONE = (1, 2, 3)
_QUARTER_KEY = re.compile(r"([0-9]{4})\.([a-z_]{1,40})\.([1-3ny])")


def quarter_to_link(facts: Mapping[str, float] | None) -> dict[str, str]:
    """The link parameters of the Quarterly page's figures ``facts`` (``ss["quarter"]``)."""
    return {QUARTER_PREFIX + k: (str(int(v)) if k.endswith(".n") else link_number(v)) for k, v in sorted((facts or {}).items())}


def quarter_from_link(params: Mapping[str, str]) -> tuple[dict[str, float], list[LinkIssue]]:
    """The Quarterly page's figures the link's ``q.*`` parameters give, and a `LinkIssue` for
    each that cannot be used: a year outside MIN_YEAR–MAX_YEAR, an unknown sector, quarters
    other than 1–3, a percent outside the boxes' bounds or not a number (ASCII digits, the
    decimal point or comma)."""
    out: dict[str, float] = {}
    issues: list[LinkIssue] = []
    for key, raw in params.items():
        if not key.startswith(QUARTER_PREFIX):
            continue
        m = _QUARTER_KEY.fullmatch(key[len(QUARTER_PREFIX):])
        if m is None or not MIN_YEAR <= int(m[1]) <= MAX_YEAR or m[2] not in QUARTER_WHO:
            issues.append(LinkIssue("url_q_key", {"key": key[:60], "lo": str(MIN_YEAR), "hi": str(MAX_YEAR),
                                                  "allowed": ", ".join(QUARTER_WHO)}))
            continue
        value, what = raw.strip(), m[3]
        if what == "n":
            if value in {str(d) for d in QUARTER_DONE}:
                out[key[len(QUARTER_PREFIX):]] = int(value)
            else:
                issues.append(LinkIssue("url_q_done", {"key": key[:60], "value": raw[:40]}))
            continue
        x = number_in(value, *QUARTER_PCT)
        if x is not None:
            out[key[len(QUARTER_PREFIX):]] = x
        else:
            issues.append(LinkIssue("url_q_pct", {"key": key[:60], "value": raw[:40], "lo": link_number(QUARTER_PCT[0]),
                                                  "hi": link_number(QUARTER_PCT[1])}))
    return out, issues


# ---- the Scorecard's trends of the tracked targets in the link ---------------------------------
# A tracked target (one the projection does not measure, `model.tracking`) reaches 2030 from its
# latest published figure at a trend a year in its own unit: the record's, or the planner's typed
# on the Scorecard (``ss["tk_trends"]``), which a reload and a shared link keep: "tk.ID=0.5".
TREND_RANGE = (-100.0, 100.0)   # the boxes' bounds, in each target's unit a year


def trends_to_link(trends: Mapping[str, float] | None) -> dict[str, str]:
    """The link parameters of the planner's trends ``trends`` (target id → a year's change)."""
    return {TREND_PREFIX + k: link_number(v) for k, v in sorted((trends or {}).items())}


def trends_from_link(params: Mapping[str, str], allowed: tuple[str, ...]) -> tuple[dict[str, float], list[LinkIssue]]:
    """The trends the link's ``tk.*`` parameters give for the tracked targets ``allowed`` (those
    with a published figure, whose boxes the Scorecard draws), and a `LinkIssue` for each that
    cannot be used: another target, or a value outside TREND_RANGE or not a number (ASCII
    digits, the decimal point or comma)."""
    out: dict[str, float] = {}
    issues: list[LinkIssue] = []
    for key, raw in params.items():
        if not key.startswith(TREND_PREFIX):
            continue
        tid, value = key[len(TREND_PREFIX):], raw.strip()
        if tid not in allowed:
            issues.append(LinkIssue("url_tk_key", {"key": key[:60], "allowed": ", ".join(allowed)}))
            continue
        x = number_in(value, *TREND_RANGE)
        if x is not None:
            out[tid] = x
        else:
            issues.append(LinkIssue("url_tk_value", {"key": key[:60], "value": raw[:40], "lo": link_number(TREND_RANGE[0]),
                                                     "hi": link_number(TREND_RANGE[1])}))
    return out, issues
