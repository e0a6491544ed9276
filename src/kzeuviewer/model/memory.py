"""Handing memory that the process freed back to the system."""

from __future__ import annotations

import ctypes
import sys

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
