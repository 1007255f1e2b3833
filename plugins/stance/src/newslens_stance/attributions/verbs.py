"""Verbs of saying, the largest pass: for one cue match, its speaker (before or after the
cue, inverted, passive) and its content (a clause, an object, a quotation), with the acts,
judgements and nominal cues it reads (:func:`_verb_attribution`). The tail patterns it anchors
before a cue are built once, last (:data:`_TAILS`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from newslens_stance.attributions.adjunct_subjects import (
    SUBORDINATE_OPENING,
    place_subject,
    time_verb_subject,
)
from newslens_stance.attributions.asked_persons import person_asked_only
from newslens_stance.attributions.bounds import (
    _adverbial_chunks,
    _as_report,
    _cut_coordinated,
    _has_complement,
    _looks_clause,
    _object_np,
)
from newslens_stance.attributions.clauses import (
    _BY_GERUND_MEANS,
    _MESSAGE_NOUNS,
    _NP_OBJECT_ADJUNCT,
    _OBJECT_WITH_A_VERB,
    _REPORT_FRAME,
    _SHORT_OF_END,
    _clause_end,
    _skip_after_cue,
)
from newslens_stance.attributions.coordinated_relatives import (
    coordinated_relative,
    dash_close,
    relative_after_comma,
)
from newslens_stance.attributions.directed_intentions import directed_object
from newslens_stance.attributions.event_subjects import subordinate_clause_speaker
from newslens_stance.attributions.evidence import _evidence_clause_subject, _evidence_subject
from newslens_stance.attributions.headline_infinitives import headline_subject
from newslens_stance.attributions.infinitive_subjects import for_subject, object_subject
from newslens_stance.attributions.lexicon import (
    _ADVERBIAL,
    _AUX,
    _CALENDAR,
    _CUE_RE,
    _DISCOURSE,
    _FINITE,
    _LEAD_PREPS,
    _MODALS,
    _NOUNISH,
    _PAST,
    _POSS_DET,
    _WORD,
    ATTITUDE_LEMMAS,
    AUDIENCE_LEMMAS,
    CLAUSE_ONLY_LEMMAS,
    CUE_FORMS,
    DENY_LEMMAS,
    EFFORT_PHRASE_LEMMAS,
    FORM_TO_LEMMA,
    NAMING_LEMMAS,
    NP_OBJECT_LEMMAS,
    OPEN_QUOTES,
    THAT_CLAUSE_LEMMAS,
    _lower_words,
    _words,
)
from newslens_stance.attributions.listed import _listed_speaker
from newslens_stance.attributions.parallel_gerunds import parallel_gerund_cut
from newslens_stance.attributions.patterns import (
    _ASPECT_ACT_LEMMAS,
    _ASPECT_VERB_END,
    _BE_AUX_END,
    _EVIDENCE_HEADS,
    _GROUP_ADVERBS,
    _LIST_GOES_ON,
    _NOT_OR_NEVER,
    _NP_OBJECT_END,
    _OBJECT_END,
    _PORTRAY_LEMMAS,
    _QUOTE_ONLY_LEMMAS,
    _REL_GAP,
    _REQUEST_TURNED_DOWN,
    SPEECH_OR_QUESTION,
    cue_class,
)
from newslens_stance.attributions.possessor_modifiers import possessor_span
from newslens_stance.attributions.postposed_coordinations import postposed_coordination_start
from newslens_stance.attributions.postposed_records import postposed_record
from newslens_stance.attributions.progressive_relatives import progressive_relative
from newslens_stance.attributions.quantified_relatives import quantified_whom
from newslens_stance.attributions.restrictive import _restrictive_antecedent
from newslens_stance.attributions.resumed_clauses import resumed_clause_start
from newslens_stance.attributions.speakers import (
    _BARE_PAST_VERBS,
    _COMMA_END,
    _LEAD_PREP_OR_CALENDAR,
    _NO_CONTENT,
    _PROPORTION,
    _np_after,
    _np_before,
    _subject_chain,
)
from newslens_stance.attributions.spent_time import spent_time_verb
from newslens_stance.attributions.subject_relatives import main_verb_cut
from newslens_stance.attributions.subjects import (
    _clause_subject,
    _fronted_participle,
    _leading_subject,
    _modifier_last,
    _nearest_clause_subject,
    _opening_inverted,
    _role_before_name,
    _subject_before_appositives,
    _subject_with_relative,
    _thing_as_subject,
    _verbish,
)
from newslens_stance.attributions.text import (
    _TAIL_WHOLE,
    _Doc,
    _Finding,
    _first_words,
    _rstrip_pos,
    _strip_span,
    _Tail,
)

#: a date right after a record or its participle, up to the cue ("released Friday found")
_RECORD_DATE_GAP = re.compile(
    r"(\s+(?:(?:on|last|this|late|early|earlier\s+this)\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|week|month|year|weekend))\s+"
    r"(?:(?:also|has|have|had)\s+)?"
)
_DATED_PARTICIPLES = frozenset(
    _words("released published conducted taken issued filed posted completed out")
)
#: what a person shows that is evidence of a disposition ("little interest", "no sign of")
_SHOWN_DISPOSITION = re.compile(
    r"(?:(?:no|little|much|any|some|more|less|real|new|an?|the|his|her|their|its|strong|few|"
    r"clear)\s+){0,2}(?:of\s+an?\s+)?(?:signs?|interest|appetite|flashes|enthusiasm|"
    r"willingness|reluctance|respect|restraint|resolve|concern|confidence|leadership)\b"
)
#: a participle coordinated after a portrayal's object ("... as a tax and asking ...")
_AND_PARTICIPLE = re.compile(r",?\s+and\s+(?=[a-z]+ing\s)|,\s+(?=[a-z]+ing\s)")
#: round eleven: the writer's summing-up appositive ("..., a move that ...", "..., a swipe at")
_SUMMING_APPOSITIVE = re.compile(
    r",\s+an?\s+(?:[\w\-]+\s+){0,2}?(?:swipe|tactic|move|step|charge|plan|requirement|"
    r"sentiment|recommendation|percentage|level|number|reference|nod|sign|signal|claim|"
    r"decision|change|shift|jab|dig|rebuke|reversal|departure|break|position|stance|view|"
    r"remark|comment|promise|pledge|reminder|warning|message|point|development|figure|rise|"
    r"drop|increase|decrease|jump|fall|gesture|attempt|effort|strategy|idea|proposal|"
    r"policy|practice|statement|assertion|accusation|allegation|criticism)\b"
)
#: round eleven: a present-tense verb coordinated with a present-tense report, before its
#: object ("... and calls her", "... and pledges to"; not "the levies and tolls that ...")
_AND_PRESENT = re.compile(
    r",?\s+and\s+(?=[a-z]{3,}(?<!s)s\s+(?:him|her|them|it|us|me|the|a|an|his|their|its|to|"
    r"[A-Z]|[“\"]))"
)
#: round eleven: a participle coordinated with a reporting participle ("... and calling for")
_AND_ING = re.compile(r",?\s+and\s+(?=(?:then\s+|also\s+|even\s+)?[a-z]{2,}ing\b)")


def _coordinated_verb(form: str) -> re.Pattern[str] | None:
    """Where a report's content meets the verb coordinated with its cue: after a participle
    ("praising the crews and thanking the chair") or a present-tense cue ("faults the port
    and praises the crews"); None for any other form."""
    if form.endswith("ing"):
        return _AND_ING
    if form.endswith("s") and not form.endswith("ss"):
        return _AND_PRESENT
    return None


#: round-nine verb groups that end in their preposition (no inverted speaker after them)
_ROUND9_PHRASE_LEMMAS = frozenset({"vote for", "vote against", "vote", "hope for"}) | (
    EFFORT_PHRASE_LEMMAS  # round forty-five: "campaigned for", the same shape
)
#: cue classes a negation does not cancel: "does not think" is a belief held, "doesn't want
#: to" an intention against its content; "did not say" is no report
_NEGATABLE_CLASSES = frozenset({"belief", "intention"})
#: 'called X "Y"': the name given in quotation marks (or single ones, as headlines have
#: them: "Calls the Plan 'Stupid'", or doubled, ''Y'') after an object of up to twenty
#: words ("called the storm that flooded three river towns "a warning to us all""; round
#: ninety-six: twenty, "called a report suggesting that ... "outrageous""), none of them a
#: conjunction, a verb of saying that would start a clause of its own or another naming
#: whose name the quotation is ("called X after ... on what she called "..."") (round
#: forty-three: an "and" before a name joins two objects, 'called both Lund and Okafor "rash"';
#: "and" before a lower-case word may start a clause, 'called the police and said "..."')
_CALLED_QUOTED_WORD = (
    r"(?!(?:and(?!\s+(?:the\s+|his\s+|her\s+|their\s+)?[A-Z])|but|or|said|says|told|saying|"
    r"while|because|called|calls|calling)\b)[^\s“\"”‘,;]+"
)
#: the name's opening mark: a single or doubled ASCII one only after a space and closed
#: after its words ("'unfair,'", "''the long summer,''"; not "today's", "Pick 'N Go")
_CALLED_QUOTE_MARK = r"(?:[“\"‘]\w|(?<=\s)('{1,2})\w[^'\n]{0,100}?\1(?!\w))"
#: (past fourteen words, none with a comma after it: "a store called X, a café modelled on
#: ..., that promises on its site, "..."" is a name given and an aside; the bare "call", as
#: often a noun, reads fourteen: "phone call fees The ... "...""")
_CALLED_QUOTED = re.compile(
    rf"(?:{_CALLED_QUOTED_WORD},?\s+){{0,14}}?(?:{_CALLED_QUOTED_WORD}\s+){{0,6}}?"
    + _CALLED_QUOTE_MARK
)
_CALLED_QUOTED_BARE = re.compile(rf"(?:{_CALLED_QUOTED_WORD},?\s+){{0,14}}?" + _CALLED_QUOTE_MARK)
#: round ninety-six: a name's possessive as the object ("called Lee's plan a disaster", "calls
#: the Harbour Board's fee unfair"), and an appositive set off by commas after the object
#: ("called Reed, a former pilot, an able leader")
_NAMED_OBJECT = r"[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,3}[’'](?:s\b)?"
_OBJECT_APPOSITIVE = r"(?:,\s+(?:an?|the|who|whose)\s+[^,;:“”\"()]{1,100}?,)?"
#: a word of the object, not a preposition that would end it ("called the police on his
#: phone", "called the office from her car": a call made, no name given)
_OBJECT_WORD = (
    r"(?!(?:on|at|from|in|into|to|for|with|by|about|after|before|during|over|and|or)\b)"
    r"[\w\-’']+"
)
#: round ten: "called the plan a disaster", "calls Lund an outsider", "called his vote an
#: error": a noun-phrase object and a predicate noun with "a" / "an" (not a time or an
#: amount, "called the office a day later", "called the crew a dozen times")
_NAME_CALLING_NP = re.compile(
    rf"(?:(?:the|his|her|their|its|our|this|that|these|those)(?:\s+{_OBJECT_WORD}){{1,3}}"
    rf"|{_NAMED_OBJECT}(?:\s+{_OBJECT_WORD}){{0,2}}"
    r"|[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,4})"
    rf"{_OBJECT_APPOSITIVE}\s+(?:nothing\s+(?:short\s+of|less\s+than)\s+)?"
    r"(?:an?|his|her|their|its|our|my|your)\s+"
    r"(?!(?:day|week|month|year|time|few|couple|dozen|number|lot|second|minute|hour|"
    r"while|bit|cab|taxi|meeting|halt|vote|press|news)\b)[a-z][\w\-]+"
)
#: round twenty-one: "called the new tolls unlawful", "calls Lund unfit", "called his
#: rival's plan dangerous and ...": a noun-phrase object and a predicate adjective (by its
#: ending, then the clause's end or a joining word: "called the police yesterday" is none)
_NAME_CALLING_ADJ = re.compile(
    r"(?:(?:the|his|her|their|its|our|this|that|these|those|both)(?:\s+[\w\-’']+){1,4}?"
    rf"|{_NAMED_OBJECT}(?:\s+[\w\-’']+){{0,8}}?"
    r"|[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,4})"
    rf"{_OBJECT_APPOSITIVE}\s+[“\"‘]?"
    r"(?:un[a-z]{3,}|[a-z]{2,}(?:ful|ous|ive|able|ible|al|ic|less|ent|ant|ish|ary|ory|ist))"
    r"[”\"’]?(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|or|in|on|at|for|because|after|before|while|as|"
    r"when|since|last|this)\b)"
)
_NAME_CALLING = re.compile(
    r"(?:him|her|them|it|this|that|himself|herself|themselves|itself)\s+"
    # round ninety-six: the idioms of stopping ("called it quits", "call it a day", "called
    # it a career"), no name given ("called it a day of shame" is one)
    r"(?!(?:quits|a\s+day(?!\s+(?:of|for|to|when|that|which))|a\s+night(?!\s+(?:of|to))|"
    r"a\s+career)\b)(?:an?\s+|the\s+)?"
    r"(?!(?:up|off|back|out|in|on|for|to|into|over|down|away|a\s+cab|a\s+taxi)\b)"
    # (round ninety-six: nor a preposition or an adverb of time, "tried to call them with a
    # borrowed phone", "may call them early")
    r"(?!(?:with|at|from|about|after|before|during|by|and|or|early|late|later|again|now|"
    r"soon|today|tonight|yesterday|tomorrow|once|twice|first|last)\b(?![\-’']))[a-z][\w\-]+"
)
#: words right before a closing partial quotation that belong to its clause ("is a", "be")
_MIXED_LEAD = re.compile(r"(?:[A-Za-z’']|\w,)\s+$")
#: adverbials between a split quotation's attribution and its second half (no verb)
_SPLIT_QUOTE_GAP = re.compile(r"([^“”\"«.;:!?]{1,60}?),\s*([“\"«])")
#: a fronted question put to the speaker: no content of the report after it
_ASKED_LEAD = re.compile(r"(?:(?:when|after|once|if)\s+)?asked\b", re.IGNORECASE)


# _verb_attribution: its patterns, compiled once (a pattern string costs a lookup a call)
_BE_OR_GET_AUX_END = re.compile(
    r"\b(?:(?:is|was|were|are)(?:n[’']t)?|be|been|being|get|got|gets)\s+(?:not\s+)?(?:\w+ly\s+)?$"
)
#: round forty-two: the clause a verb of cognition or evidence reports (``THAT_CLAUSE_LEMMAS``):
#: "that" before a word, a subject pronoun, a question word ("understood that ...",
#: "assumed he would ...", "understand why ...")
_COGNITION_CLAUSE = re.compile(
    r",?\s+(?:that\s+(?=[\w“\"‘])|(?:he|she|they|we|i|there|why|how|what|where|whether|who|"
    r"when)\b)",
    re.IGNORECASE,
)
#: a bare infinitive's "to" right before a cue
_TO_BEFORE = re.compile(r"(?:^|\W)to\s+$", re.IGNORECASE)
#: a sentence's opening (and one adverb) right before a cue
_OPENING_BEFORE = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n\s*)(?:[A-Za-z]+ly\s+)?$")
_PARTICIPLE_AFTER_COMMA = re.compile(
    r",[”\"’]?\s*(?:(?:further|also|then|later|adding|and|[a-z]{3,}ly)\s+)*$"
)  # (the comma may sit inside a closing quotation mark: 'a tribute to "the crew," saying')
_FRONTED_PREP_GERUND = re.compile(
    r"\s*[“\"‘']?(?:After|Before|While|Since|Upon|By|Without|In"
    # round eighty-seven: after a conjunction or a linking adverb that opens the sentence
    # ("But in describing the plan as X, the critics ...", "And after talking about Y, Lund
    # said ...", "Now, after arguing that ..., his team is suggesting ...")
    r"|(?:And|But|Yet|So|Still|Now|Then)\s*,?\s+(?:after|before|while|since|upon|by|without|in))"
    r"\s+(?:\w+ly\s+)?"
)
# (round eleven: a manner adverb may come between, "after briefly saying", "and pointedly
# saying", "- only saying")
_PARTICIPLE_AFTER_PREP = re.compile(
    # (round twelve: "while also saying", "after then suggesting")
    r"\b(?:upon|after|before|while|when|by|in|without)\s+(?:(?:[a-z]{3,}ly|also|then|still)\s+)?$"
)
_PARTICIPLE_AFTER_DASH_OR_AND = re.compile(
    r"(?:\s[—–]|\w\s+and)\s+(?:(?:[a-z]{3,}ly|only|also|then|later)\s+)?$"
)
#: a gerund phrase between a speaker and its cue ("Richard Ferrand in relaying the news said")
_PREP_GERUND_BEFORE_CUE = re.compile(
    r"(?<=[A-Za-z])\s+(?P<prep>in|while|when|upon|after|before|on)\s+[a-z]+ing\b"
    r"[^,;:“”\"]{0,80}$"
)
_COMMA_OR_QUOTE_END = re.compile(r"[,”\"]\s*$|,“\s*$")  # (round eleven: ',“' closes too)
#: a quotation closed right before an inverted cue ('"...," said the minister')
_ASKING = frozenset({"ask", "wonder"})
#: a quoted question right before the cue ('"Why?" asked Lund')
_ASKED_QUOTE_END = re.compile(r"\?[”\"]\s*$")
_CLOSED_QUOTE_END = re.compile(r"[\w,!?.\]][”\"]\s*$|[”\"],\s*$|,“\s*$")
_RELATIVE_PRONOUN = re.compile(r"\b(?:which|who|that)\b")
_CAPITALISED_WORD_END = re.compile(r"[A-Z][\w’'\-]*\s+$")
#: a cue coordinated with an earlier one ("He claimed X and said Y", "..., but later said")
#: a clause whose subject is a gerund phrase: "Watching the storm made him ..."
_GERUND_SUBJECT_CLAUSE = re.compile(
    r"[A-Z][a-z]+ing\b[^,;:]{0,80}?\s(?:led|made|gave|was|is|has|had|helped|taught|kept|left|"
    r"became|meant|means|remains|remained|felt)\b[^,;:]*,$"
)
_OBJECT_REPORTED_R10 = frozenset({"tweet", "repeat"})
#: round nineteen: what a party lists ("listed the reasons the quay must close", "lists the
#: port's tonnage as 9,000") or opines on is said (a determiner or "on", "about",
#: "against" after the verb); "listed" alone or before a preposition ("listed in") is none
_LISTED_OR_OPINED_ON = re.compile(
    r"(?:the|a|an|his|her|their|its|our|my|some|several|all|each)\s"
    r"|(?<=opine[sd]\s)(?:on|about|against)\s|(?<=opine\s)(?:on|about|against)\s"
)
_WRITTEN_TEXT = re.compile(
    # (round eleven: up to three modifiers, "a blistering Harbour Gazette op-ed", and more
    # texts written for readers; "wrote to X", "wrote of X")
    r"(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\w\-]+\s+){0,3}?(?:letter|op-ed|"
    r"column|memo|email|e-mail|note|post|dissent|editorial|essay|blog|message|article|"
    r"commentary|opinion\s+piece|piece|assessment|book|review|analysis|rebuttal|tweet)s?\b"
    r"|(?:to|of)\s+(?:[A-Z]|him\b|her\b|them\b|me\b|us\b)"
)
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we"})
#: round eleven: a memory as the object of "recalled" (not "1,000 trucks", "its envoy")
_RECALLED_MEMORY = re.compile(
    r"(?:how|when|what|why|where|being|having|[a-z]{3,}ing)\b|(?:his|her|their|my|our)\s"
    r"|(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*[’']s\s"
    r"|(?:the|an?)\s+(?:[a-z]+\s+)?(?:day|days|time|times|moment|night|morning|evening|figure|"
    r"scene|story|stories|words?|conversations?|meeting|visit|incident|exchange|encounter|"
    r"episode|years?|era)\b"
)
#: round eleven: what is declared as an act of office or of accounts, not a statement (a
#: performative: "declared independence", "declared war")
_DECLARED_ACT = re.compile(
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:state\s+of\s+(?:emergency|"
    r"disaster|war|siege)|emergenc(?:y|ies)|disaster|bankruptcy|insolvency|martial\s+law|curfew|"
    r"holiday|day\s+of\s+mourning|dividends?|income|assets|earnings|profits?|losses|taxes|"
    r"goods|no[\s\-]fly\s+zone|quarantine|lockdown|pandemic|epidemic|outbreak|"
    r"independence|sovereignty|war|ceasefire|cease-fire|truce|neutrality)\b"
)
#: round eleven: a note taken, not a remark made: a bare date or time ("noted the date",
#: "noted the exact time"), a note written down ("noted down the figures")
_NOTED_NONE = re.compile(
    r"(?:(?:the|its|a|an)\s+)?(?:exact\s+|precise\s+)?(?:date|time|hour|dates|times)\b"
    r"(?!\s+(?:had|has|is|was|would|will)\b)"
    r"|down\b"
)
#: round ten: an infinitive with its verb ("to sue", "to walk out"), not "to the port"
_TO_BARE_VERB = re.compile(r"to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b")
_A_NEW = re.compile(r"an?\s+(?:new|previously\s+unknown)\b")
#: round fifty-seven: "offer" in its sense of giving, no statement: a view or an occasion
#: afforded ("the visit offered a glimpse of", "the port offered a unique opportunity", "offered
#: a striking contrast with") or a sum ("offering $30 million over ten years", "offered
#: billions of dollars"); "offered a defence of", "offered her condolences" stay rows
_OFFERED_THING = re.compile(
    r"(?:(?:a|an|the|another|one|some|no|rare|unique|first|new|fresh|clear|striking|stark|"
    r"brief|telling|revealing|welcome|useful|sharp|vivid|different)\s+){0,3}"
    r"(?:opportunit(?:y|ies)|chances?|windows?|glimpses?|contrasts?|snapshots?)\b"
    r"|(?:(?:some|about|nearly|almost|up\s+to|more\s+than)\s+)?(?:\$|US\$|£|€)\s?\d"
    r"|(?:billions|millions|thousands|hundreds)\s+of\s+(?:dollars|pounds|euros)\b"
)
_AND_BUT_END = re.compile(
    r"(?:,\s*)?\b(?:and|but)\s+(?:(?:also|then|later|further|has|have|had|would|will|"
    # round sixty-one: "but did note", "and does say" (an emphatic auxiliary)
    r"did|does|"
    # round eleven: "but now said", "and since argued", "then says"
    r"now|since|instead|still|just|only|finally|eventually|quickly|again|"
    # round seventeen: any manner adverb ("and specifically mentioned", "and officially endorsed")
    r"(?!(?:reply|apply|supply|rally|ally|family|fly|imply|comply)\s)[a-z]{3,}ly)\s+){0,2}"
    # round twelve: "but on Monday wrote", "and on Friday added"
    r"(?:(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?$"
    r"|,\s*then\s+(?:[a-z]{3,}ly\s+)?$"
)
#: a subordinator of time or reason right before a report's subject ("when he", ", after the
#: doctor")
#: round seventeen: a comma and a conjunction, or a semicolon, opening a clause of its own
#: round thirty-two: a fronted clause of time or concession opening the sentence (after at
#: most a short time phrase: "On Monday, after the pilots had left, "), up to its first comma;
#: not "if" ("If the tide turns, the crew may stop and report ...": a report not made)
_FRONTED_SUBORDINATE = re.compile(
    r"\s*[“\"]?(?:(?:[A-Z][a-z]+|[A-Z][a-z]+\s+[a-z]+|[A-Z][a-z]+\s+[A-Z][a-z]+),\s+)?"
    r"(?:[Ww]hen|[Aa]s|[Aa]fter|[Ww]hile|[Bb]efore|[Ss]ince|[Aa]lthough|[Tt]hough|[Aa]sked)\b"
    r"[^,;:()“”\"]{3,120},\s+"
)
#: a possessor standing as a noun cue's speaker ("his", "Lund's")
_POSSESSOR = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|.*[’']s?)")
_CLAUSE_BOUNDARY = re.compile(r"(?:,\s+(?:but|and|yet|while|whereas)|;)\s+")
#: round twenty-seven: a relative clause opened by a preposition and "which", or by "where"
_PREP_WHICH = re.compile(
    r"\b(?:in|at|on|during|under|through|by|with|from|after)\s+which\s+|\bwhere\s+"
)
_SUBORDINATE_BEFORE_SPEAKER = re.compile(
    r"(?:,\s*)?\b(?:when|after|while|before|even\s+as|even\s+though|although)\s+$"
)
#: the words every match of :data:`_SUBORDINATE_BEFORE_SPEAKER` ends with, before its spaces
_SUBORDINATE_LAST_WORDS = ("when", "after", "while", "before", "as", "though")
#: a colon closing the cue's paragraph, the statement in the next one
_COLON_PARAGRAPH = re.compile(r"[ \t]*:[ \t]*\n\s*(?=\S)")
_SHORT_OF_COORD = re.compile(
    r"(?:,\s*)?\b(?:and|but)\s+(?:(?:has|have|had|also|still)\s+)?(?:stop|stops|stopped|stopping)"
    r"\s+short\s+of\s+(?:[a-z]{3,}ly\s+)?$"
)
_SUBJECT_WITH_RELATIVE = re.compile(
    r"\s*[“\"‘']?(?:(?:But|And|Yet|So|Still|Now|Though|Although)\s+)?"
    r"(?P<np>(?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+)\s+(?P<pron>who|whose|that)\s+"
    r"(?P<rel>[^,;:“”\"()\n]{3,140}?)\s*"
)
#: a determined noun phrase headed by a statement ("X released a statement saying": X speaks)
#: round forty-four: a fronted clause or phrase of time, place or concession before a subject
#: with its relative clause ("Although the board denies it, a clerk who spoke on the
#: quay said", "On Tuesday, pilots who ... said")
_FRONTED_BEFORE_SUBJECT = re.compile(
    r"\s*[“\"]?(?:(?:[Ww]hen|[Aa]s|[Aa]fter|[Ww]hile|[Bb]efore|[Ss]ince|[Aa]lthough|[Tt]hough|"
    r"[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his)\b[^,;:()“”\"]{2,120}"
    r"|[A-Z][a-z]+(?:day)?),\s+"
)


#: round fifty-one: a preposition right before a name inside a relative clause
_PREP_BEFORE_NAME = re.compile(r"\b(?:with|to|for|at|from|by|of)\s+$")


def _relative_subject_match(before_text: str) -> re.Match[str] | None:
    """:data:`_SUBJECT_WITH_RELATIVE` over the words before the cue, or (round forty-four)
    over those after a fronted clause or phrase and its comma (its offsets are
    ``before_text``'s either way)."""
    m = _SUBJECT_WITH_RELATIVE.fullmatch(before_text)
    if m is None and (fronted := _FRONTED_BEFORE_SUBJECT.match(before_text)) is not None:
        m = _SUBJECT_WITH_RELATIVE.fullmatch(before_text, fronted.end())
    return m


_STATEMENT_NOUN_PHRASE = re.compile(
    r"(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|message|letter|tweet|post|"
    r"release|report|filing|e-?mail|memo|notice)",
    re.IGNORECASE,
)
_AS_END = re.compile(r"\s+as\s+$")
_WITH_WORDS_END = re.compile(r"\bwith\s+((?:[\w’'\-]+\s+){1,5})$")
_QUOTED_AS_END = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?quoted"
    r"(?:\s+(?:in|by|on)\s+[^,;“”\"]{1,60}?)?\s+as\s+$"
)
_DOC_NOUN_END = re.compile(r"\b(?:statement|message|letter|tweet|post|release|report)\s+$")
_LETTER = re.compile(r"[^\W\d_]")
_COMMA_PARENTHETICAL = re.compile(r",[^,;“”\"]{1,60},")
_ONE_TO_FOUR_WORDS = re.compile(r"(?:\s*[\w’']+){1,4}\s*")
_THAT_OR_COLON = re.compile(r"\bthat\b|:")
_REPORT_VERB_END = re.compile(r"\b(?:said|says|told|reported|stated|added)\W*$")
_ONE_WORD_COMMA = re.compile(r"\s*\w+\s*,")
#: a relative clause right after the cue's comma (", who spoke at the quay")
_COMMA_RELATIVE_LEAD = re.compile(r"\s*,\s*(?:who|whom|whose|which)\b")
#: a participle right after the cue's comma (", adding that ..."), or after an adjunct that
#: took the comma ("said on Tuesday, adding that ...": group 1 is then empty)
_PARTICIPLE_LEAD = re.compile(r"\s*(,)?\s*(?:[a-z]+ly\s+)?([a-z]+ing)\b")
_QUOTE_OPENS = re.compile(r"\s*,?\s*([“\"«])")
#: a word right before a quotation, no comma or colon between: the quotation is a name
_NAMED_BEFORE_QUOTE = re.compile(r"\b[a-z][\w’'\-]*\s+$")
_LEADING_NUMBER = re.compile(r"\s*\d[\d.,]*\b")
_QUOTE_WITHIN_WORDS = re.compile(r"(?:[^\s“\"]+\s+){0,5}[“\"]\w")
_CLAIMS_THAT = re.compile(
    r"(?:(?:the|all|any|these|those|such)\s+)?(?:claims?|reports?|allegations?|"
    r"accusations?|suggestions?|"
    r"rumou?rs?|charges?)\s+that\s+"
)
_CONJUNCTION_LEAD = re.compile(r"(?:and|or|but|nor|so|because)\b")
_SPACED_AS = re.compile(r"\s+as\s+")
#: "to be" and its complement, up to a preposition, a relative, a verb or a clause mark
_TO_BE_COMPLEMENT = re.compile(
    r"to be\s+\S+(?:\s+\S+){0,6}?(?=\s+(?:in|with|from|on|at|by|for|"
    r"and|but|which|who|that|represents?|is|was|has|have)\b|[,;.]|$)"
)
_COMMA_WHICH_END = re.compile(r",\s*which\s+$")
#: round thirty: where an intention's whole "to be" ends (", and will ...", " because ...")
_TO_BE_WHOLE_END = re.compile(r",\s*(?:and|but|which|who)\b|\s(?:because|although|though|while)\b")
#: round thirty: "to be" and a participle ("to be named", "to be seen", "to be dragged")
_TO_BE_PASSIVE = re.compile(
    r"to\s+be\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|[a-z]+en|seen|told|paid|held|kept|made|left|led|put|set|sold|known|shown|done|run|won|met|brought|caught|taught|thought|bought|found|heard|hurt|cut|hit|shot)\b"
)
#: a death toll ("the virus claimed 7,000 lives"), not a claim
_LIVES_TOLL = re.compile(r"(?:the\s+)?(?:[\w,.\-]+\s+){0,3}?lives\b")
_WHAT_WHICH_END = re.compile(r"\b(?:what|which)\s+$")
#: round forty-three: an object relative with "that", "who" or "whom" before the speaker ("a
#: bill that critics called unfair", "Okafor, who Lund called "a menace""): the name given to
#: the antecedent, when what follows the verb is a name and no object ("a country that Lund
#: called "our top rival""; not the complementizer of "reported that the minister called a
#: meeting", "said that Lund called up the mayor", "that the firm called Acme")
_NAME_QUOTE_CLOSE = re.compile(r"[”\"]")
_NAME_QUOTE_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)")
_THAT_WHO_END = re.compile(r"\b(?:that|who|whom)\s+$")
_RELATIVE_NAME_START = re.compile(
    r"[“\"‘]|an?\s+(?!(?:day|week|month|year|time|few|couple|dozen|number|lot|second|minute|"
    r"hour|while|bit|cab|taxi|meeting|halt|vote|press|news)\b)[a-z“\"‘]"
    r"|(?:anti-[a-z]+|un[a-z]{3,}|[a-z]{2,}(?:ful|ous|ive|able|ible|al|ic|less|ent|ant|ish|ary|"
    r"ory|ist))(?=[\s,.;:!?”\"’]|$)"
)
#: (a comma inside a closing quotation keeps the quotation: "what he called "a farce," the ...")
_REL_NAME_END = re.compile(r"\s*[,;](?P<q>[”\"’']*)|$")
#: a preposition before the relative ("in which he called X a liar": the relative's own
#: clause, whose object is named, not the thing the relative stands for)
_PREP_BEFORE_END = re.compile(r"\b(?:in|of|at|for|by|with|on|from|to|during|after)\s+$")
_WORDS_THEN_TO_VERB = re.compile(r"(?:\S+\s+){1,8}?to\s+[a-z]")
_WHICH_THAT_END = re.compile(r"\b(which|that)\s+$")


