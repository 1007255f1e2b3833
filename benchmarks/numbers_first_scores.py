"""The first scores of the fresh numbers samples that non-developers annotated blind, and their
mean: the proxy this project reports for issue 17's external bar.

Usage::

    .venv/bin/python benchmarks/numbers_first_scores.py

Why a script: each sample is scored once, by the lead, before any rule has seen it (its
"first score", recorded in ``docs/plugins/numbers-rounds.md`` and in the table of
``docs/plugins/numbers.md``), and later rounds may move it. The mean over all of them was
summed by hand for a long time and drifted by a tenth from the recorded scores; this record is
the one list it is computed from. Add a sample's first score here when it is scored (the rounds
doc's "Held out: the Nth sample's first score") and run this script for the README's row.

Only aggregates are recorded (value F1 and value+unit F1 of the whole sample), never an item.
Which samples are still held out is read from ``devsets/devset_files.HELD_OUT_FILES``; fresh16
(round nineteen's held-out test) is not a non-developer sample and is not counted.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "devsets"))

from devset_files import HELD_OUT_FILES

RESULTS = Path(__file__).resolve().parent / "results" / "numbers_first_scores.json"

#: sample round -> (value F1, value+unit F1) at its first score, as the rounds doc records it
FIRST_SCORES: dict[int, tuple[float, float]] = {
    17: (94.7, 83.5),
    18: (94.7, 81.5),
    19: (95.9, 93.2),
    20: (93.8, 89.6),
    21: (93.4, 78.9),
    22: (97.2, 88.1),
    23: (95.6, 89.5),
    24: (97.5, 87.5),
    25: (95.6, 90.2),
    26: (95.4, 86.3),
    27: (96.7, 90.1),
    28: (92.5, 87.5),
    29: (96.4, 90.2),
    30: (96.5, 90.8),
    31: (90.1, 80.7),
    32: (96.2, 84.6),
    33: (97.0, 85.1),
    34: (90.0, 84.5),
    35: (97.0, 88.1),
    36: (94.7, 88.5),
    37: (96.9, 92.7),
    38: (97.9, 89.5),
    39: (89.2, 83.2),
    40: (95.7, 89.9),
    41: (95.1, 88.5),
    42: (95.3, 89.9),
    43: (95.8, 85.8),
    44: (98.5, 93.3),
    45: (96.4, 85.0),
    46: (98.1, 91.1),
    47: (97.6, 93.7),
    48: (97.8, 87.1),
    49: (94.4, 82.2),
    50: (98.1, 89.2),
    51: (96.3, 87.8),
    52: (98.3, 91.7),
    53: (93.9, 88.7),
    54: (98.9, 88.9),
    55: (95.7, 91.0),
    56: (95.7, 81.5),
    57: (96.0, 91.5),
    58: (95.4, 85.1),
    59: (95.1, 83.1),
    60: (97.3, 89.7),
}


def summary() -> dict[str, object]:
    """Count, mean and range of the first scores, over all samples and over those held out."""
    held = sorted(n for n in FIRST_SCORES if f"numbers_fresh{n}.jsonl" in HELD_OUT_FILES)

    def stats(rounds: list[int]) -> dict[str, object]:
        values = [FIRST_SCORES[n][0] for n in rounds]
        units = [FIRST_SCORES[n][1] for n in rounds]
        return {
            "samples": len(rounds),
            "rounds": rounds,
            "mean_value": round(statistics.fmean(values), 1),
            "mean_value_unit": round(statistics.fmean(units), 1),
            "range_value": [min(values), max(values)],
            "range_value_unit": [min(units), max(units)],
        }

    return {"all": stats(sorted(FIRST_SCORES)), "still_held_out": stats(held)}


def main() -> None:
    result = summary()
    print(f"{'samples':<24}{'n':>4}{'mean value':>12}{'mean v+unit':>13}  range v / v+unit")
    for label, row in result.items():
        rounds = row["rounds"]
        name = f"{label} ({rounds[0]}-{rounds[-1]})" if rounds else label
        print(
            f"{name:<24}{row['samples']:>4}{row['mean_value']:>12}{row['mean_value_unit']:>13}"
            f"  {row['range_value'][0]}-{row['range_value'][1]}"
            f" / {row['range_value_unit'][0]}-{row['range_value_unit'][1]}"
        )
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
