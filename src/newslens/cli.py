"""The ``newslens`` command line: load, analyze, plugins, info.

Exit codes: 0 success; 1 nothing could be loaded (or the run failed); 2 usage error.
"""

from __future__ import annotations

import json
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import click
import pandas as pd

from newslens import __version__


def _column_map(pairs: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r}: expected SOURCE_COLUMN=FIELD, e.g. body=text")
        source, target = pair.split("=", 1)
        mapping[source.strip()] = target.strip()
    return mapping


def _echo_frame(frame: pd.DataFrame) -> None:
    with pd.option_context("display.max_colwidth", 80, "display.width", 160):
        click.echo(frame.to_string(index=False))


def load_options(command: Any) -> Any:
    """The options every command that loads articles shares; they arrive as one ``loading``
    dict of :func:`newslens.load` keyword arguments."""

    def to_kwargs(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        store = ctx.meta.setdefault("newslens.loading", {})
        if param.name == "maps":
            store["column_map"] = _column_map(value) or None
        elif param.name == "encoding":
            store["encoding"] = value
        elif param.name == "dayfirst":
            store["dayfirst"] = value
        return store

    options = [
        click.option(
            "--map",
            "maps",
            multiple=True,
            metavar="COLUMN=FIELD",
            expose_value=False,
            callback=to_kwargs,
            help="Map a source column to an article field (repeatable): --map body=text.",
        ),
        click.option(
            "--encoding",
            default=None,
            expose_value=False,
            callback=to_kwargs,
            help="Force a text encoding instead of detecting it.",
        ),
        click.option(
            "--dayfirst/--monthfirst",
            "dayfirst",
            default=None,
            expose_value=False,
            callback=to_kwargs,
            help="How to read numeric dates (05/11/2024) when no date of a file settles the "
            "order (a file with 25/12/2023 is read day first either way). Default: month "
            "first, flagged in the load report.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _loading() -> dict[str, Any]:
    return dict(click.get_current_context().meta.get("newslens.loading", {}))


def _load(sources: tuple[str, ...], pm: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    from newslens.loading import load, load_report

    articles = load(*sources, plugin_manager=pm, **_loading())
    return articles, load_report(articles)


def _verbose() -> bool:
    context = click.get_current_context(silent=True)
    return bool(context and context.meta.get("newslens.verbose"))


def _print_report(report: pd.DataFrame) -> None:
    """The load report on stderr: errors and warnings; files skipped as no article (level
    "info", e.g. a README in a corpus folder) only with -v."""
    if not _verbose() and not report.empty:
        skipped = int((report["level"] == "info").sum())
        report = report[report["level"] != "info"]
        if skipped:
            click.echo(f"({skipped} file(s) skipped as no article format; -v lists them)", err=True)
    if report.empty:
        return
    click.echo(f"\nload report ({len(report)} item(s)):", err=True)
    for row in report.itertuples(index=False):
        where = f"{row.path}:{int(row.line)}" if pd.notna(row.line) and row.line != "" else row.path
        click.echo(f"  {row.level}: {where}: {row.cause}", err=True)


def _print_cleaning(articles: pd.DataFrame, shown: int = 5, lines: int = 4) -> None:
    """What loading and cleaning changed, per article (the first few; all with -v)."""
    verbose = _verbose()
    changed = [(a, n) for a, n in zip(articles["article_id"], articles["notes"], strict=True) if n]
    if not changed:
        click.echo("cleaning changed nothing")
        return
    click.echo(f"\nwhat loading and cleaning changed ({len(changed)} article(s)):")
    for article_id, notes in changed if verbose else changed[:shown]:
        click.echo(f"  {article_id}:")
        for note in notes if verbose else notes[:lines]:
            click.echo(f"    - {note}")
        if not verbose and len(notes) > lines:
            click.echo(f"    ... {len(notes) - lines} more (-v)")
    if not verbose and len(changed) > shown:
        click.echo(f"  ... {len(changed) - shown} more article(s) (-v)")


class NewslensGroup(click.Group):
    """The ``newslens`` group: plugins' commands join the core's once the group's own options
    are parsed, so ``--plugins-dir`` can bring commands of its own.

    A plugin command that would replace a core command or another plugin's is refused, and
    ``newslens plugins`` shows the plugin with an error naming both.
    """

    def plugin_commands(self, pm: Any) -> dict[str, click.Command]:
        """The commands ``pm``'s plugins add beside the core's (clashes refused and recorded
        on the plugin, which ``newslens plugins`` then shows)."""
        scratch = click.Group(self.name)
        scratch.commands = dict(self.commands)
        pm.add_commands(scratch)
        return {n: c for n, c in scratch.commands.items() if n not in self.commands}

    def _plugin_commands(self, ctx: click.Context) -> dict[str, click.Command]:
        found = ctx.meta.get("newslens.plugin_commands")
        if found is None:
            from newslens.manager import get_plugin_manager

            found = ctx.meta["newslens.plugin_commands"] = self.plugin_commands(
                get_plugin_manager()
            )
        return found

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self._plugin_commands(ctx)})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self.commands.get(cmd_name) or self._plugin_commands(ctx).get(cmd_name)


def _use_plugins_dir(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> None:
    """Load the one-file plugins of each DIR, as NEWSLENS_PLUGINS_DIR does (before anything
    looks for plugins: the option is eager)."""
    import os

    if not value:
        return
    existing = os.environ.get("NEWSLENS_PLUGINS_DIR")
    os.environ["NEWSLENS_PLUGINS_DIR"] = os.pathsep.join(filter(None, [existing, *value]))

    def restore() -> None:  # the command is done: leave the environment as it was
        if existing is None:
            os.environ.pop("NEWSLENS_PLUGINS_DIR", None)
        else:
            os.environ["NEWSLENS_PLUGINS_DIR"] = existing

    ctx.call_on_close(restore)


@click.group(cls=NewslensGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslens")
@click.option(
    "--plugins-dir",
    multiple=True,
    metavar="DIR",
    type=click.Path(exists=True, file_okay=False),
    is_eager=True,
    expose_value=False,
    callback=_use_plugins_dir,
    help="Load every *.py file in DIR as a one-file plugin (repeatable; before the command). "
    "NEWSLENS_PLUGINS_DIR does the same.",
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    expose_value=False,
    callback=lambda ctx, param, value: ctx.meta.__setitem__("newslens.verbose", value),
    help="Say more: files skipped as no article, what each article's cleaning changed.",
)
def cli() -> None:
    """newslens: who claims what, which numbers are reported, and what happened when."""


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the command line (plugins' commands are found on the way)."""
    cli.main(args=list(sys.argv[1:] if argv is None else argv), prog_name="newslens")


@cli.command("load")
@click.argument("sources", nargs=-1, required=True)
@load_options
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the articles frame (.parquet, .csv or .jsonl).",
)
def load_command(sources: tuple[str, ...], out: Path | None) -> None:
    """Load articles from files, folders or globs and print what was loaded."""
    from newslens.manager import get_plugin_manager

    articles, report = _load(sources, get_plugin_manager())
    click.echo(f"loaded {len(articles)} article(s) from {len(sources)} source(s)")
    if len(articles):
        _echo_frame(articles[["article_id", "title", "published", "source"]].head(20))
        _print_cleaning(articles)
    _print_report(report)
    if out is not None and len(articles):
        _write_articles(articles, out)
        click.echo(f"wrote {out}")
    if len(articles) == 0:
        causes = (
            "; ".join(sorted(set(report["cause"].astype(str))))[:500]
            if not report.empty
            else "no files matched"
        )
        click.echo(f"error: nothing could be loaded ({causes})", err=True)
        sys.exit(1)


def _write_articles(articles: pd.DataFrame, out: Path) -> None:
    frame = articles.copy()
    frame["notes"] = frame["notes"].map(list)
    suffix = out.suffix.lower()
    if suffix == ".parquet":
        frame.to_parquet(out, index=False)
    elif suffix == ".csv":
        frame.to_csv(out, index=False)
    elif suffix == ".jsonl":
        frame.to_json(out, orient="records", lines=True, date_format="iso", force_ascii=False)
    else:
        raise click.BadParameter(f"--out {out}: use .parquet, .csv or .jsonl")


@cli.command("analyze")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "-a",
    "--analysis",
    "analysis_ids",
    multiple=True,
    metavar="ID",
    help="Analysis id to run (repeatable); default: every registered analysis.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory for one file per analysis plus errors.",
)
@click.option(
    "--store",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="DuckDB store: keep results and recompute only new or changed articles.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["parquet", "csv", "jsonl"]),
    default="parquet",
    show_default=True,
)
@load_options
@click.option(
    "--claim",
    "claims",
    multiple=True,
    metavar="TEXT",
    help="A claim to check against every article (repeatable): sets the articles' 'claims' "
    "field, which claim-checking analyses (the stance plugin's stance.claims.v1) read.",
)
@click.option(
    "--claims-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A text file of claims, one per line (added to --claim).",
)
@click.option("--workers", type=int, default=None, help="Processes (or Dask workers) to use.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster).")
@click.option(
    "--timeout",
    type=float,
    default=60.0,
    show_default=True,
    help="Seconds one analysis may take on one article.",
)
def analyze_command(
    sources: tuple[str, ...],
    analysis_ids: tuple[str, ...],
    out: Path | None,
    store: Path | None,
    fmt: str,
    claims: tuple[str, ...],
    claims_file: Path | None,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    timeout: float,
) -> None:
    """Load SOURCES, run analyses and write their findings to --out and/or --store.

    With --engine dask and only Parquet sources (and no --store), partitions stream from the
    files to OUT/ANALYSIS/part-N.parquet without loading the corpus in one process.
    """
    from newslens.manager import get_plugin_manager
    from newslens.runner import analyze, resolve_analyses

    if out is None and store is None:
        raise click.UsageError("give --out DIR, --store FILE, or both")
    if claims_file is not None:
        lines = claims_file.read_text(encoding="utf-8").splitlines()
        claims = (*claims, *(line.strip() for line in lines if line.strip()))
    pm = get_plugin_manager()
    registry = pm.analyses()
    unknown = [a for a in analysis_ids if a not in registry]
    if unknown:
        available = ", ".join(registry.names()) or "none"
        raise click.UsageError(f"unknown analysis {', '.join(unknown)}. Available: {available}")
    chosen = resolve_analyses(list(analysis_ids) or None, pm)
    if engine == "dask" and store is None and all(s.endswith(".parquet") for s in sources):
        import glob

        from newslens.dask_engine import analyze_parquet

        paths = sorted(p for s in sources for p in (glob.glob(s) or [s]))
        assert out is not None
        counts = analyze_parquet(
            paths, chosen, out, scheduler=scheduler, workers=workers, timeout=timeout
        )
        partitions = len(counts) - any(a.combine is not None for a in chosen)
        click.echo(f"articles: {int(counts['articles'].sum())} in {partitions} partition(s)")
        totals = counts.drop(columns=["articles"]).sum()
        _echo_frame(pd.DataFrame({"analysis": totals.index, "findings": totals.to_numpy()}))
        click.echo(f"wrote {out}")
        return
    if store is not None:
        _analyze_into_store(sources, pm, chosen, store, out, fmt, workers, timeout, claims)
        return
    articles, report = _load(sources, pm)
    _print_report(report)
    if len(articles) == 0:
        click.echo("error: nothing could be loaded", err=True)
        sys.exit(1)
    articles = _with_claims(articles, claims)
    results = analyze(
        articles,
        chosen,
        workers=workers,
        timeout=timeout,
        plugin_manager=pm,
        engine="dask" if engine == "dask" else "local",
        scheduler=scheduler,
    )
    _write_and_summarise(results, report, out, fmt, len(articles))
    click.echo(f"wrote {out}")


def _with_claims(articles: pd.DataFrame, claims: tuple[str, ...]) -> pd.DataFrame:
    """Every article carries the claims given on the command line (a list in its ``claims``
    field; an article's own claims, from its file, come first)."""
    if not claims:
        return articles
    own = articles["claims"] if "claims" in articles.columns else [None] * len(articles)
    merged = [[*_as_list(mine), *claims] for mine in own]
    return articles.assign(claims=merged)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [line.strip() for line in value.splitlines() if line.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return []


def _write_and_summarise(
    results: Any, report: pd.DataFrame, out: Path | None, fmt: str, n_articles: int
) -> None:
    if out is not None:
        results.save(out, fmt)
        if not report.empty:
            report.to_csv(out / "load_report.csv", index=False)
    click.echo(f"articles: {n_articles}")
    _echo_frame(results.summary())
    if len(results.errors):
        click.echo(f"errors: {len(results.errors)}")
        for row in results.errors.head(5).itertuples(index=False):
            plugin = getattr(row, "plugin", "")
            provider = f" (plugin {plugin})" if plugin else ""
            click.echo(
                f"  {row.analysis}{provider} on {row.article_id}: {row.error_type}: {row.message}"
            )


def _analyze_into_store(
    sources: tuple[str, ...],
    pm: Any,
    chosen: list[Any],
    store: Path,
    out: Path | None,
    fmt: str,
    workers: int | None,
    timeout: float,
    claims: tuple[str, ...] = (),
) -> None:
    """Stream batches of articles into the store: memory stays bounded by one file plus one
    batch, whatever the corpus size (findings go to disk chunk by chunk). When corpus-level
    steps follow, the streamed phase runs in a forked child (``newslens.memory``), so they
    start from this process as it was before the corpus went through it."""
    from newslens.memory import in_forked_child, use_system_arrow_pool
    from newslens.store import Store

    use_system_arrow_pool()
    options = _loading()

    def stream() -> tuple[int, dict[str, int], list[pd.DataFrame]]:
        return _stream_into_store(sources, pm, chosen, store, workers, timeout, claims, options)

    corpus = [a.id for a in chosen if a.combine is not None]
    loaded, computed, reports = in_forked_child(stream) if corpus else stream()
    report = pd.concat([r for r in reports if len(r)] or reports[:1], ignore_index=True)
    _print_report(report)
    if not loaded:
        click.echo("error: nothing could be loaded", err=True)
        sys.exit(1)
    for analysis_id, count in computed.items():
        if count or analysis_id not in corpus:
            click.echo(f"{analysis_id}: computed {count} new or changed article(s)")
    with Store(store) as db:
        if out is not None:
            _write_and_summarise(db.results(chosen, plugin_manager=pm), report, out, fmt, loaded)
        else:
            if corpus:  # computed once the whole corpus is in, and kept in the store
                computed_corpus = db.results(corpus, plugin_manager=pm, collect=False)
                failures = computed_corpus.errors
                for line in failures[failures["article_id"] == ""].itertuples():
                    click.echo(
                        f"error: {line.analysis}: {line.error_type}: {line.message}", err=True
                    )
                del computed_corpus
            click.echo(f"articles: {loaded}")
            _echo_frame(db.counts(chosen))
    click.echo(f"wrote {out or store}")


def _stream_into_store(
    sources: tuple[str, ...],
    pm: Any,
    chosen: list[Any],
    store: Path,
    workers: int | None,
    timeout: float,
    claims: tuple[str, ...],
    options: dict[str, Any],
) -> tuple[int, dict[str, int], list[pd.DataFrame]]:
    """The per-article phase of ``analyze --store``: articles loaded, computed per analysis,
    and each batch's load report (printed by the caller, which may be another process)."""
    from newslens.loading import iter_load, load_report
    from newslens.memory import release_memory
    from newslens.runner import worker_pool
    from newslens.store import Store

    computed: dict[str, int] = {a.id: 0 for a in chosen}
    reports = []
    loaded = 0
    # One pool for every batch, forked now while this process is small (see worker_pool),
    # and closed before the corpus-level steps: its workers' memory is given back first.
    with Store(store) as db, worker_pool(chosen, workers, timeout) as pool:
        for batch in iter_load(*sources, plugin_manager=pm, **options):
            reports.append(load_report(batch))
            if not len(batch):
                continue
            loaded += len(batch)
            batch = _with_claims(batch, claims)
            done = db.analyze(
                batch, chosen, workers=workers, timeout=timeout, plugin_manager=pm, pool=pool
            )
            for analysis_id, count in done.items():
                computed[analysis_id] += count
            del batch
            release_memory()  # the batch's heap back to the OS before the next one
    return loaded, computed, reports


@cli.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def plugins_command(as_json: bool) -> None:
    """List loaded plugins: name, version, source, hooks, analyses, load errors."""
    from newslens.manager import get_plugin_manager

    pm = get_plugin_manager()
    cli.plugin_commands(pm)  # so a refused command shows as its plugin's error
    table = pm.plugin_table()
    if as_json:
        click.echo(json.dumps(table.to_dict("records"), indent=2, default=str))
        return
    for row in table.itertuples(index=False):
        version = f" {row.version}" if row.version else ""
        origin = f"{row.source}: {row.distribution}" if row.distribution else row.source
        click.echo(f"{row.name}{version}  [{origin}]")
        click.echo(f"  hooks: {', '.join(row.hooks) or '-'}")
        for label in ("analyses", "readers", "cleaners", "report_sections", "explorer_extensions"):
            items = getattr(row, label)
            if label == "analyses":  # a corpus-level analysis shows what it reads
                items = [
                    f"{i} (inputs: {', '.join(row.inputs[i])})" if i in row.inputs else i
                    for i in items
                ]
            if items:
                click.echo(f"  {label.replace('_', ' ')}: {', '.join(items)}")
        for error in row.errors:
            click.echo(f"  ERROR: {error}")


@cli.command("info")
@click.option("--markdown", is_flag=True, help="Markdown for a bug report.")
def info_command(markdown: bool) -> None:
    """Versions of newslens, Python, key dependencies and plugins, for bug reports."""
    from newslens.manager import plugins

    packages = [
        "pandas",
        "numpy",
        "pyarrow",
        "pluggy",
        "ipywidgets",
        "matplotlib",
        "trafilatura",
        "ftfy",
        "tqdm",
    ]
    lines = [
        ("newslens", __version__),
        ("python", platform.python_version()),
        ("platform", platform.platform()),
    ]
    for name in packages:
        try:
            lines.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            lines.append((name, "not installed"))
    table = plugins()
    for row in table.itertuples(index=False):
        status = "ERROR: " + "; ".join(row.errors) if row.errors else "ok"
        lines.append((f"plugin {row.name}", f"{row.version or row.source} ({status})"))
    if markdown:
        click.echo("| component | version |\n|---|---|")
        for name, version in lines:
            click.echo(f"| {name} | {version} |")
    else:
        for name, version in lines:
            click.echo(f"{name}: {version}")


@cli.command("report")
@click.argument("notebook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-p",
    "--parameter",
    "parameters",
    multiple=True,
    metavar="KEY=VALUE",
    help="Notebook parameter (repeatable); Python literals keep their type: -p top=5.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Directory for the executed notebook and its HTML.",
)
@click.option("--kernel", default="python3", show_default=True, help="Jupyter kernel name.")
@click.option(
    "--timeout", type=float, default=600.0, show_default=True, help="Seconds per notebook cell."
)
@click.option("--show-code", is_flag=True, help="Keep code cells in the HTML (default: hidden).")
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Write the report even when the corpus loads no article (default: fail, with why).",
)
@click.option(
    "--check",
    "expect",
    multiple=True,
    metavar="ID",
    help="Fail unless the report has a section for this analysis id (repeatable).",
)
def report_command(
    notebook: Path,
    parameters: tuple[str, ...],
    out: Path,
    kernel: str,
    timeout: float,
    show_code: bool,
    allow_empty: bool,
    expect: tuple[str, ...],
) -> None:
    """Execute NOTEBOOK with parameters and write OUT/NAME.ipynb and an offline OUT/NAME.html.

    In the run, NEWSLENS_REPORT=1 makes newslens notebooks show static tables and figures
    instead of widgets; the HTML loads nothing from the network. Paths given as parameters
    resolve from the current directory. A corpus that loads nothing, a failing cell, or a
    report that fails its check (sections present, figures embedded, no external URL) exits
    with code 1 and says why.
    """
    from newslens.report import check_report, parse_parameters, report_stats, run_report
    from newslens.reporting import section_id

    try:
        values = parse_parameters(parameters)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="-p") from None
    if allow_empty:
        values["allow_empty"] = True
    try:
        result = run_report(
            notebook, out, values, kernel_name=kernel, timeout=timeout, show_code=show_code
        )
    except Exception as error:  # papermill's execution error carries the cell's exception
        name = getattr(error, "ename", type(error).__name__)
        value = getattr(error, "evalue", str(error))
        click.echo(f"error: the report could not be made: {name}: {value}", err=True)
        sys.exit(1)
    stats = report_stats(result.html)
    click.echo(
        f"executed {result.notebook} in {result.execute_seconds:.1f}s; "
        f"wrote {result.html} in {result.export_seconds:.1f}s "
        f"({stats['bytes'] // 1024} KiB, {len(stats['sections'])} section(s), "
        f"{stats['figures']} figure(s))"
    )
    problems = check_report(result.html, [section_id(a) for a in expect])
    for problem in problems:
        click.echo(f"  problem: {problem}", err=True)
    if problems:
        sys.exit(1)


@cli.command("lab")
@click.argument(
    "directory",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=False,
)
@click.option("--port", type=int, default=8888, show_default=True)
@click.option("--token", default=None, help="Access token (default: a random one, printed).")
def lab_command(directory: Path | None, port: int, token: str | None) -> None:
    """Start JupyterLab on DIRECTORY (default: ./notebooks, else .) on 127.0.0.1 only."""
    import os
    import secrets
    import socket
    import subprocess

    root = directory or (Path("notebooks") if Path("notebooks").is_dir() else Path("."))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:  # the URL printed below must be one that will answer
            probe.bind(("127.0.0.1", port))
        except OSError:
            click.echo(f"error: port {port} is in use; pick another with --port", err=True)
            sys.exit(1)
    token = token or secrets.token_hex(16)
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        f"--ServerApp.root_dir={root.resolve()}",
        f"--IdentityProvider.token={token}",
        "--ServerApp.port_retries=0",  # the URL printed below must be the one served
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers and CI run as root
    click.echo(f"JupyterLab on {root.resolve()}")
    click.echo(f"open http://127.0.0.1:{port}/lab?token={token}")
    try:
        code = subprocess.call(command)
    except KeyboardInterrupt:  # pragma: no cover - interactive stop
        code = 0
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
