"""Quotations continued after their attribution: a quotation in the next sentence with no
cue of its own is the same speaker's (:func:`_attach_following_quotes`), unless a new lead
opens before it (:func:`_lead_before_closing_quote`)."""

from __future__ import annotations

import bisect
import re

from newslens_stance.attributions.lexicon import (
    _CUE_RE,
    _QUOTE_CHAR_RE,
    _WORD,
    OPEN_QUOTES,
)
from newslens_stance.attributions.patterns import _INNER_CLASSES, _WORD_CHAR, cue_class
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _rstrip_pos,
)

_QUOTE_OR_WORD_AFTER = re.compile(r"[“\"\w]")


# _attach_following_quotes: its patterns, compiled once (a pattern string costs a lookup a call)
#: what joins a quotation to the next one (punctuation, "and": 'as saying "A" and "B"')
_QUOTE_JOIN = re.compile(r"[\s.,;:]*(?:and\s+)?")


#: a quotation that opens a sentence: sentence punctuation (and a closing mark) before it
_SENTENCE_END_BEFORE = re.compile(r"[.!?][”\"’']?\s+$")


def _sentence_quote_after(doc: _Doc, findings: list[_Finding], f: _Finding, end: int) -> int:
    """Where the content of ``f`` may go on when the words after its cue hold quotation marks
    of their own ('"A," X said on Channel 9's "Late Hour." "B."', '"A," she said, calling
    them "gentle giants." "B."'): at the first quotation of the paragraph that opens a
    sentence, when no other report's speaker stands between; else ``end`` unchanged.

    Why: a quoted title or phrase in the trailer is not the speaker's next sentence, but the
    quotation after it is, as in the plain '"A," X said. "B."' (the splitter may not even
    end the sentence after an abbreviation: "told reporters in Fort Mill, S.C. "B."").
    """
    text = doc.text
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    i = bisect.bisect_left(doc.quote_starts, end)
    while i < len(doc.quotes) and doc.quotes[i][0] < para_end:
        q0 = doc.quotes[i][0]
        # (round twelve: six characters back, for the blanks that stand in for the second
        # apostrophe of '' quotation marks: 'on the Gazette's ''Harbour Hour.'' ''B.''')
        if _SENTENCE_END_BEFORE.search(text, max(end, q0 - 6), q0):
            if any(g is not f and g.speaker and end <= g.speaker[0] < q0 for g in findings):
                return end
            return q0
        i += 1
    return end


#: an opening quotation mark (a character scan in Python per row made a run-on sentence of
#: many reports quadratic in its length; the compiled search is the same test)
_OPEN_QUOTE_CHAR = re.compile("[" + re.escape(OPEN_QUOTES) + "]")


def _attach_following_quotes(doc: _Doc, findings: list[_Finding]) -> None:
    """A direct quotation followed by unattributed quotations from the same speaker ("'A,'
    he said. 'B.'") is one attribution with several content parts."""
    if not findings:
        return
    text = doc.text
    # (round nine: a belief, an intention or evidence whose cue stands inside a quotation,
    # '"... I remember it well."', claims nothing: it is the quotation's inner report)
    claimed: list[tuple[int, int]] = [
        p
        for f in findings
        if not (doc.quote_at(f.cue[0]) is not None and cue_class(f.lemma) in _INNER_CLASSES)
        for p in f.content
    ]

    def is_claimed(q: tuple[int, int]) -> bool:
        # a quotation already taken whole by an attribution (nested content inside does not
        # count: "We believe ..." inside the quote is a separate, inner attribution)
        return any(p[0] <= q[0] and p[1] >= q[1] - 1 for p in claimed)

    ordered = _by_content_end(doc, findings)
    for f in ordered:
        if doc.quote_at(f.cue[0]) is not None:
            continue  # '"A, I recall, B," she said. "C."': C goes on with her, not with "I"
        if f.agentless or (
            not any(text[p[0]] in OPEN_QUOTES for p in f.content)
            and (f.speaker is None or cue_class(f.lemma) != "speech")
        ):
            continue
        end = max(max(p[1] for p in f.content), f.cue[1], f.speaker[1] if f.speaker else 0)
        _c0, c_end = doc.sentence(f.cue[0])
        if end < c_end and not _QUOTE_OR_WORD_AFTER.search(text, end, c_end):
            pass
        elif end < c_end and not _OPEN_QUOTE_CHAR.search(text, end, c_end):
            # '"A," Cruz told the Washington Post. "B."': the audience and adverbials after
            # the cue end its sentence; the next quotation may continue the content
            end = _rstrip_pos(text, end, c_end)
        elif end < c_end:
            end = _sentence_quote_after(doc, findings, f, end)
        for _ in range(20):
            # 'as saying "A" and "B"': a quotation joined by "and" in the same sentence
            gap = _QUOTE_JOIN.match(text[end : end + 200])
            nxt = end + (gap.end() if gap else 0)
            if "\n\n\n" in text[end:nxt]:
                break
            if "and" in text[end:nxt] and doc.sentence_index(end - 1) != doc.sentence_index(nxt):
                break
            q = doc.quote_starting(nxt)
            if q is None and "\n\n" not in text[end:nxt]:
                lead = _lead_before_closing_quote(doc, nxt)
                if lead is not None and not is_claimed(lead[1]):
                    # 'Unless the rain stops, "the quay will flood."': a sentence that closes
                    # with a quotation and has no cue of its own goes on with the same speaker
                    f.content.append((nxt, lead[1][1]))
                    claimed.append(lead[1])
                    end = lead[1][1]
                    continue
            if q is not None and is_claimed(q):
                carried = _carried_paragraphs(doc, findings, f, q)
                if carried is not None:
                    f.content.append(carried)
                break
            if q is None:
                break
            # a quotation with its own attribution in its sentence belongs to that one
            _s0, s1 = doc.sentence(q[1] - 1 if q[1] > q[0] else q[0])
            tail = text[q[1] : s1]
            if _WORD_CHAR.search(tail) and _CUE_RE.search(tail):
                break
            f.content.append(q)
            claimed.append(q)
            end = q[1]


