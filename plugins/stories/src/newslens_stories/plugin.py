"""Registers the story analyses through the public hook, as a third-party plugin would.

Every analysis here is corpus-level: a pure ``combine(inputs, articles)`` and declared
``inputs`` (the ids of the frames it reads). None imports another plugin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens import Analysis, hookimpl
from newslens_stories import claims, figures, stories, timeline
from newslens_stories.report import disagreements_first, figures_report

if TYPE_CHECKING:  # pragma: no cover
    import click

    from newslens.registry import (
        AnalysisRegistry,
        ExplorerExtensionRegistry,
        ReportSectionRegistry,
    )

STORIES = Analysis(
    id="stories.v1",
    title="Stories",
    combine=stories.combine,
    inputs=(),
    columns=stories.COLUMNS,
    # a reader is shown stories by headline; ids are hashes, for joins
    report_columns=("story_title", "story_size", "similarity"),
    description=(
        "Which articles report the same event: one row per article with its story (a stable "
        "id named after the story's first-published article), a representative headline, the "
        "story's size, the article's similarity to it and the story's first publication. Text "
        "similarity (words, names, figures) within a time window, average link; works without "
        "dates and without titles."
    ),
)

FIGURES = Analysis(
    id="story.figures.v1",
    title="Story figures",
    combine=figures.combine,
    batch_by="story_id",  # a story's rows read only its articles: bounded memory
    inputs=("stories.v1", "numbers.v1", "stance.attributions.v1"),
    columns=figures.COLUMNS,
    report_columns=("figure", "text", "value", "unit", "attributed_to", "status", "spread"),
    report=figures_report,
    report_rows=disagreements_first,
    description=(
        "The same figure across the outlets of a story: one row per (story, figure, article), "
        "figure = counted noun (plus the outcome its clause names: people killed) or dimension "
        "(plus the measured noun), with the value in base units, who it is attributed to, and "
        "its status against other outlets' articles of the same week: agree, differ (beyond "
        "the rounding the writing implies: 1,500km and 930 miles agree) or single (no other "
        "outlet to compare with)."
    ),
)

CLAIMS = Analysis(
    id="story.claims.v1",
    title="Story claims",
    combine=claims.combine,
    batch_by="story_id",  # a story's rows read only its articles: bounded memory
    inputs=("stories.v1", "stance.attributions.v1"),
    columns=claims.COLUMNS,
    report_columns=("claim", "speaker", "speaker_resolved", "stance"),
    description=(
        "Claims of a story and their reception: who asserts, reports, hedges, denies or "
        "disputes each claim, in which outlet and when. Denials in every common phrasing; 'the "
        "report', 'these allegations' resolved to the claim they answer."
    ),
)

TIMELINE = Analysis(
    id="story.timeline.v1",
    title="Story timeline",
    combine=timeline.combine,
    batch_by="story_id",  # a story's rows read only its articles: bounded memory
    inputs=("stories.v1", "timeline.v1"),
    columns=timeline.COLUMNS,
    report_columns=("date_start", "granularity", "event", "sources", "dates_agree"),
    description=(
        "What happened when, per story: one row per event (the clause a date anchors) with "
        "its date and granularity, the articles and outlets that report it, when it was first "
        "reported, and whether the outlets' dates agree."
    ),
)


@hookimpl
def newslens_register_analyses(registry: AnalysisRegistry) -> None:
    """Add the story analyses."""
    for analysis in (STORIES, FIGURES, CLAIMS, TIMELINE):
        registry.add(analysis)


@hookimpl
def newslens_register_report_sections(registry: ReportSectionRegistry) -> None:
    """The report's opening stories section (disputed figures, claims and denials, events)."""
    from newslens_stories.report import SECTION

    registry.add(SECTION)


@hookimpl
def newslens_register_commands(cli: click.Group) -> None:
    """``newslens stories SOURCES... [--out DIR]``."""
    from newslens_stories.command import stories_command

    cli.add_command(stories_command)


@hookimpl
def newslens_register_explorer_extensions(registry: ExplorerExtensionRegistry) -> None:
    """The story picker beside the article picker, and the story's three panes."""
    from newslens.registry import ExplorerExtension
    from newslens_stories.explore import install

    registry.add(
        ExplorerExtension(
            id="stories.picker",
            install=install,
            needs=("stories.v1",),
            description="Pick a story: its disputed figures, claims and denials, and events.",
        )
    )
