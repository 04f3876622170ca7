"""People told apart from what the model ran them into: a title or an affiliation (``나준혁 남도보건연구원장`` OG ->
나준혁 PS), or read where there is none, in a common noun of kiwipiepy's dictionary (``공관위``) or a body's long word."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.canonical import role_after
from pipeline.language.entity_spans import NAMED_LABELS, WORD, cut_to
from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import entity_cues, grammar, is_job_title, known_names, list_cues, name_like, quote_cues, role_of_word, starts_with_surname, titles
from pipeline.record import Entity, Morpheme
from pipeline.lexicon.files import alternation

PERSON_NAME_LENGTHS = (2, 3, 4)
AFFILIATION_WORDS = 3  # words of a body and its units between a name and its title
SPACED_WORD = re.compile(r"\S+")
LONG_KOREAN_WORD = re.compile(r"[가-힣]{5,}")  # longer than a Korean name
HANGUL_WORD = re.compile(r"[가-힣A-Za-z0-9]+")
THREE_SYLLABLE_WORD = re.compile(r"(?<![가-힣])[가-힣]{3}(?= [가-힣])")  # 정유나 | 센터장: a word of a full name's length before another
# A word glued to a parenthesis, then a word after it (나서진(가람당·예시1) 의원은): what the parenthesis says of a name.
NAME_BEFORE_NOTE = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣]{2,4})\((?P<note>[^()\n]{1,25})\) ?(?P<title>[가-힣]+)")
UNIT_AFTER = re.compile(r" ([가-힣]+)(?= )")  # the word after a university, before the next: 부경대 | 공과대학 | 이나래
GIVEN_NAME_MISREAD_TAGS = frozenset({"MAG", "MM", "NNG", "IC"})  # 마동 | 휘: a given name's last syllable kiwipiepy read as a word


def people_out_of_titles(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """A person's name and title, or name and affiliation before a title, that the model took as one
    entity is the person, PS, with the title as role (``나준혁 남도보건연구원장`` OG -> 나준혁) and the
    affiliation an OG of its own (``한미숙 ㈜가람식품`` OG before 대표 -> 한미숙 PS, ㈜가람식품 OG); so is
    an organisation, a name and a title taken as one (``가람대학교 나준혁 평생교육원장`` OG -> 가람대학교 OG,
    나준혁 PS). The name: a word kiwipiepy does not know, reads as a proper noun or splits after a
    surname; after the organisation, of three syllables; not a word ending like a university before more words
    (``미국 가람대 | 데이비드 로웰``)."""
    starts = [m.start for m in morphemes]
    found = []
    for entity in entities:
        words = entity.text.split(" ")
        title_after = WORD.match(text, entity.end + 1).group() if text[entity.end : entity.end + 1] == " " else ""
        role = role_of_word(words[-1]) or role_of_word(grammar().without_particle(title_after))
        if entity.label in ("OG", "LC") and " " in entity.text:  # a name and a body read as one: the title may follow an affiliation
            role = role or role_after(text, entity.end)
        at = entity.start
        titled = entity.label == "OG" and role is not None and (len(words) > 1 or role_of_word(grammar().without_particle(title_after)) is not None
                                                                and _last_word_a_name(words[0]))
        # 가람당 남궁민철 | 의원, also past a district: 민경태(청주8) 도의원; a name alone before its title: 선우연경 | 교수
        for index, word in enumerate(words[: len(words) if titled else -1] if entity.label in NAMED_LABELS and role else []):
            last = index == len(words) - 1
            if last and not _last_word_a_name(word):
                continue  # the entity stays whole
            if (index == 0 or len(word) == 3 or korean_full_name(word)) and _name_word(word, at, morphemes, starts) \
                    and (last or not _university_before_its_unit(word, words[index + 1]) and not _university_before_a_name(word, words[index + 1 :])):
                found += _person_apart(entity, at, word, role, text)
                break
            at += len(word) + 1
        else:
            found.append(entity)
    return found


def _person_apart(entity: Entity, at: int, name: str, role: str, text: str) -> list[Entity]:
    """The organisation before the name, the person, and the organisation between the name and a title
    printed after the entity."""
    person = Entity(at, at + len(name), name, "PS", name, entity.source, entity.role or role)
    before = [cut_to(entity, entity.start, text[entity.start : at - 1])] if at > entity.start else []
    between = []
    if person.end < entity.end and not role_of_word(entity.text.rsplit(" ", 1)[-1]):  # the words between the name and the title: the person's organisation
        between = [Entity(person.end + 1, entity.end, text[person.end + 1 : entity.end], "OG", text[person.end + 1 : entity.end], entity.source)]
    return [*[replace(b, label="OG", role=None) for b in before], person, *between]


def _last_word_a_name(word: str) -> bool:
    """``가람당 남궁민철`` before 의원: a Korean full name ending a body's entity, not a word that ends like a body or a
    place (``민주당 전북도당``, ``성전면``)."""
    cues = entity_cues()
    return korean_full_name(word) and not cues.organisation.search(word) and not cues.institution.search(word) \
        and not cues.place.fullmatch(word) and role_of_word(word) is None  # 안양 정관장: a team, 관장 no name's end


def _university_before_its_unit(word: str, following: str) -> bool:
    """``서울대 의대``: a word ending in 대 before a university's unit is the university, however it reads as a name."""
    cues, unit = entity_cues(), grammar().without_particle(following)
    return word.endswith(cues.university_ending) and (unit in cues.university_units or unit.endswith(cues.university_unit_endings))


