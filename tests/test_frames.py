"""The pandas API: one row per element of the record's lists, offsets intact, dtypes set, joins that work."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.analysis import frames
from pipeline.evaluation import read_floors
from pipeline.evaluation.evaluate import evaluate
from pipeline.evaluation.gold import load_gold
from tests.conftest import record_of

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"

# frame helper -> the record list it flattens
LISTS = {frames.paragraphs: "paragraphs", frames.sentences: "sentences", frames.duplicates: "duplicates",
         frames.entities: "entities", frames.quotes: "quotes", frames.enumerations: "enumerations",
         frames.warnings: "warnings"}


@pytest.mark.parametrize("helper", [helper for helper in LISTS if helper is not frames.warnings], ids=lambda helper: helper.__name__)
def test_one_row_per_element_of_the_seed(seed_record, helper):
    frame = helper([seed_record])
    assert len(frame) == len(seed_record[LISTS[helper]]) > 0
    assert (frame["doc_id"] == seed_record["doc_id"]).all()


def test_one_row_per_item_and_per_article(seed_record):
    assert len(frames.items([seed_record])) == sum(len(lst["items"]) for lst in seed_record["enumerations"])
    [article] = frames.articles([seed_record]).itertuples()
    assert (article.n_entities, article.n_duplicates, article.publisher) == (len(seed_record["entities"]), 8, "경인일보")


@pytest.mark.parametrize("helper", [frames.entities, frames.quotes, frames.items, frames.paragraphs, frames.sentences])
def test_offsets_are_intact(seed_record, helper):
    text = seed_record["text"]
    frame = helper([seed_record])
    assert [text[start:end] for start, end in zip(frame["start"], frame["end"])] == frame["text"].tolist()


def test_labels_roles_attribution_and_kind_are_categoricals_from_the_schema(seed_record):
    assert list(frames.entities([seed_record])["label"].cat.categories) == ["PS", "LC", "OG", "DT", "TI", "QT"]
    assert "caption" in frames.paragraphs([seed_record])["role"].cat.categories
    assert list(frames.quotes([seed_record])["attribution"].cat.categories) == ["explicit", "carried", "pronoun", "unresolved"]
    assert list(frames.enumerations([seed_record])["kind"].cat.categories) == ["agreement", "list"]


def test_speaker_columns_are_flattened_and_missing_when_unresolved():
    records = [record_of('박영희 시장은 "함께하겠다"고 말했다.'), record_of('"무엇이 문제인가"라는 질문이 나왔다.')]
    said, asked = frames.quotes(records).itertuples()
    assert (said.speaker_name, said.speaker_role, said.speaker_start, said.verb) == ("박영희", "시장", 0, "말했다")
    assert pd.isna(asked.speaker_name) and pd.isna(asked.speaker_start) and asked.attribution == "unresolved"


def test_warnings_point_at_what_does_not_add_up():
    record = record_of("분야는 △교통 △복지 △환경 등 2개다.")
    [warning] = frames.warnings([record]).itertuples()
    assert (warning.code, warning.message, warning.text) == ("count_mismatch", "3 items listed, 2 announced", "교통 △복지 △환경")


def test_partial_list_items_join_the_items_they_match():
    record = record_of("두 군은 도로 정비, 축제 홍보 등 4개 과제에 합의했다.\n"
                       "과제는 농촌 도로 정비, 가을 축제 공동 홍보, 귀농 지원, 장터 개설 등 4개다.")
    lists, listed = frames.enumerations([record]), frames.items([record])
    partial = listed.merge(lists[["doc_id", "enumeration", "refers_to"]], on=["doc_id", "enumeration"]).dropna(subset="matches")
    linked = partial.merge(listed, left_on=["doc_id", "refers_to", "matches"], right_on=["doc_id", "enumeration", "item"])
    assert linked[["text_x", "text_y"]].values.tolist() == [["도로 정비", "농촌 도로 정비"], ["축제 홍보", "가을 축제 공동 홍보"]]


def test_load_reads_a_run_output(seed_record, tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(seed_record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert frames.load(path) == [seed_record]


def test_thousands_of_records(seed_record):
    records = [seed_record | {"doc_id": f"doc{n}"} for n in range(2000)]
    assert len(frames.entities(records)) == 2000 * len(seed_record["entities"])
    assert frames.articles(records)["doc_id"].is_unique


@pytest.mark.parametrize("helper", [*LISTS, frames.items, frames.articles])
def test_no_records_give_empty_frames_with_the_same_columns(seed_record, helper):
    empty, full = helper([]), helper([seed_record])
    assert empty.empty and empty.dtypes.to_dict() == full.dtypes.to_dict()


def test_evaluation_and_findings_of_the_seed(seed_record):
    result = evaluate({seed_record["doc_id"]: seed_record}, load_gold(GOLD))
    floors = read_floors(GOLD / "floors.toml")
    scores = frames.evaluation(result, floors)
    assert scores.set_index("metric")["value"].to_dict() == result.scores
    assert set(scores.query("headline")["task"]) == {"entities", "quotes", "enumerations", "dedup", "roles", "byline"}
    assert scores.dropna(subset="floor").set_index("metric")["floor"].to_dict() == floors
    assert len(frames.findings(result)) == len(result.findings)
