"""Issue 18, round ninety-nine: a poll's list of shares as the subject ("45% of growers, 28% of
pilots and 12% of clerks say" read as "28% of pilots and 12% of clerks").

PolNeAR marks such a subject whole, its head the first share. Round ninety-eight's chunker
read a list's comma-joined noun phrases back to a clause's start, but a per cent sign ended
its chunk ("45% | of growers"), a share's "about" / "more than" / "at least" and the "in" of
"four in 10" were words no chunk holds, and "Of those polled," / "Among ...," / "Overall,"
were no opening adverbials, so the list was cut to its last conjuncts. Inside a report's
content ("found that 61% of nurses say"), the step that reads a subject back past "of" stopped
at the per cent sign, and at an "and" before the share.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
widened speakers fail on main (0.25.60: the last conjuncts only); the guards pass on main and
here.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def test_a_list_of_percentages(got: Callable) -> None:
    assert got("45% of growers, 28% of pilots and 12% of clerks say the levy is unfair.") == [
        ("say", "45% of growers, 28% of pilots and 12% of clerks", "the levy is unfair"),
    ]
    assert got(
        "About 45% of growers, more than 28% of pilots and at least 12% of clerks said the "
        "levy was unfair."
    ) == [
        (
            "said",
            "About 45% of growers, more than 28% of pilots and at least 12% of clerks",
            "the levy was unfair",
        ),
    ]


def test_a_list_of_shares_after_an_opening_phrase(got: Callable) -> None:
    for opening in ("Of those polled, ", "Among skippers, ", "Overall, "):
        assert got(opening + "61% of women, 40% of men and 12% of others think the quay is old.")[
            -1
        ] == ("think", "61% of women, 40% of men and 12% of others", "the quay is old")


def test_a_list_of_shares_in_ten(got: Callable) -> None:
    assert got(
        "Six in 10 growers, four in 10 pilots and two in 10 clerks say the levy is unfair."
    ) == [
        ("say", "Six in 10 growers, four in 10 pilots and two in 10 clerks", "the levy is unfair"),
    ]


def test_a_share_before_a_preposition_s_phrase(got: Callable) -> None:
    # "At least one skipper of | the harbour fleet": the share's head, not the fleet
    assert got("At least one skipper of the harbour fleet confirmed that the quay was shut.") == [
        ("confirmed", "At least one skipper of the harbour fleet", "the quay was shut"),
    ]


def test_a_share_inside_a_report_s_content() -> None:
    # the nested row's speaker: the share with its group, not the group alone ("nurses")
    def nested(text: str) -> list[tuple[str, str]]:
        return [(r["cue"], r["speaker"]) for r in find_attributions(text) if r["nested"]]

    assert nested("Officials said that 61% of nurses say the ward is short of staff.") == [
        ("say", "61% of nurses")
    ]
    assert nested("A poll found that 61% of nurses and 40% of doctors say the ward is short.") == [
        ("say", "61% of nurses and 40% of doctors")
    ]


def test_numbers_that_are_no_list_stay_outside(got: Callable) -> None:
    # a verb's object list, an opening phrase of amounts, and another clause before "and"
    assert got("He met about 45% of growers, 28% of pilots and 12% of clerks, officials said.")[-1][
        :2
    ] == ("said", "officials")
    assert got("Prices rose by about 5%, 3% and 2% and analysts said the rise was over.") == [
        ("said", "analysts", "the rise was over"),
    ]
    assert got("The levy was cut by 40% in 2010, and growers say it is still unfair.") == [
        ("say", "growers", "it is still unfair"),
    ]
