"""Clauses a quote is about (``김 위원장이 개편을 제안한 것에 대해 "…"``, ``…라고 비난한 데 대해``): their subject
is what the quote answers, not who says it, and a quote inside such a clause is that subject's; and what a
quote is taken up as after its closing mark (someone's remark, a voice that arises); and a question asked in a
clause of its own (``기자가 "…"라고 묻자 "…"고 답했다``), whose subject asked it and did not answer."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from pipeline.extract.named import Named
from pipeline.extract.reported_speech import clause_closed
from pipeline.extract.speakers import SpeakerFinder
from pipeline.extract.speech_settings import clause_of_past_event
from pipeline.extract.unnamed_speakers import AGE_TAGS, phrase_start_index
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import grammar, list_cues, quote_cues, role_of_word
from pipeline.record import Morpheme, Quote, Speaker

REMARK_OPENERS = frozenset({"SSC", "VCP"})  # a closing mark, or the copula after it ("…"라는), before 는 말에
STATEMENT_NOUN_REACH = 5  # morphemes between a genitive and its noun of remark: 굳은 실천 의지
POSSESSIVE_TAG = "JKG"  # 의
OWNER_PHRASE_CHARS = 30  # "…"라는 | 한도윤 가람전자 대표의: how far an owner of the remark may stand from the quote
UNNAMED_OWNER_WORDS = 4  # "…"는 | 가람시 도시계획과 관계자의 | 발언을, 공항 인근의 한 주민의: the words of an unnamed owner of a remark
OWNER_NOUN_TAGS = frozenset({"NNG", "NNP", "XSN", "SN", "SL", "MM"})
RELATIVE_REACH = 12  # morphemes from a quote to the name its clause modifies: 라고 말하 어 모욕 죄 로 기소 되 ㄴ | A씨
CLAUSE_STOPS = frozenset({"EF", "SF", "JKQ"})  # a sentence's end, another quote's particle
ABOUT_REACH = 4  # morphemes from the particle after a name's title to the verb of aboutness: 에 + 대하, 과 + 관련 + 하
JOINED_REACH = 60  # morphemes past quotes joined by commas ("…", "…"라고) to look for the clause after them
PREDICATE_TAGS = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA")
VERB_TAGS = ("VV", "XSV")
ASKING_REACH = 4  # morphemes from 에게 to its verb of asking: 에게 | 이유 를 | 묻
PLURAL_SUFFIX_TAG = "XSN"  # 들 of 환자들  # a verb that takes the quote (말하다, 소리치다), not a copula or an adjective



def about_clause(finder: SpeakerFinder, named: Named, open_mark: int) -> Named:
    """``김 위원장이 … 제안한 것에 대해 "…"``, ``박 위원이 낸 의견에 대해선 "…"``: a subject (이/가) whose
    clause closes in an adnominal ending before a bound noun and a particle, or before a noun the quote
    answers about (에 대해, 과 관련해, 을 두고), is what the quote is about, not who says it; it reads as
    a name with another particle."""
    if named.particle is None or named.particle in grammar().topic_particles or named.particle == quote_cues().also_particle:
        return named  # 은/는, 도: the main clause's subject
    first = bisect.bisect_left(finder.morpheme_starts, named.speaker.end or named.start)
    morphemes = finder.morphemes[first : bisect.bisect_left(finder.morpheme_starts, open_mark)]
    cues = quote_cues()
    for index, morpheme in enumerate(morphemes[:-2]):
        if morpheme.tag != "ETM":
            continue
        noun, particle = morphemes[index + 1], morphemes[index + 2]
        bound = noun.tag == "NNB" and noun.form in cues.about_nouns and particle.tag.startswith("J") or about_after(morphemes[index + 1 :])  # 데 대해
        if bound or noun.tag.startswith("NN") and answers_about(morphemes[index + 2 :]):
            return replace(named, particle=None, oblique=True)
    return named


def spoken_about(finder: SpeakerFinder, named: Named) -> bool:
    """``이어 박보람 씨에 대해서는 "…"``: a name without a subject's particle that a particle and a verb of aboutness close
    (에 대해, 과 관련해) is what the quote is about, not who says it (with nobody else, the speaker is carried); so is a
    party to the suit a court's ruling decides (:func:`party_to_a_ruled_suit`)."""
    if named.particle is not None:
        return party_to_a_ruled_suit(finder, named)
    words, after = finder.title_phrase(named.speaker.end or named.start, len(finder.text))  # 박보람 씨 | 에, not 박보람 의원 | 예산 삭감에
    if after is None or not after.tag.startswith("J") or len(" ".join(words).split()) > 1:
        return False
    first = bisect.bisect_left(finder.morpheme_starts, after.start)
    return answers_about(finder.morphemes[first : first + ABOUT_REACH])


