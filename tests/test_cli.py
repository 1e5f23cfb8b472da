import os
import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest

import model
from model.cli import main
from model.investment import required_investment
from model.report import views

from .conftest import ROOT, SCENARIOS


def test_validate_ok(capsys):
    files = [str(SCENARIOS / f"{n}.toml") for n in ("baseline", "provincial_plan", "congress_2025")]
    assert main(["validate", *files]) == 0
    assert capsys.readouterr().out.count(": hợp lệ (") == 3   # Vietnamese by default, as every command
    assert main(["validate", *files, "--lang", "en"]) == 0
    assert capsys.readouterr().out.count(": ok") == 3


def test_validate_reports_every_bad_file(tmp_path, capsys, minimal_text):
    bad = tmp_path / "bad.toml"
    bad.write_text(minimal_text.replace("growth = 0.08\ninflation = 0.02\n\n[sectors.product",
                                        "growth = 9\ninflation = 0.02\n\n[sectors.product"), encoding="utf-8")
    assert main(["validate", str(SCENARIOS / "baseline.toml"), str(bad), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: sectors.services.growth = 9.0: a rate is a fraction per year (did you mean 0.09?)" in err


def test_run_writes_tables_and_charts(tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out), "--charts", "png,svg"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["projection.csv", "targets.csv"] + [f"{c}.{e}" for c in
                           ("grdp_nominal", "grdp_real", "growth", "structure", "contributions") for e in ("png", "svg")])
    proj = pd.read_csv(out / "projection.csv", encoding="utf-8-sig")
    assert proj.columns[:7].tolist() == ["year", "is_actual", "grdp_nominal_bn", "grdp_real_bn",
                                          "growth_real_pct", "population_thousand", "per_capita_mvnd"]
    assert proj["year"].tolist() == list(range(2020, 2031))
    assert proj.loc[proj.year == 2022, "grdp_nominal_bn"].item() == pytest.approx(97881)
    tg = pd.read_csv(out / "targets.csv", encoding="utf-8-sig")
    assert tg.columns[:7].tolist() == ["id", "value", "target_low", "target_high", "comparator", "status", "gap"]
    assert len(tg) == 33
    assert (out / "grdp_nominal.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (out / "structure.svg").read_bytes()[:500]
    said = capsys.readouterr().out
    assert "99,94 %" in said and "mục tiêu: đạt 1, chưa đạt 7" in said  # Vietnamese by default
    assert "--charts" not in said   # asked for, so no hint


def test_run_writes_charts_only_when_asked_and_says_how(tmp_path, capsys):
    """Issue 13: `run` is the tables (within 2× the bare imports); the five charts cost 1.5 s more
    and are written with --charts (one kind or both), the output saying so in either language."""
    out = tmp_path / "o"
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["projection.csv", "targets.csv"]
    assert "biểu đồ: thêm --charts png,svg để ghi năm biểu đồ" in capsys.readouterr().out
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "charts: add --charts png,svg to write the five charts" in said
    assert "targets: met 1, missed 7, not modelled 25" in said   # words, not the status code
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out), "--charts", " SVG "]) == 0
    assert sorted(p.name for p in out.iterdir() if p.suffix != ".csv") == sorted(
        f"{c}.svg" for c in ("grdp_nominal", "grdp_real", "growth", "structure", "contributions"))


