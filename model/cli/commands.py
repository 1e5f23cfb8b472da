"""The scenario commands: each ``_cmd_<name>(args)`` reads its scenario, runs the model and
prints or writes the answer in the command's language, returning the exit code (`EXIT_OK`…):
validate, workspace, run, quarterly, brief, targets, solve, risk. The analysis commands are in
`model.cli.analyses`, what they share in `model.cli.output`."""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import replace
from pathlib import Path

from .. import workspace as workspace_module
from ..report.fmt import moment, num
from ..report.issues import one_line
from ..report.strings import noun, os_error_text, t as tr
from ..scenario import Scenario, ScenarioError, load_scenario
from ..solver import SolverError
from ..workspace import Workspace
from .args import _split
from .output import (EXIT_BAD_INPUT, EXIT_MISSED, EXIT_OK, _cli_table, _say_idle, _say_unlisted, _say_vintage,
                     _width, _write_tables, resolve)


def _cmd_validate(args) -> int:
    bad = 0
    for path in args.files:
        try:
            sc = resolve(path)
        except ScenarioError as e:
            bad += 1
            for line in e.lines(args.lang):
                print(line, file=sys.stderr)
        else:
            print(tr("cli_valid_ok", args.lang, path=one_line(path), name=sc.name, h=sc.horizon))
            if sc.vintage:
                from ..vintage import current

                if sc.vintage != current():
                    print(tr("cli_valid_vintage", args.lang, path=one_line(path), v=sc.vintage, now=current()))
            _say_unlisted(sc, args.lang)   # valid, but leaving out a plant still ramping up
            if (q := sc.solve) is not None:
                _say_idle(sc, q, "file", args.lang)
    return EXIT_BAD_INPUT if bad else EXIT_OK


