"""Scenario files: TOML text read (bounded, UTF-8, never from a pipe) and validated, and files
written atomically with ordinary permissions.

`write_atomic` replaces a file so that readers see the old or the new content, never a part;
`write_new` creates one that must not exist yet, and of two writers racing for one name exactly
one wins (the workspace's exclusive save). Temporary files end in `TMP_SUFFIX`, which the
workspace clears after a killed write.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .. import params as P
from .types import Issue, Scenario, ScenarioError, need_scenario
from .checks import typed_fraction
from .validate import scenario_from_dict

_TOML_POS = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")
# The slips a person makes writing a rate by hand, which the parser reports as something else
# ("Expected newline or end of document after a statement"): "= 8.5%", a percent sign; "= 8,5" or
# "2026 = 0,12" in an inline table, a decimal comma as Vietnamese writes numbers (the comma is
# TOML's separator; not one before another key: "= 1,2030 = 2").
_HAND_SLIP = re.compile(r"=\s*(?:(?P<pct>(?P<num>[-+]?\d{1,6}(?:[.,]\d{1,12})?)\s*%)"
                        r"|(?P<comma>[-+]?\d{1,20},\d{1,20})(?![\d,]*\s*=))")   # bounded: a 256 KB line stays linear


def _toml_issue(text: str, e: tomllib.TOMLDecodeError) -> Issue:
    """The parser's error as an issue: its position and words, or, where the line holds a
    number with a percent sign or a decimal comma, that slip and the number TOML takes."""
    m = _TOML_POS.match(str(e))
    lines = text.splitlines()
    if not m:
        # "Unclosed array (at end of document)": the file's last line, where the parser stopped
        end = re.match(r"^(?P<what>.*?)\s*\(at end of document\)$", str(e))
        what = end["what"] if end else str(e)
        return Issue("", "not_toml", {"detail": what, "line": max(len(lines), 1),
                                      "col": len(lines[-1]) + 1 if lines else 1})
    line = int(m["line"])
    slip = _HAND_SLIP.search(lines[line - 1]) if 0 < line <= len(lines) else None
    if slip and slip["pct"]:
        fixed = format(typed_fraction(slip["num"], True).normalize(), "f")
        return Issue("", "toml_percent", {"line": line, "found": slip["pct"], "fixed": fixed})
    if slip:
        found = slip["comma"]
        return Issue("", "toml_decimal_comma", {"line": line, "found": found, "fixed": found.replace(",", ".")})
    return Issue("", "not_toml", {"detail": m["what"], "line": line, "col": int(m["col"])})


def parse_scenario(text: str | bytes, *, source: str = "", **kw) -> Scenario:
    """Parse and validate TOML text (see `scenario_from_dict`). A leading byte-order mark, as
    Windows editors write, is accepted; so are the file's bytes as read (UTF-8, as
    `load_scenario` reads them: ``open(path, "rb").read()`` gave "'bytes' object has no
    attribute 'encode'")."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise ScenarioError([Issue("", "not_utf8")], source) from None
    if not isinstance(text, str):
        raise TypeError(f"text: the TOML text of a scenario is needed (str or bytes; model.load_scenario(path) "
                        f"reads a file), not {type(text).__name__}")
    # The limit is in bytes, as for a file on disk: a text of multi-byte letters is counted so.
    n = len(text) if len(text) > P.MAX_FILE_BYTES else len(text.encode("utf-8", "surrogatepass"))
    if n > P.MAX_FILE_BYTES:
        raise ScenarioError([Issue("", "too_large", {"n": n, "max": P.MAX_FILE_BYTES})], source)
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ScenarioError([_toml_issue(text, e)], source) from None
    except RecursionError:
        raise ScenarioError([Issue("", "too_deep", {"depth": "> 1000", "max": P.MAX_DEPTH})], source) from None
    # the text goes with the scenario, so that a file written of it keeps its comments (file_toml)
    return replace(scenario_from_dict(data, source=source, **kw), source_text=text)


# ---- a planner's own text kept ----------------------------------------------------------------
# What a file says besides its values (meta: name, titles, descriptions, the data vintage and
# the answers then); a scenario whose values are its file's is written into that file's text.
_META_BLANK = dict(name="x", title_vi="x", title_en="", description="", description_en="", vintage=None, answers={})


def file_toml(scenario: Scenario) -> str:
    """The TOML a file of ``scenario`` holds. Read from a file (`Scenario.source_text`) and
    with that file's values — renamed, retitled, stamped with its answers, saved to the
    workspace or downloaded as it was — it is that file's text with only its ``[meta]``
    changed, so a planner's comments and layout stay (tomlkit). Changed in its values, it is
    written anew (`Scenario.to_toml`): the comments described the values before."""
    return _in_its_text(scenario, need_scenario(scenario).to_toml())


