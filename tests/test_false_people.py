"""Persons the model finds that are no one (short sentences written for the test)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.language.false_people import not_people, without_unattached_surnames
from pipeline.record import Entity
from tests.conftest import record_of
from tests.test_entity_spans import entity, morphemes


def test_a_syllable_run_into_common_nouns_is_no_one_but_a_foreign_name_or_a_determiners_phrase_is_kept():
    laver = "김 수출 물량을 늘린다."
    assert not_people([entity("김 수출 물량", laver, "PS")], laver, morphemes(("김", "NNG", 0), ("수출", "NNG", 2), ("물량", "NNG", 5))) == []
    grown = "김 생산 확대를 꾀한다."  # 확대 is one dictionary noun, though 대 ends bodies (부대)
    assert not_people([entity("김 생산 확대", grown, "PS")], grown, morphemes(("김", "NNG", 0), ("생산", "NNG", 2), ("확대", "NNG", 5))) == []
    biden = "조 바이든 대통령이 말했다."
    person = entity("조 바이든", biden, "PS")
    assert not_people([person], biden, morphemes(("조", "NNP", 0), ("바이든", "NNP", 2))) == [person]
    unnamed = "한 이주민 여성은 말했다."
    speaker = entity("한 이주민 여성", unnamed, "PS")
    assert not_people([speaker], unnamed, morphemes(("한", "MM", 0), ("이주민", "NNG", 2), ("여성", "NNG", 6))) == [speaker]


def test_words_ending_in_a_dictionary_noun_without_a_title_are_no_one():
    thing = "가람 매실 산업의 중심이 된다."
    found = entity("가람 매실 산업", thing, "PS")
    parts = morphemes(("가람", "NNP", 0), ("매실", "NNG", 3), ("산업", "NNG", 6), ("의", "JKG", 8))
    assert not_people([found], thing, parts) == []
    titled = "남궁 민수 의원이 말했다."  # a title after the words: a Korean name written apart
    person = entity("남궁 민수", titled, "PS")
    assert not_people([person], titled, morphemes(("남궁", "NNP", 0), ("민수", "NNG", 3))) == [person]
    foreign = "마리엘 크레인은 말했다."  # a transliterated word may be a family name
    person = entity("마리엘 크레인", foreign, "PS")
    assert not_people([person], foreign, morphemes(("마리엘", "NNP", 0), ("크레인", "NNG", 4), ("은", "JX", 7))) == [person]


@pytest.mark.parametrize(("text", "parts", "label"), [
    ("보람동 주민자치회가 열렸다.", (("보람동", "NNP", 0), ("주민", "NNG", 4), ("자치", "NNG", 6), ("회", "XSN", 8)), "LC"),
    ("가람면에서 열렸다.", (("가람면", "NNP", 0), ("에서", "JKB", 3)), "LC"),
    ("홍길동 주민은 웃었다.", (("홍길동", "NNP", 0), ("주민", "NNG", 4), ("은", "JX", 6)), "PS"),  # a resident
    ("한정구 교수팀이 밝혔다.", (("한정구", "NNP", 0), ("교수", "NNG", 4), ("팀", "NNG", 6)), "PS"),
    ("홍길동이 왔다.", (("홍길동", "NNP", 0), ("이", "JKS", 3)), "PS"),
    ("이상만 할머니가 웃었다.", (("이상만", "NNP", 0), ("할머니", "NNG", 4), ("가", "JKS", 7)), "PS"),  # a name ending like a bay
    ("가람강 일원에서 열렸다.", (("가람강", "NNP", 0), ("일원", "NNG", 4), ("에서", "JKB", 6)), "LC"),  # a landform
    ("보람홀에서 열렸다.", (("보람홀", "NNP", 0), ("에서", "JKB", 3)), "LC"),  # a venue
    ("송지면 솔내리 한도윤 이장은 웃었다.", (("송지면", "NNP", 0), ("솔내리", "NNP", 4), ("한도윤", "NNP", 8)), "LC"),  # an address
])
def test_a_township_or_village_read_as_a_person_is_a_place(text, parts, label):
    name = text.split(" ")[0].removesuffix("에서").removesuffix("이")
    [found] = not_people([entity(name, text, "PS")], text, morphemes(*parts))
    assert found.label == label


def test_a_township_before_a_noun_and_a_persons_name_is_where_the_person_lives():
    text = "웅천동 주민 박순례(62)씨는 웃었다."
    parts = (("웅천동", "NNP", 0), ("주민", "NNG", 4), ("박순례", "NNP", 7))
    found = not_people([entity("웅천동", text, "PS"), entity("박순례", text, "PS")], text, morphemes(*parts))
    assert [(e.text, e.label) for e in found] == [("웅천동", "LC"), ("박순례", "PS")]
    text = "가람리 해녀 한보람(82)씨는 웃었다."  # a job between the village and the name
    parts = (("가람리", "NNP", 0), ("해녀", "NNG", 4), ("한보람", "NNP", 7))
    found = not_people([entity("가람리", text, "PS"), entity("한보람", text, "PS")], text, morphemes(*parts))
    assert [(e.text, e.label) for e in found] == [("가람리", "LC"), ("한보람", "PS")]
    text = "솔내리 한도윤 이장은 웃었다."  # the name and its title right after the village
    parts = (("솔내리", "NNP", 0), ("한도윤", "NNP", 4), ("이장", "NNG", 8))
    found = not_people([entity("솔내리", text, "PS"), entity("한도윤", text, "PS")], text, morphemes(*parts))
    assert [(e.text, e.label) for e in found] == [("솔내리", "LC"), ("한도윤", "PS")]


def test_a_hanja_gloss_after_the_korean_name_is_no_second_person():
    text = "시진핑(習近平) 주석이 말했다."
    gloss = entity("習近平", text, "PS")
    assert not_people([entity("시진핑", text, "PS"), gloss], text, morphemes(("시진핑", "NNP", 0)))[-1] != gloss


def test_a_lone_syllable_nobody_is_named_by_is_no_one_unless_a_title_a_mark_or_a_quote_follows():
    def kept(text: str) -> bool:
        return bool(without_unattached_surnames([Entity(0, 1, text[0], "PS", text[0], "model")], text))
    assert not kept("김 양식 어가가 늘었다.")
    assert kept("김 후보께서도 사과했다.") and kept("홍 “거짓이다”") and kept("김씨는 말했다.") and kept("정모(40)씨는 말했다.")


@pytest.mark.parametrize("text, expected", [
    ("박한솔 가람테크노파크 원장은 말했다.", [("박한솔", "PS"), ("가람테크노파크", "OG")]),
    ("마크 리벨 가람대 교수는 말했다.", [("마크 리벨", "PS"), ("가람대", "OG")]),
    ("박가온 전 보람농 대표는 출마했다.", [("박가온", "PS"), ("보람농", "OG")]),
    ("전보람 현 군수는 출마했다.", [("전보람", "PS")]),  # 현: current, no surname
    ("전재수 의원은 말했다. 전 의원은 떠났다.", [("전재수", "PS"), ("전", "PS")]),
])
def test_an_affiliation_or_a_word_of_standing_between_a_name_and_a_title_is_no_person(text, expected):
    assert [(e["text"], e["label"]) for e in record_of(text)["entities"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("서울·가람·보람 등 부지를 활용한다.", [("서울", "LC"), ("가람", "LC")]),
    ("김철수·박영희 의원이 왔다.", [("김철수", "PS"), ("박영희", "PS")]),
    ("대상 지역은 중앙동, 평화동, 새솔동 등 3개 동이다.", [("중앙동", "LC"), ("평화동", "LC"), ("새솔동", "LC"), ("3개", "QT")]),  # a comma, one unit
])
def test_a_person_joined_to_a_place_by_a_list_mark_is_a_place(text, expected):
    assert [(e["text"], e["label"]) for e in record_of(text)["entities"]] == expected


def test_a_place_that_reads_as_a_full_name_joined_to_persons_is_a_person():
    team = "단체전에서는 한가은·정다솜·서보윤(가람체대)이 우승했다."
    people = [entity("한가은", team, "PS"), entity("정다솜", team, "PS"), entity("서보윤", team, "LC")]
    assert [e.label for e in not_people(people, team, [])] == ["PS", "PS", "PS"]
    towns = "도계읍·하늘동 주민들이 모였다."  # a unit's ending: a place, and so is the word joined to it
    places = [entity("도계읍", towns, "LC"), entity("하늘동", towns, "PS")]
    assert [e.label for e in not_people(places, towns, [])] == ["LC", "LC"]


@pytest.mark.parametrize("text, expected", [
    ("연구팀은 DNA의 길이를 쟀다.", []),
    ("A그룹과 B그룹으로 나눴다.", []),
    ("A(37)씨는 집에 있었다.", ["A"]),
    ("태풍 가람과 보람이 지나갔다.", []),
])
def test_latin_terms_and_storms_are_no_persons(text, expected):
    assert [e["text"] for e in record_of(text)["entities"] if e["label"] == "PS"] == expected


@pytest.mark.parametrize("text, expected", [
    ("가람초 한도윤 학생은 말했다.", [("가람초", "OG"), ("한도윤", "PS")]),
    ("김보람 가람면 주민자치협의체 위원장은 말했다.", [("김보람", "PS"), ("가람면", "LC"), ("주민자치협의체", "OG")]),
])
def test_schools_and_bodies_between_a_name_and_a_title_are_no_persons(text, expected):
    assert [(e["text"], e["label"]) for e in record_of(text)["entities"]] == expected


@pytest.mark.parametrize("text, expected", [("동해안에 눈이 온다.", ("동해안", "LC")), ("남해안 및 섬 지역에 비가 온다.", ("남해안", "LC"))])
def test_the_coasts_are_places_not_persons(text, expected):
    assert [(e["text"], e["label"]) for e in record_of(text)["entities"]] == [expected]


@pytest.mark.parametrize("text, expected", [("계묘년 새해가 밝았다.", ("계묘년", "DT")), ("갑진년에는 용의 해다.", ("갑진년", "DT"))])
def test_a_year_of_the_sixty_year_cycle_is_a_date_not_a_person(text, expected):
    assert [(e["text"], e["label"]) for e in record_of(text)["entities"]] == [expected]


@pytest.mark.parametrize(("word", "pieces"), [("국제수영연맹", (("국제", "NNG", 0), ("수영", "NNG", 2), ("연맹", "NNG", 4))),
                                             ("세계해양기구", (("세계", "NNG", 0), ("해양", "NNG", 2), ("기구", "NNG", 4)))])
def test_a_federation_or_an_international_body_the_model_read_as_a_person_is_the_body(word, pieces):
    """After an outlet's dateline the model may read a federation as a person, and miss its president before it."""
    text = f"{word}은 결정을 미뤘다."
    [found] = not_people([entity(word, text, "PS")], text, morphemes(*pieces, ("은", "JX", len(word))))
    assert (found.text, found.label) == (word, "OG")


