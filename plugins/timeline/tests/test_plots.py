"""Timeline figures, checked by their artists: label boxes measured with the renderer never
overlap, durations are listed and not plotted, density replaces the scatter past a threshold,
and article text is drawn literally (no mathtext)."""

from __future__ import annotations

import itertools
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.text import Text
from newslens_timeline.extract import COLUMNS, extract_text
from newslens_timeline.plots import (
    DENSITY_THRESHOLD,
    MAX_LABELS,
    CorpusPoints,
    article_timeline,
    corpus_timeline,
    event_context,
    png_bytes,
)

import newslens
from newslens import Article

REPO = Path(__file__).resolve().parents[3]
SEED = REPO / "seeds" / "000_4bcc3126b01a6c6d.txt"


# ----------------------------------------------------------------------------- helpers


def findings_of(article_id: str, text: str, published: object) -> pd.DataFrame:
    frame = pd.DataFrame(
        [{"article_id": article_id, **row} for row in extract_text(text, published)],
        columns=["article_id", *COLUMNS],
    )
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column], utc=True, errors="coerce")
    return frame


def drawn_texts(figure: Figure) -> list[Text]:
    """Every text the figure draws: its own, the axes', titles, labels, tick labels in view."""
    figure.canvas.draw()
    texts = list(figure.texts)
    for axes in figure.axes:
        texts += [*axes.texts, axes.title, axes.xaxis.label, axes.yaxis.label]
        for axis in (axes.xaxis, axes.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            texts += [t.label1 for t in axis.get_major_ticks() if lo <= t.get_loc() <= hi]
            texts.append(axis.get_offset_text())
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def overlapping(figure: Figure) -> list[tuple[str, str]]:
    """Pairs of drawn texts whose boxes (the label's frame when it has one) intersect."""
    renderer = figure.canvas.get_renderer()
    boxes = []
    for text in drawn_texts(figure):
        patch = text.get_bbox_patch()
        box = (patch or text).get_window_extent(renderer)
        boxes.append((text.get_text(), box))
    return [
        (a, b)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
        if box_a.overlaps(box_b)
    ]


def labels(figure: Figure) -> list[str]:
    return [t.get_text() for ax in figure.axes for t in ax.texts if t.get_gid() == "timeline-label"]


def notes(figure: Figure) -> str:
    return "\n".join(t.get_text() for t in figure.texts if t.get_gid() == "timeline-note")


def article(text: str, published: str, title: str = "A title", article_id: str = "a1") -> Article:
    return Article(
        article_id=article_id, text=text, title=title, published=pd.Timestamp(published, tz="UTC")
    )


# ----------------------------------------------------------------------------- the checker


def test_the_overlap_check_sees_an_overlap() -> None:
    """The label test below could fail: two boxes at one place are reported."""
    figure = Figure(figsize=(4, 2))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.text(0.5, 0.5, "first label", bbox={"fc": "white"})
    axes.text(0.52, 0.5, "second label", bbox={"fc": "white"})
    assert ("first label", "second label") in overlapping(figure)


# ----------------------------------------------------------------------------- article plots


def test_seed_labels_do_not_overlap_and_durations_are_listed_apart() -> None:
    if not SEED.exists():
        pytest.skip(f"seed not found: {SEED}")
    text = SEED.read_text(encoding="utf-8")
    findings = findings_of("seed", text, "2015-10-07")
    figure = article_timeline(findings, article(text, "2015-10-07", text.splitlines()[0]))
    assert overlapping(figure) == []
    drawn = labels(figure)
    on_calendar = findings[findings["type"].isin(["DATE", "TIME"]) & findings["date_start"].notna()]
    assert 1 <= len(drawn) <= MAX_LABELS
    assert any("2015-09-30" in label and "30 September" in label for label in drawn)
    # "its week of strikes" is a duration (P1W): listed under the axis, never a point on it
    durations = findings[findings["type"] == "DURATION"]
    assert "P1W" in set(durations["value"])
    for text, value in zip(durations["text"], durations["value"], strict=True):
        assert f"{text} ({value})" in notes(figure)
        assert not any(label.startswith(value) for label in drawn)
    points = [line for line in figure.axes[0].lines if line.get_marker() == "o"]
    assert len(points) == len(on_calendar)
    assert png_bytes(figure).startswith(b"\x89PNG")


def test_long_sample_article_is_capped_and_readable() -> None:
    """The bundled sample's article with the most dated expressions (a long Wikinews piece)."""
    corpus = newslens.load(newslens.sample_path())
    best, best_count, best_findings = None, -1, None
    for row in corpus.itertuples():
        if len(row.text) < 8000:
            continue
        found = findings_of(row.article_id, row.text, row.published)
        count = int((found["type"].isin(["DATE", "TIME"]) & found["date_start"].notna()).sum())
        if count > best_count:
            best, best_count, best_findings = row, count, found
    assert best is not None and best_count > MAX_LABELS
    picked = Article.from_row(corpus[corpus["article_id"] == best.article_id].iloc[0].to_dict())
    figure = article_timeline(best_findings, picked)
    assert overlapping(figure) == []
    assert len(labels(figure)) == MAX_LABELS
    assert "more dated expression(s)" in notes(figure)
    # every label fits inside the figure
    renderer = figure.canvas.get_renderer()
    frame = figure.bbox
    for text in figure.axes[0].texts:
        box = text.get_bbox_patch().get_window_extent(renderer)
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1


def test_crowded_day_gets_one_lane_per_label() -> None:
    """Twenty different times on one day with long contexts: stacked, never overlapping."""
    sentences = [
        f"At {h}:00 the committee of the regional assembly met again to discuss item {h}."
        for h in range(1, 21)
    ]
    text = " ".join(sentences)
    findings = findings_of("c", text, "2015-10-07")
    assert (findings["type"] == "TIME").sum() >= 15
    figure = article_timeline(findings, article(text, "2015-10-07"), max_labels=20)
    assert overlapping(figure) == []
    assert len(labels(figure)) >= 15


def test_hostile_text_is_drawn_literally() -> None:
    text = (
        "On 30 September the price rose from $5 to $7^{2}$ \\frac{a}{b} <script>x</script>.\n"
        "Then on 1 October it fell."
    )
    findings = findings_of("h", text, "2015-10-07")
    figure = article_timeline(findings, article(text, "2015-10-07", title="$\\alpha$ <b>t</b>"))
    png_bytes(figure)  # draws without a mathtext error
    assert any("$5 to $7^{2}$" in label for label in labels(figure))
    assert all(not t.get_parse_math() for t in drawn_texts(figure) if "$" in t.get_text())


def test_empty_findings_give_a_valid_figure() -> None:
    empty = pd.DataFrame({c: pd.Series(dtype="object") for c in ["article_id", *COLUMNS]})
    figure = article_timeline(empty, article("Nothing dated.", "2015-10-07"))
    assert labels(figure) == []
    assert "No expression with a calendar date" in notes(figure)
    assert png_bytes(figure).startswith(b"\x89PNG")
    assert overlapping(figure) == []
    # only durations: listed, nothing on the axis
    only = findings_of("d", "It lasted three years.", "2015-10-07")
    figure = article_timeline(only, None)
    assert "three years (P3Y)" in notes(figure)


def test_event_context_keeps_the_expression() -> None:
    sentence = (
        "It appears to be the first co-ordinated offensive since the air campaign by Russia, "
        "a staunch ally of Syrian President Bashar al-Assad, began on 30 September after a "
        "long build-up of aircraft at the base near Latakia."
    )
    offset = sentence.index("30 September")
    short = event_context(sentence, "30 September", offset)
    assert "30 September" in short
    assert len(short) <= 66 and short.startswith("…") and short.endswith("…")
    assert event_context("Short  one\non two lines.", "one") == "Short one on two lines."


# ----------------------------------------------------------------------------- corpus plots


def synthetic_corpus(n: int, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n`` dated mentions spread over 1987 publications, plus two far outliers."""
    rng = np.random.default_rng(seed)
    n_articles = max(n // 4, 1)
    published = pd.Timestamp("1987-02-26", tz="UTC") + pd.to_timedelta(
        rng.integers(0, 230, n_articles), unit="D"
    )
    articles = pd.DataFrame(
        {
            "article_id": [f"r{i}" for i in range(n_articles)],
            "published": published,
            "title": [f"Story {i}" for i in range(n_articles)],
            "source": "Reuters",
        }
    )
    owner = rng.integers(0, n_articles, n)
    lag = rng.normal(20, 120, n).round()
    starts = published[owner] - pd.to_timedelta(lag, unit="D")
    findings = pd.DataFrame(
        {
            "article_id": [f"r{i}" for i in owner],
            "text": "then",
            "type": "DATE",
            "value": [f"{d:%Y-%m-%d}" for d in starts],
            "date_start": starts,
            "date_end": starts + pd.Timedelta(days=1),
            "sentence_text": "It happened then.",
            "start": 11,
            "sentence_start": 0,
            "valid": True,
        }
    )
    outliers = findings.iloc[:2].copy()
    outliers["date_start"] = pd.to_datetime(["1680-03-08", "2080-01-01"], utc=True)
    return pd.concat([findings, outliers], ignore_index=True), articles


def kinds(figure: Figure) -> set[str]:
    axes = figure.axes[0]
    out = set()
    for collection in axes.collections:
        if isinstance(collection, PolyCollection):
            out.add("density")
        elif isinstance(collection, PathCollection):
            out.add("scatter")
    return out


def test_corpus_scatter_below_threshold_density_above() -> None:
    small, small_articles = synthetic_corpus(500)
    figure = corpus_timeline(small, small_articles)
    assert kinds(figure) == {"scatter"}
    assert len(figure.axes) == 1  # no colour bar
    big, big_articles = synthetic_corpus(DENSITY_THRESHOLD + 500)
    figure = corpus_timeline(big, big_articles)
    assert kinds(figure) == {"density"}
    assert len(figure.axes) == 2  # the colour bar says what a cell's colour counts
    assert "(density)" in figure.axes[0].get_title()
    assert overlapping(figure) == []


def test_reuters_sized_corpus_is_readable() -> None:
    """19,000 articles' worth of mentions from 1987 and two from 1680 and 2080: density, and
    the range shown is the bulk, with the far mentions counted, not squashing the axis."""
    findings, articles = synthetic_corpus(20_000)
    figure = corpus_timeline(findings, articles)
    axes = figure.axes[0]
    low, high = axes.get_ylim()
    assert pd.Timestamp("1980-01-01").toordinal() - 719163 < low  # days since 1970
    assert high < pd.Timestamp("1995-01-01").toordinal() - 719163
    assert "outside the range shown (from 1680 to 2080)" in notes(figure)
    assert kinds(figure) == {"density"}
    assert overlapping(figure) == []


def test_date_range_and_highlight() -> None:
    findings, articles = synthetic_corpus(400)
    points = CorpusPoints.build(findings, articles)
    march = (pd.Timestamp("1987-03-01", tz="UTC"), pd.Timestamp("1987-04-01", tz="UTC"))
    inside = points.within(march)
    expected = findings["date_start"].between(*march, inclusive="left").sum()
    assert len(inside) == expected > 0
    chosen = inside.index[0]
    figure = corpus_timeline(points, date_range=march, highlight=[chosen])
    title = figure.axes[0].get_title()
    assert f"{expected:,} dated mention(s)" in title
    ringed = [c for c in figure.axes[0].collections if c.get_label() == "selected"]
    assert len(ringed) == 1 and len(ringed[0].get_offsets()) == 1
    # an empty range says so
    figure = corpus_timeline(points, date_range=("1700-01-01", "1700-02-01"))
    assert "No dated expression" in " ".join(t.get_text() for t in figure.axes[0].texts)


def test_corpus_without_dates_is_valid() -> None:
    empty = pd.DataFrame({c: pd.Series(dtype="object") for c in ["article_id", *COLUMNS]})
    figure = corpus_timeline(empty, pd.DataFrame())
    assert png_bytes(figure).startswith(b"\x89PNG")
    assert kinds(figure) == set()


def test_letters_missing_from_the_font_draw_without_warnings() -> None:
    """A Hindi quote draws boxes for the letters DejaVu lacks, and no warning per letter."""
    import warnings

    from newslens_timeline.plots import PNG

    text = "On 30 September the minister said हिन्दी भाषा at the talks."
    findings = findings_of("h", text, "2015-10-07")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = article_timeline(findings, article(text, "2015-10-07", title="हिन्दी"))
        assert PNG(figure)._repr_png_().startswith(b"\x89PNG")


# ----------------------------------------------------------------------------- property


def test_labels_never_overlap_whatever_the_dates_and_sentences() -> None:
    """Random days (crowded or centuries apart) and sentence lengths: no two drawn texts meet."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    words = st.text(alphabet="abcdefghij klmnopqrstuvwxyzABC,.'-$0123456789", max_size=180)
    day = st.integers(min_value=-40_000, max_value=40_000)  # days from 1970, 1860 to 2079

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(day, st.integers(0, 400), words), min_size=1, max_size=24))
    def check(items: list[tuple[int, int, str]]) -> None:
        epoch = pd.Timestamp("1970-01-01", tz="UTC")
        starts = [epoch + pd.Timedelta(days=d) for d, _, _ in items]
        findings = pd.DataFrame(
            {
                "article_id": "p",
                "start": 0,
                "end": 4,
                "text": "then",
                "type": "DATE",
                "value": [f"{s:%Y-%m-%d}" for s in starts],
                "date_start": pd.to_datetime(starts, utc=True),
                "date_end": [
                    s + pd.Timedelta(days=1 + length)
                    for s, (_, length, _) in zip(starts, items, strict=True)
                ],
                "sentence_text": [f"{sentence} then" for _, _, sentence in items],
                "sentence_start": 0,
                "valid": True,
            }
        )
        figure = article_timeline(findings, article("x", "2000-01-01"))
        assert overlapping(figure) == []

    check()


