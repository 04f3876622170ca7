"""Speakers printed as a surname and a word after it (``정 연구원은``) that nothing resolved, named from the person the
article printed before with that surname and that very word (``정하늘 연구원은``).

The entities resolve ``김 지사`` to ``김동연`` when the model found the full name and the lexicon knows the title. A quote's
speaker can still be left as written: the model missed the name (the speaker came from the words around the quote), or
the word after it is no title of the lexicon's (``연구원`` also ends the names of institutes, so it cannot be one). The
words as printed settle it: the same surname and the same word after a full name said before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.language.surname_references import names_printed_with
from pipeline.lexicon import role_of_word, surnames
from pipeline.record import Entity, Quote, Speaker

SURNAME_AND_WORD = re.compile(r"([\uac00-\ud7a3]{1,2}) ([\uac00-\ud7a3]{2,})")  # 정 연구원, 남궁 박사: the whole speaker as written


def speakers_by_surname(quotes: list[Quote], text: str, entities: Sequence[Entity]) -> list[Quote]:
    """``quotes`` with each speaker written as a surname and a word given the one person printed before it with that
    surname and that word after their full name (an earlier quote's speaker or a person of the entities)."""
    people = {e.canonical for e in entities if e.label == "PS"}
    found: list[Quote] = []
    for quote in quotes:
        speaker = quote.speaker
        match = SURNAME_AND_WORD.fullmatch(speaker.name) if speaker is not None and speaker.name == speaker.mention else None
        if match is not None and match.group(1) in surnames():
            known = people | {q.speaker.name for q in found if q.speaker is not None}
            name = _printed_before(match.group(1), match.group(2), text, speaker.start or quote.start, known)
            if name is not None:
                quote = replace(quote, speaker=_named(speaker, name, match.group(2)))
        found.append(quote)
    return found


def _printed_before(surname: str, word: str, text: str, before: int, known: set[str]) -> str | None:
    """The name that opens with ``surname`` and stands before ``word`` before ``before`` (:func:`names_printed_with`),
    when there is one and ``known`` holds it."""
    names = names_printed_with(surname, word, text, before)
    return names.pop() if len(names) == 1 and names <= known else None  # two printed so: either may speak


def _named(speaker: Speaker, name: str, word: str) -> Speaker:
    return replace(speaker, name=name, role=speaker.role or role_of_word(word))
