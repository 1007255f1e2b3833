"""What resolution knows about the text around an expression: sentences, the clause's tense
(which way a weekday, month or yearless date points), and the time under discussion.

Why its own module: the tense rule is the part of normalisation that news prose exercises most,
and it is read by every resolver of a yearless or weekday date."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date

from newslens.sentences import sentence_spans
from newslens_timeline.lexicon import UNSCHEDULED_EVENTS
from newslens_timeline.values import Point

# --------------------------------------------------------------------------- context

#: the characters before a span that its tense and the yearless day's checks read at most
#: (the clause's 120 and a word boundary before it)
LEFT_WINDOW = 128
#: the characters after it (the clause's 200, a range's far end's 50)
RIGHT_WINDOW = 210


#: characters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does not map to
#: it: dotless i, long s, capital I with a dot, the Kelvin sign
_FOLDS_TO_ASCII = ("\u0131", "\u017f", "\u0130", "\u212a")


@dataclass
class Context:
    """What resolution knows: the text, the creation time, and what came before.

    ``sentences`` are the core's sentence spans (:func:`newslens.sentences.sentence_spans`), so
    the clause a tense is read from and the ``sentence`` of a finding are the sentences of every
    other analysis."""

    text: str
    dct: date | None
    sentences: tuple[tuple[int, int], ...] = ()
    last: Point | None = None  # the previous resolved DATE/TIME point
    last_quarter: Point | None = None
    last_quarter_at: int = 0  # where ``last_quarter`` starts in the text
    #: the last quarter reported on (over by publication, told in a past clause, or written
    #: "fiscal"); a comparison ("a year ago") in a later sentence takes it over a quarter ahead
    reported_quarter: Point | None = None
    #: whether ``last_quarter`` is a company's own (fiscal) quarter: written "fiscal", or told
    #: in a past clause while its calendar quarter is not over ("reported lower
    #: fourth-quarter sales" in November)
    fiscal_quarter: bool = False
    #: the latest quarter named so far (by its value), and whether ``last_quarter`` was
    #: written with its year after a comparison ("up from $4 in the 1988 third quarter")
    latest_quarter: Point | None = None
    last_quarter_compared: bool = False
    last_at: int = 0  # where ``last`` starts in the text
    last_past_day: Point | None = None  # the last day named that is not after publication
    last_day: Point | None = None  # the last day named, though a month or year came after it
    last_day_at: int = 0  # where ``last_day`` starts in the text
    last_date: Point | None = None  # the last whole day named (no part of it, no clock time)
    #: the narrative's day when the last point named is a day of a year before publication's,
    #: its year written or counted from such a day ("on March 2, 2009", "the following day")
    story: Point | None = None
    story_at: int = 0  # where ``story`` starts in the text
    #: the last year, month or day written out that lies in a year before publication's ("in
    #: 1820", "on March 3, 2018"): the event a later step of years may count from
    past_ref: Point | None = None
    #: the last point whose words name its year ("in 2008", "March 3, 2010", "last year"), and
    #: where it starts: what "that year" points back to across days and months named later
    #: without a year ("Monday", "in March")
    year_named: Point | None = None
    year_named_at: int = 0
    #: the day a counted step reached from the day under discussion ("Two weeks later"), when
    #: no point was named after it: the next "that night" or "the next day" stands beside it
    reached: date | None = None

    def __post_init__(self) -> None:
        if not self.sentences:
            self.sentences = sentence_spans(self.text) or ((0, len(self.text)),)
        self._starts = [start for start, _ in self.sentences]
        self._trade: dict[int, bool] = {}
        #: set when a reading went beyond the windows of :meth:`window_key` (see there)
        self.read_far = False
        self._holds: dict[str, bool] = {}
        self._lowered: str | None = None

    def may_hold(self, word: str) -> bool:
        """Whether a case-blind pattern that needs ``word`` (ASCII lower case) may match in the
        text: False only when the text holds it in no case. Read once per text and word.

        Why: a check run per finding ("ended" or "since" before a day) can be skipped in the
        many texts without its word. A text with a character that ``re`` folds to an ASCII
        letter but ``str.lower`` does not (dotless i, long s, a dotted or Kelvin capital) may
        hold any word."""
        known = self._holds.get(word)
        if known is None:
            if self._lowered is None:
                odd = any(c in self.text for c in _FOLDS_TO_ASCII)
                self._lowered = "" if odd else self.text.lower()
            known = self._holds[word] = not self._lowered or word in self._lowered
        return known

    def window_key(self, start: int, end: int) -> tuple[object, ...] | None:
        """All that the tense of ``[start, end)`` and the yearless day's checks read, when no
        reading goes further (:attr:`read_far` says after the fact), or None.

        Why: a decision cached under this key is the decision for any span with the same key
        (a deterministic reading that stays inside the windows takes the same path on any text
        that agrees on them). The windows: ``LEFT_WINDOW`` characters before the span and
        ``RIGHT_WINDOW`` after it, unclipped (their length says where the text starts or
        ends), where the sentence starts and ends if inside them, the span's text, and whether
        its sentence holds a word of forward trade. A run of blanks after the span that nearly
        fills the right window (a figure's noun may follow any blanks) gives no key."""
        text = self.text
        i = self.sentence_of(start)
        s, e = self.sentences[i]
        right = text[end : end + RIGHT_WINDOW]
        if len(right) == RIGHT_WINDOW and len(right) - len(right.lstrip()) > RIGHT_WINDOW - 20:
            return None
        return (
            text[max(0, start - LEFT_WINDOW) : start],
            start - s if start - s <= LEFT_WINDOW else -1,
            text[start:end],
            right,
            e - end if e - end <= RIGHT_WINDOW else -1,
            self._trade_words(i),
        )

    def _reads_far(self) -> bool:
        """Mark that a reading leaves the windows of :meth:`window_key` (the sentence from its
        start, to its end, or a clause after the span); True, so it sits inside a condition."""
        self.read_far = True
        return True

    def sentence_of(self, pos: int) -> int:
        """The index of the sentence holding ``pos`` (between two sentences: the earlier)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``, end exclusive."""
        return self.sentences[self.sentence_of(pos)]

    def forward(self, start: int, end: int) -> bool:
        """Whether the span is a delivery period of forward trade ("for June delivery",
        "December 5-20 delivery", "for delivery between May 1 and June 10"): it lies ahead of
        the trade, whatever the verb (a purchase is reported in the past)."""
        i = self.sentence_of(start)
        s, e = self.sentences[i]
        if not self._trade_words(i):
            return False
        return bool(
            _FORWARD_AFTER.match(self.text, end, min(e, end + 45))
            or _FORWARD_BEFORE.search(self.text, max(s, start - 45), start)
        )

    def _trade_words(self, i: int) -> bool:
        """Whether sentence ``i`` holds a word of forward trade ("delivery", "shipment",
        "loading", "arrival", in any case): both patterns of :meth:`forward` need one inside
        its sentence, so a sentence without any (nearly all) is read once, not per finding."""
        known = self._trade.get(i)
        if known is None:
            s, e = self.sentences[i]
            known = self._trade[i] = _TRADE_WORDS.search(self.text, s, e) is not None
        return known

    def plan_was(self, start: int) -> bool:
        """Whether the clause before ``start`` states a plan as it stood in the past ("was due
        to stand down in August", "were set to reopen in May"): the act may lie either side of
        publication, so a month or a day of the year is not pulled into the past by the "was"."""
        s, _ = self.sentence_bounds(start)
        wide = _CLAUSE_LEFT.split(self.text[max(s, start - 120) : start])[-1]
        plans = list(_PLAN_WAS.finditer(wide))
        if not plans:
            return False
        # a verb after the plan's own (not its "to be") dates the clause instead
        after = _lower(wide[plans[-1].end() :]).replace("to be", "")
        return _MARKER.search(after) is None

    def scheduled(self, start: int) -> bool:
        """Whether a present of schedule stands right before ``start`` ("the accord expires in
        October", "the festival opens in March", "the law takes effect in January"): verbs that
        are seldom nouns, right before the month's preposition."""
        return bool(_SCHEDULED_BEFORE.search(self.text, max(0, start - 40), start))

    def tense(self, start: int, end: int) -> str:
        """``"future"``, ``"past"``, ``"present"`` (``"present_right"`` when only a verb on the
        right says so) or ``""`` from the clause around a span.

        Why this order: news clauses around a date mix a modal and a participle ("will be
        named ... in December", "is expected to be completed by Dec. 15"); the modal decides.
        So the verb nearest the expression on its left decides (an -ed word after a modal defers
        to the modal), and only a clause with no verb on the left looks at its right.
        """
        s, e = self.sentence_bounds(start)
        if self.forward(start, end):
            return "future"
        # the clause: cut at the last clause break on the left, the first on the right; verbs
        # are read in its last 60 characters, a passive's auxiliary further back ("will be
        # named commander of the shuttle for a mission in December")
        wide = _left_clause(self.text[max(s, start - 120) : start])
        cut = max(0, len(wide) - 60)
        left = wide[cut:]
        right = self.text[end : min(e, end + 200)]
        rights = _right_parts(right)
        # the match may hold the preposition itself ("through January")
        lead = _LIMIT_LEAD.match(self.text[start : start + 9].lower())
        if _deferred(left + (lead.group(0) if lead else "")):
            return "future"  # "extended loans through January", "postponed until Friday"
        if (_POSSESSIVE.match(self.text, end) or _FIGURE_AFTER.match(self.text, end)) and (
            _COMPARED_FROM.search(left) or _COMPARED_LEAD.match(self.text, start, end)
        ):
            # "a recovery from March's weak readings", "a markup over Tuesday's close",
            # "to narrow from the unrevised January level": a figure compared with is out
            # already, whatever the forecast around it ("on Friday's show" may lie ahead)
            return "past"
        if _past_plan_or_unreached(left, wide):
            # "had been scheduled to expire Friday"; "could not be reached for comment Friday"
            return "past"
        marks = _tensed(wide, cut)
        if not marks:
            aux = _aux_of_passive(wide, cut)
            if aux:
                return aux
        if marks:
            nearest = marks[-1]
            if (
                _WEEKDAY.search(self.text, start, end)
                and _REPORT_VERB.fullmatch(nearest.group(0))
                and _REPORTED_SUBJECT.fullmatch(wide, nearest.end())
                and (own := _OWN_FUTURE_AFTER.match(self.text, end, min(e, end + 40)))
                and not _PAST_EVENT_BEFORE.search(self.text, max(s, start - 40), start)
                and self._reads_far()
                and not _CONSEQUENCE_AFTER.match(self.text, own.end())
                and not _would_effect(own, self.text)
                # a reported "would" needs the reported clause's own subject before the day
                # ("said the vote Sunday would"; not "a merger announced Monday would", a
                # participle and its day)
                and ("would" not in own.group(0).lower() or wide[nearest.end() :].strip())
            ):
                # "the minister said one session Friday will be devoted to oil": the day
                # stands in the reported clause's subject, and that clause's own verb right
                # after it decides, not the report's
                return "future"
            # "would be settled on a still unnamed date in March": after a modal, an -ed
            # word is a participle or an adjective, and the modal decides
            if (
                nearest["past"]
                and nearest.group(0).endswith("ed")
                and any(
                    m["future"]
                    and _MODAL.fullmatch(m.group(0))
                    and "," not in wide[m.end() : nearest.start()]
                    for m in marks[:-1]
                )
            ):
                return "future"
            if (nearest["present"] or _bare_form(nearest)) and _MODAL_JUST_BEFORE.search(
                wide[: nearest.start()]
            ):
                # "will leave in two weeks", "will hit on Friday": a bare verb after its modal
                # (an irregular past such as "hit", "set", "cut" is also the bare form)
                return "future"
            return _kind(nearest)  # the verb nearest the expression on its left
        # nothing on the left: the first verb on the right, past a fronted adverbial's comma
        # ("In January, the company brought in a new chief")
        if (
            _WEEKDAY.search(self.text, start, end)
            and self._reads_far()
            and _fronted(self.text, s, start)
        ):
            bare = _BARE_PLURAL_VERB.match(self.text, end, e)
            if (
                bare is not None
                and bare["head"] not in _NOT_PLURAL_HEAD
                and _bare_present(bare["verb"])
            ):
                # "On Friday the unions march through the capital", "Monday the teachers walk
                # out": a fronted day before a plural subject and its bare verb, a present of
                # schedule (a past would be marked: "marched", "went")
                return "present"
        absolute = _WITH_ABSOLUTE.search(self.text, max(s, start - 120), start)
        if (
            absolute is not None
            and absolute.start() > s
            and self._reads_far()
            and (main := _far_left(_lower(self.text[s : absolute.start()])))
        ):
            # "the union closed its ballot, with members returning 61.5% of the papers by the
            # Monday deadline": an
            # absolute phrase has no tense of its own, and its main clause's verb decides
            # before a noun on the right ("deadline")
            return main
        for i, part in enumerate(rights):
            if (
                i == 1
                and len(rights) > 2
                and not rights[0].strip()
                and _FRONTED_PHRASE.match(part)
                and _WEEKDAY.search(self.text, start, end)
            ):
                # "On Monday night, in a bid to win votes, the senator told a rally ...": a
                # prepositional phrase set off by commas right after a fronted day is no clause;
                # its infinitive or noun ("bid") says nothing of the day, the main verb does
                continue
            if 1 < i < len(rights) - 1 and _APPOSITION.match(part) and not _scan(rights[i - 1]):
                # "On Thursday, Jane Doe, a candidate in the election to be held in May, held a
                # rally": an apposition (or a relative clause) between the subject and its verb
                # says nothing of the clause's tense
                continue
            first = next(iter(_voiced(part)), None)
            if first and _ATTRIBUTION.fullmatch(part) and not _POSSESSIVE.match(self.text, end):
                # a closing attribution ("..., for loading in September, brokers said") dates
                # the report, not the clause: the verb further back in the clause decides
                # ("would give the power back to the grid in kind in May, the minister said"),
                # or none; not for a month's own figure ("fares are expected to ease for most
                # travellers after January's steep rise, it said": a figure out already)
                return _far_left(wide)
            if first:
                kind = _kind(first)
                if (
                    kind == "future"
                    and i == 0
                    and _WEEKDAY.search(self.text, start, end)
                    and self._reads_far()
                    and (own := _OWN_FUTURE_AFTER.match(self.text, end, min(e, end + 40)))
                    # (a "would" of its own is a hypothesis here: "a win on Saturday would
                    # put the club top")
                    and "would" not in own.group(0).lower()
                    and (
                        _PAST_EVENT_BEFORE.search(self.text, max(s, start - 40), start)
                        or _CONSEQUENCE_AFTER.match(self.text, own.end())
                    )
                ):
                    # "the crash Friday will cost insurers millions", "the vote Friday will
                    # cost the party its majority": a day of an event nobody schedules, or of
                    # one whose effect is told, is past
                    return "past"
                after = _MARKER.match(part, first.end() + 1)
                if kind == "present" and after is not None and after["future"]:
                    # "Thursday's vote is expected to be close": the auxiliary's complement
                    # ("expected to", "due", "set to") looks ahead
                    return "future"
                if _PAST_PLAN_VERB.match(first.group(0)):
                    # "On Friday, the government planned to pay": a day fronted before a past
                    # plan dates the plan; after it ("planned to leave on Thursday") the act
                    return "past"
                # a present verb after the expression says less about it ("Friday's purchases
                # is"): only one on its left makes a weekday look ahead
                if (
                    kind == "present"
                    and first.group(0).lower() not in _NOT_SCHEDULE
                    and self._reads_far()
                    and _fronted(self.text, s, start)
                ):
                    # "On Monday, talks resume": a day fronted before a verb of schedule
                    return "present"
                return "present_right" if kind == "present" else kind
        if absolute is not None and absolute.start() > s:
            # "buses would run on weekdays from May 4, with a night service starting from
            # September 1": an absolute phrase has no tense of its own and shares its main
            # clause's
            self.read_far = True
            return self.tense(absolute.start(), absolute.start())
        # no verb near on either side: a future further back in the clause still looks ahead
        # ("the agency is expected to send its plan for the two dams to a joint committee
        # session on Thursday": the long object puts "is expected to" out of the near window);
        # a past that far back may govern an act still ahead ("unveiled a pact to buy the mill
        # in May"), and says nothing
        far = _voiced(wide)
        if (
            far
            and (
                _FAR_FUTURE.fullmatch(far[-1].group(0))
                # "... that the two leaders will meet with members of the board in the capital
                # on Thursday": the bare verb after its own "will" is as far back
                or (
                    (far[-1]["present"] or _bare_form(far[-1]))
                    and _FAR_MODAL_BEFORE.search(wide[: far[-1].start()])
                )
            )
            and not _BASE_BEFORE.search(left)
        ):
            return "future"
        return ""


#: the future markers that still decide from far back in the clause: a modal or a verb of
#: plan or forecast with its infinitive ("next", "due", "forecast" are as often adjectives or
#: nouns: "the next biggest lender")
_FAR_FUTURE = re.compile(
    r"will|shall|'ll|going\s+to|(?:is|are)\s+to|(?:is|are|'s)\s+(?:expected|anticipated)|"
    r"(?:expects?|expected|plans?|intends?|aims?|set|scheduled|likely|supposed)\s+to",
    re.IGNORECASE,
)
#: a comparison's base or an event before or after another, near the expression ("a deficit
#: of 9 billion, from 11.2 billion in June", "after a 0.4 pct May gain", "after the weekend
#: breakdown of talks"): another event's time, which a far future does not date
_BASE_BEFORE = re.compile(r"\b(?:from|than|after|against|compared|versus|since|before|following)\b")
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
#: a reporting verb whose complement may open with the day's noun phrase
_REPORT_VERB = re.compile(
    r"said|says|say|told|tells|added|adds|announced|reported|stated|noted|warned|confirmed|"
    r"insisted|explained|predicted|argued|indicated|disclosed|believes|thinks"
)
#: the reported clause's subject up to the day: "that" and a few words, no punctuation (the
#: day may be the subject itself: "said Friday will be a holiday")
_REPORTED_SUBJECT = re.compile(r"(?:\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){0,5}?)?\s*")
#: a noun of an event nobody schedules right before the day ("said the crash Friday will
#: cost insurers millions", "the blast on Monday"): a day of such an event is one past
_PAST_EVENT_BEFORE = re.compile(rf"\b(?:{UNSCHEDULED_EVENTS})(?:\s+on)?\s+$", re.IGNORECASE)
#: a consequence told after the day's own "will" ("the vote Friday will cost the party its
#: majority", "the meeting Monday will weigh on prices"): the event is over, its effect ahead
_CONSEQUENCE_AFTER = re.compile(
    r"\s+(?:(?:probably|likely|certainly|also|only|further)\s+)?(?:cost|hurt|hit|damage|dent|"
    r"weigh|mean|force|trigger|spark|prompt|haunt|cloud|erode|undermine|set\s+back|"
    r"leave|drag|deepen|worsen|add\s+to|push\s+up|drive\s+up)\b",
    re.IGNORECASE,
)
#: an effect told after a reported "would" ("said the cut Monday would help exports"): the
#: act is done, its effect ahead, as a consequence after "will" is
_WOULD_EFFECT_AFTER = re.compile(
    r"\s+(?:(?:probably|likely|also|only|further)\s+)?(?:help|boost|lift|ease|support|benefit|"
    r"spur|bolster|improve|strengthen|weaken|reduce|raise|lower|curb|slow|affect|allow|"
    r"enable|give|make)\b",
    re.IGNORECASE,
)


def _would_effect(own: re.Match[str], text: str) -> bool:
    """Whether the reported clause's own verb is "would" and an effect follows it."""
    return "would" in own.group(0).lower() and bool(_WOULD_EFFECT_AFTER.match(text, own.end()))


#: a limit's preposition opening the match itself ("through January"), read lower-cased
_LIMIT_LEAD = re.compile(r"(?:to|until|till|through|into)\s+")
#: the reported clause's own future verb right after the day (a part of the day between)
_OWN_FUTURE_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:will|shall|'ll|is\s+to|are\s+to|"
    # a future told from the past report ("aides said the debate Thursday would decide the
    # race"): the reported clause's own "would"
    r"would(?!\s+(?:not\s+)?have\b)|"
    r"(?:is|are)\s+(?:going|expected|due|set|scheduled|slated|likely)\s+to)\b",
    re.IGNORECASE,
)


