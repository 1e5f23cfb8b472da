"""Projects: each adds exactly its value added, ramps and delays move it, its calibration
follows the published rows by hand, and every bad entry names its field."""

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model
from model.projects import ProjectSetting, calibration, capital_spending, load_projects
from model.targets import MEASURES

from .conftest import SCENARIOS

MINE = '''
[projects.my_plant]
name_vi = "Nhà máy của tôi"
sector = "industry_construction"
first_year = 2027
ramp = [1.0]
va = 1000
capex = { 2025 = 2000, 2026 = 3000 }
sources = { state = 0.2, nonstate = 0.5, fdi = 0.3 }
'''


def text(extra: str) -> str:
    return (SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + extra


@pytest.fixture
def bare(baseline):
    """The baseline without its projects."""
    return replace(baseline, projects={})


def test_a_project_adds_exactly_its_value_added(history, baseline):
    sc = model.parse_scenario(text(MINE))
    diff = model.simulate(history, sc).real - model.simulate(history, baseline).real
    assert diff.loc[2026].abs().max() == 0.0
    assert diff.loc[2027, "industry_construction"] == pytest.approx(1000.0, abs=1e-9)
    assert diff.loc[2030, "industry_construction"] == pytest.approx(1000.0, abs=1e-9)
    assert diff.drop(columns="industry_construction").abs().to_numpy().max() == 0.0
    assert diff.loc[:2025].abs().to_numpy().max() == 0.0  # actual years are data


def test_ramp_delay_scale_and_off(history, bare):
    va2 = load_projects()["vung_ang_2"]
    base = model.simulate(history, bare).real["industry_construction"]

    def added(**kw):
        p = model.simulate(history, replace(bare, projects={"vung_ang_2": ProjectSetting(**kw)}))
        return (p.real["industry_construction"] - base).loc[2026:2030].to_numpy()

    # 11 days of one unit ran in 2025 (the last actual year, before the storm): 0.7 of a year
    # in 2026 (unit 1 from February, unit 2 from mid-year), all from 2027
    np.testing.assert_allclose(added(), [0.685 * va2.va] + [0.985 * va2.va] * 4)
    np.testing.assert_allclose(added(scale=0.5), [0.3425 * va2.va] + [0.4925 * va2.va] * 4)
    np.testing.assert_allclose(added(on=False), [0] * 5)
    # two years late: its 2025 days are in the record (data), so it stays there in 2026 and 2027,
    # then 0.7 in 2028 and fully from 2029 — over 2025, 0.685 and 0.985 of a year, as on time
    np.testing.assert_allclose(added(delay=2), [0, 0, 0.685 * va2.va, 0.985 * va2.va, 0.985 * va2.va])


def test_capital_spending_by_source(baseline):
    sc = model.parse_scenario(text(MINE))
    cap = capital_spending({"my_plant": sc.projects["my_plant"]}, range(2024, 2029), 2025)
    assert cap.loc[2026, "total"] == 3000 and cap.loc[2026, "fdi"] == pytest.approx(900)
    # a year late: what was spent by 2025 (the last actual year) is data and stays; the rest moves
    late = capital_spending({"my_plant": replace(sc.projects["my_plant"], delay=1)}, range(2024, 2029), 2025)
    assert late.loc[2025, "total"] == 2000 and late.loc[2026, "total"] == 0 and late.loc[2027, "total"] == 3000
    # with 2024 the last actual year, both years move
    early = capital_spending({"my_plant": replace(sc.projects["my_plant"], delay=1)}, range(2024, 2029), 2024)
    assert early.loc[2025, "total"] == 0 and early.loc[2026, "total"] == 2000 and early.loc[2027, "total"] == 3000


def test_power_calibration_by_hand(history):
    r2023 = history.real.sum(axis=1)[2023]
    inc = 0.0383 * r2023 / 4
    per_gw = 4 * inc * 1.68 / 0.68 / 1.2
    assert calibration().at["power_attribution", "central"] == pytest.approx(per_gw)
    # a normal year: the load factor (0.85 coal, 0.70 LNG) of the calibrated maximum
    assert load_projects()["vung_ang_2"].va == pytest.approx(1.2 * per_gw * 0.85)
    assert load_projects()["lng_vung_ang_3"].va == pytest.approx(1.5 * 0.75 * per_gw * 0.70)
    hi = 4 * inc * 1.3613 / 0.3613 / 1.2  # the conflicting +36.13 % output figure
    assert calibration().at["power_attribution", "high"] == pytest.approx(hi)
    # about 8 % of 2025 real GRDP for a 1.2 GW plant: the order the Q1-2024 release implies
    assert 0.06 < load_projects()["vung_ang_2"].va / history.real.sum(axis=1)[2025] < 0.10


def test_every_shipped_project_has_a_band_and_a_source():
    for p in load_projects().values():
        assert p.va_low <= p.va <= p.va_high and p.source_url.startswith("http")
        assert abs(sum(p.sources) - 1) < 1e-9 and 0 <= p.probability <= 1
        assert p.first_year >= min(y for y, _ in p.capex)


def test_formosa_phase_2_counts_the_capital_it_adds_not_the_complex_total():
    """The source (kinhtevadubao.vn, the project's row in `hatinh_projects.csv`) says the proposal
    raises the complex's total investment to about 28.5 bn USD, from the 9.9 bn licensed at the end
    of 2012: phase 2 adds 18.6 bn USD, 437,100 billion VND at 23,500 VND/USD. Counting the 28.5 bn
    counted phase 1's capital twice (669,750 bn, 53 % more) in every investment need with the
    plant on; the data vintage 2026-12 says so to a file saved before."""
    f2 = load_projects()["formosa_2"]
    assert sum(v for _, v in f2.capex) == pytest.approx((28.5 - 9.9) * 23_500)
    assert [y for y, _ in f2.capex] == [2027, 2028, 2029, 2030]
    assert "9.9 bn USD" in f2.note and "18.6 bn USD added" in f2.note
    what = model.vintage.vintages().set_index("vintage").loc["2026-12"]
    assert "18.6 bn USD" in what["what_en"] and "18,6 tỷ USD" in what["what_vi"]


def test_round_trip(baseline):
    sc = model.parse_scenario(text(MINE + "\n[projects.lng_vung_ang_3]\ndelay = 2\nscale = 0.8\n"))
    assert model.parse_scenario(sc.to_toml()) == sc
    assert sc.projects["lng_vung_ang_3"] == ProjectSetting(on=True, delay=2, scale=0.8)


@pytest.mark.parametrize("edit, message", [
    (('sector = "industry_construction"', 'sector = "mining"'),
     "projects.my_plant.sector = 'mining': not a sector of the model"),
    (("capex = { 2025 = 2000, 2026 = 3000 }", "capex = { 2025 = -2000, 2026 = 3000 }"),
     "projects.my_plant.capex.2025 = -2000: capital spending cannot be negative"),
    (("first_year = 2027", "first_year = 2024"),
     "projects.my_plant.first_year = 2024: operation starts before the first year of capital spending 2025"),
    (("ramp = [1.0]", "ramp = [1.0, 0.5]"), "projects.my_plant.ramp = [...]: a ramp is a list"),
    (("fdi = 0.3", "fdi = 0.4"), "projects.my_plant.sources: the source shares sum to 1.1"),
    (("va = 1000", "va = -1"), "projects.my_plant.va = -1: outside 0 to 1e+06"),
    (('name_vi = "Nhà máy của tôi"\n', ""), "projects.my_plant.name_vi: missing"),
    (("va = 1000", "va = 1000\ndelay = 11"), "projects.my_plant.delay = 11: a delay is a whole number"),
    (("va = 1000", "va = 1000\non = 1"), "projects.my_plant.on: 1 must be true or false"),
    (("va = 1000", "va = 1000\nprobability = 2"), "projects.my_plant.probability = 2: outside 0 to 1"),
])
def test_bad_project_entries_name_the_field(edit, message):
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text(MINE.replace(*edit)))
    assert any(line.startswith(message) for line in e.value.lines()), e.value.lines()
    assert all(line for line in e.value.lines("vi"))


