"""Numbers as people type them (issue 13, item 2): `8,5` and `8.5` are 8.5 in both languages,
grouping where the field holds amounts, and everything else refused with a reason."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.report.fmt import NumberTextError, box_text, day, moment, moment_pattern, parse_number, span


@pytest.mark.parametrize("text, lang, grouping, value", [
    ("8,5", "vi", False, 8.5), ("8.5", "vi", False, 8.5), ("8,5", "en", False, 8.5), ("8.5", "en", False, 8.5),
    ("40,5", "vi", False, 40.5), ("7", "vi", False, 7.0), ("-1,25", "vi", False, -1.25), ("−1,25", "vi", False, -1.25),
    ("+2,8", "vi", False, 2.8), (" 9,01 % ", "vi", False, 9.01), ("0,028", "vi", False, 0.028), (",5", "vi", False, 0.5),
    ("234.901", "vi", True, 234901.0), ("234,901", "en", True, 234901.0), ("234,901", "vi", True, 234.901),
    ("1.234.567", "vi", False, 1234567.0), ("1.234,5", "vi", False, 1234.5), ("1,234.5", "en", False, 1234.5),
    ("80\u00a0000", "vi", True, 80000.0), ("1 234 567,5", "vi", False, 1234567.5), ("- 2,5 %", "vi", False, -2.5),
    ("80\u202f000", "en", True, 80000.0),
])
def test_reads_both_conventions(text, lang, grouping, value):
    assert parse_number(text, lang, grouping) == value


@pytest.mark.parametrize("text, code", [
    ("", "num_empty"), ("  %", "num_empty"), ("abc", "num_chars"), ("8,5,", "num_grouping"), ("1e3", "num_chars"),
    ("٨٫٥", "num_chars"), ("８.５", "num_chars"), ("1.2.3", "num_grouping"), ("1,2.3,4", "num_chars"),
    ("12.34,5", "num_grouping"), ("--1", "num_chars"), ("nan", "num_chars"), ("inf", "num_chars"),
    ("1" * 41, "num_long"), (".", "num_chars"),
    # a space inside a number groups thousands, in threes: "8 5" was read as 85
    ("8 5", "num_grouping"), ("8 ,5", "num_grouping"), ("12 34", "num_grouping"), ("1 2345", "num_grouping"),
    ("1234 567", "num_grouping"), ("1 234.567,5", "num_grouping"),
])
def test_refuses_what_is_not_a_number(text, code):
    with pytest.raises(NumberTextError) as e:
        parse_number(text, "vi")
    assert e.value.code == code


def test_box_shows_the_readers_convention():
    assert box_text(7.5, "vi") == "7,50" and box_text(7.5, "en") == "7.50"
    assert box_text(6.755, "vi") == "6,755"  # never hides a digit the file holds
    assert box_text(1234.5, "vi", 1) == "1234,5"  # no grouping in a box: it reads back the same


@given(st.decimals(min_value=-1000, max_value=1000, places=4, allow_nan=False), st.sampled_from(["vi", "en"]))
def test_what_a_box_shows_reads_back(x, lang):
    assert parse_number(box_text(float(x), lang), lang) == pytest.approx(float(x), abs=1e-9)


def test_a_verdict_says_met_missed_or_not_judged_and_a_mark_yes_or_dash():
    """"Met" columns (the Solve page's targets, its remaining years, a project's timing) say ✗
    for a miss: a dash there read as "not applicable"; a yes/no fact ("binding") keeps —."""
    from model.report.fmt import DASH, mark, verdict

    assert [verdict(v) for v in (True, False, None, float("nan"))] == ["✓", "✗", DASH, DASH]
    assert [mark(v) for v in (True, False, None)] == ["✓", DASH, DASH]


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.integers(0, 3), st.sampled_from(["vi", "en"]))
def test_the_figure_shown_is_the_figure_judged(x, digits, lang):
    """`model.registry.judge` rounds with numpy before judging; what a reader sees must be that
    value, or "9,01" could stand beside "missed" for "> 9,01". Babel alone rounded the decimal
    text half to even: 0.545 showed "0,54" where the judge read 0.55."""
    import numpy as np

    from model.report.fmt import num

    assert parse_number(num(x, lang, digits), lang, grouping=True) == float(np.round(x, digits)) + 0.0


@pytest.mark.parametrize("x, digits, shown", [(0.545, 2, "0,55"), (18.05, 1, "18,0"), (1.015, 2, "1,01"),
                                              (2.5, 0, "2"), (3.5, 0, "4"), (-0.004, 2, "0,00")])
def test_ties_round_as_the_judge_rounds(x, digits, shown):
    from model.report.fmt import num

    assert num(x, "vi", digits) == shown


@pytest.mark.parametrize("lang", ["EN", "fr", "", None, "vi-VN"])
def test_a_language_other_than_vi_or_en_is_refused(lang):
    """`deck.build(..., lang="EN")` from a notebook gave a Vietnamese deck without a word: the
    catalogue read anything but "en" as Vietnamese, and the numbers followed."""
    from model.report.fmt import num
    from model.report.strings import t

    for call in (lambda: t("page_risk", lang), lambda: num(1.5, lang)):
        with pytest.raises(ValueError, match="^lang: 'vi' or 'en', not "):
            call()
    assert (t("page_risk", "vi"), t("page_risk", "en")) == ("Rủi ro", "Uncertainty")


def test_a_date_is_written_the_readers_way():
    """Day/month/year in Vietnamese (a deck's cover read "lập ngày 2026-12-02"), ISO in English,
    as the Workspace page already wrote its dates."""
    import datetime as dt

    assert day(dt.date(2026, 12, 2), "vi") == "02/12/2026" and day(dt.date(2026, 12, 2), "en") == "2026-12-02"
    when = dt.datetime(2026, 3, 7, 9, 5, 41)
    assert moment(when, "vi") == "07/03/2026 09:05" and moment(when, "en") == "2026-03-07 09:05"
    assert day(when, "vi") == "07/03/2026"   # a time's date alone
    # the same layouts in the browser tables' notation (moment.js), for a column of real times
    assert moment_pattern("vi") == "DD/MM/YYYY HH:mm" and moment_pattern("en") == "YYYY-MM-DD HH:mm"


def test_a_span_of_years_names_one_year_once():
    """`fmt.span`: the sentences' periods, "2026–2030", and one year as itself (the investment
    sentence said "2026–2026", and the Compare table and the sentences each had a copy)."""
    assert span(2026, 2030) == "2026–2030" and span(2026, 2026) == "2026"
    # after a rate: "over 2026–2030", one year "in 2026" (what investment buys said "over 2026–2026")
    from model.report.strings import over_years

    assert over_years(2026, 2030, "en") == "over 2026–2030" and over_years(2026, 2026, "en") == "in 2026"
    assert over_years(2026, 2030, "vi") == "giai đoạn 2026–2030" and over_years(2026, 2026, "vi") == "trong năm 2026"


# ---- a difference shown beside the two figures it is the difference of ------------------------
def test_a_difference_is_that_of_the_figures_shown():
    """8.016 % and 7.852 % show as 8.02 and 7.85: their difference reads 0.17 beside them (the
    unrounded 0.164 read "0.16", and a reader checking the sum found it off by one)."""
    from model.report.fmt import num, shown_diff

    assert num(8.016 - 7.852, "en") == "0.16"
    assert num(shown_diff(8.016, 7.852, 2), "en") == "0.17"
    assert num(45.74 - 45.66, "vi", 1) == "0,1"   # both show 45,7, and the difference read 0,1
    assert num(shown_diff(45.74, 45.66, 1), "vi", 1) == "0,0"
    assert shown_diff(3.0, float("nan"), 2) != shown_diff(3.0, float("nan"), 2)


@given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6), st.integers(0, 3), st.sampled_from(["vi", "en"]))
def test_a_shown_difference_always_adds_up_as_read(a, b, digits, lang):
    """For any two figures, the difference printed is the printed figures' difference, to the last
    digit, in either language."""
    from model.report.fmt import num, shown_diff

    def read(x):
        return parse_number(num(x, lang, digits, group=False), lang)

    assert num(shown_diff(a, b, digits), lang, digits, group=False) == num(read(a) - read(b), lang, digits, group=False)


def test_parts_add_up_to_their_total_as_shown():
    """The plan against the baseline, GRDP 2030 at 2010 prices: six parts rounded alone sum to
    25,110 beside an exact total of 25,109.4 shown 25,109; rounded together they add up to the
    total as shown, the largest of the parts rounding moved up giving the unit back, zeros kept;
    two equal small parts stay equal where a larger one can take the unit."""
    from model.report.fmt import shown_parts

    parts = [316.4, 24095.3, 4708.4, 1435.6, 0.0, -1021.3, -4424.4]
    assert round(sum(round(x) for x in parts)) == 25110 and round(sum(parts)) == 25110
    got = shown_parts(parts, 25109.4, 0)
    assert sum(got) == 25109 and got[4] == 0.0
    assert got == [316, 24095, 4708, 1436, 0, -1021, -4425]   # -4,424.4: the largest rounded up
    # state and FDI alike at 6,520.6, non-state 43,401.6: 56,442.8 shown 56,443 (rounded alone 56,444)
    assert shown_parts([6520.6, 43401.6, 6520.6], 56442.8, 0) == [6521, 43401, 6521]
    assert shown_parts([1.0, float("nan")], 1.0, 0)[0] == 1.0


@given(st.lists(st.floats(-1e5, 1e5), min_size=1, max_size=12), st.integers(0, 3), st.floats(-0.49, 0.49))
def test_shown_parts_always_add_up_and_stay_near(parts, digits, slack):
    """For any parts and a total on the shown grid less than a unit from their sum (as a
    difference of two shown figures is), the parts as shown add up to the total, each within one
    unit of its value."""
    from model.report.fmt import shown_parts

    unit = 10.0 ** -digits
    total = round((sum(parts) + slack * unit) / unit) * unit
    got = shown_parts(parts, total, digits)
    if any(x != 0 for x in parts):
        assert round(sum(got) / unit) == round(float(__import__("numpy").round(total, digits)) / unit)
    for g, x in zip(got, parts):
        assert abs(g - x) <= unit * (1 + 1e-9) and (g == 0 if x == 0 else True)
