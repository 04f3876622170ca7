"""Entity spans repaired at word level: the model labels kiwipiepy's morphemes, so a span can stop inside a word
(``제롬 김 국제`` of ``… 국제백신연구소``) or run a name and title together (``나준혁 남도보건연구원장`` OG)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.canonical import role_after
from pipeline.language.compound_words import WORD, inside_body_word, inside_compound, institution_cut, whole_name
from pipeline.language.foreign_names import family_name_before_title, foreign_name_in_full
from pipeline.language.kiwi_doc import dictionary_noun
from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import (entity_cues, government_post, governments_named, grammar, is_job_title, job_title_of, known_names,
                              names_a_body, person_only_title, quote_cues, role_of_word, starts_with_surname, titles)
from pipeline.record import Entity, Morpheme

DETERMINER_TAG = "MM"  # kiwipiepy's determiners: 한, 이, 모든
ENDING_TAG = "E"  # the tags of endings: EC, EF, ETM, …
NAMED_LABELS = ("PS", "OG", "LC")
MIN_TITLE_ALONE = 4  # a title read as a name: 광업소장, not 김이사 (a surname and a title)
OPENING_MARKS = {"(": ")", "<": ">", "[": "]", "“": "”", "‘": "’"}
STRAIGHT_MARKS = "\"'"  # marks that open and close alike: one alone in a span is a quote's, not the name's
NEXT_WORD = re.compile(r" (\w+)")
COMMON_TAGS = frozenset({"NNG", "SN", "NNB", "SL", "XSN"})  # common nouns, numbers, units, Latin words
EDGE_MARKS = " \n\"'“”‘’「」『』,·"  # also a list's comma or middle dot the model ran into a name (창원, | 김해)
TRANSCRIPT_MARK = "▶"  # closes a broadcast transcript's label: ◀INT▶, ◀ 앵 커 ▶


def at_word_ends(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """Spans brought to the words that name something. Names cut inside a compound word lose the cut word
    (``제롬 김 국제|백신연구소`` -> ``제롬 김``), or run to its end when it ends like an institution; a body inside a
    title word (``국회|의원``) and a generic authority (``재판부``) are none. A title or a particle after the cut is
    no compound (``홍길동|기자``, ``광주시|는``), and a name the lexicon knows stays as it is, or runs to the end of
    its word (``청송|군``). A place's or body's span also loses a generic authority opening it (``당 | 선대위``), a
    title word it ran into (a person's name opening it becomes the person), what follows a determiner (``여의도 |
    한 카페``) and trailing common nouns."""
    starts = [m.start for m in morphemes]
    endings = frozenset(m.start for m in morphemes if m.tag.startswith(ENDING_TAG))  # 여수 + 면 (if): no township
    kept = []
    for entity in map(without_marks, entities):
        if not entity.text or entity.label in ("OG", "LC") and _inside_title(entity, text) or _generic_authority(entity) \
                or _title_alone(entity):
            continue
        entity = family_name_before_title(foreign_name_in_full(_surname_before_title(_surname_before_suffix(entity, text), text), text), text)
        if entity.label in ("OG", "LC"):
            person, entity = _before_title_word(_known_name_in_full(_without_generic_head(entity), text), text)
            if person is None:
                person, entity = _person_beside_employer(entity, text, morphemes, starts)
            kept += [person] if person is not None else []
            entity = _person_before_their_title(entity, text, morphemes, starts)
        if kept and entity.text in entity_cues().venue_words and kept[-1].label == "OG" and text[kept[-1].end : entity.start] == " " \
                and (entity_cues().institution.search(kept[-1].text) or entity_cues().organisation.search(kept[-1].text)):
            continue  # 가람도의회 | 프레스센터: a room of the body's building, no name
        if entity.label in ("OG", "LC"):
            entity = _place_ending_glued_after(_unit_glued_after(entity, text, endings), text)
        cut_institution = None
        if entity.label in NAMED_LABELS and (inside_compound(entity.end, text, morphemes, starts) or inside_body_word(entity, text)):
            cut_institution = institution_cut(entity, text, morphemes, starts)  # 서울 송파|경찰서: 서울, then 송파경찰서
            entity = whole_name(entity, text)
        if entity is not None and entity.label in NAMED_LABELS:
            entity = _before_determiner(_after_connective(entity), text, morphemes, starts)  # 이때 오 -> 이때 오현민 -> 오현민
        if entity is not None and entity.label in ("OG", "LC"):
            entity = _without_also_particle(_before_common_nouns(entity, morphemes, starts))
        if entity is not None:
            kept.append(entity)
        kept += [cut_institution] if cut_institution is not None else []
    return _without_nested_spans(kept)


def _without_nested_spans(entities: list[Entity]) -> list[Entity]:
    """The entities without one inside another's longer span, which a word run to its end took in (``해남|땅끝농협`` LC
    made ``해남땅끝농협`` OG: the model's ``농협`` inside it is no second name)."""
    inside, reach = set(), -1  # reach: the furthest end of the spans before, in order of start, longest first
    for start, end in sorted({(e.start, e.end) for e in entities}, key=lambda span: (span[0], -span[1])):
        if end <= reach:
            inside.add((start, end))
        reach = max(reach, end)
    return [e for e in entities if (e.start, e.end) not in inside] if inside else entities


