"""Governments placed in their region: the 광주시, 고성군 or 동구 an article means, with level and parent;
reporters told from the people in the news; a dateline's place is a place."""

from __future__ import annotations

import pytest

from pipeline.language.regions import RegionEvidence, place_governments
from pipeline.record import Entity
from tests.conftest import record_of


def governments(text: str) -> dict[str, tuple]:
    """Surface -> (canonical, kind, parent, ambiguous) of the article's places and organisations."""
    return {e["text"]: (e["canonical"], e.get("kind"), e.get("parent"), e.get("ambiguous"))
            for e in record_of(text)["entities"] if e["label"] in ("LC", "OG")}


def test_gwangju_city_under_a_gyeonggi_dateline_and_under_a_gwangju_one():
    assert governments("(수원=연합뉴스) 광주시는 12일 시청에서 회의를 열었다.")["광주시"] == ("경기도 광주시", "city", "경기도", None)
    assert governments("(광주=연합뉴스) 광주시는 12일 시청에서 회의를 열었다.")["광주시"] == ("광주광역시", "metropolitan", None, None)


def test_a_government_named_in_full_outweighs_the_region_around_it():
    found = governments("경기도와 광주광역시가 협약을 맺었다. 광주시는 환영했다.")
    assert found["광주시"][0] == "광주광역시" and found["경기도"] == ("경기도", "metropolitan", None, None)


def test_goseong_county_by_the_governments_named_with_it():
    assert governments("강원 속초시와 양양군, 고성군이 관광 협약을 맺었다.")["고성군"][:3] == ("강원특별자치도 고성군", "county", "강원특별자치도")
    assert governments("경남 통영시와 거제시, 고성군이 조선업 협약을 맺었다.")["고성군"][:3] == ("경상남도 고성군", "county", "경상남도")


def test_a_shared_name_listed_with_a_province_or_a_metropolitan_city_is_the_metropolitan_one():
    """광주 listed by ``·`` or a comma with provinces or metropolitan cities is 광주광역시, though Gyeonggi is named in the
    article; joined to a province by 과/와 it may be the province's own city, and the article's other evidence decides."""
    assert governments("정부는 광주·전남과 대구·경북에 예산을 더 배정했다. 경기도는 제외됐다.")["광주"][0] == "광주광역시"
    assert governments("관광객은 경기도가 가장 많았고 광주, 대전 순이었다.")["광주"][0] == "광주광역시"
    assert governments("(수원=연합뉴스) 경기도와 광주시가 도로 개설에 합의했다.")["광주시"][0] == "경기도 광주시"


def test_a_district_takes_the_city_named_before_it():
    assert governments("부산 해운대구에서 행사가 열렸고 동구에서도 열렸다.")["동구"][:3] == ("부산광역시 동구", "district", "부산광역시")


def test_a_governments_body_takes_the_governments_region():
    entities = [Entity(0, 5, "부산 중구", "LC", "부산 중구", "model"), Entity(10, 14, "동구의회", "OG", "동구의회", "model"),
                Entity(20, 23, "동구청", "OG", "동구청", "model"), Entity(30, 35, "동구청년회", "OG", "동구청년회", "model")]
    placed = place_governments(entities, RegionEvidence(dateline="부산"))
    assert [e.canonical for e in placed[1:]] == ["부산광역시 동구의회", "부산광역시 동구청", "동구청년회"]  # a youth club is no body
    assert place_governments([entities[1]])[0].canonical == "동구의회"  # nothing settles it: as written
    office = place_governments([Entity(0, 3, "서울청", "OG", "서울청", "model")], RegionEvidence(dateline="서울"))
    assert office[0].canonical == "서울청"  # a regional office of the state, not the city hall


def test_nothing_settles_it_the_name_stays_as_written_and_ambiguous():
    assert governments("광주시는 12일 회의를 열었다.")["광주시"] == ("광주시", None, None, True)
    [district] = place_governments([Entity(0, 2, "동구", "LC", "동구", "model")])
    assert (district.canonical, district.kind, district.parent, district.ambiguous) == ("동구", "district", None, True)


