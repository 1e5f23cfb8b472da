import pytest
from hypothesis import given, settings, strategies as st

import model
from model.consistency import (consistency_report, implied_deflator_range, plan_rates,
                               report_frame, required_growth)

from .conftest import ROOT


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
    assert f.vi.startswith("Tăng trưởng thực 9 %/năm trong 10 năm nhân quy mô lên 2,37 lần (1,09^10 = 2,37)")


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


def test_a_target_reached_alone_at_its_bands_edge_is_reachable(history, baseline):
    """Each "≈" target alone is posed at its band's nearest edge; judged against the printed
    figure with no band, every one read "not reachable" (✗ on the Solve page) though its value
    stood on the edge. A target is reachable alone when the solve reaches its bound; product
    taxes' share alone is not (its free sectors sit on their bounds)."""
    import model

    from model.consistency import _nearest_bound
    from model.solver import target_specs
    from model.targets import MEASURES

    req = required_growth(history, baseline)
    p = model.simulate(history, baseline)
    specs = {sp.id: sp for sp in target_specs()}
    # agriculture's 9.15 % and services' 33.3 % come down to their bands' tops, 8.4 and 27.1; per
    # capita's 151.2 up to its foot, 161.5
    for tid, edge in (("share_agriculture", 8.4), ("share_services", 27.1), ("grdp_per_capita", 161.5)):
        assert _nearest_bound(specs[tid], MEASURES[tid](p)) == edge
        assert req.at[tid, "holds"], tid
        one = model.solve(history, baseline, [model.TargetSpec(tid, edge, edge, "")], diagnose=False)
        assert one.success and float(one.targets.at[0, "value"]) == pytest.approx(edge, abs=0.005)
    assert not req.at["share_product_taxes", "holds"]


def test_required_growth_asks_the_targets_solve_poses_for_the_scenarios_own_set(history, baseline):
    """A file judged by the 2026–2030 plan: `solve` poses the plan's targets, and the rows of
    what each needs alone were the programme's eight above an "all" row solved for the plan's
    (required_growth.csv of `solve` on such a file). Now the rows are the plan's, and "all"
    is the solve's own answer to the last digit."""
    from dataclasses import replace

    import model

    sc = replace(baseline, targets_set="plan_2026_2030")
    req = required_growth(history, sc)
    want = list(model.registry.solver_defaults("plan_2026_2030"))
    assert list(req.index) == ["scenario", *want, "all"]
    assert "grdp_growth_avg_2026_2030" in want and "grdp_growth_avg" not in want
    solved = model.solve(history, sc, diagnose=False)
    assert list(solved.targets["id"]) == want
    last = solved.projection.average_growth(2025, 2030) * 100
    assert req.at["all", "grdp"] == pytest.approx(last, abs=1e-9)


# ---- another target set's own arithmetic (model.consistency.set_findings) --------------------
def _with_set(scenario, sid):
    from dataclasses import replace

    return replace(scenario, targets_set=sid)


def test_a_window_with_no_upper_end_carries_its_unit_once(history, baseline):
    """The Congress's "≥ 2× 2025" has no upper end: inside its room (prices rising 6 % a year) the
    window read "từ 10,00 trở lên %/năm" (the unit after "or more"); now "từ 10,00 %/năm trở lên"
    and "10.00 % a year or more"."""
    from model.consistency import set_findings

    sc = _with_set(baseline, "congress_20")
    for s in model.SECTOR_IDS:
        sc = sc.with_sector(s, inflation=model.RatePath.const(0.06))
    f = next(x for x in set_findings(history, sc) if x.numbers.get("level") == "grdp_multiple_2025")
    assert f.severity == "info" and f.numbers["g_high"] == float("inf")
    assert "hai mục tiêu cùng đạt khi tăng trưởng thực từ 10,00 %/năm trở lên giai đoạn 2026–2030" in f.vi, f.vi
    assert "both hold with real growth of 10.00 % a year or more in 2026–2030" in f.en, f.en


