"""Round sixty-seven's change, on invented news sentences.

- A ``freq`` column on the rows (the lead's decision 1 on round sixty-six b's question):
  TimeML's ``freq`` of a SET, the count written at the head of its extent with its unit
  ("twice a week" ``2X``, "three times a year" ``3X``, "seven days a week" ``7D``, "24 hours a
  day" ``24H``); empty where no count is written (once per period, "every week", "weekly",
  is ``1X`` since round sixty-eight: ``test_news_classes_68``), for a vague count
  ("several times a week") and for every row that is no SET. Type, value and extent are
  unchanged: the column adds the count the period value drops.
- "The day" before a relative clause (a subject, then its verb: "the day the debate was to be
  held", "came the day after Republicans closed their convention") is the day last named,
  in its sentence or the two before (``anchor`` ``previous expression``); with no day named,
  or a day named later in its sentence (the clause dates itself), no finding.
"""

from __future__ import annotations

import newslens_timeline.plugin as timeline_plugin
import pandas as pd
import pytest
from newslens_timeline.extract import COLUMNS, extract_text
from newslens_timeline.plugin import TIMELINE
from newslens_timeline.view import TABLE_COLUMNS, findings_table

from newslens.testing import run_analysis, tiny_corpus


def found(text: str, published: str | None = "2026-03-04") -> list[tuple[str, str, str, str]]:
    """Every expression found, with its type, value and freq."""
    return [
        (f["text"], f["type"], f["value"], f["freq"])
        for f in extract_text(text, published, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of times: X
        ("The council meets twice a week.", [("twice a week", "SET", "P1W", "2X")]),
        ("The board meets three times a year.", [("three times a year", "SET", "P1Y", "3X")]),
        ("The nurse calls once a month.", [("once a month", "SET", "P1M", "1X")]),
        ("The ferry sails 100 times a day.", [("100 times a day", "SET", "P1D", "100X")]),
        ("The choir sings twice each year.", [("twice each year", "SET", "P1Y", "2X")]),
        # a count of a smaller unit: its letter
        ("The bakery is open seven days a week.", [("seven days a week", "SET", "P1W", "7D")]),
        ("The hotline is staffed 24 hours a day.", [("24 hours a day", "SET", "P1D", "24H")]),
        (
            "The mill runs twenty-four hours a day.",
            [("twenty-four hours a day", "SET", "P1D", "24H")],
        ),
        ("The port works 365 days a year.", [("365 days a year", "SET", "P1Y", "365D")]),
        ("The crew rests two weeks a year.", [("two weeks a year", "SET", "P1Y", "2W")]),
        (
            "The clinic is open three days every month.",
            [("three days every month", "SET", "P1M", "3D")],
        ),
        ("She practises an hour a day.", [("an hour a day", "SET", "P1D", "1H")]),
        (
            "He volunteers a couple of days a week.",
            [("a couple of days a week", "SET", "P1W", "2D")],
        ),
        # a modifier of the count stays in the extent (and in `mod`), not in the count
        (
            "The pilots fly more than 60 hours a week.",
            [("more than 60 hours a week", "SET", "P1W", "60H")],
        ),
        (
            "The divers train at least 23 hours per day.",
            [("at least 23 hours per day", "SET", "P1D", "23H")],
        ),
        # a night is counted as a day; a minute with the time designator, so it is no month
        ("The theatre plays seven nights a week.", [("seven nights a week", "SET", "P1W", "7D")]),
        ("Pupils read 20 minutes a day.", [("20 minutes a day", "SET", "P1D", "T20M")]),
    ],
)
def test_a_written_count_is_the_sets_freq(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no count of events written: empty (the lead's decision; once per period, "every
        # week" and "weekly", is 1X since decision 1 on round sixty-seven: test_news_classes_68)
        ("The buses run every two weeks.", [("every two weeks", "SET", "P2W", "")]),
        ("The club meets on Mondays.", [("Mondays", "SET", "XXXX-WXX-1", "")]),
        ("Members paid $5 a day.", [("a day", "SET", "P1D", "")]),
        # a vague count: no number to compare
        ("The panel meets several times a week.", [("several times a week", "SET", "P1W", "")]),
        # no SET: no freq
        ("The strike lasted five days.", [("five days", "DURATION", "P5D", "")]),
        ("The vote was held on March 2.", [("March 2", "DATE", "2026-03-02", "")]),
    ],
)
def test_no_written_count_no_freq(text, expected):
    assert found(text) == expected


