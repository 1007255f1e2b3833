"""Shared test helpers. The `newslens.testing` pytest plugin (fixtures `newslens_corpus`,
`make_plugin_manager`) is loaded through its pytest11 entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, skipping the test cleanly when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (it sits beside the checkout in CI)")
    return path
