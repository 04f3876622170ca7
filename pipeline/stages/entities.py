"""entities: KLUE-label named entities (PS LC OG DT TI QT) with canonical names and a mention summary.

The spaCy ``Doc`` is built from the segmentation stage's morphemes (:mod:`pipeline.kiwi_doc`), so the
text is never analysed twice. The statistical model and the rules run in the order of
:data:`pipeline.nlp.DEFAULT_ENTITY_MODE`; ``fast_entities`` runs the rules alone.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.entity_rules import role_after
from pipeline.kiwi_doc import make_doc
from pipeline.names import mention_summary, resolve_canonicals, surname_references
from pipeline.nlp import DEFAULT_ENTITY_MODE, FAST_ENTITY_MODE, EntityMode, entity_pipeline
from pipeline.record import Article, Morpheme


def entities(article: Article) -> Article:
    """Fill ``entities`` and ``mentions``.

    ``'김동연 지사는 … 김 지사는'`` -> 김동연 PS (role 지사), 김 PS canonical 김동연.
    """
    return find_entities(article, DEFAULT_ENTITY_MODE)


def fast_entities(article: Article) -> Article:
    """Rules and gazetteers only: for throughput-bound runs (``kornews run --fast``)."""
    return find_entities(article, FAST_ENTITY_MODE)


def find_entities(article: Article, mode: EntityMode) -> Article:
    nlp = entity_pipeline(mode)
    found: list[dict[str, Any]] = []
    for offset, doc in zip(*sentence_docs(article, nlp)):
        for span in doc.ents:
            entity = {
                "start": offset + span.start_char,
                "end": offset + span.end_char,
                "text": span.text,
                "label": span.label_,
                "canonical": span.text,
                "source": span.kb_id_ or "model",
            }
            role = role_after(article.text, offset + span.end_char) if span.label_ == "PS" else None
            if role:
                entity["role"] = role
            found.append(entity)
    found = sorted(found + surname_references(article.text, found), key=lambda e: e["start"])
    resolve_canonicals(found, article.text)
    article.entities = found
    article.mentions = mention_summary(found)
    return article


def sentence_docs(article: Article, nlp: Language) -> tuple[list[int], list[Doc]]:
    """One labelled ``Doc`` per sentence, with the sentence's start offset.

    The model was trained on sentences, and a batch of sentences lets the transition-based parser
    advance them together rather than one token of one long document at a time.
    """
    by_sentence: list[list[Morpheme]] = [[] for _ in article.sentences]
    for morpheme in article.morphemes:
        by_sentence[morpheme.sentence].append(morpheme)
    offsets, docs = [], []
    for sentence, morphemes in zip(article.sentences, by_sentence):
        offsets.append(sentence.start)
        docs.append(make_doc(nlp.vocab, article.text[sentence.start : sentence.end], morphemes, sentence.start))
    return offsets, list(nlp.pipe(docs, batch_size=256))
