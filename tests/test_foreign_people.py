"""Foreign people as Korean news prints them: names of two or three transliterated words the model reads in pieces,
and the family name with a title later (short sentences written for the test)."""

from __future__ import annotations

import pytest

from tests.conftest import record_of


def people(record: dict) -> list[str]:
    return [e["text"] for e in record["entities"] if e["label"] == "PS"]


def speakers(record: dict) -> list[str | None]:
    return [q["speaker"] and q["speaker"]["name"] for q in record["quotes"]]


@pytest.mark.parametrize(("text", "person"), [
    # three words the model read whole, the first ending like a company (사)
    ("루이사 마르가리타 곤살레스 WHO 백신국장은 “변이는 없다”고 말했다. 곤살레스 국장은 “감시는 계속된다”고 덧붙였다.",
     "루이사 마르가리타 곤살레스"),
    # a Korean-shaped family name after a given name only a transliteration holds (릿: no Sino-Korean syllable closes ㅅ)
    ("미국 가람대 천문학과 마거릿 오딘 교수는 “신호가 약하다”고 말했다. 오딘 교수는 “더 봐야 한다”고 덧붙였다.", "마거릿 오딘"),
    # a title the lexicon did not know, read into the person (그룹장)
    ("독일 가람연구소의 한나 베버 그룹장은 “법으로 정했다”고 말했다. 베버 그룹장은 “일정이 있다”고 덧붙였다.", "한나 베버"),
    # before an age and 씨, a given name with 슨 and a family name with 러
    ("캐나다에서 온 요리사 제이슨 하퍼(41)씨는 “김치가 좋다”고 했다. 하퍼씨는 “다시 오겠다”고 말했다.", "제이슨 하퍼"),
    # the family name after the title a model read as a body (연구원), then the family name alone before it
    ("노르웨이 가람연구소의 잉그리드 하우겐 연구원은 “얼음이 줄었다”고 말했다. 하우겐 연구원은 “내년이 고비”라고 덧붙였다.",
     "잉그리드 하우겐"),
])
def test_a_foreign_person_is_one_name_and_speaks_by_the_full_name_throughout(text, person):
    record = record_of(text)
    assert person in people(record)
    assert speakers(record) == [person, person]


@pytest.mark.parametrize(("text", "person"), [
    ("한도윤 나래맥스 대표는 “고향에 보탬이 되고 싶다”고 말했다.", "한도윤"),  # a company's name with a transliterated syllable
    ("가람유나이티드 한도윤 감독은 “체력이 문제였다”고 말했다.", "한도윤"),  # a club's
    ("한도윤 가람테크노파크 원장은 “기업을 돕겠다”고 말했다.", "한도윤"),  # a body's
])
def test_a_korean_name_beside_a_body_with_transliterated_syllables_stays_the_korean_name(text, person):
    record = record_of(text)
    assert people(record) == [person]
    assert speakers(record) == [person]