def party_to_a_ruled_suit(finder: SpeakerFinder, named: Named) -> bool:
    """``가람지법 민사1부는 주민 박보람 씨가 | 가람건설을 상대로 낸 | 소송에서 "…"며 판결했다``: a subject with 이/가 whose clause a
    past event's verb closes, in a sentence that ends in a court's ruling, filed the suit; the court speaks, not them."""
    if named.particle in grammar().topic_particles or not finder.article.sentences:
        return False
    sentence = finder.article.sentences[finder.sentence_of(named.start)]
    ruled = any(verb in finder.text[named.start : sentence.end] for verb in quote_cues().ruling_verbs)
    return ruled and clause_of_past_event(finder.text, finder.morphemes, named.start) > 0


def about_after(morphemes: list[Morpheme]) -> bool:
    """``(주장한) 데 대해``, ``것과 관련해``, ``것을 두고``: a bound noun the main clause answers about."""
    if not morphemes or morphemes[0].tag != "NNB" or morphemes[0].form not in quote_cues().about_nouns:
        return False
    rest = morphemes[2:] if len(morphemes) > 1 and morphemes[1].tag.startswith("J") else morphemes[1:]  # 데 대해, 것에 대해
    verb = "".join(m.form for m in rest[:2] if m.tag in ("VV", "NNG", "XSV"))
    return bool(rest) and (rest[0].form in quote_cues().about_verbs or verb in quote_cues().about_verbs)


def _heard(morphemes: list[Morpheme]) -> bool:
    """``(말하는) 것을 듣고``: a bound noun that someone heard or saw."""
    rest = morphemes[2:] if len(morphemes) > 1 and morphemes[1].tag.startswith("J") else morphemes[1:]
    return bool(rest) and morphemes[0].form in quote_cues().about_nouns and rest[0].form in quote_cues().perception_verbs


def answers_about(morphemes: list[Morpheme]) -> bool:
    """Whether ``morphemes`` open with a particle and a verb that makes the noun before them the quote's
    topic (사진 | 에 대하, 법안 | 과 관련 하, 글 | 을 두), past further nouns of that noun (사진 촬영에 대해)."""
    rest = list(itertools.dropwhile(lambda m: m.tag.startswith("NN"), morphemes))
    if len(rest) < 2 or not rest[0].tag.startswith("J"):
        return False
    verb = rest[1].form + (rest[2].form if rest[1].tag == "NNG" and len(rest) > 2 and rest[2].tag == "XSV" else "")
    return verb in quote_cues().about_verbs


def statement_noun_after(finder: SpeakerFinder, position: int) -> bool:
    """A noun of what someone said within the few words after ``position`` (``박 신부의 말에``, ``이보람 후보의 굳은
    추진 의지에도``): the quote before is that remark."""
    first = bisect.bisect_left(finder.morpheme_starts, position)
    nouns = itertools.takewhile(lambda m: m.tag.startswith(("NN", "VA", "ETM", "XS", "MM")), finder.morphemes[first : first + STATEMENT_NOUN_REACH])
    return any(m.form in quote_cues().statement_nouns for m in nouns)


