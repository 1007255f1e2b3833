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
    try:
        pool = pa.mimalloc_memory_pool()  # Arrow's default; a --store run switches to glibc's
    except NotImplementedError:
        pytest.skip("this pyarrow has no mimalloc pool")
    previous = pa.default_memory_pool()
    pa.set_memory_pool(pool)
    try:
        tables = [pa.array(range(200_000)) for _ in range(50)]  # ~80 MB in Arrow's pool
        del tables
        before = resident()
        newslens.release_memory()
        after = resident()
    finally:
        pa.set_memory_pool(previous)
    assert before - after > 20 * 2**20


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="phases are forked on Linux only"
)


@linux_only
def test_a_forked_phase_runs_in_a_child_and_hands_back_its_result():
    from newslens.memory import in_forked_child

    parent = os.getpid()
    pid, big = in_forked_child(lambda: (os.getpid(), len(bytearray(50 * 2**20))))
    assert pid != parent and big == 50 * 2**20


@linux_only
def test_a_forked_phase_raises_its_error_and_exit_here():
    from newslens.memory import in_forked_child

    def fails():
        raise ValueError("bad article 17")

    with pytest.raises(ValueError, match="bad article 17"):
        in_forked_child(fails)
    with pytest.raises(SystemExit) as stopped:
        in_forked_child(lambda: sys.exit(3))
    assert stopped.value.code == 3


@linux_only
def test_a_forked_phase_that_dies_without_an_answer_is_an_error():
    from newslens.memory import in_forked_child

    with pytest.raises(RuntimeError, match="exit code -9"):
        in_forked_child(lambda: os.kill(os.getpid(), 9))


@linux_only
def test_a_forked_phase_dies_with_its_parent(tmp_path):
    """A killed run leaves no child writing on (docs/guarantees.md, interrupted runs)."""
    import signal
    import subprocess
    import time

    pid_file = tmp_path / "child.pid"
    script = (
        "import os, time\n"
        "from newslens.memory import in_forked_child\n"
        "def work():\n"
        f"    open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
        "    time.sleep(60)\n"
        "in_forked_child(work)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script])
    try:
        for _ in range(200):
            if pid_file.exists() and pid_file.read_text():
                break
            time.sleep(0.05)
        child = int(pid_file.read_text())
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        for _ in range(100):
            if not _running(child):
                break
            time.sleep(0.05)
        assert not _running(child)
    finally:
        parent.kill()


def _running(pid: int) -> bool:
    """Alive and not a zombie (a dead orphan waits for init to reap it)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
