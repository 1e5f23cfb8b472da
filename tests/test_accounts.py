import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from model import accounts


def frame(rows, years=None):
    years = years or list(range(2020, 2020 + len(rows)))
    return pd.DataFrame(rows, index=pd.Index(years, name="year"), columns=["a", "b"])


def test_hundred_growing_ten_percent_twice_is_121():
    assert accounts.compound(100.0, [0.1, 0.1]) == pytest.approx([110.0, 121.0], abs=1e-12)


def test_compound_many_sectors_at_once():
    out = accounts.compound(np.array([100.0, 50.0]), np.array([[0.1, 0.0], [0.1, 0.2]]))
    assert out == pytest.approx(np.array([[110.0, 50.0], [121.0, 60.0]]))


def test_contributions_hand_case():
    # a: 60 → 66 (+6), b: 40 → 38 (−2); total 100 → 104: growth 4 %, contributions 6 and −2 pp.
    real = frame([[60.0, 40.0], [66.0, 38.0]])
    c = accounts.calc_contributions_pp(real)
    assert c.loc[2021].tolist() == pytest.approx([6.0, -2.0])
    assert accounts.calc_growth(accounts.calc_total(real)).loc[2021] == pytest.approx(0.04)


def test_shares_nominal_deflator_hand_case():
    real = frame([[60.0, 40.0]])
    defl = frame([[2.0, 0.5]])
    nom = accounts.calc_nominal(real, defl)
    assert nom.loc[2020].tolist() == [120.0, 20.0]
    assert accounts.calc_shares(nom).loc[2020].tolist() == pytest.approx([120 / 140, 20 / 140])
    assert accounts.calc_deflator(nom, real).loc[2020].tolist() == pytest.approx([2.0, 0.5])


def test_average_growth_is_compound():
    s = pd.Series([100.0, 110.0, 121.0], index=[2020, 2021, 2022])
    assert accounts.calc_average_growth(s, 2020, 2022) == pytest.approx(0.10)
    assert 1.09**10 == pytest.approx(2.367, abs=1e-3)  # the design's target arithmetic
    with pytest.raises(ValueError, match="end > start"):
        accounts.calc_average_growth(s, 2022, 2020)
    with pytest.raises(ValueError, match="no value for 2010; the series covers 2020–2022"):
        accounts.calc_average_growth(s, 2010, 2022)
    # years as text compared as text and then were "no value for 2020, 2022"
    for a, b in (("2020", 2022), (2020, 2022.0), (True, 2022)):
        with pytest.raises(TypeError, match="average growth: (start|end): a year is a whole number"):
            accounts.calc_average_growth(s, a, b)


def test_per_capita_units():
    # 81,818 billion VND over 1,298.6 thousand persons is 63.0 million VND a person.
    v = accounts.calc_per_capita(pd.Series([81818.2]), pd.Series([1298.638]))
    assert v.iloc[0] == pytest.approx(63.0, abs=0.01)


levels = arrays(np.float64, st.tuples(st.integers(2, 12), st.just(4)),
                elements=st.floats(1.0, 1e6, allow_nan=False))


@settings(max_examples=200, deadline=None)
@given(levels)
def test_identities_hold_for_any_levels(values):
    real = pd.DataFrame(values, index=range(2020, 2020 + len(values)))
    contrib = accounts.calc_contributions_pp(real).iloc[1:]
    growth = accounts.calc_growth(accounts.calc_total(real)).iloc[1:]
    np.testing.assert_allclose(contrib.sum(axis=1), 100 * growth, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(accounts.calc_shares(real).sum(axis=1), 1.0, rtol=1e-12)