def test_a_surname_and_a_given_name_that_ends_like_a_body_is_a_person():
    assert [(e["text"], e["label"]) for e in record_of('정기구 할아버지는 "다리가 아프다"고 말했다.')["entities"]] == [("정기구", "PS")]


def test_one_word_ending_in_an_institutions_suffix_is_the_institution():
    assert [(e["text"], e["label"]) for e in record_of("가람도청은 새 정책을 냈다.")["entities"]] == [("가람도청", "OG")]
    assert [(e["text"], e["label"]) for e in record_of("가람요양원은 새 건물을 지었다.")["entities"]] == [("가람요양원", "OG")]


def test_a_township_after_a_government_is_a_place_in_an_address_whatever_follows():
    text = "강원 평창군 봉평읍 메밀꽃시장에서 장터가 열린다."
    [found] = not_people([entity("봉평읍", text, "PS")], text, morphemes(("봉평읍", "NNP", 7), ("메밀꽃시장", "NNP", 11)))
    assert found.label == "LC"
    assert record_of("강원 정선군 정선읍 정선아리랑시장에서 장터가 열린다.")["entities"][2]["label"] == "LC"


@pytest.mark.parametrize(("text", "places"), [
    ("가람군은 자은도, 임자도, 안좌도에 해상풍력 단지를 만든다.", ["자은도", "임자도", "안좌도"]),  # 에: a destination
    ("가람군은 도초도와 비금도에서 축제를 연다.", ["도초도", "비금도"]),  # joined by 와
    ("가람구는 봉선동, 주월동, 월산동 등 3개 동에서 시범사업을 한다.", ["봉선동", "주월동", "월산동"]),  # what the count calls them
])
def test_islands_and_neighbourhoods_read_as_people_are_places(text, places):
    found = [(e["text"], e["label"]) for e in record_of(text)["entities"]]
    assert all((place, "LC") in found for place in places)


