"""Speakers settled from the whole article: headline quotes that name nobody, from the body quote that
reports the same words or from the person the article names with the headline's title; speakers called
by a bare noun, from the fuller phrase before.

A headline quotes a statement the body gives in full (``정례회의 발언… "남은 과제 끝까지 챙길 것"``
over ``김 총리는 "…남은 과제를 빠짐없이 끝까지 챙길 것…"이라고 말했다``): a headline quote without a
speaker takes the speaker of the body quote that holds most of its words, when that quote holds at least
:data:`MIN_SHARED` of them (counted as two-character pieces, spaces aside, so that endings may differ).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.extract.speaker_evidence import named_here
from pipeline.extract.team_speakers import persons_team, team_by_its_head, team_in_full
from pipeline.language.aliases import abbreviates
from pipeline.language.canonical import government_of_body
from pipeline.lexicon import canonical_name, entity_cues, governments_named, grammar, is_job_title, names_a_body, quote_cues, role_cues, role_of_word
from pipeline.record import Entity, Quote, Speaker

MIN_SHARED = 0.4  # of the headline quote's two-character pieces found in the body quote: a headline sums the words up, endings cut
MIN_ONE_SPEAKER_QUOTES = 3  # body quotes, all of one speaker, that make the headline's quotes theirs too
WORD_AFTER = re.compile(r" ([^\s,]+)")  # the word after an entity, with its particle, without a comma
INTRODUCER_REACH = 8  # characters before a name that may hold the kind of body it is: 환경단체인 ‘


def speakers_from_body(quotes: list[Quote], in_headline: Callable[[Quote], bool]) -> list[Quote]:
    """``quotes`` with each unattributed headline quote given the speaker of the body quote it repeats, or
    the one speaker of a body that quotes nobody else."""
    body = [q for q in quotes if q.speaker is not None and not in_headline(q)]
    found = []
    for quote in quotes:
        if quote.speaker is None and quote.kind == "direct" and in_headline(quote) and body:
            best = max(body, key=lambda b: shared(quote.text, b.text))
            only = {b.speaker.name for b in body if b.speaker is not None and b.kind == "direct"}
            if shared(quote.text, best.text) < MIN_SHARED and len(only) > 1:
                best = _speaker_of_the_words(quote, body) or best  # a headline joining one speaker's words from several quotes
            if shared(quote.text, best.text) >= MIN_SHARED or len(only) == 1 and len(body) >= MIN_ONE_SPEAKER_QUOTES \
                    or best.speaker is not None and shared(quote.text, _words_of(best.speaker.name, body)) >= MIN_SHARED:
                quote = replace(quote, speaker=named_here(best.speaker), speaker_reason=None, attribution="carried")
        found.append(quote)
    return found


def short_forms_from_body(quotes: list[Quote], in_headline: Callable[[Quote], bool]) -> list[Quote]:
    """``민주 "…"`` over ``더불어민주당은 "…"``: a headline's speaker written short (:func:`_short_form_of` the speaker of the
    body quote it repeats, or the body of which that speaker is a branch: ``더불어민주당 가람도당``) is that speaker named in full,
    the body without its post when a post of it spoke (``국민의힘 가람도당 대변인`` -> 국민의힘 가람도당)."""
    body = [q for q in quotes if q.speaker is not None and q.kind == "direct" and not in_headline(q)]
    found = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and quote.kind == "direct" and in_headline(quote) and body and " " not in speaker.name:
            best = max(body, key=lambda b: shared(quote.text, b.text))
            full = _without_post(best.speaker.name) if best.speaker is not None else ""
            if shared(quote.text, best.text) >= MIN_SHARED and (_short_form_of(speaker.name, full) or _branch_named_after(speaker.name, full)):
                quote = replace(quote, speaker=replace(speaker, name=full))
        found.append(quote)
    return found


def _without_post(name: str) -> str:
    """``국민의힘 가람도당 대변인`` -> 국민의힘 가람도당: an unnamed post's phrase without the post; any other name as it is."""
    body, _, post = name.rpartition(" ")
    return body if body and (is_job_title(post) or role_of_word(post) is not None) else name


