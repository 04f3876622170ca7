"""WARC files (``.warc``, ``.warc.gz``), read with warcio: every HTML response is one article.

The article's ``doc_id`` is the record's target URI and its metadata keeps ``url``, ``warc_date`` and
``warc_record_id``; the HTTP ``Content-Type`` header's charset is handed to the HTML decoder. A
response that is not HTML (an image, a PDF, a redirect without a body) becomes an error record, so it
is counted and never silently dropped; request, metadata and warcinfo records are not articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pipeline.record import Article, ErrorRecord, Origin, Reading, Source
from pipeline.record.article import DEFAULT_FOCUS

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, focus: str = DEFAULT_FOCUS) -> Iterator[Article | ErrorRecord]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                number += 1
                yield _article(record, path, number, focus)
    except ArchiveLoadFailed as error:
        yield ErrorRecord(str(path), "read", f"not a readable WARC file: {error}", line=number + 1 if number else None)


def _article(record, path: Path, number: int, focus: str) -> Article | ErrorRecord:
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{number}"
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        return ErrorRecord(str(path), "read", f"WARC response {number} is not HTML (Content-Type {content_type or 'missing'!r})",
                           uri, number)
    body = record.content_stream().read()
    if not body.strip():
        return ErrorRecord(str(path), "read", f"WARC response {number} has an empty body", uri, number)
    charset = next((part.split("=", 1)[1].strip() for part in content_type.split(";")[1:] if "charset=" in part.lower()), None)
    metadata = {"url": uri, "warc_date": record.rec_headers.get_header("WARC-Date"),
                "warc_record_id": record.rec_headers.get_header("WARC-Record-ID")}
    return Article(doc_id=uri, origin=Origin(str(path), number), raw=body,
                   metadata={key: value for key, value in metadata.items() if value},
                   source=Source(path=str(path), format="html"), reading=Reading(charset, focus))