def test_a_word_with_an_ending_no_given_name_has_is_a_place_unless_titled():
    found = [(e["text"], e["label"]) for e in record_of("시는 장항역과 서천터미널을 잇는 버스를 늘린다.")["entities"]]
    assert ("장항역", "LC") in found
    station = "보람역을 찾았다."
    person = entity("보람역", station, "PS")
    assert [e.label for e in not_people([person], station, morphemes(("보람역", "NNP", 0), ("을", "JKO", 3)))] == ["LC"]
    titled = "보람역 선장은 보람역을 찾았다."  # titled once in the article: a person throughout
    people = [Entity(0, 3, "보람역", "PS", "보람역", "model", "선장"), entity("보람역", titled, "PS", start=8)]
    assert [e.label for e in not_people(people, titled, morphemes(("보람역", "NNP", 0), ("선장", "NNG", 4), ("보람역", "NNP", 8)))] == ["PS", "PS"]


def test_a_word_ending_in_a_companys_trade_is_the_company_not_a_person():
    found = [(e["text"], e["label"]) for e in record_of('도연정밀 한서윤 대표는 "수출을 늘리겠다"고 말했다.')["entities"]]
    assert found == [("도연정밀", "OG"), ("한서윤", "PS")]


def test_a_district_after_its_city_read_as_a_person_is_a_place():
    text = "창원 성산구 가람초등학교"
    district = entity("성산구", text, "PS")
    found = not_people([district], text, morphemes(("창원", "NNP", 0), ("성산구", "NNP", 3), ("가람초등학교", "NNP", 7)))
    assert [(e.text, e.label) for e in found] == [("성산구", "LC")]
    person = "경기 수원 이상구(45)씨"
    assert not_people([entity("이상구", person, "PS")], person, morphemes(("경기", "NNP", 0), ("수원", "NNP", 3), ("이상구", "NNP", 6)))[0].label == "PS"


