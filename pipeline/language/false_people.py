"""Persons the model found that are no one: a noun of one syllable run into common nouns (``김 수출
확대``: 김 is laver), words ending in a dictionary noun (``가람 매실 산업``), a Hanja gloss after the Korean
word it spells (``시진핑(習近平)``), a lone syllable the article never resolves to anyone (``김 양식``); and
places read as persons (``보람동 주민``, ``가람강 일원``); bodies printed with their heads in parentheses
(``공선회(회장 한도윤)``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.language.aliases import heads_close
from pipeline.language.bodies_beside_people import affiliation_after_a_name, body_before_a_member
from pipeline.language.canonical import role_after
from pipeline.language.entity_spans import WORD, common_nouns
from pipeline.language.kind_names import named_with_ending
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, is_job_title, known_names, list_cues, name_like, quote_cues, role_cues, role_of_word, titles
from pipeline.record import Entity, Morpheme

HANJA_ONLY = re.compile(r"[\u4e00-\u9fff]+")  # 習近平: a gloss in Chinese characters
HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
MIN_NAME_FREE_ENDING = 2  # syllables of an ending, and before it, that make a word longer than any Korean name
MIN_RARE_PLACE = 3  # 소백산: a surname and two syllables at least, as a name would be
MAX_HEAD_BEFORE = 8  # characters between an opening parenthesis and the name of its head (시장 황명선)
LATIN_TERM = re.compile(r"[A-Z][A-Z0-9&]*[\uac00-\ud7a3]*")  # AMR, A그룹


def not_people(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """The entities without the persons the model found that are no one: a noun of one syllable run
    into common nouns (``김 수출 물량``: 김 is laver; not 조 바이든, nor a determiner's 한 이주민 여성, an
    unnamed speaker), words ending in a dictionary noun with no title (``가람 매실 산업``) and a Hanja gloss
    in parentheses after the Korean word it spells (``시진핑(習近平)``, ``야행(夜行)``), an electoral district after a
    member's name (``박서준(가람갑)``) and a country's one syllable (``日 총리``). A township, village,
    landform or venue the model read as a person is the place it is (``보람동 주민``, ``가람강 일원``). A country's language
    (``일본어``) is no name of any label."""
    starts = [m.start for m in morphemes]
    places = [replace(e, label="LC", role=None) if e.label == "PS" and (_township(e, text, morphemes, starts) or _paired_place(e, text)
                                                                      or _home_of_a_named_person(e, entities, text)
                                                                      or _untitled_place(e, entities, text, morphemes, starts) or _before_its_area(e, text))
              else e for e in entities]
    places = [replace(e, label="OG", role=None, canonical=e.text) if affiliation_after_a_name(e, places, text) or body_before_a_member(e, places, text)
              else e for e in places]
    places = _schools_before_names(_places_listed_with_places(places, text), text)
    places = [_as_a_year(e, text) if e.label == "PS" else e for e in places]
    headed = _bodies_with_heads(places, text)
    places = [replace(e, label="OG", role=None, canonical=e.text) if _institution_word(e) or _officials_employer(e, text) or e.text in headed
              else e for e in places]
    return [e for e in places if not _language(e) and (e.label != "PS" or not (_syllable_and_nouns(e, morphemes, starts) or _gloss(e, text)
                                                        or _former_after_a_name(e, places, text) or _latin_term(e, text)
                                                        or _typhoon(e, places, text) or _unnamed_persons_modifier(e, text, morphemes, starts)
                                                        or _constituency(e, places, text)
                                                        or _name_and_common_noun(e, text, morphemes, starts)
                                                        or e.text in entity_cues().country_abbreviations  # 日 총리: a country
                                                        or e.text in quote_cues().post_body_nouns  # 유치원 교사: a body's kind
                                                        or is_job_title(e.text)))]  # 시의원 "…": a title alone


def _language(entity: Entity) -> bool:
    """``일본어``, ``베트남어``: a country's name and the suffix of its language, no one's name."""
    suffix = entity_cues().language_suffix
    country = known_names().get(entity.text.removesuffix(suffix)) if entity.text.endswith(suffix) else None
    return country is not None and country.label == "LC" and not country.government


def _bodies_with_heads(entities: Sequence[Entity], text: str) -> frozenset[str]:
    """The persons' names the article prints with a body's heads in parentheses after them (``가람 공선회(회장
    한도윤)``): bodies, wherever printed (공선회 reads as 공 + 선회, a name)."""
    return frozenset(e.text for e in entities if e.label == "PS" and heads_close(text, e.end) is not None)


def without_unattached_surnames(entities: Sequence[Entity], text: str) -> list[Entity]:
    """The entities (their canonical names resolved) without a lone syllable the article never resolves
    to a full name, with no title, 씨 or quotation after it (``김 양식``, ``김 생산``: laver), nor one that counts people
    when nobody of that surname is named (``양 후보는``: both candidates), nor a noun of people (``조합원 | 대표 한상훈``)."""
    return [e for e in entities if e.label != "PS" or not (_unattached(e, text) or _names_nobody(e, text))]


def _names_nobody(entity: Entity, text: str) -> bool:
    """An unresolved "person" that counts people (양), is a noun of people (조합원), or is a title's first syllable read
    as a surname (``인 | 지 + 회장``: 지회장 is the title)."""
    if entity.canonical != entity.text:  # (구 of 구 부장, resolved to 구재명, is a surname)
        return False
    word = WORD.match(text, entity.start)
    title = grammar().without_particle(word.group()) if word is not None and len(entity.text) == 1 else ""
    return entity.text in quote_cues().group_determiners or quote_cues().is_speaker_noun(entity.text) \
        or len(title) > 2 and is_job_title(title)


def _syllable_and_nouns(entity: Entity, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    first, _, rest = entity.text.partition(" ")
    if not rest or HANGUL_SYLLABLE.fullmatch(first) is None or first in entity_cues().vietnamese_family_names:
        return False  # 쩐 반 남: a Vietnamese family name, no noun
    index = bisect.bisect_left(starts, entity.start)
    determiner = index < len(morphemes) and morphemes[index].start == entity.start and morphemes[index].tag == "MM"
    return not determiner and common_nouns(entity.start + 2, entity.end, morphemes, starts, glued_bodies_only=True)


def _name_and_common_noun(entity: Entity, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """Several words without a title after them, a later one a dictionary noun of its own (``블루베리 산업``,
    ``송전망 건설``): a thing, not a person; a transliterated word may be a family name (``마리엘 크레인``)."""
    if " " not in entity.text or role_after(text, entity.end) is not None:
        return False
    inside = morphemes[bisect.bisect_left(starts, entity.start) : bisect.bisect_left(starts, entity.end)]
    if inside and inside[0].tag == "MM":
        return False  # 한 이주민 여성: an unnamed speaker's phrase
    spaced = [m for before, m in zip(inside, inside[1:]) if before.end < m.start]  # the later words' first morphemes
    return any(m.tag == "NNG" and not m.oov and len(m.form) >= 2 and _whole_word(m, inside, text)
               and not entity_cues().transliteration.search(m.form) for m in spaced)


def _unnamed_persons_modifier(entity: Entity, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """``한 국밥집 상인``, ``한 소아과 전문의``: a word between the determiner that picks an unnamed person out and the noun or
    job title that names them says what they do; nobody is named."""
    index = bisect.bisect_left(starts, entity.start)
    before = morphemes[index - 1] if index > 0 else None
    picked = before is not None and before.tag == "MM" and before.form in quote_cues().unnamed_determiners and before.end < entity.start
    word = WORD.match(text, entity.end + 1) if text[entity.end : entity.end + 1] == " " else None
    bare = grammar().without_particle(word.group()) if word is not None else ""
    return picked and bool(bare) and (quote_cues().is_speaker_noun(bare) or ends_speaker_title(bare))  # 한 소아과 전문의: a job too


def _schools_before_names(entities: list[Entity], text: str) -> list[Entity]:
    """``가람초 한도윤 학생은``: a school's short form (…초, …중, …고) right before a name and a school's title
    (학생, 교장) is the school, OG, and the name after it the person, whichever way the model read the two."""
    found = list(entities)
    for index, (school, name) in enumerate(zip(found, found[1:])):
        if school.label != "PS" or name.label not in ("PS", "OG") or school.end + 1 != name.start or text[school.end] != " " \
                or not school.text.endswith(tuple(entity_cues().school_short_forms)) or " " in school.text \
                or not name_like(name.text):
            continue
        title = grammar().without_particle(WORD.match(text, name.end + 1).group())
        if title not in entity_cues().school_titles:
            continue  # 김태중 가람당 원내대표, 이민중 박보람 기자: names, not a school
        found[index] = replace(school, label="OG", role=None, canonical=school.text)
        found[index + 1] = replace(name, label="PS", role=name.role or title, canonical=name.text if name.label == "OG" else name.canonical)
    return found


def _places_listed_with_places(entities: list[Entity], text: str) -> list[Entity]:
    """``서울·가람·보람``: an untitled "person" joined by a list mark to a place is a place too, and so is the
    next one along the list (names joined so, ``김철수·박영희 의원``, have persons beside them)."""
    found = list(entities)
    for index, entity in enumerate(found):
        if entity.label != "LC":
            continue
        for step in (1, -1):
            at, here = index + step, entity
            while 0 <= at < len(found) and found[at].label == "PS" and found[at].role is None \
                    and _joined(here, found[at], text) and role_after(text, found[at].end, reach=1) is None:
                found[at] = here = replace(found[at], label="LC", canonical=found[at].text)
                at += step
    return found


def _joined(place: Entity, other: Entity, text: str) -> bool:
    """Joined by a list mark (``·``, ``∼``), or by a comma or 와/과 between two words with the same unit's ending
    (``보람동, 가람동``, ``도초도와 비금도``); a comma alone is not enough, since it also ends a country's short form before a
    person (``미, 바이든 행정부``)."""
    first, second = (place, other) if place.end <= other.start else (other, place)
    between = text[first.end : second.start]
    joint = between.strip() == "," or between.strip() in grammar().conjunctive_particles  # 보람동, 가람동; 도초도와 비금도
    return between in entity_cues().place_list_marks or joint and _same_unit(place.text, other.text)


def _same_unit(place: str, other: str) -> bool:
    """Whether both are one word of a name and an administrative unit's ending, the same (보람동, 가람동)."""
    unit = next((u for u in entity_cues().administrative_units if place.endswith(u)), None)
    return unit is not None and " " not in place + other and min(len(place), len(other)) > len(unit) + 1 and other.endswith(unit)


