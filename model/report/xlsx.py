"""Writing sheets to an XLSX workbook as a planner opens and prints it: headers bold, frozen
and in the reader's words, numbers formatted by their digits (thousands separators, one or two
decimals), columns as wide as their values, every text a text (never a formula), and each sheet
laid out for print (A4 landscape, the header row on every page, as few pages wide as keep it
readable, a heading and a foot on each page). What each workbook holds is `model.report.workbook`'s.

Excel shows the separators of the reader's own locale: the formats below say "group thousands,
two decimals", and a Vietnamese Excel writes 234.901,00 where an English one writes 234,901.00.
"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass, field
from typing import Mapping

import pandas as pd

from .export import denoised

FMT = {0: "#,##0", 1: "#,##0.0", 2: "#,##0.00", 3: "#,##0.000"}
# Printed (`_lay_out_for_print`): A4 landscape takes about 140 of Excel's column-width units (the
# width of a "0" in the default font) at full size; a sheet is scaled to as few pages wide as keep
# it at 56 % of full size or more, PAGE_UNITS a page: the Scorecard's targets, the sources and the
# comparison on one, the projection's 27 columns on two.
PAGE_UNITS = 250
ROW_POINTS = 15   # a row of the default font (Calibri 11), points
NUMBER_HEAD = 16  # the widest a number column's header makes it (wrapped within)
# the characters a line of a 60-unit column holds, for a wrapped text's row height: Calc printed
# 77–80 of the Scorecard's notes a line in its fallback font (DejaVu Sans, wider than Excel's
# Calibri); at 58 a note of two lines got the height of three or four. A margin under that: a row
# too short cuts its text at the foot, one too tall only leaves white space.
WRAP_CHARS = 69
HEADING_CHARS = 160   # a printed page's heading, at most (the scenario's title is up to 200)
HEADING_CODES = 200   # … and with its "&" doubled: the heading's two parts within Excel's 255


@dataclass
class Sheet:
    """One sheet: a frame whose columns are already worded, the digits of each numeric column
    (default 2), and whether the index is written (its name is then the first header).
    ``row_digits`` (row position → digits) overrides the numeric columns' digits in a table
    whose rows, not columns, hold the units (the Compare table: GRDP in whole billions, shares
    to two decimals)."""

    name: str
    frame: pd.DataFrame
    digits: dict = field(default_factory=dict)
    index: bool = False
    row_digits: dict = field(default_factory=dict)


def shown_width(value, digits: int | None) -> int:
    """How many characters a cell shows: a number with its thousands separators and ``digits``
    decimals, anything else as written."""
    if digits is not None and isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return len(f"{value:,.{min(digits, 3)}f}")
    return len(str(value if value is not None else ""))


def write(sheets: list[Sheet], heading: str = "", made: str = "") -> bytes:
    """The workbook: a sheet each (names cut to Excel's 31 characters, forbidden characters
    replaced), headers bold and frozen, numbers formatted by their digits, widths fitted, and
    every text a text (never a formula, whatever it begins with); laid out for print
    (`_lay_out_for_print`), each printed page headed by ``heading`` (what the workbook is of: the
    scenario's title) and ``made`` (the date) at its foot's right."""
    from openpyxl.styles import Alignment, Font

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        for sh in sheets:
            name = "".join("_" if ch in '[]:*?/\\' else ch for ch in sh.name)[:31]
            denoised(sh.frame).to_excel(xl, sheet_name=name, index=sh.index)
            ws = xl.sheets[name]
            cols = ([sh.frame.index.name or ""] if sh.index else []) + [str(c) for c in sh.frame.columns]
            numeric = set()
            for j, head in enumerate(cols, start=1):
                cell = ws.cell(row=1, column=j)
                cell.font = Font(bold=True)
                digits = sh.digits.get(head)
                if digits is None and j > (1 if sh.index else 0):
                    series = sh.frame.iloc[:, j - 1 - (1 if sh.index else 0)]
                    digits = 2 if pd.api.types.is_float_dtype(series) else None
                # a number column's header stands over its numbers, at the right (at the left,
                # "A" read as the head of the numbers ending under "B")
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="right" if digits is not None else None)
                # a column holding numbers, formatted or not (a year; the assumptions' values
                # among words): the words after it are kept apart from them
                if _fit_column(ws, j, head, digits, sh.row_digits) or digits is not None:
                    numeric.add(j)
                if digits is not None:
                    for i in range(2, ws.max_row + 1):
                        ws.cell(row=i, column=j).number_format = FMT.get(sh.row_digits.get(i - 2, digits), FMT[2])
            _lay_out_for_print(ws, cols, numeric, heading, made)
            # Text is text: a title or name that begins with "=" (a user's) was written as a live
            # formula (=HYPERLINK(…) a link in the planner's workbook). No cell of ours is one.
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        cell.data_type = "s"
            ws.freeze_panes = "B2" if sh.index else "A2"
    return buf.getvalue()


def _fit_column(ws, j: int, head: str, digits: int | None, row_digits: Mapping[int, int]) -> bool:
    """Column ``j``'s width: its longest value as shown (a number with its separators and
    digits, "209,590" and not 209590.123456) and its header, a number column's header wrapped
    over its numbers within `NUMBER_HEAD` (the comparison's "GRDP giá hiện hành (tỷ đồng) — A"
    made its sheet two pages wide), at most 60. A text longer than that is wrapped within it, in
    a row as tall as its lines: neither Excel nor Calc fits a row to wrapped text on opening (the
    Scorecard's notes were drawn over the rows below, or cut at their column's edge). True when
    the column holds a number (drawn at its right edge)."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    # a number column's header at full width (bold, at the right: at 0.9 a character it filled its
    # column and ran into the next one's, "ICOR 6 % of GRDP")
    head_width = min(len(head), NUMBER_HEAD) if digits is not None else min(len(head) * 0.9, 28)
    values = [ws.cell(row=i, column=j).value for i in range(2, min(ws.max_row, 200) + 1)]
    width = max([head_width] + [shown_width(v, row_digits.get(i, digits)) for i, v in enumerate(values)])
    ws.column_dimensions[get_column_letter(j)].width = min(max(width + 2, 8), 60)
    numbers = any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
    if width + 2 <= 60:
        return numbers
    for i in range(2, ws.max_row + 1):
        cell = ws.cell(row=i, column=j)
        if isinstance(cell.value, str) and len(cell.value) > WRAP_CHARS:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            lines = len(textwrap.wrap(cell.value, WRAP_CHARS))
            ws.row_dimensions[i].height = max(ws.row_dimensions[i].height or ROW_POINTS, ROW_POINTS * lines)
    return numbers


