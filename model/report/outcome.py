"""A solve's outcome in words (`model.solver.SolveResult`): the verdict, each target's line, the
conflicts, what the paths need in investment and from the supply side, the next step, and the
notes (`SolveNote`), in the reader's language, numbers in its convention.

The catalogue (`model.report.strings`) holds every sentence; these functions choose among them
and fill them in, so that the Solve page, `python -m model solve`, the API's ``.text()`` and
``.summary()`` and the deck say one outcome in the same words.

Glossary: lộ trình = path; mục tiêu ràng buộc = binding target; chi phí biên = marginal cost;
vốn đầu tư toàn xã hội = total social investment; TFP = năng suất các nhân tố tổng hợp.
"""

from __future__ import annotations

from . import fmt
from .strings import SECTOR_TEXT, gap_unit, noun, printed_target, sector_label, t, target_name, target_unit


def _note_years(n: dict) -> str:
    """The years a note holds in (its ``at`` list), each run of consecutive ones as a range
    ("2026–2028, 2030"), as `model.report.risk.year_runs` writes them."""
    from .risk import year_runs

    return year_runs(str(n["at"]).split(","))


def solve_note_text(note, lang: str = "en") -> str:
    """A `model.solver.SolveNote` in words."""
    n = dict(note.numbers)
    subject = sector_label(note.subject, lang, short=True) if note.subject in SECTOR_TEXT else target_name(note.subject, lang)
    if note.code in ("bound_low", "bound_high"):
        return t(f"sn_{note.code}", lang, sector=subject, bound=fmt.num(100 * n["bound"], lang, 2),
                 source=t(f"src_{n['source']}", lang), years=_note_years(n))
    if note.code == "shrinks":
        return t("sn_shrinks", lang, sector=subject, years=_note_years(n), min=fmt.num(100 * n["min"], lang, 2))
    if note.code == "jump":
        from ..params import JUMP_PP

        # the step between the two rates as printed (to the hundredth, then shown to the tenth)
        return t("sn_jump", lang, sector=subject, last=fmt.num(100 * n["last"], lang, 2),
                 first=fmt.num(100 * n["first"], lang, 2), year=n["year"],
                 pp=fmt.num(fmt.shown_diff(100 * n["first"], 100 * n["last"], 2), lang, 1, sign=True),
                 limit=fmt.num(JUMP_PP, lang, 0))
    if note.code in ("jump_total", "jump_grdp"):
        from ..params import JUMP_PP

        return t(f"sn_{note.code}", lang, sector=subject, to=fmt.num(100 * n["to"], lang, 2),
                 frm=fmt.num(100 * n["from"], lang, 2), year=n["year"],
                 pp=fmt.num(fmt.shown_diff(100 * n["to"], 100 * n["from"], 2), lang, 1, sign=True),
                 limit=fmt.num(JUMP_PP, lang, 0))
    if note.code == "stalls":
        return t("sn_stalls", lang, sector=subject, max=fmt.num(100 * n["max"], lang, 2),
                 years=fmt.span(n["y0"], n["y1"]), n=n["n"], n_years=noun(n["n"], "year"))
    if note.code in ("price", "price_bound"):
        return t(f"sn_{note.code}", lang, sector=subject, delta=fmt.num(100 * n["delta"], lang, 2, sign=True),
                 band=fmt.num(100 * n["band"], lang, 0))
    if note.code.startswith("supply_"):
        # shares of GRDP to one decimal (as the investment record is shown), growth rates to two
        one = {"supply_tfp": {"share"}, "supply_investment": {"need", "max"}}.get(note.code, set())
        pct = {k: fmt.num(v, lang, 1 if k in one else 2) for k, v in n.items()
               if k not in ("y0", "y1", "year", "window", "years")}
        return t(f"sn_{note.code}", lang, **{**pct, "years": fmt.span(n["y0"], n["y1"]), "year": n.get("year", ""),
                                               "window": n.get("window", ""), "span": n.get("years", "")})
    if note.code == "taxes_follow":
        return t("sn_taxes_follow", lang, eps=fmt.num(n["eps"], lang, 2), avg=fmt.num(100 * n["avg"], lang, 2))
    if note.code == "tiny_miss":
        return t("sn_tiny_miss", lang, target=subject, miss=fmt.num(n["miss"], lang, 4))
    if note.code == "after_target_limit":
        return t("sn_after_target_limit", lang, sector=subject, year=n["year"], years=_note_years(n),
                 value=fmt.num(100 * n["value"], lang, 2), limit=fmt.num(100 * n["limit"], lang, 0))
    if note.code == "after_target":
        return t("sn_after_target", lang, year=n["year"], next=n["year"] + 1, horizon=n["horizon"])
    raise KeyError(note.code)


