"""Verbs of saying: whether a quotative ending (``-다고``, ``-라며``) is followed by a verb that reports
speech (``밝혔다``, ``입을 모았다``), read from kiwipiepy's morphemes, and whether that verb is someone's
report rather than a supposition (``말하면``, ``할 수 있다``) or a passive (``알려졌다``).

:mod:`pipeline.extract.reported_speech` finds the reported clauses these verbs close.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from pipeline.language.text_words import text_word_start
from pipeline.lexicon import entity_cues, grammar, quote_cues
from pipeline.record import Morpheme

PREDICATE_TAGS = frozenset({"VV", "XSV", "VX"})
AUXILIARY_VERB = "VX"
MAX_CONCESSIVE_CHARS = 8  # the word after a quotative read for a concession (하더라도)
STATE_TAGS = frozenset({"VA", "XSA"})  # adjectives: 없다고, 필요하다고
QUOTATIVE_PARTICLE = "JKQ"  # 고 after a final ending (있었다 + 고), as kiwipiepy reads some
OPENING_MARK_TAG, CLOSING_MARK_TAG = "SSO", "SSC"
OBJECT_TAG = "JKO"  # 을, 를
NOUN_PHRASE_END_TAGS = frozenset({"NNG", "NNP", "SN", "SL", "XSN"})  # what a noun phrase may close on: 사기, 시즌 2, AI
SUBJECT_HOLDERS = ("NN", "NP")  # what a subject or topic particle follows in a sentence (그것 + 이), not 보복과 + 는
CONJUNCTIVE_PARTICLE = "JC"  # 며 after a final ending (않는다 + 며), as kiwipiepy reads some
PAST_TAG = "EP"  # kiwipiepy's pre-final endings: 었 (past), 겠 (will)
QUOTATIVE_TAGS = frozenset({"EC", QUOTATIVE_PARTICLE, CONJUNCTIVE_PARTICLE})
NOUN_BEFORE_VERB_SUFFIX = frozenset({"NNG", "NNP"})
NOMINAL_ENDING = "ETN"  # 하 + 기, 하 + 음: a verb made a noun
HOW_OR_WHEN_TAGS = frozenset({"MAG", "SN", "NNB"})  # 다시, 4 + 일: how or when, not what

def quotative(text: str, morpheme: Morpheme) -> bool:
    """A quotative ending that is not right after a closing quotation mark, with or without the copula
    between (``"…"라며``, ``"…"이라며``: that quote is direct)."""
    if morpheme.tag not in QUOTATIVE_TAGS or not _written_ending(text, morpheme).endswith(quote_cues().quotative_endings) \
            or _concession(text, morpheme.end) or _restored_before_a_word(text, morpheme):
        return False
    before = text[max(morpheme.start - len(quote_cues().copula_after_mark) - 1, 0) : morpheme.start]
    return not before.removesuffix(quote_cues().copula_after_mark).endswith(tuple(quote_cues().marks))


def _restored_before_a_word(text: str, morpheme: Morpheme) -> bool:
    """``국가 사업이라 | 시가 …``: a connective 라 that kiwipiepy, reading 라 시 as 라고 하시, restored into a quotative; the
    ending written ends the word, shorter than the form read."""
    written = text[morpheme.start : morpheme.end]
    return morpheme.tag == "EC" and written != morpheme.form and morpheme.form.startswith(written) and text[morpheme.end : morpheme.end + 1] == " "


def term_quotative(morphemes: list[Morpheme], index: int) -> bool:
    """The quotative particle after single marks that name what an object is called (``이 일을 ‘명백한 사기’ + 라고 분명히
    했다``): the report's, where after a closing mark it is most often the quote's."""
    morpheme = morphemes[index]
    if morpheme.tag != QUOTATIVE_PARTICLE or not morpheme.form.endswith(quote_cues().quotative_endings) or index < 2 \
            or morphemes[index - 1].tag != CLOSING_MARK_TAG or morphemes[index - 1].form not in quote_cues().single_marks:
        return False
    opening = next((i for i in range(index - 2, -1, -1) if morphemes[i].tag == OPENING_MARK_TAG), None)
    return opening is not None and opening > 0 and morphemes[opening - 1].tag == OBJECT_TAG \
        and noun_phrase_in_marks(morphemes, [m.start for m in morphemes], morphemes[opening].start, morphemes[index - 1].start)


def noun_phrase_in_marks(morphemes: Sequence[Morpheme], starts: Sequence[int], open_mark: int, close_mark: int) -> bool:
    """Whether the marks close on a noun phrase (사기, 시즌 2) with no subject or topic of its own (not ‘그게 바로 정치’)."""
    index = bisect.bisect_left(starts, close_mark) - 1
    if index < 0 or morphemes[index].end != close_mark or morphemes[index].tag not in NOUN_PHRASE_END_TAGS:
        return False
    words = morphemes[bisect.bisect_left(starts, open_mark + 1) : index]
    return not any(grammar().marks_subject(m.tag, m.form) and before.tag.startswith(SUBJECT_HOLDERS) for before, m in zip(words, words[1:]))


def _concession(text: str, position: int) -> bool:
    """``올렸다고 | 해서 …않는다``, ``났다고 | 하더라도``: the -다고 clause is what the sentence concedes, no report."""
    word = text[position : position + MAX_CONCESSIVE_CHARS].split(maxsplit=1)
    return text[position : position + 1] == " " and bool(word) and word[0].rstrip(",") in quote_cues().concessive_words


def _written_ending(text: str, morpheme: Morpheme) -> str:
    """The quotative ending as written: kiwipiepy reads 있었다고 before a date as 다 (EF) + 고 (JKQ), the
    particle's form then lacking the ending's first syllable."""
    if morpheme.tag == CONJUNCTIVE_PARTICLE:  # 않는다 + 며
        return text[morpheme.start - 1 : morpheme.end] if morpheme.form in quote_cues().bare_connective_particles else ""
    if morpheme.tag != QUOTATIVE_PARTICLE:
        return morpheme.form
    return text[morpheme.start - 1 : morpheme.end] if morpheme.form == quote_cues().bare_quotative_particle else ""


def connective_quotative(text: str, morpheme: Morpheme) -> bool:
    """A quotative that joins its clause to what follows (하겠다며, 만들겠다면서), not one that closes it (다고)."""
    return _written_ending(text, morpheme).endswith(quote_cues().connective_quotatives)


def end_of_word(text: str, position: int) -> int:
    return next((i for i in range(position, len(text)) if text[i] in " \n"), len(text))


def speech_verb_after(text: str, morphemes: list[Morpheme], index: int, quoted: Callable[[int], bool]) -> tuple[str, int] | None:
    """The first predicate after the quotative, as (word, end), when it is a verb of saying; a direct quote
    between them is passed over (``…보냈다며 "왜 …"고 지적했다``), and after a connective quotative so is
    a predicate that only modifies a noun (``…환영한다면서 합의를 위한 회동을 제안했다``)."""
    verbs = quote_cues().speech_verbs
    connective = connective_quotative(text, morphemes[index])
    for position in range(index + 1, len(morphemes)):
        morpheme = morphemes[position]
        if connective and (morpheme.tag in STATE_TAGS and _reports_next(morphemes[position + 1 : position + 3])
                           or _reports_next([morpheme]) and text[morpheme.start - 1 : morpheme.start] not in quote_cues().double_and_single_marks) \
                and not quoted(morpheme.start):
            return None  # …떠안게 된다며 | 대안이 없다고 밝혔다, …없다면서 | 졸업생이라고 말했다: a report of its own comes first (not a
            # direct quote's quotative: …없다며 "…권리"라고 강조했다)
        if morpheme.tag.split("-")[0] not in PREDICATE_TAGS or quoted(morpheme.start) or _opens_a_date(text, morpheme.start):
            continue  # …개발한다고 지난 | 4월 밝혔다: the date's word, no predicate
        stem = morpheme.form
        previous = morphemes[position - 1] if position > index + 1 else None
        if morpheme.tag == "XSV" and previous is not None and previous.tag in NOUN_BEFORE_VERB_SUFFIX and previous.end == morpheme.start:
            stem = previous.form + stem  # 설명 + 하
        if stem in quote_cues().report_means_verbs and _connective_follows(morphemes, position):
            continue  # …부족하다고 SNS를 통해 | 밝혔다: the means, then the verb of saying
        word_start = text_word_start(text, morpheme.start)
        compound = text[word_start : morpheme.start] + morpheme.form if morpheme.tag == "XSV" else stem  # 평가 + 절하 + 하
        saying = stem in verbs or compound in verbs or stem + _auxiliary_after(text, morphemes, position) in verbs or idiom_of_saying(text, word_start, stem) \
            or stem in quote_cues().sentence_final_speech_verbs and _ends_the_sentence(morphemes[position + 1 : position + 4]) \
            or stem in quote_cues().adjacent_speech_verbs and _only_how_or_when(text, morphemes[index + 1 : position - (stem != morpheme.form)])
        if connective and not saying and _modifies_a_noun(morphemes[position + 1 : position + 3]):
            continue
        if not saying and manner_before_saying(text, morphemes, position):
            continue  # …다고 웃으며 | 말했다: how it was said, then the verb of saying
        if connective and saying and (_reported_further(text, morphemes, position, quoted) or _reports_itself(text, morphemes, position)):
            return None  # …부분이라며 자료를 분석해 | …내놓겠다고 밝혔다: the chain's verb, the last clause's, says both
        if not saying or not_a_report(stem, morphemes[position + 1 : position + 6]):
            return None
        word_end = _past_progressive(text, word_start, end_of_word(text, morpheme.start))  # 호소하고 있다고: in progress
        closing = next((i for i in range(morpheme.end, word_end) if text[i] in quote_cues().double_and_single_marks), word_end)
        return text[word_start:closing].rstrip(".,!?"), word_end  # ‘…있다고 한다’는: the verb 한다, the marks' own
    return None


def _past_progressive(text: str, word_start: int, word_end: int) -> int:
    """The end of the auxiliary after a verb of saying in progress (``호소하고 | 있다고``), else ``word_end``."""
    cues = quote_cues()
    if not text[word_start:word_end].endswith(cues.progressive_connective) or text[word_end : word_end + 1] != " ":
        return word_end
    after = end_of_word(text, word_end + 1)
    return after if text[word_end + 1 : after].startswith(tuple(cues.progressive_auxiliaries)) else word_end


def _connective_follows(morphemes: list[Morpheme], position: int) -> bool:
    """Whether a connective ending closes the verb at ``position`` (통하 + 어)."""
    return position + 1 < len(morphemes) and morphemes[position + 1].tag == "EC"


def _ends_the_sentence(following: list[Morpheme]) -> bool:
    """Whether the verb before ``following`` ends its sentence (아쉬워하 + 었 + 다): a verb of feeling reports what was
    said only so, not before a clause or a noun (눈이 왔다고 기뻐하며, 축제가 열린다고 환영하는 현수막)."""
    ending = next((m for m in following if m.tag != "EP"), None)
    return ending is not None and ending.tag == "EF"


def manner_before_saying(text: str, morphemes: list[Morpheme], position: int) -> bool:
    """Whether the predicate at ``position`` closes on a connective of manner (웃 + 으며, 힘주 + 어) and the next word is a
    verb of saying (말했다, 설명했다)."""
    ending = morphemes[position + 1] if position + 1 < len(morphemes) else None
    if ending is None or ending.tag != "EC" or ending.form not in quote_cues().manner_endings or text[ending.end : ending.end + 1] != " " \
            or morphemes[position].form not in quote_cues().manner_verbs:
        return False
    following = [m for m in morphemes[position + 2 : position + 4] if m.start < end_of_word(text, ending.end + 1)]
    stem = "".join(m.form for m in following if m.tag in NOUN_BEFORE_VERB_SUFFIX or m.tag.split("-")[0] in PREDICATE_TAGS)
    return stem in quote_cues().speech_verbs


def _only_how_or_when(text: str, between: list[Morpheme]) -> bool:
    """Whether only adverbs and a date stand between a quotative and its verb (``…라고 날카롭게 | 짚었다``, ``…라고 지난 4일 |
    짚었다``), no object of the verb (``…간다고 지팡이를 | 짚었다``)."""
    adverbial = quote_cues().adverbial_endings  # 날카롭 + 게
    return not between or all(m.tag in HOW_OR_WHEN_TAGS or _opens_a_date(text, m.start) or m.tag.startswith(tuple(STATE_TAGS))
               and next_one.tag == "EC" and next_one.form in adverbial or m.tag == "EC" and m.form in adverbial
               for m, next_one in zip(between, [*between[1:], between[-1]]))


def _opens_a_date(text: str, position: int) -> bool:
    """Whether the word at ``position`` is 지난/오는 before a number (지난 4월, 오는 15일): a date's, not a predicate."""
    word_end = end_of_word(text, position)
    word = text[text_word_start(text, position) : word_end]
    return word in entity_cues().date_leads and text[word_end + 1 : word_end + 2].isdigit()


