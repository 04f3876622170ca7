"""The article record: the one thing that flows through the stages.

Every ``start``/``end`` in a record is a Python string index into ``Article.text``;
``text[start:end]`` is the span's text. Stages keep that true after each step.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from pipeline.record.serialise import to_json
from pipeline.record.spans import Entity, Enumeration, Mention, Quote, Warning

_start = attrgetter("start")

SCHEMA_VERSION = "2.4"

PARAGRAPH_ROLES = ("headline", "lead", "subheadline", "body", "byline", "caption", "boilerplate")
CHROME = "boilerplate"  # page chrome and release furniture: nothing is extracted from it
HEADLINE_ROLES = ("headline", "subheadline")


@dataclass
class Source:
    path: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    format: str = "text"  # text, or html (a page whose main text trafilatura extracts)


DEFAULT_FOCUS = "balanced"  # of the HTML extractor: measured on ../shared/corpus/html, see the README


@dataclass
class Reading:
    """How to read an article's raw input, as the reader learnt it: not part of the record.

    ``charset`` is what the transport declared (a WARC response's ``Content-Type``); ``focus`` is the
    HTML extractor's trade-off (``kornews run --html-focus``).
    """

    charset: str | None = None
    focus: str = DEFAULT_FOCUS


@dataclass
class Paragraph:
    start: int
    end: int
    role: str
    source_index: int

    @property
    def is_chrome(self) -> bool:
        return self.role == CHROME

    @property
    def is_headline(self) -> bool:
        """A headline or subheadline: a line that stands alone, no sentence of the text around it."""
        return self.role in HEADLINE_ROLES


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
    oov: bool = False  # a word kiwipiepy's dictionary does not hold: often a name (추민완)


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
        return {"reporters": to_json(self.reporters), "reporter": self.reporter, "email": self.email, "publisher": self.publisher}


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
    reading: Reading = field(default_factory=Reading)
    text: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    morphemes: list[Morpheme] = field(default_factory=list)
    byline: Byline | None = None
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def paragraph_at(self, position: int) -> Paragraph:
        """The paragraph holding the character at ``position``."""
        index = bisect.bisect_right(self.paragraphs, position, key=_start) - 1
        return self.paragraphs[max(index, 0)]

    def in_chrome(self, sentence: Sentence) -> bool:
        """Whether a sentence is page chrome, which no extractor reads."""
        return self.paragraphs[sentence.paragraph].is_chrome

    def to_json(self, *, tokens: bool = False) -> dict[str, Any]:
        """The record as written to JSONL (schema ``pipeline/schema/record-v2.schema.json``)."""
        record: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "text": self.text,
            "metadata": self.metadata,
            "source": to_json(self.source),
            "paragraphs": to_json(self.paragraphs),
            "duplicates": to_json(self.duplicates),
            "sentences": to_json(self.sentences),
            "byline": self.byline.to_json() if self.byline else None,
            "entities": to_json(self.entities),
            "mentions": to_json(self.mentions),
            "quotes": to_json(self.quotes),
            "enumerations": to_json(self.enumerations),
            "warnings": to_json(self.warnings),
        }
        if tokens:
            record["tokens"] = to_json(self.morphemes)
        return record


@dataclass
class ErrorRecord:
    """An article that could not be processed: written to ``*.errors.jsonl``, never dropped."""

    source: str
    stage: str
    error: str
    doc_id: str | None = None
    line: int | None = None

    def to_json(self) -> dict[str, Any]:
        return to_json(self)


class ArticleError(ValueError):
    """Bad input for one article: the batch records it and goes on."""
