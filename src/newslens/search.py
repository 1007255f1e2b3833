"""Full-text search over an articles frame: an inverted index built once per corpus.

Why an index and not ``str.contains`` per keystroke: a scan reads every character of every
article for each key typed (seconds on 20,000 articles); the index reads one posting list per
word of the query. Why not SQLite FTS5 or DuckDB's fts extension: both need the corpus copied
into a database first (seconds, and a second copy in memory), and the explorer needs only
"which articles contain these words", which sorted numpy arrays answer in milliseconds.

Query language (what an analyst types in the explorer's search box):

- words: every word must occur in the title or the body (case and accents ignored);
- the last word is a prefix while it is being typed (``miss`` finds "missiles"), unless the
  query ends in a blank;
- ``"a phrase"``: the words must occur in that order, next to each other;
- ``-word`` (or ``-"a phrase"``): articles containing it are left out.

Positions returned are row positions (0-based) of the frame the index was built from.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: A word: letters, digits and underscores (Unicode aware).
WORD = re.compile(r"\w+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_QUERY_PART = re.compile(r'(-?)"([^"]*)("?)|(-?)(\S+)')

Progress = Callable[[int, int], None]


def normalize(text: str) -> str:
    """Lower case without accents: what the index stores and the query is compared with."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


@dataclass(frozen=True)
class Query:
    """A parsed query: words that must occur (the last may be a prefix), phrases, exclusions."""

    words: tuple[str, ...] = ()
    prefix: str = ""
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[str, ...] = ()
    excluded_phrases: tuple[tuple[str, ...], ...] = ()

    @property
    def empty(self) -> bool:
        return not (
            self.words or self.prefix or self.phrases or self.excluded or self.excluded_phrases
        )

    def terms(self) -> list[str]:
        """Every word the query looks for, for highlighting hits in a text."""
        out = list(self.words) + [w for p in self.phrases for w in p]
        return [*out, self.prefix] if self.prefix else out


def parse(query: str) -> Query:
    """Parse what was typed (see the module docs)."""
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    excluded: list[str] = []
    excluded_phrases: list[tuple[str, ...]] = []
    prefix = ""
    parts = list(_QUERY_PART.finditer(query))
    for index, m in enumerate(parts):
        last = index == len(parts) - 1 and not query[-1:].isspace()
        if m.group(2) is not None or m.group(3):  # a quoted phrase (maybe still open)
            tokens = tuple(WORD.findall(normalize(m.group(2) or "")))
            if m.group(1) and len(tokens) > 1:
                excluded_phrases.append(tokens)
            elif m.group(1):
                excluded.extend(tokens)
            elif len(tokens) > 1:
                phrases.append(tokens)
            else:
                words.extend(tokens)
            continue
        found: list[str] = WORD.findall(normalize(m.group(5)))
        if m.group(4):
            excluded.extend(found)
            continue
        if last and found:
            prefix = found.pop()
        words.extend(found)
    return Query(
        tuple(dict.fromkeys(words)),
        prefix,
        tuple(phrases),
        tuple(excluded),
        tuple(excluded_phrases),
    )


