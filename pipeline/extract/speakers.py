"""Finding who said a quote: the quotes stage's speaker search, over the record's morphemes and entities.

In order, the speaker is:

1. a person or organisation before the quote, marked as subject or topic (``김동연 지사는 "…"``), or
   standing right before it in a headline (``안철수 "…"``); else one after it (``"…"라고 김 지사는``);
2. an unnamed speaker kept as its noun phrase (``도 관계자는``, ``한 참석자는``);
3. for a pronoun (``그는``), the previous quote's speaker if a person, else the last person named
   as a subject within two paragraphs;
4. after a statement connective (``그러면서``, ``이어``), or when the sentence names no one at all,
   the previous quote's speaker, carried over when that quote is at most two paragraphs back;
5. otherwise nobody (``speaker`` null, ``attribution`` unresolved).

Names are the entities' ``canonical`` (김 지사 -> 김동연), resolved once in
:mod:`pipeline.language.canonical`. Cue words are data: ``pipeline/data/quotes.toml``.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from pipeline.lexicon import ends_speaker_title, grammar, job_title_of, quote_cues
from pipeline.record import Article, Entity, Morpheme, Quote, Speaker

CARRY_PARAGRAPHS = 2  # a speaker is carried over at most this many paragraphs
MAX_TITLE_PHRASE_WORDS = 4  # 이양수 | 국민의힘 선거대책본부 수석대변인은: affiliation and title


def is_speaker_noun(word: str) -> bool:
    """관계자, 참석자, … or a word ending in one (고위관계자)."""
    cues = quote_cues()
    return word in cues.speaker_nouns or word.endswith(cues.speaker_noun_endings)


class SpeakerFinder:
    """Looks for a quote's speaker in the statement around it, using the record's morphemes and entities."""

    def __init__(self, article: Article, quoted: list[tuple[int, int]]) -> None:
        self.article = article
        self.text = article.text
        self.morphemes = article.morphemes
        self.morpheme_starts = [m.start for m in article.morphemes]
        self.sentence_starts = [s.start for s in article.sentences]
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.entities = [e for e in article.entities if e.label in ("PS", "OG")]
        self._people = {e.canonical for e in article.entities if e.label == "PS"}
        self.inside_quotes = quoted  # (opening mark, closing mark) of every direct quote

    def headline_quote(self, open_mark: int, close_mark: int) -> bool:
        """``해남군“…”``, ``이 대통령 “…”``, ``직장인들 “…”``: a paragraph that opens with a name, or
        is a short noun phrase and a quote of several words and nothing else."""
        paragraph = self.article.paragraphs[self.paragraph_of(open_mark)]
        lead = self.text[paragraph.start : open_mark]
        if not 0 < len(lead.strip()) <= 12:
            return False
        named = close_mark - open_mark > 4 and any(
            e.start >= paragraph.start and e.end >= open_mark - len(lead) + len(lead.rstrip()) - 1 and e.end <= open_mark
            for e in self.entities
        ) or job_title_of(lead.split()[-1]) is not None
        whole = not self.text[close_mark + 1 : paragraph.end].strip() and " " in self.text[open_mark:close_mark].strip()
        return named or whole and self._noun_phrase(paragraph.start, open_mark)

    def sentence_of(self, position: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, position) - 1, 0)

    def paragraph_of(self, position: int) -> int:
        return max(bisect.bisect_right(self.paragraph_starts, position) - 1, 0)

    def speaker(self, open_mark: int, close_mark: int, previous: Quote | None) -> tuple[Speaker | None, str]:
        """The speaker of the quote between the marks and how they were found (``explicit``, ``pronoun``,
        ``carried``, ``unresolved``); ``previous`` is the quote before it in the article."""
        sentence = self.article.sentences[self.sentence_of(open_mark)] if self.article.sentences else None
        start = sentence.start if sentence else self.article.paragraphs[self.paragraph_of(open_mark)].start
        end_sentence = self.article.sentences[self.sentence_of(close_mark)] if self.article.sentences else None
        end = end_sentence.end if end_sentence else len(self.text)
        lead = self.text[start:open_mark].strip()
        carried = previous is not None and self.paragraph_of(open_mark) - self.paragraph_of(previous.start) <= CARRY_PARAGRAPHS
        pronouns = quote_cues().pronouns_longest_first
        if lead.startswith(pronouns):
            pronoun = next(p for p in pronouns if lead.startswith(p)).split()[-1][:-1]  # 그는 -> 그
            at = self.text.index(pronoun, start)
            said_before = previous.speaker if carried and previous.speaker else None
            person_before = said_before is not None and said_before.name in self._people
            referent = said_before if person_before else self._last_person(start)  # 그는: a person
            if referent is not None:
                return named_here(referent, pronoun, at), "pronoun"
        before = self._candidates(start, open_mark)
        if before:
            return before[-1], "explicit"
        if lead.startswith(quote_cues().carried) and carried:
            return named_here(previous.speaker), "carried"
        after = self._candidates(close_mark + 1, end)
        if after:
            return after[0], "explicit"
        if carried and previous.speaker is not None:
            return named_here(previous.speaker), "carried"
        introducer = self._introduced_by(self.sentence_of(open_mark))
        if introducer is not None:
            return named_here(introducer), "carried"
        return None, "unresolved"

    def _introduced_by(self, sentence: int) -> Speaker | None:
        """``박영희 시장은 이렇게 말했다. "…"``: the subject of the sentence before, when that sentence
        ends in a verb of saying and the quote's sentence names nobody."""
        if sentence == 0 or not self.article.sentences:
            return None
        before = self.article.sentences[sentence - 1]
        first = bisect.bisect_left(self.morpheme_starts, before.start)
        last = bisect.bisect_left(self.morpheme_starts, before.end)
        predicates = [m for m in self.morphemes[first:last] if m.tag.split("-")[0] in ("VV", "XSV")]
        if not predicates or not self._says(predicates[-1], self.morphemes[first:last]):
            return None
        candidates = self._candidates(before.start, before.end)
        return candidates[0] if candidates else None

    def _says(self, predicate: Morpheme, morphemes: list[Morpheme]) -> bool:
        stem = predicate.form
        index = morphemes.index(predicate)
        if predicate.tag == "XSV" and index > 0 and morphemes[index - 1].end == predicate.start:
            stem = morphemes[index - 1].form + stem
        return stem in quote_cues().speech_verbs

    def subject_end(self, start: int, end: int) -> int | None:
        """Where the speaker's subject phrase between ``start`` and ``end`` ends, its particle included:
        ``김 지사는 | 지원을 늘리겠다고`` -> after 는; ``그는 | …`` too. None when there is none."""
        for speaker in self._candidates(start, end):
            particle = self._subject_particle_after(speaker.end, end) if speaker.end is not None else None
            if particle is not None:
                index = bisect.bisect_left(self.morpheme_starts, particle)
                return self.morphemes[index].end
        lead = self.text[start:end].lstrip(" ,")
        for pronoun in quote_cues().pronouns_longest_first:
            if lead.startswith(pronoun + " "):
                return end - len(lead) + len(pronoun)
        return None

    def _affiliation_of(self, entity: Entity, limit: int) -> str | None:
        """The organisation in a person's title phrase, as written: ``이양수 국민의힘 선거대책본부
        수석대변인은`` -> 국민의힘 선거대책본부; None when the title follows the name directly."""
        if entity.label != "PS":
            return None
        words, _ = self._title_phrase(entity.end, limit)
        written = " ".join(words).split()
        return " ".join(written[:-1]) if len(written) > 1 and ends_speaker_title(written[-1]) else None

    def _last_person(self, before: int) -> Speaker | None:
        """The person last named as a subject before ``before``, within the carry distance: 그는 -> them."""
        paragraph = self.paragraph_of(before)
        start = self.article.paragraphs[max(paragraph - CARRY_PARAGRAPHS, 0)].start
        people = [s for s in self._candidates(start, before) if s.name in self._people]
        return people[-1] if people else None

    def _candidates(self, start: int, end: int) -> list[Speaker]:
        """Speakers between ``start`` and ``end`` outside quotes, in text order."""
        found: list[Speaker] = []
        phrases = []  # a person and the start of its subject particle: the span of its title phrase
        for entity in self.entities:
            if start <= entity.start and entity.end <= end and not self._quoted(entity.start) and not self._affiliation(entity):
                particle = self._subject_particle_after(entity.end, end)
                if particle is not None or self._headline_speaker(entity.end, end):
                    speaker = Speaker(entity.canonical, entity.text, entity.role, self._affiliation_of(entity, end),
                                      entity.start, entity.end)
                    found.append(speaker)
                    if entity.label == "PS" and particle is not None:
                        phrases.append((speaker, particle))
        found += self._unnamed(start, end)
        found += self._headline_phrase(start, end)
        found.sort(key=lambda s: s.start)
        # 이양수 국민의힘 선거대책본부 수석대변인은: what stands inside a person's title phrase is not a second speaker.
        return [s for s in found if not any(p is not s and p.start <= s.start < particle for p, particle in phrases)]

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
            if morpheme.tag in grammar().tags.title_phrase or inner and attached and words:
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
        if after is None or after.tag not in grammar().tags.subject or after.form in quote_cues().not_speaker_particles:
            return None
        return after.start if not words or ends_speaker_title(words[-1]) else None

    def _affiliation(self, entity: Entity) -> bool:
        """An organisation written as part of a person's title (``국회의원``, ``청와대 민정수석``,
        ``민주당 장철민 의원``)."""
        if entity.label != "OG":
            return False
        words, _ = self._title_phrase(entity.end, len(self.text))
        next_word = self.text.find(" ", entity.end) + 1
        person_follows = any(e.label == "PS" and e.start == next_word for e in self.entities)
        return person_follows or bool(words) and ends_speaker_title(words[-1])

    def _headline_speaker(self, position: int, limit: int) -> bool:
        """``안철수 "…"``: a name right before an opening mark."""
        rest = self.text[position : position + 2]
        return position <= limit and (rest[:1] in quote_cues().marks or rest[:1] == " " and rest[1:2] in quote_cues().marks)

    def _unnamed(self, start: int, end: int) -> list[Speaker]:
        """``도 관계자는``, ``한 참석자는``: a speaker noun and the nominal words before it, as written."""
        found = []
        first = bisect.bisect_left(self.morpheme_starts, start)
        for index in range(first, len(self.morphemes)):
            morpheme = self.morphemes[index]
            if morpheme.end > end:
                break
            word = self.text[self.text.rfind(" ", 0, morpheme.start) + 1 : morpheme.end]
            if (not (is_speaker_noun(morpheme.form) or is_speaker_noun(word)) or self._quoted(morpheme.start)
                    or index + 1 >= len(self.morphemes) or self.morphemes[index + 1].tag not in grammar().tags.subject):
                continue  # 관계자는, 연구팀은 (연구 + 팀)
            begin = index
            while begin > first and begin > index - 5 and self.morphemes[begin - 1].tag in grammar().tags.nominal:
                begin -= 1  # 도 관계자, 동원개발 관계자, 윤 후보 측
            phrase_start = self.morphemes[begin].start
            phrase = self.text[phrase_start : morpheme.end]
            found.append(Speaker(phrase, phrase, None, None, phrase_start, morpheme.end))
        return found

    def _headline_phrase(self, start: int, end: int) -> list[Speaker]:
        """``직장인들 "월급만 그대로"``: a headline made of a short noun phrase and a quote; the phrase
        is the speaker, as written (a name among the entities is found by ``_headline_speaker``)."""
        paragraph = self.article.paragraphs[self.paragraph_of(start)]
        if not (paragraph.start >= start and self.text[end : end + 1] in quote_cues().marks and self._noun_phrase(paragraph.start, end)):
            return []
        phrase = self.text[paragraph.start : end].rstrip()
        return [Speaker(phrase, phrase, None, None, paragraph.start, paragraph.start + len(phrase))]

    def _noun_phrase(self, start: int, end: int) -> bool:
        """A short run of nouns (at most three words, 12 characters): a headline's speaker."""
        lead = self.text[start:end].strip()
        if not lead or len(lead) > 12 or len(lead.split()) > 3:
            return False
        morphemes = self._following(start, end, 12)
        return bool(morphemes) and all(m.tag in grammar().tags.nominal or m.form == "·" for m in morphemes)

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


def named_here(speaker: Speaker | None, mention: str | None = None, at: int | None = None) -> Speaker | None:
    """The previous speaker, with the words that name them here (a pronoun) or none (carried over)."""
    if speaker is None:
        return None
    return replace(speaker, mention=mention, start=at, end=None if at is None else at + len(mention or ""))
