"""dedup: drop paragraphs that repeat an earlier one, keeping the first occurrence.

Scrapers often capture an article body twice. A paragraph is a repeat when, after folding
whitespace and dropping punctuation, it equals an earlier paragraph (similarity 1.0), or when
its similarity to an earlier one (difflib's ratio over those normalised strings) is at least
``NEAR_REPEAT_THRESHOLD``: a re-scrape with a typo fixed or a word changed. Every removal is
recorded in ``article.duplicates`` with its text.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.record import Article, Duplicate, Paragraph

# 0.9 keeps a re-scraped paragraph with a few characters changed (one edited word in a
# 40-character subheadline scores about 0.93) while two different sentences of the same
# article, which share many syllables, stay well below (typically < 0.6).
NEAR_REPEAT_THRESHOLD = 0.9
# Near-repeats need enough text to be told apart from short, legitimately similar lines.
MIN_NEAR_REPEAT_CHARS = 20
NOT_WORD = re.compile(r"[\W_]+")


def dedup(article: Article) -> Article:
    """Keep the first of each group of repeated paragraphs and rebuild ``text`` from the rest.

    Paragraphs ``['가나다.', '라마바.', '가나다!']`` -> kept 0 and 1; 2 recorded as a duplicate of 0.
    """
    kept: list[tuple[Paragraph, str, str]] = []  # paragraph, its text, its comparison key
    first_by_key: dict[str, int] = {}
    duplicates: list[Duplicate] = []
    for paragraph in article.paragraphs:
        text = article.paragraph_text(paragraph)
        key = comparison_key(text)
        original, similarity = find_original(key, first_by_key, kept)
        if original is None:
            kept.append((paragraph, text, key))
            first_by_key.setdefault(key, paragraph.source_index)
        else:
            duplicates.append(Duplicate(paragraph.source_index, original, similarity, text))
    article.text = "\n".join(text for _, text, _ in kept)
    article.paragraphs = []
    start = 0
    for paragraph, text, _ in kept:
        article.paragraphs.append(Paragraph(start, start + len(text), paragraph.role, paragraph.source_index))
        start += len(text) + 1
    article.duplicates = duplicates
    return article


def comparison_key(text: str) -> str:
    """``'AI 산업, 상호 협력!'`` -> ``'AI산업상호협력'``."""
    return NOT_WORD.sub("", text)


def find_original(
    key: str, first_by_key: dict[str, int], kept: list[tuple[Paragraph, str, str]]
) -> tuple[int | None, float]:
    """The source index of the earlier paragraph this one repeats, and their similarity."""
    if not key:
        return None, 0.0
    if key in first_by_key:
        return first_by_key[key], 1.0
    if len(key) < MIN_NEAR_REPEAT_CHARS:
        return None, 0.0
    best: tuple[int | None, float] = (None, 0.0)
    for paragraph, _, other in kept:
        if len(other) < MIN_NEAR_REPEAT_CHARS:
            continue
        matcher = SequenceMatcher(None, key, other, autojunk=False)
        if matcher.real_quick_ratio() < NEAR_REPEAT_THRESHOLD or matcher.quick_ratio() < NEAR_REPEAT_THRESHOLD:
            continue
        similarity = round(matcher.ratio(), 4)
        if similarity >= NEAR_REPEAT_THRESHOLD and similarity > best[1]:
            best = (paragraph.source_index, similarity)
    return best
