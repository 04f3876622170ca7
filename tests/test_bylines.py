"""Bylines in the forms Korean news sites print them (short lines written for the test)."""

from __future__ import annotations

import pytest

from pipeline.extract.bylines import is_byline, read_byline, reporters_in
from pipeline.stages.clean import clean
from pipeline.stages.ingest import ingest
from tests.conftest import article_from, record_of

BODY = "시는 12일 새 사업을 시작한다고 밝혔다. 사업은 내년까지 이어지며 주민 수백 명이 참여할 것으로 보인다."


def byline_of(text: str):
    byline = clean(ingest(article_from(text))).byline
    return None if byline is None else ([(r.name, r.email) for r in byline.reporters], byline.publisher)


@pytest.mark.parametrize(("text", "expected"), [
    # the dateline forms, at the start of the lead
    (f"(춘천=연합뉴스) 홍길동 기자 = {BODY}", ([("홍길동", None)], "연합뉴스")),
    (f"[강원일보] 홍길동 기자= {BODY}", ([("홍길동", None)], "강원일보")),
    (f"[예시뉴스/홍길동 기자]{BODY}", ([("홍길동", None)], "예시뉴스")),
    (f"[예시팩트 | 춘천=홍길동 기자] {BODY}", ([("홍길동", None)], "예시팩트")),
    (f"[춘천=홍길동기자] {BODY}", ([("홍길동", None)], None)),
    (f"[예시경제(춘천)=홍길동 기자]{BODY}", ([("홍길동", None)], "예시경제")),
    # an outlet the publishers' table knows before '=', spaced
    (f"[뉴데일리 = 홍길동 기자] {BODY}", ([("홍길동", None)], "뉴데일리")),
    # an outlet's name without brackets before its reporters and '='; a sentence naming an outlet's reporter is none
    (f"예시타임즈 홍길동 기자 = {BODY}", ([("홍길동", None)], "예시타임즈")),
    (f"예시강뉴스 독고준서·김철수 기자 = {BODY}", ([("독고준서", None), ("김철수", None)], "예시강뉴스")),
    # a reporter opening the lead, with no outlet or bracket, before '=' or a bar; an outlet before a bar; slashes around
    (f"홍길동 기자={BODY}", ([("홍길동", None)], None)),
    (f"홍길동 기자 | {BODY}", ([("홍길동", None)], None)),
    (f"예시타임즈 | 홍길동 기자 | {BODY}", ([("홍길동", None)], "예시타임즈")),
    (f"/예시타임즈 홍길동 기자/ {BODY}", ([("홍길동", None)], "예시타임즈")),
    (f"/홍길동 기자/ {BODY}", ([("홍길동", None)], None)),
    # a photo's own dateline in its caption, above the article's
    ("예시군 주민 설명회 열려\n[예시=뉴시스] 김철수 기자 = 군수가 설명회장에서 인사하고 있다.(사진=예시군 제공) 2025.03.04. "
     f"photo@newsis.com *재판매 및 DB 금지\n[예시=뉴시스] 홍길동 기자 = {BODY}", ([("홍길동", None)], "뉴시스")),
    # a dateline on a line of its own, an outlet before '=' rather than a place
    (f"예시 마을 축제\n[예시농업신문=홍길동 기자]\n{BODY}", ([("홍길동", None)], "예시농업신문")),
    # the dateline's reporter and an e-mail alone on a later line
    (f"(춘천=연합뉴스) 홍길동 기자 = {BODY}\nhong@yna.co.kr", ([("홍길동", "hong@yna.co.kr")], "연합뉴스")),
    # byline lines
    (f"{BODY}\n/이가람기자 lee@kyeongin.com", ([("이가람", "lee@kyeongin.com")], "경인일보")),
    (f"{BODY}\n홍길동 기자 hong@kbmaeil.com", ([("홍길동", "hong@kbmaeil.com")], "경북매일")),  # the paper's name today
    (f"{BODY}\n예시일보 지역부 홍길동 기자 |", ([("홍길동", None)], "예시일보")),
    (f"{BODY}\n경기/인천 / 홍길동 / 2024-03-05 10:20:11", ([("홍길동", None)], None)),
    (f"제목이 여기 있다\n홍길동 기자 | 승인 2024.03.05 10:20 | 댓글 0\n{BODY}", ([("홍길동", None)], None)),
    (f"제목이 여기 있다\n홍길동 기자입력 2024.03.05 10:20수정 2024.03.05 11:00\n{BODY}", ([("홍길동", None)], None)),  # glued by the scrape
    (f"제목이 여기 있다\n홍길동 기자등록 취소 요구\n{BODY}", None),  # a word after 기자, no stamp: no byline
    (f"{BODY}\n홍길동 기자 hong@example.kr", ([("홍길동", "hong@example.kr")], None)),
    (f"{BODY}\n홍길동·김철수 기자", ([("홍길동", None), ("김철수", None)], None)),
    (f"{BODY}\n예시일보/홍길동기자 hong@", ([("홍길동", "hong@")], "예시일보")),  # an e-mail the page cut, as printed
    # the forms of the Korea Press Foundation's byline tests (ntrust-worker), with invented names
    (f"{BODY}\n[홍길동 기자 / 김철수 기자]", ([("홍길동", None), ("김철수", None)], None)),
    (f"{BODY}\n가람=홍길동 기자 hong@", ([("홍길동", "hong@")], None)),
    (f"{BODY}\n글/홍길동기자 hong@kyeongin.com · 사진/김철수기자 kim@kyeongin.com", ([("홍길동", "hong@kyeongin.com")], "경인일보")),
    (f"{BODY}\n가람/홍길동 hong@kado.net", ([("홍길동", "hong@kado.net")], "강원도민일보")),
    (f"{BODY}\n홍길동 가람닷컴 기자 hong@example.kr", ([("홍길동", "hong@example.kr")], None)),
    (f"{BODY}\n홍길동 가람닷컴 문화팀 기자", ([("홍길동", None)], None)),
    (f"{BODY}\n홍길동 AI노믹스 기자 hong@example.kr", ([("홍길동", "hong@example.kr")], None)),
    (f"예시 마을 축제 열린다\n홍길동 발행일 2021-04-08 제9면\n{BODY}", ([("홍길동", None)], None)),
    # glued to the end of the last paragraph
    (f'{BODY} 그는 "좋다"고 말했다.홍길동 기자', ([("홍길동", None)], None)),
    (f'{BODY} 그는 "좋다"고 말했다.<춘천/홍길동>', ([("홍길동", None)], None)),
    (f'{BODY} 그는 "좋다"고 말했다. 홍길동 기자 |', ([("홍길동", None)], None)),
    (f'{BODY} 그는 "좋다"고 말했다. / hong@osen.co.kr', ([(None, "hong@osen.co.kr")], "OSEN")),
    (f"제목이 여기 있다\n{BODY}\n홍길동 기자가 보도합니다.", ([("홍길동", None)], None)),
    (f"제목이 여기 있다\n{BODY}\n홍길동 기자가 다녀왔습니다.", ([("홍길동", None)], None)),  # other words of a hand-off
    (f"제목이 여기 있다\n{BODY}\n홍길동 기자가 현장을 둘러봤습니다.", ([("홍길동", None)], None)),
    (f"제목이 여기 있다\n{BODY}\n지금까지 홍길동 기자였습니다.", ([("홍길동", None)], None)),
    (f"제목이 여기 있다\n{BODY}\n그 내용을 담당 기자가 알아봤습니다.", None),  # what kind of reporter, no name
    (f"제목이 여기 있다\n{BODY}\n이번 사건은 사회부 기자가 취재했습니다.", None),  # a desk
    (f"【예시경제 춘천=홍길동 기자】 {BODY}", ([("홍길동", None)], "예시경제")),
    # a name alone, bulleted, beside the date stamp of the page's article fields
    (f"예시군 주민 설명회 열어\n• 홍길동\n• 승인 2024.03.05 10:20\n{BODY}", ([("홍길동", None)], None)),
    # a name alone after the article; a broadcast anchor's introduction
    (f"{BODY}\n홍길동", ([("홍길동", None)], None)),
    (f"{BODY}\n예시방송 홍길동 기잡니다.", ([("홍길동", None)], "예시방송")),
    (f"{BODY}\nkbc 홍길동입니다.", ([("홍길동", None)], "kbc")),
    (f"{BODY}\n네트워크 현장, ABCS 가람민방 홍길동 기잡니다.", ([("홍길동", None)], "ABCS")),  # the Latin name, not its station
    (f"홍길동 기자입니다.\n{BODY}\nkbc 홍길동입니다.", ([("홍길동", None)], "kbc")),
    # a sign-off with the word for news after the broadcaster's name, apart or after Latin letters: the broadcaster
    (f"{BODY}\n가람비씨 뉴스 홍길동입니다.\nCopyright © Garam Broadcasting. All rights reserved.", ([("홍길동", None)], "가람비씨")),
    (f"{BODY}\nABC뉴스 홍길동입니다.", ([("홍길동", None)], "ABC")),
    # a transcript on one line signed off at its end
    (f"◀ANC▶ 올겨울 눈이 잦습니다 홍길동 기자입니다 ◀END▶ ◀VCR▶ {BODY} 눈은 계속됩니다 ABC뉴스 홍길동입니다", ([("홍길동", None)], "ABC")),
    (f"{BODY} 작업이 늦어질 수도 있습니다. KGB 한도윤입니다.\nCopyright © KGB. All rights reserved.", ([("한도윤", None)], "KGB")),
    (f"{BODY}\n예시연합방송 hong@example.kr", ([(None, "hong@example.kr")], "예시연합방송")),
    (f"[앵커]\n올해 예시군의 열 가지 소식을 홍길동 기자가 정리했습니다.\n{BODY}", ([("홍길동", None)], None)),
    # the name the page gives itself wins over the e-mail domain's table
    (f"{BODY}\n홍길동 기자 hong@yna.co.kr\n저작권자 © 예시일보 무단전재 및 재배포 금지", ([("홍길동", "hong@yna.co.kr")], "예시일보")),
    (f'{BODY} 그는 "좋다"고 말했다. 홍길동 기자 hong@example.kr', ([("홍길동", "hong@example.kr")], None)),
    # several reporters apart by spaces in a dateline, a job word between them, an outlet glued to Latin letters
    (f"[예시일보 홍길동 김철수 기자] {BODY}", ([("홍길동", None), ("김철수", None)], "예시일보")),
    (f"(춘천=연합뉴스) 홍길동 특파원 김철수 기자 = {BODY}", ([("홍길동", None), ("김철수", None)], "연합뉴스")),
    (f"(춘천=ABC통신 홍길동 기자) = {BODY}", ([("홍길동", None)], "ABC통신")),
    # a dateline after a summary printed in the lead's paragraph
    (f"예시 연구팀, 새 진단법 찾아내. 조절 과정의 모식도. [예시경제 홍길동 기자] {BODY}", ([("홍길동", None)], "예시경제")),
    # the dateline opening the first body paragraph, below a photo's description taken for the lead
    (f"{BODY} 주민 수백 명이 광장에 모여 개막을 축하했고 행사장 주변 도로는 한때 차량 통행이 통제되기도 했다.\n"
     f"(춘천=연합뉴스) 홍길동 기자 = {BODY}", ([("홍길동", None)], "연합뉴스")),
    # a transcript on one line: the anchor's part ends with the reporter's name
    (f"◀ANC▶ 올겨울 눈이 잦습니다 홍길동 기자입니다 ◀END▶ ◀VCR▶ {BODY}", ([("홍길동", None)], None)),
    # no byline but a photographer's address in a caption: the paper by its domain
    (f"▲ 주민들이 광장에서 행사를 즐기고 있다. /홍길동 기자 photo@kyeongin.com\n{BODY}", ([], "경인일보")),
    # no byline but an agency's dateline on a photo's caption run into the text: the agency; a credit is none
    (f"예시 행사 열려. 인사하는 홍길동 회장 (예시=연합뉴스) 김철수 기자 = 3일 행사장에서 홍길동 회장이 인사하고 있다. {BODY}",
     ([], "연합뉴스")),
    (f"{BODY}\n[사진=연합뉴스]", None),
    # a caption opening with an agency's whole dateline names that agency, known or not
    (f"가람시장 추석 대목\n![](https://img.example.kr/1.jpg)\n(가람=나래통신) 홍길동 기자 = 18일 시민들이 장을 보고 있다.\n{BODY}",
     ([], "나래통신")),
    # the publisher from the page's copyright line, in Korean before Latin words
    (f"{BODY}\n홍길동 기자\nCopyright © Example Broadcasting Company. All rights reserved.", ([("홍길동", None)], "Example Broadcasting Company")),
    (f"{BODY}\n홍길동 기자\nCopyright © 2024 GARAM ILBO Co., Ltd.", ([("홍길동", None)], "GARAM ILBO")),  # a company's suffix, no rights
    (f"{BODY}\n홍길동 기자\nCopyright © 2024 All Rights Reserved.", ([("홍길동", None)], None)),  # no holder named
    (f"{BODY}\n홍길동 기자\nⓒ가람日報", ([("홍길동", None)], "가람日報")),  # the holder in Hanja, as printed
    (f"{BODY}\n홍길동 기자\n저작권자 © 예시일보 무단전재 및 재배포 금지\nCopyright © Yesi Ilbo. All rights reserved.", ([("홍길동", None)], "예시일보")),
    (f"{BODY}\n홍길동 기자\n저작권자 © 예시일보 무단전재 및 재배포 금지", ([("홍길동", None)], "예시일보")),
    # the byline and the copyright on one line; an e-mail labelled on the next line
    (f"{BODY}\n홍길동 기자 hong@example.kr 저작권자 © 예시일보 무단전재 및 재배포 금지", ([("홍길동", "hong@example.kr")], "예시일보")),
    (f"{BODY}\n홍길동 기자\ne-mail: hong@example.kr", ([("홍길동", "hong@example.kr")], None)),
    (f"{BODY}\n홍길동 기자\n이메일 : hong@example.kr", ([("홍길동", "hong@example.kr")], None)),
    # a citizen reporter, and a section label of that name above the headline naming nobody
    (f"시민기자\n예시 마을 축제 열린다\n{BODY}\n홍길동 시민기자", ([("홍길동", None)], None)),
    # the writer credited beside the photographer, the reporter beside the camera: the writer, the reporter
    (f"예시 마을 축제 열린다\n글=홍길동 기자 / 사진=김철수 기자\n{BODY}", ([("홍길동", None)], None)),
    (f"{BODY}\n취재=홍길동 기자, 영상=김철수 기자", ([("홍길동", None)], None)),
    # credits written with a space; a label glued to the name; reporters on lines of their own; the sign alone
    (f"예시 마을 축제 열린다\n글 홍길동 · 사진 김철수 기자\n{BODY}", ([("홍길동", None)], None)),
    (f"{BODY}\n취재 홍길동 / 영상 김철수", ([("홍길동", None)], None)),
    (f"{BODY}\n취재 : 홍길동 / 영상취재 : 김철수", ([("홍길동", None)], None)),
    (f"{BODY}\n예시방송 홍길동입니다.", ([("홍길동", None)], "예시방송")),  # a broadcaster's sign-off without 뉴스
    (f"예시 마을 축제 열린다\n시민기자 김철수 | 등록일 2025-09-10 | 조회 236\n{BODY}", ([("김철수", None)], None)),
    (f"{BODY}\n글 홍길동 (예시대 도시계획학과 교수)", ([("홍길동", None)], None)),
    (f"예시 마을 축제 열린다\n기자명홍길동 기자\n{BODY}", ([("홍길동", None)], None)),
    (f"예시 마을 축제 열린다\nBy 홍길동\n{BODY}", ([("홍길동", None)], None)),  # an English credit
    # a name in Latin letters, as printed: after an English credit, before a job word
    ("Garam village opens a kitchen\nBy Han Do-yun\nVisitors can now taste porridge cooked by the divers.", ([("Han Do-yun", None)], None)),
    (f"예시 마을 텃밭 첫 수확\n• Tran Thi Mai 시민기자\n{BODY}", ([("Tran Thi Mai", None)], None)),
    # a name in Hanja after a slash, below a column; a two-syllable surname printed apart from the name
    (f"[가람칼럼] 강바람이 전하는 말\n{BODY}\n/韓道允 편집위원", ([("韓道允", None)], None)),
    (f"제목이 여기 있다\n{BODY}\n황보 윤 기자가 보도합니다.", ([("황보 윤", None)], None)),
    (f"{BODY}\nABC 뉴스 황보 윤입니다.", ([("황보 윤", None)], "ABC")),
    (f"{BODY}\n가람MBC뉴스 홍길동입니다.", ([("홍길동", None)], "가람MBC")),  # 뉴스 glued after the Latin part
    (f"{BODY}\n칼럼니스트 홍길동 gildong@example.com", ([("홍길동", "gildong@example.com")], None)),  # the job word first, with the e-mail
    # reporters' names apart by slashes before one job word, not a desk's
    (f"예시 마을 축제 열린다\n한도윤 / 박수린 / 탁이현 기자\n{BODY}", ([("한도윤", None), ("박수린", None), ("탁이현", None)], None)),
    (f"예시 마을 축제 열린다\n사회부 / 홍길동 기자\n{BODY}", ([("홍길동", None)], None)),
    (f"예시 마을 축제 열린다\n김태오 / 설빈 기자\n{BODY}", ([("김태오", None), ("설빈", None)], None)),  # a two-syllable name
    (f"{BODY}\n홍길동 사회부장 hong@example.kr", ([("홍길동", "hong@example.kr")], None)),  # a desk's head with an e-mail
    (f"{BODY} 홍길동 의료전문기자 hong@example.kr", ([("홍길동", "hong@example.kr")], None)),  # a beat, glued to the last sentence
    # a desk's head signing in the stamps' line
    (f"예시 마을 축제 열린다\n홍길동 경제부장 | 입력 2025.09.03 09:00 | 수정 2025.09.03 10:12\n{BODY}", ([("홍길동", None)], None)),
    # a region's tag before the reporter names no outlet; an opinion piece's writer under its headline
    (f"예시 마을 축제 열린다\n[순천] 홍길동 기자\n{BODY}", ([("홍길동", None)], None)),
    (f"예시 마을 축제 열린다\n[하늬] 홍길동 기자\n{BODY}", ([("홍길동", None)], None)),  # a region the lexicon does not know
    (f"예시 마을 축제 열린다\n[가람일보] 홍길동 기자\n{BODY}", ([("홍길동", None)], "가람일보")),
    (f"예시 마을 축제 열린다\n[지역취재본부] 홍길동·김철수 기자\n{BODY}", ([("홍길동", None), ("김철수", None)], None)),  # a desk
    (f"예시 마을 축제 열린다\n예시일보 황보윤 의료전문기자 =\n{BODY}", ([("황보윤", None)], "예시일보")),  # a beat glued to the job word
    (f"예시 마을 축제 열린다\n글홍길동 · 사진김철수\n{BODY}", ([("홍길동", None)], None)),  # the labels glued to the names
    (f"예시 마을 축제 열린다\n예시일보 사회부 차장 홍길동\n{BODY}", ([("홍길동", None)], "예시일보")),  # outlet, desk, rank, name
    (f"{BODY}\n홍길동 기자\nCopyright © 주식회사 예시일보. All rights reserved.", ([("홍길동", None)], "예시일보")),  # a company's mark
    (f"{BODY}\n홍길동 기자\nCopyright ⓒ (주)예시일보 All rights reserved", ([("홍길동", None)], "예시일보")),
    (f"{BODY}\n홍길동 기자\nⓒ (주)예시일보\n무단전재-재배포 금지", ([("홍길동", None)], "예시일보")),  # the sign and the company alone
    # the reporter stamped above the article, named again below it with a second reporter
    (f"예시 마을 축제 열린다\n입력 2024.05.02 17:30 | 기자명 홍길동\n{BODY}\n홍길동 기자 hong@example.kr\n김철수 기자 kim@example.kr",
     ([("홍길동", "hong@example.kr"), ("김철수", "kim@example.kr")], None)),
    (f"[기고] 예시호 수변은 시민의 정원이다\n홍길동 예시시의회 의원\n{BODY}", ([("홍길동", None)], None)),
    (f"[기고] 작은 도서관이 마을을 바꾼다\n홍길동 가람군립도서관장\n{BODY}", ([("홍길동", None)], None)),  # the title glued to its body
    (f"[가람칼럼] 골목 서점이 남긴 것\n홍길동 칼럼니스트\n{BODY}", ([("홍길동", None)], None)),  # an outlet's column, its columnist
    (f"[기고]\n예시의 미래를 묻는다\n홍길동 (가람대 교수)\n{BODY}", ([("홍길동", None)], None)),  # the title in parentheses
    # an agency's dateline on a photo's caption where a byline line signs the article: the reporter of the byline, the agency's paper
    (f"예시 축제 열린다\n{BODY}\n(가람=나래뉴스) 김철수 기자 = 관람객들이 그네를 타고 있다.\n{BODY}\n홍길동 통신원", ([("홍길동", None)], "나래뉴스")),
    # but over the article's first words, a dateline however its sentence ends, also with its reporter among others below
    (f"예시 귀농 늘어\n(가람=나래뉴스) 김철수 기자 = 가람시로 귀농하는 인구가 해마다 늘고 있다.\n{BODY}\n홍길동 기자", ([("김철수", None)], "나래뉴스")),
    (f"예시 축제 열린다\n{BODY}\n(가람=나래뉴스) 김철수 기자 = 관람객들이 그네를 타고 있다.\n{BODY}\n김철수 홍길동 기자", ([("김철수", None)], "나래뉴스")),
    (f"예시 축제 열린다\n(가람=나래뉴스) 홍길동 기자 = 관람객들이 그네를 타고 있다.\n{BODY}\n홍길동 기자", ([("홍길동", None)], "나래뉴스")),
    (f"예시 축제 열린다\n(가람=나래뉴스) 김철수 기자 = 시가 축제를 열었다. 관람객들이 그네를 타고 있다.\n{BODY}\n홍길동 기자",
     ([("김철수", None)], "나래뉴스")),  # a dateline over more than one sentence: the article's
    (f"[기고] 예시의 미래를 묻는다\n홍길동(가람대 교수)\n{BODY}", ([("홍길동", None)], None)),
    # the writer below an opinion piece, the title in angle brackets; the column's tag and a bar before the writer under the headline
    (f"[기고] 예시의 미래를 묻는다\n{BODY}\n홍길동 <가람대 교수>", ([("홍길동", None)], None)),
    (f"[기고] 예시의 미래를 묻는다\n{BODY}\n홍길동 〈가람대 교수〉", ([("홍길동", None)], None)),
    (f"예시의 미래를 묻는다\n기고 | 홍길동 예시시의회 의원\n{BODY}", ([("홍길동", None)], None)),
    (f"예시의 미래를 묻는다\n칼럼 | 홍길동 가람대 교수\n{BODY}", ([("홍길동", None)], None)),
    (f"[가람칼럼]\n원도심에 사람이 먼저다\n글 = 홍길동 가람대 사회학과 교수\n{BODY}", ([("홍길동", None)], None)),  # the writing credited
    # a name in Latin letters before any of the job words that end in 기자, with its e-mail
    (f"{BODY}\nAnna Weber 객원기자 anna@example.kr", ([("Anna Weber", "anna@example.kr")], None)),
    (f"{BODY}\nLe Van Minh 인턴기자", ([("Le Van Minh", None)], None)),
    # a bureau's head in one word after the outlet; a reporter's social account after the e-mail
    (f"예시 마을 축제 열린다\n{BODY}\n예시일보 동부본부장 홍길동", ([("홍길동", None)], "예시일보")),
    (f"{BODY}\n홍길동 기자 hong@example.kr 트위터 @hong_news", ([("홍길동", "hong@example.kr")], None)),
    (f"기획 > 해외통신원 리포트\n[해외통신원 리포트]\n예시시 자매도시의 옥상 양봉\n글·사진 홍길동 통신원\n{BODY}", ([("홍길동", None)], None)),  # a beat: no name
    # the reporter's box under the copyright line, with a polite profile between the name and the e-mail
    (f"{BODY}\n저작권자 © 예시일보 무단전재 및 재배포 금지\n홍길동 기자\n기자 프로필\n마을 사람들의 이야기를 씁니다.\nhong@example.kr\n"
     "다른 기사 보기", ([("홍길동", "hong@example.kr")], "예시일보")),
    # two reporters labelled at the top, named again with their e-mails at the end
    (f"예시 마을 축제 열린다\n기자명홍길동 기자\n기자명김철수 기자\n{BODY}\n홍길동 기자 hong@example.kr\n김철수 기자 kim@example.kr",
     ([("홍길동", "hong@example.kr"), ("김철수", "kim@example.kr")], None)),
    (f"{BODY}\n홍길동 기자 hong@example.kr\n김철수 기자 kim@example.kr",
     ([("홍길동", "hong@example.kr"), ("김철수", "kim@example.kr")], None)),
    (f"{BODY}\n홍길동 기자\n예시일보의 기사는 저작권법의 보호를 받습니다.\nⓒ 예시일보", ([("홍길동", None)], "예시일보")),
    # a citizen reporter with the job word first, after the credits' labels
    (f"{BODY}\n시민기자 홍길동", ([("홍길동", None)], None)),
    (f"{BODY}\n글·사진 군민기자 김철수", ([("김철수", None)], None)),
    (f"{BODY}\n김철수 군민기자", ([("김철수", None)], None)),
    (f"{BODY}\n글·사진 조합원기자 김철수", ([("김철수", None)], None)),  # a cooperative's newsletter, a village's and a guest reporter
    (f"{BODY}\n마을기자 김철수", ([("김철수", None)], None)),
    (f"{BODY}\n객원기자 김철수", ([("김철수", None)], None)),
    (f"{BODY}\n시민기자 양성", None),  # a course for citizen reporters names nobody
    (f"{BODY}\n주민기자 학교", None),
    (f"{BODY}\n객원기자 칼럼", None),
    (f"{BODY}\n청년기자 김철수", ([("김철수", None)], None)),
    (f"{BODY}\n취재·글 김철수", ([("김철수", None)], None)),  # the reporter who wrote it too
    (f"{BODY}\n김철수 뉴스1 기자", ([("김철수", None)], None)),  # an outlet with a digit between the name and the job word
    # the copyright's years before or after the holder
    (f"{BODY}\n홍길동 기자\nⓒ 2019-2025 예시인뉴스", ([("홍길동", None)], "예시인뉴스")),
    (f"{BODY}\n홍길동 기자\nⓒ 예시N 2025", ([("홍길동", None)], "예시N")),
    (f"{BODY}\n홍길동 기자\nCopyright © 2024 예시일보. All rights reserved.", ([("홍길동", None)], "예시일보")),
    # a byline line that runs into the copyright's sign and holder before its cue
    (f"{BODY}\n홍길동 기자 hong@example.kr ⓒ예시일보(www.example.kr), 무단전재 및 재배포 금지",
     ([("홍길동", "hong@example.kr")], "예시일보")),
    # two reporters in the dateline, their e-mails in the same order on a line of their own at the end
    (f"(전주=연합뉴스) 홍길동 김철수 기자 = {BODY}\nhong@yna.co.kr kim@yna.co.kr\n<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
     ([("홍길동", "hong@yna.co.kr"), ("김철수", "kim@yna.co.kr")], "연합뉴스")),
    # a hanja job word; a copyright's sign and holder with the site's address
    (f"{BODY}\n포항 홍길동 記者", ([("홍길동", None)], None)),
    (f"{BODY}\n홍길동 기자\nⓒ예시일보 - www.example.kr", ([("홍길동", None)], "예시일보")),
    # a broadcaster's Latin name with a digit in its sign-off; a holder of one Latin word
    (f"{BODY}\nA1뉴스 홍길동입니다.", ([("홍길동", None)], "A1")),
    (f"{BODY}\nABC 홍길동 기자 (hong@example.kr)\nCopyright © ABC. All rights reserved.", ([("홍길동", "hong@example.kr")], "ABC")),
    # a broadcast's credits: the one who reported, not the camera nor the editor
    (f"{BODY}\n취재 홍길동 / 촬영 김철수 / 편집 박영희", ([("홍길동", None)], None)),
    # the job word before the name, with the stamps or the e-mail after it
    (f"예시 축제 열린다\n기자 홍길동 | 등록 2024.05.02 10:20\n{BODY}", ([("홍길동", None)], None)),
    (f"{BODY}\n기자 홍길동 (hong@example.kr)", ([("홍길동", "hong@example.kr")], None)),
    # a column signed after a slash by a desk's head
    (f"[데스크칼럼] 예시의 봄\n{BODY}\n/홍길동 정치부장", ([("홍길동", None)], None)),
    # an interview's credits: who talked and who wrote it up, not the photographer
    (f"예시 군수에게 듣는다\n대담=홍길동 기자 / 정리=김철수 기자 / 사진=박영희 기자\n{BODY}", ([("홍길동", None), ("김철수", None)], None)),
    # the interviewer credited with a newsroom rank, not the job word; the photographer after a middle dot is no writer
    (f"예시 군수에게 듣는다\n대담=홍길동 편집국장 / 정리=김철수 기자\n{BODY}", ([("홍길동", None), ("김철수", None)], None)),
    (f"{BODY}\n정리=홍길동 기자·사진=김철수 기자", ([("홍길동", None)], None)),
    # three reporters apart by spaces alone on the byline line; a place before a reporter is none
    (f"{BODY}\n오세린 한재민 민가온 기자", ([("오세린", None), ("한재민", None), ("민가온", None)], None)),
    (f"{BODY}\n가람군 홍길동 기자", ([("홍길동", None)], None)),
    # a column's tag on a line of its own above the headline, also with the outlet's name in it: the name and title under
    # the headline are the writer's byline
    (f"[데스크칼럼]\n가람천은 누구의 것인가\n홍길동 사회부장\n{BODY}", ([("홍길동", None)], None)),
    (f"[가람일보 기고]\n가람천 재첩을 지키려면\n홍길동 가람대학교 환경공학과 교수\n{BODY}", ([("홍길동", None)], None)),
    # a broadcast's crew under the sign-off: the camera reporter and the graphics are no reporters
    (f"{BODY}\n가람방송 홍길동입니다.\n촬영기자:김철수/그래픽:박영희", ([("홍길동", None)], "가람방송")),
    # a name before the stamps past a bar; a content system's user or a desk there names no reporter
    (f"예시 축제 열린다\n홍길동 | 입력 2024.05.02 10:20\n{BODY}", ([("홍길동", None)], None)),
    (f"예시 축제 열린다\n관리자 입력 2024.05.02 10:20\n{BODY}", None),
    (f"예시 축제 열린다\n편집부 | 입력 2024.05.02 10:20\n{BODY}", None),
    # an outlet's name before the stamps is no reporter; a youth reporter with the job word first and a note after the name
    (f"예시신문 | 입력 2024.05.02 10:20\n{BODY}\n청소년기자 홍길동 (예시고 2학년)", ([("홍길동", None)], None)),
    # a resident reporter, before or after the job word, never the place he covers
    (f"{BODY}\n정선 주재기자 홍길동", ([("홍길동", None)], None)),
    (f"{BODY}\n홍길동 주재기자", ([("홍길동", None)], None)),
    # a senior writer's title
    (f"{BODY}\n홍길동 대기자 hong@example.kr", ([("홍길동", "hong@example.kr")], None)),
    # a desk's rank after the name, the desk apart from it
    (f"{BODY}\n홍길동 사회부 차장 hong@example.kr", ([("홍길동", "hong@example.kr")], None)),
    # a broadcaster's Latin name after its region on the byline line wins over the copyright's holder
    (f"{BODY}\n가람CBS 홍길동 기자\nCopyright © 가람노컷뉴스", ([("홍길동", None)], "가람CBS")),
    # the reporter's byline with a photo's credit after it, past a bar printed as ㅣ
    (f"{BODY}\n가람=홍길동 기자 hong@example.kr ㅣ 사진=김철수 기자", ([("홍길동", "hong@example.kr")], None)),
    # an opinion's writer in parentheses below it
    (f"[기고] 예시의 미래를 묻는다\n{BODY}\n(홍길동 가람대 지역개발학과 교수)", ([("홍길동", None)], None)),
    (f"[기고] 예시의 미래를 묻는다\n{BODY}\n- 홍길동 가람대 지역개발학과 교수", ([("홍길동", None)], None)),
    (f"[가람논단] 예시의 미래를 묻는다\n{BODY}\n/홍길동 가람대 지역개발학과 교수", ([("홍길동", None)], None)),  # after a slash
    (f"{BODY}\n/홍길동 가람대 지역개발학과 교수\n/김철수 나래대 행정학과 교수", None),  # no opinion piece: a list of people
    # a team's byline: its head's rank among the names, each reporter's desk before the name
    (f"{BODY}\n[기획취재팀] 홍길동 팀장, 김철수·박영희 기자", ([("홍길동", None), ("김철수", None), ("박영희", None)], None)),
    (f"{BODY}\n사회부 홍길동·경제부 김철수 기자", ([("홍길동", None), ("김철수", None)], None)),
    # a correspondent with the job word first, after his beat; a desk with the job word names nobody
    (f"예시 축제 열린다\n가람 통신원 홍길동\n{BODY}", ([("홍길동", None)], None)),
    (f"예시 축제 열린다\n편집국 기자 | 입력 2024.05.02 10:20\n{BODY}", None),
    # a headline about correspondents names none of them
    (f"가람군, 해외 통신원 위촉\n{BODY}", None),
    # a radio station's sign-off names the reporter and the outlet
    (f"{BODY}\n가람FM 홍길동입니다.\nCopyright © GARAM FM Broadcasting.", ([("홍길동", None)], "가람FM")),
    # a broadcaster's sign-off closing the last paragraph, before a crew's credit line
    (f"{BODY}\n시는 다음 달 점검에 나섭니다. 가람방송 홍길동입니다.\n영상취재 : 김철수", ([("홍길동", None)], "가람방송")),
    # a two-syllable surname printed apart in a Korean broadcaster's sign-off, on its line or closing the last paragraph
    (f"{BODY}\n바다방송 황보 윤입니다.", ([("황보 윤", None)], "바다방송")),
    (f"{BODY}\n가람FM 서문 소식입니다.", None),  # 서문, a surname that is also a noun: a programme
    (f"{BODY}\n행사 장소는 가람TV 서문 광장입니다.", None),
    (f"{BODY}\n시는 다음 달 점검에 나섭니다. 가람TV 뉴스 남궁 민입니다.\n영상취재 : 김철수", ([("남궁 민", None)], "가람TV")),
    # a cable station's news before the name; a local station's name before the reporter's polite sign-off
    (f"{BODY}\n가야케이블TV 뉴스 도하윤입니다.", ([("도하윤", None)], "가야케이블TV")),
    (f"{BODY}\n하늬민방 변지후 기잡니다.", ([("변지후", None)], "하늬민방")),
    # a station's programme announced is no sign-off
    (f"{BODY}\n가람FM 교통정보입니다.", None),
    (f"{BODY}\n가람FM 생활정보입니다.", None),
    (f"{BODY}\n가람TV 뉴스 앵커입니다.", None),
    # a dash line below an article that is no opinion piece, or among a list's dash lines, names no writer
    (f"{BODY}\n- 홍길동 가람대 지역개발학과 교수\n- 김철수 나래대 행정학과 교수", None),
    # a columnist signs with the job word and an e-mail after the piece
    (f"{BODY}\n한도윤 칼럼니스트 hdy@example.com\n[사진=가람방송]", ([("한도윤", "hdy@example.com")], None)),
])
def test_byline_forms(text, expected):
    assert byline_of(text) == expected


