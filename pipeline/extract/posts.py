"""Speakers named by a post without a name: a body's post (``가람중학교 교감은``), a post of a body the article points
back to (``해당 학교 교감은``) and a bare post as a sentence's topic (``소장은``), each the person the article named with
that post when it did, else the post as written."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol

from pipeline.extract.quoted_spans import QuotedSpans
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import entity_cues, grammar, quote_cues
from pipeline.record import Article, Entity, Morpheme, Speaker

CONNECTIVE_TAG = "EC"  # 하 + 자 in 요구하자
MIN_BODY_WORD = 3  # syllables of a body's one-word name before a post: 야구 + 부


class Reader(Protocol):
    """What :class:`pipeline.extract.speakers.SpeakerFinder` offers the speaker modules (which speakers imports)."""

    article: Article
    text: str
    morphemes: Sequence[Morpheme]
    morpheme_starts: list[int]
    entities: list[Entity]
    quotes: QuotedSpans
    day_dates: list[tuple[int, int]]  # see unnamed_speakers.day_dates

    def quoted(self, position: int) -> bool: ...


def post_of_a_body(finder: Reader, phrase: str, start: int, title_start: int, title: str) -> list[Speaker]:
    """``가람중학교 교감은``: a body's post, with no name, right after the body: the person the article named
    before with that post at that body (``한도윤 가람FC 감독`` … ``가람FC 감독은``), else the post as written."""
    text = finder.text
    department = _department_before(finder, start)
    if department < start:  # 고흥군 우주항공과 | 담당 주무관은: a post of a government's department
        return [_holder_or_as_written(finder, text[department : title_start + len(title)], department, title)]
    body = next((e for e in finder.entities if e.label == "OG" and start == e.start and (e.end + 1 == title_start or _unit_between(text, e.end, title_start))), None)
    if body is None and (pointed := _post_of_a_body_pointed_to(finder, start, title_start, title)):
        return pointed
    if body is None and quote_cues().names_speakers(text[start : title_start - 1]):  # 주민 대표는: a group's post, as 도 관계자
        return [_holder_or_as_written(finder, phrase, start, title)]
    if body is None and text[start : title_start - 1] in quote_cues().post_modifiers:  # 담당 장학관은: the official in charge
        return [_holder_or_as_written(finder, phrase, start, title)]
    unit, _, office = text[start : title_start - 1].partition(" ")  # 군 농업기술센터 소장은: the government's office, as 시 관계자
    cues = entity_cues()
    if body is None and unit in cues.government_short_forms and office and (cues.institution.search(office) or cues.organisation.search(office)):
        return [_holder_or_as_written(finder, phrase, start, title)]
    if body is None and text[start : title_start - 1] in entity_cues().government_short_forms:  # 도 보건정책과장은: as 시 관계자
        return [Speaker(phrase, phrase, title, None, start, start + len(phrase))]
    if body is None and _named_like_a_body(text[start : title_start - 1]):  # 야구부 감독은: a club or society no entity holds
        holders = _holders_at(finder, text[start : title_start - 1], title, start)  # not the 감독 of another club
        return [Speaker(holders[-1].canonical if holders else phrase, phrase, title, None, start, start + len(phrase))]
    if body is None:  # 전통 시장은: a title word with no body before it is a common noun as often as a post; 권태산 국민의 힘 공보단장은
        return _bare_post(finder, phrase, start, title) if start == title_start else []
    word_before = text_word_start(text, max(start - 1, 0))
    if any(e.label == "PS" and e.start < title_start and word_before < e.end for e in finder.article.entities):
        return []  # 정가람 | 전국이장연합회 가람지부장 권한대행은: the title phrase of the name before it or in it
    affiliation = text[start : title_start - 1]  # the body, or the body and its unit (가람FC 유소년팀)
    holders = _holders_at(finder, affiliation, title, start) or (_heads_named(finder, body.text, title, start) if affiliation == body.text else [])
    name = holders[-1].canonical if holders else phrase
    return [Speaker(name, phrase, title, body.text, start, start + len(phrase))]


def _unit_between(text: str, body_end: int, title_start: int) -> bool:
    """``가람고 | 야구부 | 감독``: one word between a body and a post that names a unit of it (a club, a team)."""
    unit = text[body_end + 1 : title_start - 1]
    return text[body_end : body_end + 1] == " " and " " not in unit and _named_like_a_body(unit)


def _named_like_a_body(words: str) -> bool:
    """One word of a body's name, longer than a common noun of its kind (야구부, 청년회, 봉사단; not 회사, 본부)."""
    return len(words) >= MIN_BODY_WORD and words.isalpha() and bool(entity_cues().organisation.search(words))


