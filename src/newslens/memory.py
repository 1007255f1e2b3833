"""Give freed memory back to the operating system between the phases of a large step.

Why: glibc's allocator keeps memory freed by Python and NumPy in its heap for reuse, and a
few live objects at the top of the heap pin the rest. A corpus-level step over 210,000
articles (tokenise, then build neighbours) was measured keeping 280 MB of such free memory
through its next phase; ``malloc_trim`` hands it back. Dask's workers do the same.
Arrow keeps its own pool (mimalloc or jemalloc) for Parquet reads and DuckDB's Arrow results:
its free pages go back too when pyarrow is loaded (26 MB after a 20,000-article ``--store``
run). Elsewhere (macOS, Windows, musl) the glibc part is a no-op.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


def release_memory() -> None:
    """Return the allocators' free memory to the OS: glibc's heap (Linux) and Arrow's pool
    (if pyarrow is loaded; never imported for this)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
    arrow = sys.modules.get("pyarrow")
    if arrow is not None:
        arrow.default_memory_pool().release_unused()