def test_an_interviews_credits_at_the_end_name_both_reporters_after_the_stamp_named_one():
    text = "[만나봅시다] 가람시장 한도윤\n탁연우 기자 | 승인 2025.03.04 10:00\n— 취임 소감은.\n주민과 함께 가겠습니다.\n대담=탁연우 기자 / 정리=서다온 기자"
    assert byline_of(text) == ([("탁연우", None), ("서다온", None)], None)


def test_a_photo_credit_is_not_a_byline():
    assert byline_of(f"12일 행사에 참석한 주민들. 사진=홍길동 기자\n{BODY}") is None


@pytest.mark.parametrize("heading", ["많이 본 뉴스", "많이 본 영상", "관련 영상", "인기 동영상"])
def test_reporters_in_other_articles_lists_are_not_the_byline(heading):
    text = f"{BODY}\n김철수 기자\n{heading}\n다른 기사의 제목이다 / 홍길동 기자"
    assert byline_of(text) == ([("김철수", None)], None)
    unsigned = f"가람시, 새 사업 시작\n{BODY}\n{heading}\n다른 기사의 제목이다 / 홍길동 기자\n또 다른 기사 / 정하늘 기자"
    assert byline_of(unsigned) is None


def test_a_subheading_opened_by_the_words_of_a_video_list_is_no_list_heading():
    text = f"가람시, 1인 방송실 열어\n{BODY}\n최신 영상 장비 갖춘 1인 방송실\n시는 누구나 쓸 수 있다고 밝혔다.\n김철수 기자"
    assert byline_of(text) == ([("김철수", None)], None)


