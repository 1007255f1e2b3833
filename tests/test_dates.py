"""Publication dates are read as written: day/month order per file, times and offsets kept."""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

import newslens
from newslens.cli import cli
from newslens.dates import day_order


def write_csv(path, dates):
    frame = pd.DataFrame(
        {
            "headline": [f"Story {i}" for i in range(len(dates))],
            "body": [f"The council met again, meeting number {i}." for i in range(len(dates))],
            "date": dates,
        }
    )
    frame.to_csv(path, index=False)
    return path


def published(frame):
    return [str(stamp.date()) for stamp in frame["published"]]


def test_one_value_over_twelve_settles_the_whole_column(tmp_path):
    path = write_csv(tmp_path / "export.csv", ["05/11/2024", "03/04/2024", "25/12/2023"])
    articles = newslens.load(path)
    assert published(articles) == ["2024-11-05", "2024-04-03", "2023-12-25"]
    assert newslens.load_report(articles).empty
    assert any("read day/month" in note for note in articles["notes"][0])


def test_month_first_evidence_reads_month_first(tmp_path):
    path = write_csv(tmp_path / "us.csv", ["05/11/2024", "12/25/2023"])
    assert published(newslens.load(path)) == ["2024-05-11", "2023-12-25"]


def test_an_ambiguous_file_is_flagged_or_follows_the_option(tmp_path):
    path = write_csv(tmp_path / "ambiguous.csv", ["05/11/2024", "03/04/2024"])
    articles = newslens.load(path)
    assert published(articles) == ["2024-05-11", "2024-03-04"]
    (issue,) = newslens.load_report(articles).to_dict("records")
    assert issue["level"] == "warning" and "--dayfirst" in issue["cause"]
    assert str(path) in issue["path"]
    articles = newslens.load(path, dayfirst=True)
    assert published(articles) == ["2024-11-05", "2024-04-03"]
    assert newslens.load_report(articles).empty


def test_the_cli_takes_dayfirst(tmp_path):
    path = write_csv(tmp_path / "ambiguous.csv", ["05/11/2024", "03/04/2024"])
    out = tmp_path / "articles.parquet"
    result = CliRunner().invoke(cli, ["load", str(path), "--dayfirst", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert published(pd.read_parquet(out)) == ["2024-11-05", "2024-04-03"]
    flagged = CliRunner().invoke(cli, ["load", str(path)])
    assert "--dayfirst" in flagged.output


def test_iso_dates_are_never_in_question():
    assert day_order(["2024-05-11", "2024-03-04T10:00Z", None, 17]).dayfirst is None


def test_html_published_time_keeps_time_and_offset(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-09-12T07:45+01:00">'
        "<title>Council votes</title></head><body><article><h1>Council votes</h1>"
        "<p>The city council voted on Thursday to close the old bridge for repairs, "
        "which engineers have called urgent for several years now.</p>"
        "<p>Traffic will be diverted through the east side until the spring.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (stamp,) = newslens.load(page)["published"]
    assert stamp == pd.Timestamp("2024-09-12T06:45Z")
