"""Find every figure in an article: value, unit, what it counts, how it is qualified.

Pure: ``extract(article)`` reads only ``article.text`` (and the optional ``dateline`` field a
loader may give, declared in ``reads``), and every finding satisfies
``text[start:end] == finding["text"]``. It catches no exception: a rule that fails on a text is
a bug, and the runner records it as an error row naming the article (property-based tests
feed it arbitrary text to keep that from happening). It is rule-based on purpose: rules
run at regex speed (the issue asks for 10x quantulum3), are deterministic, and each one can be
read and argued about by an analyst, which a trained tagger cannot offer.

How it works: this module is the pipeline, and keeps the order of the passes. The scanner
(:mod:`newslens_numbers.scan`) finds number cores (digits or number words) with one regex and,
for each, asks the jobs' rules in their own modules: names and non-quantities (:mod:`names`),
vague quantities (:mod:`vague`), ordinals (:mod:`ordinals`), units (:mod:`unit_reading`),
ranges (:mod:`ranges`), rates (:mod:`rates`), and builds the finding (:mod:`finding`). Then
the post-passes read the findings of a sentence or a story together (:mod:`scores`,
:mod:`counted`, :mod:`wire_tables`, :mod:`currency`, :mod:`conversions`), and
:mod:`newslens_numbers.consistency` links two expressions of one measure ("1,500km (930
miles)"). The docs' "How the extractor is built" lists the passes in order.

Two public names of :mod:`newslens_numbers.currency` are re-exported here (imported "as"
themselves), where they were defined before the extractor was split by job (round thirty):
``DATELINE_CITIES`` and ``dateline_currency``. Tests and benchmarks import private names from
the module that defines them (round thirty-two).
"""

from __future__ import annotations

import math
import operator
import re
from typing import Any

from newslens import Article
from newslens.sentences import sentence_index, sentence_spans
from newslens_numbers.adjective_list import adjective_list_nouns
from newslens_numbers.age_changes import changed_ages
from newslens_numbers.age_grades import age_grade_figures
from newslens_numbers.assay_lists import assay_list_per
from newslens_numbers.change_old_level import change_old_levels
from newslens_numbers.common import _CURRENCY_ENTITY
from newslens_numbers.consistency import link_conversions
from newslens_numbers.conversions import (
    _api_gravity,
    _converted_rates,
    _data_rates,
    _parallel_rate,
    _rate_after_conversion,
    _rate_subject,
    _story_tons,
)
from newslens_numbers.counted import (
    _change_pair_unit,
    _chart_top_entry,
    _continued_measure,
    _count_before_top,
    _death_toll,
    _duration_ranges,
    _one_of_noun_before,
    _ordinal_before_rank,
    _pair_noun,
    _parallel_duration,
    _part_of_a_plural,
    _people_adjective,
    _population,
    _pronoun_one,
    _quarters_of_process,
    _sales_level,
    _seed_rank,
    _shared_noun,
    _subject_of_level,
    _vote_tally,
    _world_war,
    _young_of_age,
    ratio_of_shares,
)
from newslens_numbers.crop_areas import crop_area_units
from newslens_numbers.currency import DATELINE_CITIES as DATELINE_CITIES
from newslens_numbers.currency import (
    _bare_sum_currency,
    _denomination_currency,
    _exchange_rates,
    _francs,
    _shared_currencies,
    _story_currency,
    _vague_pair_currency,
    _won,
)
from newslens_numbers.currency import dateline_currency as dateline_currency
from newslens_numbers.each_for_shares import each_for_shares
from newslens_numbers.futures_rows import futures_row_figures
from newslens_numbers.idiomatic_one import idiomatic_one
from newslens_numbers.per_own_currency import per_own_currency
from newslens_numbers.plural_breakdown import plural_breakdown
from newslens_numbers.quote_bases import quote_base_figures, quote_header_rate
from newslens_numbers.rate_runs import carried_rates
from newslens_numbers.rate_table_labels import lower_tenor_rows, rate_table_labels
from newslens_numbers.rupee_countries import own_rupees
from newslens_numbers.scaled_levels import scaled_level_units
from newslens_numbers.scan import _Scanner
from newslens_numbers.scores import (
    _day_in_words,
    _fraction_points,
    _index_level_points,
    _poll_points,
    _rate_move_points,
    _score_in_words,
    _substitutes_minutes,
    _symbol_digit_hint,
)
from newslens_numbers.staple_lengths import cotton_staple_lengths
from newslens_numbers.story_money import continued_money
from newslens_numbers.subject_rates import subject_currency_rates
from newslens_numbers.suspended_hyphen import suspended_hyphen_figures
from newslens_numbers.treasury_32nds import treasury_32nds
from newslens_numbers.unit_sales import goods_levels, unit_sales
from newslens_numbers.weight_bands import weight_band_figures
from newslens_numbers.wire_tables import (
    _carried_prices,
    _change_to_level,
    _dividend_total,
    _exchange_offer,
    _labelled_amounts,
    _share_in_sentence,
    _shares_said_before,
    _stock_low_high,
    _stock_quotes,
    _stock_whole_levels,
    _table_rows,
    _tenors,
    _wire_dividend_rate,
    _wire_nil_partner,
    old_quote_sides,
)
from newslens_numbers.words import singular
from newslens_numbers.year_on_year import may_hold, year_on_year_rates

