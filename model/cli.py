"""Command line.

    python -m model validate FILE...
    python -m model run FILE --out DIR [--lang en] [--charts png,svg]
    python -m model solve FILE --out DIR [--targets ID,...] [--free S,...] [--method M] [--approx A]
                                         [--taxes follow|held] [--priority ID=W ...] [--prices S,...]
    python -m model frontier FILE [--out DIR] the highest growth under each cap on the multiple
    python -m model attribute A B [--out DIR] the 2030 difference B − A split among the changes
    python -m model workspace                 list the scenarios saved in the workspace
    python -m model projects [FILE --project ID [--delay N]]   the project table; a project on,
                                              late or dropped in a scenario
    python -m model backtest [--out DIR]      2016-2025 with the projects at their real dates,
                                              against the naive rule; what the projects added;
                                              the quarterly split against the published quarters
    python -m model invest FILE [--share S] [--icor K] [--out DIR]   the investment a scenario
                                              needs; with --share, the growth S of GRDP buys

FILE is a path to a scenario file, or the name of a scenario saved in the workspace (the app's
"Kho kịch bản", folder ``$HATINH_WORKSPACE`` or ``workspace/``), written ``ws:NAME`` or just
``NAME`` when no such file exists.

Exit codes: 0 success (for ``solve``: every chosen target holds); 3 ``solve`` found no paths
meeting every target (the best compromise is still written); 2 bad input (invalid scenario,
unreadable file, unknown target or sector); 1 an unexpected failure, reported in one line
(``--debug`` shows the traceback).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import textwrap

from pathlib import Path

from . import params as P
from .allocator import tune
from .report.export import WouldOverwrite
from .report.fmt import num, plain
from .report.strings import noun, t as tr
from .report.views import cli_table, crowding_text
from .scenario import Scenario, ScenarioError, load_scenario
from .sectors import SECTOR_IDS
from .solver import SolverError
from .workspace import Workspace, WorkspaceError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_MISSED = 0, 1, 2, 3


def _width() -> int | None:
    """The terminal's width when the output is one: a table wider than it prints in blocks of
    columns, each repeating the row names (a 300-character row wrapped into three screen lines
    per row, interleaved, unreadable). Into a file or a pipe, None: whole rows, for grep and awk."""
    import shutil

    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


class _WrappedOut:
    """Standard output on a terminal: a line of prose longer than the window wraps at spaces,
    its indent kept and a list item's text aligned (a 1,300-character sentence of `solve` broke
    mid-word at the window's edge); a table's row (runs of two spaces or more) is left as it is,
    already at the window's width (`_width`). Into a file or a pipe nothing is installed."""

    def __init__(self, out, width: int):
        self._out, self._width, self._pending = out, max(int(width), 20), ""

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self._out.write(self._wrap(line) + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._out.write(self._wrap(self._pending))
            self._pending = ""
        self._out.flush()

    def _wrap(self, line: str) -> str:
        if len(line) <= self._width or re.search(r"\S {2,}\S", line):
            return line
        body = line.lstrip()
        indent = line[:len(line) - len(body)]
        hang = indent + " " * (len(body) - len(body.lstrip("-•* ")) if body[:1] in "-•*" else 0)
        return textwrap.fill(line, self._width, subsequent_indent=hang, break_long_words=False,
                             break_on_hyphens=False)

    def __getattr__(self, name):   # isatty, fileno, encoding…: the terminal's own
        return getattr(self._out, name)


def _cli_table(frame, lang: str, digits=1) -> str:
    """`model.report.views.cli_table` at the terminal's width (`_width`)."""
    return cli_table(frame, lang, digits, line_width=_width())


def resolve(arg: str) -> Scenario:
    """The scenario an argument names: a file path, ``ws:NAME``, or a workspace NAME."""
    if arg.startswith("ws:"):
        return Workspace().load(arg[3:])
    if not Path(arg).exists() and Workspace().exists(arg):
        return Workspace().load(arg)
    return load_scenario(arg)


def _number(text: str) -> float | None:
    """A flag's number typed either way, 0,4 or 0.4 (`model.report.fmt.parse_number`, as every
    box of the app reads it); None if it is not one."""
    from .report.fmt import NumberTextError, parse_number

    try:
        return parse_number(text, "en", grouping=False)
    except NumberTextError:
        return None


def _out_dir(text: str) -> str:
    if not text.strip():
        raise _bad_arg("arg_out")
    return text


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
            print(tr("cli_valid_ok", args.lang, path=path, name=sc.name, h=sc.horizon))
            if sc.vintage:
                from .vintage import current

                if sc.vintage != current():
                    print(tr("cli_valid_vintage", args.lang, path=path, v=sc.vintage, now=current()))
            _say_unlisted(sc, args.lang)   # valid, but leaving out a plant still ramping up
    return EXIT_BAD_INPUT if bad else EXIT_OK


def _cmd_workspace(args) -> int:
    from .scenario import diff_scenarios

    ws = Workspace()
    ws.clean_stale()  # temporary files of writes that were killed
    entries = ws.entries()
    print(tr("cli_ws_head", args.lang, folder=ws.folder.resolve(), n=len(entries),
             scenarios=noun(len(entries), "scenario")))
    base = None
    try:
        base = load_scenario(Path(__file__).resolve().parents[1] / "scenarios" / "baseline.toml")
    except ScenarioError:
        pass
    for e in entries:
        when = e.modified.strftime("%Y-%m-%d %H:%M")
        if e.scenario is None:
            print(f"  {e.name:<24} {when}  {tr('cli_ws_invalid', args.lang)}: {e.error.lines(args.lang)[0]}")
            continue
        k = 0 if base is None else len(diff_scenarios(base, e.scenario))
        n = "" if base is None else "  " + tr("cli_ws_changes", args.lang, n=k, changes=noun(k, "change"))
        title = e.scenario.title_in(args.lang)
        print(f"  {e.name:<24} {when}  {title}{n}")
    return EXIT_OK


def _say_vintage(sc: Scenario, projection, lang: str) -> None:
    """A file made with an older data vintage: what changed since and how its answers moved."""
    from .report.views import vintage_lines
    from .vintage import reopened

    r = reopened(sc, projection)
    for line in vintage_lines(r, lang) if r else ():
        print(tr("cli_note", lang, line=line))


def _say_unlisted(sc: Scenario, lang: str) -> None:
    """Committed plants still ramping up that the file does not list, so that their growth is
    not counted (`model.projects.unlisted_ramping`): said before the numbers they move; and
    settings the file gives plants at capacity by the last actual year, which move nothing
    (`model.projects.inert_settings`)."""
    from .history import assemble_history   # built once per process
    from .projects import inert_settings, unlisted_ramping
    from .report.views import inert_text, unlisted_text

    last = assemble_history().last_actual(sc)
    for text in (unlisted_text(unlisted_ramping(sc.projects, last, sc.horizon), last, lang, where="file"),
                 inert_text(inert_settings(sc.projects, last), last, lang)):
        if text:
            print(tr("cli_note", lang, line=text))


def _cmd_run(args) -> int:
    from .growth import simulate
    from .history import assemble_history
    from .report.export import write_run
    from .report.views import targets_table
    from .targets import structure_rounding

    sc = _with_set(resolve(args.file), args)
    projection = simulate(assemble_history(), sc)
    _say_vintage(sc, projection, args.lang)
    _say_unlisted(sc, args.lang)
    table = targets_table(projection, args.lang)
    files = write_run(projection, table, args.out, lang=args.lang, charts=args.charts)
    counts = table["status"].value_counts()
    lg = args.lang
    r = structure_rounding()
    print(tr("cli_run_files", lg, name=sc.name, n=len(files), out=args.out))
    if not args.charts:
        print(tr("cli_run_charts", lg))
    from .registry import DEFAULT_SET, judged_set
    from .report.views import set_title

    print(tr("cli_run_set", lg, title=set_title(sc.targets_set, lg)))
    print(tr("cli_run_targets", lg, met=counts.get("met", 0), missed=counts.get("missed", 0),
             nm=counts.get("not_modelled", 0)))
    if judged_set(sc) == DEFAULT_SET:   # the programme's rounded shares
        print(tr("cli_run_note", lg, s=num(r["published_sum_pct"], lg, 2), d=num(r["residual_pp"], lg, 2)))
    else:   # another set: what its own targets do together at the scenario's prices, as the Scorecard
        # says it (inside the room too: where the scenario's growth stands against the window)
        from .consistency import set_findings
        from .report.strings import finding_text

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

    from .growth import simulate
    from .history import assemble_history
    from .quarterly import backtest, quarterly, remaining
    from .report.views import quarterly_backtest_text, quarterly_view, remaining_text

    sc = resolve(args.file)
    h = assemble_history()
    p = simulate(h, sc)
    lg = args.lang
    _say_unlisted(sc, lg)
    if _year_refused(p, args.year, "--year", lg):
        return EXIT_BAD_INPUT
    if args.done is not None and args.target is None:
        print(f"{tr('cli_error', lg)}: {tr('cli_q_done', lg)}", file=sys.stderr)
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
    if args.done is not None:
        m, pct = args.done
        print(remaining_text(remaining(q, args.year, m, pct, args.target, args.sector or "grdp"), lg))
    if args.out:
        _write_tables(args.out, {"quarterly": (q.year(args.year), False)}, lg)
    return EXIT_OK


def _done(text: str) -> tuple[int, float]:
    """``Q=PCT``: the quarters already published (1-3) and their cumulative growth, percent."""
    q_, _, pct = text.partition("=")
    q_, v = q_.strip(), _number(pct)
    if not (q_.isascii() and q_.isdigit()) or v is None:   # digits 0-9 only, as everywhere
        raise _bad_arg("arg_done", text=text)
    m = int(q_)
    if m not in (1, 2, 3):
        raise _bad_arg("arg_done_q", text=text)
    if not -50 <= v <= 100:
        raise _bad_arg("arg_growth_range", text=text)
    return m, v


def _pct(text: str) -> float:
    v = _number(text)
    if v is None:
        raise _bad_arg("arg_growth", text=text)
    if not -50 <= v <= 100:
        raise _bad_arg("arg_growth_range", text=text)
    return v


def _cmd_brief(args) -> int:
    from .history import assemble_history
    from .report.charts import MAX_COMPARED
    from .report.deck import build
    from .scenario import write_atomic

    if len(args.files) > MAX_COMPARED:   # one colour each on the comparison's charts
        said = tr("cli_brief_many", args.lang, n=MAX_COMPARED, m=MAX_COMPARED - 1, k=len(args.files))
        print(f"{tr('cli_error', args.lang)}: {said}", file=sys.stderr)
        return EXIT_BAD_INPUT
    scenarios = [_with_set(resolve(f), args) for f in args.files]
    history = assemble_history()
    year = args.quarter_year
    if year is not None:   # a year of the briefed scenario, as `quarterly --year` takes
        from .growth import simulate

        if _year_refused(simulate(history, scenarios[0]), year, "--quarter-year", args.lang):
            return EXIT_BAD_INPUT
    data = build(history, scenarios, lang=args.lang, set_id=args.targets_set, draws=args.draws, quarter_year=year)
    path = write_atomic(Path(args.out), data)
    print(tr("cli_brief", args.lang, path=path, n=len(scenarios)))
    return EXIT_OK


def _cmd_targets(args) -> int:
    from .history import assemble_history
    from .report.views import clash_lines, set_title
    from . import registry

    lg = args.lang
    if not args.set:
        for sid in registry.set_ids():
            print(f"{sid}: {set_title(sid, lg)}")
        return EXIT_OK
    print(f"{args.set}: {set_title(args.set, lg)}")
    from .report.views import set_source

    print(set_source(args.set, lg))
    from .report.strings import printed_target, target_name

    rows = registry.set_rows(args.set)
    for r in rows.itertuples():
        modelled = "" if r.measure else "  (" + tr("not_modelled", lg).lower() + ")"
        print(f"  {r.id}: {target_name(r.id, lg)} {printed_target(r.comparator, r.target_low, r.target_high, lg)}"
              f"{modelled}")
    other = args.against or (registry.DEFAULT_SET if args.set != registry.DEFAULT_SET else None)
    if other:
        for line in clash_lines(other, args.set, assemble_history(), lg):
            print("- " + line)
    return EXIT_OK


def _split(text: str | None) -> list[str] | None:
    return None if text is None else [x.strip() for x in text.split(",") if x.strip()]


def _cmd_solve(args) -> int:
    from .consistency import consistency_report, report_frame, required_growth
    from .history import assemble_history
    from .report.export import write_solve
    from .scenario import SolveSettings

    sc = _with_set(resolve(args.file), args)
    st = sc.solve or SolveSettings()
    targets = _split(args.targets) or st.targets
    free = _split(args.free) or st.free
    method = args.method or st.method
    approx = args.approx or st.approx
    from .solver import solve

    if args.timing:
        from .projects import load_projects

        if args.timing not in load_projects() and args.timing not in sc.projects:
            raise SolverError("unknown_project", value=repr(args.timing), allowed=", ".join(load_projects()))
    taxes = args.taxes or st.taxes
    prices = tuple(_split(args.prices) or st.prices)
    priorities = dict(st.priorities)
    priorities.update(args.priority or {})
    history = assemble_history()
    _say_unlisted(sc, args.lang)
    cap = args.investment_cap if args.investment_cap is not None else st.investment_cap
    result = solve(history, sc, targets, free=free, method=method, bounds=st.bounds,
                   smoothness=st.smoothness, approx=approx, taxes=taxes, priorities=priorities, prices=prices,
                   investment_cap=cap)
    report = report_frame(consistency_report(history, sc))
    required = required_growth(history, sc, targets, free=free, method=method, approx=approx,
                               bounds=st.bounds, taxes=taxes, prices=prices, result=result, investment_cap=cap)
    files = write_solve(result, report, required, args.out, lang=args.lang, overwrite=args.overwrite,
                        charts=args.charts)
    print(result.summary(args.lang))
    if args.timing:
        import pandas as pd

        from .analysis import project_timing
        from .report.strings import t
        from .report.views import started_note, timing_view

        tm = project_timing(history, sc, args.timing, targets, free=free, method=method, bounds=st.bounds,
                            smoothness=st.smoothness, approx=approx, taxes=taxes, priorities=priorities, prices=prices)
        print(t("tm_title", args.lang))
        with pd.option_context("display.width", 200, "display.max_columns", 30):
            print(timing_view(tm, args.lang).to_string(line_width=_width()))
        if started_note(tm, args.lang):
            print(started_note(tm, args.lang))
    print(tr("cli_run_files", args.lang, name=result.scenario.name, n=len(files), out=args.out))
    if result.status == 2:
        return EXIT_FAILURE
    return EXIT_OK if result.success else EXIT_MISSED


def _write_tables(out_dir: str, tables: dict, lang: str) -> None:
    """Write each frame as ``<name>.csv`` in ``out_dir`` (atomically) and say where, in
    ``lang``. A value is a frame, or (frame, write_index)."""
    from .report.export import csv_bytes
    from .report.strings import t
    from .scenario import write_atomic

    paths = []
    for name, frame in tables.items():
        frame, index = frame if isinstance(frame, tuple) else (frame, True)
        paths.append(write_atomic(Path(out_dir) / f"{name}.csv", csv_bytes(frame, index=index)))
    print(t("cli_written", lang, files=", ".join(str(p) for p in paths)))


def _cmd_frontier(args) -> int:
    import pandas as pd

    from .history import assemble_history
    from .report.strings import t
    from .report.views import frontier_view
    from .scenario import SolveSettings
    from .solver import frontier

    sc = resolve(args.file)
    st = sc.solve or SolveSettings()
    against = {"multiple": "grdp_multiple", "investment": "investment_share"}[args.against]
    _say_unlisted(sc, args.lang)
    table = frontier(assemble_history(), sc, free=_split(args.free) or st.free, bounds=st.bounds,
                     taxes=args.taxes or st.taxes, against=against)
    print(t("fr_cli" if args.against == "multiple" else "fri_cli", args.lang, name=sc.name))
    with pd.option_context("display.width", 250, "display.max_columns", 30, "display.max_colwidth", 60):
        view = frontier_view(table, args.lang)
        print(view.set_index(view.columns[0]).to_string(line_width=_width()))   # the cap heads each block
    if args.out:
        _write_tables(args.out, {"frontier": table}, args.lang)
    return EXIT_OK


def _cmd_attribute(args) -> int:
    from .attribution import attribute
    from .history import assemble_history
    from .report.strings import t
    from .report.views import attribution_numbers, attribution_view

    a, b = resolve(args.a), resolve(args.b)
    if a.horizon < 2030 or b.horizon < 2030:
        raise SolverError("text", text=t("at_short", args.lang))
    # the outcomes of --targets-set, else of B's own set (the scenario compared), as `run` judges it
    table = attribute(assemble_history(), a, b, set_id=args.targets_set)   # B's own set by default
    print(t("at_note", args.lang, a=a.name, b=b.name))
    if table.attrs["method"] == "sequential":
        from .attribution import MAX_SHAPLEY

        print(t("at_note_sequential", args.lang, n=MAX_SHAPLEY))
    # One block per outcome, a line per changed assumption: the table had a column per assumption
    # (ten columns, 400 characters a line), which no terminal shows whole; the CSV keeps the grid.
    view = attribution_view(table, args.lang)
    width = max(len(str(i)) for i in view.index)
    for outcome in view.columns:
        print(f"\n{outcome}")
        for factor, value in view[outcome].items():
            print(f"  {factor:<{width}}  {value:>10}")
    if args.out:
        _write_tables(args.out, {"attribution": attribution_numbers(table, args.lang)}, args.lang)
    return EXIT_OK


def _priority(text: str) -> dict[str, float]:
    tid, sep, w = text.partition("=")
    v = _number(w) if sep else None
    if v is None:
        raise _bad_arg("arg_priority", text=repr(text))
    return {tid.strip(): v}


class _Priorities(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        got = dict(getattr(namespace, self.dest) or {})
        got.update(values)
        setattr(namespace, self.dest, got)


def _cmd_projects(args) -> int:
    import pandas as pd

    from .analysis import project_ids, project_variants
    from .history import assemble_history
    from .projects import calibration, projects_table
    from .report.views import calibration_lines

    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.max_colwidth", 40):
        if args.file is None:
            t = projects_table()
            name = "name_en" if args.lang == "en" else "name_vi"
            print(_cli_table(t[[name, "sector", "status", "default_on", "first_year", "ramp", "va_bn2010", "va_low",
                               "va_high", "va_method", "capex_bn"]], args.lang, 0))
            print("\n" + tr("cli_projects_units", args.lang))
            print("\n".join(calibration_lines(calibration(), args.lang)))
            return EXIT_OK
        if not args.project:
            raise SolverError("project_needed")
        sc = resolve(args.file)
        if sc.horizon < 2030:
            raise SolverError("project_horizon", file=args.file, value=sc.horizon)
        _say_unlisted(sc, args.lang)
        try:
            table = project_variants(assemble_history(), sc, args.project, delays=(args.delay,))
        except KeyError:
            raise SolverError("unknown_project_id", value=repr(args.project),
                              allowed=", ".join(project_ids(sc))) from None
        from .report.views import project_names, project_variants_notes, project_variants_view, variant_name

        late = variant_name(f"delay_{args.delay}", args.lang)
        years = "2030" if sc.horizon == 2030 else tr("pv_years_h", args.lang, h=sc.horizon)
        print(tr("cli_pv_head", args.lang, name=sc.title_in(args.lang), late=late[:1].lower() + late[1:],
                 project=project_names(args.lang, sc).get(args.project, args.project), years=years))
        print(project_variants_view(table, args.lang).to_string(line_width=_width()))
        for line in project_variants_notes(table, args.lang):
            print(tr("cli_note", args.lang, line=line))
    return EXIT_OK


def _cmd_invest(args) -> int:
    import pandas as pd

    from .growth import simulate
    from .history import assemble_history
    from .investment import growth_from_investment, icor_record, investment_record, required_investment
    from .registry import growth_period

    history = assemble_history()
    sc = resolve(args.file)
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        lg = args.lang
        _say_unlisted(sc, lg)
        print(tr("cli_invest_record", lg))
        print(_cli_table(investment_record(history), lg, 1))
        print(_cli_table(icor_record(history).drop(columns="note"), lg, {"deflator_prev": 2, "icor": 2}))
        if args.share is not None:
            try:
                bought = growth_from_investment(history, sc, args.share, icor=args.icor or 7.0)
                p = simulate(history, bought)
            except ScenarioError as e:   # growth no scenario may hold: said as the Projects page says it
                print(tr("inv_out_of_range", lg, s=num(100 * args.share, lg, 1), k=num(args.icor or 7.0, lg, 1)),
                      file=sys.stderr)
                for line in e.lines(lg)[:5]:
                    print("  " + line, file=sys.stderr)
                return EXIT_BAD_INPUT
            last = p.last_actual_year
            a, b = growth_period(sc.targets_set)   # the period the file's target set judges
            period = tr("cli_invest_period", lg, g=num(100 * p.average_growth(a, b), lg, 2), a=a + 1, b=b) \
                if p.horizon >= b and (a + 1, b) != (last + 1, p.horizon) else ""
            print("\n" + tr("cli_invest_buys", lg, s=num(100 * args.share, lg, 1), k=num(args.icor or 7.0, lg, 1),
                              g=num(100 * p.average_growth(last, p.horizon), lg, 2), y0=last + 1, y1=p.horizon)
                  + period)
            print(_cli_table((100 * p.growth_real.loc[last + 1:]).rename("growth_pct").to_frame(), lg, 2))
            crowded = crowding_text(p, args.share, lg)
            if crowded:
                print(crowded)
            table = required_investment(p, icor=args.icor)
        else:
            table = required_investment(simulate(history, sc), icor=args.icor)
        print("\n" + tr("cli_invest_need", lg, name=sc.name,
                         icor="6 / 7 / 8" if args.icor is None else num(args.icor, lg, 1)))
        cols = [c for c in table.columns if c.startswith(("need", "share_"))] + ["projects", "state", "nonstate", "fdi"]
        print(_cli_table(table[[c for c in cols if c in table.columns]], lg, 1))
        if args.out:
            _write_tables(args.out, {"investment": table}, lg)
    return EXIT_OK


def _cmd_supply(args) -> int:
    import pandas as pd

    from .growth import simulate
    from .history import assemble_history
    from .report.strings import solve_note_text, supply_text
    from .solver import supply_notes
    from .report.views import supply_record_file
    from .supply import Assumptions, accounting, needs, record, record_bases

    history = assemble_history()
    sc = resolve(args.file)
    a = Assumptions(alpha=args.alpha, delta=args.delta, ky0=args.ky0)
    lg = args.lang
    rec, acc = record(history), accounting(history, a)
    p = simulate(history, sc)
    n = needs(p, a)
    _say_unlisted(sc, lg)
    with pd.option_context("display.width", 220, "display.max_columns", 30):
        print(tr("cli_supply_record", lg, a=num(a.alpha, lg, 2), d=num(100 * a.delta, lg, 1), k=num(a.ky0, lg, 1)))
        print(_cli_table(rec[["grdp_real_bn", "investment_bn", "investment_share_pct", "employment_thousand",
                             "employment_ratio_pct"]], lg, 1))
        print("\n" + tr("cli_supply_accounting", lg))
        print(_cli_table(acc.drop(columns="capital_bn"), lg, 2))
        print("\n" + tr("cli_supply_needs", lg, name=sc.name))
        print(_cli_table(n.table, lg, 2))
        print("\n" + supply_text(n, lg))
        for note in supply_notes(p) if a == Assumptions() else ():
            print("  - " + solve_note_text(note, lg))
    if args.out:
        _write_tables(args.out, {"supply_record": supply_record_file(rec, record_bases(history), lg),
                                 "growth_accounting": acc, "supply_needs": n.table}, lg)
    return EXIT_OK


def _cmd_backtest(args) -> int:
    import pandas as pd

    from .backtest import attribution, backtest, sector_backtest, sector_panel
    from .history import assemble_history
    from .quarterly import backtest as quarterly_backtest
    from .report import views
    from .report.strings import sector_label

    r, lg = backtest(), args.lang

    def show(frame: pd.DataFrame, index: bool = True) -> None:
        print(frame.to_string(index=index, line_width=_width()))

    with pd.option_context("display.width", 220, "display.max_columns", 30):
        print(tr("cli_bt_a", lg))
        show(views.backtest_paths_view(r.out_of_sample, lg))
        print("\n" + tr("cli_bt_b", lg))
        show(views.backtest_paths_view(r.in_sample, lg))
        print("\n" + tr("bt_score", lg) + ":")
        show(views.backtest_score_view(r.rmse, lg), index=False)
        print(tr("cli_bt_organic", lg, a=num(100 * r.organic["a_2016_2020"], lg, 2),
                 b=num(100 * r.organic["b_2016_2025"], lg, 2)))
        print(views.backtest_note(r.rmse, lg))
        a = attribution()
        print("\n" + tr("bt_attr_note", lg))
        show(views.backtest_attribution_view(a, lg))
        panel, prov = sector_panel()
        print("\n" + tr("cli_bt_panel", lg))
        growth = (panel.pct_change() * 100).iloc[1:]
        growth.columns = [sector_label(s, lg, short=True) for s in growth.columns]
        growth.index.name = tr("year", lg)
        show(views.text_frame(growth, lg, 2))
        sb = sector_backtest()
        print("\n" + tr("bt_sector_score", lg) + ":")
        show(views.sector_score_view(sb, lg), index=False)
        print(views.sector_score_note(sb, lg))
        qb = quarterly_backtest(assemble_history())
        print("\n" + tr("qt_bt_table", lg) + ":")
        show(views.quarterly_backtest_view(qb, lg), index=False)
        print(views.quarterly_backtest_text(qb, lg))
    if args.out:
        cells = prov.merge(panel.stack().rename("real_bn").reset_index().rename(columns={"level_1": "sector"}),
                           on=["year", "sector"])
        _write_tables(args.out, {"backtest": pd.concat({"a": r.out_of_sample, "b": r.in_sample}),
                                 "backtest_rmse": (r.rmse, False), "attribution": a,
                                 "sector_panel": (views.panel_cells_file(cells, lg), False), "sector_backtest": sb,
                                 "quarterly_backtest": (qb.frame, False)},
                      lg)
    return EXIT_OK


def _cmd_risk(args) -> int:
    from .history import assemble_history
    from .report import risk as rv
    from .report.export import csv_bytes
    from .report.charts import fan_of, titled
    from .report.vega import chart_files
    from .scenario import write_atomic
    from .uncertainty import run

    sc = _with_set(resolve(args.file), args)
    lg = args.lang
    _say_unlisted(sc, lg)
    result = run(assemble_history(), sc, draws=args.draws, seed=args.seed, sources=args.sources)
    line = rv.source_line(result, lg)
    title = sc.title_in(lg)
    print(tr("cli_risk_head", lg, name=title, line=line))
    if not len(result.probabilities):
        print(tr("rk_short_horizon", lg))
    else:
        table = rv.probabilities(result, lg)
        print(_cli_table(table.set_index("indicator")[["central", "probability"]].rename_axis(
            tr("col_indicator", lg)).rename(columns={"central": tr("rk_central_col", lg),
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
        print(tr("cli_risk_files", lg, n=len(files), out=args.out))
    return EXIT_OK


def _whole(text: str, lo: int, hi: int, what: str, example: str) -> int:
    """A whole number between ``lo`` and ``hi``, or a message naming ``what`` and the fix."""
    try:
        v = int(text)
    except ValueError:
        raise _bad_arg(f"arg_whole_{what}", text=repr(text), example=example) from None
    if not lo <= v <= hi:
        raise _bad_arg(f"arg_range_{what}", text=text, lo=lo, hi=hi)
    return v


def _investment_cap(text: str) -> float:
    """A cap in % of GRDP, typed 55, 55.5 or 55,5."""
    from .params import INVESTMENT_CAP_RANGE

    lo, hi = INVESTMENT_CAP_RANGE
    v = _number(text)
    if v is None or not lo <= v <= hi:
        raise _bad_arg("arg_cap", text=repr(text), lo=f"{lo:g}", hi=f"{hi:g}")
    return v


def _draws(text: str) -> int:
    from .uncertainty import MAX_DRAWS

    return _whole(text, 1, MAX_DRAWS, "draws", "10000")


def _seed(text: str) -> int:
    return _whole(text, 0, 2 ** 32 - 1, "seed", "0")


def _sources(text: str) -> tuple[str, ...]:
    from .uncertainty import SOURCES

    out = tuple(x.strip() for x in text.split(",") if x.strip())
    bad = [x for x in out if x not in SOURCES]
    if bad:
        raise _bad_arg("arg_sources", text=repr(bad[0]), allowed=",".join(SOURCES))
    return out


# what a FILE argument may be (`resolve`)
SCENARIO_HELP = "a scenario: a .toml file, ws:NAME or the name of one saved in the workspace"


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The command line; its help in ``lang`` (`model.report.cli_help` holds the Vietnamese)."""
    ap = _Parser(prog="python -m model", description="Hà Tĩnh 2030 scenario simulator")
    ap.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    sub = ap.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check scenario files; exit 2 if any is invalid")
    v.add_argument("files", nargs="+", metavar="FILE", help="scenarios to check: .toml files, ws:NAME or names saved in the workspace")
    v.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the messages")
    v.set_defaults(func=_cmd_validate)
    w = sub.add_parser("workspace", help="list the scenarios saved in the workspace")
    w.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the titles")
    w.set_defaults(func=_cmd_workspace)
    r = sub.add_parser("run", help="project a scenario and write its tables (and charts, with --charts)")
    r.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    r.add_argument("--out", required=True, metavar="DIR", type=_out_dir, help="folder for the outputs")
    r.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the notes and charts")
    r.add_argument("--charts", type=_chart_kinds, default=(), metavar="KIND,...",
                   help="also write the five charts as png, svg or png,svg (about 1.5 s more)")
    r.add_argument("--targets-set", type=_set_id, metavar="ID",
                   help="judge against this target set (python -m model targets lists them; default: the file's "
                        "[targets] set, else the Resolution 26 programme)")
    r.set_defaults(func=_cmd_run)
    s = sub.add_parser("solve", help="find sector growth paths that reach the targets; exit 3 "
                                     "if they cannot all hold")
    s.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    s.add_argument("--out", required=True, metavar="DIR", type=_out_dir, help="folder for the outputs")
    s.add_argument("--targets", metavar="ID,...", help="target ids (default: the file's [solve] "
                                                       "table, else the seven economic targets and the investment cap)")
    s.add_argument("--free", metavar="SECTOR,...", help="sectors the solver may move (default agriculture, "
                                                     "industry_construction, services)")
    s.add_argument("--method", choices=["constant", "ramp", "free"], help="path parametrisation")
    s.add_argument("--approx", choices=["band", "equal"], help="how to pose '≈' targets")
    s.add_argument("--taxes", choices=["follow", "held"],
                   help="product taxes follow their tax base (default) or keep the scenario's path")
    s.add_argument("--prices", metavar="SECTOR,...",
                   help="sectors whose relative price the solver may move too (±2 pp a year)")
    s.add_argument("--timing", metavar="PROJECT", help="also solve with the project on time, 1-5 years late "
                                                        "and dropped: how late can it be?")
    s.add_argument("--investment-cap", type=_investment_cap, metavar="PCT",
                   help="cap on total social investment, %% of GRDP a year (the investment_share target; "
                        "default: the record's highest share plus 5)")
    s.add_argument("--priority", type=_priority, action=_Priorities, metavar="ID=W",
                   help="weight of a target's miss when targets conflict (repeatable; default 1)")
    s.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the report and charts")
    s.add_argument("--charts", type=_chart_kinds, default=(), metavar="KIND,...",
                   help="also write the solved projection's five charts as png, svg or png,svg")
    s.add_argument("--overwrite", action="store_true",
                   help="replace an existing, different <name>_solved.toml in DIR")
    s.add_argument("--targets-set", type=_set_id, metavar="ID",
                   help="judge against this target set (python -m model targets lists them; default: the file's "
                        "[targets] set, else the Resolution 26 programme)")
    s.set_defaults(func=_cmd_solve)
    fr = sub.add_parser("frontier", help="the highest average growth under each cap on the 2030 multiple (2.5-3.0)")
    fr.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    fr.add_argument("--free", metavar="SECTOR,...", help="sectors the solver may move")
    fr.add_argument("--taxes", choices=["follow", "held"], help="product taxes follow their base (default) or are held")
    fr.add_argument("--against", choices=["multiple", "investment"], default="multiple",
                    help="the cap: on the 2030 GRDP multiple (default) or on investment, %% of GRDP")
    fr.add_argument("--out", type=_out_dir, metavar="DIR", help="also write frontier.csv there")
    fr.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the heading")
    fr.set_defaults(func=_cmd_frontier)
    at = sub.add_parser("attribute", help="split the 2030 difference B - A among the assumptions that changed")
    at.add_argument("a", metavar="A", help="the reference scenario (a .toml file, ws:NAME or a workspace name)")
    at.add_argument("b", metavar="B", help="the scenario compared with it (the same forms)")
    at.add_argument("--out", type=_out_dir, metavar="DIR", help="also write attribution.csv there")
    at.add_argument("--targets-set", type=_set_id, metavar="ID",
                    help="split the 2030 outcomes of this target set (default: B's [targets] set, else the "
                         "Resolution 26 programme)")
    at.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the labels")
    at.set_defaults(func=_cmd_attribute)
    pj = sub.add_parser("projects", help="the project table; with FILE and --project, the project on, late or off")
    pj.add_argument("file", metavar="FILE", nargs="?", help="with --project: " + SCENARIO_HELP)
    pj.add_argument("--project", metavar="ID", help="a project id (python -m model projects lists them)")
    pj.add_argument("--delay", type=int, default=2, choices=range(0, 11), metavar="N", help="years late (0-10)")
    pj.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of names and messages")
    pj.set_defaults(func=_cmd_projects)
    bk = sub.add_parser("backtest", help="2016-2025 with the projects at their real dates, against the naive rule; "
                                         "the quarterly split against the published quarters")
    bk.add_argument("--out", type=_out_dir, metavar="DIR",
                    help="also write backtest.csv, backtest_rmse.csv, attribution.csv, sector_panel.csv, "
                         "sector_backtest.csv, quarterly_backtest.csv")
    bk.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the tables and notes")
    bk.set_defaults(func=_cmd_backtest)
    iv = sub.add_parser("invest", help="the investment a scenario needs; --share: the growth it buys")
    iv.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    iv.add_argument("--share", type=_share, metavar="S", help="investment as a fraction of GRDP, e.g. 0.5")
    iv.add_argument("--icor", type=_icor, metavar="K", help="one ICOR instead of the band 6 / 7 / 8")
    iv.add_argument("--out", type=_out_dir, metavar="DIR", help="also write investment.csv there")
    iv.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of messages")
    iv.set_defaults(func=_cmd_invest)
    br = sub.add_parser("brief", help="a PowerPoint deck (16:9, native charts) of one scenario, compared with others")
    br.add_argument("files", nargs="+", metavar="FILE",
                    help="the scenario of the deck, then any to compare it with (each a .toml file, ws:NAME or a "
                         "workspace name)")
    br.add_argument("-o", "--out", required=True, metavar="DECK.pptx", type=_pptx_path, help="the deck to write")
    br.add_argument("--targets-set", type=_set_id, metavar="ID", help="judge against this target set")
    br.add_argument("--draws", type=_draws, default=2000, metavar="N", help="draws for the probabilities (default 2000)")
    br.add_argument("--quarter-year", type=int, metavar="YYYY",
                    help="the year of the quarterly slide (default: the first projected year)")
    br.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the slides")
    br.set_defaults(func=_cmd_brief)
    qt = sub.add_parser("quarterly", help="a year of the scenario by quarter and sector (Denton on the published "
                                          "half-year pattern); with --done and --target, what the rest of the year needs")
    qt.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    qt.add_argument("--year", type=int, required=True, metavar="YYYY", help="the year to split, e.g. 2026")
    qt.add_argument("--done", type=_done, action=_DoneOnce, metavar="Q=PCT", help="quarters already published and their cumulative "
                                                               "growth, e.g. 3=8,05")
    qt.add_argument("--target", type=_pct, metavar="PCT", help="the year's growth target, %% a year (with --done)")
    qt.add_argument("--sector", choices=["grdp", *SECTOR_IDS], help="whose quarters --done and --target give: GRDP "
                                                                    "(the default) or a sector")
    qt.add_argument("--out", type=_out_dir, metavar="DIR", help="also write quarterly.csv there")
    qt.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the table")
    qt.set_defaults(func=_cmd_quarterly)
    tg = sub.add_parser("targets", help="the target sets (id: title); with --set, one set's targets and where it "
                                         "contradicts another")
    tg.add_argument("--set", type=_set_id, metavar="ID", help="show this set's targets, source and definitions")
    tg.add_argument("--against", type=_set_id, metavar="ID", help="the set to compare with (default: the "
                                                                   "Resolution 26 programme)")
    tg.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the titles")
    tg.set_defaults(func=_cmd_targets)
    su = sub.add_parser("supply", help="capital, labour and TFP: growth accounting 2016-2025 and what a scenario needs")
    su.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    su.add_argument("--alpha", type=_band("alpha"), default=0.5, metavar="A", help="capital share (default 0.5)")
    su.add_argument("--delta", type=_band("delta"), default=0.05, metavar="D",
                    help="depreciation, fraction a year (default 0.05)")
    su.add_argument("--ky0", type=_band("ky0"), default=2.5, metavar="K", help="capital-output ratio at the end of "
                                                                              "2015 (default 2.5)")
    su.add_argument("--out", type=_out_dir, metavar="DIR",
                    help="also write supply_record.csv, growth_accounting.csv, supply_needs.csv")
    su.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the tables")
    su.set_defaults(func=_cmd_supply)
    rk = sub.add_parser("risk", help="the probability of each 2030 target from stochastic simulation, and fans")
    rk.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    rk.add_argument("--draws", type=_draws, default=10_000, metavar="N", help="number of draws (default 10000)")
    rk.add_argument("--seed", type=_seed, default=0, metavar="S", help="random seed (default 0)")
    rk.add_argument("--sources", type=_sources, default="growth,prices,projects,population,icor", metavar="LIST",
                    help="sources of uncertainty, comma-separated (default all: growth,prices,projects,"
                         "population,icor; \"\" for none: every fan is the projection)")
    rk.add_argument("--out", type=_out_dir, metavar="DIR", help="write probabilities.csv, fan.csv and fan charts")
    rk.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the table and charts")
    rk.add_argument("--targets-set", type=_set_id, metavar="ID",
                   help="judge against this target set (python -m model targets lists them; default: the file's "
                        "[targets] set, else the Resolution 26 programme)")
    rk.set_defaults(func=_cmd_risk)
    if lang == "vi":
        _in_vietnamese(ap)
    return ap


def _in_vietnamese(parser: argparse.ArgumentParser) -> None:
    """Every help text of ``parser`` and its commands in Vietnamese (`model.report.cli_help`);
    a text without an entry stays English (a test finds it)."""
    from .report.cli_help import HELP_VI

    if parser.description:
        parser.description = HELP_VI.get(parser.description, parser.description)
    for a in parser._actions:
        if a.help:
            a.help = HELP_VI.get(a.help, a.help)
        if isinstance(a, argparse._SubParsersAction):
            for choice in a._choices_actions:
                choice.help = HELP_VI.get(choice.help, choice.help)
            for sub in a.choices.values():
                _in_vietnamese(sub)


def _pptx_path(text: str) -> str:
    if not text.lower().endswith(".pptx") or len(text) > 500:
        raise _bad_arg("arg_pptx", text=text[:80])
    return text


def _chart_kinds(text: str) -> tuple[str, ...]:
    """``png``, ``svg`` or both, comma-separated (``--charts png,svg``)."""
    from .report.export import CHART_KINDS

    kinds = tuple(k.strip().lower() for k in text.split(",") if k.strip())
    if not kinds or any(k not in CHART_KINDS for k in kinds):
        raise _bad_arg("arg_charts", text=repr(text))
    return kinds


def _set_id(text: str) -> str:
    from . import registry

    if text not in registry.set_ids():
        raise _bad_arg("arg_set", text=text, allowed=", ".join(registry.set_ids()))
    return text


def _band(name: str):
    """A parser for one supply-side assumption: a number within the band `model.supply` accepts
    (half the low end to one and a half times the high end)."""
    def parse(text: str) -> float:
        from .supply import BANDS

        lo, _, hi = BANDS[name]
        v = _number(text)
        if v is None:
            raise _bad_arg("arg_number", text=text, example=plain(BANDS[name][1], _ARG_LANG[0]))
        if not 0.5 * lo <= v <= 1.5 * hi:
            lg = _ARG_LANG[0]   # the band's numbers written the reader's way, as the rest of the line
            raise _bad_arg("arg_band", text=text, a=plain(0.5 * lo, lg), b=plain(1.5 * hi, lg), lo=plain(lo, lg),
                           hi=plain(hi, lg))
        return v
    return parse


def _share(text: str) -> float:
    v = _number(text)
    if v is None or not P.INVESTMENT_SHARE_RANGE[0] < v < P.INVESTMENT_SHARE_RANGE[1]:
        raise _bad_arg("arg_share", text=text)
    return v


def _icor(text: str) -> float:
    v = _number(text)
    if v is None or not P.ICOR_RANGE[0] <= v <= P.ICOR_RANGE[1]:
        raise _bad_arg("arg_icor", text=text)
    return v


# The language of the command line's own refusals (argparse reads the arguments before the
# command runs): `main` sets it from --lang, else from the command's default.
_ARG_LANG = ["en"]


def _bad_arg(key: str, **fields) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(tr(key, _ARG_LANG[0], **fields))


class _Once(argparse._StoreAction):
    """An option given twice is refused, not overwritten by its last value: ``--done 1=6,5
    --done 3=7,8`` read as nine months at 7.8 % and dropped the first, silently (argparse's
    own store keeps the last). ``twice`` names the refusal in the catalogue."""

    twice = "arg_twice"

    def __call__(self, parser, namespace, values, option_string=None):
        given = namespace.__dict__.setdefault("_given", set())   # this parse's options so far
        if self.dest in given:
            raise argparse.ArgumentError(self, tr(self.twice, _ARG_LANG[0]))
        given.add(self.dest)
        setattr(namespace, self.dest, values)


class _DoneOnce(_Once):
    twice = "arg_done_once"   # says what --done holds: the cumulative growth of every quarter published


class _Parser(argparse.ArgumentParser):
    """argparse with its refusal in the reader's language: 'lỗi: tham số --icor: …' (the
    sub-commands' parsers are of the same class); an option given twice is refused (`_Once`)."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.register("action", None, _Once)
        self.register("action", "store", _Once)

    # argparse's own words (Python 3.11) for the refusals a planner meets, in Vietnamese
    _VI = (("argument ", "tham số "), ("the following arguments are required: ", "thiếu tham số bắt buộc: "),
           ("unrecognized arguments: ", "tham số không nhận ra: "), ("invalid choice: ", "lựa chọn không hợp lệ: "),
           ("(choose from ", "(chọn trong "), ("expected one argument", "cần một giá trị"),
           ("invalid int value: ", "không phải số nguyên: "))

    def format_usage(self) -> str:
        return self._headings(super().format_usage())

    def format_help(self) -> str:
        return self._headings(super().format_help())

    @staticmethod
    def _headings(text: str) -> str:
        """argparse's own headings (usage, positional arguments, options) in the reader's language."""
        if _ARG_LANG[0] != "vi":
            return text
        from .report.cli_help import HEADINGS_VI

        for en, vi in HEADINGS_VI:
            text = text.replace(en, vi, 1)
        return text

    def error(self, message: str):
        if _ARG_LANG[0] == "vi":
            for en, vi in self._VI:
                message = message.replace(en, vi, 1)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {tr('cli_error', _ARG_LANG[0])}: {message}\n")


def _argv_lang(argv: list[str]) -> str:
    """The language a command line asks for: its --lang, else Vietnamese (every command's
    default, and the help's)."""
    for i, a in enumerate(argv):
        value = a.partition("=")[2] if a.startswith("--lang=") else (
            argv[i + 1] if a == "--lang" and i + 1 < len(argv) else None)
        if value is not None:
            return value if value in ("vi", "en") else "en"
    return "vi"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    _ARG_LANG[0] = _argv_lang(argv)
    parser = build_parser(_ARG_LANG[0])
    args = parser.parse_args(argv)
    tune()   # `risk` draws 10,000 paths and more: keep their memory between chunks (model/allocator.py)
    lang = getattr(args, "lang", "en")
    plain_out, width = sys.stdout, _width()
    if width:   # a terminal: prose wraps at its width (`_WrappedOut`)
        sys.stdout = _WrappedOut(plain_out, width)
    try:
        return args.func(args)
    except ScenarioError as e:
        for line in e.lines(lang):
            print(line, file=sys.stderr)
        return EXIT_BAD_INPUT
    except WorkspaceError as e:
        from .report.strings import workspace_error_text

        print(f"{tr('cli_error', lang)}: {workspace_error_text(e, lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SolverError as e:
        print(f"{tr('cli_error', lang)}: {e.text(lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except WouldOverwrite as e:   # worded in the command's language where it is raised
        print(f"{tr('cli_error', lang)}: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (`| head`): nothing is wrong, and nothing more can be said.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (so that the interpreter's final flush is silent)
        return EXIT_OK
    except OSError as e:
        print(f"{tr('cli_error', lang)}: {e.filename or ''}: {e.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as e:  # the CLI promises one line, not a traceback
        if args.debug:
            raise
        print(f"error: {type(e).__name__}: {e} (run with --debug for details)", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        if isinstance(sys.stdout, _WrappedOut):   # (a broken pipe replaced it already)
            try:
                sys.stdout.flush()
            except BrokenPipeError:
                pass
            sys.stdout = plain_out
