"""People a broadcast transcript's caption line names (``◀INT▶ 한도윤 / 가람군 주민``, ``(인터뷰)한도윤 가람대 교수``,
``인터뷰 : 한도윤 / 가람대 교수``, ``한도윤 / 6학년``), also one kept on its quote's line (``◀INT▶한도윤/주민 "…"``).

The model reads a name on such a short line of its own poorly: as a place, or not at all. The person matters twice:
the words under the caption are theirs, and a surname with a title later (``한 교수는``) is that person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.language.kiwi_doc import dictionary_noun, not_a_name
from pipeline.lexicon import ends_speaker_title, entity_cues, known_names, name_like, quote_cues
from pipeline.record import Entity, Morpheme

CAPTION_LENGTH = 45  # characters of a caption line, a long affiliation included: (인터뷰) 한지호 / 예시연구원 예시연구소 연구사
SENTENCE_MARKS = ".?!"  # a line that ends like a sentence is no caption
CAPTION_WORD = re.compile(r"[가-힣A-Za-z]+")
LABEL_JUNK = re.compile(r"[^가-힣A-Za-z]+")
SLASH_AFTER = re.compile(r"\s*/")
HANGUL_WORD = re.compile(r"[가-힣]+")
MORE_NAME_WORDS = re.compile(r"(?: [가-힣]{1,5}){1,2}(?=\s*/)")  # 라힘 | 우딘 / …: the rest of a foreign name before the slash
MAX_NAME_WORD = 5  # syllables of one word of a name


def people_in_captions(entities: Sequence[Entity], text: str, morphemes: Sequence[Morpheme],
                       lines: Sequence[tuple[int, int]]) -> list[Entity]:
    """Each caption line's name, PS, over whatever the model read there (a place, a part of it); the lines are
    the article's own (no chrome, headline or byline). A name is the first word after the line's label, shaped
    like a Korean name and no word the dictionary or the lexicon knows; a line without a label needs a slash after
    the name (``한도윤 / 6학년``), since a name and a title alone may be a head shot's or a byline's."""
    starts = [m.start for m in morphemes]
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for line_start, line_end in lines:
        name = _caption_name(text, line_start, line_end, morphemes, starts)
        if name is None:
            continue
        start, end = name
        over = [e for e in found if e.start < end and start < e.end]
        if any(e.start < start or e.end > end for e in over) or any(e.label == "PS" for e in over):
            continue  # a longer name the model read there, or the person already; the word alone read as a body is the name
        found = sorted([e for e in found if e not in over] + [Entity(start, end, text[start:end], "PS", text[start:end], "rule")],
                       key=lambda e: (e.start, e.end))
    return found


def _caption_name(text: str, line_start: int, line_end: int, morphemes: Sequence[Morpheme], starts: Sequence[int]) -> tuple[int, int] | None:
    line = text[line_start:line_end]
    marks = [at for at, char in enumerate(line) if char in quote_cues().marks]
    inline = bool(marks)  # ◀INT▶한정숙/청천면 주민 "…": the caption kept on its quote's line, before the mark
    line = line[: marks[0]] if inline else line
    line_end = line_start + len(line)
    stripped = line.strip()
    if not stripped or len(stripped) > CAPTION_LENGTH or stripped[-1] in SENTENCE_MARKS:
        return None
    labels = quote_cues().caption_labels
    words = [w for w in CAPTION_WORD.finditer(line)]
    first = next((i for i, w in enumerate(words) if w.group() not in labels), None)
    if first is None or not all(word in labels for word in LABEL_JUNK.sub(" ", line[: words[first].start()]).split()):
        return None
    word = words[first]
    labelled = first > 0
    start, end = line_start + word.start(), line_start + word.end()
    foreign = _words_before_slash(text, end, line_end) if labelled else None
    if foreign is not None and HANGUL_WORD.fullmatch(word.group()) and len(word.group()) <= MAX_NAME_WORD:
        return start, foreign  # (인터뷰)라힘 우딘 / 이주노동자: a foreign name of several words, up to the slash
    slashed = SLASH_AFTER.match(text, end) is not None
    if inline and not labelled or not (labelled and (end == line_end or text[end] in " /") or slashed) or not name_like(word.group()) \
            or known_names().get(word.group()) is not None:
        return None
    if bisect.bisect_left(starts, start) >= len(morphemes) or dictionary_noun(morphemes, starts, start, end) \
            or not_a_name(morphemes, starts, start, end):
        return None
    return start, end


def _words_before_slash(text: str, end: int, line_end: int) -> int | None:
    """Where a name of several words after a caption's label ends, when one or two more words run to a slash and none
    is a body's or a title's (``라힘 우딘 /``): a foreign person, whose name Korean captions print whole."""
    more = MORE_NAME_WORDS.match(text, end, line_end)
    if more is None or any(known_names().get(w) is not None or entity_cues().institution.search(w) or ends_speaker_title(w)
                           for w in more.group().split()):
        return None
    return more.end()
