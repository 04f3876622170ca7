"""Enumerations: comma lists with counts, partial lists, bullets, Korean numerals, not-lists."""

from __future__ import annotations

import pytest

from pipeline.extract.list_pieces import split_items
from pipeline.extract.list_counts import strip_particles
from tests.conftest import record_of


def lists_of(text: str) -> list[dict]:
    return record_of(text)["enumerations"]  # offsets checked there


def items(lst: dict) -> list[str]:
    return [item["text"] for item in lst["items"]]


def test_comma_list_with_count_and_subject_before_it():
    [lst] = lists_of("두 도시는 AI 협력, 청년·청소년 교류, 관광 협력 및 홍보 등 3개 사항에 합의했다.")
    assert items(lst) == ["AI 협력", "청년·청소년 교류", "관광 협력 및 홍보"]
    assert (lst["announced_count"], lst["count_noun"], lst["complete"], lst["kind"]) == (3, "사항", True, "agreement")


def test_partial_lists_link_to_the_complete_list():
    text = ("시와 군은 교통 협력, 관광 홍보 등 4개 과제에 합의했다.\n"
            "협약 내용은 교통 분야 협력, 관광 공동 홍보, 청년 일자리, 농산물 판로 등 4개 과제다.")
    partial, complete = lists_of(text)
    assert partial["complete"] is False and complete["complete"] is True
    assert partial["refers_to"] == complete["id"]
    assert [item["matches"] for item in partial["items"]] == [0, 1]


@pytest.mark.parametrize("detail", [
    "세부 과제는 다음과 같다.\n① 시내버스 노선 개편\n② 청년 임대주택 공급\n③ 경로당 냉방비 지원",
    "세 과제는 ▲시내버스 노선 전면 개편 ▲청년 임대주택 추가 공급 ▲경로당 냉방비 지원이다.",
])
def test_a_partial_list_links_to_a_list_of_as_many_items_with_no_count_of_its_own(detail):
    partial, complete = lists_of("가람시는 버스 노선 개편, 임대주택 공급 등 3대 과제를 발표했다.\n" + detail)
    assert complete["announced_count"] is None and len(complete["items"]) == 3
    assert partial["refers_to"] == complete["id"] and [item["matches"] for item in partial["items"]] == [0, 1]


def test_a_partial_list_links_to_no_list_of_other_items():
    partial, other = lists_of("가람시는 버스 노선 개편, 임대주택 공급 등 3대 과제를 발표했다.\n"
                              "참석자는 다음과 같다.\n① 한도윤 시장\n② 박보람 의장\n③ 김다솜 교육장")
    assert partial["refers_to"] is None


def test_the_content_of_an_agreement_is_read_past_its_parties_and_from_the_line_introducing_it():
    parties, = lists_of("가람시는 나래대학교와 보람공사, 다온테크노파크 등 3개 기관과 인재 양성 업무협약을 맺었다.")
    assert parties["kind"] == "list"
    lines, = lists_of("가람시와 나래군이 업무협약을 맺었다.\n협약 내용은 다음과 같다.\n① 현장 실습 공동 운영\n② 실습장 구축")
    assert lines["kind"] == "agreement"


def test_the_list_an_agreements_partial_list_summarises_is_its_content_too():
    partial, complete = lists_of("두 기관은 실습 운영, 장학금 지원 등 3개 사항에 합의했다.\n"
                                 "세부 내용은 다음과 같다.\n1. 현장 실습 운영\n2. 재학생 장학금 지원\n3. 졸업생 채용 연계")
    assert partial["refers_to"] == complete["id"] and complete["kind"] == "agreement"


def test_words_that_select_the_items_after_a_comma_open_no_item():
    [lst] = lists_of("가람도의 빈집은 1만 2,300여 동으로, 이 가운데 가람시, 나래시, 보람시 등 3개 시의 빈집이 절반을 넘는다.")
    assert items(lst) == ["가람시", "나래시", "보람시"]


def test_modifier_between_closing_and_count_and_korean_numerals():
    [lst] = lists_of("시는 주차, 소음, 안전 등 주민이 꼽은 세 가지 문제를 점검했다.")
    assert items(lst) == ["주차", "소음", "안전"] and lst["announced_count"] == 3 and lst["complete"]


def test_a_korean_numeral_counts_the_noun_right_after_it_but_never_an_order_or_a_repeat():
    [regions] = lists_of("그는 가람·누리·보람 등 세 지역의 시장을 돌았다.")
    assert items(regions) == ["가람", "누리", "보람"] and (regions["announced_count"], regions["count_noun"]) == (3, "지역")
    [towns] = lists_of("새솔군과 다온군 등 두 군이 손을 잡았다.")
    assert (towns["announced_count"], towns["count_noun"], towns["complete"]) == (2, "군", True)
    assert lists_of("가람시, 누리군 두 번째 협약식 열어") == []
    assert all(e["announced_count"] is None for e in lists_of("가람시와 누리군 등은 세 차례 회의를 열었다."))


def test_a_total_word_between_the_closing_word_and_the_count_keeps_the_count():
    [members] = lists_of("위원은 ▲한가람 가람문화원장 ▲도누리 가람군체육회장 ▲박하늘 모범운전자회 지회장 등 총 3명이다.")
    assert (members["announced_count"], members["complete"]) == (3, True)
    [projects] = lists_of("올해 사업은 ▲골목 정비 ▲공원 조성 등 모두 4개다.")
    assert (projects["announced_count"], projects["complete"]) == (4, False)


def test_parentheses_stay_inside_an_item():
    [lst] = lists_of("인공지능(AI, 빅데이터) 산업, 바이오 산업 등 2개 분야를 키운다.")
    assert items(lst)[0] == "인공지능(AI, 빅데이터) 산업"


def test_bullet_lines_make_a_list():
    [lst] = lists_of("주요 사업은 다음 3개다.\n△ 도로 확장\n△ 공원 조성\n△ 주차장 신설\n시는 내년에 착공한다.")
    assert items(lst) == ["도로 확장", "공원 조성", "주차장 신설"]
    assert (lst["announced_count"], lst["complete"]) == (None, None)  # the count came before the items


@pytest.mark.parametrize(("text", "items"), [
    ("주민들은 ①길 청소 ②꽃 심기 ③쓰레기 되가져가기를 정했다.", ["길 청소", "꽃 심기", "쓰레기 되가져가기"]),  # a verb made a noun, then its particle
    ("후보는 한도윤(52), 도나래(44) 등 2명이다.", ["한도윤(52)", "도나래(44)"]),  # people with their ages, the exact count
    ("가람시의회, 제321회 임시회 개회…조례안, 동의안 등 12건 심의", ["조례안", "동의안"]),  # a headline's clause before its ellipsis
    ("극단은 ‘봄날’, ‘여름…그리고 가을’, ‘겨울 나무’ 등 3편을 올린다.", ["‘봄날’", "‘여름…그리고 가을’", "‘겨울 나무’"]),
    ("노조는 줄어든 기간 연장, 임금 인상, 인력 충원 등 3가지를 요구했다.", ["기간 연장", "임금 인상", "인력 충원"]),  # 기간 stays
])
def test_item_edges_at_a_nominal_verbs_particle_a_headlines_ellipsis_and_notes_in_parentheses(text, items):
    assert [[i["text"] for i in e["items"]] for e in record_of(text)["enumerations"]] == [items]


def test_two_sentences_of_inline_bullets_in_one_paragraph_are_two_lists():
    text = ("가람시는 올해 ▲골목상권 점포 리모델링 ▲청년 창업 지원 ▲청년 상인 임대료 지원을 추진한다. "
            "시는 또 ▲마을 도서관 확충 ▲주민 강좌를 꾸준히 열 예정이다.")
    lists = [[item["text"] for item in e["items"]] for e in record_of(text)["enumerations"]]
    assert lists == [["골목상권 점포 리모델링", "청년 창업 지원", "청년 상인 임대료 지원"], ["마을 도서관 확충", "주민 강좌"]]
    own = record_of("가람시의 올해 3대 과제는 ▲청년 월세 지원 확대다. ▲신혼부부 주거 지원 ▲출산 장려금 인상")["enumerations"]
    assert [len(e["items"]) for e in own] == [3]  # an item closed on its own, the list going on


def test_inline_bullets():
    [lst] = lists_of("지원 내용은 △임대료 감면 △컨설팅 △판로 개척 등이다.")
    assert items(lst) == ["임대료 감면", "컨설팅", "판로 개척"] and lst["announced_count"] is None


def test_amounts_and_single_examples_are_not_lists():
    assert lists_of("국비 1억 원과 지방비 1억 원 등 총 2억 원을 들인다.") == []
    assert lists_of("그는 사과 등을 샀다.") == []


def test_first_pair_joined_by_wa_and_a_hyphen_split_into_items():
    [lst] = lists_of("가람구치소 신축 사업과 예시의료원 분원, 소상공인 지원금 등 3개 사업이다.")
    assert items(lst) == ["가람구치소 신축 사업", "예시의료원 분원", "소상공인 지원금"] and lst["complete"]
    [lst] = lists_of("경기도-고양시 등 2개 공공기관 협약 체결")  # the hyphen joins exactly the count
    assert items(lst) == ["경기도", "고양시"] and lst["complete"]
    [lst] = lists_of("경기도-고양시 등 4개 공공기관 협약 체결")  # otherwise one item, as written
    assert items(lst) == ["경기도-고양시"] and not lst["complete"]


def test_introduction_is_not_part_of_the_first_item():
    [lst] = lists_of("시는 참가 식당을 대상으로 맛, 위생, 친절 등 3개 항목을 평가했다.")
    assert items(lst) == ["맛", "위생", "친절"]
    [lst] = lists_of("공모사업에 포함된 어르신 돌봄 사업 등 4개 사업이 뽑혔다.")
    assert items(lst) == ["어르신 돌봄 사업"] and lst["announced_count"] == 4
    [lst] = lists_of("쉼터 명소는 12개소로 일명 솔바람길이라 불리는 ‘가람숲길공원’, 갈대로 유명한 ‘별빛공원’ 등이 있다.")
    assert items(lst)[0] == "일명 솔바람길이라 불리는 ‘가람숲길공원’" and lst["announced_count"] is None


def test_a_count_before_the_items_is_not_the_lists():
    # A count that comes first is the writer's summary, not the count that closes the list.
    [lst] = lists_of("9개 스타트업은 반려동물 건강 관리 앱 ‘가람펫’, 실내 공기 측정 기기 ‘솔빛에어’ 등이다.")
    assert (lst["announced_count"], lst["count_noun"], len(lst["items"])) == (None, None, 2)
    [lst] = lists_of("이번에 선보일 4개 과제는 우수 과제들이다.\n‘솔빛’, ‘가람누리’, ‘새봄텍’, ‘별마루’ 등이다.")
    assert (lst["announced_count"], lst["complete"], len(lst["items"])) == (None, None, 4)
    [lst] = lists_of("넘길 업무는 10개 가량으로 △회계 △채용 △방송실 운영 등이다.")
    assert items(lst) == ["회계", "채용", "방송실 운영"] and lst["announced_count"] is None


def test_inline_bullets_closed_by_a_count_and_dash_bullets():
    [lst] = lists_of("도는 △교통안내 △생활민원 △관광 등 3개 분야 정보를 제공한다.")
    assert items(lst) == ["교통안내", "생활민원", "관광"] and (lst["announced_count"], lst["complete"]) == (3, True)
    [lst] = lists_of("- 기어는 조종간이다. - 엔진은 아우디에서 가져왔다. - 폰툰은 보트에서 가져왔다. 지난해 동체가 팔렸다.")
    assert items(lst) == ["기어는 조종간이다", "엔진은 아우디에서 가져왔다", "폰툰은 보트에서 가져왔다"]


def test_words_that_only_look_like_a_closing_or_a_list():
    assert lists_of("초등 17개·중고등 16개 사업을 옮긴다.") == []
    assert lists_of("총 1350가구로 지어지며 전용면적은 102㎡ 610가구, 74㎡ 740가구 등이다.") == []
    assert lists_of("체험장은 야외형 7곳, 실내형 5곳, 수상형 1곳 등이다.") == []


def test_helpers():
    assert split_items("A(B, C), D") == [(0, 7), (8, 10)]
    assert strip_particles("사항에") == "사항" and strip_particles("과제를") == "과제"


def test_counts_are_read_at_word_boundaries_from_morphemes():
    # 세종 is not 3종, 한편 not 1편, 열대 not 10대, 세대 not 3대
    assert lists_of("교통, 주거, 교육 등 세종 지역의 과제를 살폈다.") == []
    [lst] = lists_of("시는 교통, 주거, 교육 등 3개 과제를 정했다. 한편 세종시는 열대 과일과 세대 교체 등을 논의했다.")
    assert items(lst) == ["교통", "주거", "교육"] and lst["announced_count"] == 3
    # kiwipiepy may read 세종 as the numeral 세 and the counter 종 before a count: a numeral word stands apart from its counter
    [lst] = lists_of("가람읍, 나래면, 보람면 등 세종 북부권 3개 읍면의 농가가 참여한다.")
    assert lst["announced_count"] == 3 and lst["count_noun"] == "읍면"


def test_a_head_count_of_people_is_no_list():
    assert lists_of("이날 행사에는 친구와 가족, 이웃 등 16명이 참석했다.") == []
    [lst] = lists_of("김철수, 박영희 등 2명이 참석했다.")
    assert items(lst) == ["김철수", "박영희"] and lst["complete"]


