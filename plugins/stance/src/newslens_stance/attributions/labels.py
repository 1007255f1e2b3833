"""Speakers named by a label and a colon, passes 3e to 3e' of :func:`rules._find`: a
headline's "Lund: Levy will pass", a name before a quoted statement ('Ann Lund: "..."'), and a
transcript's turns ("HOST: ... GUEST: ..."): :func:`_label_findings`. No verb stands in them:
the colon is the cue, and the words after it, to the sentence's, turn's or paragraph's end,
the content."""

from __future__ import annotations

import re

from newslens_stance.attributions.headlines import _label_start
from newslens_stance.attributions.lexicon import _WORD, FORM_TO_LEMMA, _words
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

_HEADLINE_RE = re.compile(
    # (round thirteen: after an all-capital kicker and a dash, "EXCLUSIVE – Ann Lund: ...")
    r"^[ \t]*(?:[A-Z]{3,}[ \t]+[-–—|][ \t]+)?"
    r"(?P<source>(?=[^:\n]*[a-z])[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){0,3})"
    # (round forty-one: the topic after "on" / "to" / "at" may run to eight words, "Lund on
    # Harbour Board Releasing Its Own Survey Results: ...")
    r"(?:\s+(?:to|on|at)\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,7})?"
    r"(?P<cue>:)[ \t]+(?P<content>[“\"‘']?[A-Z])",
    re.MULTILINE,
)
#: round twelve (3e''): a colon right before a quotation, and the name before it that opens a
#: sentence or follows a spaced dash
_COLON_QUOTE = re.compile(r":[ \t]*[“\"]")
_NAME_BEFORE_COLON = re.compile(
    r"(?:^|(?<=[.?!”\"\]]\s)|(?<=[.?!”\"\]]\s\s)|(?<=\s[-–—]\s))[ \t]*"
    r"(?P<source>[A-Z][\w’'.\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'.\-]*){0,4})[ \t]*$",
    re.MULTILINE,
)
#: round forty-one: "From the report:" / "More from Lund:" before a quotation, opening a
#: sentence or after a dash: the words after "from" name the source
_FROM_BEFORE_COLON = re.compile(
    r"(?:^|(?<=[.?!”\"\]]\s)|(?<=[.?!”\"\]]\s\s)|(?<=\s[-–—]\s)|(?<=\s[-–—]))[ \t]*"
    r"(?:More[ \t]+from|From)[ \t]+"
    r"(?P<source>(?:(?:the|an?|his|her|its|their)\s+[\w’'.\-]+|[A-Z][\w’'.\-]*)"
    r"(?:\s+(?:and\s+|of\s+)?[\w’'.\-]+){0,4})[ \t]*$",
    re.MULTILINE,
)
#: a transcript's speaker label: "TAPPER: ...", "JAKE TAPPER: ...", "Q: ...", at a line or
#: sentence start; its turn runs to the next label or the paragraph's end
_TRANSCRIPT_RE = re.compile(
    r"(?:^|(?<=[.?!”\")\]…]\s))[ \t]*(?P<source>[A-Z][A-Z’'\-.]*(?:\s+[A-Z][A-Z’'\-.]+){0,3})"
    r"(?P<cue>:)[ \t]+(?P<content>\S)",
    re.MULTILINE,
)
#: transcript labels that are a turn's role, not a speaker ("Q:", "A:")
_ROLE_LETTER_LABELS = frozenset({"Q", "A"})
#: where a transcript label may end: a capital letter right before a colon (found fast)
_CAPS_COLON = re.compile(r"[A-Z]:[ \t]")


#: all-capital labels that are no speaker ("UPDATE:", "WASHINGTON:", "NOTE:")
_NOT_TRANSCRIPT_LABELS = frozenset(
    _words(
        """
        UPDATE UPDATED NOTE EDITOR'S CORRECTION RELATED WATCH READ MORE BREAKING EXCLUSIVE
        PHOTOS VIDEO WASHINGTON NEW YORK AP REUTERS CNN UPI AFP ET PT EST EDT GMT UTC AM PM
        A.M. P.M. I II III IV V
        """
    )
)
#: words of a paragraph label, not a speaker ("Update:", "Editor's note:", "Related:")
_NOT_HEADLINE_SOURCES = frozenset(
    _words(
        """
        update updated editor editor's note related read watch video photo photos listen
        correction clarification source sources background context disclosure transcript
        full text more monday tuesday wednesday thursday friday saturday sunday january
        february march april may june july august september october november december
        breaking exclusive analysis opinion commentary editorial live the look revealed
        bombshell contributing name so here now just daily email newsletter big huge flashback
        must see morning evening
        """
    )
)