def test_the_content_systems_placeholder_user_after_the_stamp_is_no_reporter():
    assert byline_of(f"입력 2025.05.19 15:22 | 기자명 관리자\n{BODY}") is None


@pytest.mark.parametrize("text", ["/이가람기자 lee@kyeongin.com", "홍길동 기자 hong@yna.co.kr", "홍길동·김철수 기자",
                                  "min365@yna.co.kr", "• 홍길동기자", "영남취재본부 홍길동 기자 hong@example.kr"])
def test_bylines(text):
    assert is_byline(text)


@pytest.mark.parametrize("text", ["■ 입소 대기자 1200명", "입주 대기자 한도윤씨", "가람TV 시청자입니다.", "강 시장 기자회견", "기자 간담회 | 입력 2024.05.02 10:20", "기자들이 모였다", "김 지사는 기자들과 만났다.", "전 가람일보 여행 담당 기자",
                                  "가람일보 출입 기자"])
def test_not_bylines(text):
    assert not is_byline(text)  # what a reporter covers (담당, 출입) is no reporter's name


def test_a_reporter_after_a_slash_at_the_end_of_the_last_paragraph_is_the_byline():
    text = (f"가람천 산책로 새로 열려\n가람시는 가람천 산책로 3㎞를 새로 열었다고 5일 밝혔다.\n{BODY} /윤태오 기자 yto@example.kr\n"
            "가람 축제 내달 개막한다\n저작권자 © 가람일보 무단전재 및 재배포 금지")
    assert byline_of(text)[0] == [("윤태오", "yto@example.kr")]


