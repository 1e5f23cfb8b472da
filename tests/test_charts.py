"""One chart stack (issue 17): every chart is a `model.report.charts.Chart`, defined once, drawn
on screen and to PNG/SVG from one Vega-Lite spec and natively into PowerPoint. Hand-checked
values, the target set's marks, files that hold their words as text, and a test that fails if a
chart is drawn by a second code path."""

from __future__ import annotations

import ast
import copy
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model
from model.report import charts, fmt, strings, vega
from model.report.export import csv_bytes

ROOT = Path(__file__).resolve().parents[1]
VI_MARKS = "ăâđêôơưạảấầẩẫậắằẳẵặ"


def _values(layer):
    return np.asarray(layer.values, float)


# ---- hand-checked values -----------------------------------------------------------------------
def test_grdp_at_current_prices_with_the_programmes_band(baseline_projection):
    p = baseline_projection
    c = charts.grdp_nominal(p, "vi")
    actual, projected = c.layer("Thực tế / ước tính"), c.layer("Dự báo")
    years = list(c.categories)
    assert _values(actual)[years.index(2022)] == pytest.approx(97.881)          # 97 881 bn VND, published
    assert np.isnan(_values(actual)[years.index(2026)]) and np.isnan(_values(projected)[years.index(2024)])
    assert _values(projected)[years.index(2025)] == _values(actual)[years.index(2025)]   # the two lines join
    band = c.layer("Mục tiêu: gấp 2,5–3 lần 2020 vào 2030")
    n2020 = p.grdp_nominal[2020] / 1000
    assert band.low[years.index(2030)] == pytest.approx(2.5 * n2020) and band.values[-1] == pytest.approx(3 * n2020)
    assert band.low[0] == pytest.approx(n2020)
    assert c.y_title == "nghìn tỷ đồng, giá hiện hành" and "Nguồn:" in c.source


def test_real_growth_against_the_target_of_the_set(history, baseline, baseline_projection):
    p = baseline_projection
    g = charts.growth(p, "en")
    years = list(g.categories)
    assert _values(g.layers[0])[years.index(2026)] == pytest.approx(100 * p.growth_real[2026])
    target = g.layer("Target: 9 % a year on average 2021–2030")
    assert np.isnan(target.values[0]) and set(np.asarray(target.values[1:])) == {9.0}
    r = charts.grdp_real(p, "en")
    path = r.layer("Target path: 9 % a year from 2020 to 2030")
    assert path.values[-1] == pytest.approx(p.grdp_real[2020] / 1000 * 1.09 ** 10)
    # the 2026–2030 plan: at least 10 % a year from 2025, shares with product taxes in services
    plan = model.simulate(history, replace(baseline, targets_set="plan_2026_2030"))
    g2 = charts.growth(plan, "en")
    lv = g2.layer("Target: 10 % a year on average 2026–2030")
    assert np.isnan(lv.values[list(g2.categories).index(2025)]) and lv.values[-1] == 10.0
    assert not any(x.mark == "span" for x in charts.grdp_nominal(plan, "en").layers)   # no multiple in that set
    s = charts.structure(plan, "en")
    assert "Services (with product taxes)" in s.categories and "Product taxes" not in s.categories
    tg = s.layer("2030 target")
    assert _values(tg)[:3].tolist() == [9.0, 51.0, 40.0]
    # the 20th Congress: "at least 2 × 2025" is a dashed floor, not a band
    cg = charts.grdp_nominal(model.simulate(history, replace(baseline, targets_set="congress_20")), "en")
    floor = cg.layer("Target: at least 2 × 2025 by 2030")
    assert floor.dash and floor.values[-1] == pytest.approx(2 * p.grdp_nominal[2025] / 1000)


def test_structure_is_measured_as_the_targets_are_judged(baseline_projection):
    from model.targets import evaluate

    p = baseline_projection
    s = charts.structure(p, "vi")
    judged = evaluate(p).set_index("id")["value"]
    v2030 = _values(s.layer("2030 (dự báo)"))
    assert v2030[1] == pytest.approx(judged["share_industry_construction"])
    assert v2030[-1] == pytest.approx(judged["share_manufacturing"])
    assert _values(s.layer("Mục tiêu 2030")).tolist() == [7.9, 60.3, 26.6, 5.14, 32.6]
    first = s.layer("2020 (thực tế / ước tính)")
    assert first.text[0] == f"{first.values[0]:.1f}".replace(".", ",")   # labels in the reader's convention


def test_contributions_add_up_to_growth(baseline_projection):
    c = charts.contributions(baseline_projection, "vi")
    stacked = sum(_values(x) for x in c.layers if x.mark == "bar")
    assert stacked == pytest.approx(_values(c.layers[-1]), abs=1e-9)
    assert [x.colour for x in c.layers[:4]] == [s.colour for s in model.SECTORS]   # colours never change


