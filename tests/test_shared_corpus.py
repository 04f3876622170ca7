"""The real scraped articles of ../shared: every one processed, every span exact, schema valid, exported as Parquet tables that DuckDB reads with every row."""

import json

import jsonschema
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.record import record_schema
from pipeline.record.offsets import chrome_extractions, entity_overlaps, offset_errors
from tests.test_parquet import check_tables


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
        assert entity_overlaps(record) == [], record["doc_id"]
        assert chrome_extractions(record) == [], record["doc_id"]
        validator.validate(record)
    exported = CliRunner().invoke(app, ["export", str(out), "--to", "parquet", str(tmp_path / "tables")])
    assert exported.exit_code == 0, exported.output
    check_tables(tmp_path / "tables", records)
