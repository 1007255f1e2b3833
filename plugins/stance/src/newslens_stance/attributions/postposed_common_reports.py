"""Round eighty-nine b: a report in -s after a common noun's phrase, set after its content
("The fee is too high, the editorial board writes.", '"...," the narrator in the ad states.',
"..., the lawsuit alleges.").

The noun test (:func:`clauses._looks_nominal`) reads a form in -s before a full stop or a
comma as a plural noun ("the talk shows."); round eleven took it back for a named source
("..., the Gazette reports."), round nine for a record ("..., a new poll shows."). After a
comma or a closed quotation, a phrase opened by a determiner and a singular noun right
before the form, with the sentence's end or a comma right after it, is the postposed report's
subject and the form its verb. Forms that are plural nouns as often ("claims", "notes",
"reports", "states") are read only after a noun that writes or rules (a board, a court, a
document, a lawsuit).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words

#: forms in -s that are verbs of report and seldom plural nouns
_VERB_FORMS = frozenset(
    _words(
        """
        writes argues alleges adds insists explains warns contends maintains asserts
        concludes declares tells asks recalls predicts believes thinks fears reads
        acknowledges observes complains
        """
    )
)
#: forms in -s that are plural nouns as often ("the tax claims.", "his notes.")
_NOUN_AS_WELL = frozenset(_words("notes claims reports states"))
#: the nouns after which those are verbs: texts, bodies and people that write or rule
_WRITING_HEADS = frozenset(
    _words(
        """
        board court judge lawsuit suit complaint document filing indictment memo letter
        statement release editorial column article report study survey poll paper newspaper
        magazine website site ad campaign committee council union agency government ministry
        department company group spokesman spokeswoman official author writer analysis
        """
    )
)
#: the subject's phrase: a determiner after a comma or a closed quotation, at most five words
_SUBJECT_AFTER_CONTENT = re.compile(
    r"(?:,|[,?!][”\"’']+)\s+(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)"
    r"(?P<rest>(?:\s+[\w’'\-]+){0,5})\s+$"
)
#: words that open or join a clause, or stand for a subject: no single phrase holds them
_NOT_IN_PHRASE = frozenset(
    _words(
        """
        and or but who whom which that when where while if because is was are were be been
        has have had will would can could should may might must not he she it they we i you
        """
    )
)
#: a double quotation closed right before the subject
_QUOTE_CLOSED = re.compile(r"[,?!][”\"]")
#: the report's close right after the form
_CLOSE_AFTER = re.compile(r"\s*[.,;!?]")


def postposed_common_report(text: str, cue_start: int, low: str, pw: str) -> bool:
    """Whether the form ``low`` (in -s) at ``cue_start`` is the verb of a report set after
    its content, its subject a determiner's phrase ending in the singular noun ``pw``."""
    if low not in _VERB_FORMS and low not in _NOUN_AS_WELL:
        return False
    if not pw.isalpha() and "-" not in pw:
        return False
    if not pw.islower() or pw.endswith(("s", "ly")) or pw in _NOT_IN_PHRASE:
        return False
    if low in _NOUN_AS_WELL and pw not in _WRITING_HEADS:
        return False
    if _CLOSE_AFTER.match(text, cue_start + len(low)) is None:
        return False
    m = _SUBJECT_AFTER_CONTENT.search(text, max(0, cue_start - 90), cue_start)
    if m is None:
        return False
    if low == "reads" and not _QUOTE_CLOSED.match(text, m.start()):
        return False  # a text "reads" only a quotation (the verb step's guard)
    words = m.group("rest").lower().split()
    if not words or any(w in _NOT_IN_PHRASE for w in words):
        return False
    # some words of content before the comma
    return len(text[max(0, m.start() - 40) : m.start()].split()) >= 2
