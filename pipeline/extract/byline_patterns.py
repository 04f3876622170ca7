"""The patterns of reporters' names in bylines and datelines, built from the lexicon's job words, desks and outlets:
``홍길동·김철수 기자``, ``(부산=연합뉴스) 이가람 기자 =``, ``…말했다.표가온 기자``."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import grammar, quote_cues, role_cues, titles

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EMAIL_AS_PRINTED = re.compile(rf"{EMAIL.pattern}|[A-Za-z0-9._%+-]+@(?=[\s|│·,]|$)")  # also one the page cut after its @
NAME = r"[가-힣]{2,4}?"
MAX_SPACED_GIVEN_SYLLABLES = 2  # its given name


NAMES_APART = re.compile(r"\s*[·,]\s*|\s+")  # 홍길동·김철수, 홍길동 김철수
TAGGED_WRITER = re.compile(r"^(?P<tag>[^|│:：\s]{1,8})\s*[|│:：]\s*(?P<writer>.+)$")  # 기고 | 홍길동 가람대 교수: a column's tag, its writer


def names_apart(names: str) -> list[str]:
    """The names of a byline's group, apart by ·, a comma or a space; a two-syllable surname and its given name printed
    apart (``황보 민``) are one name."""
    parts = [part for part in NAMES_APART.split(names) if part]
    found: list[str] = []
    while parts:
        part = parts.pop(0)
        if part in role_cues().spaced_surnames and parts and len(parts[0]) <= MAX_SPACED_GIVEN_SYLLABLES:
            part += " " + parts.pop(0)
        found.append(part)
    return found


@functools.cache
def name_regex() -> str:
    """A reporter's name: 2–4 Hangul syllables, or a two-syllable surname printed apart from the given name (``황보 민``)."""
    spaced = "|".join(sorted(role_cues().spaced_surnames))
    return rf"(?:(?:{spaced})\s[가-힣]{{1,{MAX_SPACED_GIVEN_SYLLABLES}}}(?![가-힣])|{NAME})"


def _reporters_regex(separator: str, affiliated: bool = False) -> str:
    words = "|".join(sorted(map(re.escape, titles().reporter), key=len, reverse=True))
    prefixes, labels = "|".join(map(re.escape, titles().reporter_prefixes)), "|".join(map(re.escape, titles().credit_labels))
    desks = titles().desk.pattern
    ranks = "|".join(map(re.escape, titles().newsroom_ranks))  # 홍길동 팀장, 김철수 기자: a rank after one of the names
    name = rf"(?:{desks}\s+)?(?!(?:{words}|{labels}|{desks})(?![가-힣]))(?!(?:{prefixes})\s?(?:{words})){name_regex()}(?:\s+(?:{ranks})(?=\s*[·,]))?"  # 홍길동 특파원 김철수 기자, 군민기자, 사진, 편집국: no name; 사회부 홍길동·경제부 김철수 기자: each one's desk
    beat = "|".join(map(re.escape, titles().beat_job_words))  # 홍길동 의료전문기자: the beat glued before the job word
    units = "|".join(map(re.escape, (*role_cues().outlet_endings, *titles().desk_endings)))
    unit = rf"(?:\s+(?:[가-힣A-Za-z0-9]{{1,10}}(?:{units})|[A-Za-z]+[가-힣]+|[가-힣]{{1,6}}\d{{1,2}})){{0,2}}" if affiliated else ""  # 홍길동 예시닷컴 문화팀 기자, 홍길동 뉴스1 기자
    glued = "|".join(map(re.escape, role_cues().stamp_words))  # 홍길동 기자입력 2024.03.05: the stamp glued on, before its date
    return rf"(?<![가-힣A-Za-z0-9])(?P<names>{name}(?:{separator}{name})*){unit}(?:\s+[가-힣]{{1,4}}(?={beat}))?\s*(?:{words})(?=(?:{glued})\s*\d|[^가-힣]|$)(?!\s+{name_regex()}\s*$)"  # not 가람 통신원 | 홍길동: the beat


@functools.cache
def reporter_pattern() -> re.Pattern[str]:
    """Names (2–4 Hangul syllables, several joined by ·/,) followed by a job word, maybe past the outlet
    or the desk between them (``홍길동 예시닷컴 기자``, ``홍길동 예시일보 문화팀 기자``).

    Group ``names`` holds ``이가람`` in ``/이가람기자`` and ``홍길동·김철수`` in ``홍길동·김철수 기자``.
    """
    return re.compile(_reporters_regex(r"\s*[·,]\s*", affiliated=True))


@functools.cache
def spaced_reporters() -> re.Pattern[str]:
    """Reporters as a dateline lists them, names also apart by a space (``[예시일보 홍길동 김철수 기자]``)."""
    return re.compile(_reporters_regex(r"(?:\s*[·,]\s*|\s+)"))


