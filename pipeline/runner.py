"""A batch run: read inputs, run the stages on each article, write records and errors."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.driver import FAST_STAGES, STAGES, process
from pipeline.reader import FieldNames, InputReader
from pipeline.record import Article, ErrorRecord
from pipeline.writer import AtomicJsonlWriter, errors_path


@dataclass
class RunSummary:
    articles_in: int = 0
    written: int = 0
    failed: int = 0
    paragraphs_kept: int = 0
    paragraphs_removed: int = 0
    sentences: int = 0

    def add(self, result: Article | ErrorRecord) -> None:
        self.articles_in += 1
        if isinstance(result, ErrorRecord):
            self.failed += 1
            return
        self.written += 1
        self.paragraphs_kept += len(result.paragraphs)
        self.paragraphs_removed += len(result.duplicates)
        self.sentences += len(result.sentences)


def run(
    inputs: Iterable[str], output: Path, *, fields: FieldNames = FieldNames(), tokens: bool = False, fast: bool = False
) -> RunSummary:
    """Process every input article into ``output`` (JSONL) and ``*.errors.jsonl`` beside it.

    ``fast`` finds entities with rules and gazetteers only (no statistical model).
    """
    stages = FAST_STAGES if fast else STAGES
    summary = RunSummary()
    reader = InputReader(fields)
    with AtomicJsonlWriter(output) as records, AtomicJsonlWriter(errors_path(output)) as errors:
        for item in reader.read(inputs):
            result = process(item, stages) if isinstance(item, Article) else item
            summary.add(result)
            if isinstance(result, ErrorRecord):
                errors.write(result.to_json())
            else:
                records.write(result.to_json(tokens=tokens))
    return summary
