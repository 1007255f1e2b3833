"""The benchmarks' peer adapters map a peer's output back onto our text correctly.

Why a test: a comparison is only fair if the peer's spans land where it put them; an offset
bug would quietly sink the peer's span and value scores and flatter ours."""

from __future__ import annotations

import importlib.util
from pathlib import Path

# loaded by path: benchmarks/ is a folder of scripts, not a package to put on sys.path
_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "heideltime_peer.py"
_SPEC = importlib.util.spec_from_file_location("heideltime_peer", _PATH)
heideltime_peer = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(heideltime_peer)
align, iso_day = heideltime_peer.align, heideltime_peer.iso_day


def test_heideltime_output_is_aligned_to_the_input_text() -> None:
    text = "Talks began on Wednesday & ended\nlast week."
    timeml = (
        '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
        'Talks began on <TIMEX3 tid="t1" type="DATE" value="2015-10-07">Wednesday</TIMEX3>'
        ' &amp; ended\n<TIMEX3 tid="t2" type="DATE" value="2015-W40">last week</TIMEX3>.\n'
        "</TimeML>\n"
    )
    found = align(text, timeml)
    assert [(f["text"], f["type"], f["value"]) for f in found] == [
        ("Wednesday", "DATE", "2015-10-07"),
        ("last week", "DATE", "2015-W40"),
    ]
    assert all(text[f["start"] : f["end"]] == f["text"] for f in found)


def test_heideltime_output_with_changed_whitespace_still_aligns() -> None:
    text = "On  30 September\tRussia struck."
    timeml = '<TimeML>\nOn 30 <TIMEX3 type="DATE" value="2015-09-30">September</TIMEX3> Russia'
    timeml += " struck.\n</TimeML>"
    (found,) = align(text, timeml)
    assert found["text"] == "September" and text[found["start"] : found["end"]] == "September"


def test_creation_times_become_iso_days() -> None:
    assert iso_day("19980227") == "1998-02-27"
    assert iso_day("1998-02-27T08:00:00") == "1998-02-27"
    assert iso_day("2015-10-07") == "2015-10-07"
    assert iso_day(None) is None and iso_day("XXXX") is None
