"""Idioms that look like reports and are none (found by the lead on FNC-1 story claims)."""

from __future__ import annotations

from newslens_stance import find_attributions


def test_all_told_sums_up_and_reports_nothing():
    found = find_attributions("All told, the memo strikes me as careless and absurd.")
    assert [(f["speaker"], f["cue"]) for f in found] == []


def test_a_speaker_named_all_is_not_the_idiom():
    found = find_attributions("All told the reporters that the plan was dead.")
    assert [(f["speaker"], f["cue"]) for f in found] == [("All", "told")]
