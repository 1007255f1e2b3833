"""A bare whole number that sales of a named thing total or reach counts that thing: "its March
truck sales totaled 14,322, down from 15,108" (trucks, both), "van sales rose to 8,417 from
7,955" (vans).

Why: monthly sales reports of carmakers and other makers of goods give units sold with no noun
after the figure; what is sold is named once before it, as the modifier of "sales" in the
subject. The lead's decision 3 on the forty-sixth sample's readings gives such a count the noun
the subject names ("vehicle exports fell to 1.2 mln": vehicle), since the sentence writes what
is counted; a subject that names no such thing ("its February sales rose to 8,417") counts
`sale` (the lead's decision 2 on round seventy-three, ``counted._sales_level``: the number
counts what the subject names), and a level in a currency or a measure keeps its unit and no
noun. The rule that gives a bare level its plural subject (``counted._subject_of_level``)
leaves "sales" out, since the sales of most reports are money ("sales fell to 254 mln", the
dollars left unsaid), and it reads only verbs of change before "to", not "totaled". A whole
number written with no scale word and no decimals is a count of units, not a sum: a sum of
sales is written in millions or with its currency. So the figure counts the singular noun
before "sales" (one the lexicon knows as a noun and not as an adjective: "car", "truck",
"van", "tractor"; not "domestic", "retail", "February"), and the bare figure it is compared
with after "from", "compared with" or "against" follows. Round sixty-nine (fresh38's car and
truck sales, whose gold reads `sale`: for the lead, see the rounds page).
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers import lexicon
from newslens_numbers.words import singular

_VERB = (
    r"(?:(?:rose|fell|dropped|climbed|increased|decreased|declined|advanced|jumped|slipped|"
    r"grew)[ \t\n]+to|total(?:l?ed|s)?|were|was|reached|numbered)"
)
#: the noun of what is sold, "sales", its verb, an approximator, then the figure
_SALES_LEVEL_BEFORE = re.compile(
    rf"\b([a-z]{{3,}})[ \t\n]+sales[ \t\n]+{_VERB}[ \t\n]+"
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


def _goods(word: str) -> bool:
    """True for a singular noun that names goods sold ("car", "truck"), not an adjective, a
    plural or a period ("domestic", "retail", "unit", "February", "year")."""
    got = lexicon.classes(word)
    return (
        "NOUN" in got
        and "ADJ" not in got
        and "ADV" not in got  # "retail sales": a channel, not goods
        and lexicon.plural_noun(word) is False
        and word not in _NOT_GOODS
    )


#: nouns before "sales" that name a period, a channel or a measure of sales, not goods
_NOT_GOODS = frozenset(
    ("date", "year", "month", "week", "day", "quarter", "season", "period", "unit", "volume",
     "export", "import", "store", "company", "group", "industry", "market", "world", "total",
     "retail", "wholesale", "record", "net", "gross")
)  # fmt: skip


def unit_sales(text: str, out: list[dict[str, Any]]) -> None:
    """Give a bare whole number that sales of a named thing total or reach that thing's noun,
    and the bare figure it is compared with in the same sentence."""
    for k, f in enumerate(out):
        if not _bare_count(f):
            continue
        m = _SALES_LEVEL_BEFORE.search(text, max(0, f["start"] - 70), f["start"])
        if m is None or not _goods(m.group(1)):
            continue
        word = m.group(1)
        noun = singular(word)
        f["quantity"], f["noun"] = word, noun
        for g in out[k + 1 : k + 3]:
            gap = text[f["end"] : g["start"]]
            if len(gap) > 40 or re.search(r"[.;:](?!\d)", gap) or not _COMPARED.search(gap):
                continue
            if _bare_count(g):
                g["quantity"], g["noun"] = word, noun
            break


#: round seventy-nine: goods counted in units whose output, exports or imports a report gives
#: as a bare level ("vehicle exports fell 4.1 pct to 1.28 mln", "truck production totalled
#: 41,070"); a short list, since the output of most goods is a tonnage or a sum left unsaid
#: ("steel output fell to 8.5 mln": tonnes; "coffee exports rose to 1.2 mln": bags)
_UNIT_GOODS = frozenset(
    ("vehicle", "car", "truck", "van", "bus", "lorry", "motorcycle", "motorbike", "tractor",
     "aircraft", "plane", "ship", "computer")
)  # fmt: skip
#: the goods' noun (not after "and"/"or": "car and truck exports" counts both), a flow of them,
#: its verb (a change in percent allowed before "to"), an approximator, then the figure
_GOODS_LEVEL_BEFORE = re.compile(
    r"\b([A-Za-z][a-z]{2,})[ \t\n]+"
    r"(?:exports|imports|output|production|shipments|deliveries|registrations)[ \t\n]+"
    r"(?:(?:rose|fell|dropped|climbed|increased|decreased|declined|advanced|jumped|slipped|"
    r"grew|eased)(?:[ \t\n]+(?:by[ \t\n]+)?[\d.]+[ \t\n]*(?:pct|%|percent|per[ \t\n]+cent))?"
    r"[ \t\n]+to|total(?:l?ed|s)?|were|was|reached|numbered)[ \t\n]+"
    r"(?:(?:about|around|some|nearly|almost|over|just|a[ \t\n]+record)[ \t\n]+)?\Z"
)
#: goods joined before the noun ("car and truck exports"): the level counts both, no one noun
_GOODS_JOINED = re.compile(r"\b([a-z]{3,})[ \t\n]+(?:and|or|&)[ \t\n]+\Z", re.I)
#: a level in units: whole, or scaled in words ("1.28 mln", "1.2 million")
_UNITS_LEVEL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+|\d[\d.]*[ \t\n]+(?:mln|million)")


def _bare_level(f: dict[str, Any]) -> bool:
    return (
        f["kind"] == "count"
        and not (f["unit"] or f["per"] or f["noun"] or f["quantity"] or f["modifier"] == "vague")
        and _UNITS_LEVEL.fullmatch(f["text"]) is not None
    )


def goods_levels(text: str, out: list[dict[str, Any]]) -> None:
    """A bare level that the output, exports or imports of goods counted in units reach counts
    those goods ("Korea's vehicle exports fell 4.1 pct to 1.28 mln": vehicle; "car output
    declined to 114,502 from 120,118": car, both), as ``unit_sales`` reads "truck sales" (the
    lead's decision 3 on the forty-sixth sample's readings); the bare figure it is compared
    with follows. Not goods outside ``_UNIT_GOODS`` ("steel output fell to 8.5 mln"), "car and
    truck exports", a level in a currency or a unit."""
    for k, f in enumerate(out):
        if f["kind"] != "count" or f["noun"]:
            continue  # the cheap half of ``_bare_level`` first: most findings leave here
        window = text[max(0, f["start"] - 90) : f["start"]]
        if not (
            "xports" in window
            or "utput" in window
            or "roduction" in window
            or "mports" in window
            or "hipments" in window
            or "eliveries" in window
            or "egistrations" in window
        ):
            continue  # no flow of goods named before the level: no pattern run
        if not _bare_level(f):
            continue
        m = _GOODS_LEVEL_BEFORE.search(text, max(0, f["start"] - 90), f["start"])
        if m is None or (noun := singular(m.group(1).lower())) not in _UNIT_GOODS:
            continue
        joined = _GOODS_JOINED.search(text, max(0, m.start() - 30), m.start())
        if joined is not None and singular(joined.group(1).lower()) in _UNIT_GOODS:
            continue  # "car and truck exports slipped to 231,000": both
        f["quantity"], f["noun"] = m.group(1).lower(), noun
        for g in out[k + 1 : k + 3]:
            gap = text[f["end"] : g["start"]]
            if len(gap) > 40 or re.search(r"[.;:](?!\d)", gap) or not _COMPARED.search(gap):
                continue
            if _bare_level(g):
                g["quantity"], g["noun"] = m.group(1).lower(), noun
            break
