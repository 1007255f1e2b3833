"""The pipeline of the attribution extractor: :func:`_find` runs the passes in order over one
document (headline guard, passives, verbs of saying and the nominal, question, headline,
raising, view and stance cues, then continued quotations, pruning, hedges, resolution,
stance and the attitudes nobody holds) and returns its rows.

Each pass's helpers live in a module of their own (``passives``, ``verbs``, ``according``,
``nominal``, ``labels``, ``predicates``, ``subjects``, ``evidence``, ``bounds``, ``views``,
``headlines``, ``quotes``, ``patterns``; see "How the extractor is built" in
``docs/plugins/stance.md``); this module keeps the order, the patterns only :func:`_find`
reads, and re-exports the names other code imported from it before the split (``cue_class``,
``FAR_FROM_CUE``, ``_TAILS``, ``_PASSIVE_BARE_RE``)."""

from __future__ import annotations

import re
from functools import lru_cache

from newslens_stance.attributions.according import _according_to
from newslens_stance.attributions.artefact_relatives import artefact_relative
from newslens_stance.attributions.asked_persons import QUESTION_PUT_TO_SUBJECT
from newslens_stance.attributions.attitudes import _attitude_findings
from newslens_stance.attributions.bounds import (
    _end_before_next_report,
    _end_intentions_at_a_break,
    _hedge_clause,
    _hedge_parts,
)
from newslens_stance.attributions.caused_feelings import caused_feeling_findings
from newslens_stance.attributions.clauses import (
    _clause_end,
    _looks_nominal,
)
from newslens_stance.attributions.coordinated_speakers import (
    widen_listed_to_coordination,
    widen_to_coordination,
)
from newslens_stance.attributions.framing_verbs import widen_framed_gerund_cues
from newslens_stance.attributions.gapped_objects import gapped_object_findings
from newslens_stance.attributions.headline_verbs import _headline_second_verb_findings
from newslens_stance.attributions.headlines import _lower_headline_cues
from newslens_stance.attributions.holder_frames import _holder_frame_findings
from newslens_stance.attributions.intensive_reflexives import widen_to_intensive_reflexive
from newslens_stance.attributions.labels import _label_findings
from newslens_stance.attributions.left_wondering import left_wondering_findings
from newslens_stance.attributions.lexicon import (
    _WORD,
    CUE_FORMS,
    FORM_TO_LEMMA,
    OPEN_QUOTES,
    ROUND55_PHRASE_LEMMAS,
    _cue_matches,
    _hedge_matches,
    _lower_words,
    _matches_at,
    _occurs,
)
from newslens_stance.attributions.named_relatives import named_relative_findings
from newslens_stance.attributions.names import _clear_name_caches
from newslens_stance.attributions.nominal import _nominal_findings
from newslens_stance.attributions.passives import _PASSIVE_BARE_RE as _PASSIVE_BARE_RE
from newslens_stance.attributions.passives import _passive_findings
from newslens_stance.attributions.patterns import (
    _ASPECT_ACT_LEMMAS,
    _ASPECT_VERB_END,
    _BE_AUX_END,
    _PORTRAY_LEMMAS,
    _TITLE_SMALL,
    SPEECH_OR_QUESTION,
    _word_starts,
    cue_class,
)
from newslens_stance.attributions.phrase_speakers import (
    widen_to_head_before_preposition,
    widen_to_head_before_relative,
)
from newslens_stance.attributions.point_to_subjects import bare_point_to_is_verb
from newslens_stance.attributions.possessive_holders import subject_of_possessive
from newslens_stance.attributions.predicates import _adjective_findings, _raising_findings
from newslens_stance.attributions.quotes import _attach_following_quotes
from newslens_stance.attributions.relatives import _end_before_closing_relative
from newslens_stance.attributions.resolution import _name_part, _resolve
from newslens_stance.attributions.speaker_tails import (
    superlative_speaker,
    trim_possessor_adjectives,
)
from newslens_stance.attributions.speakers import (
    _COMMA_END,
    _fronted_lead_off,
    _name_before_open_appositive,
    _name_before_open_aside,
    _np_before,
    _ordinal_subject_with_infinitive,
    _plural_list_head,
    _proportion_subject,
    _prune,
    _refine_speaker,
    _subject_before_listed_names,
    _subject_chain,
    _subject_prep_after_opening,
)
from newslens_stance.attributions.speech_acts import _possessor_speaks, _speech_act_findings
from newslens_stance.attributions.speech_nouns import _speech_noun_findings
from newslens_stance.attributions.speech_objects import (
    _message_put_out_findings,
    _speech_object_findings,
)
from newslens_stance.attributions.spent_time import spent_time_verb
from newslens_stance.attributions.stance import _parties, _set_stance
from newslens_stance.attributions.summing_appositives import close_before_summing_appositives
from newslens_stance.attributions.text import (
    _Doc,
    _doc,
    _Finding,
    _first_words,
    _strip_span,
)
from newslens_stance.attributions.verbs import _TAILS as _TAILS
from newslens_stance.attributions.verbs import FAR_FROM_CUE as FAR_FROM_CUE
from newslens_stance.attributions.verbs import _r13_phrase_lemma, _verb_attribution
from newslens_stance.attributions.views import _no_attitude, _view_findings

