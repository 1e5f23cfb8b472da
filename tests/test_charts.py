import pytest

from model.report.charts import CHARTS, chart_contributions, chart_grdp, chart_structure
from model.report.export import csv_bytes, figure_bytes


def texts(fig):
    out = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        out += [ax.get_ylabel(), ax.get_xlabel()]
        leg = ax.get_legend()
        if leg:
            out += [t.get_text() for t in leg.get_texts()]
    for leg in fig.legends:
        out += [t.get_text() for t in leg.get_texts()]
    return " | ".join(out)


def test_grdp_chart_has_units_band_and_source(baseline_projection):
    t = texts(chart_grdp(baseline_projection))
    assert "giá hiện hành (nghìn tỷ đồng)" in t and "giá so sánh 2010" in t
    assert "gấp 2,5–3 lần 2020" in t and "Nguồn:" in t and "Tăng 9 %/năm" in t


def test_english_labels(baseline_projection):
    t = texts(chart_structure(baseline_projection, lang="en"))
    assert "GRDP structure at current prices (%)" in t and "Source:" in t


def test_contributions_chart_units(baseline_projection):
    t = texts(chart_contributions(baseline_projection))
    assert "điểm phần trăm" in t and "Dịch vụ" in t


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_exports_are_valid_images(baseline_projection, name):
    fig = CHARTS[name](baseline_projection)
    assert figure_bytes(fig, "png")[:8] == b"\x89PNG\r\n\x1a\n"
    svg = figure_bytes(fig, "svg")
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg


def test_csv_bytes_have_bom_for_excel(baseline_projection):
    b = csv_bytes(baseline_projection.table())
    assert b.startswith("\ufeff".encode("utf-8")) and b"grdp_nominal_bn" in b


def test_svg_files_keep_their_words_as_text(baseline_projection):
    """Issue 17: an exported SVG holds text elements (an officer edits a label in the slide
    software), Vietnamese included, not outlines."""
    import xml.etree.ElementTree as ET

    from model.report import charts, export

    for name, make in charts.CHARTS.items():
        root = ET.fromstring(export.figure_bytes(make(baseline_projection, lang="vi"), "svg"))
        texts = [e.text for e in root.iter() if e.tag.endswith("text") and e.text]
        assert len(texts) >= 5 and any(any(ch in x for ch in "ăâđêôơưạảấầẩẫậắằẳẵặ") for x in texts), name


def test_the_waterfall_has_its_key_its_source_and_readable_ticks(history, baseline):
    """Issue 17: the exported attribution waterfall names A and B, carries the source line and
    keeps its axis numbers apart."""
    import xml.etree.ElementTree as ET

    import model
    from model.report import charts, export

    other = baseline.with_rate("sectors.services.growth", model.RatePath.const(0.09))
    table = model.attribution.attribute(history, baseline, other)
    fig = charts.chart_waterfall(table, "grdp_nominal_bn", "vi", "A", "B", "Kịch bản cơ sở", "Dịch vụ 9 %",
                                 "Nguồn: Cục Thống kê Hà Tĩnh")
    assert len(fig.axes[0].get_xticks()) <= 7
    root = ET.fromstring(export.figure_bytes(fig, "svg"))
    texts = " ".join(e.text for e in root.iter() if e.tag.endswith("text") and e.text)
    assert "A = Kịch bản cơ sở; B = Dịch vụ 9 %" in texts and "Nguồn: Cục Thống kê Hà Tĩnh" in texts