@functools.cache
def dateline_pattern() -> re.Pattern[str]:
    """A dateline opening the lead: ``(부산=연합뉴스) 이가람 기자 =``, ``[연천=홍길동기자]``, ``[예시일보 홍길동 기자]``,
    ``[예시인터넷신문/김철수 기자]``, ``[예시팩트 | 서산=박영희 기자]``, ``(세종= 추민완 기자 =``, and an outlet's name
    without brackets before its reporter and ``=`` (``예시타임즈 홍길동 기자 =``).

    Groups: ``publisher`` or ``outlet`` (may be absent), ``reporters``.
    """
    reporters = rf"(?P<reporters>(?:{spaced_reporters().pattern}\s*)+)"
    reporter_ahead = spaced_reporters().pattern.replace("?P<names>", "")
    place = r"[가-힣A-Za-z· ]{1,12}(?:\([가-힣]{1,6}\))?"  # 나주(전남): the province after the place
    endings = "|".join(map(re.escape, role_cues().outlet_endings))
    outlet = rf"(?P<outlet>[가-힣A-Za-z0-9]{{1,12}}(?:{endings}))(?:\s*[|│])?\s+(?={reporter_ahead}\s*[=|│/])"
    return re.compile(
        rf"^(?:{outlet}|/\s*(?:(?P<slashed>[가-힣A-Za-z0-9]{{1,12}}(?:{endings}))\s+)?(?={reporter_ahead}\s*/)|(?={reporter_ahead}\s*[=|│])"
        rf"|[(\[【<]\s*(?:(?P<publisher>[^)\]】>=|/(]+?)\s*(?:[|/]\s*|[)\]】>]\s*(?={reporter_ahead})|\s(?={reporter_ahead}\s*[)\]】>=])"
        rf"|\({place}\)\s*=\s*))?)"
        rf"(?:(?P<place>{place})\s*=\s*(?P<agency>[^)\]】>=·,]+?)?\s*[)\]】>]?\s*)?"  # no agency's name holds a middle dot: 한도윤·박보람
        rf"{reporters}\s*(?:[=\])】>|│/]|$)"  # or the end of a byline line: (부산=연합뉴스) 홍길동 기자
    )


@functools.cache
def inner_dateline_pattern() -> re.Pattern[str]:
    """A dateline after a sentence inside the lead, where a summary or a caption was printed before the
    article in the same paragraph (``…기대. [예시경제 홍길동 기자] 폐암을 …``), also its bracket glued to a caption's last
    word (``▲ 한도윤 가람시장[예시뉴스=홍길동 기자] 가람시가 …``, ``▲ … 꽁치(가람=솔바다통신) 한보람 기자 = …``)."""
    return re.compile(r"(?:(?<=[.!?])\s*|(?<=[^\s\[(【<])(?=[\[【]|\([^()=\s]{1,12}\s*=))" + dateline_pattern().pattern.removeprefix("^"))


@functools.cache
def trailing_pattern() -> re.Pattern[str]:
    """A reporter after the article's last sentence: ``…말했다.표가온 기자``, ``…말했다. 표가온 의료전문기자``, ``…말했다. /표가온 기자``, ``…말했다.<춘천/홍길동>``,
    also after the place it was written in (``…처리했다.부산=표가온 기자``),
    ``…줬다. / hong@example.kr`` (an e-mail alone)."""
    words = "|".join(sorted(map(re.escape, titles().reporter), key=len, reverse=True))
    beats = "|".join(map(re.escape, titles().beat_job_words))  # …덧붙였다. 황보윤 의료전문기자
    return re.compile(
        rf"(?<=[.!?\"”’'])\s*(?:/?\s*(?:[가-힣]{{1,6}}\s*=\s*)?(?P<names>[가-힣]{{2,4}})\s*(?:[가-힣]{{1,4}}(?:{beats})|{words})|<[가-힣]{{1,6}}\s*/\s*(?P<slashed>[가-힣]{{2,4}})>"
        rf"|/(?=\s*{EMAIL.pattern}))\s*(?P<email>{EMAIL_AS_PRINTED.pattern})?\s*[|│]?\s*$"
    )


@functools.cache
def glued_reporters() -> re.Pattern[str]:
    """A job word with the next reporter glued to it, as scrapers join repeated fields: ``조민국 기자조민국 기자``;
    not a label opening the line (``기자명편지안 기자``)."""
    words = "|".join(sorted(map(re.escape, titles().reporter), key=len, reverse=True))
    return re.compile(rf"(?<=.)({words})(?={NAME}\s*(?:{words}))")


def unglued(text: str) -> str:
    return glued_reporters().sub(r"\1 ", text)


def people_as_subject(word: str) -> bool:
    """``시민이 기자입니다``: a noun of people with its subject particle, a site's slogan, no reporter's name."""
    stem, particle = word[:-1], word[-1:]
    return particle in grammar().particles and quote_cues().names_speakers(stem)


def writer_after_tag(text: str) -> str | None:
    """What follows an opinion tag and a bar or colon opening the line (``기고 | 권민수 속초시의회 의원``), or None."""
    found = TAGGED_WRITER.match(text)
    return found.group("writer") if found and found.group("tag") in role_cues().opinion_tags else None
