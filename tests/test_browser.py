"""The real page in headless Chromium (Debian's package, driven by Playwright), through the
workflow a planner follows: upload a year-by-year scenario, visit every page in both
languages, apply a year-by-year solver result, save two variants to the workspace, compare
them, reload the link in a fresh browser and find the same numbers. Screenshots go to
out/screenshots/ (make screenshots writes the README's pictures in docs/ instead)."""

import io
import os
import re
import shutil

import pytest

from .support import (CHROMIUM, ROOT, chromium_page, goto_page, metric_text, no_exception, settle,
                      shot, sidebar_input, streamlit_server, wait_ready)

if not shutil.which(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)

LAPTOP = (1366, 768)
PAGES = {"vi": ["Tổng quan", "Tăng trưởng", "Cơ cấu", "Đóng góp", "Dự án", "Giải mục tiêu", "So sánh", "Kho kịch bản",
                "Xuất"],
         "en": ["Scorecard", "Growth", "Structure", "Contributions", "Projects", "Solve", "Compare", "Workspace",
                "Export"]}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    ws = tmp_path_factory.mktemp("ws")
    with streamlit_server(env={"HATINH_WORKSPACE": str(ws)}) as url:
        yield url, ws


@pytest.fixture
def by_year(tmp_path):
    text = (ROOT / "scenarios" / "baseline.toml").read_text(encoding="utf-8")
    text = text.replace('name = "baseline"', 'name = "ic_by_year"').replace(
        'title_vi = "Kịch bản cơ sở (xu hướng 2022–2025)"', 'title_vi = "CN-XD từng năm"').replace(
        "growth = 0.067       # organic: 2022–2025 trend 10.7 % less the projects' 4.0 pp",
        "growth = { 2026 = 0.175, 2027 = 0.175, 2028 = 0.11, 2029 = 0.185, 2030 = 0.21 }")
    p = tmp_path / "ic_by_year.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_planner_workflow(server, by_year):
    url, ws = server
    with chromium_page(LAPTOP) as page:
        page.goto(url)
        wait_ready(page)
        assert page.locator('[data-testid="stMetricLabel"]').first.inner_text().strip() == "Tăng trưởng BQ 2021–2030"
        assert metric_text(page, 0) == "7,05 %"
        # Streamlit's own English upload texts are replaced
        dz = page.locator('[data-testid="stFileUploaderDropzone"]')
        assert "200MB" not in dz.inner_text() and dz.locator("button").inner_text().strip() in ("upload", "upload\nChọn tệp", "")
        shot(page, "scorecard_vi")

        # 1. upload a year-by-year scenario: it is saved to the workspace and loaded
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(by_year))
        page.wait_for_url(re.compile(r"scn=ws(%3A|:)ic_by_year"), timeout=60_000)
        wait_ready(page)
        assert (ws / "ic_by_year.toml").is_file()
        box = sidebar_input(page, "Công nghiệp-xây dựng", "2028")
        assert box.input_value() == "11.00"
        shot(page, "year_by_year_vi")

        # 2. every page, Vietnamese then English; the link survives each switch
        for title in PAGES["vi"][1:] + PAGES["vi"][:1]:
            goto_page(page, title)
            assert "scn=ws" in page.url
            if title == "Dự án":
                shot(page, "projects_vi")
        page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
        page.wait_for_url(re.compile(r"lang=en"), timeout=30_000)
        wait_ready(page)
        for title in PAGES["en"][1:]:
            goto_page(page, title)
            assert "lang=en" in page.url and "scn=ws" in page.url

        # 3. the solver's year-by-year paths, applied
        goto_page(page, "Solve")
        main = page.locator('[data-testid="stMain"]')
        main.get_by_text("Year by year", exact=True).click()
        page.wait_for_selector('[data-testid="stMain"] [data-testid="stRadioOption"][data-selected="true"]'
                               ':has-text("Year by year")', timeout=30_000)
        settle(page)
        # what an economist should know is said before the button
        before = main.get_by_text("Before you apply", exact=True)
        assert before.is_visible()
        assert main.get_by_text(re.compile("Product taxes follow their tax base")).first.is_visible()
        assert main.get_by_text("Trade-off: growth against the GRDP multiple").is_visible()
        shot(page, "solve_en")
        main.get_by_role("button", name="Apply these paths to the scenario").click()
        page.wait_for_url(re.compile(r"g\.services=2026(%3A|:)"), timeout=60_000)
        wait_ready(page)
        no_exception(page)
        for title in ("Growth", "Scorecard"):
            goto_page(page, title)
        solved_headline = metric_text(page, 0)

        # 4. two variants in the workspace
        goto_page(page, "Workspace")
        page.get_by_label("File name (letters, digits, _ or -)").fill("variant_a")
        page.get_by_role("button", name="Save to the workspace").click()
        page.wait_for_url(re.compile(r"scn=ws(%3A|:)variant_a"), timeout=60_000)
        wait_ready(page)
        pop = sidebar_input(page, "Population growth (%/yr)", "Population growth (%/yr)")
        pop.fill("1.2")
        pop.press("Enter")
        page.wait_for_url(re.compile(r"pop=1\.2"), timeout=60_000)
        wait_ready(page)
        page.get_by_label("File name (letters, digits, _ or -)").fill("variant_b")
        page.get_by_role("button", name="Save to the workspace").click()
        page.wait_for_url(re.compile(r"scn=ws(%3A|:)variant_b"), timeout=60_000)
        wait_ready(page)
        assert {p.stem for p in ws.glob("*.toml")} >= {"ic_by_year", "variant_a", "variant_b"}
        shot(page, "workspace_en")

        # 5. compare the two variants
        goto_page(page, "Compare")
        for name in ("variant_a", "variant_b"):
            main.locator('[data-testid="stCheckbox"]').filter(has_text=name).first.click()
            settle(page)
        no_exception(page)
        legend = main.get_by_text(re.compile("Column keys:")).inner_text()
        assert "variant_a" in legend and "variant_b" in legend
        # what the changes did to each 2030 outcome, in numbers (variant_a against the current, variant_b)
        main.locator('[data-testid="stExpander"] summary').filter(has_text="variant_a").first.click()
        settle(page)
        panel = main.locator('[data-testid="stExpander"]').filter(has_text="variant_a").first
        assert panel.get_by_text("Why they differ: the 2030 difference, split").first.is_visible()
        assert panel.get_by_text("Total difference", exact=True).first.is_visible()
        shot(page, "compare_en")

        # 6. the link, reopened in a fresh browser, shows the same numbers
        goto_page(page, "Scorecard")
        headline = metric_text(page, 0)
        link = page.url
    with chromium_page(LAPTOP) as fresh:
        fresh.goto(link)
        wait_ready(fresh)
        no_exception(fresh)
        assert metric_text(fresh, 0) == headline
        assert fresh.locator('[data-testid="stMetricLabel"]').first.inner_text().strip() == "Average growth 2021–2030"
    assert solved_headline


def test_png_download(server, tmp_path):
    url, _ = server
    with chromium_page(LAPTOP) as page:
        page.goto(f"{url}/export")
        wait_ready(page)
        with page.expect_download(timeout=60_000) as dl:
            page.get_by_role("button", name="PNG").first.click()
        path = tmp_path / "chart.png"
        dl.value.save_as(path)
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        from matplotlib.image import imread

        img = imread(io.BytesIO(data), format="png")
        assert img.shape[0] > 300 and img.shape[1] > 600


def test_old_style_link_opens_its_page(server):
    url, _ = server
    with chromium_page(LAPTOP) as page:
        page.goto(f"{url}/?page=structure&lang=en&g.services=12")
        wait_ready(page)
        heading = page.locator('[data-testid="stMain"] h2').first.inner_text()
        assert heading.startswith("Structure: Baseline (2022–2025 trend)")
        assert "g.services=12" in page.url
