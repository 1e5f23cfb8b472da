"""How one value of a scenario document is checked: the issues collected, keys against the
allowed ones, rates (fractions a year, typed text read with either decimal mark), years, texts
(lengths, controls, nothing visible), bounded numbers and lists of names. Each check adds an
`Issue` with its TOML path and a message code (`model.report.issues` words them) and returns
None for a value it refuses, so that a document's every problem is listed at once.

Glossary: kiểm tra = validation; đường dẫn TOML = TOML path.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import params as P
from .types import MAX_YEAR, MIN_YEAR, Issue, RatePath, pct_to_frac

RATE_BOUNDS = {k: (p.lo, p.hi) for k, p in P.RATES.items()}
_YEAR_RE = re.compile(r"[0-9]{4}")  # ASCII only: '２０２６' must not read as 2026
# Line breaks and controls of every kind: C0, DEL, C1 (U+0085 NEL among them), and Unicode's
# line and paragraph separators U+2028/U+2029, which a browser or a terminal also breaks at.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible,
# they reorder what follows them as it is shown ("a\u202e9 %" reads "a% 9"), in the page, the
# deck and a spreadsheet's cell, so a title would say other than what the file holds. Vietnamese
# and English text never needs them. Lone surrogates (U+D800–U+DFFF) are no character at all:
# a file cannot hold them (UTF-8 refuses), and a title given through the API with one stopped
# the save with UnicodeEncodeError.
BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _blank(v: str) -> bool:
    """Nothing a reader would see: spaces of any kind, format characters (zero-width space,
    joiners, U+FEFF) and controls only."""
    return all(unicodedata.category(ch)[0] in "ZC" for ch in v)


class _Issues(list):
    """The issues of one validation, capped: past `MAX_ISSUES` only a count is kept, so that a
    file with a million unknown keys costs a count, not a million messages."""

    more = 0

    def add(self, path: str, code: str, **params) -> None:
        if len(self) >= P.MAX_ISSUES:
            self.more += 1
            return
        self.append(Issue(path, code, params))

    @property
    def full(self) -> bool:
        return len(self) >= P.MAX_ISSUES


def shown(v: Any) -> str:
    """A value as quoted back in a message: strings in quotes, tables as {...}, long values cut."""
    if isinstance(v, str):
        s = repr(v)
    elif isinstance(v, Mapping):
        s = "{...}"
    elif isinstance(v, list):
        s = "[...]"
    elif isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 10 ** P.MAX_SHOWN_VALUE:
        s = f"a {len(str(abs(v)))}-digit number"
    else:
        s = str(v)
    return s if len(s) <= P.MAX_SHOWN_VALUE else s[: P.MAX_SHOWN_VALUE - 1] + "…"


def shown_at(v: str, i: int) -> str:
    """``v`` quoted back around its character ``i`` (0-based), so that a message about that
    character shows it even when it lies past the first `MAX_SHOWN_VALUE` characters: a title of
    60 letters with a hidden control at the 55th was quoted cut at the 39th, without it."""
    if len(repr(v)) <= P.MAX_SHOWN_VALUE:
        return repr(v)

    def fits(a: int, b: int) -> bool:   # the quoted part (escapes count) and its two "…"
        return len(repr(v[a:b])) + 2 <= P.MAX_SHOWN_VALUE

    start, end = i, i + 1
    while start > max(0, i - 12) and fits(start - 1, end):   # some words before it,
        start -= 1
    while end < len(v) and fits(start, end + 1):              # then what follows,
        end += 1
    while start and fits(start - 1, end):                     # then more before, at the end
        start -= 1
    r = repr(v[start:end])
    return r[0] + ("…" if start else "") + r[1:-1] + ("…" if end < len(v) else "") + r[0]


def _check_keys(table: Mapping, allowed: list[str], path: str, issues: _Issues) -> None:
    for k in table:
        if k not in allowed:
            where = f"{path}.{shown(k)[1:-1]}" if path else shown(k)[1:-1]
            if issues.full:
                issues.more += 1
                continue
            hint = difflib.get_close_matches(k, allowed, n=1) if len(k) <= P.MAX_NAME else []
            if hint:
                issues.add(where, "unknown_key_hint", hint=hint[0])
            else:
                issues.add(where, "unknown_key", allowed=", ".join(allowed))


# a number written as text, the way a person types a rate: "8,5%", "0,085", " 8.5 % "
_RATE_TEXT = re.compile(r"\s*(?P<num>[-+]?\d{1,6}(?:[.,]\d{1,12})?)\s*(?P<pct>%?)\s*")


def typed_fraction(number: str, percent: bool) -> Decimal:
    """The fraction a rate typed by a person means: ``number`` with either decimal mark, a
    percent when marked so or above 1 (as `_rate_number` reads 9 as 9 %): "8,5" % → 0.085."""
    x = Decimal(number.replace(",", "."))
    return x / 100 if percent or abs(x) > 1 else x


def _rate_from_text(text: str, kind: str) -> str | None:
    """The fraction a rate written as text means, as the file should hold it ("8,5%" → 0.085;
    "0,085" → 0.085); None when the text is no number or the fraction is outside the field's
    range."""
    m = _RATE_TEXT.fullmatch(text)
    if not m:
        return None
    x = typed_fraction(m["num"], bool(m["pct"]))
    lo, hi = RATE_BOUNDS[kind]
    return format(x.normalize(), "f") if lo <= x <= hi else None


def _rate_number(v: Any, path: str, kind: str, issues: _Issues) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        fix = _rate_from_text(v, kind) if isinstance(v, str) else None
        if fix is not None:   # "8,5%" in quotes: the number it means, without quotes
            # the key as the line under its table header writes it ("growth = 0.085", "2026 = 0.12")
            issues.add(path, "rate_text", value=shown(v), hint=fix, key=path.rsplit(".", 1)[-1])
        else:
            issues.add(path, "not_number", value=shown(v))
        return None
    lo, hi = RATE_BOUNDS[kind]
    if isinstance(v, int) and not lo <= v <= hi and abs(v) > 100:
        issues.add(path, "rate_range", value=shown(v), lo=lo, hi=hi)  # never float() a huge int
        return None
    v = float(v)
    if not math.isfinite(v):
        issues.add(path, "not_finite", value=shown(v))
        return None
    if lo <= v <= hi:
        return v
    # "9" for 9 % is a common slip; "1.0000001" is not a percent anyone typed.
    if 1.0 < abs(v) <= 100.0 and abs(v * 100 - round(v * 100)) < 1e-6 and lo <= v / 100 <= hi:
        issues.add(path, "rate_percent", value=shown(v), hint=f"{pct_to_frac(v):g}")
    else:
        issues.add(path, "rate_range", value=shown(v), lo=lo, hi=hi)
    return None


def _rate(v: Any, path: str, kind: str, issues: _Issues) -> RatePath | None:
    if isinstance(v, Mapping):
        if not v:
            issues.add(path, "empty_rate_table")
            return None
        points, ok = {}, True
        for key, val in v.items():
            p = f"{path}.{shown(key)[1:-1]}"
            if not _YEAR_RE.fullmatch(str(key)) or not MIN_YEAR < int(key) <= MAX_YEAR:
                issues.add(p, "rate_year_key", key=shown(key), lo=MIN_YEAR + 1, hi=MAX_YEAR)
                ok = False
                continue
            num = _rate_number(val, p, kind, issues)
            ok = ok and num is not None
            if num is not None:
                points[int(key)] = num
        return RatePath.by_year(points) if ok else None
    num = _rate_number(v, path, kind, issues)
    return None if num is None else RatePath.const(num)


def _year(v: Any, path: str, issues: _Issues, lo: int, hi: int) -> int | None:
    if isinstance(v, bool) or not isinstance(v, int):
        issues.add(path, "not_year", value=shown(v))
        return None
    if not lo <= v <= hi:
        issues.add(path, "year_range", value=shown(v), lo=lo, hi=hi)
        return None
    return v


def _text(table: Mapping, key: str, path: str, issues: _Issues, required: bool,
          max_len: int, one_line: bool = True) -> str:
    where = f"{path}.{key}"
    if key not in table:
        if required:
            issues.add(where, "missing_text", key=key)
        return ""
    v = table[key]
    if not isinstance(v, str):
        issues.add(where, "not_text", value=shown(v))
        return ""
    if required and _blank(v):
        issues.add(where, "empty_text", key=key)
        return ""
    if len(v) > max_len:
        issues.add(where, "text_too_long", n=len(v), max=max_len)
        return ""
    # the character refused is quoted and counted (from 1), wherever it is in a long text
    for code, found in (("text_control", one_line and _CONTROL_RE.search(v)),
                        ("text_surrogate", _SURROGATE_RE.search(v)), ("text_bidi", BIDI_RE.search(v))):
        if found:
            issues.add(where, code, value=shown_at(v, found.start()), at=found.start() + 1)
            return ""
    return v


def _number(v: Any, path: str, lo: float, hi: float, issues: _Issues) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        issues.add(path, "not_number_plain", value=shown(v))
        return None
    if isinstance(v, int) and abs(v) > 10**15 or not (math.isfinite(float(v)) and lo <= float(v) <= hi):
        issues.add(path, "number_range", value=shown(v), lo=lo, hi=hi)
        return None
    return float(v)


def _id_list(v: Any, path: str, allowed: tuple[str, ...], issues: _Issues) -> tuple[str, ...] | None:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        issues.add(path, "not_list", value=shown(v), example=allowed[0])
        return None
    n_before = len(issues) + issues.more
    seen: set[str] = set()
    for x in v:
        if x not in allowed:
            hint = difflib.get_close_matches(x, list(allowed), n=1) if len(x) <= P.MAX_NAME else []
            if hint:
                issues.add(path, "unknown_name_hint", value=shown(x), hint=hint[0])
            else:
                issues.add(path, "unknown_name", value=shown(x), allowed=", ".join(allowed))
        elif x in seen:
            issues.add(path, "duplicate_name", value=shown(x))
        seen.add(x)
    if not v:
        issues.add(path, "empty_list")
    return None if len(issues) + issues.more > n_before or not v else tuple(v)
