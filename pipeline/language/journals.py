"""Journals: ``국제학술지 '네이처 에너지'에``, ``학술지 나노레터 지난달 12일자에`` -> the journal, one OG.

Science news names the journal a study appeared in right after a noun for journals. The model knows
a few famous ones (네이처) and cuts or misses the rest (``네이처 | 에너지``, ``셀``), and reads their words
as places and people. The name runs from the noun to the closing mark, or, unmarked, over its words
until a particle closes one (``네이처에``), the issue or date after it (``표지``, ``최신호``, ``12일자``) or a
parenthesis (``플로스원(Plos ONE)``: the Latin name is the aliases' to read).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence

from pipeline.language.kind_names import as_body
from pipeline.lexicon import entity_cues
from pipeline.lexicon.files import alternation
from pipeline.record import Entity, Morpheme

MAX_NAME_WORDS = 3  # 뉴잉글랜드 저널 오브 메디슨 is one word to kiwipiepy; longer runs are no journal's name
MAX_MARKED_NAME = 40
CLOSING_MARKS = {"'": "'", "‘": "’", "\"": "\"", "“": "”", "《": "》", "〈": "〉", "<": ">", "‹": ">", "「": "」", "『": "』"}
ENDING_TAGS = ("J", "E", "VCP")  # what may close a name's word: particles, endings, the copula (네이처 + 에; 셀 + 이 + 다)
NAME_TAGS = frozenset({"NNP", "SL"})  # what opens a name kiwipiepy knows as one: a proper noun, Latin letters
CLOSING_PUNCTUATION = ",.)'’\"”"


def journals(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """The journals named after a journal's noun, each one OG in place of what was read inside its name."""
    found = list(entities)
    starts = [m.start for m in morphemes]
    for cue in _journal_noun().finditer(text):
        span = _marked_name(text, cue.end()) or _unmarked_name(text, cue.end(), morphemes, starts)
        if span is None or span[0] == span[1] or not in_article(span[0]):
            continue
        found = as_body(found, *span, text)
    return sorted(found, key=lambda e: e.start)


@functools.cache
def _journal_noun() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'‘\"“]){alternation(entity_cues().journal_nouns)}(?:{re.escape(entity_cues().kind_copula)})?\s+")


def _marked_name(text: str, start: int) -> tuple[int, int] | None:
    """``'네이처 에너지'``, ``《네이처》``: the name inside the marks (an unclosed mark names nothing)."""
    closing = CLOSING_MARKS.get(text[start : start + 1])
    if closing is None:
        return None
    end = text.find(closing, start + 1, start + 1 + MAX_MARKED_NAME + 1)
    return (start + 1, end) if end > start + 1 and "\n" not in text[start:end] else (start, start)


def _unmarked_name(text: str, start: int, morphemes: Sequence[Morpheme], starts: list[int]) -> tuple[int, int] | None:
    """``네이처 바이오테크놀로지 | 표지를``, ``네이처 | 에``: the words up to what closes the name, or None when
    nothing does within a few words (no name after the noun: ``학술지 게재를 앞두고``)."""
    issue_words = entity_cues().journal_issue_words
    position, end = start, None
    for _ in range(MAX_NAME_WORDS + 1):
        word_end = next((i for i in range(position, len(text)) if text[i].isspace()), len(text))
        word = text[position:word_end]
        bare = word.split("(", 1)[0]
        closed = _ending_at(bare, position, morphemes, starts)
        stem = bare[: closed - position] if closed is not None else bare.rstrip(CLOSING_PUNCTUATION)
        if not stem or stem[0].isdigit() or stem in issue_words:
            return (start, end) if end is not None else None  # the issue, the date or a particle alone closes it
        if closed is not None or bare != word or bare.endswith(tuple(CLOSING_PUNCTUATION)):
            stop = closed if closed is not None else position + len(bare.rstrip(CLOSING_PUNCTUATION))
            named = bare != word or _name_like(text[start:stop], start, morphemes, starts)  # 플로스원(Plos ONE); not 편집을
            return (start, stop) if stop > start and not text[start:stop].endswith(" ") and named else None
        end, position = word_end, word_end + 1
    return None


def _name_like(name: str, start: int, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """A name closed by its particle alone must read as one: a proper noun or Latin letters first, or a syllable only
    transliterations hold (``네이처에``, ``셀에`` in marks only; never ``학회지 편집을``, ``학술지 발간을``)."""
    first = morphemes[bisect.bisect_left(starts, start)] if bisect.bisect_left(starts, start) < len(morphemes) else None
    return first is not None and first.tag in NAME_TAGS or entity_cues().transliteration.search(name) is not None


def _ending_at(word: str, position: int, morphemes: Sequence[Morpheme], starts: list[int]) -> int | None:
    """Where a particle or an ending closes ``word`` (at ``position``), all the morphemes after it of those
    kinds: ``네이처에`` -> before 에; None when the word ends in a noun."""
    first = bisect.bisect_left(starts, position)
    inside = [m for m in morphemes[first:] if m.start < position + len(word)]
    closing = None
    for morpheme in reversed(inside):
        if not morpheme.tag.startswith(ENDING_TAGS):
            break
        closing = morpheme.start
    return closing
