"""A list of counts each with an adjective, the noun said once at its end: "five daily
routes, among them one nonstop, two direct and two connecting routes"; "one direct and two
connecting ferries".

Why: the noun hunt reads the word after a count as its noun when nothing follows it in the
phrase, so "one nonstop" counted "nonstop" and "two direct" "direct". In a list whose last
member names its noun, the members before it that end on an adjective elide that noun (the
coordination shares it, as "17 Asian and African nations" does), so they take it. Only words
the lexicon knows as adjectives and not as nouns are read so ("one direct" has no noun reading;
"one bus, one tram and two ferries" keeps its own nouns, and "two red, ..." is left, since
"red" may be a noun). Round sixty-nine, fresh38's kind.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers import lexicon

#: what joins two members: a comma, "and"/"or", or both
_JOIN = re.compile(r"[ \t\n]*(?:,[ \t\n]*(?:(?:and|or)[ \t\n]+)?|(?:and|or)[ \t\n]+)")
#: a member: the count, then its one adjective
_ADJECTIVE_AFTER = re.compile(r"[ \t\n]+([a-z][a-z-]+)\b")


def _adjective_only(word: str) -> bool:
    got = lexicon.classes(word)
    return bool(got) and "ADJ" in got and "NOUN" not in got


def adjective_list_nouns(text: str, out: list[dict[str, Any]]) -> None:
    """Give each count of such a list that counted its adjective the noun of the last member."""
    counts = [f for f in out if f["kind"] == "count" and not f["unit"]]
    for i in range(len(counts) - 1, 0, -1):
        last = counts[i]
        if not last["noun"]:
            continue
        members = []
        j = i
        while j > 0:
            f, nxt = counts[j - 1], counts[j]
            adjective = _ADJECTIVE_AFTER.match(text, f["end"])
            if (
                adjective is None
                or f["noun"] != adjective.group(1)
                or not _adjective_only(adjective.group(1))
                or not _JOIN.fullmatch(text, adjective.end(), nxt["start"])
            ):
                break
            members.append(f)
            j -= 1
        for f in members:
            f["quantity"], f["noun"] = last["quantity"], last["noun"]
