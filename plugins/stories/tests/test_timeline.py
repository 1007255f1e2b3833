"""story.timeline.v1 on the Kestrel Bay story: events line up across days; a year is a year."""

from __future__ import annotations

import pandas as pd
import pytest
from newslens_stories import frames, timeline


@pytest.fixture(scope="module")
def kestrel_events(inputs, story_corpus, kestrel_story) -> pd.DataFrame:
    out = timeline.combine(inputs, story_corpus)
    assert list(out.columns) == list(timeline.COLUMNS)
    return out[out["story_id"] == kestrel_story].reset_index(drop=True)


def _day(value: str) -> pd.Timestamp:
    return pd.Timestamp(value, tz="UTC")


def test_the_grounding_lines_up_across_five_days_of_reports(kestrel_events):
    grounding = kestrel_events[kestrel_events["event"].str.contains("ran aground")]
    assert len(grounding) == 1
    row = grounding.iloc[0]
    # "early on Monday" (Mon), "on Monday" (Tue, Wed, Thu), "last Monday" (next Mon)
    assert (row["date_start"], row["date_end"]) == (_day("2025-03-10"), _day("2025-03-11"))
    assert row["granularity"] == "day"
    assert row["article_ids"] == [
        "kestrel-harbour-gazette",
        "kestrel-northern-ledger",
        "kestrel-coastline-daily",
        "kestrel-meridian-wire",
        "kestrel-valley-courier",
    ]
    assert row["sources"][0] == "Harbour Gazette"
    assert row["first_reported"] == pd.Timestamp("2025-03-10T18:00Z")
    assert bool(row["dates_agree"]) is True


def test_every_event_row_by_row(kestrel_events):
    rows = [
        (r.date_start.date().isoformat(), r.granularity, len(r.article_ids), r.dates_agree)
        for r in kestrel_events.itertuples()
    ]
    assert rows == [
        ("2019-01-01", "year", 1, pd.NA),  # "built in 2019": a year, not 1 January
        ("2025-03-10", "day", 5, True),  # ran aground
        ("2025-03-11", "day", 1, pd.NA),  # Save Kestrel Bay said on Tuesday
        ("2025-03-12", "day", 2, True),  # the inquiry opened on Wednesday (Thu and next Mon)
        ("2025-06-01", "month", 1, pd.NA),  # will report in June
    ]
    year = kestrel_events.iloc[0]
    assert year["date_end"] == _day("2020-01-01")
    assert "built" in year["event"]
    assert "inquiry" in kestrel_events.iloc[3]["event"].lower()


def test_outlets_giving_different_dates_do_not_agree():
    stories = pd.DataFrame({"article_id": ["a", "b"], "story_id": ["s", "s"], "story_size": [2, 2]})
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": ["The bridge collapsed on Monday.", "The bridge collapsed on Sunday."],
            "published": pd.to_datetime(["2024-05-07", "2024-05-08"], utc=True),
            "source": ["One", "Two"],
        }
    )
    dates = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "start": [24, 24],
            "end": [30, 30],
            "text": ["Monday", "Sunday"],
            "type": ["DATE", "DATE"],
            "value": ["2024-05-06", "2024-05-05"],
            "date_start": pd.to_datetime(["2024-05-06", "2024-05-05"], utc=True),
            "date_end": pd.to_datetime(["2024-05-07", "2024-05-06"], utc=True),
        }
    )
    out = timeline.combine({"stories.v1": stories, "timeline.v1": dates}, articles)
    assert len(out) == 1
    assert out.iloc[0]["event"] == "The bridge collapsed"
    assert bool(out.iloc[0]["dates_agree"]) is False
    assert out.iloc[0]["sources"] == ["One", "Two"]


@pytest.mark.parametrize(
    "value,expected",
    [("2019", "year"), ("2019-03", "month"), ("2019-03-04", "day"), ("2019-W10", "week"),
     ("2019-Q1", "quarter"), ("2019-03-04T14:00", "time")],
)  # fmt: skip
def test_granularity_from_the_timex_value(value, expected):
    start = pd.Timestamp("2019-01-01", tz="UTC")
    assert timeline.granularity(value, start, start) == expected


