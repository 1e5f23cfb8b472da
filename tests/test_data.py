import pytest

import model
from model.data import preferred_value


@pytest.fixture(scope="module")
def sel():
    return model.select_preferred()


def test_every_row_has_provenance():
    df = model.load_published()
    assert len(df) > 250
    assert (df["source_url"].str.startswith("http")).all()
    assert df["status"].isin(["official", "preliminary", "estimate"]).all()
    assert (df["publisher"] != "").all()


def test_later_official_beats_early_estimate(sel):
    assert preferred_value("grdp_real_growth", 2022, sel)["value"] == 2.54   # not 3.98
    assert preferred_value("grdp_current", 2022, sel)["value"] == 97881      # not 92,960
    assert preferred_value("grdp_real_growth", 2016, sel)["value"] == -15.31  # not −17.06
    assert preferred_value("grdp_per_capita", 2022, sel)["value"] == 75.2


def test_statistics_office_beats_government_at_equal_status(sel):
    # Both Dec-2023 estimates: Cục TK 99,686 against the UBND report's 102,500.
    assert preferred_value("grdp_current", 2023, sel)["value"] == 99686


def test_share_bases_are_never_mixed(sel):
    four = preferred_value("share_services", 2018, sel, share_basis="taxes_separate")
    folded = preferred_value("share_services", 2018, sel, share_basis="taxes_in_services")
    assert four["value"] == 34.26 and four["publisher"] == "statistics"
    assert folded["value"] == 42.41  # planning department, product taxes inside services
    # 2023 is published only on the folded basis: no four-sector share exists for it.
    assert preferred_value("share_services", 2023, sel, share_basis="taxes_separate") is None


def test_sub_year_figures_never_stand_for_a_year(sel):
    assert sel["year"].notna().all()
    assert not sel["period"].str.contains("H|Q|M|-").any()


def test_ties_are_reported_not_hidden():
    c = model.conflicts()
    assert set(c["year"]) == {2013}  # two theses disagree on the 2013 shares


def test_targets_ship_all_33():
    t = model.load_targets()
    assert len(t) == 33
    assert t["id"].is_unique
    assert t.set_index("id").loc["share_agriculture", "target_low"] == 7.9


def test_actual_years():
    assert model.actual_years() == (2020, 2025)


def test_shipped_texts_hold_no_markdown_code_marks():
    """The pages show every shipped text escaped (as text, never as markup), so a backtick in a
    definition showed as a backtick (the 2026–2030 plan's note read "`share_basis = …`" in
    English): the data's texts are plain words."""
    from pathlib import Path

    folder = Path(model.__file__).parent / "data"
    marked = [f"{f.name}:{i}" for f in sorted(folder.glob("*.csv"))
              for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1) if "`" in line]
    assert marked == []


def test_solver_target_unit_is_the_tables_unit():
    from model.data import load_solver_targets, solver_target_unit

    table = load_solver_targets()
    assert all(solver_target_unit(i) == u for i, u in zip(table["id"], table["unit"]))
    assert solver_target_unit("grdp_per_capita") == "million_vnd_per_person"
    assert solver_target_unit("grdp_growth_avg") == "percent_per_year"
    with pytest.raises(KeyError):
        solver_target_unit("no_such_target")
