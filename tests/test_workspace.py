"""The scenario workspace: named TOML files, written atomically, never overwritten silently;
the CLI reads the same folder."""

import errno
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import model
from model.cli import main
from model.scenario import file_text
from model.workspace import (WINDOWS_RESERVED, NameClash, Workspace, WorkspaceError, WouldOverwrite, suggest_name,
                             valid_name)

from .conftest import SCENARIOS
from .strategies import scenario_toml


@pytest.fixture
def ws(tmp_path, monkeypatch):
    monkeypatch.setenv("HATINH_WORKSPACE", str(tmp_path / "ws"))
    return Workspace()


def test_folder_from_the_environment(ws, tmp_path):
    assert ws.folder == tmp_path / "ws" and ws.names() == []


def test_save_list_load(ws, baseline):
    assert ws.save(baseline, name="mine") == "mine"
    assert ws.names() == ["mine"]
    (e,) = ws.entries()
    assert e.name == "mine" and e.scenario.name == "mine" and e.error is None
    assert ws.load("mine").sectors == baseline.sectors
    assert (ws.path("mine").stat().st_mode & 0o077) != 0  # readable by others, like any file


def test_never_overwritten_silently(ws, baseline):
    ws.save(baseline, name="mine")
    assert ws.save(baseline, name="mine") == "mine"  # the same content: nothing to ask
    other = baseline.with_sector("services", growth=model.RatePath.const(0.2))
    with pytest.raises(WouldOverwrite) as e:
        ws.save(other, name="mine")
    assert e.value.alt == "mine-2"
    assert ws.load("mine").sectors["services"].growth.constant == 0.075
    # overwrite="no" (a non-empty text) replaced the file; now refused, the file kept
    with pytest.raises(TypeError, match=r"^overwrite: True or False, not 'no'$"):
        ws.save(other, name="mine", overwrite="no")
    assert ws.load("mine").sectors["services"].growth.constant == 0.075
    ws.save(other, name=e.value.alt)
    ws.save(other, name="mine", overwrite=True)
    assert ws.load("mine").sectors["services"].growth.constant == 0.2


def test_rename_duplicate_delete(ws, baseline):
    ws.save(baseline, name="a")
    ws.rename("a", "b")
    assert ws.names() == ["b"] and ws.load("b").name == "b"
    assert ws.duplicate("b") == "b-2"
    with pytest.raises(WorkspaceError) as e:
        ws.rename("b", "b-2")
    assert e.value.code == "exists_plain"
    ws.delete("b-2")
    assert ws.names() == ["b"]
    with pytest.raises(WorkspaceError):
        ws.delete("nope")
    with pytest.raises(WorkspaceError) as e:
        ws.save(baseline, name="../escape")
    assert e.value.code == "name"


def test_invalid_files_are_listed_not_touched(ws, baseline):
    ws.save(baseline, name="good")
    bad = ws.folder / "bad.toml"
    bad.write_text("[meta\n", encoding="utf-8")
    entries = {e.name: e for e in ws.entries()}
    assert entries["bad"].scenario is None and "not valid TOML" in entries["bad"].error.lines()[0]
    assert bad.read_text(encoding="utf-8") == "[meta\n"


def test_cli_reads_the_workspace(ws, baseline, tmp_path, capsys):
    ws.save(baseline, name="kept")
    assert main(["workspace", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "kept" in out and "0 changes vs baseline" in out
    assert re.search(r"kept +\d{4}-\d{2}-\d{2} \d{2}:\d{2} ", out)
    assert main(["workspace"]) == 0   # Vietnamese by default
    out = capsys.readouterr().out
    assert re.search(r"kept +\d{2}/\d{2}/\d{4} \d{2}:\d{2} ", out)   # the date as a Vietnamese reader writes it
    assert "kho kịch bản: " in out and "(1 kịch bản)" in out and "0 thay đổi so với kịch bản cơ sở" in out
    assert main(["run", "ws:kept", "--out", str(tmp_path / "o1")]) == 0
    assert main(["run", "kept", "--out", str(tmp_path / "o2")]) == 0
    assert (tmp_path / "o2" / "projection.csv").read_bytes() == (tmp_path / "o1" / "projection.csv").read_bytes()
    assert main(["validate", "ws:missing", "--lang", "en"]) == 2
    assert "there is no scenario 'missing' in the workspace" in capsys.readouterr().err
    assert main(["validate", "ws:kịch bản"]) == 2   # not a name a file can have: said, with one that can
    assert "tên «kịch bản» không hợp lệ" in (err := capsys.readouterr().err) and "«kich-ban»" in err


def test_cli_output_files_have_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path / "o")]) == 0
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "o").iterdir()}
    assert set(modes.values()) == {0o644}, modes


