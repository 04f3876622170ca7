"""The gold over ../shared: 150+ articles by two annotators, a development split and a sealed test split.

The gold (corpus/gold/shared/{dev,test}) holds offsets and names only; the articles are read from
../shared, and the tests skip where it is absent. The test split is scored in aggregate only: a
failure names the metrics below their floors, never a test article's misses.
"""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path

import pytest

from pipeline.evaluation.evaluate import evaluate
from pipeline.evaluation.gold import Gold, load_gold, text_sha256
from pipeline.io.reader import FieldNames, InputReader
from pipeline.record import Article
from pipeline.record.offsets import chrome_extractions, entity_overlaps, offset_errors
from pipeline.stages import process
from pipeline.stages.clean import clean
from pipeline.stages.dedup import dedup
from pipeline.stages.ingest import ingest
from tests.conftest import shared

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"
SPLITS = ("dev", "test")


@pytest.fixture(scope="module")
def golds() -> dict[str, list[Gold]]:
    return {split: load_gold(GOLD / "shared" / split) for split in SPLITS}


@pytest.fixture(scope="module")
def articles(golds) -> dict[str, Article]:
    """The gold articles as the reader gives them, from the news files and the scraped pages."""
    wanted = {gold.doc_id for split in SPLITS for gold in golds[split]}
    inputs = [str(shared("corpus/news")), str(shared("corpus/pages"))]
    return {item.doc_id: item for item in InputReader(FieldNames()).read(inputs) if isinstance(item, Article) and item.doc_id in wanted}


@pytest.fixture(scope="module")
def predictions(articles) -> dict[str, dict]:
    """The records the pipeline writes for the gold articles, news and scraped pages."""
    records = {}
    for doc_id, article in articles.items():
        result = process(copy.deepcopy(article))
        assert isinstance(result, Article), result
        records[doc_id] = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    return records


@pytest.fixture(scope="module")
def evaluations(golds, predictions) -> dict:
    return {split: evaluate(predictions, golds[split]) for split in SPLITS}


def test_every_record_of_a_page_holds_the_invariants(predictions):
    """Exact offsets, no overlapping entities and nothing taken from the chrome the record itself labels, on every gold
    article (the scraped pages are the ones with chrome)."""
    for doc_id, record in predictions.items():
        assert offset_errors(record) == [], doc_id
        assert entity_overlaps(record) == [], doc_id
        assert chrome_extractions(record) == [], doc_id


def test_the_gold_is_big_enough_and_split(golds):
    dev, test = golds["dev"], golds["test"]
    assert len(dev) + len(test) >= 150 and len(test) >= 60
    assert not {g.doc_id for g in dev} & {g.doc_id for g in test}
    pages = [g for g in dev + test if g.data.get("source") == "scraped_regional_pages"]
    assert len(pages) >= 40
    assert sum("entities" in g.data for g in dev + test) >= 50


def test_every_gold_file_is_anchored_to_its_article_in_shared(golds, articles):
    """Offsets and text_sha256 hold against the text the pipeline makes of each ../shared article."""
    for gold in golds["dev"] + golds["test"]:
        assert gold.doc_id in articles, f"{gold.path.name}: {gold.doc_id} is not in ../shared"
        text = dedup(clean(ingest(copy.deepcopy(articles[gold.doc_id])))).text
        assert text_sha256(text) == gold.text_sha256, f"{gold.path.name}: the article's text changed"
        assert offset_errors(gold.anchored(text)) == [], gold.path.name


def test_no_gold_file_quotes_its_article(golds, articles):
    """Stand-off: no string of a gold file is a sentence-length excerpt of the article (names aside)."""
    for gold in golds["dev"] + golds["test"]:
        text = dedup(clean(ingest(copy.deepcopy(articles[gold.doc_id])))).text
        notes = [n for _, span in gold.data.items() for n in _notes(span)]
        assert not [n for n in notes if len(n) >= 20 and n in text], gold.path.name


def _notes(value) -> list[str]:
    if isinstance(value, dict):
        return [n for key, v in value.items() for n in ([v] if key == "note" and isinstance(v, str) else _notes(v))]
    if isinstance(value, list):
        return [n for v in value for n in _notes(v)]
    return []


@pytest.mark.parametrize("split", SPLITS)
def test_scores_meet_their_floors(evaluations, split):
    floors = tomllib.loads((GOLD / "floors.toml").read_text(encoding="utf-8"))[split]
    result = evaluations[split]
    assert result.problems == []
    below = result.below(floors)
    if split == "dev":
        misses = [f"{f.task} {f.kind} {f.doc_id}@{f.start}: {f.detail}" for f in result.findings]
        assert below == [], misses
    assert below == []  # the sealed split: aggregate scores only
