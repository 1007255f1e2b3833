"""Registers ``numbers.v1`` through the public hook, exactly as a third-party plugin would."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens import Analysis, hookimpl
from newslens_numbers.extract import COLUMNS, extract
from newslens_numbers.summary import summarize

if TYPE_CHECKING:  # pragma: no cover
    import ipywidgets

    from newslens import ViewContext
    from newslens.registry import AnalysisRegistry


def view(context: ViewContext) -> ipywidgets.Widget:
    """Lazy trampoline: ipywidgets is imported only when a view is actually built."""
    from newslens_numbers.view import view as build

    return build(context)


def report(context: ViewContext) -> list:
    """Lazy trampoline for the report section (:mod:`newslens_numbers.report`)."""
    from newslens_numbers.report import report as build

    return build(context)


NUMBERS = Analysis(
    id="numbers.v1",
    title="Numbers",
    extract=extract,
    columns=COLUMNS,
    # a loader's dateline field (Reuters-21578 keeps it outside the text): it settles the
    # currency of a bare dollar in a story datelined in Canada, Australia, New Zealand, ...
    reads=("dateline",),
    summarize=summarize,
    view=view,
    report=report,
    report_columns=(
        "text",
        "value",
        "value_high",
        "unit",
        "per",
        "quantity",
        "kind",
        "modifier",
        "consistency",
    ),
    description=(
        "Every figure in the text: value (ranges as value/value_high), canonical unit and "
        "the denominator of a compound unit (per), the counted noun (and singular), modifier "
        "(about, at least, ..., vague), value in base units; numbers inside names kept as "
        "kind 'name'; dates, times, ids and phone numbers left out. Two expressions of one "
        "measure ('1,500km (930 miles)') are linked and checked for consistency; the summary "
        "compares the same counted noun or measure across articles and sources."
    ),
)


@hookimpl
def newslens_register_analyses(registry: AnalysisRegistry) -> None:
    """Add ``numbers.v1``."""
    registry.add(NUMBERS)
