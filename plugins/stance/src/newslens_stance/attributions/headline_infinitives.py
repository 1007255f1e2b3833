"""A headline's "Name to verb": "Mayor Lund to back the ferry levy", "Dockers' union to endorse
Marsh", "Harbour board to call for an inquiry" (round eighty-seven).

Why: headlines drop the verb "be" and mark a coming act with a bare infinitive ("X to
endorse Y" is "X is to endorse Y", "X will endorse Y"). The subject before "to" is the one
who will speak, endorse or call for; in running text the same words are an infinitive that
hangs on a verb before them ("led Lund to back", "the first mayor to endorse"), which the
infinitive rules read, so the speaker scan found no verb in a headline, no subject, and no
row. PolNeAR marks the subject as the source.

Read only where the sentence is a paragraph of its own (a headline or a standfirst line:
nothing before it on its line, nothing after it), the words before "to" are one to six
capitalised words or a capitalised name with its title (no comma, no verb: "According to",
"Listen to", "Ready to", "Speaking to" are no subjects: their first word is a verb, an
adjective or a preposition, :data:`_NOT_HEADLINE_SUBJECTS`), and the verb is a cue the
extractor already reads.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.text import _Doc

#: the subject: capitalised words (a name, a title and a name, an organisation with its
#: acronym or possessive), from the line's start to "to"
_HEADLINE_SUBJECT = re.compile(
    r"[“\"‘']?(?P<subject>[A-Z][\w.’'&\-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w.’'&\-]*){0,5})"
    r"\s+to\s+(?:[a-z]{3,}ly\s+)?$"
)
#: first words that open no subject: words that take "to" themselves (verbs, adjectives,
#: prepositions and adverbs that open a headline or a sentence)
_NOT_HEADLINE_SUBJECTS = frozenset(
    _words(
        """
        according thanks listen ready set due back next up down going welcome time how why
        what when where who which this that these those there here it its he she they we i
        you his her their our my your the a an ahead close prior contrary compared due
        able unable likely unlikely set poised expected hoping plans plan moves move bid
        seeks pledge vow vows promise promises calls call new more less
        """
    )
)


def headline_subject(doc: _Doc, s0: int, c0: int) -> tuple[int, int] | None:
    """The subject of a headline's "Name to verb" whose verb (the cue) starts at ``c0`` in the
    sentence opening at ``s0``, or None."""
    text = doc.text
    if text[text.rfind("\n", 0, s0) + 1 : s0].strip():
        return None  # (the sentence does not open its line)
    _, s1 = doc.sentence(s0)
    line_end = text.find("\n", s1)
    if text[s1 : len(text) if line_end < 0 else line_end].strip():
        return None  # (the line goes on after the sentence: running text, no headline)
    m = _HEADLINE_SUBJECT.fullmatch(text, s0, c0)
    if m is None:
        return None
    a, b = m.span("subject")
    first = text[a:b].split()[0].lower().strip(".’'")
    if first in _NOT_HEADLINE_SUBJECTS or first.endswith(("ing", "ed")):
        return None
    return a, b
