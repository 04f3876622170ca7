"""Speakers a caption or a credit names: a broadcast transcript's caption line above a quote (``김하늘 / 6학년``,
``◀ INT ▶배진우 위원장``), one kept on the quote's line (``… ◀INT▶한지호/상인 "…"``) and a credit in parentheses after it
(``"…"(한도윤 예시대 화학과 교수)``)."""

from __future__ import annotations

import re

from pipeline.extract.speaker_evidence import Candidate, named_here
from pipeline.extract.speakers import SpeakerFinder
from pipeline.language.kiwi_doc import dictionary_noun, not_a_name
from pipeline.lexicon import ends_speaker_title, entity_cues, name_like, quote_cues, role_of_word
from pipeline.record import Speaker

CAPTION_LENGTH = 30  # characters of a broadcast caption line: 김하늘 / 6학년, 한지호 / 예시시 솔내동
LABEL_REACH = 8  # characters from a caption line's start within which its label stands: (인터뷰), ◀ INT ▶
LABELLED_CAPTION_LENGTH = 45  # one opened by its label may hold a long affiliation: (인터뷰) 한지호 / 예시연구원 예시연구소 연구사
CREDIT_LENGTH = 40  # characters of a quote's credit in parentheses: (한도윤 예시대 화학과 교수)
SENTENCE_MARKS = ".?!"  # a line that ends like a sentence is no caption
CAPTION_DASHES = " -–—•"  # a quote's paragraph may open with a dash (- "보시는 것처럼 …")
CAPTION_TAIL = " .…"  # what may follow the closing mark of a quote that fills its paragraph
CAPTION_LABEL_JUNK = re.compile(r"[^가-힣A-Za-z]+")
INLINE_CAPTION = re.compile(
    r"[◀\[【<]\s*(?P<label>[A-Za-z가-힣]+)\s*[▶\]】>]\s*(?P<name>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)(?:\s*/[^\"“”\n]{0,25})?\s*[\"“]$")
INLINE_LABELLED = re.compile(r"(?P<caption>[◀\[【<]\s*(?P<label>[A-Za-z가-힣]+)\s*[▶\]】>][^\"“”\n◀\[【<]+?)[\"“]$")  # ◀SYN▶가람군 관계자 "
NAMES_APART = re.compile(r"\s*[·,]\s*")  # 한지호·이가람: the people of a caption, who spoke together
PARENTHESISED_LABEL = re.compile(r"\(\s*([A-Za-z가-힣]+)\s*\)")
CAPTION_NAME = re.compile(r"(?<![가-힣])[가-힣]{2,4}(?![가-힣])")
CAPTION_NAMES = re.compile(r"[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})+(?![가-힣])")  # 박영심·김춘자: names apart by middle dots


def features(**values: float) -> dict[str, float]:
    return {name: float(value) for name, value in values.items() if value}


def caption_candidates(finder: SpeakerFinder, open_mark: int, close_mark: int, spoken: frozenset[str]) -> list[Candidate]:
    """A broadcast transcript's caption: a quote that fills its paragraph, under a short line that opens
    with a name and says nothing (``김하늘 / 6학년``, ``이가람 기자``, ``◀ INT ▶배진우 위원장``,
    ``▶ 스탠딩 : 한지호``), was said by that person; so was one right after such a caption inside a
    transcript kept on one line (``… ◀INT▶한지호/상인 "…"``)."""
    index = finder.paragraph_of(open_mark)
    paragraphs = finder.article.paragraphs
    if index == 0 or finder.text[paragraphs[index].start : open_mark].strip(CAPTION_DASHES) \
            or finder.text[close_mark + 1 : paragraphs[index].end].strip(CAPTION_TAIL):
        return []  # the quote does not fill its paragraph (a subheadline's "…" 목소리도)
    line = paragraphs[index - 1]
    caption = finder.text[line.start : line.end].strip()
    labelled = any(label in caption[:LABEL_REACH] for label in quote_cues().caption_labels)
    if line.is_chrome or line.role == "headline" or not caption or len(caption) > (LABELLED_CAPTION_LENGTH if labelled else CAPTION_LENGTH) \
            or caption[-1] in SENTENCE_MARKS or any(mark in caption for mark in quote_cues().marks):
        return []
    names = [e for e in finder.entities if e.label == "PS" and line.start <= e.start < line.end
             and _caption_label(finder.text[line.start : e.start])]
    speakers = _names_together(finder, names) or _official_captioned(finder, line.start, caption) \
        or _captioned_name(finder, line.start, line.end, caption, titled=True) or _captioned_name(finder, line.start, line.end, caption)
    return [Candidate(named_here(s), "caption", features(caption=1, person=1, said_before=s.name in spoken)) for s in speakers]


