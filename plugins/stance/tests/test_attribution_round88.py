"""Issue 18, round eighty-eight: relative clauses set off by commas or dashes, two gerunds of
report joined by "and", and a noun cue's possessor before the noun's adjectives.

- A report coordinated inside a relative clause ("The mayor, who met the board on Monday and
  said the fee was too high, left early"): the pronoun speaks, and the content closes with the
  clause; a spaced hyphen is read as a dash ("Lund - who read the report and discussed ...
  - flew home").
- Adverbs of frequency and "both" between a relative pronoun and its verb ("who has often
  complained that", "who has both endorsed X and criticized Y").
- A relative after a spaced hyphen ("The mayor - who last year said ... - reversed course").
- Two gerunds of report joined by "and" ("pointing to the repairs and saying that ..."): the
  first's content ends before "and", so the second is a report of its own, not nested.
- A noun cue's possessor without the noun's adjectives ("the mayor's stern warning that",
  "Lund's fire-breathing vows to").

Every sentence here was written for these tests; none is taken from a corpus. The first tests
fail on main (0.25.47); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r["cue_class"], r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def _outer(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (r["cue"], r["speaker"], r["content"]) for r in find_attributions(text) if not r["nested"]
    ]


def test_a_report_coordinated_inside_a_comma_relative() -> None:
    text = "Ann Lund, who met the board on Monday and said the fee was too high, left early."
    rows = find_attributions(text)
    assert [(r["cue"], r["speaker"], r["content"]) for r in rows] == [
        ("said", "who", "the fee was too high")
    ]
    assert rows[0]["speaker_resolved"] == "Ann Lund"


def test_a_report_coordinated_inside_a_dash_relative() -> None:
    text = "Lund - who read the report and discussed a new plan with her aides - flew home."
    assert _rows(text) == [("speech", "discussed", "who", "a new plan with her aides")]


def test_a_report_coordinated_with_an_earlier_one_closes_with_the_relative() -> None:
    text = "Lund, who has both endorsed the mayor and criticized her campaign, spoke briefly."
    assert _rows(text) == [
        ("speech", "endorsed", "who", "the mayor"),
        ("speech", "criticized", "who", "her campaign"),
    ]


def test_an_adverb_of_frequency_between_the_relative_and_its_verb() -> None:
    text = "The skipper, who has often complained that the fee is high, left early."
    assert _rows(text) == [("speech", "complained", "who", "the fee is high")]


def test_a_relative_after_a_spaced_hyphen() -> None:
    text = "The mayor - who last year said the pier would close - reversed course."
    assert _rows(text) == [("speech", "said", "who", "the pier would close")]


def test_two_gerunds_of_report_joined_by_and() -> None:
    text = (
        "The mayor dodged, pointing to the pier repairs and saying that the ferry fees would fall."
    )
    assert _outer(text) == [
        ("pointing to", "The mayor", "the pier repairs"),
        ("saying", "The mayor", "the ferry fees would fall"),
    ]


def test_a_noun_cues_possessor_before_an_adjective() -> None:
    assert _outer("The headline was the mayor's stern warning that the pier would close.") == [
        ("warning", "the mayor's", "the pier would close")
    ]
    assert _outer("Voters like Lund's fire-breathing vows to scrap the fee.") == [
        ("vows", "Lund's", "to scrap the fee")
    ]
    assert _outer("Voters doubt her rival's bold promises to cut the fee.") == [
        ("promises", "her rival's", "to cut the fee")
    ]


def test_the_guards_of_the_coordinated_relative() -> None:
    # the pronoun is the object of the clause ("which he likes but says")
    rows = find_attributions(
        "The mayor made no effort to bring in a levy, which he likes but says can never pass."
    )
    assert all(r["speaker"] != "which" for r in rows)
    # a passive clause and a negated participle after "and": no report
    assert (
        find_attributions(
            "The bonds, which are sold privately to funds and not quoted on any exchange, "
            "are small."
        )
        == []
    )
    # a negated first conjunct: no row (a negated report is no item)
    assert find_attributions("Lund, who did not attend and said the fee was high, left.") == []
    # a relative closed by a dash before "but": the main clause's subject
    rows = find_attributions(
        "Lund tried again to revive the ferry line - which ran until the war - but conceded "
        "that the effort had failed."
    )
    assert [r["speaker"] for r in rows if r["cue"] == "conceded"] != ["which"]
    # an earlier report inside the clause keeps the coordinated-verb rule
    rows = _rows("Lund, who said the fee was high and added that the board was slow, left.")
    assert [r[:3] for r in rows] == [("speech", "said", "who"), ("speech", "added", "who")]
    assert rows[0][3] == "the fee was high"


def test_a_coordinated_report_closes_with_its_relative_clause() -> None:
    # the second report took the pronoun on main too; its content now ends with the clause
    rows = _rows("Lund, who said the fee was high and added that the board was slow, left.")
    assert rows[1] == ("speech", "added", "who", "the board was slow")


def test_the_guards_of_the_possessor() -> None:
    # a noun used as a modifier, a compound noun, a verb cue: the span as before
    assert _outer("Lund's campaign statement said the fee was illegal.")[0][1] == (
        "Lund's campaign statement"
    )
    assert _outer("The harbour's vice-governor said the fee was high.")[0][1] == (
        "The harbour's vice-governor"
    )
    assert (
        _outer("Open the app and you will find someone in your feed talking about the levy.")[0][1]
        == "your feed"
    )


def test_an_intention_in_a_restrictive_relative_keeps_its_infinitive_have() -> None:
    # main cut the content before "have" (read as the sentence's main verb): "to"
    text = "Skippers who want to have quick access to cheap moorings are angry."
    assert _rows(text) == [("intention", "want", "who", "to have quick access to cheap moorings")]
