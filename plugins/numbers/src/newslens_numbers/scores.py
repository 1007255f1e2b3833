"""Post-passes for scores, points and days written in words.

Why after the scan: "won three-nil", "a 2.5 point lead", "the fifteenth" read from the findings
around them whether a figure is a score, a level, a poll's points or a day of a month.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise
from typing import Any

from newslens_numbers.common import _SENTENCE_END, INDEX_NAMED, _clause_start
from newslens_numbers.scan import _Scanner
from newslens_numbers.units import dimension_of, to_base
from newslens_numbers.words import singular

#: a month's name, capitalised, just before a day written as a number word ("payable July six")
#: what follows a day of a month: a break, the text's end, a year or a preposition ("In March
#: three were killed" is a count, a verb after it)
_AFTER_DAY = re.compile(
    r"[ \t]*(?:[.,;:)!?\"']|\Z|\d{4}\b"
    r"|(?:to|and|or|at|in|on|for|from|with|when|after|before|until|through)\b)"
)
_MONTH_NAMED_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+\Z"
)


#: a substitute's minute in a team's line-up: "Ford (Gale 61)", the player who came on and
#: when; the line-up is a run of capitalised names between commas
_PLAYER_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}"
_SUB_MINUTE = re.compile(r"\([ \t]*" + _PLAYER_NAME + r"[ \t]+(\d{1,3})[ \t]*\)")
_LINEUP_NAME = re.compile(r"(?:^|,)[ \t\n]*" + _PLAYER_NAME + r"(?=[ \t]*[,(.])")


def _substitutes_minutes(text: str, found: list[dict[str, Any]]) -> None:
    """A number in brackets after a substitute's name in a line-up is the minute he came on, a
    duration of play in minutes ("Ford (Gale 61), Irwin (Jay 88)"; the fifteenth sample's
    and the ninth's gold read it so; round twenty-two). Only in a line of five names or more
    between commas; "Smith (Acme 76)" in prose stays a name."""
    if "(" not in text:
        return
    for f in found:
        if f["kind"] != "name" or not f["text"].isdigit():
            continue
        window = _SUB_MINUTE.finditer(text, max(0, f["start"] - 40), f["end"] + 3)
        if not any(m.start(1) == f["start"] for m in window) or not 1 <= f["value"] <= 130:
            continue
        start = _clause_start(text, f["start"], 400)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 400)
        line = text[start : stop.start() + 1 if stop else f["end"] + 400]
        if len(_LINEUP_NAME.findall(line)) < 5:
            continue
        f["kind"], f["unit"] = "duration", "min"
        f["value_base"], f["base_unit"] = to_base(f["value"], "min")
        f["dimension"] = dimension_of("min")


#: a poll named in the sentence: its "points" are percentage points (round twenty-two)
_POLL_WORDS = re.compile(r"\b(?i:polls?|polling|pollsters?|opinion[ \t\n]+polls?|surveys?)\b")
#: an index or a market in the sentence: its points are index points, whatever else it names
_INDEX_WORDS = re.compile(
    r"\b(?:(?i:index|indices|indexes|shares|stocks?)|FTSE|Dow|Nasdaq|Nikkei)\b"
)
_POINTS_AFTER = re.compile(r"(?:[ \t\n]+|-)(points?)\b(?![-'’])")
#: what a poll's "N point" may be before: a lead or a move ("a nine point lead"), not a plan's
#: parts ("a five point programme")
_POLL_MOVE = re.compile(
    r"[ \t\n]+(?:(?:swing|lead|gap|margin|advantage|deficit|drop|fall|rise|gain|jump|slide|dip|"
    r"decline|increase|boost|bounce|loss|shift|turnaround|cut|move|slump)s?\b|[.,;:!?)]|$)"
)


_LEVEL_BEFORE = re.compile(r"\b(?:at|to|from)[ \t\n]+$")
_MOVE_NOUN_BEFORE = re.compile(
    r"\b(?i:loss|losses|gains?|lead|deficit|margin|advantage|gap|fall|drop|rise|decline)\b"
    r"[^.;:!?]*$"
)


def _index_level_points(text: str, found: list[dict[str, Any]]) -> None:
    """An index's level after a move in points ("the Dow fell 10 points to 2396") is a level
    with no noun, though the scanner carries "points" to it: the convention the development
    gold of two annotators follows (round twenty-seven). Points written after a figure in an
    index's sentence ("fell 225 points", "ended at 11,740.6 points") are made a measure with
    no unit where they are found (``finding``, the lead's decision 1 on the thirty-second
    sample); this pass is for the carried noun. Only after "at", "to" or "from", in a sentence
    naming an index ("slipped to 13 points behind the leaders": a gap)."""
    for f in [f for f in found if f["noun"] == "point"]:
        if f["unit"] or f["per"] or f["kind"] not in ("count", "number"):
            continue
        if not _LEVEL_BEFORE.search(text, max(0, f["start"] - 8), f["start"]):
            continue
        if _MOVE_NOUN_BEFORE.search(text, max(0, f["start"] - 50), f["start"]):
            continue  # "losses extended to 11 points", "cut its lead to 3 points": a move
        start = _clause_start(text, f["start"], 300)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 300)
        sentence = text[start : stop.start() if stop else f["end"] + 300]
        if INDEX_NAMED.search(sentence) is None:
            continue
        f["quantity"] = f["noun"] = ""
        f["kind"] = "number"


#: round twenty-eight: a move of a rate in points, "a one point cut in the key lending rate", "a
#: two point rise in interest rates": percentage points, as a poll's
_RATE_POINT_MOVE = re.compile(
    r"[ \t\n]+(?:cut|rise|increase|reduction|hike|fall|drop|decline|reduction)s?[ \t\n]+in[ \t\n]+"
    r"(?:[A-Za-z-]+[ \t\n]+){0,3}?(?i:rates?)\b"
)


def _poll_points(text: str, found: list[dict[str, Any]]) -> None:
    """A count of points in a sentence that names a poll or a survey is percentage points: "a
    Gallup poll put Labour 9 points ahead", "a two point fall since last week's survey" (the
    guide: percentage points are a unit of their own; a poll's shares are percentages). Not in
    a sentence naming an index, shares or a market ("the survey's index rose 4 points"), and
    never a sentence without a poll ("won by 11 points")."""
    if "oint" not in text:
        return
    for f in found:
        if f["kind"] != "count" or f["unit"] or f["per"]:
            continue
        m = _POINTS_AFTER.match(text, f["end"])
        if m is None and f["noun"] != "point":
            continue
        if m is not None and m.group(1) == "point" and not _POLL_MOVE.match(text, m.end()):
            continue  # "a five point programme": counts parts
        # the sentence by its stops, not the core's split (a wrapped wire line may break it)
        start = _clause_start(text, f["start"], 300)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 300)
        sentence = text[start : stop.start() if stop else f["end"] + 300]
        if _INDEX_WORDS.search(sentence) is not None:
            continue
        if _POLL_WORDS.search(sentence) is None and (
            m is None or not _RATE_POINT_MOVE.match(text, m.end(), min(len(text), m.end() + 60))
        ):
            continue
        _as_percentage_points(f, text, m.end() if m is not None else None)


def _as_percentage_points(f: dict[str, Any], text: str, end: int | None) -> None:
    """Make a count of points a percent in percentage points, its span run on to ``end``
    (over the word "points") when given: the one rewrite a poll's move and a rate's move
    share."""
    if end is not None:
        f["end"] = end
        f["text"] = text[f["start"] : end]
    f["unit"] = f["base_unit"] = "percentage points"
    f["dimension"] = "percent points"
    f["value_base"] = f["value"]
    f["kind"] = "percent"
    f["quantity"] = f["noun"] = ""


#: round seventy-three: the gap between a move in points and the rate it reached, "slipped 1/16
#: point to 7-3/16 pct", "rose one point to 9.5 pct"
_TO_RATE_GAP = re.compile(r"[ \t\n]+to[ \t\n]+(?:(?:a|an|about|around|some)[ \t\n]+)?\Z")


def _rate_move_points(text: str, found: list[dict[str, Any]]) -> None:
    """A move in points right before "to" and a level in percent is percentage points: "the
    rate slipped 1/16 point to 7-3/16 pct" (a rate report's move, as the guide's percentage
    points and the lead's decision 9 on the fiftieth sample read it); a bond's "fell 1/2 point
    to 98-1/4" reaches a price, not a percent, and stays."""
    for f, g in pairwise(found):
        if f["noun"] != "point" or f["unit"] or f["per"] or f["kind"] not in ("count", "number"):
            continue
        if g["unit"] != "%" or g["start"] - f["end"] > 24:
            continue
        m = _POINTS_AFTER.match(text, f["end"], g["start"])
        if m is None or not _TO_RATE_GAP.search(text, m.end(), g["start"]):
            continue
        _as_percentage_points(f, text, m.end())


def _day_in_words(text: str, f: dict[str, Any]) -> bool:
    """A day of a month written in words ("payable July six", "delayed until May four", "went
    public on October seven"): a date, the timeline's, no figure. Only a count with no unit of
    1-31 written in letters right after a capitalised month's name, then a break, a year or a
    preposition ("In March two men were held" counts men, "In March three were killed" counts
    too), or after a month that a determiner or a date's word stands before (round
    thirty-four, below)."""
    if not (
        f["kind"] == "count"
        and not f["unit"]
        and 1 <= f["value"] <= 31
        and re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)?", f["text"]) is not None
    ):
        return False
    month = _MONTH_NAMED_BEFORE.search(text, max(0, f["start"] - 12), f["start"])
    if month is None:
        return False
    if not f["noun"] and _AFTER_DAY.match(text, f["end"], min(len(text), f["end"] + 12)):
        return True
    return _day_of_named_month(text, f, month.start())