def test_the_publishers_region_settles_a_shared_name():
    entity = Entity(0, 3, "고성군", "OG", "고성군", "model")
    [placed] = place_governments([entity], RegionEvidence(publisher="경남신문"))
    assert placed.canonical == "경상남도 고성군"
    [unsettled] = place_governments([entity], RegionEvidence(publisher="연합뉴스"))
    assert unsettled.ambiguous


def test_every_government_has_its_level_and_parent():
    found = governments("순천시와 해남군, 광산구가 전남도와 손을 잡았다.")
    assert found["순천시"][1:3] == ("city", "전라남도") and found["해남군"][1:3] == ("county", "전라남도")
    assert found["광산구"][1:3] == ("district", "광주광역시")


def test_reporters_are_people_with_the_role_reporter():
    record = record_of("(부산=연합뉴스) 이가람 기자 = 부산시는 12일 회의를 열었다고 밝혔다.")
    people = {e["text"]: (e.get("role"), e["source"]) for e in record["entities"] if e["label"] == "PS"}
    assert people["이가람"][0] == "reporter"
    run_on = record_of("시는 12일 회의를 열었다고 말했다.표가온 기자")  # a byline run on to the last sentence
    assert [(e["text"], e.get("role")) for e in run_on["entities"] if e["label"] == "PS"] == [("표가온", "reporter")]
    missed = record_of("시는 12일 회의를 열었다고 말했다.모다온 기자")  # one no rule of the entities finds: the byline's
    assert [(e["text"], e.get("role"), e["source"]) for e in missed["entities"] if e["label"] == "PS"] == [("모다온", "reporter", "byline")]


def test_a_reporter_printed_apart_is_one_person_not_the_pieces_the_model_made():
    record = record_of("가람 항구에 새 배\n가람시는 새 배를 띄웠다고 밝혔습니다.\n황보 윤 기자가 보도합니다.")
    assert [(e["text"], e["label"], e.get("role")) for e in record["entities"] if "황보" in e["text"] or e["text"] == "윤"] \
        == [("황보 윤", "PS", "reporter")]


def test_a_datelines_place_is_a_place_without_its_mark():
    found = {e["text"]: e["label"] for e in record_of("(부산=연합뉴스) 이가람 기자 = 부산시는 12일 회의를 열었다.")["entities"]}
    assert found.get("부산") == "LC" and "부산=" not in found
    found = {e["text"]: e["label"] for e in record_of("(청주=뉴스1) 홍길동 기자 = 청주시가 예산을 늘렸다.\n청사 전경.2021.12.21/© 뉴스1")["entities"]}
    assert (found.get("청주"), found.get("뉴스1")) == ("LC", "OG") and not any("=" in text or text == "©" for text in found)


def labels(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in record_of(text)["entities"] if e["label"] in ("LC", "OG")}


def test_a_government_as_a_party_is_og_and_as_a_place_lc():
    assert labels("경기도와 광주광역시가 협약을 맺었다.") == {"경기도": "OG", "광주광역시": "OG"}
    assert labels("해남군은 12일 예산을 늘린다고 밝혔다.")["해남군"] == "OG"
    assert labels("서울시 관계자는 환기가 중요하다고 설명했다.")["서울시"] == "OG"  # its employer
    assert labels("광주광역시(시장 홍길동)는 12일 계획을 밝혔다.")["광주광역시"] == "OG"
    assert labels("용인시, 민원 상담에 챗봇 도입")["용인시"] == "OG"  # a headline's subject
    assert labels("광주광역시에서 행사가 열렸다.")["광주광역시"] == "LC"
    assert labels("김 지사는 해남군을 찾아 주민을 만났다.")["해남군"] == "LC"
    assert labels("광주 지역 학생들이 대회에 참여했다.")["광주"] == "LC"
    assert labels("산모들이 전주나 광주까지 원정 출산을 간다.") == {"전주": "LC", "광주": "LC"}  # 까지, read as JX: where to


