"""Pure HTML rendering shared by the explorer, plugin views and reports.

No widgets here: these functions take frames and strings and return HTML strings, so they are
tested by snapshot and reused by static reports. Article text is untrusted input: every piece
of it passes through :func:`html.escape`.

Colours are fixed per *layer* (an analysis, or an analysis and one value of its label column,
e.g. ``stance.attributions.v1:deny``): a hash of the layer's key picks one of
:data:`PALETTE`'s 20 contrasting colours, so a kind of finding has the same colour in every
article, view and report. :func:`assign_colours` does the same for all the layers of a corpus
at once and moves a layer whose colour is taken to the next free one, so up to 20 layers never
share a colour (the explorer uses it once per corpus). Where
marks overlap, every layer stays visible: each layer is its own nested ``<mark>`` with a
translucent fill and an underline at its own depth (a date inside a quotation shows both).
"""

from __future__ import annotations

import bisect
import hashlib
import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import pandas as pd

TEXT_STYLE = (
    "white-space:pre-wrap;font-family:Georgia,serif;line-height:2.1;max-width:52em;"
    "padding:0.5em 1em;border:1px solid #ddd;border-radius:4px;background:#fff;color:#111"
)

#: Pixels between two layers' underlines.
UNDERLINE_STEP = 3


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of text: offsets into the text, a label and a colour group.

    ``layer`` is the key its colour comes from (default: ``group``); ``finding`` numbers the
    finding it shows, so a view can flash every piece of it (-1: none).
    """

    start: int
    end: int
    label: str = ""
    group: str = ""
    layer: str = ""
    finding: int = -1

    @property
    def key(self) -> str:
        return self.layer or self.group


@dataclass(frozen=True)
class LayerColour:
    """A layer's colours: ``fill`` (translucent background) and ``line`` (its underline)."""

    fill: str
    line: str
    swatch: str


#: Kenneth Kelly's colours of maximum contrast (1965), without white and black.
PALETTE = (
    "#f3c300", "#875692", "#f38400", "#a1caf1", "#be0032", "#c2b280", "#848482", "#008856",
    "#e68fac", "#0067a5", "#f99379", "#604e97", "#f6a600", "#b3446c", "#dcd300", "#882d17",
    "#8db600", "#654522", "#e25822", "#2b3d26",
)  # fmt: skip


