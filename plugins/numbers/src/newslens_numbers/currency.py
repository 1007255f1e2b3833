"""Post-passes for currencies: a bare figure's currency read from the story.

Why after the scan: a wire story names its currency once ("dlrs" for Canadian dollars in a
Toronto dateline, "francs" in Paris or Zurich, the won in Seoul, an exchange rate's base); the
scanner sees one figure at a time, so the story-wide readings run over all its findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from newslens_numbers import lexicon
from newslens_numbers.common import (
    _COUNT_KINDS,
    _EACH_AFTER,
    _FX_NAMES,
    FX_CODES,
    _clause_start,
    _one_sentence,
)
from newslens_numbers.patterns import STOP, _words
from newslens_numbers.units import CURRENCY_WORD_TO_CODE, MINOR_UNITS, dimension_of, to_base
from newslens_numbers.words import _is_plural, singular

# "145.20 yen against the dollar", "$1.38 versus the euro", "1.82 marks to the dollar"
_RATE_BASE_AFTER = re.compile(
    r"[ \t]+(?:to|against|versus|vs\.?|per)[ \t]+(?:the[ \t]+|one[ \t]+|a[ \t]+|each[ \t]+)?"
    rf"(?:U\.?S\.?[ \t]+)?({_FX_NAMES})\b"
)
# "the dollar closed at 145.20 yen", "sterling rose to 1.5520 dlrs"
# "the pound was worth $1.91", "the dollar was buying 104 yen", "one euro bought $1.30": a verb
# of buying or worth says the same
_RATE_BASE_BEFORE = re.compile(
    # "the euro's slide overnight to 131 yen": the base named as the possessor of its move
    rf"\b({_FX_NAMES})(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+){{0,3}}"
    r"(?:at|to|from|worth|buying|bought|buys|fetching|fetched|fetches|hit|reached|touched)"
    r"[ \t]+(?:about[ \t]+)?$"
    # "the euro hit a record high of $1.36": a level named before "of"
    rf"|\b({_FX_NAMES})[ \t]+(?:hit|reached|touched|rose[ \t]+to|fell[ \t]+to)[ \t]+"
    r"(?:an?[ \t]+|its[ \t]+)?(?:[\w-]+[ \t]+){0,3}(?:high|low|level|peak)[ \t]+of[ \t]+$"
)
# what may follow an exchange rate's base currency: the clause goes on or ends ("4.3 to the
# dollar, its third fall", "21 to the dollar from two"), not a noun ("20 to the dollar store")
_RATE_BASE_ENDS = re.compile(
    r"[ \t]*(?:[,.;:)]|$|(?:from|on|in|at|and|after|before|against|compared|when|while|but|"
    r"the|this|last|today|yesterday)\b)"
)
_RATE_BASE_LEADS = (
    " at",
    " to",
    " from",
    "about",
    " hit",
    "reached",
    "touched",
    " of",
    " worth",
    "buying",
    "bought",
    " buys",
    "fetching",
    "fetched",
    "fetches",
)
_FX_COMPARED = re.compile(
    r",?[ \t]+(?:against|from|versus|vs\.?|compared[ \t]+with|and)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
    r"(?:previous[ \t]+|prior[ \t]+)?"
)
# a currency whose dollars a wire story writes "dlrs" once it has named them
_OTHER_DOLLARS = frozenset(
    ("CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MYR", "ZWD", "BND", "JMD", "FJD")
)


# "the peso rose to 12.405 per US dollar": the currency quoted is the sentence's subject
_QUOTED_CURRENCY_BEFORE = re.compile(
    r"\b(?i:the)[ \t]+([A-Za-z]+)[ \t]+(?:[a-z]+[ \t]+){0,3}(?:at|to|from)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+)?$"
)
_COMPARED_CLOSE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:from|against|versus|compared[ \t]+with)[ \t]+"
    r"(?:(?:an?|the|its)[ \t]+)?(?:(?:previous|prior|close|closing|low|high|level)[ \t]+)*"
    r"(?:of[ \t]+)?$"
)


#: a rate's base by its currency's singular name ("sterling" is the pound, "dlrs" the dollar)
_BASE_NAMES = {"sterling": "pound", "dlr": "dollar", "dlrs": "dollar"}


def _base_name(word: str) -> str:
    """The base currency of a rate quote as ``FX_CODES`` names it: "dlrs" -> "dollar"."""
    word = word.lower()
    return _BASE_NAMES.get(word, word).rstrip("s")


def _bare(f: dict[str, Any]) -> bool:
    """A figure with no unit and no counted noun."""
    return f["kind"] in ("count", "number") and not f["unit"] and not f["quantity"]


def _bare_rate_quotes(
    text: str, found: list[dict[str, Any]]
) -> Iterator[tuple[int, dict[str, Any], re.Match[str]]]:
    """Each bare figure quoted "to the dollar" (against, versus, per): its index, the finding
    and the quote's match (the base in group 1). Read as the caller goes, so a figure the
    caller has just made money is not offered again."""
    for i, f in enumerate(found):
        # ``_bare`` written out: every figure of every text is asked
        if f["kind"] not in ("count", "number") or f["unit"] or f["quantity"]:
            continue
        after = _RATE_BASE_AFTER.match(text, f["end"], min(len(text), f["end"] + 40))
        if after is not None:
            yield i, f, after


def _quoted_currency(text: str, found: list[dict[str, Any]]) -> None:
    """A bare exchange rate whose currency is the sentence's subject: "The rupee climbed to
    12.405 per US dollar on Monday, up from a close of 12.52" is MXN per dollar twice (the
    figure compared, bare, within the sentence and of the same size, shares it)."""
    for i, f, after in _bare_rate_quotes(text, found):
        subject = _QUOTED_CURRENCY_BEFORE.search(
            text, _clause_start(text, f["start"], 80), f["start"]
        )
        code = CURRENCY_WORD_TO_CODE.get(subject.group(1).lower(), "") if subject else ""
        base = _base_name(after.group(1))
        if not code:
            # a currency that is no word of ours ("the tugrik slid to 2,730 to the dollar", "the
            # Bhutanese currency was pegged at 83 to the dollar"): the rate is still per its base
            if not f["per"] and _RATE_BASE_ENDS.match(text, after.end(), after.end() + 12):
                f["per"] = base
            continue
        if FX_CODES.get(base) == code:
            continue
        for g in [f, *found[i + 1 : i + 2]]:
            if g is not f and not (
                _bare(g)
                and _one_sentence(text, f["end"], g["start"])
                and 0.5 <= g["value"] / (f["value"] or 1e-9) <= 2
                and _COMPARED_CLOSE.match(text, f["end"], g["start"])
            ):
                break
            value_base, base_unit = to_base(g["value"], code)
            g.update(kind="money", unit=code, per=base, value_base=float(value_base),
                     base_unit=base_unit, dimension=dimension_of(code))  # fmt: skip


def _exchange_rates(text: str, found: list[dict[str, Any]]) -> None:
    """An exchange rate is money per its base currency: "the dollar closed at 145.20 yen" and
    "145.20 yen against the dollar" are JPY per dollar. And a story that named Canadian (or
    Australian, ...) dollars writes them "dlrs" after: "12.5 mln Canadian dlrs, or 1.20 dlrs a
    share" is CAD twice."""
    _quoted_currency(text, found)
    other_dollars = any(g["unit"] in _OTHER_DOLLARS for g in found)
    for i, f in enumerate(found):
        if f["kind"] != "money":
            continue
        if (
            f["unit"] == "USD"
            and other_dollars
            and re.search(r"(?i:\bdlrs?|\bcts?)\b", f["text"])
            and not re.search(r"(?i:u\.?s\.?[ \t]+dlr)", f["text"])
        ):
            for g in reversed(found[:i]):
                if not _one_sentence(text, g["end"], f["start"]):
                    break
                if g["kind"] == "money" and g["unit"] in _OTHER_DOLLARS:
                    f["unit"] = g["unit"]
                    f["base_unit"] = g["unit"]
                    break
        if not f["per"] and (
            _EACH_AFTER.match(text[f["end"] : f["end"] + 6])
            or text[f["end"] + 1 : f["end"] + 7] == "apiece"  # the same word (round 34)
        ):
            for g in reversed(found[:i]):  # "2,500,000 shares at 3.50 dlrs each": per share
                if not _one_sentence(text, g["end"], f["start"]):
                    break
                if g["kind"] in ("count", "number") and g["noun"]:
                    f["per"] = g["noun"]
                    break
            if not f["per"]:
                f["per"] = _each_over_plural(text, f["start"])
        if f["per"]:
            continue
        after = _RATE_BASE_AFTER.match(text, f["end"], min(len(text), f["end"] + 40))
        # the full pattern only where the words before end as it must ("... at", "... to")
        lead = text[max(0, f["start"] - 8) : f["start"]].rstrip().lower()
        before = (
            _RATE_BASE_BEFORE.search(text, _clause_start(text, f["start"], 50), f["start"])
            if lead.endswith(_RATE_BASE_LEADS)
            else None
        )
        bought = before is not None and not lead.endswith((" at", " to", " from", "about"))
        if before and any(
            g["start"] <= before.start(before.lastindex or 1) < g["end"]
            and not (bought and g["value"] == 1)
            for g in found[i - 1 : i]
        ):
            # "rose to 41 mln dlrs from 36 mln dlrs": the figure before's unit; but "one euro
            # bought $1.30" quotes the rate of that one unit
            before = None
        for m in (after, before):
            base = _base_name(next((g for g in m.groups() if g), "")) if m else ""
            if base and FX_CODES.get(base) != f["unit"]:
                f["per"] = base
                break
        if f["per"]:  # "145.20 yen against 144.80 yen": the figure compared has the same base
            for g in found[i + 1 : i + 2]:
                gap = text[f["end"] : g["start"]]
                if (
                    g["unit"] == f["unit"]
                    and not g["per"]
                    and (gap == "/" or _FX_COMPARED.fullmatch(gap))
                ):
                    g["per"] = f["per"]


