"""Every user-visible string, Vietnamese first, English second: one catalogue for the app, the
charts, the validation messages, the consistency report and the exports.

The entries live in parts by where the words appear (`model.report.catalogue`); here they are
one catalogue, ``TEXT``, with the labels and the functions that choose among the entries.
``t(key, lang, **fields)`` returns the string with ``fields`` filled in; numbers passed as
fields should already be formatted with `model.report.fmt` (so that they follow the language).
A missing key raises ``KeyError``, so a typo fails in the tests, not in a meeting. Every key
has both languages (tested).

Glossary: chỉ tiêu = indicator/target; kịch bản = scenario; giá hiện hành = current prices;
giá so sánh 2010 = constant 2010 prices; điểm phần trăm = percentage point.
"""

from __future__ import annotations

import errno
import os
import re
from functools import lru_cache
from typing import Any, Mapping

from ..data import solver_target_unit
from . import fmt
from .catalogue import FINDINGS, PARTS
from .issues import ISSUES, issue_text, one_line  # noqa: F401  (the validation messages, kept apart)

LANGS = ("vi", "en")

SECTOR_TEXT: dict[str, tuple[str, str, str]] = {
    # id: (Vietnamese, Vietnamese short, English)
    "agriculture": ("Nông, lâm nghiệp và thủy sản", "Nông-lâm-thủy sản", "Agriculture, forestry and fishery"),
    "industry_construction": ("Công nghiệp và xây dựng", "Công nghiệp-xây dựng", "Industry and construction"),
    "services": ("Dịch vụ", "Dịch vụ", "Services"),
    "product_taxes": ("Thuế sản phẩm trừ trợ cấp sản phẩm", "Thuế SP trừ trợ cấp", "Product taxes less subsidies"),
}
SECTOR_SHORT_EN = {"agriculture": "Agriculture", "industry_construction": "Industry-construction",
                   "services": "Services", "product_taxes": "Product taxes"}


def sector_label(sector_id: str, lang: str = "vi", short: bool = False) -> str:
    """A sector's name in ``lang``; ``short`` for table headers and legends."""
    vi, vi_short, en = SECTOR_TEXT[sector_id]
    if lang == "en":
        return SECTOR_SHORT_EN[sector_id] if short else en
    return vi_short if short else vi


TEXT: dict[str, tuple[str, str]] = {k: v for part in PARTS.values() for k, v in part.items()}

STATUS_KEYS = {"met": "met", "missed": "missed", "not_modelled": "not_modelled", "on_track": "on_track",
               "off_track": "off_track", "no_figure": "no_figure"}
GROUP_LABEL = {
    "economy": ("Kinh tế", "Economy"), "structure": ("Cơ cấu", "Structure"),
    "fiscal": ("Ngân sách", "Budget"), "society": ("Xã hội", "Society"),
    "rural": ("Nông thôn mới", "New rural"), "health": ("Y tế", "Health"),
    "environment": ("Môi trường", "Environment"),
}
UNIT_LABEL = {
    "percent_per_year": ("%/năm", "%/yr"), "times": ("lần", "times"), "percent": ("%", "%"),
    "million_vnd_per_person": ("triệu đồng/người", "million VND/person"),
    "percent_of_communes": ("% số xã", "% of communes"), "percent_of_districts": ("% số huyện", "% of districts"),
    "percentage_points_per_year": ("điểm %/năm", "pp/yr"), "per_10000_people": ("/vạn dân", "per 10,000 people"),
    "percent_of_population": ("% dân số", "% of population"), "percent_of_land": ("% diện tích", "% of land"),
    "percent_of_households": ("% số hộ", "% of households"), "rank": ("thứ hạng", "rank"),
    "million_vnd_per_person_year": ("triệu đồng/người/năm", "million VND/person/yr"),
    "billion_usd": ("tỷ USD", "billion USD"),
}




def noun(n: int, word: str) -> str:
    """An English noun for a count: "1 target", "2 targets" (Vietnamese nouns have no plural:
    its strings leave the field out)."""
    return word if n == 1 else word + "s"