_AS = re.compile(r"\bas\b")
#: round ninety: the relative words a content may open with before its speaker
_RELATIVE_CONTENT = frozenset({"which", "that", "what", "who", "whom"})


def _content_is_relative_before(text: str, f: _Finding) -> bool:
    """Whether the row's content opens with a relative word before its speaker ("the people
    who Lund labels a threat"): the speaker is the relative clause's own subject, and the
    subject chain (which runs a subject back over "who" to the phrase it hangs on) is not
    read."""
    if not f.content or f.speaker is None:
        return False
    a, b = f.content[0]
    return b <= f.speaker[0] and b - a <= 5 and text[a:b].lower() in _RELATIVE_CONTENT


_DIGIT_END = re.compile(r"\d\s*$")
#: round fifty-seven: the writer's own aside, an impersonal "it is ... to" before a verb of
#: saying or remembering ("it's important to remember that", "it is fair to say that", "it's
#: worth noting"): no one is reported ("it's worth pointing out", PolNeAR's once, is left)
_ASIDE_LEMMAS = frozenset({"say", "note", "remember", "mention", "recall", "add"})
_IMPERSONAL_ASIDE_END = re.compile(
    r"\b(?:it(?:[’']s|\s+is|\s+was|\s+would\s+be)|needless)\s+(?:\w+\s+)?"
    r"(?:important|worth|fair|safe|interesting|notable|useful|instructive|necessary|crucial|"
    r"needless)\s+(?:to\s+)?$",
    re.IGNORECASE,
)
#: round fifty-seven: a hedge of an allegation between a preposition and a gerund ("charged
#: with allegedly taking", "fined for supposedly hiding"): the act is the object of the
#: phrase, the charge before it its attribution; no row of its own ("reportedly" cites
#: reports, which PolNeAR marks even there: "hailed for reportedly stopping", left)
_PREP_BEFORE_HEDGE = re.compile(
    r"\b(?:for|of|with|without|by|after|before|over|from|about|in|on)\s+$", re.IGNORECASE
)
_GERUND_AFTER = re.compile(r"\s+[a-z]{3,}ing\b")
_CITING = re.compile(r"\bciting\s+")
_AS_NEXT = re.compile(r"\s+as\b")
#: a determiner that opens a poll's name ("in a new Fox News poll", not "in the polls")
_POLL_DETERMINER = re.compile(r"(?:an?|this|that|one|another|its|his|her|their)\s")
#: what may come right before "asked" in a question put to the subject ("When", "was")
_BEFORE_ASKED = re.compile(
    r"\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ii]f|[Uu]pon being|being|was|were|"
    r"is|are|been)\s+(?:\w+ly\s+)?$"
)
#: a capitalised name right before a cue after a lower-case word ("In May, Lund hopes for")
_NAME_END = re.compile(r"[a-z,]\s+[A-Z][a-z]+\s+$")
#: votes cast (their bare forms "vote for" are nouns unless a verb's context stands before)
_VOTE_LEMMAS = frozenset({"vote for", "vote against"})
#: what makes "vote(s) for" a verb: a modal, "to", a negation or a subject pronoun before it
_VOTE_VERB_BEFORE = re.compile(
    r"\b(?:will|would|could|can|should|must|might|may|to|not|never|n[’']t|did|do|does|I|we|"
    r"they|you|he|she|who|[Ww]e|[Tt]hey|[Yy]ou|[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?$"
)