def _before_title_word(entity: Entity, text: str) -> tuple[Entity | None, Entity]:
    """``충북도 미래산업|국장은``: a span of several words whose last runs into a title word ends before that
    word, and what is left names the post's employer, OG (as ``서울시 주택정책실장``); a person's name
    opening it is the person (``홍길동 가람연구원 발사체|개발단장`` -> 홍길동 PS, 가람연구원 OG)."""
    rest = WORD.match(text, entity.end).group()
    last = entity.start + entity.text.rfind(" ") + 1
    if not rest or rest in grammar().particles or last == entity.start or role_of_word(
            grammar().without_particle(text[last : entity.end] + rest)) is None:
        return None, entity
    seat = WORD.match(text, entity.end + len(rest) + 1)  # 영천시 도의원 | 재선거: a seat's constituency, the place
    elected = seat is not None and text[entity.end + len(rest) : seat.start()] == " " \
        and grammar().without_particle(seat.group()) in entity_cues().election_nouns
    employer = replace(cut_to(entity, entity.start, text[entity.start : last].rstrip()), label="LC" if elected else "OG")
    first, _, after = employer.text.partition(" ")
    if not after or not korean_full_name(first) or known_names().get(first) is not None:
        return None, employer
    person = replace(cut_to(employer, employer.start, first), label="PS", role=role_after(text, employer.start + len(first)))
    return person, cut_to(employer, employer.start + len(first) + 1, after)


