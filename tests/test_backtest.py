"""The backtest and the attribution of 2016–2025 growth: identities by hand, the published
figures reproduced, and the scores reported beside the naive rule's."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model
from model import backtest as bt
from model.projects import calibration, load_projects


def test_real_grdp_back_to_2015(history):
    r = bt.real_grdp(history)
    assert r[2017] == 36097.05 and r[2019] == 47740.21
    assert r[2016] == pytest.approx(36097.05 / 1.1315)
    assert r[2015] == pytest.approx(36097.05 / 1.1315 / (1 - 0.1531))
    assert r[2025] == pytest.approx(history.real.sum(axis=1)[2025])
    g = r.pct_change() * 100
    assert g[2018] == pytest.approx(20.85, abs=0.01) and g[2022] == pytest.approx(2.54, abs=1e-9)


def test_formosa_calibrated_on_the_2018_industry_level():
    """Phase 1 at capacity: twice the 2017→2018 rise of industry's official real value added."""
    assert load_projects()["formosa_1"].va == pytest.approx(2 * (13770.29 - 7894.92))


def test_vung_ang_1_follows_the_published_electricity_figures():
    """Output against a normal year (0.85 of the calibrated maximum, as in the projection)."""
    u = bt.utilisation(2025)["vung_ang_1"]
    assert u[2021] == 1.0 and u[2022] == pytest.approx(1 - 0.3976)
    assert u[2024] == pytest.approx(u[2022] * 1.1151 * 1.1696)
    assert u[2015] == pytest.approx(0.70 / 0.85)  # 70 % of full output, unit 2 from May
    # what it produced is the same as before one convention: 0.85 of the maximum in 2021
    va1 = load_projects()["vung_ang_1"]
    assert va1.load_factor == 0.85
    assert u[2021] * va1.va == pytest.approx(0.85 * calibration().at["power_attribution", "central"] * 1.2)


def test_attribution_adds_up_to_published_growth(history):
    a = bt.attribution(history)
    parts = a.drop(columns="growth_pct").sum(axis=1)
    np.testing.assert_allclose(parts, a["growth_pct"], atol=1e-9)
    assert a.at[2022, "vung_ang_1"] == pytest.approx(-3.54, abs=0.01)  # the outage
    assert a.at[2018, "formosa_1"] > 15  # the second blast furnace
    assert 0 < a.at[2025, "vung_ang_2"] < 0.2   # eleven days before the storm of 28-29 September


def test_backtest_reports_both_rules():
    r = bt.backtest()
    assert list(r.out_of_sample.index) == [2021, 2022, 2023, 2024, 2025]
    assert r.out_of_sample["naive"].iloc[0] == pytest.approx(9.96, abs=0.01)  # 2018-2020 average
    np.testing.assert_allclose(r.out_of_sample["actual"], [5.02, 2.54, 8.05, 7.48, 8.78], atol=1e-9)
    rm = r.rmse.set_index(["test", "rule", "years"])["rmse_pp"]
    # the scores as they are (README reports them): one year ahead, projects at their dates
    # beat the naive rule clearly; from 2020 both are poor, the model a little less so
    assert rm[("b: one year ahead", "model", "2019-2025")] < 0.5 * rm[("b: one year ahead", "naive", "2019-2025")]
    assert rm[("a: 2021-2025 from 2020", "model", "2021-2025")] == pytest.approx(4.42, abs=0.01)
    assert rm[("a: 2021-2025 from 2020", "naive", "2021-2025")] == pytest.approx(4.26, abs=0.01)
    # the 2021-2025 investment plan at the 2016-2020 ICOR, both known in 2020, does best
    assert rm[("a: 2021-2025 from 2020", "icor", "2021-2025")] == pytest.approx(3.08, abs=0.01)
    assert np.isnan(r.in_sample.at[2016, "naive"])  # no three years before 2016 in the record


def test_sector_panel_adds_up_to_the_official_totals_every_year():
    from model.backtest import real_grdp, sector_panel

    panel, prov = sector_panel()
    assert list(panel.index) == list(range(2015, 2026))
    np.testing.assert_allclose(panel.sum(axis=1), real_grdp().loc[panel.index], rtol=1e-12)
    growth = panel.pct_change() * 100
    # 2017: the government's four published rates, all moved by one common shift
    pub = np.array([-4.19, 28.71, 5.84, 3.74])
    shift = growth.loc[2017].to_numpy() - pub
    np.testing.assert_allclose(shift, shift[0], atol=1e-9)
    assert shift[0] == pytest.approx(3.02, abs=0.01)
    # 2018: industry-construction grows by more than industry's official increment (construction
    # adds to it), but not by a fifth more
    ind = 13770.29 - 7894.92
    d_ic = panel.at[2018, "industry_construction"] - panel.at[2017, "industry_construction"]
    assert ind < d_ic < 1.2 * ind
    assert set(prov[prov.year < 2019].status) == {"estimated"}
    assert prov[prov.year < 2019].method.str.len().min() > 40  # every estimate names its rule


def test_sector_backtest_scores_the_history_years_only():
    from model.backtest import sector_backtest

    sb = sector_backtest()
    assert list(sb.index) == list(model.SECTOR_IDS) and set(sb.years) == {"2020-2025"}
    assert np.isfinite(sb[["rmse_model_pp", "rmse_naive_pp"]].to_numpy()).all()
    # industry is where the projects are: knowing them beats the naive rule by far
    assert sb.at["industry_construction", "rmse_model_pp"] < sb.at["industry_construction", "rmse_naive_pp"] / 2


