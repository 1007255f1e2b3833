"""Patterns and word sets read by more than one pass (the cue families, the bounds and
the pipeline), compiled once, and :func:`cue_class`, the coarse class of a cue lemma the
passes branch on. Kept here so that no pass module imports another only for a pattern."""

from __future__ import annotations

import functools
import re

from newslens_stance.attributions.classes import cue_class as _output_class
from newslens_stance.attributions.lexicon import (
    _AUX,
    _words,
)

_BE_AUX_END = re.compile(r"\b(?:is|was|were|are|be|been|being)\s+(?:\w+ly\s+)?$")


def _word_starts(text: str, words: frozenset[str] | set[str]) -> list[int]:
    """Where one of ``words`` begins in ``text`` (as a substring; the pattern tried there
    checks the word boundary), ascending: the starts for :func:`_matches_at`.

    Why: the round-nine scans open with a look-behind and a branch of words, which the
    engine tries at every position of the text; ``str.find`` skips to the words instead.
    """
    starts: list[int] = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            starts.append(i)
            i = text.find(word, i + 1)
    starts.sort()
    return starts


#: classes whose rows inside a quotation or a report are that report's inner attitudes
_INNER_CLASSES = frozenset({"belief", "intention", "evidence"})
#: round twenty-eight: a document signed, released or issued is ``evidence`` in the output,
#: but its verb is put out by a subject as a statement is spoken, so the rules below (nesting,
#: verbs of beginning) read it as speech, as before
_DOCUMENT_VERBS = frozenset({"sign", "release", "issue"})


@functools.lru_cache(maxsize=4096)  # a pure function of a few hundred lemmas, asked per cue
def cue_class(lemma: str) -> str:
    """The class the rules read: the output's, a document put out read as speech."""
    return "speech" if lemma in _DOCUMENT_VERBS else _output_class(lemma)


#: portrayals, cues only with "X as Y" (see _looks_clause)
_PORTRAY_LEMMAS = frozenset(_words("portray depict paint cast frame bill present position pitch"))
#: a relative pronoun right before a cue ("which is expected to")
_RELATIVE_END = re.compile(r"\b(who|which|that)\s+$")
_TITLE_SMALL = frozenset(
    _words("a an the and or but of to in on at for by with from as vs is are was be his her its")
)
_WORD_CHAR = re.compile(r"\w")
_SUBJECT_PRONOUNS = frozenset(_words("i we you he she they it"))
#: a clause subject that names no party: a participle or a possessive after it points past it
#: ("there were pickets at the gate chanting"; rounds fifty-six and sixty-one)
_NO_PARTY_SUBJECTS = frozenset(_words("there it this that these those what which who"))
_NOT_OR_NEVER = re.compile(r"\b(?:not|never)\b|n[’']t\b")


#: a verb of beginning or going on right before a gerund cue ("began calling for", "has
#: lately started asking", "kept telling"; not "stopped", whose report has ended)
_ASPECT_VERB_END = re.compile(
    r"\b(?:begins?|began|begun|starts?|started|keeps?|kept|continues?|continued|resumed?|"
    r"resumes)\s+(?:(?:just|also|again|then|even|still|now)\s+)?$"
)
#: verbs of saying whose gerund after "began" or "kept" is more often a plain act ("started
#: adding samples", "began comparing the results")
_ASPECT_ACT_LEMMAS = frozenset({"add", "compare", "list", "post", "repeat", "continue", "read"})
#: the classes of a report said or asked aloud, not a belief or an intention held: the one set
#: three rules read (a gerund after "began", a report in a clause of time in ``bounds``, a verb
#: after "and" past a nested report in ``verbs._past_host``)
SPEECH_OR_QUESTION = frozenset({"speech", "question"})


