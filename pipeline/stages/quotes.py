"""quotes: direct and indirect quotes with their speakers, speech verbs and utterances.

**Direct quotes** (``kind`` direct) are pairs of quotation marks in the article's paragraphs, paired by
kind and place (:mod:`pipeline.extract.marks`), so that a stray mark shifts nothing and a statement
over several paragraphs is one quote. A pair of double marks is kept when its content is speech: a
quotative or connective follows it (``"…"라고``, ``"…"며``, ``"…"고 말했다``) or it reads as a statement
(``안철수 "…"``); a quoted term (``"스마트시티"를``) is not. A pair of single marks (``‘…’``) counts only
when a quotative follows it or it is a headline's statement with its speaker (``김 지사 ‘…’``; :mod:`pipeline.extract.marked_words`).
Quoted words given as an example in a supposed saying (``"내일 비 와?"라고 물으면``) are none.

**Indirect quotes** (``kind`` indirect) are reported clauses closed by a quotative ending and a verb
of saying (:mod:`pipeline.extract.reported_speech`): ``김 지사는 지원을 늘리겠다고 말했다`` ->
``지원을 늘리겠다``.

Each quote's speaker is chosen among its candidates by the evidence for each
(:mod:`pipeline.extract.speaker_candidates`, :mod:`pipeline.extract.speaker_evidence`), from the
entities stage's mentions and the segmentation stage's morphemes, without re-analysis; when no
candidate has enough evidence the speaker is null and ``speaker_reason`` says why. Quotes joined by
며/라며/면서/고 share the speaker and ``utterance`` of the first. Nothing is read in page chrome.
Cue words are data: ``pipeline/data/quotes.toml``.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import replace

from pipeline.extract.article_speakers import (
    anonymised_groups,
    carried_as_resolved,
    headline_speakers_in_full,
    phrases_in_full,
    short_forms_from_body,
    speakers_from_body,
    units_quoted_in_body,
)
from pipeline.extract.titled_speakers import speakers_by_title
from pipeline.extract.about_clauses import addressee_end, writers_question
from pipeline.extract.voices import voices_rise
from pipeline.extract.bare_subjects import subject_after_clause
from pipeline.extract.marked_words import a_saying, names_a_thing, single_is_speech, thought
from pipeline.extract.marks import Marked, pair_marks
from pipeline.extract.percent_speakers import share_answering
from pipeline.extract.body_names import body_named_in_full
from pipeline.extract.opening_topics import body_topic_end, names_a_speaker, opening_topic
from pipeline.extract.quoted_words import is_speech
from pipeline.extract.hearsay import hearsay
from pipeline.extract.reported_speech import Reported, also_subject, case_subject, clause_closed, reported_clauses
from pipeline.extract.saying_verbs import supposed_saying_after
from pipeline.extract.caption_speakers import LABEL_REACH, inline_caption
from pipeline.extract.speaker_candidates import find_speaker
from pipeline.extract.speakers import SpeakerFinder
from pipeline.extract.surname_speakers import speakers_by_surname
from pipeline.lexicon import grammar, quote_cues
from pipeline.record import Article, Quote, Speaker

CAPTION = "caption"
PERSON = "PS"
ORGANISATION = "OG"
TITLE_PHRASE_REACH = 12  # characters from a name to the end of its title phrase and particle: 김 | 장관은
SAYING_VERB_REACH = 5  # morphemes from a quotative past its verb of saying to the verb's ending: 다고 | 요구 + 하 + 자
SOURCE_FRAME_WORDS = 4  # words a source's name may take before its frame: 가람시의회 사무국 | 에 따르면
HEADLINE_BREAKS = ("…", "...", ".")  # what ends a headline printed into the lead before its quote


def quotes(article: Article) -> Article:
    """Fill ``quotes``.

    ``'이날 김동연 지사는 "함께하겠다"며 "고맙다"고 말했다.'`` -> two quotes, speaker 김동연 (지사),
    verb 말했다, one utterance.
    """
    paragraphs = [(p.start, p.end) for p in article.paragraphs if not p.is_chrome]
    direct = [m for m in pair_marks(article.text, paragraphs, quote_cues().marks)]
    quoted = [(m.open, m.close) for m in direct]
    finder = SpeakerFinder(article, quoted)
    single = [m for m in pair_marks(article.text, paragraphs, quote_cues().single_marks, single=True) if not _inside(m, quoted)]
    speech = [m for m in direct if is_speech(article.text, m.open, m.close) or finder.headline_quote(m.open, m.close)
              or headline_speech(article, m) or inline_caption(article.text, article.paragraph_at(m.open).start, m.open)
              or _under_labelled_caption(article, m) or _voice_named(article, finder, m)]
    speech = _listed_with_speech(article.text, direct, speech)
    leading = [m for m in direct if m not in speech and lead_headline(article, m)]  # its speaker is the body's, as a headline's
    speech += leading
    speech += [m for m in single if single_is_speech(article.text, m, finder)]
    speech = [m for m in speech if not supposed_saying_after(article.morphemes, finder.morpheme_starts, m.close) and not thought(finder, m.close)
              and not names_a_thing(finder, m.close) and not a_saying(finder, m.open, m.close)]  # "…"라고 적힌 걸개: a label, in either marks
    quoted_ranges = sorted(quoted + [(m.open, m.close) for m in speech if m.single])
    if quoted_ranges != quoted:  # a question in single marks is quoted words too, no clause of the sentence
        finder = SpeakerFinder(article, quoted_ranges)
    reported = reported_clauses(article, lambda at: _within(at, quoted_ranges), functools.partial(_subject_end, finder))
    found: list[Quote] = []
    for item in sorted([*speech, *reported], key=_start_of):
        quote = _direct(article, item, finder, found) if isinstance(item, Marked) else _indirect(article, item, finder, found)
        if not hearsay(quote, finder.morphemes, finder.morpheme_starts):
            found.append(quote)
    opened = {m.open + 1 for m in leading}
    found = [replace(q, speaker=None, attribution="unresolved", speaker_reason="no_candidate") if q.start in opened else q for q in found]
    headline = functools.partial(_in_headline, article, opened=frozenset(opened))
    unresolved = list(found)
    found = units_quoted_in_body(speakers_by_title(speakers_from_body(found, headline), headline, article.text, article.entities), headline,
                                 article.entities)
    found = phrases_in_full(found, frozenset(e.text for e in article.entities if e.label == PERSON), article.text,
                            [e for e in article.entities if e.label == ORGANISATION], [e for e in article.entities if e.label == PERSON], headline)
    found = short_forms_from_body(headline_speakers_in_full(anonymised_groups(found, article.text), headline), headline)
    found = carried_as_resolved(unresolved, speakers_by_surname(found, article.text, article.entities))
    utterance_ends = {quote.utterance: quote.end for quote in found}  # the last quote of each wins
    article.quotes = [quote if quote.verb else replace(quote, verb=_verb_after(finder, utterance_ends[quote.utterance] + 1)) for quote in found]
    return article


def _listed_with_speech(text: str, direct: list[Marked], speech: list[Marked]) -> list[Marked]:
    """Quotes listed with a comma or a connective of examples before one that is speech (``“…넉넉하냐”, “…가까우냐”고
    묻는``, ``“…잘못인가요”라거나 “…” 같은 글``) are speech too."""
    found = set(speech)
    for marked, following in reversed(list(zip(direct, direct[1:]))):
        if following in found and text[marked.close + 1 : following.open].strip() in quote_cues().quote_listing_joints:
            found.add(marked)
    return [m for m in direct if m in found]


def _under_labelled_caption(article: Article, marked: Marked) -> bool:
    """A quote that opens its paragraph right under an interview's caption line (``(인터뷰)한도윤 원장`` / ``"…애썼다고
    봐"``) is speech whatever its ending, as one after the caption on its own line is."""
    index = next((i for i, p in enumerate(article.paragraphs) if p.start == marked.open), None)
    above = article.paragraphs[index - 1] if index else None
    label = article.text[above.start : above.start + LABEL_REACH] if above is not None and above.role == "caption" else ""
    return any(word in label for word in quote_cues().caption_labels)


