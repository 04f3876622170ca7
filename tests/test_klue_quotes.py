"""Quotes in real news sentences: the stand-off KLUE gold is well formed, and the pipeline holds its floors on it."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.evaluation.gold import GoldError
from pipeline.evaluation.klue_quotes import TASK, evaluate_quotes
from pipeline.evaluation.klue_sentence_gold import SentenceGold, anchored, read_gold, text_hash
from pipeline.io.reader import INPUT_SUFFIXES
from tests.conftest import shared

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold" / "klue-quotes" / "quotes.json"
FLOORS = Path(__file__).resolve().parent.parent / "corpus" / "gold" / "floors.toml"


def test_the_gold_holds_offsets_kinds_and_names_only():
    rows = json.loads(GOLD.read_text(encoding="utf-8"))
    assert all(set(row) == {"id", "file", "text_sha256", "quotes"} for row in rows)  # never the sentence's text
    golds = read_gold(GOLD, TASK)
    assert len(golds) == len({gold.id for gold in golds}) == 636
    for gold in golds:
        assert gold.file in ("train", "dev") and len(gold.text_sha256) == 16
        for quote in gold.annotations:
            assert set(quote) == {"kind", "start", "end", "speaker"} and quote["kind"] in ("direct", "indirect")
            assert 0 <= quote["start"] < quote["end"] and (quote["speaker"] is None or quote["speaker"].strip() == quote["speaker"])


def test_a_row_with_more_than_offsets_and_names_is_refused(tmp_path):
    gold = tmp_path / "quotes.json"
    gold.write_text(json.dumps([{"id": "s1", "file": "train", "text_sha256": "0" * 16, "quotes": [], "text": "가람시는 밝혔다."}]), encoding="utf-8")
    with pytest.raises(GoldError):
        read_gold(gold, TASK)


def test_a_sentence_that_changed_is_refused():
    gold = SentenceGold("s1", "train", text_hash("가람시는 예산을 늘리겠다고 밝혔다."), ())
    assert anchored([gold], {"s1": "가람시는 예산을 늘리겠다고 밝혔다."}) == {"s1": "가람시는 예산을 늘리겠다고 밝혔다."}
    with pytest.raises(GoldError):
        anchored([gold], {"s1": "나래군은 예산을 늘리겠다고 밝혔다."})
    with pytest.raises(GoldError):
        anchored([gold], {})


def test_quotes_are_scored_by_kind_with_their_speakers():
    text = '가람시는 예산을 늘리겠다고 밝혔다. 한도윤 시장은 "함께 가자"고 말했다.'
    report, said = (text.index("예산"), text.index("다고")), (text.index("함께"), text.index('"고'))
    gold = SentenceGold("s1", "train", text_hash(text), (
        {"kind": "indirect", "start": report[0], "end": report[1] + 1, "speaker": "가람시"},
        {"kind": "direct", "start": said[0], "end": said[1], "speaker": "한도윤"},
    ))
    predicted = [{"kind": "indirect", "start": report[0], "end": report[1] + 1, "text": "예산을 늘리겠다", "speaker": {"name": "가람시"}},
                 {"kind": "direct", "start": said[0], "end": said[1], "text": "함께 가자", "speaker": {"name": "가람"}}]
    result = evaluate_quotes({"s1": {"quotes": predicted}}, [gold], {"s1": text})
    assert result.scores["quotes.indirect.e2e.f1"] == 1.0
    assert result.scores["quotes.detection.f1"] == 1.0 and result.scores["quotes.e2e.f1"] == 0.0


def test_the_gold_is_no_input_that_kornews_run_corpus_would_read():
    assert not GOLD.name.endswith(INPUT_SUFFIXES)  # make run reads every input file under corpus/


def test_quotes_in_klue_sentences_meet_their_floors():
    klue = shared("corpus/klue-ner/klue-ner-v1.1_train.sentences.tsv").parent
    result = CliRunner().invoke(app, ["quote-eval", "--klue", str(klue), "--gold", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    for name, floor in tomllib.loads(FLOORS.read_text(encoding="utf-8"))["klue_quotes"].items():
        assert scores[name] >= floor, f"{name}: {scores[name]:.3f} < {floor}"
