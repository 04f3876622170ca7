"""A quote's speaker candidates and the evidence for each (the features of
:mod:`pipeline.extract.speaker_evidence`), read by a :class:`~pipeline.extract.speakers.SpeakerFinder`.

For a quote between ``open_mark`` and ``close_mark`` the candidates are:

- the names of its sentence before the quote (``김 지사는 "…"``) and after it (``"…"라고 김 지사는``),
  with their grammar: subject or topic particle, another particle, a clause or another subject between
  them and the quote, a name right after them;
- the previous quote's speaker, when that quote is at most two paragraphs back;
- the referent of a pronoun that opens the sentence (``그는``);
- the subject of the sentence before when that sentence ends in a verb of saying (``이렇게 말했다.``);
- the subjects of the two sentences before.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.about_clauses import (about_clause, answering_topic, own_clause_subject, past_closed_clauses, relative_head, statement_noun_after,
                                           taken_up_as_remark, voices_rise)
from pipeline.extract.bare_subjects import bare_subject, introduced_after, introduced_in_paragraph, opening_person, owner_after, subject_right_after
from pipeline.extract.interviews import interviewee_answer
from pipeline.extract.reported_speech import clause_closed
from pipeline.extract.speaker_evidence import Candidate, choose, named_here
from pipeline.extract.named import Named
from pipeline.extract.speakers import CARRY_PARAGRAPHS, SpeakerFinder
from pipeline.language.kiwi_doc import dictionary_noun, glued_adnominal, not_a_name
from pipeline.lexicon import ends_speaker_title, grammar, name_like, quote_cues, role_of_word
from pipeline.record import Morpheme, Quote, Speaker

MAX_DISTANCE = 3.0  # hundreds of characters
EARLIER_SENTENCES = 2
CLAUSE_ENDS = frozenset({"EC", "ETM"})
SUBJECT_PARTICLE = "JKS"
ADNOMINAL_TAG = "ETM"
ADJECTIVE_TAG = "VA"
OBJECT_PARTICLE = "JKO"
POSSESSIVE_TAG = "JKG"  # 의
DIRECTNESS = ("explicit", "pronoun", "carried")
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
NAMES_APART = re.compile(r"\s*[·,]\s*")  # 한지호·이가람: the people of a caption, who spoke together
CAPTION_NAME = re.compile(r"(?<![가-힣])[가-힣]{2,4}(?![가-힣])")


def find_speaker(finder: SpeakerFinder, open_mark: int, close_mark: int, earlier: Sequence[Quote],
                 spoken: frozenset[str] = frozenset(), reported: bool = False) -> tuple[Speaker | None, str, str | None]:
    """The speaker of the quote between the marks, how it was found (``explicit``, ``pronoun``,
    ``carried``; ``unresolved`` for none) and, for none, why (``no_candidate``, ``weak_evidence``,
    ``ambiguous``). ``earlier`` are the quotes before it; ``spoken``, the names that spoke so far;
    ``reported`` for an indirect quote, whose clause ends at ``close_mark``."""
    candidates = quote_candidates(finder, open_mark, close_mark, earlier, spoken, reported)
    chosen, reason = choose(candidates)
    if chosen is None:
        return None, "unresolved", reason
    # The same person found several ways: report the most direct (named here, then a pronoun).
    same = [c for c in candidates if c.speaker.name == chosen.speaker.name]
    direct = min(same, key=lambda c: DIRECTNESS.index(c.attribution))
    return direct.speaker, direct.attribution, None


def quote_candidates(finder: SpeakerFinder, open_mark: int, close_mark: int, earlier: Sequence[Quote],
                     spoken: frozenset[str] = frozenset(), reported: bool = False) -> list[Candidate]:
    """Every candidate speaker of the quote, with its features."""
    article = finder.article
    sentence = finder.sentence_of(open_mark)
    start = article.sentences[sentence].start if article.sentences else article.paragraphs[finder.paragraph_of(open_mark)].start
    end = article.sentences[finder.sentence_of(close_mark)].end if article.sentences else len(finder.text)
    headline = finder.article.paragraphs[finder.paragraph_of(open_mark)].is_headline
    if headline:  # 가람시의회 시정질문…“…” 질타: the name before the ellipsis says nothing; 민주 "…" 국힘 "…": nor one before a quote
        start = max(start, finder.headline_part(finder.article.paragraphs[finder.paragraph_of(open_mark)], open_mark),
                    *(q.end + 1 for q in earlier if start <= q.end < open_mark))
    lead = finder.text[start:open_mark].strip()
    # 또 주민과 다시 논의하자고 제안했다: a report with no subject holds the sentence's connective
    connective = (lead or finder.text[open_mark:close_mark].strip() if reported else lead).startswith(quote_cues().carried_longest_first)
    before = past_closed_clauses(finder, [about_clause(finder, m, open_mark) for m in finder.mentions(start, open_mark)])
    after = [m for m in finder.mentions(close_mark + 1, end) if not m.headline  # … vs 도윤재 "…": the next quote's
             and not clause_closed(finder.text, finder.morphemes, close_mark, m.start)]  # "…"라고 평가한 반면, | 박 의원은
    says = _says_after(finder, close_mark, end)
    if says and (subject := bare_subject(finder, start, open_mark, before)) is not None:
        before = [m for m in before if not subject.start <= m.start < (subject.speaker.end or 0)] + [subject]  # 가람연대는 "…"
    asker = own_clause_subject(finder, before, close_mark, end)
    asked_before = own_clause_subject(finder, before, start, open_mark)  # …이 기자가 "…"라고 묻자 | "그럼"
    found = [_named(m, "headline_speaker" if m.headline else "before", i == len(before) - 1, spoken,
                    _before_features(finder, m, before, open_mark)
                    | {"speech_verb": float(says), "own_clause": float(m is asker), "other_clause": float(m is asked_before)})
             for i, m in enumerate(before)]
    found += [_named(m, "after", i == 0, spoken, {"distance": _distance(close_mark, m.start), "speech_verb": float(says)})
              for i, m in enumerate(after)]
    nobody = not any(m.particle for m in before + after)
    paragraph = finder.paragraph_of(open_mark)
    previous = _carried_from([q for q in earlier if not finder.article.paragraphs[finder.paragraph_of(q.start)].is_headline], asked_before)
    if previous is not None and finder.sentence_of(previous.start) < sentence and (answerer := answering_topic(finder, previous)) is not None:
        previous = replace(previous, speaker=answerer)  # …"…"고 주장한 데 대해 반박했다. 그러면서 "…": the one who answered
    if previous is not None and previous.speaker is not None and paragraph - finder.paragraph_of(previous.start) <= CARRY_PARAGRAPHS \
            and not _subject_since(finder, before, previous, open_mark):
        back = paragraph - finder.paragraph_of(previous.start)
        found.append(Candidate(named_here(previous.speaker), "previous", _features(
            previous=1, person=float(finder.is_person(previous.speaker.name)), said_before=1, paragraphs_back=back,
            connective_lead=float(connective), names_nobody=float(nobody),
            title=float(previous.speaker.role is not None))))
    own = finder.text.rfind(" ", start, open_mark - 1) + 1 if asked_before is not None else start  # …묻자 | 그는 "…"
    pronouns = _pronoun_referent(finder, finder.text[own:open_mark].strip(), own, previous, paragraph, spoken)
    if pronouns and previous is not None and not any(c.features.get("previous") for c in pronouns):
        found = [c for c in found if c.where != "previous"]  # 그는 after someone named since the last quote: them
    found += pronouns
    introducer = finder.introduced_by(sentence)
    if introducer is not None:
        found.append(Candidate(named_here(introducer), "introducer", _features(
            introducer=1, subject=1, person=float(finder.is_person(introducer.name)), names_nobody=float(nobody),
            said_before=float(introducer.name in spoken))))
    subjects = _earlier_subjects(finder, sentence, open_mark, paragraph, spoken)
    topic = _topic_since(finder, previous, sentence) if nobody and not connective else None
    if topic is not None:  # 연구팀은 …확인했다. | 그래서 …다고 밝혔다: the topic since the last quote speaks
        found = [c for c in found if c.where != "previous"]
        subjects = [c for c in subjects if c.speaker.name == topic.speaker.name]
    if nobody and connective and previous is not None and previous.speaker is not None:  # 또 …고 말했다: the last quote's speaker
        subjects = [c for c in subjects if c.speaker.name == previous.speaker.name]
    found += subjects
    found += _caption(finder, open_mark, close_mark, spoken) + _credited(finder, close_mark, spoken) + interviewee_answer(finder, open_mark, close_mark, spoken)
    found += _remark_owner(finder, close_mark, end, spoken)
    if headline:  # a headline stands alone: no speaker carried into it (see article_speakers)
        found = [c for c in found if c.attribution != "carried" and c.where != "pronoun"]
    if says and (reported or not lead) and subject_right_after(finder, after, close_mark):  # …다고 교수팀은 전했다: nobody is carried
        found = [c for c in found if c.attribution == "explicit"]  # nor into "…"라고 관계자는 전했다, the sentence's own
    if nobody and (after_quote := introduced_after(finder, open_mark, close_mark) or owner_after(finder, open_mark, close_mark)
                   or introduced_in_paragraph(finder, open_mark, close_mark)):
        found = [c for c in found if c.attribution == "explicit"] + [Candidate(named_here(after_quote), "introducer", _features(
            introducer=1, subject=1, person=float(finder.is_person(after_quote.name)), said_before=float(after_quote.name in spoken)))]
    if nobody and voices_rise(finder, close_mark, end):  # "…"는 비판이 인다: nobody named says it
        found = [c for c in found if c.attribution == "explicit"]
    if asker is None and taken_up_as_remark(finder, close_mark, end):  # 그는 "…"는 질문에: not the answerer's
        found = [c for c in found if c.where == "credited"]
    if asker is not None:  # 윤 후보는 | 민주당이 "…"라고 비난한 데 대해: the main clause's subject did not say it
        found = [c for c in found if c.where != "before" or (c.speaker.start or 0) >= asker.start]
    if (head := relative_head(finder, close_mark, end)) is not None:  # "…"고 소리친 50대 남성을: the clause's head said it
        found = [_named(head, "relative_head", True, spoken, {})]
    if asked_before is not None:  # whoever asked in the sentence's earlier clause is not the one who answers
        found = [replace(c, features={**c.features, "other_clause": 1.0}) if c.speaker.name == asked_before.speaker.name else c
                 for c in found]
    return found


def _subject_since(finder: SpeakerFinder, before: list[Named], previous: Quote, open_mark: int) -> bool:
    """Whether a subject named after the previous quote leads into this one, no clause between
    (``"…"고 말한 데 대해 보람당은 "…"``): it says who speaks now, and nobody is carried past it."""
    last = before[-1] if before else None
    return (last is not None and last.start > previous.end and last.particle is not None
            and not _clause_between(finder, last.speaker.end or last.start, open_mark))


def _topic_since(finder: SpeakerFinder, previous: Quote | None, sentence: int) -> Named | None:
    """The topic of the sentence just before, when it comes after the last quote and is someone else:
    a sentence that names nobody continues that topic, not the last quote's speaker."""
    if sentence == 0 or previous is None or previous.speaker is None:
        return None
    before = finder.article.sentences[sentence - 1]
    topics = [m for m in finder.mentions(before.start, before.end) if m.particle in grammar().topic_particles]
    topic = topics[-1] if topics else opening_person(finder, before)  # 이점순 할머니가 고개를 끄덕였다. | "…"
    return topic if topic is not None and topic.start > previous.end and topic.speaker.name != previous.speaker.name else None


