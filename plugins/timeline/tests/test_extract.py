"""Normalisation against the publication date: the issue's examples and the rules behind them."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from newslens_timeline.extract import PUBLISHED, UNANCHORED, extract_text

from newslens import Article
from newslens.sentences import sentence_spans

THURSDAY = "2015-10-08"


def one(text: str, published: Any = THURSDAY) -> dict[str, Any]:
    """The single finding in ``text`` (fails loudly when there are none or several)."""
    found = extract_text(text, published, strict=True)
    assert len(found) == 1, [(f["text"], f["value"]) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("The minister arrived on Wednesday.", "Wednesday", "DATE", "2015-10-07"),
        ("Prices fell last week.", "last week", "DATE", "2015-W40"),
        ("The talks resume next month.", "next month", "DATE", "2015-11"),
        ("The campaign began on 30 September.", "30 September", "DATE", "2015-09-30"),
        ("The strikes lasted a week.", "a week", "DURATION", "P1W"),
        ("Output doubled over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("Now the rebels are retreating.", "Now", "DATE", "PRESENT_REF"),
    ],
)
def test_issue_examples(text: str, span: str, type_: str, value: str) -> None:
    f = one(text)
    assert (f["text"], f["type"], f["value"]) == (span, type_, value)
    assert text[f["start"] : f["end"]] == span


def test_early_on_thursday_is_the_publication_day_with_mod_start() -> None:
    f = one("The missiles were fired early on Thursday.")
    assert f["text"] == "early on Thursday"
    assert (f["value"], f["mod"], f["anchor"]) == ("2015-10-08", "START", PUBLISHED)
    assert f["date_start"] == pd.Timestamp("2015-10-08", tz="UTC")
    assert f["date_end"] == pd.Timestamp("2015-10-09", tz="UTC")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He spoke on Friday.", "2015-10-02"),  # past verb: the most recent Friday
        ("He will speak on Friday.", "2015-10-09"),  # future verb: the next one
        ("The talks will resume on Wednesday.", "2015-10-14"),
        ("The talks resumed on Wednesday.", "2015-10-07"),
        ("Voters are expected to go to the polls on Monday.", "2015-10-12"),
    ],
)
def test_weekday_follows_the_tense_of_its_clause(text: str, value: str) -> None:
    assert one(text)["value"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The strike ended in December.", "2014-12"),  # past: the last December
        ("The strike will end in December.", "2015-12"),
        ("Sales rose in the third quarter.", "2015-Q3"),
        ("It was built in 1998.", "1998"),
        ("Profits rose in the fourth quarter of 1997.", "1997-Q4"),
        ("They met on 12 March 2014.", "2014-03-12"),
        ("They met on March 12, 2014.", "2014-03-12"),
        ("The company was founded three years ago.", "2012"),
        ("Yesterday the army withdrew.", "2015-10-07"),
        ("The vote is tomorrow.", "2015-10-09"),
        ("It happened in the 1990s.", "199"),
        ("Prices fell this year.", "2015"),
        ("The accord was signed last weekend.", "2015-W40-WE"),
    ],
)
def test_more_calendar_values(text: str, value: str) -> None:
    assert one(text)["value"] == value


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("The paper is published weekly.", "SET", "P1W"),
        ("They meet every Tuesday.", "SET", "XXXX-WXX-2"),
        ("It costs $33 million a year.", "SET", "P1Y"),
        ("The talks lasted 18 months.", "DURATION", "P18M"),
        ("The flight took two hours.", "DURATION", "PT2H"),
        ("It will take several days.", "DURATION", "PXD"),
        ("Recently the rebels gained ground.", "DATE", "PAST_REF"),
    ],
)
def test_durations_sets_and_refs(text: str, type_: str, value: str) -> None:
    f = one(text)
    assert (f["type"], f["value"]) == (type_, value)
    assert pd.isna(f["date_start"]) and pd.isna(f["date_end"])


def test_a_year_earlier_keeps_the_quarter_granularity() -> None:
    found = extract_text("Profit rose in the third quarter of 1988, against a year earlier.")
    assert [f["value"] for f in found] == ["1988-Q3", "1987-Q3"]
    assert found[1]["anchor"] == "previous expression"


def test_clock_time_on_a_weekday() -> None:
    f = one("The blast happened at 3:30 p.m. on Tuesday.")
    assert (f["type"], f["value"]) == ("TIME", "2015-10-06T15:30")


def test_without_publication_date_only_what_is_certain() -> None:
    f = one("The campaign began on 30 September.", published=None)
    assert (f["value"], f["anchor"]) == ("XXXX-09-30", UNANCHORED)
    assert "no publication date" in f["anchor"]
    assert pd.isna(f["date_start"])
    weekday = one("He spoke on Wednesday.", published=None)
    assert weekday["value"] == "XXXX-WXX-3" and weekday["anchor"] == UNANCHORED
    absolute = one("They met on 12 March 2014.", published=None)
    assert absolute["value"] == "2014-03-12" and absolute["anchor"] == "absolute"


def test_nat_publication_date_is_no_publication_date() -> None:
    f = one("The campaign began on 30 September.", published=pd.NaT)
    assert f["value"] == "XXXX-09-30"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("The deal was signed on 31 February.", "February has no day 31"),
        ("The deal was signed on February 30, 2015.", "February has no day 30"),
        ("The deal was signed on 29 February 2015.", "February has no day 29"),
    ],
)
def test_impossible_dates_are_reported_not_raised(text: str, note: str) -> None:
    f = one(text)
    assert f["valid"] is False
    assert f["value"] is None and note in f["note"]
    assert f["date_start"] is None


def test_leap_day_is_valid_in_a_leap_year() -> None:
    f = one("The deal was signed on 29 February 2016.")
    assert f["valid"] is True and f["value"] == "2016-02-29"


@pytest.mark.parametrize(
    "text",
    [
        "Four warships fired 26 missiles about 1,500km (930 miles) away.",
        "The company sold 2015 cars and 1998 tonnes of steel.",
        "You may go.",
        "Shares rose 3.5% to 1,250 points.",
    ],
)
def test_no_false_positives_on_figures(text: str) -> None:
    assert extract_text(text, THURSDAY, strict=True) == []


def test_sentence_is_the_event_context() -> None:
    text = "Markets were calm. The campaign began on 30 September. Nothing else."
    f = one(text)
    assert f["sentence_text"] == "The campaign began on 30 September."
    assert f["sentence"] == 1  # the index into the core's split, as in every frame
    assert sentence_spans(text)[1] == (f["sentence_start"], f["sentence_end"])
    assert text[f["sentence_start"] : f["sentence_end"]] == f["sentence_text"]


def test_extract_takes_the_article_published_timestamp() -> None:
    article = Article(
        article_id="a",
        text="The vote was on Wednesday.",
        published=pd.Timestamp("2015-10-08 23:30", tz="UTC"),
    )
    from newslens_timeline.extract import extract

    rows = list(extract(article))
    assert [r["value"] for r in rows] == ["2015-10-07"]
    assert [r["n"] for r in rows] == [0]


def test_comparison_points_do_not_move_the_time_under_discussion() -> None:
    text = (
        "Profit rose in the third quarter of 1988 from a year earlier. "
        "Sales also rose from a year earlier, and in the quarter costs fell."
    )
    found = extract_text(text, "1988-11-02", strict=True)
    assert [f["value"] for f in found] == ["1988-Q3", "1987-Q3", "1987-Q3", "1988-Q3"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The offer was extended to Nov. 20.", "1989-11-20"),  # two weeks ahead, not 1988
        ("The dividend is payable Jan. 2.", "1990-01-02"),
        ("The shuttle will be launched in December.", "1989-12"),
        ("The lease had been scheduled to run out Friday.", "1989-10-27"),
        ("Shares fell on Friday.", "1989-10-27"),
    ],
)
def test_tense_of_news_clauses(text: str, value: str) -> None:
    assert one(text, published="1989-11-02")["value"] == value


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("Violence has grown in recent years.", "DATE", "PAST_REF"),
        ("Prices will rise in the coming months.", "DATE", "FUTURE_REF"),
        ("Prices rose over the last few months.", "DURATION", "PXM"),
        ("Sales for the year rose 5%.", "DATE", "2015"),
        ("Ticket income in the year ended June 30 slipped.", "DURATION", "P1Y"),
    ],
)
def test_vague_stretches_and_the_year(text: str, type_: str, value: str) -> None:
    found = [f for f in extract_text(text, THURSDAY, strict=True) if f["type"] == type_]
    assert [f["value"] for f in found][:1] == [value]


def test_the_following_month_follows_the_time_under_discussion() -> None:
    text = "In March the company received an offer. The following month, it put itself up for sale."
    found = extract_text(text, "1989-10-27", strict=True)
    assert [f["value"] for f in found] == ["1989-03", "1989-04"]
    assert found[1]["anchor"] == "previous expression"


def test_latest_quarter_is_the_last_completed_one() -> None:
    text = "Profit fell in the second quarter. In the latest quarter it rose."
    found = extract_text(text, "1989-11-02", strict=True)
    assert [f["value"] for f in found] == ["1989-Q2", "1989-Q3"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Crime fell in the nineties.", THURSDAY, "199"),
        ("Sales will grow in the near term.", THURSDAY, "FUTURE_REF"),
        ("Profit rose in the 1988 second quarter.", "1989-11-02", "1988-Q2"),
        ("In the latest period, profit rose.", "1989-11-02", "1989-Q3"),
    ],
)
def test_decade_words_near_term_and_year_quarters(text: str, published: str, value: str) -> None:
    assert one(text, published=published)["value"] == value


def test_the_year_period_follows_the_quarter_under_discussion() -> None:
    text = "Profit rose in the third quarter. In the 1988 period, it fell."
    found = extract_text(text, "1989-11-02", strict=True)
    assert [f["value"] for f in found] == ["1989-Q3", "1988-Q3"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Shares rose in today's trading.", "today"),
        ("In the past, rebels held the town.", "the past"),
        ("He signed a two-year contract.", "two-year"),
        ("Its fourth quarter was weak.", "fourth quarter"),
    ],
)
def test_extent_leaves_context_words_out(text: str, span: str) -> None:
    assert one(text)["text"] == span


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Reupke, 52 years old, resigned.",
        "A 136-year-old firm.",
        "It imports three-quarters of its food.",
    ],
)
def test_ages_and_fractions_are_no_time(text: str) -> None:
    assert extract_text(text, THURSDAY, strict=True) == []


def test_that_year_is_the_year_just_mentioned() -> None:
    found = extract_text("The plant opened in 1988. That year, sales doubled.", THURSDAY)
    assert [(f["text"], f["value"]) for f in found] == [("1988", "1988"), ("That year", "1988")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks resume this weekend.", "2015-W41-WE"),  # Thursday: the coming one
        ("The accord was signed at the weekend.", "2015-W40-WE"),
        ("Growth slowed in the first half of 1998.", "1998-H1"),
        ("Growth slowed in the last half of 1989.", "1989-H2"),
    ],
)
def test_weekends_and_half_years(text: str, value: str) -> None:
    assert one(text)["value"] == value


def test_an_expression_that_fails_to_resolve_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import newslens_timeline.extract as module

    def broken(m, ctx):  # a resolver bug, simulated
        raise ValueError("boom")

    rules = [(n, p, broken if n == "day_month" else r) for n, p, r in module.RULES]
    monkeypatch.setattr(module, "RULES", rules)
    found = extract_text("It began on 30 September, a week ago.", THURSDAY)
    assert [(f["text"], f["valid"]) for f in found] == [
        ("30 September", False),
        ("a week ago", True),
    ]
    assert "boom" in found[0]["note"] and found[0]["value"] is None
    with pytest.raises(ValueError):
        extract_text("It began on 30 September.", THURSDAY, strict=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In January, the company brought in a new chief.", "1989-01"),  # verb after the comma
        ("It would be refunded on a still unnamed date in January.", "1990-01"),  # the modal
    ],
)
def test_tense_past_a_fronted_adverbial_and_after_a_modal(text: str, value: str) -> None:
    assert one(text, published="1989-10-27")["value"] == value


def test_month_abbreviation_alone_is_no_month() -> None:
    found = extract_text("Sept. In Jan. it rose, and in early May it fell.", THURSDAY, strict=True)
    assert [(f["text"], f["value"]) for f in found] == [
        ("Jan.", "2015-01"),
        ("early May", "2015-05"),
    ]


def test_the_full_year_is_the_year_reported_on() -> None:
    f = one("Fare revenue for the full year came to $3.2 billion.", published="1989-11-02")
    assert (f["type"], f["value"]) == ("DATE", "1989")


def test_centuries_before_pandas_range_keep_value_without_bounds() -> None:
    """'the 13th century' is 1200-1300, before the first date a nanosecond column holds:
    the finding stays, with its TIMEX3 value, and no date bounds (so the run never fails)."""
    found = extract_text("The church dates from the 13th century.", "2015-10-08")
    century = [f for f in found if f["value"] == "12"]
    assert century, found
    assert century[0]["date_start"] is None or pd.isna(century[0]["date_start"])


@pytest.mark.parametrize("minute", range(60))
def test_a_clock_time_starts_on_its_minute_exactly(minute: int) -> None:
    # hours plus minutes as a float hour fell a nanosecond short ("1620 UTC" at 16:19:59.99...)
    from newslens_timeline.values import bounds

    start, end = bounds(f"2019-05-29T16:{minute:02d}")
    assert start == pd.Timestamp(f"2019-05-29 16:{minute:02d}", tz="UTC")
    assert end - start == pd.Timedelta(minutes=1)