class SearchIndex:
    """An inverted index of the words of some text fields of an articles frame.

    Build it once (:meth:`build`) and query it per keystroke (:meth:`search`).
    """

    def __init__(
        self,
        vocabulary: list[str],
        postings: list[np.ndarray],
        size: int,
        documents: list[str],
    ) -> None:
        self.vocabulary = vocabulary  # sorted
        self.postings = postings  # one sorted int32 array of row positions per word
        self.size = size
        self._where = {word: i for i, word in enumerate(vocabulary)}
        self._documents = documents  # the raw texts, read only to check phrases

    @classmethod
    def build(
        cls,
        frame: pd.DataFrame,
        fields: Iterable[str] = ("title", "text"),
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> SearchIndex:
        """Index the words of ``fields`` (missing fields are skipped) of every row.

        ``progress(done, total)`` is called now and then; ``cancelled()`` returning true stops
        the build with :class:`InterruptedError`.
        """
        columns = [frame[f].fillna("").astype(str).tolist() for f in fields if f in frame]
        documents = ["\n".join(parts) for parts in zip(*columns, strict=True)] if columns else []
        if not columns:
            documents = [""] * len(frame)
        found: dict[str, list[int]] = {}
        total = len(documents)
        for row, document in enumerate(documents):
            for word in set(WORD.findall(normalize(document))):
                posting = found.get(word)
                if posting is None:
                    found[word] = [row]
                else:
                    posting.append(row)
            if row % 500 == 499:
                if progress is not None:
                    progress(row + 1, total)
                if cancelled is not None and cancelled():
                    raise InterruptedError("index build cancelled")
        vocabulary = sorted(found)
        postings = [np.asarray(found[w], dtype=np.int32) for w in vocabulary]
        if progress is not None:
            progress(total, total)
        return cls(vocabulary, postings, total, documents)

    # ------------------------------------------------------------------ queries

    def _word(self, word: str) -> np.ndarray:
        where = self._where.get(word)
        return self.postings[where] if where is not None else np.empty(0, dtype=np.int32)

    def _prefix(self, prefix: str) -> np.ndarray:
        lo = bisect.bisect_left(self.vocabulary, prefix)
        hi = bisect.bisect_left(self.vocabulary, prefix + "\U0010ffff")
        if hi - lo == 1:
            return self.postings[lo]
        if hi == lo:
            return np.empty(0, dtype=np.int32)
        mask = np.zeros(self.size, dtype=bool)
        mask[np.concatenate(self.postings[lo:hi])] = True
        return np.flatnonzero(mask).astype(np.int32)

    def mask(self, query: str | Query) -> np.ndarray:
        """A boolean array over the rows: True where the article matches ``query``.

        An empty query matches every row.
        """
        parsed = parse(query) if isinstance(query, str) else query
        if parsed.empty:
            return np.ones(self.size, dtype=bool)
        required = [self._word(w) for w in parsed.words]
        required += [self._word(w) for phrase in parsed.phrases for w in phrase]
        if parsed.prefix:
            required.append(self._prefix(parsed.prefix))
        if required:
            required.sort(key=len)
            rows = required[0]
            for other in required[1:]:
                if not len(rows):
                    break
                rows = np.intersect1d(rows, other, assume_unique=True)
            mask = np.zeros(self.size, dtype=bool)
            mask[rows] = True
        else:
            mask = np.ones(self.size, dtype=bool)
        for phrase in parsed.phrases:
            for row in np.flatnonzero(mask):
                if not self._has_phrase(int(row), phrase):
                    mask[row] = False
        for word in parsed.excluded:
            mask[self._word(word)] = False
        for phrase in parsed.excluded_phrases:
            candidates = np.flatnonzero(mask)
            for word in phrase:
                candidates = np.intersect1d(candidates, self._word(word), assume_unique=True)
            for row in candidates:
                if self._has_phrase(int(row), phrase):
                    mask[row] = False
        return mask

    def _has_phrase(self, row: int, phrase: tuple[str, ...]) -> bool:
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, phrase)) + r"\b")
        return pattern.search(normalize(self._documents[row])) is not None

    def search(self, query: str | Query) -> np.ndarray:
        """Row positions (sorted) of the articles matching ``query``."""
        return np.flatnonzero(self.mask(query))


def hit_spans(query: str | Query, text: str, limit: int = 500) -> list[tuple[int, int]]:
    """Where the query's words occur in ``text`` (case-insensitive), for highlighting hits.

    Accent-insensitive matching is the index's; here offsets must stay the text's own, so a
    word typed without its accent finds the article but is not marked in it.
    """
    parsed = parse(query) if isinstance(query, str) else query
    words = sorted({w for w in parsed.words} | {w for p in parsed.phrases for w in p}, key=len)
    alternatives = [re.escape(w) + r"\b" for w in reversed(words)]
    if parsed.prefix:
        alternatives.append(re.escape(parsed.prefix) + r"\w*")
    if not alternatives:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(alternatives) + ")", re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        out.append((m.start(), m.end()))
        if len(out) >= limit:
            break
    return out