def _carried_from(earlier: Sequence[Quote], asked_before: Named | None) -> Quote | None:
    """The quote a speaker may be carried from: the one before, unless its speaker asked it in this
    sentence's earlier clause (``기자가 '…'라고 묻자 "…"고 답했다``): the answer is carried from the
    last quote someone else said."""
    asker = asked_before.speaker.name if asked_before is not None else None
    return next((quote for quote in reversed(earlier) if asker is None or quote.speaker is None or quote.speaker.name != asker), None)


def _features(**values: float) -> dict[str, float]:
    return {name: float(value) for name, value in values.items() if value}


def _named(named: Named, where: str, nearest: bool, spoken: frozenset[str], extra: dict[str, float]) -> Candidate:
    """A candidate named in the quote's sentence, with what its grammar says."""
    speaker = named.speaker
    features = _features(**{where: 1}, person=named.kind == "person", organisation=named.kind == "organisation",
                         unnamed=named.kind == "unnamed", surface_name=named.kind == "surface_name",
                         title=speaker.role is not None, said_before=speaker.name in spoken,
                         subject=named.particle is not None and named.particle not in quote_cues().not_speaker_particles,
                         also=named.particle in quote_cues().not_speaker_particles, topic=named.particle in grammar().topic_particles,
                         oblique=named.oblique, followed_by_name=named.followed_by_name, nearest=nearest)
    return Candidate(speaker, where, features | {k: v for k, v in extra.items() if v})


