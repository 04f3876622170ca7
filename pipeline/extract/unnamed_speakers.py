"""Unnamed speakers: a speaker noun and the nominal words before it, as written (``도 관계자는``, ``한 참석자는``),
and a body's post without a name (``가람중학교 교감은``, read by :mod:`pipeline.extract.posts`), which is the person
the article named with that post when it did.

The finder (:class:`pipeline.extract.speakers.SpeakerFinder`) reads them among a span's mentions; this module
only needs the record it reads and which characters are quoted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.extract.body_names import joint_party_start
from pipeline.extract.listed_names import listed_before
from pipeline.extract.percent_speakers import share_of_a_body, share_of_a_group
from pipeline.extract.posts import Reader, post_of_a_body
from pipeline.extract.reported_speech import PARTICLE
from pipeline.extract.speakers_together import named_together
from pipeline.language.aliases import heads_close
from pipeline.language.canonical import government_of_unit
from pipeline.language.span_rules import korean_full_name
from pipeline.language.text_words import text_past_bullets, text_word_ending_at, text_word_start
from pipeline.lexicon import ends_speaker_title, entity_cues, expanded_name, grammar, list_cues, quote_cues, role_of_word
from pipeline.record import Entity, Morpheme, Speaker

MAX_PHRASE_MORPHEMES = 6  # 장터의 전통시장 상인들: an unnamed speaker's phrase before its head noun
DETERMINER, ADNOMINAL_ENDING = "MM", "ETM"  # kiwipiepy's tags of 한, 이, 그 before a noun and of a verb's adnominal ending
COUNTER_TAG = "NNB"  # kiwipiepy's tag of 명 in 한 명
NUMBER_TAG = "SN"  # 10 in 10명
SENTENCE_END_TAGS = frozenset({"SF", "EF"})
NOUN_SUFFIX_TAG = "XSN"  # 들, 계: a suffix glued to a noun (방문객 + 들, 의료 + 계)
AGE_TAGS = ("SSO", "SN", "SSC")  # ( 64 ): an age in parentheses
ANONYMISED_TAG, SURNAME_TAG = "NP", "NNP"  # 김 + 모 as kiwipiepy reads 김모
PRONOUN_TAG = "NP"  # 우리, 저희
AGE = re.compile(r"\(\d{1,3}\)")  # E(64)씨의 아들: the age of the person a phrase names, no part of its name
PROPER_NOUN = "NNP"
POSSESSIVE_TAG = "JKG"  # 의
CONJUNCTIVE_TAG = "JC"  # 과, 와 joining two nouns
MAX_UNNAMED_NOUNS = 3  # 한 | 민박 운영자, 한 | 수도 + 권 초선 의원: the nouns between the determiner and the head


def unnamed_speakers(finder: Reader, start: int, end: int) -> list[Speaker]:
    """The unnamed speakers between ``start`` and ``end``: only a noun before a subject particle (or a source's
    frame, 업계에서는) speaks."""
    found = []
    text, morphemes = finder.text, finder.morphemes
    cues, rules = quote_cues(), grammar()
    nominal, subject, frames = rules.tags.nominal, rules.tags.subject, (*cues.collective_frames, *cues.source_frames)
    first, count = bisect.bisect_left(finder.morpheme_starts, start), len(morphemes)
    for index in finder.quotes.unquoted_morphemes(start, end):  # what a quote says names no speaker
        morpheme = morphemes[index]
        if morpheme.tag not in nominal:
            continue
        plural = index + 1 < count and morphemes[index + 1].form in cues.plural_suffixes
        head = index + 1 if plural and morphemes[index + 1].tag == NOUN_SUFFIX_TAG else index  # 방문객 + 들 + 은
        if head + 1 < count and morphemes[head + 1].form != "(":
            headed, after_index = None, head + 1  # most nouns: no parentheses to look past (see _past_heads, _past_alias)
        else:
            headed = _past_heads(finder, head + 1)  # 가람봉사회(회장 한도윤)는: a body, though the model missed it
            if headed is not None and not _names_a_body(morphemes[head]):
                headed = None  # 공연(감독 한도윤)은: a thing with a person in parentheses
            if headed is not None and any(e.end == morphemes[head].end for e in finder.article.entities):
                continue  # 종합위생기업 한빛코(대표이사 한도윤)는: the name found is the body, not the phrase
            after_index = headed if headed is not None else _past_alias(text, morphemes, head + 1)
        grouped = after_index + 1 < count and morphemes[after_index].form == cues.group_marker and morphemes[after_index].start == morphemes[head].end + 1
        after_index, phrase_end = after_index + grouped, morphemes[after_index].end if grouped else morphemes[head].end  # 시민단체 등은: with others
        after = morphemes[after_index] if after_index < count else None  # most are no particle
        if after is None or not (after.tag in subject and rules.marks_subject(after.tag, after.form)) \
                and not text.startswith(frames, after.start if headed is not None or grouped else morphemes[head].end) \
                and not (after.form in cues.also_adverbs and text[morphemes[head].end : after.start] == " "):  # 업계에서는, 가람위원회에 따르면
            continue  # 가람구 관계자 역시: reads as 도
        word_start = text_word_start(text, morpheme.start)  # a paragraph's first word too
        word = text[word_start : morpheme.end]
        if word in cues.court_instances and text.startswith(cues.collective_frames, morphemes[head].end):
            continue  # 항소심에서도: the hearing where it was said, no court that speaks
        if morpheme.form in entity_cues().government_short_forms and (text[morpheme.start - 1 : morpheme.start] == ")"
                                                                       or any(_named_boy(e, morpheme.start) for e in finder.entities)):
            continue  # 한도윤(12)군도, A군은: a boy's honorific after his age or his name, not the county
        group_index = _counted_share(morphemes, index, first)  # 전문가 10명 중 | 7명은
        noun = headed is not None or _names_a_speaker(text, morphemes, index, first, word, after) or share_of_a_group(morphemes, index, first) \
            or share_of_a_body(finder, index) or group_index is not None or _company_pointed_back(finder, index)
        title = role_of_word(word) if not noun or not plural and _held_before(finder, word, word_start) else None  # 대변인은 after 탁윤서 대변인
        if not noun and title is None:
            continue  # 관계자는, 연구팀은 (연구 + 팀), 교감은
        if any(e.end == morpheme.end and e.start < morpheme.end for e in finder.entities):
            continue  # 민주당 가람시당은: the organisation is the speaker, named by the entities
        phrase_start = _whole_word(text, morphemes[phrase_start_index(finder, index if group_index is None else group_index, first, joins=title is None)].start, start)
        phrase_start = phrase_start if word in quote_cues().team_nouns else listed_before(finder, phrase_start, start)  # 가람연구소 등 국제 공동 연구진: the team
        phrase_start = text_past_bullets(text, phrase_start, word_start)  # ▲ 선수들이: a caption's bullet, no part of the phrase
        between = (text[e.end : word_start] for e in finder.entities if e.label == "PS" and phrase_start <= e.start and e.end <= word_start)
        if word not in cues.team_nouns and word != cues.side_noun \
                and any(not words.strip() or ends_speaker_title(word) and not words.startswith(list_cues().possessive) for words in between):
            continue  # 예시군청 박영희 공무원은, 권민수 예시연합회 회장은: the person is the speaker (not 윤 후보 측, 김가람 측, 가람동의 한 상인)
        if word == cues.side_noun:  # 배우 김가람 (씨) 측은: the person's side, without the words before the name
            phrase_start = next((e.start for e in finder.entities if e.label == "PS" and phrase_start <= e.start and e.end < word_start
                                 and text[e.end : word_start].strip() in ("", entity_cues().person_suffix)), phrase_start)
            party = next((e for e in finder.entities if e.start == phrase_start and e.label != "PS"), None)  # 삼성전자와 | LG전자 측은: both sides
            phrase_start = joined if party is not None and (joined := joint_party_start(party, finder.article.entities, text)) >= start else phrase_start
        issuer = _issuer_before(finder, word, word_start)
        phrase_start = issuer.start if issuer is not None else phrase_start  # 미국 | NBC 방송은: the outlet, by its name
        phrase = text[phrase_start:phrase_end]
        together = named_together(finder, word, phrase_start) if phrase.split(" ", 1)[0] in cues.group_determiners else None
        if title is not None and together is None:
            found += post_of_a_body(finder, phrase, phrase_start, word_start, title)
            continue
        unit, _, side = phrase.partition(" ")  # 시 측은: the city's side, the city itself
        named = together or (issuer.canonical if issuer is not None else None) or government_of_unit(unit if side == quote_cues().side_noun else phrase, finder.article.entities)  # 시는: the article's 울산광역시
        named = named or (expanded_name(phrase) if headed is not None else None)  # 가람지법 형사5부(부장판사 한도윤)는: a body, named in full
        found.append(Speaker(named or AGE.sub("", phrase), phrase, None, None, phrase_start, phrase_end))
    return found


def _issuer_before(finder: Reader, word: str, word_start: int) -> Entity | None:
    """The body named right before a document or a court's instance (``가람연구원 보고서는``, ``가람고법 항소심은``), or the
    initials of an outlet before its kind (``NBC 방송은``; not ``가람대 신문은``, a paper of its own): the speaker, by its name."""
    cues = quote_cues()
    body = next((e for e in finder.entities if e.label == "OG" and e.end + 1 == word_start), None)
    if body is None or word in cues.court_instances and not body.canonical.endswith(cues.court_endings):
        return None  # 가람전자 1심은: a party to the case, not the court
    initials = body.text.isascii() and body.text.isupper()
    return body if word in cues.document_speakers or word in cues.court_instances or initials and word in cues.outlet_kind_nouns else None


def _named_boy(entity: Entity, honorific: int) -> bool:
    """Whether a person ends right at ``honorific`` with an anonymised letter (``A군``) or a full name (``한도윤군``): not a
    word the model took for a person that names a county with it (``가람군``)."""
    return entity.label == "PS" and entity.end == honorific and (entity.text.isascii() and entity.text.isalpha() or korean_full_name(entity.text))


def _held_before(finder: Reader, word: str, start: int) -> bool:
    """Whether ``word``, a noun that names speakers by itself (대변인), is also a title the article gave a person before
    ``start`` (``탁윤서 대변인`` … ``대변인은``), bare at its sentence's opening: then it is that post, and its holder may speak."""
    role = role_of_word(word)
    if role is None or not any(e.label == "PS" and e.role == role and e.end <= start for e in finder.article.entities):
        return False
    sentence = next((s for s in finder.article.sentences if s.start <= start < s.end), None)
    opening = finder.text[sentence.start : start].strip().rstrip(",") if sentence else ""
    return not opening or opening in quote_cues().carried or opening in quote_cues().turning_openers  # not 야당 대변인은: another's


