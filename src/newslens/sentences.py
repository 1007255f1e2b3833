"""One sentence splitter for every analysis, so ``sentence`` means the same in every frame.

Why one: a story joins findings of several analyses by article and sentence ("the figure in the
sentence where the ministry denies it"). With a splitter per plugin, sentence 4 of the numbers
frame and sentence 4 of the attributions frame could be different sentences. Analyses read
:attr:`newslens.Article.sentences` (cached per article) and report ``sentence`` as an index
into it.

Why not a library: nltk's Punkt and spaCy's senter need models or corpora downloaded at run time
(not possible offline after the README's install) and cost far more than a regex pass; pySBD
is rule-based but about 50x slower than this on news and splits wire copy's "U.S." and
"a.m. Tuesday". News needs few rules, and these are the ones its copy needs:

- paragraphs first: a line break ends a sentence, except in hard-wrapped wire copy (most lines
  short and ending mid-sentence), where a single newline is a wrap and a blank or indented line
  starts a paragraph;
- a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) before
  whitespace and a capital or digit, optionally behind an opening quote or bracket;
- a period after a title, month, company suffix or single initial ("Mr.", "Jan.", "Inc.",
  "George W. Bush"; the "s" of a possessive is no initial: "Poor's."), after "No." before a
  number ("No. 10"; "said no. But" ends), or inside a dotted acronym ("U.S.", "U.N.") ends
  nothing; "a.m."/"p.m." ends nothing before a weekday, a
  month, a time zone or a bracket ("at 9 a.m. Tuesday", "5 p.m. EST", "10 a.m. Tongan time",
  "8 p.m. (0000 UTC)"), nor before the words of a span that wire copy capitalises after any
  period ("shops open from 9 A.M. Until one", "9 A.M. To 5 P.M.");
- an abbreviation that may also end a sentence (a dotted acronym, a company suffix, "Jr.",
  "etc.") ends one before a word that opens sentences and hardly ever follows it inside one
  ("... visitors to the U.S. The plan ...", "... Acme Inc. They said ..."), except in a text
  that capitalises the word after every period (wire copy recased from capitals: "the U.S.
  Would act", "the U.S. On Monday"), where a capital there says nothing. Over 17,000
  unannotated and development texts (Reuters-21578, BBC News, FNC-1, PolNeAR train) this
  ended 90 sentences more, 86 of them rightly; a temporal opener ("... the U.S. Later this
  year ...") is left out, as recased copy put it mid-sentence more often than not.

Spans are ``(start, end)`` character offsets into the text, end exclusive, trimmed of blanks;
they never overlap and cover every non-blank character of the text.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

Span = tuple[int, int]

#: Words whose trailing period is an abbreviation's, not a sentence end (lower case, no dot).
# fmt: off
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "mt", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "maj",
    "adm", "cmdr", "gov", "sen", "rep", "pres", "prof", "rev", "no", "nos", "vs", "inc", "ltd",
    "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "ft", "e.g", "i.e", "etc", "approx", "est",
})
# fmt: on

_TERMINATOR = re.compile(r"(?:[.!?]+|…)[\"'”’)\]»]*")
_OPENER = "\"'“‘([«"
_WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")
_CLOCK = frozenset({"a.m", "p.m"})
#: "No." and "Nos." abbreviate "number" only before one ("No. 10", "Nos. 3 and 4"): "Voters
#: said no. But the count..." ends a sentence.
_NUMBER_SIGNS = frozenset({"no", "nos"})
_AFTER_CLOCK = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|March|April|May|June|July|Aug|"
    r"Sept?|Oct|Nov|Dec)[a-z]*\b|[A-Z]{2,5}\b|[A-Z][a-z]+ time\b|[(\[]"
    # wire copy capitalises the word after any period: "shops open from 9 A.M. Until one", "9 A.M.
    # To 5 P.M.", "10 a.m. Local time"
    r"|(?:Until|Till|Through|Local)\b|To\s+\d"
)
#: abbreviations that may also end a sentence ("... entry into the U.S. The proposal ...",
#: "... Acme Inc. It said ..."): a dotted acronym, a company suffix, "Jr.", "etc."
_MAY_END = frozenset({"inc", "ltd", "co", "corp", "plc", "jr", "sr", "etc"})
#: words that open a sentence and hardly ever follow such an abbreviation inside one
_OPENS_SENTENCE = re.compile(
    r"(?:The|A|An|He|She|It|They|We|I|You|These|Those|There|His|Her|Its|Their|Our|But"
    r"|However|Meanwhile|Instead)\b"
)
#: a text that capitalises the word after every period (wire copy recased from capitals:
#: "the U.S. Would retaliate", "exports to the U.S. On Monday"): there the capital says nothing
_CAPITAL_AFTER_EVERY_PERIOD = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Ltd|Co|Corp|Plc)\.)\s+"
    r"(?:Would|Will|Has|Have|Had|Is|Are|Was|Were|To|Of|And|Or|From|By|Said|Says|Could|Should"
    r"|May|Might|Must|Can|Did|Does|Do|On|For|At|As|That|Which|Who)\b"
)
_SOFT_BREAK = re.compile(r"[^\n]\n(?=[^\s])")
_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=256)
def paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans, blank-free, in order.

    Why not one paragraph per line: wire copy is often hard-wrapped at ~70 characters
    ("...said its Shell Canada\\nProducts Ltd unit...") with paragraphs marked by an indented
    line or a blank line. When most lines of a text are short and end mid-sentence, a single
    newline is a wrap, not a paragraph break; elsewhere every line is a paragraph.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    lines = [(a, b) for a, b in lines if text[a:b].strip()]
    if len(lines) >= 4:
        soft = [m.start() + 1 for m in _SOFT_BREAK.finditer(text)]
        short = sum(1 for a, b in lines if b - a <= 90)
        wraps = sum(1 for i in soft if text[i - 1] not in '.!?:”"')
        if short >= 0.8 * len(lines) and wraps >= 0.3 * len(lines):
            merged: list[Span] = []
            for a, b in lines:
                wrapped = (
                    merged
                    and text[a - 1] == "\n"
                    and (a < 2 or text[a - 2] != "\n")
                    and not text[a].isspace()
                )
                if wrapped:
                    merged[-1] = (merged[-1][0], b)
                else:
                    merged.append((a, b))
            lines = merged
    return tuple(_trim(text, a, b) for a, b in lines)


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    """Whether a sentence may begin at ``pos`` (after blanks): a capital or digit, possibly
    behind an opening quote or bracket."""
    if pos >= end or not text[pos].isspace():
        return False
    while pos < end and text[pos].isspace():
        pos += 1
    if pos < end and text[pos] in _OPENER:
        pos += 1
    return pos < end and (text[pos].isupper() or text[pos].isdigit())


def _is_abbreviation(text: str, lo: int, period: int, next_word_at: int) -> bool:
    """Whether the period at ``period`` closes an abbreviation rather than a sentence."""
    word = _WORD_BEFORE_PERIOD.search(text, max(lo, period - 12), period + 1)
    if word is None or text[word.start() - 1 : word.start()] in ("'", "’"):
        return False  # "Poor's.", "Jones’s.": a possessive, not the initial "s."
    w = word.group(1).lower().rstrip(".")
    if w in _CLOCK:
        return _AFTER_CLOCK.match(text, next_word_at) is not None
    if w in _NUMBER_SIGNS:
        return next_word_at < len(text) and text[next_word_at].isdigit()
    acronym = _DOTTED_ACRONYM.fullmatch(w) is not None
    if (acronym or w in _MAY_END) and _ends_on_abbreviation(text, next_word_at):
        return False
    return w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or acronym


def _ends_on_abbreviation(text: str, next_word_at: int) -> bool:
    """Whether a sentence ends on an abbreviation that may end one: the next word is one that
    opens sentences, in a text whose capitals after a period carry meaning."""
    if _OPENS_SENTENCE.match(text, next_word_at) is None:
        return False
    return _recased(text) is False


@lru_cache(maxsize=256)
def _recased(text: str) -> bool:
    return _CAPITAL_AFTER_EVERY_PERIOD.search(text) is not None


def _split_paragraph(text: str, lo: int, hi: int, out: list[Span]) -> None:
    start = lo
    for m in _TERMINATOR.finditer(text, lo, hi):
        end = m.end()
        if not _starts_sentence(text, end, hi):
            continue
        if m.group().startswith(".") and m.group().count(".") == 1:
            nxt = end
            while nxt < hi and text[nxt].isspace():
                nxt += 1
            if _is_abbreviation(text, lo, m.start(), nxt):
                continue
        out.append(_trim(text, start, end))
        start = end
    if text[start:hi].strip():
        out.append(_trim(text, start, hi))


@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[Span, ...]:
    """The sentences of ``text`` as ``(start, end)`` offsets (see the module docs)."""
    out: list[Span] = []
    for lo, hi in paragraphs(text):
        _split_paragraph(text, lo, hi, out)
    return tuple(out)


@lru_cache(maxsize=256)
def _starts(text: str) -> list[int]:
    return [start for start, _ in sentence_spans(text)]


def sentence_index(text: str, pos: int) -> int:
    """The index of the sentence of ``text`` holding offset ``pos`` (a position between two
    sentences belongs to the earlier one; before the first, to the first)."""
    return max(0, bisect.bisect_right(_starts(text), pos) - 1)
