"""Speaker noun phrases: the phrase before a cue ("US Defence Secretary Ash Carter said"), after
an inverted cue ("said the minister"), before a comma ("X, a spokesman for Y, said"), and the
refinement and pruning that keep titles and appositives and drop times and adverbials."""

from __future__ import annotations

import re
from itertools import pairwise

from newslens_stance.attributions.lexicon import (
    _ADVERBIAL_PP_WORDS,
    _AUX,
    _CALENDAR,
    _COMMON_SPEAKERS,
    _DETERMINERS,
    _FINITE,
    _LEAD_PREPS,
    _NOUNISH,
    _NP_INNER,
    _ORG_WORDS,
    _PAST,
    _PERSON_ROLES,
    _POSS_DET,
    _POSSESSIVE_END,
    _PRONOUNS,
    _STOP_BACK,
    _SUBORDINATORS,
    _TITLE_WORDS,
    _WEEKDAY_TIME,
    _WORD,
    CUE_FORMS,
    FORM_TO_LEMMA,
    HEDGE_ADVERBS,
    NOUN_FIRST_FORMS,
    OPEN_QUOTES,
    _words,
)
from newslens_stance.attributions.names import _ROLE_WORDS, _SPOKES, _has_proper, _kind, _name_like
from newslens_stance.attributions.negated_speakers import _negated_party
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _Holders,
    _rstrip_pos,
    _strip_span,
)

_NO_CONTENT = frozenset(
    _words("him her me them us it this that however so too also otherwise yes no")
)
_ROLE_NOUNS = _PERSON_ROLES | _TITLE_WORDS | _ROLE_WORDS | _SPOKES | _COMMON_SPEAKERS


#: a party affiliation and state in brackets after a politician's name, then auxiliaries
_AFFILIATION = re.compile(
    r"\s*\((?:[RDI]|[RDI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?"
    # round eleven: a state alone, "Sen. Ann Lee (Md.) has said", "(N.Y.)"
    r"|[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.)(?P<close>\))"
    # round eleven: a stray comma, "Sen. Ann Lee (D-Md.), said"; a time, "(D-Md.) last week"
    r",?(?:\s+(?:last|this)\s+(?:week|month|year)"
    # round twelve: "Sen. Bo Chan (D-Ore.) on Friday criticized"
    r"|\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+(?:has|have|had|also|later|then|previously|again|would|will|did|once|long|"
    r"repeatedly|publicly|recently|is|was|since|both|all))*\s*$"
)


#: the same, then the last name of the list ("(D-Md.) and Bo Chan")
_PRIOR_AFFILIATION_AND = re.compile(
    r"\((?:[RDI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?|[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.)\)"
    r",?\s+and\s+(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*$"
)
#: a name's party and state closing an earlier member of a list of names ("(D-Md.) and ",
#: "(R-Ore.), ")
_PRIOR_AFFILIATION = re.compile(
    r"\s*\((?:[RDI]|[RDI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?|[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.)\)"
    r"(?:,\s*(?:and\s+)?|,?\s+and\s+)$"
)


# _np_before: its patterns, compiled once (a pattern string costs a lookup a call)
_COMMA_END = re.compile(r",\s*$")
#: possessive determiners, which open a noun phrase of their own
_POSSESSIVE_DETERMINERS = frozenset(_words("his her their its my our your"))
#: the words that may stand right before a possessive inside one phrase ("both his
#: parents", "all their staff", "and her aides" are read elsewhere)
_AFTER_WORD_BEFORE_POSSESSIVE = frozenset(_words("and of for to at in on with from by all both"))
#: a short quotation of one to five words that ends an aside, its comma inside the marks
#: ("a “disaster,”", "of ''Today,''"); group 1 runs to the comma
_QUOTED_COMMA_END = re.compile(
    r"[\w’'.,][ \t]+(?:[“\"]|'')((?:[\w’'\-.]+[ \t]+){0,4}[\w’'\-.!?]+),(?:[”\"]|'')[ \t]*$"
)
#: the opening mark of such a quotation inside an aside
_SHORT_QUOTE_OPEN = re.compile(r"(?:^|(?<=\s))(?:[“\"]|'')(?=\w)")
_BRACKET_GAP = re.compile(r"\s*[()]\s*")
#: a plural possessive's apostrophe between words ("Train drivers' trade union")
_APOSTROPHE_GAP = re.compile(r"[’']\s+")
#: a capital or dotted initials before a full stop ("U.S", "A")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_DOTTED_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_CONTRACTION_END = re.compile(r"[’'](?:ve|d|ll|re|m)$")
_WORD_COMMA_END = re.compile(r"[A-Za-z.],\s+$")


# the word sets of the function below, built once (a set union per call costs microseconds)
_DETERMINERS_OR_AUX = _DETERMINERS | _AUX
#: auxiliaries a floated quantifier follows ("have both said", "had all argued")
_AUX_BEFORE_QUANTIFIER = frozenset(_words("have has had are were will would did do"))
_SPEAKER_PRONOUN_OR_POSS_DET = _COMMON_SPEAKERS | set(_PRONOUNS) | _POSS_DET
_POSS_DET_BUT_THIS_THAT = _POSS_DET - {"that", "this"}
_STOP_OR_AUX = _STOP_BACK | _AUX
_STOP_AUX_OR_DETERMINER = _STOP_OR_AUX | _DETERMINERS
_ROLE_NOUNS_AND_AGENT = _ROLE_NOUNS | {"agent"}
_AUX_BUT_REFLEXIVES = _AUX - {"himself", "herself"}
_ROLE_OR_ORG_WORDS = _ROLE_NOUNS | _ORG_WORDS
_LEAD_PREP_OR_CALENDAR = _LEAD_PREPS | _CALENDAR


#: adjectives paired with "and" inside a speaker's phrase ("current and former crew members")
_PAIRED_ADJECTIVES = frozenset(_words("current former past present retired serving active"))


#: the words a :data:`_WEEKDAY_TIME` phrase can end with ("Monday", "yesterday", "tonight",
#: "morning", "three weeks ago", "later that week", ...): its necessary condition
_TIME_ENDS = _words("day night morning evening afternoon week ago earlier later month year")


#: a bracketed or dash-enclosed aside right before a verb: "(who owns three boats) ", " - who
#: once said X - ", " — a pilot — " (an aside opening with a relative pronoun or an article)
_PAREN_BEFORE = re.compile(
    r"(?:\s+\((?:who|which|whose|a|an|the)\s[^()]{1,120}\)"
    r"|(?P<d>\s-\s|\s--\s|\s?—\s?|\s–\s)(?:who|whose|a|an|the"
    # round twelve: a name, a list or an inclusion in the aside ("Ann Lund - Bo Chan's
    # sister - told", "The two pilots -- Ann Lund and Bo Chan -- agreed", "Many skippers
    # - including two of the port's pilots - warn")
    r"|including|his|her|their|its|both|[A-Z][\w’'.\-]*"
    # round thirteen: any aside in a pair of dashes ("Democrats - and, in particular, Ann
    # Lund - insisted", "Chan -- mentioned by the Gazette as a pick -- told")
    r"|[a-z]+,?)\s[^—–()]{1,120}?(?P=d))\s*$"
)
#: round thirteen: auxiliaries and adverbs between an aside's closing dash and the cue
_AUX_ADVERB_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|also|then|later|previously|[a-z]{3,}ly))+"
    r"\s*$"
)
#: how every match of :data:`_AUX_ADVERB_TAIL` ends, before its spaces
_AUX_ADVERB_TAIL_ENDS = (
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "then", "later",
    "previously", "ly",
)  # fmt: skip


_ASIDE_CLOSERS = frozenset(")-—–")
#: the round-twelve openers of a dash aside that belongs to the speaker's phrase
_DASH_ASIDE_OF_THE_NAME = re.compile(r"(?:including|his|her|their|its|both|[A-Z][\w’'.\-]*)\s")


