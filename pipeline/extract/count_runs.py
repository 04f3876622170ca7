"""A run of counts, one per comma-separated part of a sentence (``급식비 등 회계 누락 12건, 출장비 과다 지급 등
12건, 보고 지연 등 31건이다``): each part counts its own share of one total, a breakdown, and the 등 before each
count closes no list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.list_items import ListReader
from pipeline.lexicon import grammar, list_cues
from pipeline.record import Item

PART_SEPARATOR = ", "


def in_a_run_of_counts(lists: ListReader, count: re.Match[str], items: Sequence[Item], sentence_start: int, sentence_end: int) -> bool:
    """Whether ``count`` counts one item only (``A 등 28건``) and the part before the item closes with a count of its
    counter, or ``count`` closes its part and the part after it closes with one too; or an item is itself such a part
    (``A 등 회계처리 28건``)."""
    if any(_same_counter(_closing_count(lists, item.start, item.end), count) for item in items):
        return True
    if len(items) > 1:
        return False  # 가람동, 나래동 등 2곳, 솔내동 등 1곳: lists of their own
    items_start = items[0].start
    preceding_end = items_start - len(PART_SEPARATOR)
    if preceding_end > sentence_start and lists.text.startswith(PART_SEPARATOR, preceding_end):
        preceding_start = max(sentence_start, lists.text.rfind(PART_SEPARATOR, sentence_start, preceding_end) + len(PART_SEPARATOR))
        if _same_counter(_closing_count(lists, preceding_start, preceding_end), count):
            return True
    if not lists.text.startswith(PART_SEPARATOR, count.end()):
        return False
    following_start = count.end() + len(PART_SEPARATOR)
    following_end = lists.text.find(PART_SEPARATOR, following_start, sentence_end)
    following_end = sentence_end if following_end < 0 else following_end
    closing = _closing_count(lists, following_start, following_end)
    listed = next((c for c in lists.counts(following_start, following_end)
                   if lists.text.endswith(f" {list_cues().closing_word} ", following_start, c.start())), None)  # …미시행 등 28건이 적발됐다
    return _same_counter(closing, count) or _same_counter(listed, count)


def _same_counter(found: re.Match[str] | None, count: re.Match[str]) -> bool:
    return found is not None and found.group("counter") == count.group("counter")


def _closing_count(lists: ListReader, start: int, end: int) -> re.Match[str] | None:
    """The count that closes the part between ``start`` and ``end``, past a stop, the copula or a particle after it."""
    found = lists.last_count(start, end)
    tail = lists.text[found.end() : end].rstrip(".") if found is not None else None
    return found if tail in ("", *grammar().copula, *list_cues().past_copula, *grammar().particles) else None
