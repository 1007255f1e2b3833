"""Pure HTML rendering shared by the explorer, plugin views and reports.

No widgets here: these functions take frames and strings and return HTML strings, so they are
tested by snapshot and reused by static reports. Article text is untrusted input: every piece
of it passes through :func:`html.escape`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

PALETTE = ("#ffe08a", "#b6e3ff", "#c8f2c2", "#ffc9de", "#e2d4ff", "#ffd6a8")

TEXT_STYLE = (
    "white-space:pre-wrap;font-family:Georgia,serif;line-height:1.5;max-width:52em;"
    "padding:0.5em 1em;border:1px solid #ddd;border-radius:4px;background:#fff;color:#111"
)


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of text: offsets into the text, a label and a colour group."""

    start: int
    end: int
    label: str = ""
    group: str = ""


def spans_from_findings(
    findings: pd.DataFrame, group: str, label_columns: Sequence[str] = ()
) -> list[Span]:
    """Spans from a findings frame with ``start``/``end`` columns (others ignored)."""
    if findings.empty or not {"start", "end"} <= set(findings.columns):
        return []
    spans = []
    labels = [c for c in label_columns if c in findings.columns]
    for row in findings.itertuples(index=False):
        start, end = row.start, row.end
        if pd.isna(start) or pd.isna(end):
            continue
        label = " · ".join(
            str(getattr(row, c))
            for c in labels
            if pd.notna(getattr(row, c)) and str(getattr(row, c))
        )
        spans.append(Span(int(start), int(end), label, group))
    return spans


def highlight_html(text: str, spans: Iterable[Span], *, style: str = TEXT_STYLE) -> str:
    """The text as escaped HTML with every span wrapped in a ``<mark>``.

    Overlapping spans are cut at every boundary, so nesting never breaks the markup; each
    piece is marked with the groups covering it. Out-of-range spans are clipped.
    """
    spans = [s for s in spans if s.end > s.start]
    colours: dict[str, str] = {}
    for span in spans:
        colours.setdefault(span.group, PALETTE[len(colours) % len(PALETTE)])
    bounds = sorted(
        {0, len(text)} | {max(0, min(len(text), p)) for s in spans for p in (s.start, s.end)}
    )
    out = [f'<div class="newslens-text" style="{style}">']
    for left, right in pairwise(bounds):
        piece = html.escape(text[left:right])
        covering = [s for s in spans if s.start <= left and s.end >= right]
        if not covering:
            out.append(piece)
            continue
        groups = sorted({s.group for s in covering})
        title = "; ".join(
            dict.fromkeys(f"{s.group}: {s.label}" if s.label else s.group for s in covering)
        )
        out.append(
            f'<mark class="newslens-mark" data-groups="{html.escape(" ".join(groups))}" '
            f'title="{html.escape(title)}" style="background:{colours[groups[0]]};padding:0 1px">'
            f"{piece}</mark>"
        )
    out.append("</div>")
    return "".join(out)


def table_html(
    frame: pd.DataFrame, *, max_rows: int = 200, columns: Sequence[str] | None = None
) -> str:
    """A findings table as escaped HTML (pandas escapes cell text)."""
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns]]
    shown = frame.head(max_rows)
    table = shown.to_html(index=False, escape=True, border=0, classes="newslens-table", na_rep="")
    more = (
        f"<p><em>{len(frame) - max_rows} more rows not shown</em></p>"
        if len(frame) > max_rows
        else ""
    )
    return f'<div style="max-height:28em;overflow:auto">{table}</div>{more}'


def escape(value: object) -> str:
    """Escape any value for HTML text or attribute context."""
    return html.escape("" if value is None else str(value))
