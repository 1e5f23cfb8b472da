"""The README's examples run as written: its Python blocks, in order, in one namespace (an
economist pastes them into a notebook), and every `python -m model` command of its shell blocks
(a planner copies them into a terminal), each in its shortest form: optional parts in square
brackets left out, placeholders (FILE, DIR, ID…) filled with a shipped scenario and a scratch
folder. A renamed function, option or file fails here before a reader meets it."""

from __future__ import annotations

import glob
import re
import shlex

import numpy as np
import pytest

import model
from model.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def p1(fraction: float) -> str:
    """A probability in percent as the app and the CLI show it in English (`fmt`: 1,805 draws of
    10,000 are 18.0 %, where Python's own formatting of 100 × 0.1805 gives 18.1)."""
    from model.report import fmt

    return fmt.num(100 * fraction, "en", 1)


def blocks(lang: str, text: str = README) -> list[str]:
    """The code blocks of ``text`` fenced as ``lang`` (sh, python, powershell)."""
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def commands(text: str = README) -> list[str]:
    """Every `python -m model …` line of the shell blocks of ``text`` (the README, or another of
    the project's documents), continuation lines joined."""
    out = []
    for block in blocks("sh", text):
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():
            if "-m model " in line:
                out.append(line.split("-m model ", 1)[1].split("#", 1)[0].strip())
    return out


def _shortest(cmd: str, scratch) -> list[str]:
    """The command without its optional parts, placeholders filled, output in ``scratch``."""
    while "[" in cmd:   # innermost first: "[--set ID [--against ID]]"
        cmd = re.sub(r"\[[^\[\]]*\]", "", cmd)
    args = []
    for a in shlex.split(cmd):
        if a == "FILE":
            a = "scenarios/baseline.toml"
        elif a == "DIR":
            a = str(scratch / "out")
        if "*" in a:
            args += sorted(glob.glob(a, root_dir=ROOT))
        else:
            args.append(a)
    for flag in ("--out", "-o"):   # never into the work tree
        if flag in args:
            i = args.index(flag) + 1
            args[i] = str(scratch / args[i].replace("/", "_"))
    return args


def test_the_python_blocks_run_in_order():
    python = blocks("python")
    assert len(python) >= 2 and "model.simulate" in python[0]
    ns: dict = {}
    for code in python:
        exec(compile(code, "README.md", "exec"), ns)  # the project's own README, not a user's file
    assert ns["projection"].table().loc[2025, "grdp_real_bn"] == pytest.approx(
        model.simulate(model.assemble_history(), model.load_scenario(ROOT / "scenarios/baseline.toml"))
        .table().loc[2025, "grdp_real_bn"])
    assert set(ns["r"].probabilities.index) >= {"grdp_growth_avg", "all_economic"}


COMMANDS = commands()


def test_every_command_is_found():
    # the listing and the worked examples: validate, run, solve, brief, quarterly … all there
    verbs = {c.split()[0] for c in COMMANDS}
    assert {"validate", "run", "solve", "brief", "quarterly", "risk", "supply", "invest", "projects",
            "backtest", "targets", "attribute", "workspace"} <= verbs


@pytest.mark.parametrize("cmd", COMMANDS)
def test_each_command_runs(cmd, tmp_path, monkeypatch, capsys):
    runs_as_written(cmd, tmp_path, monkeypatch, capsys)


def runs_as_written(cmd: str, tmp_path, monkeypatch, capsys) -> None:
    """``cmd`` (a documented command, its optional parts left out) exits as documented, writes
    its files into a scratch folder and prints no traceback."""
    monkeypatch.chdir(ROOT)
    ws = tmp_path / "ws"
    monkeypatch.setenv(model.workspace.ENV_VAR, str(ws))
    args = _shortest(cmd, tmp_path)
    if any(a.startswith("ws:") for a in args):   # the README's saved scenario, saved first
        name = next(a for a in args if a.startswith("ws:"))[3:]
        model.Workspace(ws).save(model.load_scenario(ROOT / "scenarios/baseline.toml"), name=name)
    # solve answers 3 when the chosen targets cannot all hold (the README's "Exit code 0 when
    # every chosen target holds, 3 when they cannot all hold"), its files written all the same
    code = main(args)
    out = capsys.readouterr()
    assert code in ((0, 3) if args[0] == "solve" else (0,)), (args, out)
    if "--out" in args:
        assert any((tmp_path / args[args.index("--out") + 1]).iterdir())
    assert "Traceback" not in out.out + out.err


