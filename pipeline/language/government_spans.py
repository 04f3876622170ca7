"""Governments' names that the model ran into the words after them, taken apart.

A government (or a country) before a place, a body or common nouns is an entity of its own, a place or
a party by the particle after it; an analyst counting mentions of 경기도 or 미국 finds them all.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.school_names import SCHOOL_NAME_CHARS, schools_printed_in_full
from pipeline.language.entity_spans import NAMED_LABELS, NEXT_WORD, WORD, common_nouns, cut_to
from pipeline.language.foreign_names import ACRONYM
from pipeline.language.occurrences import word_occurrences
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import entity_cues, governments, governments_named, grammar, known_names, quote_cues, role_of_word, starts_with_surname
from pipeline.lexicon.files import alternation
from pipeline.record import Entity, Morpheme

PARENTHESIS_MORPHEMES = 12  # a parenthesis after a government naming its head: (구청장 홍길동)
LIST_MARKS = ("·", ",")  # between names listed: 여수·광양·목포
WORD_OPENING_TAGS = frozenset({"NNG", "XPN"})  # 김장 | 대전, 비 | 수도권: a common noun or a prefix opens the word
REGIONAL_ENDING_CHARS = 2  # 연맹, 연합, 협회: an ending a branch repeats, not 회 alone
REGION_SHORT_FORM = 2  # 광주 + 전남, 부산 + 경남: the short forms a branch is named with
PROPER_NOUN = "NNP"
KOREAN_NAME_CHARS = 3
LONG_BODY_WORD = 5  # 전국학교비정규직노동조합, 가람시민연합: a body's full name in one word, not 시당, 노조


def governments_apart(entities: Sequence[Entity], morphemes: Sequence[Morpheme]) -> list[Entity]:
    """A government's or country's name that the model ran into the words after it: a government after
    its province is an entity of its own (``경기 용인시`` -> 경기 | 용인시), and common nouns after it
    are not part of the name: the government is then where they are, LC (``완도 경유`` -> 완도, ``제주
    관광`` -> 제주, as ``광주 지역``), unless they are its staff (``시 관계자``: OG); a place or body in
    it is an entity of its own too (``경기도 | 가람시 | 솔내 어울림센터``, ``미국 | 가람대``)."""
    return _apart(entities, morphemes, [m.start for m in morphemes])


def _apart(entities: Sequence[Entity], morphemes: Sequence[Morpheme], starts: list[int]) -> list[Entity]:
    found: list[Entity] = []
    for entity in entities:
        first, _, rest = entity.text.partition(" ")
        name = known_names().get(first)
        if entity.label not in ("LC", "OG") or not rest or name is None or name.label != "LC" and not name.government:
            found.append(entity)
        elif known_names().get(rest) is not None and known_names()[rest].government:
            at = entity.start + len(first) + 1
            government = cut_to(entity, at, rest + _unit_after(rest, entity.end, morphemes, starts))  # 전남 곡성 + 군
            role = _role_by_particle(government.end, morphemes, starts)  # 경기 용인시는 … 열었다: a party
            found += [replace(cut_to(entity, entity.start, first), label="LC"), replace(government, label=role or government.label)]
        elif not name.government and ACRONYM.fullmatch(acronym := rest.split(" ")[0]) and acronym not in entity_cues().concept_initials \
                and (rest == acronym and (_role_by_particle(entity.end, morphemes, starts) == "OG" or _outlet_kind_after(entity.end, morphemes, starts))
                     or rest[len(acronym) + 1 :] in quote_cues().outlet_kind_nouns):
            # 미국 | CNN은, 일본 | NHK가, 미국 | NBC 방송은: a body of the country that acts or an outlet (not 베트남 FTA 확대: a thing)
            found += [replace(cut_to(entity, entity.start, first), label="LC"), replace(cut_to(entity, entity.start + len(first) + 1, acronym), label="OG")]
        elif _known_place_then_common_nouns(rest, entity.start + len(first) + 1, entity.end, morphemes, starts):
            at = entity.start + len(first) + 1
            place = rest.split(" ")[0]  # 전남 예시권 교통: the province and the region in it, two places
            found += [replace(cut_to(entity, entity.start, first), label="LC"), replace(cut_to(entity, at, place), label="LC")]
        elif common_nouns(entity.start + len(first) + 1, entity.end, morphemes, starts):
            word = rest.split()[0]  # 용인시 관계자, 서울시 주택정책실장: a party
            employer = word in entity_cues().government_affiliation_words or role_of_word(grammar().without_particle(word)) is not None
            found.append(replace(cut_to(entity, entity.start, first), label="OG" if employer else "LC"))
        elif (name.government or "OG" in name.also) and _named_within(rest):  # 경기도 | 가람시 솔내 어울림센터, 미국 | 가람대
            inner = replace(cut_to(entity, entity.start + len(first) + 1, rest), label=_inner_label(rest, entity.label))
            found += [replace(cut_to(entity, entity.start, first), label="LC"), *_apart([inner], morphemes, starts)]
        else:
            found.append(entity)
    return found


def _unit_after(name: str, end: int, morphemes: Sequence[Morpheme], starts: list[int]) -> str:
    """The unit the model left out of a government's name, glued after it (곡성 + 군 -> 곡성군), when the
    two make the government's official name; else nothing."""
    index = bisect.bisect_left(starts, end)
    unit = morphemes[index].form if index < len(morphemes) and morphemes[index].start == end else ""
    return unit if unit and known_names()[name].canonical == name + unit else ""


