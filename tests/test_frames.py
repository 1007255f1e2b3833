"""The typed findings frame: built column by column from converted rows, it must equal what
pandas' generic constructor gives for the same values (dtypes, nulls, values)."""

from __future__ import annotations

import math

import pandas as pd
import pandas.testing as tm
import pytest

from newslens.analysis import Analysis
from newslens.frames import ExtractorOutputError, _column, check_rows, findings_frame

COLUMNS = {
    "text": "str",
    "start": "int64",
    "end": "int64",
    "count": "Int64",
    "share": "float64",
    "negated": "boolean",
    "strict": "bool",
    "when": "datetime64[ns, UTC]",
    "spans": "object",
}
ANALYSIS = Analysis(
    id="test.frames.v1", title="Frames test", columns=COLUMNS, extract=lambda article: []
)
TEXT = "Okafor said 1,200 jobs would go, and the union said 900."

ROWS = [
    {"text": "Okafor", "start": 0, "end": 6, "count": 1200, "share": 0.5, "negated": False,
     "strict": True, "when": "2015-10-01", "spans": [[0, 6]]},
    {"text": "union", "start": 41, "end": 46, "count": None, "share": math.nan,
     "negated": None, "strict": False, "when": None, "spans": None},
    {"text": "", "start": 0, "end": 0, "strict": True},  # nullable columns left out
]  # fmt: skip


def _generic(rows: list[dict], ids: list[str]) -> pd.DataFrame:
    """What the frame was built with before: pandas inferring each column from its list."""
    data = {"article_id": pd.Series(ids, dtype="str")}
    for column, dtype in COLUMNS.items():
        values = [row[column] for row in rows]
        if dtype == "object":
            data[column] = pd.Series(values, dtype=object)
        elif dtype.startswith("datetime"):
            data[column] = pd.Series(pd.DatetimeIndex(values, tz="UTC").as_unit("ns"))
        else:
            data[column] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data)


def test_findings_frame_equals_the_generic_construction() -> None:
    rows = check_rows(ANALYSIS, ROWS, TEXT)
    ids = ["a1", "a1", "a2"]
    built = findings_frame(ANALYSIS, rows, ids)
    tm.assert_frame_equal(built, _generic(rows, ids))
    assert built["count"].isna().tolist() == [False, True, True]
    assert built["negated"].isna().tolist() == [False, True, True]
    assert built["text"].tolist() == ["Okafor", "union", ""]


@pytest.mark.parametrize("dtype", sorted(set(COLUMNS.values()) - {"datetime64[ns, UTC]"}))
def test_an_empty_column_keeps_its_dtype(dtype: str) -> None:
    assert _column([], dtype).dtype == pd.Series([], dtype=dtype).dtype


def test_a_bad_value_still_fails_its_article_only() -> None:
    with pytest.raises(ExtractorOutputError, match="'count'"):
        check_rows(ANALYSIS, [{**ROWS[0], "count": "many"}], TEXT)
    with pytest.raises(ExtractorOutputError, match=r"'start'.*missing"):
        check_rows(ANALYSIS, [{"text": "", "end": 0, "strict": True}], TEXT)


def test_an_object_column_of_lists_keeps_one_list_per_row() -> None:
    """Lists of one length in an ``object`` column stay one value per row (an array built
    from them naively would become two-dimensional)."""
    rows = check_rows(
        ANALYSIS, [{**ROWS[0], "spans": [[0, 6]]}, {**ROWS[0], "spans": [[0, 6]]}], TEXT
    )
    built = findings_frame(ANALYSIS, rows, ["a1", "a2"])
    assert built["spans"].tolist() == [[[0, 6]], [[0, 6]]]
    tm.assert_frame_equal(built, _generic(rows, ["a1", "a2"]))