def test_the_plans_growth_and_per_capita_leave_the_deflator_a_room(history, baseline):
    """The 2026–2030 plan: ≥ 10 % a year and ≈ 168 million VND a person (the Scorecard's band,
    159.6–176.4) leave the deflator 1.75–3.80 % a year, by hand from 2025's GRDP and the projected
    population; the baseline's 2.51 % (the 2021–2025 record's too) is inside."""
    from model.consistency import set_findings

    (f,) = set_findings(history, _with_set(baseline, "plan_2026_2030"))
    pop = model.simulate(history, baseline).population[2030]
    n2025 = history.nominal.sum(axis=1)[2025]
    lo, hi = [(b * pop / n2025) ** 0.2 / 1.10 - 1 for b in (159.6, 176.4)]
    assert f.id == "set_level_room" and f.severity == "info"
    assert f.numbers["deflator_low"] == pytest.approx(lo) and f.numbers["deflator_high"] == pytest.approx(hi)
    assert (round(100 * lo, 2), round(100 * hi, 2)) == (1.75, 3.80)
    assert "cho phép chỉ số giảm phát GRDP tăng từ 1,75 đến 3,80 %/năm" in f.vi and "Kịch bản: 2,51 %/năm, trong khoảng đó" in f.vi
    assert "leave the GRDP deflator room to rise 1.75 to 3.80 % a year" in f.en
    # inside the room, the growth window at the scenario's prices (10 % up to 176.4's), and where the
    # scenario's own growth stands: the baseline's 8.00 % a year is below it
    d_sc = f.numbers["scenario_deflator"]
    assert f.numbers["g_high"] == pytest.approx(100 * ((176.4 * pop / n2025) ** 0.2 / (1 + d_sc) - 1))
    real = model.simulate(history, baseline).grdp_real
    assert f.numbers["g_scenario"] == pytest.approx(100 * ((real[2030] / real[2025]) ** 0.2 - 1))
    assert ("at these prices both hold with real growth of 10.00–11.38 % a year in 2026–2030; the scenario grows "
            "8.00 % a year, slower: short of the growth target.") in f.en
    assert "hai mục tiêu cùng đạt khi tăng trưởng thực 10,00–11,38 %/năm giai đoạn 2026–2030; kịch bản tăng 8,00 %/năm, chậm hơn" in f.vi
    # prices rising 1 % a year: 168 then needs more than the least growth, said with the growth it needs
    cheap = _with_set(baseline, "plan_2026_2030")
    for s in model.SECTOR_IDS:
        cheap = cheap.with_sector(s, inflation=model.RatePath.const(0.01))
    (g,) = set_findings(history, cheap)
    d_sc = g.numbers["scenario_deflator"]
    assert g.severity == "warning" and d_sc < lo
    assert g.numbers["g_need"] == pytest.approx(100 * ((159.6 * pop / n2025) ** 0.2 / (1 + d_sc) - 1))


