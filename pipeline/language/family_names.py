"""People printed again: a foreign person's family name after the full name (``마리엘 크레인 교수`` …
``크레인 교수는``), a Korean full name given a title or an age once (``봉서율(35)``) and a name of several
words given a title (``토마스 벨``) are that person, though kiwipiepy reads the word as a common noun or the
model finds no one there."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.language.aliases import MAX_HEADS_CHARS
from pipeline.language.canonical import role_after
from pipeline.language.entity_spans import cut_to
from pipeline.language.kiwi_doc import dictionary_noun
from pipeline.language.occurrences import word_occurrences
from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, is_job_title, known_names, name_like, quote_cues, role_cues, role_of_word, starts_with_surname, titles
from pipeline.record import Entity, Morpheme

FOREIGN_FULL_NAME = re.compile(r"[가-힣]+(?: [가-힣]+){1,2}")  # 도널드 트럼프, 마크 엘리엇 예시버그
FAMILY_THEN_BODY = ("given", "family", "body")  # the words of a foreign name the model ran into its body
MIN_FAMILY_NAME = 2  # syllables: 리 of 피터 리 is too common a syllable to find again
KOREAN_NAME = re.compile(r"[가-힣]{3}")  # a surname and a given name of two syllables: 봉서율
AGE = re.compile(r"\(\d")  # 봉서율(35)
AGE_THEN_WORD = re.compile(r"\([^)\n]{1,20}\) (\S+)")  # (84) 할머니는
RARE_SURNAME_NAME_LENGTH = 3  # 묵이슬: a surname and a given name of two syllables
WORD_AFTER = re.compile(r" ([가-힣]+)")  # the word after a name: 솔베르그 | 연구원에
GIVEN_AFTER_SPACE = re.compile(r" ([가-힣]{1,2})(?=$|[\s/,(])")  # 황보 | 건 / …: a given name, then a space, a slash or the end
MULTI_WORD_NAME = re.compile(r"[가-힣A-Za-z]+(?: [가-힣A-Za-z]+){1,3}")  # 토마스 벨, Thomas Bell


def family_names_throughout(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme],
                            readable: Callable[[int], bool]) -> list[Entity]:
    """The family name of each foreign person the article names in full with a title, wherever it is
    printed again before a title (``크레인 교수는``) or, when it is no common noun and only a
    transliteration holds its syllables (``머스크는``), before a particle: PS, canonical the full name."""
    starts = [m.start for m in morphemes]
    found = list(entities)
    for full_name, family in sorted(_foreign_family_names(entities, text).items()):
        for start, rest in word_occurrences(family, text):
            end = start + len(family)
            if not readable(start) or not _named_there(text, end, rest, family) or rest and dictionary_noun(morphemes, starts, start, end):
                continue
            overlapping = [e for e in found if e.start < end and start < e.end]
            if any(e.label == "PS" or e.start < start or e.end > end for e in overlapping):
                continue  # the person already, or a longer name holding the word
            found = [e for e in found if e not in overlapping]
            found.append(Entity(start, end, family, "PS", full_name, "rule", role_after(text, end)))
    return sorted(found, key=lambda e: (e.start, e.end))


def foreign_names_to_their_family_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``마르쿠스 베버 그륀블라트 대표`` … ``베버 대표는``: a foreign person of three words whose middle word the article
    prints again alone before a title, and whose last word it never does, ends at that family name; the last word is
    their body (OG), which the model ran into the name."""
    found = []
    for entity in entities:
        words = entity.text.split(" ")
        if entity.label != "PS" or len(words) != len(FAMILY_THEN_BODY) or not FOREIGN_FULL_NAME.fullmatch(entity.text) or name_like(words[0]):
            found.append(entity)
            continue
        family, body = words[1], words[2]
        again = [start for start, rest in word_occurrences(family, text) if start > entity.end and not rest and _titled(text, start + len(family))]
        alone = [start for start, rest in word_occurrences(body, text) if start > entity.end]
        if not again or alone or len(family) < MIN_FAMILY_NAME:
            found.append(entity)
            continue
        name_end = entity.start + len(words[0]) + 1 + len(family)
        name = text[entity.start : name_end]
        found.append(Entity(entity.start, name_end, name, "PS", name, entity.source, entity.role))
        found.append(Entity(name_end + 1, entity.end, body, "OG", body, "rule"))
    return sorted(found, key=lambda e: (e.start, e.end))


