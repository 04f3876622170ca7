"""A headline's speaker written as a short noun phrase before its quote (``직장인들 "월급만 그대로"``,
``폭설 피해 영암군 "…"``): the phrase as written, or the government or body it ends in."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol

from pipeline.language.later_names import foreign_full_names, foreign_person_named
from pipeline.language.text_words import text_past_bullets
from pipeline.lexicon import entity_cues, grammar, is_job_title, quote_cues
from pipeline.record import Article, Entity, Morpheme, Paragraph, Speaker

MODIFIER_TAG = "ETM"
# What closes an adverbial before a headline's speakers: a case particle (폭락에, 현장에서) or a connective (앞두고).
ADVERBIAL_TAGS = ("JKB", "EC")
TIME_LABELS = ("DT", "TI")
PERSON = "PS"
MODIFIER_REACH = 24  # morphemes of a headline's part read for a modifier clause before its speakers
MAX_SETTING_RUN, MAX_SETTING_WORDS = 24, 3  # characters and words after a name, up to a quote's mark, that name where it was said
SHORT_HEADLINE_PHRASE, LONG_HEADLINE_PHRASE = 12, 16  # characters of a headline's speaker phrase, the longer when it ends naming speakers


class HeadlineReader(Protocol):
    """What these functions read of a :class:`~pipeline.extract.speakers.SpeakerFinder`."""

    article: Article
    text: str
    morphemes: Sequence[Morpheme]
    morpheme_starts: list[int]
    entities: list[Entity]
    places: list[Entity]

    def paragraph_of(self, position: int) -> int: ...

    def headline_part(self, paragraph: Paragraph, end: int) -> int: ...


def headline_phrase(finder: HeadlineReader, start: int, end: int) -> list[Speaker]:
    """``직장인들 "월급만 그대로"``: a headline made of a short noun phrase and a quote; the phrase
    is the speaker, as written (a name among the entities is found by the speaker finder's ``_headline_speaker``)."""
    marks = quote_cues().double_and_single_marks  # 정부 ‘…’ as 직장인들 “…”
    if finder.text[end : end + 1] not in marks:
        return []  # tested first: most spans end at no mark, and the headline's part need not be read
    paragraph = finder.article.paragraphs[finder.paragraph_of(start)]
    begin = text_past_bullets(finder.text, finder.headline_part(paragraph, end), end)  # Q. "…": a question's mark says nobody
    phrase = finder.text[begin:end].rstrip().removesuffix(",").rstrip()  # 가람면, "…"
    if begin >= start and not noun_phrase(finder, begin, begin + len(phrase)):
        begin = _past_modifier_clause(finder, begin, begin + len(phrase))  # 설 앞둔 | 가람시장 상인들 "…", 폭락에 | 농민들
        phrase = finder.text[begin:end].rstrip().removesuffix(",").rstrip()
    if not (begin >= start and noun_phrase(finder, begin, begin + len(phrase))):
        return []
    if phrase.endswith(quote_cues().measure_endings):
        return []  # 세종집무실 법안 "…": what the quote is about
    if phrase.split()[-1] in grammar().clause_nouns or any(e.label in TIME_LABELS and e.end == begin + len(phrase) for e in finder.article.entities):
        return []  # 선고 뒤 "…"는 항의가, 이날 "…": when the words were said, nobody who said them
    if phrase.split()[-1].removesuffix(quote_cues().short_place_particle) in quote_cues().speech_places:
        return []  # 행안위 국감서 "…": where the words were said
    inside = [e for e in finder.entities if begin <= e.start and e.end <= begin + len(phrase)]
    place_last = next((p for p in finder.places if p.end == begin + len(phrase)
                       and (p.start > begin or p.text.endswith(tuple(entity_cues().administrative_units)))), None)  # 경남도, not 포항: its people
    if place_last is not None and place_last.kind is not None:  # 폭설 피해 | 영암군 "…", 경남도 "…": a government speaks
        return [Speaker(place_last.canonical, place_last.text, None, None, place_last.start, place_last.end)]
    if any(e.label == "OG" and (e.start, e.end) == (begin, begin + len(phrase)) for e in inside):
        return []  # 가람자동차 노조 "…": one body, found with the entities and named in full (가람자동차 노동조합)
    unread = not inside and not any(begin <= p.start and p.end <= begin + len(phrase) for p in finder.places)  # no name the model read
    people = {e.canonical for e in finder.entities if e.label == "PS"}
    last = phrase.split()[-1]
    person = (last if last in people else foreign_person_named(phrase, foreign_full_names(people))) if unread else None
    if person is not None:  # 경선 탈락 | 옥재원 "…", 실바 "…", the model reading no name there: the person the body names in full
        return [Speaker(person, last, None, None, begin + len(phrase) - len(last), begin + len(phrase))]
    named = any(e.label == "PS" for e in inside) and is_job_title(phrase.split()[-1])  # 박 교수 "…", found with the entities
    # (not 김은채 박사팀 "…": a team)
    group = quote_cues().names_speakers(phrase.split()[-1]) and " " in phrase and not named  # 부산 국회의원 당선인들: people, a place their modifier
    post = " " in phrase and is_job_title(phrase.split()[-1]) and not named  # 가람당 의원 "…"
    person = next((e for e in inside if e.label == "PS"), None)
    if person is not None and phrase.endswith(" " + quote_cues().side_noun):  # 배우 | 가람 측 "…": the person's side, from the name
        return [Speaker(finder.text[person.start : begin + len(phrase)], finder.text[person.start : begin + len(phrase)], None, None,
                        person.start, begin + len(phrase))]
    if not group and not post and inside:
        return []  # 홍 "…": the name is the speaker, found with the entities
    return [Speaker(phrase, phrase, None, None, begin, begin + len(phrase))]


def runs_into_setting(text: str, position: int) -> bool:
    """``충북도의회 | 교육위 행감 "…"``: a name that runs on, without a particle, over a word or two into the sitting or audit a
    quote was said at (``행안위 국감서``) right before its opening mark: the setting's name, no speaker (not a body's own press
    conference, ``가람농민회 기자회견 "…"``)."""
    rest = text[position : position + MAX_SETTING_RUN]
    opening = min((at for mark in quote_cues().double_and_single_marks if (at := rest.find(mark)) > 0), default=None)
    words = rest[:opening].split() if opening is not None and rest.startswith(" ") else []
    return 0 < len(words) <= MAX_SETTING_WORDS and words[-1].removesuffix(quote_cues().short_place_particle) in quote_cues().sittings


def over_what(text: str, start: int, end: int) -> list[int]:
    """Where the words a headline's quote is over end (``새만금 예산 놓고 | "…"``): their names say nothing; none when a
    speaker is set off by a comma before them (``한도윤 지사, 새만금 예산 놓고 "…"``)."""
    words = (f" {word} " for word in quote_cues().headline_topic_connectives)
    found = [at + len(word) for word in words if (at := text.rfind(word, start, end)) >= 0]
    return [] if not found or "," in text[start : max(found)] else [max(found)]


def part_end(finder: HeadlineReader, close_mark: int, end: int) -> int:
    """Where the part of a headline that holds the quote closing at ``close_mark`` ends: at the next ellipsis
    (``"…"…한솔의료원 야간 진료 중단``: a body after it opens the next part and said nothing), unless the rest names
    a person (``"…"…탁명진 가람의료원장``, ``"…"…"…" 한도윤 시장 공약``: the speaker, set apart); else ``end``."""
    if not finder.article.paragraphs[finder.paragraph_of(close_mark)].is_headline:
        return end
    at = min((at for mark in grammar().ellipses if (at := finder.text.find(mark, close_mark, end)) >= 0), default=end)
    return end if any(e.label == PERSON and at < e.start < end for e in finder.entities) else at


def noun_phrase(finder: HeadlineReader, start: int, end: int) -> bool:
    """A short run of nouns (at most three words, 12 characters; four and 16 when the last names speakers:
    ``가람 소각장 반대 주민들``): a headline's speaker."""
    lead = finder.text[start:end].strip()
    last = lead.split()[-1] if lead else ""
    speakers = quote_cues().names_speakers(last)
    if not lead or len(lead) > (LONG_HEADLINE_PHRASE if speakers else SHORT_HEADLINE_PHRASE) or len(lead.split()) > 3 + speakers:
        return False
    if speakers and (last == lead or noun_phrase(finder, start, start + finder.text[start:end].rindex(last))):
        return True  # 어민들, which kiwipiepy may read as 어미 + 이 + ㄴ들
    index = bisect.bisect_left(finder.morpheme_starts, start)
    morphemes = [m for m in finder.morphemes[index : index + 12] if m.start < end]
    misread = [m for m in morphemes if m.tag not in grammar().tags.nominal and m.form != "·"]
    if not morphemes or not misread:
        return bool(morphemes)
    named = [(at, at + len(word)) for at, word in _words(finder.text, start, end) if word in _names_in(finder.article)]
    return all(any(s <= m.start < e for s, e in named) for m in misread)


def _words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The words between ``start`` and ``end``, each with where it starts."""
    found, at = [], start
    for word in text[start:end].split(" "):
        found.append((at, word))
        at += len(word) + 1
    return found


def _names_in(article: Article) -> frozenset[str]:
    """The article's names of places and bodies: a word the analyser misreads in a headline (``대산읍``: 대사 + ㄴ + 읍) is a
    noun where the article names it elsewhere."""
    return frozenset(e.text for e in article.entities if e.label in ("LC", "OG"))


def _past_modifier_clause(finder: HeadlineReader, start: int, end: int) -> int:
    """Where the nouns after a clause that modifies them start (``설 앞둔 | 가람시장 상인들``), or after an adverbial
    (``마늘값 폭락에 | 창녕 농민들``, ``추석 앞두고 | 상인들``), when they name speakers; else ``start``: the clause
    says which people or why they speak, the nouns who they are."""
    words = finder.text[start:end].split()
    if len(words) < 2 or not quote_cues().names_speakers(words[-1]):
        return start
    index = bisect.bisect_left(finder.morpheme_starts, start)
    window = [m for m in finder.morphemes[index : index + MODIFIER_REACH] if m.end <= end]
    modifiers = [m for i, m in enumerate(window) if m.tag == MODIFIER_TAG or finder.text[m.end : m.end + 1] == " "
                 and (m.tag.startswith(ADVERBIAL_TAGS) or m.tag == "JX" and i > 0 and window[i - 1].tag == "JKB")]  # 폭락에도 | 농민들
    if not modifiers:
        return start
    after = finder.text.find(" ", modifiers[-1].end)
    stance = finder.text[after + 1 : end].split(" ", 1)[0] in quote_cues().stance_nouns  # 건립에 | 반대 주민들: what they oppose
    return after + 1 if 0 <= after < end and not stance else start
