"""Schools and universities named in full: a short form (``전남대``, ``솔빛초``) is the one the article prints in full
(``전남대학교``, ``솔빛초등학교``), when it prints one."""

from __future__ import annotations

import functools
import re

from pipeline.language.later_names import named_as
from pipeline.lexicon import entity_cues
from pipeline.lexicon.files import alternation
from pipeline.record import Entity

SCHOOL_NAME_CHARS = 2  # 가람 + 초


def universities_in_full(entities: list[Entity]) -> list[Entity]:
    """``전남대`` is the university the article prints in full, ``전남대학교`` (or ``국립전남대학교``), when it prints one, and
    ``전남대병원`` its hospital so printed, ``전남대학교병원`` (also before a unit of its own, ``전남대학교병원 갑상선센터``)."""
    cues = entity_cues()
    short, long = cues.university_endings
    tails = ("", *cues.university_institution_tails)
    full = {name for e in entities if e.label == "OG" for name in (e.canonical, e.canonical.split(" ")[0])  # also before its unit
            if name.endswith(tuple(long + tail for tail in tails))}

    def in_full(entity: Entity) -> str | None:
        tail = next((t for t in sorted(tails, key=len, reverse=True) if entity.label == "OG" and entity.text.endswith(short + t)), None)
        if tail is None:
            return None
        stem = entity.text[: len(entity.text) - len(short + tail)]
        names = {n for n in full if n.endswith(long + tail) and n[: len(n) - len(long + tail)] in (stem, *(p + stem for p in cues.university_prefixes))}
        return names.pop() if stem and len(names) == 1 else None
    return [named_as(e, in_full(e) or e.canonical) for e in entities]


def schools_in_full(entities: list[Entity], text: str) -> list[Entity]:
    """``솔빛초`` is the school the article prints in full, ``솔빛초등학교``, when it prints one."""
    full = schools_printed_in_full(text)
    return [named_as(e, full[e.text]) if e.label == "OG" and e.text in full else e for e in entities]


def schools_printed_in_full(text: str) -> dict[str, str]:
    """Short form -> full name of the schools ``text`` prints in full (``솔빛초`` -> ``솔빛초등학교``)."""
    cues, short = entity_cues(), _short_forms_of_full_names()
    return {match.group(1) + short[match.group(2)]: match.group() for match in _school_in_full().finditer(text)
            if match.group(1) not in cues.school_kind_stems}


@functools.cache
def _short_forms_of_full_names() -> dict[str, str]:
    return {full: form for form, full in entity_cues().school_full_forms.items()}


@functools.cache
def _school_in_full() -> re.Pattern[str]:
    return re.compile(rf"(?<![가-힣])([가-힣]{{{SCHOOL_NAME_CHARS},8}}?)({alternation(_short_forms_of_full_names())})")
