"""Numbers by language: one formatter for the app, the charts, the prose and the exports.

Vietnamese writes a decimal comma and a thousands dot (7,37 %; 234.901 tỷ đồng); English the
reverse (7.37 %; 234,901). Babel's CLDR data decide, so that "8.922" never means eight
thousand to one reader and nine to another. Missing values print as an em dash.
"""

from __future__ import annotations

import math
import re
import string
from functools import lru_cache

import numpy as np
from babel.numbers import format_decimal

DASH = "—"
_LOCALE = {"vi": "vi", "en": "en"}


@lru_cache(maxsize=64)
def _pattern(digits: int, group: bool) -> str:
    core = "#,##0" if group else "0"
    return core + ("." + "0" * digits if digits > 0 else "")


def num(x, lang: str = "vi", digits: int = 2, group: bool = True, sign: bool = False) -> str:
    """``x`` with ``digits`` decimals in the language's convention; '—' for None or NaN.

    num(234901, 'vi', 0) → '234.901'; num(7.37, 'en') → '7.37'; sign=True adds '+' to positives.
    """
    if lang not in _LOCALE:   # "EN" was formatted the Vietnamese way without a word
        raise ValueError(f"lang: 'vi' or 'en', not {lang!r:.20}")
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return DASH
    return _num(float(x), lang, digits, group, sign)


def as_shown(x: float, digits: int) -> float:
    """``x`` as `num` shows it with ``digits`` decimals, as a number: what a reader computes with."""
    return float(np.round(float(x), digits))


def shown_diff(a: float, b: float, digits: int) -> float:
    """``a − b`` as the two figures are shown, each rounded to ``digits`` first (as `num` rounds),
    so that a difference printed beside them is their difference: 8.02 % and 7.85 % differ by
    0.17 shown, where the unrounded figures' −0.164 read "−0.16" beside them. NaN if either is."""
    return as_shown(a, digits) - as_shown(b, digits)


def shown_parts(parts, total: float, digits: int) -> list[float]:
    """``parts`` rounded to ``digits`` so that, as shown, they add up to ``total`` as shown:
    each part rounded to the nearest, then the few units the sum is off given to, or taken from,
    the largest of the parts that rounding moved the other way (so each stays within one unit of
    the last digit of its exact value, and two equal small parts, the state's and FDI's share of
    a need, stay equal where a larger part can take the unit); a part that is exactly zero keeps
    its zero. The plan against the baseline: parts rounded alone summed to 25,110 under a total
    of 25,109. NaN anywhere: each part rounded alone."""
    scale = 10.0 ** digits
    x = np.asarray(list(parts), float) * scale
    if not (np.isfinite(x).all() and math.isfinite(total)):
        return [float(np.round(v / scale, digits)) for v in x]
    r = np.round(x)
    need = int(round(float(np.round(total, digits)) * scale - r.sum()))
    # the parts rounded the other way first, the largest first; then (never needed when the
    # total is within a unit of the parts' sum) the rest, by how far rounding moved them
    right = sorted((i for i in range(len(x)) if x[i] != 0 and (x[i] - r[i]) * need > 0), key=lambda i: -abs(x[i]))
    movable = right + [i for i in np.argsort(-(x - r) if need > 0 else (x - r), kind="stable")
                       if x[i] != 0 and i not in right]
    for k in range(min(abs(need), len(movable))):
        r[movable[k]] += 1 if need > 0 else -1
    return [float(v / scale) for v in r]


@lru_cache(maxsize=16384)
def _num(x: float, lang: str, digits: int, group: bool, sign: bool) -> str:
    """`num` of a finite float, kept: a page shows the same figures run after run, and Babel
    takes 50 µs a number (a Scorecard run formats 160)."""
    # rounded as `model.registry.judge` rounds before judging (numpy's, half to even on the
    # binary value), so the figure shown is the figure judged: Babel alone rounds the decimal
    # text, and 0.545 showed "0,54" where the judge read 0.55; and 1,805 of 10,000 draws
    # showed "18,0 %" here and "18.1 %" in Python's own formatting
    x = as_shown(x, digits)
    if x == 0:
        x = 0.0  # no "-0,00"
    s = format_decimal(x, format=_pattern(digits, group), locale=_LOCALE.get(lang, "vi"))
    if s.lstrip("-").strip("0.,") == "":
        s = s.lstrip("-")  # a value that rounds to zero prints without a sign
    elif sign and x > 0:
        s = "+" + s
    return s


