"""enumerations: lists of items with their announced count, complete or partial, linked together.

Finds, sentence by sentence:

- comma lists closed by 등 and a count: ``A, B, C 등 8개 사항`` (a modifier may sit between:
  ``… 등 상생발전을 위한 8개 과제``), and the single-item form ``A 등 8개 사항``; the same closed
  by ``을 포함한``: ``A, B를 포함한 9개소``;
- lists closed by 등 without a count: ``X로는 A, B, C 등이 있다`` (announced count null), unless
  every item is a number with its unit (a breakdown of a total);
- bullet lists, one item per line or inline (``△A △B △C``, ``- A. - B.``), with a count announced
  after their closing 등 (``△A △B 등 9개 분야``).

A count is a list's announced count only when it closes the list: one before the items (``9개
스타트업은 A, B 등이다``, ``다음 3가지``) is the writer's summary and may count something else.

How items are cut is in :mod:`pipeline.extract.comma_lists` and :mod:`pipeline.extract.bullet_lists`.
Here the lists are put in text order and numbered, and a partial list (fewer items than announced)
that summarises a complete list in the article (with the same count, or with none and as many items)
gets ``refers_to`` and, per item, the index of its best match. A count that does not add up without 등 is a ``count_mismatch``
warning. The cues are in ``pipeline/data/enumerations.toml``.
"""

from __future__ import annotations

import difflib
from dataclasses import replace

from pipeline.extract.bullet_lists import BulletLists
from pipeline.extract.comma_lists import CommaLists
from pipeline.extract.list_items import overlap
from pipeline.lexicon import ends_speaker_title, grammar, list_cues
from pipeline.record import Article, Enumeration

AGREEMENT = "agreement"
COMMA_FORM = "comma"  # a list written inline, A, B 등: never a sub-list of lines
PARTY_LABELS = frozenset({"OG", "LC"})  # the parties an agreement joins: bodies, and governments read as places
PERSON = "PS"  # people named with their titles: who attended, signed or spoke


def enumerations(article: Article) -> Article:
    """Fill ``enumerations`` and add count mismatches to ``warnings``.

    ``'두 도시는 AI 협력, 청년 교류, 관광 협력 등 3개 사항에 합의했다.'`` -> one agreement list, items AI 협력 |
    청년 교류 | 관광 협력, announced 3 사항, complete.
    """
    bullet_reader = BulletLists(article)
    bullets = bullet_reader.find()
    # △A △B 등 9개 분야: a bullet list closed by 등 is found once, as a bullet list; a comma list inside
    # one of its items (△교통: 버스, 지하철, 택시 등 3개) is a list of its own, nested in it.
    commas = [(lst, warnings) for lst, warnings in CommaLists(article, like=bullet_reader).find()
              if not any(overlap(lst, bullet) and not _inside_an_item(lst, bullet) for bullet, _ in bullets)]
    found = sorted(commas + bullets, key=lambda pair: pair[0].start)
    numbered = [replace(lst, id=index) for index, (lst, _) in enumerate(found)]
    article.enumerations = [replace(lst, kind="list") if _of_parties(lst, article) else lst for lst in link_partial_lists(with_parents(numbered, article.text), article.text)]
    article.warnings = [warning for _, warnings in found for warning in warnings]
    return article


def with_parents(found: list[Enumeration], text: str) -> list[Enumeration]:
    """A list inside an item of another list, or under an item's line before the next (``가. 진단 강화`` / `` - 전수 검사``
    / ``나. …``), gets that list's id as ``parent``; so does one right under the last item's line when a list sits under
    an earlier item of the same list (``다. 정주 여건`` / ``1) …``, as under ``가.`` and ``나.``)."""
    parented = [replace(lst, parent=next((other.id for other in found if other is not lst and (_inside_an_item(lst, other) or _under_an_item(lst, other))), None))
                for lst in found]
    parents = {lst.parent for lst in parented if lst.parent is not None}
    return [replace(lst, parent=next((other.id for other in found if other.id in parents and _under_the_last_item(lst, other, text)), None))
            if lst.parent is None else lst for lst in parented]


def _under_the_last_item(inner: Enumeration, outer: Enumeration, text: str) -> bool:
    """A list of lines (not a comma list opening the next paragraph) right under the last item's line."""
    last = outer.items[-1]
    between = text[last.end : inner.start]
    return inner.form != COMMA_FORM and last.end < inner.start and not any(character.isalpha() for character in between) and "\n" in between


