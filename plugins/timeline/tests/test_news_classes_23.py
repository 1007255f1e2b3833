"""Issue 19, twenty-third round: shapes the lead's story-timeline checks found on political
news (a programme or a publication named by time words, a named annual day in a clause of the
future) and round twenty-two's leftovers (an awaited decision under a modal, a fronted day
before a bare plural verb). Every sentence is invented (none follows a corpus sentence). The
publication date is Sunday 2026-02-15 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

SUNDAY = "2026-02-15"
PUBLISHED = SUNDAY  # the date ``found`` and ``bounds`` read against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised deictic or article mid-sentence names a programme or a publication
        ("The treasurer told the network's This Week that the levy was dead.", []),
        ("The treasurer told Channel Nine's This Week that the levy was dead.", []),
        ("Her essay in The Week argued that the canal would never pay.", []),
        ("The chef cooked on the Tonight Show with a borrowed knife.", []),
        ('The coach spoke to "Today" about the relegation fight.', []),
        ("The novelist's debut The Last Days of the Orchard sold poorly.", []),
        # negative: the same words where they date something
        (
            "The treasurer said this week that the levy was dead.",
            [("this week", "DATE", "2026-W07")],
        ),
        ("He left the party. This week he joined another.", [("This week", "DATE", "2026-W07")]),
        ('"Today we mourn," the mayor said.', [("Today", "DATE", "2026-02-15")]),
        # a headline's capitalised words are no name ("Vote" before "This Week")
        ("Councillors To Vote This Week", [("This Week", "DATE", "2026-W07")]),
        # a weekday after a programme's name is a day ("on the network's Meet the Press on
        # Sunday" keeps Sunday), and a table's column gap opens no name
        (
            "She said on the network's Face the Voters on Sunday that talks would resume.",
            [("Sunday", "DATE", "2026-02-15")],
        ),
        ("Volume traded nil  Yesterday's close: steady", [("Yesterday", "DATE", "2026-02-14")]),
    ],
)
def test_a_title_is_no_date(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a named annual day in a clause of the future is the next one, however far
        ("Voters in the county will pick a sheriff on Election Day.", "2026-02-15", "2026-11-03"),
        ("The new chancellor will be sworn in on New Year's Day.", "2026-02-15", "2027-01-01"),
        ("The ferry timetable will change on Christmas Eve.", "2026-02-15", "2026-12-24"),
        ("The audit should be finished by Thanksgiving, she said.", "2026-02-15", "2026-11-26"),
        ("Voters in the county will pick a sheriff on Election Day.", "2026-12-10", "2027-11-02"),
        # a wait for the day or a preparation for it, in the present
        ("Early polling stations stay open until Election Day.", "2026-02-15", "2026-11-03"),
        ("Both parties are gearing up for Election Day.", "2026-02-15", "2026-11-03"),
        ("Volunteers are counting down to New Year's Day.", "2026-02-15", "2027-01-01"),
        # a day coming nearer, in the present; a day fronted in its own clause of the future
        ("As Election Day looms, the parties hire canvassers.", "2026-02-15", "2026-11-03"),
        ("With New Year's Day fast approaching, the ferries are full.", "2026-02-15", "2027-01-01"),
        (
            "The mayor hopes that on Election Day, the new ballot scanners will work.",
            "2026-09-20",
            "2026-11-03",
        ),
        # an infinitive's act after a past verb: the nearest either side, not the last one
        ("The council asked residents to share cars on Election Day.", "2026-08-10", "2026-11-03"),
        ("The union asked its members to stay home on Christmas Eve.", "2026-08-10", "2026-12-24"),
        ("The union asked its members to stay home on Christmas Eve.", "2026-02-15", "2025-12-24"),
        # negative: a past clause keeps the one just past, in February as in December
        ("Queues at the polls were long on Election Day.", "2026-02-15", "2025-11-04"),
        ("Queues at the polls were long on Election Day.", "2026-12-10", "2026-11-03"),
        ("The ferries ran late on Christmas Eve.", "2026-02-15", "2025-12-24"),
        ("Donations have doubled since Thanksgiving.", "2026-12-10", "2026-11-26"),
        ("Postal ballots were accepted until Election Day.", "2026-02-15", "2025-11-04"),
        ("Once Election Day loomed, the parties hired canvassers.", "2026-02-15", "2025-11-04"),
        ("The senator said that on Election Day, turnout was poor.", "2026-09-20", "2025-11-04"),
        ("The choir went to church on Christmas Eve.", "2026-08-10", "2025-12-24"),
        # negative: a present of figures of the day past (a bare "for" or "to" is no wait)
        ("Toy sales are up 4 percent in the weeks to Christmas Eve.", "2026-01-10", "2025-12-24"),
        # negative: an infinitive's "to be" says no future, and a day kept every four years
        # has no occurrence within the year ahead
        ("The flood caused the fair to be moved on Christmas Eve.", "2026-02-15", "2025-12-24"),
        ("Turnout will be studied for weeks after Super Tuesday.", "2016-03-05", "2016-03-01"),
    ],
)
def test_a_named_annual_day_takes_the_tense_s_occurrence(
    found, text: str, published: str, expected: str
) -> None:
    [(_, kind, value)] = [row for row in found(text, published) if row[1] == "DATE"]
    assert (kind, value) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an awaited decision may say, under a modal: the coming day
        ("Monday's ruling could favour the state, lawyers said.", "2026-02-16"),
        ("Tuesday's verdict may go against the builder.", "2026-02-17"),
        ("Monday's judgment might overturn the grazing ban.", "2026-02-16"),
        ("Thursday's decision could side with the tenants.", "2026-02-19"),
        # negative: what it may cause is said of a thing done
        ("Monday's ruling could open the door to more suits.", "2026-02-09"),
        ("Monday's ruling could clear the way for the pipeline.", "2026-02-09"),
        ("Tuesday's verdict may spark protests.", "2026-02-10"),
    ],
)
def test_an_awaited_decision_under_a_modal(found, text: str, expected: str) -> None:
    [(_, kind, value)] = found(text)
    assert (kind, value) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted day, a plural subject and its bare verb, no comma: a present of schedule
        ("On Friday the nurses march to the health ministry.", "2026-02-20"),
        ("Monday the senators vote on the water bill.", "2026-02-16"),
        ("On Thursday the two delegations gather in Oslo.", "2026-02-19"),
        ("On Wednesday the ferry crews walk out again.", "2026-02-18"),
        ("On Monday the markets reopen after the holiday.", "2026-02-16"),
        # negative: a past verb, marked or irregular, or no subject at all
        ("On Friday the nurses marched to the health ministry.", "2026-02-13"),
        ("On Friday the rebels swept into the valley.", "2026-02-13"),
        ("On Tuesday the banks cut their rates.", "2026-02-10"),
        ("On Monday this uncertainty helped push prices down.", "2026-02-09"),
        ("On Monday attorneys general from nine states sued the firm.", "2026-02-09"),
        ("Friday night was the third night of the strike.", "2026-02-13TNI"),
    ],
)
def test_a_fronted_day_before_a_bare_plural_verb(found, text: str, expected: str) -> None:
    [(_, _, value)] = found(text)
    assert value == expected
