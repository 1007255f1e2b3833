"""Issue 18, round thirty-two B: shapes of the classes beside speech, counted first.

An appointment or a choice made by naming ("the board named Okafor its treasurer"); a record
released ("the ministry released its findings"). Both live in
``newslens_stance.attributions.attitudes``.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_choice_made_by_naming(classed: Callable) -> None:
    assert classed("The harbour board named Okafor its new treasurer on Monday.") == [
        ("named", "The harbour board", "Okafor its new treasurer on Monday", "other", "assert")
    ]
    # an adverb before the verb, and the choice ending at a comma before a new clause
    assert classed("Mayor Lund later named her to the ferry panel, and the council agreed.") == [
        ("named", "Mayor Lund", "her to the ferry panel", "other", "assert")
    ]
    # a share of a poll naming its answer
    assert classed("Asked for their favourite port, 41 percent named Bergen.") == [
        ("named", "41 percent", "Bergen", "other", "assert")
    ]
    assert classed("Trade officials named three ports as likely sites.")[0][:3] == (
        "named",
        "Trade officials",
        "three ports as likely sites",
    )


def test_a_name_given_is_no_choice(classed: Callable) -> None:
    # a reduced relative after an indefinite phrase: a name, not an appointment
    assert classed("A baker named Lund opened a shop by the pier.") == []
    assert classed("Outside the depot in the town of Alta, a driver named Per Lund waved.") == []
    # the passive, a negated participle, a name taken from something
    assert classed("Okafor was named the winner of the regatta.") == []
    assert classed("Candidates not named Lund did poorly in the count.") == []
    assert classed("The ferry was named after a whaler from Tromso.") == []
    # a participle after a comma, a small clause after a verb of perception
    assert classed("Bergen Council, recently named the best in the region, met on Monday.") == []
    assert classed("A good season saw him named player of the month.") == []
    # a quoted name after the object: a christening
    assert classed('The panel named the new ferry "Sable Star" after a vote.') == []
    assert classed("The crew named the ship's cat Pepper in the first week.") == []
    # no object after the verb: the object is gapped ("the people she named")
    assert classed("All the people she named were at the meeting.") == []


def test_a_record_released(classed: Callable) -> None:
    assert classed("The ministry released its findings on Tuesday.") == [
        ("released", "The ministry", "its findings on Tuesday", "evidence", "assert")
    ]
    assert classed("The club released a statement in support of the coach, and fans cheered.") == [
        ("released", "The club", "a statement in support of the coach", "evidence", "assert")
    ]
    assert classed("Lund is releasing a new radio ad that mocks the levy.") == [
        ("releasing", "Lund", "a new radio ad that mocks the levy", "evidence", "assert")
    ]
    assert classed("The museum released a list of 300 donors.") == [
        ("released", "The museum", "a list of 300 donors", "evidence", "assert")
    ]


def test_a_record_whose_relative_clause_says_it(classed: Callable) -> None:
    # a relative of saying on the record: what it says is the content
    rows = classed(
        'The ferry firm released a statement which read, in part, "We regret the delays at '
        'the pier."'
    )
    assert rows[0][:3] == ("released", "The ferry firm", '"We regret the delays at the pier."')
    # (up to a clause of time when it is no quotation)
    rows = classed(
        "The council released a video that accuses the builder of lying before the vote."
    )
    assert rows[0][:3] == ("released", "The council", "the builder of lying")


def test_a_release_reported_otherwise_or_not_finite(classed: Callable) -> None:
    # a cue after the record reports it already: that row alone
    assert classed("The board released a statement saying the pier would close.") == [
        ("saying", "The board", "the pier would close", "speech", "assert")
    ]
    # a participle of saying after the record, a time phrase and a comma: the participle's row
    # (the same source) alone
    assert [
        r[0]
        for r in classed(
            "The union released a statement on Friday night, describing the levy as a trap."
        )
    ] == ["describing"]
    # an infinitive or a gerund after a preposition: no release made
    assert [r[0] for r in classed("She promised to release a report soon.")] == ["promised"]
    # (round seventy-eight: no release, but the residents' anger, a row of its own)
    assert classed("The delay in releasing the video angered residents.") == [
        ("angered", "residents", "The delay in releasing the video", "belief", "assert")
    ]
    # no record noun after the verb: a prisoner or a product released
    assert classed("The court released the two fishermen on Friday.") == []
    assert classed("The firm released its new phone in May.") == []


def test_a_clause_and_a_colon_before_a_quotation(classed: Callable) -> None:
    assert classed('She went on: "The pier is ours and it will stay ours."') == [
        ("went on:", "She", '"The pier is ours and it will stay ours."', "other", "assert")
    ]
    assert classed('The rally on Friday had one message: "Keep the pier open."') == [
        ("had one message:", "The rally on Friday", '"Keep the pier open."', "other", "assert")
    ]
    # an adverb before the verb stays out of the subject
    assert classed('Lund quickly took a parting shot: "The pier is ours and always was."')[0][
        :2
    ] == (
        "took a parting shot:",
        "Lund",
    )


def test_a_colon_with_no_clause_or_a_cue_of_its_own(classed: Callable) -> None:
    # a verb of saying before the colon keeps its own row
    assert [r[0] for r in classed('Lund said: "The pier is ours and it will stay ours."')] == [
        "said"
    ]
    # no finite verb: a lead-in, not a clause
    assert classed('For example: "The pier is ours and it will stay ours."') == []
    assert classed('From a clerk writing in the Gazette: "The pier opens in May at last."') == []
    # an empty subject, a question put to the subject, a colon after a sentence's end
    assert classed('It gets worse: "The pier is ours and it will stay ours."') == []
    assert classed('Okafor was asked: "Why on earth would the pier close?"') == []
    assert classed('He worked at the quay until 1990. : "I joined the crew in 1971."') == []
    # a title and a dash before the colon: a listing's line, not a clause
    assert (
        classed('NOW OPEN—"A new pier," by Gazette writer Ann Lund: "The pier opens in May."') == []
    )
