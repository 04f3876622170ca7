"""Names printed before the article names the person in full: a headline's surname (``홍 “…”``) or foreign
family name (``로웰 교수 “…”``), read against the full names the article gives later."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipeline.lexicon import canonical_name, titles
from pipeline.record import Entity


def named_as(entity: Entity, canonical: str) -> Entity:
    """``entity`` with ``canonical``; the same object when that is its name already, since most
    mentions keep theirs and copying a frozen dataclass costs more than comparing a string."""
    return entity if entity.canonical == canonical else replace(entity, canonical=canonical)


def named_later(entities: list[Entity]) -> list[Entity]:
    """A surname before anyone of that surname is named (a headline's ``홍 "…"``, the body naming
    홍민재 later) is that person when the article names exactly one person of that surname, or of that
    surname and the post printed after it (``홍 시장``: 홍민재 가람시장, not 홍수아 씨); so is a foreign
    family name, written last or first (``다카기 교수 "…"`` before ``다카기 히로시 교수는``)."""
    full = {e.canonical for e in entities if e.label == "PS" and len(e.canonical) >= 2 and e.canonical == e.text}
    foreign = foreign_full_names(full)
    roles: dict[str, set[str]] = {}
    for person in entities:
        if person.label == "PS" and person.role and person.canonical == person.text in full:
            roles.setdefault(person.canonical, set()).add(person.role)
    named = []
    for entity in entities:
        if entity.label == "PS" and len(entity.canonical) == 1:
            later = {name for name in full if name.startswith(entity.canonical)}
            if len(later) > 1 and entity.role:  # 조 시장 "…": of 조하린 and 조은정 가람시장, the one with that post
                later = {name for name in later if _holds(roles.get(name, set()), entity.role)}
            entity = named_as(entity, later.pop()) if len(later) == 1 else entity
        elif entity.label == "PS" and len(entity.text) == 1 and entity.role and roles.get(entity.canonical) \
                and not _holds(roles[entity.canonical], entity.role):
            post = {name for name in full if name.startswith(entity.text) and _holds(roles.get(name, set()), entity.role)}
            entity = named_as(entity, post.pop()) if len(post) == 1 else entity  # 이 시장, 이정훈 의원 named before: 이수아 시장
        elif entity.label == "PS" and " " not in entity.canonical and entity.canonical == entity.text:
            entity = named_as(entity, foreign_person_named(entity.canonical, foreign) or entity.canonical)
        named.append(entity)
    return named


def _holds(roles: set[str], post: str) -> bool:
    """Whether one of a person's ``roles`` is the ``post`` a surname is printed with (가람시장 for 시장)."""
    return any(titles().same_post(role, post) or role.endswith(post) for role in roles)


def foreign_full_names(names: Iterable[str]) -> set[str]:
    """The foreign people's names among ``names``: words of two syllables or more apart by spaces, none a
    name of the dictionary (not ``조훈현 국``: a name and a title cut short)."""
    return {name for name in names if " " in name and all(len(word) > 1 and not canonical_name(word) for word in name.split(" "))}


def foreign_person_named(word: str, foreign: set[str]) -> str | None:
    """The one foreign full name of ``foreign`` that ``word`` opens or closes (``실바``: 마르코 안토니오 실바)."""
    named = {name for name in foreign if word in (name.split(" ", 1)[0], name.rsplit(" ", 1)[1])}
    return named.pop() if len(named) == 1 else None