def _in_its_text(scenario: Scenario, canonical: str) -> str:
    """``canonical`` (the scenario's own TOML) written into the text it was read from, where
    that text is kept and holds the same values (`_kept`)."""
    text = scenario.source_text
    if not text or len(text.encode("utf-8", "surrogatepass")) > P.MAX_KEPT_BYTES:
        return canonical
    return _kept(text, canonical)


@lru_cache(maxsize=16)   # texts of at most P.MAX_KEPT_BYTES each
def _kept(old: str, canonical: str) -> str:
    """``old`` with its [meta] made ``canonical``'s where the two hold the same values, else
    ``canonical``; never a text that reads back other than ``canonical`` (checked)."""
    try:
        was, now = parse_scenario(old), parse_scenario(canonical)
    except ScenarioError:
        return canonical
    if replace(was, **_META_BLANK) != replace(now, **_META_BLANK):
        return canonical
    import tomlkit   # only here: writing a file, never on a projection's path

    new_meta = tomllib.loads(canonical)["meta"]
    try:
        doc = tomlkit.parse(old)
        if not isinstance(doc.get("meta"), dict):
            return canonical
        _sync(doc["meta"], new_meta)
        text = tomlkit.dumps(doc)
        same = parse_scenario(text) == now and tomllib.loads(text)["meta"] == new_meta
    except Exception:   # noqa: BLE001 — any layout tomlkit cannot edit (an inline [meta], dotted
        # keys…) or that would not read back: the plain form, which holds the same scenario
        return canonical
    return text if same else canonical


def _sync(table, new: dict) -> None:
    """Make tomlkit ``table`` hold ``new``: keys it lacks added, others dropped, changed values
    replaced (a comment on their line stays: the planner's note on the key), equal ones left
    with their layout."""
    import tomlkit
    for k in [k for k in table if k not in new]:
        del table[k]
    for k, v in new.items():
        cur = table.get(k)
        plain = cur.unwrap() if hasattr(cur, "unwrap") else cur
        if cur is not None and plain == v:
            continue
        if isinstance(v, dict) and isinstance(plain, dict):
            _sync(table[k], v)
        elif isinstance(v, dict) and isinstance(table, tomlkit.items.InlineTable):
            sub = tomlkit.inline_table()   # meta = { …, answers = { … } }
            sub.update(v)
            table[k] = sub
        elif isinstance(v, dict):   # a new sub-table ([meta.answers]): a blank line after it
            sub = tomlkit.table()
            for kk, vv in v.items():
                sub.add(kk, vv)
            sub.add(tomlkit.nl())
            table[k] = sub
        else:
            table[k] = v


def _read_issue(e: OSError) -> Issue:
    """Why a file could not be read, as the catalogue words it (the system's own words are
    English: "No such file or directory"); another reason, as the system gives it."""
    if e.errno in (errno.ENOENT, errno.ENOTDIR):
        return Issue("", "file_missing")
    if e.errno in (errno.EACCES, errno.EPERM):
        return Issue("", "file_denied")
    return Issue("", "cannot_read", {"reason": e.strerror or str(e)})