def _slot(key: str) -> int:
    digest = hashlib.blake2s(key.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big") % len(PALETTE)


@lru_cache(maxsize=64)
def _colour(line: str) -> LayerColour:
    r, g, b = (int(line[i : i + 2], 16) for i in (1, 3, 5))
    swatch = tuple(round(c * 0.35 + 255 * 0.65) for c in (r, g, b))  # the fill over white
    return LayerColour(
        fill=f"rgba({r},{g},{b},0.35)",
        line=line,
        swatch="#{:02x}{:02x}{:02x}".format(*swatch),
    )


def layer_colours(key: str) -> LayerColour:
    """The fixed colours of a layer, from a hash of its key (stable across runs)."""
    return _colour(PALETTE[_slot(key)])


def assign_colours(keys: Iterable[str]) -> dict[str, LayerColour]:
    """Colours for all the layers of a corpus: each at its hashed colour when that is free,
    else the next free one (in key order), so up to ``len(PALETTE)`` layers stay distinct."""
    taken: set[int] = set()
    out = {}
    for key in sorted(set(keys)):
        slot = _slot(key)
        for step in range(len(PALETTE)):
            if (slot + step) % len(PALETTE) not in taken:
                slot = (slot + step) % len(PALETTE)
                break
        taken.add(slot)
        out[key] = _colour(PALETTE[slot])
    return out


def spans_from_findings(
    findings: pd.DataFrame,
    group: str,
    label_columns: Sequence[str] = (),
    *,
    layer_column: str | None = None,
) -> list[Span]:
    """Spans from a findings frame with ``start``/``end`` columns (others ignored).

    With ``layer_column``, each span's layer is ``group:value`` (``group`` when the value is
    empty), so each value of that column gets its own colour. ``finding`` is the row's
    position in ``findings``.
    """
    if findings.empty or not {"start", "end"} <= set(findings.columns):
        return []
    labels = [c for c in label_columns if c in findings.columns]
    starts = findings["start"].tolist()
    ends = findings["end"].tolist()
    label_values = [findings[c].tolist() for c in labels]
    layer_values = (
        findings[layer_column].tolist()
        if layer_column and layer_column in findings.columns
        else None
    )
    spans = []
    for row, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if pd.isna(start) or pd.isna(end):
            continue
        label = " · ".join(str(values[row]) for values in label_values if _present(values[row]))
        layer = group
        if layer_values is not None and _present(layer_values[row]):
            layer = f"{group}:{layer_values[row]}"
        spans.append(Span(int(start), int(end), label, group, layer, row))
    return spans


def _present(value: object) -> bool:
    if value is None or value is pd.NA:
        return False
    try:
        if pd.isna(value):
            return False
    except (TypeError, ValueError):
        pass
    return bool(str(value))


def highlight_html(
    text: str,
    spans: Iterable[Span],
    *,
    style: str = TEXT_STYLE,
    sentences: Sequence[tuple[int, int]] | None = None,
    titles: Mapping[str, str] | None = None,
    colours: Mapping[str, LayerColour] | None = None,
    extra_class: str = "",
) -> str:
    """The text as escaped HTML with every span in a ``<mark>``, coloured by its layer.

    Overlaps: the text is cut at every span boundary, and each piece holds one nested
    ``<mark>`` per layer covering it (outermost = deepest underline), so every layer shows and
    the markup always nests. Marks carry ``data-layer`` (the layer key) and ``data-f`` (the
    findings shown), for a view to hide a layer or flash a finding. With ``sentences``
    (``(start, end)`` offsets), every piece sits in a ``<span class="nl-seg" data-s=N>`` naming
    its sentence, so a view can scroll to and flash sentence N. ``titles`` maps a layer key to
    its readable name for the tooltip; ``colours`` overrides :func:`layer_colours` (the
    explorer passes :func:`assign_colours` of the whole corpus). Out-of-range spans are
    clipped.
    """
    n = len(text)
    spans = [s for s in spans if min(s.end, n) > max(s.start, 0)]
    order = {key: depth for depth, key in enumerate(sorted({s.key for s in spans}))}
    starts = sorted({max(0, min(n, s.start)) for s in spans})
    bounds = {0, n, *starts, *(max(0, min(n, s.end)) for s in spans)}
    sentence_starts: list[int] = []
    if sentences:
        sentence_starts = [a for a, _ in sentences]
        bounds |= {a for a in sentence_starts if 0 <= a <= n}
    points = sorted(bounds)
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        opening.setdefault(max(0, span.start), []).append(index)
        closing.setdefault(min(n, span.end), []).append(index)
    classes = "newslens-text" + (f" {extra_class}" if extra_class else "")
    out = [f'<div class="{classes}" style="{style}">']
    active: dict[int, None] = {}
    for left, right in pairwise(points):
        for index in closing.get(left, ()):
            active.pop(index, None)
        for index in opening.get(left, ()):
            active[index] = None
        piece = html.escape(text[left:right])
        if sentences:
            number = max(0, bisect.bisect_right(sentence_starts, left) - 1)
            out.append(f'<span class="nl-seg" data-s="{number}">')
        if active:
            by_layer: dict[str, list[Span]] = {}
            for index in active:
                by_layer.setdefault(spans[index].key, []).append(spans[index])
            layers = sorted(by_layer, key=lambda k: -order[k])  # outermost first
            for layer in layers:
                colour = (colours or {}).get(layer) or layer_colours(layer)
                out.append(_open_mark(layer, by_layer[layer], order[layer], titles, colour))
            out.append(piece)
            out.append("</mark>" * len(layers))
        else:
            out.append(piece)
        if sentences:
            out.append("</span>")
    out.append("</div>")
    return "".join(out)


def _open_mark(
    layer: str,
    spans: list[Span],
    depth: int,
    titles: Mapping[str, str] | None,
    colours: LayerColour,
) -> str:
    name = (titles or {}).get(layer, layer)
    tip = "; ".join(dict.fromkeys(f"{name}: {s.label}" if s.label else name for s in spans))
    findings = " ".join(str(s.finding) for s in spans if s.finding >= 0)
    pad = 1 + UNDERLINE_STEP * depth
    return (
        f'<mark class="newslens-mark" data-layer="{html.escape(layer)}" '
        f'data-f="{findings}" title="{html.escape(tip)}" '
        f'style="background:{colours.fill};background-clip:content-box;color:inherit;'
        f"border-bottom:2px solid "
        f'{colours.line};padding:0 0 {pad}px 0">'
    )


def legend_html(layers: Iterable[tuple[str, str]]) -> str:
    """A static legend: one swatch per ``(layer key, readable name)``."""
    items = []
    for key, name in layers:
        colours = layer_colours(key)
        items.append(
            f'<span class="nl-legend-item" data-layer="{html.escape(key)}" '
            'style="margin-right:1em;white-space:nowrap">'
            f'<span style="display:inline-block;width:1em;height:1em;vertical-align:middle;'
            f"background:{colours.swatch};border-bottom:3px solid {colours.line};"
            f'margin-right:.3em"></span>{html.escape(name)}</span>'
        )
    return f'<div class="nl-legend">{"".join(items)}</div>'


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
