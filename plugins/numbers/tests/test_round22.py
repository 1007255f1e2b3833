"""Issue 17, round twenty-two, on invented sentences: the eighteenth sample's classes that recur
in news at large (a poll's points, a rank's noun, a place compound, two adjectives sharing a
plural, an age grade naming a player's team, ...)."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


# ----------------------------------------------------------------- a poll's points


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A weekend poll put the Greens 7 points ahead of Labour.", "7 points"),
        ("The survey showed a two point fall for the mayor's party.", "two point"),
        ("Pollsters gave the challenger a 12-point lead on Sunday.", "12-point"),
        ("In the latest opinion poll the Liberals were up three points.", "three points"),
        # a line break inside the sentence (wrapped wire copy)
        ("Support showed a one point gain for the Greens and a one\npoint dip for Labour in the\n"
         "new survey.", "one point"),
    ],
)  # fmt: skip
def test_points_in_a_poll_are_percentage_points(text: str, span: str) -> None:
    found = _found(text)[span]
    assert (found["kind"], found["unit"], found["noun"]) == ("percent", "percentage points", "")


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("The visitors won by 11 points on Saturday.", "11", "count"),  # a score's points
        # an index's points: a measure with no unit (the lead's decision, round fifty)
        ("A survey of traders said the index rose 40 points.", "40", "number"),
        ("The poll found support for a five point plan on housing.", "five", "count"),
    ],
)  # fmt: skip
def test_points_without_a_poll_are_not_percentage_points(text: str, figure: str, kind: str) -> None:
    found = _found(text)[figure]
    assert found["kind"] == kind and found["unit"] == ""


# ----------------------------------------------------------------- a rank's noun


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The band scored their fourth number one album last week.", "fourth", "album"),
        ("That makes it the band's second number one on the trot.", "second", ""),
        ("They hope for a 500th UK number one single.", "500th", "single"),
    ],
)  # fmt: skip
def test_an_ordinal_before_number_one_ranks_what_the_rank_is_of(text, figure, noun) -> None:
    assert _found(text)[figure]["noun"] == noun


@pytest.mark.parametrize(
    "text",
    [
        "Her debut single went straight to number one.",
        "The cyclist is now world number one.",
    ],
)
def test_number_one_closing_a_sentence_is_a_rank(text: str) -> None:
    found = _found(text)["number one"]
    assert (found["kind"], found["noun"]) == ("ordinal", "")


@pytest.mark.parametrize(
    "text",
    [
        "The coach of the world number one's rival resigned.",
        "The song became the first number one of the streaming list.",
    ],
)
def test_number_one_before_a_possessive_or_of_has_no_noun(text: str) -> None:
    assert _found(text)["number one"]["noun"] == ""


def test_the_pronoun_one_still_closes_a_sentence_without_a_figure() -> None:
    assert extract_text("She never wanted one.") == []
    assert extract_text("He has a number one.") == []  # "a number", not the rank


# ----------------------------------------------------------------- ordinals


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The comedy slid after a fifth-place debut at the box office.", "fifth"),
        ("A 4th-place finish cost the team its bonus.", "4th"),
    ],
)  # fmt: skip
def test_a_place_compound_is_an_ordinal_of_place(text: str, figure: str) -> None:
    found = _found(text)[figure]
    assert (found["kind"], found["noun"]) == ("ordinal", "place")


def test_a_first_time_compound_still_ranks_nothing() -> None:
    assert "first" not in _found("First-time buyers queued for the flats.")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ferry was the first of its kind on the lake.", "first"),
        ("The new ferries are the second of their kind.", "second"),
    ],
)  # fmt: skip
def test_the_first_of_its_kind_ranks_the_subject_not_kind(text: str, figure: str) -> None:
    found = _found(text)[figure]
    assert (found["kind"], found["noun"]) == ("ordinal", "")


def test_an_ordinal_of_kinds_keeps_its_noun() -> None:
    assert _found("It was the first kind of its sort.")["first"]["noun"] == "kind"


# ----------------------------------------------------------------- two adjectives, one plural


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Envoys from 17 Asian and African nations met in Lisbon.", "17", "nation"),
        ("The fair drew 9 red and blue balloons.", "9", "balloon"),
        ("It lent to 12 local and foreign airlines.", "12", "airline"),
    ],
)  # fmt: skip
def test_two_adjectives_joined_before_a_plural_share_it(text, figure, noun) -> None:
    assert _found(text)[figure]["noun"] == noun


def test_a_plural_before_and_keeps_its_own_noun() -> None:
    assert _found("The cook used 3 lemons and fresh herbs.")["3"]["noun"] == "lemon"


# ----------------------------------------------------------------- an age grade's player


@pytest.mark.parametrize(
    "text",
    [
        "The club hired Lars Berg, a Norway Under-21 coach, on Monday.",
        "The Ireland Under-20 boss Sean Hart named his side.",
    ],
)
def test_an_age_grade_before_a_staff_role_names_a_team(text: str) -> None:
    # a player's grade is an age now (the lead's decision 1 on round fifty-two's questions)
    assert all(f["kind"] == "name" for f in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "He played in a Norway Under-21 match last week.",
        "The Under-18 side plays its opener on Friday.",
    ],
)
def test_an_age_grade_before_a_match_or_side_stays_an_age(text: str) -> None:
    ages = [f for f in extract_text(text) if f["kind"] == "age"]
    assert len(ages) == 1 and ages[0]["unit"] == "year"


# ----------------------------------------------------------------- an adverb of time after the noun


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The studio sold one film last week.", "one", "film"),
        ("It was the first novel this year to top the list.", "first", "novel"),
    ],
)  # fmt: skip
def test_last_week_after_the_noun_is_no_noun(text: str, figure: str, noun: str) -> None:
    assert _found(text)[figure]["noun"] == noun


def test_a_counted_week_keeps_its_noun() -> None:
    assert _found("The fair runs for one week.")["one week"]["unit"] == "week"


# ----------------------------------------------------------------- the lead's list


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The death toll from the floods rose to 63 on Tuesday.", "63"),
        ("Officials put a death toll of 17 on the blast.", "17"),
        ("The death toll in the valley climbed to 9 and the toll in the hills rose to 14.", "14"),
        ("The death toll now stands at about 210.", "210"),
    ],
)  # fmt: skip
def test_a_death_tolls_level_counts_deaths(text: str, figure: str) -> None:
    assert _found(text)[figure]["noun"] == "death"


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The bridge toll rose to 4 on Monday.", "4", ""),  # no death toll: a charge
        ("The death toll rose to 63 people.", "63", "person"),  # its own noun wins
    ],
)  # fmt: skip
def test_a_toll_without_deaths_or_with_its_own_noun(text: str, figure: str, noun: str) -> None:
    assert _found(text)[figure]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "tenors"),
    [
        ("Dealers quoted 1M and 3M rates a touch firmer.", {"1M": 1.0, "3M": 3.0}),
        ("The 6M deposit eased.", {"6M": 6.0}),
    ],
)  # fmt: skip
def test_a_tenor_in_prose_is_a_duration_in_months(text: str, tenors: dict) -> None:
    found = _found(text)
    for span, months in tenors.items():
        assert (found[span]["kind"], found[span]["unit"], found[span]["value"]) == (
            "duration", "month", months
        )  # fmt: skip


def test_the_company_3m_is_no_tenor() -> None:
    found = _found("Shares of 3M rose on Monday; 3M shares are up.")
    assert all(f["unit"] != "month" for f in found.values())


def test_a_compound_without_its_unit_word_written_apart_counts_its_noun() -> None:
    """The lead's decision 3, written with a space: "a 48 strike" counts strikes."""
    found = _found("Port workers begin a 48 strike at dawn.")["48"]
    assert (found["kind"], found["unit"], found["noun"]) == ("count", "", "strike")


