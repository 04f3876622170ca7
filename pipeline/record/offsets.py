"""The record invariants: every span points exactly into the record's ``text``, and entities never overlap."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def iter_spans(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object with integer ``start`` and ``end`` anywhere in a record, with its JSON path."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            yield path or "$", node
        for key, value in node.items():
            if key != "text":
                yield from iter_spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_spans(value, f"{path}[{index}]")


def offset_errors(record: dict[str, Any]) -> list[str]:
    """Spans outside ``text``, reversed, or whose ``text`` differs from ``text[start:end]``.

    ``{'text': '김 지사', 'entities': [{'start': 0, 'end': 1, 'text': '김'}]}`` -> ``[]``.
    """
    text = record["text"]
    errors = []
    for path, span in iter_spans({key: value for key, value in record.items() if key != "text"}):
        start, end = span["start"], span["end"]
        if not 0 <= start <= end <= len(text):
            errors.append(f"{path}: [{start}, {end}) outside text of length {len(text)}")
        elif "text" in span and isinstance(span["text"], str) and text[start:end] != span["text"]:
            errors.append(f"{path}: text[{start}:{end}] is {text[start:end]!r}, span says {span['text']!r}")
    return errors


def entity_overlaps(record: dict[str, Any]) -> list[str]:
    """Entities that share a character with the one before them: an entity mention is one span, never nested.

    ``{'entities': [{'start': 0, 'end': 3, 'text': '경기도'}, {'start': 0, 'end': 2, 'text': '경기'}]}`` -> one error.
    """
    entities = sorted(record.get("entities") or [], key=lambda span: (span["start"], span["end"]))
    return [
        f"entities {before['text']!r} [{before['start']}, {before['end']}) and {after['text']!r} [{after['start']}, {after['end']}) overlap"
        for before, after in zip(entities, entities[1:])
        if after["start"] < before["end"]
    ]
