"""The topic that opens a sentence, which is the subject of its verb of saying, not of the clause it reports, and a pronoun that is a sentence's subject.

In ``가람방송 뉴스는 | 주민 한 명이 다쳤다고 전했다`` the topic with 은/는 that opens the sentence says who
speaks, and the subject with 이/가 after it (``주민 한 명이``) belongs to what is said, when the topic names
someone (:func:`names_a_speaker`); a thing topicalised (``이번 사고는``) is what the report is about.
"""

from __future__ import annotations

import bisect

from pipeline.extract.bare_subjects import opens_before_subject, time_word
from pipeline.extract.speakers import SpeakerFinder
from pipeline.lexicon import grammar, quote_cues, role_of_word
from pipeline.record import Speaker

OPENING_PHRASE_WORDS = 4  # 가람일보 인터넷판 | 편집국 | 관계자는: the nominal words of an opening topic phrase
PHRASE_TAGS = ("NNG", "NNP", "NNB", "SL", "SH", "SN", "XSN", "XPN", "MM", "JKG", "SW")  # nouns, 의 between them, 한 before them
COUNTER_TAG, NUMBER_TAGS = "NNB", ("SN", "NR")  # 5 + 개는: a count, no speaker
TOPIC_TAG = "JX"
PERSON, ORGANISATION = "PS", "OG"
DETERMINER_TAG = "MM"  # 한 of 한 초등학교 교사: a phrase's first word, whatever the model read it as
ADNOMINAL_TAG = "ETM"  # 들었다는 | 그는: a clause that modifies the pronoun


def opening_topic(finder: SpeakerFinder, start: int, end: int) -> Speaker | None:
    """The topic phrase that opens the sentence between ``start`` and ``end``, as an unnamed speaker: as written without
    its particle, its span ending with the particle. After the words that open a sentence before its subject
    (``한편``, ``이날``, ``실제로``), nominal words ending in 은/는 (``가람방송 뉴스는``). None when something else comes
    first (a clause, a subject with 이/가, a time)."""
    start = _past_openers(finder.text, start, end)
    position, phrase_words, phrase_start = start, 0, start
    for word in finder.text[start:end].split()[: OPENING_PHRASE_WORDS * 2]:
        word_start = finder.text.index(word, position)
        position = word_start + len(word)
        inside = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, word_start) : bisect.bisect_left(finder.morpheme_starts, position)]
        if not phrase_words and inside and inside[0].tag != DETERMINER_TAG and opens_before_subject(finder, word, word_start, position):
            continue
        if finder.quoted(word_start) or not inside or phrase_words >= OPENING_PHRASE_WORDS:
            return None
        phrase_words += 1
        phrase_start = word_start if phrase_words == 1 else phrase_start
        last = inside[-1]
        if last.tag == TOPIC_TAG and last.form in grammar().topic_particles and last.end == position and len(inside) > 1:
            head = inside[-2]
            counted = head.tag == COUNTER_TAG and len(inside) > 2 and inside[-3].tag in NUMBER_TAGS
            nominal = all(m.tag in PHRASE_TAGS for m in inside[:-1])
            if not nominal or counted or time_word(finder, word_start, head.end):
                return None
            phrase = finder.text[phrase_start : head.end]
            return Speaker(phrase, phrase, None, None, phrase_start, position)
        if not all(m.tag in PHRASE_TAGS for m in inside):
            return None
    return None


def names_a_speaker(finder: SpeakerFinder, topic: Speaker) -> bool:
    """Whether the topic names someone who speaks, not a thing the report is about (``이번 사고는``, ``정밀 검사는``, ``새 시장은``:
    a title's word may be a thing's): a body the entities found in it (``가람방송 뉴스``, not one before 의), a person
    who ends it or whose title does (``한도윤 사건``: a thing), or a speaker's noun at its end (``관계자``, ``측``, ``대변인``)."""
    word, cues = topic.name.split()[-1], quote_cues()
    inside = [e for e in finder.article.entities if (topic.start or 0) <= e.start < (topic.start or 0) + len(topic.name)
              and not finder.text.startswith(cues.genitive_particle, e.end)]
    body = any(e.label == ORGANISATION for e in inside)
    person = any(e.label == PERSON and (e.end == (topic.start or 0) + len(topic.name) or role_of_word(word) is not None) for e in inside)
    return body or person or cues.is_speaker_noun(word) or word in cues.company_nouns


def _past_openers(text: str, start: int, end: int) -> int:
    """Past the connectives of several words that open a sentence (``이와 관련해``, ``이런 가운데``), and a circumstance
    pointed back to (``이 같은 여론에``, ``이런 상황 속에서``)."""
    cues = quote_cues()
    while True:
        at = len(text[start:end]) - len(text[start:end].lstrip(" ,")) + start
        opener = next((c for c in (*cues.carried_longest_first, *cues.turning_openers) if " " in c and text.startswith((c + " ", c + ","), at)), None)
        circumstance = cues.circumstance_opener.match(text, at, end)
        if opener is None and circumstance is None:
            return start
        start = at + len(opener) if opener is not None else circumstance.end()


def pronoun_subject(finder: SpeakerFinder, start: int, end: int) -> int | None:
    """Where a pronoun that is a sentence's subject stands: opening it (``그는 …``) or right after a clause that modifies
    it (``스무 살에 바다에 들었다는 | 그는 …``); None when the sentence has no such subject."""
    text = finder.text[start:end]
    for pronoun in quote_cues().pronouns_longest_first:
        if text.startswith(pronoun + " "):
            return start
        at = text.find(f" {pronoun} ")
        index = bisect.bisect_left(finder.morpheme_starts, start + at) - 1 if at > 0 else -1
        if index >= 0 and finder.morphemes[index].tag == ADNOMINAL_TAG and finder.morphemes[index].end == start + at:
            return start + at + 1
    return None
