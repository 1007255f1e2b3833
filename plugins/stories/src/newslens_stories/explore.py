"""The story picker and its three panes in the explorer.

Installed through ``newslens_register_explorer_extensions``: a picker above the article list
narrows the list to one story's articles, and a pane below shows that story (or, with no
story picked, the story of the article on screen): its **disputed figures** (figure x
outlet), its **claims and denials** and its **event timeline**. A click on a row opens the
article at its sentence (the explorer's ``open_finding``). Everything shown comes from the
story frames; nothing is computed here but the rows of the tables.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from newslens_stories.report import (
    CLAIMS_ID,
    FIGURES_ID,
    STORIES_ID,
    TIMELINE_ID,
    stories_by_size,
)

ALL = ""


def _date(value: Any) -> str:
    if value is None or pd.isna(value):
        return ""
    return f"{pd.Timestamp(value):%Y-%m-%d}"


def _int(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


class StoryPane:
    """The picked story's three panes; rows open their article at the sentence."""

    def __init__(self, explorer: Any, picker: Any) -> None:
        import ipywidgets as widgets

        from newslens.explorer_widgets import RowTable

        self.explorer = explorer
        self.picker = picker
        results = explorer.results
        self.stories = results[STORIES_ID]
        # only the columns the panes show: a pick takes a story's rows of these, not of
        # every column the frames carry
        self.figures = _columns(results, FIGURES_ID, FIGURE_COLUMNS)
        self.claims = _columns(results, CLAIMS_ID, CLAIM_COLUMNS)
        self.events = _columns(results, TIMELINE_ID, EVENT_COLUMNS)
        self.heading = widgets.HTML()
        self.figure_table = RowTable(
            name="story-figures",
            columns=[
                {"key": "figure", "label": "figure"},
                {"key": "status", "label": "outlets"},
                {"key": "outlet", "label": "outlet"},
                {"key": "value", "label": "value as written", "wide": True},
                {"key": "said", "label": "according to"},
            ],
            page_size=500,
            empty="No figure of this story is reported by two outlets.",
        )
        self.claim_table = RowTable(
            name="story-claims",
            columns=[
                {"key": "claim", "label": "claim", "wide": True},
                {"key": "stance", "label": "stance"},
                {"key": "speaker", "label": "who"},
                {"key": "outlet", "label": "outlet"},
                {"key": "date", "label": "when"},
            ],
            page_size=500,
            empty="No claim of this story is denied or disputed.",
        )
        self.event_table = RowTable(
            name="story-timeline",
            columns=[
                {"key": "date", "label": "date"},
                {"key": "event", "label": "event", "wide": True},
                {"key": "outlets", "label": "outlets"},
                {"key": "agree", "label": "dates"},
            ],
            page_size=500,
            empty="No dated event in this story.",
        )
        # each frame's rows per story, found once: a pick looks its story up, not the frames
        self._frames = {
            "stories": self.stories,
            "figures": self.figures,
            "claims": self.claims,
            "events": self.events,
        }
        self._rows = {name: _rows_by_story(frame) for name, frame in self._frames.items()}
        self._article_row = {
            str(a): int(i) for i, a in enumerate(self.stories["article_id"].tolist())
        }
        self._open: dict[str, tuple[str, int | None]] = {}
        for table in (self.figure_table, self.claim_table, self.event_table):
            table.on_activate(explorer._guard(self._activate))
        self.widget = widgets.VBox(
            [
                self.heading,
                widgets.HTML("<b>Disputed figures</b> (click a value to open its sentence)"),
                self.figure_table,
                widgets.HTML("<b>Claims and denials</b>"),
                self.claim_table,
                widgets.HTML("<b>What happened when</b>"),
                self.event_table,
            ],
            layout=widgets.Layout(border="1px solid #ccc", padding="4px", margin="6px 0"),
        )
        self._story = None

    # --------------------------------------------------------------- explorer protocol

    def show_selection(self, explorer: Any, positions: Any) -> None:
        self._show(self.picker.value or None)

    def show_article(self, explorer: Any, article: Any) -> None:
        if self.picker.value:
            return
        story = None
        row = self._article_row.get(str(article.article_id)) if article is not None else None
        if row is not None and int(self.stories["story_size"].iat[row]) > 1:
            story = str(self.stories["story_id"].iat[row])
        self._show(story)

    # --------------------------------------------------------------- rendering

    def _activate(self, key: str) -> None:
        article_id, sentence = self._open.get(key, ("", None))
        if article_id:
            self.explorer.open_finding(article_id, sentence=sentence)

    def _show(self, story_id: str | None) -> None:
        if story_id == self._story:
            return
        self._story = story_id
        self._open = {}
        import html

        if story_id is None:
            self.heading.value = "<em>Pick a story, or an article told by several outlets.</em>"
            for table in (self.figure_table, self.claim_table, self.event_table):
                table.rows, table.total = [], 0
            return
        members = self._story_rows("stories", story_id)
        title = str(members["story_title"].iloc[0]) if len(members) else story_id
        self.heading.value = (
            f"<h4 style='margin:2px 0'>Story: {html.escape(title)}</h4>"
            f"<small>{len(members)} articles</small>"
        )
        self._fill(self.figure_table, self._figure_rows(story_id))
        self._fill(self.claim_table, self._claim_rows(story_id))
        self._fill(self.event_table, self._event_rows(story_id))

    def _fill(self, table: Any, rows: list[dict[str, Any]]) -> None:
        with table.hold_sync():
            table.rows = rows
            table.total = len(rows)
            table.pages = 1
            table.page = 0
            table.version += 1

    def _story_rows(self, name: str, story_id: str) -> pd.DataFrame:
        return self._frames[name].iloc[self._rows[name].get(story_id, _NONE)]

    def _row(self, key: str, cells: list[str], article_id: str, sentence: Any) -> dict:
        self._open[key] = (article_id, _int(sentence))
        return {"key": key, "cells": cells}

    def _figure_rows(self, story_id: str) -> list[dict[str, Any]]:
        frame = self.figures
        if not len(frame):
            return []
        mine = self._story_rows("figures", story_id)
        mine = mine[mine["status"] != "single"]
        # figure by figure, the disputed ones first, each figure's outlets by date
        disputed = mine["figure"].isin(mine.loc[mine["status"] == "differ", "figure"])
        mine = mine.assign(_disputed=disputed).sort_values(
            ["_disputed", "figure", "published"], ascending=[False, True, True]
        )
        return [
            self._row(
                f"fig-{i}",
                [
                    str(r.figure),
                    "differ" if r.status == "differ" else "agree",
                    str(r.source or r.article_id),
                    str(r.text),
                    str(r.attributed_to or ""),
                ],
                str(r.article_id),
                r.sentence,
            )
            for i, r in enumerate(mine.itertuples(index=False))
        ]

    def _claim_rows(self, story_id: str) -> list[dict[str, Any]]:
        frame = self.claims
        if not len(frame):
            return []
        mine = self._story_rows("claims", story_id)
        answered = set(mine.loc[mine["stance"].isin(["deny", "dispute"]), "claim_id"])
        mine = mine[mine["claim_id"].isin(answered)].sort_values(["claim_id", "published"])
        return [
            self._row(
                f"claim-{i}",
                [
                    str(r.claim),
                    str(r.stance),
                    str(r.speaker_resolved or r.speaker or ""),
                    str(r.source or r.article_id),
                    _date(r.published),
                ],
                str(r.article_id),
                r.sentence,
            )
            for i, r in enumerate(mine.itertuples(index=False))
        ]

    def _event_rows(self, story_id: str) -> list[dict[str, Any]]:
        frame = self.events
        if not len(frame):
            return []
        mine = self._story_rows("events", story_id).sort_values("date_start")
        rows = []
        for i, r in enumerate(mine.itertuples(index=False)):
            agree = {True: "agree", False: "differ"}.get(
                None if pd.isna(r.dates_agree) else bool(r.dates_agree), "one outlet"
            )
            first = str(r.article_ids[0]) if len(r.article_ids) else ""
            rows.append(
                self._row(
                    f"event-{i}",
                    [_date(r.date_start), str(r.event), ", ".join(r.sources), agree],
                    first,
                    None,
                )
            )
        return rows


