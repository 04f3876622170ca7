"""A quote's speaker candidates and the evidence for each (the features of
:mod:`pipeline.extract.speaker_evidence`), read by a :class:`~pipeline.extract.speakers.SpeakerFinder`.

For a quote between ``open_mark`` and ``close_mark`` the candidates are:

- the names of its sentence before the quote (``김 지사는 "…"``) and after it (``"…"라고 김 지사는``),
  with their grammar: subject or topic particle, another particle, a clause or another subject between
  them and the quote, a name right after them;
- the previous quote's speaker, when that quote is at most two paragraphs back; the referent of a pronoun that opens the sentence (``그는``);
- the subject of the sentence before when it ends in a verb of saying (``이렇게 말했다.``); the subjects of the two sentences before, or whom a pronoun subject there stands for;
- the person a caption line or a credit names (:mod:`pipeline.extract.caption_speakers`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.about_clauses import (about_clause, after_a_quote, reflexive_owner, spoken_about, answering_topic, one_asked, own_clause_subject, owns_a_remark, past_closed_clauses,
                                           relative_head, taken_up_as_remark, unnamed_owner)
from pipeline.extract.bare_subjects import bare_subject, body_after_quotative, introduced_after, medium_owner, introduced_in_paragraph, opening_person, owner_after, owner_before, subject_right_after
from pipeline.extract.caption_speakers import caption_candidates, credited_candidates, inline_caption_candidates
from pipeline.extract.headline_phrases import part_end
from pipeline.extract.interviews import interviewee_answer
from pipeline.extract.reported_speech import clause_closed
from pipeline.extract.speaker_evidence import Candidate, choose, named_here
from pipeline.extract.named import Named
from pipeline.extract.opening_topics import body_topic, pronoun_subject
from pipeline.extract.speakers import CARRY_PARAGRAPHS, SpeakerFinder
from pipeline.extract.voices import dismissed_voice, voices_rise
from pipeline.language.kiwi_doc import glued_adnominal
from pipeline.lexicon import grammar, quote_cues
from pipeline.record import Morpheme, Quote, Sentence, Speaker

MAX_DISTANCE, EARLIER_SENTENCES = 3.0, 2  # hundreds of characters; the sentences before a quote read for its subjects
CLAUSE_ENDS = frozenset({"EC", "ETM"})
SUBJECT_PARTICLE = "JKS"
QUOTATIVE_TAG = "JKQ"  # kiwipiepy's quotative particle: 라고, 고
READERS_NOUN_REACH = 4  # morphemes from a quote to what readers posted: 는 | 항의 | 글
ADNOMINAL_TAG = "ETM"
REMARK_ENDING_REACH = 3  # characters between a quote and the name whose remark it is: "…"라는 | 박 신부의 말에
ADJECTIVE_TAG = "VA"
SETTING_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "SN", "SL", "XPN", "XSN"})  # 제 + 67 + 회 FIFA 총회
SETTING_NOUN_MORPHEMES = 6
OBJECT_PARTICLE = "JKO"
DIRECTNESS = ("explicit", "pronoun", "carried")
FULL_STOP = re.compile(r"(?<=[\uac00-\ud7a3])[.!?](?=\s)")  # 말했다. | "…": a sentence closed


def find_speaker(finder: SpeakerFinder, open_mark: int, close_mark: int, earlier: Sequence[Quote],
                 spoken: frozenset[str] = frozenset(), reported: bool = False) -> tuple[Speaker | None, str, str | None]:
    """The speaker of the quote between the marks, how it was found (``explicit``, ``pronoun``, ``carried``; ``unresolved`` for
    none) and, for none, why (``no_candidate``, ``weak_evidence``, ``ambiguous``). ``earlier`` are the quotes before it;
    ``spoken``, the names that spoke so far; ``reported`` for an indirect quote, whose clause ends at ``close_mark``."""
    candidates = quote_candidates(finder, open_mark, close_mark, earlier, spoken, reported)
    chosen, reason = choose(candidates)
    if chosen is None:
        return None, "unresolved", reason
    same = [c for c in candidates if c.speaker.name == chosen.speaker.name]  # found several ways: the most direct, named here first
    direct = min(same, key=lambda c: DIRECTNESS.index(c.attribution))
    return direct.speaker, direct.attribution, None


def quote_candidates(finder: SpeakerFinder, open_mark: int, close_mark: int, earlier: Sequence[Quote],
                     spoken: frozenset[str] = frozenset(), reported: bool = False) -> list[Candidate]:
    """Every candidate speaker of the quote, with its features."""
    if inline := inline_caption_candidates(finder, open_mark, spoken):
        return inline  # … ◀INT▶한지호/상인 "…": the caption on the quote's line names its speaker
    article = finder.article
    sentence = finder.sentence_of(open_mark)
    start = article.sentences[sentence].start if article.sentences else article.paragraphs[finder.paragraph_of(open_mark)].start
    end = part_end(finder, close_mark, article.sentences[finder.sentence_of(close_mark)].end if article.sentences else len(finder.text))
    headline = finder.article.paragraphs[finder.paragraph_of(open_mark)].is_headline
    if headline:  # 가람시의회 시정질문…“…” 질타: the name before the ellipsis says nothing; 민주 "…" 국힘 "…": nor one before a quote
        start = max(start, finder.headline_part(finder.article.paragraphs[finder.paragraph_of(open_mark)], open_mark),
                    *(q.end + 1 for q in earlier if start <= q.end < open_mark))
    cut = (start, past := _past_full_stops(finder, start, open_mark))  # 고 말했다. | "…"라고 한도윤씨는: kiwipiepy kept two sentences as one
    start = past
    lead = finder.text[start:open_mark].strip()
    # 또 주민과 다시 논의하자고 제안했다: a report with no subject holds the sentence's connective
    connective = (lead or finder.text[open_mark:close_mark].strip() if reported else lead).startswith(quote_cues().carried_longest_first)
    before = past_closed_clauses(finder, [about_clause(finder, m, open_mark) for m in finder.mentions(start, open_mark)
                                          if not (after_a_quote(finder, m.start) and owns_a_remark(finder, m)) and not spoken_about(finder, m)])  # not his
    after = sorted([m for m in finder.mentions(close_mark + 1, end) if not m.headline  # … vs 도윤재 "…": the next quote's
                    and not clause_closed(finder.text, finder.morphemes, close_mark, m.start)],  # "…"라고 평가한 반면, | 박 의원은
                   key=lambda m: (m.start, m.particle is None))  # …라고 | 한 대표 측은: the subject is nearest, not the person in it
    says = _says_after(finder, close_mark, end)
    after = after or body_after_quotative(finder, close_mark, end) if says and reported else after  # …했다고 | 보람일보가 전했다
    subject = bare_subject(finder, start, open_mark, before) if says else None
    if says and subject is None and not any(m.particle for m in before):
        subject = body_topic(finder, start, open_mark)  # MS는 이날 가람통신과의 공동 성명에서 "…"
        subject = None if subject is not None and _case_subject_between(finder, subject.speaker.end or subject.start, open_mark) else subject
    if subject is not None:
        before = sorted([m for m in before if not subject.start <= m.start < (subject.speaker.end or 0)] + [subject], key=lambda m: m.start)  # 가람연대는 "…"
    asker = own_clause_subject(finder, before, close_mark, end)
    asked_before = own_clause_subject(finder, before, start, open_mark)  # …이 기자가 "…"라고 묻자 | "그럼"
    found = [_named(m, "headline_speaker" if m.headline else "before", i == len(before) - 1, spoken,
                    _before_features(finder, m, before, open_mark)
                    | {"speech_verb": float(says), "own_clause": float(m is asker), "other_clause": float(m is asked_before)})
             for i, m in enumerate(before)]
    first_after = next((m for m in after if m.particle), None) if says and not before and not reported else None  # "…" 박모씨는 말했다
    found += [_named(m, "after", i == 0, spoken, {"distance": _distance(close_mark, m.start), "speech_verb": float(says),
                                                  "first_subject": float(m is first_after)}) for i, m in enumerate(after)]
    nobody = not any(m.particle for m in before + after)
    paragraph = finder.paragraph_of(open_mark)
    previous = _carried_from([q for q in earlier if not finder.article.paragraphs[finder.paragraph_of(q.start)].is_headline
                              and not (q.sentence == sentence and q.speaker is None)], asked_before)  # …냐고 묻자 그는 "…": not the question
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
    subjects = _earlier_subjects(finder, sentence, open_mark, paragraph, spoken, cut)
    topic = _topic_since(finder, previous, sentence, cut) if nobody else None
    if topic is not None and connective and not _spoke(finder, sentence - 1):
        topic = None  # 그러면서 "…": the last quote's speaker goes on, unless the topic since spoke (…지원을 요청했다. 그러면서)
    if topic is not None:  # 연구팀은 …확인했다. | 그래서 …다고 밝혔다: the topic since the last quote speaks
        found = [c for c in found if c.where != "previous"]
        subjects = [c for c in subjects if c.speaker.name == topic.speaker.name]
    if nobody and connective and previous is not None and previous.speaker is not None:  # 또 …고 말했다: the last quote's speaker
        subjects = [c for c in subjects if c.speaker.name == previous.speaker.name]
    if pronouns and previous is not None and not any(c.features.get("previous") for c in pronouns):  # …씨도 있었다. 그는 "…"
        subjects = [c for c in subjects if any(c.speaker.name == p.speaker.name for p in pronouns)]  # the one introduced, not before
    found += subjects + caption_candidates(finder, open_mark, close_mark, spoken) + credited_candidates(finder, close_mark, spoken) + interviewee_answer(finder, open_mark, close_mark, spoken)
    if owner := _remark_owner(finder, close_mark, end, spoken):  # "…"는 도 신부의 말에 답했다: whoever answers, named before it, did not say it
        found = [c for c in found if c.attribution != "explicit" or c.where != "before"] + owner
    if reflexive_owner(finder, close_mark):  # "…"라는 자신의 말을 뒤집었다: the subject before, or nobody named after it
        found = [c for c in found if c.where == "before"]
    if headline:  # a headline stands alone: no speaker carried into it (see article_speakers)
        found = [c for c in found if c.attribution != "carried" and c.where != "pronoun"]
    setting_only = not any(m.particle for m in before) and not pronouns and _quotative_after(finder, close_mark)  # not "…"며 | 윤 후보가
    if says and (reported or not lead or setting_only) and subject_right_after(finder, after, close_mark):  # …다고 교수팀은 전했다
        found = [c for c in found if c.attribution == "explicit"]  # nobody is carried, nor into (시장에서는) "…"라고 배 후보가 외치자
    if nobody and (after_quote := introduced_after(finder, open_mark, close_mark) or owner_after(finder, open_mark, close_mark)
                   or owner_before(finder, open_mark, close_mark)
                   or introduced_in_paragraph(finder, open_mark, close_mark)):
        found = [c for c in found if c.attribution == "explicit"] + [Candidate(named_here(after_quote), "introducer", _features(
            introducer=1, subject=1, person=float(finder.is_person(after_quote.name)), said_before=float(after_quote.name in spoken)))]
    if nobody and voices_rise(finder, close_mark, end, answers=False):  # "…"는 비판이 인다: nobody named says it, nor a board's owner
        found = [c for c in found if c.attribution == "explicit" and not c.features.get("oblique")]  # (가람시 민원 게시판에도 "…"는 글이)
    if asker is None and (taken_up_as_remark(finder, close_mark, end) or dismissed_voice(finder, close_mark)):  # "…"는 질문에, 우려를 일축했다
        found = [c for c in found if c.where == "credited"]
    if asker is not None:  # 윤 후보는 | 민주당이 "…"라고 비난한 데 대해: the main clause's subject did not say it
        found = [c for c in found if c.where != "before" or (c.speaker.start or 0) >= asker.start]
    if nobody and not posted_by_readers(finder, close_mark, end) and (owner := medium_owner(finder, start, open_mark)) is not None:
        found = [_named(owner, "owner", True, spoken, {})]  # 가람밴드 트위터에는 "…": the account's owner
    if not any(m.particle for m in after) and (asked := one_asked(finder, start, open_mark)) is not None:
        found = [_named(asked, "asked", True, spoken, {})]  # 환자들에게 물어보니 "…": the one asked answers
    if (head := relative_head(finder, close_mark, end, any(m.particle and finder.is_person(m.speaker.name) for m in before))) is not None:  # "…"고 소리친 50대 남성을: the clause's head said it
        found = [_named(head, "relative_head", True, spoken, {})]
    if asked_before is not None:  # whoever asked in the sentence's earlier clause is not the one who answers
        found = [replace(c, features={**c.features, "other_clause": 1.0}) if c.speaker.name == asked_before.speaker.name else c
                 for c in found]
    return found


def _quotative_after(finder: SpeakerFinder, close_mark: int) -> bool:
    """Whether a quotative particle (라고, 고) follows the closing mark, which ties the quote to the verb after it."""
    index = bisect.bisect_left(finder.morpheme_starts, close_mark + 1)
    return index < len(finder.morphemes) and finder.morphemes[index].tag == QUOTATIVE_TAG


def posted_by_readers(finder: SpeakerFinder, close_mark: int, end: int) -> bool:
    """``"…"는 항의 글이 잇따랐다``: what readers posted (a complaint, a comment), named right after the quote."""
    following = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, close_mark + 1) :][:READERS_NOUN_REACH]
    return any(m.tag == "NNG" and m.form in quote_cues().posted_by_readers and m.start < end for m in following)


def _case_subject_between(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether a case subject (이/가) stands between ``start`` and ``end``: ``…라는 질문에 전체의 65.3%가 | "…"``, whoever
    answers there, not the topic before."""
    first = bisect.bisect_left(finder.morpheme_starts, start)
    return any(m.tag == SUBJECT_PARTICLE for m in finder.morphemes[first : bisect.bisect_left(finder.morpheme_starts, end)])


