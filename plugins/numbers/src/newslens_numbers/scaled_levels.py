"""A bare level in millions or billions never takes a percent or a duration carried to it.

Why: wire reports compare a level with its old value and put the change between them
("diesel demand averaged 3.42 mln bpd, up 2.1 pct from 3.35 mln a year ago"; "exports rose to
4.6 billion dlrs in the first eight months from 3.9 billion a year ago"). The passes that
carry a unit to a bare figure take the nearest one, the change's percent or the period's
months, and "3.35 mln" became 3.35 million percent. No percent and no duration is written as
a bare "N mln" or "N billion", so round sixty-six gives such a figure the unit of the last
scaled level of its sentence or the sentence before (a sum, a measure or a count, the level it
is compared with), and leaves it unitless where none is found. Read on 300 pool documents
(an energy report's "up N pct from N mln", a trade figure "from N billion" after "in the
first N months"), then over the whole pool.
"""

from __future__ import annotations

import re
from typing import Any

#: a scale word written in the figure's own text ("3.35 mln", "3.1 billion", "5bn"); not a
#: glued "m", which may be minutes or metres ("1m 52.3s")
_SCALED = re.compile(r"(?i:\b(?:mln|bln|million|billion|trillion|bn)\b|\dbn\b)")
#: a unit of its own in the figure's text: then the unit was read, not carried
_OWN_UNIT = re.compile(
    r"(?i:%|pct|per[ \t]?cent|point|basis|year|yr|month|mth|week|wk|day|hour|hr|minute|min"
    r"|second|sec|decade|centur|quarter|season)"
)
_CARRIED_KINDS = frozenset(("percent", "duration"))
_LEVEL_KINDS = frozenset(("money", "measure", "count"))
_COPIED = ("kind", "unit", "per", "quantity", "noun", "base_unit", "dimension")


def _carried(f: dict[str, Any]) -> bool:
    return (
        f["kind"] in _CARRIED_KINDS
        and _SCALED.search(f["text"]) is not None
        and _OWN_UNIT.search(f["text"]) is None
    )


def scaled_level_units(findings: list[dict[str, Any]]) -> None:
    """Give a bare scaled figure that was handed a percent or a duration the unit of the last
    scaled level before it in its sentence or the one before, or none (in place)."""
    for i, f in enumerate(findings):
        if not _carried(f):
            continue
        source = None
        for g in reversed(findings[:i]):
            if g["sentence"] < f["sentence"] - 1:
                break
            if (
                g["kind"] in _LEVEL_KINDS
                and _SCALED.search(g["text"])
                and not _carried(g)
                and (g["unit"] or g["noun"])
            ):
                source = g
                break
        if source is None:
            f.update(kind="count", unit="", per="", base_unit="", dimension="")
            f["value_base"] = float("nan")
            continue
        f.update({k: source[k] for k in _COPIED})
        ratio = source["value_base"] / source["value"] if source["value"] else float("nan")
        f["value_base"] = f["value"] * ratio