def _np_before(
    doc: _Doc, pos: int, sent_lo: int, in_list: bool = False
) -> tuple[tuple[int, int] | None, bool]:
    """The speaker noun phrase right before a cue at ``pos`` (and whether a hedge adverb
    such as "reportedly" sat between them)."""
    text = doc.text
    # a party and state after a name: "Sen. Ann Lee (D-Md.) said", "Rep. Bo Chan (R) has said"
    lo = max(sent_lo, pos - 60)
    aff = _AFFILIATION.search(text, lo, pos) if text.rfind(")", lo, pos) >= 0 else None
    if aff is not None and aff.start() > sent_lo:
        name, hedged = _np_before(doc, aff.start(), sent_lo)
        if name is None and _PRIOR_AFFILIATION_AND.search(
            text, max(sent_lo, aff.start() - 80), aff.start()
        ):
            name, hedged = _np_before(doc, aff.start(), sent_lo, in_list=True)
        if name is not None and name[1] == _rstrip_pos(text, name[0], aff.start()):
            start = name[0]
            # round twenty-six: a list of names, each with its party and state ("Ann Lee
            # (D-Md.) and Bo Chan (R-Ore.) said", "A (D-Md.), B (R) and C (I-Vt.) have said")
            while (prior := _PRIOR_AFFILIATION.search(text, max(sent_lo, start - 40), start)) and (
                prior.start() > sent_lo
            ):
                first, _ = _np_before(doc, prior.start(), sent_lo)
                if first is None or first[1] != _rstrip_pos(text, first[0], prior.start()):
                    break
                if not text[first[0] : first[0] + 1].isupper():
                    break
                start = first[0]
            return (start, aff.start("close") + 1), hedged
    # round ten: a bracket or a pair of dashes between the subject and its verb, "Lund (who
    # owns three boats) said", "Lund - who once said X - says": the subject stands before it
    eff = pos
    if text[max(sent_lo, pos - 2) : pos].strip()[-1:].isalpha():
        # "Lund -- who chairs it -- has publicly derided": the aside closes before the
        # auxiliaries and adverbs
        tail_lo = max(sent_lo, pos - 40)
        aux_tail = (
            _AUX_ADVERB_TAIL.search(text, tail_lo, pos)
            if text[tail_lo:pos].rstrip().endswith(_AUX_ADVERB_TAIL_ENDS)
            else None
        )
        if aux_tail is not None:
            eff = aux_tail.start() + 1  # (the space closes the dash)
    tail = text[max(sent_lo, eff - 3) : eff].rstrip()
    pm = (
        _PAREN_BEFORE.search(text, max(sent_lo, eff - 160), eff)
        if tail[-1:] in _ASIDE_CLOSERS
        else None
    )  # (searched only where an aside can close: the search is per call)
    if pm is not None and pm.start() > sent_lo and text[pm.start() - 1].isalnum():
        name, hedged = _np_before(doc, pm.start(), sent_lo)
        if name is not None and name[1] == _rstrip_pos(text, name[0], pm.start()):
            if pm.group("d") and _DASH_ASIDE_OF_THE_NAME.match(text, pm.end("d")):
                # round twelve: a name, a list or an inclusion in dashes describes the
                # subject and belongs to its phrase, as an appositive between commas does
                end = pm.end()
                while end > pm.start() and text[end - 1] in " \t-—–":
                    end -= 1
                return (name[0], end), hedged
            return name, hedged
    words = doc.words_before(pos, sent_lo)
    hedged = False
    cw = _WORD.match(text, pos)
    cue_word = cw.group().lower() if cw else ""
    # skip auxiliaries / adverbs between speaker and cue ("has also said")
    k = len(words) - 1
    gap_end = pos
    while k >= 0:
        w = words[k]
        lw = w.group().lower()
        pp = (
            _GAP_PHRASE.search(text, max(sent_lo, gap_end - 40), gap_end)
            if lw in _GAP_PHRASE_ENDS
            else None
        )
        if pp is not None and pp.end() == gap_end and pp.start() > sent_lo:
            # "have in the past said", "X, for example, said": an adverbial, not a speaker
            gap_end = pp.start()
            while k >= 0 and words[k].start() >= gap_end:
                k -= 1
            continue
        between = text[w.end() : gap_end]
        if between.strip():
            break
        lw = w.group().lower()
        if (
            lw in {"both", "all", "each"}
            and k >= 1
            and text[words[k - 1].end() : w.start()].strip() == ""
            and (
                words[k - 1].group().lower() not in _DETERMINERS_OR_AUX
                # round thirteen: "Cruz and Rubio have both urged", "have all attacked"
                or words[k - 1].group().lower() in _AUX_BEFORE_QUANTIFIER
            )
        ):
            gap_end = w.start()  # "Miller and Smith both acknowledged"
            k -= 1
            continue
        if (
            lw in {"may", "will"}
            and w.group()[:1].isupper()
            and (cue_word in _PAST or cue_word.endswith("ed"))
        ):
            break  # round thirteen: "Will wrote", "May urged": a modal takes no past tense
        if (
            lw in {"may", "will"}
            and w.group()[:1].isupper()
            and k >= 1
            and words[k - 1].group()[:1].isupper()
            and not text[words[k - 1].end() : w.start()].strip()
        ):
            break  # "Theresa May said", "Will Smith said": a name, not a modal
        if lw in _GAP_ADVERBS:
            gap_end = w.start()  # "The two leaders together said", "The senators even said"
            k -= 1
            continue
        if (
            (lw in _AUX and not (len(lw) > 1 and w.group().isupper()))
            # "don't", "doesn't": a negated auxiliary (the rules decide what a negation does)
            or (lw.endswith(("n't", "n’t")) and lw not in {"n't", "n’t"})
            or (
                lw.endswith("ly")
                and lw not in _LY_NOUNS
                # a capitalised -ly word is a name ("MP Kevin Conolly said"), not an adverb
                and (w.group()[:1].islower() or lw in HEDGE_ADVERBS)
            )
        ):
            hedged = hedged or lw in HEDGE_ADVERBS
            gap_end = w.start()
            k -= 1
            continue
        break
    # skip a time phrase ("Police on Tuesday said")
    tm = None
    ge = gap_end
    while ge > sent_lo and text[ge - 1] == " ":
        ge -= 1
    lo_time = max(sent_lo, ge - 40)
    # a time phrase ends in one of its last words: no scan of the window without one
    for m in (
        _WEEKDAY_TIME.finditer(text, lo_time, ge) if text.endswith(_TIME_ENDS, lo_time, ge) else ()
    ):
        if m.end() == ge:
            tm = m
    if tm is not None:
        gap_end = tm.start()
        while k >= 0 and words[k].start() >= gap_end:
            k -= 1
    if text[max(sent_lo, gap_end - 4) : gap_end].rstrip().endswith((",”", ',"', ",''")):
        # round twenty-six: an aside that ends in a short quotation, its comma inside the
        # marks ("Lund, who calls the plan a “disaster,” said", "Chan, the host of
        # “Harbour Talk,” said"): the aside's closing comma is the one inside the marks
        qc = _QUOTED_COMMA_END.search(text, max(sent_lo, gap_end - 80), gap_end)
        if qc is not None:
            head = _np_before_comma(doc, qc.end(1), sent_lo, quoted=True)
            if head is not None:
                if head[1] == qc.end(1):
                    head = (head[0], _rstrip_pos(text, head[0], qc.end()))  # (with its marks)
                return head, hedged
    comma = _COMMA_END.search(text[max(sent_lo, gap_end - 4) : gap_end])
    if comma is not None:
        return _np_before_comma(
            doc,
            gap_end - (4 if gap_end - 4 >= sent_lo else gap_end - sent_lo) + comma.start(),
            sent_lo,
        ), hedged
    np_start = None
    np_end = None
    count = 0
    while k >= 0 and count < 14:
        w = words[k]
        between = text[w.end() : (np_start if np_start is not None else gap_end)]
        if (
            between.strip()
            and not _BRACKET_GAP.fullmatch(between)
            # a share written with a per cent sign: "26% say", "26% of skippers said"
            and not (between.strip() == "%" and w.group()[-1:].isdigit())
            and not (
                # a plural possessive inside the phrase: "Train drivers' trade union Aslef"
                _APOSTROPHE_GAP.fullmatch(between)
                and w.group().endswith("s")
                and np_start is not None
                and text[w.start() - 1 : w.start()] != "'"
            )
            and not (
                between.strip() == "."
                and (
                    _INITIALS.fullmatch(w.group())
                    or w.group().lower() in _TITLE_ABBREV
                    # round eighty-nine: a month's abbreviation before its day, after a
                    # determiner ("the Nov. 8 vote", "A Sept. 8 memo"; not "On Feb. 28
                    # Lund said", a time phrase before the subject)
                    or (
                        w.group() in _MONTH_ABBREVIATIONS
                        and text[w.end() + 1 : w.end() + 4].strip()[:1].isdigit()
                        and k >= 1
                        and words[k - 1].group().lower() in _MONTH_DETERMINERS
                    )
                    # round eleven: "Bo T. Chan Jr. said": a suffix of the name
                    or w.group() in {"Jr", "Sr"}
                )
                and text[w.end() + 1 : w.end() + 40].split()[:1] != []
                and text[w.end() + 1 : w.end() + 40].split()[0].lower()
                not in _SPEAKER_PRONOUN_OR_POSS_DET
            )
        ):
            break  # punctuation or a quote mark ends the phrase ("(SDF)", "U.S. Navy" do not)
        lw = w.group().lower()
        is_cap = w.group()[:1].isupper() or w.group()[:1].isdigit()
        prev_w = words[k - 1].group().lower() if k >= 1 else ""
        if (
            lw in _AUX
            and np_start is not None
            and (
                (w.group() == "First" and text[np_start : np_start + 1].isupper())
                or (lw in _ADJ_AUX and prev_w in _POSS_DET)
            )
        ):
            pass  # "First Minister Nicola Sturgeon", "The earlier statement"
        elif len(w.group()) > 1 and w.group().isupper() and w.group().isalpha():
            pass  # an acronym, not a function word: "the WHO", "IS", "US officials"
        elif (
            lw in {"will", "may", "said"}
            and w.group()[:1].isupper()
            and w.start() > sent_lo
            and (
                (np_start is not None and text[np_start : np_start + 1].isupper())
                or (
                    np_start is None
                    and k >= 1
                    and words[k - 1].group()[:1].isupper()
                    and not text[words[k - 1].end() : w.start()].strip()
                )
            )
        ):
            pass  # a given name: "chief economist Will Buttrose"
        elif (
            lw in {"will", "may"}
            and w.group()[:1].isupper()
            and np_start is None
            and (cue_word in _PAST or cue_word.endswith("ed"))
        ):
            pass  # round thirteen: "Will wrote", "May urged": a name (a modal takes no past)
        elif lw in _STOP_BACK or lw in _AUX or lw.endswith(("n't", "n’t")):
            break
        if (
            np_start is None
            and not is_cap
            and len(lw) > 4
            and lw.endswith("ed")
            and prev_w not in _POSS_DET
            and cue_word in _NOUNISH
            and not cue_word.endswith("ed")
        ):
            break  # "officials declined comment": a verb and its object, not speaker and cue
        if lw in FORM_TO_LEMMA and not is_cap and not (np_start is None and lw in _NOUNISH):
            break
        if lw in _NP_INNER and np_start is None:
            break
        if lw == "on" and not (
            np_start is not None
            and text[np_start : np_start + 1].isupper()
            and k >= 1
            and words[k - 1].group()[:1].isupper()
            and words[k - 1].group().lower() not in _CALENDAR
        ):
            break  # but "Commission on Presidential Debates" is one name
        if lw in {"and", "of", "for", "in", "at", "de", "du", "von", "al"}:
            # inside a name ("Observatory for Human Rights") or after a role ("a spokesman
            # for the ministry"): the word before must be capitalised or a role noun
            prev = words[k - 1] if k >= 1 else None
            pl = prev.group().lower() if prev is not None else ""
            role = (pl in _ROLE_NOUNS or pl.split("-")[-1] in _ROLE_NOUNS) and lw != "and"
            if lw == "of" and (pl in _QUANTITY_HEADS or pl.split("-")[-1] in _FRACTIONS):
                # "24 percent of voters", "most of the senators", "half of them", "two-thirds
                # of the crews"
                role = True
            if lw == "of" and not role and prev is not None and pl.isalpha() and pl.islower():
                # "The Centre for Aviation's database of air carriers", "the leaders of the
                # two countries": a determined noun phrase goes on through "of"
                for j in range(k - 1, max(-1, k - 4), -1):
                    wj = words[j].group()
                    lj = wj.lower()
                    if lj in _POSS_DET_BUT_THIS_THAT or _POSSESSIVE_END.search(wj):
                        role = lj not in _STOP_BACK
                        break
                    if lj in _STOP_OR_AUX or lj in FORM_TO_LEMMA or lj in _PAST:
                        break
            if lw == "and" and pl in _PAIRED_ADJECTIVES and np_start is not None:
                role = True  # "current and former crew members", "past and present staff"
            if lw == "and" and pl in _ROLE_NOUNS_AND_AGENT and np_start is not None:
                # "Retired FBI agent and terrorism specialist Ali Soufan": two titles
                inner = text[np_start:np_end].split()
                role = (
                    len(inner) >= 3
                    and inner[0][:1].islower()
                    and inner[-1][:1].isupper()
                    and inner[-2][:1].isupper()
                )
            if (
                lw == "and"
                and not role
                and prev is not None
                and np_start is not None
                and pl.isalpha()
                and pl.islower()
                and pl not in _STOP_AUX_OR_DETERMINER
                and pl not in FORM_TO_LEMMA
                and pl not in _PAST
                and not pl.endswith("ed")
            ):
                # "trade and industry commissioner Albert Muchanga", "health and social care
                # secretary Ann Lee": a coordinated title head before a name
                inner = text[np_start:np_end].split()
                titled = [i for i, x in enumerate(inner) if x.lower() in _ROLE_NOUNS]
                role = (
                    bool(titled)
                    and titled[0] >= 1
                    and inner[0][:1].islower()
                    and len(inner) - titled[0] >= 3
                    and all(x[:1].isupper() for x in inner[titled[0] + 1 :])
                )
            if prev is None or not (prev.group()[:1].isupper() or role):
                break
            if lw == "and" and (
                "," in (gap := text[prev.end() : w.start()]) or (in_list and ")" in gap)
            ):
                # "Putin, and his associates alleged": clauses joined, not a name; round
                # twenty-six: "Ann Lee (D-Md.) and Bo Chan (R-Ore.)": a list of names with
                # their parties, read from its last name
                break
        if (
            np_start is not None
            and w.group()[:1].islower()
            and lw not in _AFTER_WORD_BEFORE_POSSESSIVE
            and words[k + 1].group().lower() in _POSSESSIVE_DETERMINERS
        ):
            # round twenty-six: a word before a possessive determiner inside the phrase is a
            # verb and the possessive opens its object ("Lund pitched | her pier plan")
            break
        np_start = w.start()
        if np_end is None:
            np_end = w.end() + (1 if between.strip() in {")", "%"} else 0)
            if (_DOTTED_INITIALISM.fullmatch(w.group()) or w.group() in {"Jr", "Sr"}) and text[
                w.end() : w.end() + 1
            ] == ".":
                np_end = w.end() + 1  # "the U.S.", "Bo T. Chan Jr." keep their last full stop
        count += 1
        k -= 1
        if (lw in _PRONOUNS or lw in {"i", "we"}) and not (
            w.group() == "I" and text[w.end() : w.end() + 1] == "."
        ):
            break  # "I." is an initial: "Wayne A. I. Frederick"
        if lw in {"the", "a", "an"}:
            nxt = words[k] if k >= 0 else None
            inside_name = (
                nxt is not None
                and nxt.group() == "and"
                and k >= 1
                and words[k - 1].group()[:1].isupper()
                and not text[words[k - 1].end() : nxt.start()].strip()
                and not text[nxt.end() : w.start()].strip()
            )
            if nxt is None or (nxt.group().lower() not in {"of", "for", "at"} and not inside_name):
                break  # "Council of Trade and the Arts" goes on through "and the"
    if np_start is None or np_end is None:
        return None, hedged
    if "ing " in text[max(sent_lo, np_start - 80) : np_start]:
        # round eighteen: a participle phrase between the subject and its verb ("Lund
        # speaking to reporters said", "X writing in the Gazette argued", "the minister
        # appearing on television denied"): the phrase scanned is the participle's object;
        # the subject stands before the participle
        pm = _PARTICIPLE_PHRASE_END.search(text, max(sent_lo, np_start - 80), np_start)
        if (
            pm is not None
            and pm.start(1) > sent_lo
            and pm.group(1) not in _ING_NOUNS
            and not cue_word.endswith("ing")
            # a subject pronoun opens a clause of its own ("a baby growing in my stomach
            # and so I said"), as does a join inside the object ("... and she said")
            and text[np_start:np_end].lower() not in _SUBJECT_PRONOUN_WORDS
            and _CLAUSE_JOIN_WORD.search(text, pm.end(1), np_start) is None
            # the participle's object is a plain phrase: no verb, auxiliary, pronoun or
            # subordinator in it ("the crowd cheering in the square as Lund said")
            and not any(
                w in _OBJECT_BREAKS or w in _PAST or (len(w) > 4 and w.endswith("ed"))
                for w in text[pm.end(1) : np_start].lower().split()
            )
        ):
            prev = doc.words_before(pm.start(1), sent_lo, 1)
            pw = prev[0].group() if prev else ""
            plw = pw.lower()
            if (
                prev
                and not text[prev[0].end() : pm.start(1)].strip()
                and plw not in _STOP_OR_AUX
                and plw not in _DETERMINERS
                and plw not in _POSS_DET
                and plw not in _LEAD_PREP_OR_CALENDAR
                and plw not in FORM_TO_LEMMA
                and not _POSSESSIVE_END.search(pw)
                and not (len(plw) > 4 and plw.endswith("ed"))
                and plw not in _PAST
            ):
                head, hedged2 = _np_before(doc, pm.start(1), sent_lo)
                if (
                    head is not None
                    and head[1] == prev[0].end()
                    # a subject: a name, a capital or a determiner opens it ("spend many
                    # hours reflecting on ..." is a verb phrase)
                    # the subject of the clause, not a preposition's object ("In a speech
                    # marking the day Lund said")
                    and not any(
                        x.group().lower() in _LEAD_PREPS or x.group().lower() in _STOP_BACK
                        for x in doc.words_before(head[0], sent_lo, 1)
                    )
                    and (
                        text[head[0] : head[0] + 1].isupper()
                        or text[head[0] : head[1]].split()[0].lower() in _DETERMINERS
                        or text[head[0] : head[1]].split()[0].lower() in _POSS_DET
                    )
                ):
                    # the whole phrase as written, as PARC and PolNeAR mark a subject with
                    # its participle ("Protesters marching in the capital said")
                    return (head[0], np_end), hedged or hedged2
    contr = _CONTRACTION_END.search(text[np_start:np_end])
    if contr:
        np_end = np_start + contr.start()  # "they've said" -> "they"
    # a phrase whose first word is a preposition-only leftover is no speaker
    first = text[np_start:np_end].split()[0].lower()
    if first in {"of", "from", "at", "with"}:
        # "Anderson Cooper, of CNN, said": the prepositional phrase is the name's appositive
        comma = _COMMA_END.search(text[max(sent_lo, np_start - 3) : np_start])
        if comma is not None:
            cpos = max(sent_lo, np_start - 3) + comma.start()
            name, _ = _np_before(doc, cpos, sent_lo)
            if name is not None and _has_proper(text[name[0] : name[1]]):
                return (name[0], np_end), hedged
    if first in {"of", "for", "in", "at", "on", "and", "from", "with"}:
        return None, hedged
    phrase = text[np_start:np_end]
    if " " not in phrase and phrase.islower() and phrase not in _PRONOUNS:
        before1 = doc.words_before(np_start, sent_lo, 1)
        if (
            phrase.endswith("ing")
            or (before1 and before1[0].group().lower() in _AUX_BUT_REFLEXIVES)
            or (
                before1
                and before1[0].group().lower() == "to"
                and phrase not in _COMMON_SPEAKERS
                # (the second word back read only after "to")
                and not (
                    len(before2 := doc.words_before(np_start, sent_lo, 2)) == 2
                    and before2[0].group().lower() == "according"
                )
            )
        ):
            return None, hedged  # "protecting alleged abusers", "to extradite accused men"
    # "X of the University of California, Los Angeles said": a place after a comma
    # completes the name before it
    phrase_words = text[np_start:np_end].split()
    if (
        len(phrase_words) <= 3
        and all(w[:1].isupper() for w in phrase_words)
        and not any(w.lower() in _ROLE_OR_ORG_WORDS for w in phrase_words)
        and _WORD_COMMA_END.search(text[max(sent_lo, np_start - 3) : np_start])
    ):
        comma = text.rfind(",", sent_lo, np_start)
        head, _ = _np_before(doc, comma, sent_lo)
        lead = doc.words_before(head[0], sent_lo, 1) if head is not None else []
        if (
            head is not None
            and text[head[0] : head[0] + 1].isupper()
            and " of " in text[head[0] : head[1]]
            and len(text[head[0] : head[1]].split()) >= 3
            and not (lead and lead[0].group().lower() in _LEAD_PREP_OR_CALENDAR)
        ):
            return (head[0], np_end), hedged
    # "Kipchoge after the run said": the phrase is an adverbial; the speaker precedes it
    # (the word before it read only for a phrase in lower case: a name never is one)
    before = doc.words_before(np_start, sent_lo, 1) if text[np_start:np_end][:1].islower() else []
    if (
        before
        and not text[before[0].end() : np_start].strip()
        and before[0].group().lower() in {"after", "before", "during", "following", "at"}
        # round seventeen: a subject pronoun after "after" or "before" opens a clause of its
        # own ("left the port after he criticised ..."): it is the speaker
        and text[np_start:np_end].lower() not in {"he", "she", "they", "we", "it", "you"}
    ):
        head, _ = _np_before(doc, before[0].start(), sent_lo)
        if (
            head is not None
            and (
                text[head[0] : head[1]][:1].isupper()
                or text[head[0] : head[1]].split()[0].lower() in _POSS_DET
            )
            # "protests in Belgrade after the government announced": a speaker noun after
            # "after" heads a clause of its own
            and text[np_start:np_end].split()[-1].lower() not in _ROLE_OR_ORG_WORDS
            # round ninety-four: a clause after "after" / "before" when the phrase before it
            # is a verb's or a preposition's object ("The board closed the pier after the
            # auditor said ..."); "during", "at" and "following" open no clause ("a short
            # line at the foot saying")
            and not (
                before[0].group().lower() in {"after", "before"}
                and _object_before(doc, head[0], sent_lo)
            )
        ):
            return head, hedged
    return (np_start, np_end), hedged


