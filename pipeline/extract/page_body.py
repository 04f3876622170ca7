"""Title-like lines below a page's lead that are the article's body: its last line, lines that stop mid-sentence, a quote
printed on its own, and the items of a list in its text, one to a line (:func:`pipeline.extract.page_roles.assign_roles`
calls these once the lead is chosen)."""

from __future__ import annotations

import re

from pipeline.extract.page_lines import CHROME, without_bullet
from pipeline.lexicon import entity_cues, grammar, list_cues, quote_cues, role_cues

ARTICLE_LINES = ("body", "subheadline")
MIN_CLAUSE_WORDS = 3  # words ending in a particle that make a line below the lead a sentence's, not a subtitle
NUMBERED_ITEM = re.compile(r"^\d{1,2}([.)])\s")  # 1. …, 2) …: a numbered item's mark, its number aside
MIN_LISTED_LINES = 2  # items of a list in the article's text, one to a line
LISTED_ROLES = ("subheadline", "body")  # what the lines of such a list read as alone: short ones subtitles, long ones the body's
LABEL_COLON = ":"  # 개막식: 7월 25일: an item's label and its value


def body_lines_below_lead(texts: list[str], roles: list[str], lead: int) -> list[int]:
    """Title-like lines below the lead that are the body's: the article's last line (a subtitle heads
    text below it, and a scrape cut mid-sentence leaves one; not a transcript's marker or its crew's credit) and a line stopping on an ending no
    subtitle stops on or opened by a connective and stopping on a particle (``또한 …으로``), with the article going on in
    the next line (``…했지만`` / ``주민들은 …``)."""
    article = [i for i, role in enumerate(roles) if role in ("lead", *ARTICLE_LINES)]
    found = [i for i, j in zip(article, article[1:]) if i > lead and roles[i] == "subheadline"
             and not texts[i].startswith(list_cues().section_marks)  # ◇ 남은 과제는: a section's title however it is worded
             and (j == i + 1 and (texts[i].endswith(role_cues().unfinished_endings) or _clause_words(texts[i]) >= MIN_CLAUSE_WORDS
                                  or _topic_then_connective(texts[i])
                                  or texts[i].split(" ", 1)[0] in entity_cues().sentence_connectives and _stops_on_a_particle(texts[i]))
                  or _spoken_paragraph(texts[i]))]
    last = article[-1]
    marker = role_cues().transcript_marker.match(texts[last]) or role_cues().crew_credit.match(texts[last])  # ◀END▶, (영상취재 : 김철수)
    return found + ([last] if last > lead and roles[last] == "subheadline" and not marker else [])


def items_listed_below_lead(texts: list[str], roles: list[str], lead: int) -> list[int]:
    """``환급 기준은 다음과 같다.`` / ``- 3만 원 이상 1만 원`` / ``- 6만 원 이상 2만 원`` / …: two or more title-like lines below the
    lead, each opened by the same list mark, between the article's paragraphs and under a line that introduces them
    (``…다음과 같다.``, ``…:``, ``대책을 다음과 같이 마련했다.``), are the items of a list in its text, body; so are dashed or numbered ones that each give a
    label and its value (``1. 객실 관리: 조합원 12명``). Not headlines in a row (``- 순천만 체험객 2배``: subtitles), nor a
    section's titles (■, ◆), which head paragraphs of their own."""
    found = []
    index = lead + 1
    while index < len(texts):
        mark = _list_mark(texts[index]) if roles[index] == "subheadline" else None
        end = index
        while mark and end < len(texts) and (roles[end] in LISTED_ROLES or end > index and roles[end] == CHROME) and _list_mark(texts[end]) == mark \
                and ". " not in _without_mark(texts[end]):
            end += 1  # an item long enough to read as the body's is one of them too, not a paragraph of several sentences; so is
            # one a page's contact line looks like (▲ 문의: 가람문화재단 033-…), among the others
        after = next((i for i in range(end, len(texts)) if roles[i] != "caption"), len(texts))  # past a table's or a photo's caption
        above, below = roles[index - 1], roles[after] if after < len(texts) else None
        introduced = _introduces(texts[index - 1])
        labelled = all(LABEL_COLON in texts[i] for i in range(index, end))  # 1. 개막식: 7월 25일 …: items, no headlines
        headed = above == "subheadline" and index > 1 and texts[index - 1][:1] in list_cues().section_marks \
            and (_introduces(texts[index - 2]) or index - 2 in found)  # 명단은 다음과 같다. / ◇4급 승진 / ▲… / ◇전보 / ▲…: the items of each heading
        introduced = introduced or headed
        ends = below == "body" or introduced and (below in (None, CHROME) or texts[after][:1] in list_cues().section_marks)  # the article's last, a heading's
        if mark and end - index >= MIN_LISTED_LINES and (above in ("lead", "body") or headed or labelled and above == "subheadline") and ends \
                and (introduced or labelled and (mark not in list_cues().bullets or mark in list_cues().line_only_bullets)):
            found += range(index, end)
        index = max(end, index + 1)
    return found


