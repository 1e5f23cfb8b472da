"""The array kernel (issue 14): equal to today's projection for any valid scenario, draws that
are independent runs, and the uncertainty it carries checked against closed forms (the draws' own
tests: tests/test_uncertainty.py)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.stats import norm

import model
from model import kernel
from model import uncertainty as U
from model.growth import base_inputs
from model.projects import ProjectSetting, load_projects
from tests import reference_projection as ref
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
