"""Tables for people (``newslens.report_tables.people_table``): what a report reader sees."""

from __future__ import annotations

import pandas as pd

from newslens.report_tables import people_table

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2"],
        "title": ["Bridge <closed>", "Port reopens"],
        "source": ["Example Wire", "Other Daily"],
        "published": pd.to_datetime(["2024-05-06", "2024-05-07 09:30"], format="ISO8601", utc=True),
    }
)


def _headers(table: str) -> list[str]:
    head = table.split("</thead>")[0]
    return [cell.split("</th>")[0] for cell in head.split("<th>")[1:]]


def test_a_frame_repeating_the_articles_title_outlet_and_date_shows_them_once():
    frame = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "key": ["people", "people"],
            "source": ["Example Wire", "Other Daily"],
            "title": ["Bridge <closed>", "Port reopens"],
            "published": pd.to_datetime(
                ["2024-05-06", "2024-05-07 09:30"], format="ISO8601", utc=True
            ),
            "articles": [2, 2],
        }
    )
    table = people_table(frame, ARTICLES)
    assert _headers(table) == ["article", "outlet", "date", "key", "articles"]
    assert "Bridge &lt;closed&gt;" in table  # escaped, once
    assert table.count("Bridge &lt;closed&gt;") == 1
    # a column that differs from the article's (another outlet's title) is kept
    frame.loc[0, "title"] = "A headline of its own"
    assert "title" in _headers(people_table(frame, ARTICLES))


def test_blank_columns_are_left_out_and_wide_frames_name_what_they_leave_out():
    frame = pd.DataFrame({f"c{i}": [i, i + 1] for i in range(15)})
    frame["empty"] = [None, ""]
    frame["nan"] = [float("nan")] * 2
    table = people_table(frame, max_columns=12)
    assert _headers(table) == [f"c{i}" for i in range(12)]
    assert "Not shown here, in the findings files: c12, c13, c14." in table
    assert "empty" not in table and ">nan<" not in table
    # asked for by name, a column is shown even when blank
    assert "empty" in _headers(people_table(frame, keep=("empty",), max_columns=20))


def test_a_missing_date_is_an_empty_cell_not_nat():
    frame = pd.DataFrame(
        {"text": ["a week", "Monday"], "when": pd.to_datetime([None, "2024-05-06"], utc=True)}
    )
    table = people_table(frame)
    assert "NaT" not in table and "2024-05-06" in table


def test_a_list_cell_shows_each_value_once_with_its_count():
    frame = pd.DataFrame(
        {
            "event": ["the port reopened"],
            "sources": [["Example Wire", "Other Daily", "Example Wire", "Example Wire"]],
        }
    )
    table = people_table(frame, ARTICLES)
    assert "Example Wire ×3; Other Daily" in table
    assert table.count("Example Wire") == 1
