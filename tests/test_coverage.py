"""The backtest of the fans (model.coverage): its bands are ordered and counted, and the
widening rule's scale makes both bands hold their share."""

from model import coverage as C


def test_coverage_table_counts_its_bands():
    c = C.coverage(draws=1_000)
    # the first origin with three years to estimate the shocks on: 2017, 2020 and 2021
    assert C.first_origin() == 2021
    assert set(c["horizon"]) == set(range(1, 5)) and c["origin"].min() == 2021 and len(c) == 10
    assert ((c["p5"] <= c["p25"]) & (c["p25"] <= c["p50"]) & (c["p75"] <= c["p95"])).all()
    s = C.coverage_summary(c)
    assert s.at["one_year_ahead", "count"] == 4 and 0 <= s.at["all_horizons", "in90"] <= 1
    w = C.widening(draws=1_000)
    wide = C.coverage_summary(C.coverage(draws=1_000, widen=w)).loc["all_horizons"]
    assert w >= 1.0 and wide["in50"] >= 0.5 and wide["in90"] >= 0.9


def test_the_coverage_backtest_names_an_argument_it_cannot_use():
    """draws=0 gave numpy's "operands could not be broadcast", widen=−1 turned every band over,
    and 1.5 draws ran one: the bounds are the uncertainty run's (`check_draws`, `MAX_SCALE`)."""
    import pytest

    for kw, said in ((dict(draws=0), "draws must be a whole number between 1 and 1,000,000, not 0"),
                     (dict(draws=1.5), "draws must be a whole number"),
                     (dict(seed=-1), "seed must be a whole number from 0 to 4,294,967,295"),
                     (dict(widen=-1), "widen = -1: a scale of the growth shocks from 0 to 5, 1 as estimated"),
                     (dict(widen="1"), "widen = '1': a scale of the growth shocks")):
        with pytest.raises(ValueError) as e:
            C.coverage(**kw)
        assert str(e.value).startswith(said), str(e.value)