def _direct(article: Article, marked: Marked, finder: SpeakerFinder, found: list[Quote]) -> Quote:
    previous = found[-1] if found else None
    content = article.text[marked.open + 1 : marked.close]
    sentence = finder.sentence_of(marked.open)
    if previous is not None and previous.kind == "direct" and joins_previous(article.text, previous.end + 1, marked.open):
        return replace(previous, start=marked.open + 1, end=marked.close, text=content, sentence=sentence)
    speaker, attribution, reason = find_speaker(finder, marked.open, marked.close, found, _spoken(found))
    speaker = body_named_in_full(finder.article.entities, speaker)
    utterance = previous.utterance + 1 if previous else 0
    return Quote(marked.open + 1, marked.close, content, "direct", speaker, reason, None, attribution, utterance, sentence)


def _indirect(article: Article, clause: Reported, finder: SpeakerFinder, found: list[Quote]) -> Quote:
    previous = found[-1] if found else None
    sentence = finder.sentence_of(clause.start)
    text = article.text[clause.start : clause.end]
    if previous is not None and _reported_with(article, previous, clause, sentence):
        return Quote(clause.start, clause.end, text, "indirect", previous.speaker, previous.speaker_reason, clause.verb,
                     previous.attribution, previous.utterance, sentence)
    speaker, attribution, reason = find_speaker(finder, clause.speaker_phrase_end, clause.end, found, _spoken(found), reported=True)
    teller = _teller(finder, clause, sentence) if clause.told else None  # 위원장은 | 관광객들이 …라고 말했다고 전했다: the tourists'
    speaker, attribution, reason = (teller, "explicit", None) if teller is not None else (speaker, attribution, reason)
    speaker = body_named_in_full(finder.article.entities, speaker)
    start = clause.start
    if attribution == "carried" and writers_question(finder, clause.speaker_phrase_end, clause.end):
        speaker, attribution, reason = None, "unresolved", "no_candidate"  # 상인들에게 …냐고 물었더니: nobody named asked
        asked_end = addressee_end(finder, clause.start, clause.end)  # 김 교장에게 | 무엇이 필요하냐고 물었다: whom, not what
        start = asked_end + len(article.text[asked_end : clause.end]) - len(article.text[asked_end : clause.end].lstrip()) if asked_end else start
    topic = opening_topic(finder, article.sentences[sentence].start, clause.end) if (speaker is None or attribution == "carried") and article.sentences else None
    if topic is not None and topic.end == clause.speaker_phrase_end and names_a_speaker(finder, topic):
        speaker, attribution, reason = replace(topic, end=topic.start + len(topic.name)), "explicit", None  # 가람군 상인회 측은 |: as written
    utterance = previous.utterance + 1 if previous else 0
    return Quote(start, clause.end, article.text[start : clause.end], "indirect", speaker, reason, clause.verb, attribution, utterance, sentence)


