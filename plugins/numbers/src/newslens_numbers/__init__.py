"""newslens-numbers: every figure in a news article, what it counts, and whether it adds up.

The analysis ``numbers.v1`` is registered through the ``newslens`` entry point like any
third-party plugin; :func:`newslens_numbers.extract.extract_text` works on a plain string.
"""

from __future__ import annotations

__version__ = "0.28.49"
