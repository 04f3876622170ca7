"""Page chrome in text scrapes: the article's paragraphs told from the page around them (invented pages)."""

from __future__ import annotations

import pytest

from pipeline.extract.page_lines import list_heading, paragraph_role
from pipeline.extract.page_roles import assign_roles, hard_wrapped
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


def test_a_sentence_about_copying_is_the_articles_and_the_notice_after_it_chrome():
    page = [HEADLINE, LEAD, "무단 전재와 재배포로 인한 저작권 침해 문제도 논의됐다.", BODY, "저작권자 © 예시일보 무단전재 및 재배포 금지", "무단전재 및 재배포를 금합니다"]
    assert assign_roles(page) == ["headline", "lead", "body", "body", "boilerplate", "boilerplate"]


def test_a_weather_widget_a_reading_a_line_a_tab_title_and_a_logo_link_are_chrome_not_the_headline():
    page = ["가람일보 HOME", "PDF 지면보기", f"{HEADLINE} - 가람일보", "오늘 가람 날씨", "맑음", "17℃", "미세먼지 좋음", "습도 45%",
            HEADLINE, LEAD, BODY, "키워드 #예시군 #설명회"]
    assert assign_roles(page) == ["boilerplate"] * 8 + ["headline", "lead", "body", "boilerplate"]


def test_widgets_and_stamps_are_chrome():
    page = ["• 맑음춘천 3.1℃", "• 흐림강릉 5.0℃", "입력 2023.03.02 (10:15)", "읽어주기 기능은 최신 브라우저에서", HEADLINE, LEAD, BODY]
    assert assign_roles(page)[:4] == ["boilerplate"] * 4
    assert assign_roles(page)[4:] == ["headline", "lead", "body"]


def test_a_breadcrumb_a_weather_line_a_font_sample_and_labelled_stamps_are_chrome_and_comments_end_the_article():
    page = ["충북 | 충주", "가람 맑음", "기사의 본문 내용은 이 글자크기로 변경됩니다.", HEADLINE,
            "등록일 2024-05-02 20:11 | 게재일 2024-05-03", "지면 2024-05-03 (금) 14면", LEAD, BODY, "홍길동 기자", "공유하기:",
            "댓글목록", "솔내토박이 | 24-05-02 13:20", "어릴 때 다니던 골목이 이렇게 바뀌다니 반갑네요."]
    assert assign_roles(page) == ["boilerplate"] * 3 + ["headline"] + ["boilerplate"] * 2 + ["lead", "body", "byline"] + ["boilerplate"] * 4


def test_a_forecasts_days_and_a_tables_header_inside_the_article_stay_the_articles():
    page = [HEADLINE, LEAD, "주말 날씨", "토요일 맑음", "일요일 비", "◇ 시간표", "평일 | 주말", BODY]
    assert "boilerplate" not in assign_roles(page)


def test_a_list_of_other_articles_credited_to_their_reporters_above_the_article_is_chrome():
    page = ["예시시민신문", "최신기사", "다른 마을 광역버스 노선 신설 확정", "김철수 기자 2024.05.01", "예시 초등학교 과밀 학급 해소 대책",
            "박영희 기자 2024.04.30", HEADLINE, "입력 2024.05.02 10:30", LEAD, BODY, "홍길동 기자"]
    roles = assign_roles(page)
    assert roles[:6] == ["boilerplate"] * 6 and roles[6:9] == ["headline", "boilerplate", "lead"]
    assert record_of("\n".join(page))["byline"]["reporters"] == [{"name": "홍길동", "email": None}]


def test_an_outlet_and_desk_before_the_reporter_under_a_list_above_the_article_is_the_byline():
    page = ["예시일보", "많이 본 뉴스", "다른 마을 버스 노선 개편", "다른 군 축제 개막", HEADLINE, "예시일보 정치부 홍길동 기자",
            "군, 주민 의견 수렴해 연말 확정", LEAD, BODY]
    assert assign_roles(page)[4:7] == ["headline", "byline", "subheadline"]


def test_headlines_listed_above_the_article_with_their_credits_on_the_same_line_are_chrome():
    page = ["예시일보", "이 시각 주요뉴스", "[속보] 다른 군 신청사 착공 김철수 기자 2024.04.01", "나래공항 국제선 여객 최대 / 박영희 기자",
            "로그인 | 회원가입", HEADLINE, LEAD, BODY, "홍길동 선임기자 hong@example.kr"]
    roles = assign_roles(page)
    assert roles[:6] == ["boilerplate"] * 5 + ["headline"]
    assert record_of("\n".join(page))["byline"]["reporters"] == [{"name": "홍길동", "email": "hong@example.kr"}]


