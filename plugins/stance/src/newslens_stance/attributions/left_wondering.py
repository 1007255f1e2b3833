"""A question left in someone's mind: "the vote left many skippers wondering whether the
levy would pass", "the crews are left wondering why the quay closed" (round eighty-five).

Why: "wondering" is a cue of the question class, but after "leave" the one who wonders is
not the subject before it: in the active it is the object of "left" ("The vote has left many
skippers, including her allies, wondering what she wants"), in the passive the subject of
"are left". The verb passes found no speaker there (the subject of "left" is the cause, and
the scan stopped at "left"), so both shapes had no row. PolNeAR marks the one left wondering
as the source and the question as the content.

Read only with a question word right after "wondering" ("whether", "if", "how", "what",
"why", "who", "when", "where", "about"), outside a quotation. The object is up to six words
after "left" (an aside between commas after it is skipped: the holder is the words before the
first comma), never a clause or a preposition; the passive's subject is the noun phrase
before "is / are / was / were / be / been / being / get / got left".
"""

from __future__ import annotations

import re

from newslens_stance.attributions.clauses import _clause_end
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: "leave" and its forms, an object of up to six words (perhaps with an aside between commas)
#: or none, then "wondering" and the question's first word
_LEFT_WONDERING = re.compile(
    r"\b(?P<leave>left|leave|leaves|leaving)"
    r"(?P<object>(?:[ \t]+(?!(?:to|that|in|on|at|by|with|for|of|and|but|or|wondering)\b)"
    r"[\w’'.\-]+){1,6}?(?:,[^,.;:?!\"“”]{3,80},)?)??"
    r"[ \t]+(?P<cue>wondering)[ \t]+(?=(?:whether|if|how|what|why|who|when|where|about)\b)"
)
#: the verb group of the passive before "left" ("are left", "were now left")
_PASSIVE_GROUP = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)(?:[ \t]+[a-z]+ly|[ \t]+(?:now|still|"
    r"just|also|often))?[ \t]+$"
)

#: a first conjunct the phrase scan leaves off ("conservatives and Republican pilots": the scan
#: stops at the lower-case word before "and"): up to three words, opening the clause; never
#: opening with "and" / "or" themselves (", and fishermen and pilots are left": the clause's
#: own conjunction is no word of the subject; round eighty-six)
_CONJUNCT_BEFORE = re.compile(
    r"(?:^|[,;:][ \t]+)(?P<first>(?!(?:in|on|at|by|with|for|of|to|from|since|after|before|"
    r"when|while|if|but|and|or)\b)[\w’'\-]+(?:[ \t]+[\w’'\-]+){0,2})[ \t]+(?:and|or)[ \t]+$"
)


def left_wondering_findings(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    """Rows for "left X wondering whether ..." (the source ``X``) and "X are left wondering
    whether ..." (the source the subject), appended where no earlier row holds "wondering"."""
    text = doc.text
    if "wondering" not in text:
        return
    for m in _LEFT_WONDERING.finditer(text):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        if m.group("object"):
            o0 = m.start("object")
            comma = text.find(",", o0, c0)
            speaker = _strip_span(text, o0, comma if comma >= 0 else c0)
        else:
            group = _PASSIVE_GROUP.search(text, max(s0, m.start() - 30), m.start())
            if group is None:
                continue  # "leaving wondering": no one named
            speaker, _ = _np_before(doc, group.start(), s0)
            if speaker is not None:
                conj = _CONJUNCT_BEFORE.search(text[s0 : speaker[0]])
                if conj is not None:
                    speaker = (s0 + conj.start("first"), speaker[1])
        if speaker is None or speaker[1] <= speaker[0]:
            continue
        end = _clause_end(doc, m.end(), s1)
        if text.rfind("(", s0, c0) > text.rfind(")", s0, c0):
            close = text.find(")", m.end(), end)
            end = close if close >= 0 else end  # an aside in brackets ends the question
        content = _strip_span(text, m.end(), end)
        if content[1] - content[0] < 8:
            continue
        findings.append(_Finding((c0, c1), "wonder", speaker, [content]))
        used_cues.add(c0)
