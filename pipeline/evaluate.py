"""Score predicted records against gold files, task by task, and explain every miss.

The same functions serve ``kornews evaluate``, ``kornews ner-eval``, the regression test and notebooks::

    from pipeline.evaluate import evaluate_paths
    result = evaluate_paths("outputs/corpus.jsonl", "corpus/gold")
    result.scores["quotes.e2e.f1"]

Counting rules (see ``corpus/gold/GUIDELINES.md`` for what the gold contains):

- A gold mention marked ``optional`` is neither a miss when absent nor spurious when predicted.
- Entities, strict: same span and a label the gold accepts (``label`` or ``alt_labels``); the match
  counts under the predicted label. A right span with a wrong label is one spurious and one miss.
  Lenient: a one-to-one pairing of overlapping spans, any label.
- Quotes pair one-to-one on their text after whitespace normalisation; ``attribution`` is the share of
  gold quotes found with the gold speaker's name; ``e2e`` counts a quote only when its speaker is right.
- Enumeration items pair on exact offsets; each gold list pairs with the predicted list sharing most
  items (or overlapping it), and its announced count, completeness and ``refers_to`` are checked.
- Empty against empty is perfect: precision is 1.0 when nothing was predicted and nothing was missed.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.gold import ENTITY_LABELS, Gold, GoldError, load_gold

HEADLINE_METRICS = {
    "entities": "entities.strict.f1",
    "quotes": "quotes.e2e.f1",
    "enumerations": "enumerations.items.f1",
    "dedup": "dedup.accuracy",
    "roles": "roles.accuracy",
    "byline": "byline.exact",
}


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


# --------------------------------------------------------------------------- entities


@dataclass
class EntityScores:
    strict: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    lenient: Counts = field(default_factory=Counts)

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
        return self

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


# --------------------------------------------------------------------------- quotes


@dataclass
class QuoteScores:
    detection: Counts = field(default_factory=Counts)
    attribution: Ratio = field(default_factory=Ratio)
    e2e: Counts = field(default_factory=Counts)

    def __iadd__(self, other: QuoteScores) -> QuoteScores:
        self.detection += other.detection
        self.e2e += other.e2e
        self.attribution.hits += other.attribution.hits
        self.attribution.total += other.attribution.total
        return self

    def as_dict(self) -> dict[str, Any]:
        return {"detection": self.detection.as_dict(), "attribution": self.attribution.as_dict(), "e2e": self.e2e.as_dict()}


def score_quotes(gold: list[dict], predicted: list[dict], doc_id: str = "") -> tuple[QuoteScores, list[Finding]]:
    """Quote detection, attribution and end-to-end counts for one document."""
    scores, findings = QuoteScores(), []
    gold = [quote for quote in gold if not quote.get("optional")]
    pairs = _pair_quotes(gold, predicted)
    for index, quote in enumerate(gold):
        partner = pairs.get(index)
        if partner is None:
            scores.detection.fn += 1
            scores.e2e.fn += 1
            scores.attribution.add(False)
            findings.append(Finding("quotes", doc_id, "missed", _short(quote["text"]), quote["start"], quote["end"], f"speaker {speaker_name(quote)}"))
            continue
        scores.detection.tp += 1
        right = speaker_name(predicted[partner]) == speaker_name(quote)
        scores.attribution.add(right)
        if right:
            scores.e2e.tp += 1
        else:
            scores.e2e.fn += 1
            scores.e2e.fp += 1
            findings.append(
                Finding("quotes", doc_id, "wrong speaker", _short(quote["text"]), quote["start"], quote["end"],
                        f"gold {speaker_name(quote)}, predicted {speaker_name(predicted[partner])}")
            )
    paired = set(pairs.values())
    for index, quote in enumerate(predicted):
        if index not in paired:
            scores.detection.fp += 1
            scores.e2e.fp += 1
            findings.append(Finding("quotes", doc_id, "spurious", _short(quote["text"]), quote.get("start"), quote.get("end"), f"speaker {speaker_name(quote)}"))
    return scores, findings


def _pair_quotes(gold: list[dict], predicted: list[dict]) -> dict[int, int]:
    """Gold index -> predicted index, on normalised text; among equal texts the nearest offsets win."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for g_index, quote in enumerate(gold):
        key = normalise_space(quote["text"])
        candidates = [i for i, p in enumerate(predicted) if i not in taken and normalise_space(p["text"]) == key]
        if candidates:
            best = min(candidates, key=lambda i: abs(predicted[i].get("start", 0) - quote["start"]))
            pairs[g_index] = best
            taken.add(best)
    return pairs