def test_run_says_the_headline_targets_as_the_scorecards_cards(tmp_path, capsys):
    """`run` said "targets: met 1, missed 7" and nothing of which: a planner at the command line
    opened targets.csv for the growth figure. The target set's headline figures follow the
    counts, each as the Scorecard's card shows it, with its target and verdict, in either
    language; the values are those of targets.csv. A horizon before 2030 says why none is judged."""
    out = tmp_path / "o"
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = lines.index("mục tiêu: đạt 1, chưa đạt 7, chưa mô hình hóa 25")
    assert lines[at + 1:at + 5] == [
        "  Tăng trưởng BQ 2021–2030: 7,17 % (mục tiêu > 9): Chưa đạt",
        "  GRDP 2030 gấp 2020: 2,56 lần (mục tiêu 2,5–3): Đạt",
        "  GRDP/người 2030 (tr.đ): 151,2 (mục tiêu ≈ 170): Chưa đạt",
        "  Tỷ trọng CN-XD 2030: 48,1 % (mục tiêu ≈ 60,3): Chưa đạt"]
    csv = pd.read_csv(out / "targets.csv", encoding="utf-8-sig").set_index("id")["value"]
    assert (round(csv["grdp_growth_avg"], 2), round(csv["grdp_multiple"], 2), round(csv["grdp_per_capita"], 1),
            round(csv["share_industry_construction"], 1)) == (7.17, 2.56, 151.2, 48.1)
    # another set's headline (the Congress's three), in English
    assert main(["run", str(SCENARIOS / "congress_2025.toml"), "--out", str(out), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert ("  Average growth 2026–2030: 10.31 % (target ≥ 10): Met\n  GRDP 2030 ÷ 2025: 2.02 × (target ≥ 2): Met\n"
            "  Per capita 2030 (mn VND): 183.7 (target ≈ 168): Missed\n") in said
    short = tmp_path / "short.toml"
    short.write_text((SCENARIOS / "baseline.toml").read_text(encoding="utf-8").replace("horizon = 2030", "horizon = 2028"),
                     encoding="utf-8")
    assert main(["run", str(short), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert ("lưu ý: dự báo kết thúc năm 2028, trước 2030: các chỉ tiêu năm 2030 chưa thể đánh giá (tính là chưa mô "
            "hình hóa); đặt horizon từ 2030 trở đi trong [meta] để xem") in said and "Tăng trưởng BQ" not in said


@pytest.mark.parametrize("value", ["pdf", "", ",", "png;svg", "png,jpeg"])
def test_run_refuses_an_unknown_chart_kind(tmp_path, capsys, value):
    with pytest.raises(SystemExit) as e:
        main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path), "--charts", value, "--lang", "en"])
    assert e.value.code == 2
    assert "--charts" in (err := capsys.readouterr().err) and "chart file kinds are png, svg or png,svg" in err
    assert not any(tmp_path.iterdir())


def test_run_missing_file_exits_2(tmp_path, capsys):
    assert main(["run", str(tmp_path / "none.toml"), "--out", str(tmp_path), "--lang", "en"]) == 2
    # the system's own words were English in both languages ("cannot read the file (No such file
    # or directory)"): what is wrong and where to look
    assert f"{tmp_path / 'none.toml'}: no such file; check the file's name and folder" in capsys.readouterr().err
    assert main(["run", str(tmp_path / "none.toml"), "--out", str(tmp_path)]) == 2
    assert "không có tệp này; kiểm tra tên tệp và thư mục" in capsys.readouterr().err  # Vietnamese by default


def test_run_refuses_an_empty_sectors_table(tmp_path, capsys, minimal_text):
    """A file whose `[sectors]` table was left empty passed validation, and `run` then stopped
    on "error: KeyError: 'agriculture'", with nothing written and no field named. It is refused
    as a file missing the four sectors is, each named with the record's rates, exit 2."""
    path = tmp_path / "empty.toml"
    path.write_text(minimal_text.split("[sectors.agriculture]")[0] + "[sectors]\n", encoding="utf-8")
    assert main(["run", str(path), "--out", str(tmp_path / "out"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "KeyError" not in err
    for sid in ("agriculture", "industry_construction", "services", "product_taxes"):
        assert f"{path}: sectors.{sid}: missing; add [sectors.{sid}] with growth = 0.0" in err, err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [["validate", "missing.toml"], ["run", "missing.toml", "--out", "x"]])
def test_no_traceback_from_the_real_command(tmp_path, args):
    r = subprocess.run([sys.executable, "-m", "model", *args], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and "missing.toml" in r.stderr


@pytest.mark.parametrize("encoding", ["cp1258", "cp1252", "ascii"])
def test_vietnamese_output_into_a_file_on_a_system_whose_code_page_lacks_it(tmp_path, encoding):
    """On Windows, output sent to a file or a pipe takes the system's code page (cp1258 on a
    Vietnamese system, cp1252 on an English one; ``PYTHONIOENCODING`` stands in for it here). The
    first Vietnamese word stopped `run` with "error: UnicodeEncodeError", exit 1, after it had
    written its two tables; the output is now UTF-8, whole, and so are the refusals."""
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("PYTHONUTF8", None)
    r = subprocess.run([sys.executable, "-m", "model", "run", str(SCENARIOS / "baseline.toml"), "--out", "out"],
                       cwd=tmp_path, capture_output=True, env=env)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    assert "baseline: 2 tệp trong out" in out and "bộ mục tiêu: Chương trình hành động" in out
    assert r.stderr == b""
    r = subprocess.run([sys.executable, "-m", "model", "run", "thiếu.toml", "--out", "out"],
                       cwd=tmp_path, capture_output=True, env=env)
    assert r.returncode == 2
    assert "thiếu.toml: không có tệp này; kiểm tra tên tệp và thư mục" in r.stderr.decode("utf-8")
    r = subprocess.run([sys.executable, "-m", "model", "run"], cwd=tmp_path, capture_output=True, env=env)
    assert r.returncode == 2 and "lỗi: thiếu tham số bắt buộc" in r.stderr.decode("utf-8")


def test_a_file_name_in_another_encoding_is_named_not_a_crash(tmp_path):
    """A file unpacked from a Windows archive keeps its name's bytes in cp1258 ("kịch bản" is not
    UTF-8 there): on a desktop's UTF-8 locale (vi_VN.UTF-8, whose standard output is ``strict``;
    ``PYTHONIOENCODING`` stands in for it), `validate` stopped with "error: UnicodeEncodeError",
    exit 1, as it named the file. The byte it cannot write is shown as an escape; into a pipe
    under the C locale the name's own bytes are kept."""
    name = os.fsdecode(b"k\xf2ch_b\xe3n.toml")   # cp1258-ish bytes, undecodable as UTF-8
    (tmp_path / name).write_text((SCENARIOS / "baseline.toml").read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    env.pop("PYTHONUTF8", None)
    r = subprocess.run([sys.executable, "-m", "model", "validate", name, "--lang", "en"], cwd=tmp_path,
                       capture_output=True, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode("utf-8") == "k\\udcf2ch_b\\udce3n.toml: ok (baseline, horizon 2030)\n"
    r = subprocess.run([sys.executable, "-m", "model", "run", os.fsdecode(b"thi\xeau.toml"), "--out", "o"],
                       cwd=tmp_path, capture_output=True, env=env)
    assert r.returncode == 2 and "thi\\udceau.toml: không có tệp này" in r.stderr.decode("utf-8"), r.stderr
    env["PYTHONIOENCODING"] = "utf-8:surrogateescape"   # the C locale's
    r = subprocess.run([sys.executable, "-m", "model", "validate", name, "--lang", "en"], cwd=tmp_path,
                       capture_output=True, env=env)
    assert r.returncode == 0 and r.stdout.startswith(b"k\xf2ch_b\xe3n.toml: ok")


def test_a_file_name_with_a_line_break_is_named_on_one_line(tmp_path):
    """A file's name may hold a line break (made by a script, or pasted into a save dialogue):
    `validate` said "a" on one line and "b.toml: not valid TOML" on the next, the second line's
    file one that does not exist, and `run` wrote "2 files in o" and "ut" on two. Each message is
    one line, the break written as its escape, into a file as on a terminal."""
    (tmp_path / "a\nb.toml").write_text("x", encoding="utf-8")
    shutil.copy(SCENARIOS / "baseline.toml", tmp_path / "c\u2028d.toml")
    r = subprocess.run([sys.executable, "-m", "model", "validate", "a\nb.toml", "c\u2028d.toml", "e\rf.toml",
                        "--lang", "en"], cwd=tmp_path, capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 2
    assert r.stdout == "c\\u2028d.toml: ok (baseline, horizon 2030)\n"
    errors = r.stderr.splitlines()
    assert [line.split(": ")[0] for line in errors] == ["a\\nb.toml", "e\\rf.toml"], r.stderr
    assert "not valid TOML" in errors[0] and "no such file" in errors[1]
    r = subprocess.run([sys.executable, "-m", "model", "run", "c\u2028d.toml", "--out", "o\nut"], cwd=tmp_path,
                       capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0 and (tmp_path / "o\nut" / "projection.csv").is_file()
    assert "2 tệp trong o\\nut\n" in r.stdout, r.stdout


def test_a_long_path_is_named_by_its_two_ends(tmp_path):
    """A path of 5,000 characters (a script's mistake, a pasted log) was said whole in the
    error, a screenful for one line. The message keeps its first and last parts, where the
    folder and the file are, 240 characters in all; a path of ordinary length is said whole."""
    from model.report.issues import SHOWN_NAME, one_line

    long = "x/" * 2500 + "a.toml"
    r = subprocess.run([sys.executable, "-m", "model", "validate", long, "--lang", "en"], cwd=tmp_path,
                       capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    said = r.stderr.splitlines()
    assert len(said) == 1 and said[0] == f"error: {long[:119]}…{long[-120:]}: the name is too long; choose a shorter one"
    assert long[-120:].endswith("x/x/a.toml")
    assert len(one_line(long)) == SHOWN_NAME == 240 and one_line("a" * 240) == "a" * 240
    assert one_line("a\nb" * 100).startswith("a\\nb")   # the escapes first, then the cut


def test_a_command_started_with_its_output_closed_still_works(tmp_path):
    """A scheduled job started with its output closed (``>&-``): Python has no standard output
    then, and every command stopped with a traceback ("'NoneType' object has no attribute
    'isatty'"), exit 1, before doing anything. It does its work, says nothing, and exits as it
    would have; its refusals still go to standard error."""
    def closed(*args: str):
        return subprocess.run(["sh", "-c", '"$0" -m model "$@" >&-', sys.executable, *args], cwd=ROOT,
                              capture_output=True, text=True)

    r = closed("run", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path / "o"))
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["projection.csv", "targets.csv"]
    r = closed("validate", str(tmp_path / "thiếu.toml"))
    assert r.returncode == 2 and "thiếu.toml: không có tệp này" in r.stderr and "Traceback" not in r.stderr


def test_ctrl_c_stops_a_command_in_one_line(tmp_path, capsys, monkeypatch):
    """A planner stops a long command (a million draws, a deck): it printed a traceback into
    numpy's arrays. One line in the reader's language, exit code 130 as shells give a command
    stopped by Ctrl-C; ``--debug`` still shows where it was."""
    import model.cli.parser as parser

    def stopped(args):
        (tmp_path / "o").mkdir(exist_ok=True)
        model.write_atomic(tmp_path / "o" / "done.csv", "a\n1\n")   # a file written before the stop stays whole
        raise KeyboardInterrupt

    monkeypatch.setattr(parser, "_cmd_run", stopped)
    base = str(SCENARIOS / "baseline.toml")
    assert main(["run", base, "--out", str(tmp_path / "o")]) == 130
    assert capsys.readouterr().err == ("đã dừng theo yêu cầu (Ctrl-C); các tệp đã ghi là tệp hoàn chỉnh, tệp chưa ghi "
                                       "thì không có\n")
    assert main(["run", base, "--out", str(tmp_path / "o"), "--lang", "en"]) == 130
    assert capsys.readouterr().err == ("stopped as asked (Ctrl-C); the files already written are whole, the rest were "
                                       "not written\n")
    with pytest.raises(KeyboardInterrupt):
        main(["--debug", "run", base, "--out", str(tmp_path / "o")])
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["done.csv"]


def test_bad_usage_exits_2():
    r = subprocess.run([sys.executable, "-m", "model", "frobnicate"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_solve_writes_files_and_exits_0_when_targets_hold(tmp_path, capsys):
    out = tmp_path / "s"
    code = main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(out),
                 "--targets", "grdp_growth_avg,share_industry_construction",
                 "--free", "industry_construction,services", "--lang", "en", "--charts", "png"])
    assert code == 0
    names = {p.name for p in out.iterdir()}
    assert {"paths.csv", "projection.csv", "targets.csv", "consistency.csv", "required_growth.csv",
            "baseline_solved.toml", "growth.png", "structure.png"} <= names
    assert not any(n.endswith(".svg") for n in names)
    paths = pd.read_csv(out / "paths.csv", encoding="utf-8-sig")
    assert list(paths.columns) == ["year", "sector", "growth", "free"]
    tg = pd.read_csv(out / "targets.csv", encoding="utf-8-sig").set_index("id")
    assert tg.at["grdp_growth_avg", "status"] == "met" and tg.at["grdp_growth_avg", "chosen"]
    assert "All 2 targets hold" in capsys.readouterr().out
    # `run` on the solved scenario reproduces the solved projection exactly
    rerun = tmp_path / "r"
    assert main(["run", str(out / "baseline_solved.toml"), "--out", str(rerun)]) == 0
    assert (rerun / "projection.csv").read_bytes() == (out / "projection.csv").read_bytes()


def test_solve_whose_paths_are_not_shown_closest_exits_0_and_says_what_to_try(tmp_path, capsys, monkeypatch):
    # Status 2: every target holds, but neither optimiser showed the paths to be the closest
    # (the interior point method made to stall here). The files are written and the command has
    # not failed: exit 0, as the README says, with the sentence saying what to try.
    from model.solver.problem import _Problem

    from .test_solver import FAR_PRIOR, interior_stalls, slsqp_stops_short

    monkeypatch.setattr(_Problem, "interior", interior_stalls)
    monkeypatch.setattr(_Problem, "slsqp", slsqp_stops_short)
    f = tmp_path / "far.toml"
    f.write_text(FAR_PRIOR, encoding="utf-8")
    out = tmp_path / "s"
    code = main(["solve", str(f), "--out", str(out), "--targets", "grdp_growth_avg",
                 "--free", "industry_construction,agriculture,services", "--lang", "en"])
    assert code == 0
    assert (out / "u_solved.toml").exists()
    assert "The targets hold on these paths, but the optimiser stopped without converging" in capsys.readouterr().out


def test_solve_exits_3_when_targets_conflict_and_still_writes(tmp_path, capsys):
    out = tmp_path / "s"
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(out), "--lang", "en"]) == 3
    assert (out / "paths.csv").exists() and (out / "baseline_solved.toml").exists()
    printed = capsys.readouterr().out
    assert "cannot all hold" in printed and "Before you apply:" in printed
    # each set that cannot hold together said once, on a line of its own by id (the verdict
    # named every set again, in words, on its first line)
    first = printed.splitlines()[0]
    assert "Cannot hold together" not in first and "Out of reach even alone" not in first
    assert "\n  Cannot hold together: grdp_growth_avg + grdp_multiple\n" in printed
    assert printed.count("Cannot hold together") == printed.count("\n  Cannot hold together: ") >= 2
    # each target's line: its id (what --targets takes), its name, the value and the gap in
    # their units (the lines had bare numbers: "grdp_per_capita: 166,49 (…; chênh lệch -3,51)")
    tg = pd.read_csv(out / "targets.csv", encoding="utf-8-sig").set_index("id")
    v, gap = tg.at["grdp_per_capita", "value"], tg.at["grdp_per_capita", "gap"]
    assert (f"  grdp_per_capita (GRDP per capita at current prices): {v:.2f} million VND/person (target ≈ 170; "
            f"gap {gap:+.2f} million VND/person) met") in printed
    assert "  grdp_growth_avg (Average real GRDP growth 2021-2030): " in printed and " pp a year) MISSED" in printed
    # and in Vietnamese by default
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path / "v"), "--overwrite"]) == 3
    printed = capsys.readouterr().out
    assert "Không thể đạt đồng thời" in printed
    assert (f"  grdp_per_capita (GRDP bình quân đầu người (giá hiện hành)): {v:.2f}".replace(".", ",")
            + f" triệu đồng/người (mục tiêu ≈ 170; chênh lệch {gap:+.2f}".replace(".", ",")
            + " triệu đồng/người) đạt") in printed   # one unit in the same words (was "tr.đ/người")


def test_solve_reads_the_scenario_solve_table(tmp_path, minimal_text):
    f = tmp_path / "s.toml"
    # services alone need more than their record's 8.6 % a year: the file widens the upper bound
    f.write_text(minimal_text + '\n[solve]\ntargets = ["grdp_growth_avg"]\nfree = ["services"]\n'
                 '[solve.bounds.services]\nmax = 0.4\n', encoding="utf-8")
    out = tmp_path / "o"
    assert main(["solve", str(f), "--out", str(out)]) == 0
    paths = pd.read_csv(out / "paths.csv", encoding="utf-8-sig")
    assert set(paths.loc[paths["free"], "sector"]) == {"services"}


@pytest.mark.parametrize("extra, message, tin_nhan", [
    (["--targets", "share_digital_economy"], "not modelled", "chưa được mô hình hóa nên không giải được"),
    (["--free", "mining"], "free sector 'mining' is unknown", "ngành được điều chỉnh 'mining' không xác định"),
])
def test_solve_bad_request_exits_2(tmp_path, capsys, extra, message, tin_nhan):
    """A request that cannot be posed: exit 2, one line in the reader's language naming the
    flag's value and what to use instead."""
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path), *extra, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and "Traceback" not in err
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lỗi: ") and tin_nhan in err


def test_solve_never_silently_replaces_an_edited_scenario(tmp_path, capsys):
    out = tmp_path / "s"
    args = ["solve", str(SCENARIOS / "baseline.toml"), "--out", str(out), "--targets", "grdp_growth_avg"]
    assert main(args) == 0
    solved = out / "baseline_solved.toml"
    solved.write_text(solved.read_text(encoding="utf-8") + "# my notes\n", encoding="utf-8")
    assert main(args) == 2
    assert "đã có và khác kịch bản đã giải; chọn thư mục --out khác hoặc thêm --overwrite" in capsys.readouterr().err
    assert main(args + ["--lang", "en"]) == 2
    assert "exists and differs" in capsys.readouterr().err
    assert solved.read_text(encoding="utf-8").endswith("# my notes\n")  # kept as the user left it
    assert main(args + ["--overwrite"]) == 0
    assert "# my notes" not in solved.read_text(encoding="utf-8")
    assert main(args) == 0  # same content again: nothing to protect


@pytest.mark.parametrize("lang, said", [
    ("en", ": the horizon 2028 ends before 2030, and the split explains the 2030 difference; set meta.horizon to "
           "2030 or later"),
    ("vi", ": năm cuối 2028 trước năm 2030, mà phân rã giải thích chênh lệch năm 2030; đặt meta.horizon từ 2030 "
           "trở đi")])
def test_attribute_names_the_file_that_ends_before_2030(tmp_path, capsys, lang, said):
    """"One of the two scenarios ends before 2030: nothing to split" did not say which of the two
    files, nor the fix; `projects` said both. Exit 2, nothing written."""
    short = tmp_path / "short.toml"
    short.write_text((SCENARIOS / "baseline.toml").read_text(encoding="utf-8").replace("horizon = 2030", "horizon = 2028"),
                     encoding="utf-8")
    for a, b in ((SCENARIOS / "baseline.toml", short), (short, SCENARIOS / "baseline.toml")):
        assert main(["attribute", str(a), str(b), "--out", str(tmp_path / "out"), "--lang", lang]) == 2
        assert f"{short}{said}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_frontier_and_attribute_commands(tmp_path, capsys):
    assert main(["frontier", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path), "--lang", "en"]) == 0
    fr = pd.read_csv(tmp_path / "frontier.csv", encoding="utf-8-sig").set_index("cap")
    assert list(fr.index) == [2.5, 2.6, 2.7, 2.8, 2.9, 3.0] and fr["growth_pct"].is_monotonic_increasing
    capsys.readouterr()
    assert main(["attribute", str(SCENARIOS / "baseline.toml"), str(SCENARIOS / "congress_2025.toml"),
                 "--out", str(tmp_path), "--lang", "en", "--targets-set", "nq26_programme"]) == 0
    out = capsys.readouterr().out
    assert "Industry-construction — growth" in out and "Total difference" in out
    # a block per outcome, a line per assumption: it printed a column per assumption, 400 characters a line
    lines = [x for x in out.splitlines() if x.startswith("  ")]
    assert lines and max(map(len, lines)) <= 80
    assert "\nAverage growth 2021–2030 (%/yr)\n  Agriculture — growth" in out
    assert any(x.split() == ["Industry-construction", "—", "growth", "+1.32"] for x in lines)
    at = pd.read_csv(tmp_path / "attribution.csv", encoding="utf-8-sig", index_col=0)
    col = "Average growth 2021–2030 (%/yr)"
    # (written with six decimals)
    assert at.loc["Total difference", col] == pytest.approx(at.drop(["Total difference", "A", "B"])[col].sum(), abs=1e-5)
    # against the 2026–2030 plan, the plan's outcomes: its growth over 2026–2030
    assert main(["attribute", str(SCENARIOS / "baseline.toml"), str(SCENARIOS / "congress_2025.toml"),
                 "--out", str(tmp_path / "plan"), "--lang", "en", "--targets-set", "plan_2026_2030"]) == 0
    plan = pd.read_csv(tmp_path / "plan" / "attribution.csv", encoding="utf-8-sig", index_col=0)
    assert "Average real GRDP growth 2026-2030 (%/yr)" in plan.columns and col not in plan.columns
    # by default, B's own set: the congress file is judged by the Congress's targets (README's numbers)
    assert main(["attribute", str(SCENARIOS / "baseline.toml"), str(SCENARIOS / "congress_2025.toml"),
                 "--out", str(tmp_path / "own"), "--lang", "en"]) == 0
    own = pd.read_csv(tmp_path / "own" / "attribution.csv", encoding="utf-8-sig", index_col=0)
    g = own["Average real GRDP growth 2026-2030 (%/yr)"]
    assert "GRDP 2030 at current prices relative to 2025 (times)" in own.columns and col not in own.columns
    assert (round(g["Total difference"], 2), round(g["Industry-construction — growth"], 2)) == (2.31, 2.67)
    assert round(at.loc["Total difference", col], 2) == 1.14 and round(at.loc["Industry-construction — growth", col], 2) == 1.32


def test_solve_priority_flag_is_checked(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:  # argparse's own exit for a malformed flag
        main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path), "--priority", "oops", "--lang", "en"])
    assert e.value.code == 2 and "write ID=WEIGHT" in capsys.readouterr().err
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path / "x"),
                 "--priority", "share_digital_economy=3"]) == 2


