import pytest

import model
from model.consistency import (consistency_report, implied_deflator_range, plan_rates,
                               report_frame, required_growth)


def findings(history, scenario=None):
    return {f.id: f for f in consistency_report(history, scenario)}


def test_design_arithmetic_nine_percent_and_the_multiple(history):
    # 1.09^10 = 2.37, so 2.5–3× leaves 0.55–2.40 % a year of deflator inflation.
    lo, hi = implied_deflator_range(9, 2.5, 3.0, 10)
    assert lo == pytest.approx((2.5 / 1.09**10) ** 0.1 - 1) and 100 * lo == pytest.approx(0.55, abs=0.005)
    assert 100 * hi == pytest.approx(2.40, abs=0.005)
    f = findings(history)["real_vs_nominal"]
    assert "1.09^10 = 2.37" in f.en and "0.55 % to 2.40 %" in f.en
    assert "1,09^10 = 2,37" in f.vi


def test_remaining_years_from_the_actuals(history):
    f = findings(history)["remaining_years"]
    real = history.real.sum(axis=1)
    need = (1.09**10 * real[2020] / real[2025]) ** 0.2 - 1
    assert f.numbers["real_required"] == pytest.approx(need)
    assert 100 * need == pytest.approx(11.72, abs=0.01)
    nom = history.nominal.sum(axis=1)
    assert f.numbers["nominal_high"] == pytest.approx((3.0 * nom[2020] / nom[2025]) ** 0.2 - 1)


def test_scenario_inflation_against_the_room(history, baseline):
    f = findings(history, baseline)["scenario_deflator"]
    assert f.severity == "conflict"  # the baseline's 2.5 % deflator exceeds the 2.28 % room
    low_inflation = baseline
    for s in model.SECTOR_IDS:
        low_inflation = low_inflation.with_sector(s, inflation=model.RatePath.const(0.01))
    assert findings(history, low_inflation)["scenario_deflator"].severity == "info"


def test_per_capita_against_the_multiple(history, baseline):
    f = findings(history, baseline)["per_capita_vs_multiple"]
    pop = model.simulate(history, baseline).population[2030]
    assert f.numbers["multiple_from_per_capita"] == pytest.approx(170 * pop / history.nominal.sum(axis=1)[2020])
    assert f.severity == "info"


def test_plan_rates_are_read_from_the_data(history):
    assert plan_rates() == {"agriculture": (0.02, 0.03), "industry_construction": (0.17, 0.18),
                            "services": (0.10, 0.11)}
    f = findings(history)["provincial_plan_rates"]
    # The Plan's own sector rates overshoot its >9 % and undershoot its 7.9 % agriculture share.
    assert f.numbers["growth_pct"] > 12 and f.numbers["share_agriculture"] < 7
    assert f.severity == "warning"


def test_report_frame(history, baseline):
    df = report_frame(consistency_report(history, baseline))
    assert list(df.columns) == ["id", "severity", "message_en", "message_vi"]
    assert set(df["severity"]) <= {"info", "warning", "conflict"}


def test_required_growth_for_the_growth_target(history, baseline):
    req = required_growth(history, baseline, ["grdp_growth_avg", "share_industry_construction"])
    assert list(req.index) == ["scenario", "grdp_growth_avg", "share_industry_construction", "all"]
    # "> 9" is reached when it shows above 9 at two decimals, 9.01: 11.74 % a year in 2026–2030
    # (the consistency report's 11.72 is the arithmetic of exactly 9)
    assert req.at["grdp_growth_avg", "grdp"] == pytest.approx(11.74, abs=0.01)
    assert req.at["scenario", "services"] == pytest.approx(7.5)
    assert req.at["grdp_growth_avg", "holds"]
    assert req.attrs["years"] == (2026, 2030)