def clubs_of_places(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``대구 FC``, ``강릉 시티FC``, ``가람 유나이티드``: a place and the club's word after it, apart, are one club (OG), not a
    place and a club or a person. An entity that starts inside the organisation before it is read over by it and goes
    (the model's ``시티FC`` inside the club; any span crossing an organisation's end)."""
    endings, found = entity_cues().club_endings, []
    for entity in entities:
        club = NEXT_WORD.match(text, entity.end)
        word = grammar().without_particle(club.group(1)) if club else ""
        if entity.label in ("LC", "OG") and " " not in entity.text and word.endswith(endings) and word != entity.text:
            end = club.start(1) + len(word)
            found = [e for e in found if e.end <= entity.start]
            entity = replace(cut_to(entity, entity.start, text[entity.start : end]), label="OG")
        elif found and found[-1].label == "OG" and found[-1].start <= entity.start < found[-1].end:
            continue  # 시티FC: read inside the club (or any organisation) already
        elif entity.label in ("LC", "PS") and " " in entity.text and entity.text.rsplit(" ", 1)[1].endswith(endings):
            entity = replace(entity, label="OG", role=None)  # 가람 유나이티드 read as a person
        found.append(entity)
    return found


def known_bodies(entities: Sequence[Entity]) -> list[Entity]:
    """``포스코``, ``정의당 경남도당``: a name the gazetteer knows as a body only (no government, no other label) is a body,
    whatever the model read there, and so is a place the model read over it and a branch after it (not 테슬라 모델 S, a
    product the model read as a person)."""
    found = []
    for entity in entities:
        whole = " " not in entity.text
        name = known_names().get(entity.text.split(" ", 1)[0]) if entity.label == "LC" or whole and entity.label == "PS" else None
        body = name is not None and not name.government and name.labels == ("OG",)
        found.append(replace(entity, label="OG", role=None) if body else entity)
    return found


def markets(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A name glued to 시장 that is no city's (``보람시장``, ``서초시장``: 서초 is a district; also past other words of the
    market's name, ``정선아리랑시장``) is a market, a place: the whole word, whatever the model read in it; a city's name
    so glued is its mayor's title."""
    market = entity_cues().market_word
    found = []
    for entity in entities:
        name = _market_named(entity, text, market) if entity.label in ("LC", "OG", "PS") and " " not in entity.text else None
        if name is not None and len(entity.text) > 1 and names_a_market(name):
            entity = replace(entity, end=entity.start + len(name), text=name, label="LC", canonical=name, role=None)
        found.append(entity)
    return found


def names_a_market(name: str) -> bool:
    """A name glued to 시장 is a market (``보람시장``; also a district's, ``서초시장``) unless the name is a city's, when the
    word is its mayor's title (``이천시장``), or a country's or a region's, when it is their trade (``미국시장``, ``수도권시장``)."""
    stem = name[: -len(entity_cues().market_word)]
    place = known_names().get(stem)
    return not _city(stem) and not governments_named(stem + entity_cues().city_unit) and (place is None or place.government)


def _market_named(entity: Entity, text: str, market: str) -> str | None:
    """The market's name the entity opens: itself and 시장 (보람|시장), or its whole word ending so (정선|아리랑시장을)."""
    if text.startswith(market, entity.end):
        return entity.text + market
    word = grammar().without_particle(WORD.match(text, entity.start).group())
    return word if word.endswith(market) and word.startswith(entity.text) and len(word) > len(entity.text) + len(market) else None


def without_types(entities: Sequence[Entity], morphemes: Sequence[Morpheme]) -> list[Entity]:
    """The entities without a name made a type by its suffix (``경남형``, ``가람형 일자리``: kiwipiepy's XSN
    형 after the name), which names a kind of thing, no place or body; a person's name ending so (이민형) is
    one proper noun and stays."""
    ends, starts = {m.end: m for m in morphemes}, {m.start: m for m in morphemes}
    suffixes = entity_cues().type_suffixes

    def typed(entity: Entity) -> bool:  # 경남형 read whole, or 한국 | 형 after it
        return any(m is not None and m.tag == "XSN" and m.form in suffixes for m in (ends.get(entity.end), starts.get(entity.end)))
    return [e for e in entities if e.label not in NAMED_LABELS or not typed(e)]  # 2002년형: a date stays


def without_places_inside_words(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """The entities without a place read at the end of a word after a common noun or a prefix (``김장|대전``, a
    fair, ``비|수도권``): the word names something else, no place."""
    ends = {m.end: m for m in morphemes}
    return [e for e in entities if not (e.label == "LC" and e.start > 0 and text[e.start - 1].isalnum()
                                        and (before := ends.get(e.start)) is not None and before.tag in WORD_OPENING_TAGS
                                        and before.form not in entity_cues().direction_words)]


def _city(name: str) -> bool:
    return any(g.level == "city" for g in governments_named(name))


def _named_within(rest: str) -> bool:
    """Whether the words after a government name a place or body of their own, not a team or company
    that carries the region's name in Latin letters or as a known organisation (대구 FC: one organisation),
    unless that organisation ends like an institution in the place (서대문구 | 연세대, 미국 | 펜실베이니아대)."""
    known = known_names().get(rest)
    return " " in rest or not (rest.isascii() or known is not None and known.label == "OG" and not entity_cues().institution.search(rest))


def _inner_label(rest: str, label: str) -> str:
    """A body's name ends like an institution (가람대, 가람도서관): OG; else the label the whole had."""
    last = rest.rsplit(" ", 1)[-1]
    return "OG" if entity_cues().institution.search(last) or entity_cues().organisation.search(last) else label


def _known_place_then_common_nouns(rest: str, start: int, end: int, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """Whether ``rest`` (at ``start``) opens with a place the lexicon knows followed by common nouns
    (``서남권 교통``, ``전남 지역``), or is a place that is no government (``서남권``)."""
    place, _, tail = rest.partition(" ")
    name = known_names().get(place)
    if name is None or name.label != "LC" and not name.government:
        return False
    return not tail or common_nouns(start + len(place) + 1, end, morphemes, starts)


def governments_named_again(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """``완주군`` … ``"완주는 …"``: a government the article names in full is that government wherever its short form is
    printed again with a particle, or in a list, where nothing was found, though kiwipiepy reads the short form as a common
    noun (완주, 공주, 부여): a party or a place by its particle, a place with none."""
    units = tuple(entity_cues().administrative_units)
    official = {known.canonical for e in entities if e.label in ("OG", "LC") and in_article(e.start) and e.text.endswith(units)
                and (known := known_names().get(e.text)) is not None and known.government}  # 완주군, 대구시; not 화성 alone (Mars)
    forms = [(form, name) for name in official for form in _short_forms(name)]
    if not forms:
        return list(entities)
    starts = [m.start for m in morphemes]
    found = list(entities)
    for form, name in forms:
        for start, rest in word_occurrences(form, text):
            end = start + len(form)
            listed = text[end : end + 1] in LIST_MARKS  # 여수·광양
            if not (rest in grammar().particles if rest else listed) or not in_article(start) or any(e.start < end and start < e.end for e in found):
                continue  # 전주 대비, 음성 모델: a common noun as often; 무안은, 여수·광양: the government
            if form in entity_cues().common_word_short_forms and not _listed_with_a_government(text, start, end, rest):
                continue  # 국비 예산을, 공사 진도가: a common noun; 공주와 | 부여를: the governments listed
            found.append(Entity(start, end, form, _role_by_particle(end, morphemes, starts) or "LC", name, "rule"))
    return sorted(found, key=lambda e: e.start)


def _listed_with_a_government(text: str, start: int, end: int, rest: str) -> bool:
    """Whether the word at [start, end) (its particle ``rest``) is joined to a government's name before or after it (``공주와
    부여를``, ``공주·부여``)."""
    joints = tuple(grammar().conjunctive_particles)
    after = WORD.match(text, end + len(rest) + 1).group() if rest in joints or text[end : end + 1] in LIST_MARKS else ""
    word_start = text_word_start(text, start - 1)
    before = (text[word_start : start - 1] if start > 0 and text[start - 1] == " " else text[word_start:start]).lstrip("\"“‘'(")
    before = next((before.removesuffix(j) for j in joints if before.endswith(j)), before.rstrip("".join(LIST_MARKS)) if before.endswith(LIST_MARKS) else "")
    return any((name := known_names().get(grammar().without_particle(word))) is not None and name.government for word in (after, before) if word)


@functools.cache
def _short_forms(official: str) -> tuple[str, ...]:
    """The short forms of a government that name it and no other (완주 -> 완주군; not 광주, read as 광주광역시 first)."""
    government = next((g for g in governments() if g.official == official), None)
    names = known_names()
    return tuple(f for f in (government.short_forms if government else ()) if names.get(f) is not None and names[f].canonical == official)


def _outlet_kind_after(end: int, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """Whether the word after ``end`` is a kind of outlet (``NBC | 방송은``, ``AP | 통신``): the name before it is the outlet's."""
    at = bisect.bisect_left(starts, end + 1)
    return at < len(morphemes) and morphemes[at].start == end + 1 and morphemes[at].form in quote_cues().outlet_kind_nouns


def _role_by_particle(end: int, morphemes: Sequence[Morpheme], starts: list[int]) -> str | None:
    """OG when a subject, topic or partner particle is glued to the government ending at ``end``, past a
    parenthesis naming its head, LC when a place particle is, else None."""
    at = bisect.bisect_left(starts, end)
    if at < len(morphemes) and morphemes[at].start == end and morphemes[at].form == "(":
        close = next((i for i in range(at + 1, min(at + PARENTHESIS_MORPHEMES, len(morphemes))) if morphemes[i].form == ")"), None)
        at, end = (close + 1, morphemes[close].end) if close is not None else (at, end)  # 예시구(구청장 홍길동)는
    if at >= len(morphemes) or morphemes[at].start != end or not morphemes[at].tag.startswith("J"):
        return None
    particle = morphemes[at]
    if particle.tag in grammar().tags.actor or particle.tag == "JKB" and particle.form in grammar().partner_particles:
        return "OG"
    return "LC" if particle.tag == "JKB" and particle.form in entity_cues().government_place_particles else None


@functools.cache
def _school_context() -> re.Pattern[str]:
    """A word before a word of a school's people or a grade (``마동초 | 6학년``)."""
    cues = entity_cues()
    return re.compile(rf"([가-힣]{{2,6}}) (?:{alternation(cues.school_context_words)}|\d{{1,2}}{cues.school_grade})")


def schools_by_their_people(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """``솔뫼초 학부모회장``, ``새솔초 학생 34명``, ``마동초 6학년``: a word ending in a school's short form before a word of the
    school's people or a grade names the school, OG, there and wherever else the article prints the word, whatever the model read in it;
    not a person's name of three syllables ending in 중 or 고 (``김태중 학생``) with no name after the title."""
    cues = entity_cues()
    context = _school_context()  # 마동초 6학년
    forms = sorted(cues.school_short_forms, key=len, reverse=True)
    people = {e.start for e in entities if e.label == "PS"}
    starts = [m.start for m in morphemes]
    proper = {m.start for m in morphemes if m.tag == PROPER_NOUN}  # 솔뫼초, not a kind of school: 특성화고, 직업계고
    schools = {word for m in context.finditer(text) if (word := m.group(1)) and in_article(m.start())
               and _school_word(word, forms, named_after=m.end() + 1 in people)
               and (m.group().endswith(cues.school_grade) and word not in cues.school_kinds  # 마동초 6학년, whatever kiwipiepy read; not 특성화고
                    or any(at in proper for at in starts[bisect.bisect_left(starts, m.start(1)) : bisect.bisect_left(starts, m.end(1))]))}
    full_names = schools_printed_in_full(text)
    found = list(entities)
    for school in schools | set(full_names):
        for at in (m.start() for m in re.finditer(rf"(?<![가-힣]){re.escape(school)}(?=[^가-힣]|{alternation(grammar().particles)})", text)):
            if in_article(at):
                found = [e for e in found if e.end <= at or at + len(school) <= e.start] + [Entity(at, at + len(school), school, "OG", school, "rule")]
    return sorted(found, key=lambda e: e.start)


def _school_word(word: str, forms: list[str], named_after: bool) -> bool:
    """Whether ``word`` is a school's short form: a person's name may end so too, unless a name follows its title
    (``가람고 교사 김하늘``)."""
    form = next((f for f in forms if word.endswith(f) and len(word) - len(f) >= SCHOOL_NAME_CHARS), None)
    person_like = len(word) == KOREAN_NAME_CHARS and form in entity_cues().school_forms_names_end_in and starts_with_surname(word)
    return form is not None and (named_after or not person_like)


def bodies_before_branches(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``전국학교비정규직노동조합 | 경기지부``: a long word ending like an organisation right before a branch the model
    read alone is the branch's body, which the model missed (:func:`branches_of_bodies` then makes them one)."""
    found = list(entities)
    for entity in entities:
        word_end = entity.start - 1
        word_start = text_word_start(text, word_end)  # also at a paragraph's start
        word = text[word_start:word_end]
        if entity.label in ("OG", "LC") and text[word_end : entity.start] == " " and entity_cues().names_a_unit(entity.text) \
                and len(word) >= LONG_BODY_WORD and word.isalpha() and entity_cues().organisation.search(word) \
                and not any(e.start < word_end and word_start < e.end for e in found):
            found.append(Entity(word_start, word_end, word, "OG", word, "rule"))
    return sorted(found, key=lambda e: e.start)


def branches_of_bodies(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``한국도로공사 | 전북본부``, ``가람대학교 | 전자공학과``: an organisation and the word of its branch or unit right
    after it, which the model read as a second body or not at all, are one organisation; a government and its office
    stay apart (``김제시 | 농업기술센터``: the government is where the office is)."""
    found: list[Entity] = []
    starts = {e.start for e in entities if e.label != "QT"}  # 가람지방법원 | 제2형사부: the model's 제2 is the division's number
    people = {e.start for e in entities if e.label == "PS"}
    for entity in entities:
        previous = found[-1] if found else None
        if previous is not None and entity.start < previous.end:
            continue  # inside a regional branch joined to its body (광주 | 전남연맹 of 광주전남연맹)
        if previous is not None and text[previous.end : entity.start] == " " and entity.label in ("OG", "LC") \
                and _branch_of(_institution_of_staff(previous, entity.end + 1, people, found[-2] if len(found) > 1 else None), entity.text):
            found[-1] = _with_branch(replace(previous, label="OG", role=None), entity.end, text)
            continue
        if previous is not None and text[previous.end : entity.start] == " " and (regional := _regional_branch(previous, text, entity.start)):
            found[-1] = _with_branch(replace(previous, label="OG", role=None), regional, text)
            continue
        word = NEXT_WORD.match(text, entity.end)
        unit = _unit_without_particle(word.group(1)) if word and entity.end + 1 not in starts else ""
        if unit and _branch_of(entity, unit):
            entity = _with_branch(entity, entity.end + 1 + len(unit), text)
        elif entity.end + 1 not in starts and text[entity.end : entity.end + 1] == " " and (regional := _regional_branch(entity, text, entity.end + 1)):
            entity = _with_branch(replace(entity, label="OG", role=None), regional, text)
        found.append(entity)
    return found


def _regional_branch(body: Entity, text: str, start: int) -> int | None:
    """Where the regional branch that starts at ``start`` ends: a word of regions' short forms and the body's own
    ending (``전국농민회총연맹 | 광주전남연맹``, ``가람시민연합 | 부산경남연합``), which a federation's branches repeat."""
    word = NEXT_WORD.match(text, start - 1)
    bare = grammar().without_particle(word.group(1)) if word else ""
    ending = next((e for e in entity_cues().endings("organisation_endings").ends(body.text) if len(e) >= REGIONAL_ENDING_CHARS and bare.endswith(e)), None)
    regions = bare[: -len(ending)] if ending and (body.label == "OG" or len(body.text) >= LONG_BODY_WORD) else ""  # 전국농민회총연맹 read as a person
    pieces = [regions[i : i + REGION_SHORT_FORM] for i in range(0, len(regions), REGION_SHORT_FORM)]
    return start + len(bare) if pieces and len(regions) % REGION_SHORT_FORM == 0 and all(governments_named(p) for p in pieces) else None


def _institution_of_staff(body: Entity, after_unit: int, people: set[int], before: Entity | None) -> Entity:
    """``서울대 | 물리학과 | 최영진 교수``, ``조성배 | 연세대 | 컴퓨터과학과 교수``: a person read in a word shaped like an
    institution (가람대), with its unit and next to the person the title goes with, is that institution."""
    shaped = body.label == "PS" and entity_cues().institution.fullmatch(body.text) is not None
    beside = after_unit in people or before is not None and before.label == "PS" and before.end + 1 == body.start
    return replace(body, label="OG") if shaped and beside else body


def _unit_without_particle(word: str) -> str:
    """The unit's word without its particle, unless what reads as one ends the unit's name (화학 + 과: 화학과)."""
    return word if entity_cues().names_a_unit(word) else grammar().without_particle(word)


def _branch_of(body: Entity, word: str) -> bool:
    return body.label == "OG" and " " not in word and entity_cues().names_a_unit(word) \
        and not getattr(known_names().get(body.text), "government", False)


def _with_branch(body: Entity, end: int, text: str) -> Entity:
    whole = text[body.start : end]
    return replace(body, end=end, text=whole, canonical=whole, kind=None, parent=None, ambiguous=None)
