"""Reported speech: the clauses that say what someone said without quotation marks (indirect quotes).

A clause is reported speech when it ends in a quotative ending (kiwipiepy's EC ``늘리겠다고``,
``계획이라고``, ``가자고``, ``하겠다며``) and a verb of saying follows it in the sentence (``말했다``,
``밝혔다``; the lexicon's ``speech_verbs``). Its span runs from the first word of the reported clause
to the end of the word that carries the quotative, without the particle itself (고, 며, 면서):
``김 지사는 지원을 늘리겠다고 말했다`` -> ``지원을 늘리겠다``.

The clause starts after the speaker's subject phrase (``김 지사는 |``), after a leading connective
(``그러면서 |``) or pronoun (``그는 |``), after the previous reported clause's verb, and past the time
and place of the speech act that come first (``이날 |``, ``기자회견에서 |``); otherwise at the start of
the sentence. Clauses inside a direct quote are the quote's words, and a quotative right after a
closing mark (``"…"라고``) makes the quote direct, not indirect.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from pipeline.extract.saying_verbs import (
    PAST_TAG,
    PREDICATE_TAGS,
    QUOTATIVE_TAGS,
    connective_quotative,
    end_of_word,
    quotative,
    speech_verb_after,
    term_quotative,
)
from pipeline.extract.reports_in_turn import SUBJECT_CASE, first_case_subject, named_between, told_by_the_topic
from pipeline.extract.speaker_acts import TOPIC_TAG, past_speakers_action, speakers_own_quote
from pipeline.extract.setting_preludes import past_event_before_setting, past_press_spoken_to
from pipeline.extract.speech_settings import past_cited_source, setting_or_result, past_modified_setting, past_setting, past_time_or_place, past_venue_setting
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import entity_cues, grammar, quote_cues, role_of_word
from pipeline.record import Article, Morpheme, Sentence

ARGUMENT_TAGS = frozenset({"JKS", "JKO", "JX"})  # 이/가, 을/를, 은/는/도 closing a word
PARTICLE = "J"  # any particle, as kiwipiepy tags them
QUESTION_WORDS = 8  # 부산시장이 가장 먼저 풀어야 할 과제를 묻는 | 질문에는: the words of a question before its noun
DEED_MORPHEMES = 14  # morphemes of what a speaker did before the setting of the statement: 상가에서 거리 인사를 한 뒤
NAMED_SPEAKER_LABELS = ("PS", "OG")  # a person or body the article names


@dataclass(frozen=True)
class Reported:
    start: int  # of the reported clause
    end: int  # before the quotative particle
    verb: str  # the verb of saying as written (밝혔다)
    speaker_phrase_end: int  # where the subject phrase before the clause ends, or the sentence start
    told: bool = False  # a report the sentence's topic tells in turn: its speaker is the subject ending at speaker_phrase_end


def reported_clauses(article: Article, quoted: Callable[[int], bool], subject_end: Callable[[int, int], int | None]) -> list[Reported]:
    """Every reported clause of the article outside page chrome and direct quotes.

    ``quoted(position)`` says whether a position lies inside a direct quote; ``subject_end(start,
    end)`` gives where the speaker's subject phrase between ``start`` and ``end`` ends (its particle
    included), or None when the sentence names no subject there.
    """
    found = []
    starts = [m.start for m in article.morphemes]
    for sentence in article.sentences:
        if article.in_chrome(sentence):
            continue
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_left(starts, sentence.end)
        morphemes = article.morphemes[first:last]
        after_previous, chain, named = sentence.start, False, False  # named: the chain's first clause had its speaker's subject
        opening, opened_named = sentence.start, False  # where the last clause found begins its phrase, its subject included
        teller: tuple[int, int] | None = None  # a report that tells the last one in turn: its clause's start, its speaker's phrase end
        for index, morpheme in enumerate(morphemes):
            if morpheme.tag not in QUOTATIVE_TAGS or quoted(morpheme.start) \
                    or not (quotative(article.text, morpheme) or term_quotative(morphemes, index)):
                continue
            verb = speech_verb_after(article.text, morphemes, index, quoted)
            chained = verb is None and connective_quotative(article.text, morpheme) and not _request_in_a_deed(article.text, morphemes, index, quoted)
            if chained:  # …하겠다며 | …하겠다고 밝혔다: the verb of the report that follows says this one too
                verb = _next_report_verb(article.text, morphemes, index, quoted)
            if verb is None:
                continue
            particle = _particle_of(morpheme.form)
            end = morpheme.end - (len(particle) if article.text.endswith(particle, 0, morpheme.end) else 0)  # 단계라며: 라 written, 고 restored
            if teller is not None and morpheme.start < after_previous:  # 경찰은 | A씨가 …훔쳤다고 진술했 | 다고 밝혔다
                found.append(Reported(teller[0], end, verb[0], teller[1]))
                after_previous, teller = verb[1], None
                continue
            if found and not (chain or chained) and morpheme.start < after_previous and opened_named \
                    and found[-1].start >= sentence.start and named_between(morphemes, index, verb[1], quoted):
                # 조 실장은 …자고 말했 | 다고 가람시청이 밝혔다: the report holds the one before, reported in turn
                found.append(Reported(opening + len(told := article.text[opening:end]) - len(told.lstrip()), end, verb[0], sentence.start))
                after_previous = verb[1]
                continue
            subject = subject_end(after_previous, morpheme.start)
            if chain and subject is not None and (case_subject(article.morphemes, starts, subject) or also_subject(article.morphemes, starts, subject)
                                                  or named and _addressed(article.text, subject, end)):
                subject = None  # 석씨는 …걱정이라며 | 사업자 측이 동의를 받지 않았다고, …근무한다며 | 간호사도 상주한다고: the clause's own;
                # 경찰은 …있다며 | 시민은 신고해 달라고 요청했다: the topic of a request is whom it asks
            elif subject is not None and (case_subject(article.morphemes, starts, subject) or also_subject(article.morphemes, starts, subject)) \
                    and (_clause_subject_after_connective(article, morphemes, after_previous, subject, end, sentence, verb[0])
                         or named_between(morphemes, index, verb[1], quoted)):
                subject = None  # 또 부지도 군이 마련하겠다고 덧붙였다: the speaker is carried; 친구가 많다고 | 한서윤씨는 말했다: named
                # after the clause; 군이, 친구가 are the clause's
            elif subject is not None and not chained and not verb[0].endswith(quote_cues().quotative_endings) \
                    and named_between(morphemes, index, verb[1], quoted):  # not …늦어진다고 | 주민들이 항의했다고 말했다: a report told in turn
                subject = None  # 김 위원장은 …말했다고 | 통신이 보도했다: the topic is the clause's own, its speaker named after it
            if subject is not None and not (chain or chained) and not case_subject(article.morphemes, starts, subject) \
                    and told_by_the_topic(article.text, morphemes, verb, quoted) and not named_between(morphemes, index, verb[1], quoted) \
                    and (inner := first_case_subject(morphemes, subject, morpheme.start, quoted)) is not None:
                # 경찰은 | A씨가 | …훔쳤다고 진술했다고 밝혔다: A씨's report, which the topic tells in turn
                teller, subject = (_clause_start(article, morphemes, subject, end, sentence), subject), inner
            start = _clause_start(article, morphemes, subject if subject is not None else after_previous, end, sentence)
            start = past_speakers_action(article.text, morphemes, start, end, quoted) if subject is not None else start
            inside = [at for at in range(start, end) if quoted(at)]
            own_end = speakers_own_quote(article.text, morphemes, after_previous, inside, quoted) if inside else None
            if own_end is not None:
                opened = max((at for at in inside if not quoted(at - 1)), default=inside[0])  # the last quote's first word (or the
                # clause's, inside a quote opened in a sentence before: "…늦어졌다. | 인력도 없다"며)
                answered = subject is not None and case_subject(article.morphemes, starts, subject)  # 채 의원이 …고 말한 데 대해 | 국민의힘은
                topics = [m.end for m in morphemes if answered and subject < m.start < opened and m.tag == TOPIC_TAG
                          and m.form in grammar().topic_particles and not quoted(m.start)]
                subject = topics[-1] if topics else subject  # 채 의원이 "…"고 말한 데 대해 국민의힘은 | "…"라며 | …: the quote's speaker
                start = _clause_start(article, morphemes, own_end, end, sentence)
                inside = [at for at in range(start, end) if quoted(at)]
            stray = any(article.text[at] in quote_cues().marks and not (quoted(at) or quoted(at - 1) or quoted(at + 1))
                        for at in range(start, end))  # a mark that no quote closed
            aspect = article.text[start:end].strip() in quote_cues().progressive_auxiliaries  # …호소하고 | 있다고 전했다: no clause
            if start < end and not stray and not aspect and (not inside or _report_holds_quote(article.text, start, end, inside)):
                found.append(Reported(start, end, verb[0], subject if subject is not None else sentence.start, teller is not None))
                opening, opened_named = (opening, opened_named) if chain else (after_previous, subject is not None)  # a chain's reports
                # open where its first did, which named its speaker before it or not
            named = chained and (named or subject is not None)
            after_previous, chain = (end_of_word(article.text, morpheme.end), True) if chained else (verb[1], False)
    return found


def _addressed(text: str, subject_end: int, end: int) -> bool:
    """Whether the clause after a topic ending at ``subject_end`` asks or urges it (``시민은 | 신고해 달라``, ``…해야 한다``): the
    topic is whom the speaker addresses, not the speaker."""
    cues = quote_cues()
    return text[subject_end:end].rstrip().endswith((*cues.request_endings, *cues.obligation_endings))


def also_subject(morphemes: list[Morpheme], starts: list[int], subject_end: int) -> bool:
    """Whether the subject phrase ending at ``subject_end`` ends in 도 (``정부도``): after a connective that carries
    the speaker, one the clause urges (``그러면서 | 정부도 예산을 늘려야 한다고``) is the clause's own subject."""
    last = morphemes[bisect.bisect_left(starts, subject_end) - 1]
    return last.tag == TOPIC_TAG and last.form == quote_cues().also_particle