#: the word before a month whose day is written in words, where the day is a date whatever
#: follows it (round thirty-four): a determiner of a date said as a modifier ("the June one
#: vote", "a March five tremor", "its usual May one start"), or a word that takes a date ("on",
#: "until", "ended", "effective", a wire dividend table's "Pay" and "Record")
_DATE_WORD_BEFORE_MONTH = re.compile(
    r"\b(?i:on|until|till|through|since|ended|ending|effective|dated|due|pay|payable|record"
    r"|the|an?|its|their|his|her|this|usual)[ \t]+\Z"
)


def _day_of_named_month(text: str, f: dict[str, Any], month_start: int) -> bool:
    """A day in words after a month that a determiner or a date's word stands before ("the
    June one deadline", "Pay April three   Record March 13", "the five weeks ended April
    four were"), unless the count counts a plural ("since March two men have been held") or a
    full stop ends the month's sentence ("last May. One official said")."""
    if "." in text[month_start : f["start"]]:
        return False
    if f["noun"] and f["quantity"].lower() != f["noun"]:
        return False  # a plural counted: "In the March two plants closed" is no date
    before = _DATE_WORD_BEFORE_MONTH.search(text, max(0, month_start - 12), month_start)
    return before is not None


#: a score in words (the lead's decision 2 for round twenty-three): "won by three goals to
#: one", "a 21 points to nil win", "by 12 votes to one"; each side counts the noun
_SCORE_NOUNS = r"goals?|points?|tries|try|runs?|frames?|sets?|games?|wickets?|votes?"
_SCORE_SIDE_WORDS = {"nil": 0.0, "zero": 0.0, "one": 1.0}
_SCORE_IN_WORDS = re.compile(
    r"\b(?i:by|a|an)[ \t\n]+(?P<a>\d{1,3}|[A-Za-z]+)[ \t\n]+(?P<noun>(?i:" + _SCORE_NOUNS + r"))"
    r"[ \t\n]+to[ \t\n]+(?P<b>\d{1,3}|[A-Za-z]+)\b(?![.,]\d|[ \t\n]+(?i:hundred|thousand))"
)


