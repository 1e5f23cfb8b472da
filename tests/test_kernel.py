"""The array kernel (issue 14): equal to today's projection for any valid scenario, draws that
are independent runs, and the uncertainty it carries checked against closed forms."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.stats import norm

import model
from model import kernel, registry
from model import uncertainty as U
from model.growth import base_inputs
from model.projects import ProjectSetting, load_projects
from tests import reference_projection as ref
from tests.conftest import SCENARIOS
from tests.strategies import scenario_doc

SHIPPED = sorted(load_projects())


@st.composite
def scenario_with_projects(draw):
    doc = draw(scenario_doc())
    ids = draw(st.lists(st.sampled_from(SHIPPED), max_size=5, unique=True))
    sc = model.scenario_from_dict(doc)
    settings_ = {pid: ProjectSetting(on=draw(st.booleans()), delay=draw(st.integers(0, 10)),
                                     scale=draw(st.sampled_from([0.0, 0.5, 1.0, 2.5, 5.0]))) for pid in ids}
    return replace(sc, projects=settings_)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sc=scenario_with_projects())
def test_kernel_equals_the_projection_for_any_valid_scenario(history, sc):
    """Year-by-year paths, investment drivers, projects (on, delay, scale), horizons to 2050:
    the kernel and today's loop agree to 1e-12 (relative), every array."""
    want = ref.project_arrays(history, sc)
    got = model.growth.project_arrays(history, sc)
    assert got[4] == want[4]
    np.testing.assert_array_equal(got[0], want[0])
    for a, b in zip(got[1:4], want[1:4]):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-12 * np.abs(b).max())


@settings(max_examples=200, deadline=None)
@given(shape=st.tuples(st.integers(1, 30), st.integers(0, 26), st.integers(1, 5)),
       lead=st.booleans(), seed=st.integers(0, 2**32 - 1))
def test_compounding_in_place_is_cumprod_to_the_last_bit(shape, lead, seed):
    """The kernel compounds rates in place (`kernel._compound`, faster than np.cumprod and its
    temporaries): the same products in the same order, so the same numbers, bit for bit, for
    rates with and without a draws axis."""
    rate = np.random.default_rng(seed).normal(0.07, 0.2, shape if lead else shape[1:])
    got = kernel._compound(np.empty(rate.shape), rate)
    np.testing.assert_array_equal(got, np.cumprod(1.0 + rate, axis=-2))


@settings(max_examples=300, deadline=None)
@given(lead=st.lists(st.integers(1, 40), max_size=3), n=st.integers(1, 9), strided=st.booleans(),
       seed=st.integers(0, 2**32 - 1))
def test_the_total_over_sectors_is_numpys_sum_to_the_last_bit(lead, n, strided, seed):
    """`kernel.calc_total` adds a short sector axis column by column (faster than np.sum on
    10,000 draws): the same numbers as np.sum, bit for bit, whatever the leading axes, the
    number of columns, their magnitudes and a strided view (a year picked out of (D, Y, S))."""
    rng = np.random.default_rng(seed)
    shape = (*lead, 3, n) if strided else (*lead, n)
    x = rng.random(shape) * 10.0 ** rng.uniform(-8, 8, shape) * rng.choice([-1.0, 1.0], shape)
    if strided:
        x = x[..., 1, :]
    np.testing.assert_array_equal(kernel.calc_total(x), x.sum(axis=-1))
    np.testing.assert_array_equal(kernel.calc_shares(x), x / x.sum(axis=-1, keepdims=True))


def test_actual_years_are_the_history_in_every_draw(history, baseline):
    base = base_inputs(history, baseline, manufacturing=True)
    paths = kernel.run(base, U.draw_shocks(base, U.estimate(), 50, seed=3))
    n = base.n_act
    assert (paths.real[:, :n] == history.real.to_numpy()[:n]).all()
    assert (paths.deflator[:, :n] == history.deflator.to_numpy()[:n]).all()
    assert (paths.population[:, :n] == history.population.to_numpy()[:n]).all()


