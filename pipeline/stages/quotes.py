"""quotes: direct quotations with their speakers, speech verbs and utterances.

A quote is a pair of double quotation marks in one paragraph whose content is speech: it is followed
by a quotative particle or connective (``"…"라고``, ``"…"며``, ``"…"고 말했다``) or reads as a statement
(ends like a sentence, as in a headline ``안철수 "…"``). A quoted title or term (``"스마트시티"를``) is not.

The speaker is found in the statement around the quote, from the entities stage's mentions and the
segmentation stage's morphemes (no re-analysis):

1. a person or organisation before the quote, marked as subject or topic (``김동연 지사는 "…"``), or
   standing right before it in a headline (``안철수 "…"``); else one after it (``"…"라고 김 지사는``);
2. an unnamed speaker kept as its noun phrase (``도 관계자는``, ``한 참석자는``);
3. a pronoun (``그는``) or a statement connective (``그러면서``, ``이어``), or no subject at all:
   the previous quote's speaker, carried;
4. otherwise unresolved (``speaker`` null), never a guess.

Names are the entities' ``canonical`` (김 지사 -> 김동연), resolved once in :mod:`pipeline.names`.
Cue words are data: ``pipeline/data/quotes.toml``.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pipeline.entity_rules import job_title_of, long_job_titles
from pipeline.record import Article, Morpheme

SUBJECT_TAGS = frozenset({"JKS", "JX"})
TITLE_PHRASE_TAGS = frozenset({"NNP", "NNG", "NNB", "NP", "SL", "SN", "XSN", "XPN", "MM"})  # NP: 모 of 김모씨
NOMINAL_TAGS = frozenset({"NNG", "NNP", "NNB", "MM", "XSN", "SN", "SL", "XPN", "SW"})
STATEMENT_ENDINGS = (".", "?", "!", "다", "요", "죠", "까", "가", "라", "자", "네", "…")
CARRY_PARAGRAPHS = 2  # a speaker is carried over at most this many paragraphs
MAX_TITLE_PHRASE_WORDS = 4  # 이양수 | 국민의힘 선거대책본부 수석대변인은: affiliation and title


@dataclass(frozen=True)
class QuoteCues:
    marks: frozenset[str]
    any_mark: re.Pattern[str]
    speech_followers: tuple[str, ...]
    carried: tuple[str, ...]
    pronouns: tuple[str, ...]
    speaker_nouns: frozenset[str]
    speaker_noun_endings: tuple[str, ...]  # the nouns that a longer word can end in (고위관계자)
    speaker_titles: tuple[str, ...]
    speech_verbs: frozenset[str]


@functools.cache
def quote_cues() -> QuoteCues:
    data = tomllib.loads(resources.files("pipeline").joinpath("data", "quotes.toml").read_text(encoding="utf-8"))
    by_length = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731 - longest first
    return QuoteCues(
        marks=frozenset(data["marks"]),
        any_mark=re.compile("[" + "".join(map(re.escape, data["marks"])) + "]"),
        speech_followers=by_length(data["speech_followers"]),
        carried=by_length(data["carried"]),
        pronouns=by_length(data["pronouns"]),
        speaker_nouns=frozenset(data["speaker_nouns"]),
        speaker_noun_endings=tuple(noun for noun in data["speaker_nouns"] if len(noun) >= 3),
        speaker_titles=tuple(data["speaker_titles"]),
        speech_verbs=frozenset(data["speech_verbs"]),
    )


def quotes(article: Article) -> Article:
    """Fill ``quotes``.

    ``'이날 김동연 지사는 "함께하겠다"며 "고맙다"고 말했다.'`` -> two quotes, speaker 김동연 (지사),
    verb 말했다, one utterance.
    """
    pairs = quote_pairs(article)
    finder = SpeakerFinder(article, pairs)
    found: list[dict[str, Any]] = []
    for open_mark, close_mark in pairs:
        if not (is_speech(article.text, open_mark, close_mark) or finder.headline_quote(open_mark, close_mark)):
            continue
        previous = found[-1] if found else None
        quote = {"start": open_mark + 1, "end": close_mark, "text": article.text[open_mark + 1 : close_mark],
                 "sentence": finder.sentence_of(open_mark)}
        if previous is not None and joins_previous(article.text, previous["end"] + 1, open_mark):
            quote |= {key: previous[key] for key in ("speaker", "verb", "attribution", "utterance")}
        else:
            speaker, attribution = finder.speaker(open_mark, close_mark, previous)
            quote |= {"speaker": speaker, "verb": None, "attribution": attribution,
                      "utterance": previous["utterance"] + 1 if previous else 0}
        found.append(quote)
    for quote in found:
        quote["verb"] = finder.verb_after(last_of_utterance(found, quote)["end"] + 1)
    article.quotes = [_ordered(q) for q in found]
    return article


def quote_pairs(article: Article) -> list[tuple[int, int]]:
    """Positions of paired double marks, paired in order inside each paragraph (mismatched kinds too)."""
    mark = quote_cues().any_mark
    pairs = []
    for paragraph in article.paragraphs:
        positions = [found.start() for found in mark.finditer(article.text, paragraph.start, paragraph.end)]
        pairs += list(zip(positions[0::2], positions[1::2]))
    return pairs


def is_speech(text: str, open_mark: int, close_mark: int) -> bool:
    """Whether a quoted span reproduces words: followed by a quotative, or shaped like a statement."""
    content = text[open_mark + 1 : close_mark].strip()
    if len(content) < 2:
        return False
    after = text[close_mark + 1 : close_mark + 8]
    if after.startswith(quote_cues().speech_followers):
        return True
    statement = content.endswith(STATEMENT_ENDINGS) and " " in content
    return statement and not after[:1].isalnum() or statement and after.startswith(("라는", "이라는", "는"))


def joins_previous(text: str, after_previous: int, open_mark: int) -> bool:
    """``"…"며 "…"``: the previous quote's connective leads straight into this one (same statement)."""
    between = text[after_previous:open_mark].strip()
    return 0 < len(between) <= 4 and between in ("며", "라며", "이라며", "면서", "라면서", "이라면서", "고", "라고", "이라고", "고,", "며,")


