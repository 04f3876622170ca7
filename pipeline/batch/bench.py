"""``kornews bench``: throughput, scaling and memory of the pipeline, against bare kiwipiepy.

Wall-clock seconds depend on the machine; the ratios say what the pipeline costs relative to the one
analysis it cannot avoid, so they can be compared across machines. For each input set, in one run:

- (a) bare kiwipiepy: ``Kiwi.tokenize`` on the cleaned texts of the set's articles;
- (b) the pipeline with one worker, in this process after the models are loaded: what a worker does
  with each chunk of articles (the stages and the JSON lines), and again with ``--fast`` (rules-only
  entities). ``kornews run`` with one worker is timed too (end to end), in a process of its own as a
  user starts it: loading the analysers, reading and writing included;
- (c) ``kornews run`` with every core, the same way: the workers' start-up included, so c/b compares
  two commands a user would run;
- every stage's time as a ratio to kiwipiepy's on the same articles, and its share of the pipeline's.

(a) and (b) take turns chunk by chunk, ``rounds`` times over: the speed of a shared (virtual) machine
drifts by a fifth from a few seconds to the next, and taking turns makes a slow spell weigh on both
alike instead of on one. The stage table times kiwipiepy chunk by chunk, next to the segmentation
stage on the same chunk, for the same reason, and the end-to-end runs of (b) and (c) take turns too,
``rounds`` times, each figure their mean.

Then (d) memory: the articles of the last set, repeated with distinct ids to each size, are run by
``kornews run`` (all cores) in a subprocess, and the peaks of the summed resident memory (RSS) and
proportional memory (PSS) of it and its processes (the fork server, the workers) are sampled every
0.1 s. RSS counts the pages the workers share with their fork server once in each; PSS splits them,
so it is what the processes cost together. What matters is whether either grows with the input. The
two sizes also give the throughput of every worker without their start-up: the extra articles of
the larger run over its extra seconds. Each size is also run with ``--format parquet``.

Before all that, the start-up of a pool of workers (:func:`start_up`): seconds until each worker has
its analysers, forked from the warmed fork server as ``kornews run`` starts them, and spawned.

Each timing also records the share of the machine's CPU that other processes used meanwhile
(``busy_elsewhere``): figures taken while something else runs are not worth comparing.
"""

from __future__ import annotations

import copy
import json
import multiprocessing
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.batch import BENCH_ROUNDS, CHUNK_SIZE, MEMORY_SIZES
from pipeline.batch.engines import all_cores, worker_context
from pipeline.batch.probes import Timing, clock, peak_memory
from pipeline.batch.tasks import process_chunk, settle_garbage_collector, worker_ready
from pipeline.io.reader import FieldNames, InputReader
from pipeline.language.analysers import kiwi
from pipeline.record import Article
from pipeline.stages import STAGES, Stage, run_stage
from pipeline.stages.entities import fast_entities
from pipeline.stages.segment import segment

# Seconds each worker is held once ready, so that every worker of the pool takes one probe.
START_UP_HOLD = 1.0
# A small set gets more rounds, until (a) adds up to this: one short article takes kiwipiepy 20 ms,
# and three rounds of that gave ratios 0.5 apart from one run to the next.
MIN_KIWI_SECONDS = 2.0
MAX_ROUNDS = 1000  # a set whose every article fails gives (a) nothing to add up


@dataclass
class StageTimes:
    articles: int = 0
    characters: int = 0
    kiwi_seconds: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)

    def ratios(self) -> dict[str, float]:
        return {name: seconds / self.kiwi_seconds for name, seconds in self.seconds.items()}


def measure(inputs: Iterable[str], stages: list[Stage] = [*STAGES, fast_entities], repeat: int = 1) -> StageTimes:
    """Time every stage over the articles in ``inputs``, and bare ``Kiwi.tokenize`` on their texts.

    The stages run as ``kornews run`` runs them: a chunk of articles at a time, stage by stage.
    Kiwipiepy is timed on each chunk's texts just before the segmentation stage analyses them.
    Models are loaded before timing starts (on a copy of the first article), so load time is not counted.
    """
    articles = [item for item in InputReader(FieldNames()).read(inputs) if isinstance(item, Article)]
    times = StageTimes(articles=len(articles))
    if articles:
        _warm_up(stages, copy.deepcopy(articles[0]))
    settle_garbage_collector()  # as a run's first chunk does
    for start in range(0, len(articles), CHUNK_SIZE):
        chunk = articles[start : start + CHUNK_SIZE]
        for stage in stages:
            if stage is segment:
                times.kiwi_seconds += _time_kiwi([article.text for article in chunk], repeat).seconds
            copies = [copy.deepcopy(chunk) for _ in range(repeat)]  # stages change the records in place
            started = time.perf_counter()
            for each in copies:
                results = run_stage(stage, each)
            times.seconds[stage.__name__] = times.seconds.get(stage.__name__, 0.0) + (time.perf_counter() - started) / repeat
            chunk = [result for result in results if isinstance(result, Article)]
        times.characters += sum(len(article.text) for article in chunk)
    return times


