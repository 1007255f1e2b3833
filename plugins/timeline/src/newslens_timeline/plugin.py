"""Registers ``timeline.v1`` through the public hook, exactly as a third-party plugin would."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens import Analysis, hookimpl
from newslens_timeline.extract import COLUMNS, extract

if TYPE_CHECKING:  # pragma: no cover
    from newslens.registry import AnalysisRegistry


TIMELINE = Analysis(
    id="timeline.v1",
    title="Timeline",
    extract=extract,
    columns=COLUMNS,
    requires=("published",),
    summarize=None,  # the corpus summary and the view are wired in by summary.py/view.py
    view=None,
    description=(
        "Temporal expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) normalised against "
        "the publication date: '30 September' is 2015-09-30, 'last week' 2015-W40, 'a week' "
        "P1W, with date bounds and the sentence they date. Impossible dates are reported as "
        "invalid."
    ),
)


@hookimpl
def newslens_register_analyses(registry: AnalysisRegistry) -> None:
    """Add ``timeline.v1``."""
    registry.add(TIMELINE)