def _combine(texts: list[str], dates: list[tuple[str, str]]) -> pd.DataFrame:
    """story.timeline.v1 over one story of ``texts`` (article i published 2024-05-(8+i));
    ``dates``: (article index as text, expression) pairs, each found in its article's text
    after the article's previous one, all resolved to 2024-05-06."""
    ids = [f"a{i}" for i in range(len(texts))]
    stories = pd.DataFrame({"article_id": ids, "story_id": "s", "story_size": len(ids)})
    articles = pd.DataFrame(
        {
            "article_id": ids,
            "text": texts,
            "published": pd.to_datetime(
                [f"2024-05-{8 + i:02d}" for i in range(len(ids))], utc=True
            ),
            "source": [f"Outlet {i}" for i in range(len(ids))],
        }
    )
    rows = []
    after: dict[str, int] = {}
    for index, expression in dates:
        text = texts[int(index)]
        start = text.index(expression, after.get(index, 0))
        after[index] = start + len(expression)
        rows.append(
            {
                "article_id": f"a{index}",
                "start": start,
                "end": start + len(expression),
                "text": expression,
                "type": "DATE",
                "value": "2024-05-06",
                "date_start": pd.Timestamp("2024-05-06", tz="UTC"),
                "date_end": pd.Timestamp("2024-05-07", tz="UTC"),
            }
        )
    return timeline.combine({"stories.v1": stories, "timeline.v1": pd.DataFrame(rows)}, articles)


def test_a_clause_that_is_only_its_date_gives_way_to_its_sentence():
    """'On Monday, X happened' and 'X happened, in a rare step, yesterday': the event is the
    sentence without its date; a dateline line tells no event at all."""
    out = _combine(
        [
            "Monday, May 6, 2024\nOn Monday, the port authority closed the harbour to tankers.",
            "The port authority closed the harbour to tankers, in a rare step, yesterday.",
        ],
        [("0", "Monday, May 6, 2024"), ("0", "Monday"), ("1", "yesterday")],
    )
    assert out["event"].tolist() == ["the port authority closed the harbour to tankers"]
    assert out.iloc[0]["article_ids"] == ["a0", "a1"]  # one event, told by both outlets


def test_an_event_never_opens_on_a_conjunction():
    out = _combine(
        ["The mayor resigned in March, and the council met on Monday to pick a successor.", "x"],
        [("0", "Monday")],
    )
    assert out["event"].tolist() == ["the council met to pick a successor"]


def test_a_date_in_the_possessive_leaves_no_stray_s():
    out = _combine(
        ["Monday's vote on the budget was postponed by the council.", "x"], [("0", "Monday")]
    )
    assert out["event"].tolist() == ["vote on the budget was postponed by the council"]


