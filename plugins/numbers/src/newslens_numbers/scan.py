"""The scan: one regex finds number cores, and the scanner hands each to the jobs.

Why a class with mixins: one pass over one article keeps a cursor (``last_end``) and a few
facts read on the way (a code's scale, a title's end, a table's labels); the rules of each job
are methods that read them, kept in the job's own module (:mod:`names`, :mod:`vague`,
:mod:`ordinals`, :mod:`unit_reading`, :mod:`ranges`, :mod:`rates`, :mod:`finding`) and
joined here. The copy the scanner reads has the same offsets as the original (soft line
breaks, no-break spaces, entities and mojibake replaced in place).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from newslens.sentences import paragraphs
from newslens_numbers.common import _CURRENCY_ENTITY, _NUMBER_BEFORE, _PERIOD_AFTER, _THIRD_FIXED
from newslens_numbers.finding import FindingRules
from newslens_numbers.fixed_phrases import article_fraction_ranks
from newslens_numbers.lower_tables import table_breaks
from newslens_numbers.names import NameRules, rugby_story
from newslens_numbers.ordinals import OrdinalRules
from newslens_numbers.patterns import (
    _AND_ONES_END,
    _FRACTION_WORD_AFTER,
    _GROUP_SEPARATORS,
    _MOJIBAKE,
    _NO_BREAK,
    _ORDINAL_AFTER_WORDS,
    _POINT_DECIMALS,
    _POINT_TENS,
    _SOFT_BREAK,
    _SOFT_BREAK_BARE,
    FRACTION_DENOMS,
    MONTHS,
    ONES,
    ORDINAL_WORDS,
    SCALE_ORDINALS,
    SCANNER,
    STOP,
    TENS,
    WORD_SCALES,
)
from newslens_numbers.ranges import RangeRules
from newslens_numbers.rates import RateRules
from newslens_numbers.unit_reading import UnitRules
from newslens_numbers.units import CURRENCY_CODES
from newslens_numbers.vague import VagueRules
from newslens_numbers.words import _decimals, _prev_word, counted_noun, parse_number_words

#: a hyphenated modifier and a noun after "a third" ("a third long-term contract", "a fifth
#: 10-day trip"): group 1 ends the modifier, where the counted noun is looked for
_SIZED_NOUN_AFTER = re.compile(r"[ \t]+((?:\d+|[a-z]+)(?:-[a-z]+)+)[ \t]+(?=[a-z])")

#: a word after "to a second" that makes "second" an ordinal before its noun ("moved to a second
#: plant", "according to a second source", "to a second or third person"), not a second of
#: time ("accurate to a second", "within a second of", "to a second or two", "a second later")
_ORDINAL_SECOND_NOUN = re.compile(
    r"[ \t\n]+(?:or[ \t]+(?:third|fourth|fifth)\b|(?!(?:of|or|and|to|in|on|at|by|for|with|than"
    r"|later|earlier|ago|faster|slower|longer|before|after|per|a|an|the)\b)[a-z][a-z-]+\b)"
)

# nouns whose "number N" is an id, not a rank ("employee number 47", "shirt number 10")
_ID_NUMBER_NOUNS = frozenset(
    (
        "employee",
        "shirt",
        "jersey",
        "squad",
        "seat",
        "room",
        "flight",
        "bus",
        "route",
        "badge",
        "locker",
        "platform",
        "gate",
        "case",
        "file",
        "serial",
        "catalogue",
        "catalog",
        "account",
        "member",
        "prisoner",
        "patient",
        "contestant",
        "bib",
        "car",
        "house",
        "plot",
    )
)
_PERIOD_HALF_HOUR = frozenset(("first", "second", "final", "last", "opening", "closing", "next"))
# a series titled by a number: "fresh episodes of 24", "an episode of 24 was"; not "episodes of 24
# minutes", "an episode of 30 seconds", "episodes of 12 shows"
# round twenty-four: a work's kind before the number titles it too ("the US drama 24, which",
# "this series of 24 based on", "a remake of 10 starring"; not "a series of 24 matches", "the
# drama 24 hours", "a sequel of 90 minutes")
_EPISODES_OF_BEFORE = re.compile(
    r"\b(?:(?i:episodes?|series|seasons?|remake|sequel)[ \t]+of"
    r"|(?i:drama|sitcom|thriller|series))[ \t]+$"
)
#: the last words of ``_EPISODES_OF_BEFORE``'s matches, in lower case
_EPISODE_ENDINGS = ("of", "drama", "sitcom", "thriller", "series")


def _episode_word_before(text: str, s: int) -> bool:
    """False where ``_EPISODES_OF_BEFORE`` cannot match before ``s``: the blanks before the
    figure (a line break after them too, which its "$" allows) follow none of its last words.
    Two C calls on a short slice instead of a search at each of its positions, at nearly every
    figure (round fifty-six). Non-ASCII slices go to the pattern (its case-insensitive words
    take the long s for "s")."""
    before = text[max(0, s - 16) : s]
    return not before.isascii() or before.rstrip(" \t\n").lower().endswith(_EPISODE_ENDINGS)


_EPISODE_COUNTED_AFTER = re.compile(
    r"[ \t]*(?:-|%|\.\d)|[ \t]+(?!(?:was|is|has|as|its|this|were|are|which|that|who|based|"
    r"starring|taking|will|would|had|being)\b)[a-z]+\b"
)
# a digit glued by a hyphen to a capitalised number word: a brand ("7-Eleven", "4-Seven")
_DIGIT_WORD_BRAND = re.compile(
    r"-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred)"
    r"(?![A-Za-z-])"
)

MAX_DIGITS = 24  # longer digit runs are ids, hashes or junk, not quantities
_FOLD_WORD = re.compile(r"\b((?i:[a-z]+-?))fold\b")
# a team position named by its number: the shirt after it, a verb of playing a position before
#: "of" after a scale ordinal: "one-hundredth of a second" is a fraction (round fifty-three)
_OF_AFTER = re.compile(r"[ \t]+(?i:of)\b")
_SHIRT_AFTER = re.compile(r"[ \t]+(?i:shirts?|jerseys?)\b")
# a grain's grade said in words, a name as "No. 2 yellow corn" is (round seventy-seven): "number
# two yellow corn", "number three corn", "number one and two oats", "barley of grade U.S. number
# one", "number four or better"; not a rank ("number two maker of chips", "the number two wheat
# exporter")
_GRADE_AFTER = re.compile(
    r"(?:[ \t\n]+and[ \t\n]+(?:one|two|three|four|five|[1-5]))?[ \t\n]+"
    r"(?:or[ \t\n]+better|grade"
    r"|(?:(?:soft|hard|yellow|red|white|northern|dark|heavy|western|winter|spring|amber|feed|"
    r"malting)[ \t\n]+){0,4}"
    r"(?:corn|wheat|sorghum|barley|oats|rye|soybeans?|soya|milo|rapeseed|canola|flaxseed|durum)"
    r"\b(?![ \t\n]+(?:exporter|importer|producer|grower|supplier|buyer|seller|market|trader|"
    r"processor|consumer|shipper)s?\b))\b"
)
_GRADE_BEFORE = re.compile(r"\bgrade[ \t\n]+(?:U\.S\.[ \t\n]+)?$")
# the same grade capitalised, read only before a grade's words ("Corn (Number three grade)" in a
# basis table, "Number two yellow corn" opening a sentence): the lead's decision 1 on round
# seventy-seven; a capitalised "Number" is no rank here ("Number two U.S. roaster" stays as it was)
_CAP_NUMBER_BEFORE = re.compile(r"\bNumber[ \t]+$")
# a player's name after the position ("Wales number eight Jo Bloggs"): a given name and a surname
_PLAYER_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+(?:[A-Z]['’]?)?[A-Z][a-z]+\b")
# a player named before "and number eight Sam Jones": a team position, a given name and a
# surname ("centre Jo Bloggs and"; not a tennis rank, "beat Anna Smith and number four")
_PLAYER_BEFORE_AND = re.compile(
    r"\b(?:centre|center|wing|winger|prop|hooker|lock|flanker|scrum-half|fly-half|full-back|"
    r"fullback|half-back|back-rower|striker|midfielder|defender|goalkeeper|keeper|forward|"
    r"captain)[ \t]+[A-Z][a-z]+[ \t]+(?:[A-Z]['’]?)?[A-Z][a-z]+[ \t]+and[ \t]+$"
)
# what a rank is of ("world number one Jo Bloggs", "former number one"): no team's position
_RANK_SCOPES = frozenset(("world", "national", "british", "european", "former", "seeded"))


def _team_before(text: str, at: int) -> bool:
    """Whether a team stands before "number" at ``at``: a capitalised name ("Wales number
    eight") or a possessive ("the club's number eight"), not a rank's scope ("World number
    one") nor a function word opening the sentence ("The number one ...")."""
    if text[max(0, at - 30) : at].rstrip(" \t").endswith(("'s", "’s")):
        return True
    word = _prev_word(text, at)
    low = word.lower()
    if low == "and":  # "centre Jo Bloggs and number eight Sam Jones": a list of a team's players
        return _PLAYER_BEFORE_AND.search(text, max(0, at - 60), at) is not None
    return word[:1].isupper() and low not in _RANK_SCOPES and low not in STOP


_PLAYED_AT_BEFORE = re.compile(
    r"\b(?i:play(?:s|ed|ing)?|start(?:s|ed|ing)?|selected|picked|chosen|recalled)[ \t]+at[ \t]+"
    r"number[ \t]+$"
)
# after "the last/latter half": the period it is of (round twenty), not "the last half hour"
#: "six-figure", "seven-figure": a size in digits ("a six-figure salary"), not "the figures"
#: (not before a scale, "four-figure thousands": a size of the thousands, left as it was)
_N_FIGURE_AFTER = re.compile(
    r"-figure\b(?!-)(?![ \t]+(?i:hundreds|thousands|millions|billions|sums?[ \t]+of)\b)"
)
_LAST_HALF_AFTER = re.compile(
    r"[ \t\n]+(?:of[ \t\n]+(?:(?:the|this|next|last|fiscal|its|their)[ \t\n]+)?"
    r"(?:\d{4}\b|(?i:year|season|decade|century|month|quarter|week|day|match|game|period)\b|"
    r"(?:" + MONTHS + r")\b)|(?:" + MONTHS + r")\b)|[ \t]*(?:[.,;:)]|$)"
)
#: a numbered part of a law, a treaty or a code named in lower case ("section 14 of its licence",
#: "chapter 11", "article 7", "rule 209"): the number names it (round twenty)
_DIVISION_NOUNS = frozenset(
    ("section", "subsection", "article", "clause", "chapter", "paragraph", "rule", "schedule",
     "annex", "appendix")
)  # fmt: skip
#: what may follow such a number when it is a figure after all ("its top section 40 pct of seats",
#: "the rule 10 people follow": a count of a plural)
_NOT_DIVISION_AFTER = re.compile(
    r"[ \t]*(?:%|(?i:pct|per|percent)\b|-)"
    r"|[ \t]+(?:(?!(?:is|was|has|as|its|this|plus|us|thus)\b)[a-z]+s|people|men|women|children)\b"
)
_TOKEN_RUN = re.compile(r"[\w.,/:-]*")


def _soft_breaks(text: str) -> str:
    """A line break inside a sentence read as a space (its blanks too, one for one). With no
    blank before any line break in the text the match is the break alone, and the pattern that
    opens with it finds the same ones in a fraction of the time (wire copy wraps every line)."""
    if " \n" in text or "\t\n" in text:
        # round forty-seven: the blanks before the break become blanks too, one for one (a
        # single space for them all shortened the copy, and every finding after it in the
        # story pointed that many characters early: a wire table's trailing blanks)
        return _SOFT_BREAK.sub(_blanks, text)
    return _SOFT_BREAK_BARE.sub(" ", text)


def _blanks(m: re.Match[str]) -> str:
    """As many spaces as the match is long: the scanner's copy keeps the text's length."""
    return " " * (m.end() - m.start())


_ENTITY_SIGNS = {"163": "£", "xa3": "£", "pound": "£", "8364": "€", "x20ac": "€", "euro": "€",
                 "165": "¥", "yen": "¥", "36": "$"}  # fmt: skip


def _entity_symbol(m: re.Match[str]) -> str:
    """The sign of a currency entity, right-aligned in blanks of the entity's length."""
    sign = _ENTITY_SIGNS[m.group()[1:-1].lstrip("#").lower()]
    return " " * (len(m.group()) - 1) + sign


# round twenty-nine: "nil" on either side of "vs"/"versus" in a results line; not after "or"
# ("a charge of 63,000 dlrs or nil": a per-share figure the line does not name), not a score.
# The literal opens the pattern and the look-behinds end with it (the same checks, three
# characters later): the engine then jumps from "nil" to "nil" instead of trying three
# look-behinds at every position (round fifty-six; the matches are the same).
_WIRE_NIL = re.compile(
    r"nil(?:(?<![\w-]nil)(?<!\bor nil)(?=[ \t\n]+(?:vs|versus)\b)"
    r"|(?<=\b(?:vs|VS) nil)\b(?!-)|(?<=\bversus nil)\b(?!-))"
)


class _Scanner(NameRules, VagueRules, OrdinalRules, UnitRules, RangeRules, RateRules, FindingRules):
    """One pass over one article; keeps the cursor so consumed spans are never re-read."""

    def __init__(self, text: str) -> None:
        # Scan a copy where a line break inside a sentence ("15.6\nbillion", wrapped wire copy)
        # reads as a space; same length, so every offset still points into the original.
        self.original = text
        if "\n" in text:
            text = _soft_breaks(text)
            # hard-wrapped wire copy: a line break inside a paragraph of the core split is a wrap
            parts, last = [], 0
            for a, b in paragraphs(self.original):
                parts += [text[last:a], text[a:b].replace("\n", " ")]
                last = b
            text = "".join(parts) + text[last:]
            # a wire table set in lower case keeps its line breaks, as a capitalised one does
            # (round eighty-two, the lead's decision 1 on round eighty)
            if "vs" in text and (
                keep := [i for i in table_breaks(self.original) if text[i] != "\n"]
            ):
                chars = list(text)
                for i in keep:
                    chars[i] = "\n"
                text = "".join(chars)
        # a no-break space ("75\u00a0m") is a space to every rule below; same length again
        text = text.translate(_NO_BREAK) if "\u00a0" in text or "\u202f" in text else text
        if "Â" in text or "â‚¬" in text:  # mojibake: same length again
            text = _MOJIBAKE.sub(" ", text).replace("â‚¬", "  €")
        if "&" in text and (";" in text):  # "&#163;1.8m": an HTML entity left in scraped copy
            text = _CURRENCY_ENTITY.sub(_entity_symbol, text)
        # round twenty-nine: a results line's "nil" beside "vs" is a zero ("Tax 4.1 mln vs
        # nil", "Shr nil vs 3 cts"), read as the digit so the line's rules give it the unit
        # of its other side; "0  " keeps the length, and ``add`` widens the span to the word
        self.nil_at: frozenset[int] = frozenset()
        if "nil" in text:
            nils = [m.start() for m in _WIRE_NIL.finditer(text)]
            if nils:
                chars = list(text)
                for a in nils:
                    chars[a : a + 3] = "0  "
                text, self.nil_at = "".join(chars), frozenset(nils)
        self.text = text
        # a quake's size may be a bare figure ("6.1 on the Richter scale"): read only here
        self.quake_text = "Richter" in text or "agnitude" in text
        # Words a pattern asked at every figure needs, looked for once a text (round
        # fifty-eight): where the text lacks them the pattern cannot match at any figure, and
        # the figure skips it. Case-insensitive words are looked for in the lower-cased text,
        # and only in an ASCII one (beyond ASCII the engine's case folding takes some letters
        # for ASCII ones, the long s and the Kelvin sign, so the pattern always runs there)
        low = text.lower() if text.isascii() else None
        self.says_magnitude = low is None or "magnitude" in low  # _MAGNITUDE_BEFORE, _AFTER
        self.says_dozens = low is None or "doz" in low or "dzs" in low  # _DOZENS_AFTER
        self.says_era = "AD" in text or "A.D" in text or "BC" in text or "B.C" in text  # _ERA_AFTER
        self.says_number = "number" in text  # _NUMBER_BEFORE
        self.says_cap_number = "Number" in text  # _CAP_NUMBER_BEFORE
        self.says_mark = "mark" in text  # _MARKS_AFTER, _MARK_ATTRIBUTIVE
        self.has_currency_sign = "$" in text or low is None  # _CURRENCY_AFTER_SYMBOL
        self.code_scale = 1.0  # "75 USD million": a scale written after the currency code
        self.last_end = 0  # end of the last finding: a symbol before it is not ours
        self.resume_at = 0  # a finding grown past its figure's reading ("a week or two")
        self.n = len(text)
        self.findings: list[dict[str, Any]] = []
        self.labelled: dict[int, bool] = {}  # line start: does a table row's label open it
        self.title_end = -1  # end of a title opened by a number ("17 Waiting for 40"): its numbers

    # ---------------------------------------------------------------- number cores

    def core_at(self, m: re.Match[str]) -> tuple[float, int, int, str, int] | None:
        """(value, start, end, form, decimals) for a scanner match, or None when not a number."""
        g = m.lastgroup
        s, e = m.start(), m.end()
        raw = m.group()
        if g == "digits":
            # most cores are a bare run of digits: nothing to drop, no translate (and one
            # translate, not two, where separators stand: ``_float`` made its own)
            plain = raw if raw.isdigit() else raw.translate(_GROUP_SEPARATORS)
            if len(plain.replace(".", "")) > MAX_DIGITS:
                return None
            return float(plain), s, e, "digits", _decimals(raw)
        if g == "word":
            parsed = parse_number_words(raw)
            if parsed is None:
                return None
            value, length = parsed
            seg = raw[:length].rstrip(" \t-")
            tail = _AND_ONES_END.search(seg)
            if tail and _FRACTION_WORD_AFTER.match(self.text, s + len(seg)):
                # "five billion and three quarters": the fraction belongs to the whole number
                seg = seg[: tail.start()]
                parsed = parse_number_words(seg)
                if parsed is None:
                    return None
                value = parsed[0]
            return value, s, s + len(seg), "word", 0
        if g == "frac":
            low = raw.lower()
            if low in ("half", "quarter"):
                return (0.5 if low == "half" else 0.25), s, e, "frac", 0
            num_word, den_word = re.split(r"[ \t-]+", low, maxsplit=1)
            num = 1 if num_word in ("a", "an") else ONES[num_word]
            return num / FRACTION_DENOMS[den_word], s, e, "frac", 0
        if g == "vague":
            return 0.0, s, e, "vague", 0
        if g == "aunit":
            return 1.0, s + len(raw) - len(raw.split()[-1]), e, "aunit", 0
        if g == "ordw":
            low = re.sub(r"[ \t-]+", " ", raw.lower()).split()
            value = sum(TENS.get(w, 0) for w in low[:-1]) + ORDINAL_WORDS[low[-1]]
            return float(value), s, e, "ordw", 0
        return None

    # ---------------------------------------------------------------- the main loop

    def run(self) -> list[dict[str, Any]]:
        text = self.text
        pos = 0
        while pos < self.n:
            m = SCANNER.search(text, pos)
            if m is None:
                break
            pos = max(self.handle(m), m.start() + 1, self.resume_at)
        if "fold" in text:
            self.multipliers()
        if "alf-hour" in text:
            self.half_hours()
        return self.findings

    def half_hours(self) -> None:
        """'the half-hour show', 'led on the half-hour': half an hour, a duration (as "half an
        hour"; the developer files read it so; round twenty-two). Not "half-hourly"."""
        starts = [f["start"] for f in self.findings]
        for m in re.finditer(r"\b[Hh]alf-hour\b(?![-'’]|ly)", self.text):
            at = bisect.bisect_left(starts, m.start())
            if at > 0 and self.findings[at - 1]["end"] > m.start():
                continue
            if at < len(starts) and self.findings[at]["start"] < m.end():
                continue
            if _prev_word(self.text, m.start()).lower() in _PERIOD_HALF_HOUR:
                continue  # "in the first half-hour", "the final half-hour of trading": a period
            before = len(self.findings)
            self.add(m.start(), m.end(), 0.5, kind="duration", unit="h")
            if len(self.findings) > before:
                self.findings.insert(at, self.findings.pop())
                starts.insert(at, m.start())

    def multipliers(self) -> None:
        """'tenfold', 'a 10-fold rise': a multiplier, a count of times (as '10 times')."""
        for f in self.findings:
            if f["noun"] == "fold" and f["kind"] == "count":
                f.update(quantity="times", noun="time")  # "10-fold": the scan read "fold"
        starts = [f["start"] for f in self.findings]
        for m in _FOLD_WORD.finditer(self.text):
            word = m.group(1).lower().rstrip("-")
            value = ONES.get(word) or TENS.get(word) or WORD_SCALES.get(word)
            if not value:
                continue
            at = bisect.bisect_left(starts, m.start())
            if at > 0 and self.findings[at - 1]["end"] > m.start():
                continue
            if at < len(starts) and self.findings[at]["start"] < m.end():
                continue
            before = len(self.findings)
            self.add(m.start(), m.end(), float(value), kind="count", quantity="times")
            if len(self.findings) > before:
                self.findings.insert(at, self.findings.pop())
                starts.insert(at, m.start())

    def skip_run(self, start: int) -> int:
        """End of the whole token the core sits in (for versions, ids, malformed numbers)."""
        m = _TOKEN_RUN.match(self.text, start, min(self.n, start + 200))
        end = m.end() if m else start + 1
        return max(end, start + 1)

    def handle(self, m: re.Match[str]) -> int:
        text = self.text
        core = self.core_at(m)
        if core is None:
            return self.skip_run(m.start()) if m.lastgroup == "digits" else m.end()
        value, s, e, form, decimals = core
        if form == "vague":
            return self.handle_vague(s, e)
        if (
            form in ("word", "digits")
            and text[e : e + 1] == "-"
            and (figure := _N_FIGURE_AFTER.match(text, e, min(self.n, e + 30)))
            and value == int(value)
            and 3 <= value <= 12
        ):
            # "a six-figure salary", "a seven-figure sum": a vague size of so many digits, no
            # unit and nothing counted (fresh28's reading, as "multi-million" with no currency)
            self.add(s, figure.end(), 10 ** (value - 1), kind="count",
                     high=10**value - 1, modifier="vague")  # fmt: skip
            return figure.end()
        if form == "ordw":
            return self.handle_word_ordinal(value, s, e)
        if (
            form == "frac"
            and text[s:e].lower() == "half"
            and _prev_word(text, s).lower() in ("last", "latter", "final")
            and _LAST_HALF_AFTER.match(text, e, min(self.n, e + 16))
        ):
            return e  # "the last half of 1988", "latter half of August": a period, as "first half"
        if form == "frac" and value == 0.5:
            unit_word = re.search(r"\b([A-Za-z]{3,})[ \t]+and[ \t]+$", text[max(0, s - 24) : s])
            if unit_word is not None:  # "the past year and a half": one and a half years
                w_start = s - len(text[max(0, s - 24) : s]) + unit_word.start(1)
                info = self.unit_after(w_start)
                self.code_scale = 1.0
                if (
                    info
                    and info[1] == w_start + len(unit_word.group(1))
                    and info[2]
                    in (
                        "measure",
                        "duration",
                    )
                ):
                    self.add(w_start, e, 1.5, kind=info[2], unit=info[0])
                    return e
        if form == "frac" and re.fullmatch(
            r"(?i:an?[ \t]+(third|fourth|fifth|sixth|eighth|tenth))", text[s:e]
        ):
            word = re.search(r"[A-Za-z]+$", text[s:e]).group().lower()  # type: ignore[union-attr]
            nxt = re.match(r"[ \t]+([a-z]+)\b(?!-)", text[e : e + 30])
            if word == "third" and _THIRD_FIXED.match(text, e, min(self.n, e + 30)):
                return e  # "sold to a third party": someone outside a deal, no rank
            if article_fraction_ranks(text, e):
                # "a third Ranger was held", "a third in as many weeks": a rank (round 66)
                return self.handle_word_ordinal(ORDINAL_WORDS[word], e - len(word), e)
            sized = (
                None if nxt is not None else _SIZED_NOUN_AFTER.match(text, e, min(self.n, e + 40))
            )
            if sized is not None:
                # "a third long-term contract", "a fifth 10-day trip": a hyphenated modifier
                # before a noun, the ordinal of the noun (round fifty-nine); a fraction has "of"
                w_start = e - len(word)
                noun = counted_noun(text, sized.end(1), 1.0)
                if noun:
                    self.add(w_start, e, ORDINAL_WORDS[word], kind="ordinal", quantity=noun)
                    return e
            if nxt is not None and nxt.group(1) not in STOP:  # "a third week", "a fifth term"
                w_start = e - len(word)
                named = self.named_period(w_start, e)
                if named is not None:
                    return named  # "a third quarter loss": a period (round twenty-two)
                period = _PERIOD_AFTER.match(text, e, min(self.n, e + 40))
                self.add(w_start, e, ORDINAL_WORDS[word], kind="ordinal",
                         quantity=period.group(1).lower() if period  # "a third round replay"
                         else counted_noun(text, e, 1.0))  # fmt: skip
                return e
        if form == "aunit":
            info = self.unit_after(e)
            self.code_scale = 1.0
            # no unit: scan again from "a", which may start "a quarter" or "a thousand"
            if info is None or info[2] == "percent":
                return s
            if text[s - 4 : s - 1].lower() == "for" and (
                info[2] != "duration" or info[0] == "s" or text[info[1] : info[1] + 1] in "-'’"
            ):
                # "for a week" is a duration (round fifty-two); not "for a pound", "for a
                # second term", "for a year-on-year rise", "for an hour's parking" (a price's per)
                return s
            if (
                info[0] == "s"
                and text[info[1] - 6 : info[1]].lower() == "second"
                and _ORDINAL_SECOND_NOUN.match(text, info[1], min(self.n, info[1] + 24))
            ):
                return s  # "moved to a second plant": an ordinal, scanned again from "a"
            if not re.fullmatch(r"[ \t]+[A-Za-z][A-Za-z ]{2,}", text[e : info[1]]):
                return s  # "over a m": a one-letter symbol after "a" is no unit
        if form == "digits" and s > 0 and text[s - 1].isalpha():
            code = re.search(r"(?<![A-Za-z])([A-Z]{3}|R[Mps])$", text[max(0, s - 4) : s])
            if code is None or code.group(1) not in (*CURRENCY_CODES, "RM", "Rp", "Rs"):
                return self.skip_run(s)  # "ABC123", "COVID19": ids
        if form == "digits" and decimals and text[e : e + 1] == "/":
            quoted = self.bid_offer(value, s, e, decimals)
            if quoted is not None:
                return quoted
        if (
            form == "digits"
            and not decimals
            and _episode_word_before(text, s)
            and _EPISODES_OF_BEFORE.search(text, max(0, s - 16), s)
            and not _EPISODE_COUNTED_AFTER.match(text, e, min(self.n, e + 30))
        ):
            self.add(s, e, value, kind="name")  # "episodes of 24": a series' title (round 22)
            return e
        if (
            form == "digits"
            and text[e : e + 1] == "-"  # the pattern's first character
            and (brand := _DIGIT_WORD_BRAND.match(text, e, min(self.n, e + 12)))
        ):
            self.add(s, brand.end(), value, kind="name")  # "7-Eleven": a brand (round 22)
            return brand.end()
        if form == "digits":
            skip = self.excluded_digits(s, e, value, decimals)
            if skip is not None:
                return skip
        elif form == "word":
            window = min(self.n, e + 40)
            ordinal = _ORDINAL_AFTER_WORDS.match(text, e, window)
            if (
                ordinal is not None
                and value < 20
                and ordinal.group(1).lower() not in SCALE_ORDINALS
                and not ordinal.group().strip().startswith("-")
            ):
                # "took one second": a unit; "three first-half goals", "two first rounds": a count
                # and an ordinal of the noun; only a tens word compounds ("twenty-second")
                if ordinal.group(1).lower() == "second" and re.match(
                    r"-|[ \t]+hand\b", text[ordinal.end() : ordinal.end() + 6]
                ):  # "two second-half goals", "four second hand buses": no seconds
                    self.add(s, e, value, kind="count", quantity=counted_noun(text, e, value))
                    return e
                ordinal = None
            if ordinal is not None:
                word = ordinal.group(1).lower()
                step = ORDINAL_WORDS[word]
                if (
                    "-" in ordinal.group()
                    and 0 < ONES.get(text[s:e].lower(), 0) < 10
                    and (
                        step in TENS.values()
                        or (word in SCALE_ORDINALS and _OF_AFTER.match(text, ordinal.end()))
                    )
                ):
                    # "one-twentieth of the cost": no ordinal joins a ones word to a tens
                    # ordinal ("twenty-first" is tens then ones), so a fraction; "one-hundredth
                    # of a second" too, but "his one-hundredth match" ranks and stays
                    self.add(s, ordinal.end(), value / step, kind="fraction")
                    return ordinal.end()
                total = value * step if word in SCALE_ORDINALS else value + step
                end = ordinal.end()
                if text[s:e].lower() in TENS and word not in SCALE_ORDINALS:
                    # "twenty-first": a period it names ("in its thirty-second year,"), a
                    # century (a date part), else an ordinal with the noun it ranks
                    named = self.named_period(s, end)
                    if named is not None:
                        return named
                    if re.match(r"[ \t-]+(?i:century|centuries)\b", text[end : end + 14]):
                        return end
                    self.add(s, end, total, kind="ordinal", quantity=counted_noun(text, end, 1.0))
                    return end
                self.add(s, end, total, kind="ordinal")
                return end
            point = _POINT_DECIMALS.match(text, e, window)
            tens = None if point is not None else _POINT_TENS.match(text, e, window)
            if tens is not None:  # "two hundred point seventy-one": 200.71
                digits = str(int(parse_number_words(tens.group(1))[0]))  # type: ignore[index]
                value, decimals, e = float(f"{int(value)}.{digits}"), len(digits), tens.end()
            if point is not None:
                digits = "".join(
                    str(ONES[w]) for w in re.findall(r"[a-z]+", point.group(1).lower())
                )
                value = float(f"{int(value)}.{digits}")
                decimals = len(digits)
                e = point.end()
            if (
                _prev_word(text, s) == "round"
                and float(value).is_integer()
                and 0 < value <= 30
                and not decimals
            ):  # "went out in round one": a number labelling the noun before it, like
                # "Game 2" (decision 3): a name, kept but no figure
                self.add(s, e, value, kind="name")
                return e
            if not self.word_number_ok(s, e, value):
                return e
        if (
            form == "word"
            and text[s : s + 1].isupper()
            and re.match(r"[ \t]+[A-Z][a-z]", text[e : e + 4])
            # a bare capitalised scale word is no quantity anywhere, a sentence's start too:
            # "Million Dollar Baby opens in March" (a count says "A million ...")
            and (
                text[s:e] in ("Hundred", "Thousand", "Million", "Billion")
                or self.in_name(s, e, form)
            )
        ):
            self.add(s, e, value, kind="name")  # "Million Dollar Baby", "Three Kings Day"
            return e
        if form in ("digits", "word"):
            ratio = self.ratio(value, s, e)
            if ratio is not None:
                return ratio
            if (
                _prev_word(text, s) in _DIVISION_NOUNS
                and float(value).is_integer()
                and not decimals
                and not _NOT_DIVISION_AFTER.match(text, e, min(self.n, e + 12))
            ):
                # "broke section 14 of its licence", "under chapter 11", "invoked article 7":
                # a law's or a code's numbered part, a name as "Section 1110" is (round twenty)
                self.add(s, e, value, kind="name")
                return e
            if (
                value == 8
                and form == "word"
                and text[max(0, s - 7) : s] in ("number ", "Number ")
                and rugby_story(text)
            ):
                # "the 23-year-old number eight", "Number eight Jones out": a rugby
                # position, a name as "plays at number eight" is (round seventy-two)
                self.add(s - 7, e, value, kind="name")
                return e
            ranked = self.says_number and _NUMBER_BEFORE.search(text[max(0, s - 10) : s])
            if ranked and (
                _prev_word(text, s - len(ranked.group())).lower() in _ID_NUMBER_NOUNS
                or _SHIRT_AFTER.match(text, e, min(self.n, e + 12))
                or _PLAYED_AT_BEFORE.search(text, max(0, s - len(ranked.group()) - 30), s)
                or (
                    _PLAYER_NAME_AFTER.match(text, e, min(self.n, e + 40))
                    and _team_before(text, s - len(ranked.group()))
                )
                or (
                    # "the Leinster number 10 slotted three penalties": the player in that position
                    value <= 15
                    and re.match(r"[ \t]+[a-z]{3,}ed\b", text[e : e + 20])
                    and _team_before(text, s - len(ranked.group()))
                    and _prev_word(text, s - len(ranked.group())).lower() not in STOP
                )
            ):
                # "joined as employee number 47", "his shirt number 10": an id, no rank; a
                # position in a team named by its number ("the number 10 shirt", "plays at
                # number eight"): a name, like "Game 2" (the lead's decision on round ten)
                self.add(s - len(ranked.group()), e, value, kind="name")
                return e
            graded = ranked or (
                self.says_cap_number and _CAP_NUMBER_BEFORE.search(text[max(0, s - 10) : s])
            )
            if (
                graded
                and value <= 5
                and (
                    _GRADE_AFTER.match(text, e, min(self.n, e + 60))
                    or _GRADE_BEFORE.search(
                        text, max(0, s - len(graded.group()) - 12), s - len(graded.group())
                    )
                )
            ):
                # "number two yellow corn", "of grade U.S. number one", "number four or better": a
                # grain's grade, a name as "No. 2 yellow corn" is (round seventy-seven); said
                # "(Number three grade)" in a basis table too (round seventy-eight)
                self.add(s - len(graded.group()), e, value, kind="name")
                return e
            if ranked and float(value).is_integer() and 0 < value <= 200 and not decimals:
                start = s - len(ranked.group())  # "the world number one", "number four in the US"
                # "number one of the chart", "the world number one's coach": no noun
                owned = re.match(r"(?:['’]s\b|[ \t]+of\b)", text[e : e + 4])
                # "world number three Ana Ruiz returns": a rank before a player's name
                named = re.match(r"[ \t]+[A-Z][a-z]", text[e : e + 4])
                noun = "" if owned or named else counted_noun(text, e, 1.0)
                self.add(start, e, value, kind="ordinal", quantity=noun)
                return e
        return self.build(value, s, e, form, decimals)
