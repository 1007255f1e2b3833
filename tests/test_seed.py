"""The seed article (seeds/000_*.txt): the crawl debris goes, every story sentence stays."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pandas as pd

import newslens
from newslens.manager import get_plugin_manager

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_4bcc3126b01a6c6d.txt"
CAPTION = "military said its warships in the Caspian Sea fired 26 missiles"
DEBRIS = {
    "BBC",
    "Leave a Reply",
    "*",
    "Your email address will not be published. Required fields are marked *",
}


def _load():
    with contextlib.chdir(REPO):  # the path exactly as a user in the checkout types it
        frame = newslens.load(
            "seeds/000_4bcc3126b01a6c6d.txt", plugin_manager=get_plugin_manager(entry_points=False)
        )
    assert newslens.load_report(frame).empty
    assert len(frame) == 1
    return frame.iloc[0]


def test_seed_metadata() -> None:
    row = _load()
    assert row.title == "Russian missiles ‘hit IS in Syria from Caspian Sea’"
    assert row.source == "BBC News"
    assert row.published == pd.Timestamp("2015-10-07", tz="UTC")
    assert row.path.endswith("000_4bcc3126b01a6c6d.txt")


def test_seed_debris_removed_caption_once() -> None:
    row = _load()
    assert row.text.count(CAPTION) == 1
    lines = {line.strip() for line in row.text.split("\n")}
    assert not lines & DEBRIS
    for phrase in (
        "Leave a Reply",
        "Your email address will not be published",
        "Required fields are marked",
    ):
        assert phrase not in row.text
    assert row.text.startswith("Russia’s military said")  # the house-style (curly) copy kept
    assert any(n.startswith("signoff:") and "'BBC'" in n for n in row.notes)
    assert any(n.startswith("duplicate:") for n in row.notes)
    assert any(n.startswith("debris:") for n in row.notes)


def test_seed_every_story_sentence_kept() -> None:
    row = _load()
    raw_lines = SEED.read_text(encoding="utf-8").split("\n")[1:]  # line 1 is the headline
    story = [line.strip() for line in raw_lines if line.strip() and line.strip() not in DEBRIS]
    sentences = [s for line in story for s in re.split(r"(?<=[.!?”])\s+", line) if s]
    assert len(sentences) > 20
    for sentence in sentences:
        if CAPTION in sentence:
            continue  # the caption is checked above (one copy of two)
        assert sentence in row.text, sentence
    assert row.raw_text.count(CAPTION) == 2  # raw_text is the file as read
