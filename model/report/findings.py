"""A consistency finding (`model.consistency.Finding`) in words: its numbers formatted for the
reader's language and set into the catalogue's sentences (`model.report.strings.FINDINGS`).

The catalogue holds the words; this module only chooses among them and fills them in, so the
Scorecard, the CLI's `validate` and the deck say each finding alike.

Glossary: mâu thuẫn = conflict; khoảng mục tiêu = target band; chỉ số giảm phát = deflator.
"""

from __future__ import annotations

from . import fmt
from .strings import FINDINGS, printed_target


def finding_text(finding, lang: str = "vi") -> str:
    """A consistency `Finding` in words, its numbers formatted for ``lang``."""
    n = dict(finding.numbers)
    d = 2

    def p(x, digits=d):  # a fraction as percent, without the % sign (the template has it)
        return fmt.num(100 * x, lang, digits)

    def x(v, digits=d):
        return fmt.num(v, lang, digits)

    fid = finding.id
    if fid == "real_vs_nominal":
        f = dict(g1=x(1 + n["g_low"] / 100), n=n["years"], g1n=x(n["real_multiple"]), g=x(n["g_low"], 0),
                 m_low=x(n["m_low"], 1), m_high=x(n["m_high"], 1), d_low=p(n["deflator_low"]),
                 d_high=p(n["deflator_high"]), y0=n["base"] + 1, y1=n["target_year"])
    elif fid == "remaining_years":
        f = dict(y0=n["base"] + 1, last=n["last"], done=p(n["real_done"]), n_done=x(n["nominal_done"]),
                 base=n["base"], next=n["last"] + 1, y1=n["target_year"], r_req=p(n["real_required"]),
                 n_lo=p(n["nominal_low"]), n_hi=p(n["nominal_high"]), d_hi=p(n["deflator_high"]),
                 d_lo=p(n["deflator_low"]))
    elif fid == "scenario_deflator":
        fid = "scenario_deflator_bad" if finding.severity == "conflict" else "scenario_deflator_ok"
        f = dict(d_sc=p(n["scenario_deflator"]), next=n["last"] + 1, y1=n["target_year"],
                 d_hi=p(n["deflator_high"]), g=x(n["g_low"], 0), m_high=x(n["m_high"], 1))
    elif fid == "per_capita_vs_multiple":
        inside = FINDINGS["inside" if finding.severity == "info" else "outside"][1 if lang == "en" else 0]
        # the product of the two figures as printed: 170 × 1,386.4 read "235,687" from the
        # unrounded population (1,386.394), a thousand million off what a reader multiplies
        shown = fmt.as_shown(n["per_capita_target"], 0) * fmt.as_shown(n["population"], 1)
        f = dict(pc=x(n["per_capita_target"], 0), pop=x(n["population"], 1), y1=n["target_year"],
                 total=x(shown, 0), m=x(n["multiple_from_per_capita"]),
                 base=n["base"], where=inside, m_low=x(n["m_low"], 1), m_high=x(n["m_high"], 1))
    elif fid in ("set_level_room", "set_per_capita_vs_multiple"):
        f = _set_finding_words(fid, finding.severity, n, lang, p, x)
    elif fid == "structure_rounding":
        f = dict(sum=x(n["published_sum_pct"]), res=x(n["residual_pp"]))
    elif fid == "provincial_plan_rates":
        sep = "/"
        f = dict(agr=p(n["rate_agriculture"]), ind=p(n["rate_industry_construction"]),
                 srv=p(n["rate_services"]), tax=p(n["rate_product_taxes"]), base=n["base"],
                 g_plan=x(n["growth_pct"]), g=x(n["g_low"], 0), y1=n["target_year"],
                 shares=sep.join(x(v, 1) for v in n["shares"]),
                 targets=sep.join(fmt.plain(v, lang) for v in n["targets"]))
    else:
        raise KeyError(fid)
    vi, en = FINDINGS[fid]
    return (en if lang == "en" else vi).format(**f)


