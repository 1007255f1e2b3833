"""Ordinals: "third", "21st", "the second quarter": a rank, a period or a name.

Why apart: an ordinal is a rank of something, a date or time part ("the first quarter"), or
part of a name ("the Third World"); which one is read from the words around it, and none of
the unit rules apply.
"""

from __future__ import annotations

import re

from newslens_numbers.common import _NEXT_WORD, _PERIOD_AFTER, _THIRD_FIXED
from newslens_numbers.fixed_phrases import adverbial_first, first_time_compound
from newslens_numbers.patterns import (
    _MONTH_AFTER,
    _MONTH_BEFORE,
    _ORDINAL_SUFFIX,
    COMMON_VERBS,
    ORDINAL_WORDS,
    RANK_VERBS,
    SCALE_ORDINALS,
    STOP,
    _words,
)
from newslens_numbers.ranked_pairs import ranked_by_later, ranks_after_earlier
from newslens_numbers.ranked_places import ranked_place
from newslens_numbers.security_class import names_security_class
from newslens_numbers.words import _at_sentence_start, _prev_word, _verbish, counted_noun

# the part after a hyphen that makes an ordinal compound rank something, and the noun it
# ranks ("" : the noun after the compound, "the second-biggest bank")
_RANKED_PARTS = {
    **{w: w for w in ("quarter", "half", "round", "leg", "set", "seed", "term", "tier", "innings")},
    # "a sixth-place finish", "the third-place play-off": a place in a ranking (round twenty-two)
    "place": "place",
    "seeded": "seed",
    "placed": "",
    "ranked": "",
    "ranking": "",
}
# superlatives not in "-est" or too short for the ending test: "the third-worst drop", "his
# second-best score", "the fourth-most common" rank as "second-biggest" does (decision 7)
_SHORT_SUPERLATIVES = frozenset(("best", "worst", "least", "most"))


def _superlative(word: str) -> bool:
    """A superlative in "-est" ("biggest", "largest"), not a noun so spelt ("contest")."""
    return len(word) > 5 and word.endswith("est")


# nouns that end like a superlative: "the first contest", "a second request"
_EST_NOUNS = _words(
    "contest contests interest interests request requests harvest harvests forest forests "
    "protest protests inquest conquest manifest unrest behest"
)
# a cardinal right after an ordinal: "the first six months", "the first 50,000 people"
_CARDINAL_AFTER = re.compile(
    r"[ \t]+(?:[\d,.]+|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen))\b"
)

# the period an ordinal names (issue 17, decision 2): "the first quarter", "first-half profit",
# "4TH QTR", "the second half of 1987", "the third period" are date or time parts, no items;
# "a second quarter of growth", "the third quarter running" rank quarters and stay ordinals
_NAMED_PERIOD = re.compile(
    # "the first fiscal quarter": a reporting period named with its calendar
    # "its first reporting period": the same, named by what is reported (round twenty-two)
    r"[ \t]*-?[ \t]*(?:(?i:fiscal|financial|calendar|reporting)[ \t]+)?"
    r"(?i:quarter|qtr|half|period)\b"
    r"(?!-(?i:finals?|century|centuries|marathon|back|brother|sister)\b)"  # "first quarter-final"
)
_RANKED_PERIOD = re.compile(r"[ \t]+(?:in[ \t]+a[ \t]+row|running|straight)\b")
# the lead's decision on the twenty-ninth sample: a period ranked by what happened in it, "the
# first quarter since 1991 in which sales grew", "the best first half ever", "the first quarter
# that the bank lost money", is an ordinal of the period noun; not "the first quarter that
# ended March 31" (a calendar quarter named by its end), nor "in the second half when X
# scored" (a time clause after a named period: the pool's every such "when" read so, 5 of 5)
_SUPERLATIVES = frozenset(
    ("best", "worst", "strongest", "weakest", "biggest", "highest", "lowest", "busiest")
)  # "the best first quarter ever": a superlative's frame ranks the period too
_RANKING_CLAUSE = re.compile(
    r"[ \t]+(?:since|ever|in[ \t]+which|during[ \t]+which|that(?![ \t]+(?:ended|ends|end)\b))"
    r"\b"
)
# the period of an event an ordinal names (issue 17, "the Nth week of an event"): "the first
# week of its release", "the seventh week of a strike", "the second day of an offensive", "its
# first week on sale" are time parts, no items; "a third week of losses", "the fourth straight
# week", "a sixth night in a row", "her 1,417th day in charge" rank days or weeks and stay
_EVENT_PERIOD = re.compile(
    r"[ \t]+((?i:day|night|week|weekend|month|year)s?)"
    r"[ \t]+(?i:of|on[ \t]+(?:sale|release))\b"
)

