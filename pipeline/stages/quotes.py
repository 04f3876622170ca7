"""quotes: direct quotations with their speakers, speech verbs and utterances.

A quote is a pair of double quotation marks in one paragraph whose content is speech: it is followed
by a quotative particle or connective (``"…"라고``, ``"…"며``, ``"…"고 말했다``) or reads as a statement
(ends like a sentence, as in a headline ``안철수 "…"``). A quoted title or term (``"스마트시티"를``) is not.

Each quote's speaker is found in the statement around it, from the entities stage's mentions and
the segmentation stage's morphemes, without re-analysis (:mod:`pipeline.extract.speakers` says in
which order). When the sentence names nobody and no connective or pronoun points back, the previous
quote's speaker is carried over if that quote is at most two paragraphs back (``attribution``
``carried``); otherwise the speaker is null (``unresolved``). Quotes joined by 며/라며/면서/고 share
the speaker and ``utterance`` of the first.
Cue words are data: ``pipeline/data/quotes.toml``.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.speakers import SpeakerFinder
from pipeline.lexicon import quote_cues
from pipeline.record import Article, Quote


def quotes(article: Article) -> Article:
    """Fill ``quotes``.

    ``'이날 김동연 지사는 "함께하겠다"며 "고맙다"고 말했다.'`` -> two quotes, speaker 김동연 (지사),
    verb 말했다, one utterance.
    """
    pairs = quote_pairs(article)
    finder = SpeakerFinder(article, pairs)
    found: list[Quote] = []  # verbs are read once every quote of an utterance is known
    for open_mark, close_mark in pairs:
        if not (is_speech(article.text, open_mark, close_mark) or finder.headline_quote(open_mark, close_mark)):
            continue
        previous = found[-1] if found else None
        content = article.text[open_mark + 1 : close_mark]
        sentence = finder.sentence_of(open_mark)
        if previous is not None and joins_previous(article.text, previous.end + 1, open_mark):
            quote = replace(previous, start=open_mark + 1, end=close_mark, text=content, sentence=sentence)
        else:
            speaker, attribution = finder.speaker(open_mark, close_mark, previous)
            utterance = previous.utterance + 1 if previous else 0
            quote = Quote(open_mark + 1, close_mark, content, speaker, None, attribution, utterance, sentence)
        found.append(quote)
    utterance_ends = {quote.utterance: quote.end for quote in found}  # the last quote of each wins
    article.quotes = [replace(quote, verb=finder.verb_after(utterance_ends[quote.utterance] + 1)) for quote in found]
    return article


def quote_pairs(article: Article) -> list[tuple[int, int]]:
    """Positions of paired double marks, paired in order inside each paragraph (mismatched kinds too)."""
    mark = quote_cues().any_mark
    pairs = []
    for paragraph in article.paragraphs:
        if paragraph.is_chrome:
            continue  # 많이 본 뉴스: other articles' quoted headlines are not this article's quotes
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
    statement = content.endswith(quote_cues().statement_endings) and " " in content
    return statement and not after[:1].isalnum() or statement and after.startswith(quote_cues().statement_modifiers)


def joins_previous(text: str, after_previous: int, open_mark: int) -> bool:
    """``"…"며 "…"``: the previous quote's connective leads straight into this one (same statement)."""
    between = text[after_previous:open_mark].strip()
    return 0 < len(between) <= 4 and between in quote_cues().utterance_joints