@pytest.mark.parametrize("sentence", ["경찰은 도하람(31)씨 등 3명을 조사하고 있다.", "행사에는 한도윤 가람시장, 박보람 나래군수 등 12명이 자리했다.",
                                      "박보람 씨와 윤채아 씨 등 4명이 다쳤다."])
def test_people_named_fewer_than_their_count_are_no_list(sentence):
    assert lists_of(sentence) == []  # a head count with some of its people, not people named one by one


@pytest.mark.parametrize("sentence", ["협의회는 가람당 한도윤·박보람 의원, 나래당 윤채아 의원 등 3명으로 꾸려졌다.",
                                      "협의회는 가람당 한도윤·박보람 의원과 나래당 윤채아 의원 등 3명으로 꾸려졌다."])
def test_names_apart_by_middle_dots_before_one_title_are_people_of_the_count(sentence):
    [lst] = lists_of(sentence)  # the dotted names are items when the count is their number, as 교통안전·골목정비 등 2개 분야
    assert items(lst) == ["가람당 한도윤", "박보람 의원", "나래당 윤채아 의원"] and lst["complete"]


def test_names_of_two_parties_apart_by_a_middle_dot_are_two_people():
    [lst] = lists_of("협의회는 가람당 한도윤·나래당 박보람 의원 등 2명으로 꾸려졌다.")
    assert items(lst) == ["가람당 한도윤", "나래당 박보람 의원"] and lst["complete"]


def test_a_title_apart_by_a_middle_dot_names_one_person():
    [lst] = lists_of("행사에는 한도윤 한국·일본 경제협회장, 박보람 대표 등 2명이 참석했다.")
    assert items(lst) == ["한도윤 한국·일본 경제협회장", "박보람 대표"] and lst["complete"]


def test_a_list_inside_a_bullet_item_is_nested_and_lists_say_how_they_are_written():
    text = "분야별 과제는 다음과 같다.\n△교통: 버스, 지하철, 택시 등 3개 수단 개선\n△복지: 돌봄 확대\n- 첫째 안이다. - 둘째 안이다."
    found = lists_of(text)
    bullets = next(lst for lst in found if lst["form"] == "bullets")
    nested = next(lst for lst in found if lst["form"] == "comma")
    assert items(nested) == ["버스", "지하철", "택시"] and nested["parent"] == bullets["id"]
    assert bullets["parent"] is None and text[bullets["intro"]["start"] : bullets["intro"]["end"]] == "분야별 과제는 다음과 같다."
    assert any(lst["form"] == "dashes" for lst in found)


def test_sub_bullets_under_a_bullet_line_are_a_list_nested_under_the_list_of_the_lines_above_them():
    text = ("계획의 주요 내용은 다음과 같다.\n가. 진단 체계 강화\n - 전수 진단검사 실시\n - 다중 진단 도입\n"
            "나. 맞춤형 지원 확대\n - 학습 도우미 배치\n - 보충교실 운영\n다. 학부모 참여 확대\n교육청은 성과를 점검한다.")
    outer, first, second = lists_of(text)
    assert items(outer) == ["진단 체계 강화", "맞춤형 지원 확대", "학부모 참여 확대"] and outer["parent"] is None
    assert items(first) == ["전수 진단검사 실시", "다중 진단 도입"] and items(second) == ["학습 도우미 배치", "보충교실 운영"]
    assert first["parent"] == second["parent"] == outer["id"]


def test_a_comma_list_is_introduced_by_its_sentence():
    text = "합의문에는 교통, 관광, 청년 등 3개 분야가 담겼다. 시는 내년에 시행한다."
    [lst] = lists_of(text)
    assert text[lst["intro"]["start"] : lst["intro"]["end"]] == "합의문에는 교통, 관광, 청년 등 3개 분야가 담겼다."


def test_a_list_without_a_count_is_neither_complete_nor_partial():
    [lst] = lists_of("지원 분야로는 주거, 교육, 돌봄 등이 있다.")
    assert lst["announced_count"] is None and lst["complete"] is None


def test_inline_arrow_bullets():
    [lst] = lists_of("두 학교는 ▶교재 공동 개발 ▶교사 연수 교류 ▶시설 공동 활용에 힘을 모으기로 했다.")
    assert items(lst)[:2] == ["교재 공동 개발", "교사 연수 교류"] and lst["form"] == "bullets"


def test_items_with_their_own_modifiers_keep_them():
    [lst] = lists_of("올해 과제는 아이의 독서를 돕는 앱 ‘책벗’, 반려견의 비문 등록을 통한 신원확인 서비스 ‘코인식’ 등 2개다.")
    assert items(lst) == ["아이의 독서를 돕는 앱 ‘책벗’", "반려견의 비문 등록을 통한 신원확인 서비스 ‘코인식’"]
    [scoped] = lists_of("시는 부산을 제외한 군산, 목포, 여수 등 3개 항만을 점검했다.")  # the modifier scopes over the list
    assert items(scoped) == ["군산", "목포", "여수"]


def test_a_purpose_clause_before_an_item_with_its_own_modifier_stays_in_the_introduction():
    [lst] = lists_of("가람군은 수입을 늘리기 위해 약초를 활용한 건강식 개발, 판로 개척을 위한 교육 등 2개 사업을 시작한다.")
    assert items(lst) == ["약초를 활용한 건강식 개발", "판로 개척을 위한 교육"]  # 위해: 위하 + 어, one word


def test_a_subject_inside_the_items_modifiers_stays_in_the_first_item():
    [lst] = lists_of("상임위는 김가람 의원이 대표 발의한 청년 창업 지원 조례안, 이보람 의원이 대표 발의한 주차장 관리 조례안 등 5건을 심사한다.")
    assert items(lst)[0] == "김가람 의원이 대표 발의한 청년 창업 지원 조례안"  # after the topic: the modifier's subject
    [opening] = lists_of("주민들이 제안한 마을 쉼터 조성 사업, 학생들이 요청한 통학로 정비 사업 등 2건이 채택됐다.")
    assert items(opening) == ["주민들이 제안한 마을 쉼터 조성 사업", "학생들이 요청한 통학로 정비 사업"]
    [main] = lists_of("김 시장이 주민들이 제안한 공원 조성, 학생들이 낸 통학로 개선 등 2개 사업을 챙겼다.")
    assert items(main)[0] == "주민들이 제안한 공원 조성"  # the sentence's own subject stays out: only the nearest is the modifier's


def test_sub_lists_side_by_side_are_two_lists():
    first, second = lists_of("지원 유형은 창업형, 귀촌형, 나눔형 등 3개와 기존의 정주형, 연계형 등 5개 유형이다.")
    assert items(first) == ["창업형", "귀촌형", "나눔형"] and first["announced_count"] == 3
    assert items(second) == ["정주형", "연계형"] and second["announced_count"] == 5  # 기존의 sets it apart
    _, second = lists_of("신규로 창업형, 귀촌형 등 2개와 기존에 운영하던 정주형, 연계형 등 4개 유형이다.")
    assert items(second) == ["정주형", "연계형"]


def test_examples_joined_to_a_list_by_and_are_no_part_of_its_first_item():
    only, = lists_of("개소식에는 한가람 군수, 도누리 군의회 의장 등 민·관 위원들과 솔빛농원, 다온목장, 새벽양봉 등 12개 농가가 참석했다.")
    assert items(only) == ["솔빛농원", "다온목장", "새벽양봉"] and only["announced_count"] == 12


def test_numbers_with_units_are_no_list_but_names_with_numbers_are():
    assert lists_of("이곳에는 70층, 58층, 41층 높이의 주상복합 3개 동이 들어선다.") == []
    [lines] = lists_of("1호선, 2호선, 3호선 등 3개 노선이 지난다.")
    assert items(lines) == ["1호선", "2호선", "3호선"]
    [places] = lists_of("봉사단은 지난 8일 예시읍·가람면·솔빛면 등 3개 읍면에 이웃돕기 쌀을 전했다.")
    assert len(items(places)) == 3


def test_a_total_closes_an_inline_bullet_list_and_no_item_swallows_the_predicate():
    [lst] = lists_of("군은 △청년 쉼터 조성 △어르신 돌봄 서비스 △마을 축제 지원 총 3개 사업에 예산을 쓸 방침이다.")
    assert items(lst) == ["청년 쉼터 조성", "어르신 돌봄 서비스", "마을 축제 지원"]
    assert (lst["announced_count"], lst["complete"]) == (3, True)


@pytest.mark.parametrize("text", [
    "권민국 의원과 박상우 의원, 3개 도시 시장은 12일 회견을 열었다.",  # the count opens a piece of its own
    "국비와 지방비를 매칭, 기존 41개 과제에 신규사업을 더했다.",  # without 등, a count the items do not make
    "시립 도서관을 포함한 5개 핵심사업 예산이 확정됐다.",  # one thing among a count
    "과일, 수산물, 잡화 등 품질 평가를 거쳐 고른 6개 점포가 참여한다.",  # the count of another clause
])
def test_counts_that_are_not_the_lists(text):
    assert lists_of(text) == []


def test_names_joined_by_middle_dots_before_their_count_are_a_list():
    [lst] = lists_of("호소문에서 남원·정읍·김제 3개 도시는 지원을 요구했다.")
    assert items(lst) == ["남원", "정읍", "김제"] and (lst["announced_count"], lst["count_noun"], lst["complete"]) == (3, "도시", True)
    assert lists_of("읍·면당 3개 경로당씩 선정한다.") == []  # a rate per 읍·면, not a list


def test_an_item_starts_after_a_headlines_ellipsis():
    record = record_of("예시심의위…주민부담 완화 등 6개 안건 심의·의결\n위원회는 12일 회의를 열었다.")
    assert [[i["text"] for i in e["items"]] for e in record["enumerations"]] == [["주민부담 완화"]]


def test_an_inline_bullet_list_stops_at_its_closing_word_with_a_particle_a_naming_copula_or_its_parenthesis():
    record = record_of(
        "주민들은 ▲화단 가꾸기 ▲골목 청소 등에 참여해 이웃과 어울렸다.\n"
        "구상은 ▲숲길 조성 ▲하천 정비 ▲쉼터 강화라는 3대 과제로 짜였다.\n"
        "군은 강좌를 3개 과정(▲문화(예술) 교육 ▲목공 기술 ▲생활(건강) 체조) 총 200시간으로 늘렸다.")
    found = [([item["text"] for item in e["items"]], e["announced_count"]) for e in record["enumerations"]]
    assert found == [(["화단 가꾸기", "골목 청소"], None), (["숲길 조성", "하천 정비", "쉼터 강화"], 3),
                     (["문화(예술) 교육", "목공 기술", "생활(건강) 체조"], 3)]


def test_a_date_before_the_first_item_is_when_unless_the_items_modifier_holds_it():
    record = record_of("봉사회가 지난 5일 가람읍·보람면·새솔면 등 3개 읍면에 김치를 전했다.\n"
                       "군은 2019년 선정된 보람지구, 새솔지구 등 2개 지구를 정비했다.")
    assert [[item["text"] for item in e["items"]] for e in record["enumerations"]] == [
        ["가람읍", "보람면", "새솔면"], ["2019년 선정된 보람지구", "새솔지구"]]


def test_a_time_of_day_after_a_date_is_when_but_opening_an_item_it_is_the_items():
    record = record_of("봉사단은 지난 5일 오후 가람읍, 보람면, 새솔면 등 3개 읍면을 돌았다.\n"
                       "군은 저녁 공연, 낮 공연, 체험 마당 등 3개 행사를 연다.")
    assert [[item["text"] for item in e["items"]] for e in record["enumerations"]] == [
        ["가람읍", "보람면", "새솔면"], ["저녁 공연", "낮 공연", "체험 마당"]]


def test_two_inline_bullet_lists_in_one_paragraph_and_an_item_holding_its_own_closing_word():
    record = record_of("군은 ▷숲 가꾸기 ▷물 관리 ▷쓰레기 줄이기 등 3개 분야로 짜인 심사와 ▷우수 시책 ▷사례 발표 등으로 "
                       "짜인 심사를 받았다.\n시는 △공원 조성 등 녹지 확충 △골목 정비 등 2대 약속을 내놨다.")
    found = [([item["text"] for item in e["items"]], e["announced_count"]) for e in record["enumerations"]]
    assert found == [(["숲 가꾸기", "물 관리", "쓰레기 줄이기"], 3), (["우수 시책", "사례 발표"], None),
                     (["공원 조성 등 녹지 확충", "골목 정비"], 2)]


def test_the_last_inline_item_stops_before_the_particle_tying_it_to_the_predicate():
    record = record_of("마을들은 ▶공동 장터 ▶일손 나눔 ▶농기구 대여·수리와 씨앗 교류에 함께 나서기로 했다.\n"
                       "면은 ▲목공교실 ▲주민을 위한 마을 쉼터 건립을 돕는다.\n"
                       "군은 ▲숲길 복원 ▲하천 정비의 2대 방향을 정했다.")
    found = [([item["text"] for item in e["items"]], e["announced_count"]) for e in record["enumerations"]]
    assert found == [(["공동 장터", "일손 나눔", "농기구 대여·수리와 씨앗 교류"], None),
                     (["목공교실", "주민을 위한 마을 쉼터 건립"], None), (["숲길 복원", "하천 정비"], 2)]
    record = record_of("평가는 ▷주민 만족도 ▷현장 우수 사례로 이뤄진 정성평가로 나뉜다.")  # what the items make up is none of them
    assert [[item["text"] for item in e["items"]] for e in record["enumerations"]] == [["주민 만족도", "현장 우수 사례"]]
    record = record_of("구는 △골목 정원 조성 △빈집 정비를 골자로 한 마을 재생 계획을 세웠다.")  # nor what they are the gist of
    assert [[item["text"] for item in e["items"]] for e in record["enumerations"]] == [["골목 정원 조성", "빈집 정비"]]


