"""The plugin manager factory and the one typed facade through which the core calls hooks.

There is no global plugin manager: :func:`get_plugin_manager` builds a fresh one each time
(tests build one holding only the plugin under test). ``import newslens`` loads nothing.

Environment variables (read when a manager is built):

- ``NEWSLENS_PLUGINS``: comma-separated allow-list of entry-point plugin names; when set,
  only those entry points load (built-ins always do).
- ``NEWSLENS_BLOCK_PLUGINS``: comma-separated entry-point names never to load.
- ``NEWSLENS_TRACE_PLUGINS=1``: print each plugin load and hook call to stderr.
- ``NEWSLENS_PLUGINS_DIR``: a folder (or several, separated by ``os.pathsep``) whose ``*.py``
  files are each loaded as a one-file plugin (the CLI's ``--plugins-dir`` sets it).
- ``NEWSLENS_STRICT_PLUGINS=1``: a plugin that fails to import or register raises instead of
  being reported and skipped (the ``strict=True`` argument does the same).
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from types import ModuleType
from typing import Any

import pandas as pd
import pluggy

from newslens import hookspecs
from newslens.keys import distribution_version, source_version
from newslens.registry import (
    AnalysisRegistry,
    CleanerRegistry,
    ExplorerExtensionRegistry,
    ReaderRegistry,
    ReportSectionRegistry,
    _Registry,
)

ENTRY_POINT_GROUP = "newslens"

#: Core modules registered as plugins, exactly as a third party's would be.
BUILTIN_PLUGINS: tuple[str, ...] = ("newslens.readers", "newslens.cleaners")

HOOK_NAMES: tuple[str, ...] = tuple(
    name
    for name in dir(hookspecs)
    if name.startswith("newslens_") and callable(getattr(hookspecs, name))
)


class PluginError(RuntimeError):
    """A plugin failed to import or register (raised only in strict mode)."""


@dataclass
class PluginRecord:
    """What ``newslens plugins`` shows for one plugin."""

    name: str
    source: str  # "built-in", "entry point", "local"
    distribution: str = ""
    version: str = ""
    module: str = ""
    hooks: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _env_list(name: str) -> set[str] | None:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return None
    return {part.strip() for part in raw.split(",") if part.strip()}


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


class NewslensPluginManager(pluggy.PluginManager):
    """A pluggy manager plus the typed facade the core uses instead of ``pm.hook.*``.

    Each registrar hook is called once per plugin (not as one pluggy call) so that what a
    plugin registers is attributed to it, and a plugin whose hook raises loses only its own
    contribution.
    """

    def __init__(self, *, strict: bool = False, trace: bool = False) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        self.strict = strict
        self.trace_enabled = trace
        self.records: dict[str, PluginRecord] = {}
        self._registries: dict[str, _Registry[Any]] = {}

    # ----------------------------------------------------------------- registration

    def _trace(self, message: str) -> None:
        if self.trace_enabled:
            print(f"[newslens plugins] {message}", file=sys.stderr)

    def _fail(self, record: PluginRecord, message: str, exc: BaseException | None = None) -> None:
        record.errors.append(message)
        self._trace(f"{record.name}: {message}")
        if self.strict:
            raise PluginError(f"plugin {record.name!r}: {message}") from exc

    def add_plugin(
        self,
        plugin: object,
        name: str | None = None,
        *,
        source: str = "local",
        distribution: str = "",
        version: str = "",
        module: str = "",
    ) -> PluginRecord:
        """Register ``plugin`` (a module or object with hook functions) and record it.

        Functions named ``newslens_*`` that are not hooks are rejected (with the valid names),
        so a typo cannot silently disable a plugin.
        """
        name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
        record = PluginRecord(
            name=name,
            source=source,
            distribution=distribution,
            version=version or (source_version(plugin) if source != "built-in" else ""),
            module=module or getattr(plugin, "__name__", type(plugin).__module__),
        )
        existing = self.records.get(name)
        if existing is not None and existing.module != record.module:
            # Two plugins by one name: the first keeps it; the second is listed with the error.
            record.name = f"{name} ({record.module})"
            self.records[record.name] = record
            self._fail(
                record,
                f"plugin name {name!r} ({source}: {record.module}) is already taken by "
                f"{existing.source} plugin {existing.module!r}",
            )
            return record
        self.records[name] = record
        unknown = sorted(
            attr
            for attr in dir(plugin)
            if attr.startswith("newslens_")
            and callable(getattr(plugin, attr, None))
            and attr not in HOOK_NAMES
        )
        if unknown:
            self._fail(
                record,
                f"unknown hook(s) {', '.join(unknown)}; valid hooks: {', '.join(HOOK_NAMES)}",
            )
            return record
        try:
            self.register(plugin, name=name)
        except Exception as exc:  # pluggy validation errors, duplicate names
            self._fail(record, f"could not register: {type(exc).__name__}: {exc}", exc)
            return record
        record.hooks = sorted(
            hook
            for hook in HOOK_NAMES
            if any(impl.plugin_name == name for impl in getattr(self.hook, hook).get_hookimpls())
        )
        self._registries.clear()  # a new plugin invalidates what was collected
        self._trace(f"registered {name} ({source}) hooks={record.hooks}")
        return record

    def load_builtins(self) -> None:
        for module_name in BUILTIN_PLUGINS:
            try:
                module = importlib.import_module(module_name)
            except Exception as exc:
                record = PluginRecord(name=module_name, source="built-in", module=module_name)
                self.records[module_name] = record
                self._fail(record, f"failed to import: {type(exc).__name__}: {exc}", exc)
                continue
            self.add_plugin(module, module_name, source="built-in")

    def load_entry_points(
        self, allow: set[str] | None = None, block: set[str] | None = None
    ) -> None:
        """Load plugins from the ``newslens`` entry-point group, honouring allow/block lists."""
        for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if (allow is not None and ep.name not in allow) or (block and ep.name in block):
                self._trace(f"skipped {ep.name} (allow/block list)")
                continue
            dist = getattr(ep, "dist", None)
            record = PluginRecord(
                name=ep.name,
                source="entry point",
                distribution=dist.name if dist else "",
                version=distribution_version(dist, ep.value) if dist else "",
                module=ep.value,
            )
            if ep.name in self.records:
                taken = self.records[ep.name]
                record.name = f"{ep.name} ({ep.value})"
                self.records[record.name] = record
                self._fail(
                    record,
                    f"plugin name {ep.name!r} (entry point {ep.value}) is already taken by "
                    f"{taken.source} plugin {taken.module!r}",
                )
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                self.records[ep.name] = record
                self._fail(
                    record,
                    f"failed to import {ep.value}: {type(exc).__name__}: {exc}",
                    exc,
                )
                continue
            self.add_plugin(
                plugin,
                ep.name,
                source="entry point",
                distribution=record.distribution,
                version=record.version,
            )

    def load_directory(self, directory: str | os.PathLike[str]) -> None:
        """Load every ``*.py`` file in ``directory`` as a one-file plugin named after the file."""
        import importlib.util
        from pathlib import Path

        for path in sorted(Path(directory).glob("*.py")):
            name = path.stem
            module_name = f"newslens_local_plugins.{name}"
            try:
                spec = importlib.util.spec_from_file_location(module_name, path)
                assert spec is not None and spec.loader is not None
                module = importlib.util.module_from_spec(spec)
                sys.modules[module_name] = module
                spec.loader.exec_module(module)
                _pickle_by_value(module)
            except Exception as exc:
                sys.modules.pop(module_name, None)
                record = PluginRecord(name=name, source="plugins dir", module=str(path))
                self.records.setdefault(name, record)
                if self.records[name] is not record:
                    record.name = f"{name} ({path})"
                    self.records[record.name] = record
                self._fail(record, f"failed to import {path}: {type(exc).__name__}: {exc}", exc)
                continue
            self.add_plugin(module, name, source="plugins dir", module=str(path))

    # ----------------------------------------------------------------- the facade

    def _collect(self, hook_name: str, registry: _Registry[Any]) -> _Registry[Any]:
        if hook_name in self._registries:
            return self._registries[hook_name]
        hook = getattr(self.hook, hook_name)
        # get_hookimpls() is in registration order: built-ins, entry points, local plugins.
        for impl in hook.get_hookimpls():
            record = self.records.get(impl.plugin_name)
            self._trace(f"calling {hook_name} of {impl.plugin_name}")
            registry.bound_to(impl.plugin_name, record.version if record else "")
            try:
                impl.function(registry=registry)
            except Exception as exc:
                registry.remove_plugin(impl.plugin_name)
                detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                message = f"{hook_name} raised {detail}"
                if record is not None:
                    self._fail(record, message, exc)
                elif self.strict:
                    raise
        self._registries[hook_name] = registry
        return registry

    def readers(self) -> ReaderRegistry:
        """Every registered reader (built-in and plugin)."""
        return self._collect("newslens_register_readers", ReaderRegistry())  # type: ignore[return-value]

    def cleaners(self) -> CleanerRegistry:
        """Every registered cleaner; ``.pipeline()`` gives them in run order."""
        return self._collect("newslens_register_cleaners", CleanerRegistry())  # type: ignore[return-value]

    def analyses(self) -> AnalysisRegistry:
        """Every registered analysis, by id."""
        return self._collect("newslens_register_analyses", AnalysisRegistry())  # type: ignore[return-value]

    def explorer_extensions(self) -> ExplorerExtensionRegistry:
        """Every registered explorer extension, by id; ``.ordered()`` in install order."""
        registry = ExplorerExtensionRegistry()
        return self._collect("newslens_register_explorer_extensions", registry)  # type: ignore[return-value]

    def report_sections(self) -> ReportSectionRegistry:
        """Every registered report section, by id; ``.ordered()`` in display order."""
        registry = ReportSectionRegistry()
        return self._collect("newslens_register_report_sections", registry)  # type: ignore[return-value]

    def add_commands(self, cli: Any) -> dict[str, str]:
        """Let plugins add subcommands to ``cli``; returns who owns each command.

        A plugin whose hook raises, or that adds a command under a name already taken (by the
        core or by another plugin), is reported naming both and loses its commands; the
        others keep working.
        """
        owners = {name: "newslens (core)" for name in cli.commands}
        for impl in self.hook.newslens_register_commands.get_hookimpls():
            before = dict(cli.commands)
            record = self.records.get(impl.plugin_name)
            problem = None
            try:
                impl.function(cli=cli)
            except Exception as exc:
                problem = f"newslens_register_commands raised {type(exc).__name__}: {exc}"
                error: BaseException | None = exc
            else:
                error = None
                clashes = [n for n, c in before.items() if cli.commands.get(n) is not c]
                if clashes:
                    problem = "; ".join(
                        f"command {n!r} is already provided by {owners[n]}" for n in clashes
                    )
            if problem is None:
                owners.update(
                    {n: f"plugin {impl.plugin_name!r}" for n in cli.commands if n not in before}
                )
                continue
            cli.commands.clear()
            cli.commands.update(before)
            if record is not None:
                self._fail(record, problem, error)
            elif self.strict:
                raise PluginError(f"plugin {impl.plugin_name!r}: {problem}") from error
        return owners

    def plugin_table(self) -> pd.DataFrame:
        """One row per plugin: name, version, source, hooks, what it registered (analyses with
        the inputs a corpus-level one reads), errors."""
        analyses = self.analyses()
        registries: dict[str, _Registry[Any]] = {
            "analyses": analyses,
            "readers": self.readers(),
            "cleaners": self.cleaners(),
            "report_sections": self.report_sections(),
            "explorer_extensions": self.explorer_extensions(),
        }
        columns = ["name", "version", "source", "distribution", "module", "hooks"]
        columns += [*registries, "inputs", "errors"]
        rows = []
        for record in self.records.values():
            row: dict[str, Any] = {c: getattr(record, c) for c in columns[:5]}
            row["hooks"] = list(record.hooks)
            for label, registry in registries.items():
                row[label] = registry.by_plugin(record.name)
            row["inputs"] = {
                i: list(analyses[i].inputs) for i in row["analyses"] if analyses[i].inputs
            }
            row["errors"] = list(record.errors)
            rows.append(row)
        return pd.DataFrame(rows, columns=columns)


def _pickle_by_value(module: ModuleType) -> None:
    """Let engines that start fresh worker processes (Dask) ship a one-file plugin's functions
    by value: the workers cannot import a module that was loaded from a file path."""
    try:
        import cloudpickle
    except ImportError:  # the pool engine forks, so it needs none of this
        return
    cloudpickle.register_pickle_by_value(module)


def get_plugin_manager(
    *,
    entry_points: bool = True,
    plugins: Iterable[object | tuple[str, object]] = (),
    builtins: bool = True,
    strict: bool | None = None,
    trace: bool | None = None,
) -> NewslensPluginManager:
    """Build a fresh plugin manager.

    :param entry_points: load installed plugins from the ``newslens`` entry-point group.
    :param plugins: extra plugins (modules or objects, or ``(name, plugin)`` pairs) registered
        after the built-ins and entry points: a one-file plugin in a notebook goes here.
    :param builtins: register the core's built-in readers and cleaners.
    :param strict: re-raise plugin failures (default: ``NEWSLENS_STRICT_PLUGINS``).
    :param trace: print loads and hook calls (default: ``NEWSLENS_TRACE_PLUGINS``).
    """
    pm = NewslensPluginManager(
        strict=_env_flag("NEWSLENS_STRICT_PLUGINS") if strict is None else strict,
        trace=_env_flag("NEWSLENS_TRACE_PLUGINS") if trace is None else trace,
    )
    if builtins:
        pm.load_builtins()
    if entry_points:
        pm.load_entry_points(_env_list("NEWSLENS_PLUGINS"), _env_list("NEWSLENS_BLOCK_PLUGINS"))
    directories = os.environ.get("NEWSLENS_PLUGINS_DIR", "").split(os.pathsep)
    for directory in dict.fromkeys(filter(None, directories)):  # each folder once
        pm.load_directory(directory)
    for item in plugins:
        if isinstance(item, tuple):
            name, plugin = item
        else:
            name, plugin = None, item
        pm.add_plugin(plugin, name, source="local")
    return pm


def plugins(plugin_manager: NewslensPluginManager | None = None) -> pd.DataFrame:
    """The loaded plugins as a DataFrame (what ``newslens plugins`` prints)."""
    return (plugin_manager or get_plugin_manager()).plugin_table()


def local_plugin(**hooks: Callable[..., Any]) -> ModuleType:
    """Make a plugin object from hook functions, for a one-cell plugin in a notebook.

    ``local_plugin(newslens_register_analyses=register)`` is the same as a module defining
    ``register`` under that name and marked with ``@hookimpl``.
    """
    module = ModuleType("newslens_local_plugin")
    for hook_name, function in hooks.items():
        setattr(module, hook_name, hookspecs.hookimpl(function))
    return module
