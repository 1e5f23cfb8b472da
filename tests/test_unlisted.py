"""A committed plant still ramping up that a file does not list adds nothing after the last
actual year (a project not listed is off). A file written to add one new project does that by
accident, so every place that shows a scenario's numbers says which plants it leaves out and
how to count them; a file that means it says ``on = false``, and unticking one in the app
writes the same."""

import io
import re
from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest

import model
from model.cli import main
from model.projects import ProjectSetting, committed_ids, left_out_ramping, load_projects, unlisted_ramping
from model.report import deck, views

from .conftest import SCENARIOS
from .support import ROOT

# A planner's file: sector rates and the railway, written without the committed plants.
RAIL = '''
[meta]
name = "rail_only"
title_vi = "Chỉ thêm đường sắt"
title_en = "Railway only"
horizon = 2030

[population]
growth = 0.0065

[sectors.agriculture]
growth = 0.03
inflation = 0.025

[sectors.industry_construction]
growth = 0.11
inflation = 0.02

[sectors.services]
growth = 0.08
inflation = 0.035

[sectors.product_taxes]
growth = 0.09
inflation = 0.03

[projects.railway_vientiane]
on = true
'''


@pytest.fixture(scope="module")
def rail():
    return model.parse_scenario(RAIL)


def test_the_committed_plants_still_ramping_are_named(rail, baseline):
    assert committed_ids() == {"vung_ang_1", "vung_ang_2", "formosa_1", "vines_packs", "vines_cells", "vinfast_ev"}
    # Vũng Áng 2 (full in 2027) and the VinFast plant (full in 2028) still ramp after 2025; the
    # others ran at capacity in 2025, so leaving them out changes nothing
    assert [p.id for p in unlisted_ramping(rail.projects, 2025, 2030)] == ["vung_ang_2", "vinfast_ev"]
    assert [p.id for p in unlisted_ramping(rail.projects, 2025, 2026)] == ["vung_ang_2", "vinfast_ev"]
    assert [p.id for p in unlisted_ramping(rail.projects, 2027, 2030)] == ["vinfast_ev"]
    assert unlisted_ramping(rail.projects, 2028, 2030) == []
    assert unlisted_ramping(baseline.projects, 2025, 2030) == []   # it lists both, on
    for name in ("congress_2025", "provincial_plan"):               # they list both, off
        sc = model.load_scenario(SCENARIOS / f"{name}.toml")
        assert unlisted_ramping(sc.projects, 2025, 2030) == []
        assert not sc.projects["vung_ang_2"].on and not sc.projects["vinfast_ev"].on
        # left out on purpose: the other list, which the Projects page says before a tick
        assert [p.id for p in left_out_ramping(sc.projects, 2025, 2030)] == ["vung_ang_2", "vinfast_ev"]
        assert [p.id for p in left_out_ramping(sc.projects, 2027, 2030)] == ["vinfast_ev"]
    assert left_out_ramping(baseline.projects, 2025, 2030) == [] and left_out_ramping(rail.projects, 2025, 2030) == []


def test_what_the_file_leaves_out_by_hand(history, rail):
    """Unlisted, industry-construction grows at the file's 11 % exactly in 2026; listed on, by
    Vũng Áng 2's 0.685 of capacity and VinFast's 0.3 more (ramps 0.015 → 0.7, 0.1 → 0.4) over
    the 2025 level, which is what the note warns of."""
    p = model.simulate(history, rail)
    assert p.sector_growth.loc[2026, "industry_construction"] == pytest.approx(0.11, abs=1e-12)
    on = replace(rail, projects={**rail.projects, "vung_ang_2": ProjectSetting(), "vinfast_ev": ProjectSetting()})
    q = model.simulate(history, on)
    ps = load_projects()
    ic25 = p.real.loc[2025, "industry_construction"]
    added = 0.685 * ps["vung_ang_2"].va + 0.3 * ps["vinfast_ev"].va
    assert q.real.loc[2026, "industry_construction"] == pytest.approx(1.11 * ic25 + added, rel=1e-12)
    assert q.growth_real.loc[2026] - p.growth_real.loc[2026] > 0.04   # more than 4 points of 2026


def test_switching_a_committed_plant_off_is_kept_as_a_statement(rail, baseline):
    off = baseline.with_project("vung_ang_2", ProjectSetting(on=False))
    assert off.projects["vung_ang_2"] == ProjectSetting(on=False)
    assert "[projects.vung_ang_2]" in off.to_toml()
    assert unlisted_ramping(off.projects, 2025, 2030) == []
    # a proposal switched off is still dropped: absent and off are the same for it
    lng = baseline.with_project("lng_vung_ang_3", ProjectSetting()).with_project("lng_vung_ang_3", ProjectSetting(on=False))
    assert "lng_vung_ang_3" not in lng.projects
    # switching it off leaves the numbers as leaving it out does
    h = model.assemble_history()
    a = model.simulate(h, replace(baseline, projects={"vinfast_ev": baseline.projects["vinfast_ev"]}))
    b = model.simulate(h, off)
    assert a.real.equals(b.real)


