"""Capitalised time words that belong to a name or a title, not to the calendar.

"USA Today", a programme called "Tomorrow's World" or a quoted headline with "Monday" in it
name no day: the resolvers of days, seasons, sets and references ask these predicates before
they give a value, so that the one test is shared rather than repeated in each.
"""

from __future__ import annotations

import re

from newslens_timeline.tense import Context

_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\"'\u201c\u2018(\[\n\u2014-])\s*$")


def _in_name(ctx: Context, start: int, end: int) -> bool:
    """Whether a capitalised time word mid-sentence is part of a name: "USA Today",
    "Hurriyet Daily News", "Operation Peace Spring", "the Daily Xtra" (a capitalised word
    beside it that does not open the sentence)."""
    text = ctx.text
    opens = _SENTENCE_OPEN.search(text[max(0, start - 3) : start])
    if not text[start : start + 1].isupper() or opens:
        return False
    before = re.search(r"([A-Z][\w.&'-]*)\s+$", text[max(0, start - 30) : start])
    if before and len(before.group(1)) > 1 and before.group(1).isupper():
        return True  # "USA Today", "BBC Weekly"
    if before:
        word_at = start - len(before.group(0))
        if not _SENTENCE_OPEN.search(text[max(0, word_at - 3) : word_at]):
            return True
    return bool(re.match(r"\s+[A-Z][a-z]", text[end : end + 3]))


#: a quotation around an expression, on one line: its opening mark, its words, its closing mark
_QUOTED_LEFT = re.compile(r"(?:\"|``|''|\u201c)([^\"`'\u201c\u201d\n]{0,60})$")


_QUOTED_RIGHT = re.compile(r"([^\"`'\u201c\u201d\n]{0,60}?)(?:\"|''|\u201d)")


_TITLE_WORD = re.compile(r"[A-Za-z][\w'-]*")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the expression lies inside a title in quotation marks: a short quotation whose
    words are capitalised ("This Week With David Brinkley", ``High Noon'', ``Spring of
    Life''), a programme, film or campaign named, not a time (TimeML annotates no names).

    Why title case: quoted speech ("``We will decide next week,'' he said") has lower-case
    words; a title capitalises every word longer than three letters, the time word too."""
    if not text[start:end][:1].isupper() and not re.search(r"\s[A-Z]", text[start:end]):
        return False  # cheap exit: no capitalised word in the expression
    left = _QUOTED_LEFT.search(text, max(0, start - 62), start)
    right = _QUOTED_RIGHT.match(text, end, end + 62)
    if not left or not right:
        return False
    words = _TITLE_WORD.findall(left.group(1) + text[start:end] + right.group(1))
    if not 2 <= len(words) <= 8 or not words[0][0].isupper():
        return False
    return all(w[0].isupper() for w in words if len(w) > 3)


#: a capitalised deictic or article opening an expression: mid-sentence it names a programme
#: or a publication ("ABC's This Week", "wrote in The Week", "the Tonight Show")
_TITLE_OPENER = re.compile(r"(?:This|The|Today|Tonight|Tomorrow|Yesterday|Last|Next|Now)\b")


#: what stands before such a title: a capitalised name's possessive ("NBC's", "the BBC's"), a
#: broadcaster's initials ("CBS This Morning", "PBS NewsHour"), "News" ("ABC World News
#: Tonight") or a word in lower case, one space between (a column's gap or a line's break may
#: open a table's heading: "total nil  Yesterday's turnover")
_TITLE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.&-]*['\u2019]s|\b[A-Z]{2,5}|\bNews|\b[a-z][a-z'\u2019-]*) $"
)


#: a capitalised word, alone between quotation marks: ``spoke to "Today" on the radio''
_LONE_QUOTED = re.compile(r"[a-z,][ \t]+(?:\"|``|\u201c)$")


_LONE_QUOTED_END = re.compile(r"(?:\"|''|\u201d)")


def in_named_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised time phrase mid-sentence is a programme's or a publication's name:
    after a name's possessive, a broadcaster's initials or a word in lower case ("told ABC's
    This Week", "told CBS This Morning", "wrote in The Week", "appeared on the Tonight Show"),
    or one capitalised word alone in quotation marks
    after a word in lower case ("spoke to \"Today\" about ..."). TimeML annotates no names.

    Why these words only: a weekday or a month is capitalised wherever it stands ("NBC's Sunday
    broadcast" is a day); "This", "The", "Today", "Tonight" are capitalised mid-sentence only in
    a name. A sentence's or a clause's opening word, or a headline's (the word before it
    capitalised), is no name."""
    if not _TITLE_OPENER.match(text, start, end):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(
        " " not in text[start:end]
        and _LONE_QUOTED.search(text, max(0, start - 30), start)
        and _LONE_QUOTED_END.match(text, end)
    )


#: a markup tag's opening up to an attribute's value: "<tweet tweet-date=\"" (no ">" since)
_TAG_OPEN = re.compile(r"<[A-Za-z][\w:-]*\s[^<>\n]*=\s*[\"'][^<>\"'\n]*\Z")


def in_markup_tag(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a markup tag's attribute (an embedded post's
    ``<tweet tweet-date="March 3, 2016">``): metadata of the markup, not the story's text, so
    no expression of it (the tweet's own signature line is text and keeps its date)."""
    lt = text.rfind("<", max(0, start - 300), start)
    if lt < 0 or text.find(">", lt, start) >= 0:
        return False
    return bool(_TAG_OPEN.match(text, lt, start)) and text.find(">", end, end + 300) >= 0