def test_a_reporters_beat_before_the_job_word_is_no_name():
    assert [r.name for r in reporters_in("홍길동 취재기자")] == ["홍길동"]


def test_a_reporter_printed_twice_and_glued_is_one_reporter():
    assert is_byline("• 조민국 기자조민국 기자")
    assert [r.name for r in reporters_in("• 조민국 기자조민국 기자")] == ["조민국"]
    assert not is_byline("조민국 기자회견에서 말했다")


def test_the_outlet_tagging_a_body_paragraph_below_a_caption_taken_for_the_lead():
    texts = ["예시군과 예시방송이 협약을 맺었다. 왼쪽부터 홍길동 대표, 김철수 군수.", f"[예시일보] {BODY}", "/ 박영희기자"]
    byline = read_byline(texts, ["lead", "body", "byline"])
    assert (byline.reporters[0].name, byline.publisher) == ("박영희", "예시일보")


def test_a_photos_caption_run_into_the_leads_dateline_leaves_the_paragraph_the_lead():
    record = record_of("재생시간02:32\n▲ 한도윤 가람시장[가람뉴스=박영희 기자] 한도윤 가람시장이 예산을 늘리겠다고 12일 밝혔다.\n시는 예산안을 냈다.")
    assert record["paragraphs"][1]["role"] == "lead"
    assert [r["name"] for r in record["byline"]["reporters"]] == ["박영희"] and record["byline"]["publisher"] == "가람뉴스"