def test_the_words_in_both_languages(rail):
    ps = unlisted_ramping(rail.projects, 2025, 2030)
    vi = views.unlisted_text(ps, 2025, "vi", where="file")
    en = views.unlisted_text(ps, 2025, "en", where="file")
    assert "Nhiệt điện Vũng Áng 2 (1.200 MW), đủ công suất năm 2027" in vi and "đủ công suất năm 2028" in vi
    assert "`[projects.vung_ang_2]`" in vi and "`on = false`" in vi
    assert "at full capacity in 2027" in en and "not counted" in en and "`[projects.vinfast_ev]`" in en
    assert "trang Dự án" in views.unlisted_text(ps, 2025, "vi") and "Projects page" in views.unlisted_text(ps, 2025, "en")
    assert "`[projects." not in views.unlisted_text(ps, 2025, "en")   # the app's words name no tables
    assert views.unlisted_text([], 2025, "vi") == ""


@pytest.mark.parametrize("command", [["validate", "--lang", "vi"], ["run", "--out", "o"], ["invest"], ["supply"],
                                     ["quarterly", "--year", "2026"],
                                     ["risk", "--draws", "1000"], ["solve", "--out", "s"], ["frontier"],
                                     ["projects", "--project", "lng_vung_ang_3"]])
def test_the_commands_say_it_before_the_numbers(tmp_path, capsys, command):
    f = tmp_path / "rail.toml"
    f.write_text(RAIL, encoding="utf-8")
    # (`projects` takes its FILE before its flags like the others)
    main([command[0], str(f), *[str(tmp_path / a) if a in ("o", "s") else a for a in command[1:]]])
    out = capsys.readouterr().out
    # the first line, after validate's "valid" line
    first = out.splitlines()[1 if command[0] == "validate" else 0]
    assert first.startswith("lưu ý: Kịch bản này không liệt kê Nhiệt điện Vũng Áng 2"), out[:300]
    rest = [str(tmp_path / a) if a in ("o", "s") else a for a in command[1:]]
    if "--lang" in rest:   # a flag is given once (the CLI refuses it twice)
        del rest[rest.index("--lang"):rest.index("--lang") + 2]
    main([command[0], str(SCENARIOS / "baseline.toml"), *rest, "--lang", "en"])
    assert "does not list" not in capsys.readouterr().out


