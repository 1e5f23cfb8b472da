"""The planner's loop in the app (issue 13): numbers typed the Vietnamese way, a solve request
that is kept, undo, honest titles, saving with one's own titles. AppTest; what only a browser
shows is in tests/test_browser.py."""

import hashlib
import os
from dataclasses import replace

import pytest
import streamlit as st

import model
from model.scenario.checks import BIDI_RE

from .tables import tables
from .conftest import SCENARIOS
from .test_app import fresh, goto, plain, run, upload, wkey

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
    # a space inside groups thousands, in threes: "8 5" was read as 85 % (and marked implausible)
    ("8 5", "«Dịch vụ — Tăng trưởng thực (%/năm)»: «8 5» có dấu phân cách hàng nghìn sai chỗ"),
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


def test_a_path_s_years_are_marked_below_their_boxes_in_one_warning():
    """A year-by-year path's boxes sit three to a row, a third of the sidebar: a warning drawn
    in each box's column set its sentence a word to a line (3,600 px of sidebar for five years).
    The years outside the plausible range are named in one warning under the boxes, each with
    its value; a year's typing error is said there too, naming the year; the constant box's
    warning stays under it."""
    at = fresh(**{"g.services": "2026:-12.5,2029:-10.5"})
    marked = [plain(w.value) for w in at.sidebar.warning if "ngoài mức hợp lý" in w.value]
    assert marked == ["«Dịch vụ — Tăng trưởng thực (%/năm)» ngoài mức hợp lý theo số liệu lịch sử (-10 đến 30 %) "
                      "năm 2026 (-12,5\u00a0%), 2027 (-11,83\u00a0%), 2028 (-11,17\u00a0%), 2029 (-10,5\u00a0%), "
                      "2030 (-10,5\u00a0%). Giá trị vẫn được dùng; hãy kiểm tra lại đây có phải là giả định bạn muốn không."]
    assert at.sidebar.columns and all(not list(c.warning) for c in at.sidebar.columns)   # none in a column
    at.text_input(key=wkey(at, f"{SERVICES}.p2027")).set_value("abc")
    run(at)
    assert "«Dịch vụ — Tăng trưởng thực (%/năm) 2027»: «abc» không phải là số" in sidebar_errors(at)
    assert all(not list(c.error) and not list(c.warning) for c in at.sidebar.columns)
    en = fresh(lang="en", **{"g.services": "2026:40,2028:35,2030:9"})
    marked = [plain(w.value) for w in en.sidebar.warning if "plausible" in w.value]
    assert len(marked) == 1 and "(-10 to 30 %) in 2026 (40\u00a0%), 2027 (37.5\u00a0%), 2028 (35\u00a0%). It is used" in marked[0]
    ramp = fresh(lang="en", **{"g.services": "2026:40,2030:9"})   # a ramp's two boxes: the same, below them
    marked = [plain(w.value) for w in ramp.sidebar.warning if "plausible" in w.value]
    assert len(marked) == 1 and "in 2026 (40\u00a0%). It is used" in marked[0]
    one = fresh(**{"g.services": "40"})       # a constant: its warning under its box, as before
    assert any("«Dịch vụ — Tăng trưởng thực (%/năm)» = 40 %" in plain(w.value) for w in one.sidebar.warning)


# ---- item 3: the solve request lives in the scenario and the link --------------------------------
def test_the_solve_request_survives_page_switches_and_the_link():
    at = fresh(page="solve")
    for i in ("grdp_multiple", "share_agriculture", "share_services", "share_product_taxes", "grdp_per_capita",
              "investment_share"):
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


def test_a_request_ticked_away_and_back_is_the_loaded_request_again():
    """A target or a free sector ticked off and on again left an explicit list equal to the set's
    defaults: the scenario read "(đã chỉnh)" and the link carried sv=… for nothing changed. A
    file's own [solve] lists stay as the file has them."""
    at = fresh(page="solve")
    for key in ("sv.t.grdp_multiple", "sv.f.services"):
        for _ in range(2):
            box = at.checkbox(key=wkey(at, key))
            box.set_value(not box.value)
            run(at)
    assert at.session_state["working"].solve is None
    assert at.session_state["working"] == at.session_state["base"] and "sv" not in at.query_params
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + (
        '\n[solve]\ntargets = ["grdp_growth_avg", "grdp_multiple", "share_agriculture", "share_industry_construction", '
        '"share_services", "share_product_taxes", "grdp_per_capita", "investment_share"]\nfree = ["services", "agriculture", '
        '"industry_construction"]\n')
    own = goto(upload(fresh(), text), "solve")
    loaded = own.session_state["base"].solve
    assert loaded.free == ("services", "agriculture", "industry_construction")
    for key in ("sv.t.grdp_multiple", "sv.f.services"):
        for _ in range(2):
            box = own.checkbox(key=wkey(own, key))
            box.set_value(not box.value)
            run(own)
    assert own.session_state["working"].solve == loaded


@pytest.mark.parametrize("lang, kind, ids, said", [
    ("vi", "t", None, "Bộ giải cần ít nhất một mục tiêu: mục tiêu cuối cùng vẫn được chọn. Hãy chọn mục tiêu khác trước, "
                      "rồi bỏ chọn mục tiêu này."),
    ("en", "f", ("agriculture", "industry_construction", "services"),
     "The solver needs at least one sector it may move: the last one stays ticked. Tick another first, then untick "
     "this one.")])
def test_the_last_target_or_sector_unticked_stays_ticked_and_says_why(lang, kind, ids, said):
    """Every target (or every free sector) unticked made a request with an empty list, which a
    scenario file may not hold ("name at least one, or leave the key out"): the page stopped
    with that English message as a traceback. The last tick stays, the page says why and what
    to do, and nothing else changes (undo has nothing new to take back)."""
    at = fresh(page="solve", lang=lang)
    ticked = [b.key.split(".", 1)[1] for b in at.checkbox if b.key and f".sv.{kind}." in b.key and b.value]
    ticked = [k for k in ticked if ids is None or k.rsplit(".", 1)[1] in ids]
    for k in ticked[:-1]:
        at.checkbox(key=wkey(at, k)).uncheck()
        run(at)
    before = at.session_state["working"], len(at.session_state["undo_stack"])
    at.checkbox(key=wkey(at, ticked[-1])).uncheck()
    run(at)
    assert [plain(e.value) for e in at.error].count(said) == 1
    assert at.checkbox(key=wkey(at, ticked[-1])).value   # drawn ticked again
    assert (at.session_state["working"], len(at.session_state["undo_stack"])) == before
    picked = at.session_state["working"].solve.targets if kind == "t" else at.session_state["working"].solve.free
    assert picked == (ticked[-1].rsplit(".", 1)[1],)
    run(at)   # said once
    assert said not in [plain(e.value) for e in at.error]


def test_a_bad_solve_request_in_the_link_is_reported():
    at = fresh(sv='{"targets":["nope"]}', **{"g.services": "9"})
    notes = " ".join(plain(w.value) for w in at.sidebar.warning)
    assert "sv=" in notes and "solve.targets" in notes
    assert at.session_state["working"].sectors["services"].growth.constant == 0.09  # the rest applies
    deep = fresh(sv="[" * 50 + "]" * 50)
    assert "sv=" in " ".join(plain(w.value) for w in deep.sidebar.warning)


