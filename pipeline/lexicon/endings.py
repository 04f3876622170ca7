"""Word endings looked up by the word's last characters, not by trying each ending in turn.

The rules ask again and again which of a list's endings a word ends in (``가람초등학교`` and the
institutions' endings, ``해양수산국장`` and the job titles). Trying each ending costs a call per ending
for every word; slicing the word at each length the list has and looking the slice up in a set costs
one per length, and lists of hundreds of endings have a dozen lengths at most.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Endings:
    endings: frozenset[str]
    lengths: tuple[int, ...]  # longest first

    @classmethod
    def of(cls, endings: Iterable[str]) -> Endings:
        words = frozenset(ending for ending in endings if ending)
        return cls(words, tuple(sorted({len(word) for word in words}, reverse=True)))

    def ends(self, word: str, min_stem: int = 0) -> Iterator[str]:
        """The endings ``word`` ends in, longest first, each with at least ``min_stem`` characters before it."""
        for length in self.lengths:
            if len(word) - length >= min_stem and word[-length:] in self.endings:
                yield word[-length:]

    def longest(self, word: str, min_stem: int = 0) -> str | None:
        """The longest ending ``word`` ends in with at least ``min_stem`` characters before it."""
        return next(self.ends(word, min_stem), None)

    def shortest(self, word: str, min_stem: int = 0) -> str | None:
        """The shortest ending ``word`` ends in with at least ``min_stem`` characters before it: the one that
        leaves the most of the word, so whether any ending leaves ``min_stem`` characters."""
        for length in reversed(self.lengths):
            if len(word) - length < min_stem:
                return None
            if word[-length:] in self.endings:
                return word[-length:]
        return None


class EndingTables:
    """For a cue table: any of its word lists as an :class:`Endings` table, built on first use."""

    def endings(self, field: str) -> Endings:
        tables = self.__dict__.setdefault("_ending_tables", {})
        if field not in tables:
            tables[field] = Endings.of(getattr(self, field))
        return tables[field]