def bench_set(path: str, *, repeat: int = 1, workers: int | None = None, rounds: int = BENCH_ROUNDS) -> dict[str, Any]:
    """(a), (b), (c) and the stage shares for the articles at ``path``."""
    workers = workers or all_cores()
    times = measure([path], repeat=repeat)
    size = (times.articles, times.characters)
    paired, chunk_rounds = paired_times(path, rounds)
    kiwi_figures, one, one_fast = (_throughput(*size, paired[name]) for name in ("a", "b", "b_fast"))
    # An input of one chunk runs in-process whatever the workers: there is nothing to share.
    shared = times.articles > CHUNK_SIZE
    runs = _paired_runs(path, tuple(dict.fromkeys((1, workers))), rounds) if shared else _paired_runs(path, (1,), 1)
    end_to_end = _throughput(*size, runs[1])
    every = _throughput(*size, runs[workers]) | {"workers": workers} if shared else None
    pipeline_seconds = sum(times.seconds[stage.__name__] for stage in STAGES)
    ratios = times.ratios()
    return {
        "articles": times.articles,
        "characters": times.characters,
        "rounds": chunk_rounds,
        "end_to_end_rounds": rounds if shared else 1,
        "a_kiwipiepy": kiwi_figures,
        "b_one_worker": one,
        "b_one_worker_fast": one_fast,
        "c_all_workers": every,
        "b_end_to_end": end_to_end,
        "ratios": {
            "b/a": one["seconds"] / kiwi_figures["seconds"],
            "b_fast/a": one_fast["seconds"] / kiwi_figures["seconds"],
            "c/b throughput": end_to_end["seconds"] / every["seconds"] if every else None,
        },
        "stages": {
            name: {"seconds": seconds, "ratio_to_kiwi": ratios[name],
                   "share": seconds / pipeline_seconds if name != fast_entities.__name__ else None}
            for name, seconds in times.seconds.items()
        },
        "stages_kiwi_seconds": times.kiwi_seconds,
    }


def paired_times(path: str, rounds: int = BENCH_ROUNDS) -> tuple[dict[str, Timing], int]:
    """(a), (b) and (b) with ``--fast``, timed chunk by chunk in turns, ``rounds`` times over or
    more, until (a) adds up to ``MIN_KIWI_SECONDS``; and the number of rounds.

    (b) is what a worker does with a chunk (:func:`pipeline.batch.tasks.process_chunk`: the stages and
    the JSON lines); reading the input and writing the lines are left to the end-to-end run. The
    three take turns on each chunk, in an order that rotates, so that the machine's drifting speed
    weighs on each alike. Seconds are per round.
    """
    items = list(InputReader(FieldNames()).read([path]))
    chunks = [items[start : start + CHUNK_SIZE] for start in range(0, len(items), CHUNK_SIZE)]
    # A first pass loads the models, gives the cleaned texts that (a) analyses, and brings the
    # vocabularies of both (b)s to the same state: every word of the set met once (spaCy builds
    # a word's lexeme when it first meets it, about 16 µs each, 0.03 x kiwipiepy on this set).
    texts = [[json.loads(outcome.line)["text"] for outcome in process_chunk(copy.deepcopy(chunk)) if not outcome.failed]
             for chunk in chunks]
    for chunk in chunks:
        process_chunk(copy.deepcopy(chunk), fast=True)
    seconds = dict.fromkeys(("a", "b", "b_fast"), 0.0)
    round_number = 0
    with clock() as overall:
        while round_number < rounds or (seconds["a"] < MIN_KIWI_SECONDS and round_number < MAX_ROUNDS):
            for number, (chunk, chunk_texts) in enumerate(zip(chunks, texts)):
                copies = {"b": copy.deepcopy(chunk), "b_fast": copy.deepcopy(chunk)}  # stages change records in place
                turns = {
                    "a": lambda: [kiwi().tokenize(text) for text in chunk_texts],
                    "b": lambda: process_chunk(copies["b"]),
                    "b_fast": lambda: process_chunk(copies["b_fast"], fast=True),
                }
                names = list(turns)
                shift = (number + round_number) % len(names)
                for name in names[shift:] + names[:shift]:
                    started = time.perf_counter()
                    turns[name]()
                    seconds[name] += time.perf_counter() - started
            round_number += 1
    return {name: Timing(total / round_number, overall.busy_elsewhere) for name, total in seconds.items()}, round_number


