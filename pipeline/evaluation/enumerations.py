"""Lists: items on exact offsets, and per gold list whether it was found with its count, completeness and link."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.evaluation.counts import DISAGREEMENTS, Counts, Finding, Ratio, short


@dataclass
class EnumerationScores:
    items: Counts = field(default_factory=Counts)
    lists_found: Ratio = field(default_factory=Ratio)
    count: Ratio = field(default_factory=Ratio)
    complete: Ratio = field(default_factory=Ratio)
    refers_to: Ratio = field(default_factory=Ratio)
    # Items not matched exactly, by how they differ (a cut inside the gold item, past it, across it, or
    # no item there at all), as the wrong speakers are counted.
    wrong_items: Counter = field(default_factory=Counter)

    def __iadd__(self, other: EnumerationScores) -> EnumerationScores:
        self.items += other.items
        self.wrong_items += other.wrong_items
        for name in ("lists_found", "count", "complete", "refers_to"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine += theirs
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items.as_dict(),
            "lists": {name: getattr(self, attr).as_dict() for name, attr in
                      (("found", "lists_found"), ("count", "count"), ("complete", "complete"), ("refers_to", "refers_to"))},
            "wrong_items": {kind: self.wrong_items[kind] for kind in DISAGREEMENTS},
        }


def score_enumerations(gold: list[dict], predicted: list[dict], doc_id: str = "") -> tuple[EnumerationScores, list[Finding]]:
    """Item counts over all lists of a document, and per gold list its count, completeness and link.

    A gold list marked ``optional`` (a reading the guideline leaves open) is neither missed when absent
    nor spurious when predicted, and neither are its items.
    """
    scores, findings = EnumerationScores(), []
    optional = [lst for lst in gold if lst.get("optional")]
    gold = [lst for lst in gold if not lst.get("optional")]
    tolerated = {(i["start"], i["end"]) for lst in optional for i in lst["items"]}
    predicted = [lst for lst in predicted if not any(_overlaps(lst, o) for o in optional)]
    gold_items = {(i["start"], i["end"]): i for lst in gold for i in lst["items"]}
    predicted_items = {(i["start"], i["end"]): i for lst in predicted for i in lst["items"] if (i["start"], i["end"]) not in tolerated}
    for span, item in gold_items.items():
        if span in predicted_items:
            scores.items.tp += 1
        else:
            scores.items.fn += 1
            scores.wrong_items[_cut(span, [s for s in predicted_items if s not in gold_items])] += 1
            findings.append(Finding("enumerations", doc_id, "missed item", item["text"], *span))
    for span, item in predicted_items.items():
        if span not in gold_items:
            scores.items.fp += 1
            if _cut(span, list(gold_items)) == "none given":
                scores.wrong_items["given where gold has none"] += 1
            findings.append(Finding("enumerations", doc_id, "spurious item", item["text"], *span))

    partner_of = pair_lists(gold, predicted)
    predicted_ids = {index: lst.get("id") for index, lst in enumerate(predicted)}
    gold_index_by_id = {lst.get("id"): index for index, lst in enumerate(gold)}
    for index, lst in enumerate(gold):
        partner = partner_of.get(index)
        label = short(" | ".join(item["text"] for item in lst["items"]))
        scores.lists_found.add(partner is not None)
        if partner is None:
            findings.append(Finding("enumerations", doc_id, "missed list", label, lst["start"], lst["end"]))
        guess = predicted[partner] if partner is not None else {}
        for ratio, key in ((scores.count, "announced_count"), (scores.complete, "complete")):
            right = partner is not None and guess.get(key) == lst.get(key)
            ratio.add(right)
            if partner is not None and not right:
                findings.append(Finding("enumerations", doc_id, f"wrong {key}", label, lst["start"], lst["end"],
                                        f"gold {lst.get(key)}, predicted {guess.get(key)}"))
        if lst.get("refers_to") is not None:
            target = partner_of.get(gold_index_by_id[lst["refers_to"]])
            right = partner is not None and target is not None and guess.get("refers_to") == predicted_ids[target]
            scores.refers_to.add(right)
            if partner is not None and not right:
                findings.append(Finding("enumerations", doc_id, "wrong refers_to", label, lst["start"], lst["end"]))
    paired = set(partner_of.values())
    for index, lst in enumerate(predicted):
        if index not in paired:
            findings.append(Finding("enumerations", doc_id, "spurious list", short(" | ".join(i["text"] for i in lst["items"])), lst["start"], lst["end"]))
    return scores, findings


def _cut(gold: tuple[int, int], others: list[tuple[int, int]]) -> str:
    """How the items of ``others`` cut the span of the item ``gold``: inside it, past it or across it."""
    over = [span for span in others if span[0] < gold[1] and gold[0] < span[1]]
    if not over:
        return "none given"
    if all(gold[0] <= start and end <= gold[1] for start, end in over):
        return "part of the gold"
    return "the gold and more" if any(start <= gold[0] and gold[1] <= end for start, end in over) else "another"


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def pair_lists(gold: list[dict], predicted: list[dict]) -> dict[int, int]:
    """Gold list index -> predicted list index: most shared items first, then overlapping spans."""
    def shared(g: dict, p: dict) -> int:
        return len({(i["start"], i["end"]) for i in g["items"]} & {(i["start"], i["end"]) for i in p["items"]})

    candidates = sorted(
        ((shared(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
         if shared(g, p) or _overlaps(g, p)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    pairs: dict[int, int] = {}
    for _, gi, pi in candidates:
        if gi not in pairs and pi not in pairs.values():
            pairs[gi] = pi
    return pairs
