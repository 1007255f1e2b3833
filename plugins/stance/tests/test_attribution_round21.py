"""Issue 18, round twenty-one: cue words read in another sense (the lead's finding on wire
copy), and the speech class's recall.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def test_the_noun_dispute_of_a_conflict_is_no_cue(cues: Callable, stance_of: Callable) -> None:
    assert "dispute" not in cues("The labour dispute at the port entered its third week.")
    assert "dispute" not in cues("A border dispute between the two states flared on Monday.")
    assert "disputes" not in cues("Many trade disputes that had split the ports were settled.")
    assert "disputes" not in cues("Fishing disputes over the bay are common, Lund said.")
    # the verb with its object stays a dispute
    assert stance_of("Lund disputed the figures in the report.", "disputed") == "dispute"
    assert stance_of("The skippers dispute the council's account.", "dispute") == "dispute"


def test_contest_of_a_race_is_no_dispute(cues: Callable, stance_of: Callable) -> None:
    assert "contest" not in cues("The opposition will contest the 150-seat assembly in May.")
    assert "contested" not in cues("Chan contested the mayoral race last year.")
    assert "contested" not in cues("The party faces its first contested primary in years.")
    assert "contest" not in cues("The ward vote became a two-woman contest between Lund and Chan.")
    assert "contests" not in cues("The state contests in March will decide the nomination.")
    # contesting a ruling, charges or a result stays a dispute
    assert stance_of("The firm contested the ruling.", "contested") == "dispute"
    assert stance_of("He will contest the charges in court.", "contest") == "dispute"
    assert stance_of("Chan contested the election results.", "contested") == "dispute"
    assert stance_of("Lund will contest the ruling of the council.", "contest") == "dispute"


def test_denied_of_a_thing_withheld_is_no_denial(cues: Callable, stance_of: Callable) -> None:
    assert "denied" not in cues("It is an advantage denied to smaller firms.")
    assert "denied" not in cues("A friend of the skipper was denied bail on Friday.")
    assert "denied" not in cues("The mayor denied them access to the files.")
    assert "denied" not in cues("The board denied Ann Lund a seat at the table.")
    assert "denied" not in cues("The court denied the firm's application for a licence.")
    assert "denied" not in cues("The council has repeatedly denied funding for the new quay.")
    # a denial of what is said stays one, with its audience too
    assert stance_of("Lund denied that he had taken the money.", "denied") == "deny"
    assert stance_of("Lund denied to reporters that he had taken the money.", "denied") == "deny"
    assert stance_of("Lund denied reports the firm had access to the files.", "denied") == "deny"
    assert stance_of("Lund denied Monday the claims about the port.", "denied") == "deny"
    assert stance_of("Lund denied the report on bail reform.", "denied") == "deny"


def test_lies_of_where_a_thing_is_contradicts_nothing(stance_of: Callable) -> None:
    assert stance_of("The town lies 20 km north of the capital, Chan said.", "said") == "assert"
    assert stance_of("The problem lies with the suppliers, Chan said.", "said") == "assert"
    assert stance_of("Police said two bodies were lying on the road.", "said") == "assert"
    # a liar's lies and lying stay a dispute
    assert stance_of("Chan said the minister's claims were lies.", "said") == "dispute"
    assert stance_of("Chan said Lund was lying about the port.", "said") == "dispute"


def test_fake_of_a_thing_told_contradicts_nothing(stance_of: Callable) -> None:
    assert stance_of("Police said the man carried a fake passport.", "said") == "assert"
    assert stance_of("He faked his death to escape his debts, police said.", "said") == "assert"
    # calling what is told fake stays a dispute
    assert stance_of("The ministry said the video was fake.", "said") == "dispute"
    assert stance_of("Chan said the story was fake news.", "said") == "dispute"


def rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_a_verb_coordinated_after_and_is_no_noun() -> None:
    assert ("described", "Lund", "the levy as a toll") in rows(
        "Lund visited the port and described the levy as a toll."
    )
    assert ("called", "The mayor", "Lund a liar") in rows(
        "The mayor praised the crews and called Lund a liar."
    )
    assert ("tells", "She", "the levy will go") in rows(
        "She visited the quay and tells them the levy will go."
    )
    assert ("added", "Lund", '"The port is safe."') in rows(
        'Lund thanked the crews and added: "The port is safe."'
    )
    # nouns joined by "and" stay nouns; "added" of a thing is no report
    assert rows("The chants and promises of the crowd filled the hall.") == []
    assert "added" not in [c for c, _, _ in rows("Chan read the memo and added his own note.")]
    # a record's verb inside the reported clause stays in it
    assert rows("Chan said the mayor should stand firm and show that the quay is safe.") == [
        ("said", "Chan", "the mayor should stand firm and show that the quay is safe")
    ]


def test_a_reporting_participle_after_since_or_besides_is_a_verb() -> None:
    assert ("announcing", "Lund", "his bid in May") in rows(
        "Since announcing his bid in May, Lund has toured the coast."
    )
    # a gerund after a determiner stays a noun
    assert rows("The announcing of the bid was delayed.") == []


def test_calling_a_thing_by_an_adjective_is_a_report() -> None:
    assert ("called", "Lund", "the new tolls unlawful") in rows(
        "Lund called the new tolls unlawful and said he would appeal."
    )
    assert ("calls", "Chan", "Lund unfit") in rows("Chan calls Lund unfit.")
    # a call made, not a name given
    assert rows("The mayor called the police yesterday.") == []
    assert rows("The mayor called the national guard.") == []


def test_the_name_a_relative_gives_is_a_report() -> None:
    assert ("called", "critics", "unfair") in rows(
        "The bill, which critics called unfair, passed on Monday."
    )
    assert ("called", "Lund", '"a farce,"') in rows(
        'The club, which Lund called "a farce," was sold on Monday.'
    )
    assert ("called", "the union", "a disgrace") in rows(
        "The crews were hit by what the union called a disgrace."
    )
    # "in which" heads the relative's own clause: its object is the one named
    assert ("called", "he", 'Chan a "reckless skipper,"') in rows(
        'Lund gave a speech in which he called Chan a "reckless skipper," citing the fees.'
    )


def test_a_ruling_a_projection_and_advice_are_reports() -> None:
    assert ("ruled", "The judge", "the levy was lawful") in rows(
        "The judge ruled that the levy was lawful."
    )
    assert ("ruled", "The tribunal", "the levy was void") in rows(
        "The tribunal ruled the levy was void."
    )
    assert ("projected", "The office", "costs would rise") in rows(
        "The office projected that costs would rise."
    )
    assert ("advised", "Chan", "the board to wait") in rows("Chan advised the board to wait.")
    # no ruling, projection or advice reported
    assert rows("The council ruled out a new levy.") == []
    assert rows("The court ruled on the appeal on Monday.") == []
    assert rows("Costs are projected to rise by 2030.") == []
    assert rows("The lawyer is advising the port on the sale.") == []
    assert rows("The party rules bar a second term.") == []
