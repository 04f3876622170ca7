"""What a government's role as a party or a place reads after it: a rate said of it (``전북은 61.9%로``), a request made
to it (``순천시에 건의했다``) and the particle after a list of names (``순천시, 여수시, 예시포럼이``), besides the particles and
words of :func:`pipeline.language.span_rules.government_label`."""

from __future__ import annotations

from pipeline.language.kiwi_doc import Words, word_end
from pipeline.lexicon import entity_cues, grammar, list_cues

COUNT_TAG = "SN"
VERB_OR_ACTION_NOUN = ("VV", "NNG")  # 찾은, 경유(하는)
COUNTED_HEAD_TAGS = ("SN", "NNB", "NNG")  # 등 | 10 개 기관: a list's count, its counter and its head noun
LIST_REACH = 16  # tokens a list of names may run over after its first word (순천시, 여수시, 예시포럼이)
PERCENT = "%"
RATE_JOIN_REACH = 8  # tokens from a joined rate to the next one: 와 | 9.4%, , | 고성은 | 28.9%
FIGURE_REACH = 5  # tokens after a subject that may hold the figure said of it, past a space and an adverb (각각 0.02%)
VERB_SUFFIX_TAG = "XSV"  # 건의 + 하: a noun made a verb
REQUEST_REACH = 14  # tokens after a government's 에 that may hold what is requested of it and the verb of request
CLAUSE_ENDING_TAGS = ("ETM", "EF", "SF")
ADDRESSEE_TAGS = ("JKB", "JKG")  # a modifier (청주시에 있는 …) or the sentence's end: no request made to it


def past_spaces(words: Words, index: int) -> int:
    while index < len(words.texts) and words.texts[index].isspace():
        index += 1
    return index


def next_word(words: Words, index: int) -> str:
    """The word that starts at token ``index`` or after the spaces there."""
    index = past_spaces(words, index)
    return words.join(index, word_end(words, index)) if index < len(words.texts) else ""


def request_after(words: Words, index: int) -> bool:
    """Whether a verb of request (건의 + 했다, 요청 + 하기로; not a noun that starts like one, 신청자가) ends the clause after
    token ``index``, right after it or past what is requested (``청주시에 | 우회도로를 빨리 만들라고 촉구했다``, ``전라남도에 |
    조기 착공을 건의하기로``); not past a modifier (``청주시에 있는 업체가 요청했다``: a place), another clause or another
    one asked (``…청주시에 공장을 짓겠다고 충청북도에 요청했다``)."""
    cues = entity_cues()
    for at in range(past_spaces(words, index), min(index + REQUEST_REACH, len(words.texts) - 1)):
        if words.texts[at] in cues.government_requests and words.tags[at + 1].startswith(VERB_SUFFIX_TAG):
            return True
        tags = words.tags[at].split("+")
        if at > index and addressed(words, at):
            return False  # 청주시에 공장을 짓겠다고 | 충청북도에 | 요청했다: the one asked comes later
        asked = words.texts[at].endswith(cues.request_contents) or next_word(words, at + 1).startswith(cues.asking_auxiliary)  # 넓혀 | 달라고
        if any(tag in CLAUSE_ENDING_TAGS for tag in tags) or "EC" in tags and not asked:
            return False
    return False


def asked_before(words: Words, index: int) -> bool:
    """Whether someone asked stands before token ``index`` in its clause (``업체에 | 청주시에 공장을 세워 달라고 요청했다``,
    ``정부에 | 청주시에 …``): the 에 after the government is then where, not whom."""
    for at in range(index - 1, -1, -1):
        tags = words.tags[at].split("+")
        if any(tag in CLAUSE_ENDING_TAGS or tag == "EC" for tag in tags):
            return False
        if addressed(words, at):
            return True
    return False


def addressed(words: Words, index: int) -> bool:
    """Whether token ``index`` is the 에 of one asked (kiwipiepy reads it JKG at times before a noun)."""
    return words.texts[index] in entity_cues().government_request_particles and words.tags[index].split("+")[0] in ADDRESSEE_TAGS


def rate_after(words: Words, index: int) -> bool:
    """Whether a rate opens what is said of the subject ending before token ``index``, past spaces and at most one
    adverb or a rate's noun (``전북은 | 61.9%``, ``순천과 광양은 | 각각 0.02%``, ``통영은 | 폐사율이 41.2%로``): the subject is
    the place the figure describes."""
    texts, tags = words.texts, words.tags
    passed, at, limit = 0, index, min(index + FIGURE_REACH, len(texts))
    while at < limit:
        tag = tags[at].split("+")[0]
        if texts[at].isspace():
            at += 1
            continue
        if tag == COUNT_TAG:
            return _rate_said(words, at)
        rate_noun = grammar().without_particle(next_word(words, at)).endswith(entity_cues().rate_nouns)  # 폐사율이
        if tag not in grammar().tags.adverb and not rate_noun or passed:
            return False
        passed += 1
        at, limit = word_end(words, at), limit + word_end(words, at) - at - 1
    return False


