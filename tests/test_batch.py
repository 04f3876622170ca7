"""Batch runs at scale: any number of workers, Dask, a killed run resumed, bounded reading, progress."""

import importlib
import io
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline.batch.engines import in_order
from pipeline.batch.tasks import process_chunk
from pipeline.cli.app import app
from pipeline.io.reader import FieldNames, InputReader, count_items
from tests.conftest import SEED, article_from

runner = CliRunner()

SENTENCES = [
    '김동연 경기도지사는 12일 광주광역시를 찾아 "함께 가겠다"고 말했다.',
    "경기도와 광주시는 산업, 문화, 관광 등 3개 분야에서 협력하기로 했다.",
    "강기정 광주시장은 이날 협약식에 참석했다.\n협약식은 오후 2시에 열렸다.",
    "도 관계자는 \"예산 50억원을 확보했다\"며 사업을 설명했다.",
]


def write_corpus(path, articles: int) -> None:
    """``articles`` short articles, with a broken line, an empty article and a repeated id among them."""
    lines = []
    for number in range(articles):
        text = "\n".join(SENTENCES[(number + k) % len(SENTENCES)] for k in range(1 + number % 3))
        lines.append(json.dumps({"id": f"a{number}", "text": text, "title": f"기사 {number}"}, ensure_ascii=False))
        if number % 7 == 3:
            lines.append('{"id": "broken", "text": ')
        if number % 11 == 5:
            lines.append(json.dumps({"id": f"empty{number}", "text": " \n "}))
        if number % 13 == 8:
            lines.append(json.dumps({"id": f"a{number}", "text": "같은 아이디다."}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_cli(*args: str) -> None:
    result = runner.invoke(app, ["run", *args, "--quiet"])
    assert result.exit_code in (0, 1), result.output  # 1: some articles failed, as written


def outputs(out) -> tuple[bytes, bytes]:
    return out.read_bytes(), out.with_name(out.name.removesuffix(".jsonl") + ".errors.jsonl").read_bytes()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    directory = tmp_path_factory.mktemp("corpus")
    write_corpus(directory / "news.jsonl", 40)
    (directory / "seed.txt").write_bytes(SEED.read_bytes())
    return directory


@pytest.fixture(scope="module")
def one_worker(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "out.jsonl"
    run_cli(str(corpus), "-o", str(out), "--workers", "1")
    return outputs(out)


def test_same_bytes_with_two_workers(corpus, one_worker, tmp_path):
    out = tmp_path / "out.jsonl"
    run_cli(str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "3")
    assert outputs(out) == one_worker
    records, errors = (data.decode().splitlines() for data in one_worker)
    assert len(records) > 40 and len(errors) >= 8  # the comparison covers both files


def test_same_bytes_with_spawned_workers(corpus, one_worker, tmp_path, monkeypatch):
    """Where the platform has no fork server, workers are spawned and load the analysers themselves."""
    import multiprocessing

    from pipeline.batch import engines

    monkeypatch.setattr(engines, "worker_context", lambda: multiprocessing.get_context("spawn"))
    out = tmp_path / "out.jsonl"
    run_cli(str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "3")
    assert outputs(out) == one_worker


def test_workers_are_forked_from_a_warmed_fork_server():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.batch.engines import worker_context
    from pipeline.batch.tasks import worker_ready

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("this platform has no fork server: workers are spawned")
    with ProcessPoolExecutor(2, worker_context()) as pool:
        answers = list(pool.map(worker_ready, [0.5, 0.5]))
    assert len({pid for pid, _, _ in answers}) == 2
    assert all(warm_seconds is not None and warm_seconds > 0 for _, _, warm_seconds in answers)  # inherited, not loaded


def test_same_bytes_on_a_dask_local_cluster(corpus, one_worker, tmp_path):
    pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")
    out = tmp_path / "out.jsonl"
    run_cli(str(corpus), "-o", str(out), "--engine", "dask", "--workers", "2", "--chunk-size", "5")
    assert outputs(out) == one_worker


def test_a_killed_run_resumed_ends_as_an_uninterrupted_run(tmp_path):
    source = tmp_path / "news.jsonl"
    write_corpus(source, 300)
    reference = tmp_path / "reference.jsonl"
    run_cli(str(source), "-o", str(reference), "--workers", "1")

    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    killed = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(source), "-o", str(out), "--workers", "2", "--chunk-size", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        while not (partial.exists() and partial.read_bytes().count(b"\n") >= 30):
            assert killed.poll() is None, "the run ended before it could be killed"
            time.sleep(0.02)
    finally:
        os.killpg(killed.pid, signal.SIGKILL)  # the run and its workers, as a crash would
        killed.wait()
    assert not out.exists()  # the finished name is never half-written
    written = partial.read_bytes().count(b"\n")
    assert 30 <= written < reference.read_bytes().count(b"\n")

    run_cli(str(source), "-o", str(out), "--workers", "1", "--resume")
    assert outputs(out) == outputs(reference)
    assert not partial.exists()


def test_resume_drops_a_torn_last_line_and_skips_written_errors(tmp_path):
    source = tmp_path / "news.jsonl"
    write_corpus(source, 12)
    reference = tmp_path / "reference.jsonl"
    run_cli(str(source), "-o", str(reference), "--workers", "1")
    records, errors = outputs(reference)

    out = tmp_path / "out.jsonl"
    lines = records.splitlines(keepends=True)
    (tmp_path / "out.jsonl.partial").write_bytes(b"".join(lines[:5]) + lines[5][:40])  # killed mid-line
    (tmp_path / "out.errors.jsonl.partial").write_bytes(errors.splitlines(keepends=True)[0])
    (tmp_path / "out.manifest.json").write_bytes((tmp_path / "reference.manifest.json").read_bytes())  # same inputs, options
    result = runner.invoke(app, ["run", str(source), "-o", str(out), "--workers", "1", "--resume"])
    assert outputs(out) == (records, errors)
    assert "already written (resumed)" in result.output


def test_resume_from_a_finished_output_adds_the_new_articles(tmp_path):
    source = tmp_path / "news.jsonl"
    write_corpus(source, 6)
    out = tmp_path / "out.jsonl"
    run_cli(str(source), "-o", str(out), "--workers", "1")
    with source.open("a", encoding="utf-8") as more:
        more.write(json.dumps({"id": "new", "text": SENTENCES[0]}, ensure_ascii=False) + "\n")
    run_cli(str(source), "-o", str(out), "--workers", "1", "--resume")
    reference = tmp_path / "reference.jsonl"
    run_cli(str(source), "-o", str(reference), "--workers", "1")
    assert outputs(out) == outputs(reference)


def test_the_input_is_read_only_a_window_ahead_of_the_output():
    read = itertools.count()
    chunks = ([next(read)] for _ in itertools.count())  # endless input
    with ThreadPoolExecutor(2) as pool:
        results = in_order(pool, lambda chunk: chunk, chunks, window=4)
        assert [next(results) for _ in range(10)] == [[n] for n in range(10)]
        results.close()
    assert next(read) <= 10 + 4


def test_a_full_vocabulary_keeps_no_new_words_from_a_chunk(monkeypatch):
    from pipeline.batch import tasks
    from pipeline.language.analysers import DEFAULT_ENTITY_MODE, entity_pipeline

    vocab = entity_pipeline(DEFAULT_ENTITY_MODE).vocab
    process_chunk([article_from("김동연 지사는 광주를 찾았다.")])  # models loaded
    before = len(vocab.strings)
    process_chunk([article_from("Qorvextal 대표는 솔바람군에서 말했다.")])
    assert len(vocab.strings) > before  # under the limit, new words are kept: the next chunk reuses them
    assert "Qorvextal" in vocab.strings

    monkeypatch.setattr(tasks, "PERMANENT_STRINGS", len(vocab.strings))
    full = len(vocab.strings)
    process_chunk([article_from("Blimtarzon 위원장은 별빛읍에서 말했다.")])
    assert len(vocab.strings) == full  # a worker's memory does not grow with each new name
    assert "Blimtarzon" not in vocab.strings


def test_count_items_matches_what_the_reader_yields(corpus):
    assert count_items([str(corpus), "missing.jsonl"]) == sum(1 for _ in InputReader(FieldNames()).read([str(corpus), "missing.jsonl"]))
    assert count_items(["-"]) is None


def test_progress_only_on_a_terminal_and_not_when_quiet(tmp_path):
    from pipeline.cli.report import run_progress

    source = tmp_path / "news.jsonl"
    write_corpus(source, 3)

    def shown(*, terminal: bool, enabled: bool = True) -> str:
        console = Console(file=io.StringIO(), force_terminal=terminal, width=120)
        with run_progress(console, [str(source)], enabled=enabled) as advance:
            advance(3)
        return console.file.getvalue()

    assert "3/3" in shown(terminal=True) and "articles/s" in shown(terminal=True)
    assert shown(terminal=False) == shown(terminal=True, enabled=False) == ""


def test_after_a_chunk_the_long_lived_objects_are_out_of_the_collectors_way():
    import gc

    from pipeline.batch.tasks import FIRST_GENERATION_OBJECTS

    process_chunk([article_from("김동연 지사는 광주를 찾았다.")])
    assert gc.get_freeze_count() > 0 and gc.get_threshold()[0] == FIRST_GENERATION_OBJECTS


def test_a_worker_imports_neither_the_benchmark_nor_the_training_code():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from tests.worker_probe import modules_after_a_chunk

    # A worker of `kornews run` imports the command line first: it is the main module of its parent.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, context, initializer=importlib.import_module, initargs=("pipeline.cli.app",)) as pool:
        loaded = pool.submit(modules_after_a_chunk).result()
    assert "pipeline.stages.entities" in loaded  # the probe ran the stages
    assert not [name for name in loaded if name.startswith(("pipeline.batch.bench", "pipeline.training", "pipeline.analysis"))]


def test_the_process_handing_chunks_to_workers_loads_neither_spacy_nor_kiwipiepy(tmp_path):
    """Its fork server starts sooner and it keeps its core for the workers: only they load the analysers."""
    source = tmp_path / "news.jsonl"
    write_corpus(source, 20)
    out = tmp_path / "out.jsonl"
    probe = (
        "import sys; from pipeline.cli.app import app\n"
        f"try: app([\"run\", {str(source)!r}, \"-o\", {str(out)!r}, \"--workers\", \"2\", \"--chunk-size\", \"3\", \"--quiet\"])\n"
        "except SystemExit: pass\n"
        "print(sorted(name for name in ('spacy', 'kiwipiepy', 'pipeline.stages') if name in sys.modules))"
    )
    finished = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert finished.stdout.strip().splitlines()[-1] == "[]"
    assert len(out.read_text(encoding="utf-8").splitlines()) > 10
