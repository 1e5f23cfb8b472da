"""The supply side (issue 15): perpetual inventory checked by hand, growth accounting that adds up
to the published growth every year, the record's estimated years with their basis, what a path
needs (three ways, each the inverse of the production function), the solver's notes and message,
and the CLI, API and app giving the same numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model
from model import supply
from model.cli import main
from model.data import select_preferred
from model.solver import supply_notes

from .conftest import SCENARIOS

BASELINE = str(SCENARIOS / "baseline.toml")


def test_perpetual_inventory_by_hand():
    # K1 = 0.95·200 + 0 = 190; K2 = 0.95·190 + 50 = 230.5; K3 = 0.95·230.5 + 10 = 228.975
    np.testing.assert_allclose(supply.perpetual_inventory([0, 50, 10], 200, 0.05), [190, 230.5, 228.975])
    # investment equal to depreciation keeps the stock where it is
    np.testing.assert_allclose(supply.perpetual_inventory([10, 10, 10], 100, 0.1), [100, 100, 100])


def test_the_record_uses_published_figures_and_says_where_it_estimates(history):
    rec = supply.record(history)
    assert list(rec.index) == list(range(2015, 2026))
    assert rec.at[2024, "investment_bn"] == 55524 and rec.at[2025, "investment_bn"] == 61019
    assert rec.at[2020, "investment_bn"] == 26393
    assert rec.at[2023, "investment_bn"] == pytest.approx(55524 / 1.06)  # "+6 % on 2023"
    for y in range(2016, 2020):  # the 2016-2020 total less 2020, spread evenly
        assert rec.at[y, "investment_bn"] == pytest.approx((172000 - 26393) / 4)
        assert "assumption" in rec.at[y, "investment_basis"]
    assert rec.at[2025, "employment_thousand"] == pytest.approx(513.271)
    assert rec.at[2022, "employment_thousand"] == pytest.approx(494.0)
    assert rec.at[2021, "employment_thousand"] == pytest.approx(494.0 / 1.0391)
    assert "assumption" in rec.at[2018, "employment_basis"]
    # investment at 2010 prices is its share of GRDP times real GRDP (the GRDP deflator)
    np.testing.assert_allclose(rec["investment_real_bn"].iloc[1:],
                               rec["investment_share_pct"].iloc[1:] / 100 * rec["grdp_real_bn"].iloc[1:])
    # actual years are data: the history's own real GRDP and deflator from 2020
    np.testing.assert_allclose(rec.loc[2020:, "grdp_real_bn"], history.real.sum(axis=1), rtol=1e-12)


def test_growth_accounting_adds_up_to_the_published_growth_every_year(history):
    acc = supply.accounting(history)
    total = acc["capital_pp"] + acc["labour_pp"] + acc["tfp_pp"]
    np.testing.assert_allclose(total, acc["growth_pct"], atol=1e-9)
    pub = select_preferred()
    pub = pub[pub["indicator"] == "grdp_real_growth"].set_index("year")["value"]
    for y in acc.index:   # the published rate of every year 2016-2025
        assert acc.at[y, "growth_pct"] == pytest.approx(float(pub[y]), abs=0.006)
    a = supply.Assumptions()
    np.testing.assert_allclose(acc["capital_pp"], a.alpha * acc["capital_growth_pct"])
    np.testing.assert_allclose(acc["labour_pp"], (1 - a.alpha) * acc["employment_growth_pct"])
    assert acc.at[2016, "tfp_pp"] < -20  # the marine incident is not capital or labour


@settings(max_examples=40, deadline=None)
@given(alpha=st.floats(0.4, 0.6), delta=st.floats(0.04, 0.06), ky0=st.floats(2.0, 3.0))
def test_accounting_adds_up_for_any_assumption_in_the_band(alpha, delta, ky0):
    acc = supply.accounting(model.assemble_history(), supply.Assumptions(alpha, delta, ky0))
    np.testing.assert_allclose(acc[["capital_pp", "labour_pp", "tfp_pp"]].sum(axis=1), acc["growth_pct"], atol=1e-9)
    assert (acc["capital_bn"] > 0).all()


def test_an_assumption_outside_its_band_is_refused():
    with pytest.raises(ValueError, match="alpha"):
        supply.Assumptions(alpha=1.2)


def test_needs_are_the_production_function_inverted(baseline_projection):
    n = supply.needs(baseline_projection)
    r, a = n.record, n.assumptions
    tab = n.table
    assert list(tab.index) == list(range(2026, 2031))
    acc = supply.accounting(baseline_projection.history)
    k_last = acc["capital_bn"].iloc[-1]
    y = baseline_projection.grdp_real
    # 1. TFP at the held share, 2026 by hand
    k26 = (1 - a.delta) * k_last + r.share_last / 100 * y[2026]
    gl = tab.at[2026, "employment_growth_pct"] / 100
    g = y[2026] / y[2025] - 1
    assert tab.at[2026, "tfp_needed_pct"] == pytest.approx(100 * (g - a.alpha * (k26 / k_last - 1) - (1 - a.alpha) * gl))
    # 2. investment at the latest TFP: fed back through the perpetual inventory, it gives that TFP
    inv = tab["investment_needed_pct"].to_numpy() / 100 * y.loc[2026:2030].to_numpy()
    k = supply.perpetual_inventory(inv, k_last, a.delta)
    gk = np.diff(np.concatenate([[k_last], k])) / np.concatenate([[k_last], k[:-1]])
    tfp = tab["growth_pct"] / 100 - a.alpha * gk - (1 - a.alpha) * tab["employment_growth_pct"] / 100
    np.testing.assert_allclose(100 * tfp, r.tfp_recent, atol=1e-9)
    # employment grows with the population at the last observed employment ratio
    pop = baseline_projection.population
    assert tab.at[2027, "employment_growth_pct"] == pytest.approx(100 * (pop[2027] / pop[2026] - 1))
    # the ICOR need beside it is the investment module's
    need = model.investment.required_investment(baseline_projection)
    np.testing.assert_allclose(tab["icor_share_pct"], need.loc[2026:2030, "share_central_pct"])


def test_a_faster_path_needs_more_of_everything(history, baseline):
    slow = supply.needs(model.simulate(history, baseline))
    fast_sc = baseline.with_rate("sectors.services.growth", model.RatePath.const(0.12))
    fast = supply.needs(model.simulate(history, fast_sc))
    for col in ("tfp_needed_pct", "investment_needed_pct", "employment_needed_pct"):
        assert fast.avg[col] > slow.avg[col]


def test_the_record_summary(history):
    r = supply.summary(history)
    acc = supply.accounting(history)
    assert r.tfp_recent == pytest.approx(acc.loc[2021:2025, "tfp_pp"].mean())
    assert r.tfp_recent_window == "2021–2025"
    assert r.tfp_window_max >= r.tfp_recent
    assert r.share_max == pytest.approx(100 * 55524 / history.nominal.sum(axis=1)[2024]) and r.share_max_year == 2024
    assert r.employment_avg == pytest.approx(100 * ((513.271 / (494.0 / 1.0391)) ** 0.25 - 1))


def test_the_solver_names_what_lies_beyond_the_record_in_both_languages(history, baseline):
    res = model.solve(history, baseline, targets=["grdp_growth_avg"])
    codes = {n.code for n in res.notes}
    assert {"supply_investment", "supply_tfp"} <= codes   # 9 % a year needs more than 2021-2025 gave
    note = next(n for n in res.notes if n.code == "supply_tfp")
    assert "TFP growth of" in note.text("en") and "more than the record's best five years" in note.text("en")
    assert "cần TFP tăng" in note.text("vi") and "%/năm" in note.text("vi")
    # the verdict leads with what the paths need: investment, then TFP, against the record
    en, vi = res.text("en"), res.text("vi")
    assert en.index("total social investment") < en.index("needs TFP growth of") < en.index("The target holds")
    assert "cần TFP tăng" in vi and "Phía cung" in vi
    assert res.supply.avg["tfp_needed_pct"] == pytest.approx(note.numbers["need"])


def test_the_baselines_notes_and_the_api_agree(baseline_projection):
    notes = supply_notes(baseline_projection)
    n = supply.needs(baseline_projection)
    assert tuple(x.code for x in notes) == tuple(f"supply_{k}" for k in n.beyond)


def test_cli_supply_prints_and_writes_the_apis_numbers(tmp_path, capsys, baseline_projection):
    out = tmp_path / "s"
    assert main(["supply", BASELINE, "--out", str(out), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "Growth accounting (percentage points; capital + labour + TFP = the published growth)" in said
    # under the record, which of its investment years are published and which are assumptions
    assert "Investment: published 2020, 2024, 2025; 2023 from 2024's \"+6 %\"; 2016–2019 the 2016–2020 total" in said
    assert "(the highest published: 50.5 %)" in said
    n = supply.needs(baseline_projection)
    assert f"needs TFP growth of {n.avg['tfp_needed_pct']:.2f} % a year" in said
    needs = pd.read_csv(out / "supply_needs.csv", encoding="utf-8-sig", index_col=0)
    np.testing.assert_allclose(needs.to_numpy(), n.table.to_numpy(), atol=1e-5)  # the CSV keeps six decimals
    acc = pd.read_csv(out / "growth_accounting.csv", encoding="utf-8-sig", index_col=0)
    np.testing.assert_allclose(acc[["capital_pp", "labour_pp", "tfp_pp"]].sum(axis=1), acc["growth_pct"], atol=1e-9)
    rec = pd.read_csv(out / "supply_record.csv", encoding="utf-8-sig", index_col=0)
    assert "investment_basis" in rec.columns and rec.loc[2023, "investment_bn"] == pytest.approx(55524 / 1.06)


def test_the_records_bases_speak_the_files_language(tmp_path):
    """`supply --out` wrote each year's basis in English in the Vietnamese run ("row 139:
    2016–2020 total less 2020, spread evenly (assumption)"). Each basis now has a key and its
    numbers (`supply.record_bases`); the Vietnamese file words them, numbers its way, and the
    English file is the record's English."""
    bases = supply.record_bases()
    rec = supply.record()
    assert set(bases["key"]) <= set(supply.BASES) and len(bases) == 3 * len(rec) - 1   # 2015 has no investment
    for b in bases.itertuples():
        assert rec.at[b.year, b.column] == supply.BASES[b.key].format(**b.args) == b.text
    for lang in ("vi", "en"):
        assert main(["supply", BASELINE, "--out", str(tmp_path / lang), "--lang", lang]) == 0
    vi = pd.read_csv(tmp_path / "vi" / "supply_record.csv", encoding="utf-8-sig", index_col=0)
    en = pd.read_csv(tmp_path / "en" / "supply_record.csv", encoding="utf-8-sig", index_col=0)
    assert en.loc[2016, "investment_basis"] == "row 139: 2016–2020 total less 2020, spread evenly (assumption)"
    assert vi.loc[2016, "investment_basis"] == "dòng 139: tổng 2016–2020 trừ năm 2020, chia đều cho các năm (giả định)"
    assert vi.loc[2023, "investment_basis"].startswith("dòng 138: năm 2024 ÷ 1,06 ")
    assert vi.loc[2021, "employment_basis"].startswith("dòng 458: 6 tháng đầu năm 2022 ÷ 1,0391")
    cells = vi[["investment_basis", "employment_basis", "population_basis"]].fillna("").to_numpy().ravel()
    english = ("row", "assumption", "interpolated", "history", "share", "employ", "population")
    assert not [c for c in cells if any(w in c for w in english)]
    num = [c for c in vi.columns if not c.endswith("_basis")]
    pd.testing.assert_frame_equal(vi[num], en[num])


