"""The scenario workspace: named scenarios kept as TOML files in one folder, shared by the app
and the CLI.

The folder is ``$HATINH_WORKSPACE`` when set, else ``workspace/`` under the current folder
(``make run`` starts the app from the project folder). A scenario named ``n`` is the file
``n.toml``; its ``meta.name`` is ``n``. Every write is atomic (`model.scenario.write_atomic`)
with ordinary permissions; nothing is overwritten silently: `save` refuses a different file of
the same name unless told to overwrite, and offers a free name to keep both. A new name that a
folder copied to Windows or macOS could not hold is refused with a free one (`NameClash`): a
device name of Windows (``con``, ``nul``, ``com1``…), or a saved scenario's name in other letter
case (``Plan`` and ``plan`` are one file there). Files already saved under such names stay listed
and usable. Files that do not
validate are listed with their problems, never deleted or rewritten.

Two planners may share one folder. A new name is taken exclusively (`model.scenario.write_new`:
a hard link the file system refuses if the name exists; an exclusive create where there are no
hard links), so of two saves of one new name, or two
renames to one free name, made at the same moment, one succeeds and the other is refused or
asked, never silently replaced. Names in other letter case (``plan`` and ``Plan``, two files on
Linux) are one name here too: a new name is checked and taken under a lock of its folded form
(`Workspace._claim`, the file ``.plan.lock``). Temporary files and locks a killed write left
behind are removed when the app or the CLI next opens the folder (`clean_stale`).

Glossary: kho kịch bản = scenario workspace; lưu = save; đổi tên = rename; nhân bản = duplicate;
xóa = delete.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from .params import flag
from .scenario import (TMP_SUFFIX, Scenario, ScenarioError, file_text, file_toml, load_scenario, need_scenario,
                       suggest_name, valid_name, write_atomic, write_new)

ENV_VAR = "HATINH_WORKSPACE"
DEFAULT_FOLDER = "workspace"
MAX_ENTRIES = 500
SUFFIX = ".toml"   # a scenario file's: its name is the file's without it
LOCK_SUFFIX = ".lock"
# A lock is held for one check and one write (milliseconds). A writer waits for another's at
# most LOCK_WAIT_S, then goes on unguarded (a planner is never stuck behind a folder's lock);
# one older than LOCK_STALE_S was left by a killed process and is taken over.
LOCK_WAIT_S = 2.0
LOCK_STALE_S = 30.0


class WorkspaceError(ValueError):
    """A workspace operation that cannot be done: ``code`` (exists, missing, name, full) and
    ``params`` say why, for `model.report.strings` (keys ws_err_*): ``text(lang)`` words it,
    ``str()`` is the English (it was "missing: {'name': 'nope'}" in a notebook)."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        # the words live in the catalogue, as SolverError's do
        from .report.strings import workspace_error_text

        return workspace_error_text(self, lang)


class NameClash(WorkspaceError):
    """A new name that a shared folder cannot hold once it reaches Windows or macOS: a device
    name of Windows (code "reserved") or an existing scenario's name in other letter case
    ("case"); ``alt`` is a free name that can, offered in the message and taken by an upload."""

    def __init__(self, code: str, name: str, alt: str, **params):
        super().__init__(code, name=name, hint=alt, **params)
        self.name, self.alt = name, alt


class WouldOverwrite(WorkspaceError):
    """`save` found a different scenario under the same name; ``alt`` is a free name."""

    def __init__(self, name: str, alt: str):
        super().__init__("exists", name=name, alt=alt)
        self.name, self.alt = name, alt


@dataclass(frozen=True)
class Entry:
    """One file of the workspace: its name, when it was last written, and the scenario it
    holds (or the validation error that stops it from loading)."""

    name: str
    path: Path
    modified: datetime
    scenario: Scenario | None
    error: ScenarioError | None


# (file, modification time in ns, size) → (scenario, error): what `entries` read before.
_READ: dict[tuple[str, int, int], tuple] = {}


