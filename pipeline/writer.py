"""Atomic JSONL output: lines go to a temporary file beside the target, renamed on success.

A crash leaves the previous output (or none) in place, never a half-written file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any


def dumps(record: dict[str, Any]) -> str:
    """One JSON line; the same record always gives the same bytes."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class AtomicJsonlWriter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None
        self.count = 0

    def __enter__(self) -> AtomicJsonlWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self._temporary = Path(name)
        self._file = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
        return self

    def write(self, record: dict[str, Any]) -> None:
        assert self._file is not None, "use AtomicJsonlWriter as a context manager"
        self._file.write(dumps(record) + "\n")
        self.count += 1

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        assert self._file is not None
        self._file.close()
        if kind is None:
            os.replace(self._temporary, self.path)
        else:
            self._temporary.unlink(missing_ok=True)


def errors_path(output: Path) -> Path:
    """``outputs/run.jsonl`` -> ``outputs/run.errors.jsonl``."""
    return output.with_name(output.name.removesuffix(".jsonl") + ".errors.jsonl")