def test_the_readmes_figures_are_what_the_model_gives(history):
    """Figures the README states in words, each recomputed: the uncertainty table's standard
    deviations said 6.46 for industry-construction after a data update made it 6.71, and no test
    read the sentence. (The notebooks hold their own words with asserts.)"""
    from model import analysis, attribution
    from model import uncertainty as U

    text = " ".join(README.split())   # the README is wrapped: a figure's sentence may span lines
    sd = 100 * U.estimate().growth.sd
    assert ("s.d. agriculture {:.2f} pp, industry-construction {:.2f}, services {:.2f}, product taxes {:.2f}"
            .format(*sd)) in text
    base = model.load_scenario(ROOT / "scenarios" / "baseline.toml")
    congress = model.load_scenario(ROOT / "scenarios" / "congress_2025.toml")
    v = analysis.project_variants(history, base, "lng_vung_ang_3", delays=(2,))
    on, off = v.loc["on"], v.loc["off"]
    assert (f"lifts 2021–2030 growth from {off.grdp_growth_avg:.2f} to {on.grdp_growth_avg:.2f} % a year, the 2030 "
            f"multiple from {off.grdp_multiple:.2f} to {on.grdp_multiple:.2f}× and industry-construction's share from "
            f"{off.share_industry_construction:.1f} to {on.share_industry_construction:.1f} %") in text
    own = attribution.attribute(history, base, congress)   # B's own set by default
    nq = attribution.attribute(history, base, congress, "nq26_programme")
    g, h = own["grdp_growth_avg_2026_2030"], nq["grdp_growth_avg"]
    plants = ("project.vung_ang_2", "project.vinfast_ev")
    assert (f"+{g['total']:.2f} pp of average growth over 2026–2030, industry-construction's growth assumption gives "
            f"+{g['growth.industry_construction']:.2f} pp, and leaving out Vũng Áng 2 and VinFast "
            f"−{-g[list(plants)].sum():.2f} pp; in the programme's terms (`--targets-set nq26_programme`, growth over "
            f"2021–2030) +{h['total']:.2f}, +{h['growth.industry_construction']:.2f} and "
            f"−{-h[list(plants)].sum():.2f} pp") in text


def test_more_of_the_readmes_figures_are_what_the_model_gives(history):
    """The investment record and what half of GRDP buys, a power plant's effect on manufacturing's
    share, the frontier, the congress file's, and the baseline's probabilities: each sentence as
    the README words it, recomputed."""
    from model import analysis, investment, solver
    from model import uncertainty as U

    text = " ".join(README.split())
    base = model.load_scenario(ROOT / "scenarios" / "baseline.toml")
    icor = investment.icor_record(history)["icor"]
    assert (f"The record gives ICOR {icor['2024']:.2f} (2024) and {icor['2025']:.2f} (2025), and at least "
            f"{icor['2016–2020']:.1f} over 2016–2020") in text
    buys = {k: 100 * model.simulate(history, investment.growth_from_investment(history, base, 0.5, icor=k))
            .average_growth(2025, 2030) for k in (7, 8)}
    assert f"Half of GRDP invested every year buys {buys[7]:.2f} % a year over 2026–2030 at ICOR 7 ({buys[8]:.2f} % at ICOR 8)" in text
    v = analysis.project_variants(history, base, "lng_vung_ang_3", delays=(2,))
    assert (f"manufacturing's share of GRDP falls as it comes in ({v.at['on', 'share_manufacturing']:.1f} % in 2030 "
            f"with it on time, {v.at['off', 'share_manufacturing']:.1f} % without") in text
    f = solver.frontier(history, base)
    assert (f"the highest average growth 2021–2030 reachable is {f.at[2.5, 'growth_pct']:.2f} % a year with the multiple "
            f"capped at 2.5, {f.at[2.7, 'growth_pct']:.2f} % at 2.7 and {f.at[3.0, 'growth_pct']:.2f} % at 3.0") in text
    assert (f"{f.at[3.0, 'growth_pct']:.2f} % over 2021–2030 at 3.0 is {f.at[3.0, 'growth_remaining_pct']:.2f} % a year "
            "over 2026–2030") in text
    fc = solver.frontier(history, model.load_scenario(ROOT / "scenarios" / "congress_2025.toml"))
    assert (f"3.1× 2020 ({fc.at[3.1, 'cap_since_last']:.2f}× 2025) allows {fc.at[3.1, 'growth_remaining_pct']:.2f} % "
            "a year over 2026–2030") in text
    r = U.run(history, base, draws=10_000, seed=0)
    lo, mid, hi = np.percentile(r.average_growth, [5, 50, 95])
    pr = r.probabilities
    assert (f"2021–2030 growth has a median of {mid:.2f} % and a 90 % band of {lo:.2f}–{hi:.2f} % a year; the chance "
            f"of \"above 9 %\" is {p1(pr['grdp_growth_avg'])} %; of the multiple 2.5–3×, "
            f"{p1(pr['grdp_multiple'])} %; of per capita ≈ 170 million, {p1(pr['grdp_per_capita'])} %") in text


