"""Issue 17, round forty-five, on invented text: a rate said once for two figures. A money
rate per a share (or per another base the parallel-rate pass does not carry) lends its
``per`` to a later unscaled amount of the same currency and a close size in the same
sentence and paragraph ("would top the 2.10 dlrs a share it forecast and could reach 2.25
dlrs"). Each positive fails on main's code (0.28.5); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _rates(text: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["unit"], f["per"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalton Mills said full-year earnings would top the 2.10 dlrs a share it forecast in "
         "May and could reach 2.25 dlrs for the year.", ("2.25 dlrs", "USD", "share")),
        ("Bellway offered 31 dlrs a share for the builder, and its board answered with a rival "
         "offer at 34 dlrs.", ("34 dlrs", "USD", "share")),
        ("The lender put its book value at 12.40 dlrs per share, while its rival's stood at "
         "14.80 dlrs.", ("14.80 dlrs", "USD", "share")),
        ("The trust cut its payout to 1.12 dlrs per share and said the 1.18 dlrs it first "
         "gave was an error.", ("1.18 dlrs", "USD", "share")),
        ("The gas distributor wants 3.10 dlrs per dekatherm from July, though regulators may "
         "hold it to 2.60 dlrs.", ("2.60 dlrs", "USD", "dekatherm")),
    ],
)  # fmt: skip
def test_a_rate_said_once_is_carried_to_the_later_figure(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _rates(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a total, scaled: no rate
        ("The mill earned 1.20 dlrs a share in the year, or about 40 mln dlrs.", "40 mln dlrs"),
        # another size: a fee, not the price a share
        ("Harrow offered 5 dlrs a share for the stake and paid 30 dlrs in fees to its bankers.",
         "30 dlrs"),
        # a sentence's end between them
        ("Harrow offered 5 dlrs a share for the stake. Its bankers took 6 dlrs from each buyer.",
         "6 dlrs"),
    ],
)  # fmt: skip
def test_no_rate_for_a_total_another_size_or_another_sentence(text: str, figure: str) -> None:
    assert [(t, p) for t, _, p in _rates(text) if t == figure] == [(figure, "")]


def test_a_wire_table_row_keeps_its_own_reading() -> None:
    text = (
        "Shr loss 2.10 dlrs vs profit 1.90 dlrs\n"
        "    Net loss 45.1 mln vs profit 38.2 mln\n"
        "    Revs 310.4 mln vs 298.7 mln\n"
    )
    pers = {t: p for t, _, p in _rates(text)}
    assert pers["45.1 mln"] == "" and pers["38.2 mln"] == ""
