"""Places the model missed, ran together or read as something else: the parts of an address (``돌산읍 | 우두리``), a place
joined to another with its ending (``장안읍과 | 일광읍``) or before the area around it (``해미읍성 | 일원에서``), regions abroad
after their country (``프랑스 | 리옹에서``), events read as bodies (``악양면 대봉감 축제``) and a government with a short
place particle glued (``김천서``), a township read as a person (``해룡 | 면의``); and a body or place named again where the model
found nothing."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.entity_spans import NAMED_LABELS, WORD, common_nouns, cut_to
from pipeline.language.government_spans import names_a_market
from pipeline.language.occurrences import word_occurrences
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import entity_cues, governments_named, grammar, known_names, list_cues, quote_cues
from pipeline.lexicon.files import alternation
from pipeline.record import Entity, Morpheme

PAIRED_NAME_CHARS = 2  # 일광 + 읍: a place's name of two syllables or more before its ending (not 측 + 면, a common noun)
PROPER_NOUN = "NNP"
TRAILING_MARKS = re.compile(r"[^\w]+$")
LOCAL_GOVERNMENT = "local"  # a city, county or district; not a province or metropolitan city
MIN_NAME_THROUGHOUT = 4  # 가람문화재단, 보람제철소: a name long enough to be one wherever printed (not 도, 선대위)
RANGE_MARKS = re.compile(r"[~∼·,/(]")  # 가람역~나래역, 가람역(배차 15분): what ends a place's word besides a space


def places_in_townships(entities: Sequence[Entity]) -> list[Entity]:
    """``돌산읍 우두리``, ``애월읍 곽지해수욕장``, ``흥덕구 오송역``: a township or district and a place in it, which the model
    read as one place (or, two parts of an address, as a body), are two places, as an address's other parts are."""
    cues = entity_cues()
    endings = (*cues.places_in_townships, *cues.name_free_place_endings, *cues.place_word_endings)
    found: list[Entity] = []
    for entity in entities:
        words = entity.text.split(" ")
        unit, place = words if len(words) == 2 else ("", "")
        village = place.endswith(cues.village_ending) and not unit.endswith(cues.townships)  # 리 after 읍/면 only (not 종로구 인사동 거리)
        address = entity.label == "OG" and _named_unit(place, cues.address_units)  # 교동면 대룡리 (노인회장): no body, whatever the model read
        person = entity.label == "PS" and unit.endswith(cues.townships)  # 남면 금오도, 비금면 수대리: read as a person
        if entity.label != "LC" and not address and not person or not _named_unit(unit, cues.address_units) or not _named_unit(place, endings) or village \
                or place in cues.street_nouns:
            found.append(entity)
            continue
        found += [replace(cut_to(entity, entity.start, unit), label="LC"), replace(cut_to(entity, entity.end - len(place), place), label="LC")]
    return found


