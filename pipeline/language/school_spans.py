"""Schools named after their city or county (``영주여고``, ``춘천솔빛초``): one word, a place and a school's short form,
which the model reads as the place, or as a person, alone or run into the name after it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.language.entity_spans import WORD, cut_to
from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, known_names, quote_cues
from pipeline.record import Entity

NAME_LABELS = ("PS", "LC", "OG")


def schools_of_places(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``영주여고``, ``가람초``, ``춘천솔빛초``: a place the lexicon knows (or a city or county opening the word) and a school's
    short form, one word, are the school (OG), though the model read the place in it or a person, also one run into the
    name after it (``▲원주솔빛초 한도윤``, a list of teachers moved: the school and the person)."""
    forms, found = tuple(entity_cues().school_short_forms), []
    for e in entities:
        school, _, name = e.text.partition(" ")
        if not _school_of_a_place(school, forms) or not (name and _persons_name(name) and e.label in NAME_LABELS or not name and e.label in ("LC", "PS")):
            found.append(e)
            continue
        found += [replace(cut_to(e, e.start, school), label="OG", role=None)] + ([replace(cut_to(e, e.end - len(name), name), label="PS")] if name else [])
    found = [replace(e, label="PS", canonical=e.text) if index and e.label != "PS" and _persons_name(e.text)
             and _school_of_a_place(found[index - 1].text, forms) and found[index - 1].end + 1 == e.start else e  # ▲가람솔초 한도윤
             for index, e in enumerate(found)]
    return [replace(e, label="OG", role=None) if index and e.label == "PS" and found[index - 1].label == "PS"
            and found[index - 1].end + 1 == e.start and _school_between(e, text) else e for index, e in enumerate(found)]


def _school_between(entity: Entity, text: str) -> bool:
    """``한보람 | 가람초 | 나래분교장은``: a "person" ending in a school's short form (not 중, which given names end in: 윤석중)
    between a person's name and a title is that person's school."""
    title = WORD.match(text, entity.end + 1) if text[entity.end : entity.end + 1] == " " else None
    return entity.text.endswith(tuple(entity_cues().school_title_forms)) and title is not None \
        and ends_speaker_title(grammar().without_particle(title.group()))


def schools_glued_to_places(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``순천|여고``: a place the model read with a school's short form glued after it, the word ending there, is the school."""
    forms = sorted(entity_cues().school_short_forms, key=len, reverse=True)
    found = []
    for e in entities:
        form = next((f for f in forms if text.startswith(f, e.end)), None) if e.label == "LC" and " " not in e.text else None
        rest = WORD.match(text, e.end + len(form)).group() if form else None
        if form and (not rest or rest in grammar().particles) and known_names().get(e.text) is not None:
            e = replace(e, end=e.end + len(form), text=e.text + form, label="OG", canonical=e.text + form, kind=None, parent=None, ambiguous=None)
        found.append(e)
    return found


def _persons_name(word: str) -> bool:
    """``한도윤``: a person's full name, not a school's club or body (``유도부``, ``동문회``) nor its people (``학부모``)."""
    return korean_full_name(word) and not entity_cues().organisation.search(word) and not quote_cues().is_speaker_noun(word)


def _school_of_a_place(word: str, forms: tuple[str, ...]) -> bool:
    if word.endswith(entity_cues().not_school_endings):
        return False  # 인천물류창고, 가람신협금고: a noun that ends like a school's short form
    form = max((f for f in forms if word.endswith(f) and len(word) > len(f)), key=len, default="")
    stem = word[: -len(form)] if form else ""
    return bool(form) and (known_names().get(stem) is not None
                           or any((place := known_names().get(stem[:n])) is not None and place.government for n in (2, 3) if len(stem) > n))