@pytest.mark.parametrize(
    "text,expression,side",
    [
        ("The tranche, due May 6, 2024, was priced at 82.", "May 6, 2024", True),
        ("Ginnings totalled 9.2 mln bales, vs 12.8 mln bales in 1985.", "1985", True),
        ("Tariffs were lowered to 14 pct from 22.5 pct in March 1984.", "March 1984", True),
        ("Yields compared with an average 6.35 pct for notes sold last week.", "last week", True),
        ("The wheat, for June/July and June/August delivery, was bought.", "June", True),
        ("Sales will fall in the year ending July 31.", "July 31", True),
        ("Prices were still 15 pct below levels of February 1986.", "February 1986", True),
        ("Traffic rose to 7.3 mln from 3.9 mln a year ago.", "a year ago", True),
        ("Traffic rose 5 pct a year ago.", "a year ago", False),
        ("Truck exports dropped 17.2 pct from last year.", "last year", True),
        ("The plant closed last year.", "last year", False),
        ("The tanker ran aground on Monday.", "Monday", False),
        ("Exports rose to 3.3 billion rand in January.", "January", False),
        ("The port will stay closed until Monday.", "Monday", True),
        ("Planting is not expected to begin until next month.", "next month", False),
        ("The vote was postponed to June.", "June", True),
        ("The airline ordered four jets for delivery in October 1990.", "October 1990", True),
        ("Stocks were 4 pct above the February 1986 total.", "February 1986", True),
        ("Exports fell 8 pct from January to 530,066 cars.", "January", True),
        ("Ministers will meet from April 5 to 8.", "April 5", False),
        ("Rents will rise by 10 pct from April 1.", "April 1", False),
        ("The minister welcomed this week's cut in rates.", "this week", True),
        ("Tuesday's cut in rates was welcomed by the minister.", "Tuesday", False),
        ("Analysts met at Monday's meeting of the fund.", "Monday", False),
        ("The firm bought shares under a plan announced in March.", "March", True),
        ("An inquiry into the grounding opened on Wednesday.", "Wednesday", False),
        ("The agency said the terms of the sale would follow shortly.", "shortly", False),
        ("The auditors qualified its 1985 annual report.", "1985", True),
        ("The agency raised the 1987 sugar import quota.", "1987", True),
        ("June bonds rose 12/32 in early trade.", "June", True),
        ("Dealers quoted the 2-1/2s of 2011 at 113.", "2011", True),
        ("February exports rose 5 pct.", "February", False),
        ("In 1987 bonds rallied.", "1987", False),
        ("The report yesterday showed more hogs on farms.", "yesterday", False),
        ("Rainfall was 50 mm, against 80 mm last April.", "last April", True),
        ("Traffic rose to 1.3 mln, a rise of 9 pct over 2018.", "2018", True),
        ("Exports were up 12 pct on 2018.", "2018", True),
        ("The bank will raise its rate to 6.5 pct on May 3.", "May 3", False),
        ("The distribution is payable June 20 to shareholders of record May 29.", "May 29", True),
        ("Stocks are at a record now, dealers said.", "now", False),
        (
            "The board declared a dividend payable June 3 to holders of record May 20.",
            "June 3",
            True,
        ),
        ("Two cargoes loading August were offered at 18 dlrs.", "August", True),
        ("The ministry set out its output targets for 1990 on Friday.", "1990", True),
        ("The ministry set out its output targets for 1990 on Friday.", "Friday", False),
        ("Fund managers sold shares ahead of her visit on Thursday.", "Thursday", True),
        # a longer preposition of time: what the clause is before or after, not its date
        ("Both mayors toured the coast in anticipation of the May 3 vote.", "May 3", True),
        ("The union held rallies in the run-up to the June 9 ballot.", "June 9", True),
        ("Ferry bookings fell in the wake of the March 2 storm.", "March 2", True),
        ("The union held rallies on June 9.", "June 9", False),
        # a fronted phrase of cause or ground names what moved the main clause
        ("Stung by the floods of 2019, the town raised its levees.", "2019", True),
        ("Based on its 2021 accounts, the board on Monday cut the dividend.", "2021", True),
        ("Elected in 2008, the mayor took office in May.", "2008", False),
        ("The mayor was stung by the floods of 2019.", "2019", False),
        ("Banks will need cash after the April 15 filing date.", "April 15", True),
        ("Traders bought after the bank cut its rate on Thursday.", "Thursday", False),
        ("Ferry fares have crept up since the start of this season.", "this season", False),
        ("Voters fear a 1970s-style slump.", "1970s", True),
        ("The new phone has twice the memory of the X2 launched today.", "today", True),
        ("Dealers were cautious after a day like yesterday.", "yesterday", True),
        ("The lira fell to its lowest level since 1992 on Monday.", "1992", True),
        ("The port has been closed since Monday.", "Monday", False),
        # a state or a process since a date: begun then or running since, the labels split
        ("The firm has bought back its shares since 1983.", "1983", False),
        ("Trading in the shares has been suspended since late 1986.", "late 1986", False),
        ("Turnover grew 2 pct in the month to mid-June.", "mid-June", False),
        ("Sales were down on 1985, the chain said.", "1985", True),
        ("Shares were down on Monday.", "Monday", False),
        ("Turnover grew 8 pct in the nine months to October.", "October", True),
        ("The council cut funding for 1991 on Friday.", "1991", True),
        ("The loss was close to the profit made last week.", "last week", True),
        # a comparison's old value said as a noun of change, a percentage or a changed value
        ("The mill shipped 40 tonnes a day last year, an 8 pct drop from 2019.", "2019", True),
        ("Ferry traffic rose 3 pct from the March total.", "March", True),
        ("The fund cut its fees by 5 pct from the 2020 level.", "2020", True),
        ("The bank will lift its rate to 6 pct from May 2.", "May 2", False),
        ("The port raised its quota to 900 a day from its planned 2021 rate.", "2021", True),
        ("The board moved the vote to June 9 from June 2.", "June 2", True),
        ("Rents were up 2 pct in May, the same as in April.", "April", True),
        ("The price index, base 1995, stood at 130.", "1995", True),
        ("The post-1990 record deficit was 12 billion crowns in 2003.", "1990", True),
        # a date before a noun it names, a capitalised modifier too; a number opens a reduced
        # relative; a currency named "won" is no participle
        ("The island reverts to the crown in 2030 under a 1998 Anglo-Dutch treaty.", "1998", True),
        ("The gain reflected a full year of three mills bought in 2019.", "2019", True),
        ("Deposits fell 2 pct to 5,120 billion won in June.", "June", False),
        # what a preposition of time sets the clause against, a longer phrase too
        ("Fares rose 0.3 pct in May after a 0.6 pct April gain.", "April", True),
        (
            "Stocks rose by 2 tonnes, following a fall of 4.5 tonnes in the previous week.",
            "the previous week",
            True,
        ),
        ("The pact was signed after the ministers met. In May talks resumed.", "May", False),
        # a possessive behind a modal's verb; a delay told as moving up or bringing forward; an
        # offset's anchor; a participle set off by commas; a count of years ago compared
        ("Ministers will review last month's pact in June.", "last month", True),
        ("Last month's pact will be reviewed in June.", "Last month", False),
        ("The club moved up the final to May 4 from June 1.", "May 4", True),
        ("The bank may bring forward to the first half its bond sales.", "the first half", True),
        ("Holders may sell the notes up to six weeks after March 1.", "March 1", True),
        ("Bus fares in the year from May 1 will rise.", "May 1", False),
        ("The guild, formed in 2011, will meet in Oslo.", "2011", True),
        ("The summit, expected in May, will be held in Oslo.", "May", False),
        ("Its share fell to 41 pct from 63 pct three years ago.", "three years ago", True),
        (
            "The firm is stronger now than when she took over six months ago.",
            "six months ago",
            False,
        ),
        ("Fines rose under a 2015 road safety act.", "2015", True),
        # a span's end said "up to"; a period "ending in" a month; a comparison's figure and
        # its date with no word between; "soon" is no date that names a thing
        ("The options can be exercised up to December 31.", "December 31", True),
        ("Profits may fall in the year ending in March 2026.", "March 2026", True),
        ("Call money fell to 3.4 pct from 3.6 pct yesterday.", "yesterday", True),
        ("The bank will raise its rate to 23 pct from 21 pct on May 7.", "May 7", False),
        ("The agency would soon offer export wheat to the mills.", "soon", False),
        ("Its June 2021 Swiss franc convertible bond offering was repaid.", "June 2021", True),
        # comparisons said with "beyond", "level with", "in line with", "compared favourably
        # with", "as strong as" (not "as early as"), a bracketed date after a figure
        ("Growth will not rise beyond levels seen in 2019.", "2019", True),
        ("Output is level with a year ago.", "a year ago", True),
        ("Rents rose 2 pct, in line with last year.", "last year", True),
        ("Debt compared favourably with the peak of 9 billion in 2012.", "2012", True),
        ("Sales were not as strong as in 2018.", "2018", True),
        ("The board may vote as early as May 9.", "May 9", False),
        ("Imports fell from 2.4 mln (last year) to two mln.", "last year", True),
        # a reduced relative after a longer noun phrase or "within" ("and" opens no phrase);
        # instruments named by a year; a security's date
        ("Prices stayed within the rate band set March 10 by the bank.", "March 10", True),
        ("Stocks rose on the 6.8 billion crown surplus posted in May.", "May", True),
        (
            "The fund was set up by the city council and opened in October 2001.",
            "October 2001",
            False,
        ),
        ("Some 500 shares may still be bought under the 2019 authorization.", "2019", True),
        ("The exchange relisted its floating rate notes dated 2031.", "2031", True),
        ("The army must meet recovery goals set for 2030.", "2030", True),
        # another period's level; an exception; a bare comparison month after a change; a
        # thing's later date told after it; an object's reduced relative with its agent
        ("Margins may not match 2019 levels.", "2019", True),
        ("The June level was the lowest since 1961.", "June", False),
        ("Output fell two pct against November.", "November", True),
        ("The fees will be charged against second quarter results.", "second quarter", False),
        ("Crops, with the exception of 2013, were large.", "2013", True),
        ("The plan said the quarry, to be opened on Thursday, will employ 40.", "Thursday", True),
        (
            "The new permit supersedes a permit issued by the council last Friday.",
            "last Friday",
            True,
        ),
        ("Unions struck to scrap a levy adopted on May 3.", "May 3", True),
        # the term of a record or a first after "since"; a state's start keeps its date
        ("It was the first time the two rivals met since April.", "April", True),
        ("Turnout was the highest for a local vote since 1958.", "1958", True),
        ("The yard is busier than it has been at any time since 2009.", "2009", True),
        ("The quay has been shut since April.", "April", False),
        ("Ortiz has spoken to the crews every week since May.", "May", False),
    ],
)
def test_another_things_date_dates_no_event(text, expression, side):
    start = text.index(expression)
    assert timeline._side_date(text, start, start + len(expression)) is side


