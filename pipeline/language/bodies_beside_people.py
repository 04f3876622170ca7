"""Bodies the model read as persons beside a person: the party or institution before a titled member
(``나래당 | 이수진 의원``, ``가람원 | 한무숙 원장``) and the affiliation between a name and its title
(``박한솔 가람테크노파크 원장``)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.language.canonical import role_after
from pipeline.language.compound_words import WORD
from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import entity_cues, grammar, name_like, quote_cues
from pipeline.record import Entity


def body_before_a_member(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """``나래당 | 이수진 의원``: a one-word "person" ending like a party (당) or an institution (위원회, not 원 or 대, which
    end given names too, unless the person is titled its head: ``가람원 | 한무숙 원장``) right before a person who has a
    title, or before a noun of its members (``나래당 | 의원단은``), is that person's or those members' body."""
    cues = entity_cues()
    if entity.label == "PS" and " " not in entity.text and any(_headed_by(entity, e) for e in entities if e.start == entity.end + 1):
        return True  # 가람원 | 한무숙 원장: the body the person heads
    if entity.label != "PS" or " " in entity.text or not entity.text.endswith((cues.party_ending, *cues.long_institution_suffixes)):
        return False
    if len(entity.text) == len(max((s for s in cues.long_institution_suffixes if entity.text.endswith(s)), key=len, default="")) + 1:
        return False  # 정연대 할아버지, 최연맹 씨: a surname and a given name that ends like a body
    members = text[entity.end : entity.end + 1] == " " and quote_cues().is_speaker_noun(grammar().without_particle(WORD.match(text, entity.end + 1).group()))
    return members or any(e.label == "PS" and e.start == entity.end + 1 and e.role for e in entities)


def _headed_by(body: Entity, person: Entity) -> bool:
    """Whether ``person`` is titled the head of the kind ``body`` ends in, or its deputy (가람원 | 한무숙 원장, 가람청 | 한도윤
    청장, 가람시 | 한도윤 부시장)."""
    kind = (person.role or "").removesuffix(entity_cues().head_suffix).removeprefix(entity_cues().deputy_prefix)  # 부시장: 시
    return person.label == "PS" and len(body.text) > len(kind) > 0 and kind != person.role and body.text.endswith(kind) \
        and (kind in entity_cues().government_short_forms or not korean_full_name(body.text))  # 박지원 | 한무숙 원장: two
    # people, a given name ending in 원; a city's 시 before its mayor ends no given name (나래시 | 한도윤 시장)


def affiliation_after_a_name(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """``박한솔 가람테크노파크 원장``, ``마크 리벨 가람대 교수``, ``박가온 전 보람농 대표``: a second "person"
    between a person's name and the title, also past places and bodies (``김보람 가람면 가람협의체 위원장``), is
    the person's affiliation, when it does not read as a name or ends like an institution (``서울대``)."""
    if entity.label != "PS" or " " in entity.text or len(entity.text) < 2 or role_after(text, entity.end, reach=1) is None:
        return False
    if name_like(entity.text) and not entity_cues().institution.search(entity.text):
        return False
    between, start = ("", *entity_cues().former_markers), entity.start
    for e in sorted((e for e in entities if e.end < entity.start), key=lambda e: e.end, reverse=True):
        gap = text[e.end : start]
        if not (gap.startswith(" ") and gap.endswith(" ") and gap.strip() in between):
            return False
        if e.label == "PS":
            return name_like(e.text) or " " in e.text
        start = e.start  # 김보람 | 가람면 | 주민자치협의체 위원장: past the places and bodies between
    return False