def _before_features(finder: SpeakerFinder, named: Named, before: list[Named], open_mark: int) -> dict[str, float]:
    subjects = [m for m in before if m.particle]
    end = named.speaker.end or named.start
    return {
        "distance": _distance(end, open_mark),
        "first_subject": float(bool(subjects) and subjects[0] is named),
        "subject_between": float(any(m.start > end for m in subjects)),
        "clause_between": float(_clause_between(finder, end, open_mark)),
    }


def _distance(start: int, end: int) -> float:
    return min(max(end - start, 0) / 100, MAX_DISTANCE)


def _clause_between(finder: SpeakerFinder, start: int, end: int) -> bool:
    """A connective or adnominal ending between a name and the quote: the name is the subject of
    another clause (``조 단장이 … 보냈다며 "…"``), not of a verb used as a postposition (``입장문을 통해``),
    nor of a clause with a subject of its own (``가람시는 요금 인상이 불가피한 이유에 대해 "…"``)."""
    first = bisect.bisect_left(finder.morpheme_starts, start)
    last = bisect.bisect_left(finder.morpheme_starts, end)
    morphemes = finder.morphemes[first:last]
    phrase = len(list(itertools.takewhile(lambda i: morphemes[i].tag in grammar().tags.title_phrase
                                          or glued_adnominal(finder.text, morphemes, i), range(len(morphemes)))))
    own_subject = False  # the name's own title phrase and particle (이 기자가) are passed first
    for index, morpheme in enumerate(morphemes):
        if morpheme.tag == SUBJECT_PARTICLE and index > phrase and not finder.quoted(morpheme.start):
            own_subject = True
        elif morpheme.tag in CLAUSE_ENDS and not _adverbial(morphemes, index) and not glued_adnominal(finder.text, morphemes, index) \
                and not (morpheme.tag == ADNOMINAL_TAG and morphemes[index - 1].tag == ADJECTIVE_TAG):  # 같은 날: a modifier, no clause
            if not own_subject:
                return True
            own_subject = False  # that clause, with its own subject, is closed
    return False