def _label_findings(doc: _Doc, text: str, findings: list[_Finding], used_cues: set[int]) -> None:
    """Add the rows of a colon after a speaker's name or label.

    Read after the verbs of saying (a cue they used is skipped) and before the attitudes: a
    headline label names its source at a line's start, a name before a colon and a quotation
    opens a sentence or follows a dash, and transcript labels count only two or more together
    (one capitalised label is a headline's kicker, "LOOK: ...").
    """
    # 3e. headline attributions: "Sanders: Endorsements prove ..." (a name, a colon, words)
    for m in _HEADLINE_RE.finditer(text) if ":" in text else ():
        c0, c1 = m.span("cue")
        name = m.group("source")
        if c0 in used_cues or any(w in _NOT_HEADLINE_SOURCES for w in name.lower().split()):
            continue
        _, s1 = doc.sentence(m.start("content"))
        a, b = _strip_span(text, m.start("content"), s1, " \t\n.")
        if len(_WORD.findall(text[a:b])) >= 3:
            findings.append(_Finding((c0, c1), ":", m.span("source"), [(a, b)]))
            used_cues.add(c0)
    # 3e''. round twelve: a name and a colon before a quotation, opening a sentence or after
    # a dash: 'Counting was slow - Ann Lund: "..."', '... close." Lund: "..."'
    for c in _COLON_QUOTE.finditer(text) if ":" in text else ():
        c0 = c.start()
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        nm = _NAME_BEFORE_COLON.search(text, max(0, c0 - 80), c0)
        words = nm.group("source").lower().split() if nm is not None else []
        if nm is not None and (
            words[0] in FORM_TO_LEMMA or any(w in _NOT_HEADLINE_SOURCES for w in words)
        ):
            continue  # 'Stated Lund: "..."' is a cue of its own; "Update: ..." no source
        if nm is None and text.find("rom", max(0, c0 - 80), c0) >= 0:
            # round forty-one: "From the report:", "More from Lund:" (the words after "from"
            # are no verb, and "the" is no label)
            nm = _FROM_BEFORE_COLON.search(text, max(0, c0 - 80), c0)
            named = nm.group("source").lower().split()[1:] if nm is not None else []
            if any(w in _NOT_HEADLINE_SOURCES for w in named):
                continue  # "From Monday:", "From the full text:"
        if nm is None:
            continue
        q = doc.quote_starting(c.end() - 1)
        if q is None or len(_WORD.findall(text[q[0] : q[1]])) < 3:
            continue
        findings.append(_Finding((c0, c0 + 1), ":", nm.span("source"), [q]))
        used_cues.add(c0)
    # 3e'. transcripts: "TAPPER: Do you think ...? FALLIN: I think he is trying ..."
    labels = (
        [
            m
            for c in _CAPS_COLON.finditer(text)
            if (m := _TRANSCRIPT_RE.match(text, _label_start(text, c.start()))) is not None
        ]
        if ":" in text
        else []
    )
    labels = [m for m in labels if m.group("source") not in _NOT_TRANSCRIPT_LABELS]
    if len(labels) < 2:
        labels = []  # one capitalised label is a headline's kicker ("LOOK: ..."), no turn
    for i, m in enumerate(labels):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if m.group("source") in _ROLE_LETTER_LABELS:
            # round fifteen: "Q:" and "A:" name a turn, not a party: the answer's own reports
            # are outermost ("A: I think the levy is fair" reports "I think")
            continue
        a = m.start("content")
        para = text.find("\n\n", a)
        b = min(
            labels[i + 1].start("source") if i + 1 < len(labels) else len(text),
            para if para >= 0 else len(text),
        )
        a, b = _strip_span(text, a, b)
        if len(_WORD.findall(text[a:b])) >= 3:
            findings.append(_Finding((c0, c1), ":", _strip_span(text, *m.span("source")), [(a, b)]))
            used_cues.add(c0)
