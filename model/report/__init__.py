"""Presentation: results in, words, frames, pictures and files out. Imports the core; the core
never imports this package (the one exception: a validation `Issue` or consistency `Finding`
asks `strings` for its words when printed).

    strings   one catalogue of every user-visible string, Vietnamese and English
    fmt       numbers by language (Babel): 7,37 % and 234.901 in Vietnamese
    views     tidy frames for charts and display tables
    charts    matplotlib figures (imported on use: matplotlib is heavy)
    export    CSV, XLSX, PNG, SVG and TOML files, each written atomically
"""
