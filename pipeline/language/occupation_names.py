"""People named after what they do (``가수 하늘인은``, ``투수 한도윤이``).

Culture and sports news write the occupation before the name. A name kiwipiepy reads as common nouns
(하늘 + 인) and that opens with no surname is then found by no other rule, and the model misses it or runs
the occupation into it (``시인 탁세인`` PS). The occupation is the person's role, never part of the name,
and the name is that person wherever the article prints it again as a word of its own.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from pipeline.language.kiwi_doc import dictionary_noun, not_a_name
from pipeline.language.occurrences import word_occurrences
from pipeline.lexicon import canonical_name, entity_cues, grammar, list_cues, names_a_body, role_of_word, starts_with_surname, titles
from pipeline.record import Entity, Morpheme

NAME_LENGTHS = range(2, 5)  # syllables of a name written after an occupation
KOREAN_NAME_CHARS = 3  # 권태양: a surname and a given name of two
TWO_WORDS_BEFORE_AN_AGE = re.compile(r"(?<![가-힣])()([가-힣]{2,6}) ([가-힣]{2,8})(?=\(\d{1,3}[)·,])")  # 야마모토 사키(45): empty group 1


@functools.cache
def _occupation_and_word() -> re.Pattern[str]:
    """An occupation as a word of its own, a space, and the word after it (its particle included)."""
    occupations = "|".join(re.escape(word) for word in sorted(titles().before_name, key=len, reverse=True))
    return re.compile(rf"(?<![\w·])({occupations}) ([가-힣]+)(?![\w])")


def people_after_occupations(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme],
                             readable: Callable[[int], bool]) -> list[Entity]:
    """The entities with each name written after an occupation a person (PS, role the occupation), also
    where the model ran the two into one entity, and that name a person wherever it is printed again."""
    starts = [m.start for m in morphemes]
    found = [_occupation_cut_off(entity) for entity in entities]
    names = set()
    for match in _occupation_and_word().finditer(text):
        start = match.start(2)
        name = grammar().without_particle(match.group(2))
        name = name.removesuffix(entity_cues().person_suffix) if len(name) > KOREAN_NAME_CHARS else name  # 장민석씨는: the name alone
        end = start + len(name)
        if not readable(start) or not _reads_as_a_name(name, start, end, morphemes, starts) or not _written_as_a_name(match.group(2), name, text, match.end(2)):
            continue
        overlapping = [e for e in found if e.start < end and start < e.end]
        if any(e.label == "PS" and (e.start, e.end) == (start, end) for e in overlapping):
            names.add(name)
            continue
        if any(not (e.start, e.end) == (start, end) for e in overlapping):
            continue  # a longer entity holds the word: what the model read is kept
        found = [e for e in found if e not in overlapping] + [Entity(start, end, name, "PS", name, "rule", match.group(1))]
        names.add(name)
    return sorted(_printed_again(_foreign_people_after_occupations(found, text, morphemes, starts, readable), names, text, readable),
                  key=lambda e: (e.start, e.end))


def _foreign_people_after_occupations(entities: list[Entity], text: str, morphemes: Sequence[Morpheme], starts: list[int],
                                      readable: Callable[[int], bool]) -> list[Entity]:
    """``귀화 선수 | 알리셰르 카리모프(28)는``, ``우즈베키스탄 출신 | …``: two words of a transliterated name after an occupation or
    where the person comes from, or before an age (``야마모토 사키(45)도``), no common noun among them, are that person,
    whatever the model read over them."""
    found, transliterated = list(entities), entity_cues().transliteration
    matches = itertools.chain(_overlapping(_occupation_and_two_words(), text), TWO_WORDS_BEFORE_AN_AGE.finditer(text))
    for match in matches:  # 출신 귀화 | 선수 알리셰르 카리모프: the occupation after another; 야마모토 사키(45)도: an age after
        given, family = match.group(2), grammar().without_particle(match.group(3)).removesuffix(entity_cues().person_suffix)  # 유수포바씨는
        start, end = match.start(2), match.start(3) + len(family)
        if not readable(start) or not (transliterated.search(given) or transliterated.search(family)) or grammar().without_particle(given) != given \
                or starts_with_surname(family) and len(family) == KOREAN_NAME_CHARS or _particle_inside(morphemes, starts, start, match.end(2)) \
                or dictionary_noun(morphemes, starts, start, match.end(2)) or dictionary_noun(morphemes, starts, match.start(3), end) \
                or not _written_as_a_name(text[match.start(3) : match.end(3)], family, text, end if family != match.group(3) else match.end(3)) \
                or any(e.start < start < e.end or e.start < end < e.end for e in found):
            continue  # 선수 출전 명단, a word of the dictionary; a longer entity over the name's edge
        role = match.group(1) if match.group(1) in titles().before_name else None  # not 출신, nor a word before an age
        found = [e for e in found if e.end <= start or end <= e.start] + [Entity(start, end, text[start:end], "PS", text[start:end], "rule", role)]
    return found


def _occupation_cut_off(entity: Entity) -> Entity:
    """``시인 탁세인`` PS -> ``탁세인`` PS, role 시인; also from a place or a body the model read over both, when the name is
    a Korean full name (``드러머 권태양`` LC)."""
    occupation, _, name = entity.text.partition(" ")
    misread = entity.label in ("LC", "OG") and len(name) == KOREAN_NAME_CHARS and starts_with_surname(name)
    if entity.label != "PS" and not misread or occupation not in titles().before_name or len(name) not in NAME_LENGTHS or " " in name:
        return entity
    start = entity.start + len(occupation) + 1
    return replace(entity, start=start, text=name, canonical=name, label="PS", role=entity.role or occupation)


def _particle_inside(morphemes: Sequence[Morpheme], starts: list[int], start: int, end: int) -> bool:
    """Whether kiwipiepy read a particle in the word (모임 + 에서): no part of a name."""
    return any(m.tag.startswith("J") for m in morphemes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, the next searched from the second group of the last."""
    match = pattern.search(text)
    while match is not None:
        yield match
        match = pattern.search(text, match.start(2))