def _whole_word(text: str, position: int, limit: int) -> int:
    """Where the word holding ``position`` starts, when only letters stand before it in that word and it starts at
    or after ``limit`` (``오호라골 마을조합``: kiwipiepy reads 오호라 as an interjection): a phrase is made of whole words."""
    word_start = text_word_start(text, position)
    marks = "".join(entity_cues().company_marks)  # ㈜푸른들환경 관계자: kiwipiepy reads 푸른 as a verb's modifier
    return word_start if word_start >= limit and text[word_start:position].lstrip(marks).isalpha() else position


def unnamed_owner(finder: Reader, first: int, head: int) -> Speaker | None:
    """``방청석에 있던 한 주민의 | 말이다``: the unnamed person whose noun phrase ends at ``head``, before 의, when its
    noun names speakers or a determiner picks one out; the phrase as written (not the relative clause before it)."""
    morphemes, text = finder.morphemes, finder.text
    index = head - 1 if morphemes[head].tag == NOUN_SUFFIX_TAG and head > first else head  # 상인 + 들
    word_start = text_word_start(text, morphemes[index].start)
    if morphemes[index].tag not in grammar().tags.nominal or not _names_a_speaker(text, morphemes, index, first, text[word_start : morphemes[index].end]):
        return None
    start = morphemes[phrase_start_index(finder, index, first)].start
    phrase = text[start : morphemes[head].end]
    return Speaker(phrase, phrase, None, None, start, morphemes[head].end)