# a note of the currency a wire story's figures are in: "Note: Canadian funds", "(in Canadian
# dollars)" - a currency named with no figure before it (not "200 mln Canadian dlr stock")
# (written as "\b(?i:(canadian|cdn|australian|new[ \t]+zealand|hong[ \t]+kong|singapore)[ \t]+
# (?:funds|currency|dollars|dlrs))\b", opened with its first letter as a character class, so
# the engine skips every other character untried: it is searched through whole stories; "\b"
# before the letter is the look-behind after it, and the long s is a case of "s")
_CURRENCY_NOTE = re.compile(
    r"([CcAaNnHhSs\u017f](?<!\w[CcAaNnHhSs\u017f])(?i:(?<=c)(?:anadian|dn)|(?<=a)ustralian"
    r"|(?<=n)ew[ \t]+zealand|(?<=h)ong[ \t]+kong|(?<=s)ingapore))"
    r"(?i:[ \t]+(?:funds|currency|dollars|dlrs))\b"
)
#: a word every currency note holds, lower case: a story holding none names no note
_NOTE_WORDS = ("canadian", "cdn", "australian", "zealand", "hong", "singapore")
#: a note's currency by its first letter, one per alternative ("canadian" and "cdn" alike):
#: read from the letter, the word may hold a letter case-insensitive matching folds ("ſ",
#: "ı", "K") that no lower-casing brings back to the word's spelling
_NOTE_CODES = {"c": "CAD", "a": "AUD", "n": "NZD", "h": "HKD", "s": "SGD", "\u017f": "SGD"}
_FIGURE_BEFORE = re.compile(r"(?:\d|(?i:mln|bln|billion|million|mn|bn|thousand))[ \t]*-?[ \t]*$")
#: what follows the "U" of "U.S. dlrs", "US$" (the first branch; written once for both patterns)
_AFTER_U = r"(?:\.?S\.?[ \t]*(?:\$|(?i:dlrs?|dollars?|cts|cents)\b)|S\$)"
# "\bU\.?S\.?[ \t]*(?:\$|(?i:dlrs?|dollars?|cts|cents)\b)|\bUS\$|(?i:\bamerican[ \t]+dollars?)",
# written to open with its first letter as a character class (the engine then skips every
# other character untried: it is searched through whole stories); "\b" before the letter is
# the look-behind after it
_US_DOLLARS = re.compile(
    rf"[UAa](?<!\w[UAa])(?:(?<=U){_AFTER_U}|(?<=[Aa])(?i:merican[ \t]+dollars?))"
)
#: ``_US_DOLLARS``' first branch alone ("U.S. dlrs", "US$"): it opens with a literal, which the
#: engine skips to, where the whole pattern tries every "a" of a story
_US_DOLLARS_U = re.compile(rf"U(?<!\wU){_AFTER_U}")