def test_run_in_english_names_the_tables_to_add(tmp_path, capsys):
    f = tmp_path / "rail.toml"
    f.write_text(RAIL, encoding="utf-8")
    assert main(["run", str(f), "--out", str(tmp_path / "o"), "--lang", "en"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("note: This scenario does not list Vũng Áng 2 coal power plant")
    assert "add `on = true` under `[projects.vung_ang_2]`, `[projects.vinfast_ev]` in the file" in line


def test_the_projects_table_calls_them_committed(capsys):
    assert main(["projects", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Committed" in out and "On by default" not in out and "a project not listed is off" in out


def test_the_deck_says_it_on_its_title_slide(history, rail, baseline):
    from pptx import Presentation

    def title_text(sc, lang):
        prs = Presentation(io.BytesIO(deck.build(history, [sc], lang=lang, draws=0)))
        return " ".join(sh.text_frame.text for sh in prs.slides[0].shapes if sh.has_text_frame)

    assert "This scenario does not list Vũng Áng 2" in title_text(rail, "en")
    assert "`" not in title_text(rail, "en")
    assert "does not list" not in title_text(baseline, "en")


def _app(folder, monkeypatch, **params) -> AppTest:
    monkeypatch.setenv("HATINH_WORKSPACE", str(folder))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception
    return at


def test_every_page_of_the_app_says_it_and_unticking_settles_it(tmp_path, monkeypatch):
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "rail_only.toml").write_text(RAIL, encoding="utf-8")
    at = _app(ws, monkeypatch, scn="ws:rail_only", lang="en")
    warned = [w.value for w in at.warning if "does not list" in w.value]
    assert len(warned) == 1 and "Press one of the two buttons below" in warned[0]
    at.switch_page("ui/pages/projects.py")
    at.run()
    assert [w for w in at.warning if "does not list" in w.value]
    # the Projects page offers both plants unticked; ticking one, then unticking it, says "off"
    box = next(c for c in at.checkbox if c.label.startswith("VinFast"))
    assert box.value is False
    box.check().run()
    assert "VinFast" not in next(w.value for w in at.warning if "does not list" in w.value)
    box = next(c for c in at.checkbox if c.label.startswith("VinFast"))
    box.uncheck().run()
    left = [w.value for w in at.warning if "does not list" in w.value]
    assert len(left) == 1 and "VinFast" not in left[0] and "Vũng Áng 2" in left[0]
    assert re.search(r"pj\.vinfast_ev", str(dict(at.query_params)))   # and the link keeps it


def test_shipped_scenarios_show_no_such_warning(tmp_path, monkeypatch):
    for scn in ("baseline", "congress_2025", "provincial_plan"):
        at = _app(tmp_path / "ws", monkeypatch, scn=scn)
        assert not [w for w in at.warning if "không liệt kê" in w.value], scn


def test_an_off_that_would_make_a_41st_table_is_dropped(rail):
    """A file of 40 projects (the most a file holds) read with a link that switches a
    committed plant off: the result stays a valid file, and computes as "off"."""
    from model.projects import Project
    from model.scenario import MAX_PROJECTS

    own = {f"own{k}": ProjectSetting(on=False, delay=1, definition=Project(
        id=f"own{k}", name_vi=f"Nhà máy {k}", name_en="", sector="services", first_year=2028, ramp=(1.0,),
        va=10.0, va_low=10.0, va_high=10.0)) for k in range(MAX_PROJECTS)}
    full = replace(rail, projects=own)
    off = full.with_project("vung_ang_2", ProjectSetting(on=False))
    assert "vung_ang_2" not in off.projects and len(off.projects) == MAX_PROJECTS
    model.parse_scenario(off.to_toml())   # still a valid file
    roomy = replace(rail, projects=dict(list(own.items())[:-1]))
    assert "vung_ang_2" in roomy.with_project("vung_ang_2", ProjectSetting(on=False)).projects


@pytest.mark.parametrize("button, on", [("ul.count", True), ("ul.leave", False)])
def test_one_click_counts_them_or_leaves_them_out_on_purpose(tmp_path, monkeypatch, button, on):
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "rail_only.toml").write_text(RAIL, encoding="utf-8")
    at = _app(ws, monkeypatch, scn="ws:rail_only", lang="vi", page="growth")
    assert [w for w in at.warning if "không liệt kê" in w.value]
    labels = {b.key: b.label for b in at.button if b.key in ("ul.count", "ul.leave")}
    assert labels == {"ul.count": "Tính các nhà máy này", "ul.leave": "Để ngoài có chủ ý (tốc độ ngành đã gồm)"}
    at.button(key=button).click().run()
    assert not at.exception
    assert not [w for w in at.warning if "không liệt kê" in w.value]
    w = at.session_state["working"]
    assert {pid: w.projects[pid].on for pid in ("vung_ang_2", "vinfast_ev")} == {"vung_ang_2": on, "vinfast_ev": on}
    assert at.query_params["pj.vung_ang_2"] == ("1:0:1" if on else "0")
    growth_2026 = model.simulate(model.assemble_history(), w).growth_real.loc[2026]
    assert bool(growth_2026 > 0.12) == on   # 8.9 % without their ramp-up, 13.6 % with it
    # and one undo takes it back
    undo = next(b for b in at.button if b.label.startswith("Hoàn tác"))
    undo.click().run()
    assert [w for w in at.warning if "không liệt kê" in w.value]


def test_counting_them_in_a_full_file_is_refused_in_words(tmp_path, monkeypatch):
    """A file of 40 projects without the committed plants: "count them" would make 41 tables,
    so it is refused in words, nothing changed, and the page still works."""
    own = "".join(f"""
[projects.own{k}]
name_vi = "Nhà máy {k}"
sector = "services"
first_year = 2028
ramp = [1.0]
va = 10
""" for k in range(40))
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "full.toml").write_text(RAIL.replace("[projects.railway_vientiane]\non = true\n", "") + own,
                                  encoding="utf-8")
    at = _app(ws, monkeypatch, scn="ws:full", lang="en")
    before = at.session_state["working"]
    assert len(before.projects) == 40
    at.button(key="ul.count").click().run()
    assert not at.exception
    assert at.session_state["working"] == before
    assert any("41" in e.value and "40" in e.value for e in at.error)
    at.button(key="ul.leave").click().run()        # leaving them out has no room either: dropped, same numbers
    assert len(at.session_state["working"].projects) == 40


def test_the_workbook_says_it_in_its_about_sheet(history, rail, baseline):
    import openpyxl

    from model.report import workbook

    def about(sc, lang):
        raw = workbook.build(sc, sc, model.simulate(history, sc), history, lang)
        sheet = openpyxl.load_workbook(io.BytesIO(raw)).worksheets[0]
        return {r[0].value: r[1].value for r in sheet.iter_rows(min_row=2)}

    en, vi = about(rail, "en"), about(rail, "vi")
    assert en["Note"].startswith("This scenario does not list Vũng Áng 2") and "`" not in en["Note"]
    assert vi["Lưu ý"].startswith("Kịch bản này không liệt kê Nhiệt điện Vũng Áng 2")
    assert "Note" not in about(baseline, "en")
