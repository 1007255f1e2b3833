"""A range of a change in percent after a verb or noun of change ("rose 7 to 8 pct").

Why a module: after a verb or noun of change, "N to M" is read as a move by N to the level M
("rose 12.5 to 2210.4", "slipped 3/4 to 52-1/4"), so a change stated as a range ("pay rises
of seven to eight pct", "prices rose 7 to 8 pct", "growth fell five to six pct") came out as
a bare count and a percent. A move to a level in percent is written with its own unit or a
word of its own at the low end ("rose 0.2 point to 7.1 pct", "up 0.4 pct to 5.6 pct"); a bare
low end close to a percent high end is the low end of the change's range. "Close" is the
ratio ``_MOVE_BEFORE``'s verbs already use for a move (round thirty-seven's "had risen 31.6 to
2845.2"): a level over three times the first figure is read as the move's level, so
"the yield rose 0.5 to 9.5 pct" stays a move of 0.5 to 9.5 pct.
"""

from __future__ import annotations

#: a move's level is over this many times the move (``finding``'s ``_MOVE_BEFORE`` rule)
LEVEL_RATIO = 3.0


def percent_range_of_change(low: float, high_end: tuple[float, int, str, str, float]) -> bool:
    """Whether a bare ``low`` "to" the high end ``range_high`` read (value, end, unit, kind,
    factor) after a word of change is one range in percent: the high end a percent with no
    scale, above the low end and no more than three times it."""
    high, _, unit, _, factor = high_end
    return unit == "%" and factor == 1.0 and low < high <= LEVEL_RATIO * low