def units_out_of_people(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A person a rule or the model ran the unit of a body before the name into (``수의과대학 염정호`` PS before 교수) is the
    name, PS, and the unit is its university's, one OG with the university right before it (``경상국립대 수의과대학``), as a
    university's unit is where no person stands between them (``부경대 공과대학 | 이나래``)."""
    found: list[Entity] = []
    for entity in entities:
        words = entity.text.split(" ")
        if entity.label == "PS" and len(words) > 1 and _last_word_a_name(words[-1]) and all(map(_unit_of_a_body, words[:-1])):
            unit, person = _person_apart(entity, entity.end - len(words[-1]), words[-1], entity.role or "", text)[:2]
            found += [*_with_university(found, unit, text), person]
        elif entity.label == "OG" and entity.text.endswith(entity_cues().university_ending) and (
                unit_word := UNIT_AFTER.match(text, entity.end)) and _unit_of_a_body(unit_word.group(1)) \
                and not any(e.start < unit_word.end() and entity.end < e.end for e in entities if e is not entity):
            found.append(cut_to(entity, entity.start, text[entity.start : unit_word.end()]))  # 부경대 | 공과대학
        else:
            found.append(entity)
    return found


def _with_university(found: list[Entity], unit: Entity, text: str) -> list[Entity]:
    """The unit joined to the university printed right before it (``경상국립대 | 수의과대학``), which leaves ``found``."""
    before = found[-1] if found else None
    if before is None or before.label != "OG" or before.end + 1 != unit.start or not before.text.endswith(entity_cues().university_ending):
        return [unit]
    found.pop()
    return [cut_to(before, before.start, text[before.start : unit.end])]


def _unit_of_a_body(word: str) -> bool:
    """``수의과대학``, ``화학과``, ``가람연구소``: a word that ends like a body or a university's unit, no part of a name."""
    return bool(entity_cues().institution.search(word)) or any(word.endswith(unit) and len(word) > len(unit) for unit in entity_cues().university_unit_endings)


def _university_before_a_name(word: str, following: list[str]) -> bool:
    """``미국 가람대 | 데이비드 로웰``: a word ending in 대 with a name of several words after it is the university; a name
    so ending right before a title stays one (``서정대 | 모서면장``)."""
    return word.endswith(entity_cues().university_ending) and len(following) >= 2


def _name_word(word: str, start: int, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    if len(word) not in PERSON_NAME_LENGTHS or not name_like(word) or word in known_names():
        return False
    index = bisect.bisect_left(starts, start)
    inside = [m for m in morphemes[index : index + 3] if m.end <= start + len(word)]
    if len(inside) == 1:
        return inside[0].oov or inside[0].tag == "NNP"
    return len(word) == 3 and len(inside) > 1 and inside[0].tag == "NNP" and len(inside[0].form) == 1  # a surname kiwipiepy cut off from the name


def people_of_names(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """No person is one common noun of kiwipiepy's dictionary (``공관위``, ``우승자`` read as PS) unless a
    title follows it (``이재민 후보``: a name that is also a word); a noun of a role (``입상자 대표``) is
    none even then. Names are proper nouns or words the dictionary does not hold. A Korean name is a word
    of two to four syllables: a longer single word read as a person names a body when it ends like one
    or follows a company's mark (``예시면사무소``, ``㈜예시메카텍`` OG) and nothing otherwise
    (``세계예시축제``), unless a title follows it or the article names someone in several words ending in
    it: foreign family names run longer (``예시도프스키 감독``, ``마크 예시도프스키`` … ``예시도프스키``)."""
    starts = [m.start for m in morphemes]
    family_names = {e.text.rsplit(" ", 1)[1] for e in entities if e.label == "PS" and " " in e.text}
    found = []
    for entity in entities:
        if entity.label == "PS" and LONG_KOREAN_WORD.fullmatch(entity.text) and entity.text not in family_names \
                and role_after(text, entity.end, reach=1) is None:
            company = text[entity.start - 1 : entity.start] in quote_cues().corporate_marks  # ㈜예시메카텍
            if not company and not entity_cues().organisation.search(entity.text):
                continue
            entity = replace(entity, label="OG", role=None)
        if entity.label != "PS" or not _common_noun(entity, morphemes, starts) \
                or role_after(text, entity.end, reach=1) is not None and not entity.text.endswith(entity_cues().role_noun_endings):
            found.append(entity)
    return found


def _common_noun(entity: Entity, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    at = bisect.bisect_left(starts, entity.start)
    word = morphemes[at] if at < len(morphemes) else None
    return word is not None and (word.start, word.end) == (entity.start, entity.end) and word.tag == "NNG" and not word.oov


GENITIVE_TAG = "JKG"  # 투발루의 | 시오네: the person of the place before
MIN_FULL_NAME = 2  # 김하늘씨 -> 김하늘; 김씨 stays
KOREAN_NAME_CHARS = 3  # 한정호: the member's name; 전남도, 국민의힘 are no one's


def body_before_its_member(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``상인회`` PS + ``한정호`` OG + ``회장은`` -> ``상인회`` OG + ``한정호`` PS: a word ending like a body (회, 협회,
    조합) right before a person's name and title is the person's body, though it reads as a name (상 + 인회)
    and the model took them the other way round."""
    found = list(entities)
    cues = entity_cues()
    for index, (body, person) in enumerate(zip(entities, entities[1:])):
        after = WORD.match(text, person.end + 1) if text[person.end : person.end + 1] == " " else None
        titled = after is not None and role_of_word(grammar().without_particle(after.group())) is not None
        if body.label == "PS" and person.label == "OG" and text[body.end : person.start] == " " and titled \
                and cues.organisation.search(body.text) and role_of_word(body.text) is None and body.text not in known_names() \
                and korean_full_name(person.text) and len(person.text) == KOREAN_NAME_CHARS and person.text not in known_names():
            found[index] = replace(body, label="OG", role=None)
            found[index + 1] = replace(person, label="PS", role=role_after(text, person.end))
    return found


def bodies_before_titled_people(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``청년몰`` PS + ``상인회장`` + ``서하늘`` PS: a title between two "people", the second a Korean full name, is that
    person's, written before the name; the first, no name at all (no surname opens it: not ``김 감독``, ``송윤 작가``), is
    where they hold it, a body (OG), though the model read it as a person (it did so before an age, ``서하늘(33)씨``)."""
    found = list(entities)
    for index, (body, person) in enumerate(zip(entities, entities[1:])):
        between = text[body.end : person.start]
        title = between.strip()
        if body.label == "PS" and person.label == "PS" and between == f" {title} " and " " not in title and role_of_word(title) is not None \
                and korean_full_name(person.text) and not starts_with_surname(body.text) and not entity_cues().transliteration.search(body.text):
            found[index] = replace(body, label="OG", role=None)
            found[index + 1] = replace(person, role=person.role or role_of_word(title))
    return found


def bodies_without_titles(entities: Sequence[Entity]) -> list[Entity]:
    """``한국은행 총재`` OG -> ``한국은행``: a body and the title of a post in it (or its people, ``관계자``), taken as one entity, is the body; the
    title is the post of the person named before it (``김철수 한국은행 총재는``), never part of a name. So is a
    government's short form after a Korean name (``오승철 도`` PS before ``상하수도본부 과장``): the post's government,
    where a foreign name may end in the same syllable (``응우옌 반 도``). A body, a title and a name after it, one entity
    (a list of officials moved: ``▲가람시의회 사무국장 한도윤``; not ``가람시 시장 정무실``), are the body and the person, the title the role."""
    found = []
    for entity in entities:
        body, _, last = entity.text.rpartition(" ")
        head, _, title = body.rpartition(" ")
        if entity.label == "OG" and head and (role := role_of_word(title)) and korean_full_name(last) and last not in known_names() and not entity_cues().organisation.search(last):
            found += [cut_to(entity, entity.start, head), replace(cut_to(entity, entity.end - len(last), last), label="PS", role=role)]
            continue
        short_form = entity.label == "PS" and last in entity_cues().government_short_forms and korean_full_name(body)  # not 응우옌 반 도
        people = entity.label == "OG" and (is_job_title(last) or last in entity_cues().body_people_words)  # 가람당 예시시당 | 관계자
        found.append(cut_to(entity, entity.start, body) if body and (people or short_form) else entity)
    return found


@functools.cache
def _membership_word() -> re.Pattern[str]:
    return re.compile(rf" {alternation(entity_cues().membership_words)}(?![가-힣])")


def bodies_of_members(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``가람당 소속 한지민 의원``: a "person" that ends like a body and is followed by a word of membership (소속, 산하)
    is what people belong to, a body (OG); a place so followed stays one (``중구 소속 영상지구``: land the district holds)."""
    membership = _membership_word()
    return [replace(e, label="OG", role=None) if e.label == "PS" and membership.match(text, e.end) and entity_cues().organisation.search(e.text)
            else e for e in entities]  # not 한지민 소속 구단: a player's club


def people_without_their_suffix(entities: Sequence[Entity]) -> list[Entity]:
    """``김하늘씨`` -> ``김하늘``: the model sometimes reads the honorific glued to a full name into the person; a
    surname alone with it (``김씨``) stays, as the anonymised form it is."""
    suffix = entity_cues().person_suffix
    return [replace(e, end=e.end - len(suffix), text=e.text[: -len(suffix)], canonical=e.canonical.removesuffix(suffix))
            if e.label == "PS" and e.text.endswith(suffix) and len(e.text) - len(suffix) >= MIN_FULL_NAME
            and starts_with_surname(e.text) and e.text[: -len(suffix)].isalpha() else e for e in entities]


def names_read_with_a_particle(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``정유나 | 센터장은``: a surname and a given name of three syllables right before a title that is the sentence's subject
    (or whose words they are: ``서유나 주무관의 말이다``), which kiwipiepy read as nouns and a particle that also ends given names
    (정유 + 나, 서 + 유 + 나) and the model so missed, is that
    person; not a word kiwipiepy reads as one noun (이사회 의장), nor a noun with a particle no name ends in (표어로 군수를)."""
    starts = [m.start for m in morphemes]
    found = list(entities)
    for match in THREE_SYLLABLE_WORD.finditer(text):
        start, end = match.span()
        inside = morphemes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        split = len(inside) >= 2 and all(m.tag.startswith("NN") for m in inside[:-1]) and inside[-1].tag.startswith("J") and inside[-1].end == end \
            and inside[-1].form in entity_cues().name_final_particles and not quote_cues().is_speaker_noun(text[start : inside[-1].start])  # not 주민이 군수는
        role = role_after(text, end, reach=1) if split and korean_full_name(match.group()) else None
        after_role = text[end + 1 + len(role) :] if role is not None else ""
        owner = after_role.startswith(list_cues().possessive + " ") and after_role[2:].startswith(tuple(quote_cues().statement_nouns))  # 주무관의 말이다
        subject = role is not None and (after_role.startswith(tuple(quote_cues().opening_subject_particles)) or owner)
        if subject and text[end + 1 :].startswith(role) and not any(e.start < end and start < e.end for e in found):
            found.append(Entity(start, end, match.group(), "PS", match.group(), "rule", role))
    return sorted(found, key=lambda e: e.start)


def people_after_genitives(entities: Sequence[Entity], morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``투발루의 시오네`` PS -> ``시오네``: a person read from the word before the name, which ends in the genitive (the
    country, body or place the person is of), starts at the name; also where kiwipiepy read the word and its particle
    as one proper noun (투발루의), when the word is no Korean name (이정의)."""
    genitives = {m.end for m in morphemes if m.tag == GENITIVE_TAG}
    found = []
    for entity in entities:
        first, _, _ = entity.text.partition(" ")
        first_end = entity.start + len(first)
        of = first_end in genitives or first.endswith(quote_cues().genitive_particle) and len(first) > 2 and not korean_full_name(first)
        if entity.label == "PS" and " " in entity.text and of:
            entity = cut_to(entity, first_end + 1, entity.text[first_end + 1 - entity.start :])
        found.append(entity)
    return found


def people_without_trailing_titles(entities: Sequence[Entity]) -> list[Entity]:
    """``솔베르그 연구원`` PS -> ``솔베르그``: a person read with a last word that is a word of people's titles (연구원,
    주민), no job the title rules know, is the name before it; the word is the role. Not a surname alone (``정 연구원``),
    which the surname rules read."""
    found = []
    for entity in entities:
        name, _, last = entity.text.rpartition(" ")
        if entity.label == "PS" and len(name) >= MIN_FULL_NAME and last in titles().speaker_endings and not is_job_title(last):
            entity = replace(cut_to(entity, entity.start, name), role=entity.role or last)
        found.append(entity)
    return found


def unknown_names_before_affiliations(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme],
                                      in_article: Callable[[int], bool]) -> list[Entity]:
    """``윤서하 | 가람과학기술원 신소재공학과 | 교수``: a word shaped as a Korean full name before the words of a body and
    its unit and then a title is that person, wherever the model read nothing (a summary's first sentence run into its
    deck leaves the model no context), when kiwipiepy's dictionary does not hold the word, or cut it after the surname
    (``임 | 채 | 원 한솔푸드 식품연구소장``, ``신 | 아름 …``: then the model's surname alone is the whole word, and any
    nouns may stand for the body), or holds it as a proper noun the model read as a place (``서민경`` LC before
    ``새봄어린이병원 소아신경과 교수``); never in page chrome, which the model does not read either."""
    found = list(entities)
    starts = [m.start for m in morphemes]
    for index, morpheme in enumerate(morphemes):
        start = morpheme.start
        if text[start - 1 : start].strip() or not morpheme.tag.startswith("NN"):
            continue
        end = text.find(" ", start)
        word = text[start:end] if end > start else ""
        if len(word) < KOREAN_NAME_CHARS or not korean_full_name(word) or not in_article(start):
            continue
        inside = morphemes[index : bisect.bisect_left(starts, end)]
        overlapping = [e for e in found if e.start < end and start < e.end]
        reading = _reading_of_a_name(word, inside, overlapping)
        if reading is None:
            continue
        words = [w.group() for w in itertools.islice(SPACED_WORD.finditer(text, end), AFFILIATION_WORDS + 1)]
        is_title = is_job_title if reading != "cut" else role_of_word  # a cut name takes a title inside a word too (식품연구소장)
        title = next((i for i, w in enumerate(words) if is_title(grammar().without_particle(w) or w)), None)
        affiliation = _affiliation_word if reading != "cut" else _bare_noun_word
        if title and all(affiliation(w) for w in words[:title]):
            found = [e for e in found if e not in overlapping]
            found.append(Entity(start, end, word, "PS", word, "rule", grammar().without_particle(words[title]) or words[title]))
    return sorted(found, key=lambda e: (e.start, e.end))


def _reading_of_a_name(word: str, inside: Sequence[Morpheme], overlapping: Sequence[Entity]) -> str | None:
    """How kiwipiepy and the model read a word shaped as a Korean full name that may be a person they missed: ``unknown``
    (one noun the dictionary lacks, no entity on it), ``cut`` (the surname alone, a proper noun, then pieces of no
    particle or ending; the model's person at most on the surname) or ``place`` (one proper noun the model read as a
    place, no place's or facility's ending); None when it is none of them."""
    if not inside:
        return None
    first = inside[0]
    if len(inside) == 1 and first.oov and not overlapping:
        return "unknown"
    surname = word[: len(word) - 2] if len(word) == 4 else word[0]
    if first.form == surname and first.tag == "NNP" and len(inside) > 1 and not any(m.tag[0] in "JEV" or m.tag.startswith("XS") for m in inside[1:]) \
            and all(e.label == "PS" and e.start == first.start and e.end <= first.end for e in overlapping):
        return "cut"
    cues = entity_cues()
    if len(inside) == 1 and first.tag == "NNP" and [(e.label, e.text) for e in overlapping] == [("LC", word)] and word not in known_names() \
            and not word.endswith((*cues.rare_name_place_endings, *cues.name_free_place_endings, *cues.administrative_units)):
        return "place"
    return None


def _bare_noun_word(word: str) -> bool:
    """A word of nouns alone (``한솔푸드``): what a body's name may be, where a cut name already says who stands before it."""
    return _affiliation_word(word) or bool(HANGUL_WORD.fullmatch(word)) and grammar().without_particle(word) == word


def _affiliation_word(word: str) -> bool:
    """A word of a body or its unit between a name and its title (가람과학기술원, 신소재공학과)."""
    cues = entity_cues()
    return bool(cues.institution.search(word) or cues.organisation.search(word)) or cues.names_a_unit(word) or word in known_names()



def names_before_noted_titles(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``나서진(가람당·예시1) 의원``, ``추민완(59) 전 부의장``: a word shaped as a Korean full name, glued to a parenthesis of
    its party and district or its age, then a title, is that person, wherever the model read nothing (나 + 서진 read as a
    pronoun and a noun), also a seat's kind or a party alone (``황보민수(비례) 의원``); not a body with its short form (``한국은행(BOK) 총재``)."""
    found = list(entities)
    for match in NAME_BEFORE_NOTE.finditer(text):
        start, end, note = match.start("name"), match.end("name"), match.group("note")
        title = grammar().without_particle(match.group("title")) or match.group("title")
        if not korean_full_name(match.group("name")) or not _notes_a_seat(note) \
                or not (is_job_title(title) or title in titles().before_name) or any(e.start < end and start < e.end for e in found):
            continue
        found.append(Entity(start, end, match.group("name"), "PS", match.group("name"), "rule", title if is_job_title(title) else None))
    return sorted(found, key=lambda e: (e.start, e.end))


def _notes_a_seat(note: str) -> bool:
    """A parenthesis after a person's name: an age or a party and district (digits, a middle dot), a seat's kind (``비례``) or a
    party the lexicon knows (``국민의힘``); not a body's short form (``BOK``)."""
    known = known_names().get(note)
    return any(char.isdigit() or char in list_cues().middle_dots for char in note) or note in entity_cues().seat_notes \
        or known is not None and known.label == "OG"


def people_in_whole_words(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``마동|휘 도당 위원장``: a person the model read as a word's first two syllables, its last read as an adverb or a noun,
    is the whole word when it is shaped as a Korean full name and stands alone (no particle, suffix or title after the cut)."""
    starts = [m.start for m in morphemes]
    found = []
    for entity in entities:
        index = bisect.bisect_left(starts, entity.end)
        rest = morphemes[index] if index < len(morphemes) and morphemes[index].start == entity.end else None
        word_end = rest.end if rest is not None else entity.end
        if entity.label == "PS" and len(entity.text) == 2 and rest is not None and len(rest.form) == 1 and rest.tag in GIVEN_NAME_MISREAD_TAGS \
                and text[word_end : word_end + 1] in (" ", "") and korean_full_name(text[entity.start : word_end]):
            entity = replace(entity, end=word_end, text=text[entity.start : word_end], canonical=text[entity.start : word_end])
        found.append(entity)
    return found
