"""KLUE-NER v1.1 (CC BY-SA 4.0): reading the character-BIO file and its fixed splits.

Two splits, both fixed by hashes of sentence ids:

- the **test** split (since 2026-12-01, :func:`split_tune_test`): 30 % of the news sentences, drawn
  from the sentences that the old held-out part did not hold, because that part was read while the
  rules were written. Models are trained and rules are tuned on the rest (``tune``), never on ``test``;
- the old **held-out** split (:func:`split_held_out`): 30 % of the news sentences, read for error
  analysis while the rules were written; it is part of ``tune`` now, and its figure is reported only
  for continuity with earlier measurements.

Each sentence block is a ``## <id>\\t<sentence with <inline:TAGS>>`` line and one ``char\\tTAG`` line per
character; a blank line ends it. Sentence ids end in ``-wikitree`` (news) or ``-nsmc`` (movie reviews).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

SENTENCES_FILE = "klue-ner-v1.1_train.sentences.tsv"  # the train split's sentences, without labels
HELD_OUT_SHARE = 0.3
TEST_SHARE = 0.3  # of all news sentences


@dataclass
class KlueSentence:
    id: str
    text: str
    entities: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def is_news(self) -> bool:
        return self.id.endswith("-wikitree")


def read_klue(path: Path) -> list[KlueSentence]:
    """Every sentence of a KLUE-NER file with its character spans ``(start, end, label)``."""
    sentences: list[KlueSentence] = []
    sentence_id: str | None = None
    chars: list[str] = []
    tags: list[str] = []

    def finish() -> None:
        if sentence_id is not None:
            sentences.append(KlueSentence(sentence_id, "".join(chars), bio_spans(tags)))

    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("## klue"):
            finish()
            sentence_id, chars, tags = line[3:].split("\t", 1)[0], [], []
        elif line.startswith("##") or not line:
            continue
        else:
            char, tag = line.rsplit("\t", 1)
            chars.append(char)
            tags.append(tag)
    finish()
    return sentences


def unlabelled_sentences(path: Path) -> list[tuple[str, str]]:
    """KLUE's train sentences without labels (``SENTENCES_FILE``): each line an id, a tab and the sentence."""
    return [tuple(line.rstrip("\n").split("\t", 1)) for line in Path(path).open(encoding="utf-8")]


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``["B-PS", "I-PS", "O", "B-DT"]`` -> ``[(0, 2, "PS"), (3, 4, "DT")]``; a stray I- starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if start is not None and (prefix != "I" or name != label):
            spans.append((start, index, label))
            start, label = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = index, name
    return spans


def split_held_out(sentences: list[KlueSentence], share: float = HELD_OUT_SHARE) -> tuple[list[KlueSentence], list[KlueSentence]]:
    """(train, held_out): ``share`` of the news sentences, fixed by a hash of their ids, are held out.

    The order of the file does not matter and the same ids are held out on every machine; everything
    else, news and movie reviews, is for training.
    """
    news = sorted((s for s in sentences if s.is_news), key=lambda s: hashlib.sha256(s.id.encode()).hexdigest())
    held_ids = {s.id for s in news[: round(len(news) * share)]}
    train = [s for s in sentences if s.id not in held_ids]
    held_out = [s for s in sentences if s.id in held_ids]
    return train, held_out


def split_tune_test(sentences: list[KlueSentence], share: float = TEST_SHARE) -> tuple[list[KlueSentence], list[KlueSentence]]:
    """(tune, test): ``share`` of all news sentences, from those outside the old held-out part, are test.

    The ids are ranked by the SHA-256 of ``klue-test:<id>``; everything else, news and movie reviews,
    is for tuning (training models, choosing rules).
    """
    news = [s for s in sentences if s.is_news]
    _, held_out = split_held_out(sentences)
    held_ids = {s.id for s in held_out}
    candidates = sorted((s for s in news if s.id not in held_ids), key=lambda s: hashlib.sha256(f"klue-test:{s.id}".encode()).hexdigest())
    test_ids = {s.id for s in candidates[: round(len(news) * share)]}
    return [s for s in sentences if s.id not in test_ids], [s for s in sentences if s.id in test_ids]
