"""Scenario files: parsing, every validation error, round trips, atomic writes."""

import dataclasses
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model
from model.scenario import RatePath, ScenarioError, parse_scenario, write_atomic

from .conftest import SCENARIOS


def errors(text):
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    return [str(i) for i in e.value.issues]


def one_error(text):
    errs = errors(text)
    assert len(errs) == 1, errs
    return errs[0]


def one_error_said(text) -> tuple[str, str]:
    """The one problem of ``text``, in English and in Vietnamese."""
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    (en,), (vi,) = e.value.lines("en"), e.value.lines("vi")
    return en, vi


@pytest.mark.parametrize("name", ["baseline", "provincial_plan", "congress_2025"])
def test_shipped_scenarios_are_valid(name):
    sc = model.load_scenario(SCENARIOS / f"{name}.toml")
    assert sc.name == name and sc.horizon == 2030 and set(sc.sectors) == set(model.SECTOR_IDS)


def test_minimal(minimal_text):
    sc = parse_scenario(minimal_text)
    assert sc.sectors["services"].growth.values([2026, 2030]).tolist() == [0.08, 0.08]
    assert sc.last_actual_year is None


def test_rate_table_is_piecewise_linear_and_flat_outside():
    r = RatePath.by_year({2026: 0.12, 2030: 0.08})
    assert r.values([2024, 2026, 2028, 2030, 2035]).tolist() == pytest.approx(
        [0.12, 0.12, 0.10, 0.08, 0.08])
    from model.report.views import rate_text

    # not an arrow, which a change line ("before → after") uses: the two read as one chain
    assert rate_text(r, "en") == "2026: 12.0 % … 2030: 8.0 %"
    assert rate_text(r, "vi") == "2026: 12,0 % … 2030: 8,0 %"


def test_percent_instead_of_fraction(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.08\ninflation = 0.02\n\n[sectors.product",
                                       "growth = 9\ninflation = 0.02\n\n[sectors.product"))
    assert e == "sectors.services.growth = 9.0: a rate is a fraction per year (did you mean 0.09?)"


