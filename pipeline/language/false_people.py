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
from pipeline.language.places_read_as_people import HANGUL_SYLLABLE, read_as_a_place
from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, is_job_title, known_names, name_like, quote_cues, titles
from pipeline.record import Entity, Morpheme

MIN_LISTED_PERSONS = 2  # 한가은·정다솜·서보윤: persons' full names that make a name the model read as a place one of them

HANJA_ONLY = re.compile(r"[\u4e00-\u9fff]+")  # 習近平: a gloss in Chinese characters
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
    places = [replace(e, label="LC", role=None) if e.label == "PS" and read_as_a_place(e, entities, text, morphemes, starts) else e
              for e in entities]
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
    next one along the list (names joined so, ``김철수·박영희 의원``, have persons beside them). A "place" that reads
    as a person's full name, no place the lexicon knows and no unit's or landform's, joined to a person, is a person
    (``한가은·정다솜·서보윤(가람체대)``: the model read the last one as a place)."""
    found = [replace(e, label="PS", canonical=e.text) if e.label == "LC" and _among_persons(index, entities, text) else e
             for index, e in enumerate(entities)]
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


def _among_persons(index: int, entities: list[Entity], text: str) -> bool:
    """Whether the place at ``index`` is a list's name joined by list marks to two persons' full names or more, and every
    place of that list reads as a person (``한가은·정다솜·서보윤``; not ``옥계·주문진``, places both)."""
    run, start, end = [entities[index]], index, index
    while start > 0 and _joined(entities[start - 1], entities[start], text):
        start -= 1
        run.insert(0, entities[start])
    while end + 1 < len(entities) and _joined(entities[end], entities[end + 1], text):
        end += 1
        run.append(entities[end])
    persons = [e for e in run if e.label == "PS" and korean_full_name(e.text)]
    return len(persons) >= MIN_LISTED_PERSONS and all(_reads_as_a_person(e) for e in run if e.label == "LC")


def _reads_as_a_person(entity: Entity) -> bool:
    """``서보윤``: a person's full name, no place the lexicon knows, not ending in a unit (``도계읍``) or a landform."""
    cues = entity_cues()
    return korean_full_name(entity.text) and entity.text not in known_names() \
        and not entity.text.endswith((*cues.administrative_units, *cues.landform_endings))


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


def _constituency(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """``박서준(가람갑) 의원``, ``박서준(가람갑 국회의원)``: the electoral district in parentheses right after a person's
    name, where the model read a person."""
    return entity.text.endswith(entity_cues().constituency_endings) and len(entity.text) > 1 and text[entity.start - 1 : entity.start] == "(" \
        and any(e.label == "PS" and e.end == entity.start - 1 for e in entities)


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
