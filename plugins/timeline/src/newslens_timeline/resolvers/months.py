"""Months with a year ("March 1998") and without one ("in March"), ahead or past by the
clause and the story, including the month that is a futures contract ("March soybeans"), a
march (a walk) and a poll's month.

A yearless month is the most ambiguous of the common dates: the cues that look ahead ("will
... in March", a contest still to be decided) are kept beside the resolver that reads them.
"""

from __future__ import annotations

import re
from datetime import date

from newslens_timeline.lexicon import (
    _MONTH,
    ABSOLUTE,
    FLAGS,
    MONTHS,
    PREVIOUS,
    PUBLISHED,
    UNANCHORED,
)
from newslens_timeline.resolvers.base import Resolved, _mod_of
from newslens_timeline.resolvers.days import (
    TENSE_PENALTY_MONTHS,
    _month_no,
    _period_year,
    _plain_rel,
    _range_year,
    _spoken_year,
    _story_step,
    _tense_cost,
    _yearless_range,
    current_year_end,
    since_before,
)
from newslens_timeline.resolvers.years import split_year_end
from newslens_timeline.tense import Context
from newslens_timeline.values import Point


def _r_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    mo = _month_no(m["month"])
    y: int | None
    if m.groupdict().get("myy"):
        base = ctx.dct.year if ctx.dct else 2000  # as "the summer of '82": up to 10 years ahead
        short = base // 100 * 100 + int(m["myy"])
        y = short if short <= base + 10 else short - 100
    else:
        y = int(m["year"]) if m["year"] else _spoken_year(m)
    if y is None:
        return None
    p = Point(date(y, mo, 1), "M")
    return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))


_FULL_MONTHS = frozenset(
    name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july")
)


#: a month joined by a slash to the next ("May/June shipment"): a range of months, so the
#: ambiguous short name before it is the month too
_SLASH_MONTH_NEXT = re.compile(rf"/(?-i:{_MONTH})(?![a-z])", FLAGS)


#: a full month joined before ("between March and May", "from March to May", "March or May"):
#: the second is a month too, not the modal "May"
_MONTH_JOINED_BEFORE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)"
    r"\s*(?:,\s*|\s(?:and|or|to|through|till|until|into)\s+)$"
)


#: the act's own verb right after "will" or "shall" and the month's preposition: "will flood
#: in May", "will be completed by May" (no other word between; not "would", whose report may
#: lie before the month, nor a figure's "will show a fall for May")
_WILL_IN = re.compile(
    r"\b(?:will|shall|'ll)\s+(?:(?:again|also|then|now|only|likely|probably)\s+)?(?:be\s+)?"
    r"[a-z]+\s+(?:in|during|by)\s+(?:early\s+|late\s+|mid-?\s*)?$"
)


#: a time ahead told by its clause, not by the verb nearest the month: "will face voters in
#: November", "will hold a vote in", "plans to hold a vote in", "is expected to run again in",
#: "is going into the fall", "heading into November", "looking ahead to November" (the act's
#: "will" or a present intent's "to" and the act's object, up to three words with no comma,
#: "than", "for" or "from" between: not "will show a fall for May", "will be lower than in
#: May"); read only when the month or season has come this year already and the clause is
#: not past, where it names the next one
_AHEAD_IN = re.compile(
    r"(?:\b(?:(?:will|shall|'ll)\s+(?:(?:again|also|then|now|only|likely|probably)\s+)?"
    r"(?:be\s+)?|"
    r"(?:plans|hopes|wants|aims|intends|seeks|vows|promises|pledges|(?:is|are)\s+(?:expected|"
    r"set|likely|poised|scheduled|due|hoping|planning|aiming|preparing))\s+to\s+)"
    r"(?P<verb>[a-z]+)\s+(?:(?!than\b|for\b|from\b|since\b|last\b)[a-z-]+\s+){0,3}?"
    r"(?P<last>[a-z-]+\s+)?(?:in|during|by)\s+|"
    r"\b(?:going|heading|head|heads|go|goes|moving|move)\s+into\s+|"
    r"\b(?:look|looks|looking|ahead)\s+(?:ahead\s+)?to\s+)"
    r"(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$"
)