def _find(text: str) -> list[_Finding]:
    _clear_name_caches()
    _name_part.cache_clear()
    doc = _doc(text)
    lowered = _lower_headline_cues(doc)
    if lowered is not None:
        # the same sentences and quotations (a lower-case word would join a sentence to the
        # one before it in the splitter)
        text = lowered
        doc = _Doc(text, doc.sent_starts, doc.sent_ends, doc.quotes, doc.quote_starts)
    # the scans over the whole text below are skipped when a necessary word is missing
    lower_words = _lower_words(text)
    findings: list[_Finding] = []
    used_cues: set[int] = set()
    # 1-2b. passives: agentless ("is said to"), with an agent ("was announced by"), of a report
    # with no agent ("was criticized for") (:mod:`passives`)
    _passive_findings(doc, text, lower_words, findings, used_cues)
    # 3. reporting cues
    for m in _cue_matches(text, lower_words):
        c0, c1 = m.start(), m.end()
        if c0 in used_cues:
            continue
        form = m.group()
        lemma = _form_lemma(form)
        if lemma is None and form in _PUT_IT_FORMS:
            # round thirteen: "as Lund put it, ...", 'Lund put it this way: "..."'; "put it on
            # the table", "the best way to put it" report nothing
            s0_, s1_ = doc.sentence(c0)
            if not (
                _PUT_IT_AFTER.match(text, c1, s1_)
                or _AS_ASIDE_END.search(text, max(s0_, c0 - 80), c0)
            ):
                continue
            lemma = "put it"
        elif lemma is None:
            # "Boeing referred to the jet as a "cargo plane"": only with "as", never passive
            s0_, s1_ = doc.sentence(c0)
            if (
                (
                    form.startswith("referring")
                    and not _COMMA_END.search(text[max(s0_, c0 - 3) : c0])
                )
                or (
                    not form.startswith("referring")
                    and not _AS.search(text[c1 : min(s1_, c1 + 80)])
                )
                or _BE_AUX_END.search(text[s0_:c0])
            ):
                continue
            lemma = "refer to"
        if form == "reported" and (
            (as_m := _AS_BEFORE_REPORTED.search(text, max(0, c0 - 30), c0)) is not None
            and (by_m := _BY_AFTER_REPORTED.match(text, c1)) is not None
        ):
            # round eleven: "As reported by the Herald, X", "X, as first reported by the
            # Herald": the agent is the source, as after "according to"
            s0, s1 = doc.sentence(c0)
            f = _according_to(doc, as_m.start(), by_m.end(), max(s0, 0), s1, "report")
            if f is not None and f.content and doc.quote_at(c0) is None:
                f.cue = (c0, c1)
                findings.append(f)
                used_cues.add(c0)
            continue
        if (
            lemma not in {"according to", "per"}
            and _looks_nominal(text, c0, form)
            # round twenty-six: after a verb of beginning or going on ("began urging", "kept
            # asking"), a gerund of saying is that verb's complement, a report
            and not (
                form.endswith("ing")
                and lemma not in _ASPECT_ACT_LEMMAS
                and cue_class(lemma) in SPEECH_OR_QUESTION
                and (
                    _ASPECT_VERB_END.search(text, max(0, c0 - 30), c0) is not None
                    # round eighty-seven: "spent the week attacking", "took turns urging"
                    or spent_time_verb(text, 0, c0) is not None
                )
            )
        ):
            continue
        if (
            lemma == "hope for"
            and form.startswith(("hope ", "hopes "))
            and not _VOTE_VERB_BEFORE.search(text, max(0, c0 - 12), c0)
            and not _NAME_END.search(text, max(0, c0 - 30), c0)
        ):
            continue  # "still hope for the pier", "fell short of hopes for": the noun
        if (
            lemma in _VOTE_LEMMAS
            and form.startswith(("vote ", "votes "))
            and not _VOTE_VERB_BEFORE.search(text, max(0, c0 - 12), c0)
        ):
            continue  # "a vote for Lund", "cast 40 votes for": the noun ("will vote for")
        if lemma in _ASIDE_LEMMAS and _IMPERSONAL_ASIDE_END.search(text, max(0, c0 - 40), c0):
            continue  # "it's important to remember that": the writer's aside
        if lemma == "point to" and _DIGIT_END.search(text[max(0, c0 - 4) : c0]):
            continue  # "won 45 points to 24": a score
        if form == "point to" and not bare_point_to_is_verb(text, c0):
            continue  # round sixty-four: "at one point to", "the pivot point to make"
        s0, s1 = doc.sentence(c0)
        q = doc.quote_at(c0)
        if q is not None:  # nested: confine to the quotation
            s0 = max(s0, q[0] + 1)
            s1 = min(s1, q[1] - 1)
            if s1 <= c1:
                continue
        f = _according_to(doc, c0, c1, s0, s1, lemma) if lemma in {"according to", "per"} else None
        if f is None and lemma not in {"according to", "per"}:
            f = _verb_attribution(doc, c0, c1, s0, s1, form, lemma, findings)
        if (
            f is not None
            and f.content
            and lemma in _PORTRAY_LEMMAS
            and "as" not in (w.lower() for w in _first_words(text, c1, s1, 8))
        ):
            # round thirteen: a portrayal is one only with "as" ("cast him as a builder");
            # "the show's cast, crew", "a skeletal frame", "studies presented on Monday",
            # "ballet, painting, music" are nouns and other acts, whatever path found them
            continue
        if f is not None and f.content:
            if form.startswith(_ON_TO_FORMS):
                f.cue = (c1 - len(form.split()[-1]), c1)  # the verb: "went on to *add*"
            elif lemma in _VERB_ONLY_CUE_PHRASES:
                f.cue = (c0, c0 + len(form.split()[0]))  # the verb: "*railed* against"
            findings.append(f)
            used_cues.add(c0)
    # 3b. "Reuters, citing anonymous sources, reported ...": the cited party is a source too
    for m in _CITING.finditer(text) if "citing" in text else ():
        c0, c1 = m.start(), m.start() + len("citing")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        np_m = _CITED_NP.match(text, m.end(), s1)
        if np_m is None or _AS_NEXT.match(text[np_m.end() : np_m.end() + 4]):
            continue
        sp = _strip_span(text, np_m.start(1), np_m.end(1))
        head = [
            f
            for f in findings
            if f.speaker is not None
            and f.content
            and doc.sentence_index(f.cue[0]) == doc.sentence_index(c0)
            and not (f.speaker[0] <= c0 < f.speaker[1])
        ]
        if sp[1] > sp[0] and head:
            gov = min(head, key=lambda f: abs(f.cue[0] - c0))
            # the governing content ends before the participle ("... to be dead citing X")
            gov.content = [
                _strip_span(text, a, c0) if a < c0 < b else (a, b) for a, b in gov.content
            ]
            gov.content = [(a, b) for a, b in gov.content if b > a]
            if not gov.content:
                continue
            findings.append(_Finding((c0, c1), "cite", sp, list(gov.content)))
            used_cues.add(c0)
    # 3c. nominal cues: "The Department issued a statement that ...", "made the announcement:"
    statement = _occurs(text, _STATEMENT_WORDS, _STATEMENT_AFTER, whole=False)
    for m in _STATEMENT_RE.finditer(text) if statement else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        speaker, _ = _np_before(doc, m.start("verb"), s0)
        if speaker is None or text[speaker[0] : speaker[1]].lower() in {"which", "who", "that"}:
            continue
        a = m.end()
        b = _clause_end(doc, a, s1)
        a, b = _strip_span(text, a, b)
        if len(_WORD.findall(text[a:b])) >= 3:
            findings.append(_Finding((c0, c1), m.group("cue").lower(), speaker, [(a, b)]))
            used_cues.add(c0)
    # 3d. "In a new Fox News poll, Trump leads ...": a poll or survey relays its figures
    polls = "poll" in text or "Poll" in text or "survey" in text or "Survey" in text
    for m in _POLL_RE.finditer(text) if polls else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        sp = _strip_span(text, *m.span("source"))
        if m.group("cue") == "in" and not _POLL_DETERMINER.match(text[sp[0] : sp[1]]):
            continue  # "trails in the polls", "his drop in national polls": standings, no source
        if sp[1] > s1 or "\n" in text[sp[0] : sp[1]]:
            continue  # round thirteen: "... in a Three-Way Contest.\n\nThe poll": two sentences
        parts = []
        before = _strip_span(text, s0, c0)
        if before[1] - before[0] > 2 and len(_WORD.findall(text[before[0] : before[1]])) >= 3:
            parts.append(before)
        after = _strip_span(text, m.end(), _clause_end(doc, m.end(), s1))
        if len(_WORD.findall(text[after[0] : after[1]])) >= 3:
            parts.append(after)
        if parts and sp[1] > sp[0]:
            findings.append(_Finding((c0, c1), "in (poll)", sp, parts))
            used_cues.add(c0)
    # 3e-3e'. a name and a colon: headline labels ("Lund: ..."), a name before a quoted
    # statement ('Lund: "..."'), transcript turns ("TAPPER: ...") (:mod:`labels`)
    _label_findings(doc, text, findings, used_cues)
    # 3f. attitudes as adjectives: "Officials are confident that ..." (:mod:`predicates`)
    _adjective_findings(doc, text, lower_words, findings, used_cues)
    # 3g. questions put to the subject: "When asked by a reporter whether ...", "Asked about
    # X, she said": the asker (after "by") is the source, or none is named
    # (tried where "asked" or "Asked" begins, not at every position: :func:`_matches_at`)
    asked = _word_starts(text, {"asked", "Asked"}) if "sked" in text else []
    for m in _matches_at(QUESTION_PUT_TO_SUBJECT, asked, text) if asked else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        lead = text[s0:c0]
        if not (
            (m.group("cue")[0] == "A" and not lead.strip(" “\"‘'")) or _BEFORE_ASKED.search(lead)
        ):
            continue
        a = m.start("comp")
        if text[a] in OPEN_QUOTES:
            q = doc.quote_starting(a)
            if q is None:
                continue
            b = q[1]
        else:
            b = _clause_end(doc, a, s1)
            comma = text.find(",", a, b)
            if comma > a and not doc.quote_at(comma):
                b = comma  # "(When) asked whether X, she said ...": the question ends there
        a, b = _strip_span(text, a, b)
        if len(_WORD.findall(text[a:b])) < 2:
            continue
        agent = _strip_span(text, *m.span("agent")) if m.group("agent") else None
        findings.append(_Finding((c0, c1), "ask", agent, [(a, b)], agentless=agent is None))
        used_cues.add(c0)
    # 3g'. round eighty-five: a question left in someone's mind, "left the crews wondering
    # whether", "are left wondering why" (:mod:`left_wondering`)
    left_wondering_findings(doc, findings, used_cues)
    # 3g''. round eighty-six: a verb whose object is the relative word before its subject, "a
    # point that the union disputes.", "more than most growers expected" (:mod:`gapped_objects`)
    gapped_object_findings(doc, findings, used_cues, lower_words)
    # 3g'''. round ninety: a naming whose object is the relative word before its subject,
    # "a bill that critics called unfair", "Moe, who she dubbed "the little mayor""
    # (:mod:`named_relatives`)
    named_relative_findings(doc, findings, used_cues, lower_words)
    # 3h. headlines in title case: "County Chair Says Trump Should Win", "Senator Slams Plan"
    for line_start, line_end in _title_lines(text) if "\n" in text else ():
        if not _in_title_case(_WORD.findall(text[line_start:line_end])):
            continue
        for w in _WORD.finditer(text, line_start, line_end):
            form = w.group().lower()
            lemma = CUE_FORMS.get(form)
            c0, c1 = w.span()
            if (
                lemma is None
                or w.start() == line_start
                or not form.endswith(("s", "ed"))
                or c0 in used_cues
                or doc.quote_at(c0) is not None
            ):
                continue
            s0, s1 = doc.sentence(c0)
            f = _verb_attribution(doc, c0, c1, s0, s1, form, lemma, findings)
            if f is not None and f.content and f.speaker is not None:
                findings.append(f)
                used_cues.add(c0)
                break
    # 3i. raising predicates, a belief or an inference with no source: "X seems to ..."
    # (:mod:`predicates`)
    _raising_findings(doc, text, lower_words, findings, used_cues)
    # 3j-3k. views held: "see X as Y", "consider X Y", "is seen as", "known as", "in his view"
    # (:mod:`views`)
    _view_findings(doc, text, lower_words, findings, used_cues)
    # 3k'. a holder fronted by "To": "To Ms. Vale, the vote was a betrayal" (:mod:`holder_frames`)
    _holder_frame_findings(doc, findings, used_cues)
    # 3l-3p. nominal attitudes and stances: "their fear that X", "support for the levy",
    # criticism drawn, support and endorsements won (:mod:`nominal`)
    _nominal_findings(doc, text, lower_words, findings, used_cues)
    # 3l'. round forty-nine: nouns of speech with their holder, "Lund's assertion on Monday
    # that X", "claims by the auditors that X" (:mod:`speech_nouns`)
    _speech_noun_findings(doc, text, lower_words, findings, used_cues)
    # 3q. round thirty-two B: the shapes of :mod:`attitudes` ("the board named Okafor ...")
    _attitude_findings(doc, findings, used_cues)
    # 3q'. round seventy-eight: a feeling caused in the verb's object, "X has angered Y"
    # (:mod:`caused_feelings`)
    caused_feeling_findings(doc, lower_words, findings, used_cues)
    # 3r. round thirty-six: the shapes of :mod:`speech_acts` ("said yes", "attacked Lund")
    _speech_act_findings(doc, lower_words, findings, used_cues)
    # 3s. round fifty: a statement as a verb's object (:mod:`speech_objects`: "made comments
    # about the levy", "filed a lawsuit against the port")
    _speech_object_findings(doc, lower_words, findings, used_cues)
    _message_put_out_findings(doc, lower_words, findings, used_cues)
    # 3t. round fifty-eight: a headline's second verb of saying, its subject the first's
    # (:mod:`headline_verbs`: "Lund Slams Levy, Praises Pilots")
    _headline_second_verb_findings(doc, findings, used_cues)
    # 4. continuation quotes of a direct attribution
    _attach_following_quotes(doc, findings)
    _end_intentions_at_a_break(doc, findings)
    findings = _prune(doc, findings)
    for f in findings:
        if f.speaker is not None and f.speaker[1] < f.cue[0]:
            # round sixty-one: "the skippers were unsparing in | their criticism": the
            # subject the possessive points back to (:mod:`possessive_holders`)
            f.speaker = (
                subject_of_possessive(doc, f.speaker, f.cue[0], doc.sentence(f.cue[0])[0])
                or f.speaker
            )
        # (3n: the critics after "criticism from" are a whole phrase already)
        # (3o: the supporters after "support of" too)
        if f.speaker is not None and not (
            (f.lemma in {"criticism", "support", "endorsement"} and f.speaker[0] > f.cue[1])
            or _possessor_speaks(text, f)  # (3r: "Lund’s attacks on X" gives Lund alone)
        ):
            f.speaker = _refine_speaker(doc, f.speaker)
            if not _content_is_relative_before(text, f):
                f.speaker = _subject_chain(doc, f.speaker, f.cue[0])
            if f.speaker[1] <= f.cue[0]:
                # round fifty-one: "When a woman in the gallery | yelled"
                f.speaker = _subject_prep_after_opening(doc, f.speaker, f.cue[0])
                f.speaker = _subject_before_listed_names(doc, f.speaker)
                f.speaker = _name_before_open_appositive(doc, f.speaker, f.cue[1])
                f.speaker = _name_before_open_aside(doc, f.speaker, f.cue[1])
                f.speaker = _ordinal_subject_with_infinitive(doc, f.speaker)
            f.speaker = _fronted_lead_off(doc, _plural_list_head(doc, f.speaker))
            f.speaker = _proportion_subject(doc, f.speaker, f.cue[0])
            if _CONTRACTED_SUBJECT.fullmatch(text, *f.speaker):
                # round fourteen: "He's hoping", "They're planning": the pronoun, not its
                # contracted auxiliary
                cut = 2 if text[f.speaker[1] - 2] in "'’" else 3
                f.speaker = (f.speaker[0], f.speaker[1] - cut)
    # 5. unattributed hedges
    for m in _hedge_matches(text):
        h0 = m.start()
        if any(f.cue[0] <= h0 < f.cue[1] for f in findings):
            continue
        if any(f.hedged and f.speaker and f.speaker[1] <= h0 < f.cue[0] for f in findings):
            continue  # "X reportedly said": hedge folded into that attribution
        if (
            not m.group().lower().startswith("reported")
            and _GERUND_AFTER.match(text, m.end())
            and _PREP_BEFORE_HEDGE.search(text, max(0, h0 - 10), h0)
        ):
            continue  # "charged with allegedly taking": the act is the charge's object
        s0, s1 = doc.sentence(h0)
        a, b = _hedge_clause(doc, m.start(), m.end(), s0, s1)
        parts = _hedge_parts(text, a, b, m.start(), m.end())
        if parts:
            lemma = m.group().lower()
            findings.append(
                _Finding((m.start(), m.end()), lemma, None, parts, hedged=True, agentless=True)
            )
    findings.sort(key=lambda f: f.cue[0])
    _end_before_next_report(doc, findings)
    # round eighty-nine b: "He dismissed the fee, an answer praised by the crowd"
    close_before_summing_appositives(doc, findings)
    # round thirty-seven: a closing ", who / which ..." with a report of its own (:mod:`relatives`)
    _end_before_closing_relative(doc, findings, lower_words)
    # round eighty-one: "the dock's owners and officials said": the whole coordinated subject
    widen_to_coordination(doc, findings)
    # round ninety-eight: "Ann Berg, Ole Lund and other skippers said": the list's first items
    widen_listed_to_coordination(doc, findings)
    # "an earlier report in a local paper said": the subject's head, not its preposition's object
    widen_to_head_before_preposition(doc, findings)
    # round eighty-eight b: "Skippers who watched the regatta said": the relative's noun
    widen_to_head_before_relative(doc, findings)
    # round eighty-eight b: "his stern warning that": the possessor, not its adjectives
    # (:mod:`speaker_tails`)
    trim_possessor_adjectives(doc, findings)
    _resolve(doc, findings)
    parties = _parties(findings)
    for f in findings:
        _set_stance(doc, f, findings, parties)
    # round fourteen: attitudes nobody holds, dropped last so that the other rows are as
    # they were (their cues still end the content of a report before them)
    findings = [f for f in findings if not _no_attitude(text, f)]
    # round eighty-nine: "toy robots, which tell children when": an artefact's property, no
    # report (:mod:`artefact_relatives`)
    findings = [f for f in findings if not artefact_relative(text, f)]
    # round eighty-nine: "the most elaborate plan": a superlative, no speaker
    # (:mod:`speaker_tails`)
    findings = [f for f in findings if not superlative_speaker(text, f)]
    # round seventy-five: "responded by saying": the framing verb is the cue's too
    widen_framed_gerund_cues(doc, findings)
    # round seventy-nine: "the mayor herself said": the reflexive is the speaker's too
    widen_to_intensive_reflexive(doc, findings)
    return findings