def _teller(finder: SpeakerFinder, clause: Reported, sentence: int) -> Speaker | None:
    """The subject ending where a report told in turn begins its speaker's phrase (its own clause's, not the topic's)."""
    start = finder.article.sentences[sentence].start if finder.article.sentences else 0
    subjects = [m for m in finder.mentions(start, clause.speaker_phrase_end) if m.particle]
    return subjects[-1].speaker if subjects and finder.subject_end(subjects[-1].start, clause.speaker_phrase_end) == clause.speaker_phrase_end else None


def _reported_with(article: Article, previous: Quote, clause: Reported, sentence: int) -> bool:
    """``경찰 관계자는 …있다며 | …강화하겠다고 밝혔다``: a clause with no subject of its own after a report closed by
    -다며 in the same sentence, whose verb it shares, is that report's speaker's too."""
    own_subject = article.sentences and clause.speaker_phrase_end != article.sentences[sentence].start
    return previous.kind == "indirect" and previous.sentence == sentence and previous.verb == clause.verb \
        and previous.end < clause.start and not own_subject


def _verb_after(finder: SpeakerFinder, position: int) -> str | None:
    """The predicate word ending the statement after ``position`` (``말했다``, ``덧붙였다``)."""
    index = bisect.bisect_left(finder.morpheme_starts, position)
    limit = finder.article.sentences[finder.sentence_of(position - 1)].end if finder.article.sentences else len(finder.text)
    for morpheme in finder.morphemes[index:]:
        if morpheme.start >= limit + 1 or finder.text[morpheme.start] in quote_cues().marks:
            return None
        if morpheme.tag == "EF":
            word_start = finder.text.rfind(" ", position, morpheme.start) + 1 or position
            return finder.text[max(word_start, position) : morpheme.end].lstrip("\"'”“") or None
    return None


