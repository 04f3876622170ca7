"""The role of every paragraph: the article's headline, lead, subheadlines, body, captions and byline,
and the page chrome around them (``boilerplate``).

A paragraph first gets the role its own words give it (:func:`pipeline.extract.page_lines.paragraph_role`,
cues from ``roles.toml``). Then its place on the page decides:

- the **tail**: from a heading of other articles' lists (``많이 본 뉴스``) or a copyright line that
  follows the article's body, everything is chrome, even sentences and reporters' names
  (:mod:`pipeline.extract.page_lists`, with the other articles' lists above and inside the article);
- the **head**: before the first body paragraph, short words alone are menus, one title-like line is
  the headline (the one that prints the input's stated title, else the one a page prints twice,
  else the first) and the other title-like lines are subheadlines;
- the lead is the first body paragraph that reads as a sentence, or the one a dateline opens; below
  it, the last line, lines that stop mid-sentence and a list's items are body (:mod:`pipeline.extract.page_body`);
- photos' captions are told by their credits and place (:mod:`pipeline.extract.page_captions`), and the lines of a
  text cut at a fixed width are body, however they end (:func:`hard_wrapped`).
"""

from __future__ import annotations

import re

from pipeline.extract.byline_patterns import dateline_pattern, inner_dateline_pattern, trailing_pattern
from pipeline.extract.bylines import name_with_email
from pipeline.extract.writer_lines import TITLE_IN_PARENTHESES, WRITER_DASHES, is_name_alone, titled_name, writer_after_mark
from pipeline.extract.page_body import ARTICLE_LINES, NUMBERED_ITEM, body_lines_below_lead, items_listed_below_lead
from pipeline.extract.page_captions import captions_printed_again, credits_inside, photo_captions
from pipeline.extract.page_headlines import (
    above_navigation, caption_under_title, choose_headline, column_writer, prompts_above_navigation, title_printed_apart,
)
from pipeline.extract.page_lines import (
    CHROME, CLOCK_TIME, HANGUL, MAX_NAVIGATION_CHARS, MAX_SUBHEADLINE_CHARS, PUNCTUATED, above_stamp, continued, headline_question,
    crumb_of_the_menu, menu_bar, paragraph_role, reads_as_sentence, region_and_city, without_bullet,
)
from pipeline.extract.page_lists import (
    headlines_listed_above, headlines_listed_below, other_articles_only, related_boxes, reporter_box_in_tail, reporter_box_labels, sidebar_boxes, tail_start,
)
from pipeline.lexicon import list_cues, quote_cues, role_cues

MIN_HEADLINE_CHARS = 6
MAX_PHOTO_TITLE_CHARS = 24
MIN_WRAPPED_LINES = 5
MIN_WRAPPED_SHARE = 0.35  # of the article's lines that stop mid-sentence
MAX_LONG_SHARE = 0.2  # of the article's lines that are paragraphs of their own (longer than a subtitle)
MAX_MOTTO_CHARS = 20
MIN_RUN_IN_LEAD_CHARS = 30  # a lead's sentence after a dateline in mid-line, not a credit's tail
BRACKETED_LABEL = re.compile(r"^\[[^\[\]]{1,24}\]\s*(?:[①-⑳]|\W)?$")  # [2024 재보선], [가람 진료소 1년] ③: a series' or section's label, no title


