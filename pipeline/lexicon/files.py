"""Reading the data files under ``pipeline/data/``, with every malformed row named by file and line.

Three shapes: TOML tables of cues (read into a typed dataclass, key by key), TSV tables and plain
lists (one entry per line). ``#`` starts a comment line in the last two.
"""

from __future__ import annotations

import csv
import re
import tomllib
import typing
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from importlib import resources
from typing import Any, TypeVar

T = TypeVar("T")


class LexiconError(ValueError):
    """A data file that cannot be used as written: names the file, the line when known, and the fault."""

    def __init__(self, filename: str, line: int | None, message: str) -> None:
        where = f"pipeline/data/{filename}" + (f", line {line}" if line else "")
        super().__init__(f"{where}: {message}")


def data_text(filename: str) -> str:
    try:
        return resources.files("pipeline").joinpath("data", filename).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(filename, None, f"cannot be read ({error})") from error


def read_list(filename: str) -> list[str]:
    """One entry per line, comments and blank lines skipped; an entry with inner whitespace is an error."""
    entries = []
    for number, line in enumerate(data_text(filename).splitlines(), 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if any(char.isspace() for char in entry):
            raise LexiconError(filename, number, f"one entry per line expected, found {entry!r}")
        entries.append(entry)
    return entries


def read_tsv(filename: str, *, columns: int, required: int = 1) -> Iterator[tuple[int, list[str]]]:
    """``(line number, row)`` per data row, padded to ``columns`` cells.

    A row with more than ``columns`` cells or an empty cell among its first ``required`` is an error.
    """
    for number, row in enumerate(csv.reader(data_text(filename).splitlines(), delimiter="\t"), 1):
        if not row or not row[0] or row[0].startswith("#"):
            continue
        if len(row) > columns:
            raise LexiconError(filename, number, f"{len(row)} tab-separated cells, at most {columns} expected")
        cells = [cell.strip() for cell in row] + [""] * (columns - len(row))
        if not all(cells[:required]):
            raise LexiconError(filename, number, f"the first {required} cells must not be empty")
        yield number, cells


def read_table(cls: type[T], filename: str) -> T:
    """The TOML file as a ``cls`` dataclass: every field a key, checked against the field's type.

    Supported field types: ``str``, ``float``, ``tuple[str, ...]``, ``frozenset[str]``, ``dict[str, int]``, ``dict[str, float]``, ``dict[str, str]``, ``dict[str, tuple[str, ...]]``,
    ``re.Pattern[str]`` and ``tuple[re.Pattern[str], ...]`` (compiled here) and a nested dataclass (a TOML table).
    """
    text = data_text(filename)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(filename, None, str(error)) from error
    return _dataclass_from(cls, data, filename, text, prefix="")


def _dataclass_from(cls: type[T], data: dict[str, Any], filename: str, text: str, prefix: str) -> T:
    hints = typing.get_type_hints(cls)
    names = [field.name for field in fields(cls)]  # type: ignore[arg-type]
    for key in data:
        if key not in names:
            raise LexiconError(filename, _line_of(text, key), f"unknown key {prefix + key!r}; known: {', '.join(names)}")
    values = {}
    for name in names:
        if name not in data:
            raise LexiconError(filename, None, f"missing key {prefix + name!r}")
        values[name] = _value(hints[name], data[name], filename, text, prefix + name)
    return cls(**values)


def _value(kind: Any, value: Any, filename: str, text: str, key: str) -> Any:
    line = _line_of(text, key.rsplit(".", 1)[-1])
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if is_dataclass(kind):
        if not isinstance(value, dict):
            raise LexiconError(filename, line, f"{key!r} must be a table")
        return _dataclass_from(kind, value, filename, text, prefix=f"{key}.")
    if kind is str:
        if not isinstance(value, str) or not value:
            raise LexiconError(filename, line, f"{key!r} must be a non-empty string")
        return value
    if kind is float:
        if type(value) not in (int, float):
            raise LexiconError(filename, line, f"{key!r} must be a number")
        return float(value)
    if origin is dict and arguments[1] is float:
        if not isinstance(value, dict) or not all(isinstance(k, str) and type(v) in (int, float) for k, v in value.items()):
            raise LexiconError(filename, line, f"{key!r} must be a table of name = number")
        return {k: float(v) for k, v in value.items()}
    if origin is dict and arguments[1] is str:
        if not isinstance(value, dict) or not all(isinstance(k, str) and k and isinstance(v, str) and v for k, v in value.items()):
            raise LexiconError(filename, line, f"{key!r} must be a table of word = word")
        return dict(value)
    if origin is dict and typing.get_origin(arguments[1]) is tuple:
        if not isinstance(value, dict) or not all(isinstance(k, str) and k and isinstance(v, list) and v and all(isinstance(w, str) and w for w in v)
                                                  for k, v in value.items()):
            raise LexiconError(filename, line, f"{key!r} must be a table of word = [words]")
        return {k: tuple(v) for k, v in value.items()}
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(k, str) and type(v) is int for k, v in value.items()):
            raise LexiconError(filename, line, f"{key!r} must be a table of word = integer")
        return dict(value)
    if origin is re.Pattern:
        if not isinstance(value, str) or not value:
            raise LexiconError(filename, line, f"{key!r} must be a non-empty regular expression")
        return _compiled(value, filename, line, key)
    if origin in (tuple, frozenset):
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            raise LexiconError(filename, line, f"{key!r} must be a list of non-empty strings")
        if arguments and typing.get_origin(arguments[0]) is re.Pattern:
            return tuple(_compiled(pattern, filename, line, key) for pattern in value)
        return origin(value)
    raise TypeError(f"{kind!r} is not a lexicon field type")  # a programming error, not a data error


def _compiled(pattern: str, filename: str, line: int | None, key: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as error:
        raise LexiconError(filename, line, f"{key!r}: {pattern!r} is not a regular expression ({error})") from error


def _line_of(text: str, key: str) -> int | None:
    """The line where ``key = …`` is written, for messages."""
    found = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


def longest_first(words: typing.Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def alternation(words: typing.Iterable[str]) -> str:
    """A regex group matching any of ``words``, longest first: ``(?:에서|에|을)``."""
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"
