"""Issue 19, twenty-seventh round: a step of years counted from the wrong base. "N years later"
after a sentence that set a past year or day counts from that year, not from a day near
publication named in between; a step that lands after publication in no clause of the future
is the present (just past it, from a past year) or no date (the length alone); an approximate
step ("more than two centuries later") told in the present is the present. Every sentence is
invented (none follows a corpus sentence). The publication date is Monday 2026-05-18.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-18"  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the step counts from the past year set before, not from a weekday near publication
        (
            "The strike of 2021 shut the port. On Friday the union said that five years later"
            " the wounds remain.",
            [
                ("2021", "DATE", "2021"),
                ("Friday", "DATE", "2026-05-15"),
                ("five years later", "DATE", "2026"),
            ],
        ),
        (
            "The orchard burned on August 9, 2023. The growers said on Thursday that three"
            " years later the soil is still bare.",
            [
                ("August 9, 2023", "DATE", "2023-08-09"),
                ("Thursday", "DATE", "2026-05-14"),
                ("three years later", "DATE", "2026"),
            ],
        ),
        # told in the past, the same
        (
            "The treaty was signed in 2011. The minister said on Friday that two years later"
            " the talks stalled.",
            [
                ("2011", "DATE", "2011"),
                ("Friday", "DATE", "2026-05-15"),
                ("two years later", "DATE", "2013"),
            ],
        ),
        # a past year and a step that lands just after publication: the present
        (
            "The ferry sank in 2022. Five years later, nobody has been charged.",
            [("2022", "DATE", "2022"), ("Five years later", "DATE", "2026")],
        ),
        # from a day near publication, with no past year before: no date, the length alone
        (
            "The council met on May 4. Even three years later its cause is disputed.",
            [("May 4", "DATE", "2026-05-04"), ("three years later", "DURATION", "P3Y")],
        ),
        # an approximate step told in the present: the present
        (
            "The guild was founded in 1810. More than two centuries later, its hall still stands.",
            [("1810", "DATE", "1810"), ("More than two centuries later", "DATE", "2026")],
        ),
    ],
)
def test_a_step_of_years_counts_from_the_past_reference(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a narrative step that stays before publication is unchanged
        (
            "The mill opened in 1990. Ten years later it was sold.",
            [("1990", "DATE", "1990"), ("Ten years later", "DATE", "2000")],
        ),
        # an approximate step told in the past keeps its count and its mod
        (
            "The mill opened in 1990. More than ten years later it was sold.",
            [("1990", "DATE", "1990"), ("More than ten years later", "DATE", "2000")],
        ),
        # a modal in the sentence: a plan or a forecast may reach past publication
        (
            "The rights will be paid on May 29 and expire ten years later.",
            [("May 29", "DATE", "2026-05-29"), ("ten years later", "DATE", "2036")],
        ),
        (
            "Debt would grow to 9 billion at the end of 2026 and 11 billion a year later.",
            [("the end of 2026", "DATE", "2026"), ("a year later", "DATE", "2027")],
        ),
        # a comparison of lengths: no date
        (
            "The army will hand over power in 2030, two years later than planned.",
            [("2030", "DATE", "2030"), ("two years later", "DURATION", "P2Y")],
        ),
        # a clause of the future looks ahead from publication
        (
            "Three years later, the firm will list its shares.",
            [("Three years later", "DATE", "2029")],
        ),
    ],
)
def test_a_step_of_years_that_needs_no_new_base(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]