#: a cheap test before ``_SCORE_IN_WORDS`` on lower-case text: a "to" between spaces, with a
#: score noun right before it (the pattern's own words; the same output, a third of its time).
#: The literal "to" opens the pattern and the blank before it is a look-behind: the engine
#: jumps from "to" to "to" instead of trying every blank (round fifty-six). A "to" whose
#: blank the last match took ("to to") now matches too, but only a score noun before the
#: blank counts, and "to" is none: the same answer.
_SPACED_TO = re.compile(r"to(?<=[ \t\n]to)(?=[ \t\n])")
#: every word of ``_SCORE_NOUNS``, for a test of a window's end ("goal", "goals", ...)
_SCORE_NOUN_FORMS = tuple(
    form
    for word in _SCORE_NOUNS.lower().split("|")
    for form in ((word[:-2], word[:-1]) if word.endswith("s?") else (word,))
)


def _score_noun_to(low: str) -> bool:
    """Does lower-case ``low`` hold a score noun before a spaced "to" ("goals to")? The noun
    and its blanks end the 41 characters before "to": its blanks stripped, the window ends
    with the noun (a test of its end, where a search tried each of its positions)."""
    for m in _SPACED_TO.finditer(low):
        blank = m.start() - 1  # the blank before "to", which the noun's blanks end with
        if low[max(0, blank - 40) : blank + 1].rstrip(" \t\n").endswith(_SCORE_NOUN_FORMS):
            return True
    return False


