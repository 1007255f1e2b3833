"""Weekday names and the days told from publication ("yesterday", "tomorrow"): which week
a "Friday" falls in, by the clause's tense, limits ("until", "by"), events awaited or done,
and reported speech moved back in time.

The largest single job: a weekday is the commonest date in a daily story, and its week is
decided by the words around it, not by the name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newslens_timeline.lexicon import (
    _MONTH,
    _WEEKDAY,
    ABSOLUTE,
    FLAGS,
    PUBLISHED,
    UNANCHORED,
    UNSCHEDULED_EVENTS,
    WEEKDAYS,
)
from newslens_timeline.resolvers.base import Resolved, _mod_of
from newslens_timeline.resolvers.days import (
    _AHEAD_OF_BEFORE,
    _EARLIEST_BEFORE,
    _LIMIT_BEFORE,
    _absolute_day,
    _month_no,
)
from newslens_timeline.resolvers.parts_of_day import _part_code
from newslens_timeline.tense import _POSSESSIVE, Context
from newslens_timeline.values import Point

#: a condition opened in the weekday's clause ("if the rules are agreed by"), not an indirect
#: question ("asked if he had finished by")
_IF_BEFORE = re.compile(
    r"(?<!\bask\s)(?<!\basked\s)(?<!\basks\s)(?<!\bwondered\s)(?<!\bknow\s)(?<!\bsee\s)"
    r"(?<!\bunclear\s)(?<!\bchecked\s)\b(?:if|unless)\s[^.;:!?]{0,80}$",
    re.IGNORECASE,
)


#: a condition told in the past ("if the bill passed by Monday, it was"): no limit ahead
_PAST_IN_CONDITION = re.compile(
    r"\b(?:had|was|were|did)\b|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bnot\s)"
    r"(?<!\bget\s)\b[a-z]+ed\b",
    re.IGNORECASE,
)


#: a wait, then the event's noun phrase (no verb in it), then the day: "awaited the central
#: bank's meeting on", "preparing for talks on", "ahead of a vote set for"
_AWAITED_BEFORE = re.compile(
    r"\b(?:ahead\s+of|await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|prepar(?:e|es|ed|ing)\s+for|"
    r"on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+"
    r"(?:(?!(?:that|which|who|was|were|is|are|had|has|held|ended)\b)[\w'\u2019-]+\s+){1,5}?"
    r"(?:on|for|set\s+for|due\s+on|scheduled\s+for)\s+$"
    # or the event's noun right before the day ("ahead of the debate Thursday", "preparing for
    # the vote Sunday")
    r"|\b(?:ahead\s+of|await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|prepar(?:e|es|ed|ing)\s+for|"
    r"on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:debate|vote|votes|primary|primaries|caucus|caucuses|election|"
    r"ballot|referendum|runoff|meeting|summit|talks|hearing|rally|match|game|final|race|"
    r"contest|speech|session|conference|launch|showdown)\s+$",
    re.IGNORECASE,
)


#: a range's first end (a weekday or a day of a month) and its "through" / "to" / dash right
#: before a weekday: "Thursday through Monday", "from June 2 through Sunday"
_RANGE_END_BEFORE = re.compile(
    rf"(?:(?:{_WEEKDAY})|(?:{_MONTH})\.?\s+[0-3]?\d(?:st|nd|rd|th)?),?\s*"
    r"(?:(?:through|thru|to|until|till)\s+|[-\u2013]\s*)$",
    re.IGNORECASE,
)


#: a past form of the act before such a range: "taken", "conducted", "held", "was", "were"
_PAST_RANGE_BEFORE = re.compile(
    r"\b(?:taken|conducted|held|carried\s+out|fielded|done|ran|lasted|was|were)\s+"
    r"(?:(?:on|from|between)\s+)?$",
    re.IGNORECASE,
)


#: a range's closing "through" / "to" / dash and a weekday right after a weekday: "Thursday
#: through Saturday" (the start of a weekday range)
_RANGE_START_AFTER = re.compile(
    rf",?\s*(?:(?:through|thru|to|until|till)\s+|[-\u2013]\s*){_WEEKDAY}\b", re.IGNORECASE
)


def _weekday_point(ctx: Context, wd: int, rel: str, m: re.Match[str]) -> date:
    """The day a weekday names; the end of a range ahead is not before its start ("runs from
    Monday through Friday" written on a Wednesday: the Friday after that Monday, not this
    one). A range whose start is past is left as read ("Tuesday through Friday they fell")."""
    day = _weekday_day(ctx, wd, rel, m)
    if (
        not rel
        and ctx.last is not None
        and ctx.last.gran == "D"
        and day < ctx.last.day
        and ctx.dct is not None
        and ctx.last.day >= ctx.dct
        and ctx.last_at >= m.start() - 40
        and _RANGE_END_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        return ctx.last.day + timedelta(days=(wd - ctx.last.day.isoweekday()) % 7)
    return day


def _weekday_day(ctx: Context, wd: int, rel: str, m: re.Match[str]) -> date:
    assert ctx.dct is not None
    today = ctx.dct.isoweekday()
    week = (m.groupdict().get("wweek") or "").lower()
    if week and rel in ("", "on"):
        # "on Tuesday last week": that weekday of the ISO week before publication's (next,
        # this: after it, its own), whatever the tense says
        shift = {"last": -7, "next": 7, "this": 0}[week]
        return ctx.dct + timedelta(days=wd - today + shift)
    if rel in ("previous", "preceding", "following"):
        # "the previous Friday": the one before the day under discussion, when there is one
        base = ctx.last.day if ctx.last is not None and ctx.last.gran == "D" else ctx.dct
        if rel == "following":
            return base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)
        day = base - timedelta(days=(base.isoweekday() - wd) % 7 or 7)
        if ctx.last_date is not None and ctx.last_date.day == day:
            # "ticket sales slipped on Friday ... under the previous Friday's": the same
            # weekday as the day under discussion is the one a week before it (a night or a
            # time named after that day moved the base past it)
            day -= timedelta(days=7)
        return day
    if rel == "last":
        back = (today - wd) % 7 or 7
        if today in (2, 3) and wd < today:
            # "met last Monday" written on a Tuesday or a Wednesday: a day of the week only
            # one or two days old goes by its bare name ("on Monday"), and "last" reaches the
            # week before, as "last Wednesday" written on a Wednesday does
            back += 7
        return ctx.dct - timedelta(days=back)
    if rel in ("next", "coming"):
        fwd = (wd - today) % 7 or 7
        return ctx.dct + timedelta(days=fwd)
    if wd == today:
        return ctx.dct
    if (
        not rel
        and _AFTER_TODAY_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        and not _POSSESSIVE.match(ctx.text, m.end())
    ):
        # "could buy bonds today or Thursday", "watches for late tonight and Thursday",
        # "talks tomorrow and Thursday": a day listed after today or tomorrow comes after it,
        # whatever the clause's tense (not a thing of its own: "rose today and Friday's gains
        # held" may join two clauses)
        return ctx.dct + timedelta(days=(wd - today) % 7 or 7)
    if (
        not rel
        and ctx.last is not None
        and ctx.last.gran == "D"
        and ctx.last.day <= ctx.dct
        and ctx.last_at >= m.start() - 40
        and (span := _RANGE_END_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()))
        and _PAST_RANGE_BEFORE.search(ctx.text, max(0, span.start() - 30), span.start())
    ):
        # "a survey, taken Thursday through Monday, shows ...", "ran from June 2 through
        # Sunday": the end of a range whose start is past, after a past form of the act, is
        # no limit still to reach; it is the last such weekday by publication, when that lies
        # after the start (a forecast's "Thursday through Saturday" has no such verb)
        day = ctx.dct - timedelta(days=(today - wd) % 7)
        if day >= ctx.last.day:
            return day
    tense = ctx.tense(m.start(), m.end())
    # "This Sunday, he crossed the Channel": "this" names the nearest one, the tense says which;
    # a present clause about a weekday ("the vote is on Friday") looks ahead, and so does a
    # limit no past verb has reached ("the offer runs until Friday", "hopes to finish by Friday")
    limit = (
        tense != "past"
        and (
            _LIMIT_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
            # "Ahead of Sunday's vote, tensions are rising": the day lies after the clause
            or _AHEAD_OF_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        )
    ) or _EARLIEST_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    if (
        not limit
        and _LIMIT_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        and (cond := _IF_BEFORE.search(ctx.text, max(0, m.start() - 90), m.start()))
        and not _PAST_IN_CONDITION.search(cond.group(0))
    ):
        # "said if the council does not approve the loan by Thursday, the builder will walk
        # away", "could open by June 3 if the permits are signed by Tuesday": a
        # condition's limit lies ahead, whatever the tense of the report around it
        limit = True
    at = m.start("wd") if m.groupdict().get("wd") else m.start()  # past a leading "on"
    if _AWAITED_BEFORE.search(ctx.text, max(0, at - 80), at):
        # "the market was waiting for a meeting on Thursday", "were preparing for talks on
        # Thursday", "ahead of a meeting on Thursday": an event awaited lies after the wait,
        # whatever its tense (a story's wait is the day's own)
        limit = True
    result = None if rel else _RESULT_BEFORE.search(ctx.text, max(0, at - 120), at)
    if result is not None and not (
        not result["hope"]
        and result["res"]
        and _A_RESULT.search(ctx.text, max(0, result.start("res") - 30), result.start("res"))
    ):
        # "the club's win at Sunday's derby", "after beating the holders in Monday's
        # semi-final": a result is of a contest done, whatever the clause's verb ("still rides
        # the lift from ...", "... on Tuesday will cost the party its majority"); one hoped
        # for or needed ("hopes for a victory in Saturday's final", "needs a win in Friday's
        # playoff") is of a contest ahead
        if result["hope"]:
            return ctx.dct + timedelta(days=(wd - today) % 7)
        return ctx.dct - timedelta(days=(today - wd) % 7)
    if not rel and _REACTION_BEFORE.search(ctx.text, max(0, at - 100), at):
        # "groups are hailing the nominee's speech on Thursday", "critics are slamming the
        # ruling on Monday": a judgement passed on a thing is passed after it, so the thing is
        # done, whatever the clause's present
        return ctx.dct - timedelta(days=(today - wd) % 7)
    if (
        not rel
        and tense != "past"
        and _EVENT_ON_BEFORE.search(ctx.text, max(0, at - 40), at)
        and not _EVENT_AHEAD_WORD.search(ctx.text, max(0, at - 80), at)
    ):
        # "voters will remember the crash on Friday", "because of the slaying in the city on
        # Friday of a teacher": an event nobody schedules, named with its day, is past
        # whatever the clause's tense (not one feared or planned: "fears of an attack on
        # Friday")
        return ctx.dct - timedelta(days=(today - wd) % 7)
    if not rel and (
        _WAKE_OF_BEFORE.search(ctx.text, max(0, at - 20), at)
        or (
            _AS_BEFORE.search(ctx.text, max(0, at - 4), at)
            and _AS_EVIDENCE_AFTER.match(ctx.text, m.end())
        )
    ):
        # "in the wake of Friday's vote, the party will elect a new leader": a wake follows
        # the thing; "as Tuesday's count shows, the north may swing": its evidence is out; so
        # the thing is done, whatever the clause's tense
        return ctx.dct - timedelta(days=(today - wd) % 7)
    if (
        not limit
        and not rel
        and _done_thing_after(ctx.text, m.end())
        and not _WAITED_FOR_BEFORE.search(ctx.text, max(0, at - 40), at)
    ):
        # "Monday's ruling will echo through the courts": a verdict, a decision, a remark or
        # an accident named by its day is done, whatever the clause's "will" (not one awaited:
        # "ahead of Monday's ruling", "awaits Friday's decision")
        return ctx.dct - timedelta(days=(today - wd) % 7)
    if (
        tense == "future"
        and not limit
        and not rel
        and _FUTURE_IN_PAST.search(ctx.text, max(0, at - 60), at)
        and not _FUTURE_MODAL.search(ctx.text, max(0, at - 60), at)
    ):
        # "it was agreed the curfew would start on Saturday", "aides said the envoy would
        # fly out on Monday": a future told from a past report lies after the report, which is
        # the day under discussion when one was named in the week before publication ("said
        # Monday he would ...", "at a meeting on Thursday ... would start on Saturday"), else
        # the publication day itself (a wire report's undated "said"); "was set to" is a plan
        # as it stood, and takes the nearest day (below)
        would = _REPORT_WOULD.search(ctx.text, max(0, at - 60), at)
        if (
            would is not None
            and not _NOT_WOULDS_OWN.search(would["rest"])
            # a weekday's possessive ("would appeal Wednesday's verdict"): a thing's day
            and not _POSSESSIVE.match(ctx.text, m.end())
        ):
            base = ctx.dct
            focus = ctx.last_date
            if focus is not None and timedelta(0) <= ctx.dct - focus.day <= timedelta(days=6):
                base = focus.day
            return base + timedelta(days=(wd - base.isoweekday()) % 7)
        return _nearest_weekday(ctx.dct, wd)
    if (
        tense == "past"
        and not rel
        and not limit
        and (shifted := _BACKSHIFTED_BEFORE.search(ctx.text, max(0, at - 50), at)) is not None
        and _FUTURE_IN_PAST_CLAUSE.search(ctx.text, max(0, shifted.start() - 60), shifted.start())
    ):
        # "the guide said the climbers were likely to set off once the wind dropped Friday",
        # "aides said the envoy would fly out once the talks ended Friday": a time clause's
        # past under a future told from a past report is that future's, shifted back; the day
        # lies after the report (the publication day for a wire report's undated "said")
        return ctx.dct + timedelta(days=(wd - today) % 7)
    if (
        tense in ("past", "")
        and not rel
        and not limit
        and (wd - today) % 7 <= 2
        and _AWAITING_BEFORE.search(ctx.text, max(0, at - 70), at)
    ):
        # "the timing hurt her ahead of Monday's vote", "heading into Tuesday's primary, the
        # campaign got bad news", written on a Sunday: the day lies after the clause's act,
        # and a story tells acts of its last few days, so a day one or two days after
        # publication is that coming day, not one five or six days back (further off, as
        # "Ahead of Sunday's vote, tensions rose" written on a Thursday, the past reading
        # stands; "rallied ahead of Wednesday's decision" on a Thursday is the day before)
        return ctx.dct + timedelta(days=(wd - today) % 7)
    if tense == "past" and not rel and not limit and ctx.plan_was(at):
        # "the council was set to vote on Wednesday", "the bridge was expected to reopen
        # Saturday": a plan as it stood, kept or not; the nearest such day, either side
        return _nearest_weekday(ctx.dct, wd)
    if (
        tense in ("future", "present")
        or (tense in ("", "present_right") and rel == "this")
        or limit
    ):
        return ctx.dct + timedelta(days=(wd - today) % 7)
    if (
        tense == ""
        and not rel
        and _RANGE_START_AFTER.match(ctx.text, m.end())
        and not _PAST_RANGE_BEFORE.search(ctx.text, max(0, at - 30), at)
    ):
        # "Outlook Thursday through Saturday", a forecast's heading: a range with no verb
        # whose end lies ahead ("through" a limit) starts ahead too, not a week back
        return ctx.dct + timedelta(days=(wd - today) % 7)
    return ctx.dct - timedelta(days=(today - wd) % 7)


#: a wait's preposition right before the day or its possessive ("ahead of Monday's vote",
#: "heading into Tuesday's primary"), or before an event's noun and the day ("ahead of voting
#: Tuesday", "in advance of their official introduction Thursday"); not any noun ("ahead of
#: forecasts on Monday": the day may be the main verb's)
_AWAITING_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|heading\s+into|on\s+the\s+eve\s+of|"
    r"in\s+the\s+(?:run|lead)-up\s+to|leading\s+up\s+to)\s+"
    r"(?:(?:the\s+)?|(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:voting|vote|votes|primary|caucuses|caucus|election|elections|ballot|referendum|"
    r"runoff|debate|meeting|summit|talks|hearing|rally|introduction|launch|opening|"
    r"release|speech|visit|arrival|departure)\s+(?:on\s+)?)$",
    re.IGNORECASE,
)


#: today, tonight or tomorrow, then "and" / "or" / "through" / "to", right before the day
#: ("today or Thursday", "late tomorrow or early Friday")
_AFTER_TODAY_BEFORE = re.compile(
    r"\b(?:today|tonight|tomorrow)\s+(?:and|or|through|to)\s+(?:(?:early|late)\s+)?$",
    re.IGNORECASE,
)


#: "in the wake of" right before the day (or its possessive)
_WAKE_OF_BEFORE = re.compile(r"\bin\s+the\s+wake\s+of\s+$", re.IGNORECASE)


#: a possessive weekday before a thing that can only be done: an event nobody schedules
#: ("Sunday's deadly crash", "Monday's fall"; the tense rule's class), or any thing judged
#: after the fact ("Friday's failed launch", "Monday's surprise move"): an adjective may
#: stand before the event's noun
_DONE_THING_AFTER = re.compile(
    # (two modifiers and a plural too: "Monday's bond market collapse", "Friday's sharp falls")
    rf"['\u2019]s\s+(?:(?:[a-z-]+\s+){{0,2}}(?:{UNSCHEDULED_EVENTS})(?:e?s)?\b|"
    r"(?:failed|botched|bungled|aborted|disputed|contested|rejected|leaked|surprise|shock|"
    r"unexpected|stunning|deadly|fatal|disastrous)\s+[a-z-]+)"
)


#: a possessive weekday before a thing either done or awaited, a decision or a word given
#: ("Monday's ruling", "Friday's statement", "Tuesday's resignation"): done unless its own
#: predicate awaits it (below)
_DECIDED_AFTER = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+)?(?:ruling|verdict|decision|judg(?:e)?ment|announcement|"
    r"remarks|comments|statement|admission|resignation|firing|dismissal|ouster)\b"
)


#: the predicate of a thing awaited, after a short complement ("Monday's ruling on the
#: appeal is expected to favour the state", "Friday's verdict will be handed down at noon",
#: "Thursday's decision could go either way"); not its effect ("will echo through the courts")
_AWAITED_PREDICATE = re.compile(
    r"(?:\s+(?:on|in|by|over|against|about|from)\b[^.;:!?,]{0,50}?)?"
    r"\s+(?:(?:is|are|'s)\s+(?:(?:now|still|widely)\s+)?(?:(?P<forecast>expected|likely)|due|set|"
    r"scheduled|slated|awaited|anticipated)|"
    r"(?:will|could|should|may|might|must)\s+(?:not\s+)?(?:be\s+(?:handed\s+down|delivered|"
    r"announced|issued|made|published|released|read|given|broadcast|televised|streamed|held|"
    r"watched)|come|take\s+place|go\s+(?:ahead|either)|decide|determine|settle|"
    # what the decision itself may say, under a modal of doubt: "Monday's ruling could favour
    # the state", "Tuesday's verdict may go against the company" (its effect, "could open the
    # door to more suits", is said of a thing done)
    r"favou?r|side\s+with|go\s+against|uphold|overturn|strike\s+down|"
    r"throw\s+out|reverse|convict|acquit))\b",
    re.IGNORECASE,
)


#: a possessive weekday's thing (at most three words) as the subject of a present verb of
#: evidence ("Tuesday's results show that", "Friday's figures suggest", "as Monday's count
#: indicates"): what it shows is out, so the thing is done ("Sunday's talk show" is a noun:
#: "show" needs its object's first word)
_EVIDENCE_AFTER = re.compile(
    r"['\u2019]s\s+(?:(?!(?:will|would|could|may|might|should|must|is|are|was|were|to)\b)"
    r"[a-z-]+\s+){1,3}?(?:shows?\s+(?:that|how|why|what|whether|a|an|the|no|little|some|"
    r"his|her|its|their)|suggests?|indicates?|points?\s+to|confirms?|underlines?|underscores?|"
    r"demonstrates?|proves?)\b"
)


#: "as" and a possessive weekday's thing closing on its verb of evidence ("as Tuesday's
#: results show, ..."): the same evidence, its object the clause around it
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
_AS_EVIDENCE_AFTER = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+){1,3}?(?:shows?|suggests?|indicates?|confirms?)\s*[,;)]"
)


def _done_thing_after(text: str, end: int) -> bool:
    """Whether a possessive weekday ending at ``end`` names a thing done: one that can only be
    done, one whose evidence is told in the present, or a decision or a word whose own
    predicate does not await it."""
    if _DONE_THING_AFTER.match(text, end) or _EVIDENCE_AFTER.match(text, end):
        return True
    decided = _DECIDED_AFTER.match(text, end)
    if decided is None:
        return False
    awaited = _AWAITED_PREDICATE.match(text, decided.end())
    if awaited is None:
        return True
    # "Monday's ruling is expected to spark appeals", "... is likely to be challenged": what
    # is forecast is the thing's effect, the thing itself done
    return bool(awaited["forecast"] and _FORECAST_EFFECT.match(text, awaited.end()))


#: an effect forecast after "is expected" or "is likely": a consequence verb (the tense rule's
#: class) or a reaction in the passive ("to be appealed", "to be challenged")
_FORECAST_EFFECT = re.compile(
    r"\s+to(?:(?=\s+(?:(?:probably|likely|certainly|also|only|further)\s+)?(?:cost|hurt|hit|"
    r"damage|dent|weigh|mean|force|trigger|spark|prompt|haunt|cloud|erode|undermine|set\s+back|"
    r"leave|drag|deepen|worsen|add\s+to|push\s+up|drive\s+up|echo|reverberate|fuel|embolden|"
    r"anger|unsettle|rattle)\b)|\s+be\s+(?:appealed|challenged|contested|overturned|welcomed|"
    r"critici[sz]ed|felt|studied|scrutini[sz]ed)\b)",
    re.IGNORECASE,
)


#: a thing awaited before it ("ahead of Monday's ruling", "awaiting Friday's decision",
#: "before Tuesday's verdict"): it lies ahead
_WAITED_FOR_BEFORE = re.compile(
    r"\b(?:ahead\s+of|await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|before|until|till|"
    r"prepar(?:e|es|ed|ing)\s+for|eve\s+of|run-up\s+to|expect(?:s|ed|ing)?|brace[sd]?\s+for|"
    r"bracing\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: a contest's result before the weekday that dates its contest ("its win at Sunday's
#: derby", "their defeats in two wards on Tuesday", "after beating the holders in Monday's
#: semi-final"), and what makes it a result hoped for ("hopes for", "needs", "a chance of")
_RESULT_BEFORE = re.compile(
    r"(?:\b(?P<hope>hop(?:e|es|ed|ing)\s+for|needs?|needed|needing|seek(?:s|ing)?|eye(?:s|ing)?|"
    r"predict(?:s|ed|ing)?|expect(?:s|ed|ing)?|want(?:s|ed|ing)?|chances?\s+(?:of|for)|"
    r"bid\s+for|push(?:es|ing)?\s+for|looking\s+for|aim(?:s|ed|ing)?\s+for|counting\s+on|"
    # a result feared ahead ("facing the prospect of a loss in Tuesday's primary")
    r"prospect\s+of|fac(?:e|es|ing)|risk(?:s|ing)?|fear(?:s|ed|ing)?)"
    r"\s+)?"
    # the noun after its determiner or a possessive ("its win", "the club's home win", "a
    # victory"; not the verb, "the rower could win the sculls on Tuesday"), or a gerund after
    # "after"
    r"(?:(?:\b(?:the|his|her|their|its|our|a|an|another)|[A-Z][\w.-]*['\u2019]s)\s+"
    # (no modal or auxiliary between: "the rower could win" is a verb)
    r"(?:(?!(?:could|would|will|can|may|might|must|should|shall|did|does|do|to|not|cannot|"
    r"and|or)\b)[\w-]+\s+){0,2}?(?P<res>victory|victories|win|wins|defeat|defeats|loss|losses|upset|"
    r"triumph)|\b(?:after|since|following)\s+(?:trouncing|beating|defeating|winning|losing|"
    r"sweeping|routing))\b"
    # the contest after "in", "at", "on" ("its win in Sunday's final"), or the day right after
    # the result itself ("after his win Tuesday, he heads to Ohio")
    r"(?:[^.;:!?]{0,70}?\s(?:in|at|on))?\s+$",
    re.IGNORECASE,
)


#: an event nobody schedules, then at most a short place phrase and "on", right before the
#: day ("the crash on Friday", "the slaying in the city on Friday"); not a market's move, which
#: forecasts name ahead ("a drop on Friday")
_EVENT_ON_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|last)\s+(?:[a-z-]+\s+)?(?:crash|attack|collapse|explosion|blast|"
    r"fire|quake|earthquake|shooting|bombing|accident|derailment|raid|killings?|deaths?|murder|"
    r"massacre|riots?|ambush|stabbing|slaying|landslide|outage|spill)"
    r"(?:\s+(?:in|at|near)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+on\s+$",
    re.IGNORECASE,
)


#: a judgement in progress on a thing said or done, then the thing and "on" ("are hailing the
#: nominee's speech on Thursday"): the thing is past
_REACTION_BEFORE = re.compile(
    r"\b(?:hailing|praising|criticizing|criticising|slamming|condemning|welcoming|applauding|"
    r"mocking|denouncing|panning|blasting|cheering|decrying|lauding)\s+(?:the|a|an|his|her|"
    r"their|its|[A-Z][\w.&-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:speech|remarks|comments|"
    r"decision|announcement|ruling|statement|vote|debate|performance|move|address|interview|"
    r"report|letter|tweet|post|verdict|deal|agreement|plan|proposal|budget)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


#: a word that makes such an event one feared, planned or foreseen
_EVENT_AHEAD_WORD = re.compile(
    r"\b(?:fear\w*|threat\w*|warn\w*|plot\w*|plan\w*|risk\w*|possible|potential|expect\w*|"
    r"likely|prevent\w*|avert\w*|prepar\w*|drill|rehears\w*|simulat\w*|scheduled|stag\w*)\b",
    re.IGNORECASE,
)


#: an indefinite result, not hoped for in words, is a hypothesis ("a win on Sunday would put
#: the club top", "a narrow defeat in Tuesday's vote could ..."): the clause's tense decides
_A_RESULT = re.compile(r"\b(?:a|an|another)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)


#: a time clause and its past verb right before a weekday ("as soon as trading opened",
#: "once the talks ended", "when the banks reopened"): the sequence of tenses' past
_BACKSHIFTED_BEFORE = re.compile(
    r"\b(?:as\s+soon\s+as|once|when|until|till)\s+(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?!(?:was|were|had)\b)[a-z]+ed\s+(?:on\s+)?$",
    re.IGNORECASE,
)


#: a future told from a past report, right before the time clause ("would", "was likely to",
#: "were expected to"), no sentence break between
_FUTURE_IN_PAST_CLAUSE = re.compile(
    r"\b(?:would|(?:was|were)\s+(?:likely|set|due|expected|scheduled|supposed|slated|"
    r"poised|ready|prepared)\s+to)\b[^.;:!?]*$",
    re.IGNORECASE,
)


def _nearest_weekday(dct: date, wd: int) -> date:
    """The weekday ``wd`` nearest ``dct``, either side (ahead on a tie)."""
    ahead, back = (wd - dct.isoweekday()) % 7, (dct.isoweekday() - wd) % 7
    return dct + timedelta(days=ahead) if ahead <= back else dct - timedelta(days=back)


#: a future told from a past report by "would" (not a plan "was set to"), the nearest verb
_REPORT_WOULD = re.compile(
    r"\b(?:would|'d)\b(?P<rest>(?![^.;:!?]*\b(?:was|were)\s+(?:set|due|scheduled|expected|"
    r"supposed|slated)\s+to\b)[^.;:!?]*)$",
    re.IGNORECASE,
)


#: a word between "would" and the day that makes the day another's: a passive or a perfect
#: ("would be faulted for the outage on Monday"), a participle ("above the figure quoted on
#: Tuesday"), a possessive noun ("the pump's failure on Monday")
_NOT_WOULDS_OWN = re.compile(
    r"\b(?:be|been|have|has|had)\b|\b[a-z]+ed\b|['\u2019]s\b", re.IGNORECASE
)


#: a future told from a past report: "would", "was set to", "were due to"
_FUTURE_IN_PAST = re.compile(
    r"\b(?:would|(?:was|were)\s+(?:set|due|scheduled|expected|supposed|slated)\s+to)\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)


#: a future told from now, nearer the day than the past report's: "will", "is due to"
_FUTURE_MODAL = re.compile(
    r"\b(?:will|won't|shall|'ll|(?:is|are)\s+(?:set|due|scheduled|expected|slated)\s+to)\b"
    r"(?![^.;:!?]*\b(?:would|was|were)\b)[^.;:!?]*$",
    re.IGNORECASE,
)


def _day_of(ref: str, ctx: Context, m: re.Match[str]) -> tuple[date | None, str]:
    """The day a day-reference ("Friday", "yesterday", "Nov. 6") names, and its anchor."""
    low = ref.lower()
    if ctx.dct is None:
        return None, UNANCHORED
    if low == "today":
        return ctx.dct, PUBLISHED
    if low == "yesterday":
        return ctx.dct - timedelta(days=1), PUBLISHED
    if low == "tomorrow":
        return ctx.dct + timedelta(days=1), PUBLISHED
    if low in WEEKDAYS:
        return _weekday_point(ctx, WEEKDAYS[low], "", m), PUBLISHED
    dated = re.match(rf"{_WEEKDAY},?\s+(?P<date>.+)", ref, FLAGS)
    if dated:  # "Tuesday, 18 October": the date decides
        ref = dated["date"]
    mm = re.match(rf"({_MONTH})\s+(\d+)(?:,?\s+(\d{{4}}))?", ref, FLAGS)
    dm = re.match(rf"(\d+)\s+({_MONTH})(?:,?\s+(\d{{4}}))?", ref, FLAGS)
    if mm or dm:
        month, day_no, year = (
            (mm.group(1), mm.group(2), mm.group(3))
            if mm
            else (dm.group(2), dm.group(1), dm.group(3))
        )
        year_no = int(year) if year else None
        res = _absolute_day(year_no, _month_no(month), int(day_no), m, ctx)
        if res.point is not None:
            return res.point.day, ABSOLUTE if year_no else PUBLISHED
    return None, PUBLISHED


#: a capitalised word that makes a weekday a named day (those with a computable date are
#: holidays: Black Friday, Cyber Monday, Ash Wednesday, ...)
_NAMED_DAY = re.compile(
    r"\b(?:Black|Bloody|Blue|Manic|Mega|Giving|Business|Fat|Holy|Spy|Terrible|"
    r"Freaky|Casual|Throwback|Big)\s+$"
)


#: a month after a weekday ("the last Friday in August", "the first Monday of May")
_OF_A_MONTH = re.compile(rf"\s+(?:in|of)\s+(?:{_MONTH})\b", FLAGS)


#: the rest of a list of weekdays that ends in a plural part of the day: "on Monday and
#: Tuesday nights", "Monday, Wednesday and Friday evenings" give the part to each weekday
_SHARED_PLURAL_PART_AFTER = re.compile(
    rf"(?:\s*,\s*{_WEEKDAY})*\s*,?\s+(?:and|or|&)\s+{_WEEKDAY}\s+"
    r"(?P<parts>mornings|afternoons|evenings|nights)\b",
    FLAGS,
)


def _r_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    if (
        m.group(0) == m["wd"]
        and re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
        and re.match(r"\s+[A-Z][a-z]", ctx.text[m.end() : m.end() + 3])
    ):
        return None  # "The Sunday Mail", "the Sunday Times": a newspaper
    if m.group(0) == m["wd"] and _NAMED_DAY.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "Black Monday", "Super Tuesday", "Bloody Sunday": a name, not a weekday
    raw_part = m.groupdict().get("part") or ""
    if raw_part[:1].isupper() and re.match(r"\s+[A-Z][a-z]", ctx.text[m.end() : m.end() + 3]):
        return None  # "Saturday Night Showcase", "Monday Night Football": a title
    wd = WEEKDAYS[m["wd"].lower()]
    bare = not (m["pre"] or m["wrel"] or m.groupdict().get("part") or m.groupdict().get("early"))
    shared = bare and _SHARED_PLURAL_PART_AFTER.match(ctx.text, m.end("wd"))
    if shared:
        # "ferries sail on Tuesday and Friday evenings": the plural is distributive, each
        # weekday's evening week after week (TimeML's SET), as the last "Friday evenings" is
        return Resolved("SET", f"XXXX-WXX-{wd}T{_part_code(shared['parts'].rstrip('s'))}")
    rel = (m["wrel"] or "").lower()
    if (
        rel in ("last", "first")
        and re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
        and _OF_A_MONTH.match(ctx.text, m.end())
    ):
        return None  # "on the last Friday in August": a month's own weekday, no "last Friday"
    part = _part_code(m.groupdict().get("part"))
    if m.groupdict().get("early"):
        part = "MO"  # "the early hours of Sunday": after midnight, a TIME of that day
    if ctx.dct is None:
        return Resolved("TIME" if part else "DATE", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""),
                        anchor=UNANCHORED, mod=_mod_of(m))  # fmt: skip
    p = Point(_weekday_point(ctx, wd, rel, m), "D", part)
    return Resolved("TIME" if part else "DATE", p.value(), p, PUBLISHED, _mod_of(m))