def case_subject(morphemes: list[Morpheme], starts: list[int], subject_end: int) -> bool:
    """Whether the subject phrase ending at ``subject_end`` ends in a case particle (이, 가), not a topic's (은, 는)."""
    return morphemes[bisect.bisect_left(starts, subject_end) - 1].tag == SUBJECT_CASE


def _clause_subject_after_connective(article: Article, morphemes: list[Morpheme], start: int, subject_end: int, end: int,
                                     sentence: Sentence, verb: str = "") -> bool:
    """Whether, in a sentence that opens with a connective carrying the previous speaker (``또``, ``이어``), the case
    subject ending at ``subject_end`` is the reported clause's own: it comes after another argument of the clause (a
    subject, an object or a ``도`` phrase: ``또 | 산업단지 부지도 군이 마련하겠다고``), the clause says what it must do
    (``이어 | 해양수산부가 기준을 낮춰야 한다고``): the speaker's subject comes first, and nobody reports their own duty so,
    or the verb adds to what was said (``또 | 젊은 선수들이 …졌다고 덧붙였다``): only one who spoke adds, unless the subject is
    a person or body the article names (``또 박 의원이 …고 덧붙였다``: a new speaker's addition)."""
    opening = article.text[sentence.start : sentence.end].split(" ", 1)[0].rstrip(",")
    if opening not in quote_cues().carried:
        return False
    named = any(e.label in NAMED_SPEAKER_LABELS and start <= e.start < subject_end for e in article.entities)  # 또 박 의원이 …고 덧붙였다
    if article.text[subject_end:end].rstrip().endswith(quote_cues().obligation_endings) or verb.startswith(quote_cues().adding_verbs) and not named:
        return True
    first = bisect.bisect_left([m.start for m in morphemes], _clause_start(article, morphemes, start, subject_end, sentence))
    subject_word = text_word_start(article.text, subject_end)
    return any(m.tag in ARGUMENT_TAGS and m.end < subject_word and article.text[m.end : m.end + 1] == " " for m in morphemes[first:])