def _object_before(doc: _Doc, pos: int, sent_lo: int) -> bool:
    """Whether the phrase at ``pos`` follows a lower-case word with nothing between: a verb's
    or a preposition's object ("closed the pier", "ban athletes from Rio"), not a subject
    ("Kipchoge after the run said", "so busy that Lee after a regatta thanked")."""
    lead = doc.words_before(pos, sent_lo, 1)
    return (
        bool(lead)
        and not doc.text[lead[0].end() : pos].strip()
        and lead[0].group().islower()
        and lead[0].group() not in _CLAUSE_OPENERS
    )


#: words after which a phrase opens a clause as its subject
_CLAUSE_OPENERS = _SUBORDINATORS | frozenset(_words("and or but while whereas although though"))


#: round eighteen: a participle and its preposition, then the words of its object up to the
#: phrase scanned ("speaking to the Atlantic Council think ", "writing in ")
_PARTICIPLE_PHRASE_END = re.compile(
    r"(?<![\w’'\-])([a-z]{2,}ing)\s+(?:to|in|on|at|before|with|from|for|about|during|into|"
    r"through|outside|inside|near|alongside|under|after)\s+(?:[^,;:()“”\"\n.!?—–]{0,60}?\s)?$"
)
_OBJECT_BREAKS = (
    (_STOP_BACK - frozenset(_words("to into onto from with by about upon after before")))
    | _AUX
    | frozenset(_words("i we you he she they it who which that"))
)
_CLAUSE_JOIN_WORD = re.compile(r"\b(?:and|but|or|so|yet|nor|while|whereas|because)\b")
#: nouns in -ing that head a phrase before a preposition ("The hearing on Friday said")
_ING_NOUNS = frozenset(
    _words(
        """
        building meeting morning evening hearing briefing funding training spring thing king
        ring wing ceiling wedding shooting bombing ruling rating polling housing spending
        lending bidding opening landing clothing mining fishing shipping banking farming
        trading marketing accounting engineering nursing teaching parking offering filing
        reading warning finding findings feeling understanding beginning ending setting
        being nothing something anything everything during including according regarding
        concerning following pending willing unwilling interesting outstanding existing
        remaining missing leading ongoing upcoming incoming outgoing governing
        """
    )
)
#: adverbs that sit between a subject and its verb without "-ly" ("the leaders together said")
_GAP_ADVERBS = frozenset(
    # round eleven: "has long said", "had long argued"
    _words(
        "together even jointly instead alone too ever since themselves long"
        # round seventeen: sentence adverbs between subject and verb ("Lund however said")
        " however meanwhile nonetheless nevertheless though therefore thus indeed"
        # round twenty-six: how often, between an auxiliary and its verb ("has twice said")
        " twice thrice"
    )
)
#: adverbial phrases between a subject and its verb ("have in the past said", "X, for
#: example, said"); their words are no speaker
_GAP_PHRASE = re.compile(
    r"(?:,\s*)?\b(?:in the past|in particular|for example|for instance|at the time|at first|"
    r"in recent (?:days|weeks|months|years)|in the end|in fact|of course|as expected|once again|"
    r"for (?:his|her|their|its) part|in turn|by contrast|in response|in return|at least|"
    r"in the meantime|as well|as usual|in private|in public|on the record"
    # a time between subject and verb: "X, the board's chair, this past week announced", "The
    # mayor earlier this month said"
    r"|(?:(?:earlier|later)\s+)?(?:this|last|that)\s+(?:past\s+)?(?:week|month|year|weekend|"
    r"morning|afternoon|evening|spring|summer|fall|autumn|winter)"
    r"|(?:earlier|later)\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today)"
    r")\s*,?\s*$",
    re.IGNORECASE,
)
_GAP_PHRASE_ENDS = frozenset(
    _words(
        """
        past particular example instance time first days weeks months years end fact course
        expected again part turn contrast response return least meantime well usual private
        public record week month year weekend morning afternoon evening spring summer fall
        autumn winter monday tuesday wednesday thursday friday saturday sunday today
        """
    )
)
#: nouns that head a quantified speaker ("24 percent of voters", "most of the senators")
_FRACTIONS = frozenset(_words("thirds quarters fourths fifths tenths"))
_QUANTITY_HEADS = frozenset(
    _words(
        """
        percent majority most many some half third quarter all none each several few dozens
        hundreds thousands millions number share plurality minority one two three four five
        """
    )
)
#: title abbreviations whose full stop does not end a speaker's phrase ("Dr. Steven Wolf")
_TITLE_ABBREV = frozenset(_words("dr mr mrs ms prof gen col lt sgt capt gov sen rep st rev hon"))
#: month abbreviations written with a period before a day ("Nov. 8") inside a subject's
#: phrase, after a determiner (round eighty-nine)
_MONTH_ABBREVIATIONS = frozenset(_words("Jan Feb Aug Sep Sept Oct Nov Dec"))
_MONTH_DETERMINERS = frozenset(_words("the a an its his her their our this that"))
#: words in -ly that are nouns, not adverbs ("the Hajo assembly said", "the daily reported")
_LY_NOUNS = frozenset(
    _words(
        """
        family italy ally rally assembly supply july anomaly monopoly reply daily weekly
        monthly quarterly fly bully belly lily emily kelly sally molly holly
        """
    )
)
#: _AUX words that are adjectives after a determiner ("the earlier statement")
_ADJ_AUX = frozenset(_words("earlier later first last"))

_PAREN_ADVERBS = frozenset(
    _words(
        """
        however meanwhile too also though therefore nevertheless moreover instead likewise indeed
        separately similarly furthermore
        """
    )
)
_PREP_PAREN = frozenset(
    _words(
        """
        in on at during according speaking writing from via through after before later
        following despite amid as while whilst when although though if
        """
    )
)
#: prepositions that may open an appositive describing a named speaker ("Sharif Hotak, of
#: the provincial council,", "Zoe, on the top deck of the bus,")
_APPOSITIVE_PREPS = frozenset(_words("of on in at from with"))


# _np_before_comma: its patterns, compiled once (a pattern string costs a lookup a call)
_BRACKET_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&]{1,9}\)")


def _np_before_comma(
    doc: _Doc, comma: int, sent_lo: int, quoted: bool = False
) -> tuple[int, int] | None:
    """Speaker before "X, <appositive or parenthetical>, said": "Damodar Naik, spokesperson
    for the party, said" gives the name and its appositive; "The party, in its statement,
    said" skips the parenthetical."""
    text = doc.text
    lo = max(sent_lo, comma - 160)
    prev = text.rfind(",", lo, comma)
    if prev < 0:
        return None
    seg_a, seg_b = _strip_span(text, prev + 1, comma)
    seg = text[seg_a:seg_b]
    bare = _BRACKET_ACRONYM.sub("", seg)  # "(SDF)" is part of a name
    if quoted:
        bare = _SHORT_QUOTE_OPEN.sub(" ", bare, count=1)  # (the aside's own short quotation)
    words = bare.split()
    if not words or len(words) > 14 or any(c in bare for c in '“”"()'):
        return None
    head, _ = _np_before(doc, prev, sent_lo)
    before_prev = text[lo:prev].rstrip()
    if before_prev.endswith(")"):
        # "The general secretary of the RMT union (National Union of Rail, Maritime and
        # Transport Workers), Mick Cash, said": a bracket with commas inside is one unit
        op = text.rfind("(", lo, prev)
        if op > lo and "," in text[op:prev]:
            inner, _ = _np_before(doc, op, sent_lo)
            if inner is not None:
                head = (inner[0], lo + len(before_prev))
    if head is None:
        return None
    head_text = text[head[0] : head[1]]
    if (
        words[0].lower() in {"including", "among", "notably"}
        or (
            words[0].lower() == "like"
            and head_text.split()[-1][:1].islower()
            and len(words) >= 2
            # names or a noun phrase, not a clause ("like we did in Iowa") or a filler ("like,")
            and not any(
                w.lower() in _FINITE or w.lower() in _PAST or w.lower() in _PRONOUNS
                for w in words[1:]
            )
        )
    ):
        # "others, including Fox News reporter Jo Lee, confirmed"; round twenty-six: "the
        # port's critics, like Lund and Chan, say" (examples of the subject, in its phrase)
        return head[0], seg_b
    if words[0].lower() in {"which", "who", "whose", "whom"}:
        # PARC: a relative clause modifying the source is part of its noun phrase ("The
        # Islamic State ..., which is linked to the Abu Sayyaf Group, claimed")
        return head[0], seg_b
    if (
        words[0].lower() in _APPOSITIVE_PREPS
        and len(words) >= 3
        and _has_proper(head_text)
        and head_text.split()[0].lower() not in _PRONOUNS
        and not any(w.lower().strip(".,") in _ADVERBIAL_PP_WORDS for w in words)
        and not any(w.lower() in _FINITE for w in words)
    ):
        # PARC: a prepositional appositive describes the speaker and is part of its phrase
        # ("Fourteen-year-old Zoe, on the top deck of the bus, said"); a time or medium
        # ("in a statement", "on Sunday") is the report's adverbial and is left out
        return head[0], seg_b
    if (
        words[0].lower() in _PREP_PAREN
        or (words[0].lower().endswith("ing") and words[0].lower() in FORM_TO_LEMMA)
        or (
            len(words) <= 3
            and words[0].lower() in _PAREN_ADVERBS
            and not any(w[:1].isupper() or w.lower() in _POSS_DET for w in words[1:])
        )
    ):
        return head  # "The party, in its statement, said"; "CNN, however, reported"
    if head_text.split()[0].lower() in _PRONOUNS:
        return None
    if (
        not head_text[:1].isupper()
        and not all(_name_like(w) for w in words)
        and not _described_party(head_text, words)
        and not _subject_after_setting(text, sent_lo, head, words)
    ):
        return None  # "the current bishop, Allan Casicas, said" is fine; a lower-case pair not
    if any(w.lower() in _FINITE or w.lower() in FORM_TO_LEMMA for w in words):
        return None  # a clause, not an appositive
    # stacked appositives: "Marta Quiroga, an official with Cofesa, a Chilean export
    # agency, told": the head is itself an appositive of a name before it
    head = _refine_speaker(doc, head)
    outer = text.rfind(",", lo, head[0])
    if (
        outer >= 0
        and not text[outer + 1 : head[0]].strip()
        and text[head[0] : head[1]].split()[0].lower() in {"a", "an", "the"}
    ):
        name, _ = _np_before(doc, outer, sent_lo)
        lead = doc.words_before(name[0], sent_lo, 1) if name is not None else []
        if (
            name is not None
            and text[name[0] : name[0] + 1].isupper()
            and _has_proper(text[name[0] : name[1]])
            and not any(w.lower() in _CALENDAR for w in text[name[0] : name[1]].split())
            and not (
                lead
                and "," not in text[lead[0].end() : name[0]]
                and lead[0].group().lower() not in {"and", "but", "while", "whereas", "although"}
            )
        ):
            return name[0], seg_b
    return head[0], seg_b


