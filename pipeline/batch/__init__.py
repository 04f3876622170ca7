"""Batch runs: reading every input, running the stages in chunks on an engine, writing records and errors.

- :mod:`~pipeline.batch.run`: ``kornews run`` — inputs in, JSON lines and error lines out, resumable;
- :mod:`~pipeline.batch.engines`: where the chunks run (this process, local worker processes, a Dask
  cluster); :mod:`~pipeline.batch.tasks`: the task every worker runs
  (:func:`~pipeline.batch.tasks.process_chunk`) and the warm-up that loads its analysers;
- :mod:`~pipeline.batch.bench`: ``kornews bench`` — throughput and memory against bare kiwipiepy.

A worker imports :mod:`~pipeline.batch.tasks` and what it needs, never the benchmark or the
training code (an import-linter contract and a test check this).
"""

# Defaults, here so that the command line can show them without importing what runs the stages.
# Articles per task: enough that pickling and scheduling cost little next to ~0.1 s of analysis per
# article, few enough that both workers get work on a small input.
CHUNK_SIZE = 8
BENCH_ROUNDS = 3  # rounds of (a), (b) and (b --fast) taking turns in kornews bench
MEMORY_SIZES = (1_000, 10_000)  # articles in kornews bench's memory runs