def clause_closed(text: str, morphemes: list[Morpheme], start: int, end: int, quoted: Callable[[int], bool] = lambda _: False) -> bool:
    """Whether a clause ends between ``start`` and ``end`` outside ``quoted`` words (a quote's own clauses close
    none of the sentence's: ``상인이 "…안 되는데, 왜 …"고 항의하자``): a connective ending followed by a comma
    (``…밝혔으나,``, ``…했지만,``) or closing a clause of time (``…요구하자 | 정 후보는``), or a
    clause set against what follows (``주민들은 반기는 반면 | 상인들은 …``)."""
    first = bisect.bisect_left([m.start for m in morphemes], start)
    inside = list(itertools.takewhile(lambda m: m.end <= end, morphemes[first:]))
    return any(m.tag == "EC" and (text[m.end : m.end + 1] == "," or m.form in quote_cues().subordinate_endings) and not quoted(m.start) for m in inside) \
        or any(m.tag == "ETM" and after.form in quote_cues().contrast_nouns and not quoted(m.start) for m, after in zip(inside, inside[1:]))


COPULA_TAG = "VCP"
OBJECT_TAG = "JKO"
ARGUMENT_PARTICLE_TAGS = ("JKO", "JKB", "JKG")  # 농가를, 대상으로, 마을의: what a clause's verb takes before it
NUMERAL_TAGS = ("NR", "MM")  # 천 in 1천240명: a number written with a numeral word; 양 in 양일간: a determiner
CLAUSE_ARGUMENT_WORDS = 7  # 최근 마늘 재배 농가 300곳을 대상으로 | 벌인: the words before an adnominal verb that may be its arguments
TOPIC_PHRASE_MORPHEMES = 8  # 더불어민주당 | 채윤호 | 의원 | (…) | 은: a name, its party and title before the topic particle


