"""Canonical names and stated roles, in one place for entities and quotes.

A person is often introduced in full and then called by surname and title (``김동연 지사`` … ``김 지사``);
governments go by short forms (``광주`` = 광주광역시, ``충남`` = 충청남도). These functions map a
mention to the name an analyst would join on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lexicon import (
    canonical_name,
    ends_speaker_title,
    entity_cues,
    expanded_name,
    government_and_body,
    governments_named,
    grammar,
    hanja_surnames,
    names_a_body,
    quote_cues,
    role_of_word,
    starts_with_surname,
    surnames,
    titles,
)
from pipeline.record import Entity, Mention, Morpheme
from pipeline.language.aliases import abbreviates, declared_short_form
from pipeline.language.kind_names import bare_company_name
from pipeline.language.kiwi_doc import dictionary_noun, not_a_name
from pipeline.language.later_names import named_as, named_later
from pipeline.language.regions import RegionEvidence, place_governments
from pipeline.language.school_names import schools_in_full, universities_in_full

TITLE_REACH = 2  # words from a name to its title: 추민완 예시면장은, 박영희 전국 예시조합 위원장은 is too far
SURFACE_NAME = re.compile(r"(?<![\uac00-\ud7a3\w])[\uac00-\ud7a3]{3}(?= )")
PARENTHESISED_TAIL = re.compile(r"\(.*$")
TITLE_WORD = re.compile(r"[가-힣A-Za-z0-9·]+")
WRITTEN_WORD = re.compile(r"[^\s\"“”‘’']+")  # a word as written, apart from quotation marks run into it (의원이"…)
MAX_KOREAN_NAME_CHARS = 4  # 남궁서진: the longest Korean full name a bare surname may stand for



def resolve_canonicals(entities: Sequence[Entity], text: str = "", region: RegionEvidence = RegionEvidence()) -> list[Entity]:
    """The entities (in text order) with ``canonical`` filled, governments placed in their region
    (:mod:`pipeline.language.regions`).

    ``[김동연 PS, 강기정 PS, 강 PS]`` -> the last one's canonical is ``강기정``. A surname followed by
    모 in ``text`` is an anonymised person (``김모씨``): named ``김모``, never resolved to a named 김; the
    surname alone after it (``김씨는``) is that person, as after a full name.
    """
    marker = entity_cues().anonymised_marker
    people: list[Entity] = []
    resolved = []
    kin = _named_by_kinship(entities, text)
    for entity in entities:
        if entity.label == "PS" and len(entity.text) == 1 and text and text[entity.end : entity.end + len(marker)] == marker:
            entity = named_as(entity, entity.text + marker)
            people.append(entity)  # 김모(67)씨 … 김씨는: the same person, with no other name
        elif entity.label == "PS":
            mention = hanja_surnames().get(entity.text, entity.text)  # 尹 reads as 윤
            apart = frozenset(name for name, at in kin.items() if "\n" in text[at : entity.start])  # introduced in an earlier paragraph
            named = full_name(mention, entity.role, people, apart) or surface_full_name(text, mention, entity.start)
            entity = named_as(entity, named or mention)
            people.append(entity)
        else:
            expanded = expanded_name(entity.text) if entity.label == "OG" or entity.label == "LC" and _abbreviated(entity.text) else None
            entity = named_as(entity, canonical_name(entity.text) or expanded or entity.text)
        resolved.append(entity)
    return schools_in_full(universities_in_full(_bare_units_named(_expansions_in_full(_short_forms_named(_aliases_named(place_governments(named_later(resolved), region, text), text))))), text)


def _abbreviated(text: str) -> bool:
    """A place written with an abbreviated ending (예시국가산단), named in full like an organisation."""
    return text.endswith(tuple(entity_cues().abbreviated_endings))


def _aliases_named(entities: list[Entity], text: str) -> list[Entity]:
    """A name and another form of it in parentheses right after it (``울산과학기술원(UNIST)``,
    ``UNIST(울산과학기술원)``, ``더불어민주당(민주당)``) are one name, the longer form: every mention
    of the shorter, before or after, is that name too; so is a company named with its mark and without
    it (``㈜가람메카텍`` … ``가람메카텍``). Not for people: a parenthesis after a person holds
    their constituency or party (``홍길동(예시갑)``), and their names are resolved by surname."""
    aliases: dict[str, str] = {}
    for before, entity in zip(entities, entities[1:]):
        if before.label == entity.label != "PS" and before.end + 1 == entity.start and text[before.end : entity.start] == "(":
            short, full = sorted((before.canonical, entity.canonical), key=len)
            if abbreviates(short, full):  # not 가람유통(㈜보람): another body
                aliases[short] = aliases.get(full, full)
        declared = declared_short_form().match(text, before.end)  # 가람프로축구단(이하 가람FC)
        if declared and declared.group("marker") in entity_cues().short_form_markers and entity.text == declared.group("short") \
                and before.label == entity.label != "PS":
            aliases[entity.canonical] = before.canonical
    marked: dict[str, str] = {}  # 가람메카텍 is the ㈜가람메카텍 named, and both the 농업회사법인 가람메카텍 주식회사 named
    for entity in entities:
        if entity.label == "OG" and (bare := bare_company_name(entity.canonical)) and len(entity.canonical) > len(marked.get(bare, "")):
            marked[bare] = entity.canonical
    for entity in entities:
        if entity.label == "OG" and (bare := bare_company_name(entity.canonical) or entity.canonical) in marked:
            aliases.setdefault(entity.canonical, marked[bare])
    return [named_as(entity, aliases.get(entity.canonical, entity.canonical)) for entity in entities]


def _short_forms_named(entities: list[Entity]) -> list[Entity]:
    """A body's short form (``선대위``) is named as the article names that body in full before it: the
    last organisation whose name ends in the long form (``가람당 선거대책위원회``); so is a party's branch without its
    region (``가람당 도당`` after ``가람당 전남도당``)."""
    short_forms = entity_cues().body_short_forms
    named = []
    for entity in entities:
        long_form = short_forms.get(entity.text) if entity.label == "OG" else None
        full = next((e.canonical for e in reversed(named) if e.label == "OG" and e.canonical.endswith(long_form)), None) if long_form else None
        named.append(named_as(entity, full or _branch_in_full(entity, named) or entity.canonical))
    return named


def _expansions_in_full(entities: list[Entity]) -> list[Entity]:
    """A short form the dictionary spells out only as a kind of body (``선관위`` → 선거관리위원회) is the one body of
    that kind the article names in full, before or after it (``전북특별자치도선거관리위원회``)."""
    full = {e.canonical for e in entities if e.label == "OG"}
    named = []
    for entity in entities:
        expanded = entity.label == "OG" and entity.text != entity.canonical and canonical_name(entity.text) == entity.canonical
        bodies = {name for name in full if name.endswith(entity.canonical) and len(name) > len(entity.canonical)} if expanded else set()
        named.append(named_as(entity, bodies.pop()) if len(bodies) == 1 else entity)
    return named


def _branch_in_full(entity: Entity, before: list[Entity]) -> str | None:
    """``가람당 도당`` after ``가람당 전남도당``: the body's branch the article named before with its region."""
    body, _, unit = entity.canonical.rpartition(" ")
    if entity.label != "OG" or not body or unit not in entity_cues().unit_words:
        return None
    return next((e.canonical for e in reversed(before) if e.label == "OG" and e.canonical.startswith(body + " ")
                 and e.canonical.endswith(unit) and len(e.canonical) > len(entity.canonical) and " " not in e.canonical[len(body) + 1 :]), None)


