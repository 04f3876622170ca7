"""HTML pages: their encoding, and their main text and metadata, extracted by trafilatura.

Never a regular expression over markup: the charset a page declares is read with an HTML parser, and
the article's text, title, author, date and site name come from trafilatura, the field's standard
extractor, which drops scripts, styles, navigation, comments and link lists; or, for a page that sends its
article only as data for its scripts, from that data (:mod:`pipeline.io.embedded`).

Korean pages often declare one encoding and use another (``euc-kr`` declared, UTF-8 sent), so bytes
that are valid UTF-8 are read as UTF-8 whatever they declare; then the declared charset (the HTTP
header, else the page's ``<meta>``), then detection.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Literal

from pipeline.io.embedded import embedded_article
from pipeline.lexicon import is_publisher, role_cues
from pipeline.record.article import DEFAULT_FOCUS

Focus = Literal["precision", "balanced", "recall"]
PRESCAN_BYTES = 4096  # where browsers look for a <meta charset>
# Below this many characters trafilatura's text may be the scraps of a page that builds its article from a script's
# data (a menu's words, a caption): the article the script holds is read instead when it is SCRAPS_SHARE times longer.
MIN_MAIN_TEXT = 500
SCRAPS_SHARE = 2
LAYOUT_CELL_CHARS = 200  # a table cell holding more text than a figure's is part of the page's layout
LAYOUT_PARAGRAPH_CHARS = 60  # a cell of paragraphs (<br>, <p>) longer than a heading's (구분<br>(사업명)): the page's layout
TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")
BLOCK_TAGS = ("p", "div", "td", "th", "li", "dt", "dd", "address", "footer")  # elements whose text is a line of the page
HEADING_TAGS = ("h1", "h2", "h3")  # where a page whose title names only the site prints its headline
HEADING_ANCHOR_CHARS = 20  # characters of the text's first line that find its block in the page
MENU_ITEM_TAG, TEXT_ITEM_TAG = "li", "li text"  # a list's item with a link (a menu's), and one without (a byline's, a stamp's)
MAX_LINES_UNDER_HEADING = 6  # lines between the article's heading and its text: a stamp, a byline, a photo's caption
MAX_NOTE_CHARS = 200  # a footer's copyright line, a byline's box
MAX_REPORTER_LINE_CHARS = 60  # 김도윤 기자 doyun@example.kr; not a paragraph that names an address
MAX_REPORTER_LINES = 5
REPORTER_CONTEXT_LINES = 2  # lines above an address that a reporter's box prints the name on
HANGUL_WORD = re.compile("[\uac00-\ud7a3]{2}")
# A board's date stamp with a year of two digits and the time (24-04-11 15:27), as Korean CMSs print it: year first.
SHORT_YEAR_STAMP = re.compile(r"(?<![\d-])(\d{2})-(\d{2})-(\d{2}) \d{1,2}:\d{2}(?![\d-])")
# A date the page prints with its time (2011-08-26 15:42, 2024.05.03. 오전 10:21): an article's stamp, not an image's path.
PRINTED_STAMP = re.compile(r"(?<![\d/])((?:19|20)\d{2})[-.]\s?(\d{1,2})[-.]\s?(\d{1,2})\.?\s*(?:\(\S{1,3}\)\s*)?(?:[^\d\s]{1,2}\s*)?\d{1,2}:\d{2}")
MIN_HEADLINE_WORDS = 3  # a title of fewer words names the site (엔터 미디어), not an article
LABEL_COLONS = (":",)  # a title's separator that also closes a headline's label (가짜뉴스 : …)
MAX_LABEL_CHARS = 10  # a field's label in its own cell before the stamp (등록일, 기사입력)
MAX_OUTLET_CHARS = 12  # an outlet's name of one word (가람다문화신문): longer, a headline's word
MAX_CRUMB_CHARS = 12  # a section's name in a title's trail after the headline (‹ 사회 ‹ 기사본문)
MAX_CRUMB_WORDS = 2  # a section's name is a word or two (지역 뉴스); a headline's words are more
MIN_CRUMB_STEPS = 2  # a trail has a section and the page's kind at least; one short step is the headline's (A > B 비교)
# Marks a headline is printed with in the text and written otherwise in the title (“…” for "…", … for ...).
SAME_MARKS = str.maketrans({"“": '"', "”": '"', "″": '"', "‘": "'", "’": "'", "…": "..."})
# Aliases a page may declare for an encoding Python names otherwise, and supersets to read them with:
# a page that says euc-kr routinely holds CP949's extra syllables.
SUPERSETS = {"euc_kr": "cp949", "ks_c_5601_1987": "cp949", "ksc5601": "cp949", "iso8859_1": "cp1252", "ascii": "cp1252"}


class HtmlError(ValueError):
    """A page that holds no article text, or that cannot be parsed."""


@dataclass
class Extracted:
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)


def decode_html(raw: bytes, declared: str | None = None) -> tuple[str, str] | None:
    """The page's text and the encoding used, or None when neither UTF-8 nor the declared charset fits
    (the caller detects the encoding then)."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in filter(None, (declared, declared_charset(raw))):
        encoding = python_encoding(name)
        if encoding is None:
            continue
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None