#: round sixty-one: the determiners that open a head phrase before an appositive
_HEAD_DETERMINERS = frozenset(_words("the his her their its our"))
#: words that make a lower-case appositive a phrase or a clause, not a role before a name
_ROLE_STOPWORDS = frozenset(
    _words("to the a an by of in on at for with from as such and or but that who which like")
)


def _described_party(head_text: str, words: list[str]) -> bool:
    """Round sixty-one: whether a lower-case head and its appositive name a party: a name
    in the head and an appositive opened by an article ("the Courier, a weekly paper,
    revealed"), or a role in lower case ending in a full name ("his wife, longtime harbour
    aide Ann Berg, announced"; "one skipper, harbour pilot Ole Lund, disagrees").

    Why: with no name on either side, two lower-case phrases between commas are as often a
    fronted phrase and a subject ("In the hall, the clerk, ...") as a party and its gloss.
    """
    head = head_text.split()
    if words[0].lower() in {"a", "an", "the"}:
        # (a determiner first: "so far Canova, a professor," is no phrase of one party)
        return head[0].lower() in _HEAD_DETERMINERS and any(w[:1].isupper() for w in head[1:])
    role = [w for w in words if w[:1].islower()]
    return (
        3 <= len(words) <= 8
        and words[0][:1].islower()
        and all(w[:1].isupper() for w in words[-2:])
        # a role of nouns and adjectives, no phrase or clause ("sticking to the area held
        # by the Nusra Front", "such as Dale and Lund")
        and not any(
            w in _ROLE_STOPWORDS or w.endswith("ing") or w in _FINITE or w in FORM_TO_LEMMA
            for w in role
        )
    )


def _subject_after_setting(
    text: str, sent_lo: int, head: tuple[int, int], words: list[str]
) -> bool:
    """Round sixty-five: "In the hall, the clerk, a tall man, said": a lower-case head opened
    by a determiner, an appositive opened by an article, and before the head only a fronted
    setting or time ("In the hall,", "Last week,", "On Monday, in Lenz,"), which
    :func:`bounds._adverbial_chunks` reads as adverbials. The head is then the clause's
    subject, not the second of two fronted phrases; refused, the cue took the words after it
    ("the pier was closed") for an inverted speaker.

    Why the setting must be there: with a preposition or a verb right before the head, the
    pair is a phrase and its gloss ("the ban on the pier, a relic, ...").
    """
    from newslens_stance.attributions.bounds import _adverbial_chunks  # (bounds imports us)

    if words[0].lower() not in {"a", "an", "the"}:
        return False
    if text[head[0] : head[1]].split()[0].lower() not in _HEAD_DETERMINERS:
        return False
    pre = text[sent_lo : head[0]]
    return pre.rstrip().endswith(",") and _adverbial_chunks(pre)


# _np_after: its patterns, compiled once (a pattern string costs a lookup a call)
#: a number word in it: "a 2012 regatta veteran", "20 analysts", "the 52-year-old"
_NUMBER_IN_SPEAKER = r"\d[\d\-]*(?:[a-z][\w\-]*|(?= [A-Za-z]))"
#: the phrase after an inverted cue, up to a clause mark ("..., said the minister.")
_INVERTED_SPEAKER = re.compile(
    r"\s+((?:the |a |an )?(?:[A-Z][\w’'.\-–]*|[a-z][\w\-]*|" + _NUMBER_IN_SPEAKER + r")"
    r"(?:\s+(?:[A-Z][\w’'.\-–]*|of|for|the|and|[a-z][\w’'\-]*|" + _NUMBER_IN_SPEAKER + r")){0,16}?)"
    r"(?=\s*(?:[.,;!?“\"(]|$))"
)
#: round twelve: an inverted speaker whose restrictive relative runs past the word limit of
#: :data:`_INVERTED_SPEAKER` ('"...," said one crew member who saw it but asked not to be
#: named since ...'): the phrase up to the relative pronoun
_INVERTED_SPEAKER_BEFORE_RELATIVE = re.compile(
    r"\s+((?:the |a |an )?(?:[A-Z][\w’'.\-–]*|[a-z][\w\-]*|" + _NUMBER_IN_SPEAKER + r")"
    r"(?:\s+(?:[A-Z][\w’'.\-–]*|of|for|the|and|[a-z][\w’'\-]*|" + _NUMBER_IN_SPEAKER + r")){0,8}?)"
    r"(?=\s+(?:who|that)\s)"
)
_LOWER_ROLE_BEFORE_NAME = re.compile(
    r"(?:[a-z][\w\-]*\s+){1,3}[A-Z][\w’'.\-]*\s+[A-Z]"
    # round twelve: a place inside the role, "said former Oslo harbour master Ed Lund"
    r"|[a-z][\w\-]*\s+[A-Z][\w\-]*\s+(?:[a-z][\w\-]*\s+){1,2}[A-Z][\w’'.\-]*\s+[A-Z]"
)
_TRAILING_APPOSITIVE = re.compile(
    # a dotted acronym is one word of it ("the British envoy to the U.S."), not its end
    r",\s+(?:(?:a|an|the|his|her|their)\s)?(?:\b[A-Z]\.(?:[A-Z]\.)+|[^,;.\"“”]){1,80}?"
    r"(?=[.;,]|\s*$)"
)
#: a dotted acronym whose last period the trim of a sentence's end took ("the U.S")
_ACRONYM_CUT = re.compile(r"\b[A-Z]\.(?:[A-Z]\.)*[A-Z]$")
_ON_CHANNEL = re.compile(
    r"\s+(?:on|via)\s+(?:Twitter|Facebook|Instagram|X|social media|television|"
    r"radio|TV)\b"
)
_TIME_PHRASE_START = re.compile(r"\s+(?:after|before|during|following|while|when|upon)\s")


def _np_after(doc: _Doc, pos: int, sent_hi: int, loose: bool = False) -> tuple[int, int] | None:
    """The speaker of an inverted attribution ("..., said the minister.")."""
    text = doc.text
    m = _INVERTED_SPEAKER.match(text, pos, sent_hi)
    relative_end = None
    if not m:
        m = _INVERTED_SPEAKER_BEFORE_RELATIVE.match(text, pos, sent_hi)
        if not m:
            return None
        # the relative clause belongs to the speaker's phrase, to the sentence end or a
        # quotation opening there
        relative_end = sent_hi
        for q in OPEN_QUOTES:
            i = text.find(q, m.end(1), relative_end)
            if i != -1:
                relative_end = i
    a, b = m.start(1), m.end(1)
    phrase = text[a:b]
    first = phrase.split()[0].lower()
    words = phrase.split()
    if (first in _STOP_BACK or first in _AUX or first == "that") and not (
        # "said Will Marsh", "said May Lin": a capitalised first name that looks like a modal
        first in _AUX and words[0][:1].isupper() and len(words) > 1 and words[1][:1].isupper()
    ):
        return None
    if first in _PRONOUNS and len(phrase.split()) > 1:
        return None  # "..., said it reached agreement": a clause, not an inverted speaker
    if not (
        phrase[:1].isupper()
        or first
        in _words(
            """
            the a an he she they it we his her their its our one another both some many
            most several few other others
            """
        )
        or (loose and len(phrase.split()) <= 16)
        # "says political scientist Dossym Satpayev", "said former senator Ann Lee": a
        # lower-case role before a name
        or (
            _LOWER_ROLE_BEFORE_NAME.match(phrase) is not None
            and not any(w in _FINITE or w in _STOP_BACK for w in phrase.lower().split()[:4])
        )
    ):
        return None
    if relative_end is not None:
        b = relative_end
        while b > a and text[b - 1] in ". ;,":
            b -= 1
        return a, b
    # appositive up to the sentence end: "said John Smith, a spokesman for the ministry."
    rest = text[b:sent_hi]
    ap = _TRAILING_APPOSITIVE.match(rest)
    ap_words = ap.group().lstrip(", ").split() if ap else []
    if (
        ap
        and ap_words
        and (
            ap_words[0].lower() in {"a", "an", "the", "his", "her", "their"}
            or ap_words[0][:1].isupper()
        )
    ):
        b = b + len(ap.group().rstrip(". ;"))
    while b > a and text[b - 1] in ". ":
        b -= 1
    if text[b : b + 1] == "." and _ACRONYM_CUT.search(text, max(a, b - 12), b):
        b += 1  # "... envoy to the U.S.": the acronym keeps its period
    via = _ON_CHANNEL.search(text[a:b])
    if via:
        b = a + via.start()  # "said Joshua Wong on Twitter": the channel is not the speaker
    when = _TIME_PHRASE_START.search(text[a:b])
    if when and when.start() > 0:
        b = a + when.start()  # "said Kosgei after the race": a time, not the speaker
    return a, b


_WEEKDAY_LEAD = re.compile(
    r"(?:(?:(?:On|This|Last|Next|Early|Late|Earlier|Later)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:On\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|(?:Earlier|Later|Last)\s+(?:this|that|last|next)?\s*(?:week|month|year|day|night)"
    r"|(?:[Tt]he\s+(?:same|next|following)|[Tt]hat)\s+(?:day|night|morning|evening|week))"
    r",?\s+(?=[A-Z])"
)
#: "US Ambassador to | Germany Richard Grenell", "A source within | the Interior Ministry",
#: "The Committee to | Protect Journalists": a head (capitalised words, or a determiner and a
#: role noun) and a preposition that the backwards phrase scan stopped at.
_HEAD_PREP = re.compile(
    r"(?:^|(?<=[\s,;:(“\"]))(?P<head>(?:(?:[Tt]he|[Aa]n?|[A-Z][\w’'.\-]*)\s+)?"
    r"(?:(?:[A-Z][\w’'.\-]*|[a-z]+)\s+){0,3}?)(?P<prep>to|of|within|from|for|at|with|in)\s+$"
)
#: :data:`_HEAD_PREP`'s prepositions: a window that does not end in one is not searched
_HEAD_PREP_WORDS = ("to", "of", "within", "from", "for", "at", "with", "in")
_ENVOYS = frozenset(
    _words(
        "delegate envoy adviser advisor correspondent counsel representative ambassador reporter"
    )
)
_COLLECTIVE = frozenset(
    _words("team group panel consortium delegation coalition number majority pair trio")
)
_SOURCE_HEADS = frozenset(
    _words(
        """
        source sources official officials spokesman spokeswoman spokesperson member members
        representative representatives
        """
    )
)


_TIME_HEAD = re.compile(
    r"(?:(?:(?:several|a few|few|many|the past|the last|the next|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
    r"evening|night))?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})(?:\s*,)?\s+(?=\S)"
)


# _refine_speaker: its patterns, compiled once (a pattern string costs a lookup a call)
#: a time noun left by "Last"/"This" before a name ("month London broker ...")
_TIME_NOUN_BEFORE_NAME = re.compile(
    r"(?:week|month|year|night|weekend|morning|evening|afternoon)\s+(?=[A-Z])"
)
_LAST_THIS_NEXT_END = re.compile(r"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]hat)\s+$")
_TIME_PREP_END = re.compile(
    r"\b(?:[Oo]n|[Ff]or|[Ii]n|[Oo]ver|[Dd]uring|[Ss]ince|[Bb]y|"
    r"[Uu]ntil|[Aa]fter|[Bb]efore|[Ww]ithin|[Tt]hroughout)\s+$"
)
_BOTH_AND_END = re.compile(
    r"(?:^|(?<=[\s,;:(“\"]))[Bb]oth\s+(?:the|an?|his|her|its|their|[A-Z][\w’'.\-]*)\s+"
    r"(?:[\w’'.\-]+\s+){0,5}?and\s+$"
)
_NAME_LIST_END = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3},\s+){1,8}and\s+$"
)


def _ends_in_and(window: str) -> bool:
    """Whether ``window`` ends in "and" and a space, as every match of :data:`_BOTH_AND_END`
    and :data:`_NAME_LIST_END` does (their necessary condition, tested before a search that
    tries every position of the window)."""
    return window[-1:].isspace() and window.rstrip().endswith("and")


_NAME_LIST_HEAD = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3},\s+){1,8}$"
)
_PLURAL_LIST_HEAD = re.compile(
    r"(?:(?<![^\s(“\"]))(?:(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+)?"
    r"(?:[\w’'\-]+\s+){0,2}[\w’'\-]+s,\s+){1,6}$"
)
#: what may open a sentence before a list speaker
_LIST_LEAD = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|So|Still)\s+)?")
_INCLUDING_END = re.compile(r"\b(?:including|such as)\s+$")
_NAME_PARTICLE_END = re.compile(r"(?:^|(?<=[\s,;:(“\"]))(?:Al|El|Le|La|De)\s+$")
_THE_CAPITAL = re.compile(r"the [A-Z]")
_VIA = re.compile(r"\s+via\s+")


# the word sets of the function below, built once (a set union per call costs microseconds)
_TITLE_OR_ORG_WORDS = _TITLE_WORDS | _ORG_WORDS
_SOURCE_OR_ROLE_NOUNS = _SOURCE_HEADS | _ROLE_NOUNS
_TITLE_OR_ENVOY_WORDS = _TITLE_WORDS | _ENVOYS
_LEAD_PREP_CALENDAR_OR_ARTICLE = _LEAD_PREP_OR_CALENDAR | {"the", "a", "an"}