@pytest.mark.parametrize("pid, vi, en", [
    ("lng_vung_ang3", "projects.lng_vung_ang3: không có dự án nào mã 'lng_vung_ang3'; có phải ý bạn là «lng_vung_ang_3»?",
     "projects.lng_vung_ang3: no shipped project has the id 'lng_vung_ang3'; did you mean 'lng_vung_ang_3'?"),
    ("my_switch", "projects.my_switch: không có dự án nào mã 'my_switch'; các dự án có sẵn: vung_ang_1, vung_ang_2, formosa_1,",
     "projects.my_switch: no shipped project has the id 'my_switch'; the shipped ones: vung_ang_1, vung_ang_2, formosa_1,"),
])
def test_a_switch_for_a_project_there_is_not_is_one_message(pid, vi, en):
    """`[projects.lng_vung_ang3]` with `on = true` (a slip of the LNG plant's id) was answered
    with four messages that the file's own project lacks a name, sector, first year and value
    added: now one, with the nearest shipped id, or the list in the table's order."""
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text(f"\n[projects.{pid}]\non = true\ndelay = 1\n"))
    assert len(e.value.lines("en")) == 1 and e.value.lines("en")[0].startswith(en), e.value.lines("en")
    assert e.value.lines("vi")[0].startswith(vi) and "name_vi, sector, first_year" in e.value.lines("vi")[0]
    # with one field of its own it is a project being defined: what it lacks is named, as before
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text(f"\n[projects.{pid}]\nva = 100\n"))
    assert {x.split(":")[0] for x in e.value.lines("en")} == {f"projects.{pid}.{k}" for k in ("name_vi", "sector", "first_year")}


@pytest.mark.parametrize("pid", ["state", "nonstate", "fdi", "total"])
def test_a_project_id_that_names_a_source_of_capital_is_refused(pid):
    """A new project called "state" was the state column of the capital table: its 5,000 billion
    VND a year were counted twice (10,795 in 2026 where 5,795 were spent). Such an id is refused,
    with one that would do, in both languages."""
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text(MINE.replace("[projects.my_plant]", f"[projects.{pid}]")))
    assert e.value.lines()[0] == (f"projects.{pid}: '{pid}' names a column of the capital table "
                                  f"(state, nonstate, fdi, total); choose another id, e.g. {pid}_plant")
    assert e.value.lines("vi")[0] == (f"projects.{pid}: '{pid}' là tên một cột của bảng vốn "
                                      f"(state, nonstate, fdi, total); đặt mã khác, ví dụ {pid}_plant")


