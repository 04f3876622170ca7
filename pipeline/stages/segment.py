"""segment: kiwipiepy sentences and morphemes, analysed once and kept on the record.

Sentences are quote-aware (kiwipiepy keeps ``"…했다. …하겠다"고 말했다.`` in one sentence) and
never cross a paragraph, except the lines of hard-wrapped text (:func:`paragraph_runs`), where a sentence
runs through several: its ``paragraph`` is the one it starts in. Later stages read ``article.morphemes`` instead of re-analysing.

Each paragraph goes through ``Kiwi.tokenize(split_sents=True)``, which gives the same sentences as
``Kiwi.split_into_sents(return_tokens=True)`` (a sentence runs from its first token to its last)
without the Python work that builds sub-sentences and ``Sentence`` objects: that work made this
stage cost 1.11 x a bare ``tokenize`` instead of 1.02 x.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from pipeline.extract.marks import Marked, pair_marks
from pipeline.extract.page_lines import continued, reads_as_sentence
from pipeline.extract.page_roles import MIN_WRAPPED_SHARE, hard_wrapped
from pipeline.language.analysers import kiwi
from pipeline.lexicon import governments_named, grammar, list_cues, quote_cues, role_cues
from pipeline.record import Article, Morpheme, Sentence

if TYPE_CHECKING:
    from kiwipiepy import Token

DETERMINER_TAG = "MM"
PROSE_ROLES = ("lead", "body")  # the lines a hard-wrapped sentence runs through
MIN_CUT_LINES = 3  # lines cut mid-sentence that make an article hard-wrapped, however short its lines (a broadcast script)
COMMON_NOUN_TAG = "NNG"
PROPER_NOUN_TAG = "NNP"  # 의성군: a government's name before its particle
BOUND_NOUN_TAG = "NNB"  # 명, 번, 개: what a determiner counts
CURLY_DOUBLE = ("“", "”")  # opening, closing
QUOTATIVE_TAG = "JKQ"  # 고 of ``먼저다.”고 말했다``: it closes the sentence before, never opens one
FINAL_ENDING_TAG = "EF"  # 다, 요: ends a sentence only where a mark or the line follows it
FULL_STOP_TAG = "SF"  # . ! ?
SYMBOL_TAG, VERB_TAG, CONNECTIVE_TAG, NOUN_TAG = "SW", "VV", "EC", "NNG"  # %, 가 (read as "go", or a noun before a comma), 어
COPULA_TAG, ENDING_TAG = "VCP", "E"  # 이 "be", and the endings it takes (EC, EF, ETM, …)


def segment(article: Article) -> Article:
    """Fill ``sentences`` and ``morphemes`` (offsets into ``article.text``).

    ``'김 지사는 "좋다"고 말했다.'`` -> one sentence; morphemes 김/NNP … 했/XSV+EP … ./SF.
    """
    sentences: list[Sentence] = []
    morphemes: list[Morpheme] = []
    starts = [paragraph.start for paragraph in article.paragraphs]
    for first, last in paragraph_runs(article):
        offset = article.paragraphs[first].start
        text = article.text[offset : article.paragraphs[last].end].replace("\n", " ")  # one for one: every offset stays
        for tokens in sentence_tokens(text):
            index = len(sentences)
            paragraph_index = first if first == last else bisect.bisect_right(starts, offset + tokens[0].start) - 1
            sentences.append(Sentence(offset + tokens[0].start, offset + tokens[-1].end, paragraph_index))
            # In text order: every later stage bisects on the starts, and kiwipiepy can give a restored morpheme before
            # one it read earlier (가르치려 온: 려고 14, 하 15, 어 14); the sort is stable, so equal starts keep its order.
            ordered = sorted(tokens, key=_token_start)
            morphemes += [Morpheme(token.form, token.tag, offset + token.start, offset + token.end, index, bool(token.oov)) for token in ordered]
            if any(token.tag == DETERMINER_TAG for token in ordered):
                morphemes[len(morphemes) - len(ordered) :] = _with_glued_determiners_read(morphemes[len(morphemes) - len(ordered) :], text, offset)
            if any(token.tag == SYMBOL_TAG for token in ordered):
                morphemes[len(morphemes) - len(ordered) :] = _with_glued_particles_read(morphemes[len(morphemes) - len(ordered) :], text, offset)
            if any(token.form in grammar().governments_also_readings and token.tag == COMMON_NOUN_TAG for token in ordered):
                morphemes[len(morphemes) - len(ordered) :] = _with_also_after_governments_read(morphemes[len(morphemes) - len(ordered) :], text, offset)
            if any(token.tag == COPULA_TAG for token in ordered):
                morphemes[len(morphemes) - len(ordered) :] = _with_endless_copulas_read(morphemes[len(morphemes) - len(ordered) :], text, offset)
    article.sentences, article.morphemes = sentences, morphemes
    return article


def paragraph_runs(article: Article) -> list[tuple[int, int]]:
    """The paragraphs to read together, as (first, last) indexes: each paragraph alone, except the lines of hard-wrapped
    text (:func:`pipeline.extract.page_roles.hard_wrapped`: an archive's scan cut at a fixed width, a broadcast script
    printed a phrase a line, several of whose lines are cut), whose sentences run on from a line cut mid-sentence to the
    lines below it (``해남군은 … 목표를 | … 개선과 | … 확대에 두고 | … 벌이겠다고 밝혔습니다.``)."""
    texts, roles = [article.paragraph_text(p) for p in article.paragraphs], [p.role for p in article.paragraphs]
    goes_on = [_runs_on(article, index) for index in range(len(texts) - 1)] + [False] * bool(texts)
    cut = [index for index, on in enumerate(goes_on) if on and continued(texts[index])]
    prose = sum(role in PROSE_ROLES for role in roles)
    wrapped = len(cut) >= max(MIN_CUT_LINES, prose * MIN_WRAPPED_SHARE) or bool(cut) and hard_wrapped(texts, roles)
    if not wrapped:
        return [(index, index) for index in range(len(texts))]  # most articles: each paragraph alone
    runs, first = [], 0
    for index, on in enumerate(goes_on):
        if not on:
            runs.append((first, index))
            first = index + 1
    return runs


def _runs_on(article: Article, index: int) -> bool:
    """Whether the article's line at ``index`` ends no sentence and goes on in the line right below it (also a line of
    nouns, ``… 청년 정착 지원 등 | 핵심 사업을 …``, which :func:`continued` does not count as cut, for it may be a subtitle)."""
    line, below = article.paragraphs[index], article.paragraphs[index + 1]
    text, next_text = article.paragraph_text(line), article.paragraph_text(below)
    return line.role in PROSE_ROLES and below.role in PROSE_ROLES and below.start == line.end + 1 \
        and not (reads_as_sentence(text) or role_cues().sentence_end.search(text)) \
        and not next_text.startswith(list_cues().bullets) and not text.startswith(list_cues().bullets) \
        and not any(line.startswith((*quote_cues().marks, *quote_cues().question_marks)) for line in (text, next_text))  # a quote, a question


def _with_glued_determiners_read(morphemes: list[Morpheme], text: str, offset: int) -> list[Morpheme]:
    """A determiner glued to the common noun before it and ending the word is a 하다 verb's adnominal form
    kiwipiepy misread (요청 + 한 "one" -> 요청 + 하 + ᆫ), read as the lexicon says."""
    readings = grammar().glued_determiner_readings
    read: list[Morpheme] = []
    for index, morpheme in enumerate(morphemes):
        counted = index + 1 < len(morphemes) and morphemes[index + 1].tag == BOUND_NOUN_TAG  # 주민한 명: a space lost, "one" person
        glued = morpheme.tag == DETERMINER_TAG and morpheme.form in readings and read and read[-1].tag == COMMON_NOUN_TAG \
            and read[-1].end == morpheme.start and (morpheme.end - offset == len(text) or text[morpheme.end - offset].isspace()) and not counted
        if not glued:
            read.append(morpheme)
            continue
        for reading in readings[morpheme.form]:
            form, tag = reading.split("/")
            read.append(Morpheme(form, tag, morpheme.start, morpheme.end, morpheme.sentence, False))
    return read


def _with_endless_copulas_read(morphemes: list[Morpheme], text: str, offset: int) -> list[Morpheme]:
    """A copula ending its word with no ending of its own is the subject particle kiwipiepy misread (이웃 + 이 "be" in
    ``이웃이 연기를 보고``), read as the lexicon says; the copula always takes one (``이웃이다``, ``이웃인``)."""
    readings = grammar().endless_copula_readings
    read: list[Morpheme] = []
    for index, morpheme in enumerate(morphemes):
        following = morphemes[index + 1] if index + 1 < len(morphemes) else None
        endless = morpheme.tag == COPULA_TAG and morpheme.form in readings and (following is None or not following.tag.startswith(ENDING_TAG)) \
            and (morpheme.end - offset == len(text) or text[morpheme.end - offset].isspace())
        if endless:
            form, tag = readings[morpheme.form].split("/")
            morpheme = Morpheme(form, tag, morpheme.start, morpheme.end, morpheme.sentence, False)
        read.append(morpheme)
    return read


def _with_also_after_governments_read(morphemes: list[Morpheme], text: str, offset: int) -> list[Morpheme]:
    """The particle 도 glued to a city's or county's name and ending its word, which kiwipiepy may read as the noun for a
    province (의성군 + 도 "province"), read as the lexicon says; not a province's own 도 (경기 + 도)."""
    readings = grammar().governments_also_readings
    read: list[Morpheme] = []
    for morpheme in morphemes:
        before = read[-1] if read else None
        glued = morpheme.form in readings and morpheme.tag == COMMON_NOUN_TAG and before is not None and before.tag == PROPER_NOUN_TAG \
            and before.end == morpheme.start and (morpheme.end - offset == len(text) or text[morpheme.end - offset].isspace()) \
            and bool(governments_named(before.form)) and not governments_named(before.form + morpheme.form)
        if glued:
            form, tag = readings[morpheme.form].split("/")
            morpheme = Morpheme(form, tag, morpheme.start, morpheme.end, morpheme.sentence, False)
        read.append(morpheme)
    return read


