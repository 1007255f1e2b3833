"""A bare whole number that sales total or reach counts sales: "its March truck sales totaled
14,322, down from 15,108", "its domestic sales rose to 8,417 from 7,955".

Why: monthly sales reports of carmakers and other makers of goods give units sold with no noun
after the figure, the noun said once before it as the subject ("van sales", "truck sales").
The rule that gives a bare level its plural subject (``counted._subject_of_level``) leaves
"sales" out, since the sales of most reports are money ("sales fell to 254 mln", the dollars
left unsaid); and it reads only verbs of change before "to", not "totaled". A whole number
written with no scale word and no decimals after "sales" and its verb is a count of units,
not a sum: a sum of sales is written in millions or with its currency. So such a figure
counts ``sale`` (fresh38's reading, as "three trade missions" counts mission), and the bare
figure it is compared with after "from", "compared with" or "against" follows.
"""

from __future__ import annotations

import re
from typing import Any

_VERB = (
    r"(?:(?:rose|fell|dropped|climbed|increased|decreased|declined|advanced|jumped|slipped|"
    r"grew)[ \t\n]+to|total(?:l?ed|s)?|were|was|reached|numbered)"
)
#: "sales" (after a noun of what is sold, or alone), its verb, an approximator, then the figure
_SALES_LEVEL_BEFORE = re.compile(
    rf"\b[Ss]ales[ \t\n]+{_VERB}[ \t\n]+"
    r"(?:(?:about|around|some|nearly|almost|over|just|a[ \t\n]+record)[ \t\n]+)?\Z"
)
#: a whole number with its thousands grouped, or a plain one: no scale word, no decimals
_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
#: what joins the level to the figure it is compared with (a change between them allowed:
#: "totaled 14,322, down from 15,108")
_COMPARED = re.compile(
    r"(?:\bfrom|\bcompared[ \t\n]+(?:with|to)|\bagainst|\bversus|\bvs\.?)[ \t\n]+\Z"
)


def _bare_count(f: dict[str, Any]) -> bool:
    return (
        f["kind"] == "count"
        and not (f["unit"] or f["per"] or f["noun"] or f["quantity"] or f["modifier"] == "vague")
        and _WHOLE.fullmatch(f["text"]) is not None
    )


def unit_sales(text: str, out: list[dict[str, Any]]) -> None:
    """Give a bare whole number that sales total or reach the noun ``sale``, and the bare
    figure it is compared with in the same sentence."""
    for k, f in enumerate(out):
        if not _bare_count(f):
            continue
        if _SALES_LEVEL_BEFORE.search(text, max(0, f["start"] - 60), f["start"]) is None:
            continue
        f["quantity"], f["noun"] = "sales", "sale"
        for g in out[k + 1 : k + 3]:
            gap = text[f["end"] : g["start"]]
            if len(gap) > 40 or re.search(r"[.;:](?!\d)", gap) or not _COMPARED.search(gap):
                continue
            if _bare_count(g):
                g["quantity"], g["noun"] = "sales", "sale"
            break
