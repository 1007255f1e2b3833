"""An exchange rate whose currency is the sentence's subject, or "it" carrying it.

Why a pass of its own: "The Taiwan dollar, which opened at 31.50 to the U.S. dollar" and
"The won was fixed at 790.40 against the dollar" quote a currency named as the subject, apart
from the figure; ``currency._quoted_currency`` reads a one-word subject right before its verb
("the peso rose to 12.4 per dollar") and leaves the rest a bare number per the base. And a
story goes on with "it": "The peso has floated since June. It is at about 21.30 to the
dollar." Here the subject is the last "the" + currency name before the figure in its sentence
(a country's dollar, "the spot riyal", "the won", "the mark", "the yen's rise"), or, where
the clause opens with "it", the currency that opens the sentence before. A currency several
countries name ("peso", "crown", "dinar", "kwacha") is the one of the country the sentence,
the story or the dateline names, as ``currency._shared_currencies`` reads it.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.common import _SENTENCE_END, FX_CODES, _one_sentence
from newslens_numbers.currency import (
    _COMPARED_CLOSE,
    _SHARED_WORD,
    _bare,
    _bare_rate_quotes,
    _base_name,
    _dateline_place,
    _shared_country,
)
from newslens_numbers.units import CURRENCY_WORD_TO_CODE, dimension_of, to_base

#: "the" (or "its") and a currency's name, a country's adjective allowed before it: "the
#: Taiwan dollar", "the spot riyal", "the yen's"
_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)[ \t]+(?:spot[ \t]+|local[ \t]+)?((?:[A-Z][a-z]+[ \t]+)?[a-z]+)"
    r"(?=['’]s\b|[ \t,])"
)
#: the sentence's subject at its start: "The peso has floated since June."
_OPENING_SUBJECT = re.compile(r"[\"“‘(]?" + _SUBJECT.pattern[2:])
#: the clause's subject "it", then at most four words before the figure's preposition
_IT_BEFORE = re.compile(
    r"\b[Ii]t[ \t]+(?:[a-z]+[ \t]+){0,4}(?:at|to|from|of)[ \t]+(?:about[ \t]+|around[ \t]+)?$"
)
#: currency words the unit table leaves out because they are other words too ("won" a verb,
#: "mark" a level); after "the" and before a rate's "to the dollar" they are the currency
#: a rate named by its pair: "a lira/dollar rate of 782.50", "the peso/D-mark rate"
_PAIR_RATE = re.compile(
    r"\b(?:[Aa]|[Tt]he|[Ii]ts)[ \t]+([A-Za-z]+)/(?:U\.?S\.?[ \t]+)?(?:[Dd]ollar|D-?[Mm]ark|[Mm]ark|"
    r"[Yy]en|[Ss]terling)[ \t]+(?:exchange[ \t]+)?rate\b"
)
#: the figure compared with the rate: ``currency._COMPARED_CLOSE``, which may also pass the
#: full stops of "the U.S. dollar, down from" (the sentence's end is tested apart)
_COMPARED = re.compile(_COMPARED_CLOSE.pattern.replace("[^.;:!?]", "[^;:!?]", 1))
#: a lone capital before a full stop: an initial, not a sentence's end
_INITIAL = re.compile(r"(?:^|[^A-Za-z])[A-Z]$")
_SUBJECT_ONLY = {"won": "KRW", "mark": "DEM"}


def _code(word: str, text: str, sentence: str, dateline: str) -> str:
    """The currency code of a subject's name, or "" for no currency."""
    word = word.lower()
    shared = _SHARED_WORD.get(word)
    if shared:
        code = _shared_country(shared, sentence) or _shared_country(shared, text, story=True)
        if not code:
            place = _dateline_place(text, dateline)
            code = _shared_country(shared, place) if place else ""
        return code or ("MXN" if shared == "peso" else "")
    return _SUBJECT_ONLY.get(word) or CURRENCY_WORD_TO_CODE.get(word, "")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, within 300 characters, not counting the
    stop after a lone capital ("the U.S. Dollar since", "W. German") as a sentence's end."""
    start = max(0, pos - 300)
    for m in _SENTENCE_END.finditer(text, start, pos):
        if not _INITIAL.search(text, max(0, m.start() - 2), m.start()):
            start = m.end()
    return start


def _subject_code(text: str, start: int, dateline: str) -> str:
    """The currency the sentence before ``start`` names as its subject, or "it" carries."""
    begin = _sentence_start(text, start)
    sentence = text[begin:start]
    last = max(
        (m for p in (_SUBJECT, _PAIR_RATE) for m in p.finditer(sentence)),
        key=lambda m: m.start(),
        default=None,
    )
    if last is not None:
        return _code(last.group(1), text, sentence, dateline)
    if begin and _IT_BEFORE.search(sentence):
        before = _sentence_start(text, begin - 1)
        opening = _OPENING_SUBJECT.match(text, before, begin)
        if opening is not None:
            return _code(opening.group(1), text, text[before:begin], dateline)
    return ""


def subject_currency_rates(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """A bare figure quoted "to the dollar" (or against, per) whose currency is the subject:
    money in that currency per the base; the figure compared with it in the same sentence
    ("from 808", "compared with 4.06"), bare and of the same size, shares it."""
    for i, f, after in _bare_rate_quotes(text, found):
        code = _subject_code(text, f["start"], dateline)
        base = _base_name(after.group(1))
        if not code or FX_CODES.get(base) == code:
            continue
        targets = [f]
        if i and _bare(found[i - 1]) and text[found[i - 1]["end"] : f["start"]] == "/":
            targets.insert(0, found[i - 1])  # a dealer's bid/offer: "3.7502/05"
        for g in found[i + 1 : i + 2]:
            if (
                _bare(g)
                and _one_sentence(text, f["end"], g["start"])
                and 0.5 <= g["value"] / (f["value"] or 1e-9) <= 2
                and _COMPARED.match(text, f["end"], g["start"])
            ):
                targets.append(g)
                pair = found[i + 2 : i + 3]
                if pair and _bare(pair[0]) and text[g["end"] : pair[0]["start"]] == "/":
                    targets.append(pair[0])
        for g in targets:
            value_base, base_unit = to_base(g["value"], code)
            g.update(kind="money", unit=code, per=base, value_base=float(value_base),
                     base_unit=base_unit, dimension=dimension_of(code))  # fmt: skip
