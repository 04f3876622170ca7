"""The page's headline among the title-like lines above its lead: not the site's name, motto or the browser tab's title
above its menu or breadcrumb, nor a section's label; the line a crawler's title names, else the one printed twice, else the
first; and an opinion piece's writer right under it."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.byline_patterns import writer_after_tag
from pipeline.extract.writer_lines import titled_name
from pipeline.extract.page_lines import CHROME, PUNCTUATED, above_stamp, describes_photo, menu_bar, reads_as_sentence
from pipeline.lexicon import role_cues

MAX_PROMPTS_ABOVE_MENU = 1  # a sentence above the menu is the page's (a call for reporters), when the article follows it
MIN_BODY_BELOW_MENU = 3
MAX_SECTION_LABEL_CHARS = 12  # 사람과 이야기: a section's label, shorter than a headline
HEAD_BLOCK_LINES = 6  # lines between a headline and its stamp at most: its decks, its writer, rows of buttons and menus
DECK_LINES = 3  # lines above the title-like line over the stamp where the headline may stand, above that line (a deck)
MIN_TITLE_WORDS = 3  # a stated title of fewer words names the site, not the article
CRUMB_TRAIL = re.compile(r"\s[>›»]\s")  # 홈 > 센터소식 > 공지사항: a breadcrumb's steps


def above_navigation(texts: list[str], roles: list[str], candidates: list[int], lead: int) -> list[int]:
    """The title-like lines above the page's last menu or breadcrumb before the lead (the site's name and motto, the browser
    tab's title: ``동네방네 새벽`` / ``우리 동네 소식을 씁니다`` / ``홈 | 동네소식 | …``), and a section's label right below a
    breadcrumb that ends in it (``홈 > 솔뫼소식 > 사람과 이야기`` / ``사람과 이야기``): chrome, no headline, when a title-like line
    follows them."""
    navigation = [i for i in range(lead) if roles[i] == CHROME and _navigation(texts[i])]
    if not navigation:
        return []
    last = navigation[-1]
    crumb = CRUMB_TRAIL.split(texts[last])[-1].strip()
    label = len(crumb) <= MAX_SECTION_LABEL_CHARS and not PUNCTUATED.search(crumb)  # 사람과 이야기; not the article's own title
    below = [i for i in candidates if i > last and not (label and i == last + 1 and texts[i] == crumb)]
    return [i for i in candidates if i not in below] if below else []


def prompts_above_navigation(texts: list[str], roles: list[str]) -> list[int]:
    """A sentence above the site's menu with the article's text below it (``본지는 … 시민기자를 상시 모집합니다.`` / ``뉴스 | 동네
    | 사람``): the page's prompt, not the lead."""
    body = [i for i, role in enumerate(roles) if role == "body"]
    stamped = next((i for i, (text, role) in enumerate(zip(texts, roles)) if role == "byline" or role_cues().date_line.match(text)), len(texts))
    tops = [n for n, role in enumerate(roles[:stamped]) if role == CHROME and _navigation(texts[n])  # above the article's stamps only
            and sum(b < n for b in body) <= MAX_PROMPTS_ABOVE_MENU and sum(b > n for b in body) >= MIN_BODY_BELOW_MENU]
    return [b for b in body if b < tops[-1]] if tops else []


def _navigation(text: str) -> bool:
    """A site's menu joined by bars (``홈 | 동네소식 | 가게탐방``, not a row of buttons, ``공유 | 댓글 | 인쇄``) or a breadcrumb
    (``홈 > 센터소식 > 공지사항``)."""
    if CRUMB_TRAIL.search(text):
        return True
    parts = [part.strip() for part in re.split(r"\s[|│]\s", text)]
    buttons = any(word in text for word in role_cues().share_button_words)  # 페이스북 공유 | … | 인쇄: a row of buttons
    return len(parts) > 2 and menu_bar(text) and not buttons and not any(char.isdigit() for char in text)  # not a table's row: 구분 | 2023년