def _holders_at(finder: Reader, affiliation: str, title: str, end: int) -> list[Entity]:
    """The people named before ``end`` with ``title`` and this ``affiliation`` printed right after their name (``한도윤
    가람FC 감독`` … ``가람FC 감독은``; not ``가람FC 유소년팀 감독은``, another post)."""
    text = finder.text
    return [e for e in finder.article.entities if e.label == "PS" and e.end <= end and e.role == title
            and text.startswith(affiliation + " ", text.find(" ", e.end) + 1)]


def _heads_named(finder: Reader, body: str, title: str, end: int) -> list[Entity]:
    """The person named with ``title`` in parentheses right after the body's name before ``end`` (``농업기술센터(소장 박하람)``
    … ``농업기술센터 소장은``: 박하람)."""
    opening = f"{body}({title}"
    return [e for e in finder.article.entities if e.label == "PS" and e.end <= end
            and finder.text.endswith((opening, opening + " "), 0, e.start)]


def _holder_or_as_written(finder: Reader, phrase: str, start: int, title: str) -> Speaker:
    """The one person the article named before with ``title`` (``박정민 주무관`` … ``우주항공과 주무관은``), else the post as written."""
    holders = {e.canonical for e in finder.article.entities if e.label == "PS" and e.end <= start and e.role == title}
    return Speaker(holders.pop() if len(holders) == 1 else phrase, phrase, title, None, start, start + len(phrase))


def _department_before(finder: Reader, start: int) -> int:
    """Where a government and its department written before ``start`` begin (``고흥군 우주항공과 | 담당 주무관``: the
    department's word ends in 과, 국, 실 or 팀, the government is an entity the article found); ``start`` when none are."""
    text = finder.text
    word_end = start - 1
    word_start = text_word_start(text, max(word_end, 0))
    if word_end <= 0 or text[word_end] != " " or not text[word_start:word_end].endswith(tuple(quote_cues().department_words)):
        return start
    government = next((e for e in finder.article.entities if e.label in ("OG", "LC") and e.end + 1 == word_start), None)
    return government.start if government is not None and government.kind is not None else start


def _post_of_a_body_pointed_to(finder: Reader, start: int, title_start: int, title: str) -> list[Speaker]:
    """``해당 학교 교감은``, ``이 업체 대표는``: a post of a body the article named before and now points to: the one person
    the article named with that post, else the post as written."""
    cues, text = quote_cues(), finder.text
    words = text[start : title_start - 1].split(" ")
    if len(words) > 2 and words[-1].endswith(tuple(cues.department_words)):
        words = words[:-1]  # 같은 병원 | 가정의학과 전문의: the body's department between the body and the post
    if words == [""] or words[-1] not in cues.post_body_nouns and words[-1] not in cues.post_building_nouns:
        return []
    if words[0] not in cues.referring_determiners:
        determiner = text_word_start(text, max(start - 1, 0))
        if text[determiner : start - 1] in cues.referring_determiners:
            start = determiner  # 이 | 학교 교장: the determiner was read apart from the noun phrase
        elif len(words) > 1:
            return []  # 공사 사업본부장은, after 가람개발공사, or 회사 대표는 alone: the body's kind alone points back to it as well
    phrase = text[start : title_start + len(title)]
    holders = [e for e in finder.article.entities if e.label == "PS" and e.end <= start and e.role == title]
    latest = holders[-1] if holders else None
    # The one holder, unless another post of that title came between (누리전자 대표는 …) or 같은 points to someone else there.
    resolved = latest is not None and len({e.canonical for e in holders}) == 1 and title not in text[latest.end + len(title) + 1 : start] \
        and not text.startswith(quote_cues().other_person_determiners, start)
    return [Speaker(latest.canonical if resolved else phrase, phrase, title, None, start, start + len(phrase))]