def _bare_units_named(entities: list[Entity]) -> list[Entity]:
    """A bare ``시``/``군``/``도`` standing for the article's government (``시 관계자는``, ``군은``) is
    named after the government of that kind the article mentions most (울산광역시, 곡성군)."""
    return [named_as(e, government_of_unit(e.text, entities) or e.canonical) if e.label in ("OG", "LC") else e
            for e in entities]


def government_of_unit(unit: str, entities: Sequence[Entity]) -> str | None:
    """The government a bare ``시``/``군``/``도`` stands for: of that kind, the one the article names most
    (``시는`` after 울산시 -> 울산광역시); None for any other word or when the article names none."""
    if unit not in entity_cues().administrative_units:
        return None
    named = Counter(e.canonical for e in entities if e.label in ("OG", "LC") and len(e.canonical) > 1 and e.canonical.endswith(unit))
    if not named:  # 해남군의회 alone: the county of its council
        named = Counter(government for e in entities if e.label == "OG" and (government := government_of_body(e.canonical)) and government.endswith(unit))
    return named.most_common(1)[0][0] if named else None


def government_of_body(name: str) -> str | None:
    """``해남군의회`` -> 해남군, ``강원 고성군청`` -> 강원 고성군: the government one of its bodies is named after."""
    region, _, word = name.rpartition(" ")
    split = government_and_body(word)
    return " ".join(filter(None, (region, split[0]))) if split else None


