"""Rule-based attribution extraction: who said what, how, and with which stance.

Why rules and not a model: the only attribution corpora (PARC 3.0, citron's data) are not ours to
ship, and a lexicon of reporting verbs plus a handful of clause patterns already finds most
attributions in news prose. Every rule here is linear in the text (bounded look-back windows,
one pass per pattern), so no input can make extraction slow.

Pipeline, for one text:

1. sentences (the core's splitter, :mod:`newslens.sentences`) and quotation spans (curly or
   straight marks, the newspaper convention that a quote left open at a paragraph end
   continues in the next paragraph when that paragraph opens with a quotation mark);
2. cues: reporting verbs from :data:`CUE_LEMMAS` in every inflection, "according to", agentless
   passives ("is said to", "it was reported that") and distancing adverbs ("reportedly");
3. for each cue, a speaker (preposed "X said", inverted "said X", participle "..., adding")
   and content (the clause after the cue, the clause or quotation before it, or both parts of
   a quote split by the attribution, plus the quotations that continue it);
4. resolution of pronouns and definite descriptions to the last fitting named speaker;
5. stance from the cue's lemma, distancing adverbs and contradiction cues in the content.

Modules, in dependency order: ``lexicon`` (word lists and cue patterns), ``text`` (sentences,
quotes, the finding record), ``names``, ``speakers`` (noun phrases), ``clauses`` (content
boundaries), ``resolution``, ``stance``, and ``rules`` (the patterns, calling the others).
Only :func:`find_attributions`, :func:`iter_parties`, :func:`cue_class`, :data:`CUE_CLASSES`
and :data:`COLUMNS` are public; names
with a leading underscore are shared between these modules and nowhere else.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from newslens.sentences import sentence_spans
from newslens_stance.attributions.classes import CUE_CLASSES, cue_class
from newslens_stance.attributions.rules import _find
from newslens_stance.attributions.stance import _form
from newslens_stance.attributions.text import _normalise_quotes, _strip_span, _widen_to_quotes

# --------------------------------------------------------------------------- public

__all__ = ["COLUMNS", "CUE_CLASSES", "cue_class", "find_attributions", "iter_parties"]


COLUMNS: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "text": "str",
    "kind": "str",
    "speaker": "str",
    "speaker_start": "Int64",
    "speaker_end": "Int64",
    "speaker_resolved": "str",
    "cue": "str",
    "cue_lemma": "str",
    "cue_class": "str",
    "cue_start": "int64",
    "cue_end": "int64",
    "content": "str",
    "content_start": "int64",
    "content_end": "int64",
    "content_spans": "object",
    "form": "str",
    "stance": "str",
    "stance_target": "str",
    "nested": "boolean",
    "sentence": "int64",
    "sentence_start": "int64",
    "sentence_end": "int64",
}


def find_attributions(text: str) -> list[dict[str, Any]]:
    """Every attribution and unattributed hedge in ``text``, as plain dicts.

    Any text (empty, binary junk, unbalanced quotes) gives a list, possibly empty. Offsets are
    into ``text``, end exclusive. ``sentence`` is the index of the cue's sentence in the core's
    split (:func:`newslens.sentences.sentence_spans`, the same as ``Article.sentences``), and
    ``sentence_start``/``sentence_end`` are that sentence's offsets.

    Errors are not swallowed (issue 13): a bug in a rule raises, so the runner records an
    error row naming the article and the analysis instead of "no attributions".
    """
    if not isinstance(text, str) or not text.strip():
        return []
    norm = _normalise_quotes(text)
    found = _find(norm)
    sentences = sentence_spans(text)
    starts = [a for a, _ in sentences]
    rows: list[dict[str, Any]] = []
    for f in found:
        parts = sorted(
            {_widen_to_quotes(text, a, b) for a, b in f.content if 0 <= a < b <= len(text)}
        )
        if not parts:
            continue
        spans = [parts[0][0], parts[-1][1], f.cue[0], f.cue[1]]
        if f.speaker:
            spans += [f.speaker[0], f.speaker[1]]
        start, end = min(spans), max(spans)
        k = max(0, bisect.bisect_right(starts, f.cue[0]) - 1)
        s_start, s_end = sentences[k] if sentences else (0, len(text))
        rows.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "kind": "hedge" if f.speaker is None else "attribution",
                "speaker": text[f.speaker[0] : f.speaker[1]] if f.speaker else None,
                "speaker_start": f.speaker[0] if f.speaker else None,
                "speaker_end": f.speaker[1] if f.speaker else None,
                "speaker_resolved": f.speaker_resolved,
                "cue": text[f.cue[0] : f.cue[1]],
                "cue_lemma": f.lemma,
                "cue_class": cue_class(f.lemma),
                "cue_start": f.cue[0],
                "cue_end": f.cue[1],
                "content": " … ".join(text[a:b] for a, b in parts),
                "content_start": parts[0][0],
                "content_end": parts[-1][1],
                "content_spans": [[a, b] for a, b in parts],
                "form": _form(norm, [_strip_span(norm, a, b, " ") for a, b in parts]),
                "stance": f.stance,
                "stance_target": f.stance_target,
                "sentence": k,
                "sentence_start": s_start,
                "sentence_end": s_end,
            }
        )
    _mark_nested(rows)
    return rows


def _mark_nested(rows: list[dict[str, Any]]) -> None:
    """``nested``: the cue lies inside another attribution's content ("X said that Y told
    Z ..."). PARC keeps both; schemes that annotate only the outermost report (PolNeAR) drop
    the nested ones, and an analyst may too.

    Two reports can contain each other's cue: "X said Y, the Post reported" gives "said"
    the content "Y, the Post reported" and "reported" the content "X said Y". The later cue
    is then the outer one (a closing "..., Z reported" frames the whole sentence before it),
    so only the earlier is nested; otherwise neither would be kept as the outermost.
    """
    # (round twenty-four: the parts sorted by their starts, read within the longest part
    # before a cue, as `_Holders` does; every row against every part made a document of
    # thousands of reports quadratic, with the same result)
    spans = sorted((a, b, i) for i, r in enumerate(rows) for a, b in r["content_spans"])
    starts = [a for a, _b, _i in spans]
    longest = max((b - a for a, b, _i in spans), default=0)

    def contains(j: int, c: int) -> bool:
        return any(a <= c < b for a, b in rows[j]["content_spans"])

    for i, r in enumerate(rows):
        c = r["cue_start"]
        lo = bisect.bisect_left(starts, c - longest)
        hi = bisect.bisect_right(starts, c)
        r["nested"] = any(
            j != i
            and c < b
            and not (rows[j]["cue_start"] < c and contains(i, rows[j]["cue_start"]))
            for _a, b, j in spans[lo:hi]
        )


def iter_parties(rows: list[dict[str, Any]]) -> Iterator[str]:
    """The parties that appear as speakers (resolved names, first appearance order)."""
    seen: set[str] = set()
    for r in rows:
        name = r.get("speaker_resolved")
        if name and name not in seen:
            seen.add(name)
            yield name