def test_capital_by_source_adds_up_for_any_project_id(history):
    """Whatever a new project is called, the capital by source sums to what it spends."""
    from model.projects import SOURCES, capital_spending

    sc = model.parse_scenario(text(MINE.replace("[projects.my_plant]", "[projects.state_plant]")))
    base = model.load_scenario(SCENARIOS / "baseline.toml")
    years = list(range(2024, 2031))
    with_it = capital_spending(sc.projects, years, 2025)
    without = capital_spending(base.projects, years, 2025)
    assert (with_it["total"] - without["total"]).loc[2026] == pytest.approx(3000.0)
    assert with_it[list(SOURCES)].sum(axis=1).tolist() == pytest.approx(with_it["total"].tolist())
    assert with_it["state_plant"].loc[2026] == 3000.0


@settings(max_examples=60, deadline=None)
@given(ids=st.lists(st.one_of(st.sampled_from(["state", "nonstate", "fdi", "total", "grdp", "organic"]),
                              st.from_regex(r"[A-Za-z0-9_\-]{1,12}", fullmatch=True)), min_size=1, max_size=4,
                    unique=True),
       spend=st.lists(st.integers(0, 9000), min_size=2, max_size=2))
def test_any_project_id_is_refused_by_name_or_counted_once(ids, spend):
    """For any ids a planner gives new projects: the file is refused naming the id, or each
    project's capital is counted once, the sources adding up to the total and the projects'
    own columns to it too."""
    shipped = set(load_projects())
    extra = "".join(f'\n[projects.{pid}]\nname_vi = "Dự án {k}"\nsector = "services"\nfirst_year = 2028\n'
                    f"va = 100\ncapex = {{ 2026 = {spend[0]}, 2027 = {spend[1]} }}\n"
                    for k, pid in enumerate(ids) if pid not in shipped)
    try:
        sc = model.parse_scenario(text(extra))
    except model.ScenarioError as e:
        assert {i for i in ids if i in ("state", "nonstate", "fdi", "total")}, e.lines()
        assert all(line.startswith("projects.") for line in e.lines()), e.lines()
        return
    frame = capital_spending(sc.projects, list(range(2024, 2031)), 2025)
    own = [c for c in frame.columns if c not in ("state", "nonstate", "fdi", "total")]
    np.testing.assert_allclose(frame[["state", "nonstate", "fdi"]].sum(axis=1), frame["total"], rtol=1e-12)
    np.testing.assert_allclose(frame[own].sum(axis=1), frame["total"], rtol=1e-12)
    for pid in ids:
        if pid not in shipped:
            assert frame.loc[2026, pid] == spend[0] and frame.loc[2027, pid] == spend[1]


def test_shipped_projects_take_settings_only(baseline):
    with pytest.raises(model.ScenarioError) as e:
        model.parse_scenario(text("\n[projects.lng_vung_ang_3]\nva = 3\n"))
    assert e.value.lines()[0] == "projects.lng_vung_ang_3.va: unknown key; allowed: on, delay, scale"


def test_solver_sees_the_projects(history, baseline):
    sc = replace(baseline, projects={"vung_ang_2": ProjectSetting(), "lng_vung_ang_3": ProjectSetting()})
    res = model.solve(history, sc, ["grdp_growth_avg", "share_industry_construction"],
                      free=["industry_construction", "services"])
    for r in res.targets.itertuples():
        assert r.value == pytest.approx(MEASURES[r.id](res.projection), abs=1e-9)


def test_project_effects_are_as_set_against_off(history, baseline):
    """`model.analysis.project_effects` (the Projects page's column, the deck's slide): a project
    the scenario runs late is measured late; one it leaves off, at its defaults, on."""
    from model.analysis import project_effects

    sc = baseline.with_project("vinmetal_steel", ProjectSetting(on=True, delay=1))   # 2029 → 2030
    eff = project_effects(history, sc)
    late = model.simulate(history, sc).average_growth(2020, 2030)
    off = model.simulate(history, sc.with_project("vinmetal_steel", None)).average_growth(2020, 2030)
    assert eff["vinmetal_steel"] == pytest.approx(100 * (late - off), abs=1e-12) and eff["vinmetal_steel"] > 0
    on_time = model.simulate(history, baseline.with_project("lng_vung_ang_3", ProjectSetting())).average_growth(2020, 2030)
    base = model.simulate(history, baseline).average_growth(2020, 2030)
    assert project_effects(history, baseline)["lng_vung_ang_3"] == pytest.approx(100 * (on_time - base), abs=1e-12)
    assert set(model.projects.load_projects()) <= set(eff)
    # on GRDP in a later year (%): the railway from 2031 is nil on 2021–2030 growth, not in 2035
    far = replace(sc, horizon=2035)
    r_on = model.simulate(history, far.with_project("railway_vientiane", ProjectSetting())).grdp_real[2035]
    r_off = model.simulate(history, far).grdp_real[2035]
    assert project_effects(history, far, 2035)["railway_vientiane"] == pytest.approx(100 * (r_on / r_off - 1), abs=1e-12)
    assert project_effects(history, far)["railway_vientiane"] == 0 < r_on - r_off
    assert np.isnan(project_effects(history, sc, 2035)["railway_vientiane"])   # beyond the horizon
    # before the projection: a bare KeyError(2010); as text: '<' between int and str
    with pytest.raises(ValueError, match="^project_effects: year 2010 is before the projection, which starts in 2020"):
        project_effects(history, sc, 2010)
    with pytest.raises(TypeError, match="^project_effects: year: a year is a whole number"):
        project_effects(history, sc, "2030")