def titled_names(text: str, morphemes: Sequence[Morpheme], entities: Sequence[Entity]) -> list[Entity]:
    """People the entities missed but a title gives away: a three-syllable word opened by a surname,
    before a job title (``추민완 행정부시장은``, ``박영희 후보는``). kiwipiepy often splits such a name
    (최근 + 환) or reads it as one unknown noun, and the model then misses it; a word kiwipiepy reads as
    one common noun of its dictionary (조합원 대표, not the unknown 추민완) is not a name.
    """
    starts = [m.start for m in morphemes]
    found = []
    for match in SURFACE_NAME.finditer(text):
        start, end = match.span()
        if not starts_with_surname(match.group()) or canonical_name(match.group()) is not None or names_a_body(match.group()) \
                or titles().rank_of(match.group()):
            continue  # 서울시 주택정책실장: a government the lexicon knows is no one's name; 경정급 경찰관: a level
        if dictionary_noun(morphemes, starts, start, end):
            continue
        if not_a_name(morphemes, starts, start, end):
            continue  # 제고와, 동참해, 기소된: a particle or an ending, not a name
        # an organisation the model read with the name after it (가람당 한도윤 | 예비후보가) leaves the name free
        if any(e.start < end and start < e.end and not (e.start < start and e.end == end and e.label in ("OG", "LC")) for e in entities):
            continue
        bare = grammar().without_particle(match.group())
        if bare != match.group() and role_of_word(bare) is not None:
            continue  # 지사와: a title with its particle
        title = speaker_title_after(text, end, reach=TITLE_REACH)
        if title in entity_cues().resident_nouns and match.group().endswith(tuple(entity_cues().townships)):
            continue  # 원삼면 주민: the township's residents, not a person's title
        if match.group().endswith(tuple(entity_cues().school_title_forms)) and any(e.label == "PS" and e.end + 1 == start for e in entities):
            found.append(Entity(start, end, match.group(), "OG", match.group(), "rule"))  # 한보람 | 가람초 | 나래분교장: their school
            continue
        if title is not None and not any(e.label == "PS" and end <= e.start < text.find(title, end) for e in entities):  # not 지사와 강기정 시장이
            found.append(Entity(start, end, match.group(), "PS", match.group(), "rule", role_of_word(title)))
    return found


def without_names_inside(entities: Sequence[Entity], names: Sequence[Entity], text: str) -> list[Entity]:
    """The entities with a name found after them cut off their end: ``가람당 한도윤`` OG with the name
    한도윤 -> ``가람당`` OG (and the name, kept apart)."""
    cut = []
    for entity in entities:
        inside = next((n for n in names if entity.start < n.start and n.end == entity.end), None)
        if inside is not None:
            head = text[entity.start : inside.start].rstrip()
            entity = replace(entity, end=entity.start + len(head), text=head, canonical=head)
        cut.append(entity)
    return cut


def speaker_title_after(text: str, end: int, reach: int = 4) -> str | None:
    """The word that closes the title phrase after a name (a job, 공무원, 학생) among the next
    ``reach`` words, before any particle but its own."""
    for match in WRITTEN_WORD.finditer(text[end : end + 80]):
        word = _without_company_mark(match.group())  # 오성규 ㈜남도크루즈 | 대표는
        bare = grammar().without_particle(PARENTHESISED_TAIL.sub("", word))
        if ends_speaker_title(bare):
            return bare
        predicate = grammar().particle_or_copula.sub("", word.rstrip("."))
        if predicate != word.rstrip(".") and predicate in titles().predicate_titles:
            return predicate  # … 이순덕 할머니다.: the title of what the sentence says someone is (not 김밥집 사장이다)
        if word.endswith(tuple(quote_cues().department_endings)) and reach > 1:
            bare = word  # 신소재공학과 | 교수가: a department, whose 과 reads as a particle
        reach -= 1
        if reach == 0 or bare != word.split("(")[0] or not TITLE_WORD.fullmatch(bare):
            return None
    return None


def surface_full_name(text: str, surname: str, before: int) -> str | None:
    """``김 예비후보`` after ``… 한도윤 예비후보가``, where no entity holds the full name: the last word
    before the mention that is that surname and two more syllables, followed by a title."""
    if len(surname) != 1 or not text:
        return None
    found = None
    for match in SURFACE_NAME.finditer(text, 0, before):
        if match.group().startswith(surname) and speaker_title_after(text, match.end(), reach=TITLE_REACH) is not None:
            found = match.group()
    return found


