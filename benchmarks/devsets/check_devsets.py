"""Validate the hand-annotated development sets in this folder.

Usage::

    .venv/bin/python benchmarks/devsets/check_devsets.py [FILE.jsonl ...]

With no arguments it checks every ``*.jsonl`` file beside this script. Gold that points at the
wrong characters silently corrupts every score computed from it, so this runs before any
benchmark uses a devset and after every edit. It is deliberately generic:

- every line must be a JSON object with ``source``, ``article``, ``text`` and a ``gold`` list;
- every span anywhere in a gold item (any dict that has ``start`` and ``end``) must satisfy
  ``0 <= start < end <= len(text)`` and ``text[start:end] == span["text"]``;
- files named ``numbers_*`` also get the field rules of ``shared/guides/annotation.md``
  (value as float, ``value_high`` >= ``value``, ``same_as`` a valid other index, known kind);
- files named ``attributions_*`` need a ``cue`` span and a list of ``content`` spans;
- files named ``timex_*`` get TIMEX3 rules: known ``type``, a ``value`` of the TimeML shape for
  that type, ``mod`` null or a TimeML mod, a ``published`` date, items sorted and not
  overlapping;
- lines stored as offsets and a hash instead of text (BBC News and Reuters sets, which may not
  be committed: ``corpus``, ``doc``, ``start``, ``end``, ``sha256``) get the field and order
  rules, and when the corpora are beside the checkout the hash and unpadded spans are checked;
- TIMEX3 files stored the same way (``timex_reuters_*`` and ``timex_polnear_*``: ``source``,
  ``article``, ``file`` (Reuters only), ``published``, ``sha256``, items ``start``, ``end``,
  ``type``, ``value``, ``mod``) get the TIMEX3 and order rules, and, with the corpus beside
  the checkout, the hash of the story ``timex_reuters.py`` or ``timex_polnear.py`` loads and
  unpadded spans inside it;
- when the Wikinews CSVs are present (``shared/data/wikinews`` beside the checkout), every
  wikinews ``text`` must occur unchanged in the article its ``article`` URL names.

Another devset type only needs a new entry in ``CHECKERS``. Exits 1 if any problem is found.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WIKINEWS = HERE.parents[1] / ".." / "shared" / "data" / "wikinews"

NUMBER_FIELDS = ("start", "end", "text", "value", "unit", "quantity", "modifier", "kind")
NUMBER_KINDS = {"count", "measure", "money", "percent", "ordinal", "fraction", "age", "duration"}
#: sets that may not hold their text (BBC News, Reuters): offsets into a document and a hash
HASHED_FIELDS = ("corpus", "doc", "start", "end", "sha256", "gold")
HASHED_ITEM_FIELDS = ("start", "end", "value", "value_high", "unit", "per", "quantity", "modifier")
#: TIMEX3 files stored as offsets into a whole story and its hash (``timex_reuters.py``)
HASHED_TIMEX_FIELDS = ("source", "article", "file", "published", "sha256", "gold")
HASHED_TIMEX_ITEM_FIELDS = ("start", "end", "type", "value", "mod")


def _spans(obj: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield every (path, span) pair nested in a gold item: any dict with start and end."""
    if isinstance(obj, dict):
        if "start" in obj and "end" in obj:
            yield path or ".", obj
        for key, value in obj.items():
            yield from _spans(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from _spans(value, f"{path}[{i}]")


def check_span(text: str, span: dict[str, Any]) -> str | None:
    """Return a problem description, or None if the span is well formed."""
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        return f"start/end not integers: {start!r}, {end!r}"
    if not 0 <= start < end <= len(text):
        return f"offsets out of range: {start}..{end} (text length {len(text)})"
    if "text" not in span:
        return "span without text"
    if text[start:end] != span["text"]:
        return f"text[{start}:{end}] == {text[start:end]!r} != {span['text']!r}"
    return None


def check_number_item(item: dict[str, Any], index: int, n_items: int) -> list[str]:
    """Field rules for one numbers gold item (see shared/guides/annotation.md)."""
    problems = [f"missing field {f!r}" for f in NUMBER_FIELDS if f not in item]
    value = item.get("value")
    if not isinstance(value, float) or not math.isfinite(value):
        problems.append(f"value must be a finite float, got {value!r}")
    if "value_high" in item:
        high = item["value_high"]
        if not isinstance(high, float) or not isinstance(value, float) or high < value:
            problems.append(f"value_high {high!r} must be a float >= value {value!r}")
    for field in ("unit", "quantity", "modifier"):
        if field in item and not isinstance(item[field], str):
            problems.append(f"{field} must be a string (empty when absent)")
    if item.get("kind") not in NUMBER_KINDS:
        problems.append(f"kind {item.get('kind')!r} not in {sorted(NUMBER_KINDS)}")
    if "same_as" in item:
        link = item["same_as"]
        if not isinstance(link, int) or not 0 <= link < n_items or link == index:
            problems.append(f"same_as {link!r} is not another item's index")
    return problems


def check_attribution_item(item: dict[str, Any], index: int, n_items: int) -> list[str]:
    """Minimal shape rules for one attributions gold item."""
    problems = []
    if not isinstance(item.get("cue"), dict):
        problems.append("missing cue span")
    content = item.get("content")
    if not isinstance(content, list) or not content:
        problems.append("content must be a non-empty list of spans")
    return problems


TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
TIMEX_MODS = {
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "APPROX",
}
_DATE_VALUE = (
    r"(PRESENT_REF|PAST_REF|FUTURE_REF"
    # "BC0664": a year before the common era, as TIMEX3 writes it
    r"|(BC)?[0-9X]{2,4}(-(W[0-9X]{2}(-WE|-[1-7])?|Q[1-4X]|H[12]|SP|SU|FA|WI|[0-9X]{2}(-[0-9X]{2})?))?)"
)
_TIME_SUFFIX = r"T(MO|AF|EV|NI|DT|[0-9]{2}(:[0-9]{2}(:[0-9]{2})?)?)"
#: ("PXX": a length whose unit is not said either, "for a while", as the plugin writes it)
_DURATION_VALUE = (
    r"P(([0-9]+(\.[0-9]+)?|X)(Y|M|W|D|DE|CE|ML|Q|H))+|PT(([0-9]+(\.[0-9]+)?|X)[HMS])+|PXX"
)
TIMEX_VALUE = {
    "DATE": re.compile(_DATE_VALUE + "$"),
    "TIME": re.compile(_DATE_VALUE + _TIME_SUFFIX + "$"),
    "DURATION": re.compile("(" + _DURATION_VALUE + ")$"),
    "SET": re.compile("(" + _DURATION_VALUE + "|" + _DATE_VALUE + "(" + _TIME_SUFFIX + ")?)$"),
}


def check_timex_item(item: dict[str, Any], index: int, n_items: int) -> list[str]:
    """TIMEX3 field rules for one timex gold item (TimeML 1.2.1 value shapes)."""
    problems = [f"missing field {f!r}" for f in ("type", "value", "mod") if f not in item]
    typ, value, mod = item.get("type"), item.get("value"), item.get("mod")
    if typ not in TIMEX_TYPES:
        problems.append(f"type {typ!r} not in {sorted(TIMEX_TYPES)}")
    elif not isinstance(value, str) or not TIMEX_VALUE[typ].match(value):
        problems.append(f"value {value!r} is not a TIMEX3 {typ} value")
    if mod is not None and mod not in TIMEX_MODS:
        problems.append(f"mod {mod!r} not null nor in {sorted(TIMEX_MODS)}")
    return problems


def check_timex_record(record: dict[str, Any]) -> list[str]:
    """Record rules for timex files: a publication date; gold sorted, not overlapping."""
    problems = []
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(record.get("published", ""))):
        problems.append(f"published {record.get('published')!r} is not YYYY-MM-DD")
    spans = [(g.get("start"), g.get("end")) for g in record["gold"] if isinstance(g, dict)]
    if any(not isinstance(v, int) for span in spans for v in span):
        return problems  # reported by check_span
    if spans != sorted(spans):
        problems.append("gold items not sorted by start")
    for (_, end), (start, _) in zip(sorted(spans), sorted(spans)[1:], strict=False):
        if start < end:
            problems.append(f"overlapping gold items at {start}")
    return problems


