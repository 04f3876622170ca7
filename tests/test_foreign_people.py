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
    # before an age and 씨, past the clause saying where the person comes from; a given name with 딜 (no Sino-Korean
    # syllable), a family name of four syllables that opens with a surname's (유)
    ("카자흐스탄에서 온 딜나라 유수포바(24)씨는 “수업이 어렵다”고 했다. 유수포바씨는 “친구가 돕는다”고 말했다.", "딜나라 유수포바"),
    ("카자흐스탄 출신 딜나라 유수포바씨는 “수업이 어렵다”고 했다. 유수포바씨는 “친구가 돕는다”고 말했다.", "딜나라 유수포바"),
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


@pytest.mark.parametrize(("text", "speaker"), [
    # a family name in the headline, before the body names the person in full (written last, and written first)
    ("로웰 교수 “결국 데이터 싸움”\n미국 가람대 데이비드 로웰 교수는 새 모델을 공개했다.", "데이비드 로웰"),
    ("다카기 교수 “5년 안에 실용화”\n일본 가람대 다카기 히로시 교수는 새 치료법을 개발했다고 밝혔다.", "다카기 히로시"),
    # with another professor named in the body: the family name decides, not the title
    ("로웰 교수 “결국 데이터 싸움”\n미국 가람대 데이비드 로웰 교수는 새 모델을 공개했다.\n나래대 한도윤 교수는 우려했다.", "데이비드 로웰"),
    # without a title, a word the model read as no name
    ("가람FC 첫 우승…실바 “가람은 제2의 고향”\n결승골을 넣은 공격수 마르코 안토니오 실바는 “기쁘다”고 말했다.", "마르코 안토니오 실바"),
])
def test_a_headlines_family_name_is_the_person_the_body_names_in_full(text, speaker):
    assert speakers(record_of(text))[0] == speaker


def test_a_university_before_a_foreign_name_is_the_body_and_the_name_the_person():
    record = record_of("미국 가람대 데이비드 로웰 교수는 “데이터가 관건”이라고 말했다.")
    assert ("가람대", "OG") in [(e["text"], e["label"]) for e in record["entities"]]
    assert people(record) == ["데이비드 로웰"]


@pytest.mark.parametrize(("text", "body", "person", "speaker"), [
    # a college's word between the university and the name; a family name of 웰, a syllable only transliterations hold
    ("가람대 의대 수잔 웰치 교수는 “수면이 중요하다”고 말했다.", "가람대 의대", "수잔 웰치", "수잔 웰치"),
    # a given name kiwipiepy read there as a loanword (마크, "mark"); the team named after its head, past the affiliation
    ("영국 가람대 의대 마크 존슨 교수팀은 “결과가 고무적”이라고 밝혔다.", "가람대 의대", "마크 존슨", "마크 존슨 교수팀"),
])
def test_a_foreign_name_after_a_university_and_its_college_is_the_person(text, body, person, speaker):
    record = record_of(text)
    assert (body, "OG") in [(e["text"], e["label"]) for e in record["entities"]]
    assert people(record) == [person] and speakers(record) == [speaker]


def test_a_name_of_a_two_syllable_surname_the_model_read_as_a_body_is_a_person_before_a_title():
    record = record_of("가람대 식품영양학과 선우연경 교수는 “남의 일이 아니다”라고 말했다. 선우 교수는 “제도를 검토할 때”라고 덧붙였다.")
    assert speakers(record) == ["선우연경", "선우연경"]


def test_a_disease_is_no_person_and_no_speaker():
    record = record_of("질병관리청 사공다인 과장은 “알려야 한다”고 말했다. 사공 과장은 뎅기열은 위험이 크다고 강조했다.")
    assert "뎅기열" not in people(record)
    assert speakers(record) == ["사공다인", "사공다인"]


def test_a_third_word_the_model_read_apart_before_a_scholars_title_is_the_names_not_a_club():
    text = "가르시아 박사 “지중해와 비슷한 수준”\n가람해양연구소의 엘레나 마르티네스 가르시아 박사는 “연안이 매우 비슷하다”고 말했다."
    assert speakers(record_of(text)) == ["엘레나 마르티네스 가르시아", "엘레나 마르티네스 가르시아"]


def test_a_middle_word_kiwipiepy_cut_into_syllables_is_still_a_word_of_the_name():
    text = ("이사벨 소토 베르가라 WHO 백신국장은 “위험도는 여전히 낮다”고 말했다. "
            "베르가라 국장은 “감시를 강화해야 한다”고 촉구했다.")
    assert speakers(record_of(text)) == ["이사벨 소토 베르가라", "이사벨 소토 베르가라"]


@pytest.mark.parametrize(("text", "person"), [
    ("테니스 스타 라파엘 가르시아 선수는 “은퇴하겠다”고 말했다.", "라파엘 가르시아"),
    ("축구 스타 마르코 실바 선수는 “우승하겠다”고 말했다.", "마르코 실바"),
])
def test_a_loanword_before_a_foreign_name_of_two_words_is_no_part_of_it(text, person):
    """스타 ("star") before a given name and a family name: the name is the two words only."""
    assert people(record_of(text)) == [person]


def test_a_foreign_family_name_kiwipiepy_reads_as_a_determiner_before_the_title_stays_in_the_name():
    text = "독일 업체 크라우스오토텍의 토마스 벨 부사장은 지난 5일 가람시청을 찾았다."
    assert ("토마스 벨", "PS", "부사장") in [(e["text"], e["label"], e.get("role")) for e in record_of(text)["entities"]]


def test_a_japanese_name_family_name_first_before_a_title_is_one_person():
    for name in ("이시이 소이치", "하야시 요이치"):
        text = f"일본 우주항공연구개발기구(JAXA)의 {name} 연구원은 비슷한 광물이 나왔다고 말했다."
        assert (name, "PS") in [(e["text"], e["label"]) for e in record_of(text)["entities"]]