def _introduces(text: str) -> bool:
    """Whether a line says items follow it: ``…다음과 같다.``, ``…:``, ``대책을 다음과 같이 마련했다.``, ``다음 6개 분야에서 …``."""
    stripped = text.rstrip().rstrip(".")
    return stripped.endswith((":", *quote_cues().pointing_ahead)) or bool(role_cues().sentence_end.search(text)) and (any(
        phrase in stripped for phrase in list_cues().introducing_phrases) or bool(list_cues().counted_ahead.search(stripped)))


def _without_mark(text: str) -> str:
    """The item's words after its number or bullet (``1. 갯벌 관찰`` -> ``갯벌 관찰``)."""
    numbered = NUMBERED_ITEM.match(text)
    return text[numbered.end() :] if numbered else text[1:]


def _list_mark(text: str) -> str | None:
    """The mark that opens a line as a list's item: a bullet (not a section's mark), or a number's shape (``1.``, ``2)``)."""
    numbered = NUMBERED_ITEM.match(text)
    if numbered:
        return "#" + numbered.group(1)
    bullet = next((b for b in list_cues().bullets if text.startswith(b)), None)
    return None if bullet is None or bullet in list_cues().section_marks else bullet


def _stops_on_a_particle(text: str) -> bool:
    """``또한 주민 대상 설명회로``: a line whose last word ends in a particle, its sentence going on (not a subtitle in
    headlinese, ``하지만 과제도 남아``, ``특히 눈에 띄는 변화``)."""
    last = text.split()[-1] if text.split() else ""
    return grammar().without_particle(last) != last


def _spoken_paragraph(text: str) -> bool:
    """``"구두 한 켤레에 3천 원 받던 시절부터 했지요"``: a paragraph that is one quote closed as speech is (다, 요, 죠, …), words
    someone said printed on their own below the lead, not a subtitle."""
    opening, closing = role_cues().opening_marks, role_cues().closing_marks
    inner = text[1:-1].rstrip(".!?…")
    return (len(text) > 2 and text[0] in opening and text[-1] in closing and not any(mark in inner for mark in (*opening, *closing))
            and inner.endswith(tuple(quote_cues().statement_endings)))


def _topic_then_connective(text: str) -> bool:
    """``시는 이달 중 주민설명회 16차례를 열어`` / ``의견을 수렴한 뒤 …``: a line opened by a topic that stops on a verb's
    connective is a sentence going on below; a subtitle in headlinese sets its topic off with a comma (``시, …``)."""
    first = text.split(" ", 1)[0]
    return " " in text and first.endswith(tuple(grammar().topic_particles)) and text.endswith(role_cues().verb_connective_endings)


def _clause_words(text: str) -> int:
    """How many words of a line end in a particle (``군은 | 광장에서 | 주민설명회를 열고``): a sentence's arguments, which
    a subtitle, written in headlinese, mostly drops (``■ 임시주차장 300면 마련``); none after a bullet, whose line is an item,
    nor after a section mark, whose line is a title however it is worded (``■ 안쪽 도로는 '차 없는 거리'로``)."""
    if without_bullet(text) != text or text.startswith(list_cues().section_marks):
        return 0
    return sum(word.endswith(grammar().particles) for word in text.split()[:-1])