def check_hashed_record(record: dict[str, Any], where: str) -> list[str]:
    """A record stored as offsets and a hash (``numbers_news``, ``numbers_blind``): the fields,
    the gold items (offsets relative to the sentence, kind ``name`` allowed) and, when the
    corpora are beside the checkout, the sentence's hash and spans without padding."""
    problems = [f"{where}: missing field {f!r}" for f in HASHED_FIELDS if f not in record]
    if problems:
        return problems
    start, end = record["start"], record["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        return [f"{where}: sentence offsets {start!r}..{end!r}"]
    if not re.fullmatch(r"[0-9a-f]{64}", str(record["sha256"])):
        problems.append(f"{where}: sha256 is not a hex digest")
    text = None
    docs = corpus_documents()
    if docs is not None:
        text = docs.get(record["doc"], ("", ""))[1][start:end]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != record["sha256"]:
            problems.append(f"{where}: the text of {record['doc']} does not match its hash")
            text = None
    previous_end = 0
    for i, item in enumerate(record["gold"]):
        here = f"{where} gold[{i}]"
        problems += [f"{here}: missing field {f!r}" for f in HASHED_ITEM_FIELDS if f not in item]
        a, b = item.get("start"), item.get("end")
        if not (isinstance(a, int) and isinstance(b, int) and previous_end <= a < b <= end - start):
            problems.append(f"{here}: span {a!r}..{b!r} not inside the sentence, in order")
            continue
        previous_end = b
        if text is not None and text[a:b] != text[a:b].strip():
            problems.append(f"{here}: span padded with blanks")
        value, high = item.get("value"), item.get("value_high")
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            problems.append(f"{here}: value must be a finite number")
        elif high is not None and (not isinstance(high, (int, float)) or high < value):
            problems.append(f"{here}: value_high {high!r} must be null or >= value")
        if item.get("kind") not in NUMBER_KINDS | {"name"}:
            problems.append(f"{here}: kind {item.get('kind')!r} not known")
    return problems


def check_hashed_timex_record(record: dict[str, Any], where: str) -> list[str]:
    """A TIMEX3 record stored as offsets into a story and its hash (``timex_reuters_*``,
    ``timex_polnear_*``): the fields, the TIMEX3 rules and the order of the items and, when
    the corpus is beside the checkout, the story's hash and unpadded spans inside it."""
    polnear = record.get("source") == "polnear"
    fields = [f for f in HASHED_TIMEX_FIELDS if not (polnear and f == "file")]
    problems = [f"{where}: missing field {f!r}" for f in fields if f not in record]
    if problems or not isinstance(record["gold"], list):
        return problems or [f"{where}: gold is not a list"]
    if not re.fullmatch(r"[0-9a-f]{64}", str(record["sha256"])):
        problems.append(f"{where}: sha256 is not a hex digest")
    problems += [f"{where}: {p}" for p in check_timex_record(record)]
    text = None
    stories = corpus_stories("timex_polnear" if polnear else "timex_reuters")
    if stories is not None:
        story = stories.get(record["article"])
        text = story["text"] if story else None
        if text is None or hashlib.sha256(text.encode("utf-8")).hexdigest() != record["sha256"]:
            problems.append(f"{where}: the text of {record['article']} does not match its hash")
            text = None
    for i, item in enumerate(record["gold"]):
        here = f"{where} gold[{i}]"
        missing = [f for f in HASHED_TIMEX_ITEM_FIELDS if f not in item]
        if missing:
            problems.append(f"{here}: missing fields {missing}")
            continue
        a, b = item["start"], item["end"]
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b):
            problems.append(f"{here}: span {a!r}..{b!r}")
            continue
        if text is not None and (b > len(text) or text[a:b] != text[a:b].strip()):
            problems.append(f"{here}: span {a}..{b} outside the story or padded with blanks")
        # ``timex_reuters.py convert`` writes "" for no mod (its annotators' lines may omit it)
        item = {**item, "mod": item["mod"] or None}
        problems += [f"{here}: {p}" for p in check_timex_item(item, i, len(record["gold"]))]
    return problems


