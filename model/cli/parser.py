"""The command line's grammar and entry: `build_parser` (every command, its flags and help, in
Vietnamese or English) and `main`, which runs a command and turns every failure into one line
and an exit code (2 bad input, 1 unexpected, 130 stopped by Ctrl-C; ``--debug`` for the traceback)."""

from __future__ import annotations

import argparse
import os
import sys

from ..allocator import tune
from ..report.export import WouldOverwrite
from ..report.strings import LANGS, t as tr
from ..scenario import ScenarioError
from ..sectors import SECTOR_IDS
from ..solver import SolverError
from ..workspace import WorkspaceError
from .args import (_ARG_LANG, _band, _chart_kinds, _delay, _DoneOnce, _done, _draws, _icor, _investment_cap, _Once,
                   _out_dir, _pct, _pptx_path, _priority, _Priorities, _seed, _set_id, _share, _sources, _xlsx_path,
                   _year)
from .analyses import _cmd_attribute, _cmd_backtest, _cmd_frontier, _cmd_invest, _cmd_projects, _cmd_supply
from .commands import (_cmd_brief, _cmd_quarterly, _cmd_risk, _cmd_run, _cmd_solve, _cmd_targets, _cmd_validate,
                       _cmd_workspace)
from .output import (EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, EXIT_STOPPED, _ShownOut, _speak_vietnamese, _WrappedOut,
                     _width, is_terminal)


# what a FILE argument may be (`resolve`)
SCENARIO_HELP = "a scenario: a .toml file, ws:NAME or the name of one saved in the workspace"
# every source of uncertainty (`model.uncertainty.SOURCES`, written out: the parser imports no
# numpy), the default of `risk` and `brief`
_ALL_SOURCES = "growth,prices,projects,population,icor"
SOURCES_HELP = ('sources of uncertainty, comma-separated (default all: growth,prices,projects,population,icor; '
                '"" for none: every fan is the projection)')
# run, solve and risk judge by another set the same way
TARGETS_SET_HELP = ("judge against this target set (python -m model targets lists them; default: the file's "
                    "[targets] set, else the Resolution 26 programme)")


