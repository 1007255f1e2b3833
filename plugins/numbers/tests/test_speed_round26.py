"""Round twenty-six's speed changes (issue 17): the scanner's first look-ahead and two cheap
tests in the digit exclusions. Each must pass wherever the pattern it guards or replaces could
match, on invented texts, so the output stays the same."""

from __future__ import annotations

import re

import pytest
from newslens_numbers import extract as X
from newslens_numbers.patterns import SCANNER, SCANNER_LEAD

# the scanner as it was before round twenty-six: the same pattern without its first look-ahead
# (nor round fifty-six's look-behind before it, which this test checks the same way)
_UNGATED = re.compile(
    SCANNER.pattern.removeprefix(SCANNER_LEAD).removeprefix(r"(?=[\w.])"), SCANNER.flags
)


@pytest.mark.parametrize(
    "text",
    [
        "The council spent 4,500 pounds on .5 of an acre within a week.",
        "Two-thirds of the 1 234 voters (a few hundred) said ſix or seven.",
        "Prices rose ３ percent, then ٤ more; thousands of people, multi-million deals.",
        "USD5m, RM12 and R$3: an hour's drive, about a mile, at least a dozen.",
        "\u00a0\t— 12th, twenty-first, half of them; the other half, one and a half.",
        "",
        "Rp500, Rs40 and RM3 after a code; abc12, x7, mp3 and the 4x4s after lower case.",
    ],
)
def test_the_gated_scanner_finds_what_the_ungated_one_found(text) -> None:
    for pos in range(len(text) + 1):
        got, want = SCANNER.search(text, pos), _UNGATED.search(text, pos)
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))


def test_the_scanner_gate_is_its_first_look_ahead() -> None:
    assert SCANNER.pattern.removeprefix(SCANNER_LEAD).startswith(r"(?=[\w.])(?=\d|\.\d|\b")


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("Directors backed a two-for-one split of 7 shares.", True),
        ("a 3-for-2 bonus issue", True),
        ("shipments of 3 for 2 weeks", False),
    ],
)
def test_a_hyphenated_ratio_is_still_no_quantity(text, skipped) -> None:
    values = [f["value"] for f in X.extract_text(text) if f["kind"] != "name"]
    if skipped:
        assert 2.0 not in values and 3.0 not in values
    else:
        assert 3.0 in values


def test_days_with_a_slash_month_are_still_a_date() -> None:
    assert not [f for f in X.extract_text("loading 16-23/3 at the port") if f["value"] == 16.0]