def speaker_name(quote: dict) -> str | None:
    speaker = quote.get("speaker")
    return normalise_space(speaker["name"]) if speaker and speaker.get("name") else None


# --------------------------------------------------------------------------- enumerations


@dataclass
class EnumerationScores:
    items: Counts = field(default_factory=Counts)
    lists_found: Ratio = field(default_factory=Ratio)
    count: Ratio = field(default_factory=Ratio)
    complete: Ratio = field(default_factory=Ratio)
    refers_to: Ratio = field(default_factory=Ratio)

    def __iadd__(self, other: EnumerationScores) -> EnumerationScores:
        self.items += other.items
        for name in ("lists_found", "count", "complete", "refers_to"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.hits += theirs.hits
            mine.total += theirs.total
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items.as_dict(),
            "lists": {name: getattr(self, attr).as_dict() for name, attr in
                      (("found", "lists_found"), ("count", "count"), ("complete", "complete"), ("refers_to", "refers_to"))},
        }


def score_enumerations(gold: list[dict], predicted: list[dict], doc_id: str = "") -> tuple[EnumerationScores, list[Finding]]:
    """Item counts over all lists of a document, and per gold list its count, completeness and link."""
    scores, findings = EnumerationScores(), []
    gold_items = {(i["start"], i["end"]): i for lst in gold for i in lst["items"]}
    predicted_items = {(i["start"], i["end"]): i for lst in predicted for i in lst["items"]}
    for span, item in gold_items.items():
        if span in predicted_items:
            scores.items.tp += 1
        else:
            scores.items.fn += 1
            findings.append(Finding("enumerations", doc_id, "missed item", item["text"], *span))
    for span, item in predicted_items.items():
        if span not in gold_items:
            scores.items.fp += 1
            findings.append(Finding("enumerations", doc_id, "spurious item", item["text"], *span))

    partner_of = _pair_lists(gold, predicted)
    predicted_ids = {index: lst.get("id") for index, lst in enumerate(predicted)}
    gold_index_by_id = {lst.get("id"): index for index, lst in enumerate(gold)}
    for index, lst in enumerate(gold):
        partner = partner_of.get(index)
        label = _short(" | ".join(item["text"] for item in lst["items"]))
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
            findings.append(Finding("enumerations", doc_id, "spurious list", _short(" | ".join(i["text"] for i in lst["items"])), lst["start"], lst["end"]))
    return scores, findings