def modifies_a_noun_after(text: str, morphemes: list[Morpheme], starts: list[int], particle_end: int, limit: int | None = None,
                          copula: bool = False) -> bool:
    """Whether the subject whose particle ends at ``particle_end`` is the subject of a clause that modifies
    the noun after it (``박 지사가 제안한 | 행정통합``): the next word is an action verb in its adnominal
    form. Such a subject is not the sentence's; an adjective (``새로운``) or a state (``정형화된``) modifies
    without one. A quote opening after the particle is the subject's words, not a modifier (``박 의원이 | "남은 것은…"``).
    With a ``limit``, the sentence must have another subject before it: a report with none is the first subject's
    (``노조가 | 밀린 임금을 주지 않으면 파업하겠다고 밝혔다``). With ``copula``, a copula's adnominal form modifies with a
    subject of its own too when the noun phrase it modifies is the sentence's topic (``점동면이 | 지역구인 채윤호 의원은``);
    not one it modifies elsewhere, which may be its subject instead (``한도윤 군수가 | 고향인 봉평면을``)."""
    if text[particle_end : particle_end + 1] != " " or not text[particle_end + 1 : particle_end + 2].isalnum():
        return False
    first = bisect.bisect_left(starts, particle_end + 1)
    word_end = end_of_word(text, particle_end + 1)
    word = [m for m in morphemes[first : first + 6] if m.end <= word_end]
    dated = text[particle_end + 1 : word_end] in entity_cues().date_leads  # 한국갤럽이 | 지난 14일 …을 대상으로 실시한
    if word and (word[-1].tag != "ETM" or dated) and (verb := _verb_past_its_object(text, morphemes, starts, particle_end + 1)) is not None:
        first, word_end = bisect.bisect_left(starts, verb), end_of_word(text, verb)  # 가람군이 농가를 대상으로 | 벌인 설문조사에서
        word = [m for m in morphemes[first : first + 6] if m.end <= word_end]
    word, in_progress = _in_progress(text, morphemes, first, word)  # 시가 추진 | 중인 사업이
    action = in_progress or any(m.tag in PREDICATE_TAGS and m.form not in grammar().passive_verbs for m in word[:-1])  # not 정형화된
    topical = copula and not action and len(word) > 2 and word[-2].tag == COPULA_TAG and _topic_phrase(morphemes[first + len(word) :])
    modifies = (len(word) > 1 and word[-1].tag == "ETM" and (action or topical)
                and text[particle_end + 1 : word_end] not in entity_cues().date_leads)  # 지난 12일: a date
    if not modifies or limit is None or topical:
        return modifies
    after = itertools.takewhile(lambda m: m.end <= limit, morphemes[first + len(word) :])
    return any(grammar().marks_subject(m.tag, m.form) and m.form not in quote_cues().not_speaker_particles for m in after)


