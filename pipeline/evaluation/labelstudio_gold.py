"""Label Studio's JSON export back to gold files: :func:`gold_from_task` reads a task's most recent
annotation (:func:`latest_annotation`) and builds the gold file that :func:`~pipeline.evaluation.gold.load_gold`
reads, stand-off for ``../shared``. The interface and the tasks it reads are made by
:mod:`pipeline.evaluation.labelstudio`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import count
from typing import Any

from pipeline.evaluation.gold import gold_problems, stand_off
from pipeline.evaluation.labelstudio import (
    ARTICLE_FIELDS,
    CHECKABLE_TASKS,
    CONTROLS,
    DEFAULTED_FIELDS,
    ENTITY,
    FIELD_ORDER,
    FILE_ORDER,
    GUIDELINE,
    INSIDE,
    ITEM,
    ITEM_OF,
    LABEL_FIELDS,
    LIST,
    LabelStudioError,
    OPTIONAL_FIELDS,
    PARAGRAPH,
    PER_REGION,
    QUOTE,
    REFERS_TO,
    REGION_LABELS,
    REPORTER,
    SPEAKER,
    SPOKEN_BY,
    TEXT,
    VALUE_KEYS,
    Control,
)


def latest_annotation(exported: dict[str, Any]) -> dict[str, Any] | None:
    """A task's most recent annotation that was not cancelled (by ``updated_at``, ``created_at``, place), or None."""
    done = [(annotation.get("updated_at") or annotation.get("created_at") or "", index, annotation)
            for index, annotation in enumerate(exported.get("annotations") or []) if not annotation.get("was_cancelled")]
    return max(done, key=lambda found: found[:2])[2] if done else None


def gold_from_task(exported: dict[str, Any]) -> dict[str, Any]:
    """The gold file of a task of Label Studio's JSON export, from its most recent annotation that was not
    cancelled. Raises :class:`LabelStudioError`, naming the task and the region, for a result that does
    not fit the text or the interface, and for a gold file that :func:`gold_problems` refuses."""
    data = exported.get("data") or {}
    where = f"task {exported.get('id', '?')} ({data.get('doc_id')})"
    annotation = latest_annotation(exported)
    if "gold" not in data or TEXT not in data or annotation is None:
        raise LabelStudioError(f"{where}: no annotation, or not made by `kornews gold to-labelstudio` (no data.gold)")
    gold = _Builder(annotation.get("result") or [], data["gold"], data[TEXT], where).gold()
    problems = gold_problems(gold)
    if problems:
        raise LabelStudioError(f"{where}: " + "; ".join(problems))
    return gold


@dataclass(frozen=True)
class Region:
    """A labelled span of an annotation, and what its per-region controls hold (control name -> answer)."""

    id: str
    kind: str  # the Labels control that made it: paragraph, entity, quote, speaker, list, item
    label: str
    start: int
    end: int
    answers: dict[str, Any]


def _span(result: dict[str, Any], text: str, where: str) -> tuple[str, str, int, int]:
    """A region's kind, label and offsets, checked against the text."""
    kind, value = result["from_name"], result.get("value") or {}
    start, end, labels = value.get("start"), value.get("end"), value.get("labels") or []
    region = f"{where}: region {result.get('id')} ({kind} {', '.join(map(str, labels))})"
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise LabelStudioError(f"{region}: [{start}, {end}) is not a span of the text ({len(text)} characters)")
    if isinstance(value.get(TEXT), str) and text[start:end] != value[TEXT]:
        raise LabelStudioError(f"{region}: text[{start}:{end}] is {text[start:end]!r}, Label Studio says {value[TEXT]!r}")
    if len(labels) != 1 or labels[0] not in REGION_LABELS[kind]:
        raise LabelStudioError(f"{region}: give it one of {', '.join(REGION_LABELS[kind])}")
    return kind, labels[0], start, end


def _link(relation: dict[str, Any], regions: dict[str, Region], where: str) -> tuple[str, Region, Region]:
    """What a relation means, with its source and target: from the kinds of the regions, between lists from its label."""
    source, target = (regions.get(relation.get(key)) for key in ("from_id", "to_id"))
    if source is None or target is None:
        raise LabelStudioError(f"{where}: relation {relation.get('from_id')} → {relation.get('to_id')}: no such region")
    source, target = (target, source) if relation.get("direction") == "left" else (source, target)
    kinds, labels = {source.kind, target.kind}, relation.get("labels") or []
    if kinds in ({QUOTE, SPEAKER}, {QUOTE, ENTITY}):  # a speaker's words may be the person's entity
        return (SPOKEN_BY, source, target) if source.kind == QUOTE else (SPOKEN_BY, target, source)
    if kinds == {ITEM, LIST}:
        return (ITEM_OF, source, target) if source.kind == ITEM else (ITEM_OF, target, source)
    if kinds == {LIST} and len(labels) == 1 and labels[0] in (REFERS_TO, INSIDE):
        return labels[0], source, target
    raise LabelStudioError(f"{where}: relation {source.id} → {target.id} ({source.kind} → {target.kind}, labels {labels}) is none "
                           f"of quote → speaker, item → list, list → list ({REFERS_TO} or {INSIDE})")


