"""The corpus timeline as a table: which periods the corpus talks about, how much and since when.

An analyst reading a corpus wants to know which weeks or months the coverage is about ("most
articles published in October speak of 30 September"), how widely (articles, sources) and
when the press started and stopped mentioning each period. So :func:`summarize` returns one
row per *period mentioned* (a calendar month, or a day when every mention falls within a
couple of months), built from the DATE and TIME findings that have date bounds.

An expression counts in a period only when it fits inside it: "30 September" counts in
September, "September 2015" too, but "2015" or "the third quarter" (coarser than a month) are
not spread over months and stay out of this table (they are in the findings). Durations, sets
and unanchored expressions ("a week", "every year", ``XXXX-09-30``) have no place on a
calendar and are left out as well.

Columns (see :data:`SUMMARY_COLUMNS`):

- ``period``: ``2015-09`` (month) or ``2015-09-30`` (day); ``unit``: ``month`` or ``day``.
- ``mentions``: expressions inside the period; ``articles``, ``sources``: distinct articles
  and sources mentioning it (an article without a source counts as its own source).
- ``first_published`` / ``last_published``: ISO dates of the earliest and latest article
  mentioning it ("" when no mentioning article has a date).
- ``median_lag_days``: median of (publication date - start of the mention) in days: positive
  when the press looks back at the period, negative when it looks ahead.
- ``top_expressions``: the most frequent wordings, with counts (``30 September (3); ...``).

Dates are ISO strings, not timestamps, so the summary round-trips through CSV unchanged (as
the numbers summary does). It is a pure function of (findings, articles).
"""

from __future__ import annotations

import pandas as pd

SUMMARY_COLUMNS: dict[str, str] = {
    "period": "str",
    "unit": "str",
    "mentions": "int64",
    "articles": "int64",
    "sources": "int64",
    "first_published": "str",
    "last_published": "str",
    "median_lag_days": "float64",
    "top_expressions": "str",
}

#: Mentions spread over at most this many days are summarised per day, else per month.
DAY_UNIT_MAX_SPAN = pd.Timedelta(days=62)

#: Wordings listed per period in ``top_expressions``.
TOP_WORDINGS = 3

_DAY = pd.Timedelta(days=1)


def empty_summary() -> pd.DataFrame:
    """The summary of a corpus without dated mentions: no rows, the declared columns."""
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in SUMMARY_COLUMNS.items()})


def dated_mask(findings: pd.DataFrame) -> pd.Series:
    """True for the findings that sit on a calendar: DATE/TIME, valid, with a ``date_start``.

    Shared by the summary, the plots and the view so they all count the same mentions.
    """
    if findings is None or not len(findings) or "date_start" not in findings.columns:
        index = findings.index if findings is not None else None
        return pd.Series(False, index=index, dtype="bool")
    mask = findings["type"].isin(("DATE", "TIME")) & findings["date_start"].notna()
    if "valid" in findings.columns:
        mask &= findings["valid"].fillna(True).astype(bool)
    return mask.astype(bool)


