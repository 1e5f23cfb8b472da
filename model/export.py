"""Files from results: CSV tables, PNG and SVG charts. Every file is written atomically."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from .growth import Projection
from .scenario import write_atomic

TARGET_COLUMNS = ["id", "value", "target_low", "target_high", "comparator", "status", "gap", "note"]


def figure_bytes(fig, fmt: str = "png", dpi: int = 150) -> bytes:
    """A matplotlib figure as PNG or SVG bytes."""
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi)
    return buf.getvalue()


def csv_bytes(frame: pd.DataFrame, index: bool = True) -> bytes:
    """A frame as UTF-8 CSV (with a byte-order mark so Excel shows Vietnamese correctly)."""
    return frame.to_csv(index=index, float_format="%.6f").encode("utf-8-sig")


def write_run(projection: Projection, targets: pd.DataFrame, out_dir: str | Path,
              lang: str = "vi") -> list[Path]:
    """Write projection.csv, targets.csv and each chart as PNG and SVG into ``out_dir``."""
    from .charts import CHARTS

    out = Path(out_dir)
    written = [
        write_atomic(out / "projection.csv", csv_bytes(projection.table())),
        write_atomic(out / "targets.csv", csv_bytes(targets[TARGET_COLUMNS], index=False)),
    ]
    for name, make in CHARTS.items():
        fig = make(projection, lang=lang)
        for fmt in ("png", "svg"):
            written.append(write_atomic(out / f"{name}.{fmt}", figure_bytes(fig, fmt)))
    return written
