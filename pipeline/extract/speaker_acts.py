"""What a speaker did before the words a report gives: an act closed by a connective (``영상을 공개하며 |``), or their
own direct quote and what they did with it (``"…"이라며 |``, ``"…"고 물은 뒤 |``, ``"…"이라는 발언을 거론하며 |``); the report
starts after it."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from pipeline.extract.saying_verbs import end_of_word
from pipeline.language.text_words import text_word_start
from pipeline.lexicon import grammar, quote_cues
from pipeline.record import Morpheme

SUBJECT_PARTICLE, TOPIC_TAG = "JKS", "JX"  # 이/가; 은/는, as kiwipiepy tags them
CONNECTIVE_TAG, ADNOMINAL_TAG = "EC", "ETM"  # a connective ending (끝나자, 찾아); an adnominal one (한, 라는)
AFTER_ENDING_TAGS = frozenset({"JX", "SP"})  # 도 and a comma after a connective ending: 평가하면서도,
SUBJECT_PHRASE_TAGS = ("NN", "NR", "NP", "SN", "SL", "SH", "MM", "XPN", "XSN")  # the words of a subject's noun phrase: 두 | 사람 | 이
ACT_TAGS = ("VV", "XSV")  # a verb, also one made of a noun (공개 + 하)
AUXILIARY_CHAIN_TAGS = frozenset({"EP", "VX", "EC"})  # 하 + 었 + 으며, 보이 + 어 + 주 + 며: pre-final endings and auxiliaries
ACT_WORDS = 3  # "…"이라는 | 방 위원장의 발언을 거론하며: the words of what the speaker did with the quote


def past_speakers_action(text: str, morphemes: list[Morpheme], start: int, end: int, quoted: Callable[[int], bool]) -> int:
    """``아들이 | 회사에 지원서를 내며 | 아버지가 수석이라고 적었다``: a clause with no subject of its own, closed by
    a connective (며, 면서), is what the speaker did; the report starts at the next clause's own subject, one word, or a noun
    phrase after an act of showing what backs the words (``영상을 공개하며 | 두 사람이 자주 만났다고``). A subject inside
    quotes or in a clause that modifies a noun (``연 전 장관이 원외 인사라는 점을 거론하며 |``) is no subject of the act."""
    inside = [m for m in morphemes if start <= m.start < end]
    for index, morpheme in enumerate(inside[:-1]):
        if (morpheme.tag == SUBJECT_PARTICLE or morpheme.tag == TOPIC_TAG and morpheme.form in grammar().topic_particles) \
                and not quoted(morpheme.start) and not _in_modifier_clause(inside, index, _shown_next(text, inside, index)):
            return start  # the words before have a subject (이/가, 은/는): they are part of the report
        act = morpheme.tag == CONNECTIVE_TAG and morpheme.form in quote_cues().action_connectives and not quoted(morpheme.start) \
            and _an_act_before(inside, index)  # not "소송을 내면서 …"며: the quote's own words
        if act and text[morpheme.end : morpheme.end + 2] == ", ":  # not 보기 어려우며, : an adjective's state, no act of the speaker's
            later = any(m.tag == SUBJECT_PARTICLE and not quoted(m.start) and not _in_modifier_clause(inside, i)
                        for i, m in enumerate(inside[index + 1 :], index + 1))
            if later:
                return morpheme.end + 2  # …투자계획을 꼽으며, | 이 정책을 정부가 좋게 봤다고: the comma closes the act
        if act and text[morpheme.end : morpheme.end + 1] == " ":
            phrase = list(itertools.takewhile(lambda m: m.tag.startswith(SUBJECT_PHRASE_TAGS), inside[index + 1 :]))
            after = inside[index + 1 + len(phrase)] if index + 1 + len(phrase) < len(inside) else None
            shown = _shows(text, inside, index)  # 영상을 공개하며; not 단속을 강화하며 | 불법 주차 건수가: what is said
            topic = shown and after is not None and after.tag == TOPIC_TAG and after.form in grammar().topic_particles  # 점을 언급하며 | 정책은
            subject = bool(phrase) and after is not None and (after.tag == SUBJECT_PARTICLE or topic)  # 아버지가, 시장 측근 두 사람이
            one_word = subject and " " not in text[inside[index + 1].start : after.end]
            later = shown and any(m.tag == SUBJECT_PARTICLE and not quoted(m.start) and not _in_modifier_clause(inside, i, True)
                                  for i, m in enumerate(inside[index + 1 :], index + 1))  # 영상을 보여주며 | 안전 관리가 허술하다고
            return inside[index + 1].start if subject and (one_word or shown) or later else start
    return start


def _an_act_before(morphemes: list[Morpheme], index: int) -> bool:
    """Whether the predicate before the morpheme at ``index``, past its pre-final endings and auxiliaries, is a verb (꼽 + 으며,
    공개 + 하 + 며, 하 + 었 + 으며, 보이 + 어 + 주 + 며): an act, not an adjective's state (어렵 + 으며, 어렵 + 지 + 않 + 으며)."""
    before = next((m for m in reversed(morphemes[:index]) if m.tag not in AUXILIARY_CHAIN_TAGS), None)
    return before is not None and before.tag.split("-")[0] in ACT_TAGS


