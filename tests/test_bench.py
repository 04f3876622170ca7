"""kornews bench: the figures it writes (never their values: wall-clock times are not tested)."""

import json
import sys

from rich.console import Console
from typer.testing import CliRunner

from pipeline.batch.bench import MIN_KIWI_SECONDS
from pipeline.batch.probes import peak_memory
from pipeline.cli.app import app
from pipeline.cli.report import print_bench_memory


def test_bench_writes_every_figure_and_skips_a_missing_set(tmp_path):
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(app, ["bench", "corpus", str(tmp_path / "absent"), "--memory", "", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "skipping" in result.output and "absent" in result.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    seed = figures["sets"]["corpus"]
    assert set(seed["ratios"]) == {"b/a", "b_fast/a", "c/b throughput"}
    assert seed["articles"] == 1 and seed["a_kiwipiepy"]["characters_per_s"] > 0
    # One short article: more rounds than asked, until kiwipiepy's time adds up.
    assert seed["rounds"] > 3 and seed["a_kiwipiepy"]["seconds"] * seed["rounds"] >= MIN_KIWI_SECONDS
    assert seed["c_all_workers"] is None  # one article: nothing for workers to share
    assert abs(sum(stage["share"] for stage in seed["stages"].values() if stage["share"] is not None) - 1) < 1e-9
    assert "worker start-up" in result.output
    for measured in figures["start_up"].values():  # a pool of every core, each worker with its own probe
        assert measured["distinct_workers"] == len(measured["workers_ready_s"]) == len(measured["each_worker_s"]) == figures["cores"]
    if "forkserver" in figures["start_up"]:
        forked = figures["start_up"]["forkserver"]
        assert forked["fork_server_warm_up_s"] > 0
        # a forked worker inherits the loaded analysers: it is ready long before the server's warm-up is over
        assert max(forked["each_worker_s"]) < forked["fork_server_warm_up_s"]


def test_peak_memory_counts_the_processes_a_command_starts():
    grandchild = "import time; held = b'x' * (200 * 2**20); time.sleep(1)"
    command = [sys.executable, "-c", f"import subprocess, sys; subprocess.run([sys.executable, '-c', {grandchild!r}])"]
    peak = peak_memory(command)
    assert peak.rss > 200 * 2**20 and (peak.pss is None or peak.pss > 200 * 2**20)


def test_memory_runs_give_the_throughput_without_start_up():
    from pipeline.batch.bench import bench_memory

    memory = bench_memory("corpus", [2, 6], workers=2)
    assert set(memory["sizes"]) == {"2", "6"}
    runs = [memory["sizes"][size] for size in ("2", "6")]
    steady = memory["without_start_up"]
    assert abs(steady["articles_per_s"] - 4 / (runs[1]["seconds"] - runs[0]["seconds"])) < 1e-9
    one_rate = 4 / (runs[1]["one_worker"]["seconds"] - runs[0]["one_worker"]["seconds"])
    assert abs(steady["c/b throughput"] - steady["articles_per_s"] / one_rate) < 1e-9
    assert runs[0]["c/b throughput"] == runs[0]["articles_per_s"] / runs[0]["one_worker"]["articles_per_s"]
    console = Console(record=True, width=200)
    print_bench_memory(memory, console)
    printed = console.export_text()
    assert "no start-up" in printed and f"{steady['c/b throughput']:.2f}" in printed
    assert all(run["parquet"]["peak_rss_mb"] > 0 for run in runs) and "2 parquet" in printed
    assert memory["parquet_growth"] == runs[1]["parquet"]["peak_rss_mb"] / runs[0]["parquet"]["peak_rss_mb"] - 1


def test_memory_runs_with_one_worker_have_nothing_to_compare():
    from pipeline.batch.bench import bench_memory

    memory = bench_memory("corpus", [2], workers=1)
    assert "one_worker" not in memory["sizes"]["2"] and "without_start_up" not in memory