def test_cli_refuses_an_empty_out(capsys):
    with pytest.raises(SystemExit) as e:
        main(["run", str(SCENARIOS / "baseline.toml"), "--out", "", "--lang", "en"])
    assert e.value.code == 2 and "empty folder name" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["run", str(SCENARIOS / "baseline.toml"), "--out", ""])
    assert e.value.code == 2 and "tên thư mục trống" in capsys.readouterr().err


def test_an_out_or_a_workspace_that_is_a_file_is_said_in_words(tmp_path, monkeypatch, baseline, capsys):
    """A file where a folder is needed: the operating system's English ("File exists") became
    the path, what is wrong and what to do, in the run's language; and the workspace no longer
    reads it as "the name is taken, keep both under the same name"."""
    taken = tmp_path / "afile"
    taken.write_text("x", encoding="utf-8")
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(taken)]) == 2
    assert capsys.readouterr().err.strip() == \
        f"lỗi: {taken}: ở chỗ cần một thư mục lại là một tệp (tại đây hoặc ở một cấp trên); chọn đường dẫn khác"
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(taken / "o"), "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == \
        f"error: {taken / 'o'}: a file stands where a folder is needed (here or further up); choose another path"
    monkeypatch.setenv("HATINH_WORKSPACE", str(taken))
    with pytest.raises(NotADirectoryError) as e:
        Workspace().save(baseline, name="plan_a")
    assert e.value.filename == str(taken) and taken.read_text(encoding="utf-8") == "x"