def _under_an_item(inner: Enumeration, outer: Enumeration) -> bool:
    return any(item.end < inner.start and inner.end < following.start for item, following in zip(outer.items, outer.items[1:]))


def _inside_an_item(inner: Enumeration, outer: Enumeration) -> bool:
    return any(item.start <= inner.start and inner.end <= item.end for item in outer.items)


def _of_parties(lst: Enumeration, article: Article) -> bool:
    """Whether the items are bodies or places the entities name, or people named with their titles, all but one at
    most (a name the model missed), or what the count after them joins as a partner (``… 등 3곳과``): the parties to an agreement (``가람시와 나래대, 보람공사 등 3개 기관과 협약을 맺었다``)
    or those who attended its signing (``정하윤 가람시장과 오태민 한별전자 대표 등 2명이 참석했다``), never its content."""
    after = article.text[lst.end :]
    particle = next((p for p in grammar().partner_particles if after.startswith(p + " ")), None)
    partner = particle is not None and not after[len(particle) + 1 :].startswith(tuple(list_cues().likeness_words))  # not 3곳과 같은 시설
    if lst.announced_count and partner and lst.count_noun in list_cues().party_count_nouns:
        return True  # 가람정밀, 나래식품 등 지역 기업 3곳과 | 협약을 맺었다: whom the agreement is with, whatever the model read
    names = {(entity.start, entity.end) for entity in article.entities if entity.label in PARTY_LABELS}
    people = {entity.start for entity in article.entities if entity.label == PERSON}
    titled = [item.start in people and ends_speaker_title(item.text.split()[-1]) for item in lst.items]  # 정하윤 가람시장, not 이순신 축제
    named = sum((item.start, item.end) in names or person for item, person in zip(lst.items, titled))
    return named == len(lst.items) or named >= 2 and named >= len(lst.items) - 1


def link_partial_lists(found: list[Enumeration], text: str) -> list[Enumeration]:
    """A partial list points at the complete list it summarises, which is an agreement's content when the
    partial one is; its items get their best match."""
    targets = {lst.id: summarised_list(lst, found, text) for lst in found if not lst.complete and lst.announced_count}
    agreed = {target.id for lst in found if (target := targets.get(lst.id)) is not None and lst.kind == AGREEMENT}
    linked = []
    for lst in found:
        if (target := targets.get(lst.id)) is not None:
            lst = replace(lst, refers_to=target.id, items=tuple(replace(item, matches=best_match(item.text, target)) for item in lst.items))
        linked.append(replace(lst, kind=AGREEMENT) if lst.id in agreed else lst)
    return linked


def summarised_list(partial: Enumeration, found: list[Enumeration], text: str) -> Enumeration | None:
    """The complete list with the partial list's count; else a list with no count of its own (lines under
    ``다음과 같다``, ``6대 과제는 ▲A ▲B …``) of as many items as the partial one announces, which holds most of
    its items' words: ``교통 개선 등 5대 과제`` … ``▲교통 개선 ▲주거 안정 …``."""
    complete = next((other for other in found if other.complete and other.announced_count == partial.announced_count), None)
    if complete is not None:
        return complete
    return next((other for other in found if other.announced_count is None and len(other.items) == partial.announced_count
                 and 2 * sum(_held(item.text, other) for item in partial.items) >= len(partial.items) and _introduced_as(other, partial, text)), None)


def _introduced_as(detail: Enumeration, partial: Enumeration, text: str) -> bool:
    """Whether the words before the detailed list on its line (or the line above a list of lines) introduce it as the
    partial one's (``5대 과제는 | ▲…``, ``협약 내용은 다음과 같다. | ① …``), not as another thing's that happens to share
    a word (``주민들은 | ▲주차장 개선 …``)."""
    line_start = text.rfind("\n", 0, detail.start) + 1
    intro = text[line_start : detail.start]
    if not any(character.isalpha() for character in intro):  # ① …: a list of lines, introduced by the line above
        intro = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
    return bool(partial.count_noun) and partial.count_noun in intro or any(cue in intro for cue in list_cues().detail_introductions)


def _held(text: str, other: Enumeration) -> bool:
    """Whether one item of ``other`` holds at least half the words of ``text``."""
    words = text.split()
    return any(2 * sum(word in item.text for word in words) >= len(words) for item in other.items)


def best_match(text: str, target: Enumeration) -> int:
    """The index of the item of ``target`` most like ``text`` (difflib's ratio)."""
    scores = [difflib.SequenceMatcher(None, text, other.text).ratio() for other in target.items]
    return max(range(len(scores)), key=scores.__getitem__)
