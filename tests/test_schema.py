"""The record schema: the seed's record follows it, and records that break it are rejected."""

from __future__ import annotations

import copy

import jsonschema
import pytest

from pipeline.record import SCHEMA_VERSION, record_schema


@pytest.fixture(scope="module")
def validator():
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_seed_record_is_valid(seed_record, validator):
    validator.validate(seed_record)
    assert seed_record["schema_version"] == SCHEMA_VERSION == record_schema()["properties"]["schema_version"]["const"]


def broken(record: dict, change) -> dict:
    copied = copy.deepcopy(record)
    change(copied)
    return copied


MALFORMED = {
    "missing field": lambda r: r.pop("mentions"),
    "unknown field": lambda r: r.update(extra=1),
    "old schema version": lambda r: r.update(schema_version="1.0"),
    "warning as a string (1.0)": lambda r: r["warnings"].append("list at 3: 4 items listed, 3 announced"),
    "warning without a code": lambda r: r["warnings"].append({"start": 0, "end": 1, "message": "x"}),
    "unknown entity label": lambda r: r["entities"][0].update(label="PER"),
    "negative offset": lambda r: r["entities"][0].update(start=-1),
    "unknown paragraph role": lambda r: r["paragraphs"][0].update(role="footer"),
    "quote without a speaker field": lambda r: r["quotes"][0].pop("speaker"),
    "item without its text": lambda r: r["enumerations"][0]["items"][0].pop("text"),
}


@pytest.mark.parametrize("change", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_record_is_rejected(seed_record, validator, change):
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken(seed_record, change))