class _Builder:
    """A gold file from an annotation's results and what its task carried (``data.gold``)."""

    def __init__(self, results: list[dict[str, Any]], carried: dict[str, Any], text: str, where: str) -> None:
        self.carried, self.text, self.where = carried, text, where
        self.left_out, self.kept = set(carried.get("left_out", [])), carried.get("kept", {})
        spans, answers, article, relations = {}, defaultdict(dict), {}, []
        for result in results:
            name, value = result.get("from_name"), result.get("value") or {}
            if result.get("type") == "relation":
                relations.append(result)
            elif name in REGION_LABELS:
                spans[result.get("id")] = _span(result, text, where)
            elif name in CONTROLS:
                place = article if CONTROLS[name] in ARTICLE_FIELDS else answers[result.get("id")]
                place[name] = value.get(VALUE_KEYS[CONTROLS[name].tag])
            else:
                raise LabelStudioError(f"{where}: result {result.get('id')}: {name!r} is no control of the kornews labelling config")
        self.regions = {region_id: Region(region_id, *span, answers.get(region_id, {})) for region_id, span in spans.items()}
        self.links: dict[str, dict[str, list[Region]]] = defaultdict(lambda: defaultdict(list))  # meaning -> source id -> targets
        for meaning, source, target in (_link(relation, self.regions, where) for relation in relations):
            self.links[meaning][source.id].append(target)
        self.article = {control.fills: _answer(control, article.get(control.name), where) for control in ARTICLE_FIELDS}

    def gold(self) -> dict[str, Any]:
        checked = self.article["annotated"]
        if not checked:
            raise LabelStudioError(f"{self.where}: tick the tasks you annotated ('annotated')")
        makers = {"paragraphs": self.paragraphs, "byline": self.byline, "quotes": self.quotes, "enumerations": self.lists,
                  "entities": lambda: [self.shaped(region) for region in self.of_kind(ENTITY)]}
        made = {key: make() for key, make in makers.items() if key in checked or (key == "quotes" and "indirect_quotes" in checked)}
        return _file(self.carried, checked, made, self.text)

    def fail(self, region: Region, message: str) -> LabelStudioError:
        words = self.text[region.start:region.end]
        return LabelStudioError(f"{self.where}: region {region.id} ({region.label} {words!r} at {region.start}): {message}")

    def of_kind(self, kind: str) -> list[Region]:
        return sorted((r for r in self.regions.values() if r.kind == kind), key=lambda region: (region.start, region.end))

    def linked(self, meaning: str, source: Region) -> Region | None:
        """The one region ``source`` points at with ``meaning``, if any."""
        targets = self.links[meaning].get(source.id, [])
        if len(targets) > 1:
            raise self.fail(source, f"{len(targets)} '{meaning}' relations: keep one")
        return targets[0] if targets else None

    def shaped(self, region: Region, values: dict[str, Any] | None = None) -> dict[str, Any]:
        """The gold object a region is: its span and words (stand-off drops them), label, controls' and kept fields, ``values``."""
        fields = {control.fills: _answer(control, region.answers.get(control.name), f"{self.where}: region {region.id}")
                  for control in PER_REGION.get(region.kind, ())}
        words, label = self.text[region.start:region.end], LABEL_FIELDS.get(region.kind)
        found = {"start": region.start, "end": region.end, TEXT: words} | fields | self.kept.get(region.id, {})
        if label:
            found[label] = region.label
        if region.kind == ENTITY:
            found["canonical"] = found["canonical"] or words
        if region.kind == QUOTE:
            found["speaker"] = self.speaker(region, fields)
        return _shaped(region.kind, found | (values or {}), self.left_out)

    def paragraphs(self) -> list[dict[str, Any]]:
        sources = {(start, end): source_index for start, end, source_index in self.carried["paragraphs"]}
        for region in self.of_kind(PARAGRAPH):
            if (region.start, region.end) not in sources:
                raise self.fail(region, "not one of the article's paragraphs (relabel them; draw none)")
        return [self.shaped(region, {"source_index": sources[region.start, region.end]}) for region in self.of_kind(PARAGRAPH)]

    def quotes(self) -> list[dict[str, Any]]:
        spoken = {target.id for targets in self.links[SPOKEN_BY].values() for target in targets}
        for region in self.of_kind(SPEAKER):
            if region.id not in spoken:
                raise self.fail(region, "no quote points at these words (relation spoken by)")
        return [self.shaped(region) for region in self.of_kind(QUOTE)]

    def speaker(self, quote: Region, fields: dict[str, Any]) -> dict[str, Any] | None:
        mention, name = self.linked(SPOKEN_BY, quote), fields["speaker.name"]
        if name is None and (mention or fields["speaker.role"] or fields["speaker.affiliation"]):
            raise self.fail(quote, "a speaker needs a speaker_name")
        if name is None:
            return None
        speaker = {"name": name, "mention": None, "role": fields["speaker.role"], "affiliation": fields["speaker.affiliation"],
                   "start": None, "end": None}
        if mention:
            speaker |= {"mention": self.text[mention.start:mention.end], "start": mention.start, "end": mention.end}
        return _shaped(SPEAKER, speaker, self.left_out)

    def lists(self) -> list[dict[str, Any]]:
        lists, items = self.of_kind(LIST), defaultdict(list)
        for region in self.of_kind(ITEM):
            owner = self.linked(ITEM_OF, region)
            if owner is None:
                raise self.fail(region, "an item of no list: point it at its list (item of)")
            items[owner.id].append(self.shaped(region))
        ids = self.list_ids(lists)
        found = []
        for region in lists:
            refers_to, parent = self.linked(REFERS_TO, region), self.linked(INSIDE, region)
            found.append(self.shaped(region, {"id": ids[region.id], "items": items[region.id],
                                              "refers_to": refers_to and ids[refers_to.id], "parent": parent and ids[parent.id]}))
        return found

    def list_ids(self, lists: list[Region]) -> dict[str, int]:
        """Each list's id: the one the gold gave it, else the next free one, in reading order."""
        given = {region.id: self.kept[region.id]["id"] for region in lists if "id" in self.kept.get(region.id, {})}
        fresh, ids = count(max(given.values(), default=-1) + 1), {}
        for region in lists:
            kept = given.get(region.id)
            ids[region.id] = kept if kept is not None and kept not in ids.values() else next(fresh)
        return ids

    def byline(self) -> dict[str, Any] | None:
        lines = [line.strip() for entry in self.article["reporters"] for line in entry.splitlines() if line.strip()]
        if not lines and self.article["publisher"] is None:
            return None
        reporters = [REPORTER.fullmatch(line) for line in lines]
        for line, found in zip(lines, reporters):
            if found is None or not (found["name"] or found["email"]):
                raise LabelStudioError(f"{self.where}: reporters: {line!r} is not 'name <e-mail>', 'name' or '<e-mail>'")
        return {"reporters": [{"name": found["name"] or None, "email": found["email"]} for found in reporters],
                "publisher": self.article["publisher"]}


