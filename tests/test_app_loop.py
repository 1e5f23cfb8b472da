"""The planner's loop in the app (issue 13): numbers typed the Vietnamese way, a solve request
that is kept, undo, honest titles, saving with one's own titles. AppTest; what only a browser
shows is in tests/test_browser.py."""

import pytest

import model

from .conftest import SCENARIOS
from .test_app import fresh, goto, plain, run, wkey

BASE = model.load_scenario(SCENARIOS / "baseline.toml")
SERVICES = "sectors.services.growth"


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch):
    folder = tmp_path / "ws"
    monkeypatch.setenv("HATINH_WORKSPACE", str(folder))
    return folder


def sidebar_errors(at) -> str:
    return plain(" ".join(e.value for e in at.sidebar.error))


# ---- item 2: the decimal comma ------------------------------------------------------------------
def test_a_rate_typed_with_a_decimal_comma_is_that_rate():
    at = fresh()
    box = at.text_input(key=wkey(at, f"{SERVICES}.c"))
    assert box.value == "7,50"  # shown the Vietnamese way
    box.set_value("8,5")
    run(at)
    assert at.session_state["working"].sectors["services"].growth.constant == 0.085
    assert at.text_input(key=wkey(at, f"{SERVICES}.c")).value == "8,50"
    assert at.query_params["g.services"] == "8.5"
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("9.25")  # the point is read too
    run(at)
    assert at.session_state["working"].sectors["services"].growth.constant == 0.0925


def test_english_boxes_show_the_decimal_point():
    at = fresh(lang="en")
    assert at.text_input(key=wkey(at, f"{SERVICES}.c")).value == "7.50"
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("8,5")
    run(at)
    assert at.session_state["working"].sectors["services"].growth.constant == 0.085


def test_investment_box_reads_the_comma():
    at = fresh(**{"i.services": "15"})
    at.text_input(key=wkey(at, "sectors.services.investment.c")).set_value("40,5")
    run(at)
    assert at.session_state["working"].sectors["services"].investment == model.RatePath.const(0.405)


@pytest.mark.parametrize("text, words", [
    ("abc", "«Dịch vụ — Tăng trưởng thực (%/năm)»: «abc» không phải là số"),
    ("250", "«Dịch vụ — Tăng trưởng thực (%/năm)»: 250 nằm ngoài khoảng chấp nhận -50 đến 100"),
    ("", "chưa có số"),
])
def test_a_bad_number_is_refused_naming_the_field_and_keeps_the_rest(text, words):
    at = fresh()
    at.text_input(key=wkey(at, "sectors.agriculture.growth.c")).set_value("2,5")
    run(at)
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value(text)
    run(at)
    assert words in sidebar_errors(at)
    w = at.session_state["working"]
    assert w.sectors["services"].growth == BASE.sectors["services"].growth  # unchanged
    assert w.sectors["agriculture"].growth.constant == 0.025  # the other setting kept
    assert at.text_input(key=wkey(at, f"{SERVICES}.c")).value == text  # left to correct


def test_an_implausible_rate_is_marked_in_words():
    at = fresh()
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("85")
    run(at)
    assert at.session_state["working"].sectors["services"].growth.constant == 0.85
    marked = [plain(w.value) for w in at.sidebar.warning if "ngoài mức hợp lý" in w.value]
    assert marked and "85 %" in marked[0] and "-10 đến 30 %" in marked[0]


# ---- item 3: the solve request lives in the scenario and the link --------------------------------
def test_the_solve_request_survives_page_switches_and_the_link():
    at = fresh(page="solve")
    for i in ("grdp_multiple", "share_agriculture", "share_services", "share_product_taxes", "grdp_per_capita"):
        at.checkbox(key=wkey(at, f"sv.t.{i}")).uncheck()
        run(at)
    at.radio(key=wkey(at, "sv.method")).set_value("ramp")
    run(at)
    ic_hi = [n for n in at.text_input if n.key.startswith(wkey(at, "sv.b.industry_construction.1."))][0]
    ic_hi.set_value("14,5")
    run(at)
    want = at.session_state["working"].solve
    assert want.targets == ("grdp_growth_avg", "share_industry_construction")
    assert want.method == "ramp" and want.bounds["industry_construction"] == (None, 0.145)
    for page in ("growth", "scorecard", "solve"):
        goto(at, page)
    assert at.session_state["working"].solve == want
    assert not at.checkbox(key=wkey(at, "sv.t.grdp_multiple")).value
    assert at.radio(key=wkey(at, "sv.method")).value == "ramp"
    assert "sv" in at.query_params
    again = fresh(**dict(at.query_params.items()))
    assert again.session_state["working"].solve == want
    assert not again.session_state["notes"]


def test_a_bad_solve_request_in_the_link_is_reported():
    at = fresh(sv='{"targets":["nope"]}', **{"g.services": "9"})
    notes = " ".join(plain(w.value) for w in at.sidebar.warning)
    assert "sv=" in notes and "solve.targets" in notes
    assert at.session_state["working"].sectors["services"].growth.constant == 0.09  # the rest applies
    deep = fresh(sv="[" * 50 + "]" * 50)
    assert "sv=" in " ".join(plain(w.value) for w in deep.sidebar.warning)


def test_a_compromise_is_not_the_primary_action():
    at = fresh(page="solve")  # the seven default targets cannot all hold on the baseline
    button = at.button(key="sv_apply")
    assert "mục tiêu đạt" in button.label and button.proto.type == "secondary"
    for i in ("grdp_multiple", "share_agriculture", "share_services", "share_product_taxes", "grdp_per_capita"):
        at.checkbox(key=wkey(at, f"sv.t.{i}")).uncheck()
        run(at)
    button = at.button(key="sv_apply")
    assert button.label == "Áp dụng lộ trình này vào kịch bản" and button.proto.type == "primary"