_STORIES: dict[str, dict[str, dict[str, Any]] | None] = {}


def corpus_stories(module: str) -> dict[str, dict[str, Any]] | None:
    """The stories ``devsets/<module>.py`` (``timex_reuters``, ``timex_polnear``) annotates, by
    article id (read once), or None when its corpus is not beside the checkout."""
    if module not in _STORIES:
        sys.path.insert(0, str(HERE))
        loaded = __import__(module)
        _STORIES[module] = loaded.articles() if loaded.DATA.is_dir() else None
    return _STORIES[module]


_DOCS: list[dict[str, tuple[str, str]] | None] = []


def corpus_documents() -> dict[str, tuple[str, str]] | None:
    """BBC News and Reuters-21578 by document key (read once), or None when absent."""
    if not _DOCS:
        sys.path.insert(0, str(HERE))
        from numbers_news_sample import DATA, documents

        present = (DATA / "bbc-news").exists() and (DATA / "reuters21578").exists()
        _DOCS.append(documents() if present else None)
    return _DOCS[0]


def load_wikinews(folder: Path = WIKINEWS) -> dict[str, str]:
    """URL -> stripped article text, or {} when the corpus is not available."""
    csv.field_size_limit(10**8)
    articles: dict[str, str] = {}
    for path in sorted(folder.glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                articles[row["url"]] = row["text"].strip()
    return articles


CHECKERS: dict[str, Callable[[dict[str, Any], int, int], list[str]]] = {
    "numbers_": check_number_item,
    "attributions_": check_attribution_item,
    "timex_": check_timex_item,
}

RECORD_CHECKERS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "timex_": check_timex_record,
}


