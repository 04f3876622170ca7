"""Stand-off gold over KLUE-NER's real news sentences, one task per gold file (quotes, lists).

The shared corpus is small and its test split sealed; KLUE-NER v1.1's train sentences and dev file (CC BY-SA 4.0) are
real text that no rule was written from before it was annotated. A gold file holds, per sentence, its KLUE id, the file
it comes from, the start of the SHA-256 of its text and the task's annotations as offsets, kinds and names, never the
text: the sentences are read from ``../shared`` at evaluation time, and a sentence whose text no longer matches its hash
is refused. Each sentence is scored as an article of one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluation.gold import GoldError, text_sha256
from pipeline.evaluation.klue import SENTENCES_FILE, read_klue, unlabelled_sentences

DEV_FILE = "klue-ner-v1.1_dev.tsv"
HASH_CHARS = 16


@dataclass(frozen=True)
class SentenceGold:
    id: str  # KLUE's sentence id
    file: str  # train (the unlabelled sentences) or dev (the labelled file)
    text_sha256: str  # the first HASH_CHARS hex digits of the sentence's SHA-256
    annotations: tuple[dict, ...]  # the task's spans: quotes, or lists with their items


def read_gold(path: Path, task: str) -> list[SentenceGold]:
    """The gold sentences of ``path``, whose annotations are under the key ``task``: a JSON list, one sentence's object
    a line (no ``.jsonl``, which ``kornews run corpus`` would read as articles)."""
    fields = {"id", "file", "text_sha256", task}
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    for number, row in enumerate(rows, 1):
        if set(row) != fields:
            raise GoldError(f"{path}: sentence {number} holds {sorted(row)}, not {sorted(fields)} alone")
    return [SentenceGold(row["id"], row["file"], row["text_sha256"], tuple(row[task])) for row in rows]


def text_hash(text: str) -> str:
    return text_sha256(text)[:HASH_CHARS]


def klue_sentences(klue_dir: Path) -> dict[str, str]:
    """Every sentence of KLUE-NER's train sentences and dev file, by id."""
    sentences = {row[0]: row[1] for row in unlabelled_sentences(Path(klue_dir) / SENTENCES_FILE) if len(row) == 2 and row[1]}
    sentences.update({sentence.id: sentence.text for sentence in read_klue(Path(klue_dir) / DEV_FILE)})
    return sentences


def anchored(golds: list[SentenceGold], sentences: dict[str, str]) -> dict[str, str]:
    """The text of each gold sentence, checked against its hash and its spans' offsets; GoldError when one is missing
    or changed."""
    texts = {}
    for gold in golds:
        text = sentences.get(gold.id)
        if text is None or text_hash(text) != gold.text_sha256:
            raise GoldError(f"{gold.id}: the KLUE sentence is {'missing' if text is None else 'not the one annotated'}")
        if any(not 0 <= span["start"] < span["end"] <= len(text) for span in spans_of(gold.annotations)):
            raise GoldError(f"{gold.id}: a span's offsets fall outside the sentence")
        texts[gold.id] = text
    return texts


def spans_of(annotations: tuple[dict, ...]) -> Iterator[dict]:
    """Every span of the annotations: each one, and each of a list's items."""
    for annotation in annotations:
        yield annotation
        yield from annotation.get("items", ())
