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
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pipeline.entity_rules import job_title_of, job_titles
from pipeline.record import Article, Morpheme

SUBJECT_TAGS = frozenset({"JKS", "JX"})
TITLE_PHRASE_TAGS = frozenset({"NNP", "NNG", "NNB", "SL", "SN", "XSN", "XPN", "MM"})
NOMINAL_TAGS = frozenset({"NNG", "NNP", "NNB", "MM", "XSN", "SN", "SL", "XPN", "SW"})
STATEMENT_ENDINGS = (".", "?", "!", "다", "요", "죠", "까", "가", "라", "자", "네", "…")
CARRY_PARAGRAPHS = 2  # a speaker is carried over at most this many paragraphs


@dataclass(frozen=True)
class QuoteCues:
    marks: frozenset[str]
    speech_followers: tuple[str, ...]
    carried: tuple[str, ...]
    pronouns: tuple[str, ...]
    speaker_nouns: frozenset[str]
    speaker_titles: tuple[str, ...]
    speech_verbs: frozenset[str]


@functools.cache
def quote_cues() -> QuoteCues:
    data = tomllib.loads(resources.files("pipeline").joinpath("data", "quotes.toml").read_text(encoding="utf-8"))
    by_length = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731 - longest first
    return QuoteCues(
        marks=frozenset(data["marks"]),
        speech_followers=by_length(data["speech_followers"]),
        carried=by_length(data["carried"]),
        pronouns=by_length(data["pronouns"]),
        speaker_nouns=frozenset(data["speaker_nouns"]),
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
    marks = quote_cues().marks
    pairs = []
    for paragraph in article.paragraphs:
        positions = [i for i in range(paragraph.start, paragraph.end) if article.text[i] in marks]
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
        or any(word.endswith(title) for title in job_titles() if len(title) >= 2)
        or word.endswith(quote_cues().speaker_titles)
    )


def is_speaker_noun(word: str) -> bool:
    """관계자, 참석자, … or a word ending in one (고위관계자)."""
    nouns = quote_cues().speaker_nouns
    return word in nouns or any(word.endswith(noun) for noun in nouns if len(noun) >= 3)


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
        """``해남군“…”``, ``이 대통령 “…”``: a paragraph that opens with a name and then the quote."""
        paragraph = self.article.paragraphs[self.paragraph_of(open_mark)]
        lead = self.text[paragraph.start : open_mark]
        return 0 < len(lead.strip()) <= 12 and close_mark - open_mark > 4 and any(
            e["start"] >= paragraph.start and e["end"] >= open_mark - len(lead) + len(lead.rstrip()) - 1 and e["end"] <= open_mark
            for e in self.entities
        ) or 0 < len(lead.strip()) <= 12 and job_title_of(lead.split()[-1]) is not None

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
            referent = previous["speaker"] if carried and previous["speaker"] else self._last_person(start)
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
        for entity in self.entities:
            if start <= entity["start"] and entity["end"] <= end and not self._quoted(entity["start"]) and not self._affiliation(entity):
                role = entity.get("role")
                if self._marked_as_subject(entity["end"], end) or self._headline_speaker(entity["end"], end):
                    found.append({"name": entity["canonical"], "mention": entity["text"], "role": role,
                                  "start": entity["start"], "end": entity["end"]})
        found += self._unnamed(start, end)
        found.sort(key=lambda s: s["start"])
        # 장충남 남해군수는: the organisation inside a person's title phrase is not a second speaker.
        people = [s for s in found if s["role"] is not None or s["name"] != s["mention"]]
        return [s for s in found if not any(p["end"] < s["start"] <= p["end"] + 2 for p in people if p is not s)]

    def _quoted(self, position: int) -> bool:
        return any(a < position < b for a, b in self.inside_quotes)

    def _following(self, position: int, limit: int, count: int = 4) -> list[Morpheme]:
        index = bisect.bisect_left(self.morpheme_starts, position)
        return [m for m in self.morphemes[index : index + count] if m.start < limit]

    def _marked_as_subject(self, position: int, limit: int) -> bool:
        """The name is followed by 은/는/이/가, directly or after its title phrase
        (``김동연 지사는``, ``김진국 청와대 민정수석은``)."""
        following = self._following(position, limit, 5)
        nouns = []
        while following and following[0].tag in TITLE_PHRASE_TAGS:
            nouns.append(following.pop(0).form)
        if nouns and not is_title_word(nouns[-1]):
            return False
        return bool(following) and following[0].tag in SUBJECT_TAGS and following[0].form != "도"

    def _affiliation(self, entity: dict[str, Any]) -> bool:
        """An organisation written as part of a person's title (``국회의원``, ``청와대 민정수석``)."""
        following = self._following(entity["end"], len(self.text), 1)
        return entity["label"] == "OG" and bool(following) and is_title_word(following[0].form)

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
            if (not is_speaker_noun(morpheme.form) or self._quoted(morpheme.start)
                    or index + 1 >= len(self.morphemes) or self.morphemes[index + 1].tag not in SUBJECT_TAGS):
                continue
            begin = index
            while begin > first and begin > index - 5 and self.morphemes[begin - 1].tag in NOMINAL_TAGS:
                begin -= 1
            phrase_start = self.morphemes[begin].start
            if any(e["label"] == "PS" and phrase_start <= e["start"] < morpheme.end for e in self.entities):
                continue  # a named person: found among the entities
            phrase = self.text[phrase_start : morpheme.end]
            found.append({"name": phrase, "mention": phrase, "role": None, "start": phrase_start, "end": morpheme.end})
        return found

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


def _carried(speaker: dict | None, mention: str | None = None, at: int | None = None) -> dict | None:
    """The previous speaker, with the words that name them here (a pronoun) or none (carried over)."""
    if speaker is None:
        return None
    return speaker | {"mention": mention, "start": at, "end": None if at is None else at + len(mention or "")}


def _ordered(quote: dict[str, Any]) -> dict[str, Any]:
    keys = ("start", "end", "text", "speaker", "verb", "attribution", "utterance", "sentence")
    return {key: quote[key] for key in keys}
