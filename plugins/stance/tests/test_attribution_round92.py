"""Issue 18, round ninety-two: speech cues with no row (PolNeAR train's speech items).

- The other verbs of naming ("labeled", "labelled", "labeling", "branded", "dubbed",
  "termed") are read in a clause of their own as "called" is: a name or a name-calling after
  the object is the report ('labeled the levy "theft"', "branded the plan a disaster",
  "dubbed him a coward"); with no name after the object they report nothing ("labeled the
  crates before shipping"); their nouns and adjectives ("labels", "brand", "branded goods")
  are no cues; in a relative the row stays round ninety's (the relative word and the name).

Every sentence here was written for these tests; none is taken from a corpus. The first
tests fail on main (0.25.52 and 0.25.53); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(r["cue"], r["speaker"], r["content"], r["cue_class"]) for r in find_attributions(text)]


def test_a_naming_with_a_predicate_noun() -> None:
    rows = _rows("Ann Lee branded the fare plan a disaster for the islands.")
    assert ("branded", "Ann Lee", "the fare plan a disaster for the islands", "speech") in rows


def test_a_naming_with_a_quoted_name() -> None:
    rows = _rows('The harbour master labelled the new levy "theft".')
    assert ("labelled", "The harbour master", 'the new levy "theft"', "speech") in rows
    rows = _rows('The mayor is labeling the board\'s actions "a blatant abuse of power."')
    assert (
        "labeling",
        "The mayor",
        'the board\'s actions "a blatant abuse of power."',
        "speech",
    ) in rows


def test_a_naming_of_a_pronoun_and_an_adjective() -> None:
    assert ("dubbed", "Critics", "him a coward", "speech") in _rows("Critics dubbed him a coward.")
    rows = _rows("The ferry union has termed the vote unlawful.")
    assert ("termed", "The ferry union", "the vote unlawful", "speech") in rows


def test_a_naming_after_an_appositive_subject() -> None:
    # a comma before the verb closes the subject's appositive: no reduced passive
    rows = _rows("Ann Lee, the ferry union's leader, branded the fare plan a disaster.")
    assert (
        "branded",
        "Ann Lee, the ferry union's leader",
        "the fare plan a disaster",
        "speech",
    ) in rows


def test_naming_guards() -> None:
    # no name after the object: a label stuck on, no report
    assert _rows("The crew labeled the crates before shipping.") == []
    # nouns and adjectives, a reduced passive: no cue
    assert _rows("The branded goods were sold at the pier.") == []
    assert _rows('A plan dubbed "Project Pier" was approved.') == []
    assert _rows("The labels on the crates were torn.") == []
    # a relative's gapped object: round ninety's row (the relative word and the name)
    rows = _rows("The plan, which Lee labeled a disaster, passed.")
    assert ("labeled", "Lee", "which … a disaster", "speech") in rows
    # "called" as before
    assert ("called", "Lee", "the plan a disaster", "speech") in _rows(
        "Lee called the plan a disaster."
    )
    assert _rows("Lee called the police.") == []


def test_a_reduced_passive_naming_is_no_report() -> None:
    # a name given after a comma or right after the verb: "dubbed" is a participle here
    rows = _rows('Ann Lee, 47, dubbed the "pier king", runs the ferry firm.')
    assert not any(cue == "dubbed" for cue, *_ in rows)
    rows = _rows("A man dubbed ‘the pier king’ sold the pier twice.")
    assert not any(cue == "dubbed" for cue, *_ in rows)
    rows = _rows('The council sold a small ferry dubbed the "Pier Queen."')
    assert not any(cue == "dubbed" for cue, *_ in rows)
    rows = _rows('Lee cut the fares, in a move branded a "retreat" by the union.')
    assert not any(cue == "branded" for cue, *_ in rows)
