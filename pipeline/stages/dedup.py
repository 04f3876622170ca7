"""dedup: drop paragraphs that repeat an earlier one, keeping the first occurrence.

A paragraph of the article repeats only an earlier paragraph of the article, never the page's chrome (a browser tab's title,
``… | 가람일보``, printed above the headline); a line of chrome repeats any earlier line.

Scrapers often capture an article body twice. A paragraph is a repeat when, after folding
whitespace and dropping punctuation, it equals an earlier paragraph (similarity 1.0), or when
its similarity to an earlier one (difflib's ratio over those normalised strings) is at least
``NEAR_REPEAT_THRESHOLD``: a re-scrape with a typo fixed or a word changed. Every removal is
recorded in ``article.duplicates`` with its text.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import repeat

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
    kept: list[tuple[Paragraph, str, Key]] = []  # paragraph, its text, its comparison key
    first_by_key: dict[str, int] = {}
    in_article: list[tuple[Paragraph, str, Key]] = []  # the same, of the article's own paragraphs
    first_in_article: dict[str, int] = {}
    duplicates: list[Duplicate] = []
    for paragraph in article.paragraphs:
        text = article.paragraph_text(paragraph)
        key = Key.of(text)
        # The article's paragraph repeats only the article: a browser tab's title above the headline is the page's.
        original, similarity = find_original(key, first_by_key, kept) if paragraph.is_chrome else find_original(key, first_in_article, in_article)
        if original is None:
            kept.append((paragraph, text, key))
            first_by_key.setdefault(key.text, paragraph.source_index)
            if not paragraph.is_chrome:
                in_article.append((paragraph, text, key))
                first_in_article.setdefault(key.text, paragraph.source_index)
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


@dataclass(frozen=True)
class Key:
    """A paragraph's comparison key; its character counts are counted once, when first needed."""

    text: str

    @classmethod
    def of(cls, paragraph_text: str) -> Key:
        return cls(comparison_key(paragraph_text))

    @functools.cached_property
    def counts(self) -> Counter[str]:
        return Counter(self.text)

    def ratio_bound(self, other: Key) -> float:
        """An upper bound of difflib's ratio: ``SequenceMatcher.quick_ratio``, from the counts.

        Building a ``SequenceMatcher`` indexes its second string; with the bound first, only real
        near-repeats pay for that.
        """
        # The counts both share, summed without building their intersection (``Counter.__and__``).
        common = sum(map(min, self.counts.values(), map(other.counts.get, self.counts, repeat(0))))
        return 2.0 * common / (len(self.text) + len(other.text))


def find_original(
    key: Key, first_by_key: dict[str, int], kept: list[tuple[Paragraph, str, Key]]
) -> tuple[int | None, float]:
    """The source index of the earlier paragraph this one repeats, and their similarity."""
    if not key.text:
        return None, 0.0
    if key.text in first_by_key:
        return first_by_key[key.text], 1.0
    if len(key.text) < MIN_NEAR_REPEAT_CHARS:
        return None, 0.0
    best: tuple[int | None, float] = (None, 0.0)
    for paragraph, _, other in kept:
        if len(other.text) < MIN_NEAR_REPEAT_CHARS or _length_bound(key.text, other.text) < NEAR_REPEAT_THRESHOLD:
            continue
        if key.ratio_bound(other) < NEAR_REPEAT_THRESHOLD:
            continue
        similarity = round(SequenceMatcher(None, key.text, other.text, autojunk=False).ratio(), 4)
        if similarity >= NEAR_REPEAT_THRESHOLD and similarity > best[1]:
            best = (paragraph.source_index, similarity)
    return best


def _length_bound(one: str, other: str) -> float:
    """The ratio two strings would have if the shorter matched the longer entirely (``real_quick_ratio``)."""
    return 2.0 * min(len(one), len(other)) / (len(one) + len(other))
