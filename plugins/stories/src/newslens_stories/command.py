"""``newslens stories SOURCES... [--out DIR]``: the stories of a corpus, with what their outlets
disagree on, in the terminal (and their frames written to ``--out``)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

STORY_ANALYSES = ["story.figures.v1", "story.claims.v1", "story.timeline.v1"]


@click.command("stories")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write the story frames (and the ones they read) here, as `newslens analyze` does.",
)
@click.option("--limit", type=int, default=20, show_default=True, help="Stories printed.")
@click.option("--workers", type=int, default=None, help="Processes for the per-article work.")
def stories_command(sources: tuple[str, ...], out: Path | None, limit: int, workers: int | None):
    """Group SOURCES into stories and print each with its disputed figures and denials."""
    import newslens
    from newslens_stories.report import stories_text

    articles = newslens.load(*sources)
    if not len(articles):
        report = newslens.load_report(articles)
        causes = "; ".join(sorted(set(report["cause"].astype(str))))[:500] or "no file matched"
        click.echo(f"error: nothing could be loaded ({causes})", err=True)
        sys.exit(1)
    results = newslens.analyze(articles, STORY_ANALYSES, workers=workers)
    click.echo(stories_text(results, limit=limit, articles=articles))
    if len(results.errors):
        click.echo(f"\n{len(results.errors)} error row(s); --out writes them", err=True)
    if out is not None:
        results.save(out)
        click.echo(f"wrote {out}")