def read_text_file(path: str | os.PathLike, max_bytes: int = P.MAX_FILE_BYTES) -> str:
    """The UTF-8 text of a regular file of at most ``max_bytes``; `ScenarioError` otherwise
    (a folder, a FIFO, /dev/zero, a file too large, not UTF-8). Never blocks on a pipe."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as e:
        raise ScenarioError([_read_issue(e)], str(p)) from None
    if not stat.S_ISREG(st.st_mode):
        raise ScenarioError([Issue("", "not_regular")], str(p))
    if st.st_size > max_bytes:
        raise ScenarioError([Issue("", "too_large", {"n": st.st_size, "max": max_bytes})], str(p))
    try:
        with open(p, "rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as e:
        raise ScenarioError([_read_issue(e)], str(p)) from None
    if len(raw) > max_bytes:
        raise ScenarioError([Issue("", "too_large", {"n": len(raw), "max": max_bytes})], str(p))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError([Issue("", "not_utf8")], str(p)) from None


def load_scenario(path: str | os.PathLike, **kw) -> Scenario:
    """Read and validate a scenario file; errors name the file and the TOML path."""
    return parse_scenario(read_text_file(path), source=str(Path(path)), **kw)


@lru_cache(maxsize=1)
def _umask() -> int:
    # os.umask can only be read by setting it, which races with other threads (the app has
    # several); Linux reports it in /proc without changing it.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    return 0o022


TMP_SUFFIX = ".tmp"


def _temp_copy(p: Path, data: bytes | str) -> str:
    """``data`` in a flushed temporary file beside ``p`` (``.<name>.<random>.tmp``), with
    ordinary permissions (0666 less the umask, as `open` would give), not a temporary file's
    0600."""
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        # a file stands where the folder should be; said as such, since `write_new`'s callers
        # read FileExistsError as "the name is taken" (a workspace folder that was a file
        # answered every save with "exists; keep both as the same name")
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(p.parent)) from None
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=TMP_SUFFIX, dir=p.parent)
    except OSError as e:
        # the refusal names the temporary file (a folder without the right to write answered
        # "/w/.deck.pptx.k2j9.tmp: no permission"): said of the file asked for, which the planner
        # knows; OSError(errno, …) is the same subclass (PermissionError, …)
        raise OSError(e.errno, e.strerror, str(p)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            # Windows has no fchmod before Python 3.13 (every save and every `--out` file stopped
            # with "AttributeError: … 'fchmod'"), nor a mode to set: its file takes the folder's
            # permissions, as any other file made there
            if hasattr(os, "fchmod"):
                os.fchmod(f.fileno(), 0o666 & ~_umask())
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


# Waits (s) before each new try of a rename refused with PermissionError: on Windows an antivirus
# or the search indexer opens a file just written for a moment, and a rename over it or of it is
# refused meanwhile (git, pip and npm try again for the same reason). 0.75 s in all; a refusal
# that lasts (a file open in Excel, a folder without the right) is then said as before.
REPLACE_RETRIES = (0.05, 0.1, 0.2, 0.4)


def _replace(src: str, dst: Path) -> None:
    """`os.replace`, tried again after each of `REPLACE_RETRIES` while PermissionError."""
    for wait in (*REPLACE_RETRIES, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if wait is None:
                raise
            time.sleep(wait)


def write_atomic(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write a file so that readers see the old or the new content, never a partial one:
    write a temporary file in the same folder, flush it to disk, then rename over the target."""
    p = Path(path)
    tmp = _temp_copy(p, data)
    try:
        _replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


def write_new(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write a file that must not exist yet, atomically and exclusively: the complete
    temporary file is hard-linked to the name, which the file system refuses (FileExistsError)
    if anyone created it meanwhile. Of two writers racing for one name, exactly one wins.

    A file system without hard links (the FAT32 or exFAT of a USB stick, some network shares:
    Linux answers EPERM, Windows "Incorrect function") refused every new name, so a workspace
    there could save nothing, and said "no permission". There the name is claimed by an
    exclusive create (``O_EXCL``: still one winner of two) and the complete text then renamed
    over the claim: a reader at that moment may see the name empty, never a part of the text."""
    p = Path(path)
    tmp = _temp_copy(p, data)
    try:
        os.link(tmp, p)
    except FileExistsError:
        raise
    except OSError:
        _claim_then_replace(tmp, p)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return p


def _claim_then_replace(tmp: str, p: Path) -> None:
    """`write_new` without hard links: ``p`` created exclusively (FileExistsError if taken), then
    the complete ``tmp`` renamed over it; the claim is taken back if the rename fails."""
    os.close(os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        _replace(tmp, p)
    except BaseException:
        p.unlink(missing_ok=True)
        raise


def file_text(scenario: Scenario, source: str = "") -> str:
    """The scenario's TOML, once read back as `load_scenario` reads it: one built or edited in
    code that a file cannot hold (a rate of 15 for 15 %, a title of 300 characters) raises
    `ScenarioError` naming the field (``source`` first), before anything is written — a file
    that would not open again is a scenario lost (`save_scenario`, `model.Workspace.save`).
    Written into the text of the file it was read from while its values are that file's
    (`file_toml`)."""
    text = need_scenario(scenario).to_toml()
    parse_scenario(text, source=source)
    return _in_its_text(scenario, text)


def save_scenario(scenario: Scenario, path: str | os.PathLike) -> Path:
    """Write a scenario as TOML, atomically, only a text that loads again (`file_text`); missing
    folders are made. A path that cannot take the file (a folder, a path through a file, no
    permission, a full disk) raises `ScenarioError` in both languages: saving to a folder gave
    "IsADirectoryError: … Is a directory: '.scenarios.j6pqhitn.tmp' -> 'scenarios'", naming a
    temporary file."""
    p = Path(path)
    text = file_text(scenario, source=str(p))
    if p.exists() and not p.is_file():
        raise ScenarioError([Issue("", "not_regular_save")], str(p))
    try:
        return write_atomic(p, text)
    except OSError as e:
        raise ScenarioError([_write_issue(e)], str(p)) from None


def _write_issue(e: OSError) -> Issue:
    """Why a file could not be written, as the catalogue words it."""
    if e.errno in (errno.ENOENT, errno.ENOTDIR):
        return Issue("", "path_blocked")
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Issue("", "write_denied")
    return Issue("", "cannot_write", {"reason": e.strerror or str(e)})