def test_a_compromise_is_not_the_primary_action():
    at = fresh(page="solve")  # the default targets cannot all hold on the baseline
    button = at.button(key="sv_apply")
    assert "mục tiêu đạt" in button.label and button.proto.type == "secondary"
    for i in ("grdp_multiple", "share_agriculture", "share_services", "share_product_taxes", "grdp_per_capita",
              "investment_share"):
        at.checkbox(key=wkey(at, f"sv.t.{i}")).uncheck()
        run(at)
    button = at.button(key="sv_apply")
    assert button.label == "Áp dụng lộ trình này vào kịch bản" and button.proto.type == "primary"


def test_paths_that_meet_every_target_but_are_not_shown_closest_are_a_caution(monkeypatch):
    # Status 2: every target holds, but neither optimiser showed the paths to be the closest
    # (made so here: the optimisers' verdict on two targets that hold is overruled). No red box,
    # no conflicts and no "compromise" on the button; a caution that says what to try, and the
    # apply button not the primary action.
    from model.solver import api

    run_once = api._run

    def stalled(prob, diagnose):
        theta, slack, status, conflicts, nit, res, lam, binding = run_once(prob, diagnose)
        res.message = "stalled"
        return theta, slack, 2 if status == 0 else status, conflicts, nit, res, lam, binding

    monkeypatch.setattr(api, "_run", stalled)
    # The page keeps each solve per request in this process (st.cache_resource): the test above
    # solved this one unpatched, and no test after this one may get the stalled result.
    st.cache_resource.clear()
    try:
        at = fresh(lang="en", page="solve")
        for i in ("grdp_multiple", "share_agriculture", "share_services", "share_product_taxes", "grdp_per_capita",
                  "investment_share"):   # two targets the baseline's paths can meet, as in the test above
            at.checkbox(key=wkey(at, f"sv.t.{i}")).uncheck()
            run(at)
    finally:
        st.cache_resource.clear()
    assert not at.error, [e.value for e in at.error]
    said = " ".join(plain(w.value) for w in at.warning)
    assert "The targets hold on these paths, but the optimiser stopped without converging" in said
    assert "Try another path form or wider growth bounds" in said
    assert not at.success
    button = at.button(key="sv_apply")
    assert button.label == "Apply these paths to the scenario" and button.proto.type == "secondary"


# ---- item 4: undo -----------------------------------------------------------------------------------
def test_undo_takes_back_an_apply_a_load_and_an_edit():
    at = fresh(page="solve")
    assert at.button(key="undo").disabled
    at.button(key="sv_apply").click()
    run(at)
    applied = at.session_state["working"]
    assert applied != BASE
    assert at.button(key="undo").label == "Hoàn tác: áp dụng lộ trình"
    at.button(key="undo").click()
    run(at)
    assert at.session_state["working"] == BASE
    assert "g.services" not in at.query_params
    # an edit, then a load of another scenario: undone one at a time
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("9")
    run(at)
    at.selectbox(key=wkey(at, "scn")).set_value("provincial_plan")
    run(at)
    assert at.session_state["base_ref"] == "provincial_plan"
    at.button(key="undo").click()
    run(at)
    assert at.session_state["base_ref"] == "baseline"
    assert at.session_state["working"].sectors["services"].growth.constant == 0.09
    assert at.text_input(key=wkey(at, f"{SERVICES}.c")).value == "9,00"  # the box shows it again
    at.button(key="undo").click()
    run(at)
    assert at.session_state["working"] == BASE


def test_undo_takes_back_an_applied_investment_path():
    at = fresh(page="projects")
    at.button(key="inv_apply").click()
    run(at)
    assert at.session_state["working"] != BASE
    at.button(key="undo").click()
    run(at)
    assert at.session_state["working"] == BASE


# ---- items 5 and 6: a changed scenario says so, once; saving asks for the planner's words -----
def test_a_changed_scenario_is_marked_everywhere_it_is_named():
    at = fresh()
    assert plain(at.header[0].value) == "Tổng quan: Kịch bản cơ sở (xu hướng 2022–2025)"
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("9")
    run(at)
    assert plain(at.header[0].value) == "Tổng quan: Kịch bản cơ sở (xu hướng 2022–2025) (đã chỉnh)"
    assert any("(đã chỉnh)" in plain(c.value) for c in at.caption)  # the source line under charts
    shown = at.session_state["working"]
    from ui import codec

    out = codec.custom(shown, BASE)
    assert out.title_vi.endswith(" (đã chỉnh)") and out.title_en == "Baseline (2022–2025 trend) (adjusted)"
    assert codec.custom(out, out) == out  # unchanged: no mark added
    again = codec.custom(out.with_rate(SERVICES, model.RatePath.const(0.1)), out)
    assert again.title_vi.count("(đã chỉnh)") == 1 and again.title_en.count("(adjusted)") == 1
    assert codec.custom(shown, shown).title_vi == BASE.title_vi


def test_the_export_pages_workbook_names_a_changed_scenario_as_its_files_do(monkeypatch):
    """The workbook's About sheet gave a changed baseline as "baseline", "Kịch bản cơ sở (xu hướng
    2022–2025)" beside its own file name baseline_custom.xlsx, the deck and the TOML, which say
    "(đã chỉnh)": the page built the tables from the working scenario, not the one named."""
    from model.report import workbook

    built = []
    real = workbook.build

    def spy(working, base, *a, **kw):
        built.append(working)
        return real(working, base, *a, **kw)

    monkeypatch.setattr(workbook, "build", spy)
    at = fresh()
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("9,25")
    run(at)
    goto(at, "export")
    assert built, "the workbook was not built"
    named = built[-1]
    assert named.name == "baseline_custom" and named.title_vi == "Kịch bản cơ sở (xu hướng 2022–2025) (đã chỉnh)"
    assert named.rate(SERVICES).values([2030])[0] == pytest.approx(0.0925)
    rows = dict(workbook.metadata_sheet(named, "vi", "0.1.0", "2026-03").frame.values.tolist())
    assert rows["Kịch bản"] == "baseline_custom" and rows["Tên"].endswith("(đã chỉnh)")


def test_saving_twice_asks_for_own_titles_and_never_doubles_the_mark(workspace):
    from .test_app import ws_box

    at = fresh(page="workspace")
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("9")
    run(at)
    assert ws_box(at, "title_en").value == "Baseline (2022–2025 trend) (adjusted)"
    assert ws_box(at, "description").value == "" and ws_box(at, "description_en").value == ""
    # the changes stand greyed in the empty boxes: what an empty box saves
    assert ws_box(at, "description").placeholder == "Từ «Kịch bản cơ sở (xu hướng 2022–2025)»:\n" \
        "- Dịch vụ — tăng trưởng: 7,5 % → 9,0 %"
    assert ws_box(at, "description_en").placeholder == "From “Baseline (2022–2025 trend)”:\n- Services — growth: 7.5 % → 9.0 %"
    ws_box(at, "name").input("plan_a")
    ws_box(at, "title_vi").input("Dịch vụ 9 %")
    ws_box(at, "title_en").input("Services at 9 %")
    ws_box(at, "description").input("Dịch vụ tăng 9 %/năm.")
    ws_box(at, "description_en").input("Services grow 9 % a year.")
    at.get("form_submit_button")[0].click()
    run(at)
    saved = model.load_scenario(workspace / "plan_a.toml")
    assert (saved.title_vi, saved.title_en) == ("Dịch vụ 9 %", "Services at 9 %")
    assert (saved.description, saved.description_en) == ("Dịch vụ tăng 9 %/năm.", "Services grow 9 % a year.")
    # the second save of a further change: marked once, from the planner's own title
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("10")
    run(at)
    assert ws_box(at, "title_en").value == "Services at 9 % (adjusted)"
    ws_box(at, "name").input("plan_b")
    at.get("form_submit_button")[0].click()
    run(at)
    b = model.load_scenario(workspace / "plan_b.toml")
    assert b.title_en == "Services at 9 % (adjusted)" and b.title_vi == "Dịch vụ 9 % (đã chỉnh)"
    # descriptions left empty: the file says what the variant is, from the scenario it was made from
    assert b.description == "Từ «Dịch vụ 9 %»:\n- Dịch vụ — tăng trưởng: 9,0 % → 10,0 %"
    assert b.description_en == "From “Services at 9 %”:\n- Services — growth: 9.0 % → 10.0 %"
    # and the list shows what the chosen file says it is, line by line, as text
    assert at.selectbox(key="ws_pick").value == "plan_b"
    said = [plain(x.value) for x in at.caption if "Từ «" in x.value]
    assert said == ["Từ «Dịch vụ 9 %»:  \n- Dịch vụ — tăng trưởng: 9,0 % → 10,0 %"]


