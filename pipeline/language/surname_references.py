"""People called by their surname: ``이 후보는`` after ``이가람 후보``, a surname before a quote or with a suffix, a headline's
lone Hanja surname (``尹``); each the full name of the one person of that surname the article names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.canonical import TITLE_REACH, speaker_title_after
from pipeline.lexicon import entity_cues, grammar, hanja_surnames, quote_cues, role_of_word, starts_with_surname, titles
from pipeline.record import Entity

SURNAME_AND_WORD = re.compile(r"(?<![가-힣])([가-힣]) ([가-힣]+)")
SURNAME_BEFORE_MARK = re.compile(r"(?<![가-힣\w])([가-힣]) ?[“\"‘']")
INTRODUCED_AS = re.compile(r"(?:\([^()]{1,12}\))?\s?([가-힣])")  # after a full name: (79)씨, 씨
LONE_HANJA = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?![\u4e00-\u9fff])")  # 尹, not 尹錫悅
TITLE_CHARS = 40  # characters after a name where its title may be printed past an affiliation (한지우 ㈜가람바이오 대표)


def surname_references(text: str, entities: Sequence[Entity], in_headline: Callable[[int], bool] = lambda at: False) -> list[Entity]:
    """People called by surname and title (``이 후보는``) that the entities missed, where the article
    has named someone with that surname before: kiwipiepy reads a lone 이 as a determiner (this), so
    the model, which sees one sentence, cannot tell. A headline's (``봉 후보 “…”``) may name the one
    person of that surname the body names after it. A word the lexicon lists as no title does as one when it followed
    the full name of the one person of that surname named before (``서만수(63) 반장`` … ``서 반장은``), also where the
    model read the surname and the word as one person (``서 반장``).
    """
    found = []
    bodies = {e.text for e in entities if e.label == "OG"}
    for match in SURNAME_AND_WORD.finditer(text):
        surname, start = match.group(1), match.start(1)
        word = grammar().without_particle(match.group(2))
        role = role_of_word(word)
        named = [e for e in entities if e.label == "PS" and len(e.text) >= 2 and e.text.startswith(surname)]
        before = [e for e in named if e.end <= start and len(e.text) > 2]
        full_names = {e.text for e in before}  # (one person of that surname named before, else no regex over the text)
        if role is None and not (len(full_names) == 1 and names_printed_with(surname, word, text, start) == full_names) \
                or any(e.start < start + 1 and start < e.end and (e.label == "PS" or len(e.text) > 1) and not _surname_and_word(e, surname, word, bodies)
                       for e in entities):
            continue  # (a surname the model read as a body, 표 of 표 지사, is the person's)
        if surname in quote_cues().unnamed_determiners and not any(_holds(e, role, text) for e in named):
            continue  # 가온숲초의 한 교사: one teacher, not 한민석 시의원 (a determiner unless the title is the named one's)
        headline_of_one = in_headline(start) and len({e.text for e in named}) == 1 and starts_with_surname(named[0].text)
        if headline_of_one or any(e.end <= start for e in named):
            found.append(Entity(start, start + 1, surname, "PS", surname, "rule", role))
    return found + _surnames_before_quotes(text, entities) + _hanja_surnames(text, entities) + _surnames_with_suffix(text, entities)


def _holds(person: Entity, role: str | None, text: str) -> bool:
    """Whether ``person`` holds the title ``role``, as printed after the name (also past an affiliation: 한지우 ㈜가람 대표; or
    fused with a body: 여수경찰서장 for 서장)."""
    held = person.role or speaker_title_after(text, person.end, reach=TITLE_REACH)
    after = [grammar().without_particle(word) for word in text[person.end : person.end + TITLE_CHARS].split()[: TITLE_REACH + 1]]
    return role is not None and (held is not None and (held == role or held.endswith(role) or titles().headline_post(held, role)) or role in after)


def _surname_and_word(entity: Entity, surname: str, word: str, bodies: set[str]) -> bool:
    """Whether the model read a surname and the word after it as one person (``정 연구원``), or a body the article names
    and the surname after it (``다움당 문``): the person is the surname's."""
    body, _, last = entity.text.rpartition(" ")
    shaped = body in bodies or " " not in body and (body.endswith(entity_cues().party_ending) or entity_cues().institution.fullmatch(body) is not None)
    return entity.label == "PS" and (entity.text == f"{surname} {word}" or last == surname and bool(body) and shaped)


