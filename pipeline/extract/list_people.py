"""Whether a list's item is a person: what a count of people (``등 3명``) needs of every item.

A name the model labelled, a Korean name before its title phrase (``한도윤 감사담당관``), or a
foreign name of two words before one (``다나카 유키 시의회 의장``), which the model often misses.
"""

from __future__ import annotations

import re

from pipeline.lexicon import ends_speaker_title, entity_cues, list_cues, name_like, titles
from pipeline.record import Article, Item

JOINING_TAG = "JC"  # kiwipiepy's tag of 와/과 joining two nouns
CLOSING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")  # 윤채아 부녀회장(봉사), 한도윤(1998년): a note after the item
NAME_WORD = re.compile(r"[가-힣]{1,4}")
NAME_TAGS = ("NNP",)
FOREIGN_NAME_WORDS = 2  # 다나카 | 유키: a family and a given name


def people_named(article: Article, item: Item, *, counted_as_people: bool = False) -> int:
    """How many people the item names: both sides' when 와/과 joins people (``황보람 교수와 한도윤 연구원``; not ``정하람 교장과
    교사``: a group), as many as the names apart by middle dots before one title, one when it is a person, else none. Among items
    a count of people counts (``counted_as_people``), a name the model took for a place is one too (``한도윤, 박보람 등 2명``)."""
    text = article.text
    joint = next((m for m in article.morphemes if item.start < m.start and m.end < item.end and m.tag == JOINING_TAG
                  and text[m.end : m.end + 1] == " "), None)
    if joint is None:
        person = is_person(article, item) or counted_as_people and _name_read_as_another_entity(article, item)
        return _names_between_dots(article, item) if person else 0
    first, second = Item(item.start, joint.start, text[item.start : joint.start]), Item(joint.end + 1, item.end, text[joint.end + 1 : item.end])
    both = [people_named(article, part, counted_as_people=counted_as_people) for part in (first, second)]
    return sum(both) if all(both) else 0


def _name_read_as_another_entity(article: Article, item: Item) -> bool:
    """A word shaped like a Korean name that kiwipiepy reads as a proper noun and the model labelled as something else
    (``한도윤``: LC); not a common noun of people (``정비사``, ``조종사``), which a count of people counts as kinds, nor a
    government (``김해시``)."""
    bare = CLOSING_PARENTHESIS.sub("", item.text)
    inside = [m for m in article.morphemes if item.start <= m.start and m.end <= item.start + len(bare)]
    return name_like(bare) and bare[-1] not in entity_cues().administrative_units and bool(inside) and all(m.tag.startswith(NAME_TAGS) for m in inside) \
        and any(e.start <= item.start and item.start + len(bare) <= e.end for e in article.entities)


def _names_between_dots(article: Article, item: Item) -> int:
    """The names a person's item holds apart by middle dots before their title (``가람당 한도윤·박보람 의원``, ``가람당 한도윤·나래당
    박보람 의원``: two), else one; not a title's words apart by a dot (``한국·일본 경제협회장``), which the model reads as another
    entity's."""
    parts = list_cues().middle_dot.split(item.text)
    names = [part.split()[-1] for part in parts[:-1] if part.split()]
    if len(parts) < 2 or len(names) != len(parts) - 1 or not all(map(name_like, names)):
        return 1
    others = [e for e in article.entities if e.label != "PS" and item.start <= e.start < item.end]
    return 1 if any(e.text in names for e in others) else len(parts)  # 한국: a place to the model, not a name


def is_person(article: Article, item: Item) -> bool:
    """Whether the item is a person: a name (an entity labelled PS covers it, or a surname opens it before a title the model
    missed), or a name and its title phrase (``한도윤 감사담당관``, ``김다온 전 보람시 감사담당관``), maybe after what it was chosen
    for."""
    text = article.text
    bare = CLOSING_PARENTHESIS.sub("", item.text)
    words = bare.split()
    if not words:
        return False  # (4~6학년): a note alone, no one
    last_word, bare_end = words[-1], item.start + len(bare.rstrip())  # 윤채아 부녀회장(봉사): the title, then what for
    titled = len(words) > 1 and ends_speaker_title(last_word)
    return titled and (name_like(words[0]) or _foreign_name_opens(article, item.start, words)) \
        or any(e.label == "PS" and (e.start <= item.start and bare_end <= e.end + 1 or item.start <= e.start < item.end and ends_speaker_title(last_word)
                                    or item.start < e.start and e.end == bare_end and _job_before(text, item.start, e.start))  # 배우 | 정하람
               for e in article.entities)  # 산업 부문 | 강도현 가야정밀 대표; 박지후(새미래당), 박지후(52): the name, a note after it


def _job_before(text: str, start: int, name_start: int) -> bool:
    """Whether the words before a name are its holder's job or title (배우 | 정하람, 영화감독 | 한도윤)."""
    words = text[start:name_start].split()
    return len(words) == 1 and (words[0] in titles().before_name or ends_speaker_title(words[0]))


def _foreign_name_opens(article: Article, start: int, words: list[str]) -> bool:
    """``다나카 유키 | 시의회 의장``: two short words kiwipiepy reads as proper nouns alone, one with a syllable only
    transliterations hold, then the title phrase; not a place and a body (``가나자와 | 시청 관계자``: the body's word is
    no proper noun)."""
    if len(words) <= FOREIGN_NAME_WORDS or not all(NAME_WORD.fullmatch(word) for word in words[:FOREIGN_NAME_WORDS]):
        return False
    end = start + len(" ".join(words[:FOREIGN_NAME_WORDS]))
    inside = [m for m in article.morphemes if start <= m.start and m.end <= end]
    return bool(inside) and all(m.tag.startswith(NAME_TAGS) for m in inside) \
        and any(entity_cues().transliteration.search(word) for word in words[:FOREIGN_NAME_WORDS])