def _in_progress(text: str, morphemes: list[Morpheme], first: int, word: list[Morpheme]) -> tuple[list[Morpheme], bool]:
    """``추진 | 중인``, ``추진중인``, ``추진하고 | 있는``: an action noun and the dependent noun of an action in progress in the
    copula's adnominal form, in the next word or glued to it, or a verb and the auxiliary of progress in its adnominal form:
    the words read as one verb's adnominal form."""
    if len(word) == 4 and word[0].tag.startswith("NN"):  # 추진중인
        return word, [m.tag for m in word[1:]] == ["NNB", COPULA_TAG, "ETM"] and word[1].form in grammar().progress_nouns
    spaced = bool(word) and text[word[-1].end : word[-1].end + 1] == " "
    progress = [m for m in morphemes[first + len(word) : first + len(word) + 3] if spaced and m.end <= end_of_word(text, word[-1].end + 1)]
    tags = [m.tag for m in progress]
    noun = len(word) == 1 and word[0].tag.startswith("NN") and tags == ["NNB", COPULA_TAG, "ETM"] and progress[0].form in grammar().progress_nouns
    verb = bool(word) and word[-1].tag == "EC" and tags == ["VX", "ETM"]  # 추진하고 | 있는
    return (word + progress, True) if noun or verb else (word, False)


def _verb_past_its_object(text: str, morphemes: list[Morpheme], starts: list[int], start: int) -> int | None:
    """Where the word of an adnominal verb starts after the words of its object and adverbials from ``start`` (``농가 300곳을
    대상으로 | 벌인``): nouns and particles only, an object among them, so that the subject before is that verb's agent."""
    position, with_object = start, False
    for _ in range(CLAUSE_ARGUMENT_WORDS):
        word_end = end_of_word(text, position)
        if text[position:word_end] in entity_cues().date_leads:  # 지난 | 14~16일: a date, no verb of the clause
            position = end_of_word(text, word_end + 1) + 1
            continue
        word = morphemes[bisect.bisect_left(starts, position) : bisect.bisect_left(starts, word_end)]
        if not word:
            return None
        if word[-1].tag == "ETM":  # the verb of a setting (벌인 | 설문조사에서) or of a result (조사한 | 결과): not a noun the
            # sentence goes on with (A씨가 자신을 신고한 | 직원을 고소했다), nor a clause of time (폭죽을 터뜨린 | 뒤 "…"라고 외쳤다)
            noun = setting_or_result(text, morphemes, starts, word_end + 1)
            return position if noun is not None and (with_object or quote_cues().frame_at(text, noun, quote_cues().source_frames)) else None
        if not all(m.tag in grammar().tags.nominal or m.tag in ARGUMENT_PARTICLE_TAGS or m.tag in NUMERAL_TAGS for m in word):  # 1천240명을
            return None  # 도민을 위해: a verb of its own, a clause that goes on
        with_object = with_object or any(m.tag == OBJECT_TAG for m in word)
        position = word_end + 1
    return None


def _topic_phrase(following: list[Morpheme]) -> bool:
    """Whether the noun phrase that starts ``following`` ends in a topic particle (``더불어민주당 채윤호 의원은``)."""
    for morpheme in following[:TOPIC_PHRASE_MORPHEMES]:
        if morpheme.tag.startswith(("J", "E", "V", "X")) and not morpheme.tag.startswith(("XSN", "XPN")):
            return morpheme.tag == "JX" and morpheme.form in grammar().topic_particles
    return False


