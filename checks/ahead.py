"""Work started in a forked child while this process goes on, its result read when it is needed.

A commit hook checks one dataset, and importing pandera for its schema stage costs about a quarter
of a second, as much as all its other rules. On a machine with a second processor the child
imports pandera and validates while this process runs the rules that do not need it; the schema
rules come last (``S``) and read the child's result. Whatever goes wrong in the child (it fails,
is killed, says nothing readable or takes too long) the work is done again here, so the result is
always the work's own; where processes cannot be forked it is simply done here when asked for.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import time
import warnings
from collections.abc import Callable
from typing import Generic, TypeVar, cast

T = TypeVar("T")

CAN_FORK = sys.platform == "linux"  # where forking the running interpreter is safe (runner.START_METHOD says why)
# Longer than the work ever takes on the few datasets it is started for (a second or two): a child
# still silent then is stuck (a lock some other thread held when it was forked) and is given up.
PATIENCE_SECONDS = 120.0


class Ahead(Generic[T]):
    """``work()`` started in a child; ``result()`` gives what it returned. Used as a context
    manager, so a child whose result was never asked for (a rule before it failed) is stopped."""

    def __init__(self, work: Callable[[], T], patience: float = PATIENCE_SECONDS) -> None:
        self._work = work
        self._patience = patience
        self._child: tuple[int, int] | None = None  # (pid, the pipe's end to read)
        if CAN_FORK:
            self._child = _start(work)

    def result(self) -> T:
        child, self._child = self._child, None
        if child is not None:
            answer = _collect(*child, self._patience)
            if answer is not None:
                return cast(T, answer[0])
        return self._work()

    def __enter__(self) -> Ahead[T]:
        return self

    def __exit__(self, *_: object) -> None:
        child, self._child = self._child, None
        if child is not None:
            os.close(child[1])
            _stop(child[0])
            os.waitpid(child[0], 0)


def _start(work: Callable[[], object]) -> tuple[int, int] | None:
    read, write = os.pipe()
    try:
        with warnings.catch_warnings():
            # Python 3.12+ warns that forking a process with threads may deadlock (numpy's and
            # Arrow's idle pools here): the patience below is for that, and the warning would be
            # noise on a commit's terminal.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:  # no memory or process left for a child: the work is done here when asked for
        os.close(read)
        os.close(write)
        return None
    if pid == 0:
        os.close(read)
        _child(work, write)
    os.close(write)
    return pid, read


def _child(work: Callable[[], object], write: int) -> None:
    """Run ``work``, send its result pickled, and leave without running anything of the parent's
    (no atexit handler, no buffered output flushed a second time)."""
    status = 1
    try:
        # The terminal is the parent's: nothing of the child's goes there (a library's warning, a
        # buffer of the parent's output flushed again), from Python or from a library's own code.
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
        status = 0
    except BaseException:  # any failure: the parent does the work itself
        pass
    finally:
        os._exit(status)


def _collect(pid: int, read: int, patience: float) -> tuple[object] | None:
    """The child's result (in a 1-tuple), or None when it has none to give."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + patience
    finished = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([read], [], [], remaining)[0]:
                break  # stuck: given up
            chunk = os.read(read, 1 << 20)
            if not chunk:
                finished = True
                break
            chunks.append(chunk)
    finally:
        os.close(read)
        if not finished:
            _stop(pid)
        _, status = os.waitpid(pid, 0)
    if not finished or status != 0:
        return None
    try:
        return (pickle.loads(b"".join(chunks)),)
    except Exception:  # cut short or garbled: the parent does the work itself
        return None


def _stop(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
