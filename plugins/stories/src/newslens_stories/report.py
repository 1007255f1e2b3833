"""What the story layer shows: per story, the disputed figures, the claims and the denials
that answer them, and one event timeline.

Used three ways, all from the same frames (``stories.v1``, ``story.figures.v1``,
``story.claims.v1``, ``story.timeline.v1``), never computing anything the analyses did not:

- the report's opening section (:data:`SECTION`, through ``newslens_register_report_sections``),
- ``newslens stories SOURCES`` (:func:`stories_text`),
- the explorer's story view (the widgets build on :func:`story_summary`).

Article text is untrusted: every string goes through :func:`html.escape` before it reaches
HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from newslens.registry import ReportContext, ReportSection
from newslens_stories.clauses import has_verb

STORIES_ID = "stories.v1"
FIGURES_ID = "story.figures.v1"
CLAIMS_ID = "story.claims.v1"
TIMELINE_ID = "story.timeline.v1"

#: Stories shown in a report (largest first); the rest are counted in one line.
REPORT_STORIES = 6
ANSWERS = ("deny", "dispute")


@dataclass(frozen=True)
class StorySummary:
    """One story's three panes, as frames for any display (report, terminal, widgets)."""

    story_id: str
    title: str
    size: int
    outlets: list[str]
    first: pd.Timestamp | None
    last: pd.Timestamp | None
    figures: pd.DataFrame  # figure x outlet, with a 'differs' flag per figure
    claims: pd.DataFrame  # claim, asserted by, answered by (denied / disputed), outlets, when
    events: pd.DataFrame  # date, until (a range's last day), event, outlets, first reported, ...


def _frame(results: Mapping[str, pd.DataFrame], analysis_id: str) -> pd.DataFrame:
    return results[analysis_id] if analysis_id in results else pd.DataFrame()


def _date(value: Any) -> str:
    if value is None or pd.isna(value):
        return "date unknown"
    return f"{pd.Timestamp(value):%Y-%m-%d}"


def _until(events: pd.DataFrame) -> pd.Series:
    """The last day of each event that is a range ("since 2008", "March 1-20"), else NaT:
    ``date_end`` is exclusive, as every date's end."""
    ranges = events["granularity"].eq("range") if "granularity" in events else False
    last = pd.to_datetime(events["date_end"], utc=True) - pd.Timedelta(days=1)
    return last.where(ranges)


def stories_by_size(
    results: Mapping[str, pd.DataFrame], articles: pd.DataFrame | None = None, minimum: int = 2
) -> pd.DataFrame:
    """One row per story of at least ``minimum`` articles: the stories two or more outlets
    tell first (only they can disagree), then the largest, and among stories of one size
    those told by more outlets (when ``articles`` gives the outlets)."""
    stories = _frame(results, STORIES_ID)
    columns = ["story_id", "story_title", "story_size", "outlets", "first_published"]
    if not len(stories):
        return pd.DataFrame(columns=columns)
    if articles is not None and "source" in articles.columns:
        source = stories["article_id"].map(articles.set_index("article_id")["source"])
        outlets = source.fillna("").groupby(stories["story_id"]).nunique()
    else:
        outlets = pd.Series(0, index=stories["story_id"].unique())
    table = stories.drop_duplicates("story_id")[
        ["story_id", "story_title", "story_size", "first_published"]
    ]
    table = table.assign(outlets=table["story_id"].map(outlets).fillna(0).astype(int))
    table = table[table["story_size"] >= minimum]
    table = table.assign(_several=table["outlets"] >= 2)
    return table.sort_values(
        ["_several", "story_size", "outlets", "first_published", "story_id"],
        ascending=[False, False, False, True, True],
    ).reset_index(drop=True)[columns]