def test_the_readmes_uncertainty_figures_are_what_the_model_gives(history):
    """The Uncertainty section's figures beyond the baseline's: the shrinkage and correlations
    (λ read 0.46 for a year after the model gave 0.50), why 2018–2019 are left out, the plan's and
    the congress file's chances, the tornado, and the fans' backtest, row by row."""
    from dataclasses import replace

    from model import coverage as C
    from model import uncertainty as U
    from model.report.risk import year_runs
    from model.scenario import RatePath

    text = " ".join(README.split())
    g, p = U.estimate().growth, U.estimate().prices
    assert (f"λ = {g.shrinkage:.2f} for growth, {p.shrinkage:.2f} for prices") in text
    assert (f"agriculture moves against services, {g.corr_sample[0, 2]:.2f}; services with taxes "
            f"+{g.corr_sample[2, 3]:.2f}").replace("-", "−") in text
    assert f"the record gives {g.rho_raw:.2f}, so shocks are independent".replace("-", "−") in text
    x = U.net_growth()
    assert year_runs(U.common_rate_years()) == "2018–2019" and year_runs(g.years) == "2017, 2020–2025"
    assert (f"every sector then grew {100 * x.at[2018, 'services']:.2f} % in 2018 and "
            f"{100 * x.at[2019, 'services']:.2f} % in 2019") in text
    # the spread with the two years kept, as the paragraph compares it
    kept = U.net_growth().loc[U.SHOCK_FIRST_YEAR:]
    old = 100 * U.fit_shocks(kept - kept.mean()).sd
    assert (f"industry-construction {old[1]:.2f} pp against {100 * g.sd[1]:.2f}, services {old[2]:.2f} against "
            f"{100 * g.sd[2]:.2f}, product taxes {old[3]:.2f} against {100 * g.sd[3]:.2f}") in text

    base = model.load_scenario(ROOT / "scenarios" / "baseline.toml")
    r = U.run(history, base, draws=10_000, seed=0)
    shares = r.probabilities[[i for i in r.probabilities.index if i.startswith("share_")]]
    assert (f"of each \"≈\" share between {p1(shares.min())} % and {p1(shares.max())} %") in text
    assert (f"the multiple is above 3× in {p1(r.above['grdp_multiple'])} % of the draws, per capita above "
            f"its band in {p1(r.above['grdp_per_capita'])} %") in text
    hot = replace(base, targets_set="plan_2026_2030")
    for s in model.SECTOR_IDS:
        hot = hot.with_rate(f"sectors.{s}.growth", RatePath.const(0.13))
    rh = U.run(history, hot, draws=10_000, seed=0)
    assert (f"meets \"≈ 168\" in {p1(rh.probabilities['grdp_per_capita_168'])} % of the draws and is above "
            f"it in {p1(rh.above['grdp_per_capita_168'])} %") in text
    plan = U.run(history, model.load_scenario(ROOT / "scenarios" / "provincial_plan.toml"), draws=10_000, seed=0)
    congress = replace(model.load_scenario(ROOT / "scenarios" / "congress_2025.toml"), targets_set="nq26_programme")
    rc = U.run(history, congress, draws=10_000, seed=0)
    assert (f"The Provincial Plan's rates give growth above 9 % with {p1(plan.probabilities['grdp_growth_avg'])} %, "
            f"the congress scenario (judged by the programme's set) with {p1(rc.probabilities['grdp_growth_avg'])} %"
            ) in text
    t = U.tornado(history, base).set_index("assumption")
    ic, sv = t.loc["growth.industry_construction"], t.loc["growth.services"]
    assert (f"industry-construction's growth first ({ic.grdp_growth_avg_low:.2f}–{ic.grdp_growth_avg_high:.2f} % "
            f"for its 5th and 95th percentile), then services ({sv.grdp_growth_avg_low:.2f}–"
            f"{sv.grdp_growth_avg_high:.2f} %)") in text

    def band(row, lo, hi):
        return f"{row[lo]:.2f} … {row[hi]:.2f}".replace("-", "−")

    raw, w = C.coverage(), C.widening()
    wide = C.coverage(widen=w)
    assert f"From each origin year {C.first_origin()}–{int(raw['origin'].max())}" in text
    assert f"| 50 % band ×{w:g} | 90 % band ×{w:g} |" in text
    yes = {True: "yes", False: "no"}
    for (_, a), (_, b) in zip(raw[raw.horizon == 1].iterrows(), wide[wide.horizon == 1].iterrows()):
        assert (f"| {a.origin} | {a.year} | {a.realised:.2f} | {band(a, 'p25', 'p75')} | {band(a, 'p5', 'p95')} | "
                f"{yes[a.in50]} / {yes[a.in90]} | {band(b, 'p25', 'p75')} | {band(b, 'p5', 'p95')} | "
                f"{yes[b.in50]} / {yes[b.in90]} |") in text
    s1, sw = C.coverage_summary(raw), C.coverage_summary(wide)
    one, allp = s1.loc["one_year_ahead"], s1.loc["all_horizons"]
    n1, n = int(one["count"]), int(allp["count"])
    assert (f"One year ahead the 90 % bands held {round(one.in90 * n1)} of {n1} and the 50 % bands "
            f"{round(one.in50 * n1)} of {n1}; over every (origin, year) pair to 2025, {round(allp.in90 * n)} of {n} "
            f"and {round(allp.in50 * n)} of {n} ({100 * allp.in50:.0f} %)") in text
    assert (f"×{w:g}, which gives {round(sw.at['one_year_ahead', 'in50'] * n1)} of {n1} and "
            f"{round(sw.at['one_year_ahead', 'in90'] * n1)} of {n1} one year ahead, "
            f"{100 * sw.at['all_horizons', 'in50']:.0f} % and {100 * sw.at['all_horizons', 'in90']:.0f} % over all pairs"
            ) in text
    assert f"realised growth was above the median in {int(allp.above)} of {n} pairs" in text


