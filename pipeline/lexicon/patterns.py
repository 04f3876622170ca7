"""A list of cue patterns searched as one test: whether any of them is found in a line.

A page's every line is searched for some two hundred chrome cues (``roles.toml``), and a call of
``Pattern.search`` costs more than most of those searches do. :class:`AnyPattern` joins the cues into
two patterns, so a line costs two calls whatever the number of cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The standard library's own parser of patterns: whether a pattern is anchored at the start as a whole.
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

PLAIN_FLAGS = re.compile("").flags  # a pattern written with no flag of its own (re.UNICODE for str)


class AnyPattern:
    """``any(p.search(text) for p in patterns)``, in two searches.

    The patterns anchored at the start as a whole (``^…`` with no ``|`` outside its groups) are joined
    as ``^(?:…|…)``, which the engine tries at the start only; the others as ``(?:…)|(?:…)``, tried at
    each position. Either finds a match exactly where one of its patterns would. A pattern that has
    groups (a backreference would count them anew) or flags of its own is searched apart.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        patterns = tuple(patterns)
        plain = [pattern for pattern in patterns if _joinable(pattern)]
        anchored = [pattern.pattern[1:] for pattern in plain if _anchored(pattern)]
        floating = [pattern.pattern for pattern in plain if not _anchored(pattern)]
        joined = [_join(anchored, "^"), _join(floating, "")]
        self._searches = tuple(pattern.search for pattern in joined if pattern is not None) \
            + tuple(pattern.search for pattern in patterns if not _joinable(pattern))

    def search(self, text: str) -> bool:
        return any(search(text) for search in self._searches)


def _joinable(pattern: re.Pattern[str]) -> bool:
    return pattern.groups == 0 and pattern.flags == PLAIN_FLAGS


def _anchored(pattern: re.Pattern[str]) -> bool:
    """``^연락처``, not ``^연락처|연락처\\s*:`` (anchored in one branch only)."""
    items = parser.parse(pattern.pattern, pattern.flags)
    return pattern.pattern.startswith("^") and len(items) > 0 and items[0] == (constants.AT, constants.AT_BEGINNING)


def _join(patterns: list[str], anchor: str) -> re.Pattern[str] | None:
    return re.compile(anchor + "(?:" + "|".join(f"(?:{pattern})" for pattern in patterns) + ")") if patterns else None
