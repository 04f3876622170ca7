"""Records as tidy pandas DataFrames, for analysts who filter and join tables rather than walk JSON.

Each helper flattens one list of the record format (``pipeline/schema/record-v2.schema.json``) into a
frame with one row per element, keyed by ``doc_id`` and the element's position in its list (``entity``,
``quote``, ...), so frames join back on the record's own cross-references (a quote's ``sentence``, a
sentence's ``paragraph``, a list's ``refers_to``)::

    from pipeline.analysis import frames
    records = frames.load("outputs/corpus.jsonl")
    people = frames.entities(records).query("label == 'PS'")

Columns keep the record's field names, and ``start``/``end`` still index the record's ``text``.
Closed vocabularies (labels, roles, attribution, kind) are categoricals whose categories come from the
schema, so counts show the values that never occurred too; fields the schema allows to be null are
nullable integers and strings. Every frame is built once from a list of dicts, which keeps thousands
of records fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.evaluation import HEADLINE_METRICS, Evaluation, load_predictions
from pipeline.record import record_schema

Record = Mapping[str, Any]
Records = Iterable[Record]


def load(path: str | Path) -> list[dict[str, Any]]:
    """The records of a ``kornews run`` output file, in file order."""
    return list(load_predictions(Path(path)).values())


def vocabulary(field: str, key: str) -> pd.CategoricalDtype:
    """The categorical dtype of ``field[].key`` from the schema's enum: one source of truth for the values."""
    properties = record_schema()["properties"][field]["items"]["properties"]
    return pd.CategoricalDtype(properties[key]["enum"])


def _frame(rows: list[dict[str, Any]], dtypes: Mapping[str, Any]) -> pd.DataFrame:
    """One DataFrame from all rows at once, with ``dtypes``' columns in its order, even when empty."""
    return pd.DataFrame.from_records(rows, columns=list(dtypes)).astype(dtypes)


def _span_columns(key: str) -> dict[str, str]:
    return {"doc_id": "string", key: "int64", "start": "int64", "end": "int64", "text": "string"}


COUNTED = ("paragraphs", "duplicates", "sentences", "entities", "quotes", "enumerations", "warnings")


def articles(records: Records) -> pd.DataFrame:
    """One row per record: byline, source, how many of each element it holds, and its metadata.

    The crawler's fields differ from source to source, so each becomes a ``metadata.<field>`` column
    (missing where a record lacks it) instead of a fixed set.
    """
    records = list(records)
    rows = [
        {
            "doc_id": r["doc_id"],
            "text": r["text"],
            "chars": len(r["text"]),
            "reporter": (r["byline"] or {}).get("reporter"),
            "email": (r["byline"] or {}).get("email"),
            "publisher": (r["byline"] or {}).get("publisher"),
            "source_path": r["source"]["path"],
            "encoding": r["source"]["encoding"],
            **{f"n_{key}": len(r[key]) for key in COUNTED},
        }
        for r in records
    ]
    dtypes = {"doc_id": "string", "text": "string", "chars": "int64", "reporter": "string", "email": "string",
              "publisher": "string", "source_path": "string", "encoding": "string"} | {f"n_{key}": "int64" for key in COUNTED}
    metadata = pd.DataFrame([r["metadata"] for r in records], index=range(len(records)))
    return pd.concat([_frame(rows, dtypes), metadata.add_prefix("metadata.")], axis=1)


def paragraphs(records: Records) -> pd.DataFrame:
    """One row per kept paragraph, with its text and role."""
    rows = [{"doc_id": r["doc_id"], "paragraph": i, "text": r["text"][p["start"] : p["end"]], **p}
            for r in records for i, p in enumerate(r["paragraphs"])]
    return _frame(rows, _span_columns("paragraph") | {"role": vocabulary("paragraphs", "role"), "source_index": "int64"})


def sentences(records: Records) -> pd.DataFrame:
    """One row per sentence, with its text and the index of its paragraph."""
    rows = [{"doc_id": r["doc_id"], "sentence": i, "text": r["text"][s["start"] : s["end"]], **s}
            for r in records for i, s in enumerate(r["sentences"])]
    return _frame(rows, _span_columns("sentence") | {"paragraph": "int64"})


def duplicates(records: Records) -> pd.DataFrame:
    """One row per removed paragraph; ``duplicate_of`` is the ``source_index`` of the kept one."""
    rows = [{"doc_id": r["doc_id"], **d} for r in records for d in r["duplicates"]]
    return _frame(rows, {"doc_id": "string", "source_index": "int64", "duplicate_of": "int64", "similarity": "float64", "text": "string"})


