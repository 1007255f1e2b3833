"""Every hook newslens calls, in one place. These docstrings are the API reference.

A plugin is any module or object with functions named after these hooks and marked with
:data:`hookimpl`. newslens prefers *registrars*: each hook is handed a registry and the plugin
adds what it provides (``registry.add(...)``). The core owns validation, so a plugin never has
to know how its readers, cleaners or analyses are stored, and a duplicate name fails at load
time naming both plugins.

Every hook is called once per plugin manager (see :func:`newslens.get_plugin_manager`), when
something first asks for what it registers; never at ``import newslens``. A hook that raises
is reported with the plugin's name in ``newslens plugins`` and that plugin's contribution to
the hook is dropped; the other plugins keep working (``NEWSLENS_STRICT_PLUGINS=1`` re-raises).

A function in a plugin whose name starts with ``newslens_`` but is not one of these hooks
(a typo such as ``newslens_register_analysis``) makes the plugin fail to register, with an
error naming the unknown hook and the valid ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:  # pragma: no cover - typing only
    import click

    from newslens.registry import (
        AnalysisRegistry,
        CleanerRegistry,
        ExplorerExtensionRegistry,
        ReaderRegistry,
        ReportSectionRegistry,
    )

PROJECT_NAME = "newslens"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def newslens_register_readers(registry: ReaderRegistry) -> None:
    """Register readers that turn files into article records.

    :param registry: call ``registry.add(Reader(name=..., extensions=(...), read=...))``
        once per format. ``read(source)`` receives a :class:`newslens.registry.Source` (the
        path plus the load options) and yields one ``dict`` per article (keys from
        :data:`newslens.schema.ARTICLE_FIELDS`, any other key is kept as extra metadata; keys
        starting with ``_`` are private to the loader, e.g. ``_line``, the record's line or
        row number, used in ids and the load report) or a
        :class:`newslens.registry.LoadIssue` for a record it had to skip (a broken JSON line,
        a CSV row without text). Raising from ``read`` marks the whole file as failed in the
        load report; the other files still load.

    When called: the first time :func:`newslens.load` needs a reader.
    Return: nothing; two readers claiming one extension is an error naming both plugins.
    """


@hookspec
def newslens_register_cleaners(registry: CleanerRegistry) -> None:
    """Register cleaners: steps that repair an article's text after it is read.

    :param registry: call ``registry.add(Cleaner(name=..., order=..., clean=...))``.
        ``clean(text, fields)`` receives the text so far and a read-only mapping of the
        article's other fields, and returns a :class:`newslens.registry.Cleaned` with the new
        text, field updates (e.g. ``{"source": "Reuters"}``) and human-readable notes of what
        it changed. Cleaners run in ascending ``order`` (built-ins use 10-90); they must never
        drop a sentence of the story.

    When called: the first time :func:`newslens.load` cleans an article.
    Return: nothing.
    """


@hookspec
def newslens_register_analyses(registry: AnalysisRegistry) -> None:
    """Register analyses: versioned, pure per-article extractors with an optional view.

    :param registry: call ``registry.add(Analysis(id="name.v1", ...))``; see
        :class:`newslens.analysis.Analysis` for the contract (declared columns and dtypes,
        requirements, ``extract``, ``summarize``, ``view``).

    When called: the first time the analyses are listed (``newslens plugins``,
    :func:`newslens.analyze`, the explorer).
    Return: nothing; a duplicate analysis id is an error naming both plugins.
    """


@hookspec
def newslens_register_report_sections(registry: ReportSectionRegistry) -> None:
    """Register report sections: parts of the report that are not one analysis's findings.

    :param registry: call ``registry.add(ReportSection(id=..., title=..., render=...))``; see
        :class:`newslens.registry.ReportSection`. ``render(context)`` returns what a static
        report shows (strings, frames, figures); an optional ``widget(context)`` is the
        interactive form for JupyterLab. A section that raises shows its error in its place;
        the rest of the report is still written. (Figures for one analysis's own section go
        in :attr:`newslens.Analysis.report` instead.)

    When called: the first time a report or notebook asks for the sections
    (:func:`newslens.reporting.plugin_sections`).
    Return: nothing; a duplicate section id is an error naming both plugins.
    """


@hookspec
def newslens_register_explorer_extensions(registry: ExplorerExtensionRegistry) -> None:
    """Register explorer extensions: pickers and panes a plugin adds to the explorer.

    :param registry: call ``registry.add(ExplorerExtension(id=..., install=...))``; see
        :class:`newslens.registry.ExplorerExtension`. ``install(explorer)`` adds controls and
        panes through the explorer's public methods (``add_filter``, ``add_pane``,
        ``open_finding``); it displays frames and computes nothing. One that raises is shown
        in the explorer's error area; the explorer still opens.

    When called: when :func:`newslens.explore` opens an explorer.
    Return: nothing; a duplicate extension id is an error naming both plugins.
    """


@hookspec
def newslens_register_commands(cli: click.Group) -> None:
    """Add subcommands to the ``newslens`` command line.

    :param cli: the top-level :class:`click.Group`; add a command or a group of your own
        (``@cli.group("stance")``). A command whose name is taken (by the core or another
        plugin) is refused: the plugin is listed with an error naming both, and its commands
        are dropped.

    When called: each time the ``newslens`` command starts, before arguments are parsed.
    Return: nothing.
    """
