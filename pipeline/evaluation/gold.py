"""Gold files: hand annotations in the record's field names, anchored to an article's cleaned text.

A gold file either carries the ``text`` it was annotated on (articles the repository may hold, such as
the seed) or only its ``text_sha256`` (stand-off gold for ``../shared`` articles, which must not be
copied): then the span texts are read from the prediction whose text has that hash.
See ``corpus/gold/GUIDELINES.md``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.record import ENTITY_LABELS
from pipeline.record.offsets import iter_spans, offset_errors

ANNOTATED_TASKS = ("paragraphs", "duplicates", "byline", "entities", "quotes", "enumerations")


class GoldError(ValueError):
    """A gold file that cannot be read or does not agree with its text."""


@dataclass
class Gold:
    doc_id: str
    path: Path
    data: dict[str, Any]

    @property
    def text(self) -> str | None:
        return self.data.get("text")

    @property
    def text_sha256(self) -> str:
        return self.data.get("text_sha256") or text_sha256(self.data["text"])

    def annotates(self, task: str) -> bool:
        """Whether the file annotates ``task`` (an empty list means "annotated: none").

        Indirect quotes share the ``quotes`` list with direct ones; a file annotates them when its
        ``annotation.tasks`` says so (gold made before they were annotated does not).
        """
        if task == "indirect_quotes":
            return "quotes" in self.data and task in self.data.get("annotation", {}).get("tasks", [])
        return task in self.data

    def anchored(self, text: str) -> dict[str, Any]:
        """The gold with every span's ``text`` filled from ``text``; refuses a different anchor text."""
        if text_sha256(text) != self.text_sha256:
            raise GoldError(f"{self.path}: anchored to a different text than the prediction's (sha256 differs)")
        data = json.loads(json.dumps(self.data))
        data["text"] = text
        for _, span in iter_spans({key: value for key, value in data.items() if key != "text"}):
            span.setdefault("text", text[span["start"] : span["end"]])
        return data


MIN_EXCERPT_CHARS = 6
HANGUL = re.compile("[가-힣]")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gold_paths(path: Path) -> list[Path]:
    """``path`` itself, or every ``*.gold.json`` directly in a directory, in sorted order.

    Not recursive: ``corpus/gold/shared/`` holds stand-off gold for another corpus.
    """
    if path.is_dir():
        return sorted(path.glob("*.gold.json"))
    if path.is_file():
        return [path]
    raise GoldError(f"{path}: no such gold file or directory")


def load_gold(path: Path) -> list[Gold]:
    """Read every gold file at ``path``; each must pass :func:`gold_problems`."""
    golds = []
    for gold_path in gold_paths(path):
        try:
            data = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise GoldError(f"{gold_path}: {error}") from error
        problems = gold_problems(data)
        if problems:
            raise GoldError(f"{gold_path}: " + "; ".join(problems))
        golds.append(Gold(doc_id=data["doc_id"], path=gold_path, data=data))
    seen: set[str] = set()
    for gold in golds:
        if gold.doc_id in seen:
            raise GoldError(f"{gold.path}: doc_id {gold.doc_id!r} has more than one gold file")
        seen.add(gold.doc_id)
    return golds


def gold_problems(data: dict[str, Any]) -> list[str]:
    """What makes a gold file unusable: missing anchor, spans off their text, unknown labels, bad links."""
    problems = []
    if not isinstance(data.get("doc_id"), str):
        problems.append("no doc_id")
    if "text" not in data and "text_sha256" not in data:
        problems.append("neither text nor text_sha256")
    if "text" in data:
        problems += offset_errors(data)
    elif any("text" in span for _, span in iter_spans(data)):
        problems.append("stand-off gold must not quote the article (span 'text' found)")
    problems += list(_annotation_problems(data))
    return problems


def _annotation_problems(data: dict[str, Any]) -> Iterator[str]:
    for index, entity in enumerate(data.get("entities", [])):
        labels = [entity.get("label"), *entity.get("alt_labels", [])]
        if any(label not in ENTITY_LABELS for label in labels):
            yield f"entities[{index}]: unknown label in {labels}"
        if (entity.get("optional") or entity.get("alt_labels")) and not entity.get("note"):
            yield f"entities[{index}]: optional or alt_labels without a note"
    for index, quote in enumerate(data.get("quotes", [])):
        if "speaker" not in quote:
            yield f"quotes[{index}]: no speaker (null when nobody can be identified)"
        if quote.get("kind", "direct") not in ("direct", "indirect"):
            yield f"quotes[{index}]: kind {quote['kind']!r} is neither direct nor indirect"
    ids = [enumeration.get("id") for enumeration in data.get("enumerations", [])]
    if len(ids) != len(set(ids)):
        yield "enumerations: ids are not unique"
    for index, enumeration in enumerate(data.get("enumerations", [])):
        for link in ("refers_to", "parent"):
            if enumeration.get(link) is not None and enumeration[link] not in ids:
                yield f"enumerations[{index}]: {link} {enumeration[link]!r} is not a list id"
        if not enumeration.get("items"):
            yield f"enumerations[{index}]: no items"


def stand_off(data: dict[str, Any], text: str) -> dict[str, Any]:
    """A gold annotation made on ``text``, without any of the article's words: for ``../shared`` articles.

    Every span's ``text`` must equal ``text[start:end]`` (checked); span texts are dropped and
    ``text_sha256`` anchors the offsets. Speaker names stay: they are names, not excerpts.
    """
    anchored = dict(data) | {"text": text}
    problems = offset_errors(anchored)
    if problems:
        raise GoldError("; ".join(problems))
    result = json.loads(json.dumps({key: value for key, value in data.items() if key != "text"}))
    result["text_sha256"] = text_sha256(text)
    result.get("annotation", {}).pop("note", None)  # an adjudicator's notes quote the article
    for _, span in iter_spans(result):
        span.pop("text", None)
        if "note" in span:
            span["note"] = without_excerpts(span["note"], text)
    for quote in result.get("quotes", []):
        if quote.get("speaker"):
            quote["speaker"].pop("mention", None)
    return result


def without_excerpts(note: str, text: str) -> str:
    """``note`` with every run of its words that is also a run of the article's (six characters or
    more, Hangul among them) cut to ``…``: a stand-off note explains, it does not quote."""
    kept, index = [], 0
    while index < len(note):
        end = index + MIN_EXCERPT_CHARS
        if HANGUL.search(note[index:end]) and note[index:end] in text:
            while end < len(note) and note[index : end + 1] in text:
                end += 1
            kept.append("…")
            index = end
        else:
            kept.append(note[index])
            index += 1
    return "".join(kept)