def test_each_draw_is_the_run_of_its_own_shocks(history, baseline):
    """A batch of draws equals the same draws run one at a time: nothing leaks between draws."""
    sc = baseline.with_rate("sectors.services.investment", model.RatePath.const(0.2))
    base = base_inputs(history, sc, manufacturing=True)
    sh = U.draw_shocks(base, U.estimate(), 7, seed=11)
    batch = kernel.run(base, sh)
    for d in (0, 3, 6):
        one = kernel.Shocks(**{k: (None if v is None else v[d:d + 1]) for k, v in vars(sh).items()})
        single = kernel.run(base, one)
        np.testing.assert_allclose(single.real[0], batch.real[d], rtol=1e-13)
        np.testing.assert_allclose(single.manufacturing[0], batch.manufacturing[d], rtol=1e-13)


def test_draw_zero_without_shocks_is_simulate(history, baseline):
    p = model.simulate(history, baseline)
    paths = kernel.run(base_inputs(history, baseline, manufacturing=True))
    np.testing.assert_allclose(paths.manufacturing[0], p.manufacturing_real.to_numpy(), rtol=1e-12)


# ---- closed forms ---------------------------------------------------------------------------------

def _one_sector_base(F: int = 1) -> kernel.Base:
    """Only agriculture has value added (the others are zero): GRDP is that one sector."""
    S = len(model.SECTOR_IDS)
    real = np.zeros((1, S))
    real[0, 0] = 100.0
    years = np.arange(2029, 2030 + F)
    return kernel.Base(
        years=years, n_act=1, real_act=real, defl_act=np.ones((1, S)), previous_real=real[0],
        growth=np.full((F, S), 0.05), inflation=np.zeros((F, S)), pop_act=np.ones(1), pop_growth=np.zeros(F),
        projects=model.projects.as_arrays({}), driven=None, icor=7.0)


def _shock_model(sd: float, n: int) -> U.ShockModel:
    S = len(model.SECTOR_IDS)
    return U.ShockModel(sd=np.array([sd, 0, 0, 0]), corr_sample=np.eye(S), corr=np.eye(S), shrinkage=0.0,
                        rho_raw=0.0, rho=0.0, years=(2017, 2025), n=n)


