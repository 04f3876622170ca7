"""Names the entities missed but a title gives away: ``추민완 행정부시장은``, ``임소라 부장: “…”``."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from typing import Protocol

from pipeline.extract.named import Named
from pipeline.extract.quoted_spans import QuotedSpans
from pipeline.language.kiwi_doc import dictionary_noun, not_a_name
from pipeline.lexicon import ends_speaker_title, grammar, known_names, quote_cues, role_of_word, starts_with_surname, surnames
from pipeline.record import Morpheme, Speaker

SURFACE_NAME = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{3,4}(?= |\()")  # a missed name: 추민완 교수, 추민완(사진) 교수, 남궁해진 지사
SOURCE_NAME_TAGS = ("NNP", "NNG", "SL", "SN")  # 데일리 + 메일, BBC, 채널A: with a proper noun in it, a name; not 보도, 조사
LABEL_COLON = ":"  # 임소라 부장: “…”


class TitleReader(Protocol):
    """What :func:`surface_names` reads of a :class:`~pipeline.extract.speakers.SpeakerFinder`."""

    text: str
    morphemes: Sequence[Morpheme]
    morpheme_starts: list[int]
    quotes: QuotedSpans

    def quoted(self, position: int) -> bool: ...

    def title_phrase(self, position: int, limit: int) -> tuple[list[str], Morpheme | None]: ...


def surface_names(finder: TitleReader, start: int, end: int, taken: list[tuple[int, int]], people: Collection[int] = ()) -> list[Named]:
    """``추민완 행정부시장은``: a three-syllable word opened by a surname (four syllables after a surname of
    two: 남궁해진), which kiwipiepy did not read as one common noun, before a title and a subject particle: a
    person the entities missed, unless one of the ``people`` found starts between them."""
    found = []
    matches = (m for stretch in finder.quotes.unquoted(start, end) for m in SURFACE_NAME.finditer(finder.text, *stretch))
    for match in matches:  # a quote's words name no speaker
        word = match.group()
        if not (starts_with_surname(word) if len(word) == 3 else word[:2] in surnames()) or any(a < match.end() and match.start() < b for a, b in taken) \
                or (finder.text[max(0, match.start() - 3) : match.start()].split() or [""])[-1] in quote_cues().unnamed_determiners:
            continue  # 한 국밥집 상인은: what an unnamed person does, no name
        if (known := known_names().get(word)) is not None and known.government:
            continue  # 고흥군 우주항공과 주무관은: a government's post, no 고 + 흥군
        tests = (dictionary_noun, not_a_name) if len(word) == 3 else (dictionary_noun,)  # 남궁 + 하 + 어 + 지 + ㄴ: a name still
        if any(test(finder.morphemes, finder.morpheme_starts, *match.span()) for test in tests):
            continue  # 조합원, 한국인: a word of the dictionary; 방문한, 국민의: a verb's, a particle's
        words, after = finder.title_phrase(match.end(), end)
        if not words or not ends_speaker_title(words[-1]) or after is None \
                or not (grammar().marks_subject(after.tag, after.form) or _labels_a_turn(finder.text, match.start(), after)):
            continue
        if any(match.end() < at < after.start for at in people):
            continue  # 상인회 총무 | 이도윤(45)씨는: the particle is the person's found after it
        written = " ".join(words).split()  # 가람대 건축학과 | 교수: the affiliation's words, then the title
        speaker = Speaker(word, word, role_of_word(written[-1]), " ".join(written[:-1]) or None, match.start(), match.end())
        found.append(Named(speaker, "surface_name", after.form, False, False, False))
    return found + _sources_named(finder, start, end, taken)


def _sources_named(finder: TitleReader, start: int, end: int, taken: list[tuple[int, int]]) -> list[Named]:
    """``영국 매체 데일리메일에 따르면``: a proper noun the entities missed, right before a source's frame, is the
    source (not ``보도에 따르면``, a common noun that names nobody)."""
    found = []
    text = finder.text
    for frame in quote_cues().source_frames:
        at = text.find(frame, start, end)
        while at > start:
            word_start = max(text.rfind(" ", start, at), text.rfind("\n", start, at), start - 1) + 1
            first = bisect.bisect_left(finder.morpheme_starts, word_start)
            inside = finder.morphemes[first : bisect.bisect_left(finder.morpheme_starts, at)]
            proper = bool(inside) and all(m.tag in SOURCE_NAME_TAGS for m in inside) and any(m.tag == "NNP" for m in inside)
            if proper and not finder.quoted(word_start) and not any(a < at and word_start < b for a, b in taken):
                word = text[word_start:at]
                found.append(Named(Speaker(word, word, None, None, word_start, at), "organisation", frame, False, False, False))
            at = text.find(frame, at + len(frame), end)
    return found


def _labels_a_turn(text: str, start: int, after: Morpheme) -> bool:
    """``임소라 부장: “…”``: a name and title opening its line before a colon label a speaker's turn."""
    return text.startswith(LABEL_COLON, after.start) and text[start - 1 : start] in ("", "\n")