def _subject_since(finder: SpeakerFinder, before: list[Named], previous: Quote, open_mark: int) -> bool:
    """Whether a subject named after the previous quote leads into this one, no clause between
    (``"…"고 말한 데 대해 보람당은 "…"``): it says who speaks now, and nobody is carried past it."""
    last = before[-1] if before else None
    return (last is not None and last.start > previous.end and last.particle is not None
            and not _clause_between(finder, last.speaker.end or last.start, open_mark))


def _topic_since(finder: SpeakerFinder, previous: Quote | None, sentence: int, cut: tuple[int, int] | None = None) -> Named | None:
    """The topic of the sentence just before (or of the one a full stop ``cut`` off the quote's), when it comes after the
    last quote and is someone else: a sentence that names nobody continues that topic, not the last quote's speaker."""
    cut_off = cut is not None and cut[0] < cut[1]
    if sentence == 0 and not cut_off or previous is None or previous.speaker is None:
        return None
    before = Sentence(*cut, finder.paragraph_of(cut[0])) if cut_off and cut is not None else finder.article.sentences[sentence - 1]
    topics = [m for m in finder.mentions(before.start, before.end) if m.particle in grammar().topic_particles]
    topic = topics[-1] if topics else opening_person(finder, before)  # 이점순 할머니가 고개를 끄덕였다. | "…"
    return topic if topic is not None and topic.start > previous.end and topic.speaker.name != previous.speaker.name else None


