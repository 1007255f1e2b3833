"""Round forty's fix, on invented news sentences.

"Overnight" closing a denied speed ("cannot be rebuilt overnight", "will not be fixed
overnight", "you don't rebuild trust overnight") is the idiom for "all at once": no night is
meant, so no TIME is written. A past negation ("did not return overnight") may deny a real
night's event and keeps its night, as does a plain "overnight" of the night before.

"Overnight" as the money market's shortest term is no night either in a rate table's row
(the term, then its bid and offer), before "was little changed", and in "overnight
assistance" (a central bank's lending), as "the overnight rate" already was.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

T = "TIME"


def found(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (
            "2009-05-12",
            '"Confidence in the banks cannot be restored overnight," the governor said.',
            [],
        ),
        (
            "2012-10-03",
            "The new terminal will not be finished overnight -- crews need months.",
            [],
        ),
        (
            "2007-02-20",
            '"Old habits don\'t vanish overnight," the coach told reporters.',
            [],
        ),
        (
            "2010-08-16",
            "Officials said the backlog is not cleared overnight, and asked for patience.",
            [],
        ),
        (
            "2013-01-29",
            "Analysts don't\nexpect the shortage to ease overnight... supply takes a season.",
            [],
        ),
        (
            "2014-06-30",
            "Such walls can\u2019t be put up overnight, she said, and can't be torn down in a day.",
            [("a day", "DURATION", "P1D")],
        ),
        (
            "2005-04-11",
            '"You can\'t win back voters overnight," the senator said.',
            [],
        ),
        # guards: a night's event, told plainly or denied in the past, keeps its night
        (
            "2011-03-15",
            "Rebels shelled the port overnight, a spokesman said.",
            [("overnight", T, "2011-03-14TNI")],
        ),
        (
            "2011-03-15",
            "The ferry did not sail overnight because of the storm.",
            [("overnight", T, "2011-03-14TNI")],
        ),
    ],
)
def test_denied_speed_overnight(published: str, sentence: str, expected: list) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "STERLING DEPOSIT RATES\n  overnight        7-1/4 1/8    seven days   7-3/8 1/4\n",
        "MONEY MARKET\n    OVERNIGHT          5-5/8   5-1/2     30 DAYS   5-3/4\n",
        "Dealers said overnight was little changed, with one-month money steady.",
        "Overnight assistance from the central bank now costs 9-1/2 pct.",
    ],
)
def test_money_market_overnight(sentence: str) -> None:
    assert [row for row in found(sentence, "2008-09-23") if row[0].lower() == "overnight"] == []


def test_night_before_a_count_keeps_its_night() -> None:
    # a figure after "overnight" in running text is no table row
    assert found("Rebels shelled the port overnight 12 times.", "2011-03-15") == [
        ("overnight", T, "2011-03-14TNI")
    ]
