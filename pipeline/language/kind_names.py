"""Bodies named right after a noun of their kind: ``자회사 딥마인드는``, ``제약사 화이자가``, ``스타트업 가람랩스와``.

News introduces a company or group the reader may not know with the kind of body it is. The model, which
knows few of them, misses the name or reads it as a person or a place; the kind noun before it says what it
is. Names in quote marks after such a noun are :func:`pipeline.language.aliases.bodies_in_quote_marks`'.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.aliases import HANGUL_SYLLABLE
from pipeline.language.span_rules import korean_full_name
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import entity_cues, government_and_body, governments_named, grammar, is_job_title, known_names, quote_cues
from pipeline.lexicon.files import alternation
from pipeline.record import Entity, Morpheme

NAME_TAGS = frozenset({"NNP", "SL"})  # what opens the name: a proper noun, Latin letters
NAME_PART_TAGS = frozenset({"NNP", "NNG", "SL", "SN"})  # what may go on in it: 가람 + 랩스, LG + 에너지 + 솔루션
MIN_NAME_CHARS = 2
PARTICLE_TAG = "J"  # the name's own particle, which a word that only modifies the next noun lacks (시민단체 SNS 계정)
CLAUSE_TAGS = frozenset({"EC", "EF", "EP", "ETM"})  # endings that make a clause of a word, not a name
DETERMINER_TAG = "MM"  # 새 of 새봄병원, read as "new"
WORD = re.compile(r"[\uac00-\ud7a3]+")
OPENING_MARKS = "\"'“‘(["
NOTE_IN_PARENTHESES = re.compile(r"^\([^()]{1,8}\)")  # (가칭): a note after a name, before its particle
KOREAN_NAME_CHARS = 3  # 김철수: a person's name after a kind noun is its member (단체 김철수); 가람연대 is a body's


def bodies_after_their_kind(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """The word right after a kind of body's noun (``자회사 | 딥마인드는``) is that body, OG, when it opens with a proper
    noun; not a person with a title after it (``노조 | 김철수 위원장``) nor a Korean full name."""
    starts = [m.start for m in morphemes]
    found = list(entities)
    for kind in _kind_noun().finditer(text):
        span = _name_after(text, kind.end(), morphemes, starts)
        if span is None or not in_article(span[0]) or kind.group() in entity_cues().generic_company_kinds and not _one_proper_noun(span, morphemes, starts):
            continue
        start, end = span
        name = text[start:end]
        over = [e for e in found if e.start < end and start < e.end and (e.start < start or end < e.end)]
        if korean_full_name(name) and len(name) <= KOREAN_NAME_CHARS or _titled(text, end) or any(e.start != kind.start() or e.end != end for e in over):
            continue  # a person, or a name already read over more words (but not over its kind: 시민단체 가람연대)
        found = as_body(found, start, end, text)
    kinds, bodies = {*entity_cues().company_kind_nouns, *entity_cues().body_kind_nouns, *entity_cues().generic_company_kinds}, {e.start for e in found if e.label == "OG"}
    return sorted((e for e in found if not (e.label == "OG" and e.text in kinds and e.end + 1 in bodies)),  # 시민단체 | 가람연대: the kind is no name
                  key=lambda e: e.start)


def as_body(found: list[Entity], start: int, end: int, text: str) -> list[Entity]:
    """``found`` with the words at [start, end) one OG, in place of whatever was read over them."""
    name = text[start:end]
    return [e for e in found if e.end <= start or end <= e.start] + [Entity(start, end, name, "OG", name, "rule")]


@functools.cache
def _kind_noun() -> re.Pattern[str]:
    kinds = (*entity_cues().company_kind_nouns, *entity_cues().body_kind_nouns, *entity_cues().generic_company_kinds)  # 자회사 | 딥마인드는
    return re.compile(rf"(?<![가-힣A-Za-z0-9]){alternation(kinds)} (?=[가-힣A-Za-z])")


def _name_after(text: str, start: int, morphemes: Sequence[Morpheme], starts: list[int]) -> tuple[int, int] | None:
    """The name's span in the word at ``start``, without its particle, when the word opens with a proper noun and a
    particle closes it (``딥마인드는``): a bare word modifies the noun after it (``SNS 계정``), no body's name."""
    word_end = next((i for i in range(start, len(text)) if not (text[i].isalnum() or text[i] in "&·")), len(text))
    first = bisect.bisect_left(starts, start)
    if first < len(morphemes) and morphemes[first].start == start and morphemes[first].end > word_end:  # 노보 노디스크: one name over a space
        word_end = next((i for i in range(morphemes[first].end, len(text)) if not (text[i].isalnum() or text[i] in "&·")), len(text))
    inside = list(itertools.takewhile(lambda m: m.start < word_end, morphemes[first:]))
    if not inside or inside[0].start != start or inside[0].tag not in NAME_TAGS:
        return None
    end = start
    for morpheme in inside:
        if morpheme.tag not in NAME_PART_TAGS:
            break
        end = morpheme.end
    last = inside[-1]
    if end < last.start and last.tag.startswith(PARTICLE_TAG) and last.end == word_end \
            and not any(m.tag in CLAUSE_TAGS for m in inside if end <= m.start < last.start) and inside[-2].tag in NAME_PART_TAGS:
        end = last.start  # 가람강살리기시민모임은: a group's name made with a nominalised verb, one word to its particle
    particle = end < word_end and any(m.start == end and m.tag.startswith(PARTICLE_TAG) for m in inside)  # 딥마인드는, not SNS 계정
    return (start, end) if end - start >= MIN_NAME_CHARS and particle else None