def test_a_name_ending_like_an_island_before_a_source_frame_stays_a_person():
    assert ("김민도", "PS") in [(e["text"], e["label"]) for e in record_of("김민도에 따르면 그렇다.")["entities"]]


def labels_of(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in record_of(text)["entities"]}


@pytest.mark.parametrize(("text", "places"), [
    ("단양군은 소백산 연화봉 인근까지 케이블카를 놓는다. 소백산은 여우 서식지다.", ["소백산", "연화봉"]),
    ("인천과 백령도 사곶해변을 잇는 여객선이 멈췄다. 백령도에서는 주민들이 발을 구른다.", ["백령도"]),
])
def test_a_word_with_a_place_ending_printed_as_a_place_and_never_as_a_persons_is_the_place(text, places):
    found = labels_of(text)
    assert [found.get(place) for place in places] == ["LC"] * len(places)


@pytest.mark.parametrize(("text", "person"), [
    ("논산시(시장 황명선)가 시민의 알 권리를 보장한다.", "황명선"),  # a head's post before the name in parentheses
    ("박용만 전 대한상공회의소 회장과의 대담이 공개됐다.", "박용만"),  # a former post after the name
    ("쇼트트랙 대표팀 김혜선이 결승에서 금메달을 땄다. 김혜선은 경기 뒤 눈물을 보였다.", "김혜선"),  # nowhere printed as a place
    ("이번 공연에는 배우 박은선과 가수 이태강이 출연한다.", "이태강"),  # an occupation before the name
])
def test_a_name_with_such_an_ending_not_printed_as_a_place_or_printed_as_a_persons_stays_a_person(text, person):
    assert labels_of(text).get(person) == "PS"


