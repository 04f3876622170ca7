"""Markets, new towns and terminals are places (LC) however the model read them; a city's mayor and a country's trade are not markets."""

from __future__ import annotations

import pytest

from tests.conftest import record_of


def named(text: str) -> list[tuple[str, str]]:
    return [(e["text"], e["label"]) for e in record_of(text)["entities"] if e["label"] in ("PS", "LC", "OG")]


@pytest.mark.parametrize(("text", "market"), [
    ("주말마다 가람시장을 찾는 손님이 늘었다.", "가람시장"),  # one proper noun to kiwipiepy, nothing to the model
    ("관광객이 크게 늘면서 보람동시장, 나래시장 일대가 붐빈다.", "보람동시장"),  # before a comma
    ("축제를 앞두고 기장시장은 봄멸치로 담근 젓갈을 판다.", "기장시장"),  # a county's name, read as a common noun, glued to it
])
def test_a_market_the_model_missed_is_a_place(text, market):
    assert (market, "LC") in named(text)


def test_a_market_read_with_the_next_words_as_a_person_is_the_market():
    found = named("가람시장 상인회 한도윤(59) 회장은 말했다.")
    assert ("가람시장", "LC") in found and ("한도윤", "PS") in found and not any(name.startswith("가람시장 ") for name, _ in found)


@pytest.mark.parametrize("text", ["미국시장 진출을 노린다.", "부산시장은 이날 회견을 열었다.", "노동시장 개혁을 추진한다.", "경기시장 회복이 더디다."])
def test_a_countrys_trade_a_citys_mayor_and_a_common_nouns_market_are_no_market(text):
    assert not any(name.endswith("시장") and label == "LC" for name, label in named(text))


@pytest.mark.parametrize(("text", "place"), [
    ("하늬해양신도시는 바다를 메워 만든 땅이다.", "하늬해양신도시"),
    ("시는 가람시외버스터미널과 읍성 사이에 셔틀버스를 운행한다.", "가람시외버스터미널"),
    ("보람여객터미널과 항구를 잇는 도로가 열렸다.", "보람여객터미널"),
    ("가람산터널은 출퇴근 시간마다 막힌다.", "가람산터널"),
])
def test_a_new_town_or_a_terminal_no_dictionary_holds_is_a_place_wherever_it_stands(text, place):
    assert (place, "LC") in named(text)
