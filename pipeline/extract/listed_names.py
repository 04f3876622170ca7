"""The names listed before a list's 등 (or 를 비롯한) in an unnamed speaker's phrase: ``가람닷컴 등 외신은``,
``가람부, 나래부 등 5개 부처는``, also names no entity holds (``가람모닝포스트(GMP) 등 현지 매체는``)."""

from __future__ import annotations

import bisect

from pipeline.extract.posts import Reader
from pipeline.language.entity_spans import NAMED_LABELS
from pipeline.lexicon import list_cues, quote_cues

PROPER_NOUN = "NNP"
NAME_WORD_TAGS = ("NNP", "NNG", "SL", "SN")  # 데일리 + 뉴스, BBC: a name with a proper noun in it
MAX_NAME_WORDS = 3  # 뉴욕 가람데일리: the words of a name no entity holds before a list's 등


def listed_before(finder: Reader, phrase_start: int, start: int) -> int:
    """``가람닷컴 등 외신은``, ``가람부, 나래부 등 5개 부처는``: the names listed before 등 (or 를 비롯한) belong to the speaker's
    phrase, back over every name (a body the model took for a place too) joined to the next by a comma, a middle dot or 과/와."""
    closings = (f" {list_cues().closing_word} ", *(f"{joint} " for joint in quote_cues().including_joints))  # 가람일보를 비롯한 외신
    closing = next((c for c in closings if finder.text.endswith(c, start, phrase_start)), None)
    if closing is None:
        return phrase_start
    position, listed = phrase_start - len(closing), phrase_start
    separators = (*list_cues().item_separators, *(joint + " " for joint in list_cues().item_joiners))
    while (name_start := _name_ending_at(finder, start, _before_initials(finder.text, start, position))) is not None:
        listed = name_start
        separator = next((s for s in separators if finder.text.endswith(s, start, name_start)), None)
        if separator is None:
            break
        position = name_start - len(separator)
    return listed


def _name_ending_at(finder: Reader, start: int, end: int) -> int | None:
    """Where the name ending at ``end`` starts: an entity's, or one no entity holds, a word of proper nouns (``가람모닝포스트(GMP)
    등``), past the words of a name before it (``뉴욕 | 가람데일리를 비롯한``)."""
    entity = next((e for e in finder.article.entities if e.end == end and e.start >= start and e.label in NAMED_LABELS), None)
    if entity is not None:
        return entity.start
    name_start = None
    for _ in range(MAX_NAME_WORDS):
        word_start = max(start, finder.text.rfind(" ", start, end) + 1, finder.text.rfind("\n", start, end) + 1)
        if word_start >= end or not _proper_word(finder, word_start, end):
            break
        name_start, end = word_start, word_start - 1
        if end < start or finder.text[end] != " ":
            break
    return name_start


def _proper_word(finder: Reader, start: int, end: int) -> bool:
    """A word of proper nouns, Latin letters and digits with one proper noun at least (``데일리뉴스``, ``르몽드``)."""
    first, last = bisect.bisect_left(finder.morpheme_starts, start), bisect.bisect_left(finder.morpheme_starts, end)
    inside = finder.morphemes[first:last]
    return bool(inside) and inside[-1].end == end and all(m.tag in NAME_WORD_TAGS for m in inside) and any(m.tag == PROPER_NOUN for m in inside)


def _before_initials(text: str, start: int, position: int) -> int:
    """Where a name ends before its initials in parentheses ending at ``position`` (``가람일보(GI) | 등``), else ``position``."""
    opening = text.rfind("(", start, position) if text.endswith(")", start, position) else -1
    return opening if opening > start else position