def test_an_agency_dateline_on_a_byline_line_of_its_own_names_the_publisher():
    byline = record_of("가람시가 예산을 늘렸다.\n\n(부산=연합뉴스) 홍길동 기자")["byline"]
    assert [r["name"] for r in byline["reporters"]] == ["홍길동"] and byline["publisher"] == "연합뉴스"


@pytest.mark.parametrize("line", ["Copyright by 가람일보 All rights reserved", "Copyrights ⓒ 가람일보 & garam.co.kr, All rights reserved"])
def test_copyright_lines_written_with_by_or_in_the_plural_name_the_publisher(line):
    assert record_of(f"가람시가 예산을 늘렸다.\n\n홍길동 기자\n\n{line}")["byline"]["publisher"] == "가람일보"


def test_a_site_header_naming_the_reporter_is_a_byline():
    text = "가람시 예산 늘린다\n\n기자명 홍길동 입력 2023.05.12 14:30\n\n가람시가 예산을 늘렸다고 밝혔다. 시는 도로를 고친다."
    assert [r["name"] for r in record_of(text)["byline"]["reporters"]] == ["홍길동"]


def test_a_broadcasters_tag_before_a_transcripts_first_marker_names_the_publisher():
    text = "가람 물난리 속보\n[KBS 가람] [앵커]\n가람에 큰비가 내렸습니다.\n이어서 한도윤 기자가 보도합니다.\n[리포트]\n둑이 무너졌습니다."
    byline = record_of(text)["byline"]
    assert (byline["publisher"], [r["name"] for r in byline["reporters"]]) == ("KBS", ["한도윤"])
    assert record_of(text.replace("[KBS 가람] [앵커]", "[가람 소식] [앵커]"))["byline"]["publisher"] is None