def t(key: str, lang: str = "vi", /, **fields: Any) -> str:
    """The catalogue string ``key`` in ``lang`` ('vi' or 'en'), with ``fields`` filled in."""
    vi, en = TEXT[key]
    if lang == "en":
        s = en
    elif lang == "vi":
        s = vi
    else:   # "EN" or "fr" gave Vietnamese without a word (a deck built from a notebook)
        raise ValueError(f"lang: 'vi' or 'en', not {lang!r:.20}")
    return s.format(**fields) if fields else s


def project_status(status: str, lang: str = "vi") -> str:
    """A project's status in words ('đang xây dựng'); an unknown one (a user's own) as given."""
    key = "pjs_" + "_".join(status.replace("/", " ").replace("-", " ").split())
    return t(key, lang) if key in TEXT else (status or "—")


def workspace_error_text(err, lang: str = "vi") -> str:
    """A `model.workspace.WorkspaceError` in words."""
    return t(f"ws_err_{err.code}", lang, **{k: v for k, v in err.params.items()})


# The operating system's refusals a planner meets when a file is written (the workspace, --out,
# a deck), by errno: its own words are English ("File exists") and say no fix.
_OS_ERRORS = {errno.EEXIST: "os_exists", errno.ENOTDIR: "os_notdir", errno.EISDIR: "os_isdir",
              errno.EACCES: "os_access", errno.EPERM: "os_access", errno.EROFS: "os_readonly",
              errno.ENOSPC: "os_space", errno.EDQUOT: "os_space", errno.ENOENT: "os_missing",
              errno.ENAMETOOLONG: "os_long"}


# Windows' "used by another process" and "locked" (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION):
# Python reports both as EACCES, as it does a folder without the right to write.
_WIN_IN_USE = (32, 33)


def _locked_file(path) -> bool:
    """A refused write whose target is an existing file in a folder one may write to: the file
    itself stops it, open in another program or read-only. On Windows, Excel and PowerPoint keep
    the files they show locked, and a planner runs `run --out` again with last run's
    projection.csv open: "no permission to write here" sent them to ask for rights they had."""
    try:
        return bool(path) and os.path.isfile(path) and os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)
    except (OSError, ValueError):
        return False


def os_error_text(err: OSError, lang: str = "vi", reading: bool = False) -> str:
    """An `OSError` in words: the path, what is wrong and what to do; one the catalogue does not
    know, with the system's own reason. ``reading``: the refusal came while reading (a folder
    listed), so a missing right is the right to read."""
    # a rename or link names its target second: the file the planner asked for, not the
    # temporary one it was written to first (`model.scenario.files.write_atomic`)
    path = next((f for f in (err.filename2, err.filename) if f is not None), "")
    key = _OS_ERRORS.get(err.errno)
    if reading and key == "os_access":
        key = "os_noread"
    elif getattr(err, "winerror", None) in _WIN_IN_USE or (key == "os_access" and _locked_file(path)):
        key = "os_in_use"
    shown = one_line(path)   # the name as said; the check above asks the file system about the name as it is
    return t(key, lang, path=shown) if key else t("os_other", lang, path=shown, reason=err.strerror or str(err))