def entities(records: Records) -> pd.DataFrame:
    """One row per entity mention; ``role`` is a person's job title (or ``reporter``), missing for everyone
    else; ``kind`` and ``parent`` a government's level and province, ``ambiguous`` true for a shared name
    the article does not settle."""
    rows = [{"doc_id": r["doc_id"], "entity": i, **e} for r in records for i, e in enumerate(r["entities"])]
    for row in rows:
        row["ambiguous"] = row.get("ambiguous", False)
    return _frame(rows, _span_columns("entity") | {"label": vocabulary("entities", "label"), "canonical": "string",
                                                   "source": vocabulary("entities", "source"), "role": "string",
                                                   "kind": vocabulary("entities", "kind"), "parent": "string", "ambiguous": "bool"})


SPEAKER_FIELDS = ("name", "mention", "role", "affiliation", "start", "end")


def quotes(records: Records) -> pd.DataFrame:
    """One row per quote, direct or indirect (``kind``), the speaker's fields flattened to ``speaker_*``
    (all missing when unresolved, and ``speaker_reason`` says why)."""
    rows = [
        {"doc_id": r["doc_id"], "quote": i, **q, **{f"speaker_{key}": (q["speaker"] or {}).get(key) for key in SPEAKER_FIELDS}}
        for r in records
        for i, q in enumerate(r["quotes"])
    ]
    speaker = {"speaker_name": "string", "speaker_mention": "string", "speaker_role": "string",
               "speaker_affiliation": "string", "speaker_start": "Int64", "speaker_end": "Int64"}
    return _frame(rows, _span_columns("quote") | {"kind": vocabulary("quotes", "kind")} | speaker | {
        "speaker_reason": "string", "verb": "string", "attribution": vocabulary("quotes", "attribution"),
        "utterance": "int64", "sentence": "int64"})


def enumerations(records: Records) -> pd.DataFrame:
    """One row per list; ``enumeration`` is the record's list ``id``, which ``refers_to`` and ``parent``
    point at; ``intro`` is the text of the sentence or line that introduces it."""
    rows = [{"doc_id": r["doc_id"], "enumeration": e["id"], "text": r["text"][e["start"] : e["end"]], "n_items": len(e["items"]), **e,
             "intro": r["text"][e["intro"]["start"] : e["intro"]["end"]] if e.get("intro") else None}
            for r in records for e in r["enumerations"]]
    return _frame(rows, _span_columns("enumeration") | {"kind": vocabulary("enumerations", "kind"), "form": vocabulary("enumerations", "form"),
                                                        "announced_count": "Int64", "count_noun": "string", "complete": "boolean",
                                                        "n_items": "int64", "refers_to": "Int64", "parent": "Int64", "intro": "string"})


def items(records: Records) -> pd.DataFrame:
    """One row per list item; in a partial list ``matches`` is the ``item`` it matches in the list it refers to."""
    rows = [{"doc_id": r["doc_id"], "enumeration": e["id"], "item": i, **item}
            for r in records for e in r["enumerations"] for i, item in enumerate(e["items"])]
    return _frame(rows, {"doc_id": "string", "enumeration": "int64", "item": "int64", "start": "int64", "end": "int64",
                         "text": "string", "matches": "Int64"})


def warnings(records: Records) -> pd.DataFrame:
    """One row per warning: what does not add up in an article, and where (``count_mismatch`` at a list)."""
    rows = [{"doc_id": r["doc_id"], "warning": i, "text": r["text"][w["start"] : w["end"]], **w}
            for r in records for i, w in enumerate(r["warnings"])]
    return _frame(rows, _span_columns("warning") | {"code": vocabulary("warnings", "code"), "message": "string"})


def evaluation(result: Evaluation, floors: Mapping[str, float] | None = None) -> pd.DataFrame:
    """One row per metric of ``result.scores``: task, measure, value (NaN when not measured), floor.

    ``floors`` may name a task for its headline metric, as ``kornews evaluate --floors`` does.
    """
    floors = {HEADLINE_METRICS.get(name, name): floor for name, floor in (floors or {}).items()}
    headlines = set(HEADLINE_METRICS.values())
    rows = [
        {"metric": name, "task": name.split(".")[0], "measure": name.split(".", 1)[1], "value": value,
         "floor": floors.get(name), "headline": name in headlines}
        for name, value in result.scores.items()
    ]
    return _frame(rows, {"metric": "string", "task": pd.CategoricalDtype(tuple(HEADLINE_METRICS)), "measure": "string",
                         "value": "float64", "floor": "float64", "headline": "bool"})


def findings(result: Evaluation) -> pd.DataFrame:
    """One row per miss, spurious or wrong prediction of the evaluation."""
    return _frame([asdict(f) for f in result.findings],
                  {"task": "category", "doc_id": "string", "kind": "category", "text": "string",
                   "start": "Int64", "end": "Int64", "detail": "string"})
