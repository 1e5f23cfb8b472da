"""Files from results: CSV tables, PNG and SVG charts, solved scenarios, and an archive of
several. Every file is written atomically."""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..growth import Projection, need_projection
from ..params import flag
from ..scenario import file_toml, write_atomic

TARGET_COLUMNS = ["id", "value", "target_low", "target_high", "comparator", "status", "gap", "note"]
SOLVE_COLUMNS = ["chosen", "binding", "multiplier"]


NOISE = 1e-12   # below any figure the files hold (billion VND, percent, pp, ratios)


def denoised(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with floating-point noise written as zero: a difference of two equal sums
    computed in another order (an attribution's −2.2e-16 for a project that changes nothing
    before the horizon) was written "-0.000000" in a CSV and showed "-0.00" in Excel, which
    formats the sign of any negative. The pages already print such a value as 0 (`fmt.num`)."""
    floats = [c for c in frame.columns if pd.api.types.is_float_dtype(frame[c])]
    if not floats:
        return frame
    out = frame.copy()
    for c in floats:
        out[c] = out[c].mask(out[c].abs() < NOISE, 0.0)
    return out


def csv_bytes(frame: pd.DataFrame, index: bool = True) -> bytes:
    """A frame as UTF-8 CSV (with a byte-order mark so Excel shows Vietnamese correctly), six
    decimals, floating-point noise as zero (`denoised`)."""
    return denoised(frame).to_csv(index=index, float_format="%.6f").encode("utf-8-sig")


CHART_KINDS = ("png", "svg")


def write_run(projection: Projection, targets: pd.DataFrame, out_dir: str | Path,
              lang: str = "vi", target_columns: list[str] = TARGET_COLUMNS,
              charts: Sequence[str] = ()) -> list[Path]:
    """Write projection.csv and targets.csv into ``out_dir``, and with ``charts`` (kinds among
    `CHART_KINDS`) each of `model.report.charts.FILES` as those files (the app's charts, drawn
    by `vl-convert`). ``targets`` is `model.report.views.targets_table` (its ``note`` worded in
    ``lang``). Charts are asked for, not written by default: drawing them takes 1.5 s (the Vega
    renderer's start, 0.4 s, and 0.2 s a chart), twice what the tables take (issue 13)."""
    need_projection(projection)
    out = Path(out_dir)
    written = [
        write_atomic(out / "projection.csv", csv_bytes(projection.table())),
        write_atomic(out / "targets.csv", csv_bytes(targets[target_columns], index=False)),
    ]
    if charts:
        for name, data in chart_files_named(projection, lang, tuple(k for k in CHART_KINDS if k in charts)).items():
            written.append(write_atomic(out / name, data))
    return written


def chart_file_name(name: str, kind: str, stem: str = "") -> str:
    """The file name of chart ``name`` drawn as ``kind``: ``<stem><name>.<kind>`` (the Export
    page's buttons and its archive, and `run`'s folder, name each chart file by it)."""
    return f"{stem}{name}.{kind}"


def chart_files_named(projection: Projection, lang: str = "vi", kinds: Sequence[str] = CHART_KINDS,
                      stem: str = "") -> dict[str, bytes]:
    """Each of `model.report.charts.FILES` drawn as each of ``kinds``, by file name
    ``<stem><chart>.<kind>`` (``growth.png`` for `run`; ``baseline_growth.png`` with the stem
    ``baseline_``, as the Export page names them), in that order."""
    from .charts import FILES, of_projection
    from .vega import chart_files

    out = {}
    for name in FILES:
        files = chart_files(of_projection(projection, name, lang), lang, tuple(kinds))
        out.update({chart_file_name(name, kind, stem): files[kind] for kind in kinds})
    return out


# A file name inside the bundle: the scenario's name (validated: letters, digits, "_", "-") and a
# fixed tail; no folder, so that unpacking writes nowhere but where the reader unpacks it.
_MEMBER_RE = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,120}")


def zip_bytes(files: Mapping[str, bytes], when: tuple[int, int, int, int, int, int] | None = None) -> bytes:
    """``files`` (name → bytes, in the order given) as one ZIP archive, compressed, every member
    stamped ``when`` (year, month, day, hour, minute, second; by default the local time now, as
    the files' date a reader sees unpacked): the same files and time give the same archive. Names
    are plain file names (`_MEMBER_RE`: no folder, no ".."); anything else is a ValueError."""
    when = when or time.localtime()[:6]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            if not _MEMBER_RE.fullmatch(name) or ".." in name:
                raise ValueError(f"not a plain file name for an archive member: {name!r}")
            info = zipfile.ZipInfo(name, when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16   # an ordinary file when unpacked, read and write for its owner
            z.writestr(info, data)
    return buf.getvalue()


class WouldOverwrite(FileExistsError):
    """A scenario file that differs from what would be written is already there."""


def write_solve(result, report: pd.DataFrame, required: pd.DataFrame, out_dir: str | Path,
                lang: str = "vi", overwrite: bool = False, charts: Sequence[str] = ()) -> list[Path]:
    """Everything `run` writes for the solved projection (targets.csv gains ``chosen``,
    ``binding`` and ``multiplier``), plus paths.csv (year, sector, growth, free),
    consistency.csv, required_growth.csv and ``<name>_solved.toml`` (the solved scenario, which
    ``run`` reproduces exactly)."""
    from .views import targets_table

    flag(overwrite, "overwrite")   # "no" (a non-empty text) replaced a scenario file the planner edited
    out = Path(out_dir)
    toml_path = out / f"{result.scenario.name}.toml"
    from ..vintage import stamp

    # the file records the data vintage it was made with and its 2030 answers (model.vintage)
    toml_text = file_toml(stamp(result.scenario, result.projection))
    # Tables and charts are derived and may be replaced; a scenario file may hold a user's edits.
    if (not overwrite and toml_path.exists()
            and toml_path.read_text(encoding="utf-8", errors="replace") != toml_text):
        from .strings import t

        raise WouldOverwrite(t("would_overwrite", lang, path=toml_path))
    table = targets_table(result.projection, lang)
    solver = result.targets.set_index("id")
    table["chosen"] = table["id"].isin(solver.index)
    table["binding"] = table["id"].map(solver["binding"]).fillna(False).astype(bool)
    table["multiplier"] = table["id"].map(solver["multiplier"])
    written = write_run(result.projection, table, out, lang=lang, target_columns=TARGET_COLUMNS + SOLVE_COLUMNS,
                        charts=charts)
    written += [
        write_atomic(out / "paths.csv", csv_bytes(result.paths_long(), index=False)),
        write_atomic(out / "consistency.csv", csv_bytes(report, index=False)),
        write_atomic(out / "required_growth.csv", csv_bytes(required)),
        write_atomic(toml_path, toml_text),
    ]
    return written
