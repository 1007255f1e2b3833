"""Corpus comparison: the same counted noun or measure, side by side by article and source.

An analyst's question is "does every outlet report 26 missiles, and who says 1,400 km?". So the
summary has one row per (key, article): the key is the counted noun for counts ("missiles",
singular and plural folded together), the dimension for measures ("length", compared in one
display unit), the currency for money and "%" for percentages. Each row lists the article's
figures, and the key-level columns say how many articles and sources report it, the spread of
their values and whether every article shares one value.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from newslens_numbers.units import UNITS

SUMMARY_COLUMNS: dict[str, str] = {
    "key": "str",
    "kind": "str",
    "unit": "str",
    "article_id": "str",
    "source": "str",
    "title": "str",
    "published": "str",
    "figures": "str",
    "values": "object",
    "value_min": "float64",
    "value_max": "float64",
    "mentions": "int64",
    "articles": "int64",
    "sources": "int64",
    "spread": "float64",
    "agree": "boolean",
    "shared": "str",
}

COMPARED_KINDS = ("count", "number", "measure", "money", "percent", "temperature", "duration")


def singular(noun: str) -> str:
    """A folding key for counted nouns: 'Missiles' and 'missile' compare as one."""
    low = noun.lower().strip()
    for suffix, repl in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2 and not low.endswith("ss"):
            return low[: -len(suffix)] + repl
    return low


def _key(row: pd.Series) -> tuple[str, str]:
    kind = str(row["kind"])
    if kind in ("count", "number"):
        q = str(row.get("quantity") or "")
        return (singular(q), "") if q else ("", "")
    if kind == "money":
        return f"money ({row['unit']})", str(row["unit"])
    if kind == "percent":
        return ("%" if row["unit"] == "%" else str(row["unit"])), str(row["unit"])
    dim = str(row.get("dimension") or "")
    return (dim, str(row["unit"])) if dim else ("", "")


def _fmt(value: float) -> str:
    if not math.isfinite(value):
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4g}"


def _date(value: Any) -> str:
    """ISO date of a publication time ("" when unknown): plain text keeps the summary portable."""
    if value is None or value is pd.NaT:
        return ""
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return str(value)
    return "" if pd.isna(stamp) else stamp.date().isoformat()


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in SUMMARY_COLUMNS.items()})


def summarize(findings: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Compare the same quantity across articles (see the module docs for the columns)."""
    if findings is None or len(findings) == 0:
        return _empty()
    f = findings[findings["kind"].isin(COMPARED_KINDS)].copy()
    # the second member of a conversion pair repeats the first: count the measure once
    if "same_as" in f:
        same = pd.to_numeric(f["same_as"], errors="coerce")
        f = f[~(same.notna() & (same < f["n"]))]
    if f.empty:
        return _empty()
    keys = f.apply(_key, axis=1, result_type="expand")
    f["key"], f["unit_key"] = keys[0], keys[1]
    f = f[f["key"] != ""]
    is_count = f["kind"].isin(["count", "number"])
    f["label"] = f["key"].where(~is_count, f["quantity"].astype(str).str.lower())
    if f.empty:
        return _empty()
    meta = {}
    if articles is not None and len(articles):
        cols = [c for c in ("article_id", "source", "title", "published") if c in articles]
        meta = articles[cols].drop_duplicates("article_id").set_index("article_id").to_dict("index")

    rows: list[dict[str, Any]] = []
    for _fold, group in f.groupby("key", sort=True):
        # label a counted noun as it is most often written ("missiles"), group on its fold
        key = group["label"].mode().iloc[0]
        display = group["unit"].mode().iloc[0] if group["unit"].ne("").any() else ""
        info = UNITS.get(display)
        per_article: dict[str, list[float]] = {}
        texts: dict[str, list[str]] = {}
        for _, r in group.iterrows():
            value = float(r["value"])
            if info is not None and r["unit"] != display and math.isfinite(r["value_base"]):
                value = float(r["value_base"]) / info.factor if info.factor else value
                if display in ("°C", "°F"):
                    value = float("nan")
            per_article.setdefault(str(r["article_id"]), []).append(round(value, 6))
            texts.setdefault(str(r["article_id"]), []).append(str(r["text"]))
        value_sets = [set(v) for v in per_article.values()]
        shared = set.intersection(*value_sets) if value_sets else set()
        all_values = [v for vs in per_article.values() for v in vs if math.isfinite(v)]
        lo, hi = (min(all_values), max(all_values)) if all_values else (math.nan, math.nan)
        spread = (hi - lo) / abs(lo) if all_values and lo else math.nan
        sources = {str(meta.get(a, {}).get("source", "") or a) for a in per_article}
        kind = str(group["kind"].mode().iloc[0])
        for article_id, values in per_article.items():
            m = meta.get(article_id, {})
            finite = [v for v in values if math.isfinite(v)]
            rows.append(
                {
                    "key": key,
                    "kind": kind,
                    "unit": display,
                    "article_id": article_id,
                    "source": str(m.get("source", "") or ""),
                    "title": str(m.get("title", "") or ""),
                    "published": _date(m.get("published")),
                    "figures": "; ".join(dict.fromkeys(texts[article_id])),
                    "values": sorted(set(values)),
                    "value_min": min(finite) if finite else math.nan,
                    "value_max": max(finite) if finite else math.nan,
                    "mentions": len(values),
                    "articles": len(per_article),
                    "sources": len(sources),
                    "spread": spread,
                    "agree": bool(shared),
                    "shared": ", ".join(_fmt(v) for v in sorted(shared)),
                }
            )
    out = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    out = out.sort_values(["articles", "key", "article_id"], ascending=[False, True, True])
    out = out.reset_index(drop=True)
    for col, dtype in SUMMARY_COLUMNS.items():
        if dtype != "object":
            out[col] = out[col].astype(dtype)
    return out
