"""Quarterly scenarios (issue 16): Denton against published worked examples, quarters adding up
to the year exactly for any annual path, the ministry's layout, the remaining-quarters arithmetic
checked by hand on 2025, and the CLI."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model
from model import quarterly as Q
from model.cli import main

from .conftest import SCENARIOS

BASELINE = str(SCENARIOS / "baseline.toml")


def test_denton_reproduces_the_imf_manuals_example():
    """IMF Quarterly National Accounts Manual (Bloem, Dippelsman and Maehle 2001), the Denton
    proportional method's example: two annual benchmarks, three years of indicator, the third
    extrapolated at the last benchmark-to-indicator ratio (as printed, to one decimal)."""
    indicator = [98.2, 100.8, 102.2, 100.8, 99.0, 101.6, 102.7, 101.5, 100.5, 103.0, 103.5, 101.5]
    printed = [969.8, 998.4, 1018.3, 1013.4, 1007.2, 1042.9, 1060.3, 1051.0, 1040.6, 1066.5, 1071.7, 1051.0]
    x = Q.denton(indicator, [4000.0, 4161.4])
    np.testing.assert_allclose(x, printed, atol=0.06)
    assert x[:4].sum() == pytest.approx(4000) and x[4:8].sum() == pytest.approx(4161.4)
    # beyond the last benchmark: the last ratio carried on
    np.testing.assert_allclose(x[8:] / np.array(indicator[8:]), x[7] / indicator[7])


def test_denton_reproduces_statas_denton_to_six_figures():
    """Stata's `denton` on a seasonal indicator (the example statsmodels checks against)."""
    z = np.array([50, 100, 150, 100] * 5, float)
    y = np.array([500, 400, 300, 400, 500], float)
    stata = [64.334796, 127.80616, 187.82379, 120.03526, 56.563894, 105.97568, 147.50144, 89.958987,
             40.547201, 74.445963, 108.34473, 76.66211, 42.763347, 94.14664, 153.41596, 109.67405,
             58.290761, 122.62556, 190.41409, 128.66959]
    np.testing.assert_allclose(Q.denton(z, y), stata, atol=1e-5)


@settings(max_examples=60, deadline=None)
@given(st.floats(100.0, 1e6), st.lists(st.floats(-0.3, 0.6), min_size=0, max_size=11), st.floats(0.3, 0.7))
def test_quarters_add_up_to_the_year_exactly(start, growth, h):
    """Any annual path (growth from −30 to +60 % a year): its quarters add up to each year, and
    stay positive."""
    annual = start * np.cumprod([1.0, *(1 + g for g in growth)])
    x = Q.denton(Q.indicator(len(annual), h), annual)
    np.testing.assert_allclose(x.reshape(-1, 4).sum(axis=1), annual, rtol=1e-10)
    assert (x > 0).all()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.floats(-0.05, 0.25), min_size=4, max_size=4))
def test_a_scenarios_quarters_add_up_to_its_years(rates):
    """Any scenario's quarters add up to its years; and every quarter of a projected year stands
    to the same quarter a year before as the sector's year does: no within-year path is
    projected that the record does not support."""
    h = model.assemble_history()
    sc = model.load_scenario(SCENARIOS / "baseline.toml")
    for s, g in zip(model.SECTOR_IDS, rates):
        sc = sc.with_rate(f"sectors.{s}.growth", model.RatePath.const(g))
    p = model.simulate(h, sc)
    f = Q.quarterly(p).frame
    sums = f.groupby(["year", "sector"])["real_bn"].sum()
    for s in model.SECTOR_IDS:
        np.testing.assert_allclose(sums.xs(s, level="sector").to_numpy(), p.real[s].to_numpy(), rtol=1e-9)
        x = f[(f.sector == s) & (f.year > 2025)]
        want = np.repeat(100 * (p.real[s] / p.real[s].shift() - 1).loc[2026:].to_numpy(), 4)
        np.testing.assert_allclose(x["growth_pct"].to_numpy(), want, rtol=1e-9, atol=1e-9)


def test_the_seasonal_pattern_is_the_published_first_half():
    h, rows = Q.h1_share()
    assert len(rows) == 3 and 0.46 < h < 0.47   # 2020, 2021, 2024: 46.2, 46.5, 46.3 %
    assert Q.indicator(2, 0.5).tolist() == [0.25] * 8


