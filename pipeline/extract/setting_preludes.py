"""What comes before the setting of a speech act, yet is no part of what is said: the event it came after (``국감 뒤 |
공동 성명을 내고``), the press spoken to and the place left on the way to it (``법원을 나와 기자들에게 |``)."""

from __future__ import annotations

from pipeline.extract.saying_verbs import end_of_word
from pipeline.extract.speech_settings import SPACED_WORD, morphemes_between, past_modified_setting, past_setting
from pipeline.lexicon import grammar, quote_cues
from pipeline.record import Morpheme


def past_event_before_setting(text: str, morphemes: list[Morpheme], word_end: int, end: int) -> int | None:
    """After ``국감 뒤``, a noun and a noun of time, where a setting follows (``공동 성명을 내고 |``): the time is the setting's,
    and the report starts after both; before no setting the time is what is said (``선거 뒤 지원금을 주겠다``)."""
    noun_end = end_of_word(text, word_end + 1)
    if text[word_end : word_end + 1] != " " or text[word_end + 1 : noun_end] not in grammar().clause_nouns or noun_end >= end:
        return None
    after = noun_end + 1
    word = text[after : end_of_word(text, after)]
    return after if past_setting(text, morphemes, word, end_of_word(text, after), end) is not None \
        or past_modified_setting(text, morphemes, after, end) is not None else None


def past_press_spoken_to(text: str, morphemes: list[Morpheme], start: int, end: int) -> int | None:
    """Where the press spoken to ends (``기자들에게 |``), also past a place left on the way to it (``법원을 나와 | 기자들에게 |``);
    None when the clause does not open so. Only the press: whom else a speaker speaks to is often what is said
    (``주민들에게 지원금을 주겠다``)."""
    cues = quote_cues()
    words = [(start + m.start(), start + m.end()) for m in SPACED_WORD.finditer(text[start:end])][:3]
    if len(words) == 3 and text[slice(*words[0])].endswith(cues.object_particles):
        verb = morphemes_between(morphemes, *words[1])
        if verb and verb[0].form in cues.leaving_verbs and verb[-1].tag == "EC":
            words = words[2:]  # 법원을 나와 |
    press = words and any(text[slice(*words[0])] == audience + particle for audience in cues.speech_audiences for particle in cues.asked_particles)
    return words[0][1] + 1 if press and words[0][1] < end else None
