"""Real news text: the extractor never raises and its offsets hold on every article."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from newslens_numbers.extract import extract_text

DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"


def _check(text: str) -> list[dict]:
    found = extract_text(text)
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]
    return found


def test_wikinews_articles() -> None:
    path = DATA / "wikinews" / "wikinews_2020.csv"
    if not path.exists():
        pytest.skip(f"wikinews sample not found: {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)][:60]
    found = [f for text in texts for f in _check(text)]
    assert len(found) > 300
    # no day of a month is ever counted
    for text in texts:
        for f in _check(text):
            after = text[f["end"] : f["end"] + 12]
            assert not re.match(r" (January|February|March|April|June|July|August)\b", after)


def test_reuters_bodies() -> None:
    path = DATA / "reuters21578" / "reut2-000.sgm"
    if not path.exists():
        pytest.skip(f"reuters21578 not found: {path}")
    raw = path.read_bytes().decode("latin-1")
    bodies = re.findall(r"<BODY>(.*?)</BODY>", raw, re.S)[:150]
    found = [f for body in bodies for f in _check(body)]
    money = [f for f in found if f["kind"] == "money"]
    assert money and all(f["unit"] for f in money)
