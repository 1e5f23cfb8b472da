"""The one way the benchmarks print: a case per row, median and minimum, and the ratio of the
median to the baseline measured in the same run (`print_ratios`); or two apps measured turn
about, side by side, with each row's ratio (`print_pair`)."""

from __future__ import annotations


def print_ratios(rows: list[tuple[str, float, float]], baseline: float, unit: str, ratio_label: str,
                 digits: int = 3) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"{'case':<{width}}  {'median ' + unit:>10}  {'min ' + unit:>8}  {ratio_label:>11}")
    print("-" * (width + 36))
    for name, med, mn in rows:
        print(f"{name:<{width}}  {med:>10.{digits}f}  {mn:>8.{digits}f}  {med / baseline:>11.2f}")


def print_pair(rows: tuple[tuple[str, str], ...], title: str, base: dict, other: dict,
               names: tuple[str, str] = ("toy app", "this app"), digits: int = 3) -> None:
    """Two sets of measures side by side (``rows``: label, key) and each row's ratio of the
    second to the first, measured in the same run (the browser benchmark's toy and app); no
    ratio ("—") where the first is zero (code the toy never runs: Vega on a switch)."""
    w0, w1 = (max(9, len(n)) for n in names)
    head = f"{'case':<62}  {names[0]:>{w0}}  {names[1]:>{w1}}  {'÷ ' + names[0].split()[0]:>6}"
    print(f"{title}\n{head}\n" + "-" * len(head))
    for label, k in rows:
        ratio = f"{other[k] / base[k]:.2f}" if base[k] else "—"
        print(f"{label:<62}  {base[k]:>{w0}.{digits}f}  {other[k]:>{w1}.{digits}f}  {ratio:>6}")