def _same(p: Path, text: str) -> bool:
    try:
        return p.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def default_folder() -> Path:
    return Path(os.environ.get(ENV_VAR) or DEFAULT_FOLDER)


# Names Windows keeps for devices, in any letter case and with any extension ("con.toml" too):
# such a file cannot be made there, and one copied from Linux cannot be opened. Names hold ASCII
# only (`valid_name`), so the superscript forms Windows 11 also keeps cannot occur.
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul"} | {f"{d}{k}" for d in ("com", "lpt") for k in range(10)})


def _reserved(name: str) -> bool:
    return name.lower() in WINDOWS_RESERVED


def check_name(name: str) -> str:
    """``name`` if a file can have it; else WorkspaceError("name"), with a name that would do."""
    if not valid_name(name):
        hint = suggest_name(name)
        if _reserved(hint):   # "Con!" → "Con", which the next save refuses
            hint += "-1"
        raise WorkspaceError("name", name=str(name)[:64], hint=hint)
    return name


def _clash(name: str, folded: set[str]) -> str | None:
    """Why a new file may not take ``name`` in a folder whose names, case-folded, are
    ``folded``: "reserved" (a device name of Windows), "case" (taken, in this or other letter
    case: one file on Windows and macOS, two on Linux until the folder is copied), or None."""
    if _reserved(name):
        return "reserved"
    if name.casefold() in folded:
        return "case"
    return None