def _short_form_of(short: str, full: str) -> bool:
    """``민주`` of 더불어민주당, ``국힘`` of 국민의힘: one word whose syllables another word holds in order, not its ending (연구진
    of 국내 연구진, 군 of 해남군: a bare noun, which the body's phrase settles otherwise)."""
    return " " not in full and len(short) < len(full) and not full.endswith(short) and abbreviates(short, full) \
        and not quote_cues().is_speaker_noun(short)  # 시민, 상인: people, not 가람시민연대


def _branch_named_after(body: str, full: str) -> bool:
    """``더불어민주당 가람도당`` of 더불어민주당 (or 민주): the body's name, then one word that ends as a body's (not ``청와대 고위관계자``),
    maybe after the government it serves (``국민의힘 순천시 당원협의회``)."""
    first, _, rest = full.partition(" ")
    *places, unit = rest.split(" ") if rest else [""]
    return (body == first or _short_form_of(body, first)) and bool(unit) and bool(entity_cues().organisation.search(unit)) \
        and all(governments_named(place) for place in places)


def _speaker_of_the_words(quote: Quote, body: list[Quote]) -> Quote | None:
    """The latest body quote of the one speaker whose quotes, read together, hold most of the headline's words."""
    names = list(dict.fromkeys(b.speaker.name for b in body if b.speaker is not None))
    scores = sorted(((shared(quote.text, _words_of(name, body)), name) for name in names), reverse=True)
    if not scores or len(scores) > 1 and scores[0][0] == scores[1][0]:
        return None
    return next(b for b in reversed(body) if b.speaker is not None and b.speaker.name == scores[0][1])


def _words_of(name: str, body: list[Quote]) -> str:
    return " ".join(b.text for b in body if b.speaker is not None and b.speaker.name == name)


def shared(short: str, long: str) -> float:
    """The share of ``short``'s two-character pieces (spaces removed) that occur in ``long``."""
    pieces = _pieces(short)
    return len(pieces & _pieces(long)) / len(pieces) if pieces else 0.0


def _pieces(text: str) -> set[str]:
    letters = "".join(text.split())
    return {letters[i : i + 2] for i in range(len(letters) - 1)}


