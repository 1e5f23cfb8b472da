"""Presentation: results in, words, frames, pictures and files out. Imports the core; the core
imports only what prints its own results: a validation `Issue` asks `issues` (which imports
nothing of the model), a solver result asks `outcome` and a consistency `Finding` asks
`findings`, each inside the method that prints. `python ../shared/tools/import_loops.py model` keeps this one-way.

    issues    the validation messages, Vietnamese and English
    strings   one catalogue of every user-visible string, Vietnamese and English, and the labels
    outcome   a solve's outcome in words: verdict, targets, conflicts, investment, next step, notes
    findings  a consistency finding in words
    fmt       numbers by language (Babel): 7,37 % and 234.901 in Vietnamese
    views/    tidy frames and display tables, by what is read: tables, targets, projects,
              analysis (solver, frontier, attribution), record (quarters, backtests, supply)
    charts    every chart, defined once (`Chart`), for the app, the files and the deck
    vega      a chart as Vega-Lite: drawn by the app, written to PNG and SVG by vl-convert
    deck      the briefing deck (python-pptx), the charts drawn natively
    workbook  the formatted XLSX workbook
    export    CSV and chart files and solved scenarios, each written atomically
"""