def _shaped(kind: str, values: dict[str, Any], left_out: set[str]) -> dict[str, Any]:
    """``values`` as the gold file writes an object of ``kind``: its fields in order, without those it leaves out."""
    return {key: values[key] for key in FIELD_ORDER[kind] if key in values and not _is_left_out(kind, key, values[key], left_out)}


def _is_left_out(kind: str, key: str, value: Any, left_out: set[str]) -> bool:
    if (kind, key) in OPTIONAL_FIELDS:
        return value == OPTIONAL_FIELDS[kind, key]
    return f"{kind}.{key}" in left_out and value == DEFAULTED_FIELDS[kind, key]


def _file(carried: dict[str, Any], checked: list[str], made: dict[str, Any], text: str) -> dict[str, Any]:
    """The gold file: the carried fields and the made ones in the file's order; stand-off when carried so."""
    file = json.loads(json.dumps(carried["file"]))
    annotation = file.setdefault("annotation", {"guideline": GUIDELINE})
    if "tasks" in annotation or "indirect_quotes" in checked:
        annotation["tasks"] = [task for task in CHECKABLE_TASKS if task in checked]
    values = file | {TEXT: text} | made
    order = [*carried["keys"], *(key for key in FILE_ORDER if key not in carried["keys"])]
    gold = {key: values[key] for key in order if key in values} | {key: value for key, value in values.items() if key not in order}
    return stand_off(gold, text) if carried["stand_off"] else gold


def _answer(control: Control, answer: Any, owner: str) -> Any:
    """The gold value of what a control holds (``owner`` names the region or task in an error)."""
    if control.tag == "Number":
        return None if answer in (None, "") else int(answer)
    entries = [entry.strip() for entry in ([answer] if isinstance(answer, str) else answer or []) if entry.strip()]
    values = [dict(control.meaning).get(entry, entry) for entry in entries]
    if len(values) > 1 and not control.many:
        raise LabelStudioError(f"{owner}: {control.name} holds {len(values)} entries: give one")
    return values if control.many else (values or [control.default])[0]