#: a contest still to be decided before the month, in its clause ("her chances of winning in
#: November", "can win in November", "to regain the Senate in November", "the votes she needs
#: in November", "seats up in November", "come November"): a race or a win in a clause not
#: past lies ahead, so the month is the coming one
_CONTEST_AHEAD = re.compile(
    r"\b(?:win|wins|winning|victory|beat|beating|defeat|defeating|elect|electing|reclaim|"
    r"reclaiming|regain|regaining|retake|retaking|flip|flipping|chances?|odds|needs?|"
    r"in\s+play|up\s+for\s+(?:re-?election|grabs)|seats?\s+up|on\s+the\s+ballot)\b"
    r"(?:(?![.;:!?]|\b(?:than|since|from|ago|last|earlier)\b)[^\n])*?\b(?:in|by)\s+$"
    r"|\bcome\s+$",
    re.IGNORECASE,
)


def _contest_ahead(text: str, start: int) -> bool:
    """Whether a contest still to be decided stands before the month in its clause (above);
    no figure's words in the clause ("a win in sales in March")."""
    m = _CONTEST_AHEAD.search(text, max(0, start - 60), start)
    if m is None:
        return False
    clause = re.split(r"[.;:!?,](?!\d)", text[max(0, m.start() - 40) : start])[-1]
    return not _AHEAD_FIGURE.intersection(re.findall(r"[a-z]+", clause.lower()))


#: a figure's verb or noun before the month ("will show a rise in November", "is expected to
#: have eased in November", "will report output in November", "will publish the data in
#: November"): the month's figure, which is reported after it, not a time ahead
_AHEAD_FIGURE = frozenset({
    "be", "have", "show", "shows", "report", "post", "record", "publish", "release", "rise",
    "rises", "fall", "falls", "drop", "gain", "increase", "decline", "growth", "deficit",
    "surplus", "inflation", "output", "sales", "exports", "imports", "figures", "data",
    "demand", "production", "prices", "level", "levels", "ease", "eased", "slow", "slowed",
    "results", "earnings", "profit", "profits", "loss", "losses",
})  # fmt: skip


def _ahead_in(text: str, start: int) -> bool:
    """Whether the clause before ``start`` looks ahead to the month or season there (above)."""
    m = _AHEAD_IN.search(text, max(0, start - 60), start)
    if m is None:
        return False
    if m["verb"] is None:
        return True
    # the clause's subject too ("Steel output is likely to pick up in November")
    clause = re.split(r"[.;:!?](?!\d)", text[max(0, m.start() - 60) : start])[-1]
    return not _AHEAD_FIGURE.intersection(re.findall(r"[a-z]+", clause.lower()))


#: a futures position named by its month, the subject of its price ("March and October were
#: limit down", "August finished two cents up", "September slipped to 5 under"): a contract,
#: no time of the calendar; read at a clause's opening, the price verb within a few words
_CONTRACT_SUBJECT = re.compile(
    r"(?:\s*(?:,|and|to)\s*(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December))*\s+(?:contracts?\s+|positions?\s+|deliveries\s+)?"
    r"(?:(?:was|were)\s+(?:\S+\s+){0,4}?(?:unlimited|limit[\s-](?:up|down)|higher|lower|firmer|"
    r"easier|steadier|weaker|stronger|unchanged|steady|up|down)\b|"
    r"(?:closed|settled|traded|opened|finished|ended|rose|fell|gained|lost|eased|firmed|"
    r"slipped|dropped|climbed|jumped|added|shed)\s+(?:\S+\s+){0,4}?(?:at|to|higher|lower|"
    r"firmer|easier|up|down|over|under|cents?|points?|ringgit|dlrs?|stg|pence|yen|ticks?)\b)"
)


