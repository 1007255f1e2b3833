"""What analysts see of the stories: the report's opening section and `newslens stories`."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from click.testing import CliRunner
from newslens_stories.report import render, stories_by_size, stories_text, story_summary

import newslens
from newslens.cli import cli
from newslens.registry import ReportContext
from newslens.reporting import plugin_sections

from .conftest import KESTREL

STORY_IDS = ["story.figures.v1", "story.claims.v1", "story.timeline.v1"]


@pytest.fixture(scope="module")
def full_results(story_corpus):
    return newslens.analyze(story_corpus, STORY_IDS, progress=False)


def kestrel_id(results) -> str:
    stories = results["stories.v1"]
    (story_id,) = stories[stories["article_id"] == "kestrel-harbour-gazette"]["story_id"]
    return story_id


def test_the_multi_outlet_story_comes_first_among_stories_of_its_size(full_results, story_corpus):
    order = stories_by_size(full_results, story_corpus)
    assert order["story_id"].iloc[0] == kestrel_id(full_results)
    assert order["outlets"].iloc[0] == 5 and (order["story_size"] >= 2).all()


def test_story_panes_show_what_the_outlets_disagree_on(full_results):
    story = story_summary(full_results, kestrel_id(full_results))
    assert story.size == 5 and len(story.outlets) == 5
    figures = story.figures.set_index("figure")
    assert figures.loc["oil mass", "differs"]
    assert figures.loc["oil mass", "Coastline Daily"] == "2,000 tonnes (Save Kestrel Bay)"
    assert figures.loc["oil mass", "Harbour Gazette"] == "1,200 tonnes"
    assert not figures.loc["tugboats", "differs"]  # one outlet only: single, not disputed
    denied = story.claims[story.claims["answered"]]
    (claim,) = [c for c in denied["claim"] if "safety warnings" in c]
    answers = denied.set_index("claim").loc[claim, "answered by"]
    for outlet in ("The Northern Ledger", "Coastline Daily", "Meridian Wire", "Valley Courier"):
        assert f"deny, {outlet}" in answers
    assert "2025-03-10" in set(story.events["date"].dt.strftime("%Y-%m-%d"))


def test_the_report_opens_with_the_stories_escaped_and_with_a_timeline(
    full_results, story_corpus, monkeypatch
):
    monkeypatch.setenv("NEWSLENS_REPORT", "1")
    hostile = story_corpus.copy()
    kestrel = hostile["article_id"].str.startswith("kestrel-")
    hostile.loc[kestrel, "title"] = "<b>Tanker</b> " + hostile.loc[kestrel, "title"]
    results = newslens.analyze(hostile, STORY_IDS, progress=False)
    lead = plugin_sections(hostile, results, lead=True)
    (section,) = [s for s in lead if 'id="section-stories"' in s.html]
    page = section.html
    assert "Disputed figures" in page and "Claims and denials" in page
    assert "data:image/svg+xml;base64," in page  # the event timeline
    assert "&lt;b&gt;Tanker&lt;/b&gt;" in page and "<b>Tanker" not in page
    headings = re.findall(r'class="newslens-story"[^>]*><h3>(.*?)</h3>', page)
    assert "Kestrel Bay" in headings[0]  # the five-outlet story first
    assert not any('id="section-stories"' in s.html for s in plugin_sections(
        hostile, results, lead=False))  # fmt: skip


def test_a_corpus_without_shared_stories_says_so_in_one_line():
    articles = newslens.load(str(KESTREL)).head(1)
    results = newslens.analyze(articles, STORY_IDS, progress=False)
    (line,) = render(ReportContext(articles, results))
    assert "No story has two or more articles" in line


def test_newslens_stories_prints_disputed_figures_and_denials(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["stories", str(KESTREL), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Tanker runs aground off Kestrel Bay" in text
    assert re.search(r"figure differs: oil mass: .*2,000 tonnes", text)
    assert "answered by: Brightwater Shipping (deny, The Northern Ledger" in text
    assert (out / "story.figures.v1.parquet").exists()
    assert stories_text(newslens.Results(findings={}, errors=None)) == (  # type: ignore[arg-type]
        "No story has two or more articles."
    )


def test_newslens_stories_fails_clearly_on_an_empty_corpus(tmp_path):
    result = CliRunner().invoke(cli, ["stories", str(tmp_path / "missing")])
    assert result.exit_code == 1 and "nothing could be loaded" in result.output


def test_a_story_of_many_articles_gets_one_line_per_figure():
    """Past a handful of articles a column per article stops reading: one line per figure,
    how many articles give it and its distinct values, each with its first outlet."""
    import pandas as pd
    from newslens_stories.report import MAX_OUTLET_COLUMNS, MAX_VALUES, StorySummary, story_html

    outlets = [f"Outlet {i}" for i in range(MAX_OUTLET_COLUMNS + 3)]
    figures = pd.DataFrame(
        [
            {"figure": "dead", "differs": True, **{o: str(10 + i) for i, o in enumerate(outlets)}},
            {"figure": "tugboats", "differs": False, outlets[0]: "three", outlets[1]: "three"},
        ]
    )
    story = StorySummary(
        story_id="s",
        title="A <b>big</b> story",
        size=len(outlets),
        outlets=outlets,
        first=None,
        last=None,
        figures=figures,
        claims=pd.DataFrame(columns=["answered"]),
        events=pd.DataFrame(),
    )
    page = story_html(story)
    header = re.findall(r"<th>([^<]*)</th>", page)
    assert header == ["figure", "articles", "as written"]
    assert (
        "10 [Outlet 0]; 11 [Outlet 1]" in page and f"and {len(outlets) - MAX_VALUES} more" in page
    )
    assert "three [Outlet 0]</td>" in page  # one value, given by two outlets, listed once
    figures.loc[1, outlets[1]] = None  # a figure only one article gives is no comparison
    assert "tugboats" not in story_html(story)
    assert "&lt;b&gt;big" in page


def test_newslens_stories_keeps_a_many_article_figure_to_one_readable_line(monkeypatch):
    import pandas as pd
    from newslens_stories import report as module

    outlets = [f"Outlet {i}" for i in range(module.MAX_VALUES + 4)]
    figures = pd.DataFrame([{"figure": "dead", "differs": True, **{o: "1" for o in outlets}}])
    story = module.StorySummary(
        story_id="s", title="t", size=len(outlets), outlets=outlets, first=None, last=None,
        figures=figures, claims=pd.DataFrame(columns=["answered"]), events=pd.DataFrame(),
    )  # fmt: skip
    monkeypatch.setattr(
        module, "stories_by_size", lambda *a, **k: pd.DataFrame({"story_id": ["s"]})
    )
    monkeypatch.setattr(module, "summaries", lambda *a, **k: [story])
    (line,) = [x for x in stories_text({}).splitlines() if "figure differs" in x]
    assert line.count("Outlet") == module.MAX_VALUES and line.endswith("; and 4 more")


def test_an_events_outlets_are_named_once_with_their_count():
    from newslens_stories.report import _outlets_text

    assert _outlets_text(["Wire", "Daily", "Wire", "Wire"]) == "Wire ×3, Daily"
    assert _outlets_text(["Wire"]) == "Wire"


def test_a_one_outlet_story_says_why_no_figure_is_disputed():
    import pandas as pd
    from newslens_stories.report import StorySummary, story_html

    def page(outlets: list[str]) -> str:
        return story_html(
            StorySummary(
                story_id="s",
                title="A story",
                size=3,
                outlets=outlets,
                first=None,
                last=None,
                figures=pd.DataFrame(columns=["figure", "differs"]),
                claims=pd.DataFrame(columns=["answered"]),
                events=pd.DataFrame(),
            )
        )

    assert "One outlet only" in page(["Wire"])
    assert "The outlets agree" in page(["Wire", "Gazette"])


def test_the_story_figures_section_counts_what_the_outlets_could_compare():
    import pandas as pd
    from newslens_stories.report import disagreements_first, figures_report

    def row(story, figure, article, text, status):
        return {
            "story_id": story,
            "figure": figure,
            "article_id": article,
            "text": text,
            "attributed_to": "",
            "status": status,
            "published": pd.Timestamp("2025-01-01"),
        }

    frame = pd.DataFrame(
        [
            row("s1", "boats", "a", "3", "agree"),
            row("s1", "boats", "b", "3", "agree"),
            row("s1", "people killed", "a", "4", "differ"),
            row("s1", "people killed", "b", "9", "differ"),
            row("s2", "tonnes", "c", "12 tonnes", "single"),
        ]
    )

    class Context:
        all_findings = frame
        articles = pd.DataFrame({"article_id": ["a", "b", "c"], "title": ["A <i>", "B", "C"]})

    chart, text = figures_report(Context())
    bars = chart.axes[0]
    # only the stories whose outlets could be compared (named by their first article)
    assert [t.get_text() for t in bars.get_yticklabels()] == ["A <i>"]
    assert [p.get_width() for p in bars.patches] == [1.0, 1.0, 0.0]  # differ, agree, one outlet
    alone = frame[frame["story_id"] == "s2"]

    class OneOutlet:
        all_findings = alone
        articles = Context.articles

    bars = figures_report(OneOutlet())[0].axes[0]
    assert [t.get_text() for t in bars.get_yticklabels()] == ["C"]
    assert "2 figure(s) given by two or more outlets" in text
    assert "1 with values that differ" in text and "1 more given by one outlet only" in text
    first = disagreements_first(frame)
    assert first["figure"].tolist() == [
        "people killed",
        "people killed",
        "boats",
        "boats",
        "tonnes",
    ]


def test_stories_several_outlets_tell_come_before_larger_one_outlet_ones():
    import pandas as pd

    rows = [("big", f"b{i}", 5, "Wire") for i in range(5)] + [
        ("pair", "p1", 2, "Wire"),
        ("pair", "p2", 2, "Gazette"),
    ]
    stories = pd.DataFrame(
        {"story_id": [r[0] for r in rows], "article_id": [r[1] for r in rows],
         "story_size": [r[2] for r in rows], "story_title": [r[0] for r in rows],
         "first_published": pd.Timestamp("2025-01-01", tz="UTC")}
    )  # fmt: skip
    articles = pd.DataFrame({"article_id": [r[1] for r in rows], "source": [r[3] for r in rows]})
    order = stories_by_size({"stories.v1": stories}, articles)
    assert order["story_id"].tolist() == ["pair", "big"]
    assert stories_by_size({"stories.v1": stories})["story_id"].tolist() == ["big", "pair"]


def test_a_denial_of_nothing_told_in_the_story_is_not_shown_as_someones_claim():
    from newslens_stories.report import UNTOLD, _claims_pane

    day = pd.Timestamp("2024-03-01", tz="UTC")
    rows = [
        ("c1", "the dam was opened", "assert", "Farmers", "Outlet A"),
        ("c1", "the dam was opened", "deny", "The ministry", "Outlet B"),
        ("c2", "the levy will rise in May", "deny", "The mayor", "Outlet B"),
        ("c3", "the new levy", "deny", "The mayor", "Outlet B"),  # a stance on a thing
    ]
    claims = pd.DataFrame(
        [{"claim_id": i, "claim": c, "stance": st, "speaker": who, "speaker_resolved": who,
          "source": src, "published": day} for i, c, st, who, src in rows]
    )  # fmt: skip
    pane = _claims_pane(claims).set_index("claim")
    assert pane.loc["the dam was opened", "told"]
    assert pane.loc["the dam was opened", "asserted by"].startswith("Farmers (assert")
    assert not pane.loc["the levy will rise in May", "told"]
    assert pane.loc["the levy will rise in May", "asserted by"] == UNTOLD
    assert list(pane.index) == ["the dam was opened", "the levy will rise in May"]  # no levy row


def test_a_range_event_is_a_bar_to_its_last_day_and_an_event_of_one_date_a_dot():
    import pandas as pd
    from matplotlib.collections import LineCollection
    from newslens_stories.explore import _when
    from newslens_stories.report import StorySummary, _events_pane, timeline_figure

    events = pd.DataFrame(
        {
            "date_start": pd.to_datetime(["2024-05-01", "2024-05-06"], utc=True),
            # exclusive ends: a run since May 1 told on May 8; a day, May 6
            "date_end": pd.to_datetime(["2024-05-09", "2024-05-07"], utc=True),
            "granularity": ["range", "day"],
            "event": ["The quay has been shut", "The crews went on strike"],
            "sources": [["Wire"], ["Daily"]],
            "first_reported": pd.to_datetime(["2024-05-08", "2024-05-08"], utc=True),
            "dates_agree": [pd.NA, pd.NA],
        }
    )
    pane = _events_pane(events)
    assert pane["until"].dt.strftime("%Y-%m-%d").fillna("").tolist() == ["2024-05-08", ""]
    story = StorySummary(
        story_id="s", title="t", size=2, outlets=["Wire", "Daily"],
        first=pd.Timestamp("2024-05-08", tz="UTC"), last=pd.Timestamp("2024-05-08", tz="UTC"),
        figures=pd.DataFrame(), claims=pd.DataFrame(columns=["answered"]), events=pane,
    )  # fmt: skip
    (axes,) = timeline_figure(story).axes
    (bars,) = [c for c in axes.collections if isinstance(c, LineCollection)]
    assert len(bars.get_segments()) == 1  # the range only
    # the explorer says the range's days as a reader would
    assert _when(events["date_start"][0], events["date_end"][0], "range") == (
        "2024-05-01 to 2024-05-08"
    )
    assert _when(events["date_start"][1], events["date_end"][1], "day") == "2024-05-06"