def test_the_waterfall_names_a_and_b_and_lands_on_b(history, baseline):
    other = baseline.with_rate("sectors.services.growth", model.RatePath.const(0.09))
    table = model.attribution.attribute(history, baseline, other)
    w = charts.waterfall(table, "grdp_nominal_bn", "vi", "A", "B", "Kịch bản cơ sở", "Dịch vụ 9 %",
                         "Nguồn: Cục Thống kê Hà Tĩnh")
    span = w.layers[0]
    assert span.values[-2] == pytest.approx(span.values[-1])   # the last step ends on B's value
    assert w.note == "A = Kịch bản cơ sở; B = Dịch vụ 9 %" and w.horizontal and w.domain[0] > 0
    assert span.colours[0] == charts.MUTED and span.text[-1].replace(".", "").isdigit()
    # the labels add up as read: A's, each step, B's (the plan against the baseline read 7,17,
    # steps summing to +2,53, and 9,69)
    from model.report.fmt import parse_number

    plan = model.load_scenario(model.__path__[0] + "/../scenarios/provincial_plan.toml")
    split = model.attribution.attribute(history, baseline, plan)
    for tb, outcome in ((table, "grdp_nominal_bn"), (split, "grdp_growth_avg"), (split, "share_services")):
        text = charts.waterfall(tb, outcome, "vi").layers[0].text
        read = [parse_number(x, "vi", grouping=True) for x in text]
        assert round(read[0] + sum(read[1:-1]), 6) == read[-1], text
    svg = ET.fromstring(vega.chart_bytes(w, "vi", "svg"))
    texts = " ".join("".join(e.itertext()) for e in svg.iter() if e.tag.endswith("text"))
    assert "A = Kịch bản cơ sở; B = Dịch vụ 9 %" in texts and "Nguồn: Cục Thống kê Hà Tĩnh" in texts
    # the value axis: a few round numbers in the Vietnamese convention, never run together
    ticks = [e.text for e in svg.iter() if e.tag.endswith("text") and e.text and e.text.replace(".", "").isdigit()
             and len(e.text) > 5]
    assert 2 <= len(ticks) <= 10 and all(len(x) <= 7 for x in ticks)


# ---- the Vega-Lite rendering -------------------------------------------------------------------
def fixed(spec: dict) -> dict:
    """``spec`` without what follows the screen's width (`vega._narrow`, the bars' value labels'
    opacity, the axes' limits): what remains is the chart itself."""
    spec = copy.deepcopy(spec)
    for x in spec["layer"]:
        if isinstance(x["mark"].get("opacity"), dict):
            del x["mark"]["opacity"]
        for v in x["encoding"].values():
            axis = v.get("axis") if isinstance(v, dict) else None
            if axis:
                axis.pop("titleLimit", None)
                axis.pop("labelAlign", None)
                if isinstance(axis.get("labelLimit"), dict):
                    axis["labelLimit"] = 320
            if isinstance(v, dict) and v.get("legend"):
                v["legend"].pop("labelExpr", None)
                v["legend"].pop("columns", None)
    return spec


def test_the_spec_holds_the_charts_numbers_and_the_file_adds_only_its_title(baseline_projection):
    c = charts.growth(baseline_projection, "vi")
    screen, file = vega.vegalite(c, "vi"), vega.vegalite(c, "vi", file=True)
    assert fixed(screen)["layer"] == fixed(file)["layer"]         # one chart, on screen and in files
    assert "title" not in screen and file["title"]["text"] == c.title
    assert any("Nguồn:" in line for line in file["title"]["subtitle"])
    rows = {r["c"]: r["v"] for r in screen["layer"][0]["data"]["values"]}
    assert rows[2026] == pytest.approx(100 * baseline_projection.growth_real[2026])
    assert screen["config"]["locale"]["number"]["decimal"] == ","      # 7,5 in Vietnamese
    assert vega.vegalite(c, "en")["config"]["locale"]["number"]["decimal"] == "."


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_axis_below_zero_writes_the_minus_as_the_tables_do(history, baseline, lang):
    """A scenario whose GRDP falls: its growth axis reads "-10" and "-5", with the hyphen-minus
    of the tables, the cards and the deck (Vega's default drew U+2212, "−10", above a table
    reading "-10,00"), on screen (the spec's locale) and in the files."""
    falling = (baseline.with_rate("sectors.industry_construction.growth", model.RatePath.const(-0.25))
               .with_rate("sectors.services.growth", model.RatePath.const(-0.2)))
    c = charts.growth(model.simulate(history, falling), lang)
    assert vega.vegalite(c, lang)["config"]["locale"]["number"]["minus"] == "-"
    root = ET.fromstring(vega.chart_bytes(c, lang, "svg"))
    texts = ["".join(e.itertext()) for e in root.iter() if e.tag.endswith("text")]
    assert {"-10", "-5"} <= set(texts)
    assert not any("\u2212" in x for x in texts)


@pytest.mark.parametrize("name", charts.FILES)
def test_every_file_chart_is_a_valid_png_and_an_svg_with_text(baseline_projection, name):
    c = charts.of_projection(baseline_projection, name, "vi")
    assert vega.chart_bytes(c, "vi", "png")[:8] == b"\x89PNG\r\n\x1a\n"
    root = ET.fromstring(vega.chart_bytes(c, "vi", "svg"))
    texts = ["".join(e.itertext()) for e in root.iter() if e.tag.endswith("text")]
    assert len(texts) >= 8 and any(any(ch in x for ch in VI_MARKS) for x in texts)
    assert c.title in texts   # the title is a text element an officer can edit


