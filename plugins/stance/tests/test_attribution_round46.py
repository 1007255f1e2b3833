"""Issue 18, round forty-six: verbs of saying the lexicon lacked, from Levin's classes.

The members of Levin's (1993) classes of verbs of communication that PolNeAR's annotators mark
as speech and the lexicon had no entry for: manner-of-speaking verbs ("barked", "whispered",
"muttered"), complain verbs ("groused", "bragged"), say verbs ("confessed", "confided",
"insinuated") and advise verbs ("admonishing"). Each reports only a clause, a colon or a quotation
(``CLAUSE_ONLY_LEMMAS``); the bare forms that are nouns as often ("a whisper campaign", "heard
her scream") are left out.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new rows fail on main (0.23.3: no row, or the quotation read as an earlier report's content);
the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_manner_of_speaking_verb_after_a_quotation(got: Callable) -> None:
    assert got('"Sit down and wait your turn," the sergeant barked.') == [
        ("barked", "the sergeant", '"Sit down and wait your turn,"'),
    ]


def test_a_manner_of_speaking_verb_with_a_that_clause(got: Callable) -> None:
    assert got("Aides were whispering that the minister would resign by Friday.") == [
        ("whispering", "Aides", "the minister would resign by Friday"),
    ]


def test_a_complain_verb_with_a_that_clause(got: Callable) -> None:
    assert got("On Tuesday Okafor groused that the council had ignored the harbour.") == [
        ("groused", "Okafor", "the council had ignored the harbour"),
    ]


def test_a_complain_verb_with_a_bare_clause(got: Callable) -> None:
    assert got("Vela brags she has visited every village in the county.") == [
        ("brags", "Vela", "she has visited every village in the county"),
    ]


def test_a_say_verb_after_a_quotation(got: Callable) -> None:
    assert got('"I was wrong about the ferry," Lund confessed.') == [
        ("confessed", "Lund", '"I was wrong about the ferry,"'),
    ]


def test_a_say_verb_with_its_audience_and_a_clause(got: Callable) -> None:
    assert got("Marta confided to a neighbour that the shop would close.") == [
        ("confided", "Marta", "the shop would close"),
    ]


def test_a_coordinated_say_verb_ends_the_first_verbs_clause(got: Callable) -> None:
    text = "Vela implied that the audit was late and insinuated that the clerk had lied."
    assert got(text) == [
        ("implied", "Vela", "the audit was late"),
        ("insinuated", "Vela", "the clerk had lied"),
    ]


def test_a_quotation_of_its_own_ends_the_earlier_report(got: Callable) -> None:
    text = 'Brandt told the panel that the pier was safe. "It was never unsafe," Brandt muttered.'
    assert got(text) == [
        ("told", "Brandt", "the pier was safe"),
        ("muttered", "Brandt", '"It was never unsafe,"'),
    ]


def test_an_object_or_an_adjunct_alone_reports_nothing(got: Callable) -> None:
    assert got("The dog barked at the postman.") == []
    assert got("Okafor moaned in pain.") == []
    assert got("The sergeant barked an order.") == []
    assert got("Lund confessed the theft.") == []


def test_a_noun_form_is_no_cue(got: Callable) -> None:
    assert got("Neighbours heard her scream before the van left.") == []
    text = "A whisper campaign backing Vela spread through the party."
    assert [row[0] for row in got(text)] == ["backing"]
    assert got(text)[0][1] == "A whisper campaign"
