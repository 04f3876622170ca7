"""The text of a piece of markup, a line per block element, without its scripts and styles; and whether a text holds
markup at all."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import TypeVar

Parser = TypeVar("Parser", bound=HTMLParser)

# Element names that make a text markup rather than prose (a stray '<사진 설명>' is prose).
MARKUP_ELEMENTS = frozenset({
    "html", "head", "body", "meta", "title", "script", "style", "div", "span", "p", "br", "a", "img", "ul", "ol", "li",
    "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "nav", "header", "footer",
    "aside", "main", "figure", "figcaption", "b", "i", "em", "strong", "font", "iframe", "form", "input", "button",
})


def looks_like_html(text: str) -> bool:
    """Whether a text holds markup: at least one start or end tag of an HTML element."""
    return parsed(_ElementFinder(), text).found


def parsed(parser: Parser, markup: str) -> Parser:
    """``parser`` after reading the whole of ``markup``, what it collects complete."""
    parser.feed(markup)
    parser.close()
    return parser


class _ElementFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found = self.found or tag in MARKUP_ELEMENTS

    def handle_endtag(self, tag: str) -> None:
        self.found = self.found or tag in MARKUP_ELEMENTS


def text_content(html: str) -> str:
    """All the text of a piece of markup, a line per block element, scripts and styles left out: for a
    scraped text with a few stray tags (``둘째 <b>줄</b>``), where there is no page to find the main
    content of."""
    return "".join(parsed(_TextCollector(), html).parts)


class _TextCollector(HTMLParser):
    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "table",
                        "ul", "ol", "header", "footer", "figcaption", "blockquote"})
    HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in self.HIDDEN
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in self.HIDDEN and self.hidden > 0
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)
