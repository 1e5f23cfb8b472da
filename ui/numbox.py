"""A number box that reads the way people write: ``8,5`` and ``8.5`` are both 8.5.

Streamlit's ``number_input`` is an ``<input type=number>``: in a browser set to English a typed
``8,5`` arrives as ``85`` (issue 13), and it shows ``7.50`` to a Vietnamese reader. This box is a
text input read by `model.report.fmt.parse_number` and shown by `model.report.fmt.box_text`, in
the reader's convention.

    number_box(label, name, value, lo, hi, on_value)

``value`` is what the box shows (in the unit of its label); ``on_value(x)`` is called with the
number typed, only when it parses and lies within [lo, hi]: the scenario then changes. Text
that does not parse, or a number out of range, leaves the scenario as it was and says so under
the box, naming the field and the fix; the text stays, so the person can correct it. A box left
showing what it was given changes nothing (the file's exact value is kept). ``plausible`` marks
an accepted value outside what the record makes plausible, in words.
"""

from __future__ import annotations

from typing import Callable

import streamlit as st

from model.report import fmt
from model.report.strings import t

from . import codec, state


def _err_key(k: str) -> str:
    return f"numerr.{k}"


def _on_box(k: str, shown: str, label: str, lo: float, hi: float, digits: int, grouping: bool,
            on_value: Callable[[float], None], whole: bool = False) -> None:
    s, lg = state.ss(), state.lang()
    text = s.get(k, "")
    s.pop(_err_key(k), None)
    if text.strip() == shown:
        return
    try:
        v = fmt.parse_number(text, lg, grouping=grouping)
    except fmt.NumberTextError as e:
        s[_err_key(k)] = t(e.code, lg, field=label, text=text[:fmt.MAX_NUMBER_TEXT],
                           example="42" if whole else fmt.num(7.5, lg, 1))
        return
    if whole and v != int(v):   # a seed of 7,5 was rounded to 8 without a word
        s[_err_key(k)] = t("num_whole", lg, field=label, value=fmt.plain(v, lg))
        return
    if not lo <= v <= hi:
        s[_err_key(k)] = t("num_range", lg, field=label, value=fmt.plain(v, lg), lo=fmt.plain(lo, lg),
                           hi=fmt.plain(hi, lg))
        return
    s[k] = fmt.box_text(v, lg, digits)  # shown back in the reader's convention
    on_value(v)


def number_box(label: str, name: str, value: float, lo: float, hi: float, on_value: Callable[[float], None], *,
               digits: int = codec.BOX_DIGITS, grouping: bool = False, help: str | None = None, where=st,
               plausible: tuple[float, float] | None = None, unit: str = "%", field: str | None = None,
               draw_notes: bool = True, whole: bool = False, disabled: bool = False) -> tuple[str, str | float] | None:
    """Draw the box for ``name`` (a widget of the current generation, see `ui.state.key`).
    ``field`` names the box in messages when its label alone does not (a year of a path).
    ``whole``: only whole numbers are taken (a seed); 7,5 is refused, not rounded. ``disabled``:
    shown greyed, its value kept (a setting that changes nothing at present: its help says why).
    With ``draw_notes=False`` the box's message is returned rather than drawn under it, for a
    box in a narrow column (a year of a path: a third of the sidebar set a sentence a word to a
    line): ``("error", text)``, ``("implausible", value)`` or None; the caller says it below."""
    lg = state.lang()
    field = field or label
    shown = fmt.box_text(value, lg, digits)
    k = state.seed(name, shown)
    where.text_input(label, key=k, on_change=_on_box, args=(k, shown, field, lo, hi, digits, grouping, on_value, whole),
                     help=help, max_chars=fmt.MAX_NUMBER_TEXT, disabled=disabled)
    err = state.ss().get(_err_key(k))
    note = (("error", err) if err else
            ("implausible", value) if plausible is not None and not plausible[0] <= value <= plausible[1] else None)
    if not draw_notes or note is None:
        return note
    if note[0] == "error":
        where.error(state.md(err))
    else:
        where.warning(t("num_implausible", lg, field=state.md(field), value=fmt.plain(value, lg), unit=unit,
                        lo=fmt.plain(plausible[0], lg), hi=fmt.plain(plausible[1], lg)))
    return None


def box_notes(notes: list[tuple[str, str | float] | None], years: list[int] | None = None, field: str = "",
              plausible: tuple[float, float] | None = None, unit: str = "%") -> None:
    """The messages of a row of boxes (what `number_box` with ``draw_notes=False`` returned, in
    order), under the row at the full width: each error as it is; for a path's boxes (``years``,
    in the same order), the years outside the plausible range in one warning naming ``field``
    ("… in 2026 (−12,5 %), 2027 …")."""
    lg = state.lang()
    for note in notes:
        if note and note[0] == "error":
            st.error(state.md(note[1]))
    marked = [f"{y} ({fmt.plain(note[1], lg)}\u00a0{unit})" for y, note in zip(years or (), notes)
              if note and note[0] == "implausible"]
    if marked:
        st.warning(t("num_implausible_years", lg, field=state.md(field), years=", ".join(marked), unit=unit,
                     lo=fmt.plain(plausible[0], lg), hi=fmt.plain(plausible[1], lg)))
