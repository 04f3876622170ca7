"""The counts every task is scored with: precision/recall/F1 counts, ratios, and findings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else float(self.fn == 0)

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Ratio:
    """``hits`` out of ``total``; None when there was nothing to measure."""

    hits: int = 0
    total: int = 0

    def __iadd__(self, other: Ratio) -> Ratio:
        self.hits, self.total = self.hits + other.hits, self.total + other.total
        return self

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "hits": self.hits, "total": self.total}


@dataclass
class Finding:
    """One disagreement between gold and prediction, for the misses list."""

    task: str
    doc_id: str
    kind: str
    text: str
    start: int | None = None
    end: int | None = None
    detail: str = ""


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def prf(prefix: str, counts: Counts) -> dict[str, float]:
    return {f"{prefix}.precision": counts.precision, f"{prefix}.recall": counts.recall, f"{prefix}.f1": counts.f1}


def short(text: str, width: int = 60) -> str:
    text = normalise_space(text)
    return text if len(text) <= width else text[: width - 1] + "…"


# How a wrong answer is wrong, in the order reports list them.
DISAGREEMENTS = ("none given", "given where gold has none", "part of the gold", "the gold and more", "another")


def disagreement(gold: str | tuple | None, predicted: str | tuple | None) -> str | None:
    """None when the two agree, else which of ``DISAGREEMENTS`` it is. Text is part of other text when it
    is inside it; a tuple (of names) when each of its members is among the other's."""
    if gold == predicted:
        return None
    if not predicted:
        return "none given"
    if not gold:
        return "given where gold has none"
    if _inside(predicted, gold):
        return "part of the gold"
    return "the gold and more" if _inside(gold, predicted) else "another"


def _inside(part: str | tuple, whole: str | tuple) -> bool:
    return part in whole if isinstance(part, str) else set(part) <= set(whole)
