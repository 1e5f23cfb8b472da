"""The planners' guide in Vietnamese (docs/huong_dan.md) says what the app says: its table of
pages is the app's navigation, in order; every control, button and section it quotes between
«» is one the app shows in Vietnamese; its commands run as written; its baseline figures are
what the model gives, in the app's Vietnamese formatting. A renamed button fails here before
a planner looks for it."""

from __future__ import annotations

import re

import pytest

import model
from model import params as P
from model.report import fmt
from model.report.strings import TEXT, sector_label
from model.sectors import SECTOR_IDS
from ui.state import PAGE_IDS, UNDO_DEPTH

from .conftest import ROOT
from .test_readme import commands, runs_as_written

GUIDE = (ROOT / "docs" / "huong_dan.md").read_text(encoding="utf-8")
FLAT = re.sub(r"\s+", " ", GUIDE)   # the prose as read, whatever its line breaks


def _shown(template: str) -> tuple[str, str]:
    """A catalogue entry as the guide may quote it: whole, its placeholders written "…", or the
    words before its first placeholder ("Ghi đè {name}" → "Ghi đè")."""
    whole = re.sub(r"\{[^{}]*\}", "…", template)
    return whole, template.split("{", 1)[0].strip()


def test_the_table_of_pages_is_the_navigation_in_order():
    rows = re.findall(r"^\| \*\*(.+?)\*\* \|", GUIDE, re.M)
    assert rows == [TEXT[f"page_{pid}"][0] for pid in PAGE_IDS]
    assert "mười hai trang" in FLAT and len(PAGE_IDS) == 12


def test_every_page_named_in_bold_is_a_page():
    pages = {TEXT[f"page_{pid}"][0] for pid in PAGE_IDS}
    named = set(re.findall(r"\*\*(.+?)\*\*", GUIDE))
    # bold is for pages, and for the lead words of a step or a point ("Bước 1. …", "Hai loại giá.")
    assert {n for n in named if not n.endswith(".") and n != "không"} <= pages


def test_every_quoted_label_is_the_apps():
    known = set()
    for vi, _en in TEXT.values():
        known.update(_shown(vi))
    known.update(sector_label(s, "vi") for s in SECTOR_IDS)
    quoted = [re.sub(r"\s+", " ", q) for q in re.findall(r"«(.+?)»", GUIDE, re.S)]
    assert len(quoted) >= 30
    assert [q for q in quoted if q not in known] == []


GUIDE_COMMANDS = commands(GUIDE)


def test_the_guide_has_the_planners_commands():
    assert {c.split()[0] for c in GUIDE_COMMANDS} == {"validate", "run", "projects", "invest", "solve", "risk",
                                                        "quarterly", "brief"}


@pytest.mark.parametrize("cmd", GUIDE_COMMANDS)
def test_each_command_of_the_guide_runs(cmd, tmp_path, monkeypatch, capsys):
    runs_as_written(cmd, tmp_path, monkeypatch, capsys)


def test_the_baseline_figures_are_what_the_model_gives(history):
    p = model.simulate(history, model.load_scenario(ROOT / "scenarios" / "baseline.toml"))
    v = model.evaluate(p).set_index("id")["value"]
    assert f"tăng trưởng bình quân 2021–2030 là {fmt.num(v['grdp_growth_avg'], 'vi', 2)} %/năm" in FLAT
    assert f"GRDP 2030 gấp {fmt.num(v['grdp_multiple'], 'vi', 2)} lần năm 2020" in FLAT
    assert f"GRDP bình quân đầu người {fmt.num(v['grdp_per_capita'], 'vi', 1)} triệu đồng" in FLAT
    assert f"tỷ trọng công nghiệp-xây dựng {fmt.num(v['share_industry_construction'], 'vi', 1)} %" in FLAT



def test_the_worked_example_is_what_the_model_gives(history):
    # services typed as 8,5 (step 2), VinMetal ticked and two years late (step 4)
    from model.projects import ProjectSetting

    sc = (model.load_scenario(ROOT / "scenarios" / "baseline.toml").with_rate("sectors.services.growth", 0.085)
          .with_project("vinmetal_steel", ProjectSetting(on=True, delay=2)))
    v = model.evaluate(model.simulate(history, sc)).set_index("id")["value"]
    assert v["grdp_growth_avg"] < 9
    assert f"tăng trưởng bình quân 2021–2030 lên {fmt.num(v['grdp_growth_avg'], 'vi', 2)} %/năm: vẫn dưới 9 %" in FLAT

    # step 5: the growth target alone, the three sectors free, as the Solve page and `solve` pose it
    r = model.solve(history, sc, ["grdp_growth_avg"])
    assert r.success and r.free == ("agriculture", "industry_construction", "services") and r.method == "constant"
    first = r.paths.iloc[0]
    pct = {s: fmt.num(100 * first[s], "vi", 2) for s in r.free}
    assert (f"công nghiệp-xây dựng phải tăng {pct['industry_construction']} %, dịch vụ {pct['services']} % "
            f"(chạm giới hạn trên theo số liệu), nông-lâm-thủy sản {pct['agriculture']} %") in FLAT
    assert any(n.code == "bound_high" and n.subject == "services" and n.numbers["source"] == "record" for n in r.notes)
    inv = r.investment
    assert inv["beyond"]
    assert (f"bình quân {fmt.num(inv['central'], 'vi', 1)} % GRDP mỗi năm, trong khi năm cao nhất tỉnh từng đạt là "
            f"{fmt.num(inv['record_max'], 'vi', 1)} %") in FLAT


def test_the_guides_limits_are_the_apps():
    assert f"tới {UNDO_DEPTH} bước" in FLAT
    assert f"tối đa {P.MAX_FILE_BYTES // 1024} KB" in FLAT
    n = len(model.evaluate(model.simulate(model.assemble_history(),
                                          model.load_scenario(ROOT / "scenarios" / "baseline.toml"))))
    assert f"({n} chỉ tiêu của Chương trình hành động)" in FLAT


def test_the_readme_points_to_the_guide():
    assert "(docs/huong_dan.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_solve_page_gives_the_guides_example():
    """Steps 2, 4 and 5 followed in the app (through the link that writes them): the paths and the
    investment the guide quotes are on the Solve page."""
    import json

    from streamlit.testing.v1 import AppTest

    from .test_app import APP

    at = AppTest.from_file(APP, default_timeout=90)
    for k, v in {"page": "solve", "g.services": "8.5", "pj.vinmetal_steel": "1:2:1",
                 "sv": json.dumps({"targets": ["grdp_growth_avg"]}, separators=(",", ":"))}.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception
    shown = " ".join(re.sub(r"\s+", " ", x.value) for x in [*at.caption, *at.warning, *at.markdown, *at.info])
    paths = next(tb.value for tb in at.dataframe if "2026" in map(str, tb.value.index))
    cells = " ".join(map(str, paths.loc[paths.index.map(str) == "2026"].to_numpy().ravel()))
    for value in re.search(r"phải tăng (\S+) %, dịch vụ (\S+) % .*?nông-lâm-thủy sản (\S+) %", FLAT).groups():
        assert value in cells, (value, cells)
    invest = re.search(r"bình quân (\S+) % GRDP mỗi năm, trong khi năm cao nhất tỉnh từng đạt là (\S+) %", FLAT)
    assert f"bình quân {invest[1]} % GRDP mỗi năm" in shown and f"tối đa {invest[2]} % GRDP" in shown
