"""Every gold file is usable, and the seed gold says what a careful reader of the seed finds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline.gold import gold_problems

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


def test_seed_gold_quotes(seed_gold):
    quotes = seed_gold["quotes"]
    assert Counter(q["speaker"]["name"] for q in quotes) == {"김동연": 3, "강기정": 2}
    carried = [q for q in quotes if q["attribution"] == "carried"]
    assert len(carried) == 1 and seed_gold["text"][carried[0]["start"] - 6 : carried[0]["start"]] == '그러면서 "'


def test_seed_gold_lists(seed_gold):
    lists = {lst["id"]: lst for lst in seed_gold["enumerations"]}
    complete = [lst for lst in lists.values() if lst["complete"]]
    assert len(complete) == 1 and len(complete[0]["items"]) == 8 == complete[0]["announced_count"]
    partial = [lst for lst in lists.values() if not lst["complete"]]
    assert sorted(len(lst["items"]) for lst in partial) == [1, 3]
    assert all(lst["refers_to"] == complete[0]["id"] for lst in partial)
    for lst in partial:
        assert all(0 <= item["matches"] < 8 for item in lst["items"])


def test_seed_gold_entities_cover_every_label(seed_gold):
    labels = Counter(e["label"] for e in seed_gold["entities"] if not e.get("optional"))
    assert set(labels) == {"PS", "LC", "OG", "DT", "TI", "QT"}
    surname = [e for e in seed_gold["entities"] if e["text"] == "강"]
    assert surname and surname[0]["canonical"] == "강기정"