def _pair_lists(gold: list[dict], predicted: list[dict]) -> dict[int, int]:
    """Gold list index -> predicted list index: most shared items first, then overlapping spans."""
    def shared(g: dict, p: dict) -> int:
        return len({(i["start"], i["end"]) for i in g["items"]} & {(i["start"], i["end"]) for i in p["items"]})

    candidates = sorted(
        ((shared(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
         if shared(g, p) or (p["start"] < g["end"] and g["start"] < p["end"])),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    pairs: dict[int, int] = {}
    for _, gi, pi in candidates:
        if gi not in pairs and pi not in pairs.values():
            pairs[gi] = pi
    return pairs


# --------------------------------------------------------------------------- paragraphs and byline


def paragraph_status(record: dict) -> dict[int, int | None]:
    """source_index -> None when kept, else the source_index it duplicates."""
    status: dict[int, int | None] = {p["source_index"]: None for p in record.get("paragraphs", [])}
    status.update({d["source_index"]: d["duplicate_of"] for d in record.get("duplicates", [])})
    return status


def score_dedup(gold: dict, predicted: dict, doc_id: str = "") -> tuple[Ratio, list[Finding]]:
    ratio, findings = Ratio(), []
    gold_status, predicted_status = paragraph_status(gold), paragraph_status(predicted)
    for index, expected in sorted(gold_status.items()):
        got = predicted_status.get(index, "absent")
        ratio.add(got == expected)
        if got != expected:
            describe = lambda s: "kept" if s is None else ("absent" if s == "absent" else f"duplicate of {s}")  # noqa: E731
            findings.append(Finding("dedup", doc_id, "wrong", f"source paragraph {index}", detail=f"gold {describe(expected)}, predicted {describe(got)}"))
    return ratio, findings


def score_roles(gold: dict, predicted: dict, doc_id: str = "") -> tuple[Ratio, list[Finding]]:
    ratio, findings = Ratio(), []
    predicted_roles = {p["source_index"]: p["role"] for p in predicted.get("paragraphs", [])}
    for paragraph in gold["paragraphs"]:
        got = predicted_roles.get(paragraph["source_index"])
        ratio.add(got == paragraph["role"])
        if got != paragraph["role"]:
            findings.append(Finding("roles", doc_id, "wrong", _short(gold["text"][paragraph["start"] : paragraph["end"]]),
                                    paragraph["start"], paragraph["end"], f"gold {paragraph['role']}, predicted {got}"))
    return ratio, findings


def byline_key(byline: dict | None) -> tuple | None:
    if not byline:
        return None
    return (tuple((r.get("name"), r.get("email")) for r in byline.get("reporters", [])), byline.get("publisher"))


def score_byline(gold: dict, predicted: dict, doc_id: str = "") -> tuple[Ratio, list[Finding]]:
    expected, got = byline_key(gold.get("byline")), byline_key(predicted.get("byline"))
    ratio = Ratio()
    ratio.add(expected == got)
    findings = [] if expected == got else [Finding("byline", doc_id, "wrong", str(got), detail=f"gold {expected}")]
    return ratio, findings


# --------------------------------------------------------------------------- the evaluation


@dataclass
class Evaluation:
    documents: list[str] = field(default_factory=list)
    entities: EntityScores = field(default_factory=EntityScores)
    quotes: QuoteScores = field(default_factory=QuoteScores)
    enumerations: EnumerationScores = field(default_factory=EnumerationScores)
    dedup: Ratio = field(default_factory=Ratio)
    roles: Ratio = field(default_factory=Ratio)
    byline: Ratio = field(default_factory=Ratio)
    annotated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def scores(self) -> dict[str, float | None]:
        """Flat metric names -> value; a task no gold file annotates is None (not measured)."""
        flat: dict[str, float | None] = {}
        if self.annotated["entities"]:
            strict, lenient = self.entities.strict_micro, self.entities.lenient
            flat |= _prf("entities.strict", strict) | _prf("entities.lenient", lenient)
            for label in ENTITY_LABELS:
                flat |= _prf(f"entities.{label}", self.entities.strict[label]) if label in self.entities.strict else {}
        if self.annotated["quotes"]:
            flat |= _prf("quotes.detection", self.quotes.detection) | _prf("quotes.e2e", self.quotes.e2e)
            flat["quotes.attribution"] = self.quotes.attribution.value
        if self.annotated["enumerations"]:
            e = self.enumerations
            flat |= _prf("enumerations.items", e.items)
            flat |= {"enumerations.lists.found": e.lists_found.value, "enumerations.lists.count": e.count.value,
                     "enumerations.lists.complete": e.complete.value, "enumerations.lists.refers_to": e.refers_to.value}
        flat["dedup.accuracy"] = self.dedup.value
        flat["roles.accuracy"] = self.roles.value
        flat["byline.exact"] = self.byline.value
        return flat

    def metric(self, name: str) -> float | None:
        """A metric by full name or by task name (``quotes`` -> ``quotes.e2e.f1``)."""
        full = HEADLINE_METRICS.get(name, name)
        if full not in self.scores and full not in known_metrics():
            raise KeyError(f"unknown metric {name!r}; known: {', '.join(sorted(HEADLINE_METRICS))} or one of {', '.join(known_metrics())}")
        return self.scores.get(full)

    def below(self, floors: dict[str, float]) -> list[str]:
        """One line per floor not met; a metric that could not be measured does not meet its floor."""
        failures = []
        for name, floor in floors.items():
            value = self.metric(name)
            if value is None:
                failures.append(f"{name}: not measured (no gold annotates it), floor {floor:.3f}")
            elif value < floor - 1e-9:
                failures.append(f"{name}: {value:.3f} < floor {floor:.3f}")
        return failures

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "scores": self.scores,
            "tasks": {
                "entities": self.entities.as_dict(),
                "quotes": self.quotes.as_dict(),
                "enumerations": self.enumerations.as_dict(),
                "dedup": self.dedup.as_dict(),
                "roles": self.roles.as_dict(),
                "byline": self.byline.as_dict(),
            },
            "annotated": dict(self.annotated),
            "findings": [asdict(f) for f in self.findings],
            "problems": self.problems,
        }


def known_metrics() -> list[str]:
    names = [f"{task}.{m}" for task in ("entities.strict", "entities.lenient", "quotes.detection", "quotes.e2e", "enumerations.items")
             for m in ("precision", "recall", "f1")]
    names += [f"entities.{label}.{m}" for label in ENTITY_LABELS for m in ("precision", "recall", "f1")]
    names += ["quotes.attribution", "enumerations.lists.found", "enumerations.lists.count", "enumerations.lists.complete",
              "enumerations.lists.refers_to", "dedup.accuracy", "roles.accuracy", "byline.exact"]
    return names


def evaluate(predictions: dict[str, dict], golds: Iterable[Gold]) -> Evaluation:
    """Score ``predictions`` (doc_id -> record) against every gold file.

    A gold file without a prediction, or anchored to a different text than its prediction's, is a
    problem of the evaluation and every one of its annotations counts as missed.
    """
    result = Evaluation()
    for gold in golds:
        result.documents.append(gold.doc_id)
        predicted = predictions.get(gold.doc_id)
        expected = None
        if predicted is None:
            result.problems.append(f"{gold.doc_id}: no prediction; every gold annotation counts as missed")
        else:
            try:
                expected = gold.anchored(predicted["text"])
            except GoldError as error:
                result.problems.append(f"{error}; every gold annotation counts as missed")
        if expected is None:
            expected = gold.data if gold.text is not None else _without_spans(gold.data)
            predicted = {"text": "", "paragraphs": [], "duplicates": [], "byline": None}
        _score_document(result, gold, expected, predicted)
    return result


def _score_document(result: Evaluation, gold: Gold, expected: dict, predicted: dict) -> None:
    doc_id = gold.doc_id
    if gold.annotates("entities"):
        result.annotated["entities"] += 1
        scores, findings = score_entities(expected["entities"], predicted.get("entities", []), doc_id)
        result.entities += scores
        result.findings += findings
    if gold.annotates("quotes"):
        result.annotated["quotes"] += 1
        scores, findings = score_quotes(expected["quotes"], predicted.get("quotes", []), doc_id)
        result.quotes += scores
        result.findings += findings
    if gold.annotates("enumerations"):
        result.annotated["enumerations"] += 1
        scores, findings = score_enumerations(expected["enumerations"], predicted.get("enumerations", []), doc_id)
        result.enumerations += scores
        result.findings += findings
    for task, scorer, target in (("duplicates", score_dedup, result.dedup), ("paragraphs", score_roles, result.roles),
                                 ("byline", score_byline, result.byline)):
        if gold.annotates(task):
            ratio, findings = scorer(expected, predicted, doc_id)
            target.hits += ratio.hits
            target.total += ratio.total
            result.findings += findings


def _without_spans(data: dict) -> dict:
    """A stand-off gold whose anchor text is lost: keep its counts, label spans as unreadable."""
    data = json.loads(json.dumps(data))
    data["text"] = ""
    for key in ("entities", "quotes"):
        for span in data.get(key, []):
            span.setdefault("text", "(text unavailable)")
    for lst in data.get("enumerations", []):
        for item in lst["items"]:
            item.setdefault("text", "(text unavailable)")
    return data


def load_predictions(path: Path) -> dict[str, dict]:
    """doc_id -> record from a ``kornews run`` output file."""
    records = {}
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not JSON ({error})") from error
                records[record["doc_id"]] = record
    return records


def evaluate_paths(predictions: str | Path, gold: str | Path) -> Evaluation:
    return evaluate(load_predictions(Path(predictions)), load_gold(Path(gold)))


def parse_floors(spec: str) -> dict[str, float]:
    """``"entities=0.9,quotes=1.0"`` -> ``{"entities": 0.9, "quotes": 1.0}``."""
    floors = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"{part!r}: expected NAME=FLOOR")
        try:
            floors[name.strip()] = float(value)
        except ValueError as error:
            raise ValueError(f"{part!r}: {value!r} is not a number") from error
    return floors


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _prf(prefix: str, counts: Counts) -> dict[str, float]:
    return {f"{prefix}.precision": counts.precision, f"{prefix}.recall": counts.recall, f"{prefix}.f1": counts.f1}


def _short(text: str, width: int = 60) -> str:
    text = normalise_space(text)
    return text if len(text) <= width else text[: width - 1] + "…"