_NONE = np.empty(0, dtype=np.intp)
FIGURE_COLUMNS = (
    "story_id", "figure", "status", "published", "source", "article_id", "text",
    "attributed_to", "sentence",
)  # fmt: skip
CLAIM_COLUMNS = (
    "story_id", "claim_id", "claim", "stance", "speaker_resolved", "speaker", "source",
    "article_id", "published", "sentence",
)  # fmt: skip
EVENT_COLUMNS = ("story_id", "date_start", "event", "sources", "dates_agree", "article_ids")


def _columns(results: Any, analysis_id: str, columns: tuple[str, ...]) -> pd.DataFrame:
    if analysis_id not in results:
        return pd.DataFrame()
    frame = results[analysis_id]
    return frame[[c for c in columns if c in frame.columns]]


def _rows_by_story(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Row positions of ``frame`` per story id (empty for a frame without stories)."""
    if not len(frame) or "story_id" not in frame:
        return {}
    return {str(k): v for k, v in frame.groupby("story_id", sort=False).indices.items()}


def install(explorer: Any) -> None:
    """Add the story picker above the article list and the story pane below."""
    import ipywidgets as widgets

    order = stories_by_size(explorer.results, explorer.articles)
    if not len(order):
        return
    stories = explorer.results[STORIES_ID]
    members = {
        str(story_id): set(group["article_id"])
        for story_id, group in stories.groupby("story_id", sort=False)
    }
    options = [("(all stories)", ALL)] + [
        (
            f"{str(row.story_title)[:70]} ({row.story_size} articles, {row.outlets} outlets)",
            str(row.story_id),
        )
        for row in order.itertuples(index=False)
    ]
    picker = widgets.Dropdown(
        options=options,
        value=ALL,
        description="Story",
        layout=widgets.Layout(width="60%"),
    )
    articles = explorer.articles["article_id"]

    def in_story(value: str) -> Any:
        if not value:
            return None
        return articles.isin(members.get(value, set())).to_numpy()

    explorer.add_filter("story", picker, in_story, empty=ALL)
    explorer.children = (picker, *explorer.children)
    explorer.add_pane(StoryPane(explorer, picker))
