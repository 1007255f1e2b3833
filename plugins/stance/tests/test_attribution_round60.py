"""Issue 18, round sixty: a statement split by its attribution is one content in two parts.

A writer may set the speaker and the cue inside the reported clause: the words after the
attribution finish what the words before began. Round sixty reads two shapes of it that main
(0.25.11) cut after the first part: the report's adjunct before the comma ("the mayor said on
Monday, would cost ...") and a quotation that stops at a comma whose clause goes on unquoted
('"It was a pity," she said, that ...'). And a quotation carried over paragraphs (no closing
mark at a paragraph's end) whose last paragraph has an attribution of its own: the paragraphs
before it go on with the speaker of the quotation they continue.

Every sentence here was written for these tests; none is taken from a corpus. The first four
tests fail on main (0.25.11); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance.attributions import find_attributions


def parts(text: str, cue: str) -> tuple[str | None, list[str]]:
    row = next(r for r in find_attributions(text) if r["cue"] == cue and not r["nested"])
    return row["speaker"], [text[a:b] for a, b in row["content_spans"]]


def test_the_clause_resumes_after_the_reports_adjunct() -> None:
    text = "The new harbour plan, the mayor said on Monday, would cost the town a million dollars."
    assert parts(text, "said") == (
        "the mayor",
        ["The new harbour plan", "would cost the town a million dollars"],
    )
    text = "It matters a great deal, she said in an interview afterward, that the ferry runs."
    assert parts(text, "said")[1] == ["It matters a great deal", "that the ferry runs"]


def test_a_quotation_that_stops_at_a_comma_goes_on_unquoted() -> None:
    text = '"It was simply bad timing," she said, that the storm hit during the fair.'
    assert parts(text, "said") == (
        "she",
        ['"It was simply bad timing,"', "that the storm hit during the fair"],
    )
    text = '"We are uneasy," the skippers wrote in an email to the board, that the pier '
    text += '"might shut in May."'
    assert parts(text, "wrote")[1] == ['"We are uneasy,"', 'that the pier "might shut in May."']
    text = '"Nobody but Ruth," he said, would turn a lost race into a party.'
    assert parts(text, "said")[1] == ['"Nobody but Ruth,"', "would turn a lost race into a party"]


def test_a_quotation_carried_over_paragraphs_stays_with_its_speaker() -> None:
    text = (
        "The rally was loud.\n\n"
        "\u201cSome of it is plain anger,\u201d Berg said. \u201cPeople come to vent about the "
        "port and they enjoy it.\n\n"
        "\u201cI am not interested in being polite,\u201d she continued. "
        "\u201cI want it fixed.\u201d"
    )
    assert parts(text, "said") == (
        "Berg",
        [
            "\u201cSome of it is plain anger,\u201d",
            "\u201cPeople come to vent about the port and they enjoy it.",
        ],
    )
    assert parts(text, "continued")[1] == [
        "\u201cI am not interested in being polite,\u201d",
        "\u201cI want it fixed.\u201d",
    ]


def test_an_auxiliary_resumes_the_clause_before_a_word_of_saying() -> None:
    text = "Nor, she said, did the council claim any of the credit."
    assert parts(text, "said") == ("she", ["Nor", "did the council claim any of the credit"])
    text = "Any fair reading of the vote, said Ines Vela, a pilot, would call it a rebuke."
    assert parts(text, "said")[1] == [
        "Any fair reading of the vote",
        "would call it a rebuke",
    ]


def test_the_writers_own_words_after_the_attribution_stay_out() -> None:
    # a closed quotation, a participle, "as", an appositive after an inverted speaker, the
    # cue's own object before the comma: no second part
    text = '"We will not give up," she said on Friday, pointing to the pier.'
    assert parts(text, "said")[1] == ['"We will not give up,"']
    text = '"We will not give up," she said, as the crowd cheered.'
    assert parts(text, "said")[1] == ['"We will not give up,"']
    text = '"The fee is fair," said Ann Lund, president of the harbour guild, on Friday.'
    assert parts(text, "said")[1] == ['"The fee is fair,"']
    text = 'The pier is safe. "We are done here." she said, that evening.'
    assert parts(text, "said")[1] == ['"We are done here."']
    # the plain shape round twelve reads (a comma right after the cue) is as before
    text = "The crews, she said, should ignore the warnings."
    assert parts(text, "said")[1] == ["The crews", "should ignore the warnings"]