def test_one_sector_with_normal_shocks_has_the_closed_form_probability():
    """Growth 5 % + μ + e, μ ~ N(0, σ²/n), e ~ N(0, σ²): P(growth > 6 %) = 1 − Φ(0.01 / (σ√(1 + 1/n)))."""
    sd, n, draws = 0.02, 9, 200_000
    est = U.Estimate(growth=_shock_model(sd, n), prices=_shock_model(0.0, n))
    base = _one_sector_base()
    g = np.concatenate([kernel.run(base, U.draw_shocks(base, est, U.CHUNK, seed=5, chunk=c, sources=("growth",)))
                        .real[:, 1, 0] / 100 - 1 for c in range(draws // U.CHUNK)])
    p = float((g > 0.06).mean())
    want = 1 - norm.cdf(0.01 / (sd * np.sqrt(1 + 1 / n)))
    assert p == pytest.approx(want, abs=4 * np.sqrt(want * (1 - want) / draws))
    assert want == pytest.approx(0.3176, abs=1e-4)   # z = 0.01 / (0.02 · √(10/9)) = 0.474


def test_two_independent_projects_give_the_four_outcomes():
    """Projects with probabilities p and q: both, only the first, only the second, neither
    with pq, p(1−q), (1−p)q, (1−p)(1−q)."""
    p, q, draws = 0.3, 0.8, 100_000
    a = replace(load_projects()["lng_vung_ang_3"], id="a", first_year=2032, probability=p, va_low=10.0, va=10.0, va_high=10.0)
    b = replace(load_projects()["railway_vientiane"], id="b", first_year=2033, probability=q, va_low=1.0, va=1.0, va_high=1.0)
    sc_projects = {"a": ProjectSetting(definition=a), "b": ProjectSetting(definition=b)}
    base = replace(_one_sector_base(F=12), projects=model.projects.as_arrays(sc_projects))
    est = replace(U.estimate(), slip=(1.0,))   # no slip: on or off only
    on = np.concatenate([U.draw_shocks(base, est, U.CHUNK, seed=1, chunk=c, sources=("projects",)).on
                         for c in range(draws // U.CHUNK)])
    freq = {(x, y): float(((on[:, 0] == x) & (on[:, 1] == y)).mean()) for x in (True, False) for y in (True, False)}
    want = {(True, True): p * q, (True, False): p * (1 - q), (False, True): (1 - p) * q,
            (False, False): (1 - p) * (1 - q)}
    for k, w in want.items():
        assert freq[k] == pytest.approx(w, abs=4 * np.sqrt(w * (1 - w) / draws))
    # and the projection carries them: 2040 GRDP takes exactly the four values
    paths = kernel.run(base, U.draw_shocks(base, est, 2_000, seed=1, sources=("projects",)))
    assert len(np.unique(np.round(paths.real[:, -1].sum(axis=1), 9))) == 4


# ---- seeds and sources ----------------------------------------------------------------------------

def test_same_seed_same_numbers_and_a_prefix_is_a_smaller_run(history, baseline):
    a = U.run(history, baseline, draws=3_000, seed=42)
    b = U.run(history, baseline, draws=3_000, seed=42)
    pd_equal = a.probabilities.equals(b.probabilities) and a.fan.equals(b.fan)
    assert pd_equal
    base = base_inputs(history, baseline, manufacturing=True)
    big = U.draw_shocks(base, U.estimate(), 500, seed=42)
    small = U.draw_shocks(base, U.estimate(), 200, seed=42)
    np.testing.assert_array_equal(big.growth[:200], small.growth)
    np.testing.assert_array_equal(big.scale[:200], small.scale)
    # switching prices off leaves the growth draws as they were
    no_prices = U.draw_shocks(base, U.estimate(), 200, seed=42, sources=("growth", "projects"))
    np.testing.assert_array_equal(no_prices.growth, small.growth)
    assert U.run(history, baseline, draws=3_000, seed=43).probabilities.ne(a.probabilities).any()


def test_kept_shocks_are_the_shocks_drawn_afresh_and_cannot_be_changed(history, baseline):
    """Issue 13 (a control changed on a page with probabilities): a run keeps its AR shocks for
    the next run with the same seed and size. A run on kept shocks gives exactly what a run
    drawing them afresh gives, for another scenario too; the kept arrays are read-only; a large
    run's chunks are not kept (its memory stays bounded)."""
    other = baseline.with_sector("services", growth=model.RatePath.const(0.12))
    U._AR_CACHE.clear()
    fresh = [U.run(history, sc, draws=2_000, seed=5) for sc in (baseline, other)]
    assert U._AR_CACHE   # kept
    for sc, f in zip((baseline, other), fresh):
        kept = U.run(history, sc, draws=2_000, seed=5)
        assert kept.probabilities.equals(f.probabilities) and kept.fan.equals(f.fan)
    base = base_inputs(history, baseline, manufacturing=True)
    sh = U.draw_shocks(base, U.estimate(), 2_000, seed=5)
    with pytest.raises(ValueError):
        sh.growth[0, 0, 0] = 1.0
    # a run larger than the limit (set to nothing here) is drawn, not kept
    U._AR_CACHE_MAX_BYTES, limit = 0, U._AR_CACHE_MAX_BYTES
    try:
        U._AR_CACHE.clear()
        U.draw_shocks(base, U.estimate(), 200, seed=5)
        assert not U._AR_CACHE
    finally:
        U._AR_CACHE_MAX_BYTES = limit


def test_more_chunks_than_one_continue_the_same_streams(history, baseline):
    """Draws past CHUNK come from the next chunk's streams: 30,000 draws = chunk 0 + half of chunk 1."""
    r = U.run(history, baseline, draws=U.CHUNK + 10_000, seed=7, fans=False)
    assert r.draws == U.CHUNK + 10_000 and 0 <= r.probabilities.min() <= r.probabilities.max() <= 1


def test_without_sources_every_fan_is_the_projection(history, baseline):
    p = model.simulate(history, baseline)
    r = U.run(history, baseline, draws=200, seed=0, sources=())
    band = r.band("grdp_real_bn")
    for q in band.columns:
        np.testing.assert_allclose(band[q].to_numpy(), p.grdp_real.to_numpy(), rtol=1e-12)
    ev = model.evaluate(p).set_index("id")
    for tid in registry.ids():
        assert r.probabilities[tid] == (1.0 if ev.at[tid, "status"] == "met" else 0.0)


def test_all_targets_together_are_no_likelier_than_any_one(history, baseline):
    r = U.run(history, baseline, draws=5_000, seed=0, fans=False)
    assert r.probabilities[U.ALL_ID] <= r.probabilities.drop(U.ALL_ID).min()


def test_the_record_gives_the_published_spread():
    """2017–2025 net of the projects (issue 14's independent estimate): 2.4 / 6.5 / 4.0 / 5.7 pp,
    services–taxes correlation +0.72 before shrinkage."""
    g = U.estimate().growth
    np.testing.assert_allclose(100 * g.sd, [2.38, 6.71, 3.97, 5.70], atol=0.01)
    assert g.corr_sample[2, 3] == pytest.approx(0.72, abs=0.01)
    assert 0 < g.shrinkage < 1 and g.years == (2017, 2025) and g.n == 9
    assert np.all(np.linalg.eigvalsh(g.corr) > 0)


def test_shrinkage_by_hand():
    """Two series: λ = Var(r) / r² with Var(r) = n/(n−1)³ Σ (w − w̄)², w = z₁z₂."""
    x = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0], [5.0, 6.0]])
    r, shrunk, lam = U.shrink_correlation(x)
    z = (x - x.mean(axis=0)) / x.std(axis=0, ddof=1)
    w = z[:, 0] * z[:, 1]
    n = 5
    want = n / (n - 1) ** 3 * ((w - w.mean()) ** 2).sum() / r[0, 1] ** 2
    assert lam == pytest.approx(min(want, 1.0))
    assert shrunk[0, 1] == pytest.approx((1 - lam) * r[0, 1])


def test_baseline_growth_band_and_probability(history, baseline):
    """The baseline's 90 % band of 2021–2030 growth and the chance of "above 9 %" (issue 14's
    independent estimate: about 5.8–8.4 % and 1–2 %)."""
    r = U.run(history, baseline, draws=20_000, seed=0)
    lo, hi = np.percentile(r.average_growth, [5, 95])
    assert 5.5 < lo < 6.1 and 8.2 < hi < 8.8
    assert 0.005 < r.probabilities["grdp_growth_avg"] < 0.03


def test_the_draws_say_how_often_a_level_is_above_its_band(history, baseline):
    """A level target (per capita, the multiple) is missed above its band or below it; the draws
    count the first apart (the Risk page's sentence: a low chance of "≈ 168" can be mostly draws
    above it). Without sources every draw is the projection: above is all or nothing, as
    `evaluate`'s reason says; with them met + above ≤ 1, and the shares no such count."""
    from model.report import risk as rv

    from .test_growth import make

    hot = make(0.20)
    exact = U.run(history, hot, draws=50, sources=(), fans=False)
    ev = model.evaluate(model.simulate(history, hot)).set_index("id")
    assert set(exact.above.index) == {"grdp_multiple", "grdp_per_capita"}
    for tid in exact.above.index:
        assert exact.above[tid] == (1.0 if ev.at[tid, "reason"] == "above" else 0.0) == 1.0
        assert exact.probabilities[tid] == 0.0
    r = U.run(history, baseline, draws=10_000, seed=0, fans=False)
    for tid in ("grdp_multiple", "grdp_per_capita"):
        assert 0 < r.above[tid] and r.probabilities[tid] + r.above[tid] <= 1
    line = rv.above_sentence(r, "en")
    assert line.startswith("Above the target's band — more than the plan's figure, not short of it: ")
    assert f"GRDP per capita at current prices in {100 * r.above['grdp_per_capita']:.1f} % of draws (met in " in line
    assert line in rv.sentences(r, "en")
    cold = U.run(history, make(0.0), draws=50, sources=(), fans=False)
    assert (cold.above == 0).all() and rv.above_sentence(cold, "vi") is None


def test_tornado_ranks_industry_growth_first(history, baseline):
    t = U.tornado(history, baseline)
    assert t.iloc[0]["assumption"] == "growth.industry_construction"
    assert (t["grdp_growth_avg_range"].diff().dropna() <= 1e-12).all()
    # prices move nothing real, but they move the multiple
    pr = t[t["kind"] == "prices"]
    assert (pr["grdp_growth_avg_range"] < 1e-9).all() and (pr["grdp_multiple_range"] > 0).all()


@pytest.mark.parametrize("bad", [0, -1, U.MAX_DRAWS + 1])
def test_draw_counts_are_bounded(history, baseline, bad):
    with pytest.raises(ValueError, match="draws"):
        U.run(history, baseline, draws=bad)


def test_unknown_source_is_named(history, baseline):
    with pytest.raises(ValueError, match="unknown source 'weather'"):
        U.run(history, baseline, draws=10, sources=("growth", "weather"))


def test_the_draws_count_a_growth_forecast_exceeded_apart(history):
    """A growth written "≈" (the Ministry of Finance's 10.0 % a year over 2026–2030) is missed
    above its band as the levels are (registry.can_be_above): without sources every draw is the
    projection and above is all, as `evaluate` says; with them met + above ≤ 1."""
    from model.report import risk as rv

    from .test_growth import make

    fast = replace(make(0.12), targets_set="mof_draft_2026_2030")
    exact = U.run(history, fast, draws=50, sources=(), fans=False)
    assert list(exact.above.index) == ["grdp_growth_2026_2030_mof"] and exact.above.iloc[0] == 1.0
    assert exact.probabilities["grdp_growth_2026_2030_mof"] == 0.0
    r = U.run(history, replace(make(0.10), targets_set="mof_draft_2026_2030"), draws=4_000, seed=1, fans=False)
    p, a = r.probabilities["grdp_growth_2026_2030_mof"], r.above["grdp_growth_2026_2030_mof"]
    assert 0 < p < 1 and 0 < a < 1 and p + a <= 1
    assert "Average real GRDP growth 2026-2030 (Ministry of Finance draft) in " in rv.above_sentence(r, "en")


def test_a_set_of_one_target_has_no_all_together_row_or_sentence(history):
    """The Ministry of Finance's draft is one target: "The probability that all 1 targets hold
    together is 13.9 %: lower than each one's (13.9 % to 13.9 %)" and a table row "All 1 economic
    targets together" said nothing. The file keeps its all_economic row (its columns are fixed)."""
    from model.report import risk as rv

    from .test_growth import make

    r = U.run(history, replace(make(0.10), targets_set="mof_draft_2026_2030"), draws=500, seed=0, fans=False)
    assert list(r.probabilities.index) == ["grdp_growth_2026_2030_mof", U.ALL_ID]
    assert rv.all_sentence(r, "en") is None and rv.all_sentence(r, "vi") is None
    assert list(rv.probabilities(r, "en")["id"]) == ["grdp_growth_2026_2030_mof"]
    assert not any("together" in x for x in rv.sentences(r, "en"))
    assert list(rv.probability_file(r)["id"]) == ["grdp_growth_2026_2030_mof", U.ALL_ID]
    two = U.run(history, replace(make(0.10), targets_set="congress_20"), draws=500, seed=0, fans=False)
    assert rv.probabilities(two, "en")["id"].iloc[-1] == U.ALL_ID
    assert rv.all_sentence(two, "en").startswith("The probability that all ")


def test_the_tornado_names_a_project_the_file_defines(history):
    """A project of the file's own was labelled by its id ("Dự án kkt_vung_ang_mo_rong") where
    the planner had named it: the table keeps the file's names, and the words use them (the
    English name where there is one, else the Vietnamese)."""
    from model.report import risk as rv

    text = (SCENARIOS / "baseline.toml").read_text(encoding="utf-8") + (
        '\n[projects.kkt]\nname_vi = "Khu kinh tế mở rộng"\nname_en = "Economic zone extension"\n'
        'sector = "industry_construction"\nfirst_year = 2027\nva = 2500\n'
        '\n[projects.cang]\nname_vi = "Cảng cá Cửa Sót"\nsector = "services"\nfirst_year = 2027\nva = 900\n')
    tt = U.tornado(history, model.parse_scenario(text))
    assert tt.attrs["names"] == {"kkt": ("Khu kinh tế mở rộng", "Economic zone extension"),
                                 "cang": ("Cảng cá Cửa Sót", "")}
    vi = set(rv.tornado_view(tt, "grdp_growth_avg", "vi", top=99)["label"])
    en = set(rv.tornado_view(tt, "grdp_growth_avg", "en", top=99)["label"])
    assert {"Dự án Khu kinh tế mở rộng", "Dự án Cảng cá Cửa Sót"} <= vi
    assert {"Project Economic zone extension", "Project Cảng cá Cửa Sót"} <= en
    assert not any("kkt" in x or "cang" in x for x in vi | en)
