"""Issue 18, round fifty-seven: speech rows that report no one.

Five shapes of spurious speech rows, each a word of saying in another use: "offer" in its sense
of giving (a glimpse, an opportunity, a sum), "report(s)" as a noun after a lower-case modifier
("free credit reports", "a false burglary report"), the writer's impersonal aside ("it is
important to remember that", "it's worth noting"), a hedge of an allegation on a gerund after
a preposition ("charged for allegedly hiding"), and "say" as a noun after an article or a
possessive ("get their say on"). The guards keep the verb where a subject agrees with it or a
clause follows, a statement offered, "reportedly", and a person who says.

Every sentence here was written for these tests; none is taken from a corpus. The first five
tests fail on main (0.25.4); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def cues(got: Callable, text: str) -> list[str]:
    return [c for c, _, _ in got(text)]


def test_offer_in_its_sense_of_giving_is_no_row(got: Callable) -> None:
    assert "offered" not in cues(got, "The ferry visit offered a glimpse of the mayor to come.")
    assert "offered" not in cues(
        got, "The council meeting, two blocks away, offered a striking contrast with the rally."
    )
    assert "offering" not in cues(
        got, "Lund singled out the harbour towns, offering $30 million over ten years."
    )


def test_report_after_a_lower_case_modifier_is_the_noun(got: Callable) -> None:
    assert cues(got, "Drivers can get three free credit reports each year from the bureau.") == []
    assert "report" not in cues(
        got, "The firm said in its quarterly report filed on Monday that it sold the yard."
    )
    assert "reports" not in cues(
        got, "The site relies on user reports to find the fake listings, its owner said."
    )


def test_the_writers_aside_is_no_row(got: Callable) -> None:
    assert (
        cues(
            got,
            "The board is getting bigger, but it is important to remember that boards can be slow.",
        )
        == []
    )
    assert cues(got, "It's worth noting that the ferry has never been late.") == []


def test_a_hedge_on_a_gerund_after_a_preposition_is_no_row(got: Callable) -> None:
    text = "The skipper was fined last spring for allegedly hiding the catch from inspectors."
    assert "allegedly" not in cues(got, text)


def test_say_after_an_article_or_a_possessive_is_the_noun(got: Callable) -> None:
    assert cues(got, "Harbour towns will finally get their say on the levy next spring.") == []
    assert cues(got, "The skippers were granted a say in how the quays are run.") == []


def test_the_guards(got: Callable) -> None:
    # a statement offered, a subject that agrees with the verb, a clause after "reports"
    assert "offered" in cues(got, "Lund offered a defence of the levy on Monday.")
    assert "report" in cues(got, "Officials report that the pier is closed.")
    assert "reports" in cues(got, "The agency reports that the ferry was late.")
    assert "reports" in cues(got, "A regional harbour expert reports the ferries were seen.")
    # "reportedly" cites reports; a person who says it is fair to say
    assert "reportedly" in cues(got, "The mayor was praised for reportedly stopping the fire.")
    assert "said" in cues(got, "It is fair to say that the levy is unpopular, Lund said.")
    assert "allegedly" in cues(got, "The skipper allegedly hid the catch.")
    assert "say" in cues(got, "Skippers say their catch is down by a third.")