# ----------------------------------------------------------------- wire copy


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Qtly div 23.7 cts vs 21.9 cts prior\nPay July 3\nRecord June 11\n", "quarter"),
        ("Mthly div 4.13 cts vs 4.07 cts prior\n", "month"),
        ("Annual div 40 cts vs 35 cts\n", "year"),
    ],
)  # fmt: skip
def test_a_wire_dividend_line_pays_per_its_period(text: str, per: str) -> None:
    money = [f for f in extract_text(text) if f["kind"] == "money"]
    assert len(money) == 2 and all(f["per"] == per for f in money)


def test_a_wire_dividend_lines_stated_denominator_wins() -> None:
    money = [f for f in extract_text("Qtly div 12 cts a share vs 11 cts\n") if f["kind"] == "money"]
    assert money[0]["per"] == "share"


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Holders get eight cts a depositary unit each month.", "unit"),
        ("The trust paid 12 dlrs per depositary receipt.", "receipt"),
    ],
)  # fmt: skip
def test_a_depositary_holding_is_the_denominator(text: str, per: str) -> None:
    money = [f for f in extract_text(text) if f["kind"] == "money"]
    assert money[0]["per"] == per


@pytest.mark.parametrize(
    "text",
    [
        "The insurer reported a third quarter loss of 4 mln dlrs.",
        "It warned of a first quarter charge for layoffs.",
        "It earned 90,000 dlrs in its first reporting period as a public company.",
    ],
)
def test_a_period_named_before_its_noun_is_a_time_part(text: str) -> None:
    assert all(f["kind"] != "ordinal" for f in extract_text(text))