def choose_headline(texts: list[str], candidates: list[int], title: str | None) -> int | None:
    """The headline among the title-like lines before the lead.

    When the input states its title (a crawler's ``title``, a page's ``<title>``, of three words or more), the headline is the
    line that prints it (or starts with it, when an ellipsis cuts it short), or there is none (a press release whose text starts below its title). Else it
    is the first title-like line just above the article's stamp (``입력 2024.03.05 20:06``) when the first of them all is far
    above it (a portal's back button, ``이전 페이지``, its menus and notices between), or, of the lines above the stamp, the
    longest one the page prints twice (not a menu's label printed twice, ``전체 언론사``, nor an opinion piece's writer's name
    and title, printed again under a head shot), or the first.
    """
    if stated_title(title):  # a title of a word or two names the site (안산다문화신문), no headline
        return next((i for i in candidates if _prints_title(texts[i], title) and not caption_under_title(texts[i], title)), None)
    if not candidates:
        return None
    stamped = next((i for i in candidates if above_stamp(texts, i)), None)
    if stamped is not None and candidates[0] < stamped - HEAD_BLOCK_LINES:
        # Its deck, its writer or a row of buttons may stand between the headline and the stamp; a sentence is no headline.
        return next((i for i in candidates if stamped - DECK_LINES <= i <= stamped and not reads_as_sentence(texts[i])), stamped)
    above = [i for i in candidates if stamped is None or i <= stamped]  # a headline stands above its stamp, never below
    printed_twice = Counter(texts)
    opinion = any(_opinion_tagged(texts[i]) for i in above) or any(  # [기고] …: its writer's line, printed again under a head shot, is no title
        i > 0 and _column_named(texts[i - 1]) for i in above)  # also under a column's name alone on its line: [가람칼럼] / 제목
    twice = [i for i in above if printed_twice[texts[i]] > 1 and not (opinion and titled_name(texts[i]))]
    if not twice:
        return above[0]
    return min(twice, key=lambda i: (-len(texts[i]), i))  # a headline, not a button or menu printed twice (레이어 닫기)


def stated_title(title: str | None) -> bool:
    """Whether the input states the article's title (of three words or more), not the site's name."""
    return bool(title) and len(title.split()) >= MIN_TITLE_WORDS


def title_printed_apart(texts: list[str], title: str | None) -> bool:
    """Whether the input states the article's title and no line of the text prints it: the text starts below its headline."""
    return stated_title(title) and not any(_prints_title(text, title) and not caption_under_title(text, title) for text in texts)


def caption_under_title(text: str, title: str | None) -> bool:
    """``<the stated title> ◇ … 시제품을 살펴보고 있다.``: a photo whose alt text, the headline, the scrape printed before its
    description (a portal's copy prints the photo first); not the headline with its outlet or a tag after it."""
    wanted = " ".join(title.split()) if stated_title(title) else ""
    rest = text[len(wanted) :].strip() if wanted and text.startswith(wanted) else ""
    return bool(rest) and describes_photo(rest)


def _prints_title(text: str, title: str) -> bool:
    """The line prints the stated title, or starts with it where an ellipsis cuts it short."""
    wanted = " ".join(title.split())
    cut = next((wanted[: -len(mark)].rstrip() for mark in role_cues().truncation_marks if wanted.endswith(mark)), None)
    return text in wanted or wanted in text or bool(cut) and text.startswith(cut)


def column_writer(texts: list[str], roles: list[str], headline: int) -> bool:
    """``[기고] …`` / ``권민수 속초시의회 의원``: right under an opinion piece's headline, a name and title alone is
    its writer, the byline."""
    tagged = _opinion_tagged(texts[headline]) or headline > 0 and _opinion_tagged(texts[headline - 1], alone=True)  # [데스크칼럼] / 제목
    if headline + 1 >= len(texts) or roles[headline + 1] not in ("subheadline", "caption"):
        return False
    under = texts[headline + 1]
    signed = writer_after_tag(under)  # 기고 | 권민수 속초시의회 의원: the tag on the writer's own line
    return tagged and titled_name(under) or signed is not None and titled_name(signed)


def _column_named(text: str) -> bool:
    """``[가람칼럼]``, ``[데스크칼럼]``: an opinion tag alone on its line that names its column, not a bare section word
    (``[칼럼]``, ``[오피니언]``, a menu's)."""
    return _opinion_tagged(text, alone=True) and text.strip("[]【】〈〉<> ") not in role_cues().opinion_tags


def _opinion_tagged(text: str, alone: bool = False) -> bool:
    """``[기고] …``, also an outlet's ``[가람칼럼] …`` or ``[가람일보 기고]``; ``alone``: the tag and nothing else on the line."""
    label, tags = text.lstrip("[【〈< "), role_cues().opinion_tags
    parts = re.split(r"[\]】〉>]", label, maxsplit=1) if label != text else []
    bracketed = parts[0].strip() if len(parts) == 2 else ""
    if alone:
        return bracketed.endswith(tags) and not parts[1].strip() if bracketed else False
    return label.startswith(tags) or bool(bracketed) and bracketed.endswith(tags)
