"""Timeline figures: one article's expressions on a date axis, and a corpus's mentions against
publication dates.

Both functions return a :class:`matplotlib.figure.Figure` built with the object API (no
``pyplot`` state, so they are safe in the Agg backend, in worker threads and in report runs)
and compute nothing but layout: they read findings frames that ``timeline.v1`` returned.

Why the article plot does its own label layout: matplotlib places text where it is told and
never moves it, and news articles pile expressions onto a few days ("Wednesday", "on
Wednesday", "yesterday" all on the publication date). Labels are measured with the renderer
and assigned to *lanes* above the axis, greedily, so two labels never share a lane where they
would touch; past :data:`MAX_LABELS` the rest are drawn as unlabelled marks and counted ("N
more"). Durations, sets and expressions with no calendar date have no place on an axis and are
listed under it instead.

Why the corpus plot switches to density: a scatter of 50,000 mentions (Reuters-21578) is one
solid blot; above :data:`DENSITY_THRESHOLD` points it draws a log-scaled hexbin, so where the
press looks (back, ahead, at the day itself) stays visible. Mentions far from the bulk (a wire
quoting 1680) would squash the axis, so the shown range is the central 95% of mentions and the
rest are counted in a note.

Every string that comes from an article is drawn with ``parse_math=False``: a "$5 ... $6" in a
sentence must not turn into mathtext (or fail to parse).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from newslens.reporting import quiet_glyphs  # "Glyph ... missing": boxes are expected
from newslens_timeline.summary import dated, dated_mask, days, publication_info

#: Labels drawn on an article's axis; further dated expressions are marked and counted.
MAX_LABELS = 14
#: Characters of event context per label.
CONTEXT_CHARS = 64
#: Above this many points the corpus plot draws density (hexbin) instead of a scatter.
DENSITY_THRESHOLD = 3000
#: Share of mentions kept in the corpus plot's range when no range is given (the rest counted).
CENTRAL_SHARE = 0.95

TYPE_COLOURS = {"DATE": "#1f5fa8", "TIME": "#d9730d"}
MUTED = "#9aa0a6"
PUBLISHED_COLOUR = "#c0392b"

_FONT = 8.0  # points, labels
_LANE = 0.25  # inches between lanes
_GAP = 0.08  # inches between two labels in one lane
_MARGIN = 0.3  # inches, left and right
_EPOCH = 0.0  # matplotlib date numbers count days since 1970-01-01 (its default epoch)


# ----------------------------------------------------------------------------- helpers


def png_bytes(figure: Figure, *, dpi: int = 100) -> bytes:
    """The figure as PNG bytes (for ``ipywidgets.Image``); tight bounding box."""
    buffer = io.BytesIO()
    with quiet_glyphs():
        figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    return buffer.getvalue()


@dataclass(frozen=True)
class PNG:
    """A figure shown as PNG wherever ``_repr_png_`` is read: drawn with glyph warnings
    silenced. (Reports are handed the bare figure and embed it as SVG.)"""

    figure: Figure
    dpi: int = 100

    def _repr_png_(self) -> bytes:
        return png_bytes(self.figure, dpi=self.dpi)


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(figure)  # a renderer to measure text with, whatever the pyplot backend
    return figure


def _clean(text: Any) -> str:
    return re.sub(r"\s+", " ", "" if text is None or text is pd.NA else str(text)).strip()


def event_context(sentence: str, expression: str, offset: int | None = None) -> str:
    """A shortened sentence around ``expression``: the event it dates, for a label.

    :param offset: where the expression starts in ``sentence`` when known (``start -
        sentence_start``); otherwise its first occurrence is used, then the sentence's head.
    """
    raw = "" if sentence is None else str(sentence)
    expression = _clean(expression)
    position = -1
    if offset is not None and 0 <= offset <= len(raw):
        # the stored sentence is stripped: look near the expected offset first
        found = raw.find(expression, max(0, offset - len(raw) + len(raw.lstrip()) - 2))
        position = found if found >= 0 else -1
    if position < 0:
        position = raw.find(expression) if expression else -1
    text = _clean(raw)
    if position >= 0:
        position = len(_clean(raw[:position]))  # the offset once whitespace is folded
    if len(text) <= CONTEXT_CHARS:
        return text or expression
    if position < 0:
        return text[: CONTEXT_CHARS - 1].rsplit(" ", 1)[0] + "…"
    middle = position + len(expression) // 2
    lo = max(0, min(middle - CONTEXT_CHARS // 2, len(text) - CONTEXT_CHARS))
    hi = lo + CONTEXT_CHARS
    piece = text[lo:hi]
    if lo > 0 and " " in piece[:12]:
        piece = piece.split(" ", 1)[1]
    if hi < len(text) and " " in piece[-12:]:
        piece = piece.rsplit(" ", 1)[0]
    return ("…" if lo > 0 else "") + piece.strip() + ("…" if hi < len(text) else "")


def _datenum(stamps: pd.Series) -> np.ndarray:
    return (days(stamps) + _EPOCH).to_numpy(dtype="float64")


def _style_date_axis(axis: Any) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    axis.set_major_locator(locator)
    axis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _measure(figure: Figure, texts: Sequence[str], size: float = _FONT) -> list[float]:
    """Widths in inches of ``texts`` as drawn at ``size`` points."""
    renderer = figure.canvas.get_renderer()
    widths = []
    with quiet_glyphs():
        for text in texts:
            artist = figure.text(0, 0, text, fontsize=size, parse_math=False)
            widths.append(artist.get_window_extent(renderer).width / figure.dpi)
            artist.remove()
    return widths


def _wrap(figure: Figure, items: Sequence[str], width: float, size: float) -> list[str]:
    """Join ``items`` with " · " into lines no wider than ``width`` inches (measured)."""
    lines: list[str] = []
    current = ""
    for item in items:
        candidate = f"{current} · {item}" if current else item
        if current and _measure(figure, [candidate], size)[0] > width:
            lines.append(current)
            current = item
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


# ----------------------------------------------------------------------------- article plot


@dataclass
class _Item:
    x: float  # date number of the point the label refers to
    x0: float  # start and end of its period (equal for a point)
    x1: float
    label: str
    colour: str
    lane: int = -1
    left: float = 0.0  # label box in inches from the axes' left edge
    right: float = 0.0
    align: str = "left"


def _undated_lines(rows: pd.DataFrame) -> list[tuple[str, list[str]]]:
    """Durations, sets and DATE/TIME values with no calendar bounds, as (heading, items)."""
    if not len(rows):
        return []
    groups = []
    for heading, mask in (
        ("Durations", rows["type"] == "DURATION"),
        ("Sets", rows["type"] == "SET"),
        ("Not on the calendar", rows["type"].isin(("DATE", "TIME"))),
    ):
        part = rows[mask]
        if len(part):
            items = [
                f"{_clean(t)} ({_clean(v) or '?'})"
                for t, v in zip(part["text"], part["value"], strict=False)
            ]
            unique = {item.lower(): item for item in reversed(items)}  # first wording wins
            groups.append((heading, [unique[k] for k in dict.fromkeys(i.lower() for i in items)]))
    return groups


def article_timeline(
    findings: pd.DataFrame,
    article: Any = None,
    *,
    max_labels: int = MAX_LABELS,
    width: float = 9.0,
) -> Figure:
    """One article's DATE/TIME expressions on a date axis, each labelled with the event it
    dates (a shortened sentence), labels in lanes that never overlap.

    :param findings: ``timeline.v1`` findings of one article (other articles' rows are not
        filtered out: pass the article's rows).
    :param article: the :class:`newslens.Article` (for the title and publication date), or
        ``None``.
    :param max_labels: labels drawn; further dated expressions are grey marks, counted in a note.
    """
    figure = _figure(width, 3.0)
    published = getattr(article, "published", None)
    title = _clean(getattr(article, "title", "")) or _clean(getattr(article, "article_id", ""))
    if findings is None:
        findings = pd.DataFrame(columns=["type", "date_start"])
    # by position, not index label: a caller's frame may repeat labels
    mask = dated_mask(findings).to_numpy()
    on_axis, off_axis = findings[mask], findings[~mask]
    axes_width = width - 2 * _MARGIN

    items: list[_Item] = []
    if len(on_axis):
        starts = _datenum(on_axis["date_start"])
        ends_raw = on_axis["date_end"] if "date_end" in on_axis else on_axis["date_start"]
        ends = _datenum(ends_raw)
        ends = np.where(np.isnan(ends), starts, ends)
        # a point is a day or less; a longer period is drawn as a bar, labelled at its middle
        span = ends - starts
        anchor = np.where(span <= 1.0, starts, (starts + ends) / 2)
        offsets = (
            (on_axis["start"] - on_axis["sentence_start"]).tolist()
            if {"start", "sentence_start"} <= set(on_axis.columns)
            else [None] * len(on_axis)
        )
        values = on_axis["value"] if "value" in on_axis else on_axis["type"]
        for i, (text, sentence, kind, value) in enumerate(
            zip(
                on_axis["text"],
                on_axis.get("sentence_text", on_axis["text"]),
                on_axis["type"],
                values,
                strict=True,
            )
        ):
            # the value leads the label: when expressions crowd one stretch of the axis, the
            # label still says which day or month it is
            items.append(
                _Item(
                    x=float(anchor[i]),
                    x0=float(starts[i]),
                    x1=float(ends[i]),
                    label=f"{_clean(value)} · {event_context(sentence, text, offsets[i])}",
                    colour=TYPE_COLOURS.get(str(kind), TYPE_COLOURS["DATE"]),
                )
            )
        # one label per distinct value (a table header repeating "04/09/87" is one label,
        # "(x4)"); the most precise values first, then in document order
        keys = [_clean(v) for v in values]
        repeats: dict[str, int] = {}
        for key in keys:
            repeats[key] = repeats.get(key, 0) + 1
        order = np.lexsort((np.arange(len(items)), np.round(span, 3)))
        labelled, seen = [], set()
        for i in order:
            if keys[i] in seen:
                continue
            seen.add(keys[i])
            if repeats[keys[i]] > 1:
                items[i].label += f" (×{repeats[keys[i]]})"
            labelled.append(items[i])
            if len(labelled) == max_labels:
                break
    else:
        labelled = []
    unlabelled = len(items) - len(labelled)

    # x range: every period, plus the publication date
    points = [v for it in items for v in (it.x0, it.x1)]
    pub_x = float(_datenum(pd.Series([published]))[0]) if published is not None else np.nan
    if not np.isnan(pub_x):
        points.append(pub_x)
    if points:
        lo, hi = min(points), max(points)
        pad = max((hi - lo) * 0.04, 1.0)
        lo, hi = lo - pad, hi + pad
    else:
        lo, hi = 0.0, 1.0

    # labels measured, placed left- or right-aligned so they stay inside the axes, then laned
    widths = _measure(figure, [it.label for it in labelled])
    pad_in = 2 * 0.3 * _FONT / 72  # the label box's padding, both sides
    for it, w in zip(labelled, widths, strict=True):
        w = min(w + pad_in, axes_width)
        at = (it.x - lo) / (hi - lo) * axes_width
        if at + w <= axes_width:
            it.left, it.right, it.align = at, at + w, "left"
        elif at - w >= 0:
            it.left, it.right, it.align = at - w, at, "right"
        else:
            it.left, it.right, it.align = axes_width - w, axes_width, "right"
    lane_ends: list[float] = []
    for it in sorted(labelled, key=lambda item: item.left):
        for lane, end in enumerate(lane_ends):
            if end + _GAP <= it.left:
                it.lane = lane
                lane_ends[lane] = it.right
                break
        else:
            it.lane = len(lane_ends)
            lane_ends.append(it.right)
    lanes = len(lane_ends)

    # notes under the axis: what is not on it
    note_size = 7.5
    notes: list[str] = []
    if unlabelled:
        notes.append(
            f"{unlabelled} more dated expression(s) (repeats, or past the first {max_labels} "
            "values) marked in grey, not labelled: see the table."
        )
    for heading, entries in _undated_lines(off_axis):
        shown = entries[:12]
        more = f" · +{len(entries) - len(shown)} more" if len(entries) > len(shown) else ""
        wrapped = _wrap(figure, [f"{heading}: {shown[0]}", *shown[1:]], axes_width, note_size)
        if more:
            wrapped[-1] += more
        notes.extend(wrapped)
    if not items:
        notes.insert(0, "No expression with a calendar date in this article.")

    # geometry in inches: title, lanes, axis band, tick labels, notes
    top, band, ticks = 0.55, 0.45, 0.4
    note_pitch = note_size * 1.6 / 72
    lanes_height = (lanes + 0.6) * _LANE
    axes_height = lanes_height + band
    height = top + axes_height + ticks + note_pitch * len(notes) + 0.1
    figure.set_size_inches(width, height)
    axes = figure.add_axes(
        (
            _MARGIN / width,
            (ticks + note_pitch * len(notes) + 0.1) / height,
            axes_width / width,
            axes_height / height,
        )
    )
    # one y unit is one lane; the axis line sits at y = 0
    y_low = -band / _LANE
    axes.set_ylim(y_low, lanes + 0.6)
    axes.set_xlim(lo, hi)
    axes.axhline(0, color="#444", lw=1, zorder=1)
    axes.set_yticks([])
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_position(("data", y_low))
    _style_date_axis(axes.xaxis)
    axes.tick_params(axis="x", labelsize=8)

    if not np.isnan(pub_x):
        axes.axvline(pub_x, color=PUBLISHED_COLOUR, ls="--", lw=1, zorder=1)
    is_labelled = {id(it) for it in labelled}
    for it in items:
        colour = it.colour if id(it) in is_labelled else MUTED
        if it.x1 - it.x0 > 1.0:
            axes.plot([it.x0, it.x1], [0, 0], color=colour, lw=5, alpha=0.35, zorder=2)
        axes.plot([it.x], [0], "o", color=colour, ms=4 if id(it) in is_labelled else 3, zorder=3)
    inch = (hi - lo) / axes_width  # date units per inch
    for it in labelled:
        y = it.lane + 1
        box_left, box_right = lo + it.left * inch, lo + it.right * inch
        # the connector rises from the point to the label, or to its nearest edge when the
        # label had to be pushed away from the point to stay inside the axes
        foot = min(max(it.x, box_left), box_right)
        axes.plot([it.x, foot], [0, y], color="#888", lw=0.6, zorder=1)
        inset = (0.3 * _FONT / 72) * inch
        axes.text(
            box_left + inset if it.align == "left" else box_right - inset,
            y,
            it.label,
            ha=it.align,
            va="center",
            fontsize=_FONT,
            parse_math=False,
            zorder=4,
            gid="timeline-label",
            bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": it.colour, "lw": 0.6},
        )

    pub_text = f"published {pd.Timestamp(published):%Y-%m-%d} (dashed line)" if published else ""
    count = f"{len(items)} dated expression(s)" + (f", {len(labelled)} labelled" if items else "")
    figure.text(
        _MARGIN / width,
        1 - 0.12 / height,
        _shorten(title, 110) or "Article timeline",
        fontsize=10,
        weight="bold",
        va="top",
        parse_math=False,
    )
    figure.text(
        _MARGIN / width,
        1 - 0.36 / height,
        " · ".join(p for p in (pub_text, count) if p),
        fontsize=8,
        va="top",
        color="#444",
        parse_math=False,
    )
    for i, line in enumerate(notes):
        figure.text(
            _MARGIN / width,
            (note_pitch * (len(notes) - i - 1) + 0.1) / height,
            line,
            fontsize=note_size,
            va="bottom",
            color="#333",
            parse_math=False,
            gid="timeline-note",
        )
    return figure


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ----------------------------------------------------------------------------- corpus plot


@dataclass(frozen=True)
class CorpusPoints:
    """The corpus plot's data: one row per dated mention with a publication date.

    Built once (it maps article ids to dates for every finding) and then filtered cheaply
    by :func:`corpus_timeline` and the view.
    """

    frame: pd.DataFrame  # index: the findings' index; columns x (published), y (mentioned)

    @classmethod
    def build(cls, findings: pd.DataFrame, articles: pd.DataFrame | None) -> CorpusPoints:
        rows = dated(findings) if findings is not None and len(findings) else None
        if rows is None or not len(rows):
            return cls(pd.DataFrame({"x": [], "y": [], "type": []}, dtype="float64"))
        info = publication_info(articles)
        published = rows["article_id"].astype(str).map(info["published"])
        frame = pd.DataFrame(
            {
                "x": _datenum(pd.to_datetime(published, utc=True)),
                "y": _datenum(rows["date_start"]),
                "type": rows["type"].astype(str).to_numpy(),
            },
            index=rows.index,
        )
        return cls(frame[frame["x"].notna() & frame["y"].notna()])

    def within(self, date_range: tuple[Any, Any] | None) -> pd.DataFrame:
        """Points whose mentioned date is in ``[start, end)`` (``None``: all of them)."""
        if date_range is None:
            return self.frame
        start, end = (_datenum(pd.Series([pd.Timestamp(v)]))[0] for v in date_range)
        y = self.frame["y"]
        return self.frame[(y >= start) & (y < end)]


def _central(values: np.ndarray, share: float) -> tuple[float, float]:
    if len(values) < 50:
        return float(values.min()), float(values.max())
    cut = (1 - share) / 2
    return float(np.quantile(values, cut)), float(np.quantile(values, 1 - cut))


def corpus_timeline(
    findings: pd.DataFrame | CorpusPoints,
    articles: pd.DataFrame | None = None,
    *,
    date_range: tuple[Any, Any] | None = None,
    density_threshold: int = DENSITY_THRESHOLD,
    highlight: Sequence[Any] = (),
    width: float = 9.0,
    height: float = 5.0,
) -> Figure:
    """Dates mentioned (y) against publication dates (x), one point per dated expression;
    density (log hexbin) above ``density_threshold`` points.

    :param findings: ``timeline.v1`` findings of the corpus, or prepared :class:`CorpusPoints`.
    :param date_range: ``(start, end)`` of the dates mentioned to show (end exclusive);
        ``None`` shows the central 95% and counts the rest.
    :param highlight: index labels of findings to ring (the view's click-through).
    """
    import matplotlib.dates as mdates

    points = (
        findings if isinstance(findings, CorpusPoints) else CorpusPoints.build(findings, articles)
    )
    shown = points.within(date_range)
    figure = _figure(width, height)
    axes = figure.add_subplot()
    note = ""
    if len(shown) and date_range is None:
        y_lo, y_hi = _central(shown["y"].to_numpy(), CENTRAL_SHARE)
        outside = shown[(shown["y"] < y_lo) | (shown["y"] > y_hi)]
        if len(outside):
            earliest = mdates.num2date(outside["y"].min()).year
            latest = mdates.num2date(outside["y"].max()).year
            note = (
                f"{len(outside)} mention(s) outside the range shown "
                f"(from {earliest} to {latest}); pick a range to see them."
            )
            shown = shown[(shown["y"] >= y_lo) & (shown["y"] <= y_hi)]
    density = len(shown) > density_threshold
    if not len(shown):
        axes.text(
            0.5,
            0.5,
            "No dated expression with a publication date"
            + (" in this range." if date_range else "."),
            ha="center",
            va="center",
            transform=axes.transAxes,
            fontsize=10,
            color="#444",
        )
        axes.set_xticks([])
        axes.set_yticks([])
    else:
        x, y = shown["x"].to_numpy(), shown["y"].to_numpy()
        x_lo, x_hi = x.min(), x.max()
        y_lo, y_hi = y.min(), y.max()
        x_pad = max((x_hi - x_lo) * 0.03, 1.0)
        y_pad = max((y_hi - y_lo) * 0.03, 1.0)
        extent = (x_lo - x_pad, x_hi + x_pad, y_lo - y_pad, y_hi + y_pad)
        if density:
            cells = axes.hexbin(
                x, y, gridsize=(60, 36), bins="log", mincnt=1, cmap="viridis", extent=extent
            )
            bar = figure.colorbar(cells, ax=axes, pad=0.02)
            bar.set_label("mentions per cell (log scale)", fontsize=8)
        else:
            for kind, colour in TYPE_COLOURS.items():
                part = shown[shown["type"] == kind]
                if len(part):
                    axes.scatter(
                        part["x"], part["y"], s=14, alpha=0.6, color=colour, label=kind, lw=0
                    )
        low, high = max(extent[0], extent[2]), min(extent[1], extent[3])
        if low < high:
            axes.plot(
                [low, high], [low, high], color=PUBLISHED_COLOUR, ls="--", lw=1,
                label="mentioned = published",
            )  # fmt: skip
        ringed = shown[shown.index.isin(list(highlight))] if len(highlight) else shown.iloc[0:0]
        if len(ringed):
            axes.scatter(
                ringed["x"], ringed["y"], s=110, facecolors="none", edgecolors="#e31a1c",
                lw=1.8, zorder=5, label="selected",
            )  # fmt: skip
        axes.set_xlim(extent[0], extent[1])
        axes.set_ylim(extent[2], extent[3])
        _style_date_axis(axes.xaxis)
        _style_date_axis(axes.yaxis)
        axes.legend(loc="upper left", fontsize=7, framealpha=0.85)
        axes.tick_params(labelsize=8)
        axes.grid(alpha=0.25)
    axes.set_xlabel("publication date", fontsize=9)
    axes.set_ylabel("date mentioned", fontsize=9)
    n_articles = (
        findings.loc[shown.index, "article_id"].nunique()
        if not isinstance(findings, CorpusPoints) and len(shown)
        else None
    )
    what = f"{len(shown):,} dated mention(s)" + (
        f" in {n_articles:,} article(s)" if n_articles is not None else ""
    )
    axes.set_title(
        f"Dates mentioned against publication dates: {what}" + (" (density)" if density else ""),
        fontsize=10,
    )
    # a point below the diagonal looks back, above it looks ahead
    footnotes = ["Below the dashed line: looking back; above it: looking ahead."]
    if note:
        footnotes.append(note)
    for i, line in enumerate(footnotes):
        figure.text(
            0.01, 0.01 + i * 0.035, line, fontsize=7.5, color="#444", va="bottom",
            gid="timeline-note",
        )  # fmt: skip
    figure.subplots_adjust(bottom=0.13 + 0.035 * len(footnotes))
    return figure


__all__ = [
    "CONTEXT_CHARS",
    "DENSITY_THRESHOLD",
    "MAX_LABELS",
    "PNG",
    "CorpusPoints",
    "article_timeline",
    "corpus_timeline",
    "event_context",
    "png_bytes",
]