def phrase_start_index(finder: Reader, index: int, first: int, joins: bool = False) -> int:
    """Where an unnamed speaker's noun phrase starts: the nominal words before its head (도 관계자,
    윤 후보 측), a noun joined by 의 or a middle dot (장터의 전통시장 상인들, 시장·군수협의회) and an
    adjective (많은 방문객들); with ``joins`` (a head that is no title), also one joined by 과/와 as printed (주민과 상인들,
    영덕과 울진 어민들, and a department whose 과 kiwipiepy reads so: 여성가족과 관계자); a verb's relative clause is not the
    speaker's name (전달받은 | 한 아동)."""
    nominal, morphemes = grammar().tags.nominal, finder.morphemes
    begin, limit = index, index - MAX_PHRASE_MORPHEMES
    while begin > first and begin > limit:
        before, noun = morphemes[begin - 1], morphemes[begin - 2] if begin - 2 >= first else None
        glued = noun is not None and noun.tag in nominal and noun.end == before.start
        inside_word = before.end == morphemes[begin].start  # 예시이통장연합회: a word split at no particle
        conjoined = joins and before.tag == CONJUNCTIVE_TAG and finder.text[before.end : before.end + 1] == " " \
            and text_word_ending_at(finder.text, before.start) not in quote_cues().relation_nouns  # 주민과 | 상인들; not 이정훈 측근과 | 대변인
        joined = glued and (before.tag == "JKG" or conjoined or inside_word and (before.form in quote_cues().phrase_joints or before.tag.startswith(PARTICLE)))
        amid = before.form in quote_cues().amid_nouns and noun is not None and (noun.tag == ADNOMINAL_ENDING or noun.form in quote_cues().amid_determiners)
        if before.form in quote_cues().not_in_speaker_phrase or text_word_ending_at(finder.text, before.end) in quote_cues().not_in_speaker_phrase \
                or _dated(finder, before) or amid:
            break  # 조사한 결과 | 전문가 10명 중 7명: a clause of result or time is no part of the name (이날 = 이 + 날 too; not 참석자 가운데 | 한 주민)
        elif before.tag in nominal or _anonymised(morphemes, begin - 1):
            begin -= 1
        elif (opening := _bracketed_name(morphemes, begin - 1, first)) is not None:
            begin = opening  # <가람의소리> 기자
        elif _age_glued(morphemes, begin - 1, first):
            begin, limit = begin - 3, limit - 3  # 숨진 E(64)씨의 아들: the age, kept in the mention, dropped from the name
        elif joined:
            begin -= 2
        elif determiner_read_as_verb(finder.text, morphemes, begin - 1):
            begin -= 2  # 한 (하 + ㄴ) | 카페 운영자, and the group before it: 시장 안 | 한 떡집 상인 (안 read as 'not')
            if begin <= first or not (morphemes[begin - 1].tag in nominal or morphemes[begin - 1].form in quote_cues().group_place_words):
                return begin
            begin -= 1
        elif before.tag == "ETM" and noun is not None and noun.tag == "VA" and morphemes[begin].tag != DETERMINER:
            picked = begin - 2 > first and morphemes[begin - 3].tag == DETERMINER and morphemes[begin - 3].form in quote_cues().unnamed_determiners
            return begin - 2 - picked  # 많은 방문객들, 한 젊은 어민; not past a determiner: 방청석에 있던 | 한 주민
        elif before.form in quote_cues().our_pronouns and before.tag == PRONOUN_TAG and before.end + 1 == morphemes[begin].start:
            return begin - 1  # 우리 군은: the speaker's own side, which opens the phrase
        elif finder.text.startswith(quote_cues().yet_another, before.start):
            return begin - 1  # 또 다른 어민은: one more, no connective
        else:
            break
    while begin > first and morphemes[begin - 1].end == morphemes[begin].start and morphemes[begin - 1].tag in grammar().tags.adverb:
        begin -= 1  # 한결정밀 노조는: a name's first syllables read as an adverb (한결) are still the name's
    return begin