def test_saving_without_a_title_is_refused_in_words(workspace):
    from .test_app import ws_box

    at = fresh(page="workspace")
    ws_box(at, "name").input("plan_a")
    ws_box(at, "title_vi").input("\u200b ")
    at.get("form_submit_button")[0].click()
    run(at)
    err = plain(at.error[0].value)
    assert "title_vi" in err and "trống" in err and not (workspace / "plan_a.toml").exists()


def test_a_title_that_would_show_reordered_is_refused_in_words(workspace):
    """A title pasted with a hidden right-to-left override ("Đạt <U+202E>%01" shows "Đạt 10%")
    is refused at the save, naming the field and the fix, and nothing is written; the other
    boxes keep what was typed."""
    from .test_app import ws_box

    at = fresh(page="workspace")
    ws_box(at, "name").input("plan_a")
    ws_box(at, "title_vi").input("Đạt \u202e%01")
    ws_box(at, "title_en").input("Met")
    at.get("form_submit_button")[0].click()
    run(at)
    err = plain(at.error[0].value)
    assert "meta.title_vi" in err and "điều khiển hướng chữ" in err and "xóa ký tự đó" in err, err
    assert not (workspace / "plan_a.toml").exists()
    assert ws_box(at, "name").value == "plan_a" and ws_box(at, "title_en").value == "Met"


def test_an_uploaded_file_whose_name_turns_text_around_is_named_plainly(workspace):
    """The name of an uploaded file is the browser's, not validated: "a<U+202E>lmot.toml" put a
    right-to-left override at the head of its error line, and the rest of the line ("…: không
    phải TOML hợp lệ …") was shown backwards. The name is shown without its hidden direction
    controls, written as a character or as an HTML entity."""
    from .test_app import upload

    for name in ("a\u202elmot.toml", "a&#x202e;lmot.toml", "a\u2067lmot.toml"):
        at = fresh()
        upload(at, "nope = [", name)
        err = " ".join(e.value for e in at.sidebar.error)
        assert not BIDI_RE.search(err), repr(err)
        assert "almot.toml: không phải TOML hợp lệ (dòng 1, cột 9)" in plain(err), err
        assert at.session_state["base_ref"] == "baseline"


# ---- item 14 in the app: no silent cut, no 41st project ---------------------------------------------
def test_an_upload_over_the_limit_is_refused_whole(workspace):
    from .test_app import upload

    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8").replace('name = "baseline"', 'name = "big"')
    text += "# " + "ệ" * 90_000 + "\n[solve]\ntargets = [\"grdp_growth_avg\"]\n"
    at = fresh()
    upload(at, text, "big.toml")
    err = sidebar_errors(at)
    assert "262144" in err and "big.toml" in err
    assert not (workspace / "big.toml").exists() and at.session_state["base_ref"] == "baseline"


def test_a_forty_first_project_is_refused_in_words(workspace):
    from .test_app import upload

    own = "".join(f'\n[projects.own{k}]\nname_vi = "Dự án {k}"\nsector = "services"\nfirst_year = 2028\nva = 10.0\n'
                  for k in range(40 - len(BASE.projects)))
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8").replace('name = "baseline"', 'name = "forty"') + own
    assert len(model.parse_scenario(text).projects) == 40
    at = fresh()
    upload(at, text, "forty.toml")
    goto(at, "projects")
    at.checkbox(key=wkey(at, "pj.lng_vung_ang_3.on")).check()
    run(at)
    assert any("40" in plain(e.value) for e in at.error)
    assert "lng_vung_ang_3" not in at.session_state["working"].projects
    goto(at, "scorecard")  # every page still works


# ---- item 8: the Compare page's reference, chosen, and the selection in the link ---------------------
def test_compare_reference_is_chosen_and_kept_in_the_link():
    at = fresh(page="compare", **{"pj.lng_vung_ang_3": "1"})
    at.multiselect(key=wkey(at, "cmp.pick")).select("provincial_plan")
    run(at)
    at.selectbox(key=wkey(at, "cmp.ref")).set_value("baseline")
    run(at)
    assert at.query_params["cmp"] == "current,baseline,provincial_plan" and at.query_params["cmpref"] == "baseline"
    legend = plain(" ".join(c.value for c in at.caption if "A =" in c.value))
    assert legend.startswith("Column keys") is False and "A = Kịch bản cơ sở" in legend
    tbl = at.dataframe[0].value
    assert list(tbl.columns) == ["Mục tiêu", "A", "B", "C", "Δ B−A", "Δ C−A"]
    # the LNG effect between the plan with it and the baseline, in the 2030 table
    assert tbl.loc["Tăng trưởng bình quân 2021–2030 (%/năm)", "Δ B−A"].startswith("+")
    again = fresh(**dict(at.query_params.items()))
    goto(again, "compare")
    assert again.query_params["cmpref"] == "baseline"
    assert list(again.dataframe[0].value.columns) == list(tbl.columns)
    # the set the 2030 table judges by: kept through a page switch (Streamlit dropped the
    # widget's own key on the first switch) and in the link
    at.selectbox(key=wkey(at, "cmp.set")).set_value("plan_2026_2030").run()
    assert at.query_params["cmpts"] == "plan_2026_2030"
    plan = at.dataframe[0].value
    assert list(plan.index) != list(tbl.index)
    goto(at, "growth")
    goto(at, "compare")
    assert at.selectbox(key=wkey(at, "cmp.set")).value == "plan_2026_2030" and at.dataframe[0].value.equals(plan)
    again = fresh(page="compare", **dict(at.query_params.items()))
    assert again.dataframe[0].value.equals(plan)
    for lang, word in (("vi", "không có bộ mục tiêu này để so sánh"), ("en", "no such target set to compare with")):
        bad = fresh(page="compare", lang=lang, cmpts="nope")
        assert any("cmpts=nope" in w.value and word in w.value for w in bad.warning)


