"""Round sixty's fixes, on invented news sentences.

- A paper's name in capitals keeps its possessive a name: "the mayor told USA TODAY's podcast"
  (the deictic rule took "TODAY's" whole, so the capitals guard for "USA TODAY" missed it).
- "a quarter point", "a quarter percentage point": a fraction of a rate's point, no quarter
  of a year.
- "the two previous quarters", "the three preceding months": a length, the count before the
  adjective as "the previous two quarters" has it after.
- A range of years whose second end has two digits ("1992-94", "the 1991-95 plan"): each end a
  DATE, the second completed with the first's century (the convention of the development
  files: TIMEX3 values hold no ranges).
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def found(text: str, published: str | None) -> list[tuple[str, str, str]]:
    """Every expression found, with its type and value."""
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2016-05-11",
            "The mayor told USA TODAY's podcast that the bridge will reopen.",
            [],
        ),
        (
            "2016-05-11",
            "Mr. Ortiz did not answer USA TODAY's questions about the contract.",
            [],
        ),
        (
            "2016-05-11",
            "USA TODAY's count of the donations leaves out loans to the campaign.",
            [],
        ),
        (
            "1987-04-02",
            "Dealers expect the central bank to trim its repo rate by a quarter point next week.",
            [("next week", "DATE", "1987-W15")],
        ),
        (
            "1987-04-02",
            "The bank lifted its base rate by a quarter percentage point to 10-1/4 pct.",
            [],
        ),
        (
            "1987-04-02",
            "Exports fell 1.4 pct after rising in the two previous quarters.",
            [("the two previous quarters", "DURATION", "P2Q")],
        ),
        (
            "1987-04-02",
            "The index rose 0.3 pct in March after flat readings in the three preceding months.",
            [("March", "DATE", "1987-03"), ("the three preceding months", "DURATION", "P3M")],
        ),
        (
            "1987-04-02",
            "The price index reflects 1992-94 buying habits; it used 1967 before.",
            [("1992", "DATE", "1992"), ("94", "DATE", "1994"), ("1967", "DATE", "1967")],
        ),
        (
            "1987-04-02",
            "The province will borrow 3 billion dlrs under its 1991-95 road plan.",
            [("1991", "DATE", "1991"), ("95", "DATE", "1995")],
        ),
        (
            "2019-06-14",
            "The drought of 2011\u201314 emptied the reservoirs.",
            [("2011", "DATE", "2011"), ("14", "DATE", "2014")],
        ),
    ],
)
def test_round_sixty_fixes(published: str, text: str, expected: list) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a capital "TODAY" on a line all in capitals keeps the day
        ("2016-05-11", "GMT TODAY'S TRADING WAS LIGHT.", [("TODAY'S", "DATE", "2016-05-11")]),
        # "a quarter of a percentage point" (a fraction before "of": already so on main)
        (
            "1987-04-02",
            "The cut of a quarter of a percentage point was smaller than hoped.",
            [],
        ),
        # a quarter of a year stays one
        (
            "1987-04-02",
            "The firm earned more in a quarter than in all of last year.",
            [("a quarter", "DURATION", "P1Q"), ("last year", "DATE", "1986")],
        ),
        # the next year's two digits: a split year, one expression, as before
        (
            "1987-04-02",
            "Output fell in the 1986-87 season.",
            [("1986-87", "DATE", "1986")],
        ),
        # 01 to 12 after a hyphen may be an ISO month: no range read
        ("2019-06-14", "In 2009-12 the firm grew.", []),
        # an amount after the second end
        ("1987-04-02", "The 1985-90 km stretch of road is closed.", []),
        # a count before "prior" and no unit
        ("1987-04-02", "He had two prior convictions.", []),
        # "prior" after a count with no determiner: a table's day and its next line
        (
            "1987-04-02",
            "NOTE: 1986 period ended March 22\n    Prior year figures restated.",
            [("1986", "DATE", "1986"), ("March 22", "DATE", "1987-03-22")],
        ),
        # "a prior year gain": an adjective, no length
        ("1987-04-02", "The mill swung to a loss against a prior year gain.", []),
    ],
)
def test_round_sixty_guards(published: str, text: str, expected: list) -> None:
    assert found(text, published) == expected