def after_a_quote(finder: SpeakerFinder, position: int) -> bool:
    """Whether ``position`` is in the words right after a closing mark and the modifier that names the quote, before any
    particle (``"…"라는 | 한도윤 가람전자 | 대표의``)."""
    cues = quote_cues()
    mark = max(finder.text.rfind(m, max(0, position - OWNER_PHRASE_CHARS), position) for m in cues.marks)
    between = finder.text[mark + 1 : position] if mark >= 0 else ""
    modifier = next((m for m in cues.statement_modifiers if between.startswith(m + " ")), None)
    return modifier is not None and all(grammar().without_particle(word) == word for word in between[len(modifier) :].split())


def owns_a_remark(finder: SpeakerFinder, named: Named) -> bool:
    """Whether a mention, past its title, owns a remark in the genitive (``박 신부의 | 말``, ``한도윤 대표의 | 신년사``)."""
    rest = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, named.speaker.end or named.start) :]
    rest = list(itertools.dropwhile(lambda m: m.tag in grammar().tags.title_phrase or m.tag in AGE_TAGS, rest))[:1]  # past its title (신부), an age
    return bool(rest) and rest[0].tag == POSSESSIVE_TAG and statement_noun_after(finder, rest[0].end)


def reflexive_owner(finder: SpeakerFinder, close_mark: int) -> bool:
    """Whether the quote is named as a remark of a reflexive's (``"…"이라는 본인의 말은``): the one it points back to said it."""
    words = finder.text[close_mark + 1 :].split(maxsplit=3)[:3]
    possessive = list_cues().possessive
    return len(words) == 3 and words[0] in quote_cues().statement_modifiers and words[1].endswith(possessive) \
        and words[1].removesuffix(possessive) in quote_cues().reflexives and grammar().without_particle(words[2]) in quote_cues().statement_nouns


def unnamed_owner(finder: SpeakerFinder, start: int) -> Speaker | None:
    """The unnamed speaker whose remark the words after ``start`` name in the genitive (``"…"는 | 도 관계자의 발언을``), as
    written: the words up to one of people in the genitive before a noun of what someone said."""
    words = list(itertools.islice(re.finditer(r"\S+", finder.text[start:]), UNNAMED_OWNER_WORDS))
    for index, word in enumerate(words):
        owner = word.group().removesuffix(list_cues().possessive)
        if owner != word.group() and quote_cues().names_speakers(owner) and statement_noun_after(finder, start + word.end() + 1):
            nouns = list(itertools.takewhile(lambda w: _noun_words(finder, start + w.start(), start + w.end()), reversed(words[:index])))
            if len(nouns) < index and finder.text[start : start + words[0].end()] not in quote_cues().quoted_remark_fillers:
                return None  # "…"는 질문에 | 시 관계자의 답변은 없었다: the owner's words are another's, after a word of the sentence
            first = start + (nouns[-1] if nouns else word).start()  # 도 | 관계자의; 게 | 청원인의 (…"는 게 청원인의 전언이다)
            phrase = finder.text[first : start + word.start()] + owner
            return Speaker(phrase, phrase, None, None, first, first + len(phrase))
    return None


def _noun_words(finder: SpeakerFinder, start: int, end: int) -> bool:
    inside = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, start) : bisect.bisect_left(finder.morpheme_starts, end)]
    if len(inside) > 1 and inside[-1].tag == POSSESSIVE_TAG:
        inside = inside[:-1]  # 공항 인근의 | 한 주민의: the group one is picked out of, joined by 의
    return bool(inside) and all(m.tag in OWNER_NOUN_TAGS for m in inside)  # 한 주민: a determiner, too


