"""Finding who said a quote: the text around it read for its speaker's candidates and their grammar.

:class:`SpeakerFinder` reads the record's morphemes and entities (not re-analysed): the names in a span with what follows them
(:meth:`SpeakerFinder.mentions`: a particle, a title phrase, another name), unnamed speakers as their noun phrase (``도 관계자는``),
names the entities missed but a title gives away (``나준혁 행정부시장은``), a pronoun's referent and the subject of a sentence that
introduces a quote. :mod:`~pipeline.extract.speaker_candidates` makes candidates of these, :mod:`~pipeline.extract.speaker_evidence` chooses."""

from __future__ import annotations

import bisect
import itertools
import re

from pipeline.extract.body_names import entities_by_end, joint_subject, names_a_speaker_at, with_its_places
from pipeline.extract.headline_phrases import headline_phrase, noun_phrase, over_what, runs_into_setting
from pipeline.extract.named import Named
from pipeline.extract.relatives import relatives_speak
from pipeline.extract.surface_names import surface_names
from pipeline.extract.percent_speakers import percent_shares
from pipeline.extract.quoted_spans import QuotedSpans
from pipeline.extract.unnamed_speakers import day_dates, unnamed_speakers
from pipeline.extract.clause_subjects import subjects_clause_closed, topics_clause_closed
from pipeline.extract.reported_speech import clause_closed, modifies_a_noun_after
from pipeline.language.kiwi_doc import glued_adnominal
from pipeline.lexicon import ends_speaker_title, grammar, job_title_of, name_like, quote_cues, role_of_word, titles
from pipeline.record import Article, Entity, Morpheme, Paragraph, Speaker

