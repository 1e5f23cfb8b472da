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
from ui.common import GUIDES
from ui.state import PAGE_IDS, UNDO_DEPTH

from .conftest import ROOT
from .test_readme import README, blocks, commands, runs_as_written

TEXTS = {lang: (ROOT / "docs" / name).read_text(encoding="utf-8") for lang, name in GUIDES.items()}
FLATS = {lang: re.sub(r"\s+", " ", text) for lang, text in TEXTS.items()}   # the prose as read, whatever its line breaks
GUIDE, FLAT = TEXTS["vi"], FLATS["vi"]
QUOTES = {"vi": r"«(.+?)»", "en": r"“(.+?)”"}   # how each language quotes the app's words
BOLD_WORDS = {"vi": {"không"}, "en": {"not"}}  # bold for emphasis, not for a page
# the sentences that quote the model's figures, as each guide words them
SAID = {
    "vi": {"avg": "tăng trưởng bình quân 2021–2030 là {g} %/năm", "mult": "GRDP 2030 gấp {m} lần năm 2020",
           "pc": "GRDP bình quân đầu người {pc} triệu đồng", "ic": "tỷ trọng công nghiệp-xây dựng {ic} %",
           "example": "tăng trưởng bình quân 2021–2030 lên {g} %/năm: vẫn dưới 9 %",
           "paths": "công nghiệp-xây dựng phải tăng {ic} %, dịch vụ {sv} % (chạm giới hạn trên theo số liệu), "
                    "nông-lâm-thủy sản {ag} %",
           "invest": "bình quân {c} % GRDP mỗi năm, trong khi năm cao nhất tỉnh từng đạt là {mx} %",
           "undo": "tới {n} bước", "kb": "tối đa {kb} KB", "targets": "({n} chỉ tiêu của Chương trình hành động)",
           "pages": "mười hai trang"},
    "en": {"avg": "average growth in 2021–2030 is {g} % a year", "mult": "GRDP in 2030 is {m} times its 2020 level",
           "pc": "GRDP per person is {pc} million VND", "ic": "industry-construction share is {ic} %",
           "example": "average growth in 2021–2030 rises to {g} % a year: still below 9 %",
           "paths": "industry-construction must grow {ic} %, services {sv} % (at the record's upper bound), "
                    "agriculture {ag} %",
           "invest": "total social investment of {c} % of GRDP a year on average, where the most the province has "
                     "ever raised is {mx} %",
           "undo": "up to {n} steps", "kb": "at most {kb} KB", "targets": "({n} targets in the Action programme)",
           "pages": "twelve pages"},
}
LANGS = pytest.mark.parametrize("lang", list(GUIDES))


def said(lang: str, what: str, **numbers) -> bool:
    return SAID[lang][what].format(**numbers) in FLATS[lang]


def _shown(template: str) -> tuple[str, str]:
    """A catalogue entry as the guide may quote it: whole, its placeholders written "…", or the
    words before its first placeholder ("Ghi đè {name}" → "Ghi đè")."""
    whole = re.sub(r"\{[^{}]*\}", "…", template)
    return whole, template.split("{", 1)[0].strip()


@LANGS
def test_the_table_of_pages_is_the_navigation_in_order(lang):
    i = 0 if lang == "vi" else 1
    rows = re.findall(r"^\| \*\*(.+?)\*\* \|", TEXTS[lang], re.M)
    assert rows == [TEXT[f"page_{pid}"][i] for pid in PAGE_IDS]
    assert said(lang, "pages") and len(PAGE_IDS) == 12


@LANGS
def test_every_page_named_in_bold_is_a_page(lang):
    pages = {TEXT[f"page_{pid}"][0 if lang == "vi" else 1] for pid in PAGE_IDS}
    named = set(re.findall(r"\*\*(.+?)\*\*", TEXTS[lang]))
    # bold is for pages, and for the lead words of a step or a point ("Bước 1. …", "Two kinds of prices.")
    assert {n for n in named if not n.endswith(".") and n not in BOLD_WORDS[lang]} <= pages


@LANGS
def test_every_quoted_label_is_the_apps(lang):
    i = 0 if lang == "vi" else 1
    known = set()
    for entry in TEXT.values():
        known.update(_shown(entry[i]))
    known.update(sector_label(s, lang) for s in SECTOR_IDS)
    # the Solve page's targets, named as the page names them
    known.update(model.data.load_solver_targets()["indicator_vi" if lang == "vi" else "indicator_en"])
    quoted = [re.sub(r"\s+", " ", q) for q in re.findall(QUOTES[lang], TEXTS[lang], re.S)]
    assert len(quoted) >= 30
    assert [q for q in quoted if q not in known] == []


def test_the_two_guides_quote_the_same_labels():
    """One guide translated, not two drifting apart: each quotes the same entries of the
    catalogue, in the same order."""
    def entries(lang: str) -> list[str]:
        i = 0 if lang == "vi" else 1
        by_words = {}
        for key, entry in TEXT.items():
            for shown in _shown(entry[i]):
                by_words.setdefault(shown, entry)
        targets = model.data.load_solver_targets()
        by_words.update(zip(targets["indicator_vi" if lang == "vi" else "indicator_en"], targets["id"]))
        return [by_words[re.sub(r"\s+", " ", q)] for q in re.findall(QUOTES[lang], TEXTS[lang], re.S)]

    assert entries("vi") == entries("en")


GUIDE_COMMANDS = [c for lang in GUIDES for c in commands(TEXTS[lang])]


