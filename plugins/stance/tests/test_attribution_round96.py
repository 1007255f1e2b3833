"""Issue 18, round ninety-six: "call" and the verbs of naming, the shapes main misses.

- A name's possessive as the object ("called Lee's plan a disaster", "called Lee's handling
  of the fare row unusual"), a long capitalised name ("calling Harbour Board Chairman Tom
  Reed a liar"), an appositive after the object ("called Mr. Brand, a former pilot, an
  able leader"), a possessive noun phrase as the name ("calls the harbour town her home"),
  "nothing short of" before it.
- A quoted name after an object of up to twenty words, in '' '' marks or a headline's
  single ones ("calls pier plan 'unfair'"); not past another naming verb.
- The naming infinitive ("used the speech to call Lee a liar", "took to the radio to call
  Reed "deluded"") and "that" as the object of a naming ("would call that a pipe
  dream"), never a complementizer.
- Guards: a call made ("called the police on his phone", "called the office from her car",
  "used the phone to call his wife", "called his wife and his son to say", "may call
  them early"), the idioms of stopping ("called it quits", "called it a day"), a name
  given right after the verb in single marks ("an exhibit called 'Harbour Lights'"), a
  possessive's mark or a mark inside a name ("today's", "Pick 'N Go"), a relative "that"
  after a noun "calls", the other verbs after "to" ("to call for", "to call on").

Every sentence here was written for these tests; none is taken from a corpus. The first
five tests fail on main (0.25.57); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(r["cue"], r["speaker"], r["content"], r["cue_class"]) for r in find_attributions(text)]


def test_a_possessive_object() -> None:
    rows = _rows("Reed called Lee's plan a disaster.")
    assert ("called", "Reed", "Lee's plan a disaster", "speech") in rows
    rows = _rows("Reed called Lee's handling of the fare row with the union unusual.")
    assert (
        "called",
        "Reed",
        "Lee's handling of the fare row with the union unusual",
        "speech",
    ) in rows


def test_a_long_name_an_appositive_and_a_possessive_name() -> None:
    rows = _rows("The mayor spent the week calling Harbour Board Chairman Tom Reed a liar.")
    assert ("calling", "The mayor", "Harbour Board Chairman Tom Reed a liar", "speech") in rows
    rows = _rows("At the time, Lee called Mr. Brand, a former pilot, an able leader.")
    assert ("called", "Lee", "Mr. Brand, a former pilot, an able leader", "speech") in rows
    rows = _rows("Lee calls the harbour town her home.")
    assert ("calls", "Lee", "the harbour town her home", "speech") in rows
    rows = _rows("Lee calls the new levy nothing short of an outrage.")
    assert ("calls", "Lee", "the new levy nothing short of an outrage", "speech") in rows


def test_a_quoted_name_after_a_long_object_or_in_other_marks() -> None:
    text = (
        "A spokesman for the ferry union called a report suggesting that crews at the "
        'northern harbour were paid less than the rest of the fleet "outrageous."'
    )
    rows = _rows(text)
    assert any(r[0] == "called" and r[1] == "A spokesman for the ferry union" for r in rows)
    rows = _rows("Lee calls pier plan 'unfair,' but backs it")
    assert any(r[:2] == ("calls", "Lee") and r[2].startswith("pier plan 'unfair,'") for r in rows)


def test_the_naming_infinitive_and_that_as_its_object() -> None:
    rows = _rows("Reed used the speech to call Lee a liar.")
    assert ("call", "Reed", "Lee a liar", "speech") in rows
    rows = _rows('Reed took to the radio to call Lee "totally deluded" for the claim.')
    assert ("call", "Reed", 'Lee "totally deluded" for the claim', "speech") in rows
    rows = _rows("Many skippers would call that a pipe dream.")
    assert ("call", "Many skippers", "that a pipe dream", "speech") in rows


def test_the_idioms_of_stopping_and_a_time_adverb_name_nothing() -> None:
    for text in (
        "The skipper called it quits.",
        "The skipper called it a day after ten years.",
        "The issuers may call them early next year.",
    ):
        assert [r for r in _rows(text) if r[0].startswith("call")] == [], text


def test_naming_guards_round96() -> None:
    # a call made, no name given
    for text in (
        "Reed called the police on his phone.",
        "Reed called Lee on her mobile.",
        "Reed called the office from her car.",
        "Reed called the police a day later.",
        "Reed used the phone to call his wife.",
        "Lee called his wife and his son to say he was safe.",
        "Lee tried to call them with a borrowed phone.",
        "Toll line calls that you make at night cost more.",
    ):
        assert [r for r in _rows(text) if r[0].startswith("call")] == [], text
    # a name given right after the verb, in single marks too
    rows = _rows("The club opened a show at the pier called 'Harbour Lights' last May.")
    assert [r for r in rows if r[0] == "called"] == []
    # a possessive's mark, a mark inside a name, an aside after a name given: no quotation
    for text in (
        "The union called today's walkouts, each a brief stoppage, after talks broke down.",
        "Lee and a firm he runs called Harbour Corp, may buy more Pick 'N Go stock.",
        "It is a store called Harbour Cures, a café modelled on that same old harbour film, "
        'that promises on its web site, "No fish here!"',
    ):
        assert [r for r in _rows(text) if r[0] == "called"] == [], text
    # the other verbs after "to" keep their own readings
    assert ("call for", "Reed", "a vote", "speech") in _rows("Reed rose to call for a vote.")
    rows = _rows("The union plans to call on the board to quit.")
    assert [r for r in rows if r[0] == "call"] == []
    # a name-calling of a day is still one
    rows = _rows("Critics call it a day of shame.")
    assert ("call", "Critics", "it a day of shame", "speech") in rows
    # an adverb's word inside a hyphened name is no adverb
    rows = _rows("The firm turned the bid down, calling it a last-minute ploy.")
    assert ("calling", "The firm", "it a last-minute ploy", "speech") in rows