def test_a_comma_list_closed_by_a_bare_count_its_items_make():
    record = record_of("협약기업은 ㈜가람(자동차부품·인천), ㈜보람(건축자재·평택), 새솔산업(부품·구미) 3곳이다.\n"
                       "수상자는 한도윤, 김보람, 이나래 3명이다.\n"
                       "교사, 학생, 학부모 3명이 참석했다.")  # kinds of people: no names, no list
    assert [([item["text"] for item in e["items"]], e["announced_count"]) for e in record["enumerations"]] == [
        (["㈜가람(자동차부품·인천)", "㈜보람(건축자재·평택)", "새솔산업(부품·구미)"], 3), (["한도윤", "김보람", "이나래"], 3)]


def test_a_count_closes_a_list_whose_last_two_items_are_joined_by_wa():
    [lst] = lists_of("가람시, 나래시와 보람군 3개 시군이 참여했다.")
    assert items(lst) == ["가람시", "나래시", "보람군"] and lst["complete"]


def test_people_named_one_by_one_before_a_count_of_as_many_are_a_list_without_a_closing_word():
    [lst] = lists_of("한도윤 교수, 김보람 연구원, 이나래 박사 3명이 참여했다.")
    assert items(lst) == ["한도윤 교수", "김보람 연구원", "이나래 박사"] and lst["complete"]
    assert lists_of("한도윤 교수, 김보람 연구원 3명이 참여했다.") == []  # fewer names than the count: a head count


def test_a_first_item_joined_by_a_conjunctive_adverb_keeps_both_nouns():
    [lst] = lists_of("가람시는 예시관리 및 예시조사, 공시지가, 도로명주소 등 18개 항목에서 평가받았다.")
    assert items(lst)[0] == "예시관리 및 예시조사"


def test_an_apposition_before_the_first_item_is_the_introductions():
    [lst] = lists_of("올해 핵심 사업인 예시공원 조성, 예시센터 건립, 예시도로 확장 등 3개 사업에 예산이 들어간다.")
    assert items(lst)[0] == "예시공원 조성"


def test_bulleted_summary_points_above_the_lead_are_no_list():
    text = "가람군, 주민 지원금 전달\n- 저소득 가구에 각 100만 원씩 전달\n- 민관 협력으로 복지 기반 확대\n가람군은 지난 9일 주민 지원금을 전달했다고 밝혔다.\n지원금은 저소득 가구에 각각 전달됐다."
    assert lists_of(text) == []
    below = "가람군은 지난 9일 두 가지를 발표했다.\n- 저소득 가구 지원\n- 민관 협력 확대\n지원은 내년까지 이어진다."
    assert [items(lst) for lst in lists_of(below)] == [["저소득 가구 지원", "민관 협력 확대"]]


def test_after_a_label_or_a_spaced_dash_the_first_items_modifier_is_its_own_with_its_subject():
    [lst] = lists_of("군이 내놓은 과제 — 주민이 직접 가꾸는 꽃길 조성, 빈집 정비 등 2개 과제에 예산을 쓴다.")
    assert items(lst) == ["주민이 직접 가꾸는 꽃길 조성", "빈집 정비"]
    [lst] = lists_of("추진 현황: 시는 올해 도로 정비, 공원 조성 등 2개 사업을 추진한다.")  # a topic after the label: its own clause
    assert items(lst) == ["도로 정비", "공원 조성"]


def test_an_adverb_between_two_nouns_is_a_word_of_the_item():
    [lst] = lists_of("협약서에는 공장 신설과 지역 인재 우선 채용, 지역 농산물 우선 구매 등 3개 항목이 담겼다.")
    assert items(lst) == ["공장 신설", "지역 인재 우선 채용", "지역 농산물 우선 구매"]
    [lst] = lists_of("시는 올해 우선 도로 정비, 공원 조성 등 2개 사업을 추진한다.")  # after a date: the sentence's adverb
    assert items(lst) == ["도로 정비", "공원 조성"]
    [lst] = lists_of("참가자 모두 텃밭 가꾸기, 벽화 그리기 등 2개 활동에 참여했다.")  # an adverb only: the introduction's
    assert items(lst) == ["텃밭 가꾸기", "벽화 그리기"]
    [lst] = lists_of("축제 기간 내내 거리 공연, 전통 체험 등 2개 프로그램이 이어진다.")
    assert items(lst) == ["거리 공연", "전통 체험"]


def test_a_clause_of_time_before_the_first_items_own_description_is_the_introductions():
    [lst] = lists_of("군은 주민 공모와 심사를 거친 뒤 유모차로도 오를 수 있도록 경사로를 낸 숲길 ‘솔향길’, "
                     "옛 창고를 고쳐 만든 공연장 ‘별마루’ 등 2건을 선정했다.")  # 거친 뒤: when; 있도록 … 낸: the description's
    assert items(lst) == ["유모차로도 오를 수 있도록 경사로를 낸 숲길 ‘솔향길’", "옛 창고를 고쳐 만든 공연장 ‘별마루’"]
    [lst] = lists_of("군은 주민들이 원하는 대로 꾸민 쉼터 ‘가람정’, 아이들이 직접 설계한 놀이터 ‘꿈마루’ 등 2곳을 열었다.")
    assert items(lst) == ["주민들이 원하는 대로 꾸민 쉼터 ‘가람정’", "아이들이 직접 설계한 놀이터 ‘꿈마루’"]  # 대로: the description's


def test_a_later_items_own_modifier_does_not_end_the_introduction():
    # 안내로, 쉽게: inside the last item's modifier clause, not the end of the list's introduction
    [lst] = lists_of("과제는 다음과 같다.\n아이의 독서를 돕는 앱 ‘책벗’, 온라인 학습 서비스 ‘배움터’, "
                     "음성 안내로 쉽게 배우는 전자 피아노 ‘솔건반’ 등이다.")
    assert items(lst) == ["아이의 독서를 돕는 앱 ‘책벗’", "온라인 학습 서비스 ‘배움터’", "음성 안내로 쉽게 배우는 전자 피아노 ‘솔건반’"]
    [lst] = lists_of("도는 서류를 모두 받은 뒤 운영과 홍보 등 2개 분야를 심사했다.")  # 받은 뒤: a clause of time
    assert items(lst) == ["운영", "홍보"]
    [lst] = lists_of("시는 지역에 정착하는 청년에게 주거비를 주는 보금자리 사업, 창업 청년에게 사무실을 빌려주는 창업 공간 사업 등 "
                     "2개 사업을 추진한다.")  # the other item's modifier holds an adverbial particle: so does the first's
    assert items(lst) == ["지역에 정착하는 청년에게 주거비를 주는 보금자리 사업", "창업 청년에게 사무실을 빌려주는 창업 공간 사업"]
    [lst] = lists_of("시는 15일 시청 대회의실에서 청년에게 주거비를 주는 보금자리 사업, 신혼부부에게 이자를 지원하는 희망대출 사업 등 "
                     "2개 사업을 발표했다.")  # the introduction's time and place are not the item's
    assert items(lst)[0] == "청년에게 주거비를 주는 보금자리 사업"


def test_names_after_their_descriptions_keep_the_first_description():
    [lst] = lists_of("번호판 인식을 활용한 주차 안내 서비스 ‘빈자리’와 입체 음향 솔루션 ‘소리샘’ 등 7개 과제다.")
    assert items(lst) == ["번호판 인식을 활용한 주차 안내 서비스 ‘빈자리’", "입체 음향 솔루션 ‘소리샘’"]
    [lst] = lists_of("올해 축제는 골목을 무대로 한 거리 공연 ‘소리판’, 폐공장을 고친 전시장 ‘예술창고’ 등 5개 행사로 꾸며진다.")
    assert items(lst)[0] == "골목을 무대로 한 거리 공연 ‘소리판’"  # 무대로: inside the first description
    [lst] = lists_of("시는 올해 가람천 일대에서 지역 농산물을 활용한 밥상 ‘가람밥상’, 청년 창업 공간 ‘모여라’ 등 3개 사업을 선보인다.")
    assert items(lst)[0] == "지역 농산물을 활용한 밥상 ‘가람밥상’"  # 일대에서: where the programme runs, not the description
    [lst] = lists_of("힐링 명소는 15개소로 일명 숲길이라 불리는 ‘가람숲’, 억새로 유명한 ‘하늘마루’ 등이 있다.")
    assert items(lst)[0] == "일명 숲길이라 불리는 ‘가람숲’"  # 15개소로: the count closes the clause before it
    [lst] = lists_of("산책 명소로는 호숫가 언덕을 품은 ‘솔향 정원’과 옛 채석장을 공원으로 바꾼 ‘물빛공원’ 등 6곳이 꼽힌다.")
    assert items(lst) == ["호숫가 언덕을 품은 ‘솔향 정원’", "옛 채석장을 공원으로 바꾼 ‘물빛공원’"]
    [lst] = lists_of("주민들이 제안한 ‘골목 쉼터’, ‘건강 지킴이’ 등 4개 정책을 채택했다.")  # bare names: 제안한 is the list's
    assert items(lst) == ["‘골목 쉼터’", "‘건강 지킴이’"]


def test_words_inside_quotes_or_parentheses_never_end_the_introduction():
    [lst] = lists_of("공모는 ‘마을이 함께 키우는 학교’, ‘이웃과 손잡는 학교’ 등 2개 부문으로 열렸다.")
    assert items(lst) == ["‘마을이 함께 키우는 학교’", "‘이웃과 손잡는 학교’"]
    [lst] = lists_of("군은 12일 “새봄회(회장 한도윤)가 지난 5일 가람읍, 보람면, 새솔면 등 3개 읍면에 김치를 전했다.")
    assert items(lst) == ["가람읍", "보람면", "새솔면"]  # a quote left open is no bracket


def test_a_count_after_a_clause_with_its_own_subject_or_stage_is_another_things():
    assert lists_of("도는 관광객 유치, 일자리 창출 등 실적이 뛰어난 5개 시군을 뽑았다.") == []
    assert lists_of("시는 현장 점검이나 서류 확인 등 1차 평가를 넘은 20곳을 살폈다.") == []
    [lst] = lists_of("시는 현장 점검이나 서류 확인 등 1차 평가를 넘은 20곳을 대상으로 맛, 위생, 친절 등 3개 항목을 봤다.")
    assert items(lst) == ["맛", "위생", "친절"]


def test_the_last_bullet_stops_before_a_predicate_of_plan_and_time_words_introduce():
    [lst] = lists_of("군은 내년까지 ▲마을 공방 확대 ▲청년 창업 지원 ▲주민 강좌를 꾸준히 열 예정이다.")
    assert items(lst) == ["마을 공방 확대", "청년 창업 지원", "주민 강좌"]
    [lst] = lists_of("위원회는 그동안 예산 심사, 조례 정비, 민원 처리 등 3개 분야를 맡았다.")
    assert items(lst) == ["예산 심사", "조례 정비", "민원 처리"]


def test_a_modifier_with_its_dependent_noun_and_words_of_time_introduce_the_list():
    [lst] = lists_of("정부는 시민이 쉴 수 있는 ‘별빛 쉼터 조성’, ‘가람선 연장’ 등 6개 사업을 뽑았다.")
    assert items(lst) == ["‘별빛 쉼터 조성’", "‘가람선 연장’"]
    [lst] = lists_of("군은 공모를 미루고 대신 마을 쉼터 보수, 골목 정비 등 5개 사업을 펼친다.")
    assert items(lst) == ["마을 쉼터 보수", "골목 정비"]


def test_captions_hold_no_list():
    text = "우박에 사과 피해가 컸다.\n▶ 인터뷰 : 한도윤 / 사과 농민\n▶ 스탠딩 : 박보람\n농민들은 지원을 요청했다."
    assert lists_of(text) == []


def test_inline_sections_and_broadcast_cues_are_no_bullets():
    sections = "비가 온다. ◇30년 만의 폭우. 기상청은 14일 이같이 밝혔다. 강이 넘쳤다. ◇장마는? 장마는 비가 오래 내리는 현상이다."
    assert lists_of(sections) == []
    script = "◀ANC▶ 봄꽃이 일찍 폈습니다 ◀END▶ ◀VCR▶ 상춘객이 몰렸습니다 ◀INT▶한도윤/상인 \"바쁘다\""
    assert lists_of(script) == []
    [lst] = lists_of("군은 △안심! 귀갓길 조성 △주민 강좌 지원 등 2개 사업을 펼친다.")  # an exclamation is no sentence of its own
    assert items(lst) == ["안심! 귀갓길 조성", "주민 강좌 지원"]