def _subject_end(finder: SpeakerFinder, start: int, end: int) -> int | None:
    """Where the subject of the report between ``start`` and the quotative at ``end`` ends: none when the
    subject follows the clause (its verb's own), a body the entities missed when it opens the sentence."""
    if subject_after_clause(finder, end):
        return None
    if (source := _source_frame_end(finder, start, end)) is not None and (share := share_answering(finder, source, end)) is not None:
        return share  # 가람당 한도윤 의원에 따르면 | …설문한 결과, 응답자의 64%가 | 찬성한다고 답했다
    found, body = finder.subject_end(start, end), body_topic_end(finder, start, end)
    own_clause = found is not None and _said_in_its_own_clause(finder, end)  # 가람시는 | 노조가 …고 하자: 노조 says it
    if own_clause and not case_subject(finder.morphemes, finder.morpheme_starts, found) and (inner := finder.subject_end(found, end)) is not None \
            and case_subject(finder.morphemes, finder.morpheme_starts, inner):
        found = inner  # 김 시장은 | 주민들이 …달라고 요구하자: the clause's own subject (not 기자들이 | 피해자가 있느냐고 묻자)
    subject = body if body is not None and (found is None or "," not in finder.text[body:found]) and not own_clause else found
    topic = opening_topic(finder, start, end)
    opening = topic.end if topic is not None else None
    if topic is None or not names_a_speaker(finder, topic):
        pass  # 이번 사업은 김하늘 시장이 | …, 정밀 검사는 | …: a thing the report is about
    elif subject is None:
        subject = opening  # 가람군 관계자는 | …다고 밝혔다: the topic speaks though the finder found no subject
    elif opening < subject and case_subject(finder.morphemes, finder.morpheme_starts, subject) \
            and not clause_closed(finder.text, finder.morphemes, opening, subject, finder.quoted) and not own_clause:
        subject = opening  # 가람방송 뉴스는 | 주민 한 명이 다쳤다고 전했다: the subject with 이/가 is the report's own
    if subject is not None and (source := _source_frame_end(finder, start, end)) is not None and source < subject \
            and (case_subject(finder.morphemes, finder.morpheme_starts, subject) or not _named_subject(finder, source, subject)) \
            and _source_names_someone(finder, start, source):
        return source  # 가람군에 따르면 | …원이 투입됐으며 관람객은 …집계됐다고 전했다: the source speaks, the subjects are the clause's
    return None if subject is not None and _speaker_goes_on(finder, start, subject) else subject


def _said_in_its_own_clause(finder: SpeakerFinder, quotative: int) -> bool:
    """``회사는 | 노조가 파업하겠다고 하자 | 교섭에 나섰다``: the verb of saying closes a clause of time (-자), whose subject
    (노조가) is its own, not the sentence's topic (unlike -지만, after which the topic goes on speaking)."""
    index = bisect.bisect_left(finder.morpheme_starts, quotative) + 1
    window = finder.morphemes[index : index + SAYING_VERB_REACH]
    verb = next((i for i, m in enumerate(window) if m.tag.split("-")[0] in ("VV", "XSV")), None)
    ending = next((m for m in window[verb + 1 :] if m.tag == "EC"), None) if verb is not None else None
    return ending is not None and ending.form in quote_cues().own_subject_endings


def _named_subject(finder: SpeakerFinder, start: int, subject_end: int) -> bool:
    """Whether a person or body the entities name is the subject ending at ``subject_end`` (``보도에 따르면 | 김 장관은 …고
    말했다``: the minister speaks, the report is the source of the whole)."""
    return any(n.kind in ("person", "organisation") and n.start < subject_end <= (n.speaker.end or 0) + TITLE_PHRASE_REACH
               for n in finder.mentions(start, subject_end + 1))


def _source_names_someone(finder: SpeakerFinder, start: int, frame_end: int) -> bool:
    """Whether someone is named in the source before its frame ending at ``frame_end`` (``가람군에 따르면``, ``가람군의회
    사무국에 따르면``); not in ``보도에 따르면``, which names nobody: the topic after it speaks, unnamed too (``한 주민은 | …``)."""
    return bool(finder.mentions(start, frame_end))


def _source_frame_end(finder: SpeakerFinder, start: int, end: int) -> int | None:
    """Where a source's frame (``가람군에 따르면``) within the first words of the report's stretch ends, else None."""
    text, frames = finder.text, quote_cues().source_frames
    at, frame = min(((at, f) for f in frames if (at := text.find(f, start, end)) >= 0), default=(-1, ""))
    if at < 0 or len(text[start:at].split()) > SOURCE_FRAME_WORDS or finder.quoted(at):
        return None
    return at + len(frame)