def _set_finding_words(fid: str, severity: str, n: dict, lang: str, p, x) -> dict:
    """The fields of a `model.consistency.set_findings` finding's sentence (``p`` a fraction as
    percent, ``x`` a number, both in the reader's convention)."""
    import math

    def w(key, **kw):
        vi, en = FINDINGS[key]
        return (en if lang == "en" else vi).format(**kw)

    def span(lo, hi, digits):   # an interval as printed: "221.269–244.560", or "≥ 252.000" when open above
        return f"{x(lo, digits)}–{x(hi, digits)}" if math.isfinite(hi) else f"≥ {x(lo, digits)}"

    def levels(bounds):   # each end of a per capita band × the population: the product of the figures printed
        pop = fmt.as_shown(n["population"], 1)
        return span(*(fmt.as_shown(b, 1) * pop if math.isfinite(b) else b for b in bounds), 0)

    common = dict(set=n["set_title"][1 if lang == "en" else 0], y1=n["target_year"], last=n["last"])
    if fid == "set_level_room":
        printed = printed_target(*n["target"], lang)   # as the Scorecard prints it: "≈ 168", "≥ 2"
        if n["kind"] == "per_capita":
            level = w("slr_level_per_capita", t=printed, span=span(*n["bounds"], 1), y1=n["target_year"],
                      pop=x(n["population"], 1), n=levels(n["bounds"]))
        else:
            level = w("slr_level_multiple", y1=n["target_year"], m=printed, base=n["base"],
                      n=span(n["level_low"], n["level_high"], 0))
        d_lo, d_hi = n["deflator_low"], n["deflator_high"]
        room = (w("slr_room_both", lo=p(d_lo), hi=p(d_hi)) if math.isfinite(d_lo) and math.isfinite(d_hi)
                else w("slr_room_low", lo=p(d_lo)) if math.isfinite(d_lo) else w("slr_room_high", hi=p(d_hi)))
        g = x(n["g_low"])
        if severity == "conflict":
            verdict = w("slr_high", g_max=x(n["g_max"]), g=g)
        elif severity == "warning":
            verdict = w("slr_low", g_need=x(n["g_need"]), g=g)
        else:
            hi, g_sc = n["g_high"], n["g_scenario"]
            # judged as printed (two decimals): a growth shown equal to an end of the window is inside it
            shown = round(g_sc, 2)
            where = ("slr_below" if shown < round(n["g_low"], 2) else
                     "slr_above" if math.isfinite(hi) and shown > round(hi, 2) else "slr_in")
            verdict = w("slr_ok_window", window=w("slr_window", a=g, b=x(hi)) if math.isfinite(hi) else w("slr_window_open", g=g),
                        next=n["last"] + 1, y1=n["target_year"], g_sc=x(g_sc), where=w(where))
        # no record to quote when the last actual year is the first the history prices (2020)
        r0 = n["record_from"] + 1   # "2021", not "2021–2021", for a single year
        record = (w("slr_record", years=f"{r0}–{n['last']}" if r0 < n["last"] else str(r0), d_rec=p(n["deflator_record"]))
                  if math.isfinite(n["deflator_record"]) else "")
        return dict(common, g=g, next=n["last"] + 1, level=level, room=room, record=record,
                    d_sc=p(n["scenario_deflator"]), verdict=verdict)
    verdict = (w("spm_apart", g_pop=p(n["population_growth"]), need=x(n["population_needed"], 1), y1=n["target_year"],
                 g_need=p(n["population_growth_needed"]), last=n["last"]) if severity == "conflict" else w("spm_meet"))
    return dict(common, pc=span(*n["pc_bounds"], 1), pop=x(n["population"], 1), a=levels(n["pc_bounds"]),
                m=printed_target(*n["multiple_target"], lang), base=n["base"], b=span(*n["from_multiple"], 0),
                verdict=verdict)
