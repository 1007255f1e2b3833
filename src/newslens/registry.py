"""Registrars handed to plugins, and the small data types they register.

A registry records which plugin added each item, so a clash names both plugins and
``newslens plugins`` can say who provides what.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from newslens.analysis import Analysis


class RegistrationError(ValueError):
    """A plugin registered something invalid or already taken."""


# --------------------------------------------------------------------------- readers


@dataclass(frozen=True)
class Source:
    """One file handed to a reader, with the options :func:`newslens.load` was given.

    ``column_map`` maps the file's column or key names to article fields
    (``{"body": "text", "date": "published"}``); readers of tabular formats apply it.
    ``encoding`` forces a text encoding instead of detecting it.
    """

    path: Path
    column_map: Mapping[str, str] = field(default_factory=dict)
    encoding: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LoadIssue:
    """Something that could not be loaded, and why. Readers yield these for skipped records."""

    path: str
    cause: str
    line: int | None = None
    record: str | None = None
    #: "error": nothing loaded from it; "warning": loaded with a caveat; "info": skipped as no
    #: article (a README met in a folder)
    level: str = "error"


ReadFunction = Callable[[Source], Iterable["dict[str, Any] | LoadIssue"]]


@dataclass(frozen=True)
class Reader:
    """A file format: ``read`` yields article dicts (and :class:`LoadIssue` for skipped ones)."""

    name: str
    extensions: tuple[str, ...]
    read: ReadFunction
    description: str = ""

    def __post_init__(self) -> None:
        bad = [e for e in self.extensions if not e.startswith(".") or e != e.lower()]
        if not self.extensions or bad:
            raise RegistrationError(
                f"reader {self.name!r}: extensions must be lower-case and start with '.', got "
                f"{self.extensions!r}"
            )


# --------------------------------------------------------------------------- cleaners


@dataclass(frozen=True)
class Cleaned:
    """What a cleaner returns: the new text, field updates, and notes on what it changed."""

    text: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


CleanFunction = Callable[[str, Mapping[str, Any]], Cleaned]


@dataclass(frozen=True)
class Cleaner:
    """One step of the cleaning pipeline; steps run in ascending ``order``."""

    name: str
    order: int
    clean: CleanFunction
    description: str = ""


# --------------------------------------------------------------------------- report sections


@dataclass(frozen=True)
class ReportContext:
    """What a report section is given: the run's frames and the report's options.

    :param articles: the articles frame.
    :param results: the :class:`newslens.Results` of the run (findings, summaries, errors).
    :param options: the report's parameters a section may use (e.g. ``claims``, a list of
        claims the analyst typed), as given to :func:`newslens.reporting.plugin_sections`.
    """

    articles: Any
    results: Any
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportSection:
    """A section of the report (and of the exploration notebook) that is not one analysis's
    findings: a claim checker, a cross-analysis overview.

    :param id: unique, dotted, lower case (``stance.claims``); the HTML section's id is
        ``section-`` plus it, with dots as dashes.
    :param title: the section's heading.
    :param render: ``render(context) -> list`` of what to show in a static report: strings
        (escaped), data frames (tables), matplotlib figures (embedded PNG), objects with
        ``_repr_html_``. Runs in report runs, and in JupyterLab when there is no ``widget``.
    :param widget: optional ``widget(context) -> ipywidgets.Widget``, the interactive form
        shown in JupyterLab (it displays frames; long work shows progress).
    :param needs: analysis ids the section reads; without them it shows a one-line note.
    :param order: sections show in ascending order; a negative order opens the report (right
        after the overview, e.g. the stories), others follow the analyses' sections.
    """

    id: str
    title: str
    render: Callable[[ReportContext], Iterable[Any]]
    widget: Callable[[ReportContext], Any] | None = None
    needs: tuple[str, ...] = ()
    order: int = 100
    description: str = ""

    @property
    def name(self) -> str:
        return self.id


# --------------------------------------------------------------------------- explorer extensions


@dataclass(frozen=True)
class ExplorerExtension:
    """Something a plugin adds to the explorer: a picker beside the article picker, a pane.

    :param id: unique, dotted, lower case (``stories.picker``).
    :param install: ``install(explorer)``, called once when an explorer opens on results that
        hold every id in ``needs``. It uses the explorer's public methods only:
        ``add_filter(name, control, mask)`` (a control that narrows the article list),
        ``add_pane(pane)`` (a pane told about every pick and selection),
        ``open_finding(article_id, sentence=...)`` (click-through), ``run_task(...)`` (long
        work with progress and Cancel), and ``results``/``articles`` (frames to display; an
        extension computes nothing). One that raises is shown in the explorer's error area,
        the rest of the explorer works.
    :param needs: analysis ids whose frames it reads.
    :param order: extensions install in ascending order.
    """

    id: str
    install: Callable[[Any], None]
    needs: tuple[str, ...] = ()
    order: int = 100
    description: str = ""

    @property
    def name(self) -> str:
        return self.id


# --------------------------------------------------------------------------- registries

T = TypeVar("T")


class _Registry(Generic[T]):
    """Items keyed by name, each remembering the plugin that added it."""

    kind = "item"

    def __init__(self) -> None:
        self._items: dict[str, T] = {}
        self._owners: dict[str, str] = {}
        self._plugin = "?"
        self._version = ""

    def bound_to(self, plugin_name: str, version: str = "") -> _Registry[T]:
        """Set the plugin name (and its version) recorded for what is added next (used by the
        core's facade)."""
        self._plugin = plugin_name
        self._version = version
        return self

    def _key(self, item: T) -> str:
        return item.name  # type: ignore[attr-defined]

    def _check(self, item: T) -> None:
        pass

    def add(self, item: T) -> T:
        """Register ``item``; a name already taken raises, naming both plugins."""
        self._check(item)
        key = self._key(item)
        if key in self._items:
            raise RegistrationError(
                f"{self.kind} {key!r} from plugin {self._plugin!r} is already registered by "
                f"plugin {self._owners[key]!r}"
            )
        self._items[key] = item
        self._owners[key] = self._plugin
        return item

    def remove_plugin(self, plugin_name: str) -> None:
        """Drop everything a plugin added (when its registration hook failed half-way)."""
        for key in [k for k, owner in self._owners.items() if owner == plugin_name]:
            del self._items[key]
            del self._owners[key]

    def owner(self, key: str) -> str:
        return self._owners[key]

    def by_plugin(self, plugin_name: str) -> list[str]:
        return [k for k, owner in self._owners.items() if owner == plugin_name]

    def __getitem__(self, key: str) -> T:
        try:
            return self._items[key]
        except KeyError:
            available = ", ".join(sorted(self._items)) or "none"
            raise KeyError(f"no {self.kind} named {key!r}. Available: {available}") from None

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def names(self) -> list[str]:
        return list(self._items)


class ReaderRegistry(_Registry[Reader]):
    """Readers by name; each extension may belong to one reader only."""

    kind = "reader"

    def _check(self, item: Reader) -> None:
        if not isinstance(item, Reader):
            raise RegistrationError(f"expected a newslens Reader, got {type(item).__name__}")
        for ext in item.extensions:
            other = self.for_extension(ext)
            if other is not None:
                raise RegistrationError(
                    f"extension {ext!r} of reader {item.name!r} (plugin {self._plugin!r}) is "
                    f"already claimed by reader {other.name!r} (plugin {self.owner(other.name)!r})"
                )

    def for_extension(self, extension: str) -> Reader | None:
        extension = extension.lower()
        for reader in self:
            if extension in reader.extensions:
                return reader
        return None

    def extensions(self) -> list[str]:
        return sorted(ext for reader in self for ext in reader.extensions)


class CleanerRegistry(_Registry[Cleaner]):
    """Cleaners by name; :meth:`pipeline` gives them in run order."""

    kind = "cleaner"

    def _check(self, item: Cleaner) -> None:
        if not isinstance(item, Cleaner):
            raise RegistrationError(f"expected a newslens Cleaner, got {type(item).__name__}")

    def pipeline(self) -> list[Cleaner]:
        return sorted(self, key=lambda c: (c.order, c.name))


class AnalysisRegistry(_Registry[Analysis]):
    """Analyses by versioned id (``numbers.v1``)."""

    kind = "analysis"

    def _key(self, item: Analysis) -> str:
        return item.id

    def _check(self, item: Analysis) -> None:
        if not isinstance(item, Analysis):
            raise RegistrationError(f"expected a newslens Analysis, got {type(item).__name__}")

    def add(self, item: Analysis) -> Analysis:
        """Register ``item``, stamped with the name of the plugin registering it and its
        version, which every cache key includes: the analysis's own ``version`` joined to the
        plugin's (a distribution's, else a hash of the plugin's source), either alone when the
        other is empty. Why both: an analysis that pins ``version="2"`` for a change of its
        columns' meaning must still be recomputed when a release changes its rules, or a cache
        would serve the old rules' results."""
        self._check(item)
        version = "+".join(v for v in (item.version, self._version) if v)
        return super().add(dataclasses.replace(item, plugin=self._plugin, version=version))


class ReportSectionRegistry(_Registry[ReportSection]):
    """Report sections by id; :meth:`ordered` gives them in display order."""

    kind = "report section"

    def _check(self, item: ReportSection) -> None:
        if not isinstance(item, ReportSection):
            raise RegistrationError(f"expected a newslens ReportSection, got {type(item).__name__}")
        if not callable(item.render) or (item.widget is not None and not callable(item.widget)):
            raise RegistrationError(f"report section {item.id!r}: render/widget must be callable")

    def ordered(self) -> list[ReportSection]:
        return sorted(self, key=lambda s: (s.order, s.id))


class ExplorerExtensionRegistry(_Registry[ExplorerExtension]):
    """Explorer extensions by id; :meth:`ordered` gives them in install order."""

    kind = "explorer extension"

    def _check(self, item: ExplorerExtension) -> None:
        if not isinstance(item, ExplorerExtension) or not callable(item.install):
            raise RegistrationError(
                f"expected a newslens ExplorerExtension with a callable install, got {item!r}"
            )

    def ordered(self) -> list[ExplorerExtension]:
        return sorted(self, key=lambda e: (e.order, e.id))
