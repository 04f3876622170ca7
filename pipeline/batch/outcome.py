"""What a task hands back for each input item: its JSON line and the counts the run's summary adds up."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.io.writer import dumps
from pipeline.record import Article, ErrorRecord

Item = Article | ErrorRecord


@dataclass(frozen=True)
class Outcome:
    """One input item as it is written: its JSON line, the file it goes to, and what the summary counts."""

    line: str
    failed: bool
    paragraphs_kept: int = 0
    paragraphs_removed: int = 0
    sentences: int = 0

    @classmethod
    def of(cls, result: Item, *, tokens: bool = False) -> Outcome:
        if isinstance(result, ErrorRecord):
            return cls(dumps(result.to_json()), failed=True)
        record = result.to_json(tokens=tokens)
        return cls.written(dumps(record), record)

    @classmethod
    def written(cls, line: str, record: dict) -> Outcome:
        """The outcome of a record line, also one read back from an earlier run's output."""
        return cls(line, False, len(record["paragraphs"]), len(record["duplicates"]), len(record["sentences"]))