def own_clause_subject(finder: SpeakerFinder, before: list[Named], start: int, end: int) -> Named | None:
    """``박씨는 이어 최 기자가 "…"라고 묻자``, ``한 주민이 "…"라는 말에``: when the first verb between
    ``start`` and ``end`` is a verb of saying that opens a clause of its own, or a quote is taken up as a
    remark answered (…라는 말에, 질문에), the subject (이/가, not the topic) nearest before it said the
    quote of that clause."""
    first = bisect.bisect_left(finder.morpheme_starts, start)
    last = bisect.bisect_left(finder.morpheme_starts, end)
    clause_end = own_clause_end(finder, finder.morphemes[first:last])
    if clause_end is None:
        return None
    main = (*grammar().topic_particles, quote_cues().also_particle)  # 은/는, 도: the main clause's subject (정부도 "…"고 요구했다고: whom it asks)
    subjects = [m for m in before if m.particle and m.particle not in main and m.start < clause_end
                and not clause_closed(finder.text, finder.morphemes, m.speaker.end or m.start, start, finder.quoted)  # 주민들이 반발하자 | "…"
                and not _modifies_before(finder, m.speaker.end or m.start, start)]  # 기자들이 묻는 말에 | "…"
    return subjects[-1] if subjects else None


def _modifies_before(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether a verb's adnominal ending outside quotes stands between ``start`` and ``end``: the subject before it is
    that modifying clause's (``노조가 파업을 예고한 가운데``), not the quote's."""
    first, last = bisect.bisect_left(finder.morpheme_starts, start), bisect.bisect_left(finder.morpheme_starts, end)
    return any(m.tag == "ETM" and not finder.quoted(m.start) for m in finder.morphemes[first:last])



def own_clause_end(finder: SpeakerFinder, morphemes: list[Morpheme]) -> int | None:
    """Where a clause of its own closes among ``morphemes``: at a verb of saying with a subordinate ending
    (묻자), or at a remark answered (``"…"라는 말에``: after a closing mark, an adnominal ending, a noun
    of remark and 에); None when the first verb outside quotes closes no such clause. A question reported without
    marks is passed like a quote (``기자들이 어떻게 풀 거냐고 | 묻자``)."""
    cues = quote_cues()
    first = next((m for m in morphemes if m.tag not in ("SSC", "VCP") and not finder.quoted(m.start)), None)  # "…"(이)라며
    joined = first is not None and first.tag == "EC" and first.form in cues.utterance_joints  # "…"며 | 화를 냈다고
    for index, morpheme in enumerate(morphemes):
        if finder.quoted(morpheme.start):
            continue
        if remark_at(morphemes, index):
            return morpheme.start
        if morpheme.tag.split("-")[0] not in ("VV", "XSV"):
            continue
        says = finder.says(morpheme)
        if (says or joined) and _own_ending(morphemes[index + 1 : index + 3], cues.reporting_endings, cues.subordinate_endings if says else frozenset()):
            return morpheme.start  # 곽씨가 "…"라고 말했다고 | 전했다: the saying is reported in turn (so is an act it goes with, "…"며 화를 냈다고);
            # …말했는데 | 아직 그대로라고: a clause of its own
        if _reported(morphemes, index) or not says and _reported(morphemes, index, past_verbs=True):
            continue  # 취재진이 반발이 이어지면 늦출 거냐고 | 묻자: every verb of the question is inside it
        ending = next((m for m in morphemes[index + 1 : index + 3] if m.tag in ("EC", "ETM")), None)
        subordinate = ending is not None and ending.tag == "EC" and ending.form in cues.subordinate_endings
        after = morphemes[morphemes.index(ending) + 1 :] if ending is not None and ending.tag == "ETM" else []
        about = bool(after) and (about_after(after) or _heard(after))
        return morpheme.start if (subordinate or about) and says else None
    return None



def _own_ending(following: list[Morpheme], reporting: frozenset[str], subordinate: frozenset[str]) -> bool:
    """Whether the verb's own ending, past its tense, reports it (ᆫ다고, 더라고: one that ends with a reporting ending) or
    opens a clause before the main one (묻자, 말했지만)."""
    ending = next((m for m in following if m.tag != "EP"), None)
    return ending is not None and ending.tag == "EC" and (ending.form.endswith(tuple(reporting)) or ending.form in subordinate)


def answering_topic(finder: SpeakerFinder, quote: Quote) -> Speaker | None:
    """``한 후보는 가람일보가 "…"고 주장한 데 대해 반박했다``: the topic (은/는) of the sentence of ``quote``, when the
    quote closes a clause of its own (주장한 데 대해, 묻자) and the topic is someone else than its speaker; who
    a later sentence's quote is carried from (``그러면서 "…"``), not the quote's speaker."""
    sentence = finder.article.sentences[finder.sentence_of(quote.start)]
    first, last = bisect.bisect_left(finder.morpheme_starts, quote.end + 1), bisect.bisect_left(finder.morpheme_starts, sentence.end)
    if quote.speaker is None or own_clause_end(finder, finder.morphemes[first:last]) is None:
        return None
    topics = [m for m in finder.mentions(sentence.start, quote.start) if m.particle in grammar().topic_particles]
    return topics[0].speaker if topics and topics[0].speaker.name != quote.speaker.name else None


def taken_up_as_remark(finder: SpeakerFinder, close_mark: int, end: int) -> bool:
    """``"…"는 질문에``, ``"…"라는 말에`` right after the closing mark: the quote is the remark answered."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark)
    morphemes = [m for m in finder.morphemes[first : first + 6] if m.start < end]
    return any(remark_at(morphemes, index) for index in range(len(morphemes)))



def remark_at(morphemes: list[Morpheme], index: int) -> bool:
    """A closing mark or copula, an adnominal ending at ``index``, a noun of remark and 에 (``"…"라는 말에``)."""
    return morphemes[index].tag == "ETM" and index > 0 and morphemes[index - 1].tag in REMARK_OPENERS \
        and remark(morphemes[index + 1 : index + 3])



def remark(morphemes: list[Morpheme]) -> bool:
    """A noun of remark and 에 (말에, 질문에): what takes a quote up as something said to be answered."""
    cues = quote_cues()
    return len(morphemes) == 2 and morphemes[0].form in cues.remark_nouns and morphemes[1].tag == "JKB" \
        and morphemes[1].form == cues.remark_particle


def _reported(morphemes: list[Morpheme], index: int, past_verbs: bool = False) -> bool:
    """Whether the verb at ``index`` closes a reported clause: a quotative ending (냐고, 다고, also as kiwipiepy writes it
    whole, 느냐고) comes before the next verb, or anywhere after it (``past_verbs``: the verb is inside one)."""
    following = morphemes[index + 1 :] if past_verbs else itertools.takewhile(lambda m: m.tag.split("-")[0] not in ("VV", "XSV"), morphemes[index + 1 :])
    return any(m.tag == "EC" and m.form.endswith(quote_cues().quotative_endings) for m in following)


def one_asked(finder: SpeakerFinder, start: int, open_mark: int, sentence: bool = False) -> Named | None:
    """``환자들에게 물어보니 "…"라고 말했다``, ``상인에게 이유를 묻자 "…"``, ``상인에게 언제 닫느냐고 묻자 "…"``: the one a
    question is put to, in a clause of its own before the quote with no subject after it, answers the quote; a name or a
    speaker noun. With ``sentence``, the one a sentence of asking ends on (``한 직원에게 무엇이 급한지 물었다.``)."""
    cues = quote_cues()
    first = bisect.bisect_left(finder.morpheme_starts, start)
    morphemes = finder.morphemes[first : bisect.bisect_left(finder.morpheme_starts, open_mark)]
    for index, morpheme in enumerate(morphemes):
        body = morpheme.form in cues.asked_body_particles and any(e.end == morpheme.start and e.label == "OG" for e in finder.entities)
        if morpheme.form not in cues.asked_particles and not body or not morpheme.tag.startswith("JKB") or index == 0:
            continue
        rest = morphemes[index + 1 :]
        asking = next((i for i, m in enumerate(rest[:ASKING_REACH]) if m.tag.startswith("VV") and m.form in cues.asking_verbs
                       or m.tag == "XSV" and i > 0 and rest[i - 1].form in cues.asking_nouns), None)
        if asking is None:  # 부씨에게 | 언제까지 할 거냐고 | 묻자: past the question reported before the verb, not past a comma
            question = list(itertools.takewhile(lambda m: finder.text[m.end : m.end + 1] != ",", rest))
            asking = next((i for i, m in enumerate(question) if i > 0 and m.tag.startswith("VV") and m.form in cues.asking_verbs
                           and question[i - 1].tag == "EC" and question[i - 1].form in cues.question_endings), None)
        ending = next((m for m in rest[asking + 1 : asking + 3] if m.tag == "EC" or sentence and m.tag == "EF"), None) if asking is not None else None
        if ending is None:
            continue
        if ending.form in cues.asking_while_endings:
            return None  # 주민들에게 물으며 "…": the question itself, the asker's
        if any(grammar().marks_subject(m.tag, m.form) for m in rest[asking + 1 :]):
            return None  # 주민에게 묻자 | 김 시장은 "…": the subject after answers
        return _asked(finder, first + index - 1, morpheme.start, first)
    return None


def writers_question(finder: SpeakerFinder, sentence_start: int, clause_end: int) -> bool:
    """``상인들에게 왜 떠나지 않느냐고 | 물었더니 "…"``: a question reported before a verb of asking that waits for the answer,
    where the sentence names no asker, is the writer's: nobody in the article asked it (but ``이어 …냐고 묻자``: the one who
    spoke before goes on)."""
    if finder.text[sentence_start:clause_end].lstrip(" ,").startswith(quote_cues().carried_longest_first):
        return False
    first = bisect.bisect_right(finder.morpheme_starts, clause_end - 1) - 1  # the ending the clause's end lies in: 느냐|고
    if first < 0 or len(finder.morphemes) < first + 3:
        return False
    ending, verb, *after = finder.morphemes[first : first + 4]
    cues = quote_cues()
    awaiting = next((m for m in after if m.tag == "EC"), ending).form in cues.answer_awaiting_endings
    return ending.tag == "EC" and ending.form in cues.question_endings and verb.tag.startswith("VV") and verb.form in cues.asking_verbs \
        and (awaiting or addressee_end(finder, sentence_start, clause_end) is not None)


def addressee_end(finder: SpeakerFinder, start: int, end: int) -> int | None:
    """Where the one a question was put to ends, its particle included (``마지막으로 김 교장에게 | 무엇이 필요하냐고 물었다``):
    a question the writer put to someone the sentence names, with no subject before it; None without one."""
    inside = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, start) : bisect.bisect_left(finder.morpheme_starts, end)]
    asked = [m for m in inside if m.tag == "JKB" and m.form in quote_cues().asked_particles and not finder.quoted(m.start)]
    subjects = [m for m in inside if grammar().marks_subject(m.tag, m.form) and asked and m.start < asked[0].start]
    return asked[0].end if asked and not subjects else None