def test_a_countrys_language_is_no_name():
    found = labels_of("시는 포항역에 일본어 안내 데스크를 설치하고 베트남어와 러시아어 메뉴판을 배포했다.")
    assert not {"일본어", "베트남어", "러시아어"} & set(found)


def test_a_facility_read_as_a_body_is_a_place():
    found = labels_of("시는 포항역과 포항시외버스터미널에 안내 데스크를 설치했다. 울산대교 통행료도 내린다.")
    assert [found.get(name) for name in ("포항역", "포항시외버스터미널", "울산대교")] == ["LC", "LC", "LC"]



def test_a_name_before_a_word_of_the_area_around_a_place_is_the_place():
    assert labels_of("부여군은 구드래 일원과 정림사지에서 미디어아트를 선보인다.").get("구드래") == "LC"
    assert labels_of("하동군은 다음 달 화개장터 일원에서 축제를 연다.").get("화개장터") == "LC"
    assert labels_of("김철수 일대기를 다룬 영화가 개봉했다.").get("김철수") == "PS"  # a biography


def test_a_one_word_person_ending_in_the_kind_the_next_person_heads_is_that_body():
    text = "가람누리원 한무숙 원장은 웃었다."
    body, head = entity("가람누리원", text, "PS"), replace(entity("한무숙", text, "PS"), role="원장")
    assert [(e.text, e.label) for e in not_people([body, head], text, [])] == [("가람누리원", "OG"), ("한무숙", "PS")]
    untitled = replace(entity("한무숙", text, "PS"), role="교수")  # a title that heads no 원: two people side by side
    assert [e.label for e in not_people([body, untitled], text, [])] == ["PS", "PS"]
    listed = "박지원 한무숙 원장 등이 참석했다."  # a given name ending in 원: two people listed
    people = [entity("박지원", listed, "PS"), replace(entity("한무숙", listed, "PS"), role="원장")]
    assert [e.label for e in not_people(people, listed, [])] == ["PS", "PS"]


def test_a_bodys_kind_before_a_post_is_no_one():
    record = record_of("법원은 유치원 교사가 아이의 신체를 만졌다고 밝혔다.")
    assert [e["text"] for e in record["entities"] if e["label"] == "PS"] == []


def test_a_title_alone_is_no_one():
    persons = [entity("시의원", "시의원 \"시장 독선\"", "PS")]
    assert not_people(persons, "시의원 \"시장 독선\"", []) == []


def test_a_titles_first_syllable_read_as_a_surname_is_nobody():
    text = "인 지회장은 창고를 제안했다."
    assert without_unattached_surnames([Entity(2, 3, "지", "PS", "지", "model", "회장")], text) == []
    text = "지 회장은 창고를 제안했다."  # a surname and a title written apart: the person
    assert without_unattached_surnames([Entity(0, 1, "지", "PS", "지", "model", "회장")], text) != []


def test_a_word_before_a_places_people_in_the_plural_is_the_place_but_not_before_a_bodys_members():
    text = "오창 주민들은 집회를 열었다."
    [place] = not_people([entity("오창", text, "PS")], text, morphemes(("오창", "NNP", 0), ("주민", "NNG", 3), ("들", "XSN", 5), ("은", "JX", 6)))
    assert place.label == "LC"
    members = "신협 조합원들은 모였다."
    [kept] = not_people([entity("신협", members, "PS")], members, morphemes(("신협", "NNP", 0), ("조합원", "NNG", 3), ("들", "XSN", 6)))
    assert kept.label == "PS"  # not the place of a body's members