def test_every_chart_passes_the_vega_lite_schema(history, baseline, baseline_projection):
    import altair as alt

    p = baseline_projection
    r = model.uncertainty.run(history, baseline, draws=500, seed=1)
    table = model.attribution.attribute(history, baseline, baseline.with_rate(
        "sectors.services.growth", model.RatePath.const(0.09)))
    made = [charts.of_projection(p, n, lang) for n in charts.PROJECTION for lang in ("vi", "en")]
    made += [charts.investment(model.investment.required_investment(p), model.investment.investment_record(history)),
             charts.compare({"A": p, "B": p}, "growth"), charts.waterfall(table, "grdp_growth_avg"),
             charts.quarterly(model.quarterly.quarterly(p).year(2026), 2026), charts.fan_of(r, "grdp_real_bn", "en"),
             charts.histogram(r.average_growth, 9.0)]
    view = model.report.risk.tornado_view(model.uncertainty.tornado(history, baseline), "grdp_growth_avg", "vi")
    made.append(charts.tornado(view, "x", "vi"))
    for c in made:
        spec = vega.vegalite(c, "vi", file=True)
        alt.LayerChart.from_dict(spec, validate=True)
        # a layer without data of its own draws nothing (the tornado's central rule did not show)
        assert all(layer.get("data", {}).get("values") for layer in spec["layer"]), c.id
    rule = [x for x in vega.vegalite(made[-1], "vi")["layer"] if x["mark"]["type"] == "rule"]
    assert rule[0]["encoding"]["x"]["datum"] == pytest.approx(view["central"].iloc[0])


def test_two_charts_in_a_row_reserve_the_taller_legend(baseline_projection):
    """Growth in English: GRDP at current prices has a legend of three one-line rows (60 px),
    at constant prices one whose last label takes two lines (73 px). Each chart's height on
    screen was its own, so the right plot stood 13 px lower (`test_browser` measures it). With
    `vega.row_of` the left chart is as high as the right, and its plot is set down by the
    difference while the plot is wide enough for both desktop legends; files are untouched."""
    row_of = vega.row_of
    nominal, real = charts.grdp_nominal(baseline_projection, "en"), charts.grdp_real(baseline_projection, "en")
    assert nominal.height == real.height
    assert [vega.screen_legend(c, 2)[0] for c in (nominal, real)] == [60, 73]
    row = row_of(nominal, real)
    assert row["legend_px"] == 73 and row["align_at"] == max(vega.screen_legend(c, 2)[1] for c in (nominal, real))
    alone = [vega.vegalite(c, "en", share=2) for c in (nominal, real)]
    paired = [vega.vegalite(c, "en", share=2, **row) for c in (nominal, real)]
    assert [x["height"] for x in alone] == [nominal.height, nominal.height + 13]   # askew
    assert [x["height"] for x in paired] == [nominal.height + 13] * 2
    assert paired[1] == alone[1]   # the taller legend's chart is as it was
    offset = paired[0]["layer"][0]["encoding"]["color"]["legend"]["offset"]["expr"]
    assert offset == f"{vega.PLOT} >= {row['align_at']} ? 31 : 18"
    assert vega.vegalite(nominal, "en", file=True, share=2, **row) == vega.vegalite(nominal, "en", file=True, share=2)
    # in Vietnamese both legends take 73 px: nothing to set down
    vi = [charts.grdp_nominal(baseline_projection, "vi"), charts.grdp_real(baseline_projection, "vi")]
    assert [vega.vegalite(c, "vi", share=2, **row_of(*vi)) for c in vi] == [vega.vegalite(c, "vi", share=2) for c in vi]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text("abc defgh", min_size=1, max_size=70), min_size=1, max_size=6),
       st.lists(st.text("abc defgh", min_size=1, max_size=70), min_size=1, max_size=6))
def test_any_two_legends_in_a_row_leave_plots_of_one_height_at_one_level(left, right):
    """For any two legends: with `row_of`, both charts are equally high on screen, and each
    one's legend and the gap below it take the same height (the taller legend's), so the plots
    start and end level wherever both desktop layouts hold."""
    row_of = vega.row_of

    def chart(labels):
        layers = tuple(charts.Layer("line", f"{x}{i}", (1.0, 2.0, 3.0)) for i, x in enumerate(labels))
        return charts.Chart("c", "t", "y", (2020, 2021, 2022), layers)

    pair = [chart(left), chart(right)]
    row = row_of(*pair)
    specs = [vega.vegalite(c, "en", share=2, **row) for c in pair]
    assert specs[0]["height"] == specs[1]["height"] == pair[0].height + max(0, row["legend_px"] - vega.USUAL_LEGEND)
    for c, spec in zip(pair, specs):
        own = vega.screen_legend(c, 2)[0]
        legend = spec["layer"][0]["encoding"]["color"]["legend"]
        gap = legend.get("offset", {"expr": f"x ? {vega.LEGEND_OFFSET} : 0"})["expr"]
        assert own + int(re.search(r"\? (\d+) :", gap).group(1)) == row["legend_px"] + vega.LEGEND_OFFSET


