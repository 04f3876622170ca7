"""Other articles' lists on a page: the heading of a list (``많이 본 뉴스``) and the headlines under it above
the article, a box of related headlines inside it, the tail of chrome that begins at a list's heading or
a copyright line below it, and a page that is such a list and nothing else (a front page or a section's list)."""

from __future__ import annotations

import re

from pipeline.extract.byline_patterns import reporter_pattern
from pipeline.extract.page_lines import (CHROME, HEADING_BRACKETS, MAX_SUBHEADLINE_CHARS, barred_menu, headline_question, list_heading, quotative_after_quote,
                                         reads_as_sentence)
from pipeline.lexicon import is_publisher, list_cues, quote_cues, role_cues, titles

RANK = re.compile(r"^\d{1,2}[.)]?\s")  # 1 태화강, 2. 반구천: a line of a ranking
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # ⓒ 2025 예시일보: the page's copyright line, not a photo's credit

EMAIL_SIGN = "@"
SIGNED_REACH = 2  # lines above the copyright where the reporter's signed line may stand (홍길동 기자 hong@… / 의견쓰기 / 저작권자 …)
MIN_CREDITED_HEADLINE_CHARS = 8  # before a reporter's credit on the line: a headline, not an outlet or a desk
MIN_RESUMED_SENTENCES = 2  # of the article below a related box, when other headlines follow its byline
MIN_LISTED_BELOW = 2  # tagged headlines above the copyright line that make a list of other articles (one may be the article's)
MAX_BOX_LINES = 6  # a related-articles box inside the article: its heading and a few headlines
MIN_BODY_SENTENCE_CHARS = 40  # a site's own short sentences above the article (구독하면 메인에서 바로 볼 수 있어요!) begin no body
MIN_NOTE_CHARS = 15  # a note of chrome is a sentence, a button a word or two
MAX_SUMMARY_LINES = 6  # a summary box's lines below its heading, its closing button included (본문 요약봇 / three sentences / note / 닫기)
MIN_LISTED_ENTRIES = 8  # lines crediting an outlet that make a page a list of other articles
MIN_LISTED_SHARE = 0.4  # of the page's lines outside its chrome (a section's list gives a line to a headline, one to its snippet)
ENTRY_STAMP_WORDS = 4  # words after an entry's outlet at most: 한국경제 | 신문A31면 2017.01.01. 오후 7:11


def tail_start(texts: list[str], roles: list[str]) -> int:
    """Where the page's tail of chrome begins: a heading of other articles' lists, or a copyright
    line after the article's body, past the reporter's box printed under it (the index past the end
    when there is none). The body is a paragraph that reads as a sentence: a headline that ends in a
    verb (``…이용객 늘었다``) is followed by the meta block's ``댓글 0``, which is no tail's heading, and a
    portal's short notices above the article (``선정한 기사입니다.``) are followed by its menus' list headings."""
    cues = role_cues()
    seen_body = False
    for index, (text, role) in enumerate(zip(texts, roles)):
        ranked = not text.isascii() or index + 1 < len(texts) and RANK.match(texts[index + 1]) is not None  # Most Viewed / 1 …
        if seen_body and list_heading(text) and ranked and _box_end(texts, roles, index) is None:
            return index
        glued = text.rsplit(". ", 1)[-1] if ". " in text else ""  # …할 수 있다. 많이 본 뉴스 / 1 …: the heading run into the last line
        if seen_body and glued and list_heading(glued) and index + 1 < len(texts) and RANK.match(texts[index + 1]):
            return index + 1
        if seen_body and role == CHROME and (cues.copyright_line.search(text) or cues.copyright_sign_line.match(text) and YEAR.search(text)):
            return _reporter_box_end(texts, roles, index + 1)  # also ⓒ 2025 예시일보: with its year, no photo's credit
        seen_body = seen_body or role == "body" and reads_as_sentence(text) and not headline_question(text) \
            and (len(text) >= MIN_BODY_SENTENCE_CHARS or role_cues().article_sentence.search(text) is not None)  # not …늘었다, …왜?, …볼 수 있어요!
    return len(texts)


def other_articles_only(texts: list[str], roles: list[str]) -> bool:
    """A page that lists other articles and holds none of its own, as a scraper saves a front page or a section's
    list: many of its lines outside the chrome are entries that credit an outlet at their end (``- 유승민 측 "…" 포토
    뉴시스``, ``- … 뉴스1 2017.01.01``), a good share of them, and no news sentence stands on a line of its own. A photo
    story's captions credit their agency at the end too (``… 즐기고 있다. 연합뉴스``), but its lead does not."""
    lines = [text for text, role in zip(texts, roles) if role != CHROME]
    credited = [_credits_an_outlet(text) for text in lines]
    own = any(not entry and role_cues().article_sentence.search(text) for text, entry in zip(lines, credited))  # …밝혔다.
    return not own and sum(credited) >= MIN_LISTED_ENTRIES and sum(credited) >= len(lines) * MIN_LISTED_SHARE


