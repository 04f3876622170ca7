"""Subjects next to a quote that the finder's mentions leave out: a body the entities missed, written right
before a quote (``참여연대는 "…"고 했다``), a subject between a reported clause and its verb, and the subject
of the sentence after a quote that points back to it (``"…" 한도윤 부사장은 이같이 말했다``).

The subject word just before an opening mark, followed by a verb of saying, is almost always the
speaker; when it is no entity the finder has no name for it, and the speaker before would be carried
past it. It counts as a speaker only when it reads as a name: a proper noun to kiwipiepy
(``가람신보는``), a word ending like a body (``…연대는``, ``…협회는``), or a name in single marks
(``‘가람의 소리’는``); a common noun (``이번 사업은 "…"``) is the topic of what is said, not its speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from pipeline.extract.about_clauses import one_asked
from pipeline.extract.saying_verbs import end_of_word, manner_before_saying, quotative
from pipeline.extract.named import Named
from pipeline.extract.speakers import SpeakerFinder
from pipeline.extract.speech_settings import TIME_NOTE
from pipeline.extract.unnamed_speakers import AGE_TAGS, people_noun, unnamed_owner
from pipeline.lexicon import entity_cues, grammar, list_cues, quote_cues
from pipeline.record import Morpheme, Sentence, Speaker

PROPER_NOUN = "NNP"
NOUN_TAGS = frozenset({"NNP", "NNG", "XSN", "SL", "SN"})
ADJECTIVE_TAGS = ("VA", "XSA", "VCP")  # 많 + 다고, 만족하 + ᆫ다고, 피해자 + 이 + 라고: a state, no verb of saying
NAME_MODIFIER_WORDS = 4  # …다고 | 같은 학과 학생 | 한서윤씨는: the words that may modify a speaker named after a report
CLAUSE_MODIFIER_WORDS = 7  # …다고 | 방청석에서 시정질문을 지켜본 주민 | 정미란(67)씨는: a clause and its nouns before the name
MODIFIER_ENDING_TAG = "ETM"
SUBJECT_CASE_TAG = "JKS"
OBJECT_PARTICLE_TAG = "JKO"  # 몫을 | 해준: what the light verb does
CLAUSE_CLOSING_TAGS = frozenset({"EC", "EF", "SF", "SP"})  # a clause closed before the modifier's: no modifier of the name
NAME_MODIFIER_TAGS = ("NN", "NR", "SN", "SL", "SH", "XPN", "XSN", "MM", "VA", "ETM")  # nouns, numbers, adjectives' adnominal forms
OPENING_SINGLE_MARKS, CLOSING_SINGLE_MARKS = "‘'", "’'"
MIN_BODY_ENDING = 2  # one syllable (사, 처) ends too many common nouns
TIME_LABELS = ("DT", "TI")
POSSESSIVE_TAG = "JKG"  # 의
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")  # a body's initials (MS, LG, SK): no Korean name is written so
OWNER_LABELS = ("PS", "OG", "LC")  # 가람군 페이스북: a government read as a place owns its account too
SENTENCE_MARK_TAG = "SF"
TENSE_AND_ENDING_TAGS = ("EP", "EF")  # 이 + 었 + 다
MAX_STATEMENT_NOUNS = 2  # 마지막 말
NEXT_WORD_MORPHEMES = 12  # more than two words hold: the verb's word and the next (사과 + 하 + 어야 | 하 + ㄴ다고)


def bare_subject(finder: SpeakerFinder, start: int, open_mark: int, taken: list[Named]) -> Named | None:
    """The subject word right before ``open_mark`` (within the sentence from ``start``), or before the time
    written there (``‘가람의 소리’가 전날 "…"``), that names a body no entity holds, as an organisation with its
    particle; None when there is none."""
    text = finder.text
    word_end = len(text[: _before_time(finder, start, open_mark)].rstrip())
    index = bisect.bisect_left(finder.morpheme_starts, word_end) - 1
    if index < 0 or word_end <= start:
        return None
    particle = finder.morphemes[index]
    if particle.end != word_end or not grammar().marks_subject(particle.tag, particle.form) or particle.form in quote_cues().not_speaker_particles:
        return None
    quoted = bool(mark := text[particle.start - 1 : particle.start]) and mark in CLOSING_SINGLE_MARKS
    if quoted:  # ‘가람의 소리’는
        opening = max(text.rfind(mark, start, particle.start - 1) for mark in OPENING_SINGLE_MARKS)
        name_start, name_end = opening + 1, particle.start - 1
        if opening < start or name_end - name_start < 2 or "\n" in text[name_start:name_end]:
            return None
    else:
        name_start = max(text.rfind(" ", start, particle.start), text.rfind("\n", start, particle.start), start - 1) + 1
        name_end = particle.start
        nouns = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, name_start) : index]
        if not _names_a_body(text[name_start:name_end], nouns):
            return None
    if not quoted and any(n.start < name_end and name_start < (n.speaker.end or 0) for n in taken):
        return None  # a name in single marks holds the names the model read inside it
    name = text[name_start:name_end]
    return Named(Speaker(name, name, None, None, name_start, name_end), "organisation", particle.form, False, False, False)


def medium_owner(finder: SpeakerFinder, start: int, open_mark: int) -> Named | None:
    """``가람밴드 트위터에는 "…"라는 글이 올라왔다``, ``가람시 공식 페이스북에 "…"``: a quote posted on a medium written
    right before it (an account, a blog, a homepage) is its owner's, the name or the word before the medium (its 의
    dropped); None when the medium has no owner written there."""
    cues, text = quote_cues(), finder.text
    words = text[start : _before_time(finder, start, open_mark)].split()  # 공식 페이스북에는 | 지난 4일 | "…"
    if len(words) < 2:
        return None
    medium = next((words[-1].removesuffix(p) for p in cues.posting_particles if words[-1].endswith(p)), "")
    owner_at = len(words) - 2 - (words[-2] in cues.posting_modifiers)
    if medium not in cues.posting_media or owner_at < 0:
        return None
    owner = words[owner_at].removesuffix(cues.posting_possessive)
    if owner in cues.posting_media:
        return None  # 유튜브 채널에는: a platform, no owner
    end = text.rfind(words[owner_at], start, open_mark) + len(owner)
    entity = next((e for e in finder.article.entities if e.end == end and e.start >= end - len(owner) and e.label in OWNER_LABELS), None)
    if entity is not None:
        speaker = Speaker(entity.canonical, entity.text, entity.role, None, entity.start, entity.end)
        return Named(speaker, "person" if entity.label == "PS" else "organisation", None, False, False, False)
    first = bisect.bisect_left(finder.morpheme_starts, end - len(owner))
    nouns = finder.morphemes[first : bisect.bisect_left(finder.morpheme_starts, end)]
    if not _names_a_body(owner, nouns):
        return None
    return Named(Speaker(owner, owner, None, None, end - len(owner), end), "organisation", None, False, False, False)


def _before_time(finder: SpeakerFinder, start: int, position: int) -> int:
    """Where the dates and times written right before ``position`` start (``이날``, ``지난 3일``), else ``position``."""
    for entity in reversed(finder.article.entities):
        if entity.start >= start and entity.end <= position and entity.label in TIME_LABELS and not finder.text[entity.end : position].strip():
            position = entity.start
    return position


def _names_a_body(name: str, nouns: list[Morpheme]) -> bool:
    """Nouns only, one of them proper, or ending like a body."""
    if not nouns or any(m.tag not in NOUN_TAGS for m in nouns):
        return False
    endings = tuple(e for e in entity_cues().organisation_endings if len(e) >= MIN_BODY_ENDING)
    return any(m.tag == PROPER_NOUN for m in nouns) or name.endswith(endings) or bool(entity_cues().institution.search(name)) \
        or bool(ACRONYM.fullmatch(name))  # MS는, LG는: a body's initials


def subject_right_after(finder: SpeakerFinder, after: list[Named], close_mark: int) -> bool:
    """Whether the word after a reported clause's quotative is the subject of its verb of saying (``…가능하다고
    가람대 측은 평가했다``): the sentence names its own speaker, after the clause; so does a direct quote that opens
    its sentence (``"…"라고 가람켐 관계자는 전했다``)."""
    first = [m for m in after if m.start == after[0].start and m.particle is not None] if after else []  # 가람대 | 가람대 측은
    if not first or first[0].particle in quote_cues().not_speaker_particles:
        return False
    past_quotative = _past_dates(finder, finder.text.find(" ", close_mark + 1) + 1)  # past the quotative's word
    between = finder.text[past_quotative : first[0].start].split()
    if between and not (len(between) <= NAME_MODIFIER_WORDS and _modifies_the_name(finder, past_quotative, first[0].start)
                        or len(between) <= CLAUSE_MODIFIER_WORDS and _relative_clause_before_the_name(finder, past_quotative, first[0].start)):
        return False  # …다고 | 같은 학과 학생 | 한서윤씨는, …다고 | 방청석에서 질문을 지켜본 주민 | 정미란씨는: words that modify the name
    index = bisect.bisect_left(finder.morpheme_starts, first[0].speaker.end or first[0].start)
    for position in range(index, len(finder.morphemes)):  # its own verb, first, past one of manner (웃으며 | 말했다)
        if finder.morphemes[position].tag.split("-")[0] in ADJECTIVE_TAGS and position + 1 < len(finder.morphemes) \
                and quotative(finder.text, finder.morphemes[position + 1]):
            return False  # …연다며 | 손님이 많다고 말했다, 주민들이 피해자라고 강조했다: an adjective's or a copula's clause, the subject its own
        if finder.morphemes[position].tag.split("-")[0] in ("VV", "XSV"):
            if manner_before_saying(finder.text, finder.morphemes, position):
                continue
            return finder.says(finder.morphemes[position]) and not _reported(finder, position) and not _a_deed(finder, position)
    return False


def _a_deed(finder: SpeakerFinder, position: int) -> bool:
    """``…카드였다며 | 벤치 멤버들이 제 몫을 해준 덕분에 …``: the light verb after an object does something (몫을 해준); it
    says only after a quotative (…다고 했다)."""
    verb = finder.morphemes[position]
    if verb.form != quote_cues().saying_light_verb or position < 2 or finder.morphemes[position - 1].tag != OBJECT_PARTICLE_TAG:
        return False
    return finder.morphemes[position - 2].form not in quote_cues().statement_nouns  # not 약속을 했다, 지적을 했다: a saying


def body_after_quotative(finder: SpeakerFinder, close_mark: int, end: int) -> list[Named]:
    """``…짓겠다고 약속했다고 | 보람일보가 23일 전했다``: the word right after a reported clause's quotative (past dates)
    that names a body no entity holds, with its subject particle, when it is the subject of the verb of saying after it;
    none when there is no such word."""
    start = _past_dates(finder, finder.text.find(" ", close_mark + 1) + 1)
    word_end = min((at for at in (finder.text.find(" ", start, end), end) if at >= 0), default=end)
    if start <= close_mark or start >= word_end or any(e.start < word_end and start < e.end for e in finder.article.entities):
        return []
    named = bare_subject(finder, start, word_end, [])
    return [named] if named is not None and subject_right_after(finder, [named], close_mark) else []


def _past_dates(finder: SpeakerFinder, position: int) -> int:
    """Past the dates and times that start at ``position``, a note after one included (``…내놨다고 | 12일(현지시간) |
    가람일보가 보도했다``): when the speaker said it, not words of the speaker's name."""
    while (when := next((e for e in finder.article.entities if e.start == position and e.label in TIME_LABELS), None)) is not None:
        note = TIME_NOTE.match(finder.text, when.end)
        end = note.end() if note else when.end
        if finder.text[end : end + 1] != " ":
            return position
        position = end + 1
    return position


