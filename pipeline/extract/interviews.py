"""Interviews printed as questions and answers (``― 앞으로의 계획은.`` / ``"내년에는 …"``): a quote that fills the
paragraph right under a question is the interviewee's answer, whoever spoke last in the answers before.

A page is an interview when at least two short paragraphs open with a question mark of the page's (``―``, ``▲``,
``Q.``) and are each followed by a paragraph that does not: a bullet list's items follow one another. The
interviewee is the person the line before the questions names, else the headline's, else the lead's first.
"""

from __future__ import annotations

from pipeline.extract.speaker_evidence import Candidate, named_here
from pipeline.extract.speakers import SpeakerFinder
from pipeline.lexicon import quote_cues
from pipeline.record import Entity, Paragraph, Speaker

MAX_QUESTION_CHARS = 120  # a question line is short; an answer's paragraph opening with a dash is not
MIN_QUESTIONS = 2
ANSWER_TAIL = " .…"  # what may follow the closing mark of a quote that fills its paragraph
QUESTION_CLOSERS = "】]>)"  # what closes a question set in brackets: 【…했는데.】


def interviewee_answer(finder: SpeakerFinder, open_mark: int, close_mark: int, spoken: frozenset[str]) -> list[Candidate]:
    """The interviewee, for a quote that fills the paragraph right under a question of an interview; else none."""
    paragraphs, text = finder.article.paragraphs, finder.text
    index = finder.paragraph_of(open_mark)
    paragraph = paragraphs[index]
    if index == 0 or text[paragraph.start : open_mark].strip() or text[close_mark + 1 : paragraph.end].strip(ANSWER_TAIL):
        return []
    questions = [i for i in range(len(paragraphs) - 1) if _question(text, paragraphs[i]) and not _question(text, paragraphs[i + 1])]
    if index - 1 not in questions or len(questions) < MIN_QUESTIONS:
        return []
    person = _interviewee(finder, paragraphs[questions[0] - 1] if questions[0] else None)
    if person is None:
        return []
    features = {"caption": 1.0, "person": 1.0, "said_before": float(person.name in spoken)}
    return [Candidate(named_here(person), "caption", features)]


def _question(text: str, paragraph: Paragraph) -> bool:
    """A short line opened by a question's mark; with a quote in it only when it ends as a question does (``― 상인들은
    "…"고 하는데.``, also inside brackets: ``【군수는 "…"고 했는데.】``), not a section's title with a quote
    (``【상인들 "장사 안 돼"】``)."""
    line = text[paragraph.start : paragraph.end].strip()
    return len(line) <= MAX_QUESTION_CHARS and line.startswith(quote_cues().question_marks) \
        and (not any(mark in line for mark in quote_cues().marks) or line.rstrip(QUESTION_CLOSERS).endswith(quote_cues().quoting_question_endings))


def _interviewee(finder: SpeakerFinder, introduction: Paragraph | None) -> Speaker | None:
    """The person named last in the paragraph before the first question (``다음은 박수린 교수와의 일문일답``) that the
    headline names too, else the last it names (not ``전임 권민수 대표`` after the interviewee the headline
    names), else the one the headline names, else the first the lead (the first paragraph that is no headline)
    names; never the reporter of the byline."""
    paragraphs = finder.article.paragraphs
    lead = next((p for p in paragraphs if not p.is_headline), None)
    headline = [p for p in paragraphs if p.is_headline][:1]
    in_headline = {e.canonical for p in headline for e in _people_in(finder, p)}
    introduced = _people_in(finder, introduction)
    named = [[e for e in introduced if e.canonical in in_headline][-1:], introduced[-1:]] + [_people_in(finder, p)[:1] for p in headline + [lead]]
    person = next((people[0] for people in named if people), None)
    return Speaker(person.canonical, person.text, person.role, None, None, None) if person else None


def _people_in(finder: SpeakerFinder, paragraph: Paragraph | None) -> list[Entity]:
    if paragraph is None:
        return []
    return [e for e in finder.entities if e.label == "PS" and not e.is_reporter and paragraph.start <= e.start < paragraph.end]