def test_compare_takes_as_many_scenarios_as_its_charts_have_colours(workspace):
    """A workspace of ten variants, every one picked: the ninth line took the first one's colour
    and A and I could not be told apart. At eight a ninth is not taken (said why, in the
    reader's language: Streamlit's own limit says so in English); a link asking for more
    compares its first eight and says so."""
    from model.report.charts import MAX_COMPARED, SCENARIO_COLOURS

    ws = model.Workspace(workspace)
    for i in range(10):
        ws.save(replace(BASE, name=f"pa_{i}", title_vi=f"Phương án {i}", title_en=f"Option {i}"), name=f"pa_{i}")
    at = fresh(page="compare", lang="en")
    refs = [f"ws:pa_{i}" for i in range(10)]
    for ref in refs[:MAX_COMPARED - 2]:   # with the two picked at first, eight
        at.multiselect(key=wkey(at, "cmp.pick")).select(ref)
        run(at)
    full = "At most 8 scenarios compared at once (one colour each on the charts): remove one from the box (its ×)"
    assert len(at.multiselect(key=wkey(at, "cmp.pick")).value) == MAX_COMPARED == len(SCENARIO_COLOURS)
    assert any(full in plain(c.value) for c in at.caption)
    assert list(at.dataframe[0].value.columns)[1:9] == list("ABCDEFGH")
    # a ninth: not taken, and said why; the eight and the link as they were
    at.multiselect(key=wkey(at, "cmp.pick")).select(refs[-1])
    run(at)
    assert at.multiselect(key=wkey(at, "cmp.pick")).value == ["baseline", "provincial_plan", *refs[:MAX_COMPARED - 2]]
    assert at.query_params["cmp"] == ",".join(["baseline", "provincial_plan", *refs[:MAX_COMPARED - 2]])
    assert any(full in plain(c.value) for c in at.caption)
    # one removed, room again: no word of a limit
    at.multiselect(key=wkey(at, "cmp.pick")).unselect(refs[0])
    run(at)
    assert len(at.multiselect(key=wkey(at, "cmp.pick")).value) == MAX_COMPARED - 1
    assert not any(full in plain(c.value) for c in at.caption)
    link = fresh(page="compare", lang="en", cmp=",".join(["baseline", *refs]))
    assert any("The link picks 11 scenarios; only the first 8 are compared" in plain(w.value) for w in link.warning)
    assert [c for c in link.dataframe[0].value.columns if len(c) == 1] == list("ABCDEFGH")
    assert link.query_params["cmp"] == ",".join(["baseline", *refs[:7]])
    # a scenario named twice by a hand-written link is one scenario, compared once
    twice = fresh(page="compare", lang="en", cmp=",".join(["baseline"] * 9 + ["congress_2025"]))
    # (no word of the link; the Congress aim's investment beyond the record is warned of, as always)
    assert not [w for w in twice.warning if "link" in plain(w.value)]
    assert [c for c in twice.dataframe[0].value.columns if len(c) == 1] == ["A", "B"]


def test_compare_draws_one_picker_however_many_scenarios_the_workspace_holds(workspace):
    """A department's workspace fills over a year (up to 500 files). The Compare page drew a
    tick box for every scenario: with 500 saved it was 7,000 elements, a switch to it took about
    a second in Chromium, and the comparison sat below 250 rows of boxes. Now one box to pick
    from: the page draws as many elements with sixty saved as with none, and every one can be
    picked."""
    def elements(node) -> int:
        return 1 + sum(elements(c) for c in getattr(node, "children", {}).values())

    empty = fresh(page="compare", lang="en")
    ws = model.Workspace(workspace)
    for i in range(60):
        ws.save(replace(BASE, name=f"pa_{i:02d}", title_vi=f"Phương án {i}", title_en=f"Option {i}"), name=f"pa_{i:02d}")
    at = fresh(page="compare", lang="en")
    assert not at.checkbox and elements(at.main) == elements(empty.main)
    box = at.multiselect(key=wkey(at, "cmp.pick"))
    assert len(box.options) == len(empty.multiselect(key=wkey(empty, "cmp.pick")).options) + 60
    assert "pa_59 · Option 59" in box.options and box.placeholder == "Pick or type a scenario's name"
    box.select("ws:pa_59")
    run(at)
    assert at.query_params["cmp"] == "baseline,provincial_plan,ws:pa_59"
    assert list(at.dataframe[0].value.columns)[1:4] == list("ABC")


@pytest.mark.parametrize("lang, opened, changed", [
    ("en", "Open now: 20th Congress aim (≥10 %/yr, doubled by 2030)",
     "Open now: 20th Congress aim (≥10 %/yr, doubled by 2030) (adjusted)"),
    ("vi", "Đang mở: Mục tiêu Đại hội XX (≥10 %/năm, gấp đôi năm 2025)",
     "Đang mở: Mục tiêu Đại hội XX (≥10 %/năm, gấp đôi năm 2025) (đã chỉnh)")])
def test_compare_names_the_scenario_on_screen_by_its_title_marked_only_once_changed(lang, opened, changed):
    """The entry for the scenario on screen read "Current (edited) scenario" for a file opened and
    left as it was; it now carries its title, "(adjusted)" once an assumption changed, and the
    deck and legend built from it say the same."""
    at = fresh(page="compare", lang=lang, scn="congress_2025", cmp="current,baseline")
    box = at.multiselect(key=wkey(at, "cmp.pick"))
    assert box.value == ["current", "baseline"] and box.values[0] == opened == box.options[0]
    legend = plain(" ".join(c.value for c in at.caption if "A =" in c.value))
    assert f"A = {opened}" in legend
    moved = fresh(page="compare", lang=lang, scn="congress_2025", cmp="current,baseline", **{"g.services": "5"})
    assert moved.multiselect(key=wkey(moved, "cmp.pick")).options[0] == changed
    assert f"A = {changed}" in plain(" ".join(c.value for c in moved.caption if "A =" in c.value))


def test_a_link_naming_scenarios_this_machine_lacks_says_so():
    """A planner sends a link comparing ws:ke_hoach_a, saved in her workspace; the colleague who
    opens it has no such file. The comparison went on with the rest, without a word. Now the page
    names what is missing and how to get it; a link's quarter year the scenario lacks, likewise."""
    at = fresh(page="compare", lang="en", cmp="baseline,ws:ke_hoach_a,provincial_plan")
    said = plain(" ".join(w.value for w in at.warning))
    assert "The link names scenarios this workspace does not hold: ws:ke_hoach_a (saved on another" in said, said
    assert "ask the sender for the .toml file" in said
    assert list(at.dataframe[0].value.columns)[1:3] == ["A", "B"]   # the two it has, compared
    vi = fresh(page="compare", cmp="baseline,congress_2025")
    assert not any("kho kịch bản này" in w.value for w in vi.warning)
    # the scenario itself, from another machine's workspace: the baseline with the link's changes, said so
    s = fresh(lang="en", scn="ws:ke_hoach_a", **{"g.services": "9"})
    said = plain(" ".join(w.value for w in s.sidebar.warning))
    assert ("scn=ws:ke_hoach_a: this workspace does not hold that scenario (saved on another machine, perhaps); "
            "using the baseline, with the link's changes. Ask the sender for the .toml file") in said, said
    assert plain(" ".join(w.value for w in fresh(scn="nope").sidebar.warning)).count(
        "scn=nope: không có kịch bản này (có sẵn hoặc trong kho); dùng kịch bản cơ sở") == 1
    q = fresh(page="quarterly", lang="en", qy="2040")
    assert any("The link's year (qy=2040) is not one of this scenario's (2021–2030): showing 2026." in plain(c.value)
               for c in q.caption)
    assert q.selectbox(key=wkey(q, "qt.year")).value == 2026
    arabic = fresh(page="quarterly", lang="en", qy="٢٠٢٧")   # Arabic-Indic digits: said, not read as 2027
    assert arabic.selectbox(key=wkey(arabic, "qt.year")).value == 2026
    assert any("is not one of this scenario's" in plain(c.value) for c in arabic.caption)