def python_encoding(name: str) -> str | None:
    """``EUC-KR`` -> ``cp949``: the codec to read a declared charset with; None for an unknown name."""
    try:
        canonical = codecs.lookup(name.strip().strip("'\"")).name.replace("-", "_")
    except LookupError:
        return None
    return SUPERSETS.get(canonical, canonical)


def declared_charset(raw: bytes) -> str | None:
    """The charset of ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="…; charset=…">``."""
    finder = _MetaCharset()
    try:
        finder.feed(raw[:PRESCAN_BYTES].decode("latin-1"))
    except _Found:
        pass
    return finder.charset


class _Found(Exception):
    pass


class _MetaCharset(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.charset: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            return
        values = {name.lower(): value or "" for name, value in attrs}
        if values.get("charset"):
            self.charset = values["charset"]
        elif values.get("http-equiv", "").lower() == "content-type" and "charset=" in values.get("content", "").lower():
            self.charset = values["content"].lower().split("charset=", 1)[1].split(";")[0]
        if self.charset:
            raise _Found


def extract(html: str, *, url: str | None = None, focus: Focus = DEFAULT_FOCUS) -> Extracted:  # type: ignore[assignment]
    """The main text of a page, one paragraph per line, its headline first (:func:`with_headline`), and its metadata: ``title``, ``author``,
    ``published_at`` (ISO 8601), ``site_name`` and ``url`` where the page states them.

    ``focus`` trades what is kept: ``precision`` drops more doubtful text, ``recall`` keeps more.
    Comments are never kept: they are not the article.
    """
    import trafilatura  # imported here: only HTML inputs need it
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        page = _page_notes(tree) if tree is not None else {}
        outline = _outline(tree) if tree is not None else []
        if tree is not None:
            _read_layout_tables_as_blocks(tree)
        document = trafilatura.bare_extraction(
            tree if tree is not None else html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=focus == "precision", favor_recall=focus == "recall",
            date_extraction_params={"outputformat": "%Y-%m-%d", "extensive_search": True, "original_date": True},
        )
    except Exception as error:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken markup
        raise HtmlError(f"the HTML cannot be parsed ({type(error).__name__}: {error})") from error
    text = (document.text or "") if document is not None else ""
    embedded = embedded_article(html) if len(text.strip()) < MIN_MAIN_TEXT else None
    if embedded is not None and len(embedded[0]) > SCRAPS_SHARE * len(text.strip()):
        return _embedded(html, url, *embedded)
    if not text.strip():
        raise HtmlError("no article text in the HTML: trafilatura found no main content and no script holds the article")
    metadata = _metadata(document) | page
    stamped, printed = metadata.pop("short_year_stamp", None), metadata.pop("printed_stamps", [])
    if stamped and metadata.get("published_at") in (None, _day_first(stamped)):
        metadata["published_at"] = stamped  # 24-04-11 15:27 read as 24 April 2011, or not read: 2024-04-11
    elif printed and metadata.get("published_at") not in printed:
        metadata["published_at"] = printed[0]  # a date the page never prints (an image's path): its first stamp
    return Extracted(with_headline(text, document.title, document.sitename, _headings_above(outline, text)), metadata)


def _published(words: str) -> bool:
    return any(word in words for word in role_cues().publication_stamp_words)


def _day_first(date: str) -> str:
    """``2024-04-11`` -> ``2011-04-24``: the date a reader of ``24-04-11`` as day, month, year takes."""
    year, month, day = date.split("-")
    return f"20{day}-{month}-{year[2:]}"


def _read_layout_tables_as_blocks(tree: Any) -> None:
    """Old CMS pages set the whole article in a table's cells, its paragraphs apart by ``<br>``, and trafilatura reads a table
    as rows of cells run into one line: a table whose cells hold paragraphs of text or long text is the page's layout, not
    data, and is read as blocks (a table of figures in an article stays a table, its headings' ``<br>`` or ``<p>`` too)."""
    for table in list(tree.iter("table")):
        cells = list(table.iter("td", "th"))
        if any(len(text := cell.text_content()) > LAYOUT_CELL_CHARS
               or len(text) > LAYOUT_PARAGRAPH_CHARS and (cell.find(".//br") is not None or cell.find(".//p") is not None) for cell in cells):
            for element in (table, *table.iter(*TABLE_PARTS)):
                element.tag = "div"


def _page_notes(tree: Any) -> dict[str, Any]:
    """What the page prints outside the article's text that names its reporters and publisher, where trafilatura leaves
    the footer and the byline's box out: the copyright line (``copyright``) and short lines holding an e-mail address,
    each with the two lines above it (``reporter_lines``: ``김도윤 기자 doyun@…``), for the byline to read
    (:mod:`pipeline.stages.clean`); and a board's stamp with a year of two digits (``24-04-11 15:27``)."""
    lines = [line for element in tree.iter(*BLOCK_TAGS) for line in _own_lines(element) if len(line) <= MAX_NOTE_CHARS]
    stamp = next((found for line in lines if (found := SHORT_YEAR_STAMP.search(line))), None)
    printed = ["{}-{:0>2}-{:0>2}".format(*found.groups()) for i, line in enumerate(lines) for found in PRINTED_STAMP.finditer(line)
               if _published(line[: found.start()]) or not line[: found.start()].strip() and i > 0 and len(lines[i - 1]) <= MAX_LABEL_CHARS
               and _published(lines[i - 1])]  # 기사입력 …, also a label in the cell before (등록일 | 2024.03.05 10:21); not a sidebar's item
    copyright = [line for line in lines if role_cues().copyright_line.search(line)]
    copyright = [line for line in copyright if role_cues().holder.search(line)] or copyright  # not a portal's notice that names none
    reporters = list(dict.fromkeys(_with_name_above(lines, i) for i, line in enumerate(lines) if "@" in line and len(line) <= MAX_REPORTER_LINE_CHARS))
    reporters = reporters[:MAX_REPORTER_LINES]
    notes = (("copyright", copyright[-1] if copyright else None), ("reporter_lines", reporters),
             ("short_year_stamp", "20{}-{}-{}".format(*stamp.groups()) if stamp else None), ("printed_stamps", printed))
    return {key: value for key, value in notes if value}


def _with_name_above(lines: list[str], index: int) -> str:
    """An address's line, with the lines right above it that hold no address when it names no one itself (``김도윤 기자`` /
    ``doyun@…``; ``배윤경 기자 bykj@…`` stands alone)."""
    line = lines[index]
    if HANGUL_WORD.search(role_cues().email_label.sub("", line)):
        return line
    above = list(itertools.takewhile(lambda text: "@" not in text, reversed(lines[max(0, index - REPORTER_CONTEXT_LINES) : index])))
    return " ".join([*reversed(above), line])


def _outline(tree: Any) -> list[tuple[str, str]]:
    """The page's headings (``h1``-``h3``) and its blocks' lines, each with its element's tag (a list's item without a link
    told apart), in the page's order."""
    found: list[tuple[str, str]] = []
    for element in tree.iter():
        if element.tag in HEADING_TAGS:
            found.append((element.tag, " ".join(element.text_content().split())))
        elif element.tag in BLOCK_TAGS:
            linked = element.tag != MENU_ITEM_TAG or element.find(".//a") is not None  # a menu's item links; a byline's does not
            found += [(element.tag if linked else TEXT_ITEM_TAG, line) for line in _own_lines(element)]
    return found


def _headings_above(outline: list[tuple[str, str]], text: str) -> list[str]:
    """The heading right above the block that holds the extracted text's first line, where a page whose title names only
    the site prints the article's headline: a stamp, a byline or a caption between them at most, no menu's items (not a
    ticker's heading in the page's header)."""
    start = " ".join(text.split("\n", 1)[0].split())[:HEADING_ANCHOR_CHARS]
    for end in (i for i, (tag, line) in enumerate(outline) if tag not in HEADING_TAGS and start and start in line):
        for i in range(end - 1, max(-1, end - 2 - MAX_LINES_UNDER_HEADING), -1):  # a layout's outer cell holds the line too
            if outline[i][0] in HEADING_TAGS:
                return [outline[i][1]]
            if outline[i][0] == MENU_ITEM_TAG:
                break
    return []


def _own_lines(element: Any) -> list[str]:
    """The lines of text an element holds itself, its inline children's included and its block children's left to them
    (``<div><p>주소 …</p>Copyright © <b>예시일보</b></div>`` -> ``Copyright © 예시일보``)."""
    parts = [element.text or ""]
    for child in element:
        parts += ["\n" if child.tag in BLOCK_TAGS or child.tag == "br" else child.text_content(), child.tail or ""]
    return [line for text in "".join(parts).split("\n") if (line := " ".join(text.split()))]


def _embedded(html: str, url: str | None, text: str, metadata: dict[str, str]) -> Extracted:
    """The article a script of the page holds (:mod:`pipeline.io.embedded`), with the page's metadata as
    trafilatura reads it from the markup (the site's name, the canonical address, the title: the headline where the
    data gives none) where the script's says nothing."""
    import trafilatura

    try:
        found = _metadata(trafilatura.extract_metadata(html, default_url=url)) | metadata
    except Exception:  # noqa: BLE001 - the article is read; metadata the markup breaks on is only left out
        found = metadata
    return Extracted(with_headline(text, found.get("title"), found.get("site_name")), found)


def _metadata(document: Any) -> dict[str, str]:
    found = {"title": document.title, "author": document.author, "published_at": document.date,
             "site_name": document.sitename, "url": document.url} if document is not None else {}
    return {key: value for key, value in found.items() if value}


def with_headline(text: str, title: str | None, site: str | None, headings: Sequence[str] = ()) -> str:
    """``text`` with the page's headline as its first line when it does not print it: trafilatura often extracts
    the body below the headline (an ``<h1>`` outside the article's element), and the headline is the article's all
    the same (a headline's quote, the record's headline). The headline is the page's title without the site's
    name (:func:`headline_of_title`); a title of a word or two names the site (``엔터 미디어``), no article, and then
    the headline is the heading right above the text (``headings``, nearest first) when it has more words and heads no
    list of other articles."""
    headline = headline_of_title(title or "", site)
    if len(headline.split()) < MIN_HEADLINE_WORDS:
        headline = next((h for h in headings if len(h.split()) >= MIN_HEADLINE_WORDS and len(h) <= MAX_NOTE_CHARS
                         and not role_cues().any_tail_heading.search(h)), "")
    if len(headline.split()) < MIN_HEADLINE_WORDS or _folded(headline) in _folded(text):
        return text
    return f"{headline}\n{text}"


def headline_of_title(title: str, site: str | None) -> str:
    """The headline in a page's title: without the site's name after it or before it (``… - 매일경제``, ``가람일보 - …``;
    the page's stated site or an outlet the lexicon knows) and without a content system's trail of sections after it
    (``… ‹ 사회 ‹ 기사본문``)."""
    cues = role_cues()
    title = title.strip()
    for separator in cues.title_site_separators:
        shaped = separator.strip() not in LABEL_COLONS  # 가짜뉴스 : …: a headline's label before a colon, no site
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and _names_the_site(tail, site, shaped):
            title = head.strip()
            break
        head, found, tail = title.partition(separator)
        if found and tail.strip() and _names_the_site(head, site, shaped):
            title = tail.strip()
            break
    for separator in cues.title_trail_separators:
        steps = title.split(separator)
        steps[-1] = next((steps[-1].split(mark)[0] for mark in cues.title_site_separators if mark in steps[-1]), steps[-1])  # 기사본문 - 가람일보
        crumbs = len(list(itertools.takewhile(_names_a_section, reversed(steps[1:]))))  # from the end: 기사본문, 사회
        if crumbs >= MIN_CRUMB_STEPS:
            return separator.join(steps[: len(steps) - crumbs]).strip()
    return title


def _names_the_site(words: str, site: str | None, shaped: bool = True) -> bool:
    """Whether ``words`` are the page's stated site name, an outlet the lexicon knows, or, with ``shaped``, one word shaped
    like an outlet's name (``영동신문``, ``가람타임즈``)."""
    name = words.strip()
    shaped = shaped and " " not in name and len(name) <= MAX_OUTLET_CHARS and any(
        name.endswith(e) and len(name) > len(e) for e in role_cues().outlet_endings)
    return is_publisher(name) or shaped or bool(site) and _folded(words) == _folded(site or "")


def _names_a_section(step: str) -> bool:
    """A step of a title's trail: a section's or a page kind's short name (사회, 기사본문, 지역 뉴스), not a headline's words."""
    return 0 < len(step.strip()) <= MAX_CRUMB_CHARS and len(step.split()) <= MAX_CRUMB_WORDS


def _folded(text: str) -> str:
    """``text`` as compared with a title: without spaces, its marks written one way."""
    return "".join(text.translate(SAME_MARKS).split())
