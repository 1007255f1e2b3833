"""Every built-in reader, through ``newslens.load`` (the way users reach them)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import newslens
from newslens.manager import get_plugin_manager
from newslens.readers.common import resolve_columns
from newslens.readers.text import split_title
from newslens.schema import validate_articles

BODY = (
    "The city council approved the new budget on Monday after a three-hour debate.\n\n"
    "Officials said 4,200 new homes would be built by 2027."
)


@pytest.fixture(scope="module")
def pm():
    return get_plugin_manager(entry_points=False)


def _load(*sources, pm, **kw):
    frame = newslens.load(*sources, plugin_manager=pm, **kw)
    validate_articles(frame)
    return frame, newslens.load_report(frame)


def test_builtin_readers_are_registered_through_the_hook(pm) -> None:
    readers = pm.readers()
    assert set(readers.names()) >= {"txt", "json", "jsonl", "csv", "parquet", "html"}
    assert all(readers.owner(n) == "newslens.readers" for n in readers.names())
    assert readers.for_extension(".HTM").name == "html"


# ------------------------------------------------------------------------ txt


def test_txt_first_nonempty_line_is_title(tmp_path: Path, pm) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n\n  Budget approved  \n\n" + BODY + "\n", encoding="utf-8")
    frame, report = _load(path, pm=pm)
    assert report.empty
    row = frame.iloc[0]
    assert row.title == "Budget approved"
    assert row.text == BODY
    assert row.raw_text.strip() == BODY
    assert row.path == str(path)


def test_split_title_of_blank_text() -> None:
    assert split_title("\n \n") == ("", "")
    assert split_title("Only a title") == ("Only a title", "")


def test_txt_with_title_only_is_reported_as_empty_text(tmp_path: Path, pm) -> None:
    (tmp_path / "t.txt").write_text("Just a headline\n", encoding="utf-8")
    frame, report = _load(tmp_path / "t.txt", pm=pm)
    assert frame.empty
    assert "empty text" in report.cause.iloc[0]


# ------------------------------------------------------------------------ json


def test_json_object(tmp_path: Path, pm) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": 7, "headline": "Budget", "body": BODY, "tags": ["x"]}))
    frame, report = _load(path, pm=pm)
    assert report.empty
    row = frame.iloc[0]
    assert (row.article_id, row.title, row.text) == ("7", "Budget", BODY)
    assert row.tags == ["x"]  # extra key kept as an extra column


def test_json_list_and_nested_list(tmp_path: Path, pm) -> None:
    items = [{"title": f"T{i}", "text": f"{BODY} ({i})"} for i in range(3)]
    (tmp_path / "list.json").write_text(json.dumps(items))
    (tmp_path / "nested.json").write_text(json.dumps({"count": 2, "articles": items[:2]}))
    frame, report = _load(tmp_path / "list.json", tmp_path / "nested.json", pm=pm)
    assert report.empty
    assert frame.title.tolist() == ["T0", "T1", "T2", "T0", "T1"]
    assert frame.article_id.is_unique  # origin (path + record number) makes ids differ


def test_json_malformed_and_missing_text(tmp_path: Path, pm) -> None:
    (tmp_path / "bad.json").write_text('{"title": "x",\n "text": }')
    (tmp_path / "notext.json").write_text(json.dumps([{"title": "x", "summary": "y"}]))
    frame, report = _load(tmp_path / "bad.json", tmp_path / "notext.json", pm=pm)
    assert frame.empty
    causes = dict(zip(report.path.map(lambda p: Path(p).name), report.cause, strict=True))
    assert causes["bad.json"].startswith("malformed JSON")
    assert report.line.iloc[0] == 2
    assert "'summary'" in causes["notext.json"] and "--map" in causes["notext.json"]


# ------------------------------------------------------------------------ jsonl


def test_jsonl_broken_line_reported_with_line_number(tmp_path: Path, pm) -> None:
    lines = [
        json.dumps({"title": "A", "text": BODY}),
        "",
        '{"title": "B", "text": "unterminated',
        json.dumps({"title": "C", "content": BODY + " C", "date": "2020-01-02"}),
        json.dumps(["not", "an", "object"]),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    frame, report = _load(path, pm=pm)
    assert frame.title.tolist() == ["A", "C"]
    assert frame.published.iloc[1] == pd.Timestamp("2020-01-02", tz="UTC")
    broken = report[report.cause.str.startswith("malformed JSON line")]
    assert broken.line.tolist() == [3]
    assert report.line.tolist() == [3, 5]


# ------------------------------------------------------------------------ csv / parquet


def test_csv_with_aliases_and_extras(tmp_path: Path, pm) -> None:
    frame_in = pd.DataFrame(
        {
            "Headline": ["One", "Two"],
            "Body": [BODY, BODY + " Two."],
            "pubdate": ["2019-01-04", "not a date"],
            "Link": ["https://a.example/1", "https://a.example/2"],
            "section": ["world", "local"],
        }
    )
    frame_in.to_csv(tmp_path / "t.csv", index=False)
    frame, report = _load(tmp_path / "t.csv", pm=pm)
    assert report.empty
    assert frame.title.tolist() == ["One", "Two"]
    assert frame.url.iloc[0] == "https://a.example/1"
    assert frame.section.tolist() == ["world", "local"]
    assert frame.published.iloc[0] == pd.Timestamp("2019-01-04", tz="UTC")
    assert pd.isna(frame.published.iloc[1])
    assert any("could not be read as a date" in n for n in frame.notes.iloc[1])


def test_csv_without_text_column_names_columns_and_how_to_map(tmp_path: Path, pm) -> None:
    pd.DataFrame({"headline": ["x"], "story_html": ["<p>y</p>"]}).to_csv(
        tmp_path / "n.csv", index=False
    )
    frame, report = _load(tmp_path / "n.csv", pm=pm)
    assert frame.empty
    cause = report.cause.iloc[0]
    assert "'headline'" in cause and "'story_html'" in cause and "column_map" in cause
    # and the mapping it suggests works
    frame, report = _load(tmp_path / "n.csv", pm=pm, column_map={"story_html": "text"})
    assert report.empty and frame.text.iloc[0] == "<p>y</p>"


def test_column_map_wins_over_aliases(tmp_path: Path, pm) -> None:
    pd.DataFrame({"body": ["teaser text"], "full": [BODY], "when": ["2021-05-06"]}).to_csv(
        tmp_path / "m.csv", index=False
    )
    frame, _ = _load(tmp_path / "m.csv", pm=pm, column_map={"full": "text", "when": "published"})
    assert frame.text.iloc[0] == BODY
    assert frame.body.iloc[0] == "teaser text"  # unmapped column kept as an extra
    assert frame.published.iloc[0] == pd.Timestamp("2021-05-06", tz="UTC")


def test_resolve_columns_rules() -> None:
    assert resolve_columns(["Title", "content", "body"], None) == {
        "Title": "title",
        "content": "text",
    }
    assert resolve_columns(["text", "body"], {"body": "text"}) == {"body": "text"}
    assert resolve_columns(["published_at", "outlet", "article_id"], None) == {
        "published_at": "published",
        "outlet": "source",
        "article_id": "id",
    }


def test_csv_empty_text_row_reported_rest_loads(tmp_path: Path, pm) -> None:
    pd.DataFrame({"title": ["a", "b", "c"], "text": [BODY, "", "  "]}).to_csv(
        tmp_path / "e.csv", index=False
    )
    frame, report = _load(tmp_path / "e.csv", pm=pm)
    assert frame.title.tolist() == ["a"]
    assert report.line.tolist() == [5, 6]  # file lines: row "a" spans lines 2-4 (BODY has \n\n)
    assert report.cause.str.contains("empty text").all()


def test_csv_bad_row_reported_with_line_rest_loads(tmp_path: Path, pm) -> None:
    (tmp_path / "c.csv").write_text(
        "title,text,text,extra\nA,body one,dup,1\nB,,dup2,2\nC,body three\nD,body four,x,y,z\n"
    )
    frame, report = _load(tmp_path / "c.csv", pm=pm)
    assert frame.title.tolist() == ["A", "C"]
    assert frame["text.1"].iloc[0] == "dup"  # repeated header kept, renamed
    assert pd.isna(frame["text.1"].iloc[1])
    assert list(zip(report.line, report.cause, strict=True)) == [
        (3, "empty text; not loaded"),
        (5, "CSV row has 5 fields, the header 4; row skipped"),
    ]


def test_parquet(tmp_path: Path, pm) -> None:
    pd.DataFrame(
        {"id": ["p1", "p2"], "text": [BODY, BODY + " More."], "words": [20, 21]}
    ).to_parquet(tmp_path / "t.parquet")
    frame, report = _load(tmp_path / "t.parquet", pm=pm)
    assert report.empty
    assert frame.article_id.tolist() == ["p1", "p2"]
    assert frame.words.tolist() == [20, 21]


def test_corrupt_parquet_is_reported(tmp_path: Path, pm) -> None:
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 this is not parquet")
    frame, report = _load(tmp_path / "bad.parquet", pm=pm)
    assert frame.empty and "Parquet" in report.cause.iloc[0]


# ------------------------------------------------------------------------ html

HTML = """<html><head><title>Harbour bridge reopens - Example Times</title>
<meta property="og:site_name" content="Example Times"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<link rel="canonical" href="https://example.org/news/bridge"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Thursday after eight months of repairs, the city
council said in a statement.</p>
<p>Engineers replaced 240 steel cables and resurfaced the deck, at a cost of about 12 million
euros.</p>
<p>"We finished two weeks ahead of schedule &amp; under budget," the council's chief engineer
told reporters.</p>
</article><footer>Copyright 2021 Example Times. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path, pm) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    frame, report = _load(tmp_path / "page.html", pm=pm)
    assert report.empty
    row = frame.iloc[0]
    assert row.title == "Harbour bridge reopens after repairs"
    assert row.source == "Example Times"
    assert row.url == "https://example.org/news/bridge"
    assert row.author == "Jane Doe"
    assert row.published == pd.Timestamp("2021-03-04T10:00Z")  # the time is kept
    assert "240 steel cables" in row.text and "& under budget" in row.text
    assert "Home" not in row.text and "Copyright" not in row.text
    assert row.text.count("\n\n") == 2  # three paragraphs kept apart


def test_html_without_main_text_is_reported(tmp_path: Path, pm) -> None:
    (tmp_path / "empty.htm").write_text(
        "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>"
    )
    frame, report = _load(tmp_path / "empty.htm", pm=pm)
    assert frame.empty and "no main text" in report.cause.iloc[0]


def test_json_paragraph_list_and_epoch_dates(tmp_path: Path, pm) -> None:
    items = [
        {"title": "s", "text": ["Para one.", "Para two."], "published": 1588334400},
        {"title": "ms", "text": BODY, "published": 1588334400000},
    ]
    (tmp_path / "e.json").write_text(json.dumps(items))
    frame, _ = _load(tmp_path / "e.json", pm=pm)
    assert frame.text.iloc[0] == "Para one.\n\nPara two."
    assert (frame.published == pd.Timestamp("2020-05-01 12:00", tz="UTC")).all()