def dated(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings that sit on a calendar (see :func:`dated_mask`)."""
    if findings is None:
        return pd.DataFrame()
    return findings[dated_mask(findings).to_numpy()]


def publication_info(articles: pd.DataFrame | None) -> pd.DataFrame:
    """``published``, ``source`` and ``title`` indexed by ``article_id`` (missing ones empty)."""
    columns = ("published", "source", "title")
    if articles is None or not len(articles) or "article_id" not in articles.columns:
        return pd.DataFrame(
            {
                "published": pd.Series(dtype="datetime64[ns, UTC]"),
                "source": pd.Series(dtype="str"),
                "title": pd.Series(dtype="str"),
            }
        )
    # one selection, then no attrs: pandas deep-copies ``attrs`` (a loaded corpus carries its
    # load report there) on every operation, which made this 30x slower on Reuters-21578
    wanted = ["article_id", *(c for c in columns if c in articles.columns)]
    frame = articles[wanted]
    frame.attrs = {}
    frame = frame.drop_duplicates("article_id")
    frame.index = frame["article_id"].astype(str)
    out = pd.DataFrame(index=frame.index)
    for column in columns:
        if column == "published":
            values = frame[column] if column in frame else pd.Series(pd.NaT, index=frame.index)
            out[column] = pd.to_datetime(values, utc=True, errors="coerce")
        else:
            values = frame[column] if column in frame else pd.Series("", index=frame.index)
            out[column] = values.fillna("").astype(str)
    return out


def days(stamps: pd.Series) -> pd.Series:
    """Timestamps as float days since 1970 (NaN for NaT).

    Differences of these never overflow, unlike ``Timestamp - Timestamp``, which fails past
    292 years: a wire archive quoting 1680 next to 2080 is ordinary. Works in seconds, so a
    column stored at another resolution (``datetime64[s]`` for "the 13th century") converts too.
    """
    stamps = pd.to_datetime(stamps, utc=True)
    naive = stamps.dt.tz_localize(None) if len(stamps) else stamps
    seconds = naive.to_numpy().astype("datetime64[s]").astype("int64").astype("float64")
    values = seconds / 86400.0
    out = pd.Series(values, index=stamps.index)
    return out.where(stamps.notna())


def choose_unit(starts: pd.Series) -> str:
    """``"day"`` when every mention falls within :data:`DAY_UNIT_MAX_SPAN`, else ``"month"``:
    a corpus about one week reads best per day, a wire archive per month."""
    if not len(starts):
        return "month"
    span = days(starts)
    return "day" if span.max() - span.min() <= DAY_UNIT_MAX_SPAN / _DAY else "month"


def _period_bounds(starts: pd.Series, unit: str) -> tuple[pd.Series, pd.Series]:
    naive = starts.dt.tz_convert("UTC").dt.tz_localize(None)
    if unit == "day":
        lo = naive.dt.floor("D")
        hi = lo + _DAY
    else:
        lo = naive.dt.to_period("M").dt.start_time
        hi = lo + pd.offsets.MonthBegin(1)
    return lo.dt.tz_localize("UTC"), hi.dt.tz_localize("UTC")


def _iso(stamp: object) -> str:
    return "" if stamp is None or pd.isna(stamp) else pd.Timestamp(stamp).date().isoformat()


def summarize(
    findings: pd.DataFrame, articles: pd.DataFrame, *, unit: str | None = None
) -> pd.DataFrame:
    """One row per period mentioned, most recent period last (see the module docs).

    :param unit: ``"day"`` or ``"month"``; ``None`` chooses with :func:`choose_unit`.
    """
    rows = dated(findings)
    if not len(rows):
        return empty_summary()
    starts = pd.to_datetime(rows["date_start"], utc=True)
    ends = pd.to_datetime(rows["date_end"], utc=True) if "date_end" in rows else starts
    ends = ends.fillna(starts + _DAY)
    unit = unit or choose_unit(starts)
    if unit not in ("day", "month"):
        raise ValueError(f"unit must be 'day' or 'month', not {unit!r}")
    lo, hi = _period_bounds(starts, unit)
    fits = ends <= hi
    if not fits.any():
        return empty_summary()
    info = publication_info(articles)
    ids = rows["article_id"].astype(str)
    published = ids.map(info["published"]) if len(info) else pd.Series(pd.NaT, index=rows.index)
    source = ids.map(info["source"]).fillna("") if len(info) else pd.Series("", index=rows.index)
    frame = pd.DataFrame(
        {
            "period": lo.dt.strftime("%Y-%m-%d" if unit == "day" else "%Y-%m"),
            "article_id": ids,
            # an article without a source is counted as a source of its own
            "source": source.where(source != "", "\x00" + ids),
            "published": pd.to_datetime(published, utc=True),
            "lag": days(published) - days(starts),
            "text": rows["text"].astype(str),
        }
    )[fits.to_numpy()]
    grouped = frame.groupby("period", sort=True)
    out = pd.DataFrame(
        {
            "mentions": grouped.size(),
            "articles": grouped["article_id"].nunique(),
            "sources": grouped["source"].nunique(),
            "first_published": grouped["published"].min().map(_iso),
            "last_published": grouped["published"].max().map(_iso),
            "median_lag_days": grouped["lag"].median(),
        }
    )
    wordings = frame.groupby(["period", "text"], sort=False).size().reset_index(name="count")
    wordings = wordings.sort_values(
        ["period", "count", "text"], ascending=[True, False, True], kind="stable"
    )
    top = wordings.groupby("period", sort=True).head(TOP_WORDINGS)
    out["top_expressions"] = (
        (top["text"] + " (" + top["count"].astype(str) + ")").groupby(top["period"]).agg("; ".join)
    )
    out = out.reset_index().rename(columns={"index": "period"})
    out.insert(1, "unit", unit)
    out = out[list(SUMMARY_COLUMNS)]
    return out.astype(SUMMARY_COLUMNS).reset_index(drop=True)


__all__ = [
    "SUMMARY_COLUMNS",
    "choose_unit",
    "dated",
    "dated_mask",
    "days",
    "empty_summary",
    "publication_info",
    "summarize",
]