def assign_roles(texts: list[str], title: str | None = None) -> list[str]:
    roles = [paragraph_role(text) for text in texts]
    if other_articles_only(texts, roles):
        return [CHROME] * len(texts)  # a front page or a section's list: no line is an article's
    tail = tail_start(texts, roles)
    box = reporter_box_in_tail(texts, roles, tail)
    roles[tail:] = [CHROME] * (len(roles) - tail)
    for i in box:
        roles[i] = "byline"
    for i in related_boxes(texts, roles, tail) + sidebar_boxes(texts, roles, tail) + reporter_box_labels(texts, roles, tail) \
            + headlines_listed_below(texts, roles, tail):
        roles[i] = CHROME
    for i in range(1, len(roles)):
        # A photo's title sits right above its bare credit: "부산경제진흥원 BIGS 개소" / "[… 제공]".
        if roles[i - 1] == "subheadline" and len(texts[i - 1]) <= MAX_PHOTO_TITLE_CHARS and role_cues().bare_credit.match(texts[i]):
            roles[i - 1] = "caption"
    captions_under_title = [i for i, text in enumerate(texts) if roles[i] in ("body", "subheadline") and caption_under_title(text, title)]
    for i in photo_captions(texts, roles, title_printed_apart(texts, title)) + credits_inside(texts, roles) + captions_under_title:
        roles[i] = "caption"
    for i in captions_printed_again(texts, roles):
        roles[i] = "caption"
    for i, text in enumerate(texts):
        if roles[i] == "caption" and _lead_run_into_caption(text):
            roles[i] = "body"  # ▲ … 꽁치(가람=솔바다통신) 한보람 기자 = …한창이다.: the lead, its photo's caption run into it
    wrapped = hard_wrapped(texts, roles)
    if wrapped:  # from the first line cut mid-sentence on, short lines are the body's, not subtitles
        first = next(i for i, (text, role) in enumerate(zip(texts, roles)) if role in ARTICLE_LINES and continued(text))
        roles = ["body" if role == "subheadline" and i >= first else role for i, role in enumerate(roles)]
    for i in prompts_above_navigation(texts, roles):
        roles[i] = CHROME
    body = [i for i, role in enumerate(roles) if role == "body"]
    if not body:  # a photo page: captions and no paragraph; its head still has menus and a headline
        first_caption = next((i for i, role in enumerate(roles) if role == "caption"), None)
        return _head_roles(texts, roles, first_caption, title) if first_caption is not None else roles
    lead = body[0] if wrapped else choose_lead(texts, body)
    for i in body:
        if i < lead:
            roles[i] = "subheadline"
    roles[lead] = "lead"
    head = _menus_in_head(texts, roles, lead)
    for i in headlines_listed_above(texts, roles, lead) + motto(texts, roles, lead):
        roles[i] = CHROME
    for i in closing_names(texts, roles) + stamped_names(texts, roles):
        roles[i] = "byline"
    for i in titles_after_the_end(texts, roles):
        roles[i] = CHROME
    for i in body_lines_below_lead(texts, roles, lead) + items_listed_below_lead(texts, roles, lead):
        roles[i] = "body"
    return _with_headline(texts, roles, head, lead, title)


def _lead_run_into_caption(text: str) -> bool:
    """A caption line a scraper ran the lead into: an agency's dateline with its reporter in mid-line, a sentence of the
    news after it."""
    dateline = inner_dateline_pattern().search(text)
    said = text[dateline.end() :] if dateline else ""
    return len(said) >= MIN_RUN_IN_LEAD_CHARS and role_cues().sentence_end.search(said) is not None


def _head_roles(texts: list[str], roles: list[str], end: int, title: str | None) -> list[str]:
    """The menus and the headline above line ``end`` of a page with no paragraph (``[포토] …`` above its captions)."""
    return _with_headline(texts, roles, _menus_in_head(texts, roles, end), end, title)


def _menus_in_head(texts: list[str], roles: list[str], lead: int) -> list[int]:
    """The title-like lines above ``lead``, short words and menus among them made chrome (or a photo's title); returns them."""
    head = [i for i in range(lead) if roles[i] == "subheadline"]
    for i in head:
        word = without_bullet(texts[i])  # • 사람들: a bulleted section label
        if " " not in word and len(word) <= MAX_NAVIGATION_CHARS and not role_cues().transcript_marker.match(word) \
                and not _title_label(texts, roles, i) or menu_bar(word) or region_and_city(word) or crumb_of_the_menu(texts, roles, i):
            roles[i] = "caption" if _photo_title(roles, i) else CHROME
    return head


def _with_headline(texts: list[str], roles: list[str], head: list[int], lead: int, title: str | None) -> list[str]:
    """``roles`` with the headline chosen among the title-like ``head`` lines above ``lead``, and an opinion's writer under it."""
    candidates = [i for i in head if roles[i] == "subheadline" and len(texts[i]) >= MIN_HEADLINE_CHARS and not BRACKETED_LABEL.match(texts[i])
                  and not texts[i].startswith(list_cues().bullets) and not role_cues().transcript_marker.match(texts[i])]
    for i in above_navigation(texts, roles, candidates, lead):
        roles[i] = CHROME
    headline = choose_headline(texts, [i for i in candidates if roles[i] == "subheadline"], title)
    if headline is not None:
        roles[headline] = "headline"
        if column_writer(texts, roles, headline):
            roles[headline + 1] = "byline"
    return roles


