"""Foreign names, which kiwipiepy's dictionary and the model know only in part.

The dictionary holds some foreign names of two words (``에밀리 하트``) that open a longer name
(``에밀리 하트웰``): the model's person then ends inside the word. And the model reads a given name after an
institution as the institution's (``카롤린스카연구소 요나스``), leaving the person only the family name.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.language.span_rules import korean_full_name
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, is_job_title, known_names, name_like, quote_cues, role_of_word, titles
from pipeline.record import Entity, Morpheme

WORD_REST = re.compile(r"[가-힣]*")
MAX_LEFT_SYLLABLES = 2  # 하트|웰, 스미|스: the syllables a known name leaves of a longer one
MAX_GIVEN_NAME_SYLLABLES = 5  # 요나스, 크리스티나
HANGUL_WORD = re.compile(r"[가-힣]+")
ACRONYM = re.compile(r"[A-Z]{2,}(?![A-Za-z])")  # WHO, NASA: a body by its letters
FOLLOWING_WORD = re.compile(r" ([가-힣]{2,5})(?= )")  # the word right after a name, before the next
FAMILY_NAME_AFTER = re.compile(r" (?P<family>[가-힣]{1,4}) (?P<title>[가-힣]{1,8})")  # 토마스 | 벨 | 부사장도


def foreign_name_in_full(entity: Entity, text: str) -> Entity:
    """``에밀리 하트|웰 교수`` -> ``에밀리 하트웰``: a person of several words cut inside its last word runs to
    the word's end, unless what is left is a particle, a title, an honorific or a suffix that makes the name
    another thing's (``에밀리 하트씨``, ``에밀리 하트님``, ``마크 로스코전``, an exhibition)."""
    if entity.label != "PS" or " " not in entity.text or korean_full_name(entity.text.split(" ")[0]):
        return entity  # 조훈현 국|수: a Korean name and a title kiwipiepy cut
    left = grammar().without_particle(WORD_REST.match(text, entity.end).group())
    if not left or len(left) > MAX_LEFT_SYLLABLES or ends_speaker_title(left) or is_job_title(left) \
            or left == titles().honorific or left in entity_cues().name_derivative_suffixes:
        return entity
    name = entity.text + left
    canonical = name if entity.canonical == entity.text else entity.canonical
    return replace(entity, end=entity.end + len(left), text=name, canonical=canonical)


def family_name_before_title(entity: Entity, text: str) -> Entity:
    """``토마스 | 벨 부사장``: a foreign given name the model read alone, then a short word and a title after it, is the person
    with that family name (``토마스 벨``), as a Korean name never is two words (not ``한도윤 | 시 국장``)."""
    if entity.label != "PS" or " " in entity.text or not entity_cues().transliteration.search(entity.text) or name_like(entity.text):
        return entity
    family = FAMILY_NAME_AFTER.match(text, entity.end)
    if family is None or role_of_word(grammar().without_particle(family.group("title"))) is None \
            or role_of_word(family.group("family")) is not None or known_names().get(family.group("family")) is not None \
            or korean_full_name(family.group("family")) or family.group("family") in entity_cues().title_modifiers:  # 데일리안 | 홍금표
        # 기자: a Korean name after another word; 마이클 | 전 대표, 제임스 | 신임 사장: a word of the title
        return entity
    name = f"{entity.text} {family.group('family')}"
    return replace(entity, end=entity.end + 1 + len(family.group("family")), text=name, canonical=name)


