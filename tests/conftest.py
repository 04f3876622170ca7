from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.driver import process
from pipeline.record import Article, ErrorRecord, Origin

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "raw" / "000_3b5ea9a6c37b76ec.txt"
SHARED = ROOT.parent / "shared"


def article_from(raw: bytes | str, doc_id: str = "test") -> Article:
    return Article(doc_id=doc_id, origin=Origin("<test>"), raw=raw)


def run_text(raw: bytes | str) -> Article:
    """Run every stage on one article written for the test; fail loudly on an error record."""
    result = process(article_from(raw))
    assert not isinstance(result, ErrorRecord), result
    return result


@pytest.fixture(scope="session")
def seed_record() -> dict:
    result = process(Article(doc_id=SEED.stem, origin=Origin(str(SEED)), raw=SEED.read_bytes()))
    assert not isinstance(result, ErrorRecord), result
    return json.loads(json.dumps(result.to_json(tokens=True), ensure_ascii=False))


@pytest.fixture(scope="session")
def shared_news() -> Path:
    news = SHARED / "corpus" / "news"
    if not news.is_dir():
        pytest.skip("../shared/corpus/news is absent (only on the development machine)")
    return news
