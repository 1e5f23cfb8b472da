"""What a flag's value may be: each flag's type, turning the text typed into the value a
command takes, or refusing it in the reader's language with the fix (``--icor 50`` → "ICOR từ
1 đến 30"); an option given twice refused (`_Once`). Numbers are read either way, 0,4 or 0.4."""

from __future__ import annotations

import argparse
import re

from .. import params as P
from ..report.fmt import plain
from ..report.strings import t as tr


def _number(text: str) -> float | None:
    """A flag's number typed either way, 0,4 or 0.4 (`model.report.fmt.parse_number`, as every
    box of the app reads it); None if it is not one."""
    from ..report.fmt import NumberTextError, parse_number

    try:
        return parse_number(text, "en", grouping=False)
    except NumberTextError:
        return None


def _out_dir(text: str) -> str:
    if not text.strip():
        raise _bad_arg("arg_out")
    return text


def _done(text: str) -> tuple[int, float]:
    """``Q=PCT``: the quarters already published (1-3) and their cumulative growth, percent."""
    q_, _, pct = text.partition("=")
    q_, v = q_.strip(), _number(pct)
    if not (q_.isascii() and q_.isdigit()) or v is None:   # digits 0-9 only, as everywhere
        raise _bad_arg("arg_done", text=text)
    m = int(q_)
    if m not in (1, 2, 3):
        raise _bad_arg("arg_done_q", text=text)
    if not -50 <= v <= 100:
        raise _bad_arg("arg_growth_range", text=text)
    return m, v


def _pct(text: str) -> float:
    v = _number(text)
    if v is None:
        raise _bad_arg("arg_growth", text=text)
    if not -50 <= v <= 100:
        raise _bad_arg("arg_growth_range", text=text)
    return v


def _split(text: str | None) -> list[str] | None:
    return None if text is None else [x.strip() for x in text.split(",") if x.strip()]


def _priority(text: str) -> dict[str, float]:
    tid, sep, w = text.partition("=")
    v = _number(w) if sep else None
    if v is None:
        raise _bad_arg("arg_priority", text=repr(text))
    return {tid.strip(): v}


class _Priorities(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        got = dict(getattr(namespace, self.dest) or {})
        got.update(values)
        setattr(namespace, self.dest, got)


# A whole number as either convention groups it: 10.000 (vi), 10,000 (en), 10 000; one mark, in
# threes. Digits 0-9 only: Python's int() also reads '1_000' and other scripts' digits ('٢' is 2),
# which would let a slip pass silently as a value.
_PLAIN = re.compile(r"[+-]?[0-9]+")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}([.,])[0-9]{3}(?:\1[0-9]{3})*")


def whole_text(text: str) -> int | None:
    """A whole number typed as a person writes it (``10000``, ``10.000``, ``10,000``,
    ``10 000``), or None. A single mark before three digits groups in either language: a count
    or a year has no fraction to mark, so ``1.000`` is a thousand."""
    s = str(text).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if len(s) > 40:
        return None
    if _PLAIN.fullmatch(s):
        return int(s)
    if _GROUPED.fullmatch(s):
        return int(re.sub("[.,]", "", s))
    return None


def _whole(text: str, lo: int, hi: int, what: str, example: str) -> int:
    """A whole number between ``lo`` and ``hi`` (`whole_text`), or a message naming ``what``
    and the fix."""
    v = whole_text(text)
    if v is None:
        raise _bad_arg(f"arg_whole_{what}", text=repr(text), example=example)
    if not lo <= v <= hi:
        raise _bad_arg(f"arg_range_{what}", text=text, lo=lo, hi=hi)
    return v


def _investment_cap(text: str) -> float:
    """A cap in % of GRDP, typed 55, 55.5 or 55,5."""
    from ..params import INVESTMENT_CAP_RANGE

    lo, hi = INVESTMENT_CAP_RANGE
    v = _number(text)
    if v is None or not lo <= v <= hi:
        raise _bad_arg("arg_cap", text=repr(text), lo=f"{lo:g}", hi=f"{hi:g}")
    return v


def _draws(text: str) -> int:
    from ..uncertainty import MAX_DRAWS

    return _whole(text, 1, MAX_DRAWS, "draws", "10000")


