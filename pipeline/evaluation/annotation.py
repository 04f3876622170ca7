"""Readers' annotations: what an annotator writes by hand, anchored to offsets in the article's text.

An annotator reads a packet, the article's cleaned text as numbered paragraphs, and writes a JSON file
that names spans by paragraph and words instead of offsets, which nobody counts by hand::

    {"doc_id": "…", "annotator": "A",
     "roles": ["headline", "lead", "body", "byline"],
     "byline": {"reporters": [{"name": "홍길동", "email": "hong@kyeongin.com"}], "publisher": "경인일보"},
     "quotes": [{"kind": "direct", "p": 2, "text": "함께 가겠다", "speaker": {"name": "김동연", "role": "지사",
                 "mention": "김동연"}, "verb": "말했다", "attribution": "explicit"}],
     "enumerations": [{"id": 0, "p": 1, "items": ["AI 협력", "청년 교류"], "count": "8개 과제",
                       "announced_count": 8, "count_noun": "과제", "complete": false, "kind": "agreement",
                       "refers_to": 1}],
     "entities": [{"p": 0, "text": "김동연", "label": "PS", "canonical": "김동연"}]}

:func:`anchor` finds each span: ``text`` in paragraph ``p`` (its ``nth`` occurrence there, 1 by
default; entities of a paragraph in reading order, each after the one before it); list items one
after another from paragraph ``p`` on, and ``count`` right after the last item; a speaker's
``mention`` in paragraph ``mention_p`` (default ``p``), ``mention_nth``. What cannot be found is a
problem named with its place in the file, so the annotator can fix it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pipeline.evaluation.gold import stand_off, text_sha256
from pipeline.record import ENTITY_LABELS, PARAGRAPH_ROLES, SCHEMA_VERSION

QUOTE_KINDS = ("direct", "indirect")
ATTRIBUTIONS = ("explicit", "carried", "pronoun", "unresolved")
LIST_KINDS = ("agreement", "list")
# Keys of a reader's annotation -> the task names a gold file's annotation lists.
TASKS = (("roles", "paragraphs"), ("byline", "byline"), ("quotes", "quotes"), ("enumerations", "enumerations"),
         ("entities", "entities"))
COUNT_REACH = 40  # characters after the last item within which its count phrase must start


@dataclass
class Packet:
    """What an annotator reads: an article's cleaned text cut into its kept paragraphs."""

    doc_id: str
    text: str
    paragraphs: list[dict[str, int]]  # start, end, source_index of each kept paragraph
    source: str = ""  # the input file or set the article comes from

    def paragraph(self, number: int) -> tuple[int, int]:
        found = self.paragraphs[number]
        return found["start"], found["end"]

    def readable(self) -> str:
        lines = [f"# {self.doc_id}", ""]
        lines += [f"[{number}] {self.text[p['start']:p['end']]}" for number, p in enumerate(self.paragraphs)]
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "source": self.source, "text": self.text, "paragraphs": self.paragraphs}

    @classmethod
    def of(cls, data: dict[str, Any]) -> Packet:
        return cls(data["doc_id"], data["text"], data["paragraphs"], data.get("source", ""))


@dataclass
class Anchored:
    """An annotation with offsets: the gold it makes (span texts included) and what could not be found."""

    gold: dict[str, Any]
    problems: list[str] = field(default_factory=list)

    def stand_off(self) -> dict[str, Any]:
        """The gold as a stand-off file: offsets and names only (see :func:`~pipeline.evaluation.gold.stand_off`)."""
        return stand_off(self.gold, self.gold["text"])

    def as_record(self) -> dict[str, Any]:
        """The gold shaped as a pipeline record, to score one annotator against another."""
        record = json.loads(json.dumps(self.gold))
        record.setdefault("paragraphs", [])
        record.setdefault("duplicates", [])
        record.setdefault("byline", None)
        record["source"] = {"path": self.gold.get("source", "")}
        for quote in record.get("quotes", []):
            if quote.get("speaker"):
                quote["speaker"].setdefault("mention", None)
        return record


