"""story.figures.v1 on the Kestrel Bay story (row by row) and the rounding rule on its own."""

from __future__ import annotations

import pandas as pd
import pytest
from newslens_stories import figures


@pytest.fixture(scope="module")
def kestrel_figures(inputs, story_corpus, kestrel_story) -> pd.DataFrame:
    out = figures.combine(inputs, story_corpus)
    assert list(out.columns) == list(figures.COLUMNS)
    return out[out["story_id"] == kestrel_story]


def _rows(frame: pd.DataFrame, figure: str) -> dict[str, tuple]:
    rows = frame[frame["figure"] == figure]
    return {r.article_id.removeprefix("kestrel-"): (r.text, r.status) for r in rows.itertuples()}


def test_oil_mass_one_outlet_differs(kestrel_figures):
    assert _rows(kestrel_figures, "oil mass") == {
        "harbour-gazette": ("1,200 tonnes", "agree"),
        "northern-ledger": ("1,200 tonnes", "agree"),
        "coastline-daily": ("2,000 tonnes", "differ"),
        "meridian-wire": ("1,200 tonnes", "agree"),
        "valley-courier": ("1,200 tonnes", "agree"),
    }
    oil = kestrel_figures[kestrel_figures["figure"] == "oil mass"]
    assert oil["spread"].round(3).unique().tolist() == [0.667]
    assert set(oil["base_unit"]) == {"kg"}


def test_kilometres_meet_miles_at_their_rounding(kestrel_figures):
    # 15km (9 miles) and "a nine-mile slick" agree; 25km does not
    assert _rows(kestrel_figures, "slick length") == {
        "harbour-gazette": ("15km", "agree"),
        "northern-ledger": ("nine-mile", "agree"),
        "coastline-daily": ("25km", "differ"),
    }


def test_counts_differ_and_one_outlet_is_single(kestrel_figures):
    assert _rows(kestrel_figures, "members rescued") == {
        "harbour-gazette": ("22", "differ"),
        "meridian-wire": ("21", "differ"),
    }
    assert _rows(kestrel_figures, "tugboats") == {"northern-ledger": ("Three", "single")}
    assert "agree" not in set(kestrel_figures[kestrel_figures["figure"] == "tugboats"]["status"])


def test_metadata_sentence_and_speaker(kestrel_figures, story_corpus):
    row = kestrel_figures[
        (kestrel_figures["figure"] == "oil mass")
        & (kestrel_figures["article_id"] == "kestrel-coastline-daily")
    ].iloc[0]
    assert row["source"] == "Coastline Daily"
    assert row["published"] == pd.Timestamp("2025-03-12T07:15Z")
    assert row["attributed_to"] == "Save Kestrel Bay"
    assert row["sentence"] == 0
    members = kestrel_figures[kestrel_figures["figure"] == "members rescued"]
    assert members["attributed_to"].str.lower().tolist()[0] == "the coastguard"


def test_single_article_stories_have_no_rows(inputs, story_corpus):
    out = figures.combine(inputs, story_corpus)
    seed = inputs["stories.v1"][inputs["stories.v1"]["article_id"].str.startswith("000_")]
    assert (seed["story_size"] == 1).all()
    assert not out["story_id"].isin(seed["story_id"]).any()


def _numbers(*rows: tuple) -> pd.DataFrame:
    columns = ["article_id", "n", "start", "end", "text", "value", "value_high", "unit",
               "quantity", "kind", "modifier", "value_base", "base_unit", "dimension", "sentence",
               "same_as"]  # fmt: skip
    return pd.DataFrame([dict(zip(columns, r, strict=True)) for r in rows])


