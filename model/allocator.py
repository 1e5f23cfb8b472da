"""Keep freed memory for the next Monte Carlo run instead of handing it back to the system.

    tune()     (once per process: the app's entry, the CLI, the benchmarks)

Why: 10,000 draws make arrays of a few MB each (draws × years × sectors, float64). glibc's
malloc serves such blocks by mmap and, once they are freed, returns the pages to the kernel;
the next run then pays a page fault for every 4 KB page it writes. On the virtual machines this
project is measured on a page fault costs about 2 µs: four fresh 3.5 MB arrays cost 7 ms to
fill, against 0.5 ms for arrays whose memory was kept (benchmarks/risk.py, "allocator" rows).
A control change on the Scorecard runs 10,000 draws, so this is a quarter of their time.

What: two `mallopt` settings. M_MMAP_THRESHOLD = 32 MiB (the largest glibc accepts on 64-bit
systems): blocks below it come from the heap; M_TRIM_THRESHOLD = 128 MiB: the heap keeps up to
that much free memory before giving it back. The cost is memory the process keeps after a large
run (at most the trim threshold per malloc arena); blocks of 32 MiB and more (100,000 draws and
up) are still mapped and unmapped as before. Numbers are unchanged: only where memory comes from.

Elsewhere (macOS, Windows, musl) there is no glibc ``mallopt`` and `tune` does nothing.
"""

from __future__ import annotations

import ctypes
import sys

M_TRIM_THRESHOLD = -1      # glibc's malloc.h
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024     # bytes: glibc's HEAP_MAX_SIZE / 2 on 64-bit systems
TRIM_THRESHOLD = 128 * 1024 * 1024    # bytes of free heap kept before it is returned

_done: bool | None = None


def tune() -> bool:
    """Apply the two settings once (later calls return the first answer). True when glibc
    accepted both; False where there is no glibc, or it refused."""
    global _done
    if _done is not None:
        return _done
    _done = False
    if not sys.platform.startswith("linux"):
        return _done
    try:
        # the process's own symbols, libc's among them (ctypes.util.find_library would run
        # ldconfig in a subprocess, 20 ms of every CLI start)
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):   # not glibc (musl has no mallopt)
        return _done
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    # mallopt answers 1 on success, 0 on a refused value
    _done = bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) & bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    return _done


__all__ = ["tune", "MMAP_THRESHOLD", "TRIM_THRESHOLD"]
