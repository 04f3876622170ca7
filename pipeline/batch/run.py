"""A batch run: read inputs, run the stages on each article, write records and errors.

The input is streamed: the reader yields articles in input order, the engine
(:mod:`pipeline.batch.engines`) processes them in chunks and hands the outcomes back in the same order, and
each is written as it comes, so the output is the same bytes for any engine and number of workers.

Resume (``resume=True``): the records and errors an interrupted run left in the partial output files
(:mod:`pipeline.io.writer`) are kept, and the input items they came from are skipped. Because every
item is written in input order and skipped by what identifies it, the resumed run appends exactly
the lines the interrupted run had not written, and ends with the files an uninterrupted run writes.
That holds only for the same inputs and options: every run writes them to ``OUT.manifest.json``
beside its output, and a resumed run whose inputs or options differ is refused
(:class:`ResumeRefused`) before anything is written. Inputs are named by path, so articles appended to
an input file since are what a resume from a finished output adds.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pipeline import __version__
from pipeline.batch.engines import Engine
from pipeline.batch.outcome import Item, Outcome
from pipeline.io.reader import STDIN, FieldNames, InputReader
from pipeline.io.writer import (
    PartialJsonlWriter,
    errors_path,
    manifest_path,
    write_json_atomically,
)
from pipeline.record import SCHEMA_VERSION, Article
from pipeline.record.article import DEFAULT_FOCUS


class RecordSink(Protocol):
    """Where a run's records go, one JSON line at a time, in input order."""

    def write(self, line: str) -> None: ...


class ResumeRefused(ValueError):
    """``--resume`` of a run whose inputs or options differ from this one's: the output would mix both."""


@dataclass
class RunSummary:
    articles_in: int = 0
    written: int = 0
    failed: int = 0
    paragraphs_kept: int = 0
    paragraphs_removed: int = 0
    sentences: int = 0
    resumed: int = 0  # of articles_in, those an earlier run had already written

    def add(self, outcome: Outcome) -> None:
        self.articles_in += 1
        if outcome.failed:
            self.failed += 1
            return
        self.written += 1
        self.paragraphs_kept += outcome.paragraphs_kept
        self.paragraphs_removed += outcome.paragraphs_removed
        self.sentences += outcome.sentences


ErrorKey = tuple[str, int | None, str | None]


@dataclass
class Done:
    """The input items an earlier run wrote: records by ``doc_id`` (the reader lets each through
    once), errors by source, line and ``doc_id``, counted because the same path given twice repeats
    them."""

    doc_ids: set[str] = field(default_factory=set)
    errors: Counter[ErrorKey] = field(default_factory=Counter)

    def skip(self, item: Item) -> bool:
        if isinstance(item, Article) and item.doc_id in self.doc_ids:
            return True
        # An article that failed is written as an error with its origin as source and line.
        key = (item.origin.path, item.origin.line, item.doc_id) if isinstance(item, Article) else (
            item.source, item.line, item.doc_id)
        if self.errors[key]:
            self.errors[key] -= 1
            return True
        return False


def run(
    inputs: list[str],
    output: Path,
    *,
    fields: FieldNames = FieldNames(),
    tokens: bool = False,
    fast: bool = False,
    html_focus: str = DEFAULT_FOCUS,
    engine: Engine = Engine(),
    resume: bool = False,
    advance: Callable[[int], None] = lambda done: None,
    records_sink: AbstractContextManager[RecordSink] | None = None,
) -> RunSummary:
    """Process every input article into ``output`` (JSONL) and ``*.errors.jsonl`` beside it.

    ``fast`` finds entities with rules and gazetteers only (no statistical model); ``html_focus`` is
    how the main text of HTML pages is extracted (:func:`pipeline.io.html.extract`). ``advance`` is
    told how many more items are written, for a progress bar. ``records_sink``, when given, takes the
    records' lines instead of ``output`` (Parquet tables, :mod:`pipeline.analysis.parquet`); such a run
    cannot be resumed.
    """
    if resume and records_sink is not None:
        raise ResumeRefused("a run that writes anything but JSONL cannot be resumed; run again without --resume")
    manifest = run_manifest(inputs, fields=fields, tokens=tokens, fast=fast, html_focus=html_focus)
    if resume:
        check_resumable(output, manifest)
    write_json_atomically(manifest_path(output), manifest)
    summary = RunSummary()
    with (
        records_sink if records_sink is not None else PartialJsonlWriter(output, resume=resume) as records,
        PartialJsonlWriter(errors_path(output), resume=resume) as errors,
    ):
        done = _read_done(records, errors, summary) if resume else Done()
        advance(summary.resumed)
        items = (item for item in InputReader(fields, html_focus).read(inputs) if not done.skip(item))
        with closing(engine.map(items, fast=fast, tokens=tokens)) as outcomes:  # stops the workers on a crash
            for outcome in outcomes:
                (errors if outcome.failed else records).write(outcome.line)
                summary.add(outcome)
                advance(1)
    return summary


def run_manifest(inputs: list[str], *, fields: FieldNames, tokens: bool, fast: bool, html_focus: str = DEFAULT_FOCUS) -> dict:
    """What makes two runs write the same lines: inputs (absolute paths), fields, options, versions.

    The engine, the number of workers and the chunk size are left out: they never change a byte.
    """
    return {
        "kornews": __version__,
        "schema_version": SCHEMA_VERSION,
        "inputs": [path if path == STDIN else str(Path(path).resolve()) for path in inputs],
        "fields": {"id": fields.id, "text": fields.text, "html": fields.html},
        "tokens": tokens,
        "fast": fast,
        "html_focus": html_focus,
    }


def check_resumable(output: Path, manifest: dict) -> None:
    """Refuse to resume into an output that another kind of run wrote; nothing to resume is fine."""
    written = [path for path in (output, output.with_name(output.name + ".partial")) if path.exists()]
    if not written:
        return
    try:
        earlier = json.loads(manifest_path(output).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        raise ResumeRefused(f"cannot resume {written[0]}: {manifest_path(output)} is missing or unreadable, so the run "
                            "that wrote it is unknown; run again without --resume") from None
    differences = [key for key in manifest if earlier.get(key) != manifest[key]]
    if differences:
        said = "; ".join(f"{key}: {earlier.get(key)!r} then, {manifest[key]!r} now" for key in differences)
        raise ResumeRefused(f"cannot resume {written[0]}: it was written by a different run ({said}); "
                            "resume with the same inputs and options, or run again without --resume")


def _read_done(records: PartialJsonlWriter, errors: PartialJsonlWriter, summary: RunSummary) -> Done:
    """What the interrupted run wrote, counted into ``summary`` as if this run had written it."""
    done = Done()
    for line in records.lines():
        record = json.loads(line)
        done.doc_ids.add(record["doc_id"])
        summary.add(Outcome.written(line, record))
    for line in errors.lines():
        error = json.loads(line)
        done.errors[(error["source"], error["line"], error["doc_id"])] += 1
        summary.add(Outcome(line, failed=True))
    summary.resumed = summary.articles_in
    return done