@pytest.mark.parametrize(
    "first,second,expected",
    [
        (("1,500km", 1500.0, "km", 1_500_000.0, ""), ("930 miles", 930.0, "mi", 1_496_693.0, ""),
         "agree"),
        (("1,400km", 1400.0, "km", 1_400_000.0, ""), ("1,500km", 1500.0, "km", 1_500_000.0, ""),
         "differ"),
        (("1,400km", 1400.0, "km", 1_400_000.0, "about"), ("1,450km", 1450.0, "km", 1_450_000.0,
         ""), "agree"),
        (("at least 15km", 15.0, "km", 15_000.0, "at least"), ("40km", 40.0, "km", 40_000.0, ""),
         "agree"),
    ],
)  # fmt: skip
def test_the_rounding_the_writing_implies(first, second, expected):
    numbers = _numbers(
        ("a", 0, 0, 7, first[0], first[1], None, first[2], "", "measure", first[4], first[3],
         "m", "length", 0, None),
        ("b", 0, 0, 9, second[0], second[1], None, second[2], "", "measure", second[4],
         second[3], "m", "length", 0, None),
    )  # fmt: skip
    stories = pd.DataFrame({"article_id": ["a", "b"], "story_id": ["s", "s"], "story_size": [2, 2]})
    articles = pd.DataFrame(
        {"article_id": ["a", "b"], "text": [first[0] + " away.", second[0] + " away."]}
    )
    out = figures.combine({"stories.v1": stories, "numbers.v1": numbers}, articles)
    assert out["figure"].tolist() == ["distance", "distance"]
    assert out["status"].tolist() == [expected, expected]


def test_numbers_inside_names_and_missing_columns_are_tolerated():
    numbers = _numbers(
        ("a", 0, 7, 9, "17", 17.0, None, "", "", "name", "", None, "", "", 0, None),
        ("b", 0, 0, 2, "26", 26.0, None, "", "missiles", "count", "", None, "", "", 0, None),
        ("a", 1, 20, 22, "26", 26.0, None, "", "missile", "count", "", None, "", "", 0, None),
    ).drop(columns=["same_as", "value_high"])
    stories = pd.DataFrame({"article_id": ["a", "b"], "story_id": ["s", "s"], "story_size": 2})
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["Flight 17 then 26 missile", "26"]})
    out = figures.combine({"stories.v1": stories, "numbers.v1": numbers}, articles)
    # "26 missiles" and "26 missile" (a singular quantity) are one figure, named as written
    assert out["figure"].tolist() == ["missiles", "missiles"]
    assert out["status"].tolist() == ["agree", "agree"]
    assert "17" not in out["text"].tolist()


def _counts(*rows: tuple[str, str, str, str, str]) -> pd.DataFrame:
    """``figures.combine`` over one story of invented articles: (article_id, outlet, published,
    text, the count as written); the count's noun is the word after it, as numbers.v1 gives."""
    numbers, texts = [], []
    for article_id, _, _, text, written in rows:
        start = text.index(written)
        noun = text[start + len(written) :].split()[0].strip(".,")
        value = {"four": 4.0, "ten": 10.0}.get(written.lower())
        value = value if value is not None else float(written.replace(",", ""))
        numbers.append(
            (article_id, 0, start, start + len(written), written, value, None, "", noun, "count",
             "", None, "", "", 0, None)
        )  # fmt: skip
        texts.append(text)
    ids = [r[0] for r in rows]
    stories = pd.DataFrame({"article_id": ids, "story_id": "s", "story_size": len(ids)})
    articles = pd.DataFrame(
        {"article_id": ids, "source": [r[1] for r in rows], "published": [r[2] for r in rows],
         "text": texts}
    )  # fmt: skip
    out = figures.combine({"stories.v1": stories, "numbers.v1": _numbers(*numbers)}, articles)
    return out.set_index("article_id")[["figure", "status"]]


def test_one_outlet_updating_its_figure_is_no_dispute():
    out = _counts(
        ("a", "Wire", "2025-05-01T08:00Z", "Four people were taken to hospital.", "Four"),
        ("b", "Wire", "2025-05-02T08:00Z", "Ten people were taken to hospital.", "Ten"),
        ("c", "Gazette", "2025-05-02T09:00Z", "Ten people were taken to hospital.", "Ten"),
    )
    # the wire's 4 and 10 are never compared; against the gazette, its first figure differs
    assert out["status"].to_dict() == {"a": "differ", "b": "agree", "c": "agree"}
    alone = _counts(
        ("a", "Wire", "2025-05-01T08:00Z", "Four people were taken to hospital.", "Four"),
        ("b", "Wire", "2025-05-02T08:00Z", "Ten people were taken to hospital.", "Ten"),
    )
    assert alone["status"].tolist() == ["single", "single"]


def test_articles_weeks_apart_report_other_moments():
    out = _counts(
        ("a", "Wire", "2025-02-03T08:00Z", "She won 9 delegates in the north.", "9"),
        ("b", "Gazette", "2025-02-28T08:00Z", "She won 54 delegates in the south.", "54"),
        ("c", "Herald", "2025-02-28T10:00Z", "She won 51 delegates in the south.", "51"),
    )
    assert out["status"].to_dict() == {"a": "single", "b": "differ", "c": "differ"}