def test_freq_is_a_declared_str_column_of_the_frame(make_plugin_manager):
    """The data contract: `freq` is declared (str) after `mod`, and the frame the runner
    returns carries it with that dtype (an empty string, never missing, with no count)."""
    assert COLUMNS["freq"] == "str"
    names = list(COLUMNS)
    assert names.index("freq") == names.index("mod") + 1
    assert TIMELINE.columns["freq"] == "str"
    corpus = tiny_corpus().head(1).copy()
    corpus.loc[:, "text"] = "The shop opens seven days a week. It shut on 30 September."
    findings = run_analysis(
        "timeline.v1", articles=corpus, plugin_manager=make_plugin_manager(timeline_plugin)
    )
    assert str(findings["freq"].dtype) == "str"
    assert findings[["text", "freq"]].values.tolist() == [
        ["seven days a week", "7D"],
        ["30 September", ""],
    ]


def test_the_view_and_report_show_freq_and_bear_frames_without_it():
    """The findings table shows the count; a frame cached before the column (no `freq`)
    still renders; the report lists it after `mod`."""
    rows = extract_text("The ferry sails twice a day.", "2026-03-04", strict=True)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    assert "freq" in TABLE_COLUMNS
    assert "2X" in findings_table(frame)
    assert "twice a day" in findings_table(frame.drop(columns=["freq"]))
    assert TIMELINE.report_columns.index("freq") == TIMELINE.report_columns.index("mod") + 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The debate will be held on October 15. The senator booked a rally for the day the "
            "debate was to be held.",
            [("October 15", "DATE", "2026-10-15"), ("the day", "DATE", "2026-10-15")],
        ),
        (
            "The mayor spoke on Friday. Her speech came the day after Republicans closed "
            "their convention.",
            [("Friday", "DATE", "2026-02-27"), ("the day", "DATE", "2026-02-27")],
        ),
        (
            "The minister quit on May 3, 2025. He left office the day the audit came out.",
            [("May 3, 2025", "DATE", "2025-05-03"), ("the day", "DATE", "2025-05-03")],
        ),
    ],
)
def test_the_day_before_a_relative_clause_is_the_day_last_named(text, expected):
    assert [r[:3] for r in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no day named: unsaid
        ("She still recalls the day she met him.", []),
        # a day named too far back (three sentences before)
        (
            "The fair opened on May 3. Crowds came. Stalls sold out. Rain fell. Nobody "
            "forgot the day the roof leaked.",
            [("May 3", "DATE", "2026-05-03")],
        ),
        # the clause dates itself later in the sentence: not the day named before
        (
            "The court met on June 15, 2025. The firm says that on the day that the buyer made "
            "its offer (Jan. 3, 2024) no deal existed.",
            [("June 15, 2025", "DATE", "2025-06-15"), ("Jan. 3, 2024", "DATE", "2024-01-03")],
        ),
        # no relative clause: the idiom and the daytime stay out
        (
            "The vote was on March 2. At the end of the day the party was over.",
            [
                ("March 2", "DATE", "2026-03-02"),
            ],
        ),
        (
            "The vote was on March 2. During the day the police arrested ten.",
            [
                ("March 2", "DATE", "2026-03-02"),
            ],
        ),
        (
            "The vote was on March 2. It was the day that changed everything.",
            [
                ("March 2", "DATE", "2026-03-02"),
            ],
        ),
    ],
)
def test_the_day_with_no_day_named_or_no_clause_is_left(text, expected):
    assert [r[:3] for r in found(text)] == expected