#: round nineteen: a sentence adverb or a fronted participle clause with its comma, opening
#: the sentence and taken into the speaker ("Instead, Lund and Chan argued", "Moreover, Ann
#: Lund, director of the port, noted", "Pressed by Mr. Chan, Mr. Lund said", "Reached by
#: phone, Lund - who ... - told"): the participle is followed by a lower-case
#: word (a name in -ing or -ed is not: "Fielding, the chief executive, said"); round
#: thirty-two: a phrase of time, place or topic opening the sentence ("On Sunday, Lund and Chan
#: urged", "As for the fee, the clerk said")
_FRONTED_LEAD = re.compile(
    r"[“\"‘']?(?:(?:But|And|Yet|So)\s+)?(?:"
    r"(?:Instead|Moreover|However|Meanwhile|Still|Indeed|Also|Furthermore|Further|Besides|"
    r"Likewise|Similarly|Nevertheless|Nonetheless|Finally|Separately|Otherwise|Ultimately|"
    r"Worst\s+of\s+all|Best\s+of\s+all|Above\s+all|Most\s+of\s+all|In\s+addition|In\s+fact|"
    r"In\s+turn|At\s+the\s+same\s+time|Of\s+course|For\s+(?:his|her|their|its)\s+part)"
    r"|[A-Z][a-z]{2,}(?:ing|ed)\s+[a-z][^,;:“”\"()—–]{0,120}?"
    # round thirty-two: a phrase of time, place or topic ("On Sunday, Lund and Chan urged", "In
    # separate calls, two pilots said", "As for the fee, the clerk said", "Also Monday, X")
    r"|(?:On|In|At|As\s+for|During|After|Since)\s+[^,;:“”\"()—–]{1,60}?"
    r"|(?:Also\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^,;:“”\"()—–]{0,60}?"
    r"),\s+(?=[A-Z]|(?:the|a|an|his|her|their|its|two|three|four|five|several|many|some|most)\s)"
)


def _fronted_lead_off(doc: _Doc, sp: tuple[int, int]) -> tuple[int, int]:
    """The speaker without a sentence adverb or a fronted participle clause that opens the
    sentence (round nineteen; see :data:`_FRONTED_LEAD`)."""
    a, b = sp
    if a >= b or doc.text[a] not in "“\"‘'ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        return sp
    if doc.text[doc.sentence(a)[0] : a].strip(" “\"‘'"):
        return sp
    m = _FRONTED_LEAD.match(doc.text, a, b)
    if m is None or m.end() >= b:
        return sp
    return m.end(), b


def _plural_list_head(doc: _Doc, sp: tuple[int, int]) -> tuple[int, int]:
    """A list of plural nouns whose last two were taken: "Friends, | lobbyists and former
    foes say", "The families, | supporters and officials said" (the list opens the sentence).
    """
    text = doc.text
    a, b = sp
    if " and " not in text[a:b] or text[b - 1 : b] != "s":
        return sp
    s0 = doc.sentence(a)[0]
    lo = max(s0, a - 120)
    m = _PLURAL_LIST_HEAD.search(text, lo, a)
    if m and m.end() == a and _LIST_LEAD.fullmatch(text, s0, m.start()):
        lead = _LIST_LEAD.match(text, m.start(), a)
        return (lead.end() if lead else m.start(), b)
    return sp


def _proportion_subject(doc: _Doc, sp: tuple[int, int], cue0: int) -> tuple[int, int]:
    """The whole subject when a proportion of a group opens the sentence and the scan kept
    only its last words: "At least half of the skippers in each port | say", "Majorities of
    voters in four towns going to | the polls said", "More than half of respondents in the
    Harbour Times/Coast | poll said" (round forty-one).

    Why: the backwards scan stops at a preposition, a slash or a name inside a long subject;
    a share of a group ("half of", "majorities of", "40 percent of") names the party that
    speaks, and a poll's findings are reported so in news. Only for a speaker before its cue,
    that is no pronoun, with no clause's word, comma, colon or quotation mark between the
    share and the speaker (:data:`_PROPORTION_STOP`).
    """
    text = doc.text
    a, b = sp
    if b > cue0:
        return sp
    s0 = doc.sentence(a)[0]
    # (a share's "of" before the speaker's end first: most sentences have none)
    if not s0 < a <= s0 + 200 or text.find(" of ", s0, b) < 0:
        return sp
    if text[a:b].lower() in _SUBJECT_OR_RELATIVE_PRONOUNS:
        return sp
    m = _PROPORTION_SUBJECT.match(text, s0, a)
    if m is None or m.start("share") >= a or _PROPORTION_STOP.search(text, m.end(), a):
        return sp
    return m.start("share"), b


def _few_words(text: str, lo: int, hi: int, n: int) -> bool:
    """Whether ``text[lo:hi]`` holds at most ``n`` words (:data:`_WORD`), read no further
    than its ``n + 1``-th word.

    Why (round thirty): the subject patterns of :func:`_refine_speaker` match from the
    sentence's start to the speaker, and their head is refused past a few words; in a run-on
    "sentence" of thousands of reports ("X began calling for a vote and ..."), matching them
    at every speaker read the whole run-on again each time. The words of such a head are
    words of ``text[lo:hi]`` (the head is bounded by spaces and quotation marks, which no
    word contains) less at most two (a leading "But", the closing "and" or preposition), so
    a stretch of more than its limit plus two words gives no head the rules keep. True for
    any stretch of at most 120 characters (matched as before, whatever its words)."""
    if hi - lo <= 120:
        return True  # (a short stretch is matched as before: the count would cost more)
    return all(i < n for i, _ in enumerate(_WORD.finditer(text, lo, hi)))


def _refine_speaker(doc: _Doc, sp: tuple[int, int]) -> tuple[int, int]:
    """Bring a speaker span to the PARC convention: the whole noun phrase as written.

    Why: the backwards scan that finds a speaker stops at prepositions, so titles and heads
    with "to"/"within"/"from" lose their first half ("US Ambassador to Germany Richard
    Grenell", "An official from TfL"); a bracketed acronym belongs to the name ("British
    Transport Police (BTP)"); a leading day name is an adverbial ("On Friday Ford ...");
    "via news agency Interfax" names a channel, not the speaker.
    """
    text = doc.text
    a, b = sp
    s0, s1 = doc.sentence(a)
    # leading day name: "On Friday Ford Motor Company announced"
    m = _WEEKDAY_LEAD.match(text, a, b)
    if m and m.end() < b:
        a = m.end()
    # a time noun left by "Last"/"This": "Last | year Paris consultancy Veran & Co forecast"
    m = _TIME_NOUN_BEFORE_NAME.match(text[a:b])
    if m and _LAST_THIS_NEXT_END.search(text[max(s0, a - 6) : a]):
        a += m.end()
    # a time phrase left by a preposition: "On | Thursday officials", "For | several days Iran"
    m = _TIME_HEAD.match(text, a, b)
    if m and m.end() < b and _TIME_PREP_END.search(text[max(s0, a - 12) : a]):
        a = m.end()
    # coordinated speakers: "Both the council and | the government called for ..."
    window = text[max(s0, a - 80) : a]
    m = _BOTH_AND_END.search(window) if _ends_in_and(window) else None
    if m and not any(
        w.lower() in _FINITE or w.lower() in FORM_TO_LEMMA or w.lower() in _STOP_BACK
        for w in m.group().split()[1:-1]
    ):
        a = max(s0, a - 80) + m.start()
    # a list of names: "German firms including Deutsche Bahn, Daimler, and | Siemens have"
    if text[a : a + 1].isupper():
        lo = max(s0, a - 200)
        m = _NAME_LIST_END.search(text[lo:a]) if _ends_in_and(text[lo:a]) else None
        if m:
            start = lo + m.start()
            inc = _INCLUDING_END.search(text[max(s0, start - 12) : start])
            if inc:
                head, _ = _np_before(doc, max(s0, start - 12) + inc.start(), s0)
                if head is not None:
                    a = head[0]
            elif not text[s0:start].strip(' “"'):
                a = start
    # the list's last two names were taken: "Okafor, | Lund and Marsh said"
    if text[a : a + 1].isupper() and " and " in text[a:b]:
        lo = max(s0, a - 200)
        m = _NAME_LIST_HEAD.search(text[lo:a])
        if m and not text[s0 : lo + m.start()].strip(' “"'):
            a = lo + m.start()
    # name particle cut off: "Al Jazeera", "El Mundo"
    m = _NAME_PARTICLE_END.search(text[max(s0, a - 4) : a])
    if m and text[a : a + 1].isupper():
        a = max(s0, a - 4) + m.start()
    # head and preposition before the phrase
    window = text[max(s0, a - 60) : a]
    # (the pattern's necessary condition first: the window ends in its preposition and a space)
    m = (
        _HEAD_PREP.search(window)
        if window[-1:].isspace() and window.rstrip().endswith(_HEAD_PREP_WORDS)
        else None
    )
    if m and m.group("head").strip() and text[a : a + 1].strip():
        head = m.group("head").split()
        low = [w.lower() for w in head]
        prep = m.group("prep")
        titled = any(w.lower().strip(".") in _TITLE_OR_ORG_WORDS for w in head)
        caps_head = all(w[:1].isupper() for w in head)
        role = low[-1] in _SOURCE_OR_ROLE_NOUNS and (
            low[0] in {"a", "an", "the"} or (len(head) <= 2 and low[-1].endswith("s"))
        )  # "a spokesman for", "Scientists from", "senior officials at"
        ok = False
        lead_word = low[0] in _LEAD_PREP_CALENDAR_OR_ARTICLE
        if prep in {"within", "from", "at", "with", "of"} and (
            caps_head and len(head) >= 2 and not lead_word and not titled
        ):
            ok = text[a : a + 1].isupper() or text[a : a + 4] == "the "  # "Regina Ip from the"
        if prep in {"within", "from", "at", "with"}:
            ok = ok or role
        elif prep == "in":
            ok = role and low[0] in {"a", "an", "the"}  # "An Al Jazeera reporter in Kenya"
        elif prep == "of" and low[-1] in _COLLECTIVE and low[0] in {"a", "an", "the"}:
            ok = True  # "an international team of scientists"
        elif prep == "to":
            ok = (caps_head and (titled or len(head) >= 2) and text[a : a + 1].isupper()) or (
                low[-1] in _TITLE_OR_ENVOY_WORDS
                and (low[0] in {"the", "a", "an"} or head[0][:1].isupper())
                and (text[a : a + 1].isupper() or _THE_CAPITAL.match(text[a : a + 6]))
            )  # "Former US Ambassador to the United Nations Nikki Haley"
        else:  # of / for: only when the scan left out a capitalised title ("Minister of")
            ok = caps_head and titled and text[a : a + 1].isupper()
        before = text[s0 : max(s0, a - 60) + m.start("head")].rstrip()
        if ok and (not before or before[-1] in ',;:(“"' or _ends_with_stop(before)):
            a = max(s0, a - 60) + m.start("head")
    # the subject's head before a prepositional phrase: "protest organizers in | Cleveland",
    # "Opponents of allowing refugees into | the U.S.", "Audit files from | NGP VAN"
    # (round thirty: a run-on sentence's start is not read at each of its speakers: a head of
    # more than 12 words is refused below, so a longer stretch cannot change ``a``)
    # (round forty-one: tried only when the stretch ends in one of its prepositions and a space)
    m = (
        _SUBJECT_PREP.fullmatch(text, s0, a)
        if text[a - 1 : a].isspace()
        and text[s0:a].rstrip().endswith(_SUBJECT_PREP_WORDS)
        and _few_words(text, s0, a, 14)
        else None
    )
    if m is None and text[a - 1 : a].isspace() and "," in text[s0:a]:
        # round forty-four: the same after a fronted phrase of time or place and its comma ("On
        # Friday, the pilots in the north said": not "the north")
        fronted = _FRONTED_PHRASE.match(text, s0, a)
        if (
            fronted is not None
            and text[s0:a].rstrip().endswith(_SUBJECT_PREP_WORDS)
            and _few_words(text, fronted.end(), a, 14)
        ):
            m = _SUBJECT_PREP.fullmatch(text, fronted.end(), a)
            if m is not None and (
                _holds_past_verb(m.group("head")) or len(_WORD.findall(m.group("head"))) > 6
            ):
                m = None  # "In May, the crew of the ferry built a site for the club, which says"
    if m is not None:
        head = m.group("head")
        words = [w.lower() for w in _WORD.findall(head)]
        lead = _DISCOURSE_LEAD.match(head)
        if (
            words
            and 1 <= len(words) <= 12
            and words[0] not in _LEAD_PREPS | _SUBJECT_NOT_LEAD
            and not any(
                w in _FINITE
                or w in FORM_TO_LEMMA
                # round fifty-one: "about" before a number is an approximation, no
                # preposition ("Only about 4 in 10 anglers in | each port")
                or (w in _STOP_BACK and (w != "about" or _ABOUT_NOT_NUMBER.search(head)))
                for w in words
            )
            and (head[:1].isupper() or words[0] in _POSS_DET or words[0] in _GROUP_QUANTIFIERS)
            and not lead
        ):
            a = m.start("head")
    # round fifteen: a coordinated subject opening the sentence, whose first conjunct the
    # scan left out at "and" ("The mayor and | the harbour master said", "Doctors and |
    # medical experts warned", "She and | other councillors refused"); not two clauses
    # ("The storm hit the coast and | officials said", "Lund wins and | Chan says")
    # (round sixty-six: a first conjunct with an "of" phrase, "The vast majority of the
    # town council and | local historians", may run to eleven words)
    m = _SUBJECT_AND.fullmatch(text, s0, a) if _few_words(text, s0, a, 11) else None
    if (
        m is not None
        and text[a : a + 1].strip()
        # "... and they knew": a subject pronoun after "and" opens a clause of its own
        and text[a:b].lower() not in _SUBJECT_PRONOUN_WORDS
        and _conjunct_ok(m.group("head"), of_phrase=True)
    ):
        a = m.start("head")
    elif text[a : a + 1].strip() and text[a:b].lower() not in _SUBJECT_PRONOUN_WORDS:
        # round thirty-two: the same coordinated subject after a clause's opening, not the
        # sentence's ("By the autumn, she and | two pilots wrote", "... after farmers and |
        # two bakers testified", "the mill closed, and the mayor and | his deputy said"), and
        # a list of common nouns ("Yet bakers, ferry crews, and | three teachers insist"):
        # each conjunct a short phrase the same word test accepts
        a = _coordinated_after_opening(text, s0, a)
    # round fifteen: a subject pronoun takes no words after it but a pair or a quantifier
    # ("She soon | learned", "as he kept | talking about", "It made no | mention"; "She and
    # her aides", "they all" stay)
    m = _PRONOUN_THEN_WORD.fullmatch(text, a, b)
    if m is not None and all(
        w in _AUX
        or w in _PAST
        or w in _PRONOUN_TAIL_WORDS
        or (len(w) > 4 and w.endswith(("ly", "ed")))
        or (len(w) > 3 and w.endswith("s") and not w.endswith("ss"))
        for w in m.group(2).split()
    ):
        # (not "I know Chan", "They know everyone", "we see why some skippers": the
        # phrase after a verb is the subject of the cue's clause)
        b = m.end(1)
    # round fifteen: a verb that takes a clause inside the phrase ("Lund hopes | voters see",
    # "I know | Lund doesn't want", "Polls show | voters oppose"): the phrase after it is the
    # cue's subject; the verb and its subject belong to the report that holds this one
    for w in _LOWER_WORD_RE.finditer(text, a, b) if _PLAIN_PHRASE.fullmatch(text, a, b) else ():
        if w.group().lower() not in _CLAUSE_VERB_FORMS or w.start() == a:
            continue
        prev = [x.lower() for x in text[a : w.start()].split()]
        if (
            not prev
            or len(prev) > 3
            or prev[-1] in _DETERMINERS
            or prev[-1] in _POSS_DET  # "the hope", "his fears"
            or any(x in _STOP_BACK for x in prev)  # "those who said", "which shows"
        ):
            break
        rest = _THAT_LEAD.match(text, w.end(), b)
        after = text[rest.end() : b].split() if rest is not None else []
        if after and len(after) <= 4:
            a = rest.end()  # type: ignore[union-attr]
        break
    # a bracketed acronym after the name: "United States Geological Survey (USGS)"
    m = _BRACKET_ACRONYM.match(text[b : min(s1, b + 14)])
    if m:
        b += m.end()
    # "the mayor of Yartsevo via news agency Interfax": the channel is not the speaker
    m = _VIA.search(text[a:b])
    if m and m.start() > 0:
        b = a + m.start()
    return a, b


