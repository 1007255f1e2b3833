"""newslens.release_memory: free heap memory goes back to the OS (what keeps corpus-level
steps over 210,000 articles within their memory bound)."""

import os
import sys

import pytest

import newslens


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc malloc_trim is Linux-only")
def test_release_memory_gives_freed_heap_back():
    if newslens.memory._libc() is None:
        pytest.skip("not glibc")
    blocks = [bytearray(2000) for _ in range(100_000)]  # 200 MB of heap (below mmap's threshold)
    pin = bytearray(2000)  # allocated last: the top of the heap stays in use
    del blocks
    before = resident()
    newslens.release_memory()
    after = resident()
    assert before - after > 100 * 2**20
    del pin


def resident() -> int:
    """This process's resident memory in bytes (Linux: /proc/self/statm)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_release_memory_empties_arrows_pool_of_free_pages():
    pa = pytest.importorskip("pyarrow")
    pool = pa.default_memory_pool()
    if pool.backend_name == "system":
        pytest.skip("Arrow uses the system allocator here (glibc's trim covers it)")
    tables = [pa.array(range(200_000)) for _ in range(50)]  # ~80 MB in Arrow's pool
    del tables
    before = resident()
    newslens.release_memory()
    after = resident()
    assert before - after > 20 * 2**20