def test_project_effects_follow_the_target_sets_growth_period(history, baseline):
    """Against the 2026–2030 plan a project's effect is on 2026–2030 growth, the period the
    plan judges (it was on 2021–2030 for every set: VinMetal from 2029 read half its weight
    beside a headline of 2026–2030 growth). By hand: as set against off, over 2025 → 2030."""
    from model.analysis import project_effects
    from model.registry import growth_period

    assert growth_period("plan_2026_2030") == (2025, 2030) and growth_period(None) == (2020, 2030)
    sc = replace(baseline, targets_set="plan_2026_2030").with_project("vinmetal_steel", ProjectSetting(on=True))
    on = model.simulate(history, sc)
    off = model.simulate(history, sc.with_project("vinmetal_steel", None))
    eff = project_effects(history, sc)["vinmetal_steel"]
    assert eff == pytest.approx(100 * (on.average_growth(2025, 2030) - off.average_growth(2025, 2030)), abs=1e-12)
    # five years instead of ten: nearly twice the programme's figure for the same plant
    ten = project_effects(history, replace(sc, targets_set=None))["vinmetal_steel"]
    assert ten == pytest.approx(100 * (on.average_growth(2020, 2030) - off.average_growth(2020, 2030)), abs=1e-12)
    assert 1.8 < eff / ten < 2.1


def test_a_late_project_says_when_it_runs_and_what_2030_cannot_show(history, baseline):
    """`projects FILE --project`: each variant's first year of output and year at full capacity,
    by hand from the shipped table (VinMetal: 2029, ramp 0.3/0.6/1; LNG Vũng Áng III: 2030,
    ramp 0.5/1); a variant that starts after 2030 is said to be the same as off in 2030, and
    where its effect shows (later years, or a longer horizon to set); one still ramping in 2030
    is said to count only the part running."""
    from model.analysis import project_variants
    from model.report.views import project_variants_notes, project_variants_view

    late = baseline.with_project("vinmetal_steel", ProjectSetting(on=True, delay=2))
    table = project_variants(history, late, "vinmetal_steel", delays=(1,))
    assert table["first_year"].tolist()[:2] == [2031.0, 2032.0] and np.isnan(table.at["off", "first_year"])
    assert table["full_year"].tolist()[:2] == [2033.0, 2034.0]
    # all three the same in 2030: the plant runs only after it
    assert table["grdp_real_bn"].nunique() == 1 and table["grdp_growth_avg"].nunique() == 1
    notes = project_variants_notes(table, "vi")
    assert notes == ["Bật, như đã đặt; Trễ thêm 1 năm: vận hành từ sau năm 2030, nên mọi số năm 2030 như khi tắt, "
                     "và kịch bản dừng ở năm 2030: đặt horizon = 2034 (hoặc xa hơn) trong [meta] để thấy tác động."]
    view = project_variants_view(table, "en")
    assert view.loc["First year of output"].tolist() == ["2031", "2032", "—"]
    assert view.loc["Year at full capacity"].tolist() == ["2033", "2034", "—"]
    assert view.columns.tolist() == ["On, as set", "1 more year late", "Off"]
    # with a horizon past it, the words point to the later years, where the effect is
    longer = replace(late, horizon=2035)
    t35 = project_variants(history, longer, "vinmetal_steel", delays=(1,))
    said35 = project_variants_notes(t35, "en")
    assert said35[0].startswith("On, as set; 1 more year late: output starts after 2030, so every 2030 figure is as "
                                "with the project off; its effect shows in the later years, to 2035: the table's last "
                                "rows")
    on = model.simulate(history, longer).grdp_real
    off = model.simulate(history, longer.with_project("vinmetal_steel", ProjectSetting(on=False))).grdp_real
    later = model.simulate(history, longer.with_project("vinmetal_steel", ProjectSetting(on=True, delay=3))).grdp_real
    assert on[2030] == off[2030] and on[2035] > off[2035]
    # the rows for 2035, by hand from the three runs: one year later the plant is at capacity by
    # 2035 (2034) as on time (2033), so GRDP 2035 is the same; the sum over 2026–2035 holds what
    # the year late cost (its ramp-up in 2031–2033 a year behind)
    assert t35.at["on", "horizon_real_bn"] == on[2035] == later[2035] == t35.at["delay_1", "horizon_real_bn"]
    assert t35.at["off", "horizon_real_bn"] == off[2035]
    assert t35["horizon_cum_real_bn"].tolist() == [on.loc[2026:].sum(), later.loc[2026:].sum(), off.loc[2026:].sum()]
    assert t35.at["on", "horizon_cum_real_bn"] > t35.at["delay_1", "horizon_cum_real_bn"] > t35.at["off", "horizon_cum_real_bn"]
    assert said35[-1] == ("1 more year late: at full capacity by 2035, as on time: GRDP in 2035 is the same; what the "
                          "delay costs is GRDP in 2031–2033, in the summed GRDP row.")
    v35 = project_variants_view(t35, "vi")
    assert v35.index[-4:].tolist() == ["GRDP cộng dồn 2026–2030, giá so sánh 2010 (tỷ đồng)",
                                       "GRDP giá hiện hành 2035 (tỷ đồng)", "GRDP giá so sánh 2010, năm 2035 (tỷ đồng)",
                                       "GRDP cộng dồn 2026–2035, giá so sánh 2010 (tỷ đồng)"]
    assert v35.iloc[-1].tolist() == [f"{x:,.0f}".replace(",", ".") for x in t35["horizon_cum_real_bn"]]
    # a horizon of 2031: as set (from 2031) shows there, a year later (from 2032) not at all —
    # each said apart, with the horizon that shows the late one at capacity (2034)
    t31 = project_variants(history, replace(late, horizon=2031), "vinmetal_steel", delays=(1,))
    assert t31.at["on", "horizon_real_bn"] > t31.at["delay_1", "horizon_real_bn"] == t31.at["off", "horizon_real_bn"]
    assert project_variants_notes(t31, "en") == [
        "On, as set: output starts after 2030, so every 2030 figure is as with the project off; its effect shows in "
        "the later years, to 2031: the table's last rows (year by year: run or brief this scenario).",
        "1 more year late: output starts after 2030, so every 2030 figure is as with the project off, and the "
        "scenario ends in 2031: set horizon = 2034 (or later) in [meta] to see its effect."]
    # to 2030 alone, the plant running after 2030 changes nothing summed either
    assert table["cum_real_bn"].nunique() == 1 and "horizon_real_bn" not in table.columns
    # LNG on time starts in 2030 and is at capacity only in 2031; a year late is after 2030
    lng = project_variants(history, baseline, "lng_vung_ang_3", delays=(1,))
    assert lng["first_year"].tolist()[:2] == [2030.0, 2031.0]
    said = project_variants_notes(lng, "vi")
    assert said[0].startswith("Trễ thêm 1 năm: vận hành từ sau năm 2030")
    assert said[1] == ("Bật, như đã đặt: chưa đạt công suất năm 2030 (đạt năm 2031): số năm 2030 chỉ tính phần "
                       "đã chạy.")


