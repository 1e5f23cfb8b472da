"""A planner's session as a random walk (seeded, so a failure replays): page switches, numbers
typed (good, bad, the Vietnamese way), buttons, ticks, choices, languages and scenarios opened,
in any order. After every step three things must hold whatever came before:

- no exception reaches the page;
- the link, opened in a new session, gives the same scenario (what a planner shares is what
  she sees), or, once the open scenario was deleted from the workspace, says it lacks it;
- undo after a step that changed the scenario gives back the state before it (the loaded
  scenario and the edited one), whatever that step was: an edit, an apply, a load, a reset.

Found nothing when first run at length (sixteen walks of 135–191 actions); kept as a guard for
the state's rules, which every page shares."""

from __future__ import annotations

import random

import pytest

from .test_app import fresh, run


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch):
    folder = tmp_path / "ws"
    monkeypatch.setenv("HATINH_WORKSPACE", str(folder))
    return folder

# typed into any box: a comma decimal, a point, a thousands point, a negative, blanks, words,
# values past the plausible range or any range, a ramp, a year list, markup, an Arabic-Indic digit,
# a value too long
TYPED = ["8,5", "9", "12,25", "0", "-3", "30,5", "abc", "", "7.5", "1.234,5", "99", "15", "1e400", "5~9",
         "2027:5; 2030:9", "<b>x</b>", "٣", " 9 ", "x" * 300]


# A message holding one of these was written by Python, not by the app's catalogue of words.
PY_ERRORS = ("Traceback", "KeyError", "ValueError", "TypeError", "AttributeError", "IndexError",
             "ZeroDivisionError", "NoneType", "AssertionError", "RuntimeError")


def state_of(at):
    s = at.session_state
    return s["base_ref"], s["base"], s["working"]


def linked(at) -> dict:
    """What a link carries besides the scenario (`ui.state.read_link`), each as the link writes
    it: a page's own fan switch is the page's, not the link's."""
    from ui import settings_link as sl

    s = at.session_state
    return {"lang": s["lang"], "view": s["view"], "risk": sl.risk_to_link(s["risk"]),
            "quarter": sl.quarter_to_link(s["quarter"]), "tk_trends": sl.trends_to_link(s["tk_trends"])}


def choose_shown(w, shown: str) -> None:
    """Choose ``shown`` (an option's words) in the radio ``w`` as the browser does: it sends the
    words, and the app maps them back to its value. AppTest's `set_value` wants the value behind
    the words, which its tree does not hold for a radio with a `format_func`."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    class Chosen(type(w)):
        @property
        def _widget_state(self):
            ws = WidgetState()
            ws.id, ws.string_value = self.id, shown
            return ws

    w.__class__ = Chosen


def step(at, r: random.Random) -> str | None:
    """One action on the app's current screen, not yet run; what it was, or None (nothing to do)."""
    from ui.state import LANGS, PAGE_IDS, shipped

    kind = r.choice(["page", "text", "text", "button", "tick", "choose", "choose", "slide"])
    if kind == "page":
        pid = r.choice(PAGE_IDS)
        at.switch_page(f"ui/pages/{pid}.py")
        return f"page {pid}"
    if kind == "text":
        boxes = [b for b in [*at.text_input, *at.text_area] if not b.disabled]
        if not boxes:
            return None
        b, v = r.choice(boxes), r.choice(TYPED)
        b.set_value(v)
        return f"type {v!r} into {b.key}"
    if kind == "button":
        buttons = [b for b in at.button if not b.disabled]
        if not buttons:
            return None
        b = r.choice(buttons)
        b.click()
        return f"click {b.key}"
    if kind == "tick":
        ticks = [c for c in [*at.checkbox, *at.toggle] if not c.disabled]
        if not ticks:
            return None
        c = r.choice(ticks)
        c.set_value(not c.value)
        return f"tick {c.key} → {not c.value}"
    if kind == "slide":
        # the two years: either end, or any year between
        sliders = [x for x in at.slider if not x.disabled]
        if not sliders:
            return None
        x = r.choice(sliders)
        v = r.choice([x.min, x.max, r.randint(int(x.min), int(x.max))])
        x.set_value(int(v))
        return f"slide {x.key} to {v}"
    # a choice: the language, a scenario (set by value), a radio by its words, or any box whose
    # options are its values
    lang = [x for x in at.radio if x.key and x.key.endswith(".lang")]
    scn = [x for x in at.selectbox if x.key and x.key.endswith(".scn")]
    radios = [x for x in at.radio if not x.disabled and x.options and x not in lang]
    plain = [x for x in at.selectbox if not x.disabled and x.options and x.value in x.options]
    pick = r.choice(lang + scn + radios + plain)
    if pick in lang:
        v = r.choice(list(LANGS))
        pick.set_value(v)
    elif pick in scn:
        v = r.choice(list(shipped()))
        pick.set_value(v)
    elif pick in radios:
        v = r.choice(pick.options)
        choose_shown(pick, v)
    else:
        i = r.randrange(len(pick.options))
        v = pick.options[i]
        pick.select_index(i)
    return f"choose {v!r} in {pick.key}"


def walk(seed: int, steps: int) -> list[str]:
    """A session of ``steps`` random actions from ``seed``, checked after each (the module's
    three rules, and no Python error's name in any message); the actions done."""
    r = random.Random(seed)
    at = fresh(lang=r.choice(["vi", "en"]))
    done: list[str] = []
    for _ in range(steps):
        before = state_of(at)
        what = step(at, r)
        if what is None:
            continue
        done.append(what)
        at.run()
        assert not at.exception, (done[-8:], [e.message for e in at.exception])
        said = " ".join(str(e.value) for kind in ("error", "warning", "info") for e in at.get(kind))
        assert not any(w in said for w in PY_ERRORS), (done[-8:], said[:600])
        after = state_of(at)
        if after != before and "click undo" not in what and r.random() < 0.5:
            undo = [b for b in at.button if b.key == "undo"]
            assert undo and not undo[0].disabled, done[-8:]
            undo[0].click()
            run(at)
            done.append("undo")
            assert state_of(at) == before, done[-8:]
        # the link, opened afresh, shows the same scenario and the same views
        link = {k: v for k, v in at.query_params.items()}
        link = {k: v[0] if isinstance(v, list) else v for k, v in link.items()}
        again = fresh(**link)
        if [n.key for n in again.session_state["notes"]] == ["url_scn_ws"]:
            # the open scenario was deleted from the workspace: the session said so, and so does
            # the link (test_app::test_deleting_the_open_scenario_…)
            assert "click ws_delete" in done, done[-8:]
            continue
        assert again.session_state["working"] == at.session_state["working"], (done[-8:], link)
        assert linked(again) == linked(at), (done[-8:], link)
    return done


@pytest.mark.parametrize("seed", [1, 2])
def test_a_random_session_keeps_its_link_and_its_undo(seed):
    assert len(walk(seed, 30)) > 15
