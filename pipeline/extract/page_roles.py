"""The role of every paragraph: the article's headline, lead, subheadlines, body, captions and byline,
and the page chrome around them (``boilerplate``).

A paragraph first gets the role its own words give it (:func:`paragraph_role`, cues from
``roles.toml``). Then its place on the page decides:

- the **tail**: from a heading of other articles' lists (``많이 본 뉴스``) or a copyright line that
  follows the article's body, everything is chrome, even sentences and reporters' names;
- the **head**: before the first body paragraph, short words alone are menus, one title-like line is
  the headline (the one that prints the input's stated title, else the one a page prints twice,
  else the first) and the other title-like lines are subheadlines;
- the lead is the first body paragraph that reads as a sentence, or the one a dateline opens; below
  it, the last line and lines that stop mid-sentence are body (:func:`body_lines_below_lead`);
- photos' captions are told by their credits and place (:func:`photo_captions`), and the lines of a
  text cut at a fixed width are body, however they end (:func:`hard_wrapped`).
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.bylines import dateline_pattern, is_byline, trailing_pattern
from pipeline.lexicon import canonical_name, list_cues, quote_cues, role_cues, starts_with_surname, titles

# Longer paragraphs are body text whatever they contain.
MAX_BYLINE_CHARS = 80
MAX_SUBHEADLINE_CHARS = 80
MAX_BOILERPLATE_CHARS = 200
MAX_CAPTION_CHARS = 200
MAX_NAVIGATION_CHARS = 10  # a menu item or section label before the article: one short word
MAX_CHROME_SENTENCE_CHARS = 60  # chrome that reads as a sentence is short (삭제한 댓글은 되살릴 수 없어요.)
MIN_HEADLINE_CHARS = 6
MAX_PHOTO_TITLE_CHARS = 24
MIN_WRAPPED_CHARS = 25  # a line cut at a fixed width is longer than a subtitle
MIN_WRAPPED_LINES = 5
MIN_WRAPPED_SHARE = 0.35  # of the article's lines that stop mid-sentence
MAX_LONG_SHARE = 0.2  # of the article's lines that are paragraphs of their own (longer than a subtitle)
ARTICLE_LINES = ("body", "subheadline")
MIN_MENU_WORDS = 4
MIN_MENU_SHARE = 0.5  # of a line's words that name news sections
MENU_JOINTS = re.compile(r"[&·/|]")  # 정치&정책, IT·과학
MENU_BARS = re.compile(r"\s[|│]\s")  # 채널 안내 | 편성표: the bars between a menu's names
MAX_MENU_PART_CHARS = 8
MAX_MOTTO_CHARS = 20
MAX_BOX_LINES = 6  # a related-articles box inside the article: its heading and a few headlines
CHROME = "boilerplate"
HANGUL = re.compile("[\uac00-\ud7a3]")
NUMBERED = re.compile(r"^\d{1,2}\.\s")
MAX_TITLED_NAME_WORDS = 5  # 홍길동 | 예시공단 예시방송 | 본부장: a name, an affiliation of a few words and a title
SLASH_CREDIT = re.compile(r"\S\s?/\s?([가-힣]{2,8})$")  # … 기념촬영/산청군
HEADING_BRACKETS = "[]【】<>〈〉 "  # [많이 본 뉴스]: a heading printed in brackets
PUNCTUATED = re.compile(r"[.?!。…][\"'”’)\]」』>]*$")  # a sentence that ends with its punctuation


def assign_roles(texts: list[str], title: str | None = None) -> list[str]:
    roles = [paragraph_role(text) for text in texts]
    tail = tail_start(texts, roles)
    roles[tail:] = [CHROME] * (len(roles) - tail)
    for i in related_boxes(texts, roles, tail):
        roles[i] = CHROME
    for i in range(1, len(roles)):
        # A photo's title sits right above its bare credit: "부산경제진흥원 BIGS 개소" / "[… 제공]".
        if roles[i - 1] == "subheadline" and len(texts[i - 1]) <= MAX_PHOTO_TITLE_CHARS and role_cues().bare_credit.match(texts[i]):
            roles[i - 1] = "caption"
    for i in photo_captions(texts, roles) + credits_inside(texts, roles):
        roles[i] = "caption"
    wrapped = hard_wrapped(texts, roles)
    if wrapped:  # from the first line cut mid-sentence on, short lines are the body's, not subtitles
        first = next(i for i, (text, role) in enumerate(zip(texts, roles)) if role in ARTICLE_LINES and continued(text))
        roles = ["body" if role == "subheadline" and i >= first else role for i, role in enumerate(roles)]
    body = [i for i, role in enumerate(roles) if role == "body"]
    if not body:
        return roles
    lead = body[0] if wrapped else choose_lead(texts, body)
    for i in body:
        if i < lead:
            roles[i] = "subheadline"
    roles[lead] = "lead"
    head = [i for i in range(lead) if roles[i] == "subheadline"]
    for i in head:
        word = without_bullet(texts[i])  # • 사람들: a bulleted section label
        if " " not in word and len(word) <= MAX_NAVIGATION_CHARS and not role_cues().transcript_marker.match(word) or menu_bar(word):
            roles[i] = CHROME
    for i in headlines_listed_above(texts, roles, lead) + motto(texts, roles, lead):
        roles[i] = CHROME
    for i in closing_names(texts, roles) + stamped_names(texts, roles):
        roles[i] = "byline"
    for i in titles_after_the_end(texts, roles):
        roles[i] = CHROME
    for i in body_lines_below_lead(texts, roles, lead):
        roles[i] = "body"
    candidates = [i for i in head if roles[i] == "subheadline" and len(texts[i]) >= MIN_HEADLINE_CHARS
                  and not texts[i].startswith(list_cues().bullets) and not role_cues().transcript_marker.match(texts[i])]
    headline = choose_headline(texts, candidates, title)
    if headline is not None:
        roles[headline] = "headline"
    return roles


def menu_bar(text: str) -> bool:
    """A site's menu on one line: several words, most of them news sections (``머니 산업 IT·과학
    정치&정책 사회 오피니언 라이프``), or a few words that all are (``정치 지역``, a section's label, or a page's
    buttons, ``로그인 | 회원가입``)."""
    words = [word for word in text.split() if MENU_JOINTS.sub("", word)]  # not the bars between them
    names = role_cues().section_names | role_cues().button_words
    sections = [word for word in words if any(part in names for part in MENU_JOINTS.split(word))]
    barred = [part.strip() for part in MENU_BARS.split(text)]  # 홈 | 해양 | 수산 | 항만: short names between bars
    short_parts = len(barred) >= MIN_MENU_WORDS and all(0 < len(part) <= MAX_MENU_PART_CHARS and not PUNCTUATED.search(part) for part in barred)
    return len(sections) == len(words) > 0 or len(words) >= MIN_MENU_WORDS and len(sections) >= len(words) * MIN_MENU_SHARE or short_parts


def titles_after_the_end(texts: list[str], roles: list[str]) -> list[int]:
    """Title-like lines below the article's end: below a last paragraph that ends with its reporter's
    name (``…말했다. 홍길동 기자``), below a byline or chrome line that follows the last paragraph, or
    above a date stamp alone (an article list's title and date). The article does not go on after its
    end without a paragraph of text, so they are other articles' headlines and the page's labels."""
    last = max((i for i, role in enumerate(roles) if role in ("lead", "body")), default=None)
    if last is None:
        return []
    signed = bool(trailing_pattern().search(texts[last]))
    dated = [i + 1 < len(texts) and bool(role_cues().date_line.match(texts[i + 1])) for i in range(len(texts))]
    ended = [i for i in range(last + 1, len(roles))
             if signed or dated[i] or any(role in (CHROME, "byline") for role in roles[last + 1 : i])]
    return [i for i in ended if roles[i] == "subheadline"]


def body_lines_below_lead(texts: list[str], roles: list[str], lead: int) -> list[int]:
    """Title-like lines below the lead that are the body's: the article's last line (a subtitle heads
    text below it, and a scrape cut mid-sentence leaves one) and a line stopping on an ending no
    subtitle stops on, with the article going on in the next line (``…했지만`` / ``주민들은 …``)."""
    article = [i for i, role in enumerate(roles) if role in ("lead", *ARTICLE_LINES)]
    found = [i for i, j in zip(article, article[1:]) if i > lead and roles[i] == "subheadline"
             and j == i + 1 and texts[i].endswith(role_cues().unfinished_endings)]
    last = article[-1]
    return found + ([last] if last > lead and roles[last] == "subheadline" else [])


def choose_lead(texts: list[str], body: list[int]) -> int:
    """The first body paragraph that reads as a sentence (not a headline's short question); but a dateline (``【예시뉴스 춘천=홍길동 기자】
    …``) opens the lead, and the short lines before it are subtitles even when they end in a full stop."""
    dated = next((i for i in body if dateline_pattern().search(texts[i])), None)
    if dated is not None and all(len(texts[i]) <= MAX_SUBHEADLINE_CHARS for i in body if i < dated):
        return dated
    return next((i for i in body if reads_as_sentence(texts[i]) and not headline_question(texts[i])), body[0])


def hard_wrapped(texts: list[str], roles: list[str]) -> bool:
    """A text broken into lines of a fixed width (an archive's scan): most of the article's lines are
    long but end mid-sentence, so they are body text, not subtitles."""
    article = [text for text, role in zip(texts, roles) if role in ARTICLE_LINES]
    cut = [text for text in article if continued(text)]
    long = [text for text in article if len(text) > MAX_SUBHEADLINE_CHARS]
    return len(cut) >= MIN_WRAPPED_LINES and len(cut) >= len(article) * MIN_WRAPPED_SHARE and len(long) <= len(article) * MAX_LONG_SHARE


def continued(text: str) -> bool:
    """A line that stops mid-sentence: long without a sentence's end, or ending in a comma, a
    particle or a connective (``… 의료기관인``, ``… 병원이``, ``… 규제 완화,``)."""
    if text.endswith(","):
        return True
    if reads_as_sentence(text) or role_cues().sentence_end.search(text):
        return False
    return len(text) >= MIN_WRAPPED_CHARS or text.endswith(role_cues().continued_endings)


def choose_headline(texts: list[str], candidates: list[int], title: str | None) -> int | None:
    """The headline among the title-like lines before the lead.

    When the input states its title (a crawler's ``title``, a page's ``<title>``), the headline is the
    line that prints it, or there is none (a press release whose text starts below its title). Else it
    is the line the page prints twice, or the first.
    """
    if title:
        wanted = " ".join(title.split())
        return next((i for i in candidates if texts[i] == wanted or texts[i] in wanted or wanted in texts[i]), None)
    if not candidates:
        return None
    printed_twice = Counter(texts)
    return next((i for i in candidates if printed_twice[texts[i]] > 1), candidates[0])


def photo_captions(texts: list[str], roles: list[str]) -> list[int]:
    """Captions told by their place: a photo's description with a credit above the article's first
    sentence (``… 발언하고 있다. 연합뉴스``), one further down with a credit that names no reporter (a
    reporter's name there is the article's byline, ``…말했다. 홍길동 기자``), numbered lines right after a
    caption (a release's photos under ``사진 설명)``), a description that ends in a caption noun
    (``… 방송화면.``), a paragraph opened by ``▲`` above the lead, between paragraphs that are not list
    items (a list has several) or ending in a caption noun, and a name and title alone below the lead
    (``홍길동 위원장``, under a head shot)."""
    cues, reporter_words = role_cues(), titles().reporter
    credit = cues.credit
    captions, above_lead = [], True
    for i, (text, role) in enumerate(zip(texts, roles)):
        if role not in ("body", "subheadline") or len(text) > MAX_CAPTION_CHARS:
            above_lead = above_lead and not (role == "body" and reads_as_sentence(text))
            continue
        after_caption = i > 0 and (roles[i - 1] == "caption" or i - 1 in captions)
        if after_caption and NUMBERED.match(text):
            captions.append(i)  # 사진 설명) / 1. 나주시가 … 선정됐다. / 2. …: a release's photos, numbered
            continue
        found = next(filter(None, map(credit.search, cues.photo_descriptions(text))), None)
        lead_follows = "body" in roles[i + 1 :]
        credit_words = found.group("credit") if found else ""
        below = bool(found) and (found.group("progressive") or credit_words.endswith(cues.credit_words)) and not credit_words.endswith(reporter_words)
        credited = bool(found) and (above_lead and lead_follows or below)
        triangle = text.startswith(cues.caption_bullet) and (above_lead and lead_follows or _lone_triangle(texts, i)
                                                             or text.rstrip(".").endswith(cues.caption_nouns))  # ▲ … 질의하는 장면
        headshot = (not above_lead and role == "subheadline" or text.endswith(".")) and titled_name(text.removesuffix("."))
        if credited or triangle or headshot or cues.noun_caption.search(text):
            captions.append(i)
        elif role == "body" and reads_as_sentence(text):
            above_lead = False
    return captions


def credits_inside(texts: list[str], roles: list[str]) -> list[int]:
    """A photo's credit alone on its line (``ⓒ 예시군``) with the article's paragraphs after it: a caption,
    where after the article it would be the page's copyright line."""
    return [i for i, text in enumerate(texts) if roles[i] == CHROME and role_cues().mark_credit.match(text)
            and any(role in ("body", "subheadline") for role in roles[i + 1 :])]


def _credited_to_a_known_name(text: str) -> bool:
    """``… 기념촬영/산청군``: a description of several words credited after a slash to a government or
    body the lexicon knows."""
    found = SLASH_CREDIT.search(text)
    return found is not None and " " in text[: found.start()].strip() and canonical_name(found.group(1)) is not None


def titled_name(text: str) -> bool:
    """``홍길동 위원장``, ``홍길동 예시공단 예시방송 본부장``: a person's name, the words of an affiliation and a
    job title, nothing else (a head shot's caption; closed by a full stop, wherever it stands)."""
    words = text.split(" ")
    return 2 <= len(words) <= MAX_TITLED_NAME_WORDS and words[-1] in titles().job and is_name_alone(words[0])


def closing_names(texts: list[str], roles: list[str]) -> list[int]:
    """A reporter's name alone on the line after the article's last paragraph (``…라고 말했다.`` /
    ``홍길동``): the byline."""
    last = max((i for i, role in enumerate(roles) if role in ("lead", "body")), default=None)
    if last is None or last + 1 >= len(texts):
        return []
    return [last + 1] if is_name_alone(texts[last + 1]) and roles[last + 1] == "subheadline" else []


def stamped_names(texts: list[str], roles: list[str]) -> list[int]:
    """A name alone, bulleted or not, on the line next to the article's date stamp (``• 홍길동`` /
    ``• 승인 2018.02.14 23:02``): the byline, where a page prints its fields a line each. Three
    syllables only, so a section label beside the stamp (``• 정치``) is never taken for a name, nor is
    a field's label (``조회수``) or a line that is chrome on its own (``이전글``)."""
    cues = role_cues()
    stamps = {i for i, text in enumerate(texts) if cues.date_line.search(without_bullet(text))}
    return [i for i, text in enumerate(texts) if roles[i] in (CHROME, "subheadline") and {i - 1, i + 1} & stamps
            and len(name := without_bullet(text)) == 3 and is_name_alone(name) and name not in cues.section_names
            and not name.startswith(cues.stamp_words) and paragraph_role(text) != CHROME]


def without_bullet(text: str) -> str:
    return text.lstrip("".join(list_cues().line_only_bullets) + " ")


def is_name_alone(line: str) -> bool:
    """``홍길동``: a line that may be a person's name and nothing else (``공주시``, a place the lexicon
    knows, is not)."""
    return 2 <= len(line) <= 4 and line.isalnum() and not line.isascii() and starts_with_surname(line) and canonical_name(line) is None


def reads_as_sentence(text: str) -> bool:
    """Long, or closed by a full stop: the lead, where a headline that ends in a verb (주민 의견 듣는다,
    김철수 "말도 안 된다") is neither, nor one whose last quote closes on its own question mark after a name
    or a phrase (… 기자들 "재정 대책은?"): that mark closes the quote, not a sentence."""
    if len(text) > MAX_SUBHEADLINE_CHARS:
        return True
    found = PUNCTUATED.search(text)
    if found is None:
        return False
    closers = text[found.start() + 1 :]
    quoted = closers and closers[0] in role_cues().closing_marks
    opening = max(text.rfind(mark, 0, found.start()) for mark in role_cues().opening_marks) if quoted else -1
    return not (opening > 0 and text[:opening].strip())


def _lone_triangle(texts: list[str], i: int) -> bool:
    bullet = role_cues().caption_bullet
    others = [j for j, text in enumerate(texts) if text != texts[i]]  # a caption may be printed twice
    neighbours = [texts[j] for j in (max((j for j in others if j < i), default=None), min((j for j in others if j > i), default=None)) if j is not None]
    items = any(n.lstrip().startswith(list_cues().bullets) for n in neighbours)
    return texts[i].startswith(bullet) and texts[i].count(bullet) == 1 and not items


def paragraph_role(text: str) -> str:
    """The role a paragraph has on its own, before its neighbours are considered."""
    cues = role_cues()
    copyright = cues.copyright_line.search(text)
    if len(text) <= MAX_CAPTION_CHARS and (any(p.search(form) for form in cues.photo_descriptions(text) for p in cues.caption)
                                           or _credited_to_a_known_name(text)) and not copyright \
            and not (cues.writer_credit.match(text) and is_byline(text)):  # 글=홍길동 기자 / 사진=김철수 기자
        return "caption"
    signed = text[: copyright.start()].strip() if copyright else ""  # 홍길동 기자 a@b.kr 저작권자 © …: a byline before the footer
    if len(text) <= MAX_BYLINE_CHARS and is_byline(text) or signed and len(signed) <= MAX_BYLINE_CHARS and is_byline(signed):
        return "byline"
    # A long sentence, or one closed as news sentences are, is the article's even when it names a cue (… 만족도
    # 조사 결과 …, … 연락처 등 …, 정보를 공유하기 위해 …했다.).
    sentence = (len(text) > MAX_CHROME_SENTENCE_CHARS and PUNCTUATED.search(text) or cues.article_sentence.search(text)) \
        and not copyright
    unbulleted = text.lstrip("".join(list_cues().line_only_bullets) + " ")  # • 구글 플러스: a button in a list
    if len(text) <= MAX_BOILERPLATE_CHARS and not sentence and any(p.search(text) or p.search(unbulleted) for p in cues.chrome):
        return CHROME
    if len(text) <= MAX_NAVIGATION_CHARS * 2 and not HANGUL.search(text) and not text[:1].isdigit():
        return CHROME  # a code, a button or a letter without a word of Korean (X, G03-8236672469)
    said = text[: found.start()] if (found := trailing_pattern().search(text)) else text  # …말했다.홍길동 기자
    if len(text) > MAX_SUBHEADLINE_CHARS or cues.sentence_end.search(said) or said.endswith(","):
        return "body"  # a line that ends in a comma goes on in the next one
    return "subheadline"


def headlines_listed_above(texts: list[str], roles: list[str], lead: int) -> list[int]:
    """``이 시각 주요뉴스`` / ``[속보] …`` / ``…``: a heading of other articles' list above the article and the
    headline-like lines right under it, up to the next line of chrome; none of them is the article's. When the
    run reaches the article's own stamps (its byline, date or lead) with no menu between, its last line (and the
    bulleted subheadlines under it) is the article's headline."""
    found = []
    for index in range(lead):
        if roles[index] != "byline" and list_heading(texts[index]):  # not 홍길동 기자 다른기사 보기, the byline
            found.append(index)
            below = index + 1
            while below < lead and roles[below] == "subheadline":
                below += 1
            run = list(range(index + 1, below))
            dated = role_cues().date_line.match(texts[below]) and "subheadline" not in roles[below + 1 : lead]  # not a title's
            if run and (below == lead or roles[below] in ("byline", "caption") or dated):
                headline = max((i for i in run if not texts[i].startswith(tuple(list_cues().bullets))), default=below)
                while headline - 1 in run and texts[headline - 1] == texts[headline]:
                    headline -= 1  # the headline printed twice
                run = run[: headline - run[0]]
            found += run
    return found


def motto(texts: list[str], roles: list[str], lead: int) -> list[int]:
    """``너울신문`` / ``제주의 바람을 전합니다`` / ``뉴스 | 제주 | …``: a short line between the site's name and its menu
    at the top of the page is its motto, chrome; one above the article's own stamps (``입력 …``) is the headline."""
    if lead < 3 or roles[0] != CHROME or not role_cues().outlet.match(texts[0] + " ") or roles[1] != "subheadline" \
            or roles[2] != CHROME or role_cues().date_line.match(texts[2]):
        return []
    short = len(texts[1]) <= MAX_MOTTO_CHARS and not PUNCTUATED.search(texts[1]) and not any(m in texts[1] for m in quote_cues().marks)
    return [1] if short else []


def related_boxes(texts: list[str], roles: list[str], tail: int) -> list[int]:
    """``관련기사`` / ``…`` / ``…`` inside the article: a list's heading and the headlines under it, followed by more of
    the article's sentences before the page's copyright line; chrome, but no tail."""
    found = []
    first = next((i for i, (text, role) in enumerate(zip(texts, roles)) if role == "body" and reads_as_sentence(text)), tail)
    for index in range(first + 1, tail):
        end = _box_end(texts, roles, index) if list_heading(texts[index]) else None
        found += list(range(index, end)) if end is not None else []
    return found


def _box_end(texts: list[str], roles: list[str], heading: int) -> int | None:
    """Where the article goes on after a list's box at ``heading``: its next sentence of body text within a few lines,
    when only the article's lines (no other headline) lead from it to the page's copyright line; None when the
    heading opens the page's tail."""
    below = range(heading + 1, min(heading + 1 + MAX_BOX_LINES, len(texts)))
    resumed = next((i for i in below if roles[i] == "body" and reads_as_sentence(texts[i])), None)
    copyright = next((i for i in range(resumed or len(texts), len(texts)) if role_cues().copyright_line.search(texts[i])), None)
    if resumed is None or copyright is None or "subheadline" in roles[resumed:copyright]:
        return None  # other articles' headlines and snippets in turn: a list of the page's tail
    return resumed


def headline_question(text: str) -> bool:
    """``예천 곤충축제 관람객 "기대 이하" 지적 왜?``: a short line asking a question, as headlines do."""
    return len(text) <= MAX_SUBHEADLINE_CHARS and text.rstrip("\"'”’)]").endswith("?")


def list_heading(text: str) -> bool:
    """A heading of other articles' list (``많이 본 뉴스``, ``[이 시각 헤드라인]``)."""
    return len(text) <= MAX_SUBHEADLINE_CHARS and any(p.search(text) or p.search(text.strip(HEADING_BRACKETS)) for p in role_cues().tail_headings)


def tail_start(texts: list[str], roles: list[str]) -> int:
    """Where the page's tail of chrome begins: a heading of other articles' lists, or a copyright
    line after the article's body, past the reporter's box printed under it (the index past the end
    when there is none). The body is a paragraph that reads as a sentence: a headline that ends in a
    verb (``…이용객 늘었다``) is followed by the meta block's ``댓글 0``, which is no tail's heading."""
    cues = role_cues()
    seen_body = False
    for index, (text, role) in enumerate(zip(texts, roles)):
        if seen_body and list_heading(text) and _box_end(texts, roles, index) is None:
            return index
        if seen_body and role == CHROME and cues.copyright_line.search(text):
            after = index + 1
            while after < len(texts) and roles[after] == "byline":
                after += 1  # the reporter's box a page prints under its copyright line (홍길동 기자 / hong@…)
            return after
        seen_body = seen_body or role == "body" and reads_as_sentence(text) and not headline_question(text)  # not …늘었다, …왜?
    return len(texts)
