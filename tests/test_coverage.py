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
