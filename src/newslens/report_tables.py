"""Tables for people: what a report reader sees of a frame.

A findings frame is made for code: character offsets, sentence indexes, article hashes,
timestamps to the nanosecond. A reader needs the article's title, outlet and date, the words
found, and the values, in a table no wider than the page that prints whole. So:

- offset and index columns (``start``, ``end``, ``*_start``, ``*_end``, ``n``, ``ord``,
  ``sentence``, ``*_spans``) are left out unless asked for;
- ``article_id`` becomes the article's title, outlet and date;
- dates show as dates (a time only where there is one);
- a list shows each value once, with "×n" where it repeats;
- long text is clipped, left-aligned, with the whole text on hover (``title``);
- at most ``max_rows`` rows, then one line "and N more";
- every cell is escaped (article text is untrusted).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

_TECHNICAL = re.compile(r"^(n|ord|start|end|sentence|same_as)$|_(start|end|spans)$")


def people_columns(frame: pd.DataFrame, keep: Sequence[str] = ()) -> list[str]:
    """The columns a reader needs: every column but offsets, indexes and ids."""
    return [
        c
        for c in frame.columns
        if c in keep or (c != "article_id" and not _TECHNICAL.search(str(c)))
    ]


def date_text(value: Any) -> str:
    """A date as a reader writes it: the day, and the time only where there is one."""
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return ""
    stamp = pd.Timestamp(value)
    if stamp is pd.NaT:
        return ""
    if (stamp.hour, stamp.minute, stamp.second) == (0, 0, 0):
        return f"{stamp:%Y-%m-%d}"
    return f"{stamp:%Y-%m-%d %H:%M}"


def _number(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def counted_values(items: Sequence[Any], separator: str = "; ") -> str:
    """Each value once, in order, with how often it repeats: the outlets of four articles of
    one wire read "Example Wire ×4", not the name four times (a list cell of a report table;
    a story's outlets)."""
    counts: dict[str, int] = {}
    for item in items:
        counts[str(item)] = counts.get(str(item), 0) + 1
    return separator.join(f"{text} ×{n}" if n > 1 else text for text, n in counts.items())


def _cell(value: Any, clip: int) -> str:
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        value = counted_values(items)
    if isinstance(value, pd.Timestamp) or value is pd.NaT:
        return html.escape(date_text(value))
    if isinstance(value, (float, int)) and not isinstance(value, bool):
        return f'<span class="num">{html.escape(_number(value))}</span>'
    text = "" if value is None or value is pd.NA else str(value)
    if len(text) <= clip:
        return html.escape(text)
    short = text[: clip - 1].rstrip() + "…"
    return f'<span title="{html.escape(text)}">{html.escape(short)}</span>'


def with_article(frame: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """``frame`` with its ``article_id`` replaced by the article's title, outlet and date."""
    if "article_id" not in frame.columns or articles is None or not len(frame):
        return frame
    meta = articles.set_index("article_id")
    info = pd.DataFrame(
        {
            "article": frame["article_id"].map(meta["title"]).fillna(frame["article_id"]),
            "outlet": frame["article_id"].map(meta["source"]).fillna(""),
            "date": frame["article_id"].map(meta["published"]),
        },
        index=frame.index,
    )
    return pd.concat([info, frame], axis=1)


#: A frame's own columns that may say again what ``with_article`` added.
_ARTICLE_TWINS = {"title": "article", "source": "outlet", "published": "date"}


def _blank(column: pd.Series) -> bool:
    """Whether every cell of ``column`` would show as nothing."""
    if column.dtype == object or str(column.dtype) in ("string", "str"):
        return bool(
            column.map(lambda v: v is None or v is pd.NA or str(v).strip() in ("", "nan")).all()
        )
    return bool(column.isna().all())


def _repeats_article(shown: pd.DataFrame, column: str) -> bool:
    """Whether ``column`` (a frame's own ``title``, ``source`` or ``published``) only repeats
    the article's title, outlet or date shown beside it."""
    twin = _ARTICLE_TWINS.get(column)
    if twin is None or twin not in shown.columns or column == twin:
        return False
    mine, theirs = shown[column], shown[twin]
    if column == "published":
        mine, theirs = mine.map(date_text), theirs.map(date_text)
    return bool((mine.fillna("").astype(str) == theirs.fillna("").astype(str)).all())


def people_table(
    frame: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    max_rows: int = 20,
    clip: int = 120,
    keep: Sequence[str] = (),
    columns: Sequence[str] | None = None,
    max_columns: int = 12,
) -> str:
    """``frame`` as a table for a report reader (see the module docs): at most
    ``max_columns`` columns (the others named in a line below it), none blank on every row."""
    if not len(frame):
        return '<p class="newslens-empty">Nothing to show.</p>'
    shown = with_article(frame.head(max_rows), articles)
    names = list(columns) if columns is not None else people_columns(shown, keep)
    if "article" in shown.columns and columns is None:
        names = [c for c in names if not _repeats_article(shown, c)]
    if columns is None:  # a column blank on every row shown says nothing
        names = [c for c in names if c in keep or not _blank(shown[c])]
    hidden: list[str] = []
    if columns is None and len(names) > max_columns:
        names, hidden = names[:max_columns], names[max_columns:]
    if "article" in shown.columns and columns is None:
        names = [
            "article",
            "outlet",
            "date",
            *[c for c in names if c not in {"article", "outlet", "date"}],
        ]
    head = "".join(f"<th>{html.escape(str(c).replace('_', ' '))}</th>" for c in names)
    rows = []
    for record in shown[names].to_dict("records"):
        cells = "".join(
            f"<td>{date_text(record[c]) if c == 'date' else _cell(record[c], clip)}</td>"
            for c in names
        )
        rows.append(f"<tr>{cells}</tr>")
    more = (
        f'<p class="newslens-more">and {len(frame) - max_rows:,} more</p>'
        if len(frame) > max_rows
        else ""
    )
    if hidden:
        more += (
            '<p class="newslens-more">Not shown here, in the findings files: '
            f"{html.escape(', '.join(str(c).replace('_', ' ') for c in hidden))}.</p>"
        )
    return (
        f'<table class="newslens-people"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{more}"
    )


#: The report's stylesheet: tables within the page, text left-aligned, numbers right-aligned,
#: nothing hidden in scroll boxes when printed. The cell rule names the class twice: JupyterLab's
#: theme right-aligns every cell of rendered HTML with a more specific selector
#: (``:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td``), which otherwise wins.
REPORT_CSS = """
.newslens-people { border-collapse: collapse; width: 100%; table-layout: auto;
  font-size: 0.85em; margin: 0.5em 0; }
.newslens-people.newslens-people th, .newslens-people.newslens-people td {
  text-align: left; vertical-align: top;
  padding: 2px 6px; border-bottom: 1px solid #ddd; overflow-wrap: anywhere; }
.newslens-people td .num { display: block; text-align: right; white-space: nowrap; }
.newslens-people thead th { background: #f3f3f3; }
.newslens-more, .newslens-empty { color: #555; font-style: italic; margin: 0.2em 0 1em; }
.newslens-section { max-width: 100%; overflow-wrap: anywhere; }
.newslens-section img.newslens-figure { max-width: 100%; height: auto; }
@media print {
  .newslens-section { break-inside: auto; }
  .newslens-people tr { break-inside: avoid; }
  div[style*="overflow"] { max-height: none !important; overflow: visible !important; }
}
"""