_CLAUSE_OPEN = re.compile(r"(?:^|[.;:\n]\s*|,\s*(?:while|and|but|whereas)\s+|\bwhile\s+)$")


#: the markets' words that make a month a contract's ("futures", "contracts", "lots")
_FUTURES_WORDS = re.compile(
    r"\b(?:futures|contracts?|lots|nearby|deferred|spot\s+month)\b",
    re.IGNORECASE,
)


_MONTH_LIST_AFTER = (
    r"(?:\s*(?:,|and|or)\s*(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December))*"
)


#: a contract named by its month: "the August contract", "September T-bill futures", "the
#: September and November contracts", "March options", "September corn", "new November oats"
#: (a commodity traded on a futures exchange, not its trade figures: "January corn exports" is
#: a month)
_CONTRACT_NOUN_AFTER = re.compile(
    _MONTH_LIST_AFTER + r"\s+(?:(?:[A-Z][\w&-]*|stock|index|bond|gold|silver|crude|heating|oil|"
    r"live|feeder|short|long|sterling|yen|mark|dollar|delivery|new|old|crop)\s+){0,3}"
    r"(?:(?:futures|contracts?|options?|T-bonds?|T-bills?|eurodollars?)\b|"
    r"(?:soybeans?|soyoil|soymeal|corn|wheat|oats|barley|sugar|cocoa|coffee|cotton|copper|"
    r"platinum|palladium|gasoline|cattle|hogs|bellies|lumber)\b(?!\s+(?:exports?|imports?|"
    r"shipments?|sales|output|production|consumption|stocks|crush|plantings?|arrivals|"
    r"receipts|deliveries|prices?|figures?|data|estimates?|crops?|harvest|supplies|"
    r"inspections|loadings|registrations)\b))"
)


#: the words of a futures market (the contract's own noun apart): "futures", "lots", "pit"
_MARKET_WORDS = re.compile(
    r"\b(?:futures|lots|pit|nearby|deferreds?|options|contract\s+(?:high|low)s?)\b",
    re.IGNORECASE,
)


_RANGE_BEFORE = re.compile(r"(?:[-/\u2013]\s*|\b(?:to|through|from|between)\s+)$")


def _contract_month(m: re.Match[str], ctx: Context) -> bool:
    """Whether a bare month names a futures contract: the subject of a price verb at its
    clause's opening ("March and October were limit down"), or before a contract's or a
    traded commodity's noun in futures copy ("the August contract", "September corn")."""
    if m.group(0) != m["month"]:
        return False  # "in March", "last May": a time
    at = m.start()
    k = at
    # back over a list it closes ("March and October were limit down", "the September and
    # November contracts": the list's clause opens at its first month)
    while (
        back := _MONTH_JOINED_BEFORE.search(ctx.text, max(0, k - 24), k)
    ) is not None and back.start() < k:
        k = back.start()
    named = _CONTRACT_NOUN_AFTER.match(ctx.text, m.end())
    if (
        named is not None
        and not _RANGE_BEFORE.search(ctx.text, max(0, k - 10), k)
        and (
            _MARKET_WORDS.search(ctx.text, max(0, at - 600), at)
            or _MARKET_WORDS.search(ctx.text, named.end(), min(len(ctx.text), named.end() + 300))
            or re.search(r"futures|T-bonds?|eurodollars?", named.group(0))
        )
    ):
        return True
    if not _CLAUSE_OPEN.search(ctx.text, max(0, k - 12), k):
        return False
    if not _CONTRACT_SUBJECT.match(ctx.text, m.end()):
        return False
    return bool(_FUTURES_WORDS.search(ctx.text, max(0, at - 600), min(len(ctx.text), at + 300)))


