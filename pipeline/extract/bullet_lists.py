"""Bullet lists: one item per line (``△A`` / ``△B``), inline (``△A △B △C``) or dashed (``- A. - B.``).

A count may close the list after its 등 (``△A △B 등 9개 분야``); a count announced before the items
(``다음 3가지``) is not the list's. A paragraph of several sentences that starts with a bullet is a section, not an item.
"""

from __future__ import annotations

import bisect
import itertools
import re

from pipeline.extract.list_counts import strip_particles
from pipeline.extract.list_items import ListReader, count_mismatch
from pipeline.lexicon import grammar, list_cues
from pipeline.record import Enumeration, Item, Paragraph, Span, Warning

PRIVATE_USE_BULLET = re.compile("[\ue000-\uf8ff]")  # symbol-font bullets scraped as private-use characters
DASH_ITEM = re.compile(r"(?:^|(?<=[.!?] ))- ")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
FULL_STOP = "."
NOUN_LIKE_TAGS = ("N", "XSN", "SN", "SL", "SH", "SSC", "ETN")  # what a particle of the item's last word follows (그리 + 기 + 를 too)
INSIDE_PHRASE_PARTICLES = frozenset({"JC", "JKG"})  # 와/과 joining nouns, 의: inside a noun phrase


class BulletLists(ListReader):
    def find(self) -> list[tuple[Enumeration, list[Warning]]]:
        """Runs of paragraphs that start with a bullet, and inline ``△A △B`` runs. Lines of another mark under
        an item (``가. 진단 강화`` / `` - 전수 검사``) are a run of their own, and the run above them goes on after them."""
        found: list[tuple[Enumeration, list[Warning]]] = []
        run = _Run()
        above: _Run | None = None  # the run whose item the current run's lines sit under
        paragraphs = self.article.paragraphs

        def close(closed: _Run, index: int) -> None:
            if closed.family in list_cues().section_marks:
                return  # □ 주거 분야 / ○ … / □ 일자리 분야: section titles, the lists are the lines under them
            if len(closed.items) >= 2 and not self._summary_points(closed.first, index) and not self.is_breakdown(closed.items):
                found.append(self._bullet_list(closed.items, paragraphs[closed.first - 1] if closed.first >= 1 else None))

        for index, paragraph in enumerate([*paragraphs, None]):
            text = self.text[paragraph.start : paragraph.end] if paragraph and self.lists_may_sit_in(paragraph) else ""
            bullet = self._line_bullet(paragraph, text)
            inline = self._inline_runs(paragraph) if text and bullet is None else []
            if bullet is not None and text.count(bullet) == 1:
                item = self.item(paragraph.start + len(bullet), paragraph.end)
                if item is not None:
                    family = bullet_family(bullet)
                    if run.items and family != run.family:  # ▲ a photo's caption, then ◇ a section title: no list
                        if above is not None and above.family == family:
                            close(run, index)  # back to the items above the sub-items
                            run, above = above, None
                        else:
                            if above is not None:
                                close(above, index)
                            run, above = _Run(), run
                    run.add(item, family, index)
                continue
            if bullet is not None:
                inline = self._inline_runs(paragraph)
            for closed in (above, run):
                if closed is not None:
                    close(closed, index)
            run, above = _Run(), None
            for items in inline:
                if len(items) >= 2 and not self.is_breakdown(items):  # a count before a later run is the previous run's
                    found.append(self._bullet_list(items, paragraph))
        return sorted(found, key=lambda pair: pair[0].start)

    def _line_bullet(self, paragraph: Paragraph | None, text: str) -> str | None:
        """The bullet that opens a paragraph (``△``, ``1.``, a symbol font's character), or None; not for a
        paragraph of several sentences (``■ 제목=본문 …``: a section, not a list item)."""
        bullet = next((b for b in list_cues().bullets if text.startswith(b)), None)
        if bullet is None and text[:1] and PRIVATE_USE_BULLET.match(text[:1]):
            bullet = text[0]
        numbered = list_cues().numbered_line.match(text)
        if bullet is None and numbered is not None:
            bullet = numbered.group()  # 1. 교통 개선 / 2. 주거 지원
        return None if bullet is None or paragraph is None or self.sentences_in(paragraph, len(bullet)) > 1 else bullet

    def _summary_points(self, first: int, end: int) -> bool:
        """Bulleted lines above the lead, read as subheadlines: a release's summary of its own points
        (``- 예시군, 주민 지원금 전달`` / ``- …``), which the article then tells, not a list it gives."""
        paragraphs = self.article.paragraphs
        roles = {paragraph.role for paragraph in paragraphs[first:end]}
        return roles <= {"subheadline", "headline"} and any(p.role == "lead" for p in paragraphs[end:])

    def _inline_runs(self, paragraph: Paragraph) -> list[list[Item]]:
        """The inline lists of a paragraph: an item closed by 등 and a count or a clause ends its list,
        and the next mark opens another (``▷A ▷B 등 3개 분야와 ▷C ▷D``; not ``△A 조성 등 녹지 확충 △B``)."""
        text = self.text[paragraph.start : paragraph.end]
        dashes = [m.start() for m in DASH_ITEM.finditer(text)]
        if len(dashes) >= 2:
            items = self._dash_items(paragraph, dashes)
            if not (dashes[0] == 0 and paragraph.role == "lead" and not any(map(self._ends_a_sentence, items))):
                return [items]  # not headlinese run into the lead's start (- 가람 개발. - 나래 예측. 본문 …)
        cues = list_cues()
        marks = [m for m in cues.inline_bullets if text.count(m) >= 2]
        # most paragraphs hold no numbered bullet: one test in C before a walk over their characters
        numbers = [] if cues.numbered_bullets.isdisjoint(text) else [i for i, char in enumerate(text) if char in cues.numbered_bullets]
        if not marks and len(numbers) < 2:
            return []
        mark = marks[0] if marks else text[numbers[0]]  # ①A ②B ③C: the numbers are one family of marks
        positions = [m.start() for m in re.finditer(re.escape(mark), text) if not _closes_a_cue(text, m.start())] if marks else numbers
        if len(positions) < 2:
            return []
        runs: list[list[Item]] = [[]]
        last_end = _list_end(text, positions[0])
        if (closing := self._first_sentence_end(paragraph.start + positions[-1], paragraph.start + last_end)) is not None:
            last_end = closing - paragraph.start + 1  # △C를 골자로 한 계획을 내놨다. | 시는 …: the next sentence is no item's
        for start, end in zip(positions, [*positions[1:], last_end]):
            item_end = _item_end(text, start + len(mark), end)
            closed = start != positions[-1] and self._closes_list(paragraph.start + item_end, paragraph.start + end)
            stop = None if start == positions[-1] or closed else self._sentence_closed_once(paragraph.start + start, paragraph.start + end)
            if stop is not None:  # ▲C 지원을 추진한다. 시는 또 | ▲D …: the sentence ends the list, the next mark opens another
                closed = True
                item_end = self._before_predicate(paragraph.start + start + len(mark), stop) - paragraph.start
            if start != positions[-1] and not closed:
                item_end = len(text[:end].rstrip(" ,."))  # △A 조성 등 녹지 확충 △B, △A, B 등 △C: the whole run
            if start == positions[-1] and not closed and item_end == len(text[:end].rstrip(" ,.")):
                item_end = self._before_predicate(paragraph.start + start + len(mark), paragraph.start + item_end) - paragraph.start
            if start == positions[-1] or closed:
                item_end = self._before_total(paragraph.start + start + len(mark), paragraph.start + item_end, runs[-1]) - paragraph.start
            item = self.item(paragraph.start + start + len(mark), paragraph.start + item_end)
            if item is not None:
                runs[-1].append(item)
            if closed:
                runs.append([])
        return [items for items in runs if items and not any(self._is_a_section(item) for item in items)]

    def _first_sentence_end(self, start: int, end: int) -> int | None:
        """Where the first sentence between ``start`` and ``end`` closed by a final ending ends, when more text follows it."""
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        inside = list(itertools.takewhile(lambda m: m.end <= end, self.article.morphemes[first:]))
        stop = next((after.start for m, after in zip(inside, inside[1:]) if m.tag == "EF" and after.tag == "SF"), None)
        return stop if stop is not None and self.text[stop + 1 : end].strip() else None

    def _sentence_closed_once(self, start: int, end: int) -> int | None:
        """Where the one sentence that an item's run between ``start`` and the next mark at ``end`` closes ends
        (``▲C 지원을 추진한다. 시는 또 ▲D``: the item's own sentence, the next one's opening words after it), when no
        other full stop comes before it nor after it: a section (``◇제목. 본문 … 밝혔다. ◇``) holds more."""
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        inside = list(itertools.takewhile(lambda m: m.end <= end, self.article.morphemes[first:]))
        stops = [after.start for m, after in zip(inside, inside[1:]) if after.tag == "SF"]
        closed = [after.start for m, after in zip(inside, inside[1:]) if m.tag == "EF" and after.tag == "SF"]
        if len(stops) != 1 or not closed or not self.text[closed[0] + 1 : end].strip():
            return None  # ▲A 확대다. ▲B: an item closed on its own, the list going on
        return closed[0]

    def _is_a_section(self, item: Item) -> bool:
        """``◇소제목. 본문 … 밝혔다. ◇…``: an inline item that holds a sentence closed by its final ending is a
        section of the text, not an item (``‘쓰레기 제로! 해남 515!’`` holds none), also the last sentence of one after
        its title (``◇스마트 횡단보도. 보행자가 … 알린다. ◇…``; not ``▲A 확대다. ▲B``, an item closed on its own)."""
        first = bisect.bisect_left(self.morpheme_ends, item.start + 1)
        inside = list(itertools.takewhile(lambda m: m.end < item.end, self.article.morphemes[first:]))
        if any(m.tag == "EF" and after.tag == "SF" for m, after in zip(inside, inside[1:])):
            return True
        last = self.article.morphemes[first + len(inside)] if first + len(inside) < len(self.article.morphemes) else None
        titled = any(m.tag == "SF" and m.form == FULL_STOP for m in inside)  # ◇스마트 횡단보도. | 보행자가 … 알린다: a title, then its
        # sentence (not ‘안전 제일!’ in quote marks)
        return titled and last is not None and last.end == item.end and last.tag == "EF"

    def _closes_list(self, item_end: int, next_mark: int) -> bool:
        """Whether the words between an item's closing 등 and the next mark close the list: a count, or a clause."""
        rest = self.text[item_end:next_mark]
        closing = list_cues().closing_before_count.match(rest)
        if closing is None and not list_cues().closing_in_bullets.match(rest):
            return False
        return (closing is not None and self.count_at(item_end + closing.end()) is not None) or self.has_clause_end(item_end, next_mark)

    def _before_predicate(self, start: int, end: int) -> int:
        """The last inline item stops before the particle that ties it to the sentence's predicate: the
        first one with no modifier after it (``▲주민을 위한 C 건립을 돕는다`` -> 주민을 위한 C 건립;
        ``▲D 교류에 함께 나서기로 했다`` -> D 교류), and before the words that choose among the items (``▲C 가운데
        하나를 준다`` -> C)."""
        end = self._predicate_start(start, end)
        followers = list_cues().choosing_followers  # 가운데 하나를: the choice; 가운데 하나인 …: a description inside the item
        choices = [at for c in list_cues().choosing_phrases if (at := self.text.find(" " + c, start, end)) > start
                   and self.text.startswith(followers, at + 1 + len(c))]
        return min(choices, default=end)

    def _predicate_start(self, start: int, end: int) -> int:
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        particle, previous = None, None
        morphemes = self.article.morphemes
        for index, morpheme in enumerate(morphemes[first:], start=first):
            if morpheme.start >= end:
                break
            after_noun = previous is not None and previous.tag.startswith(NOUN_LIKE_TAGS)
            if morpheme.tag == "ETM" and not self._predicate_noun_follows(index):
                if particle is not None and self._composition_word(start, morpheme.end):
                    return particle.start  # ▷B로 | 이뤄진 평가: what the items make up is no item's
                particle = None  # 자립을 | 위한 …: a particle before a modifier is inside the item
            elif morpheme.tag.startswith("J") and morpheme.tag not in INSIDE_PHRASE_PARTICLES and after_noun and particle is None \
                    and self.text[morpheme.end : morpheme.end + 1] == " ":
                particle = morpheme
            elif morpheme.tag == "EF":
                if particle is None and previous is not None and previous.tag in grammar().tags.copula and previous.start > start:
                    return previous.start  # ▲창업 보육 | 이다.: the copula after the last item's noun
                return particle.start if particle is not None and particle.start > start else end
            previous = morpheme
        return end

    def _composition_word(self, start: int, end: int) -> bool:
        """Whether the word ending at ``end``, alone or with the word before it (``골자로 한``), says what
        the items make up."""
        word_start = self.text.rfind(" ", start, end) + 1
        two_words = self.text[self.text.rfind(" ", start, max(word_start - 1, start)) + 1 : end]
        return bool({self.text[word_start:end], two_words} & list_cues().composition_words)

    def _predicate_noun_follows(self, index: int) -> bool:
        """``추진할 예정이다``: the adnominal ending before a predicate noun and the copula closes the
        sentence's predicate; it modifies no noun of the item."""
        following = self.article.morphemes[index + 1 : index + 3]
        return (len(following) == 2 and following[0].form in grammar().predicate_nouns
                and following[1].tag in grammar().tags.copula)

    def _before_total(self, start: int, end: int, earlier: list[Item]) -> int:
        """The last inline item stops before a total that closes the list (``△D 총 4개 사업을 추진할
        계획이다``), a copula that names it (``△D 강화라는 3대 과제``) or a count of as many items as the run holds
        that ends the phrase (``▲C 여행 3개 코스로``): an item never swallows the predicate. Not when each
        ``earlier`` item ends with a count of the same counter (``▲영업정지 1곳 ▲시정 명령 3곳의 처분``): that
        count is the item's own, a breakdown's."""
        cues, items = list_cues(), len(earlier) + 1
        for count in self.counts(start, end):
            before = self.text[start : count.start()].rstrip()
            word = before.rsplit(maxsplit=1)[-1] if before.strip() else ""
            if word in cues.total_words:
                return start + len(before) - len(word)
            joint = next((j for j in cues.naming_joints if word.endswith(j) and len(word) > len(j)), None)
            if joint:
                return start + len(before) - len(joint)
            if word and cues.number(count.group("number")) == items and self._ends_its_phrase(count) \
                    and not self._counted_alike(earlier, count.group("counter")):
                return start + len(before)  # ▲A ▲B ▲C 여행 | 3개 코스로: the count closes the run without 등
        return end

    def _counted_alike(self, items: list[Item], counter: str) -> bool:
        """Whether every item ends with a count of ``counter`` (``영업정지 1곳``, ``과태료 부과 8곳``)."""
        ends = [self.last_count(item.start, item.end) for item in items]
        return bool(items) and all(found is not None and found.end() == item.end and found.group("counter") == counter
                                   for found, item in zip(ends, items))

    def _ends_its_phrase(self, count: re.Match[str]) -> bool:
        """Whether the count's last word carries a particle or the copula (``3개 코스로``, ``3개 분야다``), not more nouns (``3개 동 증축``)."""
        space = self.text.find(" ", count.end())
        last = self.text[count.start() : space if space >= 0 else len(self.text)].split()[-1].rstrip(".,")
        return strip_particles(last) != last

    def _ends_a_sentence(self, item: Item) -> bool:
        """Whether the item closes on a final ending (``…가져왔다``), not in headlinese (``…할 것으로 예측``)."""
        index = bisect.bisect_left(self.morpheme_ends, item.end)
        return index < len(self.article.morphemes) and self.article.morphemes[index].tag == "EF"

    def _dash_items(self, paragraph: Paragraph, dashes: list[int]) -> list[Item]:
        """``- A다. - B다. - C다. 본문 …``: dashes after sentence ends; the last item is one sentence."""
        text = self.text[paragraph.start : paragraph.end]
        items = []
        for index, (start, end) in enumerate(zip(dashes, [*dashes[1:], len(text)])):
            if index == len(dashes) - 1:
                sentence_end = SENTENCE_END.search(text[start:end])
                end = start + sentence_end.end() if sentence_end else end
            item = self.item(paragraph.start + start + 2, paragraph.start + start + len(text[start:end].rstrip(" .")))
            if item is not None:
                items.append(item)
        return items

    def _form(self, first: Item) -> str:
        """``dashes`` (- A. - B.), ``numbered`` (① A ② B), else ``bullets`` (△ A △ B), from the mark before
        the first item."""
        cues = list_cues()
        mark = self.text[max(first.start - 2, 0) : first.start].strip()
        if mark and mark[-1] in cues.dash_bullets:
            return "dashes"
        if mark and (mark[-1] in cues.numbered_bullets or cues.numbered_line.match(self.text[first.start - 3 : first.start + 1].lstrip())):
            return "numbered"
        return "bullets"

    def _count_spelled_out(self, start: int, first_item: int) -> re.Match[str] | None:
        """``5개 과정(▲A … ▲E)``: a count whose parenthesis opens on the items, which spell it out."""
        count = self.last_count(start, first_item)
        if count is None or count.group("noun") is None:
            return None
        between = self.text[count.end() : first_item]
        return count if between.startswith("(") and ")" not in between and len(between.strip()) <= 2 else None

    def _bullet_list(self, items: list[Item], context: Paragraph | None) -> tuple[Enumeration, list[Warning]]:
        """The list of ``items``, introduced by ``context``; its count is the one that closes it, after its
        last item."""
        cues = list_cues()
        announced, noun = None, None
        last_end = items[-1].end + (self.text[items[-1].end : items[-1].end + 1] in cues.item_stops)  # △A! △B! 등 3가지
        closing = cues.closing_before_count.match(self.text[last_end : last_end + 3])
        after = self.count_after(last_end + closing.end()) if closing else None  # △A △B 등 (총) 9개 분야
        if after is None and closing is not None:  # ▲A ▲B 등 학교와 연계한 23개 기관
            after = self.count_after_modifier(last_end + closing.end(), self.article.paragraph_at(last_end).end)
        if after is None and closing is None and (direct := self.count_after(last_end)) is not None and cues.number(direct.group("number")) == len(items):
            after = direct  # ▲A ▲B ▲C 여행 3개 코스로: a count of as many as the items closes them without 등
        if after is None and context is not None:
            after = self._count_spelled_out(context.start, items[0].start)
        if after is not None:  # △A △B 등 9개 분야; a count before the items (다음 3개다) is not the list's
            announced, noun = cues.number(after.group("number")), self.count_noun(after)
        complete = None if announced is None else announced == len(items)
        start, end = items[0].start, items[-1].end
        intro = Span(context.start, context.end) if context is not None else None
        lst = Enumeration(0, start, end, self.kind(start, end), announced, noun, complete, tuple(items),
                          form=self._form(items[0]), intro=intro)
        return lst, [] if complete is not False else [count_mismatch(lst)]



