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
#: a count ending where the blanks before "from" begin
_COUNT_END = re.compile(rf"\b{_COUNT}\Z")


def _two_items(text: str) -> bool:
    """Whether two "N from" stand in ``text``, as every breakdown list needs: each "from" found
    by its letters (one C scan of the text), the count read back past its blanks (a count is
    six characters at most). A text with fewer is not searched: ``_BREAKDOWN`` tries every
    lower-case word for its plural, and a search for the counts tried every word too."""
    seen = 0
    at = text.find("from")
    while at >= 0:
        k = at
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k < at and _COUNT_END.search(text, max(0, k - 6), k) is not None:
            seen += 1
            if seen == 2:
                return True
        at = text.find("from", at + 4)
    return False


def plural_breakdown(text: str, out: list[dict[str, Any]]) -> None:
    """Give each noun-less count of a breakdown list the plural it breaks down."""
    if not _two_items(text):
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
