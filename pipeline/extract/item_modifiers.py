"""Whose is the modifier before a list's first item: the item's own, or the introduction's.

An item keeps its modifier clause when the other items carry modifiers of their own (``독서를 돕는 앱 ‘책벗’,
노인의 외출을 돕는 서비스 ‘마실’``) or are names in quotes after their descriptions; otherwise a modifier
before the first item scopes over the list (``부산을 제외한 | 군산, 목포``)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Set as AbstractSet

from pipeline.extract.list_items import FIRST_WORD, ListReader
from pipeline.lexicon import grammar, list_cues, quote_cues
from pipeline.record import Item

CLAUSE_OPENERS = frozenset({"JKS", "JX", "EC", "JKB", "JKQ", "EF"})  # what may end an introduction before a modified item
SUBJECT_TAG, TOPIC_TAG, ADVERBIAL_TAG, MODIFIER_TAG, AUXILIARY_TAG = "JKS", "JX", "JKB", "ETM", "VX"
OBJECT_TAG = "JKO"
RANGE_REACH = 5  # morphemes from a range's start to its end's particle: 2 + 일 + 에서 | 주 3 일 로
VERB_TAGS = ("VV", "VA", "VX")
NEXT_WORD = re.compile(r" (\S+)")
COUNT_TAGS = frozenset({"SN", "NNB", "NR"})  # a number and its counter (15 + 개소)


class ItemModifiers(ListReader):
    def _partner(self, item: Item) -> bool:
        """Whether an item is a person, a people's noun or a body, also by its kind: whom the rest is done with (주민과 함께,
        인근 지자체와 함께)."""
        word, people = item.text.split()[-1], quote_cues()
        return people.names_speakers(word) or word in people.one_person_nouns or word in list_cues().party_count_nouns or any(
            e.label in ("PS", "OG", "LC") and e.start < item.end and item.start < e.end for e in self.article.entities)

    def _with_own_modifier(self, items: list[Item], sentence_start: int) -> Item:
        """The first item with the modifier clause before it, when the clause is the item's because the other
        items carry modifiers of their own (독서를 돕는 앱 ‘책벗’, 등록을 통한 … ‘펫나우’);
        otherwise a modifier before the first item scopes over the list (부산을 제외한 | 군산, 목포)."""
        subjects_inside = any(self._modified(item, with_subject=True) for item in items[1:])
        described = self._described_names(items)
        inside_others = set().union(*(self._adverbial_particles(item) for item in items[1:]))
        start = self._clause_start(sentence_start, items[0], subjects_inside, inside_others)
        if start < items[0].start and (any(self._modified(item) for item in items[1:]) or described):
            return self.item(start, items[0].end) or items[0]
        return items[0]

    def _described_names(self, items: list[Item]) -> bool:
        """Every item is a name in quotes after its description (``3D 음향 솔루션 ‘소리샘’``): descriptions
        are each item's own, so the one before the first item is too."""
        quotes = list_cues().name_quotes
        return (len(items) > 1 and items[0].text.endswith(quotes)
                and all(item.text.endswith(quotes) and item.text[:1].isalnum() for item in items[1:]))

    def _past_contrast(self, item: Item) -> Item:
        """A later sub-list's opening modifiers (``A, B 등 3개와 기존의 | D, E 등 5개``) set it
        against the list before it, as that list's introduction did: they are the sub-list's own
        introduction, not its first item's."""
        start = item.start
        for word in FIRST_WORD.finditer(self.text, item.start, item.end):
            index = bisect.bisect_left(self.morpheme_ends, word.end())
            last = self.article.morphemes[index] if index < len(self.article.morphemes) else None
            if word.end() >= item.end or last is None or last.end != word.end() or last.tag not in ("JKG", "ETM"):
                break
            start = word.end() + 1
        return self.item(start, item.end) or item if start > item.start else item

    def _adverbial_particles(self, item: Item) -> set[str]:
        """The adverbial particles inside the item's own modifier clause (창업 청년에게 사무실을 빌려주는 A: 에게)."""
        first = bisect.bisect_left(self.morpheme_ends, item.start + 1)
        inside = self.article.morphemes[first : bisect.bisect_left(self.morpheme_ends, item.end)]
        modifier = next((i for i, m in enumerate(inside) if m.tag == "ETM"), 0)
        return {m.form for m in inside[:modifier] if m.tag == ADVERBIAL_TAG}

    def _before_modifier_verb(self, position: int) -> bool:
        """Whether the word after the one ending at ``position`` is a verb's modifier form (무대로 | 한), also past an adverb
        made of a verb (밤에도 | 안전하게 | 걸을)."""
        word = NEXT_WORD.match(self.text, position)
        if word is None:
            return False
        morphemes = self.article.morphemes
        index = bisect.bisect_left(self.morpheme_ends, word.end())
        ending = list(itertools.takewhile(lambda m: m.end == word.end(), morphemes[index : index + 3]))
        if any(m.tag == "EC" and m.form in list_cues().adverbial_connectives for m in ending):
            return self._before_modifier_verb(word.end())
        return any(m.tag == MODIFIER_TAG for m in ending)

    def _range_in_modifier(self, stretch: list) -> set[int]:
        """The particles of a range whose end's particle comes right before the modifier's verb (주 2일에서 | 주 3일로 | 늘린): the
        range is the modifier's own, counted or not; none of them ends the introduction."""
        cues, found = list_cues(), set()
        for at, morpheme in enumerate(stretch):
            closing = next((i for i in range(at + 1, len(stretch)) if stretch[i].tag == ADVERBIAL_TAG), None)
            near = closing is not None and closing - at <= RANGE_REACH and not any(m.tag == OBJECT_TAG for m in stretch[at:closing])
            if morpheme.tag == ADVERBIAL_TAG and morpheme.form in cues.range_start_particles and near \
                    and stretch[closing].form in cues.range_end_particles and self._before_modifier_verb(stretch[closing].end):
                found |= {at, closing}  # 주 2일에서 주 3일로; not 군청에서 | 빈집을 청년 주택으로: the setting, then the object
        return found

    def _modified(self, item: Item, with_subject: bool = False) -> bool:
        """Whether the item carries its own modifier clause (반려견의 비문 등록을 통한 … ‘펫나우’), with a subject
        of its own when asked (학생들이 요청한 A)."""
        first = bisect.bisect_left(self.morpheme_ends, item.start + 1)
        last = bisect.bisect_left(self.morpheme_ends, item.end)
        tags = [m.tag for m in self.article.morphemes[first:last]]
        modifier = tags.index("ETM") if "ETM" in tags else -1
        return modifier >= 0 and (not with_subject or SUBJECT_TAG in tags[:modifier])

    def _clause_start(self, start: int, item: Item, subjects_inside: bool, inside_others: AbstractSet[str]) -> int:
        """Where the clause before ``item`` begins: after the last subject or topic particle, connective
        ending or comma (과제는 | 아이의 독서를 돕는 앱 ‘책벗’, …): when the other items carry
        their own modifiers, the first item's modifier is the item's, not the introduction's. A subject
        after the sentence's topic, or where the other items' modifiers hold subjects too, is the
        modifier's own (상임위는 | 김 의원이 발의한 A, 이 의원이 발의한 B), the one nearest the item only; so are the words before an item that
        starts inside its modifier (… 의원이 | 대표 발의한 A). An adverbial particle is the modifier's own where the
        other items' modifiers hold the same (청년에게 … 지원하는 A, 창업 청년에게 … 빌려주는 B: ``inside_others``) or
        the modifier's verb follows its word (골목을 무대로 | 한 거리 공연, 지역에 | 정착하려는 청년에게 …); one of
        the introduction's time or place (15일 대회의실에서 | 청년에게 …) is neither."""
        before = self.text[start : item.start].rstrip()
        index = bisect.bisect_left(self.morpheme_ends, start + len(before))
        ending = [m for m in self.article.morphemes[index : index + 3] if m.end == start + len(before)]
        if not before or not any(m.tag == "ETM" for m in ending) and not self._modified(item):
            return item.start  # no verb modifier right before the item, nor one in it
        position, topic = start, False
        last = bisect.bisect_right(self.morpheme_ends, start + len(before))  # past every morpheme ending there: 위하 + 어 of 위해
        stretch = [m for m in self.article.morphemes[bisect.bisect_left(self.morpheme_ends, start + 1) : last] if m.end <= start + len(before)]
        own_subject = None if self._modified(item, with_subject=True) else max(  # the one nearest the item, unless it holds its own
            (i for i, m in enumerate(stretch) if m.tag == SUBJECT_TAG), default=None)
        ranged = self._range_in_modifier(stretch)
        for at, morpheme in enumerate(stretch):
            word_ends = morpheme.end >= len(self.text) or self.text[morpheme.end] in " \n,"
            if (topic or subjects_inside) and at == own_subject:
                continue  # 상임위는 | 김 의원이 발의한 A: after the sentence's topic, a subject is the modifier's own
            counted = at > 0 and stretch[at - 1].tag in COUNT_TAGS  # 15개소로 | 일명 …: the clause that counted them
            adverbial = morpheme.tag == ADVERBIAL_TAG or at > 0 and stretch[at - 1].tag == ADVERBIAL_TAG and stretch[at - 1].end == morpheme.start  # 밤에 + 도
            if adverbial and not counted and (morpheme.form in inside_others or self._before_modifier_verb(morpheme.end)) or at in ranged:
                continue  # 골목을 무대로 한 거리 공연 '골목 소리판', 밤에도 즐길 수 있는 A, 주 2일에서 주 3일로 늘린 것: the item's own modifier
            if at + 1 < len(stretch) and (stretch[at + 1].tag == AUXILIARY_TAG or morpheme.form in list_cues().adverbial_connectives
                                          and stretch[at + 1].tag.startswith(VERB_TAGS)):
                continue  # 즐길 수 있도록 | 하는 A, 안전하게 | 걸을, 있도록 | 만든 A: a connective that goes on in the next verb
            if morpheme.form in list_cues().adverbial_connectives and any(m.tag.startswith(VERB_TAGS) for m in stretch[at + 1 :]):
                continue  # 걸을 수 있도록 | 조명을 단 A: a connective a later verb of the modifier takes, past its object
            dash = morpheme.form in list_cues().introducing_dashes and self.text[morpheme.start - 1 : morpheme.start] == " "  # 기준 — | A
            time_clause = word_ends and at > 0 and stretch[at - 1].tag == MODIFIER_TAG and morpheme.form in list_cues().sequence_nouns  # 거친 뒤 | A
            if word_ends and morpheme.tag in CLAUSE_OPENERS or self.text[morpheme.start] in ",:" or dash or time_clause or self.count_at(morpheme.start):
                position = morpheme.end
                topic = topic or morpheme.tag == TOPIC_TAG and morpheme.form in grammar().topic_particles
        while position < item.start and self.text[position] in " \n":
            position += 1
        return position
