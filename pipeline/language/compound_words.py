"""Names cut inside a compound word: the model labels kiwipiepy's morphemes, so a span can stop inside a word
(``마포|구청``, ``서울 송파|경찰서``); these tell such a cut and give the words that name something."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.language.kiwi_doc import glued_adnominal
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, is_job_title, known_names
from pipeline.record import Entity, Morpheme

COMPOUND_HEAD_TAGS = ("NNG", "NNP")  # a noun after the cut: the span stopped inside a compound
WORD = re.compile(r"\w*")


def whole_name(entity: Entity, text: str) -> Entity | None:
    """The entity cut inside a word, as the words that name something: the whole word when it is an institution's
    or a place's name of the entity's label, or when the entity is a place, body or "person" inside it (``마포|구청``
    OG or ``마포`` LC -> 마포구청 OG; ``대한|석유협회`` PS -> 대한석유협회 OG); the entity as it is when that name's
    label is another (``예시|장관상``) or the lexicon knows the name; else the words before the cut."""
    word = grammar().without_particle(text[entity.start : WORD.match(text, entity.end).end()])
    cues = entity_cues()
    label = "OG" if cues.institution.fullmatch(word) else "LC" if cues.place.fullmatch(word) else None
    ending = max(cues.endings("institution_suffixes").longest(word) or "", cues.endings("place_suffixes").longest(word) or "", key=len)
    # A place or body read before a word's ending of two syllables or more (마포|구청) is inside that name;
    # a one-syllable ending may be a common noun's (강남|일대, 한반도|시대).
    inside = label == entity.label or entity.label in ("LC", "OG") and len(ending) > 1 or entity.label == "PS"  # 대한|석유협회
    if label is not None and inside and " " not in word:
        return replace(entity, end=entity.start + len(word), text=word, canonical=word, label=label)
    if label is not None or entity.text in known_names():
        return entity  # 환경부|장관상: a name inside a longer name, the model's reading kept
    head = text[entity.start : entity.end].rpartition(" ")[0].rstrip()
    return replace(entity, end=entity.start + len(head), text=head, canonical=head) if head else None


def institution_cut(entity: Entity, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> Entity | None:
    """The institution whose word the entity's last word was cut from, when the entity spans several words and
    a proper noun opens that word (``서울 송파|경찰서`` LC: 송파경찰서 OG, the words before staying what they are;
    not ``부·울·경 특별|연합``, a common noun's); None for any other cut."""
    word = grammar().without_particle(text[entity.start : WORD.match(text, entity.end).end()])
    last_start = word.rfind(" ") + 1
    last = word[last_start:]
    ending = entity_cues().endings("institution_suffixes").longest(last) or ""
    if not last_start or len(ending) < 2 or len(last) <= len(ending) or not entity_cues().institution.fullmatch(last):
        return None
    start = entity.start + last_start
    opening = bisect.bisect_left(starts, start)
    if opening >= len(morphemes) or morphemes[opening].start != start or morphemes[opening].tag != "NNP":
        return None
    return replace(entity, start=start, end=start + len(last), text=last, canonical=last, label="OG", role=None)


def inside_compound(end: int, text: str, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    if end >= len(text) or not text[end].isalnum() or not text[end - 1].isalnum():
        return False
    index = bisect.bisect_left(starts, end)
    if index >= len(morphemes) or morphemes[index].start != end or not (morphemes[index].tag in COMPOUND_HEAD_TAGS or glued_adnominal(text, morphemes, index)):
        return False  # 가람 | 푸른꿈학교: 푸르 + ㄴ + 꿈학교 is a word of the name too
    rest = grammar().without_particle(WORD.match(text, end).group())
    institution = entity_cues().institution.fullmatch(rest) and not is_job_title(rest)  # 자동차연구원, not 기자
    return len(morphemes[index].form) > 1 and (not ends_speaker_title(rest) or bool(institution))


def inside_body_word(entity: Entity, text: str) -> bool:
    """``남강|지키기시민모임``: a place or body opening a word that ends like an institution (모임, 연대) is inside its name;
    so is a "person" the model read in a place's name before its unit and such an ending (``송하|군농민회``)."""
    if entity.label not in ("LC", "OG", "PS") or " " in entity.text:
        return False  # told before the word is read
    word = grammar().without_particle(text[entity.start : WORD.match(text, entity.end).end()])
    if entity.label == "PS" and not word[len(entity.text) : len(entity.text) + 1] in entity_cues().government_short_forms:
        return False
    return any(len(e) > 1 for e in entity_cues().endings("institution_suffixes").ends(word, min_stem=len(entity.text) + 1))
