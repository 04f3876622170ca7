"""The real scraped articles of ../shared: every one processed, every span exact, schema valid."""

import json

import jsonschema
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.record import record_schema
from pipeline.record.offsets import offset_errors


def test_every_shared_article_is_processed_with_exact_offsets(shared_news, tmp_path):
    out = tmp_path / "news.jsonl"
    result = CliRunner().invoke(app, ["run", str(shared_news), "-o", str(out), "--tokens"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    inputs = sum(1 for path in shared_news.glob("*.jsonl") for line in path.open(encoding="utf-8") if line.strip())
    assert len(records) == inputs
    validator = jsonschema.Draft202012Validator(record_schema())
    for record in records:
        assert offset_errors(record) == [], record["doc_id"]
        validator.validate(record)