def _figures_pane(figures: pd.DataFrame) -> pd.DataFrame:
    """figure x outlet: the value as written in each outlet, and whether the outlets differ."""
    if not len(figures):
        return pd.DataFrame(columns=["figure", "differs"])
    labels = _article_labels(figures)
    rows = []
    for figure, group in figures.groupby("figure", sort=True):
        differs = bool((group["status"] == "differ").any())
        row: dict[str, Any] = {"figure": figure, "differs": differs}
        for item in group.itertuples(index=False):
            said = f" ({item.attributed_to})" if item.attributed_to else ""
            row[labels[item.article_id]] = f"{item.text}{said}"
        rows.append(row)
    pane = pd.DataFrame(rows)
    pane = pane.sort_values(["differs", "figure"], ascending=[False, True], kind="stable")
    return pane.reset_index(drop=True)


def _article_labels(frame: pd.DataFrame) -> dict[str, str]:
    """A column label per article: its outlet, with its date (then a number) where one outlet
    has several articles in the story."""
    articles = frame.drop_duplicates("article_id").sort_values(["published", "article_id"])
    outlets = [item.source or item.article_id for item in articles.itertuples(index=False)]
    labels: dict[str, str] = {}
    seen: dict[str, int] = {}
    for item, outlet in zip(articles.itertuples(index=False), outlets, strict=True):
        label = outlet
        if outlets.count(outlet) > 1:
            label = f"{outlet} {_date(item.published)}"
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:
                label = f"{label} #{seen[label]}"
        labels[item.article_id] = label
    return labels


def _claims_pane(claims: pd.DataFrame) -> pd.DataFrame:
    """Per claim: what is claimed, who asserts or relays it, who denies or disputes it.

    Grouped over plain records, not a pandas group per claim: a story holds hundreds of
    claims, and per-group filtering was most of the stories section's time in a report.
    """
    columns = ["claim", "asserted by", "answered by", "outlets", "first", "answered", "told"]
    if not len(claims):
        return pd.DataFrame(columns=columns)
    first = claims.groupby("claim_id", sort=False)["published"].min()
    fields = ["claim_id", "claim", "stance", "speaker", "speaker_resolved", "source", "published"]
    groups: dict[object, list[dict]] = {}
    for record in claims[fields].to_dict("records"):
        if not pd.isna(record["claim_id"]):  # as groupby: a row without a claim id is no claim
            groups.setdefault(record["claim_id"], []).append(record)

    def who(records: list[dict]) -> str:
        items = [
            f"{(r['speaker_resolved'] or r['speaker']) or 'unnamed'} ({r['stance']},"
            f" {r['source'] or '?'}, {_date(r['published'])})"
            for r in records
        ]
        return "; ".join(dict.fromkeys(items))

    rows = []
    for claim_id, group in groups.items():
        said = [r for r in group if r["stance"] not in ANSWERS]
        answers = [r for r in group if r["stance"] in ANSWERS]
        if not said and not has_verb(str(group[0]["claim"])):
            continue  # "opposes abortion": a stance on a thing, not a claim (the frame keeps it)
        rows.append(
            {
                "claim": (said or group)[0]["claim"],
                # a denial that answers no claim told in the story is its own row: what it
                # denies is its content, and nobody in the corpus is shown asserting it
                "asserted by": who(said) if said else UNTOLD,
                "answered by": who(answers),
                "outlets": ", ".join(sorted({r["source"] for r in group if r["source"]})),
                "first": first[claim_id],
                "answered": bool(answers),
                "told": bool(said),
            }
        )
    pane = pd.DataFrame(rows, columns=columns)
    # claims told and answered first, then denials of nothing told in the story, then the rest
    return pane.sort_values(
        ["answered", "told", "first"], ascending=[False, False, True]
    ).reset_index(drop=True)


#: What the claims pane says for a denial whose claim is told nowhere in the story.
UNTOLD = "(no telling of it in the story)"


def _outlets_text(sources: Any) -> str:
    """The outlets that report an event, each once, with how many of its articles do where
    more than one ("Reuters ×10", not "Reuters, Reuters, ...")."""
    from newslens.reporting import counted_values  # the report module, not at plugin load

    return counted_values(list(sources), ", ")