def _add_lang(parser: argparse.ArgumentParser, help: str) -> None:
    """Every command's ``--lang``: the catalogue's languages; not given, the one given before
    the command (`main`), else Vietnamese."""
    parser.add_argument("--lang", choices=list(LANGS), default=None, help=help)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The command line; its help in ``lang`` (`model.report.cli_help` holds the Vietnamese)."""
    ap = _Parser(prog="python -m model", description="Hà Tĩnh 2030 scenario simulator")
    ap.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    # `python -m model --lang en run FILE` was refused as "invalid choice: 'en'" (a command was
    # expected there): the language may come before the command too; given after it, it wins.
    # Its own name, since a command's default would overwrite a shared one (argparse).
    ap.add_argument("--lang", dest="lang_all", choices=list(LANGS), default=None,
                    help="language of every message (also accepted after the command)")
    sub = ap.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check scenario files; exit 2 if any is invalid")
    v.add_argument("files", nargs="+", metavar="FILE", help="scenarios to check: .toml files, ws:NAME or names saved in the workspace")
    _add_lang(v, "language of the messages")
    v.set_defaults(func=_cmd_validate)
    w = sub.add_parser("workspace", help="list the scenarios saved in the workspace")
    _add_lang(w, "language of the titles")
    w.set_defaults(func=_cmd_workspace)
    r = sub.add_parser("run", help="project a scenario and write its tables (and charts, with --charts)")
    r.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    r.add_argument("--out", required=True, metavar="DIR", type=_out_dir, help="folder for the outputs")
    _add_lang(r, "language of the notes and charts")
    r.add_argument("--charts", type=_chart_kinds, default=(), metavar="KIND,...",
                   help="also write the five charts as png, svg or png,svg (about 1.5 s more)")
    r.add_argument("--targets-set", type=_set_id, metavar="ID",
                   help=TARGETS_SET_HELP)
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
    _add_lang(s, "language of the report and charts")
    s.add_argument("--charts", type=_chart_kinds, default=(), metavar="KIND,...",
                   help="also write the solved projection's five charts as png, svg or png,svg")
    s.add_argument("--overwrite", action="store_true",
                   help="replace an existing, different <name>_solved.toml in DIR")
    s.add_argument("--targets-set", type=_set_id, metavar="ID",
                   help=TARGETS_SET_HELP)
    s.set_defaults(func=_cmd_solve)
    fr = sub.add_parser("frontier", help="the highest average growth under each cap on the 2030 multiple (2.5-3.0)")
    fr.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    fr.add_argument("--free", metavar="SECTOR,...", help="sectors the solver may move")
    fr.add_argument("--taxes", choices=["follow", "held"], help="product taxes follow their base (default) or are held")
    fr.add_argument("--against", choices=["multiple", "investment"], default="multiple",
                    help="the cap: on the 2030 GRDP multiple (default) or on investment, %% of GRDP")
    fr.add_argument("--out", type=_out_dir, metavar="DIR", help="also write frontier.csv there")
    _add_lang(fr, "language of the heading")
    fr.set_defaults(func=_cmd_frontier)
    at = sub.add_parser("attribute", help="split the 2030 difference B - A among the assumptions that changed")
    at.add_argument("a", metavar="A", help="the reference scenario (a .toml file, ws:NAME or a workspace name)")
    at.add_argument("b", metavar="B", help="the scenario compared with it (the same forms)")
    at.add_argument("--out", type=_out_dir, metavar="DIR", help="also write attribution.csv there")
    at.add_argument("--targets-set", type=_set_id, metavar="ID",
                    help="split the 2030 outcomes of this target set (default: B's [targets] set, else the "
                         "Resolution 26 programme)")
    _add_lang(at, "language of the labels")
    at.set_defaults(func=_cmd_attribute)
    pj = sub.add_parser("projects", help="the project table; with FILE and --project, the project on, late or off")
    pj.add_argument("file", metavar="FILE", nargs="?", help="with --project: " + SCENARIO_HELP)
    pj.add_argument("--project", metavar="ID", help="a project id (python -m model projects lists them)")
    pj.add_argument("--delay", type=_delay, default=2, metavar="N", help="years late (0-10)")
    _add_lang(pj, "language of names and messages")
    pj.set_defaults(func=_cmd_projects)
    bk = sub.add_parser("backtest", help="2016-2025 with the projects at their real dates, against the naive rule; "
                                         "the quarterly split against the published quarters")
    bk.add_argument("--out", type=_out_dir, metavar="DIR",
                    help="also write backtest.csv, backtest_rmse.csv, attribution.csv, sector_panel.csv, "
                         "sector_backtest.csv, quarterly_backtest.csv")
    _add_lang(bk, "language of the tables and notes")
    bk.set_defaults(func=_cmd_backtest)
    iv = sub.add_parser("invest", help="the investment a scenario needs; --share: the growth it buys")
    iv.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    iv.add_argument("--share", type=_share, metavar="S", help="investment as a fraction of GRDP, e.g. 0.5")
    iv.add_argument("--icor", type=_icor, metavar="K", help="one ICOR instead of the band 6 / 7 / 8")
    iv.add_argument("--out", type=_out_dir, metavar="DIR", help="also write investment.csv there")
    _add_lang(iv, "language of messages")
    iv.set_defaults(func=_cmd_invest)
    br = sub.add_parser("brief", help="a PowerPoint deck (16:9, native charts) of one scenario, compared with others")
    br.add_argument("files", nargs="+", metavar="FILE",
                    help="the scenario of the deck, then any to compare it with (each a .toml file, ws:NAME or a "
                         "workspace name)")
    br.add_argument("-o", "--out", required=True, metavar="DECK.pptx", type=_pptx_path, help="the deck to write")
    br.add_argument("--xlsx", type=_xlsx_path, metavar="TABLE.xlsx",
                    help="also write the 2030 comparison as a workbook, as the Compare page offers (two files or more)")
    br.add_argument("--targets-set", type=_set_id, metavar="ID", help="judge against this target set")
    br.add_argument("--draws", type=_draws, default=10_000, metavar="N",
                    help="draws for the probabilities and the fan, as `risk` (default 10000)")
    br.add_argument("--seed", type=_seed, default=0, metavar="S", help="random seed (default 0)")
    br.add_argument("--sources", type=_sources, default=_ALL_SOURCES, metavar="LIST", help=SOURCES_HELP)
    br.add_argument("--quarter-year", type=_year, metavar="YYYY",
                    help="the year of the quarterly slide (default: the first projected year)")
    br.add_argument("--done", type=_done, action=_DoneOnce, metavar="Q=PCT",
                    help="the quarters of the slide's year already published and their cumulative GRDP growth, "
                         "e.g. 3=8,05 (with --target): the slide says what the remaining quarters need")
    br.add_argument("--target", type=_pct, metavar="PCT", help="the year's growth target, %% a year (with --done)")
    _add_lang(br, "language of the slides")
    br.set_defaults(func=_cmd_brief)
    qt = sub.add_parser("quarterly", help="a year of the scenario by quarter and sector (each quarter at its "
                                          "sector's rate for the year); with --done and --target, what the rest of the "
                                          "year needs")
    qt.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    qt.add_argument("--year", type=_year, required=True, metavar="YYYY", help="the year to split, e.g. 2026")
    qt.add_argument("--done", type=_done, action=_DoneOnce, metavar="Q=PCT", help="quarters already published and their cumulative "
                                                               "growth, e.g. 3=8,05")
    qt.add_argument("--target", type=_pct, metavar="PCT", help="the year's growth target, %% a year (with --done)")
    qt.add_argument("--sector", choices=["grdp", *SECTOR_IDS], help="whose quarters --done and --target give: GRDP "
                                                                    "(the default) or a sector")
    qt.add_argument("--out", type=_out_dir, metavar="DIR", help="also write quarterly.csv and quarterly.xlsx there")
    _add_lang(qt, "language of the table")
    qt.set_defaults(func=_cmd_quarterly)
    tg = sub.add_parser("targets", help="the target sets (id: title); with --set, one set's targets and where it "
                                         "contradicts another")
    tg.add_argument("--set", type=_set_id, metavar="ID", help="show this set's targets, source and definitions")
    tg.add_argument("--against", type=_set_id, metavar="ID", help="the set to compare with (default: the "
                                                                   "Resolution 26 programme)")
    _add_lang(tg, "language of the titles")
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
    _add_lang(su, "language of the tables")
    su.set_defaults(func=_cmd_supply)
    rk = sub.add_parser("risk", help="the probability of each 2030 target from stochastic simulation, and fans")
    rk.add_argument("file", metavar="FILE", help=SCENARIO_HELP)
    rk.add_argument("--draws", type=_draws, default=10_000, metavar="N", help="number of draws (default 10000)")
    rk.add_argument("--seed", type=_seed, default=0, metavar="S", help="random seed (default 0)")
    rk.add_argument("--sources", type=_sources, default=_ALL_SOURCES, metavar="LIST", help=SOURCES_HELP)
    rk.add_argument("--out", type=_out_dir, metavar="DIR", help="write probabilities.csv, fan.csv and fan charts")
    _add_lang(rk, "language of the table and charts")
    rk.add_argument("--targets-set", type=_set_id, metavar="ID",
                   help=TARGETS_SET_HELP)
    rk.set_defaults(func=_cmd_risk)
    if lang == "vi":
        _in_vietnamese(ap)
    return ap


def _in_vietnamese(parser: argparse.ArgumentParser) -> None:
    """Every help text of ``parser`` and its commands in Vietnamese (`model.report.cli_help`);
    a text without an entry stays English (a test finds it)."""
    from ..report.cli_help import HELP_VI

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
        from ..report.cli_help import HEADINGS_VI

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
    """The language a command line asks for: its last --lang (one after the command wins over
    one before it, as in `main`), else Vietnamese (every command's default, and the help's)."""
    asked = None
    for i, a in enumerate(argv):
        value = a.partition("=")[2] if a.startswith("--lang=") else (
            argv[i + 1] if a == "--lang" and i + 1 < len(argv) else None)
        if value is not None:
            asked = value if value in LANGS else "en"
    return asked or LANGS[0]


def main(argv: list[str] | None = None) -> int:
    """The command line: `_main`, its messages on a terminal with what the terminal would act on
    shown as escapes (`model.cli.output.shown_on_terminal`): a path or a name it echoes is the
    user's, and "\\x1b[2J" in one could clear the screen."""
    plain_err = sys.stderr
    if is_terminal(plain_err):
        sys.stderr = _ShownOut(plain_err)
    try:
        return _main(argv)
    finally:
        if isinstance(sys.stderr, _ShownOut):
            sys.stderr = plain_err


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    _speak_vietnamese()   # before argparse, whose usage and refusals are Vietnamese too
    _ARG_LANG[0] = _argv_lang(argv)
    parser = build_parser(_ARG_LANG[0])
    args = parser.parse_args(argv)
    args.lang = getattr(args, "lang", None) or args.lang_all or LANGS[0]
    tune()   # `risk` draws 10,000 paths and more: keep their memory between chunks (model/allocator.py)
    lang = args.lang
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
        from ..report.strings import workspace_error_text

        print(f"{tr('cli_error', lang)}: {workspace_error_text(e, lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SolverError as e:
        print(f"{tr('cli_error', lang)}: {e.text(lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except WouldOverwrite as e:   # worded in the command's language where it is raised
        print(f"{tr('cli_error', lang)}: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        # a million draws or a deck stopped by the planner: one line, not a traceback into numpy
        if args.debug:
            raise
        print(tr("cli_stopped", lang), file=sys.stderr)
        return EXIT_STOPPED
    except BrokenPipeError:
        # The reader went away (`| head`): nothing is wrong, and nothing more can be said.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (so that the interpreter's final flush is silent)
        return EXIT_OK
    except OSError as e:
        from ..report.strings import os_error_text

        print(f"{tr('cli_error', lang)}: {os_error_text(e, lang)}", file=sys.stderr)
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
