"""The core's one sentence splitter: what news copy needs, and the span invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslens import Article
from newslens.runner import iter_articles
from newslens.sentences import paragraphs, sentence_index, sentence_spans


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Gen. Jones in St. Louis. They talked.",
            ["Mr. Smith met Gen. Jones in St. Louis.", "They talked."],
        ),
        (
            "George W. Bush spoke on Jan. 14 at No. 10. Then he left.",
            ["George W. Bush spoke on Jan. 14 at No. 10.", "Then he left."],
        ),
        (
            "The U.S. Navy said so. The U.N. agreed.",
            ["The U.S. Navy said so.", "The U.N. agreed."],
        ),
        (
            "Talks resume at 9 a.m. Tuesday in Geneva. Both sides came.",
            ["Talks resume at 9 a.m. Tuesday in Geneva.", "Both sides came."],
        ),
        (
            "Sworn in at 5 p.m. (2100 UTC) and at 10 a.m. Tongan time. Then 8 p.m. EST came.",
            ["Sworn in at 5 p.m. (2100 UTC) and at 10 a.m. Tongan time.", "Then 8 p.m. EST came."],
        ),
        (
            "Clinics run 8 A.M. Until noon and again 2 P.M. To 6 P.M. Trams stop later.",
            ["Clinics run 8 A.M. Until noon and again 2 P.M. To 6 P.M.", "Trams stop later."],
        ),
        (
            "The blast hit at 9 a.m. Police closed the road.",
            ["The blast hit at 9 a.m.", "Police closed the road."],
        ),
        (
            '"We believe Russia is wrong," he said. "They continue to hit targets."',
            ['"We believe Russia is wrong," he said.', '"They continue to hit targets."'],
        ),
        (
            "“Why?” he asked. “Nobody knows!” She left… Later it rained.",
            ["“Why?” he asked.", "“Nobody knows!”", "She left…", "Later it rained."],
        ),
        (
            "Shares rose 4.5 per cent. 2015 was good.",
            ["Shares rose 4.5 per cent.", "2015 was good."],
        ),
        (
            "Voters said no. But the count went on. Gates Nos. 3 and 4 stayed shut.",
            ["Voters said no.", "But the count went on.", "Gates Nos. 3 and 4 stayed shut."],
        ),
        ("Apple Inc. said it grew.", ["Apple Inc. said it grew."]),
        (
            "It won AA from Standard and Poor's. First Boston ran the books. So did Hale’s.",
            [
                "It won AA from Standard and Poor's.",
                "First Boston ran the books.",
                "So did Hale’s.",
            ],
        ),
        ("Most Rev. Dinualdo Gutierrez died.", ["Most Rev. Dinualdo Gutierrez died."]),
        ("Мечта стала реальностью. Я готовилась.", ["Мечта стала реальностью.", "Я готовилась."]),
        (
            "a headline\nThe body starts here. It ends.",
            ["a headline", "The body starts here.", "It ends."],
        ),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_splits_news_copy(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials want tighter checks on visitors to the U.S. The plan drew fire.",
            ["Officials want tighter checks on visitors to the U.S.", "The plan drew fire."],
        ),
        (
            "The notes were sold by Halvorsen Securities Inc. They carry a 7 pct coupon.",
            ["The notes were sold by Halvorsen Securities Inc.", "They carry a 7 pct coupon."],
        ),
        (
            "She grew up near Raleigh, N.C. But she left at 18, after school, sports etc. "
            "However, she came back.",
            [
                "She grew up near Raleigh, N.C.",
                "But she left at 18, after school, sports etc.",
                "However, she came back.",
            ],
        ),
        # inside a sentence, the word after the abbreviation is no opener
        (
            "The U.S. Navy and Acme Corp. Chairman Lee met.",
            ["The U.S. Navy and Acme Corp. Chairman Lee met."],
        ),
    ],
)
def test_an_abbreviation_may_end_a_sentence(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_wire_copy_that_capitalises_after_every_period_keeps_its_sentences() -> None:
    # recased wire copy: "the U.K. Would" shows the capital after a period says nothing here,
    # so "the U.S. It" is one sentence too
    text = (
        "The minister said the U.K. Would act soon. Tokyo has assured the U.S. It will not "
        "block foreign banks."
    )
    assert split(text) == [
        "The minister said the U.K. Would act soon.",
        "Tokyo has assured the U.S. It will not block foreign banks.",
    ]


def test_hard_wrapped_wire_copy_joins_its_lines() -> None:
    text = (
        "Shell Canada said its Shell Canada\n"
        "Products Ltd unit raised crude prices\n"
        "by 50 cts a barrel today. The company\n"
        "said the increase was effective today.\n"
        "    Analysts expected the rise, which\n"
        "follows similar moves by rivals.\n"
    )
    sentences = split(text)
    assert sentences[0] == (
        "Shell Canada said its Shell Canada\nProducts Ltd unit raised crude prices\n"
        "by 50 cts a barrel today."
    )
    assert sentences[1] == "The company\nsaid the increase was effective today."
    assert sentences[2].startswith("Analysts expected") and len(sentences) == 3
    assert len(paragraphs(text)) == 2


def test_article_exposes_sentences_and_index() -> None:
    article = Article(article_id="a", text="One sentence here. Another one follows.")
    assert article.sentences == ((0, 18), (19, 39))
    assert article.sentence_index(0) == 0
    assert article.sentence_index(20) == 1
    assert article.sentence_index(18) == 0  # the blank between belongs to the earlier one
    assert sentence_index(article.text, 10_000) == 1


_PIECES = st.sampled_from(
    ["Mr.", "Smith", "said", "U.S.", "9", "a.m.", "Tuesday.", "“Yes,”", "he", "said.", "\n",
     "\n\n", "The", "end!", "why?", "…", "  ", "Inc.", "2015.", "(", ")", "'", "x"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_spans_are_ordered_trimmed_and_cover_every_visible_character(text: str) -> None:
    spans = sentence_spans(text)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    visible = {i for i, ch in enumerate(text) if not ch.isspace()}
    assert visible <= covered


def test_sentence_means_the_same_in_every_frame():
    """Every built-in analysis with sentences reports `sentence` as an index into the core's
    one split, with that sentence's offsets, so a story can join frames on it."""
    import newslens

    articles = newslens.load(newslens.sample_path()).sample(40, random_state=0)
    per_article = ["numbers.v1", "timeline.v1", "stance.attributions.v1", "stance.claims.v1"]
    results = newslens.analyze(articles, per_article, progress=False)
    by_id = {a.article_id: a for a in iter_articles(articles)}
    checked = set()
    for analysis_id, frame in results.items():
        analysis = results.analyses[analysis_id]
        if "sentence" not in analysis.columns or analysis.extract is None:
            continue
        assert analysis.columns["sentence"] == "int64", analysis_id
        assert {"sentence_start", "sentence_end"} <= set(analysis.columns), analysis_id
        for row in frame.itertuples(index=False):
            spans = by_id[row.article_id].sentences
            assert spans[row.sentence] == (row.sentence_start, row.sentence_end), analysis_id
        checked.add(analysis_id)
    assert {"numbers.v1", "timeline.v1", "stance.attributions.v1"} <= checked