def test_a_delay_holds_a_plant_in_the_record_at_its_recorded_share(history, baseline):
    """Vũng Áng 2 has produced since 2025 (the last actual year holds its first ramp step,
    0.015 of capacity): its start is data. Two years late, it stays at that share in 2026–2027
    and reaches the rest of its ramp two years on — by hand, real GRDP lower by 0.685, 0.985 and
    0.3 × its value added in 2026–2028, the same before and from 2029. (The old rule, ramp(t − d)
    − ramp(L − d), counted the recorded step again: 2030 higher than on time by 0.015 × VA.) A
    plant at capacity by 2025 (Formosa phase 1) is not moved at all; the variants offer the
    later ramp-up with the start kept, and say where it shows."""
    from model.analysis import project_timing, project_variants, started
    from model.report.views import project_variants_notes, started_note

    plants = load_projects()
    assert started(history, baseline, plants["vung_ang_2"]) == 2025
    assert started(history, baseline, plants["vinfast_ev"]) == 2025
    assert started(history, baseline, plants["lng_vung_ang_3"]) is None
    on = model.simulate(history, baseline)
    late = model.simulate(history, baseline.with_project("vung_ang_2", ProjectSetting(delay=2)))
    gap = ((late.grdp_real - on.grdp_real) / plants["vung_ang_2"].va).loc[2015:2030]
    want = {2026: -0.685, 2027: -0.985, 2028: -0.3}
    assert gap.to_numpy() == pytest.approx([want.get(y, 0.0) for y in gap.index], abs=1e-12)
    for y in (2024, 2025):   # actual years are data
        assert late.grdp_nominal[y] == on.grdp_nominal[y] and late.population[y] == on.population[y]
    # its capital is built: none moves after 2025, and the investment the scenario needs is the same
    years = on.years.to_numpy()
    assert (capital_spending(late.scenario.projects, years, 2025)["total"]
            == capital_spending(baseline.projects, years, 2025)["total"]).all()
    formosa = model.simulate(history, baseline.with_project("formosa_1", ProjectSetting(delay=8)))
    assert (formosa.grdp_real == on.grdp_real).all()
    va2 = project_variants(history, baseline, "vung_ang_2", delays=(2,))
    assert va2.index.tolist() == ["on", "delay_2", "off"] and va2.attrs["started"] == 2025
    assert va2["first_year"].tolist()[:2] == [2025, 2025] and va2["full_year"].tolist()[:2] == [2027, 2029]
    assert va2.at["delay_2", "grdp_real_bn"] == pytest.approx(va2.at["on", "grdp_real_bn"], rel=1e-12)
    assert va2.at["on", "grdp_growth_avg"] == pytest.approx(100 * on.average_growth(2020, 2030))
    assert project_variants_notes(va2, "en") == [
        "The project has produced since 2025, in the recorded data to 2025: its start is data; a delay here brings "
        "the rest of its capacity later (the plant stays at its 2025 level in the years of delay).",
        "2 more years late: at full capacity by 2030, as on time: the 2030 figures are the same; the delay's effect "
        "is in 2026–2028 (the summed GRDP row)."]
    # the sum over 2026–2030 holds it, by hand: 0.685 + 0.985 + 0.3 = 1.97 years of the plant's value added
    assert va2.at["on", "cum_real_bn"] - va2.at["delay_2", "cum_real_bn"] == pytest.approx(
        1.97 * plants["vung_ang_2"].va, rel=1e-9)
    # a pending project: its later starts, each never above on time in 2030
    for pid in ("lng_vung_ang_3", "vinmetal_steel", "ev_suppliers_park", "wind_ky_anh"):
        tab = project_variants(history, baseline.with_project(pid, ProjectSetting()), pid, delays=(1, 2, 3))
        assert tab.index.tolist() == ["on", "delay_1", "delay_2", "delay_3", "off"] and tab.attrs["started"] is None
        real = tab["grdp_real_bn"].astype(float)
        assert (real.iloc[1:4] <= real["on"] + 1e-9).all() and real.is_monotonic_decreasing, pid
    # a plant at capacity since 2019: every variant the same, and said so
    fp = project_variants(history, baseline, "formosa_1", delays=(2,))
    assert fp["grdp_real_bn"].nunique() == 1 and project_variants_notes(fp, "en") == [
        "The project has produced since 2017 and run at full capacity since 2019, in the recorded data to 2025: "
        "neither a delay nor switching it off changes its output after 2025, so the variants are the same; the model "
        "has no setting for a running plant's output falling."]
    # the Solve page's timing: the later ramp-up is a variant too
    tm = project_timing(history, baseline, "vung_ang_2", ["grdp_growth_avg"], free=["industry_construction"],
                        delays=(0, 2))
    assert tm.index.tolist() == ["delay_0", "delay_2", "off"] and started_note(tm, "vi").startswith(
        "Dự án đã có sản lượng từ 2025")