def test_items_a_count_makes_room_for_and_nominalised_verbs():
    [lst] = lists_of("시는 이날 교통 개선을 비롯해 주거 지원, 교육 협력 등 3개 분야 협약을 맺었다.")
    assert items(lst) == ["교통 개선", "주거 지원", "교육 협력"]  # 비롯해: the item set before the rest
    [lst] = lists_of("이 협약은 일자리를 늘리려는 것으로, 지난해 가람시를 비롯해 가람발전, 보람공사 등 3개 기관이 맺었다.")
    assert items(lst) == ["가람시", "가람발전", "보람공사"]
    [lst] = lists_of("시는 교통 및 주거, 교육 등 3개 분야를 지원한다.")
    assert items(lst) == ["교통", "주거", "교육"]  # 및 splits as · does, when the count says so
    [lst] = lists_of("이번 사업은 주민 참여형 정원 조성과 쉼터 설치, 벽화 그리기 등 3개 사업으로 진행된다.")
    assert items(lst) == ["주민 참여형 정원 조성", "쉼터 설치", "벽화 그리기"]


def test_numbered_lines_circled_numbers_inline_and_a_quote_that_opens_the_sentence():
    [lst] = lists_of("협약 내용은 다음과 같다.\n1. 교통 개선\n2. 주거 지원\n3. 교육 협력\n시는 내년부터 추진한다.")
    assert items(lst) == ["교통 개선", "주거 지원", "교육 협력"] and lst["form"] == "numbered"
    assert lists_of("가격은 1.5배 올랐다.\n2023. 5. 12. 기자") == []
    [lst] = lists_of("위원회가 심의한 안건은 다음과 같다.\n가. 역세권 계획 변경\n나. 공원 조성 결정\n위원회는 모두 가결했다.")
    assert items(lst) == ["역세권 계획 변경", "공원 조성 결정"] and lst["form"] == "numbered"
    [lst] = lists_of("교육청은 새 학기 안전 대책을 시행한다.\n가. 등하굣길 교통안전 지도 인력 확대\n나. 학교 출입 관리 시스템 전면 도입\n교육청은 예산을 확보했다.")
    assert items(lst) == ["등하굣길 교통안전 지도 인력 확대", "학교 출입 관리 시스템 전면 도입"]  # kiwipiepy closes a sentence at 가.
    [lst] = lists_of("시는 ①교통 개선 ②주거 지원 ③교육 협력 등 3개 과제를 추진한다.")
    assert items(lst) == ["교통 개선", "주거 지원", "교육 협력"] and lst["complete"]
    [lst] = lists_of("시장은 “교통, 주거, 교육 등 3개 분야를 챙기겠다”고 말했다.")
    assert items(lst) == ["교통", "주거", "교육"]
    [lst] = lists_of("시는 ‘교통 개선’, ‘주거 지원’ 등 2개 과제를 냈다.")
    assert items(lst) == ["‘교통 개선’", "‘주거 지원’"]
    [lst] = lists_of("새 상품으로는 ‘한산도 트레킹’, ‘욕지도 요리 체험’, ‘사량도 해상 캠핑’ 등이 있다.")
    assert len(items(lst)) == 3  # kiwipiepy reads 사량 + 도 (a particle) inside the marks: no clause ends there
    [lst] = lists_of("새 상품으로는 통영 트레킹과 욕지도 요리 체험, 사량도 해상 캠핑 등이 있다.")
    assert items(lst) == ["통영 트레킹", "욕지도 요리 체험", "사량도 해상 캠핑"]  # 와/과 joins the first two, with no count too


def test_a_noun_ending_in_a_particles_syllable_is_not_split():
    [lst] = lists_of("가람군은 공모에 힘을 쏟은 결과 가람면 쉼터 조성사업 등 3개 사업이 뽑혔다.")
    assert items(lst) == ["가람면 쉼터 조성사업"]  # 쏟은 결과: a clause of result; 결과 is no 결 + 과
    [lst] = lists_of("시는 올해 결과 보고, 평가 등 2개 절차를 밟는다.")
    assert items(lst) == ["결과 보고", "평가"]
    [lst] = lists_of("평가는 사업성, 주민 참여도, 지속성 등 3개 항목으로 진행된다.")  # 참여 + 도 before a comma: no particle
    assert items(lst) == ["사업성", "주민 참여도", "지속성"] and lst["complete"]


def test_people_with_a_masters_title_and_an_exact_count_are_a_list():
    [lst] = lists_of("수상자는 봉사 부문 최민경 부녀회장, 문화 부문 권소리 명창 등 2명이다.")
    assert items(lst) == ["봉사 부문 최민경 부녀회장", "문화 부문 권소리 명창"] and lst["announced_count"] == 2


def test_a_count_after_the_closing_word_and_its_possessive():
    [lst] = lists_of("시는 교통, 주거, 교육 등의 3개 분야를 지원한다.")
    assert items(lst) == ["교통", "주거", "교육"] and (lst["announced_count"], lst["count_noun"]) == (3, "분야")


def test_a_count_after_a_modifier_closes_an_inline_bullet_list():
    text = "축제에는 ▲가람필름 ▲보람스포츠 등 마을과 손잡은 12개 협력 업체가 참여했다."
    [lst] = lists_of(text)
    assert items(lst) == ["가람필름", "보람스포츠"] and (lst["announced_count"], lst["complete"]) == (12, False)


def test_a_wa_spaced_from_a_quoted_name_still_joins_two_items():
    text = "정부는 ‘가온 기념관 건립’ 과 ‘나래선 연장’ 등 6개 사업을 새로 뽑았다."
    assert [items(e) for e in lists_of(text)] == [["‘가온 기념관 건립’", "‘나래선 연장’"]]


def test_a_wa_after_a_quoted_name_joins_the_first_two_items_of_a_list_without_a_count():
    text = "가람전자가 선보일 과제는 어린이 학습 도우미 ‘가온’과 시험 관리 서비스 ‘나래’, 전자기타 ‘다솜’ 등이다."
    assert [[i["text"] for i in e["items"]] for e in lists_of(text)] == [
        ["어린이 학습 도우미 ‘가온’", "시험 관리 서비스 ‘나래’", "전자기타 ‘다솜’"]]
    possessive = "과제는 ‘가온’과 ‘나래’의 협력 사업, 전자기타 ‘다솜’ 등이다."  # one noun phrase: no split
    assert [i["text"] for i in lists_of(possessive)[0]["items"]] == ["‘가온’과 ‘나래’의 협력 사업", "전자기타 ‘다솜’"]
    titled = "대표 작품은 ‘겨울 솔뫼’와 ‘메밀밭의 오후’, ‘다솜천 물빛’ 등이다."  # a 의 inside a quoted name is the name's
    assert items(lists_of(titled)[0]) == ["‘겨울 솔뫼’", "‘메밀밭의 오후’", "‘다솜천 물빛’"]
    parallel = "대표 작품은 박수린 작가의 ‘겨울’과 한지호 작가의 ‘오후’, 윤태오 작가의 ‘강’ 등이다."  # 의 on both sides
    assert items(lists_of(parallel)[0]) == ["박수린 작가의 ‘겨울’", "한지호 작가의 ‘오후’", "윤태오 작가의 ‘강’"]


def test_a_wa_after_a_straight_quote_mark_joins_two_items_as_after_a_curly_one():
    [found] = lists_of("미술관은 박수린 작가의 '겨울 숲'과 한지호 작가의 '오후의 창' 등 2건의 기획전을 선보인다.")
    assert (items(found), found["complete"]) == (["박수린 작가의 '겨울 숲'", "한지호 작가의 '오후의 창'"], True)


def test_a_headlines_comma_after_its_subject_opens_no_list_without_deung():
    assert lists_of("가람미술관, 가을 기획전 2건 개막\n가람미술관은 5일부터 가을 기획전 2건을 선보인다.") == []


def test_lines_under_different_marks_are_no_list():
    """A photo's ▲ caption followed by a ◇ section title: two marks, two things, no list."""
    text = ("예시군은 12일 군청에서 주민 설명회를 열었다고 밝혔다.\n▲ 홍길동 군수가 설명회장에서 주민들과 인사하고 있다.\n"
            "◇ 주민들 \"설명회 자주 열어야\"\n주민들은 설명회를 자주 열어 달라고 요청했다.")
    assert lists_of(text) == []
    [lst] = lists_of("예시군의 올해 과제는 다음과 같다.\n△교통 개선\n△주거 지원\n△교육 협력\n군은 내년부터 추진한다.")
    assert items(lst) == ["교통 개선", "주거 지원", "교육 협력"]


def test_a_bullet_line_that_is_a_sentence_is_an_item_without_its_full_stop():
    [lst] = lists_of("신청 절차는 다음과 같다.\n① 주소지 행정복지센터를 방문한다.\n② 신청서를 작성한다.\n군은 이달부터 접수한다.")
    assert items(lst) == ["주소지 행정복지센터를 방문한다", "신청서를 작성한다"]


def test_an_inline_slogan_item_ends_before_its_exclamation_mark_and_keeps_its_count():
    [lst] = lists_of("가람군은 △아이가 웃는 가람! △일터가 넘치는 가람! △어르신이 편한 가람! 등 3가지 비전을 내놓았다.")
    assert items(lst) == ["아이가 웃는 가람", "일터가 넘치는 가람", "어르신이 편한 가람"]
    assert lst["announced_count"] == 3


def test_examples_closed_by_a_count_of_the_others_are_no_list():
    assert lists_of("군은 가람교 보수 등 다른 51개 사업의 예산을 줄였다.") == []
    assert lists_of("군은 가람교 보수, 하늘길 정비 등 다른 12개 사업을 미뤘다.") == []


def test_a_comma_list_closed_by_a_total_word_and_its_count_without_the_closing_word():
    [lst] = lists_of("평가 대상은 임기를 앞둔 가람연구원, 나래연구원(NRI), 다솜연구원 총 3곳이다.")
    assert items(lst) == ["가람연구원", "나래연구원(NRI)", "다솜연구원"] and lst["announced_count"] == 3


def test_bullets_that_break_a_number_down_are_no_list():
    text = "예시군 확진자의 감염 경로는 ▲가족 간 전파 8명 ▲경로 조사 중 3명 ▲해외 입국 1명 등이다."
    assert lists_of(text) == []
    assert lists_of("감염 경로는 다음과 같다.\n△가족 간 전파 8명\n△경로 조사 중 3명\n군은 역학조사를 이어간다.") == []
    assert lists_of("선정 기업은 12곳이다. 업종별로는 ▲기계 6곳 ▲식품 5곳 ▲화학 4곳이다.") == []  # the copula after the last count
    assert lists_of("피해 규모는 ▲주택 반파 17동 ▲농경지 유실 38㏊ ▲도로 파손 12곳으로 집계됐다.") == []  # units that count nothing
    assert lists_of("지난겨울 ▲도로 결빙 사고 12건 ▲비닐하우스 붕괴 4동의 피해가 났다.") == []  # the noun the counts break down
    assert lists_of("시는 적발 업소에 ▲영업정지 1곳 ▲과태료 부과 12곳 ▲시정 명령 3곳의 처분을 내렸다.") == []  # 3곳: the item's own count
    assert lists_of("감염 경로는 ▲가족 간 전파 8명 ▲경로 조사 중 3명이었다.") == []  # the copula in the past
    assert lists_of("피해는 ▲주택 반파 17동 ▲농경지 유실 38㏊였다.") == []


def test_an_inline_item_keeps_a_closing_word_of_its_own_before_the_next_bullet():
    [lst] = lists_of("연구소는 △설계, 모의실험 △고굴절률, 저굴절률 등 △제작 공정 관련 분야를 연구한다.")
    assert items(lst)[:2] == ["설계, 모의실험", "고굴절률, 저굴절률 등"]


def test_dash_subtitles_run_into_the_start_of_the_lead_are_no_list():
    text = "- 새 배터리 수명 두 배. - 전기차에 쓰일 것으로 기대. 국내 연구진이 새 배터리를 개발했다고 12일 밝혔다."
    assert lists_of(text) == []
    [lst] = lists_of("- 차체는 낡은 배에서 가져왔다. - 엔진은 중고차에서 떼어냈다. 그가 만든 배는 시속 40㎞로 달린다.")
    assert items(lst) == ["차체는 낡은 배에서 가져왔다", "엔진은 중고차에서 떼어냈다"]  # sentences: a list


def test_a_dash_subtitle_holds_no_list():
    text = "- 교통 개선·주거 지원 등 2대 과제 마련 -\n예시군은 교통 개선, 주거 지원 등 2개 과제를 추진한다고 12일 밝혔다."
    [lst] = lists_of(text)
    assert items(lst) == ["교통 개선", "주거 지원"] and lst["start"] > text.index("\n")


def test_songs_are_counted():
    [lst] = lists_of("연주단은 ‘가람타령’, ‘나래타령’ 등 5곡을 들려줬다.")
    assert items(lst) == ["‘가람타령’", "‘나래타령’"] and lst["announced_count"] == 5


def test_a_section_title_below_the_lead_holds_no_list():
    text = ("예시군 교통 대책 발표\n예시군은 12일 교통 대책을 발표했다고 밝혔다.\n대책은 내년부터 시행된다.\n버스·택시 등 2개 분야 개편\n"
            "군은 버스, 택시 등 2개 분야를 개편한다.")
    [lst] = lists_of(text)
    assert items(lst) == ["버스", "택시"] and lst["start"] > text.index("개편\n")
    deck = "예시군은 12일 교통 대책을 발표했다고 밝혔다.\n버스·택시 등 2개 분야 개편\n대책은 내년부터 시행된다."
    assert [items(lst) for lst in lists_of(deck)] == [["버스", "택시"]]  # a deck scraped below the lead keeps its list