def _title_label(texts: list[str], roles: list[str], i: int) -> bool:
    """``[사설]`` alone right above the title: the title's label, where a run of bracketed words (``[전체기사]`` /
    ``[지역]``) is a menu."""
    below = texts[i + 1] if i + 1 < len(texts) else ""
    above = texts[i - 1] if i > 0 else ""
    return bool(BRACKETED_LABEL.match(texts[i])) and roles[i + 1 : i + 2] == ["subheadline"] and not BRACKETED_LABEL.match(below) \
        and not BRACKETED_LABEL.match(above)


def _photo_title(roles: list[str], i: int) -> bool:
    """A word right above a photo's caption, below the article's lines, is the photo's title (``청년창업센터``);
    at the top of the page or under its chrome it is a section's label."""
    return 0 < i < len(roles) - 1 and roles[i + 1] == "caption" and roles[i - 1] not in (CHROME, "caption")


def titles_after_the_end(texts: list[str], roles: list[str]) -> list[int]:
    """Title-like lines below the article's end: below a last paragraph that ends with its reporter's
    name (``…말했다. 홍길동 기자``), below a byline or chrome line that follows the last paragraph, or
    above a date stamp alone (an article list's title and date). The article does not go on after its
    end without a paragraph of text (a headline's short question, ``… 해법은 셔틀버스?``, is none), so they are other articles'
    headlines and the page's labels, and so are the
    bulleted lines after the reporter's sign-off (:func:`_headlines_after_the_sign_off`)."""
    last = max((i for i, role in enumerate(roles) if role in ("lead", "body")
                and (reads_as_sentence(texts[i]) and not _noun_question(texts[i]) or trailing_pattern().search(texts[i]))), default=None)
    if last is None:
        return []
    signed = bool(trailing_pattern().search(texts[last]))
    dated = [i + 1 < len(texts) and bool(role_cues().date_line.match(texts[i + 1])) for i in range(len(texts))]
    ended = [i for i in range(last + 1, len(roles))
             if signed or dated[i] or any(role in (CHROME, "byline") for role in roles[last + 1 : i])]
    titles = [i for i in ended if (roles[i] == "subheadline" or roles[i] == "body" and (not reads_as_sentence(texts[i]) or _noun_question(texts[i])))  # …달린다, …해법은 셔틀버스?
              and not role_cues().transcript_marker.match(texts[i]) and not role_cues().crew_credit.match(texts[i])]  # ◀END▶, (영상취재 : 김철수)
    return sorted(set(titles + _headlines_after_the_sign_off(texts, roles)))


def _noun_question(text: str) -> bool:
    """``… 해법은 셔틀버스?``: a headline's short question, a noun before its mark; not a sentence that asks (``…있을까?``,
    ``…어떨까요?``)."""
    asked = text.rstrip("\"'”’)]").rstrip("?").rstrip()
    return headline_question(text) and not asked.endswith((*role_cues().question_endings, *role_cues().polite_question_endings))


def _headlines_after_the_sign_off(texts: list[str], roles: list[str]) -> list[int]:
    """``…처리했다.부산=홍길동 기자 hong@…`` / ``▲ 가수 “…썼다”``: below the first paragraph the reporter signs, lines a
    headline list's bullet opens, sentences or not, are other articles' headlines and ads when nothing else of the article
    follows (not the article's own list after a signed photo line, nor an interview's ``◆ 홍길동>`` turns)."""
    signed = next((i for i, role in enumerate(roles) if role in ("lead", "body") and trailing_pattern().search(texts[i])), None)
    if signed is None:
        return []
    bullets = role_cues().headline_list_bullets
    below = [i for i in range(signed + 1, len(texts)) if roles[i] in ("body", "subheadline")]
    return below if below and all(texts[i].startswith(bullets) for i in below) else []