def _auxiliary_after(text: str, morphemes: list[Morpheme], position: int) -> str:
    """The connective and auxiliary verb written in one word with the verb at ``position``, which make one verb with
    it (털 + 어 + 놓: 털어놨다), else nothing."""
    following = morphemes[position + 1 : position + 3]
    if len(following) < 2 or following[0].tag != "EC" or following[1].tag != AUXILIARY_VERB:
        return ""
    return following[0].form + following[1].form if not text[morphemes[position].start : following[1].end].count(" ") else ""


def _reported_further(text: str, morphemes: list[Morpheme], position: int, quoted: Callable[[int], bool]) -> bool:
    """Whether the verb at ``position`` goes on in a connective ending (분석해, 비판하며) to another reported clause of the
    sentence: then it only links the clauses, and the last one's verb of saying is the report's."""
    after = next((m for m in morphemes[position + 1 : position + 3] if m.tag != "EP"), None)
    return after is not None and after.tag == "EC" and not quotative(text, after) \
        and any(quotative(text, m) and not quoted(m.start) for m in morphemes[position + 2 :])


def _reports_itself(text: str, morphemes: list[Morpheme], position: int) -> bool:
    """Whether the verb of saying at ``position`` closes a reported clause of its own (…있다며 | 정부에 지원을
    요청하겠다고 밝혔다): a report of the sentence's verb, not the verb of the clause before."""
    after = next((m for m in morphemes[position + 1 : position + 3] if m.tag != PAST_TAG), None)
    return after is not None and after.tag in QUOTATIVE_TAGS and quotative(text, after) and not connective_quotative(text, after)


