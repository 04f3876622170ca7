"""The Label Studio round trip: a gold file goes out as a task's annotation and comes back unchanged,
a record's predictions land on the right offsets, and the labelling config names every control the
tasks use (checked against Label Studio's documented tags, and by its SDK where installed)."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.evaluation.gold import Gold, gold_problems, load_gold, stand_off, text_sha256
from pipeline.evaluation.labelstudio import LabelStudioError, labeling_config, task
from pipeline.evaluation.labelstudio_gold import gold_from_task
from pipeline.io.reader import FieldNames, InputReader
from pipeline.record import Article
from pipeline.record.offsets import iter_spans
from pipeline.stages.clean import clean
from pipeline.stages.dedup import dedup
from pipeline.stages.ingest import ingest
from tests.conftest import record_of, shared

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"
SEED_GOLD = GOLD / "000_3b5ea9a6c37b76ec.gold.json"
DOCUMENTED_TAGS = {"View", "Text", "Labels", "Label", "Relations", "Relation", "Choices", "Choice", "TextArea", "Number", "Header"}
CONTROL_TAGS = {"Labels", "Choices", "TextArea", "Number"}
runner = CliRunner()

LINES = [
    "해남군, 김장축제 3만명 찾아",
    "명현관 해남군수는 \"내년에는 더 알차게 준비하겠다\"고 말했다.",
    "이어 \"배추가 잘 팔렸다\"고 덧붙였다.",
    "군은 방문객이 크게 늘었다고 밝혔다.",
    "\"맛있었다\"는 반응이 많았다.",
    "축제에서는 배추, 절임배추, 양념 등 3개 품목이 팔렸다.",
    "배추 등 3개 품목 가운데 배추가 으뜸이었다.",
    "행사는 체험(김치, 떡), 공연 등 2개 분야로 열렸다.",
    "/박영희 기자 park@example.kr",
]
TEXT = "\n".join(LINES)
ROLES = ["headline", "lead", "body", "body", "body", "body", "body", "body", "byline"]
SOURCE_INDICES = [0, 1, 2, 3, 5, 6, 7, 8, 10]  # 4 and 9 were removed as duplicates


def at(words: str, line: int, nth: int = 1) -> dict[str, int]:
    """The offsets of the ``nth`` ``words`` in line ``line`` of TEXT."""
    index = -1
    for _ in range(nth):
        index = LINES[line].index(words, index + 1)
    start = sum(len(before) + 1 for before in LINES[:line]) + index
    return {"start": start, "end": start + len(words)}


def span(words: str, line: int, nth: int = 1) -> dict[str, Any]:
    return at(words, line, nth) | {"text": words}


def entity(words: str, line: int, label: str, canonical: str | None = None, **extra: Any) -> dict[str, Any]:
    return span(words, line) | {"label": label, "canonical": canonical or words} | extra


def made_up_gold() -> dict[str, Any]:
    """An inline gold file on TEXT that uses every field a gold file can hold, keys in the files' order."""
    paragraphs = [at(line, number) | {"role": role, "source_index": source}
                  for number, (line, role, source) in enumerate(zip(LINES, ROLES, SOURCE_INDICES))]
    myeong = {"name": "명현관", "mention": "명현관", "role": "군수", "affiliation": "해남군"} | at("명현관", 1)
    quotes = [
        {"kind": "direct", **span("내년에는 더 알차게 준비하겠다", 1), "speaker": myeong, "verb": "말했다",
         "attribution": "explicit", "utterance": 0},
        {"kind": "direct", **span("배추가 잘 팔렸다", 2),
         "speaker": myeong | {"mention": None, "start": None, "end": None}, "verb": "덧붙였다", "attribution": "carried",
         "utterance": 1},
        {"kind": "indirect", **span("방문객이 크게 늘었다", 3),
         "speaker": {"name": "해남군", "mention": "군", "role": None, "affiliation": None} | at("군", 3), "verb": "밝혔다",
         "attribution": "explicit"},
        {"kind": "direct", **span("맛있었다", 4), "speaker": None, "verb": None, "attribution": "unresolved",
         "optional": True, "note": "a reaction, not a statement"},
    ]
    lists = [
        {"id": 0, "start": at("배추", 5)["start"], "end": at("3개 품목", 5)["end"], "kind": "list", "announced_count": 3,
         "count_noun": "품목", "complete": True, "items": [span("배추", 5), span("절임배추", 5), span("양념", 5)],
         "refers_to": None, "parent": None},
        {"id": 1, **at("배추 등 3개 품목", 6), "kind": "list", "announced_count": 3, "count_noun": "품목", "complete": False,
         "items": [span("배추", 6) | {"matches": 0}], "refers_to": 0, "parent": None},
        {"id": 2, **at("체험(김치, 떡), 공연 등 2개 분야", 7), "kind": "agreement", "announced_count": 2, "count_noun": "분야",
         "complete": True, "items": [span("체험(김치, 떡)", 7), span("공연", 7)], "refers_to": None, "parent": None},
        {"id": 3, **at("김치, 떡", 7), "kind": "list", "announced_count": None, "count_noun": None, "complete": None,
         "items": [span("김치", 7), span("떡", 7)], "refers_to": None, "parent": 2, "optional": True,
         "note": "a list inside an item"},
    ]
    entities = [
        entity("해남군", 0, "OG", alt_labels=["LC"], note="the county as a government or a place"),
        entity("3만명", 0, "QT"), entity("명현관", 1, "PS", role="군수"),
        entity("해남군", 1, "OG", optional=True, note="inside a job title"), entity("내년", 1, "DT"),
        entity("3개", 5, "QT"), entity("3개", 6, "QT"), entity("2개", 7, "QT"), entity("박영희", 8, "PS", role="reporter"),
    ]
    byline = {"reporters": [{"name": "박영희", "email": "park@example.kr"}, {"name": None, "email": "desk@example.kr"},
                            {"name": "김철수", "email": None}], "publisher": "예시일보"}
    return {"schema_version": "2.3", "doc_id": "test/haenam", "source": "made_up",
            "annotation": {"guideline": "corpus/gold/GUIDELINES.md", "annotator": "A",
                           "tasks": ["paragraphs", "byline", "quotes", "enumerations", "entities", "indirect_quotes"]},
            "text": TEXT, "paragraphs": paragraphs,
            "duplicates": [{"source_index": 4, "duplicate_of": 3}, {"source_index": 9, "duplicate_of": 8}],
            "byline": byline, "quotes": quotes, "enumerations": lists, "entities": entities}


