"""Where and when a statement was made, which opens a reported clause without being part of it: the time
(``이날 |``, ``12일 |``), the place (``기자회견에서 |``) and the setting with its verb (``회견을 열어 |``,
``기자들과 만나 |``, ``의회에서 | 회견을 갖고 |``)."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from pipeline.extract.saying_verbs import end_of_word
from pipeline.lexicon import ends_speaker_title, entity_cues, grammar, quote_cues
from pipeline.record import Article, Morpheme

PLACE_MODIFIER_WORDS = 2
CHAIR_WORDS = 4  # 한도윤 | 행정부지사 | 주재로: a chair's name, title and the chairing word
SOURCE_PHRASE_WORDS = 6  # 나래군 보건소장 명의 안내문을 | 통해: the nouns of a cited source or of a medium
PAST_EVENT_WORDS = 6  # 14일 | 열린 제251회 임시회 5분 자유발언에서: after a past event's verb, the words before its place
VENUE_WORDS = 3  # 가람시청 | 대회의실에서: the words of a venue
PLACE_MODIFIER_TAGS = frozenset({"ETM", "SN", "SL", "JKG"})  # 오후 열린, 3차, 자신의 | 페이스북에, AP통신과의 | 인터뷰에서
POSSESSIVE_TAG = "JKG"  # 의
TIME_NOTE = re.compile(r"\([^()\s]{1,8}\)")
SPACED_WORD = re.compile(r"\S+")
RULING_REACH = 12  # characters from a report's quotative to its verb of ruling: 고 | 22일 | 판결했다
CLAUSE_SETTING_WORDS = 10  # 가람시의 한 아파트 주민 42명이 시공사인 가람건설을 상대로 | 낸: a past event's clause before its verb
CLAUSE_CLOSING_TAGS = frozenset({"EC", "EF", "EP", "SF", "ETN", "JKQ", "SS", "SSO", "SSC"})  # a clause closed, a quote
PARTNER_TAG, NAME_MARK_TAGS = "JKB", frozenset({"SSO", "SSC"})  # 와 of 와의; the marks around a name
COPULA_TAG = "VCP"
SUBJECT_TAG = "JKS"
COMMA_TAG = "SP"
PARTNER_NAME_WORDS = 3  # words of a partner's name before its 와의 (영국 일간지 ‘데일리 옵서버’와의)


def past_venue_setting(text: str, morphemes: list[Morpheme], start: int, end: int) -> int | None:
    """Where a venue of a few nouns closed by 에서 and the setting after it end (``의회에서 | 회견을 갖고 |``, ``도청
    대회의실에서 | 취임 2주년 기자회견을 열고 |``); None when the clause does not open with them."""
    for _ in range(VENUE_WORDS):
        word_end = next((i for i in range(start, end) if text[i] == " "), end)
        if word_end >= end:
            return None
        if text[start:word_end].endswith(quote_cues().setting_venue_particle):
            return _past_setting_after(text, morphemes, word_end, end)
        if not all(m.tag in grammar().tags.nominal for m in morphemes if start <= m.start < word_end):
            return None
        start = word_end + 1
    return None


def _past_setting_after(text: str, morphemes: list[Morpheme], position: int, end: int) -> int | None:
    """Where a setting that starts at the word after ``position`` ends, maybe past a few words that modify its
    place (``의회에서 | 회견을 갖고``, ``대회의실에서 | 취임 2주년 기자회견을 열고``)."""
    start = position + 1
    for _ in range(PLACE_MODIFIER_WORDS + 1):
        start = _past_marked_name(text, start, end)  # 마을회관 앞에서 | '작은 마을 지키기' 집회를 열고: the event's name
        word_end = next((i for i in range(start, end) if text[i] == " "), end)
        if word_end >= end:
            return None
        if (skipped := past_setting(text, morphemes, text[start:word_end], word_end, end)) is not None:
            return skipped
        if not _place_modifier([m for m in morphemes if start <= m.start < word_end]):
            return None
        start = word_end + 1
    return None


def past_setting(text: str, morphemes: list[Morpheme], word: str, word_end: int, end: int) -> int | None:
    """Where the setting of the speech act that opens the clause ends: a place or audience and the verb
    that joins it (``회견을 열어 |``, ``기자들과 만나 |``, ``라디오에 출연해 |``), the one who spoke for the speaker
    (``변호인을 통해 |``), or whom the words were aimed at (``두 후보를 겨냥해 |``); None without one."""
    cues = quote_cues()
    bare = grammar().without_particle(word)
    verb_end = next((i for i in range(word_end + 1, end) if text[i] == " "), end)
    verb = [m for m in morphemes if word_end < m.start < verb_end]
    stem = "".join(m.form for m in itertools.takewhile(lambda m: m.tag not in ("EC", "ETM"), verb))
    aimed = bare != word and stem in cues.speech_target_verbs and word.endswith(cues.object_particles) and verb[-1].tag == "EC"
    if aimed and ends_speaker_title(bare):
        return verb_end if verb_end < end else None  # 의원을 향해 |, 두 후보를 겨냥해 |; not 미래를 향해, 관광객을 겨냥해: what is said
    met = stem in cues.meeting_verbs and word.endswith(tuple(grammar().partner_particles)) and _people_met(bare) \
        and text[:end].endswith(cues.request_endings)  # …들과 만나 | 동참해 달라: not a deed or plan told, 상인들과 만나 협약을 맺었다
    if bare == word or not (bare.endswith(cues.speech_places) or bare in cues.speech_audiences or bare in cues.speech_media or met):
        return None
    media = (*cues.statement_documents, *cues.speech_media, *cues.posting_media)  # 보도자료를 통해, 블로그를 통해 |
    if not verb or stem not in cues.setting_verbs or stem == cues.medium_verb and not bare.endswith(media):
        return None  # 행사를 통해 | 판로를 넓히겠다: the means of what is said, only a statement's document or a spokesman is its medium
    if stem == cues.medium_verb and bare.endswith(tuple(cues.posting_media)) and any(
            m.tag == "EP" and m.form in cues.promise_tenses for m in morphemes if verb_end < m.start < end):
        return None  # 유튜브를 통해 관광지를 알리겠다: the means of a promise
    if verb[-1].tag == "ETM":  # 간담회를 가진 뒤 |: the time noun after the verb closes the setting
        noun_end = next((i for i in range(verb_end + 1, end) if text[i] == " "), end)
        noun = grammar().without_particle(text[verb_end + 1 : noun_end])
        return noun_end if noun in grammar().clause_nouns and noun_end < end else None
    contracted = verb[-1].tag.startswith("VV") and verb[-1].end == verb_end  # 만나: 만나 + 아, which kiwipiepy may write as one
    return verb_end if (verb[-1].tag == "EC" or contracted) and verb_end < end else None


def _people_met(noun: str) -> bool:
    """``주민단체들``, ``상인``, ``기자들``: a speaker's noun or any noun in the plural, whom a speaker meets to ask what follows
    (``주민단체들과 만나 | …해 달라고 요청했다``)."""
    cues = quote_cues()
    return cues.names_speakers(noun) or noun.endswith(tuple(cues.plural_suffixes))


def _speech_time(text: str, label: str) -> bool:
    """이날, 12일, 지난 12일, 오후 2시: when a statement was made; not 올해, 오는 13일, 매주 토요일 or 1시간, which are what is said."""
    cues = quote_cues()
    if text.startswith((*entity_cues().future_date_leads, *cues.recurring_leads)):
        return False  # 오는 13일, 매주 토요일: when what is said happens
    return label == "TI" and not _duration(text) or text in cues.speech_days or text.endswith(cues.day_suffix)


def _duration(text: str) -> bool:
    """1시간, 한 시간, 1시간 30분: how long something takes, not a clock's time (오후 2시 30분)."""
    cues = quote_cues()
    return text.endswith(cues.duration_units) and cues.clock_hour not in text.replace(cues.hours_word, "")