def _with_glued_particles_read(morphemes: list[Morpheme], text: str, offset: int) -> list[Morpheme]:
    """A verb glued to a sign and ending its word, with the ending kiwipiepy restored on its characters, or a noun or a
    determiner there, is a particle it misread (72% + 가 "go" + 어, 72% + 가 before a comma: 72% + 가, the subject particle;
    가람정밀㈜ + 은 a noun), read as the lexicon says."""
    readings = grammar().glued_symbol_readings
    read: list[Morpheme] = []
    skip = False
    for index, morpheme in enumerate(morphemes):
        if skip:
            skip = False
            continue
        restored = morphemes[index + 1] if index + 1 < len(morphemes) else None
        verb = morpheme.tag.startswith(VERB_TAG) and restored is not None and restored.tag == CONNECTIVE_TAG and restored.start == morpheme.start
        glued = morpheme.form in readings and (verb or morpheme.tag in (NOUN_TAG, DETERMINER_TAG)) and bool(read) and read[-1].tag == SYMBOL_TAG \
            and read[-1].end == morpheme.start and (morpheme.end - offset == len(text) or not text[morpheme.end - offset].isalnum())
        if not glued:
            read.append(morpheme)
            continue
        form, tag = readings[morpheme.form].split("/")
        read.append(Morpheme(form, tag, morpheme.start, morpheme.end, morpheme.sentence, False))
        skip = verb  # the restored ending goes with the misread verb (72%가,: read as a noun, nothing restored)
    return read


