"""A wire table set in lower case is read as a table (round eighty-two, the lead's decision 1
on round eighty).

The scanner reads a line break before a lower-case word as a wrap inside a sentence, so an
earnings table one feed types in lower case ("shr 41 cts vs 36 cts" then "    net 2,315,000
vs 1,987,000" then "    revs ...") ran into one sentence: the "net" row's label was never seen at
a line's start, its figures were bare counts and the next row's label their counted noun.
Case is the typesetting of one feed, not a sign of prose: where a block of lines has a
table's shape, every line break in it stays a line break in the scanner's copy, as it does
before a capitalised row.

A block's shape: at least two row lines in a run, each a label of up to four words, then
figures, "vs" and nothing a sentence holds (the figures' units, "loss", "profit", "prior",
"nil"; no comma, no other word), with short heading lines between them ("year", "nine mths",
"12 mths"), and at least one of its rows opens with a lower-case word (a capitalised table's
line breaks stay as the scanner reads them). A row opens the text or a paragraph or is
indented, as the wire sets a table's rows; a line at the margin after another is the wrapped
end of that line's sentence. A line of prose with a comparison ("net rose to 12 mln vs 10 mln
in the year") is no row, and a row alone is no table.
"""

from __future__ import annotations

import re

_FIGURE = r"(?:\d[\d,./-]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|nil))"
_ROW_WORD = r"(?i:vs|loss|profit|prior|cts?|dlrs?|dls|mln|mn|billion|bln|pct|pence|p|stg)"
#: a row line: a label of one to four words, its first figure, then only figures, their
#: units and "vs" (at least once), to the line's end (a full stop may close it)
_ROW_LINE = re.compile(
    r"^[ \t]*[A-Za-z][A-Za-z.&-]*(?:[ \t]+[A-Za-z][A-Za-z.&-]*){0,3}[ \t]+"
    rf"{_FIGURE}(?:[ \t]+(?:{_FIGURE}|{_ROW_WORD}))*?"
    rf"[ \t]+(?i:vs)(?:[ \t]+(?:{_FIGURE}|{_ROW_WORD}))+\.?[ \t]*$",
    re.MULTILINE,
)
#: a heading between two rows: a few words or figures, no comparison ("year", "12 mths",
#: "six mths")
_HEADING_LINE = re.compile(r"[ \t]*[A-Za-z0-9][A-Za-z0-9 \t]{0,29}")


def table_breaks(text: str) -> list[int]:
    """The offsets of the line breaks inside the blocks of ``text`` that have a table's
    shape (see the module), for the scanner to keep as breaks. Asked only where a text holds
    "vs" and a line break."""
    # only a line that holds "vs" may be a row: each is found by the string's own search and
    # matched alone, not the pattern tried at every line of the story (round eighty-two's
    # speed step). A row opens the text or a paragraph, or is indented: a line at the margin
    # after another is the wrapped end of that line's sentence ("... selling\ncosts 5.4 mln
    # vs")
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is two ("İ"): keep the offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    lines: list[tuple[int, int]] = []
    lower: set[int] = set()  # the lines with "vs" that open with a lower-case word
    at = low.find("vs")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if start == 0 or text[start] in " \t" or text[start - 2 : start] == "\n\n":
            lines.append((start, end))
            if text[start:end].lstrip()[:1].islower():
                lower.add(start)
        at = low.find("vs", end)
    if not lower:
        return []
    rows = {start for start, end in lines if _ROW_LINE.match(text, start, end) is not None}
    if len(rows) < 2:
        return []
    breaks: list[int] = []
    # the lines in order: (start, is a row, is a heading)
    order = []
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        row = pos in rows
        heading = not row and _HEADING_LINE.fullmatch(text, pos, end) is not None
        order.append((pos, row, heading))
        pos = end + 1
    run: list[tuple[int, bool]] = []  # the current block's lines: (start, is a row)
    for start, row, heading in [*order, (len(text) + 1, False, False)]:
        if row or (heading and run):
            run.append((start, row))
            continue
        while run and not run[-1][1]:  # a block ends at its last row
            run.pop()
        if sum(r for _, r in run) >= 2 and any(s in lower for s, _ in run):
            breaks += [s - 1 for s, _ in run if s > 0]
        run = []
    return breaks