def bench_memory(path: str, sizes: Iterable[int] = MEMORY_SIZES, *, workers: int | None = None) -> dict[str, Any]:
    """(d): peak RSS of ``kornews run`` over the articles at ``path`` repeated to each size.

    Where ``workers`` is more than one, each size is also run with one worker: the same command
    on the same input, so that the ratio of their throughputs (c/b) is that of the workers alone;
    the two take turns, twice each (:func:`_runs_in_turns`).
    """
    workers = workers or all_cores()
    articles = [item for item in InputReader(FieldNames()).read([path]) if isinstance(item, Article)]
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="kornews-bench-") as scratch:
        for size in sizes:
            source = Path(scratch) / f"repeated-{size}.jsonl"
            _write_repeated(articles, size, source)
            if workers > 1:
                every, one = _runs_in_turns(source, size, workers, Path(scratch))
                runs[str(size)] = every | {"one_worker": one, "c/b throughput": every["articles_per_s"] / one["articles_per_s"]}
            else:
                runs[str(size)] = _measured_run(source, size, workers, Path(scratch))
            runs[str(size)]["parquet"] = _measured_run(source, size, workers, Path(scratch), output_format="parquet")
    smallest, largest = (runs[str(size)] for size in (min(sizes), max(sizes)))
    report = {"source": path, "workers": workers, "sizes": runs, "growth": largest["peak_rss_mb"] / smallest["peak_rss_mb"] - 1,
              "pss_growth": _growth(smallest.get("peak_pss_mb"), largest.get("peak_pss_mb")),
              "parquet_growth": largest["parquet"]["peak_rss_mb"] / smallest["parquet"]["peak_rss_mb"] - 1,
              "measured": "peaks of the summed RSS and PSS of kornews run and its processes (fork server, workers), sampled every 0.1 s"}
    if max(sizes) > min(sizes):
        # Start-up costs every run the same: the larger run's extra articles over its extra seconds leave it out.
        extra = max(sizes) - min(sizes)
        rate = extra / (largest["seconds"] - smallest["seconds"])
        report["without_start_up"] = {"articles_per_s": rate}
        if workers > 1:
            one_rate = extra / (largest["one_worker"]["seconds"] - smallest["one_worker"]["seconds"])
            report["without_start_up"] |= {"one_worker_articles_per_s": one_rate, "c/b throughput": rate / one_rate}
    return report


def start_up(workers: int) -> dict[str, Any]:
    """How long a pool of ``workers`` takes until every worker has its analysers, started as ``kornews
    run`` starts them (a warmed fork server) and, for comparison, spawned; each in a fresh process."""
    return {method: _start_up_in_fresh_process(workers, method) for method in ("forkserver", "spawn")
            if method in multiprocessing.get_all_start_methods()}


def _start_up_in_fresh_process(workers: int, method: str) -> dict[str, Any]:
    code = f"import json; from pipeline.batch.bench import time_start_up; print(json.dumps(time_start_up({workers}, {method!r})))"
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(finished.stdout.splitlines()[-1])


def time_start_up(workers: int, method: str) -> dict[str, Any]:
    """Seconds from creating the pool to each worker being ready (:func:`worker_ready`), and from each
    worker's own process start: what one more worker costs once a warmed fork server exists."""
    import psutil  # the dev extra: only the benchmark polls processes

    context = worker_context() if method == "forkserver" else multiprocessing.get_context(method)
    started = time.time()
    with ProcessPoolExecutor(workers, context) as pool:
        answers = list(pool.map(worker_ready, [START_UP_HOLD] * workers))
        born = {pid: psutil.Process(pid).create_time() for pid, _, _ in answers}
    return {"workers_ready_s": sorted(ready - started for _, ready, _ in answers),
            "each_worker_s": sorted(ready - born[pid] for pid, ready, _ in answers),
            "distinct_workers": len({pid for pid, _, _ in answers}),
            "fork_server_warm_up_s": answers[0][2]}


def _growth(small: float | None, large: float | None) -> float | None:
    return None if small is None or large is None else large / small - 1