# the word sets of the function below, built once (a set union per call costs microseconds)
_AUDIENCE_OR_CALL_LEMMAS = AUDIENCE_LEMMAS | NAMING_LEMMAS
#: round ninety-two: the verbs of naming besides "call", and what marks their past form as a
#: reduced passive (a name given right after the verb or after "the", an agent after "by"; a
#: comma before it is no sign: "Lee, the party's leader, branded the plan a disaster")
_OTHER_NAMING_LEMMAS = NAMING_LEMMAS - {"call"}
_ANY_OPEN_QUOTE = frozenset("\"“‘'«")
_THE_QUOTED_NAME = re.compile(r"\s+the\s+[\"“‘'«]")
_AGENT_BY = re.compile(
    r"(?:^|[\s,])by\s+(?:the\s+|a\s+|an\s+|one\s+|his\s+|her\s+|their\s+|its\s+)?[\w’']"
)
#: round eighty-nine b: the classes whose report is set after its content ("..., she and
#: another pilot said."); an intention's words after it are its object ("support Lund.")
_POSTPOSED_CLASSES = frozenset({"speech", "belief", "question"})
#: round eighty-nine b: audience verbs read inverted after a closed quotation ('"...," warned
#: Lund'); not "told" or "informed", whose inverted use is rare and whose object follows
_INVERTING_AUDIENCE_LEMMAS = frozenset({"warn", "caution", "urge", "remind", "assure"})


#: the search of a pattern anchored at the end of the text before a cue (see
#: :func:`_verb_attribution`)
_BeforeEnd = Callable[[re.Pattern[str]], re.Match[str] | None]

#: How far a cue reads its sentence each way (characters); see :func:`_verb_attribution`.
FAR_FROM_CUE = 1500


def _aspect_verb_at(aspect: re.Match[str] | None, s0: int) -> int | None:
    """Where a verb of beginning or going on before a gerund starts in the text (its match
    is read from the sentence's start ``s0``), or None."""
    return None if aspect is None else s0 + aspect.start()