def anchor(annotation: dict[str, Any], packet: Packet) -> Anchored:
    """The annotation's spans as offsets into the packet's text."""
    finder = _Finder(packet)
    gold: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "doc_id": packet.doc_id, "text": packet.text}
    if packet.source:
        gold["source"] = packet.source  # the input file it was drawn from, for scores and counts per source
    if annotation.get("doc_id") != packet.doc_id:
        finder.problem("doc_id", f"{annotation.get('doc_id')!r} is not the packet's {packet.doc_id!r}")
    tasks = [task for key, task in TASKS if key in annotation]
    tasks += ["indirect_quotes"] if "quotes" in annotation else []
    gold["annotation"] = {"guideline": "corpus/gold/GUIDELINES.md", "tasks": tasks} | {
        key: annotation[key] for key in ("annotator", "annotators", "note") if key in annotation}
    if "roles" in annotation:
        gold["paragraphs"] = finder.roles(annotation["roles"])
    if "byline" in annotation:
        gold["byline"] = finder.byline(annotation["byline"])
    if "quotes" in annotation:
        gold["quotes"] = [q for i, raw in enumerate(annotation["quotes"]) if (q := finder.quote(raw, f"quotes[{i}]"))]
    if "enumerations" in annotation:
        gold["enumerations"] = [e for i, raw in enumerate(annotation["enumerations"])
                                if (e := finder.enumeration(raw, f"enumerations[{i}]"))]
        finder.check_links(gold["enumerations"])
    if "entities" in annotation:
        gold["entities"] = finder.entities(annotation["entities"])
    gold["text_sha256"] = text_sha256(packet.text)
    return Anchored(gold, finder.problems)


