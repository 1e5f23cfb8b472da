"""The scenario workspace: named TOML files, written atomically, never overwritten silently;
the CLI reads the same folder."""

import os

import pytest

import model
from model.cli import main
from model.workspace import Workspace, WorkspaceError, WouldOverwrite

from .conftest import SCENARIOS


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
    assert main(["workspace"]) == 0
    out = capsys.readouterr().out
    assert "kept" in out and "0 changes vs baseline" in out
    assert main(["run", "ws:kept", "--out", str(tmp_path / "o1")]) == 0
    assert main(["run", "kept", "--out", str(tmp_path / "o2")]) == 0
    assert (tmp_path / "o2" / "projection.csv").read_bytes() == (tmp_path / "o1" / "projection.csv").read_bytes()
    assert main(["validate", "ws:missing"]) == 2
    assert "no missing in the workspace" in capsys.readouterr().err.replace("there is ", "")


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
        main(["run", str(SCENARIOS / "baseline.toml"), "--out", ""])
    assert e.value.code == 2 and "empty folder name" in capsys.readouterr().err
