"""Score predicted records against gold files, task by task, and explain every miss.

The same functions serve ``kornews evaluate``, ``kornews ner-eval``, the regression test and notebooks::

    from pipeline.evaluation import evaluate_paths
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
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluation.counts import DISAGREEMENTS, Finding, Ratio, prf
from pipeline.evaluation.entities import EntityScores, score_entities
from pipeline.evaluation.enumerations import EnumerationScores, score_enumerations
from pipeline.evaluation.gold import Gold, GoldError, load_gold
from pipeline.evaluation.paragraphs import (
    role_confusions,
    score_byline,
    score_byline_parts,
    score_dedup,
    score_extraction_in_chrome,
    score_roles,
)
from pipeline.evaluation.quotes import QuoteScores, score_quotes
from pipeline.record import ENTITY_LABELS

HEADLINE_METRICS = {
    "entities": "entities.strict.f1",
    "quotes": "quotes.e2e.f1",
    "indirect_quotes": "quotes.indirect.e2e.f1",
    "enumerations": "enumerations.items.f1",
    "dedup": "dedup.accuracy",
    "roles": "roles.accuracy",
    "byline": "byline.exact",
}
BYLINE_PARTS = ("reporters", "names", "publisher")  # byline.reporters: names and e-mails; byline.names: names alone


@dataclass
class Evaluation:
    documents: list[str] = field(default_factory=list)
    entities: EntityScores = field(default_factory=EntityScores)
    quotes: QuoteScores = field(default_factory=QuoteScores)  # direct quotes
    indirect_quotes: QuoteScores = field(default_factory=QuoteScores)
    enumerations: EnumerationScores = field(default_factory=EnumerationScores)
    dedup: Ratio = field(default_factory=Ratio)
    roles: Ratio = field(default_factory=Ratio)
    role_confusions: Counter = field(default_factory=Counter)  # (gold role, predicted role) -> paragraphs
    chrome: Ratio = field(default_factory=Ratio)  # article or page chrome, right
    outside_chrome: Ratio = field(default_factory=Ratio)  # predicted quotes, lists, entities not from chrome
    byline: Ratio = field(default_factory=Ratio)
    byline_parts: dict[str, Ratio] = field(default_factory=lambda: {part: Ratio() for part in BYLINE_PARTS})
    byline_wrong: dict[str, Counter] = field(default_factory=lambda: {part: Counter() for part in BYLINE_PARTS})
    annotated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def scores(self) -> dict[str, float | None]:
        """Flat metric names -> value; a task no gold file annotates is None (not measured)."""
        flat: dict[str, float | None] = {}
        if self.annotated["entities"]:
            strict, lenient = self.entities.strict_micro, self.entities.lenient
            flat |= prf("entities.strict", strict) | prf("entities.lenient", lenient)
            for label in ENTITY_LABELS:
                flat |= prf(f"entities.{label}", self.entities.strict[label]) if label in self.entities.strict else {}
                if label in self.entities.canonical:
                    flat[f"entities.canonical.{label}"] = self.entities.canonical[label].value
        if self.annotated["quotes"]:
            flat |= prf("quotes.detection", self.quotes.detection) | prf("quotes.e2e", self.quotes.e2e)
            flat["quotes.attribution"] = self.quotes.attribution.value
        if self.annotated["indirect_quotes"]:
            indirect = self.indirect_quotes
            flat |= prf("quotes.indirect.detection", indirect.detection) | prf("quotes.indirect.e2e", indirect.e2e)
            flat["quotes.indirect.attribution"] = indirect.attribution.value
        if self.annotated["enumerations"]:
            e = self.enumerations
            flat |= prf("enumerations.items", e.items)
            flat |= {"enumerations.lists.found": e.lists_found.value, "enumerations.lists.count": e.count.value,
                     "enumerations.lists.complete": e.complete.value, "enumerations.lists.refers_to": e.refers_to.value}
        flat["dedup.accuracy"] = self.dedup.value
        flat["roles.accuracy"] = self.roles.value
        flat["roles.chrome.accuracy"] = self.chrome.value
        flat["roles.chrome.clean"] = self.outside_chrome.value
        flat["byline.exact"] = self.byline.value
        flat |= {f"byline.{part}": ratio.value for part, ratio in self.byline_parts.items()}
        return flat

    def metric(self, name: str) -> float | None:
        """A metric by full name or by task name (``quotes`` -> ``quotes.e2e.f1``)."""
        check_metric_names([name])
        return self.scores.get(HEADLINE_METRICS.get(name, name))

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
                "indirect_quotes": self.indirect_quotes.as_dict(),
                "enumerations": self.enumerations.as_dict(),
                "dedup": self.dedup.as_dict(),
                "roles": self.roles.as_dict(),
                "role_confusions": [{"gold": gold, "predicted": got, "paragraphs": n}
                                    for (gold, got), n in sorted(self.role_confusions.items(), key=lambda kv: (-kv[1], str(kv[0])))],
                "chrome": self.chrome.as_dict(),
                "outside_chrome": self.outside_chrome.as_dict(),
                "byline": self.byline.as_dict(),
                "byline_parts": {part: ratio.as_dict() for part, ratio in self.byline_parts.items()},
                "byline_wrong": {part: {kind: wrong[kind] for kind in DISAGREEMENTS} for part, wrong in self.byline_wrong.items()},
            },
            "annotated": dict(self.annotated),
            "findings": [asdict(f) for f in self.findings],
            "problems": self.problems,
        }


def known_metrics() -> list[str]:
    names = [f"{task}.{m}" for task in ("entities.strict", "entities.lenient", "quotes.detection", "quotes.e2e",
                                        "quotes.indirect.detection", "quotes.indirect.e2e", "enumerations.items")
             for m in ("precision", "recall", "f1")]
    names += [f"entities.{label}.{m}" for label in ENTITY_LABELS for m in ("precision", "recall", "f1")]
    names += [f"entities.canonical.{label}" for label in ENTITY_LABELS]
    names += ["quotes.attribution", "quotes.indirect.attribution", "roles.chrome.accuracy", "roles.chrome.clean", "enumerations.lists.found", "enumerations.lists.count", "enumerations.lists.complete",
              "enumerations.lists.refers_to", "dedup.accuracy", "roles.accuracy", "byline.exact"]
    names += [f"byline.{part}" for part in BYLINE_PARTS]
    return names


def check_metric_names(names: Iterable[str]) -> None:
    """Raise ``KeyError`` naming the first unknown metric (a typo in ``--fail-under`` or a floors file)."""
    known = set(known_metrics())
    for name in names:
        if HEADLINE_METRICS.get(name, name) not in known:
            raise KeyError(f"unknown metric {name!r}; a task ({', '.join(HEADLINE_METRICS)}) or one of {', '.join(sorted(known))}")


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
    if gold.annotates("indirect_quotes"):
        result.annotated["indirect_quotes"] += 1
        scores, findings = score_quotes(expected["quotes"], predicted.get("quotes", []), doc_id, kind="indirect")
        result.indirect_quotes += scores
        result.findings += findings
    if gold.annotates("enumerations"):
        result.annotated["enumerations"] += 1
        scores, findings = score_enumerations(expected["enumerations"], predicted.get("enumerations", []), doc_id)
        result.enumerations += scores
        result.findings += findings
    if gold.annotates("paragraphs"):
        roles, chrome, findings = score_roles(expected, predicted, doc_id)
        result.roles += roles
        result.chrome += chrome
        result.role_confusions += role_confusions(expected, predicted)
        result.findings += findings
        outside, findings = score_extraction_in_chrome(expected, predicted, doc_id)
        result.outside_chrome += outside
        result.findings += findings
    for task, scorer, target in (("duplicates", score_dedup, result.dedup), ("byline", score_byline, result.byline)):
        if gold.annotates(task):
            ratio, findings = scorer(expected, predicted, doc_id)
            target += ratio
            result.findings += findings
    if gold.annotates("byline"):
        for part, wrong in score_byline_parts(expected, predicted).items():
            result.byline_parts[part].add(wrong is None)
            if wrong:
                result.byline_wrong[part][wrong] += 1


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


def evaluate_paths(predictions: str | Path, *gold: str | Path) -> Evaluation:
    """Score a ``kornews run`` output against the gold files at one or more paths."""
    return evaluate(load_predictions(Path(predictions)), [g for path in gold for g in load_gold(Path(path))])


def group_key(record: dict, key: str) -> str:
    """The group of a record for ``--by KEY``: ``source`` is the input file it came from (its stem,
    ``naver_crawl_enumerations``); any other key is a metadata field (``publisher``, ``host``)."""
    if key == "source":
        return Path(record.get("source", {}).get("path") or "unknown").stem
    value = record.get("metadata", {}).get(key)
    return "(none)" if value is None else str(value)


def evaluate_by(predictions: dict[str, dict], golds: Iterable[Gold], key: str) -> dict[str, Evaluation]:
    """One evaluation per group of articles (see :func:`group_key`); gold without a prediction is ``(missing)``."""
    groups: dict[str, list[Gold]] = defaultdict(list)
    for gold in golds:
        record = predictions.get(gold.doc_id)
        groups[group_key(record, key) if record is not None else "(missing)"].append(gold)
    return {group: evaluate(predictions, members) for group, members in sorted(groups.items())}


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


def read_floors(path: Path, table: str = "floors") -> dict[str, float]:
    """A table of a floors TOML file (``corpus/gold/floors.toml``): metric name -> floor."""
    floors = tomllib.loads(Path(path).read_text(encoding="utf-8")).get(table)
    if not isinstance(floors, dict) or not all(isinstance(v, int | float) for v in floors.values()):
        raise ValueError(f"{path}: expected a [{table}] table of metric = number")
    return {name: float(value) for name, value in floors.items()}