def test_a_workspace_that_cannot_be_listed_is_said_not_shown_empty(tmp_path, monkeypatch, capsys):
    """A HATINH_WORKSPACE set to a file (or under one) listed "0 scenarios", exit 0: a planner
    reads that as every saved scenario lost. Now `Workspace.problem` says why, and the CLI
    refuses with the path, what is wrong and the variable to set; a folder not made yet is still
    an empty workspace, as is an existing empty folder."""

    from model.report.strings import os_error_text

    taken = tmp_path / "afile"
    taken.write_text("x", encoding="utf-8")
    assert Workspace(tmp_path / "not_yet").problem() is None
    assert Workspace(tmp_path).problem() is None
    for folder in (taken, taken / "sub"):
        why = Workspace(folder).problem()
        assert isinstance(why, NotADirectoryError) and why.filename == str(folder)
        monkeypatch.setenv("HATINH_WORKSPACE", str(folder))
        assert main(["workspace"]) == 2
        out = capsys.readouterr()
        assert out.out == "" and out.err.strip() == (
            f"lỗi: không liệt kê được kho kịch bản (biến môi trường HATINH_WORKSPACE): {folder}: ở chỗ cần một thư "
            "mục lại là một tệp (tại đây hoặc ở một cấp trên); chọn đường dẫn khác")
    assert main(["workspace", "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: the workspace (the HATINH_WORKSPACE environment variable) cannot be listed: {taken / 'sub'}: a file "
        "stands where a folder is needed (here or further up); choose another path")
    assert taken.read_text(encoding="utf-8") == "x"
    monkeypatch.setenv("HATINH_WORKSPACE", str(tmp_path / "not_yet"))
    assert main(["workspace"]) == 0 and "(0 kịch bản)" in capsys.readouterr().out
    # no right to read the folder (the tests run as root, who reads everything: the refusal is
    # the system's, as os.scandir raises it); while listing, the right missing is to read
    denied = PermissionError(errno.EACCES, "Permission denied", str(tmp_path))
    monkeypatch.setattr("model.workspace.os.scandir", lambda _: (_ for _ in ()).throw(denied))
    assert Workspace(tmp_path).problem() is denied
    assert os_error_text(denied, "en", reading=True) == \
        f"{tmp_path}: no permission to read this folder; ask for read access or choose another folder"
    assert os_error_text(denied, "vi", reading=True) == \
        f"{tmp_path}: không có quyền đọc thư mục này; xin quyền đọc hoặc chọn thư mục khác"
    assert os_error_text(denied, "en").startswith(f"{tmp_path}: no permission to write here")


def test_files_past_the_listing_bound_are_said_not_silently_left_out(ws, baseline, monkeypatch, capsys):
    """The list reads the first MAX_ENTRIES files by name (a save past it is refused); files
    copied in beyond it were left out of the app's list and the CLI's without a word, as if
    lost. Now both say how many more there are and that each still opens as ws:NAME. The bound
    is lowered to 2 here, where the app's is 500."""
    monkeypatch.setattr("model.workspace.MAX_ENTRIES", 2)
    for name in ("a", "b"):
        ws.save(baseline, name=name)
    assert ws.count() == 2 and main(["workspace"]) == 0
    assert "tệp kịch bản nữa" not in capsys.readouterr().out
    for name in ("c", "d", "e"):   # copied in by hand: a save would be refused
        (ws.folder / f"{name}.toml").write_bytes((ws.folder / "a.toml").read_bytes())
    (ws.folder / "not a name.toml").write_text("x", encoding="utf-8")   # not a scenario's name: not counted
    assert ws.names() == ["a", "b"] and ws.count() == 5 and ws.load("e").title_vi == baseline.title_vi
    assert main(["workspace"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("(2 kịch bản)") and out[-1] == \
        "còn 3 tệp kịch bản nữa không liệt kê (tối đa 2, theo tên); mỗi tệp vẫn dùng được với ws:TÊN"
    assert main(["workspace", "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == \
        "3 more scenario files not listed (at most 2, by name); each still opens as ws:NAME"
    with pytest.raises(WorkspaceError) as e:
        ws.save(baseline, name="f")
    assert e.value.code == "full"


def test_os_errors_in_words():

    from model.report.strings import os_error_text

    assert os_error_text(OSError(errno.ENOSPC, "No space left on device", "/w/a.toml"), "vi") == \
        "/w/a.toml: ổ đĩa đã đầy; giải phóng chỗ trống hoặc chọn ổ khác"
    assert os_error_text(PermissionError(errno.EACCES, "Permission denied", "/w"), "en") == \
        "/w: no permission to write here; choose another folder or ask for write access"
    # a rename names the file asked for, not the temporary one written first
    assert os_error_text(IsADirectoryError(errno.EISDIR, "Is a directory", "/w/.d.pptx.x1.tmp", None, "/w/d.pptx"),
                         "en") == "/w/d.pptx: a folder is where a file is to be written; rename that folder or write elsewhere"
    # one the catalogue does not know: the system's own reason, in brackets
    assert os_error_text(OSError(errno.EIO, "Input/output error", "/w/a.toml"), "en") == \
        "/w/a.toml: cannot be written or read (Input/output error)"


# ---- issue 13, item 11: two planners, one folder ---------------------------------------------------
def _race(fn, args_list):
    """Run ``fn(*args)`` for each args at the same moment (a barrier), in threads; each outcome
    is its return value or the exception it raised."""
    import threading

    barrier = threading.Barrier(len(args_list))
    out = [None] * len(args_list)

    def go(k, args):
        barrier.wait()
        try:
            out[k] = fn(*args)
        except Exception as e:  # noqa: BLE001 - the outcome under test
            out[k] = e

    threads = [threading.Thread(target=go, args=(k, a)) for k, a in enumerate(args_list)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return out


def test_two_saves_of_one_new_name_never_replace_each_other(ws, baseline):
    a = baseline.with_sector("services", growth=model.RatePath.const(0.08))
    b = baseline.with_sector("services", growth=model.RatePath.const(0.09))
    for k in range(60):
        name = f"race{k}"
        out = _race(lambda sc: ws.save(sc, name=name), [(a,), (b,)])
        won = [o for o in out if o == name]
        asked = [o for o in out if isinstance(o, WouldOverwrite)]
        assert len(won) == 1 and len(asked) == 1, out
        kept = ws.load(name).sectors["services"].growth.constant
        winner = 0.08 if out[0] == name else 0.09
        assert kept == winner  # the file holds the save that said "saved"


def test_two_renames_to_one_free_name_lose_nothing(ws, baseline):
    for k in range(60):
        ws.save(baseline.with_sector("services", growth=model.RatePath.const(0.08)), name=f"x{k}")
        ws.save(baseline.with_sector("services", growth=model.RatePath.const(0.09)), name=f"y{k}")
        out = _race(ws.rename, [(f"x{k}", f"z{k}"), (f"y{k}", f"z{k}")])
        assert sum(o == f"z{k}" for o in out) == 1, out
        assert sum(isinstance(o, WorkspaceError) and o.code == "exists_plain" for o in out) == 1
        names = set(ws.names())
        assert f"z{k}" in names and len({f"x{k}", f"y{k}"} & names) == 1  # the loser kept its name
    assert not list(ws.folder.glob(".*.tmp"))


def test_one_file_renamed_twice_at_once_is_not_doubled(ws, baseline):
    for k in range(40):
        ws.save(baseline, name=f"o{k}")
        out = _race(ws.rename, [(f"o{k}", f"p{k}"), (f"o{k}", f"q{k}")])
        names = set(ws.names())
        assert len({f"o{k}", f"p{k}", f"q{k}"} & names) == 1, (out, names)


def test_two_saves_of_one_name_in_other_letter_case_keep_one(ws, baseline):
    """On Linux "plan" and "Plan" are two files: two planners saving them at one moment both
    passed the check for the other's name, and both files were kept, one of which a copy of
    the folder to Windows or macOS loses. The new name is claimed under a lock of its folded
    form (``.plan.lock``): one save is kept, the other refused with a free name; the rename
    the same, and no lock is left behind."""
    a = baseline.with_sector("services", growth=model.RatePath.const(0.08))
    b = baseline.with_sector("services", growth=model.RatePath.const(0.09))
    for k in range(60):
        out = _race(lambda sc, n: ws.save(sc, name=n), [(a, f"plan{k}"), (b, f"Plan{k}")])
        won = [o for o in out if isinstance(o, str)]
        refused = [o for o in out if isinstance(o, NameClash)]
        assert len(won) == 1 and len(refused) == 1 and refused[0].code == "case", out
        assert refused[0].params["other"] == won[0]
        kept = [n for n in ws.names() if n.casefold() == f"plan{k}"]
        assert kept == won   # the file kept is the save that said "saved", with its content
        assert ws.load(won[0]).sectors["services"].growth.constant == (0.08 if out[0] == won[0] else 0.09)
    for k in range(40):
        ws.save(a, name=f"x{k}")
        ws.save(b, name=f"y{k}")
        out = _race(ws.rename, [(f"x{k}", f"z{k}"), (f"y{k}", f"Z{k}")])
        assert sum(isinstance(o, str) for o in out) == 1 and sum(isinstance(o, NameClash) for o in out) == 1, out
        names = set(ws.names())
        assert len({f"z{k}", f"Z{k}"} & names) == 1 and len({f"x{k}", f"y{k}"} & names) == 1   # the loser kept its name
    assert not list(ws.folder.glob(".*.lock")) and not list(ws.folder.glob(".*.tmp"))


@pytest.fixture
def no_hard_links(monkeypatch):
    """A file system without hard links (the FAT32 or exFAT of a USB stick, some network
    shares): Linux answers a link with EPERM there."""
    def refuse(src, dst, *a, **kw):
        raise PermissionError(errno.EPERM, "Operation not permitted", str(src), None, str(dst))

    monkeypatch.setattr(os, "link", refuse)


def test_a_folder_without_hard_links_saves_renames_and_races_alike(ws, baseline, no_hard_links):
    """Every new name was refused there ("no permission"): a workspace on a USB stick could save
    nothing. Now each new name is claimed exclusively and filled at once: saved, asked, renamed,
    duplicated as anywhere else, and of two writers racing for one name one wins, one is asked."""
    assert ws.save(baseline, name="usb") == "usb" and ws.load("usb").name == "usb"
    other = baseline.with_sector("services", growth=model.RatePath.const(0.09))
    with pytest.raises(WouldOverwrite):
        ws.save(other, name="usb")
    assert ws.rename("usb", "usb2") == "usb2" and ws.duplicate("usb2") == "usb2-2"
    assert ws.names() == ["usb2", "usb2-2"]
    a = baseline.with_sector("services", growth=model.RatePath.const(0.08))
    for k in range(30):
        out = _race(lambda sc: ws.save(sc, name=f"race{k}"), [(a,), (other,)])
        assert sorted(type(o).__name__ for o in out) == ["WouldOverwrite", "str"], out
        assert ws.load(f"race{k}").sectors["services"].growth.constant == (0.08 if out[0] == f"race{k}" else 0.09)
        ws.save(a, name=f"x{k}")
        ws.save(other, name=f"y{k}")
        out = _race(ws.rename, [(f"x{k}", f"z{k}"), (f"y{k}", f"z{k}")])
        assert sum(o == f"z{k}" for o in out) == 1, out
        assert len({f"x{k}", f"y{k}"} & set(ws.names())) == 1   # the loser kept its name
    assert not list(ws.folder.glob(".*.tmp"))


def test_saves_race_across_processes(tmp_path):
    """Processes, not threads: the exclusivity is the file system's, not the interpreter's.
    One name, and one name in two letter cases ("shared" and "Shared": one file on Windows)."""
    import subprocess
    import sys

    folder = tmp_path / "ws"
    code = ("import sys, model; from model.workspace import NameClash, Workspace, WouldOverwrite\n"
            "sc = model.load_scenario(sys.argv[1]).with_sector('services', growth=model.RatePath.const(float(sys.argv[2])))\n"
            "ws = Workspace(sys.argv[3])\n"
            "import time; t0 = float(sys.argv[4])\n"
            "time.sleep(max(0, t0 - time.time()))\n"
            "try:\n    ws.save(sc, name=sys.argv[5]); print('saved')\n"
            "except WouldOverwrite:\n    print('asked')\n"
            "except NameClash:\n    print('refused')\n")
    import time

    for names in [("shared", "shared")] * 4 + [("shared", "Shared")] * 3:
        for p in folder.glob("*.toml"):
            p.unlink()
        t0 = time.time() + 1.5
        procs = [subprocess.Popen([sys.executable, "-c", code, str(SCENARIOS / "baseline.toml"), g, str(folder), str(t0), n],
                                  stdout=subprocess.PIPE, text=True) for g, n in zip(("0.08", "0.09"), names)]
        outs = [p.communicate(timeout=60)[0].strip() for p in procs]
        assert sorted(outs) == (["asked", "saved"] if names[0] == names[1] else ["refused", "saved"]), outs
        won = names[outs.index("saved")]
        assert [p.stem for p in folder.glob("*.toml")] == [won]
        kept = model.load_scenario(folder / f"{won}.toml").sectors["services"].growth.constant
        assert kept == (0.08 if outs[0] == "saved" else 0.09)
        assert not list(folder.glob(".*"))


def test_temporary_files_of_killed_writes_are_cleaned(ws, baseline):
    ws.save(baseline, name="mine")
    stale = ws.folder / ".mine.toml.abc123.tmp"
    stale.write_text("half a file")
    fresh_tmp = ws.folder / ".mine.toml.def456.tmp"
    fresh_tmp.write_text("being written")
    old = os.path.getmtime(stale) - 3600
    os.utime(stale, (old, old))
    assert ws.clean_stale() == [stale]
    assert not stale.exists() and fresh_tmp.exists() and ws.names() == ["mine"]


def test_a_name_with_a_path_in_it_takes_no_lock_outside_the_folder(ws, baseline):
    """The name lock is a file named after the new name: a name holding a path ("../x") is
    refused before any lock is made, in rename and duplicate as in save."""
    ws.save(baseline, name="mine")
    for act in (lambda: ws.rename("mine", "../x"), lambda: ws.duplicate("mine", "../x"),
                lambda: ws.save(baseline, name="../x")):
        with pytest.raises(WorkspaceError) as e:
            act()
        assert e.value.code == "name"
    assert sorted(p.name for p in ws.folder.parent.iterdir()) == [ws.folder.name]
    assert sorted(p.name for p in ws.folder.iterdir()) == ["mine.toml"]


def test_a_name_lock_left_by_a_killed_writer_neither_stops_nor_stays(ws, baseline, monkeypatch):
    """A save killed while it held ``.plan.lock`` leaves the lock. The next save of that name
    takes a lock older than `LOCK_STALE_S` over at once; one fresh (another writer's, or one
    just killed) is waited for at most `LOCK_WAIT_S`, and the save then goes on. `clean_stale`
    removes an old lock as it removes an old temporary file."""
    import time

    from model import workspace as wsm

    ws.folder.mkdir(parents=True)
    lock = ws.folder / ".plan.lock"
    lock.touch()
    old = time.time() - wsm.LOCK_STALE_S - 5
    os.utime(lock, (old, old))
    assert ws.save(baseline, name="Plan") == "Plan" and not lock.exists()
    lock.touch()   # fresh: waited for, then passed
    monkeypatch.setattr(wsm, "LOCK_WAIT_S", 0.05)
    t0 = time.monotonic()
    assert ws.rename("Plan", "plan") == "plan" and time.monotonic() - t0 >= 0.05
    assert lock.exists() and ws.clean_stale() == []   # not ours to remove: it may be in use
    os.utime(lock, (old - 3600, old - 3600))
    assert ws.clean_stale() == [lock] and ws.names() == ["plan"]


def test_a_name_with_accents_is_refused_with_a_name_that_would_do(ws, baseline):
    """A planner types the title as the name: the message gives a valid name close to it."""
    assert suggest_name("kịch bản LNG trễ") == "kich-ban-LNG-tre"
    assert suggest_name("Đường sắt — Đà Nẵng 2030!") == "Duong-sat-Da-Nang-2030"
    assert suggest_name("  __ok__  ") == "__ok__"
    assert suggest_name("…") == "kich-ban" and suggest_name("") == "kich-ban"
    with pytest.raises(WorkspaceError) as e:
        ws.save(baseline, name="LNG trễ 2 năm")
    assert e.value.code == "name" and e.value.params["hint"] == "LNG-tre-2-nam"
    said = model.report.strings.workspace_error_text(e.value, "vi")
    assert "«LNG-tre-2-nam»" in said and "không dấu" in said and "dấu cách" in said
    assert "'LNG-tre-2-nam'" in model.report.strings.workspace_error_text(e.value, "en")
    assert ws.save(baseline, name=e.value.params["hint"]) == "LNG-tre-2-nam"


@given(st.text(max_size=300))
def test_the_suggested_name_is_always_a_valid_one(text):
    name = suggest_name(text)
    assert valid_name(name)
    if valid_name(text) and text.strip("-"):
        assert name == text.strip("-")


def test_a_path_given_for_the_scenario_is_named(ws):
    """`ws.save("scenarios/baseline.toml", "mine")` said "replace() should be called on
    dataclass instances"; nothing is written."""
    with pytest.raises(TypeError, match=r"^scenario: a model.Scenario is needed \(model.load_scenario\(path\) reads a file\), not str$"):
        ws.save(str(SCENARIOS / "baseline.toml"), "mine")
    assert ws.names() == []


def test_a_scenario_a_file_cannot_hold_is_not_saved(ws, baseline):
    """A scenario built in code with 15 for 15 % was written and listed as unreadable: it is
    refused naming the field, and nothing is written (nor replaced with overwrite)."""
    bad = baseline.with_sector("services", growth=model.RatePath.const(15))
    with pytest.raises(model.ScenarioError, match=r"sectors.services.growth = 15.0: .*\(did you mean 0.15\?\)"):
        ws.save(bad, name="mine")
    assert ws.names() == []
    ws.save(baseline, name="mine")
    with pytest.raises(model.ScenarioError):
        ws.save(bad, name="mine", overwrite=True)
    assert ws.load("mine").sectors == baseline.sectors
    assert sorted(p.name for p in ws.folder.iterdir()) == ["mine.toml"]


# ---- a planner's own text kept ----------------------------------------------------------------
NOTED = '''# Sở Tài chính, 12/2026: phương án làm việc, đã thống nhất với Sở Công Thương
[meta]
name = "ghi_chu"        # tên tệp
title_vi = "Có ghi chú"
horizon = 2030

[population]
growth = 0.006          # như 2020-2022

[sectors.agriculture]
growth = 0.03
inflation = 0.025

[sectors.industry_construction]
growth = { 2026 = 0.12, 2030 = 0.09 }   # theo KH 5 năm
inflation = 0.025

[sectors.services]
growth = 0.08
inflation = 0.03

[sectors.product_taxes]
growth = 0.08
inflation = 0.03
'''


def test_an_uploaded_renamed_or_copied_file_keeps_the_planners_comments(ws):
    """Saved to the workspace (an upload), renamed or duplicated, a file was written anew by the
    model: the planner's comments and layout were silently dropped. Unchanged in its values it
    keeps its own text, only [meta] changed; edited, it is written anew (its comments spoke of
    the values before)."""
    sc = model.parse_scenario(NOTED)
    assert sc.source_text == NOTED
    name = ws.save(sc)
    assert ws.path(name).read_text(encoding="utf-8") == NOTED          # byte for byte
    ws.rename(name, "doi_ten")
    text = ws.path("doi_ten").read_text(encoding="utf-8")
    assert text == NOTED.replace('name = "ghi_chu"', 'name = "doi_ten"')
    copy = ws.duplicate("doi_ten")
    assert "# theo KH 5 năm" in ws.path(copy).read_text(encoding="utf-8")
    from dataclasses import replace

    assert ws.load(copy) == replace(ws.load("doi_ten"), name=copy)
    # retitled and stamped with its answers (the app's download): the comments stay

    stamped = replace(ws.load("doi_ten"), title_en="With notes", answers={"grdp_growth_avg": 7.5})
    out = model.file_toml(stamped)
    assert out.startswith("# Sở Tài chính, 12/2026") and "# như 2020-2022" in out
    assert model.parse_scenario(out) == stamped
    # a value changed: written anew, equal to what the app writes
    edited = stamped.with_rate("sectors.services.growth", model.RatePath.const(0.09))
    assert model.file_toml(edited) == edited.to_toml()
    assert ws.save(edited, name="da_sua") == "da_sua" and "#" not in ws.path("da_sua").read_text(encoding="utf-8")


@given(scenario_toml(), st.text(alphabet="abc xyzăđ%#=[]", max_size=30), st.from_regex(r"[a-z0-9_]{1,20}", fullmatch=True))
def test_a_kept_text_always_reads_back_as_the_scenario(text, note, new_name):
    """For any valid file with comments, the text written of it renamed and retitled reads back
    exactly as that scenario, and keeps the comments."""
    from dataclasses import replace

    lines = text.splitlines()
    noted = "\n".join(f"{ln}  # {note}" if ln.startswith(("growth", "inflation", "horizon")) else ln
                      for ln in lines) + "\n# " + note + "\n"
    sc = model.parse_scenario(noted)
    renamed = replace(sc, name=new_name, title_en="T", description="d", answers={"grdp_growth_avg": 7.5})
    out = model.file_toml(renamed)
    assert model.parse_scenario(out) == renamed
    assert out.endswith("# " + note + "\n")


def test_a_text_past_the_kept_size_is_written_plain(ws):
    """The style-keeping parser is slow on long texts (3.7 s on 200 KB of blank lines): past
    params.MAX_KEPT_BYTES a file is written in the plain form, which reads back the same."""
    from model import params as P

    big = NOTED + "\n" * (P.MAX_KEPT_BYTES + 1)
    sc = model.parse_scenario(big)
    name = ws.save(sc)
    assert ws.path(name).read_text(encoding="utf-8") == sc.to_toml() and ws.load(name) == sc
    assert model.file_toml(model.parse_scenario(NOTED + "\n" * 100)) == NOTED + "\n" * 100


@pytest.mark.parametrize("layout", ["inline", "dotted", "meta_last", "answers"])
def test_any_layout_of_meta_is_kept_or_written_plain_never_broken(layout):
    """An inline [meta] took a sub-table and tomlkit raised "Inline tables cannot contain a
    table": every layout gives a text that reads back as the scenario (kept where tomlkit can
    edit it, else plain)."""
    from dataclasses import replace

    from .conftest import MINIMAL

    body = MINIMAL.split("[population]", 1)[1]
    text = {"inline": 'meta = { name = "t", title_vi = "T", horizon = 2030 }  # inline\n[population]' + body,
            "dotted": 'meta.name = "t"\nmeta.title_vi = "T"   # note\nmeta.horizon = 2030\n[population]' + body,
            "meta_last": "[population]" + body + '\n# meta last\n[meta]\nname = "t"\ntitle_vi = "T"\nhorizon = 2030\n',
            "answers": MINIMAL.replace("horizon = 2030", "horizon = 2030\n[meta.answers]\ngrdp_growth_avg = 1.0\n")}[layout]
    sc = replace(model.parse_scenario(text), name="zz", title_en="E", answers={"grdp_growth_avg": 7.25})
    out = model.file_toml(sc)
    assert model.parse_scenario(out) == sc
    assert ("#" in out) == (layout in ("inline", "meta_last"))


def test_an_error_is_worded_for_a_notebook_too(tmp_path):
    """A WorkspaceError's str() was "missing: {'name': 'nope'}"; it is now the catalogue's
    English, and text(lang) the reader's language, as SolverError's."""
    from model.workspace import Workspace, WorkspaceError

    w = Workspace(tmp_path)
    with pytest.raises(WorkspaceError) as e:
        w.load("nope")
    assert str(e.value) == "there is no scenario 'nope' in the workspace"
    assert e.value.text("vi") == "không có kịch bản «nope» trong kho"
    with pytest.raises(WorkspaceError) as e:
        w.save(model.load_scenario(SCENARIOS / "baseline.toml"), name="kịch bản")
    assert str(e.value).startswith("the name 'kịch bản' is not valid: ") and "'kich-ban'" in str(e.value)


@pytest.mark.parametrize("name", ["con", "NUL", "Aux", "prn", "com1", "LPT9", "com0"])
def test_a_name_windows_keeps_for_a_device_is_refused_with_one_that_would_do(ws, baseline, name):
    """A shared folder reaches Windows sooner or later (a planner's laptop, a USB stick): a file
    named ``con.toml`` cannot be made or opened there. Refused on every system, in words, with a
    free name; nothing written. ("con" is a Vietnamese word: the message says why.)"""
    ws.save(baseline, name="kept")
    for act in (lambda: ws.save(baseline, name=name), lambda: ws.rename("kept", name),
                lambda: ws.duplicate("kept", name)):
        with pytest.raises(NameClash) as e:
            act()
        assert e.value.code == "reserved" and e.value.alt == f"{name}-1"
        vi, en = e.value.text("vi"), e.value.text("en")
        assert f"«{name}» là tên Windows dành cho thiết bị" in vi and f"ví dụ «{name}-1»" in vi
        assert f"'{name}' is a name Windows keeps for a device" in en and f"e.g. '{name}-1'" in en
        assert ws.names() == ["kept"]
    assert ws.save(baseline, name=e.value.alt) == f"{name}-1"
    assert ws.free_name(name) == f"{name}-2"
    # a title typed as the name is not answered with a device name to try next
    with pytest.raises(WorkspaceError) as bad:
        ws.save(baseline, name=f"{name}!")
    assert bad.value.code == "name" and bad.value.params["hint"] == f"{name}-1"


def test_a_device_name_saved_before_stays_listed_and_usable(ws, baseline):
    """A folder written on Linux before the rule: its ``con.toml`` is listed, opens, saves over
    itself and renames away; the rule is for new names only."""
    ws.folder.mkdir(parents=True)
    ws.path("con").write_text(file_text(replace(baseline, name="con")), encoding="utf-8")
    assert ws.names() == ["con"] and ws.load("con").name == "con"
    other = baseline.with_sector("services", growth=model.RatePath.const(0.2))
    with pytest.raises(WouldOverwrite):
        ws.save(other, name="con")
    ws.save(other, name="con", overwrite=True)
    assert ws.load("con").sectors["services"].growth.constant == 0.2
    assert ws.rename("con", "con-vn") == "con-vn" and ws.names() == ["con-vn"]


def test_a_name_differing_only_in_letter_case_is_refused_with_one_that_would_do(ws, baseline):
    """On Windows and macOS "Plan.toml" and "plan.toml" are one file: saving the second replaced
    the first there (after the overwrite question named the wrong one), and a folder of both
    made on Linux loses one when copied. Refused on every system, naming the scenario it meets."""
    ws.save(baseline, name="Plan")
    other = baseline.with_sector("services", growth=model.RatePath.const(0.2))
    for act in (lambda: ws.save(other, name="plan"), lambda: ws.save(other, name="PLAN", overwrite=True),
                lambda: ws.duplicate("Plan", "pLaN")):
        with pytest.raises(NameClash) as e:
            act()
        assert e.value.code == "case" and e.value.params["other"] == "Plan"
        assert e.value.alt.lower() == "plan-2"
    assert "đã có «Plan» trong kho, chỉ khác «plan» ở chữ hoa, chữ thường" in NameClash(
        "case", "plan", "plan-2", other="Plan").text("vi")
    assert "'Plan' is already in the workspace and differs from 'pLaN' only in capital letters" in e.value.text("en")
    assert ws.names() == ["Plan"] and ws.load("Plan").sectors["services"].growth.constant == 0.075
    ws.save(other, name="Plan-2")
    assert ws.free_name("plan") == "plan-3"   # Plan-2 is taken in any case
    ws.save(baseline, name="b")
    with pytest.raises(NameClash):
        ws.rename("b", "PLAN-2")
    assert ws.names() == ["Plan", "Plan-2", "b"]


def test_a_rename_that_changes_only_letter_case_is_done(ws, baseline):
    """"plan" → "Plan" was refused as a clash with "plan", the very file being renamed, with
    "Plan-2" offered. It is a rename like any other; a third file in other case still clashes."""
    ws.save(baseline, name="plan")
    assert ws.rename("plan", "Plan") == "Plan"
    assert ws.names() == ["Plan"] and ws.load("Plan").name == "Plan"
    assert ws.rename("Plan", "PLAN") == "PLAN" and ws.names() == ["PLAN"]
    # a folder of both, made on Linux before the rule: the third form is the other file's case
    (ws.folder / "plan.toml").write_text(file_text(replace(baseline, name="plan")), encoding="utf-8")
    with pytest.raises(NameClash) as e:
        ws.rename("plan", "Plan")
    assert e.value.params["other"] == "PLAN" and ws.names() == ["PLAN", "plan"]
    with pytest.raises(WorkspaceError) as e:
        ws.rename("plan", "PLAN")
    assert e.value.code == "exists_plain" and ws.names() == ["PLAN", "plan"]


def test_a_letter_case_rename_where_the_file_system_folds_case(ws, baseline, monkeypatch):
    """Windows and macOS: "Plan.toml" is the file "plan.toml", so the exclusive write of the
    new name is refused as taken. The file's text and then its name's letters are changed in
    place (a case-folding folder simulated: a link to another case of a name is refused, and
    the two names are one file)."""
    import model.scenario.files as files

    ws.save(baseline, name="plan")
    real_link, real_samefile = os.link, Path.samefile

    def link(src, dst, *a, **kw):
        if Path(dst).name.casefold() in {p.name.casefold() for p in ws.folder.glob("*.toml")}:
            raise FileExistsError(errno.EEXIST, "File exists", str(src), None, str(dst))
        return real_link(src, dst, *a, **kw)

    def samefile(self, other):
        return self.name.casefold() == Path(other).name.casefold() or real_samefile(self, other)

    monkeypatch.setattr(os, "link", link)
    monkeypatch.setattr(Path, "samefile", samefile)
    assert files.os is os
    assert ws.rename("plan", "Plan") == "Plan"
    assert ws.names() == ["Plan"] and ws.load("Plan").name == "Plan"
    assert not list(ws.folder.glob(".*"))   # no lock, no temporary file


@given(st.lists(st.from_regex(r"[A-Za-z0-9_-]{1,6}", fullmatch=True), max_size=6),
       st.from_regex(r"[A-Za-z0-9_-]{1,6}", fullmatch=True))
def test_the_free_name_offered_is_always_one_a_save_takes(tmp_path_factory, saved, name):
    """Whatever the folder holds: the name a refusal offers is refused by nothing."""
    folder = tmp_path_factory.mktemp("ws")
    w = Workspace(folder)
    for n in saved:
        (folder / f"{n}.toml").write_text("", encoding="utf-8")
    alt = w.free_name(name)
    listed = w.names()
    assert w.check_new(alt) == alt and alt not in listed
    assert alt.casefold() not in {n.casefold() for n in listed} and alt.lower() not in WINDOWS_RESERVED


def test_a_rename_or_delete_of_a_file_held_open_changes_nothing_and_says_why(ws, baseline, monkeypatch):
    """On Windows a file open in another program cannot be removed: a rename made the new copy,
    failed to remove the old one and left the scenario twice, with "no permission to write here".
    Now the copy is taken back, and the message says the file is held."""
    from model.report.strings import os_error_text

    ws.save(baseline, name="giu")
    held, real = str(ws.path("giu")), os.unlink

    def windows_unlink(path, *a, **k):
        if str(path) == held:
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                  "another process", str(path))
        return real(path, *a, **k)

    monkeypatch.setattr(os, "unlink", windows_unlink)
    for act in (lambda: ws.rename("giu", "moi"), lambda: ws.delete("giu")):
        with pytest.raises(PermissionError) as e:
            act()
        assert ws.names() == ["giu"] and not list(ws.folder.glob(".*"))
        assert os_error_text(e.value, "en") == (f"{held}: this file cannot be replaced or removed: it may be open in "
                                                "another program (such as Excel or PowerPoint) or be read-only; close "
                                                "it and try again, or write to another folder")