# "the first year a regional art prize is being awarded", "the first year the company
# has made a profit": the same with a noun phrase as the subject (a determiner, up to six
# words, an auxiliary)
_EVENT_PERIOD_NP_CLAUSE = re.compile(
    r"[ \t]+((?i:day|night|week|weekend|month|year|season)s?)"
    r"[ \t]+(?:a|an|the|its|their|his|her)[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,6}?"
    r"(?:is|was|are|were|has|had|have|will|would|could|can)\b"
)
# "in its thirty-second year,": a possessive's period closing its phrase
_EVENT_PERIOD_OWN = re.compile(r"[ \t]+((?i:week|month|year|season)s?)(?=[ \t]*[,.;:!?)])")
# "the strike entered its third week": a period of what enters it
_EVENT_PERIOD_ANY = re.compile(
    r"[ \t]+((?i:day|night|week|weekend|month|year|season)s?)\b(?![-'’])"
)
# round seventy-one (the lead's decision 3 on round seventy's questions): an ordinal that says
# which period of a stay or a tenure it is, "his third year at the academy", "her second
# season with Chelsea", "the fifth day at the talks", places a time, as "the Nth week of an
# event" does: no item. A run at the top of a chart ("its third week at No 1", "at the top")
# ranks weeks and stays; after "with" only a name or a determined noun stays a tenure ("the
# first year with a surplus" ranks years)
_STAY_PERIOD = re.compile(
    r"[ \t]+((?i:day|week|month|year|season|term)s?)[ \t]+"
    r"(?:at[ \t]+(?!(?:the[ \t]+|[A-Z]{2,}[ \t]+)?(?i:top|peak|number|no\b|head)\b)"
    r"|with[ \t]+(?:(?:the|his|her|their|its)[ \t]+[A-Za-z]|[A-Z][a-z]))"
)
_STAY_OWNERS = frozenset(("the", "its", "their", "his", "her", "our", "my", "your"))
_ENTERS = frozenset(
    ("enter", "enters", "entered", "entering", "begin", "begins", "began", "beginning", "start",
     "starts", "started", "starting", "into", "reach", "reaches", "reached")
)  # fmt: skip
# "the first week he bought": the period of an event said by a relative clause
_EVENT_PERIOD_CLAUSE = re.compile(
    r"[ \t]+((?i:day|night|week|weekend|month|year)s?)"
    r"[ \t]+(?:he|she|it|they|we|I|you|He|She|It|They|We|You)[ \t]+[a-z]+\b"
)
_MATCH_MINUTE = re.compile(r"[ \t]*-?[ \t]*(?i:minute)\b(?![ \t]+(?:of[ \t]+)?silence\b)")

# capitalised words after a digit ordinal, up to a lower-case word or punctuation: the head
# is the last ("116th United States Congress")
_CAPITAL_RUN = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+)*[ \t]+([A-Z][a-z]{2,})(?=[ \t]*[.,;:!?)\"'”’]|[ \t]+[a-z]|$)"
)

# round sixty-five: a military unit right after the ordinal, before the name of the unit it
# belongs to ("the 3rd Battalion Royal Welsh Fusiliers", "the 4th Regiment Royal Artillery"):
# the ordinal ranks the unit, not the run's last word
_MILITARY_UNIT = re.compile(
    r"[ \t]+(Battalion|Regiment|Brigade|Division|Squadron|Fleet|Corps)[ \t]+[A-Z]"
)

# the names a capitalised ordinal opens: "First Minister", "the Third World" (but "the Second
# World War" ranks its war, and "the Ninth Meeting" its meeting)
_TITLE_AFTER = re.compile(
    r"[ \t]+(?:Minister|Lady|Lord|Secretary|Division|Avenue|Street|Republic|Reich|Estate|"
    r"World(?![ \t]+War))\b"
)