def _verb_attribution(
    doc: _Doc,
    c0: int,
    c1: int,
    s0: int,
    s1: int,
    form: str,
    lemma: str,
    previous: list[_Finding],
) -> _Finding | None:
    text = doc.text
    # a cue reads at most FAR_FROM_CUE characters of its sentence each way: a run-on "sentence"
    # (a scraped table, a page without stops) of a thousand reports is then read in time
    # linear in its length, not quadratic; no sentence of news comes near the bound
    s0, s1 = max(s0, c0 - FAR_FROM_CUE), min(s1, c1 + FAR_FROM_CUE)
    before_text = text[s0:c0]

    def before_end(pattern: re.Pattern[str]) -> re.Match[str] | None:
        # a pattern anchored at the end of before_text, read from its last break (round
        # twenty-five: a run-on of reports no longer reads its start again at every cue)
        return _TAIL_BY_ID[id(pattern)].search(doc, s0, c0, before_text)

    if len(before_text) <= _TAIL_WHOLE:  # a short text is searched whole (no window)

        def before_end(pattern: re.Pattern[str]) -> re.Match[str] | None:
            return _search_short(pattern, before_text)

    speaker: tuple[int, int] | None = None
    hedged = False
    pending_cut: tuple[_Finding, int] | None = None
    if _not_a_report(text, c1, form, lemma, before_end):
        return None
    participle = form.split()[0].endswith("ing") and (
        before_end(_PARTICIPLE_AFTER_COMMA)
        or before_end(_PARTICIPLE_AFTER_PREP)
        # "... at the scene – saying she had", "calling rivals timid and hinting that"
        or before_end(_PARTICIPLE_AFTER_DASH_OR_AND)
    )  # "..., adding that", "was cheered upon announcing that", "won by saying that"
    short_of = form.split()[0].endswith("ing") and before_end(_SHORT_OF_END) is not None
    aspect_subject: tuple[int, int] | None = None
    if (
        form.split()[0].endswith("ing")
        and not participle
        and not short_of
        and lemma not in _ASPECT_ACT_LEMMAS
        and cue_class(lemma) in SPEECH_OR_QUESTION
        and (
            (aspect_at := _aspect_verb_at(before_end(_ASPECT_VERB_END), s0)) is not None
            # round eighty-seven: "Lund spent much of the week attacking ...", "the skippers
            # took turns denouncing ..." (:mod:`spent_time`)
            or (aspect_at := spent_time_verb(text, s0, c0)) is not None
        )
    ):
        # round twenty-six: "The union began calling for ...", "Chan kept asking her why
        # ...", "More skippers have begun urging ...": a verb of beginning or going on
        # before the gerund; the report is that verb's subject's
        aspect_subject, _ = _np_before(doc, aspect_at, s0)
    if short_of:
        # round fifteen: "Lund praised the plan but stopped short of calling for ...": the
        # clause's subject, who would not go as far as that (stance hedge)
        participle, hedged = True, True
        coord = before_end(_SHORT_OF_COORD)
        if coord is not None:
            # "praised the plan but stopped short of ...": the first report ends before "but"
            cut = s0 + coord.start()
            for f in reversed(previous):
                if f.cue[0] < s0:
                    break  # (outside the stretch this cue reads: linear time on run-ons)
                if (
                    f.speaker
                    and f.cue[1] <= cut
                    and doc.sentence_index(f.cue[0]) == doc.sentence_index(c0)
                    and any(a_ < cut < b_ for a_, b_ in f.content)
                    and not doc.quote_at(cut)
                ):
                    pending_cut = (f, cut)
                    break
    if form.endswith("ing") and form[:1].isupper() and not before_text.strip(" “\"‘'"):
        return _fronted_participle(doc, c0, c1, s1, lemma)
    if (
        form in _SAID_OPENING_FORMS
        and not before_text.strip(" “\"‘'")
        and text[c1 : c1 + 1].isspace()
        and doc.quote_at(c0) is None
    ):
        return _opening_inverted(doc, c0, c1, s1, lemma)
    if form.endswith("ing") and _FRONTED_PREP_GERUND.fullmatch(before_text):
        # "After saying the pier was safe, the engineer left": the main clause's subject
        return _fronted_participle(doc, c0, c1, s1, lemma)
    if (
        form.endswith("ing")
        and (lead := _IN_A_MESSAGE_LEAD.fullmatch(before_text)) is not None
        and lead.group(1).lower() in _MESSAGE_NOUNS_AND_ONE
    ):
        # round twenty-six: "In a statement defending the mayor, the union said ...", "In
        # a letter urging a vote, Lund wrote ...": the message is the main clause's
        # subject's, who says what its participle says
        return _fronted_participle(doc, c0, c1, s1, lemma)
    appos = before_end(_APPOSITIVE_BEFORE_CUE)
    if aspect_subject is not None:
        speaker = aspect_subject
    elif not participle:
        speaker, hedged = _np_before(doc, c0, s0)
        if (
            speaker is not None
            and lemma in _AS_REPORT_LEMMAS
            and (as_f := _as_report(doc, s0, s1, c0, c1, speaker, lemma)) is not None
        ):
            return as_f  # round eleven: "A, as Lund noted in the Gazette."
        if speaker is not None and appos:
            # "The site, run by X, an expert, said": the sentence's subject heads the chain
            # of appositives, not the last name in it
            first = _subject_before_appositives(doc, s0, s0 + appos.start(1))
            if first is not None and first[0] < speaker[0] and first[1] >= speaker[1]:
                speaker = first
    if not participle and (speaker is None or not text[speaker[0] : speaker[0] + 1].isupper()):
        adj = before_end(_PREP_GERUND_BEFORE_CUE)
        if adj and (speaker is None or speaker[0] > s0 + adj.start()):
            head, hedged = _np_before(doc, s0 + adj.start("prep") - 1, s0)
            if head is not None and text[head[0] : head[0] + 1].isupper():
                speaker = head  # "Richard Ferrand in relaying the news to parliament said"
    if speaker is None and not participle and appos:
        # "Jason Lee, a delegate who is part of the drive, said": a long appositive; "the
        # two leaders, A and B, have questioned": auxiliaries may come between
        speaker = _subject_before_appositives(doc, s0, s0 + appos.start(1))
    inverted = False
    listed = None
    if speaker is None and not participle:
        # round thirty-eight: "Lund called the plan reckless, denounced X and said Y"
        listed = _listed_speaker(doc, c0, c1, s0, s1, form, previous)
        if listed is not None and listed[0] is not None:
            speaker = listed[0]
            if listed[1] is not None:
                pending_cut = (listed[1], listed[2])
    if speaker is None and not participle and listed is None:
        # inverted: '"...," said the minister.' or '..., said Smith.'
        speaker = _inverted_speaker(doc, c1, s1, lemma, before_end)
        inverted = speaker is not None
    # participle: "..., adding that", "..., saying"
    rel_comma = False
    rel_pron: tuple[int, int] | None = None
    rel_negated = False
    if speaker is None:
        found = _relative_speaker(doc, s0, c0, c1, s1, lemma, form, before_end)
        if found is None:
            return None  # a negated report in the relative clause
        speaker, rel_pron, rel_comma, rel_negated = found
    hanging = False  # a participle, an infinitive or a coordinated verb (round fifty-two)
    # round fifty-four: a phrase cue's first word ("calling on", "talking about") is its
    # participle, as a one-word cue's is ("she issued a statement calling on ...")
    gerund = form.split()[0].endswith("ing")
    if (
        speaker is None
        and not participle
        and (
            coord_rel := coordinated_relative(
                text, s0, c0, lemma, [f.cue for f in previous if f.cue[0] >= s0]
            )
        )
        is not None
    ):
        # round eighty-eight: "The mayor, who met the board and said ..., left": a report
        # coordinated inside a relative clause set off by commas or dashes; the pronoun is
        # its subject, and the clause closes at its comma (:mod:`coordinated_relatives`)
        # (the antecedent before the comma, for resolution; the pronoun is the span written)
        speaker, _ = _np_before(doc, coord_rel[0], s0)
        rel_pron = coord_rel[1]
        speaker = speaker or rel_pron
        rel_comma = True
    if speaker is None and not participle:
        speaker, cut = _coordinated_speaker(doc, s0, c0, lemma, previous, before_end)
        hanging = speaker is not None
        if cut is not None:
            pending_cut = cut
        if speaker is not None and relative_after_comma(text, speaker):
            # round eighty-eight: "Lund, who has endorsed X and criticized Y, spoke": the
            # coordinated report is the relative clause's too, and closes at its comma
            rel_comma = True
            rel_pron = rel_pron or speaker
    if (
        speaker is not None
        and gerund
        and _STATEMENT_NOUN_PHRASE.fullmatch(text[speaker[0] : speaker[1]])
    ):
        speaker, participle = None, True  # "X released a statement saying": X speaks
    if (
        speaker is not None
        and gerund
        and speaker[1] <= c0
        and (words := _LOWER_WORD.findall(text, speaker[0], speaker[1])[1:])
        and any(w in _PAST or (w.endswith("ed") and len(w) > 4) for w in words)
        # round fifty-four: "those" and a participle is a phrase with no verb ("because
        # those involved are speaking out for")
        and not _THOSE_WITH_PARTICIPLE.fullmatch(text, speaker[0], speaker[1])
        # round fifty-four: nor a verb of seeing, showing or causing, whose object does the
        # act ("she saw the mayor talking about", "the vote got people talking about")
        and not _SEE_OR_CAUSE_VERBS.intersection(words)
        and (sub := _clause_subject(doc, s0, c0)) is not None
        and sub[1] <= speaker[1]
    ):
        # round eleven: "Crews waved banners saying ...", "The club phoned members
        # saying ...": the phrase before the participle holds a verb, so its subject speaks
        speaker = sub
    if (
        speaker is not None
        and gerund
        and speaker[1] <= c0
        and (
            (sub := place_subject(doc, s0, c0, speaker)) is not None
            or (sub := time_verb_subject(doc, s0, c0)) is not None
        )
    ):
        # round fifty-six: "Dale was on the radio talking about ...", "spent much of the
        # spring railing against ...": the phrase before the participle is a place, a time
        # or an occasion, and the participle is the clause's subject's
        speaker = sub
    if (
        speaker is not None
        and gerund
        and (last := _LAST_WORD.search(text, speaker[0], speaker[1])) is not None
        and last.group().lower() in _MESSAGE_NOUNS
        and (verb := _maker_verb(text, max(s0, speaker[0] - 30), last.start())) is not None
        # round twenty-two: the text is the verb's object ("issued a report saying"), not in
        # a phrase after it ("slammed Lund for a story alleging", "quit because of the
        # reports claiming": the text's own maker is not the clause's subject)
        and _PREP_BEFORE_TEXT.search(text, verb, last.start()) is None
        and (sub := _clause_subject(doc, s0, c0)) is not None
        and sub[1] <= verb
    ):
        # round thirteen: "Chan gave a speech denouncing ...", "the PAC ran ads attacking
        # ...": the text's maker speaks (round eleven's "waved banners saying", when the
        # phrase scan stopped at the verb); read as a participle of that clause, as after
        # "released a statement"
        speaker, participle = None, True
    if (
        speaker is not None
        and gerund
        and speaker[1] <= c0
        and (placed := _TEXT_THEN_PREP_END.search(text, max(s0, speaker[0] - 40), speaker[0]))
        is not None
        and placed.group(1).lower() in _MESSAGE_NOUNS
        and (verb := _maker_verb(text, max(s0, placed.start() - 30), placed.start(1))) is not None
        and _PREP_BEFORE_TEXT.search(text, verb, placed.start(1)) is None
        and (sub := _nearest_clause_subject(doc, s0, c0) or _clause_subject(doc, s0, c0))
        is not None
        and sub[1] <= verb
        and SUBORDINATE_OPENING.search(text, sub[1], verb) is None
    ):
        # round fifty-six: "the PAC ran ads on two channels reminding ...", "placed ads with
        # three weeklies calling on ...": round thirteen's text and its maker, with a phrase of
        # place between the text and its participle (the clause's subject itself: "with"
        # would read the phrase as "with four in 10 saying")
        speaker = sub
    if (
        speaker is not None
        and form.endswith("ing")
        and not _LETTER.search(text[speaker[0] : speaker[1]])
        and (m_figure := before_end(_WITH_WORDS_END)) is not None
    ):
        # "with four in 10 saying ...": the figure after "with" is the speaker, not its number
        speaker = _strip_span(text, s0 + m_figure.start(1), c0)
    if speaker is None and form.endswith("ing"):
        m_as = before_end(_AS_END)
        m_with = before_end(_WITH_WORDS_END)
        quoted = before_end(_QUOTED_AS_END)
        if quoted:
            # "X was quoted in the Gazette as saying": X speaks, the paper relays
            speaker, _ = _np_before(doc, s0 + quoted.start(), s0)
        elif m_as:
            speaker, _ = _np_before(doc, s0 + m_as.start(), s0)
        elif m_with:
            speaker, _ = _np_before(doc, c0, s0)
        elif before_end(_DOC_NOUN_END):
            participle = True
    if speaker is None and participle:
        speaker, s1 = _participle_speaker(doc, s0, s1, c0, c1, lemma, previous)
        hanging = True
    if (
        participle
        and pending_cut is None
        and (
            parallel := parallel_gerund_cut(
                text, s0, c0, form, previous, doc.quote_at(c0) is not None
            )
        )
        is not None
    ):
        # round eighty-eight: "pointing to her record and saying ...": the earlier gerund's
        # content ends before "and" (:mod:`parallel_gerunds`)
        pending_cut = parallel
    if speaker is None and (inf := before_end(_TO_END)) is not None:
        # "X took to the radio to say ...", "used his time to criticize ...": an infinitive
        # of purpose reports for the clause's subject; "led Priebus to declare", "urged them
        # to say": after a verb and its object, the object speaks
        obj = _OBJECT_BEFORE_TO.search(before_text, 0, inf.start())
        if obj is not None and obj.group(1) == "of":
            # round fifty-six: "of" inside a name ("the House of Delegates", "the
            # University of Lenz") is part of the object; after a common noun it ends a
            # phrase ("the gates of Harbour House"), below
            obj = _NAME_OF_NAME_BEFORE_TO.search(before_text, 0, inf.start()) or obj
        if (
            obj is not None
            and obj.group(1).lower() not in _LEAD_PREPS_AND_TO
            # round fifty-six: a name after "of" ends a phrase ("walked to the gates of
            # Harbour House to denounce"), no verb's object
            and obj.group(1).lower() not in _NO_VERB_BEFORE_OBJECT
        ):
            speaker = _strip_span(text, s0 + obj.start(2), s0 + obj.end(2))
        elif (controlled := object_subject(doc, s0, s0 + inf.start(), lemma)) is not None:
            # round fifty-two: "led harbour master Ole Lund to declare", "led some to
            # speculate": the object of a verb of control, whatever its length or case
            speaker = controlled
        elif (with_for := for_subject(doc, s0, s0 + inf.start(), lemma)) is not None:
            # round fifty-two: "rare for a mayor to campaign for": the infinitive's own subject
            speaker = with_for
        elif (headline := headline_subject(doc, s0, c0)) is not None:
            # round eighty-seven: a headline's "Mayor Lund to back the levy": its subject
            # (:mod:`headline_infinitives`)
            speaker = headline
        else:
            # (round eighty-seven: not past an adverb of frequency, "It also requires firms
            # to disclose", "also gives him authority to decide": an infinitive after such a
            # verb's object is the object's act, the subject reports nothing)
            speaker = _clause_subject(doc, s0, s0 + inf.start(), frequency=False)
            hanging = True
        if (
            not hanging
            and speaker is not None
            and cue_class(lemma) == "intention"
            and directed_object(text, s0, speaker[0])
        ):
            # round seventy-one: "urged anglers to vote for", "telling friends to back": what
            # the subject asks of the object is no intention of the object's
            return None
    if (
        hanging
        and speaker is not None
        and (later := subordinate_clause_speaker(doc, speaker, c0, lemma)) is not None
    ):
        # round fifty-two: "The clash came when dockers cut in, shouting ...": an event
        # does not speak, the subject of the subordinate clause nearer the cue does
        speaker = later
    if (
        not participle
        and not form.endswith("ing")
        and not inverted
        and ("who" in before_text or "that" in before_text)  # (the pattern's relative word)
        and (subj_rel := _relative_subject_match(before_text)) is not None
        # none found, or a common noun inside the relative clause ("Residents who live near
        # the pier have argued": not "the pier"; "The skipper who ... but Lund say" keeps
        # Lund)
        and (
            speaker is None
            or (
                speaker[0] > s0 + subj_rel.start("pron")
                and (
                    not text[speaker[0]].isupper()
                    # round fifty-one: a name after a preposition is the relative's object
                    # ("Officials who spoke with | The Gazette said"; a finite cue, not a
                    # participle that may hang on the name: "a clip from | Lund's talk
                    # calling for")
                    or (
                        _PREP_BEFORE_NAME.search(text, max(s0, speaker[0] - 6), speaker[0])
                        is not None
                        and not form.split()[0].endswith("ing")
                    )
                )
            )
        )
    ):
        # round fifteen: a subject with a restrictive relative clause opens the sentence and
        # the cue is its verb ("The officials whose laws were struck down say ...", "Another
        # nurse who would not give her name said ...")
        speaker = _subject_with_relative(text, s0, subj_rel) or speaker
    if speaker is None and (polled := before_end(_POLLED_END)) is not None:
        # "23 percent of the anglers polled support X": the respondents and the participle
        head, _ = _np_before(doc, s0 + polled.start(), s0)
        if head is not None:
            speaker = (head[0], s0 + polled.end(1))
    if speaker is None:
        return None
    # round seventeen: an article alone is no party ("added a call for X", "a hint of
    # doubt in her voice": the phrase scan stopped at the noun cue's own article); the row
    # stands with no speaker
    article_only = text[speaker[0] : speaker[1]].lower() in {"a", "an", "the"}
    shown: tuple[int, int] | None = None
    noun_read = False
    if not article_only:
        noun_read, shown, cut = _noun_cue_subject(doc, s0, c0, form, lemma, speaker, previous)
        if cut is not None:
            pending_cut = cut
    if lemma in _ACTS_OF_A_PARTY and _thing_as_subject(text, speaker, lemma):
        # round seventeen: "the storm highlighted the risk", "the unrest underscores the
        # cost", "a move ... highlighted": an event, a force or a state of affairs performs
        # no act of a party; "the study compared the samples": a method, no likening
        return None
    if pending_cut is None and not inverted and speaker[1] <= c0:
        pending_cut = _cut_before_time_clause(doc, s0, c0, speaker, previous)
    if lemma in _RECORD_LEMMAS and (agent := _PASSIVE_BY_END.search(text, s0, speaker[0])):
        # "Records obtained by the Herald show ...", "a poll conducted by X found ...": the
        # record speaks, the agent of its participle is part of the phrase
        head, _ = _np_before(doc, agent.start(), s0)
        if head is not None and _RECORD_HEAD.search(text, head[0], head[1]):
            speaker = (head[0], speaker[1])
    elif (
        not inverted
        and speaker[1] <= c0
        and rel_pron is None
        and (agent := _PASSIVE_BY_END.search(text, max(s0, speaker[0] - 20), speaker[0]))
        and not _BE_AUX_END.search(text, max(s0, agent.start() - 30), agent.start() + 1)
    ):
        # round seventeen: a reduced relative before the speaker's phrase ("Families of those
        # hurt by the storm urged", "Residents evacuated by police said"): the agent after
        # "by" belongs to the subject's phrase, whose head comes before the participle
        head, _ = _np_before(doc, agent.start(), s0)
        if head is not None and not _thing_as_subject(text, head, lemma):
            speaker = (head[0], speaker[1])
    sp_text = text[speaker[0] : speaker[1]]
    if (
        form.lower() in _NOUNISH_OR_NOUN_FIRST
        and _modifier_last(sp_text)
        # ("Recent polling shows": a record in -ing is the subject, no modifier)
        and not (lemma in _RECORD_LEMMAS and _evidence_subject(text, speaker))
    ):
        return None  # "the 2016 contest", "his overall support", "early voting states"
    if (owner := possessor_span(text, speaker, c0, form)) is not None:
        # round eighty-eight: "his stern | warning", "Lund's effusive | praise": the noun's
        # possessor, not its adjectives (:mod:`possessor_modifiers`)
        speaker = owner
        sp_text = text[speaker[0] : speaker[1]]
    if sp_text.lower() in {"which", "who"} and _COMMA_END.search(text[s0 : speaker[0]]):
        head, _ = _np_before(doc, text.rindex(",", s0, speaker[0]), s0)
        if head is None:
            return None
        rel_pron = rel_pron or speaker
        speaker = head  # "Toronto Police, which indicated ..."
        sp_text = text[speaker[0] : speaker[1]]
    if not _LETTER.search(sp_text):
        # a proportion: "Nearly six in 10 said", "About 3 in 10 say" (the scan stops at
        # "in" and keeps the bare number, no speaker alone)
        prop = _PROPORTION.search(text, max(s0, speaker[0] - 40), speaker[0])
        if prop is not None and prop.end() == speaker[0]:
            speaker = (prop.start(), speaker[1])
            sp_text = text[speaker[0] : speaker[1]]
    if (
        sp_text.lower() in {"which", "who", "that", "this", "there"}
        and not sp_text.isupper()
        and speaker != rel_pron
    ) or not (_LETTER.search(sp_text) or sp_text.endswith("%")):
        return None  # (a share is a speaker: "26% say")
    if sp_text == "All" and lemma == "tell" and text[c1 : c1 + 1] == ",":
        return None  # "All told, the plan costs ...": an idiom of summing up, no report
    # a bracketed adverbial does not hide the negation: "had not, as of yesterday, announced"
    # (a negation stands within a few words and asides of the verb: a speaker far back, a
    # run-on's earlier subject, is read no further than _NEGATION_REACH characters)
    mid = (
        _COMMA_PARENTHETICAL.sub(" ", text[speaker[1] : c0])
        if speaker[1] <= c0 and c0 - speaker[1] <= _NEGATION_REACH
        else ""
    )
    if not inverted and speaker[1] < c0:
        # "a poll released Friday found", "a county poll last week showed": a record's date
        # belongs to its noun phrase (PolNeAR marks it so); "Police on Tuesday said" keeps out
        tm = _RECORD_DATE_GAP.fullmatch(text, speaker[1], c0)
        last = _WORD.findall(text[speaker[0] : speaker[1]])[-1:] if tm is not None else []
        if tm is not None and last and last[0].lower() in _DATED_HEADS:
            speaker = (speaker[0], tm.end(1))
    negated = rel_negated
    if (
        not inverted
        and speaker[1] <= c0
        and _NOT_OR_NEVER.search(mid)
        and _ONE_TO_FOUR_WORDS.fullmatch(mid)
    ):
        if cue_class(lemma) not in _NEGATABLE_CLASSES:
            return None  # "did not say", "has not confirmed": a negated report (PARC: no item)
        # "does not think", "doesn't want to": a belief or an intention held against its
        # content (PolNeAR annotates it; the Wikinews guide is silent): kept, stance deny/hedge
        negated = True
    after = c1 if not inverted else speaker[1]
    if not inverted and speaker[1] <= c0:
        speaker = _role_before_name(doc, s0, speaker)
        lead = doc.words_before(speaker[0], s0, 1)
        if (
            lead
            and lead[0].group().lower() in {"if", "unless", "whether", "once"}
            # "if you want to know why", "if he thinks that": a belief or an intention
            # supposed is still held (PolNeAR annotates it); a report supposed is none
            and not (
                lead[0].group().lower() in {"if", "unless"}
                and cue_class(lemma) in _NEGATABLE_CLASSES
            )
        ):
            return None  # "If the Senate confirms me": a condition, not a report
    if not inverted and speaker[1] <= c0:
        # '"...," a skipper in the room said': the scan stopped at the preposition; the
        # subject runs from the quotation's end
        prep_lo = max(s0, speaker[0] - 60)
        pp = (
            _QUOTE_THEN_NP_PREP.search(text, prep_lo, speaker[0])
            # (round forty-one: searched only when the stretch ends as every match does)
            if text[prep_lo : speaker[0]].rstrip().endswith(_QUOTE_THEN_NP_PREP_WORDS)
            else None
        )
        if pp is not None:
            speaker = (pp.start(1), speaker[1])
        elif (
            not participle
            and rel_pron is None
            and _JOIN_BEFORE_SPEAKER.search(text, max(s0, speaker[0] - 20), speaker[0])
            and _TRAILING_REPORT_TAIL.fullmatch(text, c1, s1)
        ):
            # round twenty-six: "The pier will reopen, officials in the port said", "...,
            # a source close to the mayor said on Monday": a subject with a phrase after its
            # head follows the reported clause's comma and closes the sentence; the phrase
            # scan stopped at the preposition, and the clause before the comma is the content
            chain = _subject_chain(doc, speaker, c0)
            if (
                chain[0] < speaker[0]
                and chain[0] - 2 >= s0
                and text[chain[0] - 2 : chain[0]] == ", "
                and "," not in text[chain[0] : speaker[0]]
                # a phrase of the clause, not a subject: "in his favor", "regardless of how
                # many voters say"
                and text[speaker[0] : speaker[1]].split()[-1].lower() not in _POSS_DET
                and not _CLAUSE_OPENERS & set(_lower_words(text[chain[0] : speaker[0]]))
            ):
                speaker = chain
    if (
        lemma in _RECORD_LEMMAS
        and not inverted
        and speaker[1] <= c0
        and (record := postposed_record(doc, s0, c0, c1, speaker)) is not None
    ):
        speaker = record  # round sixty-four: "..., a study by the port board found."
    if (
        not inverted
        and not participle
        and rel_pron is None
        and not noun_read
        and speaker[1] <= c0
        and text[speaker[0] - 4 : speaker[0]].lower() == "and "
        and cue_class(lemma) in _POSTPOSED_CLASSES
        and (both := postposed_coordination_start(doc, speaker, c0, s0)) is not None
        and _TRAILING_REPORT_TAIL.fullmatch(text, c1, s1)
    ):
        # round eighty-nine b: "The pier will close, she and another pilot said.": the
        # conjuncts after the content's comma are the subject, not the last one alone
        speaker = (both, speaker[1])
    # content before the attribution: the clause or quotation that ends right before it
    lead_end = min(speaker[0], c0)
    # a participle's speaker is the subject of the clause it hangs on; the words before that
    # subject are no content of the participle ("Post-war, he worked ..., observing a test")
    pre = "" if participle or rel_pron is not None or noun_read else text[s0:lead_end]
    content = _content_before(doc, s0, s1, pre, after)
    # "X, stated Y, and Z" / "X, he said, Y": the clause continues after the attribution
    # (PARC keeps "and": "A, he said, and B"; round sixty: the report's adjunct before the
    # comma, "A, he said on Monday, B", and a quotation's clause going on unquoted)
    resume = resumed_clause_start(text, content, after, s1)
    if resume is not None:
        a2, b2 = _strip_span(text, resume, _clause_end(doc, resume, s1))
        inner = _CUE_RE.search(text, a2, b2)
        # a cue further on is the content's own ("The crews, she said, should ignore
        # anyone who claims ..."); one among the first words opens a new report, unless an
        # auxiliary opens the resumed clause before it (round sixty: "Nor, he said, did the
        # board say ...")
        if len(_WORD.findall(text[a2:b2])) >= 2 and (
            inner is None
            or len(_WORD.findall(text[a2 : inner.start()])) > 3
            or (
                inner.start() > a2
                and (aux := _WORD.match(text, a2)) is not None
                and aux.group() in _FINITE
            )
        ):
            content.append((a2, b2))
            _cut_coordinated(text, pending_cut, previous)
            shown_speaker = _shown_speaker(
                doc, s0, c0, lemma, speaker, shown, noun_read, article_only
            )
            return _written_speaker(
                text,
                _Finding((c0, c1), lemma, shown_speaker, content, hedged=hedged, negated=negated),
                rel_pron,
            )
    # content after the cue
    start = _skip_after_cue(doc, after, s1, lemma)
    rest = text[start:s1]
    rest_words = _first_words(text, start, s1, 3)
    intention = cue_class(lemma) == "intention"
    lead_word = _WORD.match(text, content[-1][0]) if content else None
    adverbial_lead = (
        lead_word is not None
        and lead_word.group().lower() in _ADVERBIAL_OPENERS
        and len(rest_words) >= 2
        and rest_words[0].lower() not in _LEAD_PREPS
    )  # "On the morning show, X said Y", "Speaking to reporters, X called for Y"
    if (
        content
        and text[content[-1][0]] not in OPEN_QUOTES
        and len(rest_words) >= (1 if intention or adverbial_lead else 3)
        and rest.lstrip()[:1] not in OPEN_QUOTES
        # "A, analysts say; last year B": a semicolon ends the report, what follows is not its
        and not rest.lstrip().startswith(";")
        and (
            _THAT_OR_COLON.search(text[after:start])
            or _looks_clause(rest, lemma)
            or (lemma != "say" and _object_np(rest))
            # "In its first year, the board sought more state money": what one wants,
            # seeks or declines follows the cue; the words before it are the writer's
            or intention
            or adverbial_lead
        )
        # "A, CNN reported the governor said.": the clause after the cue only names the
        # inner source, so the words before the speaker are the content
        and (rest_words[-1:] or [""])[0].lower() not in FORM_TO_LEMMA
        and not _REPORT_VERB_END.search(rest)
        and not _ONE_WORD_COMMA.match(rest)  # "Total staff, I told you, is ..."
        # "A, Lund said, adding that B": the participle is a second report of its own
        and not (
            (pm := _PARTICIPLE_LEAD.match(rest)) is not None
            # "A, officials said on Tuesday, adding that B": the adjunct took the comma
            and (pm.group(1) is not None or text[after:start].rstrip().endswith(","))
            and pm.group(2).lower() in FORM_TO_LEMMA
        )
        # "A, said Lund, who spoke at the quay": the relative clause is about the speaker
        and not _COMMA_RELATIVE_LEAD.match(rest)
    ):
        # "A, but at the same time the Senate announced it would meet": the cue's own clause
        # is its content, not the words before the speaker
        content = []
    if content:
        # "X," he said, "Y." : a continuation quotation in the same sentence
        m = _QUOTE_OPENS.match(text[start : start + 6])
        second = start + m.start(1) if m else -1
        if m is None and text[content[-1][0]] in OPEN_QUOTES:
            # '"A," X said last month on Twitter, "B."': the report's adverbials come first
            gap = _SPLIT_QUOTE_GAP.match(text, start, s1)
            if gap is not None and not any(
                w.lower() in _FINITE or w.lower() in CUE_FORMS for w in _WORD.findall(gap.group(1))
            ):
                second = gap.start(2)
        if second >= 0 and _NAMED_BEFORE_QUOTE.search(text, max(after, second - 40), second):
            # 'X said on the radio show "Harbour Hour."': a quotation right after a noun with
            # no comma is a title the report names, not the statement's second half
            second = -1
        if second >= 0:
            q = doc.quote_starting(second)
            if q is not None:
                content.append(q)
    elif (
        len(rest_words) >= (1 if lemma in NP_OBJECT_LEMMAS else 2)
        # "endorsed Marsh.", "criticized him": a stance toward one person or party
        or (lemma in _EVALUATIVE and rest_words and _ONE_PARTY.fullmatch(rest_words[0]))
        or (lemma in {"report", "estimate"} and _LEADING_NUMBER.match(rest))
        or doc.quote_starting(start + len(rest) - len(rest.lstrip(" ,:"))) is not None
    ):
        found = _object_after(
            doc, c0, c1, s0, s1, after, start, rest_words, form, lemma, speaker, before_end
        )
        if found is None:
            return None
        obj, speaker = found  # (a record that shows its object is the speaker)
        if obj[1] > obj[0]:
            content.append(obj)
    content = _content_elsewhere(
        doc,
        s0,
        s1,
        after,
        speaker,
        content,
        previous,
        # round eighty-two: '"Why stay?" Lund asked the governor.'
        lemma == "ask" and person_asked_only(text, after, s1),
    )
    content = _content_guards(
        doc, c0, c1, s0, s1, form, lemma, speaker, inverted, content, before_end
    )
    if content is None:
        return None
    lead = text[s0 : speaker[0]]
    obj_rel = (
        _WHICH_THAT_END.search(lead)
        if lead[-1:].isspace() and lead.rstrip().endswith(("which", "that"))
        else None
    )
    gapped = False
    if (
        obj_rel
        and not inverted
        and len(content) == 1
        and content[0][0] >= c1
        and _verbish(_first_words(text, content[0][0], content[0][1], 1))
    ):
        # "..., which his wife said was due to memory problems": the relative pronoun is the
        # subject of the reported clause, so it is the content's first part (PARC)
        content.insert(0, (s0 + obj_rel.start(1), s0 + obj_rel.end(1)))
        gapped = True
    if (
        rel_pron is not None
        and not rel_comma
        and len(content) == 1
        and content[0][0] >= c1
        and text[content[0][0]] not in OPEN_QUOTES
        and text[rel_pron[0] : rel_pron[1]] == "who"
        and (cut := main_verb_cut(text, s0, rel_pron[0], content[0], lemma)) is not None
        # (a verb that needs a clause keeps its run-on rather than lose its row: "Dealers who
        # expect a rescue are split" is a row only while the content holds a verb)
        and (lemma not in _COMPLEMENT_ONLY or _has_complement(text, c1, [cut], lemma))
    ):
        # round seventy-two: "Pilots who back the levy outnumbered its critics": the relative
        # in the sentence's subject ends before the sentence's main verb
        content = [cut]
    if rel_comma and content and content[-1][0] >= c1 and text[content[-1][0]] not in OPEN_QUOTES:
        # "In mainland China, which claims sovereignty over Taiwan, homosexuality is ...": the
        # relative clause closes at the comma before the main clause resumes
        a, b = content[-1]
        close = _ASIDE_COMMA_SPACE.search(text, a, b)
        inside = doc.quote_at(close.start()) if close else None
        if close and (
            inside is None
            # round twenty-six: a short quotation ends the relative clause, the comma inside
            # its marks ("Lund, who calls the plan a “disaster,” said ...")
            or (close.group(1) and inside[1] <= close.end(1) + 1 and close.end(1) - inside[0] <= 80)
        ):
            rest = [w.lower() for w in _WORD.findall(text[close.end() : b])[:8]]
            if any(w in _FINITE or w in _PAST for w in rest) or (
                # "X, who said A, recounted B": the main clause's verb right after the comma
                rest
                and text[close.end() : close.end() + 1].islower()
                and (rest[0] in CUE_FORMS or (rest[0].endswith("ed") and len(rest[0]) > 4))
            ):
                content[-1] = _strip_span(
                    text, a, close.end(1) if close.group(1) else close.start()
                )
    if (
        rel_comma
        and content
        and content[-1][0] >= c1
        and (dash_end := dash_close(text, s0, c0, content[-1])) is not None
    ):
        # round eighty-eight: a relative clause opened by a dash closes at the next one
        # ("Lund - who said the pier was safe - left")
        content[-1] = _strip_span(text, content[-1][0], dash_end)
    if len(content) == 1:
        only = text[content[0][0] : content[0][1]].strip(" ,.").lower().split()
        if (
            only[:1]
            and only[0] in _NO_CONTENT
            and (
                len(only) == 1
                or (
                    len(only) <= 3 and only[1] in {"on", "last", "this", "yesterday", "today", "in"}
                )
            )
            # ("endorsed him", "criticized her": a stance toward that person)
            and not (lemma in _EVALUATIVE and len(only) == 1)
        ):
            return None  # "the Senate confirmed him": no reported content
    if (
        lemma in _COMPLEMENT_ONLY
        # round thirty: "a ferry that the town hopes will lure visitors": the relative's
        # gapped subject is the clause's, so the verb has its clause (a hope, an expectation)
        and not (gapped and lemma in _GAPPED_CLAUSE_LEMMAS)
        and not _has_complement(text, c1, content, lemma)
    ):
        return None  # "agreed, saying", "asked the same day", "the expected date"
    if lemma in _PORTRAY_LEMMAS and content and content[-1][0] >= c1:
        # "painting the toll as a tax and asking who pays": the portrayal ends before a
        # coordinated participle, a report of its own
        a_, b_ = content[-1]
        cut = _AND_PARTICIPLE.search(text, a_, b_)
        if cut is not None:
            content[-1] = (a_, _strip_span(text, a_, cut.start())[1])
    elif (
        (coordinated := _coordinated_verb(form)) is not None
        and content
        and content[-1][0] >= c1
        and text[content[-1][0]] not in OPEN_QUOTES
    ):
        # round eleven: "criticizing the pier and calling for a ban", "trusts the mayor and
        # calls her ...": a participle's or a present-tense report's content ends before the
        # verb coordinated with it (PolNeAR's reading; a quotation is left whole)
        a_, b_ = content[-1]
        cut = coordinated.search(text, a_, b_)
        if cut is not None and not doc.quote_at(cut.start()) and cut.start() > a_:
            content[-1] = (a_, _strip_span(text, a_, cut.start())[1])
    if (
        content
        and content[-1][0] >= c1
        and text[content[-1][0]] not in OPEN_QUOTES
        and cue_class(lemma) == "speech"
    ):
        # round eleven: the writer's summing-up appositive after a reported clause ("said
        # the pier would close, a move that angered the crews") is no part of it (PolNeAR's
        # reading; an appositive to a person, "met Lund, a skipper", stays: the Wikinews
        # scheme keeps it, and the nouns here are the writer's words for acts and claims)
        a_, b_ = content[-1]
        cut = _SUMMING_APPOSITIVE.search(text, a_, b_)
        if (
            cut is not None
            and not doc.quote_at(cut.start())
            and len(_WORD.findall(text, a_, cut.start())) >= 3
        ):
            content[-1] = (a_, _strip_span(text, a_, cut.start())[1])
    _cut_coordinated(text, pending_cut, previous)
    shown_speaker = _shown_speaker(doc, s0, c0, lemma, speaker, shown, noun_read, article_only)
    return _written_speaker(
        text,
        _Finding((c0, c1), lemma, shown_speaker, content, hedged=hedged, negated=negated),
        rel_pron,
    )