def _latin_term(entity: Entity, text: str) -> bool:
    """``AMR``, ``A그룹``: Latin capitals, alone or before a Korean noun, with no title or 씨 after them: a term,
    not a person (``A씨``, ``B 교수`` are)."""
    return (LATIN_TERM.fullmatch(entity.text) is not None and entity.role is None and role_after(text, entity.end, reach=1) is None
            and entity_cues().anonymised.match(text, entity.start) is None)  # A(37)씨


def _typhoon(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """``태풍 가람과 보람``: a name after the word for a typhoon, and the names listed with it, name storms."""
    # Offsets into the text, not a copy of all of it before each name: a long article has many names.
    if text.endswith(tuple(entity_cues().storm_words), 0, _before_spaces(text, entity.start)):
        return True
    joined = [e for e in entities if e.label == "PS" and e.end < entity.start and text[e.end : entity.start].strip() in entity_cues().name_joints]
    return any(_typhoon(e, entities, text) for e in joined)


def _before_spaces(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``, without copying the text."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _institution_word(entity: Entity) -> bool:
    """``가람도청``, ``보람경찰서``, ``도연정밀``: one word ending in an institution's suffix of two syllables or more, or in
    a company's trade, is the institution, not a person (one syllable, 청 or 대, ends names too)."""
    suffixes = (*entity_cues().long_institution_suffixes, *entity_cues().company_endings)
    return entity.label == "PS" and named_with_ending(entity.text, suffixes)


def _officials_employer(entity: Entity, text: str) -> bool:
    """``태화정밀 관계자는``: a word the model read as a person, right before the noun for an unnamed official, is
    the body the official speaks for; no one is called a person's 관계자."""
    after = text[entity.end : entity.end + 8].split()
    return entity.label == "PS" and " " not in entity.text and bool(after) and grammar().without_particle(after[0]) in quote_cues().official_nouns


def _as_a_year(entity: Entity, text: str) -> Entity:
    """``임인년``, ``계묘년``, ``갑진년에는``: a year of the sixty-year cycle, a date (DT), not a person; the model may
    stop before 년, which joins the span."""
    year = entity_cues().sexagenary_year.match(text, entity.start)
    if year is None or year.end() < entity.end:
        return entity
    return replace(entity, end=year.end(), text=year.group(), canonical=year.group(), label="DT", role=None)


def _former_after_a_name(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """``박가온 전 대표``: 전 (former) or 현 (current) right after a person's name is no surname."""
    return entity.text in entity_cues().former_markers and any(
        e.label == "PS" and e.end + 1 == entity.start and text[e.end] == " " for e in entities)


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


def _constituency(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """``박서준(가람갑) 의원``, ``박서준(가람갑 국회의원)``: the electoral district in parentheses right after a person's
    name, where the model read a person."""
    return entity.text.endswith(entity_cues().constituency_endings) and len(entity.text) > 1 and text[entity.start - 1 : entity.start] == "(" \
        and any(e.label == "PS" and e.end == entity.start - 1 for e in entities)


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


def _whole_word(morpheme: Morpheme, inside: Sequence[Morpheme], text: str) -> bool:
    """Whether the morpheme is its word, glued to nothing but a particle."""
    end = text.find(" ", morpheme.start)
    glued = [m for m in inside if morpheme.end <= m.start < (end if end != -1 else len(text))]
    return all(m.tag.startswith("J") for m in glued)


def _gloss(entity: Entity, text: str) -> bool:
    before = text[max(0, entity.start - 2) : entity.start]
    return HANJA_ONLY.fullmatch(entity.text) is not None and len(before) == 2 and before[1] == "(" and HANGUL_SYLLABLE.match(before[0]) is not None


def _unattached(entity: Entity, text: str) -> bool:
    if HANGUL_SYLLABLE.fullmatch(entity.text) is None or entity.canonical != entity.text or entity.role is not None:
        return False
    cues, word = entity_cues(), WORD.match(text, entity.end + 1).group() if text[entity.end : entity.end + 1] == " " else ""
    quoted = text[entity.end : entity.end + 2].strip()[:1] in quote_cues().marks  # 홍 “…”, also after a space
    titled = word.startswith(tuple(titles().job))  # 김 후보께서도, 박 교수팀은
    return not titled and not quoted and text[entity.end : entity.end + 1] not in (cues.anonymised_marker, *cues.anonymised_suffixes)
