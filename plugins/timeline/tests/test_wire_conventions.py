"""Wire-copy conventions: tense around a weekday, abbreviations that end no sentence, holidays
whose date moves with the year. Invented sentences in the style of agency copy."""

from __future__ import annotations

import pytest
from newslens_timeline.extract import UNANCHORED, extract_text

from newslens.sentences import sentence_spans


def values(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published)]


# 2000-01-06 is a Thursday.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a comma is no longer under the modal before the comma
        (
            "Growers said they would contest the ruling, issued Wednesday by the board.",
            "2000-01-05",
        ),
        # the reporter's failed attempt is a past moment, whatever its modal
        ("The minister could not be reached for comment Wednesday.", "2000-01-05"),
        ("A spokesman would not say Wednesday whether talks had resumed.", "2000-01-05"),
        # a plan in progress looks ahead
        ("Protesters were planning to march through the city on Monday.", "2000-01-10"),
        # a plan made and dropped lies behind
        ("He had planned to fly home on Monday.", "2000-01-03"),
    ],
)
def test_weekday_tense_in_wire_copy(text: str, expected: str) -> None:
    found = values(text, "2000-01-06")
    assert [v for _, _, v in found] == [expected], found


def test_abbreviations_end_no_sentence() -> None:
    text = "In January, a week after the Roe vs. Wade anniversary, a bomb killed a guard."
    assert sentence_spans(text) == ((0, len(text)),)
    # so the verb far to the right still gives the tense: the January before publication
    assert values(text, "1998-10-25")[0] == ("January", "DATE", "1998-01")
    text = "Talks resumed on Jan. 14 when Gen. Smith and George W. Bush met U.S. envoys. Then"
    assert [s for s, _ in sentence_spans(text)] == [0, text.index("Then")]


def test_a_clock_time_before_its_weekday_ends_no_sentence() -> None:
    # 2000-04-03 is a Monday: the deadline is the next morning
    found = values("The relatives have until 9 a.m. Tuesday to hand over the boy.", "2000-04-03")
    assert found == [("9 a.m. Tuesday", "TIME", "2000-04-04T09:00")]
    text = "It ended at 9 a.m. Police left."
    assert [s for s, _ in sentence_spans(text)] == [0, text.index("Police")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Elian spent Thanksgiving Day with his cousins.", "2000-01-07", "1999-11-25"),
        ("Voters will cast ballots on Election Day.", "1998-10-26", "1998-11-03"),
        ("Crowds gathered on Easter Sunday 2016.", "2020-01-01", "2016-03-27"),
        ("Shops closed on Good Friday.", "2019-05-01", "2019-04-19"),
        ("Parades were held on Memorial Day.", "2019-06-10", "2019-05-27"),
        ("He spoke on Martin Luther King Jr. Day.", "2000-01-20", "2000-01-17"),
    ],
)
def test_floating_holidays(text: str, published: str, expected: str) -> None:
    found = values(text, published)
    assert len(found) == 1 and found[0][1:] == ("DATE", expected), found


def test_a_floating_holiday_without_publication_date_keeps_what_is_certain() -> None:
    found = extract_text("They met on Thanksgiving Day.", None)
    assert found[0]["value"] == "XXXX" and found[0]["anchor"] == UNANCHORED


def test_midday_is_noon() -> None:
    assert values("The talks ended at midday Friday.", "2000-01-07") == [
        ("midday Friday", "TIME", "2000-01-07T12:00")
    ]


def test_march_of_a_name_is_no_month() -> None:
    assert values("She led the March of the Combatant Mothers.", "2000-01-15") == []
    assert values("In March of 1998 he left.", "2000-01-15") == [
        ("March of 1998", "DATE", "1998-03")
    ]


def test_a_planned_act_looks_ahead_and_a_fronted_day_dates_the_plan() -> None:
    # 1998-09-30 is a Wednesday
    after = values("The crew planned to sail from Lisbon on Thursday for Madeira.", "1998-09-30")
    assert after == [("Thursday", "DATE", "1998-10-01")]
    fronted = values("On Friday, the government planned to pay the first claims.", "1998-09-30")
    assert fronted == [("Friday", "DATE", "1998-09-25")]


@pytest.mark.parametrize(
    "text",
    [
        'The senator said on NBC\'s "Morning Edition Weekend," that the bill was dead.',
        "The mayor quoted the western ``High Noon'' to the council.",
        "Volunteers ran the ``Summer of Hope'' drive across the county.",
        'She appeared on "This Week With Anne Rowe" to defend the plan.',
    ],
)
def test_a_title_in_quotation_marks_is_no_time(text: str) -> None:
    assert values(text, "2000-01-07") == []


def test_quoted_speech_keeps_its_times() -> None:
    found = values("``We will decide next week,'' the minister said on Friday.", "2000-01-07")
    assert found == [("next week", "DATE", "2000-W02"), ("Friday", "DATE", "2000-01-07")]


def test_now_and_a_comma_opening_a_sentence_is_a_discourse_marker() -> None:
    assert values("Prices fell. Now, the mayor said, the market will wait.", "2000-01-07") == []
    # the adverb of time stays: not at the opening, or without the comma
    found = values("The port is now closed. Now the ferries wait.", "2000-01-07")
    assert found == [("now", "DATE", "PRESENT_REF"), ("Now", "DATE", "PRESENT_REF")]