class _Run:
    """The items of consecutive bullet lines of one mark, and the paragraph index of the first."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.family: str | None = None
        self.first = 0

    def add(self, item: Item, family: str, index: int) -> None:
        if not self.items:
            self.family, self.first = family, index
        self.items.append(item)


def bullet_family(bullet: str) -> str:
    """The kind of mark a list's items share: the mark itself (△, ▲, - are three), all numbered
    lines (``1.``, ``2)``) one kind, all lettered ones (``가.``, ``나.``) another and all circled numbers (①, ②) another."""
    if bullet[:1].isdigit():
        return "1."
    if bullet[:1] in list_cues().letter_numbers and bullet[1:2] in (".", ")"):
        return "lettered"
    return "circled" if bullet in list_cues().numbered_bullets else bullet


def _closes_a_cue(text: str, position: int) -> bool:
    """``◀ANC▶``, ``◀INT▶``: the mark closes a broadcast script's cue and opens no item."""
    opener = text.rfind(list_cues().cue_opener, max(0, position - 8), position)
    return opener >= 0 and text[opener + 1 : position].isalpha()


def _list_end(text: str, first: int) -> int:
    """Where a run of inline items ends: at the parenthesis that closes one opened right before the
    first bullet (``3개 과정(▲A ▲B) 총 500시간``), else at the end of the paragraph."""
    if text[:first].rstrip().endswith("("):
        closing = text.find(")", first)
        while closing != -1 and text.count("(", first, closing) > text.count(")", first, closing):
            closing = text.find(")", closing + 1)  # ▲문화(예술) 교육: a parenthesis inside an item
        if closing != -1:
            return closing
    return len(text)


def _item_end(text: str, start: int, end: int) -> int:
    """An inline bullet item ends before the sentence goes on: at the closing 등 (``△C 등 9개
    분야``, ``△C 등이다.``), else at the end of its run; not at the 등 of examples the item gives
    of its own noun (``③학교·체육관 등 임시 대피소 확대다``)."""
    segment = text[start:end]
    cut = next((c for c in list_cues().closing_in_bullets.finditer(segment) if not _closes_examples(segment, c)), None)
    return start + (cut.start() if cut else len(segment.rstrip(" ,.")))


def _closes_examples(segment: str, closing: re.Match[str]) -> bool:
    """Whether the 등 closes examples joined by a middle dot inside an item, its noun right after it:
    ``학교·체육관 등 임시 대피소``, but not a count (``C·D 등 2개``) nor a particle (``C·D 등을``)."""
    before = segment[: closing.start()].split()
    after = segment[closing.end() :]
    return bool(before) and list_cues().middle_dot.search(before[-1]) is not None and closing.group().strip() == list_cues().closing_word \
        and after[:1] == " " and after[1:2].isalpha() and not list_cues().count_phrase.match(after, 1)
