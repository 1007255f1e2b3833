"""A results table's note and its head lines (wire copy's earnings tables): where a note's
bare "Current year" stands, and which period the table names."""

from __future__ import annotations

import re
from datetime import date

from newslens_timeline.lexicon import _MONTH, MONTHS

#: a results table's row: a short line of a label, a figure and "vs" another ("Net 4,100 vs
#: 3,900", "Shr loss 12 cts vs profit nine cts")
_TABLE_ROW = re.compile(r"[A-Z][^.!?\n]{0,60}\svs\.?\s+\S[^\n]{0,40}")
#: a line opening a note under a table ("Note: ...", "NOTE - ...")
_NOTE_LINE = re.compile(r"\s*note\s*[:-]", re.IGNORECASE)


def in_results_note(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a results table's note: its line opens with "Note", or one of
    the eight lines before it (no blank line between) is a table row or opens a note."""
    start = text.rfind("\n", 0, pos) + 1
    if _NOTE_LINE.match(text, start):
        return True
    for _ in range(8):
        if start == 0:
            return False
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            return False  # a blank line: the table's block ended above
        if _TABLE_ROW.fullmatch(line) or _NOTE_LINE.match(line):
            return True
    return False


#: a month's name in a head line, in any case ("Qtr ended FEB 28")
_HEAD_MONTH = r"(?P<hmonth>" + _MONTH + r")\.?"
#: a results table's head line naming the period a block reports (the lead's decision 2 on
#: round seventy-five): a year's block ("Year", "12 mths", "Year ended January 31"), the
#: year to date of a third or a second quarter ("Nine mths", "Six mths", "1st half"), or a
#: quarter with its ordinal ("2nd qtr Jan 31 end"); a closing month may follow ("Qtr ended
#: Feb 28", "April 30 end", "Feb One end")
_TABLE_HEAD = re.compile(
    r"(?:(?P<hyear>year|fiscal\s+year|12\s+mths|twelve\s+mths|12\s+months|twelve\s+months)"
    r"|(?P<hnine>(?:nine|9)\s+(?:mths|months))"
    r"|(?P<hhalf>(?:six|6)\s+(?:mths|months)|(?:1st|first)\s+half|half(?:\s+year)?)"
    r"|(?P<hord>1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter)"
    r"|(?:qtr|quarter|period))?"
    r"(?:\s*(?:ended|ends|ending)?\s*" + _HEAD_MONTH + r"(?:\s+[\w]+)?(?:\s+end)?)?\.?",
    re.IGNORECASE,
)
_HEAD_ORDINAL = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3,
                 "4th": 4, "fourth": 4}  # fmt: skip


def table_reported_year(text: str, pos: int, published: date) -> int | None:
    """The year a results note's "Current year" at ``pos`` reports on, by its table's own head
    lines (the lead's decision 2 on round seventy-five), or None where the table names no
    period (the April 15 turn then decides). The table: the lines above the note, up to a
    blank line or the text's start. Its blocks give which quarter of the (fiscal) year the
    report closes: a year's block the fourth, "Nine mths" the third, "Six mths" / "1st half"
    the second, an ordinal "2nd qtr" its own; the quarter closes in the month a head line
    names ("Qtr ended Feb 28") or, named none, in the last month of the quarter before
    publication's. The year is the calendar year holding most of the twelve months that
    (fiscal) year spans, the one it ends in for a year ending in June."""
    start = text.rfind("\n", 0, pos) + 1
    above: list[str] = []
    for _ in range(40):
        if start == 0:
            break
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            break
        above.append(line)
    above.reverse()  # top to bottom
    notes = [i for i, line in enumerate(above) if _NOTE_LINE.match(line)]
    table = above[: notes[0]] if notes else above
    quarter = None
    close = None
    for line in table:
        head = _TABLE_HEAD.fullmatch(line)
        if head is None or not (
            head["hyear"] or head["hnine"] or head["hhalf"] or head["hord"] or head["hmonth"]
        ):
            continue
        if head["hyear"]:
            quarter = 4
        elif head["hnine"]:
            quarter = max(quarter or 0, 3)
        elif head["hhalf"]:
            quarter = max(quarter or 0, 2)
        elif head["hord"] and quarter is None:
            quarter = _HEAD_ORDINAL[head["hord"].lower()]
        if head["hmonth"] and close is None:
            close = MONTHS[head["hmonth"].lower().rstrip(".")[:3]]
    if quarter is None:
        return None
    if close is not None:
        year = published.year if close <= published.month else published.year - 1
    else:
        before = (published.month - 1) // 3 * 3  # the last month of the quarter before
        year, close = (published.year, before) if before else (published.year - 1, 12)
    months = year * 12 + close - 1 + 3 * (4 - quarter)  # the (fiscal) year's last month
    year, last = divmod(months, 12)
    return year if last + 1 >= 6 else year - 1