#: Columns of ``numbers.v1`` and their dtypes (the runner casts to these).
COLUMNS: dict[str, str] = {
    "n": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "value": "float64",
    "value_high": "float64",
    "unit": "str",
    "per": "str",
    "quantity": "str",
    "noun": "str",
    "kind": "str",
    "modifier": "str",
    "value_base": "float64",
    "base_unit": "str",
    "dimension": "str",
    "sentence": "int64",
    "sentence_start": "int64",
    "sentence_end": "int64",
    "same_as": "Int64",
    "consistency": "str",
    "deviation": "float64",
}


#: "four number ones" counts ``number one`` (the lead's decision 3 for round twenty-three)
_NUMBER_ONES_AFTER = re.compile(r"[ \t\n]+number[ \t\n]+ones\b")
#: round sixty-three: "the 200-plus banks": "-plus" says "more than", the plural after it is the
#: counted noun (the scanner read "plus" as the noun)
_PLUS_PLURAL_AFTER = re.compile(r"-plus[ \t\n]+([a-z]{3,}s)\b(?!['’])")
#: a digit named as a symbol (the lead's decision 5 for round twenty-three): "which digit is 7
#: in 4471?", "the digit 7", "find the number 6 in the number 90312", a lone digit
#: in quotation marks ('the "7" key'); the number it is looked for in is no item either
_SYMBOL_DIGIT = re.compile(
    r"\b(?i:digit)[ \t]+(?:(?i:is|was)[ \t]+)?(?P<d>\d)\b(?![.,]\d|[ \t]*(?:%|(?i:per|pct)))"
    r"(?:[ \t]+in[ \t]+(?:(?i:this|the)[ \t]+(?i:number)[ \t]+)?(?P<in>\d+)\b)?"
    r"|\b(?i:number)[ \t]+(?P<n>\d)[ \t]+in[ \t]+(?i:this|the)[ \t]+(?i:number)[ \t]+(?P<m>\d+)\b"
    r"|(?<=[\"\u201c])(?P<q>\d)(?=[\"\u201d])"
)


#: a cheap test before ``_SYMBOL_DIGIT`` (with "digit" in the lower-case text): its other
#: two branches, "number 6 in the number" and a quoted digit
_SYMBOL_DIGIT_HINT = re.compile(r"(?i:number)[ \t]+\d[ \t]|(?<=[\"\u201c])\d(?=[\"\u201d])")


#: the output's columns in order, and a getter of their values (one C call a finding)
_COLUMN_NAMES = tuple(COLUMNS)
_columns_of = operator.itemgetter(*_COLUMN_NAMES)


_FRACTION_POINT_HINTS = (
    "r point", "r-point", "f point", "f-point", "ge point", "ge-point", "f a point",
    "r of a point", "f a percentage point",
)  # fmt: skip