def _spoke(finder: SpeakerFinder, sentence: int) -> bool:
    """Whether the sentence's last verb is one of saying (…지원을 요청했다): its topic spoke, quoted or not."""
    span = finder.article.sentences[sentence]
    morphemes = finder.morphemes[bisect.bisect_left(finder.morpheme_starts, span.start) : bisect.bisect_left(finder.morpheme_starts, span.end)]
    verb = next((m for m in reversed(morphemes) if m.tag.split("-")[0] in ("VV", "XSV")), None)
    return verb is not None and finder.says(verb)


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
        "clause_between": float(_clause_between(finder, end, open_mark, topic=named.particle in (*grammar().topic_particles, quote_cues().also_particle))),
    }


def _distance(start: int, end: int) -> float:
    return min(max(end - start, 0) / 100, MAX_DISTANCE)


def _clause_between(finder: SpeakerFinder, start: int, end: int, topic: bool = False) -> bool:
    """A connective or adnominal ending between a name and the quote: the name is the subject of
    another clause (``조 단장이 … 보냈다며 "…"``), not of a verb used as a postposition (``입장문을 통해``),
    nor of a clause with a subject of its own (``가람시는 요금 인상이 불가피한 이유에 대해 "…"``), nor, when the name is
    the sentence's topic, of an action it does on the way (``가람대는 … 지원 확대를 요구하며 "…"고 말했다``) or of a
    clause that only modifies a noun of the setting (``이날 시청에서 열린 간담회에서``, ``지난 10일``)."""
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
                and not (topic and (morpheme.tag == ADNOMINAL_TAG or morpheme.tag == "EC" and morpheme.form in quote_cues().action_connectives)) \
                and not (morpheme.tag == ADNOMINAL_TAG and morphemes[index - 1].tag == ADJECTIVE_TAG) \
                and not (morpheme.tag == ADNOMINAL_TAG and index + 1 < len(morphemes) and morphemes[index + 1].form in quote_cues().sequence_nouns) \
                and not (morpheme.tag == ADNOMINAL_TAG and _modifies_the_setting(morphemes, index)):
            # 같은 날: a modifier, no clause; 확정한 뒤: a clause of time the subject goes through
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


