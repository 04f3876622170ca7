"""JSONL output that a crash never leaves half-written and that a later run can resume.

Lines go to ``OUT.jsonl.partial`` beside the target, each written and flushed as it is produced, so
a run that is killed leaves every finished line on disk (a killed process loses nothing the OS has
been handed; a power cut can). When the run ends, the partial file is synced to disk and renamed
over ``OUT.jsonl`` (``os.replace``, atomic), so ``OUT.jsonl`` is always either the previous complete
file or the new complete one, never half of either.

With ``resume``, the partial file's complete lines are kept and new lines are appended after them. A
last line cut short by the kill (no final newline) is dropped: its article is simply processed
again. With no partial file, a resumed run starts from the finished ``OUT.jsonl``, so articles added
to the input since are appended to it. Without ``resume`` the partial file is started afresh. One run
at a time per output file: two would write the same partial file.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

_BLOCK = 1 << 16


def dumps(record: dict[str, Any]) -> str:
    """One JSON line; the same record always gives the same bytes."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class PartialJsonlWriter:
    def __init__(self, path: Path, *, resume: bool = False) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.resume = resume
        self._file: IO[str] | None = None

    def __enter__(self) -> PartialJsonlWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.resume and not self.partial.exists() and self.path.exists():
            shutil.copyfile(self.path, self.partial)
        if self.resume and self.partial.exists():
            _cut_torn_line(self.partial)
        # Line-buffered: every line reaches the OS as soon as it is written.
        # A lone surrogate (from a name's bytes or a crawler's cut) is written as JSON's own escape (\ud800), never a crash.
        self._file = self.partial.open("a" if self.resume else "w", encoding="utf-8", errors="backslashreplace", newline="\n", buffering=1)
        return self

    def lines(self) -> Iterator[str]:
        """The lines an earlier run left (read before writing any): what ``resume`` skips."""
        with self.partial.open(encoding="utf-8") as file:
            for line in file:
                yield line.removesuffix("\n")

    def write(self, line: str) -> None:
        """Append one JSON line (given without its newline)."""
        assert self._file is not None, "use PartialJsonlWriter as a context manager"
        self._file.write(line + "\n")

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        assert self._file is not None
        if kind is None:
            self._file.flush()
            os.fsync(self._file.fileno())
        self._file.close()
        if kind is None:
            os.replace(self.partial, self.path)


def _cut_torn_line(path: Path) -> None:
    """Truncate ``path`` after its last newline, reading blocks back from the end."""
    with path.open("r+b") as file:
        position = file.seek(0, os.SEEK_END)
        while position > 0:
            size = min(_BLOCK, position)
            file.seek(position - size)
            newline = file.read(size).rfind(b"\n")
            if newline >= 0:
                file.truncate(position - size + newline + 1)
                return
            position -= size
        file.truncate(0)


def errors_path(output: Path) -> Path:
    """``outputs/run.jsonl`` -> ``outputs/run.errors.jsonl``."""
    return output.with_name(output.name.removesuffix(".jsonl") + ".errors.jsonl")


def manifest_path(output: Path) -> Path:
    """``outputs/run.jsonl`` -> ``outputs/run.manifest.json``: what identifies the run that wrote it."""
    return output.with_name(output.name.removesuffix(".jsonl") + ".manifest.json")


def write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    """``path`` holds the old content or the new, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(path.name + ".partial")
    scratch.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8", errors="backslashreplace")
    os.replace(scratch, path)
