"""newslens-timeline: what happened when, as the article says it.

The analysis ``timeline.v1`` is registered through the ``newslens`` entry point like any
third-party plugin; :func:`newslens_timeline.extract.extract_text` works on a plain string and
a publication date.
"""

from __future__ import annotations

__version__ = "0.9.68"