def test_an_outlets_reporter_named_in_a_sentence_is_no_dateline():
    assert byline_of(f"예시타임즈 홍길동 기자가 현장을 취재했다. {BODY}") is None


@pytest.mark.parametrize("signed", ["윤태오(yto@example.kr)", "윤태오 yto@example.kr"])
def test_a_name_and_its_email_after_the_last_paragraph_are_the_byline(signed):
    text = f"가람천 산책로 새로 열려\n{BODY}\n{signed}\n많이 본 뉴스\n가람 축제 개막\n문의(info@example.kr)"
    assert byline_of(text)[0] == [("윤태오", "yto@example.kr")]


@pytest.mark.parametrize(("text", "expected"), [
    # a word before one name is as often a noun as a name: only three names or more apart by spaces are all reporters
    (f"{BODY}\n이주민 홍수민 기자", ([("홍수민", None)], None)),
    # names of two syllables between slashes stay reporters though a county has the same name
    (f"{BODY}\n한도윤 / 강진 기자", ([("한도윤", None), ("강진", None)], None)),
    # the writing's label and the photo's joined by a middle dot: the writer is the byline
    (f"{BODY}\n정리·사진=홍길동 기자", ([("홍길동", None)], None)),
])
def test_bylines_the_narrowed_rules_leave_alone(text, expected):
    assert byline_of(text) == expected


