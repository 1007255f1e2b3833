"""Headline and label guards: a title-case headline's cue words lowered so that the
rules read it as prose (:func:`_lower_headline_cues`), and the speaker labels of a transcript
(:func:`_label_start`). A headline is short and capitalised word by word, so the rules that
read case in running text would take every word for a name without them."""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import (
    CUE_FORMS,
    _words,
)
from newslens_stance.attributions.patterns import _LY_NOT_ADVERBS, _TITLE_SMALL
from newslens_stance.attributions.text import (
    _Doc,
)

#: round twenty-three: a headline in title case ("Mayor Says the Levy Is Unfair", "U.N. PANEL
#: RULES FOR FOUNDER"): its words, the small words a title leaves in lower case, and how many
#: words a headline has at least
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
#: (the small words :data:`_PROSE_WORD` passes over; the headline rules read the longer
#: :data:`_TITLE_SMALL` list below)
_PROSE_SMALL = frozenset(
    _words("a an the of in on at to for and or but nor by with as from into via vs over is are")
)
_TITLE_MIN_WORDS = 4
#: round twenty-four: and at most (a real headline is short: the longest read on PolNeAR train
#: and the pool, several headlines glued by a web page, has 41; a run-on "sentence" of
#: thousands of title-case words is no headline, and reading its reports cost time that grew
#: faster than its length)
_TITLE_MAX_WORDS = 48
#: a lower-case word that is no small word (prose has three of them in its first words)
_PROSE_WORD = re.compile(
    r"(?<![\w’'\-])(?!(?:" + "|".join(sorted(_PROSE_SMALL)) + r")(?![\w’'\-]))[a-z]"
)
#: three of them, in one search (round thirty-five: three searches, each from the last one's
#: letter, found the same three)
_THREE_PROSE_WORDS = re.compile(_PROSE_WORD.pattern + r"(?:[\s\S]*?" + _PROSE_WORD.pattern + "){2}")
#: adverbs a title-case headline puts before its verb ("Lund Now Says", "Chan Just Called")
_HEADLINE_ADVERBS = frozenset(_words("just now also still again finally never not even"))
#: the characters an opening inverted report may start with
_OPENING_FIRST = frozenset(" \t\n“\"‘'SACWER")


#: round twenty-three: an inverted report opening its sentence ("Said the mayor, ...",
#: "Added Ann Lund: ...", "Says Lund, ..."): the verb, then a determiner or a name, and a
#: comma or a colon within a few words
_SAID_OPENING = re.compile(
    r"[\s“\"‘']*(Said|Says|Added|Adds|Continued|Wrote|Writes|Explained|Recalled)\s+"
    r"(?=(?:(?:the|a|an)\s|[A-Z])[^,:;.!?“”\"]{0,80}[,:])"
)


def _lower_headline_cues(doc: _Doc) -> str | None:
    """The text with the capitalised cue words of title-case headlines in lower case (offsets
    unchanged), or None when there is none.

    Why: the cue scan reads lower-case words (a capital is a name's: "Bob Hope", "Mr. Tell"),
    so "Port Chief Says Pier Will Reopen" was never read. In a sentence whose words nearly all
    open with a capital (nine in ten and all but two, the small words aside), a capital says
    nothing about names; its cue words (not its first word, which may open any sentence) and a
    small word right after one are read in lower case. A headline has four to 48 words (the
    small words aside): a longer run is no headline.
    """
    text = doc.text
    chars: list[str] | None = None
    for a, b in zip(doc.sent_starts, doc.sent_ends, strict=True):
        opening = _SAID_OPENING.match(text, a, b) if text[a : a + 1] in _OPENING_FIRST else None
        if opening is not None:
            # round twenty-three: "Said the mayor, ...", "Added Lund: ...": an inverted
            # report opens the sentence
            if chars is None:
                chars = list(text)
            chars[opening.start(1) : opening.end(1)] = opening.group(1).lower()
        # (prose has three lower-case words that are no small words within its first few:
        # found by the pattern, before any word is read one by one)
        if _THREE_PROSE_WORDS.search(text, a, b) is not None:
            continue
        content = lower = 0
        for m in _TITLE_WORD.finditer(text, a, b):
            w = m.group()
            if w.lower() in _TITLE_SMALL:
                continue
            if w[0].islower():
                lower += 1
                if lower > 2:
                    break
            content += 1
            if content > _TITLE_MAX_WORDS:
                break
        if (
            lower > 2
            or content < _TITLE_MIN_WORDS
            or content > _TITLE_MAX_WORDS
            or lower * 10 > content
        ):
            continue
        first, after_cue = True, False
        prev: re.Match[str] | None = None
        for m in _TITLE_WORD.finditer(text, a, b):
            w = m.group()
            if first:
                first, prev = False, m
                continue
            low = w.lower()
            # (a small word right after a cue too, for the phrases: "Calls For", "Responds
            # To"; not elsewhere: "Lund: 'Of Course' ..." opens a quotation)
            to_lower = w != low and (low in CUE_FORMS or (after_cue and low in _TITLE_SMALL))
            after_cue = low in CUE_FORMS
            if to_lower:
                if chars is None:
                    chars = list(text)
                chars[m.start() : m.end()] = low
                pw = prev.group().lower() if prev is not None else ""
                if (
                    prev is not None
                    and after_cue
                    and prev.start() > a
                    and (
                        pw in _HEADLINE_ADVERBS
                        or (len(pw) > 4 and pw.endswith("ly") and pw not in _LY_NOT_ADVERBS)
                    )
                ):
                    # "Farm Groups Resoundingly Reject", "Lund Now Says": the adverb is
                    # the verb's, not the speaker's last word
                    chars[prev.start() : prev.end()] = pw
            prev = m
    return None if chars is None else "".join(chars)


def _label_start(text: str, pos: int) -> int:
    """The start of the all-capital words that end at ``pos`` (at most four)."""
    i = pos
    words = 0
    while i > 0 and words < 4:
        j = i
        while j > 0 and (text[j - 1].isupper() or text[j - 1] in "’'-."):
            j -= 1
        if j == i:
            break
        words += 1
        i = j
        if i > 0 and text[i - 1] == " " and i > 1 and text[i - 2].isupper():
            i -= 1
        else:
            break
    return i
