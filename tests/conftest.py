from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline.record import Article, ErrorRecord, Origin
from pipeline.record.offsets import chrome_extractions, offset_errors
from pipeline.stages import process

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


def record_of(raw: bytes | str) -> dict:
    """The JSON record ``kornews run`` writes for one article written for the test; its offsets hold and nothing in it
    comes from page chrome."""
    record = json.loads(json.dumps(run_text(raw).to_json(), ensure_ascii=False))
    assert offset_errors(record) == [], offset_errors(record)
    assert chrome_extractions(record) == [], chrome_extractions(record)
    return record


@pytest.fixture(scope="session")
def seed_record() -> dict:
    result = process(Article(doc_id=SEED.stem, origin=Origin(str(SEED)), raw=SEED.read_bytes()))
    assert not isinstance(result, ErrorRecord), result
    return json.loads(json.dumps(result.to_json(tokens=True), ensure_ascii=False))


def shared(relative: str) -> Path:
    """A path under ``../shared``: the test skips where it is absent (a user's fresh clone), and fails
    where ``CI`` is set, so that a CI run without the data cannot pass quietly."""
    path = SHARED / relative
    if not path.exists():
        message = f"../shared/{relative} is absent (it is only on the development machine)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}, and CI is set: the shared-data tests must run in CI")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def shared_news() -> Path:
    return shared("corpus/news")