def _seed(text: str) -> int:
    from ..uncertainty import MAX_SEED

    return _whole(text, 0, MAX_SEED, "seed", "0")


def _delay(text: str) -> int:
    """``projects --delay``: years late, 0 to `params.MAX_DELAY`."""
    return _whole(text, 0, P.MAX_DELAY, "delay", "2")


def _year(text: str) -> int:
    """A calendar year (``quarterly --year``, ``brief --quarter-year``); whether the scenario
    has it is the command's check, which names the years it has."""
    return _whole(text, 1000, 9999, "year", "2026")


def _sources(text: str) -> tuple[str, ...]:
    from ..uncertainty import SOURCES

    out = tuple(x.strip() for x in text.split(",") if x.strip())
    bad = [x for x in out if x not in SOURCES]
    if bad:
        raise _bad_arg("arg_sources", text=repr(bad[0]), allowed=",".join(SOURCES))
    return out


def _pptx_path(text: str) -> str:
    if not text.lower().endswith(".pptx") or len(text) > 500:
        raise _bad_arg("arg_pptx", text=text[:80])
    return text


def _xlsx_path(text: str) -> str:
    if not text.lower().endswith(".xlsx") or len(text) > 500:
        raise _bad_arg("arg_xlsx", text=text[:80])
    return text


def _chart_kinds(text: str) -> tuple[str, ...]:
    """``png``, ``svg`` or both, comma-separated (``--charts png,svg``)."""
    from ..report.export import CHART_KINDS

    kinds = tuple(k.strip().lower() for k in text.split(",") if k.strip())
    if not kinds or any(k not in CHART_KINDS for k in kinds):
        raise _bad_arg("arg_charts", text=repr(text))
    return kinds


def _set_id(text: str) -> str:
    from .. import registry

    if text not in registry.set_ids():
        raise _bad_arg("arg_set", text=text, allowed=", ".join(registry.set_ids()))
    return text


def _band(name: str):
    """A parser for one supply-side assumption: a number within the band `model.supply` accepts
    (half the low end to one and a half times the high end)."""
    def parse(text: str) -> float:
        from ..supply import BANDS

        lo, _, hi = BANDS[name]
        v = _number(text)
        if v is None:
            raise _bad_arg("arg_number", text=text, example=plain(BANDS[name][1], _ARG_LANG[0]))
        if not 0.5 * lo <= v <= 1.5 * hi:
            lg = _ARG_LANG[0]   # the band's numbers written the reader's way, as the rest of the line
            raise _bad_arg("arg_band", text=text, a=plain(0.5 * lo, lg), b=plain(1.5 * hi, lg), lo=plain(lo, lg),
                           hi=plain(hi, lg))
        return v
    return parse


def _share(text: str) -> float:
    v = _number(text)
    if v is None or not P.INVESTMENT_SHARE_RANGE[0] < v < P.INVESTMENT_SHARE_RANGE[1]:
        raise _bad_arg("arg_share", text=text)
    return v


def _icor(text: str) -> float:
    v = _number(text)
    if v is None or not P.ICOR_RANGE[0] <= v <= P.ICOR_RANGE[1]:
        raise _bad_arg("arg_icor", text=text)
    return v


# The language of the command line's own refusals (argparse reads the arguments before the
# command runs): `main` sets it from --lang, else from the command's default.
_ARG_LANG = ["en"]


def _bad_arg(key: str, **fields) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(tr(key, _ARG_LANG[0], **fields))


class _Once(argparse._StoreAction):
    """An option given twice is refused, not overwritten by its last value: ``--done 1=6,5
    --done 3=7,8`` read as nine months at 7.8 % and dropped the first, silently (argparse's
    own store keeps the last). ``twice`` names the refusal in the catalogue."""

    twice = "arg_twice"

    def __call__(self, parser, namespace, values, option_string=None):
        given = namespace.__dict__.setdefault("_given", set())   # this parse's options so far
        if self.dest in given:
            raise argparse.ArgumentError(self, tr(self.twice, _ARG_LANG[0]))
        given.add(self.dest)
        setattr(namespace, self.dest, values)


class _DoneOnce(_Once):
    twice = "arg_done_once"   # says what --done holds: the cumulative growth of every quarter published