def day_dates(entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """Where the days' dates are (``지난 26일``): when, never who (not a date in a body's name, ``4·3 유족회``, ``24시
    편의점``, nor the model's dates without a number, ``한 초등학교``)."""
    return [(e.start, e.end) for e in entities if e.is_time and e.text.endswith(entity_cues().date_day) and any(map(str.isdigit, e.text))]


def _dated(finder: Reader, morpheme: Morpheme) -> bool:
    """Whether ``morpheme`` is part of a day's date (``지난 26일 | 가람시 소방서 직원이``)."""
    return any(start <= morpheme.start and morpheme.end <= end for start, end in finder.day_dates)


def _age_glued(morphemes: Sequence[Morpheme], closing: int, first: int) -> bool:
    """Whether ``closing`` closes an age in parentheses glued to the noun before it, of a person the phrase names as
    whose kin or post it is (``E(64)씨의 아들``; not ``2학년 모하준(17)군은``, who speaks himself)."""
    opening = closing - 2
    return (opening - 1 >= first and closing + 2 < len(morphemes) and morphemes[closing].tag == AGE_TAGS[2]
            and morphemes[closing - 1].tag == AGE_TAGS[1] and morphemes[opening].tag == AGE_TAGS[0]
            and (morphemes[opening - 1].tag in grammar().tags.nominal or _anonymised(morphemes, opening - 1))
            and morphemes[opening - 1].end == morphemes[opening].start
            and morphemes[closing].end == morphemes[closing + 1].start and morphemes[closing + 2].tag == POSSESSIVE_TAG)


def _anonymised(morphemes: Sequence[Morpheme], index: int) -> bool:
    """Whether the morpheme at ``index`` is the anonymising 모 glued to a surname (김모씨: kiwipiepy reads 김 + 모, a pronoun)."""
    marker = morphemes[index]
    return (marker.form == entity_cues().anonymised_marker and marker.tag == ANONYMISED_TAG and index > 0
            and morphemes[index - 1].tag == SURNAME_TAG and morphemes[index - 1].end == marker.start)


def _bracketed_name(morphemes: Sequence[Morpheme], closing: int, first: int) -> int | None:
    """The index of the opening bracket of a name set in brackets that closes at ``closing`` (``<가람의소리>``), if
    only nouns stand between the two."""
    pair = next((p for p in quote_cues().name_brackets if morphemes[closing].form == p[1]), None)
    if pair is None:
        return None
    for index in range(closing - 1, max(first, closing - MAX_PHRASE_MORPHEMES) - 1, -1):
        if morphemes[index].form == pair[0]:
            return index if index < closing - 1 else None
        if morphemes[index].tag not in grammar().tags.nominal:
            return None
    return None


def _past_alias(text: str, morphemes: Sequence[Morpheme], index: int) -> int:
    """The morpheme after an alias in parentheses opening at ``index`` (``노동조합(이하 노조)은``), else ``index``."""
    if index >= len(morphemes) or morphemes[index].form != "(" or not text.startswith(quote_cues().alias_lead, morphemes[index].end):
        return index
    close = next((i for i in range(index + 1, min(index + MAX_PHRASE_MORPHEMES, len(morphemes))) if morphemes[i].form == ")"), None)
    return close + 1 if close is not None and close + 1 < len(morphemes) else index


def _past_heads(finder: Reader, index: int) -> int | None:
    """The morpheme after a body's heads in parentheses glued to its name (``가람봉사회(회장 한도윤)는``), else None."""
    morphemes = finder.morphemes
    if index >= len(morphemes) or morphemes[index].form != "(" or morphemes[index].start != morphemes[index - 1].end:
        return None
    close = heads_close(finder.text, morphemes[index].start, name_first=True)
    return None if close is None else bisect.bisect_left(finder.morpheme_starts, close + 1)


def _names_a_body(noun: Morpheme) -> bool:
    """A proper noun or a body's ending (``마을조합``, ``보장협의체``), which may have heads."""
    return noun.tag == PROPER_NOUN or bool(entity_cues().body_endings.longest_in(noun.form)) or noun.form.endswith(quote_cues().headed_body_endings)


def _counted_share(morphemes: Sequence[Morpheme], index: int, first: int) -> int | None:
    """``전문가 10명 중 7명은``, ``응답자 중 7명은``: a count of people picked out of a group speaks for it, and so does a
    group counted (``주민 80여 명은``); the index of the group's noun, or None."""
    cues = quote_cues()
    number = index - 2 if index - 2 >= first and morphemes[index - 1].tag == NOUN_SUFFIX_TAG else index - 1  # 80 + 여 + 명
    if morphemes[index].form not in cues.share_counters or number - 1 < first or morphemes[number].tag != NUMBER_TAG:
        return None
    if morphemes[number - 1].form not in cues.share_selectors:  # 주민 80여 명은: the group counted
        return number - 1 if people_noun(morphemes[number - 1].form) and morphemes[number - 1].end < morphemes[number].start else None
    if number - 2 < first:
        return None
    at = number - 2
    if at - 2 >= first and morphemes[at].form in cues.share_counters and morphemes[at - 1].tag == NUMBER_TAG:
        at -= 2  # 10명 중
    return at if people_noun(morphemes[at].form) else None


def people_noun(noun: str) -> bool:
    """A noun of people: a speaker's (주민 80여 명, 학부모 | 연은주씨) or a title's (의원 12명, 교사 10명 중 7명)."""
    return quote_cues().is_speaker_noun(noun) or role_of_word(noun) is not None


def _names_a_speaker(text: str, morphemes: Sequence[Morpheme], index: int, first: int, word: str, after: Morpheme | None = None) -> bool:
    """Whether the noun at ``index`` (in ``word``) names who speaks: a speaker noun (관계자, 주민들), a bare institution's
    noun (기술원은: the body the article named in full) or one a determiner picks out, unless the particle ``after`` makes
    it none at all (한 명도)."""
    cues = quote_cues()
    if morphemes[index].form in cues.reflexives:
        return False  # 자신들이: the subject pointed back at, not a group of its own
    return cues.is_speaker_noun(morphemes[index].form) or cues.is_speaker_noun(word) or _people(morphemes, index) or _kin_of(morphemes, index) \
        or word in entity_cues().long_institution_suffixes or word in entity_cues().unit_words \
        or _one_of_them(text, morphemes, index, first) and not (after is not None and _not_even_one(morphemes[index], after))


def _company_pointed_back(finder: Reader, index: int) -> bool:
    """``이 회사는``, ``해당 업체는``: a company's noun right after a demonstrative is the body the article named before it
    or, with none named, the phrase as written (a bare 회사 or 기업 as often says what kind a term is: 국내 기업 도입률; after an
    unnamed one, 한 중소기업이, that one speaks)."""
    cues, morphemes = quote_cues(), finder.morphemes
    return index > 0 and morphemes[index].form in cues.company_nouns and morphemes[index - 1].form in cues.demonstratives \
        and finder.text[morphemes[index - 1].end : morphemes[index].start] == " " \
        and (any(e.label == "OG" and e.end <= morphemes[index].start for e in finder.entities) or morphemes[index].form not in finder.text[: morphemes[index - 1].start])


def _kin_of(morphemes: Sequence[Morpheme], index: int) -> bool:
    """``A씨의 형은``, ``그의 동생은``: a noun of kin right after a possessive names who speaks, also one that names other
    things alone (형 is also a sentence)."""
    return index > 0 and morphemes[index].form in quote_cues().relation_nouns and morphemes[index - 1].tag == POSSESSIVE_TAG \
        and morphemes[index].start == morphemes[index - 1].end + 1  # the next word, past one space


def _people(morphemes: Sequence[Morpheme], index: int) -> bool:
    """``작업자들은``, ``마을 할머니들은``: a noun of people made plural by 들 names a group that speaks (the plural
    is written of people, rarely of things)."""
    return (index + 1 < len(morphemes) and morphemes[index].tag == "NNG" and morphemes[index + 1].tag == NOUN_SUFFIX_TAG
            and morphemes[index + 1].form in quote_cues().plural_suffixes and morphemes[index + 1].start == morphemes[index].end)


def _not_even_one(head: Morpheme, after: Morpheme) -> bool:
    """``한 명도 없었다``: a counter after the determiner, then 도: not even one, nobody who speaks."""
    return head.tag == COUNTER_TAG and after.form == quote_cues().also_particle


def _one_of_them(text: str, morphemes: Sequence[Morpheme], index: int, first: int) -> bool:
    """``한 재학생은``, ``한 민박 운영자는``: a determiner that picks one person out (or a few together, ``두 의원은``) opens
    the noun phrase, whatever its noun (people the article does not name there)."""
    for before in range(index - 1, max(first, index - MAX_UNNAMED_NOUNS - 1) - 1, -1):
        if morphemes[before].tag == DETERMINER:  # not 한 해, 한 번: a time
            cues = quote_cues()
            picked = morphemes[before].form in cues.unnamed_determiners or morphemes[before].form in cues.group_determiners  # 한 주민, 두 의원
            return picked and morphemes[before + 1].form not in cues.time_units
        if determiner_read_as_verb(text, morphemes, before):
            return morphemes[before + 1].form not in quote_cues().time_units
        if morphemes[before].tag not in grammar().tags.nominal:
            return False
    return False


def determiner_read_as_verb(text: str, morphemes: Sequence[Morpheme], index: int) -> bool:
    """``한 카페 운영자는`` opening a sentence: kiwipiepy reads its 한 as 하 + ㄴ at times; with nothing before it
    in the sentence that it could have done, or only where the group is (``시장 안 한 떡집 상인은``), it is the determiner
    (not ``조사를 한 | 카페 운영자는``)."""
    if index < 1 or morphemes[index].tag != ADNOMINAL_ENDING or text[morphemes[index - 1].start : morphemes[index].end] \
            not in quote_cues().unnamed_determiners or text[morphemes[index].end : morphemes[index].end + 1] != " ":
        return False
    before = morphemes[index - 2] if index >= 2 else None
    group = before is not None and before.form in quote_cues().group_place_words and index >= 3 \
        and (morphemes[index - 3].form in quote_cues().group_place_nouns or morphemes[index - 3].tag == "NNP")  # 시장 안 | 한: where the group is
    return before is None or before.tag in SENTENCE_END_TAGS or "\n" in text[before.end : morphemes[index - 1].start] or group