#: a clause closing on its source ("..., the company said.", "..., Alfaro said, and"): a few
#: words, then the reporting verb, then the end of the sentence or of the clause; a quotation
#: closed before the source ("...,\" the senator said.", "...,'' he said") is no other clause
_ATTRIBUTION = re.compile(
    r"\s*(?:[\"'\u201d\u2019]+\s*)?(?:[\w.'&\u2019-]+\s+){0,6}"
    r"(?:said|says|told\s+\w+|added|reported)"
    r"[\s.!?\"'\u201d\u2019)]*"
)


_POSSESSIVE = re.compile(r"['\u2019]s?\b")
#: a comparison's base right before the expression ("from", "than", "over"), an adjective or
#: two between ("from the unrevised January level")
_COMPARED_FROM = re.compile(r"\b(?:from|than|over)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+)?$")
#: a figure named by its month or day ("the January level", "a February average")
_FIGURE_AFTER = re.compile(
    r"\s+(?:level|figure|rate|total|reading|average|high|low|peak)s?\b", re.IGNORECASE
)
_COMPARED_LEAD = re.compile(r"(?:from|than|over)\s+", re.IGNORECASE)


def _far_left(wide: str) -> str:
    """The tense of the verb nearest the end of the whole clause ``wide``, or ``""``."""
    marks = _tensed(wide)
    if not marks:
        return ""
    nearest = marks[-1]
    if (nearest["present"] or _bare_form(nearest)) and _MODAL_JUST_BEFORE.search(
        wide[: nearest.start()]
    ):
        return "future"
    return _kind(nearest)


