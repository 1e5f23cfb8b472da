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

Exit codes: 0 success (for ``solve``: every chosen target holds; where the optimiser could not
show the paths to be the closest, it says so and what to try); 3 ``solve`` found no paths
meeting every target (the best compromise is still written); 2 bad input (invalid scenario,
unreadable file, unknown target or sector); 1 an unexpected failure, reported in one line
(``--debug`` shows the traceback); 130 stopped by Ctrl-C, said in one line (each file is written
whole or not at all).
"""

from .parser import SCENARIO_HELP, build_parser, main

__all__ = ["SCENARIO_HELP", "build_parser", "main"]
