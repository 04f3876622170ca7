"""Canonical names and stated roles, in one place for entities and quotes.

A person is often introduced in full and then called by surname and title (``김동연 지사`` … ``김 지사``);
governments go by short forms (``광주`` = 광주광역시, ``충남`` = 충청남도). These functions map a
mention to the name an analyst would join on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lexicon import canonical_name, entity_cues, grammar, role_of_word
from pipeline.record import Entity, Mention

SURNAME_AND_WORD = re.compile(r"(?<![가-힣])([가-힣]) ([가-힣]+)")
PARENTHESISED_TAIL = re.compile(r"\(.*$")
TITLE_WORD = re.compile(r"[가-힣A-Za-z0-9·]+")


def resolve_canonicals(entities: Sequence[Entity], text: str = "") -> list[Entity]:
    """The entities (in text order) with ``canonical`` filled.

    ``[김동연 PS, 강기정 PS, 강 PS]`` -> the last one's canonical is ``강기정``. A surname followed by
    모 in ``text`` is an anonymised person (``김모씨``): named ``김모``, never resolved to a named 김.
    """
    marker = entity_cues().anonymised_marker
    people: list[Entity] = []
    resolved = []
    for entity in entities:
        if entity.label == "PS" and len(entity.text) == 1 and text and text[entity.end : entity.end + len(marker)] == marker:
            entity = replace(entity, canonical=entity.text + marker)
        elif entity.label == "PS":
            entity = replace(entity, canonical=full_name(entity.text, entity.role, people) or entity.text)
            people.append(entity)
        else:
            entity = replace(entity, canonical=canonical_name(entity.text) or entity.text)
        resolved.append(entity)
    return resolved


def surname_references(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """People called by surname and title (``이 후보는``) that the entities missed, where the article
    has named someone with that surname before: kiwipiepy reads a lone 이 as a determiner (this), so
    the model, which sees one sentence, cannot tell.
    """
    found = []
    for match in SURNAME_AND_WORD.finditer(text):
        surname, start = match.group(1), match.start(1)
        role = role_of_word(grammar().without_particle(match.group(2)))
        if role is None or any(e.start < start + 1 and start < e.end for e in entities):
            continue
        if any(e.label == "PS" and e.end <= start and len(e.text) >= 2 and e.text.startswith(surname) for e in entities):
            found.append(Entity(start, start + 1, surname, "PS", surname, "rule", role))
    return found


def full_name(mention: str, role: str | None, people: Sequence[Entity]) -> str | None:
    """The full name a surname-only mention refers to: the latest earlier person with that surname,
    preferring one with the same role (``김 지사`` -> 김동연 지사, not 김철수 의원)."""
    if len(mention) != 1:
        return None
    candidates = [p for p in people if len(p.canonical) >= 2 and p.canonical.startswith(mention)]
    same_role = [p for p in candidates if role and p.role == role]
    chosen = (same_role or candidates)[-1:]
    return chosen[0].canonical if chosen else None


def mention_summary(entities: Sequence[Entity]) -> list[Mention]:
    """Each canonical entity once, in order of first mention, with its label, count and stated role."""
    counts: dict[tuple[str, str], int] = {}
    roles: dict[tuple[str, str], str | None] = {}
    for entity in entities:
        key = (entity.canonical, entity.label)
        counts[key] = counts.get(key, 0) + 1
        roles[key] = roles.get(key) or entity.role
    return [Mention(canonical, label, count, roles[canonical, label]) for (canonical, label), count in counts.items()]


def role_after(text: str, end: int, reach: int = 4) -> str | None:
    """The role stated after a person's name ending at ``end``: the first title word among the next
    ``reach`` words, past an affiliation (``이양수 국민의힘 선거대책본부 수석대변인은`` -> 수석대변인)."""
    for match in re.finditer(r"\S+", text[end : end + 80]):
        if match.start() > 0 and text[end : end + match.start()].count("\n"):
            return None
        word = match.group()
        bare = grammar().without_particle(PARENTHESISED_TAIL.sub("", word))
        role = role_of_word(bare)
        if role is not None:
            return role
        reach -= 1
        if reach == 0 or bare != word.split("(")[0] or not TITLE_WORD.fullmatch(bare):
            return None  # past a particle or punctuation: no longer the name's title phrase
    return None