def phrases_in_full(quotes: list[Quote], people: frozenset[str] = frozenset(), text: str = "",
                    organisations: Sequence[Entity] = (), persons: Sequence[Entity] = (),
                    in_headline: Callable[[Quote], bool] = lambda _: False) -> list[Quote]:
    """A speaker called by a bare noun (``연구진은``) after a fuller phrase with that noun
    (``국제 공동 연구진은``) is the speaker of that phrase: the fullest name the article gives, as an
    earlier speaker or, failing one, as an organisation of ``text`` before the quote (``가람지방법원
    형사1부는 … 판단했다`` … ``재판부는 "…"``; ``가람대 화학과 연구팀`` for 연구팀). A team named after its
    head, one of ``people`` (``한도윤 가람대 화학과 교수팀``), is ``한도윤 교수팀``, with the words
    between as its affiliation; a bare team noun stands for the team of the latest of ``persons`` printed with it
    before the quote (``도하결 교수 연구팀이 … 개발했다`` … ``연구팀은``). The body's fuller name printed after a headline's
    speaker wins over the headline's (``나래 평가단 "…"`` / ``대한체육회 평가단이 …`` / ``평가단은 "…"``)."""
    found: list[Quote] = []
    for quote in quotes:
        if quote.speaker is not None:
            quote = replace(quote, speaker=team_by_its_head(_short_form_in_full(quote.speaker, text), people, persons))
        name = quote.speaker.name if quote.speaker else None
        mention = quote.speaker.mention.replace(" ", "") if quote.speaker is not None and quote.speaker.mention else None
        if mention in quote_cues().body_words:
            name = mention  # 해경 (canonical 해양경찰청): the station the article named; 소방 당국 as 소방당국
        stage, _, noun = (name or "").partition(" ")
        if stage in quote_cues().trial_stages and noun in quote_cues().body_words:
            name = noun  # 항소심 재판부: the division named before
        demonstrative, _, noun = (name or "").partition(" ")
        if noun and demonstrative in quote_cues().demonstratives and " " not in noun \
                and (quote_cues().is_speaker_noun(noun) or noun in quote_cues().company_nouns or noun in quote_cues().outlet_kind_nouns):
            fuller = _latest_outlet(noun, found, organisations, text, quote.start) or next((q.speaker.name for q in reversed(found) if q.speaker and (
                _fuller(q.speaker.name, noun) or _introduced_as(noun, text, q.speaker.start))), None) \
                or _organisation_in_full(noun, text, [e for e in organisations if e.end <= quote.start]) \
                or next((e.canonical or e.text for e in reversed(organisations) if e.end <= quote.start and _introduced_as(noun, text, e.start)), None)
            # 이 단체: a body named before, also one its kind introduced (시민단체 ‘가람감시단’의 고발로)
            quote = replace(quote, speaker=replace(quote.speaker, name=fuller)) if fuller else quote  # 이 관계자: the one before
        elif ((body := name and (quote_cues().side_words.get(name) or name.removesuffix(" " + quote_cues().side_noun))) != name
              or body in quote_cues().company_nouns and body not in quote_cues().body_words) and _names_a_kind_of_body(body):  # 대학 측, 사측 (회사 측), a bare 회사
            fuller = next((_canonical_of(named, organisations) for q in reversed(found) if q.speaker for named in (q.speaker.name, q.speaker.affiliation)
                           if named and _fuller(named, body)), None)  # 대학 측: the one before, or an earlier speaker's employer (its full name)
            fuller = fuller or _organisation_in_full(body, text, [e for e in organisations if e.end <= quote.start])  # or the body named before
            fuller = fuller or _organisation_in_full(body, text, [e for e in organisations if e.start > quote.end][::-1])  # a headline's: after
            if body in quote_cues().company_nouns:  # 회사 측, 구단 측: the one the article names, or none
                named = {e.canonical or e.text for e in organisations if _fuller(e.text, body)} or _companies_of_bodies(body, quotes, organisations)
                fuller = named.pop() if len(named) == 1 else None
            quote = replace(quote, speaker=replace(quote.speaker, name=fuller)) if fuller else quote
        elif name and " " not in name and (name not in people or name in entity_cues().institution_suffixes) \
                and (quote_cues().is_speaker_noun(name) or _bare_institution(name) or name in quote_cues().body_words
                                           or name.endswith(entity_cues().institution_suffixes) or entity_cues().names_a_unit(name)):
            # 시민모임 after 남강지키기시민모임, 시당 after 가람당 예시시당; not a person's name that ends like a body (함지원)
            fuller = _latest_fuller(name, found, text, organisations, quote.start, in_headline)
            earlier = [e for e in persons if e.end <= quote.start]
            fuller = fuller or persons_team(name, text, earlier) or _organisation_in_full(name, text, [e for e in organisations if e.end <= quote.start]) \
                or team_in_full(name, text, earlier, quote.start)  # 연구팀: 배준서 교수 연구팀 before 덕산대 연구팀
            if name in entity_cues().body_short_forms:  # 선대본부: the body named in full before, as a speaker or their affiliation
                fuller = next((named for q in reversed(found) if q.speaker for named in (q.speaker.name, q.speaker.affiliation)
                               if named and named.endswith((entity_cues().body_short_forms[name], name)) and named != name), fuller)
            if fuller is not None:
                quote = replace(quote, speaker=replace(quote.speaker, name=fuller))
        found.append(quote)
    return found


