"""Label Studio round trip for gold files: :func:`task` makes an article a task in Label Studio's JSON import
format (the record as ``predictions``, the gold file as ``annotations``), :func:`labeling_config` is the
interface it needs, and :func:`~pipeline.evaluation.labelstudio_gold.gold_from_task` makes an exported task the
gold file that :func:`~pipeline.evaluation.gold.load_gold` reads (stand-off for ``../shared``). Paragraphs, entities, quotes,
speakers' words, lists and items are regions of ``text`` (Python string offsets): a quote points at its
speaker's words (``spoken by``), an item at its list (``item of``), a list at the list it ``refers to`` or is
``inside``. Other fields are per-region or article controls. What Label Studio does not show rides in the
task's ``data.gold``, which it exports unchanged, so a gold file comes back as it went: its other fields, their
order, paragraphs' ``source_index``, the gold's list ids, ``utterance`` and ``matches``, and the fields it leaves
out at their default.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from pipeline.evaluation.annotation import ATTRIBUTIONS, LIST_KINDS, QUOTE_KINDS, TASKS
from pipeline.evaluation.evaluate import group_key
from pipeline.evaluation.gold import Gold, GoldError, text_sha256
from pipeline.record import ENTITY_LABELS, PARAGRAPH_ROLES, SCHEMA_VERSION

TEXT = "text"  # the Text tag's name, and the task data field it shows
GUIDELINE = "corpus/gold/GUIDELINES.md"
CHECKABLE_TASKS = (*(task for _, task in TASKS), "indirect_quotes")  # in the order annotation.tasks lists them
EDITED_FIELDS = ("paragraphs", "byline", "quotes", "enumerations", "entities")  # what Label Studio makes of a gold file
FILE_ORDER = ("schema_version", "doc_id", "source", "annotation", "text", "paragraphs", "duplicates", "byline", "quotes",
              "enumerations", "entities", "text_sha256")
PARAGRAPH, ENTITY, QUOTE, SPEAKER, LIST, ITEM = "paragraph", "entity", "quote", "speaker", "list", "item"
REGION_LABELS = {PARAGRAPH: PARAGRAPH_ROLES, ENTITY: ENTITY_LABELS, QUOTE: QUOTE_KINDS, SPEAKER: (SPEAKER,), LIST: (LIST,), ITEM: (ITEM,)}
LABEL_FIELDS = {PARAGRAPH: "role", ENTITY: "label", QUOTE: "kind"}  # the gold field a region's label is
SECTIONS = {PARAGRAPH: "Paragraph roles", ENTITY: "Entities (KLUE)", QUOTE: "Quotes: point each quote at its speaker (spoken by)",
            LIST: "Lists, first item to count phrase: point each item at its list (item of)"}
SPOKEN_BY, ITEM_OF, REFERS_TO, INSIDE = "spoken by", "item of", "refers to", "inside"
RELATIONS = (SPOKEN_BY, ITEM_OF, REFERS_TO, INSIDE)
VALUE_KEYS = {"TextArea": "text", "Choices": "choices", "Number": "number"}


@dataclass(frozen=True)
class Control:
    """A control tag for one field of the gold; its results carry ``name`` as ``from_name``."""

    name: str
    tag: str  # TextArea, Choices or Number
    hint: str
    fills: str  # the gold field it holds (``speaker.name``: the quote's speaker's)
    choices: tuple[str, ...] = ()
    meaning: tuple[tuple[str, Any], ...] = ()  # choice -> the value it stands for, where not the choice itself
    default: Any = None  # what nothing entered means
    many: bool = False  # several entries or choices


FLAG_FIELDS = (Control("optional", "Choices", "Optional (say why in the note)", "optional", ("optional",), (("optional", True),), False),
               Control("note", "TextArea", "Note (for ../shared articles, never copy the article's words)", "note"))
PER_REGION = {
    ENTITY: (Control("canonical", "TextArea", "Canonical name (the full name a short mention stands for)", "canonical"),
             Control("entity_role", "TextArea", "Job title after a person's name", "role"),
             Control("alt_labels", "Choices", "Labels also accepted", "alt_labels", ENTITY_LABELS, many=True), *FLAG_FIELDS),
    QUOTE: (Control("speaker_name", "TextArea", "Speaker: canonical name or noun phrase; empty when nobody", "speaker.name"),
            Control("speaker_role", "TextArea", "Speaker's role", "speaker.role"),
            Control("speaker_affiliation", "TextArea", "Speaker's affiliation", "speaker.affiliation"),
            Control("verb", "TextArea", "Verb of saying", "verb"),
            Control("attribution", "Choices", "How the speaker is found", "attribution", ATTRIBUTIONS, default="explicit"),
            *FLAG_FIELDS),
    LIST: (Control("list_kind", "Choices", "Kind of list", "kind", LIST_KINDS, default="list"),
           Control("announced_count", "Number", "Announced count; empty when none", "announced_count"),
           Control("count_noun", "TextArea", "Count noun", "count_noun"),
           Control("complete", "Choices", "Do the items make the announced count? (neither when no count)", "complete",
                   ("complete", "incomplete"), (("complete", True), ("incomplete", False))), *FLAG_FIELDS),
}
ARTICLE_FIELDS = (
    Control("reporters", "TextArea", "Byline: one reporter a line, name <e-mail>", "reporters", many=True),
    Control("publisher", "TextArea", "Byline: publisher", "publisher"),
    Control("annotated", "Choices", "Tasks you annotated (ticked with nothing marked: none)", "annotated", CHECKABLE_TASKS, many=True))
CONTROLS = {control.name: control for group in (*PER_REGION.values(), ARTICLE_FIELDS) for control in group}
# How a gold file writes each kind of object: its fields in order, and the fields it may leave out.
FIELD_ORDER = {
    PARAGRAPH: ("start", "end", "role", "source_index"),
    ENTITY: ("start", "end", "text", "label", "canonical", "alt_labels", "optional", "note", "role"),
    QUOTE: ("kind", "start", "end", "text", "speaker", "verb", "attribution", "utterance", "optional", "note"),
    SPEAKER: ("name", "mention", "role", "affiliation", "start", "end"),
    LIST: ("id", "start", "end", "kind", "announced_count", "count_noun", "complete", "items", "refers_to", "parent", "optional", "note"),
    ITEM: ("start", "end", "text", "matches"),
}
# Written only when they differ from what their absence means.
OPTIONAL_FIELDS = {(ENTITY, "alt_labels"): [], (ENTITY, "optional"): False, (ENTITY, "note"): None, (ENTITY, "role"): None,
                   (QUOTE, "utterance"): None, (QUOTE, "optional"): False, (QUOTE, "note"): None,
                   (LIST, "optional"): False, (LIST, "note"): None, (ITEM, "matches"): None}
# Always written, except by a file that leaves them out at this value (the seed's quotes have no kind).
DEFAULTED_FIELDS = {(QUOTE, "kind"): "direct", (SPEAKER, "mention"): None, (SPEAKER, "affiliation"): None,
                    (LIST, "refers_to"): None, (LIST, "parent"): None}
REPORTER = re.compile(r"(?P<name>[^<>]*?)\s*(?:<(?P<email>[^<>\s]+)>)?")


class LabelStudioError(GoldError):
    """A Label Studio task that cannot become a gold file; the message names the task and the region."""


def labeling_config() -> str:
    """The Label Studio labelling config (XML) the tasks of :func:`task` are made for."""
    view = ET.Element("View")
    for kind, labels in REGION_LABELS.items():
        if kind in SECTIONS:
            ET.SubElement(view, "Header", value=SECTIONS[kind])
        _values(ET.SubElement(view, "Labels", name=kind, toName=TEXT), "Label", labels)
    ET.SubElement(view, "Text", name=TEXT, value=f"${TEXT}")
    _values(ET.SubElement(view, "Relations"), "Relation", RELATIONS)
    groups = [(REGION_LABELS[kind], [c for c in controls if c not in FLAG_FIELDS]) for kind, controls in PER_REGION.items()]
    for labels, controls in [*groups, ([label for kind in PER_REGION for label in REGION_LABELS[kind]], FLAG_FIELDS)]:
        selected = ET.SubElement(view, "View", visibleWhen="region-selected", whenLabelValue=",".join(labels))
        for control in controls:
            _control_tag(selected, control, {"perRegion": "true"})
    ET.SubElement(view, "Header", value="The article")
    for control in ARTICLE_FIELDS:
        _control_tag(view, control, {})
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"


def _control_tag(parent: ET.Element, control: Control, attributes: dict[str, str]) -> None:
    ET.SubElement(parent, "Header", value=control.hint)
    attributes = {"name": control.name, "toName": TEXT} | attributes | {
        "Choices": {"choice": "multiple" if control.many else "single", "showInline": "true"},
        "TextArea": {"editable": "true"} | ({} if control.many else {"maxSubmissions": "1"}), "Number": {"min": "0"}}[control.tag]
    _values(ET.SubElement(parent, control.tag, attributes), "Choice", control.choices)


def _values(parent: ET.Element, tag: str, values: tuple[str, ...]) -> None:
    for value in values:
        ET.SubElement(parent, tag, value=value)


def task(doc_id: str, text: str, *, record: dict[str, Any] | None = None, gold: Gold | None = None,
         shared: bool = False, model_version: str = "kornews") -> dict[str, Any]:
    """One article as a Label Studio task: ``record`` (a ``kornews run`` line) as its prediction, ``gold``
    (anchored to ``text``) as its annotation. ``shared``: the article is from ``../shared``, so its gold
    comes back stand-off (as does a stand-off ``gold``)."""
    if gold is not None and (gold.doc_id, gold.text_sha256) != (doc_id, text_sha256(text)):
        raise GoldError(f"{gold.path}: not the gold of {doc_id!r}, or anchored to another text than the record's (sha256)")
    made: dict[str, Any] = {"data": {TEXT: text, "doc_id": doc_id, "gold": _carried(doc_id, record, gold, shared)}}
    if record is not None:
        made["predictions"] = [{"model_version": model_version, "result": _Results(text, "pred-", record).results}]
    if gold is not None:
        results = _Results(text, "gold-", gold.data | {"annotated": [t for t in CHECKABLE_TASKS if gold.annotates(t)]})
        made["annotations"] = [{"result": results.results}]
        made["data"]["gold"]["kept"] = results.kept
    return made


def _carried(doc_id: str, record: dict[str, Any] | None, gold: Gold | None, shared: bool) -> dict[str, Any]:
    """What the gold file needs that Label Studio does not show (``data.gold``)."""
    paragraphs = (gold.data.get("paragraphs") if gold else None) or (record or {}).get("paragraphs", [])
    carried = {"stand_off": shared or (gold is not None and gold.text is None), "kept": {},
               "paragraphs": [[p["start"], p["end"], p["source_index"]] for p in paragraphs]}
    if gold is None:
        file = {"schema_version": SCHEMA_VERSION, "doc_id": doc_id}
        if record is not None and (record.get("source") or {}).get("path"):
            file["source"] = group_key(record, "source")
        return carried | {"file": file | {"annotation": {"guideline": GUIDELINE}}, "keys": list(FILE_ORDER), "left_out": []}
    quotes = gold.data.get("quotes", [])
    objects = {QUOTE: quotes, SPEAKER: [q["speaker"] for q in quotes if q.get("speaker")], LIST: gold.data.get("enumerations", [])}
    return carried | {"file": {key: value for key, value in gold.data.items() if key not in (*EDITED_FIELDS, TEXT, "text_sha256")},
                      "keys": list(gold.data),
                      "left_out": [f"{kind}.{key}" for kind, key in DEFAULTED_FIELDS if any(key not in o for o in objects[kind])]}


class _Results:
    """The results of one annotation made of a gold file or a record (they share field names)."""

    def __init__(self, text: str, prefix: str, annotated: dict[str, Any]) -> None:
        self.text, self.prefix = text, prefix
        self.results: list[dict[str, Any]] = []
        self.kept: dict[str, dict[str, Any]] = {}  # region id -> the gold's fields Label Studio does not show
        for kind, field, local_id in ((PARAGRAPH, "paragraphs", "p"), (ENTITY, "entities", "e")):
            for index, found in enumerate(annotated.get(field, [])):
                self.region(f"{local_id}{index}", kind, found, found[LABEL_FIELDS[kind]])
        self.quotes(annotated.get("quotes", []))
        self.lists(annotated.get("enumerations", []))
        byline = annotated.get("byline") or {}
        reporters = [" ".join(p for p in (r.get("name"), r.get("email") and f"<{r['email']}>") if p) for r in byline.get("reporters", [])]
        values = {"reporters": reporters, "publisher": byline.get("publisher"), "annotated": annotated.get("annotated")}
        for control in ARTICLE_FIELDS:
            self.answer(self.prefix + control.name, control, values[control.fills], {})

    def region(self, local_id: str, kind: str, found: dict[str, Any], label: str, kept: dict[str, Any] | None = None) -> str:
        """A region, what its per-region controls hold, and what Label Studio does not show of it (``kept``)."""
        region_id, start, end = self.prefix + local_id, found["start"], found["end"]
        self.results.append({"id": region_id, "from_name": kind, "to_name": TEXT, "type": "labels",
                             "value": {"start": start, "end": end, "text": self.text[start:end], "labels": [label]}})
        for control in PER_REGION.get(kind, ()):
            self.answer(region_id, control, _field(found, control.fills), {"start": start, "end": end})
        if kept := {key: value for key, value in (kept or {}).items() if value is not None}:
            self.kept[region_id] = kept
        return region_id

    def answer(self, result_id: str, control: Control, value: Any, span: dict[str, Any]) -> None:
        entered = _entered(control, value)
        if entered is not None:
            self.results.append({"id": result_id, "from_name": control.name, "to_name": TEXT, "type": control.tag.lower(),
                                 "value": span | {VALUE_KEYS[control.tag]: entered}})

    def relation(self, source: str, target: str, label: str) -> None:
        self.results.append({"type": "relation", "from_id": source, "to_id": target, "direction": "right", "labels": [label]})

    def quotes(self, quotes: list[dict[str, Any]]) -> None:
        mentions: dict[tuple[int, int], str] = {}  # a speaker's words: one region for all the quotes they say
        for index, quote in enumerate(quotes):
            region_id = self.region(f"q{index}", QUOTE, quote, quote.get("kind") or "direct", {"utterance": quote.get("utterance")})
            speaker = quote.get("speaker") or {}
            if speaker.get("start") is not None:
                span = (speaker["start"], speaker["end"])
                mentions[span] = mentions.get(span) or self.region(f"s{len(mentions)}", SPEAKER, speaker, SPEAKER)
                self.relation(region_id, mentions[span], SPOKEN_BY)

    def lists(self, lists: list[dict[str, Any]]) -> None:
        regions = {found["id"]: self.region(f"l{index}", LIST, found, LIST, {"id": found["id"]}) for index, found in enumerate(lists)}
        for index, found in enumerate(lists):
            for number, item in enumerate(found["items"]):
                self.relation(self.region(f"l{index}i{number}", ITEM, item, ITEM, {"matches": item.get("matches")}),
                              regions[found["id"]], ITEM_OF)
            for link, label in (("refers_to", REFERS_TO), ("parent", INSIDE)):
                if found.get(link) in regions:
                    self.relation(regions[found["id"]], regions[found[link]], label)


def _field(found: dict[str, Any], path: str) -> Any:
    """``found["speaker"]["name"]`` for ``speaker.name``; None where a part is missing or null."""
    head, _, rest = path.partition(".")
    return _field(found.get(head) or {}, rest) if rest else found.get(head)


def _entered(control: Control, value: Any) -> Any:
    """A gold value as a result's value holds it for ``control``; None when nothing is entered."""
    meaning = {meant: choice for choice, meant in control.meaning}
    if value is None or value == "" or value == [] or (value is False and False not in meaning):
        return None
    if control.tag == "Number":
        return value
    value = meaning.get(value, value) if meaning else value
    return list(value) if control.many else [value]