def test_counts_are_keyed_by_their_outcome():
    out = _counts(
        ("a", "Wire", "2025-05-01T08:00Z", "The blast killed four people on Monday.", "four"),
        ("b", "Gazette", "2025-05-01T09:00Z", "Ten people were injured in the blast.", "Ten"),
        ("c", "Herald", "2025-05-01T10:00Z", "Officials said 4 people had died.", "4"),
    )
    assert out.to_dict("index") == {
        "a": {"figure": "people killed", "status": "agree"},
        "b": {"figure": "people injured", "status": "single"},
        "c": {"figure": "people killed", "status": "agree"},
    }


def test_a_count_whose_clause_names_no_outcome_stays_bare():
    out = _counts(
        ("a", "Wire", "2025-05-01T08:00Z", "The blast injured 1,500 people.", "1,500"),
        ("b", "Gazette", "2025-05-01T09:00Z", "About 1,200 people were at the fair.", "1,200"),
    )
    assert out.to_dict("index") == {
        "a": {"figure": "people injured", "status": "single"},
        "b": {"figure": "people", "status": "single"},
    }


@pytest.mark.parametrize(
    "text,written,figure,expected",
    [
        ("The storm killed 40 people on Monday.", "40", "people", "killed"),
        ("Police detained eight protesters overnight.", "eight", "protesters", "arrested"),
        ("About 40 people were evacuated and 3 died.", "40", "people", "displaced"),
        ("About 40 people were evacuated and 3 died.", "3", "people", "killed"),
        ("Some 40 people attended, and three were hurt.", "40", "people", ""),
        ("There were 30 deaths in the region.", "30", "deaths", ""),
        ("The attack cost 67 lives on Monday.", "67", "lives", ""),
        ("About 1,200 people live in the town.", "1,200", "people", "living"),
        ("Ten men were hurt in the crash.", "Ten", "men", "injured"),
        ("It had 21 crew members on board, all of whom were rescued.", "21", "crew", "rescued"),
        ("Some 40 people were evacuated, three of whom died.", "40", "people", "displaced"),
        ("It had 21 crew members on board, three of whom were hurt.", "21", "crew", ""),
    ],
)
def test_the_outcome_a_clause_names(text, written, figure, expected):
    start = text.index(written)
    assert figures._outcome(text, start, start + len(written), figure) == expected


def test_values_tenfold_apart_are_other_facts():
    out = _counts(
        ("a", "Wire", "2025-05-01T08:00Z", "The attack killed 6 people on Monday.", "6"),
        (
            "b",
            "Gazette",
            "2025-05-01T09:00Z",
            "The war has killed 80,000 people since 2006.",
            "80,000",
        ),
        ("c", "Herald", "2025-05-01T10:00Z", "The attack killed 9 people on Monday.", "9"),
    )
    assert out["status"].to_dict() == {"a": "differ", "b": "single", "c": "differ"}


@pytest.mark.parametrize(
    "text,written,expected",
    [
        ("Sales rose 5% in May.", "5%", "change"),
        ("Arrests were 47% less than in 2010.", "47%", "change"),
        ("The bank cut rates by 25 points.", "25", "change"),
        ("Another 20 people were killed.", "20", "increment"),
        ("An additional 14 officers were held.", "14", "increment"),
        ("Police held 14 more officers.", "14", "increment"),
        ("It killed the envoy and three other Americans.", "three", "increment"),
        ("More than 30 people were held.", "30", ""),
        ("Sales reached 5% of the market.", "5%", ""),
        ("It had 30 more than the year before.", "30", "change"),
        ("Police held 40 people, including 22 officers.", "22", "increment"),
        ("Nine were hurt, three of them children.", "three", "increment"),
        ("Among them 12 were students.", "12", "increment"),
        ("He was shot six times, with two shots to the head.", "two", "increment"),
        ("Attackers stabbed two people at the market and one at a tram stop.", "two", "increment"),
        ("Attackers stabbed two people at the market and one at a tram stop.", "one", "increment"),
        ("Managua, with 1.2 million people, heard the blast.", "1.2 million", ""),
        ("The blast killed two people on Monday.", "two", ""),
        ("The biggest ever caught weighed 300 pounds.", "300 pounds", "reference"),
        ("The biggest was 22 stone.", "22 stone", "reference"),
        ("A 308-pound fish was previously caught there.", "308-pound", "reference"),
        ("Catfish can grow to 13 feet.", "13 feet", "reference"),
        ("A record 300 people attended.", "300", ""),
        ("The biggest union has 300,000 members.", "300,000", ""),
        # a count picked out of a larger set; a poll's margin of error
        ("The rivals clashed in the last two debates.", "two", "increment"),
        ("Her three remaining rivals stayed quiet.", "three", "increment"),
        ("The league has held two debates.", "two", ""),
        ("She has won four of the last five races.", "four", "increment"),
        ("Two of the three suspects were held.", "Two", "increment"),
        ("Five of its fighters fell ill.", "Five", ""),
        ("Pollsters put the margin of error near 4 points.", "4 points", "margin"),
        ("Its figures hold plus or minus 4 points.", "4 points", "margin"),
        (
            "The sampling margin of error was 3.1 percentage points.",
            "3.1 percentage points",
            "margin",
        ),
        ("The poll asked 996 likely voters.", "996", ""),
    ],
)
def test_a_change_or_an_increment_is_not_the_level(text, written, expected):
    start = text.index(written)
    assert figures._role(text, start, start + len(written)) == expected