def townships_read_as_people(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``해룡 | 면의``: a person the model read in a township's name, the township's ending kiwipiepy split off right after it
    (a common noun 면, 읍) and then a particle or the word's end, is the township, LC (names no dictionary holds split so); so
    is a person of three syllables or more the model read ending in 면 or 읍 itself."""
    starts = [m.start for m in morphemes]
    found = []
    for entity in entities:
        index = bisect.bisect_left(starts, entity.end)
        ending = morphemes[index] if entity.label == "PS" and index < len(morphemes) and starts[index] == entity.end else None
        after = morphemes[index + 1] if ending is not None and index + 1 < len(morphemes) else None
        word_ends = after is None or after.start > ending.end or after.tag.startswith("J")
        if ending is not None and ending.form in entity_cues().townships and ending.tag == "NNG" and word_ends and len(entity.text) >= PAIRED_NAME_CHARS:
            entity = replace(entity, end=ending.end, text=text[entity.start : ending.end], label="LC", canonical=text[entity.start : ending.end], role=None)
        elif entity.label == "PS" and _township_read_as_a_person(entity, text):
            entity = replace(entity, label="LC", canonical=entity.text, role=None)  # 원삼면 주민
        found.append(entity)
    return found


def villages_read_as_people(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A "person" ending in an address's unit (리, 동, 면, 읍) is the place, LC, before its residents (``가온리 주민``) and
    between a person's name and the title of that unit's head (``도해솔 | 가온리 | 이장``: the place they head); not a name
    alone before the title (``김재동 이장``)."""
    cues, found = entity_cues(), list(entities)
    for index, entity in enumerate(entities):
        before = entities[index - 1] if index else None
        headed = before is not None and before.label == "PS" and text[before.end : entity.start] == " " and entity.role in cues.unit_heads \
            and text.startswith(f" {entity.role}", entity.end)
        word = WORD.match(text, entity.end + 1) if text[entity.end : entity.end + 1] == " " else None
        residents = word is not None and grammar().without_particle(word.group()) in cues.resident_nouns
        if entity.label == "PS" and entity.text.endswith(cues.address_units) and (headed or residents or _one_of_its_places(entity, text)):  # not 주민자치회장, 시민기자
            found[index] = replace(entity, label="LC", canonical=entity.text, role=None)
    return found


def _one_of_its_places(entity: Entity, text: str) -> bool:
    """``부전동의 한 다세대주택``: one of the place's buildings or homes, picked out by 한 after its 의 (not ``김재동의 한 측근``,
    one of a person's people, nor ``김성동의 한 작품``, one of their works)."""
    picked = _one_of().match(text, entity.end)
    return picked is not None and picked.group("determiner") in quote_cues().unnamed_determiners \
        and entity_cues().endings("home_nouns").longest(grammar().without_particle(picked.group("noun"))) is not None


@functools.cache
def _one_of() -> re.Pattern[str]:
    return re.compile(rf"{re.escape(list_cues().possessive)} (?P<determiner>\S+) (?P<noun>\S+)")


def _township_read_as_a_person(entity: Entity, text: str) -> bool:
    """A word of three syllables or more ending in a township's 면 or 읍, with no person's mark after it (씨, an age, a job
    title; its residents are no title: ``원삼면 주민``): the township, few given names ending so (김종면(62)씨: a person)."""
    cues = entity_cues()
    return entity.text.endswith(tuple(cues.townships)) and len(entity.text) > PAIRED_NAME_CHARS \
        and not text.startswith(cues.person_markers_after, entity.end) and (entity.role is None or entity.role in cues.resident_nouns)


def places_paired_with_places(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``장안읍과 | 일광읍``, ``고제면, 웅양면``, ``가람역·보람역``: a word the model left unread, joined by 과/와, a comma or a
    list mark to a place with the same township's or venue's ending, is a place too, and so is the next one along; a venue's
    word only when kiwipiepy reads a proper noun there (not 부산역과 | 환승역)."""
    cues = entity_cues()
    joints = (*(j + " " for j in grammar().conjunctive_particles), ", ", ",", *cues.place_list_marks)
    starts = [m.start for m in morphemes]
    found = sorted(entities, key=lambda e: e.start)
    for place in found:  # grows as it goes: a place found is joined to the next
        ending = cues.endings("paired_place_endings").longest(place.text, min_stem=1)  # no ending ends another
        joint = next((j for j in joints if text.startswith(j, place.end)), None) if place.label == "LC" and " " not in place.text else None
        word = WORD.match(text, place.end + len(joint)).group() if joint is not None and ending is not None else ""
        bare = grammar().without_particle(word)
        start = place.end + len(joint or "")
        first = bisect.bisect_left(starts, start)
        proper = first < len(morphemes) and morphemes[first].start == start and (morphemes[first].tag == PROPER_NOUN or morphemes[first].oov)
        named = proper or bare.endswith(cues.townships)  # not 환승역, 무역항: a common noun and the ending
        if _named_unit(bare, (ending,) if ending else ()) and len(bare) >= len(ending or "") + PAIRED_NAME_CHARS and bare.isalpha() and named \
                and not any(e.start < start + len(bare) and start < e.end for e in found):
            found.append(Entity(start, start + len(bare), bare, "LC", bare, "rule"))
    return sorted(found, key=lambda e: e.start)


def places_before_areas(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme]) -> list[Entity]:
    """``해미읍성 | 일원에서``, ``풍천면 | 일대``, ``서산버스터미널 | 인근``: a word the model left unread, with a place's
    ending after a name of two syllables or more (or a proper noun of three or more alone: ``구드래 | 일원``), before a word
    of the area around it, is that place; when kiwipiepy reads its name as a proper noun or it is a township or a village (not
    시골마을, 고속버스터미널, 경사면: common nouns; not 서울시장 주변, a mayor's)."""
    cues = entity_cues()
    endings = (*cues.townships, cues.village_ending, *cues.name_free_place_endings, *cues.place_word_endings, *cues.places_in_townships)
    areas = rf" (?:{alternation(cues.place_area_words)})"
    starts = [m.start for m in morphemes]
    found = list(entities)
    for area in re.finditer(areas, text):
        start = text_word_start(text, area.start())
        word = text[start : area.start()]
        ending = max((e for e in endings if word.endswith(e)), key=len, default="")
        first = morphemes[bisect.bisect_left(starts, start)] if bisect.bisect_left(starts, start) < len(morphemes) else None
        inside = morphemes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, area.start())]
        one_noun = len(inside) == 1 and not inside[0].oov and inside[0].tag != PROPER_NOUN  # 경사면, 가장자리: a dictionary noun
        named = first is not None and first.start == start and first.tag == PROPER_NOUN or word.endswith((*cues.townships, cues.village_ending)) and not one_noun
        proper = len(inside) == 1 and inside[0].tag == PROPER_NOUN and len(word) > PAIRED_NAME_CHARS  # 구드래 일원, 화개장터 일원: a name alone
        area_word = grammar().without_particle(WORD.match(text, area.start() + 1).group())  # 일원에서, not 일대기
        if (ending and len(word) - len(ending) >= PAIRED_NAME_CHARS or proper) and word.isalpha() and named and area_word in cues.place_area_words \
                and word not in cues.street_nouns and not _a_mayor(word) and not any(e.start < area.start() and start < e.end for e in found):
            found.append(Entity(start, area.start(), word, "LC", word, "rule"))
    return sorted(found, key=lambda e: e.start)


def events_read_as_bodies(entities: Sequence[Entity]) -> list[Entity]:
    """``악양면 대봉감 축제``: words the model read as a body that end in an event's noun (축제, 박람회) name an event, no
    body; a township or district opening them is the place it is held."""
    cues = entity_cues()
    found: list[Entity] = []
    for entity in entities:
        words = entity.text.split(" ")
        if entity.label != "OG" or len(words) < 2 or words[-1] not in cues.event_nouns:
            found.append(entity)
            continue
        if _named_unit(words[0], cues.address_units):
            found.append(replace(cut_to(entity, entity.start, words[0]), label="LC"))
    return found


def facilities_read_as_bodies(entities: Sequence[Entity]) -> list[Entity]:
    """``포항역``, ``가람버스터미널``, ``울산대교``, ``대덕특구`` read as bodies: facilities, places (the body that runs one
    is named apart, ``가람역사``, ``한국공항공사``)."""
    endings = entity_cues().endings("facility_endings")
    named = lambda word: endings.shortest(word, PAIRED_NAME_CHARS) is not None \
        and not word.endswith(entity_cues().company_endings)  # not 포항, nor 세창무역, a company
    return [replace(e, label="LC") if e.label == "OG" and " " not in e.text and named(e.text) else e for e in entities]


def foreign_regions_as_places(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``프랑스 | 리옹에서``, ``중국 | 장쑤성을 방문했다``: a region or city written right after its country, which the model
    read as a body, is a place where a place's particle or a verb of going there follows, as a government is (한국의
    governments take their role from :func:`pipeline.language.span_rules.government_label`; abroad, only this)."""
    cues = entity_cues()
    countries = {(e.end, e.label) for e in entities if (name := known_names().get(e.text)) is not None and not name.government
                 and name.label == "LC" and "OG" in name.also}
    found = []
    for entity in entities:
        after = text[entity.end :]
        particle = next((p for p in sorted(cues.government_place_particles, key=len, reverse=True) if after.startswith(p + " ")), None)
        visited = after[:1] in quote_cues().object_particles and after[1:].lstrip().startswith(cues.place_object_verbs)
        abroad = entity.label == "OG" and (entity.start - 1, "LC") in countries and text[entity.start - 1 : entity.start] == " " \
            and " " not in entity.text and not cues.organisation.search(entity.text)  # not 미국 특허청에: the state's body
        region = entity.text.endswith(cues.foreign_region_endings) or after.startswith(cues.venue_of_events)  # 리옹에서 열린; not 지멘스에서
        found.append(replace(entity, label="LC") if abroad and region and (particle is not None or visited) else entity)
    return found


def governments_with_a_place_particle(entities: Sequence[Entity]) -> list[Entity]:
    """``김천서 열린``, ``울산서 사고가``: a government with 에서 written short (서) glued to it, which the model took into
    the name, is the government as a place, without the particle."""
    short = entity_cues().short_place_particle
    found = []
    for entity in entities:
        name = known_names().get(entity.text[: -len(short)]) if entity.text.endswith(short) and entity.label in NAMED_LABELS else None
        placed = name is not None and name.government and known_names().get(entity.text) is None
        found.append(replace(cut_to(entity, entity.start, entity.text[: -len(short)]), label="LC") if placed else entity)
    return found


def _named_unit(word: str, endings: Sequence[str]) -> bool:
    """A word of a name and one of ``endings`` after it (돌산 + 읍), not the ending alone."""
    return any(word.endswith(ending) and len(word) > len(ending) for ending in endings)


def names_throughout(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """``가람문화재단`` … ``가람문화재단이``: a body or place the model found once by a name of its own is that body or
    place wherever the article prints the name again as a word of its own where nothing was found (a headline, a quote,
    a second mention): one name, one entity. Not a government or a country, whose label follows its role in each
    sentence, nor a name the article's entities read both ways, nor common nouns (공동 연구)."""
    starts = [m.start for m in morphemes]
    labels: dict[str, set[str]] = {}
    first: dict[str, Entity] = {}
    for entity in entities:
        if entity.label in ("OG", "LC") and in_article(entity.start):
            labels.setdefault(entity.text, set()).add(entity.label)
            first.setdefault(entity.text, entity)
    found = list(entities)
    for name, entity in first.items():
        known = known_names().get(name)
        if len(labels[name]) > 1 or len(name) < MIN_NAME_THROUGHOUT or known is not None and (known.government or len(known.labels) > 1) \
                or common_nouns(entity.start, entity.end, morphemes, starts) or not _named_so(entity, morphemes, starts):
            continue
        for start, rest in word_occurrences(name, text):
            end = start + len(name)
            if rest and rest not in grammar().particles or not in_article(start) or any(e.start < end and start < e.end for e in found):
                continue
            found.append(Entity(start, end, name, entity.label, entity.canonical, "rule"))
    return sorted(found, key=lambda e: e.start)


def numbered_quarters(entities: Sequence[Entity], text: str, in_article: Callable[[int], bool]) -> list[Entity]:
    """``청학1동``, ``봉래2동에``, ``청학1·2동``: a neighbourhood numbered after its name, one word (the analyser cuts it into the name,
    the number and 동); not a building's number, alone (``주택 17동``) or glued to its kind (``축사2동``). What the model read inside
    the word gives way."""
    found = list(entities)
    for match in _numbered_quarter().finditer(text):
        start, end = match.span("name")
        rest, kind = match.group("rest"), match.group("name").rstrip("0123456789·" + "".join(entity_cues().quarter_endings))
        if not in_article(start) or rest and rest not in grammar().particles or kind.endswith(tuple(entity_cues().building_words)):
            continue  # 축사2동: a building's number
        found = [e for e in found if not (e.start < end and start < e.end)] + [Entity(start, end, match.group("name"), "LC", match.group("name"), "rule")]
    return sorted(found, key=lambda e: e.start)


@functools.cache
def _numbered_quarter() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w·])(?P<name>[가-힣]{{2,4}}\d{{1,2}}(?:·\d{{1,2}})*{alternation(entity_cues().quarter_endings)})(?P<rest>[가-힣]{{0,2}})(?![\w])")


