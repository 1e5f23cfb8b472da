"""Every target tracked (issue 16): each programme target the projection does not measure has
its latest published figure (year, source) and a 2030 value from a trend the user can change,
or says what was searched; no dash without a reason."""

from __future__ import annotations

import numpy as np
import pytest

import model
from model import tracking
from model.report import views


def test_every_target_is_projected_or_says_why(baseline_projection):
    sc = views.scorecard(baseline_projection, "en")
    assert len(sc) == 33
    for r in sc.itertuples():
        if r.status_code in ("met", "missed", "on_track", "off_track"):
            assert np.isfinite(r.value_num), r.id
        else:
            assert r.status_code == "no_figure" and "searched:" in r.note, r.id
    tracked = tracking.track()
    assert set(tracked.index) == set(model.load_targets()["id"]) - set(model.registry.all_ids())
    assert (tracked["status"] != "no_figure").sum() == 3


def test_the_tracked_values_by_hand():
    tr = tracking.track()
    # the fall in household poverty: 3.79 % → 3.04 % in 2023, 0.75 pp a year held: inside 0.6-1
    assert tr.at["poverty_reduction", "value_2030"] == pytest.approx(0.75)
    assert tr.at["poverty_reduction", "status"] == "on_track"
    # budget revenue: 12,832 (2020) → 17,900 (2024) billion VND, 8.7 % a year against 14-15 %
    assert (17900 / 12832) ** 0.25 - 1 == pytest.approx(0.087, abs=0.001)
    assert tr.at["budget_revenue_growth", "status"] == "off_track"
    # urbanisation 31 % (2023), no series: held unless the user sets a trend
    assert tr.at["urbanisation_rate", "value_2030"] == 31 and tr.at["urbanisation_rate", "trend_basis"] == "held"
    mine = tracking.track({"urbanisation_rate": 2.5})
    assert mine.at["urbanisation_rate", "value_2030"] == pytest.approx(31 + 2.5 * 7)
    assert mine.at["urbanisation_rate", "status"] == "on_track" and mine.at["urbanisation_rate", "trend_basis"] == "user"


def test_the_words_in_both_languages(baseline_projection):
    vi = views.scorecard(baseline_projection, "vi").set_index("id")
    assert vi.at["poverty_reduction", "status"] == "Đúng hướng"
    assert vi.at["forest_cover", "status"] == "Chưa có số liệu" and "đã tìm" in vi.at["forest_cover", "note"]
    en = views.scorecard(baseline_projection, "en").set_index("id")
    assert en.at["urbanisation_rate", "note"].startswith("latest 31.00 (2023, https://")


def test_a_note_on_what_was_found_is_in_the_readers_language(baseline_projection):
    """The Vietnamese Scorecard showed the data file's English notes ("only the national figure
    (about 29 % in 2025) was found"); each note has its Vietnamese, and each language shows its own."""
    import re

    table = tracking._table()
    assert (table["note"].str.len() > 0).all() and (table["note_vi"].str.len() > 0).all()
    vi = views.scorecard(baseline_projection, "vi").set_index("id")
    en = views.scorecard(baseline_projection, "en").set_index("id")
    assert vi.at["trained_labour_certified", "note"].endswith("2025); chỉ tìm thấy số liệu cả nước (khoảng 29 % năm 2025)")
    assert en.at["trained_labour_certified", "note"].endswith("2025); only the national figure (about 29 % in 2025) was found")
    english = re.compile(r"\b(found|the|only|no|figure|provincial|of|in)\b")
    for tid in vi.index[vi["status_code"] == "no_figure"]:
        said = vi.at[tid, "note"].split(")", 1)[-1]   # after what was searched (Vietnamese search words)
        assert not english.search(said), (tid, said)


@pytest.mark.parametrize("trends, said", [
    ({"urbanisation": 2.5}, "trends: 'urbanisation' is not a tracked target with a published figure; did you mean "
                            "'urbanisation_rate'? the targets: budget_revenue_growth, urbanisation_rate, poverty_reduction"),
    ({"grdp_growth_avg": 9.0}, "trends: 'grdp_growth_avg' is not a tracked target with a published figure"),
    ({"urbanisation_rate": "2,5"}, "trends['urbanisation_rate'] = '2,5': a trend is a number a year"),
    ({"poverty_reduction": float("inf")}, "trends['poverty_reduction'] = inf: a trend is a number a year"),
])
def test_a_trend_for_no_tracked_figure_is_refused(trends, said):
    """In a notebook `track({"urbanisation": 2.5})` gave the record's table back with no word that
    the trend went nowhere; a trend as text failed in float()."""
    assert tracking.trendable() == ("budget_revenue_growth", "urbanisation_rate", "poverty_reduction")
    with pytest.raises(ValueError) as e:
        tracking.track(trends)
    assert str(e.value).startswith(said)


def test_the_record_trend_of_an_id_it_does_not_track_is_refused():
    """`record_trend("urbanisation")` answered (nan, ''), as if the record held no figure for a
    target it tracks; a tracked target without a figure still answers so."""
    import numpy as np

    with pytest.raises(KeyError, match=r"'urbanisation' is not a tracked target; .* \(did you mean 'urbanisation_rate'\?\)"):
        tracking.record_trend("urbanisation")
    table = tracking.track()
    assert tracking.record_trend("urbanisation_rate") == (table.at["urbanisation_rate", "trend"],
                                                          table.at["urbanisation_rate", "trend_basis"])
    silent = [tid for tid in tracking._table().index if tid not in tracking.trendable()]
    assert silent and all(np.isnan(tracking.record_trend(tid)[0]) for tid in silent)
