"""Voices a quote names that arise from nobody named (``"…"는 비판이 인다``, ``"…"라는 글이 올라왔다``) or that a speaker
dismisses (``"…"는 우려를 일축했다``): no one's statement, or others'."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from pipeline.extract.about_clauses import CLAUSE_STOPS, OWNER_NOUN_TAGS, PREDICATE_TAGS
from pipeline.extract.speakers import SpeakerFinder
from pipeline.lexicon import quote_cues

PASSIVE_TAG = "XSV"  # 소개 + 되: a noun of being shown, made a verb
OBJECT_TAG = "JKO"  # 우려를 | 일축했다: the voice a verb dismisses
RISING_VERB_REACH = 10  # morphemes from a voice's particle to the verb it rises by: 글이 | 하루 만에 300건 넘게 | 올라오
VOICE_NOUN_REACH = 7  # morphemes from a quote to the voice it names: 이 + 라는 + 긍정 + 적 + 이 + ㄴ | 응답


@functools.cache
def _quote_run() -> re.Pattern[str]:
    """``…”, “…”``: a comma, then the next quote of a run, in any of the double marks."""
    marks = "".join(map(re.escape, quote_cues().marks))
    return re.compile(rf",\s*[{marks}][^{marks}]*[{marks}]")


def voices_rise(finder: SpeakerFinder, close_mark: int, end: int, answers: bool = True) -> bool:
    """``"…"는 비판이 인다``, ``"…"라는 좋은 응답이 나왔다``: the quote names a kind of voice that arises,
    no one's statement; so does each quote of a run joined by commas before it (``"…", "…"라는 응답이``). Without
    ``answers``, an answer that comes back (``"…"라는 답이 돌아왔다``) is no such voice: someone gave it."""
    while (joined := _quote_run().match(finder.text, close_mark + 1)) is not None and joined.end() < end:
        close_mark = joined.end() - 1
    first = bisect.bisect_left(finder.morpheme_starts, close_mark + 1)
    words = [m for m in finder.morphemes[first : first + VOICE_NOUN_REACH + 3] if m.start < end]
    cues = quote_cues()
    voices = (cues.voice_nouns, cues.posts_as_subjects, cues.posted_by_readers)  # 민원 글이: what readers post, as a voice
    nouns = [i for i, m in enumerate(words[:VOICE_NOUN_REACH]) if m.tag == "NNG" and any(m.form in v for v in voices)
             and (answers or m.form not in cues.answer_nouns)]
    if not nouns or nouns[0] == 0:
        return False
    modifier = nouns[0] - 1
    while modifier > 0 and words[modifier].tag in OWNER_NOUN_TAGS:
        modifier -= 1  # "…"는 | 시민 게시판 | 글이: the nouns that say whose
    if not (words[modifier].tag == "ETM" or words[modifier].start == close_mark + 1 and words[modifier].form in cues.voice_quotatives):
        return False
    head = nouns[0]
    while head + 1 < len(words) and words[head + 1].tag == "NNG":
        head += 1  # "…"는 항의 글이: the compound's head
    after = first + head + 1
    rest = list(itertools.takewhile(lambda m: m.tag not in CLAUSE_STOPS, finder.morphemes[after + 1 : after + 1 + RISING_VERB_REACH]))
    shown = any(m.form in cues.shown_nouns and following.tag == PASSIVE_TAG for m, following in zip(rest, rest[1:]))  # 글이 | 소개됐다
    return after < len(finder.morphemes) and finder.morphemes[after].tag.startswith("J") and (shown or any(  # 글이 | 하루 만에 300건 넘게 | 올라왔다
        m.form in cues.rising_verbs and m.tag.split("-")[0] in PREDICATE_TAGS for m in rest))


def dismissed_voice(finder: SpeakerFinder, close_mark: int) -> bool:
    """``그는 "…"는 우려를 일축했다``: a voice the quote names, the object of a verb that dismisses it, is others' (nobody
    named), not the words of the subject who dismisses it."""
    cues = quote_cues()
    first = bisect.bisect_left(finder.morpheme_starts, close_mark + 1)
    words = finder.morphemes[first : first + VOICE_NOUN_REACH + 3]
    noun = next((i for i, m in enumerate(words[:VOICE_NOUN_REACH]) if m.tag == "NNG" and m.form in cues.voice_nouns), None)
    modifier = noun - 1 if noun is not None else 0
    while modifier > 0 and words[modifier].tag in OWNER_NOUN_TAGS:
        modifier -= 1  # "…"는 | 당내 | 우려를
    return noun is not None and noun + 2 < len(words) and words[modifier].tag == "ETM" and words[noun + 1].tag == OBJECT_TAG \
        and words[noun + 2].form in cues.dismissing_verbs