def _past_approximator(text: str, end: int) -> int:
    """Past a word that makes the time before ``end`` approximate, written apart from it (``오후 5시 30분 | 쯤``)."""
    word = next((word for word in entity_cues().time_approximators if text.startswith(f" {word} ", end)), None)
    return end + 1 + len(word) if word else end


def past_time_or_place(article: Article, morphemes: list[Morpheme], start: int, word_end: int, report_end: int) -> int | None:
    """Where the time (이날, 12일, 지난 12일 오후) or the place (기자회견에서) of the speech act that
    opens the clause ends; None when the clause does not open with one. A date with a particle
    (내년부터) or ahead of the speech (오는 13일) belongs to what is said, and so does one when the report ending at
    ``report_end`` dates its saying apart (``지난 11일 … 체결했다고 12일 밝혔다``: 11일 is when it was signed), with the
    place after it (``지난 13일 교무회의에서 … 심의했다고 15일 밝혔다``: where it was deliberated)."""
    text = article.text
    when = next((e for e in article.entities if e.start == start and e.label in ("DT", "TI")), None)
    if when is not None and _speech_time(when.text, when.label) and _dated_saying(article, report_end):
        return None  # 지난 13일 교무회의에서 … 심의했다고 | 15일 밝혔다: the date and the meeting after it are the event's
    if when is not None and _speech_time(when.text, when.label):
        date = TIME_NOTE.match(text, when.end)  # 오늘(4일), 4일(현지시간)
        end = _past_approximator(text, date.end() if date else when.end)
        if text[end : end + 1] == " ":
            return end
    cues = quote_cues()
    event_ahead = text[start:word_end] in cues.ahead_event_words and not text[word_end + 1 :].startswith(tuple(cues.time_units))  # not 다음 날
    if event_ahead or text.startswith(tuple(cues.ahead_time_words), start):
        return None  # 다음 공판에서 조사하겠다: an event to come, what is promised
    past_event = False
    partner_name = _with_partner().match(text, start)  # 영국 일간지 ‘데일리 옵서버’와의 | 인터뷰에서: the interviewer's name, however long
    partner = partner_name is not None
    event_place = _placed_before_past_event(text, morphemes, start)  # 가람시 나래구 전시관에서 | 열린 발표회에서: the event's place, however long
    ruling = any(verb in text[report_end : report_end + RULING_REACH] for verb in cues.ruling_verbs)  # …지급하라고 22일 판결했다
    clause = clause_of_past_event(text, morphemes, start)  # 주민 42명이 가람건설을 상대로 낸 | 손해배상 소송에서
    clause = clause if ruling or _speech_place_at(text, morphemes, start, clause) else 0  # 교통과를 상대로 한 | 행정사무감사에서
    for step in range(clause + PAST_EVENT_WORDS + 1):
        if step < clause:
            past_event, start = True, word_end + 1
            word_end = end_of_word(text, start)
            continue
        if step > clause + PLACE_MODIFIER_WORDS and not (past_event or partner or event_place):
            return None  # 청년 맞춤형 공공 일자리에: what is said, no setting
        past_event = past_event or _past_event_verb([m for m in morphemes if start <= m.start < word_end])
        bare_end = word_end - 1 if text[word_end - 1] == "," else word_end  # 기자회견에서, …
        last = next((m for m in reversed(morphemes) if m.end == bare_end), None)
        if last is not None and last.tag.startswith("JX") and last.form in grammar().stacking_particles:  # 의견서에서도 |: 에서 + 도
            last = next((m for m in reversed(morphemes) if m.end == last.start and m.tag == "JKB"), last)
        placed = last is not None and last.tag == "JKB" and last.form in quote_cues().speech_place_particles
        document = past_event and last is not None and last.form == cues.setting_venue_particle and text[start : last.start] in cues.published_documents
        if placed and (text[start : last.start].endswith(quote_cues().speech_places) or document) and not _adnominal_verb_after(text, morphemes, word_end):
            return word_end  # 기자회견에서, not 각계각층에서, nor 착공식에서 나온 요구: what is said
        if placed and not _adnominal_verb_after(text, morphemes, word_end):
            return None  # 각계각층에서 활동하는: a place of what is said; not 가람청에 | 대한 감사에서, 시청에서 | 열린 간담회에서
        in_name = partner_name is not None and word_end <= partner_name.end("partner") \
            and (_in_marks(text, partner_name.start(), start, word_end) or _nouns(morphemes, start, word_end))  # not 주민들이 | 가람일보와의
        if not placed and not in_name and not _place_modifier([m for m in morphemes if start <= m.start < word_end]):
            return None
        start = word_end + 1  # 세번째 정책 | 보도자료에서, 오후 열린 | 회견에서
        word_end = end_of_word(text, start)
    return None