def _named_by_kinship(people: Sequence[Entity], text: str) -> dict[str, int]:
    """The people introduced by their kinship to someone, the noun right before the full name (``아버지 권오석(63)씨``), and
    where: a writer who tells two of a surname apart so calls that one by the kinship again in later paragraphs, not by the
    bare surname (right after the introduction, in its paragraph, the bare surname is still theirs)."""
    relations = quote_cues().relation_nouns
    return {p.text: p.end for p in people if p.label == "PS" and len(p.text) > 2 and p.start > 1 and text[p.start - 1] == " "
            and text[max(text.rfind(" ", 0, p.start - 1), text.rfind("\n", 0, p.start - 1)) + 1 : p.start - 1] in relations}


def _full_name_shaped(name: str) -> bool:
    """A Korean full name written as one word, which alone the kinship rule prefers (not a phrase a model read as a person)."""
    return " " not in name and len(name) <= MAX_KOREAN_NAME_CHARS


def full_name(mention: str, role: str | None, people: Sequence[Entity], kin: frozenset[str] = frozenset()) -> str | None:
    """The full name a surname-only mention refers to: the latest earlier person with that surname,
    preferring one with the same role or its full form (``김 지사`` -> 김동연 도지사, not 김철수 의원), then one not introduced by
    their kinship (``권태현(32)씨`` … ``아버지 권오석(63)씨`` … ``권씨는`` -> 권태현); for a name of
    several words, its last word (``마크 예시먼`` … ``예시먼은`` -> 마크 예시먼, also of one syllable where no name opens with
    it: ``마이클 리`` … ``리 행장은``) or, as a family name written first, its first (``사토 히로키`` … ``사토 총리는`` -> 사토 히로키)."""
    if len(mention) > 1 and " " not in mention and mention not in surnames():
        named = [p for p in people if " " in p.canonical and mention in (p.canonical.rsplit(" ", 1)[1], p.canonical.split(" ", 1)[0])
                 and not any(canonical_name(word) for word in p.canonical.split(" "))]  # not 예시군 예시농원
        return named[-1].canonical if named else None
    if len(mention) != 1 and mention not in surnames():  # a surname: 김, also 남궁 (남궁 교수 -> 남궁새봄)
        return None
    candidates = [p for p in people if len(p.canonical) > len(mention) and p.canonical.startswith(mention)] \
        or [p for p in people if p.canonical.endswith(" " + mention)]  # 마이클 리 … 리 행장: a foreign family name of one syllable
    same_role = [p for p in candidates if role and p.role == role]
    same_post = [p for p in candidates if titles().same_post(p.role, role)]  # 김 지사: 김동연 도지사
    tier = same_role or same_post or candidates
    chosen = ([p for p in tier if p.canonical not in kin and _full_name_shaped(p.canonical)] or tier)[-1:]
    return chosen[0].canonical if chosen else None


def mention_summary(entities: Sequence[Entity]) -> list[Mention]:
    """Each canonical entity once, in order of first mention, with its label, count and stated role."""
    counts: dict[tuple[str, str], int] = {}
    roles: dict[tuple[str, str], str | None] = {}
    for entity in entities:
        key = (entity.canonical, entity.label)
        counts[key] = counts.get(key, 0) + 1
        roles[key] = roles.get(key) or entity.role
    return [Mention(canonical, label, count, roles[canonical, label]) for (canonical, label), count in counts.items()]


def _without_company_mark(word: str) -> str:
    """``㈜가람정밀``, ``(주)가람정밀``, ``가람정밀㈜`` -> ``가람정밀``: an affiliation's company mark is no word of the title phrase."""
    for mark in entity_cues().company_marks:
        word = word.removeprefix(mark).removesuffix(mark) if len(word) > len(mark) else word
    return word


def role_after(text: str, end: int, reach: int = 4) -> str | None:
    """The role stated after a person's name ending at ``end``: the first title word among the next
    ``reach`` words, past an affiliation (``추민완 국민의힘 중앙선거본부 수석대변인은`` -> 수석대변인)."""
    for match in WRITTEN_WORD.finditer(text[end : end + 80]):
        if match.start() > 0 and text[end : end + match.start()].count("\n"):
            return None
        word = _without_company_mark(match.group().rstrip(","))  # 봉하윤 청년회장, 강도현 대표: the comma ends the title phrase
        if word.startswith("(") and word.endswith(")") or word in entity_cues().government_short_forms or governments_named(word):
            continue  # 추민완(사진) 예시대 교수, 채윤슬 도 농업정책과장, 한도윤 전남도 부지사: a parenthesis or a government between
        bare = grammar().without_particle(PARENTHESISED_TAIL.sub("", word))
        role = role_of_word(bare)
        if role is not None:
            return role
        reach -= 1
        if reach == 0 or bare != word.split("(")[0] or not TITLE_WORD.fullmatch(bare):
            return None  # past a particle or punctuation: no longer the name's title phrase
    return None