def test_a_delay_or_scale_that_cannot_move_a_running_plant_is_said(history, baseline, tmp_path, capsys):
    """Formosa phase 1 (at capacity since 2019) at scale 0.8 and VinES-Gotion (at capacity in
    2025) two years late: their output after 2025 is the record's, so every figure equals the
    same plants on as planned; the command line, the workbook's first sheet and the deck's title
    slide say so, with what a planner may have meant. Not listed: Vũng Áng 2 late or scaled
    (still ramping up: both move it), a pending project, a running plant switched off (its
    capital then joins the organic record, a choice with an effect)."""
    import io

    import openpyxl
    from pptx import Presentation

    from model.cli import main
    from model.projects import inert_settings
    from model.report import deck, workbook
    from model.report.views import inert_text

    planned = baseline.with_project("formosa_1", ProjectSetting()).with_project("vines_cells", ProjectSetting())
    odd = baseline.with_project("formosa_1", ProjectSetting(scale=0.8)).with_project("vines_cells", ProjectSetting(delay=2))
    a, b = model.simulate(history, planned), model.simulate(history, odd)
    assert (a.real == b.real).all().all() and (a.grdp_nominal == b.grdp_nominal).all()
    items = inert_settings(odd.projects, 2025)
    assert [(p.id, st.delay, st.scale) for p, st in items] == [("formosa_1", 0, 0.8), ("vines_cells", 2, 1.0)]
    for other in (ProjectSetting(delay=2, scale=0.5),):
        assert inert_settings(baseline.with_project("vung_ang_2", other).projects, 2025) == []
    assert inert_settings(baseline.with_project("formosa_1", ProjectSetting(on=False)).projects, 2025) == []
    assert inert_settings(baseline.with_project("lng_vung_ang_3", ProjectSetting(delay=2)).projects, 2025) == []
    assert inert_settings(baseline.projects, 2025) == []
    en = inert_text(items, 2025, "en")
    assert en == ("Formosa Ha Tinh steel complex (phase 1) (scale × 0.80); VinES-Gotion LFP cell plant (2 years late): "
                  "at full capacity by 2025, their output is already in the recorded data, so these settings do not "
                  "change their output after 2025 (the model adds only what comes after 2025); it has no setting for "
                  "a running plant's output falling.")
    vi = inert_text(items, 2025, "vi")
    assert vi.startswith("Gang thép Formosa Hà Tĩnh (giai đoạn 1) (quy mô × 0,80); Nhà máy cell pin LFP VinES-Gotion "
                         "(trễ 2 năm): đã đạt hết công suất chậm nhất vào năm 2025")
    f = tmp_path / "odd.toml"
    f.write_text(odd.to_toml(), encoding="utf-8")
    assert main(["validate", str(f)]) == 0
    assert vi in capsys.readouterr().out
    wb = openpyxl.load_workbook(io.BytesIO(workbook.build(odd, baseline, b, history, "en")))
    assert en in [r[1].value for r in wb.worksheets[0].iter_rows() if r[0].value == "Note"]
    title = Presentation(io.BytesIO(deck.build(history, [odd], lang="vi", draws=100))).slides[0]
    assert vi in " ".join(sh.text_frame.text for sh in title.shapes if sh.has_text_frame)


