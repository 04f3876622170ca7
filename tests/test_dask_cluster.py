"""A real Dask cluster: a scheduler and workers started as separate processes, as users run them.

``kornews run --engine dask --scheduler tcp://…`` must write the same bytes as a local run, and a
worker lost in the middle of a run must cost nothing: Dask runs its chunks again elsewhere and
every article is written once.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_batch import outputs, run_cli, write_corpus

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")

DASK = Path(sys.executable).with_name("dask")
WORKERS_READY_SECONDS = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(*arguments: str) -> subprocess.Popen:
    """A dask command in its own process group, so that killing it kills its nanny's worker too."""
    return subprocess.Popen([str(DASK), *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def start_worker(address: str) -> subprocess.Popen:
    # --preload warms the worker's analysers before it takes a chunk, as the README advises.
    return start("worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1",
                 "--preload", "pipeline.batch.warm")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for_workers(address: str, count: int) -> None:
    with distributed.Client(address, timeout=30) as client:
        client.wait_for_workers(count, timeout=WORKERS_READY_SECONDS)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A scheduler and two single-threaded workers on 127.0.0.1; everything stopped afterwards."""
    if not DASK.exists():
        pytest.skip(f"{DASK} is absent: the dask extra installs it")
    address = f"tcp://127.0.0.1:{free_port()}"
    scheduler = start("scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard")
    workers = [start_worker(address) for _ in range(2)]
    try:
        wait_for_workers(address, 2)
        yield address
    finally:
        for process in [*workers, scheduler]:
            stop(process)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("cluster-corpus")
    write_corpus(directory / "news.jsonl", 120)
    return directory


@pytest.fixture(scope="module")
def local_run(corpus, tmp_path_factory) -> tuple[bytes, bytes]:
    out = tmp_path_factory.mktemp("local") / "out.jsonl"
    run_cli(str(corpus), "-o", str(out), "--workers", "1")
    return outputs(out)


def test_same_bytes_on_a_real_cluster(cluster, corpus, local_run, tmp_path):
    out = tmp_path / "out.jsonl"
    run_cli(str(corpus), "-o", str(out), "--engine", "dask", "--scheduler", cluster, "--chunk-size", "4")
    assert outputs(out) == local_run


def test_a_worker_lost_mid_run_costs_no_article(cluster, corpus, local_run, tmp_path):
    """A third worker joins and is killed (with its nanny, as when its machine goes) while it holds
    chunks of the run: the run still ends with every article written once, in order."""
    with distributed.Client(cluster, timeout=30) as client:
        before = set(client.scheduler_info()["workers"])
        victim = start_worker(cluster)
        try:
            client.wait_for_workers(3, timeout=WORKERS_READY_SECONDS)
            [victim_address] = set(client.scheduler_info()["workers"]) - before
            out = tmp_path / "out.jsonl"
            command = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "--engine", "dask",
                       "--scheduler", cluster, "--chunk-size", "2", "--quiet"]
            run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            deadline = time.monotonic() + 60
            while run.poll() is None and time.monotonic() < deadline and not client.processing(workers=[victim_address])[victim_address]:
                time.sleep(0.02)
            assert run.poll() is None, "the run ended before the worker held a chunk: give it more articles"
            os.killpg(victim.pid, signal.SIGKILL)
            printed, _ = run.communicate(timeout=120)
            assert run.returncode in (0, 1), printed
            assert victim_address not in client.scheduler_info()["workers"]  # it was lost, not finished
            assert outputs(out) == local_run
        finally:
            stop(victim)