def test_the_congress_doubling_needs_more_growth_and_cannot_meet_168_a_person(history, baseline):
    """The 20th Congress: doubling 2025's GRDP by 2030 at ≥ 10 % a year needs the deflator to rise
    at least 2^(1/5)/1.1 − 1 = 4.43 % a year; at the baseline's 2.51 % it needs 12.05 % real growth.
    And 168 (at most 176.4) million VND × 1,386.4 thousand people is at most 244,561 billion VND,
    short of 2 × 126,000: the two meet only with 1,428.6 thousand people (1.2 % a year)."""
    from model.consistency import set_findings

    found = {(f.id, f.numbers.get("level")): f for f in set_findings(history, _with_set(baseline, "congress_20"))}
    room = found[("set_level_room", "grdp_multiple_2025")]
    assert room.severity == "warning" and room.numbers["deflator_low"] == pytest.approx(2 ** 0.2 / 1.1 - 1)
    assert room.numbers["g_need"] == pytest.approx(100 * (2 ** 0.2 / (1 + room.numbers["scenario_deflator"]) - 1))
    assert round(room.numbers["g_need"], 2) == 12.05 and "cần tăng trưởng thực 12,05 %/năm" in room.vi
    apart = found[("set_per_capita_vs_multiple", None)]
    assert apart.severity == "conflict"
    assert apart.numbers["population_needed"] == pytest.approx(2 * 126_000 / 176.4)
    assert apart.numbers["population_growth_needed"] == pytest.approx(0.012, abs=5e-5)
    assert "cần 1.428,6 nghìn người năm 2030 (tăng 1,20 %/năm từ 2025)" in apart.vi
    assert found[("set_level_room", "grdp_per_capita_168")].severity == "info"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_level_said_as_per_capita_times_people_is_their_product_as_printed(history, baseline, lang):
    """"170 million VND a person × 1,386.4 thousand people in 2030 is 235,687 billion VND" was
    the unrounded population's product (1,386.394): a reader multiplying the two figures gets
    235,688. Every such sentence of every set, for each end of a band too, gives the product of
    the figures it prints."""
    import re

    from model.consistency import set_findings
    from model.report.findings import finding_text
    from model.report.fmt import parse_number

    num = r"[0-9][0-9.,]*"
    pattern = (rf"({num})(?:–({num}))? (?:triệu đồng/người |million VND a person |triệu đồng |million VND )?"
               rf"(?:\(tức {num}–{num}; |\(that is {num}–{num}; )?× ({num}) (?:nghìn người|thousand people)"
               rf"(?: năm \d{{4}}| in \d{{4}})?(?: là |: | is )({num})(?:–({num}))? (?:tỷ đồng|billion VND)")
    seen = 0
    for sid in ("nq26_programme", "plan_2026_2030", "congress_20", "provincial_plan_2021_2030"):
        sc = _with_set(baseline, sid)
        for f in consistency_report(history, sc) + set_findings(history, sc):
            text = finding_text(f, lang)
            for m in re.finditer(pattern, text):
                lo, hi, pop, a, b = m.groups()
                band = re.search(rf"(?:tức|that is) ({num})–({num}); × {re.escape(pop)}", text)
                ends = (band.groups() if band else (lo, hi or lo))
                read = lambda v: parse_number(v, lang, grouping=True)   # noqa: E731
                for end, level in zip(ends, (a, b or a)):
                    assert round(read(end) * read(pop)) == read(level), (sid, m.group(0))
                seen += 1
    assert seen >= 6


def test_a_2021_2030_growth_target_is_carried_to_the_remaining_years(history, baseline):
    """The Provincial Plan as approved: > 9 % over 2021–2030 is 11.72 % a year over 2026–2030
    after the actuals; with ≈ 170 a person the deflator may rise at most 2.45 % a year, and the
    baseline's 2.51 % passes 178.5 at 11.65 % growth, before the growth target is reached."""
    from model.consistency import set_findings

    (f,) = set_findings(history, _with_set(baseline, "provincial_plan_2021_2030"))
    assert f.severity == "conflict" and f.numbers["g_low"] == pytest.approx(11.72, abs=0.005)
    assert round(100 * f.numbers["deflator_high"], 2) == 2.45 and round(f.numbers["g_max"], 2) == 11.65


def test_a_file_whose_last_actual_year_is_2020_quotes_no_record_of_prices(history, baseline):
    """Found by random links through every page: `lay=2020` (a last actual year the history
    allows) stopped the Scorecard, Compare and Export pages with "division by zero": the
    record's deflator change was taken over 2020–2020. There is no record to quote, and the
    sentence leaves it out; from 2021 it quotes the one year as "2021", not "2021–2021"."""
    from dataclasses import replace

    from model.consistency import set_findings

    plan = _with_set(baseline, "provincial_plan_2021_2030")
    (f,) = set_findings(history, replace(plan, last_actual_year=2020))
    assert f.numbers["deflator_record"] != f.numbers["deflator_record"]   # NaN: no years to average
    assert "(at exactly the least growth). The scenario:" in f.en
    assert "(đúng ở mức tăng trưởng tối thiểu). Kịch bản:" in f.vi
    (g,) = set_findings(history, replace(plan, last_actual_year=2021))
    nominal, real = history.nominal.sum(axis=1), history.real.sum(axis=1)
    d = (nominal[2021] / real[2021]) / (nominal[2020] / real[2020]) - 1
    assert g.numbers["deflator_record"] == pytest.approx(d)
    assert f"(at exactly the least growth; actuals 2021: {100 * d:.2f} % a year on average)" in g.en