# the same test in two cheaper parts (round twenty-seven): "number N " where the word is in
# the text, and a digit between quotation marks (a match of the literal pattern one character
# earlier is a match of the look-behind's)
_NUMBER_DIGIT_HINT = re.compile(r"(?i:number)[ \t]+\d[ \t]")
_QUOTED_DIGIT_HINT = re.compile(r"[\"\u201c]\d[\"\u201d]")


def _symbol_digit_hint(text: str) -> bool:
    """Whether ``_SYMBOL_DIGIT_HINT`` finds something in ``text``, tested in cheaper parts."""
    if "number" in text.lower() and _NUMBER_DIGIT_HINT.search(text):
        return True
    return ('"' in text or "\u201c" in text) and _QUOTED_DIGIT_HINT.search(text) is not None


def _score_in_words(scanner: _Scanner, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Both sides of a score in words count its noun: the second side when the scanner read
    it as another noun's ("a 3 goals to 1 win" counted "win") or not at all ("three goals to
    one." closing the sentence, "to nil"). Only when the first side is a count of that noun, no
    index is named (an index "rose by 3 points to 2614" moves to a level) and the second side
    is a bare whole number up to 200 or "nil"/"zero"/"one"."""
    text = scanner.text
    if " to " not in text or not _score_noun_to(text.lower()):
        return findings
    added = False
    for m in _SCORE_IN_WORDS.finditer(text):
        first = next((f for f in findings if (f["start"], f["end"]) == m.span("a")), None)
        if first is None or first["kind"] != "count" or first["unit"] or first["per"]:
            continue
        noun = singular(m.group("noun").lower())
        if first["noun"] != noun:
            continue
        line_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start())) + 1
        if re.search(
            r"\b(?i:index|indices|average|shares?|stocks?)\b", text[line_start : m.start()]
        ):
            continue
        b_start, b_end = m.span("b")
        side = m.group("b")
        second = next((f for f in findings if f["start"] <= b_start < f["end"]), None)
        if second is not None:
            if (
                (second["start"], second["end"]) == (b_start, b_end)
                and second["kind"] == "count"
                and not second["unit"]
                and second["value"] <= 200
                and second["noun"] != noun
            ):
                second["quantity"], second["noun"] = first["quantity"], noun
            continue
        value = float(side) if side.isdigit() else _SCORE_SIDE_WORDS.get(side.lower())
        if value is None or value > 200:
            continue
        scanner.add(b_start, b_end, value, kind="count", quantity=first["quantity"])
        findings.append(scanner.findings.pop())
        added = True
    if added:
        findings.sort(key=lambda f: (f["start"], f["end"]))
    return findings


# round twenty-seven: "a quarter point cut" in a rate, "quarter percentage point rises"
_FRACTION_POINT = re.compile(
    r"\b((?i:quarter|half))[ \t\n-]+(?:(percentage)[ \t\n-]+)?(?i:point)\b(?![-'’])"
    r"(?=(?:[ \t\n]+(?:rate[ \t\n]+)?(cut|rise|increase|reduction|hike|fall|drop|decline|"
    r"easing|move|change)s?\b)?)"
)
# round twenty-eight: "cut its lending rate by half a point", "raised rates by a quarter of a
# point": a rate's change said with "by" after a rate named earlier in the clause
_BY_FRACTION_POINT = re.compile(
    r"\b(?i:by)[ \t\n]+(?:a[ \t\n]+)?((?i:quarter|half))[ \t\n]+(?:of[ \t\n]+)?a[ \t\n]+"
    r"(?:(percentage)[ \t\n]+)?(?i:point)\b(?![-'’])"
)
_RATE_BEFORE = re.compile(r"\b(?i:rates?)\b")


def _fraction_points(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "a quarter point cut", "quarter percentage point rises", "a half point rise in rates":
    a change of 0.25 or 0.5 percentage points (the development gold of two files), said with
    "percentage" or before a noun of a rate's change; a fraction of a point in a game or an
    index ("half a point", "a half point lead") is not read."""
    added = []
    for m in _FRACTION_POINT.finditer(text):
        if not (m.group(2) or m.group(3)):
            continue
        value = 0.25 if m.group(1).lower() == "quarter" else 0.5
        over = [f for f in findings if f["start"] < m.end() and m.start() < f["end"]]
        if any(f["kind"] != "fraction" or f["value"] != value for f in over):
            continue
        if over:  # "a half point cut": the scanner's fraction "a half" is this change
            findings = [f for f in findings if f not in over]
        added.append(
            {"n": 0, "start": m.start(), "end": m.end(), "text": m.group(), "value": value,
             "value_high": math.nan, "unit": "percentage points", "per": "", "quantity": "",
             "noun": "", "kind": "percent", "modifier": "", "value_base": value,
             "base_unit": "percentage points", "dimension": "percent points"}
        )  # fmt: skip
    for m in _BY_FRACTION_POINT.finditer(text):
        stop = _SENTENCE_END_BEFORE.search(text, max(0, m.start() - 160), m.start())
        clause = text[stop.end() if stop else max(0, m.start() - 160) : m.start()]
        if not _RATE_BEFORE.search(clause) or _INDEX_WORDS.search(clause):
            continue  # "won by half a point", "the index rose by half a point"
        value = 0.25 if m.group(1).lower() == "quarter" else 0.5
        start = m.start(1) - (2 if text[m.start(1) - 2 : m.start(1)].lower() == "a " else 0)
        over = [f for f in findings if f["start"] < m.end() and start < f["end"]]
        if any(f["kind"] != "fraction" or f["value"] != value for f in over):
            continue
        findings = [f for f in findings if f not in over]
        added.append(
            {"n": 0, "start": start, "end": m.end(), "text": text[start : m.end()],
             "value": value, "value_high": math.nan, "unit": "percentage points", "per": "",
             "quantity": "", "noun": "", "kind": "percent", "modifier": "", "value_base": value,
             "base_unit": "percentage points", "dimension": "percent points"}
        )  # fmt: skip
    if not added:
        return findings
    return sorted([*findings, *added], key=lambda f: f["start"])


_SENTENCE_END_BEFORE = re.compile(r"[.!?;][\"'”’)]*[ \t\n]+(?=[^.!?;]*\Z)")