def _adverbial(morphemes: list[Morpheme], index: int) -> bool:
    """A connective ending after a verb used like a postposition (입장문을 통해, 주민을 위해): no clause."""
    if index == 0 or morphemes[index].tag != "EC":
        return False
    verb, at = morphemes[index - 1], index - 1
    stem = verb.form
    if verb.tag == "XSV" and index > 1 and morphemes[index - 2].end == verb.start:
        stem, at = morphemes[index - 2].form + stem, index - 2  # 관련 + 하
    issued = at > 1 and stem in quote_cues().issuing_verbs and morphemes[at - 1].tag == OBJECT_PARTICLE \
        and _compound_before(morphemes, at - 1).endswith(tuple(quote_cues().statement_documents))  # 성명을 내고 "…": issuing what is quoted
    return stem in quote_cues().adverbial_verbs or issued


def _compound_before(morphemes: list[Morpheme], index: int) -> str:
    """The nouns written together right before morpheme ``index``, as one word (입장 + 문: 입장문)."""
    start = index
    while start > 0 and morphemes[start - 1].tag.startswith("NN") and morphemes[start - 1].end == morphemes[start].start:
        start -= 1
    return "".join(m.form for m in morphemes[start:index])


def _says_after(finder: SpeakerFinder, close_mark: int, end: int) -> bool:
    """Whether the sentence goes on to a verb of saying after the quote (``…"고 말했다``)."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark)
    last = bisect.bisect_left(finder.morpheme_starts, end)
    morphemes = finder.morphemes[first:last]
    return any(finder.says(m) for m in morphemes if m.tag.split("-")[0] in ("VV", "XSV"))


def _pronoun_referent(finder: SpeakerFinder, lead: str, start: int, previous: Quote | None, paragraph: int,
                      spoken: frozenset[str]) -> list[Candidate]:
    """``그는 "…"``: a person, either the previous quote's speaker or the last person named as a subject
    (the nearer of them is likelier, ``distance``)."""
    pronouns = quote_cues().pronouns_longest_first
    if not lead.startswith(pronouns):  # 고향으로 돌아왔다는 | 그는 "…": after a clause that modifies it
        after_clause = next(((lead + " ").index(f" {p} ") + 1 for p in pronouns if f" {p} " in lead + " "), None)
        index = bisect.bisect_left(finder.morpheme_starts, start + after_clause - 1) - 1 if after_clause else -1
        if index < 0 or finder.morphemes[index].tag != ADNOMINAL_TAG or finder.morphemes[index].end != start + after_clause - 1:
            return []
        start, lead = start + after_clause, lead[after_clause:]
    pronoun = next(p for p in pronouns if lead.startswith(p)).split()[-1][:-1]  # 그는 -> 그
    at = finder.text.index(pronoun, start)
    referents = []
    since = previous.end if previous is not None else finder.article.paragraphs[max(paragraph - CARRY_PARAGRAPHS, 0)].start
    newer = finder.introduced_person(since, start)  # introduced since the last quote (or within reach): them
    if previous is not None and previous.speaker is not None and finder.person_like(previous.speaker) \
            and paragraph - finder.paragraph_of(previous.start) <= CARRY_PARAGRAPHS and newer is None:
        referents.append((previous.speaker, previous.start, True))
    subject = newer or finder.last_person(start)
    if subject is not None and subject.start is not None:
        referents.append((subject, subject.start, False))
    found, seen = [], set()
    for referent, where, was_previous in referents:
        if referent.name in seen:
            continue
        seen.add(referent.name)
        found.append(Candidate(named_here(referent, pronoun, at), "pronoun", _features(
            pronoun=1, person=1, previous=was_previous, said_before=referent.name in spoken, distance=_distance(where, start))))
    return found


def _earlier_subjects(finder: SpeakerFinder, sentence: int, open_mark: int, paragraph: int, spoken: frozenset[str]) -> list[Candidate]:
    """The subjects of the sentences before, as far back as the paragraph before."""
    found = []
    for index in range(max(sentence - EARLIER_SENTENCES, 0), sentence):
        earlier = finder.article.sentences[index]
        back = paragraph - finder.paragraph_of(earlier.start)
        if back > 1:
            continue
        for named in finder.mentions(earlier.start, earlier.end):
            if named.particle:
                found.append(_named(named, "earlier", False, spoken, {"distance": _distance(named.speaker.end or 0, open_mark),
                                                                      "paragraphs_back": back}))
    return [replace(c, speaker=named_here(c.speaker)) for c in found]


def _caption(finder: SpeakerFinder, open_mark: int, close_mark: int, spoken: frozenset[str]) -> list[Candidate]:
    """A broadcast transcript's caption: a quote that fills its paragraph, under a short line that opens
    with a name and says nothing (``김하늘 / 6학년``, ``이가람 기자``, ``◀ INT ▶배진우 위원장``,
    ``▶ 스탠딩 : 한지호``), was said by that person; so was one right after such a caption inside a
    transcript kept on one line (``… ◀INT▶한지호/상인 "…"``)."""
    index = finder.paragraph_of(open_mark)
    paragraphs = finder.article.paragraphs
    inline = inline_caption(finder.text, paragraphs[index].start, open_mark)
    if inline:
        at = inline.start("name")  # a transcript on one line: … ◀INT▶한지호/상인 "…"
        speaker = Speaker(inline.group("name"), inline.group("name"), None, None, at, inline.end("name"))
        return [Candidate(named_here(speaker), "caption", _features(caption=1, person=1, said_before=speaker.name in spoken))]
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
    speakers = [Speaker(e.canonical, e.text, e.role, None, e.start, e.end) for e in names[:1]] or _official_captioned(finder, line.start, caption)
    if not speakers:  # a name the entities missed: the word after the label, shaped like a Korean name, no verb (【지난 …】)
        word = next((w for w in CAPTION_NAME.finditer(caption) if w.group() not in quote_cues().caption_labels), None)
        at = line.start + finder.text[line.start : line.end].find(word.group()) if word else -1
        end = at + len(word.group()) if word else -1
        if word and name_like(word.group()) and _caption_label(finder.text[line.start : at]) \
                and not dictionary_noun(finder.morphemes, finder.morpheme_starts, at, end) and not not_a_name(finder.morphemes, finder.morpheme_starts, at, end):
            speakers = [Speaker(word.group(), word.group(), None, None, at, at + len(word.group()))]
    return [Candidate(named_here(s), "caption", _features(caption=1, person=1, said_before=s.name in spoken)) for s in speakers]


def _official_captioned(finder: SpeakerFinder, line_start: int, caption: str) -> list[Speaker]:
    """``◀SYN▶ 한국전력 중부건설본부 관계자``: an unnamed official's caption names the speaker by its phrase."""
    label = max((caption.find(mark) + len(mark) for mark in quote_cues().caption_label_closers if mark in caption), default=0)
    phrase = caption[label:].strip()
    note = next((n for n in quote_cues().caption_notes if phrase.endswith(n)), None)  # 조선소 관계자 (음성변조)
    phrase = phrase.removesuffix(note).rstrip(" /") if note else phrase
    if not phrase or phrase.split()[-1] not in quote_cues().official_nouns:
        return []
    at = finder.text.find(phrase, line_start)
    return [Speaker(phrase, phrase, None, None, at, at + len(phrase))]


