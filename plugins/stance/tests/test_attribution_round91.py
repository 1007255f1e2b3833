"""Issue 18, round ninety-one: verbs of advocacy as cues of speech, an apology's content, and
"most" standing alone as a subject.

- "advocate" and "champion" (decision 2 on round ninety) are cues of `speech` with a noun
  phrase or a gerund as their content ("Lund advocates a levy", "has championed the pier"),
  and their gapped object in a relative ("a position that Lund advocated"); their nouns are
  no cue ("privacy advocates said", "a champion of", "European champions Ferrow"), and
  "champion" only in -ed and -ing. "embrace" was measured and stays out (mostly a technology
  adopted or a hug in the BBC / Reuters pool).
- "apologize for" was measured and left out (a spurious row in the blind Wikinews file, 3 of
  7 BBC rows right whole): an apology stays no cue of the lexicon.
- "press for": a demand pressed ("has pressed for a ceasefire"), as "push for"; not "hard
  pressed for profits" or "pressed for time".
- "most" alone before a report ("; most said they were worried") is its subject, not the
  adverb of "the most reported".

Every sentence here was written for these tests; none is taken from a corpus. The first
tests fail on main (0.25.51); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(r["cue"], r["speaker"], r["content"], r["cue_class"]) for r in find_attributions(text)]


def test_verbs_of_advocacy_are_cues_of_speech() -> None:
    assert ("advocates", "Senator Bo Lund", "tax increases", "speech") in _rows(
        "Senator Bo Lund advocates tax increases."
    )
    assert ("championed", "The mayor", "the ferry levy", "speech") in _rows(
        "The mayor has championed the ferry levy."
    )
    assert ("championing", "Ms. Berg", "a lower fare", "speech") in _rows(
        "Ms. Berg is championing a lower fare."
    )
    assert ("advocate", "Ms. Berg", "allowing ferries to dock at night", "speech") in _rows(
        "Ms. Berg would advocate allowing ferries to dock at night."
    )
    assert ("advocates", "Bo Lund, a member of the board", "a levy", "speech") in _rows(
        "Bo Lund, a member of the board, advocates a levy."
    )


def test_the_gapped_object_of_a_verb_of_advocacy() -> None:
    assert ("advocated", "Lund", "that", "speech") in _rows("It is a position that Lund advocated.")


def test_nouns_of_advocacy_are_no_cues() -> None:
    rows = _rows("Privacy advocates said the law was vague.")
    assert [r[0] for r in rows] == ["said"]
    assert rows[0][1] == "Privacy advocates"
    assert [r[0] for r in _rows("Muslim advocates hailed the nomination.")] == ["hailed"]
    assert [r[0] for r in _rows("Tennis champion Kai Lund tweeted about the dog.")] == ["tweeted"]
    assert _rows("European champions Ferrow won again.") == []
    assert _rows("He is a tireless champion of the poor.") == []
    assert _rows("He is a gun advocate who tried to ban sodas.") == []
    assert _rows("The camps drew pushback from immigration advocates: two were shut.") == []
    assert _rows("The premier embraced the two leaders.") == []


def test_an_apology_stays_no_cue() -> None:
    assert _rows("Lund apologized for his remarks on Monday.") == []
    assert _rows("Lund has yet to apologize for the remark.") == []


def test_a_demand_pressed() -> None:
    assert ("pressed for", "Argentina", "this solution", "speech") in _rows(
        "Argentina has pressed for this solution."
    )
    assert ("press for", "The unions", "higher wages", "speech") in _rows(
        "The unions called a strike to press for higher wages."
    )
    assert _rows("Makers, hard pressed for profits, cut jobs.") == []
    assert _rows("Lund was pressed for time.") == []


def test_most_alone_as_a_subject() -> None:
    assert ("said", "most", "they were very worried", "speech") in _rows(
        "Voters were worried about jobs; most said they were very worried."
    )
    assert ("agreed", "Most", "they had no recourse", "speech") in _rows(
        "Most agreed that they had no recourse."
    )
    assert ("agreed", "most", "the ferry fare was too high", "speech") in _rows(
        "The poll found skippers split, though most agreed that the ferry fare was too high."
    )
    assert ("said", "More", "they would vote for Lund", "speech") in _rows(
        "More said they would vote for Lund."
    )
    assert _rows("Most reported cases were mild.") == []
    # a word right before "most" opens nothing: the gapped "than" of round eighty-six stays
    assert ("expected", "most", "than", "belief") in _rows(
        "It came a day earlier than most expected, and the Fed supplied reserves."
    )
    assert _rows("It was the most reported story of the year.") == []
