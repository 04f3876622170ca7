"""Reports told in turn: the subject named between a reported clause and its verb (``…말했다고 | 가람시가 밝혔다``), and the
report the sentence's topic tells of someone else's (``경찰은 | A씨가 …훔쳤다고 진술했다고 밝혔다``), for
:func:`pipeline.extract.reported_speech.reported_clauses`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable

from pipeline.extract.saying_verbs import PREDICATE_TAGS, QUOTATIVE_TAGS, speech_verb_after
from pipeline.extract.speaker_acts import SUBJECT_PHRASE_TAGS, TOPIC_TAG
from pipeline.lexicon import grammar, quote_cues
from pipeline.record import Morpheme

SUBJECT_CASE = "JKS"  # kiwipiepy's tag of 이, 가, 께서
CLAUSE_ENDING_TAGS = frozenset({"EC", "ETM", "EF"})  # what closes a clause of its own before a verb: 되고, 지켜본, 왔다


def named_between(morphemes: list[Morpheme], quotative_index: int, verb_end: int, quoted: Callable[[int], bool]) -> bool:
    """Whether a subject or a topic (이/가, 은/는 after a noun) stands between the quotative and its verb of saying: the
    speaker named after the reported clause (``…말했다고 | 가람시청이 밝혔다``)."""
    between = [m for m in itertools.takewhile(lambda m: m.end <= verb_end and m.tag.split("-")[0] not in PREDICATE_TAGS, morphemes[quotative_index + 1 :])
               if not quoted(m.start)]  # …비어 있다며 | “주민들은 …”고 말했다: the quote's words name nobody
    return not any(m.tag in CLAUSE_ENDING_TAGS for m in between) \
        and any((m.tag == SUBJECT_CASE or m.tag == TOPIC_TAG and m.form in grammar().topic_particles) and before.tag.startswith(SUBJECT_PHRASE_TAGS)
                and before.form not in quote_cues().time_topics for before, m in zip(between, between[1:]))
    # not …줄었다며 | 같은 구간이 침수되고 있다고 (a clause of its own), nor …행복했다고 | 지금은 말한다 (a time)


def first_case_subject(morphemes: list[Morpheme], start: int, end: int, quoted: Callable[[int], bool]) -> int | None:
    """Where the first subject with 이/가 between ``start`` and ``end`` ends, outside quotes: the subject of the verb that
    reports in turn (``경찰은 | 행인이 | A씨가 쓰러졌다고 신고했다고``: 행인, not A씨, whose clause is what was reported)."""
    return next((m.end for m in morphemes if start <= m.start < end and m.tag == SUBJECT_CASE and not quoted(m.start)), None)


def told_by_the_topic(text: str, morphemes: list[Morpheme], verb: tuple[str, int], quoted: Callable[[int], bool]) -> bool:
    """Whether the verb of saying is itself reported, by a verb with no speaker named before it (``…진술했다고 | 밝혔다``):
    the sentence's topic tells the report in turn (not ``…말했다고 | 가람시가 밝혔다``, whose speaker is named there)."""
    index = bisect.bisect_left([m.end for m in morphemes], verb[1])
    if not verb[0].endswith(quote_cues().quotative_endings) or index >= len(morphemes) or morphemes[index].tag not in QUOTATIVE_TAGS:
        return False
    outer = speech_verb_after(text, morphemes, index, quoted)
    return outer is not None and not named_between(morphemes, index, outer[1], quoted)
