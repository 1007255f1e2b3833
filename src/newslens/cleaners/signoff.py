"""A trailing agency sign-off line (``BBC``, ``Reuters``, ``(AP)``, ``- AFP``).

Only the last non-empty line(s), and only when each is nothing but an agency name with optional
brackets or a dash: a sentence that ends with an agency's name is not a sign-off. The agency
becomes the article's ``source`` when it has none; either way a note records the removal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from newslens.registry import Cleaned

#: Sign-off spellings (lower case) and the source name each stands for.
AGENCIES: dict[str, str] = {
    "bbc": "BBC",
    "bbc news": "BBC News",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "ap": "AP",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "upi": "UPI",
    "dpa": "dpa",
    "pa": "PA",
    "xinhua": "Xinhua",
    "efe": "EFE",
    "ansa": "ANSA",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
}

_NAMES = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))
_SIGNOFF = re.compile(rf"[\(\[]?\s*[-–—]?\s*({_NAMES})\s*[\)\]]?\.?", re.IGNORECASE)


def is_signoff(line: str) -> bool:
    """True for a line that is only an agency name (with optional brackets or a dash)."""
    return _SIGNOFF.fullmatch(line.strip()) is not None


def clean_signoff(text: str, fields: Mapping[str, Any]) -> Cleaned:
    """Remove bare agency lines at the end; fill ``source`` from the last one when empty."""
    lines = text.rstrip().split("\n")
    removed: list[str] = []
    # A one-line text is the story itself, whatever it says: always keep the first line.
    while len(lines) > 1 and (match := _SIGNOFF.fullmatch(lines[-1].strip())):
        removed.append(match.group(0))
        lines = "\n".join(lines[:-1]).rstrip().split("\n")
    if not removed:
        return Cleaned(text)
    body = "\n".join(lines).rstrip()
    shown = " | ".join(repr(r) for r in removed)
    if fields.get("source"):
        return Cleaned(body, {}, (f"signoff: removed trailing agency line {shown} (source kept)",))
    agency = AGENCIES[_SIGNOFF.fullmatch(removed[0]).group(1).lower()]  # type: ignore[union-attr]
    note = f"signoff: removed trailing agency line {shown}; source set to {agency!r}"
    return Cleaned(body, {"source": agency}, (note,))
