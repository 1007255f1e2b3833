"""The full-text index: built once, queried per keystroke."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

from newslens.search import SearchIndex, hit_spans, normalize, parse

FRAME = pd.DataFrame(
    {
        "title": ["Missiles hit Syria", "Zürich talks", "Quiet day", None],
        "text": [
            "Russia fired 26 missiles from the Caspian Sea.",
            "Delegates met in Zurich; the ministry denied it.",
            "Nothing happened. The sea was calm.",
            "Caspian sea-level report",
        ],
    }
)


@pytest.fixture(scope="module")
def index():
    return SearchIndex.build(FRAME)


def test_words_are_anded_over_title_and_body(index):
    assert index.search("missiles").tolist() == [0]
    assert index.search("syria caspian").tolist() == [0]  # title word + body word
    assert index.search("sea").tolist() == [0, 2, 3]
    assert index.search("sea calm").tolist() == [2]


def test_last_word_is_a_prefix_while_typing(index):
    assert index.search("miss").tolist() == [0]
    assert index.search("miss ").tolist() == []  # a blank ends the word
    assert index.search("c").tolist() == [0, 2, 3]  # caspian, calm


def test_case_and_accents_are_ignored(index):
    assert index.search("ZURICH").tolist() == [1]
    assert index.search("zürich").tolist() == [1]
    assert normalize("Zürich Ça") == "zurich ca"


def test_phrases_and_exclusions(index):
    assert index.search('"caspian sea"').tolist() == [0, 3]
    assert index.search('"sea caspian"').tolist() == []
    assert index.search("sea -calm").tolist() == [0, 3]
    assert index.search('sea -"caspian sea"').tolist() == [2]  # the phrase, not each word


def test_empty_query_matches_everything(index):
    assert index.search("").tolist() == [0, 1, 2, 3]
    assert index.mask("   ").all()


def test_parse():
    q = parse('Sea "Caspian  Sea" -calm mis')
    assert q.words == ("sea",) and q.prefix == "mis"
    assert q.phrases == (("caspian", "sea"),) and q.excluded == ("calm",)


def test_hit_spans_mark_words_and_the_prefix():
    text = "Russia fired 26 missiles; a missile."
    assert hit_spans("fired miss", text) == [(7, 12), (16, 24), (28, 35)]
    assert hit_spans("", text) == []


def test_progress_and_cancel_during_build():
    frame = pd.DataFrame({"title": ["t"] * 1200, "text": ["some words here"] * 1200})
    seen = []
    SearchIndex.build(frame, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1200, 1200) and len(seen) >= 3
    with pytest.raises(InterruptedError):
        SearchIndex.build(frame, cancelled=lambda: True)


def test_a_query_costs_milliseconds_on_20000_articles():
    rng = np.random.default_rng(0)
    vocabulary = np.array([f"w{i}" for i in range(20_000)])
    texts = [" ".join(rng.choice(vocabulary, 150)) for _ in range(20_000)]
    index = SearchIndex.build(pd.DataFrame({"title": [""] * 20_000, "text": texts}))
    started = time.perf_counter()
    for query in ("w1", "w12 w3", "w", "w19999", '"w1 w2"'):
        index.search(query)
    per_query = (time.perf_counter() - started) / 5
    assert per_query < 0.2, per_query  # the bar (benchmarks/explorer_latency.py)