def _one_proper_noun(span: tuple[int, int], morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """Whether kiwipiepy read the name as one Korean proper noun (누리메디), as after a generic kind it must be."""
    index = bisect.bisect_left(starts, span[0])
    return index < len(morphemes) and (morphemes[index].start, morphemes[index].end) == span and morphemes[index].tag == "NNP" \
        and HANGUL_SYLLABLE.match(morphemes[index].form) is not None


def _titled(text: str, end: int) -> bool:
    """Whether a title follows the name in the next two words (``김철수 위원장``, ``김철수 가람대 교수``): the person's."""
    if text[end : end + 1] != " ":
        return False
    return any(is_job_title(grammar().without_particle(word)) for word in text[end:].split(maxsplit=2)[:2])


def bodies_in_whole_words(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``가람통합반대범군민대책위원회``: a body the model read from inside a long word, ending like a committee or an
    institution, is the whole word (``군민대책위원회`` -> the word, ``FC`` -> ``가람누리FC``); Korean compounds name bodies
    in one word."""
    cues, found = entity_cues(), []
    for entity in entities:
        start = entity.start
        while start > 0 and HANGUL_SYLLABLE.match(text[start - 1]):
            start -= 1
        latin = entity.text.isascii() and cues.institution.search(text[start : entity.end])  # 가람누리 | FC: Latin letters glued to the name
        ends_like_a_body = cues.organisation.search(entity.text) or cues.institution.search(entity.text) or latin
        if entity.label == "OG" and start < entity.start and ends_like_a_body \
                and not any(other is not entity and start < other.end and other.start < entity.start for other in entities):
            entity = replace(entity, start=start, text=text[start : entity.end], canonical=text[start : entity.end])
        found.append(entity)
    return found



def companies_of_marks(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """``㈜가람메카텍과`` -> ``㈜가람메카텍`` OG, and so ``가람화학(주)는``, ``주식회사 가람테크``, ``가람테크 주식회사``:
    a name written with a company's mark is a company, with the mark, whatever the model read there (a person,
    a place, part of the word, or nothing); its particle stays out."""
    starts = [m.start for m in morphemes]
    found = list(entities)
    for mark in _company_mark().finditer(text):
        span = _marked_name(text, mark, morphemes, starts, found)
        if span is None or not in_article(span[0]):
            continue
        span = (_legal_form_before(text, span[0]), span[1])
        found = [_place_before(e, span[0], text) for e in found]  # 경남 창원시 ㈜ read as one place: the place, then the company
        over = [e for e in found if e.start < span[1] and span[0] < e.end]
        if any(e.start < span[0] for e in over):
            continue  # a name read over more words before it
        found = as_body(found, span[0], max([span[1], *(e.end for e in over)]), text)
    companies = {bare for e in found if e.label == "OG" and (bare := bare_company_name(e.text))}
    return sorted((replace(e, label="OG", role=None, canonical=e.text) if e.label in ("PS", "LC") and e.text in companies and not _a_place(e)
                   else _without_legal_form(e) for e in found), key=lambda e: e.start)  # ㈜솔라켐 … 솔라켐 권하늘 대표: the company, named without its mark


def _without_legal_form(entity: Entity) -> Entity:
    """``사단법인 가람장학회`` -> ``가람장학회``: a legal form before a name without a company's mark says what kind of body it is,
    no part of its name (a marked name keeps it, ``농업회사법인 ㈜가람``: its legal name)."""
    form, _, rest = entity.text.partition(" ")
    if entity.label != "OG" or not rest or form not in entity_cues().company_legal_forms or bare_company_name(entity.text) is not None:
        return entity
    start = entity.start + len(form) + 1
    return replace(entity, start=start, text=rest, canonical=rest if entity.canonical == entity.text else entity.canonical)


def _place_before(entity: Entity, start: int, text: str) -> Entity:
    """A place the model read on into a company's name at ``start``, cut to its words before it."""
    end = len(text[:start].rstrip())
    if entity.label != "LC" or not entity.start < end < start < entity.end or text[end:start].strip():
        return entity
    return replace(entity, end=end, text=text[entity.start : end], canonical=text[entity.start : end])


def _a_place(entity: Entity) -> bool:
    """A place the model read that a company is named after (㈜지리산 … 지리산 일대): the place, not the company."""
    known = known_names().get(entity.text)
    return entity.label == "LC" and (known is not None and known.label == "LC" or bool(entity_cues().place.search(entity.text)))


@functools.cache
def _company_marks_longest_first() -> tuple[str, ...]:
    return tuple(sorted((*entity_cues().company_marks, *entity_cues().company_mark_words), key=len, reverse=True))


def bare_company_name(name: str) -> str | None:
    """``가람메카텍`` for ``㈜가람메카텍``, ``가람테크 주식회사``, ``농업회사법인 ㈜가람메카텍``; None for a name
    without a company's mark."""
    form, _, rest = name.partition(" ")
    name = rest if rest and form in entity_cues().company_legal_forms else name
    for mark in _company_marks_longest_first():
        if name.startswith(mark) or name.endswith(mark):
            bare = (name[len(mark):] if name.startswith(mark) else name[: -len(mark)]).strip()
            return bare or None
    return None


def _marked_name(text: str, mark: re.Match[str], morphemes: Sequence[Morpheme], starts: list[int],
                 entities: Sequence[Entity]) -> tuple[int, int] | None:
    """The span of the mark and the name it marks: the word glued before a mark (가람화학(주)), or else the word
    after it, without its particle (㈜가람메카텍과); for a spelled-out mark, the name's word before it (가람테크
    주식회사, a name the model read or a proper noun) or else the word after it (주식회사 가람테크)."""
    if mark.group() not in entity_cues().company_mark_words:
        if mark.start() > 0 and _in_name(text[mark.start() - 1]):
            return _word_start(text, mark.start()), mark.end()
        return _word_after_mark(text, mark.start(), mark.end(), morphemes, starts)
    space_before = mark.start() - 1
    before = _word_start(text, space_before) if text[space_before : mark.start()] == " " else mark.start()
    if before < space_before and _names_a_company(morphemes, starts, before, space_before, entities):
        return before, mark.end()  # 가람테크 주식회사, 가람테크 주식회사 대표: not 해당 | 주식회사 가람테크, 상장 주식회사
    name_after = text[mark.end() : mark.end() + 1] == " " and _in_name(text[mark.end() + 1 : mark.end() + 2] or " ")
    span = _word_after_mark(text, mark.start(), mark.end() + 1, morphemes, starts) if name_after else None
    named = span is not None and _names_a_company(morphemes, starts, mark.end() + 1, span[1], entities)
    return span if named else None  # 주식회사 가람테크; not 주식회사 형태로, 주식회사 설립


def _names_a_company(morphemes: Sequence[Morpheme], starts: list[int], start: int, end: int, entities: Sequence[Entity]) -> bool:
    """Whether the word [start, end) beside a spelled-out mark reads as a company's name: nouns, with a proper noun or
    Latin letters in them, or one the dictionary lacks (가람테크), or more than one (가람 + 소재), or a name the model read
    there; not one common noun (형태, 설립)."""
    inside = list(itertools.takewhile(lambda m: m.start < end, itertools.islice(morphemes, bisect.bisect_left(starts, start), None)))
    if not inside or not all(m.tag in NAME_PART_TAGS for m in inside):
        return False
    return any(m.tag in NAME_TAGS or m.oov for m in inside) or len(inside) > 1 or any(e.start == start or e.end == end for e in entities)


def _legal_form_before(text: str, start: int) -> int:
    """Where the legal form written before a marked name opens (``농업회사법인 | ㈜가람``), or ``start``."""
    if text[start - 1 : start] != " ":
        return start
    form_start = _word_start(text, start - 1)
    return form_start if text[form_start : start - 1] in entity_cues().company_legal_forms else start


def _in_name(character: str) -> bool:
    return character.isalnum() or character in "&·"


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and _in_name(text[start - 1]):
        start -= 1
    return start


def _word_after_mark(text: str, mark_start: int, start: int, morphemes: Sequence[Morpheme], starts: list[int]) -> tuple[int, int] | None:
    word_end = next((i for i in range(start, len(text)) if not _in_name(text[i])), len(text))
    inside = list(itertools.takewhile(lambda m: m.start < word_end, morphemes[bisect.bisect_left(starts, start):]))
    end = next((m.start for m in inside if m.tag.startswith(PARTICLE_TAG) and m.start > start), word_end)
    return (mark_start, end) if end > start else None


@functools.cache
def _company_mark() -> re.Pattern[str]:
    symbols, words = alternation(entity_cues().company_marks), alternation(entity_cues().company_mark_words)
    return re.compile(rf"(?<=[가-힣A-Za-z0-9]){symbols}|(?<![가-힣A-Za-z0-9])(?:{symbols}|{words})")


def named_with_ending(word: str, endings: Sequence[str]) -> bool:
    """Whether one word ends in one of ``endings`` with a name of two syllables or more before it (도연정밀, 가람도청; not
    정밀 alone, nor a one-syllable name before it, which may be a person's given name)."""
    return " " not in word and word.endswith(tuple(endings)) and len(word) > max(len(s) for s in endings if word.endswith(s)) + 1


def companies_read_as_places(entities: Sequence[Entity]) -> list[Entity]:
    """``대호케미칼`` LC -> OG: one word ending in a company's trade (정밀, 케미칼, 물류) after a name is the company,
    however the model read it; a place is never so named."""
    return [replace(e, label="OG") if e.label == "LC" and named_with_ending(e.text, entity_cues().company_endings) else e for e in entities]


def short_forms_read_as_people(entities: Sequence[Entity]) -> list[Entity]:
    """``원주시티`` PS before ``원주시티FC`` OG: one word the model read as a person that opens the name of a club or a
    firm the article names, with its ending after it, is that body's short form (OG), as headlines write it."""
    cues = entity_cues()
    endings = (*cues.club_endings, *cues.company_endings)
    bodies = {e.text for e in entities if e.label == "OG" and e.text.endswith(endings)}
    return [replace(entity, label="OG", role=None) if entity.label == "PS" and " " not in entity.text and any(
                name != entity.text and name.startswith(entity.text) and name[len(entity.text) :].lstrip() in endings for name in bodies)
            else entity for entity in entities]


def institutions_the_model_missed(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme],
                                  in_article: Callable[[int], bool]) -> list[Entity]:
    """``요천 | 초등학교는``: a proper noun kiwipiepy knows or a word it does not, glued to an institution's noun (a school, a
    hospital, a health centre: ``glued_institution_nouns``), or one such word ending in it
    (``요천초등학교``), closed by a particle at most, is that body, OG, where the model read nothing across the word or only a
    piece of it (not ``대학 | 병원``: a common noun's)."""
    found = list(entities)
    suffixes = entity_cues().glued_institution_nouns
    for previous, noun in itertools.pairwise([None, *morphemes]):
        named = noun.tag == "NNP" or noun.oov
        if named and entity_cues().endings("glued_institution_nouns").shortest(noun.form, MIN_NAME_CHARS) is not None:
            start, end = noun.start, noun.end  # 요천초등학교: one word out of the dictionary
        elif noun.form in suffixes and previous is not None and previous.end == noun.start and (previous.tag == "NNP" or previous.oov) \
                and len(previous.form) >= MIN_NAME_CHARS:
            start, end = previous.start, noun.end  # 요천 + 초등학교
        elif noun.form in suffixes and (start := text_word_start(text, noun.start)) <= noun.start - MIN_NAME_CHARS \
                and _names_its_institution(text[start : noun.start], morphemes, start, noun.start):
            end = noun.end  # 새 + 봄 + 병원: common words that name no kind of hospital
        else:
            continue
        if not in_article(start):
            continue
        rest = NOTE_IN_PARENTHESES.sub("", text[end:].split(None, 1)[0] if text[end:end + 1].strip() else "")  # 가람고등학교(가칭)를
        if start and not text[start - 1].isspace() and text[start - 1] not in OPENING_MARKS or rest.rstrip(".,") not in ("", *grammar().particles):
            continue  # "청주교육지원청 관내 …": a quote may open the word
        overlapping = [e for e in found if e.start < end and start < e.end]
        if any(e.start < start or e.end > end or (e.start, e.end, e.label) == (start, end, "OG") for e in overlapping):
            continue  # a longer name the model read, or the body itself
        found = [e for e in found if e not in overlapping] + [Entity(start, end, text[start:end], "OG", text[start:end], "rule")]
    return sorted(found, key=lambda e: e.start)