def _shown_speaker(
    doc: _Doc,
    s0: int,
    c0: int,
    lemma: str,
    speaker: tuple[int, int],
    shown: tuple[int, int] | None,
    noun_read: bool,
    article_only: bool,
) -> tuple[int, int] | None:
    """The speaker a verb's row shows: the noun cue's holder, none for an article alone, and
    (round fifty-three) none where an event, a force or a state of affairs stands as the
    subject of an intention or a belief ("the crash raised doubts about", "a season expected
    to"): the row stands with no holder, as PolNeAR marks it. A record or a document ("the
    report concluded", "the bill seeks") is no such head and keeps its speaker: PolNeAR marks
    it as the source. Read on the final speaker, after the subject's phrases have joined it."""
    if noun_read:
        return shown
    if article_only:
        return None
    if (
        cue_class(lemma) in _NEGATABLE_CLASSES
        and _thing_as_subject(doc.text, speaker, lemma)
        and not _object_or_adverbial(doc, s0, c0, speaker)
    ):
        return None
    return speaker


def _object_or_adverbial(doc: _Doc, s0: int, c0: int, speaker: tuple[int, int]) -> bool:
    """Whether a would-be speaker is a verb's object ("they have no cause voting for"), a
    phrase's object away from its cue ("in the coming weeks may want") or the object of a
    preposition after a noun ("a witness to | the shooting believes": the rule pass joins
    the head): no subject whose holder could be missing (round fifty-three)."""
    lead = doc.words_before(speaker[0], s0, 2)
    if not lead:
        return False
    word = lead[-1].group().lower()
    if word in _AUX:
        return True
    if word not in _LEAD_PREPS_AND_TO and word not in {"of", "for", "about"}:
        return False
    return bool(doc.text[speaker[1] : c0].strip()) or (
        len(lead) == 2 and not doc.text[lead[0].end() : lead[1].start()].strip()
    )


