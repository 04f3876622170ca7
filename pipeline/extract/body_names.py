"""A local body's name as a speaker: with the places written before it (``해남군 농업기술센터는``).

A press release names a district's office, centre or council after its government and township
(``가람군 솔내면 지역사회보장협의체``); the model reads the places as entities of their own, and the body
alone would leave it unclear whose centre speaks. The guideline writes such a speaker as the text gives it,
places included, as it does ``부산광역시 동구의회``; and two parties that speak as one subject, joined by 과/와
(``가람군과 나래시는 … 밝혔다``), people listed by commas before their one title (``한보람, 김다솜 전 시장은``), or three or more
each with their own (``한보람 전 의원과 김다솜 대표, 이누리 변호사는``), as printed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.language.aliases import heads_close
from pipeline.language.span_rules import korean_full_name
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import ends_speaker_title, entity_cues, known_names, quote_cues, role_of_word
from pipeline.record import Entity, Speaker

PLACE_LABELS = ("LC", "OG")
ORGANISATION_LABEL = "OG"
SPEAKER_LABELS = ("PS", "OG")  # who speaks by name: a person or a body
SHORT_FORM = re.compile(r"\([^()]*\)")  # a body's short form or note in parentheses after its name
AGE_BEFORE = re.compile(r"\(\d{1,3}\)$")
MAX_JOINT_TITLE_WORDS = 2  # 최 | 전 의원과 | 박 의원은: the first person's title between them
MAX_JOINT_CHARS = 4  # a comma with a space or two around it
MAX_TITLED_JOINT_CHARS = 24  # 김다솜 | (가람당) 전 부의장과 |: a title of two words, a note before it, the joint after it
MIN_TITLED_LISTED = 3  # people of a titled list; two are a joint party (최 의원과 박 의원은)

EntitiesByEnd = dict[int, list[Entity]]  # the entities ending at each position, in their order


def names_a_speaker_at(by_end: EntitiesByEnd, text: str, position: int) -> bool:
    """Whether a person or a body ends at ``position`` at the start of its paragraph, where no speaker before it can go on
    (``한벗여객 노동조합이 | …``): an entity, or a word ending like a body, where a subject may be no more than a noun
    (``시민들이``, ``방송이``)."""
    paragraph_start = text.rfind("\n", 0, position) + 1
    opening = text[paragraph_start:position].split(" ", 1)[0].rstrip(",")
    if "." in text[paragraph_start:position] or opening in quote_cues().carried or opening in quote_cues().turning_openers:
        return False  # not the paragraph's first sentence, or one that goes on from the speaker before (이어, 또)
    word = text[text_word_start(text, position) : position]
    return any(e.label in SPEAKER_LABELS for e in by_end.get(position, ())) or bool(entity_cues().institution.search(word)) \
        or word.endswith(tuple(e for e in entity_cues().organisation_endings if len(e) > 1))


def entities_by_end(entities: Sequence[Entity]) -> EntitiesByEnd:
    """The entities by where each ends, built once per article: the entity right before a name is looked up at
    its end rather than sought among all of them for every name."""
    by_end: EntitiesByEnd = {}
    for entity in entities:
        by_end.setdefault(entity.end, []).append(entity)
    return by_end


def with_its_places(body: Entity, entities: Sequence[Entity], text: str, by_end: EntitiesByEnd | None = None) -> str:
    """The body's canonical name with the local governments and townships written right before it, each
    one space apart and with no particle (``해남군 | 농업기술센터``), or the country of a state's body (``미국 |
    질병통제예방센터``); the name alone when there are none, when the body is itself a government or a person, a
    school, a hospital or a firm (``가람시 새솔병원``), or when a country stands before a company (``중국 | 가람그룹``, also taken as one entity: ``미국 워싱턴포스트``); a
    township with its county or city before it (``보성군 보성읍``)."""
    by_end = entities_by_end(entities) if by_end is None else by_end
    county = _right_before(body, by_end, text, _local_place)
    if county is not None and body.text.endswith(tuple(entity_cues().townships)) and not county.text.endswith(tuple(entity_cues().townships)):
        return f"{county.text} {body.text}"  # 보성군 | 보성읍은: the township of that county, as printed
    if body.label != "OG" or _local_place(body) or _names_its_place(body.text) or _speaks_by_its_own_name(body.canonical):
        return body.canonical
    full = next((e for e in entities if e.text == e.canonical == body.canonical and e.label == "OG"), None) if body.text != body.canonical else None
    if full is not None:
        return with_its_places(full, entities, text, by_end)  # NASA, short for 미국 항공우주국(NASA): named as in full
    country, _, name = body.canonical.partition(" ")
    known = known_names().get(name) if name and _country(country) else None
    if known is not None and known.canonical == name and not entity_cues().names_a_state_body(name):
        return name  # 미국 워싱턴포스트, taken as one: the paper, a name of its own; not 미국 민주당
    if body.start < 2 or text[body.start - 1] != " ":
        return body.canonical
    ending_at = {e.end: e for e in entities if e.end < body.start}
    country = ending_at.get(body.start - 1)
    if country is not None and _country(country.text) and entity_cues().names_a_state_body(body.text):
        return f"{country.text} {body.text}"
    start, places = body.start, []
    while (entity := ending_at.get(start - 1)) is not None and text[entity.end] == " " \
            and entity.label in PLACE_LABELS and _local_place(entity):
        places.insert(0, entity.text)
        start = entity.start
    return " ".join([*places, body.text]) if places else body.canonical


def _speaks_by_its_own_name(name: str) -> bool:
    """A school, a hospital, a firm or a club: no government's body, so no place printed before it is part of its name
    (``가람시 새솔병원은`` -> 새솔병원)."""
    cues = entity_cues()
    return name.endswith((*cues.own_name_endings, *cues.company_endings, *cues.club_endings)) or name.startswith(tuple(cues.company_marks))


def _right_before(body: Entity, by_end: EntitiesByEnd, text: str, kind: Callable[[Entity], bool]) -> Entity | None:
    """The entity of ``kind`` printed one space before ``body`` (보성군 | 보성읍, 미국 | 질병통제예방센터), or None."""
    return next((e for e in by_end.get(body.start - 1, ()) if text[e.end] == " " and kind(e)), None)


def _local_place(entity: Entity) -> bool:
    """A province, city, county, district, township or village: a government or its unit by name."""
    return _local_place_name(entity.text)


def _country(name: str) -> bool:
    """A country by name: a place the lexicon knows that may also act as a party, and no local government."""
    known = known_names().get(name)
    return known is not None and known.label == "LC" and "OG" in known.also and not known.government


def _names_its_place(name: str) -> bool:
    """A government's own body, or an office named after the city or county it serves, whose name opens with that
    place (순천시의회, 해남군청, 여수경찰서, also its committee or unit: 강릉시의회 기획행정위원회, 여수경찰서 형사과), or a station named after any place
    (가람경찰서): no place is added (not 전남 여수경찰서); a township's office keeps its county."""
    first, _, rest = name.partition(" ")
    if rest and first.endswith((*entity_cues().government_body_endings, *entity_cues().serving_office_endings)):
        return _names_its_place(first)  # 강릉시의회 기획행정위원회, 여수경찰서 형사과: a unit of the body
    ending = next((e for e in sorted(entity_cues().serving_office_endings, key=len, reverse=True) if name.endswith(e)), None)
    if " " not in name and ending and len(name) > len(ending) + 1 and name[: -len(ending)] not in entity_cues().direction_words:
        return True  # 가람경찰서; not 해양경찰서 alone, nor 동부경찰서 (광주 동부경찰서: the city names it)
    if name.endswith(tuple(entity_cues().government_body_endings)):
        return any(_local_place_name(name[:end]) for end in range(2, len(name)))
    return " " not in name and bool(entity_cues().institution.search(name)) and any(
        getattr(known_names().get(name[:end]), "government", False) for end in range(2, len(name)))  # not 월등면행정복지센터


