"""How often is an event of ``story.timeline.v1`` a real event of its story, dated right?

Why: a story's timeline is what an analyst reads to learn what happened when, and no annotated
set says whether its rows are events (not a figure or a fragment), whether their date is when
the event happened, and whether the articles merged into one row tell one event. This script
makes that measurable on stories the rules were never written against.

The set: Reuters-21578 (``../shared/data``, research use only: nothing of it is committed or
printed beyond aggregates and the worksheet written outside the repository), its first
:data:`FILES` SGML files (wire stories with their dates; the story rules were written on the
bundled Wikinews sample and the Kestrel Bay fixture). Every event row of a story of two or
more articles is an item: its date and granularity, its clause, and for each of its articles
(at most :data:`SHOWN`) the article's date and the sentences whose date expressions fall in
the event's dates (at most two: ``story.timeline.v1`` keeps no sentence per event, so the one
its clause comes from may not be among them, as annotators noted; they judge from what is
shown).

    .venv/bin/python benchmarks/story_timeline_check.py worksheet /tmp/timeline_ws.txt --first 60
    (an annotator who does not write the rules labels each item in a JSON-lines file:
     {"item": 3, "key": "<the item's key>", "label": "right"})
    .venv/bin/python benchmarks/story_timeline_check.py score /tmp/timeline_labels.jsonl --first 60

``--sample second`` draws from files 4-6 instead (see :data:`SECOND`), ``--sample third``
from files 7-9 (:data:`THIRD`), ``--sample fourth`` from files 14-16 (:data:`FOURTH`),
``--sample fifth`` from files 17-19 (:data:`FIFTH`), ``--sample sixth`` from files 20-22
(:data:`SIXTH`), ``--sample seventh`` from file 10 alone (:data:`SEVENTH`), ``--sample
polnear`` from PolNeAR's political news instead (:data:`POLNEAR_SAMPLE`).

Items are ordered by their key (a hash), so ``--first N`` is a random sample of N.

Labels: ``right`` (the clause tells an event of the story and the date is when it happened,
or is scheduled to, at the granularity given), ``wrong-date`` (an event, but not on that
date), ``no-event`` (the clause is no event: a fragment, a figure, a heading, a dateline),
``merged`` (the articles of the row tell different events). ``score`` re-runs the analyses,
refuses labels whose keys no longer match, prints the share of each label (precision is the
share of ``right``) and writes ``benchmarks/results/story_timeline_check.json``.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_checks import REPO, Check, cli, polnear_check, polnear_corpus

REUTERS = REPO.parent / "shared" / "data" / "reuters21578"
RESULTS = REPO / "benchmarks" / "results" / "story_timeline_check.json"
LABELS = ("right", "wrong-date", "no-event", "merged")
#: Reuters-21578 files read (1,000 stories each): enough stories of several articles.
FILES = 3
#: Articles shown per event (the rest are counted).
SHOWN = 3


def _items(first_file: int = 0, files: int = FILES) -> tuple[list[dict], int]:
    """The events of stories of two or more articles, in a stable order, each with the
    sentences that date it in its articles and a key that names it (Reuters-21578's files
    ``first_file`` to ``first_file + files``)."""
    import newslens

    paths = sorted(REUTERS.glob("reut2-*.sgm"))[first_file : first_file + files]
    corpus = newslens.load([str(p) for p in paths])
    return _events(corpus[corpus["text"].str.len() > 0])


def _events(corpus: object) -> tuple[list[dict], int]:
    """The items of :func:`_items` over any loaded ``corpus``."""
    import pandas as pd

    import newslens

    results = newslens.analyze(corpus, ["timeline.v1", "story.timeline.v1"], progress=False)
    events, mentions = results["story.timeline.v1"], results["timeline.v1"]
    published = corpus.set_index("article_id")["published"].to_dict()
    by_article = {a: rows for a, rows in mentions.groupby("article_id")}
    items = []
    for row in events.itertuples():
        start, end = pd.Timestamp(row.date_start), pd.Timestamp(row.date_end)
        shown = []
        for article in list(row.article_ids)[:SHOWN]:
            found = by_article.get(article)
            sentences: list[str] = []
            if found is not None:
                starts = pd.to_datetime(found["date_start"], utc=True)
                ends = pd.to_datetime(found["date_end"], utc=True)
                inside = found[(starts < end) & (ends > start)]
                # the sentences whose date opens the event first: a run "since 2008" to the
                # telling overlaps every later date of its article
                opening = (starts[inside.index] != start).to_numpy()
                inside = inside.iloc[opening.argsort(kind="stable")]
                for mention in inside.itertuples():
                    said = " ".join(str(mention.sentence_text).split())
                    marked = said.replace(str(mention.text), f"[{mention.text}]", 1)
                    if marked not in sentences:
                        sentences.append(marked)
            shown.append(
                {"article": str(article), "published": f"{published.get(article):%Y-%m-%d}",
                 "sentences": sentences[:2]}
            )  # fmt: skip
        when = f"{start:%Y-%m-%d} to {end:%Y-%m-%d} ({row.granularity})"
        key = hashlib.sha256(
            json.dumps([str(row.story_id), when, str(row.event), list(row.article_ids)]).encode()
        ).hexdigest()[:16]
        items.append(
            {"key": key, "heading": f"{when}: {row.event}", "articles": shown,
             "more": max(0, len(row.article_ids) - SHOWN)}
        )  # fmt: skip
    items.sort(key=lambda item: item["key"])
    return items, len(corpus)  # type: ignore[arg-type]


def _render(item: dict) -> list[str]:
    lines = []
    for shown in item["articles"]:
        lines.append(f"  {shown['article']} (published {shown['published']})")
        lines.extend(f"      ...{sentence}..." for sentence in shown["sentences"])
    if item["more"]:
        lines.append(f"  and {item['more']} more article(s)")
    return lines


CHECK = Check(
    load=_items, render=_render, field="item", names=LABELS, right="right",
    what="events of story timelines", results=RESULTS, corpus="Reuters-21578 stories",
    data=REUTERS,
)  # fmt: skip


def _sample(first_file: int, number: int, files: int = FILES) -> Check:
    """The check over files ``first_file`` to ``first_file + files`` (0-based), its JSON named
    ``story_timeline_check_<number>.json``."""
    return dataclasses.replace(
        CHECK,
        load=functools.partial(_items, first_file, files),
        results=RESULTS.with_name(f"{RESULTS.stem}_{number}.json"),
    )


#: A second sample, files 4-6 (``--sample second``): the first one's annotators described the
#: kinds of error they met, and rules were written from those descriptions, so the first
#: sample's later figures are partly development; this one was never described to anyone.
SECOND = _sample(FILES, 2)
#: A third sample, files 7-9 (``--sample third``), for a clean measure after the second
#: sample's kinds went to the timeline plugin's round twelve.
THIRD = _sample(2 * FILES, 3)
#: A fourth sample, files 14-16 (``--sample fourth``; the developer reads files 11-13), for a
#: clean measure after the third sample's kinds went to the story rules (stories 0.6.0) and
#: to the timeline plugin's round thirteen.
FOURTH = _sample(13, 4)
#: A fifth sample, files 17-19 (``--sample fifth``), for the figure of record after the fourth
#: sample's kinds were read.
FIFTH = _sample(16, 5)
#: A sixth sample, files 20-22 (``--sample sixth``), for the figure of record after the fifth
#: sample's kinds were read.
SIXTH = _sample(19, 6)
#: A seventh sample, file 10 alone (``--sample seventh``), the last file no sample or developer
#: read, for the figure of record after the sixth sample's kinds were read (stories 0.7.0).
SEVENTH = _sample(9, 7, files=1)
#: PolNeAR's train and dev articles (``--sample polnear``): US political news of 2015-16 from
#: seven publishers, a genre, an era and a set of outlets the story rules were never read
#: against (the Reuters files were used up by the seven samples above).
POLNEAR_SAMPLE = polnear_check(CHECK, lambda: _events(polnear_corpus()))


if __name__ == "__main__":
    cli(
        __doc__.splitlines()[0],
        CHECK,
        samples={
            "second": SECOND,
            "third": THIRD,
            "fourth": FOURTH,
            "fifth": FIFTH,
            "sixth": SIXTH,
            "seventh": SEVENTH,
            "polnear": POLNEAR_SAMPLE,
        },
    )