def _cmd_workspace(args) -> int:
    from ..scenario import diff_scenarios

    ws = Workspace()
    if (why := ws.problem()) is not None:   # not "0 scenarios": a planner would think them lost
        print(f"{tr('cli_error', args.lang)}: "
              f"{tr('cli_ws_unlisted', args.lang, why=os_error_text(why, args.lang, reading=True))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    ws.clean_stale()  # temporary files of writes that were killed
    entries = ws.entries()
    print(tr("cli_ws_head", args.lang, folder=one_line(ws.folder.resolve()), n=len(entries),
             scenarios=noun(len(entries), "scenario")))
    base = None
    try:
        # the repository's scenarios/ (model/cli/commands.py → three levels up)
        base = load_scenario(Path(__file__).resolve().parents[2] / "scenarios" / "baseline.toml")
    except ScenarioError:
        pass
    for e in entries:
        when = moment(e.modified, args.lang)
        if e.scenario is None:
            print(f"  {e.name:<24} {when}  {tr('cli_ws_invalid', args.lang)}: {e.error.lines(args.lang)[0]}")
            continue
        k = 0 if base is None else len(diff_scenarios(base, e.scenario))
        n = "" if base is None else "  " + tr("cli_ws_changes", args.lang, n=k, changes=noun(k, "change"))
        title = e.scenario.title_in(args.lang)
        print(f"  {e.name:<24} {when}  {title}{n}")
    if more := ws.unlisted():
        print(tr("cli_ws_more", args.lang, n=more, max=workspace_module.MAX_ENTRIES))
    return EXIT_OK


def _cmd_run(args) -> int:
    from ..growth import simulate
    from ..history import assemble_history
    from ..report.export import write_run
    from ..report.views import targets_table
    from ..targets import TARGET_YEAR, structure_rounding

    sc = _with_set(resolve(args.file), args)
    projection = simulate(assemble_history(), sc)
    _say_vintage(sc, projection, args.lang)
    _say_unlisted(sc, args.lang)
    table = targets_table(projection, args.lang)
    files = write_run(projection, table, args.out, lang=args.lang, charts=args.charts)
    counts = table["status"].value_counts()
    lg = args.lang
    r = structure_rounding()
    print(tr("cli_run_files", lg, name=sc.name, n=len(files), out=one_line(args.out)))
    if not args.charts:
        print(tr("cli_run_charts", lg))
    from ..registry import DEFAULT_SET, judged_set
    from ..report.views import set_title

    print(tr("cli_run_set", lg, title=set_title(sc.targets_set, lg)))
    print(tr("cli_run_targets", lg, met=counts.get("met", 0), missed=counts.get("missed", 0),
             nm=counts.get("not_modelled", 0)))
    if projection.horizon >= TARGET_YEAR:   # the set's headline figures, as the Scorecard's cards
        from ..report.views import card_label, card_value, headline

        for tid, row in headline(projection, projection, lg, set_id=sc.targets_set).iterrows():
            print(tr("cli_run_headline", lg, label=card_label(tid, lg), value=card_value(tid, row["value"], lg),
                     target=row["target"], status=row["status"]))
        # targets met by paths that need more investment than the province has ever raised:
        # said with them, as the Scorecard says it (`invest` gives the need year by year)
        from ..investment import need_against_record
        from ..report.outcome import need_record_text

        need = need_against_record(projection)
        if need["beyond"]:
            print(tr("cli_note", lg, line=need_record_text(need, sc, lg)))
    else:
        print(tr("cli_run_short", lg, h=projection.horizon))
    if judged_set(sc) == DEFAULT_SET:   # the programme's rounded shares
        print(tr("cli_run_note", lg, s=num(r["published_sum_pct"], lg, 2), d=num(r["residual_pp"], lg, 2)))
    else:   # another set: what its own targets do together at the scenario's prices, as the Scorecard
        # says it (inside the room too: where the scenario's growth stands against the window)
        from ..consistency import set_findings
        from ..report.findings import finding_text

        for f in set_findings(assemble_history(), sc, projection=projection):
            print(tr("cli_note", lg, line=finding_text(f, lg)))
    return EXIT_OK


def _with_set(sc: Scenario, args) -> Scenario:
    """The scenario judged against ``--targets-set`` when given (else its own ``[targets] set``),
    as the app judges it by another set (`Scenario.with_set`)."""
    ts = getattr(args, "targets_set", None)
    return sc.with_set(ts) if ts else sc


def _year_refused(p, year: int, flag: str, lg: str) -> bool:
    """``year`` is not one of projection ``p``'s years after its first: said on stderr, in words
    (`quarterly --year`, `brief --quarter-year`)."""
    first, last = int(p.years[1]), int(p.horizon)
    if first <= year <= last:
        return False
    print(f"{tr('cli_error', lg)}: {tr('cli_q_year', lg, y=year, a=first, b=last, flag=flag)}", file=sys.stderr)
    return True


def _cmd_quarterly(args) -> int:
    import pandas as pd

    from ..growth import simulate
    from ..history import assemble_history
    from ..quarterly import backtest, quarterly, remaining
    from ..report.views import quarterly_backtest_text, quarterly_view, remaining_note, remaining_text
    from ..report.workbook import quarterly_book
    from ..scenario import write_atomic

    sc = resolve(args.file)
    h = assemble_history()
    p = simulate(h, sc)
    lg = args.lang
    _say_unlisted(sc, lg)
    if _year_refused(p, args.year, "--year", lg):
        return EXIT_BAD_INPUT
    if _rest_refused(args, lg):
        return EXIT_BAD_INPUT
    if args.sector is not None and args.done is None:
        print(f"{tr('cli_error', lg)}: {tr('cli_q_sector', lg)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    q = quarterly(p)
    title = sc.title_in(lg)
    print(tr("qt_head", lg, name=title, year=args.year, h=num(100 * q.share_h1, lg, 1)))
    with pd.option_context("display.width", 220, "display.max_columns", 20):
        print(quarterly_view(q, args.year, lg).to_string(line_width=_width()))
    print(quarterly_backtest_text(backtest(h), lg))
    r = None
    if args.done is not None:
        m, pct = args.done
        r = remaining(q, args.year, m, pct, args.target, args.sector or "grdp")
        print(remaining_text(r, lg))
        print(remaining_note(r, lg))   # the levels it stands on, and what the same quarters delivered
    if args.out:
        # the CSV for machines, and the Quarterly page's workbook for people (its sentences)
        _write_tables(args.out, {"quarterly": (q.year(args.year), False)}, lg)
        book = quarterly_book(q, args.year, sc, lg, r)
        print(tr("cli_written", lg, files=write_atomic(Path(args.out) / "quarterly.xlsx", book)))
    return EXIT_OK


def _rest_refused(args, lg: str) -> bool:
    """--done and --target go together (what the rest of the year needs takes both): said,
    and True, when one comes alone."""
    alone = "cli_q_done" if args.target is None else "cli_q_target"
    if (args.done is None) != (args.target is None):
        print(f"{tr('cli_error', lg)}: {tr(alone, lg)}", file=sys.stderr)
        return True
    return False


def _cmd_brief(args) -> int:
    from ..history import assemble_history
    from ..report.charts import MAX_COMPARED
    from ..report.deck import build
    from ..scenario import write_atomic

    if len(args.files) > MAX_COMPARED:   # one colour each on the comparison's charts
        said = tr("cli_brief_many", args.lang, n=MAX_COMPARED, m=MAX_COMPARED - 1, k=len(args.files))
        print(f"{tr('cli_error', args.lang)}: {said}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if _rest_refused(args, args.lang):
        return EXIT_BAD_INPUT
    if args.xlsx and len(args.files) < 2:   # said before any work
        print(f"{tr('cli_error', args.lang)}: {tr('cli_brief_xlsx_one', args.lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for out in (args.out, args.xlsx):
        if out and Path(out).is_dir():   # refused before the deck is written, not after (said by `main`)
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), out)
    scenarios = [_with_set(resolve(f), args) for f in args.files]
    history = assemble_history()
    year = args.quarter_year
    if year is not None:   # a year of the briefed scenario, as `quarterly --year` takes
        from ..growth import simulate

        if _year_refused(simulate(history, scenarios[0]), year, "--quarter-year", args.lang):
            return EXIT_BAD_INPUT
    rest = None if args.done is None else (*args.done, args.target)
    data = build(history, scenarios, lang=args.lang, set_id=args.targets_set, draws=args.draws, quarter_year=year,
                 seed=args.seed, sources=args.sources, quarter_rest=rest)
    path = write_atomic(Path(args.out), data)
    print(tr("cli_brief", args.lang, path=one_line(path), n=len(scenarios)))
    if args.xlsx:
        path = write_atomic(Path(args.xlsx), _comparison_book(history, scenarios, args))
        print(tr("cli_written", args.lang, files=one_line(path)))
    return EXIT_OK


def _comparison_book(history, scenarios, args) -> bytes:
    """The Compare page's workbook of ``scenarios`` (the first the reference), judged by the
    deck's set (``--targets-set``, else the first file's), with each one's probabilities drawn
    as the deck's are; each column named as the page names it, "file · title"."""
    from ..growth import simulate
    from .. import uncertainty
    from ..report.views import column_keys, compare_table
    from ..report.workbook import compare_book, compare_extras

    set_id = args.targets_set or scenarios[0].targets_set
    keys = column_keys(len(scenarios))
    projections, results = {}, {}
    for k, sc in zip(keys, scenarios):
        name = f"{sc.name} · {sc.title_in(args.lang)}"
        projections[name if name not in projections else f"{name} ({k})"] = simulate(history, sc)   # a file given twice
        results[k] = (uncertainty.run(history, sc.with_set(set_id), draws=args.draws, seed=args.seed, sources=args.sources,
                                      fans=False) if sc.horizon >= 2030 else None)
    probs, notes = compare_extras(projections, compare_table(projections, args.lang, set_id), results, args.lang)
    return compare_book(projections, args.lang, set_id, probabilities=probs, notes=notes)


def _cmd_targets(args) -> int:
    from ..history import assemble_history
    from ..report.views import clash_lines, set_title
    from .. import registry

    lg = args.lang
    if not args.set:
        for sid in registry.set_ids():
            print(f"{sid}: {set_title(sid, lg)}")
        return EXIT_OK
    print(f"{args.set}: {set_title(args.set, lg)}")
    from ..report.views import set_source

    print(set_source(args.set, lg))
    from ..report.strings import printed_target, target_name, unit_label

    rows = registry.set_rows(args.set)
    for r in rows.itertuples():
        modelled = "" if r.measure else "  (" + tr("not_modelled", lg).lower() + ")"
        print(f"  {r.id}: {target_name(r.id, lg)} {printed_target(r.comparator, r.target_low, r.target_high, lg)}"
              f" {unit_label(r.unit, lg)}{modelled}")
    other = args.against or (registry.DEFAULT_SET if args.set != registry.DEFAULT_SET else None)
    if other:
        for line in clash_lines(other, args.set, assemble_history(), lg):
            print("- " + line)
    return EXIT_OK


def _cmd_solve(args) -> int:
    from ..consistency import consistency_report, report_frame, required_growth
    from ..history import assemble_history
    from ..report.export import write_solve
    from ..scenario import SolveSettings

    sc = _with_set(resolve(args.file), args)
    st = sc.solve or SolveSettings()
    targets = _split(args.targets) or st.targets
    free = _split(args.free) or st.free
    method = args.method or st.method
    approx = args.approx or st.approx
    from ..solver import solve

    if args.timing:
        from ..projects import load_projects

        if args.timing not in load_projects() and args.timing not in sc.projects:
            raise SolverError("unknown_project", value=repr(args.timing), allowed=", ".join(load_projects()))
    taxes = args.taxes or st.taxes
    prices = tuple(_split(args.prices) or st.prices)
    priorities = dict(st.priorities)
    priorities.update(args.priority or {})
    history = assemble_history()
    _say_unlisted(sc, args.lang)
    cap = args.investment_cap if args.investment_cap is not None else st.investment_cap
    # the file's request with the flags over it: solved, said, and timed as one
    asked = replace(st, targets=targets, free=free, method=method, approx=approx, taxes=taxes, investment_cap=cap,
                    priorities=priorities, prices=prices)
    result = solve(history, sc, **asked.arguments())
    # after the solve, which refuses a request it cannot pose ("unknown target"): a note on the
    # cap beside that error would speak of targets that are not there
    _say_idle(sc, asked, "flag" if args.investment_cap is not None else "file", args.lang)
    report = report_frame(consistency_report(history, sc))
    required = required_growth(history, sc, targets, free=free, method=method, approx=approx,
                               bounds=st.bounds, taxes=taxes, prices=prices, result=result, investment_cap=cap)
    files = write_solve(result, report, required, args.out, lang=args.lang, overwrite=args.overwrite,
                        charts=args.charts)
    print(result.summary(args.lang))
    if args.timing:
        import pandas as pd

        from ..analysis import project_timing
        from ..report.strings import t
        from ..report.views import started_note, timing_notes, timing_view

        # the request solved above, its investment cap included
        tm = project_timing(history, sc, args.timing, **asked.arguments())
        print(t("tm_title", args.lang))
        with pd.option_context("display.width", 200, "display.max_columns", 30):
            print(timing_view(tm, args.lang).to_string(line_width=_width()))
        for note in (started_note(tm, args.lang), *timing_notes(tm, args.lang)):
            if note:
                print(note)
    print(tr("cli_run_files", args.lang, name=result.scenario.name, n=len(files), out=one_line(args.out)))
    # Status 2 (every target holds, the paths not shown to be the closest) is not a failure of
    # the command: its files are written and the sentence above says what to try.
    return EXIT_MISSED if result.status == 1 else EXIT_OK


def _cmd_risk(args) -> int:
    from ..history import assemble_history
    from ..report import risk as rv
    from ..report.export import csv_bytes
    from ..report.charts import fan_of, titled
    from ..report.vega import chart_files
    from ..scenario import write_atomic
    from ..uncertainty import run

    sc = _with_set(resolve(args.file), args)
    lg = args.lang
    _say_unlisted(sc, lg)
    result = run(assemble_history(), sc, draws=args.draws, seed=args.seed, sources=args.sources)
    line = rv.source_line(result, lg)
    title = sc.title_in(lg)
    print(tr("cli_risk_head", lg, name=title, line=line))
    if not len(result.probabilities):
        print(tr("rk_short_horizon", lg, h=sc.horizon, fix=tr("rk_fix_file", lg)))
    else:
        table = rv.probabilities(result, lg)
        print(_cli_table(table.set_index("indicator")[["central", "target", "probability"]].rename_axis(
            tr("col_indicator", lg)).rename(columns={"central": tr("rk_central_col", lg), "target": tr("col_target", lg),
                                                     "probability": tr("rk_prob_col", lg)}), lg))
        for s in rv.sentences(result, lg):
            print(s)
    if args.out:
        out = Path(args.out)
        files = [write_atomic(out / "probabilities.csv", csv_bytes(rv.probability_file(result), index=False)),
                 write_atomic(out / "fan.csv", csv_bytes(result.fan, index=False))]
        for m in rv.FILE_FANS:
            made = chart_files(titled(fan_of(result, m, lg, source=line), title), lg)
            for kind in ("png", "svg"):
                files.append(write_atomic(out / f"fan_{m}.{kind}", made[kind]))
        print(tr("cli_risk_files", lg, n=len(files), out=one_line(args.out)))
    return EXIT_OK