def test_quarterly_paths_of_a_projection(baseline_projection):
    q = Q.quarterly(baseline_projection)
    f = q.frame
    for y in baseline_projection.years:
        for s in (*model.SECTOR_IDS, Q.TOTAL):
            lv = f[(f.year == y) & (f.sector == s)]["real_bn"].sum()
            annual = baseline_projection.real[s][y] if s != Q.TOTAL else baseline_projection.grdp_real[y]
            assert lv == pytest.approx(annual, rel=1e-10)
    t = q.table(2026)
    assert list(t.index) == [Q.TOTAL, *model.SECTOR_IDS]
    # the year's cumulative growth is the annual growth, exactly
    g = baseline_projection.growth_real[2026] * 100
    assert t.at[Q.TOTAL, "cum4_pct"] == pytest.approx(g)
    # the cumulative growth is the sum of the quarters against the same quarters a year before
    one = q.year(2026)
    prev = q.year(2025)
    for s in model.SECTOR_IDS:
        a = one[one.sector == s]["real_bn"].to_numpy()
        b = prev[prev.sector == s]["real_bn"].to_numpy()
        assert t.at[s, "cum2_pct"] == pytest.approx(100 * (a[:2].sum() / b[:2].sum() - 1))
        assert t.at[s, "q3_pct"] == pytest.approx(100 * (a[2] / b[2] - 1))
    with pytest.raises(ValueError, match="outside the projection"):
        q.year(2051)


def test_the_published_quarters_hold_in_the_actual_years(baseline_projection):
    """2023: first quarter 4.11 %, nine months 7.68 % (GRDP); 2024: first quarter and half by
    sector; 2025: the half by sector, nine months 8.05 % (GRDP): imposed exactly."""
    q = Q.quarterly(baseline_projection)
    t23, t24, t25 = q.table(2023), q.table(2024), q.table(2025)
    assert t23.at[Q.TOTAL, "cum1_pct"] == pytest.approx(4.11) and t23.at[Q.TOTAL, "cum3_pct"] == pytest.approx(7.68)
    assert t24.at["industry_construction", "cum1_pct"] == pytest.approx(11.66)
    assert t24.at["services", "cum2_pct"] == pytest.approx(6.75)
    assert t25.at["agriculture", "cum2_pct"] == pytest.approx(2.79) and t25.at[Q.TOTAL, "cum3_pct"] == pytest.approx(8.05)
    assert any(src.period == "2025M1-9" and src.indicator == "grdp_real_growth" for src in q.sources)
    # without them, the same annual totals and a smooth profile
    plain = Q.quarterly(baseline_projection, published=False)
    assert plain.table(2025).at[Q.TOTAL, "cum4_pct"] == pytest.approx(t25.at[Q.TOTAL, "cum4_pct"])


def test_the_remaining_quarters_by_hand_on_2025(history, baseline_projection):
    """2025: 8.05 % after nine months (published), 8.78 % for the year: Q4 must grow by
    ((1.0878·S4 − 1.0805·S3) / (S4 − S3)) − 1 against Q4 of 2024."""
    q = Q.quarterly(baseline_projection)
    r = Q.remaining(q, 2025, 3, 8.05, 8.78)
    prev = q.year(2024)
    L = prev[prev.sector == Q.TOTAL]["real_bn"].to_numpy()
    s3, s4 = L[:3].sum(), L.sum()
    assert r.needed_pct == pytest.approx(100 * ((1.0878 * s4 - 1.0805 * s3) / (s4 - s3) - 1))
    assert s4 == pytest.approx(history.real.sum(axis=1)[2024])
    assert 10.5 < r.needed_pct < 11.0   # a strong fourth quarter: the year came in above nine months
    # with equal quarters it is the textbook 4 × 8.78 − 3 × 8.05
    flat = Q.Quarterly(frame=q.frame.assign(real_bn=np.where(q.frame.year == 2024, 1.0, q.frame.real_bn)),
                       share_h1=0.5, sources=())
    assert Q.remaining(flat, 2025, 3, 8.05, 8.78).needed_pct == pytest.approx(4 * 8.78 - 3 * 8.05)
    assert Q.published_cumulative(2025)[3][0] == 8.05
    assert Q.published_cumulative(2025)[3][1][:2] == ("2025M1-9", "grdp_real_growth")
    with pytest.raises(ValueError, match="quarters done: 1, 2 or 3, not 4"):
        Q.remaining(q, 2025, 4, 8.05, 8.78)
    # as a notebook may pass them: the year as text was "unsupported operand type(s) for -"
    with pytest.raises(TypeError, match=r"^remaining: year: a year is a whole number \(2025\), not '2025'"):
        Q.remaining(q, "2025", 3, 8.05, 8.78)
    with pytest.raises(ValueError, match="quarters done: 1, 2 or 3, not '3'"):
        Q.remaining(q, 2025, "3", 8.05, 8.78)
    assert Q.remaining(q, np.int64(2025), np.int64(3), 8.05, 8.78) == r