# ---- item 7: the answer where the what-if is asked --------------------------------------------------
def test_projects_page_answers_on_the_spot_and_shows_running_plants_as_running():
    at = fresh(page="projects")
    assert at.metric[0].label == "Tăng trưởng BQ 2021–2030" and at.metric[0].value == "7,17 % ✗"
    assert any("Không khác" in c.value for c in at.caption)
    ticks = {c.key for c in at.checkbox if c.key}
    for running in ("vung_ang_1", "formosa_1", "vines_packs"):
        assert wkey(at, f"pj.{running}.on") not in ticks
    # VinES-Gotion reached capacity in 2025 itself: "by 2025", not "before"
    assert any("Đã đạt hết công suất chậm nhất vào năm 2025" in plain(c.value) and "Formosa" in c.value
               and "VinES-Gotion" in c.value for c in at.caption)
    before = at.metric[0].value
    at.checkbox(key=wkey(at, "pj.lng_vung_ang_3.on")).check()
    run(at)
    assert at.metric[0].value != before and at.metric[0].delta.startswith("+")
    said = [plain(c.value) for c in at.caption if c.value.startswith("So với")]
    assert said and "tăng trưởng bình quân 2021–2030 từ 7,17 % lên" in said[0] and "trong 4 chỉ tiêu chính đạt" in said[0]


def test_the_answer_on_the_spot_follows_the_scenarios_target_set():
    """A planner working to the 2026–2030 plan (the link's ts=plan_2026_2030): the strip over
    the Projects page is that set's three headline targets, its growth 2026–2030 in the
    sentence, not the programme's four (which judged industry's share against 60.3 % where the
    plan asks 51 %). By hand: LNG Vũng Áng III on raises 2026–2030 growth, the sentence names
    the two numbers the first card shows."""
    at = fresh(page="projects", lang="en", ts="plan_2026_2030")
    assert [m.label for m in at.metric] == ["Average growth 2026–2030", "Industry share 2030",
                                            "Per capita 2030 (mn VND)"]
    assert at.metric[0].value == "8.00 % ✗"
    at.checkbox(key=wkey(at, "pj.lng_vung_ang_3.on")).check()
    run(at)
    after = at.metric[0].value.removesuffix(" ✗").removesuffix(" ✓")
    said = [plain(c.value) for c in at.caption if c.value.startswith("Against")]
    assert said and f"average growth 2026–2030 rises from 8.00 % to {after} (" in said[0]
    assert "headline targets met: 0 of 3 (before: 0)" in said[0]


@pytest.mark.parametrize("lang, said", [
    ("vi", "Năm cuối dự báo là 2028, trước năm 2030: các chỉ tiêu năm 2030 chưa thể đánh giá. Đặt «Năm cuối dự báo» ở "
           "thanh bên từ 2030 trở đi để xem kết quả."),
    ("en", "The horizon is 2028, before 2030: the 2030 targets cannot be evaluated. Set \"Horizon (last projected "
           "year)\" in the sidebar to 2030 or later to see them.")])
def test_a_horizon_before_2030_says_why_the_strip_is_missing_and_what_to_do(lang, said):
    """A planner on a file ending in 2028 ticks LNG Vũng Áng III on the Projects page: the
    strip of 2030 targets cannot be drawn, and it drew nothing, saying nothing. Now its place
    says why and which control to set; with the horizon set to 2030 and the loaded file still
    ending in 2028, it says the loaded file has no 2030 targets to compare with."""
    at = fresh(page="projects", lang=lang, h="2028")
    at.checkbox(key=wkey(at, "pj.lng_vung_ang_3.on")).check()
    run(at)
    assert not at.metric and said in [plain(c.value) for c in at.caption]
    short = replace(BASE, horizon=2028)
    at = fresh(lang=lang)
    at.session_state["base"] = short
    at.session_state["working"] = BASE
    goto(at, "projects")
    assert not at.metric
    title = BASE.title_in(lang)
    assert {"vi": f"«{title}» dừng ở năm 2028, trước năm 2030: không có số năm 2030 để so sánh các chỉ tiêu chính.",
            "en": f"“{title}” ends in 2028, before 2030: it has no 2030 figures to set the headline targets "
                  "against."}[lang] in [plain(c.value) for c in at.caption]


def test_a_tick_that_moves_no_headline_target_says_why():
    """The railway (Vientiane–Vũng Áng, first output in 2031) ticked on the Projects page: every
    card stays as it was, and the sentence read "no different" and nothing more, where the
    planner asked what the railway does. Now it says the railway has no output by 2030, so GRDP
    does not change, and which control shows its effect; on a scenario to 2035, that the tick
    moves GRDP only from 2031."""
    at = fresh(page="projects", lang="en")
    # as loaded, the strip says there is no difference, and nothing of a change
    assert [plain(c.value) for c in at.caption if c.value.startswith("No different")] == [
        "No different from “Baseline (2022–2025 trend)” in the headline targets; headline targets met: 1 of 4."]
    at.checkbox(key=wkey(at, "pj.railway_vientiane.on")).check()
    run(at)
    said = [plain(c.value) for c in at.caption if c.value.startswith("No different")]
    assert said == ["No different from “Baseline (2022–2025 trend)” in the headline targets; headline targets met: "
                    "1 of 4. Vientiane–Vũng Áng railway (Mu Gia–Vũng Áng segment): no output by 2030, so GRDP does "
                    "not change; set \"Horizon (last projected year)\" in the sidebar to 2031 or later to see the "
                    "effect."]
    far = replace(BASE, horizon=2035)
    at = fresh(lang="vi")
    at.session_state["base"] = far
    at.session_state["working"] = far
    goto(at, "projects")
    at.checkbox(key=wkey(at, "pj.railway_vientiane.on")).check()
    run(at)
    said = [plain(c.value) for c in at.caption if c.value.startswith("Không khác")]
    assert len(said) == 1 and said[0].endswith(
        " Thay đổi này chỉ làm đổi GRDP từ năm 2031, sau năm 2030: xem các trang đến năm 2035."), said


def test_a_cards_colour_says_whether_the_change_nears_the_target_not_whether_it_rises():
    """A planner on the 2026–2030 plan's targets opens a scenario with LNG Vũng Áng III,
    VinMetal's steel and Sơn Dương port on (industry's share 51.0 %, within the plan's ≈ 51) and
    ticks the EV suppliers' park: the share rises to 52.5 %, out of the band. Its card's arrow
    points up and is red (it was green, as every rise was), its help says why; growth's rise
    stays green. By hand: `tests.test_report`'s chain of the same projects."""
    from streamlit.proto.Metric_pb2 import Metric

    from model.projects import ProjectSetting

    sc = model.load_scenario(SCENARIOS / "baseline.toml").with_set("plan_2026_2030")
    for pid in ("lng_vung_ang_3", "vinmetal_steel", "son_duong_port"):
        sc = sc.with_project(pid, ProjectSetting(on=True))
    at = upload(fresh(page="projects", lang="en"), replace(sc, name="three_on").to_toml(), "three_on.toml")
    at.checkbox(key=wkey(at, "pj.ev_suppliers_park.on")).check()
    run(at)
    cards = {m.label: m.proto for m in at.metric}
    share, growth = cards["Industry share 2030"], cards["Average growth 2026–2030"]
    assert share.body == "52.5 % ✗" and share.delta == "+1.5 pp"
    assert (share.direction, share.color) == (Metric.MetricDirection.UP, Metric.MetricColor.RED)
    assert share.help == "Target ≈ 51: Missed. Red: this change takes the figure further from its target."
    assert (growth.direction, growth.color) == (Metric.MetricDirection.UP, Metric.MetricColor.GREEN)
    # the park off again and the port off: the share 51.2 % against 51.0, both within the band:
    # grey, and its help says so (growth, without the port, falls: red)
    at.checkbox(key=wkey(at, "pj.ev_suppliers_park.on")).uncheck()
    run(at)
    at.checkbox(key=wkey(at, "pj.son_duong_port.on")).uncheck()
    run(at)
    cards = {m.label: m.proto for m in at.metric}
    share, growth = cards["Industry share 2030"], cards["Average growth 2026–2030"]
    assert share.body == "51.2 % ✓" and share.delta == "+0.2 pp" and share.color == Metric.MetricColor.GRAY
    assert share.help == ("Target ≈ 51: Met. Grey: the figure is within its target's band both before and after "
                          "this change (or as far from it as before, on the other side).")
    assert (growth.direction, growth.color) == (Metric.MetricDirection.DOWN, Metric.MetricColor.RED)