#: verbs that report only a quotation ('The note read: "Sorry."', '"No," he answered.'; round
#: thirteen: '"No," Lund interjected.', not "when Lund interjected, Chan said ...")
_QUOTE_ONLY_LEMMAS = frozenset({"read", "answer", "interject"})
#: words between a relative pronoun and its report ("who had previously pledged", "who
#: claim", "which has long argued")
_REL_GAP = (
    r"(?:(?:also|later|then|had|has|have|previously|long|once|since|still|now|would|will|"
    r"could|can|may|might|did|does|do|never|not|first|repeatedly|publicly|openly|earlier|"
    # round nine: "who strongly support", "which firmly opposes"
    r"strongly|firmly|initially|originally|privately|quietly|reluctantly|eventually|"
    r"ultimately|largely|mostly|overwhelmingly|generally|really|actually|increasingly|"
    # round eighty-eight: adverbs of frequency and "both" ("who has often complained", "which
    # always says", "who has both endorsed X and criticized Y")
    r"often|always|usually|sometimes|again|already|just|even|both|"
    # "who has been hoping", "which has been seeking"
    r"been"
    # round twenty-three: any manner adverb ("who warmly endorses", "which
    # quietly notes"), "in the past"
    r"|(?!(?:family|italy|ally|rally|supply|reply|apply|holy|jolly|belly)\b)[a-z]{3,}ly"
    r"|in\s+the\s+past)\s+"
    # "X, the board's chair, this past week announced", "who last month said"
    r"|(?:this|last|that)\s+(?:past\s+)?(?:week|month|year|weekend)\s+"
    # "who on Tuesday endorsed"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)*"
)
_REQUEST_TURNED_DOWN = re.compile(
    r"\s+(?:(?:an?|the|his|her|their|its|our|my|your|all|further|repeated|several|multiple|"
    r"numerous|many)\s+)?(?:[a-z]+\s+)?(?:comments?|interviews?|invitations?|offers?|"
    r"requests?|questions?)\b"
)


#: the heads of a subject that shows what it holds ("the poll showed Lee leading", "records
#: show a loan"): evidence, not a person showing something ("she showed the room")
_EVIDENCE_HEADS = frozenset(
    _words(
        """
        poll polls polling survey surveys data study studies report reports record records
        result results figure figures number numbers statistics document documents email emails
        memo memos filing filings analysis research tally count counts video footage photo
        photos image images tape tapes recording recordings chart graph map maps transcript
        transcripts log logs census estimate estimates projection projections forecast audit
        audits review reviews investigation inquiry probe post posts ad ads clip clips
        findings markets
        """
    )
)


_OBJECT_END = re.compile(
    # (round eleven: a participle after a manner adverb, ", sharply saying")
    r'\s[—–]\s|\s--\s|(?:,|(?<=,[”"]))\s+(?=[a-z]{3,}ly\s+[a-z]{3,}ing\b|(?:even|though|although|'
    r"while|whereas|as|but|and|"
    r"which|despite|after|before|when|because|since|less|more|saying|adding|arguing|calling|in|"
    r"on|at)\b)"
)
_NUMBER_WORDS = frozenset(_words("one two three four five six seven eight nine ten several many"))
_NP_OBJECT_END = re.compile(
    r"(?:,|(?<=,[”\"]))\s+(?=(?:the|a|an|who|which|whose)\s)"
    r"|,?\s+(?:and|but)\s+(?=(?:(?:also|then|later|has|had|have|was|did|would|will)\s+)?"
    r"(?:[a-z]+ed|said|told|went|made|cast|took|gave|saw|called|urged|added|vowed|seemed|"
    r"quoted|suggested)\s+(?:him|her|them|himself|herself|themselves|it|that|the|a|an|his|"
    r"their|its|to|on|in|at|for|with|back|out|up)\b)"
)


#: words in "-ly" that are no adverb before a verb
_LY_NOT_ADVERBS = frozenset(_words("family italy ally rally supply reply apply holy jolly belly"))
#: the adverbs and reflexives of :data:`_AUX` (a verb group's words that are no verb)
_GROUP_ADVERBS = _AUX - frozenset(
    _words(
        """
        has have had is was were are be been being will would could can may might must shall
        should did does do n't cannot
        """
    )
)
#: a list going on after a comma: "roads, bridges and schools", "roads, bridges, ports"
_LIST_GOES_ON = re.compile(r"(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+(?:,\s|,?\s+(?:and|or)\s)")