def test_a_bylines_stamps_are_no_entities():
    record = record_of("시는 12일 회의를 열었다.\n홍길동 기자 hong@example.com 2023.05.12 14:30")
    assert [(e["text"], e["label"]) for e in record["entities"] if e["start"] > 15] == [("홍길동", "PS")]


def test_no_person_glued_to_a_number_or_set_in_single_quotes():
    found = {(e["text"], e["label"]) for e in record_of("코로나19 확진자가 3000명 늘었다고 김철수 시장은 밝혔다.")["entities"]}
    assert ("김철수", "PS") in found and ("3000명", "QT") in found
    assert not any(text.startswith("코로나") and label == "PS" for text, label in found)
    quoted = record_of("‘소셜믹스’ 도입 계획을 박영희 국장이 설명했다.")["entities"]
    assert [e["text"] for e in quoted if e["label"] == "PS"] == ["박영희"]


def test_an_alias_in_parentheses_is_the_longer_name_both_ways():
    for text in ("UNIST(울산과학기술원) 연구팀은 촉매를 개발했다. UNIST는 밝혔다.", "울산과학기술원(UNIST) 연구팀은 밝혔다. UNIST 측도 설명했다."):
        assert {e["canonical"] for e in record_of(text)["entities"] if e["label"] == "OG"} == {"울산과학기술원"}


def test_a_rate_over_an_equals_sign_is_no_dateline():
    from pipeline.stages.entities import _dateline_apart

    assert _dateline_apart(0, "1달러=1300원", "QT") == [(0, "1달러=1300원", "QT")]
    assert _dateline_apart(5, "워싱턴=연합뉴스", "OG") == [(5, "워싱턴", "LC"), (9, "연합뉴스", "OG")]


@pytest.mark.parametrize("text", ["광주 북구(구청장 한도윤)는 치매 검진을 확대한다고 밝혔다.", "광주시 북구는 예산을 늘린다고 밝혔다."])
def test_a_city_and_its_district_written_together_settle_each_other(text):
    record = record_of(text)
    assert [e["canonical"] for e in record["entities"][:2]] == ["광주광역시", "광주광역시 북구"]
    assert record["quotes"][0]["speaker"]["name"] == "광주광역시 북구"


def test_a_district_right_after_a_city_that_is_no_metropolitan_government_is_that_citys_own():
    found = governments("그는 포항시 북구 양덕동에 사무실을 차렸다. 경찰은 대구에서도 수사한다.")
    assert found["북구"][:3] == ("포항시 북구", "district", "포항시")


def test_a_region_abroad_after_its_country_is_a_place_where_a_places_particle_follows():
    assert labels("전시회는 미국 라스베이거스에서 열린다.") == {"미국": "LC", "라스베이거스": "LC"}
    assert labels("대표단은 중국 장쑤성을 방문했다.") == {"중국": "LC", "장쑤성": "LC"}
    assert labels("애플도 미국 특허청에 특허를 출원했다.")["특허청"] == "OG"


def test_a_government_with_a_short_place_particle_glued_is_the_place():
    assert [(e["text"], e["label"]) for e in record_of("김천서 열린 대회에서 우승했다.")["entities"]] == [("김천", "LC")]


def test_a_government_before_kkaji_and_an_actors_verb_acts():
    assert labels("주민 반발이 거세지자 포항시까지 나서 재검토를 요구했다.") == {"포항시": "OG"}  # 까지: even
    assert labels("지하철은 가평까지 연장된다.") == {"가평": "LC"}  # where to


def test_a_company_abroad_after_its_country_stays_a_company():
    assert labels("독일 지멘스에서 기술을 이전받았다.")["지멘스"] == "OG"


def test_a_province_listed_with_its_own_cities_settles_no_shared_name():
    """경기도, 광주시, 하남시: the province holds the namesake 광주시, so the list says nothing; the dateline settles it."""
    assert governments("(수원=연합뉴스) 경기도, 광주시, 하남시는 도로 개설에 합의했다고 밝혔다.")["광주시"][0] == "경기도 광주시"
