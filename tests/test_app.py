"""Every page of the Streamlit app under AppTest: no exception, values that follow the inputs,
bad input shown without losing the user's settings, settings held in the URL."""

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import ROOT, SCENARIOS

APP = str(ROOT / "app.py")
PAGES = ["scorecard", "growth", "structure", "contributions", "solve", "compare", "export"]


def fresh(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def frame_with(at, column):
    """The first table on the page that has ``column``."""
    for d in at.dataframe:
        if column in d.value.columns:
            return d.value
    raise AssertionError(f"no table with column {column!r}")


def metric(at, i=0):
    return at.metric[i].value


@pytest.fixture(scope="module")
def app():
    return fresh()


def test_default_page_is_the_vietnamese_scorecard(app):
    assert app.session_state["lang"] == "vi" and app.session_state["page"] == "scorecard"
    assert [m.label for m in app.metric][:2] == ["Tăng trưởng BQ 2021–2030", "GRDP 2030 / 2020 (giá hiện hành)"]
    assert metric(app, 0) == "7.37 %"  # baseline average real growth 2021–2030
    df = app.dataframe[0].value
    assert len(df) == 33 and "Chưa mô hình hóa" in set(df["status"])


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(page):
    at = fresh(page=page)
    assert at.session_state["page"] == page
    assert at.header[0].value.startswith({"scorecard": "Tổng quan", "growth": "Tăng trưởng",
                                          "structure": "Cơ cấu", "contributions": "Đóng góp",
                                          "solve": "Giải mục tiêu", "compare": "So sánh",
                                          "export": "Xuất"}[page])


@pytest.mark.parametrize("page", PAGES)
def test_every_page_in_english(page):
    at = fresh(page=page, lang="en")
    assert at.header[0].value.startswith({"scorecard": "Scorecard", "growth": "Growth",
                                          "structure": "Structure", "contributions": "Contributions",
                                          "solve": "Solve", "compare": "Compare", "export": "Export"}[page])


def test_slider_changes_values_and_the_url():
    at = fresh()
    before = metric(at, 0)
    at.slider(key="g_services").set_value(15.0)
    run(at)
    assert metric(at, 0) != before
    assert float(metric(at, 0).split()[0]) > 7.37
    assert at.query_params["g.services"] == "15"
    assert any("Dịch vụ" in m.value and "7.5 % → 15.0 %" in m.value for m in at.sidebar.markdown)


def test_ramp_form():
    at = fresh(page="contributions")
    at.toggle(key="g_ramp_industry_construction").set_value(True)
    run(at)
    at.slider(key="g_end_industry_construction").set_value(5.0)
    run(at)
    assert at.query_params["g.industry_construction"] == "10.7~5"
    table = at.dataframe[0].value
    assert table.loc[2030, "GRDP (%)"] < table.loc[2026, "GRDP (%)"]


def test_url_reproduces_the_view():
    at = fresh(page="structure", lang="en", **{"g.services": "12", "h": "2035", "pi.agriculture": "4"})
    assert at.session_state["g_services"] == 12.0
    assert at.session_state["h"] == 2035 and at.session_state["pi_agriculture"] == 4.0
    assert at.dataframe[0].value.index[-1] == 2035
    assert at.header[0].value.startswith("Structure")


def test_bad_url_parameters_are_reported_and_the_rest_applies():
    at = fresh(**{"g.services": "900", "h": "2035", "g.mining": "3"})
    warn = " ".join(w.value for w in at.sidebar.warning)
    assert "g.services=900" in warn and "g.mining" in warn
    assert at.session_state["h"] == 2035 and at.session_state["g_services"] == 7.5


def test_shipped_scenario_switch():
    at = fresh()
    at.sidebar.selectbox(key="scn").set_value("congress_2025")
    run(at)
    assert at.session_state["g_industry_construction"] == 13.0
    assert at.query_params["scn"] == "congress_2025"


def test_bad_upload_shows_messages_and_keeps_settings():
    at = fresh()
    at.slider(key="g_services").set_value(12.0)
    run(at)
    bad = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8").replace("growth = 0.075", "growth = 9")
    at.sidebar.file_uploader(key="upload").set_value(("mine.toml", bad.encode("utf-8"), "application/toml"))
    run(at)
    err = " ".join(e.value for e in at.sidebar.error)
    assert "sectors.services.growth = 9.0: a rate is a fraction per year (did you mean 0.09?)" in err
    assert at.session_state["g_services"] == 12.0 and at.session_state["scn"] == "baseline"


def test_good_upload_becomes_the_scenario():
    at = fresh()
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8").replace(
        'name = "baseline"', 'name = "mine"').replace("growth = 0.075", "growth = 0.09")
    at.sidebar.file_uploader(key="upload").set_value(("mine.toml", text.encode("utf-8"), "application/toml"))
    run(at)
    assert at.session_state["scn"] == "uploaded" and at.session_state["g_services"] == 9.0
    assert not at.sidebar.error


def test_solve_page_and_apply():
    at = fresh(page="solve")
    assert "Không thể đạt đồng thời" in at.error[0].value  # seven targets conflict under baseline inflation
    at.multiselect(key="sv_targets").set_value(["grdp_growth_avg"])
    run(at)
    assert at.success and not at.error
    result = frame_with(at, "multiplier")
    assert result["met"].all()
    at.button(key="sv_apply").click()
    run(at)
    at.sidebar.radio(key="page").set_value("scorecard")
    run(at)
    assert metric(at, 0).startswith("9.00")  # the applied paths reach exactly the 9 % bound


def test_solve_reports_nothing_chosen():
    at = fresh(page="solve")
    at.multiselect(key="sv_free").set_value([])
    run(at)
    assert at.info[0].value.startswith("Chọn ít nhất")


def test_compare_page_names_scenarios_and_differences():
    at = fresh(page="compare")
    table = frame_with(at, "Kịch bản cơ sở (xu hướng 2022–2025)")
    assert "Kịch bản cơ sở (xu hướng 2022–2025)" in table.columns
    assert any(c.startswith("Δ 2−1: ") for c in table.columns)
    assert any("Công nghiệp-xây dựng — tăng trưởng" in m.value for m in at.markdown)


def test_export_page_offers_every_download():
    at = fresh(page="export")
    keys = {b.key for b in at.get("download_button")}
    assert {"dl_grdp_png", "dl_grdp_svg", "dl_structure_png", "dl_contributions_svg", "dl_xlsx",
            "dl_toml"} <= keys
