"""Numbers by language: one formatter for the app, the charts, the prose and the exports.

Vietnamese writes a decimal comma and a thousands dot (7,37 %; 234.901 tỷ đồng); English the
reverse (7.37 %; 234,901). Babel's CLDR data decide, so that "8.922" never means eight
thousand to one reader and nine to another. Missing values print as an em dash.
"""

from __future__ import annotations

import math
from functools import lru_cache

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
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return DASH
    x = float(x)
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


def plain(x, lang: str = "vi") -> str:
    """A number with as many decimals as it needs (up to 6), no trailing zeros: 0.6 → '0,6'."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return DASH
    text = f"{float(x):.6f}".rstrip("0").rstrip(".")
    digits = len(text.partition(".")[2])
    return num(x, lang, digits, group=False)


def mark(flag, lang: str = "vi") -> str:
    """A boolean as a mark: ✓ for true, — for false or missing."""
    if flag is None or (isinstance(flag, float) and math.isnan(flag)):
        return DASH
    return "✓" if bool(flag) else DASH


def axis_formatter(lang: str = "vi", digits: int = 0):
    """A matplotlib tick formatter in the language's convention."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: num(v, lang, digits))