def _earlier_subjects(finder: SpeakerFinder, sentence: int, open_mark: int, paragraph: int, spoken: frozenset[str],
                      cut: tuple[int, int] | None = None) -> list[Candidate]:
    """The subjects of the sentences before, as far back as the paragraph before, and of the ones a full stop ``cut`` off the
    quote's (``김 할머니는 … 못했다. "…"``, which kiwipiepy read as one sentence)."""
    found = []
    spans = [(s.start, s.end) for s in finder.article.sentences[max(sentence - EARLIER_SENTENCES, 0) : sentence]]
    for span_start, span_end in spans + ([cut] if cut is not None and cut[0] < cut[1] else []):
        back = paragraph - finder.paragraph_of(span_start)
        if back > 1:
            continue
        subjects = [named for named in finder.mentions(span_start, span_end) if named.particle]
        for named in subjects:
            found.append(_named(named, "earlier", False, spoken, {"distance": _distance(named.speaker.end or 0, open_mark),
                                                                  "paragraphs_back": back}))
        pronoun = None if subjects else pronoun_subject(finder, span_start, span_end)
        referent = finder.person_named_before(pronoun, subject=True) if pronoun is not None else None
        if referent is not None:  # 그는 인사를 나누자마자 … 꺼냈다. | "…": whom the pronoun stands for
            found.append(Candidate(referent, "earlier", _features(
                earlier=1, person=1, subject=1, topic=1, said_before=referent.name in spoken,
                distance=_distance(pronoun, open_mark), paragraphs_back=back)))
    return [replace(c, speaker=named_here(c.speaker)) for c in found]


