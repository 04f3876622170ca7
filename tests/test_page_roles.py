"""Page chrome in text scrapes: the article's paragraphs told from the page around them (invented pages)."""

from __future__ import annotations

from pipeline.extract.page_roles import assign_roles
from tests.conftest import record_of

LEAD = "예시군은 12일 군청에서 주민 설명회를 열었다고 밝혔다."
BODY = '홍길동 군수는 "주민과 함께 가겠다"고 말했다.'
HEADLINE = "예시군, 주민 설명회 열어 의견 듣는다"


def test_chrome_before_and_after_the_article():
    page = ["예시일보 로고", "정치", "사회 > 지역 > 예시군", HEADLINE, HEADLINE, "홍길동 기자 | 승인 2024.03.05 10:20 | 댓글 0",
            "이 기사를 공유합니다", "페이스북", LEAD, BODY, "저작권자 © 예시일보 무단전재 및 재배포 금지",
            "가장 많이 본 뉴스", "다른 군의 소식이 여기에 실렸다는 긴 문장이다.", "댓글쓰기", "0 / 400"]
    roles = assign_roles(page)
    assert roles == ["boilerplate", "boilerplate", "boilerplate", "headline", "subheadline", "byline",
                     "boilerplate", "boilerplate", "lead", "body", "boilerplate",
                     "boilerplate", "boilerplate", "boilerplate", "boilerplate"]


def test_widgets_and_stamps_are_chrome():
    page = ["• 맑음춘천 3.1℃", "• 흐림강릉 5.0℃", "입력 2022.10.04 (19:39)", "읽어주기 기능은 크롬기반의", HEADLINE, LEAD, BODY]
    assert assign_roles(page)[:4] == ["boilerplate"] * 4
    assert assign_roles(page)[4:] == ["headline", "lead", "body"]


def test_a_ranking_list_after_the_article_is_chrome_even_with_quotes():
    page = [HEADLINE, LEAD, BODY, "인기기사", '다른 후보 "다 하겠다"', "다른 기사의 본문도 길게 이어지는 문장이다."]
    assert assign_roles(page)[3:] == ["boilerplate"] * 3


def test_nothing_is_extracted_from_chrome():
    record = record_of("\n".join([HEADLINE, LEAD, BODY, "많이 본 뉴스", '김철수 후보 "다 하겠다"고 말했다', "• 맑음춘천 3.1℃, 흐림강릉 5.0℃, 비속초 2.0℃ 등 3개",
                                  "광주시와 전남도, 경북도 등 3개 지자체가 협약했다."]))
    chrome = [p for p in record["paragraphs"] if p["role"] == "boilerplate"]
    assert len(chrome) == 4
    starts = chrome[0]["start"]
    assert all(e["start"] < starts for e in record["entities"])
    assert [q["text"] for q in record["quotes"] if q["kind"] == "direct"] == ["주민과 함께 가겠다"]
    assert record["enumerations"] == []


def test_a_news_record_without_chrome_keeps_its_roles():
    assert assign_roles([LEAD, "설명회 현장 모습", BODY]) == ["lead", "subheadline", "body"]
