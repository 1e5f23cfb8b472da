"""Long hostile runs: random valid files, links, solves and sessions far beyond the suite's example counts.

    make fuzz                                   (every harness: 300 solves and CLI runs, 30 files
                                                and links, 10 walks of forty actions)
    .venv/bin/python -m tests.fuzz solve 1500   (one harness, N examples)

The suite's properties (tests/test_hostile.py and others) run 25–300 examples so that `make test`
stays within CI's time; these run the same properties, and every command and page, on as many
random inputs as one asks, and print each failure with the input that gave it. Each harness
draws files that validation accepts (`tests.strategies.scenario_doc`), with shipped projects
switched, delayed and scaled, and a target set:

- ``solve``: a random solve of a random file (targets, free sectors, path form, and the Solve
  page's other settings: prices, "≈" as a band or exact, smoothness, taxes, priorities, bounds); what
  it reports is what re-running its file gives, its file validates, it says "solved" exactly
  when every target is met, and value added stays positive (issue 13 items 12, 13 and 15);
- ``cli``: the file through a random command (`run`, `projects`, `invest`, `quarterly`, `risk`,
  `supply`, `frontier`, `attribute`, `solve`, `brief`) in-process with ``--debug``: any
  exception, or an exit code other than 0, 2 or 3, is an internal error;
- ``files``: the file uploaded in AppTest, then every page, in a random language; the scenario
  open is the file as written, and its link opens it in a new session;
- ``links``: a random link (rates, years, projects, sets, solve requests, typed badly or well)
  opened in AppTest, then every page;
- ``threads``: random files projected, drawn and solved eight at a time in threads, against
  each alone: the same figures to the last bit (the app's sessions are threads of one process);
- ``walk``: `tests/test_app_walk.py`'s random session at length (the suite walks two of thirty
  actions): page switches, any box typed well or badly, any button (apply, undo, save, delete),
  tick, choice or year; after each, no exception and no Python error's name in a message, the
  link opened afresh gives the same scenario and views, and undo gives back the state before.

Found this way (2026-12-03), each now a test: `brief` stopped on a file to 2021 from 2020
(`test_deck::test_a_deck_with_no_project_to_list_says_so`); solve refused its own file after
2030 (`test_hostile::test_after_2030_…`); ``lay=2020`` stopped three pages
(`test_app::test_a_link_from_the_first_priced_year_…`). On 2026-12-04 the walk (seed 6): the
last actual year slid away and back was "changed", and its link opened another scenario
(`test_app::test_a_last_actual_year_moved_away_and_back_…`)."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import sys
import tempfile
import traceback
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import model
from model.scenario import ScenarioError, parse_scenario

from .strategies import scenario_doc

ROOT = Path(__file__).resolve().parents[1]
PROJECTS = list(model.projects.shipped_ids())
SETS = [None, *model.registry.set_ids()]
PAGES = ["scorecard", "growth", "structure", "contributions", "quarterly", "projects", "solve", "risk",
         "compare", "workspace", "export", "glossary"]
FAILS: list[str] = []


def _settings(n: int):
    return settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate],
                    database=None)


@st.composite
def valid_file(draw) -> str | None:
    """A file validation accepts (None for the few the strategy's combinations make invalid)."""
    doc = draw(scenario_doc())
    proj = draw(st.dictionaries(st.sampled_from(PROJECTS), st.fixed_dictionaries(
        {"on": st.booleans(), "delay": st.integers(0, model.params.MAX_DELAY),
         "scale": st.sampled_from([0.1, 0.5, 1.0, 2.0, model.params.MAX_PROJECT_SCALE])}), max_size=5))
    if proj:
        doc["projects"] = proj
    sid = draw(st.sampled_from(SETS))
    if sid:
        doc["targets"] = {"set": sid}
    text = tomli_w.dumps(doc)
    try:
        parse_scenario(text)
    except ScenarioError:
        return None
    return text


def _fail(kind: str, what, exc: BaseException | None = None) -> None:
    tb = traceback.format_exc()[-1500:] if exc is not None else ""
    FAILS.append(kind)
    print(f"FAIL {kind}\n{what}\n{tb}", flush=True)


def fuzz_solve(n: int) -> None:
    from .test_hostile import _reproduced

    history = model.assemble_history()

    @_settings(n)
    @given(text=valid_file(), targets=st.lists(st.sampled_from(list(model.solver.SOLVABLE)), min_size=1, max_size=4,
                                               unique=True),
           free=st.lists(st.sampled_from(list(model.SECTOR_IDS)), min_size=1, max_size=3, unique=True),
           method=st.sampled_from(list(model.solver.METHODS)),
           # the Solve page's other settings: prices that may move, "≈" as a band or exact, the
           # smoothness, taxes following their base or held, and each target's priority
           prices=st.lists(st.sampled_from(list(model.SECTOR_IDS)), max_size=2, unique=True),
           approx=st.sampled_from(["band", "equal"]), smoothness=st.sampled_from([0.0, 0.1, 1.0, 10.0, 1e3]),
           taxes=st.sampled_from(["follow", "held"]), weights=st.lists(st.sampled_from([0.01, 0.5, 1.0, 3.0, 100.0]),
                                                                      min_size=4, max_size=4),
           # a planner's own bounds on a sector: either side, or both, anywhere a file allows
           bounds=st.dictionaries(st.sampled_from(list(model.SECTOR_IDS)), st.tuples(
               st.one_of(st.none(), st.sampled_from([-0.5, -0.1, 0.0, 0.02, 0.05, 0.1])),
               st.one_of(st.none(), st.sampled_from([0.0, 0.03, 0.08, 0.15, 0.3, 1.0]))), max_size=2))
    def run(text, targets, free, method, prices, approx, smoothness, taxes, weights, bounds):
        if text is None:
            return
        try:
            sc = parse_scenario(text)
            p = model.simulate(history, sc)
            assert (p.real[list(model.SECTOR_IDS)].to_numpy() > 0).all(), "value added not positive"
            if sc.horizon < 2030 or (sc.last_actual_year or 2025) >= 2030:
                return
            try:
                res = model.solve(history, sc, targets, free=free, method=method, diagnose=False, prices=prices,
                                  approx=approx, smoothness=smoothness, taxes=taxes,
                                  priorities=dict(zip(targets, weights)), bounds=bounds)
            except model.SolverError as e:   # refused in words (a lower bound above an upper one)
                assert e.text("vi") and e.text("en")
                return
            parse_scenario(res.scenario.to_toml())
            _reproduced(history, res)
            assert res.success == bool(res.targets["met"].all())
        except Exception as e:  # noqa: BLE001  (every failure is printed with its input)
            _fail("solve", f"{targets} {free} {method} prices={prices} approx={approx} smoothness={smoothness} "
                           f"taxes={taxes} weights={weights} bounds={bounds}\n{text}", e)

    run()


def _solve_flags(r) -> list[str]:
    """Flags a planner may give `solve`, drawn with ``r``: targets, free sectors, path form,
    "≈", taxes, prices, a project's timing, the investment cap and a priority, each half the time."""
    ids, sectors = list(model.solver.SOLVABLE), list(model.SECTOR_IDS)
    pick = [
        ["--targets", ",".join(r.sample(ids, r.randint(1, 4)))],
        ["--free", ",".join(r.sample(sectors, r.randint(1, 3)))],
        ["--method", r.choice(list(model.solver.METHODS))],
        ["--approx", r.choice(["band", "equal"])],
        ["--taxes", r.choice(["follow", "held"])],
        ["--prices", ",".join(r.sample(sectors, r.randint(1, 2)))],
        ["--timing", r.choice(PROJECTS)],
        ["--investment-cap", r.choice(["10", "40,5", "55.5", "100"])],
        ["--priority", f"{r.choice(ids)}={r.choice(['0.01', '2', '100'])}"],
    ]
    return [a for flags in pick if r.random() < 0.5 for a in flags]


def fuzz_cli(n: int) -> None:
    from model.cli import main

    folder = Path(tempfile.mkdtemp(prefix="fuzz-cli-"))
    count = [0]

    def cli(argv):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = main(["--debug", *argv])
            except SystemExit as e:
                rc = e.code
        return rc, err.getvalue()

    @_settings(n)
    @given(text=valid_file(), lang=st.sampled_from(["vi", "en"]), r=st.randoms(use_true_random=False),
           cmd=st.sampled_from(["run", "projects", "projects1", "invest", "invest_share", "quarterly", "quarterly_done",
                                "risk", "supply", "frontier", "attribute", "solve", "brief"]))
    def run(text, lang, r, cmd):
        if text is None:
            return
        count[0] += 1
        f = folder / f"s{count[0]}.toml"
        f.write_text(text, encoding="utf-8")
        out = str(folder / f"o{count[0]}")
        sc = parse_scenario(text)
        argv = {"run": ["run", str(f), "--out", out] + (["--charts", "png"] if r.random() < 0.1 else []),
                "projects": ["projects", str(f)],
                "projects1": ["projects", str(f), "--project", r.choice(PROJECTS), "--delay", str(r.randint(0, 10))],
                "invest": ["invest", str(f)],
                "invest_share": ["invest", str(f), "--share", str(r.choice([0.0, 0.05, 0.4, 0.95, 1.0])),
                                 "--icor", str(r.choice([1, 3, 7, 15]))],
                "quarterly": ["quarterly", str(f), "--year", str(r.randint(2016, sc.horizon))],
                "quarterly_done": ["quarterly", str(f), "--year", str(r.randint(2016, sc.horizon)),
                                   "--done", f"{r.randint(1, 3)}={r.uniform(-60, 60):.2f}",
                                   "--target", f"{r.uniform(-40, 40):.1f}"] + (["--out", out] if r.random() < 0.5 else []),
                "risk": ["risk", str(f), "--draws", "200", "--seed", str(r.randint(0, 99))],
                "supply": ["supply", str(f)],
                "frontier": ["frontier", str(f)],
                "attribute": ["attribute", str(ROOT / "scenarios" / "baseline.toml"), str(f), "--out", out],
                "solve": ["solve", str(f), "--out", out] + _solve_flags(r),
                "brief": ["brief", str(f), "-o", out + ".pptx", "--draws", "200"]}[cmd] + ["--lang", lang]
        try:
            rc, err = cli(argv)
            assert rc in (0, 2, 3), f"exit {rc}: {err[-300:]}"
        except Exception as e:  # noqa: BLE001
            _fail("cli", f"{argv}\n{text}", e)

    run()


def _app_pages(at, what: str) -> None:
    for page in PAGES:
        try:
            if page != "scorecard":
                at.switch_page(f"ui/pages/{page}.py")
            at.run()
            assert not at.exception, at.exception[0].message[:800]
        except Exception as e:  # noqa: BLE001
            _fail(f"app {page}", what, e)


def fuzz_files(n: int) -> None:
    from streamlit.testing.v1 import AppTest

    os.environ["HATINH_WORKSPACE"] = tempfile.mkdtemp(prefix="fuzz-ws-")

    @_settings(n)
    @given(text=valid_file(), lang=st.sampled_from(["vi", "en"]))
    def run(text, lang):
        if text is None:
            return
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.query_params["lang"] = lang
        at.run()
        at.get("file_uploader")[0].set_value(("fuzz.toml", text.encode("utf-8"), "application/toml"))
        _app_pages(at, text)
        try:   # what was uploaded is what opens: unchanged, and by its link in a new session
            from .test_app import fresh

            # (a name already in the workspace is saved as name-2: never overwritten, and said)
            opened, written = at.session_state["working"], parse_scenario(text)
            assert dataclasses.replace(opened, name=written.name) == written, "the upload was not opened as written"
            link = {k: v[0] if isinstance(v, list) else v for k, v in at.query_params.items()}
            assert fresh(**link).session_state["working"] == at.session_state["working"], f"link {link}"
        except Exception as e:  # noqa: BLE001
            _fail("app upload", text, e)

    run()


def fuzz_links(n: int) -> None:
    from streamlit.testing.v1 import AppTest

    os.environ["HATINH_WORKSPACE"] = tempfile.mkdtemp(prefix="fuzz-ws-")
    num = st.one_of(st.floats(-60, 120, allow_nan=False).map(lambda x: f"{x:.2f}"),
                    st.sampled_from(["", "f0.5", "1,5", "abc", "7", "1e400", "٣"]))
    year = st.integers(2015, 2055).map(str)
    rate = st.one_of(num, st.lists(st.tuples(year, num), min_size=1, max_size=4).map(
        lambda ps: ",".join(f"{y}:{v}" for y, v in ps)))
    proj = st.sampled_from(["0", "1", "1:3", "1:2:0.8", "1:10:5", "1:11", "0:0:0", "x"])
    params = st.fixed_dictionaries({}, optional={
        "scn": st.sampled_from(["baseline", "congress_2025", "provincial_plan", "nope"]), "h": year,
        "lay": st.integers(2018, 2026).map(str), "mfg": st.sampled_from(["", "32.6", "80", "x"]),
        "ts": st.sampled_from(["", "x", *model.registry.set_ids()]),
        "g.services": rate, "g.industry_construction": rate, "i.industry_construction": rate, "pi.agriculture": rate,
        "pop": rate, "pj.lng_vung_ang_3": proj, "pj.railway_vientiane": proj,
        "sv": st.sampled_from(['{"targets":["grdp_growth_avg"]}', "{",  '{"targets":[]}',
                               '{"targets":["share_services"],"free":["services"],"method":"ramp"}'])})

    @_settings(n)
    @given(p=params, lang=st.sampled_from(["vi", "en"]))
    def run(p, lang):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.query_params["lang"] = lang
        for k, v in p.items():
            at.query_params[k] = v
        _app_pages(at, str(p))

    run()


def fuzz_walk(n: int) -> None:
    """``n`` sessions of `tests.test_app_walk.walk` (forty actions each), seeded from
    ``$FUZZ_FIRST_SEED`` (0) on, each with an empty workspace of its own, so that a seed replays
    its session."""
    from .test_app_walk import walk

    first = int(os.environ.get("FUZZ_FIRST_SEED", "0"))
    for seed in range(first, first + n):
        os.environ["HATINH_WORKSPACE"] = tempfile.mkdtemp(prefix="fuzz-ws-")
        try:
            walk(seed, 40)
        except Exception as e:  # noqa: BLE001
            _fail("walk", f"tests.test_app_walk.walk({seed}, 40)", e)


def fuzz_threads(n: int) -> None:
    """``n`` random files (with a random two-target solve each) projected, judged, drawn 2,000
    times and solved one after another, then eight at a time twice: every figure, and the
    solved file, the same to the last bit (the app's sessions are threads of one process)."""
    from concurrent.futures import ThreadPoolExecutor

    import scipy.optimize  # noqa: F401  (loaded before the first solve, as in a server that has run any page)
    from threadpoolctl import threadpool_limits

    history = model.assemble_history()
    cases: list = []

    @_settings(n)
    @given(text=valid_file(), targets=st.lists(st.sampled_from(list(model.solver.SOLVABLE)), min_size=1, max_size=2,
                                               unique=True),
           free=st.lists(st.sampled_from(list(model.SECTOR_IDS)), min_size=1, max_size=3, unique=True),
           seed=st.integers(0, 3))
    def draw(text, targets, free, seed):
        if text is not None:
            cases.append((text, targets, free, seed))

    draw()

    def work(case):
        text, targets, free, seed = case
        try:
            sc = parse_scenario(text)
            p = model.simulate(history, sc)
            out = [p.real.to_numpy().tobytes(), p.nominal.to_numpy().tobytes(),
                   model.evaluate(p)["value"].to_numpy().tobytes()]
            risk = model.uncertainty.run(history, sc, draws=2_000, seed=seed)
            out += [risk.probabilities.to_numpy().tobytes(), risk.fan.to_string()]
            if sc.horizon >= 2030 and (sc.last_actual_year or 2025) < 2030:
                res = model.solve(history, sc, targets, free=free, diagnose=False)
                out += [res.targets.to_string(), res.scenario.to_toml()]
            return out
        except model.SolverError as e:
            return [e.text("en")]

    alone = [work(c) for c in cases]
    with ThreadPoolExecutor(8) as pool:
        for _ in range(2):
            with threadpool_limits(limits=2):   # as tests/test_hostile.py's sessions test does, and why
                got = list(pool.map(work, cases))
            for case, a, b in zip(cases, alone, got):
                if a != b:
                    _fail("threads", f"{case[1]} {case[2]} seed={case[3]}: figures {[x == y for x, y in zip(a, b)]}"
                                     f"\n{case[0]}")


# The app harnesses cost about a second a page, a walk half a minute: fewer of them for one N.
PER_EXAMPLE = {"files": 10, "links": 10, "walk": 30}
HARNESSES = {"solve": fuzz_solve, "cli": fuzz_cli, "files": fuzz_files, "links": fuzz_links, "walk": fuzz_walk,
             "threads": fuzz_threads}


def main(argv: list[str]) -> int:
    which = argv[0] if argv else "all"
    n = int(argv[1]) if len(argv) > 1 else 300
    if which not in (*HARNESSES, "all"):
        print(f"usage: python -m tests.fuzz [{'|'.join(HARNESSES)}|all] [N]", file=sys.stderr)
        return 2
    for name, harness in HARNESSES.items():
        if which in (name, "all"):
            before = len(FAILS)
            harness(max(1, n // PER_EXAMPLE.get(name, 1)))
            print(f"{name}: {len(FAILS) - before} failures", flush=True)
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
