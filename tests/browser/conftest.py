"""Browser tests: skip with the reason when Chromium or Playwright is missing, except in CI
(NEWSLENS_REQUIRE_BROWSER=1, set by .ci/run), where a missing browser is a failure."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import jlab

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "reports" / "screenshots"


@pytest.fixture(autouse=True)
def _needs_browser():
    """Skip (or, in CI, fail) before anything starts when no browser can run."""
    reason = jlab.missing_browser()
    if reason is None:
        return
    if os.environ.get("NEWSLENS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required here (NEWSLENS_REQUIRE_BROWSER=1): {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    with jlab.chromium() as instance:
        yield instance


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where screenshots go for a human to look at (reports/ is not committed)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
