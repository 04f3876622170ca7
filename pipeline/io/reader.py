"""Inputs to ``kornews run``: text and HTML files, JSONL records, WARC files, directories and stdin.

Yields articles in input order; a line or record that cannot become an article yields an error
record instead, so that every input ends in the output or in the errors file. HTML is only marked as
such here (``source.format``); its text is extracted by the ingest stage, in the workers.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pipeline.io.names import printable
from pipeline.io.warc import read_warc
from pipeline.record import Article, ErrorRecord, Origin, Reading, Source
from pipeline.record.article import DEFAULT_FOCUS

STDIN = "-"
OUTPUT_ID_FIELD = "doc_id"  # the id when a JSONL record has no ``id`` (the name of kornews's output)
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl",)
MAX_NESTING = 64  # levels of a JSONL record's lists and objects: deeper ones cannot be sent to a worker
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True)
class FieldNames:
    """Names of the JSONL fields read as the article's id and body (``--field id=article_id``).

    ``html`` names a field that holds the page's HTML (``--field html=raw_html``); a record is read
    from it when it has it, and from ``text`` otherwise. A ``text`` that holds markup is HTML too.
    """

    id: str = "id"
    text: str = "text"
    html: str | None = None

    @classmethod
    def parse(cls, overrides: Iterable[str]) -> FieldNames:
        """``['id=article_id', 'text=body']`` -> ``FieldNames('article_id', 'body')``."""
        names: dict[str, str] = {}
        for override in overrides:
            ours, _, theirs = override.partition("=")
            if ours not in ("id", "text", "html") or not theirs:
                raise ValueError(f"--field expects id=NAME, text=NAME or html=NAME, got {override!r}")
            names[ours] = theirs
        return cls(**names)


@dataclass
class InputReader:
    fields: FieldNames = field(default_factory=FieldNames)
    focus: str = DEFAULT_FOCUS  # the HTML extractor's trade-off, for every HTML article read

    def read(self, paths: Iterable[str]) -> Iterator[Article | ErrorRecord]:
        """Every input's articles and errors in order. A file's article is named by its stem; one whose stem an earlier
        file of the same input directory took is named by its path there (``2024/07/1`` after ``2024/06/1.html`` took
        ``1``), so that files of one name in two folders stay two articles; any other repeated id is an error."""
        seen: set[str] = set()
        for item, within in self._read_all(paths):
            if isinstance(item, Article):
                if item.doc_id in seen and within is not None and within not in seen:
                    item.doc_id = within
                if item.doc_id in seen:
                    yield ErrorRecord(str(item.origin.path), "read", f"duplicate doc_id {item.doc_id!r}", item.doc_id, item.origin.line)
                    continue
                seen.add(item.doc_id)
            yield item

    def _read_all(self, paths: Iterable[str]) -> Iterator[tuple[Article | ErrorRecord, str | None]]:
        """Each item with the path its file has below the input directory it was found in, for a name taken already."""
        for path, folder in _inputs(paths):
            if path == STDIN:
                yield from ((item, None) for item in self.read_jsonl(sys.stdin.buffer, "<stdin>"))
            elif path.is_file():
                named = folder is not None and path.name.lower().endswith((*TEXT_SUFFIXES, *HTML_SUFFIXES))
                within = printable(path.parent.relative_to(folder) / path.stem) if named and folder is not None else None
                yield from ((item, within) for item in self.read_file(path))
            elif path.is_dir():
                yield ErrorRecord(printable(path), "read", "cannot read the directory (permission denied)"), None
            else:
                yield ErrorRecord(printable(path), "read", "not a regular file" if path.exists() else "no such file or directory"), None

    def read_file(self, path: Path) -> Iterator[Article | ErrorRecord]:
        name = path.name.lower()
        try:
            if name.endswith(JSONL_SUFFIXES):
                with path.open("rb") as lines:
                    yield from self.read_jsonl(lines, printable(path))
            elif name.endswith(WARC_SUFFIXES):
                yield from read_warc(path, self.focus)
            else:
                form = "html" if name.endswith(HTML_SUFFIXES) else "text"
                yield Article(doc_id=printable(Path(path.stem)), origin=Origin(printable(path)), raw=path.read_bytes(),
                              source=Source(path=printable(path), format=form), reading=Reading(focus=self.focus))
        except OSError as error:
            yield ErrorRecord(printable(path), "read", f"cannot read the file: {error.strerror or error}")

    def read_jsonl(self, lines: IO[bytes], name: str) -> Iterator[Article | ErrorRecord]:
        """One article per line; lines are decoded one by one so a bad line costs only itself."""
        for number, raw_line in enumerate(lines, start=1):
            try:
                line = raw_line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                yield ErrorRecord(name, "read", f"line is not UTF-8: {error.reason} at byte {error.start}", line=number)
                continue
            if line.strip():
                yield self.parse_line(line, name, number)

    def parse_line(self, line: str, name: str, number: int) -> Article | ErrorRecord:
        try:
            record: Any = json.loads(line)
        except json.JSONDecodeError as error:
            return ErrorRecord(name, "read", f"not JSON: {error.msg} at column {error.colno}", line=number)
        except RecursionError:
            return ErrorRecord(name, "read", "JSON nested too deeply to read", line=number)
        if not isinstance(record, dict):
            return ErrorRecord(name, "read", "not a JSON object", line=number)
        if _depth(record) > MAX_NESTING:
            return ErrorRecord(name, "read", f"JSON nested more than {MAX_NESTING} levels deep", line=number)
        fields = ", ".join(map(repr, record)) or "no field"
        doc_id = record.pop(self.fields.id, None)
        if doc_id is None and self.fields.id == FieldNames.id:  # as kornews writes it, and many datasets name it
            doc_id = record.pop(OUTPUT_ID_FIELD, None)
        page = record.pop(self.fields.html, None) if self.fields.html else None
        text = record.pop(self.fields.text, None) if page is None else page
        body = self.fields.text if page is None else self.fields.html
        if doc_id is None or not str(doc_id).strip():
            state = "missing" if self.fields.id not in fields else "empty"
            return ErrorRecord(name, "read", f"{state} {self.fields.id!r} field (the record has {fields}; name the id's"
                               " with --field id=NAME)", line=number)
        if not isinstance(text, str):
            reason = "missing" if text is None else "non-string"
            return ErrorRecord(name, "read", f"{reason} {body!r} field", str(doc_id), number)
        return Article(
            doc_id=str(doc_id),
            origin=Origin(name, number),
            raw=text,
            metadata=record,
            source=Source(path=name, encoding="utf-8", format="text" if page is None else "html"),
            reading=Reading(focus=self.focus),
        )


def input_files(paths: Iterable[str]) -> Iterator[Path | str]:
    """Each path as given, directories expanded to their input files (``INPUT_SUFFIXES``) in sorted order; a directory
    that cannot be read is given as itself."""
    for path, _ in _inputs(paths):
        yield path


def _inputs(paths: Iterable[str]) -> Iterator[tuple[Path | str, Path | None]]:
    """Each input path with the input directory it was found in (None for a path given as it is)."""
    for path in paths:
        location = Path(path)
        if path == STDIN:
            yield STDIN, None
        elif location.is_dir():
            unreadable: list[Path] = []
            found = [Path(folder, name) for folder, _, names in os.walk(location, onerror=lambda error: unreadable.append(Path(error.filename)))
                     for name in names if name.lower().endswith(INPUT_SUFFIXES)]
            yield from ((found_path, location) for found_path in sorted([*found, *unreadable]))
        else:
            yield location, None


def _depth(value: Any, level: int = 0) -> int:
    """How deeply lists and objects nest in ``value``, counted up to one past the limit."""
    if level > MAX_NESTING or not isinstance(value, (dict, list)):
        return level
    children = value.values() if isinstance(value, dict) else value
    return max((_depth(child, level + 1) for child in children), default=level + 1)


def count_items(paths: Iterable[str]) -> int | None:
    """How many articles or error records reading ``paths`` yields, for a progress bar's ETA.

    A quick pass over the bytes: one per text or HTML file or missing path, one per non-blank JSONL
    line (a line of Unicode-only whitespace counts too). None when standard input or a WARC file is
    among them: counting a WARC's responses means reading it all once more.
    """
    total = 0
    for path in input_files(paths):
        if path == STDIN or path.name.lower().endswith(WARC_SUFFIXES):
            return None
        if path.suffix == ".jsonl" and path.is_file():
            with path.open("rb") as lines:
                total += sum(1 for line in lines if line.strip())
        else:
            total += 1
    return total
