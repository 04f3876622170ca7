"""Records as Parquet tables: the tidy frames of :mod:`pipeline.analysis.frames`, one file per table.

``kornews export OUT.jsonl --to parquet DIR`` and ``kornews run … --format parquet`` write
``DIR/articles.parquet``, ``DIR/paragraphs.parquet``, … with ``doc_id`` the key of every table. Each
table has one fixed schema, the frame's dtypes as Arrow types (closed vocabularies as dictionaries,
nullable integers and strings as nullable columns), so files written in row groups, chunk by chunk,
concatenate and load the same in DuckDB, Spark or pandas. An article's metadata differs from source
to source, so it is one JSON string column (``metadata``) rather than a column per field. Records
are buffered ``ROW_GROUP_RECORDS`` at a time, so memory stays flat however many are written; the
directory appears complete or not at all (written as ``DIR.partial`` and renamed).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.analysis import frames

ROW_GROUP_RECORDS = 1000


def _articles(records: frames.Records) -> pd.DataFrame:
    records = list(records)
    table = frames.articles(records)
    table = table[[column for column in table.columns if not column.startswith("metadata.")]].copy()
    table["metadata"] = pd.array([json.dumps(r["metadata"], ensure_ascii=False, sort_keys=True) for r in records], dtype="string")
    return table


TABLES: dict[str, Callable[[frames.Records], pd.DataFrame]] = {
    "articles": _articles,
    "paragraphs": frames.paragraphs,
    "sentences": frames.sentences,
    "duplicates": frames.duplicates,
    "entities": frames.entities,
    "quotes": frames.quotes,
    "enumerations": frames.enumerations,
    "items": frames.items,
    "warnings": frames.warnings,
}


def schemas() -> dict[str, pa.Schema]:
    """Each table's Arrow schema, from its frame with no rows (the dtypes are fixed there)."""
    return {name: pa.Schema.from_pandas(build([]), preserve_index=False) for name, build in TABLES.items()}


class ParquetTables:
    """Writes records into the tables of ``directory``, one row group per ``ROW_GROUP_RECORDS`` records.

    Use as a context manager; ``write(line)`` takes a record as its JSON line (what a run writes).
    """

    def __init__(self, directory: Path, row_group: int = ROW_GROUP_RECORDS) -> None:
        self.directory = Path(directory)
        self.partial = self.directory.with_name(self.directory.name + ".partial")
        self.row_group = row_group
        self.buffer: list[dict[str, Any]] = []
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.schemas = schemas()
        self.records = 0

    def __enter__(self) -> ParquetTables:
        shutil.rmtree(self.partial, ignore_errors=True)
        self.partial.mkdir(parents=True)
        self.writers = {name: pq.ParquetWriter(self.partial / f"{name}.parquet", schema) for name, schema in self.schemas.items()}
        return self

    def write(self, line: str) -> None:
        self.buffer.append(json.loads(line))
        if len(self.buffer) >= self.row_group:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        for name, build in TABLES.items():
            table = pa.Table.from_pandas(build(self.buffer), schema=self.schemas[name], preserve_index=False)
            self.writers[name].write_table(table)
        self.records += len(self.buffer)
        self.buffer = []

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.flush()
        for writer in self.writers.values():
            writer.close()
        if kind is None:  # only a finished run replaces the tables
            shutil.rmtree(self.directory, ignore_errors=True)
            self.partial.rename(self.directory)


def export(lines: Iterable[str], directory: Path, row_group: int = ROW_GROUP_RECORDS) -> int:
    """Write the records of ``lines`` (JSON lines) as Parquet tables in ``directory``; how many were written."""
    with ParquetTables(directory, row_group) as tables:
        for line in lines:
            if line.strip():
                tables.write(line)
    return tables.records