def speakers_own_quote(text: str, morphemes: list[Morpheme], start: int, inside: list[int], quoted: Callable[[int], bool]) -> int | None:
    """Where the report starts when the direct quote inside a reported clause's words (at the positions
    ``inside``) is the speaker's own statement before it: after the quote's connective (``김 후보는 "…"이라며 |
    세부 방안은 다음 회의로 미루자고 제안했다``) or after the quote's own verb joined to the report (``"…"이라고 했는데 |
    열어 보니 그 예상이 맞았다고도 했다``), or after what they did with it (``"…"고 물은 뒤 |``); None when the quote closes otherwise or, from ``start``, a subject
    other than the sentence's first comes before it (``가람방송은 … 박 씨가 "…"면서 … 다녔다고 보도했다`` is one
    report holding the quote)."""
    cues = quote_cues()
    after_end = end_of_word(text, inside[-1] + 1)
    after = text[inside[-1] + 1 : after_end].strip("".join(cues.marks))
    subjects = [m for m in morphemes if start <= m.start < inside[0] and not quoted(m.start)
                and (m.tag == SUBJECT_PARTICLE or m.tag == TOPIC_TAG and m.form in grammar().topic_particles)]
    closed = [m.end for m in morphemes if start <= m.start < inside[0] and m.tag == CONNECTIVE_TAG and m.form in cues.clause_closing_endings
              and not quoted(m.start)]  # 끝나자, 끝나면, 끝났는데; not 찾아, a verb of the same subject's
    if any(m.tag == SUBJECT_PARTICLE and not any(m.end < at for at in closed) for m in subjects[1:]):
        return None  # a subject of a clause closed before the quote (조정회의가 끝나자 | "…"며) is that clause's
    if after.endswith(cues.connective_particles):
        return after_end
    verb_end = end_of_word(text, after_end + 1)
    verb = [m for m in morphemes if after_end < m.start < verb_end]
    ending = next((m for m in reversed(verb) if m.tag not in AFTER_ENDING_TAGS), None)  # 평가하면서 | 도,: past the particle and comma
    if after in cues.closing_quotatives and ending is not None and ending.tag == CONNECTIVE_TAG and ending.form in cues.joining_endings:
        return verb_end
    if after in (*cues.closing_quotatives, *cues.statement_modifiers):
        return _act_on_the_quote(text, morphemes, after_end)
    return None