@pytest.mark.parametrize(
    "text,written,kind,expected",
    [
        ("The graffiti will slash $500,000 off its value.", "$500,000", "money", "change"),
        ("The wreck lies 25 miles off the coast.", "25 miles", "measure", ""),
        ("The 11-inch model sells well.", "11-inch", "measure", "designation"),
        ("It comes in a 10-inch and 14-inch version.", "10-inch", "measure", "designation"),
        ("The 42mm version costs more.", "42mm", "measure", "designation"),
        ("The new 15-inch Zephyr Book is light.", "15-inch", "measure", "designation"),
        ("The screen measures 12 inches.", "12 inches", "measure", ""),
        ("The crater is 40 feet wide and 16 feet.", "16 feet", "measure", "other aspect"),
        ("The crater is 40 feet wide and 16 feet deep.", "16 feet", "measure", ""),
    ],
)
def test_what_the_words_next_to_a_measure_make_of_it(text, written, kind, expected):
    start = text.index(written)
    assert figures._role(text, start, start + len(written), kind) == expected


@pytest.mark.parametrize(
    "text,written,expected",
    [
        ("It left a crater 12 metres wide near the airport.", "12 metres", "crater width"),
        ("It left a 16-foot-deep crater.", "16-foot", "crater depth"),
        ("The crater had a depth of 5 metres.", "5 metres", "depth"),
        ("The rock measured 18 metres in diameter.", "18 metres", "diameter"),
        ("The camp lies 55 km (34 miles) north of the border.", "55 km", "distance from border"),
        ("The rock flew 31,000 miles from Earth on Friday.", "31,000 miles", "distance from earth"),
        ("A 25km slick reached the coast.", "25km", "slick length"),
    ],
)  # fmt: skip
def test_a_length_is_keyed_by_its_aspect_or_its_place(text, written, expected):
    start = text.index(written)
    row = pd.Series(
        {"kind": "measure", "quantity": "", "dimension": "length", "start": start,
         "end": start + len(written)}
    )  # fmt: skip
    assert figures._figure(row.to_frame().T.itertuples().__next__(), text) == expected


def _figure_rows(*rows: tuple) -> pd.DataFrame:
    """``figures.combine`` over one story of invented articles: (article_id, outlet, text,
    [(written, value, noun, modifier), ...]); every article published the same hour."""
    numbers, texts = [], []
    for article_id, _, text, found in rows:
        for n, (written, value, noun, modifier) in enumerate(found):
            start = text.index(written)
            numbers.append(
                (article_id, n, start, start + len(written), written, value, None, "", noun,
                 "count", modifier, None, "", "", 0, None)
            )  # fmt: skip
        texts.append(text)
    ids = [r[0] for r in rows]
    stories = pd.DataFrame({"article_id": ids, "story_id": "s", "story_size": len(ids)})
    articles = pd.DataFrame(
        {"article_id": ids, "source": [r[1] for r in rows], "published": "2025-05-01T08:00Z",
         "text": texts}
    )  # fmt: skip
    out = figures.combine({"stories.v1": stories, "numbers.v1": _numbers(*numbers)}, articles)
    return out.set_index("article_id")[["figure", "status"]]