def _foreign_family_names(entities: Sequence[Entity], text: str) -> dict[str, str]:
    """``{'마리엘 크레인': '크레인'}``: persons with a title whose name is several Hangul words and
    not a Korean name written apart (남궁 민수); the title also where the model read it as a body (``연구원``)."""
    names = {}
    for entity in entities:
        titled = entity.role or entity.label == "PS" and _titled(text, entity.end)
        if entity.label != "PS" or not titled or not FOREIGN_FULL_NAME.fullmatch(entity.text):
            continue
        family = entity.text.rsplit(" ", 1)[1]
        if len(family) >= MIN_FAMILY_NAME and not name_like(entity.text.replace(" ", "")) and role_of_word(family) is None:
            names[entity.text] = family
    return names


def _named_there(text: str, end: int, rest: str, family: str) -> bool:
    """Whether the family name at ``end`` names the person: a title follows it, or a particle does and
    the name is plainly a transliteration."""
    if rest:
        return rest in grammar().particles and bool(entity_cues().transliteration.search(family))
    return text[end : end + 1] == " " and _titled(text, end)


def _titled(text: str, end: int) -> bool:
    """A title in the word after ``end``: a job (교수) or a word of people's that ends a title phrase (연구원)."""
    following = WORD_AFTER.match(text, end)
    return role_after(text, end, reach=1) is not None or following is not None and ends_speaker_title(grammar().without_particle(following.group(1)))


def korean_names_throughout(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme],
                            readable: Callable[[int], bool]) -> list[Entity]:
    """A Korean full name the article gives a person's title, 씨 or an age somewhere (``봉서율(35)이``, ``한도윤
    감독은``) is that person wherever it is printed again as a word of its own where nothing was found (a
    headline's ``봉서율 “…”``), the name was cut short or read as a place or a body; not a word kiwipiepy knows as a common noun (지난해) nor
    one ending like a body."""
    starts = [m.start for m in morphemes]
    names = {e.text for e in entities if _titled_korean_name(e, text, morphemes, starts)}
    found = list(entities)
    for name in sorted(names):
        for start, rest in word_occurrences(name, text):
            end = start + len(name)
            overlapping = [e for e in found if e.start < end and start < e.end]
            if rest not in ("", *grammar().particles) or not readable(start) \
                    or any(not (e.label == "PS" and e.start == start and e.end < end or (e.start, e.end) == (start, end) and e.label != "PS")
                           for e in overlapping):
                continue  # only where nothing was found, the name cut short (명수 of 명수아) or read as a place (a headline's 한서윤 "…")
            found = [e for e in found if e not in overlapping] + [Entity(start, end, name, "PS", name, "rule", role_after(text, end))]
    return sorted(found, key=lambda e: (e.start, e.end))