def idiom_of_saying(text: str, word_start: int, stem: str) -> bool:
    """``입을 모았다``, ``목소리를 높였다``: the word before the verb and the verb's stem make an idiom of saying."""
    object_end = word_start - 1
    return object_end > 0 and f"{text[text.rfind(' ', 0, object_end) + 1 : object_end]} {stem}" in quote_cues().speech_idioms


def _reports_next(following: list[Morpheme]) -> bool:
    """Whether a quotative ending closes the predicate whose stem comes just before ``following`` (없 + 다고)."""
    return any(m.tag in QUOTATIVE_TAGS and m.form.removeprefix(quote_cues().present_tense_onset) in quote_cues().quotative_endings
               for m in following)  # 없 + 다고, also 만족하 + ᆫ다고


def _modifies_a_noun(following: list[Morpheme]) -> bool:
    """Whether a predicate's ending, from the morphemes after its stem, is adnominal (위한, 열린)."""
    return any(m.tag == "ETM" for m in following[:1]) or len(following) > 1 and following[0].tag == "EP" and following[1].tag == "ETM"


def supposed_saying_after(morphemes: list[Morpheme], starts: list[int], close_mark: int) -> bool:
    """Whether a quotative and a verb of saying in a supposition follow a closing mark (``"오늘 날씨 어때"라고
    물으면``, ``‘…’라고 말하면``, ``‘…’라고 할 수 있다``): quoted words given as an example, nobody's; not a clause of
    another verb after the quote's connective (``"…"며 당선되면 …하겠다고``)."""
    index = bisect.bisect_left(starts, close_mark + 1)
    following = morphemes[index : index + 7]
    if not following or following[0].start != close_mark + 1:
        return False
    if following[0].tag in grammar().tags.copula:  # ‘작은 혁명’ + 이 + 라고
        following = following[1:]
    if len(following) < 3 or following[0].tag not in QUOTATIVE_TAGS:
        return False
    stem = 2 if following[1].tag in NOUN_BEFORE_VERB_SUFFIX and following[2].tag == "XSV" else 1  # 말 + 하 + 면
    verb = following[stem].form if stem == 1 else following[1].form + following[2].form
    saying = verb in quote_cues().speech_verbs or following[stem].form == quote_cues().saying_light_verb  # not "…"며 | 당선되면
    return saying and following[stem].tag.split("-")[0] in PREDICATE_TAGS and _supposed(following[stem].form, following[stem + 1 :])