def clause_of_past_event(text: str, morphemes: list[Morpheme], start: int) -> int:
    """How many words from ``start`` make a clause closed by a past event's verb (``주민 42명이 가람건설을 상대로 | 낸``): its
    subject, objects and adverbials, and no ending that closes a clause before the verb; 0 when they make none. Asked only
    of a court's ruling, where such a clause says whose lawsuit it was; elsewhere it is as often part of what is said
    (``A씨가 지난해 열린 박람회에서 관람객을 폭행했다``)."""
    for index, word in enumerate(itertools.islice(SPACED_WORD.finditer(text, start), CLAUSE_SETTING_WORDS)):
        inside = [m for m in morphemes if word.start() <= m.start < word.end()]
        if index and _past_event_verb(inside):
            return index + 1
        if not inside or not _apposition(inside) and any(m.tag in CLAUSE_CLOSING_TAGS or m.tag.startswith("V") for m in inside):
            return 0
    return 0


def _speech_place_at(text: str, morphemes: list[Morpheme], start: int, index: int) -> bool:
    """Whether the word ``index`` words after ``start`` is a place of speech closed by 에서 (``행정사무감사에서``): the clause of a
    past event before it (``가람시 교통과를 상대로 한 |``) sets the hearing, not what is said; a clause with a subject of its own is
    (``A씨가 지난해 열린 간담회에서 …``)."""
    word = next(itertools.islice(SPACED_WORD.finditer(text, start), index, None), None) if index else None
    inside = [m for m in morphemes if word is not None and word.start() <= m.start < word.end()]
    subject = word is not None and any(m.tag == SUBJECT_TAG for m in morphemes if start <= m.start < word.start())
    return bool(inside) and not subject and inside[-1].form == quote_cues().setting_venue_particle and inside[-1].tag == "JKB" \
        and text[word.start() : inside[-1].start].endswith(quote_cues().speech_places)


