"""Every gold file is usable, and the seed gold is anchored to the text the pipeline makes of the seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluation.gold import gold_problems

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"
GOLD_FILES = sorted(GOLD.rglob("*.gold.json"))
SEED_GOLD = GOLD / "000_3b5ea9a6c37b76ec.gold.json"


@pytest.fixture(scope="module")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_usable(path: Path):
    assert gold_problems(json.loads(path.read_text(encoding="utf-8"))) == []


def test_seed_gold_is_anchored_to_the_pipeline_text(seed_gold, seed_record):
    assert seed_gold["text"] == seed_record["text"]