#: round fifty-one: an "about" that is a preposition, not an approximation before a number
_ABOUT_NOT_NUMBER = re.compile(
    r"\b[Aa]bout\s+(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b|"
    r"a\s+(?:third|quarter|dozen)\b)"
)
_SUBJECT_PREP = re.compile(
    r"\s*[“\"]?(?P<head>[^,;:()“”\"\n]+?)\s+(?:in|on|from|of|at|for|with|into|across|within|"
    r"among|outside|inside|near|behind|under)\s+"
)
#: round forty-one: a proportion of a group opening a sentence ("At least half of", "Large
#: majorities of", "Nearly 40 percent of", "Two-thirds of"), after a quotation mark or a lead
#: conjunction; its phrase runs to the speaker unless :data:`_PROPORTION_STOP` finds a clause
_PROPORTION_SUBJECT = re.compile(
    r"\s*[“\"]?(?:(?:But|And|Yet|Still)\s+)?(?P<share>(?:(?:[Aa]t least|[Mm]ore than|[Ll]ess than|"
    r"[Ff]ewer than|[Nn]early|[Aa]lmost|[Aa]bout|[Rr]oughly|[Jj]ust|[Oo]nly|[Oo]ver|[Uu]nder|"
    r"[Aa]round|[Cc]lose to)\s+)?(?:[Hh]alf|[Aa] third|[Aa] quarter|[Oo]ne-third|[Tt]wo-thirds|"
    r"[Tt]hree-quarters|(?:[Ll]arge |[Ss]lim |[Nn]arrow |[Cc]lear )?[Mm]ajorit(?:y|ies)|[Mm]ost|"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per cent))\s+of\s+)"
)
#: what ends a proportion's phrase before the speaker: a clause's word, a comma or a colon
_PROPORTION_STOP = re.compile(
    r"[,;:()“”\"\n]|\b(?:is|are|was|were|has|have|had|said|says|say|told|do|does|did|will|would|"
    r"can|could|that|who|which|whom|whose|when|while|because|if)\b"
    # (a single quotation mark opens or closes a quotation where a space stands beside it)
    r"|\s['‘’]|['‘’]\s",
    re.IGNORECASE,
)
#: the prepositions every match of :data:`_SUBJECT_PREP` ends with (before its spaces)
#: round forty-four: quantifiers that open a subject with its phrases ("both of the mayor's
#: rivals for the seat", "some in the crowd")
_GROUP_QUANTIFIERS = frozenset(_words("both some most many all several"))
#: round forty-four: a fronted phrase of time or place and its comma opening a sentence
_FRONTED_PHRASE = re.compile(
    r"\s*[“\"]?(?:(?:In|On|At|During|After|Before|Since|Earlier|Later|Last|This)\b"
    r"[^,;:()“”\"\n]{2,60}|[A-Z][a-z]+day),\s+"
)
_SUBJECT_PREP_WORDS = _words(
    "in on from of at for with into across within among outside inside near behind under"
)
#: round fifteen: a coordinated subject's first conjunct opening the sentence ("The mayor and")
_SUBJECT_AND = re.compile(
    r"\s*[“\"]?(?:(?:But|And|Yet|So|Still)\s+)?(?P<head>[^,;:()“”\"\n]+?)\s+and\s+"
)
#: verbs whose past is their base form, unknown to the word lists ("The firm cut jobs and")
_BARE_PAST_VERBS = frozenset(
    _words("cut put set hit let quit shut hurt cost spread read beat bid cast split bet upset")
)
_PRONOUN_THEN_WORD = re.compile(
    r"((?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t))\s+([a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*)?)"
)
#: words that may follow a subject pronoun inside the scanned phrase and are no part of it
_PRONOUN_TAIL_WORDS = frozenset(
    _words("soon very much either rather even no am keep start started help make made feel")
)
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
_PLAIN_PHRASE = re.compile(r"[^,;:()\-—–“”\"\n]+")
_THAT_LEAD = re.compile(r"\s+(?:(?:that|why|how|whether)\s+)?")
#: verbs whose object is a clause, found inside a scanned subject phrase
_CLAUSE_VERB_FORMS = frozenset(
    _words(
        """
        know knows knew think thinks thought believe believes believed hope hopes hoped say says
        said expect expects expected fear fears feel feels felt suspect suspects insist insists
        insisted argue argues argued show shows showed understand understands
        """
    )
)
_SUBJECT_PRONOUN_WORDS = frozenset(_words("i we you he she they it"))
_SUBJECT_OR_RELATIVE_PRONOUNS = _SUBJECT_PRONOUN_WORDS | frozenset(_words("who which that"))
_PRONOUN_CONTRACTION = re.compile(
    r"(?:he|she|it|they|we|i|you|that|there|who)[’'](?:s|re|ve|ll|d|m)"
)
_SUBJECT_NOT_LEAD = frozenset(
    _words(
        """
        if while although though when whenever as after before since because unless once
        until whether but and or so yet it there this that what how why where who which
        meanwhile however also still now then according per
        """
    )
)
_DISCOURSE_LEAD = re.compile(r"(?:[A-Z][a-z]+day|Last|This|Next|Earlier|Later)\b")


#: round fifty-one: a subordinating word (or "even as") that opens a clause inside the
#: sentence, before its subject ("because", "when", "if"; not "as" alone, whose phrase is
#: often a complement, nor "after" / "before", whose phrase is often a noun's; not a colon,
#: after which a title runs on: "Storm Watch: Night of Fire with Chief Lee | saying")
_SUBORDINATE_OPENING = re.compile(
    r"\b(?:[Ww]hen|[Ww]hile|[Ww]hereas|[Bb]ecause|[Ss]ince|[Tt]hough|[Aa]lthough|[Uu]ntil|"
    r"[Oo]nce|[Ii]f|[Ee]ven as)\s+"
)


def _subject_prep_after_opening(doc: _Doc, sp: tuple[int, int], cue0: int) -> tuple[int, int]:
    """The speaker ``sp`` with the head and preposition before it, when they follow a
    subordinating word or a colon inside the sentence and the phrase's object is ``sp``.

    Why (round fifty-one): rounds thirty and forty-four read "head PREP | object" only from
    the sentence's start or after a fronted phrase; inside a clause a subordinating word
    opens ("When a woman in the gallery | yelled", "because surveys in two towns | showed",
    "even as skippers in the north | called for") the scan kept the phrase's object. The
    head is read as a conjunct of round thirty-two is (:func:`_conjunct_ok`: a noun phrase of
    up to five words, no verb, auxiliary, participle or stop word; lower case allowed). Read
    for a speaker right before its cue (``cue0``; an auxiliary or an adverb in -ly between):
    "Some of the crew in | a poll" is no subject of "in", nor "a meeting with | senior staff
    in May, which would suggest" of "suggest"."""
    text = doc.text
    a, b = sp
    if (
        not text[a - 1 : a].isspace()
        or not text[max(0, a - 12) : a].rstrip().endswith(_SUBJECT_PREP_WORDS)
        or not _only_aux_between(text, b, cue0)
    ):
        return sp
    s0, _ = doc.sentence(a)
    lo = max(s0, a - 100)
    opening = None
    for found in _SUBORDINATE_OPENING.finditer(text, lo, a):
        opening = found  # (the last one: the clause the speaker opens)
    if opening is None:
        return sp
    m = _SUBJECT_PREP.fullmatch(text, opening.end(), a)
    if (
        m is None
        or _WORD.match(m.group("head")) is None
        or _WORD.match(m.group("head")).group().lower() in _SUBJECT_PREP_WORDS  # type: ignore[union-attr]  # "because of"
        or not _conjunct_ok(m.group("head"), lower=True)
    ):
        return sp
    return m.start("head"), b


#: round fifty-one: a subject's head and a preposition whose object is a list of names, all
#: but the last pair written before the speaker ("Most voters in Elm, | Oak and Ash said")
_HEAD_PREP_LIST = re.compile(
    r"\s*[“\"]?(?:(?:But|And|Yet|Still)\s+)?(?P<head>[^,;:()“”\"\n]+?)\s+(?:in|from|at|of)\s+"
    r"(?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2},\s+){1,4}"
)
_NAME_PAIR = re.compile(r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2},?\s+and\s+[A-Z][\w’'.\-]*")


#: round sixty-five: a full name opening a sentence before its appositive's comma
_OPENING_FULL_NAME = re.compile(
    r"\s*[“\"]?(?P<name>[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|de|van|von|al|bin)){1,3})"
)
#: an abbreviation ending the text before a sentence ("P.M.", "Gov."): a split too early
_ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:(?:[A-Z]\.){1,3}|(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col|Lt|St|Prof)\.)\s*$"
)
#: words that open a sentence in capitals and are no first name
_NO_FIRST_NAME = frozenset(
    _words(
        "the a an this that these those his her its their our my your in on at after before "
        "but and yet so when while if as since for with by from to of meanwhile however also"
    )
)


def _name_before_open_appositive(doc: _Doc, sp: tuple[int, int], c1: int) -> tuple[int, int]:
    """Round sixty-five: "Ann Berg, the clerk of the harbour board said ...": an appositive
    whose closing comma the writer left out. The scan stopped at the comma and gave the
    appositive ("the clerk of the harbour board"); the subject is the full name that opens the
    sentence, with its appositive (as PolNeAR and PARC mark "Ann Berg, the clerk, said").

    Guards: the name is all the sentence holds before the comma (two to four capitalised words,
    no determiner or preposition first), the appositive opens with an article, and no comma
    follows the cue ("Ann Berg, the clerk said, will not run": a parenthetical report whose
    content the name opens)."""
    text = doc.text
    a, b = sp
    if a < 2 or text[a - 2 : a] != ", " or text[c1 : c1 + 1] == ",":
        return sp
    first = _WORD.match(text, a, b)
    if first is None or first.group() not in {"the", "a", "an"} or " " not in text[a:b]:
        return sp
    s0, _ = doc.sentence(a)
    m = _OPENING_FULL_NAME.fullmatch(text, s0, a - 2)
    if m is None or not _plain_opening_name(text, m, s0):
        return sp
    return m.start("name"), b


def _plain_opening_name(text: str, m: re.Match[str], s0: int) -> bool:
    """Whether the name :data:`_OPENING_FULL_NAME` matched at the sentence's start ``s0`` is a
    person's or a body's name, not a fronted phrase (round sixty-five's guards)."""
    words = m.group("name").split()
    first = words[0].lower()
    return not (
        first in _NO_FIRST_NAME
        or any(w.lower().strip(".") in _CALENDAR for w in words)
        # a common word the sentence's opening capitalised ("Late Friday,", "Unlike Lund,")
        or re.search(r"(?<![\w’'\-])" + re.escape(first) + r"\b", text) is not None
        # a sentence split after an abbreviation ("... Lenz M.P. | Ann Berg, the ...")
        or _ABBREVIATION_END.search(text, max(0, s0 - 8), s0) is not None
    )


#: round sixty-six: an age and a town after a name, the closing comma left out (", 41, of Lenz")
_OPEN_AGE_TOWN = re.compile(r",\s+\d{1,3},\s+of\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}")
#: round sixty-six: a relative clause after a name, the closing comma left out (", who chairs")
_MAIN_VERB_AFTER_COMMA = re.compile(r",\s+(?:is|was|are|were|has|have|had|will|would)\b")
_OPEN_RELATIVE = re.compile(r",\s+who\s+(?P<rel>[^,;:()“”\"\n]{3,90}?)\s+")


