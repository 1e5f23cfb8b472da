"""Settings of the whole process that the package changes for a while, safe when sessions run
at once: BLAS on one thread (`one_thread`) and warnings silenced (`no_warnings`).

The app's sessions are threads of one process. OpenBLAS's thread count and Python's warning
filters belong to the process, not to a thread: a context that sets one and puts it back when
it ends puts it back under any other thread still inside its own (which then runs without the
setting), and the last to end restores what it found, another's setting, for good. Each context
here counts its users across threads under a lock: the first to enter sets, the last to leave
puts back what the first found.

BLAS on one thread: the solver and the deflator fit's fallback run their small dense problems
(a few dozen rows) on one thread: threads only cost time, and an answer must not depend on the
machine (threads change the order of floating-point sums, and an optimiser's path with it). Each
solve once entered and left a `threadpoolctl` limit of its own: two sessions solving at once, the
second's last steps ran on every core, and its solved paths differed from the same solve alone
in the 16th digit (0.16812420974392123 against …112 in the file it writes). Recent threadpoolctl
(3.8, installed here; not 3.5, which the package also accepts) lets only one thread, the first
to set a limit, change OpenBLAS's count while it lives, and the others' limits silently do
nothing: `one_thread` takes that control for the thread that sets or puts back. Work outside it
(the projection, the draws) gives the same bits on any number of threads (tests/test_hostile.py
runs eight sessions at once). The controller is made once, after scipy's linear algebra is
loaded: scipy's wheels bring an OpenBLAS of their own beside numpy's, and the solver's
controller, made before `scipy.optimize` was first imported, saw only numpy's.

Warnings silenced: see `no_warnings`.
"""

from __future__ import annotations

import threading
import warnings
from contextlib import contextmanager
from typing import Iterator

_LOCK = threading.Lock()
_state = {"users": 0, "limiter": None, "controller": None}
_WARN_LOCK = threading.Lock()
_warn = {"users": 0, "saved": None}


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


@contextmanager
def no_warnings() -> Iterator[None]:
    """A context in which no warning is shown, however many threads enter it at once.

    `warnings.catch_warnings` saves the process's filters on entry and puts them back on exit:
    two threads inside at once, the second saved the first's "ignore everything", and put it
    back last, so that every warning of the process, the server's own included, was silenced
    for good (eight solves at once far from the record did it in the first round). Here the
    first to enter saves the filters and the last to leave puts them back. While anyone is
    inside, the process's other threads are silenced too, as they were; and code elsewhere that
    uses `catch_warnings` in a thread of its own can still race with it (Python 3.11's warnings
    are not thread-safe; 3.14 has context-local ones)."""
    with _WARN_LOCK:
        if _warn["users"] == 0:
            saved = warnings.catch_warnings()
            saved.__enter__()   # left by the last user, whichever thread that is
            warnings.simplefilter("ignore")
            _warn["saved"] = saved
        _warn["users"] += 1
    try:
        yield
    finally:
        with _WARN_LOCK:
            _warn["users"] -= 1
            if _warn["users"] == 0:
                _warn["saved"].__exit__(None, None, None)
                _warn["saved"] = None