@pytest.mark.parametrize("lang, done, target, want", [
    ("vi", 14.0, 8.0, "Sau 9 tháng tăng 14,00 %, cả năm 2025 vẫn tăng 8,00 % nếu quý IV giảm không quá {x} % so với "
                      "cùng kỳ"),
    ("en", 14.0, 8.0, "After 14.00 % in nine months, 2025 as a whole still comes to 8.00 % if Q4 falls by no more than "
                      "{x} %"),
    ("vi", -2.0, 8.0, "Sau 9 tháng giảm 2,00 %, để cả năm 2025 tăng 8,00 %, quý IV phải tăng {x} % so với cùng kỳ"),
    ("en", -2.0, 8.0, "After a fall of 2.00 % in nine months, for 8.00 % in 2025 as a whole, Q4 must grow by {x} %"),
    # a falling target is said as one in English too ("for -5.00 %", "still comes to -5.00 %")
    ("en", -4.0, -5.0, "After a fall of 4.00 % in nine months, 2025 as a whole still comes to a fall of 5.00 % if Q4 "
                       "falls by no more than {x} %"),
    ("en", -10.0, -5.0, "After a fall of 10.00 % in nine months, for a fall of 5.00 % in 2025 as a whole, Q4 must "
                        "grow by {x} %")])
def test_the_remaining_quarters_sentence_reads_signs_as_the_statistics_office_does(baseline_projection, lang, done,
                                                                                     target, want):
    """A year already secured said "quý IV phải tăng -7,26 %" (must grow by −7.26 %), a fall so
    far "Sau 9 tháng tăng -2,00 %": now how far the rest may fall, and "giảm 2,00 %"."""
    from model.report import fmt
    from model.report.views import remaining_text

    r = Q.remaining(Q.quarterly(baseline_projection), 2025, 3, done, target)
    assert (r.needed_pct < 0) == (done > target)
    text = remaining_text(r, lang)
    assert want.format(x=fmt.num(abs(r.needed_pct), lang, 2)) in text, text
    assert "-" not in text.split("(")[0]   # no signed figure before the scenario's path


@pytest.mark.parametrize("lang, sector, done, target, want", [
    ("vi", "agriculture", 3.0, 2.0, "Nông, lâm nghiệp và thủy sản sau 9 tháng tăng 3,00 %, cả năm 2025 vẫn tăng 2,00 % nếu"),
    ("en", "agriculture", 3.0, 2.0, "Agriculture, forestry and fishery: after 3.00 % in nine months, 2025 as a whole still "
                                    "comes to 2.00 % if Q4 falls"),
    ("vi", "agriculture", -3.0, -2.0, "Nông, lâm nghiệp và thủy sản sau 9 tháng giảm 3,00 %, để cả năm 2025 giảm 2,00 %, "
                                      "quý IV phải tăng"),
    ("en", "services", 9.0, 10.0, "Services: after 9.00 % in nine months, for 10.00 % in 2025 as a whole, Q4 must grow by"),
])
def test_a_sectors_remaining_quarters_are_its_own_and_named(baseline_projection, lang, sector, done, target, want):
    """Resolution 01/NQ-CP asks for the quarterly scenario by sector: what a sector's remaining
    quarters need comes from that sector's quarters a year before (not GRDP's), and the
    sentence names it; a fall, in the target or the scenario's path, is said as one."""
    from model.report.views import remaining_text

    q = Q.quarterly(baseline_projection)
    r = Q.remaining(q, 2025, 3, done, target, sector)
    prev = q.year(2024)
    L = prev[prev.sector == sector]["real_bn"].to_numpy()
    assert r.needed_pct == pytest.approx(100 * (((1 + target / 100) * L.sum() - (1 + done / 100) * L[:3].sum())
                                                / L[3] - 1))
    assert r.needed_pct != pytest.approx(Q.remaining(q, 2025, 3, done, target).needed_pct)
    text = remaining_text(r, lang)
    assert want in text, text
    assert "tăng -" not in text and "grow by -" not in text
    if lang == "vi" and round(r.path_pct, 2) < 0:
        assert f"lộ trình của kịch bản: giảm {abs(r.path_pct):.2f} %".replace(".", ",") in text


def test_a_sectors_published_cumulative_growth_is_its_own(history):
    """The Quarterly page starts a sector's box at the sector's published figure: 2025's first
    half is published by sector (hatinh_published.csv), its nine months for GRDP only."""
    pub = Q.published_cumulative(2025, "industry_construction")
    assert 2 in pub and 3 not in pub and pub[2][1][:2] == ("2025H1", "growth_industry_construction")
    assert 3 in Q.published_cumulative(2025)
    with pytest.raises(ValueError, match="unknown"):
        Q.published_cumulative(2025, "farming")


