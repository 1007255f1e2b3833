"""Issue 18, round thirty-six: speech cues never found, counted first.

An answer given in one word ("46 percent said yes"), respondents more likely to say, a party
attacked by a party, and the attacks of a party on another ("his attacks on the levy"). All
live in ``newslens_stance.attributions.speech_acts``.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable


def test_an_answer_in_one_word(got: Callable) -> None:
    assert got("Asked whether the ferry fee was fair, 46 percent of the anglers said yes.")[1:] == [
        ("said", "46 percent of the anglers", "yes")
    ]
    assert got("Okafor said the levy was high. Asked if she would run, Okafor said no.")[2:] == [
        ("said", "Okafor", "no")
    ]
    assert got("Half of the clerks said so in May.") == [("said", "Half of the clerks", "so")]
    # "no" opening a noun phrase, and a quoted speaker's own words (round fifty-eight: a
    # negated party is a speaker, as PolNeAR marks it; "no" here is still no answer)
    assert got("Nobody said no one would come.") == [("said", "Nobody", "no one would come")]
    assert got('"I have to say yes," the skipper said.') == [
        ("said", "the skipper", '"I have to say yes,"')
    ]


def test_respondents_more_likely_to_say(got: Callable) -> None:
    assert got("Older voters were more likely to say the fee is fair.") == [
        ("say", "Older voters", "the fee is fair")
    ]
    assert got("Tenants are slightly more likely to say rents have risen.") == [
        ("say", "Tenants", "rents have risen")
    ]
    # a vote is no report
    assert got("Older voters were more likely to vote for the fee.") == []


def test_a_party_attacked_by_a_party(got: Callable) -> None:
    text = (
        "Okafor said the toll was unfair. Mayor Lund said it was not. "
        "Lund attacked Okafor during the harbour debate."
    )
    assert got(text)[2:] == [("attacked", "Lund", "Okafor")]
    assert got("Okafor said the toll was unfair. She attacked him again on Monday.")[1:] == [
        ("attacked", "She", "him")
    ]
    # the assailant says nothing in the article; a place says nothing either
    assert got("Lund said the toll was fair. A man attacked Lund outside a bar.") == [
        ("said", "Lund", "the toll was fair")
    ]
    assert got("Okafor spoke briefly. The rebels attacked Bergen on Monday.") == []
    # a possessive "her" opens an object that is no party
    assert got("Okafor said the toll was unfair. A dog attacked her bicycle.")[1:] == []


def test_the_attacks_of_a_party(got: Callable) -> None:
    # the subject of the verb before "her" attacks, as the verb group shows
    assert got("Okafor has stepped up her attacks on the levy, saying it hurts the poor.") == [
        ("attacks", "Okafor", "the levy"),
        ("saying", "Okafor", "it hurts the poor"),
    ]
    # a possessor with "'s", the object ending before the clause's verb
    assert got("The mayor's sharp attacks on the harbour board drew cheers.") == [
        ("attacks", "The mayor", "the harbour board")
    ]
    # after a preposition the pronoun itself is the speaker
    assert got("The clerk was silent during his attacks on the ferry company.") == [
        ("attacks", "his", "the ferry company")
    ]
    # an armed attack
    assert got("The group continued its rocket attacks on the port.") == []
    assert got("The militia's violent attacks on villagers went on.") == []
    assert got("Lund's attacks on troops stopped in May.") == []


def test_a_topic_spoken_of(got: Callable) -> None:
    # an audience, a place, a time or a manner between the verb and "about"
    assert got("Mayor Lund spoke at the harbour on Tuesday about fees that had doubled.") == [
        ("spoke at the harbour on Tuesday about", "Mayor Lund", "fees that had doubled")
    ]
    assert got("Okafor talked openly to reporters about her plan to close the pier.") == [
        ("talked openly to reporters about", "Okafor", "her plan to close the pier")
    ]
    assert got("The clerk has spoken out in favour of the new toll.") == [
        ("spoken out in favour of", "The clerk", "the new toll")
    ]
    # "about" as "roughly", the noun "talks", an idiom
    assert got("Lund spoke for about 30 minutes and left.") == []
    assert got("The unions held tough talks with the board about pay.") == []
    assert got("The result speaks volumes about the town.") == []


def test_a_call_made_across_a_time(got: Callable) -> None:
    assert got("Mayor Lund called Wednesday for the harbour board to resign.") == [
        ("called Wednesday for", "Mayor Lund", "the harbour board to resign")
    ]
    assert got("Okafor called upon the council to reopen the pier.") == [
        ("called upon", "Okafor", "the council to reopen the pier")
    ]
    # a telephone call is no call for anything
    assert got("Okafor called Wednesday from Bergen.") == []


def test_a_record_and_its_participle_of_saying(got: Callable) -> None:
    # the party that puts the record out speaks through it
    assert got('Lund posted a message reading "Thank you, Bergen" after the count.') == [
        ("reading", "Lund", '"Thank you, Bergen"')
    ]
    assert got("The ferry company ran ads attacking Okafor.") == [
        ("attacking", "The ferry company", "Okafor")
    ]
    # a record nobody is said to put out speaks itself
    assert got("Residents received calls saying the pier was closed.") == [
        ("saying", "calls", "the pier was closed")
    ]
    # put out by someone the sentence names far back: no row here
    assert got("The vote led the board to issue a statement urging calm.") == []


def test_a_promise_made_by_a_party(got: Callable) -> None:
    # the subject of the verb before "her" made the promise
    assert got("Lund has kept her promise to reopen the pier by May.") == [
        ("promise", "Lund", "to reopen the pier by May")
    ]
    # a quotation inside the infinitive stays in it
    assert got('Lund kept his promise to be "neutral" in the talks.') == [
        ("promise", "Lund", 'to be "neutral" in the talks')
    ]
    # nobody's promise: no row
    assert got("The promise to reopen the pier was broken.") == []