def government_bodies_the_model_missed(entities: Sequence[Entity], text: str, in_article: Callable[[int], bool]) -> list[Entity]:
    """``완주군의회``, ``동구청``, ``충남도교육청``: a word that is a government's name and one of its bodies' endings, closed by a
    particle at most, is that body, OG, where the model read nothing across the word or only the government in it."""
    found = list(entities)
    endings = tuple(entity_cues().government_body_endings)
    for word in WORD.finditer(text):
        if endings[0] not in word.group() and not any(ending in word.group() for ending in endings[1:]):
            continue  # most words hold no body's ending: no lookup
        start, bare = word.start(), grammar().without_particle(word.group())
        end = start + len(bare)
        if not bare.endswith(endings) or government_and_body(bare) is None or not in_article(start) \
                or start and not text[start - 1].isspace() and text[start - 1] not in OPENING_MARKS:
            continue
        overlapping = [e for e in found if e.start < end and start < e.end]
        if any(e.start < start or e.end > end or e.label == "OG" and (e.start, e.end) == (start, end) for e in overlapping):
            continue  # a longer name the model read, or the body itself
        found = [e for e in found if e not in overlapping] + [Entity(start, end, bare, "OG", bare, "rule")]
    return sorted(found, key=lambda e: e.start)


def _names_its_institution(prefix: str, morphemes: Sequence[Morpheme], start: int, end: int) -> bool:
    """Whether the words glued before an institution's noun name one (새봄 of 새봄병원, 새봄요양병원) rather than say its kind
    (대학병원, 노인요양병원, 동물병원: ``institution_kind_words`` alone, 수련병원, 지방의료원: one dictionary noun): Hangul that
    kiwipiepy cuts into syllables and determiners, a name it does not know."""
    inside = [m for m in morphemes if start <= m.start and m.end <= end]
    kinds = entity_cues().institution_kind_words
    name = prefix
    while (kind := next((k for k in kinds if name.endswith(k)), None)) is not None:
        name = name[: -len(kind)]  # 새봄 + 요양 + 병원, 노인 + 요양 + 병원: the kinds before the noun are no name
    pieces = [m for m in inside if m.end <= start + len(name)]  # 새 + 봄: short pieces, not one dictionary noun (수련, 지방, 민간)
    return len(name) >= MIN_NAME_CHARS and HANGUL_SYLLABLE.fullmatch(name[0]) is not None and prefix.isalpha() \
        and len(pieces) >= MIN_NAME_CHARS and all(len(m.form) == 1 or m.tag == DETERMINER_TAG for m in pieces) \
        and all(m.tag.startswith(("NN", "MM", "XPN")) for m in inside)


