"""The record invariants: every span points exactly into the record's ``text``, entities never overlap, and nothing is
extracted from page chrome."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from pipeline.record.article import CHROME


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


EXTRACTIONS = ("entities", "quotes", "enumerations")


def chrome_extractions(record: dict[str, Any]) -> list[str]:
    """Entities, quotes and lists that start inside a paragraph the record itself calls page chrome.

    ``{'paragraphs': [{'start': 0, 'end': 6, 'role': 'boilerplate'}], 'entities': [{'start': 0, 'end': 3, 'text': '홍길동'}]}``
    -> one error.
    """
    paragraphs = sorted(record.get("paragraphs") or [], key=lambda paragraph: paragraph["start"])
    starts = [paragraph["start"] for paragraph in paragraphs]
    errors = []
    for task in EXTRACTIONS:
        for span in record.get(task) or []:
            index = bisect.bisect_right(starts, span["start"]) - 1
            if index >= 0 and paragraphs[index]["role"] == CHROME and span["start"] < paragraphs[index]["end"]:
                errors.append(f"{task} at [{span['start']}, {span['end']}) in page chrome")
    return errors