def _object_after(
    doc: _Doc,
    c0: int,
    c1: int,
    s0: int,
    s1: int,
    after: int,
    start: int,
    rest_words: list[str],
    form: str,
    lemma: str,
    speaker: tuple[int, int],
    before_end: _BeforeEnd,
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The content after the cue: the clause, the quotation or the object the cue governs.

    ``start`` is where it begins, past the cue's audience and setting (``after`` is the
    cue's end, or the inverted speaker's; ``rest_words`` the first words from ``start``). A
    cue that takes a clause reads an object only when a rule says what that object reports
    ("tweeted a photo", "threatened to sue"); an object that is a bare act ("rejected the
    offer", "declared a state of emergency") is no report. Returns the stripped span (empty
    when nothing is left) and the speaker (a record whose clause shows the object replaces
    the one found), or None when no row stands.
    """
    text = doc.text
    rest = text[start:s1]
    a = start + len(rest) - len(rest.lstrip(" ,:"))
    if (
        lemma in CLAUSE_ONLY_LEMMAS
        and start == after
        and doc.quote_starting(a) is None
        and not text[after:a].strip(" ")
        and not _looks_clause(text[a:s1], lemma)
        and not _QUOTE_WITHIN_WORDS.match(text[a:s1])
        # "the poll showed Lee leading", "a survey found broad support": a record shows
        # (finds) its object
        and not (lemma in {"show", "find"} and _evidence_subject(text, speaker))
        # "has shown little appetite", "showed no sign of giving way": a disposition
        # shown is evidence of it (PolNeAR reads it so), not a thing shown
        and not (lemma == "show" and _SHOWN_DISPOSITION.match(text, a))
        # round ten: "threatened to sue the port", "threatens to quit": a threat made,
        # its act the content (PolNeAR marks it; "threatened the harbour" stays none)
        and not (lemma == "threaten" and _TO_BARE_VERB.match(text, a))
        # round ten: "tweeted a photo of the pier", "repeated the claim": what is posted
        # or said again is reported
        and not (lemma in _OBJECT_REPORTED_R10 and rest_words)
        and not (
            lemma in {"list", "opine"}
            and form[:1].islower()
            and _LISTED_OR_OPINED_ON.match(text, a) is not None
        )
        # round eleven (the lead's decision): "noted the progress", "noted the irony": in
        # news what is noted is what was said; "noted the date", "noted down" stay none
        and not (lemma == "note" and rest_words and not _NOTED_NONE.match(text, a))
        # round ten: "wrote a letter to the board", "writes a monthly column": a text
        # written for readers is a report ("wrote new songs", "wrote the law": none)
        and not (lemma == "write" and _WRITTEN_TEXT.match(text, a))
        # round ten: "she recalled her days at sea", "..., recalling a visit": a person
        # recalls a memory ("Ford recalled 1,000 cars", "it recalled its envoy": none)
        and not (
            lemma == "recall"
            and (
                text[speaker[0] : speaker[1]].lower() in _PERSON_PRONOUNS
                or (form == "recalling" and before_end(_COMMA_END))
                # round eleven: a memory recalled, "Lund recalled how ...", "recalled
                # standing on", "recalled her first winter", "recalled the day"
                or _RECALLED_MEMORY.match(text, a) is not None
            )
        )
        # round eleven: "declared victory", "declared his bid", "declared him the winner":
        # what is declared is said ("declared a state of emergency", "declared bankruptcy":
        # an act of office, none)
        and not (lemma == "declare" and rest_words and _DECLARED_ACT.match(text, a) is None)
    ):
        record = _evidence_clause_subject(doc, s0, c0) if lemma in {"show", "find"} else None
        if record is None:
            return None  # "noted the date" is no report; "noted his \"strength\"" quotes him
        speaker = record  # "Polls taken Tuesday showed X ahead"
    if lemma == "describe" and _A_NEW.match(text, a):
        return None  # "the team described a new frog": a discovery, not a statement
    if lemma == "offer" and _OFFERED_THING.match(text, a):
        return None  # "offered a glimpse of", "offering $5 million": given, not said
    if (
        lemma in {"declare", "observe"}
        and not (lemma == "declare" and _DECLARED_ACT.match(text, a) is None)
        and doc.quote_starting(a) is None
        and not _THAT_OR_COLON.search(text[after:a])
        # 'declared the plan "a disaster"', "declared Lund to be the winner": a verdict
        and not (lemma == "declare" and _QUOTE_OR_TO_BE_WITHIN.match(text, a, s1))
        and not any(
            w.lower() in _MODALS and w not in {"May", "Will"}
            for w in _first_words(text, a, s1, 4)[1:]
        )
    ):
        return None  # "declared a state of emergency", "observing a test": no report
    if lemma == "deny" or lemma in DENY_LEMMAS:
        nm = _CLAIMS_THAT.match(text[a:s1])
        if nm and nm.end() < s1 - a:
            a += nm.end()
    if _CONJUNCTION_LEAD.match(text[a:s1]) and not _THAT_OR_COLON.search(text[after:a]):
        # "spoke in the rally and encouraged ...": a second verb, no content ("said that,
        # because A, B" is a clause)
        return None
    b = _clause_end(doc, a, s1)
    # (the pattern names "condition" or "through": searched only where one occurs)
    frame = (
        _REPORT_FRAME.search(text, a, b)
        if text.find("condition", a, b) >= 0 or text.find("through", a, b) >= 0
        else None
    )
    if frame is not None and frame.start() > a and not doc.quote_at(frame.start()):
        # round thirty-nine: the terms the source spoke on (anonymity, a lawyer) end the content
        b = frame.start()
    if (
        lemma in _NP_OBJECT_OR_EVALUATIVE
        and doc.quote_starting(a) is None
        and not _THAT_OR_COLON.search(text[after:a])
        and not _looks_clause(text[a:b], lemma)
    ):
        # a noun-phrase object ends before the report's own adverbials: "announced his
        # resignation shortly before midnight", "the measure at the daily briefing",
        # "the schedule in a press release late yesterday and followed it up ..."
        adv = _NP_OBJECT_ADJUNCT.search(text, a, b)
        if adv and adv.start() > a and not doc.quote_at(adv.start()):
            b = adv.start()
        # round ninety-one b: and before its means ("dismissed the charge by pointing out
        # that ..."), after a short object with no verb of its own
        if text.find(" by ", a, b) > a:
            means = _BY_GERUND_MEANS.search(text, a, b)
            if (
                means is not None
                and means.start() > a
                and len(_WORD.findall(text, a, means.start())) <= 8
                and _OBJECT_WITH_A_VERB.search(text, a, means.start()) is None
                and not doc.quote_at(means.start())
            ):
                b = means.start()
    if lemma == "quote" and (relay := _QUOTED_AS_SAYING.search(text, a, b)) is not None:
        # round sixteen: "The Gazette quoted a clerk as saying ...": the one quoted is the
        # content; the report after "as" is the clerk's own row, not nested in this one
        b = relay.start()
    np_object = (
        lemma in _NP_OBJECT_LEMMAS_R8  # (checked first: _looks_clause costs)
        and doc.quote_starting(a) is None
        and not _THAT_OR_COLON.search(text[after:a])
        and not _looks_clause(text[a:b], lemma)
    )
    if np_object:
        # round eight: a noun-phrase object ends before the writer's appositive ("..., the
        # abortion provider that ...") and before a predicate coordinated with the cue
        # ("criticized the plan and cast himself as ..."): a noun phrase takes neither
        cut = _NP_OBJECT_END.search(text, a, b)
        if (
            cut
            and not doc.quote_at(cut.start())
            # a list goes on: "the quays, the locks and the ferry slip"
            and not _LIST_GOES_ON.match(text, cut.end(), b)
            and len(_WORD.findall(text[a : cut.start()])) >= 1
        ):
            b = cut.start()
    if (np_object and lemma not in _RECORD_LEMMAS) or (
        lemma in _BACK_OR_FAVOR
        and doc.quote_starting(a) is None
        and not _looks_clause(text[a:b], lemma)
    ):
        # (not a record's: "the poll showed Lund with 46 percent" keeps its figures)
        # round nine: a stance's object ends before a poll's margin and the writer's
        # reason ("backed Lund, 61 percent to 30 percent", "favored him by a wide
        # margin", "opposed it because ...", "could favor him as well")
        cut = _STANCE_OBJECT_END.search(text, a, b)
        if cut and not doc.quote_at(cut.start()):
            head = _WORD.findall(text[a : cut.start()])
            if head and (
                "," in text[cut.start() : cut.end()]
                or head[-1][:1].isupper()
                or head[-1].lower() in _OBJECT_PRONOUNS
                or not cut.group("num")
            ):
                b = cut.start()
    if lemma in _SIDE_LEMMAS and doc.quote_starting(a) is None:
        # round thirty: a side taken for or against one party is that party: "opposed it
        # as he ran for the seat", "supports Okafor but is not on her staff", "backed
        # Lund, the former mayor" (not "her campaign", not "Lund for mayor")
        side = _ONE_SIDE.match(text, a, b)
        if side is not None and side.end() < b:
            b = side.end()
    if np_object:
        # "called for the overthrow of X, even though ...", "opposed the pact — one of
        # his goals — ...": a noun-phrase object ends at its first comma or dash
        cut = _OBJECT_END.search(text, a, b)
        if cut and not doc.quote_at(cut.start()) and len(_WORD.findall(text[a : cut.start()])) >= 2:
            b = cut.start()
    if (
        lemma in DENY_LEMMAS
        and doc.quote_starting(a) is None
        and not _looks_clause(text[a:b], lemma)
    ):
        # a noun-phrase object: a rejected claim is reported ("denied the accusation",
        # "dismissed the claim from Berlin as groundless"), a rejected act is not
        # ("rejected a lawsuit", "rejected the offer")
        words = [w.lower() for w in _WORD.findall(text[a:b])[:5]]
        if (
            lemma != "deny"
            and not any(w.rstrip("s") in _CLAIM_NOUNS or w in _NO_CONTENT for w in words)
            # round eleven: "dismissed the plan as a stunt": a verdict on it is said
            and not (lemma == "dismiss" and _SPACED_AS.search(text[a:b]))
        ):
            return None
        as_m = _SPACED_AS.search(text[a:b])
        if as_m:
            b = a + as_m.start()
    # (round thirty: an intention's "to be" and a noun, an adjective or a place is what is
    # wanted, whole: "wants to be a judge in the high court", "hopes to be home by May";
    # a passive still ends at its phrase: "declined to be identified in case ...")
    inf = (
        _TO_BE_COMPLEMENT.match(text[a:b])
        if cue_class(lemma) != "intention" or _TO_BE_PASSIVE.match(text, a, b)
        else None
    )
    if inf:
        b = a + inf.end()
    elif (
        text.startswith("to be ", a)
        and cue_class(lemma) == "intention"
        and (cut := _TO_BE_WHOLE_END.search(text, a, b)) is not None
    ):
        b = cut.start()  # (the wanted "to be" ends at a clause of reason or a new clause)
    return _strip_span(text, a, b), speaker


def _participle_speaker(
    doc: _Doc, s0: int, s1: int, c0: int, c1: int, lemma: str, previous: list[_Finding]
) -> tuple[tuple[int, int] | None, int]:
    """The speaker of a participle that hangs on a clause: "..., adding that", "..., saying".

    The nearest report of the sentence that is not nested in another's content lends its
    speaker; else the clause's subject, a pronoun opening the sentence, or the subject before
    an aside the participle stands in ("Ann Lund, noting the debt, said ..."), whose content
    then ends with the aside: returns the speaker (or None) and the sentence's end to read.
    """
    text = doc.text
    before_text = text[s0:c0]
    speaker: tuple[int, int] | None = None
    sentence = doc.sentence_index(c0)
    same = []
    for f in reversed(previous):
        # (round eighty-nine b: a report before the participle; the passes read passives
        # first, so a later one in the sentence may stand in ``previous``)
        if f.cue[0] < c0 and doc.sentence_index(f.cue[0]) == sentence:
            same.append(f)
            if len(same) == _PARTICIPLE_LOOK_BACK:
                break  # (the nearest reports: time linear in a run-on's length)
    same.reverse()
    for f in reversed(same):
        if f.speaker and not any(
            # round twenty-six: not a report inside another's content when the participle
            # is outside it ("Carson said he plans X, insisting ...": Carson insists,
            # not the "he" who plans)
            g is not f
            # ("According to X, the mayor said A, adding B": a relayed report frames
            # the mayor's, whose participle it is)
            and g.lemma not in {"according to", "per"}
            and any(a_ <= f.cue[0] < b_ and not a_ <= c0 < b_ for a_, b_ in g.content)
            for g in same
        ):
            speaker = f.speaker
            later = _nearest_clause_subject(doc, f.cue[1], c0)
            if later is not None and not any(a_ <= later[0] < b_ for a_, b_ in f.content):
                # round forty-four: a clause of its own after the report, outside its
                # content ("When Lund noted the cost, Chan pounced on it, repeating")
                speaker = later
            break
    if speaker is None:
        # round forty-four: the clause nearest before the participle, then the first
        speaker = _nearest_clause_subject(doc, s0, c0) or _clause_subject(doc, s0, c0)
    if speaker is None and (lead := _LEADING_PRONOUN.match(text, s0, c0)) is not None:
        # round twelve: a verb the clause finder does not know ("She lit into the mayor,
        # calling him ...", "Then they swung back, arguing ..."): a subject pronoun
        # opening the sentence speaks
        speaker = lead.span(1)
    if (
        speaker is None
        # ("Reuters, citing sources, reported X": the sources speak, below)
        and lemma not in ("cite", "quote")
        and (aside := _SUBJECT_THEN_COMMA.fullmatch(before_text)) is not None
    ):
        # round twenty-three: the participle is an aside between the subject's commas
        # ("Ann Lund, noting the size of the debt, said ..."): the subject before it
        # speaks, when a finite verb follows the aside's closing comma
        sub, _ = _np_before(doc, s0 + aside.end(1), s0)
        close = _ASIDE_CLOSE_VERB.match(text, c1, s1)
        if (
            sub is not None
            and not text[s0 : sub[0]].strip(" “\"‘'")
            and close is not None
            and (
                (lv := close.group(1).lower()) in _AUX
                or lv in _PAST
                or lv in FORM_TO_LEMMA
                or (len(lv) > 4 and lv.endswith("ed"))
            )
            and lv not in _GROUP_ADVERBS
        ):
            speaker = sub
            s1 = text.rfind(",", c1, close.start(1))  # the content ends with the aside
    return speaker, s1


def _content_elsewhere(
    doc: _Doc,
    s0: int,
    s1: int,
    after: int,
    speaker: tuple[int, int],
    content: list[tuple[int, int]],
    previous: list[_Finding],
    person_asked: bool = False,
) -> list[tuple[int, int]]:
    """The content of a report that stands elsewhere than around its cue.

    An outer report whose object the speaker is lends its content ("A, the radio reported the
    mayor said."); a quotation that closed the sentence before is the content when nothing
    but setting or manner follows the cue ('"Is it open?" Lund asked.'); "which" after a
    comma stands for the clause before it ("..., which he denied."). Returns the content,
    replaced or as it was.
    """
    text = doc.text
    if not content and not text[after:s1].strip(' .!?;:”"'):
        # "..., CNN Philippines reported the governor said.": the speaker is the object of
        # an outer report, so the reported content is the outer one's
        for g in reversed(previous):
            if (
                g.speaker is not None
                and g.cue[1] <= speaker[0]
                and not text[g.cue[1] : speaker[0]].strip(" ")
            ):
                content = list(g.content)
                break
    if (
        len(content) == 1
        and content[0][0] >= after
        and not text[s0 : speaker[0]].strip()
        and text[content[0][0]] not in OPEN_QUOTES
        and (lead_w := _WORD.match(text, content[0][0])) is not None
        and lead_w.group().lower() in _LEAD_PREP_OR_CALENDAR
        and len(_WORD.findall(text[content[0][0] : content[0][1]])) <= 8
    ):
        # '"... open!" Lee said on the radio.': the quotation closed the sentence before (its
        # "!" ended it); the words after the cue are the report's setting, not its content
        qend = _rstrip_pos(text, max(0, s0 - 400), s0)
        q = (
            doc.quote_ending(qend)
            # (round twelve: within the paragraph, not a quotation closing the one before)
            if qend > 0 and text[qend - 1] in '”"' and "\n\n" not in text[qend:s0]
            else None
        )
        if q is not None and not any(
            p[0] <= q[0] + 1 and p[1] >= q[1] - 1 for g in previous for p in g.content
        ):
            content = [q]
    if (
        (
            (
                not content
                and (not text[after:s1].strip(" .") or _TIME_ONLY.fullmatch(text, after, s1))
            )
            # round twelve: '"Why?" Lund asked sharply, tapping the chart.', '"Is it
            # open?" Lund asks as a ferry pulls in.': the report's manner and an aside
            or _MANNER_ASIDE_ONLY.fullmatch(text, after, s1) is not None
            # round eighty-two: only the person asked follows ('"Why?" Lund asked the
            # governor.'); the quotation before is the question when it ends in "?"
            or person_asked
        )
        and not text[s0 : speaker[0]].strip()
    ):
        # '"The trial must go ahead." Pelosi said.': the quote closed the sentence before;
        # '"Is it over?" Lund said Friday.': the report's time may follow the cue
        qend = _rstrip_pos(text, max(0, s0 - 400), s0)
        q = (
            doc.quote_ending(qend)
            # (round twelve: within the paragraph, not a quotation closing the one before)
            if qend > 0 and text[qend - 1] in '”"' and "\n\n" not in text[qend:s0]
            else None
        )
        # (a report nested inside the quotation does not claim it: '"... the Constitution
        # demands a trial." Pelosi said.')
        if (
            q is not None
            and not any(p[0] <= q[0] + 1 and p[1] >= q[1] - 1 for g in previous for p in g.content)
            and (not person_asked or "?" in text[q[1] - 3 : q[1]])
        ):
            content = [q]
    if not content and not text[after:s1].strip(' .!?;:”"'):
        # "He was accused of fraud, which he denied.": the relative pronoun stands for the
        # clause before it
        rel = _COMMA_WHICH_END.search(text[s0 : speaker[0]])
        if rel:
            a, b = _strip_span(text, s0, s0 + rel.start())
            dm = _DISCOURSE.match(text[a:b])
            a += dm.end() if dm else 0
            if len(_WORD.findall(text[a:b])) >= 3:
                content = [(a, b)]
    return content


def _name_relative(
    text: str, s0: int, speaker0: int, content: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The relative before a "call" whose object it stands for ("what critics call waste").

    "what" and "which" always (rounds ten and twenty-one); "that", "who" and "whom" only when
    the words after the verb are a name (a quotation, "a" and a noun, an adjective), since a
    "that" before a subject is as often the complementizer of a report (round forty-three).
    """
    wh = _WHAT_WHICH_END.search(text, s0, speaker0)
    if wh is not None:
        return wh
    wh = _THAT_WHO_END.search(text, s0, speaker0)
    if wh is None or not content or not _RELATIVE_NAME_START.match(text, content[0][0]):
        return None
    return wh


def _quoted_name_end(text: str, a: int, b: int) -> int | None:
    """The end of a name that is a whole quotation ('who Lund called "a cold, reckless man"').

    None when the name opens with no quotation mark, or when the quotation only modifies a
    noun after it ('what she called "bullying" tactics': the relative's comma ends that name).
    """
    if text[a] not in OPEN_QUOTES:
        return None
    close = _NAME_QUOTE_CLOSE.search(text, a + 1, b)
    if close is None or not (
        text[close.start() - 1] in ",.!?" or _NAME_QUOTE_AFTER.match(text, close.end(), b)
    ):
        return None
    return close.end()


def _content_guards(
    doc: _Doc,
    c0: int,
    c1: int,
    s0: int,
    s1: int,
    form: str,
    lemma: str,
    speaker: tuple[int, int],
    inverted: bool,
    content: list[tuple[int, int]],
    before_end: _BeforeEnd,
) -> list[tuple[int, int]] | None:
    """The guards read once the content is known: a cue whose content shows it is no report.

    Word by word: "spoke" reports only a quotation, "claimed 7,000 lives" is a toll, "called"
    names or name-calls, an act ("attacked", "posted") needs what makes it a statement, a
    physical "slammed into" is none. Returns the content (some guards trim it: a declined
    comment, a colon closing a paragraph, a judgement's object), or None when no row stands.
    """
    text = doc.text
    if lemma == "speak" and not all(text[a] in OPEN_QUOTES for a, _ in content):
        # "spoke to the crew on Monday", "As she spoke, the gulls circled": speaking alone
        # reports a quotation, never the words around it ("spoke about/of" are phrases)
        return None
    if not content and lemma in {"decline", "refuse"}:
        # round fourteen: "declined comment.": the word "comment" closes no report here, it
        # is what was turned down
        turned = _REQUEST_TURNED_DOWN.match(text, c1, s1)
        if turned is not None:
            content = [_strip_span(text, c1, turned.end())]
    if not content and speaker[1] <= c0 and (block := _COLON_PARAGRAPH.match(text, c1)):
        # round fifteen: "Lund wrote:" closing a paragraph, the statement set out in the next
        # one ('He said:\n\n"The pier is unsafe ..."'; 12 of 13 gold in PolNeAR train)
        end = text.find("\n", block.end())
        end = len(text) if end < 0 else end
        content = [_strip_span(text, block.end(), min(end, block.end() + FAR_FROM_CUE))]
        content = [(a_, b_) for a_, b_ in content if b_ > a_]
    if not content:
        return None
    if lemma == "claim" and _LIVES_TOLL.match(text[content[-1][0] : content[-1][1]]):
        return None  # "the virus claimed 7,000 lives": a death toll, not a claim
    if lemma in NAMING_LEMMAS and (
        inverted
        or (
            # (round ninety-six: a single mark too, 'an exhibit called 'Harbour Lights'')
            (text[c1:].lstrip()[:1] in OPEN_QUOTES or text[c1:].lstrip()[:1] in _ANY_OPEN_QUOTE)
            and not _name_relative(text, s0, speaker[0], content)
        )
        or any(b <= c0 for _, b in content)
    ):
        return None  # "a process called "exfiltration"": a name given, not a report
    if (
        lemma in _OTHER_NAMING_LEMMAS
        and form.endswith("ed")
        and (
            text[c1:].lstrip()[:1] in _ANY_OPEN_QUOTE
            or _THE_QUOTED_NAME.match(text, c1) is not None
            or any(_AGENT_BY.search(text, a, b) for a, b in content)
        )
    ):
        # round ninety-two: a reduced passive, a name given ('Lee, 47, dubbed the "pier
        # king", runs ...', 'a man dubbed "the pier king" sold ...', 'a ferry dubbed the
        # "Pier Queen"', 'a move branded a "retreat" by the union')
        return None
    if lemma in NAMING_LEMMAS and not (
        text[c0 - 1 : c0] != "-"
        and (
            any(
                (
                    (_CALLED_QUOTED_BARE if form == "call" else _CALLED_QUOTED).match(text, a, b)
                    and c1 <= a
                )
                or _NAME_CALLING.match(text, a, b)
                or (a >= c1 and _NAME_CALLING_NP.match(text, a, b))
                or (a >= c1 and _NAME_CALLING_ADJ.match(text, a, b))
                for a, b in content
            )
            # round twenty-one: "what critics call waste", "which he called a disgrace": the
            # name given to a thing the relative stands for
            or (
                (wh := _name_relative(text, s0, speaker[0], content)) is not None
                and not (
                    wh.group().startswith("which")
                    and _PREP_BEFORE_END.search(text, max(s0, wh.start() - 12), wh.start())
                )
                and any(a >= c1 for a, _ in content)
            )
        )
    ):
        # "called the police", "so-called" report nothing; 'called X "Y"' and "called him
        # a liar", "called them divisive" name-call
        return None
    if (
        lemma in NAMING_LEMMAS
        and (wh := _name_relative(text, s0, speaker[0], content)) is not None
        and not (
            wh.group().startswith("which")
            and _PREP_BEFORE_END.search(text, max(s0, wh.start() - 12), wh.start())
        )
    ):
        if lemma != "call":
            # round ninety-two: the other namings' relatives are round ninety's
            # (named_relatives: the relative word and the name, as PolNeAR marks them)
            return None
        # "The bill, which critics called unfair, passed": the name ends at the relative's comma
        before_cut = content
        ends = [_REL_NAME_END.search(text, a, b) for a, b in content]
        content = [
            (a, m.end() if m is not None and m.group("q") else m.start() if m is not None else b)
            for (a, b), m in zip(content, ends, strict=True)
        ]
        # round forty-three: a quoted name keeps its commas and ends with its quotation ('who
        # Lund called "a cold, reckless man"', 'that she called "unfair," the board ...')
        content = [
            (a, q) if (q := _quoted_name_end(text, a, b0)) is not None else (a, b)
            for (a, b), (_, b0) in zip(content, before_cut, strict=True)
        ]
        content = [(a, b) for a, b in content if b > a]
        if not content:
            return None
    if lemma == "encourage" and (
        text[speaker[0] : speaker[1]].lower() in {"it", "this", "that"}
        or not any(_WORDS_THEN_TO_VERB.match(text[a:b]) for a, b in content)
    ):
        return None  # "encouraged supporters to remain hopeful", not "encouraged investment"
    if lemma == "continue" and not (content and all(text[a] in OPEN_QUOTES for a, _ in content)):
        return None  # 'he continued, "..."' (quotations only)
    if lemma in _QUOTE_ONLY_LEMMAS and not all(text[a] in OPEN_QUOTES for a, _ in content):
        return None  # "read" reports only a quoted text: 'The note read: "Sorry."'
    if form == "found" and before_end(_FOUNDING_BEFORE):
        return None  # "helped found the group", "went on to found": founding, no finding
    if form == "call" and doc.quote_at(c0) is not None:
        return None  # '"They call it the lucky pier," said X': a name in the quotation
    if lemma in _ACT_NEEDS and not (
        _ACT_NEEDS[lemma].match(text, c1, s1)
        # (a quotation after "released a statement" is the noun's: "statement" is the cue)
        or (lemma not in _PUT_OUT_LEMMAS and any(text[a] in OPEN_QUOTES for a, _ in content))
    ):
        return None  # "attacked a convoy": an act; "attacked Lund for his vote": a statement
    if lemma in _ACT_NEEDS and any(
        w.group().endswith("ing") and w.group() in CUE_FORMS
        for w in _LOWER_WORD.finditer(
            text,
            c1,
            # round twenty-eight: a participle after the judgement is inside it ("attacked
            # Lund for a story alleging X": the attack reports)
            min(s1, c1 + 80, _judgement_start(text, lemma, c1, s1) or s1),
        )
    ):
        return None  # "posted a message on Twitter blaming X": the participle reports
    if lemma in _PHYSICAL_LEMMAS and _PHYSICAL_AFTER.match(text, c1, s1):
        return None  # round twenty-eight: "slammed into the coast", "slammed a forehand"
    if lemma == "deem":
        # round thirty: a judgement held of a thing ("the panel deemed the ballots invalid");
        # without an object after the verb it is a reduced passive ("files now deemed
        # secret", "if deemed necessary") or an object gapped before it: none here
        if not (len(content) == 1 and content[0][0] >= c1):
            return None
        a, b = content[0]
        if _DEEMED_OBJECT.match(text, a) is None:
            return None
        cut = _DEEMED_END.search(text, a, b) if not text[c1:a].strip() else None
        if cut is not None and cut.start() > a:  # (a clause after "that" runs on)
            content = [_strip_span(text, a, cut.start())]
    if lemma in _JUDGING_LEMMAS and len(content) == 1 and content[0][0] >= c1:
        a, b = content[0]
        cut = _NOT_JUDGED.search(text, a, b)
        if cut is not None and cut.start() > a and text[a] not in OPEN_QUOTES:
            # round twenty-eight: "praised the crews as well", "attacked critics as the
            # scrutiny grew": the judgement's object, without the time or the fixed phrase
            content = [(a, cut.start())]
    if lemma in _ACT_NEEDS and not form.endswith("ing") and before_end(_THING_BEFORE):
        # (round thirteen: not before a participle: "ads attacking Lund over the levy")
        return None  # "a statement posted to her account", "a letter signed by": a thing's
    return content


def _noun_cue_subject(
    doc: _Doc,
    s0: int,
    c0: int,
    form: str,
    lemma: str,
    speaker: tuple[int, int],
    previous: list[_Finding],
) -> tuple[bool, tuple[int, int] | None, tuple[_Finding, int] | None]:
    """The subject of a noun cue the phrase scan stopped at: "Lund made a late call for".

    An article or "no" and a modifier before a noun cue in its base form speak no words: the
    speaker is the subject of the verb that governs the noun (or the subject of the verb it is
    coordinated with, whose report then ends before "and"). Returns whether the noun was read
    so, the subject shown (or None) and the cut of the report before it (or None). Not after a
    verb that takes a doer and a bare verb ("had a clerk describe").
    """
    text = doc.text
    shown: tuple[int, int] | None = None
    noun_read = False
    pending_cut: tuple[_Finding, int] | None = None
    if (
        speaker[1] <= c0
        and not text[speaker[1] : c0].strip()
        and form.split()[0].lower() == lemma.split()[0]
        and (frag := _NOUN_CUE_MODIFIERS.search(text, speaker[0], speaker[1])) is not None
        and frag.end() == speaker[1]
        # "a third say", "a majority want": a share of people is a subject
        and not _QUANTITY_WORDS & set(_lower_words(frag.group()))
    ):
        # round thirty-two: an article or "no" and a modifier before a noun cue in its base
        # form ("Lund made a late call for a recount", "gave a curt retort", "made no
        # comment on the fee"): the phrase scan stopped at the noun's own modifiers, which
        # speak no words; the speaker is the subject of the verb that governs the noun (Lund),
        # else none, as round seventeen's lone article (PolNeAR's guide, too, reads a noun cue
        # through the verb that ties it to its source); no clause before the fragment is the
        # noun's content. Not after a verb that takes a doer and a bare verb ("had a clerk
        # describe", "why would a court say"), and "no" only after "made" ("could no longer
        # say" is the verb; "had no comment", a report withheld, stays out as before)
        light = _LIGHT_VERB_END.search(text, max(s0, frag.start() - 40), frag.start())
        before = _LAST_WORD.search(text, max(s0, frag.start() - 30), frag.start())
        if (
            light is not None and light.group().startswith("ma")
            if frag.group().lower().startswith("no")
            else before is None or before.group().lower() not in _DOER_AND_BARE_VERB
        ):
            noun_read = True
            coord_l = _AND_BUT_END.search(text, s0, light.start()) if light is not None else None
            if coord_l is not None:
                # "Lund thanked the pilots and made no mention of ...": the subject of the
                # verb it is coordinated with, whose report ends before "and"
                for f in reversed(previous):
                    if f.cue[0] < s0:
                        break
                    if f.speaker and f.cue[1] <= coord_l.start():
                        shown = f.speaker
                        if not doc.quote_at(coord_l.start()):
                            pending_cut = (f, coord_l.start())
                        break
            elif light is not None:
                sub = _strip_span(text, speaker[0], light.start())
                if sub[1] > sub[0] and frag.start() > speaker[0]:
                    shown = sub  # "The board made no | mention": the span held the subject
                elif light.start() > s0:
                    shown, _ = _np_before(doc, light.start(), s0)
                if shown is not None:
                    words = text[shown[0] : shown[1]].split()
                    while len(words) > 1 and _LY_ADVERB.fullmatch(words[-1]):
                        words.pop()  # "Lund pointedly | made no mention"
                        end = text.rindex(words[-1], shown[0], shown[1]) + len(words[-1])
                        shown = (shown[0], end)
                    if words[-1].lower() in {"and", "or", "but"}:
                        shown = None  # "of Lund and | made no mention": no subject found
    return noun_read, shown, pending_cut


def _not_a_report(text: str, c1: int, form: str, lemma: str, before_end: _BeforeEnd) -> bool:
    """The guards read before any speaker: a cue form that is no report in this sentence.

    An attitude or an act after "be" or "get" is a passive or a state ("was found dead"),
    "aim" is an intention only with its infinitive, "decline" a refusal only with one: each
    is ruled out here, before the speaker scans spend their time on it.
    """
    if (
        (lemma in ATTITUDE_LEMMAS or lemma in _ACT_NEEDS)
        and not form.endswith("ing")
        and before_end(_BE_OR_GET_AUX_END)
    ):
        # "was found dead", "is expected to": the subject is no source ("is supporting the
        # levy" is the progressive, its subject the source)
        return True
    if lemma in THAT_CLAUSE_LEMMAS and (
        not _COGNITION_CLAUSE.match(text, c1)
        or _TO_BEFORE.search(text, max(0, c1 - len(form) - 4), c1 - len(form))
        or (
            form.endswith("ing")
            and _OPENING_BEFORE.search(text, max(0, c1 - len(form) - 24), c1 - len(form))
        )
    ):
        # round forty-two: "discovered the wreck", "to assume that", "Simply assuming that"
        # (a gerund opening its sentence): no party holds the belief
        return True
    if (
        form.endswith("ed")
        and " " not in form
        and _ATTRIBUTIVE_HOST_END.search(text, max(0, c1 - len(form) - 16), c1 - len(form))
    ):
        return True  # "It follows repeated failed attempts", "faced repeated calls": an adjective
    if lemma == "aim" and not _AIM_TO.match(text, c1):
        return True  # round thirteen: "aims to expand", not "aimed at", "took aim", "the aims"
    # "profits declined 5% / to 4.5 mln dlrs / sharply": a fall, not a refusal
    return lemma == "decline" and not _DECLINE_REFUSAL.match(text, c1)


def _inverted_speaker(
    doc: _Doc, c1: int, s1: int, lemma: str, before_end: _BeforeEnd
) -> tuple[int, int] | None:
    """The speaker after the cue: '"...," said the minister.', '..., said Lund.'

    Read when no subject stands before the cue and the cue is no participle: after a comma or
    a closing quotation the cue is inverted and its subject follows it. Not for a name given
    (", called a plume,") nor a verb group that ends in its preposition (its object follows).
    """
    if (
        # ", called a plume,": a name given; '"Why?" asked Lund.' is a question's asker
        (
            lemma not in _AUDIENCE_OR_CALL_LEMMAS
            or (lemma in _ASKING and before_end(_ASKED_QUOTE_END))
            # round eighty-nine b: '"The pier is unsafe," warned Lund.': a warning or an
            # urging right after a closed quotation is inverted; its audience would follow a
            # subject ('"...," she warned Lund')
            or (lemma in _INVERTING_AUDIENCE_LEMMAS and before_end(_CLOSED_QUOTE_END))
        )
        # (round nine: a verb group ending in its preposition takes its object after it,
        # no inverted speaker: '... "steady hands" voted for Lund')
        and lemma not in _ROUND9_PHRASE_LEMMAS
        and before_end(_COMMA_OR_QUOTE_END)
    ):
        return _np_after(doc, c1, s1, loose=bool(before_end(_CLOSED_QUOTE_END)))
    return None


#: what may stand between a relative pronoun and the phrase it hangs on: a comma or a dash,
#: or one appositive between them ("Ann Lee, a skipper, who", "The union—which")
#: (round eighty-eight: a spaced hyphen typed for a dash, "Lund - who said")
_HANGS_ON = re.compile(r"\s*(?:(?:[,—–]|(?<=\s)-(?=\s))\s*(?:[^,;:.!?\"“”()—–]{1,80}[,—–]\s*)?)?")


def _written_speaker(text: str, found: _Finding, rel_pron: tuple[int, int] | None) -> _Finding:
    """A speaker found through a relative pronoun is the pronoun as written ("Ann Lee, who
    said ...": "who"), its antecedent kept for resolution (``speaker_resolved`` names Ann Lee).

    Why: the lead's decision (docs/decisions.md, "A relative pronoun is the speaker as
    written"): PolNeAR, the scheme the issue's external set follows, marks the pronoun, and the
    project's guide gives the source as written with the party resolved, as for "he". Every
    rule before this point reads the antecedent, so the rows are the same rows; only the span
    reported changes.
    """
    speaker = found.speaker
    if (
        rel_pron is not None
        and speaker is not None
        and speaker[1] <= rel_pron[0]
        and rel_pron[1] <= found.cue[0]
        # the pronoun hangs on the speaker; not "The airline issued a statement which said"
        # (the statement's maker speaks, the pronoun is the statement's)
        and _HANGS_ON.fullmatch(text, speaker[1], rel_pron[0])
    ):
        found.antecedent = speaker
        found.speaker = rel_pron
    return found


def _relative_speaker(
    doc: _Doc,
    s0: int,
    c0: int,
    c1: int,
    s1: int,
    lemma: str,
    form: str,
    before_end: _BeforeEnd,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool, bool] | None:
    """The speaker before a relative pronoun: "Ann Lund, who said ...", "a memo which said".

    Returns the speaker (the antecedent, or the pronoun when the antecedent is no plain noun
    phrase or a restrictive "who" follows a common noun), the pronoun's span, whether a comma
    opened the relative clause and whether it is negated; None when the relative clause holds
    a negated report (no row at all). With no relative clause: no speaker, no pronoun.
    """
    text = doc.text
    speaker: tuple[int, int] | None = None
    rel_comma = False
    rel_pron: tuple[int, int] | None = None
    rel_negated = False
    reported: tuple[re.Match[str], tuple[int, int]] | None = None
    whom = quantified_whom(text, s0, c0)
    if whom is not None:
        # round seventy-two: "Ode and Tate, both of whom opposed the levy": the quantified
        # phrase is the subject PolNeAR marks; the comma before it opened the relative clause
        negated = _NOT_OR_NEVER.search(text, whom[1], c0) is not None
        if negated and cue_class(lemma) not in _NEGATABLE_CLASSES:
            return None  # a negated report, as for "who did not say"
        return whom, None, True, negated
    rel = (
        before_end(_COMMA_RELATIVE_BEFORE_CUE)
        or before_end(_RELATIVE_BEFORE_CUE)
        # "a skipper who wants to help", "anyone who fears ...": a belief or an
        # intention in a restrictive relative after any noun; its pronoun is the source
        or (before_end(_NOUN_WHO_BEFORE_CUE) if cue_class(lemma) in _NEGATABLE_CLASSES else None)
        # round forty (the lead's decision of round thirty-eight): a report in the same
        # place ("a skipper who claimed that ..."), the noun phrase its speaker
        or ((reported := _restrictive_report(doc, s0, c1, s1, lemma, before_end)) or (None,))[0]
        # round sixty-eight: "Ode, who is backing X", "voters who don't want X"
        or (
            progressive_relative(text, s0, c0, c1, s1, form, lemma)
            if cue_class(lemma) == "intention"
            else None
        )
    )  # "Alex Greenwich who said", "Mr. Ode, who had long argued", "a memo which said",
    # "the 30 percent of dock workers who said" (a restrictive relative after a plural noun)
    if rel:
        if _NOT_OR_NEVER.search(rel.group()) and cue_class(lemma) not in _NEGATABLE_CLASSES:
            # round twenty-three: "Lund, who did not explicitly say that ...": a negated
            # report in the relative clause, as in the main clause (no item)
            return None
        # ("Lund, who does not believe ...": a belief held against it, stance deny)
        rel_negated = _NOT_OR_NEVER.search(rel.group()) is not None
        end = s0 + rel.start()
        rel_comma = rel.group().startswith((",", "(", "—", "–", " -"))
        pron = _RELATIVE_PRONOUN.search(rel.group())
        if pron is not None:
            rel_pron = (end + pron.start(), end + pron.end())
        if not rel_comma:
            end += pron.start() if pron else 0
        speaker, _ = _np_before(doc, end, s0)  # "Police, which said ..."
        if reported is not None:
            speaker = reported[1]  # round forty: the phrase right before "who"
        if (
            speaker is not None
            and (obj := _VERB_THEN_NAME_END.search(text, speaker[0], speaker[1])) is not None
            and (obj.group("v").lower() in _PAST or obj.group("v").lower().endswith("ed"))
        ):
            # round twelve: "The crews met Ann Lund, who said ...": the name is the
            # verb's object; the phrase scan ran on over the clause before it
            speaker = (obj.start("name"), speaker[1])
        if (
            rel_pron is not None
            and not rel_comma
            and (reported is None or speaker is None)
            and text[rel_pron[0] : rel_pron[1]] == "who"
            and not text[end - 1 : end].isupper()
            and not _CAPITALISED_WORD_END.search(text[s0:end])
        ):
            # "the 30 percent of dock workers who said ...": a restrictive relative after a
            # common noun; its antecedent belongs to another clause, so the pronoun is
            # the source (PolNeAR marks it so)
            speaker = rel_pron
        if speaker is None and rel_pron is not None:
            # the antecedent is no plain noun phrase: the pronoun stands as the speaker
            # (PolNeAR marks it so); with one, the speaker is the antecedent (PARC and the
            # project's guide: "Lena Ortiz, who said ..." has the speaker "Lena Ortiz")
            speaker = rel_pron
        if speaker is not None and _DOC_NOUN_PHRASE.fullmatch(text[speaker[0] : speaker[1]]):
            speaker = _clause_subject(doc, s0, speaker[0])  # X issued a statement which
    return speaker, rel_pron, rel_comma, rel_negated


def _restrictive_report(
    doc: _Doc, s0: int, c1: int, s1: int, lemma: str, before_end: _BeforeEnd
) -> tuple[re.Match[str], tuple[int, int]] | None:
    """A report in a restrictive relative after a common noun: "a skipper who claimed ...".

    Returns the relative's match and its antecedent (the speaker), or None.

    Why (round thirty-eight's try, written in round forty on the lead's decision "a report
    in a restrictive relative is a report"): beliefs and intentions had it; a verb of saying
    in the same place found no speaker. The speaker is the noun phrase (the party, not the
    pronoun PolNeAR marks). Not when the relative sits in the subject of a later report of
    the sentence ("A skipper who blamed the board said ...": that one is the row), nor in an
    appositive that describes a named party ("Ann Ode, a pilot who has endorsed Lund, ..."),
    nor in a sentence the document repeats word for word (an editor's note or a disclaimer
    printed twice is boilerplate, not a report in the story), nor for a verb with its
    preposition ("talked about", "referred to": they name a topic, not a claim).
    """
    if cue_class(lemma) != "speech" or " " in lemma:
        return None  # "a figure who talked about X", "who referred to Y": a topic, no claim
    rel = before_end(_NOUN_WHO_BEFORE_CUE)
    if rel is None or _SAYING_AHEAD.search(doc.text, c1, s1):
        return None
    if _APPOSITIVE_DESCRIPTION.search(doc.text, s0, s0 + rel.start() + 1):
        return None
    sentence = doc.text[s0:s1].strip()
    if doc.text.find(sentence, s1) != -1 or doc.text.rfind(sentence, 0, s0) != -1:
        return None  # boilerplate: the same sentence again in the document
    who = doc.text.rfind("who", s0, s0 + rel.end())
    antecedent = _restrictive_antecedent(doc, s0, who) if who != -1 else None
    return None if antecedent is None else (rel, antecedent)


#: a modal or "to" whose verb a bare verb after "and" may share ("he would call X and urge")
_MODAL_OR_TO = re.compile(
    # (not a negated one: "We can't say more and ask that ..." is "we ask")
    r"\b(?:would|will|could|should|can|might|must|may|shall|to)\b(?![’']t|\s+not\b)|[’']d\b",
    re.IGNORECASE,
)


def _bare_verb_under_modal(text: str, c0: int, lemma: str, f: _Finding, cut: int) -> bool:
    """Whether a bare verb after "and" goes on with a modal inside the earlier report's content.

    Round sixty-nine: "Lund says he would call the mayor and urge him to fix the pier":
    "urge" cannot be coordinated with "says" (it would be "urges"), so it shares "would" in
    the reported clause, and the report's content keeps it. Only when the earlier cue is
    inflected ("says", "said") and the later one is the bare lemma; "They say he will resign
    and urge ..." (a bare cue) stays a coordinated report.
    """
    word = _WORD.match(text, c0)
    first = text[f.cue[0] : f.cue[1]].split()[0].lower() if f.cue[1] > f.cue[0] else ""
    return (
        word is not None
        and word.group().lower() == lemma
        and first != f.lemma
        and first not in _BARE_OR_PAST_SAME
        and _MODAL_OR_TO.search(text, f.cue[1], cut) is not None
    )


#: forms that are both bare and past or present plural ("put", "read"): no agreement test
_BARE_OR_PAST_SAME = frozenset(("put", "read", "set", "cut", "let", "hit", "say"))


#: a perfect auxiliary right before a verb ("has said", "had warned")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)


def _past_form(text: str, c0: int, c1: int) -> bool:
    """Whether the verb at ``c0`` (up to ``c1``) is past or perfect: "said", "had
    warned", "has expressed" (not "agrees", "wants", "to congratulate")."""
    word = _WORD.match(text, c0, c1)
    if word is None:
        return False
    w = word.group().lower()
    if w in _PAST or (w.endswith("ed") and len(w) > 4):
        return True
    return _PERFECT_BEFORE.search(text, max(0, c0 - 12), c0) is not None


def _past_host(doc: _Doc, c0: int, cut: int, previous: list[_Finding]) -> _Finding | None:
    """The first report a verb after "and" / "but" coordinates with, past a report nested
    in its content: "He told the paper that he agrees A and said B", "Lee said it was too
    early to congratulate X but added B", "Lee has said she wants X and has expressed B".

    Round ninety-three (for a verb of saying or asking: "hoped", "wanted", "preferred"
    after "and" go on with the reported clause as before): the nearest report before the
    conjunction lent its speaker and took the cut, so when that report was a present, bare
    or infinitive verb inside the first report's content, the second report stayed
    swallowed in it. A past or perfect verb after the conjunction goes with a past or
    perfect first report whose content holds the nearer, non-past one and runs past the
    conjunction; else None (the nearest report, as before).
    """
    text = doc.text
    if not _past_form(text, c0, c0 + 40):
        return None
    near = None
    for f in reversed(previous):
        if f.cue[1] > cut:
            continue
        if doc.sentence_index(f.cue[0]) != doc.sentence_index(c0):
            return None
        if near is None:
            if _past_form(text, f.cue[0], f.cue[1]):
                return None  # the nearest report is past itself: it is the one
            near = f
            continue
        if (
            f.speaker
            and f.cue[1] <= near.cue[0]
            # (its content reaches the conjunction: a clause end may have closed it there;
            # not a quotation, whose verbs are the quoted speaker's: 'Pim said: "When the
            # ferry docked I felt tired and told my brother"')
            and any(
                a <= near.cue[0]
                and (cut < b or not text[b:cut].strip(" ,;"))
                and text[a] not in OPEN_QUOTES
                and text[a] != "'"
                for a, b in f.content
            )
            and doc.quote_at(cut) is None
            and _past_form(text, f.cue[0], f.cue[1])
        ):
            return f
    return None


def _coordinated_speaker(
    doc: _Doc,
    s0: int,
    c0: int,
    lemma: str,
    previous: list[_Finding],
    before_end: _BeforeEnd,
) -> tuple[tuple[int, int] | None, tuple[_Finding, int] | None]:
    """The speaker of a verb coordinated with an earlier one: "He claimed X and said Y".

    The nearest report of the sentence before "and" / "but" lends its speaker, and its
    content is cut before the conjunction (returned as the pending cut, or None); with no such
    report, the subject of the nearest clause the verb can hang on. A fronted clause of time
    ("After the hearing ended, ...") is passed over: its report ends at its comma.
    """
    text = doc.text
    speaker: tuple[int, int] | None = None
    pending_cut: tuple[_Finding, int] | None = None
    coord = before_end(_AND_BUT_END)
    # round thirty-two: a fronted clause of time before the main clause ("After the
    # hearing ended, the clerk shrugged and told reporters", "While the ferry docked, its
    # pilot waved to us and remarked"): the coordinated verb is the main clause's, not
    # the report or the subject inside the fronted clause
    fronted = _FRONTED_SUBORDINATE.match(text, s0, s0 + coord.start()) if coord else None
    main_lo = fronted.end() if fronted is not None else None
    if coord:
        host = (
            _past_host(doc, c0, s0 + coord.start(), previous)
            if cue_class(lemma) in SPEECH_OR_QUESTION
            else None
        )
        for f in reversed(previous):
            if host is not None and f is not host:
                continue  # round ninety-three: the report whose content swallowed this one
            if main_lo is not None and f.cue[0] < main_lo:
                # a report inside the fronted clause ends at its comma ("After Lund had
                # announced the fee, | the pilots met and agreed")
                # (or before "and" when its content runs on past the comma)
                for cut in (text.rfind(",", s0, main_lo), s0 + coord.start()):
                    if f.cue[0] >= s0 and any(a_ < cut < b_ for a_, b_ in f.content):
                        pending_cut = (f, cut)
                        break
                break
            if (
                f.speaker
                and doc.sentence_index(f.cue[0]) == doc.sentence_index(c0)
                # round forty-four: not a noun cue's possessor ("Lund scolded Chan over his
                # call for a curfew and proposed ...": Lund proposes)
                and not _POSSESSOR.fullmatch(text, f.speaker[0], f.speaker[1])
                # after a comma, not a report nested in another's content: "It cited the
                # Air Force as stating X, and claimed Y" coordinates with "cited"; without
                # one the nearest ("the Navy, who told it X and noted Y")
                and not (
                    coord.group().startswith(",")
                    and any(
                        g is not f and any(p[0] <= f.cue[0] < p[1] for p in g.content)
                        for g in previous
                    )
                )
            ):
                if _bare_verb_under_modal(text, c0, lemma, f, s0 + coord.start()):
                    return None, None  # the reported clause's own verb, no coordinated report
                speaker = f.speaker
                # "He claimed X and said Y": the first report ends before "and said"
                # (once this one is known to be a report: "said A and attacked B"
                # keeps its content when "attacked B" is none)
                cut = s0 + coord.start()
                if (
                    f.cue[1] <= cut
                    and not doc.quote_at(cut)
                    # "said she did not condone it and hoped that ...": a belief or an
                    # intention after a report goes on with the reported clause
                    and cue_class(lemma) not in {"belief", "intention"}
                ):
                    pending_cut = (f, cut)
                break
        if speaker is None:
            # round seventeen: the subject of the nearest clause the coordinated verb can
            # hang on ("The towns had quarrelled, but their mayors met on Friday and
            # expressed ...": "their mayors", not the sentence's first subject)
            joins = list(_CLAUSE_BOUNDARY.finditer(text, main_lo or s0, s0 + coord.start()))
            rel_in = list(_PREP_WHICH.finditer(text, main_lo or s0, s0 + coord.start()))
            if (
                rel_in
                and (not joins or joins[-1].end() <= rel_in[-1].start())
                and "," not in text[rel_in[-1].end() : s0 + coord.start()]
            ):
                # round twenty-seven: a relative clause opened by a preposition and
                # "which" or by "where" holds the first verb ("a fair at which the council
                # opens its books and explains ..."): its subject speaks
                joins.append(rel_in[-1])
                speaker = _clause_subject(
                    doc, rel_in[-1].end(), c0, phrases=True
                ) or _leading_subject(doc, rel_in[-1].end(), c0)
            # (round twenty-seven: with its phrases, "Bakers from the north of the
            # valley grumbled about it and said")
            speaker = speaker or (
                (_clause_subject(doc, joins[-1].end(), c0, phrases=True) if joins else None)
                or _clause_subject(doc, main_lo or s0, c0, phrases=True)
                or _leading_subject(doc, main_lo or s0, c0)
            )
    return speaker, pending_cut


def _cut_before_time_clause(
    doc: _Doc, s0: int, c0: int, speaker: tuple[int, int], previous: list[_Finding]
) -> tuple[_Finding, int] | None:
    """The cut a report in a clause of time or reason makes in the report before it.

    "X revealed it in March when she boasted that ...": the first report's content ends
    before "when" (returned with the cut, else None), unless that content has a verb of its
    own, which takes the clause with it ("said the walkout began after ...").
    """
    text = doc.text
    lo = max(s0, speaker[0] - 16)
    sub = (
        _SUBORDINATE_BEFORE_SPEAKER.search(text, lo, speaker[0])
        # (round forty-one: searched only when the stretch ends as every match does)
        if text[lo : speaker[0]].rstrip().endswith(_SUBORDINATE_LAST_WORDS)
        else None
    )
    if sub is None:
        return None
    # round fifteen: a report in a clause of time or reason after another report ("X
    # revealed it in March when she boasted that ...", "Y admitted it made a mistake
    # after a doctor reported ..."): the first report's content ends before the clause
    cut = sub.start()
    for f in reversed(previous):
        if f.cue[0] < s0:
            break  # (outside the stretch this cue reads: linear time on run-ons)
        if (
            f.cue[1] <= cut
            and doc.sentence_index(f.cue[0]) == doc.sentence_index(c0)
            and any(a_ < cut < b_ for a_, b_ in f.content)
            and not doc.quote_at(cut)
            # only a content with no verb of its own before the clause ("revealed it in
            # March", "questioning their figures"): a reported clause takes its time
            # clause with it ("said the walkout began after the owners turned down ...")
            and not any(
                w in _FINITE
                or w in _PAST
                or w in _BARE_PAST_VERBS
                or (len(w) > 4 and w.endswith("ed"))
                for a_, b_ in f.content
                for w in _lower_words(text[a_ : min(b_, cut)])
            )
        ):
            return f, cut
    return None


def _complement_follows(doc: _Doc, after: int, s1: int) -> bool:
    """Whether the cue has words of its own after it that are no adverbial of the report: two
    words or more, the first none of a preposition's, a date's or an adverb's in -ly
    ("proposed closing the pier", "calls for rates that rise"; not "said on Monday", "said
    later", "said, B"). One word alone ("disagreed with him", "calling for change") is left to
    the older rules, which read no object of one word for most cues: the row and its speaker
    stay."""
    words = _WORD.findall(doc.text, after, min(s1, after + 80))
    if len(words) < 2:
        return False
    first = _WORD.search(doc.text, after, s1)
    if first is None or doc.text[after : first.start()].strip(" ") != "":
        # a quotation or a dash first: the older rules read it; a comma first sets the report
        # inside its statement ("Although A, he said, B": the fronted clause is said too)
        return False
    word = words[0].lower()
    return word not in _LEAD_PREPS and word not in _CALENDAR and not word.endswith("ly")


def _content_before(doc: _Doc, s0: int, s1: int, pre: str, after: int) -> list[tuple[int, int]]:
    """The content before the attribution: the clause or quotation that ends right before it.

    ``pre`` is the sentence's text before the speaker (empty for a participle, a relative
    clause or a noun cue read through its verb); ``after`` is where the text after the cue
    starts. A partial quotation takes the whole clause it ends; an adverbial lead ("On
    Tuesday,") is no content; a quotation opened in an earlier sentence is taken whole.
    """
    text = doc.text
    content: list[tuple[int, int]] = []
    pre_stripped = pre.rstrip()
    if pre_stripped.endswith((",", ",”", ',"', "”", '"', ".”", "?”", "!”", ",“")) or (
        pre_stripped and pre_stripped[-1] in '”"'
    ):
        qend = s0 + len(pre_stripped)
        # (round twelve: ',“' when the quotation finder read the mark as its close)
        q = doc.quote_ending(qend) if pre_stripped[-1] in '”"“' else None
        lead = text[s0 : q[0]] if q is not None else ""
        if (
            q is not None
            and _MIXED_LEAD.search(lead)
            and not doc.quote_at(s0)
            # (a lead ending in a comma is the clause's subject, not "Asked about it,")
            and not (
                lead.rstrip().endswith(",")
                and (
                    _ADVERBIAL.match(lead.strip())
                    or _adverbial_chunks(lead.rstrip())
                    or _ASKED_LEAD.match(lead.strip())
                )
            )
        ):
            # 'The plan is a "welcome tack," said X': a partial quotation ends a clause that
            # began before it, and the whole clause is the content
            a = s0 + len(lead) - len(lead.lstrip())
            dm = _DISCOURSE.match(text[a : q[1]])
            content.append((a + (dm.end() if dm else 0), q[1]))
        elif q is not None:
            content.append(q)
        elif (
            (
                _ADVERBIAL.match(pre_stripped.strip())
                or _adverbial_chunks(pre_stripped)
                or _ASKED_LEAD.match(pre_stripped.strip())
                # round ninety-one b: a long lone adverbial when the cue has words of its own after
                # it ("As the crowd waited for her in the hall ..., Lee proposed closing the pier")
                or (
                    len(pre_stripped) > 45
                    and _complement_follows(doc, after, s1)
                    and _adverbial_chunks(pre_stripped, long_leads=True)
                )
            )
            and not (
                # "Watching the storm made him sell the boat, he said.": a whole clause that opens
                # with a gerund, and nothing after the cue to report
                not text[after:s1].strip(' .!?;:”"') and _GERUND_SUBJECT_CLAUSE.match(pre_stripped)
            )
        ):
            pass  # "On Tuesday, X announced ...": a time phrase, not reported content
        else:
            a, b = _strip_span(text, s0, s0 + len(pre_stripped))
            # a quote started before this sentence (multi-sentence quote): take all of it
            qa = doc.quote_at(a)
            if qa is not None and qa[1] >= b:
                a = qa[0]
            dm = _DISCOURSE.match(text[a:b])
            a = a + (dm.end() if dm else 0)
            if b - a > 2:
                content.append((a, b))
    return content


#: round thirty-two: a noun cue's own modifiers, read as its subject: an article or "no" and
#: at most two lower-case words ("a late", "a curt", "no", "no further")
#: verbs and auxiliaries followed by a doer and a bare verb ("had a clerk describe", "would
#: a court say", "let a pilot read", "heard a porter shout")
_DOER_AND_BARE_VERB = frozenset(
    _words(
        """
        have has had having let lets letting help helps helped watch watched hear heard see
        saw seen can could will would should shall may might must do does did why how
        """
    )
)
_LY_ADVERB = re.compile(r"[a-z]{3,}ly")
#: shares and counts of people ("a third", "a slim majority", "a few"): subjects, not modifiers
_QUANTITY_WORDS = frozenset(
    _words(
        """
        third thirds quarter half fifth majority minority plurality few dozen handful lot number
        couple score hundred thousand million share fraction
        """
    )
)
_NOUN_CUE_MODIFIERS = re.compile(r"\b(?:[Aa]n?|[Nn]o)(?:\s+[a-z][a-z\-]*){0,2}$")
#: the verb governing such a noun, right before its article ("made", "delivered", "issued")
_LIGHT_VERB_END = re.compile(
    r"\b(?:made|makes|make|making|gave|gives|give|giving|delivered|delivers|issued|issues|"
    r"offered|offers|launched\s+into|joined\s+in|let\s+out|sent|fired\s+off)\s+$"
)
_AS_REPORT_LEMMAS = frozenset(
    {
        "say", "note", "report", "point out", "acknowledge", "write", "explain", "argue",
        "suggest", "observe", "allege", "claim", "predict", "speculate", "tell", "recall",
        "reveal", "confirm", "announce", "concede", "admit", "warn", "insist", "state",
        "describe", "mention", "indicate", "estimate", "remark", "quip", "joke", "add",
        "put it",
    }
)  # fmt: skip


#: the words after a cue that are only its time ("said Friday.", "said last week.")
_TIME_ONLY = re.compile(
    r"\s*(?:(?:on|late|early|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|today|tonight|week|month|year|night|morning|evening|"
    r"afternoon)(?:\s+(?:morning|afternoon|evening|night))?\s*[.]?\s*"
)


#: cues of what a record shows or finds
_RECORD_LEMMAS = frozenset(_words("show find indicate suggest reveal demonstrate"))
#: a participle and "by" right before a speaker ("obtained by ", "conducted by ")
_PASSIVE_BY_END = re.compile(r"\s(?:[a-z]+ed|taken|done|drawn|seen|made)\s+by\s+$")
#: a record's noun at the end of a noun phrase
_RECORD_HEAD = re.compile(
    r"\b(?:records?|documents?|polls?|surveys?|data|emails?|e-mails?|memos?|files?|reports?|"
    r"stud(?:y|ies)|analys[ie]s|audits?|figures|numbers|filings?|papers|letters?|footage|"
    r"photos?|photographs?|videos?|recordings?|results|estimates|research|review)$",
    re.IGNORECASE,
)


#: one word that names a party: a capitalised word or an object pronoun
_ONE_PARTY = re.compile(r"[A-Z][\w’'\-]*|him|her|them|us|me|it")
#: the comma that closes an aside, with the closing mark of a short quotation it ends
#: ("a “disaster,” said"; group 1 the mark)
_ASIDE_COMMA_SPACE = re.compile(r",([”\"]|'')?\s")
#: a fronted phrase "In a statement", "In his letter", "In a new campaign ad" right before a
#: participle (group 1 the message's noun)
_IN_A_MESSAGE_LEAD = re.compile(
    r"\s*[“\"‘']?In\s+(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}?([\w\-]+)\s+"
)
#: the message nouns, singular as well ("statement", "letter", "ad")
_MESSAGE_NOUNS_AND_ONE = _MESSAGE_NOUNS | frozenset(
    _words("statement message letter tweet post release memo interview")
)
#: how far before its verb a negation of the report is read (characters): four words and
#: two bracketed asides of at most 60 characters each come well within it
_NEGATION_REACH = 300
#: how many of the sentence's nearest reports a participle's speaker is looked for among
_PARTICIPLE_LOOK_BACK = 8
#: a join of a subject's phrase right before the speaker the phrase scan found ("officials
#: in | the port said", "a source close to | the mayor said", "teachers and | union officials")
_JOIN_BEFORE_SPEAKER = re.compile(
    r"\b(?:in|at|of|for|from|with|on|near|to|across|within|among|inside|outside)\s+$"
)
#: words that open a clause or an adverbial, never a subject's phrase
_CLAUSE_OPENERS = frozenset(_words("how what why when where whether if regardless as than"))
#: what may follow a report that closes its sentence: at most five words of setting or
#: audience ("said on Monday", "told the Gazette", "said in a statement"), no clause mark
_TRAILING_REPORT_TAIL = re.compile(r"(?:\s+[\w’'\-.]+){0,5}\s*[.!?]?[”\"’']?\s*")


#: a quotation's end, then a lower-case noun phrase and a preposition right before a
#: speaker ('"...," a skipper in | the room said')
_QUOTE_THEN_NP_PREP = re.compile(
    r"[,?!][”\"]\s+((?:an?|the|some|many|one|two|three|several|most)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*){0,2}\s+(?:in|at|of|for|from|with|on|near|outside|inside)\s+)$"
)
#: the prepositions every match of :data:`_QUOTE_THEN_NP_PREP` ends with, before its spaces
_QUOTE_THEN_NP_PREP_WORDS = _words("in at of for from with on near outside inside")


#: an infinitive's "to" right before the cue (round thirty-eight: or split by a manner
#: adverb, "went on to sharply criticise", "to publicly endorse")
_TO_END = re.compile(r"\bto\s+(?:[a-z]{3,}ly\s+)?$")
#: a verb and its object before an infinitive's "to" ("led Priebus", "urged them")
_OBJECT_BEFORE_TO = re.compile(
    r"\b([a-z]+)\s+(him|her|them|us|me|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})\s*$"
)


#: attitude verbs whose content is often a noun phrase object ("blasted the schedule on
#: Monday"): the object ends before the report's own adverbials, as with "announced"
#: round sixteen: the report of the one quoted ("quoted a clerk as saying")
_QUOTED_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|writing|stating|asking)\b")
_EVALUATIVE = frozenset(
    _words(
        """
        blast slam decry lament tout applaud ridicule favor favour support oppose endorse
        advocate champion back
        criticize criticise defend condemn denounce mock praise blame accuse mention
        bemoan rebuke chide congratulate downplay lambaste berate scold castigate excoriate
        disparage deride belittle offer echo discuss remind retweet hail attack post sign
        order thank charge quote reference highlight
        """
    )
) | {
    "take issue with", "advocate for", "vouch for", "comment on", "write about", "push for",
    "take credit for",
    "agree with", "rail against", "lash out at", "call out", "vote for", "vote against",
    "hope for", "press for",
    # round forty-five: verbs of advocacy, their object the content
    *EFFORT_PHRASE_LEMMAS,
    # round thirteen
    "outline", "talk up", "brag about", "take aim at", "allude to", "liken", "distance from",
    # round sixteen
    "compare", "name", "lay out", "fire back", "weigh in",
    "hit", "come out against", "come out for",
    # round fifty-five
    "open up about", "touch on", "make no secret of", "deliver", "stand by", "shrug off",
    "balk at", "trumpet", "herald",
}  # fmt: skip
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_FOUNDING_BEFORE = re.compile(r"\b(?:help|helps|helped|helping|to)\s+$")
_QUOTE_OR_TO_BE_WITHIN = re.compile(r"(?:[\w’'.\-]+\s+){1,6}?(?:[“\"‘]|to\s+be\b)")
#: a thing right before an act's participle: a reduced relative, not the act's subject
_THING_BEFORE = re.compile(
    r"\b(?:statement|message|video|letter|note|comment|photo|picture|image|tweet|post|order|"
    r"bill|law|document|memo|petition|ad|agreement|deal|treaty)s?\s+$"
)
#: round eleven: the text of a statement, the object that makes an act carry one
_STATEMENT_TEXT = (
    r"(?:(?:a|an|the|his|her|their|its|this|that|[\w\-]+[’']s)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:statements?|letters?|memo(?:randum)?s?|messages?|press\s+releases?|op-eds?|"
    r"petitions?|pledges?|declarations?|proclamations?|apolog(?:y|ies)|ultimatums?|"
    r"rebuttals?|open\s+letters?)\b"
)
#: a statement put out, then what it says: "about / over / on", "of protest / concern /
#: support" or a participle ("apologizing to X"); with "that", a colon or a quotation the
#: noun "statement" is the cue already
_STATEMENT_PUT_OUT = re.compile(
    r"\s+" + _STATEMENT_TEXT + r"(?:\s+(?:on|this|last|late|early)?\s*(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week)\b)*"
    r"(?:\s+(?:about|over|on|against)\s|\s+of\s+(?:protest|"
    r"concern|support|condemnation|condolence|apology|regret)\b|,?\s+[a-z]{3,}ing\s)"
)
_PUT_OUT_LEMMAS = frozenset({"release", "issue"})
#: round thirteen: an aim is an intention only with its infinitive ("aims to expand")
#: the lead (stance 0.23.3): a word before which a participle in -ed is an adjective of the
#: noun after it, not a report ("the ban follows repeated warnings", "faced repeated calls",
#: "despite repeated denials"): a verb of sequence, encounter or receipt, or a preposition
_ATTRIBUTIVE_HOST_END = re.compile(
    r"(?<![\w-])(?:follows?|followed|faces?|faced|facing|ignores|ignored|ignoring|prompted|"
    r"prompts|sparked|sparks|triggered|triggers|drew|draws|receives|received|receiving|"
    r"despite|amid|after|against|following)\s+$",
    re.IGNORECASE,
)
_AIM_TO = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]{2,}\b")
#: round thirteen: a word at the end of a span, and a verb right before a noun phrase
_LAST_WORD = re.compile(r"[\w’'\-]+(?=\W*$)")
_MESSAGE_VERBS = frozenset(
    _words(
        "give gives giving run runs running ran air airs aired write writes issue issues"
        # round fifty-six: a sign is held or carried ("will hold signs urging")
        " hold holds holding carry carries carrying"
    )
)


