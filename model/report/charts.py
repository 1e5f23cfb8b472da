"""Charts of a projection: results in, matplotlib figures out (no pyplot, no global state).

Every chart carries units and a source line, in Vietnamese by default (``lang="en"`` for
English). Actual years are drawn solid, projected years dashed or lighter.

- `chart_grdp`: GRDP at current prices with the 2.5–3× band of the 2030 target, and at constant
  2010 prices with the 9 %-a-year path;
- `chart_structure`: shares of GRDP, first year and horizon, against the 2030 targets;
- `chart_contributions`: contributions of each sector to real growth (pp), with total growth.
"""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ..growth import Projection
from ..sectors import SECTORS, SECTOR_IDS
from . import fmt
from .strings import sector_label, t
from .views import band_view, path9_view, share_targets_view, shares_table

def _text(lang: str) -> dict[str, str]:
    keys = {"grdp_nominal": "g_nominal", "grdp_real": "g_real", "band": "g_band", "path9": "g_path9",
            "actual": "actual", "projected": "projection", "structure": "s_structure",
            "target": "s_target", "contrib": "c_contrib", "growth": "g_growth", "year": "year"}
    return {k: t(v, lang) for k, v in keys.items()}


def _title(p: Projection, lang: str) -> str:
    if lang == "en" and p.scenario.title_en:
        return p.scenario.title_en
    return p.scenario.title_vi or p.scenario.name


def _source(fig: Figure, p: Projection, lang: str) -> None:
    # User text (the title) is drawn as text, never parsed as mathtext: "$…$" stays literal.
    fig.text(0.01, 0.01, t("source", lang, last=p.last_actual_year, title=_title(p, lang)),
             fontsize=7.5, color="#555555", ha="left", va="bottom", parse_math=False)


def _suptitle(fig: Figure, p: Projection, lang: str) -> None:
    fig.suptitle(_title(p, lang), fontsize=12, parse_math=False)


def _ticks(years: np.ndarray, room: int) -> np.ndarray:
    """Every year if they fit in ``room`` labels, else every 2nd, 5th or 10th, ending on the last."""
    for step in (1, 2, 5, 10):
        if len(years) <= room * step:
            return years[::-1][::step][::-1]
    return years[::-1][::10][::-1]


def _split_line(ax, years, values, colour, label_actual, label_proj, last):
    years = np.asarray(years)
    act = years <= last
    ax.plot(years[act], values[act], color=colour, lw=2.2, marker="o", ms=3.5, label=label_actual)
    proj = years >= last
    if proj.sum() > 1:
        ax.plot(years[proj], values[proj], color=colour, lw=2.2, ls="--", marker="o", ms=3.5,
                mfc="white", label=label_proj)


def chart_grdp(p: Projection, lang: str = "vi") -> Figure:
    """GRDP at current prices with the 2.5–3× band, and at constant prices with the 9 % path."""
    tx = _text(lang)
    fig = Figure(figsize=(11, 4.6), layout="constrained")
    fig.get_layout_engine().set(h_pad=0.25)
    ax1, ax2 = fig.subplots(1, 2)
    years = p.years.to_numpy()
    last = p.last_actual_year
    nom = p.grdp_nominal.to_numpy() / 1000
    _split_line(ax1, years, nom, "#1d3557", tx["actual"], tx["projected"], last)
    band = band_view(p)
    if len(band):
        ax1.fill_between(band["year"], band["low_trn"], band["high_trn"], color="#e76f51",
                         alpha=0.18, label=tx["band"])
    ax1.set_ylabel(tx["grdp_nominal"])
    real = p.grdp_real.to_numpy() / 1000
    _split_line(ax2, years, real, "#2a9d8f", tx["actual"], tx["projected"], last)
    path9 = path9_view(p)
    ax2.plot(path9["year"], path9["value_trn"], color="#e76f51", lw=1.2, ls=":", label=tx["path9"])
    ax2.set_ylabel(tx["grdp_real"])
    for ax in (ax1, ax2):
        ax.set_xlabel(tx["year"])
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="upper left")
        ax.set_xticks(_ticks(years, 9))  # half-width panels: room for about nine years
        ax.yaxis.set_major_formatter(fmt.axis_formatter(lang))
    _suptitle(fig, p, lang)
    _source(fig, p, lang)
    return fig


def chart_structure(p: Projection, lang: str = "vi") -> Figure:
    """Shares of GRDP (current prices, %): first year, horizon, and the 2030 targets."""
    tx = _text(lang)
    first, end = int(p.years[0]), p.horizon
    fig = Figure(figsize=(9, 4.6), layout="constrained")
    fig.get_layout_engine().set(h_pad=0.25)
    ax = fig.subplots()
    x = np.arange(len(SECTOR_IDS))
    w = 0.27
    shares = shares_table(p, lang)
    s_first, s_end = shares.loc[first].to_numpy(), shares.loc[end].to_numpy()
    s_tgt = share_targets_view(lang)["target_pct"].to_numpy()
    bars = [(s_first, f"{first} ({tx['actual'].lower()})", "#a8dadc", -w),
            (s_end, f"{end} ({tx['projected'].lower() if end > p.last_actual_year else tx['actual'].lower()})",
             "#457b9d", 0.0),
            (s_tgt, tx["target"], "#e76f51", w)]
    for vals, lab, col, off in bars:
        b = ax.bar(x + off, vals, w, label=lab, color=col)
        ax.bar_label(b, labels=[fmt.num(v, lang, 1) for v in vals], fontsize=7.5, padding=1)
    ax.set_xticks(x, [sector_label(s.id, lang, short=True) for s in SECTORS], fontsize=8.5)
    ax.yaxis.set_major_formatter(fmt.axis_formatter(lang))
    ax.set_ylabel(tx["structure"])
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8)
    ax.set_ylim(0, max(s_first.max(), s_end.max(), s_tgt.max()) * 1.15)
    _suptitle(fig, p, lang)
    _source(fig, p, lang)
    return fig