def test_growth_below_minus_fifty_percent(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", "growth = -0.6"))
    assert e.startswith("sectors.agriculture.growth = -0.6: outside the accepted range -0.5 to 1")


def test_growth_above_hundred_percent(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", "growth = 150"))
    assert "outside the accepted range" in e


def test_negative_population(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.006", "growth = -1.0"))
    assert e.startswith("population.growth = -1.0: outside the accepted range -0.1 to 0.1")


def test_rate_not_a_number(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", 'growth = "fast"'))
    assert e == "sectors.agriculture.growth: 'fast' is not a number; write a fraction per year, e.g. 0.05 for 5 %"


def test_rate_nan(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", "growth = nan"))
    assert "not a finite number" in e


def test_rate_bool(minimal_text):
    assert "is not a number" in one_error(minimal_text.replace("growth = 0.03", "growth = true"))


def test_rate_table_key_not_a_year(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", "growth = { soon = 0.03 }"))
    assert e.startswith("sectors.agriculture.growth.soon: 'soon' is not a year")


def test_rate_table_value_checked_with_its_path(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", "growth = { 2026 = 0.03, 2030 = 12 }"))
    assert e == "sectors.agriculture.growth.2030 = 12.0: a rate is a fraction per year (did you mean 0.12?)"


def test_rate_table_empty(minimal_text):
    assert "empty table" in one_error(minimal_text.replace("growth = 0.03", "growth = {}"))


def test_unknown_key(minimal_text):
    e = one_error(minimal_text.replace("inflation = 0.02\n\n[sectors.services]",
                                       "inflation = 0.02\ngrowht = 0.1\n\n[sectors.services]"))
    assert e == "sectors.industry_construction.growht: unknown key; did you mean 'growth'?"


def test_unknown_top_level_table(minimal_text):
    e = one_error(minimal_text + "\n[misc]\nx = 1\n")
    assert e.startswith("misc: unknown key; allowed: meta, population, sectors")


def test_unknown_sector(minimal_text):
    e = one_error(minimal_text + "\n[sectors.servics]\ngrowth = 0.1\ninflation = 0.1\n")
    assert e == "sectors.servics: unknown key; did you mean 'services'?"


def test_missing_sector(minimal_text):
    """A missing sector's table is offered the sector's record, as its missing growth and
    inflation are: product taxes' 2022–2025 growth 0.067 (the test of a missing growth works
    it by hand) and their deflator's change over 2020–2025, 3.3 % a year (the baseline's file
    says the same). In both languages."""
    assert one_error_said(minimal_text.split("[sectors.product_taxes]")[0]) == (
        "sectors.product_taxes: missing; add [sectors.product_taxes] with growth = 0.067 and inflation = 0.033 "
        "(fractions per year, the sector's record: its growth over 2022–2025 as the baseline takes it, its deflator's "
        "change over 2020–2025)",
        "sectors.product_taxes: thiếu; thêm [sectors.product_taxes] với growth = 0.067 và inflation = 0.033 (phân số "
        "mỗi năm, theo số liệu của ngành: tăng trưởng 2022–2025 như kịch bản cơ sở, mức tăng chỉ số giảm phát 2020–2025)")


def test_a_missing_growth_is_offered_the_sectors_own_record(minimal_text, history):
    """"add growth = 0.05 or investment = 0.15" was offered for every sector: three times
    agriculture's trend and eleven times the investment that trend needs. The message now gives
    the baseline's rule on the record (scenarios/baseline.toml), by hand from the history's real
    value added, billion VND at 2010 prices: agriculture 6,914.0 (2022) to 7,274.3 (2025),
    (7274.3 / 6914.0)^(1/3) − 1 = 1.71 % a year, written 0.017, and at the central ICOR 7 the
    investment that buys it, 7 · 0.0171 · 7,274.3 / 65,290.0 (GRDP) = 1.33 % of GRDP, written
    0.013; industry-construction the baseline's own organic 0.073 (its projects' part aside) and
    8.4 · 0.0732 · 29,478.4 / 65,290.0 = 0.278; product taxes, which have no capital, growth
    alone: (6310.9 / 5188.7)^(1/3) − 1 = 6.74 %, written 0.067. In both languages."""
    assert history.real.at[2022, "agriculture"] == pytest.approx(6914.0, abs=0.05)
    assert history.real.at[2025, "agriculture"] == pytest.approx(7274.3, abs=0.05)
    assert history.real.loc[2025].sum() == pytest.approx(65290.0, abs=0.05)
    assert (7274.3 / 6914.0) ** (1 / 3) - 1 == pytest.approx(0.0171, abs=1e-4)
    assert 7 * 0.0171 * 7274.3 / 65290.0 == pytest.approx(0.0133, abs=1e-4)
    e = one_error(minimal_text.replace("growth = 0.03\n", ""))
    assert e == ("sectors.agriculture.growth: missing; add growth = 0.017 (a fraction per year: the sector's real "
                 "growth a year in 2022–2025, its named projects' part aside, as the baseline takes it) or "
                 "investment = 0.013 (a fraction of GRDP: the investment besides the projects that buys about "
                 "that growth at the central ICOR, 7)")
    with pytest.raises(ScenarioError) as vi:
        parse_scenario(minimal_text.replace("growth = 0.03\n", ""))
    assert vi.value.lines("vi") == [
        "sectors.agriculture.growth: thiếu; thêm growth = 0.017 (phân số mỗi năm: tăng trưởng thực bình quân năm "
        "của ngành giai đoạn 2022–2025, không kể phần của các dự án có tên, như kịch bản cơ sở) hoặc "
        "investment = 0.013 (phân số của GRDP: vốn đầu tư ngoài các dự án đạt xấp xỉ mức tăng trưởng đó với ICOR "
        "trung tâm 7)"]
    industry = minimal_text.replace("[sectors.industry_construction]\ngrowth = 0.10\n", "[sectors.industry_construction]\n")
    assert one_error(industry).startswith("sectors.industry_construction.growth: missing; add growth = 0.073 (")
    assert "investment = 0.278 (" in one_error(industry)
    # Product taxes have no capital, so only growth is offered.
    text = minimal_text.split("[sectors.product_taxes]")[0] + "[sectors.product_taxes]\ninflation = 0.02\n"
    assert (6310.9 / 5188.7) ** (1 / 3) - 1 == pytest.approx(0.0674, abs=1e-4)
    assert one_error(text) == ("sectors.product_taxes.growth: missing; add growth = 0.067 (a fraction per year: "
                               "the sector's real growth a year in 2022–2025, as the baseline takes it)")


@pytest.mark.parametrize("sector", ["agriculture", "industry_construction", "services"])
def test_the_investment_a_missing_growth_is_offered_buys_about_that_growth(minimal_text, history, baseline, sector):
    """The message's investment is a steady state at the central ICOR in the last actual year;
    typed into the baseline for the sector, the model's own lags and past investment give a
    2026–2030 average within half a point of the growth offered beside it (agriculture 1.87 %
    for 1.7, industry-construction 7.71 % for 7.3, services 7.69 % for 7.5): "about that
    growth", as the message says, and not the 0.15 that was offered to every sector."""
    from model.growth import growth_rates
    from model.investment import switch_driver
    from model.sectors import SECTOR_IDS

    head, rest = minimal_text.split(f"[sectors.{sector}]\n")
    e = one_error(head + f"[sectors.{sector}]\n" + rest.split("\n", 1)[1])   # its growth line left out
    g = float(e.split("add growth = ")[1].split(" ")[0])
    share = float(e.split("investment = ")[1].split(" ")[0])
    assert 0 < share < 0.5
    sc = switch_driver(history, baseline, sector, "investment").with_rate(f"sectors.{sector}.investment",
                                                                          RatePath.const(share))
    rates = growth_rates(history, sc, np.arange(2026, 2031), 2025)[:, SECTOR_IDS.index(sector)]
    assert float(np.prod(1 + rates) ** 0.2 - 1) == pytest.approx(g, abs=0.005)


def test_a_missing_inflation_is_offered_the_sectors_own_record(minimal_text, history):
    """"add inflation = 0.05" was offered for every sector: twice services' deflator change
    over 2020–2025, and a planner may type what the message says. The message now gives the
    sector's own record, by hand from the history: services' deflator 1.7124 (2020) to 1.9333
    (2025), (1.9333 / 1.7124)^(1/5) − 1 = 2.46 % a year, written 0.025; agriculture's 2.32 %,
    written 0.023. In both languages, with the years it is over."""
    d = history.nominal / history.real
    assert d.at[2020, "services"] == pytest.approx(1.7124, abs=1e-4)
    assert d.at[2025, "services"] == pytest.approx(1.9333, abs=1e-4)
    assert (1.9333 / 1.7124) ** 0.2 - 1 == pytest.approx(0.0246, abs=1e-4)
    text = minimal_text.replace("[sectors.services]\ngrowth = 0.08\ninflation = 0.02",
                                "[sectors.services]\ngrowth = 0.08")
    assert one_error(text) == ("sectors.services.inflation: missing; add inflation = 0.025 (a fraction per year: "
                               "the sector's deflator rose that much a year on average in 2020–2025)")
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    assert e.value.lines("vi") == ["sectors.services.inflation: thiếu; thêm inflation = 0.025 (phân số mỗi năm: "
                                   "chỉ số giảm phát của ngành tăng bình quân như vậy mỗi năm giai đoạn 2020–2025)"]
    assert [i.path for i in e.value.issues] == ["sectors.services.inflation"]
    agriculture = minimal_text.replace("inflation = 0.02\n", "", 1)
    assert one_error(agriculture).startswith("sectors.agriculture.inflation: missing; add inflation = 0.023 (")


def test_investment_driver(minimal_text):
    text = minimal_text.replace("[sectors.services]\ngrowth = 0.08", "[sectors.services]\ninvestment = 0.15")
    sc = parse_scenario(text)
    assert sc.driver("services") == "investment" and sc.sectors["services"].growth is None
    assert sc.sectors["services"].investment == RatePath.const(0.15)
    assert parse_scenario(sc.to_toml()) == sc  # written back as investment, not as a growth
    assert "growth" not in sc.to_dict()["sectors"]["services"]


def test_investment_and_growth_both(minimal_text):
    text = minimal_text.replace("[sectors.services]\ngrowth = 0.08", "[sectors.services]\ngrowth = 0.08\ninvestment = 0.15")
    assert one_error(text) == "sectors.services: give growth or investment, not both (investment sets the growth)"


def test_investment_out_of_range(minimal_text):
    text = minimal_text.replace("[sectors.services]\ngrowth = 0.08", "[sectors.services]\ninvestment = -0.1")
    assert one_error(text) == ("sectors.services.investment = -0.1: outside the accepted range 0 to 1 "
                               "(fraction per year)")


def test_investment_not_for_product_taxes(minimal_text):
    text = minimal_text.replace("[sectors.product_taxes]\ngrowth = 0.08", "[sectors.product_taxes]\ninvestment = 0.1")
    assert errors(text) == [
        "sectors.product_taxes.investment: product taxes have no capital of their own, so investment cannot "
        "drive them; give growth (allowed for: agriculture, industry_construction, services)",
        "sectors.product_taxes.growth: missing; add growth = 0.067 (a fraction per year: the sector's real growth "
        "a year in 2022–2025, as the baseline takes it)"]


def test_sector_not_a_table(minimal_text):
    """`agriculture = 3` under [sectors] is a value where a table goes: said so, with the rates
    the table would hold from the record (as a missing sector's line gives them)."""
    text = minimal_text.split("[sectors.agriculture]")[0] + minimal_text.split("inflation = 0.02\n", 1)[1]
    text = text.replace("[sectors.industry_construction]", "[sectors]\nagriculture = 3\n\n[sectors.industry_construction]")
    assert one_error_said(text) == (
        "sectors.agriculture: must be a table [sectors.agriculture], not a single value; write growth = 0.017 and "
        "inflation = 0.023 in it (fractions per year, the sector's record: its growth over 2022–2025 as the baseline "
        "takes it, its deflator's change over 2020–2025)",
        "sectors.agriculture: phải là bảng [sectors.agriculture], không phải một giá trị; ghi growth = 0.017 và "
        "inflation = 0.023 trong bảng đó (phân số mỗi năm, theo số liệu của ngành: tăng trưởng 2022–2025 như kịch bản "
        "cơ sở, mức tăng chỉ số giảm phát 2020–2025)")


@pytest.mark.parametrize("sectors", ["", "[sectors]\n"], ids=["no [sectors]", "an empty [sectors]"])
def test_missing_sectors_table(minimal_text, sectors):
    """No sector at all is a line a sector, each with its record's rates, then how to start a
    whole file. An empty `[sectors]` table was accepted, and `run` then stopped on
    "KeyError: 'agriculture'"; with no table at all the one line gave no number."""
    text = minimal_text.split("[sectors.agriculture]")[0] + sectors
    *missing, hint = errors(text)
    assert missing == [
        f"sectors.{sid}: missing; add [sectors.{sid}] with growth = {g} and inflation = {p} (fractions per year, the "
        f"sector's record: its growth over 2022–2025 as the baseline takes it, its deflator's change over 2020–2025)"
        for sid, g, p in [("agriculture", "0.017", "0.023"), ("industry_construction", "0.073", "0.026"),
                          ("services", "0.075", "0.025"), ("product_taxes", "0.067", "0.033")]]
    assert hint.startswith("a scenario file states every assumption")


@pytest.mark.parametrize("table, line", [
    ("meta", "meta: must be a table [meta] with name, title_vi and horizon, not a single value"),
    ("population", "population: must be a table [population] with growth = 0.006 (a fraction per year, as the "
                   "baseline assumes), not a single value"),
    ("sectors", "sectors: must be tables [sectors.<id>], one for each sector, not a single value")])
def test_a_table_written_as_a_value_is_not_called_missing(minimal_text, table, line):
    """`population = 3` is there, written as a value: "population: missing table" sent the planner
    looking for a table they had written. Each says it must be a table, and what goes in it."""
    text = f"{table} = 3\n" + minimal_text.replace(f"[{table}", f"[{table}_old")   # [sectors.x] too
    lines = errors(text)
    assert line in lines, lines
    assert not any(l.startswith(f"{table}: missing") for l in lines), lines
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    assert any(l.startswith(f"{table}: phải là") and "không phải một giá trị" in l for l in e.value.lines("vi"))


def test_a_file_of_changes_only_is_told_how_to_start_a_whole_one():
    """A planner wrote only what differs from the baseline (services at 8.5 %, the LNG plant two
    years late) and met five "missing" lines each inviting a rate to be made up. The last line
    now says a file states every assumption, and where to start one: a copy of the shipped
    baseline, or the open scenario's file from the sidebar's download button, named as the
    button is labelled in each language."""
    from model.report.strings import t

    text = ('[meta]\nname = "lng_cham_2"\ntitle_vi = "LNG chậm 2 năm"\nhorizon = 2035\n\n'
            '[sectors.services]\ngrowth = 0.085\n\n[projects.lng_vung_ang_3]\non = true\ndelay = 2\n')
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    lines = e.value.lines("vi")
    assert [i.code for i in e.value.issues] == ["missing_population", "missing_sector", "missing_sector",
                                               "missing_inflation", "missing_sector", "partial_file"]
    assert lines[-1] == ("tệp kịch bản ghi đủ mọi giả định (dân số và bốn ngành), không lấy phần thiếu từ kịch "
                         "bản cơ sở: chép scenarios/baseline.toml (hoặc tải tệp của kịch bản đang mở ở thanh bên "
                         "của ứng dụng, nút «Tải tệp kịch bản (TOML)») rồi chỉ sửa những gì khác")
    assert f"«{t('save', 'vi')}»" in lines[-1]
    assert f'"{t("save", "en")}"' in e.value.lines("en")[-1]
    # one table left out is a slip, said by its own line alone
    whole = model.load_scenario(SCENARIOS / "baseline.toml").source_text
    one = whole.split("[sectors.product_taxes]")[0]
    assert [i.code for i in errors_of(one)] == ["missing_sector"]


def errors_of(text):
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    return e.value.issues


def test_missing_population(minimal_text):
    text = minimal_text.replace("[population]\ngrowth = 0.006\n", "")
    assert one_error(text).startswith("population: missing table")


def test_missing_population_growth(minimal_text, baseline):
    """The population growth offered is the baseline's own assumption, and says so; a change to
    the baseline's that the message does not follow fails here."""
    text = minimal_text.replace("[population]\ngrowth = 0.006\n", "[population]\n")
    assert one_error(text) == "population.growth: missing; add growth = 0.006 (a fraction per year, as the baseline assumes)"
    assert baseline.population_growth.values([2026, 2030]).tolist() == [0.006, 0.006]
    with pytest.raises(ScenarioError) as e:
        parse_scenario(minimal_text.replace("[population]\ngrowth = 0.006\n", ""))
    assert e.value.lines("vi") == ["population: thiếu bảng; thêm [population] với growth = 0.006 (phân số mỗi năm, như "
                                   "giả định của kịch bản cơ sở)"]


def test_missing_meta(minimal_text):
    text = minimal_text.split("[population]")[1]
    errs = errors("[population]" + text)
    assert errs[0].startswith("meta: missing table")


def test_missing_name_and_title(minimal_text):
    errs = errors(minimal_text.replace('name = "t"\ntitle_vi = "Thử"\n', ""))
    assert errs == ['meta.name: missing; add name = "..."', 'meta.title_vi: missing; add title_vi = "..."']


def test_bad_name(minimal_text):
    e = one_error(minimal_text.replace('name = "t"', 'name = "a/b"'))
    assert e.startswith("meta.name = 'a/b': use 1–64 letters")
    e = one_error(minimal_text.replace('name = "t"', 'name = "Kịch bản LNG trễ"'))
    assert "without accents" in e and 'e.g. "Kich-ban-LNG-tre"' in e, e
    with pytest.raises(ScenarioError) as err:   # the same in Vietnamese, with the name that would do
        parse_scenario(minimal_text.replace('name = "t"', 'name = "Kịch bản LNG trễ"'))
    (line,) = err.value.lines("vi")
    assert "chữ cái không dấu" in line and '"Kich-ban-LNG-tre"' in line and "title_vi" in line, line


def test_title_not_text(minimal_text):
    e = one_error(minimal_text.replace('title_vi = "Thử"', "title_vi = 5"))
    assert e == "meta.title_vi: 5 is not text; put it in quotes"


def test_missing_horizon(minimal_text):
    assert one_error(minimal_text.replace("horizon = 2030\n", "")).startswith("meta.horizon: missing")


@pytest.mark.parametrize("old, new, expected", [
    ("horizon = 2030", 'horizon = "2030"', "meta.horizon: '2030' is not a year; write a whole number, e.g. 2030"),
    ("horizon = 2030", "horizon = 2060", "meta.horizon = 2060: must be a year from 2021 to 2050"),
    ("horizon = 2030", "horizon = 2024",
     "meta.horizon = 2024: must come after the last actual year 2025; set a horizon from 2026 to 2050"),
    ("horizon = 2030", "horizon = 2030\nlast_actual_year = 2027",
     "meta.last_actual_year = 2027: must be a year from 2020 to 2025"),
])
def test_year_errors(minimal_text, old, new, expected):
    assert one_error(minimal_text.replace(old, new)) == expected


def test_last_actual_year_earlier_is_fine(minimal_text):
    sc = parse_scenario(minimal_text.replace("horizon = 2030", "horizon = 2030\nlast_actual_year = 2020"))
    assert sc.last_actual_year == 2020


def test_all_errors_are_collected(minimal_text):
    text = minimal_text.replace("growth = 0.03", "growth = 3").replace("horizon = 2030", "horizon = 2070")
    assert len(errors(text)) == 2


def test_toml_syntax_error():
    e = one_error("[meta\nname = 1")
    assert e.startswith("not valid TOML (line 1, column 6):"), e


@pytest.mark.parametrize("text, vi, en", [
    ('[meta]\nname = "x\n', "(dòng 2, cột 10): ký tự không được phép '\\n' (một chuỗi chưa đóng ngoặc kép?)",
     "(line 2, column 10): Illegal character '\\n'"),
    ('[meta]\nname "x"\n', "(dòng 2, cột 6): thiếu dấu «=» sau tên khóa",
     "(line 2, column 6): Expected '=' after a key in a key/value pair"),
    ("[meta]\nx = [1, 2", "(dòng 2, cột 10): danh sách chưa đóng «]»", "(line 2, column 10): Unclosed array"),
    ("[t]\n[t]", "(dòng 2, cột 3): bảng t được khai báo hai lần", "(line 2, column 3): Cannot declare t twice"),
    ("a = 1\na = 2", "(dòng 2, cột 6): giá trị này đã được ghi ở trên", "(line 2, column 6): Cannot overwrite a value"),
    ("a = 1 b", "(dòng 1, cột 7): còn chữ thừa sau giá trị; mỗi dòng chỉ một «khóa = giá trị»",
     "(line 1, column 7): Expected newline or end of document after a statement"),
    # a brace in the Vietnamese words made the message itself fail: "ValueError: Single '}'"
    ("[t]\ngrowth = {2026 = 0.08\n", "(dòng 2, cột 22): bảng trên một dòng chưa đóng «}»",
     "(line 2, column 22): Unclosed inline table"),
    ("a = {b = 1}\na.c = 2", "(dòng 2, cột 8): không thêm khóa vào a: nó đã được viết trọn trên một dòng ({…} hoặc […])",
     "(line 2, column 8): Cannot mutate immutable namespace a"),
    ('s = "\\uZZZZ"', "(dòng 1, cột 8): mã «\\u…» cần đủ 4 chữ số thập lục phân («\\U…»: 8)",
     "(line 1, column 8): Invalid hex value"),
    ('s = "\\ud800"', "(dòng 1, cột 12): mã ký tự «\\u…» không phải ký tự Unicode hợp lệ",
     "(line 1, column 12): Escaped character is not a Unicode scalar value"),
])
def test_the_toml_parsers_words_in_the_readers_language(text, vi, en):
    """The parser's messages are English (Python's tomllib): a Vietnamese message held "Expected
    '=' after a key in a key/value pair", and one at the end of the file said "line 0, column 0".
    Now the common ones in Vietnamese, a table's key as written, and the last line's place."""
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    assert e.value.lines("vi")[0].startswith("không phải TOML hợp lệ " + vi + ". Kiểm tra"), e.value.lines("vi")
    assert e.value.lines("en")[0].startswith("not valid TOML " + en + ". Check"), e.value.lines("en")


def test_every_message_the_toml_parser_has_is_in_vietnamese():
    """Each message Python's own parser can raise (read from its source, so a new Python's new
    wording is caught here) has Vietnamese words: none reaches a Vietnamese reader in English."""
    import re
    import tomllib

    from model.report.issues import toml_detail
    source = (Path(tomllib.__file__).parent / "_parser.py").read_text(encoding="utf-8")
    found = set(re.findall(r'(?:suffixed_err\(\s*src,\s*pos,\s*|TOMLDecodeError\()f?"([^"]+)"', source))
    found.discard("{msg} (at {coord_repr(src, pos)})")   # the frame around each message
    assert len(found) >= 20, found
    for message in sorted(found):
        sample = re.sub(r"\{[^}]*\}", "('t', 'u')", message).replace("\\\\", "\\")
        vi = toml_detail(sample, "vi")
        assert vi != sample and re.search("[à-ỹđ]", vi), (message, vi)


@pytest.mark.parametrize("old, new, line, found", [
    ("growth = 0.03", "growth = 0,03", "growth = 0,03", "0,03"),
    ("growth = 0.03", "growth = { 2026 = 0,12, 2030 = 0.08 }", "growth = { 2026 = 0,12", "0,12"),
    ("growth = 0.03", "growth = -1,5", "growth = -1,5", "-1,5"),
])
def test_a_decimal_comma_in_the_file_is_named_as_one(minimal_text, old, new, line, found):
    """Vietnamese writes 8,5: in a TOML file the parser stopped at it with "Expected newline or
    end of document after a statement" (in English, in a Vietnamese message) and advice on
    brackets and quotes. Now the slip itself, the line, and the number written with a point."""
    text = minimal_text.replace(old, new, 1)
    n = text.splitlines().index(next(x for x in text.splitlines() if x.startswith(line))) + 1
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    fixed = found.replace(",", ".")
    assert e.value.lines("en") == [f"line {n}: '{found}' writes a number with a decimal comma; a TOML file writes "
                                   f"numbers with a point: {fixed} (a rate is a fraction per year: 8.5 % is 0.085)"]
    assert e.value.lines("vi")[0].startswith(f"dòng {n}: «{found}» viết số bằng dấu phẩy thập phân")
    # a comma that separates entries is not taken for one: another slip on such a line keeps the parser's words
    assert one_error("x = {2026=1,2030=2} y").startswith("not valid TOML (line 1")


@pytest.mark.parametrize("new, found, fixed", [
    ("growth = 8.5%", "8.5%", "0.085"), ("growth = 8,5 %", "8,5 %", "0.085"),
    ("growth = { 2026 = 12%, 2030 = 8% }", "12%", "0.12"), ("growth = -1,5%", "-1,5%", "-0.015"),
])
def test_a_percent_sign_in_the_file_is_named_with_the_fraction(minimal_text, new, found, fixed):
    text = minimal_text.replace("growth = 0.03", new, 1)
    n = text.splitlines().index(new) + 1
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    assert e.value.lines("en") == [f"line {n}: '{found}': a TOML file has no % sign; a rate is a fraction per year: "
                                   f"write {fixed}"]
    assert e.value.lines("vi") == [f"dòng {n}: «{found}»: tệp TOML không viết dấu %; tỷ lệ là phân số mỗi năm: "
                                   f"viết {fixed}"]


@pytest.mark.parametrize("value, hint", [('"8,5%"', "0.085"), ('"0,085"', "0.085"), ('" 12 "', "0.12"),
                                         ('"-1.5 %"', "-0.015"), ('"3"', "0.03")])
def test_a_rate_in_quotes_is_answered_with_the_number_it_means(minimal_text, value, hint):
    e = one_error(minimal_text.replace("growth = 0.03", f"growth = {value}", 1))
    assert e == (f"sectors.agriculture.growth = {value.replace(chr(34), chr(39))}: text in quotes, not a number; write "
                 f"growth = {hint} (no quotes, a decimal point, a rate as a fraction per year)")
    # text that is no number, or a number outside the field's range, keeps the plain advice
    for other in ('"nhiều"', '"250%"'):
        assert "is not a number; write a fraction per year" in one_error(
            minimal_text.replace("growth = 0.03", f"growth = {other}", 1))


def test_file_errors_name_the_file(tmp_path):
    with pytest.raises(ScenarioError) as e:
        model.load_scenario(tmp_path / "nope.toml")
    assert str(tmp_path / "nope.toml") in e.value.lines()[0] and "no such file" in e.value.lines()[0]
    bad = tmp_path / "latin1.toml"
    bad.write_bytes("title = 'Hà'".encode("latin-1"))
    with pytest.raises(ScenarioError, match="not UTF-8"):
        model.load_scenario(bad)


@pytest.mark.parametrize("name", ["baseline", "provincial_plan", "congress_2025"])
def test_round_trip(tmp_path, name):
    sc = model.load_scenario(SCENARIOS / f"{name}.toml")
    out = model.save_scenario(sc, tmp_path / "copy.toml")
    assert model.load_scenario(out) == sc


def test_round_trip_with_tables_and_last_actual(tmp_path, minimal_text):
    sc = parse_scenario(minimal_text.replace("growth = 0.03", "growth = { 2026 = 0.03, 2030 = 0.05 }")
                        .replace("horizon = 2030", "horizon = 2040\nlast_actual_year = 2023"))
    assert parse_scenario(sc.to_toml()) == sc


def test_with_sector_returns_a_copy(baseline):
    changed = baseline.with_sector("services", growth=RatePath.const(0.2))
    assert changed.sectors["services"].growth.constant == 0.2
    assert baseline.sectors["services"].growth.constant == 0.075


def test_write_atomic_replaces_and_leaves_nothing_behind(tmp_path):
    target = tmp_path / "f.toml"
    target.write_text("old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["f.toml"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "f.toml"
    target.write_text("old")
    with pytest.raises(TypeError):
        write_atomic(target, 12345)  # not bytes or text
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["f.toml"]


SOLVE = """
[solve]
targets = ["grdp_growth_avg", "share_industry_construction"]
free = ["industry_construction", "services"]
method = "ramp"
approx = "equal"
smoothness = 2.0
[solve.bounds.industry_construction]
min = 0.0
max = 0.3
"""


def test_solve_table(minimal_text, tmp_path):
    sc = parse_scenario(minimal_text + SOLVE)
    assert sc.solve.targets == ("grdp_growth_avg", "share_industry_construction")
    assert sc.solve.free == ("industry_construction", "services")
    assert (sc.solve.method, sc.solve.approx, sc.solve.smoothness) == ("ramp", "equal", 2.0)
    assert sc.solve.bounds == {"industry_construction": (0.0, 0.3)}
    assert parse_scenario(sc.to_toml()) == sc


@pytest.mark.parametrize("change, expected", [
    (('targets = ["grdp_growth_avg", "share_industry_construction"]', 'targets = ["forest_cover"]'),
     "solve.targets = 'forest_cover': unknown name"),
    (('targets = ["grdp_growth_avg", "share_industry_construction"]', 'targets = "grdp_growth_avg"'),
     "solve.targets: 'grdp_growth_avg' is not a list of names"),
    (('targets = ["grdp_growth_avg", "share_industry_construction"]', "targets = []"),
     "solve.targets: empty list"),
    (('free = ["industry_construction", "services"]', 'free = ["servics"]'),
     "solve.free = 'servics': unknown name; did you mean 'services'?"),
    (('method = "ramp"', 'method = "spline"'), 'solve.method = \'spline\': use one of "constant", "ramp", "free"'),
    (('approx = "equal"', 'approx = "close"'), 'solve.approx = \'close\': use one of "band", "equal"'),
    (("smoothness = 2.0", "smoothness = -1"), "solve.smoothness = -1: use a number from 0 to 1e6"),
    (("max = 0.3", "max = 30"), "solve.bounds.industry_construction.max = 30.0: a rate is a fraction per year (did you mean 0.3?)"),
    (("min = 0.0", "min = 0.4"), "solve.bounds.industry_construction: min 0.4 is above max 0.3; swap them"),
    (("[solve.bounds.industry_construction]", "[solve.bounds.mining]"), "solve.bounds.mining: unknown key"),
    (("method", "methd"), "solve.methd: unknown key; did you mean 'method'?"),
])
def test_solve_table_errors(minimal_text, change, expected):
    e = one_error(minimal_text + SOLVE.replace(*change))
    assert e.startswith(expected), e


# ---- bounded input (issue 7, item 12) --------------------------------------------------------------
def test_huge_integer_names_the_field(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", "growth = " + "9" * 400))
    assert e.startswith("sectors.agriculture.growth = a 400-digit number: outside the accepted range")


def test_deep_nesting_is_refused_quickly(minimal_text):
    e = one_error("x = " + "[" * 5000 + "]" * 5000)
    assert "nested too deeply" in e
    e = one_error(minimal_text + "\n[solve.bounds.services.a.b.c.d]\nmin = 0\n")
    assert "nested too deeply" in e


def test_many_unknown_keys_are_capped():
    import time

    text = "\n".join(f"k{i} = 1" for i in range(20_000))
    t0 = time.perf_counter()
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    assert time.perf_counter() - t0 < 2.0
    assert "too many keys" in str(e.value) or len(e.value.lines()) <= 51


def test_unknown_keys_are_listed_up_to_the_cap(minimal_text):
    text = minimal_text + "\n[population]\n" if False else minimal_text.replace(
        "[population]", "[population]\n" + "\n".join(f"x{i} = 1" for i in range(120)))
    with pytest.raises(ScenarioError) as e:
        parse_scenario(text)
    lines = e.value.lines()
    assert len(lines) == 51 and lines[-1] == "... and 70 more problems (fix the ones above first)"
    assert e.value.lines("vi")[-1] == "... và 70 lỗi khác (sửa các lỗi trên trước)"


def test_long_title_is_refused(minimal_text):
    e = one_error(minimal_text.replace('title_vi = "Thử"', f'title_vi = "{"a" * 80_000}"'))
    assert e == "meta.title_vi: 80000 characters long, at most 200; shorten it"


def test_file_too_large(tmp_path):
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * 300_000)
    with pytest.raises(ScenarioError, match="too large"):
        model.load_scenario(big)


def test_special_files_are_refused(tmp_path):
    with pytest.raises(ScenarioError, match="not a regular file"):
        model.load_scenario("/dev/zero")
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(ScenarioError, match="not a regular file"):
        model.load_scenario(fifo)  # returns at once: never opens the pipe
    with pytest.raises(ScenarioError, match="not a regular file"):
        model.load_scenario(tmp_path)


# ---- accepted but wrong (item 13) --------------------------------------------------------------------
def test_duplicate_target_ids(minimal_text):
    e = one_error(minimal_text + '\n[solve]\ntargets = ["grdp_growth_avg", "grdp_growth_avg"]\n')
    assert e == "solve.targets = 'grdp_growth_avg': listed twice; name each once"


@pytest.mark.parametrize("name", ['"base\\n"', '""', '"a b"'])
def test_bad_names(minimal_text, name):
    e = one_error(minimal_text.replace('name = "t"', f"name = {name}"))
    assert e.startswith("meta.name")


def test_empty_title(minimal_text):
    e = one_error(minimal_text.replace('title_vi = "Thử"', 'title_vi = "  "'))
    assert e.startswith("meta.title_vi: empty; write something")


@pytest.mark.parametrize("title, start", [
    ('"\u200b\u200d\ufeff"', "meta.title_vi: empty; write something"),   # zero-width only
    ('"a\u2028b"', "meta.title_vi"), ('"a\u0085b"', "meta.title_vi"), ('"a\u2029b"', "meta.title_vi"),
])
def test_titles_that_look_empty_or_break_lines_are_refused(minimal_text, title, start):
    """Issue 13, item 16: what a reader sees as empty or as two lines is refused, as "\n" is."""
    e = one_error(minimal_text.replace('title_vi = "Thử"', f"title_vi = {title}"))
    assert e.startswith(start)


def test_texts_that_would_show_other_than_they_hold_are_refused(minimal_text, tmp_path):
    """A hidden text-direction control (U+202E, "right-to-left override", and its kin) reorders
    what follows it as shown: "Đạt <U+202E>%01" shows "Đạt 10%" in the page, the deck and a
    spreadsheet's cell, while the file holds another text. A lone surrogate is no character: a
    file cannot hold it, and a title given through the API with one stopped the save with
    UnicodeEncodeError. Both are refused, naming the field, in either language; the invisible
    marks that reorder nothing (U+200E, zero-width space) stay accepted."""
    for ch in ("\u202a", "\u202e", "\u2066", "\u2069"):
        e = one_error(minimal_text.replace('title_vi = "Thử"', f'title_vi = "Đạt {ch}%01"'))
        assert e == (f"meta.title_vi = 'Đạt \\u{ord(ch):04x}%01': contains a hidden text-direction control "
                     "(U+202A–U+202E, U+2066–U+2069) at character 5, which reorders the text as shown; remove it"), e
    with pytest.raises(ScenarioError) as err:
        parse_scenario(minimal_text.replace('title_vi = "Thử"', 'title_vi = "Thử"\ndescription = "a\u202eb"'))
    assert err.value.lines("vi") == ["meta.description = 'a\\u202eb': có ký tự ẩn điều khiển hướng chữ (U+202A–U+202E, "
                                     "U+2066–U+2069) ở ký tự thứ 2, làm đảo thứ tự chữ khi hiển thị; xóa ký tự đó"]
    own = '\n[projects.my_plant]\nname_vi = "Nhà\u2067máy"\nsector = "industry_construction"\nfirst_year = 2027\n' \
          'ramp = [1.0]\nva = 1000\ncapex = { 2026 = 3000 }\n'
    assert one_error(minimal_text + own).startswith("projects.my_plant.name_vi = 'Nhà\\u2067máy': contains a hidden")
    # a lone surrogate, as only a str built in Python can hold one
    assert one_error(minimal_text.replace('title_vi = "Thử"', 'title_vi = "Th\ud800"')) == (
        "meta.title_vi = 'Th\\ud800': contains a code that is not a valid Unicode character (half a surrogate pair, "
        "U+D800–U+DFFF) at character 3; remove it")
    sc = parse_scenario(minimal_text)
    for bad in ("Th\ud800", "a\u202eb"):
        with pytest.raises(ScenarioError) as err:
            model.save_scenario(dataclasses.replace(sc, title_vi=bad), tmp_path / "t.toml")
        assert not list(tmp_path.iterdir())
        assert err.value.issues[0].path == "meta.title_vi"
    # a long title's hidden control past the first 40 characters: quoted where it is, and counted
    long = "Kịch bản tăng trưởng nhanh của tỉnh Hà Tĩnh giai đoạn 2026 đến năm 2030 \u202e%01"
    assert one_error(minimal_text.replace('title_vi = "Thử"', f'title_vi = "{long}"')) == (
        "meta.title_vi = '…iai đoạn 2026 đến năm 2030 \\u202e%01': contains a hidden text-direction control "
        "(U+202A–U+202E, U+2066–U+2069) at character 73, which reorders the text as shown; remove it")
    tabbed = long[:72].replace(" năm", "\\tnăm")   # a tab, as TOML writes it
    assert one_error(minimal_text.replace('title_vi = "Thử"', f'title_vi = "{tabbed}"')) == (
        "meta.title_vi = '…à Tĩnh giai đoạn 2026 đến\\tnăm 2030 ': contains a control character (newline, tab...) "
        "at character 63; write it on one line")
    for fine in ("a\u200eb", "a\u200bb", "Hà Tĩnh 😀"):
        assert parse_scenario(minimal_text.replace('title_vi = "Thử"', f'title_vi = "{fine}"')).title_vi == fine


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.data())
def test_a_refused_character_is_quoted_wherever_it_is(text, data):
    """Any text, any character in it: the quote holds that character (as `repr` writes it),
    fits in `MAX_SHOWN_VALUE` characters, and is all of the text when the text fits."""
    from model import params as P
    from model.scenario.checks import shown_at

    if not text:
        return
    i = data.draw(st.integers(0, len(text) - 1))
    q = shown_at(text, i)
    assert repr(text[i])[1:-1] in q and len(q) <= max(P.MAX_SHOWN_VALUE, len(repr(text)))
    if len(repr(text)) <= P.MAX_SHOWN_VALUE:
        assert q == repr(text)


def test_descriptions_in_both_languages_round_trip(minimal_text):
    text = minimal_text.replace('title_vi = "Thử"', 'title_vi = "Thử"\ndescription = "Mô tả"\ndescription_en = "About"')
    sc = parse_scenario(text)
    assert (sc.description, sc.description_en) == ("Mô tả", "About")
    assert parse_scenario(sc.to_toml()) == sc


def test_year_keys_are_ascii_digits(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", 'growth = { 2026 = 0.01, "２０２６" = 0.02 }'))
    assert e.startswith("sectors.agriculture.growth.２０２６: '２０２６' is not a year")


def test_bounds_with_only_min_keep_the_default_max(minimal_text):
    """A side left out stays unset (the solver takes the sector's record) and is not written."""
    sc = parse_scenario(minimal_text + "\n[solve.bounds.services]\nmin = 0.0\n")
    assert sc.solve.bounds["services"] == (0.0, None)
    assert sc.to_dict()["solve"]["bounds"] == {"services": {"min": 0.0}}
    assert parse_scenario(sc.to_toml()) == sc


def test_solve_taxes_and_priorities(minimal_text):
    sc = parse_scenario(minimal_text + '\n[solve]\ntaxes = "held"\n[solve.priorities]\ngrdp_growth_avg = 10\n')
    assert sc.solve.taxes == "held" and sc.solve.priorities == {"grdp_growth_avg": 10.0}
    assert parse_scenario(sc.to_toml()) == sc
    errs = errors(minimal_text + '\n[solve]\ntaxes = "free"\n[solve.priorities]\ngrdp_growth_avg = 0\n')
    assert errs[0] == 'solve.taxes = "free": choose one of "follow", "held"' or "solve.taxes" in errs[0]
    assert any(e.startswith("solve.priorities.grdp_growth_avg") for e in errs)


def test_byte_order_mark_is_accepted(tmp_path, minimal_text):
    p = tmp_path / "bom.toml"
    p.write_bytes(b"\xef\xbb\xbf" + minimal_text.encode("utf-8"))
    assert model.load_scenario(p).name == "t"


def test_no_percent_hint_for_a_value_nobody_typed_as_percent(minimal_text):
    e = one_error(minimal_text.replace("growth = 0.03", "growth = 1.0000001"))
    assert e == "sectors.agriculture.growth = 1.0000001: outside the accepted range -0.5 to 1 (fraction per year)"


def test_a_file_that_cannot_be_read_says_why_in_words(tmp_path, monkeypatch):
    """No such file, no permission: the catalogue's words with what to do; another reason as the
    system gives it (its words were English in a Vietnamese message for all three)."""
    import errno

    with pytest.raises(model.ScenarioError) as e:
        model.load_scenario(tmp_path / "none.toml")
    assert e.value.lines("vi") == [f"{tmp_path / 'none.toml'}: không có tệp này; kiểm tra tên tệp và thư mục "
                                   "(python -m model workspace liệt kê kho kịch bản)"]
    p = tmp_path / "a.toml"
    p.write_text("x", encoding="utf-8")
    for err, said in ((PermissionError(errno.EACCES, "Permission denied"), "no permission to read this file; ask for"),
                      (OSError(errno.EIO, "Input/output error"), "cannot read the file (Input/output error)")):
        def refuse(*a, err=err, **k):
            raise err
        monkeypatch.setattr("builtins.open", refuse)
        with pytest.raises(model.ScenarioError) as e:
            model.load_scenario(p)
        monkeypatch.undo()
        assert said in e.value.lines("en")[0]


def test_every_message_has_both_languages():
    from model.report.strings import ISSUES

    for code, (vi, en) in ISSUES.items():
        assert vi and en and vi != en, code


def test_written_files_have_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        p = model.write_atomic(tmp_path / "f.txt", "x")
    finally:
        os.umask(old)
    assert (p.stat().st_mode & 0o777) == 0o644


def test_files_are_written_where_there_is_no_fchmod(tmp_path, monkeypatch):
    """Windows has no ``os.fchmod`` before Python 3.13 (the README's Windows set-up names 3.11):
    every atomic write, a workspace save and each file of ``run --out`` alike, stopped with
    "AttributeError: module 'os' has no attribute 'fchmod'". Without it a file is still written
    whole, exclusively where it must be new, and no temporary file is left."""
    monkeypatch.delattr(os, "fchmod")
    assert model.write_atomic(tmp_path / "f.txt", "một").read_text(encoding="utf-8") == "một"
    assert model.write_atomic(tmp_path / "f.txt", "hai").read_text(encoding="utf-8") == "hai"
    from model.scenario.files import write_new

    assert write_new(tmp_path / "g.txt", b"ba").read_bytes() == b"ba"
    with pytest.raises(FileExistsError):
        write_new(tmp_path / "g.txt", b"bon")
    ws = model.Workspace(tmp_path / "ws")
    ws.save(model.load_scenario(SCENARIOS / "baseline.toml"), "thu")
    assert ws.load("thu").name == "thu"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["f.txt", "g.txt", "ws"]


def test_a_rename_refused_for_a_moment_is_tried_again(tmp_path, monkeypatch):
    """On Windows an antivirus or the search indexer holds a file just written for a moment, and
    the rename over the target is refused ("Access is denied"): a save failed for no reason the
    planner could see. It is tried again for up to 0.75 s; a refusal that lasts is raised as it
    was, the target as before and no temporary file left."""
    import errno

    from model.scenario import files

    slept, real = [], os.replace
    monkeypatch.setattr(files.time, "sleep", slept.append)
    refusals = [2]

    def scanned(src, dst):
        if refusals[0] > 0:
            refusals[0] -= 1
            raise PermissionError(errno.EACCES, "Access is denied", src, None, str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", scanned)
    assert write_atomic(tmp_path / "a.toml", "một").read_text(encoding="utf-8") == "một"
    assert slept == [0.05, 0.1]
    refusals[0], slept[:] = 99, []
    with pytest.raises(PermissionError):
        write_atomic(tmp_path / "a.toml", "hai")
    assert slept == [0.05, 0.1, 0.2, 0.4] and refusals[0] == 94   # five tries in all
    assert (tmp_path / "a.toml").read_text(encoding="utf-8") == "một"
    assert [x.name for x in tmp_path.iterdir()] == ["a.toml"]
    # a workspace on a disk without hard links renames its claim the same way
    refusals[0] = 1
    monkeypatch.setattr(os, "link", lambda *a: (_ for _ in ()).throw(PermissionError(errno.EPERM, "no links")))
    assert files.write_new(tmp_path / "b.toml", "ba").read_text(encoding="utf-8") == "ba"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["a.toml", "b.toml"]


def test_solve_table_investment_cap(minimal_text):
    """Issue 15: a cap on total social investment (% of GRDP) in the [solve] table, kept through
    a round trip; out of range or not a number, named with its range."""
    sc = parse_scenario(minimal_text + SOLVE.replace('method = "ramp"', 'method = "ramp"\ninvestment_cap = 60.5'))
    assert sc.solve.investment_cap == 60.5
    assert parse_scenario(sc.to_toml()) == sc
    for bad, expected in (("5", "solve.investment_cap = 5"), ('"lots"', "solve.investment_cap: 'lots' is not a number")):
        e = one_error(minimal_text + SOLVE.replace('method = "ramp"', f'method = "ramp"\ninvestment_cap = {bad}'))
        assert e.startswith(expected) and ("10" in e or "number" in e), e


@pytest.mark.parametrize("name", ["baseline", "congress_2025", "provincial_plan"])
def test_the_shipped_files_describe_themselves_in_both_languages(name):
    """`description` is the Vietnamese one (the Workspace's form and the workbook show it to a
    Vietnamese reader); the shipped files held their English there and had no description_en."""
    sc = model.load_scenario(SCENARIOS / f"{name}.toml")
    vietnamese = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý")
    assert vietnamese & set(sc.description.lower()), sc.description
    assert sc.description_en and not vietnamese & set(sc.description_en.lower()), sc.description_en


# A scenario built or edited in code is checked as a file is, wherever it enters the model
# (model.scenario.check): an economist's RatePath.const(15) meant for 15 % once projected
# 1,500 % a year, and save_scenario wrote a file that validate then refused.
def _fifteen():
    base = model.load_scenario(SCENARIOS / "baseline.toml")
    return base.with_rate("sectors.industry_construction.growth", RatePath.const(15))


@pytest.mark.parametrize("entry", ["simulate", "draws", "solve", "attribute", "consistency"])
def test_a_scenario_built_in_code_is_validated_where_it_enters(history, entry):
    sc = _fifteen()
    base = model.load_scenario(SCENARIOS / "baseline.toml")
    call = {"simulate": lambda: model.simulate(history, sc),
            "draws": lambda: model.uncertainty.run(history, sc, draws=10),
            "solve": lambda: model.solve(history, sc, ["grdp_growth_avg"]),
            "attribute": lambda: model.attribution.attribute(history, base, sc),
            "consistency": lambda: model.consistency_report(history, sc)}[entry]
    with pytest.raises(ScenarioError) as e:
        call()
    assert [(i.path, i.code) for i in e.value.issues] == [("sectors.industry_construction.growth", "rate_percent")]
    assert str(e.value) == ("baseline: sectors.industry_construction.growth = 15.0: "
                            "a rate is a fraction per year (did you mean 0.15?)")
    assert e.value.lines("vi")[0].endswith("(có phải ý bạn là 0.15?)")


def test_a_valid_scenario_edited_in_place_is_checked_again(history):
    """Validity is remembered by content, not by object: the same object changed in its
    (mutable) sector table is checked afresh."""
    sc = model.load_scenario(SCENARIOS / "baseline.toml")
    assert model.simulate(history, sc).table().loc[2030, "grdp_real_bn"] > 0
    sc.sectors["services"] = model.SectorAssumption(growth=RatePath.const(-0.9), inflation=RatePath.const(0.03))
    with pytest.raises(ScenarioError) as e:
        model.simulate(history, sc)
    assert [(i.path, i.code) for i in e.value.issues] == [("sectors.services.growth", "rate_range")]


def test_a_horizon_past_2050_built_in_code_is_refused(history):
    import dataclasses

    sc = dataclasses.replace(model.load_scenario(SCENARIOS / "baseline.toml"), horizon=2100)
    with pytest.raises(ScenarioError, match=r"meta.horizon = 2100: must be a year from 2021 to 2050"):
        model.simulate(history, sc)


def test_save_scenario_writes_only_what_loads_again(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("kept", encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"did you mean 0.15\?"):
        model.save_scenario(_fifteen(), path)
    assert path.read_text(encoding="utf-8") == "kept" and os.listdir(tmp_path) == ["mine.toml"]
    base = model.load_scenario(SCENARIOS / "baseline.toml")
    model.save_scenario(base, path)
    assert model.load_scenario(path) == base


def test_a_place_that_cannot_take_the_file_is_said_in_words(tmp_path, monkeypatch):
    """`save_scenario(sc, "scenarios")` raised "IsADirectoryError: … Is a directory:
    '.scenarios.j6pqhitn.tmp' -> 'scenarios'", naming a temporary file nobody asked for."""
    from model.scenario import files

    base = model.load_scenario(SCENARIOS / "baseline.toml")
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    cases = [(tmp_path, "a folder, device or pipe; give the path of a .toml file to write",
              "là thư mục, thiết bị hoặc đường ống"),
             ("/dev/null", "a folder, device or pipe", "là thư mục, thiết bị hoặc đường ống"),
             (tmp_path / "a_file" / "x.toml", "cannot create a file here (part of the path is a file",
              "không tạo được tệp ở đây")]
    for path, en, vi in cases:
        with pytest.raises(ScenarioError) as e:
            model.save_scenario(base, path)
        assert e.value.lines("en")[0].startswith(f"{path}: {en}") and vi in e.value.lines("vi")[0]
    for err, en in ((PermissionError(13, "Permission denied"), "no permission to write here; choose another folder"),
                    (OSError(28, "No space left on device"), "cannot write the file (No space left on device)")):
        def refuse(path, data, err=err):
            raise err
        monkeypatch.setattr(files, "write_atomic", refuse)
        with pytest.raises(ScenarioError) as e:
            model.save_scenario(base, tmp_path / "mine.toml")
        monkeypatch.undo()
        assert e.value.lines("en")[0] == f"{tmp_path / 'mine.toml'}: {en}"
    assert sorted(os.listdir(tmp_path)) == ["a_file"]   # nothing left behind
    assert model.load_scenario(model.save_scenario(base, tmp_path / "new" / "mine.toml")) == base   # folders are made


def test_a_document_built_in_code_nested_past_recursion_is_refused_in_words():
    doc: dict = {}
    inner = doc
    for _ in range(5_000):   # deeper than Python's recursion limit
        inner["t"] = {}
        inner = inner["t"]
    with pytest.raises(ScenarioError) as e:
        model.scenario_from_dict(doc)
    assert [i.code for i in e.value.issues] == ["too_deep"]


@pytest.mark.parametrize("path, near", [
    ("sectors.servics.growth", "sectors.services.growth"), ("sectors.services.grwth", "sectors.services.growth"),
    ("sectors.services", "sectors.services.growth"), ("population.grwth", "population.growth"),
    ("sectors.industry_construction.inflaton", "sectors.industry_construction.inflation"),
])
def test_a_rate_path_that_is_not_one_is_named_with_the_nearest(baseline, path, near):
    """In a notebook, `with_rate('sectors.servics.growth', …)` was a bare KeyError: 'servics'
    (and 'sectors.services' a ValueError about unpacking): now the paths there are and the nearest."""
    for call in (lambda: baseline.rate(path), lambda: baseline.with_rate(path, model.RatePath.const(0.08))):
        with pytest.raises(ValueError) as e:
            call()
        assert f"no rate at {path!r}" in str(e.value) and f"(did you mean {near!r}?)" in str(e.value)
    assert baseline.rate("sectors.product_taxes.investment") is None   # a path there is, unset: None as before
    with pytest.raises(ValueError, match="did you mean 'sectors.services.growth'"):
        baseline.with_sector("servics", growth=model.RatePath.const(0.08))


def test_a_rate_is_given_as_a_number_a_mapping_or_a_path(history, baseline):
    """`with_rate('sectors.services.growth', 0.08)`, as an economist writes it in a notebook,
    returned a scenario that failed later, far from the call, with "'float' object has no
    attribute 'to_toml'". A number is a constant, {year: fraction} a path; the rest is refused
    with the field it was for."""
    const = baseline.with_rate("sectors.services.growth", 0.08)
    assert const.sectors["services"].growth == model.RatePath.const(0.08)
    assert const == baseline.with_rate("sectors.services.growth", model.RatePath.const(0.08))
    assert const.with_rate("population.growth", np.float64(0.005)).population_growth == model.RatePath.const(0.005)
    path = baseline.with_sector("services", growth={2026: 0.08, 2030: 0.1}, inflation=0.03)
    assert path.sectors["services"].growth.values([2026, 2028, 2030]).tolist() == pytest.approx([0.08, 0.09, 0.1])
    assert path.sectors["services"].inflation == model.RatePath.const(0.03)
    driven = baseline.with_rate("sectors.services.investment", 0.2)
    assert driven.driver("services") == "investment" and driven.sectors["services"].growth is None
    for p in (const, path, driven):   # each a scenario that validates and projects
        model.parse_scenario(p.to_toml())
        assert model.simulate(history, p).real.loc[2030].sum() > 0
    for bad in ("0.08", True, None, {}, {2026: "x"}, {"2026": 0.08}, [0.08], object()):
        with pytest.raises(TypeError) as e:
            baseline.with_rate("sectors.services.growth", bad)
        assert str(e.value).startswith("sectors.services.growth: a rate is a number (a fraction a year")
    with pytest.raises(TypeError, match="^population.growth: a rate"):
        baseline.with_rate("population.growth", "0,5")
    with pytest.raises(TypeError, match="^sectors.agriculture.inflation: a rate"):
        baseline.with_sector("agriculture", inflation=None)


def test_a_scenario_built_in_code_without_sectors_is_refused_by_name():
    """An economist's `dataclasses.replace(sc, sectors={})` reached `simulate`, which checks a
    scenario as a file is checked: an empty set of sectors passed, and the projection stopped
    on "KeyError: 'agriculture'". Now each sector is named, with its record's rates."""
    sc = model.load_scenario(SCENARIOS / "baseline.toml")
    with pytest.raises(ScenarioError) as e:
        model.simulate(model.assemble_history(), dataclasses.replace(sc, sectors={}))
    assert [i.code for i in e.value.issues] == ["missing_sector"] * 4 + ["partial_file"]
    assert [i.path for i in e.value.issues][:4] == [f"sectors.{sid}" for sid in model.SECTOR_IDS]
