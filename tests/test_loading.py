"""``newslens.load``: sources, encodings, sidecars, ids and the load report."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pandas as pd
import pytest

import newslens
from newslens import LoadIssue, Reader
from newslens.encoding import DecodeError, decode_bytes
from newslens.manager import get_plugin_manager, local_plugin
from newslens.schema import CORE_COLUMNS, validate_articles

BODY = "Officials said 4,200 new homes would be built by 2027, the council said on Monday."
ARTICLE = "Homes plan approved\n\n" + BODY + "\n"


@pytest.fixture(scope="module")
def pm():
    return get_plugin_manager(entry_points=False)


def _load(*sources, pm, **kw):
    frame = newslens.load(*sources, plugin_manager=pm, **kw)
    validate_articles(frame)
    return frame, newslens.load_report(frame)


# ------------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("data", "expected", "note"),
    [
        ("Café “quoted” – naïve".encode(), "Café “quoted” – naïve", None),
        ("Café naïve".encode("utf-8-sig"), "Café naïve", "byte-order mark"),
        ("Café naïve".encode("utf-16"), "Café naïve", "UTF-16"),
        ("Café “quoted” – naïve".encode("cp1252"), "Café “quoted” – naïve", "cp1252"),
        (
            "Zürich, Genève et Köln: très élevé".encode("latin-1"),
            "Zürich, Genève et Köln: très élevé",
            "cp1252",
        ),
        (
            "Привет, как дела? Это тест русского текста в кодировке.".encode("cp1251"),
            "Привет, как дела? Это тест русского текста в кодировке.",
            "cp1251",
        ),
    ],
)
def test_decode_bytes(data: bytes, expected: str, note: str | None) -> None:
    text, notes = decode_bytes(data)
    assert text == expected
    if note is None:
        assert notes == []
    else:
        assert len(notes) == 1 and note in notes[0]


def test_binary_rejected_with_cause() -> None:
    with pytest.raises(DecodeError, match="NUL"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DecodeError, match="control bytes"):
        decode_bytes(bytes(range(1, 9)) * 50)


def test_forced_encoding(tmp_path: Path, pm) -> None:
    (tmp_path / "a.txt").write_bytes(("Título\n\n" + BODY + " Año.").encode("latin-1"))
    frame, _ = _load(tmp_path / "a.txt", pm=pm, encoding="latin-1")
    assert frame.title.iloc[0] == "Título"
    assert "encoding: latin-1 (as requested)" in frame.notes.iloc[0]
    frame, report = _load(tmp_path / "a.txt", pm=pm, encoding="utf-8")
    assert frame.empty and "not valid utf-8" in report.cause.iloc[0]


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_txt_in_each_encoding_loads_the_same(tmp_path: Path, pm, codec: str) -> None:
    quotes = ("«", "»") if codec == "latin-1" else ("“", "”")
    title = f"Café prices {quotes[0]}soar{quotes[1]} again"
    body = "The café on the corner raised prices by 5%, its owner said."
    (tmp_path / "a.txt").write_bytes(f"{title}\n\n{body}\n".encode(codec))
    frame, report = _load(tmp_path / "a.txt", pm=pm)
    assert report.empty
    assert (frame.title.iloc[0], frame.text.iloc[0]) == (title, body)
    encoding_notes = [n for n in frame.notes.iloc[0] if n.startswith("encoding:")]
    assert len(encoding_notes) == (0 if codec == "utf-8" else 1)


def test_binary_file_reported_others_load(tmp_path: Path, pm) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 20)
    (tmp_path / "ok.txt").write_text(ARTICLE)
    frame, report = _load(tmp_path, pm=pm)
    assert len(frame) == 1
    row = report.iloc[0]
    assert row.path.endswith("photo.txt") and "binary" in row.cause and row.level == "error"


def test_mojibake_repaired_and_noted(tmp_path: Path, pm) -> None:
    broken = "It wasnâ€™t clear, the minister said on Monday about the â‚¬5m plan."
    (tmp_path / "m.txt").write_text("CafÃ© owners protest\n\n" + broken, encoding="utf-8")
    frame, _ = _load(tmp_path / "m.txt", pm=pm)
    row = frame.iloc[0]
    assert row.text == "It wasn’t clear, the minister said on Monday about the €5m plan."
    assert row.title == "Café owners protest"
    assert row.raw_text.strip() == broken
    assert sum(n.startswith("mojibake:") for n in row.notes) == 2


# ------------------------------------------------------------------------ sources


def test_sidecar_metadata_and_extras(tmp_path: Path, pm) -> None:
    (tmp_path / "s.txt").write_text(ARTICLE)
    (tmp_path / "s.meta.json").write_text(
        json.dumps(
            {
                "id": "story-1",
                "source": "Example Post",
                "date": "2020-02-03T04:05:06+01:00",
                "url": "https://e.example/s",
                "desk": "metro",
            }
        )
    )
    frame, report = _load(tmp_path, pm=pm)
    assert report.empty  # the sidecar is not itself loaded as a file
    row = frame.iloc[0]
    assert (row.article_id, row.source, row.url, row.desk) == (
        "story-1",
        "Example Post",
        "https://e.example/s",
        "metro",
    )
    assert row.published == pd.Timestamp("2020-02-03 03:05:06", tz="UTC")
    assert row.title == "Homes plan approved"


def test_broken_sidecar_is_a_warning(tmp_path: Path, pm) -> None:
    (tmp_path / "s.txt").write_text(ARTICLE)
    (tmp_path / "s.meta.json").write_text("{not json")
    frame, report = _load(tmp_path / "s.txt", pm=pm)
    assert len(frame) == 1
    assert report.level.tolist() == ["warning"] and "sidecar" in report.cause.iloc[0]


def test_directory_recursive_skips_hidden(tmp_path: Path, pm) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sub" / "deeper" / "b.txt").write_text("Second\n\n" + BODY + " Second.")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\n" + BODY)
    (tmp_path / ".git" / "c.txt").write_text("Git\n\n" + BODY)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    frame, report = _load(tmp_path, pm=pm)
    assert sorted(frame.title) == ["Homes plan approved", "Second"]
    assert report.level.tolist() == ["info"]  # skipped, listed, not printed without -v
    assert "unknown extension '.docx'" in report.cause.iloc[0]


def test_empty_directory_and_empty_file_reported(tmp_path: Path, pm) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "blank.txt").write_text("")
    frame, report = _load(tmp_path / "empty", tmp_path / "blank.txt", pm=pm)
    assert frame.empty and list(frame.columns) == list(CORE_COLUMNS)
    assert report.cause.tolist() == ["folder holds no articles (no files)", "empty file"]


def test_unknown_extension_explicit_is_an_error(tmp_path: Path, pm) -> None:
    (tmp_path / "a.rtf").write_text("{\\rtf1 hi}")
    frame, report = _load(tmp_path / "a.rtf", pm=pm)
    assert frame.empty
    assert report.level.iloc[0] == "error" and ".txt" in report.cause.iloc[0]


def test_glob(tmp_path: Path, pm) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"{name}\n\n{BODY}")
    (tmp_path / "c.json").write_text(json.dumps({"title": "c", "text": BODY + " c"}))
    frame, report = _load(str(tmp_path / "*.txt"), pm=pm)
    assert sorted(frame.title) == ["a", "b"] and report.empty
    frame, report = _load(str(tmp_path / "*.nothing"), pm=pm)
    assert frame.empty and "no such file" in report.cause.iloc[0]


def test_plain_string_is_article_text(pm) -> None:
    frame, report = _load(ARTICLE, "Second story\nIt rained all day in the city.", pm=pm)
    assert report.empty
    assert frame.title.tolist() == ["Homes plan approved", "Second story"]
    assert frame.path.tolist() == ["", ""]
    assert frame.text.iloc[1] == "It rained all day in the city."


def test_path_like_string_that_does_not_exist_is_reported_not_loaded_as_text(pm) -> None:
    frame, report = _load("data/2020/articles.csv", pm=pm)
    assert frame.empty and report.cause.iloc[0] == "no such file, folder or glob match"
    frame, report = _load(Path("missing.txt"), pm=pm)
    assert frame.empty and len(report) == 1


def test_dataframe_input_mapped_and_validated(pm) -> None:
    raw = pd.DataFrame(
        {"headline": ["A", "B"], "content": [BODY, ""], "date": ["2020-01-01", None]}
    )
    frame, report = _load(raw, pm=pm)
    assert frame.title.tolist() == ["A"]
    assert frame.published.iloc[0] == pd.Timestamp("2020-01-01", tz="UTC")
    assert report.path.tolist() == ["<dataframe 0>"] and report.line.tolist() == [2]
    # an articles frame passes through (its cleaning kept), and can be combined with files
    again, report = _load(frame, ARTICLE, pm=pm)
    assert report.empty and len(again) == 2
    assert again.article_id.iloc[0] == frame.article_id.iloc[0]


def test_dataframe_without_text_column(pm) -> None:
    frame, report = _load(pd.DataFrame({"a": [1]}), pm=pm)
    assert frame.empty and "'a'" in report.cause.iloc[0]


def test_repeated_ids_get_suffix_and_note(tmp_path: Path, pm) -> None:
    items = [{"id": "x", "text": f"{BODY} {i}"} for i in range(3)]
    (tmp_path / "d.json").write_text(json.dumps(items))
    frame, _ = _load(tmp_path / "d.json", pm=pm)
    assert frame.article_id.tolist() == ["x", "x~2", "x~3"]
    assert "renamed 'x~2'" in frame.notes.iloc[1][-1]


def test_stable_ids_depend_on_content_and_origin(tmp_path: Path, pm) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    first, _ = _load(tmp_path / "a.txt", pm=pm)
    second, _ = _load(tmp_path / "a.txt", pm=pm)
    assert first.article_id.iloc[0] == second.article_id.iloc[0]
    (tmp_path / "b.txt").write_text(ARTICLE)
    both, _ = _load(tmp_path / "a.txt", tmp_path / "b.txt", pm=pm)
    assert both.article_id.is_unique


def test_clean_false_keeps_raw(tmp_path: Path, pm) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE + "\nLeave a Reply\n")
    frame, _ = _load(tmp_path / "a.txt", pm=pm, clean=False)
    assert frame.text.iloc[0] == frame.raw_text.iloc[0]
    assert "Leave a Reply" in frame.text.iloc[0]


def test_usage_errors_raise() -> None:
    with pytest.raises(TypeError):
        newslens.load("x", colum_map={})  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="expected a path"):
        newslens.load(42)
    with pytest.raises(TypeError, match="column_map"):
        newslens.load("x", column_map=["body"])  # type: ignore[arg-type]


def test_nothing_loaded_gives_empty_valid_frame(pm) -> None:
    frame, report = _load(pm=pm)
    assert frame.empty and report.empty
    assert list(report.columns) == ["path", "line", "cause", "level"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path, pm) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    try:
        frame, report = _load(path, pm=pm)
    finally:
        path.chmod(0o644)
    assert frame.empty and "unreadable" in report.cause.iloc[0]


def test_plugin_reader_and_a_failing_reader(tmp_path: Path) -> None:
    def read_rec(source):
        for number, line in enumerate(source.path.read_text().splitlines(), start=1):
            if line.startswith("!"):
                yield LoadIssue(str(source.path), "bang line", line=number, level="warning")
            else:
                yield {"title": f"r{number}", "text": line, "_line": number}

    def read_boom(source):
        raise RuntimeError("parser exploded")
        yield  # pragma: no cover

    def register(registry):
        registry.add(Reader("rec", (".rec",), read_rec))
        registry.add(Reader("boom", (".boom",), read_boom))

    pm = get_plugin_manager(
        entry_points=False,
        plugins=[("recplugin", local_plugin(newslens_register_readers=register))],
    )
    (tmp_path / "a.rec").write_text(BODY + "\n!skip\n" + BODY + " Again.\n")
    (tmp_path / "b.boom").write_text("x")
    frame, report = _load(tmp_path, pm=pm)
    assert frame.title.tolist() == ["r1", "r3"]
    assert frame.article_id.is_unique
    assert report.cause.tolist() == ["bang line", "unreadable file: RuntimeError: parser exploded"]
    assert report.line.iloc[0] == 2


def test_unreadable_file_simulated(tmp_path: Path, pm, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE)

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    frame, report = _load(path, pm=pm)
    assert frame.empty and report.cause.iloc[0] == "unreadable file: Permission denied"


def test_long_or_odd_strings_are_text_not_paths(pm) -> None:
    long_text = "A long headline\n" + "Word " * 5000
    one_line = "Word " * 400  # no newline, longer than any file name
    frame, report = _load(long_text, one_line + "end.", "Title\x00\nBody with a NUL.", pm=pm)
    assert len(frame) == 2 and frame.title.iloc[0] == "A long headline"
    assert report.cause.str.contains("empty text").tolist() == [True]  # one_line: title only


def test_glob_below_a_hidden_folder_still_matches(tmp_path: Path, pm) -> None:
    base = tmp_path / ".cache" / "news"
    (base / ".private").mkdir(parents=True)
    (base / "a.txt").write_text(ARTICLE)
    (base / ".private" / "b.txt").write_text(ARTICLE)
    frame, report = _load(str(base / "**" / "*.txt"), pm=pm)
    assert frame.path.tolist() == [str(base / "a.txt")] and report.empty


def test_load_report_is_shared_not_copied_by_derived_frames(tmp_path):
    """pandas deep-copies attrs into each derived frame; the report must ride along as one
    object (a large corpus's report made every slice and row cost tens of milliseconds)."""
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "a.txt").write_text("A title\n\nSome text of an article.")
    articles = newslens.load(str(tmp_path))
    report = articles.attrs["load_report"]
    assert len(report) == 1
    assert articles.iloc[:1].attrs["load_report"] is report
    assert articles.iloc[0].attrs["load_report"] is report
    assert copy.deepcopy(articles).attrs["load_report"] is report
    assert list(newslens.load_report(articles.copy())["path"]) == [str(tmp_path / "bad.json")]


def test_ids_do_not_depend_on_how_the_path_was_typed(tmp_path: Path, pm, monkeypatch) -> None:
    # a store or cache filled from one directory must find the same articles from another
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("A title\n\nOne body of text.", encoding="utf-8")
    (folder / "b.jsonl").write_text(
        '{"title": "B", "text": "Two."}\n{"title": "C", "text": "Three."}\n', encoding="utf-8"
    )
    absolute = newslens.load(folder, plugin_manager=pm)
    monkeypatch.chdir(tmp_path)
    relative = newslens.load("./corpus", plugin_manager=pm)
    by_file = newslens.load(["corpus/a.txt", "corpus/b.jsonl"], plugin_manager=pm)
    assert len(absolute) == 3
    assert list(relative["article_id"]) == list(absolute["article_id"])
    assert sorted(by_file["article_id"]) == sorted(absolute["article_id"])
    assert set(relative["path"]) != set(absolute["path"])  # the path column keeps what was typed
