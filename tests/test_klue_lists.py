"""Lists in real news sentences: the stand-off KLUE gold is well formed, and the pipeline holds its floors on both sets."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.evaluation.gold import GoldError
from pipeline.evaluation.klue_lists import TASK, evaluate_lists
from pipeline.evaluation.klue_sentence_gold import SentenceGold, anchored, read_gold, text_hash
from pipeline.io.reader import INPUT_SUFFIXES
from tests.conftest import shared

GOLD_DIR = Path(__file__).resolve().parent.parent / "corpus" / "gold" / "klue-lists"
HALVES = {"dev": GOLD_DIR / "lists-dev.json", "test": GOLD_DIR / "lists-test.json"}
FLOORS = Path(__file__).resolve().parent.parent / "corpus" / "gold" / "floors.toml"
LIST_FIELDS = {"id", "start", "end", "kind", "announced_count", "count_noun", "complete", "items", "refers_to", "parent"}


@pytest.mark.parametrize("half", HALVES.values(), ids=HALVES)
def test_the_gold_holds_offsets_counts_and_kinds_only(half):
    rows = json.loads(half.read_text(encoding="utf-8"))
    assert all(set(row) == {"id", "file", "text_sha256", TASK} for row in rows)  # never the sentence's text
    golds = read_gold(half, TASK)
    assert len(golds) == len({gold.id for gold in golds}) == {"lists-dev.json": 300, "lists-test.json": 300}[half.name]
    for gold in golds:
        assert gold.file in ("train", "dev") and len(gold.text_sha256) == 16
        for lst in gold.annotations:
            assert set(lst) - {"optional"} == LIST_FIELDS and lst["kind"] in ("list", "agreement")  # no free-text note
            assert lst["count_noun"] is None or " " not in lst["count_noun"]  # one word, as the shared stand-off gold keeps it
            items = [(item["start"], item["end"]) for item in lst["items"]]
            assert items and all(set(item) == {"start", "end"} for item in lst["items"])
            assert lst["start"] == items[0][0] and items[-1][1] <= lst["end"] and items == sorted(items)
            assert (lst["complete"] is None) == (lst["announced_count"] is None)


def test_the_halves_share_no_sentence():
    dev, test = (read_gold(half, TASK) for half in HALVES.values())
    assert not {gold.id for gold in dev} & {gold.id for gold in test}


def test_a_row_with_the_sentence_in_it_is_refused(tmp_path):
    gold = tmp_path / "lists.json"
    gold.write_text(json.dumps([{"id": "s1", "file": "train", "text_sha256": "0" * 16, TASK: [], "text": "가람시, 나래군 등 2곳이다."}]),
                    encoding="utf-8")
    with pytest.raises(GoldError):
        read_gold(gold, TASK)


def test_an_item_outside_its_sentence_is_refused():
    text = "협약 분야는 관광, 교통 등 2개 분야다."
    lst = {"start": 7, "end": 18, "items": [{"start": 7, "end": 9}, {"start": 11, "end": 40}]}
    with pytest.raises(GoldError):
        anchored([SentenceGold("s1", "train", text_hash(text), (lst,))], {"s1": text})


def test_items_counts_and_completeness_are_scored_per_list():
    text = "두 기관은 관광, 교통, 환경 등 3개 분야에서 협력한다."
    spans = [(text.index(word), text.index(word) + 2) for word in ("관광", "교통", "환경")]
    gold_list = {"id": 0, "start": spans[0][0], "end": text.index("분야") + 2, "kind": "list", "announced_count": 3, "count_noun": "분야",
                 "complete": True, "items": [{"start": s, "end": e} for s, e in spans], "refers_to": None, "parent": None}
    predicted = [gold_list | {"announced_count": 3, "complete": False,
                              "items": [{"start": s, "end": e, "text": text[s:e]} for s, e in spans[:2]]}]
    result = evaluate_lists({"s1": {"enumerations": predicted}}, [SentenceGold("s1", "train", text_hash(text), (gold_list,))], {"s1": text})
    assert result.scores["enumerations.items.recall"] == pytest.approx(2 / 3) and result.scores["enumerations.items.precision"] == 1.0
    assert result.scores["enumerations.lists.count"] == 1.0 and result.scores["enumerations.lists.complete"] == 0.0


def test_the_gold_is_no_input_that_kornews_run_corpus_would_read():
    assert not any(half.name.endswith(INPUT_SUFFIXES) for half in HALVES.values())  # make run reads every input file under corpus/


@pytest.mark.parametrize("half", HALVES, ids=HALVES)
def test_lists_in_klue_sentences_meet_their_floors(half):
    klue = shared("corpus/klue-ner/klue-ner-v1.1_train.sentences.tsv").parent
    result = CliRunner().invoke(app, ["list-eval", "--klue", str(klue), "--gold", str(HALVES[half]), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert half == "dev" or not payload["findings"]  # the test set is sealed: no misses listed
    for name, floor in tomllib.loads(FLOORS.read_text(encoding="utf-8"))[f"klue_lists_{half}"].items():
        assert payload["scores"][name] >= floor, f"{name}: {payload['scores'][name]:.3f} < {floor}"
