"""The byline an HTML page prints outside its article's text: trafilatura leaves the footer and the reporter's box out, so
the page's copyright line and its short lines of e-mail addresses (:func:`pipeline.io.html.extract`'s ``copyright`` and
``reporter_lines``) complete the byline the text and the page's metadata gave."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.bylines import copyright_holder, reporters_in
from pipeline.extract.page_lines import CHROME
from pipeline.record import Byline, Reporter


def with_page_notes(byline: Byline | None, copyright: str | None, reporter_lines: Sequence[str]) -> Byline | None:
    """``byline`` with the page's copyright holder where it names no publisher, each reporter's e-mail from a line of the
    page that names them with it (``김도윤 기자 doyun@…``, the name on the line above), and the reporters named on such lines
    beside one it names (a box of two); an address no reporter's name goes with is none of theirs (a company's footer)."""
    reporters = list(byline.reporters) if byline else []
    named = [reporter for line in reporter_lines for reporter in reporters_in(line)]
    if {r.name for r in reporters} & {r.name for r in named}:
        reporters += [r for r in named if r.name not in {known.name for known in reporters}]  # 이하늘 기자 … / 송재원 기자 …
    emails = {r.name: r.email for r in named if r.email}
    reporters = [Reporter(r.name, r.email or emails.get(r.name or "")) for r in reporters]
    publisher = (byline.publisher if byline else None) or (copyright_holder([copyright], [CHROME]) if copyright else None)
    return Byline(reporters, publisher) if reporters or publisher else None
