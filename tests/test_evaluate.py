"""The scorer itself: hand arithmetic on a small gold article written for the test."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.evaluation.counts import Counts
from pipeline.evaluation.entities import score_entities
from pipeline.evaluation.evaluate import evaluate, parse_floors
from pipeline.evaluation.gold import (
    Gold,
    GoldError,
    gold_problems,
    load_gold,
    text_sha256,
)
from pipeline.evaluation.paragraphs import score_byline_parts

TEXT = (
    '김동연 지사는 12일 광주광역시를 찾았다.\n'
    '김 지사는 "함께하겠다"고 말했다. 강기정 시장은 "기쁘다"고 했다.\n'
    '두 시도는 AI 협력, 청년 교류, 관광 협력 등 3개 사항에 합의했다.'
)


def span(text: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def entity(text: str, label: str, nth: int = 0, **extra) -> dict:
    return span(text, nth) | {"label": label, "canonical": text} | extra


def quote(text: str, name: str) -> dict:
    return span(text) | {"speaker": {"name": name}, "verb": "말했다"}


def make_gold() -> dict:
    items = [span("AI 협력"), span("청년 교류"), span("관광 협력")]
    return {
        "doc_id": "t1",
        "text": TEXT,
        "paragraphs": [
            {"start": 0, "end": 24, "role": "lead", "source_index": 0},
            {"start": 25, "end": 70, "role": "body", "source_index": 1},
            {"start": 71, "end": len(TEXT), "role": "body", "source_index": 3},
        ],
        "duplicates": [{"source_index": 2, "duplicate_of": 1}],
        "byline": None,
        "entities": [
            entity("김동연", "PS"),
            entity("12일", "DT"),
            entity("광주광역시", "LC", alt_labels=["OG"], note="place or party"),
            entity("강기정", "PS"),
            entity("김", "PS", optional=True, note="surname reference"),
        ],
        "quotes": [quote("함께하겠다", "김동연"), quote("기쁘다", "강기정")],
        "enumerations": [
            {"id": 1, "start": items[0]["start"], "end": span("3개 사항")["end"], "kind": "agreement",
             "announced_count": 3, "count_noun": "사항", "complete": True, "items": items}
        ],
    }


def score(prediction: dict) -> dict:
    gold = make_gold()
    return evaluate({"t1": prediction}, [Gold("t1", Path("t1.gold.json"), gold)]).scores


def perfect() -> dict:
    return copy.deepcopy(make_gold())


def test_the_test_gold_is_valid():
    assert gold_problems(make_gold()) == []


def test_perfect_prediction_scores_one_everywhere():
    scores = score(perfect())
    # No partial list in this gold: refers_to is not measured rather than perfect.
    assert {name: value for name, value in scores.items() if value != 1.0} == {"enumerations.lists.refers_to": None}
    assert len(scores) > 30


def test_dropped_quote():
    prediction = perfect()
    del prediction["quotes"][1]
    scores = score(prediction)
    assert scores["quotes.detection.precision"] == 1.0
    assert scores["quotes.detection.recall"] == 0.5
    assert scores["quotes.detection.f1"] == pytest.approx(2 / 3)
    assert scores["quotes.attribution"] == 0.5
    assert scores["quotes.e2e.f1"] == pytest.approx(2 / 3)


def test_wrong_speaker_counts_in_attribution_and_e2e_only():
    prediction = perfect()
    prediction["quotes"][1]["speaker"] = {"name": "김동연"}
    result = evaluate({"t1": prediction}, [Gold("t1", Path("t1.gold.json"), make_gold())])
    scores = result.scores
    assert scores["quotes.detection.f1"] == 1.0
    assert scores["quotes.attribution"] == 0.5
    assert (scores["quotes.e2e.precision"], scores["quotes.e2e.recall"], scores["quotes.e2e.f1"]) == (0.5, 0.5, 0.5)
    assert [(f.kind, f.detail) for f in result.findings] == [("wrong speaker", "gold 강기정, predicted 김동연")]


def test_quote_text_matches_after_whitespace_normalisation():
    prediction = perfect()
    prediction["quotes"][0]["text"] = " 함께하겠다 "
    assert score(prediction)["quotes.e2e.f1"] == 1.0


def test_extra_entity():
    prediction = perfect()
    prediction["entities"].append(entity("시장", "OG"))
    scores = score(prediction)
    # 4 required gold entities found (the optional 김 is ignored), 1 spurious.
    assert scores["entities.strict.precision"] == pytest.approx(4 / 5)
    assert scores["entities.strict.recall"] == 1.0
    assert scores["entities.strict.f1"] == pytest.approx(8 / 9)
    assert scores["entities.OG.precision"] == 0.0


def test_wrong_label_is_one_miss_and_one_spurious_strict_but_right_lenient():
    prediction = perfect()
    prediction["entities"][1]["label"] = "TI"  # 12일 as a time
    scores = score(prediction)
    # 3 right of 4 counted predictions (the optional 김 is ignored), 3 of 4 required gold found.
    assert scores["entities.strict.precision"] == pytest.approx(3 / 4)
    assert scores["entities.strict.recall"] == pytest.approx(3 / 4)
    assert scores["entities.lenient.f1"] == 1.0
    assert scores["entities.DT.recall"] == 0.0


def test_alternative_label_is_accepted_and_optional_mention_may_be_absent():
    prediction = perfect()
    prediction["entities"][2]["label"] = "OG"
    prediction["entities"] = [e for e in prediction["entities"] if not e.get("optional")]
    assert score(prediction)["entities.strict.f1"] == 1.0


def test_lenient_pairs_overlapping_spans_one_to_one():
    gold = [entity("광주광역시", "LC")]
    predicted = [entity("광주", "OG"), entity("광주광역시를", "LC") | span("광주광역시를")]
    scores, findings = score_entities(gold, predicted)
    assert (scores.lenient.tp, scores.lenient.fp, scores.lenient.fn) == (1, 1, 0)
    assert scores.strict_micro.tp == 0 and len(findings) == 3


def test_missing_list_item():
    prediction = perfect()
    del prediction["enumerations"][0]["items"][2]
    prediction["enumerations"][0]["complete"] = False
    scores = score(prediction)
    assert scores["enumerations.items.precision"] == 1.0
    assert scores["enumerations.items.recall"] == pytest.approx(2 / 3)
    assert scores["enumerations.items.f1"] == pytest.approx(0.8)
    assert scores["enumerations.lists.found"] == 1.0
    assert scores["enumerations.lists.count"] == 1.0
    assert scores["enumerations.lists.complete"] == 0.0


def test_an_optional_gold_list_is_neither_missed_nor_spurious():
    from pipeline.evaluation.enumerations import score_enumerations
    items = [span("AI 협력"), span("청년 교류"), span("관광 협력")]
    listed = {"start": items[0]["start"], "end": items[-1]["end"], "items": items, "announced_count": 3, "complete": True}
    optional = [listed | {"optional": True, "note": "a reading the guideline leaves open"}]
    for predicted in ([], [listed]):
        scores, findings = score_enumerations(optional, predicted)
        assert (scores.items.tp, scores.items.fp, scores.items.fn) == (0, 0, 0)
        assert scores.lists_found.total == 0 and findings == []


def test_an_optional_gold_quote_is_neither_missed_nor_spurious():
    from pipeline.evaluation.quotes import score_quotes
    slogan = {"kind": "direct", "text": "다 함께 가자", "start": 3, "end": 9, "speaker": None,
              "optional": True, "note": "a slogan in marks"}
    spoken = {"kind": "direct", "text": "곧 끝난다", "start": 20, "end": 25, "speaker": {"name": "한가람"}}
    for predicted in ([spoken], [slogan, spoken]):
        scores, findings = score_quotes([slogan, spoken], predicted)
        assert (scores.e2e.tp, scores.e2e.fp, scores.e2e.fn) == (1, 0, 0) and findings == []


@pytest.mark.parametrize(("gold_name", "predicted_name", "kind"), [
    ("한가람", None, "none given"),
    (None, "한가람", "given where gold has none"),
    ("시 관계자", "관계자", "part of the gold"),
    ("한가람", "한가람 시장", "the gold and more"),
    ("한가람", "도나래", "another"),
])
def test_wrong_speakers_are_told_apart_by_kind(gold_name, predicted_name, kind):
    from pipeline.evaluation.quotes import score_quotes

    def quote(name: str | None, attribution: str) -> dict:
        return {"kind": "direct", "text": "곧 끝난다", "start": 20, "end": 25, "attribution": attribution,
                "speaker": {"name": name} if name else None}

    scores, _ = score_quotes([quote(gold_name, "carried")], [quote(predicted_name, "explicit")])
    assert dict(scores.wrong_speakers) == {kind: 1}
    assert scores.as_dict()["attribution_by_way"] == {"carried": {"value": 0.0, "hits": 0, "total": 1}}


def test_attribution_is_split_by_how_the_gold_finds_its_speaker():
    from pipeline.evaluation.quotes import score_quotes
    said = {"kind": "direct", "text": "곧 끝난다", "start": 20, "end": 25, "speaker": {"name": "한가람"}}
    carried = {"kind": "direct", "text": "다시 한다", "start": 40, "end": 45, "speaker": {"name": "한가람"},
               "attribution": "carried"}
    scores, _ = score_quotes([said, carried], [said])
    assert {way: ratio.value for way, ratio in scores.attribution_by_way.items()} == {"explicit": 1.0, "carried": 0.0}
    assert not scores.wrong_speakers  # a missed quote is no wrong speaker


def test_items_not_matched_are_counted_by_how_they_are_cut():
    from pipeline.evaluation.enumerations import score_enumerations

    def items(*spans: tuple[int, int]) -> list[dict]:
        return [{"start": spans[0][0], "end": spans[-1][1], "items": [{"start": a, "end": b, "text": "가" * (b - a)} for a, b in spans]}]

    gold = items((0, 10), (12, 20), (22, 30), (40, 45))
    predicted = items((0, 10), (12, 16), (17, 20), (21, 31), (50, 55))
    scores, _ = score_enumerations(gold, predicted)
    assert dict(+scores.wrong_items) == {"part of the gold": 1, "the gold and more": 1, "none given": 1,
                                         "given where gold has none": 1}


def test_dedup_roles_and_byline():
    prediction = perfect()
    prediction["paragraphs"][1]["role"] = "subheadline"
    prediction["duplicates"] = []
    prediction["byline"] = {"reporters": [{"name": "이가람", "email": None}], "publisher": None}
    scores = score(prediction)
    assert scores["roles.accuracy"] == pytest.approx(2 / 3)
    assert scores["dedup.accuracy"] == pytest.approx(3 / 4)  # source paragraph 2 is absent, not a duplicate
    assert scores["byline.exact"] == 0.0
    assert (scores["byline.names"], scores["byline.reporters"], scores["byline.publisher"]) == (0.0, 0.0, 1.0)


def test_wrong_roles_are_tallied_by_gold_and_predicted_role():
    from pipeline.evaluation.paragraphs import role_confusions
    gold = {"paragraphs": [{"source_index": i, "role": role} for i, role in enumerate(("headline", "caption", "body", "caption"))]}
    predicted = {"paragraphs": [{"source_index": i, "role": role} for i, role in enumerate(("headline", "subheadline", "body"))]}
    assert role_confusions(gold, predicted) == {("caption", "subheadline"): 1, ("caption", None): 1}


def test_byline_parts_say_where_a_wrong_byline_goes_wrong():
    gold = {"byline": {"reporters": [{"name": "이가람", "email": "ga@example.kr"}], "publisher": "예시일보"}}
    predicted = {"byline": {"reporters": [{"name": "이가람", "email": None}], "publisher": "예시신문"}}
    assert score_byline_parts(gold, predicted) == {"reporters": "another", "names": None, "publisher": "another"}
    assert score_byline_parts(gold, gold) == {"reporters": None, "names": None, "publisher": None}
    two = {"byline": {"reporters": [{"name": "이가람", "email": None}, {"name": "도나래", "email": None}], "publisher": None}}
    assert score_byline_parts(two, predicted)["names"] == "part of the gold"
    assert score_byline_parts(predicted, two)["names"] == "the gold and more"
    assert score_byline_parts(two, {"byline": None}) == {"reporters": "none given", "names": "none given", "publisher": None}
    assert score_byline_parts({"byline": None}, predicted)["publisher"] == "given where gold has none"


def test_missing_prediction_counts_everything_as_missed():
    result = evaluate({}, [Gold("t1", Path("t1.gold.json"), make_gold())])
    assert result.problems and result.scores["entities.strict.recall"] == 0.0
    assert result.scores["quotes.detection.recall"] == 0.0


def test_counts_of_empty_against_empty_are_perfect():
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    assert (Counts(fn=2).precision, Counts(fp=1).recall) == (0.0, 0.0)


def test_floors():
    result = evaluate({"t1": perfect()}, [Gold("t1", Path("t1.gold.json"), make_gold())])
    assert parse_floors("entities=0.9, quotes.attribution=1") == {"entities": 0.9, "quotes.attribution": 1.0}
    assert result.below({"entities": 1.0, "quotes": 1.0}) == []
    worse = perfect()
    del worse["quotes"][0]
    result = evaluate({"t1": worse}, [Gold("t1", Path("t1.gold.json"), make_gold())])
    assert result.below({"quotes": 0.9}) == ["quotes: 0.667 < floor 0.900"]
    with pytest.raises(KeyError):
        result.below({"quotess": 0.5})
    with pytest.raises(ValueError):
        parse_floors("entities:0.9")


def test_task_without_gold_is_not_measured_and_fails_its_floor():
    gold = make_gold()
    del gold["quotes"]
    result = evaluate({"t1": perfect()}, [Gold("t1", Path("t1.gold.json"), gold)])
    assert "quotes.e2e.f1" not in result.scores
    assert result.below({"quotes": 0.5}) == ["quotes: not measured (no gold annotates it), floor 0.500"]


def test_stand_off_gold_reads_span_texts_from_the_prediction():
    gold = make_gold()
    stand_off = {key: value for key, value in gold.items() if key != "text"} | {"text_sha256": text_sha256(TEXT)}
    stand_off = json.loads(json.dumps(stand_off))
    for e in stand_off["entities"] + stand_off["quotes"] + stand_off["enumerations"][0]["items"]:
        del e["text"]
    assert gold_problems(stand_off) == []
    result = evaluate({"t1": perfect()}, [Gold("t1", Path("t1.gold.json"), stand_off)])
    assert result.scores["quotes.e2e.f1"] == 1.0 and not result.problems
    changed = perfect() | {"text": TEXT.replace("12일", "13일")}
    result = evaluate({"t1": changed}, [Gold("t1", Path("t1.gold.json"), stand_off)])
    assert "different text" in result.problems[0]
    assert result.scores["entities.strict.recall"] == 0.0


def test_gold_problems_are_reported():
    gold = make_gold()
    gold["entities"][0]["end"] += 1
    gold["entities"][1]["label"] = "DATE"
    gold["entities"][2].pop("note")
    gold["enumerations"][0]["refers_to"] = 9
    problems = gold_problems(gold)
    assert len(problems) == 4, problems


def write_case(tmp_path: Path, prediction: dict) -> tuple[Path, Path]:
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps(prediction | {"doc_id": "t1"}, ensure_ascii=False) + "\n", encoding="utf-8")
    gold = tmp_path / "t1.gold.json"
    gold.write_text(json.dumps(make_gold(), ensure_ascii=False), encoding="utf-8")
    return predictions, gold


def test_cli_fail_under_gates_and_json(tmp_path):
    worse = perfect()
    del worse["quotes"][0]
    predictions, gold = write_case(tmp_path, worse)
    runner = CliRunner()
    ok = runner.invoke(app, ["evaluate", str(predictions), str(gold), "--fail-under", "entities=1.0,quotes=0.6"])
    assert ok.exit_code == 0, ok.output
    assert "quotes" in ok.output and "missed" in ok.output
    low = runner.invoke(app, ["evaluate", str(predictions), str(tmp_path), "--fail-under", "quotes=0.9"])
    assert low.exit_code == 1
    as_json = runner.invoke(app, ["evaluate", str(predictions), str(gold), "--json"])
    data = json.loads(as_json.stdout)
    assert data["scores"]["quotes.detection.recall"] == 0.5
    assert [f["kind"] for f in data["findings"]] == ["missed"]
    floors = tmp_path / "floors.toml"
    floors.write_text('[floors]\n"quotes.attribution" = 0.75\n', encoding="utf-8")
    assert runner.invoke(app, ["evaluate", str(predictions), str(gold), "--floors", str(floors)]).exit_code == 1
    assert runner.invoke(app, ["evaluate", str(predictions), str(gold), "--fail-under", "nonsense=1"]).exit_code == 2


def test_the_sealed_split_stays_sealed_when_its_gold_is_copied_elsewhere(tmp_path, monkeypatch):
    worse = perfect()
    del worse["quotes"][0]
    predictions, gold = write_case(tmp_path, worse)
    runner = CliRunner()
    listed = runner.invoke(app, ["evaluate", str(predictions), str(gold), "--json"])
    assert json.loads(listed.stdout)["findings"]
    sample = tmp_path / "corpus" / "gold" / "sample.tsv"
    sample.parent.mkdir(parents=True)
    sample.write_text("doc_id\tsource\tsplit\tentities\nt1\tinvented\ttest\tno\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    copied = runner.invoke(app, ["evaluate", str(predictions), str(gold), "--json"])
    data = json.loads(copied.stdout)
    assert data["sealed"] and data["findings"] == []
    assert data["scores"]["quotes.detection.recall"] == 0.5  # scored all the same, in aggregate
    shown = runner.invoke(app, ["evaluate", str(predictions), str(gold), "--json", "--show-misses"])
    assert json.loads(shown.stdout)["findings"]


def test_load_gold_refuses_a_bad_file(tmp_path):
    (tmp_path / "bad.gold.json").write_text('{"doc_id": "x"}', encoding="utf-8")
    with pytest.raises(GoldError, match="neither text nor text_sha256"):
        load_gold(tmp_path)
