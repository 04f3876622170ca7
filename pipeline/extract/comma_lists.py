"""Comma lists in a sentence: ``A, B, C 등 8개 사항``, ``A, B를 포함한 9개소``, ``A, B, C 4개 기관``.

Items are separated by commas (not inside parentheses), and the first two by 와/과 (``A와 B, C``);
``·`` and ``및`` stay inside an item. The first item starts after the last word ending in a particle
or a verb ending (``경기도와 광주광역시가 | 인공지능(AI) 산업 분야 상호 협력, …``), past a verb
modifier that belongs to the introduction (``기금에 포함된 | A``). A count may sit after 등, with a modifier
between (``… 등 상생발전을 위한 8개 과제``); one before the items (``9개 스타트업은 A, B 등이다``) is not the list's."""

from __future__ import annotations

import bisect
import itertools
import re

from pipeline.extract.count_runs import in_a_run_of_counts
from pipeline.extract.counted_lists import CountedLists
from pipeline.extract.list_counts import strip_particles
from pipeline.extract.joined_items import JoinedItems
from pipeline.extract.list_items import FIRST_WORD, MODIFIER_REACH
from pipeline.extract.list_people import people_named
from pipeline.extract.list_pieces import split_items
from pipeline.lexicon import entity_cues, governments_named, grammar, is_job_title, known_names, list_cues, quote_cues
from pipeline.record import Enumeration, Item, Span, Warning

SELECTING_NOUN_TAGS = ("NNB", "NNG")  # 중 (bound), 가운데
PRONOUN_TAG = "NP"  # 이와 함께: "with this", no item
NOMINAL_ENDING = "ETN"  # 그리 + 기: a verb made a noun
OPENING_NAME_MARKS = ("‘", "“", "'", '"')  # a name in quote marks after its description (라이브커머스 '바다장터')
COMPOUND_NOUN_TAGS = ("NNG", "NNP")  # 인재 | 우선 | 채용: the nouns an adverb joins as a word of their compound
PERSON_LABEL, PLACE_LABELS, PLACE_OR_BODY = "PS", ("LC", "OG"), "place or body"  # 서울뿐만 아니라 | 부산: names of one kind


