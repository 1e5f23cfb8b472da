"""BLAS on one thread for the package's small dense problems, safe when sessions run at once.

The solver and the deflator fit's fallback run BLAS on one thread: their matrices are a few
dozen rows, threads only cost time, and an answer must not depend on the machine (threads change
the order of floating-point sums, and an optimiser's path with it).

The app's sessions are threads of one process, and OpenBLAS's thread count is the process's,
not a thread's. Each solve once set it with its own `threadpoolctl` limit, entered and left
around the solve; two sessions solving at once raced: the first to finish put the count back
while the other was still solving, whose last steps then ran on every core (its solved paths
differed from the same solve run alone in the last bits: 0.16812420974392123 against
…112 in a file it writes), and the second, putting back the one thread it had found, left the
process on one thread for good. Recent threadpoolctl (3.8, installed here; not 3.5, which the
package also accepts) also lets only one thread, the first to set a limit, change OpenBLAS's
count while it is alive; the others' limits silently do nothing. `one_thread` counts the package's users across threads under a lock: the first sets one
thread, the last puts back what the first found, and each time it takes the count's control for
the calling thread. Work of the package that is not in `one_thread` (the projection, the draws)
gives the same bits on any number of threads (tests/test_hostile.py runs eight sessions at once).

The controller is made once, on first use, after scipy's linear algebra is loaded: scipy's
wheels bring an OpenBLAS of their own beside numpy's, and a controller made before
`scipy.optimize` was first imported saw only numpy's (the solver's did, until this module).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

_LOCK = threading.Lock()
_state = {"users": 0, "limiter": None, "controller": None}


def _take_control() -> None:
    """Make the calling thread the one threadpoolctl lets set OpenBLAS's count (the package's
    users are counted here, so no user of the package holds the count when this is called)."""
    import threadpoolctl

    clear = getattr(getattr(threadpoolctl, "OpenBLASController", None), "clear_controlling_thread", None)
    if clear is not None:   # threadpoolctl before 3.8 has no controlling thread
        clear(force=True)


@contextmanager
def one_thread() -> Iterator[None]:
    """A context in which BLAS runs on one thread, however many threads enter it at once."""
    with _LOCK:
        if _state["users"] == 0:
            if _state["controller"] is None:
                import scipy.linalg  # noqa: F401  (loads scipy's own OpenBLAS, for the controller to see)
                from threadpoolctl import ThreadpoolController

                _state["controller"] = ThreadpoolController()
            _take_control()
            _state["limiter"] = _state["controller"].limit(limits=1)
        _state["users"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["users"] -= 1
            if _state["users"] == 0:
                _take_control()
                _state["limiter"].restore_original_limits()
                _state["limiter"] = None
                _take_control()   # no thread left holding the count


def blas_threads() -> list[int]:
    """The thread count of every BLAS library loaded, scipy's own included (for the tests)."""
    import scipy.linalg  # noqa: F401  (as `one_thread` does)
    from threadpoolctl import ThreadpoolController

    with _LOCK:

        return [c.num_threads for c in ThreadpoolController().lib_controllers if c.user_api == "blas"]