def not_a_report(stem: str, following: list[Morpheme]) -> bool:
    """Whether a verb of saying is supposed or passive rather than someone's report, from the morphemes
    after its stem: ``해 보자``, ``하면``, ``한다면``, ``했다면``, ``할 수 있다``; ``알려졌다``, ``전해진``; ``말하기는 어렵다``."""
    passive = quote_cues().passive
    rest = [m for m in following if m.tag != "EP"]
    if rest and rest[0].tag == NOMINAL_ENDING:  # 예측하기는 어렵다: the verb made a noun, no one's report; but 말하기도 했다 is one
        told = any(m.tag == PAST_TAG for m in following[: following.index(rest[0])])  # 밝혔기 때문이다, 밝혔음에도: a past report made a noun
        return not told and not (len(rest) > 3 and rest[1].form == quote_cues().also_particle and rest[2].form == quote_cues().saying_light_verb
                                 and rest[3].tag == "EF")  # not 말하기도 하지만: what people say
    adnominal = stem == quote_cues().saying_light_verb and bool(rest) and rest[0].form == quote_cues().present_adnominal  # 보자는 (자고 하 + 는)
    return adnominal or _supposed(stem, following) or len(rest) > 1 and rest[0].form in passive.endings and rest[1].form == passive.word


def _supposed(stem: str, following: list[Morpheme]) -> bool:
    cues = quote_cues()
    rest = [m for m in following if m.tag != "EP"]
    if not rest:
        return False
    ending, word = rest[0], rest[1].form if len(rest) > 1 else None
    return (ending.tag == "EC" and ending.form in cues.supposing_endings
            or stem in cues.trying_verbs and ending.form in cues.trying.endings and word == cues.trying.word
            or ending.form in cues.possibility.endings and word == cues.possibility.word)
