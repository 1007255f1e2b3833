"""Issue 18, round twelve: the lead's decision on ", which" / ", who" after a content, and the
shapes of the round's tally (contents too long, speakers not found, cues never scanned).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule changes, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def content_of(text: str, cue: str) -> str:
    return next(
        r["content"] for r in find_attributions(text) if not r["nested"] and r["cue"] == cue
    )


def test_a_relative_on_the_last_noun_stays_in_the_content() -> None:
    # the lead's decision of round twelve (cut the writer's relative) was measured and
    # reversed: PolNeAR and the Wikinews guide both keep it (docs/plugins/stance.md)
    assert (
        content_of("Lund said she would back the ferry levy, which takes effect in May.", "said")
        == "she would back the ferry levy, which takes effect in May"
    )


def test_a_relative_that_carries_the_speakers_reasoning_stays_in() -> None:
    # (round thirty-seven, the lead's decision of 2026-12-06: a closing relative whose verb
    # of saying gives a row of its own ends the content: "which he said was too high" is the
    # source's second report, test_attribution_round37.py)
    assert (
        content_of(
            "Lund said the levy would rise to 4 percent, which he said was too high.", "said"
        )
        == "the levy would rise to 4 percent"
    )
    # (round ninety: "which its members called unfair" is the members' naming, a row of its
    # own as the lead decided on round eighty-nine b, so the host's content ends before it)
    assert (
        content_of("The union cited the new rota, which its members called unfair.", "cited")
        == "the new rota"
    )
    # the speaker's own words in the relative
    assert content_of(
        'Lund said he expects a large turnout, which "will settle the matter."', "said"
    ).endswith('which "will settle the matter."')


def test_a_relative_inside_the_contents_subject_stays_in() -> None:
    # the main clause goes on after it: no writer's addition at the content's end
    assert (
        content_of("Lund said the mayor, who took office in May, would resign.", "said")
        == "the mayor, who took office in May, would resign"
    )
    assert (
        content_of(
            "Crews demanded that the old flag, which hangs over the quay, be taken down.",
            "demanded",
        )
        == "the old flag, which hangs over the quay, be taken down"
    )


def test_an_inverted_speaker_with_a_long_relative_clause(got: Callable) -> None:
    # the relative runs past the inverted scan's word limit: the speaker is the phrase and
    # its relative, to the sentence end
    assert got(
        '"The log was altered," said one crew member who saw the entry but asked not to be '
        "named since the inquiry is still open."
    )[0][:2] == (
        "said",
        "one crew member who saw the entry but asked not to be named since the inquiry is "
        "still open",
    )
    assert got(
        "The quay is safe, said several skippers who cite its record and the new rails that "
        "the port put up along it last spring."
    )[0][:2] == (
        "said",
        "several skippers who cite its record and the new rails that the port put up along it "
        "last spring",
    )


def test_a_phrase_after_the_cue_that_opens_with_a_preposition_is_no_speaker(got: Callable) -> None:
    # "in a letter that ...": the report's medium and a restrictive relative, no speaker
    rows = got("Fees will rise, as said in a letter that skippers who fish the bay received.")
    assert all(not (sp or "").startswith("in a letter") for _, sp, _ in rows)
    rows = got("Fees will rise, said in a letter that skippers who fish the bay received.")
    assert all(not (sp or "").startswith("in a letter") for _, sp, _ in rows)


def test_a_participle_after_a_clause_with_an_unknown_verb_has_its_opening_pronoun(
    got: Callable,
) -> None:
    assert got("Then she lit into the mayor, calling him a coward.") == [
        ("calling", "she", "him a coward")
    ]
    assert got('And then they swung back, saying, "The mayor must resign."') == [
        ("saying", "they", '"The mayor must resign."')
    ]


def test_an_opening_word_that_is_no_subject_pronoun_does_not_speak(got: Callable) -> None:
    # "Thirteen states ..." and "Its ..." are no pronoun subjects; "I" inside a quotation is
    # another speaker's
    assert all(
        sp not in {"Thirteen", "It"}
        for _, sp, _ in got("Thirteen ports cut their fees, calling the levy a burden.")
    )
    assert all(sp != "Its" for _, sp, _ in got("Its crews cut the ropes, saying nothing."))


def test_nouns_of_saying_with_their_clause(got: Callable) -> None:
    assert ("suggestion", "the mayor's", "the pier was unsafe") in [
        (c, s, t)
        for c, s, t in (
            (r["cue"], r["speaker"], r["content"])
            for r in find_attributions(
                "Lund rejected the mayor's suggestion that the pier was unsafe."
            )
        )
    ]
    assert got("There were complaints that the night ferry ran late.") == [
        ("complaints", None, "the night ferry ran late")
    ]


def test_a_noun_of_saying_before_a_relative_clause_reports_nothing(got: Callable) -> None:
    # "that" opens a relative whose object is the noun: no content
    assert got("The claims that we made were true.") == []
    assert got("The complaint that gripped the town was old.") == []


def test_an_answer_in_quotation_marks_is_reported(got: Callable) -> None:
    assert got('"Not this year," he answered.') == [("answered", "he", '"Not this year,"')]
    assert got('Lund answered, "Not before the spring."') == [
        ("answered", "Lund", '"Not before the spring."')
    ]


def test_answering_a_question_or_the_phone_reports_nothing(got: Callable) -> None:
    assert got("Lund answered every letter the crews sent.") == []
    assert got("When Lund answered the phone, the pier was closed.") == []


def test_a_named_object_with_a_relative_report_speaks_alone(got: Callable) -> None:
    # the phrase scan ran back over "The crews met": the name is the verb's object
    assert got("The crews met Ann Lund, who said the pier is unsafe.") == [
        ("said", "who", "the pier is unsafe")
    ]


def test_a_role_before_a_name_stays_in_the_speaker(got: Callable) -> None:
    assert got("Port chief Ann Lund, who said the pier is unsafe, left.") == [
        ("said", "who", "the pier is unsafe")
    ]


def test_the_inverted_speakers_relative_is_no_part_of_the_content(got: Callable) -> None:
    assert got("The port is short of money, said Ed Lund, who chairs the board.") == [
        ("said", "Ed Lund", "The port is short of money")
    ]
    # a clause going on after the attribution still belongs to the content
    assert got("The port, said Ed Lund, is short of money.") == [
        ("said", "Ed Lund", "The port … is short of money")
    ]


def test_a_name_and_a_colon_before_a_quotation(got: Callable) -> None:
    rows = got('The pier must close. Lund: "We will rebuild the pier before the winter storms."')
    assert rows == [(":", "Lund", '"We will rebuild the pier before the winter storms."')]
    rows = got('Counting was slow - Ann Lund: "The rolls were old and the count was slow."')
    assert (":", "Ann Lund", '"The rolls were old and the count was slow."') in rows


def test_a_colon_inside_a_sentence_or_after_a_kicker_names_no_speaker(got: Callable) -> None:
    # the verb's row already has it; a kicker is no source
    assert [c for c, _, _ in got('He told the Gazette: "The pier is closed for the day."')] == [
        "told"
    ]
    assert all(
        sp != "Update"
        for _, sp, _ in got('The pier shut. Update: "The pier is closed for the day," Lund said.')
    )


def test_a_byline_reports_nothing_and_takes_no_quotation(got: Callable) -> None:
    text = '"We have a plan," he said. "It is called a vote."\n\nLund reported from Oslo.'
    assert got(text) == [("said", "he", '"We have a plan," … "It is called a vote."')]
    assert got("Lund reported from Salem, Ore.; Chan, from Oslo.") == []


def test_a_report_from_a_place_with_what_it_says_stays(got: Callable) -> None:
    assert got('The Gazette reported from Oslo: "The pier has closed."') == [
        ("reported", "The Gazette", '"The pier has closed."')
    ]
    assert [c for c, _, _ in got("The Gazette reported from Oslo that the pier had closed.")] == [
        "reported"
    ]


def test_a_report_after_a_paragraph_break_takes_no_quotation_from_before_it(got: Callable) -> None:
    text = '"We have a plan," he said. "It is called a vote."\n\nLund agreed.'
    assert got(text) == [("said", "he", '"We have a plan," … "It is called a vote."')]


def test_a_quotation_closing_the_sentence_before_in_the_paragraph_is_reported(
    got: Callable,
) -> None:
    assert got('"The pier must stay shut." Lund said.') == [
        ("said", "Lund", '"The pier must stay shut."')
    ]


def test_a_quotation_in_two_apostrophes_goes_on_after_a_quoted_title(got: Callable) -> None:
    text = "''The pier is old,'' he said on the Gazette's ''Harbour Hour.'' ''It must close.''"
    assert got(text) == [("said", "he", "''The pier is old,'' … ''It must close.''")]


def test_a_quoted_title_alone_after_the_cue_is_no_continuation(got: Callable) -> None:
    text = "''The pier is old,'' he said on the Gazette's ''Harbour Hour.''"
    assert got(text) == [("said", "he", "''The pier is old,''")]


def test_an_opening_mark_typed_for_the_closing_one(got: Callable) -> None:
    assert got("“The fee is too high,“ said Bo Lind, a pilot.") == [
        ("said", "Bo Lind, a pilot", "“The fee is too high,“")
    ]


def test_an_opening_mark_after_a_blank_still_opens_a_quotation(got: Callable) -> None:
    assert ("said", "she", "“No,”") in got("He paused. “No,” she said.")
    assert got("“It is late. “We go now,” Lund said.")[-1][:2] == ("said", "Lund")


def test_a_quoted_question_before_its_asker_and_the_askers_manner(got: Callable) -> None:
    assert got('"Why should the ferry pay twice?" Lund asked sharply, tapping the chart.') == [
        ("asked", "Lund", '"Why should the ferry pay twice?"')
    ]
    assert got('"Is the pier open?" Lund asks as a ferry pulls in.') == [
        ("asks", "Lund", '"Is the pier open?"')
    ]


def test_a_report_with_a_clause_of_its_own_keeps_it(got: Callable) -> None:
    # no quotation before: the words after the cue are its content
    assert got("The pier is old. Lund said the levy was fair.") == [
        ("said", "Lund", "the levy was fair")
    ]


def test_a_bare_noun_after_a_and_a_modifier_is_no_verb(got: Callable) -> None:
    assert all(c != "question" for c, _, _ in got("The mayor faced a simple question: who pays?"))
    assert all(sp != "a bold" for _, sp, _ in got("It was a bold claim for a small port."))


def test_a_verb_agreeing_with_a_subject_after_a_is_still_a_verb(got: Callable) -> None:
    assert got("A team reports that the pier is safe.") == [
        ("reports", "A team", "the pier is safe")
    ]


def test_a_subject_with_appositives_after_an_opening_quotation(got: Callable) -> None:
    assert got('"The port is failing," a harbour source, a skipper, told the Gazette.') == [
        ("told", "a harbour source, a skipper", '"The port is failing,"')
    ]
    assert got(
        '"Fees may rise," the historian Bo Chan, once an aide to the mayor, wrote in the Gazette.'
    ) == [("wrote", "the historian Bo Chan, once an aide to the mayor", '"Fees may rise,"')]


def test_a_role_before_a_name_and_a_modal_inside_a_name(got: Callable) -> None:
    assert got(
        "But state Rep. Ann Lund, a pilot for years, recalled how the pier flooded in 1990."
    )[0][:2] == ("recalled", "state Rep. Ann Lund, a pilot for years")
    assert got("Rosa Lin May, 58, a pilot, said the quay was safe.") == [
        ("said", "Rosa Lin May, 58, a pilot", "the quay was safe")
    ]


def test_a_clause_before_the_appositive_chain_is_no_subject(got: Callable) -> None:
    # "The port won the case" holds a verb: not the subject of "said"
    assert all(
        sp != "The port won the case"
        for _, sp, _ in got("The port won the case, the mayor, a skipper, said.")
    )


def test_a_weekday_after_a_party_or_a_conjunction_before_the_cue(got: Callable) -> None:
    assert got("Sen. Bo Chan (D-Ore.) on Friday criticized the harbour levy.") == [
        ("criticized", "Sen. Bo Chan (D-Ore.)", "the harbour levy")
    ]
    rows = got("Lund opposed the levy for years but on Monday wrote that it was fair.")
    assert ("wrote", "Lund") in [r[:2] for r in rows]


def test_a_weekday_inside_a_phrase_is_no_gap_before_a_cue(got: Callable) -> None:
    # "on Monday" after an object does not make the object's noun a speaker
    assert all(
        sp != "Monday" for _, sp, _ in got("Crews met on Monday and said the pier was safe.")
    )


def test_an_inverted_role_with_a_place_before_the_name(got: Callable) -> None:
    assert got("The fund is short, said former Oslo harbour master Ed Lund.") == [
        ("said", "former Oslo harbour master Ed Lund", "The fund is short")
    ]


def test_an_inverted_pronoun_and_a_place_is_no_speaker(got: Callable) -> None:
    assert got("The pier is old, said it in Oslo last year.") == []


def test_a_dash_aside_naming_or_including_belongs_to_the_speaker(got: Callable) -> None:
    assert got(
        "Ann Lund - Bo Chan's sister and a skipper herself - told the Gazette the pier was unsafe."
    ) == [("told", "Ann Lund - Bo Chan's sister and a skipper herself", "the pier was unsafe")]
    assert got(
        "Many skippers - including two of the port's own pilots - warn that the quay could flood."
    ) == [
        ("warn", "Many skippers - including two of the port's own pilots", "the quay could flood")
    ]


def test_a_relative_aside_in_dashes_stays_out_of_the_speaker(got: Callable) -> None:
    # round ten's reading: the relative aside is skipped, the name speaks
    assert got("Ann Lund - who once ran the port - told the Gazette that the pier was unsafe.") == [
        ("told", "Ann Lund", "the pier was unsafe")
    ]


def test_a_participle_after_while_also(got: Callable) -> None:
    assert got("Lund wants to close the pier, while also suggesting that the levy be cut.")[-1] == (
        "suggesting",
        "Lund",
        "the levy be cut",
    )


def test_while_before_a_noun_in_ing_is_no_report(got: Callable) -> None:
    assert all(c != "building" for c, _, _ in got("Lund spoke while also building the new quay."))