def _in_title_case(words: list[str]) -> bool:
    """Whether a line's words are a title-case headline: four or more that are not small
    words, four in five of them capitalised.

    The count stops at the first lower-case word too many for any line of this length (more
    than a fifth of all its words): prose is told after a few of its words (round thirty-five;
    the whole line was read before)."""
    most_lower = len(words)
    content = lower = 0
    for w in words:
        if w.lower() in _TITLE_SMALL:
            continue
        content += 1
        if not w[:1].isupper():
            lower += 1
            if 5 * lower > most_lower:
                return False
    return content >= 4 and content - lower >= 0.8 * content


def _round55_lemma(form: str) -> str | None:
    """The lemma of a round-fifty-five phrase (:data:`ROUND55_PHRASE_LEMMAS`), or None for
    another phrase with the same first word ("made it clear", "made the case that")."""
    if form.startswith(("made ", "make", "making")):
        return "make no secret of" if " no secret " in form else None
    for stem, lemma in ROUND55_PHRASE_LEMMAS.items():
        if form.startswith(stem):
            return lemma
    return None


@lru_cache(maxsize=4096)
def _form_lemma(form: str) -> str | None:
    """The lemma of a cue form found by the scan, or None for the two forms whose lemma
    depends on the words around them ("put it", "referred to"), which ``_find`` reads in
    their sentence.

    Why a function of the form alone: the branches below read nothing but the form, and the
    scan finds the same few hundred forms in every article; the answer is kept per form
    (round thirty-five)."""
    if form.lower() == "according to":
        lemma = "according to"
    elif form.lower() == "per":
        lemma = "per"  # "Per reports, ...", "..., per the ministry"
    elif " " in form and (r55 := _round55_lemma(form)) is not None:
        lemma = r55  # round fifty-five: "opened up about", "delivered a critique of", ...
    elif form.startswith(_ON_TO_FORMS):
        lemma = FORM_TO_LEMMA.get(form.split()[-1], CUE_FORMS.get(form.split()[-1], "say"))
    elif form.startswith("continu"):
        # "continued to insist that", "continues to call for": the verb after "to" reports
        rest = form.split(" ", 2)[-1]
        lemma = "call for" if rest == "call for" else CUE_FORMS.get(rest, "say")
        lemma = "push" if rest == "push for" else lemma
    elif form.startswith("vot"):
        # "voted for", "voted 5-2 against", "voted to repeal": a vote cast ("voted in favor
        # of": round sixty-two)
        lemma = (
            "vote against"
            if form.endswith("against")
            else "vote for"
            if form.endswith(("for", " of"))
            else "vote"
        )
    elif form in CUE_FORMS and " " in form:
        lemma = CUE_FORMS[form]  # "talked about", "pointed to"
    elif form.startswith("talk"):
        # "talked glowingly about", "talks of"; round thirteen: "talking up his record"
        lemma = "talk up" if form.endswith(" up") else "talk about"
    elif form.startswith("brag"):
        lemma = "brag about"  # round thirteen: "bragged about the crowds"
    elif form.startswith(("spoke", "speak")) and " " in form:
        lemma = "speak about"  # "spoke highly of", "spoke out against"
    elif form.startswith(("point", *_ON_TO_FORMS)):
        lemma = "point out" if form.startswith("point") else "say"
    elif form.startswith(("made", "makes")) and form.endswith("clear"):
        lemma = "make clear"  # "made it clear that", "makes clear"
    elif form.startswith(("made", "make", "making")):
        lemma = "make the case"  # round thirteen: "made the case that", "made a plea for"
    elif form.startswith(("take", "took", "taking")) and form.endswith(" at"):
        lemma = "take aim at"  # round thirteen: "took a swipe at", "takes aim at"
    elif form.startswith(_R13_PHRASE_STARTS):
        lemma = _r13_phrase_lemma(form)
    elif form in _PUT_IT_FORMS:
        return None  # (read in its sentence by the caller; round fifty-five: "puts it" too)
    elif form == "shot back":
        lemma = "retort"
    elif form.startswith("call") and " " in form:
        lemma = "call " + form.split()[1]
    elif form.startswith("disagree"):
        lemma = "disagree with"
    elif form.startswith("refer") and not form.startswith("referenc"):
        # (round sixteen: "referenced the strike" is a cue of its own, below)
        return None  # (read in its sentence by the caller)
    else:
        lemma = CUE_FORMS.get(form, CUE_FORMS.get(form.lower(), form))
    return lemma