def _modifies_the_setting(morphemes: Sequence[Morpheme], index: int) -> bool:
    """``한도윤 회장이 가람에서 열린 | 총회에서 "…"``: an adnominal clause of the noun where the speech takes place, which
    leaves the subject before it the speaker's."""
    following = list(itertools.takewhile(lambda m: m.tag in SETTING_NOUN_TAGS, morphemes[index + 1 : index + 1 + SETTING_NOUN_MORPHEMES]))
    after = morphemes[index + 1 + len(following)] if index + 1 + len(following) < len(morphemes) else None
    return bool(following) and after is not None and after.tag.startswith("JKB") and after.form in grammar().place_particles


def _past_full_stops(finder: SpeakerFinder, start: int, open_mark: int) -> int:
    """Past the last full stop closing a sentence (after a syllable, before a space) between ``start`` and the quote,
    outside quotes: a quote's sentence begins after it, whatever kiwipiepy's sentences say."""
    stops = [m.end() for m in FULL_STOP.finditer(finder.text, start, open_mark) if not finder.quoted(m.start())]
    return stops[-1] if stops else start


def _remark_owner(finder: SpeakerFinder, close_mark: int, end: int, spoken: frozenset[str]) -> list[Candidate]:
    """A quote taken up as someone's remark right after its closing mark (``"…"는 박 신부의 말에 답했다``) is theirs, not who answers'."""
    first = bisect.bisect_left(finder.morpheme_starts, close_mark + 1)
    opening = finder.morphemes[first : first + 2]
    if not any(m.tag == "ETM" for m in opening):
        return []
    for named in finder.mentions(close_mark + 1, end)[:1]:
        lead = finder.text[close_mark + 1 : named.start].split()  # 라는 | 는 게 (…"는 게 이진수씨의 말이다), 는 것이
        if len(" ".join(lead)) > REMARK_ENDING_REACH and lead[1:] not in ([w] for w in quote_cues().quoted_remark_fillers):
            break  # "…"는 입장을 내놓으며 박 의원의 주장을: the quote is the speaker's own remark, another's comes later
        if owns_a_remark(finder, named):
            return [Candidate(named_here(named.speaker), "credited", _features(credited=1, person=float(named.kind == "person"),
                                                                                said_before=float(named.speaker.name in spoken)))]
    unnamed = unnamed_owner(finder, finder.text.find(" ", close_mark + 1) + 1)
    return [Candidate(unnamed, "credited", _features(credited=1, said_before=float(unnamed.name in spoken)))] if unnamed else []
