"""Where a rule's match can start: a cheap scan that finds those places, derived from the rule.

Why: inside a trigger's window the regular-expression engine still tries each rule at every
character, and most rules open on a long run of optional alternatives (a modifier, an article,
an adjective, a count in figures or words, then the unit), so a failed try costs microseconds
(a profile put four fifths of the scan in such failures). Few places can start a match: the
first characters of a match are one of a known set ("abo" for "about", "the", a digit, ...).

``start_scanner(pattern)`` reads the rule's parsed pattern (``re._parser``) and collects every
prefix of up to ``DEPTH`` characters a match can begin with (zero-width assertions skipped,
optional parts both taken and left out, a repeat cut after its first pass, anything it cannot
read ending the prefix there). Each prefix is a sequence of lower-case literals and character
classes with no letters in them; the scanner is one case-sensitive regex over the lower-cased
text that stops at each place one of them begins. Every match of the rule begins at such a
place (a superset), so trying the rule only there finds exactly its matches (see
``extract._matches``). A rule whose first character is unconstrained, or that can match the
empty string, gets no scanner and is scanned as before.

The lower-cased text must have the same length as the text, and no character whose lower case
is not what ``re.IGNORECASE`` folds it to: of the characters that fold to an ASCII letter, only
the dotless i (U+0131) and the long s (U+017F) are such (U+0130 changes length). A text holding
one is scanned as before (``FOLD_ODD``).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # the standard library's own regex parser (``sre_parse`` before Python 3.11)
    C: Any = importlib.import_module("re._constants")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: every rule is scanned as before
    C = _parser = None

#: characters of a prefix examined (more: fewer false starts, a longer scanner)
DEPTH = 4
#: characters ``re.IGNORECASE`` folds to an ASCII letter whose ``str.lower()`` is another
FOLD_ODD = ("\u0131", "\u017f")

_STOP = object()  # the prefix ends here: what follows is not read
if C is None:  # pragma: no cover
    _CATEGORIES: dict[Any, str] = {}
    _ZERO_WIDTH: tuple[Any, ...] = ()
    _REPEATS: tuple[Any, ...] = ()
else:
    _CATEGORIES = {
        C.CATEGORY_DIGIT: r"\d",
        C.CATEGORY_SPACE: r"\s",
        C.CATEGORY_NOT_DIGIT: r"\D",
        C.CATEGORY_NOT_SPACE: r"\S",
        C.CATEGORY_WORD: r"\w",
        C.CATEGORY_NOT_WORD: r"\W",
    }
    _ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
    _REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


class _Unreadable(Exception):
    """The pattern holds something the prefixes cannot be read from: no scanner."""


def _lower(code: int, ignorecase: bool) -> str | None:
    """The literal as the lower-cased text holds it, or None when that is not one character."""
    ch = chr(code)
    if not ignorecase:
        low = ch.lower()
        # a case-sensitive literal matches itself only: its lower case is what the scan sees
        return low if len(low) == 1 else None
    if ch.isascii() or ch.lower() == ch.upper() == ch:
        return ch.lower()
    return None  # a cased non-ASCII literal under IGNORECASE: its folds are not checked


def _class(items: list[Any], ignorecase: bool) -> str | None:
    """An ``IN`` set as a character class for the lower-cased text, or None (end the prefix)."""
    parts = []
    for op, av in items:
        if op is C.NEGATE:
            return None  # a negated set may hold upper-case letters the lowered text lacks
        if op is C.LITERAL:
            low = _lower(av, ignorecase)
            if low is None:
                return None
            parts.append(re.escape(low))
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo >= 128:
                return None
            chars = [chr(c) for c in range(lo, hi + 1)]
            if ignorecase and not all(c.isascii() or c.lower() == c.upper() for c in chars):
                return None  # cased non-ASCII letters folded: not checked
            lowered = {c.lower() for c in chars}
            if any(len(c) != 1 for c in lowered):
                return None
            parts.extend(re.escape(c) for c in sorted(lowered))
        elif op is C.CATEGORY and av in _CATEGORIES:
            if av in (C.CATEGORY_NOT_DIGIT, C.CATEGORY_NOT_SPACE, C.CATEGORY_WORD,
                      C.CATEGORY_NOT_WORD):  # fmt: skip
                return None  # would hold letters: no filter
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _prefixes(items: list[Any], depth: int, ignorecase: bool, out: set[tuple[str, ...]],
              head: tuple[str, ...], budget: list[int]) -> None:  # fmt: skip
    """Add to ``out`` every prefix (``head`` + what ``items`` can start with, up to ``depth``)."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unreadable("too many paths")
    if depth == 0 or not items:
        out.add(head)
        return
    op, av = items[0]
    rest = items[1:]
    if op is _STOP:
        out.add(head)
    elif op in _ZERO_WIDTH:
        _prefixes(rest, depth, ignorecase, out, head, budget)
    elif op is C.LITERAL:
        low = _lower(av, ignorecase)
        if low is None:
            out.add(head)
        else:
            _prefixes(rest, depth - 1, ignorecase, out, (*head, re.escape(low)), budget)
    elif op is C.IN:
        cls = _class(av, ignorecase)
        if cls is None:
            out.add(head)
        else:
            _prefixes(rest, depth - 1, ignorecase, out, (*head, cls), budget)
    elif op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unreadable("inline flags")
        _prefixes(list(sub.data) + rest, depth, ignorecase, out, head, budget)
    elif op is C.ATOMIC_GROUP:
        _prefixes(list(av.data) + rest, depth, ignorecase, out, head, budget)
    elif op is C.BRANCH:
        for alt in av[1]:
            _prefixes(list(alt.data) + rest, depth, ignorecase, out, head, budget)
    elif op in _REPEATS:
        low, high, sub = av
        if low == 0:
            _prefixes(rest, depth, ignorecase, out, head, budget)
        if high != 0:
            # the first passes, then the rest if the count is exact, else a cut (what follows
            # may be another pass or the rest)
            passes = min(max(low, 1), depth)
            after = rest if high == passes else [(_STOP, None)]
            _prefixes(list(sub.data) * passes + after, depth, ignorecase, out, head, budget)
    else:  # ANY, NOT_LITERAL, a back reference, ...: the prefix ends here
        out.add(head)


def prefixes(pattern: re.Pattern[str], depth: int = DEPTH) -> set[tuple[str, ...]] | None:
    """Every prefix a match of ``pattern`` can begin with, or None when none can be read."""
    if _parser is None or pattern.flags & (re.LOCALE | re.ASCII | re.VERBOSE):
        return None
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    out: set[tuple[str, ...]] = set()
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None  # an empty match is not a start this scan can stand for
        _prefixes(list(parsed.data), depth, ignorecase, out, (), [200_000])
    except (_Unreadable, AttributeError, TypeError, ValueError):
        return None  # unread (an opcode or layout this code does not know): scan as before
    if () in out:
        return None  # some match can start anywhere
    return out


def start_scanner(pattern: re.Pattern[str], depth: int = DEPTH) -> re.Pattern[str] | None:
    """A regex over the lower-cased text matching (one character) where ``pattern`` may start."""
    found = prefixes(pattern, depth)
    if found is None:
        return None
    by_first: dict[str, set[str]] = {}
    for prefix in found:
        by_first.setdefault(prefix[0], set()).add("".join(prefix[1:]))
    branches = []
    for first in sorted(by_first):
        tails = by_first[first]
        if "" in tails:
            branches.append(first)  # the first character alone is enough
        else:
            branches.append(f"{first}(?={'|'.join(sorted(tails))})")
    return re.compile("|".join(branches))
