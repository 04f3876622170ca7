"""clean: paragraphs with whitespace folded, a role for each, and the byline.

A paragraph is a non-empty line. Roles: ``headline``, ``lead`` (the first body paragraph),
``subheadline`` (short, not a sentence), ``body``, ``byline``, ``caption`` (photo captions and
credits) and ``boilerplate``: page chrome (menus, share buttons, comment forms, ranking lists,
copyright lines) and press-release furniture (headers, attachment lists, contact footers), which
no later stage extracts from. How roles are decided is in :mod:`pipeline.extract.page_roles`, how
bylines are read in :mod:`pipeline.extract.bylines`. The cues are data: ``pipeline/data/roles.toml``,
``titles.toml`` (reporters' job words) and ``publishers.tsv``.
"""

from __future__ import annotations

import re

from pipeline.extract.bylines import read_byline, reporters_of_author
from pipeline.extract.page_bylines import with_page_notes
from pipeline.extract.page_roles import assign_roles
from pipeline.record import CHROME, Article, ArticleError, Byline, Paragraph

WHITESPACE = re.compile(r"\s+")


def clean(article: Article) -> Article:
    """Split ``article.text`` into paragraphs, fold whitespace, assign roles, read the byline.

    ``'제목\\n\\n  본문   첫 문장이다.\\n/홍길동기자 hong@kyeongin.com'`` -> paragraphs
    subheadline, lead, byline; byline 홍길동 · hong@kyeongin.com · 경인일보.
    """
    texts = [folded for line in article.text.split("\n") if (folded := fold_whitespace(line))]
    if not texts:
        raise ArticleError("empty article: no non-empty paragraph")
    title = article.metadata.get("title")
    roles = assign_roles(texts, title if isinstance(title, str) else None)
    if all(role == CHROME for role in roles):
        raise ArticleError("no article: every paragraph is page chrome (menus, buttons, copyright lines, other articles' list)")
    article.byline = read_byline(texts, roles)
    author = article.metadata.get("author")
    if isinstance(author, str) and not (article.byline and article.byline.reporters) and (named := reporters_of_author(author)):
        article.byline = Byline(named, article.byline.publisher if article.byline else None)  # a page's meta tags name its reporter
    if article.metadata.get("copyright") or article.metadata.get("reporter_lines"):  # an HTML page's footer and reporter's box
        article.byline = with_page_notes(article.byline, article.metadata.get("copyright"), article.metadata.get("reporter_lines", []))
    article.text = "\n".join(texts)
    article.paragraphs = []
    start = 0
    for index, (text, role) in enumerate(zip(texts, roles)):
        article.paragraphs.append(Paragraph(start, start + len(text), role, index))
        start += len(text) + 1
    return article


def fold_whitespace(line: str) -> str:
    return WHITESPACE.sub(" ", line).strip()
