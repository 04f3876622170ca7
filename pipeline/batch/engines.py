"""Where the stages run: in this process, in local worker processes, or on a Dask cluster.

Every engine is fed the input items in chunks and hands back each chunk's outcomes in input order,
so the output is the same bytes whichever engine runs it and however many workers it has. A worker
process has Kiwi and spaCy loaded once (the caches in :mod:`pipeline.language.analysers`): inherited
from the fork server that loaded them (:func:`worker_context`), or loaded on its first article, and
keeps them for every later chunk. What it runs is in :mod:`pipeline.batch.tasks`, imported only where
chunks run: this process, when it hands them to workers, loads neither spaCy nor kiwipiepy.

Memory stays flat however long the input: at most ``IN_FLIGHT`` chunks per worker are submitted and
not yet written, and the next chunk is read only when the oldest one has been handed back.
(``multiprocessing.Pool.imap`` would instead read the whole input ahead of the workers.)
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from typing import Literal

from pipeline.batch import CHUNK_SIZE
from pipeline.batch.outcome import Item, Outcome

# Chunks per worker submitted ahead of the one being written: the worker always has the next one.
IN_FLIGHT = 2

def run_chunk(items: list[Item], *, fast: bool = False, tokens: bool = False) -> list[Outcome]:
    """The task every engine runs (:func:`pipeline.batch.tasks.process_chunk`), imported where it runs:
    a parent that only hands chunks to workers never loads spaCy or kiwipiepy itself."""
    from pipeline.batch.tasks import process_chunk

    return process_chunk(items, fast=fast, tokens=tokens)


def all_cores() -> int:
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Engine:
    """How ``kornews run`` spreads the work (``--engine``, ``--workers``, ``--scheduler``).

    ``local`` with one worker runs in this process, without a pool; with more it uses that many
    worker processes (:func:`worker_context`: forked from a warmed fork server, or spawned). ``dask`` sends the chunks to the
    cluster at ``scheduler``, or to a ``LocalCluster`` of ``workers`` processes when it is None.
    """

    kind: Literal["local", "dask"] = "local"
    workers: int = field(default_factory=all_cores)
    scheduler: str | None = None
    chunk_size: int = CHUNK_SIZE

    def map(self, items: Iterable[Item], *, fast: bool = False, tokens: bool = False) -> Iterator[Outcome]:
        """Every item's outcome, in input order."""
        task = partial(run_chunk, fast=fast, tokens=tokens)
        stream = iter(items)
        chunks = iter(lambda: list(islice(stream, self.chunk_size)), [])
        # Starting worker processes costs seconds: one worker, or an input of one chunk, runs here.
        head = list(islice(chunks, 2))
        chunks = chain(head, chunks)
        if self.kind == "local" and (self.workers == 1 or len(head) < 2):
            yield from chain.from_iterable(map(task, chunks))
            return
        with self._executor() as (executor, slots):
            yield from chain.from_iterable(in_order(executor, task, chunks, window=IN_FLIGHT * slots))

    @contextmanager
    def _executor(self) -> Iterator[tuple[Executor, int]]:
        """An executor and the number of tasks it runs at once."""
        if self.kind == "local":
            # Workers ignore Ctrl-C: the parent stops them and keeps what it has written, for --resume.
            ignore_interrupt = (signal.SIGINT, signal.SIG_IGN)
            with ProcessPoolExecutor(self.workers, worker_context(), initializer=signal.signal, initargs=ignore_interrupt) as pool:
                yield pool, self.workers
            return
        with dask_client(self.scheduler, self.workers) as client:
            yield client.get_executor(pure=False), sum(client.nthreads().values())


def worker_context() -> multiprocessing.context.BaseContext:
    """How local workers start: forked from a fork server that has loaded the analysers once
    (:mod:`pipeline.batch.warm`), where the platform has one; else spawned, each loading its own.

    Not a plain fork of this process: it runs threads (the pool's own, the progress bar), and a
    fork copies their locks in whatever state they are. The fork server is a fresh process with
    one thread, started on first use and kept until this process exits.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.batch.warm"])
    return context


def in_order(
    executor: Executor, task: Callable[[list[Item]], list[Outcome]], chunks: Iterator[list[Item]], *, window: int
) -> Iterator[list[Outcome]]:
    """``map(task, chunks)`` on ``executor`` with at most ``window`` chunks submitted and not yet yielded."""
    pending: deque[Future[list[Outcome]]] = deque()
    try:
        for chunk in chunks:
            pending.append(executor.submit(task, chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:  # interrupted: do not wait for work nobody will write
            future.cancel()


@contextmanager
def dask_client(scheduler: str | None, workers: int):
    """A Dask client on the cluster at ``scheduler``, or on a LocalCluster of ``workers`` processes.

    One thread per worker process: Kiwi and the spaCy pipeline are per process and not shared
    between threads.
    """
    from distributed import Client, LocalCluster  # the dask extra
    cluster = nullcontext(scheduler) if scheduler else LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster as address, Client(address) as client:
        yield client