def _printed(row, lang: str) -> str:
    """A solver target as printed in ``lang`` (the shipped table's comparator and figures)."""
    from ..data import load_solver_targets

    tg = load_solver_targets().set_index("id")
    if row.id not in tg.index or not row.target:
        return row.target
    r = tg.loc[row.id]
    if r["comparator"] == "le" and r["target_low"] != r["target_low"]:   # a cap set at run time (NaN in the table)
        return printed_target("le", row.high, row.high, lang)
    return printed_target(r["comparator"], r["target_low"], r["target_high"], lang)


# the conflicts a slide names (`brief`): a request of the 19 solvable targets found a dozen sets,
# and the sentence ran over the slide's tables
BRIEF_CONFLICTS = 4


def solve_text(result, lang: str = "en", conflicts: bool = True, brief: bool = False) -> str:
    """A `model.solver.SolveResult`'s outcome in one or two sentences (``conflicts``: with the
    sets that cannot hold together; the app lists them apart). ``brief`` (a slide, beside the
    targets' table): a miss counted, not listed (the table gives each value, target and status),
    and the first `BRIEF_CONFLICTS` of the conflicts named, with how many more."""
    r = result.targets
    if result.status == 2:
        return t("sr_stopped", lang, why=result.optimiser)
    if result.status == 0:
        # What the paths need leads (issue 15): "all hold" is no answer if nobody can pay for it.
        method = t({"constant": "sv_constant", "ramp": "sv_ramp", "free": "sv_free_path"}[result.method], lang).lower()
        return investment_text(result, lang) + " " + t("sr_ok" if result.n_targets != 1 else "sr_ok_one", lang,
                                                       n=result.n_targets, method=method,
                                                       free=", ".join(sector_label(s, lang, short=True)
                                                                      for s in result.free))
    missed = [row for row in r.itertuples() if not row.met]
    if brief:
        text = t("sr_bad_count", lang, k=len(missed), n=len(r))
    else:
        text = t("sr_bad", lang, parts="; ".join(
            t("sr_part_below" if row.gap < 0 else "sr_part_above", lang, target=target_name(row.id, lang),
              gap=f"{fmt.num(abs(row.gap), lang, 2)} {gap_unit(row.id, lang)}") for row in missed))
    if result.conflicts and conflicts:
        # a target out of reach on its own is no "set that cannot hold together"; and the names
        # hold commas ("Agriculture, forestry and fishery share"), so a set is joined with " + "
        named = result.conflicts[:BRIEF_CONFLICTS] if brief else result.conflicts
        alone = [target_name(c[0], lang) for c in named if len(c) == 1]
        sets = [" + ".join(target_name(i, lang) for i in c) for c in named if len(c) > 1]
        # in the words the Solve page and `solve` list them in, each a sentence here
        if alone:
            text += " " + t("sv_conflict_alone", lang, items="; ".join(alone)) + "."
        if sets:
            text += " " + t("sv_conflict", lang, items="; ".join(sets)) + "."
        if len(result.conflicts) > len(named):
            text += " " + t("sr_conflicts_more", lang, n=len(result.conflicts) - len(named))
    elif result.diagnosed and not result.conflicts:
        text += " " + t("sr_no_small_conflict", lang, n=result.n_targets)
    return text


def investment_text(result, lang: str = "vi") -> str:
    """The investment a solve's paths need against the record (`need_record_text`), and what
    they need from capital, labour and productivity (`supply_text`)."""
    text = need_record_text(result.investment, result.scenario, lang)
    sup = getattr(result, "supply", None)
    return text + (" " + supply_text(sup, lang) if sup is not None else "")


def idle_text(what: str, fields: dict, lang: str = "vi", where: str = "file") -> str:
    """One of `model.solver.idle_settings` in words for the command line (a file's keys, and the
    flags that change them); ``where`` says where a cap came from: "file" or "flag"."""
    if what == "cap":
        return t("idle_cap", lang, cap=fmt.num(fields["cap"], lang, 1), where=t(f"cap_where_{where}", lang),
                 name=target_name("investment_share", lang))
    if what == "bounds":
        def named(ids):
            return ", ".join(f"{s} ({sector_label(s, lang, short=True)})" for s in ids)
        return t("idle_bounds", lang, sectors=named(fields["sectors"]), free=named(fields["free"]))
    if what == "smooth":
        return t("idle_smooth", lang, mu=fmt.plain(fields["mu"], lang))
    return t(f"idle_{what}", lang)   # taxes, approx


def compromise_need_text(result, lang: str = "vi") -> str:
    """What the paths of a solve that is no success need in investment against the record
    (`need_record_text`; '' for a success, whose `solve_text` leads with it): a compromise's
    paths can be applied too, and cost as much to build. The Solve page shows it beside the
    verdict; `solve_summary` and the deck's slide said nothing of it (a file's compromise needing
    78.7 % of GRDP a year, 2026-12-07)."""
    return "" if result.success else need_record_text(result.investment, result.scenario, lang)


