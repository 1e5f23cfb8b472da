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
from typing import Callable, Iterator


class _Held:
    """A setting of the process held while any thread is inside: ``begin()`` on the first
    entry (its result kept), ``end(kept)`` on the last exit, whichever threads those are."""

    def __init__(self, begin: Callable[[], object], end: Callable[[object], None]):
        self.lock = threading.Lock()
        self._begin, self._end = begin, end
        self._users, self._kept = 0, None

    @contextmanager
    def inside(self) -> Iterator[None]:
        with self.lock:
            if self._users == 0:
                self._kept = self._begin()
            self._users += 1
        try:
            yield
        finally:
            with self.lock:
                self._users -= 1
                if self._users == 0:
                    self._end(self._kept)
                    self._kept = None


def _take_control() -> None:
    """Make the calling thread the one threadpoolctl lets set OpenBLAS's count. Called by the
    first to enter and the last to leave, when no user of the package is inside; a limit that
    other code holds in another thread at that moment loses its hold."""
    import threadpoolctl

    clear = getattr(getattr(threadpoolctl, "OpenBLASController", None), "clear_controlling_thread", None)
    if clear is not None:   # threadpoolctl before 3.8 has no controlling thread
        clear(force=True)


_controller: list = []   # made once, on first use


def _one_thread_begin():
    if not _controller:
        import scipy.linalg  # noqa: F401  (loads scipy's own OpenBLAS, for the controller to see)
        from threadpoolctl import ThreadpoolController

        _controller.append(ThreadpoolController())
    _take_control()
    return _controller[0].limit(limits=1)


def _one_thread_end(limiter) -> None:
    _take_control()
    limiter.restore_original_limits()
    _take_control()   # no thread left holding the count


def _silence_begin():
    saved = warnings.catch_warnings()
    saved.__enter__()   # left by the last user, whichever thread that is
    warnings.simplefilter("ignore")
    return saved


_BLAS = _Held(_one_thread_begin, _one_thread_end)
_WARNINGS = _Held(_silence_begin, lambda saved: saved.__exit__(None, None, None))


def one_thread():
    """A context in which BLAS runs on one thread, however many threads enter it at once."""
    return _BLAS.inside()


def no_warnings():
    """A context in which no warning is shown, however many threads enter it at once.

    `warnings.catch_warnings` saves the process's filters on entry and puts them back on exit:
    two threads inside at once, the second saved the first's "ignore everything", and put it
    back last, so that every warning of the process, the server's own included, was silenced
    for good (eight solves at once far from the record did it in the first round). Here the
    first to enter saves the filters and the last to leave puts them back. While anyone is
    inside, the process's other threads are silenced too, as they were; and code elsewhere that
    uses `catch_warnings` in a thread of its own can still race with it (Python 3.11's warnings
    are not thread-safe; 3.14 can make them context-local)."""
    return _WARNINGS.inside()