@settings(max_examples=300, deadline=None)
@given(pid=st.sampled_from(sorted(load_projects())), delay=st.integers(0, 10), last=st.integers(2014, 2035))
def test_a_delay_never_adds_output_nor_moves_the_record(pid, delay, last):
    """For any shipped project, delay and last actual year L: up to L the share over L is the
    record's whatever the delay, it is 0 at L, and after L a delay never adds output (a later
    ramp-up is never above the on-time one); the kernel's vectorised form gives the same; the
    capital spent by L stays in its year and the total is kept."""
    from model.kernel import project_increments
    from model.projects import as_arrays, increments

    p = load_projects()[pid]
    years = np.arange(2010, 2051)
    late, on_time = p.added(years, last, delay), p.added(years, last, 0)
    past = years <= last
    assert (late[past] == on_time[past]).all() and late[years == last] == 0.0
    assert (late[~past] <= on_time[~past] + 1e-15).all() and (late[~past] >= 0).all()
    # capital: what was spent by L stays in its year; the rest moves, none of it lost
    spent, moved = p.capex_at(years, last, 0), p.capex_at(years, last, delay)
    assert (moved[past] == spent[past]).all() and moved.sum() == pytest.approx(sum(v for _, v in p.capex))
    settings_ = {pid: ProjectSetting(delay=delay)}
    future = years[~past]
    if len(future):
        got = project_increments(as_arrays(settings_), future, last).sum(axis=1)[0]
        assert got == pytest.approx(increments(settings_, future, last).sum(axis=1), abs=1e-9)


def test_project_names_write_capacities_the_readers_way():
    """A capacity in a project's name is grouped as its language groups thousands: 1.200 MW in
    Vietnamese, 1,200 MW in English (the English names read 1200 and 1500 MW)."""
    import re

    for p in load_projects().values():
        for name, sep in ((p.name_vi, "."), (p.name_en, ",")):
            for number in re.findall(r"(\d[\d.,]*)\s*(?:MW|GW)", name):
                digits = number.replace(sep, "")
                assert digits.isdigit() and (len(digits) < 4 or number == f"{int(digits):,}".replace(",", sep)), name


def test_a_slip_is_read_by_the_scenarios_target_set(history, baseline):
    """A scenario judged against the 2026–2030 plan reads a slip in the plan's outcomes: its
    growth over 2026–2030, per capita 168 and its shares (Projects page, `projects --project`),
    and on the deck's slide the plan's growth and per capita; the programme's rows are not there.
    Each number is the variant's own projection's."""
    from model.analysis import project_variants
    from model.report.views import project_slip_view, project_variants_view

    sc = replace(baseline, targets_set="plan_2026_2030").with_project("lng_vung_ang_3", ProjectSetting())
    table = project_variants(history, sc, "lng_vung_ang_3", delays=(2,))
    assert table.attrs["set_id"] == "plan_2026_2030"
    view = project_variants_view(table, "en")
    assert "Average real GRDP growth 2026-2030 (%/yr)" in view.index
    assert "Average growth 2021–2030 (%/yr)" not in view.index and "GRDP 2030 ÷ 2020 (current prices)" not in view.index
    off = model.simulate(history, sc.with_project("lng_vung_ang_3", ProjectSetting(on=False)))
    assert view.at["Average real GRDP growth 2026-2030 (%/yr)", "Off"] == f"{100 * off.average_growth(2025, 2030):.2f}"
    slide = project_slip_view({"lng_vung_ang_3": table}, {}, "en")
    assert list(slide.columns)[3:] == ["Average real GRDP growth 2026-2030 (%/yr)",
                                       "GRDP per capita in 2030 (168 million VND) (million VND/person)",
                                       "GRDP summed over 2026–2030, constant 2010 prices (billion VND)"]