def need_record_text(v: dict, scenario, lang: str = "vi") -> str:
    """The investment a scenario's growth paths need against the record, in one to three
    sentences: ``v`` is `model.investment.need_against_record` of its projection (% of GRDP a
    year at the ICOR band, every published year's share), ``scenario`` names its projects."""
    from ..capital import ICOR_BAND

    text = t("sv_invest" if v["y0"] < v["y1"] else "sv_invest_one", lang, c=fmt.num(v["central"], lang, 1),
             lo=fmt.num(v["low"], lang, 1), hi=fmt.num(v["high"], lang, 1), years=fmt.span(v["y0"], v["y1"]),
             k_lo=fmt.plain(ICOR_BAND["low"], lang), k_hi=fmt.plain(ICOR_BAND["high"], lang),
             rec=", ".join(f"{y}: {fmt.num(x, lang, 1)} %" for y, x in v["record"].items()))
    if v["beyond"]:
        text = t("sv_invest_over", lang, rec=fmt.num(v["record_max"], lang, 1)) + " " + text
    if v.get("largest"):   # the projects' capital, which no growth path moves
        text += " " + t("sv_invest_projects", lang, p=fmt.num(v["projects"], lang, 1), q=fmt.num(v["largest_pct"], lang, 1),
                        name=_project_name(scenario, v["largest"], lang))
    return text


def need_at_icor_text(need, v: dict, icor: float, lang: str = "vi") -> str:
    """The need at the one ICOR asked (`invest --icor K`), in the words of `need_record_text`
    and over its years: ``need`` is `model.investment.required_investment` at ``icor``, ``v``
    `model.investment.need_against_record` (the band's central ICOR). The share is the mean of
    ``share_central_pct`` over ``v``'s years (% of GRDP at current prices), so the two sentences
    read one period; the sentence at the band stood alone under tables at K and gave 44.7 %
    where they gave 30.7 %."""
    years = need.loc[v["y0"]:v["y1"], "share_central_pct"]
    return t("sv_invest_at" if v["y0"] < v["y1"] else "sv_invest_at_one", lang, k=fmt.num(icor, lang, 1),
             c=fmt.num(float(years.mean()), lang, 1), years=fmt.span(v["y0"], v["y1"]))


def investment_step_text(need, p, lang: str = "vi", icor: float | None = None) -> str:
    """Why the first projected year's need stands apart, in a sentence or two: the ``catch_up``
    of `model.investment.required_investment` (billion VND, current prices) for the projection
    ``p``: what the first projected year makes up for (or is spared) because the actual years'
    organic investment (the published total less the named projects' own capital) delivers
    through the lags less (or more) than the scenario's pace needs. '' when it is under 1 % of
    that year's need (nothing worth a sentence), rounds to no billion, or the table has no
    projected year. For a table made with the shipped lags (`model.capital.LAGS`, the three
    weights the words give) and ``icor`` (default the band's central one)."""
    from ..capital import ICOR_BAND, LAGS, _published_investment
    from ..projects import capital_spending

    if not len(need) or "catch_up" not in need:
        return ""
    c, a = float(need["catch_up"].iloc[0]), float(need["need_central"].iloc[0])
    # nothing to say, as shown too: a path of no growth needs nothing and catches up nothing
    # ("2026 needs about 0 billion VND less", it said)
    if abs(c) < 0.01 * abs(a) or fmt.as_shown(abs(c), 0) == 0:
        return ""
    y0, last = int(need.index[0]), p.last_actual_year
    known = list(range(last - len(LAGS) + 2, last + 1))   # the actual years the lags reach into
    unpublished = [y for y in known if y not in _published_investment()]
    # the projects' capital comes off a published total only: a year without one is taken at
    # its own organic pace (`model.capital._actual_real_investment`)
    shown = [y for y in known if y not in unpublished]
    cap = (capital_spending(p.scenario.projects, shown, last)["total"].sum()
           if p.scenario.projects and shown else 0.0)
    w = [fmt.num(100 * x, lang, 0) for x in LAGS]
    fields = dict(y0=y0, a=fmt.num(a, lang, 0), c=fmt.num(abs(c), lang, 0), k=fmt.span(known[0], known[-1]),
                  icor=fmt.plain(icor if icor is not None else ICOR_BAND["central"], lang),
                  w0=w[0], w1=w[1], w2=w[2], x=fmt.plain(round(1 / LAGS[0], 2), lang),
                  src="" if unpublished else t("inv_src_published", lang),
                  less=t("inv_less_projects", lang, cap=fmt.num(cap, lang, 0), years=fmt.span(shown[0], shown[-1]))
                  if cap >= 0.5 else "")
    # no double space where the source word is left out
    text = " ".join(t("inv_catch_up" if c > 0 else "inv_catch_down", lang, **fields).split())
    if unpublished:   # the assumption said, in a sentence of its own
        text += " " + t("inv_src_assumed", lang, years=", ".join(map(str, unpublished)))
    if c > 0 and len(need) > 1 and need["need_central"].iloc[1] < a:
        text += " " + t("inv_catch_up_echo", lang, y0=y0, y1=int(need.index[1]),
                        b=fmt.num(float(need["need_central"].iloc[1]), lang, 0))
    return text