def carried_as_resolved(found: list[Quote], resolved: list[Quote]) -> list[Quote]:
    """A speaker carried from the quote before (``해경은 …고 설명했다. 그러면서 …``) is the name that quote's speaker was
    resolved to after the quotes were found (``통영해양경찰서``), not the name both had before it. ``found`` and
    ``resolved`` are the same quotes before and after the resolution."""
    kept: list[Quote] = []
    for index, (quote, final) in enumerate(zip(found, resolved)):
        source, source_final = (found[index - 1], kept[-1]) if index else (None, None)
        if final.attribution == "carried" and quote.speaker and final.speaker and source and source.speaker and source_final.speaker \
                and quote.speaker.name == final.speaker.name == source.speaker.name != source_final.speaker.name:
            final = replace(final, speaker=replace(final.speaker, name=source_final.speaker.name))
        kept.append(final)
    return kept


def headline_speakers_in_full(quotes: list[Quote], in_headline: Callable[[Quote], bool]) -> list[Quote]:
    """``"…"…항소심, …`` / ``가람지법 형사1부는 …`` / ``재판부는 "…"``: a headline's speaker taken from the body as its bare
    noun of an authority (재판부, 경찰) or an institution's ending (``의회, "…"`` over ``의회는 "…"``), or carried from the
    body's quote it repeats (``보건소 측``), is the name the body's quote resolves it to, the court or council named there;
    a bare institution the body never prints alone is the one body so ending that the body quotes (``교육청`` -> 전라남도교육청, ``항만공사`` -> 여수광양항만공사)."""
    resolved = {q.speaker.mention: q.speaker.name for q in reversed(quotes) if q.speaker and q.speaker.mention and not in_headline(q)
                and q.speaker.name != q.speaker.mention}  # the first the body resolves: the story the headline tells, not a later one
    kinds = {q.speaker.name for q in quotes if q.speaker and in_headline(q) and _kind_of_body_alone(q.speaker.name)} - set(resolved)
    for noun in kinds:
        said = [q.text for q in quotes if q.speaker and in_headline(q) and q.speaker.name == noun]
        bodies = {q.speaker.name for q in quotes if q.speaker and not in_headline(q) and q.speaker.name.endswith(noun) and q.speaker.name != noun
                  and any(shared(words, q.text) >= MIN_SHARED for words in said)}
        if len(bodies) == 1:  # 교육청 "…" over 전남도교육청은 "…": the one body so ending whose quote the headline repeats
            resolved[noun] = bodies.pop()
    shorts = {q.speaker.name for q in quotes if q.speaker and in_headline(q) and q.speaker.name in entity_cues().body_short_forms} - set(resolved)
    for short in shorts:  # 조직위 "…" over 가람마라톤조직위원회는 …: the one body the body quotes by that long form
        bodies = {q.speaker.name for q in quotes if q.speaker and not in_headline(q) and q.speaker.name.endswith(entity_cues().body_short_forms[short])}
        if len(bodies) == 1:
            resolved[short] = bodies.pop()
    found = []
    for q in quotes:
        word = q.speaker.mention if q.speaker and q.speaker.mention in quote_cues().body_words else q.speaker and q.speaker.name
        if q.speaker and in_headline(q) and (q.speaker.mention in (None, q.speaker.name) or word == q.speaker.mention) and word in resolved \
                and (word in quote_cues().body_words or _bare_institution(word) or word in kinds or word in entity_cues().body_short_forms
                     or q.attribution == "carried" and word not in quote_cues().team_nouns):  # 연구진 "…" before 국내 연구진: bare
            q = replace(q, speaker=replace(q.speaker, name=resolved[word]))  # 해경 "…" (해양경찰청) over 목포해양경찰서는: the body's
        found.append(q)
    return found


