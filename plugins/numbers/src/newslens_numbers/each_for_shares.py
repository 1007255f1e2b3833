"""A price "each" before the shares it buys: "raised its offer to 31 dlrs each from 28 dlrs for
all of the company's shares".

Why a pass of its own: the currency pass gives a sum "each" the noun of a count or a plural
before it ("sold 40,000 shares at 6.20 dlrs each": `per` share), but a takeover offer often
names the shares only after the price, in the "for ..." that says what is bought. There the
sum is per share, and so is the old level of the offer after "from" (the thirty-seventh
sample's gold gives `per` share to both). Only money with no `per` yet, only "shares" or
"stock" in the same clause after "for", within a few words.
"""

from __future__ import annotations

import re
from typing import Any

#: "each", an optional old level ("from 28 dlrs"), then "for" and what is bought, ending in
#: shares or stock within the clause
_EACH_FOR_SHARES = re.compile(
    r"[ \t\n]+each(?P<old>[ \t\n]+from[ \t\n]+(?:[^.;:!?()]|\.(?=\d)){1,30}?)?[ \t\n]+for[ \t\n]+"
    r"(?:[^.;:!?()]|\.(?=\d)){0,70}?\b(?:shares|stock)\b"
)


def each_for_shares(text: str, findings: list[dict[str, Any]]) -> None:
    """Each money figure priced "each" for shares named after it takes `per` share, and the
    offer's old level after "from" with it."""
    for f in findings:
        if f["kind"] != "money" or f["per"]:
            continue
        m = _EACH_FOR_SHARES.match(text, f["end"], min(len(text), f["end"] + 160))
        if m is None:
            continue
        f["per"] = "share"
        if m.group("old"):
            for g in findings:
                if (
                    g["kind"] == "money"
                    and not g["per"]
                    and m.start("old") < g["start"] < m.end("old")
                ):
                    g["per"] = "share"