def _asked(finder: SpeakerFinder, noun: int, end: int, first: int) -> Named | None:
    """The name or the speaker noun's phrase ending at ``end`` (its last morpheme at ``noun``, the clause's first at ``first``:
    ``버스 기사에게``), as a speaker."""
    entity = next((e for e in finder.entities if e.end == end or e.end < end and role_of_word(finder.text[e.end : end].strip())), None)
    if entity is not None:  # 가람시에게, 김 지사에게
        speaker = Speaker(entity.canonical, entity.text, entity.role, None, entity.start, entity.end)
        return Named(speaker, "person" if entity.label == "PS" else "organisation", None, False, False, False)
    head = noun - 1 if finder.morphemes[noun].tag == PLURAL_SUFFIX_TAG else noun  # 환자 + 들
    word_start = text_word_start(finder.text, finder.morphemes[head].start)
    if not quote_cues().names_speakers(finder.text[word_start:end]):
        return None
    begin = finder.morphemes[phrase_start_index(finder, head, first)].start
    phrase = finder.text[begin:end]
    return Named(Speaker(phrase, phrase, None, None, begin, end), "unnamed", None, False, False, False)


def relative_head(finder: SpeakerFinder, close_mark: int, end: int, subject_before: bool = False) -> Named | None:
    """``"…"고 소리친 50대 남성을``, ``"…", "…"라고 말해 모욕죄로 기소된 A씨에 대해``: a quote taken by a verb whose
    clause modifies the name right after it (past the clause's other words and verbs, no subject between) was said
    by that name, not by the sentence's subject (the court, the police); not when the first predicate after the
    quote is a copula (``"…"고 검찰 출신인 윤 후보를 겨냥했다``: the quote is the main verb's), nor, with a person as the
    subject before the quote, when that verb goes on by a connective of what its subject does at once (``A씨는 "…"고 소리치며 |
    위층에 사는 B씨에게``: A's; not ``가람지법은 "…"라고 말해 | 기소된 A씨에 대해``, nor ``재판부는 "…"고 외치며 흉기를 휘두른
    김씨에게``: a court shouts nothing)."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark + 1)
    morphemes = _past_joined_quotes([m for m in finder.morphemes[first : first + JOINED_REACH] if m.start < end])[:RELATIVE_REACH]
    if not morphemes or not (morphemes[0].tag == "JKQ" or morphemes[0].form in quote_cues().utterance_joints):
        return None
    verb = False
    for morpheme in morphemes[1:]:
        if morpheme.tag in CLAUSE_STOPS or grammar().marks_subject(morpheme.tag, morpheme.form):
            return None  # "…"라고 A씨가 말한: the subject is named; "…"고 말했다: the sentence ends
        if morpheme.tag.startswith(PREDICATE_TAGS) and not verb:
            if not morpheme.tag.startswith(VERB_TAGS):
                return None
            verb = True
        elif verb and subject_before and morpheme.tag == "EC" and morpheme.form in quote_cues().action_connectives:
            return None
        if morpheme.tag == "ETM" and verb:
            head = next(iter(finder.mentions(morpheme.end, end)), None)
            if head is not None and not finder.text[morpheme.end : head.start].strip():
                return head
    return None


def _past_joined_quotes(morphemes: list[Morpheme]) -> list[Morpheme]:
    """The morphemes after a quote and the quotes a comma joins to it (``"…", "…"라고``): from the last one's closing mark."""
    index = 0
    while index + 1 < len(morphemes) and morphemes[index].form == "," and morphemes[index + 1].tag == "SSO":
        index = next((i + 1 for i in range(index + 2, len(morphemes)) if morphemes[i].tag == "SSC"), len(morphemes))
    return morphemes[index:]


def past_closed_clauses(finder: SpeakerFinder, before: list[Named]) -> list[Named]:
    """The names before a quote from the last topic that opens a clause of its own after one closed by a comma
    (``응답자의 55%는 …다고 답했고, | 38%는 …다고``): the subjects before it said the earlier clause, not this one."""
    topics = grammar().topic_particles
    cut = 0
    for index, named in enumerate(before[1:], 1):
        spoke = next((b for b in reversed(before[:index]) if b.particle), None)  # not 국민의힘 부산시당 | 관계자는: the post's body
        apart = spoke is before[index - 1] or spoke is not None and "," in finder.text[spoke.start : named.start]  # …평가한 반면, | …
        if named.particle in topics and spoke is not None and apart and clause_closed(finder.text, finder.morphemes, spoke.start, named.start):
            cut = index
    return before[cut:]