def test_solve_timing_of_a_project(tmp_path, capsys):
    args = ["solve", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path / "a"), "--lang", "en",
            "--targets", "grdp_growth_avg,share_industry_construction,grdp_per_capita", "--timing", "lng_vung_ang_3"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Project timing: how late can a project be?" in out and "2 years late" in out and "Dropped" in out
    assert "1 year late" in out and "1 years" not in out
    # why five rows repeat the dropped one (no cap asked: the same J)
    assert ("At 1 year late or more, the project has no output by 2030, the year the targets are judged (its first "
            "output in 2031): those rows are the same as dropping it.") in out
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path / "b"), "--timing", "nope"]) == 2
    assert not (tmp_path / "b").exists()  # refused before anything is written
    assert "--timing 'nope': dự án không xác định; các dự án có sẵn: vung_ang_1" in capsys.readouterr().err
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path / "b"), "--timing", "nope",
                 "--lang", "en"]) == 2
    assert "unknown project" in capsys.readouterr().err


def test_solve_timing_poses_the_request_solved_above_its_investment_cap_included(tmp_path, capsys):
    """`solve --timing` answered under the default cap (55.5 %: J 473.8 on time) where the solve
    above it used the planner's (60 %); the same cap now, and the note says why on time costs
    more than dropped (`model.report.views.timing_note`, checked against the API in
    tests/test_solver_economics.py)."""
    args = ["solve", str(SCENARIOS / "provincial_plan.toml"), "--out", str(tmp_path / "a"), "--lang", "en",
            "--timing", "lng_vung_ang_3", "--investment-cap", "60"]
    assert main(args) == 3   # targets missed, as the solve says
    out = capsys.readouterr().out
    assert "On time, the project costs more J than dropped (430.1 against 376.4 pp²)" in out
    assert "held under the cap of 60.0 % of GRDP a year" in out and "473.8" not in out


