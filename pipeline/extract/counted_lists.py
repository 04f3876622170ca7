"""Lists spelt out by their count with no 등: a word of names joined by middle dots before the count that is their
number (``남원·정읍·김제 3개 도시``), and a parenthesis after a count that names what it counts (``3개 기관(가람대, 나래병원,
다솜재단)``)."""

from __future__ import annotations

import bisect
import itertools
import re

from pipeline.extract.item_modifiers import ItemModifiers
from pipeline.extract.list_pieces import dotted_parts, split_items
from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, list_cues
from pipeline.record import Enumeration, Item, Sentence, Span

NAME_TAGS = frozenset({"NNG", "NNP", "SL", "SH"})  # what the last of a dotted word's names ends in
COMMON_NOUN_TAG, PERSON_LABEL = "NNG", "PS"
AGE_CLOSING_TAG = "SSC"  # the parenthesis closing a person's age: 한도윤(45)·김보람(38) 2명
AGE = re.compile(r"\(\d{1,3}\)$")  # not 가람(시)·나래(군): a note, no age


class CountedLists(ItemModifiers):
    def _dotted(self, sentence: Sentence, count: re.Match[str]) -> Enumeration | None:
        """``남원·정읍·김제 3개 도시는``: a word of names joined by middle dots, right before a count that is their number; people's
        names also before their one title (``한도윤·김보람 의원 2명``), which stays with the last name as in a comma list."""
        before = self.text[sentence.start : count.start()]
        if not before.endswith(" "):
            return None
        words, people = before.split(), count.group("counter") in list_cues().people_counters
        title = words[-1] if people and len(words) > 1 and not list_cues().middle_dot.search(words[-1]) and ends_speaker_title(words[-1]) else ""
        head = before.rstrip().removesuffix(title).rstrip()  # 한도윤·김보람 | 의원 | 2명: the names before their one title
        word = head.split()[-1] if head.strip() else ""
        word_start = sentence.start + len(head) - len(word)
        cut = max((word.rfind(mark) + len(mark) for mark in grammar().ellipses if mark in word), default=0)  # 개막…| 공주·부여
        word, word_start = word[cut:], word_start + cut
        parts = list_cues().middle_dot.split(word)
        if len(parts) < 2 or len(parts) != list_cues().number(count.group("number")) or any(not p or p[:1].isdigit() or p.count("(") != p.count(")") for p in parts):
            return None
        last = self.article.morphemes[index] if (index := bisect.bisect_left(self.morpheme_ends, word_start + len(word))) < len(self.article.morphemes) else None
        if last is not None and last.tag not in NAME_TAGS and not (people and (last.tag == AGE_CLOSING_TAG and AGE.search(word) or ends_speaker_title(last.form))):
            return None  # 읍·면당 3개 경로당씩: a suffix (당, 별) makes the word a rate, not a list (but 한도윤(45)·김보람(38)씨 2명)
        starts = list(itertools.accumulate((len(part) + 1 for part in parts[:-1]), initial=word_start))
        items = [Item(at, at + len(part), part) for at, part in zip(starts, parts)]
        if title:
            items[-1] = Item(items[-1].start, sentence.start + len(before.rstrip()), self.text[items[-1].start : sentence.start + len(before.rstrip())])
        if title and not (all(self._person_named(item) for item in items[:-1]) and self._person_named(Item(items[-1].start, items[-1].start + len(parts[-1]), parts[-1]))
                          and self.is_a_list(items, count, "")) or people and all(self._common_nouns(item) for item in items):
            return None  # 소방관·경찰관 (대표) 2명: kinds of people, no names (but A·B 2명, 가람시장·나래군수 2명)
        noun = self.count_noun(count)
        end = self.noun_end(count, noun)
        return Enumeration(0, word_start, end, self.kind(word_start, end), len(parts), noun, True, tuple(items), form="comma",
                           intro=Span(sentence.start, sentence.end))

    def _person_named(self, item: Item) -> bool:
        """Whether the item is a person's name: a person the entities read in it, or a Korean name's shape where they read no
        person (한도윤, which a model may take for a place; not 서울, nor a government's 가람시, nor a body's 서울대)."""
        inside = [e for e in self.article.entities if e.start < item.end and item.start < e.end]
        return any(e.label == PERSON_LABEL for e in inside) or korean_full_name(item.text) and not item.text.endswith(entity_cues().administrative_units) \
            and not entity_cues().institution.search(item.text)

    def _common_nouns(self, item: Item) -> bool:
        """Whether kiwipiepy reads the item as common nouns alone (소방관): a kind, no one's name."""
        inside = [m for m in self.article.morphemes if item.start <= m.start and m.end <= item.end]
        return bool(inside) and all(m.tag == COMMON_NOUN_TAG for m in inside)

    def _parenthesised(self, sentence: Sentence, count: re.Match[str]) -> Enumeration | None:
        """``3개 기관(가람대, 나래병원, 다솜재단)``, ``3곳(…)``: a parenthesis right after a count (or a space after) that names what it counts, apart by
        commas (or by middle dots, as many as the count), spells the count out; 등 closing it leaves the list open."""
        noun = self.count_noun(count)  # 3곳(A, B, C): the counter alone before the parenthesis counts them too
        opening = count.start("noun") + len(noun) if count.group("noun") is not None else count.end("counter")
        opening += self.text.startswith(" (", opening)  # 4개 일간신문 (A, B, …): a space before it typed apart
        closing = self.text.find(")", opening, sentence.end)
        inner = self.text[opening + 1 : closing] if self.text.startswith("(", opening) and closing > 0 else ""
        open_ended = inner.endswith(" " + list_cues().closing_word)
        inner = inner[: -len(list_cues().closing_word) - 1] if open_ended else inner
        if "(" in inner or inner.lstrip().startswith(list_cues().bullets):
            return None  # 5개 과정(▲A ▲B): a bullet list's
        parts = [(s, e) for s, e in split_items(inner)] if "," in inner else dotted_parts(inner)
        items = [item for s, e in parts if (item := self.item(opening + 1 + s, opening + 1 + e)) is not None]
        announced = list_cues().number(count.group("number"))
        if len(items) < 2 or announced is None or len(items) > announced or not open_ended and len(items) != announced \
                or any(any(char.isdigit() for char in item.text) for item in items):
            return None  # 2개 구간(총연장 3.2km, 왕복 4차로): what they measure, not their names
        if not self.is_a_list(items, count, "") or not all(self.ends_with_noun(item) for item in items):
            return None
        return Enumeration(0, items[0].start, items[-1].end, self.kind(sentence.start, sentence.end), announced, noun,
                           len(items) == announced and not open_ended, tuple(items), form="comma", intro=Span(sentence.start, sentence.end))