def test_the_sources_are_said_in_words_with_their_rows(baseline_projection):
    """The Quarterly page's source note: period by period in the reader's words, every row of
    hatinh_published.csv the split used, and none of the file's own ids ("2021H1
    growth_agriculture (dòng 208); …", 27 times, was a wall of ids on the page)."""
    import re

    from model.data import load_published
    from model.report.views import source_rows_text

    q = Q.quarterly(baseline_projection)
    vi, en = (source_rows_text(q.sources, lang) for lang in ("vi", "en"))
    for text in (vi, en):
        rows = [int(n) for group in re.findall(r"\((?:dòng|rows?) ([\d, ]+)\)", text) for n in group.split(", ")]
        assert sorted(rows) == sorted(r.row for r in q.sources)
        assert not re.search(r"growth_|grdp_|\d{4}(H1|Q1|M1)", text)
    assert "9 tháng đầu năm 2025: tăng trưởng GRDP (dòng 469)" in vi
    assert "January–September 2025: GRDP growth (row 469)" in en
    assert ("6 tháng đầu năm 2021: GRDP giá so sánh 2010 (dòng 207), tăng trưởng ba khu vực và thuế sản phẩm "
            "(dòng 208, 210, 213, 215)") in vi
    # each row is the figure named: row 469 of the shipped file is 2025's nine months' growth
    r = load_published().set_index("row").loc[469]
    assert (r["period"], r["indicator"]) == ("2025M1-9", "grdp_real_growth")


def test_the_split_is_backtested_on_the_record(history):
    """From each year of the record taken as the last actual one, the next years at their
    actual annual levels split as projected years are, against every published cumulative
    figure of a later year. By hand: 2025's nine months were published at 8.05 % (row 469);
    from 2024, the split's nine months are 2024's quarters grown at each sector's 2025 rate.
    The scores are the frame's misses; in the first projected year the split misses GRDP by
    2.01 points and a sector by 2.92, where Denton's smoothing carried across the last actual
    year (the split before) missed by 2.67 and 4.57."""
    b = Q.backtest(history)
    real = history.real
    f = b.frame.set_index(["origin", "year", "period", "sector"])
    r = f.loc[(2024, 2025, "M1-9", Q.TOTAL)]
    assert (r["published_pct"], r["row"], r["horizon"]) == (8.05, 469, 1)
    assert r["annual_pct"] == pytest.approx(100 * (real.sum(axis=1)[2025] / real.sum(axis=1)[2024] - 1))
    assert r["annual_pct"] == pytest.approx(8.78, abs=0.005)
    at_2024 = Q._split(real.loc[:2024], 2024, None, True).frame
    nine = {s: at_2024[(at_2024.sector == s) & (at_2024.year == 2024) & (at_2024.quarter <= 3)]["real_bn"].sum()
            for s in model.SECTOR_IDS}
    grown = sum(nine[s] * real[s][2025] / real[s][2024] for s in model.SECTOR_IDS)
    assert r["split_pct"] == pytest.approx(100 * (grown / sum(nine.values()) - 1), rel=1e-12)
    # Denton's column: the record split over every year with the published figures to the origin only
    smooth = Q._split(real, 2025, None, True, points_to=2024).frame.set_index(["year", "quarter", "sector"])
    assert r["denton_pct"] == pytest.approx(smooth.at[(2025, 3, Q.TOTAL), "cumulative_growth_pct"])
    # a sector's projected quarters grow at its year's rate: its cumulative figure is the year's
    sec = b.frame[b.frame.sector != Q.TOTAL]
    np.testing.assert_allclose(sec["split_pct"], sec["annual_pct"], rtol=1e-10)
    # each of the 29 published figures of 2021–2025 once for every origin before its year
    figures = b.frame.drop_duplicates(["year", "period", "sector"])
    assert len(figures) == 29 and len(b.frame) == int((figures["year"] - 2020).sum()) == 98
    assert (b.frame["horizon"] == b.frame["year"] - b.frame["origin"]).all()
    for (method, group), sc in b.scores.iterrows():
        sel = b.frame[(b.frame.sector == Q.TOTAL) == (group == "grdp")]
        one = sel[sel.horizon == 1]
        miss, miss_all = one[f"{method}_pct"] - one["published_pct"], sel[f"{method}_pct"] - sel["published_pct"]
        assert sc["rmse_pp"] == pytest.approx(float(np.sqrt((miss ** 2).mean())))
        assert sc["n"] == len(one) and sc["mae_pp"] == pytest.approx(float(miss.abs().mean()))
        assert sc["rmse_all_pp"] == pytest.approx(float(np.sqrt((miss_all ** 2).mean()))) and sc["n_all"] == len(sel)
    got = {k: round(v, 2) for k, v in b.scores["rmse_pp"].items()}
    assert got == {("split", "grdp"): 2.01, ("split", "sectors"): 2.92, ("annual", "grdp"): 1.94,
                   ("annual", "sectors"): 2.92, ("denton", "grdp"): 2.67, ("denton", "sectors"): 4.57}
    assert tuple(b.scores.loc[("split", "grdp"), ["n", "n_all"]]) == (9, 30)


