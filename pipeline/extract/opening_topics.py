"""The topic that opens a sentence, which is the subject of its verb of saying, not of the clause it reports, and a pronoun that is a sentence's subject.

In ``가람방송 뉴스는 | 주민 한 명이 다쳤다고 전했다`` the topic with 은/는 that opens the sentence says who
speaks, and the subject with 이/가 after it (``주민 한 명이``) belongs to what is said, when the topic names
someone (:func:`names_a_speaker`); a thing topicalised (``이번 사고는``) is what the report is about. A body the
entities missed may open it too (:func:`body_topic`: ``가람참여연대는``, ``지역 주간지 가람타임스는``), past the words
that open a sentence before its subject (:func:`opens_before_subject`: ``다만``, ``이날``).
"""

from __future__ import annotations

import bisect

from pipeline.extract.bare_subjects import NOUN_TAGS, OPENING_SINGLE_MARKS, TIME_LABELS, bare_subject
from pipeline.extract.named import Named
from pipeline.extract.reported_speech import modifies_a_noun_after
from pipeline.extract.speakers import SpeakerFinder
from pipeline.lexicon import entity_cues, grammar, quote_cues, role_of_word
from pipeline.record import Speaker

OPENING_PHRASE_WORDS = 4  # 가람일보 인터넷판 | 편집국 | 관계자는: the nominal words of an opening topic phrase
PHRASE_TAGS = ("NNG", "NNP", "NNB", "SL", "SH", "SN", "XSN", "XPN", "MM", "JKG", "SW")  # nouns, 의 between them, 한 before them
COUNTER_TAG, NUMBER_TAGS = "NNB", ("SN", "NR")  # 5 + 개는: a count, no speaker
TOPIC_TAG = "JX"
PERSON, ORGANISATION = "PS", "OG"
DETERMINER_TAG = "MM"  # 한 of 한 초등학교 교사: a phrase's first word, whatever the model read it as
ADNOMINAL_TAG = "ETM"  # 들었다는 | 그는: a clause that modifies the pronoun
COMMA_TAG = "SP"  # the comma kiwipiepy tags after an opening adverb
APPOSITION_TAGS = ["VCP", "ETM"]  # kiwipiepy's copula and its adnominal ending in 매체 + 이 + ᆫ
LEADING_WORDS = 3  # a sentence's first subject comes within its first words (이날 | 가람참여연대는), past the nouns of its kind


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


def body_topic_end(finder: SpeakerFinder, start: int, end: int) -> int | None:
    """Where the sentence's first subject ends, its particle included, when it is a body the entities missed
    (``가람참여연대는 | 시의 결정이 잘못됐다고 주장했다``): the subject of the report, not of its clause."""
    found = _first_body_subject(finder, start, end)
    return None if found is None else found[1]


def body_topic(finder: SpeakerFinder, start: int, end: int) -> Named | None:
    """The sentence's first subject when it is a body the entities missed (``가람참여연대는``, ``MS는 이날 … "…"``)."""
    found = _first_body_subject(finder, start, end)
    return None if found is None else found[0]


def _first_body_subject(finder: SpeakerFinder, start: int, end: int) -> tuple[Named, int] | None:
    position, nouns_before = start, []
    for count, word in enumerate(finder.text[start:end].split()):
        if count >= LEADING_WORDS + len(nouns_before):
            return None
        word_start = finder.text.index(word, position)
        position = word_start + len(word)
        if not nouns_before and opens_before_subject(finder, word, word_start, position):
            continue  # 다만, 이날, 반면, 실제로: what opens the sentence before its subject
        index = bisect.bisect_left(finder.morpheme_starts, position) - 1
        particle = finder.morphemes[index] if index >= 0 and finder.morphemes[index].end == position else None
        subject = particle is not None and grammar().marks_subject(particle.tag, particle.form)
        if not subject and _nouns_alone(finder, word_start, position):
            apposed = finder.morphemes[index].tag == ADNOMINAL_TAG  # 매체 + 이 + ᆫ: the kind without its copula
            nouns_before.append(word.removesuffix(quote_cues().apposition_ending) if apposed else word)  # 지역 주간지 | 가람타임스는
            continue
        if nouns_before and not (subject and particle.form in grammar().topic_particles and _names_a_kind(nouns_before)):
            return None  # 지난 겨울 폭설 나래마을이: nouns that name no kind of body, or a name that is no topic
        if subject and modifies_a_noun_after(finder.text, finder.morphemes, finder.morpheme_starts, position, copula=True):
            return None  # 가람학회가 조사한 | 결과: the subject of a clause that modifies a noun
        named = bare_subject(finder, start, position, []) if subject else None
        return (named, position) if named is not None and role_of_word(named.speaker.name) is None else None  # not 가람지사가
    return None


def _nouns_alone(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether the word between ``start`` and ``end`` is nouns alone, no particle or ending (``주간지``, ``시사잡지``), also
    with the copula that makes them the name's apposition (``매체인 | '가람소식'은``), or the first of a name in single
    marks (``'가람 | 뉴스'는``): a word that may modify the name of a body after it."""
    inside = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, start) : bisect.bisect_left(finder.morpheme_starts, end)]
    apposed = len(inside) > 2 and [m.tag for m in inside[-2:]] == APPOSITION_TAGS and finder.text.endswith(quote_cues().apposition_ending, start, end)
    inside = inside[:-2] if apposed else inside
    return bool(inside) and (apposed or inside[-1].end == end) and all(m.tag in NOUN_TAGS or m.form in OPENING_SINGLE_MARKS for m in inside)


def _names_a_kind(nouns: list[str]) -> bool:
    """Whether the last noun before a name, past the first word of a name in marks, names a kind of outlet, body or
    company (``지역 주간지 |``, ``호주 언론 | '가람``, ``제약사 |``): the name after it is such a body's."""
    plain = [noun for noun in nouns if not noun.startswith(tuple(OPENING_SINGLE_MARKS))]
    cues = entity_cues()
    kinds = (quote_cues().outlet_kind_nouns, cues.body_kind_nouns, cues.company_kind_nouns, cues.journal_nouns)
    return bool(plain) and any(plain[-1] in kind for kind in kinds) and len(nouns) - len(plain) <= 1


def opens_before_subject(finder: SpeakerFinder, word: str, start: int, end: int) -> bool:
    """다만, 한편, 이날, 24일(현지시간), 실제로: a word between ``start`` and ``end`` that opens a sentence before its subject
    (a connective, a turn, a time, an adverb)."""
    bare = word.rstrip(",")
    return bare in quote_cues().carried or bare in quote_cues().turning_openers or time_word(finder, start, end) \
        or adverb_word(finder, start, end)


def time_word(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether a date or time the entities found holds the words between ``start`` and ``end``."""
    return any(e.start <= start and end <= e.end and e.label in TIME_LABELS for e in finder.article.entities)


def adverb_word(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether the word between ``start`` and ``end`` is one adverb (실제로, 특히), with a comma at most."""
    inside = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, start) : bisect.bisect_left(finder.morpheme_starts, end)]
    adverb = grammar().tags.adverb
    return bool(inside) and inside[0].tag in adverb and all(m.tag in adverb or m.tag == COMMA_TAG for m in inside)
