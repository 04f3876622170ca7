"""What the list finders share: items cut from the text, the list's kind, whether items make a list, and a warning.

:class:`ListReader` holds one record's text and morphemes with the lookups both finders make; it reads counts as
:class:`pipeline.extract.list_counts.CountReader` does.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from pipeline.extract.list_counts import COUNTED_NOUN_TAGS, CountReader
from pipeline.extract.list_people import CLOSING_PARENTHESIS, JOINING_TAG, people_named
from pipeline.lexicon import entity_cues, grammar, list_cues, quote_cues
from pipeline.record import Article, Enumeration, Item, Morpheme, Paragraph, Warning


FIRST_WORD = re.compile(r"\S+")
WHEN_LABELS = ("DT", "TI")
NAMED_THING_TAGS = frozenset({"NNP", "SL", "SN", "SH"})  # 가람1호, K9: a name, not a kind
ADVERBIAL_CASE_TAG, ADNOMINAL_ENDING_TAG = "JKB", "ETM"  # 혐의로; 문을 닫은
MEASURED_THING_WORDS = 2  # 100억 원 | 기금 조성: an amount and what is done with it, no amount alone
NUMBER_AND_UNIT = re.compile(r"\d[\d,.]*\s?[^\s\d]{0,3}$")
MODIFIER_REACH = 30  # characters after 등 in which a count may follow a modifier (등 상생발전을 위한 8개 과제, 등 올해 특별 지원 대상 목록에 해당하는 4개 사업)
ITEM_CLAUSE_BREAK = re.compile(r"[.,](?!\d)")  # a comma inside a number (1,339억원) does not end a clause
QUOTED = re.compile(r"[‘“'\"][^‘“’”'\"]*[’”'\"]")  # a quoted name, whose words are its own


class ListReader(CountReader):
    def __init__(self, article: Article, like: ListReader | None = None) -> None:
        """``like``: a reader of the same article, whose indexes of its morphemes (read only) serve this one too."""
        self.article = article
        self.text = article.text
        if like is not None and like.article is article:
            self.morpheme_ends, self.morpheme_at = like.morpheme_ends, like.morpheme_at
            return
        self.morpheme_ends = [m.end for m in article.morphemes]
        self.morpheme_at = {m.start: m for m in reversed(article.morphemes)}  # the first morpheme starting there

    @staticmethod
    def lists_may_sit_in(paragraph: Paragraph) -> bool:
        """Page chrome (a weather widget, a ranking list) and captions (``▶ 인터뷰 : …``) hold no list of the article."""
        return not paragraph.is_chrome and paragraph.role != "caption"

    def is_subtitle(self, paragraph: Paragraph) -> bool:
        """A title line opened by a dash (``- 교통·주거 등 2대 과제 마련 -``), one opened by a section mark
        after the lead (``■ …``) or a section title among the body's paragraphs (``도서관·체육관 등 2개
        시설 야간 개방``); a deck (above the lead, or scraped right below it) and a bullet list's item
        (``△교통: 버스, 지하철 등 …``) are not."""
        cues = list_cues()
        if not paragraph.is_headline:
            return False
        if self.text.startswith(cues.subtitle_dashes, paragraph.start):
            return True
        after_lead = any(p.role in ("lead", "body") and p.end <= paragraph.start for p in self.article.paragraphs)
        if after_lead and self.text.startswith(cues.section_marks, paragraph.start):
            return True  # ■ 교통·주거 등 2대 과제 마련: a section title, even right below the lead
        inside_body = any(p.role == "body" and p.end <= paragraph.start for p in self.article.paragraphs)
        return inside_body and not self.text.startswith(cues.bullets, paragraph.start)

    def is_a_list(self, items: list[Item], count: re.Match[str] | None, after: str) -> bool:
        """Whether items closed by 등 (and ``count``, if any) are a list, not a sum or a breakdown."""
        cues = list_cues()
        if not items or count is None and all(cues.amount.search(item.text) for item in items):
            return False  # 국비 1억 원과 지방비 1억 원 등 총 2억 원: a sum, not a list
        if self.is_breakdown(items):
            return False  # 산단형 7곳, 항만형 5곳, 공항형 1곳: a breakdown of a number, not a list
        measures = [cues.leading_measure.match(item.text) for item in items]
        if len(items) > 1 and all(measures) and any(len(self._words_past_amount(item.text[m.end() :])) < MEASURED_THING_WORDS
                                                    for item, m in zip(items, measures) if m):
            return False  # 70층, 58층, 41층 높이의 주상복합 3개 동: numbers with units, not things of one kind (but 100억 원 기금 조성, …)
        if count is not None and (cues.is_age(count.group("number"), count.group("counter")) and any(people_named(self.article, item) for item in items)
                                  or len(items) == 1 and items[0].text in quote_cues().company_nouns):
            return False  # A군 등 10대 학생들: people in their teens; 업체 등 11곳: the kind counted, no item of it
        if count is not None and self.counts_units_of_a_kind(count, items):
            return False  # 버스와 화물차 등 차량 4대: kinds of vehicle, and how many vehicles
        if count is not None:  # people: each named, as many as the count (한도윤 교수, 박보람 연구사 등 2명; not 도하람 씨 등 3명)
            people = [people_named(self.article, item, counted_as_people=True) for item in items]
            named = sum(people) + self._leading_person(items[0])  # 한도윤 의원을 비롯해 | B, C 등 3명: the first set before
            return count.group("counter") not in cues.people_counters \
                or not count.group("about") and all(people) and named == cues.number(count.group("number"))
        if len(items) < 2 or not cues.open_list_ending.match(after):
            return False  # without a count, only "A, B 등이 있다" / "A, B 등이다" announce a list
        return not all(NUMBER_AND_UNIT.search(CLOSING_PARENTHESIS.sub("", item.text)) for item in items)  # 119㎡ 766가구, 85㎡ 522가구 등이다

    def leading_cue_before(self, item: Item) -> str | None:
        """The words that set an item before the list's first (``을 비롯해``, ``을 포함해``, ``과 함께``, ``뿐만 아니라``) right before ``item``."""
        cues = list_cues()
        return next((cue for cue in (*cues.leading_item, *cues.joined_leading_item, *cues.contrasted_leading_item)
                     if self.text.endswith(cue + " ", 0, item.start)), None)

    def _leading_person(self, first: Item) -> int:
        """One when a person named stands before the list's first item with 을 비롯해, 을 포함해 or 뿐만 아니라 (``한도윤 의원을 비롯해 |``; not
        ``운전기사를 비롯해``, a kind): one of the people a count counts."""
        cue = self.leading_cue_before(first)
        if cue not in (*list_cues().leading_item, *list_cues().contrasted_leading_item):
            return 0
        end = first.start - len(cue) - 1
        words = self.text[: end].rsplit(None, 2)[-2:]  # 한도윤 | 의원
        for phrase in (" ".join(words), words[-1]) if words else ():
            start = end - len(phrase)
            if people_named(self.article, Item(start, end, phrase), counted_as_people=True):
                return 1
        return 0

    def counts_units_of_a_kind(self, count: re.Match[str], items: Sequence[Item]) -> bool:
        """A counter of units with no noun after it, after the noun of their kind (``등 차량 5대``, ``등 장비 12대``), with items
        that are kinds, not names (``가람1호, 나래2호 등 헬기 2대``: the two helicopters)."""
        before = self.text[: count.start()].split()
        cues = list_cues()
        named = all(any(m.tag in NAMED_THING_TAGS for m in self.article.morphemes if item.start <= m.start < item.end) for item in items)
        return count.group("counter") in cues.unit_counters and count.group("noun") is None and bool(before) and not named \
            and before[-1] not in (cues.closing_word, *cues.total_words) and before[-1][-1:].isalpha()

    @staticmethod
    def _words_past_amount(rest: str) -> list[str]:
        """The words after an item's leading amount that are no part of it (``5000만 원 | 기금 조성``)."""
        cues = list_cues()
        return [word for word in rest.split() if not word[:1].isdigit() and word not in (cues.currency, *cues.measure_units)]

    def is_breakdown(self, items: list[Item]) -> bool:
        """Every item ends with a count (``산단형 7곳, 항만형 5곳``, ``△가족 간 전파 5명 △경로 조사 중 2명``) or a number and a
        unit (``▲주택 반파 17동 ▲농경지 유실 38㏊``), the last maybe with the copula or a particle after it (``▲화학 4곳이다``)
        or the noun it breaks down (``▲붕괴 4동의 피해가``): a number broken down, not a list of things."""
        return all((found := self.last_count(item.start, item.end)) and self.text[found.end() : item.end].rstrip(".")
                   in ("", *grammar().copula, *list_cues().past_copula, *grammar().particles)
                   or list_cues().trailing_measure.search(_without_copula(item.text.rstrip(".")))
                   for item in [*items[:-1], self._without_head(items[-1])])

    def _without_head(self, item: Item) -> Item:
        """The last item without the noun its count modifies (``붕괴 4동의 | 피해``), when a possessive ends its next-to-last word."""
        words = item.text.rstrip(".").rsplit(" ", 1)
        possessive = list_cues().possessive
        if len(words) < 2 or not words[0].endswith(possessive):
            return item
        return Item(item.start, item.start + len(words[0]) - len(possessive), words[0][: -len(possessive)])

    def item(self, start: int, end: int) -> Item | None:
        """The item between ``start`` and ``end``, without surrounding spaces and commas or a dash opening it (``- 종자 생산``);
        None when nothing is left that is a letter or digit (one syllable can be an item: 맛, 향토성, …)."""
        while start < end and self.text[start] in " \n":
            start += 1
        if self.text.startswith(("- ", "– ", "— "), start):
            start += 2
        joining = next((word for word in (*list_cues().joining_words, *list_cues().selecting_openers) if self.text.startswith(word + " ", start)), None)
        start += len(joining) + 1 if joining else 0  # A, B, 그리고 C 등: the conjunction before the last item; …, 이 가운데 | A
        linking = next((word for word in list_cues().linking_adverbs if self.text.startswith(word + " ", start)), None)
        start += len(linking) + 1 if linking else 0  # 군은 또 | 홀로 사는 노인을 위한 A: the sentence's adverb, not the item's
        while end > start and self.text[end - 1] in " \n,":
            end -= 1
        stops = list_cues().item_stops
        if end - start > 1 and self.text[end - 1] in stops and self.text[end - 2] not in stops:
            end -= 1  # △주소지 센터를 방문한다., △돌아오는 가람!: an item that is a sentence or a slogan ends with its last word
        if start < end and _opens_no_pair(self.text[start:end]):
            start += 1  # “교통, 주거 등 3개 분야를 챙기겠다”: the quote opens the sentence, not the item
        if end - start < 1 or not any(char.isalnum() for char in self.text[start:end]):
            return None
        return Item(start, end, self.text[start:end])

    def kind(self, start: int, end: int) -> str:
        """``agreement`` when the paragraph holding ``start`` speaks of an agreement (협약, 합의), or, for a list whose
        lines open their paragraphs, the line that introduces it (``협약 내용은 다음과 같다.`` / ``① …``); else ``list``."""
        paragraphs = self.article.paragraphs
        index = next((i for i, p in enumerate(paragraphs) if p.start <= start < p.end + 1), None)
        if index is None:
            window = self.text[start:end]
        else:
            opening = not any(char.isalpha() for char in self.text[paragraphs[index].start : start])  # ① |, 1. |
            window = self.text[paragraphs[index - 1 if index and opening else index].start : paragraphs[index].end]
        return "agreement" if any(word in window for word in list_cues().agreement_words) else "list"

    def sentences_in(self, paragraph: Paragraph, mark: int = 0) -> int:
        """Sentences of a paragraph, not counting one kiwipiepy closes inside its first ``mark`` characters (``가.``)."""
        return sum(paragraph.start <= s.start < paragraph.end and s.end > paragraph.start + mark for s in self.article.sentences)

    def ends_with_noun(self, item: Item) -> bool:
        """The item's last morpheme is a noun, a number, foreign letters or a closing bracket/quote (the last of those
        ending there: 배우 + ᆷ, a verb made a noun, both end with 배움)."""
        index = bisect.bisect_right(self.morpheme_ends, item.end) - 1
        if index < 0 or self.article.morphemes[index].end != item.end:
            return True  # not on a morpheme boundary: nothing to judge
        last = self.article.morphemes[index]
        return last.tag.startswith(grammar().tags.item_end_prefixes) or self.noun_ending_read_as_particle(last)

    def has_clause_end(self, start: int, end: int) -> bool:
        """A subject or topic particle or a clause ending that ends a word: 동해시는, 등이 있으며 (not
        활성화를 위한, nor 묘도수도 read as 묘 + 도 + 수도, nor one inside quotes: ‘사량도 캠핑’ read as 사량 + 도, nor an
        item's 참여도, read as 참여 + 도)."""
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        clause_end = grammar().tags.clause_end
        marked = self.bracketed(start, end)
        return any(
            m.tag in clause_end and (m.end == end or self.text[m.end] in " \n,") and not any(o < m.start and m.end < c for o, c in marked)
            and not self.noun_ending_read_as_particle(m)
            for m in self.article.morphemes[first:] if m.end <= end
        )

    def noun_ending_read_as_particle(self, morpheme: Morpheme) -> bool:
        """A noun's last syllable kiwipiepy reads as a particle no item of a comma list takes where it stands:
        도 or 과/와 right before the item's comma (``주민 참여도,``: 참여 + 도; ``식품영양과,``: 영양 + 과), or 과/와
        right before the 등 that closes the list (``화학공정과 등``: 공정 + 과), which joins nothing there."""
        also = morpheme.tag == "JX" and morpheme.form == quote_cues().also_particle
        joining = morpheme.tag.startswith("J") and morpheme.form in grammar().conjunctive_particles
        if not (also or joining) or morpheme.end >= len(self.text):
            return False
        following = self.morpheme_at.get(morpheme.end + 1)
        return self.text[morpheme.end] == "," or joining and self.text[morpheme.end] == " " and following is not None \
            and following.form == list_cues().closing_word

    def has_word_boundary(self, start: int, end: int, joined: bool = False) -> bool:
        """A particle or ending between ``start`` and ``end`` that ends a word inside a clause; with ``joined``, not 와/과 joining
        two nouns (``B와 C``), which may join a list's last two items."""
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        boundary, joiners = grammar().tags.word_boundary, list_cues().item_joiners
        return any(m.tag in boundary and not (joined and m.tag == JOINING_TAG and m.form in joiners) for m in self.article.morphemes[first:] if m.end <= end)

    def bracketed(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans between opening and closing marks (quotes, parentheses) that close before ``end``."""
        spans, opened = [], []
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        for morpheme in itertools.takewhile(lambda m: m.end <= end, self.article.morphemes[first:]):
            if morpheme.tag == "SSO" or morpheme.tag == "SSC" and not opened and self._mark_opens_a_word(morpheme):
                opened.append(morpheme.start)  # also ’물이 맑은 마을’: a closing mark typed to open
            elif morpheme.tag == "SSC" and opened:
                spans.append((opened.pop(), morpheme.end))
        return spans

    def _mark_opens_a_word(self, mark: Morpheme) -> bool:
        """Whether a quote mark stands at a word's start, before a letter (`` ’물이``): typed to open, whatever its shape."""
        return (mark.start == 0 or self.text[mark.start - 1] in " \n") and self.text[mark.end : mark.end + 1].isalnum()

    def second_of_pair(self, start: int, end: int) -> int | None:
        """Where ``A과 B`` joins a second item that carries its own modifier clause (``‘별빛 성당’과 옛 저수지를 공원으로 바꾼
        ‘물빛공원’``), so the words after the join are the item's, not the introduction's."""
        conjunctive = grammar().conjunctive_particles
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        for morpheme in itertools.takewhile(lambda m: m.end < end, self.article.morphemes[first:]):
            if morpheme.tag == "JC" and morpheme.form in conjunctive and self.text[morpheme.end] == " ":
                past = self.past_own_modifier(morpheme.end, end)
                if past > morpheme.end and not self.has_word_boundary(past, end):
                    return morpheme.start
        return None

    def after_when(self, start: int) -> bool:
        """Whether a date or time ends right before ``start`` (지난 5일 | 저녁 A)."""
        return any(e.end + 1 == start and e.label in WHEN_LABELS for e in self.article.entities)

    def joined_after(self, closing_end: int, end: int) -> int | None:
        """Where the noun phrase after a 등 that closes no list joins the next list with 와/과 (``A, B 등 노사정
        대표와 | C, D 등 10개 기업``): the next list starts past it. None when a verb, a comma or another
        particle comes first (the 등 then closes examples inside a clause)."""
        conjunctive = grammar().conjunctive_particles
        first = bisect.bisect_left(self.morpheme_ends, closing_end + 1)
        for morpheme in itertools.takewhile(lambda m: m.end < end, self.article.morphemes[first:]):
            if morpheme.tag == JOINING_TAG and morpheme.form in conjunctive and self.text[morpheme.end : morpheme.end + 1] == " ":
                return morpheme.end
            if not morpheme.tag.startswith(("NN", "XSN", "XPN", "SN", "SL", "MM")) and morpheme.form not in list_cues().middle_dots:
                return None  # 민·관 위원들과: a middle dot stays inside the phrase
        return None

    def past_counted_noun(self, start: int, end: int) -> int:
        """``A, B 등 5개 국내 | 탈춤과 | C, D 등 8개국``: past the counted noun's last word when it joins the next list
        with 와/과 (the count phrase ended at its first noun)."""
        word, counted = FIRST_WORD.search(self.text, start, end), self.last_count(max(0, start - MODIFIER_REACH), start)
        if word is None or self.text[start : word.start()] != " " or counted is None or counted.end() != start:
            return start  # A'등 | 조례안과 동의안 등 82건: no count before, the phrase that examples describe
        first = bisect.bisect_left(self.morpheme_ends, word.start() + 1)
        inside = list(itertools.takewhile(lambda m: m.end <= word.end(), self.article.morphemes[first:]))
        joined = len(inside) > 1 and inside[-1].tag == JOINING_TAG and inside[-1].form in grammar().conjunctive_particles
        return word.end() if joined and all(m.tag in COUNTED_NOUN_TAGS for m in inside[:-1]) else start

    def count_after_modifier(self, closing_end: int, sentence_end: int, items: Sequence[Item] = ()) -> re.Match[str] | None:
        """``등 상생발전을 위한 8개 과제``: a count within a short modifier after 등; also after an adjective with its own
        subject when every item ends in a unit of the counted noun (``가람읍, 보람면 등 피해가 큰 2개 읍면``)."""
        found = self.counts(closing_end, min(closing_end + MODIFIER_REACH, sentence_end))
        between = self.text[closing_end : found[0].start()] if found else ""
        if not found or ITEM_CLAUSE_BREAK.search(between) or set(between.split()[:1]) & set(list_cues().others_words) \
                or list_cues().closing_word in between.split():
            return None  # a sentence or clause ends first; 등 다른 51개 사업: the count of the others; A 등 B와 C 등 2개: C's
        first = bisect.bisect_left(self.morpheme_ends, closing_end + 1)
        modifier = self.article.morphemes[first : bisect.bisect_left(self.morpheme_ends, found[0].start())]
        if any(m.tag in ("EC", "SN") for m in modifier) or whose_property(modifier) and not _of_the_counted_units(items, self.count_noun(found[0])) \
                or _adverbial_outside_a_clause(modifier) and not _of_the_counted_units(items, self.count_noun(found[0])):
            # 등 … 평가를 거쳐 고른 6개 점포, 등 1차 평가를 넘은 20곳, 등 실적이 뛰어난 5개 시군: a clause of
            # its own; 등 혐의로 업체 6곳을: the predicate's adverbial; the count is another thing's
            return None
        return found[0]

    def past_own_modifier(self, start: int, end: int) -> int:
        """Where the introduction may end in a later piece of a list: past its modifier clause when the
        piece is a noun phrase with one (``…, 음성 안내로 쉽게 배우는 전자 피아노 ‘솔건반’ 등``), whose
        particles and endings are the clause's; a topic (``시는 | 주민을 돕는 A``) still ends it."""
        first = bisect.bisect_left(self.morpheme_ends, start + 1)
        inside = list(itertools.takewhile(lambda m: m.end <= end, self.article.morphemes[first:]))
        modifier = max((i for i, m in enumerate(inside) if m.tag == "ETM"), default=None)
        if modifier is None or not inside[-1].tag.startswith(grammar().tags.item_end_prefixes):
            return start
        if modifier + 1 < len(inside) and inside[modifier + 1].form in grammar().clause_nouns or any(
                m.tag == "ETM" and following.form in list_cues().sequence_nouns for m, following in itertools.pairwise(inside)):
            return start  # 나눈 뒤 | A, 심사를 거친 뒤 | 밤에도 걷는 ‘달길’: a clause of time, not a modifier of the item
        topic = grammar().topic_particles
        if any(m.tag == "JX" and m.form in topic for m in inside[:modifier]):
            return start
        return inside[modifier].end


def _opens_no_pair(text: str) -> bool:
    """Whether ``text`` starts with a quote mark it does not close (``“교통`` but not ``‘교통 개선’``)."""
    closing = next((pair[1] for pair in list_cues().quote_pairs if text[0] == pair[0]), None)
    if closing is None:
        return False
    return text.count(closing) % 2 == 1 if closing == text[0] else closing not in text[1:]


def whose_property(between: list[Morpheme]) -> bool:
    """``등 실적이 뛰어난 5개 시군``: an adjective with its own subject says what the counted things have,
    and the items are examples of that subject (실적), not of the counted things; a verb's subject does
    not (``등 주민이 꼽은 세 가지 문제``)."""
    adjectives = ("VA", "XSA")
    return any(m.tag == "JKS" for m in between) and any(m.tag.startswith(adjectives) for m in between)


def _adverbial_outside_a_clause(modifier: list[Morpheme]) -> bool:
    """A cause or a means (로, 으로) with no verb's modifier after it (등 혐의로 | 업체 6곳): it goes with the predicate, not
    the count; inside a modifier clause it is the clause's (등 이유로 문을 닫은 5곳); a place is the count's own (등 전국에서 | 10개 시군)."""
    cause = list_cues().cause_particles
    last = max((i for i, m in enumerate(modifier) if m.tag == ADVERBIAL_CASE_TAG and m.form in cause), default=None)
    return last is not None and not any(m.tag == ADNOMINAL_ENDING_TAG for m in modifier[last + 1 :])


def _of_the_counted_units(items: Sequence[Item], noun: str) -> bool:
    """Whether every item ends in a unit the counted noun is made of (가람읍, 보람면 … 읍면; 가람시, 나래군 … 시군; 가람면, 보람면 … 면): the
    items are the counted things, whatever the modifier before the count says of them."""
    units = entity_cues().administrative_units
    return bool(items) and all(unit in units for unit in noun) and all(item.text[-1:] in noun for item in items)


def count_mismatch(enumeration: Enumeration) -> Warning:
    return Warning("count_mismatch", enumeration.start, enumeration.end,
                   f"{len(enumeration.items)} items listed, {enumeration.announced_count} announced")


def overlap(a: Enumeration, b: Enumeration) -> bool:
    return a.start < b.end and b.start < a.end


def possessive_on_the_right_only(text: str, joint_start: int, joint_end: int) -> bool:
    """Whether a 의 phrase follows a 와/과 at ``joint_start:joint_end`` with none before it (``한국과 일본의 협력``: one
    noun phrase, the 의 modifying what both share), not in a quoted name (``‘가온’과 ‘나래의 숲’``) and not in two
    parallel phrases (``박수린 작가의 겨울 풍경과 한지호 작가의 오후 풍경``)."""
    possessive = f"{list_cues().possessive} "
    return possessive in QUOTED.sub("", text[joint_end:]) and possessive not in QUOTED.sub("", text[:joint_start])


def _without_copula(text: str) -> str:
    """``38㏊였다`` -> ``38㏊``: the past copula closing a breakdown's last item."""
    ending = next((c for c in list_cues().past_copula if text.endswith(c)), "")
    return text[: len(text) - len(ending)]