CARRY_PARAGRAPHS = 2  # a speaker is carried over at most this many paragraphs
OBJECT_TAG = "JKO"  # 을/를
SENTENCE_END_TAG, COMMON_NOUN_TAG = "SF", "NNG"
VERB_REACH = 12  # morphemes after an object that may hold its verb (대표를 | 지난 10일 | 만났다, 센터장을 | 지난 3일 센터 사무실에서 | 만났다)
MAX_TITLE_PHRASE_WORDS = 4  # 추민완 | 국민의힘 중앙선거본부 수석대변인은: affiliation and title
TITLE_PHRASE_MORPHEMES = 24  # a title phrase is read this far at most
MAX_NAME_LEAD, MAX_HEADLINE_LEAD = 12, 30  # characters before a headline's quote: its speaker's name; an adverbial and a noun of people
BULLETS = re.compile(r"[^\w\"'“‘(]*")  # what opens a subheadline before its speaker: ◇한도윤 “…”
PARENTHESES = re.compile(r"\([^)]*\)")  # what a title word loses: 경영지원실장(사장) -> 경영지원실장


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
        self.places = [e for e in article.entities if e.label == "LC"]  # a government the model read as a place
        self._entity_starts, self._place_starts = [e.start for e in self.entities], [e.start for e in self.places]  # in text order
        self._person_starts, self._person_ends = {e.start for e in self.entities if e.label == "PS"}, {e.end for e in self.entities if e.label == "PS"}
        self._people = {e.canonical for e in article.entities if e.label == "PS"}
        self._by_end = entities_by_end(article.entities)  # what stands right before each name, looked up for every name
        self.quotes = QuotedSpans(quoted, self.morphemes, self.morpheme_starts)  # (opening mark, closing mark) of every direct quote
        self.day_dates = day_dates(article.entities)  # no part of a speaker's phrase (지난 26일 | 가람시 직원이)
        self._mentions: dict[tuple[int, int], list[Named]] = {}  # each span's, read once for all the quotes near it
        self._title_phrases: dict[tuple[int, int], tuple[list[str], Morpheme | None]] = {}  # read once for every test of a name

    def headline_quote(self, open_mark: int, close_mark: int, named_only: bool = False, worded: bool = True) -> bool:
        """``해남군“…”``, ``이 대통령 “…”``, ``직장인들 “…”``: a paragraph that opens with a name, or a short noun phrase and a quote of
        several words alone (not ``named_only``); ``worded`` words, no term, also after an adverbial (``논의에 학부모들 ‘통학 어쩌나’``)."""
        paragraph = self.article.paragraphs[self.paragraph_of(open_mark)]
        start = self.headline_part(paragraph, open_mark)  # 가람시장 선거…명수아 ‘…’: the part after the ellipsis
        lead = self.text[start:open_mark]
        speakers_noun = bool(lead.split()) and (job_title_of(lead.split()[-1]) is not None or quote_cues().names_speakers(lead.split()[-1]))
        if not 0 < len(lead.strip()) <= (MAX_HEADLINE_LEAD if speakers_noun and worded else MAX_NAME_LEAD):  # 창원시장 “…”, 상인들 ‘…’
            return False  # also past an adverbial before who speaks: 분교 통폐합 논의에 학부모들 ‘…’
        lead_end = open_mark - len(lead) + len(lead.rstrip())
        named = close_mark - open_mark > 4 and any(e.start >= start and lead_end - 1 <= e.end <= open_mark for e in self.entities) or speakers_noun
        whole = not self.text[close_mark + 1 : paragraph.end].strip() and " " in self.text[open_mark:close_mark].strip()
        return named or not named_only and whole and noun_phrase(self, start, open_mark)

    def headline_part(self, paragraph: Paragraph, end: int) -> int:
        """Where the part of a headline before ``end`` starts: after its last ellipsis (가람공장 화재…소방 “…”), quote (``가람 측 "…" 나래 측 "…"``) or what the quote is over (``새만금 예산 놓고 | "…"``)."""
        breaks = [at + len(mark) for mark in grammar().ellipses if (at := self.text.rfind(mark, paragraph.start, end)) >= 0] + over_what(self.text, paragraph.start, end)
        marks = [at + 1 for at in range(paragraph.start, end) if self.text[at] in quote_cues().marks] if paragraph.is_headline else []
        breaks += marks[-1:] if len(marks) % 2 == 0 else []
        return BULLETS.match(self.text, max(breaks) if breaks and paragraph.is_headline else paragraph.start, end).end()  # not ◇

    def sentence_of(self, position: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, position) - 1, 0)

    def paragraph_of(self, position: int) -> int:
        return max(bisect.bisect_right(self.paragraph_starts, position) - 1, 0)

    def introduced_by(self, sentence: int) -> Speaker | None:
        """``박영희 시장은 이렇게 말했다. "…"``: the subject of the sentence before, when that sentence
        ends in a verb of saying and the quote's sentence names nobody."""
        if sentence == 0 or not self.article.sentences:
            return None
        before = self.article.sentences[sentence - 1]
        if any(before.start <= a < before.end for a, _ in self.quotes.pairs):
            return None  # a sentence with its own quote introduces nothing
        first, last = bisect.bisect_left(self.morpheme_starts, before.start), bisect.bisect_left(self.morpheme_starts, before.end)
        predicates = [m for m in self.morphemes[first:last] if m.tag.split("-")[0] in ("VV", "XSV")]
        if not predicates or not self.says(predicates[-1]):
            return None
        opened_by_pronoun = self.text[before.start : before.end].startswith(tuple(f"{p} " for p in quote_cues().pronouns))
        return self.first_subject(before.start, before.end) or (self.person_named_before(before.start) if opened_by_pronoun else None)

    def person_named_before(self, position: int, subject: bool = False) -> Speaker | None:
        """The person ``position``'s paragraph named last before it (as a subject, with ``subject``: not ``박보람 군의원을``),
        whom a pronoun there stands for (``돈씨는 … 들려준다. 그는 이렇게 말했다.``), or the person the paragraph before made its
        subject last when the pronoun opens its own (``… 엄태식(76)씨는 … 바라봤다.`` / ``그는 이렇게 말했다.``)."""
        paragraph = self.paragraph_of(position)
        start = self.article.paragraphs[paragraph].start
        people = [m for m in self.mentions(start, position) if self.is_person(m.speaker.name) and (m.particle or not subject)]
        if people or paragraph == 0:
            return people[-1].speaker if people else None
        before = self.article.paragraphs[paragraph - 1]  # the subject it made, not 남편 박영수씨를 after it
        subjects = [m for m in self.mentions(before.start, before.end) if m.particle and self.is_person(m.speaker.name)]
        return subjects[-1].speaker if subjects else None

    def first_subject(self, start: int, end: int) -> Speaker | None:
        """The first subject named between ``start`` and ``end``, as the head of its phrase: in ``가람면 주민 한도윤씨는``
        the place and the person share the one particle, which no word between them takes, and the person is it."""
        subjects = [m for m in self.mentions(start, end) if m.particle]
        if not subjects:
            return None
        head = subjects[0]
        for following in subjects[1:]:
            if any(word.endswith(head.particle or "") for word in self.text[head.speaker.end or head.start : following.start].split()):
                break
            head = following
        return head.speaker

    def says(self, predicate: Morpheme) -> bool:
        """Whether the predicate is a verb of saying (말하다; 발표 + 하다 read together)."""
        stem = predicate.form
        if predicate.tag == "XSV":
            index = bisect.bisect_left(self.morpheme_starts, predicate.start)
            while index < len(self.morphemes) and self.morphemes[index] is not predicate:
                index += 1
            before = self.morphemes[index - 1] if 0 < index < len(self.morphemes) else None
            if before is not None and before.end == predicate.start:
                stem = before.form + stem
        return stem in quote_cues().speech_verbs

    def subject_end(self, start: int, end: int) -> int | None:
        """Where the speaker's subject phrase between ``start`` and ``end`` ends, its particle included:
        ``김 지사는 | 지원을 늘리겠다고`` -> after 는; ``그는 | …`` too. None when there is none. A topic
        after a clause closed by a comma is a new speaker's (``이 대표는 …밝혔으나, 박 의원은 | …고``)."""
        found, topic = None, False
        for named in self.mentions(start, end):
            share = quote_cues().percent_share.search(self.text, named.start, (named.speaker.end or named.start) + 2) if named.particle else None  # 주민의 71%는: a particle and the space after, no further
            share_end = share.end() if share is not None and share.start("particle") == named.speaker.end else None
            particle = share_end or (self._subject_particle_after(named.speaker.end, end) if named.particle else None)
            if particle is not None and (found is None or named.particle in grammar().topic_particles
                                         and clause_closed(self.text, self.morphemes, found, named.start, self.quoted)
                                         and (not topic or topics_clause_closed(self.text, self.morphemes, found, named.start))):
                found = share_end or self.morphemes[bisect.bisect_left(self.morpheme_starts, particle)].end
                topic = named.particle in grammar().topic_particles
            elif found is None and named.particle == quote_cues().also_particle \
                    and (particle := self._subject_particle_after(named.speaker.end, end, also=True)) is not None:
                found = particle + len(named.particle)  # 박수린 의원도 | 예산을 늘려야 한다고
            elif found is None and named.particle and (also := self._also_adverb_after(named.speaker.end, end)) is not None:
                found = also.end  # 가람도교육청 역시 | …할 예정이라고
        lead = self.text[start:end].lstrip(" ,")
        pronoun = next((p for p in quote_cues().pronouns_longest_first if lead.startswith(p + " ")), None)
        pronoun_end = end - len(lead) + len(pronoun) if pronoun is not None else None
        if pronoun_end is not None and (not topic or found is not None and not subjects_clause_closed(self.text, self.morphemes, pronoun_end, found)):
            return pronoun_end  # 그는 | 김씨가 해명하라고, 그는 | 다친 주민은 없다고, 그는 | 집이 잠겼지만 시는: what is said
        frames = (*quote_cues().source_frames, *quote_cues().collective_frames)
        sources = [(n.speaker.end + len(n.particle), n.particle) for n in self.mentions(start, end) if n.particle and n.particle.endswith(frames)]
        if found and sources and sources[0][0] < found and not topic:
            return sources[0][0]  # 업계에서는 | 건물주들이 …, 가람군에 따르면 | 노인 10명이 …: the subject after a frame is the clause's own
        return found or (sources[0][0] if sources else None)  # 가람군에 따르면 | …다고 밝혔다: the source says it

    def _affiliation_of(self, entity: Entity, limit: int) -> str | None:
        """The organisation in a person's title phrase (``추민완 예시당 대변인은`` -> 예시당); None without one."""
        if entity.label != "PS":
            return None
        words, _ = self.title_phrase(entity.end, limit)
        written = " ".join(words).split()
        return " ".join(written[:-1]) if len(written) > 1 and ends_speaker_title(written[-1]) else None

    def last_person(self, before: int) -> Speaker | None:
        """The person last named as a subject before ``before``, within the carry distance: 그는 -> them."""
        paragraph = self.paragraph_of(before)
        start = self.article.paragraphs[max(paragraph - CARRY_PARAGRAPHS, 0)].start
        people = [m.speaker for m in self.mentions(start, before) if m.particle and self.is_person(m.speaker.name)]
        return people[-1] if people else None

    def introduced_person(self, start: int, end: int) -> Speaker | None:
        """The person last introduced between ``start`` and ``end`` as a sentence's topic (은/는), as what a sentence is
        (``빵집을 연 여시온(31)씨다.``) or as whom the writer met: not a subject inside a clause (``윤 후보가 … 할 것이라는``)."""
        people = [m.speaker for m in self.mentions(start, end) if self.person_like(m.speaker)
                  and (m.particle in (*grammar().topic_particles, quote_cues().also_particle) or m.particle is None and (self._predicated(m.speaker.end, end)
                                                                                            or self._met(m.speaker.end, end)))]
        return people[-1] if people else None

    def _met(self, position: int | None, limit: int) -> bool:
        """Whether the person ending at ``position`` is whom the writer met (``섭가람(36) 대표를 지난 10일 만났다``): an
        interview's subject, whom the 그는 after stands for. Not when someone else met them: the sentence has a subject
        (``시장은 …를 만났다``, ``김 시장이 …를 만났다``) or carries the topic of the sentence before (``김 시장은 간담회를
        가졌다. 이 자리에서 …를 만났다``); nor a meeting still to come (``만날 예정이다``)."""
        after = self.title_phrase(position, limit)[1] if position is not None else None
        if after is None or after.tag != OBJECT_TAG or not self.article.sentences:
            return False
        index = bisect.bisect_left(self.morpheme_starts, after.end)
        window = list(itertools.takewhile(lambda m: m.tag != SENTENCE_END_TAG, self.morphemes[index : index + VERB_REACH]))
        verb = next((i for i, m in enumerate(window) if m.tag.startswith("VV") and m.form in quote_cues().meeting_verbs), None)
        if verb is None or [m.tag for m in self.morphemes[index + verb + 1 : index + verb + 3]] != ["EP", "EF"]:
            return False  # 만났다, the sentence's own past verb; not 만날 예정이다
        sentence = self.sentence_of(position)
        earlier = self.article.sentences[sentence - 1] if sentence > 0 else None
        subjects = [m for m in self.mentions(self.article.sentences[sentence].start, position) if m.particle]
        topic_before = earlier is not None and any(m.particle in grammar().topic_particles and self.person_like(m.speaker)
                                                   for m in self.mentions(earlier.start, earlier.end))
        return not subjects and not topic_before

    def person_like(self, speaker: Speaker) -> bool:
        """A person, an unnamed one the determiner picks out (``한 초등학교 교사는``, ``5학년 한 학생이``), one a noun names (``도
        관계자``, ``피해 아동의 어머니``) or one named by their post alone (``가람소방서 화재조사팀장``): whom 그는 may stand for."""
        cues, words = quote_cues(), speaker.name.split()
        return self.is_person(speaker.name) or any(word in cues.unnamed_determiners for word in words[:-1]) or words[-1] in cues.one_person_nouns \
            or words[-1] in cues.relation_nouns or speaker.role is not None and len(words) > 1 and words[-1] == speaker.role

    def _predicated(self, position: int | None, limit: int) -> bool:
        """Whether the copula follows the name ending at ``position`` (or its title, age, 씨): 여시온(31)씨다."""
        return position is not None and (after := self.title_phrase(position, limit)[1]) is not None and after.tag in grammar().tags.copula

    def is_person(self, name: str) -> bool:
        return name in self._people

    def mentions(self, start: int, end: int) -> list[Named]:
        """The speakers named between ``start`` and ``end`` outside quotes, in text order, with the grammar
        around each; what stands inside a person's title phrase (추민완 | 가람당 수석대변인은) is no second speaker."""
        if (start, end) not in self._mentions:
            self._mentions[start, end] = self._find_mentions(start, end)
        return list(self._mentions[start, end])

    def _find_mentions(self, start: int, end: int) -> list[Named]:
        found: list[Named] = []
        entities = self.entities[bisect.bisect_left(self._entity_starts, start) : bisect.bisect_left(self._entity_starts, end)]
        for entity in entities:
            if entity.end <= end and not entity.is_reporter and not self.quoted(entity.start) and not self._affiliation(entity) \
                    and not self._adnominal(entity) and not runs_into_setting(self.text, entity.end):  # 가람시의회 | 행감 "…"
                found.append(self._named(entity, end))
        places = self.places[bisect.bisect_left(self._place_starts, start) : bisect.bisect_left(self._place_starts, end)]
        for place in places:  # 용인시는 … 밝혔다: a place that speaks is its government
            if place.end <= end and not self.quoted(place.start):
                named = self._named(place, end)
                titled = ends_speaker_title((self.title_phrase(place.end, end)[0] or [""])[-1])  # 수도권 | 초선 의원은: a person's region
                found += [named] if named.particle and not named.followed_by_name and not titled else []
        taken = [(e.start, e.end) for e in entities]
        frames = quote_cues().collective_frames  # 업계에서는: the source, as with a particle
        surface = surface_names(self, start, end, taken, self._person_starts)  # 최윤슬 가람대 교수는: the person, not the phrase 최윤슬 … 교수
        found += [Named(s, "unnamed", self._particle_form(s.end, end) or quote_cues().frame_at(self.text, s.end or 0, frames),
                        False, False, False) for s in unnamed_speakers(self, start, end)
                  if not any((s.start or 0) <= n.start < (s.end or 0) for n in surface)]
        found += [Named(s, "unnamed", particle, False, False, False) for s, particle in percent_shares(self, start, end)]  # 응답자의 66.9%는
        found += [Named(s, "unnamed", None, False, False, True) for s in headline_phrase(self, start, end)]
        found += surface
        found.sort(key=lambda n: n.start)  # then each person's title phrase (가람제다 | 한소율 대표는), also a missed name's (추민완(사진) 교수는)
        phrases = [(n, self._subject_particle_after(n.speaker.end, end, also=True)) for n in found if n.particle and not n.followed_by_name
                   and (n.kind == "person" or n.kind == "surface_name" and self.text.startswith("(", n.speaker.end or 0))]
        inside = [n for n in found if any(p is not n and p.start <= n.start < particle for p, particle in phrases if particle)]
        dropped = relatives_speak(self.text, inside, phrases)  # 한도윤 후보 배우자 | 김보람 씨는
        return [n for n in found if n not in dropped and not self._beside_a_name(n, found)]

    def _beside_a_name(self, named: Named, found: list[Named]) -> bool:
        """Two names side by side: the one that reads as a person's name is the speaker, the other an
        affiliation the model took for a name (가람제다 | 한소율 대표는; 문하린 | 전교조 대변인은)."""
        if named.followed_by_name:
            return not name_like(named.speaker.mention or "")
        previous = [n for n in found if n.followed_by_name and self.text.find(" ", n.speaker.end or 0) + 1 == named.start]
        return bool(previous) and name_like(previous[0].speaker.mention or "")

    def _adnominal(self, entity: Entity) -> bool:
        """``간사인``: a name the model read in a word that ends in a verb's adnominal form (간사 + 이 + ㄴ); not
        one before a parenthesis (``석해온(67)씨``: 석 + 해 + 온, a name kiwipiepy read as a verb) or before
        a title (``남궁해진 지사는``: 남궁 + 해지 + ㄴ)."""
        index = bisect.bisect_left(self.morpheme_starts, entity.end) - 1
        if index < 0 or self.morphemes[index].tag != "ETM" or self.morphemes[index].end != entity.end:
            return False
        words, _ = self.title_phrase(entity.end, len(self.text))
        return not self.text.startswith("(", entity.end) and not (words and ends_speaker_title(words[0]))

    def _named(self, entity: Entity, limit: int) -> Named:
        particle = self._particle_form(entity.end, limit)  # 해남군 | 농업기술센터; 가람군과 | 나래시는: both
        _, after = self.title_phrase(entity.end, limit)  # 최 의원과 박 전 의원 | 은: both, as printed
        entities, by_end = self.article.entities, self._by_end
        name = (joint_subject(entity, entities, self.text, after and after.start, by_end) if particle else None) or with_its_places(entity, entities, self.text, by_end)
        name += " " + quote_cues().group_marker if particle and self.title_phrase(entity.end, limit)[0] == [quote_cues().group_marker] else ""  # AP통신 등은
        speaker = Speaker(name, entity.text, entity.role, self._affiliation_of(entity, limit), entity.start, entity.end)
        oblique = particle is None and after is not None and after.tag.startswith("J") and not grammar().marks_subject(after.tag, after.form)
        kind = "person" if entity.label == "PS" else "organisation"
        return Named(speaker, kind, particle, oblique, self._name_follows(entity.end), self._headline_speaker(entity.end, limit))

    def _name_follows(self, end: int) -> bool:
        """A name next after a bare name (가람제다 | 한소율), not after a particle or a head (화천군(군수 한도윤)은)."""
        return self.text[end : end + 1] == " " and end + 1 in self._person_starts

    def _particle_form(self, position: int | None, limit: int) -> str | None:
        """The subject or topic particle after a name ending at ``position`` (은, 가), a source's frame
        (에 따르면, also past its head in parentheses: ``(위원장 한도윤)에 따르면``), a body's 에서 after its head
        (``가람건설(대표 한도윤)에서``), or None."""
        if position is None:
            return None
        words, after = self.title_phrase(position, limit)  # 한도윤 이장에 따르면: the source's frame past its title
        titled = after is not None and words and ends_speaker_title(words[-1]) and quote_cues().frame_at(self.text, after.start, quote_cues().source_frames)
        at = head.end() if (head := PARENTHESES.match(self.text, position)) else after.start if titled else position
        frames = (*quote_cues().source_frames, *([quote_cues().body_subject_frame, *quote_cues().collective_frames] if head else []))
        if (frame := quote_cues().frame_at(self.text, at, frames)) is not None:
            return self.text[position:at] + frame
        particle = self._subject_particle_after(position, limit, also=True)
        if particle is None:
            return quote_cues().also_particle if self._also_adverb_after(position, limit) else None
        return self.morphemes[bisect.bisect_left(self.morpheme_starts, particle)].form

    def _also_adverb_after(self, position: int, limit: int) -> Morpheme | None:
        """``다른 손님 강모씨 역시 "…"``: an adverb of addition after the name (or its title), which reads as 도."""
        words, after = self.title_phrase(position, limit)
        return after if after is not None and after.form in quote_cues().also_adverbs and (not words or ends_speaker_title(words[-1])) else None

    def quoted(self, position: int) -> bool:
        return self.quotes.quoted(position)

    def title_phrase(self, position: int, limit: int) -> tuple[list[str], Morpheme | None]:
        if (position, limit) not in self._title_phrases:
            self._title_phrases[position, limit] = self._read_title_phrase(position, limit)
        return self._title_phrases[position, limit]

    def _read_title_phrase(self, position: int, limit: int) -> tuple[list[str], Morpheme | None]:
        """The words of the noun phrase right after ``position`` (a title, an affiliation, ``(37)씨``)
        and the morpheme that ends it: ``이가람 청와대 민정수석은`` -> [청와대, 민정수석], 은."""
        words: list[str] = []
        word_start = None
        depth = 0
        title_tags = grammar().tags.title_phrase
        first = bisect.bisect_left(self.morpheme_starts, position)
        for index, morpheme in enumerate(self.morphemes[first : first + TITLE_PHRASE_MORPHEMES], first):
            if morpheme.start >= limit:
                break
            if morpheme.tag == "SSO" or depth:
                depth += {"SSO": 1, "SSC": -1}.get(morpheme.tag, 0)  # (37), (사장): skipped
                continue
            attached = morpheme.start == position or not self.text[position : morpheme.start].strip()
            if morpheme.tag == "SSC" and morpheme.form in quote_cues().name_closing_marks and morpheme.start == position and not words:
                position = morpheme.end  # '가람버스시민행동'은: the mark that closes the name
                continue
            inner = morpheme.tag == "JKG" or morpheme.form == "·"  # 국민의힘, 시·도교육청노동조합
            inner = inner or morpheme.form in quote_cues().department_endings and bool(words) and self.morphemes[index - 1].tag == "NNP" \
                and self._title_after(morpheme.end)  # 우주항공과 | 주무관 (a proper noun's department); not 측근과 | 대변인은, two people
            if morpheme.tag in title_tags or morpheme.form in quote_cues().corporate_marks or inner and attached and words \
                    or glued_adnominal(self.text, self.morphemes, index):  # 열린민주당
                if words and morpheme.start in self._person_starts and self.text.startswith(" ", morpheme.end):  # not 여수봉사|단장
                    return words, None  # 도가람 후보의 | 한태식 대변인은: the person named next holds the title
                if word_start is None or not attached:
                    if len(words) == MAX_TITLE_PHRASE_WORDS:
                        return words, None
                    word_start = morpheme.start
                    words.append("")
                words[-1] = PARENTHESES.sub("", self.text[word_start : morpheme.end])  # 경영지원실장(사장), B(28)씨
                position = morpheme.end
                continue
            return words, morpheme
        return words, None

    def _title_after(self, position: int) -> bool:
        """Whether the word after ``position`` and a space is a job title (``우주항공과 | 주무관은``: 과 ends a department's name,
        kiwipiepy reads it as the particle that joins nouns)."""
        word = self.text[position + 1 :].split(" ", 1)[0] if self.text[position : position + 1] == " " else ""
        return bool(word) and role_of_word(grammar().without_particle(word)) is not None

    def _subject_particle_after(self, position: int, limit: int, also: bool = False) -> int | None:
        """Where the subject particle of a name ending at ``position`` starts, when the name is the
        subject: followed by 은/는/이/가, directly or after its title phrase (``김동연 지사는``,
        ``이가람 청와대 민정수석은``, ``김철수 경영지원실장(사장)은``, ``A(37)씨는``); with ``also``, 도 too
        (``박 의장도``: a subject that may or may not speak); not the subject of a clause modifying a noun."""
        words, after = self.title_phrase(position, limit)
        if after is None or not grammar().marks_subject(after.tag, after.form) or after.form in quote_cues().not_speaker_particles and not also \
                or self.text[after.end : after.end + 1].isalnum() or after.tag == "JKS" and modifies_a_noun_after(self.text, self.morphemes, self.morpheme_starts, after.end, limit if names_a_speaker_at(self._by_end, self.text, position) else None, copula=True):
            return None
        last = words[-1].removesuffix(" " + quote_cues().group_marker) if words else ""  # A 씨 등은: one named with others speaks for them
        return after.start if not words or words == [quote_cues().group_marker] or ends_speaker_title(last) or last in titles().young_honorifics \
            or self._post_of_a_person(position, words, after) else None  # 모하준(17)군

    def _post_of_a_person(self, position: int, words: list[str], after: Morpheme) -> bool:
        """``한도윤 조정관은``: one common noun ending like a post, after a person's name, is their post (no title listed)."""
        if len(words) != 1 or position not in self._person_ends or quote_cues().names_speakers(words[0]) \
                or not words[0].endswith(quote_cues().post_noun_endings):
            return False  # 노먼 교수팀은: the team, a speaker noun of its own; 한도윤 사건은: a thing
        inside = self.morphemes[bisect.bisect_left(self.morpheme_starts, position) : bisect.bisect_left(self.morpheme_starts, after.start)]
        return bool(inside) and all(m.tag == COMMON_NOUN_TAG for m in inside)

    def _affiliation(self, entity: Entity) -> bool:
        """An organisation in a person's title (``국회의원``, ``청와대 민정수석``, ``민주당 한정민 의원``)."""
        if entity.label != "OG":
            return False
        limit = self.article.paragraphs[self.paragraph_of(entity.start)].end  # not a title in the next paragraph (경찰 "…" | 한도윤 시장은)
        words, _ = self.title_phrase(entity.end, limit)
        return self._name_follows(entity.end) or bool(words) and ends_speaker_title(words[-1])

    def _headline_speaker(self, position: int, limit: int) -> bool:
        """``안철수 "…"``: a name right before an opening mark."""
        return position <= limit and self.text[position : position + 2].lstrip(" ")[:1] in quote_cues().marks