def test_a_comma_inside_a_number_breaks_no_clause_and_a_table_line_is_no_event():
    out = _combine(
        ["The trust sold the 187,600-share holding on Monday at 64 dlrs a share.",
         "Record Monday\n70 cts 1,383,000 dlrs 15 cts Monday"],
        [("0", "Monday"), ("1", "Monday"), ("1", "Monday")],
    )  # fmt: skip
    assert out["event"].tolist() == ["The trust sold the 187,600-share holding at 64 dlrs a share"]


def test_two_releases_that_share_only_report_words_are_two_events():
    out = _combine(
        ["Japan's current account surplus rose 5 pct on Monday.",
         "New Zealand's current account surplus rose 3 pct on Monday.",
         "New home sales rose 5 pct on Monday, the department said."],
        [("0", "Monday"), ("1", "Monday"), ("2", "Monday")],
    )  # fmt: skip
    assert sorted(len(ids) for ids in out["article_ids"]) == [1, 1, 1]


def test_a_clause_whose_subject_is_elsewhere_gives_way_to_its_sentence():
    out = _combine(
        ["The lender cut its rate, bringing the cost of a loan to 4 pct on Monday.", "No date."],
        [("0", "Monday")],
    )
    assert out["event"].tolist() == [
        "The lender cut its rate, bringing the cost of a loan to 4 pct"
    ]
    assert timeline._SUBJECTLESS.match("Beijing said it would") is None