#: round fifty-six: round ten's object when it is a name with "of" inside ("called on the
#: House of Delegates to", "forced the former Secretary of Ports to")
_NAME_OF_NAME_BEFORE_TO = re.compile(
    r"\b([a-z]+)\s+((?:[A-Z][\w’'.\-]*\s+){1,3}of\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})"
    r"\s*$"
)
#: round fifty-six: prepositions outside round ten's list that end a phrase before a name
_NO_VERB_BEFORE_OBJECT = frozenset(_words("of into near outside across toward towards"))

#: round fifty-six: a text and a preposition of place right before a participle's phrase
#: ("ran ads on | two channels reminding")
_TEXT_THEN_PREP_END = re.compile(r"\b([a-z\-]+)\s+(?:on|in|with)\s+$")

#: round fifty-four: "those" with a participle ("those involved", "those polled")
_THOSE_WITH_PARTICIPLE = re.compile(r"[Tt]hose\s+\w+ed")

#: round fifty-four: verbs of seeing or causing whose object does the act of a participle
#: after it ("saw the mayor talking about", "got people talking about", "kept them guessing")
_SEE_OR_CAUSE_VERBS = frozenset(
    _words(
        """saw seen heard watched noticed caught spotted found got gotten kept left had set
    show shows showed shown showing depicts depicted"""
    )
)

