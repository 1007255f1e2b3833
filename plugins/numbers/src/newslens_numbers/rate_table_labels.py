"""The labels of a rate table are no items and no nouns: a tenor that labels a row ("1 MTH
6-1/4 7/16", "3 MTHS 5-5/16 7/16"), and a currency code that labels the next quote ("ffr
23.97-24.00 ptas 1.1752-1874": "ptas" is not what 23.97 counts).

Why: wire copy sends deposit and money-market rates as tables in capitals, one line per tenor
("2/7 DAYS", "1 MTH", "3 MTHS", "6 MTHS", often two currencies side by side), each tenor
followed by its bid and offer quotes in fractions or decimals. The tenor names the row, as a
column heading "30D" or "3M" names a column: the lead's decision 2 on the seventeenth sample's
conventions reads such a heading as no item, since an analyst compares the quotes, not the
labels. A duration written the same way in prose ("for 3 months", "three-month rates") is
left: the pass asks for an abbreviation or plural in capitals ("MTH", "MTHS", "DAYS", "WKS",
"YRS") with no lower-case word beside it and a rate quote right after it.

A currency table of two-sided quotes writes each currency's code, then its quote ("stg
2.3810-3840 nkr 21.05-10"): the code after a quote is the next quote's label, so a quote with
decimals whose counted noun is the word right after it, itself followed at once by another
figure, keeps no noun. A count in prose names its noun after the figure and goes on with
words ("2.5 tonnes of wheat"), not with a figure.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.words import singular

#: the tenor as a table writes it: a small number (in digits or capitals: "ONE MONTH",
#: "TWELVE MTHS", round seventy-two) and a unit word in capitals
_TENOR = re.compile(
    r"(?:\d{1,2}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE)[ \t\n]+"
    r"(?:MTHS?|MONTHS?|DAYS?|WKS?|WEEKS?|YRS?|YEARS?)"
)
#: the last quote of the row before (the scanner's copy reads the line break as a space)
_QUOTE_BEFORE = re.compile(r"(?:\d-\d{1,2}/\d{1,3}|\d\.\d{1,4}|\d/\d{1,3}|\d)[ \t\n]+\Z")
#: a row under a tenor row that writes its number alone ("ONE MONTH ...", then "TWO ...")
_BARE_TENOR = re.compile(r"TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE")
#: a tenor named in prose as the subject of a rate's move ("one month firmed 1/8 point to",
#: "two and three months stood at", "while one year slipped"): the tenor names the
#: deposit, not a length of time (round thirty-eight's readings; round seventy-two)
_PROSE_TENOR = re.compile(
    r"(?i:one|two|three|four|five|six|nine|twelve)(?:[ \t\n]+(?i:months?|weeks?|years?))?"
)
_TENOR_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:.][ \t\n]+|\b(?:while|but|and|whereas)[ \t\n]+)\Z")
_TENOR_VERB_AFTER = re.compile(
    r"(?:[ \t\n]+and[ \t\n]+(?:one|two|three|six|nine|twelve)[ \t\n]+(?:months|weeks|years))?"
    r"[ \t\n]+(?:was|were|eased|rose|fell|slipped|firmed|gained|gaind|edged|dipped|held|"
    r"stood|stayed|remained|softened|climbed|dropped|ended|closed)\b"
)
#: a rate's quote within the clause after the verb: "6-7/16", "1/16 point", "6.40/30 pct"
_RATE_AFTER = re.compile(r"[^.;]{0,60}?(?:\d-\d{1,2}/\d{1,2}|\d/\d{1,2}\b|\d\.\d+/\d+|\bpct\b)")
#: a rate quote right after it: a whole number and a fraction ("6-1/4", "0-7/8"), a decimal
#: ("6.25") or a bare fraction ("7/16")
_QUOTE_AFTER = re.compile(r"[ \t\n]+(?:\d{1,2}-\d{1,2}/\d{1,3}|\d{1,2}\.\d{1,4}|\d{1,2}/\d{1,3})\b")
#: a lower-case word: a row of a table has none
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


#: a word right after a figure, then another figure at once: a label of the next quote
_LABEL_THEN_FIGURE = re.compile(r"[ \t]+([A-Za-z]{2,5})[ \t]+\d")


def rate_table_labels(text: str, found: list[dict[str, Any]]) -> None:
    """Drop the durations that label a rate table's row, and the nouns a quote took from the
    label of the next."""
    keep = []
    # a rate's quote needs a fraction's or a rate's "/" or "pct": the tenor tests below are
    # asked only in such a text, and only of a word in capitals or a word tenor (round 72)
    quoted = "/" in text or "pct" in text
    for f in found:
        if f["noun"] and f["kind"] == "number" and not f["unit"]:
            label = _LABEL_THEN_FIGURE.match(text, f["end"])
            # the label read as the extractor reads a noun (round seventy-one: its own
            # singular, "boxes" -> "box", where a cut "s" gave "boxe")
            if label is not None and singular(label.group(1).lower()) == f["noun"]:
                f["quantity"] = f["noun"] = ""
        if (
            f["kind"] == "duration"
            and _TENOR.fullmatch(f["text"])
            and _QUOTE_AFTER.match(text, f["end"])
            and not _LOWER_WORD.search(text, max(0, f["start"] - 40), min(len(text), f["end"] + 40))
        ):
            continue
        if (
            quoted
            and f["kind"] == "count"
            and f["text"].isupper()
            and _BARE_TENOR.fullmatch(f["text"])
            and _QUOTE_BEFORE.search(text, max(0, f["start"] - 12), f["start"])
            and _QUOTE_AFTER.match(text, f["end"])
            and _TENOR.search(text, max(0, f["start"] - 80), f["start"])
            and not _LOWER_WORD.search(text, max(0, f["start"] - 40), min(len(text), f["end"] + 40))
        ):
            continue  # "ONE MONTH 5-5/16 7/16" then "TWO 5-5/16 7/16": the row's tenor
        if (
            quoted
            and f["kind"] == "duration"
            and f["text"][:1].isalpha()
            and _PROSE_TENOR.fullmatch(" ".join(f["text"].split()))
            and (verb := _TENOR_VERB_AFTER.match(text, f["end"])) is not None
            and _RATE_AFTER.match(text, verb.end())
            and _TENOR_SUBJECT_BEFORE.search(text, max(0, f["start"] - 12), f["start"])
        ):
            continue  # "one month firmed 1/8 point to 7-3/8": the deposit, no item
        keep.append(f)
    if len(keep) != len(found):
        found[:] = keep


#: round seventy-four: a money-market table in lower case (the forty-third sample's kind, and
#: ten documents of the pool), one row a line: its tenor ("overnight", "week", "1 month",
#: "two", "three"), a column's gap, then one or two quotes and the line's end
_QUOTE = r"(?:\d{1,2}-\d{1,2}/\d{1,3}|\d{1,2}\.\d{1,4}|\d{1,2}/\d{1,3}|\d{1,2})"
_LOWER_TENOR_ROW = re.compile(
    r"^[ \t]*(?:overnight|week|one[ \t]+(?:week|month|year)|"
    r"\d{1,2}[ \t]+(?:weeks?|months?|mths?|days?|years?|yrs?)|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    rf"(?P<gap>[ \t]{{2,}}){_QUOTE}(?:[ \t]+{_QUOTE})?[ \t]*$",
    re.M,
)


def lower_tenor_rows(text: str, found: list[dict[str, Any]]) -> None:
    """Drop the tenors that label the rows of a lower-case rate table ("1 month    8-7/16
    5/16", then "two        8-1/2 3/8"), as ``rate_table_labels`` drops a table's tenors
    in capitals: the lead's decision 2 on the seventeenth sample reads a row's label as no
    item. Only where the text holds two such rows or more (a table, not a line of prose)."""
    rows = [(m.start(), m.start("gap")) for m in _LOWER_TENOR_ROW.finditer(text)]
    if len(rows) < 2:
        return
    keep = [
        f
        for f in found
        if not (
            f["kind"] in ("duration", "count")
            and any(a <= f["start"] and f["end"] <= b for a, b in rows)
        )
    ]
    if len(keep) != len(found):
        found[:] = keep
