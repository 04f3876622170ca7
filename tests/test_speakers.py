"""Speakers chosen by evidence: the model's data file, its choices and reasons, and the cases the
features were added for (short sentences written for the test)."""

from __future__ import annotations

import pytest

from pipeline.extract.speaker_evidence import FEATURES, Candidate, choose
from pipeline.lexicon import canonical_name, speaker_model
from pipeline.record import Speaker
from tests.conftest import record_of


def speakers(text: str, kind: str = "direct") -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"] and q["speaker"]["name"]) for q in record_of(text)["quotes"] if q["kind"] == kind]


def candidate(name: str, **features: float) -> Candidate:
    return Candidate(Speaker(name, name, None, None, 0, len(name)), "before", features)


def test_the_model_file_names_every_feature_once():
    model = speaker_model()
    assert set(model.hand) == set(model.learned) == {"bias", *FEATURES}
    assert model.use in ("hand", "learned") and 0 < model.threshold < 1


def test_a_choice_says_why_there_is_no_speaker():
    weights = {"bias": 0.0, "subject": 4.0}
    assert choose([], weights, 0.5, 0.0) == (None, "no_candidate")
    assert choose([candidate("김철수")], weights, 0.6, 0.0) == (None, "weak_evidence")
    strong, weak = candidate("김철수", subject=1.0), candidate("박영희")
    assert choose([weak, strong], weights, 0.5, 0.0)[0] is strong
    assert choose([candidate("김철수", subject=1.0), candidate("박영희", subject=1.0)], weights, 0.5, 0.1) == (None, "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    # a company's name before the person's: the person
    ('예시제다 서희주 대표는 "기부하게 돼 기쁘다"고 말했다.', [("기부하게 돼 기쁘다", "서희주")]),
    # a name the entities miss, read from its title
    ('고광완 행정부시장은 "시민 모두가 만든 결과다"라고 말했다.', [("시민 모두가 만든 결과다", "고광완")]),
    # the quote's verb opens its own clause: its subject, not the sentence's topic
    ('김씨는 이어 이 기자가 "그 사람도 했어요?"라고 묻자 "그럼"이라고 답했다.', [("그 사람도 했어요?", "이"), ("그럼", "김")]),
    # 도: also a speaker
    ('김철수 의원은 "안 된다"고 말했다. 박영희 의장도 "맞다"고 했다.', [("안 된다", "김철수"), ("맞다", "박영희")]),
])
def test_speakers_by_evidence(text, expected):
    assert speakers(text) == expected


def test_a_pronoun_takes_the_last_person_named_as_subject():
    text = ('김철수 대표는 "물러나겠다"고 말했다. 박영희 의원은 지도부 전원이 물러나야 한다고 주장했다.\n'
            '그는 "책임지는 용기를 보여달라"고 했다.')
    assert speakers(text)[-1] == ("책임지는 용기를 보여달라", "박영희")


def test_governments_are_named_in_full():
    assert canonical_name("충남도") == "충청남도"
    assert canonical_name("경기 용인시") == "용인시"
    assert canonical_name("부산 서구") is None  # more than one 서구: the parent must be told, not guessed
    record = record_of("울산시는 12일 새 청사를 열었다.\n시 관계자는 \"주민 편의가 나아진다\"고 말했다.")
    bare = [e for e in record["entities"] if e["text"] == "시"]
    assert all(e["canonical"] == "울산광역시" for e in bare)


def test_a_short_form_in_parentheses_is_the_name_before_it():
    record = record_of("울산과학기술원(UNIST)은 12일 새 연구 결과를 냈다. UNIST는 \"세계 처음\"이라고 밝혔다.")
    assert {e["canonical"] for e in record["entities"] if e["text"] == "UNIST"} == {"울산과학기술원"}
