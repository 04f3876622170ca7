"""Which characters of an article stand inside its direct quotes, and the stretches of a span outside them.

Finding speakers reads a span's names, nouns and particles many times over; none of them may be inside a quote (what
the speaker says names no speaker). Reading only the stretches between the quotes skips the quoted words at once,
instead of testing each one.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

from pipeline.record import Morpheme


class QuotedSpans:
    """The (opening mark, closing mark) of every direct quote, disjoint; a position strictly between the two is quoted."""

    def __init__(self, marks: Iterable[tuple[int, int]], morphemes: Sequence[Morpheme], morpheme_starts: list[int]) -> None:
        self.pairs = sorted(marks)
        self._morphemes, self._morpheme_starts = morphemes, morpheme_starts
        self._opens, self._closes = [a for a, _ in self.pairs], [b for _, b in self.pairs]

    def quoted(self, position: int) -> bool:
        index = bisect.bisect_left(self._opens, position) - 1  # the last quote opening before position
        return index >= 0 and position < self._closes[index]

    def unquoted(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of ``start``–``end`` no quote holds, in text order; each keeps its quote's opening mark (which
        is not quoted) and starts again at the closing mark."""
        stretches = []
        index = max(bisect.bisect_left(self._opens, start) - 1, 0)
        while start < end:
            while index < len(self.pairs) and self._closes[index] <= start:
                index += 1
            if index < len(self.pairs) and self._opens[index] < start:
                start = self._closes[index]  # start is quoted: on from the closing mark
                continue
            stop = min(self._opens[index] + 1, end) if index < len(self.pairs) else end
            stretches.append((start, stop))
            start = self._closes[index] if index < len(self.pairs) else end
        return stretches

    def unquoted_morphemes(self, start: int, end: int) -> Iterator[int]:
        """The indices of the morphemes from ``start`` up to the first that ends past ``end``, none starting inside a quote.

        kiwipiepy's morphemes end in text order, so a quote skipped whole holds no morpheme that would have stopped the
        reading earlier than the first one after it."""
        morphemes = self._morphemes
        for stretch_start, stretch_end in self.unquoted(start, end):
            for index in range(bisect.bisect_left(self._morpheme_starts, stretch_start), len(morphemes)):
                if morphemes[index].end > end:
                    return
                if morphemes[index].start >= stretch_end:
                    break
                yield index
