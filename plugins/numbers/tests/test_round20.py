"""Issue 17, round twenty, on invented sentences: the classes of the seventeenth sample (the
first annotated blind by someone who does not write the rules) that recur in the developer
documents, Reuters wire copy first."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str, dateline: str = "") -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text, dateline)}


@pytest.mark.parametrize(
    ("text", "figure", "per"),
    [
        ("Savers may trade 9 new bonds for each of the 215,400 notes they hold.", "9", "note"),
        ("Members receive one voucher for each of its 4,250,000 shares in issue.", "one", "share"),
        ("Backers get two warrants for each of the 3.5 mln units held.", "two", "unit"),
        ("The bidder pays 41.50 dlrs for each of the 800,000 units.", "41.50 dlrs", "unit"),
    ],
)  # fmt: skip
def test_for_each_of_a_stated_total_is_still_a_rate(text: str, figure: str, per: str) -> None:
    """Before, the total after "for each of its" hid the noun the rate is per."""
    assert _found(text)[figure]["per"] == per


@pytest.mark.parametrize(
    "text",
    [
        "They will get 2 shares for every 50 shares they own.",  # a ratio: no rate
        "Each holder gets 3 votes for each of the 12 board seats up for election.",  # no commas
    ],
)
def test_for_every_number_stays_a_ratio(text: str) -> None:
    found = extract_text(text)
    assert all(f["per"] != "share" for f in found)
    assert all(f["per"] != "seat" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "The board approved a seven for two share split on Monday.",
        "Its holders voted for a 3 for 2 split.",
        "The bonds swap into shares on a nine for one basis.",
        "Old coupons turn into new ones at a ratio of seven for one.",
        "Five for four share split, payable May 2.",
    ],
)
def test_a_spaced_exchange_ratio_is_no_figure(text: str) -> None:
    """As "a two-for-one split" (a ratio, no quantity): the same ratio written with spaces."""
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The visitors were 45 for one at lunch.", {"45", "one"}),  # a score: left alone
        ("The trust applied in 1984 for one million permits.", {"one million"}),
        ("The lender offered four for one of the old notes.", {"four"}),
    ],
)
def test_not_a_spaced_ratio(text: str, figures: set[str]) -> None:
    assert figures <= set(_found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Orders should pick up in the last half of 1988, the maker said.",
        "The festival moves to the latter half of August.",
        "Margins narrowed in the last half of fiscal 1986.",
        "Growth slowed in the latter half of the decade.",
    ],
)
def test_the_last_half_of_a_period_is_no_fraction(text: str) -> None:
    """As "the first half of 1988" (a time part): before, "half" was the fraction 0.5."""
    assert extract_text(text) == []


def test_the_last_half_of_a_holding_is_still_a_fraction() -> None:
    found = _found("The founder sold the last half of his holding in May.")
    assert found["half"]["kind"] == "fraction"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The watchdog said the broker broke section 14 of its licence.", "14"),
        ("The airline has operated under chapter 11 since May.", "11"),
        ("The ministers invoked article 7 against the member state.", "7"),
        ("Brokers may not trade under rule 209 after the close.", "209"),
        ("The levy flouts article four of the fishing pact.", "four"),
    ],
)
def test_a_numbered_part_of_a_code_is_a_name(text: str, figure: str) -> None:
    """As "Section 1110", "Chapter 11": before, lower-case "section 14" was a count."""
    assert _found(text)[figure]["kind"] == "name"


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("Its top section 40 pct of seats sold out.", "40 pct", "percent"),
        ("The rule 10 people follow is simple.", "10", "count"),
        ("A section of 40 miles was closed.", "40 miles", "measure"),
    ],
)
def test_not_a_numbered_part(text: str, figure: str, kind: str) -> None:
    assert _found(text)[figure]["kind"] == kind


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("Lenders may lose 60 or even 90 pct of the loans.", "60 or even 90 pct", 60, 90),
        ("The repair takes two or perhaps three weeks.", "two or perhaps three weeks", 2, 3),
        ("Pollsters see a four, five or even six-party race.", "four, five or even six", 4, 6),
    ],
)  # fmt: skip
def test_alternatives_with_a_hedge_are_one_vague_range(
    text: str, figure: str, low: float, high: float
) -> None:
    """The lead's decision on alternatives ("three or four years": one vague range), with
    "even", "perhaps", "possibly" or "maybe" before the last one."""
    found = _found(text)[figure]
    assert (found["value"], found["value_high"], found["modifier"]) == (low, high, "vague")


def test_a_hedged_alternative_of_another_unit_stays_apart() -> None:
    found = _found("Sales of 20 mln dlrs or even 10 pct of revenue were lost.")
    assert {"20 mln dlrs", "10 pct"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        '"One has to ask who pays for it," the mayor said.',
        "However, one could argue the board moved too late.",
        '"One should not read too much into a single month," he said.',
        '"I suspect one will see prices settle by June," she said.',
        "As one might expect, the rally faded by noon.",
    ],
)
def test_the_generic_pronoun_one_before_a_modal_is_no_count(text: str) -> None:
    """Before, the generic "one" of these clauses was a count of 1 with no noun."""
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The group runs two mills, and one would close under the plan.", "mills"),
        ("The yard has three cranes, and one will see heavy repairs.", "cranes"),
        ("The carmaker is building two plants. One will open in May.", "plants"),
    ],
)
def test_one_counting_a_noun_the_sentence_elides_stays(text: str, noun: str) -> None:
    ones = [f for f in extract_text(text) if f["text"].lower() == "one"]
    assert ones and ones[0]["quantity"] == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The chain will open 14 urban and 6 rural branches this year.", "branches"),
        ("The school bought 9 red and 3 blue minibuses.", "minibuses"),
        ("Funding went to 40 public or 25 private clinics.", "clinics"),
    ],
)
def test_two_counts_with_adjectives_share_their_noun(text: str, noun: str) -> None:
    """Before, the first count of "14 urban and 6 rural branches" had no noun."""
    first = extract_text(text)[0]
    assert first["quantity"] == noun


def test_a_count_before_more_keeps_no_noun() -> None:
    first = extract_text("The fund bought 12 more and 8 new buildings.")[0]
    assert first["quantity"] == ""


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The purchase lifts to 12 the number of grocery stores it owns.", "stores"),
        ("The deal takes to nine the number of West Coast stations it owns.", "stations"),
        ("The closures push to 4,300 the number of Acme Steel employees idle.", "employees"),
    ],
)  # fmt: skip
def test_the_number_of_said_after_the_count(text: str, noun: str) -> None:
    """Before, a verb in -s was read as the subject plural, and two modifiers hid the noun."""
    assert extract_text(text)[0]["quantity"] == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The city licenses taxi firms, of which there are now 310.", "firms"),
        ("Buses link the dorms - of which there are 12.", "dorms"),
    ],
)
def test_of_which_there_are_takes_the_noun_before(text: str, noun: str) -> None:
    """The noun said before the count ("What is left" since round nineteen): before, none."""
    assert extract_text(text)[0]["quantity"] == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The old turbine -- one of four on the dam -- was shut for repairs.", "turbine"),
        ("The proposal, one of 30 to reach the board, was rejected.", "proposal"),
    ],
)
def test_one_of_n_counts_the_noun_named_before(text: str, noun: str) -> None:
    """Before, "four" in "the turbine -- one of four" had no noun."""
    assert extract_text(text)[0]["quantity"] == noun


def test_one_of_n_keeps_its_own_plural() -> None:
    found = extract_text("The agency, one of five regional health bodies in Leeds, said so.")
    assert found[0]["quantity"] in ("", "bodies")


@pytest.mark.parametrize(
    "text",
    [
        "The maker launched its 5C3/200 server on Monday.",
        "Fans queued for the new 2K7 game.",
        "The 7D12 router will ship in June.",
    ],
)
def test_a_capital_between_digits_is_a_code_not_a_scale(text: str) -> None:
    """Before, a code such as "4B2" was read as 4 billion: one capital glued between digits."""
    assert all(f["value"] < 1000 for f in extract_text(text))


def test_a_glued_scale_still_scales() -> None:
    assert _found("Its sales were 3B last year.")["3B"]["value"] == 3e9


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The island - population 2.4m - votes on Sunday.", "2.4m"),
        ("Portugal (population 10 million) joined in 1986.", "10 million"),
        ("Norway's 5 million population is ageing.", "5 million"),
        ("The region's population of 250,000 grows each year.", "250,000"),
    ],
)
def test_a_population_said_with_no_verb_counts_people(text: str, figure: str) -> None:
    """Before, these counts had no noun ("grows" was read as one)."""
    assert _found(text)[figure]["quantity"] == "people"


def test_a_glued_m_after_population_is_millions() -> None:
    found = _found("The vote in France (population 60m) was close.")["60m"]
    assert (found["kind"], found["value"], found["unit"]) == ("count", 60e6, "")


@pytest.mark.parametrize(
    ("text", "figure", "quantity"),
    [
        ("The prison population of 80,000 rose.", "80,000", ""),
        ("The track is 60m long.", "60m", ""),
    ],
)
def test_not_a_people_s_population(text: str, figure: str, quantity: str) -> None:
    assert _found(text)[figure]["quantity"] == quantity
