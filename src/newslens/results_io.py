"""Write results to files and read them back into equal frames.

One file per analysis (``numbers.v1.parquet``), ``errors``, one file per summary, and a
``manifest.json`` with every frame's columns and dtypes: CSV and JSON lines do not keep
dtypes, so reading goes through the manifest. Cells holding lists or dicts (``object``
columns) are written as JSON text in CSV; JSON lines and Parquet keep them natively.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from newslens.runner import Results

FORMATS = ("parquet", "csv", "jsonl")
MANIFEST = "manifest.json"


def _dtypes(frame: pd.DataFrame) -> dict[str, str]:
    out = {}
    for column, dtype in frame.dtypes.items():
        name = str(dtype)
        if isinstance(dtype, pd.StringDtype) or name in {"str", "string"}:
            name = "str"
        out[str(column)] = name
    return out


def _write(frame: pd.DataFrame, path: Path, format: str) -> None:
    if format == "parquet":
        frame.to_parquet(path, index=False)
    elif format == "csv":
        encoded = frame.copy()
        for column, dtype in _dtypes(frame).items():
            if dtype == "object":
                encoded[column] = encoded[column].map(
                    lambda v: json.dumps(_plain(v), ensure_ascii=False)
                )
        encoded.to_csv(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, date_format="iso", force_ascii=False)


def _plain(value: Any) -> Any:
    """JSON-able form of a cell (tuples and numpy arrays become lists)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def save_results(results: Results, directory: Path, format: str = "parquet") -> list[Path]:
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}. Available: {', '.join(FORMATS)}")
    directory.mkdir(parents=True, exist_ok=True)
    frames: dict[str, pd.DataFrame] = dict(results.findings)
    frames["errors"] = results.errors
    for analysis_id, summary in results.summaries.items():
        frames[f"{analysis_id}.summary"] = summary
    manifest: dict[str, Any] = {"format": format, "n_articles": results.n_articles, "frames": {}}
    written = []
    for name, frame in frames.items():
        path = directory / f"{name}.{format}"
        _write(frame, path, format)
        manifest["frames"][name] = {"file": path.name, "dtypes": _dtypes(frame)}
        written.append(path)
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    written.append(directory / MANIFEST)
    return written


def _coerce(frame: pd.DataFrame, dtypes: dict[str, str], format: str) -> pd.DataFrame:
    for column, dtype in dtypes.items():
        series = frame[column] if column in frame else pd.Series([None] * len(frame))
        if dtype == "str":
            frame[column] = series.map(
                lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)
            ).astype("str")
        elif dtype == "object":
            if format == "csv":
                frame[column] = series.map(
                    lambda v: _restore(json.loads(v)) if isinstance(v, str) and v else None
                ).astype(object)
            else:
                frame[column] = series.map(_restore).astype(object)
        elif dtype.startswith("datetime64"):
            frame[column] = pd.to_datetime(series, utc=True, errors="coerce").astype(dtype)
        elif dtype in {"bool", "boolean"}:
            frame[column] = series.map(
                lambda v: v if isinstance(v, bool) or v is None else str(v) == "True"
            ).astype(dtype)
        elif dtype in {"float64", "Int64", "int64"}:
            frame[column] = pd.to_numeric(series.replace("", None), errors="coerce").astype(dtype)
        else:
            frame[column] = series.astype(dtype)
    return frame[list(dtypes)]


def _restore(value: Any) -> Any:
    """Lists come back from Parquet as numpy arrays and from JSON as lists: make them tuples
    only where they were tuples is unknowable, so lists stay lists and arrays become lists."""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return value.tolist()
    return value


def write_parts_manifest(directory: Path, analyses: Any, n_articles: int) -> Path:
    """The manifest of an out-of-core run (one Parquet file per partition and analysis, in
    ``DIR/ANALYSIS/`` and ``DIR/errors/``), so :func:`read_results` reads it like any other."""
    from newslens.assembly import empty_errors
    from newslens.frames import empty_findings

    frames: dict[str, Any] = {
        a.id: {"parts": a.id, "dtypes": _dtypes(empty_findings(a))} for a in analyses
    }
    frames["errors"] = {"parts": "errors", "dtypes": _dtypes(empty_errors())}
    manifest = {"format": "parquet-parts", "n_articles": n_articles, "frames": frames}
    path = directory / MANIFEST
    path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return path


def _read_parts(directory: Path, dtypes: dict[str, str]) -> pd.DataFrame:
    files = sorted(directory.glob("*.parquet")) if directory.is_dir() else []
    frames = [pd.read_parquet(f) for f in files]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in dtypes})
    return pd.concat(frames, ignore_index=True)


def read_results(directory: Path) -> Results:
    from newslens.runner import Results

    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    format = manifest["format"]
    frames: dict[str, pd.DataFrame] = {}
    for name, entry in manifest["frames"].items():
        if format == "parquet-parts":
            frame = _read_parts(directory / entry["parts"], entry["dtypes"])
            frames[name] = _coerce(frame, entry["dtypes"], "parquet").reset_index(drop=True)
            continue
        path = directory / entry["file"]
        if format == "parquet":
            frame = pd.read_parquet(path)
        elif format == "csv":
            # A frame without columns is written as an empty file, which read_csv refuses.
            if entry["dtypes"]:
                frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            else:
                frame = pd.DataFrame()
        else:
            frame = pd.read_json(path, orient="records", lines=True, dtype=False)
            if frame.empty:
                frame = pd.DataFrame(columns=list(entry["dtypes"]))
        frames[name] = _coerce(frame, entry["dtypes"], format).reset_index(drop=True)
    errors = frames.pop("errors")
    summaries = {n.removesuffix(".summary"): f for n, f in frames.items() if n.endswith(".summary")}
    findings = {n: f for n, f in frames.items() if not n.endswith(".summary")}
    return Results(
        findings=findings, errors=errors, summaries=summaries, n_articles=manifest["n_articles"]
    )
