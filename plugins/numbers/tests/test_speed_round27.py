"""Issue 17, round twenty-seven: the speed changes keep the output (invented texts)."""

from __future__ import annotations

import pytest
from newslens_numbers import extract as E
from newslens_numbers import scores


@pytest.mark.parametrize(
    "text",
    [
        "The number 7 bus runs late.",
        "NUMBER 3 is on the board.",
        'He wore a shirt with a "5" on it.',
        "The nUmBeR 4 x was odd.",
        "\u201c7\u201d was painted on the door.",
        "a number 12 shirt",
        'Acme shares rose 3 pct, he said, "and more".',
        "Nothing here at all.",
        "a digit 5 code",
    ],
)
def test_the_digit_hint_in_parts_is_the_one_pattern(text: str) -> None:
    assert scores._symbol_digit_hint(text) == bool(E._SYMBOL_DIGIT_HINT.search(text))


def test_a_unit_carried_along_a_list_carries_on() -> None:
    found = {f["text"]: f for f in E.extract_text(
        "Quotas: Acmeland 28,500 tonnes, Betaland 24,500, Gammaland 19,000 and Deltaland 13,700."
    )}  # fmt: skip
    assert [found[t]["unit"] for t in ("24,500", "19,000", "13,700")] == ["t", "t", "t"]