def test_the_readmes_quarterly_figures_are_what_the_model_gives():
    """The autumn question in the README's words, for GRDP and for a sector, recomputed."""
    from model import quarterly as Q

    text = " ".join(README.split())
    q = Q.quarterly(model.simulate(model.assemble_history(), model.load_scenario(ROOT / "scenarios" / "baseline.toml")))
    g = Q.remaining(q, 2025, 3, 8.05, 8.78)
    assert f"8.05 % in nine months, 8.78 % for 2025 needed a fourth quarter {g.needed_pct:.2f} % above 2024's" in text
    h1 = Q.published_cumulative(2025, "industry_construction")[2][0]
    s = Q.remaining(q, 2025, 2, h1, 13.0, "industry_construction")
    assert (f"after {h1:.2f} % in 2025's first half, 13 % for industry and construction would have needed "
            f"{s.needed_pct:.2f} % in the second") in text
    # a sector's arithmetic against GRDP's on the same figures, every year and quarters done
    gap = max(abs(Q.remaining(q, y, m, 8.0, 10.0, sec).needed_pct - Q.remaining(q, y, m, 8.0, 10.0).needed_pct)
              for y in range(2022, 2027) for m in (1, 2, 3) for sec in model.SECTOR_IDS)
    assert f"(at most {gap:.2f} over 2022–2026, for 8 % done and a 10 % target)" in text
    # the backtest's table, row by row, and the 2026 path Denton carried across 2025 projected
    b = Q.backtest(model.assemble_history()).scores
    for method, label in (("split", "this split"), ("annual", "the naive answer"),
                          ("denton", "Denton carried across the last actual year (the split before)")):
        r = b.loc[method]
        assert (f"| {label} | {r.at['grdp', 'rmse_pp']:.2f} | {r.at['sectors', 'rmse_pp']:.2f} | "
                f"{r.at['grdp', 'rmse_all_pp']:.2f}, {r.at['sectors', 'rmse_all_pp']:.2f} |") in README
    p = model.simulate(model.assemble_history(), model.load_scenario(ROOT / "scenarios" / "baseline.toml"))
    old = Q._split(p.real, p.horizon, None, True, points_to=2025).table(2026).loc["product_taxes"]
    assert (f"2026's product taxes {old['q1_pct']:.1f} % in the first quarter and {old['q4_pct']:.1f} % in the "
            f"fourth for {old['cum4_pct']:.1f} % in the year") in text
    f = Q.backtest(model.assemble_history()).frame

    def by_horizon(h: int, sectors: bool, col: str) -> str:
        d = f[(f.horizon == h) & ((f.sector != Q.TOTAL) == sectors)]
        return f"{float(np.sqrt(((d[col] - d.published_pct) ** 2).mean())):.2f}"

    assert (f"(GRDP {by_horizon(2, False, 'denton_pct')} and {by_horizon(3, False, 'denton_pct')} against "
            f"{by_horizon(2, False, 'split_pct')} and {by_horizon(3, False, 'split_pct')}, a sector "
            f"{by_horizon(2, True, 'denton_pct')} and {by_horizon(3, True, 'denton_pct')} against "
            f"{by_horizon(2, True, 'split_pct')} and {by_horizon(3, True, 'split_pct')}; 8, 7 and 16 figures)") in text
    assert f"(a miss {b.at[('split', 'grdp'), 'rmse_pp'] - b.at[('annual', 'grdp'), 'rmse_pp']:.2f} points larger" in text
    assert f"{int(b.at[('split', 'grdp'), 'n_all'])}), a sector ({int(b.at[('split', 'sectors'), 'n_all'])})" in text


