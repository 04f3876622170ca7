"""Quotes in real sentences: a stand-off gold of KLUE-NER's sentences, scored like the articles' gold.

The shared corpus is small and its test split sealed; these 636 sentences (588 WikiTree news and 48 NSMC movie-review
sentences of the train and dev files of KLUE-NER v1.1,
CC BY-SA 4.0)) are real text that no quote rule was written from before they were annotated. The gold
(``corpus/gold/klue-quotes/quotes.json``) holds, per sentence, its KLUE id, the file it comes from, the start of the
SHA-256 of its text and its quotes as offsets, kinds and speaker names, never the text: the sentences are read from
``../shared`` at evaluation time, and a sentence whose text no longer matches its hash is refused.

Each sentence is an article of one line, so a quote's speaker is the one the sentence names or ``null``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluation.evaluate import Evaluation
from pipeline.evaluation.gold import GoldError, text_sha256
from pipeline.evaluation.klue import SENTENCES_FILE, read_klue, unlabelled_sentences
from pipeline.evaluation.quotes import score_quotes

DEV_FILE = "klue-ner-v1.1_dev.tsv"
HASH_CHARS = 16
KINDS = {"direct": "quotes", "indirect": "indirect_quotes"}
GOLD_FIELDS = frozenset({"id", "file", "text_sha256", "quotes"})  # no text: the sentence is read from ../shared


@dataclass(frozen=True)
class SentenceGold:
    id: str  # KLUE's sentence id
    file: str  # train (the unlabelled sentences) or dev (the labelled file)
    text_sha256: str  # the first HASH_CHARS hex digits of the sentence's SHA-256
    quotes: tuple[dict, ...]  # kind, start, end, speaker (a name or None)


def read_gold(path: Path) -> list[SentenceGold]:
    """The gold sentences of ``path``: a JSON list, one sentence's object a line (no ``.jsonl``, which ``kornews run corpus``
    would read as articles)."""
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    for number, row in enumerate(rows, 1):
        if set(row) != GOLD_FIELDS:
            raise GoldError(f"{path}: sentence {number} holds {sorted(row)}, not {sorted(GOLD_FIELDS)} alone")
    return [SentenceGold(row["id"], row["file"], row["text_sha256"], tuple(row["quotes"])) for row in rows]


def text_hash(text: str) -> str:
    return text_sha256(text)[:HASH_CHARS]


def klue_sentences(klue_dir: Path) -> dict[str, str]:
    """Every sentence of KLUE-NER's train sentences and dev file, by id."""
    sentences = {row[0]: row[1] for row in unlabelled_sentences(Path(klue_dir) / SENTENCES_FILE) if len(row) == 2 and row[1]}
    sentences.update({sentence.id: sentence.text for sentence in read_klue(Path(klue_dir) / DEV_FILE)})
    return sentences


def anchored(golds: list[SentenceGold], sentences: dict[str, str]) -> dict[str, str]:
    """The text of each gold sentence, checked against its hash and its quotes' offsets; GoldError when one is missing
    or changed."""
    texts = {}
    for gold in golds:
        text = sentences.get(gold.id)
        if text is None or text_hash(text) != gold.text_sha256:
            raise GoldError(f"{gold.id}: the KLUE sentence is {'missing' if text is None else 'not the one annotated'}")
        if any(not 0 <= quote["start"] < quote["end"] <= len(text) for quote in gold.quotes):
            raise GoldError(f"{gold.id}: a quote's offsets fall outside the sentence")
        texts[gold.id] = text
    return texts


def evaluate_quotes(predicted: dict[str, list[dict]], golds: list[SentenceGold], texts: dict[str, str]) -> Evaluation:
    """Direct and indirect quotes of every gold sentence against the predicted quotes of its record (``kind``, ``start``,
    ``end``, ``text``, ``speaker``), with the findings of ``kornews evaluate``."""
    result = Evaluation()
    for gold in golds:
        text = texts[gold.id]
        expected = [quote | {"text": text[quote["start"] : quote["end"]], "speaker": {"name": quote["speaker"]} if quote["speaker"] else None,
                             "attribution": "explicit" if quote["speaker"] else "unresolved"} for quote in gold.quotes]
        result.documents.append(gold.id)
        for kind, task in KINDS.items():
            result.annotated[task] += 1
            scores, findings = score_quotes(expected, predicted.get(gold.id, []), gold.id, kind)
            counts = getattr(result, task)
            counts += scores  # QuoteScores adds in place
            result.findings += findings
    return result