def with_surname_references(entities: Sequence[Entity], references: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the surname ``references`` in their place: a person read over a reference's surname and the word
    after it (``정 연구원``) gives way to it, one read over a body and the surname (``다움당 문``) is the body again."""
    kept = []
    for entity in entities:
        reference = next((r for r in references if entity.start <= r.start < entity.end), None)
        if reference is None:
            kept.append(entity)
        elif entity.label == "PS" and reference.start > entity.start and entity.end == reference.end:  # 다움당 | 문
            body = entity.text[: reference.start - entity.start].rstrip()
            kept.append(replace(entity, end=entity.start + len(body), text=body, label="OG", canonical=body, role=None))
    return sorted(kept + list(references), key=lambda e: e.start)


def names_printed_with(surname: str, word: str, text: str, before: int) -> set[str]:
    """The names opened by ``surname`` that stand before ``word`` (maybe with a particle, past an age in parentheses or an
    affiliation of a word or two: ``서만수(63) 반장``, ``서민재 솔빛강지킴이 사무국장``) before ``before``, whether or not
    any entity holds them: two such names leave ``서 반장`` open."""
    pattern = re.compile(rf"(?<![가-힣]){re.escape(surname)}[가-힣]{{1,2}}(?=(?:\([^()]{{1,12}}\))?((?: [가-힣]+){{1,3}}))")
    return {m.group() for m in pattern.finditer(text, 0, before)
            if any(_same_word(grammar().without_particle(printed), word) for printed in m.group(1).split())}


def _same_word(printed: str, word: str) -> bool:
    """``연구원`` for ``연구원`` and, being no title of the lexicon's, for a longer word ending in it (``책임연구원``); a title's
    longer form may be another post (``부시장`` is no ``시장``)."""
    return printed == word or printed.endswith(word) and role_of_word(word) is None


def _surnames_with_suffix(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``편씨는``, ``석군은``: a surname written together with 씨, 군 or 양, which kiwipiepy reads as one word and
    the model as nobody, is the person the article introduced with that surname and that suffix before
    (``편기석(79)씨``), whether or not the lexicon lists the surname; other words so made (날씨, 장군) are not,
    since nobody was introduced so."""
    found = []
    for match in entity_cues().suffixed_surname.finditer(text):
        surname, suffix, start = match.group("surname"), match.group("suffix"), match.start()
        if any(e.start <= start < e.end for e in entities):
            continue
        introduced = [e for e in entities if e.label == "PS" and e.end <= start and len(e.text) >= 3 and e.text.startswith(surname)
                      and (after := INTRODUCED_AS.match(text, e.end)) is not None and after.group(1) == suffix]
        if introduced and not entity_cues().transliteration.search(introduced[-1].text):  # 묵이슬(12)양 … 묵양은, a rare surname too
            found.append(Entity(start, start + 1, surname, "PS", surname, "rule"))
    return found


def _surnames_before_quotes(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``홍 “거짓” 유 “날조”``: a lone surname right before a quotation mark is the person of that
    surname the article names, when it names exactly one."""
    found = []
    for match in SURNAME_BEFORE_MARK.finditer(text):
        surname, start = match.group(1), match.start(1)
        people = {e.text for e in entities if e.label == "PS" and len(e.text) >= 2 and e.text.startswith(surname)}
        if len(people) == 1 and starts_with_surname(next(iter(people))) and not any(e.start <= start < e.end for e in entities):
            found.append(Entity(start, start + 1, surname, "PS", surname, "rule"))
    return found


def _hanja_surnames(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``尹, 李 "…"``, ``文 정부``: a surname written as one Hanja character standing alone is the person of
    that surname the article names, when it names exactly one (headlines abbreviate people so)."""
    found = []
    for match in LONE_HANJA.finditer(text):
        surname = hanja_surnames().get(match.group())
        if surname is None or any(e.start <= match.start() < e.end for e in entities):
            continue
        people = {e.text for e in entities if e.label == "PS" and len(e.text) >= 2 and e.text.startswith(surname)}
        if len(people) == 1 and starts_with_surname(next(iter(people))):
            found.append(Entity(match.start(), match.end(), match.group(), "PS", surname, "rule"))
    return found