_CONTRACTED_SUBJECT = re.compile(r"(?i:he|she|it|who|i)[’'](?:s|m)|(?i:they|we|you)[’']re")
_STATEMENT_RE = re.compile(
    r"\b(?P<verb>issued|released|published|put out|made|posted)\s+(?:(?:a|an|the|its|his|her|"
    r"their)\s+)?(?:[\w\-]+\s+){0,2}?(?P<cue>statement|announcement)\s*(?:that\b|:)"
)
_POLL_RE = re.compile(
    r"\b(?P<cue>[Ii]n)\s+(?P<source>(?:(?:the|a|an|this|that|its|their|his|her|one|another)\s+)?"
    r"(?:[\w.’'/&\-]+\s+){0,6}?(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys)"
    r"(?:\s+(?:released|published|conducted|taken)\b[^,;:“”\".]{0,40})?"
    # round sixty-seven: the poll's time after its name ("a Lund Poll the same month")
    r"(?:\s+(?:the\s+same|last|that|this)\s+(?:day|week|month|year|spring|summer|fall|winter))?)"
    r"(?=\s*[,;]|\s*[.!?](?:\s|$)|\s+[a-z]+\s)"
)
#: a line of its own (a headline): ten to 200 characters (:func:`_title_lines`)
_TITLE_LINE_MIN, _TITLE_LINE_MAX = 10, 200