def units_quoted_in_body(quotes: list[Quote], in_headline: Callable[[Quote], bool], entities: Sequence[Entity] = ()) -> list[Quote]:
    """A headline's bare ``군``/``시`` before its quote (``…삭감…군 "이해 못 해"``) is the government of that kind the
    body quotes, when it quotes exactly one, also through its people (``군 관계자는 "…"``: the article's county, of
    ``entities``; ``춘천시 기획예산과장은 "…"``: the city of the post, also a named official's); a bare 군 with no county quoted may
    be the army."""
    units = entity_cues().administrative_units
    found = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.name in units and in_headline(quote):
            body = [q.speaker.name for q in quotes if q.speaker and not in_headline(q) and q.speaker.name != speaker.name]
            governments = {name for name in body if name.endswith(speaker.name)}
            if not governments and any(name.startswith(speaker.name + " ") for name in body):  # 군 관계자는 "…"
                governments = _governments_acting(speaker.name, entities)
            if not governments:  # 춘천시 기획예산과장은 "…": a post of the government, its own name first
                governments = {first for name in body if (first := name.partition(" ")[0]) != name
                               and first.endswith(speaker.name) and governments_named(first)}
            if not governments:  # 한도윤 부산시 교통국장은 "…": the government of a named official's post
                governments = {canonical_name(a) or a for q in quotes if q.speaker and not in_headline(q) and (a := q.speaker.affiliation)
                               and a.endswith(speaker.name) and governments_named(a)}
            if len(governments) == 1:
                quote = replace(quote, speaker=replace(speaker, name=governments.pop()))
        found.append(quote)
    return found


def _governments_acting(unit: str, entities: Sequence[Entity]) -> set[str]:
    """The governments of a unit's kind the article names as bodies (OG: 해남군은, or one of their bodies, 해남군의회), not
    places (철원군 인근: where the army may be)."""
    named = {e.canonical for e in entities if e.label == "OG" and e.canonical.endswith(unit) and governments_named(e.canonical)}  # not 육군
    return named | {g for e in entities if e.label == "OG" and (g := government_of_body(e.canonical)) and g.endswith(unit)}


def _introduced_as(noun: str, text: str, start: int | None) -> bool:
    """Whether the name at ``start`` was printed right after a word of the ``noun``'s kind (``환경단체인 ‘보람숲지킴이’``
    for 이 단체), which says what it is where its own name does not."""
    copula = re.escape(entity_cues().kind_copula)
    return start is not None and re.search(rf"{re.escape(noun)}(?:{copula})?\s?['‘\"“]?$", text[max(0, start - INTRODUCER_REACH) : start]) is not None


def _latest_outlet(noun: str, found: list[Quote], organisations: Sequence[Entity], text: str, before: int) -> str | None:
    """For a kind of outlet (이 신문, 이 매체), the outlet named last before ``before``, a speaker or not: a name ending like an
    outlet's (가람일보) or printed after a kind of outlet (현지 일간지 가람포스트는)."""
    cues = quote_cues()
    if noun not in cues.outlet_kind_nouns:
        return None
    named = [(q.speaker.start or 0, q.speaker.name) for q in found if q.speaker] + [(e.start, e.canonical or e.text) for e in organisations if e.end <= before]
    outlets = [(start, name) for start, name in named if name.endswith(tuple(role_cues().outlet_endings))
               or any(_introduced_as(kind, text, start) for kind in cues.outlet_kind_nouns)]
    return max(outlets)[1] if outlets else None


def _kind_of_body_alone(word: str) -> bool:
    """A body's kind in one word, no people's noun (``교육청``, ``항만공사``; not ``학부모들``)."""
    return " " not in word and (_bare_institution(word) or bool(entity_cues().organisation.search(word)) and not quote_cues().is_speaker_noun(word))


def _bare_institution(word: str) -> bool:
    """An institution's ending alone (``센터는``), or after a government's unit (``군의회는``, ``시교육청은``)."""
    return word in entity_cues().institution_suffixes or word[:1] in entity_cues().administrative_units and names_a_body(word)


