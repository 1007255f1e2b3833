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


def _when(start: Any, end: Any, grain: Any) -> str:
    """An event's date as a reader says it: its first day, or "first to last" for a range
    ("since 2008" to the telling, "March 1-20"), whose exclusive end is the day after."""
    if grain != "range" or end is None or pd.isna(end):
        return _date(start)
    return f"{_date(start)} to {_date(pd.Timestamp(end) - pd.Timedelta(days=1))}"


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
        # Every pane's rows are ordered and turned into Python lists once, here: a pick takes
        # its story's slice of them and runs no pandas (the panes were a third of a pick's
        # time in the kernel when each pick filtered and sorted the frames).
        self._members = _Slices(self.stories, ["story_title"])
        self._figures = _Slices(_figure_order(self.figures), FIGURE_CELLS)
        self._claims = _Slices(_claim_order(self.claims), CLAIM_CELLS)
        self._events = _Slices(_event_order(self.events), EVENT_CELLS)
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
        members = self._members.rows(story_id)
        title = str(members[0][0]) if members else story_id
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

    def _row(self, key: str, cells: list[str], article_id: str, sentence: Any) -> dict:
        self._open[key] = (article_id, _int(sentence))
        return {"key": key, "cells": cells}

    def _figure_rows(self, story_id: str) -> list[dict[str, Any]]:
        return [
            self._row(
                f"fig-{i}",
                [
                    str(figure),
                    "differ" if status == "differ" else "agree",
                    str(source or article_id),
                    str(text),
                    str(attributed_to or ""),
                ],
                str(article_id),
                sentence,
            )
            for i, (figure, status, source, article_id, text, attributed_to, sentence) in (
                enumerate(self._figures.rows(story_id))
            )
        ]

    def _claim_rows(self, story_id: str) -> list[dict[str, Any]]:
        rows = []
        for i, row in enumerate(self._claims.rows(story_id)):
            claim, stance, speaker_resolved, speaker, source, article_id, published, sentence = row
            cells = [
                str(claim),
                str(stance),
                str(speaker_resolved or speaker or ""),
                str(source or article_id),
                _date(published),
            ]
            rows.append(self._row(f"claim-{i}", cells, str(article_id), sentence))
        return rows

    def _event_rows(self, story_id: str) -> list[dict[str, Any]]:
        rows = []
        for i, (date_start, date_end, grain, event, sources, dates_agree, article_ids) in enumerate(
            self._events.rows(story_id)
        ):
            agree = {True: "agree", False: "differ"}.get(
                None if pd.isna(dates_agree) else bool(dates_agree), "one outlet"
            )
            first = str(article_ids[0]) if len(article_ids) else ""
            rows.append(
                self._row(
                    f"event-{i}",
                    [_when(date_start, date_end, grain), str(event), ", ".join(sources), agree],
                    first,
                    None,
                )
            )
        return rows


class _Slices:
    """A frame's ``cells`` columns as Python lists, in the frame's order, with each story's
    run of rows found once (the frame is ordered by story first). ``rows(story)`` is then a
    slice of lists, a pick's whole cost."""

    def __init__(self, frame: pd.DataFrame, cells: Any) -> None:
        self._spans: dict[str, tuple[int, int]] = {}
        if not len(frame) or "story_id" not in frame:
            self._columns: list[list[Any]] = []
            return
        self._columns = [frame[c].tolist() if c in frame else [None] * len(frame) for c in cells]
        start = 0
        ids = frame["story_id"].astype(str).tolist()
        for end in range(1, len(ids) + 1):
            if end == len(ids) or ids[end] != ids[start]:
                self._spans[ids[start]] = (start, end)
                start = end

    def rows(self, story_id: str) -> list[tuple[Any, ...]]:
        start, end = self._spans.get(story_id, (0, 0))
        return list(zip(*(column[start:end] for column in self._columns), strict=True))


def _by_story(frame: pd.DataFrame, columns: list[str], ascending: list[bool]) -> pd.DataFrame:
    """``frame`` ordered by story, then ``columns``; stable, so ties keep the frame's order."""
    return frame.sort_values(["story_id", *columns], ascending=[True, *ascending], kind="mergesort")


def _figure_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Figure by figure, the figures outlets dispute first, each figure's outlets by date;
    a figure only one outlet gives is left out."""
    if not len(frame) or "story_id" not in frame:
        return frame
    mine = frame[frame["status"] != "single"]
    differ = mine["status"].eq("differ").groupby([mine["story_id"], mine["figure"]])
    mine = mine.assign(_disputed=differ.transform("any"))
    return _by_story(mine, ["_disputed", "figure", "published"], [False, True, True])


def _claim_order(frame: pd.DataFrame) -> pd.DataFrame:
    """The claims a story's outlets deny or dispute, claim by claim, each by date."""
    if not len(frame) or "story_id" not in frame:
        return frame
    answered = frame["stance"].isin(["deny", "dispute"])
    answered = answered.groupby([frame["story_id"], frame["claim_id"]]).transform("any")
    return _by_story(frame[answered], ["claim_id", "published"], [True, True])


def _event_order(frame: pd.DataFrame) -> pd.DataFrame:
    """A story's events by date."""
    if not len(frame) or "story_id" not in frame:
        return frame
    return _by_story(frame, ["date_start"], [True])


FIGURE_CELLS = ("figure", "status", "source", "article_id", "text", "attributed_to", "sentence")
CLAIM_CELLS = (
    "claim", "stance", "speaker_resolved", "speaker", "source", "article_id", "published",
    "sentence",
)  # fmt: skip
EVENT_CELLS = (
    "date_start",
    "date_end",
    "granularity",
    "event",
    "sources",
    "dates_agree",
    "article_ids",
)
FIGURE_COLUMNS = (
    "story_id", "figure", "status", "published", "source", "article_id", "text",
    "attributed_to", "sentence",
)  # fmt: skip
CLAIM_COLUMNS = (
    "story_id", "claim_id", "claim", "stance", "speaker_resolved", "speaker", "source",
    "article_id", "published", "sentence",
)  # fmt: skip
EVENT_COLUMNS = (
    "story_id", "date_start", "date_end", "granularity", "event", "sources", "dates_agree",
    "article_ids",
)  # fmt: skip


def _columns(results: Any, analysis_id: str, columns: tuple[str, ...]) -> pd.DataFrame:
    if analysis_id not in results:
        return pd.DataFrame()
    frame = results[analysis_id]
    return frame[[c for c in columns if c in frame.columns]]


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