def test_inside_the_room_a_scenario_growing_past_the_window_is_told_why_its_level_misses(history):
    """The shipped Provincial Plan file, judged by the Plan: its deflator (2.29 % a year) is inside
    the room, which read "inside that room." above a Scorecard saying per capita missed (188.7
    against ≈ 170). At its prices both hold only with growth of 11.72–11.89 % a year over
    2026–2030; it grows 13.14 %: per capita passes its band."""
    from model.consistency import set_findings

    (f,) = set_findings(history, model.load_scenario(ROOT / "scenarios" / "provincial_plan.toml"))
    assert f.severity == "info" and round(f.numbers["g_high"], 2) == 11.89 and round(f.numbers["g_scenario"], 2) == 13.14
    assert f.en.endswith("both hold with real growth of 11.72–11.89 % a year in 2026–2030; the scenario grows 13.14 % a "
                         "year, faster: the level target is passed, above its band.")
    assert f.vi.endswith("kịch bản tăng 13,14 %/năm, nhanh hơn: mục tiêu về quy mô bị vượt quá khoảng của nó.")


def test_the_programmes_own_set_adds_nothing_and_another_set_comes_first(history, baseline):
    from model.consistency import set_findings

    assert set_findings(history, baseline) == [] and set_findings(history, baseline, "mof_draft_2026_2030") == []
    plain = [f.id for f in consistency_report(history, baseline)]
    assert not any(i.startswith("set_") for i in plain)
    planned = [f.id for f in consistency_report(history, _with_set(baseline, "plan_2026_2030"))]
    assert planned == ["set_level_room"] + plain
    # a scenario that ends before 2030: nothing to say of 2030
    from dataclasses import replace

    assert set_findings(history, replace(_with_set(baseline, "plan_2026_2030"), horizon=2028)) == []



@settings(max_examples=25, deadline=None)
@given(inflation=st.floats(0.0, 0.07), population=st.floats(-0.01, 0.02))
def test_the_verdict_follows_the_room_for_any_prices(history, baseline, inflation, population):
    """For any uniform inflation and population growth: the verdict is where the scenario's
    deflator falls against the room, and the growth it names reaches the level's bound exactly:
    N(L)·((1 + g)(1 + d_sc))^(T−L) = N_lo (g_need) or N_hi (g_max)."""
    from model.consistency import set_findings

    sc = _with_set(baseline, "plan_2026_2030").with_rate("population.growth", model.RatePath.const(population))
    for s in model.SECTOR_IDS:
        sc = sc.with_sector(s, inflation=model.RatePath.const(inflation))
    (f,) = set_findings(history, sc)
    n = f.numbers
    d, lo, hi = n["scenario_deflator"], n["deflator_low"], n["deflator_high"]
    assert f.severity == ("conflict" if d > hi + 1e-12 else "warning" if d < lo - 1e-12 else "info")
    n2025 = history.nominal.sum(axis=1)[2025]
    if "g_need" in n:
        assert n2025 * ((1 + n["g_need"] / 100) * (1 + d)) ** 5 == pytest.approx(n["level_low"])
    if "g_max" in n:
        assert n2025 * ((1 + n["g_max"] / 100) * (1 + d)) ** 5 == pytest.approx(n["level_high"])
    assert n["level_low"] == pytest.approx(159.6 * n["population"])
