"""WARC files (``.warc``, ``.warc.gz``), read with warcio: every HTML response is one article.

The article's ``doc_id`` is the record's target URI and its metadata keeps ``url``, ``warc_date`` and
``warc_record_id``; the HTTP ``Content-Type`` header's charset is handed to the HTML decoder. A
response that is not HTML (an image, a PDF) or not the page itself (a redirect, an error page: an HTTP status
other than 2xx) becomes an error record, so it is counted and never silently dropped; request, metadata and
warcinfo records are not articles.
"""

from __future__ import annotations

import gzip
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from pipeline.record import Article, ErrorRecord, Origin, Reading, Source
from pipeline.record.article import DEFAULT_FOCUS

HTML_TYPES = ("text/html", "application/xhtml+xml")
WHOLE_GZIP = "non-chunked gzip"  # warcio's words for a WARC gzipped as one stream, not record by record
SUCCESS = "2"  # an HTTP status 2xx: the page itself, not a redirect or an error page
BROKEN_HEADERS = "a record's headers are broken or cut short"
MAX_REASON = 160  # characters of the library's message kept: a binary file's first line is noise


def read_warc(path: Path, focus: str = DEFAULT_FOCUS) -> Iterator[Article | ErrorRecord]:
    """Every response of the file in order. A file cut short or corrupt part-way yields what came before and one
    error record saying from which response on nothing was read; a WARC gzipped as one stream (``gzip crawl.warc``)
    is read as it is."""
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with path.open("rb") as stream:
            for number, item in enumerate(_responses(stream, path, focus), start=1):
                yield item
    except ArchiveLoadFailed as error:
        if WHOLE_GZIP in str(error):
            with gzip.open(path, "rb") as stream:
                yield from itertools.islice(_responses_or_error(stream, path, focus), number, None)  # past those read
            return
        yield _unreadable(path, number, error)
    except OSError as error:
        yield ErrorRecord(str(path), "read", f"cannot read the file: {error.strerror or error}")
    except Exception:  # noqa: BLE001 - warcio fails on broken headers with any error; the batch goes on
        yield _unreadable(path, number, BROKEN_HEADERS)


def _responses_or_error(stream: BinaryIO, path: Path, focus: str) -> Iterator[Article | ErrorRecord]:
    number = 0
    try:
        for number, item in enumerate(_responses(stream, path, focus), start=1):
            yield item
    except Exception:  # noqa: BLE001 - as in read_warc
        yield _unreadable(path, number, BROKEN_HEADERS)


def _responses(stream: BinaryIO, path: Path, focus: str) -> Iterator[Article | ErrorRecord]:
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    for record in ArchiveIterator(stream):
        if record.rec_type != "response":
            continue
        number += 1
        yield _article(record, path, number, focus)


def _unreadable(path: Path, read: int, error: Exception | str) -> ErrorRecord:
    """``read`` responses were read before ``error``: the next one and all after it are not."""
    reason = " ".join(str(error).split())[:MAX_REASON] or type(error).__name__
    where = f"after response {read}" if read else "at its start"
    return ErrorRecord(str(path), "read", f"not a readable WARC file {where} ({reason}); nothing after it was read",
                       line=read + 1)


def _article(record, path: Path, number: int, focus: str) -> Article | ErrorRecord:
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{number}"
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    media_type = content_type.split(";")[0].strip().lower()
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status and not status.startswith(SUCCESS):
        return ErrorRecord(str(path), "read", f"WARC response {number} is no page of the site (HTTP status {status})", uri, number)
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