def _local_place_name(name: str) -> bool:
    known = known_names().get(name)
    return known is not None and known.government or entity_cues().administrative_unit.search(name) is not None


def joint_subject(second: Entity, entities: Sequence[Entity], text: str, title_end: int | None = None,
                  by_end: EntitiesByEnd | None = None) -> str | None:
    """``가람군과 나래시는``, ``가람당과 나래당은``: the party printed right before ``second`` and joined to it by
    과/와, of the same kind (two people, or two bodies or governments), and both as printed; None without one.
    Two people keep their titles, the second's up to ``title_end`` (``최 의원과 박 전 의원은``); two bodies their short
    forms in parentheses (``유럽연합(EU)과 미국 질병통제예방센터(CDC)는``)."""
    by_end = entities_by_end(entities) if by_end is None else by_end
    if second.label == "PS" and (listed := _people_listed_before(second, by_end, text)) is not None:
        return SHORT_FORM.sub("", text[listed : second.end])  # 한보람, 김다솜, 이누리 전 시장은: the names as printed, their one title apart
    if second.label == "PS" and (listed := _titled_people_listed_before(second, by_end, text)) is not None:
        return SHORT_FORM.sub("", text[listed : title_end or second.end]).rstrip()  # 한보람 전 의원과 김다솜 대표, 이누리 변호사는
    first = _joint_party(second, entities, text, by_end)
    if first is None:
        return None
    short_form = title_end is not None and SHORT_FORM.fullmatch(text, second.end, title_end)  # 미국 질병통제예방센터(CDC)는
    printed = text[_printed_start(first, by_end, text) : title_end if title_end and (second.label == "PS" or short_form) else second.end]
    printed = SHORT_FORM.sub("", printed) if second.label == "PS" else printed  # 육상철(63)씨와 채명자(61)씨: no ages, no parties
    return SHORT_FORM.sub(lambda found: "" if heads_close(found.group(), 0) is not None else found.group(), printed).rstrip()  # no heads


