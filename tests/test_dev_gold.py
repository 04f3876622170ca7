"""The development set: stand-off gold for ../shared/corpus/news articles, scored against floors.

The gold (corpus/gold/shared) holds offsets and names only; the articles are read from ../shared, and
the test skips where it is absent.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from pipeline.evaluation.evaluate import evaluate
from pipeline.evaluation.gold import load_gold
from pipeline.io.reader import FieldNames, InputReader
from pipeline.record import Article
from pipeline.stages import process

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"


@pytest.fixture(scope="module")
def dev_evaluation(shared_news):
    golds = load_gold(GOLD / "shared")
    wanted = {gold.doc_id for gold in golds}
    predictions = {}
    for item in InputReader(FieldNames()).read([str(shared_news)]):
        if isinstance(item, Article) and item.doc_id in wanted:
            result = process(item)
            assert isinstance(result, Article), result
            predictions[result.doc_id] = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    return evaluate(predictions, golds)


def test_the_development_set_is_big_enough_and_anchored(dev_evaluation):
    assert len(dev_evaluation.documents) >= 20
    assert dev_evaluation.problems == []
    files = {doc.split("/")[0] for doc in dev_evaluation.documents}
    assert len(files) == 4, files


def test_development_scores_meet_their_floors(dev_evaluation):
    floors = tomllib.loads((GOLD / "floors.toml").read_text(encoding="utf-8"))["shared"]
    failures = dev_evaluation.below(floors)
    misses = [f"{f.task} {f.kind} {f.doc_id}@{f.start}: {f.detail}" for f in dev_evaluation.findings if f.task == "quotes"]
    assert failures == [], misses
