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
    (``A 등 회계처리 28건``). Parts are apart by a comma, 과/와 after the count, or a bullet (``▲A 등 15건 ▲B 등 8건``)."""
    if any(_same_counter(_closing_count(lists, item.start, item.end), count) or _same_counter(_listed_count(lists, item.start, item.end), count)
           or _same_counter(lists.count_at(item.start, item.end), count) for item in items):
        return True  # an item that is itself a part of the run, or its count: A 등 회계처리 28건, ▲A 등 15건 ▲B, | 15건과 B
    if len(items) > 1:
        return False  # 가람동, 나래동 등 2곳, 솔내동 등 1곳: lists of their own
    preceding_end = _part_end_before(lists, items[0].start, sentence_start)
    if preceding_end is not None:
        preceding_start = _part_start(lists, sentence_start, preceding_end)
        if _same_counter(_closing_count(lists, preceding_start, preceding_end), count):
            return True
    following_start = _next_part_start(lists, count.end(), sentence_end)
    if following_start is None:
        return False
    following_end = min((at for at in (lists.text.find(PART_SEPARATOR, following_start, sentence_end),
                                       *(lists.text.find(" " + b, following_start, sentence_end) for b in list_cues().bullets)) if at >= 0),
                        default=sentence_end)
    closing = _closing_count(lists, following_start, following_end)
    return _same_counter(closing, count) or _same_counter(_listed_count(lists, following_start, following_end), count)  # …미시행 등 28건이 적발됐다


def _part_end_before(lists: ListReader, item_start: int, sentence_start: int) -> int | None:
    """Where the part before an item ends: before the comma or 과/와 that precedes it, or the space before its bullet."""
    text = lists.text
    if text[item_start : item_start + 1] in list_cues().bullets and text[item_start - 1 : item_start] == " ":
        return item_start - 1 if item_start - 1 > sentence_start else None
    joint = next((j for j in (PART_SEPARATOR, *(j + " " for j in list_cues().item_joiners)) if text.endswith(j, sentence_start, item_start)), None)
    return item_start - len(joint) if joint is not None and item_start - len(joint) > sentence_start else None


def _part_start(lists: ListReader, sentence_start: int, part_end: int) -> int:
    text = lists.text
    starts = [text.rfind(PART_SEPARATOR, sentence_start, part_end) + len(PART_SEPARATOR),
              *(text.rfind(" " + b, sentence_start, part_end) + 1 for b in list_cues().bullets)]
    return max(sentence_start, *starts)


def _next_part_start(lists: ListReader, count_end: int, sentence_end: int) -> int | None:
    """Where the part after a count starts, past the comma, 과/와 or the space before a bullet that follows it."""
    text = lists.text
    for joint in (PART_SEPARATOR, *list_cues().item_joiners):
        if text.startswith(joint, count_end) and (joint == PART_SEPARATOR or text.startswith(" ", count_end + len(joint))):
            return count_end + len(joint) + (joint != PART_SEPARATOR)
    if text.startswith(" ", count_end) and text[count_end + 1 : count_end + 2] in list_cues().bullets:
        return count_end + 1
    return None


def _listed_count(lists: ListReader, start: int, end: int) -> re.Match[str] | None:
    """A count right after 등 between ``start`` and ``end`` (``B 등 28건이``)."""
    return next((c for c in lists.counts(start, end) if lists.text.endswith(f" {list_cues().closing_word} ", start, c.start())), None)


def _same_counter(found: re.Match[str] | None, count: re.Match[str]) -> bool:
    return found is not None and found.group("counter") == count.group("counter")


def _closing_count(lists: ListReader, start: int, end: int) -> re.Match[str] | None:
    """The count that closes the part between ``start`` and ``end``, past a stop, the copula or a particle after it."""
    found = lists.last_count(start, end)
    tail = lists.text[found.end() : end].rstrip(".") if found is not None else None
    return found if tail in ("", *grammar().copula, *list_cues().past_copula, *grammar().particles) else None
