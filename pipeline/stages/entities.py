"""entities: KLUE-label named entities (PS LC OG DT TI QT) with canonical names and a mention summary.

The spaCy ``Doc`` is built from the segmentation stage's morphemes (:mod:`pipeline.language.kiwi_doc`), so the
text is never analysed twice. The statistical model and the rules run in the order of
:data:`pipeline.language.analysers.DEFAULT_ENTITY_MODE`; ``fast_entities`` runs the rules alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.language.analysers import (
    DEFAULT_ENTITY_MODE,
    FAST_ENTITY_MODE,
    EntityMode,
    entity_pipeline,
    one_blas_thread,
)
from pipeline.language.canonical import (
    mention_summary,
    resolve_canonicals,
    role_after,
    surname_references,
    titled_names,
    without_names_inside,
)
from pipeline.language.kiwi_doc import make_doc
from pipeline.record import Article, Entity, Morpheme

# Sentences per model batch: a chunk of articles (about 16 sentences each) fits in one.
BATCH_SENTENCES = 256


def entities(article: Article) -> Article:
    """Fill ``entities`` and ``mentions``.

    ``'김동연 지사는 … 김 지사는'`` -> 김동연 PS (role 지사), 김 PS canonical 김동연.
    """
    return find_entities([article], DEFAULT_ENTITY_MODE)[0]


def fast_entities(article: Article) -> Article:
    """Rules and gazetteers only: for throughput-bound runs (``kornews run --fast``)."""
    return find_entities([article], FAST_ENTITY_MODE)[0]


def entities_batch(articles: list[Article]) -> list[Article]:
    """``entities`` on several articles, their sentences labelled together (see :func:`find_entities`)."""
    return find_entities(articles, DEFAULT_ENTITY_MODE)


def fast_entities_batch(articles: list[Article]) -> list[Article]:
    return find_entities(articles, FAST_ENTITY_MODE)


def find_entities(articles: list[Article], mode: EntityMode) -> list[Article]:
    """Label the sentences of all ``articles`` in one ``nlp.pipe``, then fill each article.

    The model parses a batch of sentences in step, one token of each at a time, and every step
    has a fixed cost: with the sentences of a chunk of articles rather than of one, there are
    fewer steps for the same tokens (the model's share of the time drops by about a third).
    Each sentence is labelled alone, so an article's entities do not depend on its batch.
    """
    nlp = entity_pipeline(mode)
    per_article = [sentence_docs(article, nlp) for article in articles]
    with one_blas_thread():
        labelled = iter(list(nlp.pipe([doc for _, docs in per_article for doc in docs], batch_size=BATCH_SENTENCES)))
    for article, (offsets, docs) in zip(articles, per_article):
        fill_entities(article, zip(offsets, [next(labelled) for _ in docs]))
    return articles


def fill_entities(article: Article, labelled: Iterable[tuple[int, Doc]]) -> None:
    """``entities`` and ``mentions`` from the labelled sentence ``Doc``s and their start offsets."""
    found: list[Entity] = []
    for offset, doc in labelled:
        for span in doc.ents:
            start, end = offset + span.start_char, offset + span.end_char
            role = role_after(article.text, end) if span.label_ == "PS" else None
            found.append(Entity(start, end, span.text, span.label_, span.text, span.kb_id_ or "model", role or None))
    titled = [e for e in titled_names(article.text, article.morphemes, found) if not article.paragraph_at(e.start).is_chrome]
    found = sorted(without_names_inside(found, titled, article.text) + titled, key=lambda e: e.start)
    references = [e for e in surname_references(article.text, found) if not article.paragraph_at(e.start).is_chrome]
    found = sorted(found + references, key=lambda e: e.start)
    article.entities = resolve_canonicals(found, article.text)
    article.mentions = mention_summary(article.entities)


def sentence_docs(article: Article, nlp: Language) -> tuple[list[int], list[Doc]]:
    """One ``Doc`` per sentence outside page chrome, not yet labelled, with the sentence's start offset.

    The model was trained on sentences, and a batch of sentences lets the transition-based parser
    advance them together rather than one token of one long document at a time.
    """
    by_sentence: list[list[Morpheme]] = [[] for _ in article.sentences]
    for index, morphemes in groupby(article.morphemes, key=_sentence_of):
        by_sentence[index] = list(morphemes)
    offsets, docs = [], []
    for sentence, morphemes in zip(article.sentences, by_sentence):
        if article.in_chrome(sentence):
            continue  # page chrome: no entities
        offsets.append(sentence.start)
        docs.append(make_doc(nlp.vocab, article.text[sentence.start : sentence.end], morphemes, sentence.start))
    return offsets, docs


_sentence_of = attrgetter("sentence")
