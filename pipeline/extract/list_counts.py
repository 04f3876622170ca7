"""How lists' counts are read: a number and a counter as kiwipiepy reads them (``8개 사항``, ``세 가지``, ``총 7명``), a
Korean numeral before the noun it counts (``두 도시``), and what the count counts (``8개 사항에`` -> 8, 사항).

:class:`CountReader` is the part of :class:`pipeline.extract.list_items.ListReader` that reads counts, over the same record's
text and morpheme indexes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from pipeline.lexicon import grammar, list_cues
from pipeline.record import Article, Morpheme

BOUND_COUNTER_TAG = "NNB"  # 다섯 | 개: a counter kiwipiepy reads apart from the numeral it follows
COUNTED_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "XSN", "XPN"})  # the word a count counts: 사업, 마을, IT; 사업별; 비 + 영리단체


@functools.cache
def bare_count_phrase() -> re.Pattern[str]:
    """``다섯 지역``, ``두 도시가``: a Korean numeral of two or more right before a noun counts it without a
    counter; the noun ends before its particles."""
    numerals = "|".join(sorted((n for n, value in list_cues().numerals.items() if value > 1), key=len, reverse=True))
    particles = "|".join(sorted(grammar().particles, key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?P<number>{numerals}) (?P<counter>[가-힣]+?)(?=(?:{particles})?(?![가-힣]))(?:(?!)(?P<about>)(?P<noun>))?")  # about, noun: never


class CountReader:
    """Reads the counts of one record; :class:`ListReader` sets the record and its morpheme indexes."""

    article: Article
    text: str
    morpheme_ends: list[int]
    morpheme_at: dict[int, Morpheme]

    def count_noun(self, count: re.Match[str]) -> str:
        """What a count counts, as kiwipiepy reads the word after it: its nouns (``3개 마을을`` -> 마을, not 마 and a
        particle), or the counter when a verb follows (``3곳 묶어`` -> 곳)."""
        noun, word = count_noun(count), _counted_word(count)
        at = count.start(word)
        if at not in self.morpheme_at:
            return noun
        first = bisect.bisect_right(self.morpheme_ends, at)
        nouns = list(itertools.takewhile(lambda m: m.tag in COUNTED_NOUN_TAGS and m.end <= count.end(word), self.article.morphemes[first:]))
        after = self.article.morphemes[first + len(nouns)] if first + len(nouns) < len(self.article.morphemes) else None
        if after is not None and after.start < count.end(word) and after.tag in grammar().tags.ending:
            return noun  # 유인도다 read as 유인 + 도다, 3개 면 as 이 + 면: an ending in the noun's word is a noun misread
        return self.text[at : nouns[-1].end] if nouns else count.group("counter")

    def noun_end(self, count: re.Match[str], noun: str) -> int:
        """Where the count phrase ends at its noun, before the noun's particle (``두 도시서`` -> after 도시)."""
        return count.end() if noun == count.group("counter") else count.start(_counted_word(count)) + len(noun)

    def counts(self, start: int, end: int) -> list[re.Match[str]]:
        """The count phrases between ``start`` and ``end`` (``8개 사항``, ``세 가지``): a number and a
        counter as kiwipiepy reads them, so that 세종, 한편 or 열대 never count."""
        counted = [m for m in list_cues().count_phrase.finditer(self.text, start, end) if self.is_count(m)]
        bare = [m for m in bare_count_phrase().finditer(self.text, start, end)
                if self.is_bare_count(m) and not any(c.start() <= m.start() < c.end() for c in counted)]
        return sorted(counted + bare, key=lambda m: m.start())

    def count_at(self, position: int, end: int | None = None) -> re.Match[str] | None:
        """The count phrase starting at ``position``, or None."""
        end = len(self.text) if end is None else end
        found = list_cues().count_phrase.match(self.text, position, end)
        if found is not None and self.is_count(found):
            return found
        found = bare_count_phrase().match(self.text, position, end)
        return found if found is not None and self.is_bare_count(found) else None

    def count_after(self, position: int, end: int | None = None) -> re.Match[str] | None:
        """The count phrase starting at ``position`` past spaces, or past a total word (``등 총 7명``)."""
        while self.text.startswith(" ", position):
            position += 1
        total = next((word + " " for word in list_cues().total_words if self.text.startswith(word + " ", position)), "")
        return self.count_at(position + len(total), end)

    def last_count(self, start: int, end: int) -> re.Match[str] | None:
        """The last count phrase between ``start`` and ``end``."""
        found = self.counts(start, end)
        return found[-1] if found else None

    def is_bare_count(self, found: re.Match[str]) -> bool:
        """A numeral and a noun that counts (``세 지역``), not one that orders or repeats (``두 번째``, ``세 차례``)."""
        return found.group("counter") not in list_cues().uncounted_nouns and self.is_count(found)

    def is_count(self, found: re.Match[str]) -> bool:
        """Whether kiwipiepy reads the match's number as a number opening its word (not a name's, 보람3 | 개발팀) and its counter as a
        counter noun, a word's apart (세 종, not 세종) or, for 개 and 가지, right after (다섯개, 세가지; not 두건, a hood)."""
        tags, number, counter = grammar().tags, self.morpheme_at.get(found.start("number")), self.morpheme_at.get(found.start("counter"))
        if number is not None and found.group("number").isdigit() and number.form == found.group("number") + found.group("counter"):
            return self._opens_word(found.start())  # 은행 3사가: kiwipiepy read the digits and the counter as one noun
        return (number is not None and number.tag in tags.number and counter is not None and counter.tag in tags.counter and self._opens_word(found.start())
                and counter.form.startswith(found.group("counter")[:1]) and (found.group("number")[-1:].isdigit() or found.start("counter") > found.end("number")
                                                                             or counter.tag == BOUND_COUNTER_TAG and counter.form == found.group("counter")
                                                                             and counter.form in list_cues().attached_counters))

    def _opens_word(self, position: int) -> bool:
        """Whether a number opens its word, or follows only a total word or 등 in it (총3곳)."""
        before = self.text[self.text.rfind(" ", 0, position) + 1 : position]
        return before in ("", list_cues().closing_word, *list_cues().total_words) or not before[-1:].isalnum()


def count_noun(count: re.Match[str]) -> str:
    """``8개 사항에`` -> 사항; ``20개 가량으로`` -> 개 (an approximation, not a noun); see :meth:`ListReader.count_noun`."""
    noun = strip_particles(count.group("noun")) if count.group("noun") else None
    return count.group("counter") if noun is None or noun in list_cues().approximators else noun


def _counted_word(count: re.Match[str]) -> str:
    """The group of a count phrase that holds what it counts: its noun, or the counter itself (``두 도시서``)."""
    return "noun" if count.group("noun") and count_noun(count) != count.group("counter") else "counter"


def strip_particles(word: str) -> str:
    """``사항에`` -> ``사항``; ``과제를`` -> ``과제``; ``사업이다`` -> ``사업``; a case particle under a topic's
    or an addition's (``지역에서는``, ``분야에도``) -> ``지역``, ``분야``."""
    bare = grammar().particle_or_copula.sub("", word) or word
    if word[len(bare):] in grammar().stacking_particles:
        bare = grammar().particle_or_copula.sub("", bare) or bare
    return bare
