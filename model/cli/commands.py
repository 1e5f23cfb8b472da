"""The commands: each ``_cmd_<name>(args)`` reads its scenario, runs the model and prints or
writes the answer in the command's language, returning the exit code (`EXIT_OK`…). Output on a
terminal is fitted to its width (`_WrappedOut`, `_cli_table`)."""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

from ..report.fmt import num
from ..report.strings import noun, t as tr
from ..report.views import cli_table, crowding_text
from ..scenario import Scenario, ScenarioError, load_scenario
from ..solver import SolverError
from ..workspace import Workspace
from .args import _split


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
                from ..vintage import current

                if sc.vintage != current():
                    print(tr("cli_valid_vintage", args.lang, path=path, v=sc.vintage, now=current()))
            _say_unlisted(sc, args.lang)   # valid, but leaving out a plant still ramping up
    return EXIT_BAD_INPUT if bad else EXIT_OK


def _cmd_workspace(args) -> int:
    from ..scenario import diff_scenarios

    ws = Workspace()
    ws.clean_stale()  # temporary files of writes that were killed
    entries = ws.entries()
    print(tr("cli_ws_head", args.lang, folder=ws.folder.resolve(), n=len(entries),
             scenarios=noun(len(entries), "scenario")))
    base = None
    try:
        # the repository's scenarios/ (model/cli/commands.py → three levels up)
        base = load_scenario(Path(__file__).resolve().parents[2] / "scenarios" / "baseline.toml")
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
    from ..report.views import vintage_lines
    from ..vintage import reopened

    r = reopened(sc, projection)
    for line in vintage_lines(r, lang) if r else ():
        print(tr("cli_note", lang, line=line))


def _say_unlisted(sc: Scenario, lang: str) -> None:
    """Committed plants still ramping up that the file does not list, so that their growth is
    not counted (`model.projects.unlisted_ramping`): said before the numbers they move; and
    settings the file gives plants at capacity by the last actual year, which move nothing
    (`model.projects.inert_settings`)."""
    from ..history import assemble_history   # built once per process
    from ..projects import inert_settings, unlisted_ramping
    from ..report.views import inert_text, unlisted_text

    last = assemble_history().last_actual(sc)
    for text in (unlisted_text(unlisted_ramping(sc.projects, last, sc.horizon), last, lang, where="file"),
                 inert_text(inert_settings(sc.projects, last), last, lang)):
        if text:
            print(tr("cli_note", lang, line=text))


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
    print(tr("cli_run_files", lg, name=sc.name, n=len(files), out=args.out))
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
    else:
        print(tr("cli_run_short", lg, h=projection.horizon))
    if judged_set(sc) == DEFAULT_SET:   # the programme's rounded shares
        print(tr("cli_run_note", lg, s=num(r["published_sum_pct"], lg, 2), d=num(r["residual_pp"], lg, 2)))
    else:   # another set: what its own targets do together at the scenario's prices, as the Scorecard
        # says it (inside the room too: where the scenario's growth stands against the window)
        from ..consistency import set_findings
        from ..report.strings import finding_text

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
    from ..report.views import quarterly_backtest_text, quarterly_view, remaining_text

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
    if args.done is not None:
        m, pct = args.done
        print(remaining_text(remaining(q, args.year, m, pct, args.target, args.sector or "grdp"), lg))
    if args.out:
        _write_tables(args.out, {"quarterly": (q.year(args.year), False)}, lg)
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
    print(tr("cli_brief", args.lang, path=path, n=len(scenarios)))
    return EXIT_OK


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

        from ..analysis import project_timing
        from ..report.strings import t
        from ..report.views import started_note, timing_view

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
    from ..report.export import csv_bytes
    from ..report.strings import t
    from ..scenario import write_atomic

    paths = []
    for name, frame in tables.items():
        frame, index = frame if isinstance(frame, tuple) else (frame, True)
        paths.append(write_atomic(Path(out_dir) / f"{name}.csv", csv_bytes(frame, index=index)))
    print(t("cli_written", lang, files=", ".join(str(p) for p in paths)))


def _cmd_frontier(args) -> int:
    import pandas as pd

    from ..history import assemble_history
    from ..report.strings import t
    from ..report.views import frontier_view
    from ..scenario import SolveSettings
    from ..solver import frontier

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
    from ..attribution import attribute
    from ..history import assemble_history
    from ..report.strings import t
    from ..report.views import attribution_numbers, attribution_view

    a, b = resolve(args.a), resolve(args.b)
    if a.horizon < 2030 or b.horizon < 2030:
        raise SolverError("text", text=t("at_short", args.lang))
    # the outcomes of --targets-set, else of B's own set (the scenario compared), as `run` judges it
    table = attribute(assemble_history(), a, b, set_id=args.targets_set)   # B's own set by default
    print(t("at_note", args.lang, a=a.name, b=b.name))
    if table.attrs["method"] == "sequential":
        from ..attribution import MAX_SHAPLEY

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


def _cmd_projects(args) -> int:
    import pandas as pd

    from ..analysis import project_ids, project_variants
    from ..history import assemble_history
    from ..projects import calibration, projects_table
    from ..report.views import calibration_lines

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
        from ..report.views import project_names, project_variants_notes, project_variants_view, variant_name

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

    from ..growth import simulate
    from ..history import assemble_history
    from ..investment import growth_from_investment, icor_record, investment_record, required_investment
    from ..registry import growth_period

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

    from ..growth import simulate
    from ..history import assemble_history
    from ..report.strings import solve_note_text, supply_text
    from ..solver import supply_notes
    from ..report.views import supply_record_file
    from ..supply import Assumptions, accounting, needs, record, record_bases

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

    from ..backtest import attribution, backtest, sector_backtest, sector_panel
    from ..history import assemble_history
    from ..quarterly import backtest as quarterly_backtest
    from ..report import views
    from ..report.strings import sector_label

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
        print(tr("rk_short_horizon", lg))
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
        print(tr("cli_risk_files", lg, n=len(files), out=args.out))
    return EXIT_OK