def test_a_weeklys_list_of_this_issues_articles_below_the_copyright_is_chrome():
    page = [HEADLINE, LEAD, BODY, "저작권자 © 예시신문 무단전재 및 재배포 금지", "이번 호 주요기사", "다른 마을 주차장 확충 착공",
            "김철수 기자 2024.05.01", "다른 면 버스 노선 개편", "박영희 기자 2024.05.01"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 6


def test_a_list_headed_by_the_sites_name_and_most_read_below_the_copyright_is_chrome():
    page = [HEADLINE, LEAD, BODY, "저작권자 © 예시일보 무단전재 및 재배포 금지", "예시일보 많이 본 뉴스", "다른 마을 주차장 확충 착공",
            "김철수 기자 2024.05.01"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 4


@pytest.mark.parametrize("label", ["[2024 재보선]", "[가람 진료소 1년] ③"])
def test_a_label_in_brackets_above_the_title_is_no_headline(label):
    page = ["예시일보", label, "섬마을 진료소에 의사가 왔다", "입력 2024.05.02 10:30", LEAD, BODY]
    assert assign_roles(page)[1:3] == ["subheadline", "headline"]


def test_a_list_of_related_releases_is_a_lists_heading():
    assert list_heading("관련 보도자료")


def test_the_writer_under_a_columns_headline_is_its_byline():
    page = ["[편집국에서] 예시 축제 20년, 다음 20년을 묻는다", "홍길동 편집국장", "승인 2024.05.02 10:00", LEAD, BODY]
    assert assign_roles(page)[:2] == ["headline", "byline"]


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


def test_no_name_is_taken_from_another_articles_line_in_the_chrome_by_its_title():
    """A name before an affiliation and a title is a person where the model read nothing, but not in the page's tail:
    the model reads no chrome, and neither do the rules (``record_of`` checks it on every record)."""
    record = record_of("\n".join([HEADLINE, LEAD, BODY, "많이 본 뉴스", "윤서하 가람과학기술원 신소재공학과 교수는 새 촉매를 개발했다고 밝혔다."]))
    assert [e["text"] for e in record["entities"] if e["label"] == "PS"] == ["홍길동"]


def test_tagged_headlines_of_other_articles_right_above_the_copyright_line_are_chrome():
    """Two headlines opened by their sections' tags between the article's last sentence and the copyright line: a list of
    other articles without a heading, quote and all; one such line alone, or lines closed as news sentences, stay the article's."""
    tail = ["<저작권자 ⓒ 예시스포츠 무단전재 및 재배포 금지>"]
    listed = ["[가람리그] 3R 프리뷰 - 나래FC, 선두까지 '-2'", '[나래컵] 한도윤 인터뷰 "꼭 이기고 싶다"']
    record = record_of("\n".join([HEADLINE, LEAD, BODY, *listed, *tail]))
    assert [p["role"] for p in record["paragraphs"]][3:] == ["boilerplate"] * 3
    assert [q["text"] for q in record["quotes"] if q["kind"] == "direct"] == ["주민과 함께 가겠다"]
    assert assign_roles([HEADLINE, LEAD, BODY, listed[0], *tail])[3] != "boilerplate"
    sentences = ["[가람리그] 나래FC가 3라운드에서 이겼다.", "[나래컵] 한도윤 선수가 결승골을 넣었다."]
    assert "boilerplate" not in assign_roles([HEADLINE, LEAD, BODY, *sentences, *tail])[3:5]


def test_a_promoted_link_ending_in_its_prompt_is_chrome():
    page = [HEADLINE, LEAD, BODY, "가람 여행 정보 총정리 #가람(클릭!)", "Copyright ⓒ 예시뉴스. All rights reserved."]
    assert assign_roles(page)[3] == "boilerplate"


def test_a_progressive_description_credited_in_angle_brackets_above_the_lead_is_a_caption():
    page = [HEADLINE, "주민들이 가람천 둔치에서 꽃길을 걷고 있다. <예시뉴스>", LEAD, BODY]
    assert assign_roles(page)[1] == "caption"


def test_a_news_record_without_chrome_keeps_its_roles():
    assert assign_roles([LEAD, "남은 과제는 재원 마련", BODY]) == ["lead", "subheadline", "body"]
    assert assign_roles([LEAD, "설명회 현장 모습", BODY]) == ["lead", "caption", "body"]  # a scene named by a caption noun


def test_bulleted_stamps_and_a_releases_contact_block_are_chrome():
    page = [HEADLINE, "• 홍길동 기자", "• 승인 2019.03.07 13:56", "• 호수 948", "• 댓글 0", LEAD, BODY,
            "작 성 과: 예시정책과", "연 락 처: 061) 123-4567", "제 공 일: 2025. 12. 8.", "자료제공: 예시과 (123-4567)",
            "문의전화", "이 페이지에서 제공하는 정보에 대하여 만족하셨습니까?", "의견 :", "※"]
    roles = assign_roles(page)
    assert roles[1] == "byline"
    assert roles[2:5] == ["boilerplate"] * 3
    assert roles[7:] == ["boilerplate"] * 8
    release = [HEADLINE, "【예시과장 홍길동 123-4567, 예시팀장 김철수 123-4568】", LEAD, BODY, "(예시 행사 사진 2장 첨부)"]
    roles = assign_roles(release)
    assert (roles[1], roles[4]) == ("boilerplate", "boilerplate")


def test_photo_captions_by_their_credits():
    page = [HEADLINE, "군수가 12일 설명회에서 주민들에게 인사하고 있다. 예시통신", LEAD, "설명회장 전경© 예시뉴스",
            "설명회에 참석한 주민들이 박수를 치고 있다. ⓒ예시군", "홍길동 군수(가운데)와 주민들", BODY,
            "설명회 현장 모습 <예시군 제공>", "![](https://example.kr/photo.jpg)"]
    assert assign_roles(page) == ["headline", "caption", "lead", "caption", "caption", "caption", "body", "caption", "caption"]


def test_captions_credited_to_a_reporter_a_screen_capture_or_a_date():
    assert paragraph_role("군수가 설명회장을 둘러보고 있는 모습. 사진=홍길동 기자") == "caption"
    assert paragraph_role("군수의 글이 누리집에 올라왔다. 예시군 누리집 캡처") == "caption"
    assert paragraph_role("| 군수가 브리핑룸에서 발표하고 있다. 2025.3.4 |") == "caption"
    assert paragraph_role("군수는 주민들과 대화하고 있다. 그는 2025.3.4 취임했다.") == "body"
    assert paragraph_role("축제장을 찾은 가족들이 연을 날리는 장면. 솔내일보DB") == "caption"  # the paper's archive
    assert paragraph_role("가람대 후문 원룸촌. 솔내일보 자료사진") == "caption"  # the archive, in words
    assert paragraph_role("군은 흩어진 주민 정보를 모아 새 DB를 만들었다.") == "body"


def test_a_broadcasts_interview_label_is_a_caption_and_comment_rules_end_the_article():
    assert paragraph_role("▶ 인터뷰 : 홍길동 / 예시군 주민") == "caption"
    for label in ("인터뷰 : 홍길동 / 예시읍 주민", "정필순/수안보 상인", "사고 희생자 유족 (음성변조)"):  # no arrow; a bare slash; a voice
        assert paragraph_role(label) == "caption"
    for line in ("교육/문화", "청주/충주 시내버스 노선 개편", "교육/문화 분야 주요 성과"):
        assert paragraph_role(line) != "caption"  # a section's label, a headline: no name and role
    assert paragraph_role("▶ 관련 기사 보기") == "boilerplate"
    page = [HEADLINE, LEAD, BODY, "홍길동 기자", "댓글운영규칙", "- 남을 헐뜯는 글은 운영자가 지울 수 있습니다. 공용 PC에서는 꼭 로그아웃 해주세요."]
    assert assign_roles(page)[-2:] == ["boilerplate", "boilerplate"]


def test_a_copyright_line_is_no_caption():
    assert assign_roles([HEADLINE, LEAD, BODY, "ⓒ 예시일보 무단전재 및 재배포 금지"])[-1] == "boilerplate"


def test_a_reporter_after_the_last_sentence_is_the_byline_not_a_credit():
    roles = assign_roles([HEADLINE, LEAD, BODY + " 홍길동 기자"])
    assert roles == ["headline", "lead", "body"]


def test_a_lone_triangle_paragraph_is_a_caption_and_a_run_is_a_list():
    caption = "▲ 12일 군청에서 열린 설명회에서 군수가 인사말을 하고 있다."
    assert assign_roles([HEADLINE, caption, caption, LEAD, BODY])[1:3] == ["caption", "caption"]
    items = ["▲ 주민 설명회 개최", "▲ 의견 수렴 창구 운영"]
    assert "caption" not in assign_roles([HEADLINE, LEAD, *items, BODY])


def test_numbered_photos_under_a_caption_header():
    page = [HEADLINE, LEAD, BODY, "사진 설명)", "1. 군수가 인사말을 하고 있다.", "2. 주민들이 박수를 치고 있다.", "(사진 제공-예시군)"]
    assert assign_roles(page)[3:] == ["caption"] * 4


def test_a_title_line_above_a_described_photo_stays_a_subheadline():
    page = ['홍길동 "함께 가겠다"', '김철수 "끝까지 하겠다"', "홍길동 군수(왼쪽)와 김철수 의원. 예시통신", LEAD, BODY]
    assert assign_roles(page)[:3] == ["headline", "subheadline", "caption"]


def test_separators_and_an_outlets_slogan_end_the_article():
    page = [HEADLINE, LEAD, BODY, "|", "사람들", "다른 마을에 지난 12일 한 기업이 성금 1,000", "예시일보 - 내일을 비추는 신문, YESI"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 4


def test_a_dateline_opens_the_lead_after_subtitles_that_end_in_a_full_stop():
    page = [HEADLINE, "예시군, 예시대 등 4개 기관 협약.", "지역 성장 동력 확보.", "【예시뉴스 춘천=홍길동 기자】 " + LEAD, BODY]
    assert assign_roles(page) == ["headline", "subheadline", "subheadline", "lead", "body"]


def test_a_text_cut_at_a_fixed_width_is_body():
    lines = ["예시군이 농가의 일손 부족을 덜기 위해 올해 처음 운영하고", "있는 마을 공동 작업반이 주민들의 호응을 얻고 있는 것으로 알려졌다.",
             "12일 군에 따르면 지난달 1일부터 10일까지 네 개 마을에서", "모두 여든 명의 주민이 작업반에 참여해 과수원과 밭의 일을",
             "도왔으며 작업한 면적은 모두 30만 제곱미터에 이르는 것으로", "조사됐다.", "군은 내년에는 작업반을 열 개 마을로 늘려 농가의 부담을",
             "더욱 덜어 줄 계획이다."]
    roles = assign_roles(lines)
    assert roles[0] == "lead" and set(roles[1:]) == {"body"}


def test_a_broadcast_transcript():
    page = [HEADLINE, "[앵커]", LEAD, "홍길동 기자가 보도합니다.", "[기자]", BODY, "김철수 / 예시군 주민", '"좋아요"', "홍길동 기자입니다."]
    # The interviewee's short line is the report's last line: body, not a subtitle.
    assert assign_roles(page) == ["headline", "subheadline", "lead", "byline", "subheadline", "body", "caption", "body", "byline"]


def test_more_chrome_a_page_counter_a_programme_label_and_a_contact_line():
    page = ["[2024-05-05] 예시방송 8 뉴스", HEADLINE, LEAD, BODY, "1 / 1", "전체다운로드", "(예시과 담당자 061-123-4567)"]
    assert assign_roles(page) == ["boilerplate", "headline", "lead", "body", "boilerplate", "boilerplate", "boilerplate"]


def test_a_credit_glued_to_the_description():
    page = [HEADLINE, "예시군이 지원하는 과제 4개와 스타트업 9개.예시군 제공", LEAD, BODY]
    assert assign_roles(page)[1] == "caption"


def test_a_short_headline():
    assert assign_roles(["예시 예시원협", LEAD, BODY])[0] == "headline"


def test_captions_by_their_nouns_and_credits_below_the_lead():
    page = [HEADLINE, "예시방송 '뉴스' 방송화면.", LEAD, "예시군이 짓는 복합청사 조감도. 예시군 제공", BODY, "[사진 출처 : 예시통신]"]
    assert assign_roles(page) == ["headline", "caption", "lead", "caption", "body", "caption"]


def test_a_line_naming_a_picture_and_a_head_shot_credited_to_its_provider_and_an_archive_are_captions():
    page = [HEADLINE, "예시군 청소년수련관 조감도", LEAD, "‘2025 예시 문화재 야행’ 포스터", BODY,
            "홍길동 예시부 제2차관. (예시부 제공) /예시통신 DB", BODY]
    assert assign_roles(page) == ["headline", "caption", "lead", "caption", "body", "caption", "body"]


def test_triangle_captions_above_the_lead():
    page = [HEADLINE, "▲ 바다에서 본 예시항 전경으로, 왼쪽은 새 부두다.", "▲ 공사 중인 예시항 여객터미널.", LEAD, BODY]
    assert assign_roles(page)[1:3] == ["caption", "caption"]


def test_a_line_that_ends_in_a_comma_goes_on():
    assert assign_roles([LEAD, "저는 오늘 주민 여러분의 바람을 안고,", "이 자리에 섰습니다."])[1] == "body"


def test_a_name_alone_after_the_article_is_its_byline():
    assert assign_roles([HEADLINE, LEAD, BODY, "홍길동", "많이 본 뉴스"])[3] == "byline"


def test_more_tails_and_contact_blocks():
    page = [HEADLINE, LEAD, BODY, "(복지과장 홍길동, 복지팀장 김철수 270-1234)", "댓글 많은 뉴스", "다른 기사 제목이 여기 있다"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 3


def test_a_text_cut_into_short_lines_is_body_after_its_first_cut():
    lines = ["예시군이 내년도 본예산안을", "올해보다 4% 늘어난 5천억 원으로 편성해", "군 의회에 제출했습니다.", "예시군은 내년 살림의 첫째 목표를",
             "골목마다 사람이 모이는 마을 만들기에 두고", "장터 살리기와 빈집 정비,", "버스 노선 확충 등", "여러 사업을 펼치겠다고 설명했습니다."]
    assert set(assign_roles(lines)) <= {"lead", "body"}


def test_buttons_codes_hashtags_and_an_outlets_name_are_chrome():
    page = [HEADLINE, "SNS 공유하기", "fa tw", "• ka ks url", "G03-1234567890", "#예시군 #예시도", "예시 메트로신문", "전체댓글 0", LEAD, BODY]
    assert assign_roles(page)[1:8] == ["boilerplate"] * 7


def test_weather_and_dated_lines_are_chrome():
    page = ["2024.04.20 (토)", "• 예시 3.2℃", "기상청 제공", HEADLINE, LEAD, BODY, "등록|2023.02.24 15:17 수정|2023.02.24 15:17", "원문 기사 보기"]
    assert assign_roles(page) == ["boilerplate"] * 3 + ["headline", "lead", "body"] + ["boilerplate"] * 2


def test_a_caption_with_a_copyright_sign_credit():
    assert assign_roles([HEADLINE, LEAD, "▲ 예시군이 12일 협약식을 가졌다. ⓒ예시군 제공", BODY])[2] == "caption"


def test_a_menu_bar_is_chrome_and_the_title_under_it_the_headline():
    texts = ["오늘신문 경제 사회 정치&정책 IT·과학 오피니언 라이프", "사회>지역", "월악마을 달맞이 축제 열려",
             "무안군은 지난 27일 월악마을에서 달맞이 축제를 열었다고 밝혔다.", "주민 200여명이 참석했다."]
    assert assign_roles(texts)[:3] == ["boilerplate", "boilerplate", "headline"]
    texts[0] = "뉴스 섬마을 해양 관광 사람 오피니언"  # a regional site's own beats
    assert assign_roles(texts)[:3] == ["boilerplate", "boilerplate", "headline"]


def test_buttons_joined_by_bars_are_chrome_above_the_headline_and_between_the_paragraphs():
    texts = ["가람일보", "로그인 | 회원가입 | 신문구독", "가람천 산책로 3㎞ 새로 열려",
             "가람시는 가람천 산책로 3㎞를 새로 열었다고 5일 밝혔다.", "공유 | 인쇄", "시는 내년에 구간을 더 늘린다."]
    assert assign_roles(texts) == ["boilerplate", "boilerplate", "headline", "lead", "boilerplate", "body"]


def test_other_installments_headlines_below_the_byline_are_chrome_though_they_end_in_a_verb():
    texts = ["가람일보", HEADLINE, LEAD, BODY, "홍길동 기자 hong@example.kr", "[마을을 가다④] 장터 사라진 면 소재지",
             "[마을을 가다③] 버스 끊긴 산골에 마을택시 달린다", "저작권자 © 가람일보 무단전재 및 재배포 금지"]
    assert assign_roles(texts)[4:] == ["byline"] + ["boilerplate"] * 3


def test_a_transcript_marker_is_a_section_title_never_the_headline():
    texts = ["◀ 앵 커 ▶", "행정사무감사 첫 날부터 시의회는 의회사무처를 상대로 날선 질의를 이어갔습니다.",
             "조민국 기자입니다.", "【 기자 】", "감사 첫날 분위기는 뜨거웠습니다."]
    roles = assign_roles(texts)
    assert roles[0] == "subheadline" and "headline" not in roles and roles[3] == "subheadline"


def test_a_subtitle_heads_text_so_the_last_line_and_a_line_that_stops_mid_sentence_are_body():
    page = [HEADLINE, LEAD, "취임사를 마친 예시군수는", "군민 여러분의 성원에 보답하겠다고 약속했다.", "■ 달라지는 군정", BODY,
            "군은 내년 예산안을 다음 달 의회에 제출할 계획이며 주요 사업은"]
    assert assign_roles(page) == ["headline", "lead", "body", "body", "subheadline", "body", "body"]


def test_a_line_of_several_clause_words_that_goes_on_below_is_body_not_a_subtitle():
    page = [HEADLINE, LEAD, "군은 7일 가람역 광장에서 주민설명회를 열고", "착공 일정과 임시주차장 계획을 설명했다.",
            "■ 임시주차장 300면 마련", BODY]
    assert assign_roles(page) == ["headline", "lead", "body", "body", "subheadline", "body"]


def test_a_line_opened_by_a_sentence_connective_that_goes_on_below_is_body_not_a_subtitle():
    page = [HEADLINE, LEAD, "아울러 주민 의견 수렴 절차로", "다음 달까지 설문조사를 진행한다.", "■ 임시주차장 300면 마련", BODY]
    assert assign_roles(page) == ["headline", "lead", "body", "body", "subheadline", "body"]
    titled = [HEADLINE, LEAD, "또래 상담 확대", "다음 달까지 설문조사를 진행한다.", BODY]
    assert assign_roles(titled)[2] == "subheadline"  # 또래, not 또
    for subtitle in ("하지만 과제도 남아", "특히 눈에 띄는 변화", "또한 청년 전용관 첫선"):  # headlinese: subtitles
        assert assign_roles([HEADLINE, LEAD, subtitle, "다음 달까지 설문조사를 진행한다.", BODY])[2] == "subheadline", subtitle


def test_lines_below_a_paragraph_signed_by_its_reporter_are_other_articles():
    page = [HEADLINE, LEAD, BODY + "홍길동 기자", "예시시, 내년 예산 1조원 돌파", "예시군 축제 개막…관광객 몰려"]
    assert assign_roles(page)[3:] == ["boilerplate", "boilerplate"]


def test_a_date_stamp_alone_is_chrome_and_an_agency_photo_credit_a_caption():
    assert paragraph_role("2024년 03월 05일(화) 10:20") == "boilerplate"
    assert paragraph_role("admin 기자 입력 2024.03.05 10:20 수정 2024.03.06 09:00") == "boilerplate"  # a placeholder user
    assert paragraph_role("UPDATE. 2024-03-05 10:20 (화)") == "boilerplate"
    assert paragraph_role("2024-03-05 10:20 송고") == paragraph_role("2024.03.05 (10:20)") == "boilerplate"  # an agency's stamp
    assert paragraph_role("매일 저녁 7시 50분") == "boilerplate"  # a programme's schedule
    assert paragraph_role("오후 2시 시청에서 주민 설명회") != "boilerplate"
    assert paragraph_role("5일 예시군 광장에서 주민들이 줄을 서 있다.(예시군 제공)2024.3.5/뉴스1") == "caption"
    assert paragraph_role("5일 예시군 광장에서 어린이들이 연을 날리고 있다. [예시사진기자단·자료사진]") == "caption"
    assert paragraph_role("(서울=예시뉴스) 홍길동 기자 = 7일 시민들이 배추를 살펴보고 있다. 2024.11.7 [예시뉴스 자료사진]") == "caption"


def test_photo_captions_closed_by_their_source_or_a_wire_services_date():
    assert paragraph_role("새로 문을 연 가람천 산책로. [사진 예시시]") == "caption"
    assert paragraph_role("시상식을 마친 주민들이 손을 흔들고 있다.[예시구]") == "caption"
    assert paragraph_role("가람천 벚꽃길 풍경. (사진=예시뉴스 DB).") == "caption"
    wire = "[예시=AP/뉴시스] 3일(현지시간) 한 총리가 손을 흔들며 웃고 있다. 그는 예산 증액을 약속했다. 2021.11.02"
    assert paragraph_role(wire) == "caption"
    assert paragraph_role("[세종=뉴시스] 홍길동 기자 = 정부가 예산을 늘렸다. 2021.11.02") != "caption"  # the article's dateline
    assert paragraph_role("주민은 누구나 쓸 수 있다.(문의 농업정책과)") != "caption"  # a contact note, no photo
    assert paragraph_role("가입자가 늘고 있다(자료=예시청).") != "caption"  # a sentence citing its data


def test_a_description_glued_to_its_photographers_credit_above_the_lead_is_a_caption():
    page = [HEADLINE, "예시 후보가 5일 시장 골목에서 발언하고 있다.홍길동 기자", LEAD, BODY]
    assert assign_roles(page)[1:3] == ["caption", "lead"]


def test_titles_below_the_article_end_are_other_articles():
    dated_list = [HEADLINE, LEAD, BODY, "예시시, 내년 예산 1조원 돌파", "2025-12-19", "예시군 축제 개막…관광객 몰려"]
    assert assign_roles(dated_list)[3:] == ["boilerplate"] * 3
    below_chrome = [HEADLINE, LEAD, BODY, "원문 기사 보기", "주요"]
    assert assign_roles(below_chrome)[3:] == ["boilerplate"] * 2


def test_a_section_label_of_section_names_and_a_skip_link_label_are_chrome():
    assert assign_roles(["정치 지역", "본문", HEADLINE, LEAD, BODY])[:3] == ["boilerplate", "boilerplate", "headline"]


def test_a_section_label_of_two_words_and_a_bare_slash_is_chrome_not_a_name_tag():
    assert assign_roles(["• 맑음가람 21.3℃", "기상청 제공", "약국/의원", HEADLINE, LEAD, BODY])[2:4] == ["boilerplate", "headline"]
    assert paragraph_role("한지호 / 6학년") == "caption"


def test_a_line_right_above_the_articles_stamp_is_a_title_even_when_it_reads_as_a_sentence():
    page = ["[예시] 추운 날엔 경로당으로 오세요!", "예시방송 입력 : 2021.01.05 10:12", LEAD, BODY]
    assert assign_roles(page)[::2] == ["headline", "lead"]


def test_a_word_right_above_a_credited_caption_below_the_byline_is_the_photos_title():
    page = [HEADLINE, "한도윤 기자 | 승인 2025.04.03", "예시체육관", "예시체육관에서 주민들이 운동하고 있다. /예시군 제공", LEAD, BODY]
    assert assign_roles(page)[2:4] == ["caption", "caption"]
    labelled = ["사회", "예시체육관에서 주민들이 운동하고 있다. /예시군 제공", HEADLINE, LEAD, BODY]
    assert assign_roles(labelled)[0] == "boilerplate"  # at the top of the page: a section's label


def test_a_wire_services_credit_closed_by_a_period_or_a_scrapes_bar_is_a_caption_above_the_lead():
    for caption in ("소방관들이 잔불을 끄는 모습. 뉴시스.", "물에 잠긴 예시천 둔치. 연합뉴스 |", "예시항 방파제. 뉴스1. |"):
        assert assign_roles([caption, LEAD, BODY])[0] == "caption", caption
    assert assign_roles(["예시군은 5일 설명했다. 이어 발표했다. |", LEAD, BODY])[0] != "caption"


def test_an_agencys_caption_with_the_photo_desks_address_and_a_resale_notice():
    """The description, its credit and then an e-mail, a date or a resale notice: still a caption, so its
    own dateline is not the article's."""
    assert paragraph_role("군수가 설명회장에서 인사하고 있다.(사진=예시군 제공) 2025.03.04. photo@example.kr *재판매 및 DB 금지") == "caption"
    assert paragraph_role("예시항 부두 전경. (사진=예시항만공사 제공) *재판매 및 DB 금지") == "caption"
    page = [HEADLINE, "[예시=예시통신] 김철수 기자 = 군수가 설명회장에서 주민들과 인사하고 있다. 2025.03.04. photo@example.kr",
            "[예시=예시통신] 홍길동 기자 = " + LEAD, BODY]
    assert assign_roles(page) == ["headline", "caption", "lead", "body"]


def test_a_photographers_credit_with_an_address_above_the_lead_is_a_caption():
    page = [HEADLINE, "군수가 12일 설명회에서 주민들에게 인사하고 있다. 김철수 기자 kim@example.kr", LEAD, BODY]
    assert assign_roles(page) == ["headline", "caption", "lead", "body"]
    assert assign_roles([HEADLINE, LEAD, '군수는 "주민과 함께 가겠다"고 말하고 있다. 김철수 기자 kim@example.kr'])[-1] != "caption"


def test_a_name_alone_beside_the_date_stamp_is_the_byline():
    page = ["예시일보", HEADLINE, "• 홍길동", "• 승인 2024.03.05 10:20", "• 댓글 0", LEAD, BODY]
    assert assign_roles(page)[2] == "byline"
    for label in ("• 정치", "조회수", "이전글"):
        assert assign_roles(["예시일보", HEADLINE, label, "• 승인 2024.03.05 10:20", LEAD, BODY])[2] != "byline"


def test_broadcast_labels_scenes_and_head_shots_are_captions():
    assert paragraph_role("(인터뷰)홍길동 전 원장") == "caption"
    assert paragraph_role("◀INT▶홍길동 예시시의원\\/예시당") == "caption"
    page = [HEADLINE, LEAD, BODY, "▲ 홍길동 의원이 질의하는 장면", "△홍길동 의원: 사업은 언제 끝나나?", "김철수 위원장", BODY]
    assert assign_roles(page)[3:6] == ["caption", "body", "caption"]


def test_a_head_shot_printed_over_the_lead_below_a_stated_title_is_a_caption():
    title = "가람시 청년 일자리 예산 두 배로 늘려야"
    lead = "한도윤(가람당, 가람1동) 가람시의원이 청년 일자리 예산을 두 배로 늘려야 한다고 주장했다."
    below = "한 의원은 12일 자신의 SNS에 글을 올려 이같이 밝혔다."
    assert assign_roles(["한도윤 가람시의원", lead, below], title) == ["caption", "lead", "body"]
    assert assign_roles(["예산 심의 앞두고 SNS 통해 제언", "[한도윤 가람시의원]", lead, below], title)[1] == "caption"
    column = ["박서준 가람대병원 간호사", "병원 복도를 오가다 보면 남자 간호사를 심심찮게 만난다.", "간호학과에 가겠다고 했을 때 주변은 놀랐다."]
    assert assign_roles(column, "남자 간호사로 산다는 것은")[0] != "caption"  # a writer named nowhere below
    assert assign_roles([title, "한도윤 가람시의원", lead, below])[1] != "caption"  # under the page's own headline: no head shot told


def test_a_dashed_deck_line_closed_by_a_full_stop_is_a_subtitle_not_the_lead():
    deck = ["- 주차난 해소 없이는 상권 회복도 없다", "- 공영주차장 확충은 더는 미룰 수 없는 과제다.", "- 시에 연내 부지 확보 요청"]
    roles = assign_roles([HEADLINE, *deck, LEAD, BODY])
    assert roles[1:] == ["subheadline", "subheadline", "subheadline", "lead", "body"]
    assert assign_roles([HEADLINE, "- 공영주차장 확충은 더는 미룰 수 없는 과제다.", LEAD, BODY])[1] == "lead"  # one dashed line alone


def test_a_photo_whose_alt_text_the_stated_title_runs_into_its_description_is_a_caption():
    title = "가람군 청년 창업 지원 성과 뚜렷"
    lead = "가람군이 추진한 청년 창업 지원사업이 뚜렷한 성과를 내고 있다."
    for described in ("◇가람군 창업지원센터에서 청년 창업가들이 시제품을 살펴보고 있다.", "가람군 유튜브 채널 캡쳐",
                      "[가람군 누리집 캡처. 재판매 및 DB 금지]", "지난 3일 열린 성과 보고회에 한도윤 군수(왼쪽에서 세번째) 등이 참석했다."):
        assert assign_roles([f"{title} {described}", lead, BODY], title) == ["caption", "lead", "body"], described
    assert assign_roles([f"{title} - 가람일보", lead, BODY], title)[0] != "caption"  # the title with its outlet
    assert assign_roles([f"{title} 가람군은 올해 청년 창업가 40명을 지원했다.", lead, BODY], title)[0] != "caption"


def test_a_photos_alt_text_above_its_credited_caption_is_a_caption_too():
    alt = "12일 가람군 가람읍 장터에서 상인들이 햇사과를 진열하고 있다."
    roles = assign_roles([HEADLINE, alt, f"{alt} /가람군 제공", LEAD, BODY])
    assert roles[1:] == ["caption", "caption", "lead", "body"]


def test_the_papers_mark_of_a_photo_beside_a_sentence_leaves_it_the_articles():
    lead = "가람군이 12일 가람읍 논에서 농업인 100여 명이 참석한 가운데 벼 직파 시연회를 열었다.<사진>"
    assert assign_roles([HEADLINE, lead, BODY]) == ["headline", "lead", "body"]
    assert assign_roles([HEADLINE, LEAD, "주민들이 시연회를 지켜보고 있다. <사진>", BODY])[2] == "caption"


def test_a_person_doing_something_or_a_scene_named_below_the_lead_is_a_caption():
    for caption in ("질의하는 한도윤 의원", "인사말을 하고 있는 한도윤 군수", "개막식 현장 모습", "△ 봉사회원들이 점심을 준비하는 모습", "가람호 빛터널 야경"):
        assert assign_roles([HEADLINE, LEAD, caption, BODY])[2] == "caption", caption
    listed = [HEADLINE, LEAD, "△ 마을 안길 정비 모습", "△ 경로당 새단장 모습", BODY]
    assert assign_roles(listed)[2:4] != ["caption", "caption"]  # a list's items
    assert assign_roles([HEADLINE, LEAD, "◇ 달라진 마을 모습", BODY])[2] == "subheadline"  # a section's title
    assert assign_roles([HEADLINE, LEAD, "12일 가람시 찾은 한도윤 지사", BODY])[2] == "subheadline"  # a past visit, a subtitle


def test_a_triangle_line_describing_what_goes_on_between_sections_is_a_caption():
    page = [HEADLINE, LEAD, "◇ 가람시 청년 정책 확대", BODY, "▲ 김가람 시장이 청년들과 간담회를 하고 있다.", "◇ 남은 과제는 재원", BODY]
    assert assign_roles(page)[4] == "caption"
    listed = [HEADLINE, LEAD, "▲ 가람시는 청년 월세 지원을 확대하고 있다.", "▲ 가람시는 창업 공간을 늘리고 있다.", BODY]
    assert assign_roles(listed)[2:4] == ["body", "body"]  # a list of ▲ items, no photos


def test_a_quote_printed_as_a_paragraph_of_its_own_below_the_lead_is_body():
    page = [HEADLINE, LEAD, "가게는 이달 말 문을 닫는다.", '"한 켤레에 3천 원 받던 시절부터 했지요"', "그는 지난 세월을 떠올렸다.",
            '"그동안 고마웠어요"', BODY]
    assert assign_roles(page)[3:6] == ["body", "body", "body"]
    assert assign_roles([HEADLINE, '"주민과 함께 가겠다"', LEAD, BODY])[1] == "subheadline"  # a deck above the lead


@pytest.mark.parametrize("tail", [
    ["가람일보 뉴스레터", "매일 아침 7시, 가람 소식을 메일로 받아보세요", "이메일 주소 입력", "신청"],
    ["예시일보 구독하기", "예시일보 후원하기", "이 기사를 추천합니다"],
    ["연재 목록", "① 보람항 어판장의 새벽", "② 나래시장 사람들"],
])
def test_sign_up_boxes_support_buttons_and_a_series_list_below_the_article_are_chrome(tail):
    page = [HEADLINE, "홍길동 기자 | 입력 2024.03.05 10:20", LEAD, BODY, *tail, "Copyright © 예시일보. All rights reserved."]
    assert assign_roles(page)[4:] == ["boilerplate"] * (len(tail) + 1)


def test_a_section_title_ending_in_a_particle_is_still_a_subtitle():
    page = [HEADLINE, LEAD, "주민 반응은 엇갈린다. 비용이 적지 않다.", "◇ 남은 과제는", BODY]
    assert assign_roles(page)[3] == "subheadline"
    assert paragraph_role("◆ 밤 11시까지 골목 상점 문 연다") == "subheadline"  # worded as a sentence, no full stop
    for answer in ("◆ 아닙니다. 요금은 그대로입니다!", "◆ 주민들은 불편을 호소했고,"):
        assert paragraph_role(answer) == "body"  # sentences, or a line going on in the next
    assert assign_roles([HEADLINE, LEAD, "◇ 한눈에 보는 새 버스 노선도", LEAD])[2] == "subheadline"  # a section's title naming a picture


@pytest.mark.parametrize("signed", [
    ["홍길동 기자 hong@example.kr 저작권자 © 예시일보 무단전재 및 재배포 금지"],
    ["홍길동 기자 hong@example.kr", "저작권자 © 예시일보 무단전재 및 재배포 금지"],
    ["관련기사", "다른 군 축제 개막", "홍길동 기자 hong@example.kr", "의견쓰기", "저작권자 © 예시일보 무단전재 및 재배포 금지"],
])
def test_a_byline_at_the_copyright_below_the_share_buttons_and_comment_count_names_the_reporter(signed):
    page = [HEADLINE, LEAD, BODY, "이 기사를 공유합니다", "좋아요 0 | 슬퍼요 0", "댓글 0", *signed]
    assert record_of("\n".join(page))["byline"]["reporters"] == [{"name": "홍길동", "email": "hong@example.kr"}]


@pytest.mark.parametrize("line", ["2025.03.04 09:10 | 댓글 3", "방송일 2025.03.04 | 조회수 1,204", "다음 영상 자동재생", "소리 켜기",
                                  "담당자 한가람", "글번호 5120", "이 기사를 후원합니다", "예시뉴스는 독자 여러분의 후원으로 만들어집니다.",
                                  "예시뉴스 홈", "예시시청 누리집에 오신 것을 환영합니다", "예시일보 | 구독"])
def test_stamps_player_buttons_release_fields_and_support_prompts_are_chrome(line):
    assert paragraph_role(line) == "boilerplate"
    assert paragraph_role("스마트홈") != "boilerplate"  # no outlet before 홈: a word, no home link


@pytest.mark.parametrize("line", ["가람대교 야경 [예시뉴스 자료사진]", "덕장에서 과메기를 손질하는 한도윤 씨. 사진 홍길동 기자",
                                  "해녀들이 갓 잡은 해산물을 손질하고 있다. 사진/홍길동 기자",  # after a slash
                                  "해녀들이 해산물을 손질하고 있다. 사진/가람군 제공", "해녀들이 해산물을 손질하고 있다. 사진/예시일보 DB"])
def test_a_picture_named_before_its_archive_or_credited_to_its_photographer_is_a_caption(line):
    assert paragraph_role(line) == "caption"


def test_more_picture_names_a_photo_label_and_a_related_box_heading():
    assert assign_roles([HEADLINE, LEAD, "축제 행사장 배치도", BODY, "가람천 항공사진", BODY])[2:5] == ["caption", "body", "caption"]
    assert paragraph_role("<사진> 가람천에 설치된 경관조명.") == "caption"
    assert paragraph_role("시민들이 둘레길을 달리고 있다. 결승점에는 간식이 차려졌다. /예시신문 DB") == "caption"  # the archive after a slash
    assert list_heading("[함께 보면 좋은 기사]")


def test_a_bracketed_label_alone_above_the_title_is_its_subtitle():
    assert assign_roles(["오피니언 | 사설 | 칼럼", "[사설]", HEADLINE, LEAD, BODY])[1:3] == ["subheadline", "headline"]
    assert assign_roles(["[전체기사]", "[지역]", HEADLINE, LEAD, BODY])[:3] == ["boilerplate", "boilerplate", "headline"]  # a menu
    last = "설명회에는 주민 80여명이 참석했다. 참석자들은 도로 확장을 요구했다. 사진 한도윤 기자"
    assert assign_roles([HEADLINE, LEAD, last])[2] == "body"  # sentences of the article, then the photographer's credit


def test_a_weekly_needs_its_frequency_word_and_a_bare_word_for_news_is_no_outlet():
    assert assign_roles(["속보 뉴스", HEADLINE, "이 기사를 공유합니다", LEAD, BODY])[1] == "headline"


def test_a_weeklys_motto_under_its_name_is_chrome():
    page = ["주간 가람신문", "보람의 내일을 기록합니다", "2025년 6월 9일 월요일", HEADLINE, LEAD, BODY]
    assert assign_roles(page)[:4] == ["boilerplate", "boilerplate", "boilerplate", "headline"]


@pytest.mark.parametrize("line", ["보람TV 한도윤입니다.", "한도윤 기자의 보도입니다."])
def test_a_broadcasters_sign_off_and_the_anchors_hand_off_name_the_reporter(line):
    page = ["가람군, 고수온 경보", "[앵커]", "가람군 앞바다에 고수온 경보가 내려졌습니다.", "[리포트]", "양식장 어민들은 걱정이 큽니다.", line]
    assert record_of("\n".join(page))["byline"]["reporters"] == [{"name": "한도윤", "email": None}]


def test_a_programmes_sign_off_names_the_reporter():
    assert assign_roles([HEADLINE, LEAD, BODY, "예시방송 뉴스 홍길동입니다."])[-1] == "byline"


def test_more_caption_forms_a_placeholder_a_bare_credit_with_a_notice_and_a_credit_after_a_slash():
    assert paragraph_role("![]() 12일 예시군 주민들이 설명회장에서 인사하고 있다. |") == "caption"
    assert paragraph_role("예시마을 축제/제공=예시군") == "caption"
    assert paragraph_role("예시군과 예시시 상생협약식, 홍길동 군수와 김철수 시장 기념촬영/해남군") == "caption"
    assert paragraph_role("교육/문화") != "caption"
    page = [HEADLINE, "예시군의회 본회의", "[예시군의회 제공. 재판매 및 DB 금지]", LEAD, BODY]
    assert assign_roles(page)[1:3] == ["caption", "caption"]


def test_an_anchors_hand_off_is_the_byline():
    assert paragraph_role("이어서 홍길동 기자가 보도합니다.") == "byline"


def test_a_photo_described_with_its_people_and_a_mark_credit_inside_the_article_are_captions():
    assert paragraph_role("예시군과 예시방송이 협약을 체결했다. 왼쪽부터 홍길동 대표, 김철수 군수.") == "caption"
    page = [HEADLINE, LEAD, "ⓒ 예시군", BODY, "ⓒ 예시일보"]
    roles = assign_roles(page)
    assert roles[2] == "caption" and roles[-1] == "boilerplate"


def test_a_name_affiliation_and_title_closed_by_a_full_stop_is_a_head_shots_caption():
    page = [HEADLINE, "홍길동 예시공단 예시방송 본부장.", LEAD, BODY]
    assert assign_roles(page)[1:3] == ["caption", "lead"]


def test_a_news_sentence_naming_a_chrome_cue_is_the_articles():
    for sentence in ["두 기관은 재난 정보를 공유하기 위해 상황실을 함께 운영한다.", '시 관계자는 "담당 부서와 비상 연락처를 정비하겠다"고 말했다.',
                     "후보들은 인신공격을 자제하기로 했다.", "보람군은 만족도 조사 결과를 공개했다."]:
        assert paragraph_role(sentence) == "body", sentence
    assert paragraph_role("욕설 등 인신공격성 댓글은 삭제될 수 있습니다.") == "boilerplate"  # a site's notice, in its polite form
    assert paragraph_role("콘텐츠 만족도 조사") == "boilerplate"


def test_a_headline_naming_a_chrome_cue_is_no_chrome_but_the_button_or_footer_is():
    for headline in ["가람시·보람군, 재난 정보 공유하기로", "후보 간 인신공격 난무", "비상 연락처 정비 나선 가람시", "가람군, 이용약관 개정"]:
        assert paragraph_role(headline) == "subheadline", headline
    for chrome in ["카카오톡 공유하기", "이용약관", "연락처 : 02-123-4567", "담당부서 : 기획예산과"]:
        assert paragraph_role(chrome) == "boilerplate", chrome


def test_a_comment_count_in_the_meta_block_under_a_headline_that_ends_in_a_verb_opens_no_tail():
    page = ["예시일보", "예시군 공영버스 한 달…이용객 늘었다", "입력 2024.03.05 10:20", "댓글 0", "페이스북",
            LEAD, BODY, "/예시=홍길동기자", "저작권자 © 예시일보 무단전재 및 재배포 금지", "댓글 0", "0 / 400"]
    roles = assign_roles(page)
    assert roles[5:8] == ["lead", "body", "byline"] and roles[1] == "headline"
    assert roles[8:] == ["boilerplate"] * 3


def test_a_reporters_box_under_the_copyright_line_is_the_byline():
    page = [HEADLINE, LEAD, BODY, "저작권자 © 예시일보 무단전재 및 재배포 금지", "홍길동 기자", "hong@example.kr",
            "홍길동 기자의 다른 기사 보기", "많이 본 뉴스", "김철수 기자", "다른 기사의 제목이 여기에"]
    assert assign_roles(page)[3:] == ["boilerplate", "byline", "byline"] + ["boilerplate"] * 4


def test_more_of_a_sections_articles_under_the_copyright_opens_a_list_of_other_articles_and_their_reporters():
    page = [HEADLINE, LEAD, BODY, "정리=홍길동 기자", "Copyright © 예시일보. All rights reserved.", "기획 기사 더보기",
            "예시시 도심 빈집 활용 방안 / 김철수 기자", "예시군 근대거리 상권의 명암 / 박영희 기자"]
    assert assign_roles(page)[3:] == ["byline"] + ["boilerplate"] * 4


def test_a_headline_ending_in_a_quoted_question_is_no_lead():
    page = ['한도윤 교육감 "작은 학교 없앤다"… 기자들 "재정 대책은?"', LEAD, BODY, '"우리는 끝까지 간다."']
    assert assign_roles(page) == ["headline", "lead", "body", "body"]


def test_a_bracketed_ranking_heading_opens_the_tail():
    page = [HEADLINE, LEAD, BODY, "[많이 본 뉴스]", "1. 다른 군, 버스 노선 개편", "2. 또 다른 군 축제 개막"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 3


@pytest.mark.parametrize("line", ["기사 듣기", "본문 듣기", "AI 음성으로 듣기", "SNS 공유", "관리자 | 조회 318",
                                  "2024년 05월 03일 (금) 제3512호", "2024년 5월 3일 금요일 제3512호",
                                  "지난호 보기 | 2024.03.04 발행 제1045호", "2024.11.14 발행 제692호"])
def test_a_reading_button_a_posters_view_count_and_an_issues_date_are_chrome(line):
    assert assign_roles([line, HEADLINE, LEAD, BODY]) == ["boilerplate", "headline", "lead", "body"]


def test_a_sentence_opened_like_a_ranking_heading_is_the_articles():
    page = [HEADLINE, LEAD, "분야별 주요 과제는 다음과 같다.", "1. 일자리", "- 청년 인턴 채용 지원", BODY]
    assert "boilerplate" not in assign_roles(page)
    assert list_heading("분야별 주요뉴스") and not list_heading("분야별 주요 과제는 다음과 같다.")


def test_a_list_of_other_headlines_above_the_article_and_the_pages_buttons_are_chrome():
    page = ["최신기사 | 정치 | 북한 | 경제 | 사회 | 세계", "이 시각 주요뉴스", "[속보] 한도윤 지사 “추경 편성하겠다”", "가람제철 임금협상 타결",
            "로그인 | 회원가입", "전국 > 강원", HEADLINE, "기자 페이지", "공유 | 댓글 | 글자크기조정 | 인쇄", "가 가 가 가 인쇄 스크랩",
            "예시군청 앞 광장에 조명이 켜져 있다. [예시군 제공. 재판매 및 DB 금지]", LEAD, BODY]
    roles = assign_roles(page)
    assert roles[:6] == ["boilerplate"] * 6 and roles[6] == "headline" and roles[7:10] == ["boilerplate"] * 3
    assert roles[10:] == ["caption", "lead", "body"]
    record = record_of("\n".join(page))
    assert [q["speaker"]["name"] for q in record["quotes"] if q["kind"] == "direct"] == ["홍길동"]


def test_a_sites_motto_menus_page_date_and_prompts_above_the_article_are_chrome():
    page = ["너울신문", "가람의 바람을 전합니다", "뉴스 | 가람 | 보람 | 관광 | 환경 | 사람", "로그인 | 회원가입 | 구독신청",
            "2025년 4월 14일 월요일", "앱 설치하고 속보 알림 받기", "종합 ＞ 가람 ＞ 보람", HEADLINE, "글자크기 +", "URL 복사", LEAD, BODY]
    roles = assign_roles(page)
    assert roles[:7] == ["boilerplate"] * 7 and roles[7] == "headline" and roles[8:] == ["boilerplate", "boilerplate", "lead", "body"]
    notes = ["본문 글씨 키우기", "※ 외부 기고는 본지의 편집방향과 다를 수 있습니다.", "가람·보람 소식"]
    assert [paragraph_role(text) for text in notes] == ["boilerplate"] * 3


def test_a_list_of_other_headlines_that_runs_into_the_articles_stamps_ends_with_the_articles_headline():
    page = ["이 시각 헤드라인", "가람 축제 개막", "보람항 물동량 늘어", HEADLINE, "- 주민 200명 참석 예정", "2025.04.16 (수) 20:31", LEAD, BODY]
    assert assign_roles(page) == ["boilerplate"] * 3 + ["headline", "subheadline", "boilerplate", "lead", "body"]
    twice = ["실시간 인기기사", "가람 축제 개막", HEADLINE, HEADLINE, "기사입력 2025-04-15 오전 10:12:33", LEAD, BODY]
    assert assign_roles(twice)[:3] == ["boilerplate", "boilerplate", "headline"]  # the headline printed twice
    dated_title = ["오늘의 주요뉴스", "가람 축제 개막", "보람항 물동량 늘어", "2025.04.28 (월) 18:40", HEADLINE, LEAD, BODY]
    assert assign_roles(dated_title)[:5] == ["boilerplate"] * 4 + ["headline"]  # the date is the headline's below it
    byline_first = ["홍길동 기자 기자의 다른기사 보기", HEADLINE, LEAD, BODY]  # a byline, no list's heading
    assert assign_roles(byline_first)[0] == "byline"


def test_a_question_headline_in_a_list_above_the_article_starts_no_tail_and_weather_naming_the_place_first_is_chrome():
    page = ["주요뉴스", "가람 축제 관람객 \"기대 이하\" 지적 왜?", "지역 > 의회", HEADLINE, "가람 맑음 21℃ | 미세먼지 좋음",
            "무료 회원가입하고 뉴스레터 받기", "댓글 0", LEAD, BODY]
    roles = assign_roles(page)
    assert roles[3] == "headline" and roles[4:7] == ["boilerplate"] * 3 and roles[7:] == ["lead", "body"]


def test_players_galleries_reactions_surveys_and_counters_are_chrome_and_a_reporter_on_the_date_line_is_the_byline():
    chrome = ["2025.04.19 08:00 | 조회 1,024", "00:00 / 02:31", "자막 켜기", "이 기사 어떠셨나요?", "좋아요 0 | 슬퍼요 0 | 화나요 0",
              "사진 1/5", "다음 사진", "매우만족 만족 보통 불만족 매우불만족", "의견을 입력해주세요.", "KBC 뉴스데스크"]
    assert [paragraph_role(text) for text in chrome] == ["boilerplate"] * len(chrome)
    assert paragraph_role("사진1 가람시장이 인사하고 있다.") == "caption"
    furniture = ["가람소식 제98호 (2025년 5월)", "보도자료 상세", "가람도 대표 누리집", "홍길동 기자의 기사 더보기", "주간 김철수 | 편집장 박영희",
                 "가람대신문 | 가람시 대학로 1 | 편집국 000-300-1234"]
    assert [paragraph_role(text) for text in furniture] == ["boilerplate"] * len(furniture)
    assert paragraph_role("제1호 수소충전소 문 열어") == "subheadline"
    sidebars = ["기사 요약", "이 요약은 AI가 기사 본문을 바탕으로 작성했습니다.", "오늘의 운세", "운세 더보기 >", "부고", "투표하기 결과보기",
                "이메일 주소를 입력하세요", "국제 ▸ 일본", "홈 / 교육 / 학교", "공유 12 | 스크랩", "≡ 가람일보", "가람방송 뉴스데스크",
                "자막 켜기 | 화질 설정", "제1142호 | 2025년 6월 2일 월요일", "2025.12.01 08:45 | 조회 1,027 | 댓글 6"]
    assert [paragraph_role(text) for text in sidebars] == ["boilerplate"] * len(sidebars)
    assert paragraph_role("홈 > 가온소식 > 시민기자 이야기") == "boilerplate"  # a section's path, no citizen reporter
    assert paragraph_role("가람통신은 독자의 제보를 기다립니다.") == "boilerplate"  # a prompt for tips
    assert paragraph_role("제보는 카카오톡 친구추가 후 메시지를 남겨주세요.") == "boilerplate"
    assert paragraph_role("주민 제보는 모두 200건에 이르렀다.") == "body"
    assert list_heading("이 기사와 함께 읽은 기사") and list_heading("가람일보 주요뉴스")  # the site's name before the heading
    assert list_heading("많이 본 칼럼") and list_heading("관련 칼럼")
    assert paragraph_role("입력 2025.05.02 10:20 | 기자명 홍길동") == "byline"


def test_a_related_articles_box_inside_the_article_is_chrome_but_opens_no_tail():
    sentence = "가람군은 해수욕장마다 해파리 차단망을 두 겹으로 늘리고 인명구조요원에게 응급처치 교육을 다시 실시했다고 밝혔다."
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람군, 해수욕장 연장 운영", "보람도, 해파리 주의보 발령", sentence,
            "홍길동 기자 hong@example.kr", "저작권자 © 예시일보 무단전재 및 재배포 금지", "많이 본 뉴스", "가람 축제 개막"]
    roles = assign_roles(page)
    assert roles[3:6] == ["boilerplate"] * 3 and roles[6:8] == ["body", "byline"] and roles[8:] == ["boilerplate"] * 3
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람군, 해수욕장 연장 운영", sentence, "홍길동 기자 hong@example.kr",
            "많이 본 뉴스", "가람 축제 개막", "보람도, 해파리 주의보 발령", "저작권자 © 예시일보 무단전재 및 재배포 금지"]
    roles = assign_roles(page)  # another list below the article, before the copyright line
    assert roles[3:5] == ["boilerplate"] * 2 and roles[5:7] == ["body", "byline"] and roles[7:] == ["boilerplate"] * 4
    page = [HEADLINE, LEAD, BODY, "많이 본 뉴스", "가람 축제 개막", "댓글운영규칙", "욕설이 담긴 댓글은 예고 없이 삭제될 수 있습니다.",
            "저작권자 © 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 5  # a site's notice, written politely, is no article going on


def test_a_related_box_credited_to_reporters_inside_the_article_ends_nothing_above_the_copyrights_sign_alone():
    sentence = "가람상공회의소는 산단과 도심을 잇는 통근버스를 늘려 달라고 시에 건의했다."
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람시, 산단 통근버스 신설 / 강수빈 기자", "기숙사 건립 첫 삽 / 강수빈 기자", sentence,
            "ⓒ (주)예시일보"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 3 + ["body", "boilerplate"]


def test_a_sections_other_articles_under_the_copyright_are_chrome_though_credited_to_citizen_reporters():
    page = [HEADLINE, "글·사진 시민기자 홍길동", LEAD, BODY, "Copyright © 예시일보 All rights reserved.", "시민기자석 다른 글",
            "경로당에 스마트 돌봄 들어왔어요 / 시민기자 김철수", "마지막 운동회 / 시민기자 박영희"]
    assert assign_roles(page)[4:] == ["boilerplate"] * 4


def test_a_section_title_below_a_related_box_is_the_articles_going_on():
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람 앞바다 풍력단지 환경평가 통과 / 김철수 기자",
            "기금은 어업 피해 보상과 별도로 운영되며 장학금에도 쓸 수 있다.", "◆ 강제할 수단 없다는 지적도",
            "반대표를 던진 박영희 의원은 강제할 수단이 없다고 지적했다.", "홍길동 기자 hong@example.kr", "ⓒ 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 2 + ["body", "subheadline", "body", "byline", "boilerplate"]


def test_a_quote_on_its_own_line_below_a_related_box_is_the_articles_going_on():
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람군, 해수욕장 연장 운영", "보람도, 해파리 주의보 발령",
            "주말에는 관광객에게 섬에서 난 재료로 밥상을 차려 내는 체험도 운영한다.", "\"밥 한 끼가 마을을 살린다고 믿어요\"",
            "조합은 내년에 부엌 옆 교실을 고쳐 작은 책방도 열 계획이다.", "홍길동 기자 hong@example.kr", "ⓒ 예시일보 무단전재 및 재배포 금지"]
    roles = assign_roles(page)
    assert roles[3:6] == ["boilerplate"] * 3 and roles[6] == roles[8] == "body" and roles[9:] == ["byline", "boilerplate"]
    assert roles[7] != "boilerplate"


def test_a_lists_contact_item_is_one_of_its_items():
    page = [HEADLINE, LEAD, "행사 개요는 다음과 같다.", "▲ 일시: 10월 11일 오후 6시", "▲ 장소: 동강 둔치 특설무대",
            "▲ 문의: 가람문화재단 공연팀 033-000-1234", "재단은 행사 당일 셔틀버스를 운행한다고 밝혔다."]
    assert assign_roles(page)[2:] == ["body"] * 5


def test_numbered_items_are_no_lines_cut_mid_sentence():
    items = [f"{n}. 가람시 {name} 조례 일부개정조례안(원안가결)" for n, name in enumerate(
        ["청년 기본", "공동주택 관리", "반려동물 복지", "노인 일자리", "출산장려금 지원", "도시철도 연장", "공유재산 관리", "체육시설 운영", "회의규칙"], 1)]
    page = ["가람시의회 임시회 폐회…조례안 등 9건 처리", "가람시의회는 19일 본회의를 열고 조례안 등 9건을 처리했다.",
            "처리된 안건은 다음과 같다.", *items, "시의회는 다음 달 행정사무감사를 실시한다.", "홍길동 기자 hong@example.kr"]
    roles = assign_roles(page)
    assert roles[:2] == ["headline", "lead"] and roles[3:-1] == ["body"] * 10
    assert not hard_wrapped(page, [paragraph_role(line) for line in page])  # nine items are no text cut at a fixed width


@pytest.mark.parametrize("line", ["SNS 기사보내기", "페이스북(으)로 기사보내기", "기사 공유", "좋아요", "다른 공유 찾기",
                                  "기획 > 우리 동네 사람들", "뉴스1 | 2024.03.05 10:20", "자료제공=가람군"])
def test_buttons_breadcrumbs_and_stamps_on_lines_of_their_own_are_chrome(line):
    assert paragraph_role(line) == "boilerplate"


@pytest.mark.parametrize("line", ["이메일 보내기", "음성으로 듣기", "번역 설정", "타임톡 3", "예시일보 언론사 구독", "글쓴이", "이전 글",
                                  "답글 남기기", "기사제보", "[광고] 예시 신도시 선착순 계약", "이메일 주소는 공개되지 않습니다.",
                                  "ABC 뉴스광장", "예시일보 논설위원칼럼", "광고 건너뛰기", "다음 영상", "0:00", "사진 확대",
                                  "Your browser does not support the audio element.", "기사를 읽어드립니다", "조회수 | 312",
                                  "Published : May 20, 2024 - 17:11", "예시신문 구독 신청", "보도자료 상세보기", "가람FC 2 : 1 보람FC",
                                  "글쓴이 : 가람신문", "ABC가람 NEWS", "재생 시간 02:05", "방영 ABC 뉴스", "기사 본문", "부서명 | 관광과",
                                  "추천 0 | 조회 517", "텍스트 음성 변환 서비스", "텍스트 음성 변환"])
def test_buttons_ads_programmes_and_sections_of_columns_are_chrome(line):
    assert paragraph_role(line) == "boilerplate"


def test_a_pages_buttons_above_the_headline_are_no_headline():
    page = ["예시일보", "ABC 뉴스광장", "이메일 보내기", HEADLINE, "입력 2024.05.02 10:30", LEAD, BODY]
    assert assign_roles(page)[:5] == ["boilerplate", "boilerplate", "boilerplate", "headline", "boilerplate"]


@pytest.mark.parametrize("line", ["RSS | 모바일 | 구독신청", "최신순 | 추천순 | 답글순", "글씨 크게 | 글씨 작게 | 인쇄하기", "0개의 댓글",
                                  "댓글 정렬", "내 댓글 모음", "메뉴 열기", "지역 | 가람/하늬", "지역 / 동부"])
def test_three_buttons_between_bars_a_comment_sections_counter_and_a_sections_part_are_chrome(line):
    assert paragraph_role(line) == "boilerplate"


def test_a_line_of_the_sites_own_menu_names_between_bars_above_the_headline_is_chrome():
    page = ["가람저널", "홈 | 가람 | 나래 | 보람 | 문화관광 | 사람", "가람 | 문화관광", "가람산 자락 '별빛마을' 조성 본격화", LEAD, BODY]
    assert assign_roles(page)[2:5] == ["boilerplate", "headline", "lead"]
    page = ["가람저널", "홈 | 가람 | 나래 | 보람 | 문화관광 | 사람", "가람 | 주민 설명회 열어 의견 듣는다", LEAD, BODY]
    assert assign_roles(page)[2] == "headline"  # a title after the section's name is no crumb: its part is no menu's name


def test_a_name_of_the_sites_menu_beside_the_stamp_is_no_byline_and_a_reporters_box_link_is_chrome():
    page = ["가람저널", "뉴스 | 가람 | 나래 | 사람 | 인터뷰", "2025.06.20 (금)", "인터뷰", HEADLINE, "대담=서문 결 기자", LEAD, BODY,
            "서문 결 기자 다른기사 보기"]
    roles = assign_roles(page)
    assert roles[3] == "boilerplate" and roles[5] == "byline" and roles[8] == "boilerplate"


def test_a_photo_page_of_captions_only_has_its_headline_and_its_menus():
    page = ["가람새벽", "뉴스 | 가람 | 포토 | 영상", "[포토] 가람산 능선 붉게 물든 철쭉", "글·사진=홍길동 기자", "입력 2025.05.11 16:40",
            "▲ 11일 가람산 능선에 철쭉이 활짝 피어 있다.", "▲ 11일 등산객들이 철쭉 군락 사이를 걷고 있다.", "▲ 가람산 정상 너머로 보이는 시내 전경.",
            "저작권자 © 가람새벽 무단전재 및 재배포 금지"]
    roles = assign_roles(page)
    assert roles[0] == "boilerplate" and roles[2] == "headline" and roles[5:8] == ["caption"] * 3


def test_narrowed_by_review_a_title_after_its_section_a_bare_opinion_word_and_a_comparison_are_left_alone():
    menu = "홈 | 가람 | 나래 | 문화관광 | 인터뷰 | 포토"
    page = ["가람일보", menu, "인터뷰 | 한도윤 가람군수", "입력 2025.06.19 17:45", "한도윤 가람군수는 3일 본지와 만나 관광 정책을 설명했다.", BODY]
    assert assign_roles(page)[2] == "headline"  # a title after its section: words apart by a space, no crumb
    page = ["가람일보", menu, HEADLINE, "입력 2025.06.19 17:45", "장소 | 가람", "기간 | 사흘", LEAD, BODY]
    assert assign_roles(page)[4:6] == ["subheadline", "subheadline"]  # the article's own box below the title: no crumb
    page = ["가람일보", "[오피니언]", "가람 사람들 이야기", "박수린 신임 가람소방서장", "입력 2025.06.19 17:45", "홍길동 기자",
            LEAD, "박수린 신임 가람소방서장", BODY]
    assert assign_roles(page)[3] == "headline"  # a bare section word is no column's tag: the line printed twice is the title
    page = [HEADLINE, LEAD, "가람 곳곳이 산 아래와 같은 무더위에 시달리고 있다.", "- 쉼터 이용객 2배 늘어", "- 독거노인 안부 확인 강화", BODY]
    assert assign_roles(page)[3:5] == ["subheadline"] * 2  # a comparison introduces nothing: subtitles


def test_a_title_after_a_section_and_a_bar_is_no_crumb():
    assert paragraph_role("정치 | 가람시의회 예산안 처리 무산") != "boilerplate"


def test_a_description_credited_to_the_outlets_photographer_after_the_sign_is_a_caption():
    assert paragraph_role("2일 오전 가람시 버스정류장에서 시민들이 버스를 기다리고 있다. ⓒ가람일보 홍길동 기자") == "caption"


def test_a_comment_count_among_the_stamps_above_the_headline_heads_no_list():
    page = ["가람일보", "로그인 | 회원가입 | 구독신청", "입력 2024.05.02 09:11", "댓글 3", HEADLINE,
            "운수업체 적자 누적에 노선 반납…대체 교통 감감", "이 기사를 공유합니다", LEAD, BODY]
    assert assign_roles(page)[3:6] == ["boilerplate", "headline", "subheadline"]


def test_a_related_box_with_credited_headlines_above_a_photo_caption_opens_no_tail():
    sentence = "가람군은 해수욕장마다 해파리 차단망을 두 겹으로 늘리고 인명구조요원에게 응급처치 교육을 다시 실시했다고 밝혔다."
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람군, 해수욕장 연장 운영 / 김철수 기자", "보람도, 해파리 주의보 발령 / 이영희 기자", sentence,
            "26일 가람해수욕장에서 피서객들이 물놀이를 하고 있다. /가람군 제공", "홍길동 기자 hong@example.kr",
            "저작권자 © 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[6:] == ["body", "caption", "byline", "boilerplate"]


def test_a_line_broken_inside_a_quote_is_the_body_going_on():
    assert paragraph_role('가람소방서 관계자는 "작은 불씨도 큰불로 번질 수 있다"며 "영농 부산물은 태우지 말고') == "body"
    assert paragraph_role("가람소방서 관계자는 “영농 부산물은 태우지 말고") == "body"
    assert paragraph_role('■ "펌프장 증설도 함께 가야"') == "subheadline"
    sentence = "가람군은 해수욕장마다 해파리 차단망을 두 겹으로 늘리고 인명구조요원에게 응급처치 교육을 다시 실시했다고 밝혔다."
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람군, 해수욕장 연장 운영", sentence, '가람소방서 관계자는 "작은 불씨도 조심해야 한다"며 "부산물은 태우지 말고',
            '파쇄 지원 사업을 이용해 달라"고 당부했다.', "저작권자 © 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3:] == ["boilerplate", "boilerplate", "body", "body", "body", "boilerplate"]


def test_a_sidebar_box_inside_the_article_is_chrome_up_to_its_closing_button_or_the_next_sentence():
    sentence = "가람군은 해수욕장마다 해파리 차단망을 두 겹으로 늘리고 인명구조요원에게 응급처치 교육을 다시 실시했다고 밝혔다."
    poll = [HEADLINE, LEAD, BODY, "설문조사", "해수욕장 연장 운영, 어떻게 보십니까?", "잘한 결정이다", "더 지켜봐야 한다", "투표하기 결과보기", sentence]
    assert assign_roles(poll)[3:] == ["boilerplate"] * 5 + ["body"]
    searched = [HEADLINE, LEAD, BODY, "인기 검색어", "1 가람군의회", "2 김장 나눔", "3 가람초 개교 100주년", sentence]
    assert assign_roles(searched)[3:] == ["boilerplate"] * 4 + ["body"]
    subtitled = [HEADLINE, LEAD, BODY, "해파리 차단망 두 겹으로", sentence]  # no sidebar's heading: the article's subtitle
    assert assign_roles(subtitled)[3] != "boilerplate"
    above = ["예시뉴스", "오늘의 운세", '쥐띠 "서두르지 마라"', '소띠 "마음 쓰지 말 것"', "사회", '가람의료원 야간 진료 축소…원장 "의사 없다"',
             "홍길동 기자 | 2024.12.16 11:02", LEAD, BODY]  # a section's label ends the box above the headline
    assert assign_roles(above)[:7] == ["boilerplate"] * 5 + ["headline", "byline"]


def test_headlines_and_menus_above_the_article_are_not_a_text_cut_at_a_fixed_width():
    page = ["가람뉴스", "가람 북부 | 가람 | 보람 | 새솔 | 누리 | 한울", "로그인 | 회원가입 | 구독", "이 시각 주요뉴스",
            "[속보] 가람산단 물류창고서 큰불…인명피해는 없어", "[홍길동 기자의 강 이야기] 나루터 뱃사공의 하루", "경제",
            "가람 매실, 올해 수출 200만달러 돌파 '눈앞'", "일본·대만 마트 넘어 현지 백화점 입점", "입력 2025.09.23 09:40",
            "가람 매실 수출이 올해 처음으로 200만달러를 넘어설 전망이다.", BODY, "가람 매실 가공 공장에서 직원들이 수출용 제품을 포장하고 있다. /김철수 기자", BODY]
    roles = assign_roles(page)
    assert roles[7:11] == ["headline", "subheadline", "boilerplate", "lead"] and roles[1:3] == ["boilerplate", "boilerplate"]


def test_a_photo_credited_to_a_reporter_after_a_slash_inside_the_article_is_a_caption():
    page = [HEADLINE, LEAD, "가람 매실 가공 공장에서 직원들이 수출용 제품을 포장하고 있다. /김철수 기자", BODY]
    assert assign_roles(page)[2] == "caption"
    signed = [HEADLINE, LEAD, "군은 다음 달부터 수출 농가에 물류비를 지원하고 있다. /김철수 기자"]  # the last line: the byline's
    assert assign_roles(signed)[2] != "caption"


def test_a_summarys_bulleted_sentences_under_its_heading_are_chrome():
    page = [HEADLINE, "입력 2025.04.03 12:40", "AI 요약", "• 가람군이 해수욕장 운영을 연장했다.", "• 해파리 차단망이 두 겹으로 늘었다.", LEAD, BODY]
    assert assign_roles(page)[2:] == ["boilerplate"] * 3 + ["lead", "body"]
    noted = [HEADLINE, "기사 요약", "이 요약은 AI가 기사 본문을 바탕으로 작성했습니다.", "· 가람군이 운영을 연장했다.", "요약 접기", LEAD, BODY]
    assert assign_roles(noted)[1:] == ["boilerplate"] * 4 + ["lead", "body"]  # past the box's note
    content = [HEADLINE, "기사내용 요약", "가람군, 해수욕장 운영 연장", "해파리 차단망 두 겹으로", LEAD, BODY]
    assert assign_roles(content)[1:] == ["boilerplate"] * 3 + ["lead", "body"]  # the heading as an agency writes it


def test_a_short_line_between_the_sites_name_and_the_pages_date_is_its_motto():
    page = ["너울신문", "가람을 가장 먼저", "2025.04.03 (목)", "뉴스 | 정치 | 사회 | 경제", HEADLINE, LEAD, BODY]
    assert assign_roles(page)[:5] == ["boilerplate"] * 4 + ["headline"]
    page = ["늘푸른가람", "가람을 가장 먼저", "2025년 4월 3일 목요일", "뉴스 | 정치 | 사회 | 경제", HEADLINE, LEAD, BODY]
    assert assign_roles(page)[:5] == ["boilerplate"] * 4 + ["headline"]
    stamped = ["너울신문", "가람 축제 개막", "입력 2025.04.03 12:40", LEAD, BODY]  # above the article's stamp: its headline
    assert assign_roles(stamped)[1] == "headline"


def test_the_reporters_box_under_the_copyright_keeps_its_name_and_address_past_its_labels():
    page = [HEADLINE, LEAD, BODY, "저작권자 © 예시일보 무단전재 및 재배포 금지", "기자 프로필", "홍길동 기자", "다른 기사 보기",
            "hong@example.kr", "사회부에서 복지를 맡고 있습니다.", "홍길동 기자의 다른 기사", "가람 축제 개막"]
    roles = assign_roles(page)
    assert roles[3:] == ["boilerplate", "boilerplate", "byline", "boilerplate", "byline"] + ["boilerplate"] * 3
    assert record_of("\n".join(page))["byline"]["reporters"] == [{"name": "홍길동", "email": "hong@example.kr"}]
    page = [HEADLINE, LEAD, BODY, "공유 | 댓글 | 인쇄", "댓글 0", "댓글쓰기", "0 / 400", "저작권자 © 예시일보 무단전재 및 재배포 금지",
            "홍길동 기자", "기자 프로필", "e-mail: hong@example.kr", "다른 기사 보기"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 5 + ["byline", "boilerplate", "byline", "boilerplate"]  # below a comment form
    assert record_of("\n".join(page))["byline"]["reporters"] == [{"name": "홍길동", "email": "hong@example.kr"}]


def test_the_reporters_box_label_above_the_copyright_is_chrome():
    page = [LEAD, BODY, "기자 프로필", "Copyright ⓒ 예시일보. All rights reserved. 무단 전재 및 재배포 금지."]
    assert assign_roles(page) == ["lead", "body", "boilerplate", "boilerplate"]


def test_ads_personnel_boxes_support_prompts_tags_and_gallery_buttons_are_chrome():
    sentence = "가람군은 해수욕장마다 해파리 차단망을 두 겹으로 늘리고 인명구조요원에게 응급처치 교육을 다시 실시했다고 밝혔다."
    page = [HEADLINE, LEAD, BODY, "광고", "가람 센트럴 모델하우스 오픈 | 분양문의 1600-0000", sentence,
            "인사", "◇가람도 ▲복지국장 홍길동 ▲수산과장 김철수", "인사 전체보기", sentence]
    assert assign_roles(page)[3:] == ["boilerplate", "boilerplate", "body", "boilerplate", "boilerplate", "boilerplate", "body"]
    chrome = ["이전 사진 | 다음 사진", "예시일보 뉴스레터 구독하기 – 매주 금요일 받아보세요", "구독 신청하기", "예시신문을 응원해주세요.",
              "태그 : #폭염 #열대야", "주간 | 매주 목요일 발행"]
    assert [paragraph_role(text) for text in chrome] == ["boilerplate"] * len(chrome)


def test_a_description_right_under_an_image_placeholder_is_its_caption():
    page = [HEADLINE, LEAD, "![](https://example.kr/photo/01.jpg)", "가람항에 들어온 어선에서 선원들이 그물을 털어내고 있다.", BODY,
            "![](https://example.kr/photo/02.jpg)", "옛 사진을 살펴보는 주민들.", BODY, "![](https://example.kr/photo/03.jpg)", BODY]
    roles = assign_roles(page)
    assert roles[2:] == ["caption", "caption", "body", "caption", "caption", "body", "caption", "body"]


def test_a_dated_copyright_sign_a_writers_profile_box_and_an_app_prompt_are_chrome():
    page = [HEADLINE, LEAD, BODY, "ⓒ 2025 예시일보", "이달의 행사", "10.2(목) 가람 축제 / 가람랜드", "10.11(토) 보람 한마당 / 보람공원"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 4
    column = [HEADLINE, LEAD, BODY, "필자 약력", "가람대 교육학과 교수", "전 가람도교육청 정책자문위원", "저서 『작은 학교』",
              "Copyright © 예시일보 All rights reserved."]
    assert assign_roles(column)[3:] == ["boilerplate"] * 5
    assert paragraph_role("앱에서 보기") == "boilerplate"


def test_a_menu_bar_opened_by_a_list_heading_above_the_article_is_the_sites_menu():
    page = ["예시일보", "최신기사 | 예시 | 가람 | 보람 | 새솔", HEADLINE, '"주민 뜻 듣겠다"…내달까지 설명회', "2024-08-09 06:00",
            "댓글 0 | 조회 1,204", LEAD, BODY]
    assert assign_roles(page) == ["boilerplate", "boilerplate", "headline", "subheadline", "boilerplate", "boilerplate", "lead", "body"]


def test_a_search_boxs_placeholder_and_bars_of_buttons_and_sections_are_chrome():
    page = ["예시일보", "검색어를 입력하세요", "로그인 | 회원가입 | 뉴스레터", "오피니언 | 기고", HEADLINE, LEAD, BODY,
            "공유하기 | 인쇄하기 | 스크랩"]
    assert assign_roles(page) == ["boilerplate"] * 4 + ["headline", "lead", "body", "boilerplate"]


def test_a_noun_phrase_closed_by_a_full_stop_between_paragraphs_describes_a_photo():
    page = [HEADLINE, LEAD, BODY, "예시군 골목에 새로 들어선 작은 책방.", BODY.replace("홍길동", "김철수"),
            "— 앞으로 계획은.", "주민과 더 자주 만나겠다."]
    assert assign_roles(page)[3:] == ["caption", "body", "body", "body"]


def test_a_ranking_box_above_the_article_ends_at_its_first_line_without_a_rank():
    page = ["예시일보", "인기 검색어", "1 예시천", "2 가람산", "3 조선업", HEADLINE, "주민 의견 모아 내년 착공", "2024.12.03 16:45", LEAD, BODY]
    assert assign_roles(page) == ["boilerplate"] * 5 + ["headline", "subheadline", "boilerplate", "lead", "body"]


@pytest.mark.parametrize("note", ["<자료제공=예시군>", "[자료제공=예시군]", "(보도자료 제공=예시군)"])
def test_a_releases_source_note_names_no_reporter_whatever_its_brackets(note):
    page = [HEADLINE, LEAD, BODY, note, "ⓒ 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3] == "boilerplate"


@pytest.mark.parametrize("line", ["한도윤 기자 다른기사 보기", "한도윤 기자의 다른 기사"])
def test_a_link_to_a_reporters_other_articles_is_chrome(line):
    assert assign_roles([HEADLINE, LEAD, BODY, "한도윤 기자 hdy@example.kr", line])[4] == "boilerplate"


def test_a_regional_desk_before_its_city_and_a_labelled_print_stamp_are_chrome():
    page = ["시군소식 | 하동", HEADLINE, "• 지면게재일 2025.04.30 9면", LEAD, BODY]
    assert assign_roles(page)[:3] == ["boilerplate", "headline", "boilerplate"]


def test_back_issues_comment_prompts_print_stamps_and_calls_for_citizen_reporters_are_chrome():
    page = ["예시주보", "지난호 보기", "2025.12.01 발행 제812호", HEADLINE, "지면 2025.02.18 18면", LEAD, BODY,
            "이 기사에 대한 의견을 남겨주세요", "의견쓰기", "시민기자 신청하기"]
    roles = assign_roles(page)
    assert [roles[i] for i in (1, 2, 4, 7, 8, 9)] == ["boilerplate"] * 6 and roles[3] == "headline"


def test_a_photos_source_after_its_description_and_a_noun_phrase_above_the_lead_are_captions():
    page = [HEADLINE, "입력 2024.03.05 10:20", "예시산 옛길 초입의 전나무 숲길.", LEAD, BODY, "주말 나들이객으로 붐비는 예시마을 골목. 사진=예시일보 DB",
            BODY, "참가자들이 수확을 체험하고 있다. <사진제공=예시군>", BODY]
    assert assign_roles(page) == ["headline", "boilerplate", "caption", "lead", "body", "caption", "body", "caption", "body"]


def test_a_line_opened_by_a_section_mark_below_the_lead_is_a_subtitle_however_it_is_worded():
    page = [HEADLINE, LEAD, BODY, "■ 마을 안쪽 도로는 '차 없는 거리'로", BODY.replace("홍길동", "김철수")]
    assert assign_roles(page)[3] == "subheadline"


@pytest.mark.parametrize("headline", ["가람군 장학재단에 첫 고액기부 회원 탄생!", "매일 한 걸음, 스스로 키우는 공부의 시간을 가지다!"])
def test_a_short_line_that_exclaims_is_a_headline_not_the_lead(headline):
    assert assign_roles([headline, LEAD, BODY]) == ["headline", "lead", "body"]


def test_a_short_line_that_calls_on_its_readers_opens_a_speech_as_its_lead():
    assert assign_roles(["존경하는 가람군민 여러분!", "새해가 밝았습니다.", "올해도 군민과 함께 가겠습니다."])[0] == "lead"


@pytest.mark.parametrize("line", ["수원시청 청사 전경. 수원시", "수원시 5개 버스 노선. 수원시", "불에 탄 공장 내부. 가람소방본부",
                                  "가람 둔치 모습. 나래문화재단"])
def test_a_described_photo_credited_after_its_full_stop_to_a_known_body_is_a_caption(line):
    assert paragraph_role(line) == "caption"
    assert paragraph_role("수원시는 버스 노선을 늘렸다. 수원시") != "caption"  # a sentence, then a stray name
    assert paragraph_role("행사 모습. 본부") != "caption"  # a body's ending alone names no body


def test_a_stated_title_cut_short_with_an_ellipsis_names_the_line_it_starts():
    title = "가람군, 2025년 가람수군학교 제1기 수료식 개..."
    assert assign_roles(["가람군, 2025년 가람수군학교 제1기 수료식 개최", LEAD, BODY], title)[0] == "headline"
    assert assign_roles(["가람군, 2025년 가람수군학교 제2기 입학식 개최", LEAD, BODY], title)[0] == "subheadline"


def test_a_government_sites_menu_above_the_headline_is_chrome():
    page = ["시정정보 공지사항 보도자료 상세보기 공유 인쇄", HEADLINE, LEAD, BODY]
    assert assign_roles(page) == ["boilerplate", "headline", "lead", "body"]


def test_a_news_sentence_about_copying_and_claims_is_the_articles():
    page = [HEADLINE, LEAD, "가람일보는 기사를 무단 전재한 매체를 상대로 손해배상을 청구했다고 밝혔다.", BODY, "무단전재 및 재배포를 금합니다"]
    assert assign_roles(page) == ["headline", "lead", "body", "body", "boilerplate"]


@pytest.mark.parametrize("line", ["가람통신 GARAM", "가람매일 논설위원칼럼", "홍길동 편집국장의 다른 칼럼 보기", "음성 기사 옵션 조절 레이어"])
def test_more_chrome_a_sites_latin_name_a_columns_section_other_columns_and_a_speech_control(line):
    assert paragraph_role(line) == "boilerplate"


def test_a_line_that_only_mentions_other_posts_is_no_chrome():
    assert paragraph_role('◇ 김 시장 "다른 글 보기 어려워"') == "subheadline"


@pytest.mark.parametrize("top", [
    ["동네방네 가람", "우리 동네 소식을 씁니다", "홈 | 동네소식 | 가게탐방 | 행사달력 | 제보하기"],  # the site's name and motto above its menu
    ["가람FM 98.1MHz", "라디오 | 뉴스 | 다시듣기 | 편성표 | 청취자 게시판", "라디오 뉴스"],
    ["예시군 외국인주민지원센터", "Garam Center for Foreign Residents", "홈 > 센터소식 > 공지사항"],
    ["홈 > 예시소식 > 사람과 이야기", "사람과 이야기"],  # a section's label under the breadcrumb that ends in it
])
def test_the_title_like_lines_above_the_sites_menu_or_breadcrumb_are_no_headline(top):
    roles = assign_roles([*top, HEADLINE, "2025년 3월 2일", LEAD, BODY])
    assert roles[len(top)] == "headline" and set(roles[: len(top)]) == {"boilerplate"}


def test_a_prompt_above_the_sites_menu_is_no_lead():
    page = ["가람in", "본지는 우리 동네 소식을 함께 전할 시민기자를 상시 모집합니다.", "뉴스 | 동네 | 사람 | 교육 | 환경", HEADLINE,
            LEAD, BODY, "주민들은 설명회가 끝난 뒤에도 한참 동안 자리를 지켰다."]
    roles = assign_roles(page)
    assert roles[1] == "boilerplate" and roles[3] == "headline" and roles[4] == "lead"


def test_a_releases_bulleted_items_do_not_make_its_text_a_hard_wrapped_scan():
    page = ["가람도, 청년 월세 지원 대상 1만 2천 명으로 확대", "- 소득 기준 완화, 4월 1일부터 신청 접수",
            "가람도는 올해 청년 월세 지원 대상을 지난해 8천 명에서 1만 2천 명으로 늘린다고 밝혔다.", "□ 달라지는 점",
            "○ 소득 기준: 기준 중위소득 120% → 150%", "○ 거주 요건: 전입 6개월 이상 → 신청일 현재 도내 주소",
            "○ 지원 인원: 8,000명 → 12,000명", "○ 기간: 4. 1.(화) ~ 4. 30.(수)", "선정된 청년은 월 최대 20만 원씩 지원받는다."]
    assert assign_roles(page)[:3] == ["headline", "subheadline", "lead"]


def test_a_related_box_then_a_section_title_and_a_survey_between_the_articles_paragraphs_end_nothing():
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람시 공공자전거 누적 이용 1천만 건 돌파", "공공자전거 사고 보험 공백…치료비는 시민 몫 / 홍길동 기자",
            '■ 시 "절차 문제 없었지만 운용 점검"', "시 감사위원회는 지난달 30일 담당 부서에 대한 특정감사에 착수했다.", "설문조사",
            "공공자전거 예산, 어디에 가장 먼저 써야 한다고 보십니까?", "유지보수·안전 점검", "대여소 확충", "투표하기 | 결과보기",
            "시의회는 오는 16일 임시회에서 이 문제를 다룰 예정이다.", "저작권자 © 예시일보 무단전재 및 재배포 금지"]
    roles = assign_roles(page)
    assert roles[3:6] == ["boilerplate"] * 3 and roles[6] != "boilerplate" and roles[7] == "body"
    assert roles[8:13] == ["boilerplate"] * 5 and roles[13] == "body"


def test_an_english_pages_list_heading_and_the_headlines_under_it_are_chrome():
    page = [HEADLINE, LEAD, BODY, "Most Viewed", "1 Garam port cargo volume hits June record", "2 가람항 물동량 6월 최대 기록했다",
            "3 Is the coastal tram plan back on track?", "Copyright © GARAM ILBO. All rights reserved."]
    assert assign_roles(page)[3:] == ["boilerplate"] * 5


def test_a_related_boxs_marked_headlines_stay_the_boxs():
    page = [HEADLINE, LEAD, BODY, "관련기사", "■ 가람시 공공자전거 누적 이용 1천만 건 돌파", "■ 공공자전거 사고 보험 공백…치료비는 시민 몫",
            "시민단체는 요금 인상을 멈추라고 주장했다.", "시의회는 오는 16일 이 문제를 다룰 예정이다.", "저작권자 © 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3:6] == ["boilerplate"] * 3


@pytest.mark.parametrize(("page", "expected"), [
    # a table's row under the lead is no site's menu
    ([HEADLINE, "홍길동 기자 | 입력 2025.09.16 19:40", LEAD, "구분 | 2023년 | 2024년 | 증감률", "이용 건수 | 120만 | 156만 | 30%", BODY,
      "시는 대여소 20곳을 새로 설치하기로 했다.", "시 관계자는 안전 점검도 강화하겠다고 밝혔다."], {0: "headline", 2: "lead"}),
    # a breadcrumb that ends in the article's own title, and a row of share buttons under the headline
    (["홈 > 뉴스 > 예시군, 주민 설명회 열어 의견 듣는다", HEADLINE, "홍길동 기자 | 입력 2025.09.16 19:40", LEAD, BODY,
      "주민들은 한참 동안 자리를 지켰다."], {1: "headline"}),
    ([HEADLINE, "페이스북 공유 | 트위터 공유 | 카카오톡 공유 | 인쇄", "주민 100명 참석…내달 2차 설명회", "홍길동 기자 | 입력 2025.09.16 19:40",
      LEAD, BODY, "주민들은 한참 동안 자리를 지켰다."], {0: "headline", 1: "boilerplate"}),
])
def test_lines_that_only_look_like_a_sites_menu_leave_the_headline_and_lead_alone(page, expected):
    roles = assign_roles(page)
    assert {i: roles[i] for i in expected} == expected


def test_a_desks_region_before_its_section_written_dates_and_an_outlets_own_notices_are_chrome():
    page = ["가람일보", "홈 | 가람 | 나래 | 정치 | 사회", "가람 | 사회", "본지는 가람 곳곳의 소식을 전할 시민기자를 상시 모집합니다.", HEADLINE,
            "2024년 03월 12일 화요일 | 지면 5면", "2024년 03월 12일 20시 14분", "이 뉴스를 공유합니다", LEAD, BODY, "홍길동 기자",
            "가람일보는 독자 후원으로 운영됩니다. 후원회원이 되어 주세요."]
    assert assign_roles(page) == ["boilerplate"] * 4 + ["headline"] + ["boilerplate"] * 3 + ["lead", "body", "byline", "boilerplate"]


def test_a_broadcast_crews_credit_below_the_sign_off_is_the_articles():
    page = [HEADLINE, LEAD, "예시군은 다음 달 설명회를 다시 엽니다. 가람MBC 뉴스 홍길동입니다.", "◀ END ▶", "(영상취재 : 김철수)",
            "Copyright © 가람MBC. All rights reserved."]
    roles = assign_roles(page)
    assert roles[4] != "boilerplate" and roles[5] == "boilerplate"


@pytest.mark.parametrize("credit", ["(영상취재 : 김철수)", "영상취재 : 김철수", "촬영기자:김철수/그래픽:박보람"])  # a cameraman, no writer
def test_a_crews_credit_ending_the_article_is_a_title_line_not_its_body(credit):
    page = [HEADLINE, LEAD, "예시군은 다음 달 설명회를 다시 엽니다.", "가람방송 홍길동입니다.", credit, "많이 본 뉴스"]
    assert assign_roles(page)[2:5] == ["body", "byline", "subheadline"]


@pytest.mark.parametrize("line", ["기사 입력 2025.04.02 15:10", "한도윤 특파원 구독하기", "기자명 관리자", "담당자 | 한도윤",
                                  "이 기사에 공감하셨나요?", "독자님의 후원이 가람일보의 힘이 됩니다.", "기사 공유하기 | 글자 크기 조절"])
def test_stamps_buttons_placeholders_and_appeals_that_read_like_a_byline_or_a_title_are_chrome(line):
    assert paragraph_role(line) == "boilerplate"


def test_a_row_of_the_networks_a_page_shares_to_is_no_site_menu_above_the_headline():
    page = ["예시일보", "사회 > 예시군", HEADLINE, "등록 2025.04.22 17:40 | 홍길동 기자", "페이스북 | 트위터 | 카카오스토리 | URL복사",
            "매주 금요일 저녁 해설사가 함께 걷는다", LEAD, BODY]
    assert assign_roles(page)[2:6] == ["headline", "byline", "boilerplate", "subheadline"]


@pytest.mark.parametrize("line", ["공유 | 퍼가기", "진행 한도윤 앵커 | 평일 저녁 7시 50분", "홍길동 주재기자 다른기사 보기"])
def test_a_broadcasters_buttons_its_programme_box_and_a_reporters_link_are_chrome(line):
    assert paragraph_role(line) == "boilerplate"
    assert assign_roles(["예시방송", line, HEADLINE, LEAD, BODY])[1:3] == ["boilerplate", "headline"]


def test_a_portals_short_notices_above_the_article_begin_no_body_so_its_menus_list_heading_ends_nothing():
    page = ["본문 바로가기", "이전 페이지", "구독", "언론사를 구독하면 메인에서 바로 볼 수 있어요!", "메인 뉴스판에서 예시일보 주요뉴스를", "볼 수 있습니다.",
            "주요뉴스", "사회", "랭킹", "PICK", "안내", "언론사가 주요기사로", "선정한 기사입니다.", "언론사별 바로가기", "닫기",
            HEADLINE, "입력2024.03.05. 오후 8:06", "기사원문", LEAD, BODY, "저작권자 © 예시일보 무단전재 및 재배포 금지"]
    roles = assign_roles(page)
    assert roles[15:] == ["headline", "boilerplate", "boilerplate", "lead", "body", "boilerplate"]  # around the article's stamp
    assert "headline" not in roles[:15]  # not the back button, a notice or a menu far above it


def test_the_lead_is_below_the_articles_stamp_not_a_sites_sentence_above_it():
    page = ["가람일보 앱을 설치하면 속보를 가장 먼저 받아 볼 수 있습니다.", "가람일보", HEADLINE, "입력 2024.03.05 20:06", LEAD, BODY]
    assert assign_roles(page)[3:] == ["boilerplate", "lead", "body"]


@pytest.mark.parametrize("message", ["해당 기사를 북마크했습니다.", "나눔고딕 폰트가 설치되어있지 않습니다.", "현재 브라우저 버전에서는 서비스가 원활하지 않습니다.",
                                     "브라우저가 video 태그를 지원하지 않습니다.", "죄송하지만 다른 브라우저를 사용하여 주십시오."])
def test_a_pages_messages_about_itself_are_chrome_and_never_the_lead(message):
    assert assign_roles([HEADLINE, message, LEAD, BODY]) == ["headline", "boilerplate", "lead", "body"]
    assert paragraph_role("가람시는 새 브라우저를 쓰면 민원 서비스가 원활하지 않다는 지적에 따라 시스템을 바꾼다고 밝혔다.") == "body"


def test_of_the_lines_a_page_prints_twice_the_headline_is_the_long_one_not_a_menus_label():
    page = ["레이어 닫기", "가람일보", "레이어 닫기", HEADLINE, "사회", HEADLINE, LEAD, BODY]
    roles = assign_roles(page)
    assert roles.index("headline") == 3 and roles[6:] == ["lead", "body"]


def test_a_notice_in_other_languages_below_the_stamp_is_not_the_lead():
    notices = ["The copyright belongs to the original writer of the content, and there may be errors in machine translation results.",
               "版权归内容原作者所有。机器翻译结果可能存在错误。"]
    roles = assign_roles([HEADLINE, "입력 2024.03.05 20:06", *notices, LEAD, BODY])
    assert roles[0] == "headline" and roles[4:] == ["lead", "body"]


def test_bulleted_headlines_after_the_reporters_sign_off_are_chrome_even_as_sentences():
    signed = f"{BODY}부산=김철수 기자 kim@example.kr"  # the sign-off glued to the last sentence, after the place it was written in
    page = [HEADLINE, LEAD, signed, "▲ “엄마, 나 이제 갈게…” 배우, 딸 떠올리며 눈물", "▲ 가수 “집 살 때 난 머리카락에 썼다”",
            "Copyrights ⓒ 예시일보. 무단 전재 및 재배포 금지"]
    assert assign_roles(page) == ["headline", "lead", "body"] + ["boilerplate"] * 3
    record = record_of("\n".join(page))
    assert record["byline"]["reporters"] == [{"name": "김철수", "email": "kim@example.kr"}]
    assert "주민과 함께 가겠다" in {q["text"] for q in record["quotes"]}
    assert not any(word in q["text"] for q in record["quotes"] for word in ("엄마", "머리카락"))


def test_an_interviews_turns_after_a_signed_photo_line_stay_the_articles():
    credited = "한도윤 의원이 지난 3일 가람시 청년 토론회에서 발언하고 있다. 김철수기자"
    page = [HEADLINE, LEAD, credited, "◆ 한도윤> 네, 왔습니다. 오늘이 마지막 출연이네요.", "◇ 진행자> 느낌이 어떠세요? 시원하십니까, 섭섭하십니까?",
            "◆ 한도윤> 둘 다 아니고 그냥 아쉬움입니다. 할 일이 많이 남아 있습니다."]
    assert "boilerplate" not in assign_roles(page)[3:]


def test_a_summary_box_runs_to_its_closing_button_its_sentences_too():
    summary = ["예시군이 주민 설명회를 열어 의견을 들었다.", "군은 주민 의견을 사업에 반영할 계획이다."]
    page = [HEADLINE, "입력 2024.03.05 20:06", "AI 요약", *summary, "닫기", LEAD, BODY]
    assert assign_roles(page)[2:] == ["boilerplate"] * 4 + ["lead", "body"]
    unclosed = [HEADLINE, "AI 요약", LEAD, BODY, "공유 | 댓글 | 인쇄"]  # no button closes it: the article's lines stay the article's
    assert assign_roles(unclosed)[2:4] == ["lead", "body"]


def test_a_sentence_with_a_time_and_a_count_inside_the_article_is_no_stamp_to_start_the_lead_below():
    timed = "시 누리집 조회 수는 하루 만에 1만 건을 넘었고, 오후 6:00 기준 신청자는 500명이다."
    page = [HEADLINE, LEAD, BODY, timed, "시는 추가 공급도 검토한다.", "홍길동 기자 hong@example.kr"]
    assert assign_roles(page)[:5] == ["headline", "lead", "body", "body", "body"]


def test_the_articles_own_bulleted_list_after_a_signed_photo_line_stays_the_articles():
    credited = "한도윤 군수가 5일 군청 설명회에서 발언하고 있다. 김철수 기자"
    page = [HEADLINE, LEAD, credited, "군이 내놓은 지원책은 다음과 같다.", "▲ 청년 주택 300호를 시세의 절반 값에 공급한다.",
            "▲ 신혼부부에게 보증금 이자를 2년간 지원한다.", BODY]
    assert "boilerplate" not in assign_roles(page)


def test_a_summary_heading_with_a_share_layer_below_the_article_swallows_nothing():
    page = [HEADLINE, "입력 2024.03.05 20:06", "AI 요약", LEAD, BODY, "공유하기", "닫기", "홍길동 기자 hong@example.kr"]
    assert assign_roles(page)[3:5] == ["lead", "body"]


def test_a_photographers_credit_line_gives_the_reporter_no_e_mail_and_the_sign_off_gives_theirs():
    page = [HEADLINE, "예시일보=홍길동 기자", "입력 2024.03.05 20:06", "가람 축제장에서 시민들이 공연을 보고 있다",
            "가람=김철수 기자 kim@example.kr /2024.03.04/", LEAD, f"{BODY}부산=홍길동 기자 hong@example.kr"]
    assert record_of("\n".join(page))["byline"]["reporters"] == [{"name": "홍길동", "email": "hong@example.kr"}]


def test_a_line_printed_twice_below_the_articles_stamp_is_no_headline():
    page = ["메인 메뉴로 바로가기", HEADLINE, "기사입력 2024.03.05. 오후 02:09", "후속기사 원해요", "0", LEAD, BODY, "후속기사 원해요"]
    assert assign_roles(page)[1] == "headline"


def test_a_portals_subscription_prompt_and_a_button_row_with_one_count_are_chrome_not_the_headline():
    page = ["가람일보", "가람일보 언론사 구독", "언론사를 구독하면 메인에서 바로 볼 수 있어요!", HEADLINE, "입력2025.09.03. 오후 3:12 기사원문",
            "추천 | 댓글 4", LEAD, BODY]
    assert assign_roles(page) == ["boilerplate"] * 3 + ["headline", "boilerplate", "boilerplate", "lead", "body"]


def test_a_citizen_papers_tip_jar_the_members_profile_link_and_the_reporters_latest_articles_are_chrome():
    page = [HEADLINE, LEAD, BODY, "이 기사가 마음에 드시나요? 좋은기사 원고료로 응원하세요", "설가온 (gaonseol) 내방",
            "이 기자의 최신기사", '"쌀값 제대로 받아야" 가람면 농민들 행진', "시민기자 인기글", "가람천 자전거길을 달려봤습니다 - 노을빛"]
    assert assign_roles(page) == ["headline", "lead", "body"] + ["boilerplate"] * 6


def test_a_portals_summary_box_of_three_sentences_and_its_note_is_chrome_up_to_its_closing_button():
    page = [HEADLINE, "입력 2025.08.19. 오전 9:41", "본문 요약봇", "예시군이 설명회를 연다.", "주민 의견을 듣는다.", "다음 달 계획을 확정한다.",
            "이 요약은 프로그램이 만들었습니다. 빠진 내용이 있을 수 있으니 본문을 함께 읽어 주세요.", "닫기", LEAD, BODY]
    assert assign_roles(page)[2:] == ["boilerplate"] * 6 + ["lead", "body"]


def test_a_headline_about_tipping_citizen_reporters_is_no_tip_jar():
    assert assign_roles(["지역 시민기자들 원고료로 응원", LEAD, "좋은기사 원고료로 응원하세요"]) == ["headline", "lead", "boilerplate"]


def test_a_related_box_opens_no_tail_though_a_line_ends_on_a_quotes_quotative_and_headlines_follow_the_byline():
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람군, 해수욕장 연장 운영", "보람도, 해파리 주의보 발령 / 김철수 기자",
            "가람군은 해수욕장마다 해파리 차단망을 두 겹으로 늘렸다고 밝혔다.", "피서객 이모씨는 “바다에 들어가기가 겁난다”이라며",
            "차단망을 더 늘려 달라고 말했다.", "홍길동 기자 hong@example.kr", "가람 축제 개막 앞두고 교통 통제", "나래군 해변 쓰레기 수거",
            "ⓒ 예시일보 무단전재 및 재배포 금지"]
    roles = assign_roles(page)
    assert roles[3:6] == ["boilerplate"] * 3 and roles[6:10] == ["body", "body", "body", "byline"]
    assert roles[10:] == ["boilerplate"] * 3
    assert paragraph_role("피서객 이모씨는 “바다에 들어가기가 겁난다”고") == "body"
    assert paragraph_role("피서객 “바다에 들어가기 겁나”") == "subheadline"  # a title's quote with nothing after it


def test_a_writers_name_and_title_printed_again_under_a_head_shot_is_no_headline():
    page = ["예시일보", "오피니언 > 기고", "[기고] 섬 주민의 발, 공영제로 지켜야", "한도윤 가람군의회 의원", "입력 2025.02.20 16:00",
            "페이스북(으)로 기사보내기", "한도윤 가람군의회 의원", "지난겨울 섬마을 주민들은 보름 가까이 뭍에 나가지 못했다.",
            "섬 주민에게 여객선은 버스이자 구급차다."]
    assert assign_roles(page)[2:4] == ["headline", "byline"]
    page = ["예시일보", "[가람칼럼]", "섬 주민의 발, 공영제로 지켜야", "한도윤 가람군의회 의원", "입력 2025.02.20 16:00",
            "한도윤 가람군의회 의원", "지난겨울 섬마을 주민들은 보름 가까이 뭍에 나가지 못했다.", "섬 주민에게 여객선은 버스이자 구급차다."]
    assert assign_roles(page)[2:4] == ["headline", "byline"]  # also under the column's tag alone on its line


def test_a_caption_printed_again_below_it_is_no_lead_and_no_headline_printed_twice():
    caption = "12일 예시군 들녘에서 농민이 쓰러진 벼를 살펴보고 있다."
    page = ["예시일보", HEADLINE, "지면 2025.04.29 5면", "![](https://example.kr/a.jpg)", caption, caption, LEAD, BODY]
    assert assign_roles(page) == ["boilerplate", "headline", "boilerplate", "caption", "caption", "caption", "lead", "body"]


def test_a_name_and_e_mail_below_a_last_line_cut_mid_sentence_signs_the_article_and_a_name_alone_goes_on():
    cut = "소방당국은 배합 설비 주변에서 불꽃이 일었다는 진술을 토대로 정확한 화재 원인과"
    page = [HEADLINE, LEAD, BODY, cut, "한도윤(hdy@example.kr)", "한도윤 기자 다른기사 보기", "Copyright © 예시일보. 무단전재 및 재배포 금지."]
    assert assign_roles(page)[3:5] == ["body", "byline"]
    going_on = [HEADLINE, LEAD, BODY, "새 청사는 예시군의 겉모습을 크게 바꿔 놓았지만", "정작"]
    assert assign_roles(going_on)[4] != "byline"


@pytest.mark.parametrize("line", ["25.05.16 13:04", "25.5.6 9:04"])
def test_a_date_stamp_with_a_two_digit_year_and_the_time_is_chrome(line):
    assert paragraph_role(line) == "boilerplate"


def test_a_section_marks_question_in_an_interview_is_a_subheadline():
    assert paragraph_role("◆ 라이브커머스를 시작한 계기는?") == "subheadline"
    assert paragraph_role("◆ 전통시장 첫 라이브 방송을 시작했다.") != "subheadline"  # a sentence closed by its full stop


def test_review_a_listed_articles_snippet_and_reporter_open_no_article_again_below_a_tail_heading():
    page = [HEADLINE, LEAD, BODY, "이 기자의 다른 기사", "나래군 청년 창업 지원 확대", "나래군은 청년 창업 지원금을 두 배로 늘린다고 밝혔다.",
            "김철수 기자 kim@example.kr", "보람시, 야시장 다음 달 개장", "보람시는 다음 달부터 야시장을 운영한다고 밝혔다.", "이영희 기자",
            "ⓒ 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3:] == ["boilerplate"] * 8


@pytest.mark.parametrize("line", ["◆ 행사 장소. 가람재단", "가람대교 2구간. 보수공사", "신청 자격 만 19~39세 청년. 가람일자리센터"])
def test_review_a_section_title_and_a_construction_or_a_notices_place_after_a_full_stop_are_no_credit(line):
    assert paragraph_role(line) != "caption"


def test_review_a_copyright_sign_at_the_pages_end_is_no_caption_printed_again():
    assert assign_roles([HEADLINE, LEAD, "ⓒ 예시군", BODY, "주민 설명회는 다음 달에도 열린다.", "ⓒ 예시군"])[-1] == "boilerplate"


def test_review_a_profiles_name_and_title_printed_twice_is_its_headline():
    page = ["가람일보", "전체기사", "인사 동정 모음", "한도윤 가람문화재단 이사장", "한도윤 가람문화재단 이사장", "입력 2025.05.16 13:04",
            LEAD, BODY]
    assert assign_roles(page)[3] == "headline"


def test_a_lists_items_one_to_a_line_between_the_articles_paragraphs_are_body():
    numbered = [HEADLINE, LEAD, "체험 프로그램은 다음과 같다.", "1. 갯벌 생물 관찰과 기록", "2. 칠면초 군락 탐방", "3. 갯벌 쓰레기 줍기", BODY]
    assert assign_roles(numbered)[3:6] == ["body"] * 3
    labelled = [HEADLINE, LEAD, "조합원들은 역할을 나눠 맡고 있다.", "1. 객실 관리: 조합원 12명", "2. 식당 운영: 마을 부녀회", BODY]
    assert assign_roles(labelled)[3:5] == ["body"] * 2  # each item a label and its value
    introduced = [HEADLINE, LEAD, "환급 기준은 다음과 같다.", "▲ 3만 원 이상 구매 시 1만 원 환급", "▲ 6만 원 이상 구매 시 2만 원 환급", BODY]
    assert assign_roles(introduced)[3:5] == ["body"] * 2
    sections = [HEADLINE, LEAD, "◆ 야간 등불길 첫선", "◆ 교통 대책은", BODY]
    assert assign_roles(sections)[2:4] == ["subheadline"] * 2  # a section's titles
    questions = [HEADLINE, LEAD, "◆ 조합을 꾸린 계기는.", '"가격 경쟁만 심해졌어요."', "◆ 어려운 점은 없나.", BODY]
    assert assign_roles(questions)[2:5] == ["subheadline", "body", "subheadline"]  # an interview's questions, full stop or not
    between = [HEADLINE, LEAD, BODY, "◆ 농가의 반응은 어떤가.", BODY, "◆ 예산은 어떻게 되나.", BODY]
    assert assign_roles(between)[3:6:2] == ["subheadline"] * 2  # between sentences too: a question, no photo's description
    for supposed in ("◆ 어촌 생활이 쉽지는 않았을 텐데.", "◆ 어촌 생활이 쉽지는 않았을 텐데요.", "◆ 반대도 많았을 것 같은데."):
        assert assign_roles([HEADLINE, LEAD, BODY, supposed, BODY])[3] == "subheadline"  # a question put as a supposition
    for asked in ("◆ 처음에 어려운 점은 없었나.", "◆ 가공품도 만든다고 들었다."):
        assert assign_roles([HEADLINE, LEAD, BODY, asked, BODY])[3] == "subheadline"  # in the past; what the interviewer heard
    for worded in ("◆ 요즘은 어떻게 꾸려 가나.", "◆ 왜 하필 섬마을을 골랐나.", "◆ 손님은 주로 누가 찾나."):
        assert assign_roles([HEADLINE, LEAD, BODY, worded, BODY])[3] == "subheadline"  # a word that asks, whatever the verb
    assert assign_roles([HEADLINE, LEAD, BODY, "◆ 막내 조합원은 어떤 사람인가.", BODY])[3] == "subheadline"
    assert assign_roles([HEADLINE, LEAD, BODY, "◆ 최연소 조합원은 김하나.", BODY])[3] != "subheadline"  # nothing asks
    lone = [HEADLINE, LEAD, "- 셔틀버스 노선 두 배로", BODY]
    assert assign_roles(lone)[2] == "subheadline"  # one line is no list
    as_follows = [HEADLINE, LEAD, "군은 올겨울 대책을 다음과 같이 마련했다.", "▲ 드론으로 철새 이동 경로 분석",
                  "▲ 배설물 피해가 잦은 전깃줄 아래 인도와 버스정류장 주변 12곳을 매주 두 차례 집중적으로 청소", "▲ 주차 차량 덮개 무료 대여", BODY]
    assert assign_roles(as_follows)[3:6] == ["body"] * 3  # 다음과 같이 introduces them; a long item is one of them too


def test_headlines_below_the_byline_are_chrome_though_one_asks_a_short_question():
    page = [HEADLINE, LEAD, BODY, "홍길동 기자 hong@example.kr", "가람공원 연꽃 개화 앞당겨져", "가람 주차난 해법은 셔틀버스?",
            "이 기사에 대한 의견을 남겨주세요", "Copyright © 예시일보 All rights reserved."]
    assert assign_roles(page)[3:6] == ["byline", "boilerplate", "boilerplate"]


def test_a_regions_section_and_a_city_apart_by_a_bar_above_the_headline_are_chrome():
    assert assign_roles(["파도일보", "정치 | 경제 | 사회", "동해안 | 속초", HEADLINE, LEAD, BODY])[2:4] == ["boilerplate", "headline"]
    assert assign_roles(["가람TV 뉴스 | 영월·정선", HEADLINE, LEAD, BODY])[:2] == ["boilerplate", "headline"]  # a station's news, its places
    assert assign_roles(["가람TV 뉴스 | 영월 산불 확산", LEAD, BODY])[0] != "boilerplate"
    table = [HEADLINE, LEAD, "노선별 출발지와 도착지는 다음과 같다.", "출발 | 도착", "강릉 | 속초", "속초 | 양양", BODY]
    assert "boilerplate" not in assign_roles(table)  # a table's rows in the article
    assert assign_roles([HEADLINE, LEAD, "사업 | 예산", BODY])[2] != "boilerplate"


def test_below_a_related_box_the_article_goes_on_from_a_sentence_begun_on_the_line_above():
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람군, 해수욕장 연장 운영", "보람도, 해파리 주의보 발령",
            "공방을 운영하는 한지우(31)씨는 \"서울에서 월세 150만 원을 내던 공방을 옮겨 왔다\"며",
            "\"주말이면 손님이 늘어 매출도 오르고 있다\"고 말했다.", "홍길동 기자 hong@example.kr", "ⓒ 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3:9] == ["boilerplate"] * 3 + ["body", "body", "byline"]


def test_review_a_question_that_closes_the_article_is_no_headline_after_its_end():
    page = [HEADLINE, LEAD, BODY, "[광고] 예시몰 여름 특가", "그렇다면 올해 갯벌 체험은 과연 성공할 수 있을까?", "홍길동 기자 hong@example.kr"]
    assert assign_roles(page)[4] == "body"


def test_review_a_cut_headline_in_a_related_box_stays_in_the_box():
    page = [HEADLINE, LEAD, BODY, "관련기사", "보람시, 해수욕장 연장 운영", "해남군수 \"땅끝 관광 1000만 시대 열겠다\"고",
            "축제는 10월 1일부터 13일간 이어진다.", "홍길동 기자 hong@example.kr", "ⓒ 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3:6] == ["boilerplate"] * 3


def test_review_captions_under_a_line_about_a_meetings_content_and_headlines_in_a_row_are_no_listed_items():
    captions = [HEADLINE, LEAD, "이날 간담회 내용은 비공개로 진행됐다.", "▲ 개회사를 하는 한소라 의장", "▲ 예산안을 설명하는 이도윤 기획실장", BODY]
    assert "body" not in assign_roles(captions)[3:5]
    decks = [HEADLINE, LEAD, "- 순천만 체험객 작년 2배 늘어", "- 군, 안전요원 추가 배치", BODY]
    assert assign_roles(decks)[2:4] == ["subheadline"] * 2



def test_a_sentence_that_is_no_description_before_a_photographers_credit_is_the_articles():
    page = [HEADLINE, LEAD, '한도윤 군수는 "축제를 키우겠다"고 말했다. 사진/홍길동 기자', BODY]
    assert assign_roles(page)[2] != "caption"  # …고 말했다: the article's sentence, not what a photo shows


def test_a_line_opened_by_a_topic_that_stops_on_a_verbs_connective_goes_on_below():
    broken = [HEADLINE, LEAD, BODY, "시는 이달 중 읍면동별 주민설명회 16차례를 열어", "의견을 수렴한 뒤 최종안을 확정할 계획이다.", BODY]
    assert assign_roles(broken)[3] == "body"
    titled = [HEADLINE, LEAD, BODY, "시, 설명회 16차례 열어", BODY]  # headlinese sets its topic off with a comma
    assert assign_roles(titled)[3] == "subheadline"


def test_a_noun_phrase_credited_after_a_slash_and_a_title_above_a_credit_with_its_equals_sign_are_captions():
    page = [HEADLINE, LEAD, BODY, "우물물을 길어 올리는 솔골마을 어르신. 사진/석누리 기자", BODY, "벚꽃 터널 아래 단비호 산책길", "사진=단비시 제공", BODY]
    assert assign_roles(page)[3:7] == ["caption", "body", "caption", "caption"]


def test_the_articles_own_tagged_sound_bites_above_the_copyright_stay_the_articles():
    page = ["가람시 폭우 피해 속출", "가람시에 어제 하루 200mm가 넘는 비가 내렸습니다.", "주민들은 밤새 물을 퍼내며 피해를 호소했습니다.",
            '[인터뷰] 한도윤 가람시 주민 "이렇게 비가 많이 온 건 처음이에요"', '[인터뷰] 박하늘 가람시 안전과장 "배수 시설을 점검하겠습니다"',
            "Copyright ⓒ 가람방송. All rights reserved."]
    assert "boilerplate" not in assign_roles(page)[3:5]


def test_a_serials_last_paragraph_closed_by_its_continuation_mark_is_no_caption():
    page = [HEADLINE, LEAD, "시는 빈집 100채를 청년 주택으로 고치고 있다. <계속>"]
    assert assign_roles(page)[2] == "body"


@pytest.mark.parametrize("line", ["가람교 야간 경관 조명 모습 [사진 제공=예시군]", "예시군 연도별 귀농 가구 수 추이 [그래픽=예시일보 편집부]",
                                  "<표> 2025년 예시군 귀농 지원 사업 주요 내용"])
def test_a_description_credited_in_square_or_angle_brackets_and_a_tables_label_are_captions(line):
    assert assign_roles([HEADLINE, LEAD, line, BODY])[2] == "caption"


def test_an_interviews_question_on_an_adjective_closed_by_a_full_stop_is_a_section_title():
    assert assign_roles([HEADLINE, LEAD, "◆ 숙박 시설은 충분한가.", BODY])[2] == "subheadline"


def test_a_lists_items_above_a_tables_caption_are_the_articles_body():
    page = [HEADLINE, LEAD, "군은 지원 사업을 다음과 같이 확대한다.", "▲ 주택 수리비 최대 1천만 원 지원", "▲ 청년 정착금 월 90만 원 지급",
            "<표> 2025년 예시군 귀농 지원 사업", BODY]
    assert assign_roles(page)[3:5] == ["body", "body"]


def test_a_sentence_with_a_photos_credit_run_onto_it_is_the_articles_body():
    line = '최고령인 김순자 할머니는 "올해는 밤이 잘 여물었다"고 말했다. 사진/홍길동 기자'
    assert assign_roles([HEADLINE, LEAD, line, BODY])[2] == "body"


@pytest.mark.parametrize("line", ["※ 예시일보는 독자 여러분의 제보를 기다립니다. 제보는 카카오톡 '예시일보'로 남겨주세요.",
                                  "※ 이 기사는 예시일보 4월 7일자 지면 6면에 실렸습니다."])
def test_a_prompt_for_tips_and_a_note_of_the_print_edition_are_chrome(line):
    assert assign_roles([HEADLINE, LEAD, BODY, line])[3] == "boilerplate"


@pytest.mark.parametrize("line", ["※ 인사·부고·동정 게재를 원하시는 분은 people@example.kr로 보내주시기 바랍니다.",
                                  "독자투고는 이메일(opinion@example.kr)로 보내주세요. 실명과 연락처를 꼭 적어 주시기 바랍니다.",
                                  "※ 기사가 보강될 예정입니다."])
def test_a_sites_notice_to_its_readers_is_chrome_however_long(line):
    assert assign_roles([HEADLINE, LEAD, BODY, line])[3] == "boilerplate"


def test_a_related_news_box_inside_the_article_leaves_the_article_going_on_below_it():
    page = [HEADLINE, LEAD, BODY, "관련기사", "가람호 수변 산책로 12㎞ 연결 완료 / 김도윤 기자", "솔내산 케이블카 탑승객 300만명 돌파 / 송하영 기자",
            "중도는 2000년대 초까지 배로 오가는 유원지였지만 뱃길이 끊겼다.", "다음 달 3일부터 운항하는 전기 유람선. 예시군 제공",
            "군은 사업비 35억원을 들여 선착장을 새로 지었다고 밝혔다.", "저작권자 © 예시일보 무단전재 및 재배포 금지"]
    assert assign_roles(page)[3:] == ["boilerplate", "boilerplate", "boilerplate", "body", "caption", "body", "boilerplate"]


@pytest.mark.parametrize("line", ["신청 서류는 오는 30일까지 군청 인사팀으로 보내주시기 바랍니다.",  # 인사팀: no people's news
                                  '군 관계자는 "많이 찾아 달라"고 말했다. [사진 제공=예시군]'])  # a sentence, its photo's credit run on
def test_review_faults_in_roles(line):
    assert assign_roles([HEADLINE, LEAD, line, BODY])[2] == "body"


def test_a_question_heading_other_posts_and_a_footer_of_contacts_and_masthead_are_chrome():
    roles = assign_roles([HEADLINE, LEAD, BODY, "이런 글은 어떠세요?", "가람 솔숲 걷기…옛길의 흔적을 따라",
                          "예시타임즈 | 강원특별자치도 정선군 정선읍 예시길 00 | 문의 033-000-0000",
                          "등록번호 강원 아00000 | 발행인 겸 편집인 한도윤"])
    assert roles[3:] == ["boilerplate"] * 4
    assert paragraph_role("문의 전화는 033-000-0000으로 하면 된다고 군은 밝혔다.") != "boilerplate"  # a sentence, no bars
    for headline in ("등록번호판 없는 이륜차 집중 단속", "경주시 '착한가격' 안내책자 배포 즉시 동나"):
        assert paragraph_role(headline) != "boilerplate"  # a field's word inside a headline
    asked = [HEADLINE, LEAD, "오늘의 기사는 누가 정할까?", "박서윤 편집국장은 \"독자가 궁금해할 소식을 먼저 고른다\"고 말했다.", BODY]
    assert assign_roles(asked)[2:] == ["body"] * 3  # a question of the article's own, though it opens like a list's heading


def test_a_release_boards_fields_labels_and_end_matter_are_chrome_and_its_photo_label_a_caption():
    page = ["광주광역시 북구", "알림마당 > 보도/해명자료", "보 도 자 료", "번호 1847 | 작성자 기획운영과 | 작성일 2025-07-30 | 조회수 201",
            "등록일 | 2025-10-27 | 조회수 | 1,284", "기획예산과 | 2025-08-29 | 조회 188", "보도일자 배포 즉시 보도 가능",
            "담 당 자 팀장 한도윤(063-000-0000), 주무관 박보람(063-000-0001)", "제목 : 북구, 1인가구 지원센터 개소",
            "북구, 1인가구 지원센터 개소", "광주 북구는 1일 용봉동에서 1인가구 지원센터 개소식을 열었다고 2일 밝혔다.",
            "센터는 혼자 사는 주민의 고립을 막기 위해 마련됐다.", "사진설명", "지원센터 개소식에서 참석자들이 테이프를 자르고 있다.",
            "※ 붙임: 센터 안내 리플릿 1부.", "끝."]
    roles = assign_roles(page)
    assert roles[:9] == ["boilerplate"] * 9 and roles[9:12] == ["headline", "lead", "body"]
    assert roles[12:] == ["caption", "caption", "boilerplate", "boilerplate"]


def test_items_below_a_sentence_that_counts_them_ahead_or_labelled_under_a_section_title_are_body():
    counted = [HEADLINE, LEAD, "두 도시는 다음 6개 분야에서 교류하기로 약속했다.", "1. 농특산물 직거래 장터 운영", "2. 농촌 체험관광 확대",
               "3. 청소년 역사 탐방 교류", BODY]
    assert assign_roles(counted)[3:6] == ["body"] * 3
    generation = [HEADLINE, "가람군은 갯벌을 다음 세대에 온전히 물려주기 위해 보전 계획을 세웠다고 6일 밝혔다.", "- 갯벌 보전 지역 두 배로 확대",
                  "- 해양 쓰레기 수거선 새로 도입", BODY]
    assert assign_roles(generation)[2:4] == ["subheadline"] * 2  # 다음 세대: the next generation, no count
    labelled = [HEADLINE, LEAD, BODY, "◇ 주요 프로그램", "- 개막식: 10월 8일 오후 7시, 주무대", "- 들불 퍼레이드: 10월 10일 오후 8시", BODY]
    assert assign_roles(labelled)[3:6] == ["subheadline", "body", "body"]


def test_a_releases_paragraphs_opened_by_a_box_are_its_lead_and_body_and_a_boxed_title_its_subheadline():
    page = [HEADLINE, "□ 가람군은 작은학교 40곳을 선정해 학교당 3천만 원을 지원한다고 6일 밝혔다.", "□ 군은 이달 말까지 운영 계획을 받는다.",
            "□ 교통 대책", BODY]
    assert assign_roles(page)[1:4] == ["lead", "body", "subheadline"]


def test_a_row_of_sharing_buttons_apart_by_spaces_only_is_chrome():
    assert paragraph_role("페이스북 트위터 카카오톡 공유하기 URL복사") == "boilerplate"
    assert paragraph_role("페이스북 공유 이벤트") != "boilerplate"  # a word that is no button



def test_caption_rules_spare_a_headline_a_dashed_article_a_news_sentence_a_section_title_and_a_look_alike():
    headline = "안동시, 청년 창업가 40명 지원"
    assert assign_roles([headline, f"{headline} 협약식. /안동시 제공", LEAD, BODY])[0] == "headline"  # a caption repeating it
    dashed = [HEADLINE, "- 예시군은 12일 공영주차장 5곳을 새로 짓는다고 밝혔다.", "- 사업비는 모두 50억 원이 든다.", "- 군은 내년 착공한다."]
    assert assign_roles(dashed)[:2] == ["headline", "lead"]  # an article written in dashed paragraphs
    title = "안동 하회마을 관광객 다시 늘어"
    glued = f"{title} 하회마을을 찾는 관광객이 예년 수준을 되찾고 있다."
    assert assign_roles([glued, LEAD, BODY], title)[0] != "caption"  # a news sentence, not a photo's description
    assert assign_roles(["정다운 안동대 교수", "정다운 이웃들이 손님을 맞는 마을이 늘고 있다.", BODY], title)[0] != "caption"
    assert assign_roles([HEADLINE, LEAD, "◇ 청년과 소통하는 김영수 시장", BODY])[2] == "subheadline"
    assert assign_roles([HEADLINE, LEAD, "시제품을 살펴보는 청년 창업가들 모습.‹사진>", BODY])[2] == "caption"


def test_a_list_under_section_headings_after_a_line_that_introduces_it_is_the_body():
    lines = ["[인사] 가람시", "가람시는 1일자로 정기인사를 했다. 명단은 다음과 같다.", "◇4급 승진", "▲안전건설국장 한도윤", "▲복지환경국장 박보람",
             "◇전보", "▲주문진읍장 최가온", "▲교동장 이나래", "저작권자 © 가람일보 무단전재 및 재배포 금지"]
    assert assign_roles(lines)[2:8] == ["subheadline", "body", "body", "subheadline", "body", "body"]


@pytest.mark.parametrize("site", ["솔바다뉴스 로그인 회원가입", "별마루신문 전체기사 영월 정선 평창 기획 포토", "주간솔바다 | 보은·옥천",
                                  "솔바다신문 HOME | 김포 | 파주 | 기획"])
def test_a_sites_name_and_its_menu_on_one_line_are_chrome_above_the_headline(site):
    assert assign_roles([site, HEADLINE, LEAD, BODY])[:2] == ["boilerplate", "headline"]


def test_share_buttons_run_together_are_chrome():
    glued = "SNS 기사보내기페이스북(으)로 기사보내기트위터(으)로 기사보내기URL복사"
    assert assign_roles([HEADLINE, glued, LEAD, BODY])[1] == "boilerplate"


def test_a_ranking_under_a_heading_run_into_the_articles_last_line_is_chrome():
    page = [HEADLINE, LEAD, BODY, "관람은 평소처럼 할 수 있다. 많이 본 뉴스", "1 가람시 공무원 음주운전 적발", "2 나래 단풍 절정"]
    assert assign_roles(page)[3:] == ["body", "boilerplate", "boilerplate"]


def test_a_table_of_figures_apart_by_bars_in_the_article_is_body():
    page = [HEADLINE, LEAD, "<표> 가람 배추 재배 의향 면적(단위 ㏊)", "구분 | 2022년 | 2023년(의향) | 증감률", "가람군 전체 | 3,810 | 3,420 | -10.2%", BODY]
    assert assign_roles(page)[3:5] == ["body", "body"]
    assert assign_roles([HEADLINE, "입력 2024.05.03 10:21 | 수정 2024.05.03 14:07 | 댓글 0", LEAD, BODY])[1] == "boilerplate"


def test_lines_listed_below_a_sentence_that_announces_the_following_measures_are_body():
    page = [HEADLINE, LEAD, "군은 이런 우려를 덜기 위해 다음과 같은 보완책을 내놨다.", "▲ 읍내 순환버스 신설", "▲ 옛 터미널 부지에 간이 정류장 설치", BODY]
    assert assign_roles(page)[3:5] == ["body", "body"]


@pytest.mark.parametrize("handoff", ["한보람 기자가 현장을 둘러봤습니다.", "지금까지 한보람 기자였습니다.", "한보람 기자가 다녀왔습니다."])
def test_an_anchors_hand_off_naming_the_reporter_is_the_byline(handoff):
    page = ["가람시장 설 대목 기대", "[앵커]", "설 대목을 앞둔 시장 분위기는 어떨까요.", handoff, "[리포트]", "시장 골목이 손님들로 붐빕니다."]
    assert assign_roles(page)[3] == "byline"


def test_a_portals_labels_and_translation_note_are_chrome():
    page = ["PICK 안내", HEADLINE, "번역 The copyright belongs to the original writer of the content", LEAD, BODY]
    assert assign_roles(page)[:3] == ["boilerplate", "headline", "boilerplate"]


def test_near_the_new_page_rules_ordinary_lines_keep_their_roles():
    assert paragraph_role("◀ | 1 | 2 | 3 | 4 | 5 | ▶") == "boilerplate"  # a page's numbers, no table
    assert assign_roles([HEADLINE, LEAD, "지역경제·관광", BODY, "민생경제·복지", BODY])[2:5:2] == ["subheadline"] * 2  # no site's name
    script = ["가람장터 불 10곳 탔다", "[앵커]", "밤사이 시장에서 불이 났습니다.", "취재기자가 현장을 둘러봤습니다.", "[리포트]", "점포 10곳이 탔습니다."]
    assert assign_roles(script)[3] != "byline"  # a kind of reporter, no name
    assert assign_roles([HEADLINE, LEAD, "아버지는 신문기자였습니다.", BODY])[2] == "body"
