"""Handing memory that the process freed back to the system."""

from __future__ import annotations

import ctypes
import linecache
import sys
import threading

import pyarrow

# Arrow's buffers (the text columns) from the C library's allocator, not Arrow's own
# mimalloc pool: mimalloc keeps what was freed (tens of MB after a load), and the
# C library's is what release_freed_memory below hands back to the system.
pyarrow.set_memory_pool(pyarrow.system_memory_pool())


def release_freed_memory() -> None:
    """Give the memory that was freed but kept by the C allocator back to the system.

    Parsing and checking a million rows allocates and frees many mid-sized
    buffers; glibc keeps the freed ones for reuse, so the process would stay
    100 MB or more larger than what it holds (more after a reload). Takes a
    few milliseconds. Does nothing where the C library has no ``malloc_trim``.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def drop_source_cache() -> bool:
    """Forget the source lines Python keeps of the modules imported so far; False if it is not safe now.

    PySide6's import hook reads the source of every module imported after it
    (to look for its feature switches), and ``linecache`` keeps every line:
    about 35 MB by the time the window is built, kept for nothing. A traceback
    reads the lines again when it needs them. ``linecache`` is not safe to
    clear while another thread reads it, so this is done only from the main
    thread while no other Python thread runs (the caller tries again later).
    """
    if threading.current_thread() is not threading.main_thread():
        return False
    dummy = getattr(threading, "_DummyThread", ())  # threads Python did not start: not ours to wait for
    if any(thread.is_alive() for thread in threading.enumerate()
           if thread is not threading.main_thread() and not isinstance(thread, dummy)):
        return False
    linecache.clearcache()
    return True
