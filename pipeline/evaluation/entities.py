"""Entities: strict (same span, a label the gold accepts) and lenient (overlap, any label) counts, and
per label the share of strict matches whose canonical name is the gold's (the name analysts join on)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipeline.evaluation.counts import Counts, Finding, Ratio
from pipeline.record import ENTITY_LABELS


@dataclass
class EntityScores:
    strict: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    lenient: Counts = field(default_factory=Counts)
    canonical: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))

    @property
    def strict_micro(self) -> Counts:
        total = Counts()
        for counts in self.strict.values():
            total += counts
        return total

    def __iadd__(self, other: EntityScores) -> EntityScores:
        for label, counts in other.strict.items():
            self.strict[label] += counts
        self.lenient += other.lenient
        for label, ratio in other.canonical.items():
            self.canonical[label] += ratio
        return self

    def summary(self) -> dict[str, Any]:
        """Micro, per-label and lenient precision, recall and F1 (what ``kornews ner-eval --json`` prints)."""
        report, keep = self.as_dict(), ("precision", "recall", "f1")
        labels = {label: {k: counts[k] for k in keep} for label, counts in report["strict"]["labels"].items()}
        return {"micro": {k: report["strict"]["micro"][k] for k in keep}} | labels | {
            "lenient": {k: report["lenient"]["micro"][k] for k in keep}}

    def as_dict(self) -> dict[str, Any]:
        labels = [label for label in ENTITY_LABELS if label in self.strict] + sorted(set(self.strict) - set(ENTITY_LABELS))
        return {
            "strict": {"micro": self.strict_micro.as_dict(), "labels": {label: self.strict[label].as_dict() for label in labels}},
            "lenient": {"micro": self.lenient.as_dict()},
        }


def score_entities(gold: list[dict], predicted: list[dict], doc_id: str = "") -> tuple[EntityScores, list[Finding]]:
    """Strict and lenient entity counts for one document, with every miss and spurious prediction.

    ``gold`` and ``predicted`` hold dicts with ``start``, ``end``, ``label`` (gold may add
    ``alt_labels`` and ``optional``); ``text`` is used only to describe findings.
    """
    scores, findings = EntityScores(), []
    gold_by_span = {(g["start"], g["end"]): g for g in gold}
    found: set[tuple[int, int]] = set()
    for entity in predicted:
        span = (entity["start"], entity["end"])
        match = gold_by_span.get(span)
        if match is not None and match.get("optional"):
            continue
        if match is not None and entity["label"] in (match["label"], *match.get("alt_labels", ())):
            scores.strict[entity["label"]].tp += 1
            found.add(span)
            if match.get("canonical"):
                right = entity.get("canonical") == match["canonical"]
                scores.canonical[match["label"]].add(right)
                if not right:
                    findings.append(Finding("entities", doc_id, "wrong canonical", f"{entity.get('text', '')} {entity['label']}", *span,
                                            f"gold {match['canonical']}, predicted {entity.get('canonical')}"))
            continue
        scores.strict[entity["label"]].fp += 1
        kind, detail = ("wrong label", f"gold {match['label']}") if match else ("spurious", "")
        findings.append(Finding("entities", doc_id, kind, f"{entity.get('text', '')} {entity['label']}", *span, detail))
    for entity in gold:
        span = (entity["start"], entity["end"])
        if not entity.get("optional") and span not in found:
            scores.strict[entity["label"]].fn += 1
            if not any(f.kind == "wrong label" and (f.start, f.end) == span for f in findings):
                findings.append(Finding("entities", doc_id, "missed", f"{entity.get('text', '')} {entity['label']}", *span))
    scores.lenient = _lenient_counts(gold, predicted)
    return scores, findings


def _lenient_counts(gold: list[dict], predicted: list[dict]) -> Counts:
    counts, used = Counts(), set()
    for entity in sorted(gold, key=lambda g: (g.get("optional", False), g["start"])):
        partner = next(
            (i for i, p in enumerate(predicted) if i not in used and p["start"] < entity["end"] and entity["start"] < p["end"]),
            None,
        )
        if partner is not None:
            used.add(partner)
            counts.tp += 0 if entity.get("optional") else 1
        elif not entity.get("optional"):
            counts.fn += 1
    counts.fp = len(predicted) - len(used)
    return counts
