"""A cue reads a bounded stretch of its sentence (``FAR_FROM_CUE``): run-on "sentences" packed
with reports are read in time linear in their length, and ordinary sentences are untouched."""

from __future__ import annotations

from newslens_stance import find_attributions
from newslens_stance.attributions import rules


def test_every_report_of_a_run_on_sentence_is_still_found():
    text = "The mayor spoke." + " Lund said that the pier was safe and" * 200 + " closed."
    found = find_attributions(text)
    assert len(found) == 200
    assert all(f["speaker"] == "Lund" and f["cue"] == "said" for f in found)


def test_a_content_is_no_longer_than_the_stretch_a_cue_reads():
    text = "Lund said that " + "the river rose and " * 400 + "stopped."
    (found,) = find_attributions(text)
    assert len(found["content"]) <= rules.FAR_FROM_CUE


def test_a_long_news_sentence_is_read_whole():
    clause = "the council, which met on Monday in the old town hall, would vote on the levy"
    text = "Lund, a spokeswoman for the port, said that " + ", and ".join([clause] * 8) + "."
    (found,) = find_attributions(text)
    assert len(text) < rules.FAR_FROM_CUE
    assert found["content"].endswith("would vote on the levy")