def extract_text(text: str, dateline: str = "") -> list[dict[str, Any]]:
    """Findings for a raw string (what :func:`extract` does for an article's text).

    ``dateline`` is the story's dateline when a loader keeps it outside the text ("TORONTO,
    March 3"; Reuters-21578's field); without it a dateline at the start of the text is read.

    ``sentence`` is the index of the finding's sentence in the core's split
    (:func:`newslens.sentences.sentence_spans`, the same as ``Article.sentences``), and
    ``sentence_start``/``sentence_end`` are that sentence's offsets.
    """
    if not text:
        return []
    scanner = _Scanner(text)
    findings = [f for f in scanner.run() if not _day_in_words(scanner.text, f)]
    findings = _score_in_words(scanner, findings)
    if "number ones" in text:  # "four number ones": a count of chart-toppers (decision 3)
        for f in findings:
            if f["kind"] == "count" and _NUMBER_ONES_AFTER.match(scanner.text, f["end"]):
                f["quantity"], f["noun"] = "number ones", "number one"
    if "-plus " in text:
        for f in findings:
            plus = (
                _PLUS_PLURAL_AFTER.match(scanner.text, f["end"]) if f["kind"] == "count" else None
            )
            if plus is not None and f["quantity"] in ("", "plus"):
                f["quantity"], f["noun"] = plus.group(1), singular(plus.group(1))
                f["modifier"] = "plus"
    if ("igit" in text or "number" in text or '"' in text or "\u201c" in text) and (
        _symbol_digit_hint(text) or "digit" in text.lower()
    ):
        symbols = [
            m.span(g)
            for m in _SYMBOL_DIGIT.finditer(scanner.text)
            for g in ("d", "in", "n", "m", "q")
        ]
        symbols = [(s, e) for s, e in symbols if s >= 0]
        findings = [
            f for f in findings if not any(f["start"] < e and s < f["end"] for s, e in symbols)
        ]
    if ";" in text and "&" in text:
        for f in findings:  # a sign read from an entity: the span opens at the entity
            if (
                text[f["start"]] == ";"
                and (amp := text.rfind("&", max(0, f["start"] - 8), f["start"])) >= 0
            ):
                entity = _CURRENCY_ENTITY.match(text, amp)
                if entity is not None and entity.end() == f["start"] + 1:
                    f["start"], f["text"] = amp, text[amp : f["end"]]
    # every hint holds "point": one scan of the text first, not nine (round fifty-eight)
    if "point" in scanner.text and any(hint in scanner.text for hint in _FRACTION_POINT_HINTS):
        findings = _fraction_points(scanner.text, findings)
    if " to " in text:
        findings = _duration_ranges(scanner.text, findings)
    if "one" in text:
        findings = _pronoun_one(scanner.text, findings)
    if "one " in text or "One " in text:
        findings = idiomatic_one(scanner.text, findings)
    if "World War" in text:
        findings = _world_war(scanner, findings)
    if ("API" in text or " api" in text or "gravity" in text) and (
        "°" in text or "deg" in text.lower()
    ):
        _api_gravity(scanner.text, findings)
    findings = futures_row_figures(text, findings)
    # a rate table's quote base or its header (round 80)
    rate_table = "00)" in text or "(ONE)" in text or "PER HUNDRED" in text
    if rate_table:
        findings = quote_base_figures(text, findings)
    if "/" in text:
        findings = weight_band_figures(text, findings)
    if "/16" in text or "/32" in text:
        cotton_staple_lengths(text, findings)
    if "nder-" in text or "U" in text:
        findings = age_grade_figures(text, findings)
    if "-" in text and ("ond" in text or "reasur" in text or "ote" in text or "ilt" in text):
        findings = treasury_32nds(scanner.text, findings)
    spans = sentence_spans(text) if findings else ()
    out: list[dict[str, Any]] = []
    for n, f in enumerate(findings):
        f["n"] = n
        f["sentence"] = sentence_index(text, f["start"])
        f["sentence_start"], f["sentence_end"] = spans[f["sentence"]]
        f["same_as"] = None
        f["consistency"] = ""
        f["deviation"] = math.nan  # until a conversion sets it
        out.append(f)
    # the scanner's copy: line breaks of wrapped wire copy read as spaces, same offsets
    _table_rows(scanner.text, out, scanner.labelled)
    _story_currency(scanner.text, out, dateline)
    if "upee" in text:
        own_rupees(scanner.text, out, dateline)  # "COLOMBO - 250 mln rupees": LKR (round 78)
    _denomination_currency(scanner.text, out)
    _carried_prices(scanner.text, out)
    _stock_quotes(scanner.text, out, dateline)
    _stock_low_high(scanner.text, out, dateline)
    _stock_whole_levels(scanner.text, out, dateline)
    _labelled_amounts(scanner.text, out)
    _share_in_sentence(scanner.text, out)
    if " from " in text and "/" in text:
        old_quote_sides(scanner.text, out)  # "to 5.80/70 pct from 5.85/75": percent (round 72)
    _shared_currencies(scanner.text, out, dateline, text)
    _exchange_rates(scanner.text, out)
    subject_currency_rates(scanner.text, out, dateline)
    _francs(scanner.text, out, dateline)
    _won(scanner.text, out, text)
    _bare_sum_currency(scanner.text, out)
    _change_to_level(scanner.text, out)
    _vote_tally(scanner.text, out)
    _population(scanner.text, out)
    _shared_noun(scanner.text, out)
    _one_of_noun_before(scanner.text, out)
    _part_of_a_plural(scanner.text, out)
    if " to " in text:
        _subject_of_level(scanner.text, out)
    if "ales " in text:
        _sales_level(scanner.text, out)
    _parallel_rate(scanner.text, out)
    _rate_subject(scanner.text, out)
    _shares_said_before(scanner.text, out)
    _exchange_offer(scanner.text, out)
    _continued_measure(scanner.text, out)
    continued_money(scanner.text, out)
    carried_rates(scanner.text, text, out)
    _poll_points(scanner.text, out)
    if "oint" in text:
        _rate_move_points(scanner.text, out)
    _index_level_points(scanner.text, out)
    _young_of_age(scanner.text, out)
    _pair_noun(scanner.text, out)
    if " from " in text:
        _change_pair_unit(scanner.text, out)
    if "short ton" in text or "long ton" in text or "hort-ton" in text or "ong-ton" in text:
        _story_tons(scanner.text, out)
    if "vague" in [f["modifier"] for f in out]:
        _vague_pair_currency(scanner.text, out)
    _quarters_of_process(scanner.text, out)
    _parallel_duration(scanner.text, out)
    _data_rates(scanner.text, out)
    _substitutes_minutes(scanner.text, out)
    _count_before_top(scanner.text, out)
    _chart_top_entry(scanner.text, out)  # "a UK top 20 hit": hit (round 79)
    _wire_dividend_rate(text, out)
    _tenors(scanner.text, out)
    rate_table_labels(scanner.text, out)  # "1 MTH 6-1/4 7/16", "ffr 23.97-24.00 ptas": labels
    if "\n" in text and "/" in text:
        lower_tenor_rows(text, out)  # "1 month    8-7/16 5/16" a line (round 74)
    _death_toll(scanner.text, out)
    _people_adjective(scanner.text, out)  # "left 300 dead": person (round 79)
    if "acre" in text or "ectare" in text:
        crop_area_units(scanner.text, out)  # "rye acreage of 2.15 mln": acres (round 72)
    if " held" in text or " owned" in text:
        ratio_of_shares(scanner.text, out)  # "one for five already held": shares (round 72)
    _ordinal_before_rank(scanner.text, out)
    if "seed" in text:
        _seed_rank(scanner.text, out)  # "sixth seed Ana Ruiz next": seed (round 77)
    # the scanner's copy: a wrapped line ("three- and\nsix-month") reads as one
    if "- and " in scanner.text or "- or " in scanner.text or "-, " in scanner.text:
        suspended_hyphen_figures(scanner.text, out)
    if scanner.nil_at:
        _wire_nil_partner(scanner.text, out, scanner.nil_at)
    if "making" in text:
        _dividend_total(scanner.text, out)
    if "mln" in text or "illion" in text or "bn" in text:
        scaled_level_units(out)
    if " from " in text and ("pct" in text or "%" in text or "ercent" in text or " cent" in text):
        change_old_levels(scanner.text, out)  # "48,713, up 6.8 pct from 45,612" (round 69)
    if may_hold(text):
        year_on_year_rates(scanner.text, out)  # "rose 4% year-on-year": per year (round 71)
    link_conversions(text, out)
    for f in out:
        f.pop("_decimals", None)
    _converted_rates(scanner.text, out)
    _rate_after_conversion(scanner.text, out)
    if " per 1" in scanner.text:
        per_own_currency(scanner.text, out)
    if " each " in scanner.text:
        each_for_shares(scanner.text, out)
    if " ton" in scanner.text and ("ounce" in text or "gram" in text):
        assay_list_per(scanner.text, out)  # "0.2 ounce of gold and 3 ounces of silver per ton"
    if " age " in scanner.text:
        changed_ages(scanner.text, out)  # "the pension age from 60 to 65": ages (round 68)
    if " from " in scanner.text:
        plural_breakdown(scanner.text, out)  # "The owners - two from Peru, one from Chile"
    if "ales " in scanner.text:
        unit_sales(scanner.text, out)  # "van sales totaled 14,322": a count of sales (round 69)
    goods_levels(scanner.text, out)  # "vehicle exports fell to 1.28 mln": vehicle (round 79)
    if rate_table:
        quote_header_rate(text, out)  # a rate table's header quote (round 80)
    if " and " in scanner.text:
        adjective_list_nouns(scanner.text, out)  # "one nonstop and two connecting routes"
    # a finding the scanner built holds the columns in their order and nothing else (``add``
    # puts "n" first): returned as it is; any other is rebuilt column by column
    return [
        f if tuple(f) == _COLUMN_NAMES else dict(zip(_COLUMN_NAMES, _columns_of(f), strict=True))
        for f in out
    ]


def extract(article: Article) -> list[dict[str, Any]]:
    """The ``numbers.v1`` extractor: one dict per figure in ``article.text``.

    It does not catch errors: an exception (a bug in a rule) reaches the runner, which records
    an error row naming the article and the cause, rather than passing for "no figures".
    """
    dateline = article.extra.get("dateline") if article.extra else None
    return extract_text(article.text, dateline if isinstance(dateline, str) else "")