def test_a_longer_modifier_before_the_count_and_an_item_that_names_an_amount():
    [lst] = lists_of("회의는 도서관 신축, 하천 정비, 공원 조성, 도로 확장 등 올해 국가 재정 특별 지원 대상에 해당하는 4개 사업을 의결했다.")
    assert lst["announced_count"] == 4 and lst["complete"]
    [lst] = lists_of("공약은 예시청 신설, 장학금 100만원 지급, 주차장 확대 등이다.")
    assert items(lst) == ["예시청 신설", "장학금 100만원 지급", "주차장 확대"]
    assert lists_of("사업비는 국비 1억 원과 지방비 1억 원 등 총 2억 원이다.") == []


def test_a_count_noun_loses_a_case_particle_under_a_topic_particle():
    [found] = record_of("당국은 가람, 보람, 다솜, 나래 등 4개 지역에서는 검사 체계를 바꾼다.")["enumerations"]
    assert (found["count_noun"], found["announced_count"]) == ("지역", 4)
    assert found["end"] == found["start"] + len("가람, 보람, 다솜, 나래 등 4개 지역")


def test_a_name_joined_by_and_to_a_list_that_already_makes_its_count_is_outside_it():
    [found] = record_of("가람시와 예시결제원, 보람보증공사, 다솜발전 등 3개 공공기관이 참여한다.")["enumerations"]
    assert [item["text"] for item in found["items"]] == ["예시결제원", "보람보증공사", "다솜발전"] and found["complete"]
    [pair] = record_of("가람시와 보람시, 다솜시 등 3개 시가 참여한다.")["enumerations"]
    assert [item["text"] for item in pair["items"]] == ["가람시", "보람시", "다솜시"]  # the count needs the pair split


def test_the_counted_noun_after_a_counter_and_its_possessive():
    [found] = record_of("가람시는 교통, 주거, 교육 등 6개의 쉼터를 짓는다.")["enumerations"]
    assert (found["announced_count"], found["count_noun"]) == (6, "쉼터")


@pytest.mark.parametrize("count", ["20여 개", "20여개", "20 개"])
def test_an_approximate_or_spaced_count_announces_its_number(count):
    [found] = lists_of(f"축제에는 개막 공연, 야간 걷기, 짚공예 체험 등 {count} 프로그램이 열린다.")
    assert (items(found), found["announced_count"], found["count_noun"], found["complete"]) == (
        ["개막 공연", "야간 걷기", "짚공예 체험"], 20, "프로그램", False)


def test_an_approximate_head_count_after_bodies_is_no_list():
    assert lists_of("행사에는 가람부녀회, 보람협의회, 솔내봉사단 등 100여 명이 참석했다.") == []


def test_a_conjunction_opening_the_last_item_is_no_part_of_it():
    [found] = lists_of("군은 마을 안길 포장, 공동 빨래방 설치, 그리고 경로당 보수 등 3개 사업을 추진한다.")
    assert items(found) == ["마을 안길 포장", "공동 빨래방 설치", "경로당 보수"]


def test_a_person_and_a_group_counted_in_persons_are_no_list():
    assert lists_of("정하람 교장과 교사 등 12명이 15일 독도 탐방에 나섰다.") == []


def test_people_with_their_titles_counted_in_persons_are_a_list():
    [found] = lists_of("보람시는 박수린 감사담당관, 윤태오 교수, 한서율 변호사 등 3명을 위원으로 위촉했다.")
    assert (items(found), found["announced_count"], found["complete"]) == (["박수린 감사담당관", "윤태오 교수", "한서율 변호사"], 3, True)


def test_people_named_under_their_fields_and_counted_in_persons_are_a_list():
    [found] = lists_of("시는 봉사 부문 윤채아 부녀회장, 산업 부문 강도현 대표 등 2명을 시민상 수상자로 선정했다.")
    assert items(found) == ["봉사 부문 윤채아 부녀회장", "산업 부문 강도현 대표"]


def test_a_firefighters_rank_is_a_title_of_a_person_in_a_list():
    [found] = lists_of("시는 여하람 통장, 박온유 가람안전센터 소방장 등 2명에게 표창을 수여했다.")
    assert items(found) == ["여하람 통장", "박온유 가람안전센터 소방장"]


def test_people_with_what_they_were_chosen_for_in_parentheses_are_a_list():
    [found] = lists_of("수상자는 여하람 통장(봉사), 편시우 씨(효행), 도예린 대표(지역경제) 등 3명이다.")
    assert (items(found), found["complete"]) == (["여하람 통장(봉사)", "편시우 씨(효행)", "도예린 대표(지역경제)"], True)


def test_joints_of_both_kinds_add_up_to_the_count():
    [found] = lists_of("전주시는 효자동·삼천동과 상관면·구이면·소양면 등 5개 읍면동을 선정했다.")
    assert items(found) == ["효자동", "삼천동", "상관면", "구이면", "소양면"]


def test_a_noun_that_selects_ends_the_introduction():
    [found] = lists_of("도는 주민 제안 사업 가운데 ‘버스정류장 온열의자 설치’, ‘마을 쉼터 조성’ 등 8개 사항을 반영했다.")
    assert items(found) == ["‘버스정류장 온열의자 설치’", "‘마을 쉼터 조성’"]
    [found] = lists_of("군수는 “남은 임기 동안 교통, 주거, 돌봄 등 3개 분야를 챙기겠다”고 말했다.")
    assert items(found) == ["교통", "주거", "돌봄"]


@pytest.mark.parametrize("text, expected", [
    ("분야별로는 사회복지 2,130억 원, 농림 1,480억 원, 국토 및 지역개발 1,020억 원 등이다.", []),
    ("회의에는 박수린 부시장, 윤태오 보건소장 등 30여 명이 참석했다.", []),
    ("학생들은 텃밭 가꾸기, 골목 벽화 그리기, 자서전 만들기 등 세 가지 활동 가운데 하나를 고른다.",
     [["텃밭 가꾸기", "골목 벽화 그리기", "자서전 만들기"]]),
])
def test_thousands_an_approximate_head_count_and_a_first_verb_made_a_noun(text, expected):
    assert [items(found) for found in lists_of(text)] == expected


@pytest.mark.parametrize("last", ["창업 보육이다.", "산학 교류다."])
def test_the_copula_after_the_last_inline_bullet_is_no_part_of_it(last):
    [found] = lists_of(f"협약 분야는 △청년 디지털 교육 △지역 기업 재직자 훈련 △{last}")
    assert items(found)[-1] == last.removesuffix("이다.").removesuffix("다.")


def test_a_section_title_opened_by_a_mark_right_below_the_lead_holds_no_list():
    text = "예시군이 올해 군정 계획을 내놨다.\n■ 교통·주거 등 2대 과제 마련\n군은 교통 분야 예산을 늘린다."
    assert lists_of(text) == []


def test_a_spaced_dash_introduces_a_list_like_a_colon():
    [lst] = lists_of("군이 내놓은 대책 — 골목 순찰 강화, 방범등 확충, 비상벨 설치 등 3대 과제다.")
    assert items(lst) == ["골목 순찰 강화", "방범등 확충", "비상벨 설치"]


def test_a_time_of_day_without_a_number_opening_the_first_item_is_the_items():
    [lst] = lists_of("군은 야간 순찰 강화, 방범등 확충 등 2개 과제를 추진한다.")
    assert items(lst) == ["야간 순찰 강화", "방범등 확충"]


def test_examples_picked_out_by_a_verb_other_than_the_copula_or_itda_are_no_list():
    assert lists_of("응답자들은 불편한 점으로 주차 공간 부족, 카드 결제 불가 등을 꼽았다.") == []
    [lst] = lists_of("과제로는 주차장 확충, 아케이드 보수 등 두 가지를 꼽았다.")  # a count makes one
    assert items(lst) == ["주차장 확충", "아케이드 보수"]


def test_a_modifier_after_a_label_is_the_first_items():
    lists = lists_of("시는 사업을 확정했다.\n▲경제 분야: 빈 점포 창업 지원, 골목 상권 축제 등 2개 사업\n▲복지 분야: 경로당 보수")
    assert ["빈 점포 창업 지원", "골목 상권 축제"] in [items(lst) for lst in lists]


def test_a_middle_dot_typed_after_a_comma_is_one_separator():
    assert split_items("가,·나") == [(0, 1), (3, 4)]
    [lst] = lists_of("군은 가람·나래·보람,·새솔·한빛 등 5개 마을에 쌀을 전했다.")
    assert items(lst) == ["가람", "나래", "보람", "새솔", "한빛"] and lst["complete"]


@pytest.mark.parametrize("dot", ["ㆍ", "‧"])
def test_the_hangul_and_hyphenation_middle_dots_join_items_as_the_middle_dot_does(dot):
    """Press releases type the Hangul letter ㆍ (or the hyphenation point ‧) where others type ·."""
    [lst] = lists_of(f"도는 여수{dot}순천{dot}광양 등 3개 시와 협약을 맺었다.")
    assert items(lst) == ["여수", "순천", "광양"] and lst["complete"]
    assert split_items(f"가,{dot}나") == [(0, 1), (3, 4)]


@pytest.mark.parametrize("text, expected", [
    ("군은 새봄축제(4월), 가을축제(10월) 등 관광 분야와 복지 분야 등 2개 분야에 예산을 늘렸다.", ["관광 분야", "복지 분야"]),
    ("시는 쌀 인증(1위) 과일 평가(대상) 등 친환경 농업과 가공 산업 등 2개 분야에서 상을 받았다.", ["친환경 농업", "가공 산업"]),
])
def test_examples_closed_by_등_describe_the_counted_lists_first_item(text, expected):
    """``A, B 등 C와 D 등 2개 분야``: A and B are examples of C, which the count includes; the count after the
    second 등 is not the examples'."""
    assert [items(lst) for lst in lists_of(text)] == [expected]


def test_examples_joined_to_a_list_they_do_not_belong_to_stay_apart():
    [lst] = lists_of("회의에는 가람시, 나래시 등 노사정 대표와 보람전자, 새솔화학 등 10개 기업이 참석했다.")
    assert items(lst) == ["보람전자", "새솔화학"] and lst["announced_count"] == 10


def test_examples_before_a_count_of_another_kind_stay_apart_though_the_count_would_be_made():
    [lst] = lists_of("김 군수, 이 의장 등 내빈과 가람농협, 나래농협, 보람농협 등 4개 농협 관계자가 참석했다.")
    assert items(lst) == ["가람농협", "나래농협", "보람농협"] and not lst["complete"]


def test_examples_describe_a_first_item_of_the_counted_kind_beside_a_dotted_item():
    [lst] = lists_of("군은 쌀 인증(1위) 과일 평가(대상) 등 친환경 분야와 판로·유통 등 2개 분야에서 상을 받았다.")
    assert items(lst) == ["친환경 분야", "판로·유통"]


def test_names_joined_by_the_hangul_middle_dot_before_their_count():
    [lst] = lists_of("남원ㆍ정읍ㆍ김제 3개 도시는 협약을 맺었다.")
    assert items(lst) == ["남원", "정읍", "김제"]


def test_lines_under_the_last_lettered_item_are_nested_in_it_as_those_under_the_others():
    text = ("계획은 크게 세 갈래다.\n가. 기반시설 확충\n1) 용수 관로 조기 완공\n2) 송전선로 지중화 협의\n나. 인력 양성\n"
            "1) 반도체 학과 정원 확대\n2) 재직자 재교육 신설\n다. 정주 여건 개선\n1) 임대주택 2,000호 공급\n2) 광역버스 노선 신설\n"
            "도는 분기마다 추진 상황을 점검한다.")
    outer, *inner = lists_of(text)
    assert items(outer) == ["기반시설 확충", "인력 양성", "정주 여건 개선"]
    assert [lst["parent"] for lst in inner] == [outer["id"]] * 3


def test_a_partial_list_refers_to_no_list_introduced_as_another_things_and_a_comma_list_nests_in_no_lines():
    partial, other = lists_of("가람시는 교통 개선 등 3대 과제를 추진한다고 밝혔다.\n한편 주민들은 ▲주차장 개선 ▲소음 감소 ▲녹지 확충을 요구했다.")
    assert partial["refers_to"] is None
    text = "가. 진단 강화\n- 전수 검사 실시\n- 선별진료소 확대\n나. 치료 확대\n- 병상 확충\n- 의료진 충원\n서울, 부산, 대구 등 3개 시가 이 사업에 참여한다."
    comma = next(lst for lst in lists_of(text) if items(lst) == ["서울", "부산", "대구"])
    assert comma["parent"] is None


@pytest.mark.parametrize(("sentence", "items", "count", "complete"), [
    ("협의체에는 3개 기관(가람대, 나래병원, 다솜재단)이 참여한다.", ["가람대", "나래병원", "다솜재단"], 3, True),
    ("도내 7개 시군(가람, 나래, 다솜 등)이 참여한다.", ["가람", "나래", "다솜"], 7, False),
    ("시는 2개 사업(기금 조성·주택단지 건립)을 추진한다.", ["기금 조성", "주택단지 건립"], 2, True),
])
def test_names_in_a_parenthesis_right_after_a_count_spell_it_out(sentence, items, count, complete):
    (found,) = record_of(sentence)["enumerations"]
    assert ([i["text"] for i in found["items"]], found["announced_count"], found["complete"]) == (items, count, complete)


@pytest.mark.parametrize("sentence", ["부상자 3명(20대 2명, 30대 1명)이 병원으로 옮겨졌다.",
                                      "시는 도로 2개 구간(총연장 3.2km, 왕복 4차로)을 넓힌다."])