def as_gold(data: dict[str, Any]) -> Gold:
    return Gold(data["doc_id"], Path(data["doc_id"].replace("/", "__") + ".gold.json"), data)


def exported(made: dict[str, Any], task_id: int = 7) -> dict[str, Any]:
    """A task as Label Studio's JSON export gives it back after import: ids and times added, results as they were."""
    found = copy.deepcopy(made) | {"id": task_id}
    for number, annotation in enumerate(found.get("annotations", []), 1):
        annotation |= {"id": number, "was_cancelled": False, "created_at": f"2030-01-0{number}T10:00:00Z",
                       "updated_at": f"2030-01-0{number}T10:00:00Z"}
    return found


def result_of(made: dict[str, Any], region_id: str, from_name: str) -> dict[str, Any]:
    return next(r for r in made["annotations"][0]["result"] if r.get("id") == region_id and r.get("from_name") == from_name)


def test_the_made_up_gold_is_a_usable_gold_file():
    assert gold_problems(made_up_gold()) == []


def test_a_gold_file_survives_the_round_trip():
    gold = made_up_gold()
    back = gold_from_task(exported(task(gold["doc_id"], TEXT, gold=as_gold(gold))))
    assert back == gold
    assert json.dumps(back, ensure_ascii=False, indent=1) == json.dumps(gold, ensure_ascii=False, indent=1)


def test_stand_off_gold_comes_back_stand_off_and_unchanged():
    gold = stand_off(made_up_gold(), TEXT)
    back = gold_from_task(exported(task(gold["doc_id"], TEXT, gold=as_gold(gold))))
    assert back == gold
    assert "text" not in back and back["text_sha256"] == text_sha256(TEXT)
    assert not [path for path, found in iter_spans(back) if "text" in found]


def test_the_seed_gold_survives_unchanged():
    gold = load_gold(SEED_GOLD)[0]
    back = gold_from_task(exported(task(gold.doc_id, gold.text, gold=gold)))
    assert back == gold.data
    assert json.dumps(back, ensure_ascii=False, indent=1) == SEED_GOLD.read_text(encoding="utf-8").rstrip("\n")


