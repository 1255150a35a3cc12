"""The query worker pool behind `kg serve`: each query runs in a worker process holding the store, so a query past
its time limit is stopped by killing its worker, and a fresh worker takes its place."""
from __future__ import annotations

import queue
import threading

from kg.sparqlresults import QueryTimeout, answer_query

__all__ = ["QueryWorkers"]


class QueryWorkers:
    """Query slots, each a worker process holding the store: a query past its time limit is stopped by
    killing its worker (SIGKILL), which frees the slot; a fresh worker takes its place.

    Workers are forked, so they share the parent's loaded store without copying it up front.
    """

    def __init__(self, store, size: int) -> None:
        import multiprocessing as mp

        self._ctx = mp.get_context("fork")
        self._store = store
        self._idle: "queue.Queue" = queue.Queue()
        self._lock = threading.Lock()
        self._all: set = set()
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_loop, args=(self._store, child), daemon=True)
        proc.start()
        child.close()
        with self._lock:
            self._all.add(proc)
        return proc, parent

    def run(self, job: tuple, *, wait: float, timeout: float):
        """The worker's answer to `job`, or None when no slot freed within `wait` s; raises QueryTimeout when
        the query ran past `timeout` s (its worker is killed and replaced)."""
        try:
            proc, conn = self._idle.get(timeout=wait)
        except queue.Empty:
            return None
        try:
            conn.send(job)
            if conn.poll(timeout):
                answer = conn.recv()
                self._idle.put((proc, conn))
                return answer
        except (EOFError, OSError):
            pass
        self._kill(proc, conn)
        self._idle.put(self._spawn())
        raise QueryTimeout

    def _kill(self, proc, conn) -> None:
        proc.kill()
        proc.join(5)
        conn.close()
        with self._lock:
            self._all.discard(proc)

    def close(self) -> None:
        with self._lock:
            procs = list(self._all)
            self._all.clear()
        for p in procs:
            p.kill()
            p.join(5)


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (even by SIGKILL), so no worker is left orphaned."""
    import ctypes
    import ctypes.util
    import os
    import signal

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):  # not Linux: the server's own shutdown still stops its workers
        return
    if os.getppid() == 1:  # the parent died before the request was made
        os._exit(0)


def _worker_loop(store, conn) -> None:  # pragma: no cover - runs in the worker process
    import gc
    import signal

    # Everything inherited from the server is frozen: the collector never walks it, so a worker forked from a large
    # process (a library user's, a test run's) does not copy that process's whole heap page by page on its first
    # collection, which made light queries miss a 0.5 s limit
    gc.freeze()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which kills its workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the server's handler, inherited by the fork
    _die_with_parent()
    while True:
        try:
            query, accept, fmt, timeout, max_rows = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = ("ok", answer_query(store, query, accept=accept, fmt=fmt, timeout=timeout, max_rows=max_rows))
        except QueryTimeout:
            answer = ("timeout", None)
        except (SyntaxError, ValueError) as e:
            answer = ("bad", str(e).splitlines()[0][:500] if str(e) else type(e).__name__)
        except Exception as e:  # noqa: BLE001 - the client gets one line, never a trace
            answer = ("error", type(e).__name__)
        conn.send(answer)