def is_title_word(word: str) -> bool:
    """A job title, or a word ending in one (민정수석, 수석대변인, 월등면장, 선임연구원)."""
    return (
        job_title_of(word) is not None
        or word.endswith(long_job_titles())
        or word.endswith(quote_cues().speaker_titles)
    )


def is_speaker_noun(word: str) -> bool:
    """관계자, 참석자, … or a word ending in one (고위관계자)."""
    cues = quote_cues()
    return word in cues.speaker_nouns or word.endswith(cues.speaker_noun_endings)


def last_of_utterance(found: list[dict[str, Any]], quote: dict[str, Any]) -> dict[str, Any]:
    return [q for q in found if q["utterance"] == quote["utterance"]][-1]


class SpeakerFinder:
    """Looks for a quote's speaker in the statement around it, using the record's morphemes and entities."""

    def __init__(self, article: Article, pairs: list[tuple[int, int]]) -> None:
        self.article = article
        self.text = article.text
        self.morphemes = article.morphemes
        self.morpheme_starts = [m.start for m in article.morphemes]
        self.sentence_starts = [s.start for s in article.sentences]
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.entities = [e for e in article.entities if e["label"] in ("PS", "OG")]
        self._people = {e["canonical"] for e in article.entities if e["label"] == "PS"}
        self.inside_quotes = pairs

    def headline_quote(self, open_mark: int, close_mark: int) -> bool:
        """``해남군“…”``, ``이 대통령 “…”``, ``직장인들 “…”``: a paragraph that opens with a name, or
        is a short noun phrase and a quote of several words and nothing else."""
        paragraph = self.article.paragraphs[self.paragraph_of(open_mark)]
        lead = self.text[paragraph.start : open_mark]
        if not 0 < len(lead.strip()) <= 12:
            return False
        named = close_mark - open_mark > 4 and any(
            e["start"] >= paragraph.start and e["end"] >= open_mark - len(lead) + len(lead.rstrip()) - 1 and e["end"] <= open_mark
            for e in self.entities
        ) or job_title_of(lead.split()[-1]) is not None
        whole = not self.text[close_mark + 1 : paragraph.end].strip() and " " in self.text[open_mark:close_mark].strip()
        return named or whole and self._noun_phrase(paragraph.start, open_mark)

    def sentence_of(self, position: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, position) - 1, 0)

    def paragraph_of(self, position: int) -> int:
        return max(bisect.bisect_right(self.paragraph_starts, position) - 1, 0)

    def speaker(self, open_mark: int, close_mark: int, previous: dict[str, Any] | None) -> tuple[dict | None, str]:
        sentence = self.article.sentences[self.sentence_of(open_mark)] if self.article.sentences else None
        start = sentence.start if sentence else self.article.paragraphs[self.paragraph_of(open_mark)].start
        end_sentence = self.article.sentences[self.sentence_of(close_mark)] if self.article.sentences else None
        end = end_sentence.end if end_sentence else len(self.text)
        lead = self.text[start:open_mark].strip()
        carried = previous is not None and self.paragraph_of(open_mark) - self.paragraph_of(previous["start"]) <= CARRY_PARAGRAPHS
        if lead.startswith(quote_cues().pronouns):
            pronoun = next(p for p in quote_cues().pronouns if lead.startswith(p)).split()[-1][:-1]  # 그는 -> 그
            at = self.text.index(pronoun, start)
            said_before = previous["speaker"] if carried and previous["speaker"] else None
            person_before = said_before is not None and said_before["name"] in self._people
            referent = said_before if person_before else self._last_person(start)  # 그는: a person
            if referent is not None:
                return _carried(referent, pronoun, at), "pronoun"
        before = self._candidates(start, open_mark)
        if before:
            return before[-1], "explicit"
        if lead.startswith(quote_cues().carried) and carried:
            return _carried(previous["speaker"]), "carried"
        after = self._candidates(close_mark + 1, end)
        if after:
            return after[0], "explicit"
        if carried and previous["speaker"] is not None:
            return _carried(previous["speaker"]), "carried"
        return None, "unresolved"

    def _last_person(self, before: int) -> dict[str, Any] | None:
        """The person last named as a subject before ``before``, within the carry distance: 그는 -> them."""
        paragraph = self.paragraph_of(before)
        start = self.article.paragraphs[max(paragraph - CARRY_PARAGRAPHS, 0)].start
        people = [s for s in self._candidates(start, before) if s["name"] in self._people]
        return people[-1] if people else None

    def _candidates(self, start: int, end: int) -> list[dict[str, Any]]:
        """Speakers between ``start`` and ``end`` outside quotes, in text order."""
        found = []
        phrases = []  # a person and the start of its subject particle: the span of its title phrase
        for entity in self.entities:
            if start <= entity["start"] and entity["end"] <= end and not self._quoted(entity["start"]) and not self._affiliation(entity):
                particle = self._subject_particle_after(entity["end"], end)
                if particle is not None or self._headline_speaker(entity["end"], end):
                    speaker = {"name": entity["canonical"], "mention": entity["text"], "role": entity.get("role"),
                               "start": entity["start"], "end": entity["end"]}
                    found.append(speaker)
                    if entity["label"] == "PS" and particle is not None:
                        phrases.append((speaker, particle))
        found += self._unnamed(start, end)
        found += self._headline_phrase(start, end)
        found.sort(key=lambda s: s["start"])
        # 이양수 국민의힘 선거대책본부 수석대변인은: what stands inside a person's title phrase is not a second speaker.
        return [s for s in found if not any(p is not s and p["start"] <= s["start"] < particle for p, particle in phrases)]

    def _quoted(self, position: int) -> bool:
        return any(a < position < b for a, b in self.inside_quotes)

    def _following(self, position: int, limit: int, count: int = 4) -> list[Morpheme]:
        index = bisect.bisect_left(self.morpheme_starts, position)
        return [m for m in self.morphemes[index : index + count] if m.start < limit]

    def _title_phrase(self, position: int, limit: int) -> tuple[list[str], Morpheme | None]:
        """The words of the noun phrase right after ``position`` (a title, an affiliation, ``(37)씨``)
        and the morpheme that ends it: ``김진국 청와대 민정수석은`` -> [청와대, 민정수석], 은."""
        words: list[str] = []
        word_start = None
        depth = 0
        for morpheme in self._following(position, limit, 24):
            if morpheme.tag == "SSO" or depth:
                depth += {"SSO": 1, "SSC": -1}.get(morpheme.tag, 0)  # (37), (사장): skipped
                continue
            attached = morpheme.start == position or not self.text[position : morpheme.start].strip()
            inner = morpheme.tag == "JKG" or morpheme.form == "·"  # 국민의힘, 시·도교육청노동조합
            if morpheme.tag in TITLE_PHRASE_TAGS or inner and attached and words:
                if word_start is None or not attached:
                    if len(words) == MAX_TITLE_PHRASE_WORDS:
                        return words, None
                    word_start = morpheme.start
                    words.append("")
                words[-1] = _without_parentheses(self.text[word_start : morpheme.end])
                position = morpheme.end
                continue
            return words, morpheme
        return words, None

    def _subject_particle_after(self, position: int, limit: int) -> int | None:
        """Where the subject particle of a name ending at ``position`` starts, when the name is the
        subject: followed by 은/는/이/가, directly or after its title phrase (``김동연 지사는``,
        ``김진국 청와대 민정수석은``, ``박학규 경영지원실장(사장)은``, ``A(37)씨는``)."""
        words, after = self._title_phrase(position, limit)
        if after is None or after.tag not in SUBJECT_TAGS or after.form == "도":
            return None
        return after.start if not words or is_title_word(words[-1]) else None

    def _affiliation(self, entity: dict[str, Any]) -> bool:
        """An organisation written as part of a person's title (``국회의원``, ``청와대 민정수석``,
        ``민주당 장철민 의원``)."""
        if entity["label"] != "OG":
            return False
        words, _ = self._title_phrase(entity["end"], len(self.text))
        next_word = self.text.find(" ", entity["end"]) + 1
        person_follows = any(e["label"] == "PS" and e["start"] == next_word for e in self.entities)
        return person_follows or bool(words) and is_title_word(words[-1])

    def _headline_speaker(self, position: int, limit: int) -> bool:
        """``안철수 "…"``: a name right before an opening mark."""
        rest = self.text[position : position + 2]
        return position <= limit and (rest[:1] in quote_cues().marks or rest[:1] == " " and rest[1:2] in quote_cues().marks)

    def _unnamed(self, start: int, end: int) -> list[dict[str, Any]]:
        """``도 관계자는``, ``한 참석자는``: a speaker noun and the nominal words before it, as written."""
        found = []
        first = bisect.bisect_left(self.morpheme_starts, start)
        for index in range(first, len(self.morphemes)):
            morpheme = self.morphemes[index]
            if morpheme.end > end:
                break
            word = self.text[self.text.rfind(" ", 0, morpheme.start) + 1 : morpheme.end]
            if (not (is_speaker_noun(morpheme.form) or is_speaker_noun(word)) or self._quoted(morpheme.start)
                    or index + 1 >= len(self.morphemes) or self.morphemes[index + 1].tag not in SUBJECT_TAGS):
                continue  # 관계자는, 연구팀은 (연구 + 팀)
            begin = index
            while begin > first and begin > index - 5 and self.morphemes[begin - 1].tag in NOMINAL_TAGS:
                begin -= 1  # 도 관계자, 동원개발 관계자, 윤 후보 측
            phrase_start = self.morphemes[begin].start
            phrase = self.text[phrase_start : morpheme.end]
            found.append({"name": phrase, "mention": phrase, "role": None, "start": phrase_start, "end": morpheme.end})
        return found

    def _headline_phrase(self, start: int, end: int) -> list[dict[str, Any]]:
        """``직장인들 "월급만 그대로"``: a headline made of a short noun phrase and a quote; the phrase
        is the speaker, as written (a name among the entities is found by ``_headline_speaker``)."""
        paragraph = self.article.paragraphs[self.paragraph_of(start)]
        if not (paragraph.start >= start and self.text[end : end + 1] in quote_cues().marks and self._noun_phrase(paragraph.start, end)):
            return []
        phrase = self.text[paragraph.start : end].rstrip()
        return [{"name": phrase, "mention": phrase, "role": None, "start": paragraph.start, "end": paragraph.start + len(phrase)}]

    def _noun_phrase(self, start: int, end: int) -> bool:
        """A short run of nouns (at most three words, 12 characters): a headline's speaker."""
        lead = self.text[start:end].strip()
        if not lead or len(lead) > 12 or len(lead.split()) > 3:
            return False
        morphemes = self._following(start, end, 12)
        return bool(morphemes) and all(m.tag in NOMINAL_TAGS or m.form == "·" for m in morphemes)

    def verb_after(self, position: int) -> str | None:
        """The predicate word ending the statement after ``position`` (``말했다``, ``덧붙였다``)."""
        index = bisect.bisect_left(self.morpheme_starts, position)
        limit = self.article.sentences[self.sentence_of(position - 1)].end if self.article.sentences else len(self.text)
        for morpheme in self.morphemes[index:]:
            if morpheme.start >= limit + 1 or self.text[morpheme.start] in quote_cues().marks:
                return None
            if morpheme.tag == "EF":
                word_start = self.text.rfind(" ", position, morpheme.start) + 1 or position
                return self.text[max(word_start, position) : morpheme.end].lstrip("\"'”“") or None
        return None


def _without_parentheses(word: str) -> str:
    """``경영지원실장(사장)`` -> ``경영지원실장``; ``B(28)씨`` -> ``B씨``."""
    while "(" in word and ")" in word[word.index("(") :]:
        word = word[: word.index("(")] + word[word.index(")", word.index("(")) + 1 :]
    return word


def _carried(speaker: dict | None, mention: str | None = None, at: int | None = None) -> dict | None:
    """The previous speaker, with the words that name them here (a pronoun) or none (carried over)."""
    if speaker is None:
        return None
    return speaker | {"mention": mention, "start": at, "end": None if at is None else at + len(mention or "")}


def _ordered(quote: dict[str, Any]) -> dict[str, Any]:
    keys = ("start", "end", "text", "speaker", "verb", "attribution", "utterance", "sentence")
    return {key: quote[key] for key in keys}