def _name_before_open_aside(doc: _Doc, sp: tuple[int, int], c1: int) -> tuple[int, int]:
    """Round sixty-six: round sixty-five's missing closing comma after an age and a town ("Ole
    Lund, 41, of Lenz found") or a relative clause ("Ann Berg, who chairs the harbour board
    said"). The scan stopped at the town ("Lenz") or at the relative's verb ("the harbour
    board"); the subject is the name that opens the sentence with its aside, as the comma-
    closed forms give ("Ole Lund, 41, of Lenz, found").

    Guards: round sixty-five's (a plain name alone before the comma, no comma after the cue);
    the relative holds no verb of saying or thinking and no "that" ("Ann Berg, who says
    voters believe ...": the voters are the speaker of "believe"), nor a pronoun as the
    speaker found."""
    text = doc.text
    a, b = sp
    if a < 4 or text[c1 : c1 + 1] == "," or not text[a - 1 : a].isspace():
        return sp
    lo = max(0, a - 160)
    if text.find(", who ", lo, a) < 0 and text.find(", of ", lo, a) < 0:
        return sp  # (no aside before the speaker: most speakers stop here)
    s0, s1 = doc.sentence(a)
    if a - s0 > 160:
        return sp
    m = _OPENING_FULL_NAME.match(text, s0, a)
    if m is None or text[m.end() : m.end() + 1] != "," or not _plain_opening_name(text, m, s0):
        return sp
    if _OPEN_AGE_TOWN.fullmatch(text, m.end(), b) is not None:
        return m.start("name"), b
    rel = _OPEN_RELATIVE.fullmatch(text, m.end(), a)
    if rel is None or text[a:b].lower() in _SUBJECT_OR_RELATIVE_PRONOUNS:
        return sp
    words = [w.lower() for w in _WORD.findall(rel.group("rel"))]
    if (
        not 1 <= len(words) <= 12
        or any(
            w in CUE_FORMS or w in _CLAUSE_VERB_FORMS or w in {"that", "who", "which"}
            for w in words
        )
        # the relative's verb and its object, not an auxiliary before a quantifier ("who has
        # | both praised and criticized")
        or words[-1] in _AUX
        or words[-1] in _FINITE
        # the relative closes later, before the main verb ("Ann Berg, who won the cup at
        # Lenz, was drawn ...")
        or _MAIN_VERB_AFTER_COMMA.search(text, c1, s1) is not None
    ):
        return sp
    return m.start("name"), b


def _subject_before_listed_names(doc: _Doc, sp: tuple[int, int]) -> tuple[int, int]:
    """The speaker ``sp`` ("Oak and Ash") with the head, preposition and earlier names before
    it, when the sentence opens with them ("Most voters in Elm, | Oak and Ash said"), else
    ``sp``.

    Why (round fifty-one): the backward scan stops at the list's first comma, so the speaker
    was the list's last two names; the subject is the head before the preposition (round
    thirty's sentence-start test of the head: a capital, a possessive or a quantifier first, no
    verb or stop word, at most twelve words)."""
    text = doc.text
    a, b = sp
    if text[a - 2 : a] != ", " or _NAME_PAIR.fullmatch(text, a, b) is None:
        return sp
    s0, _ = doc.sentence(a)
    if a - s0 > 200:
        return sp
    m = _HEAD_PREP_LIST.fullmatch(text, s0, a)
    if m is None:
        return sp
    head = m.group("head")
    words = [w.lower() for w in _WORD.findall(head)]
    if (
        1 <= len(words) <= 12
        and words[0] not in _LEAD_PREPS | _SUBJECT_NOT_LEAD
        and not any(w in _FINITE or w in FORM_TO_LEMMA or w in _STOP_BACK for w in words)
        and (head[:1].isupper() or words[0] in _POSS_DET or words[0] in _GROUP_QUANTIFIERS)
        and not _DISCOURSE_LEAD.match(head)
    ):
        return m.start("head"), b
    return sp


#: round fifty-one: an ordinal or "last" / "only" subject with its infinitive opening the
#: sentence ("The last man to run for | the seat says", "The first pilot to land at | Elm said")
_ORDINAL_TO_SUBJECT = re.compile(
    r"\s*[“\"]?(?:(?:But|And|Yet|Still)\s+)?(?P<head>(?:[Tt]he|[Aa]n?)\s+(?:first|last|only|"
    r"latest|next|second|third|lone|newest|youngest|oldest)\s+(?:[a-z][\w’'\-]*\s+){0,2}?"
    r"[a-z][\w’'\-]*)\s+to\s+(?P<rest>[a-z][^,;:()“”\"\n]*?)\s+"
)


def _ordinal_subject_with_infinitive(doc: _Doc, sp: tuple[int, int]) -> tuple[int, int]:
    """The speaker ``sp`` with the ordinal subject and its infinitive before it, when the
    sentence opens with them ("The last man to run for | the seat says"), else ``sp``.

    Why (round fifty-one): the backward scan stops at the infinitive's verb or preposition,
    so the speaker was the infinitive's object; the subject is the head with its
    infinitive, as PolNeAR and PARC mark it. No finite verb, auxiliary or stop word inside
    the infinitive ("The first thing to know is that Lund | said" is another clause)."""
    text = doc.text
    a, b = sp
    if not text[a - 1 : a].isspace() or text.find(" to ", max(0, a - 160), a) < 0:
        return sp  # (no infinitive in reach: most speakers stop here)
    s0, _ = doc.sentence(a)
    if a - s0 > 160:
        return sp
    m = _ORDINAL_TO_SUBJECT.fullmatch(text, s0, a)
    if m is None:
        return sp
    rest = [w.lower() for w in _WORD.findall(m.group("rest"))]
    if not rest or any(
        w in _FINITE or w in _AUX or w in _STOP_BACK or (w in _PAST and i > 0)
        for i, w in enumerate(rest)
    ):
        return sp
    return m.start("head"), b


def _only_aux_between(text: str, b: int, cue0: int) -> bool:
    """Whether nothing but auxiliaries and adverbs in -ly stands between a speaker's end and
    its cue ("the crews | have long said")."""
    if not 0 <= cue0 - b <= 40:
        return False
    return all(w.lower() in _AUX or w.lower().endswith("ly") for w in _WORD.findall(text[b:cue0]))


def _holds_past_verb(phrase: str) -> bool:
    """Round forty-four: whether a phrase holds a past verb (a past form, or a lower-case word in
    -ed after a word that is no determiner: "the masked pilot" holds none, "Lund endured" one)."""
    words = _WORD.findall(phrase)
    for prev, word in pairwise(words):
        lw = word.lower()
        if word[:1].islower() and (
            lw in _PAST or (lw.endswith("ed") and len(lw) > 4 and prev.lower() not in _DETERMINERS)
        ):
            return True
    return False


def _ends_with_stop(before: str) -> bool:
    last = before.split()[-1].lower() if before.split() else ""
    return last in _STOP_BACK or last in {"and", "but", "meanwhile", "however"}


def _adverb_ly(word: str) -> bool:
    """A sentence adverb standing alone ("Additionally,", "Separately,")."""
    return len(word) > 4 and word.endswith("ly")


def _conjunct_ok(head: str, lower: bool = False, of_phrase: bool = False) -> bool:
    """Whether ``head`` (the words before "and" in a subject) reads as a noun phrase: a
    capital or a determiner first, no verb, auxiliary, participle, date or stop word (round
    fifteen's test, shared by :func:`_coordinated_after_opening`, which also takes a
    subject pronoun and, with ``lower``, a phrase in lower case: "farmers and", "bakers,
    ferry crews, and").

    With ``of_phrase`` (round sixty-six, a coordinated subject's first conjunct) a head of up
    to three words and its "of" phrase of up to five may run to nine words ("The vast
    majority of the town council and | local historians"): the word tests below still read
    every word of it."""
    raw = _WORD.findall(head)
    words = [w.lower() for w in raw]
    return bool(
        words
        and (1 <= len(words) <= 5 or (of_phrase and _head_of_phrase(words)))
        and words[0] not in _LEAD_PREPS | _SUBJECT_NOT_LEAD
        and (
            head[:1].isupper()
            or words[0] in _POSS_DET
            or (lower and (words == ["she"] or words == ["he"] or words == ["they"]))
            or (
                lower
                and raw[0][:1].isalpha()
                and words[0] not in _PRONOUNS
                and words[0] not in _WORD_NOT_LEAD
            )
        )
        and not _DISCOURSE_LEAD.match(head)
        and not (
            lower and (words[0] in _WORD_NOT_LEAD or (len(words) == 1 and _adverb_ly(words[0])))
        )
        and not any(
            w in _FINITE
            or w in _AUX
            or w in FORM_TO_LEMMA
            or w in _STOP_BACK
            or w in _PAST
            or w in _CALENDAR
            or (w.endswith(("ed", "ing")) and raw[i][:1].islower())
            or _PRONOUN_CONTRACTION.fullmatch(w) is not None  # "She's hiding it and"
            or w in _BARE_PAST_VERBS  # "The firm cut jobs and"
            # "The crews know my plan and": a verb of saying or holding, not after its
            # determiner ("the hope and")
            or (
                w in CUE_FORMS
                and w not in NOUN_FIRST_FORMS
                and raw[i][:1].islower()
                and not (i and (words[i - 1] in _DETERMINERS or words[i - 1] in _POSS_DET))
            )
            or (
                w.endswith("s")
                and i < len(words) - 1
                and raw[i][:1].islower()
                and not w.endswith(("'s", "’s"))
                # round fifty-one: a noun in -ss is no verb in -s ("business leaders and")
                and not w.endswith("ss")
                and w not in _POSS_DET
            )
            for i, w in enumerate(words)
        )
        # "Lund wins and": a name and a verb in -s
        and not (
            len(raw) >= 2
            and raw[-1][:1].islower()
            and words[-1].endswith("s")
            and raw[-2][:1].isupper()
            and words[-2] not in _POSS_DET
            and words[-2] not in _DETERMINERS
            # round sixty-six: a capitalised compound with a lower-case part is an
            # adjective, no name ("Right-wing councillors and", "Pro-ferry groups and")
            and not _LOWER_COMPOUND.fullmatch(raw[-2])
        )
    )


#: round sixty-six: a capitalised compound whose later part is in lower case ("Right-wing")
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]*-[a-z][\w\-]*")


def _head_of_phrase(words: list[str]) -> bool:
    """Whether ``words`` are a head of one to three words, "of" and a phrase of one to five
    ("the vast majority of the town council", "most of the crews"), a determiner, a
    possessive or a quantifier first (round sixty-six)."""
    if "of" not in words[1:4] or len(words) > 9:
        return False
    cut = words.index("of", 1)
    return 1 <= len(words) - cut - 1 <= 5 and (
        words[0] in _POSS_DET or words[0] in _GROUP_QUANTIFIERS
    )


#: round thirty-two: where a clause opens inside a sentence, before a coordinated subject: a
#: comma, semicolon or dash, or a subordinating word ("while", "when", "but" ...; not "as",
#: whose phrase is often a complement: "described the plan as a bad deal and | the mayor")
_CLAUSE_OPENING = re.compile(
    r"(?:[,;—–]|\s-)\s+(?:(?:and|but|yet)\s+)?|"
    r"\b(?:[Ww]hile|[Ww]hereas|[Ww]hen|[Aa]fter|[Bb]ecause|[Ss]ince|[Tt]hough|[Aa]lthough|"
    r"[Uu]ntil|[Bb]efore|[Oo]nce|[Bb]ut|[Yy]et)\s+|"
    # round sixty-six: a clause after "that" whose subject opens with a determiner, a
    # quantifier or a capital ("so narrow that many skippers and | pilots believe"; not
    # "that morning and | officials said", where "that" is the determiner)
    r"\b[Tt]hat\s+(?=(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Bb]oth|[Aa]ll|[Tt]he|[Aa]n?|[Hh]is|"
    r"[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s)"
)
#: the coordinated subject after such an opening: conjuncts split by commas, the last "and"
_COORDINATED_TAIL = re.compile(
    r"(?P<head>(?:[^,;:()“”\"\n—–]+?,\s+){0,3}[^,;:()“”\"\n—–]+?),?\s+and\s+"
)
_LIST_COMMA = re.compile(r",\s+")
_SENTENCE_LIST_LEAD = re.compile(r"\s*[“\"]?(?:(?:But|And|Yet|So|Still)\s+)?")


def _conjuncts(head: str) -> list[str]:
    return [x for x in _LIST_COMMA.split(head.rstrip(",")) if x.strip()]


def _coordinated_after_opening(text: str, s0: int, a: int) -> int:
    """The start of a coordinated subject whose last conjunct begins at ``a`` and whose
    others follow a clause's opening inside the sentence (round thirty-two), else ``a``.

    Why: round fifteen took a coordinated subject only from the sentence's start, without
    commas; after a fronted phrase ("By the autumn, she and | two pilots wrote"), a
    subordinating word ("after farmers and | two bakers testified") or "Yet" before a list
    ("Yet bakers, ferry crews, and | three teachers insist") the scan kept the last conjunct
    alone. Every conjunct passes :func:`_conjunct_ok` (a noun phrase: "The
    storm hit the coast and | officials said" is two clauses); "X, and | Y" needs a list
    before the comma ("the vote on Friday, and | officials said" is two clauses); a list
    whose first item fails is left whole ("a panel of bakers, pilots and | clerks")."""
    lo = max(s0, a - 120)
    if not _AND_BEFORE.search(text, lo, a):
        return a
    opens = [
        (op.end(), op.group().startswith(",") and op.group().rstrip() == ",")
        for op in _CLAUSE_OPENING.finditer(text, lo, a)
    ]
    if lo == s0:
        lead = _SENTENCE_LIST_LEAD.match(text, s0, a)
        opens.insert(0, (lead.end() if lead is not None else s0, False))
    best, listed = a, False
    for n in range(len(opens) - 1, -1, -1):
        st, bare_comma = opens[n]
        m = _COORDINATED_TAIL.fullmatch(text, st, a)
        if m is None:
            continue  # (the comma of "groups, and")
        parts = _conjuncts(m.group("head"))
        if len(parts) < 2 and text[m.end("head") : m.end("head") + 1] == ",":
            continue  # "the vote on Friday, and": a list or nothing
        if not all(_conjunct_ok(x, lower=True, of_phrase=True) for x in parts):
            return a if listed else best
        if bare_comma:
            # after a bare comma: only a fronted phrase before it ("By the autumn,", "Because
            # the ferry was late,"); else the comma is the list's own ("shared between Ann
            # Lund, | Tom Okafor and"), read from an earlier opening
            if n and _fronted(text[opens[n - 1][0] : st]):
                return m.start("head")
            continue
        best, listed = m.start("head"), len(parts) >= 2
    return best