def test_honest_scores_as_the_readme_gives_them():
    """Issue 15: fitted only on earlier years, and the naive rule given the projects too."""
    rm = bt.backtest().rmse.set_index(["test", "rule"])["rmse_pp"]
    honest = "b: one year ahead, fitted before"
    assert rm[(honest, "model")] == pytest.approx(2.68, abs=0.01)
    assert rm[(honest, "naive with projects")] == pytest.approx(3.51, abs=0.01)
    assert rm[(honest, "naive")] == pytest.approx(6.32, abs=0.01)
    a = "a: 2021-2025 from 2020"
    assert rm[(a, "constant 7 %")] == pytest.approx(2.38, abs=0.01)
    assert rm[(a, "average 2016-2020")] == pytest.approx(2.69, abs=0.01)
    assert rm[(a, "constant 7 %")] < rm[(a, "icor")]          # the plan × ICOR does not win
    sb = bt.sector_backtest()
    assert sb.at["industry_construction", "rmse_naive_projects_pp"] == pytest.approx(4.90, abs=0.01)
    assert sb.at["industry_construction", "rmse_model_before_pp"] == pytest.approx(5.11, abs=0.01)


@settings(max_examples=60, deadline=None)
@given(year=st.integers(2018, 2025), factor=st.floats(0.5, 2.0), rule=st.sampled_from(["model", "naive"]))
def test_a_forecast_never_reads_the_year_it_scores(year, factor, rule):
    """Change the scored year and every later one: the forecast of that year does not move."""
    from model.backtest import one_year_ahead, project_value_added_by_sector, real_grdp

    r = real_grdp()
    e = project_value_added_by_sector(int(r.index[-1])).sum(axis=1)
    moved = r.copy()
    moved.loc[year:] *= factor
    a, b = one_year_ahead(r, e, year, rule), one_year_ahead(moved, e, year, rule)
    assert (np.isnan(a) and np.isnan(b)) or a == b


def test_the_baselines_organic_industry_rate_follows_its_rule(baseline):
    """scenarios/baseline.toml: industry-construction's organic rate is the 2022-2025 trend less
    what the named projects added (the average of their pp of the sector's growth, 2023-2025),
    to the tenth of a point it is written with; a data update that moves the rule fails here."""
    from model.backtest import sector_panel

    panel, _ = sector_panel()
    ic = panel["industry_construction"]
    e = bt.project_value_added(2025)
    ps = load_projects()
    e_ic = e[[p for p in e.columns if ps[p].sector == "industry_construction"]].sum(axis=1)
    projects_pp = np.mean([100 * (e_ic[y] - e_ic[y - 1]) / ic[y - 1] for y in (2023, 2024, 2025)])
    rule = 100 * ((ic[2025] / ic[2022]) ** (1 / 3) - 1) - projects_pp
    assert 100 * baseline.sectors["industry_construction"].growth.values([2026])[0] == pytest.approx(rule, abs=0.05)


def test_the_panels_methods_speak_the_files_language(tmp_path):
    """`backtest --out` wrote sector_panel.csv's methods in English in the Vietnamese run, where
    the console sends the reader to that column. Each method now has a key and its numbers; the
    Vietnamese file words them, numbers its way; the English file keeps the panel's English."""
    from model.backtest import PANEL_METHODS, sector_panel
    from model.cli import main
    from model.report.views.record import _PANEL_METHODS_VI

    _, prov = sector_panel()
    assert set(prov["method_key"]) == set(PANEL_METHODS) == set(_PANEL_METHODS_VI)
    for r in prov.itertuples():
        assert r.method == PANEL_METHODS[r.method_key].format(**r.method_args)
    for lang in ("vi", "en"):
        assert main(["backtest", "--out", str(tmp_path / lang), "--lang", lang]) == 0
    read = lambda lang: pd.read_csv(tmp_path / lang / "sector_panel.csv", encoding="utf-8-sig")  # noqa: E731
    vi, en = read("vi"), read("en")
    assert list(en.columns) == ["year", "sector", "status", "method", "method_key", "real_bn"]
    assert en.method.tolist() == prov.sort_values(["year", "sector"]).method.tolist()
    row = vi[(vi.year == 2016) & (vi.sector == "services")].iloc[0]
    assert row.method == ("tăng trưởng ngành năm 2017 đã công bố (dòng 9, 10, 11, 12) cộng thêm +3,02 điểm % để "
                          "tổng bằng mức chính thức 13,15 %")
    assert not vi.method.str.contains("published|shifted|organic|assembled").any()
    pd.testing.assert_series_equal(vi.real_bn, en.real_bn)


def test_the_contributions_of_the_record_add_up_as_printed(history):
    """The Projects page's and `backtest`'s table of what each project added to 2016–2025 growth:
    each year's column, as printed, adds up to the published growth (the organic rest is the
    residual of the figures shown, as it is of the exact ones)."""
    from model.backtest import attribution
    from model.report import views
    from model.report.fmt import parse_number

    a = attribution(history)
    for lang in ("vi", "en"):
        v = views.backtest_attribution_view(a, lang)
        for year in v.columns:
            read = [parse_number(x, lang) for x in v[year]]
            assert round(sum(read[:-1]), 2) == read[-1], (lang, year)
            assert abs(read[-2] - a.at[int(year), "organic"]) < 0.02


def test_the_score_tables_write_a_span_of_years_as_every_page_does(history):
    """The backtest's frames key their spans "2019-2025"; the tables the Projects page and
    `backtest` print write them "2019–2025", as every other span is written."""
    from model.backtest import sector_backtest
    from model.report import views

    for lang in ("vi", "en"):
        years = views.backtest_score_view(bt.backtest().rmse, lang).iloc[:, 1].tolist() + \
            views.sector_score_view(sector_backtest(history), lang).iloc[:, 1].tolist()
        assert years and all("–" in y and "-" not in y for y in years), years
