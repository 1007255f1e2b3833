"""One list of index names for both passes that read a share index's points
(``common.INDEX_NAMED``), on invented text. Before it, the pass for points written after a
figure knew "index" only in lower case and took every "at N points" for "at one point" (a
time), so a level "closed at 1,512.3 points" kept its counted noun while the pass for a
carried level left it bare. Each positive fails on main's code (0.28.11); each negative
passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["kind"], f["noun"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares on the Harbour Stock Exchange closed at 1,512.30 points on Friday.",
            [("1,512.30", "number", "")],
        ),
        (
            "The Colombo All Share Index fell a record 36.5 points, or nearly six pct.",
            [("36.5", "number", ""), ("six pct", "percent", "")],
        ),
        (
            "Dealers recalled the record fall of 420 points on the Composite last October.",
            [("420", "number", "")],
        ),
        (
            "The market's main gauge shed 2,100.75 points, officials of the stock exchange said.",
            [("2,100.75", "number", "")],
        ),
    ],
)
def test_index_points_with_the_name_written_any_way(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At one point the index was down sharply before buyers returned.",
            [("one", "count", "point")],
        ),
        (
            "The guard scored an average of 25 points a game last season.",
            [("25", "count", "point")],
        ),
    ],
)
def test_not_an_index_level(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected
