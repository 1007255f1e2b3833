"""Rule-based attribution extraction: who said what, how, and with which stance.

Why rules and not a model: the only attribution corpora (PARC 3.0, citron's data) are not ours to
ship, and a lexicon of reporting verbs plus a handful of clause patterns already finds most
attributions in news prose. Every rule here is linear in the text (bounded look-back windows,
one pass per pattern), so no input can make extraction slow.

Pipeline, for one text:

1. sentences (abbreviation-aware) and quotation spans (curly or straight marks, the
   newspaper convention that a quote left open at a paragraph end continues in the next
   paragraph when that paragraph opens with a quotation mark);
2. cues: reporting verbs from :data:`CUE_LEMMAS` in every inflection, "according to", agentless
   passives ("is said to", "it was reported that") and distancing adverbs ("reportedly");
3. for each cue, a speaker (preposed "X said", inverted "said X", participle "..., adding")
   and content (the clause after the cue, the clause or quotation before it, or both parts of
   a quote split by the attribution, plus the quotations that continue it);
4. resolution of pronouns and definite descriptions to the last fitting named speaker;
5. stance from the cue's lemma, distancing adverbs and contradiction cues in the content.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


def _words(block: str) -> tuple[str, ...]:
    """A word list written as a block of text (keeps long lexicons readable)."""
    return tuple(block.split())


# --------------------------------------------------------------------------- lexicon

#: Reporting verbs by lemma. Irregular forms are listed; regular ones are generated.
CUE_LEMMAS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say", "saying"),
    "tell": ("told", "tells", "tell", "telling"),
    "write": ("wrote", "writes", "write", "writing", "written"),
    "speak": ("spoke",),
    "state": ("stated", "stating", "states"),
    "read": ("read", "reads"),  # a text's words: 'the statement read: "..."' (quotes only)
    "call": ("called", "calls", "calling"),  # 'called the death "a senseless killing"'
    "think": ("thought", "thinks"),  # not "think": too often no report ("I think")
}
_REGULAR = _words(
    """
    report announce claim deny insist dismiss reject confirm add explain warn note tweet
    allege argue acknowledge admit assert believe suggest estimate predict accuse blame urge
    contend maintain disclose reveal mention cite testify conclude concede promise vow
    pledge threaten recall reiterate repeat stress emphasise emphasize comment respond reply
    dispute contest contradict refute rebut speculate assure inform caution complain boast
    describe indicate remark quip declare affirm observe attribute suspect
    characterise characterize demand recommend elaborate encourage opine underline continue
    praise exclaim recount list determine
    """
)

DENY_LEMMAS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
DISPUTE_LEMMAS = frozenset({"dispute", "contest", "contradict", "counter", "disagree with"})
HEDGE_LEMMAS = frozenset({"claim", "allege", "purport"})
REPORT_LEMMAS = frozenset({"report", "cite", "according to", "per", "quote"})
#: Verbs that report only with a clause, a colon or a quotation, never with a bare object
#: ("it adds a further complication", "noted the date").
CLAUSE_ONLY_LEMMAS = frozenset(
    {
        "add",
        "note",
        "indicate",
        "describe",
        "stress",
        "emphasise",
        "emphasize",
        "repeat",
        "reiterate",
        "respond",
        "reply",
        "comment",
        "recall",
        "mention",
        "suggest",
        "speak",
        "write",
        "explain",
        "point out",
        "conclude",
        "reveal",
        "promise",
        "threaten",
        "predict",
        "disclose",
        "think",
        "remark",
        "quip",
        "declare",
        "affirm",
        "observe",
        "characterise",
        "characterize",
        "recommend",
        "elaborate",
        "maintain",
        "tweet",
        "opine",
        "underline",
        "list",
        "determine",
    }
)
#: Verbs whose content may be a bare noun phrase ("claimed responsibility", "denied it").
NP_OBJECT_LEMMAS = frozenset(
    {"claim", "deny", "reject", "dismiss", "confirm", "announce", "cite", "attribute"}
)
#: Verbs whose object is the audience ("told reporters that").
AUDIENCE_LEMMAS = frozenset(
    {"tell", "inform", "assure", "warn", "urge", "caution", "remind", "brief"}
)
HEDGE_ADVERBS = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "alleged", "purported"}
)


def _inflect(lemma: str) -> list[str]:
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    if lemma in {"admit", "rebut", "regret", "quip"}:
        return [lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


FORM_TO_LEMMA: dict[str, str] = {}
for _lemma in _REGULAR:
    for _form in _inflect(_lemma):
        FORM_TO_LEMMA.setdefault(_form, _lemma)
for _lemma, _forms in CUE_LEMMAS.items():
    for _form in _forms:
        FORM_TO_LEMMA[_form] = _lemma
# "suspecting foul play", "reading a book", "observing a test": these participles rarely
# report speech ("declaring independence" is caught by the performative rule, which wants a
# clause or a quotation); "a vote recount": only the past tense of "recount" reports
for _form in ("suspecting", "attributing", "reading", "observing"):
    FORM_TO_LEMMA.pop(_form, None)
for _form in ("recount", "recounts", "recounting"):
    FORM_TO_LEMMA.pop(_form, None)

# Forms that are more often nouns or adjectives than reporting verbs, accepted only after a
# subject-like word (see _looks_nominal).
_NOUNISH = frozenset(
    _words(
        """
        report reports claim claims estimate estimates comment comments state states promise
        promises note notes reply replies tweet tweets respond pledge pledges threat dispute
        disputes repeat stress warning added stated written believe indicated described
        remark remarks thought
        contest contests demand demands list lists
        """
    )
)
_DETERMINERS = frozenset(
    _words(
        """
        the a an these those this that such his her its their our my your some any no every
        each of to for amid despite over about and or by with without following against new
        false unconfirmed previous recent latest initial all numerous multiple similar other
        conflicting repeated widespread unverified media news press early
        """
    )
)
_AUX = frozenset(
    _words(
        """
        has have had is was were are be been being will would could can may might must shall
        should did does do also later earlier then previously further again repeatedly
        publicly officially recently separately initially originally subsequently already
        just once still now first last reportedly allegedly apparently himself herself
        itself themselves always often never not n't cannot sometimes too
        """
    )
)
_STOP_BACK = frozenset(
    _words(
        """
        that which who whom whose what when where while as because if after before since
        than but so though although until unless whether said says told is was were are be
        been has have had will would could can may might do does did to into onto from
        with by about not quoted quoting quotes cannot upon or nor
        """
    )
)
_NP_INNER = frozenset({"of", "for", "the", "and", "de", "al", "in", "at", "du", "von"})
_PRONOUNS = {
    "he": "person",
    "she": "person",
    "it": "org",
    "they": "plural",
    "we": "plural",
    "i": "person",
    "you": "person",
}
_TITLE_WORDS = frozenset(
    _words(
        """
        president prime attorney minister secretary spokesman spokeswoman spokesperson chief
        commissioner
        director governor mayor senator general colonel captain commander officer official
        king queen prince chairman chairwoman ceo head leader premier chancellor ambassador
        judge prosecutor inspector superintendent sergeant lieutenant professor dr mr mrs ms
        sir lord lady pope representative rep sen gov gen col lt sgt capt prof deputy vice
        acting former foreign defence defense interior finance health us uk eu un
        """
    )
)
_ORG_WORDS = frozenset(
    _words(
        """
        ministry observatory council agency department office police army forces force court
        academy school college institution hospital museum society trust alliance coalition
        government company corp corporation inc ltd group association organisation
        organization committee commission service services news times post bbc reuters ap
        afp university institute party union bank airlines airline board authority
        authorities bureau network centre center foundation federation military navy
        coalition parliament congress senate administration embassy brigade command fund
        press media newspaper channel tv radio agency state states republic kingdom county
        city club team
        """
    )
)
_PERSON_ROLES = frozenset(
    _words(
        """
        minister secretary spokesman spokeswoman spokesperson president governor mayor
        senator official officer chief director chairman ceo leader premier chancellor
        ambassador judge prosecutor man woman commander general king queen
        """
    )
)
_DISCOURSE = re.compile(
    r"^(?:(?:meanwhile|however|but|and|also|still|yet|so|moreover|separately|earlier|later|indeed|"
    r"in addition|in a statement|on \w+day(?: morning| afternoon| evening| night)?|instead|"
    r"nonetheless)\s*,?\s+)+",
    re.IGNORECASE,
)
_ADVERBIAL = re.compile(
    r"^(?:(?:on|in|at|by|from|during|after|before|since|last|earlier|later|meanwhile|yesterday|today|"
    r"per|according to|"
    r"tonight|separately|however|additionally|also|then|overnight|early|late|as of)\b[^,]{0,40}|"
    r"[A-Z][a-z]+day(?: \w+)?|[A-Za-z]+ly),$",
    re.IGNORECASE,
)
_CONTRADICTION = re.compile(
    r"\b(?:wrong|false|untrue|incorrect|mistaken|mistake|misleading|baseless|groundless|"
    r"nonsense|lies|lying|lied|fabricat\w+|no evidence|not true|not the case|contrary to|"
    r"unfounded|absurd|propaganda|disinformation|fake)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no|n't|nor|none|nothing)\b|n't\b", re.IGNORECASE)
_ABBREV = frozenset(
    _words(
        """
        mr mrs ms dr st jr sr gen col lt sgt capt gov sen rep prof no vs inc ltd co corp jan
        feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.k u.n e.g i.e etc approx
        est
        """
    )
)
_WEEKDAY_TIME = re.compile(
    r"(?:\s+(?:on|last|late|early|this|next)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|today|tonight|morning|evening|afternoon|night|week)"
    r"(?:\s+(?:morning|evening|afternoon|night))?)+"
)

OPEN_QUOTES = '“"«„'
CLOSE_QUOTES = '”"»“'
_QUOTE_CHARS = frozenset('“”"«»„')
_QUOTE_CHAR_RE = re.compile('[“”"«»„]')
_WORD = re.compile(r"[^\W_]+(?:(?:[’'\-.&]|(?<=\d),(?=\d{3}))[^\W_]+)*(?:[’']s)?")
_CUE_RE = re.compile(
    r"(?:(?<![\w,] )\bPer(?= [\w“\"])|(?<=, )per(?= [a-z])|"
    r"\b(?:[Aa]ccording to|pointed out|points out|point out|went on to (?:say|add|note)|"
    r"called on|called for|calls on|calls for|"
    + "|".join(sorted((re.escape(f) for f in FORM_TO_LEMMA), key=len, reverse=True))
    + r")\b)"
)
#: The same cues, found fast: phrases and "Per" by pattern, single words by a dictionary
#: lookup (an alternation of ~400 word forms made the scan the slowest step of all).
_CUE_SCAN = re.compile(
    r"(?<![\w,] )\bPer(?= [\w“\"])|(?<=, )per(?= [a-z])|"
    r"\b(?:[Aa]ccording to|pointed out|points out|point out|went on to (?:say|add|note)|"
    r"called on|called for|calls on|calls for|refer(?:s|red|ring)? to|"
    r"disagree(?:s|d)? with)\b|\b(?P<w>[a-z]+)\b"
    r"|\b(?P<cap>[A-Z][a-z]+ing)\b"
)


def _cue_matches(text: str) -> Iterator[re.Match[str]]:
    """Every cue occurrence, as :data:`_CUE_RE` would find them, in text order, plus
    capitalised participles that open a sentence ("Citing X, officials said")."""
    for m in _CUE_SCAN.finditer(text):
        w = m.group("w")
        if w is None:
            cap = m.group("cap")
            if cap is None or cap.lower() in FORM_TO_LEMMA:
                yield m
        elif w in FORM_TO_LEMMA:
            yield m


_PASSIVE_BY_RE = re.compile(
    r"\b(?P<aux>(?:is|was|were|are|has been|have been|had been))\s+(?:\w+ly\s+)?"
    r"(?P<verb>announced|described|reported|confirmed|quoted|cited|criticised|criticized|"
    r"denied|disputed|stated|told|praised|condemned|claimed)"
    r"(?:\s+(?:on|in|at|during|late|early|last)\s+[\w’'\-]+(?:\s+[\w’'\-]+)?)?\s+by\s+"
    r"(?P<agent>(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w’'.\-]*|[a-z]+)(?:\s+(?:of|for|the|and|"
    r"[A-Z][\w’'.\-]*|[a-z]+)){0,7}?)(?=\s+(?:as|to)\b|\s*[,.;:!?]|\s*$)"
)
_HEDGE_RE = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|reputedly|alleged|purported)\b",
    re.IGNORECASE,
)
_AGENTLESS_RE = re.compile(
    r"\b(?:(?:is|was|were|are|has been|have been|had been|being)\s+"
    r"(?:widely\s+|also\s+)?(?:said|reported|alleged|believed|thought|claimed|rumou?red|"
    r"understood|purported)\s+(?:to\b|that\b))"
    r"|\b[Ii]t\s+(?:is|was|has been|had been)\s+(?:widely\s+|also\s+)?(?:said|reported|alleged|"
    r"claimed|rumou?red|understood)\b(?!\s+by\b)"
    r"|\b(?P<bare>(?:was|were|has been|have been|had been)\s+"
    r"(?:(?:[a-z]+ly|first|later|also|since|then|again|earlier)\s+)?reported)\b"
    r"(?!\s+(?:by|to|that)\b)"
)

# --------------------------------------------------------------------------- document


@dataclass
class _Doc:
    text: str
    sent_starts: list[int] = field(default_factory=list)
    sent_ends: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)

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


_SOFT_BREAK = re.compile(r"[^\n]\n(?=[^\s])")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans (start, end), blank-free.

    Why not one paragraph per line: wire copy is often hard-wrapped at ~70 characters
    ("...said its Shell Canada\\nProducts Ltd unit...") with paragraphs marked by an indented
    line or a blank line. When most lines of a text are short and end mid-sentence, a single
    newline is a wrap, not a paragraph break; elsewhere every line is a paragraph.
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    if len(lines) < 4:
        return lines
    soft = [m.start() + 1 for m in _SOFT_BREAK.finditer(text)]
    short = sum(1 for a, b in lines if b - a <= 90)
    wraps = sum(1 for i in soft if text[i - 1] not in '.!?:”"')
    if short < 0.8 * len(lines) or wraps < 0.3 * len(lines):
        return lines
    paras: list[tuple[int, int]] = []
    for a, b in lines:
        if (
            paras
            and text[a - 1] == "\n"
            and (a < 2 or text[a - 2] != "\n")
            and (not text[a].isspace())
        ):
            paras[-1] = (paras[-1][0], b)  # a wrapped line continues its paragraph
        else:
            paras.append((a, b))
    return [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in paras if text[a:b].strip()
    ]


def _split_sentences(
    text: str, paras: list[tuple[int, int]] | None = None
) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for p0, p1 in paras if paras is not None else _paragraphs(text):
        s = p0
        for m in re.finditer(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])", text[p0:p1]):
            end = p0 + m.end()
            word = re.search(r"([A-Za-z.]+)\.$", text[max(p0, end - 12) : p0 + m.start() + 1])
            if m.group().startswith(".") and word:
                w = word.group(1).lower().rstrip(".")
                if (
                    w in _ABBREV
                    or (len(w) == 1 and w.isalpha())
                    or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w)
                ):
                    continue
            starts.append(s)
            ends.append(end)
            s = end
            while s < p1 and text[s].isspace():
                s += 1
        if s < p1:
            starts.append(s)
            ends.append(p1)
    return starts, ends


def _find_quotes(text: str, paras: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Quotation spans (start at the opening mark, end after the closing mark).

    A quote still open at a paragraph end continues when the next paragraph starts with an
    opening mark (the newspaper convention); otherwise it ends with its paragraph, so an
    unbalanced mark never swallows the rest of the article.
    """
    quotes: list[tuple[int, int]] = []
    open_at: int | None = None
    if paras is None:
        paras = _paragraphs(text)
    for n, (p0, p1) in enumerate(paras):
        for i in range(p0, p1):
            ch = text[i]
            if ch not in _QUOTE_CHARS:
                continue
            if ch == '"':
                if open_at is None:
                    open_at = i
                else:
                    quotes.append((open_at, i + 1))
                    open_at = None
            elif ch in "“«„":
                if open_at is not None and not (i == p0 and text[open_at] in "“«„"):
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
                continue  # continues in the next paragraph; its opening mark is not a new quote
            quotes.append((open_at, _rstrip_pos(text, open_at, p1)))
            open_at = None
    # paragraphs that continue a quote start with a mark we must not re-open: handled above by
    # skipping (the mark at i == p0 while open_at is set)
    return [q for q in quotes if q[1] > q[0] + 1]


def _rstrip_pos(text: str, lo: int, hi: int) -> int:
    while hi > lo + 1 and text[hi - 1].isspace():
        hi -= 1
    return hi


def _doc(text: str) -> _Doc:
    paras = _paragraphs(text)
    starts, ends = _split_sentences(text, paras)
    quotes = _find_quotes(text, paras)
    return _Doc(text, starts, ends, quotes, [q[0] for q in quotes])


# --------------------------------------------------------------------------- helpers


def _first_words(text: str, lo: int, hi: int, n: int) -> list[str]:
    """The first ``n`` words of ``text[lo:hi]``, without scanning the rest (a run-on sentence
    would make every cue's look-ahead quadratic)."""
    return [m.group() for m in itertools.islice(_WORD.finditer(text, lo, hi), n)]


def _words_before(text: str, pos: int, lo: int, limit: int = 14) -> list[re.Match[str]]:
    """Up to ``limit`` word matches ending before ``pos``, nearest last, not crossing ``lo``."""
    window_start = max(lo, pos - 200)
    matches = list(_WORD.finditer(text, window_start, pos))
    return matches[-limit:]


def _strip_span(text: str, a: int, b: int, punct: str = " \t\n,;:–—-") -> tuple[int, int]:
    while a < b and text[a] in punct:
        a += 1
    while b > a and text[b - 1] in punct:
        b -= 1
    return a, b


_SPOKES = frozenset(
    _words(
        """
        spokesman spokeswoman spokesperson spokespeople member members head representative
        representatives researcher researchers professor lecturer director manager owner
        """
    )
)
_ROLE_WORDS = frozenset(
    _words(
        """
        prime attorney press engineer doctor witness resident activist analyst lawyer expert
        co-author author co-founder ecologist biologist physicist chemist astronomer
        teacher farmer economist researcher scientist manager coach player actor author
        survivor nurse pilot engineer historian professor student worker owner founder
        founder reporter correspondent journalist editor columnist
        """
    )
)
_NAME_PARTICLE = re.compile(r"^(?:al|el|bin|ibn|de|van|von|da|di|du|la|le|der|bint)(?:-|$)")


def _name_like(word: str) -> bool:
    return word[:1].isupper() or bool(_NAME_PARTICLE.match(word))


