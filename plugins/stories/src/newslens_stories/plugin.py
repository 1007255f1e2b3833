"""Registers the story analyses through the public hook, as a third-party plugin would.

Every analysis here is corpus-level: a pure ``combine(inputs, articles)`` and declared
``inputs`` (the ids of the frames it reads). None imports another plugin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens import Analysis, hookimpl
from newslens_stories import stories

if TYPE_CHECKING:  # pragma: no cover
    from newslens.registry import AnalysisRegistry

STORIES = Analysis(
    id="stories.v1",
    title="Stories",
    combine=stories.combine,
    inputs=(),
    columns=stories.COLUMNS,
    description=(
        "Which articles report the same event: one row per article with its story (a stable "
        "id named after the story's first-published article), a representative headline, the "
        "story's size, the article's similarity to it and the story's first publication. Text "
        "similarity (words, names, figures) within a time window, average link; works without "
        "dates and without titles."
    ),
)


@hookimpl
def newslens_register_analyses(registry: AnalysisRegistry) -> None:
    """Add the story analyses."""
    registry.add(STORIES)