@pytest.mark.parametrize(
    "text",
    ["It was a second quarter of growth.", "Profits fell for a third quarter running."],
)
def test_an_ordinal_that_ranks_quarters_stays(text: str) -> None:
    assert [f["kind"] for f in extract_text(text)] == ["ordinal"]


# ----------------------------------------------------------------- names


def test_a_digit_glued_to_a_number_word_is_a_brand() -> None:
    found = extract_text("The 9-Eleven corner shops were sold to a rival.")
    assert [(f["text"], f["kind"]) for f in found] == [("9-Eleven", "name")]


@pytest.mark.parametrize(
    "text",
    [
        "Fresh episodes of 24, Lost and Alias leak online.",
        "Last night's episode of 24 was seen by 2m viewers.",
    ],
)
def test_episodes_of_a_number_name_a_series(text: str) -> None:
    assert _found(text)["24"]["kind"] == "name"


def test_episodes_of_a_duration_stay_durations() -> None:
    assert _found("It ran episodes of 24 minutes.")["24 minutes"]["kind"] == "duration"


def test_a_verb_in_s_after_a_singular_noun_is_no_counted_noun() -> None:
    """ "the Acme 64 console evokes ...": "evokes" is the verb, so no plural follows the
    number and it names the model (as "Windows 95")."""
    found = _found("The Acme 64 computer evokes fond memories.")
    assert found["64"]["kind"] == "name"
    assert _found("Two computer programmers quit.")["Two"]["noun"] == "programmer"


# ----------------------------------------------------------------- time parts, pronouns, quotes


@pytest.mark.parametrize(
    "text",
    [
        "The hosts went ahead in the 23rd minute through a header.",
        "A 90th-minute penalty settled it.",
        "He was booked in the first minute.",
    ],
)
def test_a_minute_of_a_match_is_a_time_part(text: str) -> None:
    assert all(f["kind"] != "ordinal" for f in extract_text(text))


def test_minutes_counted_stay_durations() -> None:
    assert _found("She scored twice in 12 minutes.")["12 minutes"]["kind"] == "duration"


@pytest.mark.parametrize(
    "text",
    [
        "The report made three proposals. One was a plea to delay the vote.",
        "The kit has two bags. One is for tools, the other for food.",
    ],
)
def test_one_opening_a_sentence_before_is_a_and_a_noun_is_a_pronoun(text: str) -> None:
    assert "One" not in _found(text)