def test_an_increment_is_not_compared_with_the_total():
    out = _figure_rows(
        ("a", "Wire", "Police have arrested 22 officers.", [("22", 22.0, "officers", "")]),
        ("b", "Gazette", "Police arrested 14 more officers.", [("14", 14.0, "officers", "")]),
    )
    assert out["status"].tolist() == ["single", "single"]


def test_a_record_quoted_for_scale_is_compared_with_nothing():
    out = _figure_rows(
        ("a", "Wire", "A 280-pound fish was caught.", [("280", 280.0, "pounds", "")]),
        ("b", "Gazette", "A 309-pound fish was previously caught there.",
         [("309", 309.0, "pounds", "")]),
        ("c", "Herald", "It weighed 250 pounds. The biggest ever was 309 pounds.",
         [("250", 250.0, "pounds", ""), ("309", 309.0, "pounds", "")]),
    )  # fmt: skip
    # b's record is no claim about this fish; c's record does not make c's figure two-valued
    assert out["status"].to_dict() == {"a": "differ", "b": "single", "c": "differ"}


@pytest.mark.parametrize(
    "text,written,expected",
    [
        ("It has killed 13,000 civilians since 2009.", "13,000", "since 2009"),
        ("It has fought since 2009, with 2,000 killed this year.", "2,000", "this year"),
        ("In December 2011, two students died.", "two", "in december 2011"),
        ("Six people were killed on Monday.", "Six", ""),
    ],
)
def test_the_period_a_figure_is_said_of(text, written, expected):
    start = text.index(written)
    assert figures._scope(text, start, start + len(written)) == expected


def test_figures_of_two_periods_are_two_facts():
    out = _figure_rows(
        ("a", "Wire", "Rebels have killed 2,000 civilians this year.",
         [("2,000", 2000.0, "civilians", "")]),
        ("b", "Gazette", "Rebels have killed 13,000 civilians since 2009.",
         [("13,000", 13000.0, "civilians", "")]),
        ("c", "Herald", "Rebels have killed 2,600 civilians this year.",
         [("2,600", 2600.0, "civilians", "")]),
    )  # fmt: skip
    assert out["status"].to_dict() == {"a": "differ", "b": "single", "c": "differ"}


def test_a_vague_figure_may_agree_but_never_disputes():
    out = _figure_rows(
        ("a", "Wire", "Courts dropped 849 cases.", [("849", 849.0, "cases", "")]),
        ("b", "Gazette", "Courts dropped thousands of cases.",
         [("thousands", 2000.0, "cases", "vague")]),
        ("c", "Herald", "Courts dropped 849 cases.", [("849", 849.0, "cases", "")]),
    )  # fmt: skip
    assert out["status"].to_dict() == {"a": "agree", "b": "single", "c": "agree"}


def test_an_article_giving_a_figure_two_values_names_two_things():
    out = _figure_rows(
        ("a", "Wire", "It has 11 ports and the big one 13 ports.",
         [("11", 11.0, "ports", ""), ("13", 13.0, "ports", "")]),
        ("b", "Gazette", "It has 12 ports.", [("12", 12.0, "ports", "")]),
        ("c", "Herald", "It has 16 ports.", [("16", 16.0, "ports", "")]),
    )  # fmt: skip
    # a's "ports" are two things: it disputes nothing; b and c still differ
    assert out["status"].to_dict() == {"a": "single", "b": "differ", "c": "differ"}


def test_how_many_times_is_no_figure():
    out = _figure_rows(
        ("a", "Wire", "She has married three times.", [("three", 3.0, "times", "")]),
        ("b", "Gazette", "He fired five times.", [("five", 5.0, "times", "")]),
    )
    assert out.empty


def test_a_running_tally_may_agree_but_never_disputes():
    out = _figure_rows(
        ("a", "Wire", "The clip has 2 million views.", [("2 million", 2e6, "views", "")]),
        ("b", "Gazette", "The clip has 5 million views.", [("5 million", 5e6, "views", "")]),
        ("c", "Herald", "The clip has 2 million views.", [("2 million", 2e6, "views", "")]),
    )  # fmt: skip
    # views are counted at two moments, not disputed; a and c still agree
    assert out["status"].to_dict() == {"a": "agree", "b": "single", "c": "agree"}


def test_executions_are_deaths():
    text = "Militants executed 12 doctors on Friday."
    start = text.index("12")
    assert figures._outcome(text, start, start + 2, "doctors") == "killed"