class Workspace:
    """Named scenarios in ``folder`` (created on first save)."""

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder) if folder is not None else default_folder()

    def path(self, name: str) -> Path:
        return self._file(check_name(name))

    def _file(self, name: str) -> Path:
        # a name already checked (or listed: a listed name is a valid one)
        return self.folder / f"{name}{SUFFIX}"

    def problem(self) -> OSError | None:
        """Why the folder cannot be listed (a file where it should be, or above it; no right to
        read it), or None. A folder not made yet is no problem: the first save makes it. `names`
        lists nothing in either case, and a planner must not read an empty list as scenarios
        lost."""
        try:
            with os.scandir(self.folder):
                return None
        except FileNotFoundError:
            return None
        except OSError as e:
            return e

    def _all_names(self) -> list[str]:
        # one pass over the folder: os.scandir gives whether each entry is a file with the
        # listing (glob and is_file made a stat of each; the app lists the workspace on every
        # run, and a department's holds up to 500 files)
        try:
            with os.scandir(self.folder) as it:
                return sorted(stem for e in it
                              if e.name.endswith(SUFFIX) and valid_name(stem := e.name[:-len(SUFFIX)]) and e.is_file())
        except OSError:   # not made yet, or not a folder: nothing listed (`problem` says why)
            return []

    def names(self) -> list[str]:
        """The scenario files' names, sorted, the first `MAX_ENTRIES` (each listed is read and
        validated: the bound keeps a listing's time bounded)."""
        return self._all_names()[:MAX_ENTRIES]

    def count(self) -> int:
        """How many scenario files the folder holds, listed or not: more than `names` gives
        when files were copied in beyond `MAX_ENTRIES` (a save past it is refused), which the
        app and the CLI then say, rather than leave them looking lost."""
        return len(self._all_names())

    def unlisted(self) -> int:
        """How many scenario files `names` leaves out, past its bound (0 within it). Against the
        bound, not the entries read: a file another planner deletes while the list is read is
        not one "not listed"."""
        return max(0, self.count() - MAX_ENTRIES)

    def exists(self, name: str) -> bool:
        return valid_name(name) and self.path(name).is_file()

    def entries(self) -> list[Entry]:
        """Every scenario file, sorted by name, loaded and validated. A file unchanged since it
        was last read (same size and modification time) is not parsed again: the app lists the
        workspace on every run."""
        out = []
        real = self.folder.resolve()   # once: each file's own resolve cost a stat per folder above it
        for name in self.names():
            p = self._file(name)
            try:
                st = p.stat()
            except OSError:
                continue  # deleted meanwhile
            key = (str(real / p.name), st.st_mtime_ns, st.st_size)
            hit = _READ.get(key)
            if hit is None:
                try:
                    hit = (load_scenario(p), None)
                except ScenarioError as e:
                    hit = (None, e)
                if len(_READ) > 4 * MAX_ENTRIES:
                    _READ.clear()
                _READ[key] = hit
            out.append(Entry(name, p, datetime.fromtimestamp(st.st_mtime), *hit))
        return out

    def load(self, name: str) -> Scenario:
        check_name(name)   # a name no file can have is said to be one, with a name that would do
        if not self.exists(name):
            raise WorkspaceError("missing", name=name)
        return load_scenario(self.path(name))

    def free_name(self, name: str) -> str:
        """``name`` if a new file may take it (`_clash` finds nothing), else ``name-2``,
        ``name-3``, … (``name-1`` first for a Windows device name), kept within 64 characters."""
        folded = {n.casefold() for n in self._all_names()}
        if _clash(name, folded) is None:
            return name
        for k in range(1 if _reserved(name) else 2, MAX_ENTRIES + 2):
            suffix = f"-{k}"
            cand = name[: 64 - len(suffix)] + suffix
            if _clash(cand, folded) is None:
                return cand
        raise WorkspaceError("full", max=MAX_ENTRIES)

    def check_new(self, name: str, leaving: str | None = None) -> str:
        """``name`` if a scenario may be saved under it, else `NameClash` (with a free name) or
        WorkspaceError("name"). A name the folder lists passes as it is: saving over it is the
        overwrite question's business, and a file saved before these rules stays usable. The
        folder's listing decides, not the file system, so that Linux, Windows and macOS answer
        alike (on the last two "plan.toml" opens "Plan.toml"). ``leaving`` is a name a rename
        gives up: its other letter case is no clash ("plan" → "Plan")."""
        check_name(name)
        names = self._all_names()
        if name in names:
            return name
        names = [n for n in names if n != leaving]
        why = _clash(name, {n.casefold() for n in names})
        if why is not None:
            other = {"other": n for n in names if n.casefold() == name.casefold()}   # the "case" message's
            raise NameClash(why, name, self.free_name(name), **other)
        return name

    def save(self, scenario: Scenario, name: str | None = None, overwrite: bool = False) -> str:
        """Write ``scenario`` as ``name`` (default its own name; ``meta.name`` becomes
        ``name``). The same content already there is a no-op; different content raises
        `WouldOverwrite` unless ``overwrite``, also when another writer took the name a moment
        ago. Returns the name written. The text is read back first as `load` reads it: a scenario
        built in code that a file cannot hold raises `ScenarioError` naming the field, and nothing
        is written (it would be listed as unreadable, and open nowhere)."""
        need_scenario(scenario)   # a file's path got "replace() should be called on dataclass instances"
        flag(overwrite, "overwrite")
        name = scenario.name if name is None else name
        p = self.path(self.check_new(name))
        text = file_text(replace(scenario, name=name), source=name)
        if overwrite and p.exists():
            write_atomic(p, text)
            return name
        if not p.exists() and len(self.names()) >= MAX_ENTRIES:
            raise WorkspaceError("full", max=MAX_ENTRIES)
        try:
            with self._claim(name):
                self.check_new(name)   # again, under the lock: another planner's "Plan" a moment ago
                write_new(p, text)
        except FileExistsError:
            if _same(p, text):
                return name
            if overwrite:
                write_atomic(p, text)
                return name
            raise WouldOverwrite(name, self.free_name(name)) from None
        return name

    def rename(self, old: str, new: str) -> str:
        """Rename ``old`` to ``new`` (which must be free); the file's ``meta.name`` follows.
        The new name is taken exclusively; if ``old`` is gone meanwhile (another planner renamed
        or deleted it), the copy is taken back and "missing" raised: nothing doubles or vanishes.
        A change of letter case alone ("plan" → "Plan") is a rename like any other."""
        sc = self.load(old)
        text = file_toml(replace(sc, name=new))   # its comments kept
        try:
            self._create(new, text, leaving=old)
        except WorkspaceError as e:
            if e.code != "exists_plain" or new == old or new.casefold() != old.casefold() \
                    or not self.path(new).samefile(self.path(old)):
                raise
            # "plan" → "Plan" where the file system folds case (Windows, macOS): the new name is
            # the old file. Its name's letters are changed in place (nothing else is touched if
            # that is refused), then its meta.name written; nothing is removed.
            os.rename(self.path(old), self.path(new))
            write_atomic(self.path(new), text)
            return new
        try:
            if new.casefold() == old.casefold() and self.path(old).samefile(self.path(new)):
                return new   # never so: but removing the old name would remove the scenario
            self.path(old).unlink()
        except FileNotFoundError:
            self.path(new).unlink(missing_ok=True)
            raise WorkspaceError("missing", name=old) from None
        except OSError:
            # the old file is held (on Windows, open in another program): the copy is taken
            # back, so that a refused rename leaves the folder as it was, not the scenario twice
            self.path(new).unlink(missing_ok=True)
            raise
        return new

    def duplicate(self, name: str, new: str | None = None) -> str:
        """A copy of ``name`` under ``new`` (default: the first free ``name-2``, ``name-3``…)."""
        sc = self.load(name)
        new = self.free_name(name) if new is None else new
        self._create(new, file_toml(replace(sc, name=new)))   # its comments kept
        return new

    def _create(self, name: str, text: str, leaving: str | None = None) -> None:
        try:
            with self._claim(name):
                # under the lock (held or not, this runs): an existing name passes it, and the
                # exclusive write refuses it
                self.check_new(name, leaving)
                write_new(self.path(name), text)
        except FileExistsError:
            raise WorkspaceError("exists_plain", name=name) from None

    @contextmanager
    def _claim(self, name: str):
        """Hold the folder's lock of ``name`` folded (``.plan.lock`` for "Plan"), an exclusive
        create, while the name is checked and written. The hard link of `write_new` makes one
        name exclusive; on Linux "plan" and "Plan" are two names, and two planners saving them
        at one moment both passed the check for the other. Not had within `LOCK_WAIT_S` (or
        the folder refuses it), the write goes on unguarded, as before the lock."""
        lock = self.folder / f".{check_name(name).casefold()}{LOCK_SUFFIX}"   # a valid name: no path
        held, deadline = False, time.monotonic() + LOCK_WAIT_S
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            deadline = 0.0   # the write says why the folder cannot be made
        while not held and time.monotonic() < deadline:
            try:
                os.close(os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
                held = True
            except FileExistsError:
                try:
                    if time.time() - lock.stat().st_mtime > LOCK_STALE_S:
                        lock.unlink(missing_ok=True)   # a killed writer's
                        continue
                except OSError:
                    continue   # released meanwhile
                time.sleep(0.002)
            except OSError:
                break   # a folder one may not write to: the write says so
        try:
            yield
        finally:
            if held:
                lock.unlink(missing_ok=True)

    def clean_stale(self, older_than_s: float = 600.0) -> list[Path]:
        """Remove the temporary files and name locks of writes that were killed
        (``.<name>.<random>.tmp``, ``.<name>.lock``) older than ``older_than_s`` seconds: a write
        in progress elsewhere is never touched."""
        if not self.folder.is_dir():
            return []
        now, gone = datetime.now().timestamp(), []
        for p in [*self.folder.glob(f".*{TMP_SUFFIX}"), *self.folder.glob(f".*{LOCK_SUFFIX}")]:
            try:
                if p.is_file() and now - p.stat().st_mtime > older_than_s:
                    p.unlink()
                    gone.append(p)
            except OSError:
                continue  # removed by another process meanwhile
        return gone

    def delete(self, name: str) -> None:
        if not self.exists(name):
            raise WorkspaceError("missing", name=name)
        self.path(name).unlink()