def _names_us_dollars(text: str, low: str) -> bool:
    """Whether ``_US_DOLLARS`` matches somewhere in ``text`` (``low`` its lower case): in an
    ASCII story without "merican" only its first branch can, and that one is searched alone
    (beyond ASCII the case-insensitive branch may match letters ``lower`` keeps apart)."""
    if text.isascii() and "merican" not in low:
        return _US_DOLLARS_U.search(text) is not None
    return _US_DOLLARS.search(text) is not None


_DOLLAR_WORD = re.compile(r"\$|(?i:dlrs?|dollars?)\b")
# a row of a wire results table: a label, figures, "vs" ("Pre-tax 58 mln rand vs 71 mln")
_VS_ROW = re.compile(r"[ \t]*[A-Za-z][A-Za-z .&/-]{0,30}?[ \t]+[-\d.,]+[^\n]*?\bvs\b")


# A wire story datelined in a city of a dollar country other than the US ("TORONTO, March 3 -")
# writes that country's dollar as a bare "dlrs"/"$"/"cts" (wire and newspaper style; the blind
# third's annotator reads it so): the dateline acts as a currency note when the story has none.
# Only unambiguous cities are listed. Left out on purpose, because a dateline of the same name
# is as likely elsewhere: Victoria (B.C.; Texas, Seychelles, the Australian state), Perth
# (Western Australia; Scotland, Ontario), Hamilton (Ontario; New Zealand, Bermuda, Scotland),
# London and Windsor (Ontario; England), Kingston (Ontario; Jamaica, New York), Richmond (B.C.;
# Virginia), Cambridge, Waterloo and Burlington (Ontario; England, Belgium, the US), Newcastle
# (New South Wales; England), Saint John / St. John's (New Brunswick, Newfoundland; Antigua).
# Any of them counts when the dateline names its province, state or country ("LONDON, Ontario",
# "PERTH, Western Australia": DATELINE_REGIONS), which also settles a listed name used abroad
# ("SYDNEY, Nova Scotia" is CAD). A US namesake written with its state ("MELBOURNE, Fla., March
# 3 -") names no region of the table and is no dateline of the form below, so it never matches.
DATELINE_CITIES: dict[str, tuple[str, ...]] = {
    "CAD": ("Toronto", "Montreal", "Ottawa", "Calgary", "Vancouver", "Edmonton", "Winnipeg",
            "Quebec", "Quebec City", "Halifax", "Regina", "Saskatoon", "Mississauga",
            "Fredericton", "Moncton", "Charlottetown", "Sudbury", "Thunder Bay", "Oakville",
            "Whitehorse", "Yellowknife"),
    "AUD": ("Sydney", "Melbourne", "Brisbane", "Adelaide", "Canberra", "Hobart", "Darwin"),
    "NZD": ("Wellington", "Auckland", "Christchurch", "Dunedin"),
    "HKD": ("Hong Kong",),
    "SGD": ("Singapore",),
}  # fmt: skip
DATELINE_REGIONS: dict[str, tuple[str, ...]] = {
    "CAD": ("Canada", "Alberta", "Alta.", "British Columbia", "B.C.", "Manitoba", "Man.",
            "New Brunswick", "N.B.", "Newfoundland", "Nfld.", "Nova Scotia", "N.S.", "Ontario",
            "Ont.", "Prince Edward Island", "P.E.I.", "Quebec", "Que.", "Saskatchewan", "Sask.",
            "Yukon", "Northwest Territories", "N.W.T.", "Nunavut"),
    "AUD": ("Australia", "New South Wales", "N.S.W.", "NSW", "Victoria", "Queensland", "Qld.",
            "South Australia", "Western Australia", "Tasmania", "Northern Territory"),
    "NZD": ("New Zealand", "N.Z."),
}  # fmt: skip
_CITY_CODES = {c.casefold(): code for code, cities in DATELINE_CITIES.items() for c in cities}
_REGION_CODES = {r.casefold(): code for code, regions in DATELINE_REGIONS.items() for r in regions}
_REGION_ALTERNATION = "|".join(
    re.escape(r) for r in sorted({r for rs in DATELINE_REGIONS.values() for r in rs}, key=len,
                                 reverse=True)
)  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PLACE_WORD = r"[A-Z][A-Za-z.'-]*"
# "TORONTO, March 3 -", "Montreal (CP) -", "CALGARY, Alberta, April 9 -", "HONG KONG, Feb 26
# (Reuters) -": the city in capitals or title case, a province or state, a date, an agency
_DATELINE_HEAD = (
    rf"[ \t]*({_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}}?)"
    rf"(?:,[ \t]*((?i:{_REGION_ALTERNATION})))?(?:,[ \t]*{_MONTH}[ \t]+\d{{1,2}})?"
    r"(?:[ \t]*\((?:Reuters|AP|CP|AFP)\))?"
)
# at the very start of the text (after blank lines), then a dash and a space
_DATELINE_IN_TEXT = re.compile(r"\s*" + _DATELINE_HEAD + r"[ \t]*(?:--|[-\u2013\u2014])\s")
# a loader's dateline field (Reuters-21578's <DATELINE>, its dash already stripped)
_DATELINE_FIELD = re.compile(_DATELINE_HEAD + r"[ \t]*(?:--|[-\u2013\u2014])?\s*$")


