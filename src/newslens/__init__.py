"""newslens: who claims what, which numbers are reported, and what happened when.

The public API. ``import newslens`` is cheap and loads no plugin: plugins are found when a
plugin manager is first needed (see :func:`get_plugin_manager`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from newslens.analysis import Analysis, Article, ViewContext
from newslens.hookspecs import hookimpl
from newslens.registry import Cleaned, Cleaner, LoadIssue, Reader, Source

__version__ = "0.1.0"

# Heavier entry points are imported on first use, so `import newslens` stays fast.
_LAZY = {
    "load": "newslens.loading",
    "load_report": "newslens.loading",
    "iter_load": "newslens.loading",
    "clean_text": "newslens.loading",
    "analyze": "newslens.runner",
    "Results": "newslens.runner",
    "get_plugin_manager": "newslens.manager",
    "plugins": "newslens.manager",
    "explore": "newslens.explorer",
    "validate_articles": "newslens.schema",
    "sample_path": "newslens.samples",
    "Store": "newslens.store",
}

__all__ = [
    "Analysis",
    "Article",
    "Cleaned",
    "Cleaner",
    "LoadIssue",
    "Reader",
    "Results",
    "Source",
    "Store",
    "ViewContext",
    "__version__",
    "analyze",
    "clean_text",
    "explore",
    "get_plugin_manager",
    "hookimpl",
    "iter_load",
    "load",
    "load_report",
    "plugins",
    "sample_path",
    "validate_articles",
]

if TYPE_CHECKING:  # pragma: no cover
    from newslens.explorer import explore
    from newslens.loading import clean_text, iter_load, load, load_report
    from newslens.manager import get_plugin_manager, plugins
    from newslens.runner import Results, analyze
    from newslens.samples import sample_path
    from newslens.schema import validate_articles
    from newslens.store import Store


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newslens' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