def joint_party_start(second: Entity, entities: Sequence[Entity], text: str) -> int:
    """Where the party joined to ``second`` by 과/와 starts, as printed (``삼성전자와 | LG전자 측은``: both sides), else
    where ``second`` starts."""
    by_end = entities_by_end(entities)
    first = _joint_party(second, entities, text, by_end)
    return _printed_start(first, by_end, text) if first is not None else second.start


def _joint_party(second: Entity, entities: Sequence[Entity], text: str, by_end: EntitiesByEnd) -> Entity | None:
    """The party of the same kind (two people, or two bodies or governments) printed right before ``second`` and joined
    to it by 과/와."""
    kind = next((k for k in (("PS",), PLACE_LABELS) if second.label in k), ())
    place = _right_before(second, by_end, text, lambda e: _country(e.text) or second.label == "OG" and e.label == "LC")  # 미국 |
    # 질병통제예방센터, 대산읍 | 주민대책위원회: the body's place is printed with it
    opening = place.start if place is not None else _printed_start(second, by_end, text)
    if not text.endswith(tuple(j + " " for j in quote_cues().party_joints), 0, opening):
        return None  # no 과/와 right before it: no words between a party and it can join them (see _joined)
    return next((e for e in entities if e.end < opening and e.label in kind and _joined(text[e.end : opening], e.label)), None)


def _people_listed_before(last: Entity, by_end: EntitiesByEnd, text: str) -> int | None:
    """Where a list of people's names ending in ``last`` starts, the names apart by commas or middle dots alone
    (``한보람, 김다솜, 이누리``, ``한보람·김다솜``, also one the model read as a body or a place); None when no name stands
    right before it so."""
    start = None
    while (joint := _list_joint().search(text, max(0, last.start - MAX_JOINT_CHARS), last.start)) is not None:
        age = AGE_BEFORE.search(text, 0, joint.start())  # 육상철(63)·채명자: the age between the name and the mark
        before = next((e for e in by_end.get(age.start() if age else joint.start(), ()) if e.label == "PS"
                       or korean_full_name(e.text) and e.text not in known_names()), None)  # 한보람 read as a body: a name in the list
        if before is None:
            break
        start, last = before.start, before
    return start