def dateline_place(text: str, dateline: str = "") -> tuple[str, str]:
    """The city and the region ("" if none) of a story's dateline, or ("", "") without one.

    ``dateline`` is a loader's separate dateline field (Reuters-21578 keeps it outside the
    text: "TORONTO, March 3"), read in any case; without one the start of ``text`` is read
    ("TORONTO, March 3 - ...", "Montreal (CP) -"). One reader for every pass that takes a
    currency from the dateline (the dollar here, the rupee in ``rupee_countries``)."""
    if dateline:
        field = " ".join(w[:1].upper() + w[1:] for w in dateline.split(" "))
        m = _DATELINE_FIELD.match(field)
    else:
        m = _DATELINE_IN_TEXT.match(text)
    if not m:
        return "", ""
    return m.group(1), m.group(2) or ""


def dateline_currency(text: str, dateline: str = "") -> str:
    """The dollar a story's dateline implies ("CAD" for "TORONTO, March 3 - ..."), or "".

    A region named after the city decides ("LONDON, Ontario"); else the city must be one of
    ``DATELINE_CITIES`` (``dateline_place`` reads the dateline)."""
    city, region = dateline_place(text, dateline)
    if region:
        return _REGION_CODES.get(region.casefold(), "")
    return _CITY_CODES.get(city.casefold(), "")


