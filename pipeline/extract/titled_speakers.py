"""Headline speakers named by a title: ``창원시장 “…”`` or a post as written (``가람시장 상인회장 “…”``) is the person the
article names with that title, when it names exactly one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.text_words import text_word_start
from pipeline.lexicon import grammar, role_of_word, titles
from pipeline.record import Entity, Quote, Speaker


def speakers_by_title(quotes: list[Quote], in_headline: Callable[[Quote], bool], text: str,
                      entities: Sequence[Entity]) -> list[Quote]:
    """A headline quote after a bare title (``창원시장 “…”``), or whose speaker is a post as written
    (``가람시장 상인회장 “…”``), is the person the article names with that title (이가람 창원시장; 한도윤
    가람시장 상인회장), when it names exactly one."""
    found = []
    persons = {e.canonical for e in entities if e.label == "PS"}
    for quote in quotes:
        if quote.kind == "direct" and in_headline(quote) and _post_without_a_name(quote.speaker, persons):
            phrase = quote.speaker  # 가람시장 상인회장 "…": the post, which the body gives its holder's name
            word = phrase.mention.split()[-1]
            role = role_of_word(word)
            people = _holders(entities, role, lambda e: _post_of_body(word, e, text) or _post_before(word, e, text)) or _titled_speakers(quotes, role, in_headline)
            people = _of_the_body_named(people, phrase.mention.rsplit(" ", 1)[0], quotes) if len(people) > 1 and " " in phrase.mention else people
            if role is not None and len(people) == 1:
                quote = replace(quote, speaker=replace(phrase, name=people.pop(), role=role))
        elif quote.speaker is None and quote.kind == "direct" and in_headline(quote):
            words = text[: quote.start - 1].rstrip().rsplit(maxsplit=1)
            role = role_of_word(grammar().without_particle(words[-1].strip(",:"))) if words else None
            people = _holders(entities, role)
            if len(people) == 1:
                at = quote.start - 1 - len(text[: quote.start - 1]) + len(text[: quote.start - 1].rstrip()) - len(words[-1])
                speaker = Speaker(people.pop(), words[-1], role, None, at, at + len(words[-1]))
                quote = replace(quote, speaker=speaker, speaker_reason=None, attribution="explicit")
        found.append(quote)
    return found


def _of_the_body_named(people: set[str], body: str, quotes: list[Quote]) -> set[str]:
    """Of several holders of a headline's title, those whose affiliation the words before it start (``솔마루 감독`` -> the coach
    of 솔마루FC, not the other club's)."""
    return {q.speaker.name for q in quotes if q.speaker and q.speaker.name in people and (q.speaker.affiliation or "").startswith(body)}


def _titled_speakers(quotes: list[Quote], role: str | None, in_headline: Callable[[Quote], bool]) -> set[str]:
    """The body's speakers printed with the headline's post, where no entity holds it (a name the model missed:
    ``제갈민수 송하경찰서장은 "…"``)."""
    return {q.speaker.name for q in quotes if role is not None and q.speaker is not None and not in_headline(q)
            and titles().headline_post(q.speaker.role, role)}


def _holders(entities: Sequence[Entity], role: str | None, also: Callable[[Entity], bool] = lambda _: False) -> set[str]:
    """The people the article names with a headline's title (or ``also``); of several, the one printed with the very title
    (``시의원 ‘…’``: the one printed 시의원, not an 의원)."""
    people = {e.canonical for e in entities if e.label == "PS" and (titles().headline_post(e.role, role) or also(e))}
    exact = {e.canonical for e in entities if e.label == "PS" and e.role == role}
    return exact if len(people) > 1 and len(exact) == 1 else people


def _post_of_body(post: str, person: Entity, text: str) -> bool:
    """Whether ``post`` fuses the body printed right before the person with the person's title, as a
    headline does (``가람노인회장`` for ``가람노인회 한도윤 회장``: the syllable they share written once)."""
    role, end = person.role or "", person.start - 1  # the body's word ends at the space before the name
    if len(role) < 2 or end < 1 or text[end] != " ":
        return False
    body = text[text_word_start(text, end) : end]
    return bool(body) and (post == body + role or body.endswith(role[0]) and post == body + role[1:])


def _post_before(post: str, person: Entity, text: str) -> bool:
    """Whether ``post`` is printed as its own word right before the person's name (``선장 범태호(57)씨``)."""
    end = person.start - 1
    return end > 0 and text[end] == " " and text[text_word_start(text, end) : end] == post


def _post_without_a_name(speaker: Speaker | None, persons: set[str]) -> bool:
    """Whether the speaker is a phrase as written that ends in a title and names no person (``가람시장 상인회장``)."""
    return speaker is not None and speaker.name == speaker.mention and speaker.name not in persons and bool(speaker.mention)