def test_the_readmes_decimal_comma_example_is_what_validation_says():
    from model.scenario import ScenarioError, parse_scenario

    text = " ".join(README.split())
    base = (ROOT / "scenarios" / "baseline.toml").read_text(encoding="utf-8")
    with pytest.raises(ScenarioError) as e:
        parse_scenario(base.replace("growth = 0.075 ", "growth = 0,075 ", 1))
    said = e.value.lines("vi")[0]
    assert said.split(" (tỷ lệ")[0] in text, said


DOCUMENTS = ("README.md", "docs/huong_dan.md", "docs/guide_en.md", "benchmarks/README.md",
             "tests/README.md", "model/data/README.md")


def _anchor(heading: str) -> str:
    """A heading's anchor as GitHub writes it: lower case, punctuation dropped (letters of any
    script kept), each space a hyphen."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(text: str) -> set[str]:
    return {_anchor(h) for h in re.findall(r"^#{1,6} (.+)$", text, re.M)}


def test_anchor_is_githubs():
    assert _anchor("How likely is each target? Uncertainty") == "how-likely-is-each-target-uncertainty"
    assert _anchor("One chart stack") == "one-chart-stack"
    assert _anchor("Hướng dẫn: bắt đầu") == "hướng-dẫn-bắt-đầu"


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_every_link_within_the_project_finds_its_file_and_heading(doc):
    """Text moved between documents (the benchmarks' runs to benchmarks/README.md, the fuzz
    record to tests/README.md) leaves no link pointing at nothing: each relative link names a
    file that is there, and each #anchor a heading of the file it points into."""
    here = ROOT / doc
    text = here.read_text(encoding="utf-8")
    links = [m for m in re.findall(r"\]\(([^)\s]+)\)", text) if not re.match(r"[a-z]+:", m)]
    assert links or doc in ("tests/README.md", "model/data/README.md", "benchmarks/README.md")
    for link in links:
        path, _, anchor = link.partition("#")
        target = (here.parent / path).resolve() if path else here
        assert target.is_file(), f"{doc}: {link} names no file"
        if anchor:
            assert anchor in _anchors(target.read_text(encoding="utf-8")), f"{doc}: no heading #{anchor}"
