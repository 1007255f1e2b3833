"""Each built-in cleaner on its own, the pipeline, and the never-drop-a-sentence property."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import newslens
from newslens import Cleaned, Cleaner
from newslens.cleaners.debris import classify, clean_debris
from newslens.cleaners.duplicates import clean_duplicates
from newslens.cleaners.mojibake import clean_mojibake
from newslens.cleaners.signoff import clean_signoff
from newslens.cleaners.whitespace import clean_whitespace
from newslens.manager import get_plugin_manager, local_plugin

STORY = [
    "The council approved the budget on Monday after a long debate.",
    "Officials said 4,200 new homes would be built by 2027.",
    "Opposition members said the plan was “too little, too late”.",
]


def story(*extra_head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*extra_head, *STORY, *tail])


# ------------------------------------------------------------------------ registration


def test_pipeline_order_and_owner() -> None:
    cleaners = get_plugin_manager(entry_points=False).cleaners()
    assert [c.name for c in cleaners.pipeline()] == [
        "mojibake",
        "whitespace",
        "duplicates",
        "debris",
        "signoff",
        "source",
    ]
    assert {cleaners.owner(n) for n in cleaners.names()} == {"newslens.cleaners"}


# ------------------------------------------------------------------------ mojibake


def test_mojibake_fixes_only_damage() -> None:
    result = clean_mojibake("The â€œplanâ€\x9d costs â‚¬5m.", {"title": "Ã‰lysÃ©e talks"})
    assert result.text == "The “plan” costs €5m."
    assert result.fields == {"title": "Élysée talks"}
    assert len(result.notes) == 2
    typography = "Curly “quotes”, ligature ﬁ and full-width Ａ stay as written."
    assert clean_mojibake(typography, {}) == Cleaned(typography)


# ------------------------------------------------------------------------ whitespace


def test_whitespace() -> None:
    text = "\r\n  Para\u00a0one.  \r\n\r\n\r\n\r\n    Indented para two.\t\n\n\n"
    result = clean_whitespace(text, {})
    assert result.text == "Para one.\n\n    Indented para two."
    assert any("non-breaking" in n for n in result.notes)
    assert clean_whitespace("Clean text.", {}) == Cleaned("Clean text.")


# ------------------------------------------------------------------------ debris


def test_debris_tail_comment_form() -> None:
    text = story(
        tail=(
            "Share this:",
            "Click to share on Twitter (Opens in new window)",
            "Like this:",
            "Like Loading...",
            "Related",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment *",
            "*",
        )
    )
    result = clean_debris(text, {})
    assert result.text == story()
    assert result.notes[0].startswith("debris: removed 9 line(s)")


def test_debris_head_and_cookie_notice() -> None:
    text = story(
        "We use cookies to give you the best experience on our website.",
        "Accept cookies",
        "Subscribe to our newsletter",
    )
    assert clean_debris(text, {}).text == story()


def test_weak_debris_inside_the_story_is_kept() -> None:
    # "Related" and "*" between story paragraphs may be the story's own: kept.
    text = "\n\n".join([STORY[0], "Related", STORY[1], "*", STORY[2]])
    assert clean_debris(text, {}).text == text
    # strong debris goes wherever it is
    text = "\n\n".join([STORY[0], "Leave a Reply", STORY[1]])
    assert clean_debris(text, {}).text == "\n\n".join(STORY[:2])


def test_debris_never_matches_a_sentence_with_other_words() -> None:
    for line in [
        "Leave a reply to the council by Friday, residents were told.",
        "Share this: the minister said the figures were wrong.",
        "Related reports said 12 people died.",
        "Subscribe to our newsletter, the mayor joked, and you will know first.",
        "Comments from the minister were not available.",
    ]:
        assert classify(line) == "text", line


# ------------------------------------------------------------------------ duplicates


def test_duplicate_caption_keeps_house_style_copy() -> None:
    text = "\n\n".join(
        [
            " Russia's warships fired 26 missiles at targets in Syria on Wednesday",
            "Russia’s warships fired 26 missiles at targets in Syria on Wednesday",
            "Russia’s defence ministry said the strikes hit 11 targets.",
        ]
    )
    result = clean_duplicates(text, {})
    assert result.text.split("\n\n") == [
        "Russia’s warships fired 26 missiles at targets in Syria on Wednesday",
        "Russia’s defence ministry said the strikes hit 11 targets.",
    ]
    assert len(result.notes) == 1


def test_duplicate_exact_repeat_keeps_first_and_short_repeats_stay() -> None:
    para = "The storm cut power to 30,000 homes in the north."
    text = "\n\n".join([para, "Yes.", "Mayor: Yes.", para, "Yes."])
    result = clean_duplicates(text, {})
    assert result.text == "\n\n".join([para, "Yes.", "Mayor: Yes.", "Yes."])


# ------------------------------------------------------------------------ signoff


def test_signoff_sets_source_when_empty() -> None:
    for line, agency in [
        ("BBC", "BBC"),
        ("(Reuters)", "Reuters"),
        ("- AFP", "AFP"),
        ("REUTER", "Reuters"),
        ("AP", "AP"),
    ]:
        result = clean_signoff(story(tail=(line,)), {"source": ""})
        assert result.text == story() and result.fields == {"source": agency}, line


def test_signoff_with_source_given_removes_line_keeps_source() -> None:
    result = clean_signoff(story(tail=("BBC",)), {"source": "BBC News"})
    assert result.text == story() and result.fields == {}
    assert "source kept" in result.notes[0]


def test_signoff_leaves_sentences_and_one_line_texts() -> None:
    for text in [story(tail=("The report was first carried by Reuters.",)), "Reuters"]:
        assert clean_signoff(text, {}) == Cleaned(text)


# ------------------------------------------------------------------------ pipeline


def test_clean_text_helper_runs_pipeline() -> None:
    text, fields, notes = newslens.clean_text(
        story(tail=("Reuters", "Leave a Reply")),
        plugin_manager=get_plugin_manager(entry_points=False),
    )
    assert text == story()
    assert fields == {"source": "Reuters"}
    assert [n.split(":")[0] for n in notes] == ["debris", "signoff"]


def test_plugin_cleaner_runs_in_order_and_failing_one_is_noted() -> None:
    def shout(text, fields):
        return Cleaned(text.upper(), {"shouted": True}, ("shout: upper-cased",))

    def broken(text, fields):
        raise ValueError("bad regex")

    def register(registry):
        registry.add(Cleaner("shout", 95, shout))
        registry.add(Cleaner("broken", 5, broken))

    pm = get_plugin_manager(
        entry_points=False, plugins=[local_plugin(newslens_register_cleaners=register)]
    )
    text, fields, notes = newslens.clean_text("Title words here.  ", plugin_manager=pm)
    assert text == "TITLE WORDS HERE."
    assert fields == {"shouted": True}
    assert notes[0].startswith("cleaner 'broken' failed and was skipped: ValueError")
    assert notes[-1] == "shout: upper-cased"


# ------------------------------------------------------------------------ the property

WORDS = st.sampled_from(
    [
        "the",
        "a",
        "council",
        "minister",
        "said",
        "police",
        "12",
        "people",
        "homes",
        "were",
        "built",
        "on",
        "Monday",
        "in",
        "city",
        "Reuters",
        "BBC",
        "share",
        "reply",
        "comment",
        "related",
        "cookies",
        "newsletter",
        "subscribe",
        "leave",
        "email",
        "your",
        "will",
        "not",
        "be",
        "published",
        "required",
        "fields",
        "marked",
        "this",
        "like",
        "click",
        "to",
        "twitter",
    ]
)
SENTENCE = st.lists(WORDS, min_size=8, max_size=20).map(lambda w: " ".join(w).capitalize() + ".")
DEBRIS_LINES = st.sampled_from(
    [
        "Leave a Reply",
        "*",
        "Related",
        "Share this:",
        "BBC",
        "Reuters",
        "",
        "Like this:",
        "Your email address will not be published.",
        "Comments",
    ]
)
LINE = st.one_of(SENTENCE, DEBRIS_LINES, st.text(max_size=40))


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=25), st.sampled_from(["\n", "\n\n"]))
def test_cleaning_never_removes_a_long_sentence_line_unless_duplicate(lines, sep) -> None:
    text = sep.join(lines)
    cleaned, _, _ = newslens.clean_text(text, plugin_manager=PM)
    kept = {_key(line) for line in cleaned.split("\n")}
    for line in lines:
        words = line.split()
        if len(words) >= 8 and re.fullmatch(r"[A-Za-z0-9 ]+\.", line.strip()):
            assert _key(line) in kept, line


PM = get_plugin_manager(entry_points=False)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_no_builtin_cleaner_raises_on_any_text(text: str) -> None:
    cleaned, _, notes = newslens.clean_text(text, {"title": text[:20]}, plugin_manager=PM)
    assert isinstance(cleaned, str)
    assert not [n for n in notes if "failed and was skipped" in n]


# Text without encoding garbage: ftfy's repairs of random code points are its own affair.
PLAIN = st.text(
    alphabet=st.characters(codec="ascii") | st.sampled_from("‘’“”–é\u00a0"), max_size=40
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(SENTENCE, DEBRIS_LINES, PLAIN), min_size=1, max_size=25),
    st.sampled_from(["\n", "\n\n"]),
)
def test_cleaning_is_idempotent(lines, sep) -> None:
    once, _, _ = newslens.clean_text(sep.join(lines), plugin_manager=PM)
    twice, _, notes = newslens.clean_text(once, {"source": "X"}, plugin_manager=PM)
    if not once.strip():
        return
    assert twice == once, notes


def test_an_empty_source_takes_the_urls_host_and_says_so():
    from newslens.cleaners.source import clean_source

    cleaned = clean_source("Body.", {"source": "", "url": "https://www.example.org/news/1"})
    assert cleaned.fields == {"source": "example.org"}
    assert cleaned.notes == ("source: taken from the url's host 'example.org'",)
    assert clean_source("Body.", {"source": "BBC", "url": "https://x.org"}).fields == {}
    assert clean_source("Body.", {"source": "", "url": "not a url"}).fields == {}
    assert clean_source("Body.", {"source": "", "url": "http://[bad"}).fields == {}
