"""Comment forms, share/subscribe widgets and cookie notices left in crawled text.

Only whole lines are removed, and only lines made entirely of known debris phrases:

- *strong* phrases ("Leave a Reply", "Your email address will not be published.") never
  occur in a story, so such a line goes wherever it is;
- *weak* ones ("Related", "Comments", a lone "*", cookie notices) could head a story's own
  list or be a word in it, so they go only in a run of debris at the head or the tail of the
  text (the place crawlers leave them), never between story paragraphs.

A line with any other word in it is kept: a story sentence is never matched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from newslens.cleaners._lines import short, tidy
from newslens.cleaners.signoff import is_signoff
from newslens.registry import Cleaned

_NETWORKS = (
    r"(?:twitter|x|facebook|linkedin|reddit|pinterest|tumblr|whatsapp|telegram|pocket|"
    r"email|e-mail|print|skype|mastodon|threads|bluesky)"
)

STRONG_PHRASES: tuple[str, ...] = (
    r"leave a (?:reply|comment)(?: cancel reply)?",
    r"cancel reply",
    r"your email address will not be published\.?",
    r"required fields are marked(?: with an asterisk)? ?\*?\.?",
    r"share this(?: article| story| post)?:",
    r"click to share on " + _NETWORKS + r"(?: \(opens in new window\))?",
    r"click to (?:email|print)(?: a link to a friend)?(?: \(opens in new window\))?",
    r"subscribe to (?:our|the) newsletter[.!]?",
    r"sign up (?:for|to) (?:our|the) newsletter[.!]?",
    r"like this:",
    r"like loading\.{3}|like loading…",
    r"be the first to like this\.?",
    r"save my name, email, and website in this browser for the next time i comment\.?",
    r"notify me of (?:follow-up comments|new posts) by email\.?",
    r"post navigation",
    r"you must be logged in to post a comment\.?",
)

WEAK_PHRASES: tuple[str, ...] = (
    r"\*+",
    r"related(?: articles| posts| stories| news)?:?",
    r"comments?:?",
    r"share(?: on " + _NETWORKS + r")?:?",
    r"advertisement",
    r"tweet",
    r"email",
    r"print",
    r"(?:name|email|website|comment) ?\*?",
    r"post comment",
    r"subscribe",
    # cookie notices: a sentence, but one that must mention cookies
    r"(?:this (?:web)?site|we) uses? cookies[^\n]{0,200}?",
    r"by (?:continuing to use|using) (?:this|our) (?:web)?site[^\n]{0,120}?cookies[^\n]{0,80}?",
    r"(?:accept|reject|manage)(?: all)? cookies",
    r"(?:ok|got it|i agree|accept)[.!]?",
)


def _line_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in phrases)
    return re.compile(rf"(?:(?:{alternatives})[ \t]*)+", re.IGNORECASE)


_STRONG = _line_pattern(STRONG_PHRASES)
_ANY = _line_pattern(STRONG_PHRASES + WEAK_PHRASES)


def classify(line: str) -> str:
    """``"blank"``, ``"strong"``, ``"weak"`` (debris only at the head/tail) or ``"text"``."""
    stripped = line.strip()
    if not stripped:
        return "blank"
    if _STRONG.fullmatch(stripped):
        return "strong"
    if _ANY.fullmatch(stripped):
        return "weak"
    return "text"


def clean_debris(text: str, fields: Mapping[str, Any]) -> Cleaned:
    """Drop strong debris lines anywhere and weak ones in the head/tail debris runs."""
    lines = text.split("\n")
    kinds = [classify(line) for line in lines]
    drop: set[int] = {i for i, kind in enumerate(kinds) if kind == "strong"}
    # Head run: from the start, through debris and blanks only.
    for i, kind in enumerate(kinds):
        if kind == "text":
            break
        if kind == "weak":
            drop.add(i)
    # Tail run: from the end, through debris and blanks only; an agency sign-off line is
    # passed over (the sign-off cleaner handles it), since crawlers put debris on both sides.
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] == "text" and not is_signoff(lines[i]):
            break
        if kinds[i] == "weak":
            drop.add(i)
    if not drop:
        return Cleaned(text)
    removed = [short(lines[i]) for i in sorted(drop)]
    kept = [line for i, line in enumerate(lines) if i not in drop]
    note = f"debris: removed {len(removed)} line(s): " + " | ".join(repr(r) for r in removed)
    return Cleaned(tidy("\n".join(kept)), {}, (note,))
