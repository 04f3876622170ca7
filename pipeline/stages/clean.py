"""clean: paragraphs with whitespace folded, a role for each, and the byline.

A paragraph is a non-empty line. Roles: ``lead`` (the first body paragraph), ``subheadline``
(short, not a sentence), ``body``, ``byline``, ``caption`` (photo captions and credits) and
``boilerplate`` (press-release headers, attachment lists, contact footers, site chrome).
The cues are data: ``pipeline/data/roles.toml``, ``titles.toml`` (reporters' job words) and
``publishers.tsv``.
"""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import publisher_for_domain, role_cues, titles
from pipeline.record import Article, ArticleError, Byline, Paragraph, Reporter

WHITESPACE = re.compile(r"\s+")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# Longer paragraphs are body text whatever they contain.
MAX_BYLINE_CHARS = 80
MAX_SUBHEADLINE_CHARS = 80
MAX_BOILERPLATE_CHARS = 200
MAX_CAPTION_CHARS = 200
# Site navigation ("홈", "열린군정") before the lead: one short word.
MAX_NAVIGATION_CHARS = 10


def clean(article: Article) -> Article:
    """Split ``article.text`` into paragraphs, fold whitespace, assign roles, read the byline.

    ``'제목\\n\\n  본문   첫 문장이다.\\n/홍길동기자 hong@kyeongin.com'`` -> paragraphs
    subheadline, lead, byline; byline 홍길동 · hong@kyeongin.com · 경인일보.
    """
    texts = [folded for line in article.text.split("\n") if (folded := fold_whitespace(line))]
    if not texts:
        raise ArticleError("empty article: no non-empty paragraph")
    roles = assign_roles(texts)
    article.byline = read_byline(texts, roles)
    article.text = "\n".join(texts)
    article.paragraphs = []
    start = 0
    for index, (text, role) in enumerate(zip(texts, roles)):
        article.paragraphs.append(Paragraph(start, start + len(text), role, index))
        start += len(text) + 1
    return article


def fold_whitespace(line: str) -> str:
    return WHITESPACE.sub(" ", line).strip()


def assign_roles(texts: list[str]) -> list[str]:
    roles = [paragraph_role(text) for text in texts]
    for i in range(1, len(roles)):
        # The photo's title line sits just above its credit: "부산경제진흥원 BIGS 개소" / "[… 제공]".
        if roles[i] == "caption" and roles[i - 1] == "subheadline":
            roles[i - 1] = "caption"
    lead = next((i for i, role in enumerate(roles) if role == "body"), None)
    if lead is not None:
        roles[lead] = "lead"
        for i in range(lead):
            if roles[i] == "subheadline" and " " not in texts[i] and len(texts[i]) <= MAX_NAVIGATION_CHARS:
                roles[i] = "boilerplate"
    return roles


def paragraph_role(text: str) -> str:
    """The role a paragraph has on its own, before its neighbours are considered."""
    cues = role_cues()
    if len(text) <= MAX_BYLINE_CHARS and is_byline(text):
        return "byline"
    if len(text) <= MAX_BOILERPLATE_CHARS and any(p.search(text) for p in cues.boilerplate):
        return "boilerplate"
    if len(text) <= MAX_CAPTION_CHARS and any(p.search(text) for p in cues.caption):
        return "caption"
    if len(text) > MAX_SUBHEADLINE_CHARS or cues.sentence_end.search(text):
        return "body"
    return "subheadline"


@functools.cache
def reporter_pattern() -> re.Pattern[str]:
    """Names (2–4 Hangul syllables, several joined by ·/,) followed by a job word.

    Group ``names`` holds ``신현정`` in ``/신현정기자`` and ``홍길동·김철수`` in ``홍길동·김철수 기자``.
    """
    words = "|".join(sorted(map(re.escape, titles().reporter), key=len, reverse=True))
    name = r"[가-힣]{2,4}?"
    return re.compile(
        rf"(?<![가-힣])(?P<names>{name}(?:\s*[·,]\s*{name})*)\s*(?:{words})(?![가-힣])"
    )


@functools.cache
def dateline_pattern() -> re.Pattern[str]:
    """``(부산=연합뉴스) 신정훈 기자 =`` at the start of a paragraph."""
    return re.compile(
        r"^[(\[【<]\s*[가-힣A-Za-z· ]+\s*=\s*(?P<publisher>[^)\]】>=]+?)\s*[)\]】>]\s*"
        rf"(?P<reporters>(?:{reporter_pattern().pattern}\s*)+)="
    )


def is_byline(text: str) -> bool:
    """A short paragraph made of reporter names, job words and e-mail addresses."""
    rest = EMAIL.sub(" ", text)
    rest = reporter_pattern().sub(" ", rest)
    has_reporter = rest != EMAIL.sub(" ", text)
    # What may remain: punctuation and a place prefix ("광주=").
    leftover = re.sub(r"[\s/=\[\]()【】<>·,|:-]|^[가-힣]{1,6}(?==)", "", rest)
    return has_reporter and len(leftover) <= 6 or (bool(EMAIL.search(text)) and not leftover)


def read_byline(texts: list[str], roles: list[str]) -> Byline | None:
    """Reporters, e-mails and publisher from the byline paragraph or the lead's dateline."""
    reporters: list[Reporter] = []
    publisher = None
    for text, role in zip(texts, roles):
        if role == "byline" and not reporters:
            reporters = reporters_in(text)
            emails = EMAIL.findall(text)
            if emails and not reporters:
                reporters = [Reporter(name=None, email=email) for email in emails]
            publisher = next(filter(None, (publisher_for_domain(e.split("@")[1]) for e in emails)), None)
        if role == "lead":
            dateline = dateline_pattern().search(text)
            if dateline:
                reporters = reporters or reporters_in(dateline.group("reporters"))
                publisher = publisher or dateline.group("publisher").strip()
    if not reporters and publisher is None:
        return None
    return Byline(reporters=reporters, publisher=publisher)


def reporters_in(text: str) -> list[Reporter]:
    names = [
        name
        for match in reporter_pattern().finditer(text)
        for name in re.split(r"\s*[·,]\s*", match.group("names"))
    ]
    emails = EMAIL.findall(text)
    if len(emails) == len(names):
        return [Reporter(name, email) for name, email in zip(names, emails)]
    return [Reporter(name, emails[0] if i == 0 and emails else None) for i, name in enumerate(names)]