def test_solve_page_says_what_applying_would_do_beside_the_verdict():
    at = fresh(page="solve")
    assert any(m.label.startswith("Tăng trưởng BQ 2021–2030") for m in at.metric)
    assert any("Nếu áp dụng lộ trình này" in m.value for m in at.markdown)


# ---- item 9: words a planner does not know, explained; conflicts with units and a next step ---------
@pytest.mark.parametrize("lang, words", [
    ("vi", ["Chi phí biên", "Chi phí J", "Độ co giãn", "Shapley", "hữu cơ", "1,09^10", "ICOR", "TFP", "Denton",
            "Kiểm định ngược", "RMSE", "Lùi tiến độ", "GRDP cộng dồn"]),
    ("en", ["Multiplier", "Cost J", "Elasticity", "Shapley", "Organic", "1.09^10", "ICOR", "TFP", "Denton", "Backtest",
            "RMSE", "Delay", "Summed GRDP"]),
])
def test_the_glossary_page_explains_every_unfamiliar_word(lang, words):
    at = fresh(page="glossary", lang=lang)
    terms = plain(" ".join(tables(at)[0].value.iloc[:, 0]))
    for w in words:
        assert w.lower() in terms.lower(), w


@pytest.mark.parametrize("lang, said", [
    ("vi", "Số liệu: thực tế đến năm 2025; số công bố mới nhất được dùng: ngày 02/03/2026 (bản số liệu 2026-12)."),
    ("en", "Data: actual years to 2025; the latest published figure used: 2026-03-02 (data vintage 2026-12)."),
])
def test_the_guide_says_how_current_the_data_are(lang, said):
    """The first question asked of a figure in a meeting: nowhere in the app said it (the vintage
    alone, "2026-12", reads as data to December 2026; its latest figure is of 2 March 2026)."""
    at = fresh(page="glossary", lang=lang)
    assert any(c.value.startswith(said) for c in at.caption), [c.value for c in at.caption]


@pytest.mark.parametrize("page", ["projects", "quarterly"])
def test_backtest_and_rmse_are_explained_where_they_are_used(page):
    """Both pages score a method against the record with an RMSE: the two words explained there,
    in the glossary's words (a planner need not open the Glossary page to read them)."""
    from model.report.glossary import explain

    for lang in ("vi", "en"):
        at = fresh(page=page, lang=lang)
        shown = " ".join(plain(c.value) for c in at.caption)
        assert plain(explain("backtest", lang)) in shown and plain(explain("rmse", lang)) in shown, (page, lang)


def test_a_failed_solve_says_its_misses_in_units_and_what_to_do_next():
    at = fresh(page="solve")  # the seven defaults miss on the baseline
    err = plain(at.error[0].value)
    assert "điểm %" in err or "lần" in err or "triệu đồng/người" in err
    assert any(i.value.startswith("Bước tiếp theo:") for i in at.info)
    # where the words are shown, they are explained under the findings
    assert any("tăng trưởng kép" in c.value.lower() or "1,09 mũ 10" in c.value for c in at.caption)


# ---- item 10: smaller things ---------------------------------------------------------------------
@pytest.mark.parametrize("page", ["growth", "contributions"])
def test_the_2026_spike_is_explained(page):
    at = fresh(page=page)
    said = [plain(c.value) for c in at.caption if c.value.startswith("Năm 2026 tăng")]
    assert said and "Nhiệt điện Vũng Áng 2" in said[0] and "khi đạt công suất" in said[0]


def test_charts_are_checked_against_the_schema_under_test(monkeypatch):
    """The app skips the Vega-Lite schema check for speed; under test every chart is checked,
    so a malformed spec fails here; and a page can draw only a `model.report.charts.Chart`."""
    from model.report import charts, vega
    from ui.common import show

    assert os.environ.get("HATINH_VALIDATE_CHARTS") == "1"
    nowhere = type("W", (), {"vega_lite_chart": staticmethod(lambda **kw: None), "markdown": staticmethod(print),
                             "caption": staticmethod(print)})()
    with pytest.raises(TypeError):
        show({"mark": "line"}, "vi", where=nowhere)
    good = charts.Chart("x", "x", "y", (1, 2), (charts.Layer("line", "a", (1.0, 2.0)),))
    show(good, "vi", where=nowhere)
    monkeypatch.setattr(vega, "vegalite", lambda c, lang: {"layer": [{"mark": "nonsense"}]})
    with pytest.raises(Exception):
        show(good, "vi", where=nowhere)


def test_remaining_years_table_shows_every_column():
    """Issue 13, item 10: the remaining-years table's last column was cut off; a static table
    wraps its long target names instead."""
    at = fresh(page="solve")
    from model.report.strings import t

    req = [tb.value for tb in tables(at) if plain(t("req_holds", "vi")) in [plain(c) for c in tb.value.columns]]
    assert req and len(req[0]) >= 3


def test_investment_need_by_sector_adds_up_to_the_total():
    at = fresh(page="projects")
    tb = next(d.value for d in tables(at) if "Dự án" in d.value.columns and "Dịch vụ" in d.value.columns)
    num = lambda x: float(x.replace(".", "").replace(",", "."))  # noqa: E731
    for _, row in tb.iterrows():
        parts = sum(num(row[c]) for c in ("Nông-lâm-thủy sản", "Công nghiệp-xây dựng", "Dịch vụ", "Dự án"))
        assert abs(parts - num(row["ICOR trung tâm"])) <= 4  # each rounded to whole billions


def test_closed_sidebar_sections_draw_no_controls_and_lose_nothing():
    """A closed section costs a run nothing (issue 13's speed); opening it shows the scenario's
    values, typed edits included."""
    from streamlit.testing.v1 import AppTest

    from .test_app import APP

    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["g.services"] = "9,5".replace(",", ".")
    run(at)
    assert not [x for x in at.sidebar.text_input if x.key and ".sectors." in x.key]
    at.session_state["open.services"] = True
    run(at)
    assert at.text_input(key=wkey(at, f"{SERVICES}.c")).value == "9,50"


def _section(at, label: str):
    """The page's expander whose label starts with ``label``."""
    found = [e for e in at.main.expander if plain(e.label).startswith(label)]
    assert len(found) == 1, [e.label for e in at.main.expander]
    return found[0]


