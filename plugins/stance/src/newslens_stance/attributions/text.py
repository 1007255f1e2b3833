"""The document a set of rules reads: paragraphs and sentences (the core's splitter,
:mod:`newslens.sentences`), quotation spans (a quote left open at a paragraph end continues
when the next paragraph opens with a mark), and the finding each rule produces."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import cast

from newslens.sentences import paragraphs, sentence_spans
from newslens_stance.attributions.lexicon import _QUOTE_CHAR_RE, _WORD

# --------------------------------------------------------------------------- document


@dataclass
class _Doc:
    text: str
    sent_starts: list[int] = field(default_factory=list)
    sent_ends: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)
    _breaks: dict[int, list[int]] = field(default_factory=dict, repr=False, compare=False)
    _words: dict[tuple[int, int, int], list[re.Match[str]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def words_before(self, pos: int, lo: int, limit: int = 14) -> list[re.Match[str]]:
        """:func:`_words_before` in this document's text, each answer found once (round
        thirty-five: a third of the questions repeat, the same speaker start read by several
        steps); a copy each time, so no caller changes another's."""
        key = (pos, lo, limit)
        got = self._words.get(key)
        if got is None:
            got = self._words[key] = _words_before(self.text, pos, lo, limit)
        return list(got)

    def breaks(self, pattern: re.Pattern[str]) -> list[int]:
        """Where ``pattern`` (one character) matches in the text, sorted; found once."""
        out = self._breaks.get(id(pattern))  # (an id: a pattern's hash reads its whole text)
        if out is None:
            out = self._breaks[id(pattern)] = [m.start() for m in pattern.finditer(self.text)]
        return out

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sent_starts[i], self.sent_ends[i]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation span containing ``pos`` (inclusive of its marks), if any."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def quote_starting(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.quote_starts, pos)
        if i < len(self.quotes) and self.quotes[i][0] == pos:
            return self.quotes[i]
        return None

    def quote_ending(self, pos: int) -> tuple[int, int] | None:
        """The quotation whose end (exclusive) is ``pos`` (quotations never overlap)."""
        i = bisect.bisect_right(self.quote_starts, pos - 1) - 1
        if i >= 0 and self.quotes[i][1] == pos:
            return self.quotes[i]
        return None


# --------------------------------------------------------------------------- the end of a text
# Round twenty-five: a pattern anchored at the end of the text before a cue ("..., who has
# long $") matches only characters it can consume, so it cannot start before the last
# character it can never consume (a "break"): its search reads from there, with the same match.


def _class_text(items: list[tuple[object, object]]) -> str | None:
    """A character-class body for a parsed class's items (no negation), or None."""
    out = []
    for op, av in items:
        if op is _C.LITERAL:
            out.append(f"\\U{av:08x}")
        elif op is _C.RANGE:
            lo, hi = cast("tuple[int, int]", av)
            out.append(f"\\U{lo:08x}-\\U{hi:08x}")
        elif op is _C.CATEGORY and av in _CATEGORY_TEXT:
            out.append(_CATEGORY_TEXT[av])
        else:
            return None
    return "".join(out)


def _consumed(parsed: object, pos: list[str], neg: list[str]) -> bool:
    """Collect what a parsed pattern can consume: class bodies it matches (``pos``) and, for
    "anything but", the class bodies excepted (``neg``); False for what is not read here."""
    for op, av in parsed:  # type: ignore[attr-defined]
        if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: consumes nothing
        if op is _C.LITERAL:
            pos.append(f"\\U{av:08x}")
        elif op is _C.NOT_LITERAL:
            neg.append(f"\\U{av:08x}")
        elif op is _C.ANY:
            neg.append("\\n")
        elif op is _C.IN:
            negated = bool(av) and av[0][0] is _C.NEGATE
            body = _class_text(av[1:] if negated else av)
            if body is None:
                return False
            (neg if negated else pos).append(body)
        elif op is _C.BRANCH:
            if not all(_consumed(b, pos, neg) for b in av[1]):
                return False
        elif op is _C.SUBPATTERN:
            if av[1] & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_DOTALL | _C.SRE_FLAG_MULTILINE):
                return False
            if not _consumed(av[3], pos, neg):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            if not _consumed(av[2], pos, neg):
                return False
        elif op is _C.ATOMIC_GROUP:
            if not _consumed(av, pos, neg):
                return False
        else:
            return False  # a back-reference, a conditional: not read here
    return True


def _ends_at_end(parsed: object) -> bool:
    """Whether every match ends at the end of the text (or before a final newline)."""
    items = list(parsed)  # type: ignore[call-overload]
    if not items:
        return False
    op, av = items[-1]
    if op is _C.AT:
        return av in (_C.AT_END, _C.AT_END_STRING)
    if op is _C.BRANCH:
        return all(_ends_at_end(b) for b in av[1])
    if op is _C.SUBPATTERN and not av[1] & _C.SRE_FLAG_MULTILINE:
        return _ends_at_end(av[3])
    return False