#: round twenty-two: a preposition between a maker verb and its text (see _verb_attribution)
_PREP_BEFORE_TEXT = re.compile(
    r"\b(?:for|over|about|because|against|with|from|by|after|before|despite|amid)\b"
    # round fifty-four: "of" after a quantity is no preposition before the text ("spent
    # much of his speech defending": the text is still the verb's object)
    r"|(?<!\bmuch )(?<!\bmost )(?<!\bpart )(?<!\ball )(?<!\bhalf )(?<!\brest )(?<!\bbulk )\bof\b"
)


def _maker_verb(text: str, lo: int, hi: int) -> int | None:
    """Where the last verb of ``text[lo:hi]`` begins ("gave", "has aired", "spent much of"),
    or None: the verb of the clause that made a text ("Chan gave a speech ...")."""
    found = None
    for m in _LOWER_WORD.finditer(text, lo, hi):
        w = m.group()
        if w in _PAST or w in _MESSAGE_VERBS or (w.endswith("ed") and len(w) > 4):
            found = m.start()
    return found


def _r13_phrase_lemma(form: str) -> str:
    """The lemma of a round-thirteen phrase ("alluded to" -> "allude to", "came out strongly
    against" -> "come out against", "hitting" -> "hit")."""
    if form.startswith("allu"):
        return "allude to"
    if form.startswith("liken"):
        return "liken"
    if form.startswith("compar"):
        return "compare"  # round sixteen
    if form.startswith("nam"):
        return "name"  # round sixteen
    if form.startswith("distanc"):
        return "distance from"
    if form.startswith("hit"):
        return "hit"
    return "come out against" if form.endswith("against") else "come out for"


#: round twenty-eight (salvaged from round twenty-seven): where a judging verb's "as" / "for"
#: judgement begins ("attacked the plan as reckless", "for ignoring the warnings"), not a time
#: ("for hours", "for the first time"), a fixed phrase ("as well", "as part of") or a clause
#: of time or reason ("as the scrutiny grew"); read only to bound the participle test below
_JUDGED_AFTER = re.compile(
    r"(?:\s+[\w’'.\-]+){1,8}?\s+(?:as|for)\s+"
    r"(?!(?:hours|days|minutes|weeks|months|years|decades|a\s+while|some\s+time|now|long|"
    r"the\s+(?:first|second|third|last|next|past)|well|part|soon|much|far|if|though|of|to|"
    r"he|she|they|we|it|I|you|there|more|ever|good|example|instance)\b)"
    r"(?!(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\w’'\-]+\s+){1,3}?"
    r"(?:was|were|is|are|had|has|have|did|does|grew|grows|rose|fell|began|came|went|got|"
    r"heated|heats|mounted|mounts|unfolded|continued|wore|closed|ended|left)\b)"
)
_JUDGING_LEMMAS = frozenset({"attack", "slam", "blast", "praise"})


def _judgement_start(text: str, lemma: str, c1: int, s1: int) -> int | None:
    """Where a judging verb's "as" / "for" judgement begins, or None."""
    if lemma not in _JUDGING_LEMMAS:
        return None
    m = _JUDGED_AFTER.match(text, c1, s1)
    return None if m is None else m.end() - 4


