"""The briefing deck (issue 17): reopened with python-pptx, the expected slides, native charts
whose series hold the projection's numbers, Vietnamese in NFC, a source line on every slide; and,
where LibreOffice is installed (CI installs it), rendered to PDF and pictures with no text
outside its box."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pytest

import model
from model.cli import main
from model.report import deck

from .conftest import SCENARIOS

BASELINE, CONGRESS = str(SCENARIOS / "baseline.toml"), str(SCENARIOS / "congress_2025.toml")


@pytest.fixture(scope="module")
def decks(history):
    from pptx import Presentation

    sc = [model.load_scenario(BASELINE), model.load_scenario(CONGRESS)]
    raw = {lang: deck.build(history, sc, lang=lang, draws=500) for lang in ("vi", "en")}
    return raw, {lang: Presentation(io.BytesIO(b)) for lang, b in raw.items()}


def _texts(slide) -> list[str]:
    out = []
    for sh in slide.shapes:
        if sh.has_text_frame:
            out.append(sh.text_frame.text)
        if sh.has_table:
            out += [c.text for r in sh.table.rows for c in r.cells]
    return out


def test_the_slides(decks):
    _, prs = decks
    titles = [s.shapes[0].text_frame.text for s in prs["en"].slides]
    assert titles[0] == "Baseline (2022–2025 trend)"
    assert titles[1].startswith("The 2030 targets") and titles[-1] == "The scenarios compared (2030)"
    assert any(x.startswith("Real GRDP growth against the target") for x in titles)
    assert len(titles) == 10   # no [solve] table in the baseline file
    assert prs["en"].slide_width / prs["en"].slide_height == pytest.approx(16 / 9, rel=1e-3)


def test_every_slide_has_its_source_line(decks):
    _, prs = decks
    for lang, word in (("vi", "Nguồn: Cục Thống kê Hà Tĩnh"), ("en", "Source: ")):
        for s in prs[lang].slides:
            assert any(x.startswith(word) for x in _texts(s)), lang


def test_the_charts_are_native_and_hold_the_projections_numbers(decks, baseline_projection):
    _, prs = decks
    growth = next(s for s in prs["en"].slides if s.shapes[0].text_frame.text.startswith("Real GRDP growth"))
    chart = next(sh.chart for sh in growth.shapes if sh.has_chart)
    cats = list(chart.plots[0].categories)
    values = list(chart.plots[0].series[0].values)
    # 2026, by hand: the projection's growth in percent
    assert values[cats.index("2026")] == pytest.approx(100 * baseline_projection.growth_real[2026])
    assert list(chart.plots[0].series[1].values)[0] == 9.0
    grdp = next(s for s in prs["en"].slides if s.shapes[0].text_frame.text.startswith("GRDP at current prices"))
    ch = next(sh.chart for sh in grdp.shapes if sh.has_chart)
    assert ch.value_axis.axis_title.text_frame.text == "trillion VND, current prices"
    v = list(ch.plots[0].series[0].values)
    assert v[list(ch.plots[0].categories).index("2030")] == pytest.approx(baseline_projection.grdp_nominal[2030] / 1000)
    n_charts = sum(sh.has_chart for s in prs["vi"].slides for sh in s.shapes)
    assert n_charts >= 6


def test_vietnamese_round_trips_in_nfc(decks):
    _, prs = decks
    for s in prs["vi"].slides:
        for x in _texts(s):
            assert unicodedata.is_normalized("NFC", x)
    title = prs["vi"].slides[0].shapes[0].text_frame.text
    assert title == "Kịch bản cơ sở (xu hướng 2022–2025)"


def test_cli_brief(tmp_path, capsys):
    out = tmp_path / "deck.pptx"
    assert main(["brief", BASELINE, CONGRESS, "-o", str(out), "--lang", "en", "--draws", "200"]) == 0
    assert "scenarios: 2" in capsys.readouterr().out and out.read_bytes()[:2] == b"PK"


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftoppm")),
                    reason="LibreOffice and poppler render the deck (.ci/run installs them)")
def test_libreoffice_renders_the_deck_and_no_text_leaves_its_box(decks, tmp_path):
    raw, prs = decks
    for lang in ("vi", "en"):
        f = tmp_path / f"deck_{lang}.pptx"
        f.write_bytes(raw[lang])
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(f)],
                       check=True, capture_output=True, timeout=240)
        pdf = tmp_path / f"deck_{lang}.pdf"
        subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / f"p_{lang}")], check=True, timeout=120)
        assert len(list(tmp_path.glob(f"p_{lang}-*.png"))) == len(prs[lang].slides)
    # no text outside its box: every shape within the slide, and each text box tall enough for
    # its lines at its size (a line of 14 pt is about 0.23 inch)
    from pptx.util import Emu

    for lang in ("vi", "en"):
        p = prs[lang]
        for s in p.slides:
            for sh in s.shapes:
                assert sh.left >= 0 and sh.top >= 0, sh.name
                assert sh.left + sh.width <= p.slide_width and sh.top + sh.height <= p.slide_height, sh.name
                if sh.has_text_frame and not sh.has_table:
                    chars = max((len(x) for x in sh.text_frame.text.split("\n")), default=0)
                    size = max((r.font.size.pt for para in sh.text_frame.paragraphs for r in para.runs if r.font.size),
                               default=14)
                    per_line = max(1, int(Emu(sh.width).inches * 72 / (0.5 * size)))
                    lines = sum(max(1, -(-len(x) // per_line)) for x in sh.text_frame.text.split("\n"))
                    assert lines * size * 1.25 / 72 <= Emu(sh.height).inches + 0.6 or chars == 0, (sh.name, lang)