def test_a_caught_up_plant_is_not_called_the_same_where_an_investment_driven_sector_carries_the_gap(
        history, baseline):
    """A plant late but at capacity by 2030 (Vũng Áng 2 two years late) gives the same 2030
    GRDP when every sector grows at its set rate. With services driven by their investment (12 %
    of GRDP), services invest a share of the smaller GRDP of the years the plant is late, and
    the gap carries on: the note gives it (by hand from the two runs), not "the same". Past 2030
    likewise (VinMetal a year late, at capacity by 2035 as on time)."""
    from model.analysis import project_variants
    from model.report.views import project_variants_notes
    from model.scenario import RatePath

    driven = baseline.with_rate("sectors.services.investment", RatePath.const(0.12))
    table = project_variants(history, driven, "vung_ang_2", delays=(2,))
    assert table.attrs["driven"] == ("services",)
    on = model.simulate(history, driven).grdp_real
    late = model.simulate(history, driven.with_project("vung_ang_2", ProjectSetting(delay=2))).grdp_real
    d = round(late[2030]) - round(on[2030])
    assert d < 0 and table.at["delay_2", "grdp_real_bn"] == late[2030]
    notes = project_variants_notes(table, "en")
    assert notes[-1] == (f"2 more years late: at full capacity by 2030, as on time, yet GRDP in 2030 is still "
                         f"{-d:,} billion VND (2010 prices) lower than on time's: the sectors driven by their "
                         "investment (Services) invest a share of GRDP, which was smaller while the plant was late, "
                         "so the gap carries on; the whole cost of the delay is in the summed GRDP row.")
    assert project_variants_notes(table, "vi")[-1].startswith(
        "Trễ thêm 2 năm: đạt công suất trước hoặc trong năm 2030, như khi đúng hạn, nhưng GRDP năm 2030 vẫn thấp hơn "
        + f"{-d:,} tỷ đồng (giá so sánh 2010)".replace(",", "."))
    # the same growth-driven scenario says "the same", as its numbers are
    assert baseline.driver("services") == "growth"
    assert "the 2030 figures are the same" in project_variants_notes(
        project_variants(history, baseline, "vung_ang_2", delays=(2,)), "en")[-1]
    # past 2030: VinMetal a year late is at capacity by 2035 as on time; GRDP 2035 differs here
    steel = replace(driven, horizon=2035).with_project("vinmetal_steel", ProjectSetting())
    t35 = project_variants(history, steel, "vinmetal_steel", delays=(1,))
    d35 = round(t35.at["delay_1", "horizon_real_bn"]) - round(t35.at["on", "horizon_real_bn"])
    assert d35 < 0
    assert project_variants_notes(t35, "en")[-1].startswith(
        f"1 more year late: at full capacity by 2035, as on time, yet GRDP in 2035 is still {-d35:,} billion VND")


def test_a_projects_name_in_each_language():
    """`Project.name_in`: the English name where there is one, else the Vietnamese (a project a
    file defines may leave name_en out); the views, the solver's words and the risk labels read it."""
    from model.report.risk import assumption_label

    vinmetal = load_projects()["vinmetal_steel"]
    assert vinmetal.name_in("en") == vinmetal.name_en and vinmetal.name_in("vi") == vinmetal.name_vi
    assert replace(vinmetal, name_en="").name_in("en") == vinmetal.name_vi
    assert assumption_label("project.x", "en", {"x": ("Cảng cá", "")}).endswith("Cảng cá")


def test_a_file_holding_forty_projects_gets_every_effect_and_timing(history, baseline):
    """A file may hold 40 projects (MAX_PROJECTS); flipping an unlisted one on makes a 41st.
    The what-if variants are questions asked of the model, not files: the scenario given is
    checked, its variants are not (model.growth.simulate_variant, solver.api.solve_variant)."""
    own = "".join(f'\n[projects.own{k}]\nname_vi = "Dự án {k}"\nsector = "services"\nfirst_year = 2028\nva = 10.0\n'
                  for k in range(40 - len(baseline.projects)))
    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + own
    sc = model.parse_scenario(text)
    assert len(sc.projects) == 40 and "lng_vung_ang_3" not in sc.projects
    eff = model.analysis.project_effects(history, sc)
    assert np.isfinite(list(eff.values())).all() and eff["lng_vung_ang_3"] > 0
    assert eff["own0"] == pytest.approx(0.0, abs=0.05)   # 10 bn at 2010 prices in 2028: a few hundredths
    timing = model.analysis.project_timing(history, sc, "lng_vung_ang_3", ["grdp_growth_avg"], delays=(0, 2))
    assert list(timing.index) == ["delay_0", "delay_2", "off"]
    assert timing.loc["delay_0", "growth_pct"] >= timing.loc["delay_2", "growth_pct"] - 1e-9
    with pytest.raises(model.ScenarioError, match="41 projects, at most 40"):   # a file may not
        model.simulate(history, sc.with_project("lng_vung_ang_3", ProjectSetting(on=True)))


@pytest.mark.parametrize("delays", [(-1,), (1.5,), (True,)])
def test_a_variants_delay_is_whole_years_from_zero(history, baseline, delays):
    for f in (model.analysis.project_variants, model.analysis.project_timing):
        with pytest.raises(ValueError, match="is not a whole number of years from 0"):
            f(history, baseline, "lng_vung_ang_3", delays=delays)


def test_a_misspelt_project_id_is_named_with_the_nearest(history, baseline):
    """`default_settings(["lng_vung_ang3"])` was a bare KeyError of the id, and the what-if
    variants listed the shipped ids without the nearest; one id alone is a list of one."""
    from model import analysis
    from model.projects import default_settings

    for call in (lambda: default_settings(["lng_vung_ang3"]),
                 lambda: analysis.project_variants(history, baseline, "lng_vung_ang3")):
        with pytest.raises(KeyError, match=r"unknown project 'lng_vung_ang3'; shipped: vung_ang_1, .* "
                                           r"\(did you mean 'lng_vung_ang_3'\?\)"):
            call()
    assert list(default_settings("vung_ang_2")) == ["vung_ang_2"]