def choose_lead(texts: list[str], body: list[int]) -> int:
    """The first body paragraph that reads as a sentence (not a headline's short question); but a dateline (``【예시뉴스 춘천=홍길동 기자】
    …``) opens the lead, and the short lines before it are subtitles even when they end in a full stop. Below the article's
    stamp (``입력 2024.03.05 20:06``, under its headline) when the page prints one above a body paragraph: what reads as a
    sentence above it is the site's (a portal's notices, ``… 볼 수 있습니다.``)."""
    dated = next((i for i in body if dateline_pattern().search(texts[i])), None)
    if dated is not None and all(len(texts[i]) <= MAX_SUBHEADLINE_CHARS for i in body if i < dated):
        return dated
    below_stamp = [i for i in body if not above_stamp(texts, i)] or body  # 추운 날엔 …오세요! / 입력 : …: a title
    stamp = next((i + 1 for i in range(body[-1]) if above_stamp(texts, i)), None)  # the page's first: the article's, under its headline
    if stamp is not None:
        below_stamp = [i for i in below_stamp if i > stamp] or below_stamp
    korean = [i for i in below_stamp if HANGUL.search(texts[i])] or below_stamp  # not a notice in other languages (The copyright …)
    return next((i for i in korean if reads_as_sentence(texts[i]) and not headline_question(texts[i]) and not _in_dashed_deck(texts, i)), korean[0])


def _in_dashed_deck(texts: list[str], index: int) -> bool:
    """``- 공영주차장 확충은 더는 미룰 수 없는 과제다.`` between ``- …`` lines under the headline, the article's sentences below them: one of
    the deck's dashed subtitles, though it ends in a full stop, not the lead (nor a news sentence, ``- 가람시는 …밝혔다.``)."""
    dash = next((mark for mark in list_cues().subtitle_dashes if texts[index].startswith(mark + " ")), None)
    if dash is None or len(texts[index]) > MAX_SUBHEADLINE_CHARS or role_cues().news_report.search(texts[index]):
        return False  # - 가람시는 12일 …밝혔다.: the article's own sentence, dashed
    beside = [texts[i] for i in (index - 1, index + 1) if 0 <= i < len(texts) and len(texts[i]) <= MAX_SUBHEADLINE_CHARS]
    lead_below = any(not text.startswith(dash) and reads_as_sentence(text) for text in texts[index + 1 :])  # not an article of dashed lines
    return lead_below and any(text.startswith(dash + " ") for text in beside)


def hard_wrapped(texts: list[str], roles: list[str]) -> bool:
    """A text broken into lines of a fixed width (an archive's scan): most of the article's lines are
    long but end mid-sentence, so they are body text, not subtitles. A cut line goes on in the lines below
    it up to a sentence's end; a run of headlines and menus between chrome (``[속보] …`` / ``경제``) is not cut."""
    article = [text for text, role in zip(texts, roles) if role in ARTICLE_LINES]
    cut = [text for i, text in enumerate(texts) if roles[i] in ARTICLE_LINES and continued(text)
           and not text.startswith((*list_cues().bullets, *WRITER_DASHES)) and not NUMBERED_ITEM.match(text)
           and _completed_below(texts, roles, i)]  # ○ 기간: …, 1. 가람시 조례안(원안가결): a list's item
    long = [text for text in article if len(text) > MAX_SUBHEADLINE_CHARS]
    return len(cut) >= MIN_WRAPPED_LINES and len(cut) >= len(article) * MIN_WRAPPED_SHARE and len(long) <= len(article) * MAX_LONG_SHARE


def _completed_below(texts: list[str], roles: list[str], index: int) -> bool:
    """Whether the article's lines from ``index`` on reach one that ends a sentence before any other line."""
    below = index + 1
    while below < len(texts) and roles[below] in ARTICLE_LINES:
        if reads_as_sentence(texts[below]) or role_cues().sentence_end.search(texts[below]):
            return True
        below += 1
    return False


