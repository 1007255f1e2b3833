"""A pytest plugin for plugin authors (loaded automatically: entry point ``pytest11``).

Fixtures:

- ``newslens_corpus``: a tiny fixed articles frame (three short news items with dates,
  sources, figures, quotes and dates in the text).
- ``make_plugin_manager``: ``make_plugin_manager(my_plugin)`` builds a fresh manager holding
  the built-in readers and cleaners plus only the plugins you pass (no installed entry points),
  so tests never see each other's plugins.

Helpers (import from ``newslens.testing``): :func:`run_analysis` runs one analysis with
``errors="raise"``; :func:`widget_tree` flattens a widget into (type, description/value) rows
so a view is tested by state, not pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pandas as pd
import pytest

from newslens.analysis import Analysis
from newslens.manager import NewslensPluginManager, get_plugin_manager
from newslens.schema import articles_from_records

TINY_CORPUS: tuple[dict[str, Any], ...] = (
    {
        "article_id": "tiny-1",
        "title": "Ministry says 26 missiles hit 11 targets",
        "text": (
            "The defence ministry said on Wednesday that four warships fired 26 missiles at "
            "11 targets about 1,500km (930 miles) away.\n\n"
            "Opposition groups denied the claim, saying the strikes hit civilians."
        ),
        "published": "2015-10-07",
        "source": "Example Wire",
        "url": "https://example.org/1",
    },
    {
        "article_id": "tiny-2",
        "title": "Officials report 1,400 km strike distance",
        "text": (
            "\u201cWe believe this is a mistake,\u201d the US defence secretary said on Thursday. "
            "Officials put the distance at about 1,400 km (900 miles); the campaign began on "
            "30 September."
        ),
        "published": "2015-10-08",
        "source": "Other Daily",
        "url": "https://example.org/2",
    },
    {
        "article_id": "tiny-3",
        "title": "No figures here",
        "text": "A short item with no numbers and no quotes at all.",
        "published": None,
        "source": "",
        "url": "",
    },
)


def tiny_corpus() -> pd.DataFrame:
    """The fixed corpus as a schema-valid articles frame (``raw_text`` equals ``text``)."""
    return articles_from_records(
        [{**row, "raw_text": row["text"], "notes": ()} for row in TINY_CORPUS]
    )


def run_analysis(
    analysis: Analysis | str,
    articles: pd.DataFrame | None = None,
    plugin_manager: NewslensPluginManager | None = None,
) -> pd.DataFrame:
    """Run one analysis over ``articles`` (default: the tiny corpus), raising on any error."""
    from newslens.runner import analyze

    pm = plugin_manager or get_plugin_manager(entry_points=False)
    frame = tiny_corpus() if articles is None else articles
    results = analyze(frame, [analysis], errors="raise", progress=False, plugin_manager=pm)
    analysis_id = analysis if isinstance(analysis, str) else analysis.id
    return results[analysis_id]


def iter_widgets(widget: Any) -> Iterator[Any]:
    """Depth-first walk over a widget and its children."""
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from iter_widgets(child)


def widget_tree(widget: Any) -> list[tuple[str, str]]:
    """(class name, description or value) for every widget in the tree, for state tests."""
    rows = []
    for item in iter_widgets(widget):
        label = getattr(item, "description", "") or ""
        value = getattr(item, "value", "")
        rows.append((type(item).__name__, str(label or value)[:200]))
    return rows


@pytest.fixture
def newslens_corpus() -> pd.DataFrame:
    """The tiny fixed articles frame."""
    return tiny_corpus()


@pytest.fixture
def make_plugin_manager() -> Callable[..., NewslensPluginManager]:
    """Factory: a fresh manager with built-ins plus only the given plugins, strict."""

    def factory(*plugins: object, builtins: bool = True) -> NewslensPluginManager:
        return get_plugin_manager(
            entry_points=False, plugins=plugins, builtins=builtins, strict=True
        )

    return factory
