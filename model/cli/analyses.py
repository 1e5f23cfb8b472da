"""The analysis commands: the trade-off frontier, the attribution of a difference, the
projects, the investment need and what investment buys, the supply side and the backtest. Each
``_cmd_<name>(args)`` prints in the command's language and returns the exit code."""

from __future__ import annotations

import sys

from ..report.fmt import num
from ..report.issues import one_line
from ..report.strings import over_years, t as tr
from ..report.views import crowding_text
from ..scenario import ScenarioError
from ..solver import SolverError
from .args import _split
from .output import EXIT_BAD_INPUT, EXIT_OK, _cli_table, _say_unlisted, _width, _write_tables, resolve


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
    for given, sc in ((args.a, a), (args.b, b)):
        if sc.horizon < 2030:   # which of the two, and the fix, as `projects` says it
            raise SolverError("attribute_horizon", file=one_line(given), value=sc.horizon)
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
            raise SolverError("project_horizon", file=one_line(args.file), value=sc.horizon)
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
    from ..investment import (ICOR_BAND, growth_from_investment, icor_record, investment_record,
                              need_against_record, required_investment)
    from ..registry import growth_period
    from ..report.outcome import investment_step_text, need_at_icor_text, need_record_text
    from ..report.views import at_icor, investment_printed

    history = assemble_history()
    sc = resolve(args.file)
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        lg = args.lang
        _say_unlisted(sc, lg)
        print(tr("cli_invest_record", lg))
        print(_cli_table(investment_record(history), lg, 1))
        print(_cli_table(icor_record(history).drop(columns="note"), lg, {"deflator_prev": 2, "icor": 2}))
        # the one ICOR --share buys at (the band's central one unless --icor), and the band the
        # need is shown at
        k = args.icor or ICOR_BAND["central"]
        icors = " / ".join(num(v, lg, 0) for v in ICOR_BAND.values()) if args.icor is None else num(args.icor, lg, 1)
        if args.share is not None:
            try:
                bought = growth_from_investment(history, sc, args.share, icor=k)
                p = simulate(history, bought)
            except ScenarioError as e:   # growth no scenario may hold: said as the Projects page says it
                print(tr("inv_out_of_range", lg, s=num(100 * args.share, lg, 1), k=num(k, lg, 1)), file=sys.stderr)
                for line in e.lines(lg)[:5]:
                    print("  " + line, file=sys.stderr)
                return EXIT_BAD_INPUT
            last = p.last_actual_year
            a, b = growth_period(sc.targets_set)   # the period the file's target set judges
            period = tr("cli_invest_period", lg, g=num(100 * p.average_growth(a, b), lg, 2), a=a + 1, b=b) \
                if p.horizon >= b and (a + 1, b) != (last + 1, p.horizon) else ""
            print("\n" + tr("cli_invest_buys", lg, s=num(100 * args.share, lg, 1), k=num(k, lg, 1),
                              g=num(100 * p.average_growth(last, p.horizon), lg, 2),
                              over=over_years(last + 1, p.horizon, lg))
                  + period)
            print(_cli_table((100 * p.growth_real.loc[last + 1:]).rename("growth_pct").to_frame(), lg, 2))
            crowded = crowding_text(p, args.share, lg)
            if crowded:
                print(crowded)
            table = required_investment(p, icor=args.icor)
        else:
            p = simulate(history, sc)
            table = required_investment(p, icor=args.icor)
        # with --share the table is the bought paths' need, not the file's own: its title says so
        # (it named the file alone, over a need of 45 % where the file's paths need twice that)
        print("\n" + (tr("cli_invest_need", lg, name=sc.name, icor=icors) if args.share is None else
                      tr("cli_invest_need_bought", lg, name=sc.name, s=num(100 * args.share, lg, 1),
                         k=num(k, lg, 1), icor=icors)))
        # the Projects page's numbers: whole billions, each year's sources adding up to its need
        # as printed, the period's row the sum of the years above it; then the need by sector
        shown, by_sector, unit = investment_printed(table, lg, args.icor)
        print(_cli_table(shown, lg, {c: 1 if c.startswith("share_") else 0 for c in shown.columns}))
        print(unit)
        print("\n" + (tr("inv_by_sector", lg) if args.icor is None else
                      tr("inv_by_sector_at", lg, k=num(args.icor, lg, 1))))
        print(_cli_table(by_sector, lg, 0))
        step = investment_step_text(table, p, lg, args.icor)
        if step:   # why the first projected year stands apart (the lags' catch-up), as the page says it
            print(step)
        # the need against the record, in words: a table of 115 % of GRDP a year said nothing of
        # the province never having raised more than half its GRDP
        record = need_against_record(p)
        print(need_record_text(record, p.scenario, lg))
        if args.icor is not None:   # the band's sentence speaks of ICOR 6–8; the tables above of K
            print(need_at_icor_text(table, record, args.icor, lg))
        if args.out:
            if args.icor is not None:   # "need_central" would say ICOR 7 to the file's reader
                table = at_icor(table, args.icor)
            _write_tables(args.out, {"investment": table}, lg)
    return EXIT_OK


def _cmd_supply(args) -> int:
    import pandas as pd

    from ..growth import simulate
    from ..history import assemble_history
    from ..report.outcome import solve_note_text, supply_text
    from ..solver import supply_notes
    from ..report.views import accounting_shown, supply_record_file
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
        # which years are published and which are spread or interpolated (the 76 % of 2016 is the
        # 2016–2020 total spread evenly, not a published year), as the Projects page says it
        print(tr("su_record_note", lg))
        print("\n" + tr("cli_supply_accounting", lg))
        # the three contributions rounded together to add up to each year's growth as printed
        print(_cli_table(accounting_shown(acc.drop(columns="capital_bn")), lg, 2))
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
