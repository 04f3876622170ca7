"""What one line of a scraped page is on its own: the role its words give it (:func:`paragraph_role`, cues
from ``roles.toml``) and the shapes the page's layout rules test (a sentence, a menu, a name alone, a heading
of other articles' list). Where the line stands is :mod:`pipeline.extract.page_roles`' business."""

from __future__ import annotations

import re

from pipeline.extract.byline_patterns import trailing_pattern
from pipeline.extract.bylines import is_byline
from pipeline.extract.writer_lines import credited_writer
from pipeline.lexicon import canonical_name, ends_speaker_title, list_cues, name_like, quote_cues, role_cues, titles
from pipeline.lexicon.patterns import AnyPattern

# Longer paragraphs are body text whatever they contain.
MAX_BYLINE_CHARS = 80
MAX_SUBHEADLINE_CHARS = 80
BAR = "|"
HANGUL_WORD = re.compile(r"[가-힣]{1,8}")
QUOTE_CLOSING_MARKS = ('"', "”", "’", "'")
MAX_BOILERPLATE_CHARS = 200
MAX_CAPTION_CHARS = 200
MAX_NAVIGATION_CHARS = 10  # a menu item or section label before the article: one short word
MAX_CHROME_SENTENCE_CHARS = 60  # chrome that reads as a sentence is short (삭제한 댓글은 되살릴 수 없어요.)
MIN_WRAPPED_CHARS = 25  # a line cut at a fixed width is longer than a subtitle
MIN_MENU_WORDS = 4
MIN_BARRED_PARTS = 3  # 최신순 | 추천순 | 답글순: short names between bars, three or more
NAME_TAG = re.compile(r"([가-힣]{2,4})/([가-힣0-9]+(?: [가-힣0-9]+){1,4})")  # 정필순/수안보 상인
MIN_MENU_SHARE = 0.5  # of a line's words that name news sections
MENU_JOINTS = re.compile(r"[&·/|]")  # 정치&정책, IT·과학
MIN_TABLE_CELLS = 3
SITE_MENU_JOINTS = re.compile(r"[\s&·/|│]+")  # 가람뉴스 HOME | 김포 | 강화, 주간가람 | 보은·옥천: a site and its menu
MENU_BARS = re.compile(r"\s[|│]\s")  # 채널 안내 | 편성표: the bars between a menu's names
CRUMB_MARKS = re.compile(r"\s[|│/]\s")  # 지역 / 동부: a section and its part
MAX_MENU_PART_CHARS = 8
MIN_SITE_MENU_PARTS = 5  # 홈 | 단양 | 제천 | 문화관광 | 사람: a site's sections, not a row of buttons (공유 | 댓글 | 인쇄)
CHROME = "boilerplate"
HANGUL = re.compile("[\uac00-\ud7a3]")
SLASH_CREDIT = re.compile(r"\S\s?/\s?(?P<credit>[가-힣]{2,8})$")  # … 기념촬영/산청군
DOTTED_CREDIT = re.compile(r"[^\s.](\.)\s(?P<credit>[가-힣]{2,8})$")  # 가람시청 청사 전경. 가람시
HEADING_BRACKETS = "[]【】<>〈〉 "  # [많이 본 뉴스]: a heading printed in brackets
EXCLAMATION = "!"
CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")
PUNCTUATED = re.compile(r"[.?!。…][\"'”’)\]」』>]*$")  # a sentence that ends with its punctuation