def test_projects_and_invest_speak_vietnamese(capsys):
    """Issue 13, item 10: --lang vi prints Vietnamese headers and numbers (234.901; 8,5)."""
    from model.cli import main

    assert main(["projects", "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert "Năm vận hành" in out and "Công nghiệp-xây dựng" in out and "GTGT (tỷ đ, giá 2010)" in out
    assert " 2015 " in out and "41.595" in out
    # the ramp-up and the method in the reader's words and numbers, the yardsticks too
    assert "0,015; 0,7; 1" in out and "theo đóng góp của Vũng Áng 1 (Q1/2024)" in out
    assert ("theo đóng góp của Vũng Áng 1 (Q1/2024): 4.403 tỷ đồng (giá 2010) mỗi GW mỗi năm (khoảng 4.403–6.715); "
            "số liệu: đóng góp của điện Vũng Áng 1 vào tăng trưởng GRDP (điểm %) quý I/2024 = 3,83 (dòng 252)") in out
    assert "power_attribution" not in out and "bn VND" not in out and "band" not in out
    assert main(["projects", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "0.015, 0.7, 1" in out and "from Vũng Áng 1's Q1-2024 attribution: 4,403 bn VND (2010 prices) per GW" in out
    assert "(band 4,403–6,715); 2024Q1 contrib_pp_vung_ang1_power = 3.83 (row 252)" in out
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--lang", "vi", "--share", "0.4"]) == 0
    out = capsys.readouterr().out
    assert "Vốn đầu tư 40,0 % GRDP với ICOR 7,0" in out and "% GRDP, ICOR trung tâm" in out and "share_pct" not in out
    # the ICOR record: billions of VND to one decimal, the ICOR and the deflator to two (by hand:
    # 55,524 bn invested in 2024 for 4,177.07 bn more GRDP at 2010 prices, at 1.79 → 7.45)
    row = next(x for x in out.splitlines() if x.startswith("2024 ") and "7,45" in x)
    assert row.split() == ["2024", "55.524,0", "4.177,1", "1,79", "7,45"], row
    # why 2026 stands apart, as the Projects page says it (the need of the paths 40 % buys)
    assert "Năm 2026 cần 57.220 tỷ đồng, trong đó khoảng 5.081 tỷ đồng bù phần vốn đã công bố của 2024–2025" in out
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "2026 needs 75,245 billion VND, of which about 14,096 billion makes up for what the published" in out
    assert "so 2027's need (65,253 billion) is below 2026's." in out
    # a project on, later and off: rows and columns in words, numbers the reader's way
    assert main(["projects", str(SCENARIOS / "baseline.toml"), "--project", "lng_vung_ang_3", "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert "dự án Điện khí LNG Vũng Áng III" in out and "trễ thêm 2 năm" in out
    assert "Bật, như đã đặt" in out and "Tắt" in out and "Tăng trưởng bình quân 2021–2030 (%/năm)" in out
    assert "7,36" in out and "7,17" in out and "213.276" in out and "grdp_growth_avg" not in out
    assert main(["projects", str(SCENARIOS / "baseline.toml"), "--project", "lng_vung_ang_3", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "On, as set" in out and "2 more years late" in out and "7.36" in out and "213,276" in out


def test_solve_with_an_investment_cap_typed_either_way(tmp_path, capsys):
    """Issue 15: the cap on investment as a flag, 70,5 or 70.5; a bad one is refused plainly."""
    base = str(SCENARIOS / "baseline.toml")
    for text in ("70,5", "70.5"):
        code = main(["solve", base, "--targets", "grdp_growth_avg,investment_share", "--investment-cap", text,
                     "--out", str(tmp_path / text), "--lang", "en"])
        assert code in (0, 3)
        assert "(target ≤ 70.5; gap" in capsys.readouterr().out
    r = subprocess.run([sys.executable, "-m", "model", "solve", base, "--investment-cap", "5", "--out", "x"],
                       cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "mức trần từ 10 đến 100 % GRDP" in r.stderr
    r = subprocess.run([sys.executable, "-m", "model", "solve", base, "--investment-cap", "5", "--out", "x",
                        "--lang", "en"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "a cap between 10 and 100 % of GRDP" in r.stderr


def test_a_cap_that_bounds_nothing_is_said(tmp_path, capsys):
    """A file's [solve] with an investment cap but targets that leave out investment_share (a
    planner's draft, 2026-12-07): `validate` and `solve` accepted it and the cap changed nothing,
    unsaid. Both now say so and how to use it; so does ``--investment-cap`` with such targets.
    The file stays valid and its cap is kept (the app uses it once the target is ticked)."""
    f = tmp_path / "cap.toml"
    f.write_text((SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + '\n[solve]\ntargets = '
                 '["grdp_growth_avg", "grdp_per_capita"]\nfree = ["industry_construction", "services"]\n'
                 'investment_cap = 55.0\n', encoding="utf-8")
    said = ("lưu ý: trần vốn đầu tư 55,0 % GRDP (investment_cap trong [solve] của tệp) không giới hạn gì: các mục "
            "tiêu cần giải không có investment_share (Vốn đầu tư toàn xã hội bình quân năm đến 2030 (% GRDP)), mục "
            "tiêu duy nhất trần này ràng buộc. Muốn dùng trần, thêm investment_share vào targets trong [solve] "
            "(hoặc --targets).")
    assert main(["validate", str(f)]) == 0
    assert said in capsys.readouterr().out
    assert main(["solve", str(f), "--out", str(tmp_path / "a")]) in (0, 3)
    out = capsys.readouterr().out
    assert out.startswith(said) and out.count("investment_cap") == 1
    assert model.load_scenario(tmp_path / "a" / "baseline_solved.toml").solve.investment_cap == 55.0
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--targets", "grdp_growth_avg", "--investment-cap", "52",
                 "--out", str(tmp_path / "b"), "--lang", "en"]) in (0, 3)
    assert capsys.readouterr().out.startswith(
        "note: the investment cap of 52.0 % of GRDP (--investment-cap) bounds nothing: the targets to solve for leave "
        "out investment_share (Total social investment a year to 2030 (% of GRDP)), the one target the cap bounds.")
    # a request refused (a target that does not exist): its error alone, no note on targets not there
    assert main(["solve", str(SCENARIOS / "baseline.toml"), "--targets", "bogus", "--investment-cap", "52",
                 "--out", str(tmp_path / "x"), "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert "investment cap" not in out + err and "unknown target 'bogus'" in err
    # bounding something, or no cap at all: nothing said
    for argv in (["validate", str(SCENARIOS / "baseline.toml")],
                 ["solve", str(f), "--targets", "grdp_growth_avg,investment_share", "--out", str(tmp_path / "c")]):
        assert main(argv) in (0, 3)
        assert "investment_cap" not in capsys.readouterr().out


@pytest.mark.parametrize("solve_table, vi, en", [
    ('targets = ["grdp_growth_avg"]\nfree = ["industry_construction"]\n[solve.bounds.services]\nmin = 0.05\n',
     "lưu ý: giới hạn trong [solve.bounds] của services (Dịch vụ) không giới hạn gì: bộ giải chỉ điều chỉnh "
     "industry_construction (Công nghiệp-xây dựng). Muốn dùng, thêm ngành đó vào free trong [solve] (hoặc --free).",
     "note: the bounds in [solve.bounds] for services (Services) bound nothing: the solver moves only "
     "industry_construction (Industry-construction). To use them, add the sector to free in [solve] (or --free)."),
    ('targets = ["grdp_growth_avg"]\nsmoothness = 5.0\n',
     'lưu ý: smoothness = 5 không thay đổi gì với lộ trình không đổi (method = "constant"), vốn không thay đổi giữa '
     'các năm; độ trơn chỉ có tác dụng với method = "ramp" hoặc "free" (hoặc --method).',
     'note: smoothness = 5 changes nothing with constant paths (method = "constant"), which do not change from year '
     'to year; it weighs the year-to-year changes of method = "ramp" or "free" (or --method).'),
    ('targets = ["grdp_growth_avg"]\nfree = ["industry_construction", "product_taxes"]\ntaxes = "held"\n',
     'lưu ý: taxes = "held" không thay đổi gì khi product_taxes nằm trong free: bộ giải tự tìm lộ trình của thuế sản '
     'phẩm.',
     'note: taxes = "held" changes nothing while product_taxes is in free: the solver finds the product taxes\' path '
     'itself.'),
    ('targets = ["grdp_growth_avg", "grdp_multiple"]\napprox = "equal"\n',
     'lưu ý: approx = "equal" không thay đổi gì: không mục tiêu nào cần giải có dạng «≈» (approx chỉ quyết định đặt '
     'chúng trong khoảng sai số hay đúng bằng con số).',
     'note: approx = "equal" changes nothing: none of the targets to solve for is written “≈” (approx only decides '
     'whether those are posed within their band or exactly).'),
], ids=["bounds", "smoothness", "taxes", "approx"])
def test_solve_settings_that_change_nothing_are_said(tmp_path, capsys, solve_table, vi, en):
    """A [solve] table's settings that change nothing (`model.solver.idle_settings`: bounds on a
    sector not moved, a smoothness with constant paths, taxes held while free, "≈" targets posed
    exactly where none is asked) were accepted
    unsaid, as the investment cap was: `validate` and `solve` say so, in the reader's language;
    where a flag makes it count (``--method ramp``), nothing is said."""
    f = tmp_path / "idle.toml"
    f.write_text((SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + "\n[solve]\n" + solve_table,
                 encoding="utf-8")
    for lang, said in (("vi", vi), ("en", en)):
        assert main(["validate", str(f), "--lang", lang]) == 0
        assert said in capsys.readouterr().out.splitlines()
    assert main(["solve", str(f), "--out", str(tmp_path / "o"), "--lang", "en"]) in (0, 3)
    assert capsys.readouterr().out.startswith(en + "\n")
    if "smoothness" in solve_table:
        assert main(["solve", str(f), "--method", "ramp", "--out", str(tmp_path / "r"), "--lang", "en"]) in (0, 3)
        assert "note:" not in capsys.readouterr().out


def test_solve_says_what_a_compromises_paths_need_in_investment(tmp_path, capsys):
    """A compromise's paths can be applied like any others, and cost as much: the Solve page says
    their investment need beside the verdict, `solve` said it only of paths meeting every target
    (a planner's file of growth and per capita: its paths need 78.7 % of GRDP a year, unsaid; here
    growth and the multiple, which cannot hold together on the baseline). Said after the next
    step, before the notes."""
    f = tmp_path / "pair.toml"
    f.write_text((SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + '\n[solve]\ntargets = '
                 '["grdp_growth_avg", "grdp_multiple"]\n', encoding="utf-8")
    sc = model.load_scenario(f)
    res = model.solve(model.assemble_history(), sc, **sc.solve.arguments())
    assert not res.success and res.investment["beyond"]
    need = f"{res.investment['central']:.1f}"
    for lang, head in (("en", f"More than in any published year (at most 50.5 % of GRDP): These paths need total social "
                              f"investment of {need} % of GRDP a year on average in 2026–2030"),
                       ("vi", f"Cao hơn mọi năm đã công bố (tối đa 50,5 % GRDP): Các lộ trình này cần vốn đầu tư toàn xã "
                              f"hội bình quân {need.replace('.', ',')} % GRDP mỗi năm giai đoạn 2026–2030")):
        assert main(["solve", str(f), "--out", str(tmp_path / lang), "--lang", lang]) == 3
        lines = capsys.readouterr().out.splitlines()
        at = next(k for k, x in enumerate(lines) if x.startswith(head))
        assert lines[at - 1].startswith(("Next step", "Bước tiếp theo"))
        assert lines[at + 1] in ("Before you apply:", "Cần biết trước khi áp dụng:")


@pytest.mark.parametrize("argv, vi", [
    (["invest", "FILE", "--icor", "50"], "tham số --icor: 50: ICOR từ 1 đến 30, ví dụ 7 hoặc 6,5"),
    (["invest", "FILE", "--share", "1,5"], "tham số --share: 1,5: tỷ lệ so với GRDP trong khoảng 0 đến 1"),
    (["risk", "FILE", "--draws", "mười"], "tham số --draws: 'mười': số lượt mô phỏng là số nguyên, ví dụ 10000"),
    (["risk", "FILE", "--seed", "-1"], "tham số --seed: -1: hạt giống ngẫu nhiên từ 0 đến 4294967295"),
    (["risk", "FILE", "--sources", "weather"], "tham số --sources: 'weather': nguồn bất định không xác định"),
    (["run", "FILE", "--out", "o", "--charts", "gif"], "tham số --charts: 'gif': loại tệp biểu đồ là png, svg"),
    (["run", "FILE", "--out", "o", "--targets-set", "x"], "tham số --targets-set: x: không có bộ mục tiêu này"),
    (["run", "FILE", "--out", " "], "tham số --out: tên thư mục trống"),
    (["brief", "FILE", "-o", "deck.txt"], "tham số -o/--out: deck.txt: tên tệp kết thúc bằng .pptx"),
    (["supply", "FILE", "--alpha", "0,95"], "tham số --alpha: 0,95: từ 0,2 đến 0,9 (khoảng của giả định: 0,4–0,6)"),
    (["supply", "FILE", "--delta", "abc"], "tham số --delta: abc: cần một số, ví dụ"),
    (["solve", "FILE", "--out", "o", "--priority", "x"], "tham số --priority: 'x': viết MÃ=TRỌNG_SỐ"),
    (["quarterly", "FILE", "--year", "2026", "--done", "5=8"], "tham số --done: 5=8: số quý đã có là 1, 2 hoặc 3"),
    (["quarterly", "FILE", "--year", "2026", "--target", "200"], "tham số --target: 200: tăng trưởng từ -50 đến 100"),
    (["solve", "FILE"], "thiếu tham số bắt buộc: --out"),
    # a flag given twice was read as its last value: three quarters typed one by one became
    # "nine months at 7,8 %", the first two dropped without a word
    (["quarterly", "FILE", "--year", "2026", "--done", "1=6,5", "--done", "3=7,8", "--target", "10"],
     "tham số --done: ghi hai lần; chỉ ghi một lần, với số lũy kế của mọi quý đã công bố, ví dụ 3=8,05"),
    (["run", "FILE", "--out", "a", "--out", "b"], "tham số --out: ghi hai lần; chỉ ghi một lần"),
    (["invest", "FILE", "--icor", "6", "--icor", "7"], "tham số --icor: ghi hai lần; chỉ ghi một lần"),
    (["risk", "FILE", "--bogus"], "tham số không nhận ra: --bogus"),
    # Python's int() read these silently: another script's digits ('٢' is 2) and an underscore
    (["projects", "FILE", "--project", "lng_vung_ang_3", "--delay", "٢"],
     "tham số --delay: '٢': số năm chậm là số nguyên từ 0 đến 10, ví dụ 2"),
    (["projects", "FILE", "--project", "lng_vung_ang_3", "--delay", "11"], "tham số --delay: 11: số năm chậm từ 0 đến 10"),
    (["quarterly", "FILE", "--year", "٢٠٢٦"], "tham số --year: '٢٠٢٦': năm viết bằng bốn chữ số, ví dụ 2026"),
    (["quarterly", "FILE", "--year", "26"], "tham số --year: 26: năm viết bằng bốn chữ số, từ 1000 đến 9999"),
    (["brief", "FILE", "--quarter-year", "2026,5"], "tham số --quarter-year: '2026,5': năm viết bằng bốn chữ số"),
    (["risk", "FILE", "--seed", "1_000"], "tham số --seed: '1_000': hạt giống ngẫu nhiên là số nguyên, ví dụ 0"),
    (["risk", "FILE", "--draws", "1,5"], "tham số --draws: '1,5': số lượt mô phỏng là số nguyên, ví dụ 10000"),
])
def test_a_bad_flag_is_refused_in_vietnamese(argv, vi, capsys):
    """A flag's value the command cannot take: exit 2, the flag, the value and the fix in the
    command's language (Vietnamese unless --lang en), no traceback."""
    argv = [str(SCENARIOS / "baseline.toml") if a == "FILE" else a for a in argv]
    with pytest.raises(SystemExit) as e:
        main(argv)
    err = capsys.readouterr().err
    assert e.value.code == 2 and ": lỗi: " in err and vi in err and "Traceback" not in err


def test_invest_says_when_the_projects_take_the_whole_share(tmp_path, capsys):
    f = tmp_path / "f2.toml"
    f.write_text((SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + "\n[projects.formosa_2]\non = true\n",
                 encoding="utf-8")
    assert main(["invest", str(f), "--share", "0,45", "--lang", "en"]) == 0
    assert "The switched-on projects' capital exceeds 45 % of GRDP in 4 years (2027, 2028, 2029, 2030;" in \
        capsys.readouterr().out
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--share", "0,45"]) == 0
    assert "Vốn của các dự án" not in capsys.readouterr().out


def test_invest_says_plainly_when_the_need_is_beyond_the_record(tmp_path, capsys):
    """`invest` printed the need as a table alone: the provincial plan's paths need 115.6 % of
    GRDP in 2026 and 92.5 % a year on average, where the province has never raised more than
    50.5 % (2024), and nothing said so. A sentence now sets the need against every published
    year, leading with it when the need is beyond them; the Solve page's words, for any file."""
    assert main(["invest", str(SCENARIOS / "provincial_plan.toml"), "--lang", "en"]) == 0
    last = capsys.readouterr().out.rstrip("\n").splitlines()[-1]
    assert last == ("More than in any published year (at most 50.5 % of GRDP): These paths need total social "
                    "investment of 92.5 % of GRDP a year on average in 2026–2030 (ICOR 6–8: 78.5–106.6 %); the "
                    "published years: 2020: 32.3 %, 2024: 50.5 %, 2025: 48.4 %.")
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--lang", "vi"]) == 0
    last = capsys.readouterr().out.rstrip("\n").splitlines()[-1]
    assert last.startswith("Các lộ trình này cần vốn đầu tư toàn xã hội bình quân 44,7 % GRDP mỗi năm giai đoạn "
                           "2026–2030 (ICOR 6–8: 37,7–51,6 %); các năm đã công bố: 2020: 32,3 %, 2024: 50,5 %")
    # `run` says it with the targets, when beyond the record only
    assert main(["run", str(SCENARIOS / "provincial_plan.toml"), "--out", str(tmp_path / "p"), "--lang", "en"]) == 0
    assert ("\nnote: More than in any published year (at most 50.5 % of GRDP): These paths need total social "
            "investment of 92.5 % of GRDP a year") in capsys.readouterr().out
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(tmp_path / "b"), "--lang", "en"]) == 0
    assert "These paths need" not in capsys.readouterr().out


def test_priority_takes_the_decimal_comma():
    from model.cli.args import _priority

    assert _priority("grdp_growth_avg=2,5") == _priority("grdp_growth_avg=2.5") == {"grdp_growth_avg": 2.5}


@pytest.mark.parametrize("name", ["baseline", "provincial_plan", "congress_2025"])
def test_invest_prints_sources_that_add_up_to_the_need(capsys, name):
    """`invest`'s table: each year's state, non-state and FDI, as printed, add up to the central
    need printed beside them (the Congress's 2029 printed sources a tenth off), and the period's
    row is the sum of the years above it. Its numbers are the Projects page's, whole billions
    (the command line printed them to a tenth, rounded on their own): the need and its sources
    as the page's table (`views.investment_view`), the need by sector as the page's second."""
    assert main(["invest", str(SCENARIOS / f"{name}.toml"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    block = out.split("investment needed, bn VND at current prices")[1].split("\n")[3:]
    rows = [line.split() for line in block if line[:4].isdigit() and len(line.split()) == 10]
    assert [r[0] for r in rows] == ["2026", "2027", "2028", "2029", "2030", "2026–2030"]
    money = [[float(r[i].replace(",", "")) for i in (1, 3, 5, 7, 8, 9)] for r in rows]
    for r, m in zip(rows, money):
        assert m[1] == m[3] + m[4] + m[5], r
    assert [sum(m[k] for m in money[:-1]) for k in range(6)] == money[-1]
    history = model.assemble_history()
    inv = required_investment(model.simulate(history, model.load_scenario(SCENARIOS / f"{name}.toml")))
    need, sectors, _ = views.investment_view(inv, "en")
    page = need.drop(columns=need.columns[3]).to_numpy().tolist()   # the page's share column is a range
    assert [[r[i] for i in (1, 3, 5, 7, 8, 9)] for r in rows] == page
    # a share's period row is the years' mean (a need's is their sum), printed and on the page alike
    lo, hi = (f"{inv[c].mean():.1f}" for c in ("share_low_pct", "share_high_pct"))
    assert (rows[-1][2], rows[-1][6]) == (lo, hi) and need.iloc[-1, 3] == f"{lo}–{hi}"
    by_sector = out.split("By sector (billion VND, central ICOR)")[1].split("\n")[3:]
    assert [line.split()[1:] for line in by_sector if line[:4].isdigit() and len(line.split()) == 1 + sectors.shape[1]
            ] == sectors.to_numpy().tolist()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_invest_at_one_icor_says_that_icor_not_the_central_one(capsys, lang):
    """`invest --icor 5`: the tables are the need at ICOR 5, and nothing above them says
    "central ICOR" (the need's columns and the by-sector total said it, over numbers at 5); under
    the band's sentence (44.7 % at ICOR 7, which it names as the band 6–8) a second gives the
    need at 5 over the same years, the period row's share: the API's mean, by hand."""
    from model.investment import need_against_record
    from model.report import fmt

    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--icor", "5", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert "ICOR trung tâm" not in out and "central ICOR" not in out
    p = model.simulate(model.assemble_history(), model.load_scenario(SCENARIOS / "baseline.toml"))
    at5 = required_investment(p, icor=5.0)
    share = fmt.num(at5.loc[2026:2030, "share_central_pct"].mean(), lang, 1)
    band = fmt.num(need_against_record(p)["central"], lang, 1)
    assert (share, band) == (("30,7", "44,7") if lang == "vi" else ("30.7", "44.7"))
    last = out.rstrip().splitlines()[-1]
    assert last == ("Ở ICOR 5,0 đã chọn (các bảng trên): bình quân 30,7 % GRDP mỗi năm giai đoạn 2026–2030."
                    if lang == "vi" else
                    "At the ICOR asked, 5.0 (the tables above): 30.7 % of GRDP a year on average in 2026–2030.")
    assert f" {band} % " in out.rstrip().splitlines()[-2]
    need = "Vốn cần (tỷ đ) % GRDP" if lang == "vi" else "Need (bn VND) % of GRDP"
    assert need in out
    period = next(x for x in out.splitlines() if x.startswith("2026–2030") and len(x.split()) == 6).split()
    assert period[2] == share and float(period[1].replace(",", "").replace(".", "")) == sum(at5["need_central"].round())
    total = "ICOR 5,0" if lang == "vi" else "ICOR 5.0"
    assert (f"(tỷ đồng, {total})" if lang == "vi" else f"(billion VND, {total})") in out
    assert next(x for x in out.splitlines() if x.lstrip().startswith(("Nông", "Agri"))).endswith(total)


def test_invest_at_one_icor_writes_that_icor_in_its_file(tmp_path, capsys):
    """`invest --icor 5 --out DIR`: investment.csv names the need at 5 "need", beside a column
    "icor" of 5 (it was "need_central", which a reader takes for ICOR 7's); without --icor the
    file keeps the band's three needs under their names."""
    base = SCENARIOS / "baseline.toml"
    assert main(["invest", str(base), "--icor", "5", "--out", str(tmp_path / "k"), "--lang", "en"]) == 0
    assert main(["invest", str(base), "--out", str(tmp_path / "band"), "--lang", "en"]) == 0
    capsys.readouterr()
    at5 = pd.read_csv(tmp_path / "k" / "investment.csv", encoding="utf-8-sig", index_col="year")
    assert not [c for c in at5.columns if "central" in c]
    assert list(at5.columns[:4]) == ["icor", "need", "share_pct", "organic"] and (at5["icor"] == 5.0).all()
    p = model.simulate(model.assemble_history(), model.load_scenario(base))
    assert at5["need"].to_numpy() == pytest.approx(required_investment(p, icor=5.0)["need_central"].to_numpy())
    band = pd.read_csv(tmp_path / "band" / "investment.csv", encoding="utf-8-sig", index_col="year")
    assert {"need_low", "need_central", "need_high"} <= set(band.columns) and "icor" not in band.columns
    assert band["need_central"].to_numpy() == pytest.approx(required_investment(p)["need_central"].to_numpy())


def test_share_and_icor_take_the_decimal_comma(capsys):
    """--share 0,4 and --icor 6,5 are 0.4 and 6.5 (they were refused as not numbers)."""
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--share", "0,4", "--icor", "6,5", "--lang", "en"]) == 0
    comma = capsys.readouterr().out
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--share", "0.4", "--icor", "6.5", "--lang", "en"]) == 0
    assert capsys.readouterr().out == comma and "Investment of 40.0 % of GRDP at ICOR 6.5" in comma


def test_invest_share_reads_growth_over_the_sets_period(tmp_path, capsys):
    """What a share buys is read over the projected years, and beside it over the period the
    file's target set judges: 2021–2030 for the programme, nothing more for the 2026–2030 plan
    on a horizon of 2030 (the same years), 2026–2030 on a later horizon (it said 2021–2030 for
    every set). The numbers by hand from the API."""
    from model.investment import growth_from_investment

    history = model.assemble_history()
    base = model.load_scenario(SCENARIOS / "baseline.toml")
    p = model.simulate(history, growth_from_investment(history, base, 0.4, icor=7.0))
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--share", "0,4", "--lang", "en"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "buys" in x)
    assert line == (f"Investment of 40.0 % of GRDP at ICOR 7.0 buys real GRDP growth of "
                    f"{100 * p.average_growth(2025, 2030):.2f} % a year over 2026–2030 "
                    f"({100 * p.average_growth(2020, 2030):.2f} % a year over 2021–2030)")
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8")
    for horizon, tail in ((2030, ""), (2035, "2026–2030")):
        f = tmp_path / f"plan{horizon}.toml"
        f.write_text(text.replace("horizon = 2030", f"horizon = {horizon}") + '\n[targets]\nset = "plan_2026_2030"\n',
                     encoding="utf-8")
        assert main(["invest", str(f), "--share", "0,4", "--lang", "en"]) == 0
        line = next(x for x in capsys.readouterr().out.splitlines() if "buys" in x)
        assert line.endswith(f"over 2026–{horizon}" if not tail else f"% a year over {tail})"), line
        if tail:
            sc = model.load_scenario(f)
            q = model.simulate(history, growth_from_investment(history, sc, 0.4, icor=7.0))
            assert f"({100 * q.average_growth(2025, 2030):.2f} % a year over 2026–2030)" in line
    # a horizon of one projected year: "in 2026", not "over 2026–2026"; its table one row
    f = tmp_path / "one.toml"
    f.write_text(text.replace("horizon = 2030", "horizon = 2026"), encoding="utf-8")
    for lang, tail in (("en", "% a year in 2026"), ("vi", "%/năm trong năm 2026")):
        assert main(["invest", str(f), "--share", "0,4", "--lang", lang]) == 0
        out = capsys.readouterr().out
        line = next(x for x in out.splitlines() if "ICOR 7" in x and ("buys" in x or "mua được" in x))
        assert line.endswith(tail) and "2026–2026" not in out, line


def test_frontier_against_investment(capsys):
    assert main(["frontier", str(SCENARIOS / "baseline.toml"), "--against", "investment", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "under each cap on total social investment" in out and "Cap on investment (% of GRDP a year)" in out


def test_every_command_explains_itself(capsys):
    """`--help` of every command prints its usage and exits 0, in Vietnamese by default and in
    English with --lang en: a stray '%' in a help text made argparse raise ValueError with a
    traceback on `quarterly --help`."""
    from model.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction").choices
    assert {"run", "solve", "quarterly", "risk"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as e:
            main([name, "--help"])
        assert e.value.code == 0, name
        out = capsys.readouterr().out
        assert f"cách dùng: python -m model {name}" in out and "in trợ giúp này rồi thoát" in out, name
        with pytest.raises(SystemExit) as e:
            main([name, "--help", "--lang", "en"])
        assert e.value.code == 0, name
        assert f"usage: python -m model {name}" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "tham số vị trí:" in out and "tùy chọn:" in out and "kiểm tra tệp kịch bản" in out


def test_every_help_text_has_its_vietnamese():
    """Each help text of the command line has an entry in `model.report.cli_help` (a new flag
    without one fails here), and the Vietnamese parser keeps no English help."""
    import argparse

    from model.cli import build_parser
    from model.report.cli_help import HELP_VI

    def helps(p):
        out = [p.description] if p.description else []
        for a in p._actions:
            out += [a.help] if a.help else []
            if isinstance(a, argparse._SubParsersAction):
                out += [c.help for c in a._choices_actions]
                for sub in a.choices.values():
                    out += helps(sub)
        return out

    def bare(p):   # positional arguments with no help: "FILE" alone said nothing of ws:NAME
        out = []
        for a in p._actions:
            if isinstance(a, argparse._SubParsersAction):
                out += [f"{name} {x}" for name, sub in a.choices.items() for x in bare(sub)]
            elif not a.option_strings and not a.help:
                out.append(a.dest)
        return out

    assert bare(build_parser("en")) == []
    english, vietnamese = helps(build_parser("en")), helps(build_parser("vi"))
    assert set(english) <= set(HELP_VI), sorted(set(english) - set(HELP_VI))
    assert vietnamese == [HELP_VI[h] for h in english]
    # a literal percent sign is written %% as argparse needs, in both languages
    for h in HELP_VI.values():
        assert "%" not in h.replace("%%", ""), h


def test_the_language_may_be_given_before_the_command(tmp_path, capsys):
    """`python -m model --lang en run FILE` was refused: "invalid choice: 'en'" (a command was
    expected there). Given before the command it sets the language; given after, that wins."""
    base = str(SCENARIOS / "baseline.toml")
    assert main(["--lang", "en", "run", base, "--out", str(tmp_path / "a")]) == 0
    assert capsys.readouterr().out.startswith(f"baseline: 2 files in {tmp_path / 'a'}")
    assert main(["--lang=en", "run", base, "--out", str(tmp_path / "b"), "--lang", "vi"]) == 0
    assert capsys.readouterr().out.startswith(f"baseline: 2 tệp trong {tmp_path / 'b'}")
    assert main(["--lang", "en", "validate", str(tmp_path / "none.toml")]) == 2
    assert capsys.readouterr().err.endswith("none.toml: no such file; check the file's name and folder "
                                            "(python -m model workspace lists the workspace)\n")
    with pytest.raises(SystemExit) as e:
        main(["--lang", "en", "--help"])
    assert e.value.code == 0 and "usage: python -m model" in capsys.readouterr().out
    with pytest.raises(SystemExit) as e:
        main(["--lang", "fr", "run", base])
    assert e.value.code == 2 and "argument --lang: invalid choice: 'fr'" in capsys.readouterr().err


def test_backtest_speaks_the_readers_language(capsys):
    """`backtest --lang`: headings, rules, sectors and projects named in words, numbers the
    reader's way (it printed English with raw ids whatever the language). The figures are the
    README's: Formosa +12.16 pp in 2017, the constant 7 % rule's RMSE 2.38 from 2020."""
    assert main(["backtest", "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert "(a) 2021–2025 dự báo từ những gì đã biết năm 2020" in out and "Quy tắc ngây thơ + dự án" in out
    assert "Gang thép Formosa Hà Tĩnh (giai đoạn 1)" in out and "+12,16" in out and "-3,54" in out
    assert "Công nghiệp-xây dựng" in out and "mức cố định 7 %/năm (2,38)" in out
    assert not any(w in out for w in ("formosa_1", "naive", "industry_construction", "rmse_pp", "12.16"))
    assert main(["backtest", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Naive rule + projects" in out and "+12.16" in out and "a constant 7 % a year (2.38)" in out
    assert "Gang thép Formosa Hà Tĩnh (giai đoạn 1)" not in out and "formosa_1" not in out


@pytest.mark.parametrize("args", [
    ["quarterly", "{b}", "--year", "2026"],
    ["invest", "{b}"],
    ["frontier", "{b}"],
    ["supply", "{b}"],
])
def test_the_files_written_are_said_in_the_runs_language(tmp_path, capsys, args):
    """Six commands said "written: …" in English after a Vietnamese run."""
    for lang, said in (("vi", "đã ghi: "), ("en", "written: ")):
        out = tmp_path / lang
        line = [a.replace("{b}", str(SCENARIOS / "baseline.toml")) for a in args]
        assert main([*line, "--out", str(out), "--lang", lang]) in (0, 3)
        last = capsys.readouterr().out.strip().splitlines()[-1]
        assert last.startswith(said) and str(out) in last, last


def test_invest_says_in_a_sentence_when_the_share_buys_growth_no_scenario_holds(capsys):
    """95 % of GRDP at an ICOR of 1 buys growth above 100 % a year: the command says so first,
    as the Projects page does, then the first five fields (it printed twenty field lines of a
    scenario the planner never named)."""
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--share", "0,95", "--icor", "1"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("Vốn đầu tư 95,0 % GRDP với ICOR 1,0 đòi hỏi tốc độ tăng trưởng ngoài khoảng một kịch bản "
                      "có thể có; thử tỷ lệ hoặc ICOR khác.")
    assert len(err) == 6 and all(x.startswith("  baseline_invest: sectors.") for x in err[1:])
    assert main(["invest", str(SCENARIOS / "baseline.toml"), "--share", "0.95", "--icor", "1", "--lang", "en"]) == 2
    assert capsys.readouterr().err.startswith("Investment of 95.0 % of GRDP at an ICOR of 1.0 would need growth")


def test_wide_tables_fit_the_terminal(monkeypatch, capsys):
    """On a terminal a table wider than it prints in blocks of columns, the row names repeated:
    the projects' catalogue printed 400-character rows, the frontier 300, each wrapped into
    interleaved screen lines. Into a file or a pipe rows stay whole (grep, awk)."""
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["projects", "--lang", "en"]) == 0
    whole = capsys.readouterr().out
    assert max(len(x) for x in whole.splitlines() if x.startswith("vung_ang_1")) > 250
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    for args in (["projects", "--lang", "en"], ["frontier", str(SCENARIOS / "baseline.toml"), "--lang", "en"],
                 ["invest", str(SCENARIOS / "baseline.toml"), "--lang", "en"]):
        assert main(args) == 0
        out = capsys.readouterr().out
        rows = [x for x in out.splitlines() if len(re.findall(r"\S {2,}\S", x)) >= 2 and not x.startswith("  - ")]
        assert rows and max(map(len, rows)) <= 100, (args[0], max(map(len, rows)))
        if args[0] == "projects":
            assert sum(x.startswith("vung_ang_1 ") for x in out.splitlines()) >= 3   # its row in every block


def test_prose_wraps_at_the_terminal_and_stays_whole_into_a_file(monkeypatch, capsys, tmp_path):
    """`run`'s note on the Provincial Plan file is a sentence of 620 characters, `solve`'s summary
    1,300: a terminal broke them mid-word at its edge. On a terminal they wrap at spaces (a list
    item's text aligned under its first word); into a file or a pipe every line stays whole, and
    the words are the same either way."""
    args = ["run", str(SCENARIOS / "provincial_plan.toml"), "--out", str(tmp_path / "a"), "--lang", "en"]
    assert main(args) == 0
    whole = capsys.readouterr().out
    assert max(map(len, whole.splitlines())) > 500
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(args[:3] + [str(tmp_path / "b"), "--lang", "en"]) == 0
    wrapped = capsys.readouterr().out
    assert max(map(len, wrapped.splitlines())) <= 80
    assert wrapped.replace(str(tmp_path / "b"), "X").split() == whole.replace(str(tmp_path / "a"), "X").split()
    assert not isinstance(sys.stdout, type(None)) and type(sys.stdout).__name__ != "_WrappedOut"   # given back


def test_invest_share_titles_the_need_of_the_bought_paths(capsys):
    """With --share, the need table is that of the paths the share buys (45 % of GRDP at the
    central ICOR, each year), and its title says so; it named the file alone, whose own paths
    need about twice that (the Provincial Plan's 13 % a year)."""
    plan = str(SCENARIOS / "provincial_plan.toml")
    assert main(["invest", plan, "--share", "0,45", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert ("provincial_plan with the growth 45.0 % of GRDP buys (ICOR 7.0): investment needed, bn VND at current "
            "prices (ICOR 6 / 7 / 8; % of GRDP at current prices):") in out
    assert "\nprovincial_plan: investment needed" not in out
    need, said = out.split("investment needed, bn VND")[1].split("These paths need")
    assert all(f"{y}" in need for y in range(2026, 2031)) and need.count(" 45.0 ") == 6   # central ICOR: 45 % a year, and the period's average
    assert said.startswith(" total social investment of 45.0 % of GRDP a year on average in 2026–2030")
    assert main(["invest", plan, "--lang", "vi"]) == 0
    assert "provincial_plan: vốn đầu tư cần, tỷ đồng giá hiện hành (ICOR 6 / 7 / 8;" in capsys.readouterr().out


@pytest.mark.parametrize("text, value", [
    ("10000", 10000), ("10.000", 10000), ("10,000", 10000), ("10 000", 10000), ("10\u00a0000", 10000),
    ("1.000.000", 1000000), ("+3", 3), ("-1", -1), ("0", 0),
    ("1,5", None), ("10.5", None), ("1.000,000", None), ("1.0000", None), ("1_000", None), ("٢", None),
    ("", None), ("1e3", None), ("x", None), ("1" * 41, None)])
def test_a_whole_number_flag_reads_either_grouping_and_ascii_digits_only(text, value):
    """`--draws 10.000` as the app shows ten thousand in Vietnamese (and 10,000 in English) is
    that number; a fraction, a mixed grouping or other scripts' digits are not a whole number."""
    from model.cli.args import whole_text

    assert whole_text(text) == value


def test_grouped_draws_are_the_number_the_app_shows(capsys):
    assert main(["risk", str(SCENARIOS / "baseline.toml"), "--draws", "1.000", "--seed", "3"]) == 0
    assert "1.000 lượt, hạt giống 3" in capsys.readouterr().out


def test_an_output_file_open_in_excel_is_said_so_not_a_missing_right(tmp_path, monkeypatch, capsys):
    """On Windows, Excel keeps the file it shows locked. A planner runs `run --out` again with
    last run's projection.csv open: the replace is refused with EACCES, which was worded "no
    permission to write here; ask for write access", sending them to ask for a right they have."""
    import errno

    from model.report.strings import os_error_text

    out = tmp_path / "out"
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out)]) == 0
    before = (out / "projection.csv").read_bytes()
    real = os.replace

    def excel_holds_it(src, dst):   # what Windows answers for a file another program holds
        if str(dst).endswith("projection.csv"):
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                  "by another process", str(src), None, str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", excel_holds_it)
    capsys.readouterr()
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == (f"lỗi: {out / 'projection.csv'}: không ghi đè hay xóa được tệp này: có thể tệp đang mở "
                   "trong chương trình khác (như Excel hay PowerPoint) hoặc chỉ cho đọc; đóng tệp rồi làm lại, hoặc ghi vào "
                   "thư mục khác\n"), err
    assert (out / "projection.csv").read_bytes() == before and not list(out.glob(".*.tmp"))
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out), "--lang", "en"]) == 2
    assert "it may be open in another program (such as Excel or PowerPoint)" in capsys.readouterr().err
    # Windows' own code says it wherever the file is; a folder without the right to write is
    # still said as one
    held = PermissionError(errno.EACCES, "Access is denied", str(tmp_path / "gone.csv"))
    held.winerror = 32
    assert "không ghi đè hay xóa được tệp này" in os_error_text(held, "vi")
    assert os_error_text(PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "new.csv")), "en") == \
        f"{tmp_path / 'new.csv'}: no permission to write here; choose another folder or ask for write access"


def test_a_folder_without_the_right_to_write_is_said_of_the_file_asked_for(tmp_path, monkeypatch, capsys):
    """Every file is written first as a temporary beside it (``.deck.pptx.k2j9.tmp``), then
    renamed. In a folder without the right to write, the temporary's creation is what the system
    refuses, and the message named it: "/w/.projection.csv.k2j9.tmp: no permission", a file the
    planner never asked for. Now it names the file asked for. (The tests run as root, who writes
    everywhere: the refusal is the system's, as ``mkstemp`` raises it.)"""
    import errno
    import tempfile

    import model.scenario.files as files

    out = tmp_path / "shared"

    def refused(prefix, suffix, dir):   # noqa: A002 - mkstemp's own keyword
        raise PermissionError(errno.EACCES, "Permission denied", os.path.join(dir, f"{prefix}k2j9{suffix}"))

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    assert main(["run", str(SCENARIOS / "baseline.toml"), "--out", str(out)]) == 2
    assert capsys.readouterr().err == (f"lỗi: {out / 'projection.csv'}: không có quyền ghi vào đây; chọn thư mục "
                                       "khác hoặc xin quyền ghi\n")
    monkeypatch.setenv("HATINH_WORKSPACE", str(out))
    with pytest.raises(PermissionError) as e:
        model.Workspace().save(model.load_scenario(SCENARIOS / "baseline.toml"), name="plan")
    assert e.value.filename == str(out / "plan.toml")
    monkeypatch.setattr(files.tempfile, "mkstemp", tempfile.mkstemp)
    assert not [f for f in out.rglob("*") if f.is_file()]


def test_a_terminal_shows_what_it_would_act_on_as_escapes(tmp_path, monkeypatch, capsys):
    """A path the command line echoes is the user's (a file from a shared folder, a name from a
    script): one holding "\\x1b[2J" could clear the terminal's screen, "\\x1b]52;…" set its
    clipboard, U+202E turn the rest of the line around. On a terminal they are shown as
    escapes, in an answer and in an error; into a file or a pipe the words are as written."""
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8")
    odd = tmp_path / ("a\x1b[2Jb\u202ec\rd" + os.fsdecode(b"\x9b") + ".toml")   # and the byte 0x9b (a one-byte CSI)
    odd.write_text(text, encoding="utf-8")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["validate", str(odd), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "a\\x1b[2Jb\\u202ec\\rd\\udc9b.toml" in out
    assert not re.search("[\x1b\u202e\r\udc9b]", out)
    missing = tmp_path / "x\x1b]52;c;aGk=\x07y.toml"
    assert main(["run", str(missing), "--out", str(tmp_path / "o"), "--lang", "vi"]) == 2
    err = capsys.readouterr().err
    assert "x\\x1b]52;c;aGk=\\x07y.toml" in err and not re.search("[\x1b\x07]", err)
    with pytest.raises(SystemExit):
        main(["validate", str(odd), "--lang", "\x1b[2J"])
    err = capsys.readouterr().err
    assert "\\x1b[2J" in err and "\x1b" not in err
    assert type(sys.stderr).__name__ != "_ShownOut"   # given back
    # into a pipe or a file: as written, but for what would end the line (the carriage return:
    # test_a_file_name_with_a_line_break_is_named_on_one_line)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert main(["validate", str(odd), "--lang", "en"]) == 0
    assert "a\x1b[2Jb\u202ec\\rd" in capsys.readouterr().out
