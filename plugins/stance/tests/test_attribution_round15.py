"""Issue 18, round fifteen: the speaker (subjects the phrase scan cut short or never found).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule changes, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def rows(text: str) -> list[dict]:
    return [r for r in find_attributions(text) if not r["nested"]]


# ------------------------------------------------------------- a coordinated subject


def test_a_coordinated_subject_opening_the_sentence_is_whole(got: Callable) -> None:
    assert got("The mayor and the harbour master said the pier would close.") == [
        ("said", "The mayor and the harbour master", "the pier would close")
    ]
    assert got("Doctors and ward nurses warned that the clinic was full.") == [
        ("warned", "Doctors and ward nurses", "the clinic was full")
    ]
    assert got("She and other councillors insisted that the levy was fair.") == [
        ("insisted", "She and other councillors", "the levy was fair")
    ]
    assert got("But the mayor and his aides argued that the levy was fair.") == [
        ("argued", "the mayor and his aides", "the levy was fair")
    ]


def test_two_clauses_joined_by_and_keep_the_second_subject(got: Callable) -> None:
    # a verb before "and": two clauses, not one subject
    assert got("The storm hit the coast and officials said the pier would close.") == [
        ("said", "officials", "the pier would close")
    ]
    assert got("The ferry sailed late and the skipper said the pier was closed.") == [
        ("said", "the skipper", "the pier was closed")
    ]
    assert got("The firm cut jobs and its spokesman said the plant would close.") == [
        ("said", "its spokesman", "the plant would close")
    ]
    assert got("Lund is covering it up and she knows that the pier is unsafe.")[-1][:2] == (
        "knows",
        "she",
    )


# ------------------------------------------------------------- a relative clause as an aside


def test_a_subject_with_a_relative_aside_speaks_for_a_later_verb(got: Callable) -> None:
    assert got("Lund, who has run the port for years, went to the quay to praise the crew.") == [
        ("praise", "Lund", "the crew")
    ]
    assert got(
        "Lund, who has run the port for years, went to the quay, saying the pier was unsafe."
    ) == [("saying", "Lund", "the pier was unsafe")]
    assert got(
        "The mayor, whose term ends in May, took to the radio to argue that the levy was fair."
    ) == [("argue", "The mayor", "the levy was fair")]


def test_a_relative_aside_before_no_verb_gives_no_subject(got: Callable) -> None:
    # after the aside comes another aside, not the main verb: the scan finds no subject there
    assert got("Lund, who has run the port for years, perhaps the longest, went home.") == []


# ------------------------------------------------------------- a subject with a relative clause


def test_a_subject_with_a_restrictive_relative_clause_speaks(got: Callable) -> None:
    assert got("The port officials whose permits were revoked say the rules are unfair.") == [
        ("say", "The port officials whose permits were revoked", "the rules are unfair")
    ]
    assert got("A second docker who asked that his name be withheld said the ramp was rotten.") == [
        ("said", "A second docker who asked that his name be withheld", "the ramp was rotten")
    ]
    assert got("Residents who live near the pier have argued that it is unsafe.") == [
        ("argued", "Residents who live near the pier", "it is unsafe")
    ]


def test_a_relative_clause_whose_verb_is_the_cue_is_no_subject_phrase(got: Callable) -> None:
    # the cue is the relative clause's own verb, or "that" opens a content
    assert got("A skipper who has accused the mayor of fraud left town.") == []
    assert got("We know that the council met.") == [("know", "We", "the council met")]
    assert got("The fact that the pier is shut shows the port is in trouble.") == []


# ------------------------------------------------------------- "stopped short of"


def test_stopped_short_of_reports_for_the_subject_as_a_hedge(got: Callable) -> None:
    assert got("Lund stopped short of saying the pier would close.") == [
        ("saying", "Lund", "the pier would close")
    ]
    assert got("The council stopped short of fully endorsing the levy.") == [
        ("endorsing", "The council", "the levy")
    ]
    # after a first report, that one ends before "but"
    assert got(
        "Lund praised the harbour master but stopped short of calling for the mayor to resign."
    ) == [
        ("praised", "Lund", "the harbour master"),
        ("calling for", "Lund", "the mayor to resign"),
    ]
    (row,) = [r for r in rows("Lund stopped short of saying the pier would close.")]
    assert row["stance"] == "hedge"


def test_stopping_short_of_a_place_is_no_report(got: Callable) -> None:
    assert got("The ferry stopped short of the pier.") == []
    assert got("The bus stopped short of running over the kerb.") == []


# ------------------------------------------------------------- a pronoun and the words after it


def test_a_subject_pronoun_sheds_the_adverb_or_verb_the_scan_took_with_it(got: Callable) -> None:
    assert got("She soon learned that the pier was unsafe.") == [
        ("learned", "She", "the pier was unsafe")
    ]
    assert [r["speaker"] for r in rows("The crowd cheered as he kept talking about the pier.")] == [
        "he"
    ]


def test_a_pronoun_before_a_verb_and_its_subject_keeps_the_subject(got: Callable) -> None:
    # "I know Lund doesn't want": the phrase after the verb is the cue's subject
    assert got("She and her aides said the pier was unsafe.") == [
        ("said", "She and her aides", "the pier was unsafe")
    ]
    assert [
        r["speaker"] for r in find_attributions("I know Lund doesn't want the ferry back.")
    ] == [
        "I",
        "Lund",
    ]


# ------------------------------------------------------------- a clause verb inside the phrase


def test_a_clause_verb_inside_the_scanned_phrase_leaves_its_object_as_subject() -> None:
    # "Lund hopes voters see ...": the second verb's subject is "voters", not "Lund hopes voters"
    assert [r["speaker"] for r in rows("Lund hopes voters see the ferry as a success.")] == [
        "voters"
    ]
    assert [r["speaker"] for r in find_attributions("Polls show voters oppose the levy.")] == [
        "Polls",
        "voters",
    ]


def test_a_clause_verb_in_a_phrase_with_an_aside_is_left_alone() -> None:
    # a speaker with a relative aside keeps its whole phrase (the aside's verb is its own)
    told = [
        r for r in rows("Ann Lund, who says the pier is unsafe, told the council it must close.")
    ]
    assert [(r["cue"], r["speaker"]) for r in told][-1] == (
        "told",
        "Ann Lund, who says the pier is unsafe",
    )


# ------------------------------------------------------------- a quote continued over paragraphs


def test_a_straight_quote_continued_in_the_next_paragraph_is_not_closed_by_its_mark() -> None:
    # the newspaper convention: a paragraph ends without a closing mark and the next one opens
    # with a mark; with straight marks, that second mark continues the quote, it does not close
    text = (
        '"The pier is unsafe," Lund said. "The gulls have left the quay.\n\n'
        '"This is still our town," she said. "We have the same harbour."'
    )
    said = [(r["speaker"], r["content"]) for r in rows(text)]
    assert [s for s, _ in said] == ["Lund", "she"]
    # the quote runs on into the second paragraph (as with curly marks) and "she said" quotes
    # it to its end; the mark opening the second paragraph no longer closes it
    assert said[1][1].endswith('"We have the same harbour."')
    assert '"This is still our town,"' in said[1][1]


def test_a_straight_quote_closed_in_its_paragraph_stays_closed() -> None:
    text = '"The pier is unsafe," Lund said.\n\n"This is still our town," she said.'
    assert [(r["speaker"], r["content"]) for r in rows(text)] == [
        ("Lund", '"The pier is unsafe,"'),
        ("she", '"This is still our town,"'),
    ]


# ------------------------------------------------------------- a colon before a paragraph


def test_a_colon_closing_the_paragraph_reports_the_next_one(got: Callable) -> None:
    text = (
        'The council met on Monday. Chan wrote:\n\n"The pier is unsafe and the ferry cannot dock."'
    )
    assert got(text) == [("wrote", "Chan", '"The pier is unsafe and the ferry cannot dock."')]
    text = "The council met on Monday. The harbour master added:\n\nThe pier will close in May."
    assert got(text) == [("added", "The harbour master", "The pier will close in May.")]


def test_a_colon_without_a_paragraph_break_is_left_to_the_clause_rules(got: Callable) -> None:
    # a list or a title after the colon in the same line is no new reading
    assert got("The budget has three parts: fares, fees and grants.") == []


# ------------------------------------------------------------- "Q:" and "A:" in an interview


def test_an_answer_label_is_no_speaker_and_its_reports_are_outermost(got: Callable) -> None:
    text = (
        "Q: What about the pier?\n\nA: I think the pier is unsafe.\n\n"
        "Q: And the levy?\n\nA: I said it was fair."
    )
    assert got(text) == [("think", "I", "the pier is unsafe"), ("said", "I", "it was fair")]


def test_a_named_transcript_label_still_speaks(got: Callable) -> None:
    text = "LUND: The pier is unsafe and the ferry cannot dock.\n\nCHAN: The levy will pay for it."
    assert [(c, s) for c, s, _ in got(text)] == [(":", "LUND"), (":", "CHAN")]


# ------------------------------------------------------------- a report in a clause of time


def test_a_report_in_a_time_clause_ends_an_object_content_before_it(got: Callable) -> None:
    assert got("Lund revealed it in March when she boasted that the levy was working.") == [
        ("revealed", "Lund", "it in March"),
        ("boasted", "she", "the levy was working"),
    ]
    text = (
        "Chan attacked the tabloids, questioning their figures "
        "after they reported the pier had shut."
    )
    assert [(c, s, x) for c, s, x in got(text)][-2:] == [
        ("questioning", "Chan", "their figures"),
        ("reported", "they", "the pier had shut"),
    ]


def test_a_reported_clause_keeps_its_time_clause(got: Callable) -> None:
    # the time clause belongs to what was said
    assert got("The crew's union said the stoppage started after managers declined to meet.") == [
        ("said", "The crew's union", "the stoppage started after managers declined to meet")
    ]
    assert got("Lund said it upset her crew when Chan talked about the levy.") == [
        ("said", "Lund", "it upset her crew when Chan talked about the levy")
    ]


# ------------------------------------------------------------- an endorsement won


def test_an_endorsement_won_names_the_endorsers_as_the_source(got: Callable) -> None:
    assert got("Lund won the endorsement of the dockers' union on Friday.") == [
        ("endorsement", "the dockers' union", "Lund")
    ]
    assert got("Chan also picked up an endorsement from Gov. Ann Marsh.") == [
        ("endorsement", "Gov. Ann Marsh", "Chan")
    ]


def test_an_endorsement_sought_is_no_endorsers_row_one_not_received_is(got: Callable) -> None:
    assert [r["cue"] for r in rows("Chan sought the endorsement of the council.")] == ["sought"]
    # round seventy-four: a negated endorsement received names its withholders (PolNeAR
    # train marks them, 2 of 2 where the shape occurs)
    assert [
        r["speaker"] for r in rows("Chan has not received a single endorsement from the council.")
    ] == ["the council"]