def _placed_before_past_event(text: str, morphemes: list[Morpheme], start: int) -> bool:
    """Whether the words from ``start`` are a place (nouns, then one closed by 에서) right before a past event's verb
    (``가람시 나래구 전시관에서 | 열린``), within ``PAST_EVENT_WORDS`` words."""
    words = [m.span() for m in itertools.islice(SPACED_WORD.finditer(text, start), PAST_EVENT_WORDS)]
    for (word_start, word_end), (next_start, next_end) in zip(words, words[1:]):
        word = [m for m in morphemes if word_start <= m.start < word_end]
        if word and word[-1].tag == "JKB" and word[-1].form in quote_cues().speech_place_particles:
            return _past_event_verb([m for m in morphemes if next_start <= m.start < next_end])
        if not _place_modifier(word):
            return False
    return False


def _past_event_verb(word: list[Morpheme]) -> bool:
    """Whether the word is a verb's past adnominal form (열린, 가진, 개최한): an event that happened, the setting's."""
    return len(word) >= 2 and word[-1].tag == "ETM" and word[-1].form in quote_cues().past_adnominal_endings \
        and word[0].tag.split("-")[0] in ("VV", "NNG") and not _apposition(word)  # 실은: 싣 is VV-I, an irregular verb


def _apposition(word: list[Morpheme]) -> bool:
    """A noun and the copula's adnominal form (``시공사인 | 가람건설을``): what the next noun is, no event."""
    return len(word) >= 3 and word[-1].tag == "ETM" and word[-2].tag == COPULA_TAG


def _dated_saying(article: Article, report_end: int) -> bool:
    """Whether a date stands between the quotative ending at ``report_end`` and the verb of saying (…했다고 | 12일 밝혔다)."""
    after = report_end + 2  # past the quotative particle and the space: 고 |
    return any(e.label == "DT" and report_end < e.start <= after + 1 for e in article.entities)


def _adnominal_verb_after(text: str, morphemes: list[Morpheme], word_end: int) -> bool:
    """Whether the word after ``word_end`` is a verb in its adnominal form (``대한``, ``열린``, also a noun's verb:
    ``개최한``)."""
    next_end = next((i for i in range(word_end + 1, len(text)) if text[i] in " \n"), len(text))
    word = [m for m in morphemes if word_end < m.start < next_end]
    return len(word) >= 2 and word[-1].tag == "ETM" and word[0].tag.split("-")[0] in ("VV", "NNG") and _place_modifier(word)  # 실은: VV-I


@functools.cache
def _with_partner() -> re.Pattern[str]:
    """A place of speech after a partner's name and its 와의 (``가람일보와의 | 인터뷰에서``)."""
    joins = "|".join(map(re.escape, grammar().conjunctive_particles))
    genitive, venue = re.escape(quote_cues().genitive_particle), re.escape(quote_cues().setting_venue_particle)
    return re.compile(rf"(?P<partner>(?:\S+ ){{0,{PARTNER_NAME_WORDS}}}\S*(?:{joins}){genitive}) \S+{venue} ")