def _fronted(phrase: str) -> bool:
    """Whether ``phrase`` (before a comma) is a fronted adverbial or clause, not a list
    item: a preposition, a subordinating word, a time word or an adverb first."""
    words = _WORD.findall(phrase.strip(" “\"'‘"))
    if not words:
        return False
    first = words[0].lower()
    return (
        first in _FRONTED_WORDS
        or first in _LEAD_PREPS
        or first in _CALENDAR
        or (len(first) > 4 and first.endswith("ly"))
        or _DISCOURSE_LEAD.match(words[0]) is not None
    )


_FRONTED_WORDS = frozenset(
    _words(
        """
        if while although though when whenever as after before since because unless once
        until whether meanwhile however also still now then instead today yesterday tonight
        throughout alongside besides beyond across among against around toward towards over
        for early late last next this earlier later asked speaking despite amid following
        """
    )
)


_AND_BEFORE = re.compile(r"\sand,?\s+$")
#: lower-case words that open no subject conjunct ("more and", "both and", "only and")
_WORD_NOT_LEAD = frozenset(
    _words(
        """
        more less most both only even also all just not no so then well however meanwhile
        instead now today yesterday tonight throughout alongside besides beyond across among
        against around toward towards via per without inside outside over
        """
    )
)


# _prune: its patterns, compiled once (a pattern string costs a lookup a call)
_NEGATED_SPEAKER = re.compile(r"(?:no|none|nobody|neither)\b")
_FROM_APOSTROPHE = re.compile(r"[’'].*$")


def _prune(doc: _Doc, findings: list[_Finding]) -> list[_Finding]:
    """Drop attributions that PARC does not annotate as separate items.

    Why: a nested report is its own item only when the inner source differs from the outer
    one ("Kosiec stated police believe ..."); "we warn" inside a quotation and "They said they
    believed" restate the outer speaker. A negated speaker ("No organization claimed
    credit") reports nothing.
    """
    text = doc.text
    keep: list[_Finding] = []
    holders = _Holders(findings)
    for f in findings:
        if f.speaker is not None:
            sp = text[f.speaker[0] : f.speaker[1]]
            low = sp.lower()
            if _NEGATED_SPEAKER.match(low) and not _negated_party(
                text, f.speaker, doc.quote_at(f.cue[0]) is not None
            ):
                continue  # (round fifty-eight: a negated party speaks, :mod:`negated_speakers`)
            q = doc.quote_at(f.cue[0])
            if q is not None and _FROM_APOSTROPHE.sub("", low) in {"we", "i", "you"}:
                continue  # first person inside a quotation: the quoted speaker again
            outer = (
                [
                    g
                    for g in holders.at(f.cue[0])
                    if g is not f
                    and g.speaker is not None
                    and g.cue[0] < f.cue[0]
                    and any(p[0] <= f.cue[0] < p[1] for p in g.content)
                ]
                if low in _PRONOUNS
                else []
            )
            if (
                low in _PRONOUNS
                and not _relative_report(text, f)
                and any(
                    doc.sentence_index(g.cue[0]) == doc.sentence_index(f.cue[0])
                    and (
                        text[g.speaker[0] : g.speaker[1]].lower() == low  # type: ignore[index]
                        or (
                            _agrees(low, text[g.speaker[0] : g.speaker[1]])  # type: ignore[index]
                            and any(
                                p[0] <= f.speaker[0] and not text[p[0] : f.speaker[0]].strip(' “"')
                                for p in g.content
                            )
                        )
                    )
                    for g in outer
                )
            ):
                # "They also said they believed ...", "Authorities said they believed ...":
                # the subject pronoun of the reported clause is the outer source again
                continue
        keep.append(f)
    return keep


#: the relative words a report's content may open with before its subject ("the fee, which
#: he said was unfair": the relative word and the predicate after the cue)
_RELATIVE_CONTENT_WORDS = frozenset({"which", "that", "what", "who", "whom"})


def _relative_class(lemma: str) -> str:
    """The cue class of a relative's report (imported late: :mod:`patterns` reads this
    module's neighbours)."""
    from newslens_stance.attributions.classes import cue_class

    return cue_class(lemma)


#: a non-restrictive relative word right before a speaker (", which he", ", who she")
_COMMA_RELATIVE_END = re.compile(r",\s+(?:which|who|whom)\s+$")


def _relative_report(text: str, f: _Finding) -> bool:
    """Round ninety: whether the row is a report inside a relative clause whose content opens
    with the relative word before the speaker ("I asked for a fine, which I said was fair").

    Such a row is a report of its own even when its pronoun is the host's speaker again: the
    host reported the antecedent, the relative reports what the speaker said it is (PolNeAR
    marks it as its own item). The verb step chose the relative reading already: the first
    content part is the relative word and ends before the speaker, and the second, the
    predicate, opens right after the cue (not "a bill that she would not let come to a vote
    that had no support", where the relative word is the subject of a later verb)."""
    if f.speaker is None or not f.content:
        return False
    if (
        f.content[0][0] >= f.cue[1]
        and not text[f.cue[1] : f.content[0][0]].strip()
        and len(text[f.speaker[1] : f.cue[0]].split()) <= 2
        and _COMMA_RELATIVE_END.search(text, max(0, f.speaker[0] - 9), f.speaker[0])
        and _relative_class(f.lemma) in {"speech", "belief"}
    ):
        # ", which he declared "a farce"", ", who he said were": a report or a belief whose
        # content opens right after the cue (not "which he outlined earlier in a speech",
        # "whom he declined to name")
        return True
    if len(f.content) < 2:
        return False
    a, b = f.content[0]
    return (
        b <= f.speaker[0]
        and b - a <= 5
        and text[a:b].lower() in _RELATIVE_CONTENT_WORDS
        and not text[f.cue[1] : f.content[1][0]].strip()
    )


def _agrees(pronoun: str, speaker: str) -> bool:
    """Whether a pronoun can stand for a speaker phrase ("they" for "Authorities")."""
    if speaker.split()[0].lower() in _PRONOUNS:
        return False
    kind = _kind(speaker)
    want = _PRONOUNS.get(pronoun)
    return want == kind or (want == "plural" and kind in {"org", "plural"})


#: words that join a preposed subject's parts ("past and present staff in the ministry
#: and at the central bank", "aides of the governor from Utah"; "and" never last)
_CHAIN_JOINS = frozenset(
    _words("and of in at from for to with on across within among inside outside near")
)
_PROPORTION = re.compile(
    r"(?:(?:[Aa]bout|[Nn]early|[Rr]oughly|[Aa]lmost|[Oo]nly|[Jj]ust|[Mm]ore than|[Ff]ewer than|"
    r"[Aa]round|[Oo]nly about)\s+)?(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
    r"[Ee]ight|[Nn]ine|\d+)[\s\-]+in[\s\-]+$"
)
#: how every match of :data:`_PROPORTION` ends (searched first: a literal is found fast)
_PROPORTION_END = re.compile(r"in[\s\-]+$")
_CHAIN_LEAD = re.compile(r"(?:(?:But|And|Yet|Still|So|Now|Meanwhile|However|Instead),?\s+)?")
_COMMA_CHAIN_LEAD = re.compile(r"\s+(?:(?:but|and|yet|so)\s+)?")


# _subject_chain: its patterns, compiled once (a pattern string costs a lookup a call)
_NUMBER_OR_WORD = re.compile(r"(?:\d+|[a-z]+)\b", re.I)
_CHAIN_BREAK = re.compile(r"[,;:()“”\"—–]|\s-\s")
#: an approximate quantity opening a subject ("About two-thirds of voters", "More than half
#: of the members", "Nearly 40 percent of"): its first words are no preposition or comparison
_QUANTITY_LEAD = re.compile(
    r"(?:about|nearly|roughly|almost|only|just|around|approximately|over|under|some|"
    r"(?:more|fewer|less)\s+than|at\s+least|only\s+about)\s+(?=\d|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|a\s+third|a\s+quarter|a\s+fifth|a\s+majority|half)\b)",
    re.IGNORECASE,
)


# the word sets of the function below, built once (a set union per call costs microseconds)
#: stop words that are no finite verb or chain join: a relative clause in a subject holds none
_RELATIVE_CLAUSE_STOPS = _STOP_BACK - _FINITE - _CHAIN_JOINS
_CHAIN_JOINS_BUT_AND = _CHAIN_JOINS - {"and"}
#: words that never open a preposed subject: prepositions, subordinators, calendar words
_NOT_CHAIN_LEAD = _LEAD_PREPS | _SUBJECT_NOT_LEAD | _CALENDAR


#: How far before its speaker a preposed subject can begin (14 words and their joins).
SUBJECT_REACH = 400


def _subject_chain(doc: _Doc, sp: tuple[int, int], cue0: int) -> tuple[int, int]:
    """The whole preposed subject when the scan kept only its last part.

    Why: the backwards scan stops at a preposition, so "Senior farmers with ties to both
    mills said" gave "both mills". When the words from the sentence's start (after
    a conjunction such as "But") to the speaker are one noun phrase (nouns, adjectives and
    the joins above: no comma, verb, relative pronoun or subordinator) that opens with a
    capital or a determiner, the subject is that phrase, as PolNeAR and PARC mark it. After a
    lead conjunction or a fronted adverbial's comma ("By noon, two-thirds of the crews
    said") the phrase starts there and may open lower-case ("But welders and riggers said")."""
    text = doc.text
    a, b = sp
    if b > cue0 or a >= b or cue0 - b > SUBJECT_REACH:
        return sp  # (a speaker shared from an earlier report far back: no preposed subject)
    gap = _WORD.findall(text[b:cue0])
    if text[b:cue0].strip(" ") and not all(
        w.lower() in _AUX or w.lower().endswith("ly") for w in gap
    ):
        return sp
    s0, _ = doc.sentence(a)
    # a subject of at most 14 words lies within SUBJECT_REACH characters of its speaker: a
    # run-on "sentence" of many reports is read near each one, not from its start each time
    s0 = max(s0, a - SUBJECT_REACH)
    # a proportion: "About one in five (farmers) say", "nearly three in 10 workers said"
    lo = max(s0, a - 40)
    m = _PROPORTION.search(text, lo, a) if _PROPORTION_END.search(text, lo, a) else None
    if (
        m is not None
        and m.end() == a
        and _NUMBER_OR_WORD.match(text[a:b])
        and (m.start() == s0 or not text[m.start() - 1].isalnum())
    ):
        return m.start(), b
    lead = _CHAIN_LEAD.match(text, s0, a)
    start = lead.end() if lead else s0
    # after a lead ("But welders and crane drivers said") the subject may open lower-case
    lower_ok = start > s0
    head = text[start:a]
    if _CHAIN_BREAK.search(head):
        # a fronted adverbial ends in a comma ("By noon, two-thirds of the crews said",
        # "After the vote, skippers and dock workers said"): the subject opens after it
        comma = text.rfind(",", start, a)
        if comma < 0 or doc.quote_at(comma):
            return sp
        lead = _COMMA_CHAIN_LEAD.match(text, comma + 1, a)
        start = lead.end() if lead else comma + 1
        lower_ok = True
    while start < a and text[start] in " “\"'‘(":
        start += 1
    if start >= a or start < s0:
        return sp
    head = text[start:a]
    if _CHAIN_BREAK.search(head):
        return sp
    words = _WORD.findall(head)
    if not 2 <= len(words) <= 14:
        return sp
    low = [w.lower() for w in words]
    rel = low.index("who") if "who" in low[1:-1] else -1
    if low[-1] == "who" and len(words) <= 6:
        # round nineteen: the scan kept the relative clause alone ("But those who | fish
        # the north coast say", "some who | sail for the union argue"): the subject is the
        # phrase before "who" with its clause, when the clause holds no report and no stop
        tail = [w.lower() for w in _WORD.findall(text[a:b])]
        if not tail or any(w in CUE_FORMS or w in _RELATIVE_CLAUSE_STOPS for w in tail):
            return sp
        words, low = words[:-1], low[:-1]
    elif rel > 0:
        # "Fishermen in Maine who watched the hearing said": a relative clause inside the
        # subject; its verb may be any but a report, and it has no clause of its own
        tail = low[rel + 1 :]
        if any(w in CUE_FORMS or w in _RELATIVE_CLAUSE_STOPS for w in tail):
            return sp
        words, low = words[:rel], low[:rel]
    elif low[-1] not in _CHAIN_JOINS_BUT_AND and not (
        # (not "and" last: "The firm cut jobs and spokesman X said" joins two clauses; but
        # two plural nouns or names may be joined: "welders and crane drivers said")
        low[-1] == "and"
        and 2 <= len(words) <= 4
        and (low[-2].endswith("s") or words[-2][0].isupper())
    ):
        return sp
    if low[0] in _CHAIN_JOINS:
        return sp
    if not (words[0][:1].isupper() or low[0] in _POSS_DET or lower_ok):
        return sp
    if low[0] in _SUBJECT_NOT_LEAD or low[0].endswith("ly"):
        return sp
    if low[0] in _NOT_CHAIN_LEAD or _DISCOURSE_LEAD.match(words[0]):
        return sp
    quantity = _QUANTITY_LEAD.match(head)
    skip = len(_WORD.findall(quantity.group())) if quantity else 0
    for i in range(skip, len(low)):
        w = low[i]
        if w in _CHAIN_JOINS:
            continue
        if i and words[i][:1].isupper() and w not in _PRONOUNS:
            continue  # (round nineteen: a name or a month, "for the May 8 election")
        if (
            w in _FINITE
            or w in _AUX
            or w in _STOP_BACK
            or w in FORM_TO_LEMMA
            or w in _PAST
            or w in _PRONOUNS
            or (
                len(w) > 4
                and w.endswith(("ed", "ing"))
                # (round nineteen: a noun in -ing or an adjective in -ed after its
                # determiner, "close to the planning of the talks")
                and not (i and (low[i - 1] in _DETERMINERS or low[i - 1] in _POSS_DET))
            )
        ):
            return sp
    return start, b
