"""The corpus summary: periods mentioned, counted from hand-made findings (so the counts are
known exactly, whatever the extractor finds) and once from real extraction."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from newslens_timeline.extract import COLUMNS, extract_text
from newslens_timeline.summary import SUMMARY_COLUMNS, choose_unit, dated, summarize
from newslens_timeline.values import bounds

from newslens.testing import tiny_corpus


def finding(article_id: str, text: str, value: str, kind: str = "DATE", **extra: Any) -> dict:
    """One findings row as ``timeline.v1`` returns it, bounds computed from the value."""
    lo, hi = bounds(value) if kind in ("DATE", "TIME") else (None, None)
    row = {
        "article_id": article_id,
        "n": 0,
        "start": 0,
        "end": len(text),
        "text": text,
        "type": kind,
        "value": value,
        "mod": None,
        "anchor": "publication date",
        "date_start": lo,
        "date_end": hi,
        "sentence": 0,
        "sentence_text": f"Something happened {text}.",
        "sentence_start": 0,
        "sentence_end": len(f"Something happened {text}."),
        "valid": True,
        "note": None,
    }
    row.update(extra)
    return row


def frame(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=["article_id", *COLUMNS])
    for column in ("date_start", "date_end"):
        out[column] = pd.to_datetime(out[column], utc=True)
    return out


def articles(*rows: tuple[str, str | None, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [r[0] for r in rows],
            "published": pd.to_datetime([r[1] for r in rows], utc=True),
            "source": [r[2] for r in rows],
            "title": [f"title {r[0]}" for r in rows],
        }
    )


def test_months_counted_with_articles_sources_and_publication_dates() -> None:
    found = frame(
        [
            finding("a", "30 September", "2015-09-30"),
            finding("a", "September", "2015-09"),
            finding("b", "30 September", "2015-09-30"),
            finding("c", "Sept. 30", "2015-09-30"),
            finding("c", "last December", "2014-12"),
        ]
    )
    arts = articles(
        ("a", "2015-10-07", "BBC"), ("b", "2015-10-08", "BBC"), ("c", "2015-10-09", "Reuters")
    )
    summary = summarize(found, arts)
    assert list(summary.columns) == list(SUMMARY_COLUMNS)
    assert summary["period"].tolist() == ["2014-12", "2015-09"]
    assert set(summary["unit"]) == {"month"}
    september = summary.set_index("period").loc["2015-09"]
    assert september["mentions"] == 4
    assert september["articles"] == 3
    assert september["sources"] == 2
    assert september["first_published"] == "2015-10-07"
    assert september["last_published"] == "2015-10-09"
    # the most frequent wording first, with its count
    assert september["top_expressions"].startswith("30 September (2)")
    december = summary.set_index("period").loc["2014-12"]
    assert (december["mentions"], december["articles"]) == (1, 1)
    # published 2015-10-09, mention starts 2014-12-01: 312 days back
    assert december["median_lag_days"] == pytest.approx(312.0)


def test_a_short_span_is_summarised_per_day() -> None:
    found = frame(
        [
            finding("a", "on Wednesday", "2015-10-07"),
            finding("a", "yesterday", "2015-10-06"),
            finding("b", "Wednesday", "2015-10-07"),
        ]
    )
    summary = summarize(found, articles(("a", "2015-10-07", "X"), ("b", "2015-10-08", "Y")))
    assert summary["period"].tolist() == ["2015-10-06", "2015-10-07"]
    assert set(summary["unit"]) == {"day"}
    assert summary["mentions"].tolist() == [1, 2]
    assert summary.loc[1, "median_lag_days"] == pytest.approx(0.5)  # 0 and 1 day back


def test_unit_can_be_forced_and_is_checked() -> None:
    found = frame([finding("a", "Wednesday", "2015-10-07")])
    assert summarize(found, articles(("a", "2015-10-07", "X")), unit="month")[
        "period"
    ].tolist() == ["2015-10"]
    with pytest.raises(ValueError, match="unit"):
        summarize(found, articles(("a", "2015-10-07", "X")), unit="week")


def test_only_mentions_that_fit_a_period_are_counted() -> None:
    found = frame(
        [
            finding("a", "30 September", "2015-09-30"),
            finding("a", "2015", "2015"),  # a year: coarser than a month
            finding("a", "the third quarter", "2015-Q3"),
            finding("a", "a week", "P1W", kind="DURATION"),
            finding("a", "every year", "P1Y", kind="SET"),
            finding("a", "now", "PRESENT_REF"),
            finding("a", "31 February", "2015-02-31", valid=False, note="no such day"),
            finding("a", "December 2014", "2014-12"),
        ]
    )
    summary = summarize(found, articles(("a", "2015-10-07", "X")))
    assert summary["period"].tolist() == ["2014-12", "2015-09"]
    assert summary["mentions"].sum() == 2
    assert len(dated(found)) == 4  # the two fitting ones, the year and the quarter


def test_unknown_dates_and_sources() -> None:
    found = frame(
        [finding("a", "30 September", "2015-09-30"), finding("b", "Sept 30", "2015-09-30")]
    )
    summary = summarize(found, articles(("a", None, ""), ("b", None, "")))
    row = summary.iloc[0]
    assert (row["first_published"], row["last_published"]) == ("", "")
    assert pd.isna(row["median_lag_days"])
    assert row["sources"] == 2  # an article without a source is its own source
    # no articles frame at all: still a valid summary
    alone = summarize(found, pd.DataFrame())
    assert alone["mentions"].tolist() == [2]


def test_empty_and_undated_findings_give_the_declared_empty_frame() -> None:
    for found in (
        frame([]),
        frame([finding("a", "a week", "P1W", kind="DURATION")]),
        pd.DataFrame(),
    ):
        summary = summarize(found, articles(("a", "2015-10-07", "X")))
        assert summary.empty
        assert dict(summary.dtypes.astype(str)) == {
            c: ("str" if d == "str" else d) for c, d in SUMMARY_COLUMNS.items()
        }


def test_centuries_apart_do_not_overflow() -> None:
    """A wire archive quotes 1680 and 2080: Timestamp differences overflow past 292 years."""
    found = frame(
        [
            finding("a", "1680", "1680-03-08"),
            finding("a", "2080", "2080-01-01"),
            finding("a", "March 1987", "1987-03"),
        ]
    )
    assert choose_unit(pd.to_datetime(found["date_start"], utc=True)) == "month"
    summary = summarize(found, articles(("a", "1987-03-02", "Reuters")))
    assert summary["period"].tolist() == ["1680-03", "1987-03", "2080-01"]
    # date(1987, 3, 2) - date(1680, 3, 8), computed without pandas
    assert summary["median_lag_days"].iloc[0] == pytest.approx(112_122)


def test_summary_of_real_extraction() -> None:
    """The tiny corpus, extracted for real: '30 September' (in tiny-2) is in the summary."""
    corpus = tiny_corpus()
    rows = []
    for article in corpus.itertuples():
        for row in extract_text(article.text, article.published):
            rows.append({"article_id": article.article_id, **row})
    summary = summarize(frame(rows), corpus)
    periods = summary.set_index("period")
    key = next(p for p in periods.index if p.startswith("2015-09"))
    assert periods.loc[key, "articles"] >= 1
    assert "30 September" in periods.loc[key, "top_expressions"]


def test_dates_outside_the_nanosecond_range_are_summarised() -> None:
    """'the 13th century' is 1200-1300, outside datetime64[ns]; a column at second resolution
    holds it, and the summary reads it (a month-fitting mention from it would be counted)."""
    found = frame(
        [
            finding("a", "March 1987", "1987-03"),
            finding("a", "the 13th century", "12", date_start=None, date_end=None),
        ]
    )
    found["date_start"] = found["date_start"].astype("datetime64[s, UTC]")
    found["date_end"] = found["date_end"].astype("datetime64[s, UTC]")
    found.loc[1, "date_start"] = pd.Timestamp("1200-01-01", tz="UTC")
    found.loc[1, "date_end"] = pd.Timestamp("1300-01-01", tz="UTC")
    assert choose_unit(found["date_start"]) == "month"
    summary = summarize(found, articles(("a", "1987-03-02", "Reuters")))
    assert summary["period"].tolist() == ["1987-03"]  # a century fits no month
