"""Repeated paragraphs: a caption or paragraph that a crawl captured twice.

Paragraphs (blocks between blank lines) are compared on a normalised key (quotes and dashes
unified, whitespace folded, case ignored), so " Russia's ..." and "Russia’s ..." are one
paragraph. Which copy stays: the one whose quote style matches the rest of the article (the
outlet's own typography; the other copy is usually the crawler's re-typed caption), and the
first one on a tie. Paragraphs of fewer than eight words are left alone: short repeats are
usually the story's own (an interviewee answering "Yes." twice, two gallery images both
captioned "Xbox booth"); a repeated caption or paragraph of sentence length is what a crawl
duplicates, and a second copy would double-count its claims and numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newslens.cleaners._lines import normalise, short, tidy
from newslens.cleaners.debris import classify
from newslens.cleaners.signoff import is_signoff
from newslens.registry import Cleaned

_CURLY = "‘’“”"
_STRAIGHT = "'\""
MIN_WORDS = 8


def _style(text: str) -> int:
    """+1 curly, -1 straight, 0 neither or both."""
    curly = sum(text.count(c) for c in _CURLY)
    straight = sum(text.count(c) for c in _STRAIGHT)
    return (curly > straight) - (straight > curly)


def _key(block: str) -> str:
    """The block's comparison key, ignoring debris and sign-off lines within it (the later
    cleaners may remove them, which must not turn the block into a duplicate afterwards)."""
    lines = block.split("\n")
    if len(lines) > 1:
        lines = [line for line in lines if classify(line) == "text" and not is_signoff(line)]
    return normalise("\n".join(lines))


def clean_duplicates(text: str, fields: Mapping[str, Any]) -> Cleaned:
    """Keep one copy of each repeated paragraph; note each one dropped."""
    if "\n\n" not in text:  # one paragraph: nothing can repeat
        return Cleaned(text)
    blocks = text.split("\n\n")
    groups: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        key = _key(block)
        if len(key.split()) >= MIN_WORDS:
            groups.setdefault(key, []).append(index)
    repeated = {key: idx for key, idx in groups.items() if len(idx) > 1}
    if not repeated:
        return Cleaned(text)
    drop: set[int] = set()
    for indices in repeated.values():
        others = "\n\n".join(b for i, b in enumerate(blocks) if i not in indices)
        house = _style(others)
        keep = indices[0]
        if house:
            matching = [i for i in indices if _style(blocks[i]) == house]
            keep = matching[0] if matching else indices[0]
        drop.update(i for i in indices if i != keep)
    notes = tuple(
        f"duplicate: removed repeated paragraph {short(blocks[i])!r}" for i in sorted(drop)
    )
    kept = [block for i, block in enumerate(blocks) if i not in drop]
    return Cleaned(tidy("\n\n".join(kept)), {}, notes)