def _breaks_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One character the pattern can never consume, as a pattern; None when no window is
    proved (then the pattern reads the whole text)."""
    flags = pattern.flags
    if flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII):
        return None
    parsed = _sre_parse.parse(pattern.pattern, flags)
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.ASCII):
        return None
    if not _ends_at_end(parsed):
        return None
    pos: list[str] = []
    neg: list[str] = []
    if not _consumed(parsed, pos, neg):
        return None
    # a break: a character of every class excepted ("anything but ..."), in no class matched
    body = "".join(pos)
    return re.compile("".join(f"(?=[{ex}])" for ex in neg) + (f"[^{body}]" if body else r"[\s\S]"))


class _Tail:
    """A pattern anchored at the end of the text before a cue, searched from its last break.

    ``search(doc, s0, c0, before)`` is ``pattern.search(before)`` for ``before == doc.text[s0:
    c0]``: every match consumes only characters the pattern can consume and ends at the end
    (or before a final newline), so none starts at or before the last character it cannot
    consume; the search starts after it (the characters before stay in view for a ``\\b`` or a
    look-behind). A short text is searched whole."""

    __slots__ = ("breaks", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.breaks = _breaks_of(pattern)
        if not _ends_at_end(_sre_parse.parse(pattern.pattern, pattern.flags)):
            raise ValueError(f"not anchored at the end: {pattern.pattern!r}")

    def search(self, doc: _Doc, s0: int, c0: int, before: str) -> re.Match[str] | None:
        if self.breaks is None or len(before) <= _TAIL_WHOLE:
            return self.pattern.search(before)
        end = c0 - 1 if before.endswith("\n") else c0
        starts = doc.breaks(self.breaks)
        i = bisect.bisect_left(starts, end) - 1
        return self.pattern.search(before, max(0, starts[i] + 1 - s0) if i >= 0 else 0)


#: a text before a cue at most this long is searched whole (the window pays off past it)
_TAIL_WHOLE = 400

_CATEGORY_TEXT = {
    _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W",
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D",
}


def _find_quotes(
    text: str, paras: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Quotation spans (start at the opening mark, end after the closing mark).

    A quote still open at a paragraph end continues when the next paragraph starts with an
    opening mark (the newspaper convention); otherwise it ends with its paragraph, so an
    unbalanced mark never swallows the rest of the article.
    """
    quotes: list[tuple[int, int]] = []
    open_at: int | None = None
    if paras is None:
        paras = paragraphs(text)
    continued = False
    for n, (p0, p1) in enumerate(paras):
        for qm in _QUOTE_CHAR_RE.finditer(text, p0, p1):  # the marks alone, not every character
            i = qm.start()
            ch = text[i]
            if ch == '"':
                if open_at is not None and i == p0 and continued:
                    # round fifteen: a straight mark opening the paragraph that continues the
                    # quote left open before it (the newspaper convention) is no closing mark
                    continue
                if open_at is None:
                    open_at = i
                else:
                    quotes.append((open_at, i + 1))
                    open_at = None
            elif ch in "“«„":
                if (
                    open_at is not None
                    and ch == "“"
                    and i > open_at + 1
                    and text[i - 1] in ",.!?"
                    and (i + 1 == p1 or text[i + 1].isspace())
                ):
                    # round twelve: an opening mark typed for the closing one right after the
                    # quotation's last punctuation ('"It is late,“ said Lund'): it closes
                    quotes.append((open_at, i + 1))
                    open_at = None
                elif open_at is not None and not (i == p0 and text[open_at] in "“«„"):
                    # a second opening mark: the first one was never closed
                    quotes.append((open_at, _rstrip_pos(text, open_at, i)))
                    open_at = i
                elif open_at is None:
                    open_at = i
            elif open_at is not None:  # ” or »
                quotes.append((open_at, i + 1))
                open_at = None
        if open_at is not None:
            nxt = paras[n + 1][0] if n + 1 < len(paras) else None
            if nxt is not None and text[nxt] in '“"«„' and text[open_at] == text[nxt]:
                continued = True
                continue  # continues in the next paragraph; its opening mark is not a new quote
            quotes.append((open_at, _rstrip_pos(text, open_at, p1)))
            open_at = None
        continued = False
    # paragraphs that continue a quote start with a mark we must not re-open: handled above by
    # skipping (the mark at i == p0 while open_at is set)
    return [q for q in quotes if q[1] > q[0] + 1]


def _rstrip_pos(text: str, lo: int, hi: int) -> int:
    while hi > lo + 1 and text[hi - 1].isspace():
        hi -= 1
    return hi


def _doc(text: str) -> _Doc:
    """The document the rules read, split by the core's one sentence splitter
    (:mod:`newslens.sentences`), so ``sentence`` means what it means in every other frame."""
    paras = paragraphs(text)
    spans = sentence_spans(text)
    quotes = _find_quotes(text, paras)
    return _Doc(text, [a for a, _ in spans], [b for _, b in spans], quotes, [q[0] for q in quotes])


