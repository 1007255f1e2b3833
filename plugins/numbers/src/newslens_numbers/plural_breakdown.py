"""A list that breaks down a plural before it: "The owners - two from Peru, one from Chile -",
"the new directors, three from Texas and two from Ohio,".

Why: each count in such a list counts the plural's members by where they come from, but the
count rules see only "from" and a place after it and give no noun. Where a plural noun is
followed by a dash, a comma, a colon or a bracket and then at least two counts each said
"N from Place", every count of the list with no noun takes the plural (fresh37's kind,
round sixty-seven's list).
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers import lexicon
from newslens_numbers.words import singular

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_ITEM = rf"{_COUNT}[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
_BREAKDOWN = re.compile(
    rf"\b(?P<plural>[a-z]+s)[ \t]*(?:[-–—,:(]|--)[ \t]*(?P<list>{_ITEM}"
    rf"(?:[ \t]*(?:,|;|,?[ \t]+and)[ \t]+{_ITEM})+)"
)
_ITEM_COUNT = re.compile(rf"\b({_COUNT})[ \t]+from\b")


def plural_breakdown(text: str, out: list[dict[str, Any]]) -> None:
    """Give each noun-less count of a breakdown list the plural it breaks down."""
    # every list holds two items, each an "N from" that ``_ITEM_COUNT`` finds: a text with
    # fewer than two is not searched (``_BREAKDOWN`` tries every lower-case word for its plural)
    first = _ITEM_COUNT.search(text)
    if first is None or _ITEM_COUNT.search(text, first.end()) is None:
        return
    changed = False
    for m in _BREAKDOWN.finditer(text):
        plural = m.group("plural")
        if lexicon.plural_noun(plural.lower()) is not True:
            continue
        items = {
            c.start(1): c.group(1) for c in _ITEM_COUNT.finditer(text, m.start("list"), m.end())
        }
        listed = [f for f in out if f["start"] in items and f["kind"] == "count"]
        for f in listed:
            if not f["quantity"]:
                f["quantity"], f["noun"] = plural, singular(plural)
        if not listed or len(listed) == len(items):
            continue
        # "one from Mauritius and one from Malaysia": the pair rules drop a contrastive "one";
        # in the list it counts a member as the others do, so it is added after a sibling
        seen = {f["start"] for f in listed}
        for start, word in items.items():
            if start not in seen and word.lower() == "one":
                one = dict(listed[0], start=start, end=start + 3, text=text[start : start + 3])
                one.update(value=1.0, quantity=plural, noun=singular(plural), n=-1)
                one.update(same_as=None, consistency="", deviation=float("nan"))
                out.append(one)
                changed = True
    if changed:  # the added "one"s take their place in text order; ``same_as`` follows
        out.sort(key=lambda f: f["start"])
        new_n = {f["n"]: n for n, f in enumerate(out) if f["n"] >= 0}
        for n, f in enumerate(out):
            f["n"] = n
            if f["same_as"] is not None:
                f["same_as"] = new_n[f["same_as"]]