def test_a_clause_whose_date_is_its_predicate_gives_way_to_its_sentence():
    out = _combine(
        ["The wettest day was Monday, when 80 mm of rain fell on the town.", "No date."],
        [("0", "Monday")],
    )
    assert out["event"].tolist() == ["The wettest day was , when 80 mm of rain fell on the town"]


@pytest.mark.parametrize(
    "sentence,date,event",
    [
        # a relative clause tells its own event, with the last words of its antecedent
        (
            "Shares of the miner, which soared to 300 pence on Monday, closed lower.",
            "Monday",
            "Shares of the miner, which soared to 300 pence",
        ),
        (
            "The keepers say the herd cannot leave the reserve, where rangers counted its "
            "calves in July.",
            "July",
            "rangers counted its calves",
        ),
        # "as" in a relative clause names a role; it does not cut the clause
        (
            "The council thanked Ms Lee, who served as mayor in 2016.",
            "2016",
            "council thanked Ms Lee, who served as mayor",
        ),
        # a relative clause without a word of content says nothing of its own
        (
            "The talks, which were in May, ended without a deal.",
            "May",
            "The talks, which were , ended without a deal",
        ),
    ],
)
def test_a_relative_clause_tells_its_own_event(sentence, date, event):
    out = _combine([sentence, "No date."], [("0", date)])
    assert out["event"].tolist() == [event]


@pytest.mark.parametrize(
    "clause,denied",
    [
        ("there was no rain in the north", True),
        ("No agreement was reached by the ministers", True),
        ("The central bank did not intervene in the market", True),
        ("The minister said Britain would not hesitate to act", False),
        ("The bank could not stop the fall of the currency", False),
        ("The storm forced the government to promise that there will be no new taxes", False),
        ("The tanker ran aground off the point", False),
        ("The mayor was unavailable for comment", True),
        # typographic apostrophes; "never"; a negation the clause's saying reports
        ("The council hasn’t approved the budget", True),
        ("Both rivals never managed to widen their support", True),
        ("Ortiz backed the toll plan, saying it wasn’t costly", False),
    ],
)
def test_a_clause_that_says_nothing_happened_tells_no_event(clause, denied):
    assert timeline._denied(clause) is denied
    out = _combine([clause + " on Monday.", "x"], [("0", "Monday")])
    assert out.empty is denied