def test_a_parenthesis_of_amounts_after_a_count_is_no_list(sentence):
    assert not record_of(sentence)["enumerations"]


def test_items_that_open_with_an_amount_and_say_what_is_done_with_it_are_a_list():
    (found,) = record_of("시는 100억 원 기금 조성, 50억 원 공원 조성 등 2개 사업을 벌인다.")["enumerations"]
    assert [i["text"] for i in found["items"]] == ["100억 원 기금 조성", "50억 원 공원 조성"]


@pytest.mark.parametrize("sentence", ["70층, 58층, 41층 높이의 주상복합 3개 동이 들어선다.",
                                      "시는 1억 5000만 원, 2억 3000만 원 등 2개 사업비를 확보했다."])
def test_amounts_alone_side_by_side_are_no_list(sentence):
    assert not record_of(sentence)["enumerations"]


def test_a_word_that_ranks_what_is_counted_is_not_the_count_noun():
    (found,) = record_of("가람시는 교통, 주거, 교육 등 3개 핵심 과제를 정했다.")["enumerations"]
    assert found["count_noun"] == "과제"


def test_a_noun_that_only_sometimes_modifies_another_is_the_count_noun():
    (found,) = record_of("두 기관은 관광, 교육 등 2개 전략 마련에 나선다.")["enumerations"]
    assert found["count_noun"] == "전략"


def test_people_who_attended_an_agreements_signing_are_no_content_of_it():
    record = record_of("협약식에는 정하윤 가람시장과 오태민 한별전자 대표, 윤서아 가람교육지원청 교육장 등 3명이 참석했다.")
    assert [lst["kind"] for lst in record["enumerations"]] == ["list"]
    record = record_of("두 기관은 협약을 맺고 청년 창업 지원, 공동 연구, 인력 교류 등 3개 분야에서 협력하기로 했다.")
    assert [lst["kind"] for lst in record["enumerations"]] == ["agreement"]
    record = record_of("두 기관은 협약을 맺고 이순신 축제 공동 개최, 관광객 유치 등 2개 사항에 협력하기로 했다.")
    assert [lst["kind"] for lst in record["enumerations"]] == ["agreement"]  # a person the items are about is no party


def test_townships_before_an_adjective_with_its_own_subject_and_their_count_are_a_list():
    (found,) = record_of("군은 새뜸읍, 가온면, 한울면 등 피해가 큰 3개 읍면에 복구비를 지원한다.")["enumerations"]
    assert ([i["text"] for i in found["items"]], found["announced_count"], found["complete"]) == (["새뜸읍", "가온면", "한울면"], 3, True)
    assert not record_of("도는 교통, 주거 등 실적이 뛰어난 5개 시군에 상을 준다.")["enumerations"]


def test_people_named_with_their_jobs_before_their_names_and_the_exact_count_are_a_list():
    (found,) = record_of("본선 심사는 영화감독 한도윤, 배우 정하람, 평론가 오세린 등 3명이 맡는다.")["enumerations"]
    assert [i["text"] for i in found["items"]] == ["영화감독 한도윤", "배우 정하람", "평론가 오세린"]


def test_unknown_names_counted_as_parties_and_joined_as_partners_are_the_parties_not_the_content():
    record = record_of("시는 한결정밀, 두리식품, 새봄바이오 등 지역 기업 3곳과 상생 협약을 맺었다.")
    assert [lst["kind"] for lst in record["enumerations"]] == ["list"]
    record = record_of("두 기관은 협약을 맺고 청년 창업 지원, 공동 연구, 인력 교류 등 3개 분야와 관련해 협력하기로 했다.")
    assert [lst["kind"] for lst in record["enumerations"]] == ["agreement"]


def test_a_count_compared_with_what_follows_is_no_partner():
    record = record_of("양 기관은 협약을 체결하고 공원, 도서관, 체육관 등 3곳과 같은 생활 시설을 함께 짓기로 했다.")
    assert [lst["kind"] for lst in record["enumerations"]] == ["agreement"]


@pytest.mark.parametrize(("text", "noun"), [
    ("보람군은 가람리, 나래리 등 2개 마을을 지원한다.", "마을"),  # kiwipiepy's noun, not 마 and a particle
    ("시는 가람성, 보람박물관 등 3곳 묶어 관광권을 판다.", "곳"),  # a verb after the count counts nothing
])
def test_the_count_noun_is_the_noun_kiwipiepy_reads_after_the_count(text, noun):
    assert [lst["count_noun"] for lst in lists_of(text)] == [noun]


@pytest.mark.parametrize("text", [
    "반면 가람시민연대, 보람환경모임, 나래지킴이 등 시민단체 3곳은 성명을 냈다.",  # a sentence's connective
    "행사 기간 가람시민연대, 보람환경모임, 나래지킴이 등 3곳은 밤까지 문을 연다.",  # the period it speaks of
])
def test_a_connective_or_a_period_opening_the_sentence_is_no_part_of_the_first_item(text):
    assert [items(lst) for lst in lists_of(text)] == [["가람시민연대", "보람환경모임", "나래지킴이"]]


def test_places_before_a_count_of_their_unit_past_a_clause_of_their_own_are_the_list():
    found = lists_of("복구비는 가람면, 보람면, 나래면 등 피해가 큰 3개 면에 투입된다.")
    assert [(items(lst), lst["announced_count"]) for lst in found] == [(["가람면", "보람면", "나래면"], 3)]


def test_a_spaced_dash_ends_the_introduction_before_a_first_item_with_its_own_modifier():
    [lst] = lists_of("시가 정한 상영작 선정 기준 — 가족이 함께 볼 수 있는 영화, 섬 주민이 고른 작품, 바다가 배경인 영화 등 세 가지다.")
    assert items(lst) == ["가족이 함께 볼 수 있는 영화", "섬 주민이 고른 작품", "바다가 배경인 영화"]


def test_the_count_noun_keeps_its_prefix():
    [lst] = lists_of("가람복지재단, 보람나눔회, 나래봉사단 등 3개 비영리단체가 협약을 맺었다.")
    assert lst["count_noun"] == "비영리단체"


@pytest.mark.parametrize(("text", "expected"), [
    ("광주시·전남도, 공항 통합 이전 등 6개 과제 공동 합의\n두 기관은 12일 회의를 열었다.", ["공항 통합 이전"]),
    ("정선 '아라리 별빛축제', 공연·체험·전시 등 3개 분야로 꾸며\n축제는 12일 개막한다.", ["공연", "체험", "전시"]),
    ("사과, 배, 감 등 3개 품목 가격 올라\n가격이 올랐다.", ["사과", "배", "감"]),  # no topic: every word an item
    ("군, 보람원, 나래보증 등 5개 기관 참여\n기관들이 모였다.", ["군", "보람원", "나래보증"]),  # one word: an item
    ("'나 혼자 산다', '런닝맨' 등 예능 5편 결방\n결방된다.", ["'나 혼자 산다'", "'런닝맨'"]),  # titles, no topic
    ("현대차·기아, 부품 협력사 등 50개사 상생 협약\n협약했다.", ["현대차·기아", "부품 협력사"]),  # companies the count counts
    ("고흥군, 유자 등 5개 특산물 직송관 연다\n고흥군이 연다.", ["유자"]),  # a government before a count of another kind
    ("전주시, 마을 재생사업 확대 등 원도심 4대 전략 발표\n전주시가 발표했다.", ["마을 재생사업 확대"]),  # also past the count's modifier
    ("목포시의회, 의대 신설 촉구 등 4개 결의안 채택\n채택했다.", ["의대 신설 촉구"]),
    ("여수시, 광양항 물류 등 3대 과제 제시\n시는 밝혔다.", ["광양항 물류"]),  # a place inside the item is no item's kind
    ("순천시, 정부에 철도 예산 증액 등 5개 사항 건의\n시는 건의했다.", ["철도 예산 증액"]),  # the verb's place after the topic
    ("광양시, 나래정밀·한빛식품 등 기업 4곳과 투자협약\n시는 협약했다.", ["나래정밀·한빛식품"]),  # a government before companies counted
    ("광양시, 나래정밀, 한빛식품 등 4개사와 투자협약\n시는 협약했다.", ["나래정밀", "한빛식품"]),
    ("광양시·여수시, 한빛식품 등 중소기업 3곳과 협약\n시는 협약했다.", ["한빛식품"]),  # governments joined; a kind of companies
    ("한빛문구, 나래제지 등 업체 3곳 가람산단 입주\n입주했다.", ["한빛문구", "나래제지"]),  # a company ending like a district: an item
])
def test_a_headlines_topic_before_its_comma_is_no_item(text, expected):
    assert [items(lst) for lst in lists_of(text)][:1] == [expected]


def test_section_titles_opened_by_a_square_make_no_list_but_the_lines_under_them_do():
    text = ("가람시, 청년 지원 나선다\n가람시는 올해 청년 지원사업에 148억 원을 투입한다고 밝혔다.\n□ 주거 분야\n○ 청년 월세 지원\n"
            "○ 신혼부부 전세대출 이자 지원\n□ 일자리 분야\n○ 청년 구직활동수당\n○ 청년 채용 인건비 지원\n정다온 정책관은 사업을 설명했다.")
    assert [items(lst) for lst in lists_of(text)] == [["청년 월세 지원", "신혼부부 전세대출 이자 지원"], ["청년 구직활동수당", "청년 채용 인건비 지원"]]


def test_a_department_whose_last_syllable_reads_as_a_particle_before_the_closing_word_is_an_item():
    [lst] = lists_of("가람대에는 해양공학과, 식품영양과, 조리산업과 등 3개 학과가 있다.")  # 영양 + 과 before a comma, 산업 + 과 before 등
    assert items(lst) == ["해양공학과", "식품영양과", "조리산업과"] and lst["complete"]


def test_at_the_count_a_phrase_splits_at_its_and_before_its_middle_dot():
    [lst] = lists_of("대책은 노인 돌봄, 도로 보수 및 주택·상가 침수 예방 등 3개 분야다.")  # the dot binds closer than 및
    assert items(lst) == ["노인 돌봄", "도로 보수", "주택·상가 침수 예방"] and lst["complete"]


@pytest.mark.parametrize("ending", ["다.", " 등이다."])
def test_a_bullet_item_keeps_the_examples_it_gives_of_its_own_noun(ending):
    [lst] = lists_of(f"계획의 핵심은 ①하천 준설 ②배수펌프 증설 ③학교·체육관 등 임시 대피소 확대{ending}")
    assert items(lst) == ["하천 준설", "배수펌프 증설", "학교·체육관 등 임시 대피소 확대"]


def test_a_bullet_list_closed_by_examples_with_a_count_or_a_particle_ends_at_them():
    assert [items(lst) for lst in lists_of("시는 ▲하천 준설 ▲교량·제방 등을 점검한다.")] == [["하천 준설", "교량·제방"]]


def test_the_contents_of_a_memorandum_of_understanding_are_agreed_items():
    [lst] = lists_of("가람군과 나래식품은 양해각서를 맺었다. 양해각서의 주요 내용은 공장 신설, 주민 우선 채용, 특산물 구매 등이다.")
    assert lst["kind"] == "agreement"


@pytest.mark.parametrize(("text", "noun"), [
    ("이번 축제는 순천·광양 두 도시서 열린다.", "도시"),  # 서 for 에서, glued to a bare count's noun
    ("대상은 거문도, 초도, 손죽도 등 12개 유인도다.", "유인도"),  # read as 유인 + 도다: the copula after a vowel
    ("군은 옥천면, 청산면, 안내면 등 3개 면 우선 지원에 나선다.", "면"),  # read as 이 + 면, an ending
])
def test_a_count_noun_is_the_noun_without_what_is_glued_after_it(text, noun):
    [lst] = lists_of(text)
    assert lst["count_noun"] == noun


def test_a_headlines_clause_before_an_ellipsis_is_no_part_of_a_dotted_list():
    [lst] = lists_of("가람 국화축제 개막…순천·광양 두 도시서 열흘간\n축제가 열린다.")
    assert items(lst) == ["순천", "광양"]


def test_a_comma_inside_a_quoted_theme_splits_no_item():
    [lst] = lists_of("올해 축제는 '바다, 빛을 품다'를 주제로 공연, 체험, 장터 등 세 가지 마당으로 꾸며진다.")
    assert items(lst) == ["공연", "체험", "장터"]


def test_people_the_model_misses_are_named_one_by_one_with_their_titles():
    [lst] = lists_of("심사는 여은호 교수, 오지수 연구사, 도규민 이사 등 3명이 맡았다.")
    assert items(lst) == ["여은호 교수", "오지수 연구사", "도규민 이사"]


@pytest.mark.parametrize(("text", "expected"), [
    ("기업들은 기념품 공동 개발과 함께 농산물 구매, 운영 인력 지원 등 3개 사업에 참여한다.", ["기념품 공동 개발", "농산물 구매", "운영 인력 지원"]),
    ("시는 지역 주민들과 함께 도로 확장, 주차장 신설 등 3개 사업을 벌인다.", ["도로 확장", "주차장 신설"]),  # with whom
    ("시는 인근 지자체와 함께 도로 확장, 철도 연장 등 3개 사업을 벌인다.", ["도로 확장", "철도 연장"]),  # a body by its kind
])
def test_what_the_rest_is_done_together_with_is_the_first_item_unless_it_is_a_partner(text, expected):
    [lst] = lists_of(text)
    assert items(lst) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("군은 행사 기간 라이브커머스 '가람장터'와 요리 경연 '나래 대전', 구매 이벤트 '보람 한 상' 등 3개 행사를 연다.",
     ["라이브커머스 '가람장터'", "요리 경연 '나래 대전'", "구매 이벤트 '보람 한 상'"]),  # when, before a described name
    ("시는 임대 기간 '5년 연장'과 임대료 '30% 감면', 시설 개보수 등 3개 지원책을 내놨다.",
     ["임대 기간 '5년 연장'", "임대료 '30% 감면'", "시설 개보수"]),  # right before its quoted item: the item's own word
])
def test_a_period_before_a_quoted_name_is_when_only_before_its_description(text, expected):
    [lst] = lists_of(text)
    assert items(lst) == expected