@pytest.mark.parametrize("page, name, label", [
    ("solve", "sv_prices", "Giá tương đối cũng là công cụ"),
    ("solve", "sv_priorities", "Ưu tiên khi các mục tiêu mâu thuẫn"),
    ("solve", "su_solve", "Phía cung: vốn, lao động"),
    ("projects", "pj_details", "Vốn, xác suất và cách hiệu chỉnh"),
    ("projects", "su_record", "Số liệu 2015–2025 và hạch toán"),
    ("quarterly", "qt_bt", "Kiểm định ngược: từng số lũy kế"),
    ("risk", "rk_scale", "Hệ số nhân"),
    ("risk", "rk_downloads", "Tải về: xác suất, dải quạt"),
])
def test_a_pages_section_is_drawn_only_open_and_stays_open_through_a_page_switch(page, name, label):
    """A planner opened the Solve page's prices, switched to the Scorecard and back, and found
    them shut (issue 13, item 3's "the page forgets"). Each page's sections now keep their open
    or shut through a switch, and a shut one draws nothing (a run pays one element for it)."""
    at = fresh(page=page)
    assert at.session_state[f"open.{name}"] is False and not _section(at, label).children
    at.session_state[f"open.{name}"] = True   # as the planner's click does
    run(at)
    assert _section(at, label).children
    goto(at, "scorecard")
    goto(at, page)
    assert at.session_state[f"open.{name}"] is True and _section(at, label).children
    at.session_state[f"open.{name}"] = False
    run(at)
    goto(at, "growth")
    goto(at, page)
    assert not _section(at, label).children


def test_the_workspace_files_changes_stay_open_through_a_page_switch(workspace):
    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / "mine.toml").write_text(BASE.to_toml().replace("growth = 0.075", "growth = 0.09", 1),
                                         encoding="utf-8")
    at = fresh(page="workspace")
    assert not _section(at, "Khác kịch bản cơ sở: mine").children
    at.session_state["open.ws_changes"] = True
    run(at)
    goto(at, "scorecard")
    goto(at, "workspace")
    assert _section(at, "Khác kịch bản cơ sở: mine").children


def test_a_compare_panel_opens_by_itself_for_two_and_keeps_the_planners_choice(workspace):
    at = fresh(page="compare", cmp="baseline,provincial_plan")
    panels = [e for e in at.main.expander if "những gì khác với" in plain(e.label)]
    assert len(panels) == 1 and panels[0].children   # two scenarios: the one panel is open
    key = "open.cmp." + hashlib.sha1(b"provincial_plan").hexdigest()[:12]   # the panel's own key
    assert at.session_state[key] is True
    at.session_state[key] = False
    run(at)
    goto(at, "growth")
    goto(at, "compare")
    panels = [e for e in at.main.expander if "những gì khác với" in plain(e.label)]
    assert len(panels) == 1 and not panels[0].children


@pytest.mark.parametrize("page", ["growth", "structure", "contributions"])
def test_a_sidebar_what_if_is_answered_on_the_page_where_it_is_asked(page):
    at = fresh(page=page)
    assert not at.metric  # nothing changed yet: no strip
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("9")
    run(at)
    assert [m.label for m in at.metric][:1] == ["Tăng trưởng BQ 2021–2030"]
    assert at.metric[0].delta.startswith("+")
    assert any(plain(c.value).startswith("So với «Kịch bản cơ sở") for c in at.caption)


def test_the_scorecard_says_what_the_edit_did_in_a_sentence():
    at = fresh()
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("9")
    run(at)
    said = [plain(c.value) for c in at.caption if plain(c.value).startswith("So với «Kịch bản cơ sở")]
    assert said and "từ 7,17 % lên" in said[0]


@pytest.mark.parametrize("lang, start, fall, stays", [
    ("vi", "So với «Kịch bản cơ sở", "tăng trưởng bình quân 2021–2030 từ 7,17 % xuống ",
     "tăng trưởng bình quân 2021–2030 giữ ở 7,17 %"),
    ("en", "Against “Baseline", "average growth 2021–2030 falls from 7.17 % to ", "average growth 2021–2030 stays at 7.17 %")])
def test_the_sentence_says_which_way_growth_moved(lang, start, fall, stays):
    """A slower edit read "từ 12,20 % lên 9,11 %" (from … up to …) on the Solve page's strip; a
    change that leaves growth as shown (population only: per capita moves) said "from 7.17 % to
    7.17 % (0.00 pp)"."""
    at = fresh(lang=lang)
    at.text_input(key=wkey(at, f"{SERVICES}.c")).set_value("5")
    run(at)
    said = [plain(c.value) for c in at.caption if plain(c.value).startswith(start)]
    assert said and fall in said[0], said
    at = fresh(lang=lang)
    at.text_input(key=wkey(at, "population.growth.c")).set_value("2")
    run(at)
    said = [plain(c.value) for c in at.caption if plain(c.value).startswith(start)]
    assert said and stays in said[0] and " lên " not in said[0] and " from " not in said[0], said


def test_paths_needing_more_investment_than_ever_are_flagged_beside_the_verdict():
    """Issue 13, item 7: the solved paths' investment need against the record, as a warning."""
    at = fresh(page="solve")
    flagged = [plain(w.value) for w in at.warning if w.value.startswith("Cao hơn mọi năm đã công bố")]
    assert flagged and "50,5 % GRDP" in flagged[0]


def test_a_success_that_needs_more_investment_than_ever_is_not_green():
    """Issue 15, item 1: both growth targets met, at 70 % of GRDP invested a year; the message
    leads with the need against the record, is a warning, and says what to do."""
    at = fresh(page="solve", lang="en", sv='{"targets":["grdp_growth_avg"]}')
    assert not at.success
    warn = plain(at.warning[0].value)
    assert warn.startswith("More than in any published year (at most 50.5 % of GRDP): These paths need")
    assert "The target holds (constant paths for" in warn   # one target: in the singular
    assert any("Next step: lower the growth target" in plain(i.value) for i in at.info)


def test_the_investment_cap_is_typed_on_the_solve_page():
    at = fresh(page="solve", lang="vi")
    box = at.text_input(key=wkey(at, "sv.icap"))
    assert box.value == "55,5"
    box.set_value("70,5")
    run(at)
    assert at.session_state["working"].solve.investment_cap == 70.5
    cells = " ".join(str(v) for tb in [*tables(at), *at.dataframe] for v in tb.value.to_numpy().ravel())
    assert "≤ 70,5" in cells
    assert '"investment_cap":70.5' in at.query_params["sv"]          # in the link, like every setting
    assert fresh(**dict(at.query_params.items())).session_state["working"].solve.investment_cap == 70.5
    at.text_input(key=wkey(at, "sv.icap")).set_value("5")     # below the accepted range
    run(at)
    assert "Trần vốn đầu tư" in plain(" ".join(e.value for e in at.error))
    assert at.session_state["working"].solve.investment_cap == 70.5


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_cap_kept_while_its_target_is_unticked_is_said_to_bound_nothing(lang):
    """A cap typed, then the investment target unticked: the box goes, the cap is kept (ticked
    again, the box holds it) and a line says it bounds nothing meanwhile, as `solve` and
    `validate` say of a file's (2026-12-07: nothing said before)."""
    at = fresh(page="solve", lang=lang)
    at.text_input(key=wkey(at, "sv.icap")).set_value("70,5" if lang == "vi" else "70.5")
    run(at)
    assert not [c for c in at.caption if "70" in plain(c.value)]
    at.checkbox(key=wkey(at, "sv.t.investment_share")).uncheck()
    run(at)
    assert not at.exception and not [b for b in at.text_input if b.key == wkey(at, "sv.icap")]
    said = [plain(c.value) for c in at.caption if "70" in plain(c.value)]
    assert said == [{"vi": "Trần vốn đầu tư 70,5 % GRDP của kịch bản chỉ được dùng khi chọn mục tiêu «Vốn đầu tư toàn "
                           "xã hội bình quân năm đến 2030 (% GRDP)».",
                     "en": "The scenario's investment cap, 70.5 % of GRDP, is used only with the target “Total social "
                           "investment a year to 2030 (% of GRDP)” ticked."}[lang]]
    assert at.session_state["working"].solve.investment_cap == 70.5
    at.checkbox(key=wkey(at, "sv.t.investment_share")).check()
    run(at)
    assert at.text_input(key=wkey(at, "sv.icap")).value == ("70,5" if lang == "vi" else "70.5")
    assert not [c for c in at.caption if "chỉ được dùng khi" in plain(c.value) or "is used only" in plain(c.value)]