def cut(text: str, most: int) -> str:
    """``text`` on one line, at most ``most`` characters, "…" where cut."""
    one = " ".join(str(text).split())
    return one if len(one) <= most else one[:most - 1] + "…"


def page_heading(text: str) -> str:
    """``text`` as a printed page's heading says it: on one line, at most `HEADING_CHARS`
    characters, each "&" doubled (alone it starts one of the heading's codes: "&P" the page,
    "&8" a font size), and never past `HEADING_CODES` with them (Excel refuses a heading of more
    than 255 characters, its codes included)."""
    most = HEADING_CHARS
    while len(out := cut(text, most).replace("&", "&&")) > HEADING_CODES:
        most -= len(out) - HEADING_CODES
    return out


def _lay_out_for_print(ws, cols: list[str], numeric: set[int], heading: str = "", made: str = "") -> None:
    """A sheet as an officer prints it for a meeting: A4 landscape, the header row on every
    page (as tall as its longest wrapped header), as few pages wide as keep it at 56 % of its
    size or more (`PAGE_UNITS`; the first column on every page of a wider one), each page's
    footer its sheet's name and number. A row made taller reads from its top, every cell alike;
    words beside numbers are indented from them (the numbers end at their column's right edge
    and the words began at the next one's left: "7,55Chưa đạt"). Before, the Export page's
    workbook printed on 81 portrait pages, a table's columns on pages without their row names."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    widths = [ws.column_dimensions[get_column_letter(j)].width for j in range(1, len(cols) + 1)]
    head_lines = max([1] + [len(textwrap.wrap(h, max(1, int(w) - 2))) for h, w in zip(cols, widths)])
    if head_lines > 1:
        ws.row_dimensions[1].height = ROW_POINTS * head_lines
    top = Alignment(vertical="top")   # one object for every cell it sets
    for i, dim in ws.row_dimensions.items():
        if i > 1 and dim.height:
            for cell in ws[i]:
                if cell.value is not None and not cell.alignment.wrap_text:
                    cell.alignment = top
    for j in range(2, len(cols) + 1):
        if j - 1 in numeric and j not in numeric:
            for (cell,) in ws.iter_rows(min_col=j, max_col=j):
                if cell.value is not None:
                    a = cell.alignment   # an indent needs a side
                    cell.alignment = Alignment(horizontal=a.horizontal or "left", vertical=a.vertical,
                                               wrap_text=a.wrap_text, indent=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "1:1"
    wide = max(1, math.ceil(sum(widths) / PAGE_UNITS))
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = wide, 0   # as many pages long as it takes
    if wide > 1:
        ws.print_title_cols = "A:A"
    ws.oddFooter.center.text = "&A · &P / &N"
    # the heading small enough that eight scenarios' names fit across the page; the day in the
    # footer, where a long heading cannot run into it
    if heading:
        ws.oddHeader.left.text, ws.oddHeader.left.size = page_heading(heading), 8
    if made:
        ws.oddFooter.right.text, ws.oddFooter.right.size = page_heading(made), 8


__all__ = ["FMT", "Sheet", "cut", "page_heading", "shown_width", "write"]
