"""The workbook writer (`model.report.xlsx`): what any sheet written becomes, whoever builds it.
What each workbook holds, and the Export workbook as it prints, are `tests/test_workbook.py`'s."""

import io

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import model
from model.report import xlsx


def test_xlsx_round_trips_vietnamese_sheets(baseline_projection):
    """The workbook writer (`model.report.xlsx.write`): Vietnamese sheet names kept, a
    character Excel forbids in a name replaced, numbers read back."""
    data = xlsx.write([xlsx.Sheet("Dự báo", baseline_projection.table(), index=True),
                       xlsx.Sheet("Chỉ tiêu/mục tiêu", model.evaluate(baseline_projection))])
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Dự báo", "Chỉ tiêu_mục tiêu"]
    back = pd.read_excel(io.BytesIO(data), sheet_name="Dự báo", index_col=0)
    assert back.loc[2022, "grdp_nominal_bn"] == pytest.approx(97881)


def test_floating_point_noise_is_written_as_zero():
    """In the workbook and the CSVs: an attribution's −2.2e-16 (a project that changes nothing before the horizon) was
    written as is, which Excel shows as "-0.00"; a value that is really small, a gap, text
    and whole numbers stay as they were."""
    import math

    frame = pd.DataFrame({"a": [-2.2e-16, 3e-13, float("nan"), -0.004, 1.5], "b": ["x", "=1", "", "y", "z"],
                          "n": [1, 2, 3, 4, 5]})
    ws = openpyxl.load_workbook(io.BytesIO(xlsx.write([xlsx.Sheet("S", frame)])))["S"]
    got = [ws.cell(row=i, column=1).value for i in range(2, 7)]
    assert got[:2] == [0, 0] and all(math.copysign(1, v) == 1 for v in got[:2])
    assert got[2] is None and got[3:] == [-0.004, 1.5]
    assert [ws.cell(row=i, column=3).value for i in range(2, 7)] == [1, 2, 3, 4, 5]
    assert ws.cell(row=3, column=2).value == "=1" and ws.cell(row=3, column=2).data_type == "s"
    # the CSVs alike: "-0.000000" was written for the noise
    from model.report.export import csv_bytes
    lines = csv_bytes(frame, index=False).decode("utf-8-sig").splitlines()
    assert [ln.split(",")[0] for ln in lines[1:]] == ["0.000000", "0.000000", "", "-0.004000", "1.500000"]


def test_a_printed_pages_heading_says_a_title_as_written():
    """A title's "&" doubled (alone it starts a heading's code: "R&D 2030" printed "R" and a
    font change), its line ends as spaces, a long one cut with "…", and never past Excel's limit
    whatever it holds."""
    assert xlsx.page_heading("R&D 2030") == "R&&D 2030"
    assert xlsx.page_heading("Cơ sở\nB\u2028C") == "Cơ sở B C"
    long_ = xlsx.page_heading("x" * 300)
    assert len(long_) == xlsx.HEADING_CHARS and long_.endswith("…")
    for text in ("&" * 300, "&" * 99 + "x" * 200, "a&" * 150):
        out = xlsx.page_heading(text)
        assert len(out) <= xlsx.HEADING_CODES and out.replace("&&", "").count("&") == 0, text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_heading_is_one_line_within_excels_limit_with_every_ampersand_doubled(text):
    """For any text (a title as validated is at most 200 characters; this goes past it): one
    line, within `HEADING_CODES`, no "&" alone, and what is not cut is the text itself."""
    out = xlsx.page_heading(text)
    assert len(out) <= xlsx.HEADING_CODES and out.replace("&&", "").count("&") == 0
    assert out == " ".join(out.split())
    plain = " ".join(text.split())
    if not out.endswith("…"):
        assert out.replace("&&", "&") == plain
    else:
        assert plain.startswith(out[:-1].replace("&&", "&"))
