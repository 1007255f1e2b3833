"""Round forty-one's fix, on invented news sentences.

"One day" meaning "someday" is TimeML's ``FUTURE_REF`` (TimeBank: "will one day be"), not a
length of one day. Besides a modal right before it ("could one day replace") and "to" or a
subject before a present verb ("hopes to one day run"), three more places say so: after a hope
and before its infinitive ("researchers hope one day to cure it"), opening a clause whose
subject a modal follows ("one day it will reach other goods"), and closing a clause with a modal in
it ("the bridge can help the valley one day."). A length keeps its preposition or its verb
before ("for one day", "cut to one day", "will last one day"), and a day of a story its date
after.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

SOMEDAY = ("one day", "DATE", "FUTURE_REF")
LENGTH = ("one day", "DURATION", "P1D")


def one_day(text: str, published: str) -> tuple[str, str, str]:
    rows = [
        (f["text"].lower(), f["type"], f["value"])
        for f in extract_text(text, published, strict=True)
        if f["text"].lower() == "one day"
    ]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        # fail on main's code (0.9.24): a length of one day
        ("2016-04-02", "Biologists hope one day to grow new livers from the cells.", SOMEDAY),
        ("2011-09-14", "The twins dream one day to sail around the world together.", SOMEDAY),
        (
            "1987-03-20",
            '"Once the levy covers steel, one day it will reach aluminium too," the envoy said.',
            SOMEDAY,
        ),
        ("2014-06-30", "One day, they will build a school on this field, the mayor said.", SOMEDAY),
        ("2016-06-06", "She said the new ferry link can help the whole island one day.", SOMEDAY),
        (
            "2016-06-06",
            '"My hope is that we can run our own clinic one day and train nurses," she said.',
            SOMEDAY,
        ),
        # guards, the same on main's code: a modal right before, a length, a day of a story
        ("2010-01-05", "Tidal turbines could one day power the harbour.", SOMEDAY),
        ("1987-04-09", "The rail stoppage will run for one day, the union said.", LENGTH),
        ("1987-04-09", "The shareholders' meeting will last one day.", LENGTH),
        ("1987-04-09", "The refinery will shut for one day.", LENGTH),
        ("1987-04-09", "The fund could lose one day of interest.", LENGTH),
        ("2003-08-11", "The crew rebuilt the bridge in one day.", LENGTH),
        ("1987-04-09", "The waiting period for refunds will be cut to one day.", LENGTH),
        ("1987-04-09", "Purchases may not exceed 40 pct on any one day.", LENGTH),
    ],
)
def test_one_day_as_someday(published: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert one_day(sentence, published) == expected


def test_one_day_of_a_story_keeps_its_date() -> None:
    rows = [
        (f["text"], f["type"], f["value"])
        for f in extract_text(
            "Everything changed one day in March 2012, when the dean was arrested.", "2016-09-03"
        )
    ]
    assert ("March 2012", "DATE", "2012-03") in rows
    assert SOMEDAY not in rows
