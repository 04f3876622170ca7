"""Pairing quotation marks by their kind and their place, so that one stray mark shifts nothing.

Scrapes mix straight and curly marks and get their direction wrong (``"…“고``), so each mark is read
from its neighbours before its glyph: a mark after a space and before a word opens, a mark after a
word and before a space, punctuation, a particle or the end of the paragraph closes; only where the
neighbours do not tell (``는"좋다``) does the glyph (``“`` opens, ``”`` closes) or the state decide.
Then, left to right: a closing mark closes the open quote or, when none is open, is stray (an inch
sign, a lone ``”``); an opening mark while a quote is open means that quote was never closed: it ends
before a quotative connective right before the new mark (``"…할 계획이라며 "…"``), else it is dropped. A quote still open at the end of its paragraph goes on when the next paragraph opens with
a mark and closes later (a statement over several paragraphs, one opening mark per paragraph), or when
the paragraph stops mid-sentence and the next one's first mark closes (a line cut by the page's width);
otherwise it is dropped.

Double marks and single marks (``‘…’``, ``'…'``) are paired separately; whether a pair is speech is for
the quotes stage to say.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.lexicon import grammar, quote_cues

OPENS, CLOSES, EITHER = "open", "close", "either"
OPENING_GLYPHS = frozenset("“‘")
CLOSING_GLYPHS = frozenset("”’")
HANGUL_SYLLABLES = (0xAC00, 0xD7A3)
BEFORE_OPENING = frozenset(" \n([{<·-—–…")  # what may stand right before an opening mark
SENTENCE_ENDS = frozenset(".?!…")


@dataclass(frozen=True)
class Marked:
    """The span between an opening mark at ``open`` and a closing one at ``close`` (``text[open + 1 :
    close]`` is the content); ``single`` for ‘…’ and '…'."""

    open: int
    close: int
    single: bool = False


def pair_marks(text: str, paragraphs: list[tuple[int, int]], marks: frozenset[str], *, single: bool = False) -> list[Marked]:
    """Every pair of ``marks`` in the paragraphs (start, end), in text order."""
    found: list[Marked] = []
    carried: int | None = None  # a quote left open by the previous paragraph
    previous_end = 0
    for start, end in paragraphs:
        positions = [found.start() for found in _mark_pattern(frozenset(marks)).finditer(text, start, end)]
        reopened = positions and positions[0] == start and direction(text, start, start, end) != CLOSES
        wrapped = positions and not single and text[previous_end - 1 : previous_end] not in SENTENCE_ENDS \
            and direction(text, positions[0], start, end) != OPENS  # "…건강을 지키는 / 이웃이 되려 애썼다고 봐": a line cut inside the quote
        if carried is not None and not (reopened or wrapped):
            carried = None  # the next paragraph does not go on with the quote: it was never closed
        elif carried is not None and reopened:
            positions = positions[1:]  # the mark that reopens the continued quote
        previous_end = end
        opened = carried
        for position in positions:
            way = direction(text, position, start, end)
            if way == OPENS and opened is not None and not single and (close := _unmarked_close(text, opened, position)):
                found.append(Marked(opened, close, single))  # "…계획이라며 "…": the quote closed without its mark
            if way == OPENS or way == EITHER and opened is None:
                opened = position
            elif opened is not None:
                found.append(Marked(opened, position, single))
                opened = None
        if opened is not None and not single and (close := _closed_by_single(text, opened, end)) is not None:
            found.append(Marked(opened, close))  # "…지원하겠다'고 말했다: closed by a single mark
            opened = None
        carried = opened
    return sorted(found, key=lambda marked: marked.open)


def direction(text: str, position: int, start: int, end: int) -> str:
    """Whether the mark at ``position`` opens or closes a quote, from its neighbours, then its glyph."""
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    opens_here = before in BEFORE_OPENING and not after.isspace()
    follower = _follower_at(text, position + 1, end)  # "…한다 ”며: a space before, a quotative after (not 이 of ” 이 후보는)
    spaced_closer = follower in quote_cues().speech_followers or follower in quote_cues().statement_modifiers  # ”며, ”는 각오
    closes_here = (not before.isspace() or spaced_closer) and (after.isspace() or not after.isalnum() or bool(follower))
    if before.isdigit() and not after.isalnum():
        return CLOSES  # 32" TV: an inch sign, which closes nothing that was not opened
    if opens_here and not closes_here:
        return OPENS
    if closes_here and not opens_here:
        return CLOSES
    if text[position] in OPENING_GLYPHS:
        return OPENS
    if text[position] in CLOSING_GLYPHS:
        return CLOSES
    return EITHER


def _unmarked_close(text: str, opened: int, position: int) -> int | None:
    """Where a quote opened at ``opened`` ended without its closing mark, when the next opening mark at
    ``position`` follows a quotative connective (``"…할 계획이라며 "…"``): before that connective."""
    content = text[opened + 1 : position].rstrip()
    if " " not in content:
        return None
    last_word = content.rsplit(" ", 1)[1]
    connective = next((c for c in quote_cues().unmarked_closers if last_word.endswith(c) and len(last_word) > len(c)), None)
    return opened + 1 + len(content) - len(connective) if connective else None


def _closed_by_single(text: str, opened: int, end: int) -> int | None:
    """Where a double quote left open to its paragraph's end was closed by a single mark a quotative
    follows (``"…최대한 지원하겠다'고 말했다``), one that closes no single quote of its own inside it."""
    depth = 0
    for found in _mark_pattern(frozenset(quote_cues().single_marks)).finditer(text, opened + 1, end):
        if _quotative_at(text, found.start() + 1, end) and not text[found.start() - 1].isspace():
            if not depth:
                return found.start()
            depth -= 1
        elif direction(text, found.start(), opened + 1, end) == OPENS:
            depth += 1
        elif depth:
            depth -= 1
    return None


def _quotative_at(text: str, position: int, end: int) -> bool:
    """A quotative that ends its word at ``position`` (``고`` of ``'고 말했다``, ``라며``)."""
    for follower in quote_cues().speech_followers:
        rest = position + len(follower)
        if text.startswith(follower, position) and " " not in follower and (rest >= end or not text[rest].isalnum()):
            return True
    return False


def _follower_at(text: str, position: int, end: int) -> str | None:
    """The quotative or particle at ``position`` when it is a word's end, not a word's start (``"…"고 말``,
    ``"…"를``; not ``이번`` after an opening mark); else None. The longest that ends a word wins: ``고 말`` is no
    follower before ``했다``, so ``”…“고 말했다`` reads ``고``."""
    for length, followers in _followers_by_length():
        if (follower := text[position : position + length]) in followers:
            rest = position + len(follower)
            if follower in quote_cues().speech_followers:  # "…"라고도 했다: an additive particle after the quotative
                rest += next((len(p) for p in quote_cues().after_quotative_particles if text.startswith(p, rest)), 0)
            after = text[rest] if rest < end else " "
            if not HANGUL_SYLLABLES[0] <= ord(after) <= HANGUL_SYLLABLES[1]:
                return follower
    return None


@functools.cache
def _followers_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """What follows a closing mark (a quotative: 라고, 며; a statement's modifier: 라는; a particle: 를), by
    length, longest first: the longest that matches is the follower."""
    cues = quote_cues()
    followers = {*cues.speech_followers, *cues.statement_modifiers, *grammar().particles}
    return tuple((length, frozenset(f for f in followers if len(f) == length)) for length in sorted({len(f) for f in followers}, reverse=True))


@functools.cache
def _mark_pattern(marks: frozenset[str]) -> re.Pattern[str]:
    """Any one of ``marks``, found by the regex engine rather than character by character."""
    return re.compile("[" + "".join(re.escape(mark) for mark in sorted(marks)) + "]")