class CommaLists(CountedLists, JoinedItems):
    def find(self) -> list[tuple[Enumeration, list[Warning]]]:
        """Every comma list of the article; without 등, only a count its items add up to closes a list."""
        cues = list_cues()
        found: list[tuple[Enumeration, list[Warning]]] = []
        for sentence in self.article.sentences:
            if not self.lists_may_sit_in(paragraph := self.article.paragraphs[sentence.paragraph]) or self.is_subtitle(paragraph):
                continue  # a weather widget, a ranking list, a photo caption or a subtitle is not a list of the article
            text = self.text[sentence.start : sentence.end]
            after_list = sentence.start  # A, B, C 등 3개와 | 기존의 D, E 등 5개: sub-lists side by side
            described = None  # A, B 등 | C와 D 등 2개 분야: where the phrase that examples describe starts
            for closing in cues.closing.finditer(text):
                if not self._is_closing_word(sentence.start + closing.end() - 1):
                    continue  # 중고등, 초등: 등 inside a word
                bounds = (sentence.start, sentence.start + closing.start(), sentence.start + closing.end(), sentence.end)
                lst = self._list_before(*bounds, after_list)
                if described is not None and _describes_first_item(lst, wider := self._list_before(*bounds, described)):
                    lst = wider
                described = None
                if lst is not None:
                    found.append((lst, []))
                    after_list = lst.end if lst.end <= sentence.start + closing.end() + MODIFIER_REACH else after_list
                elif joined := self.joined_after(sentence.start + closing.end(), sentence.end):
                    after_list, described = joined, sentence.start + closing.end()  # A, B 등 노사정 대표와 | C, D 등 10개 기업
            for closing in cues.including_phrase.finditer(text):
                # A, B를 포함한 9개소: "including", closed by a count only.
                lst = self._list_before(sentence.start, sentence.start + closing.start(), sentence.start + closing.end(), sentence.end)
                if lst is not None and lst.announced_count is not None and len(lst.items) > 1:
                    found.append((lst, []))  # one thing "among" a count (A를 포함한 5개 사업) is no list
            for count in self.counts(sentence.start, sentence.end):
                lst = self._counted_without_closing(sentence.start, sentence.end, count) or self._dotted(sentence, count) \
                    or self._parenthesised(sentence, count)
                if lst is not None and not any(other.start <= lst.start < other.end for other, _ in found):
                    found.append((lst, []))
        return found

    def _counted_without_closing(self, sentence_start: int, sentence_end: int, count: re.Match[str]) -> Enumeration | None:
        """``A, B, C 4개 기관은``: the count right after a comma list, without 등."""
        word, before = list_cues().closing_word, self.text[sentence_start : count.start()].rstrip()
        before = next((before[: -len(total)].rstrip() for total in list_cues().total_words if before.endswith(" " + total)), before)  # A, B 총 2곳
        if count.start() == sentence_start or before.endswith(word) or "," not in before or not self.text[count.start() - 1].isspace():
            return None
        last = sentence_start + before.rfind(",") + 1
        if not self.text[last : sentence_start + len(before)].strip():
            return None  # A와 B, | 3개 도시 시장과 …: the count opens a piece of its own
        if self.has_word_boundary(last, sentence_start + len(before), joined=True) or f" {word} " in self.text[last : sentence_start + len(before)]:
            return None  # the last piece is a clause or an already closed list, not an item
        if count.group("noun") is not None and strip_particles(count.group("noun")) == word \
                or self._ends_with_count(sentence_start, sentence_start + before.rfind(",")):
            return None  # 산단형 7곳, 항만형 5곳 …: the items' own numbers, not a count of them
        end = sentence_start + len(before)
        lst = self._list_before(sentence_start, end, end, sentence_end)
        # Without 등 a list is whole: a count its items do not make is another thing's (매칭, 기존 41개 과제); and a
        # headline's comma after its first phrase sets off the subject (가람미술관, 가을 기획전 2건 개막).
        whole = lst is not None and lst.announced_count is not None and len(lst.items) > 1 and lst.complete
        return lst if whole and not (lst.start == sentence_start and self.article.paragraph_at(lst.start).is_headline) else None

    def _list_before(self, sentence_start: int, items_end: int, closing_end: int, sentence_end: int,
                     pieces_start: int | None = None) -> Enumeration | None:
        """The list whose items end at ``items_end`` (its 등), looked for after ``pieces_start`` (the end of
        a list before it in the sentence), introduced by its sentence."""
        cues = list_cues()
        late = pieces_start is not None and sentence_start < pieces_start < items_end
        offset = self._past_joiner(pieces_start, items_end) if late else sentence_start  # type: ignore[arg-type]
        pieces = [(start + offset - sentence_start, end + offset - sentence_start) for start, end in split_items(self.text[offset:items_end])]
        pieces = self._after_last_ellipsis(pieces, sentence_start)  # 가람시의회, 임시회 개회…| 조례안 등 12건: a headline's clauses
        # The list starts after the last clause boundary before its last item: earlier pieces belong
        # to an introduction ("한편, 동해시는 A와 B, C 등" -> A와 B | C).
        for index in range(len(pieces) - 1, -1, -1):
            start, end = pieces[index]
            if index == 0 or self.has_clause_end(self.past_own_modifier(sentence_start + start, sentence_start + end),
                                                 sentence_start + end) or self._list_closed_inside(sentence_start + start, sentence_start + end):
                moved = self._item_start(sentence_start + start, sentence_start + end) - sentence_start
                pieces = [(moved, end), *pieces[index + 1 :]]
                if self.item(sentence_start + moved, sentence_start + end) is None and len(pieces) > 1:  # 있고, | 이번에 | A, B 등
                    following, following_end = pieces[1]
                    pieces = [(self._item_start(sentence_start + following, sentence_start + following_end) - sentence_start, following_end), *pieces[2:]]
                break
        items = [self.item(sentence_start + s, sentence_start + e) for s, e in pieces]
        items = [item for item in items if item is not None and item.text not in cues.discourse_markers]
        if len(items) > 1 and self._headline_topic(items, self._count_of(items, closing_end, sentence_end)):
            items = [self.item(self._item_start(items[1].start, items[1].end), items[1].end) or items[1], *items[2:]]  # 가람시, | 정부에 | A 등
        if items:
            items[0] = self._with_own_modifier(items, sentence_start)
        if late and items and not any(self._modified(item) for item in items[1:]):
            items[0] = self._past_contrast(items[0])  # 3개와 기존의 | D, E 등 5개
        after = self.text[closing_end:sentence_end]
        count = self._count_of(items, closing_end, sentence_end)
        if not self.is_a_list(items, count, after) or not all(self.ends_with_noun(item) for item in items) \
                or count is not None and in_a_run_of_counts(self, count, items, sentence_start, sentence_end):
            return None  # an item never ends in a verb: the "list" is running text; a run of counts is a breakdown
        start, end = items[0].start, closing_end
        announced, noun = None, None
        if count is not None:  # a count before the items (9개 스타트업은 A, B 등이다) is not the list's
            announced, noun = cues.number(count.group("number")), self.count_noun(count)
            unit = strip_particles(count.group("noun") or "")
            if noun == count.group("counter") and unit and all(item.text.endswith(unit) for item in items):
                noun = unit  # 노원동, 침산동 등 3개 동: a bound noun, the unit every item is named with
            end = self.noun_end(count, noun)
        if announced and len(items) < announced:
            items = self._with_leading_item(items, sentence_start)
            start = items[0].start
        if announced and len(items) < announced:
            items = self.split_to_count(items, announced)
        if announced is None or len(items) <= announced:
            items = self.split_first_pair(items, announced or len(items) + 1)
            items[0] = self._with_own_modifier(items, sentence_start)  # A와 B: the pair may show A's modifier is its own
            start = items[0].start
        complete = None if announced is None else len(items) == announced  # no count: nothing to be complete against
        return Enumeration(0, start, end, self.kind(sentence_start, sentence_end), announced, noun, complete, tuple(items),
                           form="comma", intro=Span(sentence_start, sentence_end))

    def _count_of(self, items: list[Item], closing_end: int, sentence_end: int) -> re.Match[str] | None:
        """The count after the closing word: ``등 8개 사항``, ``등 총 8개 사항``, ``등의 3개 분야``, or past a modifier,
        ``등 상생발전을 위한 8개 과제`` (not ``등을 통해 2개소``)."""
        after, possessive = self.text[closing_end:sentence_end], list_cues().possessive + " "
        count = self.count_after(closing_end, sentence_end)
        if count is None and after.startswith(possessive):
            count = self.count_at(closing_end + len(possessive), sentence_end)
        if count is None and after.startswith(" "):
            count = self.count_after_modifier(closing_end, sentence_end, items)
        return count

    def _list_closed_inside(self, start: int, end: int) -> bool:
        """Whether an earlier list closes inside the piece, its 등 and count before the next one's items (``A, B 등 1차 심사를
        통과한 25개 업소를 대상으로 | 맛, 친절도 등 3개 항목``)."""
        closing = self.text.find(f" {list_cues().closing_word} ", start, end)
        return closing >= 0 and self.last_count(closing, end) is not None

    def _after_last_ellipsis(self, pieces: list[tuple[int, int]], sentence_start: int) -> list[tuple[int, int]]:
        """In a headline, the pieces after the last ellipsis among them, which ends the headline's clause before the
        list's (``가람시의회, 임시회 개회…조례안, 동의안 등 12건``); not one inside a quoted title (``‘여름…그리고 가을’``),
        and in running text none, where an ellipsis is an item's own (``하천…계곡 정화``)."""
        if not self.article.paragraph_at(sentence_start).is_headline:
            return pieces
        for index in range(len(pieces) - 1, -1, -1):
            start, end = pieces[index]
            piece = self.text[sentence_start + start : sentence_start + end]
            cut = max((piece.rfind(mark) + len(mark) for mark in grammar().ellipses if mark in piece), default=-1)
            if cut >= 0 and not any(piece[:cut].count(mark) % 2 for mark in quote_cues().double_and_single_marks):
                return [(start + cut, end), *pieces[index + 1 :]] if piece[cut:].strip() else pieces[index + 1 :]
        return pieces

    def _headline_topic(self, items: list[Item], count: re.Match[str] | None) -> bool:
        """Whether a headline's first item is its topic set off by a comma: governments joined, a quoted name after its place
        or a name before a count of another kind (``가람시·나래군,``, ``정선 '아라리 축제',``, ``고흥군, 유자 등 5개 특산물``), before
        items that name no place or body (not ``현대차·기아, 부품 협력사 등 50개사`` nor ``'나 혼자 산다', '런닝맨' 등``); or a
        government before companies counted (``가람시, 나래정밀·한빛식품 등 기업 4곳과``)."""
        first = items[0]
        if not self.article.paragraph_at(first.start).is_headline or self.text[first.end : first.end + 1] != ",":
            return False
        parts = list_cues().middle_dot.split(first.text)
        governments = len(parts) > 1 and all((name := known_names().get(part)) is not None and name.government for part in parts)  # 가람시·나래군
        place, _, name = first.text.partition(" ")
        placed_name = (known := known_names().get(place)) is not None and known.label == "LC" and name[:1] in quote_cues().double_and_single_marks \
            and name.endswith(tuple(quote_cues().name_closing_marks))  # 정선 '별빛축제'; not '나 혼자 산다', a title alone
        before = count.string[first.end : count.start()].split()[-1:] if count is not None else []  # 등 | 기업 | 4곳
        nouns = {self.count_noun(count), count.group("counter"), *before} if count is not None else set()
        named = count is not None and not nouns & set(list_cues().party_count_nouns) \
            and any(e.start == first.start and e.label in ("OG", "LC", "PS") for e in self.article.entities)  # 고흥군, | 유자 등 5개 특산물
        companies = (governments or bool(governments_named(first.text))) and any(  # 가람시, | 나래정밀·한빛식품 등 기업 4곳
            noun.endswith(list_cues().company_count_nouns) for noun in nouns if noun)
        people = count is not None and _names_people(first.text.split()[-1])  # 가람시장 후보들, | 교통·일자리·돌봄 등 3대 공약
        return companies or (governments or placed_name or named or people) and not any(  # 서산시, 대산항 물류 등: a place inside an item is no item's kind
            (e.start, e.end) == (item.start, item.end) and e.label in ("OG", "LC") for item in items[1:] for e in self.article.entities)

    def _past_joiner(self, start: int, end: int) -> int:
        """After a list: past what is glued to its end, the 와/과 or particle that joins it to the next one
        (``3개와 | 기존의 D``)."""
        word = FIRST_WORD.match(self.text, start, end)
        return word.end() if word is not None and word.start() == start else self.past_counted_noun(start, end)

    def _ends_with_count(self, start: int, end: int) -> bool:
        match = self.last_count(start, end)
        return match is not None and not self.text[match.end() : end].strip()

    def _is_closing_word(self, position: int) -> bool:
        """Whether the 등 at ``position`` is its own word (kiwipiepy's dependent noun), as in ``A, B 등``."""
        index = bisect.bisect_left(self.morpheme_ends, position + 1)
        morpheme = self.article.morphemes[index] if index < len(self.article.morphemes) else None
        return morpheme is None or morpheme.start == position and morpheme.form == list_cues().closing_word

    def _item_start(self, start: int, end: int) -> int:
        """Move the first item's start past the words that introduce the list (subject, adverbs)."""
        tags, cues = grammar().tags, list_cues()
        position = start
        scan_end = self.second_of_pair(start, end) or end  # A과 [B's own modifier] B: its particles are B's
        bracketed = self.bracketed(start, scan_end)
        for index in range(bisect.bisect_left(self.morpheme_ends, start + 1), len(self.article.morphemes)):
            morpheme = self.article.morphemes[index]
            if morpheme.end > scan_end:
                break
            word_ends = morpheme.end == len(self.text) or self.text[morpheme.end] in " \n,"  # the cheapest test first
            if not word_ends or any(a < morpheme.start and morpheme.end < b for a, b in bracketed):
                continue  # inside a word; inside quotes or parentheses: a title's or a note's words, not the introduction
            boundary = morpheme.tag in tags.word_boundary and morpheme.form not in grammar().conjunctive_particles and not self.noun_ending_read_as_particle(morpheme) \
                and not (morpheme.tag == NOMINAL_ENDING and not self.text[morpheme.end : scan_end].strip())  # 텃밭 가꾸기, 주민 참여도: the item's own
            selects = morpheme.form in cues.intro_nouns and morpheme.tag in SELECTING_NOUN_TAGS  # 사업 중 | A; 사업 가운데 | A
            adverb = morpheme.tag in tags.adverb and morpheme.form not in grammar().conjunctive_adverbs \
                and not self._between_nouns(index)  # 또 |, not A 및 B, nor 인재 우선 채용
            apposition = morpheme.tag == "ETM" and self.article.morphemes[index - 1].tag in tags.copula  # 투자 사업인 | A
            if boundary or adverb or selects or apposition:
                position = morpheme.end  # 시는 | A, …; 신규사업 중 | A (but A와 B: both items)
        counted = max(cues.intro_count.finditer(self.text[start:end]), key=lambda found: found.start(), default=None)
        if counted is not None:
            return start + counted.end()  # 명소는 12개소로 | 일명 솔바람길이라 불리는 A, …: the items follow their count
        position = self._back_to_label(start, position, end)  # 과제 — | 주민이 직접 관리하는 A: the modifier after a label is the item's
        label = self.text.rfind(":", position, end)  # 교통: | 버스, …: a label names what follows
        if label >= 0:
            position = label + 1
        dash = max(self.text.rfind(f" {mark} ", position, end) for mark in cues.introducing_dashes)
        if dash >= 0:
            position = dash + 2  # 군이 내놓은 처방 — | A, B 등 3대 전략: a spaced dash introduces like a colon
        ellipsis = max((self.text.rfind(mark, position, end) + len(mark) for mark in grammar().ellipses if mark in self.text[position:end]), default=-1)
        position = max(position, ellipsis)  # 예시위…| 주민부담 완화 등 6개 안건: a headline's clauses
        position = end - len(self.text[position:end].lstrip(" "))
        if max(label, dash) >= 0:
            return self._past_date(position, end)  # 경제 분야: | 빈 점포 창업 지원: after a label the modifier is the item's
        return self._past_leading_modifier(self._past_date(position, end), end)

    def _back_to_label(self, start: int, position: int, end: int) -> int:
        """Back to right after a label's colon or a spaced dash before ``position`` when only the first item's own modifier
        stands between (``우선 과제 — 주민이 직접 관리하는 | A``: 이 is the modifier's subject); a topic or a comma after the
        label opens the sentence's own clause (``현황: 시는 | A``)."""
        dashes = [at + 1 for mark in list_cues().introducing_dashes if (at := self.text.rfind(f" {mark} ", start, position)) >= 0]
        label = max([self.text.rfind(":", start, position), *dashes])
        if label < start or "," in self.text[label + 1 : position]:
            return position
        inside = self.article.morphemes[bisect.bisect_left(self.morpheme_ends, label + 2) : bisect.bisect_left(self.morpheme_ends, end)]
        before = [m for m in inside if m.end <= position]
        if any(m.tag == "JX" and m.form in grammar().topic_particles for m in before) or not any(m.tag == "ETM" for m in inside):
            return position
        return label + 1

    def _between_nouns(self, index: int) -> bool:
        """An adverb that also names a kind, between two bare nouns, is a word of their compound (``인재 우선 채용``), not one
        of the sentence before the item; not after a date or a time (``올해 우선 | A``), nor one that is only an adverb
        (``참가자 모두 | A``, ``기간 내내 | A``)."""
        morphemes = self.article.morphemes
        if morphemes[index].form not in list_cues().nominal_adverbs:
            return False
        before, after = morphemes[index - 1] if index else None, morphemes[index + 1] if index + 1 < len(morphemes) else None
        return before is not None and after is not None and before.tag in COMPOUND_NOUN_TAGS and after.tag in COMPOUND_NOUN_TAGS \
            and self.text[before.end : morphemes[index].start] == " " and not any(
                e.start <= before.start and before.end <= e.end and e.label in ("DT", "TI") for e in self.article.entities)

    def _past_date(self, start: int, end: int) -> int:
        """A date or time before the first item is when, not what (지난 5일 | A·B·C 등 3개 읍면; 오후 5시 기준 | A), unless a
        modifier clause of the item holds it (2017년 선정된 A; not a clause of time, 2008년 출범한 뒤 | A). A time of day without a number (야간 관광 코스
        개발) is the item's own word."""
        when = next((e for e in self.article.entities if e.start <= start < e.end
                     and (e.label == "DT" or e.label == "TI" and any(map(str.isdigit, e.text)))), None)
        if when is None or when.end >= end or self.text[when.end] != " ":
            return start
        first = bisect.bisect_left(self.morpheme_ends, when.end + 1)
        if any(m.tag == "ETM" and not self._opens_time_clause(m.end) for m in itertools.takewhile(lambda m: m.end <= end, self.article.morphemes[first:])):
            return start
        after = when.end
        tail = next((t for t in entity_cues().duration_tails if t.startswith(" ") and self.text.startswith(t + " ", after)), "")
        after += len(tail)  # 한 주 동안 | A
        as_of = next((f" {word}" for word in list_cues().as_of_words if self.text.startswith(f" {word} ", after)
                      and any(map(str.isdigit, when.text))), "")  # not 지난달 | 기준 금리 인하: a compound
        return self._past_date(after + len(as_of) + 1, end)  # 이날 | 오후 5시 기준 | A: a date, then a time

    def _past_leading_modifier(self, start: int, end: int) -> int:
        """Skip first words that belong to what came before: a verb modifier (기금에 포함된 | A), with a dependent noun and
        its own modifier (쉴 수 있는 | A) or a noun of time (나눈 뒤 | A), a discourse marker (이날 | A), a time of day after
        a date (이날 오후 | A) or a period (행사 기간 | A)."""
        word = FIRST_WORD.match(self.text, start, end)
        if word is None or word.end() >= end:
            return start
        if word.group() in list_cues().discourse_markers or word.group() in list_cues().times_of_day and self.after_when(start):
            return word.end() + 1
        period = FIRST_WORD.match(self.text, word.end() + 1, end)
        named = period is not None and period.end() < end and (getattr(self.morpheme_at.get(period.end() + 1), "tag", None) == "NNP"
                                                               or not self.text.startswith(OPENING_NAME_MARKS, period.end() + 1)
                                                               and any(mark in self.text[period.end() : end] for mark in OPENING_NAME_MARKS))
        if named and period.group() in list_cues().period_nouns and not self._ends_in_modifier(word.end()):
            return period.end() + 1  # 행사 기간 | 가람역사관, …, 행사 기간 | 라이브커머스 '바다장터': when, not what (not 근로 기간 연장: an item)
        position = start
        while word is not None and word.end() < end and self._ends_in_modifier(word.end()):
            position = word.end() + 1
            after = FIRST_WORD.match(self.text, position, end)
            if after is None or after.end() >= end:
                break
            if after.group() in grammar().clause_nouns:
                marker = FIRST_WORD.match(self.text, after.end() + 1, end)  # 출범한 뒤 그동안 | A: and the discourse marker after it
                return marker.end() + 1 if marker and marker.end() < end and marker.group() in list_cues().discourse_markers else after.end() + 1
            then = FIRST_WORD.match(self.text, after.end() + 1, end)
            dependent = self.morpheme_at.get(after.start())
            if dependent is not None and dependent.tag == "NNB" and dependent.end == after.end() and then is not None:
                word = then  # 쉴 수 | 있는: the dependent noun's own modifier follows
            else:
                break
        return position

    def _opens_time_clause(self, modifier_end: int) -> bool:
        """Whether a noun of a clause of time follows the adnominal form ending at ``modifier_end`` (``출범한 | 뒤``): the
        modifier dates what follows, it names no item (2008년 출범한 뒤 | A)."""
        word = FIRST_WORD.match(self.text, modifier_end + 1)
        return self.text[modifier_end : modifier_end + 1] == " " and word is not None and word.group() in grammar().clause_nouns

    def _ends_in_modifier(self, word_end: int) -> bool:
        """Whether the word ending at ``word_end`` is a verb's adnominal form (제외한 = 제외 + 하 + ᆫ)."""
        index = bisect.bisect_left(self.morpheme_ends, word_end)
        return any(m.end == word_end and m.tag == "ETM" for m in self.article.morphemes[index : index + 3])

    def _with_leading_item(self, items: list[Item], sentence_start: int) -> list[Item]:
        """``교통 개선을 비롯해 주거 지원, 교육 협력 등 3개 분야``: the item set before the rest is the first; not an occasion
        "together with" which the items go (``이번 개편과 함께 | 교통 및 주거, 생활 인프라 등 3개``)."""
        cues, lead = list_cues(), self.leading_cue_before(items[0])
        if lead is None or items[0].start - len(lead) - 1 < sentence_start:
            return items
        end = items[0].start - len(lead) - 1
        piece_start = max(sentence_start, self.text.rfind(",", sentence_start, end) + 1)
        item = self.item(self._item_start(piece_start, end), end)
        occasion = item is not None and item.text.split(" ", 1)[0] in cues.occasion_determiners  # 이번 개편과 함께: when
        partner = item is not None and lead in cues.joined_leading_item and (self._partner(item) or occasion)  # 주민과 함께: with whom
        pronoun = item is not None and (word := self.morpheme_at.get(item.start)) is not None and word.tag == PRONOUN_TAG and word.end == item.end
        contrasted = item is not None and lead in cues.contrasted_leading_item and not self._named_alike(item, items[0])  # 주민뿐만 아니라 | 가람시
        return [item, *items] if item is not None and self.ends_with_noun(item) and not partner and not pronoun and not contrasted else items  # 이와 함께: none

    def _named_alike(self, item: Item, other: Item) -> bool:
        """Whether both items name people (``한도윤 의원뿐만 아니라 | 김보람 의원``), or both hold a place or a body the entities
        read (``서울뿐만 아니라 | 부산``; a government is either, by its particle)."""
        kinds = [PERSON_LABEL if people_named(self.article, i) else next((PLACE_OR_BODY for e in self.article.entities
                                                                          if i.start <= e.start and e.end <= i.end and e.label in PLACE_LABELS), None)
                 for i in (item, other)]
        return kinds[0] is not None and kinds[0] == kinds[1]


def _names_people(word: str) -> bool:
    """``후보들``, ``주민들``: a title or a noun of people, in the plural (not ``시``, a body that may be an item)."""
    stem = quote_cues().plural_stem(word)
    return stem is not None and (quote_cues().names_speakers(stem) or is_job_title(stem))


def _describes_first_item(listed: Enumeration | None, wider: Enumeration | None) -> bool:
    """Whether the phrase that examples closed by 등 describe is the list's first item (``A, B 등 | 관광 분야와 복지 분야 등 2개
    분야``): where the list without it has one item at most, or where with it the count is made and it is of the counted kind;
    not the guests before a count of farms (``A 군수, B 의장 등 내빈과 | C, D, E 등 4개 농협``)."""
    if wider is None or len(wider.items) < 2:
        return False
    counted_kind = bool(wider.complete and wider.count_noun and wider.items[0].text.endswith(wider.count_noun))
    return listed is None or len(listed.items) < 2 or counted_kind
