"""``speaker_resolved`` names the party an analyst counts (docs/decisions.md, "An unnamed
spokesperson is the organisation's voice"): an organisation for its unnamed spokesperson or its
statement, an institution's whole name, a person without the age or police rank before the
name, and a bare surname first quoted as the person the text named in full. Sentences invented."""

from __future__ import annotations

import pytest
from newslens_stance.attributions import find_attributions


def _resolved(text: str, cue: str) -> str | None:
    rows = [r for r in find_attributions(text) if r["cue"] == cue]
    assert len(rows) == 1, rows
    return rows[0]["speaker_resolved"]


@pytest.mark.parametrize(
    ("text", "cue", "party"),
    [
        # a spokesperson without a name speaks for the organisation
        (
            "A spokesman for Save Harrow Marsh said the council had ignored two surveys.",
            "said",
            "Save Harrow Marsh",
        ),
        (
            "A Northgate Ferries spokeswoman denied that the crossing had been overbooked.",
            "denied",
            "Northgate Ferries",
        ),
        (
            "A senior spokeswoman for the Department of Fisheries said quotas would not change.",
            "said",
            "Department of Fisheries",
        ),
        # a named spokesperson is the person
        (
            "Northgate Ferries spokeswoman Ada Quill said the crossing was safe.",
            "said",
            "Ada Quill",
        ),
        # an institution named with a definite article is not "a person of a place"
        (
            "According to the National Association of County Clerks, turnout fell.",
            "According to",
            "National Association of County Clerks",
        ),
        # an organisation's statement speaks for it
        (
            "Harrow Gas's statement said supplies were secure for the winter.",
            "said",
            "Harrow Gas",
        ),
        # an age or a police rank before the name is no part of it
        (
            "Fourteen-year-old Mira, on the upper deck at the time, said she heard a bang.",
            "said",
            "Mira",
        ),
        (
            "Provincial police Detective Constable Rhys Pell said two men were held.",
            "said",
            "Rhys Pell",
        ),
    ],
)
def test_the_party_counted(text: str, cue: str, party: str) -> None:
    assert _resolved(text, cue) == party


def test_a_bare_surname_first_quoted_is_the_person_the_text_named() -> None:
    """ "Okafor said" before any "Okafor" spoke in full: the full name from the text, a person,
    so a later "it" (a thing) does not resolve to him."""
    text = (
        "Governor Emeka Okafor met the miners on Monday. Okafor said the pit would reopen. "
        "The union filed a complaint. It claimed the inspection had been rushed."
    )
    rows = find_attributions(text)
    by_cue = {r["cue"]: r["speaker_resolved"] for r in rows}
    assert by_cue["said"] == "Emeka Okafor"
    assert by_cue["claimed"] not in ("Emeka Okafor", "Okafor")


def test_a_sentence_opening_word_is_no_given_name() -> None:
    text = "While Okafor was away, the board met. Okafor later said the vote was void."
    assert _resolved(text, "said") == "Okafor"


def test_a_common_noun_head_is_no_person() -> None:
    """ "Dorr's Marlow Bridge staff": a group, so "he" does not resolve to it."""
    text = (
        "Mayor Ines Dorr said the hall would open. "
        "Dorr's Marlow Bridge staff said the roof leaked. He said repairs would start in May."
    )
    rows = [r for r in find_attributions(text) if r["speaker"] == "He"]
    assert rows and rows[0]["speaker_resolved"] == "Ines Dorr"


def test_a_dispute_targets_a_person_by_surname() -> None:
    text = (
        "Senator Lena Marsh said the budget was balanced. "
        "Tom Vale, a critic, disputed that, saying Marsh had misread the figures."
    )
    rows = [r for r in find_attributions(text) if r["cue"] == "disputed"]
    assert rows and rows[0]["stance_target"] == "Lena Marsh"


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry follows repeated failed attempts to obtain the council's records.",
        "The following proposed share sales were filed with the regulator this week.",
        "The airline faced repeated calls to cancel the route.",
    ],
)
def test_a_participle_before_its_noun_is_no_report(text: str) -> None:
    """An -ed form after a verb of sequence or encounter ("follows", "faced") or a
    preposition is an adjective of the noun after it: no speaker, no report."""
    assert find_attributions(text) == []


def test_a_report_after_such_a_word_is_still_read() -> None:
    rows = find_attributions("After the vote, Lund repeated that the plan was safe.")
    assert [(r["speaker"], r["cue"]) for r in rows] == [("Lund", "repeated")]


def test_she_is_not_the_last_named_man_the_text_marks() -> None:
    """An honorific ("Mr. Reyes") or a gendered role word marks a person's gender; "she" then
    skips him. An unmarked person is never guessed at."""
    text = (
        "Mr. Reyes has run the port since 2001. Ann Alder said it would stay open. "
        "Tom Reyes said the same. She added that fees would rise."
    )
    rows = [r for r in find_attributions(text) if r["speaker"] == "She"]
    assert rows and rows[0]["speaker_resolved"] == "Ann Alder"
    unmarked = text.replace("Mr. Reyes has run the port since 2001. ", "")
    rows = [r for r in find_attributions(unmarked) if r["speaker"] == "She"]
    assert rows and rows[0]["speaker_resolved"] == "Tom Reyes"  # the last named, as before


def test_the_spokesman_later_is_the_organisation_spoken_for() -> None:
    text = (
        "Harbour master Tom Reyes said the pier was shut. A spokeswoman for the Northgate "
        "ferry board said sailings would resume. The spokeswoman said fares would not change. "
        "The ferry board's spokeswoman added that refunds were open."
    )
    rows = find_attributions(text)
    assert [r["speaker_resolved"] for r in rows[1:]] == ["Northgate ferry board"] * 3


def test_a_participle_after_the_name_is_no_part_of_the_party() -> None:
    text = (
        "Danish foreign minister Lars Hemmet speaking to a Brussels think tank called the pact "
        '"null and void".'
    )
    assert _resolved(text, "called") == "Lars Hemmet"


def test_two_titled_people_are_both_named_and_each_stays_a_party() -> None:
    text = (
        "Opposition leader Ines Varro and committee chair Tomas Brek both denied the report. "
        "Brek said it was false."
    )
    assert _resolved(text, "denied") == "Ines Varro and Tomas Brek"
    # the later surname is the one person, not the pair
    assert _resolved(text, "said") == "Tomas Brek"


def test_two_organisations_keep_their_names() -> None:
    text = "The Harbour Herald and the Valley Courier both said the figure was wrong."
    assert _resolved(text, "said") == "Harbour Herald and the Valley Courier"
