"""Corpus comparison: the same counted noun or measure, side by side by article and source.

An analyst's question is "does every outlet report 26 missiles, and who says 1,400 km?". So the
summary has one row per (key, article): the key is the counted noun for counts ("missiles",
singular and plural folded together), the dimension for measures ("length", compared in one
display unit), the currency for money and "%" for percentages. Each row lists the article's
figures, and the key-level columns say how many articles and sources (articles without one are
one source, "unknown") report it, the spread of their values in percent of the smallest, and
whether every article shares one value. Durations are left out: they are no figure to
reconcile. Figures of one story across its outlets are the stories plugin's
``story.figures.v1``; this summary is the whole corpus's.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from newslens_numbers.units import UNITS
from newslens_numbers.words import singular

__all__ = ["COMPARED_KINDS", "SUMMARY_COLUMNS", "singular", "summarize"]

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
    "spread_pct": "float64",
    "agree": "boolean",
    "shared": "str",
}

#: Figures to reconcile across articles; durations ("three days", "20 years") and ages are
#: no figure of an event to compare between stories, and names are no figure at all.
COMPARED_KINDS = ("count", "number", "measure", "money", "percent", "temperature")


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


def _round(values: pd.Series) -> pd.Series:
    """Six significant digits: 15 seconds shown in years stays 4.75e-07, not 0."""
    out = values.astype("float64").copy()
    finite = np.isfinite(out) & (out != 0)
    mags = np.floor(np.log10(np.abs(out[finite])))
    # multiply or divide by an exact power of ten so 3.1e10 stays an integer
    up = 10.0 ** np.maximum(5 - mags, 0)
    down = 10.0 ** np.maximum(mags - 5, 0)
    out[finite] = np.round(out[finite] * up / down) * down / up
    return out


def _mode(frame: pd.DataFrame, by: str, column: str) -> pd.Series:
    """Most common ``column`` per ``by`` (ties: the smallest, as ``Series.mode`` picks)."""
    counts = frame.groupby([by, column], sort=False).size().reset_index(name="_n")
    counts = counts.sort_values([by, "_n", column], ascending=[True, False, True])
    return counts.drop_duplicates(by).set_index(by)[column]


def summarize(findings: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Compare the same quantity across articles (see the module docs for the columns).

    Vectorised (one groupby per column) because the runner calls it once per corpus and the
    explorer reads it on every pick: its cost must not grow faster than the findings do.
    """
    if findings is None or len(findings) == 0:
        return _empty()
    f = findings[findings["kind"].isin(COMPARED_KINDS)]
    # the second member of a conversion pair repeats the first: count the measure once
    if "same_as" in f:
        same = pd.to_numeric(f["same_as"], errors="coerce")
        f = f[~(same.notna() & (same < f["n"]))]
    if f.empty:
        return _empty()
    kind = f["kind"].astype(str)
    unit = f["unit"].fillna("").astype(str)
    quantity = (
        f["quantity"].fillna("").astype(str) if "quantity" in f else pd.Series("", index=f.index)
    )
    dimension = (
        f["dimension"].fillna("").astype(str) if "dimension" in f else pd.Series("", index=f.index)
    )
    is_count = kind.isin(["count", "number"])
    folds = {q: singular(q) if q else "" for q in quantity[is_count].unique()}
    key = dimension.copy()
    key[kind == "percent"] = unit[kind == "percent"]
    key[kind == "money"] = "money (" + unit[kind == "money"] + ")"
    key[is_count] = quantity[is_count].map(folds)
    g = pd.DataFrame(
        {
            "key": key,
            # the noun as written, in lower case; an acronym's plural keeps its case ("MPs")
            "label": key.where(
                ~is_count,
                quantity.where(quantity.str.fullmatch(r"[A-Z]{2,}s"), quantity.str.lower()),
            ),
            "kind": kind,
            "unit": unit,
            "article_id": f["article_id"].astype(str),
            "text": f["text"].astype(str),
            "value": f["value"].astype("float64"),
            "value_base": f["value_base"].astype("float64") if "value_base" in f else np.nan,
        }
    )
    g = g[g["key"] != ""]
    if g.empty:
        return _empty()
    label = _mode(g, "key", "label")
    display = _mode(g, "key", "unit")
    kind_of = _mode(g, "key", "kind")
    g["display"] = g["key"].map(display)
    factor = g["display"].map({u: i.factor for u, i in UNITS.items()})
    convert = (
        g["display"].isin(list(UNITS)) & (g["unit"] != g["display"]) & np.isfinite(g["value_base"])
    )
    converted = (g["value_base"] / factor).where(factor != 0, g["value"])
    converted[g["display"].isin(["°C", "°F"])] = np.nan
    g["v"] = _round(g["value"].where(~convert, converted))

    meta = pd.DataFrame(columns=["source", "title", "published"])
    if articles is not None and len(articles):
        cols = [c for c in ("source", "title", "published") if c in articles]
        meta = articles.drop_duplicates("article_id").set_index(
            articles.drop_duplicates("article_id")["article_id"].astype(str)
        )[cols]
    source = g["article_id"].map(meta["source"]) if "source" in meta else None
    # an article without a source is "unknown": counted as one source, not one each
    g["src"] = "unknown" if source is None else source.fillna("").astype(str)
    g.loc[g["src"] == "", "src"] = "unknown"

    pair = ["key", "article_id"]
    per = g.groupby(pair, sort=False)
    out = per.agg(
        mentions=("v", "size"), value_min=("v", "min"), value_max=("v", "max")
    ).reset_index()
    values = g[[*pair, "v"]].sort_values([*pair, "v"]).drop_duplicates()
    value_lists = values.groupby(pair, sort=False)["v"].agg(list)
    figures = g[[*pair, "text"]].drop_duplicates().groupby(pair, sort=False)["text"].agg("; ".join)
    out = out.join(value_lists.rename("values"), on=pair).join(figures.rename("figures"), on=pair)
    n_articles = g.groupby("key")["article_id"].nunique()
    n_sources = g.groupby("key")["src"].nunique()
    lo, hi = g.groupby("key")["v"].min(), g.groupby("key")["v"].max()
    spread = (100 * (hi - lo) / lo.abs()).where(lo.notna() & (lo != 0)).round(1)
    # a value is shared when every article reporting the key has it
    have = values.dropna(subset=["v"]).groupby(["key", "v"])["article_id"].nunique()
    have = have[have.to_numpy() == n_articles.reindex(have.index.get_level_values(0)).to_numpy()]
    shared = (
        have.reset_index()
        .groupby("key")["v"]
        .agg(lambda vs: ", ".join(_fmt(v) for v in sorted(vs)))
    )
    out["articles"] = out["key"].map(n_articles)
    out["sources"] = out["key"].map(n_sources)
    out["spread_pct"] = out["key"].map(spread)
    out["shared"] = out["key"].map(shared).fillna("")
    out["agree"] = out["shared"] != ""
    out["unit"] = out["key"].map(display)
    out["kind"] = out["key"].map(kind_of)
    for col in ("source", "title"):
        col_values = meta[col] if col in meta else pd.Series(dtype=object)
        out[col] = out["article_id"].map(col_values).fillna("").astype(str)
    if "published" in meta:
        dates = {a: _date(p) for a, p in meta["published"].items()}
        out["published"] = out["article_id"].map(dates).fillna("")
    else:
        out["published"] = ""
    out["key"] = out["key"].map(label)
    out = out[list(SUMMARY_COLUMNS)]
    out = out.sort_values(["articles", "key", "article_id"], ascending=[False, True, True])
    out = out.reset_index(drop=True)
    for col, dtype in SUMMARY_COLUMNS.items():
        if dtype != "object":
            out[col] = out[col].astype(dtype)
    return out
