"""``story.figures.v1``: the same figure across the outlets of a story.

One row per (story, figure, article) for stories of two or more articles. ``figure`` is what
is measured or counted: the counted noun for counts ("26 cruise missiles" and "the 26
missiles" are one figure, ``missiles``), the dimension for measures, with the measured noun
when the text names one ("1,200 tonnes of crude oil" is ``oil mass``, "a 25km slick" is
``slick length``). An article that gives a figure twice is represented by its first mention;
the second expression of one measure ("15km (9 miles)") is not a second figure.

A count is keyed by its outcome too, when its clause names one ("4 people were killed" and "10
people injured" are ``people killed`` and ``people injured``, not one figure that differs); a
count whose clause names none stays the bare noun. A length is keyed by the aspect the text
measures ("a crater 12 metres wide" and "16 feet deep" are ``crater width`` and ``crater
depth``) and a distance by the place it is measured from ("70 km south of the border",
"90 miles from Aleppo"). A change ("rose 5%", "47% less than") is a figure of its own
(``percent change``), not the level it moves.

So that ``differ`` marks what outlets dispute, an increment ("14 more officers", "another 20
people") or a part of a total ("including 22 officers", "three of them", "two on the ferry and
one on the pier", "the last two debates") is compared with nothing: it is not the total; nor is
a poll's margin of error ("plus or minus 4 points": each poll's own); nor is a record or a previous
case quoted for scale ("the biggest ever caught was 300 pounds", "previously") or a measure
that names a product's variant ("the 11-inch model"): another thing's figure. Figures said of
two periods ("2,000 killed this year", "13,000 killed since 2009") are two facts whatever their
key, and are not compared. A vague quantity ("thousands of cases") claims no number, a
running tally of attention ("2 million views", "40,000 signatures") is two moments when two
outlets differ on it, and an article that gives one figure two values that disagree ("the
11-inch and the 13-inch model") uses the figure's name for two things: all of these may agree
with another article, never differ.

Agreement follows the rounding the writing implies (the numbers plugin's conversion rule):
each value stands for an interval, "1,500" for 1,450-1,550 and "930 miles" for 925-935 miles;
"about" widens it by 5%, "at least" / "more than" open it upwards, "up to" / "as much as"
downwards, a range spans its ends. Two articles agree when their intervals overlap (in base
units, so kilometres meet miles). Only articles of different outlets published within
``COMPARISON_WINDOW`` of each other, with values within ``COMPARABLE_RATIO`` of each other, are
compared: an outlet that gives another value a day later has updated its figure, not disputed
it, and articles weeks apart report other moments of a long story (another state's primary, a
later toll). A row is ``differ`` when its value disagrees with such an article's value of the
figure, ``agree`` when it agrees with every such article, and ``single`` when there is none
(one outlet is no agreement). ``spread`` is the figure's (max - min) / |min| over its
articles, as in the numbers summary.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from newslens_stories import frames
from newslens_stories.terms import STOP_WORDS, fold

NUMBERS_ID = "numbers.v1"
ATTRIBUTIONS_ID = "stance.attributions.v1"

COLUMNS: dict[str, str] = {
    "story_id": "str",
    "figure": "str",
    "article_id": "str",
    "source": "str",
    "published": "datetime64[ns, UTC]",
    "text": "str",
    "value": "float64",
    "unit": "str",
    "value_base": "float64",
    "base_unit": "str",
    "sentence": "int64",
    "attributed_to": "str",
    "status": "str",
    "spread": "float64",
}

#: Kinds of numbers.v1 that are figures to compare; ordinals, ages, fractions, durations and
#: numbers inside names ("Flight 17") are not.
FIGURE_KINDS = frozenset({"count", "number", "measure", "money", "percent", "temperature"})
DIMENSION_WORDS = {"length": "distance"}
#: Counted nouns that are how often or how many-fold, not a figure of the story: "married three
#: times", "fired five times", "1.3 times the size".
NOT_FIGURES = frozenset({"time"})
#: Running tallies of attention that grow by the hour (a video's views, a post's likes, a
#: petition's signatures): two outlets' counts are two moments, not a dispute, so they may
#: agree but never differ (folded singular nouns).
RUNNING_TALLIES = frozenset(
    {"view", "like", "retweet", "follower", "subscriber", "signature", "signatory", "download",
     "comment", "click", "upvote", "pageview", "listen", "stream"}
)  # fmt: skip
#: "As much as 2,000" puts 2,000 forward as the figure, so it is compared as about 2,000 (an
#: open bound would agree with any smaller figure, and hide the dispute it usually is).
APPROXIMATE = frozenset(
    {"about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
     "close to", "almost", "nearly", "just over", "just under", "up to", "as much as",
     "as many as"}
)  # fmt: skip
UPPER_BOUND = frozenset(
    {"less than", "fewer than", "under", "no more than", "at most", "below"}
)  # fmt: skip
LOWER_BOUND = frozenset(
    {"at least", "more than", "over", "in excess of", "upwards of", "no less than", "above",
     "no fewer than"}
)  # fmt: skip
APPROXIMATION = 0.05
#: Articles further apart than this report other moments of a story, not a disagreement.
COMPARISON_WINDOW = pd.Timedelta(days=7)
#: Values further apart than this factor are other facts of the story that share a noun ("six
#: people killed" in one attack, "100,000 killed" in a country's years of violence), not one
#: fact the outlets disagree on: outlets that dispute a figure rarely do by more than tenfold.
COMPARABLE_RATIO = 10.0
#: What happened to the people or things a count counts, as a clause of news says it. Two
#: counts of one noun with different outcomes are different facts ("people killed", "people
#: injured"). A short list of the outcomes news reports figures for; no tagger.
OUTCOMES: dict[str, str] = {
    word: outcome
    for outcome, words in {
        "killed": "killed kill kills killing dead died die dies dying perished executed "
        "beheaded murdered slain massacred",
        "injured": "injured injuring injures wounded wounding hurt maimed",
        "missing": "missing unaccounted disappeared vanished",
        "kidnapped": "kidnapped abducted kidnapping abducting hostage hostages captive",
        "arrested": "arrested arresting detained detaining jailed",
        "displaced": "evacuated evacuating displaced fled fleeing homeless relocated exodus",
        "living": "live lives living population inhabitants",
        "rescued": "rescued rescuing saved survived",
        "infected": "infected infecting",
        "hospitalised": "hospitalised hospitalized",
    }.items()
    for word in words.split()
}
#: Nouns that carry their outcome themselves ("30 deaths", "12 injuries").
OUTCOME_NOUNS = frozenset(
    {"death", "fatality", "casualty", "injury", "survivor", "case", "infection", "arrest",
     "evacuee", "victim"}
)  # fmt: skip
_CLAUSE_WORDS = re.compile(r"[a-z]+|[\d,;:.!?()\[\]\"“”]")
#: A relative clause said of every thing counted carries its outcome past the comma.
_RELATIVE_OF_ALL = re.compile(r"(?:all|both|each) of (?:whom|which)\b|who\b")
#: Words that end the clause a count's outcome is looked for in.
_CLAUSE_END = frozenset({"and", "but", "while", "whereas", "as", "after", "before", "because"})

#: The aspect a length measures, as the adjective after it says ("12 metres wide", "a
#: 16-foot-deep crater") or the noun before it ("a depth of 5 metres").
ASPECTS = {"wide": "width", "across": "width", "broad": "width", "deep": "depth", "high": "height",
           "tall": "height", "long": "length", "thick": "thickness"}  # fmt: skip
_ASPECT_AFTER = re.compile(
    r"^(?:-[a-z]+)?(?:[- ](wide|across|broad|deep|high|tall|long|thick)\b"
    r"|\s+in\s+(width|depth|height|length|radius|diameter|thickness)\b)"
)
_ASPECT_BEFORE = re.compile(
    r"\b(width|depth|height|length|radius|diameter|thickness|altitude|elevation)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$"
)
#: The place a distance is measured from: "35 km (22 miles) west of the harbour", "9,000
#: miles from home", "some 60 miles southwest of Tikrit".
_ANCHOR_AFTER = re.compile(
    r"^(?:-[a-z]+)?(?:\s*\([^()]{0,40}\))?\s+(?:away\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?"
    r"|east|west)(?:wards?)?\s+of|from|off)\s+(?:the\s+)?([A-Za-z][A-Za-z-]*)"
)
#: Words next to a figure that make it a change, not a level: "rose 5%", "cut by 25%", "47% less
#: than", "up 3%".
CHANGE_BEFORE = frozenset(
    {"rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "up", "down", "by",
     "increased", "decreased", "dropped", "gained", "lost", "jumped", "climbed", "slipped",
     "slumped", "surged", "soared", "plunged", "grew", "shrank", "declined", "sank", "tumbled"}
)  # fmt: skip
_CHANGE_AFTER = re.compile(
    r"^(?:[a-z%-]*)\s+(?:less|lower|higher|more|fewer|smaller|bigger)\s+than\b"
)
#: Words that make a count an increment, not the total: "another 20", "an additional 14", "14
#: more officers", "a further 10", "30 new cases", "the ambassador and three other Americans".
INCREMENT_BEFORE = frozenset({"another", "additional", "further", "extra"})
_INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|extra|new|other|remaining)\b(?!\s+than)")
#: A count a selecting word picks out of a larger set is a part of it: "the last two debates",
#: "her first three races", "the final four" (the series' total is another figure).
_SELECTED_BEFORE = re.compile(
    r"\b(?:the|his|her|its|their|our|your)\s+(?:last|first|next|past|previous|final|top|"
    r"opening|latest|earliest|other)\s+$"
)
#: A poll's margin of error is the poll's, not the story's fact: two polls' margins never
#: dispute ("plus or minus 4 points", "a margin of error of 3.1 percentage points").
_MARGIN_BEFORE = re.compile(
    r"(?:\bplus\s+or\s+minus|\+/-|±|\bmargin\s+of\s+error\b[^.;]{0,30})\s*$"
)
#: The roles (:func:`_role`) whose figures are compared across outlets.
COMPARED_ROLES = frozenset({"", "change"})
_WORD_BEFORE = re.compile(r"([a-z]+)\W*$")
#: Words that make a count a part of a total said beside it: "including 22 officers", "among
#: them three children", "three of whom", "five of them".
_PART_BEFORE = re.compile(
    r"\b(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+which)\s+"
    r"(?:about\s+|some\s+|at\s+least\s+|nearly\s+|more\s+than\s+)?$"
)
_PART_AFTER = re.compile(
    r"^\s+of\s+(?:them|whom|which|those|these|"
    # ... or of a counted set: "four of the last five races", "two of the three suspects"
    # ("five of its fighters" is the fact itself: the group's size is no figure of the story)
    r"(?:the|his|her|its|their)\s+(?:past\s+|last\s+|first\s+|next\s+|remaining\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
)
_NUMBER_WORDS = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|hundreds?|thousands?)"
)
#: A count given place by place is a part of the total: "injuring four people on the ferry and two
#: on the pier", "three in Paris and two in Lyon" (either side of the "and").
_PLACE_LIST_AFTER = re.compile(
    r"^[^,.;:!?]{0,40}?\s(?:on|in|at|from|inside|outside)\s[^,.;:!?]{1,40}?\s+and\s+"
    + _NUMBER_WORDS
    + r"\s+(?:\w+\s+)?(?:on|in|at|from|inside|outside)\b"
)
_PLACE_LIST_BEFORE = re.compile(
    _NUMBER_WORDS + r"\s+(?:\w+\s+){0,2}(?:on|in|at|from|inside|outside)\s[^,.;:!?]{1,40}?"
    r"\s+and\s+$"
)
#: A count said after a total by ", with": "shot six times, with two shots to the head", "30
#: were hurt, with five in a critical condition" (the clause before must hold a number).
_WITH_PART_BEFORE = re.compile(r"\b" + _NUMBER_WORDS + r"\b[^.;:!?]{1,60},\s*with\s+$")
#: A figure of a record, a previous case or what is possible, not the story's own fact: "the
#: biggest ever caught was 300 pounds", "a 308-pound fish was previously caught", "they can
#: grow to 13 feet", "the record is 2.78m".
_REFERENCE_CLAUSE = re.compile(
    r"\bthe\s+(?:biggest|largest|heaviest|longest|highest|tallest|deepest|oldest|fastest"
    r"|most)\b(?:\s+(?:one\s+)?(?:was|is)\b|[^.;!?]{0,40}\b(?:ever|on\s+record|to\s+date)\b)"
    r"|\bthe\s+(?:previous\s+)?record\s+(?:is|was|stands|of)\b|\bpreviously\b"
    r"|\b(?:can|could|may|might)\s+(?:grow|reach|weigh|measure)\b",
    re.IGNORECASE,
)
#: Money taken off something is a change of its value: "slash half a million pounds off its
#: value", "knocked $2 off the price" (a distance "25 miles off the coast" is no money).
_OFF_AFTER = re.compile(r"^\s+off\b")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
#: The period a count or a sum is said of: "since 2009", "this year", "in the past decade", "in
#: December 2011". Written words only (no date arithmetic): equal when written alike.
_SCOPE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + _MONTHS + r")\s+)?\d{4}\b"
    r"|\b(?:this|last|next)\s+(?:year|month|week|decade|season)\b"
    r"|\b(?:the\s+)?(?:past|previous|last)\s+(?:\w+\s+)?(?:years?|months?|decades?)\b"
    r"|\bin\s+(?:(?:" + _MONTHS + r")\s+)?(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
#: A measure that names a product's variant, not a fact about it: "the 11-inch model", "the
#: 42mm version", "64 GB variant", "the 12-inch MacBook Air".
_DESIGNATION_AFTER = re.compile(
    r"^(?:-[a-z]+)?(?:,?\s+(?:and|or)\s+(?:an?\s+|the\s+)?[\d.]+[- ]?[a-z]+)?"
    r"\s+(?:(?:model|version|variant|edition|option|configuration)s?\b"
    r"|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:\s+(?:model|version|variant|edition))?\b)"
)
#: A length after another length and its aspect measures another aspect, unsaid: "40 feet wide
#: and 16 feet" is the depth, not a second width.
_AFTER_ASPECT = re.compile(r"\b(?:wide|deep|long|high|tall|thick|across)\s+and\s+$")

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NOUN_AFTER = re.compile(r"^(?:-[a-z]+)?\s+(?:of\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)")
_OF_PHRASE = re.compile(r"^\s+of\s+((?:[a-z-]+\s*){1,3})")
_NOUN_BEFORE = re.compile(r"\b([a-z-]+)\s+$")
_MEASURE_ADJECTIVE = re.compile(r"^\s+(?:long|wide|deep|high|tall|away|thick)\b")


def combine(inputs: Mapping[str, pd.DataFrame], articles: pd.DataFrame) -> pd.DataFrame:
    """The ``combine`` of ``story.figures.v1`` (inputs: stories.v1, numbers.v1,
    stance.attributions.v1)."""
    story_of = frames.story_of(inputs)
    numbers = frames.frame(
        inputs,
        NUMBERS_ID,
        {"kind": "", "quantity": "", "modifier": "", "unit": "", "value_base": np.nan,
         "base_unit": "", "dimension": "", "value_high": np.nan, "same_as": pd.NA, "n": 0,
         "start": 0, "end": 0, "text": "", "value": np.nan},
    )  # fmt: skip
    stories = inputs.get(frames.STORIES_ID)
    if numbers.empty or not story_of or stories is None:
        return _empty()
    sizes = stories.drop_duplicates("story_id").set_index("story_id")["story_size"]
    numbers["story_id"] = numbers["article_id"].map(story_of)
    numbers = numbers[numbers["story_id"].map(sizes).fillna(0) >= 2]
    numbers = numbers[numbers["kind"].isin(FIGURE_KINDS) & numbers["value"].notna()]
    # "one person", "a vote": a count of one is how English names a thing, not a figure
    numbers = numbers[~(numbers["kind"].isin({"count", "number"}) & (numbers["value"] == 1))]
    same_as = pd.to_numeric(numbers["same_as"], errors="coerce").astype("float64")
    numbers = numbers[
        ~(same_as < numbers["n"].astype("float64")).fillna(False).astype(bool)
    ]  # the second expression of one measure
    if numbers.empty:
        return _empty()
    table = frames.article_table(articles)
    texts = table["text"].to_dict()
    numbers = numbers.reset_index(drop=True)
    numbers["sentence"] = frames.sentences(numbers, texts)
    numbers["figure"] = [
        _figure(row, texts.get(row.article_id, "")) for row in numbers.itertuples()
    ]
    numbers = numbers[(numbers["figure"] != "") & ~numbers["figure"].isin(NOT_FIGURES)]
    if numbers.empty:
        return _empty()
    numbers["outcome"] = [
        _outcome(texts.get(row.article_id, ""), int(row.start), int(row.end), row.figure)
        if row.kind in {"count", "number"}
        else ""
        for row in numbers.itertuples()
    ]
    roles = [
        _role(texts.get(row.article_id, ""), int(row.start), int(row.end), str(row.kind))
        for row in numbers.itertuples()
    ]
    numbers = _fill_nouns(_with_outcomes(_name_counts(numbers)))
    changes = np.array([role == "change" for role in roles], dtype=bool)
    numbers.loc[changes, "figure"] = numbers.loc[changes, "figure"] + " change"
    numbers["_compared"] = [role in COMPARED_ROLES for role in roles]
    numbers["_scope"] = [
        _scope(texts.get(row.article_id, ""), int(row.start), int(row.end))
        for row in numbers.itertuples()
    ]
    numbers["_disputable"] = numbers["modifier"].fillna("").astype(str).str.lower() != "vague"
    numbers["_disputable"] &= ~numbers["figure"].map(_running_tally).astype(bool)
    numbers["attributed_to"] = _attributed(numbers, inputs)
    numbers["value_base"] = numbers["value_base"].where(
        numbers["value_base"].notna(), numbers["value"]
    )
    numbers["_low"], numbers["_high"] = _intervals(numbers)
    numbers["_disputable"] &= ~_two_values_in_one_article(numbers, numbers["_compared"])
    first = numbers.sort_values(["story_id", "figure", "article_id", "start"], kind="stable")
    first = first.drop_duplicates(["story_id", "figure", "article_id"]).reset_index(drop=True)
    first["base_unit"] = first["base_unit"].fillna("").astype(str)
    first["source"] = first["article_id"].map(table["source"]).fillna("")
    first["published"] = pd.to_datetime(first["article_id"].map(table["published"]), utc=True)
    first["status"], first["spread"] = _statuses(first)
    out = first[list(COLUMNS)].copy()
    return out.sort_values(["story_id", "figure", "published", "article_id"]).reset_index(drop=True)


def _running_tally(figure: str) -> bool:
    """Whether a count figure ("views", "people signed" is not) counts a running tally."""
    words = figure.split()
    return bool(words) and fold(words[0]) in RUNNING_TALLIES


def _figure(row: object, text: str) -> str:
    """The figure key of one number: counted noun, or dimension (plus the measured noun)."""
    kind = str(getattr(row, "kind", "") or "")
    quantity = str(getattr(row, "quantity", "") or "").strip().lower()
    if kind in {"count", "number"}:
        # singular and plural are one figure ("the missile" / "26 missiles"); named below
        return fold(quantity) if quantity else ""
    if kind == "money":
        currency = str(getattr(row, "base_unit", "") or getattr(row, "unit", "") or "")
        noun = quantity or _measured_noun(text, int(row.start), int(row.end))  # type: ignore[attr-defined]
        return f"{noun} ({currency})" if noun else f"money ({currency})"
    dimension = str(getattr(row, "dimension", "") or kind)
    word = DIMENSION_WORDS.get(dimension, dimension)
    start, end = int(row.start), int(row.end)  # type: ignore[attr-defined]
    if dimension == "length":
        anchor = _ANCHOR_AFTER.match(text[end : end + 80])
        if anchor:
            place = anchor.group(1).lower().removesuffix("'s")
            return f"distance from {place}"
        aspect = _aspect(text, start, end)
        if aspect:
            noun = quantity or _measured_noun(text, start, end)
            return f"{noun} {aspect}" if noun else aspect
    noun = quantity or _measured_noun(text, start, end)
    return f"{noun} {dimension}" if noun else word


def _aspect(text: str, start: int, end: int) -> str:
    """The aspect a length measures: "12 metres wide" -> width, "a depth of 5 metres" -> depth."""
    after = _ASPECT_AFTER.match(text[end : end + 20].lower())
    if after:
        return ASPECTS[after.group(1)] if after.group(1) else after.group(2)
    before = _ASPECT_BEFORE.search(text[max(0, start - 30) : start].lower())
    return before.group(1) if before else ""


def _role(text: str, start: int, end: int, kind: str = "") -> str:
    """What the words next to a figure make of it, as a figure to compare:

    - "change": a change, not the level it moves ("rose 5%", "47% less than", "$2 off");
    - "increment": an addition to a total or a part of one ("another 20", "14 more",
      "including 22 officers", "three of them", "with two to the head", "two on the ferry and
      one on the pier", "the last two debates", "his three remaining rivals");
    - "reference": a record, a previous case or what is possible ("the biggest ever caught
      was", "previously", "can grow to"): another thing's figure, quoted for scale;
    - "margin": a poll's margin of error ("plus or minus 4 points"): the poll's, not the
      story's, so two polls' margins never dispute;
    - "designation": a measure that names a product's variant ("the 11-inch model");
    - "other aspect": a length after another length and its aspect ("40 feet wide and 16
      feet": the depth, unsaid);
    - "" otherwise. Only "" and "change" rows are compared."""
    word_before = _WORD_BEFORE.search(text[max(0, start - 24) : start].lower())
    word = word_before.group(1) if word_before else ""
    after = text[end : end + 40].lower()
    if word in INCREMENT_BEFORE or _INCREMENT_AFTER.match(after):
        return "increment"
    before = text[max(0, start - 80) : start].lower()
    if _MARGIN_BEFORE.search(before[-60:]):
        return "margin"
    if (
        _PART_BEFORE.search(before[-40:])
        or _SELECTED_BEFORE.search(before[-40:])
        or _PART_AFTER.match(after)
        or _WITH_PART_BEFORE.search(before)
        or _PLACE_LIST_AFTER.match(text[end : end + 90].lower())
        or _PLACE_LIST_BEFORE.search(before)
    ):
        return "increment"  # a part of a total is no more the total than an addition is
    if word in CHANGE_BEFORE or _CHANGE_AFTER.match(after):
        return "change"
    if kind in {"money", "percent"} and _OFF_AFTER.match(after):
        return "change"
    if _REFERENCE_CLAUSE.search(_clause_around(text, start, end)):
        return "reference"
    if kind == "measure":
        if _DESIGNATION_AFTER.match(text[end : end + 40]):
            return "designation"
        if _AFTER_ASPECT.search(before[-30:]) and not _aspect(text, start, end):
            return "other aspect"
    return ""


def _scope(text: str, start: int, end: int) -> str:
    """The period a figure's clause gives it, as written and folded ("since 2009", "this year",
    "in december 2011"), or "": two outlets' figures for other periods are two facts, not a
    dispute, whatever their key."""
    clause = _clause_around(text, start, end)
    at = clause.find(text[start:end])
    # the period of the figure's own phrase (between commas) first, then the nearest
    left, right = clause.rfind(",", 0, at), clause.find(",", at + end - start)
    phrase = clause[left + 1 : right if right >= 0 else len(clause)]
    found = _SCOPE.search(phrase) or min(
        _SCOPE.finditer(clause),
        key=lambda m: max(m.start() - (at + end - start), at - m.end(), 0),
        default=None,
    )
    return " ".join(found.group().lower().split()) if found else ""


def _clause_around(text: str, start: int, end: int) -> str:
    """The words of the figure's clause: back to the last stop or semicolon (at most 80
    characters), on to the next (at most 60)."""
    head = text[max(0, start - 80) : start]
    cut = max(head.rfind(". "), head.rfind(";"), head.rfind("? "), head.rfind("! "))
    head = head[cut + 1 :] if cut >= 0 else head
    tail = re.split(r"[.;!?](?:\s|$)", text[end : end + 60], maxsplit=1)[0]
    return head + text[start:end] + tail


def _two_values_in_one_article(numbers: pd.DataFrame, compared: pd.Series) -> pd.Series:
    """Rows of an article that gives one figure values that disagree with each other ("the
    11-inch and the 13-inch model", two prices of two editions): the figure's name stands for
    several things there, so that article is not compared on it. Intervals on a line overlap
    pairwise exactly when the largest low is under the smallest high. Only ``compared`` rows
    count: a record quoted for scale or a part of the total is another thing's value."""
    keys = [numbers["story_id"], numbers["figure"], numbers["article_id"]]
    low = numbers["_low"].where(compared, -np.inf).groupby(keys).transform("max")
    high = numbers["_high"].where(compared, np.inf).groupby(keys).transform("min")
    return (low >= high).astype(bool)


def _measured_noun(text: str, start: int, end: int) -> str:
    """The noun a measure belongs to, when the text names it next to the number: "tonnes of
    crude oil" -> oil, "a nine-mile slick" -> slick, "a slick 25km long" -> slick."""
    after = text[end : end + 60].lower()
    of_phrase = _OF_PHRASE.match(after)
    if of_phrase:  # "of crude oil into the sea": the phrase ends before its first stop word
        words = []
        for word in of_phrase.group(1).split():
            if word in STOP_WORDS:
                break
            words.append(word)
        return _noun(words[-1]) if words else ""
    match = _NOUN_AFTER.match(after)
    if match:
        words = match.group(1).split()
        # "of crude oil" ends the phrase at its last word; a bare "15km long" has no noun after
        if after.lstrip().startswith("of ") or not _MEASURE_ADJECTIVE.match(after):
            noun = _noun(words[-1] if after.lstrip().startswith("of ") else words[0])
            if noun:
                return noun
    if _MEASURE_ADJECTIVE.match(after):
        before = _NOUN_BEFORE.search(text[max(0, start - 40) : start].lower())
        if before:
            return _noun(before.group(1))
    return ""


def _noun(word: str) -> str:
    word = word.strip("-")
    if not word.isalpha() or word in STOP_WORDS or len(word) < 3:
        return ""
    if word in {"long", "wide", "deep", "high", "tall", "away", "thick", "per", "each", "a", "the"}:
        return ""
    return fold(word)


def _name_counts(numbers: pd.DataFrame) -> pd.DataFrame:
    """A count figure is named by its noun as most often written in the story (ties: the
    longer, usually the plural): the key is the folded singular."""
    numbers = numbers.copy()
    counts = numbers["kind"].isin({"count", "number"})
    if not counts.any():
        return numbers
    written = numbers.loc[counts, ["story_id", "figure", "quantity"]].copy()
    written["quantity"] = written["quantity"].astype(str).str.strip().str.lower()
    written["length"] = written["quantity"].str.len()
    tally = written.groupby(["story_id", "figure", "quantity"], as_index=False).agg(
        n=("length", "size"), length=("length", "first")
    )
    tally = tally.sort_values(["n", "length"], ascending=False).drop_duplicates(
        ["story_id", "figure"]
    )
    name = {(r.story_id, r.figure): r.quantity for r in tally.itertuples()}
    numbers.loc[counts, "figure"] = [
        name.get((story, figure), figure)
        for story, figure in zip(
            numbers.loc[counts, "story_id"], numbers.loc[counts, "figure"], strict=True
        )
    ]
    return numbers


def _outcome(text: str, start: int, end: int, figure: str) -> str:
    """What the clause says happened to what a count counts: the outcome word nearest the
    number, before it ("killed 40 people", "detained eight protesters") or after its noun ("40
    people were killed", "12 hurt"), within its clause (no punctuation, other figure or
    conjunction between). "" when none, or when the noun is itself an outcome ("30 deaths")."""
    if fold(figure.split()[-1]) in OUTCOME_NOUNS:
        return ""
    before = _CLAUSE_WORDS.findall(text[max(0, start - 48) : start].lower())
    after = _CLAUSE_WORDS.findall(text[end : end + 72].lower())
    found: list[tuple[int, int, str]] = []  # (distance, after first, outcome)
    for distance, word in enumerate(reversed(before[-5:]), 1):
        if not word.isalpha() or word in _CLAUSE_END:
            break
        if word in OUTCOMES:
            found.append((distance, 1, OUTCOMES[word]))
            break
    noun = {fold(word) for word in figure.lower().split()}
    distance = 0
    while distance < len(after) and distance < 12:
        word = after[distance]
        distance += 1
        if fold(word) in noun:
            continue  # the counted noun itself ("67 lives")
        if word == "," and _RELATIVE_OF_ALL.match(" ".join(after[distance : distance + 3])):
            continue  # "21 crew members on board, all of whom were rescued": said of them all
        if not word.isalpha() or word in _CLAUSE_END:
            break
        if word in OUTCOMES:
            found.append((distance, 0, OUTCOMES[word]))
            break
    return min(found)[2] if found else ""


def _with_outcomes(numbers: pd.DataFrame) -> pd.DataFrame:
    """Counts keyed by the outcome their clause names ("people killed"). A count whose clause
    names none stays the bare noun and is not compared with them: in a story of a blast, "a
    city of 1.2 million people" is not the toll, and borrowing the story's outcome for it (tried)
    made more wrong keys than right ones."""
    numbers = numbers.copy()
    named = numbers["outcome"] != ""
    numbers.loc[named, "figure"] = (
        numbers.loc[named, "figure"] + " " + numbers.loc[named, "outcome"]
    )
    return numbers.drop(columns="outcome")


def _fill_nouns(numbers: pd.DataFrame) -> pd.DataFrame:
    """A measure without a noun takes the story's only noun of its dimension, if there is one
    ("1,200 tonnes" beside "1,200 tonnes of crude oil" is the oil's mass)."""
    numbers = numbers.copy()
    plain = DIMENSION_WORDS
    for _, group in numbers.groupby("story_id"):
        for dimension in group["dimension"].dropna().unique():
            if not dimension:
                continue
            word = plain.get(dimension, dimension)
            named = {f for f in group["figure"] if f.endswith(f" {dimension}")}
            if len(named) == 1:  # the story's rows only (the whole frame each time is n^2)
                bare = group.index[(group["figure"] == word) & (group["dimension"] == dimension)]
                numbers.loc[bare, "figure"] = next(iter(named))
    return numbers


def _attributed(numbers: pd.DataFrame, inputs: Mapping[str, pd.DataFrame]) -> list[str]:
    """The speaker of the attribution whose content holds the figure, or ""."""
    attributions = frames.frame(
        inputs,
        ATTRIBUTIONS_ID,
        {"content_start": -1, "content_end": -1, "speaker_resolved": "", "speaker": ""},
    )
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for row in attributions.itertuples():
        speaker = str(row.speaker_resolved or "") or str(row.speaker or "")
        if speaker and speaker != "nan" and int(row.content_start) >= 0:
            spans.setdefault(row.article_id, []).append(
                (int(row.content_start), int(row.content_end), speaker)
            )
    out = []
    for row in numbers.itertuples():
        found = ""
        for a, b, speaker in spans.get(row.article_id, ()):
            if a <= int(row.start) and int(row.end) <= b:
                found = speaker
                break
        out.append(found)
    return out


def _precision(text: str, value: float) -> float:
    """The rounding step the writing implies, in the value's unit: "1,500" -> 100, "15" -> 1,
    "2.5" -> 0.1, "$4 million" -> 1 million; a number in words is exact to 1."""
    match = _DIGITS.search(text or "")
    if not match:
        return 1.0
    literal = match.group().replace(",", "")
    try:
        written = float(literal)
    except ValueError:
        return 1.0
    if "." in literal:
        step = 10.0 ** -len(literal.split(".", 1)[1])
    else:
        digits = literal.lstrip("0") or "0"
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits != "0" else 1.0
    scale = value / written if written and value and math.isfinite(value) else 1.0
    return step * abs(scale)


def _intervals(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The interval of base-unit values each row's writing stands for."""
    low = np.empty(len(rows))
    high = np.empty(len(rows))
    for i, row in enumerate(rows.itertuples()):
        value = float(row.value)
        factor = float(row.value_base) / value if value and math.isfinite(row.value_base) else 1.0
        half = _precision(str(row.text), value) * abs(factor) / 2
        base = float(row.value_base)
        top = float(row.value_high) * factor if pd.notna(row.value_high) else base
        lo, hi = min(base, top) - half, max(base, top) + half
        modifier = str(row.modifier or "").lower()
        if modifier in APPROXIMATE:
            lo, hi = lo - APPROXIMATION * abs(lo), hi + APPROXIMATION * abs(hi)
        if modifier in UPPER_BOUND:
            lo = -math.inf
        if modifier in LOWER_BOUND:
            hi = math.inf
        low[i], high[i] = lo, hi
    return low, high


def _statuses(rows: pd.DataFrame) -> tuple[list[str], list[float]]:
    """Status and spread of every row, figure by figure (``rows`` has a RangeIndex and a UTC
    ``published``). The columns become arrays once: per-group pandas calls cost more than the
    comparisons."""
    status = [""] * len(rows)
    spread = [0.0] * len(rows)
    values = rows["value_base"].to_numpy(dtype=float)
    low_all = rows["_low"].to_numpy(dtype=float)
    high_all = rows["_high"].to_numpy(dtype=float)
    sources = rows["source"].fillna("").astype(str).to_numpy()
    seconds = (rows["published"] - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy()
    everyone = np.ones(len(rows), dtype=bool)
    counted = rows["_compared"].to_numpy(dtype=bool) if "_compared" in rows else everyone
    disputable = rows["_disputable"].to_numpy(dtype=bool) if "_disputable" in rows else everyone
    nothing = np.full(len(rows), "", dtype=object)
    scopes = rows["_scope"].to_numpy(dtype=object) if "_scope" in rows else nothing
    for positions in rows.groupby(["story_id", "figure"], sort=False).indices.values():
        own = values[positions]
        lo = own.min()
        figure_spread = float((own.max() - lo) / abs(lo)) if lo else 0.0
        low, high = low_all[positions], high_all[positions]
        compared = _comparable(sources[positions], seconds[positions], own)
        compared &= counted[positions][:, None] & counted[positions][None, :]
        own_scope = scopes[positions]
        compared &= ~(
            (own_scope[:, None] != own_scope[None, :])
            & (own_scope != "")[:, None]
            & (own_scope != "")[None, :]
        )  # "2,000 killed this year" and "13,000 killed since 2009" are two facts
        agree = (low[:, None] < high[None, :]) & (low[None, :] < high[:, None])
        agree &= compared | np.eye(len(positions), dtype=bool)
        consensus = _consensus(agree)
        # a row that may agree but not dispute (vague, or its article's figure two-valued)
        # neither differs nor makes another row differ: it is then judged on nothing
        disputed = compared & ~agree
        disputed &= disputable[positions][:, None] & disputable[positions][None, :]
        for k, i in enumerate(positions):
            spread[i] = figure_spread
            if not compared[k].any():
                status[i] = "single"
            elif agree[k][compared[k]].all() or consensus[k]:
                status[i] = "agree"
            elif disputed[k].any():
                status[i] = "differ"
            else:
                status[i] = "single"
    return status, spread


def _comparable(source: np.ndarray, seconds: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Which pairs of articles are compared: different outlets (an unknown outlet is its own),
    published within ``COMPARISON_WINDOW`` (an unknown date is within it), with values within
    ``COMPARABLE_RATIO`` of each other."""
    same_outlet = (source[:, None] == source[None, :]) & (source != "")[:, None]
    apart = np.abs(seconds[:, None] - seconds[None, :]) > COMPARISON_WINDOW.total_seconds()
    values = np.abs(values)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.maximum(values[:, None], values[None, :]) / np.minimum(
            values[:, None], values[None, :]
        )
    other_fact = ratio > COMPARABLE_RATIO  # NaN (a zero, a missing value) compares False
    compared = ~same_outlet & ~apart & ~other_fact  # an unknown date is near (NaN: False)
    np.fill_diagonal(compared, False)
    return compared


def _consensus(agree: np.ndarray) -> np.ndarray:
    """Rows of the story's consensus: the agreement set of the rows that agree with the most
    others, when those rows share one set; none when there is no single largest group
    (1,400 km against 1,500 km: both differ)."""
    counts = agree.sum(axis=1)
    best = np.flatnonzero(counts == counts.max())
    sets = {tuple(agree[b]) for b in best}
    if len(sets) != 1 or counts.max() < 2:
        return np.zeros(len(agree), dtype=bool)
    return agree[best[0]].copy()


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in COLUMNS.items()})
