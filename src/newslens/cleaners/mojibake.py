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


def _fix(value: str) -> tuple[str, list[str]]:
    if value.isascii():  # mojibake needs non-ASCII characters; skip ftfy's scan
        return value, []
    fixed, explanation = ftfy.fix_and_explain(value, config=_CONFIG)
    if fixed == value:
        return value, []
    steps = sorted({step[1] for step in (explanation or [])})
    return fixed, steps


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
