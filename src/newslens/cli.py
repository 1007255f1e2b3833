"""The ``newslens`` command line: load, analyze, plugins, info.

Exit codes: 0 success; 1 nothing could be loaded (or the run failed); 2 usage error.
"""

from __future__ import annotations

import json
import platform
import sys
from importlib import metadata
from pathlib import Path

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


def _load(sources: tuple[str, ...], maps: tuple[str, ...], encoding: str | None, pm):
    from newslens.loading import load, load_report

    articles = load(
        *sources, column_map=_column_map(maps) or None, encoding=encoding, plugin_manager=pm
    )
    report = load_report(articles)
    return articles, report


def _print_report(report: pd.DataFrame) -> None:
    if report.empty:
        return
    click.echo(f"\nload report ({len(report)} item(s)):", err=True)
    for row in report.itertuples(index=False):
        where = f"{row.path}:{int(row.line)}" if pd.notna(row.line) and row.line != "" else row.path
        click.echo(f"  {row.level}: {where}: {row.cause}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslens")
def cli() -> None:
    """newslens: who claims what, which numbers are reported, and what happened when.

    Load one-file plugins with --plugins-dir DIR (before the command) or NEWSLENS_PLUGINS_DIR.
    """


def main(argv: list[str] | None = None) -> None:
    """Entry point: add the plugins' commands, then run the command line."""
    import os

    from newslens.manager import get_plugin_manager

    args = list(sys.argv[1:] if argv is None else argv)
    # --plugins-dir must act before plugins are looked for, so it is taken here.
    while "--plugins-dir" in args[:1] or any(a.startswith("--plugins-dir=") for a in args[:1]):
        first = args.pop(0)
        directory = first.split("=", 1)[1] if "=" in first else (args.pop(0) if args else "")
        existing = os.environ.get("NEWSLENS_PLUGINS_DIR")
        os.environ["NEWSLENS_PLUGINS_DIR"] = os.pathsep.join(filter(None, [existing, directory]))
    get_plugin_manager().add_commands(cli)
    cli.main(args=args, prog_name="newslens")


@cli.command("load")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="COLUMN=FIELD",
    help="Map a source column to an article field (repeatable): --map body=text.",
)
@click.option("--encoding", default=None, help="Force a text encoding instead of detecting it.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the articles frame (.parquet, .csv or .jsonl).",
)
def load_command(
    sources: tuple[str, ...], maps: tuple[str, ...], encoding: str | None, out: Path | None
) -> None:
    """Load articles from files, folders or globs and print what was loaded."""
    from newslens.manager import get_plugin_manager

    articles, report = _load(sources, maps, encoding, get_plugin_manager())
    click.echo(f"loaded {len(articles)} article(s) from {len(sources)} source(s)")
    if len(articles):
        _echo_frame(articles[["article_id", "title", "published", "source"]].head(20))
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
@click.option(
    "--map", "maps", multiple=True, metavar="COLUMN=FIELD", help="As for `newslens load`."
)
@click.option("--encoding", default=None)
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
    maps: tuple[str, ...],
    encoding: str | None,
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
        click.echo(f"articles: {int(counts['articles'].sum())} in {len(counts)} partition(s)")
        _echo_frame(counts.drop(columns=["articles"]).sum().rename("findings").reset_index())
        click.echo(f"wrote {out}")
        return
    articles, report = _load(sources, maps, encoding, pm)
    _print_report(report)
    if len(articles) == 0:
        click.echo("error: nothing could be loaded", err=True)
        sys.exit(1)
    if store is not None:
        from newslens.store import Store

        with Store(store) as db:
            computed = db.analyze(
                articles, chosen, workers=workers, timeout=timeout, plugin_manager=pm
            )
            results = db.results(chosen, plugin_manager=pm)
        for analysis_id, count in computed.items():
            click.echo(f"{analysis_id}: computed {count} new or changed article(s)")
    else:
        results = analyze(
            articles,
            chosen,
            workers=workers,
            timeout=timeout,
            plugin_manager=pm,
            engine=engine,
            scheduler=scheduler,
        )  # type: ignore[arg-type]
    if out is not None:
        results.save(out, fmt)
        if not report.empty:
            report.to_csv(out / "load_report.csv", index=False)
    click.echo(f"articles: {len(articles)}")
    _echo_frame(results.summary())
    if len(results.errors):
        click.echo(f"errors: {len(results.errors)}")
        for row in results.errors.head(5).itertuples(index=False):
            click.echo(f"  {row.analysis} on {row.article_id}: {row.error_type}: {row.message}")
    click.echo(f"wrote {out or store}")


@cli.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def plugins_command(as_json: bool) -> None:
    """List loaded plugins: name, version, source, hooks, analyses, load errors."""
    from newslens.manager import plugins

    table = plugins()
    if as_json:
        click.echo(json.dumps(table.to_dict("records"), indent=2, default=str))
        return
    for row in table.itertuples(index=False):
        version = f" {row.version}" if row.version else ""
        origin = f"{row.source}: {row.distribution}" if row.distribution else row.source
        click.echo(f"{row.name}{version}  [{origin}]")
        click.echo(f"  hooks: {', '.join(row.hooks) or '-'}")
        for label in ("analyses", "readers", "cleaners"):
            items = getattr(row, label)
            if items:
                click.echo(f"  {label}: {', '.join(items)}")
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


if __name__ == "__main__":  # pragma: no cover
    main()