@pytest.mark.parametrize(
    "text",
    ["One was injured and two were unhurt.", "One is in hospital after the crash."],
)
def test_one_before_a_participle_or_a_place_stays_a_count(text: str) -> None:
    assert _found(text)["One"]["kind"] == "count"


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Acme's stock was active. Acme was trading at 31-3/8, up 1-1/8.", "1-1/8"),
        ("Acme shares fell. Acme closed at 12-7/8, off 3/8.", "3/8"),
    ],
)  # fmt: skip
def test_a_move_after_a_quoted_level_is_money_too(text: str, move: str) -> None:
    found = _found(text)
    assert found[move]["kind"] == "money" and found[move]["unit"] == "USD"


def test_a_peoples_plural_ending_like_a_place_is_counted() -> None:
    assert _found("Some 3,000 Tutsis and Hutus fled the fighting.")["3,000"]["noun"] == "tutsi"


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("It is the first pop single using a choir of dogs.", "first", "single"),
        ("The first grant going to schools is small.", "first", "grant"),
    ],
)  # fmt: skip
def test_a_short_ing_verb_after_the_noun_is_no_noun(text: str, figure: str, noun: str) -> None:
    assert _found(text)[figure]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "count", "top", "noun"),
    [
        ("The duo have had six top ten hits.", "six", "ten", "hit"),
        ("It is one of the 5,000, top 40 chart acts in the guide.", "5,000", "40", "act"),
    ],
)  # fmt: skip
def test_a_count_before_top_n_counts_the_noun_and_top_n_nothing(text, count, top, noun) -> None:
    found = _found(text)
    assert (found[count]["noun"], found[top]["noun"]) == (noun, "")


def test_top_n_alone_keeps_its_reading() -> None:
    assert _found("Sony has two entries in the top 20 gadgets.")["two"]["noun"] == "entry"


def test_a_long_digit_run_stays_a_number() -> None:
    """Dropped in round twenty-two: reading ten bare digits as an id broke three
    Recognizers-Text cases ("123456789101231" is a number there)."""
    assert _found("It cost $1000000000 to build.")["$1000000000"]["unit"] == "USD"
    assert _found("Sum: 123456789101231")["123456789101231"]["kind"] == "count"


# ----------------------------------------------------------------- match reports and dates


def test_a_substitutes_minute_in_a_line_up_is_a_duration() -> None:
    text = "Ames, Bold, Cray, Van Dorn, Eade, Ford (Gale 61), Hale, Irwin (Jay 88), Kerr, Lowe."
    found = _found(text)
    for minute in ("61", "88"):
        assert (found[minute]["kind"], found[minute]["unit"]) == ("duration", "min")


def test_a_bracketed_number_after_a_name_in_prose_stays_a_name() -> None:
    assert _found("Shares of Acme (Beta 76) rose.")["76"]["kind"] == "name"


@pytest.mark.parametrize(
    "text",
    [
        "Fans saw little in the half-hour show.",
        "The visitors led on the half-hour.",
    ],
)
def test_a_half_hour_is_half_an_hour(text: str) -> None:
    found = _found(text)["half-hour"]
    assert (found["kind"], found["value"], found["unit"]) == ("duration", 0.5, "h")


def test_the_first_half_hour_is_a_period() -> None:
    assert extract_text("They struggled in the first half-hour.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The ballot is set for 11 or 12 May.",
        "The fair runs from 3 to 6 June in Oslo.",
        "Shows are on 8 and 9 July.",
    ],
)
def test_two_days_of_a_month_are_a_date(text: str) -> None:
    assert extract_text(text) == []


def test_an_age_range_after_a_verb_of_change_is_an_age_range() -> None:
    found = _found("Sales fell among the key 18 to 34-year-old buyers.")["18 to 34-year-old"]
    assert (found["kind"], found["value"], found["value_high"]) == ("age", 18.0, 34.0)


def test_a_move_to_a_level_is_still_no_range() -> None:
    # round seventy: a percent high end at most three times a bare low end ("rose 16 to 35
    # pct") is the change's range (``percent_ranges``); a level over three times it a move
    found = _found("Prices rose 6 to 35 pct.")
    assert "6" in found and found["35 pct"]["kind"] == "percent"


def test_a_death_toll_risen_from_a_reported_figure() -> None:
    found = _found("Officials said the death toll had risen from an earlier reported 52.")
    assert found["52"]["noun"] == "death"