def _events_pane(events: pd.DataFrame) -> pd.DataFrame:
    columns = ["date", "until", "granularity", "event", "outlets", "first reported", "dates agree"]
    if not len(events):
        return pd.DataFrame(columns=columns)
    pane = pd.DataFrame(
        {
            "date": events["date_start"],
            "until": _until(events),
            "granularity": events["granularity"],
            "event": events["event"],
            "outlets": [_outlets_text(s) for s in events["sources"]],
            "first reported": events["first_reported"],
            "dates agree": events["dates_agree"],
        }
    )
    return pane.sort_values("date", kind="stable").reset_index(drop=True)


def story_summary(results: Mapping[str, pd.DataFrame], story_id: str) -> StorySummary:
    """The three panes of one story."""
    stories = _frame(results, STORIES_ID)
    members = stories[stories["story_id"] == story_id]

    def of(analysis_id: str) -> pd.DataFrame:
        frame = _frame(results, analysis_id)
        return frame[frame["story_id"] == story_id] if len(frame) else frame

    figures = of(FIGURES_ID)
    claims = of(CLAIMS_ID)
    outlets: set[str] = set()
    for frame in (figures, claims):
        if len(frame):
            outlets |= {s for s in frame["source"] if s}
    published = members["first_published"] if len(members) else pd.Series([], dtype=object)
    dates = pd.concat([f["published"] for f in (figures, claims) if len(f)] or [published])
    return StorySummary(
        story_id=story_id,
        title=str(members["story_title"].iloc[0]) if len(members) else story_id,
        size=len(members),
        outlets=sorted(outlets),
        first=dates.min() if len(dates.dropna()) else None,
        last=dates.max() if len(dates.dropna()) else None,
        figures=_figures_pane(figures),
        claims=_claims_pane(claims),
        events=_events_pane(of(TIMELINE_ID)),
    )


def summaries(
    results: Mapping[str, pd.DataFrame],
    limit: int | None = None,
    articles: pd.DataFrame | None = None,
) -> Iterator[StorySummary]:
    """Every story of two or more articles, largest first (at most ``limit``)."""
    order = stories_by_size(results, articles)
    for story_id in order["story_id"].head(limit if limit is not None else len(order)):
        yield story_summary(results, str(story_id))


# ----------------------------------------------------------------------------- HTML


