"""Round eighty-two: a question put to a person named at some length.

"asked" reports a question only with one: a clause after a question word, "about" a topic, or
a quotation. The person asked stands between the verb and the question, and two older tests
read that person short: the complement test looked for the question word within three words
of the verb ("asked the former harbour chief whether" has four), and the content's start moved
past the person only when no preposition stood in it ("asked the city attorney in Salem
whether", "asked the mayor during a forum whether") and never before "about" ("asked the
mayor about the fees": the content began at "the mayor", and the complement test, reading
twelve characters of it, never saw the "about"). So those questions had no row. And a
quotation that asks, closed right before "Lund asked the governor.", was the question only
when nothing followed "asked": with the person named the object stood as the content.

Here the person asked is any run of up to ten words with no punctuation but a word's own
period ("Mrs.", "D.C."), opening with no preposition (then "asked" is a participle: "the
questions asked at the hearing show why"), none of them a word that opens a clause, an
infinitive or another question ("to", "that", "and", "who", "for", ...), before "whether",
"if", "how", "what", "why" or "about". "who", "which", "when" and "where" are left out as the
question's word: after a noun they open a relative or an adverbial clause as often ("asked the
skippers who fish the bay to ...", "asked questions when the mayor arrived").
"""

from __future__ import annotations

import re

#: the person asked, then the question's first word (which the match stops before)
_PERSON_THEN_QUESTION = re.compile(
    r"[ \t]*(?!(?:in|on|at|by|during|from|of|over|under|into|since|after|before|last|this)\b)"
    r"(?:(?!(?:whether|if|how|what|why|about|to|that|and|but|or|who|whom|whose|which|"
    r"when|where|for|with|as|because|while|after|before|said|says|asked|is|was|are|were)\b)"
    r"[\w’'.\-]+[ \t]+){1,10}?(?=(?:whether|if|how|what|why|about)\s)"
)


def asked_person_end(text: str, pos: int, end: int) -> int | None:
    """Where the question starts after "asked" at ``pos`` (its end), past the person asked,
    or None when no question word follows a person within the sentence (up to ``end``)."""
    m = _PERSON_THEN_QUESTION.match(text, pos, end)
    return m.end() if m is not None else None


#: the person asked and nothing else up to the sentence's end ('... Lund asked the governor.'):
#: at most six words, none a word that opens a clause, a question or an infinitive
_NOT_A_PERSON_WORD = (
    r"(?!(?:whether|if|how|what|why|about|to|that|and|but|or|who|whom|which|when|where|for|"
    r"with|as|because|while|in|on|at|by|during|from|of)\b)"
)
_PERSON_ONLY = re.compile(
    rf"[ \t]+{_NOT_A_PERSON_WORD}[\w’'.\-]+(?:[ \t]+{_NOT_A_PERSON_WORD}[\w’'.\-]+){{0,5}}"
    r"[.!]?[ \t]*$"
)


def person_asked_only(text: str, after: int, end: int) -> bool:
    """Whether the words after "asked" (from ``after`` to ``end``, the sentence's end) name
    only the person asked: '"Why stay?" Lund asked the governor.' puts the quotation before
    to the governor, as '"Why stay?" Lund asked.' does to no one named."""
    return _PERSON_ONLY.match(text, after, end) is not None


#: a question put to the subject ("When asked by a reporter whether", "Asked about X, she
#: said"): the asker after "by", then up to three adjuncts before the question (round
#: eighty-two: a bare day or an adverb, "Asked Tuesday about", "asked directly what",
#: "Asked in Ohio lately whether", and a setting of up to five words, "Asked at a briefing
#: Monday in Salem about", "asked during a spring debate why"; before, one setting of a
#: word and up to three capitalised words); "whom" opens a question too
QUESTION_PUT_TO_SUBJECT = re.compile(
    r"\b(?P<cue>[Aa]sked)(?:\s+by\s+(?P<agent>(?:[Tt]he\s+|an?\s+)?[\w’'.\-]+"
    r"(?:\s+(?!whether\b|if\b|about\b|to\b)[\w’'.\-]+){0,5}?))?"
    r"(?:,?\s+(?:[a-z]{3,}ly|later|earlier|again|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day|(?:on|in|at|during|last|this|after|before)\s+"
    r"(?:(?!(?:whether|if|about|what|why|how|who|whom|which|to|and|but|said|says)\b)"
    r"[\w’'.\-]+\s+){0,4}?(?!(?:whether|if|about|what|why|how|who|whom|which|to)\b)"
    r"[\w’'.\-]+)){0,3}?,?\s+"
    r"(?P<comp>whether\b|if\b|about\b|what\b|why\b|how\b|who\b|whom\b|which\b|to\s+[a-z]|[“\"])"
)