def _title_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` (between newlines) of ten to 200 characters: what
    ``re.finditer(r"^[^\\n]{10,200}$", text, re.MULTILINE)`` gave.

    Why not the pattern (speed round, stop fifty): it was tried at every position of the text
    and read each long paragraph 200 characters forward and back again; the lines are found
    by one split."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _TITLE_LINE_MIN <= end - start <= _TITLE_LINE_MAX:
            spans.append((start, end))
        start = end + 1
    return spans


#: "statement that", "announcement:" (:data:`_STATEMENT_RE`'s necessary condition)
_STATEMENT_WORDS = ("statement", "announcement")
_STATEMENT_AFTER = re.compile(r"\s*(?:that\b|:)")
_CITED_NP = re.compile(r"((?:the |a |an )?[^,;.:()“”\"]{2,80}?)(?=\s*(?:[,;.:]|$|\s+as\b))")
#: "went on to say", "goes on to call" (round eleven: every tense)
_ON_TO_FORMS = ("went on", "goes on", "go on", "going on", "gone on")


#: round thirteen: the first words of the phrases below and their lemmas
_R13_PHRASE_STARTS = ("allu", "liken", "compar", "nam", "distanc", "came out", "comes out",
                      "come out", "coming out", "hit")  # fmt: skip
#: round thirteen: "as Lund put it"; round fifty-five: the present, "as the Gazette puts it"
_PUT_IT_FORMS = frozenset({"put it", "puts it"})
#: round thirteen: what follows "put it" when it reports: a quotation or a colon
_PUT_IT_AFTER = re.compile(r"(?:\s+this\s+way)?\s*[:,]\s*(?:[“\"‘]|'')|(?:\s+this\s+way)?:")
#: "as" and a short noun phrase right before the cue ("as one aide, a veteran, put it")
_AS_ASIDE_END = re.compile(r"(?:^|[,(—–\-]\s*|\b[Oo]r,?\s+|^\s*)[Aa]s\s+[^;:“”\"]{1,60}$")
#: round eleven: "as (first) reported by X": a source named as after "according to"
_AS_BEFORE_REPORTED = re.compile(
    r"\b[Aa]s\s+(?:(?:was\s+)?(?:first|previously|originally|initially|earlier|widely)\s+)?$"
)
_BY_AFTER_REPORTED = re.compile(r"(?:\s+(?:first|previously|earlier))?\s+by\b")
#: phrases whose cue is their verb alone (the preposition opens the content's phrase)
_VERB_ONLY_CUE_PHRASES = frozenset(
    {
        "take issue with", "take credit for", "advocate for", "vouch for", "comment on",
        "write about", "rail against", "lash out at", "call out",
    }
)  # fmt: skip