def test_every_shared_gold_file_survives_unchanged():
    """The 168 stand-off files, each sent out with its article's text from ../shared, come back byte for byte."""
    golds = load_gold(GOLD / "shared" / "dev") + load_gold(GOLD / "shared" / "test")
    wanted = {gold.doc_id for gold in golds}
    inputs = [str(shared("corpus/news")), str(shared("corpus/pages"))]
    texts = {item.doc_id: dedup(clean(ingest(item))).text for item in InputReader(FieldNames()).read(inputs)
             if isinstance(item, Article) and item.doc_id in wanted}
    changed = []
    for gold in golds:
        back = gold_from_task(exported(task(gold.doc_id, texts[gold.doc_id], gold=gold, shared=True)))
        if json.dumps(back, ensure_ascii=False, indent=1) + "\n" != gold.path.read_text(encoding="utf-8"):
            changed.append(gold.path.name)  # names only: a test file's content is not shown
    assert changed == []


RAW = "\n".join([LINES[1], LINES[2], LINES[5], LINES[3]])


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    return record_of(RAW)


def labelled(made: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    """The regions of the task's prediction made by one Labels control, by id."""
    return {r["id"]: r for r in made["predictions"][0]["result"] if r.get("from_name") == kind}


def region_spans(made: dict[str, Any], kind: str) -> set[tuple[int, int, str]]:
    return {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in labelled(made, kind).values()}


def test_a_records_predictions_land_on_their_offsets(record):
    made = task(record["doc_id"], record["text"], record=record)
    results, text = made["predictions"][0]["result"], record["text"]
    assert (made["data"]["text"], made["data"]["doc_id"]) == (text, record["doc_id"]) and "annotations" not in made
    for found in (r for r in results if r.get("type") == "labels"):
        assert text[found["value"]["start"]:found["value"]["end"]] == found["value"]["text"]
    assert region_spans(made, "entity") == {(e["start"], e["end"], e["label"]) for e in record["entities"]}
    assert region_spans(made, "quote") == {(q["start"], q["end"], q["kind"]) for q in record["quotes"]}
    assert region_spans(made, "paragraph") == {(p["start"], p["end"], p["role"]) for p in record["paragraphs"]}


def test_a_quote_points_at_its_speakers_words(record):
    made = task(record["doc_id"], record["text"], record=record)
    quotes, speakers = labelled(made, "quote"), labelled(made, "speaker")
    relations = [r for r in made["predictions"][0]["result"] if r.get("type") == "relation" and r["labels"] == ["spoken by"]]
    said = {(quotes[r["from_id"]]["value"]["start"], speakers[r["to_id"]]["value"]["start"]) for r in relations}
    expected = {(q["start"], q["speaker"]["start"]) for q in record["quotes"] if (q["speaker"] or {}).get("start") is not None}
    assert said == expected and ("명현관" in {s["value"]["text"] for s in speakers.values()})


def test_a_list_is_its_items_and_its_count(record):
    made = task(record["doc_id"], record["text"], record=record)
    (listed,) = [e for e in record["enumerations"] if e["announced_count"] == 3]
    lists, items = labelled(made, "list"), labelled(made, "item")
    (list_id,) = [i for i, r in lists.items() if (r["value"]["start"], r["value"]["end"]) == (listed["start"], listed["end"])]
    results = made["predictions"][0]["result"]
    members = [items[r["from_id"]]["value"]["text"] for r in results if r.get("type") == "relation" and r["to_id"] == list_id]
    assert members == ["배추", "절임배추", "양념"]
    answers = {r["from_name"]: r["value"] for r in results if r.get("id") == list_id and r["type"] != "labels"}
    assert answers["announced_count"]["number"] == 3 and answers["complete"]["choices"] == ["complete"]
    assert answers["count_noun"]["text"] == ["품목"]


def test_an_accepted_prediction_needs_the_checked_tasks_ticked(record):
    made = exported(task(record["doc_id"], record["text"], record=record, shared=True))
    made["annotations"] = [{"result": made["predictions"][0]["result"]}]
    with pytest.raises(LabelStudioError, match="tick the tasks"):
        gold_from_task(made)
    made["annotations"][0]["result"] += [{"id": "t", "from_name": "annotated", "to_name": "text", "type": "choices",
                                          "value": {"choices": ["quotes", "enumerations"]}}]
    gold = gold_from_task(made)
    assert list(gold) == ["schema_version", "doc_id", "annotation", "quotes", "enumerations", "text_sha256"]
    assert [q["start"] for q in gold["quotes"]] == [q["start"] for q in record["quotes"]]
    assert gold["enumerations"][0]["items"] == [{k: i[k] for k in ("start", "end")} for i in record["enumerations"][0]["items"]]


def test_an_annotators_edits_become_the_gold():
    gold = made_up_gold()
    made = exported(task(gold["doc_id"], TEXT, gold=as_gold(gold)))
    results = made["annotations"][0]["result"]
    result_of(made, "gold-e4", "entity")["value"]["labels"] = ["TI"]  # 내년: a time, say
    results[:] = [r for r in results if r.get("id") != "gold-e5"]  # 3개 of line 5 dropped
    festival = at("축제", 5)
    results += [{"id": "drawn-1", "from_name": "entity", "to_name": "text", "type": "labels",
                 "value": festival | {"text": "축제", "labels": ["LC"]}},
                {"id": "drawn-2", "from_name": "list", "to_name": "text", "type": "labels",
                 "value": at("배추, 절임배추", 5) | {"text": "배추, 절임배추", "labels": ["list"]}},
                {"id": "drawn-3", "from_name": "item", "to_name": "text", "type": "labels",
                 "value": at("절임배추", 5) | {"text": "절임배추", "labels": ["item"]}},
                {"type": "relation", "from_id": "drawn-2", "to_id": "drawn-3", "direction": "left"}]
    refers = next(r for r in results if r.get("type") == "relation" and r["labels"] == ["refers to"])
    refers |= {"from_id": refers["to_id"], "to_id": refers["from_id"], "direction": "left"}
    back = gold_from_task(made)
    expected = made_up_gold()
    expected["entities"][4]["label"] = "TI"
    del expected["entities"][5]
    expected["entities"].insert(5, span("축제", 5) | {"label": "LC", "canonical": "축제"})
    expected["enumerations"].insert(0, {"id": 4, **at("배추, 절임배추", 5), "kind": "list", "announced_count": None,
                                        "count_noun": None, "complete": None, "items": [span("절임배추", 5)],
                                        "refers_to": None, "parent": None})
    assert back == expected


def test_a_region_off_its_text_is_named_with_its_task():
    gold = made_up_gold()
    made = exported(task(gold["doc_id"], TEXT, gold=as_gold(gold)))
    result_of(made, "gold-e2", "entity")["value"]["start"] += 1
    with pytest.raises(LabelStudioError, match=r"task 7 \(test/haenam\): region gold-e2 \(entity PS\): text\[.*Label Studio says '명현관'"):
        gold_from_task(made)


def test_the_most_recent_annotation_that_was_not_cancelled_is_read():
    gold = made_up_gold()
    made = exported(task(gold["doc_id"], TEXT, gold=as_gold(gold)))
    first = made["annotations"][0]
    later = copy.deepcopy(first) | {"updated_at": "2030-02-01T10:00:00Z"}
    result_of({"annotations": [later]}, "gold-e1", "entity")["value"]["labels"] = ["DT"]
    cancelled = copy.deepcopy(first) | {"updated_at": "2030-03-01T10:00:00Z", "was_cancelled": True, "result": []}
    made["annotations"] = [later, first, cancelled]
    assert gold_from_task(made)["entities"][1]["label"] == "DT"


def config_problems(config: str, tasks: list[dict[str, Any]]) -> list[str]:
    """What breaks a labelling config, checked against Label Studio's documented tags, and what in the
    tasks does not fit it: every tag documented, names unique, every toName an object, every result's
    from_name a control of its type and to_name, every label, choice and relation in the config."""
    root = ET.fromstring(config)
    problems = [f"<{element.tag}> is not one of the documented tags" for element in root.iter() if element.tag not in DOCUMENTED_TAGS]
    names = [element.get("name") for element in root.iter() if element.get("name")]
    problems += [f"name {name!r} is used twice" for name in sorted(set(names)) if names.count(name) > 1]
    objects = {element.get("name"): element.get("value") for element in root.iter("Text")}
    controls = {element.get("name"): element for element in root.iter() if element.tag in CONTROL_TAGS}
    problems += [f"{name}: toName {c.get('toName')!r} is no object" for name, c in controls.items() if c.get("toName") not in objects]
    labels = {element.get("value") for element in root.iter("Label")}
    problems += [f"whenLabelValue {value!r} is no label" for element in root.iter("View")
                 for value in (element.get("whenLabelValue") or "").split(",") if value and value not in labels]
    relations = {element.get("value") for element in root.iter("Relation")}
    for made in tasks:
        problems += [f"task data has no {value!r}" for value in objects.values() if value.removeprefix("$") not in made["data"]]
        for part in made.get("predictions", []) + made.get("annotations", []):
            ids = {result.get("id") for result in part["result"]}
            for result in part["result"]:
                problems += result_problems(result, controls, relations, ids)
    return problems


def result_problems(result: dict[str, Any], controls: dict[str, ET.Element], relations: set[str], ids: set[str]) -> list[str]:
    if result.get("type") == "relation":
        return ([f"relation {result}: region missing" for key in ("from_id", "to_id") if result[key] not in ids]
                + [f"relation label {label!r} not in the config" for label in result.get("labels", []) if label not in relations])
    control = controls.get(result["from_name"])
    if control is None:
        return [f"from_name {result['from_name']!r} is no control"]
    name, problems = result["from_name"], []
    if result["to_name"] != control.get("toName"):
        problems.append(f"{name}: to_name {result['to_name']!r} is not the control's toName {control.get('toName')!r}")
    if result["type"] != control.tag.lower():
        problems.append(f"{name}: type {result['type']!r} is not {control.tag.lower()!r}")
    if "start" in result["value"] and control.tag != "Labels" and control.get("perRegion") != "true":
        problems.append(f"{name}: a region's answer from a control that is not perRegion")
    values = {child.get("value") for child in control}
    chosen = result["value"].get("labels", []) + result["value"].get("choices", [])
    return problems + [f"{name}: {value!r} not in the config" for value in chosen if value not in values]


@pytest.fixture(scope="module")
def tasks(record) -> list[dict[str, Any]]:
    seed = load_gold(SEED_GOLD)[0]
    gold = made_up_gold()
    return [task(gold["doc_id"], TEXT, gold=as_gold(gold)), task(seed.doc_id, seed.text, gold=seed),
            task(record["doc_id"], record["text"], record=record)]


def test_the_config_uses_documented_tags_and_every_result_names_its_controls(tasks):
    assert config_problems(labeling_config(), tasks) == []


def test_the_config_check_catches_what_does_not_fit(tasks):
    root = ET.fromstring(labeling_config())
    entity_labels = next(element for element in root.iter("Labels") if element.get("name") == "entity")
    entity_labels.remove(next(label for label in entity_labels if label.get("value") == "QT"))
    next(root.iter("TextArea")).set("toName", "txt")
    next(root.iter("Header")).tag = "Heading"
    problems = config_problems(ET.tostring(root, encoding="unicode"), tasks)
    assert any("<Heading>" in p for p in problems) and any("toName 'txt' is no object" in p for p in problems)
    assert any("'QT' not in the config" in p for p in problems)


def test_label_studio_sdk_accepts_the_config_and_the_tasks(tasks):
    """Label Studio's own parser, where label-studio-sdk is installed (it is no dependency: see the README)."""
    label_interface = pytest.importorskip("label_studio_sdk.label_interface")
    interface = label_interface.LabelInterface(labeling_config())
    interface.validate()
    for made in tasks:
        for part in made.get("predictions", []) + made.get("annotations", []):
            assert interface.validate_prediction(part, return_errors=True) == []


def test_the_commands_make_tasks_and_gold_files(tmp_path, seed_record):
    records = tmp_path / "seed.jsonl"
    records.write_text(json.dumps(seed_record, ensure_ascii=False) + "\n", encoding="utf-8")
    tasks_path = tmp_path / "tasks.json"
    made = runner.invoke(app, ["gold", "to-labelstudio", str(records), "-o", str(tasks_path), "--gold", str(SEED_GOLD)])
    assert made.exit_code == 0, made.output
    assert (tmp_path / "labeling_config.xml").read_text(encoding="utf-8") == labeling_config()
    (made_task,) = json.loads(tasks_path.read_text(encoding="utf-8"))
    assert made_task["predictions"][0]["model_version"].startswith("kornews ") and made_task["annotations"]
    export = tmp_path / "export.json"
    export.write_text(json.dumps([exported(made_task)], ensure_ascii=False), encoding="utf-8")
    back = runner.invoke(app, ["gold", "from-labelstudio", str(export), "-o", str(tmp_path / "gold")])
    assert back.exit_code == 0, back.output
    written = tmp_path / "gold" / SEED_GOLD.name
    assert json.loads(written.read_text(encoding="utf-8")) == json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    assert load_gold(written)[0].data == load_gold(SEED_GOLD)[0].data


def test_from_labelstudio_names_what_does_not_fit_and_fails(tmp_path):
    gold = made_up_gold()
    made = exported(task(gold["doc_id"], TEXT, gold=as_gold(gold)), task_id=3)
    result_of(made, "gold-q0", "quote")["value"]["end"] = len(TEXT) + 5
    export = tmp_path / "export.json"
    export.write_text(json.dumps([made], ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["gold", "from-labelstudio", str(export), "-o", str(tmp_path / "gold")])
    assert result.exit_code == 1
    assert "task 3 (test/haenam): region gold-q0 (quote direct)" in " ".join(result.output.split())
    assert not (tmp_path / "gold").exists()
