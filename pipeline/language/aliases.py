"""Short forms that name what a longer name names: ``중앙방역대책본부(방대본)``, ``KIST(예시과학기술원)``.

Read once where the article pairs them in parentheses, then applied wherever the short form is
printed again; a term's abbreviation (``발광다이오드(LED)``) names nothing.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.text_words import text_word_start
from pipeline.lexicon import entity_cues, grammar, list_cues, name_like, quote_cues, role_of_word
from pipeline.lexicon.files import alternation
from pipeline.record import Entity, Morpheme

HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")
NAMED_KINDS = ("OG", "LC")
NAME_WORD_TAGS = frozenset({"NNG", "NNP", "XPN", "XSN", "SN", "SL"})  # words that may be a name's: nouns and their affixes (재 + 건축), numbers, Latin letters
MAX_NAME_WORDS = 5
WORD = re.compile(r"[^\s,.()\[\]\"'“”‘’·]+")
WORD_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{2,20}$")  # the one word right before a parenthesis
MAX_QUOTED_NAME = 40
QUOTED_BEFORE = re.compile(rf"(?<=['‘\"“])[가-힣A-Za-z0-9· ]{{2,{MAX_QUOTED_NAME}}}(?=['’\"”]$)")  # a name in quote marks right before it
ACRONYM_IN_PARENTHESES = re.compile(r"[A-Z][A-Z&]{1,7}")
PAIR_IN_PARENTHESES = re.compile(r"(?<![가-힣])([가-힣]{2,20})\(([가-힣]{2,20}|[A-Z][A-Z&]{1,7})\)")  # 예세연(예시세로연구소), 세계기상기구(WMO)
MAX_HEADS_CHARS = 40  # (센터장 한도윤, 부센터장 박보람): a body's heads in parentheses after its name
HEAD_NAME = re.compile("[가-힣]{2,4}")


@functools.cache
def declared_short_form() -> re.Pattern[str]:
    """A short form declared in parentheses after a name: (이하 가람FC), (이하 ‘수련관’), also beside the body's head
    (위원장 한도윤·이하 대책위), (이하 대책위, 위원장 한도윤)."""
    marker, head = alternation(entity_cues().short_form_markers), r"[가-힣]+\s+[가-힣]{2,4}"
    return re.compile(rf"\((?:(?!{marker}){head}\s*[·,]\s*)?(?P<marker>{marker})[ :,]*['‘\"“]?(?P<short>[가-힣A-Za-z0-9·]{{2,20}}?)['’\"”]?"
                      rf"(?:\s*[·,]\s*{head})?\)")


def heads_close(text: str, opening: int, name_first: bool = False) -> int | None:
    """Where the parenthesis opening at ``opening`` closes when it holds a body's heads (``(회장 한도윤)``, ``(센터장
    한도윤, 부센터장 박보람)``, ``(공동위원장 한도윤, 박보람)``: a title and a name each, or a name after the first; with ``name_first`` also
    ``(한도윤 부장검사)``),
    else None: only a body has a head."""
    close = text.find(")", opening + 1, opening + 1 + MAX_HEADS_CHARS) if text.startswith("(", opening) else -1
    if close < 0:
        return None
    inner = text[opening + 1 : close]
    for dot in list_cues().middle_dots:
        inner = inner.replace(dot, ",")  # (공동위원장 한도윤·박보람): names apart by a middle dot too
    heads = [part.split() for part in inner.split(",")]
    return close if all(_titled_head(words, name_first) or len(words) == 1 and n > 0 and _head_name(words[0]) for n, words in enumerate(heads)) else None


def _titled_head(words: list[str], name_first: bool) -> bool:
    """A title and a name, ``회장 한도윤``, or with ``name_first`` (after a body's noun, where no person's affiliation can
    stand: 김민준(가람초 교장) is the person's) also ``한도윤 부장검사``."""
    if len(words) != 2:
        return False
    if role_of_word(words[0]) is not None and _head_name(words[1]):
        return True
    return name_first and role_of_word(words[1]) is not None and _head_name(words[0]) \
        and not words[0].endswith(tuple(entity_cues().constituency_endings))  # (가람갑 국회의원): a member's district


def _head_name(word: str) -> bool:
    """A person's name after a head's title, not another title or a word of office (시장 권한대행, 위원장 대행)."""
    return bool(HEAD_NAME.fullmatch(word)) and name_like(word) and role_of_word(word) is None


def aliases_in_parentheses(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A short form in parentheses right after an organisation or a place, or the long form after a short
    one (``예시방역대책본부(예방본)``, ``KIST(예시과학기술원)``), names the same thing: a person the model
    read in that pair, and wherever the article prints that form again, takes the other's label. The
    shorter of the two must abbreviate the longer (Latin capitals, or the longer's syllables in order),
    so that a person named after their organisation (``예시재단(홍길동)``) stays a person. A term's
    abbreviation in parentheses is no entity."""
    labels: dict[str, str] = {}
    for before, entity in zip(entities, entities[1:]):
        parenthesised = text[before.end : entity.start] == "(" and text[entity.end : entity.end + 1] == ")"
        if parenthesised and before.label in ("OG", "LC") and entity.label == "PS" and abbreviates(entity.text, before.text):
            labels[entity.text] = before.label
    ends = {e.end for e in entities}
    return [replace(e, label=labels[e.text], role=None) if e.label == "PS" and e.text in labels else e for e in entities
            if not _term_abbreviation(e, text, ends)]


def bodies_in_parentheses(entities: Sequence[Entity], text: str, in_article: Callable[[int], bool],
                          morphemes: Sequence[Morpheme] = ()) -> list[Entity]:
    """A body's name and its short form paired in parentheses, either way round (``예시세로연구소(예세연)``,
    ``예세연(예시세로연구소)``, also in Latin capitals after a body's own ending, ``세계기상기구(WMO)``), when the long form ends like a body: both are that organisation, whatever
    the model read there (a place, nothing), and so is either form the model read as a person elsewhere.
    Its name in full is the canonical one: a declared short form's, with the nouns printed before its last word
    (``가람면 축사 반대 | 주민대책위원회(이하 대책위)``)."""
    found = list(entities)
    named: dict[str, str] = {}  # either form -> the name in full
    starts = [m.start for m in morphemes]
    for spans in _paired_words(text):
        if morphemes and (declared_short_form().match(text, spans[0][1]) or _kind_of_committee(text[slice(*spans[0])])) \
                and not _named_in_itself(spans[0], morphemes, starts):  # 해솔수산업협동조합(이하 해솔수협): no places before it
            name = _with_nouns_before(spans[0], text, morphemes, starts, entities)
            if text[slice(*spans[0])] in quote_cues().speaker_nouns and not _names_something(name[0], spans[0][0], morphemes, starts, entities):
                continue  # 노동조합(이하 노조), 이 회사 노동조합(이하 노조): a kind of body, named by no proper noun before it
            spans = [name, spans[1]]
        first, second = (text[start:end] for start, end in spans)
        long = max(first, second, key=len)
        acronym = ACRONYM_IN_PARENTHESES.fullmatch(second) is not None  # 세계기상기구(WMO): only after a body's own ending
        if not in_article(spans[0][0]) or not abbreviates(first, second) or not _named_as_a_body(long) \
                or acronym and not first.endswith(tuple(entity_cues().acronym_body_endings)):
            continue  # not 간선급행버스(BRT), 자율주행시스템(ADS): things
        if any(e.start < end and start < e.end and (e.start < start or end < e.end) for start, end in spans for e in found):
            continue  # a longer name holds one of them
        found = [e for e in found if not any(start <= e.start and e.end <= end for start, end in spans)]  # 광양 of '광양 … 대책위원회'
        found += [Entity(start, end, text[start:end], "OG", long, "rule") for start, end in spans]
        named.update({first: long, second: long})
    found = [replace(e, label="OG", canonical=named[e.text], role=None) if e.label == "PS" and e.text in named else e for e in found]
    return sorted(found, key=lambda e: (e.start, e.end))


def _named_in_itself(span: tuple[int, int], morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """Whether the word holds a proper noun or a word kiwipiepy does not know (해솔 of 해솔수산업협동조합): a body's own name,
    which the words before it do not extend."""
    return any(m.tag == "NNP" or m.oov for m in morphemes[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])])


def _kind_of_committee(word: str) -> bool:
    """``비상대책위원회``, ``주민대책위원회``: a word that names a kind of committee, whose name in full takes the nouns before it
    wherever its short form is paired with it (``가람아파트 재건축 비상대책위원회(비대위)``)."""
    return word.endswith(entity_cues().committee_kinds)


def _names_something(start: int, end: int, morphemes: Sequence[Morpheme], starts: list[int], entities: Sequence[Entity]) -> bool:
    """Whether the words at [start, end) hold a proper noun or a place or body found there (가람군 쌀값 폭락 | 대책위원회)."""
    inside = morphemes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    return any(m.tag == "NNP" for m in inside) or any(e.label in NAMED_KINDS and start <= e.start < end for e in entities)


def _with_nouns_before(span: tuple[int, int], text: str, morphemes: Sequence[Morpheme], starts: list[int],
                       entities: Sequence[Entity]) -> tuple[int, int]:
    """The span with the words right before it that are nouns alone, no particle, no time, count or person among
    them, up to ``MAX_NAME_WORDS``: a committee's name before its declared short form."""
    start, end = span
    for _ in range(MAX_NAME_WORDS):
        if start < 2 or text[start - 1] != " ":
            break
        word_start = text_word_start(text, start - 1)
        inside = morphemes[bisect.bisect_left(starts, word_start) : bisect.bisect_left(starts, start - 1)]
        if not inside or any(m.tag not in NAME_WORD_TAGS for m in inside) \
                or any(e.label not in NAMED_KINDS and e.start < start - 1 and word_start < e.end for e in entities):
            break
        start = word_start
    return start, end


def _paired_words(text: str) -> list[list[tuple[int, int]]]:
    """The spans of two words paired in parentheses: ``예시세로연구소(예세연)``, and a short form declared after a
    word (``주민대책위원회(이하 대책위)``; a kind of body, ``노동조합(이하 노조)``, is a name only with the nouns before it)."""
    pairs = [[match.span(1), match.span(2)] for match in PAIR_IN_PARENTHESES.finditer(text)]
    for declared in declared_short_form().finditer(text):
        word = QUOTED_BEFORE.search(text, max(0, declared.start() - MAX_QUOTED_NAME - 2), declared.start()) \
            or WORD_BEFORE.search(text, 0, declared.start())  # '가람 소각장 반대 주민대책위원회'(이하 대책위): the name in marks
        if declared.group("marker") in entity_cues().short_form_markers and word is not None:
            pairs.append([word.span(), declared.span("short")])
    return pairs


def _named_as_a_body(name: str) -> bool:
    """Whether a name ends like a body: an institution's suffix or an organisation's ending of two
    syllables or more (``…연구소``, ``…기관``); one syllable (사, 처) ends too many words (예비타당성조사)."""
    cues = entity_cues()
    return bool(cues.institution.search(name)) or name.endswith(tuple(e for e in cues.organisation_endings if len(e) > 1))


def _term_abbreviation(entity: Entity, text: str, entity_ends: set[int]) -> bool:
    """Latin capitals in parentheses right after a word that names nothing (``발광다이오드(LED)``,
    ``유전자 증폭(PCR)``): the term's abbreviation, not a body's (``예시주택공사(SH)`` keeps its own)."""
    opening = entity.start - 1
    return (entity.text.isascii() and entity.text.isupper() and opening > 0 and text[opening] == "("
            and text[entity.end : entity.end + 1] == ")" and HANGUL_SYLLABLE.match(text[opening - 1]) is not None and opening not in entity_ends)


def abbreviates(one: str, other: str) -> bool:
    """Whether the shorter of two names abbreviates the longer: Latin capitals for a body's name
    (KIST, 예시과학기술원; GSA, 가람우주국), or the longer's syllables in order (방대본, 중앙방역대책본부)."""
    short, long = sorted((one, other), key=len)
    if short == long:
        return False
    if short.isascii():  # KIST(예시과학기술원): Latin capitals, the long form a body's name
        cues = entity_cues()  # 가람우주국(GSA): an organisation's ending too
        return short.isalpha() and short.isupper() and (cues.institution.search(long) or cues.organisation.search(long)) is not None
    remaining = iter(long)
    return all(character in remaining for character in short)


def aliases_throughout(entities: Sequence[Entity], text: str, in_article: Callable[[int], bool]) -> list[Entity]:
    """``중앙방역대책본부(방대본)`` … ``방대본은``: a short form an organisation or place is given in
    parentheses (or gives its long form in them) names it wherever the article prints it again as a word
    of its own (a particle after it allowed), in the article's paragraphs: that mention is an entity with
    the long form's label and canonical name."""
    found = list(entities)
    for before, inside in zip(entities, entities[1:]):
        paired = text[before.end : inside.start] == "(" and text[inside.end : inside.end + 1] == ")"
        short, long = sorted((before, inside), key=lambda e: len(e.text))  # 방대본 after its name or before it
        if paired and long.label in NAMED_KINDS and short.label == long.label and abbreviates(short.text, long.text):
            found = _named_throughout(short.text, long, found, text, in_article)
    for declared in declared_short_form().finditer(text):  # 가람프로축구단(이하 가람FC): a short form the article declares
        named = [e for e in entities if e.end == declared.start() or (e.start, e.end) == declared.span("short")]
        if declared.group("marker") in entity_cues().short_form_markers and named and named[0].label in NAMED_KINDS:
            found = _named_throughout(declared.group("short"), named[0], found, text, in_article)
    return sorted(found, key=lambda e: (e.start, e.end))


def _named_throughout(short: str, long: Entity, found: list[Entity], text: str, in_article: Callable[[int], bool]) -> list[Entity]:
    """``found`` with every mention of ``short`` as a word of its own an entity of ``long``'s label and canonical
    name, also over what the model read from it on (GSA 과학자, a person)."""
    for match in re.finditer(re.escape(short), text):
        start, end = match.span()
        word = WORD.match(text, start)
        if (start > 0 and HANGUL_SYLLABLE.match(text[start - 1]) or word is None
                or grammar().without_particle(word.group()) != short or not in_article(start)):
            continue
        overlapping = [e for e in found if e.start < end and start < e.end]
        if any(e.start != start for e in overlapping):
            continue
        found = [e for e in found if e not in overlapping] + [Entity(start, end, short, long.label, long.canonical, "rule")]
    return found


def bodies_in_quote_marks(entities: Sequence[Entity], text: str, in_article: Callable[[int], bool]) -> list[Entity]:
    """``시민단체 '가람버스시민행동'은``, ``환경단체인 ‘보람숲지킴이’는``: a name in quote marks right after a noun of a
    kind of body is that body, OG, whatever the model read inside it, and so is one whose last word says its kind before
    its particle (``‘가람 안전한 학교 만들기 학부모회’는``); and so is the name wherever the article prints it again outside marks."""
    found = list(entities)
    names = set()
    for match in itertools.chain(_body_in_marks().finditer(text), _named_body_in_marks().finditer(text)):
        start, end = match.span("name")
        if not in_article(start) or any(e.start < start and end < e.end for e in found):
            continue
        found = [e for e in found if not (start <= e.start and e.end <= end)] + [Entity(start, end, match.group("name"), "OG", match.group("name"), "rule")]
        names.add(match.group("name"))
    return sorted((replace(e, label="OG", role=None) if e.label == "PS" and e.text in names else e for e in found), key=lambda e: e.start)


@functools.cache
def _body_in_marks() -> re.Pattern[str]:
    kinds = "|".join(map(re.escape, entity_cues().body_kind_nouns))
    copula = re.escape(entity_cues().kind_copula)
    made_of = alternation(entity_cues().kind_made_of)  # 시민단체로 구성된 | ‘…’
    particles = alternation(grammar().particles)  # a name of several words before its particle: ‘무심천을 걷는 사람들’은
    return re.compile(rf"(?:{kinds})(?:{copula}|(?:{made_of}))?\s?['‘](?P<name>[\w·]{{2,30}}|[\w·][\w· ]{{1,28}}[\w·](?=['’](?:{particles})(?![가-힣])))['’]")


@functools.cache
def _named_body_in_marks() -> re.Pattern[str]:
    endings = alternation(entity_cues().quoted_body_endings)
    particles = alternation(grammar().particles)
    ordinal = entity_cues().meeting_ordinal  # ‘제8차 …위원회’: the meeting's number is no part of the body's name
    return re.compile(rf"['‘](?:{ordinal})?(?P<name>[\w·][\w· ]{{0,28}}(?:{endings}))['’](?=(?:{particles})(?![가-힣]))")
