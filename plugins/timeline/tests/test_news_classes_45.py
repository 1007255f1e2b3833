"""Round forty-five's fix, on invented news sentences.

Wire copy cites newspapers as "dailies": "the party daily said", "a Harbor City daily,
said", "the Turin daily, La Voce, said", "in an interview with the daily." A newspaper is
no time, and TimeML leaves it untagged; main's code left out only "daily" before a name and
read the rest as the rate "each day". "daily" is now a newspaper when a reporting verb
follows it, when a name set off by commas or a reporting verb follows after a comma and an
article or a possessive with a paper's description stands before it, or when it is a bare
noun after its article ("the daily.", "the daily's"). An adverb after a verb ("prices rose
daily, said Jane Roe") and an adjective before a noun stay the rate. Before a name, an
article "a", a count or "average" makes "daily" the adjective of a rate ("a daily Aspirin",
"three daily Harbor City flights"), which main's code read as a newspaper.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def sets(text: str) -> list[tuple[str, str]]:
    """The "daily" rates found, with their values."""
    return [
        (f["text"], f["value"])
        for f in extract_text(text, "2021-04-09", strict=True)
        if f["text"].lower() == "daily"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an article before: a dose taken each day
        "The physician said the senator was given vitamin C, Zantac and a daily Aspirin.",
        # a count before: flights each day
        "The carrier will add three daily Harbor City flights from its Denver hub.",
        # "average" before: a day's turnover
        "Dealers said average daily Bund trading fell to 41 billion dlrs last month.",
    ],
)
def test_daily_after_an_article_a_count_or_average_is_a_rate(text: str) -> None:
    assert sets(text) == [("daily", "P1D")]


@pytest.mark.parametrize(
    "text",
    [
        # a newspaper, after "the" and an adjective, or a possessive: no time
        "The Portuguese daily Jornal Novo said the talks had stalled.",
        "The minister told the business daily Handelsrat that rates would fall.",
        "Ruritania's daily Morgenpost reported the strike on its front page.",
    ],
)
def test_a_newspaper_named_after_daily_stays_untagged_as_before(text: str) -> None:
    assert sets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a reporting verb right after: the paper is its subject
        "Output at the mills fell sharply, the provincial daily said on Tuesday.",
        "The financial daily quoted the minister as saying rates would hold.",
        # after a comma: a reporting verb, or the paper's name set off by commas
        "Dagblad Nord, a Ruritanian daily, said the harvest was the worst in years.",
        "The Turin daily, La Voce, said the merger talks had broken down.",
        "The chairman told Tarnow's business daily, Nordposten.",
        # a bare noun after its article
        "He made the remarks in an interview with the daily.",
        "The daily's editor resigned after the report.",
        # an Arabic name in lower case after it
        "The minister was quoted by the local daily al-Wafra as saying supplies were ample.",
    ],
)
def test_a_daily_newspaper_is_no_time(text: str) -> None:
    assert sets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an adverb after a verb, then an inverted attribution: the rate
        "Prices at the pump rose daily, said Jane Roe, an analyst.",
        "The index fell daily, said the analyst.",
        # an adverb after a count, a sentence's end: the rate
        "The mine is expected to produce about 90 tonnes of copper concentrate daily.",
        # an adjective before a noun: the rate
        "Exporters entered the shipments in the daily sales log.",
        # set by a named body each day, then a verb: the rate
        "The reference rate, fixed by the Monetary Authority daily, stands near 7.8.",
    ],
)
def test_daily_after_a_verb_or_before_a_noun_stays_a_rate(text: str) -> None:
    assert sets(text) == [("daily", "P1D")]