def test_the_smoothness_box_is_greyed_with_constant_paths_which_it_cannot_change():
    """Constant paths do not change from year to year, so the smoothness (the weight of those
    changes) moved nothing on the page's default path form, in an open box with no help: typed 5,
    nothing changed. The box is greyed there, its help says why, and it opens with a ramp."""
    at = fresh(page="solve", lang="en")
    box = at.text_input(key=wkey(at, "sv.smooth"))
    assert box.disabled and box.help.startswith("Used only with the path form “Linear ramp” or “Year by year”")
    at.radio(key=wkey(at, "sv.method")).set_value("ramp")
    run(at)
    box = at.text_input(key=wkey(at, "sv.smooth"))
    assert not box.disabled and box.help.startswith("The larger, the less the paths change from year to year")


def test_the_approx_choice_is_greyed_without_an_approx_target():
    """How "≈" targets are posed (within a band or exactly) moved nothing with none of them ticked,
    in an open choice: greyed there with why; a share ticked opens it."""
    at = fresh(page="solve", lang="en")
    for i in model.registry.solver_defaults():
        if i != "grdp_growth_avg":
            at.checkbox(key=wkey(at, f"sv.t.{i}")).uncheck()
            run(at)
    choice = at.radio(key=wkey(at, "sv.approx"))
    assert choice.disabled and choice.help == "Used only with a “≈” target ticked: none of the targets ticked is one."
    at.checkbox(key=wkey(at, "sv.t.share_agriculture")).check()
    run(at)
    assert not at.radio(key=wkey(at, "sv.approx")).disabled


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_unticked_sectors_bounds_are_kept_and_said_to_bound_nothing(lang):
    """A file's bounds for services while only industry-construction moves: the page drew no box
    for them and said nothing (the command line now says they bound nothing). A line says they
    are kept for when services is ticked; ticked, its boxes hold them and the line goes."""
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + (
        '\n[solve]\ntargets = ["grdp_growth_avg"]\nfree = ["industry_construction"]\n'
        '[solve.bounds.services]\nmin = 0.05\nmax = 0.07\n')
    at = fresh(lang=lang)
    upload(at, text, "idle.toml")
    goto(at, "solve")
    want = {"vi": "Giới hạn đã đặt cho Dịch vụ được giữ lại và chỉ được dùng khi ngành đó được chọn để điều chỉnh.",
            "en": "The bounds set for Services are kept, and used only with that sector ticked to move."}[lang]
    assert not at.exception and want in [plain(c.value) for c in at.caption]
    at.checkbox(key=wkey(at, "sv.f.services")).check()
    run(at)
    assert want not in [plain(c.value) for c in at.caption]
    shown = sorted(b.value for b in at.text_input if b.key and ".sv.b.services." in b.key)
    assert shown == (["5,00", "7,00"] if lang == "vi" else ["5.00", "7.00"])


def test_plants_switched_off_on_purpose_are_said_before_they_are_ticked():
    """The congress file lists Vũng Áng 2 and VinFast off because its sector rates are totals that
    include them (its comment says so); the Projects page showed two empty ticks, and a planner
    ticking one counted it twice. The page says why they are off and what a tick does; the
    baseline, which counts them, says nothing of the kind."""
    at = fresh(page="projects", scn="congress_2025")
    said = [plain(c.value) for c in at.caption if "on purpose" in plain(c.value) or "cố ý" in plain(c.value)]
    assert len(said) == 1 and said[0].startswith(
        "Kịch bản này cố ý tắt các nhà máy đã cam kết còn đang tăng công suất sau năm 2025: Nhiệt điện Vũng Áng 2")
    assert "Nhà máy ô tô điện VinFast Hà Tĩnh" in said[0] and "bị tính hai lần" in said[0]
    en = fresh(page="projects", scn="congress_2025", lang="en")
    assert any("it is counted twice" in plain(c.value) for c in en.caption)
    assert not any("cố ý" in plain(c.value) for c in fresh(page="projects").caption)


def test_the_pages_that_build_a_deck_stand_when_its_solve_request_cannot_be_posed():
    """A scenario whose `[solve]` request the horizon cannot pose (2028: the solver needs 2030):
    the Export and Compare pages build the deck while they run, and stopped with the solver's
    error. They stand, and the deck is offered."""
    from model.scenario import SolveSettings

    sc = replace(BASE, horizon=2028, solve=SolveSettings(method="ramp"))
    for page in ("export", "compare"):
        at = fresh(lang="en")
        at.session_state["base"] = sc
        at.session_state["working"] = sc
        goto(at, page)
        assert any(b.label.startswith("Briefing deck") for b in at.get("download_button")), page


def test_a_set_changed_elsewhere_keeps_the_solve_request_readable():
    """A planner's request weighs the 2026–2030 plan's growth target (its `[solve]` lists no
    targets: the plan's defaults are posed). Judged by the programme instead, on the Scorecard's
    picker or the Compare page's table, the weight is on a target no longer posed: the scenario
    would not read back (the Compare page stopped; the link lost the request). The weight goes,
    as the Solve page's own set picker clears them, and the link reopens to the same scenario."""
    from model.scenario import SolveSettings

    sc = replace(BASE, targets_set="plan_2026_2030",
                 solve=SolveSettings(method="ramp", priorities={"grdp_growth_avg_2026_2030": 5.0}))
    assert model.parse_scenario(sc.to_toml()) == sc
    moved = sc.with_set(None)
    assert moved.targets_set is None and moved.solve.priorities == {} and moved.solve.method == "ramp"
    assert model.parse_scenario(moved.to_toml()) == moved
    listed = replace(sc, solve=replace(sc.solve, targets=("grdp_growth_avg_2026_2030",)))
    assert listed.with_set(None).solve.priorities == {"grdp_growth_avg_2026_2030": 5.0}   # posed as listed
    at = fresh(page="compare", lang="en")
    at.session_state["base"] = sc
    at.session_state["working"] = sc
    run(at)
    at.selectbox(key=wkey(at, "cmp.set")).set_value("nq26_programme")
    run(at)
    goto(at, "scorecard")
    at.selectbox(key=wkey(at, "ts.pick")).set_value("nq26_programme")
    run(at)
    w = at.session_state["working"]
    assert w.targets_set is None and w.solve.priorities == {}
    again = fresh(**dict(at.query_params.items()))
    assert again.session_state["working"] == w and not again.sidebar.warning