def _runs_in_turns(source: Path, size: int, workers: int, scratch: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Every worker, then one, then one, then every (ABBA): each figure the mean of its two runs and
    the higher peak, so that a drift of the machine's speed over the minutes they take weighs on both."""
    every, one = [], []
    for count in (workers, 1, 1, workers):
        (every if count == workers else one).append(_measured_run(source, size, count, scratch))
    return _combined(every, size), _combined(one, size)


def _combined(runs: list[dict[str, Any]], size: int) -> dict[str, Any]:
    pss = [run["peak_pss_mb"] for run in runs]
    timing = _mean([Timing(run["seconds"], run["busy_elsewhere"]) for run in runs])
    return {"peak_rss_mb": max(run["peak_rss_mb"] for run in runs), "peak_pss_mb": None if None in pss else max(pss),
            "runs": len(runs)} | _throughput(size, None, timing)


def _measured_run(source: Path, size: int, workers: int, scratch: Path, output_format: str = "jsonl") -> dict[str, Any]:
    """``kornews run`` over ``source`` in its own process: peak RSS, seconds and articles/s."""
    output = scratch / ("out.jsonl" if output_format == "jsonl" else "tables")
    command = [sys.executable, "-m", "pipeline", "run", str(source), "-o", str(output), "--workers", str(workers), "--quiet",
               "--format", output_format]
    with clock() as timing:
        peak = peak_memory(command)
    pss = None if peak.pss is None else peak.pss / 2**20
    return {"peak_rss_mb": peak.rss / 2**20, "peak_pss_mb": pss} | _throughput(size, None, timing)


def _write_repeated(articles: list[Article], size: int, path: Path) -> None:
    """``size`` JSONL records cycling through ``articles``, each id made distinct (``id~copy``)."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(size):
            article = articles[number % len(articles)]
            text = article.raw if isinstance(article.raw, str) else article.raw.decode("utf-8", "replace")
            record = {"id": f"{article.doc_id}~{number // len(articles)}", "text": text} | article.metadata
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _time_kiwi(texts: list[str], repeat: int = 1) -> Timing:
    """Bare ``Kiwi.tokenize`` on ``texts``; with ``repeat``, the mean of that many passes."""
    with clock() as timing:
        for _ in range(repeat):
            for text in texts:
                kiwi().tokenize(text)
    timing.seconds /= repeat
    return timing


def _paired_runs(path: str, worker_counts: tuple[int, ...], rounds: int) -> dict[int, Timing]:
    """``kornews run`` with each number of workers, in turns, ``rounds`` times over (the order rotating
    each round), and each one's mean: one run after the other, their ratio would drift with the
    machine's speed (c/b on the 394 shared articles measured 1.40 and 1.74 an hour apart)."""
    timings: dict[int, list[Timing]] = {workers: [] for workers in worker_counts}
    for round_number in range(rounds):
        shift = round_number % len(worker_counts)
        for workers in worker_counts[shift:] + worker_counts[:shift]:
            timings[workers].append(_time_run(path, workers))
    return {workers: _mean(each) for workers, each in timings.items()}


def _mean(timings: list[Timing]) -> Timing:
    busy = [timing.busy_elsewhere for timing in timings]
    return Timing(sum(timing.seconds for timing in timings) / len(timings), None if None in busy else sum(busy) / len(busy))


def _time_run(path: str, workers: int) -> Timing:
    """``kornews run`` over ``path`` in a process of its own, as a user starts it: with every worker's
    start-up (and, with one worker, the loading of the analysers in that process), reading and writing."""
    with tempfile.TemporaryDirectory(prefix="kornews-bench-") as scratch:
        command = [sys.executable, "-m", "pipeline", "run", path, "-o", str(Path(scratch) / "out.jsonl"), "--workers", str(workers), "--quiet"]
        with clock() as timing:
            finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if finished.returncode not in (0, 1):  # 1: some articles failed, which the run reports itself
        raise RuntimeError(f"{' '.join(command)} exited with {finished.returncode}: {finished.stderr}")
    return timing


def _throughput(articles: int, characters: int | None, timing: Timing) -> dict[str, Any]:
    rates = {"articles_per_s": articles / timing.seconds}
    if characters is not None:
        rates["characters_per_s"] = characters / timing.seconds
    return asdict(timing) | rates


def _warm_up(stages: list[Stage], article: Article) -> None:
    """Each stage once, so that the models and data files are loaded before anything is timed."""
    for stage in stages:
        (result,) = run_stage(stage, [article])
        if not isinstance(result, Article):
            return
        article = result