def test_the_actual_years_quarters_are_the_same_under_every_scenario(history, baseline):
    """The actual years are split on the record alone: 2025's first quarter, which no release
    gives, was 8.58 % under the baseline and 8.68 % with industry at 25 % a year from 2026."""
    fast = baseline.with_rate("sectors.industry_construction.growth", 0.25)
    a, b = (Q.quarterly(model.simulate(history, sc)).frame for sc in (baseline, fast))
    actual = a["year"] <= 2025
    pd.testing.assert_frame_equal(a[actual], b[actual])
    assert not a[~actual]["real_bn"].equals(b[~actual]["real_bn"])


def test_the_backtest_in_words(history, capsys, tmp_path):
    from model.report.views import quarterly_backtest_text, quarterly_backtest_view

    b = Q.backtest(history)
    vi, en = quarterly_backtest_text(b, "vi"), quarterly_backtest_text(b, "en")
    assert "lệch số công bố 2,01 điểm % với GRDP (9 số liệu) và 2,92 điểm % với từng khu vực (20 số liệu) " \
           "(RMSE; 1,78 và 2,65 trên mọi năm sau)" in vi
    assert "lệch 1,94 và 2,92, còn cách làm trơn Denton kéo qua năm thực tế cuối lệch 2,67 và 4,57" in vi
    assert "misses the published figures by 2.01 points for GRDP (9 figures)" in en
    v = quarterly_backtest_view(b, "vi")
    # the first projected year first: from 2020, 2021's first half (GRDP, row 206)
    assert v.iloc[0].tolist() == ["2020", "2021", "1", "Lũy kế 6 tháng", "GRDP", "6,38", "5,02", "5,02", "5,00", "206"]
    assert len(v) == 98 and (v["Số năm sau"].astype(int).diff().dropna() >= 0).all()
    # the command line: the sentence under every quarterly table, the table and file with the backtests
    assert main(["quarterly", str(SCENARIOS / "baseline.toml"), "--year", "2026"]) == 0
    assert vi in capsys.readouterr().out
    assert main(["backtest", "--lang", "en", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert en in out and re.search(r"\n\s*2024\s+2025\s+1\s+Cumulative 9 months\s+GRDP\s+8\.05 ", out)
    written = pd.read_csv(tmp_path / "quarterly_backtest.csv", encoding="utf-8-sig")
    assert written.columns.tolist() == list(Q.BACKTEST_COLUMNS) == [
        "origin", "year", "horizon", "period", "quarters", "sector", "published_pct", "split_pct", "annual_pct",
        "denton_pct", "row"]
    assert 469 in written["row"].tolist()


def test_a_record_without_published_quarters_is_said_plainly(history):
    """A record of one year holds no cumulative figure to test against: the backtest is empty
    with its columns, its scores count none (no NaN warning, no KeyError), and the words say
    so; a record of two years tests on the one (its years said once: "2021", not "2021–2021")."""
    import warnings

    from model.report.views import quarterly_backtest_text

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        b = Q.backtest(history.truncate(2020))
    assert b.frame.empty and tuple(b.frame.columns) == Q.BACKTEST_COLUMNS
    assert (b.scores["n"] == 0).all() and b.scores["rmse_pp"].isna().all()
    assert quarterly_backtest_text(b, "en") == ("The quarterly split cannot be backtested: the record holds no "
                                                "published cumulative growth of GRDP and of the sectors.")
    assert quarterly_backtest_text(b, "vi", short=True).startswith("Chưa kiểm định ngược được cách tách quý")
    two = Q.backtest(history.truncate(2021))
    assert set(two.frame["year"]) == {2021} and quarterly_backtest_text(two, "en", short=True).startswith(
        "Backtest 2021: in the first projected year, the split's cumulative growth misses the published figures by ")


def test_cli_quarterly_writes_the_ministrys_table(tmp_path, capsys, baseline_projection):
    out = tmp_path / "q"
    assert main(["quarterly", BASELINE, "--year", "2026", "--out", str(out), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "Q1" in said and "9 months" in said
    f = pd.read_csv(out / "quarterly.csv", encoding="utf-8-sig")
    assert f.columns.tolist() == ["year", "quarter", "sector", "real_bn", "growth_pct", "cumulative_growth_pct"]
    assert set(f["year"]) == {2026} and len(f) == 20
    api = Q.quarterly(baseline_projection).year(2026)
    np.testing.assert_allclose(f["real_bn"], api["real_bn"], rtol=1e-6)
    # and the Quarterly page's workbook, for people: the ministry's layout, numbers as numbers
    import openpyxl

    book = openpyxl.load_workbook(out / "quarterly.xlsx")
    assert book.sheetnames == ["2026 by quarter", "Quarterly", "About"]
    assert book["2026 by quarter"]["I2"].value == pytest.approx(Q.quarterly(baseline_projection).table(2026).at["grdp", "cum4_pct"])
    assert f"written: {out / 'quarterly.xlsx'}" in said
    assert main(["quarterly", BASELINE, "--year", "2025", "--done", "3=8,05", "--target", "8,78", "--lang", "vi",
                 "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "quý IV" in said and "8,05" in said
    rest = next(line for line in said.splitlines() if "quý IV phải tăng" in line)
    notes = [r[1] for r in openpyxl.load_workbook(out / "quarterly.xlsx")["Thông tin"].iter_rows(values_only=True)
             if r[0] == "Lưu ý"]
    assert rest in notes and notes[0].startswith("Kịch bản cơ sở (xu hướng 2022–2025): tăng trưởng theo quý năm 2025")
    # a sector's own quarters, as the Quarterly page's "For" picker gives them
    assert main(["quarterly", BASELINE, "--year", "2025", "--done", "2=9,9", "--target", "12", "--sector",
                 "industry_construction", "--lang", "en"]) == 0
    r = Q.remaining(Q.quarterly(baseline_projection), 2025, 2, 9.9, 12.0, "industry_construction")
    assert (f"Industry and construction: after 9.90 % in the first half, for 12.00 % in 2025 as a whole, Q3–Q4 must "
            f"grow by {r.needed_pct:.2f} %") in capsys.readouterr().out


@pytest.mark.parametrize("args, words", [
    (["--year", "2019"], "2021"),
    (["--year", "2026", "--done", "5=8"], "1, 2 or 3"),
    (["--year", "2026", "--done", "2=abc"], "Q=PCT"),
    (["--year", "2026", "--done", "\u0663=8", "--target", "9"], "Q=PCT"),   # an Arabic-Indic 3: digits 0-9 only
    (["--year", "2026", "--done", "2=8"], "--target"),
    (["--year", "2026", "--sector", "services"], "--sector needs --done and --target"),
    (["--year", "2026", "--done", "2=8", "--target", "9", "--sector", "farming"], "invalid choice: 'farming'"),
])
def test_cli_quarterly_refuses_bad_requests_plainly(args, words, capsys):
    code = None
    try:
        code = main(["quarterly", BASELINE, *args, "--lang", "en"])
    except SystemExit as e:
        code = e.code
    assert code == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_cli_quarterly_refuses_in_the_readers_language(capsys):
    assert main(["quarterly", BASELINE, "--year", "2019"]) == 2
    assert capsys.readouterr().err == "lỗi: --year 2019: chọn một năm từ 2021 đến 2030 (các năm của kịch bản, trừ năm đầu)\n"
    assert main(["quarterly", BASELINE, "--year", "2026", "--done", "2=8", "--lang", "en"]) == 2
    assert capsys.readouterr().err == "error: --done needs --target (the year's growth, % a year)\n"


@pytest.mark.parametrize("kw, message", [
    (dict(sector="industry"), "sector 'industry' is unknown; use grdp, agriculture"),
    (dict(done_pct=float("nan")), "done_pct = nan: a growth in percent, above -100"),
    (dict(target_pct=-150.0), "target_pct = -150.0: a growth in percent, above -100"),
])
def test_remaining_names_a_bad_argument(history, kw, message):
    """The API's own words (the CLI and the page bound these at −50…100 %): an unknown sector
    was answered '2026 needs 2025 and 2026 in the projection', a NaN came back as NaN."""
    q = Q.quarterly(model.simulate(history, model.load_scenario(SCENARIOS / "baseline.toml")))
    args = dict(year=2026, done=2, done_pct=9.0, target_pct=10.0) | kw
    with pytest.raises(ValueError) as e:
        Q.remaining(q, **args)
    assert str(e.value).startswith(message), str(e.value)


@pytest.mark.parametrize("share, error, message", [
    (46.4, ValueError, "share_h1 = 46.4: the first half's share of the year is a fraction between 0 and 1 "
                       "(did you mean 0.464?)"),
    (0, ValueError, "share_h1 = 0: the first half's share of the year is a fraction between 0 and 1"),
    (1.0, ValueError, "share_h1 = 1: the first half's share"),
    ("0.46", TypeError, "share_h1: a fraction of the year (0.464), not '0.46'"),
    (float("nan"), TypeError, "share_h1: a fraction of the year (0.464), not nan"),
])
def test_the_split_names_a_first_half_share_it_cannot_use(baseline_projection, share, error, message):
    """`quarterly(p, share_h1=46.4)` (a percent) split every year with a negative second half,
    0 divided by zero into NaN, and text was read as a number: each is refused, named."""
    with pytest.raises(error) as e:
        Q.quarterly(baseline_projection, share_h1=share)
    assert str(e.value).startswith(message), str(e.value)
    q = Q.quarterly(baseline_projection, share_h1=0.5)
    assert q.share_h1 == 0.5
    with pytest.raises(TypeError, match=r"^projection: a model.Projection is needed .*, not Scenario$"):
        Q.quarterly(baseline_projection.scenario)
    with pytest.raises(TypeError, match=r"^published_cumulative: year: a year is a whole number \(2025\), not '2023'$"):
        Q.published_cumulative("2023")
    # "no" was read as True (a non-empty text), the published figures imposed
    with pytest.raises(TypeError, match=r"^published: True or False, not 'no'$"):
        Q.quarterly(baseline_projection, published="no")


def test_the_rest_of_a_year_is_set_beside_what_the_same_quarters_delivered(baseline_projection, history):
    """"Q4 must grow by 23.51 %" read as a plan where no fourth quarter of 2021–2025 passed
    10.7 %. Each need carries the same quarters' growth in the last five actual years of the
    split (`Remaining.record`): by hand for 2021's second half, from the split's 2020 first-half
    share s, 2021's first half h and the year's published 5.02 %, ((1 + g) − (1 + h)·s)/(1 − s) − 1
    = 3.76 %; for every year, sector and quarters done, what `remaining` says the actual year's
    rest needed after its own first quarters."""
    q = Q.quarterly(baseline_projection)
    r = Q.remaining(q, 2026, 2, 7.5, 8.5)
    assert [y for y, _ in r.record] == [2021, 2022, 2023, 2024, 2025]
    g = q.frame[q.frame.sector == "grdp"]
    a20, a21 = (g[g.year == y].sort_values("quarter")["real_bn"].to_numpy() for y in (2020, 2021))
    s, h = a20[:2].sum() / a20.sum(), a21[:2].sum() / a20[:2].sum() - 1
    assert 100 * (a21.sum() / a20.sum() - 1) == pytest.approx(5.02)   # the published year
    assert dict(r.record)[2021] == pytest.approx(100 * ((1.0502 - (1 + h) * s) / (1 - s) - 1))
    assert round(dict(r.record)[2021], 2) == 3.76
    for who in ("grdp", *model.SECTOR_IDS):
        for done in (1, 2, 3):
            rec = Q.remaining(q, 2026, done, 5.0, 5.0, who).record
            for y, v in rec:
                row = q.frame[(q.frame.year == y) & (q.frame.sector == who)].set_index("quarter")["cumulative_growth_pct"]
                assert Q.remaining(q, y, done, row[done], row[4], who).needed_pct == pytest.approx(v)


@pytest.mark.parametrize("lang, beyond, note", [
    ("vi", "quý IV phải tăng 23,51 % so với cùng kỳ (lộ trình của kịch bản: tăng 11,97 %); cao hơn mức quý IV đạt được "
           "ở mọi năm 2021–2025 (cao nhất: tăng 10,69 % năm 2025).",
     "Cùng kỳ (quý IV) các năm 2021–2025, theo các quý của năm thực tế: năm 2021 tăng 2,50 %, năm 2022 tăng 6,45 %, "
     "năm 2023 tăng 9,03 %, năm 2024 tăng 7,61 %, năm 2025 tăng 10,69 %."),
    ("en", "Q4 must grow by 23.51 % on the same period a year before (the scenario's path: 11.97 %); more than Q4 "
           "delivered in any year of 2021–2025 (the most: 10.69 % in 2025).",
     "The same period (Q4) in 2021–2025, from the actual years' quarters: 2021: 2.50 %, 2022: 6.45 %, 2023: 9.03 %, "
     "2024: 7.61 %, 2025: 10.69 %.")])
def test_a_need_above_every_recent_year_says_so_in_its_sentence(baseline_projection, lang, beyond, note):
    """Above the record's every one of 2021–2025 the sentence says so, with the most and its
    year; within it, nothing more than before; the note lists the five years either way."""
    from model.report.views import remaining_note, remaining_text

    q = Q.quarterly(baseline_projection)
    r = Q.remaining(q, 2026, 3, 7.5, 12.0)
    assert r.beyond_record() == (2025, pytest.approx(10.69, abs=5e-3))
    assert remaining_text(r, lang).endswith(beyond), remaining_text(r, lang)
    assert remaining_note(r, lang).endswith(note), remaining_note(r, lang)
    within = Q.remaining(q, 2026, 3, 7.5, 8.0)   # a Q4 of 9.28 %: within 2025's 10.69
    assert within.needed_pct < 10.69 and within.beyond_record() is None
    assert remaining_text(within, lang).endswith(")."), remaining_text(within, lang)
    slack = Q.remaining(q, 2026, 3, 14.0, 8.0)   # a year secured: how far the rest may fall, no record said
    assert slack.needed_pct < 0 and remaining_text(slack, lang).endswith(").")


@pytest.mark.parametrize("lang, said", [
    ("vi", "Sau 9 tháng tăng 80,50 %, riêng các quý đã qua đã đạt mục tiêu cả năm 2026 (tăng 10,00 %): mục tiêu vẫn "
           "đạt dù quý IV không tạo thêm giá trị nào (lộ trình của kịch bản: tăng 11,97 %)."),
    ("en", "After 80.50 % in nine months, the quarters done alone already reach the target for 2026 as a whole "
           "(10.00 %): it holds even if Q4 adds nothing (the scenario's path: 11.97 %).")])
def test_quarters_done_that_already_reach_the_year_say_so(baseline_projection, lang, said):
    """After 80.5 % in nine months, 10 % for the year needs the fourth quarter at −170 % on a
    year before, by the formula: (1.10 · S_4 − 1.805 · S_m) / (S_4 − S_m) − 1 with S_m = 46,935
    and S_4 = 65,290 (2025's, billion VND) is −170.3 %. The sentence said "Q4 may fall by no more
    than 170.28 %", a fall past all of the quarter; it now says the quarters done reach the year.
    At the boundary, a fall of 99.99 % allowed is still a fall (the slack sentence); 100.00 % shown
    is the quarter adding nothing."""
    from model.report.views import remaining_text, remaining_warns

    q = Q.quarterly(baseline_projection)
    r = Q.remaining(q, 2026, 3, 80.5, 10.0)
    s_m, s_4 = r.before_done_bn, r.before_year_bn
    assert r.needed_pct == pytest.approx(100 * ((1.10 * s_4 - 1.805 * s_m) / (s_4 - s_m) - 1))
    assert round(r.needed_pct, 2) == -170.28 and r.reached and r.secured
    assert remaining_text(r, lang) == said and not remaining_warns(r)
    slack = dataclasses.replace(r, needed_pct=-99.99)
    assert not slack.reached and "quý IV giảm không quá 99,99 %" in remaining_text(slack, "vi")
    for need in (-99.996, -100.0):
        edge = dataclasses.replace(r, needed_pct=need)
        assert edge.reached and "quý IV không tạo thêm giá trị nào" in remaining_text(edge, "vi")


@pytest.mark.parametrize("need, secured, beyond", [(-2.0, True, None), (-0.004, False, (2021, -5.0)),
                                                   (-5.004, True, None)])
def test_a_fall_allowed_is_not_a_need_beyond_the_record(need, secured, beyond):
    """A year secured (the rest may fall by 2 %) is not "beyond the record" even where every
    recent year's rest fell more (−5 %): the sentence says how far it may fall, in no warning's
    colour. −0.004 shows as "0,00": no fall allowed, a need of nothing, above the record's −5."""
    from model.report.views import remaining_text, remaining_warns

    r = Q.Remaining(year=2026, sector="grdp", done=3, done_pct=8.0, target_pct=8.0, needed_pct=need, path_pct=3.0,
                    before_done_bn=100.0, before_year_bn=140.0, record=((2021, -5.0), (2022, -6.0)))
    assert r.secured is secured and r.need_beyond_record() == beyond
    assert r.beyond_record() == (None if round(need, 2) <= -5.0 else (2021, -5.0))
    assert remaining_warns(r) is (beyond is not None)
    assert ("2021" in remaining_text(r, "en")) is (beyond is not None), remaining_text(r, "en")


def test_the_record_is_the_actual_years_the_scenario_has(history):
    """A scenario whose last actual year is 2022 sets a need beside 2021–2022 only (its 2023–2025
    are projections); a Quarterly built by hand, without its last actual year, beside nothing."""
    from model.report.views import remaining_note, remaining_text

    sc = model.load_scenario(SCENARIOS / "baseline.toml")
    early = model.simulate(history, dataclasses.replace(sc, last_actual_year=2022))
    q = Q.quarterly(early)
    assert q.last_actual == 2022
    assert [y for y, _ in Q.remaining(q, 2024, 3, 7.5, 30.0).record] == [2021, 2022]
    bare = Q.Quarterly(frame=q.frame, share_h1=q.share_h1, sources=q.sources)
    r = Q.remaining(bare, 2024, 3, 7.5, 30.0)
    assert r.record == () and r.beyond_record() is None
    assert remaining_text(r, "en").endswith(").") and "The same period" not in remaining_note(r, "en")


def test_an_actual_years_rest_is_set_beside_the_years_before_it(baseline_projection):
    """2025's fourth quarter after its published nine months is the record's own answer (10.69 %),
    not a year of the record to set it beside: 2025's need is set beside 2021–2024."""
    q = Q.quarterly(baseline_projection)
    r = Q.remaining(q, 2025, 3, 8.05, 8.78)
    assert round(r.needed_pct, 2) == 10.69 and [y for y, _ in r.record] == [2021, 2022, 2023, 2024]
    assert [y for y, _ in Q.remaining(q, 2022, 2, 5.0, 5.0).record] == [2021]
    assert Q.remaining(q, 2021, 2, 5.0, 5.0).record == ()   # 2020, the first year split, has no year before
