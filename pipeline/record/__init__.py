"""The record: the article as it flows through the stages, the spans they find, and its JSON form.

- :mod:`~pipeline.record.article`: the mutable :class:`Article` the stages fill, with its paragraphs,
  sentences and morphemes, and the :class:`ErrorRecord` an article becomes when it cannot be processed;
- :mod:`~pipeline.record.spans`: entities, quotes, lists and warnings as frozen dataclasses;
- :mod:`~pipeline.record.serialise`: :func:`to_json`, the one writer of every part;
- :mod:`~pipeline.record.offsets`: the offset invariant, checked on any JSON record.

Nothing here analyses text: this is the bottom layer, which every other package may import.
"""

import functools
import json
from importlib import resources
from typing import Any

from pipeline.record.article import (
    CHROME,
    PARAGRAPH_ROLES,
    SCHEMA_VERSION,
    Article,
    ArticleError,
    Byline,
    Duplicate,
    ErrorRecord,
    Morpheme,
    Origin,
    Paragraph,
    Reading,
    Reporter,
    Sentence,
    Source,
)
from pipeline.record.serialise import to_json
from pipeline.record.spans import (
    ENTITY_LABELS,
    REPORTER_ROLE,
    Entity,
    Enumeration,
    Span,
    Item,
    Mention,
    Quote,
    Speaker,
    Warning,
)

__all__ = [
    "CHROME", "ENTITY_LABELS", "PARAGRAPH_ROLES", "REPORTER_ROLE", "SCHEMA_VERSION", "Article", "ArticleError", "Byline", "Duplicate", "Entity", "Enumeration", "Span",
    "ErrorRecord", "Item", "Mention", "Morpheme", "Origin", "Paragraph", "Quote", "Reading", "Reporter", "Sentence", "Source",
    "Speaker", "Warning", "record_schema", "to_json",
]

SCHEMA_FILE = "record-v2.schema.json"


@functools.cache
def record_schema() -> dict[str, Any]:
    """The JSON Schema every output line follows (``pipeline/schema/record-v2.schema.json``)."""
    return json.loads(resources.files("pipeline").joinpath("schema", SCHEMA_FILE).read_text(encoding="utf-8"))