_DOUBLE_APOSTROPHE = re.compile(r"'''?")


def _normalise_quotes(text: str) -> str:
    """The text with typewriter double quotes ('' … '', as in some wire and newspaper copy)
    written as '"', offsets unchanged: an opening pair becomes ' "', a closing one '" '.

    Why: every rule knows '"' and curly marks; two apostrophes would otherwise be two
    single quotes, and a quotation in them would never be found. Spans that end on the
    substituted blank are widened back to the pair by :func:`_widen_to_quotes`.
    """
    if "''" not in text:
        return text
    chars = list(text)
    for m in _DOUBLE_APOSTROPHE.finditer(text):
        a, z = m.start(), m.end()
        before = text[a - 1] if a > 0 else " "
        after = text[z] if z < len(text) else " "
        if (before.isspace() or before in "([{—–-") and not after.isspace():
            chars[a], chars[a + 1] = " ", '"'  # opening (of three, the pair comes first)
        elif z - a == 3:
            chars[a + 1], chars[a + 2] = '"', " "  # closing three: a single quote, then the pair
        else:
            chars[a], chars[a + 1] = '"', " "  # closing
    return "".join(chars)


def _widen_to_quotes(text: str, a: int, b: int) -> tuple[int, int]:
    """A span of the normalised text, widened to whole '' pairs of the original."""
    if a > 0 and text[a - 1 : a + 1] == "''":
        a -= 1
    if b < len(text) and text[b - 1 : b + 1] == "''":
        b += 1
    return a, b


# --------------------------------------------------------------------------- helpers


def _first_words(text: str, lo: int, hi: int, n: int) -> list[str]:
    """The first ``n`` words of ``text[lo:hi]``, without scanning the rest (a run-on sentence
    would make every cue's look-ahead quadratic)."""
    return [m.group() for m in itertools.islice(_WORD.finditer(text, lo, hi), n)]


def _words_before(text: str, pos: int, lo: int, limit: int = 14) -> list[re.Match[str]]:
    """Up to ``limit`` word matches ending before ``pos``, nearest last, not crossing ``lo``
    (nor reaching back more than 200 characters).

    A shorter window is read first (about eight characters a word): when it holds more than
    ``limit`` words, its last ``limit`` are those of the full window (only its first match may
    be cut at the window's start, and the scan is in step with the full window's from the end
    of that match on). Most callers want one or two words, so this saves most of the scan."""
    near = pos - 8 * limit - 8
    if near > lo and near > pos - 200:
        matches = list(_WORD.finditer(text, near, pos))
        if len(matches) > limit:
            return matches[-limit:]
    return list(_WORD.finditer(text, max(lo, pos - 200), pos))[-limit:]


def _strip_span(text: str, a: int, b: int, punct: str = " \t\n,;:–—-") -> tuple[int, int]:
    while a < b and text[a] in punct:
        a += 1
    while b > a and text[b - 1] in punct:
        b -= 1
    return a, b


# --------------------------------------------------------------------------- findings


@dataclass
class _Finding:
    cue: tuple[int, int]
    lemma: str
    speaker: tuple[int, int] | None
    content: list[tuple[int, int]]
    hedged: bool = False
    agentless: bool = False
    speaker_resolved: str | None = None
    stance: str = "assert"
    stance_target: str | None = None
    #: "The attack was claimed by X": claiming an act is claiming responsibility (assert)
    claims_act: bool = False
    #: "does not think", "doesn't want to": a negated belief or intention (stance deny/hedge)
    negated: bool = False
    #: the noun phrase a relative pronoun speaker hangs on ("Ann Lee, who said"): the span is
    #: the pronoun, as written (PolNeAR's scheme); the party is resolved from this phrase
    antecedent: tuple[int, int] | None = None
    #: round ninety-seven: a party named only as a side's agent ("rebels backed by Freedonia")
    #: is no antecedent for a later pronoun or short name
    no_antecedent: bool = False


class _Holders:
    """The findings whose content holds a position, found by their content parts' starts.

    Why: comparing every finding with every other made a run-on sentence of many reports
    quadratic in its length; a sorted index of the parts, read within the longest part before
    a position, finds the same findings. Built once per pass from the parts as they are then:
    a pass that only shrinks contents afterwards gets a superset, so its callers test each
    finding's current content again.
    """

    def __init__(self, findings: list[_Finding]) -> None:
        self.findings = findings
        self.parts = sorted((a, b, i) for i, f in enumerate(findings) for a, b in f.content)
        self.starts = [a for a, _b, _i in self.parts]
        self.longest = max((b - a for a, b, _i in self.parts), default=0)

    def at(self, pos: int) -> list[_Finding]:
        """The findings with a part ``a <= pos < b`` (as indexed), in their list order."""
        near = range(
            bisect.bisect_left(self.starts, pos - self.longest),
            bisect.bisect_right(self.starts, pos),
        )
        held = {self.parts[k][2] for k in near if self.parts[k][1] > pos}
        return [self.findings[i] for i in sorted(held)]