# football's "fourth official" (the match official beside the referee and his two assistants)
# names a post, as "First Minister" does, not the fourth of the officials: a name, as the
# thirty-ninth sample's annotator read it (round seventy); "the fourth official inquiry" ranks
_FOURTH_OFFICIAL = re.compile(
    r"[ \t]+official(?:[ \t]+[A-Z]|[ \t]*[,.;:)]|['’]s\b|[ \t]+(?:who|was|had|and|to|on|in|at)\b)"
)

# a capitalised ordinal opening a company's or a bank's name: "First Ridge Corp said", "First
# Coastal Federal Savings Bank of ...", "the First Prairie Bank of Tulsa"
_COMPANY_AFTER = re.compile(
    r"(?:[ \t\n]+(?:[A-Z][A-Za-z&'.-]*|of|and|&)){0,5}?[ \t\n]+(?:Corp|Corporation|Inc|"
    r"Incorporated|Co|Cos|Company|Ltd|Limited|Plc|PLC|Bank|Bancorp|Bancshares|Bankshares|Banc|"
    r"Savings|Federal|Financial|Group|Holding|Holdings|Trust|Association|Fund|Capital|"
    r"Securities|Partners|AG|SA|NV)\b"
)
#: past participles not in -ed that "first" stands before as an adverb ("was first broadcast")
_IRREGULAR_PARTICIPLES = _words(
    "broadcast shown seen made built written known held sold run set put taken given drawn "
    "found brought bought thought begun grown thrown sung sent spent won told heard read "
    "spotted laid paid led met struck sworn worn chosen driven ridden spoken stolen"
)
#: ordinals lexicalised with the noun after them (round twenty-seven): "train with the first
#: team", "first responders", "the second row" (rugby), "third countries" (trade), "second
#: hand" (a market's grade), "first aid"; not when the phrase ranks ("the first team to win")
_LEXICAL_ORDINALS = {
    "first": frozenset(("team", "responders", "responder", "aid", "lady")),
    "second": frozenset(("row", "hand", "nature", "thoughts", "fiddle")),
    "third": frozenset(("countries", "country")),
}
#: "third world" lexicalised, the developing countries ("third world nations", "debts of the
#: third world"); not when a ranked event or record follows ("his third world title", "the
#: third world war", round fifty-two)
_THIRD_WORLD = re.compile(
    r"[ \t]+world\b(?![-])(?![ \t]+(?:titles?|records?|championships?|cups?|crowns?|medals?"
    r"|wars?|rankings?|tours?|series|finals?|golds?|silvers?|bronzes?|heavyweight|number)\b)"
)
_RANK_GOES_ON = re.compile(r"(?![-'’])[ \t]+(?:to|since|ever|of|in[ \t]+history|for[ \t]+\d)\b")
# a verb after a title's number: "Halo 2 sells five million", "Spider-Man 2 breaks that rule"
# "first person shooter", "third person narrative": the grammatical person of a genre or a
# view written apart (as "first-person" is a compound), no rank ("the third person arrested")
_GRAMMATICAL_PERSON = re.compile(
    r"[ \t]+person[ \t]+(?i:shooters?|games?|view|viewpoint|perspective|narratives?|narrators?"
    r"|accounts?|singular|plural|camera|mode|voice|action)\b"
)


# round twenty-four: an ordinal that closes its phrase ("and fifth as", "and first since
# 1948", "in the second.", "and the third, 6-4"): a clause end, a preposition or a conjunction
_PARALLEL_ORDINAL_END = re.compile(
    r"[ \t]*(?:[,.;:)!?\n-]|$|(?:as|since|in|at|on|with|behind|after|before|for|by|while|when|"
    r"and|but|to|of)\b|\d)"
)
_TIME_AFTER_SECOND = frozenset(("later", "earlier", "ago", "faster", "slower", "longer", "or"))
# an ordinal before a capitalised name: the lower-case noun after it ("a first Premier League
# start", "a first Champions Cup title"), or a single capitalised noun that closes the
# phrase ("his second Oscar for", "a third Grammy in"); group 2 is the noun after the name
_NAME_THEN_NOUN = re.compile(
    r"[ \t]+(?:([A-Z][a-z]+)(?=[ \t]*(?:[,.;:]|(?:for|in|at|on|with|since|after|and|as)\b))"
    r"|((?:[A-Z][A-Za-z]*[ \t]+(?:(?:or|and|&)[ \t]+)?){1,4})"
    r"(?=(?!(?:of|the|to|in|on|at|by|for|with|and|or|from|as|is|was)\b)[a-z]))"
)