#: a month named as a forward shipment's: "the May position", "for June shipment", "for May
#: loading", "for April arrival" (singular: "April shipments fell 6 pct" is a month's figure)
_SHIPMENT_AFTER = re.compile(r"\s+(?:shipment|loading|arrival|(?P<pos>position))\b", re.IGNORECASE)
#: goods traded by the cargo before a month's "position" ("4,500 tonnes ... the June position"):
#: without them the position is a figure's ("the January position was reported as flat")
_GOODS_BEFORE = re.compile(
    r"\b(?:tonnes|tons|cargoes|cargo|shipments?|bales|bags)\b", re.IGNORECASE
)
#: a quantity of goods bought or sold for a month: "4,500 tonnes for June at 212 dlrs", "two
#: cargoes for June"
_SHIPMENT_BEFORE = re.compile(
    r"\b(?:tonnes|tons|cargoes|cargo|barrels|bales|bags|lots)\s+for\s+$", re.IGNORECASE
)


def _shipment_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A bare month that names a forward shipment ("4,500 tonnes for June at 212 dlrs", "the
    May position was sold on credit"): the nearest such month ahead, this one included (the
    lead's decision 4 on the seventh Reuters file's readings: a forward position names a
    delivery to come, whatever the tense of the trade that booked it). ``None`` when the month
    is no shipment's, or the text is a futures market's (its months are contracts, above)."""
    if m.group(0) != m["month"] or ctx.dct is None:
        return None
    after = _SHIPMENT_AFTER.match(ctx.text, m.end())
    if (
        after is not None
        and after["pos"]
        and not _GOODS_BEFORE.search(ctx.text, max(0, m.start() - 200), m.start())
    ):
        after = None
    if after is None and not _SHIPMENT_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    if _MARKET_WORDS.search(ctx.text, max(0, m.start() - 300), min(len(ctx.text), m.end() + 300)):
        return None
    mo = _month_no(m["month"])
    year = ctx.dct.year if mo >= ctx.dct.month else ctx.dct.year + 1
    p = Point(date(year, mo, 1), "M")
    return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))


def _r_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    raw = m["month"]
    if not raw[0].isupper():
        return None
    if _contract_month(m, ctx):
        return None
    if (shipment := _shipment_month(m, ctx)) is not None:
        return shipment
    rel = _plain_rel(m["rel"])
    if raw.lower().rstrip(".") in ("may", "mar", "jan", "jun", "jul", "sep", "dec", "aug") and not (
        rel
        or m["prep"]
        or m["pre"]
        or m["myrel"]
        or _SLASH_MONTH_NEXT.match(ctx.text, m.end())
        or _MONTH_JOINED_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return None  # "May" the verb or a name; bare short forms are too ambiguous
    if raw.lower().rstrip(".") not in _FULL_MONTHS and not (rel or m["prep"]):
        return None  # "Sept." alone is an abbreviation of something, rarely the month
    if raw == "March" and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", ctx.text[m.end() : m.end() + 12]):
        return None  # "the March of the Combatant Mothers", "March of Dimes": a name
    if raw == "March" and (
        (
            re.match(
                r"\s+(?:on|for|against|to|from)\s+(?:the\s+)?[A-Z][a-z]",
                ctx.text[m.end() : m.end() + 18],
            )
            and _MARCH_NAMED_BEFORE.search(
                ctx.text, max(0, m.start("month") - 30), m.start("month")
            )
        )
        or (
            _MARCH_ARTICLE_BEFORE.search(ctx.text, max(0, m.start("month") - 6), m.start("month"))
            and _MARCH_GOAL_AFTER.match(ctx.text, m.end())
        )
    ):
        # "the March on the Capitol", "a Women's March for Peace", "the March on the capital":
        # a name (a lower-case goal only after an article: "in March on the ...")
        return None
    mo = _month_no(raw)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{mo:02d}", anchor=UNANCHORED, mod=_mod_of(m))
    y = ctx.dct.year
    cur = ctx.dct.month
    if not rel and re.search(r"\bcurrent\s+$", ctx.text[max(0, m.start() - 9) : m.start()], FLAGS):
        rel = "this"  # "the current January-March quarter": this year's, whatever the tense
    if rel == "last" or rel == "past":
        y = y if mo < cur else y - 1
        if (
            rel == "last"
            and cur - mo == 1
            and not re.search(
                r"\b(?:the|recently)\s*[\[(]?\s*$",
                ctx.text[max(0, m.start() - 10) : m.start()],
                FLAGS,
            )
            and not re.match(
                r"\s*(?:[0-3]?\d\b|week|weekend|quarter)", ctx.text[m.end() : m.end() + 9], FLAGS
            )
        ):
            # "last February" written in March is a year back: the month just over is "last
            # month" (not "the last March week", "last March 27", "recently [last June]"; in
            # January "last December" is last year's by either reading)
            y -= 1
    elif rel in ("next", "coming"):
        y = y if mo > cur else y + 1
    elif rel == "this":
        pass
    elif m.groupdict().get("myrel"):
        y += {"last": -1, "next": 1}.get(m["myrel"].lower(), 0)
    elif (told_year := _that_year(ctx, m)) is not None:
        # "resigned in October of that year": the month of the year the text set last
        p = Point(date(told_year, mo, 1), "M")
        return Resolved("DATE", p.value(), p, PREVIOUS, _mod_of(m))
    elif (shared := _range_year(ctx, m.end(), mo) or _period_year(ctx, m.end())) is not None:
        y, anchor = shared
        p = Point(date(y, mo, 1), "M")
        return Resolved("DATE", p.value(), p, anchor, _mod_of(m))
    elif (pair := _yearless_range(ctx, m, mo)) is not None:
        y = pair
    else:
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and ctx.plan_was(m.start()):
            tense = ""  # "was due to stand down in August": the nearest August, either side
        elif tense == "present" and ctx.scheduled(m.start("month")):
            tense = "future"  # "the season starts in January": a schedule looks ahead
        here = y * 12 + cur
        if current_year_end(ctx, m.start()):
            # "the current year to September": the current year's last month, this one or one
            # ahead
            y = y if mo >= cur else y + 1
            p = Point(date(y, mo, 1), "M")
            return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))
        if since_before(ctx, m):
            # "sales have risen since mid-January": the state runs from then to now, so the
            # month is this one or one before (whatever the verb: a present perfect is no
            # past to the tense rule)
            y = y if mo <= cur else y - 1
            p = Point(date(y, mo, 1), "M")
            return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))
        if (told := _story_step(ctx, m, mo, None)) is not None:
            # "The deal closed on March 2, 2009. In May, the board ...": the story's May
            p = Point(told, "M")
            return Resolved("DATE", p.value(), p, PREVIOUS, _mod_of(m))
        years = [yy for yy in (y - 1, y, y + 1) if yy * 12 + mo >= here]
        if (
            tense != "past"
            and _POLL_AFTER.match(ctx.text, m.end())
            and not _POLL_DONE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        ):
            # "both camps are preparing for the November election" written in March: a month
            # naming a poll in a clause not past is the coming one (this month on); "turnout at
            # the November election was low", "since the November vote" keep theirs
            y = min(years)
            p = Point(date(y, mo, 1), "M")
            return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))
        ahead = (
            ctx.forward(m.start(), m.end())
            or (
                tense == "future"
                and _WILL_IN.search(ctx.text, max(0, m.start("month") - 40), m.start("month"))
            )
            or (tense != "past" and _ahead_in(ctx.text, m.start("month")))
            or (tense != "past" and _contest_ahead(ctx.text, m.start("month")))
        )
        if not ahead or not years:
            # (a delivery month still to come, or the month of an act right after its own
            # "will", "the river will flood in May" written in June: this month on)
            years = [y - 1, y, y + 1]
        y = min(
            years,
            key=lambda yy: _tense_cost(yy * 12 + mo - here, tense, TENSE_PENALTY_MONTHS),
        )
    p = Point(date(y, mo, 1), "M")
    return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))


#: "of that year", "that same year" right after a month
_THAT_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?that\s+(?:same\s+)?year\b", FLAGS)

#: a sentence's end: its stop, a closing quote or bracket, then a capital
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u2019\u201d)]*\s+(?=[\"\u201c(]?[A-Z])")


def _that_year(ctx: Context, m: re.Match[str]) -> int | None:
    """ "in October of that year", "in May that year", "lost that November,": the year of the
    last point that named its year, else of the point the text set last (a year, a month, a
    day), when it stands in the same sentence or the one before (else None: the month is read
    as any other)."""
    if not (
        m.groupdict().get("mythat")
        or m.groupdict().get("mthat")
        or _THAT_YEAR_AFTER.match(ctx.text, m.end())
    ):
        return None
    # the last point that named its year, past months and days named after it without one
    # ("work starts in April 2031 ... the line opens in September of that year"), else the
    # last point set
    near = [
        (point, at)
        for point, at in ((ctx.year_named, ctx.year_named_at), (ctx.last, ctx.last_at))
        if point is not None
        and point.gran in ("Y", "H", "Q", "M", "W", "D")
        and len(_SENTENCE_BREAK.findall(ctx.text[at : m.start()])) <= 1
    ]
    if not near:
        return None
    last = near[0][0]
    if ctx.dct is not None and last.day > ctx.dct and ctx.tense(m.start(), m.end()) == "past":
        # "a plan to cover debts due until 2030 ... had been signed in May of that year": a
        # deadline ahead is no year of a past act; the last year before publication's written
        # out is (else the month is read as any other)
        return ctx.past_ref.day.year if ctx.past_ref is not None else None
    return last.day.year


#: what names a march before "March on ...": an article, or a capitalised word that is not a
#: preposition ("Women's", "Peace"); not "in March on Capitol Hill", "since March to Ottawa"
_MARCH_NAMED_BEFORE = re.compile(
    r"(?:\b(?:the|a)|(?<![.!?]\s)(?<!^)\b(?!(?:In|On|By|Since|Until|From|Through|During|Of|Last|"
    r"Next|This|Early|Late|Mid|And|Or|To|For)\b)[A-Z][a-z]+(?:['\u2019]s|(?<=s)['\u2019])?)\s+$"
)


#: a lower-case article right before "March" ("the March on the capital"): a march, since a
#: month takes no article before a preposition
_MARCH_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a)\s+$")


#: a march's goal after it: a preposition and "the" and a noun, no month or figure ("the March
#: to the sea"; not "the March to June period")
_MARCH_GOAL_AFTER = re.compile(r"\s+(?:on|for|against|to|from|through)\s+the\s+[a-z]{3,}\b")


#: a month naming a poll ("the November election", "a March referendum", "the June primaries")
_POLL_AFTER = re.compile(
    r"\s+(?:general\s+|presidential\s+|parliamentary\s+|legislative\s+|local\s+|"
    r"midterm\s+|snap\s+|national\s+)?(?:elections?|polls|ballot|vote|referendum|primar(?:y|ies)|"
    r"runoff|run-off|caucus(?:es)?)\b",
    re.IGNORECASE,
)


#: a poll told as over by its preposition ("since the November election", "after the March
#: vote", "in the wake of the June referendum")
_POLL_DONE_BEFORE = re.compile(
    r"\b(?:since|after|following|wake\s+of|won|lost)\s+(?:the\s+|a\s+|last\s+)?$", re.IGNORECASE
)


def split_of(m: re.Match[str]) -> int | None:
    """The second year of the split year a ``year`` or ``fiscal`` match closes on ("1986/87":
    1987), or None: then the match's extent stops at its first year."""
    if not m["ysplit"]:
        return None
    first = m["year"] if "year" in m.groupdict() else m["fy"]
    if not first.isdigit() or len(first) != 4:
        return None
    return split_year_end(int(first), m.string[m.start("ysplit") : m.start("ysplit") + 40])
