"""What a worker runs: the stages on a chunk of articles, and the warm-up that loads the analysers.

Kept apart from :mod:`pipeline.batch.engines` so that the process handing chunks to workers (or to a
Dask cluster) never imports spaCy or kiwipiepy: it starts at once, and its fork server starts sooner.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
import time
from contextlib import AbstractContextManager, nullcontext

from spacy.language import Language

from pipeline.batch.outcome import Item, Outcome
from pipeline.lexicon.files import data_text
from pipeline.language.analysers import (
    DEFAULT_ENTITY_MODE,
    FAST_ENTITY_MODE,
    entity_pipeline,
)
from pipeline.record import Article, Origin
from pipeline.stages import FAST_STAGES, STAGES, process_batch

# Allocations between collections of the youngest objects (Python's default: 700).
FIRST_GENERATION_OBJECTS = 10_000
# Strings (words, their shapes, prefixes, suffixes) a worker's spaCy vocabulary keeps for good:
# about 80,000 words, 30 MB. Later ones live for a chunk.
PERMANENT_STRINGS = 100_000


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