def test_on_screen_a_long_legend_adds_height_and_every_row_keeps_its_name(history, baseline, baseline_projection):
    """Streamlit's theme fits a whole chart, legend, axes and titles, into the spec's height (a
    fullscreen chart into the screen), where a file's height is its plot's. On the Compare page a
    legend of eight long scenario names left the charts no plot at all, and a waterfall of three to
    five rows (a changed rate, a horizon, a project) had 16 px a row, Vega hiding every other
    row's name as overlapping (both seen in Chromium; `test_browser` checks them there). On
    screen a longer legend than usual adds its height, a horizontal chart is its rows as high as
    in the file and its value axis, and no row name is thinned; the files keep their heights."""
    import altair as alt

    import model.report.risk

    # a legend's height: rows of `columns` entries, each as high as its entry of most lines
    assert vega.legend_height([1, 1, 1], 1) == 60 == vega.USUAL_LEGEND
    assert vega.legend_height([1, 3, 2], 1) == 20 + 46 + 33 and vega.legend_height([1, 3, 2], 2) == 46 + 33
    table = model.attribution.attribute(history, baseline, baseline.with_rate(
        "sectors.services.growth", model.RatePath.const(0.09)))
    view = model.report.risk.tornado_view(model.uncertainty.tornado(history, baseline), "grdp_growth_avg", "vi")
    waterfall, tornado = charts.waterfall(table, "grdp_nominal_bn", "vi"), charts.tornado(view, "x", "vi")
    assert waterfall.categories == ("A", "Dịch vụ — tăng trưởng", "B") and waterfall.height == 104
    # the tornado's outcome in its unit: on the value axis and beside the scenario's value
    with_unit = charts.tornado(view, "Tăng trưởng bình quân", "vi", unit="%/năm")
    c = fmt.num(float(view["central"].iloc[0]), "vi", 2)
    assert with_unit.y_title == "Tăng trưởng bình quân (%/năm)"
    assert with_unit.note == f"Vạch đen: giá trị của kịch bản ({c} %/năm)."
    many = {f"v{k} · phương án {k}: dịch vụ {6 + k} %/năm, LNG chậm hai năm, VinMetal nửa công suất": baseline_projection
            for k in range(8)}
    eight, usual = charts.compare(many, "grdp_nominal", "vi"), charts.of_projection(baseline_projection, "growth", "vi")
    for c in (waterfall, tornado, eight, usual):
        screen, file = vega.vegalite(c, "vi", share=2 if c is eight else 1), vega.vegalite(c, "vi", file=True)
        assert "autosize" not in screen and "autosize" not in file, c.id   # Streamlit's fit: the screen's too
        assert file["height"] == c.height, c.id           # the files keep their plot's height
        if c.horizontal:
            rows = len(c.categories)
            assert screen["height"] == rows * max(vega.MIN_ROW, c.height // rows) + vega.VALUE_AXIS, c.id
            for spec in (screen, file):
                names = [x["encoding"]["y"]["axis"] for x in spec["layer"] if x["encoding"].get("y", {}).get("field") == "c"]
                assert names and all(axis["labelOverlap"] is False for axis in names), c.id
        alt.LayerChart.from_dict(screen, validate=True)
    assert vega.vegalite(waterfall, "vi")["height"] == 3 * 34 + 78       # 34 px a row, as in the file
    assert vega.vegalite(usual, "vi")["height"] == usual.height == 280   # a usual legend: as it was
    # eight names of two lines each (75 characters), one a row at half the page's width: 8 × 33 px
    assert vega.vegalite(eight, "vi", share=2)["height"] == 300 + 8 * 33 - 60


def test_axis_ticks_carry_the_decimals_their_step_needs(baseline_projection):
    """The growth chart's values have two decimals (7,17 in its tooltips); its axis ticks are
    whole numbers at a step of 2 ("0 2 4 … 12"), and GRDP in thousand billion "0 50 … 250",
    in the reader's convention (the chart's digits gave "14,00" and "250,0")."""
    def ticks(name, lang):
        root = ET.fromstring(vega.chart_bytes(charts.of_projection(baseline_projection, name, lang), lang, "svg"))
        return [e.text for e in root.iter() if e.tag.endswith("text") and e.text
                and e.text.replace(",", "").replace(".", "").isdigit() and len(e.text) <= 7]

    growth = ticks("growth", "vi")
    assert {"0", "2", "4", "10", "12"} <= set(growth) and not any("," in x for x in growth)
    assert {"0", "50", "100", "250"} <= set(ticks("grdp_nominal", "en"))


def test_a_year_without_a_figure_stays_on_the_axis_as_a_gap(history, baseline_projection):
    """The investment record has no figure for 2021–2023: the drawn axis still runs year by
    year (an evenly spaced axis of 2020, 2024, 2025 hid the missing years; issue 13, item 10)."""
    c = charts.investment(model.investment.required_investment(baseline_projection),
                          model.investment.investment_record(history), "vi")
    assert c.categories == tuple(range(2020, 2031))
    root = ET.fromstring(vega.chart_bytes(c, "vi", "svg"))
    texts = {"".join(e.itertext()) for e in root.iter() if e.tag.endswith("text")}
    assert {str(y) for y in range(2020, 2031)} <= texts


@pytest.mark.parametrize("name", ["grdp_nominal", "grdp_real", "growth"])
def test_a_long_horizon_labels_2030_and_its_last_year(history, baseline, name):
    """To 2050 the year axis holds 31 years. Left to Vega, the labels that overlap were thinned
    from the first year on (2020, 2024, …, 2048): neither the targets' 2030 nor the horizon was
    labelled. Every fifth year is, the ends too when apart from those; to 2030, every year."""
    long = model.parse_scenario(baseline.to_toml().replace("horizon = 2030", "horizon = 2050"))
    c = charts.of_projection(model.simulate(history, long), name, "vi")
    root = ET.fromstring(vega.chart_bytes(c, "vi", "svg"))
    texts = {"".join(e.itertext()) for e in root.iter() if e.tag.endswith("text")}
    years = {x for x in texts if x.isdigit() and len(x) == 4 and x.startswith("20")}
    assert years == {str(y) for y in range(2020, 2051, 5)}
    assert vega.vegalite(c, "vi")["layer"][0]["encoding"]["x"]["axis"]["labelAngle"] == 0
    assert charts.labelled_years(list(range(2016, 2049))) == [2016, *range(2020, 2046, 5), 2048]
    assert charts.labelled_years(list(range(2015, 2048))) == list(range(2015, 2046, 5))   # 2047 beside 2045
    assert charts.labelled_years(list(range(2015, 2031))) is None                        # 16 years: all


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_legend_fits_a_chart_that_shares_its_row(baseline_projection, lang):
    """Vega does not wrap a legend: what passes the chart's edge is cut off. Two charts side by
    side (Growth, Compare) put one entry a row and break a label longer than their half of the
    row into lines, a number never parted from its unit; alone, the chart is as in the files."""
    c = charts.grdp_real(baseline_projection, lang)

    def legend(spec):
        return next(v["legend"] for x in spec["layer"] for v in x["encoding"].values()
                    if isinstance(v, dict) and v.get("legend"))

    alone, half = legend(vega.vegalite(c, lang)), legend(vega.vegalite(c, lang, share=2))
    file = legend(vega.vegalite(c, lang, file=True))
    assert legend(fixed(vega.vegalite(c, lang))) == legend(fixed(vega.vegalite(c, lang, file=True)))
    labels = list(dict.fromkeys(x.label for x in c.layers if x.label and x.colours is None))
    # as many columns as chosen from the width they take on
    assert alone["columns"]["expr"].startswith(
        f"{vega.PLOT} >= {vega.legend_width([[x] for x in labels], file['columns'])} ? {file['columns']} : ")
    assert "labelExpr" not in file and half["columns"] == {"expr": "1"}
    room = vega.SCREEN_CHARS // 2 - vega.AXIS_CHARS
    # on the desktop's width (past the one given), the labels broken for half the row
    wide, labels = re.fullmatch(r"\(?(?:.* >= \d+ \? )?(\[\[.*?\]\])(?: : .*\))?\[indexof\((.*), datum\.label\)\]",
                                half["labelExpr"]).groups()
    lines = dict(zip(json.loads(labels), json.loads(wide)))
    path = max(lines, key=len)         # the target path: "Lộ trình mục tiêu: 9 %/năm từ 2020 đến 2030"
    assert path == strings.t("ch_path", lang, g=9, base=2020, year=2030)
    assert len(path) + 4 > room and len(lines[path]) == 2 and " ".join(lines[path]) == path
    assert all(len(x) + 4 <= room for ls in lines.values() for x in ls)
    assert not any(x.startswith("%") for x in lines[path])
    import altair as alt

    alt.LayerChart.from_dict(vega.vegalite(c, lang, file=True, share=2), validate=True)


# vl-convert lays text out in a font wider than the browser's Source Sans: the same two legends
# took 494 and 511 px there, 443 and 439 px in Chromium
VL_CONVERT_WIDER = 1.16


def _drawn(spec: dict, width: int) -> tuple[float, list, list]:
    """``spec`` laid out by Vega as Streamlit draws it, ``width`` px wide: the plot's width, each
    legend's left edge and width, and each value label shown over a bar (x, y, text)."""
    import vl_convert as vlc

    graph = vlc.vegalite_to_scenegraph({**spec, "width": width, "autosize": {"type": "fit", "contains": "padding"}})
    legends, labels = [], []

    def walk(node):
        for item in node.get("items") or []:
            if node.get("role") == "legend":
                legends.append((item.get("x", 0), item["width"]))
            if node.get("marktype") == "text" and node.get("role") == "mark" and item.get("opacity", 1) > 0:
                labels.append((item["x"], item["y"], item["text"]))
            if isinstance(item, dict):
                walk(item)

    walk(graph["scenegraph"])
    return graph["scenegraph"]["items"][0]["width"], legends, labels


@pytest.mark.parametrize("width", [250, 330, 560, 900])
def test_a_legend_and_the_bars_labels_fit_any_screen(baseline_projection, width):
    """A phone's plot is 200–300 px (a chart beside another on a tablet with the sidebar open,
    210 px, is left to the browser test); a projector's about 490, a laptop's 830. Every chart's
    legend stays within its plot (Vega does not wrap one: what passes the edge is cut off; on a
    phone the legends of Growth, Structure and Compare were laid out for a laptop and cut) and no
    two value labels over bars run into each other ("33,134,133,3" on a phone). Laid out by Vega
    itself, in a font up to `VL_CONVERT_WIDER` wider than the browser's; the real page on a phone
    and a tablet is `test_browser.py::test_a_phone_or_a_tablet_shows_every_page_whole`."""
    p = baseline_projection
    eight = {f"Phương án {k}: dịch vụ tăng nhanh, LNG chậm một năm, đầu tư công 40 %": p for k in range(8)}
    cases = [(charts.of_projection(p, name, "vi"), 1) for name in charts.FILES]
    cases += [(charts.grdp_real(p, "vi"), 2), (charts.compare(eight, "growth", "vi"), 2)]
    for chart, share in cases:
        spec = vega.vegalite(chart, "vi", share=share)
        plot, legends, labels = _drawn(spec, width)
        assert all(x + w <= (plot + 8) * VL_CONVERT_WIDER for x, w in legends), (chart.id, plot, legends)
        for i, (x, y, text) in enumerate(labels):
            for x2, y2, text2 in labels[i + 1:]:
                assert abs(y - y2) > 10 or abs(x - x2) >= 2.5 * (len(text) + len(text2)), (chart.id, text, text2)
    # on a laptop (the chart 906 px wide at 1366) the bars' labels are shown
    if width >= 900:
        assert any(_drawn(vega.vegalite(c, "vi"), width)[2] for c, _ in cases if c.id == "structure")


def test_each_legend_entry_is_as_see_through_and_shaped_as_its_layer(history, baseline):
    """A legend's symbols took the first layer's opacity: behind a pale band first, the
    scenario's black line showed grey in the legend and a fan's two bands alike. Compiled to
    Vega (what draws it), each entry keeps its layer's own (an ordinal scale: a point scale
    would spread the range evenly), and a chart with no see-through layer is left as it was."""
    import vl_convert as vlc

    r = model.uncertainty.run(history, baseline, draws=200, seed=1)
    c = charts.fan_of(r, "grdp_real_bn", "en")
    v = vlc.vegalite_to_vega(vega.vegalite(c, "en", file=True))
    v = json.loads(v) if isinstance(v, str) else v
    scale = next(x for x in v["scales"] if x["name"] == "opacity")
    assert scale["type"] == "ordinal"
    assert dict(zip(scale["domain"], scale["range"])) == {
        "5–95 % band": 0.18, "25–75 % band": 0.35, "Median": 1, "Scenario": 1}
    assert [x.get("opacity") for x in v["legends"]] == ["opacity"]
    plain = vega.vegalite(charts.growth(model.simulate(history, baseline), "vi"), "vi")
    assert not any("opacity" in x["encoding"] and "field" in x["encoding"]["opacity"] for x in plain["layer"])
    # and as shaped as its mark: among the investment chart's bars, the record's diamond
    p = model.simulate(history, baseline)
    inv = charts.investment(model.investment.required_investment(p), model.investment.investment_record(history), "en")
    v = vlc.vegalite_to_vega(vega.vegalite(inv, "en", file=True))
    v = json.loads(v) if isinstance(v, str) else v
    scale = next(x for x in v["scales"] if x["name"] == "shape")
    assert dict(zip(scale["domain"], scale["range"])) == {"Organic (central ICOR)": "square", "Published record": "diamond"}
    assert [x.get("shape") for x in v["legends"]] == ["shape"]


def test_user_text_is_drawn_as_text(history, baseline):
    """A title with '$…$', '<b>' or braces is drawn as it is written."""
    p = model.simulate(history, replace(baseline, title_vi="Giá $x^2$ <b>{x}</b>", title_en="$$"))
    c = charts.grdp_nominal(p, "vi")
    root = ET.fromstring(vega.chart_bytes(c, "vi", "svg"))
    assert any("Giá $x^2$ <b>{x}</b>" in (e.text or "") for e in root.iter())
    # a long name in a legend beside another chart is broken into lines by a lookup in Vega's
    # expression language: quotes, backslashes and braces stay text there too
    import vl_convert as vlc

    name = 'Kịch bản "Thép" \\ {x} ${y} <i>chậm</i> hai năm, LNG đúng hạn'
    c = charts.compare({name: p, "__proto__": p}, "grdp_real", "vi")
    root = ET.fromstring(vlc.vegalite_to_svg(vega.vegalite(c, "vi", file=True, share=2)))
    texts = " ".join(" ".join(e.itertext()) for e in root.iter() if e.tag.endswith("text"))
    assert name in texts and "__proto__" in texts


def test_csv_bytes_have_bom_for_excel(baseline_projection):
    b = csv_bytes(baseline_projection.table())
    assert b.startswith("\ufeff".encode("utf-8")) and b"grdp_nominal_bn" in b


# ---- the deck draws the same definitions -------------------------------------------------------
def test_the_deck_draws_the_same_definition_natively(baseline_projection):
    from pptx import Presentation

    from model.report.deck import Deck

    d = Deck("vi", "Nguồn: thử")
    c = charts.growth(baseline_projection, "vi")
    d.draw(d.slide("x"), c)
    buf = io.BytesIO()
    d.prs.save(buf)
    ch = next(sh.chart for sh in Presentation(io.BytesIO(buf.getvalue())).slides[0].shapes if sh.has_chart)
    kinds = [pl.__class__.__name__ for pl in ch.plots]
    assert kinds == ["BarPlot", "LinePlot"]             # bars and the target line on one chart
    bars = list(ch.plots[0].series[0].values)
    assert bars == pytest.approx(list(_values(c.layers[0])))
    line = ch.plots[1].series[0]
    assert line.name == c.layers[1].label and list(line.values)[1:] == [9.0] * (len(bars) - 1)


# ---- one definition per chart: no second code path ----------------------------------------------
def _calls(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            out.append((name, node.lineno))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            out += [("import:" + m.split(".")[0], node.lineno) for m in mods]
    return out


SOURCES = sorted([*(ROOT / "model").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "app.py"])
# what draws a chart, and the one file allowed to call it
ONLY_IN = {
    "vega_lite_chart": "ui/common.py",            # the app: `show`, a Chart only (and `warm_charts`' hidden one)
    "import:vl_convert": "model/report/vega.py",  # files: `chart_bytes`
    "add_chart": "model/report/deck.py",          # PowerPoint: `Deck.draw`
    "Chart": "model/report/charts.py",            # the definitions
    "Layer": "model/report/charts.py",
}
NEVER = {"import:matplotlib", "altair_chart", "line_chart", "bar_chart", "area_chart", "scatter_chart", "pyplot",
         "plotly_chart", "bokeh_chart", "mark_line", "mark_bar", "mark_area", "mark_point"}


def test_no_chart_is_drawn_by_a_second_code_path():
    seen = {k: set() for k in ONLY_IN}
    for path in SOURCES:
        rel = path.relative_to(ROOT).as_posix()
        for name, line in _calls(path):
            assert name not in NEVER, f"{rel}:{line} draws a chart outside model.report.charts ({name})"
            if name in ONLY_IN:
                seen[name].add(rel)
                assert rel == ONLY_IN[name], f"{rel}:{line}: {name} belongs in {ONLY_IN[name]} only"
    assert all(seen.values()), seen   # and each path is really used
    # altair only checks specs against the schema under test (ui.common.show), never draws
    alt_users = {p.relative_to(ROOT).as_posix() for p in SOURCES if any(n == "import:altair" for n, _ in _calls(p))}
    assert alt_users == {"ui/common.py"}


def test_the_app_shows_the_definitions_it_exports():
    """The Growth page's charts are `charts.grdp_nominal`, `grdp_real` and `growth` of the
    scenario shown, spec for spec (what the Export page and `run` write)."""
    import json

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["page"] = "growth"
    at.run()
    assert not at.exception
    shown = [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]
    p = model.simulate(model.assemble_history(), model.load_scenario(ROOT / "scenarios" / "baseline.toml"))
    # the two level charts side by side, their legends laid out for half the row
    want = [vega.vegalite(charts.of_projection(p, n, "vi"), "vi", share=k)
            for n, k in (("grdp_nominal", 2), ("grdp_real", 2), ("growth", 1))]
    assert [s["layer"] for s in shown[:3]] == [json.loads(json.dumps(w["layer"])) for w in want]


def test_the_frontier_marks_the_target_on_its_own_measure():
    """The frontier is the highest 2021–2030 growth under each cap: without a set of its own,
    its target line is the programme's 2021–2030 target (above 9 %)."""
    import pandas as pd

    table = pd.DataFrame({"growth_pct": [7.1, 7.9, 8.6]}, index=pd.Index([2.5, 2.6, 2.7], name="cap"))
    c = charts.frontier(table, "Tăng trưởng cao nhất", "Trần bội số", 1, "vi")
    assert c.categories == ("2,5", "2,6", "2,7") and list(c.layers[0].values) == [7.1, 7.9, 8.6]
    assert set(c.layers[1].values) == {9.0} and c.layers[1].dash and c.layers[1].label == "Mục tiêu 9 %/năm"


def test_the_frontier_reads_a_2026_2030_target_on_its_own_measure(history, baseline):
    """The frontier maximises 2021–2030 growth; the same point over 2026–2030 is a column
    (((1 + g)^10 · R(2020)/R(2025))^(1/5) − 1, by hand), and a set whose growth target is over
    2026–2030 (the plan's ≥ 10 %) is drawn at its 2021–2030 equal: (R(2025)/R(2020) · 1.1^5)^(1/10) − 1
    = 8.16 %; the programme's stays at 9."""
    from model.report.views import frontier_view

    fr = model.solver.frontier(history, baseline, caps=[2.8])
    real = history.real.sum(axis=1)
    done = real[2025] / real[2020]
    g = fr["growth_pct"].iloc[0]
    assert fr["growth_remaining_pct"].iloc[0] == pytest.approx(100 * (((1 + g / 100) ** 10 / done) ** 0.2 - 1))
    cols = frontier_view(fr, "vi").columns
    assert (cols[1], cols[3]) == ("Tức GRDP 2030 so với 2025 (lần)", "Tức bình quân 2026–2030 (%/năm)")
    equal = 100 * ((done * 1.1 ** 5) ** 0.1 - 1)
    c = charts.frontier(fr, "t", "cap", 1, "vi", target=model.target_sets.growth_target(history, "plan_2026_2030"))
    assert list(c.layers[1].values) == pytest.approx([equal]) and round(equal, 2) == 8.16
    assert c.layers[1].label == "Mục tiêu KH 2026–2030 (NQ 291): ≥ 10 %/năm 2026–2030 (= 8,16 %/năm 2021–2030)"
    assert set(charts.frontier(fr, "t", "cap", 1, "en").layers[1].values) == {9.0}
    programme = model.target_sets.growth_target(history, None)   # over 2021–2030 already: as published
    assert programme.target.id == "grdp_growth_avg" and programme.equal == pytest.approx(9.0)
    drawn = charts.frontier(fr, "t", "cap", 1, "en", target=programme).layers[1]
    assert list(drawn.values) == pytest.approx([9.0]) and drawn.label == "Target 9 % a year"


def test_the_histogram_bins_are_round_and_begin_at_the_target():
    """The Uncertainty page's histogram had sixty bins over the draws' own range: bars labelled
    "4,20 4,65 … 9,16", the 9 % target inside a bar. Bars are now a round width with the target
    on an edge, each labelled where it begins. By hand: five values within a quarter point."""
    counts, edges, step = charts.histogram_bins(np.array([8.95, 9.0, 9.05, 9.19, 9.2]), 9.0)
    assert step == 0.01 and edges[0] == pytest.approx(8.95) and edges[-1] == pytest.approx(9.21)
    assert counts.sum() == 5 and counts[np.isclose(edges[:-1], 9.0)].tolist() == [1]
    rng = np.random.default_rng(0)
    c = charts.histogram(rng.normal(7.24, 0.9, 10_000), 9.0, "vi")
    assert c.categories[:3] == ("3,6", "3,8", "4,0") and "9,0" in c.categories   # a 0.2-point width
    marked = c.layers[1].values
    assert np.isfinite(marked).sum() == 1 and c.categories[int(np.nanargmax(np.isfinite(marked)))] == "9,0"
    # the target beyond every draw: still on the axis, its empty bar marked
    en = charts.histogram(np.array([6.1, 6.3, 7.9]), 9.0, "en")
    assert en.categories[0] == "6.1" and en.categories[-1] == "9.0"
    assert np.isfinite(en.layers[1].values).sum() == 1 and np.nansum(en.layers[1].values) == 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(-60, 60), min_size=1, max_size=200), st.floats(-10, 20))
