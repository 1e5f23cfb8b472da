"""The target registry (issue 14): one entry per modelled target, read by every consumer; no
list of target ids typed in code."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model
from model import registry
from model.targets import evaluate, judge

ROOT = Path(__file__).resolve().parents[1]


def _typed_lists(path: Path, ids: set[str]):
    """Literal tuples, lists, sets and dict keys naming two or more target ids."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        elts = node.elts if isinstance(node, (ast.Tuple, ast.List, ast.Set)) else \
            node.keys if isinstance(node, ast.Dict) else []
        named = [e.value for e in elts if isinstance(e, ast.Constant) and e.value in ids]
        if len(named) >= 2:
            yield f"{path.name}:{node.lineno}: {', '.join(named)}"


def test_no_target_id_list_is_typed_in_code():
    """Lists of targets come from `model.registry` (the targets table), never typed by hand."""
    ids = set(registry.ids())
    files = [*ROOT.joinpath("model").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py"), ROOT / "app.py"]
    found = [hit for f in files for hit in _typed_lists(f, ids)]
    assert found == []




def test_registry_lists_follow_the_table():
    assert registry.solvable() == ("grdp_growth_avg", "grdp_multiple", "share_agriculture",  # the tables' ranks
                                   "share_industry_construction", "share_services", "share_product_taxes",
                                   "grdp_per_capita", "share_manufacturing", "investment_share")
    # the seven economic targets and the investment cap (constraints.csv), not manufacturing
    assert registry.solver_defaults() == (*registry.solvable()[:7], "investment_share")
    assert "investment_share" not in registry.ids() and not registry.get("investment_share").programme
    assert registry.headline()[0] == "grdp_growth_avg" and len(registry.headline()) == 4
    assert model.solver.SOLVABLE == registry.solvable()
    t = model.load_targets()
    assert set(registry.ids()) == set(t.loc[t["measure"] != "", "id"])


def test_measures_on_one_path_and_on_draws_agree(history, baseline):
    """The same entry measures a Projection and the kernel's draws; evaluate judges with it."""
    p = model.simulate(history, baseline)
    ev = evaluate(p).set_index("id")
    base = model.growth.base_inputs(history, baseline, manufacturing=True)
    paths = model.kernel.run(base)
    for tid, tg in registry.targets().items():
        assert float(tg.value(paths)[0]) == pytest.approx(ev.at[tid, "value"], rel=1e-12)
    # hand check: growth is the compound average of real GRDP 2020 → 2030
    r = p.grdp_real
    assert ev.at["grdp_growth_avg", "value"] == pytest.approx(100 * ((r[2030] / r[2020]) ** 0.1 - 1), rel=1e-12)


@settings(max_examples=200, deadline=None)
@given(v=st.floats(-50, 400, allow_nan=False), tid=st.sampled_from(sorted(registry.targets())))
def test_judge_on_arrays_equals_judge_on_one_value(v, tid):
    tg = registry.get(tid)
    met, gap = tg.judge(np.array([v, v]))
    status, g1 = judge(v, tg.comparator, tg.low, tg.high, tg.tolerance)
    assert bool(met[0]) == (status == "met") and gap[1] == g1



def test_the_checker_sees_a_typed_list(tmp_path):
    f = tmp_path / "x.py"
    f.write_text('X = ("grdp_growth_avg", "grdp_multiple")\nY = {"share_services": 1, "grdp_per_capita": 2}\n'
                 'Z = ("grdp_growth_avg", "other")\n')
    hits = [h.split(": ", 1)[1] for h in _typed_lists(f, set(registry.ids()))]
    assert hits == ["grdp_growth_avg, grdp_multiple", "share_services, grdp_per_capita"]


def test_the_set_a_scenario_is_judged_by_is_one_rule(baseline):
    """`registry.judged_set`: the set asked for, else the file's own, else the programme; an
    unknown id is named (the app, the CLI, `evaluate`, the attribution and the deck ask it)."""
    from dataclasses import replace

    from model import registry

    congress = replace(baseline, targets_set="congress_20")
    assert registry.judged_set(baseline) == registry.DEFAULT_SET == "nq26_programme"
    assert registry.judged_set(congress) == "congress_20"
    assert registry.judged_set(congress, "plan_2026_2030") == "plan_2026_2030"
    with pytest.raises(KeyError, match="unknown target set 'nope'"):
        registry.judged_set(baseline, "nope")


def test_an_unknown_id_is_named_with_the_nearest():
    """`registry.get("grdp_growth")` was a bare KeyError('grdp_growth') in a notebook."""
    with pytest.raises(KeyError) as e:
        registry.get("grdp_growth")
    assert e.value.args[0] == ("'grdp_growth' is not a modelled target or a constraint (did you mean "
                               "'grdp_growth_avg'?); registry.all_ids() lists the modelled targets")
    with pytest.raises(KeyError, match="'urbanisation_rate' is not a modelled target"):   # tracked, not modelled
        registry.get("urbanisation_rate")
    assert registry.get("investment_share").id == "investment_share"   # a constraint is an entry


def test_a_cap_bounds_nothing_only_where_the_targets_leave_out_investment():
    """`cap_unused`: a cap with targets that leave out investment_share changes nothing (the
    command line and the Solve page say so); no cap, or the defaults of any set, never."""
    assert registry.cap_unused(["grdp_growth_avg", "grdp_per_capita"], 55.0)
    assert registry.cap_unused("grdp_growth_avg", 55.0)                 # one id alone is a list of one
    assert not registry.cap_unused(["grdp_growth_avg", "investment_share"], 55.0)
    assert not registry.cap_unused(["grdp_growth_avg"], None)
    for set_id in registry.set_ids():
        assert "investment_share" in registry.solver_defaults(set_id)
        assert not registry.cap_unused(None, 55.0, set_id) and not registry.cap_unused((), 55.0, set_id)
