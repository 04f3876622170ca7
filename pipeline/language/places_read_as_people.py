"""Places a model read as persons: a township, village, landform or venue (``보람동 주민``, ``가람강 일원``), a place
paired with another, the home of a person named, a word with an ending few given names have, a place before its
area, and a place before its people (``오창 주민들``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.language.canonical import role_after
from pipeline.language.entity_spans import WORD
from pipeline.language.span_rules import korean_full_name
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, known_names, list_cues, name_like, quote_cues, role_cues, role_of_word, titles
from pipeline.record import Entity, Morpheme

MIN_NAME_FREE_ENDING = 2  # syllables of an ending, and before it, that make a word longer than any Korean name
MIN_RARE_PLACE = 3  # 소백산: a surname and two syllables at least, as a name would be
MAX_HEAD_BEFORE = 8  # characters between an opening parenthesis and the name of its head (시장 황명선)
HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")


def read_as_a_place(entity: Entity, entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """Whether a person the model found is a place it read as one."""
    return (_township(entity, text, morphemes, starts) or _paired_place(entity, text) or _home_of_a_named_person(entity, entities, text)
            or _untitled_place(entity, entities, text, morphemes, starts) or _before_its_area(entity, text)
            or _place_of_its_people(entity, entities, text))


def _place_of_its_people(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """``오창 주민들은``, ``하대 상인들이``: one word right before a noun of a place's residents or traders in the plural,
    never titled in the article, is where those people live or work (not a body's members, ``신협 조합원들``)."""
    word = WORD.match(text, entity.end + 1) if text[entity.end : entity.end + 1] == " " else None
    bare = grammar().without_particle(word.group()) if word is not None else ""
    plural = quote_cues().plural_stem(bare)
    return " " not in entity.text and plural is not None and plural in entity_cues().local_people_nouns and not korean_full_name(entity.text) \
        and role_after(text, entity.end) is None and not any(e.text == entity.text and e.role for e in entities)


def _township(entity: Entity, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """A word with a township's, a village's, a landform's or a venue's ending (``보람동``, ``가람면``, ``가람강``)
    that a place particle or a common noun follows (``보람동 주민``, ``가람면에서``), no title: a place, though
    some names end so too (홍길동 is someone before a title or a particle of a subject)."""
    word = entity.text
    cues = entity_cues()
    if " " in word or len(word) < 2 or not word.endswith((*cues.administrative_units, *cues.place_word_endings)):
        return False
    after = bisect.bisect_left(starts, entity.end)
    following = morphemes[after] if after < len(morphemes) else None
    next_word = WORD.match(text, following.start).group() if following is not None else ""
    if word.endswith(cues.townships) and text[entity.end : entity.end + 1] == " " and next_word.endswith(cues.village_ending):
        return True  # 가람면 솔내리 (이유리 이장): an address, whoever's title follows
    district = word.endswith(cues.government_short_forms) and len(word) > 2 and role_after(text, entity.end) is None \
        and text[entity.end : entity.end + 1] not in ("(", *cues.anonymised_suffixes)  # not 수원 이상구(45)씨, 이상구씨: a person
    if (word.endswith(cues.townships) or district) and _after_a_government(entity, text):
        return True  # 강원 정선군 정선읍, 창원 성산구: a township or district in an address
    if following is None or role_after(text, entity.end) is not None:
        return False
    unit = next((u for u in cues.administrative_units if word.endswith(u)), None)
    counters = "|".join(map(re.escape, list_cues().intro_counters))
    if unit is not None and re.match(rf" {re.escape(list_cues().closing_word)} (?:\S+ )?\d+(?:{counters})? ?{re.escape(unit)}", text[entity.end :]):
        return True  # 봉선동, 주월동, 월산동 | 등 3개 동: what the count calls them
    if following.start == entity.end:
        rules = grammar()
        destination = following.form in rules.destination_particles and word.endswith(cues.administrative_units) \
            and not text[following.end + 1 :].startswith(rules.not_destination_words)  # 안좌도에, not 가람동에 대해
        return following.tag == "JKB" and (following.form in rules.place_particles or destination)
    return (following.tag == "NNG" and not following.oov and text[entity.end : following.start] == " "
            and not ends_speaker_title(grammar().without_particle(next_word))  # 홍길동 주민: a resident
            and not next_word.startswith(tuple(titles().job)))  # 한정구 교수팀


def _home_of_a_named_person(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """``웅천동 주민 박순례(62)씨``, ``가람리 해녀 한보람(82)씨``: a word with a township's ending, one noun (a resident,
    a job) and a person's name after it is where that person lives, not a person with a title; so is one right before a
    person's name and title (``동산리 김태식 이장``: the village he heads)."""
    if " " in entity.text or not entity.text.endswith(entity_cues().administrative_units) or text[entity.end : entity.end + 1] != " ":
        return False
    village = entity.text.endswith((*entity_cues().townships, entity_cues().village_ending)) or not name_like(entity.text)  # not 김영동 | 이민수 의원
    if village and any(e.label == "PS" and e.start == entity.end + 1 and role_after(text, e.end, reach=1) for e in entities):
        return True
    noun = WORD.match(text, entity.end + 1)
    return noun is not None and text[noun.end() : noun.end() + 1] == " " \
        and (quote_cues().is_speaker_noun(noun.group()) or ends_speaker_title(noun.group()) or entity_cues().names_a_body_part(noun.group())) \
        and any(e.label == "PS" and e.start == noun.end() + 1 for e in entities)  # also the township's office: 동남동 주민센터 김하늘 동장


def _untitled_place(entity: Entity, entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme] = (), starts: Sequence[int] = ()) -> bool:
    """``가람역에서``, ``보람섬과``: one word with an ending no given name has, never titled in the article: a place;
    titled too when an ending of two syllables follows two or more (``다랭이마을 이장``)."""
    word, endings = entity.text, entity_cues().endings("name_free_place_endings")
    ending = endings.longest(word, min_stem=1) or ""
    if " " in word or not ending:
        return _rarely_a_name(entity, entities, text, morphemes, starts)
    if len(ending) >= MIN_NAME_FREE_ENDING and len(word) - len(ending) >= MIN_NAME_FREE_ENDING:
        return True  # 다랭이마을 | 이장: longer than a name, whatever title follows
    return role_after(text, entity.end) is None and not any(e.text == word and e.role for e in entities)


def _rarely_a_name(entity: Entity, entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme] = (), starts: Sequence[int] = ()) -> bool:
    """``소백산``, ``백령도``, ``동해선``: a word of three syllables or more with a place's ending few given names have, printed
    somewhere as a place is (a place particle after it, ``백령도에서``; a word of the area or of a place after it, ``소백산
    연화봉 인근``, ``백령도 사곶해변``) and never as a person's (no title
    before or after it, 씨, age, former post or source's frame after it, no head's post before it: ``(시장 황명선)``)."""
    word = entity.text
    if " " in word or len(word) < MIN_RARE_PLACE or not word.endswith(entity_cues().rare_name_place_endings) \
            or word.endswith(role_cues().picture_nouns):  # 조감도, 노선도: a picture
        return False
    mentions = [e for e in entities if e.text == word]
    printed = [replace(entity, start=at, end=at + len(word)) for at in _whole_words(word, text) if _known_proper_noun(at, word, morphemes, starts)]
    # 백령도에 들어가는, where the model read nothing: a place kiwipiepy's dictionary holds (not 최명도에 쏠렸다, a name it guessed)
    return any(_printed_as_a_place(e, text) for e in [*mentions, *printed]) and not any(_printed_as_a_person(e, text) for e in [*mentions, *printed])


def _known_proper_noun(at: int, word: str, morphemes: Sequence[Morpheme], starts: Sequence[int]) -> bool:
    index = bisect.bisect_left(starts, at)
    return index < len(morphemes) and morphemes[index].start == at and morphemes[index].end == at + len(word) \
        and morphemes[index].tag == "NNP" and not morphemes[index].oov


def _whole_words(word: str, text: str) -> list[int]:
    """Where ``word`` opens a word of the text (``백령도까지``, not ``소백령도``)."""
    return [found.start() for found in re.finditer(re.escape(word), text) if found.start() == 0 or not HANGUL_SYLLABLE.match(text[found.start() - 1])]


def _printed_as_a_place(entity: Entity, text: str) -> bool:
    cues = entity_cues()
    rest = WORD.match(text, entity.end).group()
    if rest in cues.government_place_particles:
        return True  # 백령도에서, 소백산까지
    following = text[entity.end + len(rest) :].split(None, 2)[:2] if text[entity.end + len(rest) : entity.end + len(rest) + 1] == " " else []
    places = (*cues.name_free_place_endings, *cues.place_word_endings, *cues.rare_name_place_endings)
    tails = ("", *grammar().particles, *cues.government_place_particles)
    if any(w.startswith(c) and w[len(c) :] in tails for w in following for c in cues.place_context_words):
        return True  # 소백산 연화봉 인근까지, 소백산 풍기 방면
    return bool(following) and len(first := grammar().without_particle(following[0])) > 2 and first.endswith(places) and not rest  # 백령도 사곶해변


def _printed_as_a_person(entity: Entity, text: str) -> bool:
    """A title before or after the name (배우 박은선, 박은선 의원), 씨, an age, a former post or a source's frame after it, or a
    head's post before it in parentheses (``(시장 황명선)``)."""
    after = (*entity_cues().person_markers_after, *quote_cues().source_frames)  # 김민도에 따르면: a source, a person
    before = _word_before(entity, text)
    titled_before = bool(before) and (before in titles().before_name or role_of_word(grammar().without_particle(before)) is not None)
    headed = text[max(entity.start - 1, 0) : entity.start] == " " and text.rfind("(", 0, entity.start) > text.rfind(")", 0, entity.start) \
        and text.rfind("(", 0, entity.start) >= entity.start - MAX_HEAD_BEFORE
    return bool(entity.role) or role_after(text, entity.end) is not None or text.startswith(after, entity.end) or titled_before or headed


def _before_its_area(entity: Entity, text: str) -> bool:
    """``구드래 일원과``, ``가람 일대에서``: one word before a word of the area around a place (일원, 일대; not 주변, as often a
    person's circle) names the place."""
    following = WORD.match(text, entity.end + 1).group() if text[entity.end : entity.end + 1] == " " and " " not in entity.text else ""
    return grammar().without_particle(following) in entity_cues().place_only_area_words


def _after_a_government(entity: Entity, text: str) -> bool:
    """Whether the word before the entity is a government the lexicon knows (``정선군 | 정선읍``)."""
    name = known_names().get(_word_before(entity, text))
    return name is not None and name.government


def _word_before(entity: Entity, text: str) -> str:
    """The word right before the entity, past one space; empty when none is."""
    if entity.start < 2 or text[entity.start - 1] != " ":
        return ""
    return text[text_word_start(text, entity.start - 1) : entity.start - 1]


def _paired_place(entity: Entity, text: str) -> bool:
    """``월성동과 상인동``, ``자라섬과 남이섬``: a word joined by 과/와 to another with the same place ending, no title
    after it: two places listed, not persons."""
    ending = next((e for e in entity_cues().paired_place_endings if entity.text.endswith(e) and len(entity.text) > len(e)), None)
    if ending is None or " " in entity.text or role_after(text, entity.end) is not None:
        return False
    joints = tuple(grammar().conjunctive_particles)
    others = []
    before = _word_before(entity, text)  # 월성동과 | 상인동
    others += [before.removesuffix(joint) for joint in joints if before.endswith(joint)][:1]
    joint = next((j for j in joints if text.startswith(j + " ", entity.end)), None)
    if joint is not None:  # 월성동 | 과 상인동
        others.append(grammar().without_particle(WORD.match(text, entity.end + len(joint) + 1).group()))
    return any(word.endswith(ending) and len(word) > len(ending) for word in others)