def test_reporters_apart_by_a_slash_before_the_stamps():
    assert byline_of(f"예시 축제 열린다\n정우석 / 윤가람 기자 | 입력 2025.09.16 19:40\n{BODY}") == ([("정우석", None), ("윤가람", None)], None)


def test_a_beat_or_section_before_a_slash_and_one_reporter_is_no_reporter():
    assert byline_of(f"예시 축제 열린다\n강릉 / 김도현 기자 | 입력 2025.09.16 19:40\n{BODY}") == ([("김도현", None)], None)


@pytest.mark.parametrize(("text", "expected"), [
    # reporters of several bureaus before one job word, each after the place filed from
    (f"{BODY}\n가람/오하린, 나래/한도준 기자 harin@example.kr", ([("오하린", "harin@example.kr"), ("한도준", None)], None)),
    # the outlet before its desk in a dateline's brackets is the publisher, not the desk with it
    (f"[하늬경제 영남취재본부 설가온 선임기자] {BODY}", ([("설가온", None)], "하늬경제")),
    # the writer who took the photos too, credited without a job word
    (f"{BODY}\n글·사진 하은별", ([("하은별", None)], None)),
    # the province in parentheses after the dateline's place; credits apart by a comma, a surname of two syllables apart
    (f"[나주(전남)=빛고을투데이 문성호 기자] {BODY}", ([("문성호", None)], "빛고을투데이")),
    (f"{BODY}\n취재 황보 윤, 촬영 남궁현", ([("황보 윤", None)], None)),
    # a citizen reporter's name with the site's member ID, alone above the stamp; a list of citizen reporters' posts is no byline
    (f"가람면 들녘의 가을\n설가온(gaonseol)\n등록 2025.10.14 17:05\n{BODY}\n시민기자 인기글\n가람천 자전거길을 달려봤습니다 - 노을빛",
     ([("설가온", None)], None)),
])
def test_byline_forms_of_bureaus_desks_and_member_ids(text, expected):
    assert byline_of(text) == expected


