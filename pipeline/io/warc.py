"""WARC files (``.warc``, ``.warc.gz``), read with warcio: every HTML response is one article.

The article's ``doc_id`` is the record's target URI and its metadata keeps ``url``, ``warc_date`` and
``warc_record_id``; the HTTP ``Content-Type`` header's charset is handed to the HTML decoder. A
response that is not HTML (an image, a PDF) or not the page itself (a redirect, an error page: an HTTP status
other than 2xx) becomes an error record, so it is counted and never silently dropped; request, metadata and
warcinfo records are not articles.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from pipeline.io.names import printable
from pipeline.record import Article, ErrorRecord, Origin, Reading, Source
from pipeline.record.article import DEFAULT_FOCUS

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"
SUCCESS = "2"  # an HTTP status 2xx: the page itself, not a redirect or an error page
BROKEN_HEADERS = "a record's headers are broken or cut short"
CUT_SHORT = "the compressed file is cut short"
BROKEN_GZIP = "a compressed part is broken"
MAX_REASON = 160  # characters of the library's message kept: a binary file's first line is noise


def read_warc(path: Path, focus: str = DEFAULT_FOCUS) -> Iterator[Article | ErrorRecord]:
    """Every response of the file in order. A file cut short or corrupt part-way yields what came before and one
    error record saying from which response on nothing was read. A gzipped file (record by record, or whole, as
    ``gzip crawl.warc`` makes it) is read through Python's gzip, which tells a file cut short from a finished one."""
    try:
        with path.open("rb") as raw:
            compressed = raw.read(len(GZIP_MAGIC)) == GZIP_MAGIC
        with (gzip.open(path, "rb") if compressed else path.open("rb")) as stream:
            ended = _EndTold(stream)
            yield from _responses_or_error(ended, path, focus)  # type: ignore[arg-type]
            if ended.cut_short is not None and not ended.reported:
                yield _unreadable(path, ended.responses, CUT_SHORT)
    except OSError as error:
        yield ErrorRecord(printable(path), "read", f"cannot read the file: {error.strerror or error}")


class _EndTold:
    """A compressed stream that ends quietly where the file is cut short, as warcio expects a stream to end, and says so
    (``cut_short``) for the reader to report after the responses read (``responses``)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream, self.cut_short, self.responses, self.reported = stream, None, 0, False

    def read(self, size: int = -1) -> bytes:  # what one read gives, so that the bytes before a cut still come
        return self._told(getattr(self.stream, "read1", self.stream.read), size)

    def readline(self, size: int = -1) -> bytes:
        return self._told(self.stream.readline, size)

    def _told(self, reading: Callable[[int], bytes], size: int) -> bytes:
        try:
            return reading(size)
        except EOFError as error:
            self.cut_short = error
            return b""


def _responses_or_error(stream: _EndTold, path: Path, focus: str) -> Iterator[Article | ErrorRecord]:
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for number, item in enumerate(_responses(stream, path, focus), start=1):
            stream.responses = number
            yield item
    except ArchiveLoadFailed as error:
        stream.reported = True
        yield _unreadable(path, number, error)
    except (OSError, zlib.error):  # a gzip member whose data or checksum is broken
        stream.reported = True
        yield _unreadable(path, number, BROKEN_GZIP)
    except Exception:  # noqa: BLE001 - warcio fails on broken headers with any error; the batch goes on
        stream.reported = True
        yield _unreadable(path, number, CUT_SHORT if stream.cut_short is not None else BROKEN_HEADERS)


def _responses(stream: _EndTold, path: Path, focus: str) -> Iterator[Article | ErrorRecord]:
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
    return ErrorRecord(printable(path), "read", f"not a readable WARC file {where} ({reason}); nothing after it was read",
                       line=read + 1)


def _article(record, path: Path, number: int, focus: str) -> Article | ErrorRecord:
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{Path(printable(path)).name}#{number}"
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    media_type = content_type.split(";")[0].strip().lower()
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status and not status.startswith(SUCCESS):
        return ErrorRecord(printable(path), "read", f"WARC response {number} is no page of the site (HTTP status {status})", uri, number)
    if media_type not in HTML_TYPES:
        return ErrorRecord(printable(path), "read", f"WARC response {number} is not HTML (Content-Type {content_type or 'missing'!r})",
                           uri, number)
    body = record.content_stream().read()
    record.raw_stream.read()  # what a decoder left unread (a body gzipped in several members): only a file's end leaves bytes missing
    if (missing := getattr(record.raw_stream, "limit", 0)) > 0:  # the file ended before the record's Content-Length
        return ErrorRecord(printable(path), "read", f"WARC response {number} is cut short ({missing} bytes missing): the file ends inside it",
                           uri, number)
    if not body.strip():
        return ErrorRecord(printable(path), "read", f"WARC response {number} has an empty body", uri, number)
    charset = next((part.split("=", 1)[1].strip() for part in content_type.split(";")[1:] if "charset=" in part.lower()), None)
    metadata = {"url": uri, "warc_date": record.rec_headers.get_header("WARC-Date"),
                "warc_record_id": record.rec_headers.get_header("WARC-Record-ID")}
    return Article(doc_id=uri, origin=Origin(printable(path), number), raw=body,
                   metadata={key: value for key, value in metadata.items() if value},
                   source=Source(path=printable(path), format="html"), reading=Reading(charset, focus))