def test_a_phrase_without_a_verb_gives_way_to_its_sentence_or_tells_nothing():
    out = _combine(
        ["The board approved the merger at its regular meeting on Monday.",
         "Dividend payable on Monday, record date April 2.",
         "A sharp drop on Monday, dealers said, wiped out the gains."],
        [("0", "Monday"), ("1", "Monday"), ("2", "Monday")],
    )  # fmt: skip
    # "A sharp drop" is a phrase: the event is its sentence; a dividend line tells none
    assert sorted(out["event"]) == [
        "A sharp drop , dealers said, wiped out the gains",
        "The board approved the merger at its regular meeting",
    ]


def test_a_span_of_days_named_by_its_first_is_a_range():
    start, end = pd.Timestamp("1987-03-01", tz="UTC"), pd.Timestamp("1987-03-21", tz="UTC")
    assert timeline.granularity("1987-03-01", start, end) == "range"
    assert timeline.granularity("1987-03-01", start, start + pd.Timedelta(days=1)) == "day"
    text = "Sales will fall in the financial year starting April 1."
    at = text.index("April 1")
    assert timeline._side_date(text, at, at + len("April 1"))
    text = "Talks starting on Monday will cover tariffs."
    at = text.index("Monday")
    assert not timeline._side_date(text, at, at + len("Monday"))


def test_two_dates_that_bound_one_span_are_one_range():
    text = (
        "The plant will close from July 6 to July 20, the union said. Output fell between 1990 "
        "and 1992. Repairs ran June 29-July 13. Sales rose in May and June. A vote is due in "
        "March or April. The offer runs from May 7, 2025, to August 6, 2025."
    )
    found = [("July 6", "2024-07-06", "2024-07-07"), ("July 20", "2024-07-20", "2024-07-21"),
             ("1990", "1990-01-01", "1991-01-01"), ("1992", "1992-01-01", "1993-01-01"),
             ("June 29", "2024-06-29", "2024-06-30"), ("July 13", "2024-07-13", "2024-07-14"),
             ("May", "2024-05-01", "2024-06-01"), ("June", "2024-06-01", "2024-07-01"),
             ("March", "2025-03-01", "2025-04-01"),
             ("April", "2025-04-01", "2025-05-01"),
             ("May 7, 2025", "2025-05-07", "2025-05-08"),
             ("August 6, 2025", "2025-08-06", "2025-08-07")]  # fmt: skip
    rows, after = [], 0
    for expression, first, last in found:
        start = text.index(expression, after)
        after = start + len(expression)
        rows.append({"article_id": "a", "start": start, "end": after,
                     "date_start": pd.Timestamp(first, tz="UTC"),
                     "date_end": pd.Timestamp(last, tz="UTC")})  # fmt: skip
    dates = pd.DataFrame(rows)
    dates["sentence_index"] = frames.sentences(dates, {"a": text})
    joined = timeline._joined_ranges(dates, {"a": text})
    assert [text[s:e] for s, e in zip(joined["start"], joined["end"], strict=True)] == [
        "July 6 to July 20", "1990 and 1992", "June 29-July 13", "May", "June", "March or April",
        "May 7, 2025, to August 6, 2025",
    ]  # fmt: skip
    assert joined["date_end"].iloc[1] == pd.Timestamp("1993-01-01", tz="UTC")


@pytest.mark.parametrize(
    "text,expression,side",
    [
        # an appositive between a subject and its verb names the subject's past
        ("Moreau, the league's top scorer in 2009, signed a new deal.", "2009", True),
        ("Ortiz, its chairman since 1999, said the bank would grow.", "1999", True),
        ("The mayor, who spoke in June, left.", "June", False),
        # a participle phrase of mention after a comma
        ("The senator spoke in Leeds, recalling a levy that failed in 2007.", "2007", True),
        ("The union struck, citing a pay deal signed last March.", "last March", True),
        ("The union struck. Citing nothing, the board met in March.", "March", False),
        # a comparison with another instance
        ("No rival pressed her, as they had at a hearing last week.", "last week", True),
        ("The party gained seats, as it had in 2012.", "2012", True),
        # a statement that a preposition governs
        ("She stood by her remarks Monday that the plan would fail.", "Monday", True),
        ("Critics seized on his comments on Tuesday about the port.", "Tuesday", True),
        ("He made the remarks on Tuesday.", "Tuesday", False),
        # a likeness with a possessive
        ("His campaign, like Ford's in 1976, drew crowds.", "1976", True),
        ("The two would like to meet in May.", "May", False),
        # a change from a thing named before its date; a participle looking to a date
        ("Turnout was 60,000, a 20 pct increase from the last open race, in 2012.", "2012", True),
        ("The mayor admitted the pick was tactical, looking to the June 20 vote.", "June 20", True),
        # a statement whose content follows its date, after a possessive
        (
            "It could fuel doubts, or the chair's assertion Tuesday that the party is united.",
            "Tuesday",
            True,
        ),
        ("The firm said in its statement Monday that sales rose.", "Monday", False),
        (
            "Lund's comment on Sunday that the pact had failed was read as a signal.",
            "Sunday",
            False,
        ),
    ],
)
def test_a_date_another_phrase_of_the_clause_names_dates_no_event(text, expression, side):
    start = text.index(expression)
    assert timeline._side_date(text, start, start + len(expression)) is side