def test_a_joiner_with_its_adverb_parts_two_items():
    [lst] = lists_of("군은 도로 정비, 하천 정비 사업과 함께 주택 개량, 마을 안길 포장 등 4개 사업을 추진한다.")
    assert items(lst) == ["도로 정비", "하천 정비 사업", "주택 개량", "마을 안길 포장"]


def test_people_with_the_titles_of_courts_and_prosecutors_are_named_one_by_one():
    [lst] = lists_of("위원회는 한도윤 서울고검장, 오지수 대법관, 도규민 지구대장 등 3명을 추천했다.")
    assert items(lst) == ["한도윤 서울고검장", "오지수 대법관", "도규민 지구대장"]


def test_inline_bullets_end_with_their_sentence_though_another_follows_in_the_paragraph():
    text = "시는 지난해 △기업 유치 △인력 확보 △관광 활성화를 골자로 한 계획을 내놨다. 시는 또 도로 확장, 공원 조성 등을 검토한다."
    assert items(lists_of(text)[0]) == ["기업 유치", "인력 확보", "관광 활성화"]


@pytest.mark.parametrize(("text", "expected"), [
    ("협의회에는 40개 기관이 있고, 이번에 가람대, 나래병원, 다솜재단 등 3개 기관이 새로 들어왔다.", ["가람대", "나래병원", "다솜재단"]),
    ("시는 신청한 업소 가운데 위생 점검, 영업 기간 등 1차 심사를 통과한 20곳을 대상으로 맛, 친절도, 가격 등 3개 항목을 평가했다.",
     ["맛", "친절도", "가격"]),  # the list closed inside the introduction is another's
])
def test_the_words_that_introduce_a_list_after_a_clause_are_no_part_of_its_first_item(text, expected):
    assert items(lists_of(text)[-1]) == expected


def test_a_bound_noun_every_item_is_named_with_is_the_count_noun():
    [lst] = lists_of("특히 북구 노원동, 침산동, 서구 비산동 등 공장이 모인 3개 동에 업체가 몰려 있다.")
    assert lst["count_noun"] == "동"


@pytest.mark.parametrize("opener", ["첫해", "이듬해", "그해"])
def test_a_year_told_by_its_place_in_a_story_opens_the_sentence_not_the_first_item(opener):
    [lst] = lists_of(f"제도는 2004년 도입됐다. {opener} '가람 인삼 특구' 등 6개 특구로 출발했다.")
    assert items(lst) == ["'가람 인삼 특구'"]


@pytest.mark.parametrize(("text", "expected", "noun"), [
    ("시는 3곳(가람시청, 나래도서관, 보람체육관)에 쉼터를 연다.", ["가람시청", "나래도서관", "보람체육관"], "곳"),
    ("양측은 지역 방송 3사(가람방송·나래TV·보람케이블)에 토론을 제안했다.", ["가람방송", "나래TV", "보람케이블"], "사"),
])
def test_a_counter_alone_before_a_parenthesis_is_spelled_out_by_it(text, expected, noun):
    [lst] = lists_of(text)
    assert (items(lst), lst["count_noun"]) == (expected, noun)


@pytest.mark.parametrize(("text", "count", "noun", "last"), [
    ("군은 명소를 ▲강변 따라 걷기 ▲산성과 고개 넘기 ▲마을 골목 여행 3개 코스로 묶었다.", 3, "코스", "마을 골목 여행"),
    ("주요 내용은 ▲교통 개선 ▲주거 지원 ▲교육 협력 3개 분야다.", 3, "분야", "교육 협력"),
    ("시는 ▲도로 포장 ▲공원 조성 ▲노후 학교 3개 동 증축을 추진한다.", None, None, "노후 학교 3개 동 증축"),  # a count inside the item
])
def test_a_count_of_as_many_as_the_bullets_closes_them_without_deung(text, count, noun, last):
    [lst] = lists_of(text)
    assert (lst["announced_count"], lst["count_noun"], items(lst)[-1]) == (count, noun, last)


def test_foreign_people_the_model_missed_before_their_titles_are_a_list_of_people():
    [found] = lists_of("방문단은 미나미 하루카 미야자키시장, 다나카 유키 시의회 의장, 오가와 겐 교류과장 등 3명이다.")
    assert (items(found)[1], found["announced_count"], found["complete"]) == ("다나카 유키 시의회 의장", 3, True)


@pytest.mark.parametrize(("text", "last"), [
    ("참가자에게는 ▲지역 상품권 ▲한과 세트 ▲무료입장권 가운데 하나를 준다.", "무료입장권"),
    ("신청자는 ▲걷기 ▲자전거 ▲달리기 중 하나를 고를 수 있다.", "달리기"),
])
def test_the_words_that_choose_among_bullets_are_no_part_of_the_last_item(text, last):
    [found] = lists_of(text)
    assert items(found)[-1] == last


def test_a_description_of_the_last_item_with_its_copula_is_no_choice():
    [found] = lists_of("시는 ▲전국 3대 철새도래지 중 한 곳인 가람호 생태관 건립 ▲둘레길 조성 ▲주차장 확충을 추진한다.")
    assert items(found)[0] == "전국 3대 철새도래지 중 한 곳인 가람호 생태관 건립"


def test_a_first_items_modifier_keeps_its_particles_and_auxiliary_verb():
    text = ("새 사업은 12개로, 이 가운데 골목을 밤에도 걸을 수 있도록 하는 '가람 달빛길', 폐교를 공방으로 바꾸는 '나래 공방', "
            "하천을 정원으로 가꾸는 '솔내 정원' 등이 있다.")
    [lst] = lists_of(text)
    assert items(lst)[0] == "골목을 밤에도 걸을 수 있도록 하는 '가람 달빛길'"
    adverb = text.replace("밤에도 걸을 수 있도록 하는", "밤에도 안전하게 걸을 수 있도록 만든")  # an adverb of a verb, 도록 before a verb
    assert items(lists_of(adverb)[0])[0] == "골목을 밤에도 안전하게 걸을 수 있도록 만든 '가람 달빛길'"


@pytest.mark.parametrize("text, expected", [
    ("가람시는 또 빈집 정비, 골목 조명 교체, 경로당 보수 등 3개 사업을 추진한다.", ["빈집 정비", "골목 조명 교체", "경로당 보수"]),
    ("시민모임은 이와 함께 교통 및 의료, 문화 등 3개 분야의 지원을 요구했다.", ["교통", "의료", "문화"]),  # 이와 함께: no item
])
def test_words_that_join_the_sentence_to_the_one_before_are_no_part_of_the_first_item(text, expected):
    [lst] = lists_of(text)
    assert items(lst) == expected


def test_a_sub_list_after_an_earlier_count_phrase_starts_after_its_noun_and_particle():
    text = "무대에는 봉산탈춤, 강령탈춤 등 5개 국내 탈춤과 태국, 멕시코, 페루 등 8개국 공연단이 오른다."
    first, second = lists_of(text)
    assert items(first) == ["봉산탈춤", "강령탈춤"] and items(second) == ["태국", "멕시코", "페루"]


@pytest.mark.parametrize("adverb", ["또", "아울러"])
def test_an_adverb_that_joins_the_sentence_is_no_part_of_a_modified_first_item(adverb):
    text = f"군은 {adverb} 홀로 사는 노인을 위한 안부 전화, 농가 일손을 돕기 위한 인력 중개, 귀농인을 위한 빈집 수리 등 3개 사업을 시작한다."
    [lst] = lists_of(text)
    assert items(lst)[0] == "홀로 사는 노인을 위한 안부 전화"


def test_a_noun_joined_after_a_list_without_a_count_opens_the_next_list():
    text = "본회의에서는 ‘가람시 청년 조례안’과 ‘가람시 주차장 조례안’ 등 조례안과 동의안 등 총 30건의 의안을 심사한다."
    assert [items(lst) for lst in lists_of(text)][-1] == ["조례안", "동의안"]


def test_a_verb_made_a_noun_with_a_final_consonant_is_an_item():
    assert [items(lst) for lst in lists_of("도교육청은 소통, 배움, 나눔 등 3대 방향을 정했다.")] == [["소통", "배움", "나눔"]]


def test_a_dated_clause_of_time_before_the_first_item_is_the_introduction():
    text = "위원회는 2008년 출범한 뒤 그동안 혁신도시 조성, 물류센터 건립 등 30여 건의 과제를 처리했다."
    assert [items(lst) for lst in lists_of(text)] == [["혁신도시 조성", "물류센터 건립"]]
    held = "위원회는 2017년 선정된 혁신도시 조성, 물류센터 건립 등 3건의 과제를 처리했다."  # the item's own modifier holds its date
    assert [items(lst) for lst in lists_of(held)] == [["2017년 선정된 혁신도시 조성", "물류센터 건립"]]


def test_together_with_gives_no_item_when_the_items_own_joints_make_the_count():
    text = "시는 이번 개편과 함께 교통 및 주거, 생활 인프라 등 3개 분야를 아우르는 계획도 마련했다."
    assert [items(lst) for lst in lists_of(text)] == [["교통", "주거", "생활 인프라"]]
    room = "시는 공원 조성과 함께 도로 정비, 주차장 확충 등 3개 사업을 추진한다."
    assert [items(lst) for lst in lists_of(room)] == [["공원 조성", "도로 정비", "주차장 확충"]]


def test_people_named_with_jobs_of_art_and_rescue_are_a_list():
    text = "특별상은 문화예술 부문 남궁린 화가와 구조 부문 여지훈 강원소방본부 구조대원 등 2명에게 돌아갔다."
    assert [items(lst) for lst in lists_of(text)] == [["문화예술 부문 남궁린 화가", "구조 부문 여지훈 강원소방본부 구조대원"]]


def test_inline_sections_with_a_title_and_a_sentence_are_no_list():
    text = "청주시는 새 장비를 도입한다.\n◇스마트 횡단보도. 보행자가 기다리는 동안 음성으로 차량 접근을 알린다. ◇지능형 CCTV. 쓰러진 사람을 자동으로 찾아낸다."
    assert lists_of(text) == []


def test_a_time_clause_inside_the_first_items_modifier_stays_the_items():
    assert [items(lst) for lst in lists_of("군은 2019년 태풍이 왔을 때 무너진 가람교, 나래교 등 2곳을 다시 짓는다.")] == [["무너진 가람교", "나래교"]]


def test_together_with_an_item_that_is_no_occasion_is_the_first_item():
    text = "군은 농업 기반 정비와 함께 유통 및 가공 시설 확충 등 2개 과제를 추진한다."
    assert [items(lst) for lst in lists_of(text)] == [["농업 기반 정비", "유통 및 가공 시설 확충"]]


def test_an_exclamation_inside_quote_marks_makes_no_section_title():
    text = "구는 다음 사업을 벌인다. ▲‘안전 제일!’ 점검반을 꾸린다 ▲노후 주택 30곳을 고친다 ▲방범등 50개를 단다"
    assert lists_of(text) != []


@pytest.mark.parametrize("text", [
    "위반 사항은 급식비 등 회계 누락 12건, 출장비 과다 지급 등 12건, 보고 지연 등 31건이다.",
    "급식비 등 회계 누락 12건, 출장비 과다 지급 등 12건이 적발됐다.",
    "시는 도로 포장 등 15건과 하수도 정비 등 8건의 사업을 마쳤다.",  # parts joined by 과
    "시는 올해 ▲도로 포장 등 15건 ▲하수도 정비 등 8건의 사업을 마쳤다.",  # bulleted
])
def test_a_run_of_counts_one_per_part_is_a_breakdown_not_lists(text):
    assert lists_of(text) == []


def test_lists_of_several_items_each_with_its_count_stay_lists():
    text = "시는 올해 가람동, 나래동 등 2곳, 내년에 솔내동, 보람동 등 2곳을 지정한다."
    assert [items(lst) for lst in lists_of(text)] == [["가람동", "나래동"], ["솔내동", "보람동"]]
    assert [items(lst) for lst in lists_of("시는 도로 포장 등 15건과 하수도 정비를 마쳤다.")] == [["도로 포장"]]


@pytest.mark.parametrize("text", [
    "A군 등 10대 학생들은 봉사활동에 참여했다.",  # in their teens: an age, no count
    "시는 원산지를 속인 업체 등 11곳을 적발했다.",  # the kind counted, no item of it
])
def test_an_age_after_people_and_the_kind_counted_alone_make_no_list(text):
    assert lists_of(text) == []


def test_a_decade_count_of_things_is_still_a_count():
    assert [lst["announced_count"] for lst in lists_of("정부는 일자리 창출, 주거 안정 등 10대 과제를 추진한다.")] == [10]


