"""Lists in real sentences: KLUE-NER news sentences with their enumerations (``corpus/gold/klue-lists/lists-dev.json`` and the sealed ``lists-test.json``),
items on exact offsets, scored like the articles' gold.

The sentences were drawn for lists and for what only looks like one: a count after 등 (people counted, breakdowns,
announced counts), a predicate presenting the items (``등이다``), bullets, and runs of commas closed by 등 inside a clause.
"""

from __future__ import annotations

from pipeline.evaluation.enumerations import score_enumerations
from pipeline.evaluation.evaluate import Evaluation
from pipeline.evaluation.klue_sentence_gold import SentenceGold

TASK = "enumerations"  # the gold's key


def evaluate_lists(predicted: dict[str, dict], golds: list[SentenceGold], texts: dict[str, str]) -> Evaluation:
    """The lists of every gold sentence against the predicted lists of its record, with the findings of
    ``kornews evaluate``."""
    result = Evaluation()
    for gold in golds:
        text = texts[gold.id]
        expected = [lst | {"items": [item | {"text": text[item["start"] : item["end"]]} for item in lst["items"]]} for lst in gold.annotations]
        result.documents.append(gold.id)
        result.annotated["enumerations"] += 1
        scores, findings = score_enumerations(expected, predicted.get(gold.id, {}).get("enumerations", []), gold.id)
        result.enumerations += scores
        result.findings += findings
    return result
