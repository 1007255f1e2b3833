"""The Reuters-21578 reader: a synthetic SGML file always, the real 22 files when present."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from newslens_reuters import parse_sgml

import newslens
from newslens.manager import get_plugin_manager
from newslens.schema import validate_articles

REPO = Path(__file__).resolve().parents[3]
REUTERS = REPO / ".." / "shared" / "data" / "reuters21578"

# Written for this test in the collection's format (not Reuters text).
SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="101">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>grain</D><D>wheat</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<UNKNOWN>&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute</UNKNOWN>
<TEXT>&#2;
<TITLE>FARM GROUP SEES &lt;ACME&gt; WHEAT SALES UP</TITLE>
<DATELINE>    CHICAGO, Feb 26 - </DATELINE><BODY>A farm group said wheat sales to
the region rose 12 pct in the week &amp; expects more.
    The group said prices were steady at 2.85 dlrs.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="102">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TOPICS></TOPICS>
<PLACES></PLACES>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>MARKET WEEKLY FIGURES ROSE
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="3" NEWID="103">
<DATE>31-MAR-1987 605:12:19.12</DATE>
<TOPICS></TOPICS>
<PLACES><D>uk</D></PLACES>
<TEXT TYPE="UNPROC">&#2;
WEEKLY RESERVES TABLE - FEB 26
 Net reserves.............644 vs.....1,337
 Borrowings...............680 vs.......425
 Reuter
&#3;

</TEXT>
</REUTERS>
"""


def test_registered_through_the_entry_point() -> None:
    pm = get_plugin_manager()
    readers = pm.readers()
    assert readers.for_extension(".sgm").name == "reuters21578"
    assert readers.owner("reuters21578") == "reuters"
    table = pm.plugin_table().set_index("name")
    assert table.loc["reuters", "source"] == "entry point"
    assert table.loc["reuters", "readers"] == ["reuters21578"]


def test_synthetic_file(tmp_path: Path) -> None:
    (tmp_path / "mini.sgm").write_text(SGML, encoding="latin-1")
    frame = newslens.load(tmp_path / "mini.sgm", plugin_manager=get_plugin_manager())
    validate_articles(frame)
    report = newslens.load_report(frame)
    assert frame.article_id.tolist() == ["reuters-101", "reuters-103"]
    first = frame.iloc[0]
    assert first.title == "FARM GROUP SEES <ACME> WHEAT SALES UP"
    assert first.text == (
        "A farm group said wheat sales to\nthe region rose 12 pct in the week & expects more.\n"
        "    The group said prices were steady at 2.85 dlrs."
    )
    assert first.source == "Reuters"
    assert first.published == pd.Timestamp("1987-02-26 15:01:01.79", tz="UTC")
    assert first.topics == ("grain", "wheat") and first.places == ("usa",)
    assert first.lewissplit == "TRAIN" and first.dateline == "CHICAGO, Feb 26"
    unproc = frame.iloc[1]
    assert unproc.title == "WEEKLY RESERVES TABLE - FEB 26"
    assert unproc.text.startswith("Net reserves") and "Reuter" not in unproc.text
    assert unproc.published == pd.Timestamp("1987-03-31", tz="UTC")
    assert any("malformed" in n for n in unproc.notes)
    # the title-only document is reported by NEWID, not dropped silently
    assert len(report) == 1
    assert report.cause.iloc[0].startswith("record reuters-102: no <BODY>: title only")
    assert report.line.iloc[0] == 16  # the line of its <REUTERS> tag


def test_parse_never_raises_on_garbage() -> None:
    for text in [
        "",
        "<REUTERS>",
        "<REUTERS NEWID='x'></REUTERS>",
        "<REUTERS>\x00</REUTERS>",
        SGML[:400],
        SGML.replace("</BODY>", ""),
    ]:
        list(parse_sgml(text, "x.sgm"))


def test_file_without_documents_is_reported(tmp_path: Path) -> None:
    (tmp_path / "none.sgm").write_text("<!DOCTYPE lewis>\n")
    frame = newslens.load(tmp_path / "none.sgm", plugin_manager=get_plugin_manager())
    assert frame.empty
    assert "no <REUTERS> documents" in newslens.load_report(frame).cause.iloc[0]


def test_all_22_files_account_for_every_document() -> None:
    if not REUTERS.exists():
        pytest.skip(f"Reuters-21578 not found: {REUTERS}")
    files = sorted(REUTERS.glob("reut2-*.sgm"))
    assert len(files) == 22
    frame = newslens.load(files, clean=False, plugin_manager=get_plugin_manager())
    report = newslens.load_report(frame)
    assert len(frame) + len(report) == 21578
    assert frame.article_id.is_unique
    assert report.cause.str.contains("no <BODY>: title only").all()
    assert len(frame) == 19771
    assert frame.published.notna().all()
    assert (frame.source == "Reuters").all()