@pytest.mark.parametrize(
    "text,expression,ended,side",
    [
        # told in the present, of a date long past: the date is what the clause mentions
        ("The governor is reflecting on his first campaign in 1999.", "1999", "2000-01-01", True),
        ("The new ad slams Ruiz for backing a toll rise in 1994.", "1994", "1995-01-01", True),
        # a verb of another tense, or a clause of its own, takes the date
        ("The firm says it paid 3 mln in taxes in 2012.", "2012", "2013-01-01", False),
        ("The firm says that in 2011 it lost 3 mln on the plant.", "2011", "2012-01-01", False),
        # recent: a headline's present ("wins Monday") is not affected
        ("The governor is reflecting on the vote on Monday.", "Monday", "2024-05-07", False),
        # not a verb of saying or judging: a figure's period
        ("Banks are reporting a recovery in 1986 profits.", "1986", "1987-01-01", False),
    ],
)
def test_a_clause_told_in_the_present_is_not_dated_long_before(text, expression, ended, side):
    start = text.index(expression)
    published = pd.Timestamp("2024-05-08", tz="UTC")
    told = timeline._told_now_of_the_past(text, start, pd.Timestamp(ended, tz="UTC"), published)
    assert told is side


def test_a_relative_clause_after_a_quotation_keeps_only_its_antecedent():
    out = _combine(
        ['"We never lost a file," said Ortiz, who served as a judge in 2016.', "No date."],
        [("0", "2016")],
    )
    assert out["event"].tolist() == ["Ortiz, who served as a judge"]


def test_a_date_in_a_relative_clause_without_a_subject_tells_the_relative_clause():
    out = _combine(
        ["The inquiry has the help of Ortiz, who ran the port before opening a yard in 2009.",
         "No date."],
        [("0", "2009")],
    )  # fmt: skip
    assert out["event"].tolist() == ["the help of Ortiz, who ran the port before opening a yard"]


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        # a past contest, act or work named by its year, in a sentence that reports a statement
        ("Reyes, a manager of Lund's 2004 campaign, said the sums do not add up.", "2004", True),
        ("Several elders agreed he needs a speech like her 2008 speech on race.", "2008", True),
        ("Ortiz is telling the crowd he has few memories of his 1999 bid.", "1999", True),
        # no statement: the clause may tell the thing itself
        ("The address will bookend her 2008 primary battle with Ortiz.", "2008", False),
        # the article's own year is the story's period; a frame; a verb doing the thing
        ("Ortiz said the 2016 race had been chaotic.", "2016", False),
        ("In the 2012 election, turnout was 53 pct, she said.", "2012", False),
        ("Tsang, who won the 1992 primary in the county, said it was close.", "1992", False),
        ("Reyes, who managed Ana Lund's 1996 campaign, said it was close.", "1996", False),
        # a full date dates the contest itself; a crop year is no contest
        ("Voters said the May 6 election was fair.", "May 6", False),
        (
            "Traders said exports for the 1986/87 campaign stand at two mln tonnes.",
            "1986/87",
            False,
        ),
    ],
)
def test_a_past_thing_named_by_its_year_in_a_statement_dates_no_event(text, expression, expected):
    start = text.index(expression)
    published = pd.Timestamp("2016-05-08", tz="UTC")
    found = timeline._past_thing_of_a_statement(text, start, start + len(expression), published)
    assert found is expected


def _spans(text: str, *expressions: str) -> list[tuple[int, int]]:
    return sorted((text.index(x), text.index(x) + len(x)) for x in expressions)


