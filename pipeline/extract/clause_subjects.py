"""Whose subject a clause after a pronoun has: the pronoun's, or one of its own (``그는 | 주택이 잠겼지만 시는 …``).

:meth:`pipeline.extract.speakers.SpeakerFinder.subject_end` asks it where a topic after the pronoun, or after the sentence's
topic, may be a new speaker.
"""

from __future__ import annotations

import bisect
import itertools

from pipeline.extract.reported_speech import SUBJECT_CASE, clause_closed
from pipeline.extract.saying_verbs import quotative
from pipeline.record import Morpheme

EMBEDDING_TAGS = frozenset({"ETM", "ETN", "JKQ", "SS", "SSO", "SSC"})  # a clause inside a clause, a quote: 난 건물, 끝나기, '…'라는
VERB_TAGS = ("VV", "XSV")
VERB_REACH = 3  # morphemes before a connective that hold its verb: 잠기 + 었 + 지만


def subjects_clause_closed(text: str, morphemes: list[Morpheme], start: int, end: int) -> bool:
    """Whether the clause after a pronoun whose subject phrase ends at ``start`` closes before ``end`` (:func:`clause_closed`):
    not one whose verb has a subject with 이/가 of its own (``그는 | 주택이 잠겼지만 시는 …``: the pronoun is the whole
    sentence's subject, and 시는 is in what is said), unlike ``그는 회의에 참석했지만 | 시는 …`` or ``그는 다리가 불편하지만``
    (an adjective's second subject: the pronoun's still), nor one of a clause inside it (``그는 불이 난 건물에 들어갔지만``)."""
    return clause_closed(text, morphemes, start, end) and not _verb_with_a_subject_of_its_own(morphemes, start, end)


def _verb_with_a_subject_of_its_own(morphemes: list[Morpheme], start: int, end: int) -> bool:
    first = bisect.bisect_left([m.start for m in morphemes], start)
    inside = list(itertools.takewhile(lambda m: m.end <= end, morphemes[first:]))
    subject = next((i for i, m in enumerate(inside) if m.tag == SUBJECT_CASE), None)
    closing = next((i for i, m in enumerate(inside) if m.tag == "EC"), None)
    if subject is None or closing is None or closing < subject:
        return False
    between = inside[subject + 1 : closing]
    return not any(m.tag in EMBEDDING_TAGS for m in between) and any(m.tag.split("-")[0] in VERB_TAGS for m in between[-VERB_REACH:])


def topics_clause_closed(text: str, morphemes: list[Morpheme], start: int, end: int) -> bool:
    """Whether the clause after the sentence's topic, ending at ``start``, closes before ``end``, so that a topic at ``end``
    is a new speaker: not one whose verb has a subject of its own (``가람서는 | 주민이 신고했지만 한씨는 …떠났다고 전했다``:
    what the police said), unless a comma closes that clause (``나래군은 태풍이 지나갔지만, 한도윤 군수는 …``) or it is a
    report (``이 대표는 예산이 부족하다고 밝혔으나 박 의원은 …``)."""
    if not clause_closed(text, morphemes, start, end):
        return False
    first = bisect.bisect_left([m.start for m in morphemes], start)
    reports = any(quotative(text, m) for m in itertools.takewhile(lambda m: m.end <= end, morphemes[first:]))
    return reports or "," in text[start:end] or not _verb_with_a_subject_of_its_own(morphemes, start, end)