def _credits_an_outlet(text: str) -> bool:
    """Whether the line ends with an outlet's name after other words, the entry's stamps aside (``… 한국경제 신문A31면 201``:
    cut mid-date)."""
    words = text.split()
    for index in range(len(words) - 1, max(len(words) - 2 - ENTRY_STAMP_WORDS, 0), -1):
        if is_publisher(words[index]):
            return True
        if not role_cues().entry_stamp.fullmatch(words[index]):
            return False
    return False


def _reporter_box_end(texts: list[str], roles: list[str], start: int) -> int:
    """The end of the reporter's box a page prints under its copyright line (``기자 프로필`` / ``홍길동 기자`` /
    ``다른 기사 보기`` / ``hong@…``): past its last byline line within a few lines, its labels and the reporter's
    polite profile between (``… 이야기를 씁니다.``); ``start`` when there is none. A list's heading or a news
    sentence ends it."""
    end = start
    for index in range(start, min(len(texts), start + MAX_BOX_LINES)):
        text = texts[index]
        if roles[index] == "byline":
            end = index + 1
        elif list_heading(text) or reads_as_sentence(text) and (len(text) > MAX_SUBHEADLINE_CHARS or role_cues().article_sentence.search(text)):
            break
    return end


def reporter_box_labels(texts: list[str], roles: list[str], tail: int) -> list[int]:
    """The lines of the reporter's box above ``tail`` that name nobody (``기자 프로필``, ``다른 기사 보기``): chrome."""
    copyright = max((i for i in range(tail) if roles[i] == CHROME and role_cues().copyright_line.search(texts[i])), default=None)
    return [] if copyright is None else [i for i in range(copyright + 1, tail) if roles[i] != "byline"]


def reporter_box_in_tail(texts: list[str], roles: list[str], tail: int) -> list[int]:
    """The byline lines of the reporter's box under the copyright line, when the tail begins above that line
    (at a comment form): ``저작권자 © …`` / ``홍길동 기자`` / ``기자 프로필`` / ``e-mail: hong@…`` still names the reporter."""
    copyright = next((i for i in range(tail, len(texts)) if roles[i] in (CHROME, "byline") and _copyright(texts[i])), None)  # also ⓒ 2025 예시일보
    if copyright is None:
        return []
    signed = [copyright] if roles[copyright] == "byline" else []  # 홍길동 기자 hong@… 저작권자 © …: a byline run into the footer
    above = [] if signed else [i for i in range(max(tail, copyright - SIGNED_REACH), copyright) if _signed_line(texts[i], roles[i])][-1:]
    return above + signed + [i for i in range(copyright + 1, _reporter_box_end(texts, roles, copyright + 1)) if roles[i] == "byline"]


def _signed_line(text: str, role: str) -> bool:
    """``홍길동 기자 hong@example.kr`` right above the copyright line: a reporter and an e-mail, nothing before the name."""
    credit = reporter_pattern().match(text) if role == "byline" else None
    return credit is not None and EMAIL_SIGN in text[credit.end() :]


def related_boxes(texts: list[str], roles: list[str], tail: int) -> list[int]:
    """``관련기사`` / ``…`` / ``…`` inside the article: a list's heading and the headlines under it, followed by more of
    the article's sentences before the page's copyright line; chrome, but no tail."""
    found = []
    first = next((i for i, (text, role) in enumerate(zip(texts, roles)) if role == "body" and reads_as_sentence(text)), tail)
    for index in range(first + 1, tail):
        end = _box_end(texts, roles, index) if list_heading(texts[index]) else None
        marks = list_cues().section_marks  # ■ 시 "…" right above the article's next sentence, alone: its section title, no item
        titled = end - 1 if end and texts[end - 1].startswith(marks) and not texts[end - 2].startswith(marks) and end - 1 > index + 1 else end
        found += list(range(index, titled)) if titled is not None else []
    return found


def headlines_listed_below(texts: list[str], roles: list[str], tail: int) -> list[int]:
    """``[가람리그] 3R 프리뷰 - …`` / ``[나래컵] 한도윤 인터뷰 "…"`` right above the copyright line that starts the ``tail``, after
    the article's last sentence: other articles' headlines listed without a heading, each opened by its section's tag (two
    or more, none closed as a news sentence is); chrome."""
    end = tail
    while end > 0 and roles[end - 1] in (CHROME, "byline"):
        end -= 1  # the copyright line and the reporter's box under it, above the tail
    if not any(_copyright(texts[i]) for i in range(end, tail)):
        return []
    first = end
    while first > 0 and roles[first - 1] != CHROME and (tagged := role_cues().tagged_headline.match(texts[first - 1])) \
            and tagged.group("tag").strip() not in role_cues().article_line_tags and not role_cues().article_sentence.search(texts[first - 1]):
        first -= 1  # not [인터뷰] 한도윤 주민 "…", the article's own sound bite
    closed = first > 0 and roles[first - 1] == "body" and reads_as_sentence(texts[first - 1])  # the article's last sentence
    return list(range(first, end)) if closed and end - first >= MIN_LISTED_BELOW else []