def _request_in_a_deed(text: str, morphemes: list[Morpheme], index: int, quoted: Callable[[int], bool]) -> bool:
    """A request closed by a connective (써달라며, 전해 달라며) joined to a deed the next report tells in the past (…써달라며
    쌀을 기탁했다고 밝혔다): part of the deed's report; not one before a promise (…도와 달라며 …성공시키겠다고 말했다)."""
    morpheme = morphemes[index]
    if not text[text_word_start(text, morpheme.start) : morpheme.end].endswith(quote_cues().request_quotatives):
        return False
    report = next((at for at in range(index + 1, len(morphemes)) if quotative(text, morphemes[at]) and not quoted(morphemes[at].start)), index)
    return any(m.tag == PAST_TAG and m.form in quote_cues().past_endings for m in morphemes[index + 1 : report])


def _next_report_verb(text: str, morphemes: list[Morpheme], index: int, quoted: Callable[[int], bool]) -> tuple[str, int] | None:
    """The verb of saying of the next reported clause in the sentence (…하겠다며 | …하겠다고 밝혔다)."""
    for position in range(index + 1, len(morphemes)):
        if quotative(text, morphemes[position]) and not quoted(morphemes[position].start):
            return speech_verb_after(text, morphemes, position, quoted)
    return None


def _report_holds_quote(text: str, start: int, end: int, inside: list[int]) -> bool:
    """Whether a reported clause holding someone else's direct quote is a report of its own, the quote
    included (``박 씨가 "…"면서 … 다녔다고 보도했다``): it has words of its own besides the quote and
    the quote's verb (not ``"…"고 약속했다고 전했다``)."""
    before, after = text[start : inside[0]], text[end_of_word(text, inside[-1] + 1) : end]
    return bool(before.strip(" " + "".join(quote_cues().double_and_single_marks))) or " " in after.strip()  # ‘…’이라고: the words


def _particle_of(form: str) -> str:
    return next(p for p in quote_cues().quotative_particles if form.endswith(p))


def _bare_post_topic(word: str) -> bool:
    """``관장은``, ``군수는``: a title alone as the sentence's topic, which names the speaker (see unnamed_speakers); also
    a body's kind alone (``회사는``, ``병원은``), the body the article named before."""
    bare = grammar().without_particle(word)
    return bare != word and word.endswith(tuple(grammar().topic_particles)) and (role_of_word(bare) == bare or bare in quote_cues().post_body_nouns)


def _past_adverb_and_setting(text: str, morphemes: list[Morpheme], start: int, word_end: int, end: int) -> int | None:
    """Where a setting ends that an adverb of the speech act opens (``곧바로 논평을 내 |``, ``즉각 성명을 내고 |``)."""
    word = [m for m in morphemes if start <= m.start < word_end]
    if len(word) != 1 or word[0].tag not in grammar().tags.adverb:
        return None
    next_end = next((i for i in range(word_end + 1, end) if text[i] == " "), end)
    return past_setting(text, morphemes, text[word_end + 1 : next_end], next_end, end)


def _past_deed_before_setting(article: Article, morphemes: list[Morpheme], start: int, end: int) -> int | None:
    """Where a setting ends that follows what the speaker did first, closed by a time noun after its adnominal verb
    (``상가에서 거리 인사를 한 뒤 | 기자들과 만나 |``), or by the circumstance's noun (``주민이 참석한 가운데 | 집회를 열고 |``);
    None without such a setting right after it."""
    inside = [m for m in morphemes if start <= m.start < end][:DEED_MORPHEMES]
    for verb_end, noun in zip(inside, inside[1:]):
        if verb_end.tag == "ETM" and noun.form in (*quote_cues().sequence_nouns, *quote_cues().circumstance_nouns) and article.text[noun.end : noun.end + 1] == " ":
            after = noun.end + 1
            word_end = next((i for i in range(after, end) if article.text[i] == " "), end)
            setting = past_setting(article.text, morphemes, article.text[after:word_end], word_end, end)
            return setting if setting is not None and setting < end else None
    return None