def _glued_nouns_start(morphemes: Sequence[Morpheme], index: int) -> int:
    """The first of the one-syllable nouns glued together up to ``index`` (``풍 + 천`` before 면); ``index`` itself when the
    morpheme before is not one."""
    first = index
    while first > 0 and morphemes[first - 1].end == morphemes[first].start and len(morphemes[first - 1].form) == 1 \
            and len(morphemes[first].form) == 1 and morphemes[first - 1].tag in (PROPER_NOUN, "NNG"):
        first -= 1
    return first


def places_out_of_the_dictionary(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """``호명읍``, ``남원읍 위미리``, ``강진역에서``: one word that kiwipiepy's dictionary does not hold, read as one noun, with a
    town's or a village's ending (읍, 마을, 폭포) is that place where the model found nothing; with a venue's (역, 항, 섬, …),
    with a place's particle or the place around it (not 지하화역 설치, 에너지섬을: coinages); with a township's, village's or quarter's (면, 리, 동), which common nouns and given names end in
    too (가격면, 브루어리, 홍길동), only after a government or township or before the area's word (not 활동, 관리: dictionary
    words)."""
    cues = entity_cues()
    evident, venues = tuple(cues.self_evident_place_endings), tuple(cues.name_free_place_endings)
    named_too, townships = (cues.village_ending, *cues.quarter_endings, *cues.townships), frozenset(cues.townships)
    found = list(entities)
    last = len(morphemes) - 1
    for index, m in enumerate(morphemes):
        after = morphemes[index + 1] if index < last else None
        kind = m.form.startswith(cues.crossing_kind_words)  # 연륙대교, 하이패스나들목: a kind of crossing, no name
        crossing = not kind and ((m.tag == PROPER_NOUN or m.oov) and any(m.form.endswith(e) and len(m.form) >= len(e) + 2 for e in cues.crossing_endings)
                                 or m.tag == PROPER_NOUN and any(m.form.endswith(e) and len(m.form) >= len(e) + 2 for e in venues))  # not 에너지섬
        if crossing:
            m = replace(m, oov=True)  # 신가람대교, 보람터널: one noun, whatever the dictionary holds
        if not m.oov and (after is None or after.form not in townships):
            continue  # most morphemes: known words with no township after them
        if after is not None and after.start == m.end and after.form in townships and m.tag in (PROPER_NOUN, "NNG"):
            first = _glued_nouns_start(morphemes, index)  # 풍 + 천 + 면: syllables read apart
            if len(m.form) > 1 or first < index:
                m = replace(m, form=text[morphemes[first].start : after.end], start=morphemes[first].start, end=after.end, oov=True)  # 호명 + 읍
        if not m.oov or m.tag not in (PROPER_NOUN, "NNG") or len(m.form) < MIN_NAME_THROUGHOUT - 1:
            continue  # most morphemes: tested before the word is read
        word = WORD.match(text, m.start).group()
        if not word.startswith(m.form) or not in_article(m.start) or any(e.start < m.end and m.start < e.end for e in found):
            continue
        rest = RANGE_MARKS.split(word[len(m.form) :], maxsplit=1)[0]  # 가람역~나래역, 가람역(배차 …): the place ends at the mark
        endings = (*evident, *named_too)  # not a venue's: 북극항로 is a route
        if not rest and not m.form.endswith((*endings, *venues)):  # 풍천면과, read as one noun: the place, then its particle
            stem = next((m.form[: -len(p)] for p in grammar().particles if m.form.endswith(p) and m.form[: -len(p)].endswith(endings)), m.form)
            m, rest = replace(m, form=stem, end=m.start + len(stem)), m.form[len(stem) :]
        if rest and rest not in grammar().particles or m.form.endswith(cues.place_like_tails):
            continue  # 옥죽동민: more than the place; 여행안전지역: a common noun
        placed = _placed(m, rest, text, found)
        placed = placed or any(e.text == m.form and e.label == "LC" for e in found)  # 안동시 풍천면 … 풍천면 쪽: named before
        if m.form.endswith(evident) or crossing or m.form.endswith(venues) and (placed or rest in cues.government_place_particles) or m.form.endswith(named_too) and placed:
            found.append(Entity(m.start, m.end, m.form, "LC", m.form, "rule"))
    return sorted(found, key=lambda e: e.start)


def markets_the_model_missed(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """``죽도시장에서``, ``주문진시장``: a word kiwipiepy reads as a proper name (or finds nowhere in its dictionary) ending in
    the word for a market, or a proper name or a county's glued to it (``기장시장``), is that market (a place) where the
    model found nothing or a person that starts with it (``죽도시장 상인회``); not a city's mayor (``부산시장``) nor a
    country's or region's trade (``미국시장``, ``수도권시장``), nor a common noun's (``노동시장``)."""
    market = entity_cues().market_word
    found = list(entities)
    for index, m in enumerate(morphemes):
        if not m.form.endswith(market):
            continue
        previous = morphemes[index - 1] if index else None
        if (m.tag == PROPER_NOUN or m.oov) and len(m.form) >= len(market) + PAIRED_NAME_CHARS:
            start = m.start  # 죽도시장: one proper noun, or one word out of the dictionary (주문진시장)
        elif m.form == market and previous is not None and previous.end == m.start and len(previous.form) >= PAIRED_NAME_CHARS \
                and (previous.tag == PROPER_NOUN or _county_or_district(previous.form)):
            start = previous.start  # 주문진 + 시장; 기장 + 시장, a county's name read as a common noun
        else:
            continue
        name = text[start : m.end]
        rest = TRAILING_MARKS.sub("", WORD.match(text, start).group()[len(name) :])  # 주문진시장, | 중앙시장
        overlapping = [e for e in found if e.start < m.end and start < e.end]
        misread = all(e.label == "PS" and e.start == start for e in overlapping)  # 죽도시장 상인회: no person
        if (start and not text[start - 1].isspace()) or rest not in ("", *grammar().particles) or not in_article(start) \
                or not misread or not names_a_market(name):
            continue
        found = [e for e in found if e not in overlapping] + [Entity(start, m.end, name, "LC", name, "rule")]
    return sorted(found, key=lambda e: e.start)


def _county_or_district(name: str) -> bool:
    """A county's, a district's or a city's short name (기장, 서초), not a province's (경기, also a common noun)."""
    named = governments_named(name)
    return bool(named) and all(g.kind == LOCAL_GOVERNMENT for g in named)


def _placed(morpheme: Morpheme, rest: str, text: str, entities: Sequence[Entity]) -> bool:
    """The area's word after the word, or a township or government right before it (a place's particle alone is no proof:
    가격면에서, 브루어리에서, 박하리로)."""
    cues = entity_cues()
    following = text[morpheme.end + len(rest) + 1 :].split(" ", 1)[0] if text[morpheme.end + len(rest) : morpheme.end + len(rest) + 1] == " " else ""
    before = any(e.end + 1 == morpheme.start and e.label in ("LC", "OG") for e in entities)
    return grammar().without_particle(following) in cues.place_area_words or before


def employers_before_officials(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme], in_article: Callable[[int], bool]) -> list[Entity]:
    """``대성오토텍 관계자는``: one proper noun of three syllables or more that kiwipiepy's dictionary does not hold, right before
    an official's noun, is the body the official speaks for, OG, though the model found nothing there (not 업계 관계자, 시
    관계자: common nouns, a short form; nor 세월호, 지스타, 갤럭시 관계자: a ship, an event, a product the dictionary knows)."""
    starts = [m.start for m in morphemes]
    found = list(entities)
    for noun in quote_cues().official_nouns:
        for at in (m.start() for m in re.finditer(rf"(?<=\S) {re.escape(noun)}", text)):
            start = text_word_start(text, at)
            inside = morphemes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, at)]
            word = text[start:at]
            if len(inside) == 1 and inside[0].tag == PROPER_NOUN and inside[0].oov and len(word) > PAIRED_NAME_CHARS and word.isalnum() and in_article(start) \
                    and known_names().get(word) is None and not any(e.start < at and start < e.end for e in found):
                found.append(Entity(start, at, word, "OG", word, "rule"))
    return sorted(found, key=lambda e: e.start)


def _named_so(entity: Entity, morphemes: Sequence[Morpheme], starts: list[int]) -> bool:
    """A proper name of a body or place: kiwipiepy reads a proper noun or Latin letters in it, and it ends as a body's or
    a place's name does (가람문화재단, 보람제철소; not 선대위, 인턴십)."""
    cues = entity_cues()
    inside = morphemes[bisect.bisect_left(starts, entity.start) : bisect.bisect_left(starts, entity.end)]
    ending = cues.organisation.search(entity.text) or cues.institution.search(entity.text) or cues.place.search(entity.text)
    return bool(ending) and any(m.tag in (PROPER_NOUN, "SL") for m in inside)


def _a_mayor(word: str) -> bool:
    """``서울시장``: a city's mayor (서울 + 시 + 장), not a market (죽도시장)."""
    cues = entity_cues()
    city = known_names().get(word[: -len(cues.market_word)] + cues.city_unit) if word.endswith(cues.market_word) else None
    return city is not None and city.government