def test_the_bars_from_the_target_on_count_the_draws_that_meet_it(values, target):
    x = np.array(values)
    counts, edges, step = charts.histogram_bins(x, target)
    assert counts.sum() == len(x) and len(counts) <= 60 and step in charts._BIN_STEPS
    assert np.allclose(np.diff(edges), step)
    k = np.round((edges[:-1] - target) / step)
    assert np.allclose(edges[:-1], target + k * step)   # the target is on an edge
    assert counts[k >= 0].sum() == (x >= target).sum() and (k == 0).sum() == 1   # the target's bar is there


def test_the_structure_path_speaks_of_diamonds_only_where_it_draws_them(history, baseline_projection):
    """Under the Ministry of Finance's draft (no share target) the chart drew no diamond and its
    note still said "◆ the 2030 targets"."""
    from model.report import charts

    drawn = charts.structure_path(baseline_projection, "en")
    assert any(x.shape == "diamond" for x in drawn.layers) and drawn.note.endswith("◆ the 2030 targets.")
    mof = model.simulate(history, replace(baseline_projection.scenario, targets_set="mof_draft_2026_2030"))
    for lang, note in (("en", "Solid: actual; dashed: projected."), ("vi", "Nét liền: thực tế; nét đứt: dự báo.")):
        c = charts.structure_path(mof, lang)
        assert not any(x.shape == "diamond" for x in c.layers) and c.note == note