class OrdinalRules:
    """The scanner's reading of word and digit ordinals."""

    def handle_digit_ordinal(self, value: float, s: int, e: int) -> int:
        text = self.text
        suffix = _ORDINAL_SUFFIX.match(text, e, min(self.n, e + 3))
        end = suffix.end() if suffix else e
        window = min(self.n, end + 40)
        if _MONTH_AFTER.match(text, end, window) or _MONTH_BEFORE.search(text[max(0, s - 14) : s]):
            after = _MONTH_AFTER.match(text, end, window)
            return after.end() if after else end
        if re.match(r"[ \t-]+(?i:century|centuries)\b", text[end : end + 14]):
            return end  # "the 19th century": a date, the timeline's
        named = self.named_period(s, end)
        if named is not None:
            return named  # "4TH QTR NET", "the 2nd half": a period, the timeline's
        period = _PERIOD_AFTER.match(text, end, window)
        noun = period.group(1).lower() if period else counted_noun(text, end, 1.0)
        named = None if noun else _CAPITAL_RUN.match(text, end, window)
        if named is not None and not _MONTH_AFTER.match(text, end, window):
            # "the 100th Congress", "the 22nd Amendment", "the 116th United States Congress":
            # the ordinal ranks the capitalised noun after it (decision 7), the run's head
            noun = named.group(1)
        if noun and (unit := _MILITARY_UNIT.match(text, end, window)) is not None:
            noun = unit.group(1)  # "3rd Battalion Royal Welsh Fusiliers": the battalion
        if re.match(r"[ \t]+(?:QTR|Qtr|qtr)\b", text[end : end + 6]):
            noun = "quarter"  # wire copy's quarter, "4TH QTR NET", "the 2nd qtr"
        self.add(s, end, value, kind="ordinal", quantity=noun)
        return end

    def named_period(self, s: int, e: int) -> int | None:
        """The end of the period word when the ordinal at ``s:e`` names a period ("the first
        quarter", "first-half", "the second half of 1987", "the third period"), else None.

        Why: such an ordinal is a date or time part, like "30 September" (the annotation
        guide's decision 2): it ranks nothing a reader counts, and the timeline analysis owns
        it. Consuming the period word keeps "half" from being read as the fraction 0.5. An
        ordinal that ranks periods stays: "a sixth quarter of growth", "the third quarter in a
        row" (and "a sixth straight quarter", where the noun does not follow directly).
        Likewise a day, week, month or year of an event ("the seventh week of a strike", "its
        first week on sale"; the lead's decision on the Nth week of an event): a time part."""
        text = self.text
        minute = _MATCH_MINUTE.match(text, e, min(self.n, e + 12))
        if minute is not None and _prev_word(text, s).lower() in ("the", "a", "an"):
            # "in the 23rd minute", "a 90th-minute winner": a time in a match, as "the first
            # half" (fifteenth and eighteenth samples read it so; round twenty-two)
            return minute.end()
        event = _EVENT_PERIOD.match(text, e, min(self.n, e + 30))
        before = _prev_word(text, s).lower()
        if event is None and before == "the":
            event = _EVENT_PERIOD_CLAUSE.match(text, e, min(self.n, e + 40)) or (
                _EVENT_PERIOD_NP_CLAUSE.match(text, e, min(self.n, e + 90))
            )
        if event is None and before in ("its", "their", "his", "her", "our"):
            # "in its thirty-second year," (the phrase ends there): the festival's 21st
            # year, a period of it; "his 1,500th day in the post" ranks days and stays
            event = _EVENT_PERIOD_OWN.match(text, e, min(self.n, e + 20))
            if event is None and _prev_word(text, s - len(before) - 1).lower() in _ENTERS:
                # "a strike entered its third week and ...": a period of the event (the
                # fourth non-developer's reading; round twenty-seven)
                event = _EVENT_PERIOD_ANY.match(text, e, min(self.n, e + 20))
        if (
            event is None
            and before == "the"
            and _prev_word(text, s - 4).lower() in ("in", "during", "within", "over")
        ):
            # "fees waived in the first year.": a period of what the sentence plans, as the
            # developer files read it (round twenty-two); "for the third year." ranks
            event = _EVENT_PERIOD_OWN.match(text, e, min(self.n, e + 20))
        if event is None and before in _STAY_OWNERS:
            event = _STAY_PERIOD.match(text, e, min(len(text), e + 40))
        if event is not None and _prev_word(text, s).lower() not in ("a", "an"):
            # "the seventh week of a strike" names a period of the strike; "a third week of
            # losses" ranks weeks. The period word is consumed, "of" and the event are not
            return event.end(1)
        period = _NAMED_PERIOD.match(text, e, min(self.n, e + 30))
        if period is None:
            return None
        if "-" not in period.group() and _prev_word(text, s).lower() in ("a", "an"):
            head = re.match(r"[ \t]+([a-z]+)\b(?![-'’])", text[period.end() : period.end() + 20])
            if head is None or head.group(1) in STOP or head.group(1) in ("running", "straight"):
                return None  # "a second quarter of growth" ranks; "a second-half chance" names
            # "a third quarter loss": the compound written apart, a period (round twenty-two)
        if _RANKED_PERIOD.match(text, period.end(), min(self.n, period.end() + 12)):
            return None
        before = _prev_word(text, s).lower()
        if (
            before == "the" or (before in _SUPERLATIVES and _prev_word(text, s - len(before) - 1))
        ) and _RANKING_CLAUSE.match(text, period.end(), min(self.n, period.end() + 16)):
            return None  # "the first quarter since 1991 in which": it ranks quarters
        return period.end()

    def parallel_ordinal(self, s: int, e: int, prev: str, after: str) -> str | None:
        """The noun of an ordinal that closes its phrase after another ordinal of the sentence,
        which it parallels (round twenty-four): "finished fourth and fifth" (a place),
        "their second title - and first since 1990" and "lost the first set and won the
        second." all an ordinal with no noun, "" (the lead's decision 1 on the thirty-fifth
        sample: an ordinal takes a counted noun only where the noun is written with it, which
        reverses round twenty-four's decision 3, the earlier ordinal's noun);
        None when the word is no such ordinal ("first and foremost", "a second later", "the
        second half")."""
        if prev not in ("and", "or", "the") or not self.findings:
            return None
        last = self.findings[-1]
        if last["kind"] != "ordinal" or not 0 < s - last["end"] <= 80:
            return None
        gap = self.text[last["end"] : s]
        if re.search(r"[.!?;:]|\n\n", gap) or not re.search(r"\b(?:and|or)\b", gap):
            return None  # another sentence or clause; "the first ... the second" needs "and"
        if not _PARALLEL_ORDINAL_END.match(self.text, e, min(self.n, e + 20)):
            return None  # "and second-half goals", "and the second half": a noun follows
        if after.lower() in _TIME_AFTER_SECOND:
            return None  # "and a second later": time
        # "in the second." and "and first since 1990": an ordinal, its noun not written with
        # it (round fifty-nine; round twenty-five carried the earlier ordinal's noun)
        return ""

    def handle_word_ordinal(self, value: float, s: int, e: int) -> int:
        text = self.text
        window = min(self.n, e + 40)
        low = text[s:e].lower()
        prev = _prev_word(text, s).lower()
        if _MONTH_AFTER.match(text, e, window) or _MONTH_BEFORE.search(text[max(0, s - 14) : s]):
            return e
        if re.match(r"[ \t-]+(?i:century|centuries)\b", text[e : e + 14]):
            return e  # "the twenty-first century": a date, the timeline's (as "the 21st")
        if low in SCALE_ORDINALS and prev in ("a", "one"):  # "a hundredth": a fraction
            a_start = s - len(text[:s]) + len(text[:s].rstrip()) - len(prev)
            self.add(a_start, e, 1 / ORDINAL_WORDS[low], kind="fraction")
            return e
        cardinal = _CARDINAL_AFTER.match(text, e, window)
        if cardinal is not None and not cardinal.group().lstrip()[:1].isupper():  # "Six Nations"
            # "the first six months", "the first two years": a period, no rank; "the first
            # 50,000 people", "the first million sold": a count, and the ordinal ranks nothing
            return e
        named = self.named_period(s, e)
        if named is not None:
            return named  # "the first quarter", "first-half profit": a period, no rank
        if (
            text[s : s + 1].isupper()
            and not text[s:e].isupper()
            and (
                _TITLE_AFTER.match(text, e, window)
                or (
                    re.match(r"[ \t\n]+[A-Z]", text[e : e + 3])
                    and _COMPANY_AFTER.match(text, e, min(self.n, e + 90))
                )
            )
        ):
            self.add(s, e, value, kind="name")  # "First Minister", "First Boston Corp said"
            return e
        if low == "fourth" and _FOURTH_OFFICIAL.match(text, e, window) is not None:
            self.add(s, e, value, kind="name")  # "by fourth official Jan Ruiz": a post
            return e
        if low == "third" and _THIRD_FIXED.match(text, e, window) is not None:
            owned = re.search(r"['’]s?[ \t]+$", text[max(0, s - 4) : s])
            if prev not in ("the", "its", "their") and owned is None:
                return e  # "talks with third parties", "an independent third party": no rank
        if text[s:e] == "third" and _THIRD_WORLD.match(text, e, window):
            return e  # "third world nations", "the third world's debts": no rank
        if low in _LEXICAL_ORDINALS and (fixed := _NEXT_WORD.match(text, e, window)):
            nxt_word = fixed.group(1)
            if nxt_word in _LEXICAL_ORDINALS[low] and not _RANK_GOES_ON.match(
                text, fixed.end(), window
            ):
                return e  # "the first team on Tuesday", "third countries": a term, no rank
        if low == "first" and first_time_compound(text, e, prev):
            return e  # "many first time voters": the compound "first-time", no rank (round 69)
        if text[e : e + 1] in " \t\n" and names_security_class(text, e):
            return e  # "second lien notes", "first preference shares": a class, no rank
        if text[e : e + 1] == "-" and text[e + 1 : e + 2].isalpha():
            part = re.match(r"-([a-z]+)\b(?!-)", text[e : e + 20])
            word = part.group(1) if part else ""
            if word in _RANKED_PARTS or word in _SHORT_SUPERLATIVES or _superlative(word):
                # "second-leg", "fifth-seeded", "a second-ranking aide"; "second-biggest
                # bank" ranks "biggest", not the bank (decision 7), so no noun
                noun = _RANKED_PARTS.get(word, "")
                if word in _RANKED_PARTS and not noun:  # "a second-ranking aide"
                    noun = counted_noun(text, e + part.end(), 1.0)  # type: ignore[union-attr]
                self.add(s, e, value, kind="ordinal", quantity=noun)
                return e + part.end()  # type: ignore[union-attr]
            return e  # "first-time", "second-hand", "third-party": compounds that rank nothing
        nxt = re.match(r"[ \t]+([A-Za-z]+|\d)", text[e : e + 30])
        after = nxt.group(1) if nxt else ""
        # "an" only reaches here from "an eighth Lyon bank" (round sixty-six's capitalised rank)
        # "this third Potter film": a demonstrative determines as "the" does (round seventy);
        # not "that", which as often opens a clause ("noted that First City has ...")
        determiners = (
            "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "s", "this",
        )  # fmt: skip
        possessive = text[max(0, s - 3) : s].rstrip().endswith(("'s", "’s"))
        titled = _at_sentence_start(self.original, s) and re.match(r"[ \t]+[A-Z]", text[e : e + 3])
        ranked = prev in RANK_VERBS  # "she finished second", "came third"
        if prev == "seeded":
            ranked = True  # "the American, seeded eighth,": a draw's place (round 71)
        if not ranked and prev[:1].isalpha() and prev not in ("the", "a", "an"):
            ranked = ranked_place(text, s, e)  # "ranked Norway second", "with Lee in third"
        # "was second with $24m", "is third behind": a place in a ranking
        if prev in ("currently", "now", "still", "already", "only", "just", "lying", "sitting"):
            before = _prev_word(text, s - len(prev) - 1).lower() if s > len(prev) else ""
            if before in ("was", "is", "were", "are", "be", "been", "now"):
                prev = before  # "are currently sixth in the Premiership": the copula's place
        placed = prev in ("was", "is", "were", "are", "be", "been") and re.match(
            r"[ \t]*(?:[,.;]|(?:with|behind|in|on|at|after|place)\b)", text[e : e + 10]
        )
        # "the second most visited", "third largest"; "sixth place", "third quarter"
        superlative = after.lower() in ("most", "least", "seeded") or (
            len(after) > 5 and after.lower().endswith("est") and after.islower()
        )  # "by sixth seeded Russian": a seeding ranks like a superlative
        nounish = (
            after[:1].islower()
            and after.lower() not in STOP
            and after.lower() not in COMMON_VERBS
            and not _verbish(after)
            # "was first broadcast in 1978", "were first shown": the adverb before an irregular
            # participle, as before "elected" (round seventy-two)
            and not (low == "first" and after in _IRREGULAR_PARTICIPLES)
        )
        subject = prev in ("i", "he", "she", "we", "they", "you", "it", "who", "which", "that")
        parallel = self.parallel_ordinal(s, e, prev, after)
        if parallel is not None:  # "fourth and fifth", "the first set ... and the second."
            self.add(s, e, value, kind="ordinal", quantity=parallel)
            return e
        if adverbial_first(prev, low, after):
            return e  # "worse than first thought": the adverb "at first" (round sixty-six)
        if not (determiners.count(prev) or possessive or titled or ranked or placed) and (
            subject or not (superlative or nounish)
        ):
            if not (prev == "at" and low == "first") and (
                ranked_by_later(text, e, low) or ranks_after_earlier(text, s, e, low, self.findings)
            ):  # "closes first and the south mill second": a ranked pair (round 68)
                self.add(s, e, value, kind="ordinal", quantity="")
            return e  # adverbial "first" ("when I first read it"), "second" as time
        if after.lower() == "hand" and low in ("first", "second"):
            return e  # "second hand cocoa", "first hand": compounds written apart
        if after.lower() == "person" and _GRAMMATICAL_PERSON.match(text, e, window):
            return e  # "a first person shooter", "the third person view": a grammatical person
        noun = counted_noun(text, e, 1.0)
        named = None
        if not noun and after[:1].isupper() and (determiners.count(prev) or possessive):
            named = _NAME_THEN_NOUN.match(text, e, min(self.n, e + 60))
            if named is not None:  # "a first Six Nations start", "his second Oscar for"
                noun = (
                    counted_noun(text, named.end(2) - 1, 1.0) if named.group(2) else named.group(1)
                )
                if not noun:
                    named = None  # "the Second Chamber of Parliament": no noun after the name
        if superlative and not (noun.lower() == after.lower() and noun in _EST_NOUNS):
            # "the third largest bank": "third" ranks "largest", not the bank (decision 7: an
            # ordinal takes the noun it ranks only when that noun directly follows it)
            noun = ""
        if re.match(r"[ \t]+seeded\b", text[e : e + 10]):
            noun = "seed"  # "the sixth seeded Russian"
        period = _PERIOD_AFTER.match(text, e, window)
        if period is not None:  # "third quarter growth", "the 50th anniversary special"
            noun = period.group(1).lower()
        of_whole = prev == "the" and re.match(r"[ \t]+of[ \t]+(?:an?|the)\b", text[e : e + 10])
        if (
            not noun
            and low == "second"
            and named is None
            and not (ranked or placed or superlative or of_whole)
        ):
            return e  # "a second" of time; but "the second of a three plant plan" ranks
        if re.match(r"[ \t]+of[ \t]+(?:its|their|his|her)[ \t]+kind\b", text[e : e + 20]):
            noun = ""  # "the first of its kind": ranks what the subject is, not "kind"
        if low in ("fourth", "fifth", "sixth", "eighth", "tenth", "third") and re.match(
            r"s?[ \t]+of\b", text[e : e + 6]
        ):
            return e  # a fraction spelled "a third of" is caught by the fraction rule
        self.add(s, e, value, kind="ordinal", quantity=noun)
        return e
