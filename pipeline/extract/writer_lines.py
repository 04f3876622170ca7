"""Lines that name an article's writer with a title, not a reporter's job word: an opinion piece's (``권민수 속초시의회 의원``,
``- 권민수 가람대 교수``, ``(권민수 가람대 교수)``, ``글 = 권민수 가람대 교수``) and a head shot's caption."""

from __future__ import annotations

import re

from pipeline.lexicon import canonical_name, role_cues, role_of_word, starts_with_surname

TITLE_IN_PARENTHESES = re.compile(r"^(?P<name>\S+) ?[(<〈‹](?P<title>[^()<>〈〉‹›]+)[)>〉›]$")  # 홍길동 (가람대 교수), 홍길동 <가람대 교수>: a writer's title
MAX_TITLED_NAME_WORDS = 5  # 홍길동 | 예시공단 예시방송 | 본부장: a name, an affiliation of a few words and a title
WRITER_DASHES = ("- ", "– ", "— ")  # - 홍길동 가람대 교수: an opinion's writer below it
WRITER_MARKS = (*WRITER_DASHES, "/")  # also after a slash: /홍길동 가람대 교수


def writer_after_mark(text: str) -> str | None:
    """What follows the dash or slash a line opens with (``- 권민수 속초시의회 의원``, ``/권민수 가람대 교수``), or None."""
    mark = next((mark for mark in WRITER_MARKS if text.startswith(mark)), None)
    return text[len(mark) :].strip() if mark else None


def credited_writer(text: str) -> bool:
    """``글 = 권민수 가람대 교수``: a line crediting the writing to a name and its title, an outside writer's byline."""
    credit = role_cues().writer_credit.match(text)
    return credit is not None and titled_name(text[credit.end() :].strip())


def is_name_alone(line: str) -> bool:
    """``홍길동``: a line that may be a person's name and nothing else (``공주시``, a place the lexicon
    knows, is not)."""
    return 2 <= len(line) <= 4 and line.isalnum() and not line.isascii() and starts_with_surname(line) and canonical_name(line) is None


def titled_name(text: str) -> bool:
    """``홍길동 위원장``, ``홍길동 예시공단 예시방송 본부장``, ``홍길동 가람도서관장``: a person's name, the words of an affiliation and a
    job title, nothing else (a head shot's caption; closed by a full stop, wherever it stands), also with the affiliation
    and title in parentheses after the name (``홍길동 (가람대 교수)``)."""
    words = title_unbracketed(text).split(" ")
    return 2 <= len(words) <= MAX_TITLED_NAME_WORDS and role_of_word(words[-1]) is not None and is_name_alone(words[0])  # 가람도서관장


def title_unbracketed(text: str) -> str:
    found = TITLE_IN_PARENTHESES.match(text)
    return f"{found.group('name')} {found.group('title').strip()}" if found else text