def _place_modifier(word: list[Morpheme]) -> bool:
    """A word that may modify the place of a speech act: nouns, numbers and an adnominal verb, no
    particle and no other ending (``세번째 정책 보도자료에서``, ``오후 열린 회견에서``), but the partner's 와의 and the marks
    around a name (``‘데일리 옵서버’와의 인터뷰에서``)."""
    partner = [m.tag == PARTNER_TAG and m.form in grammar().conjunctive_particles and after.tag == "JKG" for m, after in zip(word, word[1:])]
    return bool(word) and all(not m.tag.startswith(("J", "E", "S")) or m.tag in PLACE_MODIFIER_TAGS or m.tag in NAME_MARK_TAGS
                              or (i < len(partner) and partner[i]) for i, m in enumerate(word))


def past_modified_setting(text: str, morphemes: list[Morpheme], start: int, end: int) -> int | None:
    """Where a setting ends that a time in words (``같은 날 |``, ``등록 직후 |``) or a few modifiers open: an adverb of
    how soon or how often and nouns before its place (``곧바로 반박 | 논평을 내 |``, ``부산MBC | 라디오에 출연해 |``,
    ``재차 | 글을 올려 |``); also that time alone. None when the clause opens with neither."""
    cues = quote_cues()
    time = next((phrase for phrase in cues.speech_time_phrases if text.startswith(phrase + " ", start)), None)
    if time is None:
        first_end = next((i for i in range(start, end) if text[i] == " "), end)
        second_end = next((i for i in range(first_end + 1, end) if text[i] == " "), end)
        if second_end < end and text[first_end + 1 : second_end] in cues.event_time_nouns and _nouns(morphemes, start, first_end):
            return second_end + 1  # 등록 직후 |
    after_time = start + len(time) + 1 if time is not None else start
    position = _past_chair(text, morphemes, _past_title(text, after_time, end), end)
    for _ in range(PLACE_MODIFIER_WORDS + 1):
        position = _past_marked_name(text, position, end)
        word_end = next((i for i in range(position, end) if text[i] == " "), end)
        if word_end >= end:
            break
        if (skipped := past_setting(text, morphemes, text[position:word_end], word_end, end)) is not None:
            return skipped
        inside = morphemes_between(morphemes, position, word_end)
        if not inside or not (_nouns(morphemes, position, word_end) or len(inside) == 1 and inside[0].tag in grammar().tags.adverb
                              or _addressed(inside)) or text.startswith(tuple(cues.ahead_time_words), position):
            break  # 다음 달 | 설명회를 열어 |: a time ahead, what is promised
        position = word_end + 1
    return after_time if time is not None else None  # 같은 날 | 정부 대책이 …: modifiers without a setting are what is said


def past_cited_source(text: str, morphemes: list[Morpheme], start: int, end: int) -> int | None:
    """Where a phrase that opens the clause with the source the report cites ends (``미국 당국자들을 인용해 |``,
    ``'…'의 발언을 인용해 |``), or with the statement it went through, its nouns before it (``군수 명의 안내문을
    통해 |``); None when the clause opens with neither. Nouns alone lead to it, so an object of anything else is
    what is said (``관광객을 유치해 …``)."""
    cues = quote_cues()
    position = start
    for _ in range(SOURCE_PHRASE_WORDS):
        position = _past_marked(text, position, end)
        word_end = next((i for i in range(position, end) if text[i] == " "), end)
        inside = morphemes_between(morphemes, position, word_end)
        if word_end >= end or not inside:
            return None
        if inside[-1].form in cues.object_particles and inside[-1].end == word_end:
            verb_end = next((i for i in range(word_end + 1, end) if text[i] == " "), end)
            verb = morphemes_between(morphemes, word_end + 1, verb_end)
            stem = "".join(m.form for m in itertools.takewhile(lambda m: m.tag not in ("EC", "ETM"), verb))
            media = (*cues.statement_documents, *cues.speech_media)  # not a platform, also the means of a promise (past_setting)
            cited = stem in cues.citing_verbs or stem == cues.medium_verb and text[position : inside[-1].start].endswith(media)
            return verb_end if cited and verb and verb[-1].tag == "EC" and verb_end < end else None
        if not all(m.tag in grammar().tags.nominal or m.tag == POSSESSIVE_TAG for m in inside) and not _apposition(inside):
            return None  # 소속사인 | 나래기획 관계자를 인용해: a noun made the next one's apposition leads to it too
        position = word_end + 1
    return None