#: nothing but closing punctuation and spaces up to the sentence's end
_ENDS_SENTENCE = re.compile(r"[\s.!?”\"’']*$")


def _by_content_end(doc: _Doc, findings: list[_Finding]) -> list[_Finding]:
    """The findings by their content's end; where two end at one point, the outer report first.

    Why: the first finding to reach a following quotation takes it. "The Courier reported
    that the mayor was accused by the guild of hiding its books. 'He has lied.'" ends the
    report and the accusation inside it at one point; in the findings' own order the inner
    accusation took the quotation the reporter goes on with (round seventy-five). A finding
    whose cue stands inside another's content at the same end is that one's inner report.
    """
    text = doc.text
    ends = [max(p[1] for p in f.content) for f in findings]
    order = sorted(range(len(findings)), key=ends.__getitem__)
    if len(set(ends)) == len(ends):
        return [findings[i] for i in order]  # no two end at one point (most texts)

    def inside(i: int, j: int) -> bool:
        # i's cue inside j's content, no comma between j's cue and it: "reported that the
        # mayor was accused by", not "In response to her charge that X, she said" (the
        # charge's content runs on until its bounds are set later)
        # (or before j's cue in a content that closes there: "A says B, who was accused by
        # C, the paper reports": the closing report frames the whole sentence)
        at, outer = findings[i].cue[0], findings[j]
        if outer.cue[1] <= at:
            return "," not in text[outer.cue[1] : at] and any(
                p[0] <= at < p[1] for p in outer.content
            )
        # the frame closes its sentence ("..., the paper reports."), not an aside in it
        # ("X, he says, is Y - a by-product, he claims, of Z")
        tail = max(outer.cue[1], outer.speaker[1] if outer.speaker else 0)
        return _ENDS_SENTENCE.match(text, tail, doc.sentence(tail - 1)[1]) is not None and any(
            p[0] <= at < p[1] <= outer.cue[0] for p in outer.content
        )

    def depth(i: int, tied: list[int]) -> int:
        return sum(1 for j in tied if j != i and inside(i, j))

    out: list[_Finding] = []
    k = 0
    while k < len(order):
        m = k + 1
        while m < len(order) and ends[order[m]] == ends[order[k]]:
            m += 1
        tied = order[k:m]
        if len(tied) > 1:
            tied = sorted(tied, key=lambda i: depth(i, tied))
        out.extend(findings[i] for i in tied)
        k = m
    return out


#: a paragraph that goes on with the quotation left open before it (its opening mark)
_PARAGRAPH_REOPENS = re.compile(r"\n\s*[“\"«„]")


def _carried_paragraphs(
    doc: _Doc, findings: list[_Finding], f: _Finding, q: tuple[int, int]
) -> tuple[int, int] | None:
    """The paragraphs of ``q`` before its last, when a later report claims ``q`` whole.

    A quotation carried over paragraphs has no closing mark at a paragraph's end, and the
    quotation finder reads it as one span up to the first closing mark ('"A," Lund said.
    "B.<new paragraph>"C," she continued.'). The report in the last paragraph's sentence ("she
    continued") owns that paragraph's words; the paragraphs before it go on with the speaker
    of ``f`` when its content ends with a quotation they continue (the guidelines' content
    continuation). The later report's content is cut to its own paragraph here; returns the
    part for ``f``.
    """
    text = doc.text
    if text[f.content[-1][0]] not in OPEN_QUOTES:
        # "She wrote in a note:" before the quotation, "posted it online.": the
        # paragraphs continue no quotation of this report's
        return None
    last = None
    for m in _PARAGRAPH_REOPENS.finditer(text, q[0], q[1]):
        last = m
    if last is None:
        return None
    owner = next((g for g in findings if g is not f and g.cue[0] >= q[1] and q in g.content), None)
    if owner is None or doc.sentence_index(owner.cue[0]) != doc.sentence_index(q[1] - 1):
        return None
    head = (q[0], _rstrip_pos(text, q[0], last.start()))
    owner.content[owner.content.index(q)] = (last.end() - 1, q[1])
    return head


def _lead_before_closing_quote(
    doc: _Doc, pos: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The sentence at ``pos`` when a few words with no cue open it and a quotation closes
    it ('Unless the rain stops, "the quay will flood."'): its lead and that quotation."""
    text = doc.text
    s0, s1 = doc.sentence(pos)
    if s0 != pos:
        return None
    i = bisect.bisect_left(doc.quote_starts, pos)
    if i >= len(doc.quotes):
        return None
    q = doc.quotes[i]
    if not (pos < q[0] < s1 and q[1] >= _rstrip_pos(text, q[0], s1) - 1):
        return None
    lead = text[pos : q[0]]
    if len(_WORD.findall(lead)) > 15 or _CUE_RE.search(lead) or _QUOTE_CHAR_RE.search(lead):
        return None
    return (pos, q[0]), q