class Html:
    """An HTML fragment the report shows as it is (built here from escaped pieces only)."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup


def _cell(value: Any) -> str:
    if isinstance(value, pd.Timestamp):
        return html.escape(_date(value))
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def _table(frame: pd.DataFrame, columns: list[str], highlight: str | None = None) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for record in frame.to_dict("records"):
        marked = bool(highlight and record.get(highlight))
        style = ' class="newslens-differ"' if marked else ""
        cells = "".join(f"<td>{_cell(record.get(c))}</td>" for c in columns)
        body.append(f"<tr{style}>{cells}</tr>")
    return (
        f'<table class="newslens-people"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


STYLE = (
    "<style>.newslens-differ td{background:#fde2e1}.newslens-story{margin:1em 0 2em}"
    ".newslens-story h3{margin-bottom:0.2em}.newslens-story .facts{color:#555}</style>"
)


#: Articles a story's figures table gives a column each; a larger story gets one line per figure.
MAX_OUTLET_COLUMNS = 6
#: Values listed per figure in that line, and figures listed so.
MAX_VALUES = 6
MAX_FIGURES = 15


def _figures_in_brief(pane: pd.DataFrame, outlets: list[str]) -> pd.DataFrame:
    """One line per figure: how many articles give it, and its distinct values as written,
    each with its first outlet (the figure x outlet pane folded)."""
    rows = []
    for record in pane.to_dict("records"):
        given = [(o, str(record[o])) for o in outlets if isinstance(record.get(o), str)]
        values: dict[str, str] = {}
        for outlet, value in given:
            values.setdefault(value, outlet)
        listed = [f"{value} [{outlet}]" for value, outlet in list(values.items())[:MAX_VALUES]]
        more = len(values) - MAX_VALUES
        rows.append(
            {
                "figure": record["figure"],
                "differs": record["differs"],
                "articles": len(given),
                "as written": "; ".join(listed) + (f"; and {more} more" if more > 0 else ""),
            }
        )
    return pd.DataFrame(rows, columns=["figure", "differs", "articles", "as written"])


def story_html(story: StorySummary) -> str:
    """One story's panes as escaped HTML."""
    span = (
        f"{_date(story.first)} to {_date(story.last)}"
        if story.first is not None and story.last is not None and story.first != story.last
        else _date(story.first)
    )
    parts = [
        f'<div class="newslens-story" id="story-{html.escape(story.story_id)}">',
        f"<h3>{html.escape(story.title)}</h3>",
        f'<p class="facts">{story.size} articles from {len(story.outlets)} outlet(s) '
        f"({html.escape(', '.join(story.outlets) or 'unknown')}), {html.escape(span)}.</p>",
    ]
    differ = story.figures[story.figures["differs"]] if len(story.figures) else story.figures
    parts.append("<h4>Disputed figures</h4>")
    if len(differ):
        outlets = [c for c in story.figures.columns if c not in ("figure", "differs")]
        if len(outlets) <= MAX_OUTLET_COLUMNS:
            parts.append(_table(story.figures, ["figure", *outlets], highlight="differs"))
        else:  # one column per article stops reading past a handful: one line per figure
            brief = _figures_in_brief(story.figures, outlets)
            brief = brief[brief["articles"] >= 2]  # one article's figure is no comparison
            parts.append(
                _table(
                    brief.head(MAX_FIGURES),
                    ["figure", "articles", "as written"],
                    highlight="differs",
                )
            )
            if len(brief) > MAX_FIGURES:
                parts.append(f'<p class="newslens-more">and {len(brief) - MAX_FIGURES} more</p>')
    elif len(story.outlets) == 1:  # figures are compared between outlets only
        parts.append("<p>One outlet only: an outlet's figures are not compared with its own.</p>")
    else:
        parts.append("<p>The outlets agree on every figure they share (or share none).</p>")
    parts.append("<h4>Claims and denials</h4>")
    answered = story.claims[story.claims["answered"]] if len(story.claims) else story.claims
    if len(answered):
        parts.append(_table(answered, ["claim", "asserted by", "answered by", "outlets"]))
    else:
        parts.append("<p>No claim of this story is denied or disputed in the corpus.</p>")
    parts.append("</div>")
    return "".join(parts)


#: Events dated more than half a year from the story's own publication dates are background
#: ("built in 1998"), left off the figure, which is about the event.
EVENT_WINDOW = pd.Timedelta(days=183)


def timeline_figure(story: StorySummary) -> Any:
    """The story's events on a date axis, each with its outlets; ``None`` without dated
    events near the story's own dates."""
    events = story.events.dropna(subset=["date"]) if len(story.events) else story.events
    if len(events) and story.first is not None and story.last is not None:
        dates = pd.to_datetime(events["date"], utc=True)
        near = (dates >= story.first - EVENT_WINDOW) & (dates <= story.last + EVENT_WINDOW)
        events = events[near.to_numpy()]
    if not len(events):
        return None
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    events = events.head(12).reset_index(drop=True)
    figure = Figure(figsize=(9, 0.42 * len(events) + 1.3), layout="tight")
    axes = figure.subplots()
    dates = pd.to_datetime(events["date"], utc=True).dt.tz_localize(None)
    ys = list(range(len(events)))[::-1]
    colours = ["#c0392b" if agree is False else "#2c7fb8" for agree in events["dates agree"]]
    axes.scatter(dates, ys, color=colours, zorder=3, s=30)
    reach = dates  # the axis spans every dot and every bar's end
    if "until" in events:  # a range ("since March", "March 1-20") is a bar to its last day
        until = pd.to_datetime(events["until"], utc=True).dt.tz_localize(None)
        runs = until.notna().to_numpy()
        if runs.any():
            axes.hlines(
                [y for y, run in zip(ys, runs, strict=True) if run], dates[runs], until[runs],
                colors=[c for c, run in zip(colours, runs, strict=True) if run], linewidth=3,
                alpha=0.5, zorder=2,
            )  # fmt: skip
            reach = pd.concat([dates, until[runs]])
    for x, y, event, outlets in zip(dates, ys, events["event"], events["outlets"], strict=True):
        text = str(event)
        label = (text[:70] + ("…" if len(text) > 70 else "")) + f"  [{outlets}]"
        axes.annotate(
            label, (x, y), xytext=(7, 0), textcoords="offset points", va="center", fontsize=8,
            annotation_clip=False,
        )  # fmt: skip
    low, high = reach.min(), reach.max()
    span = max(high - low, pd.Timedelta(days=2))
    axes.set_xlim(low - span * 0.05, high + span * 1.6)  # room for the labels on the right
    axes.set_ylim(-0.8, len(events) - 0.2)
    locator = mdates.AutoDateLocator(maxticks=6)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes.set_yticks([])
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    axes.set_title(f"What happened when: {story.title[:80]}", fontsize=10, loc="left")
    return figure


