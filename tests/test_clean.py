import pytest

from pipeline.extract.page_lines import paragraph_role
from pipeline.extract.page_roles import assign_roles
from pipeline.stages.clean import clean
from pipeline.stages.ingest import ingest
from tests.conftest import article_from


def cleaned(raw: str):
    return clean(ingest(article_from(raw)))


def test_paragraphs_are_non_empty_lines_with_whitespace_folded():
    article = cleaned("  첫 문단은   이렇다.\n\n\n\t둘째\u3000문단이다. \n")
    assert article.text == "첫 문단은 이렇다.\n둘째 문단이다."
    assert [(p.start, p.end, p.source_index) for p in article.paragraphs] == [(0, 10, 0), (11, 19, 1)]


def test_roles_of_a_news_article():
    article = cleaned(
        "경기도와 광주시가 8개 과제에 합의했다.\n"
        "강 시장과 상생협약 체결\n"
        "김 지사는 12일 광주시청에서 강 시장을 만났다.\n"
        "/홍길동기자 hong@kyeongin.com"
    )
    assert [p.role for p in article.paragraphs] == ["lead", "subheadline", "body", "byline"]


@pytest.mark.parametrize(
    "text, role",
    [
        ("담당부서 : 홍보담당관 / 연락처 : 061-123-4567", "boilerplate"),
        ("1.[보도자료] 군청 소식.hwp (343.00 Kb) Hit: 1", "boilerplate"),
        ("가람천 벚꽃길 전경.JPG", "boilerplate"),  # an attachment's name, its extension in capitals
        ("보도자료 원문.PDF", "boilerplate"),
        ("<저작권자(c) 예시통신, 무단 전재-재배포 금지>", "boilerplate"),
        ("본 공공저작물은 공공누리 4유형 조건에 따라 이용할 수 있습니다.", "boilerplate"),
        ("[예시진흥원 제공]", "caption"),
        ("12일 열린 협약식에서 참석자들이 협약서를 펼쳐 보이고 있다. (사진=광주광역시)", "caption"),
        ("■ 소제목만 있는 줄", "subheadline"),
        ("이 문장은 본문이다.", "body"),
        ("마침표 없이 끝난 본문 문장이지만 다로 끝났다", "body"),
    ],
)
def test_paragraph_role(text, role):
    assert paragraph_role(text) == role


def test_photo_title_above_its_credit_is_a_caption():
    roles = assign_roles(["예시진흥원 창업공간 개소", "[예시진흥원 제공]", "예시진흥원은 28일 개소식을 열었다."])
    assert roles == ["caption", "caption", "lead"]


def test_navigation_words_before_the_lead_are_boilerplate():
    roles = assign_roles(["홈", "열린군정", "군청이 행사를 열었다."])
    assert roles == ["boilerplate", "boilerplate", "lead"]


def test_a_described_scene_under_a_caption_label_is_a_caption():
    """``[사진 설명]`` then ``… 나눔 모습``: the label's line says what the next one is, a noun phrase of a photo."""
    roles = assign_roles(["가람군, 쌀 나눔 행사 열어", "가람군은 12일 쌀을 나눴다고 밝혔다.", "군수는 주민들에게 감사했다.",
                          "[사진 설명]", "가람면 주민 쌀 나눔 모습"])
    assert roles[-2:] == ["caption", "caption"]
    credited = ["가람군, 쌀 나눔 행사 열어", "가람군은 12일 쌀을 나눴다.", "쌀을 나누는 주민들. (사진=가람군 제공)", "올해로 10년째 이어진 나눔의 모습"]
    assert assign_roles(credited)[-1] != "caption"  # under a credited caption, not its label: the article's line
