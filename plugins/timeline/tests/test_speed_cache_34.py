"""Round thirty-four: the yearless day's decision cached by the windows it reads.

The cache must never change a row: a decision is stored only when its reading stayed inside
the windows of ``Context.window_key``, so a clause whose tense is read from far back in a long
sentence (beyond the key's left window) is decided afresh each time. Invented sentences."""

from __future__ import annotations

import re

from newslens_timeline.extract import extract_text
from newslens_timeline.resolvers import days
from newslens_timeline.resolvers.base import _Override, group
from newslens_timeline.tense import LEFT_WINDOW, Context

#: a future main clause, and an absolute phrase ("with ... inspecting") holding the day more
#: than ``LEFT_WINDOW`` characters after the main verb
FUTURE = (
    "The regional water board will publish its lengthy review of the northern reservoirs, the "
    "canals and the pumping stations of the whole valley district and its three towns, with "
    "engineers inspecting the dams on May 30."
)
PAST = FUTURE.replace("will publish", "published")
#: a sentence without any date, longer than the right window
FILLER = (
    " Farmers in the valley grow wheat, barley and sugar beet on small plots, and many of them "
    "sell their crop to the cooperative mill in the market town, which pays them a fixed price "
    "per tonne and stores the grain in its silos by the river. "
)


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(r["text"], r["value"]) for r in extract_text(text, published)]


def test_main_verb_beyond_the_window_is_read_afresh() -> None:
    # the two days have the same windows; only the main verbs, far back, differ
    assert FUTURE.index("May 30") - FUTURE.index("will publish") > LEFT_WINDOW
    days._YEARLESS_DECISIONS.clear()
    alone = _values(FUTURE, "2015-11-29") + _values(PAST, "2015-11-29")
    assert alone == [("May 30", "2016-05-30"), ("May 30", "2015-05-30")]
    days._YEARLESS_DECISIONS.clear()
    assert _values(FUTURE + FILLER + PAST + FILLER, "2015-11-29") == alone
    assert _values(PAST + FILLER + FUTURE + FILLER, "2015-11-29") == alone[::-1]


def test_window_key_is_what_the_reading_sees() -> None:
    text = FUTURE + FILLER + FUTURE + FILLER
    first = text.index("May 30")
    second = text.index("May 30", first + 1)
    ctx = Context(text=text, dct=None)
    assert ctx.window_key(first, first + 6) == ctx.window_key(second, second + 6)
    # a sentence start inside the left window is part of the key
    short = "Engineers will inspect the dams on May 30."
    at = short.index("May 30")
    near = Context(text=short, dct=None).window_key(at, at + 6)
    glued = "Engineers will inspect the dams on May 30." + FILLER
    assert near is not None
    assert near[1] == at  # the sentence starts ``at`` characters before the day
    assert near != Context(text=glued, dct=None).window_key(at, at + 6)  # another right side


def test_a_run_of_days_keeps_its_rows() -> None:
    # one long sentence of yearless days, some in a future clause, some in a past one: the
    # rows with a warm cache are those with an empty one
    text = (
        "The ferry sailed on May 30, June 2, June 5 and June 9 and will sail on July 1, July 4, "
        "July 8 and July 12, the operator said, after it had sailed on May 30 and June 2."
    )
    days._YEARLESS_DECISIONS.clear()
    cold = _values(text, "2016-06-20")
    assert cold == _values(text, "2016-06-20")
    days._YEARLESS_DECISIONS.clear()
    assert cold == _values(text * 3, "2016-06-20")[: len(cold)]


def test_group_reads_one_group() -> None:
    m = re.match(r"(?P<pre>early\s+)?(?P<month>May)", "May")
    assert m is not None
    assert group(m, "pre") is None
    assert group(m, "month") == "May"
    assert group(m, "no_such_group") is None
    assert group(_Override(m, pre="late "), "pre") == "late "  # type: ignore[arg-type]