def inline_caption_candidates(finder: SpeakerFinder, open_mark: int, spoken: frozenset[str]) -> list[Candidate]:
    """Inside a transcript kept on one line, a caption right before the quote's opening mark names its speaker, and
    nobody else does: a name, before the slash of what they are (``… ◀INT▶한지호/가람동 주민 "…"``) or a word of it
    (``◀INT▶도해솔 주민``), or an unnamed official's or person's phrase (``◀SYN▶가람군 관계자 "…"``)."""
    line_start = finder.text.rfind("\n", 0, open_mark) + 1
    inline = inline_caption(finder.text, line_start, open_mark)
    if inline:
        at = inline.start("name")
        speakers = [Speaker(inline.group("name"), inline.group("name"), None, None, at, inline.end("name"))]
    else:
        labelled = INLINE_LABELLED.search(finder.text, max(line_start, open_mark - LABELLED_CAPTION_LENGTH), open_mark + 1)
        labelled = labelled if labelled and labelled.group("label") in quote_cues().caption_labels else None
        named = [e for e in finder.entities if e.label == "PS" and labelled and labelled.start() < e.start < labelled.end()
                 and _caption_label(finder.text[labelled.start() : e.start])  # ◀INT▶도해솔 주민: the name, not the phrase
                 and not finder.text[e.end :].lstrip().startswith(tuple(quote_cues().official_nouns))]  # not 여객선사 관계자
        speakers = _names_together(finder, named) or (_official_captioned(finder, labelled.start(), labelled.group("caption").rstrip()) if labelled else [])
    return [Candidate(named_here(s), "caption", features(caption=1, person=1, said_before=s.name in spoken)) for s in speakers]


def _names_together(finder: SpeakerFinder, names: list) -> list[Speaker]:
    """The caption's first name, or its names apart by a middle dot or a comma as written (``이도현·한서연``: who spoke together)."""
    if not names:
        return []
    last = names[0]
    for following in names[1:]:
        if NAMES_APART.fullmatch(finder.text[last.end : following.start]) is None:
            break
        last = following
    first = names[0]
    together = CAPTION_NAMES.match(finder.text, first.start)  # 이도현·한서연: the second a name the entities missed
    end = max(last.end, together.end() if together else first.end)
    if end == first.end:
        return [Speaker(first.canonical, first.text, first.role, None, first.start, first.end)]
    written = finder.text[first.start : end]
    return [Speaker(written, written, None, None, first.start, end)]


def _captioned_name(finder: SpeakerFinder, line_start: int, line_end: int, caption: str, titled: bool = False) -> list[Speaker]:
    """A name the entities missed: the word after the label, shaped like a Korean name, with the names apart by middle dots
    after it (``박영심·김춘자 / 노화읍 주민``); no verb (``【지난 …】``), unless ``titled``: a slash or an affiliation and a title
    follow it, which only a name takes (``정말순/여수시 중앙동 주민``, ``(인터뷰)구하린 남해바다연구소 연구사``)."""
    word = next((w for w in CAPTION_NAME.finditer(caption) if w.group() not in quote_cues().caption_labels), None)
    at = line_start + finder.text[line_start:line_end].find(word.group()) if word else -1
    end = at + len(word.group()) if word else -1
    if not word or not name_like(word.group()) or not _caption_label(finder.text[line_start:at]):
        return []
    together = CAPTION_NAMES.match(finder.text, at, line_end)
    end = together.end() if together else end
    rest = finder.text[end:line_end].strip()
    if titled:
        words = rest.lstrip("/ ").split()
        if not (rest.startswith("/") or len(words) >= 2 and ends_speaker_title(words[-1])) or quote_cues().is_speaker_noun(word.group()) \
                or dictionary_noun(finder.morphemes, finder.morpheme_starts, at, end):
            return []  # 주민/가람시 중앙동, (인터뷰) 양식 어민 대표: a noun, no name
    elif dictionary_noun(finder.morphemes, finder.morpheme_starts, at, end) or not_a_name(finder.morphemes, finder.morpheme_starts, at, end):
        return []
    written = finder.text[at:end]
    return [Speaker(written, written, None, None, at, end)]


