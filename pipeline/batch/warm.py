"""Importing this module loads and warms every analyser: the fork server's preload (and Dask's).

Local workers start from a fork server (:func:`pipeline.batch.engines.worker_context`) that imports
this module once; each worker is then forked from it with Kiwi, both spaCy pipelines, the lexicon
and the compiled rules already in memory, shared copy-on-write, instead of loading them itself (a
few seconds each). Python's fork server can only preload modules, hence the work done on import.
A Dask worker gets the same with ``dask worker … --preload pipeline.batch.warm``.
"""

from __future__ import annotations

import gc
import time

from pipeline.batch.tasks import warm_up

started = time.perf_counter()
warm_up()
# The objects loaded here live as long as every worker: keep the collector from touching (and so
# copying) their pages in each worker.
gc.freeze()
WARM_SECONDS = time.perf_counter() - started


def dask_setup(worker: object) -> None:
    """Dask's preload hook: nothing more to do, the import warmed this worker."""
