"""Runs on a Dask cluster (the optional extra yongeo[dask]): connect, then submit in order.

Dask is imported only here and only when a run is given a scheduler, so yongeo starts as
fast without it and works the same when the extra is not installed.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from yongeo.errors import UsageError, YongeoError
from yongeo.i18n import _

if TYPE_CHECKING:
    from distributed import Client

# The scheduler address that starts a cluster of local processes for the run.
LOCAL = "local"
INSTALL = "pip install 'yongeo[dask]'"
# Tasks in flight per worker thread: enough to keep every worker busy while the client
# reads the next files, few enough that the client never holds many files' bytes at once.
AHEAD_PER_THREAD = 2
# Seconds to wait for a scheduler that does not answer.
CONNECT_TIMEOUT = 30


def require_dask():
    """The distributed module, or a UsageError that says how to install it."""
    try:
        import distributed
    except ImportError:
        raise UsageError(_("--scheduler needs Dask, which is not installed: {command}").format(
            command=INSTALL)) from None
    return distributed


def local_workers() -> int:
    """Worker processes of a local cluster: one per core this process may use (checking is
    pure Python, so threads would wait for each other)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def connect(scheduler: str) -> Iterator[Client]:
    """A client of the scheduler at `scheduler` (tcp://host:8786 and the like), or of a
    cluster of local processes started for the run and stopped after it (`local`)."""
    distributed = require_dask()
    if scheduler == LOCAL:
        with distributed.LocalCluster(n_workers=local_workers(), threads_per_worker=1,
                                      processes=True, dashboard_address=":0") as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError, TypeError) as exc:
        raise YongeoError(_("cannot reach the Dask scheduler at {address}: {reason}").format(
            address=scheduler, reason=str(exc).strip().splitlines()[0] if str(exc) else
            type(exc).__name__)) from None
    with client:
        yield client


def in_order(client: Client, function: Callable[..., Any], arguments: Iterable[tuple]
             ) -> Iterator[Any]:
    """function(*args) for each of `arguments`, run on the cluster, results in their order.

    Only a few tasks per worker thread are in flight: `arguments` is drawn lazily, so a
    generator that reads files holds only those files' bytes."""
    ahead = max(2, AHEAD_PER_THREAD * sum(client.nthreads().values()))
    pending: deque = deque()
    for args in arguments:
        pending.append(client.submit(function, *args, pure=False))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