def pct(x, lang: str = "vi", digits: int = 2, sign: bool = False) -> str:
    """A percentage already in percent: pct(7.37, 'vi') → '7,37 %'."""
    s = num(x, lang, digits, sign=sign)
    return s if s == DASH else f"{s} %"


def frac_pct(x, lang: str = "vi", digits: int = 1, sign: bool = False) -> str:
    """A fraction shown in percent: frac_pct(0.075, 'vi') → '7,5 %'."""
    return pct(None if x is None else 100 * float(x), lang, digits, sign)


def span(y0: int, y1: int) -> str:
    """Years ``y0`` to ``y1`` as a reader writes them: "2026–2030", or "2026" for one year (never
    "2026–2026")."""
    return str(y0) if y0 == y1 else f"{y0}–{y1}"


def plain(x, lang: str = "vi", group: bool = False) -> str:
    """A number with as many decimals as it needs (up to 6), no trailing zeros: 0.6 → '0,6';
    thousands grouped only when asked (a published figure read, 13.770,29; a limit to type
    back, 1000000, is not)."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return DASH
    text = f"{float(x):.6f}".rstrip("0").rstrip(".")
    digits = len(text.partition(".")[2])
    return num(x, lang, digits, group=group)


def mark(flag, lang: str = "vi", no: str = DASH) -> str:
    """A boolean as a mark: ✓ for true, ``no`` for false, — for missing."""
    if flag is None or (isinstance(flag, float) and math.isnan(flag)):
        return DASH
    return "✓" if bool(flag) else no


def verdict(flag) -> str:
    """Whether a target is met (or targets hold) as a mark: ✓ yes, ✗ no, — not judged. A
    "met" column of ✓ and — read as "met" and "not applicable" (the Solve page's table beside
    the Compare page's ✓/✗); `mark` stays for yes/no facts such as "binding"."""
    return mark(flag, no="✗")


# A date's layout per language: (strftime, moment.js), one fact in two notations; a language
# other than Vietnamese is written as English is (ISO)
_DAY = {"vi": ("%d/%m/%Y", "DD/MM/YYYY"), "en": ("%Y-%m-%d", "YYYY-MM-DD")}


def _layout(lang: str) -> tuple[str, str]:
    return _DAY.get(lang, _DAY["en"])


def day(d, lang: str = "vi") -> str:
    """A date as its reader writes it: 02/12/2026 in Vietnamese (day/month/year), 2026-12-02 in
    English (ISO, which no English reader misreads as the second of December or of February).
    ``d`` a `datetime.date` or `datetime.datetime` (its time left out)."""
    return d.strftime(_layout(lang)[0])


def moment(d, lang: str = "vi") -> str:
    """A date and time to the minute, as `day` writes the date: 02/12/2026 09:05, 2026-12-02 09:05."""
    return f"{day(d, lang)} {d.strftime('%H:%M')}"


def moment_pattern(lang: str = "vi") -> str:
    """`moment`'s layout in the notation of the browser's tables (moment.js, which Streamlit's
    date columns read): a table column of real times shows them as `moment` writes them and
    still sorts by time, where text such as 02/12/2026 would sort by the day of the month."""
    return f"{_layout(lang)[1]} HH:mm"


# ---- reading numbers as people type them -------------------------------------------------------
class NumberTextError(ValueError):
    """Text that is not a number: ``code`` is a catalogue key (num_*) saying why."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


MAX_NUMBER_TEXT = 40
_SPACE_GROUPED = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]*)?")
_GROUPING = {"vi": ".", "en": ","}


def parse_number(text: str, lang: str = "vi", grouping: bool = False) -> float:
    """A number as a person types it, in either convention: '8,5' and '8.5' are both 8.5.

    One separator written once is the decimal mark, whichever it is ('8,5', '8.5'), since a
    rate or a share never needs grouping; with ``grouping`` (amounts in billion VND) the
    language's grouping mark followed by exactly three digits groups ('234.901' is 234901 in
    Vietnamese, '234,901' in English). A mark written more than once groups, in threes
    ('1.234.567'); with both marks the last one written is the decimal ('1.234,5', '1,234.5').
    Spaces (also non-breaking) around the number, after its sign and before a trailing '%' are
    allowed, and inside it only as thousands grouping, in threes ('80 000'; '8 5' is refused, not
    read as 85); so is a leading '+'. Anything else, digits of other scripts included, raises
    `NumberTextError`.
    """
    s = str(text).replace("\u00a0", " ").replace("\u202f", " ").strip()
    if len(s) > MAX_NUMBER_TEXT:
        raise NumberTextError("num_long")
    s = s.removesuffix("%").strip()
    if not s:
        raise NumberTextError("num_empty")
    sign = ""
    if s[0] in "+-−":
        sign, s = ("-" if s[0] in "-−" else ""), s[1:].strip()
    if " " in s:
        # a space inside the number groups thousands ('80 000'), so in threes: '8 5' was read
        # as 85, where a stray space in '8,5' is as likely
        if not _SPACE_GROUPED.fullmatch(s):
            raise NumberTextError("num_grouping")
        s = s.replace(" ", "")
    if not s or any(ch not in "0123456789.," for ch in s):
        raise NumberTextError("num_chars")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        group = "," if dec == "." else "."
        if s.count(dec) > 1:
            raise NumberTextError("num_chars")
        whole, _, frac = s.partition(dec)
        whole = _ungroup(whole, group)
    elif dots + commas == 0:
        whole, frac = s, ""
    else:
        mark = "." if dots else ","
        parts = s.split(mark)
        if len(parts) > 2 or (grouping and mark == _GROUPING.get(lang, ".") and len(parts[1]) == 3):
            whole, frac = _ungroup(s, mark), ""
        else:
            whole, frac = parts
    if not (whole or frac) or not (whole + frac).isdigit():
        raise NumberTextError("num_chars")
    return float(f"{sign}{whole or '0'}.{frac or '0'}")


def _ungroup(whole: str, mark: str) -> str:
    parts = whole.split(mark)
    if not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
        raise NumberTextError("num_grouping")
    return "".join(parts)


def box_text(x: float, lang: str = "vi", digits: int = 2) -> str:
    """A value as an input box shows it: at least ``digits`` decimals, more when the value has
    them (up to 6, so a box never hides a digit the file holds), no grouping: 7.5 → '7,50'."""
    text = f"{float(x):.6f}".rstrip("0").rstrip(".")
    return num(x, lang, max(digits, len(text.partition(".")[2])), group=False)


class Numbers(string.Formatter):
    """str.format with a number's spec (".2f", "+.3f") written by `num` in one language: the
    words of a method or a basis kept as an English template and its numbers, said in Vietnamese
    ("{rate:.2f} %" → "0,71 %")."""

    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, spec):
        m = re.fullmatch(r"(\+?)\.(\d)f", spec)
        if m and isinstance(value, (int, float)):
            return num(value, self.lang, int(m.group(2)), sign=bool(m.group(1)))
        return super().format_field(value, spec)


def worded(english: str, key: str, args: dict, lang: str, vietnamese: dict[str, str]) -> str:
    """A method or a basis the model writes in English from a template (``key``) and its
    numbers (``args``), in ``lang``: the English, or ``vietnamese[key]`` with the numbers written
    the Vietnamese way; a key without Vietnamese keeps its English."""
    vi = vietnamese.get(key) if lang == "vi" else None
    return Numbers(lang).format(vi, **args) if vi else english