def departments_the_model_missed(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme],
                                 in_article: Callable[[int], bool]) -> list[Entity]:
    """``충남도 | 농정 + 국은``: a word of two nouns or more ending in a department's one-syllable noun (국, 과, 실, 팀), right after
    a government and closed by a particle, is that government's department, OG, where the model read nothing there (not
    ``순천시 결과는``: one noun that only ends so)."""
    found = list(entities)
    starts = [m.start for m in morphemes]
    endings = {word for word in quote_cues().department_words if len(word) == 1}
    for government in entities:
        if government.label not in ("LC", "OG") or not governments_named(government.canonical or government.text) \
                or text[government.end : government.end + 1] != " " or not in_article(government.start):
            continue
        start = government.end + 1
        inside = list(itertools.takewhile(lambda m: m.tag in NAME_PART_TAGS, itertools.islice(morphemes, bisect.bisect_left(starts, start), None)))
        nouns = [m for m in inside if m.start >= start and text[start : m.end].strip() == text[start : m.end]]
        if len(nouns) < MIN_NAME_CHARS or nouns[-1].form not in endings or nouns[-1].tag != "NNG" or nouns[0].start != start:
            continue
        end = nouns[-1].end
        rest = text[end:].split(None, 1)[0] if text[end : end + 1].strip() else ""
        if rest not in grammar().particles or any(e.start < end and start < e.end for e in found):
            continue
        found.append(Entity(start, end, text[start:end], "OG", text[start:end], "rule"))
    return sorted(found, key=lambda e: (e.start, e.end))



