"""A relative or an aide named in a person's title phrase (``한도윤 후보 배우자 김보람 씨는``, ``예 후보 선거대책본부
탁서진 대변인은``): they are the phrase's head and the subject, and the person before only says whose they are."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from pipeline.lexicon import entity_cues, quote_cues
from pipeline.record import Speaker


class Mention(Protocol):
    """What :class:`pipeline.extract.named.Named` offers here (speakers imports this module)."""

    speaker: Speaker
    kind: str
    particle: str | None

    @property
    def start(self) -> int: ...


M = TypeVar("M", bound=Mention)


def relatives_speak(text: str, inside: list[M], phrases: Sequence[tuple[M, int | None]]) -> list[M]:
    """The mentions to drop from a sentence's candidates: ``inside`` (names within another person's title
    phrase) without the relatives who head that phrase, and the persons whose phrase such a relative heads."""
    heads = [n for n in inside if n.kind == "person" and n.particle and any(
        p is not n and p.start <= n.start < end and _relation_between(text, p, n) for p, end in phrases if end)]
    outer = [p for p, end in phrases if end and any(p is not h and p.start <= h.start < end for h in heads)]
    return [n for n in inside if n not in heads] + outer


def _relation_between(text: str, person: Mention, relative: Mention) -> bool:
    """A noun of kin or entourage between them (배우자), or a body after the person's title (후보 | 선거대책본부)."""
    words = text[person.speaker.end or person.start : relative.start].split()
    return any(word in quote_cues().relation_nouns for word in words) or any(
        entity_cues().organisation.search(word) or quote_cues().is_speaker_noun(word) for word in words[1:])
