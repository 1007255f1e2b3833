"""Resolvers: from one match of a rule to a TIMEX3 type, value, mod and anchor, given the
creation time and the previous resolved expression (``Resolved``).

One module per job, so that a reader finds a resolver beside the cues it reads and a new rule
has one obvious home (the order in which they run is the rules' order, in ``rules.py``):

- ``base``: the result (``Resolved``), a rule's candidate, the granularity helpers every
  resolver shares, and ``_Override`` (a match with some groups replaced, to reuse a resolver);
- ``names``: capitalised time words that are names or titles, not dates ("USA Today");
- ``parts_of_day``: today, tonight, "this morning", "in the evening", and whether a time of
  day is any day's;
- ``days``: calendar days ("March 3", "3/4/98", ISO dates) and the year a yearless day takes
  from the clause's tense, ranges and the story's step;
- ``years``: years, spelled years, decades, split and fiscal years, and digits that only look
  like years;
- ``months``: months with and without a year, ahead or past, and futures contract months;
- ``quarters``: quarters and halves, and "the quarter" under discussion;
- ``seasons``: seasons ("last summer", "the fall" that is no season);
- ``weekdays``: weekday names and "yesterday"/"tomorrow", the week they fall in by tense;
- ``clock``: clock times and the day they belong to;
- ``units``: "this week", "the year", "the same month", "the year before", "at the year end";
- ``steps``: "three years ago", "a year earlier", "the same period last year", "year-ago";
- ``durations``: lengths, sets and rates ("two weeks", "every Monday", "$5 a year");
- ``references``: days and weeks told from another day ("the next day", "that day", "the week
  of October 21", "the first week of April", "the time");
- ``holidays``: named days of the calendar ("Christmas", "Election Day", "Black Monday").

This package re-exports every name that ``rules.py`` and ``extract.py`` imported from the single
``resolvers.py`` module it replaces, and that module's public names, so code written against it
still works; new code imports from the job's module, as ``rules.py`` and ``extract.py`` now do.
"""

from __future__ import annotations

from newslens_timeline.resolvers.base import (
    _GRAN_OF_UNIT,
    _X,
    Candidate,
    Resolved,
    Resolver,
    _mod_of,
    _Override,
    _period,
    _rel,
    _shift_unit,
    pre_is_preposition,
)
from newslens_timeline.resolvers.clock import _r_time
from newslens_timeline.resolvers.days import (
    STORY_DAYS,
    STORY_SENTENCES,
    TENSE_PENALTY_DAYS,
    TENSE_PENALTY_MONTHS,
    _month_no,
    _r_day_month,
    _r_iso,
    _r_slash,
    current_year_end,
    since_before,
)
from newslens_timeline.resolvers.durations import (
    _SPEED_BEFORE,
    _freq_before,
    _is_rate,
    _r_duration,
    _r_per_unit,
    _r_set,
    _r_vague_length,
)
from newslens_timeline.resolvers.holidays import HISTORIC_DAYS, HOLIDAYS, _r_holiday
from newslens_timeline.resolvers.months import _r_month, _r_month_year, split_of
from newslens_timeline.resolvers.names import in_named_title, in_quoted_title
from newslens_timeline.resolvers.parts_of_day import _r_deictic, _r_part_of_day, column_header
from newslens_timeline.resolvers.quarters import _r_quarter, _r_the_quarter
from newslens_timeline.resolvers.references import (
    _r_next_day,
    _r_ref,
    _r_that_day,
    _r_week_of,
    _r_week_of_month,
)
from newslens_timeline.resolvers.seasons import _r_season
from newslens_timeline.resolvers.steps import (
    _r_adj_ago,
    _r_ago,
    _r_same_period,
    _year_before_quarter,
)
from newslens_timeline.resolvers.units import (
    _r_same_unit,
    _r_the_unit,
    _r_this_unit,
    _r_unit_before,
    _r_year_end,
)
from newslens_timeline.resolvers.weekdays import _r_weekday
from newslens_timeline.resolvers.years import (
    _DECADE_WORDS,
    COUNT_YEARS_AHEAD,
    _r_decade,
    _r_fiscal,
    _r_spelled_year,
    _r_year,
    split_year_end,
    year_in_name,
)

#: the names imported from the single module before the split
__all__ = [
    "COUNT_YEARS_AHEAD",
    "HISTORIC_DAYS",
    "HOLIDAYS",
    "STORY_DAYS",
    "STORY_SENTENCES",
    "TENSE_PENALTY_DAYS",
    "TENSE_PENALTY_MONTHS",
    "_DECADE_WORDS",
    "_GRAN_OF_UNIT",
    "_SPEED_BEFORE",
    "_X",
    "Candidate",
    "Resolved",
    "Resolver",
    "_Override",
    "_freq_before",
    "_is_rate",
    "_mod_of",
    "_month_no",
    "_period",
    "_r_adj_ago",
    "_r_ago",
    "_r_day_month",
    "_r_decade",
    "_r_deictic",
    "_r_duration",
    "_r_fiscal",
    "_r_holiday",
    "_r_iso",
    "_r_month",
    "_r_month_year",
    "_r_next_day",
    "_r_part_of_day",
    "_r_per_unit",
    "_r_quarter",
    "_r_ref",
    "_r_same_period",
    "_r_same_unit",
    "_r_season",
    "_r_set",
    "_r_slash",
    "_r_spelled_year",
    "_r_that_day",
    "_r_the_quarter",
    "_r_the_unit",
    "_r_this_unit",
    "_r_time",
    "_r_unit_before",
    "_r_vague_length",
    "_r_week_of",
    "_r_week_of_month",
    "_r_weekday",
    "_r_year",
    "_r_year_end",
    "_rel",
    "_shift_unit",
    "_year_before_quarter",
    "column_header",
    "current_year_end",
    "in_named_title",
    "in_quoted_title",
    "pre_is_preposition",
    "since_before",
    "split_of",
    "split_year_end",
    "year_in_name",
]