@LANGS
def test_the_guide_has_the_planners_commands(lang):
    assert {c.split()[0] for c in commands(TEXTS[lang])} == {"validate", "run", "projects", "invest", "solve",
                                                             "risk", "quarterly", "brief"}


@pytest.mark.parametrize("cmd", GUIDE_COMMANDS)
def test_each_command_of_the_guides_runs(cmd, tmp_path, monkeypatch, capsys):
    runs_as_written(cmd, tmp_path, monkeypatch, capsys)


@LANGS
def test_the_baseline_figures_are_what_the_model_gives(history, lang):
    p = model.simulate(history, model.load_scenario(ROOT / "scenarios" / "baseline.toml"))
    v = model.evaluate(p).set_index("id")["value"]
    assert said(lang, "avg", g=fmt.num(v["grdp_growth_avg"], lang, 2))
    assert said(lang, "mult", m=fmt.num(v["grdp_multiple"], lang, 2))
    assert said(lang, "pc", pc=fmt.num(v["grdp_per_capita"], lang, 1))
    assert said(lang, "ic", ic=fmt.num(v["share_industry_construction"], lang, 1))
    assert said(lang, "targets", n=len(v))


@LANGS
def test_the_worked_example_is_what_the_model_gives(history, lang):
    # services typed as 8,5 (step 2), VinMetal ticked and two years late (step 4)
    from model.projects import ProjectSetting

    sc = (model.load_scenario(ROOT / "scenarios" / "baseline.toml").with_rate("sectors.services.growth", 0.085)
          .with_project("vinmetal_steel", ProjectSetting(on=True, delay=2)))
    v = model.evaluate(model.simulate(history, sc)).set_index("id")["value"]
    assert v["grdp_growth_avg"] < 9
    assert said(lang, "example", g=fmt.num(v["grdp_growth_avg"], lang, 2))
    # step 5: the growth target alone, the three sectors free, as the Solve page and `solve` pose it
    defaults = model.registry.solver_defaults("nq26_programme")   # ticked at first on the page
    assert len(defaults) == 8 and "grdp_growth_avg" in defaults
    r = model.solve(history, sc, ["grdp_growth_avg"])
    assert r.success and r.free == ("agriculture", "industry_construction", "services") and r.method == "constant"
    first = r.paths.iloc[0]
    assert said(lang, "paths", **{k: fmt.num(100 * first[s], lang, 2)
                                  for k, s in (("ic", "industry_construction"), ("sv", "services"), ("ag", "agriculture"))})
    assert any(n.code == "bound_high" and n.subject == "services" and n.numbers["source"] == "record" for n in r.notes)
    inv = r.investment
    assert inv["beyond"]
    assert said(lang, "invest", c=fmt.num(inv["central"], lang, 1), mx=fmt.num(inv["record_max"], lang, 1))


@LANGS
def test_the_guides_limits_are_the_apps(lang):
    assert said(lang, "undo", n=UNDO_DEPTH)
    assert said(lang, "kb", kb=P.MAX_FILE_BYTES // 1024)


def test_the_readme_points_to_both_guides():
    assert all(f"(docs/{name})" in README for name in GUIDES.values())


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


@LANGS
def test_the_glossary_page_shows_the_guide_when_asked(lang):
    """Shut, the section draws nothing; opened, the guide of the page's language from its first
    section on (its preface's links to files beside it mean nothing on the page). Streamlit reads
    `$…$` in Markdown as mathematics: the guides hold no dollar sign outside code."""
    from streamlit.testing.v1 import AppTest

    from .test_app import APP

    prose = re.sub(r"`[^`]*`", "", re.sub(r"```.*?```", "", TEXTS[lang], flags=re.S))
    assert "$" not in prose
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["page"], at.query_params["lang"] = "glossary", lang
    at.run()
    assert not at.exception
    heading = TEXTS[lang].split("\n## ", 2)[1].split("\n", 1)[0]     # "1. …"
    assert not any(heading in m.value for m in at.markdown)
    at.session_state["open.gl_guide"] = True
    at.run()
    assert not at.exception
    shown = next(m.value for m in at.markdown if heading in m.value)
    assert shown.startswith(f"#### {heading}") and "\n## " not in shown and shown.rstrip().endswith(TEXTS[lang].rstrip()[-40:])
    assert "README.md" not in shown and "test_guide" not in shown


def test_a_guide_not_in_the_folder_is_said_on_the_page(monkeypatch):
    """The app copied without its docs/ folder: the section says which file it looked for."""
    from streamlit.testing.v1 import AppTest

    import ui.common

    from .test_app import APP

    monkeypatch.setitem(ui.common.GUIDES, "vi", "không_có.md")
    assert ui.common.guide_body("vi") is None and ui.common.guide_body("en")
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["page"] = "glossary"
    at.session_state["open.gl_guide"] = True
    at.run()
    assert not at.exception
    assert any(c.value == "Không tìm thấy tệp hướng dẫn docs/không_có.md trong thư mục của ứng dụng." for c in at.caption)


@LANGS
def test_the_windows_commands_are_the_readmes(lang):
    """The guide's PowerShell lines are the README's Quick start for Windows, which the
    developers keep: a planner on Windows (most of a provincial department) is not sent to an
    English file, and the two cannot drift apart."""
    windows = {line for block in blocks("powershell") for line in block.splitlines()}
    lines = [line for block in blocks("powershell", TEXTS[lang]) for line in block.splitlines()]
    assert len(lines) == 3 and set(lines) <= windows