def _titled_people_listed_before(last: Entity, by_end: EntitiesByEnd, text: str) -> int | None:
    """Where a list of three or more people ending in ``last`` starts, each with a title of their own and joined by a comma
    or 과/와 after it (``한보람 전 의원과 김다솜 대표, | 이누리 변호사``); None for fewer (two are a joint party)."""
    start, people = None, 1
    while (before := _titled_person_before(last, by_end, text)) is not None:
        start, last, people = before.start, before, people + 1
    return start if people >= MIN_TITLED_LISTED else None


def _titled_person_before(person: Entity, by_end: EntitiesByEnd, text: str) -> Entity | None:
    """The person named right before ``person`` with a title and a comma or 과/와 between them (``김다솜 대표, | 이누리``)."""
    for end in range(person.start - 1, max(0, person.start - MAX_TITLED_JOINT_CHARS), -1):
        before = next((e for e in by_end.get(end, ()) if e.label == "PS"), None)
        joint = _titled_joint().fullmatch(text, end, person.start) if before is not None else None
        if joint is not None and ends_speaker_title(joint.group("title").split()[-1]):
            return before
    return None


@functools.cache
def _titled_joint() -> re.Pattern[str]:
    """A person's title (one or two words, past an age or a party in parentheses) and the comma or 과/와 after it."""
    joints = "|".join(map(re.escape, quote_cues().party_joints))
    return re.compile(rf"(?:\([^()]*\))?(?P<title>(?:\s+[^\s,]+){{1,{MAX_JOINT_TITLE_WORDS}}}?)(?:\s*,\s*|(?:{joints})\s+)$")


@functools.cache
def _list_joint() -> re.Pattern[str]:
    """The comma or middle dot between two names of a list, at the end of the text searched."""
    dots = "".join(map(re.escape, quote_cues().phrase_joints))
    return re.compile(rf"(?:\s*,\s*|[{dots}])$")


def _printed_start(party: Entity, by_end: EntitiesByEnd, text: str) -> int:
    """Where a party's name starts as printed: at its county or city when it is a township (``담양군 | 창평면``)."""
    townships = tuple(entity_cues().townships)
    county = _right_before(party, by_end, text, _local_place) if party.text.endswith(townships) else None
    return county.start if county is not None and not county.text.endswith(townships) else party.start


def _joined(between: str, label: str) -> bool:
    """Whether the words between two parties join them: 과/와, after the first one's title when a person's (``의원과``),
    or after its short form in parentheses (``세계보건기구(WHO)와``)."""
    between = SHORT_FORM.sub("", between, count=1) if between.startswith("(") else between
    joint = next((j for j in quote_cues().party_joints if between.endswith(j + " ")), None)
    if joint is None:
        return False
    title = between[: -len(joint) - 1].split()
    glued = title == [between[: -len(joint) - 1]] and title[0] in entity_cues().anonymised_suffixes  # 육상철(63)씨와 | 채명자(61)씨는
    return not title if label != "PS" else not title or len(title) <= MAX_JOINT_TITLE_WORDS and ends_speaker_title(title[-1]) \
        and (between.startswith(" ") or glued)


def body_named_in_full(entities: Sequence[Entity], speaker: Speaker | None) -> Speaker | None:
    """A phrase that opens with a body the entities name by a short form, and goes on with its unit (``대구지검
    여성아동범죄조사부``), names the body in full, as the body alone or a unit the entity holds does (``대구지방검찰청
    여성아동범죄조사부``); the people of a body keep the words they were named by (``서울시 관계자``)."""
    if speaker is None or speaker.start is None:
        return speaker
    body = next((e for e in entities if e.start == speaker.start and e.label == ORGANISATION_LABEL and e.canonical != e.text
                 and speaker.name.startswith(e.text + " ")), None)
    unit = speaker.name[len(body.text) + 1 :] if body is not None else ""
    if not unit or " " in unit or not unit.endswith(entity_cues().organisation_endings) or quote_cues().is_speaker_noun(unit) \
            or role_of_word(unit) is not None:
        return speaker  # 서울시 관계자, 서울시 공무원, 민주당 의원, 산업부 한 관계자: people, named as written
    return replace(speaker, name=f"{body.canonical} {unit}")