def _box_end(texts: list[str], roles: list[str], heading: int) -> int | None:
    """Where the article goes on after a list's box at ``heading``: its next sentence of body text within a few lines,
    when only the article's lines (no other headline) lead from it to the page's copyright line; None when the
    heading opens the page's tail."""
    below = range(heading + 1, min(heading + 1 + MAX_BOX_LINES, len(texts)))
    resumed = next((i for i in below if roles[i] == "body" and reads_as_sentence(texts[i])), None)
    if resumed is not None and resumed - 1 > heading and roles[resumed - 1] == "body" and quotative_after_quote(texts[resumed - 1]) \
            and texts[resumed].startswith(tuple(quote_cues().marks)):
        resumed -= 1  # 서지우씨는 "…"며 / "…"고 말했다.: the speaker's second quote finishes the sentence begun above
    copyright = next((i for i in range(resumed or len(texts), len(texts)) if _copyright(texts[i])), None)
    if resumed is None or copyright is None:
        return None
    signed = next((i for i in range(resumed + 1, copyright) if roles[i] == "byline"
                   and not any(roles[j] == "body" and reads_as_sentence(texts[j]) for j in range(i + 1, copyright))), copyright)
    if sum(roles[i] == "body" and reads_as_sentence(texts[i]) for i in range(resumed, signed)) < MIN_RESUMED_SENTENCES:
        signed = copyright  # a listed article's snippet and its reporter (이 기자의 다른 기사 / … / 홍길동 기자): no article going on
    # headlines below the article's byline are the tail's, when the article goes on for sentences after the box
    next_list = next((i for i in range(resumed + 1, signed) if list_heading(texts[i])), signed)
    boxed = set(sidebar_boxes(texts, roles, len(texts)))  # a poll's options between the article's paragraphs
    if any(roles[i] == "subheadline" and i not in boxed and not role_cues().sentence_inside.search(texts[i])
           and not texts[i].startswith(list_cues().section_marks) and not _quote_alone(texts[i])  # not ◆ a section's title, nor
           for i in range(resumed, next_list)):  # a quote on its own line ("…믿어요"), the article's
        return None  # other articles' headlines and snippets in turn: a list of the page's tail (not a photo's caption, …있다.)
    sentences = [i for i in range(resumed, copyright) if roles[i] == "body" and reads_as_sentence(texts[i])]
    if sentences == [resumed] and not role_cues().article_sentence.search(texts[resumed]):
        return None  # 댓글운영규칙 / …삭제될 수 있습니다.: a site's notice alone, written politely, is no article going on
    return resumed


def _quote_alone(text: str) -> bool:
    marks = quote_cues().marks
    return len(text) > 2 and text[0] in marks and text[-1] in marks


def headlines_listed_above(texts: list[str], roles: list[str], lead: int) -> list[int]:
    """``이 시각 주요뉴스`` / ``[속보] …`` / ``…``: a heading of other articles' list above the article and the
    headline-like lines right under it, up to the next line of chrome; none of them is the article's. When the
    run reaches the article's own stamps (its byline, date or lead) with no menu between, its last line (and the
    bulleted subheadlines under it) is the article's headline."""
    found = []
    for index in range(lead):
        counter = role_cues().comment_counter.match(texts[index]) and "subheadline" not in roles[:index]
        if roles[index] != "byline" and list_heading(texts[index]) and not barred_menu(texts[index]) and not counter:
            # not 홍길동 기자 다른기사 보기, the byline, nor 최신기사 | 강릉 | 동해, the site's menu, nor 댓글 3 among
            # the stamps above the headline
            found.append(index)
            below = index + 1
            while below < lead and (roles[below] == "subheadline" or _entry_credit(roles, below) or _credited_headline(texts[below], roles[below])):
                below += 1
            run = list(range(index + 1, below))
            dated = role_cues().date_line.match(texts[below]) and "subheadline" not in roles[below + 1 : lead]  # not a title's
            if run and (below == lead or roles[below] in ("byline", "caption") or dated):
                headline = max((i for i in run if roles[i] == "subheadline" and not texts[i].startswith(tuple(list_cues().bullets))), default=below)
                while headline - 1 in run and texts[headline - 1] == texts[headline]:
                    headline -= 1  # the headline printed twice
                run = run[: headline - run[0]]
            found += run
    return found


