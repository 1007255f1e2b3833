"""Line helpers shared by the cleaners."""

from __future__ import annotations

import re

_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def tidy(text: str) -> str:
    """Collapse runs of blank lines left by removed lines into one blank line; strip ends."""
    return _BLANKS.sub("\n\n", text).strip()


def normalise(text: str) -> str:
    """A comparison key: quotes unified, dashes unified, whitespace folded, lower case."""
    text = text.translate(_FOLD)
    return " ".join(text.split()).casefold()


_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
    }
)


def short(line: str, limit: int = 60) -> str:
    """A line shortened for a note."""
    line = line.strip()
    return line if len(line) <= limit else line[: limit - 1] + "…"
