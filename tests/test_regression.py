"""The regression gate: the pipeline's scores on the seed gold never drop below corpus/gold/floors.toml."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluation import read_floors
from pipeline.evaluation.evaluate import evaluate
from pipeline.evaluation.gold import load_gold

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"


def test_seed_scores_meet_their_floors(seed_record):
    floors = read_floors(GOLD / "floors.toml")
    assert floors, "floors.toml holds no floor"
    result = evaluate({seed_record["doc_id"]: seed_record}, load_gold(GOLD))
    assert result.documents == [seed_record["doc_id"]] and not result.problems
    assert result.below(floors) == [], [f"{f.task} {f.kind}: {f.text} {f.detail}" for f in result.findings]