@pytest.mark.parametrize("line", ["보도자료(pdf)", "글·사진 가람군청"])
def test_a_files_name_or_a_bodys_credit_is_no_reporter(line):
    assert byline_of(f"{BODY}\n{line}") is None


@pytest.mark.parametrize(("text", "expected"), [
    (f"가람항 새 단장\n울릉 통신원 황보 민\n{BODY}", [("황보 민", None)]),
    (f"{BODY}\n황보 민 기자 hb@example.kr", [("황보 민", "hb@example.kr")]),
    (f"{BODY}\n남궁 민·김철수 기자", [("남궁 민", None), ("김철수", None)]),
    (f"[가람일보=선우 은 기자] {BODY}", [("선우 은", None)]),
    (f"가람항 새 단장\n대담=서문 결 기자 / 정리=이솔 기자\n{BODY}", [("서문 결", None), ("이솔", None)]),  # 서문, 동방 too
])
def test_a_two_syllable_surname_printed_apart_from_the_given_name_is_one_reporter(text, expected):
    assert byline_of(text)[0] == expected


@pytest.mark.parametrize("slogan", ["주민이 기자입니다", "누리꾼이 기자입니다"])
def test_a_slogan_that_calls_its_readers_reporters_names_no_reporter(slogan):
    assert byline_of(f"가람소식\n{slogan}\n\n{BODY}\n\n시민기자 한도윤") == ([("한도윤", None)], None)
    assert byline_of(f"{BODY}\n\n{slogan}") is None


@pytest.mark.parametrize("outlet", ["가람저널", "가람일보"])
def test_two_reporters_joined_by_a_middle_dot_in_a_bracketed_dateline(outlet):
    assert byline_of(f"[{outlet}=한도윤·박보람 기자] {BODY}") == ([("한도윤", None), ("박보람", None)], outlet)


def test_the_reporters_box_under_a_copyright_line_of_the_sign_and_a_year_after_a_list_of_other_articles():
    text = (f"예시 마을 축제 열린다\n{BODY}\n군은 다음 달 주민 설명회를 연다고 덧붙였다.\n공유 | 댓글 | 인쇄\n많이 본 뉴스\n"
            "가람항 크루즈 부두 착공…2027년 완공\n나래항 멸치 털이 체험 올해 첫 운영\nⓒ 2025 예시일보\n기자 프로필\n홍길동 기자\n"
            "마을 사람들의 이야기를 씁니다.\ne-mail: hong@example.kr\n다른 기사 보기")
    assert byline_of(text) == ([("홍길동", "hong@example.kr")], "예시일보")
    roles = [p["role"] for p in record_of(text)["paragraphs"]]
    assert roles[-6:] == ["boilerplate", "boilerplate", "byline", "boilerplate", "byline", "boilerplate"]


def test_a_public_bodys_head_under_a_head_shot_is_no_byline():
    text = ("농어촌공사, 가뭄 대비 저수지 점검\n한국농어촌공사 전남지역본부는 12일 저수지를 점검했다고 밝혔다.\n"
            "한국농어촌공사 전남지역본부장 박하람\n박하람 본부장은 \"물 부족이 없도록 하겠다\"고 말했다.\n김서연 기자 seoyeon@example.kr")
    assert byline_of(text)[0] == [("김서연", "seoyeon@example.kr")]


@pytest.mark.parametrize(("link", "name"), [("한보람 기자 다른기사 보기", "한보람"), ("서문 결 기자의 다른 기사 더보기", "서문 결")])
def test_a_page_signed_only_in_the_link_to_its_reporters_other_articles_names_that_reporter(link, name):
    text = f"가람시, 새 사업 시작\n{BODY}\n저작권자 © 솔바다뉴스 무단전재 및 재배포 금지\n{link}"
    assert byline_of(text) == ([(name, None)], "솔바다뉴스")
    signed = f"가람시, 새 사업 시작\n{BODY}\n김철수 기자\n저작권자 © 솔바다뉴스 무단전재 및 재배포 금지\n{link}"
    assert byline_of(signed) == ([("김철수", None)], "솔바다뉴스")  # the signature wins


def test_a_lead_run_into_its_photos_caption_keeps_its_dateline():
    text = f"가람 덕장 과메기 손질 한창\n▲ 가람읍 덕장에 걸린 꽁치(가람=솔바다통신) 한보람 기자 = {BODY}\n{BODY}"
    assert byline_of(text) == ([("한보람", None)], "솔바다통신")
    assert [p.role for p in clean(ingest(article_from(text))).paragraphs][:2] == ["headline", "lead"]


def test_near_the_link_and_caption_dateline_rules_no_reporter_is_read_from_common_words():
    assert byline_of(f"가람시, 새 사업 시작\n{BODY}\n해당 기자의 다른 기사 보기") is None
    assert byline_of(f"가람시, 새 사업 시작\n{BODY}\n김철수선임기자 다른기사 보기") == ([("김철수", None)], None)
    assert byline_of("가람언론인회 추모식\n가람언론인회는 고 한도윤(전 가람일보 기자)의 1주기 추모식을 열었다고 밝혔다.\n" + BODY) is None