def _story_currency(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """Wire copy names the currency of a story's figures once: a note ("Note: Canadian funds")
    or one row of an earnings table ("Pre-tax 58 mln rand vs 71 mln"); its other figures say
    "dlrs", "cts" or nothing, which the rules above read as US dollars. With one such currency
    in the document and no US dollars named anywhere in it, those figures take it: after a
    note every bare dollar figure, after a table row the table's cents and unlabelled figures
    ("Shr 516 cts vs 347", "Net 260 mln vs 172 mln"). With no note, a dateline in a city of a
    dollar country other than the US (``dateline_currency``: "TORONTO, March 3 -" at the start
    of the text, or the loader's ``dateline`` field) acts as one: the same exception holds, a
    story that names US dollars anywhere keeps its bare dollars as USD."""
    if not any(f["unit"] == "USD" for f in found):
        return
    low = text.lower()
    if _names_us_dollars(text, low):
        return
    noted = set()
    # an ASCII story without a note's word holds no note (beyond ASCII, case-insensitive
    # matching folds letters that ``lower`` keeps: the long s, the Kelvin sign)
    notes = (
        _CURRENCY_NOTE.finditer(text)
        if not text.isascii() or any(w in low for w in _NOTE_WORDS)
        else ()
    )
    for m in notes:
        if not _FIGURE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            noted.add(_NOTE_CODES[m.group(1)[0].lower()])
    if not noted:
        from_dateline = dateline_currency(text, dateline)
        if from_dateline:
            noted.add(from_dateline)
    on_rows = set()
    if " vs " in text:
        for f in found:
            on_row = _VS_ROW.match(text, text.rfind("\n", 0, f["start"]) + 1)
            if f["kind"] == "money" and f["unit"] not in ("USD", "") and on_row:
                on_rows.add(f["unit"])
    codes = noted | on_rows
    if len(codes) != 1:
        return
    code = codes.pop()
    for f in found:
        if f["unit"] != "USD" or _US_DOLLARS.search(f["text"]):
            continue
        if not noted:  # a table's currency: its cents and unlabelled figures, on its rows
            line_start = text.rfind("\n", 0, f["start"]) + 1
            if _DOLLAR_WORD.search(f["text"]) or not _VS_ROW.match(text, line_start):
                continue
        base, base_unit = to_base(f["value"], code)
        f.update(unit=code, value_base=float(base), base_unit=base_unit,
                 dimension=dimension_of(code))  # fmt: skip


#: round thirty-one: a bond's denominations ("buyers may pick denominations of 2,000 or
#: 20,000 dlrs", "the smallest denomination is 10,000 dlrs") after an issue named in a dollar
#: of its own ("a 75 mln Australian dlr note"): the bare dollars are the issue's
_DENOMINATIONS = re.compile(r"\b[Dd]enominations?\b")
_BARE_DOLLARS = re.compile(r"(?:^|[\d.,][ \t]*)(?:dlrs?|dollars?)$|^[\d.,]+$")
_DOLLAR_NAMED = re.compile(r"(?i:dlrs?|dollars?)\b")


def _denomination_currency(text: str, found: list[dict[str, Any]]) -> None:
    """Bare dollar denominations of a bond take the currency of the last dollar figure named
    in another dollar before them in the story (its issue: "a 50 mln Canadian dlr note ...
    buyers may pick denominations of 2,000 or 20,000 dlrs" is CAD); with none, or a US dollar
    named last, they keep their reading."""
    if "enomination" not in text:
        return
    named = ""
    for f in found:
        if f["kind"] != "money":
            continue
        if f["unit"] != "USD" and _DOLLAR_NAMED.search(f["text"]) and f["unit"].endswith("D"):
            named = f["unit"]  # "75 mln Australian dlrs", "40 mln N.Z. Dlrs": AUD, NZD
            continue
        if f["unit"] != "USD" or not named:
            continue
        if _US_DOLLARS.search(f["text"]):
            named = ""  # "U.S. dlrs" named: the story's later bare dollars are its own
            continue
        if not _BARE_DOLLARS.search(f["text"]):
            continue
        if not _DENOMINATIONS.search(text, f["sentence_start"], f["start"]):
            continue
        base, base_unit = to_base(f["value"], named)
        f.update(unit=named, value_base=float(base), base_unit=base_unit,
                 dimension=dimension_of(named))  # fmt: skip


def _country_words(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


# a currency word several countries use, and the words that name each country (round
# nineteen): bare "crowns" were counts of "crowns", every "pesos" Mexican, "dinars" and
# "kwacha" counts. A country named in the sentence decides, else the one the story names,
# else the dateline's city; with none, pesos stay Mexican and the others stay as they were
_SHARED_CURRENCIES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "crown": (
        ("SEK", _country_words("Sweden", "Swedish", "Stockholm", "Gothenburg", "Malmo")),
        ("NOK", _country_words("Norway", "Norwegian", "Oslo", "Stavanger", "Bergen")),
        ("DKK", _country_words("Denmark", "Danish", "Copenhagen", "Aarhus")),
        ("ISK", _country_words("Iceland", "Icelandic", "Reykjavik")),
        ("CSK", _country_words("Czechoslovakia", "Czechoslovak", "Czech", "Prague")),
    ),
    "peso": (
        ("MXN", _country_words("Mexico", "Mexican", "Mexicans", "Monterrey", "Guadalajara")),
        ("PHP", _country_words("Philippines", "Philippine", "Manila", "Filipino", "Filipinos")),
        ("ARS", _country_words("Argentina", "Argentine", "Argentinian", "Buenos Aires")),
        ("CLP", _country_words("Chile", "Chilean", "Santiago")),
        ("COP", _country_words("Colombia", "Colombian", "Bogota")),
        ("UYU", _country_words("Uruguay", "Uruguayan", "Montevideo")),
        ("BOB", _country_words("Bolivia", "Bolivian", "La Paz")),
        ("DOP", _country_words("Dominican Republic", "Santo Domingo")),
        ("CUP", _country_words("Cuba", "Cuban", "Havana")),
    ),
    "dinar": (
        ("YUD", _country_words("Yugoslavia", "Yugoslav", "Belgrade", "Zagreb", "Ljubljana")),
        ("KWD", _country_words("Kuwait", "Kuwaiti")),
        ("BHD", _country_words("Bahrain", "Bahraini", "Manama")),
        ("JOD", _country_words("Jordan", "Jordanian", "Amman")),
        ("IQD", _country_words("Iraq", "Iraqi", "Baghdad")),
        ("TND", _country_words("Tunisia", "Tunisian", "Tunis")),
        ("DZD", _country_words("Algeria", "Algerian", "Algiers")),
        ("LYD", _country_words("Libya", "Libyan", "Tripoli")),
    ),
    "kwacha": (
        ("ZMK", _country_words("Zambia", "Zambian", "Lusaka")),
        ("MWK", _country_words("Malawi", "Malawian", "Lilongwe", "Blantyre")),
    ),
}
_SHARED_WORD = {
    "crowns": "crown", "crown": "crown", "kroner": "crown", "krone": "crown",
    "pesos": "peso", "peso": "peso", "dinars": "dinar", "dinar": "dinar", "kwacha": "kwacha",
}  # fmt: skip
_SHARED_AFTER = re.compile(r"[ \t\n]+(crowns?|kroner|krone|pesos?|dinars?|kwacha)\b")
# words that make "crown" no money: "the Crown", "crown jewels", "Triple Crown"
_NOT_CURRENCY_AFTER = re.compile(r"[ \t\n]+(?:jewels?|court|prince|princess|colony)\b", re.I)


def _shared_country(word: str, text: str, story: bool = False) -> str:
    """The one country of ``word``'s currency ``text`` names, or "" for none or several; in a
    whole ``story`` the country it is about, named three times as often as any other, decides
    too (a story about Argentina that names Bolivia once)."""
    if not story:
        named = [code for code, words in _SHARED_CURRENCIES[word] if words.search(text)]
        return named[0] if len(named) == 1 else ""
    counts = sorted(
        ((sum(1 for _ in words.finditer(text)), code) for code, words in _SHARED_CURRENCIES[word]),
        reverse=True,
    )
    (top, code), (second, _) = counts[0], counts[1]
    return code if top and top >= 3 * second else ""


def _shared_currencies(
    text: str, found: list[dict[str, Any]], dateline: str = "", raw: str = ""
) -> None:
    """Figures in a currency several countries name alike ("crowns", "pesos", "dinars",
    "kwacha") are in the currency of the country the sentence names, else the story, else the
    dateline's city: "profit rose to 410 mln crowns" in a Stockholm story is SEK, "earned 2.3
    billion pesos" in a Manila one PHP. A count of the word ("50 mln crowns", read as 50
    million crowns) becomes money with the word in its span; a figure that took the word as its
    counted noun from the one before it ("from 40 mln") follows (read after the nouns a
    sentence elides are given). ``raw`` is the text as given, whose slice a widened span's
    ``text`` is (``text`` is the scanner's copy, its wrapped lines read as spaces)."""
    raw = raw or text
    low = text.lower()
    if not any(w in low for w in ("crown", "kron", "peso", "dinar", "kwacha")):
        return
    place = ""
    place_read = False
    pesos = ""  # the code the last pesos written out were recoded to
    # the story's country for each word, counted once a story, not once a figure (round
    # fifty-eight: a Swedish results story counted every country's words at each of its
    # figures); the sentence's country is asked first, as before
    story_codes: dict[str, str] = {}
    for f in found:
        word = ""
        extend = 0
        if f["kind"] == "money" and f["unit"] == "MXN":
            if re.search(r"(?i:mexican)", f["text"]):
                pesos = ""
                continue
            if not re.search(r"(?i:\bpesos?)\b", f["text"]):
                # a bare figure that took the pesos before it ("from 1.9 billion", a market
                # report's later prices) follows them
                if pesos:
                    base, base_unit = to_base(f["value"], pesos)
                    f.update(unit=pesos, value_base=float(base), base_unit=base_unit)
                continue
            word = "peso"
        elif f["kind"] in ("count", "number") and not f["unit"] and not f["per"]:
            after = _SHARED_AFTER.match(text, f["end"], min(len(text), f["end"] + 12))
            noun = (f["quantity"] or "").lower()
            if after is not None and (not noun or _SHARED_WORD.get(noun)):
                if _NOT_CURRENCY_AFTER.match(text, after.end(), min(len(text), after.end() + 12)):
                    continue
                word, extend = _SHARED_WORD[after.group(1).lower()], after.end()
            elif noun in _SHARED_WORD:
                word = _SHARED_WORD[noun]
            else:
                continue
        else:
            continue
        sentence = text[f["sentence_start"] : f["sentence_end"]]
        code = _shared_country(word, sentence)
        if not code:
            code = story_codes.get(word)
            if code is None:
                code = story_codes[word] = _shared_country(word, text, story=True)
        if not code:
            if not place_read:
                place, place_read = _dateline_place(text, dateline), True
            code = _shared_country(word, place) if place else ""
        if word == "peso":
            pesos = code if code != "MXN" else ""
        if not code or code == f["unit"]:
            continue
        update: dict[str, Any] = {}
        if extend:
            update = {"end": extend, "text": raw[f["start"] : extend]}
        base, base_unit = to_base(f["value"], code)
        f.update(kind="money", unit=code, quantity="", noun="", value_base=float(base),
                 base_unit=base_unit, dimension=dimension_of(code), **update)  # fmt: skip


def _story_dollar(text: str, dateline: str) -> str:
    """The currency of a story's bare share prices: its dateline's currency unless the story
    names US dollars, else USD."""
    flat = re.sub(r"\s", " ", text)
    home = dateline_currency(flat, dateline)
    return home if home and not _US_DOLLARS.search(flat) else "USD"


# the country a story's bare "francs" belong to, by the words that name it
_FRANC_COUNTRIES = (
    ("FRF", re.compile(r"\b(?:France|French|Paris|Bourse|Banque[ \t]+de[ \t]+France)\b")),
    ("BEF", re.compile(r"\b(?:Belgium|Belgian|Brussels)\b")),
    ("LUF", re.compile(r"\bLuxembourg\b")),
    ("CHF", re.compile(r"\b(?:Switzerland|Swiss|Zurich|Geneva|Basle|Basel|Berne|Bern)\b")),
)


def _franc_country(text: str) -> str:
    """The one franc country ``text`` names, or "" for none or more than one."""
    named = [code for code, words in _FRANC_COUNTRIES if words.search(text)]
    return named[0] if len(named) == 1 else ""


def _dateline_place(text: str, dateline: str = "") -> str:
    """The place a story's dateline names ("Paris" for "PARIS, March 20"), title-cased, or ""."""
    if dateline:
        field = " ".join(w[:1].upper() + w[1:].lower() for w in dateline.split(" "))
        m = _DATELINE_FIELD.match(field)
    else:
        m = _DATELINE_IN_TEXT.match(text)
    return " ".join(w[:1].upper() + w[1:].lower() for w in m.group(1).split()) if m else ""


def _francs(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """Bare "francs" are the francs of the country the sentence names, or else the story
    ("raise 40 billion francs from its privatisation program, Prime Minister Chirac said":
    French francs; Belgian with Brussels), or else the dateline's city (round nineteen: a
    Paris market report's "2,310 francs a tonne" names no country in its text), and Swiss
    francs where none or several are named. The figures that took their currency from them
    in the sentence follow."""
    if "ranc" not in text:
        return
    story = ""
    for f in found:
        if f["unit"] != "CHF" or re.search(r"(?i:swiss|sfr)", f["text"]):
            continue
        sentence = text[f["sentence_start"] : f["sentence_end"]]
        if not re.search(r"(?i:\bfrancs?\b)", sentence) or re.search(
            r"(?i:swiss[ \t]+francs?)", sentence
        ):
            continue
        code = _franc_country(sentence)
        if not code:
            story = (
                story
                or _franc_country(text)
                or _franc_country(_dateline_place(text, dateline))
                or "CHF"
            )
            code = story
        if code != "CHF":
            f.update(unit=code, base_unit=code)


_WON_AFTER = re.compile(r"[ \t]+won\b(?:[ \t]+([a-z]+))?")
#: words after "won" that make it the verb ("won by 5 points", "won the vote", "won seats")
_WON_VERB_NEXT = frozenset(
    {"by", "over", "against", "the", "a", "an", "their", "its", "his", "her"}
)
_KOREA = re.compile(r"\b(?:Korea|Korean|Koreans|Seoul|Busan|Kospi|KOSPI|Samsung|Hyundai|Kia)\b")
_SCALE_WORDS = ("million", "billion", "trillion", "mln", "bln")


def _won(text: str, found: list[dict[str, Any]], raw: str = "") -> None:
    """A bare "won" after a figure is Korea's currency when a scale word says it is a sum ("2
    trillion won") or the text is about Korea ("tickets cost 3,000 won in Seoul"); "12 won
    seats" (its counted noun after the verb) and "won by 5 points" stay what they are."""
    if "won" not in text:
        return
    korea: bool | None = None
    for f in found:
        if f["kind"] not in ("count", "number") or f["unit"]:
            continue
        after = _WON_AFTER.match(text, f["end"], min(len(text), f["end"] + 24))
        if after is None:
            continue
        following = after.group(1) or ""
        if following in _WON_VERB_NEXT or (following and following == f["quantity"].lower()):
            continue
        if not f["text"].lower().endswith(_SCALE_WORDS):
            if korea is None:
                korea = bool(_KOREA.search(text))
            if not korea:
                continue
        end = f["end"] + after.group().index("won") + 3
        base, base_unit = to_base(f["value"], "KRW")
        f.update(end=end, text=(raw or text)[f["start"] : end], kind="money", unit="KRW",
                 quantity="", noun="", value_base=float(base), base_unit=base_unit,
                 dimension="money")  # fmt: skip


#: between two vague amounts that share what the second names: "hundreds or even millions of
#: pounds", "thousands, sometimes millions of dollars", "tens to hundreds of millions of euros"
_VAGUE_PAIR_GAP = re.compile(
    r"[ \t\n]*(?:,[ \t\n]*|[ \t\n]+(?:or|to|and)[ \t\n]+|,[ \t\n]*(?:or|and)[ \t\n]+)"
    r"(?:(?:even|sometimes|possibly|perhaps|maybe|potentially|occasionally|at[ \t\n]+times)"
    r"[ \t\n]+)?"
)


def _vague_pair_currency(text: str, found: list[dict[str, Any]]) -> None:
    """A vague count with nothing of its own before a vague money figure it is set beside
    takes its currency: "hundreds or even millions of pounds" (two vague ranges in pounds, the
    lead's decision on the twenty-second sample's readings)."""
    for f, g in pairwise(found):
        if (
            f["kind"] in _COUNT_KINDS
            and f["modifier"] == "vague"
            and not f["unit"]
            and not f["quantity"]
            and g["kind"] == "money"
            and g["modifier"] == "vague"
            and g["unit"]
            and _VAGUE_PAIR_GAP.fullmatch(text, f["end"], g["start"])
        ):
            f["kind"], f["unit"], f["per"] = "money", g["unit"], g["per"]
            f["value_base"], f["base_unit"] = to_base(f["value"], g["unit"])
            f["dimension"] = dimension_of(g["unit"])


#: plurals a sum "each" does not share out: the sums' own names ("penalties of 2 mln dlrs
#: each" is per payer, "denominations of 5,000 dlrs each" per bond), periods, money, and verbs
#: of price in -s ("the set lists for 300 dlrs each")
_NOT_SHARED_OUT = _words(
    "penalties fines funds exposures tags values payments sums amounts prices costs terms "
    "rates years months weeks days hours minutes dlrs cts dollars cents pence pounds marks "
    "francs yen shares levels denominations lists sells retails trades"
)
_PLURAL_WORD = re.compile(r"\b[A-Za-z][a-z-]*[a-z]s\b|\b(?:people|men|women|children)\b")
#: a plural after a preposition is no thing priced ("placed notes with institutions at 5 dlrs
#: each" prices the notes)
_OBLIQUE_BEFORE = re.compile(
    r"\b(?:with|to|from|by|among|for)[ \t\n]+(?:(?:the|its|their|some|other)[ \t\n]+)?"
    r"(?:[a-z-]+[ \t\n]+)?\Z"
)
_CLAUSE_BREAK = re.compile(r"[.;:!?][ \t\n]|\n\n")


def _each_over_plural(text: str, start: int) -> str:
    """The noun a price "each" or "apiece" shares out when no count before it names one
    (round thirty-four): the nearest plural noun before it in its sentence, not after a
    preposition ("Applicants paid £900 apiece": per applicant; "the units were sold at 2.40
    dlrs each": per unit; "placed notes with banks at 5 dlrs each": per note); "" when
    that plural names the sums themselves ("penalties of 1 mln dlrs each"), a period or money,
    or is a capitalised name inside the sentence."""
    lead_start = max(0, start - 160)
    breaks = list(_CLAUSE_BREAK.finditer(text, lead_start, start))
    lead_start = breaks[-1].end() if breaks else lead_start
    words = [
        m
        for m in _PLURAL_WORD.finditer(text, lead_start, start)
        if not _OBLIQUE_BEFORE.search(text, max(lead_start, m.start() - 24), m.start())
    ]
    if not words:
        return ""
    m = words[-1]
    word = m.group()
    low = word.lower()
    if low in _NOT_SHARED_OUT or low in STOP:
        return ""
    if word[0].isupper():
        opens = not text[lead_start : m.start()].strip()
        if not opens or lexicon.plural_noun(low) is not True:
            return ""  # "Sears and Hobbs Co agreed ...", "Hobbs paid ...": a name
        word = low
    return singular(word) if _is_plural(word) else ""


#: round thirty-nine: a sum named by its scale alone ("a 300 mln shortfall", "cut the deficit to
#: 133.7 billion") is money when its noun is a sum's (the lead's decision 2 on fresh27, and
#: fresh28's annotator likewise): a balance, a budget, a debt, never an amount of goods
_SUM_NOUNS = (
    r"deficits?|surplus(?:es)?|shortfalls?|gap|budgets?|debts?|borrowings?|outlays?|"
    r"spending|expenditures?|revenues?|profits?|losses|loss|income|turnover|subsid(?:y|ies)"
)
_SCALED = re.compile(r"\d[\d.,]*[ \t\n]*(?i:mln|million|billion|bln|bn|trillion)$")
_SUM_NOUN_AFTER = re.compile(rf"[ \t\n]+(?:{_SUM_NOUNS})\b")
_SUM_NOUN_BEFORE = re.compile(
    rf"\b(?:{_SUM_NOUNS})[ \t\n]+(?:(?:was|is|of|at|to|"
    r"(?:rose|fell|narrowed|widened|grew|shrank|dropped|climbed|swelled|cut|reduced|trimmed)"
    r"(?:[ \t\n]+to)?)[ \t\n]+)(?:(?:about|around|some|nearly|almost|an[ \t\n]+estimated)"
    r"[ \t\n]+)?$"
)
# the figure ends its phrase: no word of its own follows ("a deficit of 11 billion intis" names
# a currency the tables do not know)
_SUM_PHRASE_END = re.compile(
    r"[ \t\n]*(?:[.,;:)]|$|(?:in|from|against|vs|versus|after|before|for|on|and|or|compared|"
    r"last|this|next|a|an|the|which|while|but|at|to|by|with|over|during|since|as|than)\b)"
)


def _bare_sum_currency(text: str, found: list[dict[str, Any]]) -> None:
    """A bare scaled figure on a sum's noun takes the currency of the story's money, when every
    money figure of the story is in one currency: "Imports were 2 billion dlrs. The gap was a
    300 mln shortfall." gives the 300 mln US dollars. Why whole-story: a wire story names its
    currency once and writes the next sums with a scale word only."""
    codes = {f["unit"] for f in found if f["kind"] == "money"}
    if len(codes) != 1 or "" in codes:
        return
    code = next(iter(codes))
    code = MINOR_UNITS.get(code, (code,))[0]  # a story in pence writes its millions in pounds
    for f in found:
        if (
            f["kind"] not in _COUNT_KINDS
            or f["unit"]
            or f["quantity"]
            or f["value"] < 1e6
            or not _SCALED.search(f["text"])
        ):
            continue
        after = _SUM_NOUN_AFTER.match(text, f["end"], min(len(text), f["end"] + 16))
        before = _SUM_NOUN_BEFORE.search(text, max(0, f["start"] - 60), f["start"])
        if after is None and (
            before is None or not _SUM_PHRASE_END.match(text, f["end"], f["end"] + 12)
        ):
            continue
        base, base_unit = to_base(f["value"], code)
        f.update(kind="money", unit=code, noun="", value_base=float(base),
                 base_unit=base_unit, dimension=dimension_of(code))  # fmt: skip