def check_file(path: Path, articles: dict[str, str] | None = None) -> tuple[int, int, list[str]]:
    """Check one JSONL devset; return (records, gold items, problems)."""
    item_check = next((f for p, f in CHECKERS.items() if path.name.startswith(p)), None)
    record_check = next((f for p, f in RECORD_CHECKERS.items() if path.name.startswith(p)), None)
    problems: list[str] = []
    n_records = n_items = 0
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: invalid JSON ({exc})")
                continue
            n_records += 1
            if "corpus" in record and "text" not in record:  # offsets and a hash, no text
                problems += check_hashed_record(record, where)
                n_items += len(record.get("gold") or [])
                continue
            if path.name.startswith("timex_") and "sha256" in record and "text" not in record:
                problems += check_hashed_timex_record(record, where)
                n_items += len(record.get("gold") or [])
                continue
            missing = [k for k in ("source", "article", "text", "gold") if k not in record]
            if missing or not isinstance(record.get("gold"), list):
                problems.append(f"{where}: missing keys {missing} or gold is not a list")
                continue
            text, gold = record["text"], record["gold"]
            if articles and record["source"] == "wikinews":
                article = articles.get(record["article"])
                if article is None or text not in article:
                    problems.append(f"{where}: text is not an unchanged part of its article")
            n_items += len(gold)
            if record_check:
                problems += [f"{where}: {p}" for p in record_check(record)]
            for i, item in enumerate(gold):
                if not isinstance(item, dict):
                    problems.append(f"{where} gold[{i}]: not an object")
                    continue
                for span_path, span in _spans(item):
                    problem = check_span(text, span)
                    if problem:
                        problems.append(f"{where} gold[{i}]{span_path}: {problem}")
                if item_check:
                    problems += [f"{where} gold[{i}]: {p}" for p in item_check(item, i, len(gold))]
    return n_records, n_items, problems


def main(argv: list[str]) -> int:
    """Check the given files (default: every devset here) and print one line per file."""
    paths = [Path(a) for a in argv] or sorted(HERE.glob("*.jsonl"))
    articles = load_wikinews()
    if not articles:
        print(f"(wikinews corpus not found at {WIKINEWS}: source texts not compared)")
    failed = False
    for path in paths:
        n_records, n_items, problems = check_file(path, articles)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{path.name}: {n_records} records, {n_items} gold items: {status}")
        for problem in problems[:50]:
            print("  " + problem)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
