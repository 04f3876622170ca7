"""A front page or a section's list saved instead of an article: other articles' entries, each crediting its outlet,
and no article of its own (invented pages). Nothing on it is the page's article, so it goes to the errors file
instead of giving headlines, quotes and lists of other articles."""

from __future__ import annotations

from pipeline.extract.page_roles import assign_roles
from pipeline.record import ErrorRecord
from pipeline.stages import process
from tests.conftest import article_from

FRONT_PAGE = [
    "헤드라인 뉴스",
    "헤드라인 뉴스는 기사 내용을 바탕으로 자동으로 골라 보여 줍니다.",
    '- 한도윤 의원 "가람시 예산안, 다시 짜야" 포토 뉴시스',
    "- 가람시, 청년 주택 300호 공급…다음 달 신청 포토 연합뉴스",
    '- 나래군 "버스 노선 늘린다" 주민 설명회 포토 뉴스1',
    "- 보람항 물동량 3년 만에 반등 포토 한국일보",
    "- 가람시·나래군·보람시 등 3개 시군 관광 협약 포토 매일경제",
    '- 최윤슬 교육감 "작은 학교 살린다" 포토 국민일보',
    "- 솔내천 산책로 2km 새로 열려 동영상기사 MBN",
    "- 가람대, 지역 기업과 인재 양성 협약 포토 이데일리",
    "- 겨울 축제 앞둔 나래군, 안전 점검 나서 포토 세계일보",
    "- 가람시의회, 조례안 5건 의결 포토 경향신문",
    "섹션별 뉴스는 추천으로 구성된 뉴스를 제공합니다.",
]

SECTION_LIST = ["지역"] + [
    line
    for headline, snippet, outlet in [
        ("가람시, 청년 주택 300호 공급", "가람시는 1일 청년 주택 300호를 공급한다고 밝혔다. 신청은 다음 달", "연합뉴스"),
        ("나래군 버스 노선 늘린다", "나래군은 읍면을 잇는 버스 노선을 늘린다고 1일 밝혔다. 군은", "뉴시스"),
        ("보람항 물동량 반등", "보람항의 물동량이 3년 만에 늘었다. 항만공사에 따르면", "뉴스1"),
        ("가람대, 인재 양성 협약", "가람대는 지역 기업 12곳과 인재 양성 협약을 맺었다고", "한국경제"),
        ("솔내천 산책로 열려", "솔내천을 따라 걷는 산책로 2km가 새로 열렸다. 시는", "서울경제"),
        ("가람시의회 조례안 의결", "가람시의회는 1일 본회의를 열어 조례안 5건을 의결했다. 이", "아시아경제"),
        ("나래군 겨울 축제 점검", "나래군은 겨울 축제를 앞두고 안전 점검에 나섰다고", "헤럴드경제"),
        ("보람시 출산 지원 확대", "보람시는 출산 지원금을 늘린다고 밝혔다. 첫째 아이", "이데일리"),
    ]
    for line in (f"- {headline}", f"- {snippet} … {outlet} 신문A12면 2024.01.01. 오후 6:12")
]


def test_a_front_page_of_other_articles_entries_is_all_chrome():
    assert assign_roles(FRONT_PAGE) == ["boilerplate"] * len(FRONT_PAGE)


def test_a_sections_list_of_headlines_and_snippets_cut_mid_stamp_is_all_chrome():
    cut = SECTION_LIST[:-1] + [SECTION_LIST[-1][:-12]]  # … 이데일리 신문A12면 20: the scrape cut the last stamp
    assert assign_roles(cut) == ["boilerplate"] * len(cut)


def test_a_page_of_other_articles_is_an_error_record_not_an_article():
    result = process(article_from("\n".join(FRONT_PAGE)))
    assert isinstance(result, ErrorRecord) and result.stage == "clean"
    assert result.error.startswith("no article: every paragraph is page chrome") and "other articles' list" in result.error


def test_an_article_with_a_box_of_related_entries_stays_an_article():
    page = ["가람시, 청년 주택 300호 공급…다음 달 신청", "가람시는 1일 청년 주택 300호를 다음 달부터 공급한다고 밝혔다.",
            '한도윤 시장은 "청년이 머무는 도시를 만들겠다"고 말했다.', "홍길동 기자 hong@yna.co.kr", "관련기사", *FRONT_PAGE[2:6]]
    assert assign_roles(page)[:4] == ["headline", "lead", "body", "byline"]


def test_an_article_whose_captions_or_quoted_papers_credit_outlets_is_no_list_of_other_articles():
    places = ["해변", "광장", "시장", "공원", "항구", "역", "학교", "도서관"]
    gallery = [f"가람시 {place} 현장에서 시민들이 축제를 즐기고 있다. 연합뉴스" for place in places]
    review = [f'"가람시 {place} 정비, 다시 짜야" 경향신문' for place in places]
    for lines in (gallery, review):
        page = ["가람시 봄 축제 개막", "입력 2024.03.05 20:06", "가람시는 5일 봄 축제를 열었다고 밝혔다.", *lines, "홍길동 기자 hong@example.kr"]
        roles = assign_roles(page)
        assert roles[2] == "lead" and "boilerplate" not in roles[3:]