def _past_marked(text: str, start: int, end: int) -> int:
    """Past words in marks that open at ``start`` to their closing mark (``'…'의``), else ``start``."""
    marks = quote_cues().double_and_single_marks
    close = next((i for i in range(start + 1, end) if text[i] in marks), -1) if text[start : start + 1] in marks else -1
    return close + 1 if close > 0 else start


def _in_marks(text: str, phrase_start: int, start: int, end: int) -> bool:
    """Whether the word between ``start`` and ``end`` of a phrase opening at ``phrase_start`` holds a mark or stands between
    two (``가람FM | ‘나래의 | 밤’과의``: a programme's name), not a word of its own before them (``주민들이 | 가람일보와의``)."""
    marks = quote_cues().double_and_single_marks
    opened = sum(text[phrase_start:start].count(mark) for mark in marks) % 2 == 1
    return opened or any(character in marks for character in text[start:end])


def _past_marked_name(text: str, start: int, end: int) -> int:
    """Past an event's name in marks and the space after it (``'작은 마을 지키기' | 집회를 열고``), else ``start``."""
    close = _past_marked(text, start, end)
    return close + 1 if close > start and text[close : close + 1] == " " else start


def _past_chair(text: str, morphemes: list[Morpheme], start: int, end: int) -> int:
    """Past who chaired the meeting, nouns closed by a chairing word (``한도윤 행정부지사 주재로 |``), else ``start``."""
    position = start
    for _ in range(CHAIR_WORDS):
        word_end = next((i for i in range(position, end) if text[i] == " "), end)
        if word_end >= end:
            return start
        if text[position:word_end] in quote_cues().chairing_words:
            return word_end + 1 if position > start else start
        if not _nouns(morphemes, position, word_end):
            return start
        position = word_end + 1
    return start


def _past_title(text: str, start: int, end: int) -> int:
    """Past a document's title in marks and its frame (``‘공개 질의’라는 제목의 | 글을 올려``), else ``start``."""
    close = _past_marked(text, start, end) - 1
    frame = next((f for f in quote_cues().title_frames if close > start and text.startswith(f + " ", close + 1)), None)
    return close + 1 + len(frame) + 1 if frame else start


def morphemes_between(morphemes: list[Morpheme], start: int, end: int) -> list[Morpheme]:
    """The morphemes of [start, end), found by bisection: a clause start is read for every report."""
    first = bisect.bisect_left([m.start for m in morphemes], start)
    return list(itertools.takewhile(lambda m: m.start < end, morphemes[first:]))


def _addressed(word: list[Morpheme]) -> bool:
    """Whether the word names whom a statement goes to: nouns and a particle of direction, to a person (``장관에게``) or to a
    body (``교육청에``; not a time, ``6월에 회견을 열어``, what is promised)."""
    cues, nouns = quote_cues(), "".join(m.form for m in word[:-1])
    to_body = word[-1].form in cues.asked_body_particles and bool(entity_cues().organisation.search(nouns))
    return len(word) > 1 and word[-1].tag == "JKB" and (word[-1].form in cues.asked_particles or to_body) \
        and all(m.tag in grammar().tags.nominal for m in word[:-1])


def _nouns(morphemes: list[Morpheme], start: int, end: int) -> bool:
    """Whether the word at [start, end) is nouns, Latin letters or numbers only, no particle (반박, 부산MBC)."""
    inside = morphemes_between(morphemes, start, end)
    return bool(inside) and all(m.tag in grammar().tags.nominal or m.tag in ("SL", "SN") for m in inside)


def setting_or_result(text: str, morphemes: list[Morpheme], starts: list[int], start: int) -> int | None:
    """Where the particle of the noun after an adnominal verb at ``start`` opens when the noun is a setting (``벌인 |
    설문조사에서``, also a source's frame, ``실시한 | 여론조사에 따르면``) or a result (``조사한 | 결과``), also a bare noun
    before the result (``실시한 | 설문조사 결과``); None for another noun."""
    for _ in range(2):
        word_end = end_of_word(text, start)
        noun = [m for m in morphemes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, word_end)] if m.tag != COMMA_TAG]  # 결과, | …
        if not noun:
            return None
        framed = noun[-1].tag == "JKB" and (noun[-1].form in grammar().place_particles or quote_cues().frame_at(text, noun[-1].start, quote_cues().source_frames))
        if framed or text[start : noun[-1].end] in quote_cues().result_nouns:
            return noun[-1].start
        if not all(m.tag in grammar().tags.nominal for m in noun):
            return None
        start = word_end + 1
    return None
