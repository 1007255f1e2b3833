"""Issue 18, round sixteen: cues never scanned (acts that report a statement or a view).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def lemmas(text: str) -> list[str]:
    return [r["cue_lemma"] for r in find_attributions(text)]


def test_a_party_compared_to_another_as_likened(got: Callable) -> None:
    assert got("The mayor compared the levy to a toll on the poor.") == [
        ("compared", "The mayor", "the levy to a toll on the poor")
    ]
    assert lemmas("Chan has compared the ferry plan to a bridge to nowhere.")[0] == "compare"
    # no object before "to": a figure set against another, a passive
    assert got("Sales rose five percent compared to last year.") == []
    assert got("Lund was compared to a lighthouse keeper by the press.") == []
    assert got("The lab compared the samples with the controls.") == []


def test_words_or_a_text_quoted(got: Callable) -> None:
    assert got('Lund ended her talk by quoting a poet: "Every harbour was once a field."') == [
        ("quoting", "Lund", '"Every harbour was once a field."')
    ]
    # the one quoted is the content; the report after "as" is the clerk's own row
    assert got("The Gazette quoted an unnamed clerk as saying that the ferry plan was dead.") == [
        ("quoted", "The Gazette", "an unnamed clerk"),
        ("saying", "an unnamed clerk", "the ferry plan was dead"),
    ]
    # the participle of a thing, and the passive with "as saying" (the speaker speaks)
    assert got("The quoted price was too high for the council.") == []
    assert got("Lund was quoted in the Gazette as saying the pier would close.") == [
        ("saying", "Lund", "the pier would close")
    ]


def test_a_text_referenced_and_a_record_highlighted(got: Callable) -> None:
    assert got("Lund referenced the strike of 1998 in her speech.") == [
        ("referenced", "Lund", "the strike of 1998")
    ]
    assert got("The mayor highlighted her record on housing at the rally.") == [
        ("highlighted", "The mayor", "her record on housing")
    ]
    # "referred to" keeps its own rule (only with "as"); a passive is no report
    assert got("Chan referred to the levy as a toll.") == [
        ("referred to", "Chan", "the levy as a toll")
    ]
    assert got("The clause was referenced by the court.") == []
    assert got("The aim is to highlight the pier's history.") == []


def test_a_plan_laid_out(got: Callable) -> None:
    assert got("Lund laid out her plan for the port on Monday.") == [
        ("laid out", "Lund", "her plan for the port")
    ]
    # a reduced relative or a passive: the demands laid out in a deal, gardens laid out
    assert got("They met the demands laid out in the deal.") == []
    assert got("The gardens were laid out in 1890.") == []


def test_a_reply_fired_back_and_a_view_weighed_in(got: Callable) -> None:
    assert got('Lund fired back: "That is false."') == [("fired back", "Lund", '"That is false."')]
    assert got("The union fired back at Chan over the levy.")[0][:2] == (
        "fired back at",
        "The union",
    )
    assert got("The mayor weighed in on the levy dispute.") == [
        ("weighed in on", "The mayor", "the levy dispute")
    ]
    # shots fired back, a boxer's weight
    assert got("Police fired back at the gunman.") == []
    assert got("The boxer weighed in at 70 kilograms.") == []


def test_a_thing_named_as_what_it_is_taken_to_be(got: Callable) -> None:
    assert got("The inspector named the storm as the cause of the collapse.") == [
        ("named", "The inspector", "the storm as the cause of the collapse")
    ]
    # a passive, and a name given with no "as"
    assert got("Lund was named as the new harbour master on Monday.") == []
    assert got("They named their son Ole, after his grandfather.") == []
    assert got("Shops on the high street and big names such as the port's ferry line.") == []
