"""Where the stages run: in this process, in local worker processes, or on a Dask cluster.

Every engine is fed the input items in chunks and hands back each chunk's outcomes in input order,
so the output is the same bytes whichever engine runs it and however many workers it has. A worker
process has Kiwi and spaCy loaded once (the caches in :mod:`pipeline.language.analysers`): inherited
from the fork server that loaded them (:func:`worker_context`), or loaded on its first article, and
keeps them for every later chunk.

Memory stays flat however long the input: at most ``IN_FLIGHT`` chunks per worker are submitted and
not yet written, and the next chunk is read only when the oldest one has been handed back.
(``multiprocessing.Pool.imap`` would instead read the whole input ahead of the workers.)
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from typing import Literal

from spacy.language import Language

from pipeline.batch import CHUNK_SIZE
from pipeline.io.writer import dumps
from pipeline.lexicon.files import data_text
from pipeline.language.analysers import (
    DEFAULT_ENTITY_MODE,
    FAST_ENTITY_MODE,
    entity_pipeline,
)
from pipeline.record import Article, ErrorRecord, Origin
from pipeline.stages import FAST_STAGES, STAGES, process_batch

# Chunks per worker submitted ahead of the one being written: the worker always has the next one.
IN_FLIGHT = 2
# Allocations between collections of the youngest objects (Python's default: 700).
FIRST_GENERATION_OBJECTS = 10_000
# Strings (words, their shapes, prefixes, suffixes) a worker's spaCy vocabulary keeps for good:
# about 80,000 words, 30 MB. Later ones live for a chunk.
PERMANENT_STRINGS = 100_000

Item = Article | ErrorRecord


@dataclass(frozen=True)
class Outcome:
    """One input item as it is written: its JSON line, the file it goes to, and what the summary counts."""

    line: str
    failed: bool
    paragraphs_kept: int = 0
    paragraphs_removed: int = 0
    sentences: int = 0

    @classmethod
    def of(cls, result: Item, *, tokens: bool = False) -> Outcome:
        if isinstance(result, ErrorRecord):
            return cls(dumps(result.to_json()), failed=True)
        record = result.to_json(tokens=tokens)
        return cls.written(dumps(record), record)

    @classmethod
    def written(cls, line: str, record: dict) -> Outcome:
        """The outcome of a record line, also one read back from an earlier run's output."""
        return cls(line, False, len(record["paragraphs"]), len(record["duplicates"]), len(record["sentences"]))


def warm_up() -> None:
    """Load and exercise what the stages use, in both modes (full and ``--fast``), and discard the result."""
    text = data_text("warm_up.txt")  # a dateline, a quote with its speaker, a list with its count, a byline
    for fast in (False, True):
        process_chunk([Article(doc_id="warm-up", origin=Origin("<warm-up>"), raw=text)], fast=fast)


def worker_ready(hold: float) -> tuple[int, float, float | None]:
    """Run in a worker by ``kornews bench``: which process, when (epoch seconds) it had its analysers
    loaded, and how long its fork server took to load them (None when it loaded them itself).

    It holds the worker for ``hold`` seconds so that each of a pool's workers takes one call.
    """
    warm_up()
    ready = time.time()
    warm = sys.modules.get("pipeline.batch.warm")
    time.sleep(hold)
    return os.getpid(), ready, getattr(warm, "WARM_SECONDS", None)


def process_chunk(items: list[Item], *, fast: bool = False, tokens: bool = False) -> list[Outcome]:
    """The task every engine runs: the stages on the chunk's articles (stage by stage), JSON lines out.

    Serialising in the worker keeps the parent process, which only writes, off the critical path.
    Error records from the reader ride along so that the chunk's order is the input's order.
    """
    stages = FAST_STAGES if fast else STAGES
    with vocabulary_zone(entity_pipeline(FAST_ENTITY_MODE if fast else DEFAULT_ENTITY_MODE)):
        articles = iter(process_batch([item for item in items if isinstance(item, Article)], stages))
        outcomes = [Outcome.of(next(articles) if isinstance(item, Article) else item, tokens=tokens) for item in items]
    settle_garbage_collector()
    return outcomes


def settle_garbage_collector() -> None:
    """Once the first chunk has loaded the models, data files and caches, keep the garbage collector
    off them, and let it run less often.

    A chunk makes hundreds of thousands of small objects (morphemes, tokens, spans) that live for the
    chunk and hold no cycles; each of Python's frequent collections also walked the millions of
    objects that live for the whole run. ``gc.freeze`` sets those aside and a larger first
    generation makes collections rarer: collecting took 0.05 x kiwipiepy's time before, and almost
    none after. Only a process that runs chunks is changed (``kornews run`` and its workers).
    """
    _settle(os.getpid())


@functools.cache
def _settle(process: int) -> None:
    """Once per process: a worker forked from the warmed fork server settles its own, after its first
    chunk, as well as what it inherited."""
    gc.freeze()
    gc.set_threshold(FIRST_GENERATION_OBJECTS, *gc.get_threshold()[1:])


def vocabulary_zone(nlp: Language) -> AbstractContextManager:
    """Where the words a chunk adds to spaCy's vocabulary go: kept, until it holds ``PERMANENT_STRINGS``;
    after that, freed with the chunk.

    spaCy keeps every new word it meets for good, so a worker would grow with each new name and
    number. A memory zone frees what was added inside it, but it also frees the common words, which
    the next chunk then builds again (with their shapes, prefixes and so on): that cost 0.15 x
    kiwipiepy's time when every chunk had its zone. Keeping the first words met, which are mostly
    the common ones, bounds the vocabulary as well and spares that work.
    """
    # len(vocab) counts words freed by earlier zones too; the string store counts what is held.
    return nlp.memory_zone() if len(nlp.vocab.strings) >= PERMANENT_STRINGS else nullcontext()


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
        task = partial(process_chunk, fast=fast, tokens=tokens)
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
