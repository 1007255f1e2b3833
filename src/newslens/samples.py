"""The sample corpus bundled with newslens (Wikinews, CC BY 2.5, plus the seed article)."""

from __future__ import annotations

from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parent / "data" / "sample"


def sample_path() -> Path:
    """The folder holding the bundled sample corpus; pass it to :func:`newslens.load`."""
    return SAMPLE_DIR