def _rate_said(words: Words, index: int) -> bool:
    """Whether the number at token ``index`` is a rate said of the subject: a percentage with 로 (``61.9%로``) or a
    change after it (``0.02% 올랐다``, ``0.09% 하락했다``); not one of what the subject gives (``30% 할인 혜택을``), a date
    (10일) nor an amount (3억 원을)."""
    end = word_end(words, index)
    word = words.join(index, end)
    if PERCENT not in word:
        return False
    closer = word.split(PERCENT)[-1]
    joints = entity_cues().rate_joints  # a rate joined to the next one, which says whether both are the places' figures
    if word.endswith(entity_cues().rate_particles) or closer.startswith(entity_cues().rate_closers) and not closer.startswith(joints):
        return True  # 61.9%로, 9.4%였다
    if closer.startswith(joints) or words.texts[end:end + 1] == [","]:
        following = next((at for at in range(end, min(end + RATE_JOIN_REACH, len(words.texts))) if words.tags[at].split("+")[0] == COUNT_TAG), None)
        return following is not None and _rate_said(words, following)  # 12.1%와 9.4%였다, 33.5%, 고성은 28.9%였다; not 30%, …20%를 내기로
    following = words.join(end, word_end(words, end + 1) if end + 1 < len(words.texts) else end).strip()
    return following.startswith(entity_cues().rate_changes)


def list_particle(words: Words, index: int) -> str | None:
    """The role the particle after a list's last word gives every word of the list, read from token
    ``index`` on: OG after a subject, topic or partner particle, LC after a place particle, None when
    the list ends otherwise (a verb, a clause) or runs longer than a list of names does."""
    texts, tags, spaced = words.texts, words.tags, words.spaced
    closing, joints = list_cues().closing_word, grammar().list_joints
    closed = counted = False  # after 등, a count and its head noun may come before the particle (등 10개 기관이)
    for at in range(index, min(index + LIST_REACH, len(texts) - 1)):
        tag = tags[at].split("+")[0]
        if tag == "JC" or texts[at] in joints:
            continue  # 여수시와 예시군이: the list goes on
        closed = closed or texts[at] == closing
        counted = counted or closed and tag == COUNT_TAG
        if tag not in grammar().tags.list_word and texts[at] != closing and not (counted and tag in COUNTED_HEAD_TAGS):
            return None
        following, particle = tags[at + 1].split("+")[0], texts[at + 1]
        if spaced[at]:  # a word of the list ends here: a joint or 등 follows, or it was no list (여수시 주민들이)
            if texts[at + 1] in joints or texts[at + 1] == closing or texts[at] == closing or counted and tag in COUNTED_HEAD_TAGS[:2] \
                    or entity_cues().names_a_body_part(grammar().without_particle(words.join(at + 1, word_end(words, at + 1)))):
                continue  # 등 | 10개 | 기관이: the count ends a word of its own; 한국농어촌공사 | 충남지역본부가: a body's branch
            return None
        if not following.startswith("J") or following == "JC":
            continue
        if following in grammar().tags.actor and (rate_after(words, at + 2) or particle in entity_cues().government_place_particles and going_after(words, at + 2)):
            return "LC"  # 순천과 광양은 각각 0.02% 올랐다; 전주나 광주까지 원정
        if following in grammar().tags.actor or following == "JKB" and particle in grammar().partner_particles:
            return "OG"
        if addressed(words, at + 1) and request_after(words, at + 2) and not asked_before(words, index):
            return "OG"  # 경기도와 국토교통부에 | 택지 공급을 요구했다: the ones asked (not after another asked: 정부에 | 청주시와 …)
        place = following == "JKB" and particle in entity_cues().government_place_particles
        return "LC" if place or following == "JKO" and place_verb_after(words, at + 2) else None
    return None


def going_after(words: Words, index: int) -> bool:
    """Whether the word from token ``index`` (past a space) is one of going somewhere (원정, 연장, 운행): 까지 before it says
    where to, not "even" before an actor's verb (포항시까지 나서)."""
    while index < len(words.texts) and words.texts[index].isspace():
        index += 1
    return index < len(words.texts) and words.texts[index].startswith(entity_cues().going_words)


def place_verb_after(words: Words, index: int) -> bool:
    """Whether the word from token ``index`` (past a space) is a verb whose object is a place (경유하는, 잇는)."""
    while index < len(words.texts) and words.texts[index].isspace():
        index += 1
    return (index < len(words.texts) and words.texts[index].startswith(entity_cues().place_object_verbs)
            and words.tags[index].split("+")[0] in VERB_OR_ACTION_NOUN)  # not 잇따라, an adverb