def _credited(finder: SpeakerFinder, close_mark: int, spoken: frozenset[str]) -> list[Candidate]:
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
    return [Candidate(named_here(speaker), "credited", _features(credited=1, person=1, said_before=name in spoken))]


def _remark_owner(finder: SpeakerFinder, close_mark: int, end: int, spoken: frozenset[str]) -> list[Candidate]:
    """A quote taken up as someone's remark right after its closing mark: ``"…"는 박 신부의 말에 이렇게
    답했다`` was said by the one whose remark it is (박 신부), not by who answers."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark + 1)
    opening = finder.morphemes[first : first + 2]
    if not any(m.tag == "ETM" for m in opening):
        return []
    for named in finder.mentions(close_mark + 1, end):
        rest = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, named.speaker.end or named.start) :]
        rest = list(itertools.dropwhile(lambda m: m.tag in grammar().tags.title_phrase, rest))[:1]  # past its title (신부)
        if rest and rest[0].tag == POSSESSIVE_TAG and statement_noun_after(finder, rest[0].end):
            return [Candidate(named_here(named.speaker), "credited", _features(credited=1, person=float(named.kind == "person"),
                                                                                said_before=float(named.speaker.name in spoken)))]
    return []


def inline_caption(text: str, paragraph_start: int, open_mark: int) -> re.Match[str] | None:
    """A transcript's caption on the quote's own line right before its opening mark (``◀INT▶한지호/상인 "``)."""
    inline = INLINE_CAPTION.search(text, max(paragraph_start, open_mark - CAPTION_LENGTH - 8), open_mark + 1)
    named = inline and inline.group("label") in quote_cues().caption_labels and all(map(name_like, NAMES_APART.split(inline.group("name"))))
    return inline if named else None


def _caption_label(prefix: str) -> bool:
    """What may stand before the name in a caption line: marks and an interview label (◀ INT ▶, 스탠딩 :)."""
    words = CAPTION_LABEL_JUNK.sub(" ", prefix).split()
    return all(word in quote_cues().caption_labels for word in words)