#: a comma-delimited part that opens with a determiner or a relative pronoun: after a subject
#: with no verb of its own, an apposition or a relative clause ("Jane Doe, a candidate ...,")
#: a prepositional phrase with its own noun phrase ("in a bid to ...", "in an apparent attempt
#: by ...", "amid the ...")
_FRONTED_PHRASE = re.compile(
    r"\s*(?:in|amid|despite|after|following|with|as|during)\s+(?:a|an|the|his|her|its|their)\s",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"\s*(?:a|an|the|who|which|whose|whom)\s", re.IGNORECASE)
#: a present of schedule right before a month ("expires in", "takes effect on"): only verbs
#: that are seldom nouns ("starts", "returns", "rules" are as often nouns in wire copy:
#: "housing starts in April")
_SCHEDULED_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)\b(?:expires|begins|opens|resumes|reopens|convenes|"
    r"takes\s+effect|kicks\s+off|(?:comes|enters)\s+into\s+(?:force|effect))"
    r"\s+(?:in|on|from|at\s+the\s+(?:start|end)\s+of)\s+(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)
#: present markers that are no verb of schedule
_NOT_SCHEDULE = frozenset({"is", "are", "am", "says", "say"})
#: a day fronted at the head of its sentence, at most a preposition before it
_FRONTED = re.compile(r"\s*(?:(?:on|by|from|until|early|late)\s+)?", re.IGNORECASE)


#: a clause's opening after a semicolon, or after a comma and "and", "while", "then" ("On
#: Tuesday, the league plays two matches; on Saturday, three clubs hold trials")
_CLAUSE_HEAD = re.compile(r";\s*|,\s*(?:and|while|then|and\s+then)\s+", re.IGNORECASE)


def _fronted(text: str, s: int, start: int) -> bool:
    """Whether the day at ``start`` opens its sentence (from ``s``) or a clause of a list
    of schedules after a semicolon or ", and": at most a preposition before it."""
    if _FRONTED.fullmatch(text, s, start):
        return True
    heads = list(_CLAUSE_HEAD.finditer(text, s, start))
    return bool(heads) and _FRONTED.fullmatch(text, heads[-1].end(), start) is not None


#: a plan made in the past ("planned to"), which the future markers count as looking ahead
_PAST_PLAN_VERB = re.compile(r"(?:plann|intend|aim)ed\b", re.IGNORECASE)
#: (a period after a lone letter ends no clause: "4 p.m. EDT", "U.S. officials", "George W.
#: Bush", as the core's sentence splitter reads them)
_CLAUSE_LEFT = re.compile(
    # (a title's closing quotes may stand after the comma: "''Winter Roads,'' and on Monday")
    r"[;:\u2014]|\s-{1,2}\s|,(?:''|[\"\u201d\u2019])?\s(?:but|and|while|after|before)\s|"
    r"(?:(?<!\b[a-z])\.|[!?])[\"'\u201d\u2019\])]*\s",
    re.IGNORECASE,
)
#: an absolute phrase opened by "with" and its participle ("..., with a night service starting")
_WITH_ABSOLUTE = re.compile(
    # (a decimal point is no clause's end: "with members returning 61.5% of the papers")
    r",\s+with\s+(?:[\w'\u2019-]+\s+){1,6}?[a-z]+ing\b(?:[^,;:.!?]|\.(?=\d))*$",
    re.IGNORECASE,
)
_CLAUSE_RIGHT = re.compile(r"[;:\u2014,]|\s-{1,2}\s")
#: a verb that moves or stretches something to a target date, then the target: the date lies
#: after the act, whatever the tense of the act ("has extended the loans through January")
_DEFERRED_TO = re.compile(
    # ("suspended trading until Monday", "suspends payments until June": a halt to a
    # restart date, which lies ahead as a deferral's does)
    # ("remanded in custody until Monday": to the next hearing, which lies ahead too)
    # ("halted trading until Monday", "grounded its fleet until Friday": a halt too)
    r"\b(?:extend|postpon|delay|defer|adjourn|reschedul|prolong|suspend|remand|halt|"
    r"ground(?:ed|ing)|push(?:ed|es)?\s+back|put\s+off)\w*\b[^.;:]*\b(?:to|until|till|through|"
    r"into)\s+(?:the\s+end\s+of\s+)?$"
    # a deadline still open: "has given the relatives until 9 a.m. Tuesday", "have until";
    # given in the past and still running ("the judge gave lawyers until Monday to file")
    r"|\b(?:give[sn]?|gave|ha(?:s|ve))\b[^.;:]*\b(?:until|till)\s+(?:the\s+end\s+of\s+)?$"
)
#: a plan in the past tense, its act in an infinitive ("was due to", "were set to")
_PLAN_WAS = re.compile(
    r"\b(?:was|were)\s+(?:due|scheduled|expected|set|supposed|planned|slated|favou?red|tipped|"
    r"projected|poised|going)\s+to\s+\w+"
    r"|\b(?:was|were)\s+to\s+(?!be\b)\w+"
    # a plan weighed or asked for in the past, its object the act: "was considering a cut in
    # May", "the accord called for elections in June" (the act either side of publication)
    r"|\b(?:was|were)\s+(?:considering|weighing|planning|preparing|proposing|seeking)\b"
    r"|\bcall(?:ed|s)?\s+for\b",
    re.IGNORECASE,
)
_PAST_PLAN = re.compile(
    r"\b(?:had\s+been|was|were)\s+(?:due|scheduled|expected|set|supposed|planned|slated|"
    r"favou?red|tipped|projected|poised|going\s+to)\b"
    r"|\bhad\s+(?:planned|hoped|intended|expected)\b"
)
#: the reporter's failed attempt, a past moment despite its modal ("could not be reached for
#: comment Friday", "would not say Tuesday whether"): wire copy's commonest modal before a day
_UNREACHED = re.compile(
    r"\b(?:could|would|can|will)(?:\s+not|n['\u2019]t)\s+(?:immediately\s+)?(?:be\s+(?:reached|located|"
    r"contacted|found)|comment|say|elaborate|confirm|disclose|discuss|speculate)\b"
)
#: the same attempt negated by its subject: "neither he nor his lawyer could be located
#: Wednesday", "no one could be reached Friday"
_UNREACHED_NOR = re.compile(
    r"\b(?:neither|nor|nobody|no\s+one)\b[^.;:]*\b(?:could|would|can)\s+(?:immediately\s+)?"
    r"be\s+(?:reached|located|contacted|found)(?:\s+for\s+comment)?\s+(?:on\s+|late\s+|early\s+)?$"
)
#: irregular simple past forms news uses (regular ones end in -ed)
_IRREGULAR_PAST = "|".join(
    (
        "said", "told", "began", "took", "came", "went", "made", "met", "left", "fell", "rose",
        "saw", "won", "lost", "held", "led", "hit", "shed", "sold", "bought", "paid", "brought",
        "thought", "caught", "fought", "sought", "spent", "sent", "built", "kept", "felt", "dealt",
        "struck", "stood", "gave", "got", "grew", "knew", "threw", "drew", "flew", "wrote",
        "drove", "chose", "spoke", "broke", "stole", "ran", "sat", "fled", "found", "heard",
        "became", "overcame", "forgot", "shook", "withdrew", "sank", "swore", "tore",
        "wore", "woke", "hung", "stuck", "dug", "shot", "slid", "hid", "ate", "meant", "lent",
        "lay", "laid", "fed", "rode",
        # "set Friday as the deadline"; "is set for Friday" is a schedule, no past
        r"(?<!is\s)(?<!are\s)(?<!'s\s)(?<!\bbe\s)(?<!been\s)set(?!\s+(?:to|for)\b)",
    )
)  # fmt: skip
#: present-tense verbs of a schedule ("the summit opens Monday", "the ministers meet
#: Thursday"): news uses the simple present for planned events, so the date lies ahead
#: (only the -s form of words that are as often nouns: "at the close of business Thursday"),
#: and none after a determiner ("the vote Sunday") or "to" (an infinitive takes the tense of
#: its governing verb: "tried to leave on Monday")
#: a plural noun before its own auxiliary is no verb of schedule ("votes were counted on
#: Tuesday", "the returns are due"): such a verb is never followed by one
_NOUN_BEFORE_AUX = (
    r"(?!\s+(?:were|was|are|is|have|had|has|will|would|could|can|may|might|should|must)\b)"
)
_SCHEDULED = (
    r"(?<!the\s)(?<!a\s)(?<!of\s)(?<!'s\s)(?<!to\s)(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)"
    # a habit is no schedule ("the ministry usually publishes the list on Monday")
    r"(?<!generally\s)(?<!usually\s)(?<!normally\s)(?<!often\s)(?<!typically\s)(?<!always\s)"
    r"(?:"
) + "|".join(
    [f"{stem}s?" for stem in ("begin", "meet", "arrive", "resume", "expire", "convene",
                              "travel", "return", "face", "vote", "hold", "leave")]
    + ["starts", "ends", "opens", "closes", "heads", "goes", "takes", "comes", "airs", "premieres",
       "debuts", "kicks", "plays", "visits", "hosts", "reopens",
       # a ruling or a release on the calendar ("the court rules on the appeal Friday", "the
       # bank announces its decision Thursday", "the agency releases the figures Monday")
       "rules", "decides", "announces", "releases", "publishes", "hears", "unveils",
       "sentences", "testifies",
       # an appearance on the calendar ("the chair speaks to the club on Wednesday")
       "speaks", "appears", "attends", "delivers", "campaigns",
       # a run to its last day ("the exhibition runs through Sunday", "talks continue on
       # Monday"); "head" only towards somewhere ("voters head to the polls on Sunday")
       "runs", "lasts", "continues?", "head(?=\\s+(?:to|for|into)\\b)",
       # "voters go to the polls on Sunday", not "did not go"
       "(?<!not\\s)(?<!n't\\s)(?<!did\\s)go"]
) + ")" + _NOUN_BEFORE_AUX  # fmt: skip
#: an -ed word right after a determiner is an adjective, no past verb ("the increased
#: provision", "its preferred stock", "a reduced rate")
_DET_BEFORE = "".join(
    f"(?<!\\b{d}\\s)" for d in ("the", "a", "an", "its", "their", "his", "her", "our", "this")
)
#: "due" of a schedule ("is due to report", "due Friday"), not of a cause: "was mainly due to
#: payment in January", "due to the strike in March" name why, and the act is no plan ahead
_DUE_AHEAD = (
    # (the adverbs are read back from "due" once it has matched: a lookbehind before it would
    # run at every position the clause scan tries)
    r"due"
    + "".join(
        f"(?<!\\b{a}\\sdue)"
        for a in (
            "mainly",
            "largely",
            "partly",
            "primarily",
            "partially",
            "mostly",
            "entirely",
            "chiefly",
            "solely",
            "part",
        )
    )
    + r"(?!\s+to\s+(?:a|an|the|its|their|his|her|our|this|that|these|those|higher|lower|"
    r"increased|reduced|lack|weak|weaker|strong|stronger|poor|improved|\d)\b)"
)
_MARKER = re.compile(
    # a future perfect is a future ("will have voted by Friday"), a modal's perfect no future
    # ("would have turned 80 on Sunday", "might have met on Monday")
    rf"\b(?:(?P<future>will|won't|wo\s+n't|shall|(?:would|may|might|could|should|must)"
    r"(?!\s+(?:not\s+)?have\b)|'ll|"
    r"going\s+to|is\s+to|are\s+to|(?:is|are)\s+(?:planned|slated|penciled|pencilled)\b|"
    # "a verdict is expected Monday": a forecast in the present looks ahead, as "is expected
    # to" does ("was expected Monday" stays a past)
    r"(?:is|are|'s)\s+(?:expected|anticipated)\b|"
    r"slated|predicts?|"
    # "forecasts" looks ahead ("the forecast for Sunday"), but not after a comparison: the
    # figures compared are out ("fourth-quarter earnings beat forecasts", "above forecasts")
    r"(?<!beat\s)(?<!missed\s)(?<!topped\s)(?<!exceeded\s)(?<!above\s)(?<!below\s)"
    r"(?<!than\s)(?<!with\s)forecasts?|"
    r"plan(?:s|ned|ning)?\s+(?:to|a|an|another|their|his|her|its)\b|intend(?:s|ed)?\s+to|aim(?:s|ed)?\s+to|scheduled\s+(?:to|for)|expects?\s+to|expected\s+to|likely\s+to|"
    rf"{_DUE_AHEAD}|"
    # a forecast's object and its infinitive ("expects sales to recover", "expects the
    # market to pick up"): the complement looks ahead, as "expects to" does
    r"expects?\s+(?:[\w'\u2019-]+\s+){1,4}?to\s+(?=[a-z])|"
    # a forecast in the present ("expects a recovery in the third quarter", "we anticipate
    # a rebound in May"): its object lies ahead
    r"(?<!\bas\s)(?<!\bthan\s)(?:expects?|anticipates?|foresees?)\b|"
    r"set\s+to|supposed\s+to|next(?!\s+to\b)|upcoming|to\s+be|payable|effective|deadline|"
    # a forecast of a contest, in the passive ("is favoured to win", "are tipped to take"): as
    # "expected to"
    r"(?:favou?red|tipped|projected|poised)\s+to)|"
    rf"(?P<present>is|are|says|say|am|{_SCHEDULED})|"
    rf"(?P<past>was|were|had|did|ago|since|earlier|{_IRREGULAR_PAST}|{_DET_BEFORE}\w{{2,}}ed))\b"
)


@functools.lru_cache(maxsize=1024)
def _left_clause(window: str) -> str:
    """The clause's part of the left ``window`` (after its last clause break), titles blanked
    and lower-cased for the markers; cached as :func:`_scan` is."""
    return _lower(_CLAUSE_LEFT.split(_blank_titles(window))[-1])


@functools.lru_cache(maxsize=1024)
def _right_parts(window: str) -> tuple[str, ...]:
    """The right ``window`` cut at each clause break, each part lower-cased for the markers."""
    return tuple(_lower(part) for part in _CLAUSE_RIGHT.split(window))


@functools.lru_cache(maxsize=1024)
def _deferred(left: str) -> bool:
    """Whether the left window ends on a deferral to its target (``_DEFERRED_TO``); cached."""
    return _DEFERRED_TO.search(left) is not None


@functools.lru_cache(maxsize=1024)
def _past_plan_or_unreached(left: str, wide: str) -> bool:
    """Whether the clause holds a plan told in the past or the reporter's failed attempt
    (``_PAST_PLAN``, ``_UNREACHED``, ``_UNREACHED_NOR``); cached."""
    return bool(_PAST_PLAN.search(left) or _UNREACHED.search(left) or _UNREACHED_NOR.search(wide))


@functools.lru_cache(maxsize=1024)
def _scan(part: str, pos: int = 0) -> tuple[re.Match[str], ...]:
    """Every tense marker in ``part`` from ``pos``, scanned once per window text.

    Why a cache: the markers are one long alternation tried at every word boundary (about
    0.15 ms for a 200-character window), and the tense of every finding scans its clause's
    windows: findings packed in one sentence (a list of dates, a repeated piece) scan the same
    comma-delimited parts on their right, and the same left windows when the text repeats, so
    each distinct window is scanned once. A pure function of its arguments: output unchanged."""
    return tuple(_MARKER.finditer(part, pos))


@functools.lru_cache(maxsize=1024)
def _voiced(part: str, pos: int = 0) -> tuple[re.Match[str], ...]:
    """The markers of :func:`_scan` that are no passive's participle (its auxiliary decides)."""
    return tuple(m for m in _scan(part, pos) if not _passive(part, m))


@functools.lru_cache(maxsize=1024)
def _tensed(part: str, pos: int = 0) -> tuple[re.Match[str], ...]:
    """The markers of :func:`_voiced` that are no bare infinitive after "to" (its governing
    verb decides): the verbs that give a clause its tense."""
    return tuple(m for m in _voiced(part, pos) if not _bare_after_to(part, m))


#: a period named before a forward delivery, in the singular of a trade's terms ("June
#: delivery", "July/August shipment", "the 5-20 November loading"; "May shipments fell" is a
#: report), within the noun phrase: days, slashes, a range between
_FORWARD_AFTER = re.compile(
    # (each step takes a separator and a word or a day: no empty repetition to backtrack on)
    r"(?:(?:\s*[-/\u2013]\s*|\s+(?:to|and)\s+|\s+)(?:[A-Z][a-z]{2,8}\.?|[0-3]?\d)){0,4}"
    r"\s*,?\s*(?:delivery|shipment|loading|arrival)\b(?!s)",
)
#: the words one of the two patterns of forward trade needs
#: (case-blind as ``_FORWARD_BEFORE`` is, so it finds every word either pattern could match)
_TRADE_WORDS = re.compile(r"delivery|shipment|loading|arrival", re.IGNORECASE)
#: "for delivery between May 1 and June 10", "for shipment in July"
_FORWARD_BEFORE = re.compile(
    r"\bfor\s+(?:delivery|shipment|loading)\s+(?:in|between|from|during|by|before)?\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s*[0-3]?\d?\s*(?:[-/\u2013]|and|to)\s*)?$",
    re.IGNORECASE,
)


#: "May" with a capital inside a sentence, before a word of comparison or a figure, is the
#: month of a figure ("rose in May against 3.1 in April", "fell in May by 2 pct"), not the
#: modal, which a verb follows (elsewhere it stays as it was read: a capital "May" before
#: another month, "for May/June shipment", is left to the rules that read it so far)
_MONTH_MAY = re.compile(
    r"(?<=[^\s.!?\"'\u201c])(\s+)May(?=\s*,?\s+(?:from|against|compared|after|following|"
    r"versus|vs\.?|than|over)\b|\s+(?:to|by|at)\s+\d)"
)


#: "May" after a time preposition and before "and" or "but" and a verb's past ("began in May
#: and concluded on Monday"): the month, never the modal, which a bare verb follows (a list of
#: months, "in May, June and July", is left to the rules that read it so far)
_MONTH_MAY_PREP = re.compile(
    r"(\b(?:in|since|until|till|during|through|from|early|late|mid-?)\s+)May"
    r"(?=\s+(?:and|but)\s+[a-z]+ed\b)"
)


#: "May" joined to a month before it ("between March and May", "from March to May", "in
#: March or May"): the month, not the modal
_JOINED_MAY = re.compile(
    r"((?:\b(?:January|February|March|April|June|July|August|September|October|November|"
    r"December)\s*,\s*|(?:\b(?:January|February|March|April|June|July|August|September|"
    # (a part that opens on the joint, or on a month's tail, has its month at the left: the
    # clause's right side)
    r"October|November|December)|^[a-z]*)\s+(?:and|or|to|through|till|until|into)\s+))May\b"
)


#: a title in quotation marks, its words capitalised past the short ones ("''Meet the Press''",
#: "\u201cFace the Nation\u201d"): a programme's or a book's name, whose words are no verbs of
#: the clause
_QUOTED_TITLE = re.compile(
    r"(?:(?<='')|(?<=[\"\u201c]))([A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|[a-z]{1,3})){0,5})"
    r"(?=,?(?:''|\"|\u201d))"
)


def _blank_titles(part: str) -> str:
    """``part`` with each quoted title's words blanked (same length, so offsets hold)."""
    if "''" not in part and '"' not in part and "\u201c" not in part:
        return part
    return _QUOTED_TITLE.sub(lambda m: " " * len(m.group(0)), part)


def _lower(part: str) -> str:
    """``part`` lower-cased for the markers, the month "May" kept apart from the modal."""
    if "May" not in part:
        return part.lower()
    part = _MONTH_MAY_PREP.sub(r"\1mai", part)
    return _JOINED_MAY.sub(r"\1mai", _MONTH_MAY.sub(r"\1mai", part)).lower()


_MODAL_JUST_BEFORE = re.compile(
    r"\b(?:will|won't|would|shall|may|might|could|should|must|'ll)\s+(?:not\s+)?$"
)
#: a modal of the future right before a bare verb far back in the clause (not "would",
#: "may", "could": a future in the past, or a mere possibility, says less from that far)
_FAR_MODAL_BEFORE = re.compile(r"\b(?:will|shall|'ll)\s+(?:not\s+)?$")
_MODAL = re.compile(r"will|won't|wo\s+n't|shall|would|may|might|could|should|must|'ll")


def _passive(part: str, m: re.Match[str]) -> bool:
    """A participle after "be"/"been" ("will be named", "will be held"): its auxiliary gives
    the tense. Irregular participles count too ("held", "sold", "paid"), else "the vote will be
    held on Tuesday" reads as past."""
    return (
        bool(m["past"])
        and m.group(0).lower() not in _NOT_PARTICIPLE
        and bool(
            re.search(r"\b(?:be|been|being|remains?|stays?)\s+$", part[: m.start()])
            # a future perfect's participle: "will have" gives the tense
            or _FUTURE_PERFECT_BEFORE.search(part, max(0, m.start() - 24), m.start())
        )
    )


_FUTURE_PERFECT_BEFORE = re.compile(r"\b(?:will|won't|shall|'ll)\s+(?:not\s+)?have\s+$")


_AUX_BEFORE_BE = re.compile(
    r"\b(?:(?P<future>will|would|shall|may|might|could|should|must|is\s+to|are\s+to|to)|"
    r"(?P<present>is|are|am|has|have)|(?P<past>was|were|had))\s+(?:not\s+)?(?:be|been|being)\s+$"
)


def _aux_of_passive(wide: str, cut: int) -> str:
    """The tense of the passive participle nearest the end of ``wide`` whose auxiliary lies
    before ``cut`` (outside the short window), or ``""``."""
    if cut <= 0:
        return ""
    participles = [m for m in _scan(wide, cut) if _passive(wide, m)]
    if not participles:
        return ""
    aux = _AUX_BEFORE_BE.search(wide[: participles[-1].start()])
    if aux is None or aux.start() >= cut:
        return ""
    return _kind(aux)


#: after a fronted day: a plural subject (an article or a count, at most two words before its
#: head, the head ending in a plural "s") and the next word, a verb if bare
_BARE_PLURAL_VERB = re.compile(
    r",?\s+(?:(?:the|both|all|many|some|most|their|its|our|two|three|four|five|several)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]{2,}[^s'\u2019\W]s)\s+(?P<verb>[a-z]+)\b"
    r"(?![-'\u2019])"
)
#: a word after a plural subject that is no bare present: a function word, an auxiliary, an
#: adverb, or an irregular past the markers do not list
# fmt: off
_NOT_BARE_PRESENT = frozenset((
    "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "that", "who",
    "which", "whose", "where", "when", "than", "have", "do", "also", "then", "still", "already",
    "again", "just", "only", "not", "never", "now", "here", "there", "this", "these", "those",
    "swept", "crept", "wept", "slept", "leapt", "dove", "rode", "rang", "sang", "sprang",
    "swam", "bore", "bent", "bled", "fed", "spun", "slew", "strode", "wound", "fit", "quit",
    "split", "spread", "let", "shut", "burst", "cast", "cost", "put", "read", "set", "hit",
    "cut",
    # a determiner or a pronoun (the subject was no subject: "this uncertainty"), and the
    # adjective of "attorneys general"
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "some", "any", "each",
    "every", "no", "it", "he", "she", "they", "we", "general",
))
#: a word ending in "s" that heads no plural subject
_NOT_PLURAL_HEAD = frozenset((
    "this", "was", "has", "its", "his", "hers", "ours", "yours", "theirs", "thus", "perhaps",
    "unless", "across", "plus", "whereas", "always", "sometimes", "besides",
))
# fmt: on


def _bare_present(word: str) -> bool:
    """Whether ``word`` after a plural subject reads as a bare present verb."""
    return (
        word not in _NOT_BARE_PRESENT
        and not word.endswith(("ed", "ing", "ly", "s", "pt"))
        and _MARKER.fullmatch(word) is None
    )


def _bare_form(m: re.Match[str]) -> bool:
    """An irregular past marker that is also a verb's bare form ("hit", "set", "shed"): no
    -ed, not an auxiliary."""
    word = m.group(0).lower()
    return bool(m["past"]) and not word.endswith("ed") and word not in _NOT_PARTICIPLE


def _bare_after_to(part: str, m: re.Match[str]) -> bool:
    """An infinitive read as a past ("expected to hit on Friday", "due to hit Friday"): it has
    no tense of its own, and the verb that governs it decides."""
    return _bare_form(m) and bool(re.search(r"\bto\s+$", part[: m.start()]))


#: past markers that are no participle, so "be" before them does not make a passive
_NOT_PARTICIPLE = frozenset({"was", "were", "had", "did", "ago", "since", "earlier"})


def _kind(m: re.Match[str]) -> str:
    return "future" if m["future"] else "present" if m["present"] else "past"