@functools.cache
def _occupation_and_two_words() -> re.Pattern[str]:
    """An occupation or another word a foreign name follows (출신, 선수), and the two words after it (the second with its particle)."""
    occupations = "|".join(re.escape(word) for word in sorted((*titles().before_name, *entity_cues().foreign_name_leads), key=len, reverse=True))
    return re.compile(rf"(?<![\w·])({occupations}) ([가-힣]{{2,6}}) ([가-힣]{{2,8}})(?![\w])")


def _reads_as_a_name(name: str, start: int, end: int, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """Two to four syllables that are no common noun kiwipiepy knows (가수 활동), no title, place or body, and
    hold no ending (가수 하면)."""
    if len(name) not in NAME_LENGTHS or role_of_word(name) is not None or canonical_name(name) is not None or names_a_body(name):
        return False
    return not dictionary_noun(morphemes, starts, start, end) and not not_a_name(morphemes, starts, start, end) \
        and _whole_word(morphemes, starts, start, end)


def _written_as_a_name(word: str, name: str, text: str, word_end: int) -> bool:
    """A name after an occupation takes a particle of its own, 씨 or an age (가수 하늘인은, 화가 모세인(45)씨), or a list's
    comma or 등 (배우 정하람, 평론가 오세린 등), not another noun (성악가 갈라 | 콘서트), and ends as no common noun of people there does (배우 지망생, 개그맨
    지망생들); it opens with a surname or the article prints it again."""
    cues = entity_cues()
    listed = text.startswith((",", f" {list_cues().closing_word} "), word_end)  # 배우 정하람, 평론가 오세린 등: people listed
    if name == word and not text.startswith((cues.person_suffix, f" {cues.person_suffix}", "("), word_end) and not listed:
        return False
    if name.endswith(titles().before_name_non_name_endings):
        return False
    return starts_with_surname(name) or len(list(word_occurrences(name, text))) > 1


def _whole_word(morphemes: Sequence[Morpheme], starts: list[int], start: int, end: int) -> bool:
    """Whether kiwipiepy's morphemes break at both ends of the name (no particle read inside it)."""
    index = bisect.bisect_left(starts, start)
    return index < len(morphemes) and morphemes[index].start == start and any(m.end == end for m in morphemes[index : index + 4])


def _printed_again(entities: list[Entity], names: set[str], text: str, readable: Callable[[int], bool]) -> list[Entity]:
    """The names found after an occupation, wherever else they stand as a word with at most a particle and
    nothing was found there (or the same word was read as a place or a body)."""
    found = list(entities)
    for name in sorted(names):
        for start, rest in word_occurrences(name, text):
            end = start + len(name)
            overlapping = [e for e in found if e.start < end and start < e.end]
            if rest not in ("", *grammar().particles) or not readable(start) or any((e.start, e.end) != (start, end) or e.label == "PS"
                                                                                      for e in overlapping):
                continue
            found = [e for e in found if e not in overlapping] + [Entity(start, end, name, "PS", name, "rule", None)]
    return found