def _official_captioned(finder: SpeakerFinder, line_start: int, caption: str) -> list[Speaker]:
    """``◀SYN▶ 한국전력 중부건설본부 관계자``, ``◀SYN▶ 해안 인근 펜션 운영자 (음성변조)``, ``인터뷰 : 차 재배 농민``: an unnamed
    official's or person's caption names the speaker by its phrase; so does any short phrase with a note on the voice,
    label or not (``버스 기사 (음성변조)``)."""
    label = max((caption.find(mark) + len(mark) for mark in quote_cues().caption_label_closers if mark in caption), default=0)
    bracketed = PARENTHESISED_LABEL.match(caption)  # (인터뷰)가람군 관계자: the label in parentheses, not a note on the voice
    label = max(label, bracketed.end()) if bracketed and bracketed.group(1) in quote_cues().caption_labels else label
    phrase = caption[label:].strip()
    named = CAPTION_NAME.match(phrase)
    if named and phrase[named.end() :].lstrip().startswith("/") and name_like(named.group()) and not quote_cues().is_speaker_noun(named.group()):
        return []  # 정말순/가람시 중앙동 주민: a name before the slash, the phrase after it only what she is
    note = next((n for n in quote_cues().caption_notes if phrase.endswith(n)), None)  # 조선소 관계자 (음성변조)
    phrase = phrase.removesuffix(note).rstrip(" /") if note else phrase
    last = phrase.split()[-1] if phrase else ""
    if not last or not note and last not in quote_cues().official_nouns and last not in quote_cues().one_person_nouns \
            and not (len(last) > 1 and last.endswith(entity_cues().role_noun_endings)):  # 펜션 운영자, 차 재배 농민
        return []  # with a note on the voice the line is a person's caption whatever the noun: 버스 기사 (음성변조)
    at = finder.text.find(phrase, line_start)
    return [Speaker(phrase, phrase, None, None, at, at + len(phrase))]


def credited_candidates(finder: SpeakerFinder, close_mark: int, spoken: frozenset[str]) -> list[Candidate]:
    """A quote credited in parentheses right after its closing mark: ``“…”(한도윤 예시대 화학과 교수)`` was
    said by the person named first in them, whose title closes them."""
    text = finder.text
    close = text.find(")", close_mark + 2, close_mark + CREDIT_LENGTH)
    if not text.startswith("(", close_mark + 1) or close < 0:
        return []
    words = text[close_mark + 2 : close].split()
    if len(words) < 2 or not name_like(words[0]) or not ends_speaker_title(words[-1]):
        return []
    start = close_mark + 2
    named = next((e for e in finder.entities if e.label == "PS" and (e.start, e.end) == (start, start + len(words[0]))), None)
    name = named.canonical if named is not None else words[0]
    speaker = Speaker(name, words[0], role_of_word(words[-1]), " ".join(words[1:-1]) or None, start, start + len(words[0]))
    return [Candidate(named_here(speaker), "credited", features(credited=1, person=1, said_before=name in spoken))]


def inline_caption(text: str, paragraph_start: int, open_mark: int) -> re.Match[str] | None:
    """A transcript's caption on the quote's own line right before its opening mark (``◀INT▶한지호/상인 "``)."""
    inline = INLINE_CAPTION.search(text, max(paragraph_start, open_mark - CAPTION_LENGTH - 8), open_mark + 1)
    named = inline and inline.group("label") in quote_cues().caption_labels and all(map(name_like, NAMES_APART.split(inline.group("name"))))
    return inline if named else None


def _caption_label(prefix: str) -> bool:
    """What may stand before the name in a caption line: marks and an interview label (◀ INT ▶, 스탠딩 :)."""
    words = CAPTION_LABEL_JUNK.sub(" ", prefix).split()
    return all(word in quote_cues().caption_labels for word in words)
