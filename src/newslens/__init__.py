"""newslens: who claims what, which numbers are reported, and what happened when.

The public API. ``import newslens`` is cheap and loads no plugin: plugins are found when a
plugin manager is first needed (see :func:`get_plugin_manager`).
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from newslens.analysis import Analysis, Article, ViewContext
from newslens.hookspecs import hookimpl
from newslens.registry import Cleaned, Cleaner, LoadIssue, Reader, RegistrationError, Source

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
    "local_plugin": "newslens.manager",
    "PluginError": "newslens.manager",
    "AnalysisError": "newslens.assembly",
    "AnalysisTimeout": "newslens.runner",
    "ExtractorOutputError": "newslens.frames",
    "PlanError": "newslens.plan",
    "SchemaError": "newslens.schema",
    "explore": "newslens.explorer",
    "validate_articles": "newslens.schema",
    "sample_path": "newslens.samples",
    "Store": "newslens.store",
    "release_memory": "newslens.memory",
}

#: Modules reachable as attributes (``newslens.manager.local_plugin``) without an import.
_SUBMODULES = frozenset(
    {
        "analysis", "assembly", "cli", "display", "explorer", "frames", "hookspecs", "keys",
        "loading", "manager", "memory", "plan", "registry", "report", "reporting", "results_io",
        "runner", "schema", "sentences", "store", "testing",
    }
)  # fmt: skip

__all__ = [
    "Analysis",
    "AnalysisError",
    "AnalysisTimeout",
    "Article",
    "Cleaned",
    "Cleaner",
    "ExtractorOutputError",
    "LoadIssue",
    "PlanError",
    "PluginError",
    "Reader",
    "RegistrationError",
    "Results",
    "SchemaError",
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
    "local_plugin",
    "plugins",
    "release_memory",
    "sample_path",
    "validate_articles",
]

if _TYPE_CHECKING:  # pragma: no cover
    from newslens.assembly import AnalysisError
    from newslens.explorer import explore
    from newslens.frames import ExtractorOutputError
    from newslens.loading import clean_text, iter_load, load, load_report
    from newslens.manager import PluginError, get_plugin_manager, local_plugin, plugins
    from newslens.memory import release_memory
    from newslens.plan import PlanError
    from newslens.runner import AnalysisTimeout, Results, analyze
    from newslens.samples import sample_path
    from newslens.schema import SchemaError, validate_articles
    from newslens.store import Store


def __getattr__(name: str) -> _Any:
    if name in _SUBMODULES:
        return _import_module(f"newslens.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newslens' has no attribute {name!r}")
    value = getattr(_import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *_SUBMODULES})