def _token_start(token: Token) -> int:
    return token.start


def sentence_tokens(text: str) -> list[list[Token]]:
    """kiwipiepy's sentences of a paragraph, with the splits no news sentence has undone: after one word
    without punctuation (``정점임 | 가람면 봉사회 회장은``: a name read as 이다 + ㅁ) or inside a word, also
    between a quote's closing mark and the particle glued to it (``…먼저다.” | 고 말했다``)."""
    sentences: list[list[Token]] = []
    for tokens in kiwi().tokenize(marks_turned_as_read(text), split_sents=True):
        if sentences and _cut_short(sentences[-1], tokens[0], text):
            sentences[-1] = sentences[-1] + tokens
        else:
            sentences.append(tokens)
    cues, whole = quote_cues(), [(0, len(text))]
    pairs = [*pair_marks(text, whole, cues.marks), *pair_marks(text, whole, cues.single_marks, single=True)] if any(m in text for m in cues.marks) else []
    return [part for tokens in sentences for part in _split_before_quotes(tokens, text, pairs)]


def _split_before_quotes(tokens: list[Token], text: str, pairs: list[Marked]) -> list[list[Token]]:
    """``…고 말했다. | “…”는 말을 되풀이한 그는 …``: kiwipiepy keeps a sentence going into a quote that opens the next one
    when the quote's closing mark has a particle or an ending after it; a final ending, its full stop and a space end it."""
    openings = {pair.open for pair in pairs}
    cuts = [i + 1 for i in range(1, len(tokens) - 1) if tokens[i].tag == FULL_STOP_TAG and tokens[i - 1].tag == FINAL_ENDING_TAG
            and tokens[i + 1].start in openings and text[tokens[i].end : tokens[i + 1].start].isspace()
            and not any(pair.open < tokens[i].start < pair.close for pair in pairs)]  # not inside a quote: '…힘들었다. "…"는 …'고
    return [tokens[start:end] for start, end in zip([0, *cuts], [*cuts, len(tokens)])]


def marks_turned_as_read(text: str) -> str:
    """``text`` with each curly double mark turned the way it is read from its place (:func:`pair_marks`): a scrape's
    ``김 경장은 ”…놓인다. …느꼈다“고 말했다`` reaches kiwipiepy as ``“…”``, which then keeps the quote in its sentence
    instead of ending one at the mark. One character for one: every offset stays."""
    if not any(mark in text for mark in CURLY_DOUBLE):
        return text  # most paragraphs: nothing to turn
    turned = list(text)
    for pair in pair_marks(text, [(0, len(text))], quote_cues().marks):
        if turned[pair.open] in CURLY_DOUBLE and turned[pair.close] in CURLY_DOUBLE:
            turned[pair.open], turned[pair.close] = CURLY_DOUBLE
    return "".join(turned)


def _cut_short(sentence: list[Token], following: Token, text: str) -> bool:
    last = sentence[-1]
    if following.start == last.end and following.tag == QUOTATIVE_TAG:
        return True
    if last.tag == FINAL_ENDING_TAG and text[last.end : following.start] == " " and not following.tag.startswith("S"):
        return True  # 인건비도 안 나와 | 수확을 포기했다고: a connective kiwipiepy read as a final ending, no mark after it
    return not last.tag.startswith("S") and (following.start == last.end or not any(c.isspace() for c in text[sentence[0].start : last.end]))