def field_label(field: str, lang: str = "vi", names: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A scenario field path in words: 'sectors.services.growth' → 'Dịch vụ — tăng trưởng';
    'projects.<id>' → 'Dự án: <its name>' (``names``: (vi, en) names of projects a scenario
    defines itself, `model.projects.defined_names`; else the shipped table's)."""
    key = f"field_{field}"
    if key in TEXT:
        return t(key, lang)
    if field.startswith("projects."):
        from ..projects import load_projects

        pid = field[len("projects."):]
        p = load_projects().get(pid)
        vi, en = (names or {}).get(pid) or ((p.name_vi, p.name_en) if p is not None else (pid, pid))
        return t("pj_field", lang, name=en if lang == "en" and en else vi)
    _, sector, kind = field.split(".")
    return f"{sector_label(sector, lang, short=True)} — {t('kind_' + kind, lang)}"


def setting_label(path: str, lang: str = "vi", names: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A flattened scenario setting (the workbook's assumptions, one row a value) in words:
    'sectors.services.growth.2027' → 'Dịch vụ — tăng trưởng, năm 2027'; 'projects.<id>.delay' →
    'Dự án: <its name> — số năm chậm' (``names``: as `field_label`'s); 'solve.…' → 'Yêu cầu giải
    mục tiêu: …'; the path itself where there are no words for it."""
    parts = path.split(".")
    year = parts[-1] if len(parts) > 1 and parts[-1].isdigit() and len(parts[-1]) == 4 else None
    base = ".".join(parts[:-1]) if year else path
    suffix = t("set_year", lang, year=year) if year else ""
    if f"field_{base}" in TEXT:
        return t(f"field_{base}", lang) + suffix
    if base.startswith("meta.answers."):
        from .. import registry

        tid = base[len("meta.answers."):]
        return t("set_answer", lang, name=target_name(tid, lang) if tid in registry.all_ids() else tid)
    # the Workspace form's words where they are the same
    key = {"meta.title_vi": "ws_title_vi", "meta.description": "ws_desc_vi",
           "meta.description_en": "ws_desc_en"}.get(base, f"set_{base.replace('.', '_')}")
    if key in TEXT:
        return t(key, lang) + suffix
    if len(parts) >= 3 and parts[0] == "sectors" and parts[1] in SECTOR_TEXT and f"kind_{parts[2]}" in TEXT:
        return field_label(".".join(parts[:3]), lang) + suffix
    if len(parts) >= 3 and parts[0] == "projects":
        key = f"set_project_{parts[2]}"
        if parts[2] == "sources" and len(parts) == 4 and parts[3] in ("state", "nonstate", "fdi"):
            what = t("set_project_sources", lang, source=t(f"set_source_{parts[3]}", lang))
        else:
            what = t(key, lang) + suffix if key in TEXT else ".".join(parts[2:])
        return f"{field_label('.'.join(parts[:2]), lang, names)} — {what}"
    if parts[0] == "solve":
        return t("set_solve", lang, what=_solve_words(parts[1:], lang))
    return path


# a [solve] key the Solve page labels: its label there, in lower case after the colon
_SOLVE_KEYS = {"targets": "sv_targets", "free": "sv_free", "method": "sv_method", "approx": "sv_approx",
               "smoothness": "sv_smooth", "prices": "set_sv_prices", "investment_cap": "sv_invest_cap",
               "taxes": "set_sv_taxes"}


def _solve_words(rest: list[str], lang: str) -> str:
    """The words for a ``solve.…`` path's tail ('bounds.services.min' → 'Dịch vụ: giới hạn tăng
    trưởng, thấp nhất (tỷ lệ/năm)'); the tail itself where there are none."""
    from .. import registry

    if len(rest) == 1 and rest[0] in _SOLVE_KEYS:
        words = t(_SOLVE_KEYS[rest[0]], lang)
        return words if words[1:2].isupper() else words[:1].lower() + words[1:]
    if len(rest) == 3 and rest[0] == "bounds" and rest[1] in SECTOR_TEXT and rest[2] in ("min", "max"):
        side = t(f"set_sv_{rest[2]}", lang)
        return f"{sector_label(rest[1], lang, short=True)} — {t('set_sv_bound', lang, side=side)}"
    if len(rest) == 2 and rest[0] == "priorities" and rest[1] in registry.all_ids():
        return t("set_sv_priority", lang, name=target_name(rest[1], lang))
    return ".".join(rest)


def status_label(code: str, lang: str = "vi") -> str:
    return t(STATUS_KEYS[code], lang)


def group_label(code: str, lang: str = "vi") -> str:
    return GROUP_LABEL.get(code, (code, code))[1 if lang == "en" else 0]


def unit_label(code: str, lang: str = "vi") -> str:
    return UNIT_LABEL.get(code, (code, code))[1 if lang == "en" else 0]


def all_entries() -> Mapping[str, tuple[str, str]]:
    """Every catalogue entry (for the tests that check both languages are there)."""
    out: dict[str, tuple[str, str]] = dict(TEXT)
    out.update({f"issue.{k}": v for k, v in ISSUES.items()})
    out.update({f"finding.{k}": v for k, v in FINDINGS.items()})
    out.update({f"group.{k}": v for k, v in GROUP_LABEL.items()})
    out.update({f"unit.{k}": v for k, v in UNIT_LABEL.items()})
    out.update({f"sector.{k}": (v[0], v[2]) for k, v in SECTOR_TEXT.items()})
    return out


PERIOD_RE = re.compile(r"(\d{4})(Q1|H1|M1-9)")   # the published table's periods within a year


def over_years(y0: int, y1: int, lang: str = "vi") -> str:
    """Years ``y0`` to ``y1`` after a rate: "giai đoạn 2026–2030" ("over 2026–2030"), or "trong
    năm 2026" ("in 2026") for one year, never "over 2026–2026"."""
    return t("yrs_in", lang, y=y0) if y0 == y1 else t("yrs_over", lang, span=fmt.span(y0, y1))


def period_text(period: str, lang: str = "vi") -> str:
    """A period of the published table in words: "2024Q1" → "quý I/2024" ("Q1 2024"), "2025H1"
    → "6 tháng đầu năm 2025", "2018" → "năm 2018" ("2018"); another as the file writes it."""
    m = PERIOD_RE.fullmatch(period)
    if m is not None:
        return t(f"src_{m[2]}", lang, y=m[1])
    return t("src_year", lang, y=period) if re.fullmatch(r"\d{4}", period) else period


@lru_cache(maxsize=1)
def _target_names() -> dict[str, tuple[str, str]]:
    """id → (Vietnamese, English) indicator of every set's targets (the shipped table, read once:
    a frame indexed afresh for each name cost the Scorecard's probabilities 2 ms a run)."""
    from ..data import load_solver_targets

    tg = load_solver_targets()
    return {i: (str(vi), str(en)) for i, vi, en in zip(tg["id"], tg["indicator_vi"], tg["indicator_en"])}


def target_name(tid: str, lang: str) -> str:
    """A target's (or constraint's) indicator as the tables print it, in ``lang``; the id if unknown."""
    names = _target_names().get(tid)
    return tid if names is None else names[0 if lang == "vi" else 1]


_PRINTED = {"gt": "> {lo}", "ge": "≥ {lo}", "le": "≤ {lo}", "range": "{lo}–{hi}", "approx": "≈ {lo}"}


def printed_target(comparator: str, low: float, high: float, lang: str = "vi") -> str:
    """A target as printed: '> 9', '2,5–3' (Vietnamese) or '2.5–3' (English), '≈ 60,3'."""
    return _PRINTED[comparator].format(lo=fmt.plain(low, lang), hi=fmt.plain(high, lang))


def target_unit(target_id: str, lang: str = "vi") -> str:
    """The unit a target's value is in, in words: "%/năm", "lần", "triệu đồng/người"."""
    return unit_label(solver_target_unit(target_id), lang)


# a share's or a rate's gap is in points; a level's (per capita) in the value's own unit, in the
# same words ("triệu đồng/người" beside "tr.đ/người" on one line of `solve` read as two units)
_GAP_UNITS = {"percent": "unit_pp", "percent_per_year": "unit_pp_year", "times": "unit_times"}


def gap_unit(target_id: str, lang: str = "vi") -> str:
    """The unit a target's gap is in: a share's gap is in percentage points, growth's in points
    a year, the multiple's in times, per capita's in its own unit (million VND a person)."""
    code = solver_target_unit(target_id)
    return unit_label(code, lang) if code == "million_vnd_per_person" else t(_GAP_UNITS.get(code, "unit_pp"), lang)


def factor_label(fid: str, lang: str = "vi", names: Mapping[str, tuple[str, str]] | None = None) -> str:
    """A `model.attribution.Factor` id in words: 'growth.services' → 'Dịch vụ — tăng trưởng'.
    ``names``: (vi, en) names of projects a scenario defines itself."""
    kind, _, subject = fid.partition(".")
    if kind in ("growth", "inflation"):
        return t(f"af_{kind}", lang, sector=sector_label(subject, lang, short=True))
    if kind == "project":
        return field_label(f"projects.{subject}", lang, names)
    return t(f"af_{kind}", lang)