def _latest_fuller(noun: str, found: list[Quote], text: str, organisations: Sequence[Entity], before: int,
                   in_headline: Callable[[Quote], bool]) -> str | None:
    """The latest speaker before that the bare ``noun`` stands for, unless another such body is printed after that speaker's
    words and before ``before``: for a body's noun, one that opens another story (``재판부는`` after a second division that
    judged another case); for a headline's speaker, any (the body names in full what the headline shortened)."""
    said = next((q for q in reversed(found) if q.speaker and _fuller(q.speaker.name, noun)), None)
    shortened = said is not None and in_headline(said) and said.speaker.name not in {e.canonical or e.text for e in organisations}
    if said is None or noun not in quote_cues().body_words and not shortened:  # 가람시의회 "…": a body's own name, kept
        return said.speaker.name if said and said.speaker else None
    since = [e for e in organisations if said.end <= e.start and e.end <= before and (shortened or _opens_a_story(text, e.start))]
    return _organisation_in_full(noun, text, since) or (said.speaker.name if said.speaker else None)


def _opens_a_story(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens its paragraph after a word that turns to another story (``한편``): a roundup's
    next case, not a court recalled inside one (``1심인 가람지법 형사3부는``, nor one opening a paragraph of the story)."""
    return text[text.rfind("\n", 0, start) + 1 : start].strip() in quote_cues().story_turns


def _organisation_in_full(noun: str, text: str, organisations: Sequence[Entity]) -> str | None:
    """The latest organisation before the quote that the bare ``noun`` stands for: one that ends with it
    (가람대 화학과 연구팀) or holds the body's word and head (가람지방법원 형사1부 for 재판부), or one
    printed right before the noun or the long form it stands for (``가람대 화학과 | 연구팀``, ``가람항만공사 | 노동조합`` for 노조)."""
    forms = {noun, entity_cues().body_short_forms.get(noun, noun)}
    for entity in reversed(organisations):
        if _fuller(entity.text, noun):
            return entity.canonical or entity.text  # 가람지법 민사2부: 가람지방법원 민사2부
        word = WORD_AFTER.match(text, entity.end)
        after = grammar().without_particle(word.group(1)) if word else None
        if noun not in quote_cues().body_words and after in forms and not _named_after(noun, entity.text):
            return f"{entity.text} {after}"
    return None


def _canonical_of(name: str, organisations: Sequence[Entity]) -> str:
    """The full name the entities give a body printed as ``name`` (해송수협 → 해송수산업협동조합), else ``name``."""
    return next((e.canonical for e in organisations if e.text == name and e.canonical), name)


def _named_after(name: str, place: str) -> bool:
    """Whether ``name`` opens with the ``place`` printed before it, without its unit (한결시 | 한결대학교): a name of its
    own, named after its place, which the place does not join."""
    stem = place[:-1] if place.endswith(entity_cues().administrative_units) else place
    return len(stem) >= 2 and name.startswith(stem)


def _short_form_in_full(speaker: Speaker, text: str) -> Speaker:
    """``가람자동차 노조`` where the article prints ``가람자동차 노동조합``: a body's name ending in a short form (노조, 선대위),
    also glued to it (``가람상의`` for ``가람상공회의소``), is named with the long form the article gives it."""
    head, _, last = speaker.name.rpartition(" ")
    long_form = entity_cues().body_short_forms.get(last) if head else None
    full = f"{head} {long_form}" if long_form else None
    printed = text[speaker.start : speaker.end + 1] if speaker.start is not None and speaker.end is not None and not head else ""
    glued = next((body[: -len(short)] + long for short, long in entity_cues().glued_short_forms.items()
                  for body in (speaker.name, printed) if body.endswith(short) and len(body) > len(short)), None)  # 가람상의 (가람상 + 의)
    return replace(speaker, name=full) if full and full in text else replace(speaker, name=glued) if glued and glued in text else speaker


def _fuller(full: str, noun: str) -> bool:
    """Whether ``full`` names what the bare ``noun`` stands for: it ends with it, as a word (국제 공동 연구진
    for 연구진) or, for a group rather than a title, inside a compound (가람 시장군수협의회 for 협의회;
    부회장 is no 회장), or with what the noun is short for (가람항운노동조합 for 노조), also as a branch of it (가람노조
    솔내지부 for 노조); for a body's noun, it
    holds its word and head (가람지방법원 형사1부 for 재판부)."""
    cues = quote_cues()
    if noun in cues.body_words:
        return full != noun and any(word in full for word in cues.body_words[noun]) and full.endswith(tuple(cues.body_heads[noun]))
    if noun in cues.company_nouns:  # 회사 측: 가람바이오, ㈜가람정밀, 가람정밀㈜
        marks = tuple(cues.corporate_marks)
        return full.endswith((*cues.company_endings, *entity_cues().company_endings)) or full.startswith(marks) or full.endswith(marks)
    long_form = entity_cues().body_short_forms.get(noun)
    return full.endswith(" " + noun) or full.endswith(noun) and len(full) > len(noun) and not is_job_title(noun) \
        or long_form is not None and full.endswith(long_form) and full != long_form or _branch_of(full, noun)


def _companies_of_bodies(noun: str, quotes: Sequence[Quote], organisations: Sequence[Entity]) -> set[str]:
    """The companies named only as the first word of a body of theirs, a speaker or an organisation (``가람여객 노조``,
    ``가람여객 노동조합``): whose side ``사측`` is, when the article names no company by itself."""
    bodies = [q.speaker.name for q in quotes if q.speaker is not None] + [e.text for e in organisations]
    return {first for body in bodies if " " in body and _fuller(first := body.split()[0], noun)}


MIN_BRANCH_NOUN = 2  # 노조: a body's kind of two syllables or more, not a government's unit (시, 도)


def _branch_of(full: str, noun: str) -> bool:
    """``가람노조 솔내지부`` for 노조: a body's branch, the body named by the noun, speaks as that body."""
    words = full.split()  # not 가람시 상수도사업본부 for 시, nor 민주노총 가람본부 for 민주노총: the body itself
    return len(words) == 2 and len(noun) >= MIN_BRANCH_NOUN and len(words[0]) > len(noun) and words[0].endswith(noun) and not is_job_title(noun) \
        and any(words[1].endswith(ending) and len(words[1]) > len(ending) for ending in entity_cues().branch_endings)


def _names_a_kind_of_body(noun: str) -> bool:
    """A noun that names a kind of body (대학, 공사, 상인회, 노조) or of a facility run as one (공항, 경기장): its side
    (``공사 측``, ``공항 측``) is the body of that kind the article named."""
    cues = entity_cues()
    return noun in quote_cues().body_words or noun in quote_cues().company_nouns \
        or len(noun) > 1 and (noun in cues.institution_suffixes or noun in cues.place_suffixes)


def anonymised_groups(quotes: list[Quote], text: str) -> list[Quote]:
    """An anonymised person named with others (``A씨 등은 "…"``) speaks for the group, named as written
    without an age (``A씨 등``), also in the quotes carried from that statement."""
    groups: dict[str, str] = {}
    found = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.end is not None and _anonymised_group().fullmatch(speaker.name or ""):
            groups.pop(speaker.name, None)
            if (group := _anonymised_group().match(text, speaker.start or 0)) is not None and group.group("group"):
                groups[speaker.name] = re.sub(r"\([^)]*\)", "", group.group())  # A(58)씨 등 -> A씨 등
        if speaker is not None and speaker.name in groups:
            quote = replace(quote, speaker=replace(speaker, name=groups[speaker.name]))
        found.append(quote)
    return found


@functools.cache
def _anonymised_group() -> re.Pattern[str]:
    """An anonymised name (``A``, ``정모``, or the surname alone as printed again, ``정씨 등``) and, when a subject
    particle follows, its ``(37)씨 등`` (group ``group``)."""
    cues, speech = entity_cues(), quote_cues()
    suffixes, particles = "|".join(cues.anonymised_suffixes), "".join(speech.group_particles)
    return re.compile(rf"(?:[A-Z]|[가-힣]{cues.anonymised_marker}?)(?P<group>(?:\([^)\n]{{1,20}}\))? ?(?:{suffixes}) {speech.group_marker}(?=[{particles}]))?")
