"""ingest: raw bytes, scraped text or an HTML page to one clean Unicode string.

Decodes (UTF-8 with or without BOM, CP949/EUC-KR, anything charset-normalizer recognises; a page's
declared charset where it fits), takes an HTML page's main text and metadata from trafilatura
(:mod:`pipeline.io.html`), normalises to NFC (macOS saves Hangul as decomposed jamo, which kiwipiepy
mis-analyses), unifies line endings and decodes the HTML entities scrapers leave in text.

A text that holds markup (a JSONL body with ``<p>`` tags) goes through the same HTML path as a page:
markup is never stripped by a regular expression.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

from charset_normalizer import from_bytes

from pipeline.io.html import HtmlError, decode_html, extract
from pipeline.io.markup import looks_like_html, text_content
from pipeline.record import Article, ArticleError

# Encodings tried first for bytes that are not UTF-8: short Korean texts are otherwise
# sometimes taken for Big5 or GB18030.
KOREAN_ENCODINGS = ["cp949", "euc_kr", "johab", "iso2022_kr", "utf_16", "utf_32"]

# Control characters (NUL and the others a text never prints; not the tab), zero-width characters, word joiner,
# BOM, soft hyphen. Removed by a pattern, not ``str.translate``: a text holds none as a rule, and the pattern
# finds that 20 times faster than ``translate`` looks up each character.
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def ingest(article: Article) -> Article:
    """Decode ``article.raw`` into ``article.text``; record the encoding, the format and a SHA-256.

    ``b'\\xb1\\xe8\\xb5\\xbf\\xbf\\xac'`` (CP949) -> ``'김동연'``, encoding ``cp949``.
    """
    raw = article.raw
    if isinstance(raw, bytes):
        article.source.sha256 = hashlib.sha256(raw).hexdigest()
        decoded = decode_html(raw, article.reading.charset) if article.source.format == "html" else None
        text, article.source.encoding = decoded or decode(raw)
    else:
        article.source.sha256 = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
        text = LONE_SURROGATE.sub("\ufffd", raw)  # half an emoji a crawler cut (a JSON "\ud83d"): no character to write
    if article.source.format == "html" or "<" in text and looks_like_html(text):
        text = main_text(article, text)
    else:
        text = html.unescape(text)
    text = normalise(text)
    if not text.strip():
        raise ArticleError("empty article: no text after decoding")
    article.text = text
    article.raw = ""
    return article


def main_text(article: Article, page: str) -> str:
    """The article text of an HTML page; what trafilatura learns of the page fills metadata the input
    did not give (a crawler's own ``title`` or ``url`` wins).

    A text that was not declared HTML but holds some markup may be no page at all (a scrape with a
    few stray tags): when trafilatura finds no main content in it, its text content is the article.
    """
    declared = article.source.format == "html"
    article.source.format = "html"
    try:
        extracted = extract(page, url=article.metadata.get("url"), focus=article.reading.focus)  # type: ignore[arg-type]
    except HtmlError as error:
        if declared or not text_content(page).strip():
            raise ArticleError(str(error)) from error
        return text_content(page)
    article.metadata = extracted.metadata | article.metadata
    return extracted.text


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes to text and the name of the encoding used."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    match = from_bytes(raw, cp_isolation=KOREAN_ENCODINGS).best() or from_bytes(raw).best()
    if match is None:
        raise ArticleError("cannot decode: not UTF-8, CP949/EUC-KR or any encoding charset-normalizer knows")
    return str(match), match.encoding


def normalise(text: str) -> str:
    """NFC, ``\\n`` line endings, no invisible characters."""
    text = LINE_BREAKS.sub("\n", text)
    text = INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)