def _speaker_goes_on(finder: SpeakerFinder, start: int, subject_end: int) -> bool:
    """``그러면서 | 정부가 …해야 한다고 촉구했다``, ``그러면서 | 시의회도 …해 달라고``: after a connective that keeps the speaker, a
    subject with 이/가 or 도 is the clause's own, whom it asks (a topic with 은/는 is still a new speaker)."""
    if not finder.text[start:subject_end].lstrip(" ,").startswith(tuple(c + " " for c in quote_cues().same_speaker)):
        return False
    return case_subject(finder.morphemes, finder.morpheme_starts, subject_end) or also_subject(finder.morphemes, finder.morpheme_starts, subject_end)


def _spoken(found: list[Quote]) -> frozenset[str]:
    return frozenset(quote.speaker.name for quote in found if quote.speaker is not None)


def _voice_named(article: Article, finder: SpeakerFinder, marked: Marked) -> bool:
    """``"해마다 되풀이되는 인재"라는 비판도 나온다``, ``“…없애려는 것”이라는 글이 올라왔다``: words of several that a modifier names
    a voice rising (:func:`voices_rise`) are said, by nobody named, though no sentence's ending closes them; not a saying
    (``"…"라는 말이 있다``)."""
    text, cues = article.text, quote_cues()
    modifier = next((m for m in cues.naming_modifiers if text.startswith(m, marked.close + 1)), None)
    if modifier is None or " " not in text[marked.open + 1 : marked.close].strip():
        return False
    noun = text[marked.close + 1 + len(modifier) :].split(maxsplit=1)
    if not noun or grammar().without_particle(noun[0]) in cues.saying_nouns:
        return False
    first, last = (bisect.bisect_left(finder.morpheme_starts, at) for at in (marked.open + 1, marked.close))
    if all(m.tag in grammar().tags.nominal for m in finder.morphemes[first:last]):
        return False  # "인구 절벽"이라는 우려: a term, nouns only, nobody's words
    return voices_rise(finder, marked.close, article.paragraph_at(marked.close).end)


def headline_speech(article: Article, marked: Marked) -> bool:
    """Double marks of several words in a headline quote someone (``김철수, 박영희에 "당장 물러나라"
    거듭 촉구``): headlines set terms and titles in single marks; one word (``"스마트시티"``) or a
    particle after the mark (``"…"를``) is a term."""
    content = article.text[marked.open + 1 : marked.close].strip()
    after = article.text[marked.close + 1 : marked.close + 2]
    return in_headline(article, marked.open) and " " in content and not after.isalnum()


def lead_headline(article: Article, marked: Marked) -> bool:
    """A quote of several words opening the article's first paragraph, or after a headline's ellipsis or full stop
    in it, and followed by the next words with no particle (``…논문 게재…"수명 두 배 늘 것" 새 전지는``):
    a headline printed into the lead, as summaries are scraped."""
    first = next((p for p in article.paragraphs if not p.is_chrome), None)
    if first is None or article.paragraph_at(marked.open) is not first or first.is_headline:
        return False
    before = article.text[first.start : marked.open].rstrip()
    after = article.text[marked.close + 1 : marked.close + 3]
    content = article.text[marked.open + 1 : marked.close]
    return (not before or before.endswith(HEADLINE_BREAKS)) and " " in content.strip() and after[:1] == " " and after[1:].isalnum()


def in_headline(article: Article, position: int) -> bool:
    """A headline or subheadline, or the article's first paragraph read as a caption: a headline
    scraped together with its picture's credit (``… "…" 사진=연합뉴스``)."""
    paragraph = article.paragraph_at(position)
    first = next((p for p in article.paragraphs if not p.is_chrome), None)
    return paragraph.is_headline or paragraph is first and paragraph.role == CAPTION


def joins_previous(text: str, after_previous: int, open_mark: int) -> bool:
    """``"…"며 "…"``: the previous quote's connective leads straight into this one (same statement)."""
    between = text[after_previous:open_mark].strip()
    return 0 < len(between) <= 4 and between in quote_cues().utterance_joints


def _in_headline(article: Article, quote: Quote, opened: frozenset[int] = frozenset()) -> bool:
    """A quote in a headline, or one of a headline printed into the lead (opening at one of ``opened``)."""
    return in_headline(article, quote.start) or quote.start in opened


def _start_of(item: Marked | Reported) -> int:
    return item.open if isinstance(item, Marked) else item.start


def _inside(marked: Marked, ranges: list[tuple[int, int]]) -> bool:
    return _within(marked.open, ranges)


def _within(position: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``position`` lies inside one of the sorted, disjoint (open, close) ranges."""
    index = bisect.bisect_right(ranges, (position, float("inf"))) - 1
    return index >= 0 and ranges[index][0] < position < ranges[index][1]