#: round twenty-eight: a judging verb in its physical sense is no report: a motion into or
#: against a thing ("the storm slammed into the coast", "waves slammed against the pier"), or
#: a thing struck, shut or blown up ("slammed the door", "slammed a forehand down the line",
#: "blasted the rock with dynamite"); a person or a plan struck stays a report ("slammed the
#: board", "blasted the levy")
_PHYSICAL_LEMMAS = frozenset({"slam", "blast"})
_PHYSICAL_AFTER = re.compile(
    r"\s+(?:(?:into|against|onto|through|across|shut|open|down|off|away|past)\b(?!\s+(?:at|on)\b)"
    r"|(?:(?:the|a|an|his|her|their|its|one|two|three)\s+)?(?:[a-z\-]+\s+)?"
    r"(?:doors?|gates?|lids?|brakes?|balls?|forehands?|backhands?|serves?|volleys?|smash(?:es)?|"
    r"aces?|winners?|drives?|shots?|penalty|penalties|free\s+kicks?|homers?|home\s+runs?|"
    r"rocks?|walls?|holes?|tunnels?|music|horns?|fists?|phones?|receivers?|water|fire|"
    r"cannons?|guns?)"
    # the thing ends its phrase ("slammed the phone down", not "slammed the phone company")
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:with|into|down|shut|open|at|on|in|across|past|through|"
    r"behind|and|before|after|so|to|from|back|again|once|twice|hard|home)\b))"
)
#: round twenty-eight: what follows a judging verb's object after "as" / "for" and is no
#: judgement: a time ("for hours"), a fixed phrase ("as well") or a clause of time ("as the
#: scrutiny grew"); the content ends before it
_NOT_JUDGED = re.compile(
    r"\s+(?:as|for)\s+"
    r"(?:(?:hours|days|minutes|weeks|months|years|decades|a\s+while|some\s+time|now|long|"
    r"the\s+(?:first|second|third|last|next|past)\s+(?:time|day|week|month|year)|well)\b"
    r"|(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\w’'\-]+\s+){1,3}?"
    r"(?:grew|grows|rose|fell|began|heated|heats|mounted|mounts|unfolded|continued|wore)\b)"
)
#: acts PolNeAR counts as statements (the lead's decision in round eight), each only in the
#: shape that makes it one: "attacked Lund for his vote / as a liar / over the levy" (not
#: "attacked a convoy", "attacked for hours")
_ACT_NEEDS = {
    "attack": re.compile(
        r"\s+(?:[\w’'.\-]+\s+){1,6}?(?:for|as|over)\s+"
        r"(?!(?:hours|days|minutes|weeks|months|years|a\s+while|some\s+time|the\s+first)\b)"
        # or what someone said or did in office: "attacked the remarks", "his rival's plan"
        r"|\s+(?:(?:the|his|her|their|its|this|that)\s+)?(?:[\w.\-]+[’']s\s+)?"
        r"(?:[a-z\-]+\s+)?(?:comments?|remarks?|statements?|plans?|proposals?|polic(?:y|ies)|"
        r"decisions?|ideas?|record|speech|positions?|views|ruling|deal|bill|law|programs?|"
        r"agenda|rhetoric|tweets?|ads?|media|press)\b"
    ),
    # "posted on Twitter that", 'posted: "..."', "posted a message on Facebook" (not "posted
    # bail", "posted a loss", "was posted to Kabul")
    "post": re.compile(
        r"\s*[:“\"]|\s+that\b|(?:\s+[\w’'.\-]+){0,5}?\s+(?:on|to|via)\s+(?:(?:his|her|their|its|the)\s+)?"
        r"(?:[A-Z][\w’'.\-]*\s+)?(?:Twitter|Facebook|Instagram|Tumblr|Snapchat|YouTube|Medium|"
        r"social\s+media|(?:[\w\-]+\s+)?(?:website|blog|account|page|feed|site))\b"
    ),
    # round eleven (the lead's decision): a text one signs states something only when it
    # is a statement's text, "signed a letter urging", "signed a pledge" (not "signed the bill",
    # "signed a contract", "signed Lund to the team": bare acts)
    "sign": re.compile(r"(?:\s+[\w’'.\-]+){0,4}?\s+" + _STATEMENT_TEXT),
    # an accusation: "charged that X", "charged Lund with fraud" (not "charged the phone",
    # "charged $5", "charged into the room")
    "charge": re.compile(r"\s+that\b|(?:\s+[\w’'.\-]+){1,6}?\s+with\s"),
    # an order given with what it says: "ordered that", "ordered the agency to release"
    # (round eleven, the lead's decision: "ordered a review", "ordered a pizza" are bare acts)
    "order": re.compile(
        r"\s+that\b|(?:\s+[\w’'.\-]+){1,8}?\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]"
    ),
    # round eleven: a statement put out, with what it says: "issued a statement about",
    # "issued a letter of protest about" (not "released the prisoners", "issued a
    # statement." alone, "issued new bonds")
    # round thirteen: "credited the crews with saving the pier", "crediting her for" (not "a
    # video credited to Reuters", "credited by the studio")
    "credit": re.compile(r"\s+(?!to\b|by\b|as\b)(?:[\w’'.\-]+\s+){1,6}?(?:with|for)\s"),
    "release": _STATEMENT_PUT_OUT,
    "issue": _STATEMENT_PUT_OUT,
}


#: attitude cues that attribute only with a complement clause, an infinitive or a quotation
#: ("agreed to", "expects that", "asked whether"), never with a bare object or a participle
#: round thirty: what opens the object of "deemed" ("deemed the plan", "deemed it", "deemed
#: 40 of the ballots", "deemed that"; a capital: "deemed Lund"), and where its judgement ends
#: (a comma, a clause of reason or time: "deemed the claim false because ...")
_DEEMED_OBJECT = re.compile(
    r"(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|it|him|them|us|me|"
    r"some|all|any|many|most|several|certain|such|each|every|both|about|nearly|more|\d|[A-Z])"
    r"(?:\b|(?<=\d))"
)
_DEEMED_END = re.compile(
    r",(?![\d”\"’'])|\s(?:which|because|since|although|though|while|when|after|before)\b"
)
#: round thirty: complement-only verbs whose clause may have its subject gapped by a
#: relative ("a site which the board expects will draw patients")
_GAPPED_CLAUSE_LEMMAS = frozenset({"hope", "expect"})
_COMPLEMENT_ONLY = frozenset(
    _words("agree expect decide intend refuse decline hope ask wonder plan")
)


# _verb_attribution: its patterns built on _REL_GAP, compiled once (a pattern string costs a
# lookup a call)
#: a comma or dash and the words of :data:`_REL_GAP` right before a cue ("X, an expert, said")
_APPOSITIVE_BEFORE_CUE = re.compile(r"(?:,|\s[—–])\s*(" + _REL_GAP + r")$")


#: (round twenty-three: after a dash or a bracket too, "Lund—who had long argued", "(who
#: endorses")
#: (round eighty-eight: a spaced hyphen typed for a dash too, "Lund - who previously said")
_COMMA_RELATIVE_BEFORE_CUE = re.compile(r"(?:,|\(|[—–]|\s-)\s*(?:which|who)\s+" + _REL_GAP + r"$")
_NOUN_WHO_BEFORE_CUE = re.compile(r"\b[a-z][\w’'\-]*\s+who\s+" + _REL_GAP + r"$")
#: round forty (first tried in thirty-eight): a verb of saying later in the sentence, whose
#: subject a restrictive relative before it may be part of ("A skipper who blamed the board
#: said ...")
_SAYING_AHEAD = re.compile(r"\b(?:said|says|say|told|tells)\b")
#: an appositive opened by an article after a comma, to the end of the text searched ("Ann
#: Ode, a pilot")
_APPOSITIVE_DESCRIPTION = re.compile(r",\s+(?:a|an|the)\s[^,;:()“”\"]*$")


#: what a source can deny or reject as a report (singular forms)
#: (round eleven: more words for what was said, "dismissed the remark", "rejected the description")
_CLAIM_NOUNS = frozenset(
    _words(
        """
        claim allegation accusation report suggestion rumour rumor charge assertion notion
        idea criticism statement account finding conclusion version story
        comment remark critique concern attack label term characterization characterisation
        description argument premise theory speculation warning complaint prediction
        forecast narrative comparison assessment analysis poll survey question talk rhetoric
        """
    )
)


#: cue forms read as nouns first in political news ("the contest", "his support")
_NOUN_FIRST = frozenset(_words("support supports contest contests state states speak"))
# the unions :func:`_verb_attribution` reads, built once (a set union per call costs microseconds)
_NOUNISH_OR_NOUN_FIRST = _NOUNISH | _NOUN_FIRST
_NP_OBJECT_OR_EVALUATIVE = NP_OBJECT_LEMMAS | _EVALUATIVE | {"call for", "call on", "demand"}
_LEAD_PREPS_AND_TO = _LEAD_PREPS | {"to"}


_POLLED_END = re.compile(r"\s(polled|surveyed|questioned|interviewed|sampled)\s+$")


_SAID_OPENING_FORMS = frozenset(
    _words("said says added adds continued wrote writes explained recalled")
)


#: texts that speak for their author ("a statement which said", "released a letter saying")
_DOC_NOUNS = "statement|letter|message|tweet|post|release|report|memo|note|filing|notice"


# _verb_attribution: its patterns built on _DOC_NOUNS, compiled once (a pattern string costs a
# lookup a call)
#: a restrictive relative right before a cue: "Alex Greenwich who", "a memo which", "the 30
#: percent of dock workers who"
_RELATIVE_BEFORE_CUE = re.compile(
    r"(?:\b[A-Z][\w’'\-]+\s+who|\b(?:" + _DOC_NOUNS + r")\s+(?:which|that)"
    r"|\b(?:[a-z]+[^s\W]s|percent|people|those|others|many|most|some|few"
    # round eleven: a share, "three in 10 who said", "12% who say", "the same share who"
    r"|\d+%?|number|share|proportion|majority|half|third|quarter|fifth)\s+who)"
    r"\s+" + _REL_GAP + r"$"
)
#: a determined noun phrase headed by a text (:data:`_DOC_NOUNS`): "a statement", "the memo"
_DOC_NOUN_PHRASE = re.compile(
    r"(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:" + _DOC_NOUNS + r")", re.IGNORECASE
)


#: where a belief's content ends besides its clause end (round nine): a dash, a comma before a
#: subordinate or participle of the writer's, "and who" (a second relative clause)
#: What makes "declined" a refusal: a verb after "to" ("declined to comment", "to be named")
#: or a request turned down ("declined an interview", "declined the offer"). Anything else,
#: a figure above all ("declined to 4.5 mln dlrs", "declined 3 pct", "declined sharply"), is a
#: fall, frequent in business news.
_DECLINE_REFUSAL = re.compile(
    # a day or an adverb may come between: "declined on Friday to say", "declined again to"
    r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|tonight|again|repeatedly|politely|"
    r"immediately|also|twice|later|publicly|firmly|flatly),?)*"
    r"\s+(?:to\s+(?!(?:a|an|the|about|around|nearly|almost|some|just|only|under|over|"
    r"below|above|near|record|new|its|their|levels?|lows?|highs?)\b)[a-z]+\b"
    r"|(?:(?:an?|the|his|her|their|its|our|my|your|all|further|repeated|several|multiple|"
    r"numerous|many)\s+)?(?:comments?|interviews?|invitations?|offers?|requests?|questions?|"
    r"calls?|nominations?|"
    r"appointments?|posts?|jobs?|positions?|awards?|honou?rs?|bids?|proposals?)\b)",
)
#: what a date after a speaker may follow: a record or its participle ("released Friday")
_DATED_HEADS = _EVIDENCE_HEADS | _DATED_PARTICIPLES
#: cues whose content is mostly a noun phrase: stances, acts, attitudes
_NP_OBJECT_LEMMAS_R8 = (
    _EVALUATIVE
    | ATTITUDE_LEMMAS
    | frozenset(_ACT_NEEDS)
    | {"call for", "call on", "demand", "pledge"}
)
#: where a noun-phrase object ends (see _verb_attribution): a comma before an appositive
#: or a relative clause of the writer's, or "and" / "but" before a verb of the cue's clause
_STANCE_OBJECT_END = re.compile(
    r",?\s+(?=(?P<num>\d[\d.,]*\s*(?:percent|per\s+cent|%))|by\s+(?:a|an)\s+(?:[\w\-]+\s+){0,4}?"
    r"margin\b)"
)
_BACK_OR_FAVOR = frozenset(_words("back favor favour"))
#: round thirty: stances whose object may be one party, and that party followed by the
#: writer's words (a clause, a reason, a time, an appositive)
_SIDE_LEMMAS = frozenset(_words("support oppose back favor favour prefer endorse")) | {
    "vote for",
    "vote against",
}
_SIDE_AFTER = (
    r"(?=\s*(?:[,;]|$)|\s+(?:and|but)\s+(?![A-Z])|\s+(?:as|because|by|in|with|when|since|"
    r"after|before|during|now|again|too|though|although|while|until|at|who|which)\b)"
)
_ONE_SIDE = re.compile(
    r"(?:(?:him|them|it|us|me|her)" + _SIDE_AFTER + r")"
    r"|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?(?!(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Col|St)\.)"
    r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-.]+){0,3}" + _SIDE_AFTER
)
_OBJECT_PRONOUNS = frozenset(_words("him her them it us me"))


#: round twelve: after a cue whose speaker opens the sentence, only its manner and an aside
#: (an adverb in -ly, a participle after a comma, an "as" clause): no content of its own
_MANNER_ASIDE_ONLY = re.compile(
    r"(?:\s+[a-z]{3,}ly)?(?:\s*,\s*(?:[a-z]{3,}ly\s+)?[a-z]{3,}ing\b[^“\"]*|\s+as\s+[^“\"]*)"
    r"|\s+[a-z]{3,}ly\s*[.!?]?\s*"
)
#: a verb in the past and the capitalised name that ends the phrase after it (round twelve)
_VERB_THEN_NAME_END = re.compile(
    r"\b(?P<v>[a-z]+)\s+(?P<name>(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)$"
)
#: a sentence opening with a subject pronoun, after "Then", "And then", "But" (round twelve)
_LEADING_PRONOUN = re.compile(
    r"[\s“\"‘']*(?:(?:And|But|Yet|So|Then|Later|Now)\s+(?:then\s+)?)?(He|She|They|We|he|she|they|we)"
    r"\s+(?:[a-z]+ly\s+)?[a-z]+\b(?![’']s)"
)


#: round twenty-three: a subject and the comma before a participle aside ("Ann Lund, noting
#: ..."), and the aside's closing comma with the word after it (", said")
_SUBJECT_THEN_COMMA = re.compile(
    r"\s*[“\"‘']?([^,;:()“”\"]{1,80}?)\s*,\s*(?:(?:[a-z]{3,}ly|also|then|later)\s+)?"
)
_ASIDE_CLOSE_VERB = re.compile(r"[^,;:.“”\"()]{1,120}?,\s+([a-z][\w’'\-]*)\b")


#: round seventeen: the acts of a party (rounds eight to sixteen, and the older acts of
#: praise and blame) that an event, a force or a state of affairs does not perform
_ACTS_OF_A_PARTY = frozenset(
    {
        *_words(
            """
            highlight compare reference quote name liken attack post sign order thank credit
            charge hit praise blast slam criticize criticise condemn hail welcome tout echo
            underscore
            """
        ),
        *("lay out", "fire back", "weigh in", "allude to", "rail against", "lash out at"),
    }
)


#: words that open an adverbial before a subject, never a reported clause ("Shortly after
#: the vote, X said Y", "Speaking to reporters, X", "With the harbour master beside her, X")
_ADVERBIAL_OPENERS = frozenset(
    _words(
        """
        shortly speaking with without among during after before since when while amid despite
        following asked responding writing addressing appearing unlike throughout until
        monday tuesday wednesday thursday friday saturday sunday earlier later recently
        if unless once because although though just almost nearly outside recalling citing led
        flanked joined
        """
    )
)


#: the patterns :func:`_verb_attribution` anchors at the end of the text before its cue (built
#: last: some are defined after the function)
_TAILS = {
    p: _Tail(p)
    for p in (
        _AND_BUT_END,
        _APPOSITIVE_BEFORE_CUE,
        _ASKED_QUOTE_END,
        _ASPECT_VERB_END,
        _AS_END,
        _BE_OR_GET_AUX_END,
        _CLOSED_QUOTE_END,
        _COMMA_END,
        _COMMA_OR_QUOTE_END,
        _COMMA_RELATIVE_BEFORE_CUE,
        _DOC_NOUN_END,
        _FOUNDING_BEFORE,
        _NOUN_WHO_BEFORE_CUE,
        _PARTICIPLE_AFTER_COMMA,
        _PARTICIPLE_AFTER_DASH_OR_AND,
        _PARTICIPLE_AFTER_PREP,
        _POLLED_END,
        _PREP_GERUND_BEFORE_CUE,
        _QUOTED_AS_END,
        _RELATIVE_BEFORE_CUE,
        _SHORT_OF_COORD,
        _SHORT_OF_END,
        _THING_BEFORE,
        _TO_END,
        _WITH_WORDS_END,
    )
}

#: round thirty-five: where a match of these patterns can open in a short text before a cue:
#: after the last of the marks it never consumes (the search starts there; a look-behind still
#: sees the mark), or, marked True, at the last of the marks it opens with (a dash with the
#: space before it). A search from the start tried every position of the sentence.
_TAIL_OPENINGS: dict[re.Pattern[str], tuple[str, bool]] = {
    _APPOSITIVE_BEFORE_CUE: (",—–", True),
    _PREP_GERUND_BEFORE_CUE: (',;:“”"', False),
    _RELATIVE_BEFORE_CUE: (',;:“”"().', False),
    _AND_BUT_END: ('.;:“”"()—–-', False),
    _BE_OR_GET_AUX_END: (',.;:“”"()—–-', False),
}
#: the two tables by the pattern's identity: a pattern's hash is computed from its whole text
#: at every lookup (about two microseconds for these), an ``id`` is not (the patterns live
#: as long as the module)
_TAIL_BY_ID = {id(p): tail for p, tail in _TAILS.items()}
_OPENING_BY_ID = {id(p): opening for p, opening in _TAIL_OPENINGS.items()}
#: round forty-one: the last word of each of :data:`_REL_GAP`'s words and phrases ("in the
#: past", "last week", "on Tuesday"), besides a word in -ly
_REL_GAP_LAST_WORDS = _words(
    """
    also later then had has have previously long once since still now would will could can
    may might did does do never not first repeatedly publicly openly earlier strongly firmly
    initially originally privately quietly reluctantly eventually ultimately largely mostly
    overwhelmingly generally really actually increasingly been ly past week month year
    weekend Monday Tuesday Wednesday Thursday Friday Saturday Sunday often always usually
    sometimes again already just even both
    """
)
#: round forty-one: what the text before a cue ends with, its trailing spaces stripped, when
#: one of these patterns matches there (each pattern ends in spaces, after its last word or
#: mark, a word in -ly where it takes an adverb, or the words of :data:`_REL_GAP`); a text
#: that ends otherwise is not searched. Most cues follow a name: these searches tried every
#: position of the text for nothing.
_TAIL_ENDINGS: dict[re.Pattern[str], tuple[str, ...]] = {
    _AS_END: ("as",),
    _QUOTED_AS_END: ("as",),
    _TO_END: ("to", "ly"),
    _SHORT_OF_END: ("of", "ly"),
    _COMMA_OR_QUOTE_END: (",", "”", '"', "“"),
    _PARTICIPLE_AFTER_DASH_OR_AND: ("—", "–", "and", "ly", "also", "then", "later"),
    _APPOSITIVE_BEFORE_CUE: (",", "—", "–", *_REL_GAP_LAST_WORDS),
    _NOUN_WHO_BEFORE_CUE: ("who", *_REL_GAP_LAST_WORDS),
    _COMMA_RELATIVE_BEFORE_CUE: ("which", "who", *_REL_GAP_LAST_WORDS),
    _RELATIVE_BEFORE_CUE: ("which", "who", "that", *_REL_GAP_LAST_WORDS),
    _CLOSED_QUOTE_END: ("”", '"', ",", "“"),
    _PARTICIPLE_AFTER_COMMA: (
        ",",
        "”",
        '"',
        "’",
        "further",
        "also",
        "then",
        "later",
        "adding",
        "and",
        "ly",
    ),
    _BE_OR_GET_AUX_END: (*_words("is was were are n't n’t be been being get got gets not ly"),),
    _AND_BUT_END: (
        *_words(
            """
            and but also then later further has have had would will now since instead still
            just only finally eventually quickly again ly Monday Tuesday Wednesday Thursday
            Friday Saturday Sunday did does
            """
        ),
    ),
}
_ENDINGS_BY_ID = {id(p): endings for p, endings in _TAIL_ENDINGS.items()}


def _search_short(pattern: re.Pattern[str], before: str) -> re.Match[str] | None:
    """``pattern.search(before)`` for a pattern anchored at the end of the text before a cue,
    read from where a match can open (:data:`_TAIL_OPENINGS`)."""
    endings = _ENDINGS_BY_ID.get(id(pattern))
    if endings is not None and not before.rstrip().endswith(endings):
        return None
    opening = _OPENING_BY_ID.get(id(pattern))
    if opening is None:
        return pattern.search(before)
    marks, opens_with_mark = opening
    k = -1
    for mark in marks:
        i = before.rfind(mark)
        if i > k:
            k = i
    if opens_with_mark:
        return pattern.search(before, max(0, k - 1)) if k >= 0 else None
    return pattern.search(before, k + 1)
