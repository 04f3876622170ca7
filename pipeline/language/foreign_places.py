"""Regions and cities abroad written after their country (``일본 돗토리현 요나고시와``, ``중국 자싱시,``), which the model reads
run together or misses: no lexicon holds them, and their country's name says what they are."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.language.entity_spans import WORD
from pipeline.lexicon import entity_cues, grammar, known_names, quote_cues
from pipeline.record import Entity, Morpheme

UNITS_AFTER_A_COUNTRY = 2  # 미국 | 오리건주 | 그레셤시
MIN_FOREIGN_NAME = 3  # syllables with the unit's: 자싱시; not 도시, 성주


def places_after_countries(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """After a country's name, up to two words ending in a unit of local government abroad (성, 현, 주, 시) are its
    region and city, however the model read them: a region is where (LC); a city is a government, OG, unless a place's
    particle or a verb of going there follows it (``요나고시를 방문해``: LC), as a Korean city's role is read. A ministry so
    named (``일본 방위성``) is the state's body, OG."""
    found, boundaries = list(entities), {m.start for m in morphemes} | {m.end for m in morphemes}
    for country in [e for e in entities if _a_country(e) and in_article(e.start)]:
        position = country.end
        for _ in range(UNITS_AFTER_A_COUNTRY):
            if text[position : position + 1] != " ":
                break
            word = WORD.match(text, position + 1).group()
            name = grammar().without_particle(word.rstrip(","))
            ministry = name in entity_cues().foreign_ministries  # 일본 방위성: the state's body
            if len(name) < MIN_FOREIGN_NAME or not name.endswith(tuple(entity_cues().foreign_region_endings)) and not ministry \
                    or name in known_names() and not ministry:
                break
            start = position + 1
            if start + len(name) not in boundaries:
                break  # 프랑스 인상주의: one noun, no particle after a region
            label = "OG" if ministry else _label(name, text[start + len(name) :])
            place = Entity(start, start + len(name), name, label, name, "rule")
            found = [e for e in found if not (e.start < place.end and place.start < e.end)] + [place]
            position = start + len(word)
            if word != name:
                break  # 요나고시와: the particle closes the place's words
    return sorted(found, key=lambda e: (e.start, e.end))


def _a_country(entity: Entity) -> bool:
    name = known_names().get(entity.text)
    return entity.label in ("LC", "OG") and name is not None and not name.government and name.label == "LC" and "OG" in name.also


def _label(name: str, after: str) -> str:
    """A city is OG unless a place's particle or a verb of going there follows it; a region is LC unless it acts, as a subject,
    a topic or a partner (``이사벨라주는 …``, ``…주와``), or employs (``돗토리현 관계자``)."""
    cues = entity_cues()
    place = any(after.startswith(p) for p in cues.government_place_particles) \
        or after[:1] in quote_cues().object_particles and after[1:].lstrip().startswith(cues.place_object_verbs)
    acting = after.startswith(tuple(p + " " for p in cues.acting_particles)) or after.lstrip().startswith(tuple(cues.body_people_words))
    return "OG" if not place and (name.endswith(cues.foreign_city_ending) or acting) else "LC"
