"""Where a name is printed in an article, found with ``str.find`` rather than a pattern made for the name.

The entities stage looks for each article's own names (reporters, people named in full) throughout its
text. A regular expression per name is compiled anew for nearly every search: an article's names are
its own, and there are more of them across a run than ``re``'s cache of compiled patterns holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NOT_AFTER_WORD = re.compile(r"(?<!\w)")  # matches at a position no word character precedes (lookbehind sees before pos)
WORD_CHARACTERS = re.compile(r"\w*")


def occurrences(name: str, text: str) -> Iterator[int]:
    """The starts of ``name`` (not empty) in ``text``, left to right and not overlapping: what
    ``re.finditer(re.escape(name), text)`` finds."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + len(name))


def word_occurrences(name: str, text: str) -> Iterator[tuple[int, str]]:
    """The starts of ``name`` (not empty) where no word character precedes it, each with the word characters
    right after it: what ``re.finditer(rf"(?<!\\w){re.escape(name)}(?P<rest>\\w*)", text)`` finds, as
    ``(match.start(), match.group("rest"))``."""
    at = text.find(name)
    while at >= 0:
        if NOT_AFTER_WORD.match(text, at) is None:
            at = text.find(name, at + 1)  # inside a word: the pattern would try the next position
            continue
        rest = WORD_CHARACTERS.match(text, at + len(name)).group()
        yield at, rest
        at = text.find(name, at + len(name) + len(rest))
