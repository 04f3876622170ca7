"""The article record: the one thing that flows through the stages.

Every ``start``/``end`` in a record is a Python string index into ``Article.text``;
``text[start:end]`` is the span's text. Stages keep that true after each step.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

PARAGRAPH_ROLES = ("lead", "subheadline", "body", "byline", "caption", "boilerplate")


@dataclass
class Source:
    path: str | None = None
    sha256: str | None = None
    encoding: str | None = None


@dataclass
class Paragraph:
    start: int
    end: int
    role: str
    source_index: int


@dataclass
class Duplicate:
    """A source paragraph dropped as a repeat of an earlier one (``duplicate_of``)."""

    source_index: int
    duplicate_of: int
    similarity: float
    text: str


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)  # a record holds thousands: slots make them smaller and quicker to build
class Morpheme:
    """One kiwipiepy token; ``start``/``end`` index the record's text.

    Morphemes fused in the surface (했다 = 하+었+다) share the same span.
    """

    form: str
    tag: str
    start: int
    end: int
    sentence: int

    def to_json(self) -> dict[str, Any]:
        return {"form": self.form, "tag": self.tag, "start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Reporter:
    name: str | None
    email: str | None = None


@dataclass
class Byline:
    reporters: list[Reporter]
    publisher: str | None = None

    @property
    def reporter(self) -> str | None:
        return self.reporters[0].name if self.reporters else None

    @property
    def email(self) -> str | None:
        return self.reporters[0].email if self.reporters else None

    def to_json(self) -> dict[str, Any]:
        return {
            "reporters": [asdict(r) for r in self.reporters],
            "reporter": self.reporter,
            "email": self.email,
            "publisher": self.publisher,
        }


@dataclass
class Origin:
    """Where an input article came from, for error messages: a path and, for JSONL, a line."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass
class Article:
    doc_id: str
    origin: Origin
    raw: bytes | str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    source: Source = field(default_factory=Source)
    text: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    morphemes: list[Morpheme] = field(default_factory=list)
    byline: Byline | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    enumerations: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def to_json(self, *, tokens: bool = False) -> dict[str, Any]:
        """The record as written to JSONL (schema ``record-v1.schema.json``)."""
        record: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "text": self.text,
            "metadata": self.metadata,
            "source": _plain(self.source),
            "paragraphs": [_plain(p) for p in self.paragraphs],
            "duplicates": [_plain(d) for d in self.duplicates],
            "sentences": [_plain(s) for s in self.sentences],
            "byline": self.byline.to_json() if self.byline else None,
            "entities": self.entities,
            "mentions": self.mentions,
            "quotes": self.quotes,
            "enumerations": self.enumerations,
            "warnings": self.warnings,
        }
        if tokens:
            record["tokens"] = [morpheme.to_json() for morpheme in self.morphemes]
        return record


def _plain(item: Source | Paragraph | Duplicate | Sentence) -> dict[str, Any]:
    """``asdict`` for a dataclass of plain values, without its recursive deep copy (a record has
    hundreds of these: ``asdict`` made writing it cost a tenth of the rules' time)."""
    return dict(vars(item))


@dataclass
class ErrorRecord:
    """An article that could not be processed: written to ``*.errors.jsonl``, never dropped."""

    source: str
    stage: str
    error: str
    doc_id: str | None = None
    line: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class ArticleError(ValueError):
    """Bad input for one article: the batch records it and goes on."""