def _titled_korean_name(entity: Entity, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    if entity.label != "PS" or not KOREAN_NAME.fullmatch(entity.text) or not korean_full_name(entity.text):
        return False  # most entities, told apart before the dearer tests of a title
    titled = entity.role is not None and (entity.role.endswith(titles().long_job) or entity.role in entity_cues().anonymised_suffixes)
    title = _head_title(entity, text)
    titled = titled or bool(title) and " " not in title and role_of_word(title) is not None
    aged = bool(AGE.match(text, entity.end))
    return ((titled or aged) and entity.text not in known_names() and not _a_body(entity, title, aged)
            and not dictionary_noun(morphemes, starts, entity.start, entity.end))


def _a_body(entity: Entity, title: str | None, aged: bool) -> bool:
    """Whether the "name" ends like a body: a given name may end in one such syllable (민채원, 김태회), which makes a body only
    with the title of its head after it (``가람원 원장``), never with an age (``민채원(22)``)."""
    ending = entity_cues().organisation.search(entity.text)
    role = entity.role or title or ""
    return ending is not None and (len(ending.group()) > 1 or not aged and role[:1] == entity.text[-1:])


def _head_title(entity: Entity, text: str) -> str:
    """The title before a head's name in a body's parentheses (``여수시(시장 정유나)``, ``(공공위원장 한도윤, 민간위원장
    박보람)``), else ``""``."""
    opening = text.rfind("(", max(entity.start - MAX_HEADS_CHARS, 0), entity.start)
    if opening < 0 or ")" in text[opening : entity.start] or not text.startswith((")", ","), entity.end):
        return ""
    return text[opening + 1 : entity.start].rsplit(",", 1)[-1].strip()


def people_throughout(entities: Sequence[Entity], text: str, readable: Callable[[int], bool]) -> list[Entity]:
    """A person named in several words (``토마스 벨``, ``리안 웨이``) is that person wherever the article
    prints the name again, though the model read it otherwise there (``토마스`` PS and ``벨`` OG before a
    title, ``리안 웨이`` OG before a company): one name, one person, within an article. Only names the
    article gives a title somewhere count, and only where ``readable`` says entities are read (not in
    page chrome)."""
    names = {e.text for e in entities if e.label == "PS" and e.role and " " in e.text and MULTI_WORD_NAME.fullmatch(e.text)
             and role_of_word(e.text.split()[-1]) is None}  # a person the article gives a title, not 손 반장
    found = list(entities)
    for name in sorted(names, key=len, reverse=True):
        for start, rest in word_occurrences(name, text):
            if rest and rest not in grammar().particles:
                continue  # 토마스 벨로: another name goes on
            end = start + len(name)
            overlapping = [e for e in found if e.start < end and e.end > start]
            if not readable(start) or any(e.label == "PS" and (e.start, e.end) == (start, end) or e.start < start or e.end > end
                                          for e in overlapping):
                continue  # page chrome, the person already, or a longer name holding it (국립 예시 진흥원)
            found = [e for e in found if e not in overlapping]
            found.append(Entity(start, end, name, "PS", name, "rule", role_after(text, end)))
    return sorted(found, key=lambda e: e.start)


def people_of_rare_surnames(entities: Sequence[Entity], text: str, readable: Callable[[int], bool]) -> list[Entity]:
    """A name of three syllables whose surname the lexicon does not list, before an age and 씨, 군, 양 or a title
    (``묵이슬(12)양``, ``궉복순(84) 할머니``), is a person when the article calls them by that surname later
    (``묵양은``, ``궉 할머니는``), as it does no common noun so printed (택시기사(54)씨, 중학생(15)군)."""
    cues = entity_cues()
    found = list(entities)
    for match in cues.aged_name.finditer(text):
        name, start, end = match.group(1), match.start(1), match.end(1)
        if len(name) != RARE_SURNAME_NAME_LENGTH or starts_with_surname(name) or not readable(start) \
                or any(e.start < end and start < e.end for e in found if e.label == "PS"):
            continue
        if not (cues.honoured_age.match(text, end) or _titled_after_age(text, end)) or not _called_by_surname(name[0], text, end):
            continue
        found = [e for e in found if not (e.start < end and start < e.end)] + [Entity(start, end, name, "PS", name, "rule", role_after(text, end))]
    return sorted(found, key=lambda e: (e.start, e.end))


def _titled_after_age(text: str, end: int) -> bool:
    """Whether the age after a name is followed by a title of its own (``(84) 할머니는``, ``(36) 대표``)."""
    after = AGE_THEN_WORD.match(text, end)
    return after is not None and role_of_word(grammar().without_particle(after.group(1))) is not None


def _called_by_surname(surname: str, text: str, after: int) -> bool:
    """Whether the text after ``after`` names someone by ``surname`` with 씨, 군, 양 or a title, as a sentence's subject
    (묵양은, 궉 할머니는)."""
    suffixes = entity_cues().anonymised_suffixes
    for match in re.finditer(rf"(?<![가-힣]){re.escape(surname)}(?: ?)([가-힣]+)", text[after:]):
        word = grammar().without_particle(match.group(1))
        subject = match.group(1)[len(word) :] in quote_cues().opening_subject_particles  # 궉 할머니는; not 새 단장을 마친
        if subject and (word in suffixes or role_of_word(word) is not None):
            return True
    return False


def spaced_surnames_in_full(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``황보 | 건``: a two-syllable surname printed apart from a given name of one or two syllables, read as a person by
    the surname alone, is the person printed so (``황보 건``); not before a word with a particle (``황보 씨는``)."""
    surnames = role_cues().spaced_surnames
    found = []
    for entity in entities:
        given = GIVEN_AFTER_SPACE.match(text, entity.end) if entity.label == "PS" and entity.text in surnames else None
        if given and not any(e.start == given.start(1) for e in entities) and not is_job_title(given.group(1)) \
                and given.group(1) not in (titles().honorific, entity_cues().person_suffix):
            entity = cut_to(entity, entity.start, text[entity.start : given.end(1)])
        found.append(entity)
    return found
