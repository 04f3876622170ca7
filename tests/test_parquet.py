"""Parquet tables: what kornews export and run --format parquet write, read back with DuckDB as a user would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.analysis import frames
from pipeline.analysis.parquet import TABLES, export, schemas
from pipeline.cli.app import app
from tests.conftest import SEED

ROWS_PER_RECORD = {
    "paragraphs": "paragraphs", "sentences": "sentences", "duplicates": "duplicates", "entities": "entities",
    "quotes": "quotes", "enumerations": "enumerations", "warnings": "warnings",
}


def expected_rows(records: list[dict]) -> dict[str, int]:
    """How many rows each table must have, counted from the records themselves (not from the frames)."""
    counts = {table: sum(len(record[key]) for record in records) for table, key in ROWS_PER_RECORD.items()}
    counts["articles"] = len(records)
    counts["items"] = sum(len(lst["items"]) for record in records for lst in record["enumerations"])
    return counts


def duckdb_rows(directory: Path) -> dict[str, int]:
    with duckdb.connect() as connection:
        return {table: connection.execute(f"select count(*) from '{directory / table}.parquet'").fetchone()[0] for table in TABLES}


def check_tables(directory: Path, records: list[dict]) -> None:
    """Row counts against the records, one schema per table, doc_id keys that join back to articles."""
    assert duckdb_rows(directory) == expected_rows(records)
    for table, schema in schemas().items():
        written = pq.read_table(directory / f"{table}.parquet")
        assert written.schema.names == schema.names, table
        written.cast(schema)  # the same types (Parquet reads a dictionary of large strings back as strings)
    with duckdb.connect() as connection:
        for table in TABLES:
            orphans = connection.execute(
                f"select count(*) from '{directory / table}.parquet' t anti join '{directory}/articles.parquet' a using (doc_id)"
            ).fetchone()[0]
            assert orphans == 0, table


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run") / "seed.jsonl"
    result = CliRunner().invoke(app, ["run", str(SEED), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_export_writes_every_table_with_its_rows(seed_run, tmp_path):
    result = CliRunner().invoke(app, ["export", str(seed_run), "--to", "parquet", str(tmp_path / "tables")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in seed_run.read_text(encoding="utf-8").splitlines()]
    check_tables(tmp_path / "tables", records)
    assert not (tmp_path / "tables.partial").exists()


def test_tables_keep_the_frames_values_and_types(seed_run, tmp_path):
    records = [json.loads(line) for line in seed_run.read_text(encoding="utf-8").splitlines()]
    export(seed_run.read_text(encoding="utf-8").splitlines(), tmp_path / "tables")
    quotes = pq.read_table(tmp_path / "tables" / "quotes.parquet").to_pandas()
    expected = frames.quotes(records)
    assert quotes["text"].tolist() == expected["text"].tolist()
    assert str(quotes["attribution"].dtype) == "category"
    metadata = pq.read_table(tmp_path / "tables" / "articles.parquet").column("metadata").to_pylist()
    assert [json.loads(value) for value in metadata] == [record["metadata"] for record in records]


def test_row_groups_concatenate_to_the_same_tables(seed_run, tmp_path):
    """Records written a few at a time (as a long run does) give the same rows as all at once."""
    lines = seed_run.read_text(encoding="utf-8").splitlines() * 5
    export(lines, tmp_path / "one", row_group=1000)
    export(lines, tmp_path / "many", row_group=2)
    for table in TABLES:
        one, many = (pq.read_table(tmp_path / d / f"{table}.parquet") for d in ("one", "many"))
        assert one.equals(many), table
    assert pq.ParquetFile(tmp_path / "many" / "entities.parquet").num_row_groups == 3


def test_run_format_parquet_writes_what_export_writes(seed_run, tmp_path):
    result = CliRunner().invoke(app, ["run", str(SEED), "-o", str(tmp_path / "direct"), "--format", "parquet", "--quiet"])
    assert result.exit_code == 0, result.output
    export(seed_run.read_text(encoding="utf-8").splitlines(), tmp_path / "exported")
    for table in TABLES:
        direct, exported = (pq.read_table(tmp_path / d / f"{table}.parquet") for d in ("direct", "exported"))
        assert direct.equals(exported), table


def test_a_parquet_run_cannot_be_resumed(tmp_path):
    result = CliRunner().invoke(app, ["run", str(SEED), "-o", str(tmp_path / "t"), "--format", "parquet", "--resume", "--quiet"])
    assert result.exit_code == 2 and "cannot be resumed" in result.output
    assert not (tmp_path / "t").exists()


def test_a_failed_export_leaves_the_previous_tables(seed_run, tmp_path):
    export(seed_run.read_text(encoding="utf-8").splitlines(), tmp_path / "tables")
    before = (tmp_path / "tables" / "articles.parquet").read_bytes()
    with pytest.raises(json.JSONDecodeError):
        export([seed_run.read_text(encoding="utf-8").splitlines()[0], "{not json"], tmp_path / "tables")
    assert (tmp_path / "tables" / "articles.parquet").read_bytes() == before


def test_export_refuses_another_format(seed_run, tmp_path):
    result = CliRunner().invoke(app, ["export", str(seed_run), "--to", "csv", str(tmp_path / "t")])
    assert result.exit_code == 2 and "parquet" in result.output


def readme_queries() -> list[str]:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", readme, flags=re.S)


def test_the_readme_queries_run_on_the_tables(seed_run, tmp_path):
    export(seed_run.read_text(encoding="utf-8").splitlines(), tmp_path / "outputs" / "tables")
    queries = readme_queries()
    assert len(queries) == 3
    with duckdb.connect() as connection:
        connection.execute(f"set file_search_path = '{tmp_path}'")
        answers = [connection.execute(query).fetchall() for query in queries]
    assert ("경기도", "광주광역시", 1) in answers[1]  # the seed's two governments
    lists = frames.enumerations([json.loads(line) for line in seed_run.read_text(encoding="utf-8").splitlines()])
    assert answers[2][0][:2] == ("사항", (lists["count_noun"] == "사항").sum())  # the 8 agreement items and their repeats