def test_cli_supply_vietnamese_and_other_assumptions(capsys):
    assert main(["supply", BASELINE, "--alpha", "0,4", "--delta", "0.06"]) == 0
    said = capsys.readouterr().out
    assert "α = 0,40" in said and "khấu hao 6,0 %/năm" in said and "Hạch toán tăng trưởng" in said


@pytest.mark.parametrize("args, words", [
    (["--alpha", "0.95"], "between 0.2 and 0.9"),
    (["--delta", "abc"], "a number"),
    (["--ky0", "9"], "between 1 and 4.5"),
])
def test_cli_supply_refuses_bad_assumptions_plainly(args, words, capsys):
    with pytest.raises(SystemExit) as e:
        main(["supply", BASELINE, *args, "--lang", "en"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_needs_names_a_year_given_as_text(baseline_projection):
    """`needs(p, until="2030")` was "'<=' not supported between instances of 'int' and 'str'"."""
    with pytest.raises(TypeError, match=r"^needs: until: a year is a whole number \(2025\), not '2030'"):
        supply.needs(baseline_projection, until="2030")


def test_the_growth_accounting_as_printed_adds_up(history, capsys):
    """"capital + labour + TFP = the published growth", the table's heading says: as printed it
    did not in 2018, 2022 and 2025 (each rounded alone). TFP, the residual of the exact figures,
    is the residual of the printed ones; capital's and labour's points are rounded as before, and
    TFP moves by less than two hundredths."""
    from model.report import views

    acc = supply.accounting(history)
    shown = views.accounting_shown(acc)
    assert ((shown["capital_pp"] + shown["labour_pp"] + shown["tfp_pp"]).round(2) == shown["growth_pct"]).all()
    assert (shown["capital_pp"] == acc["capital_pp"].round(2)).all() and (shown["labour_pp"] == acc["labour_pp"].round(2)).all()
    assert ((shown["tfp_pp"] - acc["tfp_pp"]).abs() < 0.015).all()
    assert (acc[["capital_pp", "labour_pp", "tfp_pp"]].round(2).sum(axis=1).round(2) != acc["growth_pct"].round(2)).any()
    assert main(["supply", model.__path__[0] + "/../scenarios/baseline.toml", "--lang", "en"]) == 0
    block = capsys.readouterr().out.split("Growth accounting")[1].split("\n\n")[0].splitlines()[3:]
    for line in block:
        g, _, _, k, l_, a = (float(v) for v in line.split()[1:7])
        assert round(k + l_ + a, 2) == g, line