def _credited_headline(text: str, role: str) -> bool:
    """``나래공항 국제선 여객 최대 / 박영희 기자``, ``… 김철수 기자 2024.04.01``: another article's headline with its
    credit on the same line, which reads as a byline."""
    credit = reporter_pattern().search(text) if role == "byline" else None
    before = text[: credit.start()].strip(" /|·-") if credit is not None else ""
    return len(before) >= MIN_CREDITED_HEADLINE_CHARS and not _outlet_and_desk(before)


def _outlet_and_desk(words: str) -> bool:
    """``가람일보 정치부``, ``가람일보 세종취재본부``: an outlet and its desk before a reporter, the article's own byline."""
    return bool(role_cues().outlet.match(words.split(" ")[0] + " ")) and all(
        word.endswith(titles().desk_endings) or role_cues().outlet.match(word + " ") or word.endswith(titles().desk_offices)
        for word in words.split(" "))


def _entry_credit(roles: list[str], index: int) -> bool:
    """``최신기사`` / ``…`` / ``홍길동 기자 2024.05.01`` / ``…`` / ``김철수 기자 2024.04.30``: a reporter's line that credits one
    headline of a list, the next headline under it and another such line two below, none the article's byline."""
    return roles[index] == "byline" and index + 2 < len(roles) and roles[index + 1] == "subheadline" and roles[index + 2] == "byline" \
        or index >= 2 and roles[index] == "byline" and roles[index - 1] == "subheadline" and roles[index - 2] == "byline" \
        and _entry_credit(roles, index - 2)


def sidebar_boxes(texts: list[str], roles: list[str], tail: int) -> list[int]:
    """``설문조사`` / ``… 어떻게 보십니까?`` / ``잘한 결정이다`` / ``투표하기``: a sidebar's heading and the short lines under
    it (past a note of chrome right under the heading), up to its closing button (a line of chrome) or the article's
    next sentence (``…했다.``, unless bulleted as a summary's are), a few lines at most: chrome, wherever the page
    prints the box. The lines under no such heading stay the article's subtitles."""
    found = []
    for index in range(tail):
        heading = texts[index].strip(HEADING_BRACKETS)
        if role_cues().summary_headings.match(heading) and (button := _closing_button(texts, roles, index + 1, min(tail, index + 1 + MAX_SUMMARY_LINES))):
            found += range(index, button + 1)  # 본문 요약봇 / 자동 추출 기술로 요약된 내용입니다. … / 닫기: the summary's sentences too
        elif any(p.search(heading) for p in role_cues().sidebar_headings):
            found += range(index, _box_bottom(texts, roles, index + 1, min(tail, index + 1 + MAX_BOX_LINES)))
    return found


def _closing_button(texts: list[str], roles: list[str], start: int, limit: int) -> int | None:
    """The line of a box's closing button (``닫기``) when it is the first line of chrome from ``start`` on, ``limit``
    excluded: a share layer's buttons (``공유하기`` / ``닫기``) below the article's lines close no summary above them."""
    chrome = next((i for i in range(start, limit) if roles[i] == CHROME and not _note(texts[i])), None)  # past the box's note
    return chrome if chrome is not None and texts[chrome].strip() in role_cues().box_closing_buttons else None


def _note(text: str) -> bool:
    """A line of chrome that reads as a sentence (a summary box's note on how it was made): a box's note, no button."""
    return len(text.strip()) >= MIN_NOTE_CHARS and text.rstrip().endswith(".")


def _box_bottom(texts: list[str], roles: list[str], start: int, limit: int) -> int:
    """Where a sidebar's box that starts at ``start`` ends, ``limit`` at most; a ranking's box (``1 태화강`` /
    ``2 반구천``) ends at its first line without a rank."""
    below, lines = start, 0
    ranked = start < limit and bool(RANK.match(texts[start]))
    while below < limit:
        text, role = texts[below], roles[below]
        if ranked and not RANK.match(text):
            break
        if role == CHROME and not lines and reads_as_sentence(text):
            below += 1  # 이 요약은 AI가 … 작성했습니다.: the box's note, not its button
            continue
        bulleted = text.startswith(tuple(list_cues().line_only_bullets))
        if role in (CHROME, "byline") or len(text) > MAX_SUBHEADLINE_CHARS or text.strip() in role_cues().section_names \
                or not bulleted and role_cues().article_sentence.search(text):
            break  # the page's chrome, a section's label (사회) above the article, or the article's sentence
        below, lines = below + 1, lines + 1
    return below


def _copyright(text: str) -> bool:
    """A copyright line, also the sign and the holder alone (``ⓒ (주)예시일보``)."""
    return bool(role_cues().copyright_line.search(text) or role_cues().copyright_sign_line.match(text))