def _past_question(text: str, morphemes: list[Morpheme], start: int, end: int) -> int | None:
    """Where the question put to the speaker ends, closed by its noun after the clause that asks it (``방안을 묻는 질문에는 |``)."""
    for word in itertools.islice(re.finditer(r"\S+", text[start:end]), QUESTION_WORDS):
        before = bisect.bisect_left(morphemes, start + word.start(), key=attrgetter("end")) - 1
        setting = next((s for s in sorted(quote_cues().question_settings, key=len, reverse=True) if text.startswith(s, start + word.start())
                        and not text[start + word.start() + len(s) : start + word.start() + len(s) + 1].strip(" ,")), None)
        if setting is not None and before >= 0 and morphemes[before].tag == "ETM" and start + word.start() + len(setting) < end:
            return start + word.start() + len(setting)  # …묻는 질문에는 |, …고치겠냐는 질문을 받자 |
    return None


def _clause_start(article: Article, morphemes: list[Morpheme], start: int, end: int, sentence: Sentence) -> int:
    """The first word of the reported clause at or after ``start``: past spaces, a leading connective
    or pronoun, and the time and place of the speech act (이날, 12일, 기자회견에서)."""
    text = article.text
    cues = quote_cues()
    leading = not text[sentence.start : start].strip()  # no subject before: a pronoun with 이/가 here is the speaker's
    while True:
        while start < end and text[start] in " \n,":
            start += 1
        word_end = next((i for i in range(start, end) if text[i] == " "), end)
        word = text[start:word_end]
        if word_end >= end or not word:
            return start
        opener = next((c for c in (*cues.carried_longest_first, *cues.turning_openers) if text.startswith((c + " ", c + ","), start)), None)
        if opener is not None and text[start + len(opener) :].lstrip(" ,").split(" ", 1)[0] in cues.opener_phrase_heads:
            opener = None  # 이에 따라 …: one phrase, what is said
        if opener is not None:
            start += len(opener)  # 그러면서 |, 이와 함께 |, 다만 |
        elif word in cues.pronouns and (leading or word.endswith(tuple(grammar().topic_particles))) \
                or start == sentence.start and _bare_post_topic(word):
            start = word_end  # 그는 |, 관장은 |; not 경찰은 | 그가 범행했다고: the clause's own subject
        elif start == sentence.start and word in cues.group_determiners and _bare_post_topic(text[word_end + 1 :].split(" ", 1)[0]):
            start = next((i for i in range(word_end + 1, end) if text[i] == " "), end)  # 두 의원은 |: the speakers, whoever the phrase names
        elif (skipped := _past_question(text, morphemes, start, end)) is not None:
            start = skipped  # 방안을 묻는 질문에는 |: the question answered, whole (출마하냐는 질문에 대해 |)
        elif text[start] in cues.marks:
            return start  # a quote's words are no setting of the speech act: "소송을 내면서 …"며 |
        elif (skipped := past_setting(text, morphemes, word, word_end, end)) is not None:
            start = skipped  # before the place alone: 회의에 참석해 |
        elif (skipped := _past_adverb_and_setting(text, morphemes, start, word_end, end)) is not None:
            start = skipped  # 곧바로 논평을 내 |: how soon it was issued
        elif (skipped := past_modified_setting(text, morphemes, start, end)) is not None:
            start = skipped  # 같은 날 |, 곧바로 반박 논평을 내 |, 지역 라디오에 출연해 |: before the place alone
        elif (skipped := past_cited_source(text, morphemes, start, end)) is not None:
            start = skipped  # 외신을 인용해 |, 군수 명의 안내문을 통해 |: the source cited or the medium
        elif (skipped := past_time_or_place(article, morphemes, start, word_end, end)) is not None:
            start = skipped
        elif (skipped := past_venue_setting(text, morphemes, start, end)) is not None:
            start = skipped  # 의회에서 | 회견을 갖고 |: where the setting was
        elif (skipped := _past_deed_before_setting(article, morphemes, start, end)) is not None:
            start = skipped  # 거리 인사를 한 뒤 | 기자들과 만나 |: what the speaker did before the setting
        elif (skipped := past_event_before_setting(text, morphemes, word_end, end)) is not None:
            start = skipped  # 국감 뒤 | 공동 성명을 내고 |: after which event the setting came
        elif (skipped := past_press_spoken_to(text, morphemes, start, end)) is not None:
            start = skipped  # 법원을 나와 기자들에게 |: the press it was said to, and the place left to meet it
        else:
            return start
