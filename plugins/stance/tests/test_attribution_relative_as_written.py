"""A relative pronoun is the speaker as written; the party it hangs on is ``speaker_resolved``
(the lead's decision in docs/decisions.md, stance 0.25.0). Sentences invented."""

from __future__ import annotations

from newslens_stance.attributions import find_attributions


def _row(text: str, cue: str) -> dict:
    rows = [r for r in find_attributions(text) if r["cue"] == cue]
    assert len(rows) == 1, rows
    return rows[0]


def test_the_pronoun_is_the_span_and_its_antecedent_the_party() -> None:
    text = "The fees were set by Ilse Varga, who said on Monday that they would rise."
    row = _row(text, "said")
    assert (row["speaker"], row["speaker_resolved"]) == ("who", "Ilse Varga")
    assert text[row["speaker_start"] : row["speaker_end"]] == "who"


def test_a_dash_between_the_name_and_the_pronoun() -> None:
    text = "The fees were cut by Ilse Varga—who has long argued that they are too high—in May."
    row = _row(text, "argued")
    assert row["speaker"] == "who"
    assert row["speaker_resolved"] == "Ilse Varga"


def test_the_party_stays_a_party_later_text_names() -> None:
    text = "The fees were set by Ilse Varga, who said they would rise. Varga later said so again."
    rows = [r for r in find_attributions(text) if r["speaker"] == "Varga"]
    assert [r["speaker_resolved"] for r in rows] == ["Ilse Varga"]


def test_a_pronoun_that_hangs_on_a_statement_is_not_its_maker() -> None:
    # "which" is the statement's; the firm that issued it speaks, as before
    row = _row("The ferry firm issued a statement which said all sailings were off.", "said")
    assert row["speaker"] == "The ferry firm"


def test_an_appositive_before_the_pronoun_names_the_party_before_it() -> None:
    text = "Ilse Varga, a tax adviser, who has long argued that the fees are too high, spoke."
    row = _row(text, "argued")
    assert (row["speaker"], row["speaker_resolved"]) == ("who", "Ilse Varga")
    # an adverbial before the comma is no name; a name after it is
    row = _row("Last Monday, a clerk, who said the fees were high, was fired.", "said")
    assert (row["speaker"], row["speaker_resolved"]) == ("who", None)
    row = _row("On Monday, Ana Ruiz, a clerk, who said the fees were high, was fired.", "said")
    assert row["speaker_resolved"] == "Ana Ruiz"


def test_who_past_a_preposition_inside_the_appositive_is_the_person() -> None:
    # the antecedent's walk stops at "in" / "at" and finds the place or the firm; "who" is
    # the person the appositive describes
    text = "Ilse Varga, a tax adviser in Lenz, who said the levy was unfair, spoke on Monday."
    assert _row(text, "said")["speaker_resolved"] == "Ilse Varga"
    text = (
        "The rule was opposed by Ana Ruiz, the head of the Porto Fee Office, who said it was "
        "unfair."
    )
    assert _row(text, "said")["speaker_resolved"] == "Ana Ruiz"
    # "which" after such a phrase is the firm, as found
    text = "Ilse Varga, a tax adviser at Hobart Partners, which said the levy was unfair, left."
    assert _row(text, "said")["speaker_resolved"] == "Hobart Partners"
