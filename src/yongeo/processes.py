"""Process pools for --jobs: how their workers start, and a pool that fails with one clear
error when a worker dies instead of waiting for it forever."""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing.context import BaseContext

from yongeo.errors import YongeoError
from yongeo.i18n import _


def pool_context() -> BaseContext:
    """fork where it is safe: on Linux, from a process that runs no other thread (a forked
    child could inherit a lock another thread holds, and wait on it forever); else
    forkserver, a clean interpreter per worker that is sent what it needs."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver")


@contextmanager
def process_pool(jobs: int, context: BaseContext | None = None,
                 initializer: Callable[..., object] | None = None,
                 initargs: tuple = ()) -> Iterator[ProcessPoolExecutor]:
    """A pool of `jobs` worker processes (started by `context`, else pool_context()). A
    worker that dies before it answers (killed, out of memory) ends the run with one
    YongeoError naming what happened, never a traceback or a wait without end: a
    `multiprocessing.Pool` would start another worker and wait for the lost task forever."""
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context or pool_context(),
                                 initializer=initializer, initargs=initargs) as pool:
            yield pool
    except BrokenProcessPool:
        raise YongeoError(_("a worker process stopped before it finished (killed, or out "
                            "of memory?); run again with fewer --jobs")) from None
