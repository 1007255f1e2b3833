"""A bare scaled sum continuing a money figure takes its currency (round forty-eight).

Why: a story names its currency once and then leaves it unsaid on the next sum of the run
("Profit was 3.4 billion euros. A year ago it was 2.9 billion."; "it would pay 120 mln dlrs.
It had offered 95 mln in March."). The lead's decision 3 on fresh21 carries a *measure's* unit
to the bare figure after it (``counted._continued_measure``) and the decision on the
thirty-first sample a rate's along a run of quotes; a sum of money is the same reading, and
the extractor already carries a currency to a bare figure after "from"/"to" in its sentence.
The reach is kept decidable, as decision 3's: the bare figure is the finding right after the
money figure, in its sentence or the next, both written with a scale word ("mln", "billion",
"m", "bn": a bare unscaled number after a sum is as often a count or a year), within a tenth
to ten times the sum, ending its phrase, with no other figure, bracket or clause mark between,
with no money figure of another currency in the two figures' sentences (round thirty-nine's
guard for ``currency._bare_sum_currency``, read over the sentences the carry spans: with two
currencies named there, a bare sum may be either).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from newslens_numbers.common import _PERIOD_PER, _SENTENCE_END
from newslens_numbers.units import dimension_of, to_base

#: a figure written with a scale word: "2.9 billion", "95 mln dlrs", "3.9m", "1.2bn"
_SCALED = re.compile(r"\d[ \t\n]*(?i:mln|mn|million|bln|billion|bn|trillion|m)\b")
#: what may follow the bare sum: its phrase ends ("in March", "a year earlier", ".")
_PHRASE_END_AFTER = re.compile(
    r"[ \t]*(?:[.,;!?)]|$)|[ \t\n]+(?:in|on|at|by|last|this|a|an|the|against|compared|from|"
    r"to|and|but|for|earlier|before|previously|ago)\b"
    r"|[ \t\n]+(?:held|seen|forecast|paid|[a-z]{3,}ed)"
    r"[ \t\n]+(?:in|on|at|by|for|last|this|a|an|the)\b"
)
_WORD_IN_GAP = re.compile(r"[A-Za-z]{2,}")


def continued_money(text: str, found: list[dict[str, Any]]) -> None:
    """Give a bare scaled sum the currency of the money figure right before it (module
    docstring); a ``per`` of a period is carried too ("80 mln dlrs a year ... 95 mln")."""
    if not any(f["kind"] == "money" for f in found):
        return
    for f, g in pairwise(found):
        if (
            f["kind"] != "money"
            or not f["unit"]
            or f["modifier"] == "vague"
            or g["kind"] not in ("number", "count")
            or g["unit"]
            or g["quantity"]
            or g["per"]
            or not _SCALED.search(f["text"])
            or not _SCALED.search(g["text"])
            or not 0.1 <= g["value"] / (f["value"] or 1e-9) <= 10
            or g["start"] - f["end"] > 160
            or not _PHRASE_END_AFTER.match(text, g["end"])
            or len(_SENTENCE_END.findall(text, f["end"], g["start"])) > 1
            or any(c in ";:!?()[]" for c in text[f["end"] : g["start"]])
            or _WORD_IN_GAP.search(text, f["end"], g["start"]) is None
            or _other_currency_near(found, f, g)
        ):
            continue
        base, base_unit = to_base(g["value"], f["unit"])
        g.update(kind="money", unit=f["unit"], value_base=float(base), base_unit=base_unit,
                 dimension=dimension_of(f["unit"]))  # fmt: skip
        if f["per"] in _PERIOD_PER:
            g["per"] = f["per"]


def _other_currency_near(found: list[dict[str, Any]], f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether a money figure of a currency other than ``f``'s is in the sentences from ``f``'s
    to ``g``'s."""
    a, b = f["sentence"], g["sentence"]
    return any(
        h["kind"] == "money" and h["unit"] != f["unit"] and a <= h["sentence"] <= b for h in found
    )
