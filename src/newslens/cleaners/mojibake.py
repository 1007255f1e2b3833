"""Repair mojibake (UTF-8 read as cp1252 and similar) with ftfy, noting each repair.

ftfy is configured to *only* undo encoding damage: curly quotes, ligatures, full-width
characters and line breaks are left as the outlet wrote them (ftfy's defaults would
straighten quotes, which is typography, not damage).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import ftfy

from newslens.registry import Cleaned

_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization=None,
    remove_terminal_escapes=False,
    remove_control_chars=False,
    explain=True,
)


_EDGES = " \t\u00a0"


def _fix(value: str) -> tuple[str, list[str]]:
    """ftfy's repair, line by line, of each line without the spaces at its ends.

    Why: the whitespace cleaner strips the ends afterwards and turns no-break spaces into
    spaces, and ftfy may judge a line differently with and without them ("”é\u00a0" is left
    alone, "”é" is read as Mac Roman mojibake): cleaning a cleaned text again must change
    nothing. A line ftfy leaves alone is judged again as the whitespace cleaner will leave it
    (a no-break space that is itself mojibake, "Â\u00a0", is repaired on the first look)."""
    if value.isascii():  # mojibake needs non-ASCII characters; skip ftfy's scan
        return value, []
    steps: set[str] = set()
    lines = value.split("\n")
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        core = line.strip(_EDGES)
        if not core:
            continue
        fixed, explanation = ftfy.fix_and_explain(core, config=_CONFIG)
        if fixed == core and "\u00a0" in core:  # as the whitespace cleaner will leave it
            spaced = core.replace("\u00a0", " ")
            fixed, explanation = ftfy.fix_and_explain(spaced, config=_CONFIG)
            fixed = core if fixed == spaced else fixed
        if fixed != core:
            start = len(line) - len(line.lstrip(_EDGES))
            lines[i] = line[:start] + fixed + line[start + len(core) :]
            steps.update(step[1] for step in (explanation or []))
    if not steps:
        return value, []
    return "\n".join(lines), sorted(steps)


def clean_mojibake(text: str, fields: Mapping[str, Any]) -> Cleaned:
    """Fix the body and the title; one note per field repaired, naming ftfy's steps."""
    notes: list[str] = []
    updates: dict[str, Any] = {}
    fixed, steps = _fix(text)
    if fixed != text:
        changed = sum(
            1 for a, b in zip(text.splitlines(), fixed.splitlines(), strict=False) if a != b
        )
        notes.append(f"mojibake: repaired text ({changed} line(s); ftfy: {', '.join(steps)})")
    title = fields.get("title")
    if isinstance(title, str) and title:
        fixed_title, title_steps = _fix(title)
        if fixed_title != title:
            updates["title"] = fixed_title
            notes.append(f"mojibake: repaired title (ftfy: {', '.join(title_steps)})")
    return Cleaned(fixed, updates, tuple(notes))