class _Finder:
    def __init__(self, packet: Packet) -> None:
        self.packet = packet
        self.text = packet.text
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{self.packet.doc_id}: {where}: {message}")

    def paragraph(self, number: Any, where: str) -> tuple[int, int] | None:
        if not isinstance(number, int) or not 0 <= number < len(self.packet.paragraphs):
            self.problem(where, f"paragraph {number!r} does not exist (0 to {len(self.packet.paragraphs) - 1})")
            return None
        return self.packet.paragraph(number)

    def find(self, words: Any, paragraph: Any, where: str, *, nth: Any = 1, after: int | None = None,
             within_paragraph: bool = True) -> tuple[int, int] | None:
        """``words`` in paragraph ``paragraph`` (its ``nth`` occurrence, or the first after ``after``)."""
        bounds = self.paragraph(paragraph, where)
        if bounds is None:
            return None
        if not isinstance(words, str) or not words:
            self.problem(where, "no words given")
            return None
        start, end = bounds
        limit = end if within_paragraph else len(self.text)
        position = max(start, after) if after is not None else start
        count = nth if after is None else 1
        if not isinstance(count, int) or count < 1:
            self.problem(where, f"nth must be 1 or more, not {count!r}")
            return None
        for _ in range(count):
            found = self.text.find(words, position, limit)
            if found < 0:
                where_said = f"paragraph {paragraph}" + (" after the previous span" if after is not None else "")
                self.problem(where, f"{words!r} not found in {where_said}" + (f" ({count} times)" if count > 1 else ""))
                return None
            position = found + 1
        return found, found + len(words)

    def roles(self, roles: Any) -> list[dict[str, Any]]:
        if not isinstance(roles, list) or len(roles) != len(self.packet.paragraphs):
            self.problem("roles", f"{len(roles) if isinstance(roles, list) else 'no'} roles for {len(self.packet.paragraphs)} paragraphs")
            return []
        paragraphs = []
        for number, (role, paragraph) in enumerate(zip(roles, self.packet.paragraphs)):
            if role not in PARAGRAPH_ROLES:
                self.problem(f"roles[{number}]", f"{role!r} is not one of {', '.join(PARAGRAPH_ROLES)}")
            paragraphs.append({"start": paragraph["start"], "end": paragraph["end"], "role": role,
                               "source_index": paragraph["source_index"]})
        if sum(role == "headline" for role in roles) > 1:
            self.problem("roles", "more than one headline")
        return paragraphs

    def byline(self, byline: Any) -> dict[str, Any] | None:
        if byline is None:
            return None
        if not isinstance(byline, dict) or not isinstance(byline.get("reporters", []), list):
            self.problem("byline", 'expected null or {"reporters": [{"name", "email"}], "publisher"}')
            return None
        reporters = [{"name": r.get("name"), "email": r.get("email")} for r in byline.get("reporters", []) if isinstance(r, dict)]
        return {"reporters": reporters, "publisher": byline.get("publisher")}

    def quote(self, raw: dict[str, Any], where: str) -> dict[str, Any] | None:
        kind = raw.get("kind", "direct")
        if kind not in QUOTE_KINDS:
            self.problem(where, f"kind {kind!r} is not one of {', '.join(QUOTE_KINDS)}")
        span = self.find(raw.get("text"), raw.get("p"), where, nth=raw.get("nth", 1), within_paragraph=False)
        if span is None:
            return None
        attribution = raw.get("attribution", "explicit")
        if attribution not in ATTRIBUTIONS:
            self.problem(where, f"attribution {attribution!r} is not one of {', '.join(ATTRIBUTIONS)}")
        quote = {"kind": kind, "start": span[0], "end": span[1], "text": self.text[span[0]:span[1]],
                 "speaker": self.speaker(raw.get("speaker"), raw.get("p"), where), "verb": raw.get("verb"),
                 "attribution": attribution}
        if raw.get("optional"):
            quote |= {"optional": True, "note": raw.get("note", "")}
        return quote

    def speaker(self, raw: Any, paragraph: Any, where: str) -> dict[str, Any] | None:
        if raw is None:
            return None
        if not isinstance(raw, dict) or not raw.get("name"):
            self.problem(f"{where}.speaker", "expected null or an object with a name")
            return None
        speaker = {"name": raw["name"], "role": raw.get("role"), "affiliation": raw.get("affiliation"), "start": None, "end": None}
        if raw.get("mention"):
            span = self.find(raw["mention"], raw.get("mention_p", paragraph), f"{where}.speaker.mention", nth=raw.get("mention_nth", 1))
            if span is not None:
                speaker |= {"mention": raw["mention"], "start": span[0], "end": span[1]}
        return speaker

    def enumeration(self, raw: dict[str, Any], where: str) -> dict[str, Any] | None:
        items, after = [], None
        for index, words in enumerate(raw.get("items") or []):
            span = self.find(words, raw.get("p"), f"{where}.items[{index}]", nth=raw.get("nth", 1) if after is None else 1,
                             after=after, within_paragraph=False)
            if span is None:
                return None
            items.append({"start": span[0], "end": span[1], "text": words})
            after = span[1]
        if not items:
            self.problem(where, "no items")
            return None
        end = items[-1]["end"]
        if raw.get("count"):
            found = self.text.find(raw["count"], end, end + COUNT_REACH + len(raw["count"]))
            if found < 0:
                self.problem(f"{where}.count", f"{raw['count']!r} not found within {COUNT_REACH} characters after the last item")
            else:
                end = found + len(raw["count"])
        if raw.get("kind", "list") not in LIST_KINDS:
            self.problem(where, f"kind {raw.get('kind')!r} is not one of {', '.join(LIST_KINDS)}")
        announced = raw.get("announced_count")
        complete = raw.get("complete", announced is not None and announced == len(items))
        found = {"id": raw.get("id"), "start": items[0]["start"], "end": end, "kind": raw.get("kind", "list"),
                 "announced_count": announced, "count_noun": raw.get("count_noun"), "complete": complete,
                 "items": items, "refers_to": raw.get("refers_to"), "parent": raw.get("parent")}
        if raw.get("optional"):
            if not raw.get("note"):
                self.problem(where, "optional needs a note")
            found |= {"optional": True, "note": raw.get("note", "")}
        return found

    def check_links(self, lists: list[dict[str, Any]]) -> None:
        ids = [lst["id"] for lst in lists]
        if len(set(ids)) != len(ids) or not all(isinstance(i, int) for i in ids):
            self.problem("enumerations", f"ids must be distinct integers, found {ids}")
        for lst in lists:
            for link in ("refers_to", "parent"):
                if lst[link] is not None and lst[link] not in ids:
                    self.problem(f"enumerations id {lst['id']}", f"{link} {lst[link]!r} is not a list id")

    def entities(self, raw: Any) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        previous_end: dict[int, int] = {}  # paragraph -> end of its last entity
        for index, entity in enumerate(raw if isinstance(raw, list) else []):
            where = f"entities[{index}]"
            paragraph = entity.get("p")
            explicit = "nth" in entity
            span = self.find(entity.get("text"), paragraph, where, nth=entity.get("nth", 1),
                             after=None if explicit else previous_end.get(paragraph))
            if span is None:
                continue
            previous_end[paragraph] = span[1]
            labels = [entity.get("label"), *entity.get("alt_labels", [])]
            if any(label not in ENTITY_LABELS for label in labels):
                self.problem(where, f"labels {labels} are not all among {' '.join(ENTITY_LABELS)}")
            item = {"start": span[0], "end": span[1], "text": entity["text"], "label": entity.get("label"),
                    "canonical": entity.get("canonical") or entity["text"]}
            for key in ("alt_labels", "optional", "note", "role"):
                if entity.get(key):
                    item[key] = entity[key]
            if (item.get("optional") or item.get("alt_labels")) and not item.get("note"):
                self.problem(where, "optional or alt_labels need a note")
            found.append(item)
        return sorted(found, key=lambda e: (e["start"], e["end"]))
