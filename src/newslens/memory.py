"""Give freed memory back to the operating system between the phases of a large step.

Why: glibc's allocator keeps memory freed by Python and NumPy in its heap for reuse, and a
few live objects at the top of the heap pin the rest. A corpus-level step over 210,000
articles (tokenise, then build neighbours) was measured keeping 280 MB of such free memory
through its next phase; ``malloc_trim`` hands it back. Dask's workers do the same.
Arrow keeps its own pool (mimalloc or jemalloc) for Parquet reads and DuckDB's Arrow results:
its free pages go back too when pyarrow is loaded (26 MB after a 20,000-article ``--store``
run). Elsewhere (macOS, Windows, musl) the glibc part is a no-op.

What no trim reaches is fragmentation: Python's small-object arenas (1 MiB each, returned only
when wholly empty) and the allocators' thread caches, pinned by a few live objects after a
streamed phase has made and dropped millions. :func:`in_forked_child` runs such a phase in a
child forked from the still-small parent, so its memory goes back whole when the child exits.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
import sys
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


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


def use_system_arrow_pool() -> None:
    """Make Arrow allocate through the C library (glibc), not its own mimalloc pool.

    Why: after a 20,000-article streamed ``--store`` phase, mimalloc still held a 39 MB
    region that ``release_unused()`` did not give back (why was not isolated: a simple
    allocation test frees fine, from any thread); with glibc's allocator the region is gone
    and the process is 32 MB smaller after ``malloc_trim``. Called by the CLI's
    bounded-memory runs only: it changes a process-wide setting, which a library must not
    do behind a notebook's back."""
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())


def in_forked_child(work: Callable[[], T]) -> T:
    """``work()`` run in a child forked from this process; its result (pickled) or its error
    comes back, and all the memory it used goes back to the OS when the child exits.

    Why: a streamed phase (a corpus read batch by batch, millions of findings received from
    workers and written to the store) leaves this process 120-220 MB bigger than it started,
    in fragments no allocator can return (see the module docstring); the corpus-level steps
    that follow then peak that much higher. Forked, the phase starts from the parent's state
    (its plugins, options and patches included) and takes its residue with it.

    Linux only (fork is safe there, and the child is killed with its parent, so a killed run
    never leaves a writer behind); elsewhere ``work()`` runs here. A child that dies without
    an answer (killed, out of memory) raises ``RuntimeError`` with its exit code; an interrupt
    stops the child before it propagates.
    """
    if not sys.platform.startswith("linux"):
        return work()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(work, send), name="newslens-phase")
    child.start()
    send.close()
    try:
        try:
            outcome, value = receive.recv()
        except EOFError:
            child.join()
            raise RuntimeError(
                f"the forked phase ended without an answer (exit code {child.exitcode})"
            ) from None
        child.join()
    except BaseException:
        if child.is_alive():
            child.terminate()
            child.join()
        raise
    finally:
        receive.close()
    if outcome == "exit":  # SystemExit loses its code in a pickle
        raise SystemExit(value)
    if outcome == "error":
        raise value
    return value


def _answer(work: Callable[[], Any], send: Any) -> None:
    libc = _libc()
    if libc is not None and hasattr(libc, "prctl"):
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent
    try:
        answer: tuple[str, Any] = ("value", work())
    except SystemExit as stop:
        answer = ("exit", stop.code)
    except BaseException as error:
        answer = ("error", error)
    try:
        send.send(answer)
    except Exception as error:  # an unpicklable result or error
        send.send(("error", RuntimeError(f"{type(answer[1]).__name__}: {answer[1]} ({error})")))
    finally:
        send.close()