def supply_text(needs, lang: str = "vi") -> str:
    """What a path needs from the supply side (`model.supply.Needs`), in one sentence: TFP at the
    held investment share, or investment at the latest TFP, against the record."""
    r, a = needs.record, needs.avg
    return t("sv_supply", lang, alpha=fmt.num(needs.assumptions.alpha, lang, 2), growth=fmt.num(a["growth_pct"], lang, 2),
             years=fmt.span(*needs.period), tfp=fmt.num(a["tfp_needed_pct"], lang, 2), share=fmt.num(r.share_last, lang, 1),
             recent=fmt.num(r.tfp_recent, lang, 2), best=fmt.num(r.tfp_window_max, lang, 2),
             inv=fmt.num(a["investment_needed_pct"], lang, 1), max=fmt.num(r.share_max, lang, 1))


def next_step(result, lang: str = "vi") -> str:
    """What to try when targets are missed, in words: drop or weigh down one of a conflicting
    set, widen bounds, or let relative prices move; a target out of reach alone names its fix.
    When every target holds but the paths need more investment than in any
    published year: relax the targets, or accept that investment. (Paths where every target
    holds but that were not shown to be the closest, status 2, say what to try in their own
    sentence: only the investment is added.)"""
    if result.success or result.status == 2:
        v = result.investment
        if v["beyond"]:
            return t("sv_next_invest", lang, c=fmt.num(v["central"], lang, 1), rec=fmt.num(v["record_max"], lang, 1),
                     y=v["record_year"])
        return ""
    alone = [c[0] for c in result.conflicts if len(c) == 1]
    step = t("sv_next_alone", lang, items=", ".join(target_name(i, lang) for i in alone)) if alone else t("sv_next", lang)
    v = result.investment
    cap = result.targets.set_index("id")["high"].get("investment_share")
    if "investment_share" in result.missed and v["largest"] and v["central"] - v["projects"] <= cap:
        # the cap is missed, and without the projects' capital, which no growth path moves, the
        # need would be within it: that is what to change
        step += " " + t("sv_next_projects", lang, p=fmt.num(v["projects"], lang, 1), y0=v["y0"], y1=v["y1"],
                        cap=fmt.num(cap, lang, 1), name=_project_name(result.scenario, v["largest"], lang),
                        q=fmt.num(v["largest_pct"], lang, 1))
    return step


def _project_name(scenario, pid: str, lang: str) -> str:
    """A project of ``scenario`` by its name in ``lang`` (the Vietnamese where it has no English
    one)."""
    from ..projects import definition

    p = definition(scenario.projects, pid)
    return p.name_in(lang) if p is not None else pid


def solve_summary(result, lang: str = "en") -> str:
    """The outcome, one line per target, conflicts and notes: what the CLI prints."""
    lines = [solve_text(result, lang, conflicts=False)]   # the sets are listed below, by id
    for row in result.targets.itertuples():
        flag = t("sr_met" if row.met else "sr_missed", lang)
        if row.binding:
            flag += ", " + t("sr_binding", lang) + ", " + t("sr_mult", lang, m=fmt.num(row.multiplier, lang, 3))
        # the id is what --targets takes; the name and units say what the number is
        lines.append("  " + t("sr_row", lang, id=row.id, name=target_name(row.id, lang), value=fmt.num(row.value, lang, 2),
                              unit=target_unit(row.id, lang), target=_printed(row, lang),
                              gap=fmt.num(row.gap, lang, 2, sign=True), gap_unit=gap_unit(row.id, lang), flag=flag))
    for c in result.conflicts:
        key = "sv_conflict_alone" if len(c) == 1 else "sv_conflict"
        lines.append("  " + t(key, lang, items=" + ".join(c)))
    step = next_step(result, lang)
    if step:
        lines.append(step)
    if need := compromise_need_text(result, lang):
        lines.append(need)
    if result.notes:
        lines.append(t("sv_notes", lang) + ":")
        lines += ["  - " + solve_note_text(n, lang) for n in result.notes]
    return "\n".join(lines)