def given_names_apart(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``카롤린스카연구소 요나스`` OG + ``린드크비스트`` PS -> ``카롤린스카연구소`` OG + ``요나스 린드크비스트`` PS: the
    model reads a foreign given name after an institution as the institution's last word, and the family name
    before its title as the person. A last word that ends like no body or place, is no name the lexicon knows and
    no Korean name (``가람대 한도윤``) is the person's given name."""
    found = list(entities)
    for index, (body, person) in enumerate(zip(entities, entities[1:])):
        head, _, given = body.text.rpartition(" ")
        if body.label not in ("OG", "LC") or person.label != "PS" or person.role is None or text[body.end : person.start] != " " \
                or " " in person.text or not head or not _given_name(given):
            continue
        found[index] = replace(body, end=body.start + len(head), text=head, canonical=head)
        name = f"{given} {person.text}"
        found[index + 1] = replace(person, start=body.end - len(given), text=name, canonical=name)
    return found


def _given_name(word: str) -> bool:
    cues = entity_cues()
    return (2 <= len(word) <= MAX_GIVEN_NAME_SYLLABLES and HANGUL_WORD.fullmatch(word) is not None and not korean_full_name(word)
            and known_names().get(word) is None and not cues.institution.search(word) and not cues.organisation.search(word)
            and not cues.place.fullmatch(word) and role_of_word(word) is None)  # not 가람시 총무과장 | 한서윤: a title


def family_names_after_given(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``에밀리`` PS + ``카터 | 미국 스탠퍼드대 교수`` -> ``에밀리 카터``: the model reads a foreign given name as the person
    and leaves the family name after it, when the person's country, body or title follows. A proper noun of its own
    word right after a foreign given name, no name the lexicon knows, is the family name when what comes next is
    such a name or a title (not ``제임스 웹 | 우주망원경``)."""
    starts = [m.start for m in morphemes]
    found = list(entities)
    for index, person in enumerate(entities):
        word = FOLLOWING_WORD.match(text, person.end)
        if person.label != "PS" or " " in person.text or korean_full_name(person.text) or word is None:
            continue
        family = word.group(1)
        pieces = _morphemes_of(word.start(1), word.end(1), morphemes, starts)
        if not _family_name_word(pieces, word.start(1), word.end(1), bool(entity_cues().transliteration.search(person.text))) \
                or not _given_name(family) or any(e.start < word.end(1) and word.start(1) < e.end for e in entities if e is not person):
            continue
        if _names_what_follows_a_person(text, word.end(1) + 1):
            name = f"{person.text} {family}"
            found[index] = replace(person, end=word.end(1), text=name, canonical=name if person.canonical == person.text else person.canonical)
    return found


def _family_name_word(pieces: Sequence[Morpheme], start: int, end: int, after_transliteration: bool) -> bool:
    """The word after a given name read as one proper noun, or, after a given name only a transliteration holds
    (``엘레나``), as nouns in pieces: a word the dictionary does not know, cut up (``로시``: 로 + 시)."""
    if len(pieces) == 1:
        return pieces[0].tag == "NNP" and (pieces[0].start, pieces[0].end) == (start, end)
    return after_transliteration and len(pieces) > 1 and pieces[0].start == start and all(m.tag in ("NNP", "NNG") for m in pieces)


def _names_what_follows_a_person(text: str, position: int) -> bool:
    """A country, body or place the lexicon knows, an institution's word, a body's letters, or a title, opening the text at ``position``."""
    if ACRONYM.match(text, position):
        return True  # 엘레나 로드리게스 | WHO 국장: a body's letters
    following = HANGUL_WORD.match(text, position)
    if following is None:
        return False
    word = grammar().without_particle(following.group())
    cues = entity_cues()
    return word in known_names() or bool(cues.institution.search(word)) or is_job_title(word) or ends_speaker_title(word)


SPACED_WORD = re.compile(r"[^\s]+")
NAME_WORD = re.compile(r"[가-힣]{1,7}|[A-Z]\.")  # 로버트 J. 애덤스: an initial between
MAX_NAME_WORDS = 4
MAX_AFFILIATION_WORDS = 3
NAME_TAGS = ("NNP", "NNG", "NR", "SL", "SF")  # what a word of a foreign name is read as; SF: the initial's full stop; NR: 응우옌 티 투
UNSUPPORTED_NAME_WORDS = 2  # words of a foreign name no person of the model's covers
MORPHEME_LOOKBACK = 8  # morphemes read back from a word's end for those over it


def foreign_people_before_titles(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``마크 예시먼 미 국무부 대변인은``: the words of a foreign name (two to four, one transliterated) before an affiliation
    and a title are one person, PS, however the model cut them (``마크 예시먼 미`` PS, ``국무부`` PS): what it read over the
    name is dropped, a body it read as a person in the affiliation is OG again."""
    transliterated = [m.start for m in morphemes if m.oov or m.tag == "NNP" and _transliterated(m.form, ())]
    if not transliterated:
        return list(entities)
    words = [(match.start(), match.end(), match.group()) for match in SPACED_WORD.finditer(text)]
    clubs = _clubs_after_people(entities)
    starts = [m.start for m in morphemes]
    found = list(entities)
    for index in _titles_after(transliterated, words):
        stem = grammar().without_particle(words[index][2])
        team_of = stem.removesuffix(quote_cues().team_ending)
        stem = team_of if is_job_title(team_of) else stem  # 마리아 예시스 교수팀: the team of a 교수 named after them
        if index < 2 or not (is_job_title(stem) or ends_speaker_title(stem)):
            continue
        club = next((start for start, end in clubs if end == words[index - 1][1]), None) if stem in titles().heads_of_clubs else None
        # 미켈 아르테타 | 아스널 감독; not 엘레나 마르티네스 | 가르시아 박사, a name's third word
        first_affiliation = next(i for i in range(index + 1) if i == index or words[i][0] >= club) if club is not None else index
        while first_affiliation > 0 and index - first_affiliation < MAX_AFFILIATION_WORDS and _affiliation(words[first_affiliation - 1][2]):
            first_affiliation -= 1
        first_name = first_affiliation
        while first_name > 0 and first_affiliation - first_name < MAX_NAME_WORDS \
                and _foreign_name_word(*words[first_name - 1], _morphemes_of(*words[first_name - 1][:2], morphemes, starts),
                                       before_a_name=_given_name_place(words, first_name, first_affiliation)):
            first_name -= 1
        names = _supported_by_the_model(words[first_name:first_affiliation], entities)
        if len(names) < 2:
            continue
        one_person = any(e.label == "PS" and e.start <= names[0][0] and names[-1][1] <= e.end for e in entities)  # 가람대 데이비드 로웰
        given = entity_cues().transliteration.search(names[0][2]) and len(names[0][2]) < MAX_GIVEN_NAME_SYLLABLES \
            and not _affiliation(names[0][2]) and (one_person or _read_alone_as_a_person(names[0], entities))
        # 마거릿 | 오닐 교수; not 새별유나이티드 | 진상호 (a club), 보람벤처스 | 나윤호 (a firm)
        transliterated = [bool(entity_cues().transliteration.search(name[2])) for name in names]
        foreign_after = all(t and len(name[2]) <= MAX_GIVEN_NAME_SYLLABLES for name, t in zip(names[1:], transliterated[1:]))
        given_first = foreign_after and (len(names) > 2 or _read_alone_as_a_person(names[0], entities) and _read_alone_as_a_person(names[1], entities))
        # 마리아 | 엘레나 로드리게스; not 김성인 | 강원테크노파크, 이재완 | 지오맥스: a Korean and a body the model read apart
        japanese = names[0][2] in entity_cues().japanese_family_names  # 나카무라 | 소이치: a family name first, the given name like a Korean one
        korean = not japanese and (korean_full_name(names[-1][2]) and not given or korean_full_name(names[0][2]) and not transliterated[0] and not given_first)
        if korean or not any(_transliterated(name[2], _morphemes_of(*name[:2], morphemes, starts)) for name in names) \
                or "\n" in text[words[first_name][0] : words[index][0]]:
            continue  # 나래소프트 한도윤 대표, 한도윤 나래베이커리 대표: a Korean name and a body's, not one foreign name
        start, end = _model_start(names[0][0], names[-1][1], entities, words), names[-1][1]
        found = _person_over(found, Entity(start, end, text[start:end], "PS", text[start:end], "rule", role_of_word(stem)), words[index][0], text)
    return found


def _model_start(start: int, end: int, entities: Sequence[Entity], words: list[tuple[int, int, str]]) -> int:
    """Where the person starts: at the model's person when it ends with the name and opens one word before it
    (``루이사 | 마르가리타 곤살레스``: a given name that ends like a company, 사)."""
    model = next((e for e in entities if e.label == "PS" and e.end == end and e.start < start), None)
    before = next((w for w in words if w[1] + 1 == start), None)
    if model is None or before is None or before[0] != model.start:
        return start
    word = before[2]
    return start if _body_word(word) or not HANGUL_WORD.fullmatch(word) or len(word) > MAX_GIVEN_NAME_SYLLABLES else model.start


def _body_word(word: str) -> bool:
    """A word of a body's name, not of a person's: one the lexicon knows, a company's or an institution's ending (가람전자,
    가람대), a body's own word (의대, 의회); not the organisations' short endings, which end given names too (루이사)."""
    cues = entity_cues()
    return word in known_names() or word.endswith(cues.company_endings) or bool(cues.institution.search(word)) or word in cues.organisation_words


def _read_alone_as_a_person(word: tuple[int, int, str], entities: Sequence[Entity]) -> bool:
    """Whether the model read ``word`` alone as a person: a foreign given name, so the word after it that looks like a
    Korean name (``마거릿 | 오닐``) is the family name, not a second person (``나래소프트 | 한도윤``: a company the model read)."""
    return any(e.label == "PS" and (e.start, e.end) == word[:2] for e in entities)


def _titles_after(names: list[int], words: list[tuple[int, int, str]]) -> list[int]:
    """The words that may be a foreign name's title: those a few words after a proper noun with a syllable only
    transliterations hold or a word kiwipiepy does not know (at ``names``). Reading only these keeps the rule cheap."""
    word_starts = [start for start, _, _ in words]
    named = {bisect.bisect_right(word_starts, position) - 1 for position in names}
    reach = MAX_NAME_WORDS + MAX_AFFILIATION_WORDS
    return sorted({index for word in named for index in range(word + 1, min(word + reach + 1, len(words)))})


def _person_over(entities: list[Entity], person: Entity, title_start: int, text: str) -> list[Entity]:
    kept = []
    for entity in entities:
        if entity.end <= person.start or entity.start >= title_start:
            kept.append(entity)
        elif entity.start >= person.end:  # inside the affiliation: a body, never a person (국무부)
            kept.append(replace(entity, label="OG") if entity.label == "PS" else entity)
        elif entity.end > person.end + 1 and text[person.end] == " ":  # 라르센 나토: the name's last word and the body after it
            rest = text[person.end + 1 : entity.end]
            kept += [] if rest in entity_cues().country_abbreviations else [replace(entity, start=person.end + 1, text=rest, canonical=rest, label="OG")]
        elif entity.start < person.start and text[person.start - 1] == " " and _body_word(text[entity.start : person.start - 1].rsplit(" ", 1)[-1]):
            body = text[entity.start : person.start - 1]  # 미국 가람대 | 데이비드 로웰: the body before the name, read with it
            kept.append(replace(entity, end=entity.start + len(body), text=body, canonical=body, label="OG"))
    return sorted([*kept, person], key=lambda e: (e.start, e.end))


def _affiliation(word: str) -> bool:
    """A word of a body or a country between a person's name and title: 미, 국무부, 나토(NATO), 유엔, ESA, 코펜하겐대."""
    cues, bare = entity_cues(), word.split("(")[0]
    return (bare in cues.country_abbreviations or known_names().get(bare) is not None or bool(cues.organisation.search(bare))
            or bare.endswith(cues.company_endings)
            or bool(cues.institution.search(bare)) or bare.isascii() and bare.isalpha() and bare.isupper() or "(" in word and word.endswith(")"))


def _given_name_place(words: list[tuple[int, int, str]], first_name: int, first_affiliation: int) -> bool:
    """Whether the word before ``first_name`` stands where a given name would: right before a family name of one word, and
    after a body's word or at the text's start (``가람대 의대 | 마크 | 존슨``; not ``테니스 | 스타 | 라파엘 나달``)."""
    if first_affiliation - first_name != 1:
        return False
    return first_name < 2 or _body_word(words[first_name - 2][2]) or _affiliation(words[first_name - 2][2])


def _foreign_name_word(start: int, end: int, word: str, inside: Sequence[Morpheme], before_a_name: bool = False) -> bool:
    """A word that may be one of a foreign name's: Hangul (or an initial) read as a proper noun or a word the dictionary
    does not hold (``inside``: its morphemes), also, ``before_a_name`` (of the name's words already read), one with a
    syllable only transliterations hold that kiwipiepy read as a loanword (``마크 | 존슨``: "mark"); no particle, ending,
    body, title or known name."""
    if not NAME_WORD.fullmatch(word) or _affiliation(word) or is_job_title(word) or ends_speaker_title(word) \
            or word.endswith(quote_cues().genitive_particle) and len(word) > 2:  # 투발루의 | 시오네: the person's country
        return False
    if not inside or any(not m.tag.startswith(NAME_TAGS) for m in inside):
        return False
    cut_up = len(inside) > 1 and all(m.tag == "NNG" and len(m.form) == 1 for m in inside)  # 소 + 토: a word kiwipiepy does not know
    loanword = before_a_name and len(inside) == 1 and bool(entity_cues().transliteration.search(word))
    return any(m.tag == "NNP" or m.oov for m in inside) or cut_up or loanword or word.endswith(".")


def _transliterated(word: str, inside: Sequence[Morpheme]) -> bool:
    """A word with a syllable only transliterations hold (헨더슨), one kiwipiepy's dictionary does not know (응우옌), or a
    Vietnamese family name (쩐, 레)."""
    cues = entity_cues()
    return bool(cues.transliteration.search(word)) or any(m.oov for m in inside) or word in cues.vietnamese_family_names


def _supported_by_the_model(names: list[tuple[int, int, str]], entities: Sequence[Entity]) -> list[tuple[int, int, str]]:
    """With no person of the model's over them, two words at most of a foreign name (``카를로 안첼로티 | 레알 마드리드
    감독``: the club's words read as the name's)."""
    if not names:
        return names
    start, end = names[0][0], names[-1][1]
    people = [e for e in entities if e.label == "PS" and e.start < end and start < e.end]
    if not people:
        return names[:UNSUPPORTED_NAME_WORDS]
    return names


def _clubs_after_people(entities: Sequence[Entity]) -> set[tuple[int, int]]:
    """``미켈 아르테타 | 아스널 감독``, ``| 레알 마드리드 감독``: an entity right after a person of two words or more (not after an initial,
    ``로버트 J. | 애덤스``), no Korean name: before a title, the club or company the person heads, however the model
    labelled it."""
    return {(after.start, after.end) for before, after in zip(entities, entities[1:])
            if before.label == "PS" and after.label in ("PS", "OG", "LC") and before.end + 1 == after.start and " " in before.text
            and not before.text.endswith(".") and not any(map(name_like, after.text.split()))}


def _morphemes_of(start: int, end: int, morphemes: Sequence[Morpheme], starts: Sequence[int]) -> list[Morpheme]:
    """The morphemes over ``start:end``, also one that began a word before (마크 헨더슨: kiwipiepy holds some names of two words)."""
    last = bisect.bisect_left(starts, end)
    return [m for m in morphemes[max(0, last - MORPHEME_LOOKBACK) : last] if start < m.end]


def foreign_names_joined(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``마리아`` PS + ``엘레나`` PS + ``로드리게스`` PS -> ``마리아 엘레나 로드리게스``: people the model read one space apart
    are one foreign person when a word of theirs only a transliteration holds, none holds a common noun of kiwipiepy's
    dictionary of two syllables or more, none runs longer than a name (광주형마이스터고 | 채지유), and a word shaped like a Korean full name stands only
    first (마리아 | 엘레나) or last after two (``파울루 엔히키 | 소우자``): not a credit's outlet and reporter, ``데일리안 | 홍금표``."""
    starts = [m.start for m in morphemes]
    found: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        last = found[-1] if found else None
        honoured = _honoured(text, entity.end)  # 비슈누 구룽(31)씨: no Korean name takes two words before 씨
        if last is not None and last.label == entity.label == "PS" and text[last.end : entity.start] == " " \
                and _one_foreign_name(last, entity, morphemes, starts, honoured):
            name = f"{last.text} {entity.text}"
            found[-1] = replace(last, end=entity.end, text=name, canonical=name, role=entity.role)
            continue
        found.append(entity)
    return found


@functools.cache
def _honorific() -> re.Pattern[str]:
    """씨 after a name, past an age in parentheses, closing the word or before its particle (``(45)씨는``; not 호텔씨원리조트, 씨름)."""
    suffix = re.escape(entity_cues().person_suffix)
    particles = "|".join(sorted(map(re.escape, grammar().particles), key=len, reverse=True))
    return re.compile(rf"(?:\(\d{{1,3}}\))?\s?{suffix}(?:{particles})?(?![가-힣])")


def _honoured(text: str, end: int) -> bool:
    return _honorific().match(text, end) is not None


def _one_foreign_name(given: Entity, family: Entity, morphemes: Sequence[Morpheme], starts: list[int], honoured: bool = False) -> bool:
    words = [*given.text.split(" "), *family.text.split(" ")]
    korean = [korean_full_name(word) for word in words]
    if len(words) > MAX_NAME_WORDS or not all(HANGUL_WORD.fullmatch(w) and len(w) <= MAX_GIVEN_NAME_SYLLABLES and not _body_word(w) for w in words):
        return False  # 광주형마이스터고 | 채지유: a school's name is longer; 가람대 | 데이비드 로웰: a university
    if any(korean[1:-1]) or korean[-1] and (len(words) < 3 or korean[0]):
        return False  # a Korean-shaped word opens a foreign name (마리아 | 엘레나) or ends one of three (파울루 엔히키 | 소우자), not 데일리안 | 홍금표
    inside = morphemes[bisect.bisect_left(starts, given.start) : bisect.bisect_left(starts, family.end)]
    common_noun = any(m.tag == "NNG" and len(m.form) > 1 and not m.oov for m in inside)  # a noun the dictionary knows; not 로 + 시 (로시)
    return not common_noun and (honoured or any(entity_cues().transliteration.search(w) for w in words))


def foreign_people_named_again(entities: Sequence[Entity]) -> list[Entity]:
    """``카를로스 멘데스`` OG … ``멘데스는`` PS: a body or place of two or three words, one transliterated and none a body's
    word or a Korean name, whose last word the article names again as a person is that person (the model read a foreign name as a body)."""
    people = {e.text for e in entities if e.label == "PS" and " " not in e.text}
    found = []
    for entity in entities:
        words = entity.text.split(" ")
        if entity.label in ("OG", "LC") and 1 < len(words) <= 3 and words[-1] in people \
                and any(entity_cues().transliteration.search(word) for word in words) \
                and not any(_affiliation(word) or korean_full_name(word) for word in words):
            entity = replace(entity, label="PS")
        found.append(entity)
    return found


def foreign_people_before_honorifics(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``응우옌 반 탄(45)씨는``, ``마리아 산토스씨가``: the words of a foreign name (two to four, one transliterated) right before
    씨, maybe past an age, are one person, PS, however the model cut them; not a Korean name after a noun of its kind
    (``주민 김철수씨``)."""
    starts = [m.start for m in morphemes]
    found = list(entities)
    for match in re.finditer(rf"(?<![가-힣])((?:[가-힣]{{1,7}} ){{1,{MAX_NAME_WORDS - 1}}}[가-힣]{{1,7}}){_honorific().pattern}", text):
        words = [(m.start() + match.start(1), m.end() + match.start(1), m.group()) for m in HANGUL_WORD.finditer(match.group(1))]
        inside = [_morphemes_of(*word[:2], morphemes, starts) for word in words]
        # 우즈베키스탄에서 온 | 딜노자 유수포바(22)씨, 우즈베키스탄 | 출신 딜노자 …: the name runs to 씨 from past the last word
        # with a particle or an ending, or naming a country or a body
        family = max((i for i, word in enumerate(words) if word[2] in entity_cues().vietnamese_family_names), default=len(words))
        past = max((i for i, (word, parts) in enumerate(zip(words, inside)) if i < family  # 쩐 (read 쩔 + ㄴ) | 반 (XPN) 남씨: the name's
                    and (not parts or any(not m.tag.startswith(NAME_TAGS) for m in parts) or _affiliation(word[2]))), default=-1) + 1
        first = next((i for i in range(past, len(words)) if _transliterated(words[i][2], inside[i]) and not _occupation(words[i][2])), None)
        if first is None:
            continue  # no transliterated word after the last particle or ending: no foreign name runs to 씨
        while first > 0 and _foreign_name_word(*words[first - 1], inside[first - 1]) and not _occupation(words[first - 1][2]):
            first -= 1  # 마리아 | 산토스: a given name the dictionary knows
        names = words[first:]
        jobs = [i for i, name in enumerate(names) if _occupation(name[2])]
        names = names[jobs[-1] + 1 :] if jobs else names  # 다랭이마을 이장 | 내한빛: the name after the title only
        if len(names) < 2 or korean_full_name(names[-1][2]) \
                or not any(_transliterated(name[2], _morphemes_of(*name[:2], morphemes, starts)) for name in names):
            continue  # 보람 김철수씨: a Korean name, the word before it another thing
        start, end = names[0][0], names[-1][1]
        over = [e for e in found if e.start < end and start < e.end]
        if any(e.label != "PS" and (e.start < start or e.end > end) for e in over):
            continue  # a longer body or place holds the words
        role = next((e.role for e in over if e.label == "PS" and e.end == end), None)  # 씨, as the model's person had it
        found = [e for e in found if e not in over] + [Entity(start, end, text[start:end], "PS", text[start:end], "rule", role)]
    return sorted(found, key=lambda e: (e.start, e.end))


def _occupation(word: str) -> bool:
    """A job before a name (바리스타 | 마리아 산토스, 유튜버 | 제임스 리): no word of the name."""
    return word in titles().before_name or is_job_title(word) or ends_speaker_title(word)