def government_bodies_by_their_kind(entities: Sequence[Entity], text: str, in_article: Callable[[int], bool]) -> list[Entity]:
    """``도교육청에 따르면`` after ``충북도교육청은``: a word of a government's unit and its body's ending, the body of that kind
    the article names in full, is that body, OG with its canonical name, where the model read nothing there."""
    cues = entity_cues()
    kinds: dict[str, Entity] = {}
    for body in entities:
        ending = next((e for e in cues.endings("government_body_endings").ends(body.text, min_stem=3) if len(e) > 1), None)  # not 청: 시청 is watching, 도청 wiretapping
        short = body.text[-len(ending) - 1 :] if ending and body.label == "OG" else ""
        if short[:1] in cues.administrative_units and governments_named(body.text[: -len(ending)]):
            kinds.setdefault(short, body)  # 도교육청: 충북도교육청, the first the article names
    found = list(entities)
    for short, body in kinds.items():
        for at in (m.start() for m in re.finditer(short, text)):
            word = WORD.match(text, at)
            if at and not text[at - 1].isspace() and text[at - 1] not in OPENING_MARKS or word is None or grammar().without_particle(word.group()) != short \
                    or not in_article(at) or any(e.start < at + len(short) and at < e.end for e in found):
                continue  # 충북도교육청 itself, 경기도교육청, 시·도교육청: another body's name; 의회장: another word
            found.append(Entity(at, at + len(short), short, "OG", body.canonical or body.text, "rule"))
    return sorted(found, key=lambda e: (e.start, e.end))