@pytest.mark.slow
def test_real_reuters_files_give_a_density_plot_of_the_bulk() -> None:
    """Three Reuters-21578 files (3,000 wire stories of 1987), extracted for real: past the
    threshold, so density; the range shown is the 1980s bulk, not 1680 to 2080."""
    folder = REPO / ".." / "shared" / "data" / "reuters21578"
    if not folder.exists():
        pytest.skip(f"Reuters-21578 data not found: {folder}")
    files = [folder / f"reut2-00{i}.sgm" for i in range(3)]
    try:
        articles = newslens.load(*files)
    except Exception as exc:  # the SGML reader is a separate plugin
        pytest.skip(f"Reuters-21578 could not be loaded: {exc}")
    frames = [findings_of(row.article_id, row.text, row.published) for row in articles.itertuples()]
    findings = pd.concat([f for f in frames if len(f)], ignore_index=True)
    figure = corpus_timeline(findings, articles)
    assert kinds(figure) == {"density"}
    low, high = figure.axes[0].get_ylim()
    assert pd.Timestamp("1975-01-01").toordinal() - 719163 < low
    assert high < pd.Timestamp("2000-01-01").toordinal() - 719163
    assert overlapping(figure) == []


def test_repeated_index_labels_do_not_move_rows_between_axis_and_list() -> None:
    """A caller's frame built with concat may repeat index labels: the date stays on the axis
    and the duration stays in the list."""
    text = "The strikes began on 30 September and lasted a week."
    findings = findings_of("r", text, "2015-10-07")
    assert set(findings["type"]) >= {"DATE", "DURATION"}
    findings.index = [0] * len(findings)
    figure = article_timeline(findings, article(text, "2015-10-07"))
    assert any("2015-09-30" in label for label in labels(figure))
    assert "Durations: " in notes(figure) and "(P1W)" in notes(figure)
