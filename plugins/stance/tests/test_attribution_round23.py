"""Issue 18, round twenty-three: a right, an access, an entry or a permit withheld is no denial
of a claim; then the speech class's recall (speakers the guards rejected, cues never scanned).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def denials(text: str) -> list[str]:
    return [r["content"] for r in find_attributions(text) if r["stance"] == "deny"]


def test_a_thing_withheld_from_someone_is_no_denial() -> None:
    assert denials("The board denied the reporters access to the hearing.") == []
    assert denials("Officials denied him entry.") == []
    assert denials("The court denied it the right to strike.") == []
    assert denials("The council denied the firm a permit to build on the quay.") == []
    assert denials("The state has long denied women the vote.") == []
    assert denials("The board denied the two reporters access.") == []
    assert denials("The board denied each reporter a seat.") == []
    assert denials("The board denied Lund and Chan entry to the hall.") == []
    assert denials("The board denied reporters from the Post access.") == []
    # inside a report, the withholding is no nested denial either
    assert denials("The union said the court denied it the right to strike.") == []


def test_a_denial_of_a_claim_stays_one(stance_of: Callable) -> None:
    assert denials("The mayor denied that the fund was short.") == ["the fund was short"]
    assert stance_of("Lund denied the claims.", "denied") == "deny"
    # a thing that is a clause's subject: the clause is what is denied
    assert denials("The firm denied the permit was forged.") == ["the permit was forged"]
    # a verb in the "recipient": a clause, not someone
    assert denials("The mayor denied the firm needed a permit.") == ["the firm needed a permit"]
    assert denials("The mayor denied he had asked for help.") == ["he had asked for help"]
    # a claim noun before the thing
    assert denials("The ministry denied the reports about visas.") == ["the reports about visas"]
    assert denials("The ministry denied claims that reporters were refused entry.") == [
        "reporters were refused entry"
    ]
    # a time after the determiner is no thing withheld
    assert stance_of("Lund denied it the next day.", "denied") == "deny"