def chart_contributions(p: Projection, lang: str = "vi") -> Figure:
    """Stacked contributions to real GRDP growth (pp) by year, with total growth as dots."""
    tx = _text(lang)
    fig = Figure(figsize=(12, 4.6), layout="constrained")
    fig.get_layout_engine().set(h_pad=0.25)
    ax = fig.subplots()
    years = p.years.to_numpy()
    c = p.contributions_pp
    pos = np.zeros(len(years))
    neg = np.zeros(len(years))
    projected = years > p.last_actual_year
    for s in SECTORS:
        v = c[s.id].to_numpy()
        base = np.where(v >= 0, pos, neg)
        ax.bar(years, v, 0.7, bottom=base, color=s.colour,
               label=sector_label(s.id, lang, short=True),
               alpha=1.0, edgecolor="white", linewidth=0.4)
        # Lighter overlay on projected years keeps one legend entry per sector.
        ax.bar(years[projected], v[projected], 0.7, bottom=base[projected], color="white",
               alpha=0.35, linewidth=0)
        pos += np.where(v >= 0, v, 0)
        neg += np.where(v < 0, v, 0)
    ax.plot(years, 100 * p.growth_real.to_numpy(), "o", color="black", ms=4, label=tx["growth"])
    ax.axhline(0, color="black", lw=0.6)
    # headroom above the tallest bar for the "projected" label and the legend, both inside the
    # plot (issue 17: the label sat over the 2026 bar, the legend outside the chart)
    top = max(float(pos.max()), float(np.nanmax(100 * p.growth_real.to_numpy())), 1.0)
    bottom = min(float(neg.min()), 0.0)
    ax.set_ylim(bottom - 0.05 * (top - bottom), top + 0.35 * (top - bottom))
    if projected.any():
        ax.axvline(p.last_actual_year + 0.5, color="#888888", lw=0.8, ls="--")
        ax.text(p.last_actual_year + 0.6, top + 0.08 * (top - bottom), tx["projected"], fontsize=8,
                color="#555555", va="bottom", ha="left")   # under the legend's row, above the bars
    ax.set_ylabel(tx["contrib"])
    ax.set_xlabel(tx["year"])
    ax.set_xticks(_ticks(years, 16))
    ax.yaxis.set_major_formatter(fmt.axis_formatter(lang, 1))
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="upper left", ncols=5, fontsize=8, frameon=False)
    _suptitle(fig, p, lang)
    _source(fig, p, lang)
    return fig


CHARTS = {"grdp": chart_grdp, "structure": chart_structure, "contributions": chart_contributions}


def chart_waterfall(table, outcome: str, lang: str = "vi", a: str = "A", b: str = "B",
                    name_a: str = "", name_b: str = "", source: str = "") -> Figure:
    """The difference between two scenarios in one 2030 outcome, step by step: A's value, each
    changed assumption's share (`model.attribution.attribute`), B's value; the key of A and B
    (the scenarios' names) and the source line under it, readable at slide size."""
    from matplotlib.ticker import MaxNLocator

    from .views import compare_row_label, waterfall_frame, waterfall_span

    w = waterfall_frame(table, outcome, lang, a, b)
    fig = Figure(figsize=(10, 0.45 * len(w) + 2.2))
    ax = fig.add_subplot()
    colours = {"level": "#6c757d", "up": "#2a9d8f", "down": "#bc4749"}
    y = np.arange(len(w))[::-1]
    lo = np.minimum(w["start"], w["end"])
    ax.barh(y, (w["end"] - w["start"]).abs(), left=lo, color=[colours[k] for k in w["kind"]])
    ax.set_yticks(y, [str(x) for x in w["label"]])
    for lab in ax.get_yticklabels():
        lab.set_parse_math(False)  # scenario titles are user text
    x_lo, x_hi = waterfall_span(w)
    ax.set_xlim(x_lo, x_hi)
    for yi, row in zip(y, w.itertuples()):
        val = row.end if row.kind == "level" else row.end - row.start
        ax.text(max(row.start, row.end), yi, " " + fmt.num(val, lang, 2, sign=row.kind != "level"),
                va="center", fontsize=8, parse_math=False, clip_on=True)
    ax.set_title(compare_row_label(outcome, lang), fontsize=11, parse_math=False)
    ax.xaxis.set_major_formatter(fmt.axis_formatter(lang, 0 if x_hi - x_lo > 50 else 2))
    # a few ticks, so that large numbers (234.000 tỷ đồng) never run together
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.grid(axis="x", alpha=0.3)
    key = "; ".join(f"{k} = {n}" for k, n in ((a, name_a), (b, name_b)) if n)
    foot = "\n".join(x for x in (key, source) if x)
    if foot:
        fig.text(0.01, 0.01, foot, fontsize=8, color="#555555", ha="left", va="bottom", parse_math=False)
    fig.tight_layout(rect=(0, 0.06 if foot else 0, 1, 1))
    return fig
