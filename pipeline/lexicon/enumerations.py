"""The cue table of enumerated lists (``enumerations.toml``): bullets, counters, the words around a
list's count; read once per process, like the tables of :mod:`pipeline.lexicon.tables`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.lexicon.files import alternation, longest_first, read_table

MAX_COUNT_DIGITS = 4  # a list's count has at most 9,999 items: a longer run of digits is a figure


@dataclass(frozen=True)
class ListCues:
    dash_bullets: frozenset[str]
    numbered_bullets: frozenset[str]
    letter_numbers: tuple[str, ...]
    people_counters: frozenset[str]
    age_counter: str
    unit_counters: frozenset[str]
    attached_counters: frozenset[str]
    cause_particles: frozenset[str]
    party_count_nouns: frozenset[str]
    company_count_nouns: tuple[str, ...]
    introducing_phrases: tuple[str, ...]
    ahead_words: tuple[str, ...]
    nominal_adverbs: frozenset[str]
    sequence_nouns: frozenset[str]
    likeness_words: tuple[str, ...]
    measure_units: tuple[str, ...]
    total_words: tuple[str, ...]
    others_words: tuple[str, ...]
    naming_joints: tuple[str, ...]
    numerals: dict[str, int]
    counters: tuple[str, ...]
    uncounted_nouns: frozenset[str]
    agreement_words: tuple[str, ...]
    bullets: tuple[str, ...]
    line_only_bullets: frozenset[str]
    subtitle_dashes: tuple[str, ...]
    section_marks: tuple[str, ...]
    introducing_dashes: tuple[str, ...]
    cue_opener: str
    discourse_markers: frozenset[str]
    times_of_day: frozenset[str]
    period_nouns: frozenset[str]
    composition_words: frozenset[str]
    closing_word: str
    item_stops: tuple[str, ...]
    closing_followers: tuple[str, ...]
    closing_endings: tuple[str, ...]
    including: tuple[str, ...]
    leading_item: tuple[str, ...]
    joined_leading_item: tuple[str, ...]
    contrasted_leading_item: tuple[str, ...]
    occasion_determiners: tuple[str, ...]
    approximators: frozenset[str]
    count_noun_modifiers: tuple[str, ...]
    approximate_suffix: str
    joining_words: tuple[str, ...]
    linking_adverbs: tuple[str, ...]
    adverbial_connectives: tuple[str, ...]
    range_start_particles: tuple[str, ...]
    range_end_particles: tuple[str, ...]
    selecting_openers: tuple[str, ...]
    choosing_phrases: tuple[str, ...]
    choosing_followers: tuple[str, ...]
    detail_introductions: tuple[str, ...]
    middle_dots: frozenset[str]
    open_list_subject: tuple[str, ...]
    open_list_endings: tuple[str, ...]
    open_list_modifiers: tuple[str, ...]
    open_list_predicate_nouns: tuple[str, ...]
    as_of_words: tuple[str, ...]
    intro_counters: tuple[str, ...]
    intro_count_particles: tuple[str, ...]
    intro_nouns: frozenset[str]
    name_quotes: tuple[str, ...]
    quote_pairs: tuple[str, ...]
    item_joiners: tuple[str, ...]
    joiner_adverbs: tuple[str, ...]
    item_separators: tuple[str, ...]
    possessive: str
    past_copula: tuple[str, ...]
    amount_units: tuple[str, ...]
    currency: str

    @functools.cached_property
    def inline_bullets(self) -> tuple[str, ...]:
        """The bullets that may also mark items inside a line (``△A △B``), in their order."""
        return tuple(bullet for bullet in self.bullets if bullet not in self.line_only_bullets)

    @functools.cached_property
    def count_phrase(self) -> re.Pattern[str]:
        """``8개 사항``, ``세 가지``, ``3곳``, ``6개의 쉼터``, ``20여 개 프로그램``: number (approximated or not), counter,
        then an optional noun, past a 의 and a word that ranks it (``2개 핵심 사업``); a number too long to count a list's
        items is none (a table's figure, a run of digits)."""
        numerals = "|".join(sorted(self.numerals, key=len, reverse=True))
        counters = "|".join(map(re.escape, longest_first(self.counters)))
        possessive = re.escape(self.possessive)
        return re.compile(rf"(?P<number>(?<!\d)\d{{1,{MAX_COUNT_DIGITS}}}|{numerals})(?P<about>{re.escape(self.approximate_suffix)})?\s?(?P<counter>{counters})(?:{possessive})?(?:\s(?:{alternation(self.count_noun_modifiers)}\s(?=[가-힣A-Za-z]))?(?P<noun>[가-힣A-Za-z]+))?")

    @functools.cached_property
    def counted_ahead(self) -> re.Pattern[str]:
        """``다음 6개 분야``, ``아래 세 가지``, ``다음 20여 개``: a count of what the lines below list; a numeral word stands apart
        from its counter unless the counter is one written onto numerals (``세가지``; not ``다음 세대``, the next generation)."""
        counters, about = alternation(self.counters), re.escape(self.approximate_suffix)
        return re.compile(rf"{alternation(self.ahead_words)}\s(?:\d{{1,{MAX_COUNT_DIGITS}}}{about}?\s?{counters}"
                          rf"|{alternation(self.numerals)}(?:\s{counters}|{alternation(self.attached_counters)}))")

    @functools.cached_property
    def numbered_line(self) -> re.Pattern[str]:
        """A line numbered ``1.``, ``1)`` or with a letter of the Korean order, ``가.``: a bullet (not 1.5배 nor 2023. 5.)."""
        return re.compile(rf"(?:\d{{1,2}}|{alternation(self.letter_numbers)})[.)] (?=\S)")

    @functools.cached_property
    def leading_measure(self) -> re.Pattern[str]:
        """An item opening with a number and a counter or unit as its own word (``66층``, ``3곳``), not a name with one (``1호선``)."""
        units = "|".join(map(re.escape, longest_first((*self.counters, *self.measure_units))))
        return re.compile(rf"\d[\d,.]*\s?(?:{units})(?:\s|$)")

    @functools.cached_property
    def trailing_measure(self) -> re.Pattern[str]:
        """An item closing with a number and a counter or unit (``주택 반파 17동``, ``농경지 유실 38㏊``): an amount."""
        units = "|".join(map(re.escape, longest_first((*self.counters, *self.measure_units))))
        return re.compile(rf"(?<!\S)\d[\d,.]*\s?(?:{units})$")

    @functools.cached_property
    def closing(self) -> re.Pattern[str]:
        """The 등 that closes a comma list: its own word after an item, before a space or a particle."""
        followers = "".join(map(re.escape, self.closing_followers))
        return re.compile(rf"(?:(?<=[^\s,])\s|(?<=[)’'”\"])){re.escape(self.closing_word)}(?=[\s{followers}])")

    @functools.cached_property
    def closing_in_bullets(self) -> re.Pattern[str]:
        """Where an inline bullet item stops: its closing 등 (``△C 등 9개 분야``, ``△C 등이다.``)."""
        word, endings = re.escape(self.closing_word), alternation(self.closing_endings)
        return re.compile(rf"\s?{word}{endings}?(?=[\s.,]|$)")

    @functools.cached_property
    def closing_before_count(self) -> re.Pattern[str]:
        """``△A △B 등 9개 분야``, ``△A △B 총 4개 사업``, ``△A △B라는 2대 전략``: the 등, total word or naming
        copula between a bullet list and its count."""
        return re.compile(rf"\s?(?:{re.escape(self.closing_word)}|{alternation(self.total_words)}|{alternation(self.naming_joints)})\s")

    @functools.cached_property
    def including_phrase(self) -> re.Pattern[str]:
        return re.compile(f"(?<=[가-힣’”)]){alternation(self.including)}(?= )")

    @functools.cached_property
    def open_list_ending(self) -> re.Pattern[str]:
        """``이 있다``, ``이다``: what after 등 presents the items as the sentence's predicate; not ``이 있는 섬``, a modifier."""
        subject, modifier = alternation(self.open_list_subject), alternation(self.open_list_modifiers)
        return re.compile(f"^{subject}?\\s?(?!{modifier} (?!{alternation(self.open_list_predicate_nouns)})){alternation(self.open_list_endings)}")

    @functools.cached_property
    def intro_count(self) -> re.Pattern[str]:
        """``15개소로 ``: a count that ends the introduction of the items after it."""
        return re.compile(rf"\d+\s?{alternation(self.intro_counters)}{alternation(self.intro_count_particles)} ")

    @functools.cached_property
    def middle_dot(self) -> re.Pattern[str]:
        """One of the middle dots that join names inside an item's word (교통·주거, 여수ㆍ순천)."""
        return re.compile(alternation(self.middle_dots))

    @functools.cached_property
    def item_joint(self) -> re.Pattern[str]:
        """``와 `` / ``과 `` after a syllable, maybe with its adverb (``과 함께 ``): where two items joined by a particle part."""
        return re.compile(f"(?<=[가-힣]){self._joiner}")

    @functools.cached_property
    def first_pair_joint(self) -> re.Pattern[str]:
        """``와 `` / ``과 `` after a syllable, a closing mark (straight or curly: ``‘겨울 숲’과``, ``'겨울 숲'과``, also
        spaced from it: ``‘겨울 숲’ 과``) or a parenthesis."""
        return re.compile(f"(?:(?<=[가-힣’”)'\"])|(?<=[’”'\"] )){self._joiner}")

    @property
    def _joiner(self) -> str:
        return f"{alternation(self.item_joiners)}(?: {alternation(self.joiner_adverbs)})? "

    @functools.cached_property
    def amount(self) -> re.Pattern[str]:
        return re.compile(rf"\d[\d,.]*\s?{alternation(self.amount_units)}?\s?{re.escape(self.currency)}$")

    def number(self, written: str) -> int:
        """``8`` -> 8, ``세`` -> 3."""
        return int(written) if written.isdigit() else self.numerals[written]

    def is_age(self, number: str, counter: str) -> bool:
        """``10대``, ``20대``: a decade of age after people (3대 counts things)."""
        return counter == self.age_counter and number.isdigit() and int(number) % 10 == 0


@functools.cache
def list_cues() -> ListCues:
    return read_table(ListCues, "enumerations.toml")
