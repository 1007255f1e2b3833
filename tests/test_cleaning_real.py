"""Cleaning real articles never drops a story sentence.

The samples below were read by hand, raw text beside cleaned text (2026-11-25). What the
cleaners changed in them, besides whitespace:

- Wikinews "Holy Headdress ... Cahors": a gallery caption of eleven words printed twice
  ("The procession at the Rue du Château du Roi. Image: Genium."): one copy removed.
- Wikinews interview "Living with HIV during COVID-19": nothing removed (the repeated short
  answers "((WN)) Yes." are below the duplicate cleaner's eight-word floor, on purpose).
- Reuters 1853, 1990, 16410: the body ends "REUTER" above the usual " Reuter" sign-off; the
  reader strips the second, the sign-off cleaner the first.
- Every other sample: whitespace only (non-breaking spaces, blank-line runs).

Reuters-21578 text is read from ../shared/data (research use only: never copied here).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newslens
from newslens.manager import get_plugin_manager

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared" / "data"
FIXTURE = REPO / "tests" / "data" / "wikinews_sample.csv"

WIKINEWS = {  # title fragment of the URL -> cleaner notes expected (besides whitespace)
    "Block_of_flats_collapses_in_Aleppo,_killing_eleven": [],
    "Thai_political_party_withdraws_nomination_of_princess_for_prime_minister": [],
    "Texas_federal_judge_says_drafting_only_men_violates_United_States_Constitution": [],
    "Notre_Dame_in_Paris_catches_fire": [],
    "Holy_Headdress_of_Christ_carried_in_procession_through_streets_of_Cahors,_France": [
        "duplicate"
    ],
    "Puerto_Rico_governor_announces_resignation_following_protests": [],
    "Greta_Thunberg_named_2019_Time_Person_of_the_Year": [],
    "First_foreigners_die_from_coronavirus_in_Wuhan,_China": [],
    "Joe_Biden_wins_2020_US_Democratic_presidential_primaries_in_Michigan,_Missouri,_and_"
    "Mississippi": [],
    "Tributes_paid_to_recently_deceased_US_actor_Chadwick_Boseman": [],
    "Living_with_HIV_during_COVID-19:_Wikinews_talks_to_HIV-positive_sex_workers_about_how_"
    "pandemic_has_effected_their_lives": [],
    "TEST_PAGE:Self-publish_yesterday": [],
}

REUTERS = {  # NEWID -> cleaner notes expected (besides whitespace)
    "1": [],
    "2": [],
    "11": [],
    "99": [],
    "101": [],
    "564": [],
    "1036": [],
    "1621": [],
    "1853": ["signoff"],
    "1990": ["signoff"],
    "2405": [],
    "16410": ["signoff"],
}

_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+")


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _assert_sentences_kept(raw: str, cleaned: str, label: str) -> int:
    folded = _fold(cleaned)
    checked = 0
    for block in re.split(r"\n\s*\n", raw):
        for sentence in _SENTENCE_END.split(_fold(block)):
            if sentence:
                assert sentence in folded, f"{label}: lost {sentence!r}"
                checked += 1
    return checked


def _cleaner_kinds(notes: tuple[str, ...]) -> list[str]:
    """The text repairs noted (the source filled from a url changes no text)."""
    skip = ("whitespace", "reuters", "source")
    return [n.split(":")[0] for n in notes if not n.startswith(skip)]


@pytest.fixture(scope="module")
def pm():
    return get_plugin_manager(entry_points=True)


def test_bundled_wikinews_sample(pm) -> None:
    frame = newslens.load(FIXTURE, plugin_manager=pm)
    assert len(frame) == 3 and newslens.load_report(frame).empty
    for row in frame.itertuples():
        assert _assert_sentences_kept(row.raw_text, row.text, row.url) > 3
    cahors = frame[frame.url.str.contains("Cahors")].iloc[0]
    assert _cleaner_kinds(cahors.notes) == ["duplicate"]
    caption = "The procession at the Rue du Château du Roi. Image: Genium."
    assert cahors.raw_text.count(caption) == 2 and cahors.text.count(caption) == 1


def test_wikinews_sample_keeps_every_sentence(pm) -> None:
    folder = SHARED / "wikinews"
    if not folder.exists():
        pytest.skip(f"Wikinews data not found: {folder}")
    frame = newslens.load(folder / "*.csv", plugin_manager=pm)
    frame["key"] = frame.url.str.split("/wiki/").str[1]
    sample = frame[frame.key.isin(WIKINEWS)]
    assert len(sample) == len(WIKINEWS)
    for row in sample.itertuples():
        _assert_sentences_kept(row.raw_text, row.text, row.key)
        assert _cleaner_kinds(row.notes) == WIKINEWS[row.key], row.key


def test_reuters_sample_keeps_every_sentence(pm) -> None:
    folder = SHARED / "reuters21578"
    if not folder.exists():
        pytest.skip(f"Reuters-21578 data not found: {folder}")
    if "reuters21578" not in pm.readers():
        pytest.skip("newslens-reuters plugin not installed")
    files = ["reut2-000.sgm", "reut2-001.sgm", "reut2-002.sgm", "reut2-016.sgm"]
    frame = newslens.load(*(folder / f for f in files), plugin_manager=pm)
    frame = frame.set_index("article_id")
    for newid, expected in REUTERS.items():
        row = frame.loc[f"reuters-{newid}"]
        _assert_sentences_kept(row.raw_text.removesuffix("REUTER"), row.text, newid)
        assert _cleaner_kinds(row.notes) == expected, newid
        assert row.source == "Reuters"


@pytest.mark.slow
def test_no_sentence_lost_in_either_corpus(pm) -> None:
    """Beyond the hand-read samples: all 295 Wikinews and 19,771 Reuters articles."""
    if not (SHARED / "wikinews").exists() or not (SHARED / "reuters21578").exists():
        pytest.skip(f"shared data not found under {SHARED}")
    if "reuters21578" not in pm.readers():
        pytest.skip("newslens-reuters plugin not installed")
    frame = newslens.load(
        SHARED / "wikinews" / "*.csv", SHARED / "reuters21578" / "reut2-*.sgm", plugin_manager=pm
    )
    assert len(frame) == 295 + 19771
    for row in frame.itertuples():
        _assert_sentences_kept(row.raw_text.removesuffix("REUTER"), row.text, row.article_id)