def _person_beside_employer(entity: Entity, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> tuple[Entity | None, Entity]:
    """``추민완 국민의힘 | 대변인은``, ``국민의힘 추민완 | 의원이``: a span that joins a person's name to
    their employer, before a title word, is the person (PS, with the title as role) and the employer
    (OG). The employer must be a name the lexicon knows (or one with an institution's ending, before the name:
    ``남원시의회 | 남궁하린``, or after it when its first word is one too: ``여민석 | 가람대 해양학과 | 교수팀은``, the
    team's head holding the title), and the name a word kiwipiepy does not know as a common noun, so a body
    whose first word looks like a name stays whole."""
    after = NEXT_WORD.match(text, entity.end)
    words = entity.text.split(" ")
    if len(words) < 2 or after is None or role_of_word(_title_of(grammar().without_particle(after.group(1)))) is None:
        return None, entity
    for name, employer, name_start in ((words[0], " ".join(words[1:]), entity.start),
                                       (words[-1], " ".join(words[:-1]), entity.end - len(words[-1]))):
        opening = known_names().get(words[1]) is not None or entity_cues().institution.fullmatch(words[1])  # 여민석 | 부경대 해양학과
        named = known_names().get(employer) is not None or entity_cues().institution.search(employer) and (name_start > entity.start or opening)
        if not named or not _unknown_name(name, name_start, morphemes, starts):
            continue
        person = replace(cut_to(entity, name_start, name), label="PS", role=role_after(text, name_start + len(name)))
        employer_start = entity.start if name_start > entity.start else name_start + len(name) + 1
        return person, replace(cut_to(entity, employer_start, employer), label="OG")
    return None, entity


def _title_of(word: str) -> str:
    """The title in a team's noun (교수팀 → 교수), else the word."""
    ending = quote_cues().team_ending
    return word.removesuffix(ending) if word in quote_cues().team_nouns and word.endswith(ending) else word


def _person_before_their_title(entity: Entity, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> Entity:
    """``박가대 | 의원은``: a one-word name the model read as an organisation (names ending in 대 look like
    universities) is a person before a title only people hold."""
    after = NEXT_WORD.match(text, entity.end)
    if after is None or not person_only_title(grammar().without_particle(after.group(1))) \
            or not _unknown_name(entity.text, entity.start, morphemes, starts):
        return entity
    return replace(entity, label="PS", role=grammar().without_particle(after.group(1)))


def _unknown_name(word: str, start: int, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """A surname and a given name that neither the lexicon nor kiwipiepy's dictionary knows as anything
    else, nor a known name with a body's ending (전북 + 도당)."""
    cues = entity_cues()
    endings = {*cues.unit_endings, *cues.institution_suffixes, *cues.government_body_endings}
    body = any(word[cut:] in endings and known_names().get(word[:cut]) is not None for cut in range(1, len(word)))
    return korean_full_name(word) and known_names().get(word) is None and not names_a_body(word) and not body \
        and not dictionary_noun(morphemes, starts, start, start + len(word))


def _known_name_in_full(entity: Entity, text: str) -> Entity:
    """``전남 곡성|군(군수 …)``: a place or body cut before the rest of its word, which with it is a name the lexicon
    knows (곡성군) or a body's regional branch (``한국관광공사 강원|지사``, OG), runs to the word's end."""
    last = entity.start + len(entity.text) - len(entity.text.rsplit(" ", 1)[-1])
    word = WORD.match(text, last).group()
    branch = " " in entity.text and grammar().without_particle(word)[entity.end - last :] in entity_cues().branch_endings
    word = grammar().without_particle(word) if branch else word  # 한국관광공사 강원|지사는: a body's regional branch
    if len(word) <= entity.end - last or known_names().get(word) is None and not branch:
        return entity
    return replace(cut_to(entity, entity.start, text[entity.start : last + len(word)]), label="OG" if branch else entity.label)


def _before_common_nouns(entity: Entity, morphemes: Sequence[Morpheme], starts: list[int]) -> Entity:
    """``가람당 | 경선``, ``가람항 | 미래``, ``네이처 | 12일``: common nouns (or a date) after a name are not
    part of it, unless they end like a body (가람당 윤리위원회), nor is a room of its building (가람시의회 | 기자실). After a name the lexicon knows they are
    left to :func:`pipeline.language.government_spans.governments_apart`, which also tells a place from a
    party; after a Latin name they are the company's trade (HJ 중공업)."""
    head, _, last = entity.text.rpartition(" ")
    if head and last in entity_cues().region_nouns:  # 가람해수욕장 | 일대: the area around what it names, a place
        return replace(cut_to(entity, entity.start, head), label="LC")
    cues = entity_cues()
    if head and last in cues.venue_words and (cues.institution.search(head) or cues.organisation.search(head)):
        return cut_to(entity, entity.start, head)  # 가람시의회 | 기자실: where it happened, the body alone
    first = entity.text.split(" ", 1)[0]
    if " " not in entity.text or known_names().get(first) is not None or known_names().get(entity.text) is not None or first.isascii():
        return entity  # a company's Latin name and its trade (HJ 중공업) are one name
    at = entity.start
    for word in entity.text.split(" ")[:-1]:
        at += len(word) + 1
        if common_nouns(at, entity.end, morphemes, starts):  # 가람해수욕장 일대 | 공영주차장: then the area's name alone
            return _before_common_nouns(cut_to(entity, entity.start, entity.text[: at - entity.start].rstrip()), morphemes, starts)
    return entity


def _before_determiner(entity: Entity, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> Entity | None:
    """``여의도 | 한 카페``: a determiner opening a word (한, 이, 모든) ends a name; the words before it are
    the name, and none are left when it opens the span."""
    inside = morphemes[bisect.bisect_left(starts, entity.start) : bisect.bisect_left(starts, entity.end)]
    cut = next((m.start for m in inside if m.tag == DETERMINER_TAG and m.start > entity.start and text[m.start - 1].isspace()), None)
    if cut is None or entity.label == "PS" and family_name_before_title(cut_to(entity, entity.start, entity.text[: cut - entity.start].rstrip()), text) == entity:
        return entity  # 토마스 | 벨 부사장: a family name kiwipiepy reads as a determiner, before the title
    name = entity.text[: cut - entity.start].rstrip()
    return cut_to(entity, entity.start, name) if name else None


def _generic_authority(entity: Entity) -> bool:
    """``재판부``, ``재정당국``: an authority named by what it is, which the guideline does not mark."""
    return entity.label == "OG" and (entity.text in entity_cues().generic_authorities or entity.text.endswith(entity_cues().generic_authority_endings))


def _without_generic_head(entity: Entity) -> Entity:
    """``당 | 선대위``: a generic authority's word opening a name (the party) is not part of it."""
    head, _, rest = entity.text.partition(" ")
    return cut_to(entity, entity.start + len(head) + 1, rest) if rest and head in entity_cues().generic_authorities else entity


def _surname_before_title(entity: Entity, text: str) -> Entity:
    """``김총리``, ``이후보``: a surname written with a job title, as headlines write them, is the surname with the title as role,
    like ``김 총리``, and so is one apart read as a body (``맹 책임연구원`` OG); not a title itself (이사장, 구청장), nor one
    that titles only as a word of its own (``선대위``: 대위 is a rank apart), nor a name
    before another kind of government post (``표위원 경남도 경제부지사``; but ``김지사 도 경제부지사에``: the same post)."""
    surname, title, after = entity.text[:1], entity.text[1:].removeprefix(" "), text[entity.end :].split(maxsplit=2)[:2]
    other_post = government_post(after) and not grammar().without_particle(after[1]).endswith(title)
    if len(title) < 2 or not starts_with_surname(surname) or job_title_of(title) != title or is_job_title(entity.text) \
            or title in titles().whole_words_only and " " not in entity.text[:2] \
            or entity.label != "PS" and len(title) == len(entity.text) - 1 or other_post:
        return entity
    return replace(cut_to(entity, entity.start, surname), label="PS", role=title)


def _surname_before_suffix(entity: Entity, text: str) -> Entity:
    """``석군은``, ``탁씨는``: a surname written together with 씨, 군 or 양 and a particle, which kiwipiepy reads as
    one proper noun at times, is the surname, as in ``석 군은`` (not a company's ``한양 등``); before 씨, which only
    follows a person, also a surname too rare for the lexicon's list (``빙씨는``)."""
    surname, suffix = entity.text[:1], entity.text[1:]
    word = WORD.match(text, entity.start).group()
    if entity.label != "PS" or suffix not in entity_cues().anonymised_suffixes or not (starts_with_surname(surname) or suffix == entity_cues().person_suffix) \
            or grammar().without_particle(word) == word:
        return entity
    return cut_to(entity, entity.start, surname)


def _title_alone(entity: Entity) -> bool:
    """One word, a job title read as a name (``광업소장``, ``관리이사``, a government's post ``가람시장``; not ``예시시
    주택정책실장``), of four syllables or more: shorter ones may be a surname written with a title (김이사)."""
    one_word, title = " " not in entity.text and len(entity.text) >= MIN_TITLE_ALONE, job_title_of(entity.text) or entity.text
    post = entity.label == "PS" and title != entity.text and bool(governments_named(entity.text[: -len(title)]))
    occupation = entity.label == "PS" and entity.text in titles().before_name  # 바리스타 | 마리아 산토스: the job, not the person
    return entity.label in NAMED_LABELS and (one_word and (role_of_word(entity.text) == entity.text or post) or occupation)


def _inside_title(entity: Entity, text: str) -> bool:
    """A body or place written together with a job title (``국회|의원``, ``해남|군수``): no entity, a post."""
    rest = WORD.match(text, entity.end).group()
    return bool(rest) and is_job_title(grammar().without_particle(rest)) and is_job_title(grammar().without_particle(entity.text + rest))


def _unit_glued_after(entity: Entity, text: str, endings: frozenset[int] = frozenset()) -> Entity:
    """``민주당 부산시|당`` -> ``민주당 부산시당``, ``송정|역`` -> ``송정역`` LC, ``가덕도|신공항`` -> ``가덕도신공항`` LC: a body or
    place cut before the syllables that make its last word a unit's (a party's city branch) or a place's (a station, a
    township, an airport), which kiwipiepy reads as words of their own, runs to that word's end; not a conditional ending
    kiwipiepy reads so (``여수 | 면 숙박 문제가``: at ``endings``, the positions of endings)."""
    rest = WORD.match(text, entity.end).group()
    last = entity.text.rsplit(" ", 1)[-1]
    word = grammar().without_particle(last + rest) if rest else last
    cues = entity_cues()
    unit = entity.label == "OG" and cues.names_a_unit(word) and not cues.names_a_unit(last)
    suffix = cues.endings("place_suffixes").longest(word) or ""
    township = word in (last + township for township in cues.townships) and entity.end not in endings  # 홍천 + 읍; not 여수 + 면 (if)
    station = word == last + cues.station_ending or township  # 송정 + 역; not 광주 + 지역
    place = station or cues.place.fullmatch(word) is not None and cues.place.fullmatch(last) is None and len(suffix) > 1
    if len(word) <= len(last) or not (unit or place):
        return entity
    whole = text[entity.start : entity.end + len(word) - len(last)]
    canonical = whole if entity.canonical == entity.text or place else entity.canonical + whole[len(entity.text) :]
    return replace(entity, end=entity.start + len(whole), text=whole, canonical=canonical, label="LC" if place and not unit else entity.label)


def _without_also_particle(entity: Entity) -> Entity:
    """``의성군도 … 밝혔다`` (kiwipiepy's 의성 + 군도, islands): a city's, county's or district's name with the particle of
    addition run into the span is the government without it (not 경기도, a province)."""
    stem = entity.text.removesuffix(quote_cues().also_particle)
    units = tuple(unit for unit in entity_cues().administrative_units if unit != quote_cues().also_particle)
    if stem == entity.text or not stem.endswith(units) or not governments_named(stem):
        return entity
    return replace(entity, end=entity.end - len(quote_cues().also_particle), text=stem, canonical=stem)


def _place_ending_glued_after(entity: Entity, text: str) -> Entity:
    """``서귀포|항에서``, ``목포|역``: a place read without the ending written on it that no given name has (항, 역, 섬, 댐,
    …) is the place the whole word names."""
    if entity.label != "LC":
        return entity
    rest = grammar().without_particle(WORD.match(text, entity.end).group())
    if rest not in entity_cues().name_free_place_endings:
        return entity
    name = entity.text + rest
    return replace(entity, end=entity.end + len(rest), text=name, canonical=name)


def without_marks(entity: Entity) -> Entity:
    """``홍 “`` -> ``홍``, ``창원,`` -> ``창원``: quotation marks, a list's commas and spaces at a span's edges are not part of the name, nor is a
    broadcast transcript's marker before it (``INT▶추민완`` -> ``추민완``); a marker alone is no entity
    (its text is then empty)."""
    if TRANSCRIPT_MARK in entity.text or entity.text in quote_cues().caption_labels:
        cut = entity.text.rfind(TRANSCRIPT_MARK) + 1 if TRANSCRIPT_MARK in entity.text else len(entity.text)
        entity = replace(entity, start=entity.start + cut, text=entity.text[cut:], canonical=entity.text[cut:])
    text = entity.text.rstrip(EDGE_MARKS)
    if text.endswith(")") and "(" not in text:
        text = text[:-1]  # SH) of 예시공사(SH): a bracket the name does not open
    unclosed = next((i for i, c in enumerate(text) if c in OPENING_MARKS and OPENING_MARKS[c] not in text[i:]), None)
    text = text[:unclosed].rstrip() if unclosed else text  # 가람테크<주, 가람군“…: a bracket the name does not close
    straight = next((i for i, c in enumerate(text) if c in STRAIGHT_MARKS and text.count(c) % 2), None)
    text = text[:straight].rstrip() if straight else text  # 국힘 "방 (of 국힘 "방만 예산"): a mark that opens a quote after the name
    start = entity.start + len(text) - len(text.lstrip(EDGE_MARKS))
    text = text.lstrip(EDGE_MARKS)
    if text == entity.text:
        return entity
    return replace(entity, start=start, end=start + len(text), text=text, canonical=text if entity.canonical == entity.text else entity.canonical)


def surnames_in_full(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A person cut to the surname inside a word that is a full name before a title (``여|도겸 예시읍장은``,
    kiwipiepy reading the given name as common nouns) is the whole word; ``김 지사`` stays 김."""
    found = []
    for entity in entities:
        written = WORD.match(text, entity.start).group()
        after = entity.start + len(written)
        title = WORD.match(text, after + 1).group() if text[after : after + 1] == " " else ""
        word = grammar().without_particle(written)  # 이재명이 후보: the name without its particle
        if entity.label == "PS" and len(entity.text) < len(word) and entity.text == word[: len(entity.text)] \
                and korean_full_name(word) and role_of_word(grammar().without_particle(title)) is not None:
            entity = replace(entity, end=entity.start + len(word), text=word, canonical=word)
        found.append(entity)
    return found


def anonymised_in_words(entities: Sequence[Entity], text: str, readable: Callable[[int], bool]) -> list[Entity]:
    """``노모(52)씨``, ``고모(33)씨``: an anonymised person whose surname and 모 kiwipiepy reads as one
    common noun (노모, an old mother; 고모, an aunt), which the token rules cannot cut, is the surname."""
    found = list(entities)
    for match in entity_cues().anonymised.finditer(text):
        start, end = match.span(1)
        if start < 0 or not starts_with_surname(match.group(1)) or not readable(start) \
                or any(e.start <= start < e.end and e.label != "PS" or (e.start, e.end) == (start, end) for e in found):
            continue
        found = [e for e in found if not e.start <= start < e.end]
        found.append(Entity(start, end, match.group(1), "PS", match.group(1), "rule", role_after(text, end)))
    return sorted(found, key=lambda e: e.start)


def _after_connective(entity: Entity) -> Entity:
    """``반면 | 봉``, ``이때 | 오현민``: a sentence's connective or word of time the model ran into the name after it is no part of it."""
    first, _, rest = entity.text.partition(" ")
    opener = first in entity_cues().sentence_connectives or first in entity_cues().sentence_time_words
    return cut_to(entity, entity.start + len(first) + 1, rest) if rest and opener else entity


def cut_to(entity: Entity, start: int, text: str) -> Entity:
    """The entity as the words ``text`` at ``start``, named as written."""
    return replace(entity, start=start, end=start + len(text), text=text, canonical=text, kind=None, parent=None, ambiguous=None)


def common_nouns(start: int, end: int, morphemes: Sequence[Morpheme], starts: list[int], glued_bodies_only: bool = False) -> bool:
    """Whether the words between ``start`` and ``end`` are common nouns (and numbers), no name among them
    and no organisation's ending (교통, 관광, 경유, 515; not 가람시당, 어울림센터); with ``glued_bodies_only``,
    a word that is one dictionary noun ends like no body (확대, not an organisation's 대)."""
    inside = morphemes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    words: list[list[str]] = []  # the written words, morphemes glued together (민원 + 상담: 민원상담, not 민원 and its 원)
    for previous, morpheme in zip([None, *inside], inside):
        if previous is not None and previous.end == morpheme.start:
            words[-1].append(morpheme.form)
        else:
            words.append([morpheme.form])
    checked = ["".join(parts) for parts in words if len(parts) > 1 or not glued_bodies_only]
    return bool(inside) and all(m.tag in COMMON_TAGS and not m.oov for m in inside) and not any(
        entity_cues().organisation.search(word) or entity_cues().institution.search(word) for word in checked)
