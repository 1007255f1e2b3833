"""A price per a round sum of its own currency: "1,045 dlrs per 1,000 dlrs of principal".

Why a pass of its own: a debt's redemption or purchase price is quoted per a thousand of the
same money ("at 1,062.50 dlrs per 1,000 dlrs face amount"), and the scanner's ``per`` keeps
the denominator's word as written ("1000 dlr"), where the figure's own unit is the currency's
code, read after the scan from the story and its dateline. The denominator is the same money
as the figure, so it takes the figure's code ("1000 USD"; a Sydney story's "dlrs" "1000 AUD"),
as the thirty-seventh sample's annotator reads it (round sixty-five). Only where the word after
the figure's own number and the denominator's word are one currency word.
"""

from __future__ import annotations

import re
from typing import Any

#: the figure's own number and currency word, "per", a round base and the same kind of word
_OWN_CURRENCY_PER = re.compile(
    r"[\d.,]+[ \t\n]+(?P<own>[a-z]+?)s?[ \t\n]+per[ \t\n]+1(?:0+|,000)[ \t\n]+(?P<base>[a-z]+?)s?\Z"
)
#: the currency words of wire money, singular
_CURRENCY_WORDS = frozenset(("dlr", "dollar", "mark", "franc", "guilder", "pound", "stg", "yen"))


def per_own_currency(text: str, findings: list[dict[str, Any]]) -> None:
    """Each money figure priced per a round sum of its own currency takes its code there."""
    for f in findings:
        if f["kind"] != "money" or not f["per"][:1].isdigit() or not f["unit"]:
            continue
        m = _OWN_CURRENCY_PER.match(f["text"])
        if m is None or m.group("own") != m.group("base") or m.group("own") not in _CURRENCY_WORDS:
            continue
        f["per"] = f"{f['per'].split()[0]} {f['unit']}"
