"""What the extractors find, as frozen dataclasses: entities, mentions, quotes, lists and warnings.

Every ``start``/``end`` indexes the record's ``text``. Fields are declared in the order they are
written; a field marked :data:`OMITTED_WHEN_NONE` is left out of the JSON when it is None (an
entity's ``role`` is there only for a person with a stated title). A stage that refines a span makes
a new one with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OMITTED_WHEN_NONE = {"omit_none": True}
ENTITY_LABELS = ("PS", "LC", "OG", "DT", "TI", "QT")  # KLUE's six
TIME_LABELS = ("DT", "TI")  # dates and times


REPORTER_ROLE = "reporter"  # an entity's role when it names the article's reporter


@dataclass(frozen=True, slots=True)
class Entity:
    """``김동연`` PS, canonical 김동연, role 지사, found by the model."""

    start: int
    end: int
    text: str
    label: str  # PS LC OG DT TI QT
    canonical: str
    source: str  # model, rule, gazetteer, byline
    role: str | None = field(default=None, metadata=OMITTED_WHEN_NONE)
    kind: str | None = field(default=None, metadata=OMITTED_WHEN_NONE)  # a government's level
    parent: str | None = field(default=None, metadata=OMITTED_WHEN_NONE)  # its metropolitan government
    ambiguous: bool | None = field(default=None, metadata=OMITTED_WHEN_NONE)  # a shared name the article does not settle

    @property
    def is_reporter(self) -> bool:
        """One of the byline's reporters, who write the article's quotes rather than say them."""
        return self.role == REPORTER_ROLE

    @property
    def is_time(self) -> bool:
        """A date or a time (DT, TI): when something happened, never part of a name or a speaker's phrase."""
        return self.label in TIME_LABELS


@dataclass(frozen=True, slots=True)
class Mention:
    """A canonical entity once per article: how often it is mentioned and the role first stated."""

    canonical: str
    label: str
    count: int
    role: str | None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote: a canonical name or an unnamed speaker's noun phrase (도 관계자), their stated
    role and affiliation (추민완 국민의힘 중앙선거본부 수석대변인: role 수석대변인, affiliation 국민의힘
    중앙선거본부), and the words that name them there (``mention`` and its span; None when carried over)."""

    name: str
    mention: str | None
    role: str | None
    affiliation: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote (``kind`` direct: the words between quotation marks) or an indirect one (reported
    speech: the clause before a quotative ending, ``…늘리겠다|고 말했다``)."""

    start: int
    end: int
    text: str
    kind: str  # direct, indirect
    speaker: Speaker | None
    speaker_reason: str | None  # why the speaker is None: no_candidate, weak_evidence, ambiguous
    verb: str | None
    attribution: str  # explicit, carried, pronoun, unresolved
    utterance: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    text: str
    matches: int | None = field(default=None, metadata=OMITTED_WHEN_NONE)  # in a partial list: the item it summarises


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text: a list's introduction (the sentence or line that says what it lists)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Enumeration:
    id: int
    start: int
    end: int
    kind: str  # agreement, list
    announced_count: int | None
    count_noun: str | None
    complete: bool | None  # the items make the announced count; None when no count is announced
    items: tuple[Item, ...]
    refers_to: int | None = None  # in a partial list: the id of the complete list it summarises
    form: str = "comma"  # how it is written: comma, bullets, numbered, dashes
    intro: Span | None = None  # the sentence or line that introduces it (합의문에는 … 담겼다)
    parent: int | None = None  # a list inside an item of another list: that list's id


@dataclass(frozen=True, slots=True)
class Warning:
    """Something in the article that does not add up, e.g. ``code`` ``count_mismatch``: a list of 4
    items announced as 3. ``start``/``end`` locate it in the text."""

    code: str
    start: int
    end: int
    message: str
