"""Issue 18, round ten: verbs of saying that a guard rejected, and nested reports.

Every sentence here was written for these tests; none is taken from a corpus. Each loosened
guard has a positive and a negative case: the shape that makes the cue a report, and a near
shape that stays none.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def test_a_threat_to_act_is_reported(got: Callable) -> None:
    assert got("The union threatened to shut the port if the talks fail.") == [
        ("threatened", "The union", "to shut the port if the talks fail")
    ]
    assert got("Lund has threatened to sue the harbour board.") == [
        ("threatened", "Lund", "to sue the harbour board")
    ]


def test_a_threat_to_a_thing_or_a_place_is_none(got: Callable) -> None:
    assert got("Rising water threatens the harbour.") == []
    assert got("The storm threatened to the south of the bay.") == []


def test_calling_a_thing_a_name_is_a_report(got: Callable) -> None:
    assert got("The mayor called the plan a disaster.") == [
        ("called", "The mayor", "the plan a disaster")
    ]
    assert got("Lund calls the new levy an insult to the crews.") == [
        ("calls", "Lund", "the new levy an insult to the crews")
    ]


def test_calling_to_order_a_halt_or_by_phone_is_none(got: Callable) -> None:
    for text in (
        "The chair called the meeting to order.",
        "The chair called a halt to the vote.",
        "Lund called the office a day later.",
        "The port called the ferry company a dozen times.",
        "A group called Harbour Watch met on Monday.",
    ):
        assert got(text) == [], text


def test_an_aside_between_the_subject_and_its_verb_is_skipped(got: Callable) -> None:
    assert got("Lund (who owns three boats) said the ferry would be late.") == [
        ("said", "Lund", "the ferry would be late")
    ]
    assert got("Ann Lund — a pilot on the night run — says the ferry will be late.") == [
        ("says", "Ann Lund", "the ferry will be late")
    ]
    rows = got(
        "Harbour chief Ann Lund - who once said the pier was safe - said on Monday that the "
        "ferry would be late."
    )
    assert ("said", "Harbour chief Ann Lund", "the ferry would be late") in rows


def test_an_aside_without_a_report_gives_no_speaker(got: Callable) -> None:
    assert got("The ferry - a gift of the town - sank.") == []
    assert got("Sen. Ann Lund (D-Maine) said the ferry would be late.") == [
        ("said", "Sen. Ann Lund (D-Maine)", "the ferry would be late")
    ]


def test_a_participle_after_a_manner_adverb_is_a_verb(got: Callable) -> None:
    assert got("Two senators are firmly urging Lund to drop the plan.") == [
        ("urging", "Two senators", "to drop the plan")
    ]
    rows = got("After openly mocking the mayor in two debates, Lund lost ground.")
    assert [(cue, speaker) for cue, speaker, _ in rows] == [("mocking", "Lund")]


def test_a_noun_in_ing_after_an_adjective_in_ly_is_none(got: Callable) -> None:
    assert got("The board holds a weekly briefing on the ferries.") == []
    assert got("The port issued an early warning about the storm.") == []


def test_a_report_in_the_passive_without_an_agent(got: Callable) -> None:
    assert got("After the vote, the plan was criticized for its cost.") == [
        ("criticized", None, "the plan … for its cost")
    ]
    assert got("Lund was accused of lying about the vote.") == [
        ("accused", None, "Lund … of lying about the vote")
    ]
    assert got("The crews cheered as Lund was declared the winner in two counties.") == [
        ("declared", None, "Lund … the winner in two counties")
    ]


def test_a_negated_passive_or_one_with_its_agent_is_no_agentless_report(got: Callable) -> None:
    assert got("Nothing was announced after the meeting.") == []
    assert got("No plan was ever confirmed.") == []
    assert got("The plan was criticized by the mayor.") == [("criticized", "the mayor", "The plan")]


def test_a_report_after_a_dash_ends_the_content_before_it(got: Callable) -> None:
    rows = got(
        "Lund says the port raised its fees twice this year — insisting that the fees were fair."
    )
    assert rows == [
        ("says", "Lund", "the port raised its fees twice this year"),
        ("insisting", "Lund", "the fees were fair"),
    ]


def test_a_participle_after_a_dash_that_reports_nothing_stays_in_the_content(got: Callable) -> None:
    assert got("Lund says the ferry stopped at every quay — running two hours late.") == [
        ("says", "Lund", "the ferry stopped at every quay — running two hours late")
    ]


def test_a_person_recalling_a_memory_is_a_report(got: Callable) -> None:
    assert got("She recalled her first winter on the island.") == [
        ("recalled", "She", "her first winter on the island")
    ]
    rows = got('"It was cold," Lund said, recalling a storm in 1990.')
    assert ("recalling", "Lund", "a storm in 1990") in rows


def test_a_recall_of_goods_or_envoys_is_none(got: Callable) -> None:
    assert got("Ford recalled 1,000 trucks on Monday.") == []
    assert got("The ministry recalled its envoy from the capital.") == []


def test_what_is_tweeted_or_repeated_is_reported(got: Callable) -> None:
    assert got("Lund tweeted a photo of the flooded pier on Monday.") == [
        ("tweeted", "Lund", "a photo of the flooded pier on Monday")
    ]
    assert got("The mayor repeated her claim that the levy was fair.") == [
        ("repeated", "The mayor", "her claim that the levy was fair")
    ]


def test_tweets_as_a_noun_report_nothing(got: Callable) -> None:
    assert got("There were a million tweets about the storm.") == []
    assert got("The crews repeated.") == []


def test_writing_a_letter_or_a_column_is_a_report(got: Callable) -> None:
    assert got("Lund wrote a letter to the board urging it to keep the pier open.") == [
        ("wrote", "Lund", "a letter to the board urging it to keep the pier open")
    ]
    assert got("The mayor writes a monthly column on the harbour.") == [
        ("writes", "The mayor", "a monthly column on the harbour")
    ]


def test_writing_songs_or_laws_is_none(got: Callable) -> None:
    assert got("The band wrote new songs for the tour.") == []
    assert got("The council wrote the rules for the new quay.") == []


def test_a_participle_finds_its_subject_past_an_opener_or_an_aside(got: Callable) -> None:
    assert got("Later, the port authority put out a statement saying the pier would reopen.") == [
        ("saying", "the port authority", "the pier would reopen")
    ]
    text = "Lund, visibly tired, answered by tapping the chart, saying the numbers were wrong."
    assert got(text) == [("saying", "Lund", "the numbers were wrong")]


def test_a_participle_with_no_subject_in_its_sentence_has_none(got: Callable) -> None:
    assert got("Later, sailing past the pier, the gulls circled.") == []


def test_a_report_framing_according_to_stays_the_outer_one(got: Callable) -> None:
    text = "The Herald reported that, according to port records, 40 of the 120 ferries were late."
    rows = got(text)
    assert rows == [
        ("reported", "The Herald", "according to port records, 40 of the 120 ferries were late")
    ]
    nested = [r for r in find_attributions(text) if r["nested"]]
    assert [(r["cue"], r["content"]) for r in nested] == [
        ("according to", "40 of the 120 ferries were late")
    ]


def test_according_to_after_a_plain_clause_keeps_it(got: Callable) -> None:
    assert got("The ferries were late, according to port records.") == [
        ("according to", "port records", "The ferries were late")
    ]