def render(context: ReportContext) -> list[Any]:
    """The report's stories section: the largest stories first, each with its disputed
    figures, claims and denials, and event timeline."""
    results = context.results
    order = stories_by_size(results, context.articles)
    if not len(order):
        return [
            "No story has two or more articles in this corpus: there is nothing to compare "
            "across outlets."
        ]
    items: list[Any] = [
        Html(STYLE),
        f"{len(order)} stories have two or more articles; {min(len(order), REPORT_STORIES)} "
        "follow, those told by two or more outlets first (only they can disagree), then the "
        "largest. Rows in red: the outlets give values that differ beyond rounding.",
    ]
    for story in summaries(results, REPORT_STORIES, context.articles):
        items.append(Html(story_html(story)))
        figure = timeline_figure(story)
        if figure is not None:
            items.append(figure)
    if len(order) > REPORT_STORIES:
        items.append(f"and {len(order) - REPORT_STORIES} smaller stories.")
    return items


SECTION = ReportSection(
    id="stories",
    title="Stories: what the outlets disagree on",
    render=render,
    needs=(STORIES_ID,),
    order=-10,  # before the analyses' sections: the report opens with the stories
    description="Per story: disputed figures, claims and the denials that answer them, events.",
)


# ----------------------------------------------------------------------------- terminal


def stories_text(
    results: Mapping[str, pd.DataFrame], limit: int = 20, articles: pd.DataFrame | None = None
) -> str:
    """The stories as text for ``newslens stories``: disputed figures and denials first."""
    order = stories_by_size(results, articles)
    if not len(order):
        return "No story has two or more articles."
    lines = [
        f"{len(order)} stories of two or more articles (told by several outlets first, then "
        "largest first):"
    ]
    for story in summaries(results, limit, articles):
        lines.append("")
        lines.append(f"== {story.title}  [{story.story_id}]")
        lines.append(
            f"   {story.size} articles, {len(story.outlets)} outlet(s): "
            f"{', '.join(story.outlets) or 'unknown'}; {_date(story.first)} to {_date(story.last)}"
        )
        differ = story.figures[story.figures["differs"]] if len(story.figures) else story.figures
        for row in differ.to_dict("records"):
            given = [
                f"{outlet}: {value}"
                for outlet, value in row.items()
                if outlet not in ("figure", "differs") and isinstance(value, str) and value
            ]
            more = f"; and {len(given) - MAX_VALUES} more" if len(given) > MAX_VALUES else ""
            values = "; ".join(given[:MAX_VALUES]) + more  # a line a terminal can show
            lines.append(f"   figure differs: {row['figure']}: {values}")
        answered = story.claims[story.claims["answered"]] if len(story.claims) else story.claims
        for row in answered.to_dict("records"):
            if row.get("told", True):
                lines.append(f"   claim: {row['claim']}")
                lines.append(f"     by: {row['asserted by'] or 'unattributed'}")
                lines.append(f"     answered by: {row['answered by']}")
            else:  # a denial of a claim told nowhere in the story: what it says, and who
                lines.append(f"   denied, no telling of it in the story: {row['claim']}")
                lines.append(f"     by: {row['answered by']}")
    if len(order) > limit:
        lines.append(f"\n... and {len(order) - limit} more stories (--out writes them all)")
    return "\n".join(lines)