def test_a_teams_number_before_a_verb_names_the_player() -> None:
    found = _found("The Leinster number 10 slotted three penalties.")
    assert found["number 10"]["kind"] == "name"


def test_one_in_a_place_and_one_in_another_with_no_count_before_are_pronouns() -> None:
    assert "one" not in _found("She plans to open one in Leeds and one in Bath.")


def test_one_in_a_place_after_a_count_counts_its_noun() -> None:
    found = [f for f in extract_text("They run two mills, one in Leeds and one in Bath.")]
    assert [f["noun"] for f in found] == ["mill", "mill", "mill"]


@pytest.mark.parametrize(
    "text",
    [
        "Former world number two Ana Ruiz returns next week.",
        "British number one Sam Hale faces a qualifier.",
    ],
)
def test_a_rank_before_a_players_name_has_no_noun(text: str) -> None:
    ranks = [f for f in extract_text(text) if f["text"].startswith("number")]
    assert ranks and ranks[0]["noun"] == ""


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("A burglar climbed through a second floor window.", "second", "floor"),
        ("They lost a third round replay at home.", "third", "round"),
        ("The rocket's second stage motor failed.", "second", "stage"),
    ],
)  # fmt: skip
def test_an_ordinal_before_floor_round_or_stage_ranks_it(text, figure, noun) -> None:
    assert _found(text)[figure]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Subscribers can now buy a ten megabit service.", "Mbit/s"),
        ("Homes get a 2Mb broadband connection.", "Mbit/s"),
        ("The link moves dozens of megabits of data per second.", "Mbit/s"),
    ],
)  # fmt: skip
def test_a_lines_bits_are_its_speed(text: str, unit: str) -> None:
    assert [f["unit"] for f in extract_text(text)] == [unit]


def test_a_files_bits_stay_an_amount() -> None:
    assert [f["unit"] for f in extract_text("The file is 8 megabits.")] == ["Mbit"]


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("More than 90 million Japanese watch the show.", "90 million", "japanese"),
        ("Around 30 Japanese regional lenders joined.", "30", "lender"),
        ("All 12 Japanese and Korean makers agreed.", "12", "maker"),
    ],
)  # fmt: skip
def test_a_people_in_ese_closing_the_phrase_is_counted(text, figure, noun) -> None:
    assert _found(text)[figure]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The deal runs for two years and the option for four.", "four", "year"),
        ("He was banned for six months and fined for three.", "three", "month"),
    ],
)  # fmt: skip
def test_a_bare_count_after_the_same_preposition_as_a_duration(text, figure, unit) -> None:
    found = _found(text)[figure]
    assert (found["kind"], found["unit"]) == ("duration", unit)


def test_a_bare_count_after_another_preposition_stays_a_count() -> None:
    assert _found("They waited for two hours and paid for 40.")["40"]["kind"] == "count"


def test_the_base_currency_named_as_the_possessor_of_its_move() -> None:
    found = _found("The euro's slide overnight to 131 yen worried exporters.")["131 yen"]
    assert (found["unit"], found["per"]) == ("JPY", "euro")


@pytest.mark.parametrize(
    "text",
    [
        "The scheme should pay for itself in the first year.",
        "Fees will be waived in the first year.",
    ],
)
def test_the_nth_year_closing_a_clause_after_in_is_a_period(text: str) -> None:
    assert all(f["kind"] != "ordinal" for f in extract_text(text))


def test_for_the_nth_year_still_ranks() -> None:
    assert _found("He won it for the third year.")["third"]["kind"] == "ordinal"


def test_an_ordinal_pronoun_before_a_participle_has_no_noun() -> None:
    found = _found("Two surveys were run, the first asking how pupils travel.")
    assert found["first"]["noun"] == ""
    assert _found("It was the first meeting of the board.")["first"]["noun"] == "meeting"


def test_a_gerund_noun_before_a_modal_is_the_ordinals_noun() -> None:
    assert _found("A second hearing might be held in May.")["second"]["noun"] == "hearing"