def _canonical(name: str) -> str:
    """A speaker's name without leading determiners and titles ("US Defence Secretary Ash
    Carter" -> "Ash Carter"), for resolution and the parties list."""
    name = " ".join(name.split())  # wrapped lines: "Federal Statistics\nOffice"
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE).strip(" .,")
    # "British Transport Police (BTP)": the acronym is an alias, not part of the name
    name = re.sub(r"\s*\([A-Z][A-Za-z.&]{1,9}\)$", "", name)
    # post-nominal letters: "Judge Durham Hall QC"
    name = re.sub(r"\s+(?:QC|KC|MP|MEP|OBE|MBE|CBE|Jr\.?|Sr\.?|PhD)$", "", name)
    # "BBC's Jonathan Marcus": an organisation's person is the person
    poss = re.match(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?[’']s\s+(?=[A-Z]\w+\s+[A-Z])", name)
    if poss:
        name = name[poss.end() :]
    words = name.split()
    if len(words) < 2:
        return name
    person_of = re.search(
        r"(?:^|\s)([A-Z][\w’'\-]+(?: (?:[A-Z][\w’'\-]+|dela|de|del|van|von|bin|al|da|du)){1,3}) "
        r"(?:of|from|at)\s",
        name,
    )
    lead = name[: person_of.start(1)].split() if person_of else []
    core = person_of.group(1).split() if person_of else []
    while core and core[0].lower() in _TITLE_WORDS | _ROLE_WORDS:
        lead.append(core.pop(0))  # "President Hassan Rouhani of Iran"
    if (
        len(core) >= 2
        and not _is_org(" ".join(core))
        and not any(w.lower() in _TITLE_WORDS for w in core)
        and all(w[:1].islower() or w.lower() in _TITLE_WORDS | _ROLE_WORDS for w in lead)
    ):
        return " ".join(core)  # "study co-author Ted Scambos of CU Boulder's ..."
    run = 0
    for w in reversed(words):
        lw = w.lower().strip(".")
        if (
            _name_like(w)
            and lw not in _TITLE_WORDS
            and lw not in _ROLE_WORDS
            and "’s" not in w
            and "'s" not in w
        ):
            run += 1
        else:
            break
    lead_low = [w.lower().strip(".") for w in words[:-run]] if run else []
    if (
        run >= 3
        and lead_low
        and lead_low[-1] in {"of", "to", "for"}
        and any(w in _TITLE_WORDS for w in lead_low)
    ):
        run -= 1  # "Ambassador to Germany Richard Grenell": "Germany" is the title's object
        if not _is_org(" ".join(words[-run:])):
            return " ".join(words[-run:])
    if 0 < run < len(words) and not _is_org(" ".join(words[-run:])):
        before = words[-run - 1]
        if run >= 2 and before.lower() in {"of", "to"} and any(w in _TITLE_WORDS for w in lead_low):
            return " ".join(words[-run:])  # "Secretary of State Mike Pompeo"
        if before.lower() in {"of", "for", "and", "de", "du", "on", "in", "at", "the", "to"}:
            return name  # inside an organisation's name: "Observatory for Human Rights"
        if (
            before.lower().strip(".") in _TITLE_WORDS | _ROLE_WORDS
            or (before[:1].islower())
            or before.lower() in _TITLE_WORDS
        ):
            return " ".join(words[-run:])
    return name


def _is_org(name: str) -> bool:
    low = [w.lower().strip("’'s.") for w in name.split()]
    return any(w in _ORG_WORDS for w in low)


def _kind(name: str) -> str:
    """'person', 'org' or 'plural' for a named speaker, by shape (no gazetteer)."""
    words = name.split()
    low = [w.lower().strip(".,") for w in words]
    if low and low[-1].endswith("s") and not words[-1][:1].isupper():
        return "plural"  # "Syrian officials", "police sources"
    canon = _canonical(name)
    definite = bool(low) and low[0] in {"the", "a", "an"}
    titled = any(w in _TITLE_WORDS | _ROLE_WORDS for w in low)
    if (
        canon != name.strip()
        and len(canon.split()) >= 2
        and not _is_org(canon)
        and (titled or not definite)
    ):
        return "person"  # "Harbour Authority chief Tom Reyes" -> Tom Reyes
    if (
        low
        and low[0] in {"the", "a", "an"}
        and not any(w in _TITLE_WORDS | _ROLE_WORDS | _PERSON_ROLES for w in low)
    ):
        return "org"  # "The Taliban", "the Levant": a definite name is no person's
    if _is_org(name):
        return "org"
    caps = [w for w in words if w[:1].isupper()]
    if any(
        w in _TITLE_WORDS - {"us", "uk", "eu", "un", "foreign", "defence", "defense"} for w in low
    ):
        return "person"
    if len(caps) >= 2 and len(caps) == len(words) and "’s" not in name and "'s" not in name:
        return "person"
    return "org"


# --------------------------------------------------------------------------- core


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


_COMMON_SPEAKERS = frozenset(
    _words(
        """
        officials police authorities witnesses residents experts analysts investigators
        sources doctors prosecutors critics observers scientists researchers reports media
        protesters officers rescuers survivors locals diplomats lawmakers economists
        """
    )
)


_NOUN_FOLLOWERS = frozenset(
    _words(
        "of on about from for in by were was are is have had has say said says suggest show and or "
        "against"
    )
)
_NO_CONTENT = frozenset(
    _words("him her me them us it this that however so too also otherwise yes no")
)
_ROLE_NOUNS = _PERSON_ROLES | _TITLE_WORDS | _ROLE_WORDS | _SPOKES | _COMMON_SPEAKERS


def _np_before(doc: _Doc, pos: int, sent_lo: int) -> tuple[tuple[int, int] | None, bool]:
    """The speaker noun phrase right before a cue at ``pos`` (and whether a hedge adverb
    such as "reportedly" sat between them)."""
    text = doc.text
    words = _words_before(text, pos, sent_lo)
    hedged = False
    cw = _WORD.match(text, pos)
    cue_word = cw.group().lower() if cw else ""
    # skip auxiliaries / adverbs between speaker and cue ("has also said")
    k = len(words) - 1
    gap_end = pos
    while k >= 0:
        w = words[k]
        between = text[w.end() : gap_end]
        if between.strip():
            break
        lw = w.group().lower()
        if (
            lw in {"both", "all", "each"}
            and k >= 1
            and text[words[k - 1].end() : w.start()].strip() == ""
            and words[k - 1].group().lower() not in _DETERMINERS | _AUX
        ):
            gap_end = w.start()  # "Miller and Smith both acknowledged"
            k -= 1
            continue
        if (
            (lw in _AUX and not (len(lw) > 1 and w.group().isupper()))
            or (
                lw.endswith("ly")
                and lw not in _LY_NOUNS
                # a capitalised -ly word is a name ("MP Kevin Conolly said"), not an adverb
                and (w.group()[:1].islower() or lw in HEDGE_ADVERBS)
            )
        ):
            hedged = hedged or lw in HEDGE_ADVERBS
            gap_end = w.start()
            k -= 1
            continue
        break
    # skip a time phrase ("Police on Tuesday said")
    tm = None
    ge = gap_end
    while ge > sent_lo and text[ge - 1] == " ":
        ge -= 1
    for m in _WEEKDAY_TIME.finditer(text, max(sent_lo, ge - 40), ge):
        if m.end() == ge:
            tm = m
    if tm is not None:
        gap_end = tm.start()
        while k >= 0 and words[k].start() >= gap_end:
            k -= 1
    comma = re.search(r",\s*$", text[max(sent_lo, gap_end - 4) : gap_end])
    if comma is not None:
        return _np_before_comma(
            doc,
            gap_end - (4 if gap_end - 4 >= sent_lo else gap_end - sent_lo) + comma.start(),
            sent_lo,
        ), hedged
    np_start = None
    np_end = None
    count = 0
    while k >= 0 and count < 14:
        w = words[k]
        between = text[w.end() : (np_start if np_start is not None else gap_end)]
        if (
            between.strip()
            and not re.fullmatch(r"\s*[()]\s*", between)
            and not (
                # a plural possessive inside the phrase: "Train drivers' trade union Aslef"
                re.fullmatch(r"[’']\s+", between)
                and w.group().endswith("s")
                and np_start is not None
                and text[w.start() - 1 : w.start()] != "'"
            )
            and not (
                between.strip() == "."
                and (
                    re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", w.group())
                    or w.group().lower() in _TITLE_ABBREV
                )
                and text[w.end() + 1 : w.end() + 40].split()[:1] != []
                and text[w.end() + 1 : w.end() + 40].split()[0].lower()
                not in _COMMON_SPEAKERS | set(_PRONOUNS) | _POSS_DET | {"police"}
            )
        ):
            break  # punctuation or a quote mark ends the phrase ("(SDF)", "U.S. Navy" do not)
        lw = w.group().lower()
        is_cap = w.group()[:1].isupper() or w.group()[:1].isdigit()
        prev_w = words[k - 1].group().lower() if k >= 1 else ""
        if (
            lw in _AUX
            and np_start is not None
            and (
                (w.group() == "First" and text[np_start : np_start + 1].isupper())
                or (lw in _ADJ_AUX and prev_w in _POSS_DET)
            )
        ):
            pass  # "First Minister Nicola Sturgeon", "The earlier statement"
        elif len(w.group()) > 1 and w.group().isupper() and w.group().isalpha():
            pass  # an acronym, not a function word: "the WHO", "IS", "US officials"
        elif (
            lw in {"will", "may", "said"}
            and w.group()[:1].isupper()
            and w.start() > sent_lo
            and np_start is not None
            and text[np_start : np_start + 1].isupper()
        ):
            pass  # a given name: "chief economist Will Buttrose"
        elif lw in _STOP_BACK or lw in _AUX or lw.endswith(("n't", "n’t")):
            break
        if (
            np_start is None
            and not is_cap
            and len(lw) > 4
            and lw.endswith("ed")
            and prev_w not in _POSS_DET
            and cue_word in _NOUNISH
            and not cue_word.endswith("ed")
        ):
            break  # "officials declined comment": a verb and its object, not speaker and cue
        if lw in FORM_TO_LEMMA and not is_cap and not (np_start is None and lw in _NOUNISH):
            break
        if lw in _NP_INNER and np_start is None:
            break
        if lw == "on" and not (
            np_start is not None
            and text[np_start : np_start + 1].isupper()
            and k >= 1
            and words[k - 1].group()[:1].isupper()
            and words[k - 1].group().lower() not in _CALENDAR
        ):
            break  # but "Commission on Presidential Debates" is one name
        if lw in {"and", "of", "for", "in", "at", "de", "du", "von", "al"}:
            # inside a name ("Observatory for Human Rights") or after a role ("a spokesman
            # for the ministry"): the word before must be capitalised or a role noun
            prev = words[k - 1] if k >= 1 else None
            pl = prev.group().lower() if prev is not None else ""
            role = (pl in _ROLE_NOUNS or pl.split("-")[-1] in _ROLE_NOUNS) and lw != "and"
            if lw == "of" and not role and prev is not None and pl.isalpha() and pl.islower():
                # "The Centre for Aviation's database of air carriers", "the leaders of the
                # two countries": a determined noun phrase goes on through "of"
                for j in range(k - 1, max(-1, k - 4), -1):
                    wj = words[j].group()
                    lj = wj.lower()
                    if lj in _POSS_DET - {"that", "this"} or re.search(r"[’']s$", wj):
                        role = lj not in _STOP_BACK
                        break
                    if lj in _STOP_BACK | _AUX or lj in FORM_TO_LEMMA or lj in _PAST:
                        break
            if lw == "and" and pl in _ROLE_NOUNS | {"agent"} and np_start is not None:
                # "Retired FBI agent and terrorism specialist Ali Soufan": two titles
                inner = text[np_start:np_end].split()
                role = (
                    len(inner) >= 3
                    and inner[0][:1].islower()
                    and inner[-1][:1].isupper()
                    and inner[-2][:1].isupper()
                )
            if (
                lw == "and"
                and not role
                and prev is not None
                and np_start is not None
                and pl.isalpha()
                and pl.islower()
                and pl not in _STOP_BACK | _AUX | _DETERMINERS
                and pl not in FORM_TO_LEMMA
                and pl not in _PAST
                and not pl.endswith("ed")
            ):
                # "trade and industry commissioner Albert Muchanga", "health and social care
                # secretary Ann Lee": a coordinated title head before a name
                inner = text[np_start:np_end].split()
                titled = [i for i, x in enumerate(inner) if x.lower() in _TITLE_WORDS | _ROLE_NOUNS]
                role = (
                    bool(titled)
                    and titled[0] >= 1
                    and inner[0][:1].islower()
                    and len(inner) - titled[0] >= 3
                    and all(x[:1].isupper() for x in inner[titled[0] + 1 :])
                )
            if prev is None or not (prev.group()[:1].isupper() or role):
                break
            if lw == "and" and "," in text[prev.end() : w.start()]:
                break  # "Putin, and his associates alleged": clauses joined, not a name
        np_start = w.start()
        if np_end is None:
            np_end = w.end() + (1 if between.strip() == ")" else 0)
            if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w.group()) and text[w.end() : w.end() + 1] == ".":
                np_end = w.end() + 1  # "the U.S." keeps its last full stop
        count += 1
        k -= 1
        if (lw in _PRONOUNS or lw in {"i", "we"}) and not (
            w.group() == "I" and text[w.end() : w.end() + 1] == "."
        ):
            break  # "I." is an initial: "Wayne A. I. Frederick"
        if lw in {"the", "a", "an"}:
            nxt = words[k] if k >= 0 else None
            inside_name = (
                nxt is not None
                and nxt.group() == "and"
                and k >= 1
                and words[k - 1].group()[:1].isupper()
                and not text[words[k - 1].end() : nxt.start()].strip()
                and not text[nxt.end() : w.start()].strip()
            )
            if nxt is None or (nxt.group().lower() not in {"of", "for", "at"} and not inside_name):
                break  # "Islamic State of Iraq and the Levant" goes on through "and the"
    if np_start is None or np_end is None:
        return None, hedged
    contr = re.search(r"[’'](?:ve|d|ll|re|m)$", text[np_start:np_end])
    if contr:
        np_end = np_start + contr.start()  # "they've said" -> "they"
    # a phrase whose first word is a preposition-only leftover is no speaker
    first = text[np_start:np_end].split()[0].lower()
    if first in {"of", "from", "at", "with"}:
        # "Anderson Cooper, of CNN, said": the prepositional phrase is the name's appositive
        comma = re.search(r",\s*$", text[max(sent_lo, np_start - 3) : np_start])
        if comma is not None:
            cpos = max(sent_lo, np_start - 3) + comma.start()
            name, _ = _np_before(doc, cpos, sent_lo)
            if name is not None and _has_proper(text[name[0] : name[1]]):
                return (name[0], np_end), hedged
    if first in {"of", "for", "in", "at", "on", "and", "from", "with"}:
        return None, hedged
    phrase = text[np_start:np_end]
    if " " not in phrase and phrase.islower() and phrase not in _PRONOUNS:
        before1 = _words_before(text, np_start, sent_lo, 1)
        before2 = _words_before(text, np_start, sent_lo, 2)
        if (
            phrase.endswith("ing")
            or (before1 and before1[0].group().lower() in _AUX - {"himself", "herself"})
            or (
                before1
                and before1[0].group().lower() == "to"
                and phrase not in _COMMON_SPEAKERS | {"police"}
                and not (len(before2) == 2 and before2[0].group().lower() == "according")
            )
        ):
            return None, hedged  # "protecting alleged abusers", "to extradite accused men"
    # "X of the University of California, Los Angeles said": a place after a comma
    # completes the name before it
    phrase_words = text[np_start:np_end].split()
    if (
        len(phrase_words) <= 3
        and all(w[:1].isupper() for w in phrase_words)
        and not any(w.lower() in _ROLE_NOUNS | _ORG_WORDS for w in phrase_words)
        and re.search(r"[A-Za-z.],\s+$", text[max(sent_lo, np_start - 3) : np_start])
    ):
        comma = text.rfind(",", sent_lo, np_start)
        head, _ = _np_before(doc, comma, sent_lo)
        lead = _words_before(text, head[0], sent_lo, 1) if head is not None else []
        if (
            head is not None
            and text[head[0] : head[0] + 1].isupper()
            and " of " in text[head[0] : head[1]]
            and len(text[head[0] : head[1]].split()) >= 3
            and not (lead and lead[0].group().lower() in _LEAD_PREPS | _CALENDAR)
        ):
            return (head[0], np_end), hedged
    # "Kipchoge after the run said": the phrase is an adverbial; the speaker precedes it
    before = _words_before(text, np_start, sent_lo, 1)
    if (
        before
        and not text[before[0].end() : np_start].strip()
        and before[0].group().lower() in {"after", "before", "during", "following", "at"}
        and text[np_start:np_end][:1].islower()
    ):
        head, _ = _np_before(doc, before[0].start(), sent_lo)
        if (
            head is not None
            and (
                text[head[0] : head[1]][:1].isupper()
                or text[head[0] : head[1]].split()[0].lower() in _POSS_DET
            )
            # "protests in Belgrade after the government announced": a speaker noun after
            # "after" heads a clause of its own
            and text[np_start:np_end].split()[-1].lower()
            not in _ORG_WORDS | _COMMON_SPEAKERS | _ROLE_NOUNS
        ):
            return head, hedged
    return (np_start, np_end), hedged


#: title abbreviations whose full stop does not end a speaker's phrase ("Dr. Steven Wolf")
_TITLE_ABBREV = frozenset(_words("dr mr mrs ms prof gen col lt sgt capt gov sen rep st rev hon"))
#: words in -ly that are nouns, not adverbs ("the Hajo assembly said", "the daily reported")
_LY_NOUNS = frozenset(
    _words(
        """
        family italy ally rally assembly supply july anomaly monopoly reply daily weekly
        monthly quarterly fly bully belly lily emily kelly sally molly holly
        """
    )
)
_POSS_DET = frozenset(_words("the a an its his her their our this that these those"))
#: _AUX words that are adjectives after a determiner ("the earlier statement")
_ADJ_AUX = frozenset(_words("earlier later first last"))

_PAREN_ADVERBS = frozenset(
    _words(
        """
        however meanwhile too also though therefore nevertheless moreover instead likewise indeed
        separately similarly furthermore
        """
    )
)
_PREP_PAREN = frozenset(
    _words(
        """
        in on at during according speaking writing from via through after before later
        following despite amid as while whilst when although though if
        """
    )
)
#: prepositions that may open an appositive describing a named speaker ("Sharif Hotak, of
#: the provincial council,", "Zoe, on the top deck of the bus,")
_APPOSITIVE_PREPS = frozenset(_words("of on in at from with"))
#: words that make a bracketed prepositional phrase an adverbial of the report ("in a
#: statement", "on Sunday", "at a press conference"), not a description of the speaker
_ADVERBIAL_PP_WORDS = frozenset(
    _words(
        """
        statement statements interview interviews tweet tweets post posts letter release
        conference briefing speech video broadcast message messages email emails remarks
        twitter facebook instagram television radio tv podcast filing court hearing
        monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
        morning afternoon evening night week month year weekend time january february march
        april may june july august september october november december response reply
        addition contrast turn particular general fact part
        """
    )
)


def _np_before_comma(doc: _Doc, comma: int, sent_lo: int) -> tuple[int, int] | None:
    """Speaker before "X, <appositive or parenthetical>, said": "Damodar Naik, spokesperson
    for the party, said" gives the name and its appositive; "The party, in its statement,
    said" skips the parenthetical."""
    text = doc.text
    lo = max(sent_lo, comma - 160)
    prev = text.rfind(",", lo, comma)
    if prev < 0:
        return None
    seg_a, seg_b = _strip_span(text, prev + 1, comma)
    seg = text[seg_a:seg_b]
    bare = re.sub(r"\s*\([A-Z][A-Za-z.&]{1,9}\)", "", seg)  # "(SDF)" is part of a name
    words = bare.split()
    if not words or len(words) > 14 or any(c in bare for c in '“”"()'):
        return None
    head, _ = _np_before(doc, prev, sent_lo)
    before_prev = text[lo:prev].rstrip()
    if before_prev.endswith(")"):
        # "The general secretary of the RMT union (National Union of Rail, Maritime and
        # Transport Workers), Mick Cash, said": a bracket with commas inside is one unit
        op = text.rfind("(", lo, prev)
        if op > lo and "," in text[op:prev]:
            inner, _ = _np_before(doc, op, sent_lo)
            if inner is not None:
                head = (inner[0], lo + len(before_prev))
    if head is None:
        return None
    head_text = text[head[0] : head[1]]
    if words[0].lower() in {"including", "among", "notably"}:
        return head[0], seg_b  # "others, including Fox News reporter Jo Lee, confirmed"
    if words[0].lower() in {"which", "who", "whose", "whom"}:
        # PARC: a relative clause modifying the source is part of its noun phrase ("The
        # Islamic State ..., which is linked to the Abu Sayyaf Group, claimed")
        return head[0], seg_b
    if (
        words[0].lower() in _APPOSITIVE_PREPS
        and len(words) >= 3
        and _has_proper(head_text)
        and head_text.split()[0].lower() not in _PRONOUNS
        and not any(w.lower().strip(".,") in _ADVERBIAL_PP_WORDS for w in words)
        and not any(w.lower() in _FINITE for w in words)
    ):
        # PARC: a prepositional appositive describes the speaker and is part of its phrase
        # ("Fourteen-year-old Zoe, on the top deck of the bus, said"); a time or medium
        # ("in a statement", "on Sunday") is the report's adverbial and is left out
        return head[0], seg_b
    if (
        words[0].lower() in _PREP_PAREN
        or (words[0].lower().endswith("ing") and words[0].lower() in FORM_TO_LEMMA)
        or (
            len(words) <= 3
            and words[0].lower() in _PAREN_ADVERBS
            and not any(w[:1].isupper() or w.lower() in _POSS_DET for w in words[1:])
        )
    ):
        return head  # "The party, in its statement, said"; "CNN, however, reported"
    if head_text.split()[0].lower() in _PRONOUNS:
        return None
    if not head_text[:1].isupper() and not all(_name_like(w) for w in words):
        return None  # "the current bishop, Allan Casicas, said" is fine; a lower-case pair not
    if any(w.lower() in _FINITE or w.lower() in FORM_TO_LEMMA for w in words):
        return None  # a clause, not an appositive
    # stacked appositives: "Alexander Ivlev, an official with Amtorg, a Soviet trading
    # organisation, told": the head is itself an appositive of a name before it
    head = _refine_speaker(doc, head)
    outer = text.rfind(",", lo, head[0])
    if (
        outer >= 0
        and not text[outer + 1 : head[0]].strip()
        and text[head[0] : head[1]].split()[0].lower() in {"a", "an", "the"}
    ):
        name, _ = _np_before(doc, outer, sent_lo)
        lead = _words_before(text, name[0], sent_lo, 1) if name is not None else []
        if (
            name is not None
            and text[name[0] : name[0] + 1].isupper()
            and _has_proper(text[name[0] : name[1]])
            and not any(w.lower() in _CALENDAR for w in text[name[0] : name[1]].split())
            and not (
                lead
                and "," not in text[lead[0].end() : name[0]]
                and lead[0].group().lower() not in {"and", "but", "while", "whereas", "although"}
            )
        ):
            return name[0], seg_b
    return head[0], seg_b


def _np_after(doc: _Doc, pos: int, sent_hi: int, loose: bool = False) -> tuple[int, int] | None:
    """The speaker of an inverted attribution ("..., said the minister.")."""
    text = doc.text
    m = re.compile(
        r"\s+((?:the |a |an )?(?:[A-Z][\w’'.\-–]*|[a-z][\w\-]*)(?:\s+(?:[A-Z][\w’'.\-–]*|of|for|"
        r"the|and|[a-z][\w’'\-]*)){0,16}?)(?=\s*(?:[.,;!?“\"(]|$))"
    ).match(text, pos, sent_hi)
    if not m:
        return None
    a, b = m.start(1), m.end(1)
    phrase = text[a:b]
    first = phrase.split()[0].lower()
    if first in _STOP_BACK or first in _AUX or first == "that":
        return None
    if first in _PRONOUNS and len(phrase.split()) > 1:
        return None  # "..., said it reached agreement": a clause, not an inverted speaker
    if not (
        phrase[:1].isupper()
        or first
        in _words(
            """
            the a an he she they it we his her their its our one another both
            """
        )
        or (loose and len(phrase.split()) <= 16)
    ):
        return None
    # appositive up to the sentence end: "said John Smith, a spokesman for the ministry."
    rest = text[b:sent_hi]
    ap = re.match(r",\s+(?:(?:a|an|the|his|her|their)\s)?[^,;.\"“”]{1,80}?(?=[.;,]|\s*$)", rest)
    ap_words = ap.group().lstrip(", ").split() if ap else []
    if (
        ap
        and ap_words
        and (
            ap_words[0].lower() in {"a", "an", "the", "his", "her", "their"}
            or ap_words[0][:1].isupper()
        )
    ):
        b = b + len(ap.group().rstrip(". ;"))
    while b > a and text[b - 1] in ". ":
        b -= 1
    via = re.search(
        r"\s+(?:on|via)\s+(?:Twitter|Facebook|Instagram|X|social media|television|"
        r"radio|TV)\b",
        text[a:b],
    )
    if via:
        b = a + via.start()  # "said Joshua Wong on Twitter": the channel is not the speaker
    when = re.search(r"\s+(?:after|before|during|following|while|when|upon)\s", text[a:b])
    if when and when.start() > 0:
        b = a + when.start()  # "said Kosgei after the race": a time, not the speaker
    return a, b


#: where a second clause joins a reported one ("X said A, but B", "A while B")
_CLAUSE_JOIN = re.compile(
    r",\s+but\b|;\s|\s+while\s+|\s+whereas\s+|,\s+with\s+|,\s+and\s+(?!that\b)"
    r"|,\s+(?=(?:also\s+|then\s+|later\s+|further\s+)?[a-z]+ing\b)"
)


def _has_cue(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a reporting cue or a hedge word of its own."""
    if _HEDGE_RE.search(text, lo, hi):
        return True
    for m in _CUE_SCAN.finditer(text, lo, hi):
        w = m.group("w")
        if m.group("cap"):
            continue
        if w is None or (w in FORM_TO_LEMMA and not _looks_nominal(text, m.start(), w)):
            return True
    return False


def _clause_end(doc: _Doc, a: int, sent_hi: int) -> int:
    """Content end from ``a``: the sentence end, extended over a quotation opened inside.

    A second clause joined by "but", "while", ", and", ", with" or a participle stays in the
    content unless it carries an attribution of its own ("..., but AFP reported 32", "while
    the minister wrote ...", ", with officials reporting ...", ", adding ..."): that one is a
    separate report, and the writer's, not the source's, link. A semicolon always ends the
    content.
    """
    text = doc.text
    end = sent_hi
    q = doc.quote_at(a)
    if q and q[0] == a:
        return max(q[1], a)
    # a quotation opened inside the clause and running past the sentence end
    i = bisect.bisect_left(doc.quote_starts, a)
    while i < len(doc.quotes) and doc.quotes[i][0] < end:
        if doc.quotes[i][1] > end:
            end = doc.quotes[i][1]
        i += 1
    for n, cut in enumerate(_CLAUSE_JOIN.finditer(text, a, end)):
        if n >= 6:
            break  # bounded: a long run-on sentence is not scanned join by join
        if doc.quote_at(cut.start()):
            continue
        if cut.group().startswith(";"):
            end = cut.start()
            break
        # a participle join must itself be the cue (", adding ..."), not lead to one
        hi = min(end, cut.end() + 120)
        if cut.group().strip() == ",":
            w = _WORD.match(text, cut.end())
            hi = w.end() if w else cut.end()
        if _has_cue(text, cut.end(), hi):
            end = cut.start()
            break
    end = _rstrip_pos(text, a, end)
    while end > a and text[end - 1] in ".!?;:, " and not _quote_close_before(text, end):
        end -= 1
    return end


def _quote_close_before(text: str, end: int) -> bool:
    return end > 0 and text[end - 1] in '”"»'


_AFTER_CUE_ADJUNCT = re.compile(
    r"\s*,?\s+(?:"
    r"(?:(?:late|early|earlier|later)\s+)?(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|"
    r"evening|night))?"
    r"|at\s+the\s+time"
    r"|(?:on|via)\s+(?:Twitter|Facebook|Instagram|YouTube|Weibo|Telegram|social\s+media|"
    r"television|radio|(?:its|his|her|their)\s+(?:official\s+)?(?:website|blog|account|page|"
    r"channel))"
    r"|in\s+(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:interview|statement|letter|"
    r"post|tweet|briefing|press\s+conference|news\s+conference|speech|video|broadcast|message)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)?"
    r"|to\s+(?:the\s+)?(?:police|authorities)"
    r"|at\s+(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:conference|briefing|"
    r"meeting|rally|event|hearing|summit|ceremony|vigil|session)"
    r"|of\s+(?:[A-Z][\w’'.\-]*\s*){1,4}(?=,)"
    r")(?=[\s,:“\"])(?:\s*,)?"
)


#: adverbials that end a reported noun phrase (the report's time, place and medium)
_NP_OBJECT_ADJUNCT = re.compile(
    r",?\s+(?:shortly\b|(?:late|early)\s+(?:yesterday|today|last|on|in|this)\b|after\s|before\s|"
    r"during\s|following\s|while\s|at\s+(?:an?|the|its|his|her|their)\s|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Facebook)\b|"
    r"in\s+(?:an?|its|his|her|their)\s+(?:[\w\-]+\s+)?(?:press\s+release|statement|interview|"
    r"tweet|post|video|letter|speech|press\s+conference|news\s+conference|briefing)\b|"
    r"and\s+(?:then\s+)?[a-z]+ed\b)"
)


def _skip_after_cue(doc: _Doc, pos: int, sent_hi: int, lemma: str) -> int:
    """Move from the cue's end to where the reported content starts."""
    text = doc.text
    # adverbials of the report itself: "said late on Tuesday", "announced on Facebook",
    # "told ... in a separate interview,", "reporting at the time"
    for _ in range(4):
        adj = _AFTER_CUE_ADJUNCT.match(text, pos, sent_hi)
        if adj is None or adj.end() <= pos:
            break
        pos = adj.end()
    seg = text[pos:sent_hi]
    # "said that", "said on Tuesday that", "told reporters in Kabul that", "said in a statement:"
    m = re.match(
        r"(?P<pre>(?:\s+[\w’'.\-]+){0,10}?)\s*(?:,\s*)?(?P<sep>that\b(?![’']\w)|:(?!\d))",
        seg,
    )
    if m and (m.group("pre").strip() == "" or lemma in AUDIENCE_LEMMAS or _prep_start(m)):
        return pos + m.end()
    # 'described Day to the BBC in 2002: "..."', 'praised Mendez on Twitter: "..."'
    colon = re.match(r"(?:\s+[\w’'.\-]+){1,8}?\s*:\s*(?=[“\"])", seg)
    if colon:
        return pos + colon.end()
    # an audience with an appositive: "told the Dhaka Tribune, a local news outlet, that"
    ap = re.match(
        r"\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4},\s+(?:an?|the)\s+[^,;:“”\"]{1,60},"
        r"\s*that\b",
        seg,
    )
    if ap and lemma in AUDIENCE_LEMMAS:
        return pos + ap.end()
    if lemma in AUDIENCE_LEMMAS:
        groups = (
            r"police|investigators|officials|lawmakers|legislators|parliament|court|jury|"
            r"jurors|judges?|supporters|crowds?|audiences?|delegates|colleagues|staff|"
            r"employees|workers|residents|students|viewers|listeners|readers|followers|"
            r"newspaper|paper|broadcaster|agency|station|magazine|website|committee|"
            r"panel|hearing|conference|meeting|rally|summit|assembly|council|senators|"
            r"members|parents|families|fans|people|voters|troops|soldiers|"
            if lemma in {"tell", "inform", "assure", "brief", "remind"}
            else ""
        )
        m2 = re.match(
            r"\s+(?:(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}?"
            r"|(?:host|anchor|presenter|interviewer|reporter|journalist|columnist)\s+)?"
            r"(?:[A-Z][\w’'.\-]*\s+)*(?:"
            + groups
            + r"reporters|journalists|the press|media|him|her|them|us|me|[A-Z][\w’'.\-]*)\b"
            # "told Paul Rivera of WESH 2 news,": the audience's affiliation
            r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:[A-Z0-9][\w’'.\-]*|news))*)?",
            seg,
        )
        if m2:
            return pos + m2.end()
    t = re.match(
        r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"[A-Z][a-z]+ \d{1,2})|"
        r"yesterday|today|last (?:week|night|month|year)|earlier|later)\b(?:\s+(?:morning|"
        r"afternoon|evening|night))?,?",
        seg,
    )
    if t:
        return pos + t.end()
    m5 = re.match(r"\s+to\s+(?:the\s+)?(?:journalists|reporters|press|media)\b,?", seg)
    if m5 and lemma not in AUDIENCE_LEMMAS:
        pos, seg = pos + m5.end(), seg[m5.end() :]  # "announced to journalists the mayor ..."
    m4 = re.match(
        r"\s+(?:on|in|at|during|of|from)\s+[^,“\"\n]{1,60}?(?:,|(?<=[A-Z]\w)|(?<=[A-Z])|(?<=programme)|"
        r"(?<=program)|(?<=show)|(?<=broadcast)|(?<=interview))\s*(?=[“\"])",
        seg,
    )
    if m4:
        return pos + m4.end()  # 'said on the parliament floor, "..."'
    m3 = re.match(
        r"(?:\s+(?:on|in|at)\s+(?:a |an |the |its |his |her |their )?[\w’'\-]+(?:\s+[A-Z]\w+)*,?)?",
        seg,
    )
    return pos + (m3.end() if m3 and m3.group().strip().split()[:1] == ["in"] else 0)


def _prep_start(m: re.Match[str]) -> bool:
    """Whether the words between a cue and "that" open with an adverbial ("said on Tuesday
    that", "told reporters this week that"), not with the reported clause's subject ("this
    pattern may have recurred in the process that ...")."""
    words = m.group("pre").split()
    first = words[0].lower() if words else ""
    if first in {"this", "last", "late", "early"}:
        nxt = words[1].lower() if len(words) > 1 else ""
        return nxt in _ADVERBIAL_PP_WORDS or nxt in {"on", "in", "at"}
    return first in _words(
        """
        on in at during late early last this yesterday today via through after before to
        with earlier later previously over when while under monday tuesday wednesday
        thursday friday saturday sunday
        """
    )


_NUMBER_WORDS = frozenset(
    _words(
        """
        two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred dozen
        """
    )
)
#: documents that "state" things ("the report states", "the law states")
_STATING_NOUNS = frozenset(
    _words(
        """
        report statement law document article letter website constitution rule rules policy
        bill order release study paper filing decision ruling judgment warrant complaint
        indictment lawsuit memo notice guidance guideline guidelines agreement contract
        treaty court
        """
    )
)


def _looks_nominal(text: str, cue_start: int, form: str) -> bool:
    """True when a cue word is used as a noun or adjective ("denies claims that", "the
    said vessel") rather than as a reporting verb."""
    prev = list(_WORD.finditer(text, max(0, cue_start - 40), cue_start))
    pw = prev[-1].group().lower() if prev else ""
    lead = text[max(0, cue_start - 60) : cue_start]
    if re.search(r"\b[Aa]ccording to (?:the |a |an )?(?:[\w’'\-]+\s+){0,4}$", lead) and not (
        re.search(r"[,;:]", lead.rsplit("ccording to", 1)[-1])
    ):
        return True  # "according to the official WHO report": part of the relayed source
    nxt_low = re.match(
        r"\s+([a-z][\w\-]*)", text[cue_start + len(form) : cue_start + len(form) + 30]
    )
    if (
        form.lower().endswith("ed")
        and (re.fullmatch(r"[\d][\d,.]*", pw) or pw in _NUMBER_WORDS | {"million", "billion"})
        and nxt_low is not None
        and nxt_low.group(1) not in _POSS_DET | _STOP_BACK | set(_PRONOUNS)
    ):
        return True  # "41 pledged delegates", "1.6 million confirmed cases"
    gap = text[prev[-1].end() : cue_start] if prev else ""
    if gap.strip():
        pw = ""
    low = form.lower()
    if (
        low.endswith("ing")
        and pw not in _AUX
        and pw not in {"as", "statement", "message", "letter", "tweet", "post", "release"}
        and not re.search(
            r"\bwith\s+(?:[\w’'\-]+\s+){1,5}$", text[max(0, cue_start - 60) : cue_start]
        )
        and not re.search(r"[,;:(–—]\s*$", text[max(0, cue_start - 4) : cue_start])
        and not (
            form[:1].isupper()
            and re.search(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)$", text[max(0, cue_start - 4) : cue_start])
        )
        and pw not in {"by", "while", "when", "after", "before", "upon"}
    ):
        return True  # "his financial reporting": a gerund or adjective, not a participle clause
    if low in {"states", "state"}:
        nxt_tok = re.match(r"\s*([\w’']+|[^\w\s])", text[cue_start + len(form) :][:30])
        nt = nxt_tok.group(1) if nxt_tok else ""
        ntl = nt.lower()
        if nt in {":", '"', "“"} and pw not in {"united", "member"}:
            return False  # 'The 14th Amendment states: "..."'
        # "member states said", "the United States", "sixteen states." are nouns; "The report
        # states that ...", "The Herald states the jet was ..." are verbs
        return bool(
            pw in {"united", "member", "gulf", "arab", "baltic", "nation", "city", "island"}
            or pw in _DETERMINERS
            or ntl in _FINITE
            or ntl in _AUX
            or ntl in _STOP_BACK - {"that"}
            or ntl in {"and", "or", "of", "in", "on", "at", "for", "to", "with", "like", "as"}
            or re.search(r"(?:ent|al|ous|ive|ic|ern|ish|ian|ese)$", pw) is not None
            or (ntl in FORM_TO_LEMMA and ntl not in _NOUNISH)
            or (ntl.endswith("ed") and ntl[:1].islower())
            or (nt and not nt[0].isalnum() and nt not in {":", '"', "“"})
            or not nt
        )
    back = [m.group().lower() for m in prev[-4:]][::-1]
    while back and (
        back[0] in {"not", "never", "yet", "also", "already", "still", "n't"}
        or (back[0].endswith("ly") and back[0] not in {"family", "italy", "ally"})
    ):
        back = back[1:]  # "was quickly reported"
    if (
        low.endswith(("ed", "told"))
        and back
        and back[0] in {"is", "was", "were", "are", "been", "being", "be"}
    ):
        return True  # passive ("was dismissed"); agentless reports are found separately
    if prev and not gap.strip() and re.search(r"[’']s$", prev[-1].group()) and low.endswith("ed"):
        return True  # "Johnson's stated intent"
    if (
        low in _NOUNISH
        and not low.endswith(("ed", "ing"))
        and prev
        and not gap.strip()
        and re.search(r"(?:ate|ary|al|ous|ive|ic|ful|less|ial)$", pw)
        and len(prev) >= 2
        and prev[-2].group().lower() in _DETERMINERS
    ):
        return True  # "a preliminary report", "the official statement"
    if form.lower() in _NOUNISH or (form.lower().endswith("s") and form.lower() not in {"says"}):
        if pw in _DETERMINERS or (
            pw in FORM_TO_LEMMA
            and pw not in _AUX
            # "The report stated", "Initial reports stated": a document noun as the subject
            and not (low.endswith("ed") and pw in _NOUNISH and not gap.strip())
        ):
            return True
        nxt = re.match(
            r"\s*([\w’']+|[^\w\s])", text[cue_start + len(form) : cue_start + len(form) + 30]
        )
        nw = nxt.group(1) if nxt else ""
        if low.endswith(("ed", "ing", "written")):
            pass
        elif (
            nw.lower() in _NOUN_FOLLOWERS or (nw and not nw[0].isalnum() and nw not in '“":')
        ) and not (
            # '"...," Lee opines.': a verb-only form after a name
            low not in _NOUNISH and prev and not gap.strip() and prev[-1].group()[:1].isupper()
        ):
            return True
    if (low.endswith("ed") or low in {"said", "told", "written"}) and pw in {
        "the",
        "a",
        "an",
        "aforesaid",
        "above",
        "more",
        "less",
        "most",
        "least",
        "well",
        "better",
        "poorly",
        "fully",
        "ill",
    }:
        return True  # "the said vessel", "the reported attack", "an estimated 1.15%"
    if (
        low in _NOUNISH
        and not low.endswith(("ed", "ing"))
        and len(prev) >= 2
        and prev[-1].group()[:1].isupper()
        and prev[-2].group().lower() in {"a", "an"}
    ):
        return True  # "a UN report", "a BBC estimate"
    if low in _NOUNISH and not low.endswith(("ed", "ing")) and re.search(r"[’']s$", pw):
        return True  # "the President's claim would ..."
    if (
        (low in _NOUNISH | {"states"})
        and low.endswith("s")
        and (pw.isdigit() or pw in _NUMBER_WORDS)
    ):
        return True  # "sixteen states", "two reports"
    if low in {"suspect", "suspects", "suspected"} and not (
        pw in _PRONOUNS
        or pw in _COMMON_SPEAKERS | {"police"}
        or (pw.endswith("s") and prev and prev[-1].group()[:1].islower())
    ):
        return True  # "the suspect", "a murder suspect": the noun
    if low in {"thought", "thinks"}:
        nt = re.match(r"\s+([\w’']+)", text[cue_start + len(form) : cue_start + len(form) + 30])
        if not nt or not (
            nt.group(1).lower() in set(_PRONOUNS) | _POSS_DET | {"that", "there"}
            or nt.group(1)[:1].isupper()
        ):
            return True  # "without apparent thought as to ...": a noun
    if low == "say" and pw in {"final", "last", "no", "any", "more", "greater", "big", "little"}:
        return True  # "the final say"

    nxt_word = re.match(r"\s+(\w+)", text[cue_start + len(form) : cue_start + len(form) + 12])
    if (
        low in {"cited", "reported", "described", "quoted", "alleged", "claimed", "listed"}
        and nxt_word
        and (
            nxt_word.group(1) in {"for", "by"}
            or (
                nxt_word.group(1) == "in"
                and prev
                and prev[-1].group()[:1].islower()
                and pw not in _PRONOUNS
                and pw not in _COMMON_SPEAKERS | {"police"}
            )
        )
    ):
        return True  # "factors cited for the drop", "reported by local press"
    if (low.endswith("ed") or low == "told") and re.match(
        r"\s+(?:(?:yet|already|officially|publicly|formally|independently|also)\s+)?by\b",
        text[cue_start + len(form) : cue_start + len(form) + 30],
    ):
        return True  # "sanctions urged by makers", "confirmed yet by the examiner": passives
    if (
        low.endswith("ed")
        and not gap.strip()
        and (
            pw
            in {
                "over",
                "about",
                "of",
                "for",
                "amid",
                "despite",
                "against",
                "without",
                "into",
                "among",
                "amongst",
                "including",
                "regarding",
                "concerning",
            }
            or (
                pw in {"some", "many", "several", "these", "those", "their", "its", "his", "her"}
                and nxt_word is not None
                and nxt_word.group(1).islower()
                and nxt_word.group(1) not in {"that", "to", "the", "a", "an", "he", "she", "it"}
                and nxt_word.group(1) not in {"they", "we", "there", "this", "on", "in"}
            )
        )
    ):
        return True  # "over alleged plots", "Some estimated death tolls": adjectives
    if (
        low in {"believed", "thought", "estimated", "reputed", "rumoured", "rumored", "feared"}
        and nxt_word
        and nxt_word.group(1) == "to"
    ):
        return True  # "36 people believed to have been involved": a reduced passive
    if low.startswith("report"):
        on = re.match(
            r"\s+(?:\w+ly\s+)?on\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?([\w’']+)",
            text[cue_start + len(form) : cue_start + len(form) + 60],
        )
        if (
            on
            and on.group(1).lower() not in _CALENDAR
            and on.group(1).lower() not in _ADVERBIAL_PP_WORDS
            and not re.search(r"\bthat\b|[:“\"]", text[cue_start : cue_start + 200].split(".")[0])
        ):
            return True  # "reported extensively on the war": journalism, not a report
    if low == "determined" and nxt_word and nxt_word.group(1) == "to":
        return True  # "determined to win": an adjective
    if low.startswith("admit") and nxt_word and nxt_word.group(1) == "to":
        after_to = re.match(
            r"\s+to\s+(\w+)", text[cue_start + len(form) : cue_start + len(form) + 40]
        )
        if after_to and not after_to.group(1).endswith("ing"):
            return (
                True  # "admitted to the Academy", "admitted to hospital"; not "admitted to lying"
            )
    if low == "accused" and nxt_word and nxt_word.group(1) == "of":
        return True  # "people accused of crimes"
    if pw == "to":  # "declined to comment", "expected to announce"
        pw2 = prev[-2].group().lower() if len(prev) >= 2 else ""
        return pw2 not in {"on", "went"}
    return False


def _find(text: str) -> list[_Finding]:
    doc = _doc(text)
    findings: list[_Finding] = []
    used_cues: set[int] = set()
    # 1. agentless passives: "X is said to", "it was reported that"
    for m in _AGENTLESS_RE.finditer(text):
        verb = re.search(
            r"(said|reported|alleged|believed|thought|claimed|rumou?red|understood|"
            r"purported)",
            m.group(),
        )
        if verb is None:
            continue
        c0 = m.start() + verb.start()
        c1 = m.start() + verb.end()
        s0, s1 = doc.sentence(c0)
        if m.group("bare") and (
            doc.quote_at(c0) is not None
            or re.search(r"\bby\b", text[c1 : min(s1, c1 + 50)])
            or re.search(
                r"\b(?:no|none|nothing|neither|nobody|not|never)\b|n[’']t\b",
                text[s0 : m.start()] + " " + m.group(),
                re.IGNORECASE,
            )
        ):
            continue  # an agent comes later, or a negated report: "No injuries were reported"
        lemma = FORM_TO_LEMMA.get(verb.group(), verb.group().rstrip("d").rstrip("e"))
        if verb.group() in {"thought", "rumoured", "rumored", "understood"}:
            lemma = {"thought": "think", "understood": "understand"}.get(verb.group(), "rumour")
        a, b = _strip_span(text, s0, _clause_end(doc, s0, s1))
        a = a + (_DISCOURSE.match(text[a:b]).end() if _DISCOURSE.match(text[a:b]) else 0)
        if b > a:
            findings.append(_Finding((c0, c1), lemma, None, [(a, b)], hedged=True, agentless=True))
            used_cues.add(c0)
    # 2. passives with an agent: "The death was announced by the University"
    for m in _PASSIVE_BY_RE.finditer(text):
        c0, c1 = m.span("verb")
        s0, s1 = doc.sentence(c0)
        if doc.quote_at(c0) is not None:
            continue
        sp = _strip_span(text, *m.span("agent"), punct=" \t\n,;:.")
        agent = text[sp[0] : sp[1]]
        if not (
            agent[:1].isupper()
            or agent.split()[0].lower() in {"the", "a", "an"}
            or agent.lower() in _COMMON_SPEAKERS | {"police"}
            or agent.split()[-1].lower()
            in _COMMON_SPEAKERS | {"police", "media", "press", "outlets", "newspapers"}
        ):
            continue  # "reported by midday"
        subj = _strip_span(text, s0, m.start("aux"))
        if re.match(r"(?:no|none|nothing|neither)\b", text[subj[0] : subj[1]], re.IGNORECASE):
            continue  # "No deaths were reported by ...": a negated report has no content
        dm = _DISCOURSE.match(text[subj[0] : subj[1]])
        subj = (subj[0] + (dm.end() if dm else 0), subj[1])
        if subj[1] - subj[0] < 2 or sp[1] <= sp[0]:
            continue
        parts = [subj]
        tail = re.match(r"\s+as\s+|\s+(?=to\s)", text[m.end() : s1])
        if tail:
            a2, b2 = _strip_span(text, m.end() + tail.end(), _clause_end(doc, m.end(), s1))
            if b2 > a2:
                parts.append((a2, b2))
        lemma = FORM_TO_LEMMA.get(m.group("verb"), m.group("verb"))
        findings.append(_Finding((c0, c1), lemma, sp, parts, claims_act=lemma == "claim"))
        used_cues.add(c0)
    # 3. reporting cues
    for m in _cue_matches(text):
        c0, c1 = m.start(), m.end()
        if c0 in used_cues:
            continue
        form = m.group()
        if form.lower() == "according to":
            lemma = "according to"
        elif form.lower() == "per":
            lemma = "per"  # "Per reports, ...", "..., per the ministry"
        elif form.startswith("went on"):
            lemma = FORM_TO_LEMMA.get(form.split()[-1], "say")
        elif form.startswith(("point", "went on")):
            lemma = "point out" if form.startswith("point") else "say"
        elif form.startswith("call") and " " in form:
            lemma = "call " + form.split()[1]
        elif form.startswith("disagree"):
            lemma = "disagree with"
        elif form.startswith("refer"):
            # "Boeing referred to the jet as a "cargo plane"": only with "as", never passive
            s0_, s1_ = doc.sentence(c0)
            if (
                form.startswith("referring")
                or not re.search(r"\bas\b", text[c1 : min(s1_, c1 + 80)])
                or re.search(r"\b(?:is|was|were|are|be|been|being)\s+(?:\w+ly\s+)?$", text[s0_:c0])
            ):
                continue
            lemma = "refer to"
        else:
            lemma = FORM_TO_LEMMA.get(form, FORM_TO_LEMMA.get(form.lower(), form))
        if lemma not in {"according to", "per"} and _looks_nominal(text, c0, form):
            continue
        s0, s1 = doc.sentence(c0)
        q = doc.quote_at(c0)
        if q is not None:  # nested: confine to the quotation
            s0 = max(s0, q[0] + 1)
            s1 = min(s1, q[1] - 1)
            if s1 <= c1:
                continue
        f = _according_to(doc, c0, c1, s0, s1, lemma) if lemma in {"according to", "per"} else None
        if f is None and lemma not in {"according to", "per"}:
            f = _verb_attribution(doc, c0, c1, s0, s1, form, lemma, findings)
        if f is not None and f.content:
            if form.startswith("went on"):
                f.cue = (c1 - len(form.split()[-1]), c1)  # the verb: "went on to *add*"
            findings.append(f)
            used_cues.add(c0)
    # 3b. "Reuters, citing anonymous sources, reported ...": the cited party is a source too
    for m in re.finditer(r"\bciting\s+", text):
        c0, c1 = m.start(), m.start() + len("citing")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        np_m = _CITED_NP.match(text, m.end(), s1)
        if np_m is None or re.match(r"\s+as\b", text[np_m.end() : np_m.end() + 4]):
            continue
        sp = _strip_span(text, np_m.start(1), np_m.end(1))
        head = [
            f
            for f in findings
            if f.speaker is not None
            and f.content
            and doc.sentence_index(f.cue[0]) == doc.sentence_index(c0)
            and not (f.speaker[0] <= c0 < f.speaker[1])
        ]
        if sp[1] > sp[0] and head:
            gov = min(head, key=lambda f: abs(f.cue[0] - c0))
            # the governing content ends before the participle ("... to be dead citing X")
            gov.content = [
                _strip_span(text, a, c0) if a < c0 < b else (a, b) for a, b in gov.content
            ]
            gov.content = [(a, b) for a, b in gov.content if b > a]
            if not gov.content:
                continue
            findings.append(_Finding((c0, c1), "cite", sp, list(gov.content)))
            used_cues.add(c0)
    # 3c. nominal cues: "The Department issued a statement that ...", "made the announcement:"
    for m in _STATEMENT_RE.finditer(text):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        speaker, _ = _np_before(doc, m.start("verb"), s0)
        if speaker is None or text[speaker[0] : speaker[1]].lower() in {"which", "who", "that"}:
            continue
        a = m.end()
        b = _clause_end(doc, a, s1)
        a, b = _strip_span(text, a, b)
        if len(_WORD.findall(text[a:b])) >= 3:
            findings.append(_Finding((c0, c1), m.group("cue").lower(), speaker, [(a, b)]))
            used_cues.add(c0)
    # 4. continuation quotes of a direct attribution
    _attach_following_quotes(doc, findings)
    findings = _prune(doc, findings)
    for f in findings:
        if f.speaker is not None:
            f.speaker = _refine_speaker(doc, f.speaker)
    # 5. unattributed hedges
    for m in _HEDGE_RE.finditer(text):
        h0 = m.start()
        if any(f.cue[0] <= h0 < f.cue[1] for f in findings):
            continue
        if any(f.hedged and f.speaker and f.speaker[1] <= h0 < f.cue[0] for f in findings):
            continue  # "X reportedly said": hedge folded into that attribution
        s0, s1 = doc.sentence(h0)
        a, b = _hedge_clause(doc, m.start(), m.end(), s0, s1)
        parts = _hedge_parts(text, a, b, m.start(), m.end())
        if parts:
            lemma = m.group().lower()
            findings.append(
                _Finding((m.start(), m.end()), lemma, None, parts, hedged=True, agentless=True)
            )
    findings.sort(key=lambda f: f.cue[0])
    _resolve(doc, findings)
    for f in findings:
        _set_stance(doc, f, findings)
    return findings


_WEEKDAY_LEAD = re.compile(
    r"(?:(?:(?:On|This|Last|Next|Early|Late|Earlier|Later)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:On\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|(?:Earlier|Later|Last)\s+(?:this|that|last|next)?\s*(?:week|month|year|day|night)"
    r"|(?:[Tt]he\s+(?:same|next|following)|[Tt]hat)\s+(?:day|night|morning|evening|week))"
    r",?\s+(?=[A-Z])"
)
#: "US Ambassador to | Germany Richard Grenell", "A source within | the Interior Ministry",
#: "The Committee to | Protect Journalists": a head (capitalised words, or a determiner and a
#: role noun) and a preposition that the backwards phrase scan stopped at.
_HEAD_PREP = re.compile(
    r"(?:^|(?<=[\s,;:(“\"]))(?P<head>(?:(?:[Tt]he|[Aa]n?|[A-Z][\w’'.\-]*)\s+)?"
    r"(?:(?:[A-Z][\w’'.\-]*|[a-z]+)\s+){0,3}?)(?P<prep>to|of|within|from|for|at|with|in)\s+$"
)
_ENVOYS = frozenset(
    _words(
        "delegate envoy adviser advisor correspondent counsel representative ambassador reporter"
    )
)
_COLLECTIVE = frozenset(
    _words("team group panel consortium delegation coalition number majority pair trio")
)
_SOURCE_HEADS = frozenset(
    _words(
        """
        source sources official officials spokesman spokeswoman spokesperson member members
        representative representatives
        """
    )
)


_TIME_HEAD = re.compile(
    r"(?:(?:(?:several|a few|few|many|the past|the last|the next|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
    r"evening|night))?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})(?:\s*,)?\s+(?=\S)"
)


def _refine_speaker(doc: _Doc, sp: tuple[int, int]) -> tuple[int, int]:
    """Bring a speaker span to the PARC convention: the whole noun phrase as written.

    Why: the backwards scan that finds a speaker stops at prepositions, so titles and heads
    with "to"/"within"/"from" lose their first half ("US Ambassador to Germany Richard
    Grenell", "An official from TfL"); a bracketed acronym belongs to the name ("British
    Transport Police (BTP)"); a leading day name is an adverbial ("On Friday Ford ...");
    "via news agency Interfax" names a channel, not the speaker.
    """
    text = doc.text
    a, b = sp
    s0, s1 = doc.sentence(a)
    # leading day name: "On Friday Ford Motor Company announced"
    m = _WEEKDAY_LEAD.match(text, a, b)
    if m and m.end() < b:
        a = m.end()
    # a time noun left by "Last"/"This": "Last | month London broker C Czarnikow estimated"
    m = re.match(
        r"(?:week|month|year|night|weekend|morning|evening|afternoon)\s+(?=[A-Z])", text[a:b]
    )
    if m and re.search(r"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]hat)\s+$", text[max(s0, a - 6) : a]):
        a += m.end()
    # a time phrase left by a preposition: "On | Thursday officials", "For | several days Iran"
    m = _TIME_HEAD.match(text, a, b)
    if (
        m
        and m.end() < b
        and re.search(
            r"\b(?:[Oo]n|[Ff]or|[Ii]n|[Oo]ver|[Dd]uring|[Ss]ince|[Bb]y|"
            r"[Uu]ntil|[Aa]fter|[Bb]efore|[Ww]ithin|[Tt]hroughout)\s+$",
            text[max(s0, a - 12) : a],
        )
    ):
        a = m.end()
    # coordinated speakers: "Both the council and | the government called for ..."
    m = re.search(
        r"(?:^|(?<=[\s,;:(“\"]))[Bb]oth\s+(?:the|an?|his|her|its|their|[A-Z][\w’'.\-]*)\s+"
        r"(?:[\w’'.\-]+\s+){0,5}?and\s+$",
        text[max(s0, a - 80) : a],
    )
    if m and not any(
        w.lower() in _FINITE or w.lower() in FORM_TO_LEMMA or w.lower() in _STOP_BACK - {"and"}
        for w in m.group().split()[1:-1]
    ):
        a = max(s0, a - 80) + m.start()
    # a list of names: "German firms including Deutsche Bahn, Daimler, and | Siemens have"
    if text[a : a + 1].isupper():
        lo = max(s0, a - 200)
        m = re.search(
            r"(?:^|(?<=[\s(“\"]))(?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3},\s+){1,8}and\s+$",
            text[lo:a],
        )
        if m:
            start = lo + m.start()
            inc = re.search(r"\b(?:including|such as)\s+$", text[max(s0, start - 12) : start])
            if inc:
                head, _ = _np_before(doc, max(s0, start - 12) + inc.start(), s0)
                if head is not None:
                    a = head[0]
            elif not text[s0:start].strip(' “"'):
                a = start
    # name particle cut off: "Al Jazeera", "El Mundo"
    m = re.search(r"(?:^|(?<=[\s,;:(“\"]))(?:Al|El|Le|La|De)\s+$", text[max(s0, a - 4) : a])
    if m and text[a : a + 1].isupper():
        a = max(s0, a - 4) + m.start()
    # head and preposition before the phrase
    window = text[max(s0, a - 60) : a]
    m = _HEAD_PREP.search(window)
    if m and m.group("head").strip() and text[a : a + 1].strip():
        head = m.group("head").split()
        low = [w.lower() for w in head]
        prep = m.group("prep")
        titled = any(w.lower().strip(".") in _TITLE_WORDS | _ORG_WORDS for w in head)
        caps_head = all(w[:1].isupper() for w in head)
        role = low[-1] in _SOURCE_HEADS | _ROLE_NOUNS and (
            low[0] in {"a", "an", "the"} or (len(head) <= 2 and low[-1].endswith("s"))
        )  # "a spokesman for", "Scientists from", "senior officials at"
        ok = False
        lead_word = low[0] in _LEAD_PREPS | _CALENDAR | {"the", "a", "an"}
        if prep in {"within", "from", "at", "with", "of"} and (
            caps_head and len(head) >= 2 and not lead_word and not titled
        ):
            ok = text[a : a + 1].isupper() or text[a : a + 4] == "the "  # "Regina Ip from the"
        if prep in {"within", "from", "at", "with"}:
            ok = ok or role
        elif prep == "in":
            ok = role and low[0] in {"a", "an", "the"}  # "An Al Jazeera reporter in Kenya"
        elif prep == "of" and low[-1] in _COLLECTIVE and low[0] in {"a", "an", "the"}:
            ok = True  # "an international team of scientists"
        elif prep == "to":
            ok = (caps_head and (titled or len(head) >= 2) and text[a : a + 1].isupper()) or (
                low[-1] in _TITLE_WORDS | _ENVOYS
                and (low[0] in {"the", "a", "an"} or head[0][:1].isupper())
                and (text[a : a + 1].isupper() or re.match(r"the [A-Z]", text[a : a + 6]))
            )  # "Former US Ambassador to the United Nations Nikki Haley"
        else:  # of / for: only when the scan left out a capitalised title ("Minister of")
            ok = caps_head and titled and text[a : a + 1].isupper()
        before = text[s0 : max(s0, a - 60) + m.start("head")].rstrip()
        if ok and (not before or before[-1] in ',;:(“"' or _ends_with_stop(before)):
            a = max(s0, a - 60) + m.start("head")
    # a bracketed acronym after the name: "United States Geological Survey (USGS)"
    m = re.match(r"\s*\([A-Z][A-Za-z.&]{1,9}\)", text[b : min(s1, b + 14)])
    if m:
        b += m.end()
    # "the mayor of Yartsevo via news agency Interfax": the channel is not the speaker
    m = re.search(r"\s+via\s+", text[a:b])
    if m and m.start() > 0:
        b = a + m.start()
    return a, b


def _ends_with_stop(before: str) -> bool:
    last = before.split()[-1].lower() if before.split() else ""
    return last in _STOP_BACK or last in {"and", "but", "meanwhile", "however"}


def _prune(doc: _Doc, findings: list[_Finding]) -> list[_Finding]:
    """Drop attributions that PARC does not annotate as separate items.

    Why: a nested report is its own item only when the inner source differs from the outer
    one ("Kosiec stated police believe ..."); "we warn" inside a quotation and "They said they
    believed" restate the outer speaker. A negated speaker ("No organization claimed
    credit") reports nothing.
    """
    text = doc.text
    keep: list[_Finding] = []
    for f in findings:
        if f.speaker is not None:
            sp = text[f.speaker[0] : f.speaker[1]]
            low = sp.lower()
            if re.match(r"(?:no|none|nobody|neither)\b", low):
                continue
            q = doc.quote_at(f.cue[0])
            if q is not None and re.sub(r"[’'].*$", "", low) in {"we", "i", "you"}:
                continue  # first person inside a quotation: the quoted speaker again
            outer = (
                [
                    g
                    for g in findings
                    if g is not f
                    and g.speaker is not None
                    and g.cue[0] < f.cue[0]
                    and any(p[0] <= f.cue[0] < p[1] for p in g.content)
                ]
                if low in _PRONOUNS
                else []
            )
            if low in _PRONOUNS and any(
                doc.sentence_index(g.cue[0]) == doc.sentence_index(f.cue[0])
                and (
                    text[g.speaker[0] : g.speaker[1]].lower() == low
                    or (
                        _agrees(low, text[g.speaker[0] : g.speaker[1]])
                        and any(
                            p[0] <= f.speaker[0] and not text[p[0] : f.speaker[0]].strip(' “"')
                            for p in g.content
                        )
                    )
                )
                for g in outer
            ):
                # "They also said they believed ...", "Authorities said they believed ...":
                # the subject pronoun of the reported clause is the outer source again
                continue
        keep.append(f)
    return keep


def _agrees(pronoun: str, speaker: str) -> bool:
    """Whether a pronoun can stand for a speaker phrase ("they" for "Authorities")."""
    if speaker.split()[0].lower() in _PRONOUNS:
        return False
    kind = _kind(speaker)
    want = _PRONOUNS.get(pronoun)
    return want == kind or (want == "plural" and kind in {"org", "plural"})


_STATEMENT_RE = re.compile(
    r"\b(?P<verb>issued|released|published|put out|made|posted)\s+(?:(?:a|an|the|its|his|her|"
    r"their)\s+)?(?:[\w\-]+\s+){0,2}?(?P<cue>statement|announcement)\s*(?:that\b|:)"
)
_CITED_NP = re.compile(r"((?:the |a |an )?[^,;.:()“”\"]{2,80}?)(?=\s*(?:[,;.:]|$|\s+as\b))")


def _hedge_clause(doc: _Doc, h0: int, h1: int, s0: int, s1: int) -> tuple[int, int]:
    """The clause a distancing adverb qualifies: from the last clause break before it to the
    next one after it ("but at least some of its air strikes have reportedly hit civilians")."""
    text = doc.text
    lo = s0
    for m in re.finditer(
        r"[,;:–—]\s+|\s+(?:but|and|while|although|though|as)\s+|[“”\"]", text[s0:h0]
    ):
        lo = s0 + m.end()
    hi = s1
    m2 = re.compile(r"[;–—]|:(?!\d)|,\s+(?:but|while|although|though|which|who)\b").search(
        text, h1, s1
    )
    if m2:
        hi = m2.start()
    for n, join in enumerate(_CLAUSE_JOIN.finditer(text, h1, hi)):
        if n >= 6:
            break
        if _has_cue(text, join.end(), min(hi, join.end() + 120)):
            hi = join.start()  # ", and the police had said ...": a report of its own
            break
    if text[max(s0, h0 - 2) : h0] == ", ":
        # ", reportedly one Vijayaragavan, saw ...": the hedge qualifies its parenthesis only
        close_m = re.compile(r",\s").search(text, h1, min(hi, h1 + 80))
        close = close_m.start() if close_m else -1
        if close > 0 and not any(
            w.lower() in _FINITE or w.lower() in _PAST for w in _WORD.findall(text[h1:close])
        ):
            hi = close
    a, b = _strip_span(text, lo, hi, ' \t\n,;:.–—-“”"')
    dm = _DISCOURSE.match(text[a:b])
    return (a + dm.end(), b) if dm else (a, b)


def _hedge_parts(text: str, a: int, b: int, h0: int, h1: int) -> list[tuple[int, int]]:
    """The content of an unattributed hedge: its clause with the hedge word cut out.

    Why: the hedge is the cue, and a cue is never inside its content (PARC), so "The fire
    service was reportedly investigating X" has two parts, "The fire service was" and
    "investigating X"; a part that is only auxiliaries ("but has reportedly expanded") carries
    nothing. An adjective ("the alleged death of X was ...") hedges only its noun phrase.
    """
    prev = _WORD.findall(text[max(a, h0 - 30) : h0])
    verb = bool(prev) and prev[-1].lower() in _AUX | set(_PRONOUNS)
    if text[h0:h1].lower() in {"alleged", "purported"} and not verb:
        end = h1
        for w in _WORD.finditer(text, h1, b):
            lw = w.group().lower()
            if lw in _FINITE or lw in _SUBORDINATORS or lw in _PAST:
                break
            end = w.end()
        np = _strip_span(text, h1, end)
        return [np] if np[1] > np[0] else []
    parts = []
    for lo, hi in ((a, h0), (h1, b)):
        lo, hi = _strip_span(text, max(a, lo), min(b, hi))
        words = [w.lower() for w in _WORD.findall(text[lo:hi])]
        if not words or all(w in _AUX for w in words):
            continue
        if hi <= h0 and len(words) == 1 and (words[0] in _LEAD_PREPS or words[0].endswith("ing")):
            continue  # "leaving reportedly 15,000 stranded": the hedge qualifies what follows
        parts.append((lo, hi))
    return parts


def _according_to(
    doc: _Doc, c0: int, c1: int, s0: int, s1: int, lemma: str = "according to"
) -> _Finding | None:
    text = doc.text
    # the source runs to the first clause mark; an initialism's full stop ("the B.C. Coroners
    # Service") is no clause mark
    m = re.compile(
        r"\s+((?:[^,;.:“”\"()]|(?<=\b[A-Z])\.){1,120}?)(?=\s*(?:[,;:()]|[.!?]?[\"”’)]*\s*$|(?<!\b[A-Z])\.\s))"
    ).match(text, c1, s1)
    if not m:
        return None
    sp = _strip_span(text, m.start(1), m.end(1))
    if sp[1] <= sp[0]:
        return None
    # "according to a tweet on Monday by X": the medium's author is the source
    by = re.match(
        r"(?:an?|the)\s+(?:\w+\s+)?(?:tweet|statement|post|report|letter|message|release|"
        r"interview|filing)\b[^,;]{0,30}?\bby\s+(?=\S)",
        text[sp[0] : sp[1]],
    )
    if by and sp[0] + by.end() < sp[1]:
        sp = (sp[0] + by.end(), sp[1])
    np_end = sp[1]
    # "according to the Institute of Volcanology (Phivolcs), the ...": the acronym is no content
    br = re.match(r"\s*\([A-Z][A-Za-z.&]{1,9}\)", text[np_end : np_end + 14])
    if br:
        np_end += br.end()
    # "according to the town's first selectman, Chris Kervick, there were ...": a name in
    # apposition belongs to the source
    ap = re.match(
        r",\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)(?=,\s)",
        text[np_end : min(s1, np_end + 60)],
    )
    src_words = text[sp[0] : sp[1]].split()
    if (
        ap
        and not _has_proper(src_words[-1])
        # a singular role with a determiner or possessor ("the town's first selectman"), not
        # a plural or a document ("official statements, Trump, now ...")
        and (src_words[0].lower() in _POSS_DET or any(re.search(r"[’']s$", w) for w in src_words))
        and not src_words[-1].lower().endswith("s")
        and src_words[-1].lower() not in _STATING_NOUNS
        and not any(w.lower() in _CALENDAR for w in ap.group(1).split())
    ):
        sp = (sp[0], np_end + ap.end(1))
        np_end = sp[1]
    tm = re.search(
        r"\s+(?:yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday)|last (?:week|month|year|night))$",
        text[sp[0] : sp[1]],
    )
    if tm and tm.start() > 0:
        sp = (sp[0], sp[0] + tm.start())  # "according to the WHO report yesterday"
    parts: list[tuple[int, int]] = []
    before = _strip_span(text, s0, c0)
    if before[1] > before[0]:
        dm = _DISCOURSE.match(text[before[0] : before[1]])
        b0 = before[0] + (dm.end() if dm else 0)
        if before[1] - b0 > 2:
            parts.append((b0, before[1]))
    # "According to Agence France-Presse, which cited sources close to the investigation, the
    # man had ...": the relative clause modifies the source and is not content
    rel = re.match(r",\s+(?:which|who)\s+[^,;:“”\"]{1,100}(?=,\s)", text[np_end:s1])
    if rel and re.search(r"\w", text[np_end + rel.end() + 1 : s1]):
        np_end += rel.end() + 1
    after0 = np_end
    rest_end = _clause_end(doc, after0, s1)
    after = _strip_span(text, after0, rest_end)
    if after[1] - after[0] > 2:
        parts.append(after)
    if not parts:
        return None
    return _Finding((c0, c1), lemma, sp, parts)


def _verb_attribution(
    doc: _Doc,
    c0: int,
    c1: int,
    s0: int,
    s1: int,
    form: str,
    lemma: str,
    previous: list[_Finding],
) -> _Finding | None:
    text = doc.text
    before_text = text[s0:c0]
    speaker: tuple[int, int] | None = None
    hedged = False
    participle = form.endswith("ing") and (
        re.search(r",\s*(?:(?:further|also|then|later|adding|and)\s+)*$", before_text)
        or re.search(r"\b(?:upon|after|before|while|when)\s+$", before_text)
    )  # "..., adding that", "was cheered upon announcing that"
    if form.endswith("ing") and form[:1].isupper() and not before_text.strip(" “\"‘'"):
        return _fronted_participle(doc, c0, c1, s1, lemma)
    if not participle:
        speaker, hedged = _np_before(doc, c0, s0)
    if not participle and (speaker is None or not text[speaker[0] : speaker[0] + 1].isupper()):
        adj = re.search(
            r"(?<=[A-Za-z])\s+(?P<prep>in|while|when|upon|after|before|on)\s+[a-z]+ing\b"
            r"[^,;:“”\"]{0,80}$",
            before_text,
        )
        if adj and (speaker is None or speaker[0] > s0 + adj.start()):
            head, hedged = _np_before(doc, s0 + adj.start("prep") - 1, s0)
            if head is not None and text[head[0] : head[0] + 1].isupper():
                speaker = head  # "Richard Ferrand in relaying the news to parliament said"
    inverted = False
    # inverted: '"...," said the minister.' or '..., said Smith.'
    if (
        speaker is None
        and not participle
        and lemma not in AUDIENCE_LEMMAS | {"call"}  # ", called a plume,": a name given
        and re.search(r"[,”\"]\s*$", before_text)
    ):
        sp = _np_after(
            doc, c1, s1, loose=bool(re.search(r"[\w,!?.\]][”\"]\s*$|[”\"],\s*$", before_text))
        )
        if sp is not None:
            speaker, inverted = sp, True
    # participle: "..., adding that", "..., saying"
    rel_comma = False
    if speaker is None:
        rel = re.search(
            r",\s*(?:which|who)\s+(?:(?:also|later|then|had|has|have)\s+)?$", before_text
        ) or re.search(
            r"(?:\b[A-Z][\w’'\-]+\s+who|\b(?:" + _DOC_NOUNS + r")\s+(?:which|that))"
            r"\s+(?:(?:also|later|then|had|has|have)\s+)?$",
            before_text,
        )  # "Alex Greenwich who said", "a statement which said"
        if rel:
            end = s0 + rel.start()
            rel_comma = rel.group().startswith(",")
            if not rel.group().startswith(","):
                pron = re.search(r"\s+(?:which|who|that)\b", rel.group())
                end += pron.start() if pron else 0
            speaker, _ = _np_before(doc, end, s0)  # "Police, which said ..."
            if speaker is not None and re.fullmatch(
                r"(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:" + _DOC_NOUNS + r")",
                text[speaker[0] : speaker[1]],
                flags=re.IGNORECASE,
            ):
                speaker = _clause_subject(doc, s0, speaker[0])  # X issued a statement which
    if speaker is None and not participle:
        coord = re.search(
            r"(?:,\s*)?\b(?:and|but)\s+(?:(?:also|then|later|further)\s+)?$", before_text
        )
        if coord:
            for f in reversed(previous):
                if (
                    f.speaker
                    and doc.sentence_index(f.cue[0]) == doc.sentence_index(c0)
                    # after a comma, not a report nested in another's content: "It cited the
                    # Air Force as stating X, and claimed Y" coordinates with "cited"; without
                    # one the nearest ("the Navy, who told it X and noted Y")
                    and not (
                        coord.group().startswith(",")
                        and any(
                            g is not f and any(p[0] <= f.cue[0] < p[1] for p in g.content)
                            for g in previous
                        )
                    )
                ):
                    speaker = f.speaker
                    # "He claimed X and said Y": the first report ends before "and said"
                    cut = s0 + coord.start()
                    if f.cue[1] <= cut and not doc.quote_at(cut):
                        f.content = [
                            _strip_span(text, a, cut) if a < cut < b else (a, b)
                            for a, b in f.content
                        ]
                        f.content = [(a, b) for a, b in f.content if b > a]
                    break
            if speaker is None:
                speaker = _clause_subject(doc, s0, c0)
    if (
        speaker is not None
        and form.endswith("ing")
        and re.fullmatch(
            r"(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|message|letter|tweet|post|"
            r"release|report|filing)",
            text[speaker[0] : speaker[1]],
            flags=re.IGNORECASE,
        )
    ):
        speaker, participle = None, True  # "X released a statement saying": X speaks
    if speaker is None and form.endswith("ing"):
        m_as = re.search(r"\s+as\s+$", before_text)
        m_with = re.search(r"\bwith\s+((?:[\w’'\-]+\s+){1,5})$", before_text)
        quoted = re.search(
            r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?quoted"
            r"(?:\s+(?:in|by|on)\s+[^,;“”\"]{1,60}?)?\s+as\s+$",
            before_text,
        )
        if quoted:
            # "X was quoted in the Gazette as saying": X speaks, the paper relays
            speaker, _ = _np_before(doc, s0 + quoted.start(), s0)
        elif m_as:
            speaker, _ = _np_before(doc, s0 + m_as.start(), s0)
        elif m_with:
            speaker, _ = _np_before(doc, c0, s0)
        elif re.search(
            r"\b(?:statement|message|letter|tweet|post|release|report)\s+$", before_text
        ):
            participle = True
    if speaker is None and participle:
        for f in reversed(previous):
            if f.speaker and doc.sentence_index(f.cue[0]) == doc.sentence_index(c0):
                speaker = f.speaker
                break
        if speaker is None:
            speaker = _clause_subject(doc, s0, c0)
    if speaker is None:
        return None
    sp_text = text[speaker[0] : speaker[1]]
    if sp_text.lower() in {"which", "who"} and re.search(r",\s*$", text[s0 : speaker[0]]):
        head, _ = _np_before(doc, text.rindex(",", s0, speaker[0]), s0)
        if head is None:
            return None
        speaker = head  # "Toronto Police, which indicated ..."
        sp_text = text[speaker[0] : speaker[1]]
    if (
        sp_text.lower() in {"which", "who", "that", "this", "there"} and not sp_text.isupper()
    ) or not re.search(r"[^\W\d_]", sp_text):
        return None
    # a bracketed adverbial does not hide the negation: "had not, as of yesterday, announced"
    mid = re.sub(r",[^,;“”\"]{1,60},", " ", text[speaker[1] : c0]) if speaker[1] <= c0 else ""
    if (
        not inverted
        and speaker[1] <= c0
        and re.search(r"\b(?:not|never)\b|n[’']t\b", mid)
        and re.fullmatch(r"(?:\s*[\w’']+){1,4}\s*", mid)
    ):
        return None  # "did not say", "has not confirmed": a negated report (PARC: no item)
    after = c1 if not inverted else speaker[1]
    if not inverted and speaker[1] <= c0:
        speaker = _role_before_name(doc, s0, speaker)
        lead = _words_before(text, speaker[0], s0, 1)
        if lead and lead[0].group().lower() in {"if", "unless", "whether", "once"}:
            return None  # "If the Senate confirms me": a condition, not a report
    content: list[tuple[int, int]] = []
    # content before the attribution: the clause or quotation that ends right before it
    lead_end = min(speaker[0], c0)
    # a participle's speaker is the subject of the clause it hangs on; the words before that
    # subject are no content of the participle ("Post-war, he worked ..., observing a test")
    pre = "" if participle else text[s0:lead_end]
    pre_stripped = pre.rstrip()
    if pre_stripped.endswith((",", ",”", ',"', "”", '"', ".”", "?”", "!”")) or (
        pre_stripped and pre_stripped[-1] in '”"'
    ):
        qend = s0 + len(pre_stripped)
        q = doc.quote_ending(qend) if pre_stripped[-1] in '”"' else None
        if q is not None:
            content.append(q)
        elif _ADVERBIAL.match(pre_stripped.strip()) or _adverbial_chunks(pre_stripped):
            pass  # "On Tuesday, X announced ...": a time phrase, not reported content
        else:
            a, b = _strip_span(text, s0, s0 + len(pre_stripped))
            # a quote started before this sentence (multi-sentence quote): take all of it
            qa = doc.quote_at(a)
            if qa is not None and qa[1] >= b:
                a = qa[0]
            dm = _DISCOURSE.match(text[a:b])
            a = a + (dm.end() if dm else 0)
            if b - a > 2:
                content.append((a, b))
    # "X, stated Y, and Z" / "X, he said, Y": the clause continues after the attribution
    if content and text[content[-1][0]] not in OPEN_QUOTES:
        tail = re.match(r",\s+", text[after:s1])  # PARC keeps "and": "A, he said, and B"
        if tail:
            a2, b2 = _strip_span(text, after + tail.end(), _clause_end(doc, after + tail.end(), s1))
            if len(_WORD.findall(text[a2:b2])) >= 2 and not _CUE_RE.search(text[a2:b2]):
                content.append((a2, b2))
                return _Finding((c0, c1), lemma, speaker, content, hedged=hedged)
    # content after the cue
    start = _skip_after_cue(doc, after, s1, lemma)
    rest = text[start:s1]
    rest_words = _first_words(text, start, s1, 3)
    if (
        content
        and text[content[-1][0]] not in OPEN_QUOTES
        and len(rest_words) >= 3
        and rest.lstrip()[:1] not in OPEN_QUOTES
        and (re.search(r"\bthat\b|:", text[after:start]) or _looks_clause(rest, lemma))
        # "A, CNN reported the governor said.": the clause after the cue only names the
        # inner source, so the words before the speaker are the content
        and (rest_words[-1:] or [""])[0].lower() not in FORM_TO_LEMMA
        and not re.search(r"\b(?:said|says|told|reported|stated|added)\W*$", rest)
        and not re.match(r"\s*\w+\s*,", rest)  # "Total staff, I told you, is ..."
    ):
        # "A, but at the same time the Senate announced it would meet": the cue's own clause
        # is its content, not the words before the speaker
        content = []
    if content:
        # "X," he said, "Y." : a continuation quotation in the same sentence
        m = re.match(r"\s*,?\s*([“\"«])", text[start : start + 6])
        if m:
            q = doc.quote_starting(start + m.start(1))
            if q is not None:
                content.append(q)
    elif (
        len(rest_words) >= (1 if lemma in NP_OBJECT_LEMMAS else 2)
        or (lemma in {"report", "estimate"} and re.match(r"\s*\d[\d.,]*\b", rest))
        or doc.quote_starting(start + len(rest) - len(rest.lstrip(" ,:"))) is not None
    ):
        a = start + len(rest) - len(rest.lstrip(" ,:"))
        if (
            lemma in CLAUSE_ONLY_LEMMAS
            and start == after
            and doc.quote_starting(a) is None
            and not text[after:a].strip(" ")
            and not _looks_clause(text[a:s1], lemma)
            and not re.match(r"(?:[^\s“\"]+\s+){0,5}[“\"]\w", text[a:s1])
        ):
            return None  # "noted the date" is no report; "noted his \"strength\"" quotes him
        if (
            lemma in {"declare", "observe"}
            and doc.quote_starting(a) is None
            and not re.search(r"\bthat\b|:", text[after:a])
            and not any(
                w.lower() in _MODALS and w not in {"May", "Will"}
                for w in _first_words(text, a, s1, 4)[1:]
            )
        ):
            return None  # "declared a state of emergency", "observing a test": no report
        if lemma == "deny" or lemma in DENY_LEMMAS:
            nm = re.match(
                r"(?:(?:the|all|any|these|those|such)\s+)?(?:claims?|reports?|allegations?|"
                r"accusations?|suggestions?|"
                r"rumou?rs?|charges?)\s+that\s+",
                text[a:s1],
            )
            if nm and nm.end() < s1 - a:
                a += nm.end()
        if re.match(r"(?:and|or|but|nor|so|because)\b", text[a:s1]):
            return None  # "spoke in the rally and encouraged ...": a second verb, no content
        b = _clause_end(doc, a, s1)
        if (
            lemma in NP_OBJECT_LEMMAS | {"call for", "call on", "demand"}
            and doc.quote_starting(a) is None
            and not re.search(r"\bthat\b|:", text[after:a])
            and not _looks_clause(text[a:b], lemma)
        ):
            # a noun-phrase object ends before the report's own adverbials: "announced his
            # resignation shortly before midnight", "the measure at the daily briefing",
            # "the schedule in a press release late yesterday and followed it up ..."
            adv = _NP_OBJECT_ADJUNCT.search(text, a, b)
            if adv and adv.start() > a and not doc.quote_at(adv.start()):
                b = adv.start()
        if (
            lemma in DENY_LEMMAS
            and doc.quote_starting(a) is None
            and not _looks_clause(text[a:b], lemma)
        ):
            # a noun-phrase object: a rejected claim is reported ("denied the accusation",
            # "dismissed the claim from Berlin as groundless"), a rejected act is not
            # ("rejected a lawsuit", "rejected the offer")
            words = [w.lower() for w in _WORD.findall(text[a:b])[:5]]
            if lemma != "deny" and not any(
                w.rstrip("s") in _CLAIM_NOUNS or w in _NO_CONTENT for w in words
            ):
                return None
            as_m = re.search(r"\s+as\s+", text[a:b])
            if as_m:
                b = a + as_m.start()
        inf = re.match(
            r"to be\s+\S+(?:\s+\S+){0,6}?(?=\s+(?:in|with|from|on|at|by|for|"
            r"and|but|which|who|that|represents?|is|was|has|have)\b|[,;.]|$)",
            text[a:b],
        )
        if inf:
            b = a + inf.end()
        a, b = _strip_span(text, a, b)
        if b > a:
            content.append((a, b))
    if not content and not text[after:s1].strip(' .!?;:”"'):
        # "..., CNN Philippines reported the governor said.": the speaker is the object of
        # an outer report, so the reported content is the outer one's
        for g in reversed(previous):
            if (
                g.speaker is not None
                and g.cue[1] <= speaker[0]
                and not text[g.cue[1] : speaker[0]].strip(" ")
            ):
                content = list(g.content)
                break
    if not content and not text[after:s1].strip(" .") and not text[s0 : speaker[0]].strip():
        # '"The trial must go ahead." Pelosi said.': the quote closed the sentence before
        qend = _rstrip_pos(text, max(0, s0 - 400), s0)
        q = doc.quote_ending(qend) if qend > 0 and text[qend - 1] in '”"' else None
        # (a report nested inside the quotation does not claim it: '"... the Constitution
        # demands a trial." Pelosi said.')
        if q is not None and not any(
            p[0] <= q[0] + 1 and p[1] >= q[1] - 1 for g in previous for p in g.content
        ):
            content = [q]
    if not content and not text[after:s1].strip(' .!?;:”"'):
        # "He was accused of fraud, which he denied.": the relative pronoun stands for the
        # clause before it
        rel = re.search(r",\s*which\s+$", text[s0 : speaker[0]])
        if rel:
            a, b = _strip_span(text, s0, s0 + rel.start())
            dm = _DISCOURSE.match(text[a:b])
            a += dm.end() if dm else 0
            if len(_WORD.findall(text[a:b])) >= 3:
                content = [(a, b)]
    if not content:
        return None
    if lemma == "claim" and re.match(
        r"(?:the\s+)?(?:[\w,.\-]+\s+){0,3}?lives\b", text[content[-1][0] : content[-1][1]]
    ):
        return None  # "the virus claimed 7,000 lives": a death toll, not a claim
    if lemma == "call" and (
        inverted
        or (
            text[c1:].lstrip()[:1] in OPEN_QUOTES
            and not re.search(r"\b(?:what|which)\s+$", text[s0 : speaker[0]])
        )
        or any(b <= c0 for _, b in content)
    ):
        return None  # "a process called "exfiltration"": a name given, not a report
    if lemma == "call" and not (
        text[c0 - 1 : c0] != "-"
        and any(
            re.match(r"(?:[^\s“\"”]+\s+){0,6}?[“\"]", text[a:b]) and text[b - 1] in CLOSE_QUOTES
            for a, b in content
        )
    ):
        return None  # "called the police", "so-called": only 'called X "Y"' reports words
    if lemma == "encourage" and (
        text[speaker[0] : speaker[1]].lower() in {"it", "this", "that"}
        or not any(re.match(r"(?:\S+\s+){1,8}?to\s+[a-z]", text[a:b]) for a, b in content)
    ):
        return None  # "encouraged supporters to remain hopeful", not "encouraged investment"
    if lemma in {"continue", "praise"} and not (
        content and all(text[a] in OPEN_QUOTES for a, _ in content)
    ):
        return None  # 'he continued, "..."', 'praised X on Twitter: "..."' (quotations only)
    if lemma == "read" and not all(text[a] in OPEN_QUOTES for a, _ in content):
        return None  # "read" reports only a quoted text: 'The note read: "Sorry."'
    obj_rel = re.search(r"\b(which|that)\s+$", text[s0 : speaker[0]])
    if (
        obj_rel
        and not inverted
        and len(content) == 1
        and content[0][0] >= c1
        and _verbish(_first_words(text, content[0][0], content[0][1], 1))
    ):
        # "..., which his wife said was due to memory problems": the relative pronoun is the
        # subject of the reported clause, so it is the content's first part (PARC)
        content.insert(0, (s0 + obj_rel.start(1), s0 + obj_rel.end(1)))
    if rel_comma and content and content[-1][0] >= c1 and text[content[-1][0]] not in OPEN_QUOTES:
        # "In mainland China, which claims sovereignty over Taiwan, homosexuality is ...": the
        # relative clause closes at the comma before the main clause resumes
        a, b = content[-1]
        close = re.compile(r",\s").search(text, a, b)
        if close and not doc.quote_at(close.start()):
            rest = [w.lower() for w in _WORD.findall(text[close.end() : b])[:8]]
            if any(w in _FINITE or w in _PAST for w in rest):
                content[-1] = _strip_span(text, a, close.start())
    if len(content) == 1:
        only = text[content[0][0] : content[0][1]].strip(" ,.").lower().split()
        if (
            only[:1]
            and only[0] in _NO_CONTENT
            and (
                len(only) == 1
                or (
                    len(only) <= 3 and only[1] in {"on", "last", "this", "yesterday", "today", "in"}
                )
            )
        ):
            return None  # "the Senate confirmed him": no reported content
    return _Finding((c0, c1), lemma, speaker, content, hedged=hedged)


#: what a source can deny or reject as a report (singular forms)
_CLAIM_NOUNS = frozenset(
    _words(
        """
        claim allegation accusation report suggestion rumour rumor charge assertion notion
        idea criticism statement account finding conclusion version story
        """
    )
)


def _verbish(words: list[str]) -> bool:
    """Whether a clause opens with a verb (no subject of its own): "was due to ...", "left
    some experts disappointed"."""
    w = words[0] if words else ""
    lw = w.lower()
    return bool(w) and (
        lw in _FINITE | _PAST | {"be", "been"} or (w.islower() and lw.endswith("ed"))
    )


def _role_before_name(doc: _Doc, s0: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """ "A member of the Tunisian Parliament, Samir Dilou said": a role phrase that opens the
    sentence and names its holder after a comma (the closing comma left out) is the speaker's
    appositive, not reported content."""
    text = doc.text
    name = text[speaker[0] : speaker[1]].split()
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return speaker
    m = re.fullmatch(
        r"\s*((?:[Tt]he|[Aa]n?|[A-Z][\w’'.\-]*)\s[^,;:“”\"()]{0,80}?)\s*,\s*", text[s0 : speaker[0]]
    )
    if m is None:
        return speaker
    words = [w.lower() for w in _WORD.findall(m.group(1))]
    if any(w in _ROLE_NOUNS for w in words[:4]) and not any(
        w in _FINITE or w in _PAST or w in FORM_TO_LEMMA for w in words
    ):
        return s0 + m.start(1), speaker[1]
    return speaker


def _fronted_participle(doc: _Doc, c0: int, c1: int, s1: int, lemma: str) -> _Finding | None:
    """A participle clause that opens the sentence: "Citing the animal's size, officials
    estimated ...", "Saying "...", the president added ...".

    Why: the speaker is the subject of the main clause after the participle clause (the first
    comma outside a quotation), and the content is the participle's own complement.
    """
    text = doc.text
    comma = -1
    for i in range(c1, min(s1, c1 + 400)):
        if text[i] == "," and doc.quote_at(i) is None:
            comma = i
            break
    if comma < 0:
        return None
    speaker = _clause_subject(doc, comma + 1, s1)
    if (
        speaker is None
        or text[comma + 1 : speaker[0]].strip()
        or text[speaker[0] : speaker[1]].lower() in {"which", "who", "that"}
    ):
        return None  # the main clause must open with its subject
    a, b = _strip_span(text, _skip_after_cue(doc, c1, comma, lemma), comma)
    rest = text[a:b]
    if len(_first_words(rest, 0, len(rest), 2)) < (1 if lemma in NP_OBJECT_LEMMAS else 2):
        return None
    if (
        lemma in CLAUSE_ONLY_LEMMAS
        and rest[:1] not in OPEN_QUOTES
        and not _looks_clause(rest, lemma)
    ):
        return None  # "Writing in the journal, ..." reports nothing
    if lemma == "call" and not re.search(r"[“\"].+[”\"]$", rest):
        return None
    if lemma in {"continue", "praise", "read"} and rest[:1] not in OPEN_QUOTES:
        return None  # "Continuing a trend from earlier months, ...": no report
    return _Finding((c0, c1), lemma, speaker, [(a, b)])


#: -ing words that are nouns or pronouns, not participles
_ING_NOUNS = frozenset(
    _words("nothing something anything everything evening morning building meeting spring thing")
)
#: words that open a subordinate clause, never a reported main clause
_SUBORDINATE_LEADS = frozenset(
    _words("when while whilst after before because since although though once until unless as")
)


def _adverbial_chunks(pre: str) -> bool:
    """True when a lead-in before a speaker is only adverbials and discourse words ("On
    Tuesday, however,", "Later that day, in Paris,"), so it is no reported content."""
    chunks = [c.strip() for c in pre.strip().rstrip(",").split(",")]
    if not chunks or len(chunks) > 4:
        return False
    for c in chunks:
        if not c or len(c) > 90:
            return False
        words = [w.lower() for w in _WORD.findall(c)]
        if words and words[0] in _SUBORDINATE_LEADS:
            continue  # "In 1962, when X was leaving Y, Watts recommended ...": not content
        if (
            words
            and (
                words[0] in _LEAD_PREPS | {"speaking", "writing", "asked", "when", "while", "for"}
                or words[0] in {"against", "without", "regarding", "concerning"}
                # a participle clause: "using his fingers under her clothing in 1993"
                or (words[0].endswith("ing") and len(words[0]) >= 5 and words[0] not in _ING_NOUNS)
            )
            and not any(w in _FINITE for w in words)
        ):
            continue  # "In a statement posted to her account before being sworn in,"
        if len(c) > 45:
            return False
        if c.lower() in _PAREN_ADVERBS or _ADVERBIAL.match(c + ","):
            continue
        dm = _DISCOURSE.match(c + " ")
        if dm and dm.end() >= len(c):
            continue
        return False
    return True


#: texts that speak for their author ("a statement which said", "released a letter saying")
_DOC_NOUNS = "statement|letter|message|tweet|post|release|report|memo|note|filing|notice"

_FINITE = frozenset(
    _words(
        """
        is are was were has have had will would could can may might should must did does do
        won't can't didn't wasn't isn't weren't aren't hasn't haven't
        """
    )
)


def _looks_clause(rest: str, lemma: str) -> bool:
    """A bare complement that reads as a clause ("police have been unable ..."), not an object
    noun phrase ("a further complication"): a finite auxiliary among its first words, or "X as
    Y" after "describe"."""
    # (capitalised "May", "Will" are a month and a name, not modals)
    words = [
        "_" if w in {"May", "Will"} else w.lower() for w in _first_words(rest, 0, len(rest), 8)
    ]
    if words and words[0] in {"a", "an", "his", "her", "its", "their", "our"}:
        # "suggested a broader inquiry may be needed": a modal before the first comma
        head = []
        for w in _WORD.findall(rest.split(",")[0])[:10]:
            if w.lower() in _SUBORDINATORS:
                break
            head.append(w.lower())
        return any(w in _MODALS for w in head[2:])
    if not words or words[0] in {"yet"}:
        return False
    if words[0].endswith("ly") and len(words) > 1 and words[1] in {"and", "to", "by", "with"}:
        return False  # "responded quickly and found": manner, not a reported clause
    if lemma in {"describe", "characterise", "characterize", "list"}:
        return "as" in [w.lower() for w in _first_words(rest, 0, len(rest), 12)]  # "in March as"
    if any(w in _FINITE or w in _PAST or (w.endswith("ed") and len(w) > 4) for w in words[1:6]):
        return True
    if words[0] in {"the", "this", "these", "those"}:
        return _looks_clause("a " + rest, lemma)  # "the death toll from the quake would rise"
    return False


_SUBORDINATORS = frozenset(_words("so because to which that who when if as after before while"))
_MODALS = frozenset(
    _words("is are was were will would could can may might should must has have had")
)

_PAST = frozenset(
    _words(
        """
        lost said made took went came found got saw left knew thought told began fell hit
        put set ran shot won held kept led met paid sent spent stood understood struck broke
        fled flew drove gave grew rose sank spoke stole threw wore wrote sought brought bought
        fought taught caught drew became chose used died
        """
    )
)


_LEAD_PREPS = frozenset(
    _words("in on at from after before during following under with within amid despite by")
)


def _clause_subject(doc: _Doc, s0: int, c0: int) -> tuple[int, int] | None:
    """The subject of the clause a participle or coordinated cue hangs on.

    Why: "In the filing itself Ford also made this point, writing ..." — the first noun
    phrase is inside a fronted prepositional phrase; the subject is the next one.
    """
    text = doc.text
    lo = s0
    for _ in range(4):
        pos = _first_verbish(text, lo, c0)
        if pos <= lo:
            # "The mayor of London, Sadiq Khan, gave ..., adding": name, appositive, verb
            m = re.match(r"([^,;“”\"]{2,80}),\s+([^,;“”\"]{2,80}),\s+[a-z]", text[lo:c0])
            if m:
                return _np_before_comma(doc, lo + m.end(2), lo)
            return None
        sub, _ = _np_before(doc, pos, lo)
        if sub is None:
            # a cue-like noun ("In the report itself") or a bare adverb: look further on
            w = _WORD.match(text, pos)
            lo = w.end() if w else pos + 1
            continue
        prev = _words_before(text, sub[0], lo, 1)
        if prev and prev[0].group().lower() in _LEAD_PREPS:
            # a fronted prepositional phrase: look for the clause after it
            nxt = re.compile(r"[^\W\d_][\w’'\-]*").search(text, sub[1], c0)
            lo = sub[1]
            reflexive = re.match(r"\s*(?:itself|himself|herself|themselves)\b", text[lo:c0])
            if reflexive:
                lo += reflexive.end()
            elif nxt is None:
                return None
            continue
        return sub
    return None


def _first_verbish(text: str, s0: int, c0: int) -> int:
    """Where the main clause's verb starts (best effort): after the sentence's first NP."""
    for m in _WORD.finditer(text, s0, c0):
        lw = m.group().lower()
        if (
            lw in _AUX
            or lw in FORM_TO_LEMMA
            or (m.group()[:1].islower() and lw.endswith(("ed", "ted")) and m.start() > s0)
            or (lw in _PAST and m.start() > s0)
        ):
            return m.start()
    return s0


def _attach_following_quotes(doc: _Doc, findings: list[_Finding]) -> None:
    """A direct quotation followed by unattributed quotations from the same speaker ("'A,'
    he said. 'B.'") is one attribution with several content parts."""
    if not findings:
        return
    text = doc.text
    claimed: list[tuple[int, int]] = [p for f in findings for p in f.content]

    def is_claimed(q: tuple[int, int]) -> bool:
        # a quotation already taken whole by an attribution (nested content inside does not
        # count: "We believe ..." inside the quote is a separate, inner attribution)
        return any(p[0] <= q[0] and p[1] >= q[1] - 1 for p in claimed)

    ordered = sorted(findings, key=lambda f: max(p[1] for p in f.content))
    for f in ordered:
        if f.agentless or not any(text[p[0]] in OPEN_QUOTES for p in f.content):
            continue
        end = max(max(p[1] for p in f.content), f.cue[1], f.speaker[1] if f.speaker else 0)
        for _ in range(20):
            # 'as saying "A" and "B"': a quotation joined by "and" in the same sentence
            gap = re.match(r"[\s.,;:]*(?:and\s+)?", text[end : end + 200])
            nxt = end + (gap.end() if gap else 0)
            if "\n\n\n" in text[end:nxt]:
                break
            if "and" in text[end:nxt] and doc.sentence_index(end - 1) != doc.sentence_index(nxt):
                break
            q = doc.quote_starting(nxt)
            if q is None or is_claimed(q):
                break
            # a quotation with its own attribution in its sentence belongs to that one
            _s0, s1 = doc.sentence(q[1] - 1 if q[1] > q[0] else q[0])
            tail = text[q[1] : s1]
            if re.search(r"\w", tail) and _CUE_RE.search(tail):
                break
            f.content.append(q)
            claimed.append(q)
            end = q[1]


# --------------------------------------------------------------------------- resolution


def _name_part(speaker: str) -> str:
    """Of "The Vice President, Mike Pence" the part that is a name ("Mike Pence")."""
    parts = [p.strip() for p in speaker.split(",") if p.strip()]
    if len(parts) < 2:
        return speaker
    for part in parts:
        words = part.split()
        while len(words) > 2 and words[0].lower().strip(".") in {"dr", "mr", "mrs", "ms", "prof"}:
            words = words[1:]  # "Dr Ali bin Tamim": an honorific before a name
        if (
            len(words) >= 2
            and all(_name_like(w) for w in words)
            and not any(w.lower() in _TITLE_WORDS for w in words)
            and not _is_org(part)
        ):
            return " ".join(words)
    if not any(w[:1].isupper() for w in parts[0].split()[1:]):
        for part in parts[1:]:
            if _has_proper(part):
                return part  # "One of these groups, the Syrian Democratic Forces"
    return parts[0]


def _aliases(name: str) -> list[str]:
    canon = _canonical(name)
    out = {canon}
    words = canon.split()
    if _kind(name) == "person" and len(words) >= 2:
        out.add(words[-1])
    return sorted(out, key=len, reverse=True)


def _full_name(canon: str, named: list[tuple[str, str, list[str]]]) -> str:
    """A short name's full form from an earlier person ("Blumenthal" -> "Richard
    Blumenthal"), so one party is counted once."""
    if " " in canon:
        return canon
    for full, kind, _ in named:
        if full == canon:
            continue
        if kind == "person" and canon in full.split()[1:]:
            return full  # "Rosselló" -> "Ricardo Rosselló Nevares"
        if kind == "org" and full.startswith(canon + " "):
            return full  # "Ford" -> "Ford Motor Company"
        if kind == "org" and canon.isupper() and _acronym(full) == canon:
            return full  # "BTP" -> "British Transport Police"
    return canon


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _resolve(doc: _Doc, findings: list[_Finding]) -> None:
    """Resolve pronouns and definite descriptions to the last fitting named speaker.

    "Last" is by mention: the latest occurrence before the pronoun of any named speaker's name
    (so "Russia's decision to attack what it claims" resolves "it" to Russia even when another
    party spoke in between).
    """
    text = doc.text
    named: list[tuple[str, str, list[str]]] = []  # (canonical, kind, aliases)
    seen: set[str] = set()
    for f in findings:
        if not f.speaker:
            continue
        s = text[f.speaker[0] : f.speaker[1]]
        first = s.split()[0].lower() if s.split() else ""
        if not s or first in _PRONOUNS or (first in {"the", "a", "an"} and not _has_proper(s)):
            continue
        canon = _canonical(_name_part(s))
        if _full_name(canon, named) != canon:
            continue  # "Blumenthal" after "Richard Blumenthal": an alias, not a new party
        if canon.lower() not in seen and _has_proper(canon):
            seen.add(canon.lower())
            named.append((canon, _kind(_name_part(s)), _aliases(_name_part(s))))
    patterns = [(canon, kind, _name_pattern(tuple(al))) for canon, kind, al in named]
    aliases = _bracket_aliases(text) if "(" in text else {}
    for f in findings:
        if not f.speaker:
            continue
        s = text[f.speaker[0] : f.speaker[1]]
        words = s.split()
        first = words[0].lower() if words else ""
        if first in _PRONOUNS and len(words) == 1:
            want = _PRONOUNS[first]
            if first in {"i", "we", "you"}:
                f.speaker_resolved = None
                continue
            f.speaker_resolved = _last_mention(patterns, text, f.speaker[0], want)
        elif first in {"the", "this", "that"} and not _has_proper(s):
            head = re.sub(r"[’']s$", "", words[-1].lower())
            best = None
            best_pos = -1
            for canon, kind, pat in patterns:
                if head in canon.lower() or (head in _PERSON_ROLES and kind == "person"):
                    last = pat.last(text, 0, f.speaker[0])
                    if last >= 0 and last > best_pos:
                        best, best_pos = canon, last
            f.speaker_resolved = best
        elif _has_proper(s):
            canon = _full_name(_canonical(_name_part(s)), named)
            if canon in aliases:
                canon = aliases[canon]
            elif " " not in canon and not canon.isupper():
                canon = _full_from_text(text, canon, f.speaker[0])
            f.speaker_resolved = canon
        else:
            f.speaker_resolved = None


_CALENDAR = frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april
        may june july august september october november december on in at
        """
    )
)
_BRACKET_ALIAS = re.compile(
    r"([A-Z][\w’'\-]*(?:\s+(?:of|for|and|the|on|de|[A-Z][\w’'\-]*)){0,8})\s+"
    r"\(([A-Z][A-Za-z.&]{1,9})\)"
)


def _bracket_aliases(text: str) -> dict[str, str]:
    """Short forms introduced in brackets: "Philippine Institute of Volcanology and Seismology
    (Phivolcs)" makes a later "Phivolcs" that institute."""
    out: dict[str, str] = {}
    for m in _BRACKET_ALIAS.finditer(text):
        full = _canonical(m.group(1))
        if len(full.split()) >= 2:
            out.setdefault(m.group(2), full)
    return out


def _full_from_text(text: str, short: str, pos: int) -> str:
    """A bare surname's full form from its last earlier mention in the text ("Hotak" after
    "Sharif Hotak, of the provincial council, described ..."), so that a party first named
    outside any attribution is still one party. Titles are left out."""
    lo = max(0, pos - 5000)
    matcher = _NameMatcher((short,))
    end = pos
    while end > lo:
        i = matcher.last(text, lo, end)
        if i < 0:
            break
        end = i
        if i + len(short) < len(text) and text[i + len(short)] in "’'-":
            continue
        m = _LEFT_NAME.search(text, max(0, i - 80), i)
        if m is None:
            continue
        first = [w for w in m.group(1).split() if w.lower().strip(".") not in _TITLE_WORDS]
        first = [w for w in first if w.lower() not in _ORG_WORDS | _ROLE_WORDS | _CALENDAR]
        if first and first[0][:1].isupper():
            return " ".join(first) + " " + short
    return short


#: given names (and a particle) right before a surname
_LEFT_NAME = re.compile(r"((?:[A-Z][\w’'\-]+ ){1,2}(?:(?:bin|ibn|al|el|de|dela|van|von|da) )?)$")


class _NameMatcher:
    """The last whole-word occurrence of any of a name's aliases before a position.

    Why not a regex per name: every article brings new names, so compiled patterns are never
    reused and compiling them cost more than all the attribution rules together; ``rfind``
    with a word-boundary check does the same work without compiling."""

    __slots__ = ("aliases",)

    def __init__(self, aliases: tuple[str, ...]) -> None:
        self.aliases = tuple(a for a in aliases if a)

    def last(self, text: str, lo: int, hi: int) -> int:
        best = -1
        for a in self.aliases:
            end = hi
            while True:
                i = text.rfind(a, lo, end)
                if i < 0:
                    break
                j = i + len(a)
                if (i == 0 or not _wordish(text[i - 1])) and (
                    j >= len(text) or not _wordish(text[j])
                ):
                    best = max(best, i)
                    break
                end = i + len(a) - 1
        return best

    def search(self, text: str) -> bool:
        return self.last(text, 0, len(text)) >= 0


def _wordish(c: str) -> bool:
    return c.isalnum() or c == "_"


def _name_pattern(aliases: tuple[str, ...]) -> _NameMatcher:
    return _NameMatcher(aliases)


def _has_proper(s: str) -> bool:
    words = s.split()
    if words and re.match(r"(?:al|el|bin|ibn|van|von|de)-[A-Z]", words[0]):
        return True  # "al-Eryani"
    if words and words[0].lower() in _COMMON_SPEAKERS:
        # "Officials said" at a sentence start is no name; "Officials at the UN" names one
        return any(w[:1].isupper() for w in words[1:])
    return any(w[:1].isupper() for w in words[1:]) or (
        bool(s) and s[:1].isupper() and words[0].lower() not in _DETERMINERS | set(_PRONOUNS)
    )


def _last_mention(patterns: list[Any], text: str, pos: int, want: str) -> str | None:
    best = None
    best_pos = -1
    for canon, kind, pat in patterns:
        fits = want == kind or (want == "plural" and kind in {"org", "plural"})
        if not fits:
            continue
        last = pat.last(text, max(0, pos - 5000), pos)
        if last >= 0 and last > best_pos:
            best, best_pos = canon, last
    return best


# --------------------------------------------------------------------------- stance


def _set_stance(doc: _Doc, f: _Finding, all_findings: list[_Finding]) -> None:
    text = doc.text
    content = " ".join(text[a:b] for a, b in f.content)
    if f.agentless:
        f.stance = "hedge"
        return
    if f.lemma in DENY_LEMMAS:
        f.stance = "deny"
        return
    others = {
        g.speaker_resolved
        for g in all_findings
        if g.speaker_resolved and g.speaker_resolved != f.speaker_resolved
    }
    target = None
    for name in sorted(others, key=len, reverse=True):
        if _name_pattern((name,)).search(content):
            target = name
            break
    if f.lemma in DISPUTE_LEMMAS:
        f.stance, f.stance_target = "dispute", target
        return
    if f.lemma == "claim" and (
        f.claims_act or re.match(r"\W*(?:full\s+)?(?:responsibility|credit)\b", content)
    ):
        f.stance = "assert"  # "claimed responsibility" is an idiom, not distancing
        return
    if f.lemma in HEDGE_LEMMAS or f.hedged:
        f.stance = "hedge"
        return
    if f.lemma in REPORT_LEMMAS:
        f.stance = "report"
        return
    contradicts = bool(_CONTRADICTION.search(content))
    # "They continue to hit targets that are not IS": a negated claim about another party
    # (not when "they" can be the speaker itself: "the agency confirmed they were not ...")
    other_subject = any(
        re.match(r"\W*(?:they|their)\b", text[a:b], re.IGNORECASE) and _NEGATION.search(text[a:b])
        for a, b in f.content
    ) and not (f.speaker is not None and _agrees("they", text[f.speaker[0] : f.speaker[1]]))
    if (contradicts and (target or f.speaker)) or other_subject:
        f.stance = "dispute"
        if target is None and other_subject:
            target = _last_mention(
                [(n, "org", _name_pattern((n,))) for n in others],
                text,
                f.cue[0],
                "org",
            )
        f.stance_target = target
        return
    f.stance = "assert"


# --------------------------------------------------------------------------- public


COLUMNS: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "text": "str",
    "kind": "str",
    "speaker": "str",
    "speaker_start": "Int64",
    "speaker_end": "Int64",
    "speaker_resolved": "str",
    "cue": "str",
    "cue_lemma": "str",
    "cue_start": "int64",
    "cue_end": "int64",
    "content": "str",
    "content_start": "int64",
    "content_end": "int64",
    "content_spans": "object",
    "form": "str",
    "stance": "str",
    "stance_target": "str",
}


def _form(text: str, parts: list[tuple[int, int]]) -> str:
    quoted = 0
    unquoted = False
    for a, b in parts:
        seg = text[a:b]
        if seg[:1] in OPEN_QUOTES and seg[-1:] in CLOSE_QUOTES + "”":
            inner = re.sub(r"\n\s*[“\"«„]", "\n", seg[1:-1])  # paragraph-continued quote
            if not _QUOTE_CHAR_RE.search(inner):
                quoted += 1
                continue
        if _QUOTE_CHAR_RE.search(seg):
            return "mixed"
        unquoted = True
    if quoted and unquoted:
        return "mixed"
    return "direct" if quoted else "indirect"


def find_attributions(text: str) -> list[dict[str, Any]]:
    """Every attribution and unattributed hedge in ``text``, as plain dicts.

    Never raises: any text (empty, binary junk, unbalanced quotes) gives a list, possibly
    empty. Offsets are into ``text``, end exclusive.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        found = _find(text)
    except Exception:  # pragma: no cover - defensive: a rule bug must not lose the article
        return []
    rows: list[dict[str, Any]] = []
    for f in found:
        parts = sorted({(a, b) for a, b in f.content if 0 <= a < b <= len(text)})
        if not parts:
            continue
        spans = [parts[0][0], parts[-1][1], f.cue[0], f.cue[1]]
        if f.speaker:
            spans += [f.speaker[0], f.speaker[1]]
        start, end = min(spans), max(spans)
        rows.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "kind": "hedge" if f.speaker is None else "attribution",
                "speaker": text[f.speaker[0] : f.speaker[1]] if f.speaker else None,
                "speaker_start": f.speaker[0] if f.speaker else None,
                "speaker_end": f.speaker[1] if f.speaker else None,
                "speaker_resolved": f.speaker_resolved,
                "cue": text[f.cue[0] : f.cue[1]],
                "cue_lemma": f.lemma,
                "cue_start": f.cue[0],
                "cue_end": f.cue[1],
                "content": " … ".join(text[a:b] for a, b in parts),
                "content_start": parts[0][0],
                "content_end": parts[-1][1],
                "content_spans": [[a, b] for a, b in parts],
                "form": _form(text, parts),
                "stance": f.stance,
                "stance_target": f.stance_target,
            }
        )
    return rows


def iter_parties(rows: list[dict[str, Any]]) -> Iterator[str]:
    """The parties that appear as speakers (resolved names, first appearance order)."""
    seen: set[str] = set()
    for r in rows:
        name = r.get("speaker_resolved")
        if name and name not in seen:
            seen.add(name)
            yield name
