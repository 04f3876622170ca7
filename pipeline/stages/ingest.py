"""ingest: raw bytes or scraped text to one clean Unicode string.

Decodes (UTF-8 with or without BOM, CP949/EUC-KR, anything charset-normalizer recognises),
normalises to NFC (macOS saves Hangul as decomposed jamo, which kiwipiepy mis-analyses),
unifies line endings, drops HTML tags and decodes entities.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

from charset_normalizer import from_bytes

from pipeline.record import Article, ArticleError

# Encodings tried first for bytes that are not UTF-8: short Korean texts are otherwise
# sometimes taken for Big5 or GB18030.
KOREAN_ENCODINGS = ["cp949", "euc_kr", "johab", "iso2022_kr", "utf_16", "utf_32"]

BLOCK_TAG = re.compile(r"<\s*(?:br|/?p|/?div|/?li|/?tr|/?h[1-6])\b[^<>]*>", re.IGNORECASE)
# Only real HTML tags: `<사진 설명>` in a press release is text, not markup.
HTML_TAG = re.compile(r"<!--.*?-->|<\s*/?\s*[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?\s*>", re.DOTALL)
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")


def ingest(article: Article) -> Article:
    """Decode ``article.raw`` into ``article.text``; record the encoding and a SHA-256.

    ``b'\\xb1\\xe8\\xb5\\xbf\\xbf\\xac'`` (CP949) -> ``'김동연'``, encoding ``cp949``.
    """
    raw = article.raw
    if isinstance(raw, bytes):
        article.source.sha256 = hashlib.sha256(raw).hexdigest()
        text, article.source.encoding = decode(raw)
    else:
        article.source.sha256 = hashlib.sha256(raw.encode("utf-8")).hexdigest()
        text = raw
    text = normalise(text)
    if not text.strip():
        raise ArticleError("empty article: no text after decoding")
    article.text = text
    article.raw = ""
    return article


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
    """NFC, ``\\n`` line endings, no HTML tags or entities, no invisible characters."""
    text = LINE_BREAKS.sub("\n", text)
    text = BLOCK_TAG.sub("\n", text)
    text = HTML_TAG.sub("", text)
    text = html.unescape(text)
    text = text.translate(INVISIBLE)
    return unicodedata.normalize("NFC", text)
