"""Issue 18, round twenty-four: the title-case headline pass is bounded (a run-on of thousands
of title-case words is no headline).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_long_title_case_run_on_is_no_headline(got: Callable) -> None:
    unit = "Lund Says Pier Is Safe And "
    # a real headline of a few words is read, one of twelve units too (48 words at most, the
    # small words aside), not one of thirteen
    assert got("Lund Says Pier Is Safe") == [("Says", "Lund", "Pier Is Safe")]
    assert len(got((unit * 12).strip())) >= 1
    assert got((unit * 13).strip()) == []
    # a run-on "sentence" of thousands of title-case words is no headline: nothing is read
    # as a report in it (reading each of its cues cost time that grew faster than its length)
    run_on = (unit * 800).strip()
    assert got(run_on) == []
    # the same run with a headline after it: the headline is still read
    rows = got(run_on + ". Port Chief Says Pier Will Reopen")
    assert rows == [("Says", "Port Chief", "Pier Will Reopen")]


def test_nested_rows_in_a_document_of_many_reports() -> None:
    from newslens_stance.attributions import find_attributions

    # nested marking reads an index of the content parts: the same flags as row against row
    unit = "Ann Lund said that the mayor told the crews the pier was safe. "
    rows = find_attributions(unit * 60)
    said = [r["nested"] for r in rows if r["cue"] == "said"]
    told = [r["nested"] for r in rows if r["cue"] == "told"]
    assert len(said) == len(told) == 60
    assert not any(said) and all(told)
    # two reports that contain each other's cue: only the earlier is nested
    rows = find_attributions("The pier is safe, Lund said, the Post reported.")
    assert [(r["cue"], r["nested"]) for r in rows] in (
        [("said", True), ("reported", False)],
        [("reported", False), ("said", True)],
    )
