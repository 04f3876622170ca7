"""What a benchmark reads of a run: wall seconds with the CPU other processes took meanwhile
(:func:`clock`), and the peak memory of a command and of the processes it starts (:func:`peak_memory`)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipeline.batch.engines import all_cores

_SAMPLE_SECONDS = 0.1


@dataclass
class Timing:
    """Wall seconds, and the share of the machine's CPU time that other processes used meanwhile
    (None where ``/proc/stat`` is missing): figures taken while something else runs are not worth
    comparing, and this says when that happened."""

    seconds: float = 0.0
    busy_elsewhere: float | None = None


@contextmanager
def clock() -> Iterator[Timing]:
    """Time the block."""
    timing = Timing()
    started, machine, ours = time.perf_counter(), _machine_cpu(), _our_cpu()
    yield timing
    timing.seconds = time.perf_counter() - started
    if machine is not None:
        elsewhere = (_machine_cpu() - machine) - (_our_cpu() - ours)
        timing.busy_elsewhere = max(0.0, elsewhere / (timing.seconds * all_cores()))


def _machine_cpu() -> float | None:
    """CPU seconds every process on the machine has used since boot (Linux)."""
    try:
        first_line = Path("/proc/stat").read_text().split("\n", 1)[0]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, first_line.split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _our_cpu() -> float:
    """CPU seconds of this process and of the child processes it has waited for (their workers too)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


@dataclass(frozen=True)
class PeakMemory:
    """The peaks of a command's summed memory and of its descendants'. RSS counts a page shared by
    several processes (the fork server's models, inherited by its workers) once in each; PSS splits
    it between them, so PSS is what the processes really cost together (None where unreadable)."""

    rss: int
    pss: int | None


def peak_memory(command: list[str]) -> PeakMemory:
    """Run ``command``; the peak summed RSS and PSS in bytes of it and its descendants."""
    import psutil  # the dev extra: only the benchmark polls processes

    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    rss, pss = 0, 0
    while process.poll() is None:
        samples = [_memory(each) for each in [process, *_descendants(process)]]
        rss = max(rss, sum(sample[0] for sample in samples))
        pss = None if pss is None or any(sample[1] is None for sample in samples) else max(pss, sum(sample[1] for sample in samples))
        time.sleep(_SAMPLE_SECONDS)
    if process.returncode not in (0, 1):  # 1: some articles failed, which the run reports itself
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}: {process.stderr.read().decode()}")
    return PeakMemory(rss, pss)


def _descendants(process) -> list:
    import psutil

    try:
        return process.children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _memory(process) -> tuple[int, int | None]:
    """RSS and PSS in bytes (PSS None where the platform does not give it)."""
    import psutil

    try:
        info = process.memory_full_info()
    except psutil.NoSuchProcess:  # ended between listing and reading
        return 0, 0
    except psutil.AccessDenied:
        return process.memory_info().rss, None
    return info.rss, getattr(info, "pss", None)
