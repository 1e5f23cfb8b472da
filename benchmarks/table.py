"""The one way the benchmarks print: a case per row, median and minimum, and the ratio of the
median to the baseline measured in the same run."""

from __future__ import annotations


def print_ratios(rows: list[tuple[str, float, float]], baseline: float, unit: str, ratio_label: str,
                 digits: int = 3) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"{'case':<{width}}  {'median ' + unit:>10}  {'min ' + unit:>8}  {ratio_label:>11}")
    print("-" * (width + 36))
    for name, med, mn in rows:
        print(f"{name:<{width}}  {med:>10.{digits}f}  {mn:>8.{digits}f}  {med / baseline:>11.2f}")