def paragraph_role(text: str) -> str:
    """The role a paragraph has on its own, before its neighbours are considered."""
    cues = role_cues()
    if section_crumb(text) or cues.release_source_note.match(text) or cues.site_notice.match(text) or cues.translation_note.search(text):
        return CHROME  # 지역 / 동부, [자료제공=예시군]: not a caption's credit (…기념촬영/산청군); a notice to readers
    if _name_tag(text):
        return "caption"
    if credited_writer(text):
        return "byline"  # 글 = 권민수 가람대 교수
    copyright = cues.copyright_line.search(text)
    if len(text) <= MAX_CAPTION_CHARS and (cues.image.match(text) or any(map(cues.any_caption.search, cues.photo_descriptions(text)))
                                           or _credited_to_a_known_name(text)) and not copyright \
            and not (cues.writer_credit.match(text) and is_byline(text)) and not _signed_before_credit(text):  # 글=홍길동 기자 / 사진=김철수 기자
        return "caption"
    if cues.any_byline_lookalike.search(text):
        return CHROME  # 한도윤 특파원 구독하기, 기자명 관리자: buttons and placeholders, no byline
    signed = text[: _footer_start(text, copyright)].strip() if copyright else ""  # 홍길동 기자 a@b.kr 저작권자 © …: a byline before the footer
    if (len(text) <= MAX_BYLINE_CHARS and is_byline(text) or signed and len(signed) <= MAX_BYLINE_CHARS and is_byline(signed)) \
            and not cues.crew_credit.match(text):  # 촬영기자:배준호/그래픽:하윤서: a crew's credit, no writer
        return "byline"
    # A long sentence, or one closed as news sentences are, is the article's even when it names a cue (… 만족도
    # 조사 결과 …, … 연락처 등 …, 정보를 공유하기 위해 …했다.).
    sentence = (len(text) > MAX_CHROME_SENTENCE_CHARS and PUNCTUATED.search(text) or cues.article_sentence.search(text)) \
        and not copyright
    unbulleted = text.lstrip("".join(list_cues().line_only_bullets) + " ")  # • 구글 플러스: a button in a list
    if len(text) <= MAX_BOILERPLATE_CHARS and not sentence and _found_in(cues.any_chrome, text, unbulleted):
        return CHROME
    if _table_row(text):
        return "body"  # 가람군 전체 | 3,810 | 3,420 | -10.2%: a row of the article's table, no menu
    if not sentence and (barred_menu(text) or _chrome_parts(text) or _buttons_only(text) or _site_and_menu(text) or _buttons_glued(text)):
        return CHROME  # 공유 | 인쇄, 로그인 | 회원가입, 기사 공유하기 | 글자 크기 조절: a page's buttons joined by bars, wherever they stand
    if len(text) <= MAX_NAVIGATION_CHARS * 2 and not HANGUL.search(text) and not text[:1].isdigit():
        return CHROME  # a code, a button or a letter without a word of Korean (X, G03-8236672469)
    said = text[: found.start()] if (found := trailing_pattern().search(text) or cues.trailing_photo_credit.search(text)) else text  # …말했다.홍길동 기자
    said = cues.beside_photo_mark.sub("", said)  # …를 열었다.<사진>
    if text.startswith(list_cues().section_marks) and len(text) <= MAX_SUBHEADLINE_CHARS and (not said.endswith((".", ",", "!")) or asks(said)) \
            and ". " not in said and not quote_left_open(said):
        return "subheadline"  # ◆ 밤 11시까지 골목 상점 문 연다, ◆ 앞으로 목표는?, ◆ 꾸린 계기는.: a section's title however it is worded
    if len(text) > MAX_SUBHEADLINE_CHARS or cues.sentence_end.search(said) or said.endswith(",") or quote_left_open(said) \
            or quotative_after_quote(said):
        return "body"  # a line that ends in a comma, inside a quote or on a quote's quotative (…”이라며), goes on in the next one
    return "subheadline"


def asks(text: str) -> bool:
    """``◆ 협동조합을 꾸린 계기는.``, ``◆ 어려운 점은 없나.``, ``◆ 지금은 어떻게 운영하나.``: an interview's question closed by a
    full stop, on a topic left open, a question's verb, or a question's ending after a word that asks (not ``◆ 최연소는 김하나.``)."""
    cues = role_cues()
    if not text.endswith("."):
        return False
    asked = any(word.startswith(cues.question_words) for word in text.split())
    return text[:-1].endswith(cues.marked_question_endings) or asked and text[:-1].endswith(cues.question_endings)


def _signed_before_credit(text: str) -> bool:
    """``가람=홍길동 기자 hong@… ㅣ 사진=김철수 기자``: the reporter's byline, a photo's credit after it (not a graphic
    designer's, ``홍길동 디자인기자 /사진=…``)."""
    credit = role_cues().other_credit.search(text)
    signed = text[: credit.start()].strip(role_cues().credit_joints) if credit else ""
    return bool(signed) and not any(label in signed for label in titles().credit_labels) and is_byline(signed)  # not 홍길동 디자인기자


def _footer_start(text: str, copyright: re.Match[str]) -> int:
    """Where a line's copyright footer starts: at its cue (``무단전재``) or at the holder before it
    (``ⓒ예시일보(www.…), 무단전재 …``)."""
    holder = role_cues().holder.search(text, 0, copyright.start())
    return holder.start() if holder else copyright.start()


