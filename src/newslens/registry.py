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
    level: str = "error"  # "error": nothing loaded from it; "warning": loaded with a caveat


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


# --------------------------------------------------------------------------- registries

T = TypeVar("T")


class _Registry(Generic[T]):
    """Items keyed by name, each remembering the plugin that added it."""

    kind = "item"

    def __init__(self) -> None:
        self._items: dict[str, T] = {}
        self._owners: dict[str, str] = {}
        self._plugin = "?"

    def bound_to(self, plugin_name: str) -> _Registry[T]:
        """Set the plugin name recorded for what is added next (used by the core's facade)."""
        self._plugin = plugin_name
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
        """Register ``item``, stamped with the name of the plugin registering it."""
        self._check(item)
        return super().add(dataclasses.replace(item, plugin=self._plugin))
