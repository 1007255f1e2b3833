"""Words of claims and articles: tokens, stems, the IDF table (built from the bundled Wikinews
sample), sentences, and the refutation, hedging and negation cue patterns."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


def _words(block: str) -> tuple[str, ...]:
    """A word list written as a block of text (keeps long lexicons readable)."""
    return tuple(block.split())


LABELS = ("agree", "disagree", "discuss", "unrelated")

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset(
    _words(
        """
        a about above after again against all am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for
        from further had has have having he her here hers herself him himself his how i if
        in into is it its itself just me more most my myself no nor not now of off on once
        only or other our ours ourselves out over own same she should so some such than that
        the their theirs them themselves then there these they this those through to too
        under until up very was we were what when where which while who whom why will with
        would you your yours yourself s t said says say also new one two us mr mrs ms after
        year years
        """
    )
)
REFUTE = re.compile(
    r"\b(?:fake|fakes|hoax(?:es)?|false(?:ly)?|debunk\w*|deni(?:ed|es)|deny(?:ing)?|"
    r"no evidence|not true|untrue|myth|fabricat\w+|satir\w+|misleading|refut\w+|baseless|"
    r"bogus|doctored|photoshopped|rumou?rs? (?:are|is) (?:false|untrue)|not real|never happened|"
    r"dismiss\w*|reject\w*|incorrect|wrong)\b",
    re.IGNORECASE,
)
HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|alleged|claim(?:s|ed)?|unconfirmed|unverified|rumou?r\w*|"
    r"purported(?:ly)?|apparently|may|might|could|possibly|speculat\w+|suggest\w*|appears?|"
    r"according to|reports?|if true|not (?:yet )?(?:been )?confirmed)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|no|never|n't|nothing|none|neither|nor)\b|n't\b", re.IGNORECASE)
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’')]*|$)")


def tokens(text: str) -> list[str]:
    """Lower-case content-word stems: why stems: "strike", "strikes" and "striking" should
    count as the same evidence."""
    out = []
    for w in _TOKEN.findall(text.lower()):
        if w in STOPWORDS or len(w) < 2:
            continue
        out.append(_stem(w))
    return out


@lru_cache(maxsize=200_000)
def _stem(w: str) -> str:
    for suf in ("ing", "edly", "ed", "es", "s", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    return w.rstrip("e") if len(w) > 4 else w


@lru_cache(maxsize=1)
def _idf_table() -> tuple[dict[str, float], float]:
    try:
        raw = resources.files("newslens_stance").joinpath("data/idf.json").read_text("utf-8")
        data = json.loads(raw)
        return {k: float(v) for k, v in data["idf"].items()}, float(data["default"])
    except (OSError, ValueError, KeyError):
        return {}, 1.0


def idf(word: str) -> float:
    table, default = _idf_table()
    return table.get(word, default)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) with surrounding blanks trimmed."""
    spans = []
    for m in _SENT.finditer(text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a > 1:
            spans.append((a, b))
    return spans
