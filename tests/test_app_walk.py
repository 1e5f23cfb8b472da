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

from .test_app import PAGES, fresh, run


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch):
    folder = tmp_path / "ws"
    monkeypatch.setenv("HATINH_WORKSPACE", str(folder))
    return folder

# typed into any box: a comma decimal, a point, a thousands point, a negative, blanks, words,
# values past the plausible range or any range, a ramp, a year list, markup, an Arabic-Indic digit,
# a value too long
TYPED = ["8,5", "9", "12,25", "0", "-3", "30,5", "abc", "", "7.5", "1.234,5", "99", "15", "1e400", "5~9",
         "2027:5; 2030:9", "<b>x</b>", "٣", " 9 ", "x" * 300,
         "con", "Baseline"]   # in a workspace name box: a device name of Windows, a saved name's other case


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


def choose_shown(w, shown: str | list[str]) -> None:
    """Choose ``shown`` (an option's words) in the radio ``w``, or pick ``shown`` (a list of
    them, in that order) in the multiselect ``w``, as the browser does: it sends the words, and
    the app maps them back to its values. AppTest's `set_value` wants the values behind the
    words, which its tree does not hold for a widget with a `format_func`."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    class Chosen(type(w)):
        @property
        def _widget_state(self):
            ws = WidgetState()
            ws.id = self.id
            if isinstance(shown, str):
                ws.string_value = shown
            else:
                ws.string_array_value.data[:] = shown
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
    many = [x for x in at.multiselect if not x.disabled and x.options]
    pick = r.choice(lang + scn + radios + plain + many)
    if pick in many:   # any few, more than the page takes at times
        v = r.sample(pick.options, r.randint(0, min(len(pick.options), 10)))
        choose_shown(pick, v)
    elif pick in lang:
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


# ---- two changes in one run ---------------------------------------------------------------------
def _controls(at, sidebar: bool) -> list[tuple[str, str]]:
    """Each control a planner can change on the screen (the page's, and the sidebar's when
    ``sidebar``), as (kind, name): the name is the key without its generation ("w3.ts.other" →
    "ts.other"), so that two sessions whose generations differ find the same control."""
    where = [at.main, *([at.sidebar] if sidebar else [])]
    found = []
    for part in where:
        for kind in ("checkbox", "toggle", "selectbox", "radio", "multiselect", "slider", "text_input", "button"):
            ws = [w for w in part.get(kind) if w.key and not w.disabled and w.key.startswith("w") and "." in w.key]
            # the number boxes are all `ui.numbox.number_box`, which hands its callback the box's
            # key; four of a part check that (the Projects page has 22)
            found += [(kind, w.key.split(".", 1)[1]) for w in (ws[:4] if kind == "text_input" else ws)]
    return found


def _change(at, kind: str, name: str) -> bool:
    """Change the control ``name`` to another value, as a planner would; False if it is gone."""
    ws = [w for w in at.get(kind) if w.key and w.key.split(".", 1)[-1] == name and w.key.startswith("w")]
    if not ws or ws[0].disabled:
        return False
    w = ws[0]
    if kind in ("checkbox", "toggle"):
        w.set_value(not w.value)
    elif kind in ("selectbox", "radio") and w.value not in w.options and w.options:
        # options shown through a format_func: chosen by their words, as the browser sends them
        if len(w.options) < 2:
            return False
        shown = [o for o in w.options if o != w.options[w.index]] if kind == "radio" else w.options[1:]
        choose_shown(w, shown[0])
    elif kind == "selectbox":
        if len(w.options) < 2:
            return False
        i = w.options.index(w.value)
        w.select_index(i - 1 if i else 1)   # the one before (fewer draws on the Uncertainty page), else after
    elif kind == "radio":   # its value among its options (the other case is above)
        if len(w.options) < 2:
            return False
        choose_shown(w, w.options[(w.options.index(w.value) + 1) % len(w.options)])
    elif kind == "multiselect":   # one more picked, or the last taken off
        words = list(w.values)
        rest = [o for o in w.options if o not in words]
        choose_shown(w, words[:-1] if len(words) > 2 or not rest else [*words, rest[0]])
    elif kind == "slider":
        w.set_value(int(w.value) + 1 if w.value < w.max else int(w.value) - 1)
    elif kind == "text_input":
        w.set_value("9,5")
    else:
        w.click()
    return True


@pytest.mark.parametrize("page", PAGES)
def test_a_control_changed_in_the_run_where_another_redrew_every_control_is_taken(page):
    """Two changes can reach the server in one run: a box typed in and a page link clicked
    before Enter (the box's change is sent as it loses the focus), or two quick changes. If the
    first redraws every control (`ui.state.bump`: a new generation of widget keys), the second's
    callback must still read its own widget: reading the key of the new generation, it stopped the
    page with "st.session_state has no key w1.ts.other" (found in Chromium: the services rate
    typed, then "Tăng trưởng" clicked). Each control of the page (and, on the Scorecard, of the
    sidebar) is changed in two sessions in step, one of them as if another change had just
    redrawn every control (its generation moved on before the run): the same result in both."""
    alone, redrawn = fresh(page=page), fresh(page=page)
    for kind, name in _controls(alone, sidebar=page == "scorecard"):
        if not _change(alone, kind, name):
            continue
        assert _change(redrawn, kind, name), (kind, name)
        redrawn.session_state["gen"] = redrawn.session_state["gen"] + 1
        alone.run()
        redrawn.run()
        assert not redrawn.exception, (kind, name, [e.message[:200] for e in redrawn.exception])
        assert not alone.exception, (kind, name, [e.message[:200] for e in alone.exception])
        assert state_of(redrawn) == state_of(alone), (kind, name)
        assert linked(redrawn) == linked(alone), (kind, name)
