"""kornews diff: exactly the articles a rule change touched, each change judged against the gold."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.evaluation.diff import diff_runs
from pipeline.evaluation.gold import load_gold
from pipeline.lexicon import quote_cues
from tests.conftest import record_of

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold" / "000_3b5ea9a6c37b76ec.gold.json"

TEXTS = {
    "curly": "김철수 시장은 “시민과 함께하겠다”고 말했다.",
    "straight": '박영희 군수는 "예산을 늘리겠다"고 밝혔다.',
    "list": "시는 도로, 공원, 주차장 등 3개 사업을 추진한다.",
    "curly-too": "이영수 교육감은 “학교를 지키겠다”며 자리를 떠났다.",
}


def run_all() -> dict[str, dict]:
    return {doc_id: record_of(text) | {"doc_id": doc_id} for doc_id, text in TEXTS.items()}


@pytest.fixture
def two_runs(monkeypatch) -> tuple[dict[str, dict], dict[str, dict]]:
    """The same articles before and after one crafted rule change: curly marks no longer open quotes."""
    before = run_all()
    straight_only = dataclasses.replace(quote_cues(), marks=[mark for mark in quote_cues().marks if mark not in "“”"])
    monkeypatch.setattr(importlib.import_module("pipeline.stages.quotes"), "quote_cues", lambda: straight_only)
    return before, run_all()


def write(records: dict[str, dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records.values()), encoding="utf-8")
    return path


def test_a_rule_change_lists_exactly_the_articles_it_touched(two_runs):
    result = diff_runs(*two_runs)
    assert result.changed_articles() == ["curly", "curly-too"]
    removed = [change for change in result.changes if change.task == "quotes"]
    assert [(change.doc_id, change.kind, change.text) for change in removed] == [
        ("curly", "removed", "시민과 함께하겠다"), ("curly-too", "removed", "학교를 지키겠다")]
    assert removed[0].old == "direct, 김철수"
    assert result.summary()["quotes"] == {"articles": 2, "added": 0, "removed": 2, "changed": 0, "better": 0, "worse": 0}


def test_the_same_run_has_no_change_and_only_narrows_the_tasks(two_runs):
    before, after = two_runs
    assert diff_runs(before, copy.deepcopy(before)).changes == []
    assert diff_runs(before, after, tasks=["entities", "items"]).changes == []


def test_speakers_entities_items_roles_and_articles_changed(two_runs):
    before, _ = two_runs
    after = copy.deepcopy(before)
    after["straight"]["quotes"][0]["speaker"] = None
    after["straight"]["entities"] = [e for e in after["straight"]["entities"] if e["text"] != "박영희"]
    lst = after["list"]["enumerations"][0]
    lst["items"], lst["complete"] = lst["items"][:2], False
    after["list"]["paragraphs"][0]["role"] = "boilerplate"
    del after["curly"]
    result = diff_runs(before, after)
    kinds = {(change.doc_id, change.task, change.kind) for change in result.changes}
    assert kinds == {("straight", "speakers", "changed"), ("straight", "entities", "removed"), ("list", "items", "removed"),
                     ("list", "items", "changed"), ("list", "roles", "changed"), ("curly", "articles", "removed")}
    speaker = next(change for change in result.changes if change.task == "speakers")
    assert (speaker.old, speaker.new) == ("박영희", None)


def test_an_indirect_quote_whose_bounds_moved_is_changed_not_added():
    before = {"reported": record_of("김 지사는 이날 예산을 늘리겠다고 밝혔다.") | {"doc_id": "reported"}}
    after = copy.deepcopy(before)
    quote = after["reported"]["quotes"][0]
    assert quote["kind"] == "indirect"
    start = quote["start"]
    quote["start"] -= len("이날 ")
    quote["text"] = after["reported"]["text"][quote["start"] : quote["end"]]
    [change] = diff_runs(before, after).changes
    assert (change.task, change.kind, change.old, change.new) == ("quotes", "changed", f"{start}-{quote['end']}", f"{quote['start']}-{quote['end']}")


def test_gold_judges_each_change(seed_record):
    old = {seed_record["doc_id"]: seed_record}
    worse = copy.deepcopy(old)
    quote = next(q for q in worse[seed_record["doc_id"]]["quotes"] if q["speaker"])
    right_speaker = quote["speaker"]["name"]
    quote["speaker"] = dict(quote["speaker"], name="아무개")
    golds = load_gold(GOLD)
    [change] = diff_runs(old, worse, golds=golds).changes
    assert (change.task, change.old, change.new, change.verdict) == ("speakers", right_speaker, "아무개", "worse")
    [change] = diff_runs(worse, old, golds=golds).changes
    assert change.verdict == "better"
    fewer = copy.deepcopy(old)
    del fewer[seed_record["doc_id"]]["quotes"][0]
    [change] = diff_runs(old, fewer, golds=golds).changes
    assert (change.task, change.kind, change.verdict) == ("quotes", "removed", "worse")
    assert diff_runs(fewer, old, golds=golds).changes[0].verdict == "better"


def test_a_change_on_an_optional_gold_quote_is_neither_better_nor_worse(seed_record, tmp_path):
    old = {seed_record["doc_id"]: seed_record}
    fewer = copy.deepcopy(old)
    removed = fewer[seed_record["doc_id"]]["quotes"].pop(0)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for quote in gold["quotes"]:
        if (quote["start"], quote["end"]) == (removed["start"], removed["end"]):
            quote |= {"optional": True, "note": "a reading the guideline leaves open"}
    (tmp_path / GOLD.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    [change] = diff_runs(old, fewer, golds=load_gold(tmp_path / GOLD.name)).changes
    assert (change.task, change.kind, change.verdict) == ("quotes", "removed", None)


def test_cli_fails_on_change_and_prints_json(two_runs, tmp_path):
    old, new = write(two_runs[0], tmp_path / "old.jsonl"), write(two_runs[1], tmp_path / "new.jsonl")
    runner = CliRunner()
    result = runner.invoke(app, ["diff", str(old), str(new), "--fail-on-change"])
    assert result.exit_code == 1 and "2 article(s) changed" in result.output
    assert runner.invoke(app, ["diff", str(old), str(old), "--fail-on-change"]).exit_code == 0
    assert runner.invoke(app, ["diff", str(old), str(new), "--only", "entities", "--fail-on-change"]).exit_code == 0
    payload = json.loads(runner.invoke(app, ["diff", str(old), str(new), "--json"]).output)
    assert {change["doc_id"] for change in payload["changes"]} == {"curly", "curly-too"}
    assert payload["summary"]["quotes"]["removed"] == 2
    refused = runner.invoke(app, ["diff", str(old), str(new), "--only", "quote"])
    assert refused.exit_code == 2 and "the tasks are" in refused.output