def test_an_archive_holds_its_files_as_given_the_same_each_time():
    """The Export page's "all" button: each file under its own name, byte for byte, in the order
    given, dated when it was made; the same files and time give the same archive; unpacked, each
    is an ordinary file (rw-r--r--); a name that is not a plain file name is refused, not written."""
    import time
    import zipfile

    from model.report.export import zip_bytes

    files = {"plan.xlsx": b"PK\x03\x04 workbook", "plan_projection.csv": "năm,GRDP\n".encode("utf-8-sig"),
             "plan.toml": b"[meta]\n"}
    when = (2026, 12, 6, 9, 30, 0)
    data = zip_bytes(files, when)
    assert data == zip_bytes(dict(files), when)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.namelist() == list(files)
        assert {n: z.read(n) for n in z.namelist()} == files
        assert {i.date_time for i in z.infolist()} == {when}
        assert {(i.external_attr >> 16) & 0o777 for i in z.infolist()} == {0o644}
        assert z.testzip() is None
    # by default, now: the date a reader sees on the files unpacked (ZIP keeps even seconds)
    before = time.localtime()[:5]
    with zipfile.ZipFile(io.BytesIO(zip_bytes(files))) as z:
        assert before <= z.infolist()[0].date_time[:5] <= time.localtime()[:5]
    for bad in ("../plan.toml", "out/plan.toml", "/etc/x", ".hidden", "a..b", "", "C:plan", "plan\\x.csv"):
        with pytest.raises(ValueError, match="not a plain file name"):
            zip_bytes({bad: b""})


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[A-Za-z0-9_\-]{1,64}", fullmatch=True))
def test_every_scenario_name_makes_archive_names_the_archive_takes(name):
    """Any name validation accepts (`model.scenario.types._NAME_RE`) gives the Export page's
    archive names it takes: each chart of each kind, the tables, the deck and the scenario."""
    from types import SimpleNamespace

    from model.report.deck import file_name
    from model.report.export import zip_bytes
    from model.scenario.types import _NAME_RE

    assert _NAME_RE.fullmatch(name)
    names = [f"{name}_{c}.{k}" for c in charts.FILES for k in ("png", "svg")] + [
        f"{name}.xlsx", f"{name}_projection.csv", file_name([SimpleNamespace(name=name)]), f"{name}.toml"]
    assert zip_bytes(dict.fromkeys(names, b""))   # no dot in a name: never ".."
