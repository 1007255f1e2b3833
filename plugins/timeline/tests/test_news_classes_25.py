"""Issue 19, twenty-fifth round: the reference time of a past narrative carried to a yearless
day or month after it ("The mill shut on 4 March 2011. On 9 May the owners ..."), within a
bound; the weekday's direction. Every sentence is invented (none follows a corpus sentence).
The publication date is Wednesday 2026-05-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-05-20"
PUBLISHED = WEDNESDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yearless day or month a little after a day of a past year, in a past clause: the
        # story's year (before: publication's nearest)
        (
            "The mill shut on 4 March 2011. On 9 May the owners sold the land.",
            [("4 March 2011", "DATE", "2011-03-04"), ("9 May", "DATE", "2011-05-09")],
        ),
        (
            "The mill shut on March 4, 2011. In June, the owners sold the land.",
            [("March 4, 2011", "DATE", "2011-03-04"), ("June", "DATE", "2011-06")],
        ),
        (
            "The mill shut on March 4, 2011, and on April 2 the owners sold the land.",
            [("March 4, 2011", "DATE", "2011-03-04"), ("April 2", "DATE", "2011-04-02")],
        ),
        # over a year's end: the next such day after the story's day
        (
            "The barge left the port on Dec. 18, 2014. It reached the delta on Jan. 6.",
            [("Dec. 18, 2014", "DATE", "2014-12-18"), ("Jan. 6", "DATE", "2015-01-06")],
        ),
        # a day counted from the story's day is the story's day too, and carries it on
        (
            "The levee broke on Oct. 4, 2012. The following day, the town was cut off. By "
            "Oct. 11 the water had gone.",
            [
                ("Oct. 4, 2012", "DATE", "2012-10-04"),
                ("The following day", "DATE", "2012-10-05"),
                ("Oct. 11", "DATE", "2012-10-11"),
            ],
        ),
        # and one step carries the next: the story goes on
        (
            "The mill shut on March 4, 2011. On May 9 the owners sold the land. On July 30 "
            "the buyer razed the sheds.",
            [
                ("March 4, 2011", "DATE", "2011-03-04"),
                ("May 9", "DATE", "2011-05-09"),
                ("July 30", "DATE", "2011-07-30"),
            ],
        ),
    ],
)
def test_yearless_day_continues_a_past_story(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future or present clause is about now: publication's year
        (
            "The mill shut on March 4, 2011. It will reopen on Sept. 30.",
            [("March 4, 2011", "DATE", "2011-03-04"), ("Sept. 30", "DATE", "2026-09-30")],
        ),
        # a step back in the year is no step of the story (a background day): publication's
        (
            "The mill shut on March 4, 2011. The owners sold the land on Feb. 10.",
            [("March 4, 2011", "DATE", "2011-03-04"), ("Feb. 10", "DATE", "2026-02-10")],
        ),
        # a month and its year is a backdrop more often than the story's time
        (
            "The brewery was founded in March 2009. In May it hired a new brewer.",
            [("March 2009", "DATE", "2009-03"), ("May", "DATE", "2026-05")],
        ),
        (
            "Output has fallen since March 2019. In April it fell again.",
            [("March 2019", "DATE", "2019-03"), ("April", "DATE", "2026-04")],
        ),
        # a stale day: more than two sentences back, publication's year
        (
            "The mill shut on March 4, 2011. It was old. Nobody came. The town shrank. In "
            "June, the owners sold the land.",
            [("March 4, 2011", "DATE", "2011-03-04"), ("June", "DATE", "2026-06")],
        ),
        # further than half a year on: publication's
        (
            "The mill shut on Feb. 4, 2011. The owners sold the land on Dec. 12.",
            [("Feb. 4, 2011", "DATE", "2011-02-04"), ("Dec. 12", "DATE", "2025-12-12")],
        ),
        # another point named between (publication's year) ends the story
        (
            "The mill shut on March 4, 2011. Last year the owners sold the land, and in June "
            "they razed it.",
            [
                ("March 4, 2011", "DATE", "2011-03-04"),
                ("Last year", "DATE", "2025"),
                ("June", "DATE", "2026-06"),
            ],
        ),
        # a day of publication's year is no past story
        (
            "The mill shut on March 4, 2026. In April the owners sold the land.",
            [("March 4, 2026", "DATE", "2026-03-04"), ("April", "DATE", "2026-04")],
        ),
        # a table's "Apr 28 1275" is no day of a story
        (
            "Apr 28 1275 fell. The May 3 lot was sold.",
            [("Apr 28 1275", "DATE", "1275-04-28"), ("May 3", "DATE", "2026-05-03")],
        ),
    ],
)
def test_yearless_day_keeps_publication(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted step from a day named right after "after" / "before": the length keeps
        # its value (TimeBank's DURATION), the row the bounds of the day it reaches
        (
            "The mayor quit two days after March 8, 2015.",
            [
                ("two days", "P2D", "2015-03-10", "2015-03-11"),
                ("March 8, 2015", "2015-03-08", "2015-03-08", "2015-03-09"),
            ],
        ),
        (
            "The mayor quit two days after the March 8, 2015 recount.",
            [
                ("two days", "P2D", "2015-03-10", "2015-03-11"),
                ("March 8, 2015", "2015-03-08", "2015-03-08", "2015-03-09"),
            ],
        ),
        (
            "The ferries stopped a week before the strike on June 12, 2019.",
            [
                ("a week", "P1W", "2019-06-05", "2019-06-06"),
                ("June 12, 2019", "2019-06-12", "2019-06-12", "2019-06-13"),
            ],
        ),
        (
            "The bridge reopened two days after Sunday's flood.",
            [
                ("two days", "P2D", "2026-05-19", "2026-05-20"),
                ("Sunday", "2026-05-17", "2026-05-17", "2026-05-18"),
            ],
        ),
        # an event named by its noun, dated in an earlier sentence that names one day
        (
            "The referendum was held on Sept. 18, 2014. Two days after the referendum, the "
            "leader resigned.",
            [
                ("Sept. 18, 2014", "2014-09-18", "2014-09-18", "2014-09-19"),
                ("Two days", "P2D", "2014-09-20", "2014-09-21"),
            ],
        ),
        (
            "The summit opened on Oct. 2, 2017. A week before the summit, the hosts had "
            "closed the border.",
            [
                ("Oct. 2, 2017", "2017-10-02", "2017-10-02", "2017-10-03"),
                ("A week", "P1W", "2017-09-25", "2017-09-26"),
            ],
        ),
        # negative: an event never dated, another noun than the one dated, a length of a
        # period ("for three weeks after", "the 30 days before"), a count not of calendar days,
        # a length said roughly
        ("Two days after the referendum, the leader resigned.", [("Two days", "P2D", "", "")]),
        (
            "The referendum was held on Sept. 18, 2014. Two days after the rally, the leader "
            "resigned.",
            [
                ("Sept. 18, 2014", "2014-09-18", "2014-09-18", "2014-09-19"),
                ("Two days", "P2D", "", ""),
            ],
        ),
        (
            "Shipping was halted for three weeks after the March 2, 2015 spill.",
            [
                ("three weeks", "P3W", "", ""),
                ("March 2, 2015", "2015-03-02", "2015-03-02", "2015-03-03"),
            ],
        ),
        (
            "Orders fell in the 45 days before the merger on Aug. 15, 2018.",
            [
                ("the 45 days", "P45D", "", ""),
                ("Aug. 15, 2018", "2018-08-15", "2018-08-15", "2018-08-16"),
            ],
        ),
        (
            "The index recovered six trading days after Nov. 3, 2015.",
            [
                ("six trading days", "P6D", "", ""),
                ("Nov. 3, 2015", "2015-11-03", "2015-11-03", "2015-11-04"),
            ],
        ),
        (
            "The mayor quit about two weeks after March 8, 2015.",
            [
                ("about two weeks", "P2W", "", ""),
                ("March 8, 2015", "2015-03-08", "2015-03-08", "2015-03-09"),
            ],
        ),
    ],
)
def test_step_from_a_day_or_an_event(
    bounds: object, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a counted step reached is the day under discussion for what follows
        (
            "The kiln cracked on Oct. 4, 2016. Two weeks later, the pottery closed. The next "
            "day, the owner left town.",
            [
                ("Oct. 4, 2016", "2016-10-04", "2016-10-04", "2016-10-05"),
                ("Two weeks later", "P2W", "2016-10-18", "2016-10-19"),
                ("The next day", "2016-10-19", "2016-10-19", "2016-10-20"),
            ],
        ),
        (
            "The kiln cracked on Oct. 4, 2016. Ten days later, the pottery closed. That "
            "night, the owner left town.",
            [
                ("Oct. 4, 2016", "2016-10-04", "2016-10-04", "2016-10-05"),
                ("Ten days later", "P10D", "2016-10-14", "2016-10-15"),
                ("That night", "2016-10-14TNI", "2016-10-14", "2016-10-15"),
            ],
        ),
        (
            "The kiln cracked on Oct. 4, 2016. Two weeks later, the pottery closed. Three "
            "days later, the owner left town.",
            [
                ("Oct. 4, 2016", "2016-10-04", "2016-10-04", "2016-10-05"),
                ("Two weeks later", "P2W", "2016-10-18", "2016-10-19"),
                ("Three days later", "P3D", "2016-10-21", "2016-10-22"),
            ],
        ),
        # a day named after the step is the day under discussion again
        (
            "The kiln cracked on Oct. 4, 2016. Two weeks later, on Oct. 19, the pottery "
            "closed. The next day, the owner left town.",
            [
                ("Oct. 4, 2016", "2016-10-04", "2016-10-04", "2016-10-05"),
                ("Two weeks later", "P2W", "2016-10-18", "2016-10-19"),
                ("Oct. 19", "2016-10-19", "2016-10-19", "2016-10-20"),
                ("The next day", "2016-10-20", "2016-10-20", "2016-10-21"),
            ],
        ),
        # a comparison a year back still reads the period named, not the step's day
        (
            "Bullion holdings slipped in the week ended Feb. 18. A week earlier they climbed, and "
            "in the year-ago week they dropped.",
            [
                ("the week", "P1W", "", ""),
                ("Feb. 18", "2026-02-18", "2026-02-18", "2026-02-19"),
                ("A week earlier", "P1W", "2026-02-11", "2026-02-12"),
                ("year-ago", "2025-W08", "2025-02-17", "2025-02-24"),
            ],
        ),
    ],
)
def test_day_reached_is_the_new_reference(
    bounds: object, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an absolute phrase ("with members returning ...") shares its main clause's past,
        # whatever noun follows the day in it; a decimal point does not end the phrase
        (
            "The union closed its ballot, with members returning 61.5% of the papers by the "
            "Monday deadline.",
            [("Monday", "DATE", "2026-05-18")],
        ),
        (
            "The union will close its ballot, with members posting papers by the Friday deadline.",
            [("Friday", "DATE", "2026-05-22")],
        ),
        # a time clause's past under a future told from a past report is that future's
        (
            "The guide said the climbers were likely to set off once the wind dropped Friday.",
            [("Friday", "DATE", "2026-05-22")],
        ),
        (
            "Aides said the envoy would fly home once the talks ended Friday.",
            [("Friday", "DATE", "2026-05-22")],
        ),
        # (not without the future in the past: the time clause is past)
        (
            "The crowd cheered as soon as the gates opened Monday.",
            [("Monday", "DATE", "2026-05-18")],
        ),
        # a contest's result dates a contest done, whatever the clause's verb ...
        (
            "The club still rides the lift from its win at Sunday's derby.",
            [("Sunday", "DATE", "2026-05-17")],
        ),
        (
            "After beating the holders in Monday's semi-final, the rowers must face the "
            "favourites.",
            [("Monday", "DATE", "2026-05-18")],
        ),
        (
            "Their defeats in two council wards on Tuesday will cost the party its majority.",
            [("Tuesday", "DATE", "2026-05-19")],
        ),
        # ... and a result hoped for or needed, a contest ahead
        (
            "The bottom side needs a win in Friday's playoff to stay up.",
            [("Friday", "DATE", "2026-05-22")],
        ),
        (
            "The coach hopes for a victory in Saturday's final.",
            [("Saturday", "DATE", "2026-05-23")],
        ),
        # (a verb is no result, and an indefinite one is a hypothesis: the tense decides)
        (
            "The rower could win the sculls on Tuesday.",
            [("Tuesday", "DATE", "2026-05-26")],
        ),
        (
            "A win on Saturday would put the club top.",
            [("Saturday", "DATE", "2026-05-23")],
        ),
        # a title's closing quotes after the comma still close the clause before ", and"
        (
            "The orchestra is touring ''Winter Roads,'' and on Monday, its rival announced a "
            "tour of its own.",
            [("Monday", "DATE", "2026-05-18")],
        ),
    ],
)
def test_weekday_direction(found: object, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing attribution's day dates the report; the event's day stays the one under
        # discussion
        (
            "The barge ran aground on Saturday, the coast guard said on Monday. It was "
            "refloated the next day.",
            [
                ("Saturday", "DATE", "2026-05-16"),
                ("Monday", "DATE", "2026-05-18"),
                ("the next day", "DATE", "2026-05-17"),
            ],
        ),
        (
            "The barge ran aground on Saturday, the coast guard said Monday. That night, "
            "divers went down.",
            [
                ("Saturday", "DATE", "2026-05-16"),
                ("Monday", "DATE", "2026-05-18"),
                ("That night", "TIME", "2026-05-16TNI"),
            ],
        ),
        # (the report's day alone, or after a backdrop's day weeks back, is the story's)
        (
            "The coast guard said on Monday the barge was stuck. It was refloated the next day.",
            [("Monday", "DATE", "2026-05-18"), ("the next day", "DATE", "2026-05-19")],
        ),
        (
            "Damage from the storm of March 2 was still visible, the agency reported Monday. "
            "Earlier in the day, the minister toured the valley.",
            [
                ("March 2", "DATE", "2026-03-02"),
                ("Monday", "DATE", "2026-05-18"),
                ("Earlier in the day", "DATE", "2026-05-18"),
            ],
        ),
    ],
)
def test_reported_day_is_no_reference(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]