def _bare_post(finder: Reader, title: str, start: int, role: str) -> list[Speaker]:
    """``소장은`` opening its sentence (after a connective, a turning word such as 이에, or a clause that someone's turn
    closes, ``…요구하자``, at most) as its topic, with the article having named one person with that title before
    (``채다온 소장``): that person. Elsewhere, or with several holders, nobody."""
    sentence = next((s for s in finder.article.sentences if s.start <= start < s.end), None)
    opening = finder.text[sentence.start : start].strip().rstrip(",") if sentence else None
    topic = finder.text.startswith(tuple(grammar().topic_particles), start + len(title))  # 소장은; 군수가 is a clause's subject as often
    cues = quote_cues()
    dated = bool(opening) and opening.split()[-1] in cues.post_times  # 브리핑에서 당시 | 교통국장은: who held the post then
    if opening is None or opening and opening not in cues.carried and opening not in cues.turning_openers and not dated \
            and not _after_an_answered_clause(finder, start) and not _quote_said_before(finder, sentence.start if sentence else start, start) \
            or not topic:
        return []
    if dated:
        return [Speaker(title, title, role, None, start, start + len(title))]  # whoever held it then, as written
    holders = {e.canonical for e in finder.article.entities if e.label == "PS" and e.end <= start
               and (e.role == role or finder.text.endswith(f"({role} ", 0, e.start)  # also a body's head: 형사1부(재판장 한도윤 부장판사)
                    or _titled_before(finder.text, e, role))}  # and the title before the name: 마을 이장 한도윤(58)씨
    fused = {e.canonical for e in finder.article.entities if e.label == "PS" and e.end <= start and e.role and e.role.endswith(role)}  # 보건소장
    if not holders and not fused:  # 국회의장은: a post the article names no one with speaks as written
        return [Speaker(title, title, role, None, start, start + len(title))]
    holders = holders or fused  # 이은숙 상당보건소장 … 소장은: the one who holds the post fused with its body
    return [Speaker(holders.pop(), title, role, None, start, start + len(title))] if len(holders) == 1 else []


def _titled_before(text: str, person: Entity, role: str) -> bool:
    """Whether the person's name is printed right after ``role`` as a word of its own (``마을 이장 한도윤(58)씨``)."""
    end = person.start - 1
    return end > 0 and text[end] == " " and text[text_word_start(text, end) : end] == role


def _quote_said_before(finder: Reader, sentence_start: int, start: int) -> bool:
    """Whether the sentence opens with a quote and its quotative right before ``start`` (``"…"라고 | 도시건설과장은 해명했다``):
    the post is the subject that said it."""
    text, marks = finder.text, tuple(quote_cues().marks)
    before = text[sentence_start:start].rstrip()
    closing = sentence_start + max(before.rfind(mark) for mark in marks)
    if closing <= sentence_start or before[closing - sentence_start + 1 :] not in quote_cues().speech_followers or not finder.quoted(closing - 1):
        return False
    opening = max(text.rfind(mark, sentence_start, closing) for mark in marks)  # the quote's own opening mark
    lead = text[sentence_start:opening].rstrip() if opening >= sentence_start else None
    return lead is not None and (not lead or lead.endswith((".", "!", "?")))  # the quote opens the sentence as written


def _after_an_answered_clause(finder: Reader, start: int) -> bool:
    """Whether a clause that someone's turn closes ends right before ``start`` (``…요구하자 | 행정국장은``)."""
    index = bisect.bisect_left(finder.morpheme_starts, start) - 1
    ending = finder.morphemes[index] if index >= 0 else None
    return ending is not None and ending.tag == CONNECTIVE_TAG and ending.form in quote_cues().answered_endings \
        and not finder.text[ending.end : start].strip()
