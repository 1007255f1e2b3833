"""Issue 18, round sixty-nine: a reported clause cut short inside itself.

Three shapes where main (0.25.22) ended a speech content before its clause was done: a
", whose" relative inside the reported clause's subject or object, which the content took
for the writer's addition after the clause ("said Mr. Lund, whose ..., is a poor judge"
kept "Mr. Lund" alone); a second "that" clause coordinated after a quoted first one
('said that "..." and that ...' kept the quotation alone); and a bare verb after "and" that
shares a modal or "to" inside the reported clause ("says he would call the mayor and urge
him ...": "urge" cannot agree with "says", so it is no second report of the speaker).

Every sentence here was written for these tests; none is taken from a corpus. The first
three tests fail on main (0.25.22); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance.attributions import find_attributions


def content(text: str, cue: str) -> list[str]:
    row = next(r for r in find_attributions(text) if r["cue"] == cue and not r["nested"])
    return [text[a:b] for a, b in row["content_spans"]]


def test_a_whose_relative_inside_the_reported_clause_stays_in_it() -> None:
    text = (
        "Critics have suggested Mr. Lund, whose long quarrel with the mayor filled the papers, "
        "is a poor judge of the levy."
    )
    assert content(text, "suggested") == [
        "Mr. Lund, whose long quarrel with the mayor filled the papers, is a poor judge of the levy"
    ]
    text = "Vale said the levy, whose cost fell on the crews, was unfair."
    assert content(text, "said") == ["the levy, whose cost fell on the crews, was unfair"]
    text = "Her rivals accuse Ms. Berg, whose pier plan made her name, of being no different."
    assert content(text, "accuse") == [
        "Ms. Berg, whose pier plan made her name, of being no different"
    ]


def test_a_second_that_clause_after_a_quoted_first_one() -> None:
    text = 'Lund said that "we will not let the port close," and that the crews would stay.'
    assert content(text, "said") == [
        '"we will not let the port close," and that the crews would stay'
    ]
    text = (
        "The skipper told the crowd that \u201cthe levy is dead\u201d and that the council "
        "would meet again in March."
    )
    assert content(text, "told") == [
        "\u201cthe levy is dead\u201d and that the council would meet again in March"
    ]


def test_a_bare_verb_after_and_shares_the_reported_clauses_modal() -> None:
    text = "Lund says he would call the mayor and urge him to fix the pier."
    assert content(text, "says") == ["he would call the mayor and urge him to fix the pier"]
    text = "Vale said the crews would never follow Berg and back the levy."
    assert content(text, "said") == ["the crews would never follow Berg and back the levy"]
    text = "Lund asked the clerk to read the notice and post it on the pier."
    assert content(text, "asked") == ["the clerk to read the notice and post it on the pier"]


def test_guards_a_coordinated_report_stays_one() -> None:
    # an inflected second verb, a bare first cue, a negated modal: the speaker's own report
    text = "Lund said he would fight the levy and urged the council to drop it."
    assert content(text, "said") == ["he would fight the levy"]
    text = "They say he will resign and urge the board to act."
    assert content(text, "say") == ["he will resign"]
    text = 'Lund said: "We can\'t say more until Friday and ask that the press wait."'
    rows = find_attributions(text)
    assert any(r["cue"] == "ask" for r in rows)


def test_guards_a_closing_whose_relative_and_a_demonstrative_that() -> None:
    # a relative that closes the sentence is the writer's, as before
    text = "Vale said the deal helps Oslo, whose leaders want a new pier."
    assert content(text, "said") == ["the deal helps Oslo"]
    text = "Vale praised Lund, whose work at the port has been steady."
    assert content(text, "praised") == ["Lund"]
    # with no "that" before the quotation, "and that" may be a demonstrative subject
    text = 'The port replied "The pier is open," and that pleased the crews.'
    assert content(text, "replied") == ['"The pier is open,"']
