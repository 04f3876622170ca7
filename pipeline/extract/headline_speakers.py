"""Speakers of headline quotes that name nobody, from the body that reports the same words.

A headline quotes a statement the body gives in full (``국무회의 모두발언… "같은 실수 되풀이 않을 것"``
over ``문 대통령은 "…같은 실수를 되풀이하지 않을 것…"이라고 말했다``): a headline quote without a
speaker takes the speaker of the body quote that holds most of its words, when that quote holds at least
:data:`MIN_SHARED` of them (counted as two-character pieces, spaces aside, so that endings may differ).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pipeline.extract.speakers import named_here
from pipeline.record import Quote

MIN_SHARED = 0.5  # of the headline quote's two-character pieces found in the body quote


def speakers_from_body(quotes: list[Quote], in_headline: Callable[[Quote], bool]) -> list[Quote]:
    """``quotes`` with each unattributed headline quote given the speaker of the body quote it repeats."""
    body = [q for q in quotes if q.speaker is not None and not in_headline(q)]
    found = []
    for quote in quotes:
        if quote.speaker is None and quote.kind == "direct" and in_headline(quote) and body:
            best = max(body, key=lambda b: shared(quote.text, b.text))
            if shared(quote.text, best.text) >= MIN_SHARED:
                quote = replace(quote, speaker=named_here(best.speaker), speaker_reason=None, attribution="carried")
        found.append(quote)
    return found


def shared(short: str, long: str) -> float:
    """The share of ``short``'s two-character pieces (spaces removed) that occur in ``long``."""
    pieces = _pieces(short)
    return len(pieces & _pieces(long)) / len(pieces) if pieces else 0.0


def _pieces(text: str) -> set[str]:
    letters = "".join(text.split())
    return {letters[i : i + 2] for i in range(len(letters) - 1)}
