"""What every command shares: the exit codes, the scenario an argument names, output fitted to
a terminal's width (`_WrappedOut`, `_cli_table`), the notes said before an answer (a file made
with older data, a plant left out) and the tables written with ``--out``."""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

from ..report.issues import escaped
from ..report.strings import t as tr
from ..report.views import cli_table
from ..scenario import Scenario, load_scenario
from ..workspace import Workspace


EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_MISSED = 0, 1, 2, 3
EXIT_STOPPED = 130   # Ctrl-C, as shells report a command stopped by SIGINT (128 + 2)


def _width() -> int | None:
    """The terminal's width when the output is one: a table wider than it prints in blocks of
    columns, each repeating the row names (a 300-character row wrapped into three screen lines
    per row, interleaved, unreadable). Into a file or a pipe, None: whole rows, for grep and awk."""
    import shutil

    return shutil.get_terminal_size().columns if is_terminal(sys.stdout) else None


def is_terminal(stream) -> bool:
    """Whether ``stream`` is a terminal: not when there is none (a command started with its
    output closed, ``>&-``, has None there and stopped on it with a traceback), nor a closed one."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):   # no stream, or a closed one
        return False


def _speak_vietnamese() -> None:
    """Standard output and error in UTF-8 when their encoding cannot write Vietnamese.

    On Windows, output sent to a file or a pipe (``python -m model run … > log.txt``, a batch
    script, a scheduled task) takes the system's code page: cp1252, or cp1258 on a Vietnamese
    system, which has no precomposed letter such as "ệ" (it spells them with combining marks). The
    first Vietnamese word then stopped the command with "UnicodeEncodeError" after some of its files
    were written. UTF-8 is what Python's own UTF-8 mode (``-X utf8``, the default from Python 3.15)
    writes; a character that cannot be written at all (a file name's undecodable byte) is shown
    as an escape rather than stopping the command. A UTF-8 stream, the usual case (Linux, macOS,
    the Windows console), keeps its encoding; one that refuses such a character (``strict``:
    standard output under any UTF-8 locale but C's, vi_VN.UTF-8 among them) shows it as an escape
    too: a file unpacked from a Windows archive, its name in cp1258's bytes, stopped `validate`
    with "error: UnicodeEncodeError" as it named the file."""
    import codecs

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        try:
            if codecs.lookup(stream.encoding or "ascii").name == "utf-8" and stream.errors != "strict":
                continue
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
        except (AttributeError, LookupError, ValueError, OSError):
            pass   # no stream (pythonw), or one that cannot change (a test's capture): left as it is


# What a terminal acts on rather than shows, in a path or a name the command line echoes: C0
# controls but the tab and the line break, DEL and the C1 controls ("\x1b[2J" clears the screen,
# "\r" writes the rest of a line over its start, "\x1b]52;…" sets the clipboard), the line and
# paragraph separators, and the hidden text-direction controls ("a\u202elmot.toml" turned the
# rest of its line around), and a file name's undecodable byte (a lone surrogate, "\udc9b": the
# byte 0x9b is a terminal's one-byte escape). Written as their escapes, "\x1b[2J", where a terminal
# shows them.
_TERMINAL_ACTS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown_on_terminal(text: str) -> str:
    """``text`` with every character a terminal would act on written as its escape (`\\x1b`,
    `\\u202e`), the rest as it is."""
    return escaped(_TERMINAL_ACTS, text)


class _ShownOut:
    """A terminal's stream (standard error, or output with no width to wrap at) that shows the
    characters it would act on as escapes (`shown_on_terminal`). Into a file or a pipe nothing is
    installed: the words are data there, as written."""

    def __init__(self, out):
        self._out = out

    def write(self, text: str) -> int:
        self._put(shown_on_terminal(text))
        return len(text)

    def _put(self, shown: str) -> None:
        self._out.write(shown)

    def __getattr__(self, name):   # flush, isatty, fileno, encoding…: the terminal's own
        return getattr(self._out, name)


class _WrappedOut(_ShownOut):
    """Standard output on a terminal: a line of prose longer than the window wraps at spaces,
    its indent kept and a list item's text aligned (a 1,300-character sentence of `solve` broke
    mid-word at the window's edge); a table's row (runs of two spaces or more) is left as it is,
    already at the window's width (`_width`). What the terminal would act on is shown as escapes,
    as by `_ShownOut`. Into a file or a pipe nothing is installed."""

    def __init__(self, out, width: int):
        super().__init__(out)
        self._width, self._pending = max(int(width), 20), ""

    def _put(self, shown: str) -> None:
        self._pending += shown
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self._out.write(self._wrap(line) + "\n")

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


def _say_idle(sc: Scenario, request, cap_from: str, lang: str) -> None:
    """The settings of ``request`` (a `SolveSettings`, flags applied) that change nothing
    (`model.solver.idle_settings`), each a note: said, not refused, as the app keeps a file's
    settings for when their box is ticked. ``cap_from`` is where the cap came from: "file", or
    "flag" (``--investment-cap``)."""
    from ..report.outcome import idle_text
    from ..solver import idle_settings

    for what, fields in idle_settings(request, sc.targets_set):
        print(tr("cli_note", lang, line=idle_text(what, fields, lang, where=cap_from)))


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