def test_the_old_vowel_sign_typed_for_a_middle_dot_splits_items_to_the_count():
    text = "시는 가람ᆞ나래ᆞ보람ᆞ솔내 등 4개 마을에 정수기를 지원한다."
    assert [items(lst) for lst in lists_of(text)] == [["가람", "나래", "보람", "솔내"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("해경은 구조된 선원의 국적이 베트남, 필리핀, 미얀마 등이라고 발표했다.", [["베트남", "필리핀", "미얀마"]]),  # the copula reported
    ("구조된 선원의 국적은 베트남, 필리핀, 미얀마 등이었다.", [["베트남", "필리핀", "미얀마"]]),  # the copula in the past
    ("구조된 선원의 국적은 베트남, 필리핀, 미얀마 등이었고 실종자는 없었다.", [["베트남", "필리핀", "미얀마"]]),
])
def test_the_copula_reported_or_in_the_past_presents_a_list(text, expected):
    assert [items(lst) for lst in lists_of(text)] == expected


def test_a_number_that_ends_a_name_is_no_count():
    assert lists_of("가람시는 한도윤 씨 등 보람3 개발팀 11명을 초청했다.") == []  # 보람3 | 개발팀: no 3개
    [lst] = lists_of("시는 빈집 정비, 경로당 보수 등 총3곳을 고친다.")
    assert lst["announced_count"] == 3


def test_a_year_noted_after_each_item_leaves_the_items_things():
    [lst] = lists_of("역대 수상자로는 한도윤(1998년), 박보람(2005년), 윤채아(2011년) 등이 있다.")
    assert items(lst) == ["한도윤(1998년)", "박보람(2005년)", "윤채아(2011년)"]
    assert lists_of("면적별로는 119㎡ 766가구, 85㎡ 522가구 등이다.") == []  # numbers with units


def test_examples_of_what_a_place_holds_are_no_list():
    assert lists_of("솔빛마을은 회의장, 카페 등이 있는 윗마을과 식당이 있는 아랫마을로 이뤄졌다.") == []  # 있는 modifies 윗마을
    assert lists_of("가람섬은 회의장, 카페 등이 있었던 옛 공장 터에 들어섰다.") == []
    for sentence in ("시설로는 회의장, 카페 등이 있다.", "점검해 보니 회의장, 카페 등이 있는 것으로 나타났다.", "이 섬엔 회의장, 카페 등이 있는 거로 알려졌다."):
        [lst] = lists_of(sentence)
        assert items(lst) == ["회의장", "카페"]


def test_an_item_set_before_the_rest_with_including_is_the_first():
    [lst] = lists_of("시는 교통 개선을 포함해 주거 지원, 교육 협력 등 3개 분야를 챙긴다.")
    assert items(lst) == ["교통 개선", "주거 지원", "교육 협력"] and lst["complete"]


@pytest.mark.parametrize("sentence", ["무료 주차장은 15일 오후 6시 기준 가람시와 나래군, 보람읍 등 12곳으로 늘었다.",
                                      "대상 지역은 15일 0시 기준 가람시와 나래군, 보람읍 등 3곳이다."])
def test_the_moment_figures_hold_at_is_no_part_of_the_first_item(sentence):
    [lst] = lists_of(sentence)
    assert items(lst) == ["가람시", "나래군", "보람읍"]


def test_a_word_of_the_moment_opening_a_compound_stays_in_the_item():
    [lst] = lists_of("한은은 지난달 기준 금리 인하, 대출 규제 완화 등 2개 조치를 내놓았다.")
    assert items(lst)[0].endswith("기준 금리 인하")


@pytest.mark.parametrize(("sentence", "named"), [("가람전자는 55인치 TV, 65인치 TV 등 2개 모델을 내놓는다.", ["55인치 TV", "65인치 TV"]),
                                               ("한은은 10만 원권과 5만 원권 등 2종의 새 지폐를 검토한다.", ["10만 원권", "5만 원권"])])
def test_things_named_by_a_size_or_a_value_are_a_list(sentence, named):
    [lst] = lists_of(sentence)
    assert items(lst) == named


def test_bare_names_counted_as_people_are_people_whatever_the_model_read():
    [lst] = lists_of("이 쇼는 한도윤, 박보람, 윤채아 등 3명이 진행한다.")  # 한도윤: a place to the model
    assert items(lst) == ["한도윤", "박보람", "윤채아"] and lst["complete"]

    for sentence in ("이번 사고로 정비사, 조종사 등 2명이 다쳤다.", "신규 확진자는 김해시, 양산시 등 2명이다.", "소방관, 경찰관 등 2명이 다쳤다."):
        assert lists_of(sentence) == []  # kinds of people, governments: no names


@pytest.mark.parametrize(("sentence", "count"), [("가람시는 주차, 청소 등 다섯개의 과제를 정했다.", 5),
                                                ("군은 축제, 장터 등 세개의 행사를 연다.", 3)])
def test_a_korean_numeral_with_its_counter_written_on_is_a_count(sentence, count):
    [lst] = lists_of(sentence)
    assert lst["announced_count"] == count and not lst["complete"]


def test_comma_pieces_inside_one_pair_of_quote_marks_are_the_items_when_they_make_the_count():
    [lst] = lists_of("이번 축제는 '노래, 춤, 연극, 마술'등 4가지 공연으로 꾸며진다.")
    assert items(lst) == ["노래", "춤", "연극", "마술"] and lst["complete"]
    [lst] = lists_of("이번 축제는 '노래, 춤, 연극'등 5가지 공연으로 꾸며진다.")
    assert items(lst) == ["'노래, 춤, 연극'"] and not lst["complete"]
    for sentence in ("'살자, 함께 살자', '봄날' 등 영화 3편이 상영된다.", "'함께, 더 멀리' 등 2개 구호를 외쳤다."):  # a title's own comma
        assert all("," in item for item in items(lists_of(sentence)[0])[:1])


def test_quotes_side_by_side_inside_an_item_stay_one_item():
    [lst] = lists_of("‘가람’ ‘나래’ 합동 공연, ‘보람’ 단독 공연 등 2개 공연이 열린다.")
    assert items(lst) == ["‘가람’ ‘나래’ 합동 공연", "‘보람’ 단독 공연"] and lst["complete"]


@pytest.mark.parametrize("marks", ["‘’‘’‘’", "’’’’’’", "'" * 6])
def test_quoted_items_side_by_side_are_apart_by_their_spaces(marks):
    a, b, c = (marks[i] + name + marks[i + 1] for i, name in zip((0, 2, 4), ("물이 맑은 마을", "활력 있는 도시", "살기 좋은 마을")))
    [lst] = lists_of(f"시는 {a} {b} {c} 등 3대 목표를 세웠다.")
    assert items(lst) == [a, b, c] and lst["complete"]


@pytest.mark.parametrize("joint", ["뿐만 아니라, ", "뿐 아니라 "])
def test_the_item_before_not_only_is_the_first_when_the_count_has_room(joint):
    [lst] = lists_of(f"특히 서울{joint}부산, 대구, 광주 등 4개 시에서 모두 1위를 했다.")
    assert items(lst) == ["서울", "부산", "대구", "광주"] and lst["complete"]


@pytest.mark.parametrize("sentence", ["주민뿐만 아니라 가람시, 나래군 등 3개 지자체가 참여했다.", "국내뿐만 아니라 미국, 일본 등 5개국에 수출한다.",
                                      "올해뿐만 아니라 가람사업, 나래사업 등 3개 사업을 한다."])
def test_what_not_only_sets_against_the_items_is_none_of_them(sentence):
    [lst] = lists_of(sentence)
    assert len(lst["items"]) == 2 and not lst["complete"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("한도윤·김보람·이나래 의원 3명이 참석했다.", ["한도윤", "김보람", "이나래 의원"]),
    ("한도윤(45)·김보람(38)씨 2명이 구조됐다.", ["한도윤(45)", "김보람(38)씨"]),
    ("한도윤(45)·김보람(38) 2명이 구조됐다.", ["한도윤(45)", "김보람(38)"]),
    ("경찰은 A·B 2명을 구속했다.", ["A", "B"]),
    ("가람시장·나래군수 2명이 참석했다.", ["가람시장", "나래군수"]),
])
def test_dotted_names_before_their_one_title_and_a_count_of_people_are_a_list(sentence, expected):
    [lst] = lists_of(sentence)
    assert items(lst) == expected and lst["complete"]
    assert lists_of("소방관·경찰관 2명이 다쳤다.") == lists_of("소방관·경찰관 대표 2명이 다쳤다.") == []  # kinds of people, no names
    assert lists_of("서울·부산 주민 2명이 다쳤다.") == lists_of("서울대·고려대 교수 2명이 참석했다.") == []  # places, bodies


def test_a_person_before_not_only_is_one_of_the_people_counted():
    [lst] = lists_of("한도윤 의원뿐만 아니라 김보람 의원, 이나래 의원 등 3명이 참석했다.")
    assert items(lst) == ["한도윤 의원", "김보람 의원", "이나래 의원"] and lst["complete"]


def test_an_item_that_is_a_note_in_parentheses_alone_breaks_nothing():
    [lst] = lists_of("참가 대상은 초등부(1~3학년), (4~6학년) 등 2개 부문이다.")
    assert items(lst) == ["초등부(1~3학년)", "(4~6학년)"]


def test_digits_and_counter_read_as_one_noun_are_a_count():
    [lst] = lists_of("가람은행, 나래은행, 보람은행 등 은행 3사가 금리를 내렸다.")  # kiwipiepy reads 3사 as one noun
    assert items(lst) == ["가람은행", "나래은행", "보람은행"] and lst["announced_count"] == 3 and lst["complete"]


def test_a_parenthesis_spelling_the_count_out_may_follow_a_space():
    [lst] = lists_of("시는 4개 신문 (가람일보, 나래일보, 보람신문, 솔내일보)에 광고를 냈다.")
    assert items(lst) == ["가람일보", "나래일보", "보람신문", "솔내일보"] and lst["complete"]


def test_a_count_past_the_predicates_adverbial_is_another_things():
    assert lists_of("경찰은 횡령 등 혐의로 가람건설 현장 사무실 4곳을 수색했다.") == []
    [lst] = lists_of("시는 빈집, 공원 등 같은 이유로 문을 닫은 5곳을 고친다.")  # the cause inside the count's modifier
    assert lst["announced_count"] == 5


@pytest.mark.parametrize("sentence", ["시내버스가 화물차와 오토바이 등 차량 4대와 부딪쳤다.", "소방서는 물탱크차 등 장비 12대를 보냈다."])
def test_kinds_before_a_count_of_units_of_their_kind_are_no_list(sentence):
    assert lists_of(sentence) == []


@pytest.mark.parametrize(("sentence", "named"), [("특위는 한도윤 위원장을 포함해 박보람, 윤채아, 도하람 의원 등 모두 4명이 맡는다.",
                                                 ["한도윤 위원장", "박보람", "윤채아", "도하람 의원"]),
                                                ("특위는 한도윤 의원을 비롯해 박보람, 윤채아 의원 등 3명으로 꾸려졌다.", ["한도윤 의원", "박보람", "윤채아 의원"])])
def test_a_person_set_before_the_rest_is_one_of_the_people_counted(sentence, named):
    [lst] = lists_of(sentence)
    assert items(lst) == named and lst["complete"]


@pytest.mark.parametrize(("sentence", "named"), [("가람시, 나래시 등 전국에서 10개 시군이 참여했다.", ["가람시", "나래시"]),
                                               ("소방청은 가람1호, 나래2호 등 헬기 2대를 투입했다.", ["가람1호", "나래2호"]),
                                               ("도모 씨와 한모 씨 등 2명이 다쳤다.", ["도모 씨", "한모 씨"])])
def test_counts_after_a_place_of_named_things_and_of_people_named_alone(sentence, named):
    [lst] = lists_of(sentence)
    assert items(lst) == named


@pytest.mark.parametrize("sentence", ["운전기사를 비롯해 박보람 씨, 윤채아 씨 등 3명이 다쳤다.",  # a kind set before the names
                                      "범인은 선글라스, 마스크 등 두건으로 얼굴을 가렸다."])  # 두건: a hood, no count
def test_no_list_from_a_kind_before_people_or_a_noun_read_as_a_count(sentence):
    assert lists_of(sentence) == []


def test_a_range_in_the_first_items_own_modifier_is_the_items():
    [lst] = lists_of("올해 바뀌는 점은 가람시장 야시장 운영을 주 2일에서 주 3일로 늘린 것, 나래시장 주차장 요금을 면제한 것, "
                     "상품권 환급 행사를 분기마다 열기로 한 것 등이다.")
    assert items(lst)[0] == "가람시장 야시장 운영을 주 2일에서 주 3일로 늘린 것"


def test_a_headlines_people_set_off_by_a_comma_are_its_topic_not_an_item():
    [lst] = lists_of("청주시장 후보들, 교통·일자리·돌봄 등 3대 공약 경쟁\n후보들은 12일 토론회에서 공약을 발표했다.")
    assert (items(lst), lst["announced_count"]) == (["교통", "일자리", "돌봄"], 3)


def test_the_introductions_place_is_no_range_start_of_the_first_items_modifier():
    [lst] = lists_of("군은 15일 군청에서 빈집을 청년 주택으로 고친 '청년 하우스', 폐교를 캠핑장으로 바꾼 '별빛 캠핑장' 등 3개 사업을 발표했다.")
    assert items(lst)[0] == "빈집을 청년 주택으로 고친 '청년 하우스'"