def figures_report(context: Any) -> list[Any]:
    """The ``story.figures.v1`` section: the stories with the most figures, split by whether
    the outlets agree on them, and how many figures could be compared at all."""
    frame = context.all_findings
    if frame is None or not len(frame):
        return ["No story of two or more articles gives a figure."]
    keys = frame.assign(_status=_figure_status(frame)).drop_duplicates(["story_id", "figure"])
    counts = keys["_status"].value_counts()
    n_differ, n_agree = int(counts.get("differ", 0)), int(counts.get("agree", 0))
    return [
        _figures_by_story(keys, frame, context.articles),
        f"{n_differ + n_agree} figure(s) given by two or more outlets within a week of each "
        f"other: {n_differ} with values that differ beyond rounding, {n_agree} agreeing. "
        f"{int(counts.get('one outlet', 0))} more given by one outlet only (not compared). "
        "A figure that differs is a pointer, not a finding: read both sentences, since two "
        "facts can share a name (on news the rules were not written on, about one in five was "
        "a real dispute).",
    ]


def disagreements_first(frame: pd.DataFrame) -> pd.DataFrame:
    """The report's first rows of ``story.figures.v1``: the figures outlets dispute, then those
    they agree on, then those one outlet gives (most rows, and no comparison)."""
    if not len(frame):
        return frame
    rank = _figure_status(frame).map({"differ": 0, "agree": 1, "one outlet": 2})
    order = frame.assign(_rank=rank).sort_values(["_rank", "story_id", "figure"], kind="stable")
    return order.drop(columns="_rank")


def _figure_status(frame: pd.DataFrame) -> pd.Series:
    """Per row, its figure's standing in the story: ``differ`` when any of its rows differs,
    ``agree`` when outlets compared it and none differs, ``one outlet`` when none compared it."""
    keys = frame.groupby(["story_id", "figure"])["status"]
    compared = keys.transform(lambda s: bool((s != "single").any())).astype(bool)
    differ = keys.transform(lambda s: bool((s == "differ").any())).astype(bool)
    return pd.Series(
        np.where(differ, "differ", np.where(compared, "agree", "one outlet")), index=frame.index
    )


#: Stories in the figure, and its colours (disagreement red, as the stories tables mark it).
TOP_STORIES = 12
FIGURE_STATUS_COLOURS = {"differ": "#c0392b", "agree": "#3a9a4e", "one outlet": "#b0b0b0"}


def _figures_by_story(keys: pd.DataFrame, frame: pd.DataFrame, articles: Any) -> Any:
    """Stacked bars: the stories with the most figures compared between outlets (or, when no
    story has one, with the most figures), each split into figures that differ between outlets,
    that agree, and that one outlet gives (``keys``: one row per figure, with its ``_status``);
    a story is named by the title of its first-published article (in ``frame``)."""
    from newslens.reporting import stacked_bars

    table = keys.pivot_table(
        index="story_id", columns="_status", values="figure", aggfunc="count", fill_value=0
    )
    for status in FIGURE_STATUS_COLOURS:
        if status not in table:
            table[status] = 0
    # the stories whose outlets could be compared first: a story one outlet tells says nothing
    # of agreement, however many figures it gives
    table["_compared"] = table["differ"] + table["agree"]
    table["_total"] = table["_compared"] + table["one outlet"]
    if table["_compared"].any():
        table = table[table["_compared"] > 0]
    table = table.sort_values(["_compared", "_total"], ascending=False, kind="stable")
    table = table.head(TOP_STORIES)
    titles: dict[str, str] = {}
    if articles is not None and "title" in articles:
        title = articles.set_index("article_id")["title"].fillna("").astype(str)
        first = frame.sort_values("published", kind="stable").drop_duplicates("story_id")
        titles = {r.story_id: title.get(r.article_id, "") for r in first.itertuples()}
    labels = [(titles.get(story) or story)[:48] for story in table.index]
    return stacked_bars(
        table,
        FIGURE_STATUS_COLOURS,
        labels=labels,
        title="Story figures: do the outlets agree?",
        xlabel="figures",
    )
