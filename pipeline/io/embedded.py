"""Articles a page holds as data for its scripts rather than as markup.

Some news sites send the article's body only inside a script, and a browser builds the page from it:
trafilatura, which reads markup, then finds no main content. Two forms are read here, in this order:

- schema.org's ``NewsArticle`` (or any ``Article``) in a JSON-LD script, whose ``articleBody`` is the text;
- the content store of Arc XP, a publishing system several large newsrooms use (``Fusion.globalContent = {…}``
  in a script), whose ``content_elements`` are the article's paragraphs, subheads and photos' captions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import Any

from pipeline.io.markup import looks_like_html, parsed, text_content

JSON_LD_TYPE = "application/ld+json"
ARC_CONTENT = re.compile(r"Fusion\.globalContent\s*=\s*")
ARC_TEXT_ELEMENTS = frozenset({"text", "header"})  # an element whose ``content`` is a paragraph or a subhead
ARC_CAPTIONED_ELEMENTS = frozenset({"image"})  # an element whose ``caption`` is a photo's caption
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
KOREAN_TIME = timezone(timedelta(hours=9))  # a stamp in UTC (Arc's ``…Z``) is dated as the newsroom dates it


def embedded_article(html: str) -> tuple[str, dict[str, str]] | None:
    """The article's text (its headline first when the data gives one, a paragraph per line) and metadata (``title``,
    ``author``, ``published_at``, ``site_name``) from the page's scripts, or None when no script holds an article's
    body (a paywalled page's empty ``articleBody`` holds none, whatever its headline)."""
    scripts = _scripts(html)
    for found in (_json_ld_article(scripts), _arc_article(scripts)):
        if found is not None:
            return found
    return None


def _json_ld_article(scripts: list[tuple[str, str]]) -> tuple[str, dict[str, str]] | None:
    articles = [item for kind, content in scripts if kind.split(";")[0].strip() == JSON_LD_TYPE
                for item in _json_objects(_loaded(content)) if isinstance(item.get("articleBody"), str)]
    if not articles:
        return None
    article = max(articles, key=lambda item: len(item["articleBody"]))
    body = _paragraphs(article["articleBody"])
    if not any(body):
        return None
    headline = _plain(article.get("headline"))
    metadata = {"title": headline, "author": "; ".join(_names(article.get("author"))),
                "published_at": _date(article.get("datePublished")), "site_name": _plain(_object(article.get("publisher")).get("name"))}
    return _joined([headline, *body]), {key: value for key, value in metadata.items() if value}


def _arc_article(scripts: list[tuple[str, str]]) -> tuple[str, dict[str, str]] | None:
    for _, content in scripts:
        if (match := ARC_CONTENT.search(content)) is None:
            continue
        try:
            story, _ = json.JSONDecoder(strict=False).raw_decode(content, match.end())
        except ValueError:
            continue
        if isinstance(story, dict) and isinstance(story.get("content_elements"), list):
            return _arc_story(story)
    return None


def _arc_story(story: dict[str, Any]) -> tuple[str, dict[str, str]] | None:
    headline = _plain(_object(story.get("headlines")).get("basic"))
    body: list[str] = []
    for element in map(_object, story["content_elements"]):
        if element.get("type") in ARC_TEXT_ELEMENTS:
            body += _paragraphs(element.get("content"))
        elif element.get("type") in ARC_CAPTIONED_ELEMENTS:
            body += _paragraphs(element.get("caption"))
    if not any(body):
        return None
    by = _object(story.get("credits")).get("by")
    authors = [_arc_byline(_object(credit)) for credit in by] if isinstance(by, list) else []
    metadata = {"title": headline, "author": "; ".join(author for author in authors if author),
                "published_at": _date(story.get("first_publish_date") or story.get("display_date"))}
    return _joined([headline, _plain(_object(story.get("subheadlines")).get("basic")), *body]), {key: value for key, value in metadata.items() if value}


def _arc_byline(credit: dict[str, Any]) -> str:
    """The byline as the newsroom writes it (``홍길동 기자``) where the credit keeps it: Arc's ``name`` may be
    stored given name first (``길동 홍``)."""
    return _plain(_object(_object(credit.get("additional_properties")).get("original")).get("byline")) or _plain(credit.get("name"))


def _object(value: Any) -> dict[str, Any]:
    """A JSON object, or an empty one where the data holds something else (a page's data is not always well formed)."""
    return value if isinstance(value, dict) else {}


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD value: the value itself, a list's items, a ``@graph``'s nodes, a page's ``mainEntity``."""
    if isinstance(value, list):
        for item in value:
            yield from _json_objects(item)
    elif isinstance(value, dict):
        yield value
        yield from _json_objects(value.get("@graph"))
        yield from _json_objects(value.get("mainEntity"))


def _names(author: Any) -> list[str]:
    if isinstance(author, list):
        return [name for item in author for name in _names(item)]
    if isinstance(author, dict):
        return [name] if (name := _plain(author.get("name"))) else []
    return [name] if (name := _plain(author)) else []


def _loaded(content: str) -> Any:
    try:
        return json.loads(content, strict=False)  # pages put raw line breaks inside strings
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python reads
        return None


def _plain(value: Any) -> str:
    """A string field's text on one line, without markup (an Arc paragraph holds ``<b>``, ``<a>``, ``<br/>``)."""
    return " ".join(_text(value).split()) if isinstance(value, str) else ""


def _text(value: str) -> str:
    """The text of a field that may hold markup; a plain text as it is (``<KBS 뉴스> 가람시는…`` is no tag)."""
    return text_content(value) if looks_like_html(value) else value


def _paragraphs(value: Any) -> list[str]:
    """A text field's lines, without markup; a block element or a ``<br>`` ends a line."""
    return [" ".join(line.split()) for line in _text(value).splitlines()] if isinstance(value, str) else []


def _joined(lines: list[str]) -> str:
    return "\n".join(line for line in lines if line)


def _date(value: Any) -> str:
    """The day of an ISO 8601 stamp, in Korean time when the stamp says its zone (``2024-02-29T23:10:00Z`` -> 2024-03-01)."""
    if not isinstance(value, str) or (match := ISO_DATE.match(value)) is None:
        return ""
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return match.group(0)
    return (stamp.astimezone(KOREAN_TIME) if stamp.tzinfo is not None else stamp).date().isoformat()


def _scripts(html: str) -> list[tuple[str, str]]:
    """Each script's ``type`` (lower case, empty when none) and text, in page order."""
    return parsed(_ScriptCollector(), html).scripts


class _ScriptCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[tuple[str, str]] = []
        self._type: str | None = None
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._type = (dict(attrs).get("type") or "").strip().lower()
            self._parts = []

    def handle_data(self, data: str) -> None:
        if self._type is not None:
            self._parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._type is not None:
            self.scripts.append((self._type, "".join(self._parts)))
            self._type = None