def _act_on_the_quote(text: str, morphemes: list[Morpheme], position: int) -> int | None:
    """Where what the speaker did with their quote ends, within a few words after it: an act of citing or saying closed by a
    connective of action (``"…"이라는 방 위원장의 발언을 거론하며 |``) or a clause of time after saying (``"…"고 물은 뒤 |``);
    None past a subject, or for what they heard, read or received (``"…"는 문자를 받은 뒤``: the report holds it)."""
    cues = quote_cues()
    for _ in range(ACT_WORDS):
        word_end = end_of_word(text, position + 1)
        word = [m for m in morphemes if position < m.start < word_end]
        if not word or any(m.tag in (SUBJECT_PARTICLE, TOPIC_TAG) for m in word):
            return None
        stem = next((m.form for m in word if m.tag.startswith(("VV", "NNG"))), "")  # 거론 + 하 + 며, 묻 + 은
        if word[-1].tag == CONNECTIVE_TAG and word[-1].form in cues.action_connectives:
            return word_end if stem in cues.showing_verbs or _says(stem) else None  # not "…"는 말을 들으며: what they heard
        if word[-1].tag == ADNOMINAL_TAG:
            noun_end = end_of_word(text, word_end + 1)
            return noun_end if _says(stem) and text[word_end + 1 : noun_end] in grammar().clause_nouns else None  # not 문자를 받은 뒤
        position = word_end
    return None


def _says(stem: str) -> bool:
    """Whether a verb's stem, or a noun's before 하, is one of saying or asking (묻, 말하, 설명)."""
    verbs = quote_cues().speech_verbs
    return stem in verbs or stem + quote_cues().saying_light_verb in verbs


def _in_modifier_clause(morphemes: list[Morpheme], index: int, shown: bool = False) -> bool:
    """Whether the subject particle at ``index`` is that of a clause that modifies a noun, closed by an adnominal before any
    connective or other subject: what a noun says it is (``연 전 장관이 원외 인사라는 | 점을``), a fact (``나래은행이 이자를
    내린 | 점을``), or, before an act of showing (``shown``), what is shown (``군수가 장터를 걷는 | 영상을 보여주며``); not the
    subject of a verb past a relative clause (``김 의원이 A사가 주관한 행사 영상을 공개하며``: his act), nor of another act's
    (``주민들이 요구한 단속을 강화하며``: what is said)."""
    for at, morpheme in enumerate(morphemes[index + 1 :], index + 1):
        noun = morphemes[at + 1] if at + 1 < len(morphemes) else None
        if morpheme.tag == ADNOMINAL_TAG and (morpheme.form.endswith(quote_cues().content_adnominals)
                                              or noun is not None and (noun.form in quote_cues().fact_nouns or shown and noun.form in quote_cues().shown_media)):
            return True  # 원외 인사라는 | 점, 이자를 내린 | 점, 걷는 | 영상
        if morpheme.tag == SUBJECT_PARTICLE or morpheme.tag == CONNECTIVE_TAG and not (shown and morpheme.form not in quote_cues().action_connectives):
            return False  # past a relative clause on the way (역대 최저인 | 2%로 내린 점) the scan goes on, not past another subject;
            # what is shown may hold a connective of its own (경호원을 데리고 | 걷는 영상을 보여주며)
    return False


def _shown_next(text: str, morphemes: list[Morpheme], index: int) -> bool:
    """Whether the first act closed by a connective after ``index`` shows what backs the words (``…영상을 보여주며``)."""
    connective = next((at for at in range(index + 1, len(morphemes)) if morphemes[at].tag == CONNECTIVE_TAG
                       and morphemes[at].form in quote_cues().action_connectives), None)
    return connective is not None and _shows(text, morphemes, connective)


def _shows(text: str, morphemes: list[Morpheme], connective: int) -> bool:
    """Whether the act a connective closes shows what backs the words: its stem (공개, kiwipiepy's) or its word as written
    (보여주, which kiwipiepy reads 보이 + 어 주; not 증가세를 보이며) is a verb of showing."""
    stem = next((m.form for m in reversed(morphemes[:connective]) if m.tag.startswith(("VV", "NNG"))), "")
    written = text[text_word_start(text, morphemes[connective].start) : morphemes[connective].start]
    return stem in quote_cues().showing_verbs or written in quote_cues().showing_verbs
