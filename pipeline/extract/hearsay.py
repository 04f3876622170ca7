"""Hearsay: reported clauses that report nobody's words (``…많다고 한다`` with nobody to say it, a claim made a noun
that is said of claims of its kind, a question about what was said), which the quotes stage drops."""

from __future__ import annotations

import bisect

from pipeline.extract.reported_speech import case_subject
from pipeline.lexicon import grammar, quote_cues
from pipeline.record import Morpheme, Quote

ADNOMINAL_TAG, BOUND_NOUN_TAG = "ETM", "NNB"  # 주장하 + 는 | 것
SAYING_WORD_TAGS = frozenset({"EC", "JKQ", "NNG", "XSV", "VV", "VX", "EP"})  # a quotative and a verb of saying: 자고 | 주장 + 하
CLAIM_SUBJECT_TAGS = ("JX", "JKS")  # 것은, 것이: the claim is what the sentence is about
GENERIC_CLAIM_REACH = 8  # morphemes after a reported clause that hold its quotative, its verb and the noun after it


def hearsay(quote: Quote, morphemes: list[Morpheme], starts: list[int]) -> bool:
    """``…많다고 한다`` with nobody to say it: hearsay, no quote (a speaker found makes it a report, not a subject with
    이/가 before a clause with none of its own, which is the clause's: ``야간 환자가 찾는다고 한다``);
    ``뭐라고 했나``: a question about what was said, which reports nothing."""
    if quote.kind != "indirect":
        return False
    if quote.text in quote_cues().what_words:
        return True
    speaker = quote.speaker
    if speaker is None and _claimed_in_general(quote, morphemes, starts):
        return True
    return quote.verb in quote_cues().hearsay_verbs and (speaker is None or speaker.end is not None and _subjectless(quote, morphemes, starts)
                                                         and case_subject(morphemes, starts, speaker.end + 1))


def _claimed_in_general(quote: Quote, morphemes: list[Morpheme], starts: list[int]) -> bool:
    """``…미루자고 주장하는 것은 무책임하다``: a claim made a noun by ``것``, with nobody named to make it, is what is
    said about claims of its kind, no report."""
    following = morphemes[bisect.bisect_left(starts, quote.end) :][:GENERIC_CLAIM_REACH]
    for verb, noun, particle in zip(following, following[1:], following[2:]):
        if verb.tag == ADNOMINAL_TAG:  # not …주장한 것으로 알려졌다: a report whose speaker is not named
            return noun.tag == BOUND_NOUN_TAG and noun.form in quote_cues().generic_claim_nouns and noun.start > verb.end \
                and particle.tag in CLAIM_SUBJECT_TAGS
        if verb.tag not in SAYING_WORD_TAGS:
            return False  # …줄이자고 | 주장하는 것: nothing but the quotative and the verb before its noun
    return False


def _subjectless(quote: Quote, morphemes: list[Morpheme], starts: list[int]) -> bool:
    """Whether a reported clause has no subject of its own (``찾는다``, not ``빈집이 늘었다``): then a subject with 이/가 before
    it is the clause's."""
    first, last = (bisect.bisect_left(starts, at) for at in (quote.start, quote.end))
    return not any(grammar().marks_subject(m.tag, m.form) for m in morphemes[first:last])
