"""The session's settings in the link (ui/settings_link.py), pure: the uncertainty settings,
the Quarterly page's figures and the Scorecard's trends come back exactly, are no scenario
parameter, and a bad one is named with the rest applying."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

import model
from model.params import MAX_YEAR, MIN_YEAR
from model.uncertainty import SOURCES
from ui import codec, settings_link

from .conftest import SCENARIOS

HISTORY_YEARS = (2020, 2025)
_BASE = model.load_scenario(SCENARIOS / "baseline.toml")


# ---- the uncertainty settings in the link ------------------------------------------------------

_risk_settings = hst.fixed_dictionaries({
    "draws": hst.sampled_from(settings_link.RISK_DRAWS),
    "seed": hst.integers(0, settings_link.MAX_SEED),
    "sources": hst.fixed_dictionaries({k: hst.booleans() for k in SOURCES}),
    "scale": hst.fixed_dictionaries({k: hst.floats(0.0, settings_link.MAX_RISK_SCALE) for k in SOURCES}),
})


@settings(max_examples=300, deadline=None)
@given(_risk_settings)
def test_any_uncertainty_setting_the_page_accepts_survives_the_link(s):
    """Whatever the Uncertainty page accepts (draws from its list, a seed of 32 bits, each
    source on or off, a scale from 0 to 5) comes back from the link exactly, with no issue."""
    got, issues = settings_link.risk_from_link(settings_link.risk_to_link(s))
    assert issues == [] and got == s


def test_the_link_holds_only_the_uncertainty_settings_that_differ():
    assert settings_link.risk_to_link(settings_link.default_risk()) == {} and settings_link.risk_to_link(None) == {}
    s = settings_link.default_risk()
    s.update(draws=1000, seed=3)
    s["sources"]["icor"] = s["sources"]["projects"] = False
    s["scale"]["growth"] = 1.5
    assert settings_link.risk_to_link(s) == {"rk.n": "1000", "rk.seed": "3", "rk.off": "projects,icor", "rk.x.growth": "1.5"}
    # a scale with the decimal comma, as a planner types it
    got, issues = settings_link.risk_from_link({"rk.x.prices": "0,75"})
    assert issues == [] and got["scale"]["prices"] == 0.75
    # the other link parameters are not the uncertainty's, nor the reverse
    assert settings_link.risk_from_link({"g.services": "9", "lang": "en"}) == (settings_link.default_risk(), [])


@pytest.mark.parametrize("params,key", [
    ({"rk.n": "5000"}, "url_rk_draws"), ({"rk.n": "1e4"}, "url_rk_draws"), ({"rk.n": ""}, "url_rk_draws"),
    ({"rk.seed": "-1"}, "url_rk_seed"), ({"rk.seed": "4294967296"}, "url_rk_seed"),
    ({"rk.seed": "١٢"}, "url_rk_seed"),           # Arabic-Indic digits: int() reads them, the link does not
    ({"rk.seed": "3.5"}, "url_rk_seed"), ({"rk.off": "growth,weather"}, "url_rk_source"),
    ({"rk.x.growth": "5.01"}, "url_rk_scale"), ({"rk.x.growth": "-1"}, "url_rk_scale"),
    ({"rk.x.growth": "nan"}, "url_rk_scale"), ({"rk.x.growth": "inf"}, "url_rk_scale"),
    ({"rk.x.weather": "1"}, "url_unknown"), ({"rk.draws": "1000"}, "url_unknown"),
])
def test_a_bad_uncertainty_setting_in_the_link_is_named_and_the_rest_applies(params, key):
    from model.report.strings import t

    other = {"rk.seed": "7"} if "rk.n" in params else {"rk.n": "1000"}
    got, issues = settings_link.risk_from_link({**params, **other})
    assert [i.key for i in issues] == [key]
    # the other setting still applies; the bad one keeps its default
    if "rk.n" in params:
        assert (got["draws"], got["seed"]) == (10_000, 7)
    else:
        assert got["draws"] == 1000 and (got["seed"] == 0 or "rk.seed" not in params)
    if key == "url_rk_source":
        assert not got["sources"]["growth"] and got["sources"]["prices"]   # the known one is switched off
    # the message names the parameter, in either language
    for lang in ("vi", "en"):
        assert t(key, lang, **issues[0].fields).startswith(tuple(params))


# ---- the Quarterly page's figures in the link ---------------------------------------------------
_quarter_key = hst.tuples(hst.integers(MIN_YEAR, MAX_YEAR), hst.sampled_from(settings_link.QUARTER_WHO))
_quarter_facts = hst.dictionaries(
    hst.one_of(hst.builds(lambda yw, d: f"{yw[0]}.{yw[1]}.{d}", _quarter_key, hst.sampled_from(["1", "2", "3", "y"])),
               hst.builds(lambda yw: f"{yw[0]}.{yw[1]}.n", _quarter_key)),
    hst.floats(*settings_link.QUARTER_PCT), max_size=12,
).map(lambda d: {k: (int(abs(v)) % 3 + 1 if k.endswith(".n") else v) for k, v in d.items()})


@settings(max_examples=300, deadline=None)
@given(_quarter_facts)
def test_any_quarterly_figure_the_page_accepts_survives_the_link(facts):
    """Whatever the Quarterly page's boxes accept (a percent from −50 to 100, for any year,
    GRDP or a sector, quarters done 1–3) comes back from the link exactly, with no issue, and
    is no scenario parameter."""
    got, issues = settings_link.quarter_from_link(settings_link.quarter_to_link(facts))
    assert issues == [] and got == facts
    assert codec.from_link(settings_link.quarter_to_link(facts), _BASE, HISTORY_YEARS) == (_BASE, [])


def test_the_quarterly_figures_in_the_link_by_hand():
    facts = {"2026.grdp.3": 8.05, "2026.grdp.y": 9.0, "2026.grdp.n": 3, "2025.services.2": -1.5}
    assert settings_link.quarter_to_link(facts) == {"q.2025.services.2": "-1.5", "q.2026.grdp.3": "8.05",
                                            "q.2026.grdp.n": "3", "q.2026.grdp.y": "9"}
    assert settings_link.quarter_to_link(None) == settings_link.quarter_to_link({}) == {}
    # as a planner types it: the decimal comma
    assert settings_link.quarter_from_link({"q.2026.grdp.3": "8,05"}) == ({"2026.grdp.3": 8.05}, [])
    # the other link parameters are not the Quarterly page's
    assert settings_link.quarter_from_link({"qy": "2026", "rk.n": "1000", "g.services": "9"}) == ({}, [])


@pytest.mark.parametrize("params,key", [
    ({"q.2019.grdp.3": "8"}, "url_q_key"), ({"q.2051.grdp.3": "8"}, "url_q_key"),
    ({"q.2026.forestry.3": "8"}, "url_q_key"), ({"q.2026.grdp.4": "8"}, "url_q_key"),
    ({"q.2026.grdp": "8"}, "url_q_key"), ({"q.٢٠٢٦.grdp.3": "8"}, "url_q_key"),
    ({"q.2026.grdp.n": "4"}, "url_q_done"), ({"q.2026.grdp.n": "2.0"}, "url_q_done"),
    ({"q.2026.grdp.3": "100.5"}, "url_q_pct"), ({"q.2026.grdp.3": "-50.01"}, "url_q_pct"),
    ({"q.2026.grdp.y": "nan"}, "url_q_pct"), ({"q.2026.grdp.y": "inf"}, "url_q_pct"),
    ({"q.2026.grdp.y": "٨"}, "url_q_pct"), ({"q.2026.grdp.y": ""}, "url_q_pct"),
])
def test_a_bad_quarterly_figure_in_the_link_is_named_and_the_rest_applies(params, key):
    from model.report.strings import t

    got, issues = settings_link.quarter_from_link({**params, "q.2027.grdp.y": "9,5"})
    assert [i.key for i in issues] == [key] and got == {"2027.grdp.y": 9.5}
    for lang in ("vi", "en"):
        assert t(key, lang, **issues[0].fields).startswith(tuple(params))


# ---- the Scorecard's trends of tracked targets in the link -------------------------------------
_TRACKED = ("budget_revenue_growth", "urbanisation_rate", "poverty_reduction")


@settings(max_examples=300, deadline=None)
@given(hst.dictionaries(hst.sampled_from(_TRACKED), hst.floats(*settings_link.TREND_RANGE), max_size=3))
def test_any_trend_the_scorecard_accepts_survives_the_link(trends):
    """Whatever the Scorecard's trend boxes accept (a number from −100 to 100 a year, for a
    tracked target with a published figure) comes back from the link exactly, with no issue,
    and is no scenario parameter."""
    got, issues = settings_link.trends_from_link(settings_link.trends_to_link(trends), _TRACKED)
    assert issues == [] and got == trends
    assert codec.from_link(settings_link.trends_to_link(trends), _BASE, HISTORY_YEARS) == (_BASE, [])


def test_the_trends_in_the_link_by_hand():
    assert settings_link.trends_to_link({"urbanisation_rate": 1.0, "budget_revenue_growth": 14.5}) == {
        "tk.budget_revenue_growth": "14.5", "tk.urbanisation_rate": "1"}
    assert settings_link.trends_to_link(None) == {}
    assert settings_link.trends_from_link({"tk.urbanisation_rate": "0,5", "g.services": "9"}, _TRACKED) == (
        {"urbanisation_rate": 0.5}, [])


@pytest.mark.parametrize("params,key", [
    ({"tk.forest_cover": "1"}, "url_tk_key"),      # tracked, but no published figure: no box
    ({"tk.grdp_growth_avg": "1"}, "url_tk_key"),   # modelled: the projection gives it
    ({"tk.": "1"}, "url_tk_key"),
    ({"tk.urbanisation_rate": "100.5"}, "url_tk_value"), ({"tk.urbanisation_rate": "-101"}, "url_tk_value"),
    ({"tk.urbanisation_rate": "nan"}, "url_tk_value"), ({"tk.urbanisation_rate": "٥"}, "url_tk_value"),
    ({"tk.urbanisation_rate": ""}, "url_tk_value"),
])
def test_a_bad_trend_in_the_link_is_named_and_the_rest_applies(params, key):
    from model.report.strings import t

    got, issues = settings_link.trends_from_link({**params, "tk.poverty_reduction": "1,2"}, _TRACKED)
    assert [i.key for i in issues] == [key] and got == {"poverty_reduction": 1.2}
    for lang in ("vi", "en"):
        assert t(key, lang, **issues[0].fields).startswith(tuple(params))