def closing_names(texts: list[str], roles: list[str]) -> list[int]:
    """A reporter's name alone, or with an e-mail address, on the line after the article's last paragraph
    (``…라고 말했다.`` / ``홍길동``, ``홍길동(hong@example.kr)``), or a writer with their title in parentheses
    (``(홍길동 가람대 교수)``, ``- 홍길동 가람대 교수``, ``/홍길동 가람대 교수``): the byline. The article's last line may still
    read as a subtitle here (a line cut mid-sentence, ``… 화재 원인과``): a name with an e-mail after it signs the article."""
    last = max((i for i, role in enumerate(roles) if role in ("lead", "body")), default=None)
    if last is None or last + 1 >= len(texts):
        return []
    if roles[last + 1] == "subheadline" and continued(texts[last + 1]) and last + 2 < len(texts) and name_with_email(texts[last + 2]):
        return [last + 2]  # a name alone there is the sentence going on (… 바꿔 놓았지만 / 정작)
    after = texts[last + 1]
    signed = writer_after_mark(after)  # - 홍길동 가람대 교수, /홍길동 가람대 교수, below a [기고]; not a list's line
    dashed = signed is not None and titled_name(signed) and _opinion_piece(texts[:last]) \
        and not any(line.startswith(after[:1]) for line in texts[last + 2 : last + 3])
    bracketed = bool(TITLE_IN_PARENTHESES.match(after)) and titled_name(after) and _opinion_piece(texts[:last])  # 홍길동 <가람대 교수>
    writer = dashed or bracketed or after.startswith("(") and after.endswith(")") and titled_name(after[1:-1])  # (홍길동 가람대 교수): an opinion's writer
    return [last + 1] if is_name_alone(after) and roles[last + 1] == "subheadline" or name_with_email(after) is not None or writer else []


def _opinion_piece(texts: list[str]) -> bool:
    """Whether a line above the article's end tags it as an opinion piece (``[기고]``, ``[가람칼럼] …``)."""
    return any(f"[{tag}" in text or f"{tag}]" in text for text in texts for tag in role_cues().opinion_tags)


def stamped_names(texts: list[str], roles: list[str]) -> list[int]:
    """A name alone, bulleted or not, on the line next to the article's date stamp (``• 홍길동`` /
    ``• 승인 2018.02.14 23:02``): the byline, where a page prints its fields a line each. Three
    syllables only, so a section label beside the stamp (``• 정치``) is never taken for a name, nor is
    a field's label (``조회수``) or a line that is chrome on its own (``이전글``)."""
    cues = role_cues()
    stamps = {i for i, text in enumerate(texts) if cues.date_line.search(without_bullet(text))}
    return [i for i, text in enumerate(texts) if roles[i] in (CHROME, "subheadline") and {i - 1, i + 1} & stamps
            and len(name := without_bullet(text)) == 3 and is_name_alone(name) and name not in cues.section_names | cues.stamp_section_words
            and not name.startswith(cues.stamp_words) and paragraph_role(text) != CHROME]


def motto(texts: list[str], roles: list[str], lead: int) -> list[int]:
    """``너울신문`` / ``제주의 바람을 전합니다`` / ``뉴스 | 제주 | …``: a short line between the site's name (an outlet's,
    or any one word with title-like lines below the menus) and its menu at the top of the page is its motto, chrome, and so is one above the page's date (``2025.08.14 (목)``); one above the
    article's own stamps (``입력 …``, a time) is the headline."""
    titled_below = any(roles[i] == "subheadline" for i in range(3, lead))  # the headline, below the menus
    words = texts[0].split()  # 주간 솔뫼신문: a weekly's name after its frequency
    weekly = len(words) == 2 and words[0] in role_cues().publication_frequencies and role_cues().outlet.match(words[1] + " ")
    site = role_cues().outlet.match(texts[0] + " ") or weekly or " " not in texts[0] and len(texts[0]) <= MAX_MOTTO_CHARS and titled_below
    if lead < 3 or roles[0] != CHROME or not site or roles[1] != "subheadline" \
            or roles[2] != CHROME or role_cues().date_line.match(texts[2]) and _articles_stamp(texts[2]):
        return []
    short = len(texts[1]) <= MAX_MOTTO_CHARS and not PUNCTUATED.search(texts[1]) and not any(m in texts[1] for m in quote_cues().marks)
    return [1] if short else []


def _articles_stamp(text: str) -> bool:
    """``입력 2025.04.16 20:31``, ``2025.04.16 (수) 20:31``: the article's stamp, a label or a time, not the page's date."""
    return text.startswith(role_cues().stamp_words) or bool(CLOCK_TIME.search(text))
