"""Issue 17, round thirty-eight, on invented sentences: the lead's decision on the thirty-first
sample. A bare level continuing a run of rate quotes takes the percent the report last named in
the same paragraph, when no other unit is named in between (main read it as a bare number, even
in the same sentence); a change "by N pct", another unit or noun between, a new paragraph, a
level far from the run's, or a whole number leave the figure bare."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Overnight money was quoted at 5-1/8 pct. Traders reported thin demand. "
            "Two-month funds stood at 5-3/8.",
            "5-3/8",
        ),
        (
            "Overnight money was quoted at 5-1/8 pct. Traders reported thin demand. "
            "Two-month funds stood at 5-3/8. Six-month paper was at 5-1/2.",
            "5-1/2",
        ),
        (
            "The Westfield bank cut its prime rate to 9.75 pct from 10.25, but left its base "
            "rate at 10.5.",
            "10.5",
        ),
        (
            "Underwriting fees come to 2-1/8 pct, with 1-1/2 pct for the selling group and 5/8 "
            "for management.",
            "5/8",
        ),
        ("The poll put the Greens at 21.5 pct and the Liberals at 19.5, a survey showed.", "19.5"),
    ],
)
def test_a_bare_level_in_a_run_of_rate_quotes_takes_percent(text: str, span: str) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["unit"]) == ("percent", "%")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a change, not a quote, names the percent
        (
            "The peso has gained by about 14 pct since March. It opened today at 26.40 "
            "against the dollar.",
            "26.40",
        ),
        # another unit or noun between
        ("The charge totals 2 pct: 1-1/4 points go to dealers and 3/4 to the lead bank.", "3/4"),
        ("Call money was 6-1/4 pct. The bank added 1.5 billion yen. Funds were at 6-1/2.", "6-1/2"),
        # far from the run's level: a bond's price after its coupon
        ("Its ten-year paper, with an 8-1/2 pct coupon, went out at 99.40 on Tuesday.", "99.40"),
        # a whole number may be a count
        ("Call money was 6-1/4 pct. Dealers saw demand from 7 by noon.", "7"),
    ],
)
def test_a_figure_outside_a_run_keeps_no_unit(text: str, span: str) -> None:
    f = _found(text)[span]
    assert f["unit"] != "%"


def test_a_new_paragraph_ends_the_run() -> None:
    text = (
        "Call money was quoted at 6-1/4 pct in early trade.\n\n"
        "The council's vote was held over, with the tally standing at 6-1/2 after lunch."
    )
    assert _found(text)["6-1/2"]["unit"] != "%"