@pytest.mark.parametrize(
    "text,expressions,expected",
    [
        # a year naming a thing by its noun beside the clause's own date, in it or fronted
        ("Later on Sunday, the mayor posted the reading list of a 2002 course.",
         ("Sunday", "2002"), True),
        ("The court on Friday overturned a 2004 ruling on the harbour.", ("Friday", "2004"), True),
        ("On Monday the board reopened the 1998 case.", ("Monday", "1998"), True),
        # alone in its clause the year may be the event's ("his 2005 vote" cut from a list)
        ("In a Tuesday meeting in Leeds, Vela took aim at Ortiz, chiefly his 2005 vote on tolls.",
         ("Tuesday", "2005"), False),
        # a preposition of time frames the clause; a year coordinated inside that frame
        ("On Monday she recalled that she met them in her 2000 and 2006 races.",
         ("Monday", "2000", "2006"), False),
        # a figure of the period is the event's period, not a thing's name
        ("The firm on Friday said its 1986 profits rose 20 pct.", ("Friday", "1986"), False),
        ("Output should hold at this level through 1991 after a rise in May.", ("1991", "May"),
         False),
        # another thing's year beside it dates nothing of the clause either
        ("The 2008 race and the 2012 race were close.", ("2008", "2012"), False),
        ("On Monday the mayor praised the 2012 raid on the yard.", ("Monday", "2012"), True),
    ],
)  # fmt: skip
def test_a_year_naming_a_thing_beside_the_clauses_own_date_dates_no_event(
    text, expressions, expected
):
    year = [x for x in expressions if x.isdigit()][-1]  # the year under test: the last one
    start = text.index(year)
    found = timeline._thing_beside_the_date(text, start, start + 4, _spans(text, *expressions))
    assert found is expected


def test_a_run_since_a_date_lasts_to_the_telling():
    out = _combine(
        ["The quay has been shut since Monday, the port said.",
         "The ferry crews went on strike on Monday."],
        [("0", "Monday"), ("1", "Monday")],
    )  # fmt: skip
    rows = out.set_index("event")
    # "since Monday": from the day through the article's publication (2024-05-08; the end
    # is exclusive, as every date's), a range
    run = rows.loc["The quay has been shut"]
    assert (run["date_start"], run["date_end"], run["granularity"]) == (
        pd.Timestamp("2024-05-06", tz="UTC"),
        pd.Timestamp("2024-05-09", tz="UTC"),
        "range",
    )
    # "on Monday": the day itself
    day = rows.loc["The ferry crews went on strike"]
    assert (day["date_end"], day["granularity"]) == (pd.Timestamp("2024-05-07", tz="UTC"), "day")


def test_a_supposition_and_a_live_blog_heading_tell_no_event():
    out = _combine(
        ["If the board approves the sale on Monday, the plant will close within a year.",
         "Even if the strike ends on Monday, the harbour stays shut for repairs.",
         "If you doubt it, look at what the board did on Monday: it sold the plant.",
         "DOVER (AP) — The Latest on the harbour strike on Monday (all times local):"],
        [("0", "Monday"), ("1", "Monday"), ("2", "Monday"), ("3", "Monday")],
    )  # fmt: skip
    # the date of a supposition dates nothing that happened; a blog's heading names the blog;
    # a supposition before the date's own clause leaves the clause its event
    assert out["event"].tolist() == ["look at what the board did"]


def test_the_content_of_a_saying_dated_on_its_own_is_its_own_event():
    text = "The office announced Friday that the two leaders will meet the board on Thursday."
    spans = [(text.index("Friday"), text.index("Friday") + 6)]
    spans.append((text.index("Thursday"), text.index("Thursday") + 8))
    sentence = (0, len(text))

    def event(expression: str) -> str:
        at = text.index(expression)
        return timeline._clause(text, sentence, at, at + len(expression), spans)

    # the meeting is Thursday's event, the announcing Friday's
    assert event("Thursday") == "the two leaders will meet the board"
    assert event("Friday") == "The office announced that the two leaders will meet the board"
    # a saying without a date of its own keeps its clause, subject and all
    text = "The bank said that it cut its main rate on Monday."
    at = text.index("Monday")
    assert timeline._clause(text, (0, len(text)), at, at + 6, [(at, at + 6)]) == (
        "The bank said that it cut its main rate"
    )
