"""The story picker and panes in the explorer (state tests; the browser test drives them)."""

from __future__ import annotations

import newslens
from newslens.registry import ExplorerExtension

STORY_IDS = ["story.figures.v1", "story.claims.v1", "story.timeline.v1"]


def test_the_picker_narrows_the_list_and_the_panes_open_sentences(story_corpus):
    results = newslens.analyze(story_corpus, STORY_IDS, progress=False)
    explorer = newslens.explore(story_corpus, results, background=False)
    picker = explorer.children[0]
    assert picker.description == "Story"
    story = next(value for label, value in picker.options if "Kestrel Bay" in label)
    picker.value = story
    assert sorted(explorer.list.row_keys()) == sorted(
        a for a in story_corpus["article_id"] if a.startswith("kestrel-")
    )
    pane = explorer._panes[-1]
    figures = [r["cells"] for r in pane.figure_table.rows]
    assert ["oil mass", "differ", "Coastline Daily", "2,000 tonnes", "Save Kestrel Bay"] in figures
    assert all(cells[1] in {"agree", "differ"} for cells in figures)  # no single figure
    stances = {r["cells"][1] for r in pane.claim_table.rows}
    assert "deny" in stances
    dates = [r["cells"][0] for r in pane.event_table.rows]
    assert "2025-03-10" in dates and dates == sorted(dates)
    key = next(r["key"] for r in pane.figure_table.rows if r["cells"][2] == "Coastline Daily")
    pane.figure_table.activate(key)
    assert explorer.picked == "kestrel-coastline-daily"
    assert explorer.text_view.focus["sentence"] == pane._open[key][1]
    picker.value = ""
    assert len(explorer.list.row_keys()) == min(len(story_corpus), explorer.page_size)


def test_without_a_story_picked_the_pane_follows_the_article(story_corpus):
    results = newslens.analyze(story_corpus, STORY_IDS, progress=False)
    explorer = newslens.explore(story_corpus, results, background=False)
    pane = explorer._panes[-1]
    explorer.select("kestrel-valley-courier")
    assert "Kestrel Bay" in pane.heading.value
    stories = results["stories.v1"]
    lone = stories.loc[stories["story_size"] == 1, "article_id"].iloc[0]
    explorer.select(lone)
    assert "Pick a story" in pane.heading.value


def test_a_failing_extension_is_shown_and_the_explorer_still_opens(story_corpus):
    def broken(explorer):
        raise RuntimeError("extension <broke>")

    class Plugin:
        @newslens.hookimpl
        def newslens_register_explorer_extensions(self, registry):
            registry.add(ExplorerExtension(id="demo.broken", install=broken))

    pm = newslens.get_plugin_manager(entry_points=False, plugins=[Plugin()])
    results = newslens.analyze(story_corpus.head(3), ["stories.v1"], progress=False)
    explorer = newslens.explore(story_corpus.head(3), results, plugin_manager=pm)
    assert "extension <broke>" in str(explorer.errors_out.outputs)
    assert explorer.list.row_keys()


def test_every_storys_panes_hold_its_rows_in_the_documented_order(story_corpus):
    """The panes order each frame once for all stories; every story must still get exactly
    its own rows: figures two outlets give (disputed ones first, then by figure, then by
    date), the claims some outlet denies or disputes (by claim, then date), events by date."""
    results = newslens.analyze(story_corpus, STORY_IDS, progress=False)
    explorer = newslens.explore(story_corpus, results, background=False)
    pane = explorer._panes[-1]
    figures = results["story.figures.v1"]
    claims = results["story.claims.v1"]
    events = results["story.timeline.v1"]
    checked = 0
    for story_id in results["stories.v1"]["story_id"].unique():
        mine = figures[(figures["story_id"] == story_id) & (figures["status"] != "single")]
        disputed = set(mine.loc[mine["status"] == "differ", "figure"])
        expected = sorted(
            zip(mine["figure"], mine["published"], mine["article_id"], mine["text"], strict=True),
            key=lambda row: (row[0] not in disputed, row[0], row[1]),
        )
        got = [(r[0], r[3], r[4]) for r in pane._figures.rows(story_id)]
        assert got == [(f, a, t) for f, _, a, t in expected]
        said = claims[claims["story_id"] == story_id]
        answered = set(said.loc[said["stance"].isin(["deny", "dispute"]), "claim_id"])
        assert sorted(r[0] for r in pane._claims.rows(story_id)) == sorted(
            said.loc[said["claim_id"].isin(answered), "claim"]
        )
        dated = events.loc[events["story_id"] == story_id, "date_start"]
        starts = [r[0] for r in pane._events.rows(story_id)]
        assert starts == sorted(dated)
        checked += len(got) + len(starts)
    assert checked > 0