def _reported(finder: SpeakerFinder, position: int) -> bool:
    """Whether a quotative closes the clause of the verb at ``position`` within its next word (``민주당이 먼저 사과해야 |
    한다고``): a verb of saying that is itself reported, so its subject is the report's own, not the speaker."""
    last = end_of_word(finder.text, end_of_word(finder.text, finder.morphemes[position].end) + 1)
    following = finder.morphemes[position + 1 : position + 1 + NEXT_WORD_MORPHEMES]
    return any(quotative(finder.text, m) for m in itertools.takewhile(lambda m: m.start < last, following))


def _modifies_the_name(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether the words between ``start`` and ``end`` are a noun phrase before a name, with no particle nor ending that
    closes a clause (``같은 학과 학생``: an adjective's adnominal form and nouns)."""
    inside = [m for m in finder.morphemes[bisect.bisect_left(finder.morpheme_starts, start) :] if m.end <= end]
    return bool(inside) and all(m.tag.split("-")[0].startswith(NAME_MODIFIER_TAGS) for m in inside)


def _relative_clause_before_the_name(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether the words between ``start`` and ``end`` are a clause that modifies the nouns before a name, closed by its
    adnominal ending, with no ending that closes a clause before it (``방청석에서 질문을 지켜본 | 주민``)."""
    inside = [m for m in finder.morphemes[bisect.bisect_left(finder.morpheme_starts, start) :] if m.end <= end]
    last = max((i for i, m in enumerate(inside) if m.tag == MODIFIER_ENDING_TAG), default=None)
    return last is not None and all(m.tag.split("-")[0].startswith(NAME_MODIFIER_TAGS) for m in inside[last + 1 :]) \
        and not any(m.tag in CLAUSE_CLOSING_TAGS for m in inside[:last])


def subject_after_clause(finder: SpeakerFinder, quotative: int) -> bool:
    """Whether the reported clause whose quotative starts at ``quotative`` has its speaker's subject after it
    (``보람건설이 공사를 마쳤다고 | 가람시가 밝혔다``): a subject before it, in the same sentence, is then the
    clause's own, part of what is reported."""
    sentences = finder.article.sentences
    end = sentences[finder.sentence_of(quotative)].end if sentences else len(finder.text)
    return subject_right_after(finder, finder.mentions(quotative, end), quotative)


def introduced_after(finder: SpeakerFinder, open_mark: int, close_mark: int) -> Speaker | None:
    """``"…" 한도윤 부사장은 이같이 말했다``: a quote that is its own sentence, followed by a sentence whose
    subject says "this" with a verb of saying, was said by that subject."""
    following = _sentence_after_own_quote(finder, open_mark, close_mark)
    if following is None:
        return None
    if (credit := _credit_line(finder, following)) is not None:
        return credit
    first = bisect.bisect_left(finder.morpheme_starts, following.start)
    last = bisect.bisect_left(finder.morpheme_starts, following.end)
    predicates = [m for m in finder.morphemes[first:last] if m.tag.split("-")[0] in ("VV", "XSV")]
    words = finder.text[following.start : following.end].split()
    if any(word in words for word in quote_cues().pointing_back):
        if not any(finder.says(predicate) for predicate in predicates):
            return None  # 이같이 말했다, also 이같이 말하며 눈시울을 붉혔다
        return finder.first_subject(following.start, following.end)
    if predicates and finder.says(predicates[-1]) and not _quote_before_in_paragraph(finder, open_mark) \
            and finder.paragraph_of(following.start) == finder.paragraph_of(open_mark) \
            and not finder.text[following.start : following.end].startswith(tuple(quote_cues().turning_openers)):
        return _person_opening(finder, following)  # "…" | 봉씨는 손을 멈추지 않은 채 말했다
    return None


def _credit_line(finder: SpeakerFinder, following: Sentence) -> Speaker | None:
    """``▲“…”`` / ``- 한도윤 가람시장, 14일 브리핑에서``: the person a dashed line right under a bulleted quote line opens with."""
    paragraph = finder.article.paragraphs[finder.paragraph_of(following.start)]
    line = finder.text[paragraph.start : paragraph.end]
    dash = next((d for d in list_cues().subtitle_dashes if line.startswith(d)), None)
    quoted = finder.article.paragraphs[finder.paragraph_of(following.start) - 1]
    if dash is None or paragraph.start != following.start or not finder.text[quoted.start : quoted.end].startswith(tuple(list_cues().bullets)):
        return None  # only under a bulleted quote line (▲"…"), as a column of sayings prints them; not a dashed subheadline
    name_start = paragraph.start + len(dash) + len(line[len(dash) :]) - len(line[len(dash) :].lstrip())
    named = next(iter(finder.mentions(name_start, following.end)), None)
    return named.speaker if named is not None and named.start == name_start and named.kind == "person" else None


def introduced_in_paragraph(finder: SpeakerFinder, open_mark: int, close_mark: int) -> Speaker | None:
    """``사택 골목에서 만난 우만석(74)씨는 … 일했다. 진폐증 때문이다. "…"``: a quote that is a sentence of its own,
    the first of its paragraph, was said by the person the paragraph last made its subject before it (also as
    그는, the person it refers to: ``방씨에게 물었다. 그는 잠시 생각하더니 답했다. "…"``)."""
    if not _own_sentence(finder, open_mark, close_mark) or _quote_before_in_paragraph(finder, open_mark):
        return None
    start = finder.article.paragraphs[finder.paragraph_of(open_mark)].start
    named = finder.mentions(start, open_mark)
    subjects = [m for m in named if m.particle and m.particle not in quote_cues().not_speaker_particles]
    pronoun = _last_pronoun(finder, start, open_mark)
    if pronoun is not None and (not subjects or subjects[-1].start < pronoun):
        asked = one_asked(finder, start, pronoun, sentence=True)  # 가람면사무소의 한 직원에게 …물었다. 그는
        return finder.person_named_before(pronoun) or (asked.speaker if asked is not None else None)
    return subjects[-1].speaker if subjects and finder.is_person(subjects[-1].speaker.name) else None


def _last_pronoun(finder: SpeakerFinder, start: int, end: int) -> int | None:
    """Where the last pronoun subject (그는, 그녀는) between ``start`` and ``end`` stands, as a word of its own."""
    pronouns = "|".join(re.escape(p) for p in quote_cues().pronouns if " " not in p)
    found = list(re.finditer(rf"(?<!\S)(?:{pronouns}) ", finder.text[start:end]))
    return start + found[-1].start() if found else None


def _quote_before_in_paragraph(finder: SpeakerFinder, open_mark: int) -> bool:
    start = finder.article.paragraphs[finder.paragraph_of(open_mark)].start
    return any(start <= opening < open_mark for opening, _ in finder.quotes.pairs)


def _own_sentence(finder: SpeakerFinder, open_mark: int, close_mark: int) -> bool:
    """Whether the quote is a sentence of its own: nothing of its sentences outside the marks but a stop."""
    sentences = finder.article.sentences
    if not sentences:
        return False
    own, last = sentences[finder.sentence_of(open_mark)], sentences[finder.sentence_of(close_mark)]
    bullets = "".join(list_cues().bullets)  # ▲“…”: a quote bulleted as a line of its own
    return not finder.text[own.start : open_mark].strip().strip(bullets) and not finder.text[close_mark + 1 : last.end].strip(" .!?\n")


def _person_opening(finder: SpeakerFinder, sentence: Sentence) -> Speaker | None:
    """The person who is the first subject of ``sentence`` (not one also there, 도), also one a determiner picks
    out (``한 상인이``), or None."""
    subjects = [m for m in finder.mentions(sentence.start, sentence.end) if m.particle]
    if not subjects or subjects[0].particle in quote_cues().not_speaker_particles:
        return None
    speaker = finder.first_subject(sentence.start, sentence.end)
    return speaker if speaker is not None and finder.person_like(speaker) else None


def owner_after(finder: SpeakerFinder, open_mark: int, close_mark: int) -> Speaker | None:
    """``"…" 주장 권민수의 말이다.``: a quote that is its own sentence, followed by a sentence that says whose words
    they were (a name, its title, 의 and a noun of saying, then the copula), was said by that name."""
    following = _sentence_after_own_quote(finder, open_mark, close_mark)
    closing = {*grammar().tags.copula, *TENSE_AND_ENDING_TAGS, SENTENCE_MARK_TAG}
    return None if following is None else _statements_owner(finder, following, lambda rest: all(m.tag in closing for m in rest))


def owner_before(finder: SpeakerFinder, open_mark: int, close_mark: int) -> Speaker | None:
    """``한도윤 팀장의 설명은 이렇다. | "…"``: a quote that is its own sentence, right after a sentence that says whose words
    follow (a name, its title, 의, a noun of saying, its topic's particle and a word pointing ahead), was said by that name."""
    index = finder.sentence_of(open_mark)
    if index == 0 or not _own_sentence(finder, open_mark, close_mark):
        return None
    before = finder.article.sentences[index - 1]
    if finder.text[before.end : open_mark].strip() or not finder.text[before.start : before.end].rstrip(" .").endswith(quote_cues().pointing_ahead):
        return None
    return _statements_owner(finder, before, lambda rest: bool(rest) and rest[0].form in grammar().topic_particles)


def _statements_owner(finder: SpeakerFinder, sentence: Sentence, closes: Callable[[list[Morpheme]], bool]) -> Speaker | None:
    """Whose statement ``sentence`` names (``윤태오 주장의 말이다``, ``윤태오 주장의 설명은 이렇다``): the name before its last
    의 and the noun of saying after it, when what follows the noun ``closes`` the sentence as its kind of reference needs;
    else the one its clause says left or told it (``한씨가 남긴 말이다``)."""
    first, last = bisect.bisect_left(finder.morpheme_starts, sentence.start), bisect.bisect_left(finder.morpheme_starts, sentence.end)
    morphemes = finder.morphemes[first:last]
    at = max((i for i, m in enumerate(morphemes) if m.tag == POSSESSIVE_TAG), default=None)
    owner = None if at is None else _genitive_owner(finder, sentence, morphemes, at, closes)
    return owner or _remark_leavers(finder, morphemes, closes)  # 가람시장의 한 상인이 건넨 말이다: past a genitive of its own


def _genitive_owner(finder: SpeakerFinder, sentence: Sentence, morphemes: list[Morpheme], at: int,
                    closes: Callable[[list[Morpheme]], bool]) -> Speaker | None:
    """The name before the genitive at ``at`` whose noun of saying closes the sentence (``윤태오 주장의 말이다``), or None."""
    first, last = bisect.bisect_left(finder.morpheme_starts, sentence.start), bisect.bisect_left(finder.morpheme_starts, sentence.end)
    tail = morphemes[at:]
    # 의 마지막 말이었다: the noun of saying may take a modifier, the copula a tense
    nouns = list(itertools.takewhile(lambda m: m.tag in grammar().tags.nominal, tail[1 : 1 + MAX_STATEMENT_NOUNS + 1]))
    if not nouns or len(nouns) > MAX_STATEMENT_NOUNS or nouns[-1].form not in quote_cues().statement_nouns or not closes(tail[1 + len(nouns) :]):
        return None
    named = next(reversed(finder.mentions(sentence.start, tail[0].start)), None)
    if named is None:  # 방청석에 있던 한 주민의 말이다: an unnamed person, whom no particle of a subject marks
        return unnamed_owner(finder, first, first + at - 1) if at > 0 else None
    between = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, named.speaker.end or named.start) : last - len(tail)]
    # 윤태오 주장의: a title, or an apposition; 윤태오(61)씨의: an age in parentheses; 김모(38)씨의 (모 is NP)
    return named.speaker if all(m.tag in grammar().tags.title_phrase or m.tag in AGE_TAGS for m in between) else None


def _remark_leavers(finder: SpeakerFinder, morphemes: list[Morpheme], closes: Callable[[list[Morpheme]], bool]) -> Speaker | None:
    """``배에 오르던 한씨가 마지막으로 남긴 말이다``: the subject of a verb of leaving or telling a remark, in its adnominal form
    before the noun of saying the sentence closes on (``한 상인이 건넨 말이다``)."""
    at = next((i for i, (verb, ending, noun) in enumerate(zip(morphemes, morphemes[1:], morphemes[2:]))
               if verb.form in quote_cues().remark_verbs and verb.tag.startswith("VV") and ending.tag == MODIFIER_ENDING_TAG
               and noun.form in quote_cues().statement_nouns and closes(morphemes[i + 3 :])), None)
    if at is None or at == 0:
        return None
    subject = finder.first_subject(morphemes[0].start, morphemes[at].start)  # 한씨가: past the title
    unnamed = [m.speaker for m in finder.mentions(morphemes[0].start, morphemes[at].start) if _case_subject_after(finder, m.speaker.end)]
    subject = subject or (unnamed[-1] if unnamed else None)  # 만난 한 상인이: a phrase the clause before modifies
    return subject if subject is not None and finder.person_like(subject) else None


def _case_subject_after(finder: SpeakerFinder, end: int | None) -> bool:
    """Whether a subject's case particle (이, 가) follows the words ending at ``end``."""
    index = bisect.bisect_left(finder.morpheme_starts, end or 0)
    return index < len(finder.morphemes) and finder.morphemes[index].start == end and finder.morphemes[index].tag == SUBJECT_CASE_TAG


def _sentence_after_own_quote(finder: SpeakerFinder, open_mark: int, close_mark: int) -> Sentence | None:
    """The sentence right after a quote that is a sentence of its own; None when the quote is not."""
    sentences = finder.article.sentences
    if not sentences:
        return None
    index = finder.sentence_of(close_mark)
    if not _own_sentence(finder, open_mark, close_mark):
        return None
    return next((s for s in sentences[index + 1 : index + 2] if not finder.text[close_mark + 1 : s.start].strip(" .!?\n")), None)


def opening_person(finder: SpeakerFinder, sentence: Sentence) -> Named | None:
    """The person a sentence without a quote opens with as its subject (``이점순 할머니가 고개를 끄덕였다.``, also with 도,
    also after the noun of their kind, ``학부모 연은주(46)씨도``):
    a quote alone on its line right after it is theirs, as it would be a topic's."""
    mentions = [m for m in finder.mentions(sentence.start, sentence.end) if m.particle][:1]
    return next((m for m in mentions if m.kind == "person" and m.particle in quote_cues().opening_subject_particles
                 and _only_a_kind_before(finder, sentence.start, m.start) and not finder.quoted(sentence.end - 2)), None)


def _only_a_kind_before(finder: SpeakerFinder, start: int, name_start: int) -> bool:
    """Nothing, or one noun that says what kind of person follows (``학부모 | 연은주(46)씨도``, ``주민 | 김하늘씨가``), or the
    body the person belongs to (``가람시의회 | 서미란 의원도``), or words that describe the person, nouns (``위성 영상 분석
    스타트업 | 정다은 대표도``) or a clause closed by its adnominal ending (``스타트업을 창업한 | 정다은 대표도``)."""
    words = finder.text[start:name_start].split()
    return not words or len(words) == 1 and people_noun(words[0]) \
        or any(e.label == "OG" and e.start == start and e.end + 1 == name_start for e in finder.entities) \
        or len(words) <= NAME_MODIFIER_WORDS and _modifies_the_name(finder, start, name_start) \
        or len(words) <= CLAUSE_MODIFIER_WORDS and _relative_clause_before_the_name(finder, start, name_start)
