"""Job titles: the one place that says whether a word names what a person does.

From ``titles.toml``: job titles (지사, 시장, 수석대변인), the heads that make a title when fused to a
government (광주광역시장), the endings of a speaker's title phrase (선임연구원, 학생) and reporters' job
words (기자, 특파원).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lexicon.endings import EndingTables
from pipeline.lexicon.files import alternation, read_table
from pipeline.lexicon.names import Name, governments_named, known_names
from pipeline.lexicon.tables import entity_cues, grammar


MIN_FUSED_BODY = 2  # syllables of a body's short name fused to a title in a headline (국토장관: 국토)


@dataclass(frozen=True)
class Titles(EndingTables):
    job: frozenset[str]
    government_heads: tuple[str, ...]
    government_staff_endings: tuple[str, ...]
    speaker_endings: tuple[str, ...]
    compound_ends: tuple[str, ...]
    young_honorifics: frozenset[str]
    reporter: tuple[str, ...]
    reporter_prefixes: tuple[str, ...]
    credit_labels: tuple[str, ...]
    desk_endings: tuple[str, ...]
    desk_offices: tuple[str, ...]
    desk_nouns: tuple[str, ...]
    newsroom_ranks: tuple[str, ...]
    beat_job_words: tuple[str, ...]
    whole_words_only: frozenset[str]
    person_only: frozenset[str]
    short_forms: dict[str, str]
    rank_suffixes: tuple[str, ...]
    heads_of_clubs: frozenset[str]
    honorific: str
    before_name: frozenset[str]
    predicate_titles: frozenset[str]
    before_name_non_name_endings: tuple[str, ...]
    headline_unit_prefixes: tuple[str, ...]
    numbered_ranks: tuple[str, ...]

    def same_post(self, held: str | None, mentioned: str | None) -> bool:
        """Whether a surname with title ``mentioned`` refers to someone holding ``held``: the same title,
        its short form (도지사 -> 지사, 국회의원 -> 의원) or the job title a compound ends in (해양수산국장 ->
        국장; not 행정부시장 -> 시장, which ends in the deputy's 부시장)."""
        if held is None or mentioned is None:
            return False
        return held == mentioned or self.short_forms.get(held) == mentioned or self.title_ending(held) == mentioned

    def headline_post(self, held: str | None, mentioned: str | None) -> bool:
        """Whether a headline's title ``mentioned`` names the post ``held``: as :meth:`same_post`, or shortened with
        its body's name fused to it (국토장관 for 장관, 공정위원장 for 공정거래위원장: the job title they end in); never a
        reporter's job word."""
        if held is None or mentioned is None:
            return False
        if self.same_post(held, mentioned) or mentioned not in self.job and len(held) > len(mentioned) and held.endswith(mentioned):
            return True  # 병원장 for 가람대병원장: the held compound ends in the headline's word
        if mentioned[:1] in self.headline_unit_prefixes and mentioned[1:] == held:
            return True  # 시의원 for a city council's 의원
        ending = self.title_ending(mentioned)
        if ending is None or ending in self.reporter or mentioned in self.job or len(mentioned) - len(ending) < MIN_FUSED_BODY:
            return False  # 사진=홍길동기자: a photo's credit; 부시장, 이사장, 부총리: posts of their own, not 시장, 사장, 총리
        return ending in (held, self.title_ending(held))

    def title_ending(self, word: str) -> str | None:
        """The longest job title a longer word ends in (해양수산국장 -> 국장, 행정부시장 -> 부시장)."""
        return self.endings("long_job").longest(word, min_stem=1)

    def rank_of(self, word: str) -> bool:
        """Whether the word is a title and a suffix of rank (경정급, 차관급): a level, no one's name."""
        return any(word.endswith(suffix) and word[: -len(suffix)] in self.job for suffix in self.rank_suffixes)

    @functools.cached_property
    def desk(self) -> re.Pattern[str]:
        """A newsroom's desk (사회부, 편집국, 취재팀): no reporter's name."""
        return re.compile(f"{alternation(self.desk_nouns)}{alternation(self.desk_endings)}")

    @functools.cached_property
    def long_job(self) -> tuple[str, ...]:
        """The job titles of two or more characters, that a longer word can end in (민정수석, 월등면장);
        not those that end other words too (신부: 정보통신부)."""
        return tuple(title for title in self.job if len(title) >= 2 and title not in self.whole_words_only)


@functools.cache
def titles() -> Titles:
    return read_table(Titles, "titles.toml")


@functools.lru_cache(maxsize=65536)
def job_title_of(word: str) -> str | None:
    """The job a word names, alone (시장 -> 시장), with the honorific (군수님 -> 군수) or fused to a government
    (광주광역시장 -> 시장, 경기도지사 -> 지사, 완도군수 -> 군수); None for any other word."""
    if word in titles().job:
        return word
    if word.endswith(titles().honorific) and word[: -len(titles().honorific)] in titles().job:
        return word[: -len(titles().honorific)]
    if not word.endswith(titles().government_heads):
        return None  # one test for most words, not one per head
    for head in titles().government_heads:
        government = word[: -len(head)]
        if word.endswith(head) and known_names().get(government, _NOT_A_NAME).government:
            return known_names()[government].canonical[-1] + head if head == "장" else head
    return None


_NOT_A_NAME = Name("", "")


def person_only_title(word: str) -> bool:
    """A title no organisation holds (의원, 후보): the word before it names a person."""
    return word in titles().person_only


def is_job_title(word: str) -> bool:
    return job_title_of(word) is not None


@functools.lru_cache(maxsize=65536)
def role_of_word(word: str) -> str | None:
    """The role a word names: a job title (지사; 광주광역시장 -> 시장) or a word ending in one, kept
    whole (수석대변인, 주택정책실장, 교통안전정책과장)."""
    title = job_title_of(word)
    if title is not None:
        return title
    return word if word.endswith(titles().long_job) else None


@functools.lru_cache(maxsize=65536)
def holds_title(word: str) -> bool:
    """A job title, with or without its particle (``시장은``), or a word ending in one with a
    parenthesised rank after it (``경영지원실장(사장)은``)."""
    bare = grammar().without_particle(word)
    if "(" in bare:
        return role_of_word(bare[: bare.index("(")]) is not None
    return is_job_title(bare)


@functools.lru_cache(maxsize=65536)
def holds_compound_title(word: str) -> bool:
    """A word ending in a job title that still names a job inside a longer word, with or without its
    particle (``조사연구팀장은``, ``사무국장``)."""
    return grammar().without_particle(word).endswith(titles().compound_ends)


def government_post(words: Sequence[str]) -> bool:
    """Whether the words open with a government (its name or a short form: 전남도, 도) and a post in it that is
    no title alone (``전남도 경제부지사``, ``도 농업정책과장``; not ``도 의원``): after a word, they say it is the
    post's holder, a name (``표위원 경남도 경제부지사``)."""
    if len(words) < 2 or not holds_compound_title(words[1]) or holds_title(words[1]):
        return False  # the post first: cached, and it rules out most words
    return words[0] in entity_cues().government_short_forms or bool(governments_named(words[0]))


def ends_speaker_title(word: str) -> bool:
    """A word that closes a speaker's title phrase: a role (민정수석, 수석대변인, 월등면장), a
    speaker ending (선임연구원, 학생, 씨) or a rank (9단)."""
    return role_of_word(word) is not None or word.endswith(titles().speaker_endings) or numbered_rank(word)


def numbered_rank(word: str) -> bool:
    """A rank won in a game or a martial art, written after its number (``9단`` of ``한도윤 9단은``): it closes a speaker's
    title phrase, though it names no job (``태권도 5단`` is no one's name and post)."""
    rank = next((rank for rank in titles().numbered_ranks if word.endswith(rank)), None)
    return rank is not None and word[: -len(rank)].isdigit()