def quotative_after_quote(text: str) -> bool:
    """``어머니는 “…집행유예뿐”이라며``: a closed quote and only its quotative after it, the sentence going on below."""
    closing = max(text.rfind(mark) for mark in QUOTE_CLOSING_MARKS)
    return 0 < closing < len(text) - 1 and text[closing + 1 :] in quote_cues().utterance_joints


def quote_left_open(text: str) -> bool:
    """Whether a double quote opened in the line is still open at its end (``관계자는 "… 태우지 말고``): a quote
    broken off by the scraper's line, to be closed below."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def reads_as_sentence(text: str) -> bool:
    """Long, or closed by a full stop: the lead, where a headline that ends in a verb (주민 의견 듣는다,
    김철수 "말도 안 된다") is neither, nor one whose last quote closes on its own question mark after a name
    or a phrase (… 기자들 "재정 대책은?"): that mark closes the quote, not a sentence; nor a short line that
    exclaims (… 회원 탄생!, … 시간을 가지다!), as headlines do and news sentences do not, unless it calls on
    those it speaks to (존경하는 군민 여러분!: a speech's first sentence). The paper's mark of a photo beside it is no part of it."""
    if len(text) > MAX_SUBHEADLINE_CHARS:
        return True
    text = role_cues().beside_photo_mark.sub("", text)  # …를 열었다.<사진>
    found = PUNCTUATED.search(text)
    if found is None or text[found.start()] == EXCLAMATION and not text[: found.start()].endswith(role_cues().address_words):
        return False
    closers = text[found.start() + 1 :]
    quoted = closers and closers[0] in role_cues().closing_marks
    opening = max(text.rfind(mark, 0, found.start()) for mark in role_cues().opening_marks) if quoted else -1
    return not (opening > 0 and text[:opening].strip())


def headline_question(text: str) -> bool:
    """``예천 곤충축제 관람객 "기대 이하" 지적 왜?``: a short line asking a question, as headlines do."""
    return len(text) <= MAX_SUBHEADLINE_CHARS and text.rstrip("\"'”’)]").endswith("?")


def list_heading(text: str) -> bool:
    """A heading of other articles' list (``많이 본 뉴스``, ``[이 시각 헤드라인]``); never a sentence, which the
    article's own words can open alike (``분야별 주요 과제는 다음과 같다.``), but for a question put to the reader
    (``이런 글은 어떠세요?``)."""
    if role_cues().offers_posts.match(text.strip(HEADING_BRACKETS)):
        return True
    return len(text) <= MAX_SUBHEADLINE_CHARS and not reads_as_sentence(text) and _found_in(role_cues().any_tail_heading, text, text.strip(HEADING_BRACKETS))


def _found_in(patterns: AnyPattern, text: str, bare: str) -> bool:
    """Whether any of ``patterns`` is found in ``text`` or in its ``bare`` form (bullet or brackets taken off);
    the bare form is searched only when it differs, which it mostly does not."""
    return patterns.search(text) or bare != text and patterns.search(bare)


def without_bullet(text: str) -> str:
    return text.lstrip("".join(list_cues().line_only_bullets) + " ")


def _credited_to_a_known_name(text: str) -> bool:
    """``… 기념촬영/산청군``, ``가람시청 청사 전경. 가람시``: a description of several words credited after a slash,
    or after the full stop of a phrase that is no sentence, to a government or body the lexicon knows."""
    found = SLASH_CREDIT.search(text)
    if found is None and (dotted := DOTTED_CREDIT.search(text)) is not None and not role_cues().sentence_end.search(text[: dotted.start(1)]):
        found = dotted
    return found is not None and " " in text[: found.start()].strip() and _a_body(found.group("credit")) \
        and not text.startswith(tuple(list_cues().section_marks))  # ◆ 행사 장소. 가람재단: a section's title


def _a_body(name: str) -> bool:
    """A government or body the lexicon knows, or a name that ends as a body's and no common word's (``…소방본부``, ``…재단``;
    not ``…공사``, also a construction's, nor ``…센터``, also a place of a notice's line)."""
    endings = role_cues().credit_body_endings
    return canonical_name(name) is not None or any(name.endswith(ending) and len(name) > len(ending) for ending in endings)


def continued(text: str) -> bool:
    """A line that stops mid-sentence: long without a sentence's end, or ending in a comma, a
    particle or a connective (``… 의료기관인``, ``… 병원이``, ``… 규제 완화,``)."""
    if text.endswith(","):
        return True
    if reads_as_sentence(text) or role_cues().sentence_end.search(text):
        return False
    return len(text) >= MIN_WRAPPED_CHARS or text.endswith(role_cues().continued_endings)


def barred_menu(text: str) -> bool:
    """A site's menu or buttons joined by bars (``로그인 | 회원가입``, ``최신기사 | 강릉 | 동해``)."""
    return bool(MENU_BARS.search(text)) and menu_bar(text)


def _chrome_parts(text: str) -> bool:
    """Whether every part of a line joined by bars is chrome on its own (``기사 공유하기 | 글자 크기 조절``)."""
    parts = [part.strip() for part in MENU_BARS.split(text)]
    return len(parts) > 1 and all(part and role_cues().any_chrome.search(part) for part in parts)


def describes_photo(text: str) -> bool:
    """``◇ … 시제품을 살펴보고 있다.``, ``… 유튜브 채널 캡쳐``, ``… 한도윤 군수(왼쪽에서 세번째) 등이 참석했다.``: what a photo shows,
    in more than a word, told by a caption noun at its end (past an agency's resale notice), where someone stands in it, or a
    progressive ending after a caption's bullet (not a news sentence's ``…회복하고 있다.``)."""
    cues = role_cues()
    described = [text.strip("[]<> ") for text in cues.photo_descriptions(text.strip("[]<> "))]
    bulleted = text.startswith(tuple(list_cues().bullets))
    return " " in text.strip() and (paragraph_role(text) == "caption" or bool(cues.photo_position.search(text)) or any(
        bulleted and cues.progressive.search(each) or each.rstrip(". ").endswith(cues.caption_nouns) for each in described))


def _name_tag(text: str) -> bool:
    """``정필순/수안보 상인``, ``이상범/충주시 관광과장``: a broadcast's on-screen tag, a name, a bare slash and the person's role of
    several words ending in a title or a noun of people (not ``청주/충주 시내버스 노선 개편``, ``교육/문화 분야``)."""
    found = NAME_TAG.fullmatch(text)
    if found is None or not name_like(found.group(1)):
        return False
    last = found.group(2).split()[-1]
    return ends_speaker_title(last) or quote_cues().names_speakers(last)


def _buttons_only(text: str) -> bool:
    """``페이스북 트위터 카카오톡 공유하기 URL복사``: a row of sharing and account buttons apart by spaces only."""
    words, cues = text.split(), role_cues()
    return len(words) > 1 and all(word in cues.share_button_words or word in cues.button_words for word in words)


def _table_row(text: str) -> bool:
    """``구분 | 2022년 | 2023년 | 증감률``, ``가람군 | 3,810 | 3,420 | -10.2%``: three cells or more apart by bars, two of them
    figures (not page numbers alone), one worded, none of the worded ones a page's stamp or button."""
    cells = [cell.strip() for cell in MENU_BARS.split(text)]
    figures = [cell for cell in cells if any(character.isdigit() for character in cell)]
    worded = [cell for cell in cells if HANGUL.search(cell)]  # a figure alone may look like a counter of the page's
    pages = all(cell.isdigit() for cell in figures)  # ◀ | 1 | 2 | 3 ▶: a page's numbers, no table's figures
    return len(cells) >= MIN_TABLE_CELLS and len(figures) >= 2 and bool(worded) and not pages \
        and not any(role_cues().any_chrome.search(cell) for cell in worded)


def _site_and_menu(text: str) -> bool:
    """``가람뉴스 로그인 회원가입``, ``주간가람 | 보은·옥천``, ``가람신문 HOME | 김포 | 강화 | 기획``: a site's name (a word that ends
    like an outlet's or opens with how often it comes out), then only its menu: sections, buttons and the places it covers."""
    cues = role_cues()
    first, *rest = [word for word in SITE_MENU_JOINTS.split(text) if word] or [""]
    site = first.endswith(cues.site_name_endings) or first.startswith(tuple(cues.publication_frequencies)) and len(first) > 2
    names = cues.section_names | cues.button_words
    return site and len(rest) >= 2 and all(word in names or word.upper() in names or canonical_name(word) is not None for word in rest)


def _buttons_glued(text: str) -> bool:
    """``SNS 기사보내기페이스북(으)로 기사보내기트위터(으)로 기사보내기URL복사``: sharing buttons run together, no word of the
    article's left once they are taken out."""
    rest = text
    for word in sorted((*role_cues().share_button_words, *role_cues().button_words, *role_cues().glued_button_words), key=len, reverse=True):
        rest = rest.replace(word, " ")
    return rest != text and not HANGUL.search(rest)


def section_crumb(text: str) -> bool:
    """``지역 | 가람/하늬``, ``지역 / 동부``: a news section and the part of it the article is filed under, also after
    it (``가람 | 사회``: the region's desk, then the section)."""
    parts = CRUMB_MARKS.split(text)
    if len(parts) != 2:
        return False
    section, part = (parts[0], parts[1]) if parts[0] in role_cues().section_names else (parts[1], parts[0])
    return section in role_cues().section_names and 0 < len(part) <= MAX_MENU_PART_CHARS and not PUNCTUATED.search(part)


def crumb_of_the_menu(texts: list[str], roles: list[str], i: int) -> bool:
    """``단양 | 문화관광`` below the page's menu ``홈 | 단양 | 제천 | … | 문화관광``: a line of short parts joined by bars, one
    of them a name the site's own menu above it prints, is the section the article is filed under."""
    parts = [part.strip() for part in MENU_BARS.split(texts[i])]
    if len(parts) < 2 or not all(0 < len(part) <= MAX_MENU_PART_CHARS and " " not in part and not PUNCTUATED.search(part) for part in parts):
        return False  # 단양 | 철쭉제 개막, 인터뷰 | 김문근 단양군수: a title after its section
    menus = [j for j in range(i) if roles[j] == CHROME and len(MENU_BARS.split(texts[j])) >= MIN_SITE_MENU_PARTS]
    if not menus or any(roles[j] == "subheadline" and " " in texts[j] for j in range(menus[-1], i)):
        return False  # below the title under the menu: the article's own box (장소 | 단양), no crumb
    return any(part in {name.strip() for j in menus for name in MENU_BARS.split(texts[j])} for part in parts)


def region_and_city(text: str) -> bool:
    """``동해안 | 속초``: a region the lexicon knows and a city or county written short, apart by a bar: a section's label
    above the article (not a table's row inside it, ``서해 | 남해``, nor ``사업 | 예산``); also a station's news and the
    places it covers (``가람TV 뉴스 | 영월·정선``)."""
    parts = [part.strip() for part in text.split(BAR)]
    if len(parts) != 2:
        return False
    region, city = parts
    places = [place for place in re.split(r"[·,]\s*", city) if place]
    if region.endswith(role_cues().outlet_endings) and places:
        return all(canonical_name(place) is not None for place in places)  # 가람TV 뉴스 | 강원
    if not all(HANGUL_WORD.fullmatch(part) for part in parts):
        return False
    return canonical_name(region) is not None and canonical_name(city) not in (None, city)


def menu_bar(text: str) -> bool:
    """A site's menu on one line: several words, most of them news sections (``머니 산업 IT·과학
    정치&정책 사회 오피니언 라이프``), or a few words that all are (``정치 지역``, a section's label, or a page's
    buttons, ``로그인 | 회원가입``)."""
    words = [word for word in text.split() if MENU_JOINTS.sub("", word)]  # not the bars between them
    names = role_cues().section_names | role_cues().button_words
    sections = [word for word in words if any(part in names for part in MENU_JOINTS.split(word))]
    barred = [part.strip() for part in MENU_BARS.split(text)]  # 홈 | 해양 | 수산 | 항만: short names between bars
    short_parts = len(barred) >= MIN_BARRED_PARTS and all(0 < len(part) <= MAX_MENU_PART_CHARS and not PUNCTUATED.search(part) for part in barred)
    return len(sections) == len(words) > 0 or len(words) >= MIN_MENU_WORDS and len(sections) >= len(words) * MIN_MENU_SHARE or short_parts


def above_stamp(texts: list[str], i: int) -> bool:
    """Whether the line right below ``i`` is the article's stamp with its time (``예시방송 입력 : 2021.01.05 10:12``), not a
    sentence that gives a time and a count (``… 조회 수는 오후 6:00 기준 500건이다.``)."""
    below = texts[i + 1] if i + 1 < len(texts) else ""
    if not CLOCK_TIME.search(below) or role_cues().article_sentence.search(below):  # the cheaper test first: most lines have no time
        return False
    words = below.split()
    return any(word in words or below.startswith(word) for word in role_cues().stamp_words)
